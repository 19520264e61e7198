"""Which language a question is written in, for an embedding model that reads English only."""

from __future__ import annotations

from typing import Callable

from assistant.question_cues import COGNATE_ENDINGS, COGNATE_STEM_LETTERS, ENGLISH_WORDS, FOREIGN_WORDS, MULTILINGUAL_MODEL
from assistant.request_cues import PRACTICAL_NOW, SERVICE_REQUESTS
from assistant.search.glossary import glossary, written_words
from assistant.search.speakers import fold, words

# At least this many of one language's function words, and more than the English ones, to call a
# question that language: one shared word ("de", "la") is a name or a title, not a language.
MIN_FOREIGN_WORDS = 2


def question_language(question: str) -> str | None:
    """The language other than English the question is written in ("French"), or None: counted
    by its function words, and by the other words of its glossary that are not English spellings,
    written in lower case (a capital inside the question starts a name or a title: "La Vie en Rose")."""
    found = words(question)
    written = written_words(question)
    # Accents kept: "à" is not "a".
    english = sum(word.casefold() in ENGLISH_WORDS for word in written)
    lower = [fold(word) for position, word in enumerate(written) if position == 0 or not word[0].isupper()]
    counts = {
        language: sum(word in vocabulary for word in found)
        + glossary(language).own_words([word for word in lower if word not in vocabulary])
        for language, vocabulary in FOREIGN_WORDS.items()
    }
    language, count = max(counts.items(), key=lambda item: item[1])
    # With no English function word at all, one of that language's words tells it ("Perché
    # Valery Barinov ama Parigi?").
    return language if count > english and (count >= MIN_FOREIGN_WORDS or english == 0) else None


def reads_many_languages(model: str) -> bool:
    """Whether the model's name says it was trained on many languages (multilingual, LaBSE, XLM-R, BGE-M3)."""
    return bool(MULTILINGUAL_MODEL.search(model))


def without_function_words(question: str, language: str) -> str:
    """The question's words less the function words of `language` (folded, in order), those its
    glossary lists too ("de", left out of `FOREIGN_WORDS` for being in names)."""
    listed = FOREIGN_WORDS[language] | glossary(language).function_words
    return " ".join(word for word in words(question) if word not in listed)


def cognates(question: str, language: str) -> list[str]:
    """English spellings of the question's words made by swapping a typical ending of `language`
    for the English one ("acteurs" → "actors"); which of them are words, the corpus decides."""
    return [
        word[: -len(ending)] + english
        for word in words(question)
        for ending, english in COGNATE_ENDINGS.get(language, ())
        if word.endswith(ending) and len(word) - len(ending) >= COGNATE_STEM_LETTERS
    ]


def asks_for_service(
    question: str, language: str | None, interviews_give_advice: Callable[[], bool] = lambda: False, english: str | None = None
) -> bool:
    """Whether the question, in `language` (None: English), asks for advice or a service for the
    one asking ("How do I tune a violin?", `SERVICE_REQUESTS`; not when `interviews_give_advice()`,
    asked only then) or for practical information about the world now (`PRACTICAL_NOW`, read in
    English: in another language, on its glossed reading `english`, "Quel temps fera-t-il
    demain ?" → "… tomorrow"), which no interview answers."""
    advice = SERVICE_REQUESTS.get(language)
    if advice is not None and advice.search(question) and not interviews_give_advice():
        return True
    reading = question if language is None else english
    return reading is not None and bool(PRACTICAL_NOW.search(reading))
