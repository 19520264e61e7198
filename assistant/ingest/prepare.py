"""From a reader's blocks to the blocks the layout reads: a transcript's timestamps and stage
directions cut (`transcripts`), captions dropped, a printed export's lines rejoined, plain-text
headings marked, paragraphs split where a speaker label opens a line or follows a finished
sentence. Pure functions over blocks."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from assistant.cues import DIRECTORS_STATEMENT, HEADLINE_ABOUT, HONORIFICS, INTERVIEW_BEFORE_NAME, INTERVIEW_DOCUMENT_TITLE, SECTION_HEADING, SIGNED_QUOTATION
from assistant.noise_cues import BARE_ADDRESS, BRACKETED_ALONE, CAPTION, DATELINE, FURNITURE_LINE, READ_MORE_LINE, URL_SLUG
from assistant.ingest import credits, headlines, introductions, label_use, lead_prompts, names, presskit, signatures, teasers, titles, transcripts, turns
from assistant.ingest.name_turns import speaker_names
from assistant.ingest.blocks import Block, Source
from assistant.ingest.presskit import INTERVIEW_HEADING, is_question
from assistant.text import LINE_ENDS_SENTENCE, word_count

# A caption is short: "Photo: Jean Dupont", "Pictured above: Maria on set".
MAX_CAPTION_WORDS = 25
# A plain label opening this many lines is a transcript's turn wherever it stands in a line.
MIN_RUN_IN_LABEL_TURNS = 3
# Names listed together before a label end on a joiner: "Renee, Jacqui and Russell:".
_JOINED_NAMES_END = re.compile(r"(?:,|&|\b(?:and|or|und|et|y))$", re.IGNORECASE)
# A paragraph that is only a quotation; one this long repeated from the text is a pull quote.
PULL_QUOTE = re.compile(r"^[\"“‘'«]\s*(?P<inner>.+?)\s*[\"”’'»][.!?…]?$")
MIN_PULL_QUOTE_CHARS = 20
# A paragraph holding at least this many questions, each on a line of its own, is one paragraph per line.
MIN_LINE_QUESTIONS = 2
# A heading naming whose interview follows is short, even with a film title and four names
# ("To Leslie – Q&A with Michael Morris, Andrea Riseborough, Marc Maron, and Andre Royo").
MAX_HEADING_WORDS = 20
# "Filmmaker Arie Forma (THE SHEPHERD)", "Director of Photography Jane Doe": a role, a name, a title.
MAX_ROLE_NAME_HEADING_WORDS = 10
# A line introducing people with their initials may name a prize, a film and three people.
MAX_INITIALS_HEADING_WORDS = 30
# Dialogue set with a dash before each turn, as French and other European press kits print it.
# A dash opening a turn of dialogue: an em or en dash, or a hyphen in plain text ("- Why?"), with
# or without a space before the words ("-¿Cómo…?", "—I grew up…").
_DIALOGUE_DASH = re.compile(r"^[—–-]\s*(?=[¿¡\"“'‘(\[]?[^\W\d_])")
MIN_DIALOGUE_DASHES = 4
DIALOGUE_DASH_SHARE = 0.5
# A short line closing on a bracket, not opening with one: "Q&A with Ana Diaz (Elena)".
_TITLE_LINE = re.compile(r"^[^(.!?]{2,80}\([^()]{1,60}\)$")


# An opening quotation mark closing a line's last sentence: "…an amazing feeling.“", a slip for "”".
_OPENING_AS_CLOSING = re.compile(r"(?<=[\w.!?…])“(?=\s*$)")


def with_double_quotes(line: str) -> str:
    """A line with two single quotation marks set for a double one read as one ("“I wanted to
    become a director.’’" → "…director.”"), as some writers close quotations, and an opening mark
    closing its last sentence read as a closing one."""
    return _OPENING_AS_CLOSING.sub("”", line.replace("’’", "”").replace("‘‘", "“"))


def _clean(block: Block) -> Block | None:
    """The block without bullets, timestamps, stage directions and a site's furniture (line by
    line), or None when nothing else is left or it is a web address, its slug or a post's date."""
    if (block.heading and BRACKETED_ALONE.match(block.text)) or any(p.match(block.text) for p in (URL_SLUG, DATELINE, BARE_ADDRESS)):
        return None
    # A heading's brackets hold a title or a part ("Filmmaker Arie Forma (THE SHEPHERD)"), not a
    # direction; so do a short line's closing ones, which may be a plain-text heading's.
    titled = block.heading or (len(block.lines) == 1 and _TITLE_LINE.match(block.text) is not None)
    lines = tuple(
        (place, transcripts.without_timestamps(line) if titled else transcripts.without_directions(transcripts.without_timestamps(line)))
        for place, line in ((place, with_double_quotes(line)) for place, line in block.lines)
        if not transcripts.RECORDING_BREAK_LINE.match(line)
    )
    lines = tuple(
        line for line in lines
        if any(c.isalpha() for c in line[1]) and not any(p.match(line[1]) for p in (FURNITURE_LINE, DATELINE, URL_SLUG, BARE_ADDRESS, transcripts.ELAPSED_LINE))
        # A link to read more stays only alone, where it ends the teaser before it.
        and (len(block.lines) == 1 or not READ_MORE_LINE.match(line[1]))
    )
    if not lines:
        return None
    if lines == tuple((p, " ".join(t.split())) for p, t in block.lines):
        return block
    cleaned = Block(lines, block.heading, quoted=block.quoted)
    # "**Were there any shows…?** Many. (Laughs). Well…": the prompt keeps its bold when a
    # direction after it goes.
    return Block(lines, block.heading, block.emphasis_in(cleaned.text), block.quoted) if block.emphasis else cleaned


def prepared(source: Source) -> list[Block]:
    """The source's blocks cleaned (bullets, timestamps, stage directions), without captions and
    pull quotes; a printed export's lines joined into blocks; in other sources, plain-text
    headings marked and paragraphs split where a prompt or a speaker's turn begins inside them."""
    if source.printed:
        lines = transcripts.named_under_timecodes([Block((line,), b.heading, ()) for b in source.blocks for line in b.lines])
        heads = presskit.printed_headings([line.text for line in lines])
        lines = [replace(line, heading=1) if head else line for line, head in zip(lines, heads)]
        labelled = label_use.accepted_labels(lines)
        blocks = [c for b in presskit.join_printed(lines, [i in labelled for i in range(len(lines))]) if (c := _clean(b)) is not None]
    else:
        # Where paragraphs open with a question in bold before its answer, one opening with a
        # statement in bold ("**Truth seems like a modern, useful thing.** The word…") is a prompt too.
        statements = lead_prompts.sets_prompts_in_lead(list(source.blocks))
        blocks = [
            part for b in transcripts.subtitle_paragraphs(transcripts.named_under_timecodes(list(source.blocks))) if (cleaned := _clean(b)) is not None
            for stated in _statement_heading_apart(cleaned) for signed_part in _attribution_apart(stated) for headed_part in _heading_line_apart(signed_part) for line in _lines_apart(headed_part)
            for glued in teasers.glued_apart(line) for teaser in teasers.heading_question_apart(glued) for part in lead_prompts.split_lead_prompt(teaser, statements)
        ]
        blocks = _rejoined_after_honorifics(blocks)
        blocks = [_plain_heading(b, blocks[i - 1] if i else None, source.text) for i, b in enumerate(blocks)]
        blocks = without_dialogue_dashes(speaker_names(blocks))
        named = headed(blocks)
        # Opening questions first: a label inside a teaser ("…come from? Z: The first idea…") is cut
        # off after its question, not before it.
        blocks = _split_at_labels(teasers.split_inline(teasers.split_opening_questions(blocks), named), named)
    body = " ".join(b.text for b in blocks)
    silent = _saying_nothing(blocks)
    return [
        b for i, b in enumerate(blocks)
        if not (CAPTION.match(b.text) and word_count(b.text) <= MAX_CAPTION_WORDS) and not is_pull_quote(b.text, body)
        # A paragraph pasted twice in a row is one paragraph.
        and not (i and b.text == blocks[i - 1].text)
        and i not in silent
    ]


# A paragraph an export cut after a title's full stop ("…”, Mr." / "Springsteen said…").
_ENDS_ON_HONORIFIC = re.compile(rf"\b(?:{'|'.join(HONORIFICS)})\.$")


def _rejoined_after_honorifics(blocks: list[Block]) -> list[Block]:
    """The blocks, a paragraph ending on "Mr." or "Dr." joined to the paragraph after it when
    that one opens on a capital (the name the title goes with): no paragraph ends on a title."""
    joined: list[Block] = []
    for b in blocks:
        previous = joined[-1] if joined else None
        if previous is not None and not previous.heading and not b.heading and _ENDS_ON_HONORIFIC.search(previous.text) and b.text[:1].isupper():
            shift = len(previous.text) + 1
            emphasis = previous.emphasis + tuple((start + shift, end + shift, style) for start, end, style in b.emphasis)
            joined[-1] = Block(previous.lines + b.lines, 0, emphasis, previous.quoted)
        else:
            joined.append(b)
    return joined


def _saying_nothing(blocks: list[Block]) -> set[int]:
    """The positions of labels alone right before another label (or at the end): markers with a
    time code cut ("**Break:** [26:28]"), not turns; "Lena Park:" over her words stays."""
    labels = [None if b.heading else turns.label_of(b) for b in blocks]
    return {
        i for i, (b, label) in enumerate(zip(blocks, labels))
        if label is not None and not b.text[label.start :].strip() and (i + 1 == len(blocks) or labels[i + 1] is not None)
    }


def without_dialogue_dashes(blocks: list[Block]) -> list[Block]:
    """Paragraphs without the dash that opens each turn of a dialogue ("— How did it start?",
    "— I grew up on night buses.", or with hyphens in plain text), when at least `MIN_DIALOGUE_DASHES` and a
    `DIALOGUE_DASH_SHARE` of them open with one, or the questions alone do ("-Would you like to
    tell me more about your video ?"): punctuation of the layout, not words to quote."""
    body = [b for b in blocks if not b.heading]
    dashed = [b for b in body if _DIALOGUE_DASH.match(b.text)]
    if len(dashed) < MIN_DIALOGUE_DASHES or (len(dashed) < DIALOGUE_DASH_SHARE * len(body) and not all(is_question(b.text) for b in dashed)):
        return blocks
    return [b.split(_DIALOGUE_DASH.match(b.text).end())[1] if not b.heading and _DIALOGUE_DASH.match(b.text) else b for b in blocks]


def is_pull_quote(text: str, body: str) -> bool:
    """Whether a paragraph is a quotation the page repeats from the text around it, set apart to
    catch the eye (“The drivers were the only adults awake.”)."""
    quoted = PULL_QUOTE.match(text)
    if quoted is None:
        return False
    inner = " ".join(quoted.group("inner").split()).rstrip(".!?…")
    return len(inner) >= MIN_PULL_QUOTE_CHARS and body.count(inner) >= 2


def _attribution_apart(b: Block) -> list[Block]:
    """A paragraph of sentences whose last line is only a name ("…and that's that." / "Werner
    Herzog"), cut into the quotation and the line attributing it (`signatures.attribution_line`)."""
    if b.heading or len(b.lines) < 2 or not LINE_ENDS_SENTENCE.search(" ".join(b.lines[-2][1].split())):
        return [b]
    return [b.part(0, len(b.lines) - 1), b.part(len(b.lines) - 1, len(b.lines))] if signatures.attribution_line(b.lines[-1][1]) else [b]


def _statement_heading_apart(b: Block) -> list[Block]:
    """A paragraph opening with its heading and a dash or colon ("Director’s Statement – As a
    Chinese person…"), cut into the heading and the statement."""
    match = _RUN_IN_STATEMENT.match(b.text)
    if b.heading or match is None or len(b.lines) != 1:
        return [b]
    number, line = b.lines[0]
    cut = line.index(match.group("heading")) + len(match.group("heading"))
    rest = line[cut:].lstrip(" –—-:")
    return [Block(((number, match.group("heading")),), heading=2), Block(((number, rest),))]


def _heading_line_apart(b: Block) -> list[Block]:
    """A paragraph whose first line names whose interview follows ("Filmmakers Q&A with Robert
    Green of ACTRESS", then the logline on the next line) or is a press kit's section heading
    ("About the director"), cut after that line."""
    first = " ".join(b.lines[0][1].split()) if b.lines else ""
    if b.heading or len(b.lines) < 2 or word_count(first) > MAX_HEADING_WORDS or LINE_ENDS_SENTENCE.search(first):
        return [b]
    if SECTION_HEADING.match(first):
        # "About the director" over the biography on the next line: a section of its own.
        return [replace(b.part(0, 1), heading=2), b.part(1, len(b.lines))]
    return [b.part(0, 1), b.part(1, len(b.lines))] if titles.interviewees_in_title(first) else [b]


def _lines_apart(b: Block) -> list[Block]:
    """A paragraph set one line per paragraph, cut into its lines: every line opens with a dialogue
    dash; lines numbered in sequence; or every line ends a sentence, not all are questions, and
    the first is one or at least MIN_LINE_QUESTIONS are (a web page's paragraphs saved as lines:
    "What does this selection mean to you?" / "It is a dream…"). Running text wrapped into lines
    ends most of them mid-sentence."""
    texts = [" ".join(line.split()) for _, line in b.lines]
    if b.heading or len(texts) < 2:
        return [b]
    lines = [b.part(i, i + 1) for i in range(len(texts))]
    if all(_DIALOGUE_DASH.match(text) for text in texts):
        # Each line opens a turn of a dialogue: "-¿Qué significó…?" / "-Fue recibirme…".
        return lines
    if all(INTERVIEW_BEFORE_NAME.match(text) for text in texts):
        # A listing's teasers, one per line: "Entretien avec … Pourquoi … ? …[…]".
        return lines
    if all(SIGNED_QUOTATION.match(text) for text in texts):
        # A round-up's answers, each a quotation signed on its line: "“…” – Brad Allgood, “Landfill
        # Harmonic”" / "“…” – César Acevedo, “Land and Shade”".
        return lines
    numbers = [int(m.group(1)) for text in texts if (m := presskit.NUMBERED_LINE.match(text))]
    if len(numbers) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        # Numbered questions on lines of their own: "1. Introduce yourself." … "2. What inspired…?"
        return lines
    questions = sum(map(is_question, texts))
    if questions == len(texts) or not all(LINE_ENDS_SENTENCE.search(text) for text in texts):
        return [b]
    # A question on its first line, its answer on the next ("What was…?" / "I think…"), or
    # questions and answers on alternate lines. A turn set one sentence per line that asks at its
    # start and again at its end ("So could you elaborate…?" … "What are some ways…?") is one prompt.
    asks = [is_question(text) for text in texts]
    first_asks = presskit.is_short_question(texts[0]) and not asks[-1]
    alternate = all(a != b for a, b in zip(asks, asks[1:]))
    return lines if questions >= MIN_LINE_QUESTIONS and len(texts) >= 2 * MIN_LINE_QUESTIONS and alternate or first_asks else [b]


def headed(blocks: list[Block]) -> list[str]:
    """Everyone the headings name as interviewed ("Q&A with Ethan Hawke and Paul Schrader")."""
    return [name for b in blocks if b.heading for name in titles.interviewees_in_title(b.text)]


def _split_at_labels(blocks: list[Block], named: list[str]) -> list[Block]:
    """Blocks split before inner lines that open with a label the document uses ("Q: …" and
    "A: …" on consecutive lines of one paragraph), and where a label it opens many lines with is
    run into a line (`_run_in_labels_apart`)."""
    # Whether a label is one the document uses is judged over all its lines.
    lines = [Block((line,)) for b in blocks for line in b.lines]
    opening = Counter(label.raw for line in lines if (label := turns.label_of(line)) is not None and label.style == "plain")
    if len(lines) == len(blocks) and max(opening.values(), default=0) < MIN_RUN_IN_LABEL_TURNS:
        # One line a paragraph and no plain label recurring: nothing to split (judging the labels
        # is a fair share of parsing).
        return blocks
    accepted = label_use.accepted_labels(lines, named)
    keys = {label.key for label in accepted.values()}
    turns_opened = Counter(label.raw for label in accepted.values() if label.style == "plain")
    run_in = _run_in_label([raw for raw, count in turns_opened.items() if count >= MIN_RUN_IN_LABEL_TURNS])
    raws = {label.raw for label in accepted.values()}
    result: list[Block] = []
    for b in blocks:
        starts = [0] + [j for j, line in enumerate(b.lines) if j and (lab := turns.label_of(Block((line,)))) and lab.key in keys]
        parts = [b.part(a, z) for a, z in zip(starts, starts[1:] + [len(b.lines)])] if len(starts) > 1 else [b]
        result.extend(piece for part in parts for piece in _run_in_labels_apart(part, run_in, raws))
    return result


def _run_in_label(labels: list[str]) -> re.Pattern | None:
    """Where one of a transcript's recurring plain labels is run into a line: after a space, or
    glued to the end of a word in lower case or a number ("…phone here Bruce: It's Bruce",
    "…before uhMark: Last year", "…in 1973Mark: Right"). None without such labels."""
    if not labels:
        return None
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?:(?<=\s)|(?<=[a-zß-ÿ\d]))(?:{alternatives}):(?=\s*\S)")


def _run_in_labels_apart(block: Block, run_in: re.Pattern | None, labels: set[str]) -> list[Block]:
    """The block cut before each run-in label: a transcript whose line breaks were lost runs each
    turn into the line before it ("Mark: …at the Garden Bruce: Yeah, it was a lot of fun"). Not
    the end of a longer label of the document ("Richard G. Baraniuk:" beside "Baraniuk:") or of
    names labelling a turn together ("Felix and Chris:")."""
    if run_in is None or block.heading:
        return [block]
    parts: list[Block] = []
    rest, consumed = block, 0
    for match in run_in.finditer(block.text):
        label_end = match.end() - 1
        run_in_label = block.text[match.start() : label_end]
        if _JOINED_NAMES_END.search(block.text[: match.start()].rstrip()) or any(
            len(label) > len(run_in_label) and block.text[:label_end].endswith(label) for label in labels
        ):
            continue
        head, rest = rest.split(match.start() - consumed)
        consumed = match.start()
        if head.text:
            parts.append(head)
    return [*parts, rest] if rest.text else parts


# "Director’s Statement – As a Chinese person…": a statement's heading run into its first line.
_RUN_IN_STATEMENT = re.compile(r"^\s*(?P<heading>" + DIRECTORS_STATEMENT.pattern.removeprefix("(?i)^\\s*") + r")\s*(?:[–—:]|\s-)\s*(?=\S)", re.IGNORECASE)


def _only_statement_heading(text: str) -> bool:
    """Whether a line is a statement's heading and nothing more ("Director's Statement")."""
    match = DIRECTORS_STATEMENT.match(text)
    return match is not None and not text[match.end():].strip(" :")


def _plain_heading(b: Block, previous: Block | None, body: str) -> Block:
    """A one-line block is a heading when it names whose interview follows ("Film – Q&A with Paul
    Schrader", "Filmmaker Arie Forma (THE SHEPHERD)": a role and a name the text names again), or
    when in capitals after a finished sentence ("SYNOPSIS", "CAST")."""
    if b.heading or len(b.lines) != 1 or b.text.startswith("(") or READ_MORE_LINE.match(b.text):
        # ("SHOW LESS", "Read more": a page's buttons head nothing.)
        return b
    # A film's title in quotes closing the line ("…, Director of “Hello…”") ends no sentence.
    unquoted = re.sub(r"\s*[“\"‘][^“”\"‘’]*[”\"’]\s*$", "", b.text)
    if word_count(b.text) <= MAX_HEADING_WORDS and not LINE_ENDS_SENTENCE.search(unquoted) and (
        titles.interviewees_in_title(b.text) or INTERVIEW_DOCUMENT_TITLE.match(b.text) or _only_statement_heading(b.text)
        or SECTION_HEADING.match(b.text)
    ):
        return replace(b, heading=2)
    if (
        word_count(b.text) <= MAX_ROLE_NAME_HEADING_WORDS and names.without_roles(b.text) != b.text
        and headlines.name_alone(b.text, body, []) and not credits.credits_of(b.text) and not (previous is not None and previous.quoted)
    ):
        # "Filmmaker Arie Forma (THE SHEPHERD)" heads an interview; "Producer: Kevin Reher" is a
        # credit; "Director Esther Johnson" under a block quotation signs it.
        return replace(b, heading=2)
    after_paragraph = previous is None or (not previous.quoted and presskit.ends_paragraph(previous.text))
    if b.wholly("bold") and after_paragraph and headlines.name_alone(b.text, body, []):
        # "**Steven Van Zandt**" over his part of a group interview: a name alone in bold that the
        # text names elsewhere heads the section with him, as "## Steven Van Zandt" would; in a
        # list of bold items ("**Best Use of Character**" / "**Best Special Effects**"), no.
        return replace(b, heading=2)
    if previous is None and word_count(b.text) <= MAX_ROLE_NAME_HEADING_WORDS and (headlines.headline_person(b.text, body) or headlines.maker_after_title(b.text)):
        # A headline opening the text with a person the body calls by surname ("Andrew Haigh – 45
        # Years"), or with a film and who made it ("Wuhan Wuhan, Director Yung Chang").
        return replace(b, heading=2)
    about = HEADLINE_ABOUT.match(b.text)
    titled_topic = about is not None and not about.group()[-1].islower()
    if previous is not None and (after_paragraph or previous.text.endswith(":")) and titled_topic and word_count(b.text) <= MAX_ROLE_NAME_HEADING_WORDS and not LINE_ENDS_SENTENCE.search(unquoted) and headlines.headline_name(b.text, body):
        # "Werner Herzog on Journalism vs Film" between paragraphs (or under "Watch the talk here:")
        # heads that person's view of the topic, as "## Werner Herzog on Journalism vs Film" would;
        # its topic in title case ("Claude Code on the web" is a product's link).
        return replace(b, heading=2)
    # "Special Jury Prize: 4 Nights With Anna - Director Jerzy Skolimowski (JS)" over "JS: …" turns.
    if word_count(b.text) <= MAX_INITIALS_HEADING_WORDS and not LINE_ENDS_SENTENCE.search(b.text) and introductions.declared_initials(b.text):
        return replace(b, heading=2)
    if not (presskit.is_plain_heading(b.text) or INTERVIEW_HEADING.match(b.text)):
        return b
    if previous is not None and not previous.heading and presskit.is_question(previous.text) and not INTERVIEW_HEADING.match(b.text):
        # "4. What was the biggest obstacle…?" / "VFX": a word in capitals right under a question answers it.
        return b
    after_sentence = previous is None or previous.heading or presskit.ends_paragraph(previous.text)
    return replace(b, heading=2) if after_sentence or previous.text == previous.text.upper() else b
