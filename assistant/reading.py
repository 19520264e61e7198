"""The reading room: a whole interview around a cited passage, and the corpus's contents."""

from __future__ import annotations

import html
from dataclasses import dataclass

from assistant.data import Passage
from assistant.ingest.passages import SPAN_SEPARATOR, same_answer


@dataclass(frozen=True)
class Interview:
    """One section of one document, its passages in order."""

    document: str
    title: str
    speaker: str | None
    passages: tuple[Passage, ...]

    @property
    def label(self) -> str:
        """How the interview is listed: "The Concert press kit — A Conversation with Miou Miou"."""
        return f"{self.document} — {self.title}"

    def prompts(self) -> list[tuple[str, str]]:
        """Each prompt once, in order, with the id of its first answer: a passage, or `FIRST-LAST`
        when the answer runs over several passages, so the reading room marks all of it."""
        seen: dict[str, list[Passage]] = {}
        previous = None
        for passage in self.passages:
            if passage.question and passage.question not in seen:
                seen[passage.question] = [passage]
            elif previous is not None and seen.get(passage.question, [None])[-1] is previous and same_answer(previous, passage):
                seen[passage.question].append(passage)
            previous = passage
        return [(prompt, span_id(answer)) for prompt, answer in seen.items()]


def span_id(pieces: list[Passage]) -> str:
    """The id naming consecutive pieces of one answer: the passage's own, or `FIRST-LAST`."""
    return pieces[0].id if len(pieces) == 1 else f"{pieces[0].id}{SPAN_SEPARATOR}{pieces[-1].id}"


def interviews(passages: list[Passage]) -> list[Interview]:
    """The sections of the corpus in document order."""
    groups: dict[tuple[str, str], list[Passage]] = {}
    for passage in passages:
        groups.setdefault((passage.document, passage.interview), []).append(passage)
    return [Interview(document, title, group[0].speaker, tuple(group)) for (document, title), group in groups.items()]


def find(passages: list[Passage], positions: range | None) -> tuple[Interview, tuple[str, ...]] | None:
    """The interview holding the passages at `positions` (one passage or a span of an answer) and
    their ids, to be marked; None when there are no positions."""
    if not positions:
        return None
    passage = passages[positions.start]
    section = [p for p in passages if p.document == passage.document and p.interview == passage.interview]
    marked = tuple(passages[i].id for i in positions)
    return Interview(passage.document, passage.interview, passage.speaker, tuple(section)), marked


def interview_html(interview: Interview, marked_ids: tuple[str, ...] = ()) -> str:
    """The whole interview as HTML: prompts in bold, answers as paragraphs, the marked passages
    highlighted, the first with `id="cited"`. Every word is escaped; nothing from the source is markup."""
    parts = [f"<h3>{html.escape(interview.title)}</h3>", f"<p><em>{html.escape(interview.document)}</em></p>"]
    previous_prompt = None
    for passage in interview.passages:
        if passage.question and passage.question != previous_prompt:
            parts.append(f"<p><strong>{html.escape(passage.question)}</strong></p>")
        previous_prompt = passage.question
        text = html.escape(passage.text)
        lines = passage.place()
        if passage.id in marked_ids:
            anchor = "cited" if passage.id == marked_ids[0] else f"p-{passage.id}"
            parts.append(f'<p id="{anchor}"><mark>{text}</mark> <small>({lines})</small></p>')
        else:
            parts.append(f'<p id="p-{passage.id}">{text} <small>({lines})</small></p>')
    return "\n".join(parts)


def contents_markdown(passages: list[Passage]) -> str:
    """Documents, their interviews (speaker, number of prompts) and each interview's prompts,
    each prompt linking to its place in the reading room."""
    from assistant.present import escape_markdown

    lines: list[str] = []
    document = None
    for interview in interviews(passages):
        if interview.document != document:
            document = interview.document
            lines.append(f"### {escape_markdown(document)}")
        prompts = interview.prompts()
        lines.append(f"**{escape_markdown(interview.title)}** ({len(prompts)} prompts)")
        lines.extend(f"- [{escape_markdown(prompt)}](?passage={pid})" for prompt, pid in prompts)
        lines.append("")
    return "\n".join(lines)


# An example question is a prompt of this many words, a question, not a follow-up.
EXAMPLE_WORDS = (4, 12)


def example_prompts(passages: list[Passage], count: int = 3) -> list[str]:
    """Questions to offer as examples, taken verbatim from the interviewers' prompts: first the
    one put to the most interviewees (when several were asked it), then one prompt from each
    interview of another speaker, then (one interviewee) more of theirs, spread over the text."""
    from assistant.cues import CONTINUATION

    def usable(prompt: str | None) -> bool:
        return bool(prompt) and prompt.endswith("?") and EXAMPLE_WORDS[0] <= len(prompt.split()) <= EXAMPLE_WORDS[1] and not CONTINUATION.match(prompt)

    asked: dict[str, set[str]] = {}
    for p in passages:
        if p.speaker and usable(p.question):
            asked.setdefault(p.question, set()).add(p.speaker)
    chosen: list[str] = []
    used: set[str] = set()
    shared = max(asked.items(), key=lambda item: len(item[1]), default=None)
    if shared and len(shared[1]) > 1:
        chosen.append(shared[0])
    for interview in interviews(passages):
        answered = [(p.question, p.speaker) for p in interview.passages if p.speaker and usable(p.question)]
        for prompt, speaker in answered:
            if len(chosen) < count and speaker not in used and prompt not in chosen:
                chosen.append(prompt)
                used.add(speaker)
                break
    # Fewer speakers than examples (one interview): more of their prompts, spread over it.
    rest = [prompt for prompt in asked if prompt not in chosen]
    step = max(1, len(rest) // max(1, count - len(chosen)))
    chosen += rest[::step][: count - len(chosen)]
    return chosen[:count]
