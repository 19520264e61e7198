"""Parse a Markdown interview transcript into passages (pure functions over text).

Accepted shape: `# Interview with NAME` (or `Conversation with`) headings start interviews;
a prompt is a line wholly in bold (`**How did it start?**`) or a line opening with `**Q:**` or
`Q:`; the answer is everything after it (an `A:` or `**A:**` opener is dropped) up to the next
prompt or heading. Other headings start sections without a speaker; a first heading that is not
an interview is the document's title.
"""

from __future__ import annotations

import re

from assistant.data import Passage
from assistant.passages import DEFAULT_MAX_PASSAGE_WORDS, Exchange, Line, Section, build_passages

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<title>.+?)\s*#*\s*$")
_INTERVIEW = re.compile(r"(?i)^(?P<prefix>(?:an?\s+)?(?:interview|conversation)\s+with)\s+(?P<name>.+?)[\s.:]*$")
_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)(?P<text>.+?)(?:\*\*|__)\s*$")
_Q_MARKER = re.compile(r"^\s*(?:\*\*|__)?Q\s*[:.](?:\*\*|__)?\s*(?P<text>.+)$", re.IGNORECASE)
_A_MARKER = re.compile(r"^\s*(?:\*\*|__)?A\s*[:.](?:\*\*|__)?\s*", re.IGNORECASE)


def markdown_title(text: str) -> str | None:
    """The first heading when it names the document rather than an interview."""
    for line in text.splitlines():
        heading = _HEADING.match(line)
        if heading:
            title = _plain(heading.group("title"))
            return None if _INTERVIEW.match(title) else title
    return None


def _plain(text: str) -> str:
    """Drop emphasis markers around text: `**Q**` → `Q`."""
    return re.sub(r"(\*\*|__|\*|_)(.+?)\1", r"\2", text).strip()


def _prompt(line: str) -> str | None:
    marked = _Q_MARKER.match(line)
    if marked:
        return _plain(marked.group("text"))
    bold = _BOLD_LINE.match(line)
    return _plain(bold.group("text")) if bold else None


def _sections(text: str, document: str) -> list[Section]:
    sections: list[Section] = []
    title, speaker, body = document, None, []
    for number, line in enumerate(text.splitlines(), 1):
        heading = _HEADING.match(line)
        if heading:
            if body:
                sections.append(Section(title, speaker, tuple(body)))
            title = _plain(heading.group("title"))
            interview = _INTERVIEW.match(title)
            speaker = _plain(interview.group("name")) if interview else None
            body = []
        elif line.strip():
            body.append((number, line.strip()))
        else:
            body.append((number, ""))
    if body:
        sections.append(Section(title, speaker, tuple(body)))
    return [s for s in sections if any(line for _, line in s.lines)]


def _exchanges(section: Section) -> list[Exchange]:
    paragraphs: list[tuple[str | None, list[list[Line]]]] = [(None, [[]])]
    for number, line in section.lines:
        prompt = _prompt(line) if section.speaker and line else None
        if prompt:
            previous, blocks = paragraphs[-1]
            if previous is not None and not any(blocks):
                paragraphs[-1] = (f"{previous} {prompt}", blocks)
            else:
                paragraphs.append((prompt, [[]]))
        elif line:
            paragraphs[-1][1][-1].append((number, _plain(_A_MARKER.sub("", line)) if section.speaker else line))
        elif paragraphs[-1][1][-1]:
            paragraphs[-1][1].append([])
    return [
        Exchange(prompt, tuple(tuple(block) for block in blocks if block))
        for prompt, blocks in paragraphs
        if any(blocks)
    ]


def parse_markdown(text: str, source: str, document: str, max_words: int = DEFAULT_MAX_PASSAGE_WORDS) -> list[Passage]:
    """Parse a Markdown transcript into passages, each no longer than about `max_words`."""
    parsed = [(section, _exchanges(section)) for section in _sections(text, document)]
    return build_passages(parsed, text, source, document, max_words)
