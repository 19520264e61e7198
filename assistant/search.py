"""Answer a question: embed it, search the index, decide whether anything is relevant."""

from __future__ import annotations

import logging
import unicodedata

from assistant.config import Settings
from assistant.data import Answer, Hit
from assistant.documents import corpus_hash, load_passages
from assistant.embed import Embedder, resolve_model
from assistant.index import PressKitIndex

log = logging.getLogger(__name__)


def prepare_query(raw: str, max_chars: int) -> tuple[str, bool]:
    """The question cleaned for search and whether it was cut; ValueError when there is nothing to ask."""
    if not isinstance(raw, str):
        raise ValueError("The question must be text.")
    printable = "".join(c if unicodedata.category(c)[0] != "C" else " " for c in raw)
    query = " ".join(printable.split())
    if not query:
        raise ValueError("The question is empty: type a question about the film, e.g. “How did Mélanie Laurent learn the violin?”")
    if len(query) > max_chars:
        return query[:max_chars].rsplit(" ", 1)[0] or query[:max_chars], True
    return query, False


def build_index(settings: Settings, progress: bool = False, embedder: Embedder | None = None) -> PressKitIndex:
    """Parse the seeds, embed them and save the index; returns the saved index."""
    passages = load_passages(settings.seeds_dir, settings.max_passage_words)
    embedder = embedder or Embedder(settings.model)
    index = PressKitIndex.build(passages, embedder, corpus_hash(passages), progress=progress)
    index.save(settings.index_dir)
    return index


def index_status(settings: Settings) -> str | None:
    """None when the saved index is usable with these settings, else why it is not."""
    try:
        index = PressKitIndex.load(settings.index_dir)
        index.check(settings.model, corpus_hash(load_passages(settings.seeds_dir, settings.max_passage_words)))
    except (FileNotFoundError, ValueError) as error:
        return str(error)
    return None


class Searcher:
    """The loaded model and index: each question costs one query embedding and one search."""

    def __init__(self, index: PressKitIndex, embedder: Embedder, settings: Settings):
        self.index = index
        self.embedder = embedder
        self.settings = settings

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder | None = None) -> Searcher:
        """Load and check the index against the seeds and model; ValueError/FileNotFoundError if unusable."""
        if embedder is None:
            resolve_model(settings.model)
        index = PressKitIndex.load(settings.index_dir)
        index.check(settings.model, corpus_hash(load_passages(settings.seeds_dir, settings.max_passage_words)))
        return cls(index, embedder or Embedder(settings.model), settings)

    def ask(self, question: str, top_k: int | None = None) -> Answer:
        """The best passages for `question`, or an abstention when none is relevant enough."""
        top_k = top_k or self.settings.top_k
        if not 1 <= top_k <= 50:
            raise ValueError(f"top_k must be between 1 and 50, not {top_k}.")
        query, truncated = prepare_query(question, self.settings.max_query_chars)
        scores, positions = self.index.search(self.embedder.encode([query]), top_k)
        hits = tuple(
            Hit(self.index.passages[int(position)], rank, float(score))
            for rank, (score, position) in enumerate(zip(scores[0], positions[0]), 1)
            if position >= 0
        )
        if not hits or hits[0].score < self.settings.min_score:
            return Answer(query, True, (), hits, truncated)
        return Answer(query, False, hits, (), truncated)
