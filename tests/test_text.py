"""Joining printed lines, de-hyphenation and sentence splitting."""

from assistant.text import join_lines, keeps_hyphen, plain_letters, sentence_spans, split_sentences, vocabulary


def test_join_lines_rejoins_a_word_split_at_a_line_end_and_keeps_real_hyphens():
    words, compounds = vocabulary("a level of perfection\nthe co-production\n")
    joined = join_lines(
        [(1, "happens at a level of per-"), (3, "fection. They regain their self-"), (5, "confidence and a co-"), (7, "production.")],
        words,
        compounds,
    )
    assert joined.text == "happens at a level of perfection. They regain their self-confidence and a co-production."


def test_join_lines_maps_characters_back_to_source_lines():
    joined = join_lines([(10, "first line"), (12, "  second   line "), (15, "third")])
    assert joined.text == "first line second line third"
    assert [joined.line_at(0), joined.line_at(11), joined.line_at(len(joined.text) - 1)] == [10, 12, 15]


def test_a_dash_at_a_line_end_is_not_a_hyphen():
    joined = join_lines([(1, "Russians, Gypsies and Jews –"), (2, "landing in Paris")])
    assert joined.text == "Russians, Gypsies and Jews – landing in Paris"


def test_keeps_hyphen_decides_from_the_document_then_from_known_prefixes():
    words, compounds = vocabulary("the post-war era and a remarkable welcome")
    assert keeps_hyphen("the post", "war", words, compounds)
    assert not keeps_hyphen("a remark", "able", words, compounds)
    assert keeps_hyphen("their self", "esteem", words, compounds)
    assert not keeps_hyphen("a level of per", "fection", words, compounds)
    assert keeps_hyphen("the Franco", "Russian", words, compounds)


def test_sentences_split_after_terminal_punctuation_and_quotes():
    text = "He writes: “The woman, it’s the woman”. In his notes he had pages… Then? Yes! Dr. Who stays. Etc."
    assert split_sentences(text) == [
        "He writes: “The woman, it’s the woman”.",
        "In his notes he had pages…",
        "Then?",
        "Yes!",
        "Dr. Who stays.",
        "Etc.",
    ]


def test_sentence_spans_cover_the_text_without_gaps_in_words():
    text = "One sentence here. Another one follows.  A third"
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["One sentence here.", "Another one follows.", "A third"]
    # A full stop after a space, where an export took bold out before it, ends a sentence too.
    exported = 'It made it actionable . "Just make sure you use the latest image," he says.'
    assert split_sentences(exported) == ["It made it actionable .", '"Just make sure you use the latest image," he says.']


def test_plain_letters_spells_out_ligatures_and_drops_invisible_hints_keeping_line_breaks():
    typeset = "The \ufb01rst \ufb02ood was ef\ufb01cient, \ufb03x.\nA news\u00adpaper\u200b fol\u00ad\nlowed\u2060 it\ufeff."
    assert plain_letters(typeset) == "The first flood was efficient, ffix.\nA newspaper fol-\nlowed it."
    # A soft hyphen at a line's end becomes a hyphen, so joining the lines rejoins the word.
    assert join_lines([(1, "It fol\u00ad"), (2, "lowed.")]).text != "It followed."
    assert join_lines([(1, plain_letters("It fol\u00ad")), (2, "lowed.")]).text == "It followed."
    assert plain_letters("Plain text — “quoted”, naïve.") == "Plain text — “quoted”, naïve."
