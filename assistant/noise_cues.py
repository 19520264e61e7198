"""Cue patterns for what is never part of an answer: a page's furniture, datelines, addresses,
contact lines, boilerplate and captions (the other cues are in `cues.py`)."""

from __future__ import annotations

import re

# --- Noise that is never part of an answer -----------------------------------------------------------
# A blog's or site's furniture on a line of its own ("No comments:", "Post a Comment", "Aucun
# commentaire", "Bookmark and Share"): never anyone's words.
FURNITURE_LINE = re.compile(
    r"(?i)^\s*(?:no comments?|post a comment|post comments \(atom\)|leave a (?:comment|reply)|"
    r"aucun commentaire|enregistrer un commentaire|bookmark and share|share this(?: article| post)?|"
    r"read (?:the )?(?:full )?transcript(?:\s+expand)?|(?:filed|posted) (?:under|in) [\w ,&-]{1,60}|skip to (?:main )?content|"
    r"\(?\s*click here\b[^()]{0,60}\)?|webvtt|"
    # A picture gallery's buttons left as text: "view fullscreen", "close", "close ad".
    r"(?:(?:view|exit)\s+)?full\s*screen|close(?:\s+ad)?|(?:next|previous|prev)(?:\s+(?:photo|image|slide))?)\s*:?\s*$"
    # (A WebVTT file's first line, "WEBVTT", names the format.) A breadcrumb trail ("Home >
    # Keywords > Genre > Short") and an image's file name left as text
    # ("F–TomVeutRentrer-3-RVB", "IMG_3494").
    r"|^\s*home\s*[>»›/|]\s*\S.*$|^\s*(?=\S*\d)(?=(?:\S*[-–_]){1,})[A-Za-z0-9]+(?:[-–_][A-Za-z0-9]+)+\s*$"
)
# A listing's link to the rest of a teaser ("More »", "Read more", "Lire l'article"): it ends the
# teaser before it, and is no one's words.
READ_MORE_LINE = re.compile(
    r"(?i)^\s*(?:(?:(?:read|see)\s+)?more\s*[»›>…]+|[»›]\s*more|read more|show more|show less|continue reading|"
    r"lire l['’]article|lire la suite|en savoir plus)\s*:?\s*$"
)
# A post's date on a line of its own ("Posted on December 23, 2013 at 8:00 am", "Thursday, October
# 2, 2014") and a bare web address ("http://www.youtube.com/watch?v=…"): page furniture.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|fév|fev|avr|mai|juin|juil|août|aout|déc)[a-zéû]*\.?"
# A place may open it ("Deauville, 02 septembre 2012").
DATELINE = re.compile(
    rf"(?i)^\s*(?:(?:posted|published|updated)(?:\s+on)?\s+)?(?:[A-ZÀ-ÖØ-Þ][\w'’-]+,\s+)?(?:[a-z]+day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})"
    rf"(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:am|pm)?)?(?:\s+by)?\s*$"
)
# A date opening a text: "July 15, 2026 – Acclaimed author…" after a press release's place in
# capitals ("ATLANTIC CANADA – July 15, 2026 – …"), a dateline and no speaker's label.
DATE_OPENING = re.compile(rf"(?i)^\s*(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\b")
BARE_ADDRESS = re.compile(r"(?i)^\s*(?:(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|tv|io|co\.uk|fr|de)(?:/\S*)?)\s*$")
# A web address's last part left on a line of its own ("danny-boyle-q-and-a"): page furniture.
URL_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+){2,}$")
# A line of contact details and nothing else: e-mail addresses (or a site's "[email protected]"
# mask), phone numbers, web addresses, between brackets or separators.
_CONTACT_ITEM = r"(?:[\w.+-]+@[\w-]+\.[\w.]+|email\s+protected|\+?\d[\d .()/-]{6,}\d|(?:https?://|www\.)\S+)"
CONTACT_LINE = re.compile(rf"(?i)^[\s\[\]()|,;/:]*{_CONTACT_ITEM}(?:[\s\[\]()|,;/:]+{_CONTACT_ITEM})*[\s\[\]()|,;/:.]*$")
BOILERPLATE = re.compile(
    r"(?i)©|\bcopyright\b|all rights reserved|terms of (?:use|service)|privacy policy|"
    r"\bsubscribe\b|sign up for|newsletter|\bunsubscribe\b|cookies?\b.*\b(?:accept|consent)|"
    r"\b(?:see|read|check\s+out)\s+our\s+(?:complete\s+|full\s+)?coverage\b|"
    # A review site's furniture under a review: "2 out of 2 found this helpful. Was this review
    # helpful? Sign in to vote.", "Recently Viewed".
    r"\bfound\s+this\s+(?:review\s+)?helpful\b|\bsign\s+in\s+to\s+vote\b|^\s*recently\s+viewed\s*$"
)
# ("Courtesy Alexandra Dickson Gray": a picture's credit line.)
CAPTION = re.compile(
    r"(?i)^(?:(?:photo(?:graph)?s?|image|picture|still|pictured|above|below|top|left|right|credit)\b[^.!?]{0,80}(?::|\bby\b|©)|courtesy\s+(?:of\s+)?\S)"
)

# A paragraph or heading that is only a bracketed direction ("[CLICK]", "(MUSIC)", "[Laughter]"):
# no section, and no one's remark.
BRACKETED_ALONE = re.compile(r"^\s*(?:\[[^\]]*\]|\([^)]*\))\s*$")
