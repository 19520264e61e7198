"""A folder of documents in, attributed passages out: thin file reading around the pure readers,
layout and passage cutting, with a report per document of what was understood."""

from __future__ import annotations

import codecs
import functools
import hashlib
import json
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from assistant.data import Passage
from assistant.ingest.blocks import Source
from assistant.ingest.layout import lay_out
from assistant.ingest.names import forget_document
from assistant.ingest.passages import DEFAULT_MAX_PASSAGE_WORDS, build_passages

log = logging.getLogger(__name__)

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}
DOCUMENT_SUFFIXES = tuple(FORMATS)
META_SUFFIX = ".meta.json"
SIDECAR_FIELDS = "title, interviewees, interviewer, aliases, roles, characters"
# Text read as Windows-1252 or Latin-1 has at least this share of plain ASCII characters; at most
# this share of any text is control characters; UTF-16 puts NUL in over this share of its
# high bytes (text in French, German and English: over 0.9, none, over 0.95; random bytes:
# about 0.4, 0.12, 0).
LEGACY_ASCII_SHARE = 0.6
CONTROL_SHARE = 0.01
UTF16_NUL_SHARE = 0.6
_PLAIN_ASCII = re.compile(r"[\x20-\x7e\n\r\t\f]")
# The control characters (Unicode category Cc) but line breaks, tabs and page breaks.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def shown_name(name: str) -> str:
    """A file name as reports print it: as it is, or quoted with escapes when it holds line breaks,
    control or invisible characters, or outer spaces (which could forge or hide a report line)."""
    if name == name.strip() and not any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in name):
        return name
    return json.dumps(name)


def decode_text(raw: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Text from bytes, with warnings: UTF-8 (or UTF-16 with its byte-order mark, or plainly so),
    else Windows-1252 or Latin-1; ValueError for bytes that are not text, judged by content."""
    utf16 = "utf-16" if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else _utf16_without_mark(raw)
    if utf16:
        try:
            text = raw.decode(utf16)
        except UnicodeDecodeError as error:
            raise ValueError(f"{name} looks like UTF-16 text but does not decode (byte {error.start}): save it as UTF-8.") from error
        return _checked(text, name), ("UTF-16 text; read as such, save it as UTF-8 to be sure",)
    if b"\x00" in raw:
        raise ValueError(f"{name} looks like a binary file, not text: export it as UTF-8 text or PDF.")
    try:
        return _checked(raw.decode("utf-8-sig"), name), ()
    except UnicodeDecodeError as error:
        for encoding in ("cp1252", "latin-1"):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            # Legacy-encoded text is mostly plain ASCII letters; random bytes are mostly not.
            if len(_PLAIN_ASCII.findall(text)) < LEGACY_ASCII_SHARE * len(text):
                raise ValueError(f"{name} looks like a binary file, not text: export it as UTF-8 text or PDF.") from error
            return _checked(text, name), (f"not UTF-8 (byte {error.start}); read as {encoding}, check accents and quotes",)
    raise ValueError(f"{name} could not be decoded as text.")


def _utf16_without_mark(raw: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 without a byte-order mark (mostly-Latin text puts a
    NUL in every other byte: the odd ones in little-endian, the even ones in big-endian), else None."""
    sample = raw[:4096]
    if len(sample) < 8:
        return None
    evens, odds = sample[0::2].count(0) / len(sample[0::2]), sample[1::2].count(0) / len(sample[1::2])
    if odds > UTF16_NUL_SHARE and evens == 0:
        return "utf-16-le"
    if evens > UTF16_NUL_SHARE and odds == 0:
        return "utf-16-be"
    return None


def _checked(text: str, name: str) -> str:
    """The text, unless control characters (other than line breaks, tabs and page breaks) show it is not."""
    controls = len(_CONTROLS.findall(text))
    if controls > CONTROL_SHARE * len(text):
        raise ValueError(f"{name} looks like a binary file, not text: export it as UTF-8 text or PDF.")
    return text


def read_source(path: Path) -> Source:
    """Read a document of any supported format; FileNotFoundError/ValueError with a clear message."""
    from assistant.ingest.read_docx import read_docx
    from assistant.ingest.read_html import read_html
    from assistant.ingest.read_pdf import read_pdf
    from assistant.ingest.read_text import read_markdown, read_plain

    try:
        raw = path.read_bytes()
    except OSError as error:
        raise FileNotFoundError(f"Cannot read {path}: {error.strerror}. Check the file exists and is readable.") from error
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ValueError(f"{shown_name(path.name)}: unsupported format; use one of {', '.join(DOCUMENT_SUFFIXES)}.")
    if not raw.strip():
        raise ValueError(f"{shown_name(path.name)} is empty: add text to it or remove it.")
    if kind in ("pdf", "docx"):
        try:
            return (read_pdf if kind == "pdf" else read_docx)(raw)
        except ValueError as error:
            raise ValueError(f"{shown_name(path.name)} is {error}.") from error
    text, warnings = decode_text(raw, shown_name(path.name))
    reader = {"text": read_plain, "markdown": read_markdown, "html": read_html}[kind]
    source = reader(text)
    return Source(source.blocks, source.unit, source.title, source.fields, source.warnings + warnings, source.printed)


def document_meta(path: Path) -> dict:
    """What `<name>.meta.json` beside a document declares (title, interviewees, interviewer,
    aliases, roles, characters), or {}."""
    meta_path = path.with_name(path.stem + META_SUFFIX)
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"{shown_name(meta_path.name)} is not valid JSON ({error}): fix or delete it.") from error
    if not isinstance(meta, dict):
        raise ValueError(f"{shown_name(meta_path.name)} must hold a JSON object such as {{\"title\": \"...\"}}.")
    return checked_sidecar(meta, shown_name(meta_path.name))


# Each sidecar field: the kinds of JSON value it takes, and an example shown when it is wrong.
SIDECAR_SCHEMA = {
    "title": ("text", '"Night Bus press notes"'),
    "interviewees": ("names", '["Maria Ruiz", "Tom Lee"]'),
    "interviewee": ("names", '"Maria Ruiz"'),
    "interviewer": ("names", '"Anne Weber"'),
    "interviewers": ("names", '["Anne Weber"]'),
    "aliases": ("map of names", '{"MR": "Maria Ruiz"}'),
    "roles": ("map of names", '{"director": "Lena Park"}'),
    "characters": ("map of name lists", '{"Elena": ["Maria Ruiz"]}'),
}


def checked_sidecar(meta: dict, name: str) -> dict:
    """The sidecar with each known field checked against SIDECAR_SCHEMA (a single name where a list
    is expected is taken as a list of one); ValueError naming the field and an example otherwise.
    Unknown fields are kept and ignored."""
    checked = dict(meta)
    for field_name, (kind, example) in SIDECAR_SCHEMA.items():
        if field_name not in meta or meta[field_name] is None:
            continue
        value = meta[field_name]
        valid = {
            "text": isinstance(value, str),
            "names": isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value)),
            "map of names": isinstance(value, dict) and all(isinstance(v, str) for v in value.values()),
            "map of name lists": isinstance(value, dict) and all(
                isinstance(v, str) or (isinstance(v, list) and all(isinstance(a, str) for a in v)) for v in value.values()
            ),
        }[kind]
        if not valid:
            raise ValueError(f"{name}: \"{field_name}\" must be like {example}, not {json.dumps(value, ensure_ascii=False)[:60]}: fix or delete it.")
        if kind == "map of name lists":
            checked[field_name] = {k: [v] if isinstance(v, str) else list(v) for k, v in value.items()}
    return checked


def document_title(path: Path, own_title: str | None = None, meta: dict | None = None) -> str:
    """The document's title: its meta file's (`meta` when already read), else its own (front
    matter, first heading, PDF or page title), else its file name."""
    title = (document_meta(path) if meta is None else meta).get("title") or own_title
    if title:
        return " ".join(str(title).split())
    words = path.stem.replace("_", " ").replace("-", " ").split()
    return " ".join(words).capitalize() if words else path.name


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


def parse_document(path: Path, max_words: int = DEFAULT_MAX_PASSAGE_WORDS) -> tuple[list[Passage], dict, DocumentReport]:
    """Passages of one document, its effective metadata (the sidecar with the roles and
    characters the document states) and the report of how it was understood."""
    source = read_source(path)
    meta = document_meta(path)
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
_PARSER_SOURCES = ("ingest/*.py", "cues.py", "text.py", "data.py")
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
