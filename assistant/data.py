"""Frozen records that cross pipeline stages: Passage (parse), Hit (search), Answer (reply)."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Passage:
    """One quotable piece of a document, with who said it and the prompt it answers."""

    id: str
    document: str
    interview: str
    speaker: str | None
    question: str | None
    text: str
    source: str
    # First and last place of the quote in the source, counted in `unit`: printed lines of a text
    # or Markdown file, pages of a PDF, paragraphs of a web page or Word document.
    lines: tuple[int, int]
    unit: str = "line"

    def place(self) -> str:
        """Where a reader finds the quote: "lines 3-9", "page 2", "paragraphs 4-5"."""
        first, last = self.lines
        return f"{self.unit} {first}" if first == last else f"{self.unit}s {first}-{last}"

    def to_json(self) -> dict:
        """The JSON-ready form used by `passages --json` and the index's passages file."""
        record = asdict(self)
        record["lines"] = list(self.lines)
        return record

    @classmethod
    def from_json(cls, record: dict) -> Passage:
        """Inverse of `to_json`."""
        return cls(**{**record, "lines": tuple(record["lines"])})


@dataclass(frozen=True)
class Hit:
    """A passage returned for a query, with its rank (1-based), relevance score, and the positions
    of the one or two sentences of its text that best match the query. The passage may be a span
    of consecutive pieces of one answer (`passages.join_span`, id `FIRST-LAST`)."""

    passage: Passage
    rank: int
    score: float
    highlight: tuple[int, ...] = ()


@dataclass(frozen=True)
class Answer:
    """The result of one question: the hits, or an abstention (no hits, only the closest misses)."""

    query: str
    abstained: bool
    hits: tuple[Hit, ...]
    closest: tuple[Hit, ...] = ()
    truncated: bool = False
    # Set when the hits are everyone's answer to one prompt asked of several people (one each).
    shared_prompt: str | None = None
    # Set when the question is in this language and the model reads English only.
    unread_language: str | None = None
    # Set when it asks for advice or a service for the one asking, which no interview answers.
    asks_for_advice: bool = False
