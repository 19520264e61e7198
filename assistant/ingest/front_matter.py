"""A text's front matter (YAML or TOML between fences) read into fields, and the blocks some of
its fields give the text: a standfirst, a film page's credits and facts. Pure functions over text."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from assistant.cues import FACT_FIELDS, FILM_FIELDS, STANDFIRST_FIELDS
from assistant.ingest.blocks import Block, block

_FRONT_MATTER_FENCE = re.compile(r"^(?:---|\+\+\+)\s*$")
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*[:=]\s*(?P<value>.*)$")
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def text_lines(text: str) -> list[str]:
    """The lines of a text as an editor numbers them: split at line feeds only (`str.splitlines`
    also splits at form feeds, which a text saved from a PDF puts between pages)."""
    return text.split("\n")


@dataclass(frozen=True)
class FrontMatter:
    """The `key: value` fields of a YAML or TOML front matter block, the line each starts on, and
    the number of lines the block takes (0 when there is none)."""

    fields: dict[str, str]
    places: dict[str, int]
    length: int


# YAML's sign that a field's value is on the indented lines below ("bio: >-", "summary: |").
_BLOCK_SCALAR = re.compile(r"^\s*[>|][+-]?\d?\s*$")


def front_matter(text: str) -> FrontMatter:
    """The front matter at the top of a text; folded continuation lines join their field (after a
    block scalar's ">-" too), and a field's block list ("speakers:" then "  - Jack Dorsey" lines)
    reads as its flow list ("[Jack Dorsey, Elizabeth Stark]")."""
    lines = text_lines(text)
    if not lines or not _FRONT_MATTER_FENCE.match(lines[0]):
        return FrontMatter({}, {}, 0)
    raw: dict[str, str] = {}
    items: dict[str, list[str]] = {}
    places: dict[str, int] = {}
    key = None
    for number, line in enumerate(lines[1:201], 2):
        if _FRONT_MATTER_FENCE.match(line):
            raw |= {k: f"[{', '.join(listed)}]" for k, listed in items.items() if not raw[k].strip()}
            return FrontMatter({k: _unquote(v) for k, v in raw.items()}, places, number)
        field = _FIELD.match(line)
        if field and not line[:1].isspace():
            key = field.group("key").lower()
            raw[key], places[key] = _BLOCK_SCALAR.sub("", field.group("value")), number
        elif key and line.strip().startswith("- "):
            items.setdefault(key, []).append(_unquote(line.strip()[2:]))
        elif key and line.strip() and not line.strip().startswith("-"):
            raw[key] = f"{raw[key]} {line.strip()}".strip()
    return FrontMatter({}, {}, 0)


def standfirst(matter: FrontMatter, body: str) -> list[Block]:
    """Blocks for the front matter fields that introduce the interview (a blurb, an excerpt),
    unless the body already says the same: the page shows them, and they name the film."""
    folded = " ".join(body.split()).casefold()
    keys = [
        key for key in STANDFIRST_FIELDS
        if len(matter.fields.get(key, "").split()) >= 4 and " ".join(matter.fields[key].split()).casefold() not in folded
    ]
    # A field may hold markup of its own ("Featuring: <br/><br/>Imogen Harris, …", "[Talisker
    # Players](/scene/…)", "**October 28**"): never text.
    return [block(" ".join(_markup_out(matter.fields[key]).split()), matter.places[key]) for key in sorted(keys, key=matter.places.get)]


# Markdown a field's value may hold: a link (its text stays), bold or italic asterisks.
_MARKDOWN_LINK = re.compile(r"\[([^\[\]]*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
_EMPHASIS_MARKS = re.compile(r"\*{1,3}(?=\S)|(?<=\S)\*{1,3}")


def _markup_out(value: str) -> str:
    """A field's value without HTML tags, Markdown links (their text kept) or emphasis marks."""
    return _EMPHASIS_MARKS.sub("", _MARKDOWN_LINK.sub(r"\1", _HTML_TAG.sub(" ", value)))


def is_film_page(fields: dict[str, str]) -> bool:
    """Whether a page's front matter fields show it to be a film's own: a credit, or a field only a
    film has (running time, screenings, a certificate; `FILM_FIELDS`)."""
    return any(key.replace("_", "-") in FILM_FIELDS for key in fields)


def fact_lines(matter: FrontMatter, lines: list[str]) -> list[Block]:
    """One block of the front matter's lines stating the film's credits and facts (`FACT_FIELDS`),
    with its title's, as they are written ("director = "Edward Berger""); none on a page no field
    shows to be a film's (`FILM_FIELDS`)."""
    if not is_film_page(matter.fields):
        return []
    keys = [key for key in matter.places if key.replace("_", "-") in FACT_FIELDS]
    starts = sorted(matter.places.values())
    kept: list[tuple[int, str]] = []
    for key in sorted(["title", *keys] if "title" in matter.places else keys, key=matter.places.get):
        start = matter.places[key]
        # A field's value may go on over the lines below it, up to the next field or the fence.
        end = next((place for place in starts if place > start), matter.length)
        kept.extend((number, lines[number - 1].strip()) for number in range(start, end) if lines[number - 1].strip())
    return [Block(tuple(kept))]


def _unquote(value: str) -> str:
    """A field's value without its quotes; a double-quoted one's escapes read ("\\n", "\\\""), and
    HTML's character references too, which exports leave in titles ("Dracula&#039;s neighbour")."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1].replace("''", "'") if value[0] == "'" else _DOUBLE_QUOTED_ESCAPE.sub(_unescaped, value[1:-1])
    return html.unescape(value)


# An escape in a double-quoted YAML or TOML string: a line break, a tab, a quote, a backslash.
_DOUBLE_QUOTED_ESCAPE = re.compile(r"\\([nt\"\\/])")


def _unescaped(match: re.Match) -> str:
    """The character a double-quoted string's escape stands for."""
    return {"n": "\n", "t": "\t"}.get(match.group(1), match.group(1))
