"""Readers for plain text and Markdown: text in, blocks out (pure functions, no file access)."""

from __future__ import annotations

import re

from assistant.cues import PAGE_NUMBER
from assistant.noise_cues import READ_MORE_LINE
from assistant.ingest import presskit
from assistant.ingest.blocks import LINE, Block, Run, Source, from_runs, is_furniture, row_blocks, running_lines
from assistant.ingest.front_matter import fact_lines, front_matter, standfirst, text_lines
from assistant.text import LINE_ENDS_SENTENCE

# A printed press-kit export puts a blank line after every printed line, so nearly every
# "paragraph" is one line, and some stop mid-sentence to go on in lower case in the next.
PRINTED_SINGLE_LINES = 0.8
PRINTED_CONTINUATIONS = 0.05
# Text copied from a web page puts each paragraph on one line of its own length; a wrapped text
# fills its lines. A line whose next word would have fitted well within the longest line ended
# a paragraph (the margin allows for text wrapped in a proportional font).
UNWRAPPED_FIT = 0.8
# A line at most this share of the longest is short enough to be a heading standing between lines.
TITLE_LINE_SHARE = 0.4
_CUT_OFF = re.compile(r"\w\s*(?:\.{3}|…)$")
# In a text saved from a PDF with its page breaks, running headers and footers are among the
# first or last two lines of a page.
EDGE_LINES = 2
# Markdown links whose text is kept, when the parser leaves them as text: [text][ref] with an
# undefined reference, [text][], and [text](url) inside a raw HTML block.
_TEMPLATE_TAG = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)
# WordPress's caption shortcode around a picture and its caption ("[caption id=…]![…](…)Photo by…[/caption]"),
# often run into the paragraph after it: a figure, read as an HTML page's figure is.
_CAPTION_SHORTCODE = re.compile(r"\[caption\b[^\]]*\](.*?)\[/caption\]", re.S)
# A paragraph or an indented block opening on an HTML tag, open or closing (HTML markup), and
# Markdown's own emphasis or code, which keeps a paragraph Markdown.
_LEADING_TAG = re.compile(r"\s*</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
_MARKDOWN_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|`")
# An HTML block's markup up to its last closing tag, and the text after that tag on the same line.
_TAIL_AFTER_HTML = re.compile(r"(.*</[A-Za-z][\w-]*\s*>|.*)([^<>]*)$", re.S)
# Bold closed after a space, as WordPress exports write it ("**Q: **How…", "**A: **It began"):
# CommonMark cannot close such a run and would leave its asterisks in the text. The space moves
# after the closing asterisks; bold around nothing but spaces ("…intentions?** **") goes.
_SPACE_BEFORE_CLOSING_BOLD = re.compile(
    r"(?<![\w*])(\*\*)(?=[^\s*])([^*\n]*?[^\s*])([ \t]+)\*\*(?=[^\s*])|(?<![\w_])(__)(?=[^\s_])([^_\n]*?[^\s_])([ \t]+)__(?=[^\s_])"
)
_EMPTY_BOLD = re.compile(r"\*\*[ \t]+\*\*|__[ \t]+__")
# Italics closed after a space, the same way ("*One Hundred Years of Solitude *so that…").
_SPACE_BEFORE_CLOSING_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])([ \t]+)\*(?=[^\s*])")
# Italics around nothing but spaces (or no-break spaces) opening a line's text ("*    *I remember…").
_EMPTY_ITALIC_OPENING = re.compile(r"^([ \t\xa0]*)\*[ \t\xa0]+\*(?=[^\s*])", re.M)
# Bold that CommonMark could not pair ("[**With] Springsteen, we built…", never closed), left in
# the text as asterisks; inside a word they are a censored word's ("f**king") and stay.
_STRAY_BOLD = re.compile(r"(?<!\w)\*\*|\*\*(?!\w)")
# A link's address whose opening bracket the page lost ("wears a](http://…/shirt.htm "T-shirt")
# that I made"): CommonMark leaves it as text; the words before it stay, the address goes.
# Punctuation set in italics against a word ("…Programming about_?_"): CommonMark leaves the
# underscores, which emphasis inside a word cannot use; the mark stays, the underscores go.
_ITALIC_PUNCTUATION = re.compile(r"_([?!.,:;])_")
_ORPHAN_LINK_TAIL = re.compile(r'\]\((?:[a-z][a-z+.-]*:|/|#)[^\s()]*(?:\s+"[^"]*")?\)')
# Bold opened before a space ("* ** What do you do on a Saturday morning? **"), which CommonMark
# cannot open either: the spaces inside the asterisks go.
_SPACE_AFTER_OPENING_BOLD = re.compile(r"(?<![\w*])\*\*[ \t]+([^*\n]*?[^\s*])[ \t]*\*\*(?![\w*])")
# A paragraph opening on one asterisk and ending on one, maybe after a space ("*…in *Bluets *and…?*",
# "*…present "I"? *"); an asterisk against no word on one side at least is one CommonMark left unpaired.
_ITALIC_ENDS = re.compile(r"\s*\*\s*(?![\s*]).*(?<!\*)\*\s*$", re.S)
_STRAY_ASTERISK = re.compile(r"(?<!\w)\*|\*(?!\w)")
_REFERENCE_LINK = re.compile(r"\[([^\[\]]+)\](?:\[[^\[\]]*\]|\((?:[^()\s]|\([^()]*\))*\))")



# Inline markup a page's text may keep ("<strong>Production</strong>", an empty element such as a
# tracking pixel's "<img … src=…>"): no text of its own.
_INLINE_TAG = re.compile(r"</?(?:strong|b|em|i|u|span|br|small)\b[^<>]{0,80}>|<(?:img|meta|link|hr|input|source|wbr)\b[^<>]{0,400}>", re.IGNORECASE)
# A credit block whose line breaks were lost glues each field to the one before it ("Chandler
# CanterburyDirected by Alex ProyasStory by Ryne Pearson", "CINEMAStarringNicolas Cage").
_GLUED_CREDIT = re.compile(
    r"(?<=\S)(?=(?:Presents|Starring|Directed by|Story by|Screenplay by|Written by|Produced by|Music by|Running time|Rated|In Theaters|In Association with)(?![a-z]))"
    r"|(?<=Presents|Starring)(?=[A-Z])"
)


def _plain_line(line: str) -> str:
    """A text file's line without inline markup, its glued credit fields apart, stripped."""
    return _GLUED_CREDIT.sub(" ", _INLINE_TAG.sub("", line)).strip()


def read_plain(text: str) -> Source:
    """Paragraphs of a text file (runs of lines between blank lines), each line numbered as in the
    file; a printed export (a blank line after every printed line) is marked `printed` so the
    layout rejoins its lines by sentence cues."""
    matter = front_matter(text)
    furniture = page_furniture(text)
    paragraphs: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(text_lines(text), 1):
        if number <= matter.length or number in furniture:
            continue
        if cleaned := _plain_line(line):
            paragraphs[-1].append((number, cleaned))
        elif paragraphs[-1]:
            paragraphs.append([])
    chunks = [p for p in paragraphs if p]
    width = max((len(line) for chunk in chunks for _, line in chunk), default=0)
    blocks = [Block(tuple(part)) for chunk in chunks for part in unwrapped(chunk, width)]
    lines = text_lines(text)
    blocks = fact_lines(matter, lines) + standfirst(matter, "\n".join(b.text for b in blocks)) + blocks
    running = [lines[number - 1].strip() for number in sorted(furniture) if not PAGE_NUMBER.match(lines[number - 1])]
    title = matter.fields.get("title") or (_as_title(running[0]) if running else None)
    return Source(tuple(blocks), LINE, title, matter.fields, printed=is_printed(chunks))


def _as_title(line: str) -> str:
    """A running header as a title, in title case when set in capitals."""
    return presskit.title_words(line) if line.isupper() else line


def page_furniture(text: str) -> set[int]:
    """Line numbers of the running headers, footers and page numbers of a text saved from a PDF
    with its page breaks (form feeds): lines among the first or last two of a page that repeat
    (digits aside) on most pages, or are only a page number."""
    pages: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(text_lines(text), 1):
        if "\f" in line:
            pages.append([])
        if line.replace("\f", "").strip():
            pages[-1].append((number, line.replace("\f", "").strip()))
    edges = [page[:EDGE_LINES] + page[-EDGE_LINES:] for page in pages if page]
    if len(edges) < 2:
        return set()
    running = running_lines([[line for _, line in edge] for edge in edges])
    return {number for edge in edges for number, line in edge if is_furniture(line, running)}


def unwrapped(chunk: list[tuple[int, str]], width: int) -> list[list[tuple[int, str]]]:
    """A run of lines cut where a line ended a paragraph: the next line's first word would have
    fitted on it, in a text whose longest line is `width` characters."""
    parts = [[chunk[0]]]
    for (_, line), following in zip(chunk, chunk[1:]):
        # A line cut off with an ellipsis before a capital ends a teaser, however long ("…these
        # amazing ..." / "There was a constant threat…"): a web story's cards, one a line.
        cut_off = _CUT_OFF.search(line) is not None and following[1][:1].isupper()
        # A question on a line of its own, however long the answers around it run ("…because of
        # it." / "What influenced the visual style?" / "Art direction was…").
        asked = (LINE_ENDS_SENTENCE.search(line) and presskit.is_question(following[1])) or (presskit.is_question(line) and following[1][:1].isupper())
        # A short line ending no sentence after one that ends one is a heading of its own ("…an
        # amazing feeling.”" / "Q&A with Diego Murillo" / "“I got into…"), not a paragraph's last line.
        # (An opening mark may close the sentence: "…feeling.“", read as "”" when the blocks are prepared.)
        titled = bool(LINE_ENDS_SENTENCE.search(line.rstrip("“"))) and _is_title_line(following[1], width)
        # A line going on in lower case goes on with the sentence ("Andrew Scott Bell" / "has been
        # writing…"), however short the line before it.
        going_on = following[1][:1].islower()
        if cut_off or asked or titled or (not going_on and len(line) + 1 + len(following[1].split()[0]) <= UNWRAPPED_FIT * width):
            parts.append([])
        parts[-1].append(following)
    return parts


def _is_title_line(line: str, width: int) -> bool:
    """A line far shorter than the text's lines, ending no sentence nor clause: a heading."""
    return len(line) <= TITLE_LINE_SHARE * width and not LINE_ENDS_SENTENCE.search(line) and not line.rstrip().endswith((",", ";", ":", "-", "–", "—"))


def is_printed(chunks: list[list[tuple[int, str]]]) -> bool:
    """Whether paragraphs are printed lines: nearly all are one line, and some stop mid-sentence
    with the sentence going on, in lower case, in the next one."""
    if not chunks:
        return False
    single = sum(len(chunk) == 1 for chunk in chunks) / len(chunks)
    # A page's "read more" link after a teaser cut mid-sentence continues nothing.
    continued = sum(
        not LINE_ENDS_SENTENCE.search(chunk[-1][1]) and following[0][1][:1].islower() and not READ_MORE_LINE.match(following[0][1])
        for chunk, following in zip(chunks, chunks[1:])
    )
    return single > PRINTED_SINGLE_LINES and continued >= max(1, PRINTED_CONTINUATIONS * len(chunks))


# A fenced block this long at least, with no line of code, is the text's prose.
MIN_PROSE_WORDS = 20


def read_markdown(text: str) -> Source:
    """Blocks of a Markdown document, read with a CommonMark parser: headings with their level,
    paragraphs and list items with their bold and italic runs, raw HTML blocks as text; images,
    code and front matter left out (a fence holding prose, no code, is text). No markup remains
    in a block's text."""
    matter = front_matter(text)
    lines = text_lines(text)
    body = "\n".join("" if number < matter.length else line for number, line in enumerate(lines))
    # A static site's template tags ("{% include image.html … %}", "{{ page.title }}",
    # "{{< youtube … >}}") are never text; their lines stay, empty, so places keep their numbers.
    body = _TEMPLATE_TAG.sub(lambda tag: "\n" * tag.group().count("\n"), body)
    body = _CAPTION_SHORTCODE.sub(r"<figure>\1</figure>", body)
    body = _EMPTY_BOLD.sub(" ", _SPACE_BEFORE_CLOSING_BOLD.sub(_close_bold_before_space, body))
    body = _EMPTY_ITALIC_OPENING.sub(r"\1", body)
    body = _SPACE_BEFORE_CLOSING_ITALIC.sub(r"*\1*\2", body)
    body = _SPACE_AFTER_OPENING_BOLD.sub(r"**\1**", body)
    blocks = _markdown_blocks(body, 0)
    title = matter.fields.get("title") or _title_heading(blocks, text)
    blocks = fact_lines(matter, lines) + standfirst(matter, "\n".join(b.text for b in blocks)) + blocks
    return Source(tuple(blocks), LINE, title, matter.fields)


def _close_bold_before_space(match: re.Match) -> str:
    """"**Q: **" → "**Q:** ": the bold run closed before its trailing space."""
    marker, inner, space = match.group(1, 2, 3) if match.group(1) else match.group(4, 5, 6)
    return f"{marker}{inner}{marker}{space}"


def _markdown_blocks(body: str, offset: int) -> list[Block]:
    """The blocks of Markdown text whose first line is line `offset` + 1 of the document."""
    from markdown_it import MarkdownIt

    blocks: list[Block] = []
    heading = 0
    # A table row's cells, read as one line ("Director: | Cédric Kahn |" → "Director: Cédric Kahn").
    row: list[str] | None = None
    row_line = 0
    body_lines = body.split("\n")
    # Tokens up to this line are read already, as part of an indented HTML block.
    html_until = 0
    # How many block quotations ("> …") the token stands in; and the HTML block quotations an
    # earlier HTML block opened and left open (a blank line inside one ends CommonMark's HTML block).
    quotation_depth = 0
    open_tags = 0
    for token in MarkdownIt("commonmark").enable("table").parse(body):
        if token.map and token.map[0] < html_until:
            continue
        if token.type in ("blockquote_open", "blockquote_close"):
            quotation_depth += 1 if token.type == "blockquote_open" else -1
        elif token.type == "heading_open":
            heading = int(token.tag[1])
        elif token.type == "heading_close":
            heading = 0
        elif token.type == "tr_open" and token.map:
            row, row_line = [], offset + token.map[0] + 1
        elif token.type == "tr_close" and row is not None:
            asked = row_blocks(row, row_line, " | ")
            if len(asked) == 2:
                # "| How did you prepare? | I trained… |": a question and its answer.
                blocks.extend(asked)
            elif text := _row_text(row):
                blocks.append(Block(((row_line, text),), heading))
            row = None
        elif token.type == "inline" and row is not None:
            row.append(" ".join(text for runs in _inline_lines(token.children or []) for text, _ in runs).strip())
        elif token.type == "inline" and token.map and _LEADING_TAG.match(token.content) and not _MARKDOWN_EMPHASIS.search(token.content):
            # "</strong><p><strong>The show…?</strong> It's like…": a paragraph of HTML that
            # CommonMark could not take for an HTML block (a stray closing tag opens its line).
            blocks.extend(_html_block(token.content, offset + token.map[0] + 1, open_tags))
            open_tags = _still_open(open_tags, token.content)
        elif token.type == "inline" and token.map:
            lines = [
                (offset + token.map[0] + 1 + number, [(_REFERENCE_LINK.sub(r"\1", text), style) for text, style in runs])
                for number, runs in enumerate(_inline_lines(token.children or []))
            ]
            if _writers_italics(token.content, lines):
                # "*You told* Poetry Foundation* that you're…?*", "*As a college lit mag…? *":
                # a paragraph in italics whose titles the writer set roman, or closed after a
                # space, which CommonMark cannot pair: italic whole, its asterisks gone.
                lines = [(number, [("".join(text for text, _ in runs).replace("*", ""), "italic")]) for number, runs in lines]
            if any(text.strip() for _, runs in lines for text, _ in runs):
                blocks.append(from_runs(lines, heading, quotation_depth > 0))
        elif token.type == "code_block" and token.map and _LEADING_TAG.match(token.content):
            # A scrape's page body indented with tabs is HTML, not code (CommonMark reads a line
            # indented four spaces as code): "\t\t<p><strong>How did you…</strong> After college…";
            # the lines after it up to a blank line are the rest of its markup.
            html_until = next((k for k in range(token.map[1], len(body_lines)) if not body_lines[k].strip()), len(body_lines))
            markup = "\n".join(body_lines[token.map[0] : html_until])
            blocks.extend(_html_block(markup, offset + token.map[0] + 1, open_tags))
            open_tags = _still_open(open_tags, markup)
        elif token.type == "code_block" and token.map and is_prose(token.content):
            # Paragraphs an export indented four spaces or more ("    DASGUPTA: The epigraph to
            # the book is from Brecht…"), which CommonMark reads as code: sentences, not code.
            prose = "\n".join(line.strip() for line in token.content.split("\n"))
            blocks.extend(_markdown_blocks(prose, offset + token.map[0]))
        elif token.type == "html_block" and token.map:
            # "</figure>**How did you…?** I went…": Markdown written on the line that closes the
            # HTML is still Markdown (CommonMark reads it as part of the HTML block).
            markup, tail = _TAIL_AFTER_HTML.match(token.content).groups()
            blocks.extend(_html_block(markup, offset + token.map[0] + 1, open_tags))
            open_tags = _still_open(open_tags, markup)
            if tail.strip():
                blocks.extend(_markdown_blocks(tail, offset + token.map[1] - 1))
        elif token.type == "fence" and token.map and (not token.info.strip() or " " in token.info.strip()) and is_prose(f"{token.info}\n{token.content}"):
            # A fence an export opened by mistake ("```'Well, who's going to laugh…") over the rest
            # of the text: its lines are the text's, not code, and so are the words after its
            # backticks (no language's name).
            blocks.extend(_markdown_blocks(token.info, offset + token.map[0]) + _markdown_blocks(token.content, offset + token.map[0] + 1))
    return blocks


# A line of code: ending on a brace, bracket or semicolon, or opening on a keyword.
_CODE_LINE = re.compile(r"[{};\[\]]\s*$|^\s*(?:def|class|import|from|function|var|let|const|return|if|for|while)\b|[=<>]=|=>|\$\s")


def is_prose(text: str) -> bool:
    """Whether a fenced block holds sentences, not code: no line of it reads as code, and it has
    words to read."""
    lines = [line for line in text.splitlines() if line.strip()]
    return bool(lines) and not any(_CODE_LINE.search(line) for line in lines) and len(text.split()) >= MIN_PROSE_WORDS


def _row_text(cells: list[str]) -> str:
    """A table row as a line: a cell naming a field ("Director:") runs into its value, other cells
    are kept apart by a bar ("Lena Park | Director | 2020"); empty cells are left out."""
    text = ""
    for cell in (c for c in cells if c):
        text += (" " if text.endswith(":") else " | " if text else "") + cell
    return text


def _title_heading(blocks: list[Block], body: str) -> str | None:
    """The first heading, when it is the document's title rather than an interview's heading
    (naming someone, or a name alone) or a question set as a heading."""
    from assistant.ingest.headlines import name_alone
    from assistant.ingest.titles import interviewees_in_title

    first = next((b for b in blocks if b.heading), None)
    if first is None or first.text.rstrip().endswith("?"):
        return None
    if interviewees_in_title(first.text) or name_alone(first.text, body, []):
        return None
    return first.text


def _writers_italics(content: str, lines: list[tuple[int, list[Run]]]) -> bool:
    """Whether a paragraph opens and ends on a single asterisk, and CommonMark left asterisks it
    could not pair in its text: the writer meant it in italics, whole."""
    return bool(_ITALIC_ENDS.match(content)) and any(_STRAY_ASTERISK.search(text) for _, runs in lines for text, _ in runs)


def _inline_lines(children: list) -> list[list[Run]]:
    """Text runs of an inline token with their emphasis, one list per source line (a line break
    in a paragraph keeps "**Q:** …" and "**A:** …" apart); images dropped, links kept as text."""
    lines: list[list[Run]] = [[]]
    runs = lines[0]
    bold = italic = 0
    for child in children:
        if child.type == "strong_open":
            bold += 1
        elif child.type == "strong_close":
            bold -= 1
        elif child.type == "em_open":
            italic += 1
        elif child.type == "em_close":
            italic -= 1
        elif child.type in ("text", "code_inline"):
            runs.append((_ITALIC_PUNCTUATION.sub(r"\1", _ORPHAN_LINK_TAIL.sub("", _STRAY_BOLD.sub("", child.content))), "bold" if bold else "italic" if italic else None))
        elif child.type in ("softbreak", "hardbreak"):
            runs = []
            lines.append(runs)
    return lines


_BLOCKQUOTE_TAG = re.compile(r"(?i)<(/?)blockquote\b")


def _still_open(open_tags: int, markup: str) -> int:
    """How many <blockquote> elements are open after `markup`, `open_tags` being open before it."""
    for tag in _BLOCKQUOTE_TAG.finditer(markup):
        open_tags = max(0, open_tags - 1) if tag.group(1) else open_tags + 1
    return open_tags


def _html_block(markup: str, line: int, open_tags: int = 0) -> list[Block]:
    """Blocks of a raw HTML block inside Markdown (a lead paragraph in <p>, an embed), inside the
    `open_tags` block quotations an earlier HTML block left open."""
    from assistant.ingest.read_html import blocks_of_fragment

    markup = "<blockquote>" * open_tags + markup
    # The fragment's bold and italic spans are kept: a question in <strong> before its answer in
    # the same <p> is how many web interviews set their prompts.
    return [
        Block(tuple((line + place - 1, text) for place, text in b.lines), b.heading, b.emphasis, b.quoted)
        for b in blocks_of_fragment(markup, lambda text: _REFERENCE_LINK.sub(r"\1", text))
    ]
