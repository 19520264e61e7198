"""Turn answers into what people read: plain text for the terminal and the JSON contract."""

from __future__ import annotations

import re
import textwrap

from assistant.data import Answer, Hit, Passage
from assistant.text import sentence_spans

NOTHING_FOUND = "The press kit doesn't seem to cover that."
EMPTY_HINT = "Type a question about the film, for example: “How did Mélanie Laurent learn the violin?”"
FAILED = "Sorry, something went wrong while searching. Please try again or rephrase the question."
CLOSEST = "Closest, but probably not it:"
TRUNCATED = "Your question was long, so only its beginning was used."
EVERYONE = "Everyone who was asked"
UNREAD_LANGUAGE = (
    "This question looks {language}. The search model reads English only, so these passages were "
    "matched by the names and rare words they share with the question: asking in English finds more."
)
UNREAD_LANGUAGE_NOTHING = (
    "This question looks {language}. The search model reads English only, and the question names "
    "no one in the press kit and shares no rare word with it: please ask in English."
)


def language_note(answer: Answer) -> str | None:
    """What to say about a question the model cannot read (its language), or None."""
    if answer.unread_language is None:
        return None
    return (UNREAD_LANGUAGE_NOTHING if answer.abstained else UNREAD_LANGUAGE).format(language=answer.unread_language)


def nothing_found(answer: Answer) -> str:
    """Why an abstained answer has no passages: not covered, or a language the model cannot read."""
    return language_note(answer) or NOTHING_FOUND


def attribution(passage: Passage) -> str:
    """Who said it: the interviewee, or "Synopsis" (or the section title) for unattributed text."""
    return passage.speaker or passage.interview


def citation(passage: Passage, number: int) -> str:
    """A citation to paste into an article, e.g. `[1] Mélanie Laurent, "A Conversation with …", …, lines 3-9`."""
    return f'[{number}] {attribution(passage)}, "{passage.interview}", {passage.document}, {passage.place()}'


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
        "unit": p.unit,
    }


def answer_to_json(answer: Answer) -> dict:
    """The `ask --json` object: results are empty when the assistant abstains; `shared_prompt` is
    the prompt everyone answering was asked, when the results are one answer per person;
    `unread_language` the question's language when the model reads English only."""
    return {
        "query": answer.query,
        "abstained": answer.abstained,
        "shared_prompt": answer.shared_prompt,
        "unread_language": answer.unread_language,
        "results": [hit_to_json(hit) for hit in answer.hits],
    }


def answer_to_text(answer: Answer, width: int = 88) -> str:
    """A readable terminal reply: rank, speaker, prompt, quote and citation for each passage."""
    parts: list[str] = []
    if answer.truncated:
        parts.append(f"({TRUNCATED})\n")
    if answer.abstained:
        parts.append(nothing_found(answer))
        return "\n".join(parts)
    if answer.unread_language:
        parts.append(f"({language_note(answer)})\n")
    for hit in answer.hits:
        p = hit.passage
        parts.append(f"{hit.rank}. {attribution(p)}  (score {hit.score:.2f})")
        if p.question:
            parts.append(textwrap.fill(f"Q: {p.question}", width, initial_indent="   ", subsequent_indent="      "))
        parts.append(textwrap.fill(f"“{p.text}”", width, initial_indent="   ", subsequent_indent="    "))
        parts.append(f"   {citation(p, hit.rank)}\n")
    return "\n".join(parts)


# Markdown and HTML that could change how text renders; quotes and questions are shown as written.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~$!])")
_LIST_MARKER = re.compile(r"^(\s*)(?:([-+=])|(\d+)([.)]))")


def escape_markdown(text: str) -> str:
    """Text that renders literally in Markdown, on one line: no emphasis, links, images, HTML,
    headings or list markers."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.splitlines()))
    return _LIST_MARKER.sub(lambda m: m.group(1) + (f"\\{m.group(2)}" if m.group(2) else f"{m.group(3)}\\{m.group(4)}"), text)


def unescape_markdown(text: str) -> str:
    """Inverse of `escape_markdown` (for user messages read back from the chat history)."""
    return re.sub(r"\\(.)", r"\1", text)


def quote_markdown(text: str, highlight: tuple[int, ...]) -> str:
    """The quote, escaped, with the highlighted sentences in bold; the words themselves unchanged.
    Consecutive highlighted sentences share one bold run."""
    pieces: list[str] = []
    position = 0
    for index, (start, end) in enumerate(sentence_spans(text)):
        opens = index in highlight and index - 1 not in highlight
        closes = index in highlight and index + 1 not in highlight
        pieces.append(escape_markdown(text[position:start]) + ("**" if opens else ""))
        pieces.append(escape_markdown(text[start:end]) + ("**" if closes else ""))
        position = end
    pieces.append(escape_markdown(text[position:]))
    return "".join(pieces)


def passage_markdown(hit: Hit, number: int) -> str:
    """One passage of a chat reply: speaker in bold, the prompt, the quote as a block quote, the citation."""
    p = hit.passage
    lines = [f"**{escape_markdown(attribution(p))}**"]
    if p.question:
        lines.append(f"*{escape_markdown(p.question)}*")
    context = f"[read in context](?passage={p.id})"
    return "\n\n".join(lines + [f"> {quote_markdown(p.text, hit.highlight)}", f"{escape_citation(citation(p, number))} · {context}"])


def escape_citation(text: str) -> str:
    """A citation line kept copyable: only what could start Markdown syntax is escaped."""
    number, _, rest = text.partition(" ")
    return f"{number} {escape_markdown(rest)}"


def answer_markdown(answer: Answer) -> str:
    """The whole chat reply for an answer, in Markdown with every quoted or typed word escaped."""
    notes = [f"*{TRUNCATED}*"] if answer.truncated else []
    if answer.unread_language and not answer.abstained:
        notes.append(f"*{language_note(answer)}*")
    if answer.shared_prompt:
        notes.append(f"**{EVERYONE}:** *{escape_markdown(answer.shared_prompt)}* ({len(answer.hits)} answers, one each)")
    if answer.abstained:
        notes.append(nothing_found(answer))
        if answer.closest:
            notes.append(f"**{CLOSEST}**")
    passages = [passage_markdown(hit, hit.rank) for hit in (answer.closest if answer.abstained else answer.hits)]
    return "\n\n".join(notes + ["\n\n---\n\n".join(passages)] if passages else notes)


def header_markdown(documents: list[str], interview_count: int, passage_count: int) -> str:
    """What the corpus is and how big it is, for the top of the app."""
    return (
        f"Ask about **{escape_markdown(', '.join(documents))}**: {interview_count} interviews, "
        f"{passage_count} passages. Every answer is a quote from the press kit, with who said it, "
        "the question it answers and a citation; nothing is generated."
    )


def export_markdown(passages: list[Passage]) -> str:
    """Cited passages as Markdown for an article: speaker, prompt, the quote verbatim, citation."""
    blocks = []
    for number, p in enumerate(passages, 1):
        prompt = f"\n\n*{p.question}*" if p.question else ""
        blocks.append(f"**{attribution(p)}**{prompt}\n\n> {p.text}\n\n{citation(p, number)}")
    return "\n\n".join(blocks) + "\n"


def export_csv(passages: list[Passage]) -> str:
    """Cited passages as CSV: speaker, interview, prompt, quote (verbatim), source, location."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["speaker", "interview", "prompt", "quote", "source", "location"])
    for p in passages:
        writer.writerow([attribution(p), p.interview, p.question or "", p.text, f"{p.document} ({p.source})", p.place()])
    return buffer.getvalue()
