"""Which full name a partial one stands for in a document: a speaker label ("MALONE", "Felix",
"MR", "Z"), a first name or surname alone ("Pål", "Park"), a name written in lower case, initials,
a name after role words or a family tie, and whether a capitalised word may name anyone; and
whether a prompt addresses someone by name. Pure functions over text."""

from __future__ import annotations

import functools
import re
from collections import Counter

from assistant.cues import CLAUSE_OPENERS, ENGLISH_ARTICLES, GREETINGS, LOWER_CASE_NAME_STOPS, NAME_PARTICLES, PRONOUNS
from assistant.ingest.names import DATE_WORDS, NAME, fold, is_full_name, is_person_name, is_role_word, names_at, whole_matches, without_roles
from assistant.quote_cues import KIN_NAMED

# Words opening a sentence before a name that are no part of it.
# ("The Tacoma aroma" names no "The Tacoma": an article opens no name either.)
_OPENERS = CLAUSE_OPENERS | PRONOUNS | GREETINGS | ENGLISH_ARTICLES
# A capitalised word, and a possessive ending: "Springsteen's" is "Springsteen".
CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'’-]*")
POSSESSIVE = re.compile(r"['’]s$")
# A capital inside a word, not after "Mc", "Mac", "O'" or a hyphen: a brand ("SubImage", "iPhone").
_INNER_CAPITAL = re.compile(r"(?<!^Mc)(?<!^Mac)(?<!^O['’])(?<![-–])(?<=[a-zß-ÿ])[A-ZÀ-ÖØ-Þ]")
# A compound with a lower-case part: "T-intersections", "Self-driving".
_LOWER_PART = re.compile(r"[-–][a-zß-ÿ]")


def initials(name: str) -> str:
    """"Maria Ruiz" → "MR"."""
    return "".join(word[0] for word in name.split() if word[:1].isalpha()).upper()


def initials_of(label: str) -> str | None:
    """The letters of a label that is two or three initials, spaced or not ("RJ", "R J" → "RJ"), else None."""
    words = label.split()
    if len(words) == 1 and 2 <= len(words[0]) <= 3 and words[0].isalpha():
        return words[0]
    if 2 <= len(words) <= 3 and all(len(word) == 1 and word.isalpha() for word in words):
        return "".join(words)
    return None


def initialled_name(label: str, body: str) -> str | None:
    """The one full name in `body` whose initials a label in capitals is ("JH" → the "Jaron
    Herren" of the title); None when no name or several have them."""
    if initials_of(label) is None or not label.isupper():
        return None
    return resolve(label, list(full_names_in(body)))


@functools.lru_cache(maxsize=8)
def full_names_in(body: str) -> tuple[str, ...]:
    """The full names a text holds, role words before or after them aside, sorted, once each; not
    words opening a sentence on a conjunction, preposition or article ("And God, those mixes…").
    Read once per text (a tuple: the cache's one copy is shared)."""
    return tuple(sorted({
        name for match in NAME.finditer(body)
        if is_full_name(name := without_roles(match.group())) and fold(name.split()[0]) not in _OPENERS
    }))


# One or two capitalised words right after a first name, the rest of a full name ("Pål" then
# " Ulvik Rokseth, the Norwegian…"), capitals inside a word too ("Ross" then " McGowan").
_SURNAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]*(?:[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+)*"
_POSSESSIVE_END = re.compile(r"['’]s$")
_NAMES_AFTER = re.compile(rf"[ \t]+({_SURNAME_WORD}(?:[ \t]+{_SURNAME_WORD})?)(?![\w'’-])")


# A word in lower case, as running text writes common words ("research", "film").
_LOWER_CASE_WORD = re.compile(r"(?<![\w'’-])[a-zß-ÿ][a-zß-ÿ'’-]*")


@functools.lru_cache(maxsize=8)
def words_in_lower_case(body: str) -> frozenset[str]:
    """The words `body` writes in lower case somewhere, folded ("research", "film")."""
    return frozenset(fold(word) for word in set(_LOWER_CASE_WORD.findall(body)))


def first_name_in_full(name: str, body: str, least: int = 1) -> str | None:
    """The body's most frequent full name opening with a one-word name ("Pål" → "Pål Ulvik
    Rokseth"), given at least `least` times (in the possessive too: "Arkady Martine's story");
    None when it gives none."""
    given = Counter(
        full for match in whole_matches(re.escape(name), body)
        if (after := _NAMES_AFTER.match(body, match.end())) and is_person_name(full := f"{name} {_POSSESSIVE_END.sub('', after.group(1))}")
    )
    full, count = given.most_common(1)[0] if given else ("", 0)
    return full if count >= least and len(name.split()) == 1 else None


# One or two capitalised words right before a surname, the rest of a full name ("Lena" before
# "Park"; "Nicole" before a nickname in quotes, "Nicole “Coco” Medvitz"; a double hyphen is a
# dash, no part of a word: "SANTA CRUZ, CA--Nicole"; a word in lower case after a hyphen describes
# the one named, "Super-fan Dan Eitner"; a middle initial, "Tatiana S. Riegel"), looked for this many characters back.
_NAMES_BEFORE = re.compile(r"(?:(?<=--)|(?<![\w'’-]))([A-ZÀ-ÖØ-Þ](?:[\w'’]|-(?![-a-zß-ÿ]))+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+|[ \t]+[A-ZÀ-ÖØ-Þ]\.)?)(?:[ \t]+[\"“][A-ZÀ-ÖØ-Þ][\w'’.-]*[\"”])?[ \t]+$")
NAME_LOOKBEHIND = 80
_AFTER_ARTICLE = re.compile(r"\bthe[ \t]+$")
# A second capitalised surname right after a name, then a comma or the end ("Felipe Rojas Silva, an
# architect").
_SURNAME_AFTER = re.compile(r"[ \t]+([A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+)(?=[,.;:)]|\s*$)")


def surname_in_full(name: str, body: str) -> str | None:
    """The body's first full name ending with a one-word name ("Park" → "Lena Park"; "Rojas"
    → "Felipe Rojas Silva"), role words and a clause's opening word before it left out ("As Grimes
    put it" names no "As Grimes"); None when it gives none."""
    if len(name.split()) != 1:
        return None
    # Looked up where the name occurs (the document's word index), not by a scan of the whole
    # text per name, which made parsing grow with quotations × length.
    # The fuller forms in the order the body gives them.
    fuller: dict[str, None] = {}
    # A newspaper may set the first mention in capitals ("BRUCE SPRINGSTEEN was confined…"): the
    # name in capitals counts, read in title case.
    capitals = list(whole_matches(re.escape(name.upper()), body)) if not name.isupper() else []
    for match in [*whole_matches(re.escape(name), body), *capitals]:
        before = _NAMES_BEFORE.search(body, max(0, match.start() - NAME_LOOKBEHIND), match.start())
        if before and not _run_in_label(body, before.start(1), match.end()):
            # "Felipe Rojas Silva" then "Rojas said": the first of two surnames is the person too.
            after = _SURNAME_AFTER.match(body, match.end())
            if after is None and _NAMES_AFTER.match(body, match.end()):
                # "Miami Steve Van Zandt has been…": more of a name goes on after the word, which
                # is no surname there ("Steve" is no "Miami Steve").
                continue
            if _AFTER_ARTICLE.search(body, max(0, before.start(1) - 4), before.start(1)):
                # "the Night Bus Depot will open": a thing's name, no one's.
                continue
            given = before.group(1) if match.group() == name else before.group(1).title()
            fuller.setdefault(f"{given} {name}" + (f" {after.group(1)}" if after else ""))
    # ("Like Steve Stills, he said…": with its opening word left out, the name opens on the word,
    # a first name, and ends with none.)
    candidates = [
        full for n in fuller
        if len((full := without_roles(without_clause_opener(n))).split()) >= 2 and full.split()[0] != name and is_person_name(full)
    ]
    # The first full name given, as a news story introduces the one it quotes by surname after
    # ("Floyd Bradley" … "Bradley said"), relatives with the same surname given in full each time
    # ("Carol Bradley").
    return candidates[0] if candidates else None


def _run_in_label(body: str, start: int, end: int) -> bool:
    """Whether the words body[start:end] with a colon after them stand inside a line: a
    transcript's label run into the line before ("…last night at the Garden Tom: It was loud"),
    whose words before it are no part of the name (as "Lena Park:" opening a line is)."""
    line_start = body.rfind("\n", 0, start) + 1
    return body[end : end + 1] == ":" and bool(body[line_start:start].strip(" \t#*>-"))


def without_clause_opener(name: str) -> str:
    """A name found before a surname, or before a verb, from the word after the last capitalised
    preposition, pronoun or greeting opening its sentence: "For Bauman, the value…" names
    "Bauman", "…in Minutes With SubImage" names "SubImage", "Hi Drew thanks…" names "Drew",
    "Below Krupnick tells us…" names "Krupnick"."""
    words = name.split()
    openers = [i for i, word in enumerate(words) if fold(word) in _OPENERS]
    return " ".join(words[openers[-1] + 1 :]) if openers else name


def written_in_lower_case(first: str, body: str) -> str | None:
    """The full name a person writes in lower case ("danah boyd"), from the word that follows
    their one-word name twice or more in `body`; None when no word does."""
    following = Counter(
        match.group(1) for match in re.finditer(rf"\b{re.escape(first)}\s+([a-zß-öø-ÿ][\w'’-]{{1,20}})\b", body)
        if match.group(1) not in LOWER_CASE_NAME_STOPS
    )
    word, count = following.most_common(1)[0] if following else ("", 0)
    return f"{first} {word}" if count >= 2 else None


def label_forms(people: list[str]) -> set[str]:
    """How a label may name these people, folded: a full name, the surname, or a first name (or
    its initial) no other of them shares ("paul schrader", "schrader", "paul", "p")."""
    firsts = [fold(name).split()[0] for name in people if len(name.split()) > 1]
    unique_firsts = {first for first in firsts if firsts.count(first) == 1}
    return {fold(name) for name in people} | {fold(name).split()[-1] for name in people if name.split()} | unique_firsts | _first_initials(firsts)


def _first_initials(firsts: list[str]) -> set[str]:
    """First names' initials no other first name shares ("z" for Zsuzsanna beside Borbala), as
    two people interviewed together are labelled ("Z: The first idea…"); never "q" or "a"."""
    initials = [first[0] for first in firsts]
    return {i for i in initials if initials.count(i) == 1 and i not in ("q", "a")}


def resolve(label: str, known: list[str]) -> str | None:
    """The known full name a label stands for: the same name, a surname or first name of exactly
    one known name ("MALONE" → "Kenny Malone", "Felix" → "Felix Gebhard"), its first name's
    initial ("Z" → "Zsuzsanna Kreif") or its initials ("MR" → "Maria Ruiz"); None when no known
    name fits or several do."""
    key = fold(label)
    for name in known:
        if fold(name) == key:
            return name
    spaced = initials_of(label)
    if spaced is not None and label.isupper():
        # "R J" as "RJ".
        label, key = spaced, fold(spaced)
    words = key.split()
    if len(words) == 1:
        matches = {name for name in known if key in fold(name).split()}
        if len(key) == 1 and key in _first_initials([fold(name).split()[0] for name in known if len(name.split()) > 1]):
            # "Z:" beside "Interview with Zsuzsanna Kreif and Borbala Zétényi".
            matches = {name for name in known if len(name.split()) > 1 and fold(name)[0] == key}
        if len(matches) == 1:
            return matches.pop()
        if label.isupper() and 2 <= len(label) <= 3:
            # "TR" for "Tatiana S. Riegel": the middle initial or name may be left out.
            matches = {name for name in known if len(name.split()) >= 2 and label in (initials(name), initials(name)[0] + initials(name)[-1])}
            if len(matches) == 1:
                return matches.pop()
    return None


# A word that may come before the name a speaker addresses: "Yeah Jack, I would love to hear…".
_ADDRESS_OPENING = r"(?i:(?:yeah|yes|so|and|well|now|okay|ok|oh|hey|right)\s*,?\s+)"


def addresses(prompt: str, name: str) -> bool:
    """Whether a prompt speaks to the person by name: "Emma, what inspired you?", "And you, Tom?",
    "Yeah Jack, I would love to hear…" (the full name, first name or surname, set off by a comma
    at either end, after a word such as "yeah" or "so" at the start)."""
    parts = name.split()
    forms = sorted({name, parts[0], parts[-1]}, key=len, reverse=True) if parts else []
    spoken = "|".join(re.escape(form) for form in forms)
    return bool(forms) and bool(re.search(rf"^\s*(?:{_ADDRESS_OPENING})?(?:{spoken})\s*,|,\s*(?:{spoken})\s*[?.!]?\s*$", prompt))


def person_from_first_name(name: str, body: str) -> str | None:
    """The full name a first name opens in the text, when it is a person's ("Bruce" → "Bruce
    Springsteen"; not "Ties" → "Ties That Bind", an album's title)."""
    full = first_name_in_full(name, body)
    return full if full and is_person_name(full) and not any(fold(word) in PRONOUNS for word in full.split()) else None


# The prepositions before a place ("…tomorrow at Boston Garden", "…a jazz family in New Orleans").
PLACE_PREPOSITIONS = r"(?:at|in|near|inside|outside|into|across|around|through)"


@functools.lru_cache(maxsize=1024)
def named_as_place(name: str, body: str) -> bool:
    """Whether the text names `name` as a place, after a place's preposition ("…performs tonight
    and tomorrow at Boston Garden"). Read once per name and document (a scan of the whole text)."""
    return re.search(rf"\b{PLACE_PREPOSITIONS}\s+(?:the\s+)?{re.escape(name)}\b", body) is not None


def may_name_someone(word: str, known: list[str], body: str) -> bool:
    """Whether a capitalised word in narration may be a person's name: not "I", not an acronym
    ("IAM") nor a brand's capitals inside a word ("SubImage") unless the document gives it a
    person's full name, nor a compound with a lower-case part ("T-intersections"), nor a month or
    a weekday ("…which occurred on September 21st.")."""
    if word == "I" or _LOWER_PART.search(word) or fold(word) in DATE_WORDS:
        return False
    inner = _INNER_CAPITAL.search(word) is not None or word.isupper()
    return not inner or full_name(word, known, body) is not None


def named_by_tie(name: str, sentence: str) -> str | None:
    """A first name alone that the sentence gives after a family tie ("Houston's brother Gary"):
    the name the document knows them by, though it gives no surname."""
    return name if any(match.group("who") == name for match in KIN_NAMED.finditer(sentence)) else None


def name_after_roles(phrase: str) -> list[str]:
    """The name a phrase gives after its last role word ("Festival Director Dan Robinson",
    "Director of Programming Trevor Groth": an "of" and one word after the role are the role's)."""
    words = phrase.split()
    roles = [k for k, word in enumerate(words) if is_role_word(word)]
    if not roles:
        return []
    rest = words[roles[-1] + 1 :]
    if rest[:1] == ["of"]:
        rest = rest[2:]
    return [name for name in names_at(" ".join(rest)) if is_person_name(name)][:1]


def _ending_with(surname: str, known: list[str], body: str) -> str | None:
    """The one known name, else the one full name of the body, ending with `surname`."""
    ending = " " + fold(surname)
    for names in (known, full_names_in(body)):
        fuller = {name for name in names if fold(name).endswith(ending)}
        if len(fuller) == 1:
            return fuller.pop()
    return None


def person_named_after(phrase: str) -> list[str]:
    """The first full name of a person in a phrase describing them ("Duke University exhibit
    librarian Meg Brown" → ["Meg Brown"]), past capitalised words that name no one."""
    return next(([name] for match in NAME.finditer(phrase) if is_full_name(name := match.group()) and is_person_name(name)), [])


def full_name(name: str, known: list[str], body: str) -> str | None:
    """A name in full: as given when it has two words or more, unless it is a surname opening on a
    particle ("Van Zandt" → the "Steven Van Zandt" known or given in full once); a surname or first
    name as a known name or the body's first full name ending with it ("Lee" → "Tom Lee"); else None."""
    if len(name.split()) >= 2:
        if fold(name.split()[0]) in NAME_PARTICLES and (fuller := _ending_with(name, known, body)):
            return fuller
        return name if is_person_name(name) else None
    resolved = resolve(name, known)
    if resolved:
        return resolved
    return surname_in_full(name, body)
