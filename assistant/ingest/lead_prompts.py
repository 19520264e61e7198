"""Prompts set in bold or italic at the start of a paragraph, before the answer in plain type
("**Why night buses?** I grew up on them."), and numbered questions before their answers: the
paragraph cut into the prompt and the answer. Pure functions over blocks."""

from __future__ import annotations

from assistant.ingest import presskit
from assistant.ingest.blocks import Block
from assistant.ingest.presskit import is_question
from assistant.text import LINE_ENDS_SENTENCE, sentence_spans, word_count

# Paragraphs opening with a question in bold: this many make the document's way of setting prompts.
MIN_LEAD_QUESTIONS = 2
# Where that is the document's way, a magazine's prompt may run over several sentences, a remark
# before the question ("…it ends on these two people finally seeing each other."); up to this many words.
MAX_LONG_PROMPT_WORDS = 150


def lead_question(b: Block) -> str | None:
    """The question a paragraph opens with in bold or italic, before its answer in plain type."""
    lead = b.lead()
    asks = not b.heading and lead and is_question(lead) and len(lead) < len(b.text) and word_count(lead) <= presskit.MAX_QUESTION_WORDS
    return lead if asks else None


def sets_prompts_in_lead(blocks: list[Block]) -> bool:
    """Whether the document sets its prompts in bold or italic at the start of their answer's
    paragraph: questions, or a magazine's prompts in bold of several sentences closing on a
    question ("…they have fallen apart before our eyes, it seems. Is Kim overworking out of guilt?")."""
    return sum(lead_question(b) is not None or _long_lead_question(b) for b in blocks) >= MIN_LEAD_QUESTIONS


def _long_lead_question(b: Block) -> bool:
    """Whether a paragraph opens with sentences in bold closing on a question, before plain text."""
    lead = _lead_prompt(b)
    return lead is not None and lead.rstrip().endswith("?")


def split_lead_prompt(b: Block, statements: bool = False) -> list[Block]:
    """A paragraph opening with a question set in bold or italic, its answer after it in plain
    type ("**Why night buses?** I grew up on them."), with a statement or a prompt of several
    sentences so set when `statements` (the document's other prompts are so set), or with a
    numbered question or request and its answer after it ("1. Introduce yourself. Orlando is a
    filmmaker from south London."), cut into the question and the answer; where `statements`, an
    answer going on to the next question in bold ("Cabal. **Are there any eras…?** Not eras…")
    is cut there too."""
    spans = sentence_spans(b.text)
    if not b.heading and len(spans) > 1 and presskit.NUMBERED_LINE.match(b.text):
        # The asking sentences in a row from the start ("2. What inspired this film? How did you
        # find your subjects?"), then the answer, if any.
        asking = next((k for k, (start, end) in enumerate(spans) if not presskit.asks_as_numbered(b.text[start:end])), len(spans))
        if 0 < asking < len(spans):
            return list(b.split(spans[asking - 1][1]))
    lead = lead_question(b) or (_lead_prompt(b) if statements else None)
    if not lead:
        return [b]
    prompt, answer = b.split(len(lead))
    if not statements:
        return [prompt, answer]
    inner = _inner_question(answer)
    if inner is None:
        return [prompt, answer]
    said, asked = answer.split(inner)
    return [prompt, said, *split_lead_prompt(asked, statements)]


def _lead_prompt(b: Block) -> str | None:
    """The whole sentences a paragraph opens with in bold, before plain text ("**Questions may be
    the most powerful forms of speech.** Especially the unanswerable ones…"), a statement or a
    question of a magazine's length."""
    # A title in italics inside the bold ("…currently with *The Americans*—I just assume…"); a
    # prompt the answer cuts off ends on a dash ("…now that they're—").
    lead = b.lead()
    ended = lead and (LINE_ENDS_SENTENCE.search(lead) or lead.rstrip().endswith(("—", "–", "--")))
    whole = ended and any(kind == "bold" and start < len(lead) for start, _, kind in b.emphasis)
    return lead if not b.heading and whole and len(lead) < len(b.text) and word_count(lead) <= MAX_LONG_PROMPT_WORDS else None


def _inner_question(b: Block) -> int | None:
    """Where a question in bold starts a sentence inside a paragraph in plain type and plain text
    follows it ("[Laughs] Cabal. **Are there any eras…?** Not eras…"); None when none does."""
    for start, end in _bold_runs(b):
        before = b.text[:start].rstrip()
        opens_sentence = before and LINE_ENDS_SENTENCE.search(before)
        if opens_sentence and is_question(b.text[start:end]) and b.text[end:].strip() and word_count(b.text[start:end]) <= MAX_LONG_PROMPT_WORDS:
            return start
    return None


def _bold_runs(b: Block) -> list[tuple[int, int]]:
    """The spans of its text in bold, touching emphasized spans merged (a title in italics inside)."""
    runs: list[list] = []
    for start, end, kind in sorted(b.emphasis):
        if runs and not b.text[runs[-1][1]:start].strip():
            runs[-1][1] = max(runs[-1][1], end)
            runs[-1][2] = runs[-1][2] or kind == "bold"
        else:
            runs.append([start, end, kind == "bold"])
    return [(start, end) for start, end, bold in runs if bold]
