"""The chat turn: follow-up questions resolved from the history, and the reply in Markdown."""

from __future__ import annotations

import logging
import re
import unicodedata

from assistant.cues import FOLLOW_UP_OPENING, NO_TOPIC
from assistant.everyone import ask_everyone
from assistant.lexical import tokenize
from assistant.present import answer_markdown, escape_markdown, unescape_markdown
from assistant.search import RAW_CHARS_PER_CHAR as RAW_LIMIT, Searcher, parse_top_k
from assistant.speakers import NAMED, SpeakerTable

log = logging.getLogger(__name__)

ALL_SPEAKERS = "All"
UNATTRIBUTED = "Synopsis"
EMPTY_HINT = "Type a question about the film, for example: “How did Mélanie Laurent learn the violin?”"
FAILED = "Sorry, something went wrong while searching. Please try again or rephrase the question."
# Only the latest questions of a conversation are read to resolve a follow-up.
MAX_HISTORY_QUESTIONS = 20


def is_follow_up(question: str, speakers: SpeakerTable) -> bool:
    """Whether a question leans on the previous one: it opens with "And…"/"What about…", or has no
    topic words of its own once names are set aside ("What did Nazarov say?", "Why?")."""
    if FOLLOW_UP_OPENING.match(question):
        return True
    topic = [w for w in tokenize([speakers.without_names(question)])[0] if w not in NO_TOPIC]
    return not topic


def resolve_queries(questions: list[str], speakers: SpeakerTable, max_chars: int = 1000) -> list[str]:
    """The query searched for each question of a conversation, in order.

    A follow-up that names someone asks the last topic question of them instead of its speaker
    ("How does Radu direct his actors?" then "And what did Nazarov say?"); one that names nobody
    keeps the previous query, speaker included. A resolved query keeps its last `max_chars`.
    """
    queries: list[str] = []
    topic: str | None = None
    for question in questions:
        if topic is None or not is_follow_up(question, speakers):
            topic = question
            queries.append(question)
        elif any(w >= NAMED and s for s, w in speakers.detect(question).items()):
            queries.append(_tail(f"{speakers.without_names(topic)} {question}", max_chars))
        else:
            queries.append(_tail(f"{queries[-1]} {question}", max_chars))
    return queries


def _tail(query: str, max_chars: int) -> str:
    """A resolved query kept within the question limit, its latest words kept."""
    return query if len(query) <= max_chars else query[-max_chars:].split(" ", 1)[-1]


def speaker_choices(searcher: Searcher) -> list[str]:
    """The speaker filter's options: All, each interviewee, and the unattributed sections."""
    names = sorted({p.speaker for p in searcher.index.passages if p.speaker})
    unattributed = any(p.speaker is None for p in searcher.index.passages)
    return [ALL_SPEAKERS, *names] + ([UNATTRIBUTED] if unattributed else [])


def respond(searcher: Searcher, question: str, previous_questions: list[str], top_k: int, speaker: str) -> str:
    """The Markdown reply to `question`, given the user's earlier questions in this chat."""
    if not isinstance(question, str) or not question.strip():
        return EMPTY_HINT
    speaker_filter = None if speaker in (None, "", ALL_SPEAKERS) else ("" if speaker == UNATTRIBUTED else speaker)
    limit = searcher.settings.max_query_chars
    recent = [q[:limit] for q in previous_questions[-MAX_HISTORY_QUESTIONS:]]
    query = resolve_queries([*recent, question[: RAW_LIMIT * limit]], searcher.speakers, limit)[-1]
    try:
        answer = searcher.ask(query, parse_top_k(top_k, most=10), speaker_filter)
        if speaker_filter is None:
            answer = ask_everyone(searcher, query, answer) or answer
    except ValueError as error:
        return escape_markdown(str(error))
    except Exception:
        log.exception("Search failed for %r", question[:200])
        return FAILED
    return answer_markdown(answer)


def header_markdown(searcher: Searcher) -> str:
    """What the corpus is and how big it is, for the top of the app."""
    passages = searcher.index.passages
    documents = sorted({p.document for p in passages})
    interviews = {(p.document, p.interview) for p in passages if p.speaker}
    return (
        f"Ask about **{escape_markdown(', '.join(documents))}**: {len(interviews)} interviews, "
        f"{len(passages)} passages. Every answer is a quote from the press kit, with who said it, "
        "the question it answers and a citation; nothing is generated."
    )


def user_questions(history: list, max_chars: int = 1000) -> list[str]:
    """The user's latest questions (at most MAX_HISTORY_QUESTIONS, each cut to `max_chars`), as
    typed, from a Gradio chat history (messages format); a history of another shape has none."""
    if not isinstance(history, list):
        return []
    questions = []
    for message in history[-2 * MAX_HISTORY_QUESTIONS :]:
        if not isinstance(message, dict) or message.get("role") != "user":
            continue
        content = _message_text(message.get("content"), 2 * max_chars)
        if content is not None:
            questions.append(unescape_markdown(content)[:max_chars])
    return questions[-MAX_HISTORY_QUESTIONS:]


def bounded_history(history: list, max_chars: int) -> list[dict]:
    """The chat history sent back to the browser: its messages only, none longer than a reply can
    be (`max_chars`), so a forged history cannot make the server hold or return megabytes."""
    if not isinstance(history, list):
        return []
    kept = []
    for message in history:
        if isinstance(message, dict) and message.get("role") in ("user", "assistant"):
            content = _message_text(message.get("content"), max_chars)
            if content is not None:
                kept.append({"role": message["role"], "content": content})
    return kept


def _message_text(content: object, max_chars: int) -> str | None:
    """A message's text (a string, or the text parts of a list), cut to `max_chars`."""
    if isinstance(content, list):
        parts = [part.get("text") for part in content[:100] if isinstance(part, dict)]
        content = " ".join(part[:max_chars] for part in parts if isinstance(part, str))
    return content[:max_chars] if isinstance(content, str) else None


def user_message_markdown(message: str, max_chars: int) -> str:
    """How the user's own message is shown: escaped so it reads as typed, and cut when huge."""
    text = message if isinstance(message, str) else ""
    cut = len(text) > max_chars
    # Control characters and lone surrogates cannot be shown (or sent back as JSON).
    text = "".join(c if unicodedata.category(c) not in ("Cc", "Cs") else " " for c in text[:max_chars])
    return escape_markdown(text + ("…" if cut else "")) or "…"


_CITED_ID = re.compile(r"\?passage=([0-9a-f]{16}(?:-[0-9a-f]{16})?)")


def cited_passages(searcher: Searcher, history: list):
    """The passages (and answer spans) cited in the chat's replies, in order of first citation, each once."""
    ids: list[str] = []
    for message in history or []:
        if isinstance(message, dict) and message.get("role") == "assistant":
            content = message.get("content")
            if isinstance(content, list):
                content = " ".join(part.get("text", "") for part in content if isinstance(part, dict))
            ids.extend(pid for pid in _CITED_ID.findall(content if isinstance(content, str) else "") if pid not in ids)
    return [passage for passage in map(searcher.passage, ids) if passage is not None]
