"""The PDF reader on documents made in the test with fpdf2: bold questions, running headers and
page numbers, one-line paragraphs, a word set in two fonts, a PDF with no text to extract."""

import pytest

from assistant.ingest.documents import parse_document
from assistant.ingest.files import read_source


def make_pdf(path, pages: list[list[tuple[str, str]]], title: str | None = None, header: str | None = None) -> None:
    """A PDF whose pages hold (style, text) paragraphs, style "" or "B" (bold) or "I" (italic) or
    "H" (a large bold heading), with a running header and the page number at the foot."""
    from fpdf import FPDF

    class Kit(FPDF):
        def header(self):
            if header:
                self.set_font("Helvetica", "I", 8)
                self.cell(0, 8, header, align="R")
                self.ln(12)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 8, str(self.page_no()), align="C")

    pdf = Kit()
    if title:
        pdf.set_title(title)
    for page in pages:
        pdf.add_page()
        for style, text in page:
            if style == "H":
                pdf.set_font("Helvetica", "B", 18)
            else:
                pdf.set_font("Helvetica", style, 11)
            pdf.multi_cell(0, 6, text)
            pdf.ln(4)
    pdf.output(str(path))


def test_a_pdf_with_bold_questions_running_headers_and_page_numbers(tmp_path):
    path = tmp_path / "kit.pdf"
    make_pdf(
        path,
        [
            [("H", "Interview with Claire Martin"), ("B", "How did you cast the choir?"), ("", "I auditioned two hundred singers in Lyon, over three long weekends in the spring.")],
            [("B", "Was the shoot long?"), ("", "Eight weeks, most of them at night in an empty church.")],
            [("B", "What comes next?"), ("", "A film about a lighthouse keeper.")],
        ],
        title="Winter Choir press notes",
        header="WINTER CHOIR - PRESS NOTES",
    )
    source = read_source(path)
    assert source.unit == "page" and source.title == "Winter Choir press notes"
    text = " ".join(b.text for b in source.blocks)
    assert "PRESS NOTES" not in text and not any(b.text.strip().isdigit() for b in source.blocks)
    passages = parse_document(path)[0]
    assert [(p.speaker, p.question, p.text, p.lines) for p in passages] == [
        ("Claire Martin", "How did you cast the choir?", "I auditioned two hundred singers in Lyon, over three long weekends in the spring.", (1, 1)),
        ("Claire Martin", "Was the shoot long?", "Eight weeks, most of them at night in an empty church.", (2, 2)),
        ("Claire Martin", "What comes next?", "A film about a lighthouse keeper.", (3, 3)),
    ]
    assert passages[1].place() == "page 2"


def test_a_pdf_of_one_line_paragraphs_apart_keeps_each_paragraph(tmp_path):
    """Every paragraph one line long, so the usual pitch is a paragraph's: each still stands alone."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "NIGHT BUS", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "Interview with Lena Park", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    for line in ["How did the idea come to you?", "I grew up on night buses.", "Was it hard to shoot at night?", "Very."]:
        pdf.multi_cell(0, 6, line)
        pdf.ln(5)
    path = tmp_path / "notes.pdf"
    pdf.output(str(path))
    assert [b.text for b in read_source(path).blocks] == [
        "NIGHT BUS", "Interview with Lena Park", "How did the idea come to you?", "I grew up on night buses.", "Was it hard to shoot at night?", "Very.",
    ]
    assert [(p.speaker, p.question, p.text) for p in parse_document(path)[0]] == [
        ("Lena Park", "How did the idea come to you?", "I grew up on night buses."),
        ("Lena Park", "Was it hard to shoot at night?", "Very."),
    ]


def test_a_pdf_word_set_in_two_fonts_of_one_style_stays_whole_and_a_style_change_stays_marked(tmp_path):
    """A PDF may switch fonts (or subsets of one font) inside a word: "ele" + "ments" is one word;
    a bold "Q:" set against its plain question keeps its emphasis."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    for family, style, text in [("Helvetica", "", "Getting back to teaching ele"), ("Times", "", "ments, everybody is different. "), ("Helvetica", "B", "Q:"), ("Helvetica", "", "Why?")]:
        pdf.set_font(family, style, 11)
        pdf.write(6, text)
    path = tmp_path / "fonts.pdf"
    pdf.output(str(path))
    (block,) = read_source(path).blocks
    assert block.text == "Getting back to teaching elements, everybody is different. Q:Why?"
    assert [block.text[a:b] for a, b, kind in block.emphasis if kind == "bold"] == ["Q:"]


def test_a_pdf_of_pictures_of_text_gets_a_message_saying_so(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 40, style="F")
    path = tmp_path / "presskit.pdf"
    pdf.output(str(path))
    with pytest.raises(ValueError) as raised:
        read_source(path)
    assert str(raised.value) == (
        "presskit.pdf is only pictures of text, with no text to extract (a scan, or type turned into outlines): export it with its text, or as .txt."
    )


def test_a_transcript_pdf_with_zero_width_spaces_between_its_words_and_lines_reads_in_order():
    """The real oral-history PDF of unseen_check72: zero-width spaces set between words and on
    lines of their own had scrambled the words ("When: were / you / born"); a bold question run
    over two lines after its plain label stays one paragraph."""
    from assistant.config import PROJECT_ROOT

    path = PROJECT_ROOT / "tests" / "data" / "external" / "antigua_agnes_meeker_interview.pdf"
    assert not any("\u200b" in b.text for b in read_source(path).blocks)
    questions = [p.question for p in parse_document(path)[0] if p.speaker == "Agnes Meeker"]
    assert "When were you born and where?" in questions
    assert "Do you have any other family connections or just connections in general with other mills or their estates?" in questions


def test_a_press_release_pdf_loses_its_unmapped_bullets_and_its_maker_s_placeholder_title():
    """The real press release of unseen_check116, made with ReportLab: its bullets are glyphs the
    font maps to no letter ("(cid:127)" in pdfminer's text) and its title field "(anonymous)"."""
    from assistant.config import PROJECT_ROOT

    source = read_source(PROJECT_ROOT / "tests" / "data" / "external" / "gabriel_simon_press_release.pdf")
    assert not any("(cid:" in b.text for b in source.blocks)
    assert source.title == "MI'KMAW AUTHOR GABRIEL SIMON LAUNCHES \"RED"
    assert any(b.text.startswith("No Treaty With The Dead (Deadlands Vol. 1): Focuses on") for b in source.blocks)
