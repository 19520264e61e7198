"""Blog interviews (check 154 and after): questions in bold before plain answers, the writer's own
words around them — a sign-off in bold, a closing line about the one interviewed."""

from conftest import parsed

QANDA = """# Interview with Lena Park

Last week I spent a day at the festival and grabbed ten minutes with director Lena Park.

**How did the film start?**

I wrote it as a short first, then my laptop broke.

**Who do you admire?**

Agnès Varda, always. She never stopped trying things.
"""


def test_the_writer_s_closing_line_about_the_one_interviewed_is_no_one_s():
    text = QANDA + "\nLena is currently working on her second feature, a “quiet thriller”. Can't wait!\n"
    rows = parsed(text)
    assert rows[-2:] == [
        ("Interview with Lena Park", "Lena Park", "Who do you admire?", "Agnès Varda, always. She never stopped trying things."),
        ("Interview with Lena Park", None, None, "Lena is currently working on her second feature, a “quiet thriller”. Can't wait!"),
    ]


def test_an_answer_paragraph_naming_no_one_or_saying_i_stays_the_answer_s():
    text = QANDA + "\nPark, I think, is a name people will remember. I hope so.\n"
    rows = parsed(text)
    assert rows[-1][1:3] == ("Lena Park", "Who do you admire?")
    assert rows[-1][3].endswith("Park, I think, is a name people will remember. I hope so.")


def test_a_bold_thank_you_asks_nothing_and_the_page_s_words_after_it_are_no_one_s():
    text = QANDA + "\n**Thanks Lena!**\n\nAll images courtesy of the festival.\n"
    rows = parsed(text)
    assert rows[-1] == ("Interview with Lena Park", None, None, "All images courtesy of the festival.")
    assert rows[-2][1:3] == ("Lena Park", "Who do you admire?")


def test_a_reply_to_thanks_is_still_the_one_thanked_s():
    text = QANDA + "\n**Thank you, Lena.**\n\nThank you for having me.\n"
    rows = parsed(text)
    assert rows[-1] == ("Interview with Lena Park", "Lena Park", "Thank you, Lena.", "Thank you for having me.")


def test_a_title_naming_someone_before_interview_whom_the_answers_never_name_is_who_answers():
    text = "---\ntitle: \"Lena Park Interview\"\n---\n\n**What's the best film you ever saw?**\n\nVarda's. I saw it twice.\n\n**Do you respect her?**\n\nI respect her more than anyone.\n\n**Would you work with her?**\n\nI would have loved to.\n"
    assert {speaker for _, speaker, _, _ in parsed(text)} == {"Lena Park"}


def test_a_headline_word_the_text_writes_in_lower_case_is_no_part_of_the_name_it_runs_into():
    from assistant.ingest.headlines import interview_headline

    body = "Max sat for a full evening. Max Weinberg told the audience about the band. Weinberg laughed."
    assert interview_headline("Full Max Interview Report of 11.17.13", body) == ["Max Weinberg"]
    assert interview_headline("Night Bus Interview", "Night Bus opens on a depot.") == []


REPORT = """---
title: "Full Lena Interview Report"
---

Lena Park spoke for two hours at the arts centre about her films.

What caught her eye in the ad?

Lena remembered answering an ad in the paper. "It said Columbia," she laughed.

Lena knew she had the job when the crew stopped on her cue. "It was a huge moment," she said.

Our town was proud of her that night.
"""


def test_a_report_s_narration_after_a_question_the_writer_asks_answers_nothing_and_its_quotations_stay_hers():
    rows = parsed(REPORT)
    assert [(speaker, prompt) for _, speaker, prompt, _ in rows if prompt] == []
    assert [text for _, speaker, _, text in rows if speaker == "Lena Park"] == ["\"It said Columbia,\" she laughed.", "\"It was a huge moment,\" she said."]
    assert ("Full Lena Interview Report", None, None, "What caught her eye in the ad? Lena remembered answering an ad in the paper.") in rows


def test_an_answer_that_names_its_speaker_once_is_still_theirs():
    rows = parsed("# Tom Lee\n\nWhy?\n\nBecause. Tom Lee said so.\n\nAnd then?\n\nI left.\n\nWhere to?\n\nHome, I think.\n")
    assert [(speaker, prompt, text) for _, speaker, prompt, text in rows][0] == ("Tom Lee", "Why?", "Because. Tom Lee said so.")


def test_a_sentence_adverb_opens_no_name():
    from assistant.ingest.name_forms import surname_in_full

    assert surname_in_full("Jay", "Apparently Jay and Bruce had cooked it up.") is None
    assert surname_in_full("Jay", "Kelly Jay and Bruce had cooked it up.") == "Kelly Jay"


def test_a_quotation_after_an_article_names_a_thing_and_is_no_one_s_speech():
    from assistant.quote_cues import QUOTE_AFTER_SPEAKER

    assert QUOTE_AFTER_SPEAKER.match('When Max answered the "no Jr. Ginger Baker" ad in the Village Voice') is None
    assert QUOTE_AFTER_SPEAKER.match('Max described his "wall of sound" to us') is None
    assert QUOTE_AFTER_SPEAKER.match('Max answered, "Never."').group("who") == "Max"
    assert QUOTE_AFTER_SPEAKER.match('She says they were "a little tough" on her').group("who") == "She"


def test_a_role_and_where_it_is_held_under_a_name_is_no_name():
    from assistant.ingest.headlines import name_alone

    body = "Lena Park\nFounder, Night Bus Research Center\n\nLena Park set up the Night Bus Research Center. The Night Bus Research Center…"
    assert name_alone("Founder, Night Bus Research Center", body, []) == []
    assert name_alone("Lena Park", body, []) == ["Lena Park"]


def test_a_name_over_the_text_makes_its_one_label_a_label_and_plain_questions_follow():
    text = (
        "Lena Park\nFounder, Night Bus Research Center\n\nLena Park is one of the people behind night buses. We spoke with Park about her work.\n\n"
        "TIME: Could you describe how the research began?\n\nLena Park: It began with one late bus and a notebook.\n\n"
        "Why did you leave the city council?\n\nI wanted to do the research myself.\n\n"
        "What comes next?\n\nMore buses, I hope.\n"
    )
    rows = [(speaker, text) for _, speaker, _, text in parsed(text, markdown=False) if speaker]
    assert rows == [
        ("Lena Park", "It began with one late bus and a notebook."),
        ("Lena Park", "I wanted to do the research myself."),
        ("Lena Park", "More buses, I hope."),
    ]


def test_punctuation_in_italics_against_a_word_leaves_no_underscores():
    from assistant.ingest.read_text import read_markdown

    blocks = read_markdown("### Beyond the story, what’s _The Book_ about_?_\n\nIt is about algorithms.\n").blocks
    assert [b.text for b in blocks] == ["Beyond the story, what’s The Book about?", "It is about algorithms."]


def test_he_after_a_sentence_whose_fronted_clause_names_others_is_its_main_clause_s_subject():
    text = (
        "Lena Park is a director.\n\nJust as Agnès Varda and Chris Marker wove essays into their films, Park delights in telling stories.\n\n"
        "“The best way to say anything is a story,” she said.\n"
    )
    rows = parsed(text, title="The director who tells stories")
    assert ("The director who tells stories", "Lena Park", None, "“The best way to say anything is a story,” she said.") in rows


QUESTION_HEADINGS = """---
title: "The Director Who Loves Buses | Film Magazine"
---

Lena Park has made three films about night buses. We spoke with Park at her studio.

### How did you start?

I started with a camera my father gave me.

### Why buses?

Buses are where people talk to strangers.

### {heading}

### What is the new film about?

It is about a driver who never sleeps.
"""


def test_a_topic_heading_among_question_headings_leaves_the_interviewee_answering():
    rows = parsed(QUESTION_HEADINGS.format(heading="On the new film"))
    assert rows[-1] == ("On the new film", "Lena Park", "What is the new film about?", "It is about a driver who never sleeps.")


def test_a_heading_announcing_someone_else_s_interview_does_not():
    rows = parsed(QUESTION_HEADINGS.format(heading="Interview with the composer"))
    assert rows[-1][1] is None


CUSTOMER_STORY = """---
title: Night buses run on our app
author: Dan Moore
---

Lena Maria Park is a customer and CTO at Night Bus Ltd. She chatted with us over email about how she uses the app.

**Dan:** Tell me about your work.

**Lena Maria:** I run the buses and the software that runs them.

**Dan:** Why did you choose us?

**Lena Maria:** The price was the main factor.

**Dan:** Thanks for the feedback!

-------

We love sharing customer stories. You can check out Lena Maria's website if you'd like to learn more about her company.
"""


def test_a_customer_story_labelled_by_first_names_and_closed_by_the_page():
    rows = [(speaker, prompt, text) for _, speaker, prompt, text in parsed(CUSTOMER_STORY)]
    assert rows[1:] == [
        ("Lena Maria Park", "Tell me about your work.", "I run the buses and the software that runs them."),
        ("Lena Maria Park", "Why did you choose us?", "The price was the main factor."),
        ("Dan Moore", None, "Thanks for the feedback!"),
        (None, None, "We love sharing customer stories. You can check out Lena Maria's website if you'd like to learn more about her company."),
    ]


def test_the_page_s_closing_words_after_an_answer_speak_of_its_speaker_as_she():
    text = CUSTOMER_STORY.replace("**Dan:** Thanks for the feedback!\n\n-------\n\n", "")
    assert parsed(text)[-1][1:] == (None, None, "We love sharing customer stories. You can check out Lena Maria's website if you'd like to learn more about her company.")


def test_she_who_chatted_with_us_is_the_one_the_sentence_before_opens_with():
    from assistant.ingest.introductions import interviewees_in_intro

    assert interviewees_in_intro("Lena Park is a customer at Night Bus. She chatted with us over email.") == ["Lena Park"]
    assert interviewees_in_intro("The app is used by Night Bus. She chatted with us over email.") == []
