"""Answer a question: dense, sentence-level and BM25 evidence fused, speakers boosted, abstention gated."""

from __future__ import annotations

import logging
import os
import threading
import unicodedata
from dataclasses import dataclass

import numpy as np

from assistant.abstention import Calibration
from assistant.config import Settings
from assistant.data import Answer, Hit, Passage
from assistant.ingest.documents import sources_fingerprint
from assistant.embed import Embedder, embedding_texts, resolve_model
from assistant.index import CURRENT, REBUILD, PressKitIndex
from assistant.lexical import LexicalIndex, asks_for_quantity, states_quantity
from assistant.ingest.passages import join_span, same_answer, span_ids
from assistant.speakers import NAMED, SpeakerTable, interviewers, speaker_labels

log = logging.getLogger(__name__)

# A question is cut to this many raw characters per character kept before it is cleaned.
RAW_CHARS_PER_CHAR = 4
# A second sentence is highlighted when its similarity is within this much of the best one's.
HIGHLIGHT_MARGIN = 0.05


def prepare_query(raw: str, max_chars: int) -> tuple[str, bool]:
    """The question cleaned for search and whether it was cut; ValueError when there is nothing to ask."""
    if not isinstance(raw, str):
        raise ValueError("The question must be text.")
    # Cut before cleaning, so a huge question costs no more than a long one: cleaning looks at
    # every character, and spacing collapses by at most this much for real text.
    head = raw[: RAW_CHARS_PER_CHAR * max_chars]
    printable = "".join(c if unicodedata.category(c)[0] != "C" else " " for c in head)
    query = " ".join(printable.split())
    if not query:
        raise ValueError("The question is empty: type a question about the film, e.g. “How did Mélanie Laurent learn the violin?”")
    if len(query) > max_chars:
        return query[:max_chars].rsplit(" ", 1)[0] or query[:max_chars], True
    return query, len(raw) > len(head)


def parse_top_k(value: object, most: int = 50) -> int:
    """How many passages to show, from a number or its text; ValueError naming the range otherwise."""
    try:
        number = int(value) if not isinstance(value, bool) and float(value) == int(float(value)) else None
    except (TypeError, ValueError, OverflowError):
        number = None
    if number is None or not 1 <= number <= most:
        raise ValueError(f"The number of passages must be a whole number from 1 to {most}, not {str(value)[:20]!r}.")
    return number


def index_status(settings: Settings) -> str | None:
    """None when the saved index is usable with these settings, else why it is not."""
    try:
        index = PressKitIndex.load(settings.index_dir)
        index.check(settings.model, sources_fingerprint(settings.seeds_dir, settings.max_passage_words))
    except (FileNotFoundError, ValueError) as error:
        return str(error)
    return None


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


class Searcher:
    """The loaded model, index and corpus tables: each question is one query embedding and a search
    over candidates (every passage of a small corpus; the nearest, best BM25 and named speakers'
    passages of a large one)."""

    def __init__(self, index: PressKitIndex, embedder: Embedder, settings: Settings, reranker=None):
        self.index = index
        self.embedder = embedder
        self.settings = settings
        self.reranker = reranker
        self.sentence_count = index.sentence_counts()
        self.sentence_start = np.concatenate([[0], np.cumsum(self.sentence_count)[:-1]]).astype(np.int64)
        rows = index.prompt_rows()
        self.has_prompt = rows >= 0
        self.prompt_of = np.where(self.has_prompt, rows, 0)
        metas = list(index.manifest.get("documents", {}).values())
        labels = speaker_labels(metas)
        self.embedding_texts = embedding_texts(index.passages, labels)
        self.lexical = LexicalIndex(self.embedding_texts)
        self.speakers = SpeakerTable.from_corpus(index.passages, metas)
        self.characters: dict[str, list[str]] = {}
        for meta in metas:
            for character, actors in (meta.get("characters") or {}).items():
                self.characters.setdefault(character, []).extend(actors)
        self.speaker_of = np.array([p.speaker or "" for p in index.passages], dtype=object)
        self.passages_of: dict[str, np.ndarray] = {
            name: np.flatnonzero(self.speaker_of == name) for name in set(self.speaker_of.tolist())
        }
        askers = interviewers(metas)
        self.by_interviewer = np.array([p.speaker in askers for p in index.passages], dtype=np.float32)
        self.score_everything = len(index.passages) <= settings.candidates
        self.position_of = {p.id: i for i, p in enumerate(index.passages)}
        # Pieces of one long answer share a number, so hits from the same answer can be shown together.
        starts = [i == 0 or not same_answer(index.passages[i - 1], p) for i, p in enumerate(index.passages)]
        self.answer_of = np.cumsum(starts, dtype=np.int64)
        words = np.array([len(p.text.split()) for p in index.passages], dtype=np.int64)
        first_of = np.flatnonzero(starts)
        ends = np.append(first_of[1:], len(index.passages)) - 1
        answer = self.answer_of - 1
        # Where each passage's answer begins and ends, and whether it is short enough to show whole.
        self.answer_first = first_of[answer] if len(first_of) else np.zeros(0, dtype=np.int64)
        self.answer_last = ends[answer] if len(first_of) else np.zeros(0, dtype=np.int64)
        self.answer_whole = np.add.reduceat(words, first_of)[answer] <= settings.whole_answer_words if len(first_of) else np.zeros(0, dtype=bool)
        record = index.manifest.get("abstention")
        self.calibration = None if record is None else Calibration.from_json(record)

    @property
    def min_evidence(self) -> float:
        """The relevance a question needs to be answered: fixed by the settings, or calibrated on
        this corpus at build time."""
        if self.settings.min_evidence is not None:
            return self.settings.min_evidence
        if self.calibration is None:
            raise ValueError(f"The index has no abstention calibration: {REBUILD}.")
        return self.calibration.threshold(self.settings.abstention_margin, self.settings.min_relevance)

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder | None = None, reranker=None) -> Searcher:
        """Load and check the index against the seeds and model; ValueError/FileNotFoundError if unusable."""
        if embedder is None:
            resolve_model(settings.model)
        index = PressKitIndex.load(settings.index_dir)
        index.check(settings.model, sources_fingerprint(settings.seeds_dir, settings.max_passage_words))
        if reranker is None and settings.reranker:
            from assistant.rerank import Reranker

            reranker = Reranker(settings.reranker)
        return cls(index, embedder or Embedder(settings.model), settings, reranker)

    def candidates(
        self, query: str, vectors: np.ndarray, speakers: dict[str, float], speaker: str | None, within: np.ndarray | None = None
    ) -> np.ndarray:
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
        parts = [self.index.search(vectors, k)[1].ravel(), self.lexical.top(query, k)[0]]
        parts += [self.passages_of.get(name, np.zeros(0, dtype=np.int64))[:k] for name, w in speakers.items() if w >= NAMED]
        ids = np.unique(np.concatenate(parts).astype(np.int64))
        return ids[ids >= 0]

    def query_texts(self, query: str) -> list[str]:
        """What is embedded for a question: itself, and, when it names one interviewee, the question
        as the interviewer would have put it to them ("How does Valery Barinov describe Ivan?" →
        "… describe your character?")."""
        return _query_texts(query, self.speakers.addressed(query, self.characters))

    def evidence(
        self, query: str, speaker: str | None = None, within: np.ndarray | None = None, vectors: np.ndarray | None = None
    ) -> Evidence:
        """Dense, best-sentence and BM25 scores of the candidate passages for `query` (`vectors`:
        the embeddings of its `query_texts`, when already computed).

        Each passage keeps the better similarity of the question and its rewrite to the
        interviewer's words, and the rewrite is also compared with the interviewer's prompts.
        """
        # The rewrite may read as the question itself (a question to a corpus's one interviewee
        # without pronouns): then the question's own vector is compared with the prompts.
        addressed = self.speakers.addressed(query, self.characters)
        if vectors is None:
            vectors = self.embedder.encode(_query_texts(query, addressed))
        speakers = self.speakers.detect(query)
        ids = self.candidates(query, vectors, speakers, speaker, within)
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
        if addressed is not None and len(self.index.prompt_vectors):
            prompt_scores = self.index.prompt_vectors[self.prompt_of[ids]] @ vectors[-1]
            addressed_prompt = np.where(self.has_prompt[ids], prompt_scores, 0.0).astype(np.float32)
        if self.score_everything:
            lexical = self.lexical.scores(query)[ids]
        else:
            top_ids, top_scores = self.lexical.top(query, self.settings.candidates)
            found = dict(zip(top_ids.tolist(), top_scores.tolist()))
            lexical = np.array([found.get(i, 0.0) for i in ids.tolist()], dtype=np.float32)
        return Evidence(ids, dense, sentence, sentence_rows, offsets, lexical, addressed_prompt, self.lexical.coverage(query), speakers)

    def highlight(self, k: int, evidence: Evidence) -> tuple[int, ...]:
        """The best-matching sentence of candidate k, and the runner-up when it matches almost as well."""
        count = int(self.sentence_count[evidence.ids[k]])
        if count <= 1:
            return (0,) if count else ()
        start = int(evidence.sentence_offsets[k])
        scores = evidence.sentence_rows[start : start + count]
        best, second = np.argsort(-scores)[:2]
        if count > 2 and scores[second] >= scores[best] - HIGHLIGHT_MARGIN:
            return tuple(sorted((int(best), int(second))))
        return (int(best),)

    def speaker_bonus(self, evidence: Evidence) -> np.ndarray:
        """Per candidate, the weight of its speaker among those the question points at."""
        return np.array([evidence.speakers.get(name, 0.0) for name in self.speaker_of[evidence.ids]], dtype=np.float32)

    def fuse(self, evidence: Evidence) -> np.ndarray:
        """One relevance score per candidate, plus the bonus for the speakers the question points at."""
        s = self.settings
        lexical = _saturate(evidence.lexical)
        if s.fusion == "rrf":
            fused = sum(
                weight / (s.rrf_k + _ranks(scores))
                for weight, scores in ((s.dense_weight, evidence.dense), (s.sentence_weight, evidence.sentence), (s.lexical_weight, lexical))
            )
            scale = 1.0 / s.rrf_k
        elif s.fusion == "weighted":
            fused = (
                s.dense_weight * evidence.dense
                + s.sentence_weight * evidence.sentence
                + s.lexical_weight * lexical
                + s.addressed_prompt_weight * evidence.addressed_prompt
            )
            scale = 1.0
        else:
            raise ValueError(f"Unknown fusion {s.fusion!r}: use 'weighted' or 'rrf'.")
        return fused + scale * self.speaker_bonus(evidence) - s.interviewer_penalty * self.by_interviewer[evidence.ids]

    def relevance(self, evidence: Evidence) -> float:
        """How much the press kit seems to cover the question (compared with `min_evidence`)."""
        similarity = max(evidence.dense.max(initial=-1.0), evidence.sentence.max(initial=-1.0))
        return float(similarity + self.settings.coverage_weight * evidence.coverage)

    def relevances(self, questions: list[str]) -> list[float]:
        """The relevance of each question, its embeddings computed in one batch (for calibration)."""
        texts = [self.query_texts(prepare_query(q, self.settings.max_query_chars)[0]) for q in questions]
        vectors = self.embedder.encode([t for group in texts for t in group])
        starts = np.cumsum([0] + [len(group) for group in texts])
        return [
            self.relevance(self.evidence(group[0], vectors=vectors[start : start + len(group)]))
            for group, start in zip(texts, starts)
        ]

    def ask(self, question: str, top_k: int | None = None, speaker: str | None = None, within: np.ndarray | None = None) -> Answer:
        """The best passages for `question` (only `speaker`'s when given, "" for unattributed text;
        only those at positions `within` when given), or an abstention when none is relevant enough."""
        top_k = self.settings.top_k if top_k is None else parse_top_k(top_k)
        if speaker is not None and speaker not in self.passages_of:
            raise ValueError(f"No passages from {speaker!r}: pick one of the interviewees listed in the speaker filter.")
        query, truncated = prepare_query(question, self.settings.max_query_chars)
        evidence = self.evidence(query, speaker, within)
        fused = self.fuse(evidence)
        if asks_for_quantity(query):
            # Answer typing: among the best candidates, favour those stating a matching quantity.
            for k in np.argsort(-fused)[: self.settings.quantity_candidates]:
                if states_quantity(query, self.index.passages[evidence.ids[k]].text):
                    fused[k] += self.settings.quantity_weight
        order = [int(k) for k in np.argsort(-fused, kind="stable")]
        scores = {k: float(fused[k]) for k in order}
        relevant = self.relevance(evidence) >= self.min_evidence
        if self.reranker is not None:
            order, scores, confident = self._rerank(query, order, evidence)
            relevant = relevant and confident
        hits = self._hits(order, scores, evidence, top_k)
        if not relevant:
            return Answer(query, True, (), hits, truncated)
        return Answer(query, False, hits, (), truncated)

    def _hits(self, order: list[int], scores: dict[int, float], evidence: Evidence, top_k: int) -> tuple[Hit, ...]:
        """The `top_k` best candidates as hits. Pieces of one answer that would both be shown are shown
        as one span of the answer, at the better one's rank, and the freed place goes to the next
        candidate; an answer of at most `whole_answer_words` is shown whole: a reader gets the
        answer whole, not in halves, and more distinct answers."""
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
            highlight = tuple(shift + i for i in self.highlight(k, evidence))
            hits.append(Hit(join_span(self.index.passages[first : last + 1]), rank, scores[k], highlight))
        return tuple(hits)

    def span_positions(self, span_id: str) -> range | None:
        """Positions of the passage or answer span (`FIRST-LAST`) with this id; None if not in this index."""
        first, last = (self.position_of.get(part) for part in span_ids(span_id))
        if first is None or last is None or last < first or self.answer_of[first] != self.answer_of[last]:
            return None
        return range(first, last + 1)

    def passage(self, span_id: str) -> Passage | None:
        """The passage or answer span with this id (as a hit or citation link names it), or None."""
        positions = self.span_positions(span_id)
        return None if positions is None else join_span(self.index.passages[positions.start : positions.stop])

    def _rerank(self, query: str, order: list[int], evidence: Evidence) -> tuple[list[int], dict[int, float], bool]:
        """Re-score the best fused candidates with the cross-encoder (plus the speaker bonus); also
        whether it finds any candidate plausible (sigmoid above `rerank_floor`)."""
        head = order[: self.settings.rerank_candidates]
        texts = [self.embedding_texts[evidence.ids[k]] for k in head]
        probabilities = self.reranker.probabilities(query, texts)
        keys = probabilities + self.speaker_bonus(evidence)[head]
        ranked = [head[j] for j in np.argsort(-keys, kind="stable")]
        scores = {head[j]: float(keys[j]) for j in range(len(head))}
        return ranked + order[len(head) :], scores, bool(probabilities.max(initial=0.0) >= self.settings.rerank_floor)


def _query_texts(query: str, addressed: str | None) -> list[str]:
    return [query] if addressed in (None, query) else [query, addressed]


def _saturate(bm25: np.ndarray) -> np.ndarray:
    """BM25 scores mapped into [0, 1): b / (b + 2 × the mean positive score for this question), so
    the best lexical match counts in proportion to how far it stands out, not always as 1."""
    positive = bm25[bm25 > 0]
    if positive.size == 0:
        return np.zeros_like(bm25)
    return bm25 / (bm25 + 2.0 * positive.mean())


def _ranks(scores: np.ndarray) -> np.ndarray:
    """1-based rank of each score, best first."""
    ranks = np.empty(len(scores), dtype=np.float32)
    ranks[np.argsort(-scores, kind="stable")] = np.arange(1, len(scores) + 1)
    return ranks


class LiveSearcher:
    """The searcher a long-running app serves, reopened when a build switches `index/current`.

    Checking costs one `readlink` per question; the model (and reranker) stay loaded. If the new
    index cannot be opened the old searcher keeps serving and the error is logged.
    """

    def __init__(self, settings: Settings, searcher: Searcher):
        self.settings = settings
        self._searcher = searcher
        self._target = self._current_target()
        self._lock = threading.Lock()

    def _current_target(self) -> str | None:
        try:
            return os.readlink(self.settings.index_dir / CURRENT)
        except OSError:
            return None

    def current(self) -> Searcher:
        """The searcher for the index now in place."""
        target = self._current_target()
        if target != self._target:
            with self._lock:
                if target != self._target:
                    old = self._searcher
                    try:
                        self._searcher = Searcher.open(self.settings, embedder=old.embedder, reranker=old.reranker)
                        log.info("Reloaded the rebuilt index (%s).", target)
                    except (FileNotFoundError, ValueError) as error:
                        log.error("Keeping the previous index: the rebuilt one cannot be used: %s", error)
                    self._target = target
        return self._searcher
