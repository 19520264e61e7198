"""Answers as a reader gets them: pieces of one long answer shown as one span, a short answer
shown whole, and the one or two sentences that best match the question highlighted."""

from __future__ import annotations

import numpy as np

from assistant.data import Hit, Passage
from assistant.ingest.passages import join_span, span_ids
from assistant.search.candidates import Evidence
from assistant.store import PassageColumns, PassageStore


class AnswerTable:
    """Which passages are pieces of one answer (same document, section, prompt and speaker, in a
    row), where each answer begins and ends, and whether it is short enough to show whole."""

    def __init__(self, passages: PassageStore, columns: PassageColumns, whole_answer_words: int, sentence_count: np.ndarray):
        self.passages = passages
        self.sentence_count = sentence_count
        starts = columns.answer_start
        self.answer_of = np.cumsum(starts, dtype=np.int64)
        words = columns.words.astype(np.int64)
        first_of = np.flatnonzero(starts)
        ends = np.append(first_of[1:], len(passages)) - 1
        answer = self.answer_of - 1
        empty = np.zeros(0, dtype=np.int64)
        self.answer_first = first_of[answer] if len(first_of) else empty
        self.answer_last = ends[answer] if len(first_of) else empty
        self.answer_whole = np.add.reduceat(words, first_of)[answer] <= whole_answer_words if len(first_of) else empty.astype(bool)

    def hits(self, order: list[int], scores: dict[int, float], evidence: Evidence, top_k: int, margin: float) -> tuple[Hit, ...]:
        """The `top_k` best candidates (`order`, indices into the evidence) as hits. Pieces of one
        answer that would both be shown are shown as one span of the answer, at the better one's
        rank, and the freed place goes to the next candidate; an answer short enough is shown
        whole: a reader gets the answer whole, not in halves, and more distinct answers."""
        spans: list[list[int]] = []  # per hit: the leading candidate, first and last position shown
        for k in order:
            position = int(evidence.ids[k])
            joined = next((span for span in spans if self.answer_of[span[1]] == self.answer_of[position]), None)
            if joined is not None:
                joined[1], joined[2] = min(joined[1], position), max(joined[2], position)
            elif len(spans) < top_k:
                spans.append([k, position, position])
            else:
                break
        hits = []
        for rank, (k, first, last) in enumerate(spans, 1):
            if self.answer_whole[first]:
                first, last = int(self.answer_first[first]), int(self.answer_last[last])
            # The leading piece's best sentences, counted from the start of the span.
            shift = int(self.sentence_count[first : int(evidence.ids[k])].sum())
            highlight = tuple(shift + i for i in self.highlight(k, evidence, margin))
            hits.append(Hit(join_span(self.passages[first : last + 1]), rank, scores[k], highlight))
        return tuple(hits)

    def highlight(self, k: int, evidence: Evidence, margin: float) -> tuple[int, ...]:
        """The best-matching sentence of candidate k, and the runner-up when it matches within `margin`."""
        count = int(self.sentence_count[evidence.ids[k]])
        if count <= 1:
            return (0,) if count else ()
        start = int(evidence.sentence_offsets[k])
        scores = evidence.sentence_rows[start : start + count]
        best, second = np.argsort(-scores)[:2]
        if count > 2 and scores[second] >= scores[best] - margin:
            return tuple(sorted((int(best), int(second))))
        return (int(best),)

    def span_positions(self, span_id: str) -> range | None:
        """Positions of the passage or answer span (`FIRST-LAST`) with this id; None if not here."""
        first, last = (self.passages.position_of(part) for part in span_ids(span_id))
        if first is None or last is None or last < first or self.answer_of[first] != self.answer_of[last]:
            return None
        return range(first, last + 1)

    def passage(self, span_id: str) -> Passage | None:
        """The passage or answer span with this id (as a hit or citation link names it), or None."""
        positions = self.span_positions(span_id)
        return None if positions is None else join_span(self.passages[positions.start : positions.stop])
