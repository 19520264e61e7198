"""The exchanges of a labelled transcript: each turn's words under who says them, the answer's
prompt the asker's turn before it; a host's own stories and murmurs theirs. Pure functions over
blocks."""

from __future__ import annotations

import re

from assistant.cues import (
    ASKING_STATEMENT,
    FIRST_PERSON,
    FIRST_PLURAL,
    PRESENTING,
    REQUEST,
    REQUEST_ENDING,
    SIGN_OFF,
)
from assistant.ingest import name_forms, names, presskit, turns
from assistant.ingest.people import ANSWER, AUDIENCE, Person
from assistant.ingest.blocks import Block, Exchange
from assistant.ingest.narration import tells_of
from assistant.ingest.noise import is_noise
from assistant.noise_cues import BRACKETED_ALONE
from assistant.ingest.presskit import is_question
from assistant.text import last_sentence, sentence_spans, word_count

# An asker's paragraph longer than this that asks nothing is a remark of their own, not a prompt.
MAX_REMARK_PROMPT_WORDS = 50
# A host's turn presenting the show or a guest in more words than this states facts of its own.
MAX_GREETING_WORDS = 20
# A guest passing the question to another in at most this many words ("Yeah, Diggs, can you?").
MAX_HAND_OFF_WORDS = 8
# Shorter, a question of this many words is asked all the same ("Is it done?"), unless it hands the
# question over ("Diggs, can you?", "And you?") or only seeks agreement ("…we need both, right?").
MIN_SHORT_QUESTION_WORDS = 3
_HAND_OFF = re.compile(r"(?i)(?:\b(?:can|could|will|would|do|did|don't|won't)\s+(?:you|they|we|he|she)|^\W*(?:and\s+)?you|,\s*(?:right|okay|yeah|huh))\W*\?\W*$")
# A co-host's question joined to the prompt after it is at most this long.
MAX_JOINED_PROMPT_WORDS = 2 * MAX_REMARK_PROMPT_WORDS
# An asker's statement of several paragraphs, none asking, is one prompt up to this many words.
MAX_STATEMENT_TURN_WORDS = 3 * MAX_REMARK_PROMPT_WORDS
# A host's turn of at most this many words asking nothing, inside a guest's answer, only keeps
# them going.
MAX_BACK_CHANNEL_WORDS = 3
# A word and a dash ending a turn: the speaker was cut off.
_BROKEN_OFF = re.compile(r"\w\s?[-–—]$")


def from_turns(blocks: list[Block], labels: dict, people: dict, speaker: str | None, marked: set[int]) -> list[Exchange]:
    """Exchanges of a labelled transcript. Each answer's prompt is the asker's turn before it
    (its last paragraph; earlier ones, and asking turns no one answers, are the asker's own
    passages); answers in a row after one prompt share it. After an anonymous question ("Q:",
    or a prompt set in bold in `marked`), or when only the asker is labelled, the unlabelled
    paragraphs are the interviewee's answer; after a named asker they go on with the turn."""
    asker_only = all(people[label.key].asks for label in labels.values())
    conversation = not any(people[label.key].asks for label in labels.values())
    # Turns in order; a turn of the nobody person holds text outside any turn (an intro, boilerplate).
    nobody = Person(None)
    anonymous = Person(None, None, True)
    turn_list: list[tuple[Person, list[Block]]] = []
    answerer = Person(speaker)
    # Labels used once each, and none after this position: later questions may stand alone.
    labelled_once = len({label.key for label in labels.values()}) == len(labels)
    last_label = max(labels)
    quoted = False
    # Labels whose every turn is a statement quoted whole ("Name: "…""), as a summary sets them;
    # a host's turn that merely opens with a quotation goes on over the paragraphs after it.
    rests = {index: turns.without_label(blocks[index], label) for index, label in labels.items()}
    stating = {label.key for label in labels.values()} - {
        label.key for index, label in labels.items() if rests[index] is None or not _closed_quotation(rests[index].text)
    }
    for index, b in enumerate(blocks):
        if index in labels:
            rest = rests[index]
            person = people[labels[index].key]
            turn_list.append((answerer if person == ANSWER else person, [rest] if rest else []))
            quoted = labels[index].key in stating
        elif quoted and not b.text.startswith(("“", '"')):
            # After a statement quoted whole ("Name: "…""), the narration is no one's.
            turn_list.append((nobody, [b]))
            quoted = False
        elif index in marked:
            turn_list.append((anonymous, [b]))
        elif is_noise(b) or not turn_list or b.is_bold_heading():
            # Boilerplate, or a heading set in bold ("Literature Insights and Implications"), ends
            # the turn it follows: what comes after it is no one's until a label.
            turn_list.append((nobody, [b]))
        elif labelled_once and index > last_label and _stands_alone_asking(blocks, index, turn_list[-1][0]):
            # An interview labelling its first exchange only ("Steven Yeun: Thank you." then "How
            # did you find out?"): a question standing alone after an answer is the next prompt,
            # and whoever answered the labelled one answers it.
            answerer = turn_list[-1][0] if answerer.name is None else answerer
            turn_list.append((anonymous, [b]))
        elif conversation and not BRACKETED_ALONE.match(b.text) and _relabelled(labels, rests, index, people, turn_list[-1][0]):
            # "James: Is that a JCVD cap?" / "Yeah!" / "James: Oh awesome…": a paragraph between two
            # one-paragraph turns of the same speaker, where no one asking is labelled, is the
            # unlabelled interviewer's (why else name the speaker again?).
            turn_list.append((anonymous, [b]))
        elif turn_list[-1][0].asks and (asker_only or turn_list[-1][0].name is None) and turn_list[-1][1]:
            # (A label alone on its line, "Audience: 00:34:40", is followed by its own words.)
            turn_list.append((answerer, [b]))
        elif turn_list[-1][0].name and not turn_list[-1][0].asks and _speaks_of(turn_list[-1][0].name, b.text):
            # A paragraph after someone's turn that speaks of them by name ("Polanski's 45 pages
            # alone make the volume a prize") is the page's narration, not their words.
            turn_list.append((nobody, [b]))
        else:
            turn_list[-1][1].append(b)
    exchanges: list[Exchange] = []
    pending: list[tuple[Person, list[Block]]] = []
    prompt: str | None = None
    # Who gave the latest answer to a prompt (a murmur between two of their turns prompts nothing).
    last_answerer: str | None = None
    # Who put the current prompt when it is a speaker's turn rather than an asker's, and the
    # prompt set apart before it (in bold, as a heading).
    prompted_by: str | None = None
    marked_prompt: str | None = None
    for person, turn_blocks in turn_list:
        if not turn_blocks:
            if pending and not person.asks and person is not nobody:
                # An answer cut from the page ("Iskander: […]"): the question it answered is the
                # asker's own, not joined to the next one.
                exchanges.extend(_asker_passages(pending))
                pending = []
            continue
        if person is nobody:
            exchanges.extend(_asker_passages(pending))
            pending = []
            exchanges.append(Exchange(None, None, tuple(turn_blocks)))
            continue
        if person.asks:
            pending.append((person, turn_blocks))
            continue
        if pending:
            asked_by, asked = pending[-1]
            interrupted = bool(exchanges) and exchanges[-1].speaker == person.name and _cut_off(exchanges[-1].answer[-1].text)
            if last_answerer is not None and last_answerer == person.name and all(
                host.name and all(_back_channel(b) or (interrupted and not is_question(b.text)) for b in turn) for host, turn in pending
            ):
                # "Yeah." or "Mm-hmm." from a named host inside the guest's answer, or whatever a
                # host says without asking where the guest was cut off ("…they've basically-"):
                # the answer goes on under the question it answers; the words are the host's.
                # ("Q. Your next project." is a prompt, however short.)
                exchanges.extend(_asker_passages(pending))
            elif asked_by == AUDIENCE and not _puts_question(asked[-1].text):
                # The audience answering the speaker's own question ("Rare Pepe.") or remarking:
                # what the speaker says next answers nothing.
                exchanges.extend(_asker_passages(pending))
                prompt, prompted_by = None, None
            elif _remark(asked[-1].text) or _presents(asked[-1].text):
                # A host's own story or view before the answer ("…it took me two weeks to get rid
                # of the smell."), or the show and its guests presented ("I'm joined by my co-host,
                # Chris Benson, who is a tech strategist…"), is theirs to be found; the answer's
                # prompt is its last sentence.
                exchanges.extend(_asker_passages(pending))
                start, end = sentence_spans(asked[-1].text)[-1]
                prompt, prompted_by = asked[-1].text[start:end], None
            elif asked_by.name is not None and (told := _told_before_asking(asked[-1].text)):
                # A named asker tells at length before asking the other ("Manar was first staged
                # in a class with Anne Bogart… We presented it in May 2016. When did you first
                # start writing that piece?"): the telling is theirs to be found; the answer's
                # prompt is the questions after it.
                exchanges.extend(_asker_passages(pending))
                prompt, prompted_by = asked[-1].text[told:], None
            else:
                # A co-host adding to the question just put ("Tell us about Pilosa itself…" /
                # "But also tell us what a distributed index is…"): the answer answers both.
                joined = len(pending) >= 2 and pending[-2][0].name is not None and asked_by.name is not None and _asks(pending[-2][1][-1].text)
                earlier = pending[:-2] + [(pending[-2][0], pending[-2][1][:-1])] if joined else pending[:-1]
                exchanges.extend(_asker_passages(earlier + [(asked_by, asked[:-1])]))
                # A prompt marked by its place (a heading) may still carry its asker's label.
                prompt = turns.text_after_label(asked[-1].text) if asked_by is anonymous else asked[-1].text
                if asked_by is not anonymous and _statement_turn(asked):
                    # The asker's words stay theirs to be found; the answer takes up all of them.
                    prompt = " ".join(b.text for b in asked)
                prompted_by = None
                if joined:
                    prompt = f"{pending[-2][1][-1].text} {prompt}"
            marked_prompt = prompt if asked_by is anonymous and (asked[-1].heading or asked[-1].wholly()) else None
        elif exchanges and person.name and exchanges[-1].speaker not in (None, person.name) and (
            _asks_by_name(exchanges[-1].answer[-1].text, person.name) or (conversation and _ends_asking(exchanges[-1].answer[-1].text) and not all(map(_back_channel, turn_blocks)))
        ):
            # One guest turning to another ("Yeah Jack, I would love to hear how you found this
            # whole thing."): the one addressed answers that. Where no one is there to ask (two
            # hosts talking), a turn closing on a question is what the other answers (more than
            # a "Yeah." keeping them going).
            turned = exchanges[-1].answer[-1].text
            # (A turn telling at length before it asks puts only its questions: `_told_before_asking`.)
            prompt, prompted_by = turned[_told_before_asking(turned) :], exchanges[-1].speaker
        elif person.name is not None and person.name == prompted_by:
            # The one who turned to the other speaks again: not an answer to their own question,
            # but to the marked prompt before it, if one was put ("**…do you view this story as
            # a tragedy?**" / "A: Do you want to start or do you want me to?" / "B: It's a big
            # word." / "A: I do. I'd say there's a tragedy.").
            prompt, prompted_by = marked_prompt, None
        pending = []
        exchanges.append(Exchange(prompt, person.name, tuple(turn_blocks)))
        if prompt is not None and person.name:
            last_answerer = person.name
    exchanges.extend(_asker_passages(pending))
    return exchanges


def _relabelled(labels: dict, rests: dict, index: int, people: dict, current: Person) -> bool:
    """Whether the unlabelled block at `index` is the last before a labelled paragraph of the one
    speaker, asking nothing, whose labelled turn it goes on (`current`, however many paragraphs
    that turn ran on: "…I'd been making." / "They're like ghosts of your imagination." /
    "**Bruce:** So it just started…"), each with their words after the label (a label alone on
    its line, as transcripts set them, is followed by its words)."""
    after = labels.get(index + 1)
    start = max((at for at in labels if at < index), default=None)
    if start is None or after is None or rests[start] is None or rests[index + 1] is None:
        return False
    speaker = people[labels[start].key]
    return speaker.name is not None and not speaker.asks and people[after.key] == speaker and current == speaker


def _speaks_of(name: str, text: str) -> bool:
    """Whether a paragraph names `name` by surname, in full or alone, without saying "I" or "we"
    ("the Polanski interview", not "I'm Lena Park, and Park is my mother's name too", nor "…the
    cocoon that was Nagle/Wilson…" in the words of one of the pair), or by any part of it as "he"
    or "she"."""
    surname = names.times_named(name.split()[-1], text) > 0 and not FIRST_PERSON.search(text) and not FIRST_PLURAL.search(text)
    # "You can check out Scott's website… to learn more about his company.": the page's closing
    # words, however it says "we".
    return surname or tells_of(name, text)


def _puts_question(text: str) -> bool:
    """Whether a paragraph puts a question or a request in any of its sentences ("Tell us about…",
    "I'd love to hear your story")."""
    sentences = [text[start:end] for start, end in sentence_spans(text)] or [text]
    return any(is_question(sentence) or REQUEST.match(sentence) or ASKING_STATEMENT.search(sentence) for sentence in sentences)


def _statement_turn(blocks: list[Block]) -> bool:
    """Whether an asker's turn is paragraphs of a statement the answer takes up, none asking, in
    at most `MAX_STATEMENT_TURN_WORDS` ("In an interview late in his life, E.L. Doctorow seemed to
    say…" / "He later said the thing he'd wanted most…" / "MORRISON: He was fantastic.")."""
    return len(blocks) >= 2 and sum(word_count(b.text) for b in blocks) <= MAX_STATEMENT_TURN_WORDS and not any(_puts_question(b.text) for b in blocks)


def _asks(text: str) -> bool:
    """Whether a host's paragraph of at most `MAX_JOINED_PROMPT_WORDS` puts a question or a request."""
    return word_count(text) <= MAX_JOINED_PROMPT_WORDS and _puts_question(text)


def _ends_asking(text: str) -> bool:
    """Whether a paragraph's last sentence is a question ("…So how can I balance that?", "Is it
    done?"), more than a hand-off ("Yeah, Diggs, can you?") or a word ("Ready?")."""
    last = last_sentence(text)
    if not is_question(last):
        return False
    return word_count(text) > MAX_HAND_OFF_WORDS or (word_count(last) >= MIN_SHORT_QUESTION_WORDS and not _HAND_OFF.search(last))


def _asks_by_name(text: str, name: str) -> bool:
    """Whether a paragraph asks the person `name` something of its own, addressing them by name
    (a hand-off, "Yeah, Diggs, can you?", leaves them the question already put)."""
    return word_count(text) > MAX_HAND_OFF_WORDS and _puts_question(text) and name_forms.addresses(text, name)


def _back_channel(b: Block) -> bool:
    """Whether a host's paragraph only keeps the guest going ("Yeah.", "Mm-hmm.", "Right, right."):
    a few words asking nothing."""
    return word_count(b.text) <= MAX_BACK_CHANNEL_WORDS and not is_question(b.text)


def _cut_off(text: str) -> bool:
    """Whether a turn breaks off mid-sentence on a dash ("…but they've basically-")."""
    return bool(_BROKEN_OFF.search(text))


def _remark(text: str) -> bool:
    """Whether an asker's paragraph is a remark of their own rather than a prompt: longer than a
    statement put to the interviewee, not ending on a request, and going on for two sentences or
    more after its last question ("…When you left the show, what did you want? Talk to me about
    your career focus." and "…doesn't it just make the famous bigger? And she acknowledged
    concerns." ask; a story quoting a question it then answers itself does not)."""
    sentences = [text[start:end] for start, end in sentence_spans(text)] or [text]
    asking = [k for k, sentence in enumerate(sentences) if is_question(sentence)]
    after_last_question = len(sentences) - 1 - asking[-1] if asking else len(sentences)
    return (
        word_count(text) > MAX_REMARK_PROMPT_WORDS and after_last_question >= 2
        and not REQUEST.match(sentences[-1]) and not REQUEST_ENDING.search(sentences[-1])
        # "…Let's talk now about the Lightning Torch. Perhaps you could just tell us what it is.":
        # a request at the end of a paragraph of moderate length asks about what came before it.
        and not (word_count(text) <= MAX_JOINED_PROMPT_WORDS and ASKING_STATEMENT.search(sentences[-1]))
    )


# Before its first question, an asker's paragraph telling this many sentences of its own tells, not asks.
MIN_TOLD_SENTENCES = 3


def _told_before_asking(text: str) -> int:
    """Where the questions start in an asker's paragraph that first tells `MIN_TOLD_SENTENCES`
    sentences or more, in more than `MAX_REMARK_PROMPT_WORDS` words, of its own; 0 for any other
    ("Your play seems to address real and fake Arabs. Why…?" asks)."""
    spans = sentence_spans(text)
    first = next((k for k, (start, end) in enumerate(spans) if is_question(text[start:end])), None)
    if first is None or first < MIN_TOLD_SENTENCES or word_count(text[: spans[first][0]]) <= MAX_REMARK_PROMPT_WORDS:
        return 0
    return spans[first][0]


def _presents(text: str) -> bool:
    """Whether an asker's paragraph opens a show or presents someone at more length than a
    greeting ("Welcome to the show. Today my guest is Lena Park." is the prompt her thanks answer;
    "…our guest for today is Matt Jaffee, who works for Pilosa, working on…" states facts)."""
    return word_count(text) > MAX_GREETING_WORDS and len(sentence_spans(text)) >= 2 and bool(PRESENTING.search(text))


def _stands_alone_asking(blocks: list[Block], index: int, current: Person) -> bool:
    """Whether the block at `index`, in `current`'s answering turn, is a short question of the
    interviewer's standing alone before a paragraph that is no question."""
    following = blocks[index + 1].text if index + 1 < len(blocks) else None
    text = blocks[index].text
    return (
        not current.asks and current.name is not None and following is not None and not is_question(following)
        and presskit.is_short_question(text) and not FIRST_PERSON.search(text)
    )


def _closed_quotation(text: str) -> bool:
    """Whether a turn is a quotation opened and closed within it ("“…”", '"…".')."""
    if text.startswith("“"):
        return text.count("“") == text.count("”")
    return text.startswith('"') and text.count('"') % 2 == 0


def _asker_passages(turn_list: list) -> list[Exchange]:
    """The asker's own words that are no prompt (narration, a question no one answers); after a
    turn that only thanks ("Dan: Thanks for the feedback!"), the paragraphs going on unlabelled are
    the page's closing words ("We love sharing community stories…"), no one's (not a murmur: "Wow.")."""
    passages = []
    for person, turn_blocks in turn_list:
        if len(turn_blocks) > 1 and SIGN_OFF.match(turns.text_after_label(turn_blocks[0].text)) and not _back_channel(turn_blocks[1]):
            passages += [Exchange(None, person.name, tuple(turn_blocks[:1])), Exchange(None, None, tuple(turn_blocks[1:]))]
        elif turn_blocks:
            passages.append(Exchange(None, person.name, tuple(turn_blocks)))
    return passages
