"""Who narration is about: the person a sentence opens with, whom "he" or "she" stands for after
a sentence, the one a section's narration names most, and the capitalised words that are no
one's names. Pure functions over text, read by `quotes` and `layout`."""

from __future__ import annotations

import functools
import re

from assistant.cues import ENGLISH_ARTICLES, FIRST_PERSON, HONORIFICS, SINGULAR_THIRD_PERSON, SINGULAR_THIRD_PERSON_POSSESSIVE
from assistant.ingest import name_forms, names
from assistant.ingest.quotations import title_words, unquoted
from assistant.quote_cues import ASKED_PASSIVE, REPORTED_ASIDES, REPORTED_SPEECH, SPEAKING_PRONOUNS, TALKED_TO

# Narration names the person it is about by surname at least this often.
MIN_SUBJECT_MENTIONS = 2
# Capitalised words naming a work by what it is, the noun capitalised too: "Dragon Day Movie",
# "DRAGON DAY PRESS KIT" (not after "A", a credit: "A Jeffrey Travis Film"; "the Lena Park film" is
# hers). Neither the title's words nor the noun's ("Press Kit") are anyone's name.
_WORK_TITLE = re.compile(r"(?<![Aa] )(?<![\w'’-])(?P<work>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3})[ \t]+(?:Movie|MOVIE|Film|FILM|Press[ \t]+Kit|PRESS[ \t]+KIT|Press[ \t]+Notes|PRESS[ \t]+NOTES|EPK)\b")


def opening_person(text: str, known: list[str], body: str) -> str | None:
    """The person the text opens with, as the document names them in full ("Yorke really hates
    cars" → "Thom Yorke"), or None (and None when its first name is no one's: "Frame & Reference
    Podcast - 211:" names no "Reference Podcast")."""
    # ("The Dark Side: “…”" is a topic: no name opens on an article.)
    opening = [name for name in names.names_at(text) if names.fold(name.split()[0]) not in ENGLISH_ARTICLES]
    return name_forms.full_name(opening[0], known, body) if opening else None


def tells_of(name: str, text: str) -> bool:
    """Whether a paragraph is the page telling of someone: it names them by any part of their
    name and calls them "he" or "she", and never says "I" outside the quotations it reports
    ("Rob is currently working on his second feature…", "You can check out Scott's website… his
    company")."""
    narration = unquoted(text)
    return (
        bool(names.name_parts(name).search(narration)) and not FIRST_PERSON.search(narration)
        and bool(SINGULAR_THIRD_PERSON.search(narration) or SINGULAR_THIRD_PERSON_POSSESSIVE.search(narration))
    )


def narration_subject(narration: list[str], known: list[str], body: str) -> str | None:
    """The person narration is about, where a section's heading names no one ("## Archival
    passion" over "…Professor of Film and Digital Media Lusztig finds stories… Lusztig, who
    joined…"): the one whose surname it says most, MIN_SUBJECT_MENTIONS times at least (the first
    of those tied), as the document names them in full. None when no one is said that often."""
    text = " ".join(narration)
    said: dict[str, list[int]] = {}
    for match in name_forms.CAPITALISED.finditer(text):
        said.setdefault(name_forms.POSSESSIVE.sub("", match.group()), []).append(match.start())
    lower_case = name_forms.words_in_lower_case(body)
    people: dict[str, tuple[int, int]] = {}
    for word, places in said.items():
        if len(places) < MIN_SUBJECT_MENTIONS or word.isupper():
            continue
        # A name is names only: "Los Angeles Film" (the text also says "film") is no one's.
        full = name_forms.full_name(word, known, body)
        if full and full.split()[-1] == word and not any(names.fold(part) in lower_case for part in full.split()):
            people[full] = (len(places), -places[0])
    # "Jennifer Maytorena" is part of "Jennifer Maytorena Taylor", the one person.
    whole = {full: rank for full, rank in people.items() if not any(other != full and other.startswith(full + " ") for other in people)}
    return max(whole, key=whole.get) if whole else None


@functools.lru_cache(maxsize=8)
def no_one_named(title: str, body: str) -> frozenset[str]:
    """Capitalised words that are no one's names, folded: the page's subject, a company or a work
    its title names ("…With SubImage"), and words the text also writes in lower case ("the
    Transportation Research Board" beside "research"). Read once per document."""
    # ("Steve Van Zandt: Miami, Bruce, and Roots": "Steve", the body's "Steve smiles", is someone's
    # first name; "Miami" no one's.)
    subject = {
        names.fold(word) for word in name_forms.CAPITALISED.findall(title)
        if not (name_forms.full_name(word, [], body) or (name_forms.first_name_in_full(word, body) and _first_name_alone(word, body)))
    }
    # "Dragon Day Movie", "DRAGON DAY PRESS KIT": a work's title, not someone's name ("A Lena Park
    # Film" credits a person).
    works = {names.fold(word) for match in _WORK_TITLE.finditer(body) for word in match.group().split()}
    return frozenset(subject | works) | name_forms.words_in_lower_case(body)


def _first_name_alone(word: str, body: str) -> bool:
    """Whether the body uses a word alone, as a person's first name ("Steve smiles", "Did Steve
    think…"): not before another capitalised word nor after an article ("the Night Bus Depot")."""
    return any(
        not re.match(r"\s+[A-ZÀ-ÖØ-Þ]", body[m.end():]) and not re.search(r"\b(?i:the|a|an)\s+$", body[max(0, m.start() - 5): m.start()])
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", body)
    )


# The writer's question about the one written about: "Has he been following…?", "Did she ever…?".
# A thing's name after "called" or "named": "a band called Grin", "a film titled Night Buses".
_CALLED = re.compile(r"\b(?:called|named|titled|entitled|dubbed)\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3})")
# Conjunctions that may open a sentence before its subject.
_JOINING = frozenset("and but so yet then still".split())
# A subordinate clause fronted before the main one, up to its comma: "Just as Isaac Asimov… wove
# narratives…, Knuth…", "As to the departure of Vini Lopez, Bruce…", "While Lee filmed, Park…".
_FRONTED_CLAUSE = re.compile(r"^\s*(?:Just\s+as|As|Like|Unlike|While|When|Whereas|Although|Though|After|Before|Since|Because)\b[^,;:“”\"]{3,200},\s+(?P<main>.+)$")
# A place after its preposition ("…a jazz family in New Orleans"), its words no one's name; not a
# possessive ("…in Springsteen's band").
_PLACE = re.compile(rf"\b{name_forms.PLACE_PREPOSITIONS}\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w-]*){{0,3}})\b(?!['’])")
_ASKED_ABOUT_PRONOUN = re.compile(r"(?i)\b(?:has|have|had|does|did|is|was|will|would|can|could)\s+(?:he|she)\b[^?]*\?\W*$")


def talked_about(sentence: str, last: str | None, known: list[str], body: str, no_one: frozenset[str]) -> str | None:
    """Who "he" or "she" means after a sentence of narration: the person it opens with ("Morris
    tweets often…"), else the one quoted last unless it names anyone else ("…Bell feels that
    Costner…": "She says" is then no one known); with no one quoted yet, the one person it names.
    Words in `no_one` are no one's names."""
    # "Quoting Alfred Hitchcock, Mr. Veit Helmer said that…", "Tim League has talked to West Side
    # Rag…": the one reported speaking, named right before the verb; not a title in quotes before
    # it ("Director of ‘A Sacred Gaucho’ said that…").
    speaking = next(
        (
            match.group("who") for pattern in (ASKED_PASSIVE, REPORTED_SPEECH, *REPORTED_ASIDES, TALKED_TO) for match in pattern.finditer(sentence)
            if not match.groupdict().get("apart") and names.fold(match.group("who")) not in SPEAKING_PRONOUNS and not match.group("who").endswith(("’", "'"))
        ),
        "",
    )
    if speaking and (said := names.names_at(speaking)) and (full := name_forms.full_name(said[-1], known, body) or name_forms.named_by_tie(said[-1], sentence)):
        return full
    # "Just as Isaac Asimov… wove narratives…, Knuth delights in…", "As to the departure of Vini
    # Lopez, Bruce was deliberately vague": a clause fronted before a comma names others; the main
    # clause's subject, the one name in it, is who the sentence is about ("…, Bell feels that
    # Costner…" names two).
    fronted = _FRONTED_CLAUSE.match(sentence)
    if fronted and len(said := names.names_at(main := fronted.group("main"))) == 1 and len(name_forms.CAPITALISED.findall(main)) == len(said[0].split()):
        return talked_about(main, last, known, body, no_one)
    # "Receiving Steven Roger’s script, many…": a participial phrase's name is not what the sentence is about.
    # ("The Greetings album put 'em both on the map": no name opens on an article.)
    opening = [
        name for name in names.names_at(sentence)
        if not set(names.fold(name).split()) <= no_one and names.is_person_name(name_forms.POSSESSIVE.sub("", name))
        and names.fold(name.split()[0]) not in ENGLISH_ARTICLES
    ] if not names.opens_on_participle(sentence) else []
    # "Millard-Ball's interest in research…" is about Millard-Ball; "Pål’s vision…", by first
    # name, about Pål Ulvik Rokseth.
    if opening and (full := name_forms.full_name(name_forms.POSSESSIVE.sub("", opening[0]), known, body) or name_forms.first_name_in_full(name_forms.POSSESSIVE.sub("", opening[0]), body)):
        return full
    words = sentence.split()
    # ("But she said growing up in Los Angeles… is how she caught the bug": a conjunction before it.)
    subject_word = words[1] if len(words) > 1 and names.fold(words[0]) in _JOINING else (words[0] if words else "")
    if names.fold(subject_word) in SPEAKING_PRONOUNS or _ASKED_ABOUT_PRONOUN.search(sentence):
        # "He was the director behind Springsteen's video", "So: has he been following The
        # Sopranos, in which Steve Van Zandt…?": about the one "he" stands for, not whom it names after.
        return last
    # Words of a short quotation are a title's ("“Western Stars” goes far deeper…"), no one's name.
    own = set(names.fold(last).split()) if last else set()
    own |= {names.fold(word) for word in title_words(sentence)}
    # "…fronted a band called Grin": what something is called is its name, no one's.
    own |= {names.fold(word) for match in _CALLED.finditer(sentence) for word in match.group("name").split()}
    own |= {names.fold(word) for match in _PLACE.finditer(sentence) for word in match.group("name").split()}
    # "…a look at Springsteen's life": the name without its possessive.
    others = [
        name_forms.POSSESSIVE.sub("", w) for w in name_forms.CAPITALISED.findall(sentence)[1:]
        if (folded := names.fold(w).split("'")[0].split("’")[0]) not in own and folded not in no_one and w not in HONORIFICS
        and name_forms.may_name_someone(w, known, body)
    ]
    if not others:
        return last
    # With no one quoted yet, a person named alone is who the narration is about ("…required
    # something Bauman didn't have"), not one named after a preposition ("…her interview with
    # Oprah Winfrey aired"), nor a place ("…buying it in New Jersey from a worker").
    named = rf"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+){{0,3}}{re.escape(others[0])}\b"
    # ("…a look at Springsteen's life" is about him: a possessive after a place's preposition.)
    after_preposition = re.search(rf"\b(?:of|with|by|for|about|from|to)\s+{named}|\b(?:in|at|on|near|into|across|around|through)\s+{named}(?!['’]s\b)", sentence)
    # "…acute for Bruce Springsteen, an artist who's spent…": a role in apposition says the
    # narration is about the one after the preposition.
    apposed = re.search(rf"\b(?P<who>{re.escape(others[0])}(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){{0,2}}),\s+(?:an?|the)\s+(?P<role>(?:[\w'’-]+\s+){{0,2}}[\w'’-]+)", sentence)
    described = bool(apposed) and any(names.is_role_word(word) for word in apposed.group("role").split())
    if last is None and described:
        return name_forms.full_name(apposed.group("who"), known, body)
    # ("…and Bruce Springsteen was still wide awake": a first name then the surname, in full.)
    full = (name_forms.full_name(others[0], known, body) or name_forms.person_from_first_name(others[0], body)) if last is None and not after_preposition else None
    return full if full and all(names.fold(word) in names.fold(full).split() for word in others) else None
