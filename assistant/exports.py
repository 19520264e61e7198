"""Exports of the passages a conversation cited: grouped under the question that found them,
numbered as in the reply, with the press kit and the date in the header."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from assistant.data import Passage
from assistant.present import attribution, citation, plain_quote


@dataclass(frozen=True)
class CitedPassage:
    """A passage as a reply cited it: the question that found it and its number in that reply."""

    question: str
    number: int
    passage: Passage


def grouped(cited: list[CitedPassage]) -> list[tuple[str, list[CitedPassage]]]:
    """The cited passages under each question, in the conversation's order (a question asked
    twice is one group)."""
    groups: dict[str, list[CitedPassage]] = {}
    for item in cited:
        groups.setdefault(item.question, []).append(item)
    return list(groups.items())


def export_markdown(cited: list[CitedPassage], titles: dict[str, str], source: str, date: str) -> str:
    """Cited passages as Markdown for an article: a header naming the press kit and the date,
    then each question with its passages (speaker, prompt, the quote verbatim, citation)."""
    lines = [f"# Cited passages: {source}", "", f"Exported {date}. Every quote is verbatim from the source.", ""]
    for question, items in grouped(cited):
        lines += [f"## {question}", ""]
        for item in items:
            p = item.passage
            lines.append(f"**{attribution(p, titles)}**")
            if p.question:
                lines += ["", f"*{p.question}*"]
            lines += ["", f"> {p.text}", "", citation(p, item.number, titles), ""]
    return "\n".join(lines)


BYTE_ORDER_MARK = "\ufeff"
CSV_COLUMNS = ["question", "number", "speaker", "interview", "prompt", "quote", "document", "file", "location", "as pasted", "exported"]


def export_csv(cited: list[CitedPassage], titles: dict[str, str], date: str) -> str:
    """Cited passages as CSV, a row each: the question that found it, its number in that reply,
    who said it (with role and part), the prompt, the quote verbatim, where it is, and the quote as
    a journalist pastes it (`plain_quote`). It opens with a byte-order mark: without one, Excel
    reads UTF-8 as the local code page ("MÃ©lanie"); LibreOffice and BOM-aware readers skip it."""
    buffer = io.StringIO()
    buffer.write(BYTE_ORDER_MARK)
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for item in cited:
        p = item.passage
        writer.writerow([item.question, item.number, attribution(p, titles), p.interview, p.question or "", p.text, p.document, p.source, p.place(), plain_quote(p, titles), date])
    return buffer.getvalue()
