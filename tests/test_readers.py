"""Readers: each format to blocks with their emphasis and places, on documents made in the test
(Word with python-docx; PDF in test_read_pdf.py) and inline text; bad files get a message naming the fix."""

import logging

import pytest
from bs4 import BeautifulSoup

from assistant.ingest.blocks import Block, from_runs
from assistant.ingest.documents import parse_document
from assistant.ingest.files import read_source
from assistant.ingest.read_html import blocks_of_fragment, read_html, with_nested_lists_as_lines
from assistant.ingest.front_matter import front_matter
from assistant.ingest.read_text import read_markdown, read_plain
from test_external import EXTERNAL


def shape(blocks: tuple[Block, ...]) -> list[tuple]:
    """(first place, heading level, wholly bold, text) of each block."""
    return [(b.first, b.heading, b.wholly("bold"), b.text) for b in blocks]


def test_runs_join_into_one_text_with_emphasis_spans_counted_on_it():
    b = from_runs([(1, [("Anne:", "bold"), ("  Hi  Chris!", None)]), (2, [("How are ", None), ("you", "italic"), ("?", None)])])
    assert b.text == "Anne: Hi Chris! How are you?"
    assert b.emphasis == ((0, 5, "bold"), (24, 27, "italic"))
    assert (b.lead("bold"), b.wholly("bold"), b.first, b.last) == ("Anne:", False, 1, 2)


def test_a_paragraph_in_bold_with_titles_in_italics_inside_is_wholly_bold():
    b = from_runs([(1, [("So I saw your tweet about ", "bold"), ("Four Weddings and a Funeral", "italic"), (" and Richard Curtis.", "bold")])])
    assert b.wholly("bold") and b.wholly()
    # Mostly in italics, a few words in bold, it is wholly in italics, not in bold.
    mostly = from_runs([(1, [("Four Weddings and a Funeral, Notting Hill and Love Actually", "italic"), (" too", "bold")])])
    assert (mostly.wholly("bold"), mostly.wholly("italic")) == (False, True)


def test_a_block_cut_in_two_keeps_each_part_s_emphasis_and_places():
    b = from_runs([(4, [("Why buses?", "bold"), (" I grew up on ", None), ("them", "italic"), (".", None)]), (5, [("Really.", None)])])
    head, tail = b.split(len("Why buses?"))
    assert (head.lines, head.emphasis) == (((4, "Why buses?"),), ((0, 10, "bold"),))
    assert (tail.lines, tail.emphasis) == (((4, "I grew up on them."), (5, "Really.")), ((13, 17, "italic"),))
    across = from_runs([(7, [("Why did you choose", None)]), (8, [("buses? Because.", None)])])
    assert [part.lines for part in across.split(len("Why did you choose buses?"))] == [
        ((7, "Why did you choose"), (8, "buses?")),
        ((8, "Because."),),
    ]


def test_markdown_keeps_no_markup_and_reads_front_matter_and_standfirst():
    text = """---
title: "Q&A With Filmmaker Ana Diaz"
blurb: An interview with Ana Diaz, creator of the film
  "The Long Road"
---

**DFF**: What is [your film](http://x.y) about? See [notes][].

![still](a.jpg)

*A road.* And `code` too.
"""
    source = read_markdown(text)
    assert source.title == "Q&A With Filmmaker Ana Diaz"
    assert shape(source.blocks) == [
        (3, 0, False, 'An interview with Ana Diaz, creator of the film "The Long Road"'),
        (7, 0, False, "DFF: What is your film about? See notes."),
        (11, 0, False, "A road. And code too."),
    ]
    assert source.blocks[1].lead("bold") == "DFF"


def test_a_film_page_s_front_matter_credits_and_facts_are_a_block_as_written_and_a_blog_s_settings_are_not():
    page = (
        '+++\ntitle = "Night Bus"\nlayout = "film"\ndirector = "Lena Park"\noriginal-title = "Bam Beoseu"\nrunning-time = "96 mins"\n'
        'screenings = "Hyde Park, Tue 12 Nov 20:15\nCottage Road, Thu 14 Nov 19:30"\n+++\nA driver crosses Seoul.\n'
    )
    assert shape(read_markdown(page).blocks) == [
        (2, 0, False, 'title = "Night Bus" director = "Lena Park" original-title = "Bam Beoseu" running-time = "96 mins" screenings = "Hyde Park, Tue 12 Nov 20:15 Cottage Road, Thu 14 Nov 19:30"'),
        (10, 0, False, "A driver crosses Seoul."),
    ]
    # A festival's shorts programme credits no one, but its running time and screenings make it a film page.
    shorts = '+++\ntitle = "Shorts 2"\nrunning-time = "90 mins"\nsubtitles = "English"\nscreenings = "Hyde Park, Thu 9 Nov"\n+++\nSix films.\n'
    assert [b.text for b in read_markdown(shorts).blocks] == ['title = "Shorts 2" running-time = "90 mins" subtitles = "English" screenings = "Hyde Park, Thu 9 Nov"', "Six films."]
    # Without a credit, a blog's or a podcast's settings stay out of its text.
    blog = '---\ntitle: "Headings"\nlanguage: en\nduration: "PT12M29S"\n---\nPatrick tells us about headings.\n'
    assert [b.text for b in read_markdown(blog).blocks] == ["Patrick tells us about headings."]


def test_markdown_from_a_static_site_keeps_no_template_tags_nor_markup_in_its_front_matter():
    text = """---
title: An Interview with Pamela Z
excerpt: "Featuring: <br/><br/>Pamela Z, composer and performer of many works"
---

I think that is exciting!


{% include image.html
caption="From left to right: Pamela Z and Tone Åse." %}

## Did you have a role model?

{{< youtube DQMF2ABrJvs >}} I was influenced by Steve Reich.
"""
    source = read_markdown(text)
    assert shape(source.blocks) == [
        (3, 0, False, "Featuring: Pamela Z, composer and performer of many works"),
        (6, 0, False, "I think that is exciting!"),
        (12, 2, False, "Did you have a role model?"),
        (14, 0, False, "I was influenced by Steve Reich."),
    ]


def test_markdown_written_on_the_line_closing_an_html_block_is_still_markdown():
    text = """Intro paragraph.

<figure class="right">
  <figcaption>Stephens and Sprinkle on location.</figcaption>
</figure>**How are you influencing the scene?** When I started teaching here, I never imagined it.
"""
    source = read_markdown(text)
    assert shape(source.blocks) == [
        (1, 0, False, "Intro paragraph."),
        (5, 0, False, "How are you influencing the scene? When I started teaching here, I never imagined it."),
    ]
    # The question keeps its bold, as a prompt set in bold before its answer.
    assert source.blocks[-1].emphasis == ((0, len("How are you influencing the scene?"), "bold"),)


def test_a_text_saved_from_a_pdf_loses_its_running_header_and_page_numbers_and_keeps_line_numbers():
    text = (
        "NIGHT BUSES – PRESS NOTES\n\nINTERVIEW WITH LENA PARK\n\nWhy buses?\n\nI grew up on them.\n\n1\n"
        "\fNIGHT BUSES – PRESS NOTES\n\nWhy at night?\n\nThe city is honest then.\n\n2\n"
    )
    source = read_plain(text)
    assert source.title == "Night Buses – Press Notes"
    assert [(b.first, b.text) for b in source.blocks] == [
        (3, "INTERVIEW WITH LENA PARK"), (5, "Why buses?"), (7, "I grew up on them."), (12, "Why at night?"), (14, "The city is honest then."),
    ]
    # One page, or no page breaks: nothing is taken for furniture.
    assert [b.text for b in read_plain("NIGHT BUSES\n\nWhy?\n\n1\n").blocks] == ["NIGHT BUSES", "Why?", "1"]


def test_markdown_lines_broken_inside_a_paragraph_keep_their_places_and_emphasis():
    (b,) = read_markdown("**Q:** Why black and white?  \n**A:** Colour would be a *postcard*.\n").blocks
    assert b.lines == ((1, "Q: Why black and white?"), (2, "A: Colour would be a postcard."))
    assert b.emphasis == ((0, 2, "bold"), (24, 26, "bold"), (45, 53, "italic"))
    answer = b.part(1, 2)
    assert (answer.text, answer.emphasis) == ("A: Colour would be a postcard.", ((0, 2, "bold"), (21, 29, "italic")))


def test_bold_opened_before_a_space_leaves_no_asterisks():
    source = read_markdown("* ** What do you do on a Saturday morning? **\n\nProbably getting the kids ready.\n\n* ** Last thoughts: **\n\nHaxe is amazing.\n")
    assert [b.text for b in source.blocks] == ["What do you do on a Saturday morning?", "Probably getting the kids ready.", "Last thoughts:", "Haxe is amazing."]
    assert source.blocks[0].emphasis == ((0, 37, "bold"),)


def test_bold_closed_after_a_space_as_wordpress_writes_it_leaves_no_asterisks():
    text = "**Q: **Why buses?\n\n[![](http://x.org/a_b.jpg)](http://x.org)**A: **They are honest.** **\n\n**bold**text **x**\n"
    blocks = read_markdown(text).blocks
    assert [b.text for b in blocks] == ["Q: Why buses?", "A: They are honest.", "boldtext x"]
    assert [b.emphasis for b in blocks] == [((0, 2, "bold"),), ((0, 2, "bold"),), ((0, 4, "bold"), (9, 10, "bold"))]


def test_bold_never_closed_leaves_no_asterisks_but_a_censored_word_keeps_them():
    blocks = read_markdown("It's on-demand. [**With] Springsteen, we built it into his site.\n\nWhat the f**k, he said.\n").blocks
    assert [b.text for b in blocks] == ["It's on-demand. [With] Springsteen, we built it into his site.", "What the f**k, he said."]


def test_a_link_address_whose_opening_bracket_was_lost_leaves_its_words_and_not_the_address():
    text = 'He wears a](http://example.org/shirt.htm "Lena park t-shirt") that I made. See [the site](/about) and a [note].\n'
    assert [b.text for b in read_markdown(text).blocks] == ["He wears a that I made. See the site and a [note]."]


def test_front_matter_fields_and_where_they_start():
    matter = front_matter("---\ntitle: A\nexcerpt: 'one\n  two'\ntags:\n  - x\nspeakers:\n  - Jack Dorsey\n  - 'Elizabeth Stark'\n---\nBody\n")
    # A block list reads as the flow list it stands for.
    assert (matter.fields, matter.places, matter.length) == (
        {"title": "A", "excerpt": "one two", "tags": "[x]", "speakers": "[Jack Dorsey, Elizabeth Stark]"}, {"title": 2, "excerpt": 3, "tags": 5, "speakers": 7}, 10
    )


def test_plain_text_paragraphs_and_a_printed_export_told_apart():
    normal = read_plain("KENNY MALONE, HOST:\n\nToday we meet.\n\nMALONE: Hello.\n")
    assert (normal.printed, [b.text for b in normal.blocks]) == (False, ["KENNY MALONE, HOST:", "Today we meet.", "MALONE: Hello."])
    printed = read_plain("I was first approached by a producer who\n\nsubmitted a synopsis to me.\n\nI liked it.\n")
    assert printed.printed


def test_a_text_keeps_no_inline_markup_and_glued_credit_fields_come_apart():
    source = read_plain("An ESCAPE ARTISTS <strong>Production</strong>In Association with CLOCK CINEMAStarringNicolas Cage and Rose ByrneDirected by Alex ProyasRunning time: 115 minutes\n")
    assert source.blocks[0].text == (
        "An ESCAPE ARTISTS Production In Association with CLOCK CINEMA Starring Nicolas Cage and Rose Byrne Directed by Alex Proyas Running time: 115 minutes"
    )
    # Capitals inside ordinary words are left alone.
    assert read_plain("He Represents the Separated and the Starring roles.\n").blocks[0].text == "He Represents the Separated and the Starring roles."


def test_lines_cut_off_with_an_ellipsis_are_paragraphs_however_long():
    cards = read_plain(
        "We shot the whole film in twelve nights on the last buses of the city, and the drivers helped us every ...\n"
        "There was a constant threat of rain and we had no wiggle room in the schedule at all, not a single day…\n"
        "Then we wrapped, and the editing began in a small room above the depot where the buses sleep for the\n"
        "night.\n"
    )
    assert [b.text[:12] for b in cards.blocks] == ["We shot the ", "There was a ", "Then we wrap"]


def test_a_question_on_a_line_of_its_own_between_long_answer_lines_is_a_paragraph():
    copied = read_plain(
        "What risks did you face?\n"
        "One of the main actors in the film is a three year old child, and getting him to stick to the page took time.\n"
        "What influenced the visual style?\n"
        "Art direction was extremely important to me, and we used a fall colour palette from the sixties all through.\n"
    )
    assert [b.text[:20] for b in copied.blocks] == ["What risks did you f", "One of the main acto", "What influenced the ", "Art direction was ex"]


def test_text_copied_from_a_web_page_has_a_paragraph_per_line_and_wrapped_text_keeps_its_paragraphs():
    copied = read_plain(
        "Q&A with Paul Schrader\n\nWhat was the genesis of this film?\n"
        "Paul Schrader: The process began about three years ago when I was giving an award at a festival.\n"
    )
    assert [(b.text, b.lines[0][0]) for b in copied.blocks] == [
        ("Q&A with Paul Schrader", 1),
        ("What was the genesis of this film?", 3),
        ("Paul Schrader: The process began about three years ago when I was giving an award at a festival.", 4),
    ]
    wrapped = read_plain(
        "I was first approached by a producer who had read the\nnovel. She sent it to me at once.\n\n"
        "Then we met in Paris, where the whole story began for\nboth of us.\n"
    )
    assert [b.text for b in wrapped.blocks] == [
        "I was first approached by a producer who had read the novel. She sent it to me at once.",
        "Then we met in Paris, where the whole story began for both of us.",
    ]


PAGE = """<!DOCTYPE html><html><head><title>Film Site - Interview with Maria Ruiz</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/films">Films</a></li><li><a href="/news">News</a></li></ul></nav>
<div class="ad"><img src="ad.png"> Buy tickets now</div>
<article>
<h1>Interview with Maria Ruiz</h1>
<p>Maria Ruiz plays Elena in the film, which opens on Friday in forty cities across the country.</p>
<p><strong>How did you prepare for the part?</strong><br/>I read the novel twice, then I spent a month with a family of farmers.<br/>They taught me to milk a cow.</p>
<p><b>Was it hard?</b></p>
<p>Not at all, it was the best month of my life, and I would do it again tomorrow.</p>
<figure><img src="x.jpg"><figcaption>Maria Ruiz on set</figcaption></figure>
</article>
<aside><h3>Related</h3><ul><li>Another interview</li></ul></aside>
<footer>Share on Twitter · © 2024 Film Site</footer>
</body></html>"""


def test_a_web_page_is_read_without_its_navigation_ads_and_sidebars():
    source = read_html(PAGE)
    texts = [b.text for b in source.blocks]
    assert "Interview with Maria Ruiz" in source.title
    assert not any(word in " ".join(texts) for word in ("Home", "Buy tickets", "Related", "Another interview", "Share on Twitter"))
    assert "How did you prepare for the part?" in texts and "Was it hard?" in texts
    question = source.blocks[texts.index("How did you prepare for the part?")]
    assert question.wholly("bold") and source.unit == "paragraph"


def test_an_indented_html_block_is_read_as_html_with_the_lines_after_it_up_to_a_blank_line():
    # A scrape's body indented with tabs (CommonMark's indented code) and its paragraph running on
    # to the next line; the picture's caption, by its class, is left out.
    text = (
        'Intro.\n\n\t\t\t\t<p><img src="a.jpg"><br>\n<span class="photo_caption">Lena Park on set.</span></p>\n'
        "\t\t\t\t<p><strong>Why buses?</strong> I grew up on them.</p>\n\nAfter.\n"
    )
    source = read_markdown(text)
    assert [b.text for b in source.blocks] == ["Intro.", "Why buses? I grew up on them.", "After."]
    assert source.blocks[1].emphasis == ((0, len("Why buses?"), "bold"),)
    # Code that is no HTML stays out of the text, as before.
    assert [b.text for b in read_markdown("Intro.\n\n    x = 1\n\nAfter.\n").blocks] == ["Intro.", "After."]


def test_a_picture_with_a_short_credit_in_italics_beside_it_is_left_out_of_a_page_fragment():
    blocks = blocks_of_fragment(
        '<p>Before.</p><div class="image-none"><img src="b.jpg"><br><i> AMC</i></div>'
        '<div><img src="c.jpg"> Plain words beside a picture stay.</div><p><i>An italic paragraph stays.</i></p>'
    )
    assert [b.text for b in blocks] == ["Before.", "Plain words beside a picture stay.", "An italic paragraph stays."]


def test_block_quotations_are_marked_in_web_pages_page_fragments_and_markdown():
    page = "<p>Before:</p><blockquote><p>Quoted one.</p><p>Quoted <b>two</b>.</p></blockquote><p>After.</p>"
    expected = [("Before:", False), ("Quoted one.", True), ("Quoted two.", True), ("After.", False)]
    assert [(b.text, b.quoted) for b in blocks_of_fragment(page)] == expected
    assert [(b.text, b.quoted) for b in read_markdown("Before:\n\n> Quoted one.\n>\n> Quoted **two**.\n\nAfter.\n").blocks] == expected
    full_page = f"<html><head><title>T</title></head><body><article>{page}<p>{'Words of the article body. ' * 20}</p></article></body></html>"
    assert [(b.text, b.quoted) for b in read_html(full_page).blocks][:4] == expected
    # Cut in two, a block quotation's parts are quoted still.
    assert all(part.quoted for part in read_markdown("> Quoted one. Quoted two.\n").blocks[0].split(7))


def test_a_page_fragment_without_an_html_root_is_read_without_error_logs(caplog):
    source = read_html('<body>\n    <div class="container"><div><div>\n<h1>Interview with Lena Park</h1><h4>• Why buses?</h4><p>I grew up on them.</p></div></div></div></body>')
    assert [b.text for b in source.blocks] == ["Interview with Lena Park", "• Why buses?", "I grew up on them."]
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def test_a_web_page_interview_is_attributed_end_to_end(tmp_path):
    path = tmp_path / "ruiz.html"
    path.write_text(PAGE, encoding="utf-8")
    passages, _, report = parse_document(path)
    assert [(p.speaker, p.question, p.text) for p in passages if p.speaker] == [
        ("Maria Ruiz", "How did you prepare for the part?", "I read the novel twice, then I spent a month with a family of farmers. They taught me to milk a cow."),
        ("Maria Ruiz", "Was it hard?", "Not at all, it was the best month of my life, and I would do it again tomorrow."),
    ]
    assert report.interviewees == ["Maria Ruiz"] and all(p.unit == "paragraph" for p in passages)


def test_a_magazine_headline_names_the_interviewee_and_the_byline_the_interviewer(tmp_path):
    page = """<html><head><title>Lena Park on “Night Buses” | Cinema Daily</title></head><body>
<nav><a href="/">Home</a> <a href="/reviews">Reviews</a></nav><main><article>
<h1>Lena Park on “Night Buses”</h1><p class="byline">By John Doe, March 3, 2024</p>
<p>Lena Park’s second feature follows a driver on the last route of the night. We spoke with her in Berlin.</p>
<p><em>Where did the idea come from?</em></p><p>I grew up taking night buses in Seoul, where the drivers knew everyone.</p>
<p><em>You cast a non-professional in the lead.</em></p><p>Yes, Kim had driven buses for thirty years, so he knew the route.</p>
</article></main></body></html>"""
    path = tmp_path / "park.html"
    path.write_text(page, encoding="utf-8")
    passages, meta, report = parse_document(path)
    assert [(p.speaker, p.question) for p in passages if p.speaker] == [
        ("Lena Park", "Where did the idea come from?"),
        ("Lena Park", "You cast a non-professional in the lead."),
    ]
    assert (report.interviewees, meta["interviewers"]) == (["Lena Park"], ["John Doe"])


def test_a_word_document_keeps_headings_bold_runs_and_tables(tmp_path):
    from docx import Document

    document = Document()
    document.core_properties.title = "Night Bus press notes"
    document.add_heading("Interview with Lena Park", level=1)
    question = document.add_paragraph()
    question.add_run("Why night buses?").bold = True
    document.add_paragraph("I grew up on them, and their drivers fed me stories.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Directed by", "Lena Park"
    path = tmp_path / "notes.docx"
    document.save(str(path))
    source = read_source(path)
    assert source.title == "Night Bus press notes" and source.unit == "paragraph"
    assert shape(source.blocks) == [
        (1, 1, False, "Interview with Lena Park"),
        (2, 0, True, "Why night buses?"),
        (3, 0, False, "I grew up on them, and their drivers fed me stories."),
        (4, 0, False, "Directed by – Lena Park"),
    ]
    assert [(p.speaker, p.question) for p in parse_document(path)[0]][0] == ("Lena Park", "Why night buses?")
    untitled = Document()
    untitled.add_heading("Night Bus", level=0)
    untitled.add_paragraph("Production notes")
    untitled.save(str(tmp_path / "untitled.docx"))
    assert read_source(tmp_path / "untitled.docx").title == "Night Bus"


def test_a_word_paragraph_in_larger_type_than_the_body_is_a_heading(tmp_path):
    """No heading style, only a larger size set on the run, as many Word files make headings."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(10.5)
    for text, size in [("Interview Script (Austin - Master Student at UQ)", 14), ("Q: Can you briefly introduce yourself?", None),
                       ("A: My name is Austin, I am a master student.", None), ("Fundamental challenges in designing a travel app", 14),
                       ("Key Findings", 12), ("Attracting users to these apps is inherently challenging, the paper finds.", 10.5)]:
        run = document.add_paragraph().add_run(text)
        run.font.size = Pt(size) if size else None
    path = tmp_path / "script.docx"
    document.save(str(path))
    assert [(b.heading, b.text[:20]) for b in read_source(path).blocks] == [
        (1, "Interview Script (Au"), (0, "Q: Can you briefly i"), (0, "A: My name is Austin"),
        (1, "Fundamental challeng"), (0, "Key Findings"), (0, "Attracting users to "),
    ]
    # The interviewee is in the brackets after "Interview Script"; the paper's notes are no one's.
    assert [(p.speaker, p.text[:20]) for p in parse_document(path)[0]] == [
        ("Austin", "My name is Austin, I"), (None, "Key Findings Attract"),
    ]
    # Without a size on the Normal style, the body's is the document's default (Word's docDefaults).
    plain = Document()
    plain.add_paragraph().add_run("Night Bus").font.size = Pt(16)
    plain.add_paragraph("Production notes, in the default size.")
    plain.save(str(tmp_path / "plain.docx"))
    assert [b.heading for b in read_source(tmp_path / "plain.docx").blocks] == [1, 0]


def test_a_word_paragraph_with_line_breaks_keeps_its_lines(tmp_path):
    from docx import Document
    from docx.enum.text import WD_BREAK

    document = Document()
    document.add_heading("Night Bus: a conversation with Lena Park", level=1)
    for who, said in [("Interviewer", "Why night buses?"), ("Lena Park", "I grew up on them."), ("Interviewer", "And now?"), ("Lena Park", "Trams.")]:
        paragraph = document.add_paragraph()
        name = paragraph.add_run(who)
        name.bold = True
        name.add_break(WD_BREAK.LINE)
        paragraph.add_run(said)
    path = tmp_path / "turns.docx"
    document.save(str(path))
    assert [b.lines for b in read_source(path).blocks[1:3]] == [((2, "Interviewer"), (2, "Why night buses?")), ((3, "Lena Park"), (3, "I grew up on them."))]
    assert [(p.speaker, p.question, p.text) for p in parse_document(path)[0]] == [
        ("Lena Park", "Why night buses?", "I grew up on them."),
        ("Lena Park", "And now?", "Trams."),
    ]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("broken.pdf", b"%PDF-1.4 not really a pdf", "not a readable PDF"),
        # A picture saved under a PDF's name (a website's "presskit.pdf" that is a JPEG).
        ("presskit.pdf", b"\xff\xd8\xff\xe0\x00\x10JFIF", "presskit.pdf is a JPEG picture, not a PDF"),
        ("broken.docx", b"PK\x03\x04 not a zip", "not a readable Word document"),
        ("empty.html", b"   ", "is empty"),
        ("notes.rtf", b"{\\rtf1 hello}", "unsupported format"),
    ],
)
def test_unreadable_files_get_a_message_naming_the_fix(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValueError, match=message):
        read_source(path)


def test_typeset_letters_are_read_as_letters_in_text_web_pages_and_word_files(tmp_path):
    from docx import Document

    want = [("Lena Park", "How did you find the story?", "I first read it in a newspaper that followed the flood, an efficient start.")]
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "notes.txt").write_text(
        "Interview with Lena Park\n\nHow did you \ufb01nd the story?\nI \ufb01rst read it in a news\u00adpaper that fol\u00ad\nlowed the \ufb02ood, an ef\ufb01cient\u200b start.\n",
        encoding="utf-8",
    )
    (tmp_path / "page.html").write_text(
        "<html><body><article><h1>Interview with Lena Park</h1><p><b>How did you \ufb01nd the story?</b></p>"
        "<p>I \ufb01rst read it in a news&shy;paper that fol&shy;lowed the \ufb02ood, an ef\ufb01cient&#8203; start.</p></article></body></html>",
        encoding="utf-8",
    )
    document = Document()
    document.add_heading("Interview with Lena Park", level=1)
    document.add_paragraph().add_run("How did you \ufb01nd the story?").bold = True
    answer = document.add_paragraph()
    answer.add_run("I \ufb01rst read it in a news\u00ad")
    answer.add_run("paper that fol\u00adlowed the \ufb02ood, an ef\ufb01cient\u200b start.")
    document.save(str(tmp_path / "notes.docx"))
    for path in (tmp_path / "text" / "notes.txt", tmp_path / "page.html", tmp_path / "notes.docx"):
        passages = parse_document(path)[0]
        assert [(p.speaker, p.question, p.text) for p in passages if p.speaker] == want, path.name


def test_a_markdown_table_row_is_one_line_a_field_running_into_its_value():
    from assistant.ingest.read_text import read_markdown

    text = "Director: | Lena Park |\n---|---|\nRunning Time: | 119’ |\nMain Cast: | Ana Diaz, Tom Lee |\n\n| Name | Part |\n|---|---|\n| Ana Diaz | Mina |\n"
    assert [b.text for b in read_markdown(text).blocks] == [
        "Director: Lena Park", "Running Time: 119’", "Main Cast: Ana Diaz, Tom Lee", "Name | Part", "Ana Diaz | Mina",
    ]


def test_a_front_matter_block_scalar_s_lines_are_its_value_without_the_indicator():
    matter = front_matter("---\ntitle: Night Bus\nsubtitle: >-\n  The director on buses\n  and nights\nbio: |\n  Lena Park films at night.\n---\nText.\n")
    assert matter.fields == {"title": "Night Bus", "subtitle": "The director on buses and nights", "bio": "Lena Park films at night."}


def test_an_interview_set_in_a_table_reads_each_row_s_question_and_answer_as_two_paragraphs(tmp_path):
    from docx import Document

    from assistant.ingest.blocks import row_blocks

    assert [b.text for b in row_blocks(["How did you prepare?", "", "I trained for three weeks."], 4, " – ")] == [
        "How did you prepare?", "I trained for three weeks.",
    ]
    # Other rows stay one line: a credit, or two questions side by side.
    assert [b.text for b in row_blocks(["Director", "Lena Park"], 5, " – ")] == ["Director – Lena Park"]
    assert [b.text for b in row_blocks(["Why?", "Why not?"], 6, " – ")] == ["Why? – Why not?"]
    document = Document()
    document.add_heading("Interview with Tom Lee", 1)
    table = document.add_table(rows=0, cols=2)
    for question, answer in [("How did you prepare?", "I trained as a bus driver for three weeks."), ("Was Marco hard to play?", "He says almost nothing.")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = question, answer
    path = tmp_path / "tom_lee.docx"
    document.save(str(path))
    passages = parse_document(path)[0]
    assert [(p.speaker, p.question, p.text) for p in passages] == [
        ("Tom Lee", "How did you prepare?", "I trained as a bus driver for three weeks."),
        ("Tom Lee", "Was Marco hard to play?", "He says almost nothing."),
    ]


def test_a_short_line_between_long_unwrapped_lines_is_a_paragraph_of_its_own():
    # A page copied as text, one paragraph a line: "Q&A with …" heads each quotation, and an
    # opening quotation mark closing a line's sentence ("…feeling.“") still ends it.
    quote = "“I love being on set and seeing everything come together, and I storyboard everything, so seeing it become real is amazing.“"
    other = "“I got into filmmaking through an accumulative process that made me realize I wanted to create, and cinema was the medium.”"
    source = read_plain(f"Q&A with Madeline Leshner\n{quote}\nQ&A with Diego Murillo\n{other}\n")
    assert [b.text for b in source.blocks] == ["Q&A with Madeline Leshner", quote, "Q&A with Diego Murillo", other]


def test_a_list_inside_a_list_item_keeps_its_words_as_lines_of_that_item():
    nested = "<ul><li>Edmonton Film Festival 2009<ul><li><a href='https://example.org'>Best Animated Short</a></li><li>Best Score</li></ul></li></ul>"
    flat = with_nested_lists_as_lines(nested)
    assert "<ul>" not in flat.split("<li>", 1)[1] and BeautifulSoup(flat, "lxml").get_text("|") == "Edmonton Film Festival 2009|Best Animated Short|Best Score"
    assert with_nested_lists_as_lines("<ul><li>One</li><li>Two</li></ul>") == "<ul><li>One</li><li>Two</li></ul>"
    # A film's awards page (trafilatura dropped every award under its festival).
    texts = [block.text for block in read_source(EXTERNAL / "animated_american_festivals.html").blocks]
    for words in ("Edmonton International Film Festival 2009", "RAT CREEK DESIGN Award for Best Animated Short", "Best Humor", "Ebenseer Bären in Gold"):
        assert words in texts
