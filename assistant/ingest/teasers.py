"""Listing pages' teasers, where a site runs an interview's heading, its question and the start of
its answer together ("Interview with Carlos Segundo, director of Big Bang What interested you in
Big Bang?Big Bang is the second short film…"): cut back into heading, question and answer.
Pure functions over blocks."""

from __future__ import annotations

import re

from assistant.cues import FIRST_PERSON, INTERVIEW_BEFORE_NAME
from assistant.ingest import names
from assistant.ingest.blocks import Block
from assistant.ingest.presskit import MAX_QUESTION_WORDS, is_question
from assistant.text import sentence_spans, word_count

# A question mark run into the next sentence's capital, where a page's paragraph break was lost:
# "…such as a drawing?The seed for the story…".
_GLUED_QUESTION = re.compile(r"(?<=[a-zß-ÿ\d”’)\]]\?)(?=[A-ZÀ-ÖØ-Þ“])")
# The words a question opens with, as a capitalised word inside a heading's line.
_QUESTION_OPENING = re.compile(
    r"(?<=\s)(?:Who|Whom|Whose|What|Which|Why|How|When|Where|Was|Were|Is|Are|Did|Do|Does|Can|Could|Would|Will|Have|Had|Has|Should)\b"
)


def glued_apart(b: Block) -> list[Block]:
    """The block cut after each question mark run into the next sentence ("drawing?The seed")."""
    if b.heading:
        return [b]
    text = b.text
    # Not inside a web address ("page?Id=3").
    cuts = [m.start() for m in _GLUED_QUESTION.finditer(text) if not re.search(r"[/=&]", _token_at(text, m.start()))]
    if not cuts:
        return [b]
    parts: list[Block] = []
    rest, consumed = b, 0
    for cut in cuts:
        head, rest = rest.split(cut - consumed)
        consumed = cut
        parts.append(head)
    return [part for part in [*parts, rest] if part.text]


def _token_at(text: str, position: int) -> str:
    """The run of non-space characters around `position`."""
    start = text.rfind(" ", 0, position) + 1
    end = text.find(" ", position)
    return text[start : end if end >= 0 else len(text)]


def heading_question_apart(b: Block) -> list[Block]:
    """A paragraph naming whose interview follows and then asking ("Interview with Alexis
    Pazoumian, director of Bellus What did you want to explore…?"), cut into that heading and the
    question: at the first word opening a question after the names, when all that follows asks."""
    text = b.text
    if b.heading or not INTERVIEW_BEFORE_NAME.match(text) or not is_question(text):
        return [b]
    starts = []
    for match in _QUESTION_OPENING.finditer(text):
        heading, asked = text[: match.start()].strip(), text[match.start():]
        if not heading or not names.interviewees_in_title(heading) or FIRST_PERSON.search(asked):
            continue
        if not all(is_question(asked[a:z]) for a, z in sentence_spans(asked)) or word_count(asked) > 2 * MAX_QUESTION_WORDS:
            break
        starts.append(match)
    if not starts:
        return [b]
    # A question word before a capital may still be the title's ("director of Who Cares Why did…").
    start = next((m for m in starts if re.match(r"\s+[a-zß-ÿ]", text[m.end():])), starts[0]).start()
    head, question = b.split(start)
    return [Block(head.lines, 2, head.emphasis), question]


def opening_question_end(b: Block) -> int:
    """Where the question a paragraph opens with ends, after a premise if one leads to it
    ("Cambodia 2099 is a co-production. In your opinion, what does France offer? My group…"): the
    last of the opening sentences that asks, before any saying "I"; 0 when none asks or nothing
    follows."""
    spans = sentence_spans(b.text)
    end = 0
    for start, stop in spans[:-1]:
        sentence = b.text[start:stop]
        if FIRST_PERSON.search(sentence):
            break
        if is_question(sentence):
            end = stop
    return end if end and word_count(b.text[:end]) <= MAX_QUESTION_WORDS else 0
