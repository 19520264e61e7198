"""Reading a question in another language word for word in English, from a shipped glossary."""

import pytest

from assistant.question_cues import FOREIGN_WORDS
from assistant.search.glossary import Gloss, Glossary, glossary
from assistant.search.language import question_language, without_function_words

TINY_FRENCH = """
# a comment line
le la de =
combien_de_temps = how_long
tourner tourné tournage = shoot shot filming
violon = violin
film = film movie
"""


def test_a_glossary_line_gives_its_forms_and_their_stems_the_english_words():
    tiny = Glossary.parse("French", TINY_FRENCH)
    assert tiny.forms[("tournage",)] == ("shoot", "shot", "filming")
    # "tournées" is not written, but shares the stem of "tourné".
    assert tiny.gloss("tournées") == Gloss("shoot", ("shoot", "shot", "filming"))
    assert tiny.function_words == frozenset({"le", "la", "de"})


def test_the_longest_written_form_is_read_first_and_unknown_words_are_kept():
    tiny = Glossary.parse("French", TINY_FRENCH)
    # "de" alone is a function word, but inside "combien de temps" it is part of the phrase;
    # a name and a word the glossary lacks stay as they are, folded.
    # The name, the unknown word and the English spelled one letter from "violon" are its own.
    assert tiny.gloss("Combien de temps Mélanie a-t-elle vu le violon ?") == Gloss(
        "how long melanie vu violin", ("how", "long", "violin"), ("melanie", "vu", "violin")
    )


def test_a_definite_article_reads_the_except_before_a_name():
    tiny = Glossary.parse("French", "le la = the\nde =\nselon = according_to\nproducteur = producer\n")
    # "the producer" is a role the English rules read; English puts no article before "Chatelet",
    # but a capitalised glossary word ("Le producteur", German nouns) keeps it.
    assert tiny.gloss("selon le producteur").text == "according to the producer"
    assert tiny.gloss("le Chatelet de Paris").text == "chatelet paris"
    assert tiny.gloss("Le Producteur").text == "the producer"
    assert tiny.function_words == frozenset({"le", "la", "de"})


def test_a_line_without_its_separator_is_refused_with_its_number():
    with pytest.raises(ValueError, match="line 2 for French"):
        Glossary.parse("French", "violon = violin\ntournage shoot\n")


def test_a_form_given_twice_is_refused_with_both_lines():
    # Folded, "où" and "ou" are one form: the second would never be read.
    with pytest.raises(ValueError, match="line 2 for French gives 'ou' again \\(first on line 1\\)"):
        Glossary.parse("French", "où = where\nou = or\n")


def test_own_words_are_written_forms_not_spelled_as_their_english():
    tiny = Glossary.parse("French", TINY_FRENCH)
    # "tournage" counts; "film" is spelled as its English; "tournées" only shares a stem (as the
    # name "Anne" shares "an"'s); "de" is a function word.
    assert tiny.own_words(["tournage", "film", "tournees", "de", "violon"]) == 2


@pytest.mark.parametrize("language", sorted(FOREIGN_WORDS))
def test_every_language_told_apart_has_a_glossary_that_reads(language):
    shipped = glossary(language)
    assert shipped.language == language and len(shipped.forms) > 300
    # The common question words of each language are glossed.
    assert {"why", "how", "who", "where", "when"} <= {word for meaning in shipped.forms.values() for word in meaning}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Combien de temps a duré le tournage en Roumanie ?", "how long last the shoot in Romania"),
        ("Où le film a-t-il été tourné ?", "where the film be shoot"),
        ("Qu'est-ce que Miou Miou pense de Radu ?", "what miou miou think of radu"),
        ("Comment Alexeï Guskov a-t-il obtenu la Place Rouge ?", "how alexei guskov get the Red Square"),
        ("¿Dónde se rodó la película?", "where shoot the film"),
        ("Wie lange dauerten die Dreharbeiten in Paris?", "how long last the shoot in paris"),
        ("O que o Radu pensa da Mélanie Laurent?", "what radu think of melanie laurent"),
        # A negation and an auxiliary read too: "must not smile", "have listen".
        ("Pourquoi Mélanie Laurent ne devait-elle pas sourire ?", "why melanie laurent must not smile"),
        ("Quelle musique Radu et Armand Amar ont-ils écoutée ?", "which music radu and armand amar have listen"),
        ("Perché Guskov non voleva sorridere?", "why guskov not want smile"),
        # "How many": a quantity question, in every language that asks one.
        ("Combien de semaines a duré le tournage à Paris ?", "how many of week last the shoot paris"),
        ("¿Cuántas semanas duró el rodaje?", "how much week last the shoot"),
    ],
)
def test_shipped_glossaries_read_film_questions_word_for_word(question, expected):
    assert glossary(question_language(question)).gloss(question).text == expected


def test_a_question_is_told_french_by_its_glossed_words_when_it_has_few_function_words():
    # One function word ("le"): the glossary's own words ("combien", "duré", "tournage") decide.
    assert question_language("Combien de temps a duré le tournage en Roumanie ?") == "French"
    # Names sharing a French word's stem ("Anne-Marie": "an", "mari") do not make it French.
    assert question_language("Who plays Anne-Marie Jacquet?") is None
    assert question_language("Which actress plays Anne-Marie's manager Guylène?") is None
    # With no English function word at all, one word of a language tells it; none tells nothing.
    assert question_language("Perché Valery Barinov ama Parigi?") == "Italian"
    assert question_language("Mélanie Laurent's violin teacher?") is None


def test_a_language_without_a_glossary_is_named_with_the_fix():
    with pytest.raises(FileNotFoundError, match="No glossary for Klingon"):
        glossary("Klingon")


def test_the_glossary_s_function_words_are_not_searched():
    # "de" is in names ("Théâtre de la Ville") so `FOREIGN_WORDS` leaves it out; the glossary does not.
    assert without_function_words("¿Cuál es la capital de Australia?", "Spanish") == "capital australia"


def test_a_german_compound_of_two_known_parts_is_read_as_both_a_name_is_left_whole():
    tiny = Glossary.parse("German", "geige violine = violin\nkonzert = concerto concert\nfilm = film\nmusik = music\nberg = mountain\n")
    assert tiny.gloss("Violinkonzert").text == "violin concerto" and tiny.gloss("Filmmusik").text == "film music"
    # "rosen" is no part the glossary knows: the name stays as written.
    assert tiny.gloss("Rosenberg") == Gloss("rosenberg", (), ("rosenberg",))
    # Other languages do not write compounds as one word.
    assert Glossary.parse("French", "concert = concert\nfilm = film\n").gloss("filmconcert").text == "filmconcert"
