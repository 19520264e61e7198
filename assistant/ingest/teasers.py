"""Listing pages' teasers, where a site runs an interview's heading, its question and the start of
its answer together ("Interview with Carlos Segundo, director of Big Bang What interested you in
Big Bang?Big Bang is the second short film…"), and paragraphs that open with their question or
hold a label after one ("… the project? Jayme Lemons: My …"): cut back into heading, question
and answer. Pure functions over blocks."""

from __future__ import annotations

import re
from collections import Counter

from assistant.cues import ANSWER_LABELS, FIRST_PERSON, FIRST_PLURAL, HONORIFICS, INTERVIEW_BEFORE_NAME, QUESTION_LABELS, QUESTION_OPENER, ROLE_OF_FILM, SECOND_PERSON
from assistant.noise_cues import READ_MORE_LINE
from assistant.ingest import label_use, name_forms, names, turns
from assistant.ingest.blocks import Block
from assistant.ingest.presskit import MAX_QUESTION_WORDS, is_question
from assistant.text import sentence_spans, word_count

# A question mark run into the next sentence's capital, where a page's paragraph break was lost:
# "…such as a drawing?The seed for the story…".
# French sets a space before it ("…sur ce sujet ?En participant…").
_GLUED_QUESTION = re.compile(r"(?:(?<=[a-zß-ÿ\d”’)\]]\?)|(?<=[a-zß-ÿ\d”’)\]][ \u00a0\u202f]\?))(?=[A-ZÀ-ÖØ-Þ“])")
# A role and "of" after an interviewee's name: the film's title follows ("…, director of Bellus").
_ROLE_OF = re.compile(rf"\s*,?\s*{ROLE_OF_FILM}\s*", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*[\[(][^\])]{1,60}[\])]")
# Paragraphs opening with their question: at least this many, and this share of the paragraphs.
MIN_OPENING_QUESTIONS = 2
OPENING_QUESTION_SHARE = 0.6
# A question asked later in such a paragraph has at least this many words ("Why?" is the speaker's).
MIN_LATER_QUESTION_WORDS = 5
# A label after a finished sentence inside a paragraph: "… the project? Jayme Lemons: My …".
_INLINE_LABEL = re.compile(r"(?<=[.?!…])[\"”’)]?\s*(?P<label>(?:[a-z](?=[A-Z]{2}))?[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3})\s?[:：]\s")
# "Ms. Park:" is one label: the full stop of a title before a name ends no sentence.
# A label opening a line: "Filmmaker: Why this movie?".
_OPENING_LABEL = re.compile(r"^\s*([A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3})\s?[:：]\s")
_HONORIFIC_BEFORE = re.compile(rf"(?:^|\s)(?:{'|'.join((*HONORIFICS, 'St', 'Sr', 'Jr'))})\.\s*$")
# The heading levels a teaser's parts are given: the interview's, and its prompt's below it.
SECTION_LEVEL, PROMPT_LEVEL = 2, 3
MAX_TITLE_WORDS = 12
MIN_TITLE_CHARS = 3
# The words a question opens with, as a capitalised word inside a heading's line, in English and
# French, and the words putting it to "you" ("Votre film aborde la boxe : qu’est-ce qui…").
_QUESTION_OPENING = re.compile(
    r"(?<=\s)(?:Who|Whom|Whose|What|Which|Why|How|When|Where|Was|Were|Is|Are|Did|Do|Does|Can|Could|Would|Will|Have|Had|Has|Should|"
    r"You|Your|Pourquoi|Comment|Quel|Quelle|Quels|Quelles|Qu[’']est-ce|Que|Qui|Où|Quand|Combien|Est-ce|Vous|Votre|Vos|"
    r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+-vous)(?=[\s,?])"
)


def glued_apart(b: Block) -> list[Block]:
    """The block cut after each question mark run into the next sentence ("drawing?The seed")."""
    if b.heading:
        return [b]
    text = b.text
    # Not inside a web address ("page?Id=3").
    return _cut(b, [m.start() for m in _GLUED_QUESTION.finditer(text) if not re.search(r"[/=&]", _token_at(text, m.start()))])


def _cut(b: Block, offsets: list[int]) -> list[Block]:
    """The block cut at each of these character offsets of its text (in order); no empty part."""
    parts: list[Block] = []
    rest, consumed, text = b, 0, b.text
    for offset in offsets:
        head, rest = rest.split(offset - consumed)
        # The rest starts at its first non-space character.
        consumed = offset + len(text[offset:]) - len(text[offset:].lstrip())
        parts.append(head)
    return [part for part in [*parts, rest] if part.text]


def _token_at(text: str, position: int) -> str:
    """The run of non-space characters around `position`."""
    start = text.rfind(" ", 0, position) + 1
    end = text.find(" ", position)
    return text[start : end if end >= 0 else len(text)]


def heading_question_apart(b: Block) -> list[Block]:
    """A teaser naming whose interview it is, then asking, then starting the answer ("Interview with
    Alexis Pazoumian, director of Bellus What did you want to explore…?", "Entretien avec Clémence
    Le Gall, réalisatrice de Le Chant du feu Pourquoi…? …?J’ai grandi…"), cut into that heading,
    the prompt (to its last question mark) and the answer after it. The heading ends with the
    film's title where the teaser names the film again ("…director of Big Bang What interested you
    in … Big Bang?"), else before the first word opening a question or putting it to "you"."""
    text = b.text
    asked_end = text.rfind("?") + 1
    intro = INTERVIEW_BEFORE_NAME.match(text)
    if b.heading or intro is None or not asked_end:
        return [b]
    named = names.names_at(intro.group("name"))
    if not named:
        return [b]
    after_names = text.find(named[-1], intro.start("name")) + len(named[-1])
    start = _after_repeated_title(text, after_names, asked_end) or _first_opening(text, after_names, asked_end)
    if start is None or word_count(text[start:asked_end]) > 2 * MAX_QUESTION_WORDS:
        return [b]
    head, rest = b.split(start)
    answer_at = len(rest.text) - len(text[asked_end:].lstrip())
    prompt, answer = rest.split(answer_at) if text[asked_end:].strip() and 0 < answer_at < len(rest.text) else (rest, None)
    # The prompt is set as a question heading is, so it is read as asked in any language.
    parts = [Block(head.lines, SECTION_LEVEL, head.emphasis), Block(prompt.lines, PROMPT_LEVEL, prompt.emphasis)]
    return parts + ([answer] if answer is not None else [])


def _after_repeated_title(text: str, after_names: int, asked_end: int) -> int | None:
    """Where the prompt starts after a role and the film's title ("…, réalisatrice de Ce n’est rien
    Dans Ce n’est rien, à quel point…?"): the longest run of words after the role that the teaser
    says again, with a bracketed translation after it; None when it never repeats."""
    role = _ROLE_OF.match(text, after_names)
    if role is None:
        return None
    words = text[role.end():asked_end].split(" ")
    end = None
    for k in range(1, min(len(words), MAX_TITLE_WORDS) + 1):
        title = " ".join(words[:k])
        stop = role.end() + len(title)
        if len(title) >= MIN_TITLE_CHARS and text.find(title, stop) >= 0:
            end = stop
    if end is None:
        return None
    bracket = _BRACKETED.match(text, end)
    end = bracket.end() if bracket else end
    start = end + len(text[end:]) - len(text[end:].lstrip())
    return start if start < asked_end and text[start:start + 1].isupper() else None


def _first_opening(text: str, after_names: int, asked_end: int) -> int | None:
    """Where the first word opening a question or putting it to "you" stands after the names; one
    before a capital may still be the title's ("director of Who Cares Why did…")."""
    starts = list(_QUESTION_OPENING.finditer(text, after_names, asked_end))
    if not starts:
        return None
    return next((m for m in starts if re.match(r"\s+[a-zß-ÿ]", text[m.end():])), starts[0]).start()


def opening_question_end(b: Block) -> int:
    """Where the question a paragraph opens with ends, after a premise if one leads to it
    ("Cambodia 2099 is a co-production. In your opinion, what does France offer? My group…"): the
    last of the opening sentences that asks, before any saying "I"; 0 when none asks or nothing
    follows."""
    spans = sentence_spans(b.text)
    end = 0
    for start, stop in spans[:-1]:
        sentence = b.text[start:stop]
        if FIRST_PERSON.search(sentence):
            break
        if is_question(sentence):
            end = stop
    return end if end and word_count(b.text[:end]) <= MAX_QUESTION_WORDS else 0


def split_opening_questions(blocks: list[Block]) -> list[Block]:
    """In a text with no emphasis, labels or question paragraphs of its own, where most
    paragraphs open with a question and go on with its answer ("Why night buses? I grew up on
    them."), each such paragraph cut into the question and the answer."""
    body = [b for b in blocks if not b.heading and not READ_MORE_LINE.match(b.text)]
    if any(b.emphasis for b in blocks) or label_use.accepted_labels(blocks) or any(is_question(b.text) for b in body):
        return blocks
    openings = {id(b): end for b in body if (end := opening_question_end(b))}
    # A page may run the whole interview into one paragraph: its later questions are cut out too.
    cuts = {id(b): [openings[id(b)], *(offset for span in _asked_later(b) for offset in span)] for b in body if id(b) in openings}
    asked = sum(1 + (len(offsets) - 1) // 2 for offsets in cuts.values())
    # Where every one puts its question to "you" and is answered in the first person, a page of
    # teasers whose other paragraphs lost their questions is read too.
    answered = all(_answered_in_person(b, openings[id(b)]) for b in body if id(b) in openings)
    if asked < MIN_OPENING_QUESTIONS or (asked < OPENING_QUESTION_SHARE * len(body) and not answered):
        return blocks
    return [part for b in blocks for part in (_cut(b, cuts[id(b)]) if id(b) in cuts else (b,))]


def _answered_in_person(b: Block, end: int) -> bool:
    """Whether a paragraph's opening question (to `end`) is put to "you" and what follows says "I" or "we"."""
    return bool(SECOND_PERSON.search(b.text[:end])) and bool(FIRST_PERSON.search(b.text[end:]) or FIRST_PLURAL.search(b.text[end:]))


def _asked_later(b: Block) -> list[tuple[int, int]]:
    """Spans of the questions a paragraph asks after its opening answer has begun, where a page ran
    an interview into one paragraph ("…to write some of it down. Who or what were the influences
    on your career? I think that…"): a sentence opening as a question does, putting it to "you"
    and not saying "I", of at least MIN_LATER_QUESTION_WORDS, after one that does not ask and
    before one saying "I" or "we" ("Do you know what I mean? I…" is the speaker's own)."""
    text = b.text
    spans = sentence_spans(text)
    found = []
    for (start, stop), (after, after_stop) in zip(spans[1:], spans[2:]):
        sentence = text[start:stop]
        if (
            is_question(sentence)
            and not is_question(text[:start].rstrip())
            and QUESTION_OPENER.match(sentence)
            and SECOND_PERSON.search(sentence)
            and not FIRST_PERSON.search(sentence)
            and word_count(sentence) >= MIN_LATER_QUESTION_WORDS
            and (FIRST_PERSON.search(text[after:after_stop]) or FIRST_PLURAL.search(text[after:after_stop]))
        ):
            found.append((start, stop))
    return found


def split_inline(blocks: list[Block], named: list[str]) -> list[Block]:
    """Blocks split where a sentence ends and a label naming someone a heading names opens the
    next ("… Can you talk about the genesis? Jayme Lemons: My partner …", as teasers print it)."""
    keys = name_forms.label_forms(named)
    # A label opening two paragraphs or more that run on into their answers ("Filmmaker: Why
    # this movie? Smirnoff: Puzzle was…", a magazine asking in its own name): it asks.
    openers = Counter(names.fold(m.group(1)) for b in blocks if not b.heading for _, line in b.lines if (m := _OPENING_LABEL.match(line)))
    result: list[Block] = []
    for b in blocks:
        pieces = [[]]
        # After a "Q:" question, a full name and a colon open the answer ("Q : …? Paul Dano : …"),
        # and so does an answer marker ("Q: Why buses? A: I grew up…"); after a recurring
        # asker's question, a name of one word or more.
        label = turns.label_of(b)
        asked = label is not None and label.style == "qa" and label.key in QUESTION_LABELS
        for place, line in b.lines:
            opener = names.fold(m.group(1)) if (m := _OPENING_LABEL.match(line)) else None
            recurring = opener is not None and not asked and openers[opener] >= 2
            if recurring and pieces[-1]:
                # The asker's label opening a line starts the next teaser.
                pieces.append([])
            found = [m for m in _INLINE_LABEL.finditer(line) if not _HONORIFIC_BEFORE.search(line[: m.start()])]
            answers = [
                k for k, m in enumerate(found)
                if names.fold(m.group("label")) in keys or (asked and (_names_one_after_question(line, m) or names.fold(m.group("label")) in ANSWER_LABELS))
                or (recurring and _names_one_after_question(line, m, least=1) and names.fold(m.group("label")) != opener)
                # …and the asker's own label again opens the next question ("… Filmmaker: Why…?").
                or (recurring and names.fold(m.group("label")) == opener)
            ]
            # "… we begin with the interview. fGR: We heard … Rima Das: They were …": the label just
            # before the answer's opens the question it answers.
            asking = [k - 1 for k in answers[:1] if k and k - 1 not in answers]
            cuts = [0] + [found[k].start("label") for k in sorted({*answers, *asking})]
            for index, (a, z) in enumerate(zip(cuts, cuts[1:] + [len(line)])):
                if index:
                    pieces.append([])
                pieces[-1].append((place, line[a:z].strip()))
        if b.heading or len(pieces) == 1:
            result.append(b)
        else:
            result.extend(Block(tuple(piece)) for piece in pieces)
    return result


def _names_one_after_question(line: str, match: re.Match, least: int = 2) -> bool:
    """Whether an inline label is a name of at least `least` words right after a question mark."""
    label = match.group("label")
    return line[: match.start()].rstrip(" \"”’)").endswith("?") and len(label.split()) >= least and names.is_person_name(label)
