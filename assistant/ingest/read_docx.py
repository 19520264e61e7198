"""Reader for Word documents (.docx, python-docx): paragraphs and table rows in order, heading
styles as headings, bold and italic runs kept; places are paragraph numbers."""

from __future__ import annotations

import io
import re
import zipfile

from assistant.ingest.blocks import PARAGRAPH, Block, Source, from_runs

_HEADING_STYLE = re.compile(r"(?i)^(?:heading\s*(\d)|title|subtitle)")


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
                if styled_title is None and paragraph.style is not None and paragraph.style.name == "Title":
                    styled_title = blocks[-1].text
        elif tag == "tbl":
            for row in Table(element, document).rows:
                place += 1
                cells = [" ".join(cell.text.split()) for cell in row.cells]
                text = " – ".join(dict.fromkeys(cell for cell in cells if cell))
                if text:
                    blocks.append(from_runs([(place, [(text, None)])]))
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
