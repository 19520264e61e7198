"""Literary magazine interviews (check 159 and after): prompts in italics, some long, some with
titles the writer set roman inside them; the magazine's label over a statement it then takes up."""

from assistant.ingest.read_text import read_markdown
from conftest import parsed


def _italic(text: str) -> list[tuple[str, bool]]:
    return [(b.text, b.wholly("italic")) for b in read_markdown(text).blocks]


def test_a_paragraph_in_italics_with_titles_set_roman_or_closed_after_a_space_is_wholly_italic():
    text = "*You told* Poetry Foundation* that you're tired of the phrase. Any thoughts?*\n\n*As a college magazine, do you recognise your early work? *\n"
    assert _italic(text) == [
        ("You told Poetry Foundation that you're tired of the phrase. Any thoughts?", True),
        ("As a college magazine, do you recognise your early work?", True),
    ]


def test_italics_opened_before_no_break_spaces_or_around_nothing_before_an_answer_are_no_text():
    text = "*\u00a0 \u00a0 You mentioned the square. How has it changed?*\n\n*\u00a0 \u00a0 *I remember the old shops.\n"
    assert _italic(text) == [("You mentioned the square. How has it changed?", True), ("I remember the old shops.", False)]


def test_a_title_in_italics_closed_after_a_space_keeps_no_asterisks():
    assert _italic("I had to write *One Hundred Years of Solitude *so that people would read it.\n") == [
        ("I had to write One Hundred Years of Solitude so that people would read it.", False)
    ]


def test_answers_indented_as_code_are_read_as_text_and_code_is_not():
    text = (
        "ADVOCATE: Would you discuss the framing of your book?\n\n"
        "    DASGUPTA: The epigraph to the book is from Brecht. It refers to a moment in Berlin that seems akin to this moment in Delhi, and to the long story of modernity.\n\n"
        "The code:\n\n    def main():\n        return 0\n"
    )
    assert [b.text for b in read_markdown(text).blocks] == [
        "ADVOCATE: Would you discuss the framing of your book?",
        "DASGUPTA: The epigraph to the book is from Brecht. It refers to a moment in Berlin that seems akin to this moment in Delhi, and to the long story of modernity.",
        "The code:",
    ]


def test_a_paragraph_in_italics_with_a_title_set_roman_inside_is_wholly_italic():
    blocks = read_markdown("*Much of your work is collaborative. For *How Should A Person Be?*, for example, you interviewed your friends.*\n").blocks
    assert [b.wholly("italic") for b in blocks] == [True]


def test_titles_in_italics_with_roman_words_between_stay_as_written():
    assert _italic("*Jaws* and *Alien* were both on that night.\n\n*Jaws* and *Alien*\n") == [
        ("Jaws and Alien were both on that night.", False),
        ("Jaws and Alien", False),
    ]


LONG_PROMPT = (
    "*Very funny. In fact, your work is full of jokes, and one of my favourites comes from your first book, where you "
    "describe the President's Palace as decorated with paintings of the animals the President liked to eat, served on "
    "plates, although in the paintings the animals were still alive and looked a little panicked. I laughed out loud on "
    "a train. Tell me, does your mother find you funny?*"
)


def _magazine(long_prompt: str) -> str:
    return (
        "# Interview with Dana Reyes\n\n*What skill would you bring to the end of the world?*\n\nNegotiation, mostly.\n\n"
        "*How was seventh grade for you?*\n\nI was part clown, part scholar.\n\n"
        f"{long_prompt}\n\nOccasionally, yes. She always did.\n\n"
        "*Who reads your work first?*\n\nMy wife reads everything before it goes out.\n"
    )


def test_where_short_questions_in_italics_are_the_asker_s_a_long_one_in_italics_is_too():
    rows = parsed(_magazine(LONG_PROMPT))
    assert [(speaker, prompt[:11], text) for _, speaker, prompt, text in rows] == [
        ("Dana Reyes", "What skill ", "Negotiation, mostly."),
        ("Dana Reyes", "How was sev", "I was part clown, part scholar."),
        ("Dana Reyes", "Very funny.", "Occasionally, yes. She always did."),
        ("Dana Reyes", "Who reads y", "My wife reads everything before it goes out."),
    ]


def test_a_long_paragraph_in_italics_asking_nothing_is_no_prompt():
    statement = LONG_PROMPT.replace("Tell me, does your mother find you funny?", "My mother does not find it funny.")
    rows = parsed(_magazine(statement))
    assert [prompt for _, _, prompt, _ in rows if prompt and prompt.startswith("Very funny")] == []


STATEMENT_TURN = """# Interview with Ada Brooks

ADVOCATE:

What drew you to history?

BROOKS:

It's what I know.

ADVOCATE:

In an interview late in his life, a novelist said there is no fiction or non-fiction, only narrative.

He later said he wanted most to write the newspaper for one day.

BROOKS:

He was fantastic. I loved his writing, and I liked him too.
"""


def test_an_asker_s_statement_of_two_paragraphs_is_all_the_answer_s_prompt_and_still_the_asker_s():
    rows = parsed(STATEMENT_TURN)
    said = "In an interview late in his life, a novelist said there is no fiction or non-fiction, only narrative."
    assert rows[-2:] == [
        ("Interview with Ada Brooks", "Advocate", None, said),
        ("Interview with Ada Brooks", "Ada Brooks", f"{said} He later said he wanted most to write the newspaper for one day.", "He was fantastic. I loved his writing, and I liked him too."),
    ]


def test_a_follow_up_questioning_what_was_just_said_is_embedded_after_it():
    from assistant.data import Passage
    from assistant.embed import prompt_leads

    def turn(prompt: str, text: str) -> Passage:
        return Passage(text[:6], "Doc", "Doc", "Ada Brooks", prompt, text, "doc.md", (1, 1))

    passages = [
        turn("Do you see yourself in an international current?", "It's complicated. I consider Faulkner a Caribbean writer."),
        turn("Why?", "Because he writes of the Gulf of Mexico."),
        turn("Really?", "Yes."),
        turn("And in Paris?", "We shot there too."),
    ]
    assert prompt_leads(passages) == [
        None,
        "Do you see yourself in an international current? I consider Faulkner a Caribbean writer.",
        "Why? Because he writes of the Gulf of Mexico.",
        "Really?",
    ]


def test_a_label_of_a_two_word_surname_is_the_full_name_the_text_gives():
    text = (
        "Gabriel García Márquez was born in Colombia in 1928.\n\n**Advocate**: How did you start writing?\n\n"
        "**García Márquez**: By drawing.\n\n**Advocate**: By drawing?\n\n**García Márquez**: Stories in cartoons.\n"
    )
    assert {speaker for _, speaker, _, _ in parsed(text, title="Interview with Gabriel Garcia Marquez (1980)") if speaker} >= {"Gabriel García Márquez"}


def test_a_name_a_title_writes_without_accents_is_spelled_as_the_text_writes_it():
    from assistant.ingest.names import accented_spelling

    body = "In his new novel, André Aciman revisits the square. Aciman was a student here."
    assert accented_spelling("Andre Aciman", body) == "André Aciman"
    assert accented_spelling("Andre Aciman", "Andre Aciman wrote it.") == "Andre Aciman"
    assert accented_spelling("Lena Park", body) == "Lena Park"
    text = "---\ntitle: \"Interview with Andre Aciman\"\n---\n\nIn his new novel, André Aciman revisits the square.\n\n*How has it changed?*\n\nThe stores are nicer.\n\n*Why did you leave?*\n\nI was disenchanted.\n"
    assert {speaker for _, speaker, _, _ in parsed(text)} >= {"André Aciman"}


def test_a_full_name_given_in_the_possessive_names_the_first_name_label():
    from assistant.ingest.name_forms import first_name_in_full

    body = (
        "Check out Arkady Martine's story, then read Arkady Martine's thoughts below.\n\n"
        "LSQ: Why Byzantium?\n\nArkady: It is what I study.\n\nLSQ: What are you writing now?\n\nArkady: A sequel.\n"
    )
    assert first_name_in_full("Arkady", body, least=2) == "Arkady Martine"
    assert {speaker for _, speaker, _, _ in parsed(body)} >= {"Arkady Martine"}
