"""Which paragraphs of a section are the interviewer's prompts: questions set as headings,
paragraphs in the emphasis short paragraphs before answers use, and, beside speaker labels, the
questions and remarks no label marks. Pure functions over blocks."""

from __future__ import annotations

import re

from assistant.cues import REQUEST, SECOND_PERSON
from assistant.ingest import presskit, turns
from assistant.ingest.blocks import Block
from assistant.ingest.lead_prompts import MAX_LONG_PROMPT_WORDS
from assistant.ingest.noise import is_noise
from assistant.ingest.presskit import is_question
from assistant.text import LINE_ENDS_SENTENCE, last_sentence, sentence_spans, word_count

# An emphasized paragraph this long is running text, not a question (unless it opens the line of
# plain text after it: a magazine's long prompt, `lead_prompts`); one this long opening a
# section, neither a question nor addressing "you", is a standfirst.
MAX_PROMPT_WORDS = 60
# Beside speaker labels, this many emphasized questions make emphasis the asker's label.
MIN_EMPHASIZED_QUESTIONS = 3
STANDFIRST_WORDS = 25
# A remark before a prompt in the same emphasis is at least this long (a bold title is shorter).
MIN_REMARK_WORDS = 8


def unlabelled_questions(blocks: list[Block], labels: dict, people: dict) -> set[int]:
    """The interviewer's prompts no label marks, right before a labelled answer: where no label
    asks, unlabelled questions or short remarks addressing "you" ("What was the genesis of this
    film?" / "Paul Schrader: The process…"); where labels ask ("Q."), a question no asker's label
    opens the turn of (the first one, its "Q." left off: "…Could you tell us more?" / "A. We…")."""
    labelled_asking = any(person.asks for person in people.values())

    def unasked(i: int) -> bool:
        before = max((k for k in labels if k < i), default=None)
        return before is None or not people[labels[before].key].asks

    # (A paragraph under a label set alone on its line, "Speaker 0: 00:00:07", is that speaker's.)
    return {
        i for i, b in enumerate(blocks[:-1])
        if i not in labels and i + 1 in labels and not b.heading
        and not people[labels[i + 1].key].asks
        and ((is_question(b.text) and unasked(i)) if labelled_asking else asks(b.text))
        and not (i - 1 in labels and turns.without_label(blocks[i - 1], labels[i - 1]) is None)
    }


def asks(text: str) -> bool:
    """A question (or a short one with a remark after it: "Can you take us through the process?
    There was a long period…"), a short remark put to the interviewee ("Your DP said that…") or a
    request ("Let’s start by talking about the backstory.")."""
    if is_question(text) or (bool(SECOND_PERSON.search(text)) and word_count(text) <= presskit.MAX_STATEMENT_WORDS):
        return True
    if REQUEST.match(text) and word_count(text) <= presskit.MAX_QUESTION_WORDS:
        return True
    return word_count(text) <= presskit.MAX_QUESTION_WORDS and any(is_question(text[a:z]) for a, z in sentence_spans(text))


def marked_prompts(blocks: list[Block], least: int = 2) -> set[int]:
    """Positions of prompts a section marks: questions set as headings, and paragraphs wholly in
    the emphasis (bold or italic) that short paragraphs before answers use most, when there are
    at least `least` of them (beside speaker labels, one is enough if it is a question)."""
    headings = {i for i, b in enumerate(blocks) if b.heading and is_prompt_heading(b.text)}
    best: set[int] = set()
    for style in ("bold", "italic"):
        found = {
            i for i, b in enumerate(blocks)
            if not b.heading and b.wholly(style) and not is_noise(b) and i + 1 < len(blocks) and not blocks[i + 1].wholly(style)
            and word_count(b.text) <= (MAX_LONG_PROMPT_WORDS if b.last == blocks[i + 1].first else MAX_PROMPT_WORDS)
        }
        if sum(is_question(blocks[i].text) for i in found) >= MIN_EMPHASIZED_QUESTIONS:
            # Where short questions in this emphasis are the asker's, a longer one in it is too
            # (a literary magazine's prompt quoting the writer's book at length, then asking).
            found |= {
                i for i, b in enumerate(blocks[:-1])
                if not b.heading and b.wholly(style) and not blocks[i + 1].wholly(style) and not is_noise(b)
                and is_question(b.text) and word_count(b.text) <= MAX_LONG_PROMPT_WORDS
            }
        # A remark of whole sentences in the same emphasis just before a prompt goes with it
        # ("**I think comedy is a release… Trump has also responded to it.**" / "**The show
        # hasn't been on air…?** Yeah…"): one prompt of two paragraphs, not a title over it.
        found |= {
            i for i in range(len(blocks) - 1)
            if i + 1 in found and not blocks[i].heading and blocks[i].wholly(style) and not is_noise(blocks[i])
            and LINE_ENDS_SENTENCE.search(blocks[i].text) and MIN_REMARK_WORDS <= word_count(blocks[i].text) <= MAX_LONG_PROMPT_WORDS
        }
        if least == 1 and sum(is_question(blocks[i].text) for i in found) < MIN_EMPHASIZED_QUESTIONS:
            # Beside speaker labels, an emphasized paragraph prompts when it asks, unless the
            # asker's every turn is so set ("**There's some spin-offs.**" between "Emily:" turns
            # where the interviewer's questions are in bold too).
            found = {i for i in found if is_question(blocks[i].text)}
        if not any(presskit.asks_or_requests(blocks[i].text) for i in found):
            # "**About Gabriel Simon:**", "**Media Contact:**": a press release's subheadings in
            # bold, none asking anything, head no one's answers.
            continue
        if len(found) > len(best) and not _marks_answers(blocks, found):
            best = found
    if len(best) < least:
        best = set()
    if best:
        first = min(best)
        b = blocks[first]
        # A long first statement in bold is a standfirst over the text, not one after paragraphs
        # of it ("…Petty 'made a lot of great music.'" then "**There is this feeling… cuts deep.**").
        opening = all(blocks[k].heading for k in range(first))
        if opening and word_count(b.text) > STANDFIRST_WORDS and not is_question(b.text) and not SECOND_PERSON.search(b.text):
            best.discard(first)
    if least > 1 and len(best) >= MIN_EMPHASIZED_QUESTIONS:
        # Among prompts in bold, with no speaker labels, one the export left plain between answers
        # still asks the one interviewed ("Petty once told me of a conversation he had with you…
        # What was it?").
        best |= {
            i for i in range(min(best) + 1, len(blocks) - 1)
            if i not in best and i - 1 not in best and i + 1 not in best and not blocks[i].heading
            and SECOND_PERSON.search(blocks[i].text) and word_count(blocks[i].text) <= MAX_PROMPT_WORDS and _asks_the_one_answering(blocks[i].text)
        }
    marked = headings | best
    return marked if len(marked) >= least or (marked and len(blocks) > 1 and headings) else set()


# A question's opening word: "What was it?", "How did that make you feel?".
_QUESTION_OPENING = re.compile(r"(?i)\s*[\"“]?(?:what|which|who|whom|whose|when|where|why|how|do|does|did|is|are|was|were|have|has|had|can|could|would|will|should)\b")
# Words that make a question short enough to ask without naming the one asked: "What was it?".
SHORT_QUESTION_WORDS = 5


def _asks_the_one_answering(text: str) -> bool:
    """Whether a paragraph ends on a question put to the one answering: opening on a question word
    and saying "you", or short ("What was it?"); not a tag ("…, let's face it, right?") nor a
    speaker's own question to the reader ("What are we preserving when we…?")."""
    last = last_sentence(text)
    return is_question(last) and bool(_QUESTION_OPENING.match(last)) and (bool(SECOND_PERSON.search(last)) or word_count(last) <= SHORT_QUESTION_WORDS)


def _marks_answers(blocks: list[Block], emphasized: set[int]) -> bool:
    """Whether the emphasis sets the answers apart, not the prompts: its paragraphs are mostly no
    questions while the plain paragraphs just before them mostly are ("How did it start?" then
    "*I grew up on night buses.*")."""
    asked = sum(is_question(blocks[i].text) for i in emphasized)
    before = sum(i > 0 and not blocks[i - 1].heading and is_question(blocks[i - 1].text) for i in emphasized)
    return asked < 0.5 * len(emphasized) <= before


def is_prompt_heading(text: str) -> bool:
    """A heading that asks, after the asker's label if it has one ("Anthropic: Walk us through…"):
    a question (or a short one with a remark after it: "Like spaces and places? They seem
    prominent in your work."), or a request, alone or ending a short heading ("Tell us about your
    film.", "The time to fix it dropped to two days. Walk us through what changed.")."""
    text = turns.text_after_label(text)
    if is_question(text) or REQUEST.match(text):
        return True
    sentences = sentence_spans(text)
    return word_count(text) <= presskit.MAX_QUESTION_WORDS and (
        any(is_question(text[a:z]) for a, z in sentences[:-1]) or bool(sentences and REQUEST.match(text[sentences[-1][0] :]))
    )
