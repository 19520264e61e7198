"""Reading one document file: its format, its bytes decoded as text, its sidecar of metadata
(`<name>.meta.json`) and its title. Clear errors for what cannot be read."""

from __future__ import annotations

import codecs
import json
import re
import unicodedata
from pathlib import Path

from assistant.ingest.blocks import Source
from assistant.text import plain_letters

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
    return source_from_bytes(document_bytes(path), path)


def document_bytes(path: Path) -> bytes:
    """A document file's bytes; FileNotFoundError naming the file when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as error:
        raise FileNotFoundError(f"Cannot read {path}: {error.strerror}. Check the file exists and is readable.") from error


def source_from_bytes(raw: bytes, path: Path) -> Source:
    """A document already read (`raw`), in the format its name says; ValueError when it is not one."""
    from assistant.ingest.read_docx import read_docx
    from assistant.ingest.read_html import read_html
    from assistant.ingest.read_pdf import read_pdf
    from assistant.ingest.read_text import read_markdown, read_plain

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
    source = reader(plain_letters(text))
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
    # Its first letter in capitals, the others as the file names them ("Hugh Sanderson.md").
    return " ".join(words)[:1].upper() + " ".join(words)[1:] if words else path.name
