"""Speakers' names set apart as turns are: a heading or a line in bold or capitals that is only
a name ("#### JONNY", "**Lena Park**"), recurring over the turns below it, made the label of each
turn ("JONNY: …"). Pure functions over blocks."""

from __future__ import annotations

import re
from collections import Counter

from assistant.cues import NOT_LABELS
from assistant.ingest import names
from assistant.ingest.blocks import Block
from assistant.ingest.presskit import is_question

# A heading that is only a speaker's name, as scripts and podcast transcripts set turns
# ("#### JONNY", "ALEX [OVERLAPPING]"): one to three capitalised words, a remark in brackets.
_NAME_HEADING = re.compile(r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2})\s*(?:[\[(][^\])]{0,40}[\])])?$")
# Headings are turns when at least this many are names, two names recur, and names are at least
# this share of the headings (a press kit's one heading per interviewee never recurs).
MIN_NAME_HEADINGS = 4
NAME_HEADING_SHARE = 0.6


def speaker_names(blocks: list[Block]) -> list[Block]:
    """Names set apart as turns are set apart: a heading that is only a speaker's name ("#### JONNY"
    then the question, "#### FAY" then her answer), a name alone on a line in bold or capitals
    ("**Lena Park**" and a line break, "<strong>Lena Park</strong><br>…"), recurring as turns do,
    made labels of the turn after them ("JONNY: …"), so the text is read as the transcript it
    is. Only where someone's turns are mostly questions: sections per person (a biography, then
    their interview) are no dialogue. Other documents come back unchanged."""
    apart = [part for b in blocks for part in _name_line_apart(b)]
    found = {i: name for i, b in enumerate(apart) if (name := _set_apart_name(b))}
    counts = Counter(names.fold(name) for name in found.values())
    headings = sum(1 for i, b in enumerate(apart) if b.heading or i in found)
    if len(found) < MIN_NAME_HEADINGS or sum(n >= 2 for n in counts.values()) < 2 or len(found) < NAME_HEADING_SHARE * headings:
        return blocks
    if not _someone_asks(apart, found):
        return blocks
    result: list[Block] = []
    for i, b in enumerate(apart):
        if i - 1 in found and not b.heading and i not in found:
            label = found[i - 1] + ":"
            shift = len(label) + 1
            result.append(Block(((apart[i - 1].first, label), *b.lines), 0, tuple((a + shift, z + shift, k) for a, z, k in b.emphasis)))
        elif i not in found:
            result.append(b)
    return result


def _first_line(b: Block) -> str:
    return " ".join(b.lines[0][1].split()) if b.lines else ""


def _set_apart_name(b: Block) -> str | None:
    """The speaker's name a block is, when it is only that, set apart: as a heading, or on one
    line in bold, italic or capitals."""
    text = _first_line(b)
    match = _NAME_HEADING.match(b.text) if len(b.lines) == 1 else None
    if match is None or names.fold(match.group("name")) in NOT_LABELS:
        return None
    if b.heading or b.wholly() or (text.isupper() and sum(c.isalpha() for c in text) >= 2):
        return match.group("name")
    return None


def _name_line_apart(b: Block) -> list[Block]:
    """A paragraph whose first line is only a name in bold or capitals, cut into that line and
    the turn below it; any other block as it is."""
    first = _first_line(b)
    if b.heading or len(b.lines) < 2 or not _NAME_HEADING.match(first):
        return [b]
    if b.lead() != first and not (first.isupper() and sum(c.isalpha() for c in first) >= 2):
        return [b]
    return list(b.split(len(first)))


def _someone_asks(blocks: list[Block], found: dict[int, str]) -> bool:
    """Whether the turns the names open (to the next name or heading) mostly end with a question
    for one of the names, as an interviewer's do (at least two, and half of that name's turns)."""
    asked: dict[str, list[bool]] = {}
    for i, name in found.items():
        end = next((j for j in range(i + 1, len(blocks)) if blocks[j].heading or j in found), len(blocks))
        if end > i + 1:
            asked.setdefault(names.fold(name), []).append(is_question(blocks[end - 1].text))
    return any(sum(flags) >= 2 and sum(flags) >= 0.5 * len(flags) for flags in asked.values())
