"""A folder of documents in, attributed passages out: thin file reading around the pure readers,
layout and passage cutting, with a report per document of what was understood."""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import logging
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from assistant.data import Passage
from assistant.ingest.blocks import Source
from assistant.ingest.files import DOCUMENT_SUFFIXES, FORMATS, META_SUFFIX, document_bytes, document_meta, document_title, shown_name, source_from_bytes
from assistant.ingest.layout import lay_out
from assistant.ingest.names import forget_document
from assistant.ingest.passages import DEFAULT_MAX_PASSAGE_WORDS, build_passages

log = logging.getLogger(__name__)


def document_paths(seeds_dir: Path) -> list[Path]:
    """The documents in the seeds folder, in a stable order."""
    if not seeds_dir.is_dir():
        raise FileNotFoundError(f"Seeds folder {seeds_dir} does not exist: create it and add a press kit ({', '.join(DOCUMENT_SUFFIXES)}).")
    paths = sorted(p for p in seeds_dir.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
    if not paths:
        raise FileNotFoundError(f"No documents in {seeds_dir}: add a press kit ({', '.join(DOCUMENT_SUFFIXES)}) and rebuild.")
    return paths


def outside_folder(path: Path, folder: Path) -> str | None:
    """Why a document (or its sidecar) may not be read from `folder`: it is a link to a file
    outside it (the index and the chat would serve whatever it points at); None when it may."""
    root = folder.resolve()
    for candidate in (path, path.with_name(path.stem + META_SUFFIX)):
        if candidate.is_symlink() and not candidate.resolve().is_relative_to(root):
            return f"{shown_name(candidate.name)} is a link to a file outside the seeds folder: copy the file into the folder instead"
    return None


@dataclass(frozen=True)
class DocumentReport:
    """How one document was understood (or why it was skipped), for `inspect` and the build."""

    name: str
    title: str = ""
    format: str = ""
    passages: int = 0
    sections: tuple[tuple[str, tuple[str, ...]], ...] = ()
    prompts: dict[str, int] = field(default_factory=dict)
    answers: dict[str, int] = field(default_factory=dict)
    interviewers: tuple[str, ...] = ()
    unattributed: float = 0.0
    warnings: tuple[str, ...] = ()
    skipped: str | None = None

    @property
    def interviewees(self) -> list[str]:
        """Who answers, most answers first."""
        return [name for name, _ in Counter(self.answers).most_common() if name not in self.interviewers]

    def line(self) -> str:
        """The build's line for this document."""
        if self.skipped:
            return f"{shown_name(self.name)}: skipped: {self.skipped}"
        interviews = len([s for s in self.sections if s[1]])
        line = f"{shown_name(self.name)}: {self.passages} passages, {interviews} interviews, {len(self.interviewees)} interviewees"
        return line + "".join(f" (warning: {note})" for note in self.warnings)

    def describe(self) -> str:
        """The full account `inspect` prints."""
        if self.skipped:
            return f"{shown_name(self.name)}: skipped: {self.skipped}"
        lines = [f"{shown_name(self.name)} ({self.format})", f"  title: {self.title}", f"  passages: {self.passages}"]
        lines.append(f"  interviewees: {', '.join(self.interviewees) or 'none found'}")
        lines.append(f"  interviewer: {', '.join(self.interviewers) or 'not named'}")
        lines.append("  sections:")
        lines.extend(f"    {title} — {', '.join(speakers) or 'no speaker'}" for title, speakers in self.sections)
        lines.append("  prompts / answers per speaker:")
        lines.extend(f"    {name}: {self.prompts.get(name, 0)} / {count}" for name, count in Counter(self.answers).most_common())
        lines.append(f"  text left unattributed: {self.unattributed:.0%}")
        lines.extend(f"  warning: {note}" for note in self.warnings)
        return "\n".join(lines)


def parse_source(source: Source, name: str, title: str, meta: dict | None = None, max_words: int = DEFAULT_MAX_PASSAGE_WORDS) -> list[Passage]:
    """Passages of a document already read (pure: no file access), cited as `name`, titled `title`."""
    try:
        layout = lay_out(source, meta or {}, title)
    finally:
        forget_document()
    return build_passages(layout, source.text, name, title, source.unit, max_words)


# Parsing is a pure function of a document's name, bytes and sidecar: the last parses are kept,
# so a rebuild in a running app (a document added to the library) parses only what changed.
# A parse kept costs about its text (the 319 stored test documents: 5.7 MB together).
PARSES_KEPT = 1024
_parses: OrderedDict[tuple, tuple[list[Passage], dict, DocumentReport]] = OrderedDict()
_parses_lock = threading.Lock()


def parse_document(path: Path, max_words: int = DEFAULT_MAX_PASSAGE_WORDS) -> tuple[list[Passage], dict, DocumentReport]:
    """Passages of one document, its effective metadata (the sidecar with the roles and
    characters the document states) and the report of how it was understood."""
    raw = document_bytes(path)
    meta = document_meta(path)
    key = (path.name, max_words, hashlib.sha256(raw).digest(), json.dumps(meta, sort_keys=True))
    with _parses_lock:
        kept = _parses.get(key)
        if kept is not None:
            _parses.move_to_end(key)
    if kept is None:
        kept = _parse(path, raw, meta, max_words)
        with _parses_lock:
            _parses[key] = kept
            while len(_parses) > PARSES_KEPT:
                _parses.popitem(last=False)
    passages, effective, report = kept
    return list(passages), copy.deepcopy(effective), report


def _parse(path: Path, raw: bytes, meta: dict, max_words: int) -> tuple[list[Passage], dict, DocumentReport]:
    source = source_from_bytes(raw, path)
    title = document_title(path, source.title, meta)
    try:
        layout = lay_out(source, meta, title)
    finally:
        forget_document()
    passages = build_passages(layout, source.text, path.name, title, source.unit, max_words)
    effective = {**meta, "roles": layout.roles, "characters": layout.characters} if (layout.roles or layout.characters) else dict(meta)
    if layout.interviewers:
        effective["interviewers"] = list(layout.interviewers)
    return passages, effective, _report(path, title, source, layout, passages)


def _report(path: Path, title: str, source: Source, layout, passages: list[Passage]) -> DocumentReport:
    sidecar = shown_name(path.stem + META_SUFFIX)
    answers: Counter[str] = Counter()
    prompts: dict[str, set[str]] = {}
    sections = []
    orphan_prompts = 0
    for section in layout.sections:
        speakers = tuple(dict.fromkeys(e.speaker for e in section.exchanges if e.speaker))
        sections.append((section.title, speakers))
        for exchange in section.exchanges:
            if exchange.speaker:
                answers[exchange.speaker] += 1
                if exchange.prompt:
                    prompts.setdefault(exchange.speaker, set()).add(exchange.prompt)
            elif exchange.prompt:
                orphan_prompts += 1
    words = sum(len(p.text.split()) for p in passages) or 1
    unattributed = sum(len(p.text.split()) for p in passages if not p.speaker) / words
    warnings = [*source.warnings, *(w.replace("the sidecar", sidecar) for w in layout.warnings)]
    if orphan_prompts:
        warnings.append(f"{orphan_prompts} answers have no interviewee: add \"interviewees\": [\"Full Name\"] to {sidecar}")
    unresolved = sorted({name for name in answers if name.isupper() and 2 <= len(name) <= 3})
    if unresolved:
        warnings.append(f"speaker labels {', '.join(unresolved)} are not full names: add \"aliases\": {{\"{unresolved[0]}\": \"Full Name\"}} to {sidecar}")
    if passages and not answers:
        warnings.append(f"no interviews recognised; indexed as plain passages without a speaker (if it is an interview, add \"interviewees\" to {sidecar})")
    return DocumentReport(
        name=path.name,
        title=title,
        format=FORMATS[path.suffix.lower()],
        passages=len(passages),
        sections=tuple(sections),
        prompts={name: len(found) for name, found in prompts.items()},
        answers=dict(answers),
        interviewers=layout.interviewers,
        unattributed=unattributed,
        warnings=tuple(warnings),
    )


def inspect_document(path: Path, max_words: int = DEFAULT_MAX_PASSAGE_WORDS) -> DocumentReport:
    """How a document is understood, without building anything; a report of why when it cannot be read."""
    try:
        return parse_document(path, max_words)[2]
    except (ValueError, FileNotFoundError) as error:
        return DocumentReport(path.name, skipped=str(error))


# What parsing depends on besides the documents: this package, the cue words, the text helpers,
# and the libraries that read each format.
_PARSER_SOURCES = ("ingest/*.py", "cues.py", "credit_cues.py", "quote_cues.py", "noise_cues.py", "text.py", "data.py")
_READER_LIBRARIES = ("trafilatura", "pdfplumber", "pdfminer.six", "python-docx", "markdown-it-py", "lxml", "beautifulsoup4")


@functools.lru_cache(maxsize=1)
def parser_version() -> str:
    """A hash of the parser's code and its reading libraries' versions: a change to either can
    change the passages, so an index records it with the documents it was built from."""
    from importlib.metadata import PackageNotFoundError, version

    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(p for pattern in _PARSER_SOURCES for p in package.glob(pattern)):
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    for library in _READER_LIBRARIES:
        try:
            digest.update(f"{library}=={version(library)}\n".encode("utf-8"))
        except PackageNotFoundError:
            digest.update(f"{library} missing\n".encode("utf-8"))
    return digest.hexdigest()


def sources_fingerprint(seeds_dir: Path, max_words: int = DEFAULT_MAX_PASSAGE_WORDS) -> str:
    """A hash of what the index is built from: every document and sidecar in the seeds folder
    (names and bytes; a link out of the folder by its name only, never read), the passage
    length and `parser_version`. Telling whether an index is stale costs reading the files,
    not parsing them."""
    digest = hashlib.sha256(f"{parser_version()}\n{max_words}\n".encode("utf-8"))
    for path in document_paths(seeds_dir):
        digest.update(path.name.encode("utf-8", "surrogateescape") + b"\0")
        if outside_folder(path, seeds_dir):
            digest.update(b"outside\0")
            continue
        for part in (path, path.with_name(path.stem + META_SUFFIX)):
            try:
                digest.update(hashlib.sha256(part.read_bytes()).digest())
            except OSError as error:
                digest.update(f"unreadable {error.errno}".encode("utf-8"))
    return digest.hexdigest()


@dataclass(frozen=True)
class Corpus:
    """The parsed passages of every readable document, each document's metadata, one report per
    document (what was indexed, or why it was left out) and the `sources_fingerprint` of the
    seeds folder as read."""

    passages: list[Passage]
    metas: dict[str, dict]
    reports: list[DocumentReport] = field(default_factory=list, compare=False)
    fingerprint: str = ""

    def digest(self) -> str:
        """A hash of everything the index stores about the corpus; it changes when any of it does."""
        digest = hashlib.sha256(json.dumps(self.metas, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        for passage in self.passages:
            digest.update(json.dumps(passage.to_json(), ensure_ascii=False, sort_keys=True).encode("utf-8"))
            digest.update(b"\n")
        return digest.hexdigest()


def load_corpus(seeds_dir: Path, max_words: int = DEFAULT_MAX_PASSAGE_WORDS) -> Corpus:
    """Parse every document in the seeds folder; a bad document is reported and skipped."""
    # Taken before parsing: a file changed meanwhile makes the index stale, never wrongly fresh.
    fingerprint = sources_fingerprint(seeds_dir, max_words)
    passages: list[Passage] = []
    metas: dict[str, dict] = {}
    reports: list[DocumentReport] = []
    for path in document_paths(seeds_dir):
        outside = outside_folder(path, seeds_dir)
        if outside:
            reports.append(DocumentReport(path.name, skipped=outside))
            log.warning("%s skipped: %s", shown_name(path.name), outside)
            continue
        try:
            found, meta, report = parse_document(path, max_words)
        except (ValueError, FileNotFoundError) as error:
            reports.append(DocumentReport(path.name, skipped=str(error)))
            log.warning("%s skipped: %s", shown_name(path.name), error)
            continue
        if not found:
            reports.append(DocumentReport(path.name, skipped="no text found"))
            continue
        passages.extend(found)
        metas[path.name] = meta
        reports.append(report)
    if not passages:
        raise ValueError(f"No document in {seeds_dir} could be indexed:\n  " + "\n  ".join(r.line() for r in reports))
    return Corpus(passages, metas, reports, fingerprint)


def load_passages(seeds_dir: Path, max_words: int = DEFAULT_MAX_PASSAGE_WORDS) -> list[Passage]:
    """Parse every document in the seeds folder into passages."""
    return load_corpus(seeds_dir, max_words).passages
