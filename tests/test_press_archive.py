"""A press archive's pages: a speech its front matter says is its author's, a news item quoting a
man by surname after his full name (a relative of the same surname named in full), a librarian
described by her institution before her name, and a review whose "he says" follows a title in
quotation marks."""

from conftest import parsed

from assistant.ingest import name_forms
from assistant.ingest.hints import own_words_author

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
    rows = parsed(NEWS)
    said = {text: speaker for _, speaker, _, text in rows}
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
    said = {text: speaker for _, speaker, _, text in parsed(REVIEW)}
    assert said["\"Everybody's broken in some way\", she says at one point."] == "Lena Park"
    # The title's words are no one's name: with no one else named, the quotation stays no one's.
    untitled = REVIEW.replace("at Park's life and career", "at a life and career")
    assert {speaker for _, speaker, _, _ in parsed(untitled)} == {None}
