"""From blocks to who said what: sections from headings, then in each section the interviewer's
prompts and the attributed answers, read from whatever the document marks them with: speaker
labels, Q/A markers, bold or italic questions, questions as headings, or (when nothing marks
them) the plain-text cues. Pure functions: a Source and the sidecar in, a Layout out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.cues import (
    BOILERPLATE,
    CAPTION,
    DIRECTORS_STATEMENT,
    INTERVIEW_BEFORE_NAME,
    ROLE_WORDS,
    SECOND_PERSON,
    STAGE_DIRECTION_WORDS,
)
from assistant.ingest import credits, names, presskit, turns
from assistant.ingest.blocks import Block, Source
from assistant.ingest.presskit import INTERVIEW_HEADING, is_question
from assistant.text import LINE_ENDS_SENTENCE, word_count

# An emphasized paragraph this long is running text (a standfirst), not a question.
MAX_PROMPT_WORDS = 60
# Fields of front matter or metadata that introduce the interview.
INTRO_FIELDS = ("excerpt", "description", "blurb", "summary", "subtitle", "subtitle", "lead", "standfirst", "intro", "teaser")
# Fields that name the interviewee outright.
INTERVIEWEE_FIELDS = ("interviewee", "name", "guest", "subject", "person", "artist")
_PULL_QUOTE = re.compile(r"^[\"“‘'«].+[\"”’'»][.!?…]?$")
_DIRECTION = re.compile(r"\s*\(([^()]{1,120})\)")


@dataclass(frozen=True)
class Exchange:
    """A prompt (None when nothing was asked) and the answer blocks, with who gave them."""

    prompt: str | None
    speaker: str | None
    answer: tuple[Block, ...]


@dataclass(frozen=True)
class Section:
    """A heading (or the document title) and its exchanges."""

    title: str
    exchanges: tuple[Exchange, ...]


@dataclass(frozen=True)
class Layout:
    """A document understood: its sections, who asked, roles and characters it states, and what
    could not be understood (each warning names the fix)."""

    sections: tuple[Section, ...]
    interviewers: tuple[str, ...] = ()
    roles: dict[str, str] = field(default_factory=dict)
    characters: dict[str, list[str]] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Hints:
    interviewees: list[str]
    interviewers: list[str]
    aliases: dict[str, str]
    known: list[str] = field(default_factory=list)


def without_directions(text: str) -> str:
    """Text without bracketed stage directions: "(LAUGHTER)", "(SOUNDBITE OF MUSIC)", "(laughs)",
    "(As Grimes, singing)"; other brackets ("(Translation by …)", "(directed by …)") stay."""
    def keep(match: re.Match) -> str:
        inner = match.group(1)
        letters = [c for c in inner if c.isalpha()]
        capitals = letters and all(c.isupper() for c in letters) and len(letters) >= 2
        words = names.fold(inner).replace(",", " ").split()
        direction = bool(words) and (words[0] in STAGE_DIRECTION_WORDS or (words[0] == "as" and inner[3:4].isupper()))
        return "" if capitals or direction else match.group()

    return " ".join(_DIRECTION.sub(keep, text).split())


def _clean(block: Block) -> Block | None:
    """The block without stage directions (line by line), or None when nothing else is left."""
    lines = tuple((place, without_directions(line)) for place, line in block.lines)
    lines = tuple(line for line in lines if any(c.isalpha() for c in line[1]))
    if not lines:
        return None
    if lines == tuple((p, " ".join(t.split())) for p, t in block.lines):
        return block
    return Block(lines, block.heading)


def lay_out(source: Source, meta: dict, title: str) -> Layout:
    """Who said what in a document read into `source`, with `meta` from its sidecar file."""
    body = source.text
    blocks = _prepared(source)
    label_at = turns.accepted_labels(blocks)
    label_at = {i: label for i, label in label_at.items() if not blocks[i].heading}
    hints = _hints(source, meta, title, blocks, label_at)
    stated_roles, stated_characters = credits.roles_and_characters([b.text for b in blocks], hints.interviewees)
    # "Q&A with Maria Ruiz (Elena)", "JOHN SMITH (DIRECTOR)": a heading gives a character or role.
    for person, part in (pair for b in blocks if b.heading for pair in names.bracketed_parts(b.text, body)):
        if names.fold(part) in ROLE_WORDS:
            stated_roles.setdefault(names.fold(part), person)
        else:
            stated_characters.setdefault(part, [person])
    roles = {**stated_roles, **_string_map(meta.get("roles"))}
    characters = {**stated_characters, **(meta.get("characters") or {})}
    # Names a label may stand for: the interviewees named anywhere, the cast, who is featured.
    cast = [actor for actors in characters.values() for actor in actors]
    hints = replace(hints, known=_fullest([*hints.interviewees, *cast, *names.featured(body)]))
    people = turns.identify(list(label_at.values()), hints.known, hints.aliases, hints.interviewers, body)
    people = turns.mark_askers(people, [(label.key, blocks[i].text[label.start:]) for i, label in label_at.items()])
    people = turns.name_everyone(people)
    warnings: list[str] = []
    sections = []
    interviewee = _single(hints.interviewees)
    for section_title, speaker, indices in _sections(blocks, title, hints, roles, body, warnings):
        section_labels = {j: label_at[i] for j, i in enumerate(indices) if i in label_at}
        exchanges = _arrange([blocks[i] for i in indices], section_labels, people, speaker, speaker or interviewee)
        if exchanges:
            sections.append(Section(section_title, tuple(exchanges)))
    named_askers = [p.name for p in people.values() if p.asks and p.name]
    askers = tuple(dict.fromkeys(named_askers or (hints.interviewers if any(e.prompt for s in sections for e in s.exchanges) else [])))
    return Layout(tuple(sections), askers, roles, characters, tuple(warnings))


def _string_map(value) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _single(values: list[str]) -> str | None:
    return values[0] if len(values) == 1 else None


def _prepared(source: Source) -> list[Block]:
    """The source's blocks without stage directions and empty or caption blocks; a printed
    export's lines joined into blocks; headings in capitals in plain text marked."""
    if source.printed:
        lines = [Block((line,), b.heading, ()) for b in source.blocks for line in b.lines]
        heads = presskit.printed_headings([line.text for line in lines])
        lines = [replace(line, heading=1) if head else line for line, head in zip(lines, heads)]
        labelled = turns.accepted_labels(lines)
        blocks = presskit.join_printed(lines, [i in labelled for i in range(len(lines))])
    else:
        blocks = _split_at_labels(list(source.blocks))
        blocks = [_capital_heading(b, blocks[i - 1] if i else None) for i, b in enumerate(blocks)]
    cleaned = [_clean(b) for b in blocks]
    return [b for b in cleaned if b is not None and not (CAPTION.match(b.text) and word_count(b.text) <= 25)]


def _split_at_labels(blocks: list[Block]) -> list[Block]:
    """Blocks split before inner lines that open with a label the document uses ("Q: …" and
    "A: …" on consecutive lines of one paragraph)."""
    lines = [Block((line,)) for b in blocks if len(b.lines) > 1 for line in b.lines]
    keys = {label.key for label in turns.accepted_labels(lines).values()} if lines else set()
    result: list[Block] = []
    for b in blocks:
        starts = [0] + [j for j, line in enumerate(b.lines) if j and (lab := turns.label_of(Block((line,)))) and lab.key in keys]
        if len(starts) == 1:
            result.append(b)
            continue
        for a, z in zip(starts, starts[1:] + [len(b.lines)]):
            result.append(Block(b.lines[a:z], b.heading))
    return result


def _capital_heading(b: Block, previous: Block | None) -> Block:
    """A one-line block in capitals after a finished sentence is a heading ("SYNOPSIS", "CAST")."""
    heading = presskit.is_plain_heading(b.text) or bool(INTERVIEW_HEADING.match(b.text))
    if b.heading or len(b.lines) != 1 or not heading or b.text.startswith("("):
        return b
    after_sentence = previous is None or previous.heading or bool(LINE_ENDS_SENTENCE.search(previous.text))
    return replace(b, heading=2) if after_sentence or previous.text == previous.text.upper() else b


def _hints(source: Source, meta: dict, title: str, blocks: list[Block], label_at: dict) -> _Hints:
    """Who the sidecar, metadata, title and intro say is interviewed and who asks."""
    declared = meta.get("interviewees") or meta.get("interviewee") or []
    interviewees = [declared] if isinstance(declared, str) else [str(name) for name in declared]
    for key in INTERVIEWEE_FIELDS:
        value = source.fields.get(key)
        if value and len(value.split()) <= 5 and names.names_at(value):
            interviewees.extend(names.names_at(value))
    intro = [source.fields.get(key, "") for key in INTRO_FIELDS]
    first_label = min(label_at, default=len(blocks))
    intro += [b.text for b in blocks[: min(first_label, 4)] if not b.heading]
    # A heading before the first paragraph is the document's title; later ones head sections.
    leading = [b.text for b in blocks[: next((i for i, b in enumerate(blocks) if not b.heading), 0)]]
    for text in [title, source.title or "", *leading]:
        interviewees.extend(
            names.interviewees_in_title(text, source.text) or names.interviewees_in_intro(text) or names.name_alone(text, source.text, [])
        )
    for text in intro:
        interviewees.extend(names.interviewees_in_intro(text))
        interviewees.extend(names.bracketed_surnames(text))
    declared_askers = meta.get("interviewer") or meta.get("interviewers") or []
    interviewers = [declared_askers] if isinstance(declared_askers, str) else [str(n) for n in declared_askers]
    interviewers += [n for text in intro if (n := names.interviewer_in_intro(text))]
    if source.fields.get("author"):
        interviewers.append(source.fields["author"])
    interviewees = _fullest([n for n in interviewees if n and not any(names.fold(n) == names.fold(i) for i in interviewers)])
    return _Hints(interviewees, list(dict.fromkeys(interviewers)), _string_map(meta.get("aliases")))


def _fullest(found: list[str]) -> list[str]:
    """Names once each, a first name or surname dropped when a fuller name contains it."""
    unique = list(dict.fromkeys(found))
    return [n for n in unique if not any(n != m and set(names.fold(n).split()) < set(names.fold(m).split()) for m in unique)]


def _sections(blocks: list[Block], title: str, hints: _Hints, roles: dict[str, str], body: str, warnings: list[str]):
    """(title, interviewee, block positions) for each part of the document between headings.

    A heading naming someone starts their interview; "Director's statement" the director's; a
    question set as a heading is a prompt, a quotation set as one a pull quote (dropped); the
    document's own title is not a break. Text before any heading is the document's, whose
    interviewee is the one its title, intro or sidecar names (if exactly one)."""
    current_title, current_speaker, indices = title, _single(hints.interviewees), []
    seen_title = False
    for index, b in enumerate(blocks):
        text = b.text
        if not b.heading or is_question(text) and not _names_someone(text):
            indices.append(index)
            continue
        if _PULL_QUOTE.match(text):
            continue
        if not seen_title and not indices and names.fold(text) == names.fold(title):
            seen_title = True
            continue
        yield current_title, current_speaker, indices
        current_title, current_speaker, indices = _heading(text, hints, roles, body, warnings)
    yield current_title, current_speaker, indices


def _names_someone(text: str) -> bool:
    return bool(INTERVIEW_BEFORE_NAME.match(text)) and bool(names.interviewees_in_title(text))


def _heading(text: str, hints: _Hints, roles: dict[str, str], body: str, warnings: list[str]) -> tuple[str, str | None, list[int]]:
    """The title and interviewee of a section from its heading."""
    capitals = INTERVIEW_HEADING.match(text)
    if capitals:
        speaker = names.person_name(capitals.group("name"), body)
        return f"{presskit.title_words(capitals.group('prefix'))} {speaker}", speaker, []
    shown = presskit.title_words(text) if text.isupper() else text
    if DIRECTORS_STATEMENT.match(text):
        director = roles.get("director")
        if director is None:
            warnings.append(f"'{shown}' has no director to attribute it to: add \"roles\": {{\"director\": \"Name\"}} to the sidecar")
        return shown, director, []
    named = names.interviewees_in_title(text, body) or names.name_alone(shown, body, hints.interviewees)
    if named:
        return shown, named[0], []
    match = INTERVIEW_BEFORE_NAME.match(text)
    if match:
        role = " ".join(w for w in names.fold(match.group("name")).split() if w not in ("the", "our", "a", "an"))
        if role and all(w in ROLE_WORDS for w in role.split()):
            if role in roles:
                return shown, roles[role], []
            warnings.append(f"'{shown}' names no one: add \"roles\": {{\"{role}\": \"Name\"}} to the sidecar")
    return shown, None, []


def _arrange(blocks: list[Block], labels: dict, people: dict, speaker: str | None, interviewee: str | None) -> list[Exchange]:
    """The exchanges of one section, read the way the section marks its prompts. `speaker` is the
    interviewee its heading names; `interviewee` also the one the document names, who answers
    marked prompts in a section whose heading names no one."""
    if not blocks:
        return []
    prompts = _marked_prompts(blocks, 1 if labels else 2)
    if labels:
        return _from_turns(blocks, labels, people, interviewee, prompts - set(labels))
    if prompts:
        return _from_marked(blocks, prompts, interviewee)
    if speaker is not None:
        return _from_cues(blocks, speaker)
    return [Exchange(None, None, tuple(blocks))]


def _marked_prompts(blocks: list[Block], least: int = 2) -> set[int]:
    """Positions of prompts a section marks: questions set as headings, and paragraphs wholly in
    the emphasis (bold or italic) that short paragraphs before answers use most, when there are
    at least `least` of them (beside speaker labels, one is enough if it is a question)."""
    headings = {i for i, b in enumerate(blocks) if b.heading and is_question(b.text)}
    best: set[int] = set()
    for style in ("bold", "italic"):
        found = {
            i for i, b in enumerate(blocks)
            if not b.heading and b.wholly(style) and word_count(b.text) <= MAX_PROMPT_WORDS
            and i + 1 < len(blocks) and not blocks[i + 1].wholly(style) and (least > 1 or is_question(b.text))
        }
        if len(found) > len(best):
            best = found
    if len(best) < least:
        best = set()
    if best:
        first = min(best)
        b = blocks[first]
        if word_count(b.text) > 25 and not is_question(b.text) and not SECOND_PERSON.search(b.text):
            best.discard(first)
    marked = headings | best
    return marked if len(marked) >= least or (marked and len(blocks) > 1 and headings) else set()


def _from_marked(blocks: list[Block], prompts: set[int], speaker: str | None) -> list[Exchange]:
    """Exchanges where each marked prompt (consecutive ones joined) opens the answer after it."""
    exchanges: list[Exchange] = []
    prompt: list[str] = []
    answer: list[Block] = []

    def close() -> None:
        if answer:
            text = " ".join(prompt) or None
            exchanges.append(Exchange(text, speaker if text else None, tuple(answer)))

    for index, b in enumerate(blocks):
        if index in prompts:
            if answer:
                close()
                prompt, answer = [], []
            prompt.append(b.text)
        elif BOILERPLATE.search(b.text):
            close()
            prompt, answer = [], []
            exchanges.append(Exchange(None, None, (b,)))
        else:
            answer.append(b)
    close()
    return exchanges


def _from_cues(blocks: list[Block], speaker: str) -> list[Exchange]:
    """Exchanges of an interview whose prompts nothing marks, judged by the plain-text cues."""
    body = [b for b in blocks if not b.heading]
    roles = presskit.classify_blocks(body, presskit.wide_line_length(body))
    exchanges: list[Exchange] = []
    prompt: list[Block] = []
    answer: list[Block] = []
    for b, is_prompt in zip(body, roles):
        if is_prompt and answer:
            exchanges.append(Exchange(_prompt_text(prompt), speaker, tuple(answer)))
            prompt, answer = [], []
        (prompt if is_prompt else answer).append(b)
    if answer or prompt:
        exchanges.append(Exchange(_prompt_text(prompt), speaker, tuple(answer)))
    return [e for e in exchanges if e.answer]


def _prompt_text(blocks: list[Block]) -> str | None:
    """The prompt's words, rejoining words hyphenated at a printed line's end."""
    if not blocks:
        return None
    from assistant.text import join_lines

    return join_lines([line for b in blocks for line in b.lines]).text


def _from_turns(blocks: list[Block], labels: dict, people: dict, speaker: str | None, marked: set[int]) -> list[Exchange]:
    """Exchanges of a labelled transcript. Each answer's prompt is the asker's turn before it
    (its last paragraph; earlier ones, and asking turns no one answers, are the asker's own
    passages); answers in a row after one prompt share it. After an anonymous question ("Q:",
    or a prompt set in bold in `marked`), or when only the asker is labelled, the unlabelled
    paragraphs are the interviewee's answer; after a named asker they go on with the turn."""
    asker_only = all(people[label.key].asks for label in labels.values())
    # Turns in order; a turn of the nobody person holds text outside any turn (an intro, boilerplate).
    nobody = turns.Person(None)
    anonymous = turns.Person(None, None, True)
    turn_list: list[tuple[turns.Person, list[Block]]] = []
    answerer = turns.Person(speaker)
    for index, b in enumerate(blocks):
        if index in labels:
            rest = turns.without_label(b, labels[index])
            person = people[labels[index].key]
            turn_list.append((answerer if person == turns.ANSWER else person, [rest] if rest else []))
        elif index in marked:
            turn_list.append((anonymous, [b]))
        elif BOILERPLATE.search(b.text) or not turn_list:
            # Boilerplate ends the turn it follows: what comes after it is no one's until a label.
            turn_list.append((nobody, [b]))
        elif turn_list[-1][0].asks and (asker_only or turn_list[-1][0].name is None):
            turn_list.append((answerer, [b]))
        else:
            turn_list[-1][1].append(b)
    exchanges: list[Exchange] = []
    pending: list[tuple[turns.Person, list[Block]]] = []
    prompt: str | None = None
    for person, turn_blocks in turn_list:
        if not turn_blocks:
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
            exchanges.extend(_asker_passages(pending[:-1] + [(asked_by, asked[:-1])]))
            prompt = asked[-1].text
        pending = []
        exchanges.append(Exchange(prompt, person.name, tuple(turn_blocks)))
    exchanges.extend(_asker_passages(pending))
    return exchanges


def _asker_passages(turn_list: list) -> list[Exchange]:
    """The asker's own words that are no prompt (narration, a question no one answers)."""
    return [Exchange(None, person.name, tuple(turn_blocks)) for person, turn_blocks in turn_list if turn_blocks]
