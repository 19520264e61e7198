"""BM25 tokens: folded, stemmed, stop words out, agent nouns in -or meeting their verbs."""

from assistant.search.lexical import LexicalIndex, agent_stems, tokenize


def test_agent_nouns_in_or_also_give_their_verb_stem():
    assert agent_stems(["editor", "director", "creator", "film"]) == ["edit", "direct", "creat"]


def test_short_words_in_or_are_not_folded():
    assert agent_stems(["actor", "color", "error", "major"]) == []


def test_a_question_about_editing_finds_the_editor():
    lexical = LexicalIndex(["Our editor and co-producer joined in Bolivia.", "We shot on Canon cameras."])
    scores = lexical.scores(tokenize(["Who edited the film?"])[0])
    assert scores[0] > 0 and scores[1] == 0


def test_tokens_are_folded_stemmed_and_without_stop_words():
    assert tokenize(["The Directors filmed in Pleyel"]) == [["director", "film", "pleyel", "direct"]]
