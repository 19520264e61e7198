"""A conversation: follow-up questions resolved from the earlier ones, and the chat history (in
Gradio's messages format) read and bounded. Pure functions; the service runs the turn."""

from __future__ import annotations

import re
import unicodedata

from assistant.question_cues import FOLLOW_UP_OPENING, NO_TOPIC
from assistant.present import escape_markdown, unescape_markdown
from assistant.search.lexical import tokenize
from assistant.search.speakers import SpeakerTable

# The speaker filter's labels for everyone and for the text no one is quoted in; the document
# filter's for every document.
ALL_SPEAKERS = "All"
UNATTRIBUTED = "Synopsis"
ALL_DOCUMENTS = "All documents"


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
        elif speakers.named(speakers.detect(question)):
            queries.append(_tail(f"{speakers.without_names(topic)} {question}", max_chars))
        else:
            queries.append(_tail(f"{queries[-1]} {question}", max_chars))
    return queries


def _tail(query: str, max_chars: int) -> str:
    """A resolved query kept within the question limit, its latest words kept."""
    return query if len(query) <= max_chars else query[-max_chars:].split(" ", 1)[-1]


def speaker_filter(label: str | None) -> str | None:
    """The speaker a filter label selects: None for everyone, "" for the unattributed text."""
    if label in (None, "", ALL_SPEAKERS):
        return None
    return "" if label == UNATTRIBUTED else label


def document_filter(label: str | None) -> str | None:
    """The document a filter label selects (its title): None for every document."""
    return None if label in (None, "", ALL_DOCUMENTS) else label


def user_questions(history: list, max_chars: int = 1000, most: int = 20) -> list[str]:
    """The user's latest `most` questions, each cut to `max_chars`, as typed, from a Gradio chat
    history (messages format); a history of another shape has none."""
    if not isinstance(history, list):
        return []
    questions = []
    for message in history[-2 * most :]:
        if not isinstance(message, dict) or message.get("role") != "user":
            continue
        content = _message_text(message.get("content"), 2 * max_chars)
        if content is not None:
            questions.append(unescape_markdown(content)[:max_chars])
    return questions[-most:]


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


# A cited passage's line in a reply: its number, then its reading-room link ("[2] … ?passage=id").
_CITED = re.compile(r"(?m)^\[(\d+)\] [^\n]*?\?passage=([0-9a-f]{16}(?:-[0-9a-f]{16})?)")


def cited_in(history: list) -> list[tuple[int, str, int, str]]:
    """Each passage (or answer span) the chat's replies cite: (the reply's position in the
    history, the question it answers, the passage's number in that reply, its id), in order. The
    closest passages of an abstention carry no number and no link, so they are never cited."""
    cited: list[tuple[int, str, int, str]] = []
    question = ""
    for position, message in enumerate(history if isinstance(history, list) else []):
        if not isinstance(message, dict):
            continue
        content = _message_text(message.get("content"), 10**7) or ""
        if message.get("role") == "user":
            question = unescape_markdown(content)
        elif message.get("role") == "assistant":
            cited.extend((position, question, int(number), pid) for number, pid in _CITED.findall(content))
    return cited
