"""Who a title says is interviewed: "Interview with Thierry Arbogast", "Q&A: Coming of Age with
Sky Ferreira", "After Yang as seen by Kogonada", "Jess Gonchor in conversation"; and the outlet
a title puts before its interview. Pure functions over text."""

from __future__ import annotations

import re

from assistant.cues import DOCUMENT_WORDS, INTERVIEW_AFTER_NAME, INTERVIEW_BEFORE_NAME, PRONOUNS, SEEN_BY_NAME, TITLE_SEPARATOR, WORK_DETERMINERS
from assistant.ingest.names import UPPER, before_title_case_words, besides_names, fold, is_full_name, is_role_word, names_at, person_name, role_after, times_named

# Capitalised words before "Q&A with" or "Interview with": an outlet's name.
_OUTLET_BEFORE_INTERVIEW = re.compile(
    rf"^\s*(?P<outlet>(?:[{UPPER}0-9][\w'’&.-]*\s+){{1,4}})(?=(?:Q\s*&\s*A|Q\s+and\s+A|Interview|Conversation)\s+with\s)"
)

# Words that stand where a name would before "Q&A" or "interview" and are none ("Your Q&A").
_DETERMINERS = PRONOUNS | WORK_DETERMINERS | {"your", "its"}


def interviewees_in_title(title: str, body: str = "") -> list[str]:
    """Who a title says is interviewed: "Interview with Thierry Arbogast", "Q&A With Filmmaker
    Drew Christie", "X in conversation"; a site name around the title is ignored, and a title in
    capitals is read with the names spelled as in `body`."""
    return [_as_named(name, body) for name in _named_in_title(title, body)]


def _as_named(name: str, body: str) -> str:
    """A name read from a headline in title case, cut where it runs into the headline's other
    words: at a capitalized preposition or article, or, for a name of three words or more, to the
    longest part of it (two words at least) that the body names when it never repeats the whole
    ("Ann Dowd Deconstructs 'The Handmaid's Tale'" → "Ann Dowd")."""
    words = before_title_case_words(name).split()
    whole = times_named(" ".join(words), body) if body and words else 0
    # The whole name given nowhere but in the headline: "Gael García Bernal", repeated, stays whole.
    if len(words) >= 3 and body and whole <= 1:
        for size in range(len(words) - 1, 1, -1):
            if times_named(" ".join(words[:size]), body) > whole:
                return " ".join(words[:size])
    return " ".join(words)


# "2007 Exit Interview: Nick Kroll": a name alone after a colon closing on the word interview.
_NAME_AFTER_INTERVIEW_COLON = re.compile(r"(?i)\b(?:interview|q\s*&\s*a|conversation)\s*:\s*(?P<name>[^:]+?)\s*$")


# "The Gothamist Band Interview: Grizzly Bear": the title says the one after the colon is a group,
# which a name's shape alone cannot tell from a film's.
_GROUP_INTERVIEW = re.compile(r"(?i)\b(?:band|group|duo|trio|quartet|collective|ensemble|orchestra|choir|troupe)\s+(?:interview|q\s*&\s*a)\s*:")


def _called_a_person(name: str, body: str) -> bool:
    """Whether the body calls `name` by its last word alone, or gives a role word right after it."""
    return times_named(name.split()[-1], body) > times_named(name, body) or role_after(name, body)


# "Lindsay Lohan's Uncomfortable Interview With David Letterman", "Watch Lou Reed's Final
# Interview: …": the one in the possessive is interviewed, the one after "with" hosts.
_INTERVIEW_OF_OWNER = re.compile(
    rf"(?P<owner>[{UPPER}][\w.-]*(?:\s+[{UPPER}][\w.-]*){{1,3}})['’]s\s+(?:[{UPPER}][\w-]*\s+){{0,3}}(?i:interview)(?:\s+(?i:with)\b|\s*[:–—]|\s*$)"
)


def _named_in_title(title: str, body: str) -> list[str]:
    if title.isupper():
        title = person_name(title, body)
    owner = _INTERVIEW_OF_OWNER.search(title)
    if owner:
        # "Watch Lou Reed's…": the headline's verb runs into the name; the name is the longest
        # ending of it the body gives more often than the whole.
        words = owner.group("owner").split()
        endings = [" ".join(words[k:]) for k in range(len(words) - 1)]
        named = next((ending for ending in endings if times_named(ending, body) > times_named(endings[0], body)), endings[0] if endings else "")
        if is_full_name(named):
            return [named]
    after_colon = _NAME_AFTER_INTERVIEW_COLON.search(title)
    named = after_colon.group("name") if after_colon else ""
    # Only a name the body calls someone by is someone's: by surname alone, or with a role after
    # it ("Next up is Nick Kroll, actor…"), or a group's the title calls one ("Band Interview:
    # Two Gallants"); "Filmmaker Interview: Night Bus" is a film's.
    if named and names_at(named) == [named] and is_full_name(named) and (_called_a_person(named, body) or _GROUP_INTERVIEW.search(title)):
        return [named]
    # A headline before a colon: "“The World Is, of Course, Insane”: An Interview with Errol Morris";
    # an outlet before the interview: "Reading Group Choices Q&A with Anne Nesbet".
    outlet = _OUTLET_BEFORE_INTERVIEW.match(title)
    for part in [title, *TITLE_SEPARATOR.split(title), *title.split(": ")[1:], *([title[outlet.end():]] if outlet else [])]:
        before = INTERVIEW_BEFORE_NAME.match(part)
        if before:
            names = names_at(before.group("name"))
            if names and all(fold(name) in DOCUMENT_WORDS for name in names):
                # "Interview Script (Austin - Master Student at UQ)": the one interviewed is in the brackets.
                names = [name for inner in re.findall(r"\(([^)]*)\)", before.group("name")) for name in names_at(inner)]
            # "Interview Julia X 3-D Feature Film": with nothing joining them, the words after
            # "interview" (up to a comma, bracket or dash) are names only when they are all names.
            if not before.group("role") and not before.group("joined") and names_with_other_words(before.group("name")):
                names = []
            # "Q&A: Coming of Age with Sky Ferreira": a topic's first word before "with" a full name is no one.
            joined = re.search(r"\bwith\s+(?P<rest>.+)$", before.group("name"))
            if joined and names and not any(is_full_name(name) or name.isupper() for name in names):
                names = [name for name in names_at(joined.group("rest")) if is_full_name(name)] or names
            # "Spotlight on Sustainability": a spotlight falls on topics too, an interview on a person.
            if re.search(r"(?i)\bspotlight\b", part[: before.start("name")]) and not all(is_full_name(name) for name in names):
                names = []
            if names:
                return names
        seen_by = SEEN_BY_NAME.search(part)
        if seen_by:
            # One capitalised word is all the name there is ("as seen by Kogonada"): a mononym.
            names = names_at(seen_by.group("name")) or re.findall(rf"^[{UPPER}][^\W\d_]+$", seen_by.group("name"))
            if names:
                return names
        after = INTERVIEW_AFTER_NAME.match(part)
        if after:
            names = names_at(after.group("name"))
            # Before "…: the interview" the names are all there is ("Doc U Recap: Directing for
            # Documentary: The Interview" names no one called "Doc"); "Your Q&A" is no one's.
            if names and not besides_names(after.group("name"), names) and not any(fold(name) in _DETERMINERS for name in names):
                return names
    return []


def outlet_of(title: str) -> str | None:
    """The outlet a heading puts before its interview ("Reading Group Choices" in "Reading Group
    Choices Q&A with Anne Nesbet"), when it names who is interviewed; None otherwise."""
    outlet = _OUTLET_BEFORE_INTERVIEW.match(title)
    words = outlet.group("outlet").split() if outlet else []
    # "Filmmaker Q&A with …", "The Big Interview with …": a role or an article, no outlet.
    if not words or fold(words[0]) in ("the", "a", "an", "our", "exclusive") or any(is_role_word(w) for w in words):
        return None
    return " ".join(words) if interviewees_in_title(title) else None


def names_with_other_words(phrase: str) -> bool:
    """Whether the names opening `phrase` run on into other words before any comma, bracket or
    dash ("Julia X 3-D Feature Film"), as a title's do; "Lena Park, director of…" does not."""
    head = re.split(r"\s*[,(–—|.:;]|\s-\s", phrase)[0]
    found = names_at(head)
    # "Q&A Fail? (what I should have said…)": a word asking is no name.
    return bool(found) and (bool(besides_names(head, found)) or "?" in head)
