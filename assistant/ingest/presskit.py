"""The plain-text press-kit rules: a printed export's lines rejoined into blocks, its capitalised
headings, and prompts told from answers by cues when nothing marks them (pure functions).

The export has one printed line per text line (blank lines between them and runs of blank lines
at page breaks), headings in capitals and no marking of the interviewer's prompts. Blocks end
where a line ends a sentence and the next starts one; each block of an interview is then judged
to be the interviewer's prompt or part of the interviewee's answer.
"""

from __future__ import annotations

import re
import statistics

from assistant.credit_cues import CREDIT_LINE
from assistant.cues import (
    CONNECTIVE,
    DEMONSTRATIVES,
    FIRST_PERSON,
    FIRST_PLURAL,
    REPLY_OPENER,
    REQUEST,
    SECOND_PERSON,
    WORK,
)
from assistant.ingest.blocks import Block
from assistant.ingest.quotations import opens_quotation
from assistant.quote_cues import SPEAKER_AFTER_QUOTE
from assistant.text import LINE_ENDS_SENTENCE, LINE_STARTS_SENTENCE, sentence_spans, split_sentences, word_count

# "A CONVERSATION WITH NAME", "INTERVIEW WITH NAME": a heading in capitals naming the interviewee,
# with their role or part after it in brackets or after a comma ("… LENA PARK (DIRECTOR)").
INTERVIEW_HEADING = re.compile(r"^(?P<prefix>(?:AN?\s+)?(?:CONVERSATION|INTERVIEW)\s+WITH)\s+(?P<name>[^a-z(,]+?)\s*(?:\([^a-z()]*\)|,[^a-z]*)?\s*$")
_SMALL_WORDS = {"a", "an", "the", "with", "of", "and", "in", "on"}
# Words a title in title case leaves in lower case ("Behind the Scenes at the Cannes Film Festival").
_TITLE_SMALL_WORDS = frozenset(_SMALL_WORDS | {"at", "to", "for", "from", "by", "or"})
# Prompts are short: a question of a few printed lines, a statement of one sentence.
MAX_QUESTION_WORDS = 45
# A question put to "you" may run longer.
MAX_PUT_QUESTION_WORDS = 70
# An interview nothing marks has at least this many questions standing alone before answers, and
# they are at least this share of its paragraphs.
MIN_UNMARKED_QUESTIONS = 3
# A question's or request's number before it: "1. Introduce yourself.", "2) What inspired…?".
NUMBERED_LINE = re.compile(r"^\s*(\d{1,2})[.)]\s+(?=\S)")
UNMARKED_QUESTION_SHARE = 0.2
# Questions standing alone under a title naming someone by their role, or answered in the first
# person: as few as this many when each puts it to "you".
MIN_YOU_QUESTIONS = 2
MAX_STATEMENT_WORDS = 25


def title_words(capitals: str) -> str:
    """A heading in capitals in title case: "A CONVERSATION WITH" → "A Conversation with"."""
    words = capitals.lower().split()
    # "Q&A" stays as written: an abbreviation, not a word; a word after a bracket or quote is
    # capitalised after it ("(MINA)" → "(Mina)").
    return " ".join(w.upper() if "&" in w else w if i and w in _SMALL_WORDS else _capitalized(w) for i, w in enumerate(words))


def _capitalized(word: str) -> str:
    """The word with its first letter in capitals, after any opening bracket or quote."""
    return re.sub(r"^([(\[“\"‘'«]*)(.)", lambda m: m.group(1) + m.group(2).upper(), word, count=1)


def is_plain_heading(line: str) -> bool:
    """A short line in capitals that does not end a sentence ("SYNOPSIS", "CAST")."""
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 3
        and line == line.upper()
        and len(line.split()) <= 6
        and not LINE_ENDS_SENTENCE.search(line)
        and not line.rstrip().endswith((",", ";", ":", "–", "-"))
    )


def is_title_case(line: str) -> bool:
    """A short line headed as a title is: every word capitalised but the small ones, nothing
    closing it ("Behind the Scenes at the Cannes Film Festival"); a question or a sentence is not."""
    words = re.findall(r"[^\W\d_][\w’'-]*", line)
    return (
        2 <= len(words) <= MAX_STATEMENT_WORDS
        and not re.search(r"[.?!:;,…]\W*$", line.strip())
        and all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)
    )


def ends_paragraph(line: str) -> bool:
    """Whether what follows a line starts afresh: it ends a sentence, or it is a credit line
    ("Written and directed by Lena Park"), which ends without a full stop and ends all the same."""
    return bool(LINE_ENDS_SENTENCE.search(line)) or bool(CREDIT_LINE.match(line))


def printed_headings(lines: list[str]) -> list[bool]:
    """For each printed line, whether it is a heading: an interview heading, or a line in capitals
    that starts after a finished sentence (or another heading, or a credit line)."""
    flags: list[bool] = []
    previous = ""
    for line in lines:
        starts_new = not previous or ends_paragraph(previous) or previous == previous.upper()
        flags.append(bool(INTERVIEW_HEADING.match(line)) or (starts_new and is_plain_heading(line)))
        previous = line
    return flags


def join_printed(lines: list[Block], starts: list[bool]) -> list[Block]:
    """Printed lines (one-line blocks) joined into blocks: a block ends where a line ends a
    sentence and the next starts one, and before every line flagged in `starts` (a heading or a
    speaker label). Headings stay blocks of their own."""
    blocks: list[Block] = []
    current: list[Block] = []

    def close() -> None:
        if current:
            blocks.append(_merge(current))
            current.clear()

    for index, line in enumerate(lines):
        if starts[index] or line.heading:
            close()
        current.append(line)
        following = lines[index + 1] if index + 1 < len(lines) else None
        if line.heading or following is None or (
            LINE_ENDS_SENTENCE.search(line.text) and LINE_STARTS_SENTENCE.match(following.text)
        ):
            close()
    close()
    return blocks


def _merge(lines: list[Block]) -> Block:
    """One block from consecutive one-line blocks, keeping each line's place and emphasis."""
    merged_lines = tuple(line for block in lines for line in block.lines)
    spans, offset = [], 0
    for block in lines:
        spans.extend((offset + a, offset + b, kind) for a, b, kind in block.emphasis)
        offset += len(block.text) + 1
    return Block(merged_lines, lines[0].heading, tuple(spans), all(line.quoted for line in lines))


# The writer's note in brackets after a question, a phrase long at least: "Are you an only child?
# (I knew of the one-child policy…)". A stage direction ("(laughs)") is shorter.
_TRAILING_ASIDE = re.compile(r"\?\s*\((?=[^()]*\s[^()]*\s)[^()]{20,}\)\s*$")


def without_aside(text: str) -> str:
    """The text without the writer's note in brackets after its closing question mark."""
    aside = _TRAILING_ASIDE.search(text)
    return text[: aside.start() + 1] if aside else text


def is_question(text: str) -> bool:
    """Whether the text ends with a question mark (before closing quotes or brackets, or the
    writer's note in brackets after it)."""
    return without_aside(text).rstrip(" \"”’')").endswith("?")


# A quotation closing a paragraph on a question, opened after a dash, a colon or a comma: words
# reported ("She says she hears her mother—"Mom, what are you doing?""), not a question asked.
_QUOTED_QUESTION_CLOSING = re.compile(r"(?:[—–:]|,)\s*[“\"][^“”\"]*\?['’]?[”\"]\s*$")


def reports_question(text: str) -> bool:
    """Whether a paragraph of narration (a whole sentence at least) closes on a question only
    inside the quotation it reports, not one the writer asks."""
    closing = _QUOTED_QUESTION_CLOSING.search(text)
    return closing is not None and re.search(r"[.!]\s+\S", text[: closing.start()]) is not None


def asks_unmarked(blocks: list[Block], least: int = MIN_UNMARKED_QUESTIONS, to_you: bool = False) -> bool:
    """Whether the paragraphs read as an interview nothing marks: short questions standing alone,
    each before a paragraph that is none ("What does this selection mean to you?" / "It is a
    dream…"), at least `least` times and for UNMARKED_QUESTION_SHARE of them (every one putting
    it to "you" when `to_you`)."""
    body = [b.text for b in blocks if not b.heading]
    standing = [text for text, after in zip(body, body[1:]) if is_short_question(text) and not is_question(after)]
    if to_you and not all(SECOND_PERSON.search(text) for text in standing):
        return False
    return len(standing) >= least and len(standing) >= UNMARKED_QUESTION_SHARE * len(body)


def answered_in_first_person(blocks: list[Block]) -> bool:
    """Whether the text puts questions to "you", one at least, each answered by a paragraph in the
    first person ("What fear did you have to conquer…?" / "I don't feel fear…"), as a festival's
    one-question page does; an answer may end on a question it asks itself ("…I thought, How do
    I go from being me to understanding her?")."""
    body = [b.text for b in blocks if not b.heading]
    pairs = [(asked, after) for asked, after in zip(body, body[1:]) if (is_question(asked) or is_request(asked)) and SECOND_PERSON.search(asked)]
    return bool(pairs) and all(not is_short_question(after) and FIRST_PERSON.search(after) for _, after in pairs)


def interviewed_unnamed(blocks: list[Block]) -> bool:
    """Whether the paragraphs read as an interview that never names who answers: questions
    standing alone (MIN_UNMARKED_QUESTIONS), or fewer (MIN_YOU_QUESTIONS) each put to "you" and
    answered in the first person."""
    return asks_unmarked(blocks) or (asks_unmarked(blocks, MIN_YOU_QUESTIONS, to_you=True) and answered_in_first_person(blocks))


def asks_as_numbered(sentence: str) -> bool:
    """Whether a numbered sentence asks: a short question or request ("1. Introduce yourself.")."""
    return is_request(sentence) or is_short_question(sentence)


def asks_or_requests(text: str) -> bool:
    """Whether a paragraph asks anything: a question in any of its sentences ("Did you see it as
    a love story? I kept wondering."), or a request for an answer ("Tell me about…")."""
    return any(is_question(sentence) for sentence in split_sentences(text)) or is_request(text)


def is_request(text: str) -> bool:
    """A short request for an answer, numbered or not: "Tell me a little bit about…", "1. Introduce yourself."."""
    return bool(REQUEST.match(NUMBERED_LINE.sub("", text))) and word_count(text) <= MAX_QUESTION_WORDS


def is_short_question(text: str) -> bool:
    """A question of at most MAX_QUESTION_WORDS words, as an interviewer's are."""
    return is_question(text) and word_count(without_aside(text)) <= MAX_QUESTION_WORDS


def _is_question_prompt(text: str) -> bool:
    """A question an interviewer asks: short, or longer when it is put to "you" ("What was more
    important in your desire to make the film: …?"), and never about "I" — but for the asker's
    "me" in a request put to "you" ("Could you tell me a little about…?")."""
    text = without_aside(text)
    asked = is_short_question(text) or (is_question(text) and bool(SECOND_PERSON.search(text)) and word_count(text) <= MAX_PUT_QUESTION_WORDS)
    return asked and not FIRST_PERSON.search(_ASKING_ME.sub(" ", text))


# The asker asking "you" to tell them: "Could you tell me…", "Would you like to tell me…"; or
# checking what they heard of "you": "Did I read correctly that this was your first feature?",
# "I read that you don't drink or smoke. Is that true?".
_ASKING_ME = re.compile(
    r"(?i)\byou\s+(?:please\s+|(?:like|want|care|mind)\s+to\s+)?(?:tell|give|show|walk|take|talk)\s+me\b"
    r"|^\s*(?:did|do|am|can|may|could)\s+I\s+(?:read|hear|understand|get|ask|say)\b(?=.*\byour?\b)"
    r"|^\s*I(?:\s+have|['’]ve)?\s+(?:read|heard|hear|understand|learned)\s+(?:somewhere\s+)?(?:that\s+)?(?=you\b|your\b)(?=.*\?\W*$)"
)


def _is_premise(statement: str, question: str) -> bool:
    """A statement belongs to the question after it when it addresses the interviewee or the
    question leans on it ("Andreï is a wounded character… / Is this difficult to play?")."""
    leading = {w.strip(",").lower() for w in question.split()[:2]}
    return bool(SECOND_PERSON.search(statement)) or bool(leading & DEMONSTRATIVES)


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
        2 * bool(SECOND_PERSON.search(text))
        + text.rstrip(" \"”’')").endswith(("…", "...", "!"))
        + bool(WORK.search(text))
    )
    answer_points = (
        2 * bool(CONNECTIVE.match(text))
        + (bool(FIRST_PLURAL.search(text)) and not SECOND_PERSON.search(text))
        + 2 * bool(CONNECTIVE.match(following))
        + _repeats_previous(text, previous)
        + wide_line
    )
    return prompt_points - answer_points


def _sounds_like_a_reply(text: str) -> bool:
    """Whether a block opens as a reply would: "Yes.", "Absolutely.", or the speaker's own "I"."""
    spans = sentence_spans(text)
    first_sentence = text[: spans[0][1]] if spans else text
    return bool(REPLY_OPENER.match(text) or FIRST_PERSON.search(first_sentence))


def classify_blocks(blocks: list[Block], wide: int) -> list[bool]:
    """For each block of an interview, whether it is (part of) the interviewer's prompt.

    `wide` is a line length that prompts, set in bold in print, do not reach before their last line.
    """
    texts = [block.text for block in blocks]
    roles: list[bool] = []
    index = 0
    while index < len(blocks):
        text = texts[index]
        following = texts[index + 1] if index + 1 < len(texts) else None
        if opens_quotation(text) and any(pattern.search(text) for pattern in SPEAKER_AFTER_QUOTE):
            # "“Now you sound like Dr. Phil,” Lohan answered.": an exchange retold, quoted and
            # signed, is no one's prompt, whatever it asks.
            prompt = False
        elif following is None:
            prompt = index == 0 and len(blocks) > 1
        elif index == 0:
            # The first paragraph asks, unless it is a long narration not put to anyone (an intro, a
            # logline ending on a rhetorical question).
            prompt = not is_title_case(text) and (
                word_count(text) <= MAX_STATEMENT_WORDS or bool(SECOND_PERSON.search(text)) or (_is_question_prompt(text) and len(sentence_spans(text)) == 1)
            )
        elif not roles[-1] and is_request(text):
            # "Tell me a little bit about the research…": asked, though it says "me".
            prompt = True
        elif (
            roles[-1] and is_question(texts[index - 1]) and is_short_question(text) and len(sentence_spans(text)) == 1
            and not FIRST_PERSON.search(_ASKING_ME.sub(" ", text)) and not is_question(following)
        ):
            # A follow-up standing alone after a question the page left unanswered ("Did I read
            # correctly that this was your first feature?" / "Was it challenging in that regard?"
            # / "Oh, totally…"; "Can you tell me a little bit about Momster…?" / "I was…"): asked too.
            prompt = True
        elif roles[-1] or FIRST_PERSON.search(_ASKING_ME.sub(" ", without_aside(text))):
            prompt = False
        elif is_question(text):
            prompt = _is_question_prompt(text)
        else:
            wide_line = any(len(line) > wide for _, line in blocks[index].lines[:-1])
            lean = _statement_lean(text, texts[index - 1], following, wide_line)
            if lean is None or lean < 0:
                prompt = False
            elif _is_question_prompt(following):
                prompt = _is_premise(text, following)
            else:
                prompt = lean > 0 or _sounds_like_a_reply(following)
        roles.append(prompt)
        if prompt and following is not None and not is_question(text) and _is_question_prompt(following):
            roles.append(True)
            index += 1
        index += 1
    return roles


def wide_line_length(blocks: list[Block]) -> int:
    """The length that only the widest tenth of printed lines reach (before a block's last line):
    answers fill the measure, bold prompts break earlier. Very large when there are too few lines."""
    lengths = [len(line) for block in blocks for _, line in block.lines[:-1]]
    if len(lengths) < 10:
        return 10_000
    return int(statistics.quantiles(lengths, n=10)[-1])
