"""From blocks to who said what: the blocks cleaned of directions and captions, sections from
headings with the interviewee each names, who the title, intro and sidecar say is interviewed
and who asks, then each section's exchanges (`exchanges.arrange`). Pure functions: a Source and
the sidecar in, a Layout out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.cues import (
    CAPTION,
    DIRECTORS_STATEMENT,
    INTERVIEW_BEFORE_NAME,
    INTERVIEWEE_FIELDS,
    ROLE_WORDS,
    STAGE_DIRECTION_WORDS,
    STANDFIRST_FIELDS,
)
from assistant.ingest import credits, names, presskit, turns
from assistant.ingest.blocks import Block, Source
from assistant.ingest.exchanges import Exchange, arrange
from assistant.ingest.presskit import INTERVIEW_HEADING, is_question
from assistant.text import LINE_ENDS_SENTENCE, word_count

_PULL_QUOTE = re.compile(r"^[\"“‘'«].+[\"”’'»][.!?…]?$")
# A caption is short: "Photo: Jean Dupont", "Pictured above: Maria on set".
MAX_CAPTION_WORDS = 25
# A heading naming whose interview follows is short, even with a film title and four names
# ("To Leslie – Q&A with Michael Morris, Andrea Riseborough, Marc Maron, and Andre Royo").
MAX_HEADING_WORDS = 20
# A label after a finished sentence inside a paragraph: "… the project? Jayme Lemons: My …".
_INLINE_LABEL = re.compile(r"(?<=[.?!…])[\"”’)]?\s*(?P<label>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}):\s")
_DIRECTION = re.compile(r"\s*\(([^()]{1,120})\)")


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
    label_at = turns.accepted_labels(blocks, headed(blocks))
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
    hints = replace(hints, known=_fullest([*hints.interviewees, *cast, *names.featured(body), *headed(blocks)]))
    people = turns.identify(list(label_at.values()), hints.known, hints.aliases, hints.interviewers, body)
    people = turns.mark_askers(people, [(label.key, blocks[i].text[label.start:]) for i, label in label_at.items()])
    people = turns.name_everyone(people)
    warnings: list[str] = []
    sections = []
    interviewee = _single(hints.interviewees)
    for section_title, present, indices in _sections(blocks, title, hints, roles, body, warnings):
        section_labels = {j: label_at[i] for j, i in enumerate(indices) if i in label_at}
        speaker = _single(list(present))
        exchanges = arrange([blocks[i] for i in indices], section_labels, people, present, speaker or interviewee)
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
        blocks = [_plain_heading(b, source.blocks[i - 1] if i else None) for i, b in enumerate(source.blocks)]
        blocks = _split_at_labels(_split_inline(blocks, headed(blocks)), headed(blocks))
    cleaned = [_clean(b) for b in blocks]
    return [b for b in cleaned if b is not None and not (CAPTION.match(b.text) and word_count(b.text) <= MAX_CAPTION_WORDS)]


def headed(blocks: list[Block]) -> list[str]:
    """Everyone the headings name as interviewed ("Q&A with Ethan Hawke and Paul Schrader")."""
    return [name for b in blocks if b.heading for name in names.interviewees_in_title(b.text)]


def _split_at_labels(blocks: list[Block], named: list[str]) -> list[Block]:
    """Blocks split before inner lines that open with a label the document uses ("Q: …" and
    "A: …" on consecutive lines of one paragraph)."""
    lines = [Block((line,)) for b in blocks if len(b.lines) > 1 for line in b.lines]
    keys = {label.key for label in turns.accepted_labels(lines, named).values()} if lines else set()
    result: list[Block] = []
    for b in blocks:
        starts = [0] + [j for j, line in enumerate(b.lines) if j and (lab := turns.label_of(Block((line,)))) and lab.key in keys]
        if len(starts) == 1:
            result.append(b)
            continue
        for a, z in zip(starts, starts[1:] + [len(b.lines)]):
            result.append(b.part(a, z))
    return result


def _split_inline(blocks: list[Block], named: list[str]) -> list[Block]:
    """Blocks split where a sentence ends and a label naming someone a heading names opens the
    next ("… Can you talk about the genesis? Jayme Lemons: My partner …", as teasers print it)."""
    keys = {names.fold(name) for name in named} | {names.fold(name).split()[-1] for name in named if name.split()}
    result: list[Block] = []
    for b in blocks:
        pieces = [[]]
        for place, line in b.lines:
            cuts = [0] + [m.start("label") for m in _INLINE_LABEL.finditer(line) if names.fold(m.group("label")) in keys]
            for index, (a, z) in enumerate(zip(cuts, cuts[1:] + [len(line)])):
                if index:
                    pieces.append([])
                pieces[-1].append((place, line[a:z].strip()))
        if b.heading or len(pieces) == 1:
            result.append(b)
        else:
            result.extend(Block(tuple(piece)) for piece in pieces)
    return result


def _plain_heading(b: Block, previous: Block | None) -> Block:
    """A one-line block is a heading when it names whose interview follows ("Film – Q&A with Paul
    Schrader"), or when in capitals after a finished sentence ("SYNOPSIS", "CAST")."""
    if b.heading or len(b.lines) != 1 or b.text.startswith("("):
        return b
    if word_count(b.text) <= MAX_HEADING_WORDS and not LINE_ENDS_SENTENCE.search(b.text) and names.interviewees_in_title(b.text):
        return replace(b, heading=2)
    if not (presskit.is_plain_heading(b.text) or INTERVIEW_HEADING.match(b.text)):
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
    intro = [source.fields.get(key, "") for key in STANDFIRST_FIELDS]
    first_label = min(label_at, default=len(blocks))
    intro += [b.text for b in blocks[: min(first_label, 4)] if not b.heading]
    # A heading before the first paragraph is the document's title; later ones head sections.
    leading = [b.text for b in blocks[: next((i for i, b in enumerate(blocks) if not b.heading), 0)]]
    for text in [title, source.title or "", *leading]:
        interviewees.extend(
            names.interviewees_in_title(text, source.text) or names.interviewees_in_intro(text)
            or names.name_alone(text, source.text, []) or names.headline_name(text, source.text)
        )
    for text in intro:
        interviewees.extend(names.interviewees_in_intro(text))
        interviewees.extend(names.bracketed_surnames(text))
    declared_askers = meta.get("interviewer") or meta.get("interviewers") or []
    interviewers = [declared_askers] if isinstance(declared_askers, str) else [str(n) for n in declared_askers]
    interviewers += [n for text in intro if (n := names.interviewer_in_intro(text))]
    # An author field may hold several names and a date ("John Doe; March 3"): only the names count.
    interviewers += [part.strip() for part in re.split(r"[;,]|\band\b", source.fields.get("author", "")) if names.is_person_name(part.strip())]
    interviewees = _fullest([n for n in interviewees if n and not any(names.fold(n) == names.fold(i) for i in interviewers)])
    return _Hints(interviewees, list(dict.fromkeys(interviewers)), _string_map(meta.get("aliases")))


def _fullest(found: list[str]) -> list[str]:
    """Names once each, a first name or surname dropped when a fuller name contains it."""
    unique = list(dict.fromkeys(found))
    return [n for n in unique if not any(n != m and set(names.fold(n).split()) < set(names.fold(m).split()) for m in unique)]


def _sections(blocks: list[Block], title: str, hints: _Hints, roles: dict[str, str], body: str, warnings: list[str]):
    """(title, interviewees, block positions) for each part of the document between headings.

    A heading naming someone starts their interview; "Director's statement" the director's; a
    question set as a heading is a prompt, a quotation set as one a pull quote (dropped); the
    document's own title is not a break. Text before any heading is the document's, whose
    interviewee is the one its title, intro or sidecar names (if exactly one)."""
    current_title, current_speakers, indices = title, tuple(hints.interviewees), []
    seen_title = False
    for index, b in enumerate(blocks):
        text = b.text
        if not b.heading or (is_question(text) and not _names_someone(text)):
            indices.append(index)
            continue
        if _PULL_QUOTE.match(text):
            continue
        if not seen_title and not indices and names.fold(text) == names.fold(title):
            seen_title = True
            continue
        yield current_title, current_speakers, indices
        current_title, current_speakers, indices = _heading(text, hints, roles, body, warnings)
    yield current_title, current_speakers, indices


def _names_someone(text: str) -> bool:
    return bool(INTERVIEW_BEFORE_NAME.match(text)) and bool(names.interviewees_in_title(text))


def _heading(text: str, hints: _Hints, roles: dict[str, str], body: str, warnings: list[str]) -> tuple[str, tuple[str, ...], list[int]]:
    """The title and interviewees of a section from its heading."""
    capitals = INTERVIEW_HEADING.match(text)
    if capitals:
        speaker = names.person_name(capitals.group("name"), body)
        return f"{presskit.title_words(capitals.group('prefix'))} {speaker}", (speaker,), []
    shown = presskit.title_words(text) if text.isupper() else text
    if DIRECTORS_STATEMENT.match(text):
        director = roles.get("director")
        if director is None:
            warnings.append(f"'{shown}' has no director to attribute it to: add \"roles\": {{\"director\": \"Name\"}} to the sidecar")
        return shown, (director,) if director else (), []
    named = names.interviewees_in_title(text, body) or names.name_alone(shown, body, hints.known)
    if named:
        return shown, tuple(named), []
    match = INTERVIEW_BEFORE_NAME.match(text)
    if match:
        role = " ".join(w for w in names.fold(match.group("name")).split() if w not in ("the", "our", "a", "an"))
        if role and all(w in ROLE_WORDS for w in role.split()):
            if role in roles:
                return shown, (roles[role],), []
            warnings.append(f"'{shown}' names no one: add \"roles\": {{\"{role}\": \"Name\"}} to the sidecar")
    return shown, (), []
