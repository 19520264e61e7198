"""From a laid-out document to passages: joined text, sentence-bounded chunks, stable ids (shared by
every document format)."""

from __future__ import annotations

import dataclasses
import hashlib
import re

from assistant.config import Settings
from assistant.data import Passage
from assistant.ingest.blocks import Block, Exchange
from assistant.ingest.layout import Layout
from assistant.text import join_lines, sentence_spans, vocabulary, word_count

DEFAULT_MAX_PASSAGE_WORDS = Settings.max_passage_words
# A "word" longer than this is cut: no word or link is, only data pasted into a document.
MAX_WORD_CHARS = 100
_WORD = re.compile(rf"\S{{1,{MAX_WORD_CHARS}}}")
# The editor's note on the interview itself, set as a paragraph of its own after an answer ("This
# interview has been edited for length and clarity.", "(A version of this interview was included
# in…"): no one's words, and no answer to the question before it.
EDITORS_NOTE = re.compile(
    r"(?i)^\W*(?:a\s+version\s+of\s+|portions\s+of\s+|parts\s+of\s+)?this\s+(?:interview|conversation|q\s*&\s*a|transcript)\s+"
    r"(?:has\s+been|had\s+been|was|is|first|originally|appeared|appears)\b"
)


def passage_id(source: str, interview: str, question: str | None, text: str) -> str:
    """A stable id: the same document, section, prompt and text always give the same id."""
    key = "\x1f".join([source, interview, question or "", text])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _bounded(spans: list[tuple[int, int]], max_words: int, text: str) -> list[tuple[int, int]]:
    """The sentence spans, a sentence longer than `max_words` (text without sentence ends: a
    table dump, one 200,000-character line) cut between words into balanced pieces of at most
    `max_words`; a run of over MAX_WORD_CHARS characters without a space counts as several words."""
    bounded: list[tuple[int, int]] = []
    for start, end in spans:
        if word_count(text[start:end]) <= max_words and end - start <= max_words * MAX_WORD_CHARS:
            bounded.append((start, end))
            continue
        words = [(start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]
        size = -(-len(words) // -(-len(words) // max_words))
        bounded.extend((words[i][0], words[min(i + size, len(words)) - 1][1]) for i in range(0, len(words), size))
    return bounded


def _chunks(spans: list[tuple[int, int]], max_words: int, text: str) -> list[tuple[int, int]]:
    """Group sentence spans into the fewest runs of at most `max_words` (a longer sentence is cut
    between words), balancing their sizes so no run is a stub."""
    spans = _bounded(spans, max_words, text)
    sizes = [word_count(text[a:b]) for a, b in spans]
    remaining_words, remaining_parts = sum(sizes), max(1, -(-sum(sizes) // max_words))
    chunks: list[tuple[int, int]] = []
    first, words = 0, 0
    for position, size in enumerate(sizes):
        target = remaining_words / remaining_parts
        if position > first and (words + size > max_words or words + size / 2 > target):
            chunks.append((spans[first][0], spans[position - 1][1]))
            remaining_words -= words
            remaining_parts = max(1, remaining_parts - 1)
            first, words = position, 0
        words += size
    if spans:
        chunks.append((spans[first][0], spans[-1][1]))
    return chunks


def build_passages(layout: Layout, text: str, source: str, document: str, unit: str, max_words: int) -> list[Passage]:
    """Passages of at most about `max_words` (cut only between sentences), each with its
    exchange's speaker and prompt; `text` is the whole document, used to tell real hyphens."""
    words, compounds = vocabulary(text)
    passages: list[Passage] = []
    seen: set[str] = set()
    for section in layout.sections:
        for exchange in (part for whole in section.exchanges for part in _editors_notes_apart(whole)):
            joined = join_lines([line for block in exchange.answer for line in block.lines], words, compounds)
            for a, b in _chunks(sentence_spans(joined.text), max_words, joined.text):
                chunk = joined.text[a:b]
                pid = passage_id(source, section.title, exchange.prompt, chunk)
                while pid in seen:
                    pid = passage_id(source, section.title, exchange.prompt, chunk + pid)
                seen.add(pid)
                passages.append(
                    Passage(
                        id=pid,
                        document=document,
                        interview=section.title,
                        speaker=exchange.speaker,
                        question=exchange.prompt,
                        text=chunk,
                        source=source,
                        lines=(joined.line_at(a), joined.line_at(b - 1)),
                        unit=unit,
                    )
                )
    return passages


def _editors_notes_apart(exchange: Exchange) -> list[Exchange]:
    """The exchange, with each paragraph of its answer that is an editor's note on the interview
    (`EDITORS_NOTE`) set apart as no one's, answering nothing."""
    if not any(EDITORS_NOTE.match(block.text) for block in exchange.answer):
        return [exchange]
    parts: list[Exchange] = []
    run: list[Block] = []
    for block in exchange.answer:
        if EDITORS_NOTE.match(block.text):
            parts += [dataclasses.replace(exchange, answer=tuple(run))] if run else []
            parts.append(Exchange(None, None, (block,)))
            run = []
        else:
            run.append(block)
    return parts + ([dataclasses.replace(exchange, answer=tuple(run))] if run else [])


SPAN_SEPARATOR = "-"


def same_answer(a: Passage, b: Passage) -> bool:
    """Whether two passages are pieces of one answer (same document, section, prompt and speaker)."""
    return a.question is not None and (a.source, a.interview, a.question, a.speaker) == (b.source, b.interview, b.question, b.speaker)


def join_span(pieces: list[Passage]) -> Passage:
    """Consecutive pieces of one answer as one passage: the text as it reads in the source (pieces
    are cut between sentences of single-spaced prose), the places they cover, and the id
    `FIRST-LAST` so a citation link can name the whole span."""
    if not pieces or any(not same_answer(pieces[0], piece) for piece in pieces[1:]):
        raise ValueError("A span joins consecutive pieces of one answer: pass at least one, all with the same prompt.")
    if len(pieces) == 1:
        return pieces[0]
    first, last = pieces[0], pieces[-1]
    return dataclasses.replace(
        first,
        id=f"{first.id}{SPAN_SEPARATOR}{last.id}",
        text=" ".join(piece.text for piece in pieces),
        lines=(first.lines[0], last.lines[1]),
    )


def span_ids(span_id: str) -> tuple[str, str]:
    """The first and last passage ids of a span id (the same id twice for a single passage)."""
    first, _, last = span_id.partition(SPAN_SEPARATOR)
    return first, last or first
