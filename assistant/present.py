"""Turn answers into what people read: plain text for the terminal and the JSON contract."""

from __future__ import annotations

import textwrap

from assistant.data import Answer, Hit, Passage

NOTHING_FOUND = "The press kit doesn't seem to cover that."


def attribution(passage: Passage) -> str:
    """Who said it: the interviewee, or "Synopsis" (or the section title) for unattributed text."""
    return passage.speaker or passage.interview


def citation(passage: Passage, number: int) -> str:
    """A citation to paste into an article, e.g. `[1] Mélanie Laurent, "A Conversation with …", …, lines 3-9`."""
    first, last = passage.lines
    lines = f"line {first}" if first == last else f"lines {first}-{last}"
    return f'[{number}] {attribution(passage)}, "{passage.interview}", {passage.document}, {lines}'


def hit_to_json(hit: Hit) -> dict:
    """One result of the `ask --json` contract."""
    p = hit.passage
    return {
        "rank": hit.rank,
        "id": p.id,
        "speaker": p.speaker,
        "interview": p.interview,
        "question": p.question,
        "text": p.text,
        "score": round(hit.score, 4),
        "source": p.source,
        "lines": list(p.lines),
    }


def answer_to_json(answer: Answer) -> dict:
    """The `ask --json` object: results are empty when the assistant abstains."""
    return {
        "query": answer.query,
        "abstained": answer.abstained,
        "results": [hit_to_json(hit) for hit in answer.hits],
    }


def answer_to_text(answer: Answer, width: int = 88) -> str:
    """A readable terminal reply: rank, speaker, prompt, quote and citation for each passage."""
    parts: list[str] = []
    if answer.truncated:
        parts.append("(Your question was long, so only its beginning was used.)\n")
    if answer.abstained:
        parts.append(NOTHING_FOUND)
        return "\n".join(parts)
    for hit in answer.hits:
        p = hit.passage
        parts.append(f"{hit.rank}. {attribution(p)}  (score {hit.score:.2f})")
        if p.question:
            parts.append(textwrap.fill(f"Q: {p.question}", width, initial_indent="   ", subsequent_indent="      "))
        parts.append(textwrap.fill(f"“{p.text}”", width, initial_indent="   ", subsequent_indent="    "))
        parts.append(f"   {citation(p, hit.rank)}\n")
    return "\n".join(parts)
