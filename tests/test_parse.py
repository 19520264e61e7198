"""Parsing: inline fixtures for each rule, then the real press kit."""

import re

import pytest

from assistant.data import Passage
from assistant.ingest.documents import parse_source
from assistant.ingest.names import person_name
from assistant.ingest.passages import passage_id
from assistant.ingest.read_text import read_plain


def parse_press_kit(text: str, source: str, document: str, max_words: int = 100) -> list[Passage]:
    """Passages of a plain-text press kit, as the build makes them."""
    return parse_source(read_plain(text), source, document, max_words=max_words)


def export(*printed: str) -> str:
    """Mimic the press-kit export: every printed line followed by a blank line."""
    return "\n\n".join(printed) + "\n"


def parse(text: str) -> list[Passage]:
    return parse_press_kit(text, source="kit.txt", document="Kit")


def pairs(passages: list[Passage]) -> list[tuple]:
    return [(p.interview, p.speaker, p.question, p.text, p.lines) for p in passages]


def test_synopsis_has_no_speaker_and_interview_answers_carry_their_prompt():
    text = export(
        " SYNOPSIS",
        "A conductor becomes a cleaner.",
        "Will they make it?",
        " A CONVERSATION WITH JANE DOE",
        "How was this project born?",
        "A producer sent me a synopsis",
        "and I liked it.",
    )
    assert pairs(parse(text)) == [
        ("Synopsis", None, None, "A conductor becomes a cleaner. Will they make it?", (3, 5)),
        ("A Conversation with Jane Doe", "Jane Doe", "How was this project born?", "A producer sent me a synopsis and I liked it.", (11, 13)),
    ]


def test_statement_prompts_and_answers_that_end_with_a_question():
    text = export(
        "A CONVERSATION WITH JANE DOE",
        "Did you like the script?",
        "Yes. But why would anyone say no?",
        "The way the Russians speak French is hilarious!",
        "Again I was inspired by my childhood.",
        "It was a real challenge to recruit so many",
        "established actors…",
        "As in France we had to convince the decision-makers.",
    )
    assert [(p.question, p.text) for p in parse(text)] == [
        ("Did you like the script?", "Yes. But why would anyone say no?"),
        ("The way the Russians speak French is hilarious!", "Again I was inspired by my childhood."),
        (
            "It was a real challenge to recruit so many established actors…",
            "As in France we had to convince the decision-makers.",
        ),
    ]


def test_a_premise_joins_the_question_that_leans_on_it():
    text = export(
        "A CONVERSATION WITH JANE DOE",
        "What did you think?",
        "I loved it.",
        "Andreï is a wounded character, eaten by guilt.",
        "Is this difficult to play?",
        "It is a privilege for me.",
    )
    assert [(p.question, p.text) for p in parse(text)] == [
        ("What did you think?", "I loved it."),
        ("Andreï is a wounded character, eaten by guilt. Is this difficult to play?", "It is a privilege for me."),
    ]


def test_a_short_closing_paragraph_of_an_answer_is_not_taken_for_a_prompt():
    text = export(
        "A CONVERSATION WITH JANE DOE",
        "How was the shoot?",
        "We shot in Romania for three weeks.",
        "In Moscow we only did exterior shots.",
        "How did the editing go?",
        "Radu astonished me!",
        "But later, backstage, the feeling vanishes.",
    )
    assert [(p.question, p.text) for p in parse(text)] == [
        ("How was the shoot?", "We shot in Romania for three weeks. In Moscow we only did exterior shots."),
        ("How did the editing go?", "Radu astonished me! But later, backstage, the feeling vanishes."),
    ]


def test_answers_continue_across_page_breaks_and_rejoin_hyphenated_words():
    text = export("A CONVERSATION WITH JANE DOE", "What is harmony?", "It happens at a level of per-") + "\n\n\n" + export(
        "fection, with self-", "confidence."
    )
    (passage,) = parse(text)
    assert passage.text == "It happens at a level of perfection, with self-confidence."
    assert passage.lines == (5, 11)


def test_long_answers_are_split_at_sentence_boundaries_keeping_speaker_and_prompt():
    sentences = [f"Then I said sentence {n} in seven words." for n in range(30)]
    text = export("A CONVERSATION WITH JANE DOE", "Tell me everything?", *sentences)
    passages = parse_press_kit(text, "kit.txt", "Kit", max_words=50)
    assert len(passages) == 5
    assert all(p.speaker == "Jane Doe" and p.question == "Tell me everything?" for p in passages)
    assert " ".join(p.text for p in passages) == " ".join(sentences)
    assert all(len(p.text.split()) <= 50 and p.text.endswith(".") for p in passages)


def test_person_name_prefers_the_spelling_used_in_the_text():
    body = "I met Mélanie Laurent and Miou Miou."
    assert person_name("MÉLANIE LAURENT", body) == "Mélanie Laurent"
    assert person_name("MIOU MIOU", body) == "Miou Miou"
    assert person_name("DMITRY NAZAROV", body) == "Dmitry Nazarov"
    assert person_name("JEAN-PIERRE LÉAUD", body) == "Jean-Pierre Léaud"


def test_ids_depend_only_on_content():
    # Pinned: a citation link made today must open the same passage after any rebuild or upgrade.
    assert passage_id("a.txt", "S", "Q?", "Text.") == "13ead414a28838d3"
    variants = [("b.txt", "S", "Q?", "Text."), ("a.txt", "T", "Q?", "Text."), ("a.txt", "S", None, "Text."), ("a.txt", "S", "Q?", "Text!")]
    assert len({passage_id(*variant) for variant in variants} | {"13ead414a28838d3"}) == 5


def test_text_without_headings_becomes_plain_passages_titled_by_the_document():
    passages = parse(export("Just some notes about the film.", "Nothing else."))
    assert pairs(passages) == [("Kit", None, None, "Just some notes about the film. Nothing else.", (1, 3))]


# --- the real press kit -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def kit(press_kit_text) -> list[Passage]:
    return parse_press_kit(press_kit_text, "the_concert_press_kit.txt", "The Concert press kit")


def answer_to(kit, prompt_start: str) -> str:
    texts = [p.text for p in kit if p.question and p.question.startswith(prompt_start)]
    assert texts, f"no prompt starts with {prompt_start!r}"
    return " ".join(texts)


def test_the_press_kit_has_a_synopsis_and_ten_interviews_with_their_speakers(kit):
    sections = list(dict.fromkeys((p.interview, p.speaker) for p in kit))
    assert sections == [
        ("Synopsis", None),
        ("A Conversation with Radu Mihaileanu", "Radu Mihaileanu"),
        ("A Conversation with Alain Attal", "Alain Attal"),
        ("A Conversation with Armand Amar", "Armand Amar"),
        ("A Conversation with Alexeï Guskov", "Alexeï Guskov"),
        ("A Conversation with Dmitry Nazarov", "Dmitry Nazarov"),
        ("A Conversation with Valery Barinov", "Valery Barinov"),
        ("A Conversation with Mélanie Laurent", "Mélanie Laurent"),
        ("A Conversation with François Berléand", "François Berléand"),
        ("A Conversation with Miou Miou", "Miou Miou"),
        ("A Conversation with Anna Kamenkova", "Anna Kamenkova"),
    ]
    assert all(p.question is None for p in kit if p.speaker is None)
    assert all(p.question for p in kit if p.speaker is not None)


@pytest.mark.parametrize(
    "prompt, answer_start",
    [
        ("The way the Russians make the French language their own is hilarious!", "Again I was inspired"),
        ("It was a real challenge to recruit so many established Russian actors…", "As in France we had"),
        ("And in Paris?", "This was my first true feature film in Paris"),
        ("This is also found in the contrasts between the Russian and the French sets.", "Absolutely."),
        ("The concert sequence is exceptionally intense.", "It’s a scene that has left a big mark on me."),
        ("Anne-Marie Jacquet has a great hold over her…", "Exactly."),
        ("Andreï is a wounded character, eaten by guilt. Is this difficult to play?", "It is the greatest privilege"),
        ("You were in your twenties in the late seventies. Did you get inspiration from your memories of the USSR to construct Sacha’s character?", "In my work"),
        ("Irina is a strong woman: she is very courageous and refuses humiliation. Do you feel close to her?", "Yes, I would like"),
    ],
)
def test_statement_and_question_prompts_of_the_press_kit(kit, prompt, answer_start):
    assert answer_to(kit, prompt).startswith(answer_start)


def test_answers_ending_in_a_question_keep_it_and_stay_with_their_prompt(kit):
    kamenkova = answer_to(kit, "Do you think it is her love for Andreï")
    assert kamenkova.startswith("Probably.") and kamenkova.endswith("with a woman who didn’t believe in him?")
    amar = answer_to(kit, "How would you define the “ultimate harmony”?")
    assert "Because if it’s ultimate, what’s the point in continuing?" in amar
    barinov = answer_to(kit, "Do you really think he is nostalgic")
    assert "Is Ivan nostalgic about the Soviet Union? Probably yes, in a way." in barinov
    guskov = answer_to(kit, "Wasn’t the language barrier a real obstacle?")
    assert "The interpreter wasn’t essential anymore. I have never learned French." in guskov


def test_no_prompt_text_leaks_into_answers(kit):
    assert len({(p.interview, p.question) for p in kit if p.question}) == 109
    prompts = {p.question for p in kit if p.question}
    for passage in kit:
        for prompt in prompts:
            assert prompt not in passage.text


def test_press_kit_text_is_cleaned_for_reading(kit):
    everything = " ".join(p.text for p in kit)
    assert "level of perfection" in everything
    assert "regain their self-confidence" in everything
    assert "in co-production with Italy" in everything
    assert "for the post-synchronization" in everything
    assert "amidst a crowd" in everything and "  " not in everything
    assert "“Concerto for Violin and Orchestra”" in everything and "Alexeï Guskov’s" in everything


def test_passages_end_at_sentence_ends_and_point_at_their_source_lines(kit, press_kit_text):
    source_lines = press_kit_text.splitlines()
    for passage in kit:
        assert re.search(r"[.!?…][\"”’)]?$", passage.text), passage.text
        first, last = passage.lines
        region = " ".join(source_lines[first - 1 : last])
        first_word = re.findall(r"\w+", passage.text)[0]
        last_word = re.findall(r"\w+", passage.text)[-1]
        assert first_word in source_lines[first - 1] and last_word in region


def test_ids_are_unique_and_pinned_to_their_content(kit):
    assert len({p.id for p in kit}) == len(kit)
    (harmony,) = [p for p in kit if p.text == "I prefer not knowing."]
    assert (harmony.id, harmony.interview, harmony.question) == ("8a1e4bcca8807e16", "A Conversation with Miou Miou", "What is the “ultimate harmony”?")


def test_a_line_without_sentence_ends_is_cut_between_words_into_bounded_passages(tmp_path):
    from assistant.ingest.documents import parse_document

    words = [f"word{i}" for i in range(30_000)]
    path = tmp_path / "dump.txt"
    path.write_text("A CONVERSATION WITH JOHN ROE\n\nWhat is in the table?\n\n" + " ".join(words) + " " + "x" * 5000 + "\n", encoding="utf-8")
    passages = parse_document(path, 100)[0]
    assert all(len(p.text.split()) <= 100 and len(p.text) <= 100 * 101 for p in passages)
    assert " ".join(p.text for p in passages).replace(" ", "") == "".join(words) + "x" * 5000
    assert {p.speaker for p in passages} == {"John Roe"} and {p.lines for p in passages} == {(5, 5)}


def test_a_question_with_the_writer_s_note_in_brackets_after_it_is_still_a_question():
    from conftest import parsed

    from assistant.ingest.presskit import is_question, without_aside

    asking = "Are you an only child? (I knew of the one-child policy, which China ended in 2016.)"
    assert is_question(asking) and without_aside(asking) == "Are you an only child?"
    # A stage direction is no note, and a statement stays one.
    assert not is_question("I knew it would work. (laughs)") and without_aside("Who knows? (laughs)") == "Who knows? (laughs)"
    text = """# Mother in the Mist

I met Kay Zhang at the American Pavilion to discuss the film.

Are you from China?

Yes, I was born and raised in Wuhan.

Are you an only child? (I knew of the one-child policy, which China ended in 2016.)

Yes, and my parents are very supportive of me.

Do you plan to stay in the US?

I would like to stay in the US.
"""
    assert [prompt for _, _, prompt, _ in parsed(text)][1:] == [
        "Are you from China?",
        "Are you an only child? (I knew of the one-child policy, which China ended in 2016.)",
        "Do you plan to stay in the US?",
    ]
