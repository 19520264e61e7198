"""What every reader produces: a document as a stream of blocks, each with its emphasis and place;
and what the layout makes of them, exchanges (a prompt, who answers, the answer's blocks)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from assistant.cues import PAGE_NUMBER
from assistant.text import LINE_ENDS_SENTENCE, SOFT_HYPHEN, plain_letters, word_count

# Where a block sits in its source: printed lines (text, Markdown), pages (PDF) or paragraphs
# (HTML, DOCX), whichever a reader of the original can find.
LINE, PAGE, PARAGRAPH = "line", "page", "paragraph"

Line = tuple[int, str]
# A line repeated (digits aside) near the edge of this share of the pages is page furniture.
FURNITURE_SHARE = 0.5
# A paragraph wholly emphasized in one style has most of its letters in it, the rest in another
# emphasis (a title in italics inside a bold question).
WHOLLY_OWN_SHARE = 0.5
# A paragraph opening and closing in emphasis with a title set roman inside: this share emphasized.
ROMAN_TITLE_SHARE = 0.75
# A paragraph wholly in bold of at most this many words, ending no sentence, heads what follows.
MAX_BOLD_HEADING_WORDS = 12


@dataclass(frozen=True)
class Block:
    """A paragraph, heading or printed line of a document, markup removed.

    `lines` are the source lines it was read from, each with its place (line, page or paragraph
    number); `emphasis` are the character spans of its text set in bold or italic, with the style;
    `quoted` says it is set as a block quotation (HTML `<blockquote>`, Markdown "> ").
    """

    lines: tuple[Line, ...]
    heading: int = 0
    emphasis: tuple[tuple[int, int, str], ...] = ()
    quoted: bool = False

    @functools.cached_property
    def text(self) -> str:
        """The block's words on one line (a word split at a line-end hyphen is not rejoined here)."""
        return " ".join(" ".join(line.split()) for _, line in self.lines if line.strip())

    @property
    def first(self) -> int:
        """Place of its first line."""
        return self.lines[0][0]

    @property
    def last(self) -> int:
        """Place of its last line."""
        return self.lines[-1][0]

    def part(self, start: int, stop: int) -> Block:
        """The block made of its lines[start:stop], with the emphasis on them."""
        lines = self.lines[start:stop]
        before = len(Block(self.lines[:start]).text) + (1 if start else 0)
        length = len(Block(lines).text)
        emphasis = tuple(
            (max(a - before, 0), min(b - before, length), kind)
            for a, b, kind in self.emphasis if b > before and a < before + length
        )
        return Block(lines, self.heading, emphasis, self.quoted)

    def split(self, offset: int) -> tuple[Block, Block]:
        """The block cut at a character offset of its text: the part before it and the rest,
        each with its lines (a line cut in two keeps its place in both) and its emphasis."""
        head_lines: list[Line] = []
        tail_lines: list[Line] = []
        position = 0
        for place, line in self.lines:
            line = " ".join(line.split())
            if not line:
                continue
            cut = min(max(offset - position, 0), len(line))
            if line[:cut].strip():
                head_lines.append((place, line[:cut].strip()))
            if line[cut:].strip():
                tail_lines.append((place, line[cut:].strip()))
            position += len(line) + 1
        head, tail = Block(tuple(head_lines), self.heading), Block(tuple(tail_lines), self.heading)
        shift = len(self.text) - len(tail.text)
        return (
            Block(head.lines, self.heading, tuple((a, min(b, len(head.text)), k) for a, b, k in self.emphasis if a < len(head.text)), self.quoted),
            Block(tail.lines, self.heading, tuple((max(a - shift, 0), b - shift, k) for a, b, k in self.emphasis if b > shift), self.quoted),
        )

    def is_bold_heading(self) -> bool:
        """Whether it is a heading set in bold: wholly bold, a few words, neither a sentence nor a
        question ("**On Darkness In Music**")."""
        return self.wholly("bold") and word_count(self.text) <= MAX_BOLD_HEADING_WORDS and not LINE_ENDS_SENTENCE.search(self.text)

    def wholly(self, style: str | None = None) -> bool:
        """Whether (nearly) all its letters are emphasized: a bold question, an italic intro; in
        `style`, mostly, titles in another emphasis inside it ("**…about *Four Weddings*…**") or
        set roman inside it, the paragraph opening and closing emphasized."""
        if not self.emphasis:
            return False
        letters = sum(c.isalnum() for c in self.text)
        if not letters:
            return False
        text = self.text
        marked = sum(c.isalnum() for start, end, _ in self.emphasis for c in text[start:end])
        own = sum(c.isalnum() for start, end, kind in self.emphasis if style in (None, kind) for c in text[start:end])
        # "*Much of your work… For *How Should A Person Be?*, for example, you…*": a title set
        # roman inside it, the paragraph opening and closing in the emphasis.
        framed = self._opens_and_closes_emphasized() and marked >= ROMAN_TITLE_SHARE * letters
        return (marked >= 0.9 * letters or framed) and own >= WHOLLY_OWN_SHARE * letters

    def _opens_and_closes_emphasized(self) -> bool:
        """Whether its first and last letters are inside its emphasis and every stretch outside it
        opens on a capital, as a title does ("How Should A Person Be?", not "and")."""
        places = [i for i, c in enumerate(self.text) if c.isalnum()]
        if not places or not all(any(start <= i < end for start, end, _ in self.emphasis) for i in (places[0], places[-1])):
            return False
        spans = sorted((start, end) for start, end, _ in self.emphasis)
        gaps = [self.text[end:start] for (_, end), (start, _) in zip(spans, spans[1:])]
        return all(not words or words[0][:1].isupper() for words in (re.findall(r"\w+", gap) for gap in gaps))

    def emphasis_in(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """Its emphasis spans found again, in order, in `text` (its text with words taken out: a
        stage direction, a timestamp); a span whose words changed is dropped."""
        spans: list[tuple[int, int, str]] = []
        position = 0
        for start, end, style in self.emphasis:
            piece = self.text[start:end].strip()
            found = text.find(piece, position) if piece else -1
            if found >= 0:
                spans.append((found, found + len(piece), style))
                position = found + len(piece)
        return tuple(spans)

    def lead(self, style: str | None = None) -> str:
        """The emphasized run the text opens with ("Anne:" in "**Anne:** Hi Chris"), or ""."""
        starts = sorted((start, end) for start, end, kind in self.emphasis if style in (None, kind))
        text, position = self.text, 0
        for start, end in starts:
            if text[position:start].strip():
                break
            position = max(position, end)
        return text[:position].strip()


Run = tuple[str, str | None]


def from_runs(lines: list[tuple[int, list[Run]]], heading: int = 0, quoted: bool = False) -> Block:
    """A block from lines of text runs, each run plain (style None) or "bold"/"italic": the
    emphasis spans are counted on `Block.text`, which joins the lines' words with single spaces."""
    source_lines: list[Line] = []
    spans: list[tuple[int, int, str]] = []
    offset = 0
    for place, runs in lines:
        line = ""
        marks: list[tuple[int, int, str]] = []
        for number, (text, style) in enumerate(runs, 1):
            # Only the line's last run ends where a soft hyphen marks a hyphenated word.
            text = plain_letters(text if number == len(runs) else text.replace(SOFT_HYPHEN, ""))
            words = " ".join(text.split())
            if not words:
                line += " " if text and line and not line.endswith(" ") else ""
                continue
            if line and not line.endswith(" ") and text[:1].isspace():
                line += " "
            if style:
                marks.append((len(line), len(line) + len(words), style))
            line += words
            if text[-1:].isspace():
                line += " "
        line = line.rstrip()
        if not line:
            continue
        if source_lines:
            offset += 1
        spans.extend((offset + a, offset + b, kind) for a, b, kind in marks)
        source_lines.append((place, line))
        offset += len(line)
    return Block(tuple(source_lines), heading, tuple(_merged(spans)), quoted)


def _merged(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Adjacent spans of one style (runs split by the source, or across a line break) as one."""
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(spans):
        if merged and merged[-1][2] == kind and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), kind)
        else:
            merged.append((start, end, kind))
    return merged


def block(text: str, place: int, heading: int = 0) -> Block:
    """A block of plain text on one line (a heading, a paragraph without emphasis)."""
    return from_runs([(place, [(text, None)])], heading)


def row_blocks(cells: list[str], place: int, joined: str) -> list[Block]:
    """A table row's blocks: a question in the first of two cells and the answer in the second
    ("How did you prepare? | I trained…"), as an interview set in a table has them, are two
    paragraphs; any other row is one line, its cells joined by `joined` (empty ones left out)."""
    filled = [cell for cell in cells if cell]
    if len(filled) == 2 and filled[0].rstrip(" \"”’')").endswith("?") and not filled[1].rstrip(" \"”’')").endswith("?"):
        return [block(filled[0], place), block(filled[1], place)]
    text = joined.join(filled)
    return [block(text, place)] if text else []


@dataclass(frozen=True)
class Source:
    """A document as its reader understood it: blocks in reading order, how places are counted,
    the title it gives itself, its metadata fields (front matter, PDF or HTML metadata) and
    warnings from reading it."""

    blocks: tuple[Block, ...]
    unit: str = LINE
    title: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    # Whether blocks are printed lines (a text export of a printed page) still to be joined.
    printed: bool = False

    @property
    def text(self) -> str:
        """All the words, one source line per line (for the vocabulary that tells real hyphens)."""
        return "\n".join(line for b in self.blocks for _, line in b.lines)


def running_lines(edges: list[list[str]]) -> set[str]:
    """The running headers and footers of a paged document, as `furniture_key`s: lines that
    recur (digits aside) among each page's lines near its top or bottom edge (`edges`, one list
    per page) on most pages."""
    if len(edges) < 2:
        return set()
    counts = Counter(key for edge in edges for key in {furniture_key(line) for line in edge})
    return {key for key, n in counts.items() if n >= max(2, FURNITURE_SHARE * len(edges))}


def is_furniture(line: str, running: set[str]) -> bool:
    """Whether a line near a page's edge is a running header or footer, or a page number."""
    return furniture_key(line) in running or bool(PAGE_NUMBER.match(line))


def furniture_key(line: str) -> str:
    """A line compared across pages: lower case, digits (page numbers, dates) alike."""
    return re.sub(r"\d+", "#", line.lower()).strip()


def runs_by_owner(block: Block, owners: dict[tuple[int, int], str | None]) -> list[tuple[Block, str | None]]:
    """The block cut into runs of consecutive sentences (`owners`: each sentence's span in the
    block's text, and who says it) with the same owner."""
    if not any(owners.values()):
        return [(block, None)]
    runs: list[tuple[int, str | None]] = []
    for (start, _), owner in owners.items():
        if not runs or runs[-1][1] != owner:
            runs.append((start, owner))
    parts: list[tuple[Block, str | None]] = []
    rest, consumed = block, 0
    for (start, owner), following in zip(runs, [*runs[1:], (None, None)]):
        if following[0] is None:
            parts.append((rest, owner))
            break
        head, rest = rest.split(following[0] - consumed)
        consumed = following[0]
        parts.append((head, owner))
    return [(part, owner) for part, owner in parts if part.text]


@dataclass(frozen=True)
class Exchange:
    """A prompt (None when nothing was asked) and the answer blocks, with who gave them."""

    prompt: str | None
    speaker: str | None
    answer: tuple[Block, ...]
