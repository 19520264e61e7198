"""Pure text helpers: joining printed lines into prose, de-hyphenation and sentence splitting."""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from assistant.cues import ABBREVIATIONS, HYPHEN_PREFIXES

# A printed line that ends a sentence: terminal punctuation, possibly before or after a closing quote.
_CLOSERS = "\"”’')]"
_TERMINAL = r"(?:[.!?…]+[\"”’')\]]*|[\"”’')\]]+[.!?…]+)"
LINE_ENDS_SENTENCE = re.compile(_TERMINAL + r"$")
# What may open a sentence: a capital, a digit, or an opening quote or bracket before one.
_OPENING = r"[\"“‘'(\[]?[A-ZÀ-ÖØ-Þ0-9]"
LINE_STARTS_SENTENCE = re.compile(r"^" + _OPENING)
# A full stop may follow a space where bold or a link was taken out before it ("**actionable** .").
_SENTENCE_BREAK = re.compile(r"(?<=\S)(?: (?=[.!?…]))?" + _TERMINAL + r"(?=\s+" + _OPENING + r")")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Typesetting left in exported text: the Latin ligatures a PDF or a copy from one keeps ("ﬁrst"),
# which neither BM25 nor the model reads as letters; invisible break hints (zero-width space,
# word joiner, a byte-order mark inside the text).
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
_INVISIBLE = str.maketrans({"\u200b": None, "\u2060": None, "\ufeff": None})
_TYPESETTING = re.compile("[\ufb00-\ufb06\u200b\u2060\ufeff\u00ad]")
SOFT_HYPHEN = "\u00ad"
# A soft hyphen where a printed line ends is where the word was hyphenated: an ordinary hyphen
# there lets `join_lines` rejoin it; anywhere else it is only a hint and is dropped.
_LINE_END_SOFT_HYPHEN = re.compile(SOFT_HYPHEN + r"(?=[ \t]*(?:\n|$))")


@dataclass(frozen=True)
class Joined:
    """Prose made from printed lines, remembering which source line each character came from."""

    text: str
    line_starts: tuple[int, ...]
    line_numbers: tuple[int, ...]

    def line_at(self, offset: int) -> int:
        """The source line number of the character at `offset`."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return self.line_numbers[max(index, 0)]


def fold(text: str) -> str:
    """Lower case without accents or curly apostrophes: "Mélanie" → "melanie"."""
    if text.isascii():
        # Nothing to decompose (the curly apostrophe is not ASCII): the common case, on every question.
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def plain_letters(text: str) -> str:
    """`text` with ligatures spelled out, invisible break hints dropped, and soft hyphens made
    hyphens at a line's end and dropped elsewhere; line breaks are kept, so places do not move."""
    if not _TYPESETTING.search(text):
        return text
    text = _LINE_END_SOFT_HYPHEN.sub("-", text.translate(_LIGATURES).translate(_INVISIBLE))
    return text.replace(SOFT_HYPHEN, "")


def vocabulary(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Words (lower case) and hyphenated compounds that occur within single lines of `text`."""
    words: set[str] = set()
    compounds: set[str] = set()
    for line in text.splitlines():
        for match in _WORD.finditer(line):
            token = match.group().lower()
            if "-" in token:
                compounds.add(token)
                words.update(part for part in token.split("-") if part)
            else:
                words.add(token)
    return frozenset(words), frozenset(compounds)


def keeps_hyphen(left: str, right: str, words: frozenset[str], compounds: frozenset[str]) -> bool:
    """Whether `left-` at a line end and `right` on the next line form a real hyphenated word."""
    left_word = _WORD.findall(left)[-1].lower() if _WORD.findall(left) else ""
    right_word = _WORD.findall(right)[0] if _WORD.findall(right) else ""
    if not left_word or not right_word:
        return True
    if f"{left_word}-{right_word.lower()}" in compounds:
        return True
    if (left_word.split("-")[-1] + right_word.lower()) in words:
        return False
    if left_word.split("-")[-1] in HYPHEN_PREFIXES:
        return True
    return right_word[0].isupper()


def join_lines(
    lines: list[tuple[int, str]],
    words: frozenset[str] = frozenset(),
    compounds: frozenset[str] = frozenset(),
) -> Joined:
    """Join numbered printed lines into one paragraph, re-joining words split at a line end."""
    text = ""
    starts: list[int] = []
    numbers: list[int] = []
    for number, raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        if text.endswith("-") and not text.endswith(" -") and line[0].isalpha():
            if not keeps_hyphen(text[:-1], line, words, compounds):
                text = text[:-1]
        elif text:
            text += " "
        starts.append(len(text))
        numbers.append(number)
        text += line
    return Joined(text, tuple(starts), tuple(numbers))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in `text` (whitespace between them excluded)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        before = text[start : match.start()].split()
        last_word = before[-1].strip(_CLOSERS).lower() if before else ""
        if match.group().lstrip().startswith(".") and (last_word in ABBREVIATIONS or len(last_word) == 1):
            continue
        end = match.end()
        spans.append((start, end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return [span for span in spans if span[1] > span[0]]


def last_sentence(text: str) -> str:
    """The last sentence of `text` ("" when it has none)."""
    spans = sentence_spans(text)
    return text[spans[-1][0] : spans[-1][1]].strip() if spans else ""


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`, in order."""
    return [text[a:b] for a, b in sentence_spans(text)]


def word_count(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(text.split())
