"""Read source documents from disk (thin I/O around the pure parsers), one report line each."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from assistant.data import Passage
from assistant.parse import parse_press_kit
from assistant.passages import DEFAULT_MAX_PASSAGE_WORDS
from assistant.transcript import markdown_title, parse_markdown

log = logging.getLogger(__name__)

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".pdf")
META_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class SourceText:
    """A document's text, the title it gives itself (if any), and warnings from reading it."""

    text: str
    title: str | None = None
    warnings: tuple[str, ...] = ()


def decode_text(raw: bytes, name: str) -> SourceText:
    """Text from bytes: UTF-8, else Windows-1252 or Latin-1 with a warning; ValueError for empty or binary."""
    if not raw.strip():
        raise ValueError(f"{name} is empty: add text to it or remove it.")
    if b"\x00" in raw:
        raise ValueError(f"{name} looks like a binary file, not text: export it as UTF-8 text or PDF.")
    try:
        return SourceText(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        for encoding in ("cp1252", "latin-1"):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            return SourceText(text, warnings=(f"not UTF-8 (byte {error.start}); read as {encoding}, check accents and quotes",))
    raise ValueError(f"{name} could not be decoded as text.")


def read_text(path: Path) -> str:
    """The text of a text document; ValueError naming the fix for empty or binary files."""
    return read_source(path).text


def read_source(path: Path) -> SourceText:
    """Read a .txt, .md or .pdf document; FileNotFoundError/ValueError with a clear message."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise FileNotFoundError(f"Cannot read {path}: {error.strerror}. Check the file exists and is readable.") from error
    if path.suffix.lower() == ".pdf":
        return _read_pdf(raw, path.name)
    source = decode_text(raw, path.name)
    if path.suffix.lower() in (".md", ".markdown"):
        return SourceText(source.text, markdown_title(source.text), source.warnings)
    return source


def _read_pdf(raw: bytes, name: str) -> SourceText:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not raw.strip():
        raise ValueError(f"{name} is empty: add text to it or remove it.")
    try:
        reader = PdfReader(io.BytesIO(raw))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        title = (reader.metadata.title if reader.metadata else None) or None
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        raise ValueError(f"{name} is not a readable PDF (damaged or not a PDF): re-export it.") from error
    if not text.strip():
        raise ValueError(f"{name} has no extractable text (a scanned PDF?): export it with text, or as .txt.")
    return SourceText(text, title)


def document_meta(path: Path) -> dict:
    """Metadata kept beside a document in `<name>.meta.json` (title, characters, roles), or {}."""
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


def document_title(path: Path, own_title: str | None = None) -> str:
    """The document's title: its meta file's, else its own (first heading, PDF title), else its file name."""
    title = document_meta(path).get("title") or own_title
    if title:
        return str(title)
    words = path.stem.replace("_", " ").replace("-", " ").split()
    return " ".join(words).capitalize() if words else path.name


def document_paths(seeds_dir: Path) -> list[Path]:
    """The documents in the seeds folder, in a stable order."""
    if not seeds_dir.is_dir():
        raise FileNotFoundError(f"Seeds folder {seeds_dir} does not exist: create it and add a press kit (.txt, .md or .pdf).")
    paths = sorted(p for p in seeds_dir.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
    if not paths:
        raise FileNotFoundError(f"No documents in {seeds_dir}: add a press kit (.txt, .md or .pdf) and rebuild.")
    return paths


def parse_document(path: Path, source: SourceText, max_words: int) -> list[Passage]:
    """Passages of one document, by format: Markdown transcript, or press-kit text (also from PDF)."""
    title = document_title(path, source.title)
    if path.suffix.lower() in (".md", ".markdown"):
        return parse_markdown(source.text, path.name, title, max_words)
    return parse_press_kit(source.text, path.name, title, max_words)


@dataclass(frozen=True)
class Corpus:
    """The parsed passages of every readable document, each document's metadata, and one report
    line per document (what was indexed, or why it was left out)."""

    passages: list[Passage]
    metas: dict[str, dict]
    reports: list[str] = field(default_factory=list, compare=False)

    def digest(self) -> str:
        """A hash of everything the index stores about the corpus; it changes when any of it does."""
        digest = hashlib.sha256(json.dumps(self.metas, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        for passage in self.passages:
            digest.update(json.dumps(passage.to_json(), ensure_ascii=False, sort_keys=True).encode("utf-8"))
            digest.update(b"\n")
        return digest.hexdigest()


def load_corpus(seeds_dir: Path, max_words: int = DEFAULT_MAX_PASSAGE_WORDS) -> Corpus:
    """Parse every document in the seeds folder; a bad document is reported and skipped."""
    passages: list[Passage] = []
    metas: dict[str, dict] = {}
    reports: list[str] = []
    for path in document_paths(seeds_dir):
        try:
            source = read_source(path)
            meta = document_meta(path)
            found = parse_document(path, source, max_words)
        except (ValueError, FileNotFoundError) as error:
            reports.append(f"{path.name}: skipped: {error}")
            log.warning("%s skipped: %s", path.name, error)
            continue
        notes = list(source.warnings)
        interviews = {p.interview for p in found if p.speaker}
        if found and not interviews:
            notes.append("no interviews recognised; indexed as plain passages without a speaker")
        if not found:
            reports.append(f"{path.name}: skipped: no text found")
            continue
        passages.extend(found)
        metas[path.name] = meta
        line = f"{path.name}: {len(found)} passages, {len(interviews)} interviews"
        reports.append(line + "".join(f" (warning: {note})" for note in notes))
    if not passages:
        raise ValueError(f"No document in {seeds_dir} could be indexed:\n  " + "\n  ".join(reports))
    return Corpus(passages, metas, reports)


def load_passages(seeds_dir: Path, max_words: int = DEFAULT_MAX_PASSAGE_WORDS) -> list[Passage]:
    """Parse every document in the seeds folder into passages."""
    return load_corpus(seeds_dir, max_words).passages
