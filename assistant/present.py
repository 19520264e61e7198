"""Turn answers into what people read: plain text for the terminal and the JSON contract."""

from __future__ import annotations

import re
import textwrap

from assistant.data import Answer, Hit, Passage
from assistant.text import sentence_spans

NOTHING_FOUND = "The press kit doesn't seem to cover that."
ADVICE = (
    NOTHING_FOUND + " Its interviews tell what the people interviewed did and think; they do not "
    "give advice, prices or directions to the one asking."
)
EMPTY_HINT = "Type a question about the film, for example: “How did Mélanie Laurent learn the violin?”"
FAILED = "Sorry, something went wrong while searching. Please try again or rephrase the question."
CLOSEST = "Closest, but probably not it"
TRUNCATED = "Your question was long, so only its beginning was used."
EVERYONE = "Answers from everyone asked"
SEARCHED_SPEAKER = "Searched {speaker}'s answers only."
SEARCHED_DOCUMENT = "Searched {document} only."
SEARCHED_UNATTRIBUTED = "Searched only the text no one is quoted saying (synopsis, notes, credits)."
FOLLOW_UP = "Read as a follow-up:"
COPY_QUOTE = "copy quote"
UNREAD_LANGUAGE = (
    "This question looks {language}. The search model reads English only, so these passages were "
    "matched by the names and rare words they share with the question and by a word-for-word English "
    "reading of it: asking in English finds more."
)
UNREAD_LANGUAGE_NOTHING = (
    "This question looks {language}. The search model reads English only, and the question names "
    "no one in the press kit, shares no rare word with it, and its word-for-word English reading "
    "matches nothing closely enough: please ask in English."
)


def language_note(answer: Answer) -> str | None:
    """What to say about a question the model cannot read (its language), or None."""
    if answer.unread_language is None:
        return None
    return (UNREAD_LANGUAGE_NOTHING if answer.abstained else UNREAD_LANGUAGE).format(language=answer.unread_language)


def nothing_found(answer: Answer) -> str:
    """Why an abstained answer has no passages: a request for advice, a language the model cannot
    read, or not covered."""
    if answer.asks_for_advice:
        return ADVICE
    return language_note(answer) or NOTHING_FOUND


def speaker_titles(metas: list[dict]) -> dict[str, str]:
    """How each speaker with a known role or part is named to readers: "Alain Attal, producer",
    "Alexeï Guskov (Andreï)", "Lena Park, director (Elena)", from the documents' metadata."""
    roles: dict[str, list[str]] = {}
    parts: dict[str, list[str]] = {}
    for meta in metas:
        for role, person in (meta.get("roles") or {}).items():
            if role not in roles.setdefault(person, []):
                roles[person].append(role)
        for character, actors in (meta.get("characters") or {}).items():
            for actor in actors:
                if character not in parts.setdefault(actor, []):
                    parts[actor].append(character)
    titles = {}
    for person in {*roles, *parts}:
        title = ", ".join([person, *roles.get(person, [])])
        titles[person] = f"{title} ({', '.join(parts[person])})" if parts.get(person) else title
    return titles


def attribution(passage: Passage, titles: dict[str, str] | None = None) -> str:
    """Who said it, with role and part where known (`speaker_titles`), or "Synopsis" (or the
    section title) for unattributed text."""
    if passage.speaker is None:
        return passage.interview
    return (titles or {}).get(passage.speaker, passage.speaker)


def citation(passage: Passage, number: int | None, titles: dict[str, str] | None = None) -> str:
    """A citation to paste into an article, e.g. `[1] Mélanie Laurent (Anne-Marie), "A Conversation
    with …", …, lines 3-9`; without the number when `number` is None. A document of one section
    is named once ("Lydia Nicholas, "Cast Q&A", lines 39-45", not the title twice)."""
    where = f'"{passage.interview}", {passage.document}' if passage.interview != passage.document else f'"{passage.document}"'
    cited = f"{attribution(passage, titles)}, {where}, {passage.place()}"
    return cited if number is None else f"[{number}] {cited}"


def plain_quote(passage: Passage, titles: dict[str, str] | None = None, link: str | None = None) -> str:
    """The quote as a journalist pastes it: in typographic quotes, then who said it and where."""
    where = f", {link}" if link else ""
    return f"“{passage.text}” — {citation(passage, None, titles)}{where}"


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
        "asks_for_advice": answer.asks_for_advice,
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


def passage_markdown(hit: Hit, number: int, titles: dict[str, str] | None = None) -> str:
    """One passage of a chat reply: speaker in bold, the prompt, the quote as a block quote, the
    citation with its links (the reading room; copying the quote as plain text)."""
    p = hit.passage
    lines = [f"**{escape_markdown(attribution(p, titles))}**"]
    if p.question:
        lines.append(f"*{escape_markdown(p.question)}*")
    links = f"[read in context](?passage={p.id}) · [{COPY_QUOTE}](#copy-quote)"
    return "\n\n".join(lines + [f"> {quote_markdown(p.text, hit.highlight)}", f"{escape_citation(citation(p, number, titles))} · {links}"])


def closest_markdown(hit: Hit, titles: dict[str, str] | None = None) -> str:
    """A passage the search rejected, muted: its source in small type, the quote without
    highlight, no citation number and no link, so it reads as nothing to cite."""
    p = hit.passage
    return f"<small>{escape_markdown(citation(p, None, titles))}</small>\n\n> {escape_markdown(p.text)}"


def searched_notes(speaker: str | None, read_as: str | None, document: str | None = None) -> list[str]:
    """What was searched when it is not just the question: a document filter (None: every
    document), a speaker filter (None: everyone, "": the unattributed text) and the question a
    follow-up was read as."""
    notes = [f"*{escape_markdown(SEARCHED_DOCUMENT.format(document=document))}*"] if document else []
    if speaker == "":
        notes.append(f"*{SEARCHED_UNATTRIBUTED}*")
    elif speaker:
        notes.append(f"*{escape_markdown(SEARCHED_SPEAKER.format(speaker=speaker))}*")
    if read_as:
        notes.append(f"*{FOLLOW_UP}* {escape_markdown(read_as)}")
    return notes


def escape_citation(text: str) -> str:
    """A citation line kept copyable: only what could start Markdown syntax is escaped."""
    number, _, rest = text.partition(" ")
    return f"{number} {escape_markdown(rest)}"


def answer_markdown(answer: Answer, titles: dict[str, str] | None = None, searched: list[str] | None = None) -> str:
    """The whole chat reply for an answer, in Markdown with every quoted or typed word escaped:
    the notes on what was searched (`searched_notes`), then the passages, or the abstention with
    the closest passages folded away and muted."""
    notes = [f"*{TRUNCATED}*"] if answer.truncated else []
    notes += searched or []
    if answer.unread_language and not answer.abstained:
        notes.append(f"*{language_note(answer)}*")
    if answer.shared_prompt:
        notes.append(f"**{EVERYONE}** *{escape_markdown(answer.shared_prompt)}* ({len(answer.hits)} answers, one each)")
    if answer.abstained:
        notes.append(nothing_found(answer))
        if answer.closest:
            closest = "\n\n".join(closest_markdown(hit, titles) for hit in answer.closest)
            notes.append(f"<details><summary>{CLOSEST} ({len(answer.closest)})</summary>\n\n{closest}\n\n</details>")
        return "\n\n".join(notes)
    passages = [passage_markdown(hit, hit.rank, titles) for hit in answer.hits]
    return "\n\n".join(notes + ["\n\n---\n\n".join(passages)] if passages else notes)


def header_markdown(documents: list[str], interview_count: int, passage_count: int) -> str:
    """What the corpus is and how big it is, for the top of the app."""
    return (
        f"Ask about **{escape_markdown(', '.join(documents))}**: {interview_count} interviews, "
        f"{passage_count} passages. Every answer is a quote from the press kit, with who said it, "
        "the question it answers and a citation; nothing is generated."
    )
