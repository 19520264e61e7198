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
