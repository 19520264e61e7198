"""A press archive's pages: a speech its front matter says is its author's, a news item quoting a
man by surname after his full name (a relative of the same surname named in full), a librarian
described by her institution before her name, and a review whose "he says" follows a title in
quotation marks."""

from conftest import parsed

from assistant.ingest import name_forms
from assistant.ingest.hints import own_words_author
from assistant.ingest.quotations import as_double_quoted

def said_by(text: str) -> dict[str, str | None]:
    """Each passage's text and who says it."""
    return {quote: speaker for _, speaker, _, quote in parsed(text)}


SPEECH = (
    "---\ntitle: \"The Induction of Sam Ode\"\nauthor: \"Lena Park\"\ncategory: \"Speech\"\n---\n\n"
    "\"Sam Ode was the kid who carried the cables on my first film. I asked him 'what are you doing at the desk?'\n\n"
    "\"Whattya mean? It's a song for the night bus.\"\n\n"
    "[Lena laughs] \"What are you gonna do with it?\"\n\n"
    "Sam knows great songs. I still get messages from him at four in the morning.\n\n"
    "Welcome to the Hall, little brother.\n"
)


def test_a_page_its_front_matter_calls_a_speech_is_its_author_s_whole():
    rows = parsed(SPEECH)
    assert {speaker for _, speaker, _, _ in rows} == {"Lena Park"}
    assert "Whattya mean?" in " ".join(text for _, _, _, text in rows)
    # Called an interview, the same page is not its author's words.
    interview = SPEECH.replace("category: \"Speech\"", "category: \"Interview\"")
    assert "Lena Park" not in {speaker for _, speaker, _, _ in parsed(interview)}


def test_the_kinds_of_page_that_are_their_author_s_own_words():
    assert own_words_author({"author": "Lena Park", "category": "Speech"}) == "Lena Park"
    assert own_words_author({"author": "Lena Park", "type": "essay"}) == "Lena Park"
    assert own_words_author({"author": "Lena Park", "categories": "[remarks, music]"}) == "Lena Park"
    assert own_words_author({"author": "Lena Park", "category": "Interview"}) is None
    assert own_words_author({"author": "Staff", "category": "Speech"}) is None


NEWS = (
    "The lyrics were bought last year by Floyd Ode, a man whose daughter graduates this week.\n\n"
    "Ode, 62, paid $160,000 for them.\n\n"
    "\"It was a lot. I was embarrassed to tell my children\", he said.\n\n"
    "\"It will matter to history\", said Duke University exhibit librarian Meg Brown, who found 25 books.\n\n"
    "His mother, Carol, lived next door. Carol Ode also wrote a song, and Carol Ode sang it at a party.\n\n"
    "\"But I might bump into him ...\" Ode said.\n"
)


def test_a_surname_alone_is_the_first_full_name_given_and_an_institution_is_no_speaker():
    said = said_by(NEWS)
    assert said["\"It was a lot. I was embarrassed to tell my children\", he said."] == "Floyd Ode"
    assert said["\"But I might bump into him ...\" Ode said."] == "Floyd Ode"
    assert said["\"It will matter to history\", said Duke University exhibit librarian Meg Brown, who found 25 books."] == "Meg Brown"
    assert name_forms.surname_in_full("Ode", NEWS) == "Floyd Ode"
    assert name_forms.person_named_after("Duke University exhibit librarian Meg Brown, who") == ["Meg Brown"]
    assert name_forms.person_named_after("Sundance Film Festival programmer") == []


REVIEW = (
    "The film begins with an aerial shot of a desert, and Lena Park at the wheel.\n\n"
    "\"Night Bus\" goes far deeper than a concert film. It is an elegiac look at Park's life and career.\n\n"
    "\"Everybody's broken in some way\", she says at one point.\n"
)


def test_she_says_after_a_title_in_quotation_marks_is_the_one_the_narration_is_about():
    said = said_by(REVIEW)
    assert said["\"Everybody's broken in some way\", she says at one point."] == "Lena Park"
    # The title's words are no one's name: with no one else named, the quotation stays no one's.
    untitled = REVIEW.replace("at Park's life and career", "at a life and career")
    assert {speaker for _, speaker, _, _ in parsed(untitled)} == {None}


BRITISH = (
    "Lena Park has turned her album into a film.\n\n"
    "'It's an unusual piece of music for a band like ours', she admits. And it is.\n\n"
    "'I've got to go back to the day job now', she says.\n"
)


def test_quotations_in_single_marks_are_read_as_quotations():
    said = said_by(BRITISH)
    assert said["'It's an unusual piece of music for a band like ours', she admits."] == "Lena Park"
    assert said["'I've got to go back to the day job now', she says."] == "Lena Park"
    assert as_double_quoted("'One is transient, restless', he says. 'The other is communal.\"") == (
        "“One is transient, restless”, he says. “The other is communal.”"
    )
    # Apostrophes stay; single marks inside a double-quoted quotation stay.
    assert as_double_quoted("the Boss' people, I'm sure") == "the Boss' people, I'm sure"
    assert as_double_quoted("\"He said 'Gore Vidal wrote it', so\" she said") == "\"He said 'Gore Vidal wrote it', so\" she said"


STORY = (
    "Said Jerry Ode, \"The music is the perfect companion to the storytelling.\"\n\n"
    "Adds Nina Tassler, CBS Entertainment president: \"It's part of the aesthetic of the show.\"\n\n"
    "The episode's director is Mark Pellington. He directed Lena Park's video, so he lobbied her managers.\n\n"
    "\"We wanted to really bust it out a little bit\", he said.\n"
)


def test_a_speech_verb_first_before_a_name_and_its_role_and_he_after_a_pronoun_subject():
    said = said_by(STORY)
    assert said["Adds Nina Tassler, CBS Entertainment president: \"It's part of the aesthetic of the show.\""] == "Nina Tassler"
    # "He directed Lena Park's video": about whom "he" stands for, not Lena Park.
    assert "Lena Park" not in said.values()


EXCERPT = (
    "This morning a paper published a great interview with Ken Ode.\n\n"
    "> **Among your collaborators is the actor Sam Lee. What does he bring to the mix?**\n>\n"
    "> I love Sam like a brother. He reads it cold the first time.\n\n"
    "Earlier in the week there was a long profile of Will Park, the crossword editor.\n\n"
    "> At 14, Park sold his first puzzle.\n"
)


def test_an_answer_excerpted_in_a_block_quotation_ends_with_it():
    rows = [(speaker, text) for _, speaker, _, text in parsed(EXCERPT)]
    assert ("Ken Ode", "I love Sam like a brother. He reads it cold the first time.") in rows
    assert all(speaker is None for speaker, text in rows if "Will Park" in text or "puzzle" in text)


RADIO_CALL = (
    "# Radio call\n\n"
    "Mark: Hi, who's this on the line? Tom Reed?\n\n"
    "Tom: It's Tom.\n\n"
    "Mark: How was the show last night at the Garden Tom: It was loud, the best crowd of the tour\n\n"
    "Mark: Great Tom: We played three new songs.\n\n"
    "Mark: When do you write? Tom: Anytime, like when you raid the fridge, before uhMark: At night? Tom: Sometimes.\n\n"
    "Mark: Thanks, Tom Reed.\n"
)


def test_a_transcript_s_labels_run_into_the_line_before_are_turns_all_the_same():
    rows = [(speaker, quote) for _, speaker, _, quote in parsed(RADIO_CALL)]
    assert ("Tom Reed", "It was loud, the best crowd of the tour") in rows
    assert ("Tom Reed", "We played three new songs.") in rows
    assert ("Tom Reed", "Anytime, like when you raid the fridge, before uh") in rows
    assert ("Tom Reed", "Sometimes.") in rows
    assert not any("Tom:" in quote for _, quote in rows)


def test_a_run_in_label_is_not_the_end_of_a_longer_label_or_of_names_labelled_together():
    pairs = (
        "Anne: Where did you meet?\n\nFelix: At school.\n\nAnne: And the band?\n\nFelix: Later.\n\n"
        "Anne: The name?\n\nFelix: A joke.\n\nAnne: Thank you both! Felix and Chris: Thank you!\n\n"
        "Anne: Bye.\n\nChris: Bye.\n\nAnne: Really?\n\nChris: Yes.\n\nAnne: Sure?\n\nChris: Yes!\n"
    )
    assert "Felix and Chris: Thank you!" in " ".join(quote for _, _, prompt, quote in parsed(pairs)) + " ".join(prompt or "" for _, _, prompt, _ in parsed(pairs))
    longer = (
        "Futurism: What is MAD?\n\nRichard G. Baraniuk: A loop.\n\nFuturism: Why?\n\nBaraniuk: Data.\n\n"
        "Futurism: How?\n\nBaraniuk: Models.\n\nFuturism: And?\n\nBaraniuk: More.\n"
    )
    assert [speaker for _, speaker, _, _ in parsed(longer)][0] == "Richard G. Baraniuk"


WOMAN_AND_MAN = (
    "# The violinist\n\n"
    "\"Yes, I went from the harvest to the stage\", Ana Moor reflects now, from Haifa, where she raised her sons.\n\n"
    "Then Tom Reed decided he wanted a violin on stage with him, to go with the guitars. "
    "\"Louis sent me to audition. There were others\", she says. \"Surprisingly, he took me.\"\n\n"
    "Reed has since brought a violinist back into his band.\n"
)


def test_she_says_is_not_the_man_written_about_last_but_the_woman_quoted_before_him():
    said = said_by(WOMAN_AND_MAN)
    owner = next(speaker for quote, speaker in said.items() if "Louis sent me" in quote)
    assert owner == "Ana Moor"
    # A sentence opening on an adverb names no one with it: not "Then Tom Reed".
    assert "Then Tom Reed" not in said.values()


def test_words_before_a_run_in_label_are_no_part_of_a_name():
    assert name_forms.surname_in_full("Tom", "Mark: How was the show at the Garden Tom: It was loud\n") is None
    assert name_forms.surname_in_full("Park", "Lena Park: I grew up on buses.\n\nPark: Yes.\n") == "Lena Park"
    assert name_forms.surname_in_full("Park", "Mark: Was it you, Lena Park?\n") == "Lena Park"
