"""Which of the labels found at the start of blocks (`turns.label_of`) a document really uses as
speaker labels: recurring ones, bold or capitals beside them, names a heading gives, a dialogue's;
not captions repeated under each picture, nor a fact sheet's fields."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from assistant.cues import ASKING_STATEMENT, AUDIENCE_LABELS, ENGLISH_ARTICLES, QUESTION_LABELS
from assistant.ingest.blocks import Block
from assistant.ingest.names import fold, is_person_name
from assistant.ingest.name_forms import full_names_in, initials, initials_of, label_forms, named_as_place, resolve
from assistant.ingest.presskit import is_question, is_short_question
from assistant.ingest.titles import outlet_of
from assistant.ingest.turns import Label, label_of
from assistant.text import LINE_ENDS_SENTENCE, word_count

# Turns labelled once each are a dialogue when at least this many say a sentence or more (this
# many words), under two names or more, some asking and some answering.
MIN_DIALOGUE_TURNS = 3
MIN_TURN_WORDS = 8
# A fact sheet's field holds a value of at most this many words, ending no sentence ("Primary
# Genre: Zombie Apocalypse / Speculative Fiction / Indigenous Horror").
MAX_FIELD_WORDS = 10
# A headline quoting someone ("Name: 'words'") runs to this many words at most.
MAX_HEADLINE_WORDS = 25
# A name at least this long ending a word in capitals may be a label with a caption run into it.
MIN_GLUED_NAME = 4


def accepted_labels(blocks: list[Block], named: Iterable[str] = ()) -> dict[int, Label]:
    """The blocks (by position) that open with a label the document really uses. A document uses
    labels when one recurs or Q/A markers do; then every label set in bold or capitals counts,
    and a plain "Name:" when it recurs or is the full first form of a recurring surname ("Kenny
    Malone, host" beside "Malone"). Two different bold labels are labels even if none recurs, and
    so is the name or surname of someone a heading names (`named`: "Q&A with Paul Schrader"); where
    two such answer, so does any full name answering a question ("Jessica Kingdon: I did…" under
    "Q&A with Amir Thompson"): another voice, never the heading's person. A full name before a
    quotation is a label wherever it stands; so are names labelling a dialogue once each
    ("Journaliste : …?", "Juliane Moore : …", "Kristen : …"), and a full name answering a "Q:"."""
    people = label_forms(list(named))
    candidates = {i: _unglued(label, people) for i, block in enumerate(blocks) if (label := label_of(block)) is not None}
    lower_case = {i: candidates.pop(i) for i in [i for i, label in candidates.items() if label.style == "lower"]}
    counts = Counter(label.key for label in candidates.values())
    # "STEVEN YEUN, ACTOR:" then "YEUN:": a surname label stands for the full name it ends, and so
    # the speaker recurs; so do initials in capitals for the one full name they abbreviate
    # ("Rajiv Jain:" once, then "RJ:" or "R J:").
    full_names = [key for key in counts if len(key.split()) >= 2 and initials_of(key) is None]
    full_name_of = {key.split()[-1]: key for key in full_names}
    abbreviated = Counter(initials(key) for key in full_names)
    for label in candidates.values():
        letters = initials_of(label.name)
        if letters is not None and label.name.isupper() and abbreviated[letters.upper()] == 1:
            full_name_of[label.key] = next(key for key in full_names if initials(key) == letters.upper())
    per_person = Counter(full_name_of.get(key, key) for key in counts.elements())
    captions = _captions(blocks, candidates, counts) | _fields(blocks, candidates)
    recurring = {key for key in counts if per_person[full_name_of.get(key, key)] >= 2} - captions
    qa = sum(label.style == "qa" for label in candidates.values())
    labelled = bool(recurring) or qa >= 2
    bold = len({label.key for label in candidates.values() if label.style == "bold"})
    headed = sum(label.key in people for label in candidates.values()) >= 2
    # The labelled lines saying a sentence or more.
    saying = {i for i, label in candidates.items() if word_count(blocks[i].text[label.start :]) >= MIN_TURN_WORDS}
    spoken = {i for i in saying if candidates[i].style in ("plain", "qa")}
    asking = sum(is_question(blocks[i].text) for i in spoken)
    dialogue = len(spoken) >= MIN_DIALOGUE_TURNS and len({candidates[i].key for i in spoken}) >= 2 and 0 < asking < len(spoken)
    # Two people and no one else labelled past the first line, the first asking and the second
    # answering ("Kern: … are there any Q&As that you've been to that are so bad…?" / "Henry: The
    # one after The Report…"), are a dialogue too; so is an outlet asking one the text names in
    # full ("Filmmaker: …?" / "Riegel: …" under "Editor Tatiana Riegel on…"), and so are surnames
    # in capitals ("HULLFISH: …?" / "AXELRAD: …" under "Editor John Axelrad, ACE, has…").
    pair = sorted(i for i in saying if candidates[i].style in ("plain", "caps"))
    first, second = pair if len(pair) == 2 else (None, None)
    dialogue = dialogue or (
        first is not None and len({label.key for i, label in candidates.items() if i > 0}) == 2
        and candidates[first].key != candidates[second].key
        and is_question(blocks[first].text) and not is_question(blocks[second].text)
        and is_person_name(_as_written(candidates[second].name))
        and (
            (candidates[first].style == candidates[second].style == "plain" and is_person_name(candidates[first].name))
            or _named_in_full(candidates[second].name, blocks)
        )
    )
    opening = set(opening_exchange(blocks, candidates) or ())
    answering = _named_answers(blocks, candidates, saying)
    # "Reading Group Choices Q&A with Anne Nesbet" over "Reading Group Choices: …": the outlet asks.
    outlets = {fold(outlet) for outlet in heading_outlets(blocks)}
    accepted = {}
    for index, label in candidates.items():
        last_word = label.key.split()[-1] if label.key.split() else ""
        if label.key in captions:
            continue
        if (
            (label.style == "qa" and qa >= 2)
            or label.key in recurring
            or (labelled and label.style in ("bold", "caps"))
            or (label.style == "bold" and bold >= 2)
            or (len(label.key.split()) > 1 and last_word in recurring)
            or label.key in people
            or (headed and len(label.name.split()) >= 2 and is_person_name(label.name) and index > 0 and is_question(blocks[index - 1].text))
            or (_quoted_statement(blocks[index], label) and not _headline(blocks, candidates, index) and not _place_or_topic(label.name, blocks))
            or (dialogue and index in spoken | {first, second})
            or index in opening
            or index in answering
            or (qa >= 2 and _answers_a_q(candidates, index))
            or label.key in outlets
            # "Audience Member:" once beside recurring labels: the audience asking, however rarely.
            or (labelled and label.key in AUDIENCE_LABELS)
        ):
            accepted[index] = label
    # "Lou:" once beside "James:" recurring: the first name of someone the text names in full
    # ("Lou Diamond Phillips & James C. Clayton star in…") labels a turn too.
    once = [i for i, label in candidates.items() if labelled and i not in accepted and label.style == "plain" and len(label.key.split()) == 1 and len(label.key) >= 2]
    if once:
        firsts = {fold(name).split()[0] for name in full_names_in(" ".join(block.text for block in blocks)) if is_person_name(name)}
        accepted |= {i: candidates[i] for i in once if candidates[i].key in firsts}
    # "danah:" beside "Rebecca:": a name in lower case labels turns where it recurs, other labels
    # recur too, and the text speaks it ("Hello, danah.").
    lower_counts = Counter(label.key for label in lower_case.values())
    body = " ".join(block.text for block in blocks) if lower_case else ""
    for index, label in lower_case.items():
        if lower_counts[label.key] >= 2 and recurring and re.search(rf"\b{re.escape(label.raw)}\b(?!\s*:)", body):
            accepted[index] = label
    # A label over a question right before a named interviewee's labelled answer asks it ("RGC: …?"
    # then "Anne Nesbet: …"), whatever it stands for.
    for index, label in candidates.items():
        following = accepted.get(index + 1)
        if index not in accepted and following is not None and following.key in people and label.key not in people and is_question(blocks[index].text):
            accepted[index] = label
    return dict(sorted(accepted.items()))


def _unglued(label: Label, people: set[str]) -> Label:
    """A label in capitals whose last word ends with the name of someone interviewed, a caption
    run into it as web pages lose the line between an image and the text ("WE ARE COWBOYSTOMMY"
    under "we caught up with … Tommy Nagle"): the name alone."""
    last = label.raw.split()[-1] if label.style == "caps" and label.raw.split() else ""
    glued = [form for form in people if len(form) >= MIN_GLUED_NAME and len(last) > len(form) and fold(last).endswith(form)]
    return Label(last[-len(glued[0]) :], label.style, label.start) if len(glued) == 1 and label.key not in people else label


def heading_outlets(blocks: list[Block]) -> list[str]:
    """The outlets headings put before their interviews ("Reading Group Choices" in "Reading Group
    Choices Q&A with Anne Nesbet"), once each: they ask under their own name."""
    return list(dict.fromkeys(outlet for b in blocks if b.heading and (outlet := outlet_of(b.text))))


def _answers_a_q(candidates: dict[int, Label], index: int) -> bool:
    """Whether a full name labels the turn right after a "Q:" ("Q : …? Paul Dano : …"), as press
    conferences name who answers each journalist's question."""
    label, before = candidates[index], candidates.get(index - 1)
    return (
        before is not None and before.key in QUESTION_LABELS
        and len(label.name.split()) >= 2 and is_person_name(label.name)
    )


def opening_exchange(blocks: list[Block], candidates: dict[int, Label]) -> tuple[int, int] | None:
    """The positions of the asker's and the interviewee's labels in an interview that labels only
    its first exchange ("The Playlist: Congratulations on the nomination." / "Steven Yeun: Thank
    you.", then questions and answers unlabelled) or is one exchange: the only two labels, a
    paragraph apart at most, of two people, the second a full name; the first asks, or a question
    follows them unlabelled."""
    # A headline with a colon ("Reader’s Guide: ENON by Paul Harding") is no turn.
    candidates = {
        i: label for i, label in candidates.items()
        if LINE_ENDS_SENTENCE.search(blocks[i].text) or word_count(blocks[i].text[label.start :]) >= MIN_TURN_WORDS
    }
    if len(candidates) != 2:
        return None
    first, second = sorted(candidates)
    asker, answerer = candidates[first], candidates[second]
    if second - first > 2 or asker.key == answerer.key or "qa" in (asker.style, answerer.style):
        return None
    if len(answerer.name.split()) < 2 or not is_person_name(answerer.name):
        return None
    asked_later = any(is_short_question(b.text) for b in blocks[second + 1 :] if not b.heading)
    asking = blocks[first].text[asker.start :]
    return (first, second) if is_question(asking) or ASKING_STATEMENT.search(asking) or asked_later else None


def _named_answers(blocks: list[Block], candidates: dict[int, Label], saying: set[int]) -> set[int]:
    """The positions of full names labelling answers in press notes that label only who answers
    (a plain question, then "Jon Batiste: John Mayer and I…", later "Suleika Jaouad: I first
    heard…"): two people or more, each saying a sentence, one of them right after a question no
    label asks."""
    named = {
        i for i in saying
        if candidates[i].style == "plain" and len(candidates[i].name.split()) >= 2 and is_person_name(candidates[i].name)
        and LINE_ENDS_SENTENCE.search(blocks[i].text)
    }
    after_question = any(i > 0 and i - 1 not in candidates and is_question(blocks[i - 1].text) for i in named)
    return named if after_question and len({candidates[i].key for i in named}) >= 2 else set()


def _as_written(name: str) -> str:
    """A label in capitals as a name is written ("AXELRAD" → "Axelrad"); other labels as they are."""
    return name.title() if name.isupper() else name


def _named_in_full(label: str, blocks: list[Block]) -> bool:
    """Whether a one-word label is the surname or first name of exactly one full name the text gives."""
    return len(label.split()) == 1 and resolve(label, sorted({name for block in blocks for name in full_names_in(block.text)})) is not None


def _headline(blocks: list[Block], candidates: dict[int, Label], index: int) -> bool:
    """Whether a full name before a quotation is a page's headline ("Vicky Jones: 'Fleabag felt
    like a tipping point for feminism'"): the only label, on a line of its own before anything
    is asked."""
    return (
        len(candidates) == 1 and len(blocks[index].lines) == 1 and word_count(blocks[index].text) <= MAX_HEADLINE_WORDS
        and not any(is_question(b.text) for b in blocks[:index])
    )


def _place_or_topic(name: str, blocks: list[Block]) -> bool:
    """Whether a name before a quotation is a topic's ("Boston Garden: "…"", "The American Dream:
    "…""): it opens on an article, or the text names it as a place ("…tomorrow at Boston Garden")."""
    return fold(name.split()[0]) in ENGLISH_ARTICLES or named_as_place(name, "\n".join(block.text for block in blocks))


def _quoted_statement(block: Block, label: Label) -> bool:
    """A full name and a colon before a quotation: a statement given to them, however seldom the
    document labels anyone ("Sinisa Cvetic: "In the XXI century, …"")."""
    return len(label.name.split()) >= 2 and is_person_name(label.name) and block.text[label.start :].lstrip().startswith(("“", '"'))


def _captions(blocks: list[Block], candidates: dict[int, Label], counts: Counter[str]) -> set[str]:
    """Plain labels that recur (`counts`) saying the same words every time, a caption a page
    repeats ("Case Study: MagicSchool transforms K-12 education…" in each slide of a carousel), or
    a person's name alone every time, a field of a listing ("Moderation: Maria Giovanna" under each
    film): no one's turns."""
    said: dict[str, set[str]] = {}
    plain: Counter[str] = Counter()
    for i, label in candidates.items():
        if label.style == "plain":
            said.setdefault(label.key, set()).add(blocks[i].text[label.start :].strip())
            plain[label.key] += 1
    # Every time plain: a speaker's bold label that lost its bold once (a time code cut after it)
    # is no caption for saying one thing that time.
    return {
        key for key, texts in said.items()
        if "" not in texts and plain[key] == counts[key] >= 2
        and (len({fold(text) for text in texts}) == 1 or all(is_person_name(text) for text in texts))
    }


def _fields(blocks: list[Block], candidates: dict[int, Label]) -> set[str]:
    """Labels only ever followed, on their line, by a short value ending no sentence ("Release
    Date: June 2026", "Print Length: 518 pages", "Neurotype: Autistic ADHD"): a fact sheet's
    fields, no one's turns (a speaker says a sentence somewhere, or a label stands alone over it)."""
    values: dict[str, list[str]] = {}
    for i, label in candidates.items():
        if label.style != "qa":
            # The value on the label's own line: a plain text's fact sheet is one paragraph of them.
            first_line = len(" ".join(blocks[i].lines[0][1].split())) if blocks[i].lines else len(blocks[i].text)
            values.setdefault(label.key, []).append(blocks[i].text[label.start : max(first_line, label.start)].strip())
    return {
        key for key, rests in values.items()
        if all(rest and word_count(rest) <= MAX_FIELD_WORDS and not LINE_ENDS_SENTENCE.search(rest) for rest in rests)
    }
