"""A press archive's pages: a speech its front matter says is its author's, a news item quoting a
man by surname after his full name (a relative of the same surname named in full), a librarian
described by her institution before her name, a review whose "he says" follows a title in
quotation marks, a radio call-in whose labels run into the line before, a profile whose "she says"
follows narration about a man, a car-collection profile its title names the subject of, a Q&A
whose title names two people, and excerpts under bold topic headings."""

from conftest import parsed

from assistant.ingest import name_forms
from assistant.ingest.hints import own_words_author
from assistant.ingest.names import is_full_name
from assistant.ingest.quotations import as_double_quoted

def said_by(text: str) -> dict[str, str | None]:
    """Each passage's text and who says it."""
    return {quote: speaker for _, speaker, _, quote in parsed(text)}


def speakers(text: str) -> set[str | None]:
    """Everyone who says a passage of the text (None: narration)."""
    return {speaker for _, speaker, _, _ in parsed(text)}


def speakers_and_quotes(text: str) -> list[tuple[str | None, str]]:
    """Who says each passage, and its text, in order."""
    return [(speaker, quote) for _, speaker, _, quote in parsed(text)]


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
    assert "Lena Park" not in speakers(interview)


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
    # The title's words are no one's name: with no one named, the quotation stays no one's…
    untitled = REVIEW.replace("at Park's life and career", "at a life and career")
    assert speakers(untitled.replace("Lena Park at the wheel", "a woman at the wheel")) == {None}
    # …and with the one person the narration names given by first name then surname ("…and Lena
    # Park at the wheel"), "she says" is hers.
    assert said_by(untitled)["\"Everybody's broken in some way\", she says at one point."] == "Lena Park"


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
    rows = speakers_and_quotes(EXCERPT)
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
    rows = speakers_and_quotes(RADIO_CALL)
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


CAR_PROFILE = (
    "# Me and My Motor interview: Tom Reed's life in cars\n\n"
    "\"My driving was considered reckless by the band\"\n\n"
    "After four decades of touring, Tom Reed could afford a fleet of limousines. Reed keeps a few old cars.\n\n"
    "\"I have a garage full of cars that I've collected over the years\", Reed says.\n\n"
    "The 1960 Corvette came from Jim Bell, a dealer in Ohio.\n\n"
    "\"I started riding again in my thirties\", he says.\n\n"
    "As sales took off, he could afford the car he wanted, buying it in New Jersey from a worker. "
    "\"The album had earned me a piano and a Corvette\", he recalls.\n\n"
    "He records in his memoirs: \"I'd never owned a new car in my life. I felt as conspicuous as a king.\"\n"
)


def test_a_profile_whose_title_names_its_subject_among_other_words_gives_him_his_he_says():
    said = said_by(CAR_PROFILE)
    owners = {quote[:25]: speaker for quote, speaker in said.items()}
    assert owners["\"I started riding again i"] == "Tom Reed"
    # A place after "in" is no one the narration is about; a memoir quoted after a colon is his.
    assert next(speaker for quote, speaker in said.items() if "earned me a piano" in quote) == "Tom Reed"
    assert next(speaker for quote, speaker in said.items() if "never owned a new car" in quote) == "Tom Reed"
    # A news story about someone it never quotes by name is no profile of theirs.
    unquoted = CAR_PROFILE.replace(", Reed says.", ", a fan says.")
    assert next(speaker for quote, speaker in said_by(unquoted).items() if "riding again" in quote) is None


TWO_IN_TITLE = (
    "---\ntitle: \"Ana Moor on 'River' Tour, What She Learned From Tom Reed\"\nauthor: \"Dan Fox\"\ncategory: \"Interview\"\n---\n\n"
    "\"The River is my summer record\", Ana Moor said in a hotel bar, the night before Tom Reed opened his tour.\n\n"
    "Moor, the band's drummer since 1974, plays the album every night. \"I'm the white line\", Moor said.\n\n"
    "After the rehearsal and an immediate interview with Reed, I joined Moor for a drink.\n\n"
    "Was it hard to get in shape for the tour?\n\n"
    "They come back fairly quickly. I work out a lot.\n\n"
    "What do you remember of the recording?\n\n"
    "I got married that year.\n"
)


def test_of_two_people_a_title_names_the_one_the_narration_is_about_answers_unlabelled_questions():
    rows = {quote: (speaker, prompt) for _, speaker, prompt, quote in parsed(TWO_IN_TITLE)}
    assert rows["They come back fairly quickly. I work out a lot."] == ("Ana Moor", "Was it hard to get in shape for the tour?")
    assert rows["I got married that year."][0] == "Ana Moor"


TOPIC_EXCERPTS = (
    "# Tom Reed talks to Ana Moor\n\n"
    "\"The album came out of happy songs we chose not to use\", Tom Reed told Ana Moor at the festival.\n\n"
    "**On Darkness In Music**\n\n"
    "\"Some of the greatest blues music is the darkest you've ever heard. And I had maps.\n\n"
    "**On Musical Influences**\n\n"
    "\"You're drawn to things that make you seek out what they're about. That's studying.\"\n\n"
    "**On Great New Music**\n\n"
    "\"If you're good, you're always looking over your shoulder.\"\n"
)


def test_bold_topic_headings_between_excerpts_name_no_one_sign_nothing_and_head_the_excerpt():
    said = said_by(TOPIC_EXCERPTS)
    assert {speaker for quote, speaker in said.items() if quote.startswith('"')} == {"Tom Reed"}
    # A quotation opened and left open runs on: the convention of quotations of several paragraphs.
    assert said["\"Some of the greatest blues music is the darkest you've ever heard. And I had maps."] == "Tom Reed"
    assert not is_full_name("On Great New Music")
    # Each heading is what the quotation under it answers.
    prompts = {quote: prompt for _, _, prompt, quote in parsed(TOPIC_EXCERPTS)}
    assert prompts["\"If you're good, you're always looking over your shoulder.\""] == "On Great New Music"
    assert "On Musical Influences" not in prompts
