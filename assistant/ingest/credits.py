"""Credits and cast lists: "Directed by X", "CAST" sections of "Actor as Character" lines. They
become a section of their own (they answer "who plays X?"), and tell who the director is."""

from __future__ import annotations

import re

from assistant.credit_cues import CAST_AS, CAST_HEADING, CAST_LEADERS, CREDIT_FIELD, CREDIT_FIELD_ROLES, CREDIT_LINE, CREDIT_ROLES
from assistant.cues import (
    INTERVIEWER_ROLES,
    OTHER_JOB_QUALIFIERS,
    ROLE_WORDS,
    ROLES_OF,
    SELF_DESCRIPTION,
    WORK_DETERMINERS,
)
from assistant.ingest.names import fold, names_at

# A credit names a person or a short list of them, not a sentence.
MAX_CREDIT_WORDS = 12
# A cast list's lines run together hold at least this many leaders.
MIN_RUN_TOGETHER_PAIRS = 2


def credit(text: str) -> tuple[str, list[str]] | None:
    """The role and people of a credit line: "Directed by Radu Mihaileanu" → ("director", [...])."""
    found = credits_of(text)
    return (found[0][0], found[0][1]) if found else None


def credits_of(text: str) -> list[tuple[str, list[str]]]:
    """Every role a credit line gives its people: "Written and directed by Lena Park" →
    [("writer", ["Lena Park"]), ("director", ["Lena Park"])]; [] for any other line."""
    field = _credit_field(text)
    if field:
        return field
    match = CREDIT_LINE.match(text)
    if match is None or len(text.split()) > MAX_CREDIT_WORDS:
        return []
    # A cover's credit in capitals ("A FILM BY LENA PARK") names people as a name is written.
    written = match.group("names")
    people = names_at(written.title() if written.isupper() else written)
    verbs = [match.group("role"), match.group("also") or ""]
    roles = [role for verb in verbs if (role := CREDIT_ROLES.get(" ".join(verb.lower().split())))]
    return [(role, people) for role in roles] if roles and people else []


def _credit_field(text: str) -> list[tuple[str, list[str]]]:
    """The roles of a credit block's field, "Director/Writer: Teddy Newton" → [("director",
    [...]), ("writer", [...])], when the names fill what follows the colon; [] otherwise (a speaker
    label, "DIRECTOR: I grew up…", is followed by words, not names)."""
    match = CREDIT_FIELD.match(text)
    if match is None or len(text.split()) > MAX_CREDIT_WORDS:
        return []
    parts = [" ".join(part.lower().split()) for part in re.split(r"\s*(?:/|&|,|\band\b)\s*", match.group("roles")) if part.strip()]
    roles = [CREDIT_FIELD_ROLES.get(part) for part in parts]
    written = match.group("names")
    people = names_at(written.title() if written.isupper() else written)
    covered = ", ".join(people)
    if not parts or None in roles or not people or fold(covered) != fold(re.sub(r"\s*(?:,|&|\band\b)\s*", ", ", written).strip(" .")):
        return []
    return [(role, people) for role in dict.fromkeys(roles)]


def is_cast_heading(text: str) -> bool:
    """"CAST", "Cast & Crew", "Credits", "Starring"…"""
    return bool(CAST_HEADING.match(text))


def cast_pair(text: str, speakers: list[str]) -> tuple[str, str] | None:
    """(actor, character) of a cast-list line: "Maria Ruiz as Elena", "Elena ..... Maria Ruiz".
    With leaders or dashes the order is ambiguous: the side that is a known speaker is the
    actor, else the character comes first, as press kits print it."""
    match = CAST_AS.match(text)
    if match is None:
        return None
    left, right = match.group("actor").strip(" .…"), match.group("character").strip(" .…")
    separator = text[match.end("actor") : match.start("character")].strip()
    known = {fold(name) for name in speakers}
    if separator.lower() == "as" or fold(left) in known:
        return left, right
    return right, left


def leader_pairs(text: str) -> list[tuple[str, str]]:
    """(actor, character) pairs of a cast list whose lines ran together, leaders between each part
    and its actor ("Troy……Matthew McConaughey Owen……David Connolly Bureau Chief……Joseph Siravo"):
    between two leaders, the first two words are the actor, the rest the next part. [] for a text
    with fewer than MIN_RUN_TOGETHER_PAIRS leaders, or a stretch between them that cannot be cut so."""
    pieces = CAST_LEADERS.split(text.strip())
    if len(pieces) <= MIN_RUN_TOGETHER_PAIRS:
        return []
    pairs: list[tuple[str, str]] = []
    character = pieces[0]
    for piece in pieces[1:-1]:
        words = piece.split()
        if len(words) < 3 or not all(word[:1].isupper() for word in words[:3]):
            return []
        pairs.append((" ".join(words[:2]), character))
        character = " ".join(words[2:])
    pairs.append((pieces[-1], character))
    named = all(re.fullmatch(r"[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]*){1,2}", actor) and character[:1].isupper() for actor, character in pairs)
    return pairs if named else []


def roles_and_characters(texts: list[str], speakers: list[str]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Roles from credit lines and characters from cast lines among `texts` (a cast list is the
    lines after a cast heading)."""
    roles: dict[str, str] = {}
    characters: dict[str, list[str]] = {}
    in_cast = False
    for text in texts:
        found = credits_of(text)
        if found:
            for role, people in found:
                if len(people) == 1:
                    roles.setdefault(role, people[0])
            continue
        if is_cast_heading(text):
            in_cast = True
            continue
        pair = cast_pair(text, speakers) if in_cast else None
        # One pair a line, or a list whose lines ran together between leaders.
        pairs = [pair] if pair and re.search(r"[A-Za-zÀ-ÿ]", pair[1]) else (leader_pairs(text) if in_cast else [])
        for actor, character in pairs:
            characters.setdefault(character, [])
            if actor not in characters[character]:
                characters[character].append(actor)
        if not pairs and in_cast and len(text.split()) > MAX_CREDIT_WORDS:
            in_cast = False
    return roles, characters


def self_described_roles(answers: list[str]) -> list[str]:
    """The roles a speaker gives themself in their `answers` ("I am a composer", "my job as a
    cinematographer"), in order, once each; never a role of the person asking."""
    found: list[str] = []
    for text in answers:
        for match in SELF_DESCRIPTION.finditer(text):
            role = _described_role([fold(word) for word in match.groups() if word])
            if role and role not in INTERVIEWER_ROLES and role not in found:
                found.append(role)
    return found


def _described_role(words: list[str]) -> str | None:
    """The role in the words after "I am a": "director" → director, "director of the film" →
    director, "director of photography" → cinematographer, "director of operations" and
    "casting director" → none."""
    if len(words) == 3 and words[1] == "of" and words[2] not in WORK_DETERMINERS:
        return ROLES_OF.get(words[2]) if words[0] in ROLE_WORDS else None
    if len(words) >= 2 and words[0] in OTHER_JOB_QUALIFIERS and words[1] in ROLE_WORDS:
        return None
    return next((word for word in words[:2] if word in ROLE_WORDS), None)
