"""BM25 over the passages (bm25s), on accent-folded, stemmed words without stop words."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.question_cues import (
    ASKS_DURATION,
    ASKS_MONEY,
    ASKS_PAYMENT,
    ASKS_QUANTITY,
    ASKS_YEAR,
    ASKS_YEAR_ONLY,
    COUNTED,
    HOW_MANY_COUNTED,
    MONEY,
    TIME_UNITS,
    YEAR,
)
from assistant.search.speakers import fold

_STEMMER = None
# Above this many texts, candidate retrieval skips words present in more than COMMON_SHARE of them.
PRUNE_FROM = 50_000
COMMON_SHARE = 0.05
AGENT_NOUN_LETTERS = 6
AGENT_OBJECT_LETTERS = 8
# A word in at most this share of the texts is rare enough to tie a question to the corpus.
RARE_SHARE = 0.05
# Words this long or longer are matched to corpus words spelled one letter apart (other languages).
NEAR_SPELLING_LETTERS = 5


def _bm25s():
    import bm25s

    # bm25s sets its own logger to DEBUG on import, which would print on every index build.
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


def _stemmer():
    global _STEMMER
    if _STEMMER is None:
        import Stemmer

        _STEMMER = Stemmer.Stemmer("english")
    return _STEMMER


def tokenize(texts: list[str], indexed: bool = False) -> list[list[str]]:
    """Folded, stemmed content words of each text (English stop words removed), with the verb stems
    of agent nouns added (`agent_stems`) and, for `indexed` texts (passages, not questions), the
    nouns of agent nouns in -ist (`agent_objects`)."""
    from bm25s.stopwords import STOPWORDS_EN_PLUS

    bm25s = _bm25s()

    tokens = bm25s.tokenize(
        [fold(text) for text in texts],
        stopwords=list(STOPWORDS_EN_PLUS),
        stemmer=_stemmer(),
        return_ids=False,
        show_progress=False,
    )
    return [[*doc, *agent_stems(doc), *(agent_objects(doc) if indexed else ())] for doc in tokens]


def agent_stems(stems: list[str]) -> list[str]:
    """The verb stem of each agent noun in -or among `stems`, which the stemmer keeps apart ("editor"
    and "edited", "director" and "directed", "creator" and "created"), so "Who edited the film?"
    finds "our editor". Stems shorter than AGENT_NOUN_LETTERS are left alone: "actor", "color",
    "error" would fold into words of other meanings (measured: folding "actor" into "act" lost
    "Where does Guskov teach acting?" on the press kit's dev questions)."""
    return [stem[:-2] for stem in stems if stem.endswith("or") and len(stem) >= AGENT_NOUN_LETTERS]


def agent_objects(stems: list[str]) -> list[str]:
    """What each agent noun in -ist among `stems` works with ("violinist" → "violin", "guitarist" →
    "guitar", "journalist" → "journal"), so a passage naming "the violinist" answers "Who plays the
    violin?". Added to passages only: a question about "the violinist" asks for one, not for every
    passage on violins. Stems shorter than AGENT_OBJECT_LETTERS are left alone ("artist",
    "resist", "pianist" would fold into words of other meanings or none)."""
    return [stem[:-3] for stem in stems if stem.endswith("ist") and len(stem) >= AGENT_OBJECT_LETTERS]


class LexicalIndex:
    """A BM25 index over texts, with a measure of how much of a question the corpus knows. Built
    with the index (`of`), saved beside it with bm25s's own format (`save`, `load`)."""

    def __init__(self, bm25):
        self.bm25 = bm25
        self.size = int(bm25.scores["num_docs"])
        # bm25s keeps an empty token of its own in the vocabulary.
        self.vocabulary = set(bm25.vocab_dict) - {""}
        postings = np.diff(bm25.scores["indptr"])
        self._by_start: dict[str, list[str]] | None = None
        self.document_frequency = {t: int(postings[i]) for t, i in bm25.vocab_dict.items() if i < len(postings)}

    @classmethod
    def of(cls, texts: list[str]) -> LexicalIndex:
        """The BM25 index of `texts` (see `tokenize`)."""
        bm25 = _bm25s().BM25()
        bm25.index(tokenize(texts, indexed=True), show_progress=False)
        return cls(bm25)

    def save(self, folder: Path) -> None:
        """Write the BM25 matrices, vocabulary and parameters into `folder` (bm25s's files)."""
        self.bm25.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, mmap_from_bytes: int) -> LexicalIndex:
        """Read what `save` wrote, its matrices memory-mapped when they are bigger than
        `mmap_from_bytes`; ValueError when a file is missing or unreadable."""
        scores = folder / "data.csc.index.npy"
        try:
            mmap = scores.stat().st_size > mmap_from_bytes
            bm25 = _bm25s().BM25.load(str(folder), mmap=mmap, show_progress=False)
            return cls(bm25)
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ValueError(f"the BM25 files in {folder} are missing or corrupt ({error})") from error

    def scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 score of every text for a question's `tokens` (zeros when none is in the corpus)."""
        known = [token for token in tokens if token in self.vocabulary]
        if not known:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self.bm25.get_scores(known), dtype=np.float32)

    def top(self, tokens: list[str], k: int) -> tuple[np.ndarray, np.ndarray]:
        """Positions and BM25 scores of the `k` best texts for a question's `tokens` (fewer if few match).

        In a large corpus, words found in more than COMMON_SHARE of the texts are left out (the
        rarest word is kept if all are common): they add little to the ranking and their long
        posting lists dominate the cost. Names, rare words and numbers are what this is for.
        """
        known = [token for token in tokens if token in self.vocabulary]
        if not known:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        if self.size > PRUNE_FROM:
            limit = COMMON_SHARE * self.size
            known = [t for t in known if self.document_frequency[t] <= limit] or [min(known, key=self.document_frequency.get)]
        # get_scores + argpartition: bm25s's retrieve() adds ~15 ms of fixed cost per call.
        scores = np.asarray(self.bm25.get_scores(known), dtype=np.float32)
        k = min(k, self.size)
        ids = np.argpartition(-scores, k - 1)[:k]
        ids = ids[np.argsort(-scores[ids], kind="stable")]
        keep = scores[ids] > 0
        return ids[keep].astype(np.int64), scores[ids][keep]

    def ideal_score(self, tokens: list[str]) -> float:
        """What the BM25 score of a text holding each of a question's known `tokens` many times
        tends to: the sum of their idf (bm25s's Lucene idf), once per distinct word."""
        known = {token for token in tokens if token in self.document_frequency}
        return float(sum(np.log(1.0 + (self.size - self.document_frequency[t] + 0.5) / (self.document_frequency[t] + 0.5)) for t in known))

    def coverage(self, tokens: list[str]) -> float:
        """Share of a question's content-word `tokens` that occur anywhere in the corpus (0 when it has none)."""
        if not tokens:
            return 0.0
        return sum(token in self.vocabulary for token in tokens) / len(tokens)


    def near_spellings(self, tokens: list[str]) -> list[str]:
        """Corpus words of NEAR_SPELLING_LETTERS or more one letter away from a question's words
        (a letter changed, added or dropped, the first two kept): "violon" → "violin"."""
        if self._by_start is None:
            self._by_start = defaultdict(list)
            for word in self.vocabulary:
                if len(word) >= NEAR_SPELLING_LETTERS:
                    self._by_start[word[:2]].append(word)
        found = []
        for token in tokens:
            if len(token) >= NEAR_SPELLING_LETTERS and token not in self.vocabulary:
                found += [word for word in self._by_start.get(token[:2], ()) if one_edit_apart(token, word)]
        return found

    def shares_rare_word(self, tokens: list[str]) -> bool:
        """Whether one of a question's `tokens` occurs in at most RARE_SHARE of the texts (at least
        one): a name, a title, a technical word, not "film" or "work"."""
        limit = max(1.0, RARE_SHARE * self.size)
        return any(0 < self.document_frequency.get(token, 0) <= limit for token in tokens)


def one_edit_apart(a: str, b: str) -> bool:
    """Whether two different words differ by one letter changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def asks_for_quantity(question: str) -> bool:
    """Whether the question wants a number, a duration or a date ("How many weeks…", "What year…")."""
    return bool(ASKS_QUANTITY.search(question))


@dataclass(frozen=True)
class QuantityQuestion:
    """What a question asking for a quantity wants: a year only, a year or a count, or a number
    counting one of `asked` (its own words, and the units of time for "how long" or "when")."""

    year_only: bool
    year: bool
    asked: frozenset[str]
    # Asked how much was paid or cost: a sum of money states it ("$50", "2 million euros").
    money: bool = False
    # What "how many" counts ("copies"), when it says: a figure counting it states the answer.
    counted: frozenset[str] = frozenset()
    # Asked what was paid or earned: only a sum of money states it, not a count of what was paid for.
    payment: bool = False

    @classmethod
    def of(cls, question: str, tokens: list[str]) -> QuantityQuestion | None:
        """The quantity `question` (with its `tokens`) asks for, or None when it asks for none."""
        if not asks_for_quantity(question):
            return None
        asked = set(tokens) | (set(tokenize([TIME_UNITS])[0]) if ASKS_DURATION.search(question) else set())
        how_many = HOW_MANY_COUNTED.search(question)
        counted = frozenset(tokenize([how_many.group("counted")])[0]) & asked if how_many else frozenset()
        return cls(
            bool(ASKS_YEAR_ONLY.search(question)), bool(ASKS_YEAR.search(question)), frozenset(asked),
            bool(ASKS_MONEY.search(question)), counted, bool(ASKS_PAYMENT.search(question)),
        )

    def stated_in(self, text: str) -> bool:
        """Whether `text` gives the quantity: a number counting something asked ("eight weeks" for
        "How many weeks…"), a count of time for "how long" or "when", or a year for "what year"."""
        return self.stating([text])[0]

    def stating(self, texts: list[str], strict: bool = False) -> list[bool]:
        """`stated_in` for each of `texts`, the counted words of all of them stemmed in one call
        (each call of the tokenizer has a fixed cost of its own); `strict`, a number must count
        what "how many" asks for, when it says ("five new programs" gives no count of copies sold
        of "The Art of Computer Programming")."""
        if self.year_only:
            return [bool(YEAR.search(text)) for text in texts]
        wanted = self.counted if strict and self.counted else self.asked
        counted = [[match.group(1) for match in COUNTED.finditer(text)] for text in texts]
        flat = [phrase for phrases in counted for phrase in phrases]
        stems = iter(tokenize(flat) if flat else [])
        stated = []
        for text, phrases in zip(texts, counted):
            counts_asked = [bool(set(next(stems)) & wanted) for _ in phrases]
            counts = any(counts_asked) and not self.payment
            stated.append(bool(self.year and YEAR.search(text)) or counts or bool(self.money and MONEY.search(text)))
        return stated

