"""One frozen settings object with defaults; CLI flags override it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = "all-MiniLM-L6-v2"


@dataclass(frozen=True)
class Settings:
    """Where the corpus and index live, which model embeds, and how answers are cut."""

    seeds_dir: Path = PROJECT_ROOT / "seeds"
    index_dir: Path = PROJECT_ROOT / "index"
    model: str = DEFAULT_MODEL
    top_k: int = 3
    max_passage_words: int = 100
    # Top cosine similarity below which the assistant says nothing was found; see README "Abstention".
    min_score: float = 0.36
    max_query_chars: int = 1000
