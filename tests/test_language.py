"""Telling a question's language, for a model that reads English only."""

import pytest

from assistant.search.language import cognates, question_language, reads_many_languages, without_function_words


@pytest.mark.parametrize(
    "question, language",
    [
        ("Comment Mélanie Laurent a-t-elle appris le violon ?", "French"),
        ("Où le film a-t-il été tourné ?", "French"),
        ("¿Dónde se rodó la película?", "Spanish"),
        ("Wie hat der Regisseur die Schauspieler gefunden?", "German"),
        ("Perché il regista ha scelto questa musica?", "Italian"),
        ("Onde foi filmado o filme?", "Portuguese"),
        # "à" is not the English "a"; glossed words count where function words are few.
        ("Qui a distribué le film à l'international ?", "French"),
        ("Combien de temps a duré le tournage en Roumanie ?", "French"),
        ("Wie wird Thierry Arbogast bezahlt?", "German"),
    ],
)
def test_a_question_written_in_another_language_is_recognised(question, language):
    assert question_language(question) == language


@pytest.mark.parametrize(
    "question",
    [
        "How did Mélanie Laurent learn the violin?",
        # French names and titles inside an English question stay English.
        "What does the director think of Le Concert and the Théâtre du Châtelet?",
        "Who plays Anne-Marie Jacquet in La Vie en rose?",
        # A title's words, capitalised, are not the question's language.
        "What did the critics say about Les Enfants du Paradis and La Règle du Jeu?",
        "Andreï?",
        "",
    ],
)
def test_english_questions_with_foreign_names_are_english(question):
    assert question_language(question) is None


def test_function_words_are_dropped_and_content_words_kept():
    # "a" and "t" are dropped by the French glossary's function words.
    assert without_function_words("Comment a-t-elle appris le violon ?", "French") == "appris violon"


@pytest.mark.parametrize(
    "question, language, expected",
    [
        ("Comment Radu dirige-t-il les acteurs ?", "French", ["actors"]),
        ("Quel rôle joue la musique ?", "French", ["music"]),
        ("Quelle est la réalité du tournage ?", "French", ["reality"]),
        ("¿Qué dice el director de la producción?", "Spanish", ["production"]),
        # Too short before the ending to be a cognate ("leur", "pie"); no list for a language, none.
        ("Leur pie ?", "French", []),
        ("Comment Radu dirige-t-il les acteurs ?", "Klingon", []),
    ],
)
def test_typical_endings_are_swapped_for_english_ones(question, language, expected):
    assert cognates(question, language) == expected


@pytest.mark.parametrize(
    "model, many",
    [
        ("all-MiniLM-L6-v2", False),
        ("/models/all-mpnet-base-v2", False),
        ("paraphrase-multilingual-MiniLM-L12-v2", True),
        ("sentence-transformers/LaBSE", True),
        ("BAAI/bge-m3", True),
    ],
)
def test_a_multilingual_model_is_told_by_its_name(model, many):
    assert reads_many_languages(model) is many
