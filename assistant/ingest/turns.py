"""Speaker labels: "Name:", "NAME, ROLE:", "**Name:**", "Q:"/"A:" found at the start of blocks, and
the text after them (which a document really uses is `label_use`; who each stands for is
`people.identify`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.cues import ANSWER_LABELS, ENGLISH_ARTICLES, NOT_LABELS, PRONOUNS, QUESTION_LABELS, STAGE_DIRECTION_WORDS, TITLE_LABEL_ENDINGS, TOPIC_LABEL_OPENERS
from assistant.ingest.blocks import Block
from assistant.ingest.introductions import declaration
from assistant.ingest.names import TITLE_CASE_BREAKS, fold, is_role_word
from assistant.ingest.presskit import is_title_case
from assistant.noise_cues import DATE_OPENING
from assistant.quote_cues import SPEAKER_AFTER_QUOTE

# The opening of a turn read for a speech verb signing its quotation.
MAX_SIGNED_OPENING = 400
# "Kenny Malone, HOST", "AI-GENERATED VOICE #4", "Felix and Chris (together)", "Q"; a Q/A marker,
# numbered or not, may also end with a full stop, a bracket or a dash ("Q. …", "Q) …", "A - …").
# A stage direction in square brackets may stand between the name and the colon ("Kumail Nanjiani
# [who stands up and begins pacing]: I'll tell you…").
_LABEL = re.compile(r"^(?P<label>[^:：\n\[]{1,60}?(?:\s*\[[^\]\n]{1,100}\])?)\s*[:：](?:\s+|$)(?P<rest>.*)$", re.S)
_MARKER = re.compile(r"^(?P<label>(?:Q|A|Question|Answer)(?:\s*\d{1,3})?)(?:\.|\)|\s+[-–—])(?:\s+|$)(?P<rest>.*)$", re.S | re.I)
# Initials and a dash opening a turn, as a transcript with a key to its labels sets them ("C – Well,
# a client places an order…"; "I" and "C" declared in "[I] – Interviewer [C] - Client").
_INITIALS_DASH = re.compile(r"^(?P<label>[A-ZÀ-ÖØ-Þ]{1,3})\s+[–—-]\s*(?P<rest>.*)$", re.S)
# A name in capitals closed by a full stop or set off by a dash, as some magazines and
# transcripts set a turn: "PARK. I grew up…", "LENA PARK — I grew up…".
_CAPITALS_STOP = re.compile(r"^(?P<label>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+){0,3})(?:\.|\s+[—–])\s+(?P<rest>\S.*)$", re.S)
# A full name in title case set off by a spaced dash, as plain-text exports set turns: "Lena Park -
# The 472 bus…", "Tom Reed – What inspired…?" (a label only where it recurs, as plain labels are;
# one word is an adverb as often as a name: "Lastly - where can we…").
_NAME_DASH = re.compile(r"^(?P<label>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,2})\s+[—–-]\s+(?P<rest>\S.*)$", re.S)
# A name in square brackets opening a turn, as some transcripts set it: "[LENA PARK] …", "[Rafael] …"
# (not a direction: "[LAUGHS]", "[Inaudible]").
_BRACKETED_NAME = re.compile(r"^\[(?P<label>[A-ZÀ-ÖØ-Þ][\w'’.\- ]{1,58})\]\s+(?P<rest>\S.*)$", re.S)
# A voice the transcriber could not name: "???", "?".
UNKNOWN_VOICE = re.compile(r"^\?{1,5}$")
# A numbered question or answer marker ("Question 1", "Q2", "A 3", "1. Q") is the bare marker.
_NUMBERED_MARKER = re.compile(r"(?i)^(?:\d{1,3}\s*[.)]\s*)?(?P<marker>q|a|question|answer)(?:\s*\.?\s*\d{1,3})?$")
# A label's words: capitalised words, an outlet's name opening with digits ("702WI"), "#4", brackets,
# joiners, and after a word a number ("Speaker 2", as automatic transcripts label voices).
_LABEL_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|\d+[A-Z][\w'’.-]*|[a-z][A-Z]{2,}|#\d+|\([^)]*\)|and|&|of|de|van|von|da|le|la)$")
_LABEL_NUMBER = re.compile(r"^\d{1,2}$")
MAX_LABEL_WORDS = 6
# A part of a series in brackets: "(Deadlands Vol. 2)", "(Book 1)", "(Season 3)".
_NUMBERED_PART = re.compile(r"\([^)]*\b(?:Vol\.?|Volume|Book|Part|Season|Episode|Chapter)\s*\d+[^)]*\)")
# A one-word name in lower case ("danah", "bell"), as a label that must earn its place.
_LOWER_CASE_NAME = re.compile(r"^[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]{1,19}$")



@dataclass(frozen=True)
class Label:
    """A speaker label at the start of a block: its words as printed (no colon), how it is set
    ("bold", "caps", "plain", "qa") and where the spoken text starts in the block."""

    raw: str
    style: str
    start: int

    @property
    def name(self) -> str:
        """The label without a role or remark: "KENNY MALONE, HOST" → "KENNY MALONE"."""
        return re.sub(r"\s*\([^)]*\)", "", self.raw.split(",")[0]).strip()

    @property
    def role(self) -> str | None:
        """The role after a comma: "KENNY MALONE, HOST" → "host"."""
        parts = self.raw.split(",", 1)
        return parts[1].strip().lower() if len(parts) == 2 and parts[1].strip() else None

    @property
    def key(self) -> str:
        return fold(self.name)


def label_of(block: Block) -> Label | None:
    """The speaker label a block opens with, if its words look like one (capitalised words, at
    most six, or a Q/A marker), whether or not the document uses it as a label."""
    text = block.text
    match = (
        _LABEL.match(text) or _MARKER.match(text) or _CAPITALS_STOP.match(text) or _BRACKETED_NAME.match(text)
        or _INITIALS_DASH.match(text) or _NAME_DASH.match(text)
    )
    if match is None:
        return None
    label = _label_at(block, match)
    if label is None and match.re is _LABEL and (marker := _MARKER.match(text)):
        # "A. Opera combines many arts: music, …": a marker, the colon in the answer after it.
        return _label_at(block, marker)
    return label


def _label_at(block: Block, match: re.Match) -> Label | None:
    """The label `match` found at the start of the block, if its words look like one."""
    text = block.text
    lead = block.lead()
    if match.re is _BRACKETED_NAME and (fold(match.group("label").split()[0]) in STAGE_DIRECTION_WORDS or _italic(block, match.end("label"))):
        # "_[Laughingly]_": a direction in italics, not a name.
        return None
    raw = re.sub(r"\s*\[[^\]]*\]", "", match.group("label")).strip().strip("*_ ")
    if UNKNOWN_VOICE.match(raw):
        # "???:", as transcribers mark a voice they could not name.
        return Label(raw, "plain", match.start("rest"))
    numbered = _NUMBERED_MARKER.match(raw)
    raw = numbered.group("marker") if numbered else raw
    tokens = [t for t in re.split(r"[\s,]+", re.sub(r"\([^)]*\)", "", raw)) if t]
    name_part, _, role_part = raw.partition(",")
    if role_part.split() and is_role_word(role_part.split()[0]):
        # "Zach Endres, Writer/Director THE TELEPORTED MAN": a role and the work after the name's
        # comma are any words; the name's are checked.
        tokens = [t for t in re.split(r"\s+", re.sub(r"\([^)]*\)", "", name_part)) if t]
    if _LOWER_CASE_NAME.match(raw) and fold(raw) not in NOT_LABELS and not declaration(text):
        # "danah:", as some people write their own name: a label only where it recurs beside
        # other labels and the name is spoken too (`accepted_labels`).
        return Label(raw, "lower", match.start("rest"))
    if not tokens or len(tokens) > MAX_LABEL_WORDS or not all(_LABEL_TOKEN.match(t) or (n and _LABEL_NUMBER.match(t)) for n, t in enumerate(tokens)):
        return None
    if fold(tokens[0]) in NOT_LABELS or text.startswith(("http:", "https:")) or (len(tokens) > 1 and fold(tokens[-1]) in TITLE_LABEL_ENDINGS):
        return None
    if any(token[:1].isupper() and fold(token) in TITLE_CASE_BREAKS for token in tokens[1:]) or _NUMBERED_PART.search(raw):
        # "No Treaty With The Dead (Deadlands Vol. 1): Focuses on…": a work's title in title case
        # (a capitalised word no name holds after its first) or a part of a series.
        return None
    if match.re in (_CAPITALS_STOP, _NAME_DASH) and DATE_OPENING.match(match.group("rest")):
        # "ATLANTIC CANADA – July 15, 2026 – …": a press release's dateline, its place and date.
        return None
    if len(tokens) > 1 and fold(tokens[0]) in TOPIC_LABEL_OPENERS:
        # "On John Steinbeck: “…”": a topic the quotation after it is about, not who says it.
        return None
    first_line = block.lines[0][1] if block.lines else text
    if fold(tokens[0]) == "the" and is_title_case(first_line.split(":", 1)[-1]):
        # "The Playboy Interviews: The Directors" is a title and its subtitle on their line;
        # "The Playlist: Congratulations on the nomination." an outlet asking.
        return None
    if declaration(text):
        # "Interviewee: Jack Wang (26, …)" says who takes part; no one speaks it.
        return None
    if fold(raw) in QUESTION_LABELS | ANSWER_LABELS:
        style = "qa"
    elif lead and len(lead.rstrip(":").strip()) >= len(raw) - 1 and text[: len(lead)].startswith(lead):
        if len(tokens) > 1 and (
            any(fold(token) in PRONOUNS for token in tokens)
            or (fold(tokens[0]) in ENGLISH_ARTICLES and not any(is_role_word(token) for token in tokens[1:]))
            or _signed_by_another(text[match.start("rest") :], tokens)
        ):
            # "**You Gotta Have Faith:** “…”", "**The Dark Side:** “…”", "**First Night Jitters:**
            # “…,” Springsteen said.": a topic in bold over a quotation; no name holds a pronoun
            # or opens on an article ("The Director" is a role), and a speaker's words are not
            # signed by someone else.
            return None
        style = "bold"
    elif sum(c.isupper() for c in raw) >= 2 and raw == raw.upper():
        style = "caps"
    else:
        style = "plain"
    return Label(raw, style, match.start("rest"))


def _signed_by_another(rest: str, tokens: list[str]) -> bool:
    """Whether the text after a label opens on a quotation a speech verb gives to someone named
    who is not the label ("“…,” Springsteen said.")."""
    first = rest.lstrip()
    if first[:1] not in ("“", '"'):
        return False
    own = {fold(token) for token in tokens}
    for pattern in SPEAKER_AFTER_QUOTE:
        for found in pattern.finditer(first[:MAX_SIGNED_OPENING]):
            words = [fold(word) for word in found.group("who").split()]
            if words and words[-1] not in PRONOUNS and words[-1][:1].isalpha() and found.group("who")[:1].isupper() and not set(words) & own:
                return True
    return False


def _italic(block: Block, end: int) -> bool:
    """Whether the block's text is in italics from its start to `end`."""
    return any(kind == "italic" and start <= 1 and stop >= end for start, stop, kind in block.emphasis)


def text_after_label(text: str) -> str:
    """A prompt without the label of whoever asks it ("Q: How did it start?", "Anthropic: Set the
    stage for us…"): the text after a label, when there is text after it."""
    label = label_of(Block(((0, text),)))
    return text[label.start :].strip() if label is not None and text[label.start :].strip() else text


def without_label(block: Block, label: Label) -> Block | None:
    """The block with its label cut off (None when the label stood alone)."""
    text = block.text
    rest = text[label.start:].strip()
    if not any(c.isalnum() for c in rest):
        # Nothing but a mark of text cut ("Iskander: […]"): the label stands alone.
        return None
    first_place, first_line = block.lines[0]
    first = " ".join(first_line.split())
    cut = len(text) - len(text[label.start:].lstrip())
    if cut <= len(first):
        lines = ((first_place, first[cut:].lstrip()), *block.lines[1:])
    else:
        lines = block.lines[1:]
    lines = tuple(line for line in lines if line[1].strip())
    shift = len(text) - len(" ".join(" ".join(line.split()) for _, line in lines))
    emphasis = tuple((max(0, a - shift), b - shift, kind) for a, b, kind in block.emphasis if b - shift > 0)
    return Block(lines, block.heading, emphasis, block.quoted)
