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
