"""Who said what in magazine pages as scrapes keep them (each paragraph raw HTML inside Markdown,
the page body indented, pictures with their captions between the paragraphs), each on a tiny
inline fixture, the whole result compared (section, speaker, prompt, quote)."""

from conftest import parsed


def test_an_indented_page_body_with_its_intro_a_captioned_picture_and_a_headline_giving_name_role_and_film():
    # The scrape indents the body's first line with tabs (CommonMark would read it as code); the
    # intro in italics follows a picture whose credit is in italics beside it; the headline gives
    # the name, the role, then the film ("Director, Night Bus" is no one called "Night Bus").
    text = (
        "---\ntitle: Lena Park, Director, Night Bus\n---\n\n"
        '\t\t\t\t<div class="image-left"> <img src="a.jpg"> <br> <i>Photo by Tom Lee</i></div> '
        "<em>In 2005 filmmaker Lena Park made a film about the 472. Recently the Seoulite told us about her new one.</em><p></p>\n\n"
        "<p><strong>How did you end up a filmmaker?</strong> I took the 472 every night.</p>\n\n"
        "<p><strong>Which filmmakers do you admire?</strong> Those who ride buses.</p>\n"
    )
    section = "Lena Park, Director, Night Bus"
    assert parsed(text) == [
        (section, None, None, "In 2005 filmmaker Lena Park made a film about the 472. Recently the Seoulite told us about her new one."),
        (section, "Lena Park", "How did you end up a filmmaker?", "I took the 472 every night."),
        (section, "Lena Park", "Which filmmakers do you admire?", "Those who ride buses."),
    ]


# Prompts of several sentences, longer than a question standing alone (45 words), closing on one.
LONG_PROMPTS = (
    "The film opens on an empty bus, late at night, somewhere between the river and the airport. It stays empty for ten minutes,"
    " with nothing but the engine, the rain and the lights of the city going by outside. Some people at the festival walked out."
    " Why so long?",
    "The last scene brings every passenger back, one after the other, the student, the nurse, the old man with his dog, the couple"
    " who argued all night. They all get off at the depot together, in the rain, and walk away in different directions. Was that"
    " always the ending?",
)


def test_bold_remarks_prompt_where_the_page_sets_its_long_prompts_in_bold_and_captions_are_left_out():
    # Two prompts of several sentences closing on a question make bold the page's way of setting
    # prompts: a remark in bold before plain text is then a prompt too. The picture's credit
    # between the paragraphs ("AMC") is neither a prompt nor a heading.
    text = f"""---
title: "Interview: Lena Park On Night Buses"
---

<p>We got a chance to talk to director Lena Park about her film.</p>

<p><strong>{LONG_PROMPTS[0]}</strong> I wanted the city to speak first.</p>

<p><strong>And the driver never talks.</strong> Right! He listens.</p>

<div class="image-none"> <img src="b.jpg"> <br> <i> AMC</i></div> <p></p>

<p><strong>{LONG_PROMPTS[1]}</strong> Always, from the first draft.</p>
"""
    section = "Interview: Lena Park On Night Buses"
    assert parsed(text) == [
        (section, None, None, "We got a chance to talk to director Lena Park about her film."),
        (section, "Lena Park", LONG_PROMPTS[0], "I wanted the city to speak first."),
        (section, "Lena Park", "And the driver never talks.", "Right! He listens."),
        (section, "Lena Park", LONG_PROMPTS[1], "Always, from the first draft."),
    ]


def test_an_intro_naming_the_interviewee_in_full_once_then_by_surname_after_a_capitalised_preposition():
    # "Below Park tells us…": the preposition opening the sentence is no part of the name, and a
    # headline "Lena Park Talks…" names her where the body gives her full name once and her surname again.
    text = (
        "---\ntitle: Lena Park Talks Night Bus, Her Epic Film\n---\n\n"
        "<p><em>Late last year, Lena Park set out to film every night bus. Below Park tells us about it.</em></p>\n\n"
        "<p><strong>Is the film a wrap?</strong> Nearly, one scene remains.</p>\n\n"
        "<p><strong>What is next?</strong> Trams.</p>\n"
    )
    assert [speaker for _, speaker, _, _ in parsed(text)] == [None, "Lena Park", "Lena Park"]


def test_a_closing_note_in_italics_after_the_last_answer_is_the_editor_s_not_the_answer_s():
    # "*Season 3 of* Night Bus *airs…*": italics from first word to last, the title in roman.
    text = (
        "---\ntitle: Lena Park Talks Night Bus\n---\n\n"
        "<p>We spoke with Lena Park about her film.</p>\n\n"
        "<p><strong>Why buses?</strong> I grew up on them.</p>\n\n"
        "<p><strong>What is next?</strong> Trams, and <em>Night Tram</em>, a sequel.</p>\n\n"
        "<p><em>Season 2 of </em>Night Bus<em> airs on Sunday, January 6th at 9 p.m.</em></p>\n"
    )
    section = "Lena Park Talks Night Bus"
    assert parsed(text)[-2:] == [
        (section, "Lena Park", "What is next?", "Trams, and Night Tram, a sequel."),
        (section, None, None, "Season 2 of Night Bus airs on Sunday, January 6th at 9 p.m."),
    ]


def test_a_prompt_keeps_its_bold_when_a_stage_direction_after_it_is_taken_out():
    # The direction "(Laughs)" goes from the answer; the bold prompt before it still prompts.
    text = (
        "---\ntitle: Lena Park Talks Night Bus\n---\n\n"
        "<p>We spoke with Lena Park about her film.</p>\n\n"
        "<p><strong>Were there any buses you regret not filming?</strong>\u2028\u2028 Many. (Laughs). Well, the 472.</p>\n\n"
        "<p><strong>What is next?</strong> Trams.</p>\n"
    )
    assert parsed(text)[1:] == [
        ("Lena Park Talks Night Bus", "Lena Park", "Were there any buses you regret not filming?", "Many.. Well, the 472."),
        ("Lena Park Talks Night Bus", "Lena Park", "What is next?", "Trams."),
    ]


def test_a_stray_closing_tag_before_a_paragraph_and_a_bold_remark_before_a_bold_question():
    # "<strong>" around a blank line leaves "</strong><p>…" opening a line, which CommonMark reads
    # as a Markdown paragraph; it is still HTML. The remark in bold before the question in bold is
    # one prompt with it.
    text = (
        "---\ntitle: A Conversation With Lena Park On Buses, Trams & Tom Lee\n---\n\n"
        "<p>I got the chance to sit down with Lena Park in Seoul.</p>\n\n"
        "<p><strong>Why buses?</strong> I grew up on them.</p>\n\n"
        "<p><strong>I think the film is a release for people who ride home late and never talk about it.</strong></p><strong>\n\n"
        "</strong><p><strong>Did the drivers see it?</strong> All of them, at the depot.</p>\n"
    )
    section = "A Conversation With Lena Park On Buses, Trams & Tom Lee"
    assert parsed(text)[1:] == [
        (section, "Lena Park", "Why buses?", "I grew up on them."),
        (
            section, "Lena Park",
            "I think the film is a release for people who ride home late and never talk about it. Did the drivers see it?",
            "All of them, at the depot.",
        ),
    ]


def test_a_press_release_s_bold_subheadings_that_ask_nothing_head_no_answers():
    # "**About Lena Park:**", "**Media Contact:**": subheadings in bold, none a question or a
    # request, are no interviewer's prompts; the release's quotation stays hers.
    text = (
        "# Lena Park Launches Night Bus\n\n"
        "SEOUL – July 15, 2026 – Director Lena Park has released her first feature, Night Bus.\n\n"
        "\"Buses are a powerful canvas to talk about the night,\" says Park, who rode them for years.\n\n"
        "**Featured screenings across the country:**\n\n"
        "Busan, Daegu and Incheon, from August on, in every city's art house.\n\n"
        "**About Lena Park:**\n\n"
        "Lena Park is a Korean filmmaker. She lives in Seoul.\n\n"
        "**Media Contact:**\n\n"
        "press@nightbus.example\n"
    )
    passages = parsed(text)
    assert [(speaker, prompt) for _, speaker, prompt, _ in passages] == [(None, None), ("Lena Park", None), (None, None)]
