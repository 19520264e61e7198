"""Property tests of the parser: it never raises, and no text is lost."""

import random
import unicodedata
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.data import Passage
from assistant.ingest.documents import parse_source
from assistant.ingest.read_text import read_plain


def parse_press_kit(text: str, source: str, document: str) -> list[Passage]:
    return parse_source(read_plain(text), source, document)


LINES = st.lists(
    st.one_of(
        st.text(max_size=80),
        st.sampled_from(["", " SYNOPSIS", "A CONVERSATION WITH JANE DOE", "How was it?", "I loved it.", "per-", "fection."]),
    ),
    max_size=40,
)


def letters(text: str) -> Counter:
    """Letters and digits, case-folded: what must survive parsing, whatever the spacing."""
    return Counter(c for c in unicodedata.normalize("NFC", text).casefold() if c.isalnum())


def shown_letters(passages) -> Counter:
    """Letters in what the parse keeps: each passage's text, each exchange's prompt once, and each
    section's title once."""
    total = Counter()
    titles = set()
    previous = None
    for passage in passages:
        if passage.interview not in titles:
            titles.add(passage.interview)
            total += letters(passage.interview)
        exchange = (passage.interview, passage.question)
        if passage.question and exchange != previous:
            total += letters(passage.question)
        previous = exchange
        total += letters(passage.text)
    return total


def short_line_letters(text: str) -> Counter:
    """Letters of the lines that may be headings: at most 12 words, not ending a sentence. Only
    these may be left out (a heading with nothing under it), never a line of prose."""
    total = Counter()
    for line in text.splitlines():
        words = line.split()
        if 0 < len(words) <= 12 and not line.rstrip().endswith((".", "!", "?", "…", "”", '"')):
            total += letters(line)
    return total


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_the_parser_never_raises_on_arbitrary_text(lines):
    passages = parse_press_kit("\n\n".join(lines), "x.txt", "")
    assert all(p.text for p in passages)


def assert_nothing_lost(text: str) -> None:
    """Nothing is invented (every letter kept is in the source, as many times), and only letters of
    heading-like short lines are left out."""
    passages = parse_press_kit(text, "x.txt", "")
    kept, source = shown_letters(passages), letters(text)
    assert not kept - source
    assert not (source - kept) - short_line_letters(text)


def test_no_text_of_the_real_press_kit_is_lost(press_kit_text):
    assert_nothing_lost(press_kit_text)


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(min_value=1, max_value=8))
def test_no_text_is_lost_after_random_edits_of_the_press_kit(press_kit_text, rng: random.Random, edits: int):
    lines = press_kit_text.splitlines()
    for _ in range(edits):
        position = rng.randrange(len(lines))
        action = rng.choice(["delete", "duplicate", "swap", "join", "split"])
        if action == "delete":
            del lines[position]
        elif action == "duplicate":
            lines.insert(position, lines[position])
        elif action == "swap" and position + 1 < len(lines):
            lines[position], lines[position + 1] = lines[position + 1], lines[position]
        elif action == "join" and position + 1 < len(lines):
            lines[position : position + 2] = [lines[position] + " " + lines[position + 1]]
        elif action == "split" and " " in lines[position]:
            cut = lines[position].index(" ")
            lines[position : position + 1] = [lines[position][:cut], lines[position][cut + 1 :]]
    assert_nothing_lost("\n".join(lines))
