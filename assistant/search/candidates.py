"""Candidate retrieval: which passages a question is scored against, and their evidence (dense,
best sentence, BM25, the rewrite's prompt similarity), from a question prepared once."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from assistant.config import Settings
from assistant.index import PressKitIndex
from assistant.search.glossary import Gloss
from assistant.search.lexical import LexicalIndex, QuantityQuestion


@dataclass(frozen=True)
class Query:
    """A question prepared once for every stage: its cleaned text (and whether it was cut), the
    speakers it points at, its rewrite put to the one interviewee it names (or None), its BM25
    tokens, the quantity it asks for, and the embeddings of its `texts`."""

    text: str
    truncated: bool
    speakers: dict[str, float]
    addressed: str | None
    tokens: list[str]
    quantity: QuantityQuestion | None
    vectors: np.ndarray
    # Interviewees the question is about without asking them (`PeopleInQuestion.about`).
    about: frozenset[str] = frozenset()
    # Asked who plays whom: (character's folded words, actor) pairs (`PeopleInQuestion.played`).
    played: frozenset[tuple[tuple[str, ...], str]] = frozenset()
    # Whether it asks who plays a part, named or not (`PeopleInQuestion.asks_who_plays`).
    asks_who_plays: bool = False
    # The question's language when it is not English and the model reads English only.
    unread_language: str | None = None
    # The BM25 tokens of the words its English reading keeps as written (`Gloss.kept`: names,
    # words no glossary knows, cognates): a rare word shared with the corpus must be one of them.
    kept_tokens: list[str] = field(default_factory=list)
    # The BM25 tokens of the words naming the one it asks, left out of `tokens` but counted as
    # words the corpus knows (`Evidence.coverage`).
    named_tokens: list[str] = field(default_factory=list)
    # Whether it asks for advice or a service for the one asking (where no interviewer asked for
    # advice) or for practical information about the world now, naming no interviewee
    # (`language.asks_for_service`): no interview answers it.
    requests_service: bool = False
    # Whether it asks who put the questions (`ASKS_WHO_ASKS`): interviewers' words are not penalized.
    asks_who_asks: bool = False


def model_texts(text: str, addressed: str | None, gloss: Gloss | None = None) -> list[str]:
    """What the model embeds: the question (in a language the model cannot read, its English
    reading instead), and the rewrite when there is one that differs from it."""
    asked = gloss.text if gloss is not None else text
    return [asked] if addressed in (None, asked) else [asked, addressed]


@dataclass(frozen=True)
class Evidence:
    """Scores of the candidate passages (`ids`, positions in the index) for one question, and the
    question-level signals for abstention. `sentence_rows` holds the candidates' sentence scores,
    those of candidate k starting at `sentence_offsets[k]`."""

    ids: np.ndarray
    dense: np.ndarray
    sentence: np.ndarray
    sentence_rows: np.ndarray
    sentence_offsets: np.ndarray
    lexical: np.ndarray
    addressed_prompt: np.ndarray
    coverage: float
    speakers: dict[str, float]
    # The BM25 score a passage holding all the question's words would tend to (`LexicalIndex.ideal_score`).
    lexical_ideal: float = 0.0


class PromptTable:
    """The interviewer's distinct prompts: each passage's prompt row, the prompts' unit vectors,
    and which prompts ask the same thing."""

    def __init__(self, index: PressKitIndex):
        found = index.columns.prompt.astype(np.int64)
        self.has_prompt = found >= 0
        self.row = np.where(self.has_prompt, found, 0)
        self.vectors = index.prompt_vectors

    def row_of(self, position: int) -> int | None:
        """The prompt row of the passage at `position`, None when it answers no prompt."""
        return int(self.row[position]) if self.has_prompt[position] else None

    def shared(self, row: int, variant_similarity: float, group_similarity: float) -> set[int]:
        """Rows of the prompts that ask what prompt `row` asks: within `group_similarity` of it or
        of one of its near-identical variants (within `variant_similarity`)."""
        variants = self.vectors[(self.vectors @ self.vectors[row]) >= variant_similarity]
        return set(np.flatnonzero((self.vectors @ variants.T).max(axis=1) >= group_similarity).tolist())

    def positions_answering(self, rows: set[int]) -> np.ndarray:
        """Positions of the passages answering any prompt of `rows`."""
        return np.flatnonzero(self.has_prompt & np.isin(self.row, list(rows)))


class CandidateScorer:
    """Scores a prepared question against candidates: every passage of a small corpus or of the
    filtered speaker; otherwise the nearest passages, the best BM25 matches and the named
    speakers' passages."""

    def __init__(self, index: PressKitIndex, lexical: LexicalIndex, prompts: PromptTable, passages_of: dict[str, np.ndarray], settings: Settings):
        self.index = index
        self.lexical = lexical
        self.prompts = prompts
        self.passages_of = passages_of
        self.settings = settings
        self.sentence_count = index.sentence_counts()
        self.sentence_start = np.concatenate([[0], np.cumsum(self.sentence_count)[:-1]]).astype(np.int64)
        self.score_everything = len(index.passages) <= settings.candidates

    def candidates(self, query: Query, speaker: str | None, within: np.ndarray | None, named_weight: float) -> np.ndarray:
        """Positions of the passages worth scoring: `within` when given, all of a small corpus or of
        the filtered speaker; otherwise the nearest passages, the best BM25 matches and the named
        speakers' passages."""
        if within is not None:
            return np.asarray(within, dtype=np.int64)
        if speaker is not None:
            return self.passages_of.get(speaker, np.zeros(0, dtype=np.int64))
        if self.score_everything:
            return np.arange(len(self.index.passages))
        k = self.settings.candidates
        parts = [self.index.search(query.vectors, k)[1].ravel(), self.lexical.top(query.tokens, k)[0]]
        parts += [self.passages_of.get(name, np.zeros(0, dtype=np.int64))[:k] for name, w in query.speakers.items() if w >= named_weight]
        ids = np.unique(np.concatenate(parts).astype(np.int64))
        return ids[ids >= 0]

    def evidence(self, query: Query, speaker: str | None, within: np.ndarray | None, named_weight: float) -> Evidence:
        """Dense, best-sentence and BM25 scores of the candidates for `query`. Each passage keeps the
        better similarity of the question and its rewrite; the rewrite (or the question itself,
        when it reads the same) is also compared with the interviewer's prompts."""
        vectors = query.vectors
        ids = self.candidates(query, speaker, within, named_weight)
        dense = (self.index.vectors_of(ids) @ vectors.T).max(axis=1) if len(ids) else np.zeros(0, dtype=np.float32)
        counts = self.sentence_count[ids]
        offsets = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
        rows = np.repeat(self.sentence_start[ids] - offsets, counts) + np.arange(int(counts.sum()))
        sentence_rows = (np.asarray(self.index.sentence_vectors[rows], dtype=np.float32) @ vectors.T).max(axis=1)
        sentence = np.full(len(ids), -1.0, dtype=np.float32)
        has_sentences = counts > 0
        if has_sentences.any():
            sentence[has_sentences] = np.maximum.reduceat(sentence_rows, offsets[has_sentences])
        addressed_prompt = np.zeros(len(ids), dtype=np.float32)
        if query.addressed is not None and len(self.prompts.vectors):
            prompt_scores = self.prompts.vectors[self.prompts.row[ids]] @ vectors[-1]
            addressed_prompt = np.where(self.prompts.has_prompt[ids], prompt_scores, 0.0).astype(np.float32)
        if self.score_everything:
            lexical = self.lexical.scores(query.tokens)[ids]
        else:
            top_ids, top_scores = self.lexical.top(query.tokens, self.settings.candidates)
            found = dict(zip(top_ids.tolist(), top_scores.tolist()))
            lexical = np.array([found.get(i, 0.0) for i in ids.tolist()], dtype=np.float32)
        return Evidence(
            ids, dense, sentence, sentence_rows, offsets, lexical, addressed_prompt,
            self.lexical.coverage(query.tokens + query.named_tokens), query.speakers, self.lexical.ideal_score(query.tokens),
        )
