"""What a quotation looks like in prose, sentence by sentence: whether a sentence is mostly
someone's quoted words (not a title in quotes or a short aside), opens a quotation, leaves one open,
and whether a paragraph is one quotation and nothing else. Pure functions over text; who speaks
the quotation is `quotes.py`'s to find."""

from __future__ import annotations

import re

from assistant.quote_cues import (
    QUOTE_AFTER_ASKING,
    QUOTE_AFTER_CLAUSE,
    QUOTE_AFTER_KIN,
    QUOTE_AFTER_PARTICIPLE,
    QUOTE_AFTER_SHARED_SUBJECT,
    QUOTE_AFTER_SPEAKER,
    SPEAKER_AFTER_QUOTE,
    SPEAKER_AFTER_VERB,
)
from assistant.text import word_count

# A quotation this short is a title or a phrase ("“Night Bus”", "a “miracle”"), not someone's words.
MIN_QUOTED_WORDS = 4
# The sentence given to the one quoted is mostly the quotation: at least this share of its words.
QUOTED_SHARE = 0.5
_QUOTED = re.compile(r"“([^”]*)”?|\"([^\"]*)\"?")
# Narration ending on a colon right before a quotation: "…on her tour in 1995: “My main memory…".
COLON_BEFORE_QUOTE = re.compile(r"^(?P<lead>[^“”\"]{3,300}?):\s*(?=[“\"])")


# Where a speech verb before a quotation introduces it.
_INTRODUCING = (
    QUOTE_AFTER_SPEAKER, QUOTE_AFTER_CLAUSE, QUOTE_AFTER_ASKING, SPEAKER_AFTER_VERB, QUOTE_AFTER_PARTICIPLE, QUOTE_AFTER_SHARED_SUBJECT, QUOTE_AFTER_KIN,
)


# Single quotation marks as the British press sets quotations ("'I'm getting to that age', he
# said"): an opening mark after a space or the start, before a letter; a closing one after a
# letter or a stop, before a space, a stop or the end (not an apostrophe inside a word: "I'm").
_SINGLE_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=[A-Za-zÀ-ÿ0-9])")
_DOUBLE_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))\"(?=\w)")
_SINGLE_CLOSING = re.compile(r"(?<=[\w.,!?…])['’\"](?=[\s,.;:!?)\]—–-]|$)")


def as_double_quoted(text: str) -> str:
    """The text with its single-quoted quotations marked with double quotation marks, character for
    character (so every position stays the same), when no double mark opens a quotation in it (then
    single marks are quotations inside quotations): an opening mark paired with the next closing
    one (a double mark may close it: "'…to reside.\""); a mark no quotation pairs (the Boss' people)
    stays."""
    if ("'" not in text and "‘" not in text) or "“" in text or _DOUBLE_OPENING.search(text):
        return text
    chars = list(text)
    position = 0
    while (opening := _SINGLE_OPENING.search(text, position)) is not None:
        closing = _SINGLE_CLOSING.search(text, opening.end())
        if closing is None:
            break
        chars[opening.start()] = "“"
        chars[closing.start()] = "”"
        position = closing.end()
    return "".join(chars)


def title_words(text: str) -> list[str]:
    """The words of the text's quotations too short to be anyone's words (under MIN_QUOTED_WORDS):
    titles and phrases ("“Western Stars” goes far deeper…")."""
    return [word for a, b in _QUOTED.findall(text) if word_count(a or b) < MIN_QUOTED_WORDS for word in (a or b).split()]


def unquoted(text: str) -> str:
    """The text with its quotations left out: the narration around them."""
    return _QUOTED.sub(" ", text)


def is_quoting(sentence: str) -> bool:
    """Whether a sentence is mostly someone's quoted words: not a title in quotes, nor narration
    around a short quotation ("a gift from Sheehan (“Say it with taxidermy,” Morris quipped), and…"),
    or opens with a quotation a speech verb then attributes, however it goes on ("“They could
    cross with impunity…,” he said, adding that…")."""
    quoted = [word_count(a or b) for a, b in _QUOTED.findall(sentence)]
    if any(n >= MIN_QUOTED_WORDS for n in quoted) and sum(quoted) >= QUOTED_SHARE * word_count(sentence):
        return True
    lead = COLON_BEFORE_QUOTE.match(sentence.lstrip())
    if lead and is_quoting(sentence.lstrip()[lead.end() :]):
        # "…on her tour in 1995: “My main memory of that tour,” said Jonny Greenwood, “is…”": the
        # narration before the colon only leads to the quotation.
        return True
    text = sentence.lstrip()
    opening = _QUOTED.match(text)
    closed = opening is not None and text[opening.end() - 1 : opening.end()] in ("”", '"')
    if closed and any(pattern.match(text, opening.end() - 1) for pattern in SPEAKER_AFTER_QUOTE):
        # However short: "“That's there,” Mr. Springsteen said of the political element." (a
        # title is not followed by who says it).
        return True
    # Or ends with a quotation a speech verb right before it introduces, however long the narration
    # before ("When I ask him about it, he replies “When I’m writing, I don’t think…").
    introduced = next((m for pattern in _INTRODUCING for m in pattern.finditer(text)), None)
    quotation = _QUOTED.match(text, introduced.end() - 1) if introduced else None
    if quotation is None:
        return False
    # "She told the Times: “I don't care.": a quotation going on past the sentence is no short aside.
    closed = text[quotation.end() - 1 : quotation.end()] in ("”", '"')
    return not closed or word_count(quotation.group(1) or quotation.group(2)) >= MIN_QUOTED_WORDS


def opens_quotation(sentence: str) -> bool:
    """Whether a sentence opens with someone's quoted words: not with a title in quotes ("“Curl”
    is set in…"), a quotation closed within MIN_QUOTED_WORDS words."""
    text = sentence.lstrip()
    opening = _QUOTED.match(text)
    if opening is None:
        return False
    closed = text[opening.end() - 1 : opening.end()] in ("”", '"') and opening.end() > 1
    return not closed or word_count(opening.group(1) or opening.group(2) or "") >= MIN_QUOTED_WORDS


def wholly_quoted(text: str) -> bool:
    """Whether a paragraph is one quotation and nothing else: it opens with someone's quoted words
    (not a title in quotes), closes with a quotation mark, and its quoted words are most of it."""
    stripped = text.strip()
    return opens_quotation(stripped) and stripped[-1:] in ("”", '"') and is_quoting(stripped)


def quotation_running_on(text: str) -> bool:
    """Whether a paragraph opens a quotation it never closes: one that goes on in the next
    paragraph, as a quotation of several paragraphs is printed (“Some of the greatest blues music…
    …so I was very ambitious, also.)."""
    stripped = text.strip()
    return opens_quotation(stripped) and still_open(stripped, False)


def still_open(sentence: str, was_open: bool) -> bool:
    """Whether a quotation is still open after the sentence."""
    curly = sentence.count("“") - sentence.count("”")
    if curly:
        return curly > 0
    straight = sentence.count('"')
    return was_open != (straight % 2 == 1) if straight else was_open and not sentence.rstrip().endswith(("”", '"'))
