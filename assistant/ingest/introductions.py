"""How a line names the one speaking: a self-introduction opening a turn ("My name is Fay
Roberts"), the part they say they play, a signature closing answers ("Daphne McWilliams /
director, …"), initials declared for turns ("Jerzy Skolimowski (JS)"), and who an intro says is
interviewed or asks ("DFF caught up with Drew Christie", "Interview between me (A) and B",
"Interviewee: Jack Wang (26, …)"). Pure functions over text."""

from __future__ import annotations

import re

from assistant.cues import (
    BYLINE,
    GREETINGS,
    DECLARATION,
    INTERVIEW_BETWEEN,
    INTERVIEWER_BEFORE_VERB,
    INTERVIEWED_AFTER_VERB,
    INTERVIEWEE_BEFORE_VERB,
    INTERVIEWER_AFTER_VERB,
    PRONOUNS,
    WRITER,
)
from assistant.ingest.names import NAME, UPPER, fold, is_full_name, is_person_name, is_role_word, names_at, without_nicknames, without_roles
from assistant.ingest import name_forms
from assistant.ingest.name_forms import initials
from assistant.ingest.titles import names_with_other_words
from assistant.ingest.presskit import is_question
from assistant.quote_cues import TALKED_TO

# A speaker giving their own name: "My name is Lena Park", "I'm Lena Park".
_OWN_NAME = r"(?:[Mm]y name(?:'s|’s| is)|I'm|I’m|I am)"
_INTRODUCTION = re.compile(
    rf"\b(?:{_OWN_NAME}|[Tt]his is|[Ii]t's|[Ii]t’s)\s+(?P<name>{NAME.pattern})|^(?P<opening>{NAME.pattern}),"
)
# Only the speaker naming themself (not "This is…", a host's).
_SELF_INTRODUCTION = re.compile(rf"\b{_OWN_NAME}\s+(?P<name>{NAME.pattern})")
# How far into a turn an introduction comes ("Hello everyone. My name is …").
MAX_INTRODUCTION_CHARS = 80
# Pronouns after a verb of talking ("Talk To Her", a film's title in a headline's capitals).
_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them"})
# How far into a turn the part a speaker plays counts as theirs: the introduction's sentence or
# two, not a later "I play Chopin every morning".
MAX_PART_INTRODUCTION_CHARS = 200
# A part a speaker says they play: "I play Melanie", "I get to play the wonderful Trevor Herbert",
# "I voice Basira Hussain", "I am the voice of Georgie"; a nickname may sit inside ('Alice "Daisy" Tonner').
_PART_WORD = rf"[{UPPER}][\w'’-]+"
_PLAYED = re.compile(
    rf"\bI(?:'m|’m| am)?\s+(?:get\s+to\s+)?(?:play|voice|portray|am\s+the\s+voice\s+of)\s+(?:the\s+(?:[a-z]+\s+)?)?"
    rf"(?P<part>{_PART_WORD}(?:\s+[\"“]{_PART_WORD}[\"”])?(?:\s+{_PART_WORD}){{0,2}})"
)


def introduced_as(label: str, turn: str) -> str | None:
    """The full name a speaker labelled by first name or surname gives themself at the start of
    their turn ("FAY" with "My name is Fay Roberts, and I play…" → "Fay Roberts"), or a speaker
    labelled by a handle in lower case, as a chat names them, with their turn ("pgp" with "I am
    Phil Potter."), else None."""
    for match in _INTRODUCTION.finditer(turn[:MAX_INTRODUCTION_CHARS]):
        name = match.group("name") or match.group("opening")
        words = fold(name).split()
        handle = label.islower() and match.start() == 0 and match.group("name") is not None
        if len(words) >= 2 and (fold(label) in (words[0], words[-1]) or handle) and is_person_name(name):
            return name
    return None


def introduces_self(text: str) -> str | None:
    """The full name a text opens by giving its speaker ("Hi. My name is Aneesh Chaganty. I’m the
    co-writer and director…"), in its first MAX_INTRODUCTION_CHARS characters after any opening
    quotation mark; None otherwise."""
    match = _SELF_INTRODUCTION.search(without_nicknames(text.lstrip(" \"“")[:MAX_INTRODUCTION_CHARS]))
    name = match.group("name") if match else ""
    return name if len(name.split()) >= 2 and is_person_name(name) else None


def introduces_one_of(turn: str, candidates: list[str]) -> str | None:
    """The one of `candidates` (the names a document declares) a turn opens by introducing
    ("Hello everybody, I am Shinobi, technical editor…" → "Shinobi"), else None."""
    folded = {fold(name): name for name in candidates}
    for match in _INTRODUCTION.finditer(turn[:MAX_INTRODUCTION_CHARS]):
        words = (match.group("name") or match.group("opening")).split()
        # "I am Shinobi, technical editor": the name may be one word, or run into the next ones.
        for size in range(len(words), 0, -1):
            if (name := folded.get(fold(" ".join(words[:size])))) is not None:
                return name
    return None


def parts_played(turn: str) -> list[str]:
    """The parts a speaker says they play, as a question may name them: 'I play Alice "Daisy"
    Tonner' → ["Alice Tonner", "Alice", "Daisy"]; "I voice Basira Hussain" → ["Basira Hussain", "Basira"]."""
    found: list[str] = []
    for match in _PLAYED.finditer(turn):
        part = match.group("part")
        nickname = re.search(r"[\"“]([^\"”]+)[\"”]", part)
        plain = " ".join(re.sub(r"[\"“][^\"”]+[\"”]", " ", part).split())
        found += [plain, plain.split()[0]] if len(plain.split()) > 1 else [plain]
        if nickname:
            found.append(nickname.group(1))
    return list(dict.fromkeys(found))


def declared_initials(text: str) -> list[str]:
    """The people a line introduces with the initials their turns will carry: "Director Jerzy
    Skolimowski (JS)", "Cast Askhat Kuchinchirekov (AK) and Samal Yeslyamova (SY)"."""
    found = []
    for match in re.finditer(rf"(?P<name>{NAME.pattern})\s*\((?P<initials>[{UPPER}]{{2,4}})\)", text):
        # The name is the last words before the brackets, as many as the initials ("Cast Askhat
        # Kuchinchirekov (AK)").
        name = " ".join(match.group("name").split()[-len(match.group("initials")):])
        if is_full_name(name) and initials(name) == match.group("initials"):
            found.append(name)
    return found


# A key to a transcript's labels: "[I] – Interviewer  [C] - Client", "I = Interviewer; R = Respondent".
_LEGEND_ENTRY = rf"\[?(?P<initials>[{UPPER}]{{1,3}})\]?\s*[–—=:-]\s*(?P<who>[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*){{0,3}})"
_LEGEND = re.compile(rf"^\s*(?:{_LEGEND_ENTRY}\s*[,;]?\s*)+$")


# A key giving each label a full name and a description: "Dr = Dr. Carmen Gillespie A = Agnes
# Meeker, local scholar … Amber / Am = Amber Quinlan, …" (labels of a capital and up to nine
# letters or dots, several for one person joined by "/").
_NAMED_LEGEND_LABELS = re.compile(rf"(?<![\w.])(?P<labels>[{UPPER}][\w.]{{0,9}}(?:\s*/\s*[{UPPER}][\w.]{{0,9}})*)\s*=\s*")


def label_legend(text: str) -> dict[str, str]:
    """Who each initial stands for, from a line that is only a key to the labels ("[I] –
    Interviewer [C] - Client" → {"I": "Interviewer", "C": "Client"}; "A = Agnes Meeker, local
    historian C = Christine Cha, …" → {"A": "Agnes Meeker", "C": "Christine Cha"}): two entries at
    least, or one in brackets; {} for anything else ("C - The General Manager." is an answer)."""
    if not _LEGEND.match(text):
        return _named_legend(text)
    entries = list(re.finditer(_LEGEND_ENTRY, text))
    if len(entries) < 2 and not text.lstrip().startswith("["):
        return {}
    return {entry.group("initials"): entry.group("who") for entry in entries}


def _named_legend(text: str) -> dict[str, str]:
    """The labels of a key that opens with one and gives each a full name after "=", two at least."""
    starts = list(_NAMED_LEGEND_LABELS.finditer(text))
    if len(starts) < 2 or starts[0].start() != len(text) - len(text.lstrip()):
        return {}
    legend: dict[str, str] = {}
    for entry, following in zip(starts, [*starts[1:], None]):
        named = names_at(text[entry.end() : following.start() if following else len(text)])
        if not named or not is_full_name(named[0]):
            return {}
        legend.update({label.strip(): named[0] for label in entry.group("labels").split("/")})
    return legend


# A question opening on a greeting to someone by name, thanking them: "Hi Drew thanks for talking
# to TNC", "Hello Lena Park, and thank you for joining us".
_GREETING = re.compile(
    rf"^\s*(?i:{'|'.join(sorted(GREETINGS))})\s+(?P<name>{NAME.pattern})\s*[,!.]?\s+(?:and\s+)?(?:thanks|thank\s+you|welcome|great\s+to)\b"
)


def greeted(question: str) -> list[str]:
    """The one a question greets by name and thanks ("Hi Drew thanks for talking to TNC" → ["Drew"])."""
    match = _GREETING.match(question)
    return [match.group("name")] if match and fold(match.group("name")) not in PRONOUNS else []


def interviewees_in_intro(text: str) -> list[str]:
    """Who an intro, a standfirst or a host's opening turn says is interviewed: "DFF caught up
    with Drew Christie", "I interviewed Felix Gebhard and Chris Breuer", "Y spoke with X", "Today
    my guest is the director Lena Park"."""
    between = _between(text)
    if between:
        return [between[1]]
    declared = declaration(text)
    if declared and declared[0] != "interviewer":
        return [declared[1]]
    for match in INTERVIEWED_AFTER_VERB.finditer(text):
        after = text[match.end():]
        talked = match.group().strip().lower().startswith("talk")
        # "…founder and president Tim League has talked to West Side Rag…": the one named talked,
        # the outlet after the verb asked ("Lena Park sat down with Tom Lee" and "Y spoke with X"
        # are the asker's, as before).
        upto_verb = text[: match.end()].rstrip()
        named_talker = talked and any(found.end() == len(upto_verb) for found in TALKED_TO.finditer(upto_verb))
        if _staff_of(after) or named_talker:
            continue
        # "…the leading characters in Talk To Her…": a pronoun after the verb is no one's name.
        names = [name for name in names_at(after) if fold(name) not in PRONOUNS | _OBJECT_PRONOUNS]
        # "Complete Interview Transcript": after the noun, only a full name is someone's, and only
        # when names are all the phrase holds ("Interview Julia X 3-D Feature Film" is a film's).
        noun = match.group().strip().lower() == "interview"
        if names and (not noun or (all(is_full_name(n) for n in names) and not names_with_other_words(after))):
            return names
    for match in INTERVIEWEE_BEFORE_VERB.finditer(text):
        before = [m for m in NAME.finditer(text[: match.start()]) if m.end() == match.start()]
        # "He talks like this.": a pronoun opening a sentence is no one's name; "The director of
        # Night Bus talks about…": a name after "of" is the work's.
        if before and re.search(r"\bof\s+$", text[: before[-1].start()]):
            continue
        # "Recently the Brooklynite told us…": one capitalised word after an article describes.
        if before and " " not in before[-1].group() and re.search(r"(?i)\b(?:the|a|an|this|our)\s+$", text[: before[-1].start()]):
            continue
        # "Whitney Houston's Daughter Talks…" describes someone by their tie to another: no name
        # ("Breaking Bad's Jonathan Banks" is one).
        if before and re.search(r"\w['’]s\s+\S+$", before[-1].group()):
            continue
        if before and without_roles(before[-1].group()) and fold(before[-1].group()) not in PRONOUNS:
            return [_after_last_role(without_roles(name_forms.without_clause_opener(before[-1].group())))]
        if before and fold(before[-1].group()) in ("he", "she"):
            # "Scott Plunkett is a FusionAuth customer… He chatted with us over email…": "he" is the
            # one the sentence before opens with, named in full.
            sentences = re.split(r"(?<=[.!?])\s+", text[: before[-1].start()].strip())
            opened = names_at(sentences[-1]) if sentences else []
            if opened and is_full_name(opened[0]):
                return [opened[0]]
    return []


# The labelled turns opening a show, where its host presents the co-hosts and the guest after
# greetings ("Carlisia is also here…", "And Brian Ketelsen…", "And our guest for today is…").
OPENING_TURNS = 10


def guests_presented(turns: list[tuple[str, str]]) -> list[str]:
    """The labelled speakers a host's opening turn presents as guests before they first speak
    ("And our guest for today is Matt Jaffee, who works for Pilosa" over "Matt Jaffee:" turns
    after it). `turns` are (label, text) in order; a name no later label carries is not one."""
    spoken: set[str] = set()
    for position, (label, text) in enumerate(turns[:OPENING_TURNS]):
        spoken.add(fold(label))
        later = {fold(other) for other, _ in turns[position + 1 :]} - spoken
        presented = [name for name in interviewees_in_intro(text) if fold(name) in later]
        if presented:
            return presented
    return []


# An outlet's initials in the possessive before a name: "THR's Brande Victorian", "NPR’s Terry Gross".
_OUTLETS_OWN = re.compile(rf"^\s*[A-Z]{{2,6}}['’]s\s+{NAME.pattern}")


def _after_last_role(name: str) -> str:
    """A name run into the words before it without the words up to its last role word or
    possessive ("Run’ Creator Vicky Jones", "The Americans' Vicky Jones" → "Vicky Jones"), where a
    full name follows that word."""
    words = name.split()
    cuts = [k for k, word in enumerate(words[:-2]) if is_role_word(word) or re.search(r"\w(?:['’]s|s['’])$", word)]
    return " ".join(words[cuts[-1] + 1 :]) if cuts else name


# The roles of those who report for an outlet, as they are written after its name.
_NEWSROOM_ROLES = frozenset("editor editors journalist critic reporter columnist correspondent contributor host presenter".split())


def _staff_of(text: str) -> bool:
    """Whether `text` opens with an organisation, a role and a person ("Gold Derby senior editor
    Daniel Montgomery"), an outlet's initials in the possessive and a person ("THR's Brande
    Victorian") or a person writing for an outlet ("Andrew Goldman for The NY Times Magazine"):
    the one spoken with works for it, and is the one asking."""
    if _OUTLETS_OWN.match(text):
        return True
    match = NAME.match(text)
    after = text[match.end():] if match else ""
    if match and re.match(r"\s+for\s+(?:the\s+|The\s+)?[A-ZÀ-ÖØ-Þ]", after):
        # "…had a conversation with Andrew Goldman for The NY Times Magazine": its journalist.
        return True
    roles = re.match(r"\s+((?:[a-z-]+\s+){1,3})(?=[A-ZÀ-ÖØ-Þ])", after)
    # "Louie executive producer Blair Breard" makes the show: only a newsroom's role is staff.
    return roles is not None and any(word in _NEWSROOM_ROLES for word in roles.group(1).split())


def interviewer_in_intro(text: str) -> str | None:
    """The person asking, as an intro or byline names them: "X talks to Christopher Redmond
    about…", "Interview by John Doe"."""
    between = _between(text)
    if between and between[0]:
        return between[0]
    opening = INTERVIEWER_BEFORE_VERB.match(text)
    if opening and (found := names_at(opening.group("who"))) and found[0] == opening.group("who").strip() and fold(found[0]) not in PRONOUNS:
        return found[0]
    declared = declaration(text)
    if declared and declared[0] == "interviewer":
        return declared[1]
    byline = BYLINE.match(text)
    if byline and (found := names_at(text[byline.end():])):
        return found[0]
    for match in INTERVIEWER_AFTER_VERB.finditer(text):
        names = names_at(text[match.end():])
        if names:
            return names[0]
    return None


def declaration(text: str) -> tuple[str, str] | None:
    """("interviewee" or another such word, full name) of a line declaring who takes part rather
    than speaking: "Interviewee: Jack Wang (26, postgraduate student…)"; None for a turn
    ("Interviewer: How do you…?") or a name that is not a full one."""
    match = DECLARATION.match(text)
    if match is None or not is_full_name(match.group("name")) or is_question(text):
        return None
    return match.group("who").lower(), match.group("name")


def _between(text: str) -> tuple[str | None, str] | None:
    """(the writer's name or None, the interviewee's name) of "Interview between me (Balenzi
    Phillip) and a parking space owner (Michael Muhangi)"; None unless one side is the writer and
    the other names someone (in brackets after a role, or opening it)."""
    match = INTERVIEW_BETWEEN.search(text)
    if match is None:
        return None
    sides = [match.group("first"), match.group("second")]
    writers = [bool(WRITER.match(side.strip())) for side in sides]
    if writers.count(True) != 1:
        return None
    writer, other = (sides[0], sides[1]) if writers[0] else (sides[1], sides[0])
    named = _side_name(other)
    return (_side_name(writer), named) if named else None


def _side_name(side: str) -> str | None:
    """The full name a side of "between … and …" gives: in brackets ("a parking space owner
    (Michael Muhangi)", "me (Balenzi Phillip)") or opening it ("Lena Park, director")."""
    bracketed = [inner for inner in re.findall(r"\(([^)]+)\)", side) if is_full_name(inner.strip())]
    if bracketed:
        return bracketed[0].strip()
    found = names_at(side.strip())
    return found[0] if found and is_full_name(found[0]) else None
