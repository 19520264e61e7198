"""Reader for PDF press kits (pdfplumber): words with their fonts, grouped into lines and
paragraphs by position; running headers, footers and page numbers dropped; larger type read as
headings, bold and italic fonts as emphasis. Places are page numbers."""

from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass

from assistant.ingest.blocks import PAGE, Block, Run, Source, from_runs, is_furniture, running_lines
from assistant.text import LINE_ENDS_SENTENCE

_BOLD_FONT = re.compile(r"(?i)bold|black|heavy|semibold|demi|[-,]B(?:d|old)?\b")
_ITALIC_FONT = re.compile(r"(?i)italic|oblique|[-,]I(?:t)?\b")
# Lines this close to the top or bottom edge may be running headers or footers.
EDGE = 0.1
HEADING_SIZE = 1.2
PARAGRAPH_GAP = 1.45
MAX_LINE_PITCH = 1.6
# Zero-width spaces and joiners, the word joiner and the byte-order mark.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")
# A glyph the font maps to no letter, which pdfminer writes "(cid:127)" (a bullet, most often): no text.
_UNMAPPED_GLYPH = re.compile(r"^\(cid:\d+\)$")
# A title a PDF maker writes when the author gave none ("(anonymous)", "Untitled"): no title.
_PLACEHOLDER_TITLE = re.compile(r"(?i)^\(?\s*(?:anonymous|untitled(?:\s+document)?|unspecified|no\s+title|none)\s*\)?$")
UNPROTECT = "save a copy without protection (or export it as .txt)"
PASSWORD_PROTECTED = f"password-protected (it opens only with a password): {UNPROTECT}"


@dataclass(frozen=True)
class _Line:
    page: int
    top: float
    bottom: float
    size: float
    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.runs).rstrip()

    def style(self) -> str | None:
        """The style of all its words, if they share one ("bold", "italic"), else None."""
        styles = {style for _, style in self.runs}
        return styles.pop() if len(styles) == 1 else None


# What a picture saved under a ".pdf" name opens with, and what it is.
_PICTURE_SIGNATURES = {b"\xff\xd8\xff": "a JPEG picture", b"\x89PNG": "a PNG picture", b"GIF8": "a GIF picture"}


def read_pdf(raw: bytes) -> Source:
    """Blocks of a PDF; ValueError saying whether it is encrypted, damaged, a picture or has no text."""
    picture = next((kind for signature, kind in _PICTURE_SIGNATURES.items() if raw.startswith(signature)), None)
    if picture:
        # Worded to follow "NAME is", as every reader's message is.
        raise ValueError(f"{picture}, not a PDF, though its name ends in .pdf: export the press kit as a PDF with its text, or as .txt")
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfexceptions import PDFException
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            title = str((pdf.metadata or {}).get("Title") or "").strip() or None
            title = None if title and _PLACEHOLDER_TITLE.match(title) else title
            pages = [_page_lines(page, number) for number, page in enumerate(pdf.pages, 1)]
            heights = [float(page.height) for page in pdf.pages]
    # A damaged file can fail anywhere in the parser, with pdfminer's errors or Python's own.
    except (PdfminerException, PDFException, PSException, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError) as error:
        # pdfplumber wraps pdfminer's error as the first argument of its own.
        cause = error.args[0] if isinstance(error, PdfminerException) and error.args else error
        if isinstance(cause, PDFPasswordIncorrect):
            raise ValueError(PASSWORD_PROTECTED) from error
        if isinstance(cause, PDFEncryptionError):
            raise ValueError(f"encrypted in a way that cannot be read ({cause}): {UNPROTECT}") from error
        raise ValueError("not a readable PDF (damaged, or not a PDF): re-export it") from error
    lines = _without_furniture(pages, heights)
    if not lines:
        # Worded to follow "NAME is", as every reader's message is.
        raise ValueError("only pictures of text, with no text to extract (a scan, or type turned into outlines): export it with its text, or as .txt")
    body_size = statistics.median(size for line in lines for size in [line.size] * max(1, len(line.text)))
    blocks, printed = _paragraphs(lines, body_size)
    if title is None:
        title = next((b.text for b in blocks if b.heading), None)
    return Source(tuple(blocks), PAGE, title, {"title": title} if title else {}, printed=printed)


def _page_lines(page, number: int) -> list[_Line]:
    """The page's words grouped into lines (top to bottom), each word with its font's style."""
    # Words are not split where the font's name changes but its style does not: a PDF may switch
    # between subsets of one font ("BCDGEE+Calibri", "BCDHEE+Calibri") inside a word ("ele ments").
    # Zero-width characters some exports set between words and lines are no text, and placed in
    # the text flow they scramble the words' order ("When: were / you / born…").
    visible = page.filter(
        lambda obj: not (obj.get("object_type") == "char" and (obj.get("text") in _INVISIBLE or _UNMAPPED_GLYPH.match(obj.get("text") or "")))
    )
    words = visible.extract_words(extra_attrs=["size"], use_text_flow=True, keep_blank_chars=False, return_chars=True)
    lines: list[list[dict]] = []
    for word in words:
        if lines and abs(word["top"] - lines[-1][-1]["top"]) <= max(2.0, 0.35 * word["size"]):
            lines[-1].append(word)
        else:
            lines.append([word])
    result = []
    for line in lines:
        runs = tuple(run for word in line for run in _styled_runs(word["chars"]))
        sizes = [word["size"] for word in line]
        result.append(_Line(number, min(w["top"] for w in line), max(w["bottom"] for w in line), statistics.median(sizes), runs))
    return result


def _styled_runs(chars: list[dict]) -> list[Run]:
    """A word's letters as runs of one style each ("Q:" bold then "Why" plain, when no space
    parts them), the last followed by a space."""
    runs: list[tuple[str, str | None]] = []
    for char in chars:
        style = _font_style(char["fontname"])
        if runs and runs[-1][1] == style:
            runs[-1] = (runs[-1][0] + char["text"], style)
        else:
            runs.append((char["text"], style))
    return runs[:-1] + [(runs[-1][0] + " ", runs[-1][1])]


def _font_style(fontname: str) -> str | None:
    name = fontname.split("+", 1)[-1]
    return "bold" if _BOLD_FONT.search(name) else "italic" if _ITALIC_FONT.search(name) else None


def _without_furniture(pages: list[list[_Line]], heights: list[float]) -> list[_Line]:
    """All lines in reading order, without running headers, footers and page numbers: lines near
    the top or bottom edge that repeat (digits aside) on most pages, or are only a page number."""
    def near_edge(line: _Line, height: float) -> bool:
        return line.top < EDGE * height or line.bottom > (1 - EDGE) * height

    running = running_lines([[line.text for line in page if near_edge(line, height)] for page, height in zip(pages, heights)])
    return [
        line for page, height in zip(pages, heights) for line in page
        if not (near_edge(line, height) and is_furniture(line.text, running))
    ]


def _paragraphs(lines: list[_Line], body_size: float) -> tuple[list[Block], bool]:
    """Lines grouped into paragraphs where the gap above a line is wider than the usual line
    pitch, the type changes size or weight, or a page ends with a finished sentence; when the
    document has no wider gaps at all, every line is its own block (`printed`)."""
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:]) if a.page == b.page and b.top > a.top]
    # Where most paragraphs are one line long, the usual pitch is a paragraph's: a line's is no
    # wider than MAX_LINE_PITCH times the type size.
    pitch = min(statistics.median(pitches), MAX_LINE_PITCH * body_size) if pitches else 0.0
    spaced = pitch > 0 and any(p > PARAGRAPH_GAP * pitch for p in pitches)
    sizes = sorted({round(line.size) for line in lines if line.size >= HEADING_SIZE * body_size}, reverse=True)
    levels = {size: min(level, 6) for level, size in enumerate(sizes, 1)}
    groups: list[list[_Line]] = []
    for line in lines:
        previous = groups[-1][-1] if groups else None
        if previous is None or not spaced or _breaks(previous, line, pitch, body_size):
            groups.append([line])
        else:
            groups[-1].append(line)
    blocks = []
    for group in groups:
        heading = levels.get(round(group[0].size), 0) if len(group[0].text.split()) <= 20 else 0
        blocks.append(from_runs([(line.page, list(line.runs)) for line in group], heading))
    return blocks, not spaced


def _breaks(previous: _Line, line: _Line, pitch: float, body_size: float) -> bool:
    if line.page != previous.page:
        return bool(LINE_ENDS_SENTENCE.search(previous.text.rstrip()))
    heading = line.size >= HEADING_SIZE * body_size
    if heading != (previous.size >= HEADING_SIZE * body_size):
        return True
    if line.top - previous.top > PARAGRAPH_GAP * pitch:
        return True
    # A line set in one style goes on from one ending in it ("C: Do you have any other family
    # connections with" / "other mills or their estates?", the question in bold after its label).
    before = previous.style() or previous.runs[-1][1]
    emphasis = (before in ("bold", "italic"), line.style() in ("bold", "italic"))
    return emphasis[0] != emphasis[1] or (emphasis[0] and before != line.style())
