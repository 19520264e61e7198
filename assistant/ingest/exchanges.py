"""The exchanges of one section, read the way it marks its prompts: speaker labels (turns),
paragraphs in bold or italic and questions set as headings, or the plain-text cues when nothing
marks them. Pure functions over blocks."""

from __future__ import annotations

import re

from assistant.cues import (
    FIRST_PERSON,
    FIRST_PLURAL,
    SIGN_OFF,
    SINGULAR_THIRD_PERSON,
    SINGULAR_THIRD_PERSON_POSSESSIVE,
    SINGULAR_THIRD_PERSON_SUBJECT,
)
from assistant.ingest import labelled, name_forms, names, presskit, prompt_marks, signatures, turns
from assistant.ingest.attributed import attributed_quotations, cut_at_attributions
from assistant.ingest.blocks import Block, Exchange
from assistant.ingest.narration import tells_of
from assistant.ingest.noise import is_byline, is_noise, is_read_more
from assistant.ingest.presskit import is_question
from assistant.ingest.quotations import is_quoting, unquoted
from assistant.text import join_lines

# A section of only questions, this many or more, is a list of questions to put, not an interview.
MIN_QUESTION_LIST = 3
# Paragraphs naming the one interviewed, after what reads as a prompt, that make a report's narration.
MIN_NARRATED_PARAGRAPHS = 2
# A note in italics may hold a title in roman; its italics cover this share of its letters at least.
ITALIC_NOTE_SHARE = 0.6


def arrange(blocks: list[Block], labels: dict, people: dict, present: tuple[str, ...], interviewee: str | None) -> list[Exchange]:
    """The exchanges of one section, read the way the section marks its prompts. `present` are the
    interviewees its heading (or the document, before any heading) names; `interviewee` the one
    who answers marked prompts and "A:" turns, when one is known."""
    if not blocks:
        return []
    prompts = prompt_marks.marked_prompts(blocks, 1 if labels else 2)
    if labels:
        if len(prompts - set(labels)) < prompt_marks.MIN_EMPHASIZED_QUESTIONS:
            # Where the asker's turns are all set apart (in bold, as headings), a plain paragraph
            # between labelled turns goes on with the turn before it, even when it ends on a
            # question to the next speaker ("…What did Noah Hawley say to you?" / "Peter Gould: …").
            prompts |= prompt_marks.unlabelled_questions(blocks, labels, people)
        return labelled.from_turns(blocks, labels, people, interviewee, prompts - set(labels))
    if prompts:
        return _from_marked(blocks, prompts, interviewee)
    if _only_questions(blocks):
        # A list of questions to put ("Interview with Mr. Lancaster" over twelve questions and no
        # reply): nothing in it is anyone's answer.
        return attributed_quotations(blocks)
    if present:
        return _from_cues(blocks, present)
    if presskit.interviewed_unnamed(blocks):
        # An interview that never names who answers: its questions still head their answers.
        return _from_cues(blocks, ())
    return attributed_quotations(blocks)


def monologue(blocks: list[Block], speaker: str) -> list[Exchange]:
    """A section of one person's talk where nothing is asked: every paragraph theirs, no prompt,
    boilerplate apart without a speaker."""
    noise = [b for b in blocks if not b.heading and is_noise(b)]
    body = [b for b in blocks if not b.heading and not is_noise(b)]
    return ([Exchange(None, speaker, tuple(body))] if body else []) + ([Exchange(None, None, tuple(noise))] if noise else [])


def given_view(exchanges: list[Exchange], speaker: str) -> list[Exchange]:
    """The exchanges of a section headed "Werner Herzog on Journalism vs Film": what no one was
    found to say and nothing asked is that person's view of the topic, though it never says "I"
    ("You see too many documentaries…"); not a paragraph naming them (narration about them), one
    quoting (a feature's), nor boilerplate."""
    named = names.name_parts(speaker)
    return [
        Exchange(None, speaker, e.answer)
        if e.speaker is None and e.prompt is None and e.answer
        and not any(b.heading or is_noise(b) or named.search(b.text) or is_quoting(b.text) for b in e.answer)
        else e
        for e in exchanges
    ]


def _only_questions(blocks: list[Block]) -> bool:
    """Whether every paragraph but the headings asks, MIN_QUESTION_LIST of them at least."""
    body = [b.text for b in blocks if not b.heading]
    return len(body) >= MIN_QUESTION_LIST and all(presskit.is_question(text) for text in body)


def signed(exchanges: list[Exchange]) -> list[Exchange]:
    """The exchanges with each signature line ("Daphne McWilliams / director, In a Perfect
    World…", closing the answers it signs) taken out of the answer it ends and made the speaker of
    the answers before it, back to the previous signature, that no one was found to give to a
    question or request (a page's dateline or a film's title read as a prompt stays no one's)."""
    result: list[Exchange] = []
    unsigned: list[int] = []
    for exchange in exchanges:
        last = exchange.answer[-1] if exchange.answer else None
        signer = signatures.signature(last.text) if last is not None and not exchange.speaker else None
        asked = bool(exchange.prompt) and prompt_marks.is_prompt_heading(exchange.prompt or "") and not exchange.speaker
        if signer is None:
            if asked:
                unsigned.append(len(result))
            result.append(exchange)
            continue
        if exchange.answer[:-1]:
            if asked:
                unsigned.append(len(result))
            result.append(Exchange(exchange.prompt, None, exchange.answer[:-1]))
        for i in unsigned:
            result[i] = Exchange(result[i].prompt, signer, result[i].answer)
        unsigned = []
    return result


def _talks_of_self(blocks: list[Block], speaker: str) -> bool:
    """Whether every paragraph says "I" or "my" and none names `speaker` or speaks of someone as
    "he" or "she" (an interviewer's intro does)."""
    texts = [b.text for b in blocks]
    named = names.name_parts(speaker)
    return all(FIRST_PERSON.search(text) for text in texts) and not any(
        named.search(text) or SINGULAR_THIRD_PERSON.search(text) or SINGULAR_THIRD_PERSON_POSSESSIVE.search(text) for text in texts
    )


def quotation_bounded(exchanges: list[Exchange]) -> list[Exchange]:
    """The exchanges, an answer given inside a block quotation (an interview excerpted in a blog
    post, "> **Q…**" / "> I love Peter…") cut where the block quotation ends: the paragraphs
    after it are the page's own, no one's."""
    result = []
    for e in exchanges:
        end = next((k for k, b in enumerate(e.answer) if not b.quoted), len(e.answer))
        if e.speaker and e.answer[0].quoted and 0 < end < len(e.answer):
            result += [Exchange(e.prompt, e.speaker, e.answer[:end]), Exchange(None, None, e.answer[end:])]
        else:
            result.append(e)
    return result


def without_bylines(exchanges: list[Exchange]) -> list[Exchange]:
    """The exchanges but those holding only bylines and links to read more: who wrote a page
    answers no question, and under an interview's heading a byline alone would be found for what
    the heading says. A link to read more is taken out of any exchange."""
    kept = []
    for e in exchanges:
        answer = tuple(b for b in e.answer if not is_read_more(b))
        if answer and (e.speaker or e.prompt or not all(is_byline(b) for b in answer)):
            kept.append(Exchange(e.prompt, e.speaker, answer))
    return kept


def _from_marked(blocks: list[Block], prompts: set[int], speaker: str | None) -> list[Exchange]:
    """Exchanges where each marked prompt (consecutive ones joined) opens the answer after it."""
    exchanges: list[Exchange] = []
    prompt: list[str] = []
    answer: list[Block] = []

    def close() -> None:
        if answer:
            text = " ".join(prompt) or None
            # Before the first prompt, the one interviewed talking of themself ("I've been programming
            # for about 35 years now."), a question the page left out: theirs.
            own = text is None and not exchanges and speaker is not None and _talks_of_self(answer, speaker)
            exchanges.append(Exchange(text, speaker if text or own else None, tuple(answer)))

    for index, b in enumerate(blocks):
        if index in prompts:
            if answer:
                close()
                prompt, answer = [], []
            prompt.append(turns.text_after_label(b.text))
        elif is_noise(b):
            close()
            prompt, answer = [], []
            exchanges.append(Exchange(None, None, (b,)))
        else:
            answer.append(b)
    # "*Season 3 of* Downton Abbey *airs on PBS…*": the page's closing note in italics after the
    # last answer, in plain type, is the editor's, not the answer's.
    notes = []
    while len(answer) > 1 and prompt and is_italic_note(answer[-1]) and not is_italic_note(answer[0]):
        notes.insert(0, answer.pop())
    # "Rob is currently working on his second feature… Can't wait!": after the last answer, the
    # writer's closing words about the one interviewed.
    while len(answer) > 1 and prompt and speaker and tells_of(speaker, answer[-1].text):
        notes.insert(0, answer.pop())
    if prompt and speaker and SIGN_OFF.match(" ".join(prompt)) and not any(FIRST_PERSON.search(b.text) or SIGN_OFF.match(b.text) for b in answer):
        # "**Thanks Petra!**" asks nothing: what follows it is the page's ("All images courtesy…"),
        # unless they reply ("Thank you, Michael.").
        exchanges.append(Exchange(None, None, tuple(answer)))
        answer = []
    close()
    exchanges.extend(Exchange(None, None, (b,)) for b in notes)
    return exchanges


def is_italic_note(b: Block) -> bool:
    """Whether a paragraph is set in italics, from its first word to its last, a title inside it
    in roman or not ("*Season 3 of* Downton Abbey *airs on PBS…*"): an editor's note."""
    italic = sorted((start, end) for start, end, kind in b.emphasis if kind == "italic")
    text = b.text.strip()
    if b.heading or not italic or not text:
        return False
    letters = sum(c.isalnum() for c in text)
    marked = sum(c.isalnum() for start, end in italic for c in b.text[start:end])
    opens = not b.text[: italic[0][0]].strip()
    closes = not re.sub(r"[\W_]", "", b.text[italic[-1][1] :])
    return opens and closes and marked >= ITALIC_NOTE_SHARE * letters


def _from_cues(blocks: list[Block], present: tuple[str, ...]) -> list[Exchange]:
    """Exchanges of an interview whose prompts nothing marks, judged by the plain-text cues;
    credit lines and boilerplate kept apart, without a speaker. The answer is the one
    interviewee's, or, among several, the one the prompt addresses by name ("Emma, what…")."""
    noise = [b for b in blocks if not b.heading and is_noise(b)]
    body = [b for b in blocks if not b.heading and not is_noise(b)]
    # The name of the one present alone on a line, under the heading or signing off ("Paul Kramer"
    # … "Paul Kramer,"), is a byline: no one's words, and what follows the last one is the page's.
    present_names = {names.fold(name) for name in present}
    bylines = [i for i, b in enumerate(body) if names.fold(b.text.strip(" ,.")) in present_names]
    # A signature closes the answers it signs ("Daphne McWilliams / director, …"): each run of
    # paragraphs up to one is read on its own, the signature after it (`signed` reads it).
    def read(run: list[Block]) -> list[Exchange]:
        return cut_at_attributions(run, lambda part: _run_from_cues(part, present), at_signatures=True)

    # A name over a question heads the interview that follows ("Sienna Miller" / "What was…?"),
    # and so does one above the first question (a photograph's "Vicky Jones" over its caption):
    # no one's words, but the page goes on being theirs after it.
    first_question = next((i for i, b in enumerate(body) if is_question(b.text)), len(body))
    signing = [i for i in bylines if not i < first_question < len(body) and not (i + 1 < len(body) and is_question(body[i + 1].text))]
    end = signing[-1] if signing else len(body)
    exchanges: list[Exchange] = []
    start = 0
    for i in [i for i in bylines if i < end]:
        exchanges += read(body[start:i]) + [Exchange(None, None, (body[i],))]
        start = i + 1
    exchanges += read(body[start:end])
    if signing:
        exchanges.append(Exchange(None, None, tuple(body[end:])))
    return exchanges + ([Exchange(None, None, tuple(noise))] if noise else [])


def _run_from_cues(body: list[Block], present: tuple[str, ...]) -> list[Exchange]:
    """The exchanges of paragraphs nothing marks, prompts judged by the plain-text cues; where
    nothing is asked (no question, no request: a director's statement), no paragraph is a prompt."""
    asked = any(presskit.asks_or_requests(b.text) for b in body)
    roles = presskit.classify_blocks(body, presskit.wide_line_length(body)) if asked else [False] * len(body)
    exchanges: list[Exchange] = []
    prompt: list[Block] = []
    answer: list[Block] = []
    for b, is_prompt in zip(body, roles):
        opening_about = is_prompt and not exchanges and not prompt and not answer and any(name in b.text for name in present)
        if opening_about and (not prompt_marks.asks(b.text) or presskit.reports_question(b.text)):
            # A headline opening the text names the one interviewed in full and asks nothing ("How
            # Good One director India Donaldson crafted the film’s twist"), or only reports their
            # question ("…she says—“Mom, what are you doing?”"): no one's, no prompt.
            exchanges.append(Exchange(None, None, (b,)))
            continue
        if is_prompt and answer:
            exchanges.append(_answered(_prompt_text(prompt), present, answer) if not _about(prompt, answer, present) else Exchange(None, None, (*prompt, *answer)))
            prompt, answer = [], []
        if is_prompt and not exchanges and prompt and not prompt_marks.asks(prompt[-1].text) and prompt_marks.asks(b.text):
            # "Lena Park talked to us about Night Bus." before the first question: the section's
            # intro, said by no one, not part of what was asked.
            exchanges.append(Exchange(None, None, tuple(prompt)))
            prompt = []
        (prompt if is_prompt else answer).append(b)
    if answer:
        exchanges.append(_answered(_prompt_text(prompt), present, answer) if not _about(prompt, answer, present) else Exchange(None, None, (*prompt, *answer)))
    elif prompt:
        # A question or remark nothing answers (a teaser cut before its answer) is still the text's.
        exchanges.append(Exchange(None, None, tuple(prompt)))
    return exchanges


def _about(prompt: list[Block], answer: list[Block], present: tuple[str, ...]) -> bool:
    """Whether an answer to a prompt that asks nothing names the one interviewed in full in its
    first paragraph, or opens with their surname, unless they introduce themself ("I'm Lena
    Park"): words about them ("Lena Park isn't interested in day buses…", "In part 2, Lena Park
    tells us…"), with the statement before them, no one's. Asked to introduce themself, people
    may answer in the third person ("Lena Park is a filmmaker from Seoul.")."""
    if answer and _narrated(answer, present) and not any(presskit.is_request(b.text) for b in prompt):
        # (Asked to introduce themself, people may answer in the third person.)
        return True
    if not answer or any(prompt_marks.asks(b.text) for b in prompt):
        return False
    opening = answer[0].text
    return any(
        (name in opening or opening.startswith(name.split()[-1] + " ")) and not re.search(rf"(?i)\b(?:I['’]m|I am|my name is|this is)\s+{re.escape(name)}", opening)
        for name in present
    )


def _narrated(answer: list[Block], present: tuple[str, ...]) -> bool:
    """Whether paragraphs after what reads as a prompt tell of the one interviewed, naming them
    outside the quotations in two at least, and in more of them than say "I" or "we" there ("Max
    knew he won the audition…", "“It's a huge hole,” he said"): a report's narration, after a
    lyric or a question the writer asks, answers nothing. (The writer may say "our", a quotation
    lose its marks; a short answer may name its speaker: "Because. Tom Lee said so.")"""
    told = [unquoted(b.text) for b in answer]
    named = sum(any(names.name_parts(name).search(text) for name in present) for text in told)
    return named >= MIN_NARRATED_PARAGRAPHS and named > sum(bool(FIRST_PERSON.search(text) or FIRST_PLURAL.search(text)) for text in told)


def _answered(prompt: str | None, present: tuple[str, ...], answer: list[Block]) -> Exchange:
    """An exchange answered by the one person present, or by the one of several the prompt
    addresses by name; by no one known otherwise. Text nothing asked that never says "I" or "we"
    ("Lena Park was born in Seoul…", a biography under her name), or that names the one
    interviewed in full, is no one's words."""
    text = " ".join(b.text for b in answer)
    if prompt is None and not (FIRST_PERSON.search(text) or FIRST_PLURAL.search(text)):
        return Exchange(None, None, tuple(answer))
    if prompt is None and any(name in text or names.times_named(name.split()[-1], text) or _first_name_narrates(name, text) for name in present):
        # Nothing asked and the interviewee named, in full or by surname: an intro about them ("the
        # talented young composer, Nicholas Britell, who…", "Haigh, 42, talked about…"), not their
        # words; so is a summary calling them by first name as "he" or "she" ("Patrick tells us…
        # He feels…").
        return Exchange(None, None, tuple(answer))
    if len(present) == 1:
        return Exchange(prompt, present[0], tuple(answer))
    addressed = [name for name in present if prompt and name_forms.addresses(prompt, name)]
    # "(P.J Pettiette) That's going to be a long answer…": the answer opens naming who gives it.
    opening = re.match(r"\(([^()]{3,60})\)", answer[0].text.lstrip())
    signed = [name for name in present if opening and names.fold(opening.group(1)).replace(".", "") == names.fold(name).replace(".", "")]
    named = addressed if len(addressed) == 1 else signed
    return Exchange(prompt, named[0] if len(named) == 1 else None, tuple(answer))


def _first_name_narrates(name: str, text: str) -> bool:
    """Whether `text` calls the person by first name and says "he" or "she" but never "I" outside
    the quotations it reports ("Marco bought the depot, and says he plans to drive—“We will…”")."""
    first = name.split()[0]
    narration = unquoted(text)
    return (
        len(name.split()) > 1 and names.times_named(first, narration) > 0
        and bool(SINGULAR_THIRD_PERSON_SUBJECT.search(narration)) and not FIRST_PERSON.search(narration)
    )


def _prompt_text(blocks: list[Block]) -> str | None:
    """The prompt's words, rejoining words hyphenated at a printed line's end."""
    if not blocks:
        return None
    return join_lines([line for b in blocks for line in b.lines]).text
