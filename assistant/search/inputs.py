"""What a user types, checked before it is searched: the question cleaned and cut to length,
the number of passages asked for. The searcher, the service and the CLI call these."""

from __future__ import annotations

import unicodedata

# A question is cut to this many raw characters per character kept before it is cleaned.
RAW_CHARS_PER_CHAR = 4


def clean_question(raw: str, max_chars: int) -> tuple[str, bool]:
    """The question cleaned for search and whether it was cut; ValueError when there is nothing to ask."""
    if not isinstance(raw, str):
        raise ValueError("The question must be text.")
    # Cut before cleaning, so a huge question costs no more than a long one: cleaning looks at
    # every character, and spacing collapses by at most this much for real text.
    head = raw[: RAW_CHARS_PER_CHAR * max_chars]
    printable = "".join(c if unicodedata.category(c)[0] != "C" else " " for c in head)
    query = " ".join(printable.split())
    if not query:
        raise ValueError("The question is empty: type a question about the film, e.g. “How did Mélanie Laurent learn the violin?”")
    if len(query) > max_chars:
        return query[:max_chars].rsplit(" ", 1)[0] or query[:max_chars], True
    return query, len(raw) > len(head)


def parse_top_k(value: object, most: int = 50) -> int:
    """How many passages to show, from a number or its text; ValueError naming the range otherwise."""
    try:
        number = int(value) if not isinstance(value, bool) and float(value) == int(float(value)) else None
    except (TypeError, ValueError, OverflowError):
        number = None
    if number is None or not 1 <= number <= most:
        raise ValueError(f"The number of passages must be a whole number from 1 to {most}, not {str(value)[:20]!r}.")
    return number
