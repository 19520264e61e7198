"""Pull quotes: a quotation a page sets apart with the name of whoever said it on the line
under it ("“Our separate tools…”" / "Keanon O'Keefe" / "Senior Product Manager"), taken out of
the answer it interrupts and given to them. Pure functions over a section's exchanges."""

from __future__ import annotations

from assistant.ingest import names
from assistant.ingest.blocks import Block, Exchange
from assistant.ingest.quotations import wholly_quoted
from assistant.text import LINE_ENDS_SENTENCE, word_count

# A signature's title line under a pull quote, this many words at most ("Senior Product Manager,
# AI Trust, Safety, and Quality").
MAX_TITLE_WORDS = 10


def pull_quotes(exchanges: list[Exchange]) -> list[Exchange]:
    """The exchanges with each pull quote taken out of the answer it interrupts and given to the
    person its signature names: a paragraph that is one quotation, then a line that is a full name
    and nothing else, then perhaps a short line of their title ("“Our separate tools…”" / "Keanon
    O'Keefe" / "Senior Product Manager"). The signature lines go: they only say whose it is."""
    result: list[Exchange] = []
    for exchange in exchanges:
        kept: list[Block] = []
        answer = exchange.answer
        i = 0
        while i < len(answer):
            signer = _pull_quote_signer(answer, i)
            if signer is None:
                kept.append(answer[i])
                i += 1
                continue
            if kept:
                result.append(Exchange(exchange.prompt, exchange.speaker, tuple(kept)))
                kept = []
            result.append(Exchange(None, signer, (answer[i],)))
            i += 2
            if i < len(answer) and _title_line(answer[i].text):
                i += 1
        if kept:
            result.append(Exchange(exchange.prompt, exchange.speaker, tuple(kept)))
    return result


def _pull_quote_signer(answer: tuple[Block, ...], i: int) -> str | None:
    """The full name signing the pull quote at `answer[i]`, if it is one."""
    if i + 1 >= len(answer) or not wholly_quoted(answer[i].text):
        return None
    name = answer[i + 1].text.strip()
    return name if names.is_full_name(name) else None


def _title_line(text: str) -> bool:
    """Whether a line is a short title under a signature ("Software engineer, Delight.ai"): a few
    words, no sentence."""
    return word_count(text) <= MAX_TITLE_WORDS and not LINE_ENDS_SENTENCE.search(text.strip())
