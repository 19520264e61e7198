"""Parse a press-kit text export into attributed passages (pure functions over text).

The export has one printed line per text line (blank lines between them and runs of blank
lines at page breaks), headings in capitals and no marking of the interviewer's prompts.
Structure is recovered in three steps: sections from headings, blocks (runs of printed lines
that end where a line ends a sentence and the next starts one), then each block is judged to
be the interviewer's prompt or part of the interviewee's answer.
"""

from __future__ import annotations

import re
import statistics
from assistant.data import Passage
from assistant.passages import DEFAULT_MAX_PASSAGE_WORDS, Exchange, Line, Section, build_passages
from assistant.text import LINE_ENDS_SENTENCE, LINE_STARTS_SENTENCE, join_lines, sentence_spans, word_count

INTERVIEW_HEADING = re.compile(
    r"^(?P<prefix>(?:AN?\s+)?(?:CONVERSATION|INTERVIEW)\s+WITH)\s+(?P<name>[^a-z]+?)\s*$"
)
_SMALL_WORDS = {"a", "an", "the", "with", "of", "and", "in", "on"}
_FIRST_PERSON = re.compile(r"\bI\b|(?i:\b(?:me|my|myself|mine)\b)")
_SECOND_PERSON = re.compile(r"(?i)\b(?:you|your|yours|yourself|yourselves)\b")
_FIRST_PLURAL = re.compile(r"(?i)\b(?:we|us|our|ours|ourselves)\b")
# The work under discussion: the film, its script, or a title in capitals ("THE CONCERT").
_WORK = re.compile(r"(?i:\b(?:film|films|film’s|film's|movie|script|screenplay)\b)|\b[A-Z]{2,}\s+[A-Z]{2,}\b")
_CONNECTIVE = re.compile(
    r"^(?:and|but|so|then|yet|still|also|besides|however|moreover|furthermore|finally|lastly|"
    r"indeed|because|therefore|thus|nevertheless|from then on|in this view|that is why|"
    r"this is why|which is why)\b",
    re.IGNORECASE,
)
_DEMONSTRATIVE = {"this", "that", "these", "those"}
_REPLY_OPENER = re.compile(
    r"^(?:yes|no|absolutely|exactly|indeed|of course|probably|certainly|definitely|sure|not at all|not really)\b",
    re.IGNORECASE,
)
# Prompts are short: a question of a few printed lines, a statement of one sentence.
MAX_QUESTION_WORDS = 45
MAX_STATEMENT_WORDS = 25


def person_name(capitals: str, body: str) -> str:
    """Write a heading's capitalised name as a person would, preferring its spelling in `body`."""
    pattern = r"\s+".join(re.escape(part) for part in capitals.split())
    for match in re.finditer(r"\b" + pattern + r"\b", body, re.IGNORECASE):
        found = " ".join(match.group().split())
        if found != found.upper():
            return found
    return " ".join("-".join(p.capitalize() for p in word.split("-")) for word in capitals.split())


def _title_words(capitals: str) -> str:
    words = capitals.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w.capitalize() for i, w in enumerate(words))


def _is_plain_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 3
        and line == line.upper()
        and len(line.split()) <= 6
        and not LINE_ENDS_SENTENCE.search(line)
        and not line.rstrip().endswith((",", ";", ":", "–", "-"))
    )


def split_sections(text: str, document: str) -> list[Section]:
    """Cut the document at its capitalised headings; text before the first is titled `document`."""
    numbered = [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    sections: list[Section] = []
    title, speaker, body = document, None, []
    previous = ""
    for number, line in numbered:
        interview = INTERVIEW_HEADING.match(line)
        starts_new = not previous or LINE_ENDS_SENTENCE.search(previous) or previous == previous.upper()
        if interview or (starts_new and _is_plain_heading(line)):
            if body:
                sections.append(Section(title, speaker, tuple(body)))
            if interview:
                speaker = person_name(interview.group("name"), text)
                title = f"{_title_words(interview.group('prefix'))} {speaker}"
            else:
                title, speaker = _title_words(line), None
            body = []
        else:
            body.append((number, line))
        previous = line
    if body:
        sections.append(Section(title, speaker, tuple(body)))
    return sections


def split_blocks(lines: tuple[Line, ...]) -> list[tuple[Line, ...]]:
    """Group printed lines into blocks that end where a line ends a sentence and the next starts one."""
    blocks: list[tuple[Line, ...]] = []
    current: list[Line] = []
    for index, (number, line) in enumerate(lines):
        current.append((number, line))
        following = lines[index + 1][1] if index + 1 < len(lines) else None
        if following is None or (LINE_ENDS_SENTENCE.search(line) and LINE_STARTS_SENTENCE.match(following)):
            blocks.append(tuple(current))
            current = []
    return blocks


def _block_text(block: tuple[Line, ...]) -> str:
    return " ".join(line for _, line in block)


def _is_question(text: str) -> bool:
    return text.rstrip(" \"”’')").endswith("?")


def _is_question_prompt(text: str) -> bool:
    return _is_question(text) and not _FIRST_PERSON.search(text) and word_count(text) <= MAX_QUESTION_WORDS


def _is_premise(statement: str, question: str) -> bool:
    """A statement belongs to the question after it when it addresses the interviewee or the
    question leans on it ("Andreï is a wounded character… / Is this difficult to play?")."""
    leading = {w.strip(",").lower() for w in question.split()[:2]}
    return bool(_SECOND_PERSON.search(statement)) or bool(leading & _DEMONSTRATIVE)


def _repeats_previous(text: str, previous: str) -> bool:
    """Whether `text` opens with a definite description of something the previous block named
    ("…needed an interpreter… / The interpreter wasn't essential anymore."): cohesion within an answer."""
    opening = re.match(r"The\s+([^\W\d_]+)", text)
    return bool(opening) and opening.group(1).lower() in {w.lower() for w in re.findall(r"[^\W\d_]+", previous)}


def _statement_lean(text: str, previous: str, following: str, wide_line: bool) -> int | None:
    """Weigh the cues that separate an interviewer's remark from a short paragraph of an answer:
    positive leans to a prompt, negative to an answer, None when it cannot be a prompt at all."""
    if word_count(text) > MAX_STATEMENT_WORDS or len(sentence_spans(text)) > 1:
        return None
    prompt_points = (
        2 * bool(_SECOND_PERSON.search(text))
        + text.rstrip(" \"”’')").endswith(("…", "...", "!"))
        + bool(_WORK.search(text))
    )
    answer_points = (
        2 * bool(_CONNECTIVE.match(text))
        + (bool(_FIRST_PLURAL.search(text)) and not _SECOND_PERSON.search(text))
        + 2 * bool(_CONNECTIVE.match(following))
        + _repeats_previous(text, previous)
        + wide_line
    )
    return prompt_points - answer_points


def _sounds_like_a_reply(text: str) -> bool:
    """Whether a block opens as a reply would: "Yes.", "Absolutely.", or the speaker's own "I"."""
    spans = sentence_spans(text)
    first_sentence = text[: spans[0][1]] if spans else text
    return bool(_REPLY_OPENER.match(text) or _FIRST_PERSON.search(first_sentence))


def classify_blocks(blocks: list[tuple[Line, ...]], wide: int) -> list[bool]:
    """For each block of an interview, whether it is (part of) the interviewer's prompt.

    `wide` is a line length that prompts, set in bold in print, do not reach before their last line.
    """
    texts = [_block_text(block) for block in blocks]
    roles: list[bool] = []
    index = 0
    while index < len(blocks):
        text = texts[index]
        following = texts[index + 1] if index + 1 < len(texts) else None
        if following is None:
            prompt = index == 0 and len(blocks) > 1
        elif index == 0:
            prompt = True
        elif roles[-1] or _FIRST_PERSON.search(text):
            prompt = False
        elif _is_question(text):
            prompt = _is_question_prompt(text)
        else:
            wide_line = any(len(line) > wide for _, line in blocks[index][:-1])
            lean = _statement_lean(text, texts[index - 1], following, wide_line)
            if lean is None or lean < 0:
                prompt = False
            elif _is_question_prompt(following):
                prompt = _is_premise(text, following)
            else:
                prompt = lean > 0 or _sounds_like_a_reply(following)
        roles.append(prompt)
        if prompt and following is not None and not _is_question(text) and _is_question_prompt(following):
            roles.append(True)
            index += 1
        index += 1
    return roles


def _wide_line_length(sections: list[Section]) -> int:
    lengths = [len(line) for s in sections for block in split_blocks(s.lines) for _, line in block[:-1]]
    if len(lengths) < 10:
        return 10_000
    return int(statistics.quantiles(lengths, n=10)[-1])


def exchanges(section: Section, wide: int) -> list[Exchange]:
    """The prompt → answer exchanges of a section (one prompt-less exchange outside interviews)."""
    blocks = split_blocks(section.lines)
    if section.speaker is None:
        return [Exchange(None, tuple(blocks))] if blocks else []
    result: list[Exchange] = []
    prompt_blocks: list[tuple[Line, ...]] = []
    answer_blocks: list[tuple[Line, ...]] = []
    for block, is_prompt in zip(blocks, classify_blocks(blocks, wide)):
        if is_prompt and answer_blocks:
            result.append(Exchange(_prompt_text(prompt_blocks), tuple(answer_blocks)))
            prompt_blocks, answer_blocks = [], []
        (prompt_blocks if is_prompt else answer_blocks).append(block)
    if answer_blocks or prompt_blocks:
        result.append(Exchange(_prompt_text(prompt_blocks), tuple(answer_blocks)))
    return result


def _prompt_text(blocks: list[tuple[Line, ...]]) -> str | None:
    if not blocks:
        return None
    return join_lines([line for block in blocks for line in block]).text


def parse_press_kit(
    text: str, source: str, document: str, max_words: int = DEFAULT_MAX_PASSAGE_WORDS
) -> list[Passage]:
    """Parse a press-kit export into passages, each no longer than about `max_words`."""
    sections = split_sections(text, document)
    wide = _wide_line_length(sections)
    return build_passages([(section, exchanges(section, wide)) for section in sections], text, source, document, max_words)
