"""BM25 tokens: folded, stemmed, stop words out, agent nouns in -or meeting their verbs, in -ist
the things they work with."""

import math

import pytest

from assistant.search.lexical import LexicalIndex, agent_objects, agent_stems, one_edit_apart, tokenize


def test_agent_nouns_in_or_also_give_their_verb_stem():
    assert agent_stems(["editor", "director", "creator", "film"]) == ["edit", "direct", "creat"]


def test_short_words_in_or_are_not_folded():
    assert agent_stems(["actor", "color", "error", "major"]) == []


def test_agent_nouns_in_ist_give_what_they_work_with_short_ones_left_alone():
    assert agent_objects(["violinist", "guitarist", "journalist", "artist", "resist", "pianist", "film"]) == ["violin", "guitar", "journal"]


def test_a_passage_naming_the_violinist_answers_the_violin_a_question_about_the_violinist_asks_for_one():
    # Indexed texts get the thing an agent in -ist works with; a question does not.
    assert tokenize(["the violinist"], indexed=True) == [["violinist", "violin"]] and tokenize(["the violinist"]) == [["violinist"]]
    lexical = LexicalIndex.of(["I mostly worked with Sarah the violinist.", "She bought a violin.", "We shot on Canon cameras."])
    violin, violinist = lexical.scores(tokenize(["Who plays the violin?"])[0]), lexical.scores(tokenize(["Who was the violinist?"])[0])
    assert violin[0] > 0 and violin[1] > 0 and violin[2] == 0
    assert violinist[0] > 0 and violinist[1] == violinist[2] == 0


def test_a_question_about_editing_finds_the_editor():
    lexical = LexicalIndex.of(["Our editor and co-producer joined in Bolivia.", "We shot on Canon cameras."])
    scores = lexical.scores(tokenize(["Who edited the film?"])[0])
    assert scores[0] > 0 and scores[1] == 0


def test_tokens_are_folded_stemmed_and_without_stop_words():
    assert tokenize(["The Directors filmed in Pleyel"]) == [["director", "film", "pleyel", "direct"]]


def test_one_edit_apart_means_one_letter_changed_added_or_dropped():
    assert one_edit_apart("violon", "violin") and one_edit_apart("violin", "violins") and one_edit_apart("pelicula", "pelicla")
    assert not one_edit_apart("violin", "violin") and not one_edit_apart("musiqu", "music") and not one_edit_apart("film", "filmed")


def test_near_spellings_are_corpus_words_of_five_letters_or_more_one_letter_away():
    lexical = LexicalIndex.of(["She learnt the violin in Paris.", "The tour ended."])
    assert lexical.near_spellings(["violon", "tourn", "paris"]) == ["violin"]


def test_a_rare_shared_word_ties_a_question_to_the_corpus_a_common_one_does_not():
    texts = [f"The film was shot in week {n}." for n in range(40)] + ["Nemtanu played the solo."]
    lexical = LexicalIndex.of(texts)
    assert lexical.shares_rare_word(tokenize(["nemtanu film"])[0])
    assert not lexical.shares_rare_word(tokenize(["film"])[0])
    assert not lexical.shares_rare_word(tokenize(["weather tomorrow"])[0])


def test_quantities_of_many_texts_are_read_as_each_alone():
    from assistant.search.lexical import QuantityQuestion

    question = "How many weeks did they shoot in Paris?"
    quantity = QuantityQuestion.of(question, tokenize([question])[0])
    texts = ["We shot for eight weeks in Paris.", "Three cameras, two days.", "No numbers here.", "In 2008, six weeks and 3 days."]
    assert quantity.stating(texts) == [quantity.stated_in(t) for t in texts] == [True, False, False, True]


def test_a_question_s_ideal_score_is_its_known_words_idf_summed_once_each():
    index = LexicalIndex.of(["The violin was hard.", "We shot in Paris.", "Paris in winter, with a violin."])
    tokens = tokenize(["violin violin Paris zebra"])[0]
    idf = lambda df: math.log(1 + (3 - df + 0.5) / (df + 0.5))  # noqa: E731
    assert index.ideal_score(tokens) == pytest.approx(idf(2) + idf(2))
    # A passage holding both words many times approaches it, never passes it.
    assert index.scores(["violin", "pari"]).max() < index.ideal_score(tokens)
    assert index.ideal_score(tokenize(["zebra"])[0]) == 0.0
