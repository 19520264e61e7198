"""The library: the documents in the seeds folder, as a person manages them in the browser.

Listing reads each document's report (what `inspect` prints). Adding stages the uploads in a
folder of their own, checks each by its content and shows how it was understood before anything
enters the seeds folder; confirming moves them in (never over an existing file unless asked).
Removing moves a document and its sidecar to `removed/` beside the seeds, so nothing is lost.
Building is the service's: the chat keeps answering from the index in place until the new one
is complete.
"""

from __future__ import annotations

import datetime
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from assistant.data import Passage
from assistant.ingest.documents import DocumentReport, document_paths, inspect_document, parse_document
from assistant.ingest.files import DOCUMENT_SUFFIXES, FORMATS, META_SUFFIX

# An upload's default size limit (`--max-upload-mb`).
DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024
# How many passages of a staged document the preview shows.
PREVIEW_PASSAGES = 3
REMOVED_FOLDER = "removed"
# Library lines remembered by file identity (path, size, modification time, sidecar's too).
MAX_REMEMBERED = 10_000
_ENTRIES: dict[tuple, LibraryEntry] = {}


@dataclass(frozen=True)
class LibraryEntry:
    """One document of the library, as the Library tab lists it."""

    name: str
    title: str
    format: str
    size: int
    added: str
    interviews: int
    speakers: tuple[str, ...]
    passages: int
    unattributed: float
    warnings: tuple[str, ...]
    skipped: str | None


@dataclass(frozen=True)
class StagedDocument:
    """An uploaded document, checked and parsed, waiting for confirmation."""

    name: str
    report: DocumentReport
    first: tuple[Passage, ...]
    replaces: bool


@dataclass(frozen=True)
class Staged:
    """Uploads waiting in their own folder: the documents and the sidecars that came with them."""

    folder: Path
    documents: tuple[StagedDocument, ...]
    sidecars: tuple[str, ...]


def entry(path: Path, max_words: int) -> LibraryEntry:
    """The library's line for one document in the seeds folder: read again only when the file
    or its sidecar changed (the app lists the library on every page load)."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns, _stamp(path.with_name(path.stem + META_SUFFIX)), max_words)
    found = _ENTRIES.get(key)
    if found is None:
        found = _read_entry(path, stat, max_words)
        if len(_ENTRIES) >= MAX_REMEMBERED:
            _ENTRIES.pop(next(iter(_ENTRIES)))
        _ENTRIES[key] = found
    return found


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _read_entry(path: Path, stat, max_words: int) -> LibraryEntry:
    report = inspect_document(path, max_words)
    return LibraryEntry(
        path.name,
        report.title or path.name,
        FORMATS.get(path.suffix.lower(), path.suffix),
        stat.st_size,
        datetime.datetime.fromtimestamp(stat.st_mtime).strftime("%Y-%m-%d %H:%M"),
        len([s for s in report.sections if s[1]]),
        tuple(report.interviewees),
        report.passages,
        report.unattributed,
        report.warnings,
        report.skipped,
    )


def entries(seeds_dir: Path, max_words: int) -> list[LibraryEntry]:
    """Every document of the seeds folder with its report; [] for an empty or missing folder."""
    try:
        paths = document_paths(seeds_dir)
    except FileNotFoundError:
        return []
    return [entry(path, max_words) for path in paths]


def safe_name(client_name: str) -> str:
    """A file name for an upload that cannot point anywhere else: the last part of what the
    client sent, with anything but letters, digits, dot, dash and underscore replaced."""
    base = re.split(r"[\\/]", client_name or "")[-1]
    cleaned = re.sub(r"[^\w.-]", "_", base, flags=re.ASCII).lstrip(".")
    if not cleaned or cleaned in (".", ".."):
        raise ValueError(f"{client_name!r} is not a usable file name: rename the file and upload it again.")
    return cleaned[:120]


def _checked_content(path: Path, name: str) -> None:
    """Refuse a file whose content is not what its name says (a PDF must be a PDF, a Word file a
    Word archive, text must not be binary); the readers then check the rest."""
    raw = path.read_bytes()[:8]
    kind = FORMATS[Path(name).suffix.lower()]
    if kind == "pdf" and not raw.startswith(b"%PDF"):
        raise ValueError(f"{name} is not a PDF (its content does not start like one): upload the PDF itself.")
    if kind == "docx" and not (zipfile.is_zipfile(path) and "word/document.xml" in zipfile.ZipFile(path).namelist()):
        raise ValueError(f"{name} is not a Word (.docx) document: save it as .docx and upload it again.")


def stage(uploads: list[tuple[Path, str]], seeds_dir: Path, max_words: int, max_bytes: int = DEFAULT_MAX_UPLOAD_BYTES) -> Staged:
    """Check uploads (file on disk, name the client gave) and parse them in a staging folder;
    ValueError naming the file and the fix for the first that cannot be added (nothing staged)."""
    if not uploads:
        raise ValueError("Choose one or more files to add (PDF, DOCX, HTML, Markdown or text, and any .meta.json).")
    folder = Path(tempfile.mkdtemp(prefix="press-kit-upload-"))
    try:
        names = []
        for path, client_name in uploads:
            name = safe_name(client_name)
            if not (name.lower().endswith(META_SUFFIX) or Path(name).suffix.lower() in DOCUMENT_SUFFIXES):
                raise ValueError(f"{name}: unsupported format; add one of {', '.join(DOCUMENT_SUFFIXES)} (or a {META_SUFFIX} sidecar).")
            size = path.stat().st_size
            if size > max_bytes:
                raise ValueError(f"{name} is {size / 1e6:.1f} MB, over the {max_bytes // (1024 * 1024)} MB limit: split it or ask the administrator to raise --max-upload-mb.")
            if name in names:
                raise ValueError(f"{name} was given twice: upload it once.")
            shutil.copyfile(path, folder / name)
            names.append(name)
        documents = []
        for name in names:
            if name.lower().endswith(META_SUFFIX):
                continue
            _checked_content(folder / name, name)
            try:
                passages, _, report = parse_document(folder / name, max_words)
            except (ValueError, FileNotFoundError) as error:
                raise ValueError(f"{name} cannot be added: {error}") from error
            if not passages:
                raise ValueError(f"{name} cannot be added: no text was found in it.")
            documents.append(StagedDocument(name, report, tuple(passages[:PREVIEW_PASSAGES]), (seeds_dir / name).exists()))
        if not documents:
            raise ValueError("Only sidecars were given: upload the document they describe with them.")
        sidecars = tuple(n for n in names if n.lower().endswith(META_SUFFIX))
        return Staged(folder, tuple(documents), sidecars)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def commit(staged: Staged, seeds_dir: Path, replace: bool = False) -> list[str]:
    """Move staged files into the seeds folder; ValueError (nothing moved) when one would replace
    an existing file and `replace` is not given."""
    names = [d.name for d in staged.documents] + list(staged.sidecars)
    existing = [name for name in names if (seeds_dir / name).exists()]
    if existing and not replace:
        raise ValueError(f"Already in the library: {', '.join(existing)}. Tick \"replace\" to overwrite, or rename the file.")
    seeds_dir.mkdir(parents=True, exist_ok=True)
    for name in names:
        if (seeds_dir / name).exists():
            _keep_removed(seeds_dir / name, seeds_dir)
        shutil.move(str(staged.folder / name), seeds_dir / name)
    discard(staged)
    return names


def discard(staged: Staged) -> None:
    """Forget staged uploads (cancel, or after a commit)."""
    shutil.rmtree(staged.folder, ignore_errors=True)


def remove(name: str, seeds_dir: Path) -> list[str]:
    """Move a document (and its sidecar) out of the library into `removed/` beside the seeds;
    ValueError when it is not in the library."""
    path = seeds_dir / safe_name(name)
    if path.name != name or not path.is_file() or path.suffix.lower() not in DOCUMENT_SUFFIXES:
        raise ValueError(f"{name!r} is not a document of the library: pick one from the list.")
    moved = [_keep_removed(path, seeds_dir)]
    sidecar = path.with_name(path.stem + META_SUFFIX)
    if sidecar.exists():
        moved.append(_keep_removed(sidecar, seeds_dir))
    return moved


def _keep_removed(path: Path, seeds_dir: Path) -> str:
    """Move a file into `removed/` beside the seeds folder, stamped so nothing is overwritten."""
    folder = seeds_dir.parent / REMOVED_FOLDER
    folder.mkdir(exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stamp}-{path.name}"
    shutil.move(str(path), target)
    return str(target)


TABLE_HEADERS = ["document", "title", "format", "size", "added", "interviews", "speakers", "passages", "unattributed", "warnings"]


def table_rows(listed: list[LibraryEntry]) -> list[list]:
    """The Library tab's table: one row a document (a skipped one says why in its warnings)."""
    rows = []
    for e in listed:
        warnings = "; ".join((f"skipped: {e.skipped}",) if e.skipped else e.warnings)
        size = f"{e.size / 1024:.0f} KB" if e.size < 1024 * 1024 else f"{e.size / (1024 * 1024):.1f} MB"
        rows.append([e.name, e.title, e.format, size, e.added, e.interviews, ", ".join(e.speakers), e.passages, f"{e.unattributed:.0%}", warnings])
    return rows


def preview_markdown(staged: Staged) -> str:
    """How each staged document was understood, before it is added: speakers, prompt and answer
    counts, warnings and its first passages, every word from the file escaped."""
    from assistant.present import attribution, escape_markdown

    parts = []
    for d in staged.documents:
        r = d.report
        speakers = ", ".join(r.interviewees) or "none found (add a sidecar naming the interviewees)"
        replaces = " — **replaces the document of that name**" if d.replaces else ""
        parts.append(
            f"### {escape_markdown(d.name)}{replaces}\n\n"
            f"{escape_markdown(r.title or d.name)}: {r.passages} passages, {len([s for s in r.sections if s[1]])} interviews, "
            f"{sum(r.prompts.values())} prompts, {sum(r.answers.values())} answers; {r.unattributed:.0%} of the text has no speaker.\n\n"
            f"Speakers: {escape_markdown(speakers)}"
        )
        parts += [f"*Warning:* {escape_markdown(w)}" for w in r.warnings]
        for p in d.first:
            prompt = f" — *{escape_markdown(p.question)}*" if p.question else ""
            parts.append(f"**{escape_markdown(attribution(p))}**{prompt}\n\n> {escape_markdown(p.text)}")
    if staged.sidecars:
        parts.append("Sidecars: " + escape_markdown(", ".join(staged.sidecars)))
    return "\n\n".join(parts)
