"""Words attributed by a line beside them rather than by a prompt: a quotation with the name under
it or signed after it, a signature closing answers, a lead-in ("Director Lena Park describes…:"),
a round-up's "Name (“Film”): …", a listing's headline quoting someone before their name. Pure
functions over blocks."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.cues import FIRST_PERSON, SIGNED_QUOTATION, SINGULAR_THIRD_PERSON, SINGULAR_THIRD_PERSON_POSSESSIVE
from assistant.ingest import names, signatures
from assistant.ingest.blocks import Block, Exchange
from assistant.text import word_count

# Words a paragraph needs, ending a sentence, to be someone's words a name under it attributes
# ("April, 2017" over "Sección Oficial Ficción" is a festival listing's date and section).
MIN_ATTRIBUTED_WORDS = 4
# A line under a block quotation in Markdown stands after one blank line.
BLANK_LINE_GAP = 2
# Paragraphs opening on a filmmaker and their film in brackets that make a round-up of answers.
MIN_ROUNDUP_ANSWERS = 2
_ENDS_SENTENCE = re.compile(r"[.!?…”\"’']\s*$")


def attributed_quotations(blocks: list[Block]) -> list[Exchange]:
    """Text nothing asks in: no one's, but for a quotation with the name under it (an epigraph:
    "I don't have a catalogue of questions…" / "Werner Herzog"), which is that person's."""
    return cut_at_attributions(blocks, lambda run: [Exchange(None, None, tuple(run))] if run else [])


def cut_at_attributions(blocks: list[Block], read_run: Callable[[list[Block]], list[Exchange]], at_signatures: bool = False) -> list[Exchange]:
    """The exchanges of `blocks` read a run at a time by `read_run`, each run closed by a quotation
    with the name under it or signed after it (that person's) or, `at_signatures`, by a signature
    line (kept apart)."""
    exchanges: list[Exchange] = []
    run: list[Block] = []
    led_to: str | None = None
    spoken: list[Block] = []
    # A festival round-up's answers, each opening on its filmmaker and film ("Andrew Renzi
    # (“Franny”): …"), two at least: each its filmmaker's.
    answerers = {i: name for i, b in enumerate(blocks) if (name := signatures.answerer_with_film(b.text))}
    answerers = answerers if len(answerers) >= MIN_ROUNDUP_ANSWERS else {}
    headlined: str | None = None
    for i, b in enumerate(blocks):
        if headlined and word_count(b.text) < MIN_ATTRIBUTED_WORDS:
            # A listing's line between a headline and the words it heads ("1011 Views0 Comment").
            exchanges.append(Exchange(None, None, (b,)))
            continue
        if headlined:
            # "“The Challenge Is Balancing Tone”: Director Mark Pellington" over the opening of his
            # words: his, unless it tells of someone as "he" or "she" (an interview's intro).
            narrated = (SINGULAR_THIRD_PERSON.search(b.text) or SINGULAR_THIRD_PERSON_POSSESSIVE.search(b.text)) and not FIRST_PERSON.search(b.text)
            exchanges.append(Exchange(None, None if narrated else headlined, (b,)))
            headlined = None
            continue
        if led_to and FIRST_PERSON.search(b.text):
            # "Director Benjamin Dickinson describes…:" then his words, in the first person.
            spoken.append(b)
            continue
        if spoken:
            exchanges.append(Exchange(None, led_to, tuple(spoken)))
        led_to, spoken = None, []
        if at_signatures and signatures.signature(b.text):
            exchanges += read_run(run) + [Exchange(None, None, (b,))]
            run = []
        elif run and (name := _attributed_to(run[-1], b)):
            # A quotation and the name on the line under it, in one paragraph: that person's words.
            exchanges += read_run(run[:-1]) + [Exchange(None, name, (run[-1],))]
            run = []
        elif (name := _signed_by(b.text)) is not None:
            # "“…” | Eva Longoria Bastón, La Guerra Civil": a quotation signed on its own line.
            exchanges += read_run(run) + [Exchange(None, name, (b,))]
            run = []
        elif i in answerers:
            exchanges += read_run(run) + [Exchange(None, answerers[i], (b,))]
            run = []
        elif (name := signatures.lead_in_speaker(b.text)) is not None:
            exchanges += read_run([*run, b])
            run, led_to = [], name
        elif (name := signatures.quoted_before_name(b.text)) is not None:
            exchanges += read_run(run) + [Exchange(None, None, (b,))]
            run, headlined = [], name
        else:
            run.append(b)
    if spoken:
        exchanges.append(Exchange(None, led_to, tuple(spoken)))
    return exchanges + read_run(run)


def _attributed_to(quotation: Block, line: Block) -> str | None:
    """The name a one-line block gives right under a paragraph it was cut from (the next line,
    no blank line between), attributing it, or under a block quotation, a blank line between, with
    the name's role and the words' source ("Director Charlotte Wells, from an interview with…");
    None otherwise."""
    if len(line.lines) != 1 or not quotation.lines:
        return None
    gap = line.lines[0][0] - quotation.lines[-1][0]
    if not (gap == 1 or (quotation.quoted and not line.quoted and gap == BLANK_LINE_GAP)):
        return None
    if len(quotation.text.split()) < MIN_ATTRIBUTED_WORDS or not _ENDS_SENTENCE.search(quotation.text):
        return None
    return signatures.attribution_line(line.text, described=quotation.quoted)


def _signed_by(text: str) -> str | None:
    """Who signs a quotation after a bar or dash ("“…” | Sara Dosa, Fire of Love"; a press kit's
    review quotes, "“A triumph.” – The Guardian", are the outlet's); None for anything else."""
    match = SIGNED_QUOTATION.match(text)
    return match.group("who") if match and names.is_person_name(match.group("who")) else None
