"""Reader for web pages saved as HTML: the article body found by trafilatura (navigation, ads,
share buttons, comments and sidebars left out), read with lxml, bold and italic kept."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from assistant.ingest.blocks import PARAGRAPH, Block, Run, Source, from_runs, row_blocks

log = logging.getLogger(__name__)

_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_BOLD_TAGS = {"strong", "b"}
_ITALIC_TAGS = {"em", "i", "cite"}
_BLOCK_TAGS = {"p", "li", "blockquote", "dt", "dd", "pre", "td", "th", "caption", "address", *_HEADINGS}
# A picture's caption or credit, by its class ("photo_caption", "wp-caption-text", "image-credit").
_CAPTION_CLASS = re.compile(r"(?i)caption|credit")
# An image's caption in italics beside it is at most this long ("Photo by Angela Jimenez").
MAX_CAPTION_WORDS = 12
# Page furniture a saved page carries around its article.
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select", "svg", "iframe", "figure", "figcaption", "img"}


def read_html(markup: str) -> Source:
    """Blocks of the page's main text, with the page's title and byline as fields."""
    import trafilatura

    # A page fragment without <html> makes trafilatura log errors; the fallback below reads it.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    extracted = trafilatura.bare_extraction(
        with_nested_lists_as_lines(markup), output_format="python", include_formatting=True, include_tables=True, include_images=False,
        include_comments=False, favor_recall=True, with_metadata=True, as_dict=False,
    ) if markup.strip() else None
    fields: dict[str, str] = {}
    blocks: list[Block] = []
    if extracted is not None:
        fields = {key: str(value) for key in ("title", "author", "description", "sitename", "date") if (value := getattr(extracted, key, None))}
        body = getattr(extracted, "body", None)
        if body is not None:
            blocks = _blocks_of_extract(body)
    if len(blocks) < 2:
        log.info("No article body found; reading the whole page.")
        blocks = blocks_of_fragment(markup)
        fields.setdefault("title", _page_title(markup) or "")
    return Source(tuple(blocks), PARAGRAPH, fields.get("title") or None, {k: v for k, v in fields.items() if v})


# A list inside a list item ("<li>Edmonton Film Festival<ul><li><a>Best Short</a></li></ul></li>").
_NESTED_LIST = re.compile(r"<li\b(?:(?!</li>).)*?<[uo]l\b", re.IGNORECASE | re.DOTALL)


def with_nested_lists_as_lines(markup: str) -> str:
    """The page with each list inside a list item made lines of that item (each nested item after a
    line break, its words as written): trafilatura drops the text of nested lists, the awards under
    each festival of a film's page."""
    if not _NESTED_LIST.search(markup):
        return markup
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    # Innermost first, so a list three levels deep becomes lines of the item two levels up.
    for nested in reversed(soup.select("li ul, li ol")):
        lines = []
        for item in nested.find_all("li", recursive=False):
            lines += [soup.new_tag("br"), *list(item.children)]
        if lines:
            nested.replace_with(*lines)
        else:
            nested.decompose()
    return str(soup)


def _blocks_of_extract(body) -> list[Block]:
    """Blocks of trafilatura's XML body: <head rend="h2">, <p>, <item>, <quote>, <row>, with
    <hi rend="#b"> and <hi rend="#i"> runs; a paragraph is split where a line break follows a
    wholly emphasized opening (a bold question, then its answer after <br>)."""
    blocks: list[Block] = []
    for element in body.iter("head", "p", "item", "quote", "row", "cell", "code"):
        if element.tag == "cell" or (element.tag == "quote" and element.find("p") is not None):
            continue
        if element.tag == "p" and element.getparent() is not None and element.getparent().tag in ("item", "cell"):
            continue
        heading = _HEADINGS.get((element.get("rend") or "").lower(), 0) if element.tag == "head" else 0
        quoted = element.tag == "quote" or any(parent.tag == "quote" for parent in element.iterancestors())
        if element.tag == "head" and not heading:
            heading = 3
        if element.tag == "row":
            cells = [" ".join("".join(cell.itertext()).split()) for cell in element.iter("cell")]
            blocks.extend(row_blocks(cells, len(blocks) + 1, " – "))
            continue
        for runs in _split_at_breaks(_extract_runs(element)):
            if any(text.strip() for text, _ in runs):
                blocks.append(from_runs([(len(blocks) + 1, runs)], heading, quoted))
    return blocks


def _extract_runs(element, style: str | None = None) -> list[Run | None]:
    """Text runs of a trafilatura element; None marks a line break (<lb/>)."""
    runs: list[Run | None] = []
    if element.text:
        runs.append((element.text, style))
    for child in element:
        if child.tag == "lb":
            runs.append(None)
        elif child.tag != "graphic":
            rend = (child.get("rend") or "") if child.tag == "hi" else ""
            child_style = "bold" if "#b" in rend else "italic" if "#i" in rend else style
            runs.extend(_extract_runs(child, child_style))
        if child.tail:
            runs.append((child.tail, style))
    return runs


def _split_at_breaks(runs: list[Run | None]) -> list[list[Run]]:
    """A paragraph's runs cut at its line breaks: each line of an HTML paragraph is a block."""
    lines: list[list[Run]] = [[]]
    for run in runs:
        if run is None:
            lines.append([])
        else:
            lines[-1].append(run)
    return [line for line in lines if any(text.strip() for text, _ in line)]


def blocks_of_fragment(markup: str, clean: Callable[[str], str] | None = None) -> list[Block]:
    """Blocks of an HTML page or fragment read whole with BeautifulSoup (for a fragment inside
    Markdown, or a page whose article body could not be found): page furniture left out, each
    piece of text passed through `clean` when given (so its bold and italic spans stay in place)."""
    from bs4 import BeautifulSoup, NavigableString, Tag

    soup = BeautifulSoup(markup, "lxml")
    for tag in [*soup.find_all(class_=_CAPTION_CLASS), *_captioned_images(soup)]:
        if not tag.decomposed:
            tag.decompose()
    for tag in soup.find_all(_SKIPPED_TAGS):
        tag.decompose()
    root = soup.body or soup
    blocks: list[Block] = []
    lines: list[list[Run]] = [[]]

    def flush(heading: int = 0, quoted: bool = False) -> None:
        for runs in _split_at_breaks([run for line in lines for run in [*line, None]]):
            blocks.append(from_runs([(len(blocks) + 1, runs)], heading, quoted))
        lines.clear()
        lines.append([])

    def walk(node, style: str | None, heading: int, quoted: bool = False) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if child.__class__.__name__ in ("Comment", "Doctype", "Declaration", "ProcessingInstruction"):
                    continue
                lines[-1].append((str(child) if clean is None else clean(str(child)), style))
            elif isinstance(child, Tag):
                name = child.name.lower()
                if name == "br":
                    lines.append([])
                    continue
                child_style = "bold" if name in _BOLD_TAGS else "italic" if name in _ITALIC_TAGS else style
                if name in _BLOCK_TAGS or name in ("div", "section", "article", "main", "ul", "ol", "dl", "table", "tr"):
                    flush(heading, quoted)
                    child_quoted = quoted or name == "blockquote"
                    walk(child, child_style, _HEADINGS.get(name, heading), child_quoted)
                    flush(_HEADINGS.get(name, heading), child_quoted)
                else:
                    walk(child, child_style, heading, quoted)

    walk(root, None, 0)
    flush()
    return blocks


def _captioned_images(soup) -> list:
    """The boxes holding an image and only a short caption or credit in italics beside it
    (`<div><img …><br><i>AMC</i></div>`): a page's pictures, not its text."""
    boxes = []
    for image in soup.find_all("img"):
        box = image.find_parent(["div", "p", "figure", "td"])
        words = box.get_text(" ").split() if box is not None else []
        texts = [text for text in box.find_all(string=True) if text.strip()] if words else []
        if texts and len(words) <= MAX_CAPTION_WORDS and all(text.find_parent(_ITALIC_TAGS) for text in texts):
            boxes.append(box)
    return boxes


def _page_title(markup: str) -> str | None:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    heading = soup.find("h1")
    if heading and heading.get_text(strip=True):
        return " ".join(heading.get_text(" ").split())
    return " ".join(soup.title.get_text(" ").split()) if soup.title and soup.title.string else None
