"""Who each speaker label stands for: a person resolved to the full name the document gives
them, an anonymous asker ("Q:"), the answer ("A:"), the audience, everyone ("BOTH:"), or no
one ("???:", "MIXED AUDIO:"). Pure functions over labels and the document's text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.cues import ANSWER_INITIALS, ANSWER_LABELS, AUDIENCE_LABELS, HONORIFICS, INTERVIEWER_ROLES, JOINT_LABELS, QUESTION_LABELS, UNNAMED_VOICES
from assistant.ingest.names import fold, is_person_name, is_role_word, person_name, times_named
from assistant.ingest.name_forms import first_name_in_full, resolve, surname_in_full
from assistant.ingest.turns import UNKNOWN_VOICE, Label

# Words for someone unnamed asking, alone or closing a label ("Asker:", "Previous asker:").
ASKER_WORDS = frozenset({"asker", "questioner"})
# A title before a name ("Ms. Park"): the name is resolved without it.
_HONORIFIC = re.compile(rf"^(?:{'|'.join(HONORIFICS)})\.?\s+")


@dataclass(frozen=True)
class Person:
    """Who a label stands for: a name (None for an anonymous "Q"), a role, whether they ask."""

    name: str | None
    role: str | None = None
    asks: bool = False
    # A label several people share ("BOTH:"), standing for the document's interviewees.
    everyone: bool = False


# What an "A:" label stands for: whoever the section interviews.
ANSWER = Person(None, "answer")
# What "Audience:" stands for: someone unnamed asking, or answering the speaker's own question.
AUDIENCE = Person(None, "audience", True)
# What "???:" and "MIXED AUDIO:" stand for: a voice no one could name, whose words are no one's.
NO_ONE = Person(None)


def identify(labels: list[Label], known: list[str], aliases: dict[str, str], interviewers: list[str], body: str) -> dict[str, Person]:
    """The person behind each label key: aliases first, then the label's own name (in capitals
    written as the text spells it), resolved to a known full name when it is a surname, first
    name or initials of exactly one. "Q" and the like ask; "A" is `ANSWER`, the section's
    interviewee; joint labels ("Felix and Chris", "BOTH") name everyone they stand for."""
    full_names = [_spelled(label.name, body) for label in labels if len(_HONORIFIC.sub("", label.name).split()) > 1 and not _is_joint(label.name)]
    # The document's own spelling of a name first: a label "Derrick De Kerckhove" is the title's
    # "Derrick de Kerckhove".
    candidates = list(dict.fromkeys([*known, *full_names]))
    folded_aliases = {fold(k): v for k, v in aliases.items()}
    # "A:" is the answer only beside "Q:"; alone, it may be someone's initial (decided by who asks).
    # "Response:" is always the answer.
    markers = any(label.key in QUESTION_LABELS for label in labels)
    people: dict[str, Person] = {}
    for label in labels:
        if label.key in people:
            if label.role and people[label.key].role is None:
                people[label.key] = replace(people[label.key], role=label.role, asks=people[label.key].asks or _asking_role(label.role))
            continue
        alias = folded_aliases.get(label.key)
        if UNKNOWN_VOICE.match(label.key) or label.key in UNNAMED_VOICES:
            people[label.key] = NO_ONE
            continue
        if label.key in AUDIENCE_LABELS:
            # The audience asks the speaker, unnamed.
            people[label.key] = AUDIENCE
            continue
        if fold(alias if alias is not None else label.key) in QUESTION_LABELS or _asking_label(label.key):
            # "Q:", or "I:" where a key to the labels says "I – Interviewer".
            people[label.key] = Person(None, None, True)
            continue
        if alias is not None:
            name: str | None = alias
        elif label.key in ANSWER_LABELS and (markers or label.key not in ANSWER_INITIALS):
            people[label.key] = ANSWER
            continue
        elif label.key in JOINT_LABELS:
            people[label.key] = Person(label.name.title() if label.name.isupper() else label.name, everyone=True)
            continue
        elif _is_joint(label.name):
            name = _joint(label.name, candidates, body)
        else:
            spelled = _spelled(label.name, body)
            # "Ana:" is the "Ana Diaz" the page names twice or more, and "PARK:" the "Lena Park" it
            # names, when nothing else says who.
            alone = len(spelled.split()) == 1 and not is_role_word(spelled)
            in_full = (first_name_in_full(spelled, body, least=2) or surname_in_full(spelled, body)) if alone else None
            # "Jean Rousseau:" for the "Jean Rousseau Franco" the text introduces: first names of two
            # words are the start of one known name; "García Márquez:" a surname of two words, the end
            # of "Gabriel García Márquez".
            longer = [n for n in known if fold(n).startswith(fold(spelled) + " ") or fold(n).endswith(" " + fold(spelled))] if not alone else []
            name = _misnamed(spelled, known, labels, body) or (longer[0] if len(longer) == 1 else None) or resolve(_HONORIFIC.sub("", spelled), candidates) or in_full or spelled
        asks = _asking_role(label.role) or any(fold(name or "") == fold(i) or resolve(i, [name or ""]) for i in interviewers)
        people[label.key] = Person(name, label.role, asks)
    return _per_name(people)


def _asking_label(key: str) -> bool:
    """Whether a label of several words names a question or someone unnamed asking: "Follow-up
    Q", "Audience Question", "Previous asker"."""
    words = key.replace("-", " ").split()
    return len(words) >= 2 and words[-1] in QUESTION_LABELS | ASKER_WORDS or key in ASKER_WORDS


def _misnamed(name: str, known: list[str], labels: list[Label], body: str) -> str | None:
    """The one known person a label gives their first name and a surname the document uses nowhere
    else ("Susan Painter:" under "Interview with Susan Shulman"): a slip for them."""
    words = name.split()
    if len(words) != 2 or not is_person_name(name):
        return None
    labelled = sum(fold(label.name) == fold(name) for label in labels)
    if times_named(words[-1], body) > labelled:
        return None
    same_first = {k for k in known if len(k.split()) >= 2 and fold(k.split()[0]) == fold(words[0]) and fold(k) != fold(name)}
    return same_first.pop() if len(same_first) == 1 else None


def _per_name(people: dict[str, Person]) -> dict[str, Person]:
    """Labels that stand for the same person share what is known of them ("KENNY MALONE, HOST"
    makes "MALONE" a host too)."""
    asking = {person.name for person in people.values() if person.asks and person.name}
    roles = {person.name: person.role for person in people.values() if person.role and person.name}
    return {
        key: replace(person, asks=person.asks or person.name in asking, role=person.role or roles.get(person.name))
        for key, person in people.items()
    }


def _spelled(name: str, body: str) -> str:
    """A name in capitals as the text spells it; an acronym or initials ("DFF", "MR") as printed."""
    if not name.isupper() or (len(name.split()) == 1 and len(name) <= 3):
        return name
    return person_name(name, body)


def _asking_role(role: str | None) -> bool:
    return bool(role) and any(word in INTERVIEWER_ROLES for word in re.findall(r"[\w-]+", role.lower()))


def _is_joint(name: str) -> bool:
    return bool(re.search(r"(?i)\s(?:and|&)\s|,", name))


def _joint(name: str, candidates: list[str], body: str) -> str:
    """The people of a joint label, each resolved: "Felix and Chris" → "Felix Gebhard and Chris Breuer"."""
    parts = [p for p in re.split(r"(?i)\s*(?:,|\band\b|&)\s*", name) if p.strip()]
    if not parts:
        return name
    resolved = [resolve(_spelled(p, body), candidates) or _spelled(p, body) for p in parts]
    return " and ".join(resolved) if len(resolved) <= 2 else ", ".join(resolved[:-1]) + " and " + resolved[-1]
