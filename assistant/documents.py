"""Read source documents from disk (thin I/O around the pure parsers)."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from assistant.data import Passage
from assistant.parse import DEFAULT_MAX_PASSAGE_WORDS, parse_press_kit

log = logging.getLogger(__name__)

DOCUMENT_SUFFIXES = (".txt",)
META_SUFFIX = ".meta.json"


def read_text(path: Path) -> str:
    """The text of a UTF-8 document; a clear ValueError for empty, binary or non-UTF-8 files."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise FileNotFoundError(f"Cannot read {path}: {error.strerror}. Check the file exists and is readable.") from error
    if not raw.strip():
        raise ValueError(f"{path.name} is empty: add text to it or remove it from {path.parent}.")
    if b"\x00" in raw:
        raise ValueError(f"{path.name} looks like a binary file, not text: export it as UTF-8 text.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(
            f"{path.name} is not valid UTF-8 (byte {error.start}): re-save it as UTF-8 text."
        ) from error


def document_meta(path: Path) -> dict:
    """Metadata kept beside a document in `<name>.meta.json` (title, character aliases), or {}."""
    meta_path = path.with_name(path.stem + META_SUFFIX)
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"{meta_path.name} is not valid JSON ({error}): fix or delete it.") from error
    if not isinstance(meta, dict):
        raise ValueError(f"{meta_path.name} must hold a JSON object such as {{\"title\": \"...\"}}.")
    return meta


def document_title(path: Path) -> str:
    """The document's title: from its meta file, else its file name ("the_film_kit.txt" → "The film kit")."""
    title = document_meta(path).get("title")
    if title:
        return str(title)
    words = path.stem.replace("_", " ").replace("-", " ").split()
    return " ".join(words).capitalize() if words else path.name


def document_paths(seeds_dir: Path) -> list[Path]:
    """The documents in the seeds folder, in a stable order."""
    if not seeds_dir.is_dir():
        raise FileNotFoundError(f"Seeds folder {seeds_dir} does not exist: create it and add a press kit (.txt).")
    paths = sorted(p for p in seeds_dir.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
    if not paths:
        raise FileNotFoundError(f"No documents in {seeds_dir}: add a press kit export (.txt) and rebuild.")
    return paths


@dataclass(frozen=True)
class Corpus:
    """The parsed passages of every document, and each document's metadata by source file name."""

    passages: list[Passage]
    metas: dict[str, dict]

    def digest(self) -> str:
        """A hash of everything the index stores about the corpus; it changes when any of it does."""
        digest = hashlib.sha256(json.dumps(self.metas, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        for passage in self.passages:
            digest.update(json.dumps(passage.to_json(), ensure_ascii=False, sort_keys=True).encode("utf-8"))
            digest.update(b"\n")
        return digest.hexdigest()


def load_corpus(seeds_dir: Path, max_words: int = DEFAULT_MAX_PASSAGE_WORDS) -> Corpus:
    """Parse every document in the seeds folder into passages, with the documents' metadata."""
    passages: list[Passage] = []
    metas: dict[str, dict] = {}
    for path in document_paths(seeds_dir):
        text = read_text(path)
        found = parse_press_kit(text, source=path.name, document=document_title(path), max_words=max_words)
        log.info("%s: %d passages", path.name, len(found))
        passages.extend(found)
        metas[path.name] = document_meta(path)
    return Corpus(passages, metas)


def load_passages(seeds_dir: Path, max_words: int = DEFAULT_MAX_PASSAGE_WORDS) -> list[Passage]:
    """Parse every document in the seeds folder into passages."""
    return load_corpus(seeds_dir, max_words).passages
