"""Who asks and who answers behind a transcript's labels, where no label says so: the opening
exchange's first voice, a label whose every turn asks, the one whose turns mostly end with a
question, the one welcoming listeners; a label for everyone, or an automatic transcript's voice, named."""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import takewhile
from dataclasses import replace

from assistant.cues import HOST_WELCOME
from assistant.ingest.blocks import Block
from assistant.ingest.introductions import OPENING_TURNS, introduces_one_of, introduces_self
from assistant.ingest.names import fold, is_person_name, names_at
from assistant.ingest.name_forms import resolve
from assistant.ingest.presskit import is_question
from assistant.ingest.people import AUDIENCE, NO_ONE, Person
from assistant.ingest.label_use import opening_exchange
from assistant.ingest.turns import Label

# Who asks: the speaker with the largest share of turns ending in "?", when it is at least this…
ASKER_SHARE = 0.5
# … and this many times everyone else's share, over at least this many questions.
ASKER_MARGIN = 2.0
ASKER_QUESTIONS = 2
# … or, whatever their share, asking at least this many times where no one else asks at all.
SOLE_ASKER_QUESTIONS = 3
# Hosts sharing an interview banter between their questions: each of two or more asks in at least
# this share of their turns (half the one asker's), and `ASKER_MARGIN` times anyone else's share.
CO_ASKER_SHARE = ASKER_SHARE / 2
# How automatic transcripts label voices: "Speaker 2", "SPEAKER_01", "Speaker B", "Track 1".
_VOICE = re.compile(r"(?i)^(?:speaker|voice|participant|person|guest|interviewee|respondent|spk|track|unknown)[ _]?(?:\d{1,2}|[a-z])$")


def mark_opening_asker(people: dict[str, Person], blocks: list[Block], labels: dict[int, Label]) -> dict[str, Person]:
    """Where no one is known to ask, the first of an opening exchange's labels (`opening_exchange`)
    is the asker's, question or remark ("The Playlist: Congratulations…")."""
    opening = opening_exchange(blocks, labels)
    if opening is None or any(person.asks for person in people.values()):
        return people
    key = labels[opening[0]].key
    return {**people, key: replace(people[key], asks=True)}


def mark_welcoming_host(people: dict[str, Person], turns: list[tuple[str, str]]) -> dict[str, Person]:
    """Where no one is known to ask, the one who opens the transcript welcoming its listeners
    ("Hello and welcome to the Thoughtworks podcast…") is the host, who asks. `turns` are (label
    key, text) in order."""
    if not turns or any(person.asks for person in people.values()):
        return people
    first = turns[0][0]
    # The first speaker's turns before anyone else speaks.
    opening = takewhile(lambda turn: turn[0] == first, turns)
    if not any(HOST_WELCOME.search(text) for _, text in opening):
        return people
    # "I'm Joe Patti." / "I'm Adam Roth.": the next speaker giving their own name is a co-host
    # presenting the show too, and no one interviews the other.
    second = next(((key, text) for key, text in turns if key != first), None)
    if second and (named := introduces_self(second[1])) and fold(named) == fold(people[second[0]].name or ""):
        return people
    return {**people, first: replace(people[first], asks=True)}


_CO_HOST = re.compile(r"(?i)\bco-?hosts?\b[,:]?\s+")


def mark_co_hosts(people: dict[str, Person], turns: list[tuple[str, str]]) -> dict[str, Person]:
    """Where someone asks, the labelled speakers an asker names as co-host in the opening turns
    ("I'm joined as always by my co-host, Chris Benson", "a guest co-host, Joyce Nabende") ask too.
    `turns` are (label key, text) in order; a first name or surname stands for the one label it fits."""
    if not any(person.asks for person in people.values()):
        return people
    labelled = [person.name for person in people.values() if person.name]
    hosts = {
        resolve(name, labelled)
        for key, text in turns[:OPENING_TURNS] if people[key].asks
        for match in _CO_HOST.finditer(text) for name in names_at(text[match.end():])[:1]
    }
    return {key: replace(person, asks=True) if person.name in hosts and not person.everyone else person for key, person in people.items()}


def mark_unnamed_askers(people: dict[str, Person], turns: list[tuple[str, str]]) -> dict[str, Person]:
    """A label naming no person (an outlet's "702WI:") whose every labelled paragraph asks is an
    asker's, beside whoever else asks. `turns` are (label key, the text after the label)."""
    asking: dict[str, list[bool]] = defaultdict(list)
    for key, text in turns:
        asking[key].append(is_question(text))
    return {
        key: replace(person, asks=True) if person.name and asking.get(key) and all(asking[key]) and not is_person_name(person.name) and not person.asks else person
        for key, person in people.items()
    }


def mark_askers(people: dict[str, Person], turns: list[tuple[str, str]]) -> dict[str, Person]:
    """Who asks, when no label or role says so: the person whose turns mostly end with a
    question, clearly more often than anyone else's, and more than once (once is enough between
    two people when one only asks and the other, labelled with a role, never does); else hosts
    sharing the asking (`_co_askers`). `turns` are (label key, text) in order."""
    # The audience asks too ("Audience:"), but who hosts the talk is still to be found.
    hosting = any(person.asks and person != AUDIENCE for person in people.values())
    questions: dict[str, list[bool]] = defaultdict(list)
    for key, text in turns:
        # Only people named compete: not the audience, nor a voice no one could name, nor a host
        # already found.
        if people[key] not in (AUDIENCE, NO_ONE) and not people[key].asks:
            questions[people[key].name or key].append(is_question(text))
    shares = {key: sum(flags) / len(flags) for key, flags in questions.items() if flags}
    if hosting:
        # A host who welcomes the guest and hands over to others who ask ("I'm gonna hand it over.
        # They'll introduce themselves and then they have some questions."): whoever asks in most
        # of their turns, clearly more than anyone left, asks too.
        return _asking(people, _one_asker(shares, questions))
    if len(shares) < 2:
        return people
    # Between two people, a label no full name stands for ("AF:", "MGS:", "HULLFISH:") opening a
    # dialogue, and one named in full who never asks ("TR:", the Tatiana S. Riegel of the intro):
    # the first is the writer, whether their turns ask or remark. A dialogue: the first asks, or
    # each speaks twice or more (not "JR:" answering once under one heading, "Salerno:" under another).
    opener = next((people[key].name or key for key, _ in turns if key in people and (people[key].name or key) in shares), None)
    named = [name for name in shares if name != opener and len(name.split()) >= 2 and shares[name] == 0.0]
    if len(shares) == 2 and opener is not None and len(opener.split()) == 1 and len(named) == 1:
        if any(questions[opener]) or min(len(questions[opener]), len(questions[named[0]])) >= 2:
            return _asking(people, {opener})
    asker = max(shares, key=shares.get)
    others = max((share for name, share in shares.items() if name != asker), default=0.0)
    asked = sum(questions[asker])
    # Between two people, one who only asks and one whose label gives a role of their own
    # ("STEVEN YEUN, ACTOR:") who never does: the one question is enough.
    answering_roles = {person.name or key for key, person in people.items() if person.role and not person.asks}
    only_asks = len(shares) == 2 and shares[asker] == 1.0 and others == 0.0 and bool(answering_roles & (set(shares) - {asker}))
    # A conversational interviewer remarks as often as they ask ("Oh that's good. I have heard some
    # horror stories."): asking again and again where no one else ever asks, they are the asker.
    sole_asker = others == 0.0 and asked >= SOLE_ASKER_QUESTIONS
    if (shares[asker] >= ASKER_SHARE or sole_asker) and shares[asker] >= ASKER_MARGIN * others and (asked >= ASKER_QUESTIONS or only_asks):
        return _asking(people, {asker})
    return _asking(people, _co_askers(shares, questions))


def _one_asker(shares: dict[str, float], questions: dict[str, list[bool]]) -> set[str]:
    """The one who asks in at least ASKER_SHARE of their turns, ASKER_QUESTIONS times or more and
    ASKER_MARGIN times as often as anyone else; none when no one stands apart so."""
    if not shares:
        return set()
    asker = max(shares, key=shares.get)
    others = max((share for name, share in shares.items() if name != asker), default=0.0)
    standing = shares[asker] >= ASKER_SHARE and sum(questions[asker]) >= ASKER_QUESTIONS and shares[asker] >= ASKER_MARGIN * others
    return {asker} if standing and len(shares) >= 2 else set()


def _co_askers(shares: dict[str, float], questions: dict[str, list[bool]]) -> set[str]:
    """Two or more hosts sharing the asking ("Adam:" and "Jerod:" beside their guest "Nathan:"):
    the people who each ask at least `CO_ASKER_SHARE` of their turns, more than once, and at
    least `ASKER_MARGIN` times as often as anyone else (none when no such group stands apart)."""
    group = {name for name, share in shares.items() if share >= CO_ASKER_SHARE and sum(questions[name]) >= ASKER_QUESTIONS}
    rest = [share for name, share in shares.items() if name not in group]
    if len(group) < 2 or not rest or min(shares[name] for name in group) < ASKER_MARGIN * max(rest):
        return set()
    return group


def _asking(people: dict[str, Person], askers: set[str]) -> dict[str, Person]:
    """`people` with those named in `askers` (by name, or by key for a label naming no one) asking."""
    return {key: replace(person, asks=True) if (person.name or key) in askers else person for key, person in people.items()}


def mark_hosts(people: dict[str, Person], interviewees: list[str]) -> dict[str, Person]:
    """Where no one is known to ask and the sidecar or the document's fields declare who it
    interviews among the labels, the other people labelled are hosts who ask ("guest: John
    Strand" over turns of John Strand, Joe Patti and Adam Roth)."""
    guests = {fold(name) for name in interviewees}
    if any(person.asks for person in people.values()) or not any(fold(p.name or "") in guests for p in people.values()):
        return people
    return {
        key: replace(person, asks=True) if person.name and fold(person.name) not in guests and not person.everyone and is_person_name(person.name) else person
        for key, person in people.items()
    }


def name_everyone(people: dict[str, Person]) -> dict[str, Person]:
    """A label for everyone ("BOTH:", "ALL:") named as the people who answer, when there are 2 to 4."""
    answering = list(dict.fromkeys(p.name for p in people.values() if p.name and not p.asks and not p.everyone and " and " not in p.name))
    if not 2 <= len(answering) <= 4:
        return people
    together = " and ".join(answering) if len(answering) == 2 else ", ".join(answering[:-1]) + " and " + answering[-1]
    return {key: replace(person, name=together) if person.everyone else person for key, person in people.items()}


def name_voices(people: dict[str, Person], turns: list[tuple[str, str]], declared: list[str], interviewers: list[str]) -> dict[str, Person]:
    """An automatic transcript's voices ("Speaker 0:", "Speaker 1:") named from the people the
    document declares: a voice introducing itself as one of them is that one ("I am Shinobi");
    the last voice left is the last name left. A voice named as one the document says asks
    (its summary: "Shinobi interviews Sedited") asks."""
    voices = [key for key, person in people.items() if _VOICE.match(person.name or "")]
    if not voices or len(declared) != len(voices):
        return people
    named: dict[str, str] = {}
    for key, text in turns:
        if key in voices and key not in named and (name := introduces_one_of(text, [n for n in declared if n not in named.values()])):
            named[key] = name
    left_voices = [key for key in voices if key not in named]
    left_names = [name for name in declared if name not in named.values()]
    if named and len(left_voices) == len(left_names) == 1:
        named[left_voices[0]] = left_names[0]
    asking = {fold(name) for name in interviewers}
    return {
        key: replace(person, name=named[key], asks=person.asks or fold(named[key]) in asking) if key in named else person
        for key, person in people.items()
    }


def name_voice(people: dict[str, Person], interviewee: str | None) -> dict[str, Person]:
    """The one label answering, when it is an automatic transcript's voice ("Speaker 2:",
    "SPEAKER_01:", "[SPEAKER B]") and the document names one interviewee, stands for that interviewee."""
    answering = [key for key, person in people.items() if not person.asks and not person.everyone]
    if interviewee is None or len(answering) != 1 or not _VOICE.match(people[answering[0]].name or ""):
        return people
    return {**people, answering[0]: replace(people[answering[0]], name=interviewee)}
