"""Reader for Word documents (.docx, python-docx): paragraphs and table rows in order, heading
styles as headings (and short paragraphs in larger type than the body's, as a PDF's are), bold and
italic runs kept; places are paragraph numbers."""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from dataclasses import replace

from assistant.ingest.blocks import PARAGRAPH, Block, Source, from_runs, row_blocks

_HEADING_STYLE = re.compile(r"(?i)^(?:heading\s*(\d)|title|subtitle)")
# A paragraph set this much larger than the body, in at most this many words, is a heading.
HEADING_SIZE = 1.2
MAX_HEADING_WORDS = 20


def read_docx(raw: bytes) -> Source:
    """Blocks of a .docx file; ValueError when it is not a readable Word document."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = Document(io.BytesIO(raw))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ValueError("not a readable Word document (damaged, or not .docx): re-save it as .docx or export it as PDF") from error
    blocks: list[Block] = []
    sizes: list[tuple[float | None, int]] = []
    # What a run without a size of its own or of its styles is set in: the Normal style's, else the
    # document's default (Word's docDefaults), found once.
    normal = _style_size(document.styles["Normal"])
    default_size = normal.pt if normal is not None else _default_size(document)
    styled_title = None
    place = 0
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            place += 1
            paragraph = Paragraph(element, document)
            runs = [(run.text, _style(run, paragraph)) for run in paragraph.runs]
            if any(text.strip() for text, _ in runs):
                blocks.append(from_runs([(place, line) for line in _lines(runs)], _heading_level(paragraph)))
                sizes.append(_type_size(paragraph, default_size))
                if styled_title is None and paragraph.style is not None and paragraph.style.name == "Title":
                    styled_title = blocks[-1].text
        elif tag == "tbl":
            for row in Table(element, document).rows:
                place += 1
                cells = [" ".join(cell.text.split()) for cell in row.cells]
                # (A merged cell repeats in each column it spans: once.)
                for found in row_blocks(list(dict.fromkeys(cells)), place, " – "):
                    blocks.append(found)
                    sizes.append((None, len(found.text)))
    blocks = _sized_headings(blocks, sizes)
    # The file's author property names whoever saved it (often a tool), not the interviewer.
    # Without a title property, the paragraph set in the Title style names the document.
    title = (document.core_properties.title or "").strip() or styled_title
    return Source(tuple(blocks), PARAGRAPH, title, {"title": title} if title else {})


def _lines(runs: list[tuple[str, str | None]]) -> list[list[tuple[str, str | None]]]:
    """A paragraph's runs cut into its lines at manual line breaks (python-docx reads a <w:br/>
    as "\n"), as a speaker's name set on a line of its own above the turn needs."""
    lines: list[list[tuple[str, str | None]]] = [[]]
    for text, style in runs:
        for index, part in enumerate(text.split("\n")):
            if index:
                lines.append([])
            lines[-1].append((part, style))
    return [line for line in lines if any(text.strip() for text, _ in line)]


def _heading_level(paragraph) -> int:
    match = _HEADING_STYLE.match(paragraph.style.name if paragraph.style is not None else "")
    if match is None:
        return 0
    return int(match.group(1)) if match.group(1) else 1


def _style(run, paragraph) -> str | None:
    """"bold" or "italic" for a run set so directly or by its character or paragraph style."""
    def inherited(attribute: str) -> bool:
        value = getattr(run.font, attribute)
        if value is None and run.style is not None:
            value = getattr(run.style.font, attribute)
        if value is None and paragraph.style is not None and not _HEADING_STYLE.match(paragraph.style.name or ""):
            value = getattr(paragraph.style.font, attribute)
        return bool(value)

    return "bold" if inherited("bold") else "italic" if inherited("italic") else None


def _type_size(paragraph, default: float | None) -> tuple[float | None, int]:
    """The type size (points) most of a paragraph's letters are set in, and its letter count: a
    run's own size, else its style's, else the paragraph style's (or its base styles'), else
    `default` (None when nothing says)."""
    counts: Counter = Counter()
    paragraph_size = _style_size(paragraph.style)
    for run in paragraph.runs:
        size = run.font.size or (run.style.font.size if run.style is not None else None) or paragraph_size
        counts[size.pt if size is not None else default] += len(run.text.strip())
    size, _ = counts.most_common(1)[0] if counts else (None, 0)
    return size, sum(counts.values())


def _default_size(document) -> float | None:
    """The document's default type size in points (Word's docDefaults, in half-points), if set."""
    found = document.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val")
    try:
        return int(found[0]) / 2 if found else None
    except ValueError:
        return None


def _style_size(style):
    """A paragraph style's type size, looked up through the styles it is based on."""
    while style is not None:
        if style.font.size is not None:
            return style.font.size
        style = style.base_style
    return None


def _sized_headings(blocks: list[Block], sizes: list[tuple[float | None, int]]) -> list[Block]:
    """Blocks in larger type than the body (the size most letters are set in) made headings, the
    largest the highest level, when short; unchanged when the sizes are unknown."""
    letters: Counter = Counter()
    for size, count in sizes:
        letters[size] += count
    body = letters.most_common(1)[0][0] if letters else None
    if body is None:
        return blocks
    larger = sorted({size for size, _ in sizes if size is not None and size >= HEADING_SIZE * body}, reverse=True)
    levels = {size: min(level, 6) for level, size in enumerate(larger, 1)}
    return [
        replace(block, heading=levels[size]) if not block.heading and size in levels and len(block.text.split()) <= MAX_HEADING_WORDS else block
        for block, (size, _) in zip(blocks, sizes)
    ]
