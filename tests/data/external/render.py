"""Render two of the public interviews as the formats distributors send, questions in bold.

  .venv/bin/python tests/data/external/render.py

writes thierry_arbogast_interview.pdf (from the HTML page: title, running header, page numbers,
bold questions) and dff_michael_wilcox_qa.docx (from the Markdown post: title as a heading, the
festival's questions in bold, the answers' speaker labels in bold). The words are the public
documents' own; only the typesetting is ours. The outputs are committed, so the tests do not need
this script or its fonts (Debian's fonts-dejavu, for the PDF's accented letters).
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONTS = Path("/usr/share/fonts/truetype/dejavu")


def arbogast_pdf() -> Path:
    """The Arbogast interview as a press-notes PDF: header and page number on every page."""
    from bs4 import BeautifulSoup
    from fpdf import FPDF

    soup = BeautifulSoup((HERE / "thierry_arbogast_interview.html").read_text(encoding="utf-8"), "html.parser")
    title = soup.h1.get_text(" ", strip=True)
    # (question or None, paragraphs): the page breaks an answer's paragraphs with <br />.
    items: list[tuple[str | None, list[str]]] = []
    for paragraph in soup.article.find_all("p"):
        for line_break in paragraph.find_all("br"):
            line_break.replace_with("\u2028")
        question = paragraph.find("strong")
        question_text = " ".join(question.extract().get_text(" ").split()) if question else None
        chunks = [" ".join(chunk.split()) for chunk in paragraph.get_text().split("\u2028")]
        items.append((question_text, [chunk for chunk in chunks if chunk]))

    class Notes(FPDF):
        def header(self) -> None:
            self.set_font("Sans", "I", 8)
            self.set_text_color(110)
            self.cell(0, 8, f"N42C  ·  {title}", align="R")
            self.ln(12)
            self.set_text_color(0)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Sans", "", 8)
            self.cell(0, 8, str(self.page_no()), align="C")

    pdf = Notes(format="A4")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_title(title)
    pdf.set_margins(22, 18, 22)
    pdf.add_page()
    pdf.set_font("Sans", "B", 18)
    pdf.multi_cell(0, 9, title)
    pdf.ln(3)
    for question, paragraphs in items:
        pdf.ln(2)
        if question:
            pdf.set_font("Sans", "B", 10)
            pdf.multi_cell(0, 5.5, question, align="L")
            pdf.ln(1)
        pdf.set_font("Sans", "" if question else "I", 10)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 5.5, paragraph, align="J")
            pdf.ln(1.5)
    target = HERE / "thierry_arbogast_interview.pdf"
    pdf.output(str(target))
    return target


def wilcox_docx() -> Path:
    """The DFF Q&A as a Word document: festival questions in bold, speaker labels in bold."""
    from docx import Document

    source = (HERE / "dff_michael_wilcox_qa.md").read_text(encoding="utf-8")
    front, body = source.split("---", 2)[1:]
    title = re.search(r"^title: (.+)$", front, re.M).group(1)
    document = Document()
    document.core_properties.title = title
    document.add_heading(title, level=1)
    for paragraph in (p.strip() for p in body.split("\n\n") if p.strip()):
        label = re.match(r"\*\*(.+?)\*\*:\s*(.*)", paragraph, re.S)
        if label is None:
            document.add_paragraph(paragraph)
            continue
        speaker, text = label.groups()
        line = document.add_paragraph()
        line.add_run(f"{speaker}: ").bold = True
        line.add_run(text).bold = speaker == "DFF"
    target = HERE / "dff_michael_wilcox_qa.docx"
    document.save(str(target))
    return target


if __name__ == "__main__":
    for path in (arbogast_pdf(), wilcox_docx()):
        print(f"wrote {path.relative_to(HERE)}")
