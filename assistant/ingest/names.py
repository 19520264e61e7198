"""People's names in a document: where a name starts and ends, role words and nicknames around it,
whether a phrase is a person's name; `name_forms` finds the full name a label or part of a name
stands for. Pure functions over text."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import Iterator

from assistant.cues import (
    CLAUSE_OPENERS,
    FEATURING,
    HONORIFICS,
    INSTITUTION_WORDS,
    NAME_PARTICLES,
    PRONOUNS,
    ROLE_WORDS,
    TITLE_ARTICLES,
    TOPIC_LABEL_OPENERS,
)
from assistant.text import fold

UPPER = "A-ZÀ-ÖØ-Þ"
_MONTHS = frozenset("january february march april may june july august september october november december".split())
# A month or a weekday alone is a date, never a name.
DATE_WORDS = _MONTHS | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_LOWER = "a-zß-öø-ÿ"
# A capitalised word of a name ("Mélanie", "Jean-Pierre", "Thomas–Pavlowsky", "O'Brien", "McCabe") or
# initials ("P.W.", and "P.J" before a capitalised word: the last dot left out).
_NAME_WORD = (
    rf"(?:[{UPPER}][{UPPER}{_LOWER}'’]*[{_LOWER}][{UPPER}{_LOWER}'’]*(?:[-–][{UPPER}{_LOWER}][{_LOWER}'’]+)*"
    rf"|[{UPPER}]\.[{UPPER}](?=\s+[{UPPER}][{_LOWER}])|[{UPPER}]\.(?:\s?[{UPPER}]\.){{0,2}})"
)
# A surname may be one capital letter, ending the name ("Pamela Z", "Malcolm X"); not "A" or "I"
# opening a sentence after the name, nor the "Q" of "Q&A".
NAME = re.compile(
    # A particle ("de", "van") or a middle initial in lower case ("John e. Kilberg") between words.
    rf"{_NAME_WORD}(?:\s+(?:(?:{'|'.join(re.escape(p) for p in sorted(NAME_PARTICLES))}|[{_LOWER}]\.)\s+)?{_NAME_WORD}){{0,3}}"
    rf"(?:\s+(?![AIQ]\b)[{UPPER}](?![\w.’'&-]))?"
)
# "Felix (Gebhard)": a first name with the surname in brackets (not a nickname before the
# surname: "Malgorzata (Losia) Lagisz").
_BRACKETED_SURNAME = re.compile(rf"\b({_NAME_WORD})\s+\(({_NAME_WORD})\)(?!\s+{_NAME_WORD})")
# A nickname in quotes or brackets between a first name and a surname.
_NICKNAME = re.compile(rf"\s+(?:[“\"‘][^”\"’]{{1,30}}[”\"’]|\({_NAME_WORD}\))\s+(?=[{UPPER}])")
# A one-word name in capitals ("JR") joined to a name after it ("JR and Agnès Varda").
_MONONYM_BEFORE_NAME = re.compile(rf"^\s*(?P<name>[{UPPER}]{{2,5}})(?=\s*(?:,|\band\b|&)\s*{_NAME_WORD})")
# A word in the possessive with more of the name after it: "Pornographers' Carl".
_OWNER_BEFORE_NAME = re.compile(r"\w(?:['’]s|s['’])(?=\s+\S)")
# Lower-case words ending on a role word right before a capitalised name: " executive producer Blair".
_ROLES_BEFORE_NAME = re.compile(rf"^\s+(?:[a-z][\w'’-]*\s+){{0,2}}(?P<role>[a-z][\w'’-]*)\s+(?=[{UPPER}])")
# A word in the possessive: "Carpenter’s" (no name is one; "O’Brien" is not one).
_POSSESSIVE_WORD = re.compile(r"\w['’]s\b")
_JOINERS = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", re.IGNORECASE)
# What may close a list of names: the end of the text, a full stop, a bracket, a dash or a colon.
_LIST_END = re.compile(r"^\s*(?:$|[.;:)\]–—|-])")


@functools.lru_cache(maxsize=8)
def _word_starts(body: str) -> dict[str, list[int]]:
    """Where each word (a run of \\w, lower case) of `body` starts: built once per document, so
    looking a name up costs its occurrences, not a scan of the whole text (which made parsing
    grow with headings × length)."""
    starts: dict[str, list[int]] = defaultdict(list)
    for match in re.finditer(r"\w+", body):
        starts[match.group().lower()].append(match.start())
    return starts


@functools.lru_cache(maxsize=4096)
def accented_spelling(name: str, body: str) -> str:
    """A name written without accents (a title's "Andre Aciman", "Gabriel Garcia Marquez") as the
    text writes it with them ("André Aciman"); else as it is."""
    words = name.split()
    if not name.isascii() or not words:
        return name
    target = fold(name)
    following = re.compile(r"[\w'’.-]*" + r"\s+[\w'’.-]+" * (len(words) - 1))
    for word, starts in _word_starts(body).items():
        if fold(word) != fold(words[0]):
            continue
        for start in starts:
            match = following.match(body, start)
            found = " ".join(match.group().split()) if match else ""
            if not found.isascii() and fold(found) == target:
                return found
    return name


def forget_document() -> None:
    """Drop the per-document lookups (`_word_starts`, and the names and counts found with them)
    once a document is parsed, so no document's text is kept after it."""
    for cached in (_word_starts, person_name, times_named, accented_spelling):
        cached.cache_clear()


def whole_matches(pattern: str, body: str, flags: int = 0) -> Iterator[re.Match]:
    """The matches of `pattern` (regex for a literal text starting with a word character) as a
    whole word or words of `body`, in order and without overlaps: `(?<!\\w)pattern(?!\\w)`."""
    compiled = re.compile(pattern + r"(?!\w)", flags)
    first = re.match(r"\w+", pattern)  # re.escape leaves word characters as they are
    if first is None:
        yield from re.finditer(r"(?<!\w)" + pattern + r"(?!\w)", body, flags)
        return
    end = 0
    for start in _word_starts(body).get(first.group().lower(), ()):
        if start >= end and (match := compiled.match(body, start)):
            end = match.end()
            yield match


@functools.lru_cache(maxsize=4096)
def person_name(capitals: str, body: str) -> str:
    """Write a name in capitals as a person would, preferring its spelling in `body` (the whole
    name, else each word: "AI-GENERATED VOICE" → "AI-generated Voice")."""
    pattern = r"\s+".join(re.escape(part) for part in capitals.split())
    for match in whole_matches(pattern, body, re.IGNORECASE):
        found = " ".join(match.group().split())
        if found != found.upper():
            return found
    # "LENA PARK AND TOM LEE": the words joining names stay small, or "And" reads as a name.
    return " ".join(word.lower() if word.lower() in _JOINING_WORDS else _spelled_word(word, body) for word in capitals.split())


_JOINING_WORDS = frozenset(("and", "with", "et", "und", "y", "e"))


def _spelled_word(word: str, body: str) -> str:
    """One word of a name in capitals as `body` spells it with a capital, else capitalised."""
    for match in whole_matches(re.escape(word), body, re.IGNORECASE):
        found = match.group()
        if found != found.upper() and found[:1].isupper():
            return found
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def is_role_word(word: str) -> bool:
    """A role word, or role words joined by slashes ("Animator/Filmmaker", "Writer/Director"), "co-"
    before any, in the plural too ("playwrights")."""
    # "Co-Director", "Co-Founder": a role shared is a role.
    parts = [re.sub(r"^co-", "", part) for part in fold(word).strip(",.:").split("/")]
    return all(part in ROLE_WORDS or (part.endswith("s") and part[:-1] in ROLE_WORDS) for part in parts)


def opens_on_participle(phrase: str) -> bool:
    """Whether a run of capitalised words opens on a participle before a full name ("Receiving
    Steven Roger’s script, many…"); not "Sterling K. Brown" (an initial after it), "Channing
    Tatum" (no full name would be left) nor a title ("Making The Pool")."""
    words = phrase.split()
    return (
        len(words) >= 3 and len(words[0]) >= 6 and words[0].endswith("ing") and not words[1].endswith(".")
        and words[1][:1].isupper() and fold(words[1]) not in TITLE_ARTICLES
    )


def without_roles(phrase: str) -> str:
    """A name phrase without role words before it, or after it where a full name stays: "Filmmaker
    Drew Christie" → "Drew Christie", "Courtney Rawls Actress" → "Courtney Rawls"; "The Director"
    → "" (an article before a role is the role's)."""
    words = phrase.split()
    if opens_on_participle(phrase):
        words.pop(0)
    while words and (
        is_role_word(words[0]) or (fold(words[0]) in ("the", "a", "an", "our") and len(words) > 1 and is_role_word(words[1]))
    ):
        words.pop(0)
    while len(words) > 2 and is_role_word(words[-1]) and words[-2][-1:].isalpha():
        words.pop()
    # "Linda Carter-Producer": a role joined to the surname by a dash.
    joined = _DASHED_ROLE.match(words[-1]) if len(words) >= 2 else None
    if joined and is_role_word(joined.group("role")):
        words[-1] = joined.group("name")
    return " ".join(words)


_DASHED_ROLE = re.compile(r"^(?P<name>\w[\w'’]*)[-–](?P<role>[A-Za-z]+)$")


@functools.lru_cache(maxsize=256)
def name_parts(name: str) -> re.Pattern:
    """Any word of a name, as a whole word ("Lena" or "Park" for "Lena Park")."""
    return re.compile(rf"\b(?:{'|'.join(re.escape(part) for part in name.split())})\b")


def without_nicknames(text: str) -> str:
    """`text` with each nickname in quotes inside a name dropped ("Adam "Flipper Zero" Roth" → "Adam Roth")."""
    return _NICKNAME.sub(" ", text)


def names_at(text: str) -> list[str]:
    """The names at the start of `text`: "Drew Christie and asked him…" → ["Drew Christie"];
    "Felix Gebhard and Chris Breuer got…" → both; role words before a name and a nickname
    inside it are skipped ("Amir “Questlove” Thompson" → "Amir Thompson")."""
    found: list[str] = []
    rest = without_nicknames(text)
    mononym = _MONONYM_BEFORE_NAME.match(rest)
    if mononym:
        # "JR and Agnès Varda": a name in capitals that is a whole name, beside a full one.
        found.append(mononym.group("name"))
        rest = rest[mononym.end("name"):]
        joined = _JOINERS.match(rest)
        rest = rest[joined.end():] if joined else ""
    by_comma = False
    while (match := _first_name(rest)) is not None:
        owner = _OWNER_BEFORE_NAME.search(match.group())
        if owner:
            # "The New Pornographers' Carl Newman": whom the name belongs to is not part of it.
            rest = rest[match.start() + owner.end():]
            continue
        name = without_roles(match.group())
        rest = rest[match.end():]
        if _ROLES_BEFORE_NAME.match(rest) and is_role_word(_ROLES_BEFORE_NAME.match(rest).group("role")):
            # "Louie executive producer Blair Breard": a work's or company's name before the role
            # of the one named after it.
            continue
        # "Agnes Meeker November 2017": a month before a number dates the line; it names no one.
        if len(name.split()) > 2 and name.split()[-1].lower() in _MONTHS and re.match(r"\s*\d", rest):
            name = name.rsplit(" ", 1)[0]
        whole = name
        name = before_title_case_words(name)
        if any(fold(word) in PRONOUNS for word in name.split()):
            # "…through the Eyes of the People Who Lived it": a relative pronoun ends a phrase; a
            # name holds none.
            name = ""
        # "Alec Baldwin On Redemption, The Media, NYC Politics": words run on after the name, so
        # what follows the comma is the headline's list of topics, not of names.
        joined = _JOINERS.match(rest) if name == whole else None
        # "Masha Novikova, La Cinef 2022 prize winner": a name after a bare comma is a list's only
        # when the list goes on or ends there; followed by other words it is in apposition.
        if by_comma and joined is None and not _LIST_END.match(rest):
            break
        # "Q & A January": a month or a day alone is a date, no one's name ("April Wolfe" is one).
        if name and fold(name) not in DATE_WORDS:
            found.append(name)
        if joined is None:
            break
        by_comma = "," in joined.group() and not re.search(r"(?i)\band\b|&", joined.group())
        rest = rest[joined.end():]
    return found


# Words a headline in title case capitalizes that no name holds: "Michael Ian Black Interviewed
# Marc Maron For Us", "Interview: Bob Odenkirk On The Future Of Better Call Saul".
TITLE_CASE_BREAKS = frozenset({"on", "the", "about", "at", "in", "for", "from", "of", "to", "into", "over", "after", "behind", "with"})


def before_title_case_words(name: str) -> str:
    """A name of two words or more run into a headline's capitalized words cut before the first
    preposition or article ("Marc Maron For Us" → "Marc Maron"); "" for words opening with a
    preposition, which no name does."""
    words = name.split()
    if words and fold(words[0]) in TITLE_CASE_BREAKS - {"the"}:
        # "Tommy Wiseau, Creator Of The Greatest Disasterpiece": no name opens with "Of".
        return ""
    cut = next((k for k, word in enumerate(words) if k >= 2 and fold(word) in TITLE_CASE_BREAKS), len(words))
    return " ".join(words[:cut])


def _first_name(text: str) -> re.Match | None:
    """The first name within the opening words of `text`, when only articles and role words come before it."""
    starts = [m.start() for m in re.finditer(r"\S+", text)][:4]
    origin = 0
    if len(starts) > 1 and text.lstrip()[:1].isupper() and fold(text[: starts[1]].strip()) in CLAUSE_OPENERS:
        # "For Park, Okafor's stillness…": the name starts after the capitalised preposition.
        origin, starts = starts[1], starts[1:]
    for start in starts:
        if not _only_roles(text[origin:start]):
            return None
        match = NAME.match(text, start)
        if match and text[match.start() : match.end() + 1] in _TITLES:
            continue
        # "Animator/Filmmaker Susan Shulman": role words joined by a slash come before the name.
        if match and not (text[match.end() : match.end() + 1] == "/" and is_role_word(match.group())):
            # "Television Editor Erica Freed Marker": a role word inside the run ends a title before the name.
            roles = [m for m in re.finditer(r"\S+", match.group()) if is_role_word(m.group())]
            if roles and roles[-1].end() < len(match.group()):
                return NAME.match(text, match.start() + roles[-1].end() + 1) or match
            return match
    return None


def _only_roles(prefix: str) -> bool:
    """Whether the words before a name are only articles, role words and titles ("the filmmaker", "Dr.")."""
    return all(fold(word) in ("the", "our", "a", "an", "with") or is_role_word(word) or word in _TITLES for word in prefix.split())


# A title with its full stop ("Dr. Daniel C. Jones"): a word before the name, not its first name.
_TITLES = frozenset(f"{title}." for title in HONORIFICS)


# "The" or "An" inside capitalised words makes them a title ("Making The Pool"), never a name.
_ARTICLE_INSIDE = re.compile(r"\s(?:The|An)\s")


def is_full_name(text: str) -> bool:
    """A first name and surname at least, and nothing else ("Maria Ruiz", not "the director", nor a
    possessive before a title: "John Carpenter’s The Thing", nor a title with an article inside:
    "Making The Pool", nor a topic: "On Great New Music")."""
    return (
        NAME.fullmatch(text) is not None and len(text.split()) >= 2 and without_roles(text) == text
        and not _POSSESSIVE_WORD.search(text) and not _ARTICLE_INSIDE.search(text)
        and fold(text.split()[0]) not in TOPIC_LABEL_OPENERS
    )


@functools.lru_cache(maxsize=4096)
def times_named(name: str, body: str) -> int:
    """How often the body names someone, case-sensitively, so a person's name is not confused
    with words of the running text."""
    return sum(1 for _ in whole_matches(re.escape(name), body))


def role_after(name: str, text: str) -> bool:
    """Whether the text gives a role word right after the name, set off by a comma ("Next up is
    Nick Kroll, actor, caveman…", "Lena Park, the director, …"): it says who that person is."""
    return any(is_role_word(match.group("word")) for match in re.finditer(rf"\b{re.escape(name)},\s+(?:an?\s+|the\s+)?(?P<word>[\w-]+)", text))


def is_person_name(text: str) -> bool:
    """Whether the text is a name and nothing else ("John Doe", not "March 3", "Staff", "Lena's Film"
    or "Sundance Film Festival")."""
    return (
        NAME.fullmatch(text) is not None and not any(c.isdigit() for c in text) and without_roles(text) == text
        and not _POSSESSIVE_WORD.search(text) and not any(word in INSTITUTION_WORDS for word in fold(text).split())
    )


def besides_names(phrase: str, names: list[str]) -> str:
    """The words of `phrase` other than `names`, their role words and the words joining them."""
    rest = phrase
    for name in names:
        rest = rest.replace(name, " ")
    return " ".join(w for w in re.findall(r"[\w'’-]+", rest) if fold(w) not in ("and", "with") and not is_role_word(w))


def featured(text: str) -> list[str]:
    """Names a credits or intro line lists: "Featuring: Maria Ruiz, Tom Lee", "Starring X and Y"."""
    found: list[str] = []
    for match in FEATURING.finditer(text):
        listed = names_at(match.group("names"))
        # "With SubImage, he queried…" opens a sentence: a line of names after "with" is names only.
        if fold(match.group().split()[0]) != "with" or not besides_names(match.group("names"), listed):
            found.extend(listed)
    return found


def bracketed_surnames(text: str) -> list[str]:
    """Full names written as "Felix (Gebhard)" in an intro; not a full name's surname before a
    bracket ("Tamara Podemski (Coroner)" gives a film)."""
    return [
        f"{match.group(1)} {match.group(2)}" for match in _BRACKETED_SURNAME.finditer(text)
        if not re.search(rf"[{UPPER}][\w'’-]*\s+$", text[: match.start()])
    ]
