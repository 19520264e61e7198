"""Word-for-word English glosses of questions in another language, from a glossary shipped per
language (`glossaries/<language>.txt`), for an embedding model that reads English only."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Callable

from assistant.question_cues import FOREIGN_WORDS
from assistant.search.lexical import NEAR_SPELLING_LETTERS, one_edit_apart
from assistant.search.speakers import fold

GLOSSARY_DIR = Path(__file__).with_name("glossaries")
# A definite article's gloss (English puts none before a name).
ARTICLE = ("the",)
# Languages that write compound nouns as one word ("Violinkonzert", "Filmmusik"): an unknown word
# is read as its first part then a known last part.
COMPOUNDING = frozenset({"German"})
# The shortest parts a compound is split into, and the shortest compound.
COMPOUND_PART_LETTERS = 4
COMPOUND_LETTERS = 8


@dataclass(frozen=True)
class Gloss:
    """A question read through a glossary: its word-for-word English `text` (names and unknown
    words kept, function words dropped), every English word its known words may mean, and the
    question's own words the reading keeps as written (`kept`: names, words the glossary does not
    know, and those it spells as in English: "film")."""

    text: str
    english: tuple[str, ...]
    kept: tuple[str, ...] = ()


@dataclass(frozen=True)
class Glossary:
    """English words for a language's words, keyed by their folded forms and by those forms'
    stems (a form may be several words: "combien de temps"); no English words: a function word,
    left out of the gloss."""

    language: str
    forms: dict[tuple[str, ...], tuple[str, ...]]
    stems: dict[tuple[str, ...], tuple[str, ...]]
    # The most words a form has: how far ahead `gloss` looks at each word.
    longest: int = 1

    @classmethod
    def parse(cls, language: str, text: str) -> Glossary:
        """A glossary from lines of "forms = English words" ("#" starts a comment; a form of
        several words, or an English phrase, joins its words with "_"). A form is given once; of
        two forms sharing a stem, the first line's decides it."""
        stem = _stemmer(language)
        forms: dict[tuple[str, ...], tuple[str, ...]] = {}
        stems: dict[tuple[str, ...], tuple[str, ...]] = {}
        lines: dict[tuple[str, ...], int] = {}
        for number, line in enumerate(text.splitlines(), 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            written, separator, english = line.partition("=")
            if not separator or not written.split():
                raise ValueError(f"Glossary line {number} for {language} is not 'forms = English words': {line!r}.")
            for form in written.split():
                raw = _raw_words(form.replace("_", " "))
                key = tuple(fold(word) for word in raw)
                if lines.get(key, number) != number:
                    raise ValueError(f"Glossary line {number} for {language} gives {form!r} again (first on line {lines[key]}): keep one.")
                lines[key] = number
                forms[key] = tuple(english.split())
                stems.setdefault(stem(raw), tuple(english.split()))
        return cls(language, forms, stems, max((len(key) for key in forms), default=1))

    @property
    def function_words(self) -> frozenset[str]:
        """The one-word forms glossed by nothing, "the" or "of" ("la", "de"): not a topic in any question."""
        return frozenset(key[0] for key, meaning in self.forms.items() if len(key) == 1 and meaning in ((), ARTICLE, ("of",)))

    def own_words(self, found: list[str]) -> int:
        """How many of these folded words are this language's own: written in the glossary (not
        only sharing a stem, as names do: "Anne" and "an"), and not spelled as one of their
        English words ("tournage" is, "film" and the function words are not)."""
        return sum(bool(meaning := self.forms.get((word,))) and word not in {fold(p) for p in meaning} for word in found)

    def gloss(self, question: str) -> Gloss:
        """The question word for word in English, longest known form first at each word."""
        written = written_words(question)
        raw = [word.casefold() for word in written]
        found, stems = [fold(word) for word in raw], _stemmer(self.language)(raw)
        glossed, english, kept, position = [], [], [], 0
        while position < len(found):
            for length in range(min(self.longest, len(found) - position), 0, -1):
                form = found[position : position + length]
                meaning = self.forms.get(tuple(form))
                if meaning is None:
                    meaning = self.stems.get(tuple(stems[position : position + length]))
                if meaning is not None:
                    position += length
                    if meaning == ARTICLE and self._names(written, found, stems, position):
                        break  # "le Chatelet", "o Radu": English puts no article before a name
                    glossed.extend(meaning[0].split("_") if meaning else ())
                    english.extend(word for phrase in meaning for word in phrase.split("_"))
                    # A word spelled as its English, or one letter from it ("concierto", "concerto"),
                    # is the question's own word too.
                    kept.extend(fold(phrase) for phrase in meaning if any(_spelled_alike(word, fold(phrase)) for word in form))
                    break
            else:
                # Not in the glossary: a compound of a known last part ("Violinkonzert" → "violin
                # concerto"), a name, a cognate ("violon"), a word the model may know.
                compound = self._compound(found[position])
                if compound is not None:
                    for meaning in compound:
                        glossed.extend(meaning[0].split("_"))
                        english.extend(word for phrase in meaning for word in phrase.split("_"))
                elif found[position] not in FOREIGN_WORDS[self.language] and len(found[position]) > 1:
                    glossed.append(found[position])
                    kept.append(found[position])
                position += 1
        return Gloss(" ".join(glossed), tuple(english), tuple(kept))

    def _compound(self, word: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """In a language writing compounds as one word, the meanings of `word`'s two known parts
        ("violinkonzert" → ("violin",), ("concerto", "concert"); "filmmusik" → ("film",),
        ("music",)): each part a form of the glossary, the first also one of its English words
        ("violin"); None otherwise, so a name ("Rosenberg") is left whole."""
        if self.language not in COMPOUNDING or len(word) < COMPOUND_LETTERS:
            return None
        stem = _stemmer(self.language)
        for split in range(COMPOUND_PART_LETTERS, len(word) - COMPOUND_PART_LETTERS + 1):
            head, tail = word[:split], word[split:]
            first = self.forms.get((head,)) or self.stems.get(stem([head])) or ((head,) if head in self.english_words else None)
            last = self.forms.get((tail,)) or self.stems.get(stem([tail]))
            if first and last:
                return first, last
        return None

    @cached_property
    def english_words(self) -> frozenset[str]:
        """Every English word the glossary gives."""
        return frozenset(word for meaning in self.forms.values() for phrase in meaning for word in phrase.split("_"))

    def _names(self, written: list[str], found: list[str], stems: tuple[str, ...], position: int) -> bool:
        """Whether the word at `position` is a name: capitalised and not in the glossary (German
        capitalises its nouns: "der Produzent")."""
        return (
            position < len(written)
            and written[position][0].isupper()
            and (found[position],) not in self.forms
            and (stems[position],) not in self.stems
        )


@lru_cache(maxsize=None)
def glossary(language: str) -> Glossary:
    """The glossary shipped for `language` ("French"): one for each language `FOREIGN_WORDS` tells."""
    path = GLOSSARY_DIR / f"{language.lower()}.txt"
    if not path.is_file():
        raise FileNotFoundError(f"No glossary for {language}: add {path} (the format is french.txt's).")
    return Glossary.parse(language, path.read_text(encoding="utf-8"))


def _spelled_alike(word: str, english: str) -> bool:
    """Whether a word is spelled as an English word or one letter from it (`lexical.one_edit_apart`)."""
    return word == english or (len(english) >= NEAR_SPELLING_LETTERS and one_edit_apart(word, english))


def written_words(text: str) -> list[str]:
    """The words of `text` as written, accents and case kept (`speakers.words` before folding)."""
    return re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", text))


def _raw_words(text: str) -> list[str]:
    """The words of `text` in lower case with their accents, which the stemmers read ("tournées")."""
    return [word.casefold() for word in written_words(text)]


@lru_cache(maxsize=None)
def _stemmer(language: str) -> Callable[[list[str]], tuple[str, ...]]:
    """The language's Snowball stemmer: words with their accents in, folded stems out."""
    import Stemmer

    stem_words = Stemmer.Stemmer(language.lower()).stemWords
    return lambda raw: tuple(fold(stem) for stem in stem_words(raw))
