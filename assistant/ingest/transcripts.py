"""Recorded transcripts' furniture: timestamps and timecodes cut, a speaker's name set alone
beside or under one made a label, stage directions in brackets dropped. Pure functions over lines
and blocks."""

from __future__ import annotations

import re

from assistant.cues import NOT_LABELS, STAGE_DIRECTION_WORDS
from assistant.ingest import name_forms, names
from assistant.ingest.blocks import Block

# Timestamps of recorded transcripts: "[00:01:02] Name: …", "Name (0:19): …", "Name  0:19" or
# "Speaker 2  0:19" alone.
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_BRACKETED_TIME = re.compile(rf"\s*[\[(]{_TIME}[\])]")
_LEADING_TIME = re.compile(rf"^\s*{_TIME}\s+(?=\S)")
# A clock run into the words it times, as a video page's transcript sets each line
# ("00:00:09today by five…", "00:02:0230 years of my life"): hours, minutes and seconds in two digits.
_GLUED_CLOCK = re.compile(r"^\s*\d{2}:\d{2}:\d{2}(?![aApP]\.?[mM]\b)(?=[^\W\d_]|\d+\s+[^\W\d_])")
_NAME_AND_TIME = re.compile(rf"^\s*(?P<name>[A-ZÀ-ÖØ-Þ][^\d:]{{0,60}}?(?:[ _]\d{{1,2}})?)\s+{_TIME}\s*$")
# "Lena Park: 00:04:21" alone on its line, the turn's words below it, as some podcasts publish them
# (or "Lena Park 00:04:21:", the colon after the time).
_NAME_COLON_TIME = re.compile(rf"^\s*(?P<name>[A-ZÀ-ÖØ-Þ][^\d:]{{0,60}}?(?:[ _]\d{{1,2}})?)(?:\s*:\s*{_TIME}|\s+{_TIME}\s*:)\s*$")
# "Lena Park (1:00:24)" alone on its line, as podcast transcripts set a turn, or before the turn's
# words ("Speaker 1 [00:00:04] Welcome everyone."): the name, a label.
_NAME_AND_BRACKETED_TIME = re.compile(
    rf"^\s*(?P<name>[A-ZÀ-ÖØ-Þ][^\d:()\[\]\s]*(?:\s+[^\d:()\[\]\s]+){{0,3}}?(?:[ _]\d{{1,2}})?)\s*[\[(]{_TIME}[\])]\s*:?(?P<rest>(?:\s+\S.*)?)$"
)
# A line that is only a timecode or a range of them, frames or milliseconds included, as video
# editors and subtitle files set one over each turn ("[00:00:03:18 - 00:00:08:08]", "00:00:08.000 --> 00:00:12.000").
_TIMECODE = r"\d{1,2}:\d{2}(?::\d{2}){0,2}(?:[.,]\d{1,3})?"
_TIMECODE_LINE = re.compile(rf"^\s*[\[(]?{_TIMECODE}(?:\s*(?:-->|[-–—])\s*{_TIMECODE})?[\])]?\s*$")
# A break in a recording marked with its span and no words: "Jingle: [39:59] to [40:18]",
# "Break: [26:45] to [26:45]"; no one says anything there.
RECORDING_BREAK_LINE = re.compile(rf"^\s*[^\W\d_][^:\[\]]{{0,30}}:\s*\[{_TIMECODE}\]\s*(?:to|-|–|—)\s*\[{_TIMECODE}\]\s*$")
# A line that is only the time elapsed, in abbreviated units, as some transcribers mark the
# recording: "2m 10s", "21min", "35min 20s", "1h 02m" ("5 minutes" alone may be an answer).
ELAPSED_LINE = re.compile(
    r"(?i)^\s*[\[(]?(?=\d)(?:\d{1,2}\s?h(?:rs?)?\s*)?(?:\d{1,3}\s?m(?:ins?)?\s*)?(?:\d{1,2}\s?s(?:ecs?)?)?[\])]?\s*$"
)
# A subtitle file's cue: its number alone on a line, then its time range ("00:00:04,407 --> 00:00:08,719").
_CUE_NUMBER = re.compile(r"^\s*\d{1,5}\s*$")
_CUE_TIMES = re.compile(rf"^\s*{_TIMECODE}\s*-->\s*{_TIMECODE}\s*$")
# A text of subtitles holds at least this many cues.
MIN_SUBTITLE_CUES = 3
# An SSA/ASS subtitle event's fields before its text ("Dialogue: 0,0:00:00.00,0:00:06.39,Default,,0000,0000,0000,,"),
# its header's field names, and its line breaks (backslash N): no one's words.
_SSA_EVENT = re.compile(r"\bDialogue:\s*\d+,\d+:\d\d:\d\d[.,]\d+,\d+:\d\d:\d\d[.,]\d+,[^,]*,[^,]*,\d+,\d+,\d+,[^,]*,")
_SSA_HEADER = re.compile(r"\[Script Info\].*?Format:\s*Layer,\s*Start,\s*End,[\w\s,]*?\bText\b")
_SSA_BREAK = re.compile(r"\\[Nn]")


def subtitle_paragraphs(blocks: list[Block]) -> list[Block]:
    """A subtitle file's cues (a number, a time range, the words on a line or two) made paragraphs:
    the words of consecutive cues one paragraph, cut before and after each cue that asks a
    question ("How would you" / "describe the film?"), so it prompts the cues after it; the
    numbers and time ranges go. Blocks of any other text come back as they are."""
    lines = [(place, line) for b in blocks for place, line in b.lines]
    if sum(bool(_CUE_TIMES.match(line)) for _, line in lines) < MIN_SUBTITLE_CUES or any(b.emphasis or b.heading for b in blocks):
        return blocks
    cues: list[list[tuple[int, str]]] = [[]]
    for k, (place, line) in enumerate(lines):
        following = lines[k + 1][1] if k + 1 < len(lines) else ""
        if _CUE_TIMES.match(line) or (_CUE_NUMBER.match(line) and _CUE_TIMES.match(following)):
            if cues[-1]:
                cues.append([])
            continue
        cues[-1].append((place, line))
    paragraphs: list[list[tuple[int, str]]] = [[]]
    for cue in (cue for cue in cues if cue):
        asks = " ".join(line for _, line in cue).rstrip().endswith("?")
        if asks and paragraphs[-1]:
            paragraphs.append([])
        paragraphs[-1].extend(cue)
        if asks:
            paragraphs.append([])
    return [Block(tuple(paragraph)) for paragraph in paragraphs if paragraph]


def without_subtitle_fields(line: str) -> str:
    """A line of an SSA/ASS subtitle file without its header and each event's fields, its line
    breaks (backslash N) spaces: the words said."""
    if not _SSA_EVENT.search(line):
        return line
    return _SSA_BREAK.sub(" ", _SSA_EVENT.sub(" ", _SSA_HEADER.sub(" ", line)))


# The speaker's name alone on the line under a timecode, bracketed or not: "Lena Park", "(Lena Park)".
_NAME_UNDER_TIMECODE = re.compile(r"^\s*[(\[]?(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ\d][\w'’.-]*){0,3})[)\]]?\s*$")
# A bullet glyph opening a line ("• Comment vous est venue l'idée ?"); dashes may be dialogue.
_BULLET = re.compile(r"^\s*[•◦▪▫‣●○■□➢➤►]\s*")
_DIRECTION = re.compile(r"\s*\(([^()]{1,120})\)")


def without_directions(text: str) -> str:
    """Text without bracketed stage directions: "(LAUGHTER)", "(SOUNDBITE OF MUSIC)", "(laughs)",
    "(As Grimes, singing)"; other brackets ("(Translation by …)", "(directed by …)") stay."""
    def keep(match: re.Match) -> str:
        inner = match.group(1)
        letters = [c for c in inner if c.isalpha()]
        capitals = letters and all(c.isupper() for c in letters) and len(letters) >= 2
        words = names.fold(inner).replace(",", " ").split()
        direction = bool(words) and (words[0] in STAGE_DIRECTION_WORDS or (words[0] == "as" and inner[3:4].isupper()))
        # "Jerzy Skolimowski (JS)": the initials a name's turns will carry, not a direction.
        before = match.string[: match.start()].split()[-len(inner):] if 2 <= len(inner) <= 4 and inner.isalpha() else []
        declared = bool(before) and name_forms.initials(" ".join(before)) == inner
        return "" if (capitals and not declared) or direction else match.group()

    # Inner brackets first: "(SOUNDBITE OF SONG, "COLD TOUCH (KITO FEAT. GRIMESAI)")" goes whole.
    while (cut := _DIRECTION.sub(keep, text)) != text:
        text = cut
    return " ".join(text.split())


def without_timestamps(line: str) -> str:
    """A line without a leading bullet glyph ("• Why…?") and, in a transcript, its timestamps:
    "[00:00:19] Lena Park: …" → "Lena Park: …", "Lena Park (00:19): …" or "Lena Park [00:19] …" →
    "Lena Park: …", and "Lena Park  0:19" or "Lena Park: 0:19" alone (as transcription tools set a
    turn's label) → "Lena Park:"."""
    line = _BULLET.sub("", _NAME_AND_BRACKETED_TIME.sub(r"\g<name>:\g<rest>", without_subtitle_fields(line)))
    spoken = _NAME_COLON_TIME.match(line)
    if spoken and names.fold(spoken.group("name")).split()[0] not in NOT_LABELS:
        # "Time: 10:00" is a field, not a turn.
        line = spoken.group("name") + ":"
    line = _BRACKETED_TIME.sub("", line)
    line = _LEADING_TIME.sub("", _GLUED_CLOCK.sub("", line))
    return " ".join(_NAME_AND_TIME.sub(r"\g<name>:", line).split())


def named_under_timecodes(blocks: list[Block]) -> list[Block]:
    """The blocks, a name alone under a line that is only a timecode (in the same block or closing
    the one before) made that speaker's label: "[00:00:03:18 - 00:00:08:08]" then "Lena Park" →
    "Lena Park:"; the timecode goes with the lines that hold no letter."""
    result: list[Block] = []
    previous = ""
    for block in blocks:
        lines = list(block.lines)
        for k, (place, line) in enumerate(lines):
            if _TIMECODE_LINE.match(previous) and (name := _NAME_UNDER_TIMECODE.match(line)):
                lines[k] = (place, name.group("name") + ":")
            previous = line
        result.append(block if lines == list(block.lines) else Block(tuple(lines), block.heading, quoted=block.quoted))
    return result
