"""The word lists and patterns that read credits and cast lists: "Directed by X", "Director: X",
"CAST", "Maria Ruiz as Elena"; English and French, as press kits come."""

from __future__ import annotations

import re

CREDIT_LINE = re.compile(
    r"(?i)^\s*(?P<role>directed|written|produced|edited|photographed|shot|scored|composed|music|"
    r"screenplay|cinematography|story|original\s+music|production\s+design|an?\s+film|un\s+film|réalisé|realise)"
    r"(?:\s+and\s+(?P<also>\w+))?\s+(?:by|de|par)\s+(?P<names>.+?)\s*$"
)
CREDIT_ROLES = {
    "directed": "director",
    "written": "writer",
    "screenplay": "writer",
    "story": "writer",
    "produced": "producer",
    "edited": "editor",
    "photographed": "cinematographer",
    "shot": "cinematographer",
    "cinematography": "cinematographer",
    "scored": "composer",
    "composed": "composer",
    "music": "composer",
    "original music": "composer",
    "production design": "production designer",
    # "A film by Lena Park", as a press kit's cover credits its director; "Un film de …", "Réalisé par …".
    "a film": "director",
    "an film": "director",
    "un film": "director",
    "réalisé": "director",
    "realise": "director",
}
# A credit block's field: "Director/Writer: Teddy Newton", "Producer: Kevin Reher", "Director of
# Photography: Jane Doe" (the role in words of CREDIT_FIELD_ROLES, the names alone after the colon).
CREDIT_FIELD = re.compile(r"^\s*(?P<roles>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ /&,-]{1,40}?)\s*:\s*(?P<names>\S.*?)\s*$")
CREDIT_FIELD_ROLES = {
    "director": "director",
    "directed": "director",
    "writer": "writer",
    "screenwriter": "writer",
    "screenplay": "writer",
    "producer": "producer",
    "producers": "producer",
    "editor": "editor",
    "composer": "composer",
    "music": "composer",
    "cinematographer": "cinematographer",
    "director of photography": "cinematographer",
    "cinematography": "cinematographer",
    "dop": "cinematographer",
    "production designer": "production designer",
    "réalisateur": "director",
    "réalisatrice": "director",
    "réalisation": "director",
    "scénario": "writer",
    "musique": "composer",
    "montage": "editor",
    "image": "cinematographer",
}
# A page number may open it, as a printed kit's text keeps it ("1 CAST CREDITS").
CAST_HEADING = re.compile(r"(?i)^\s*(?:\d{1,3}\s+)?(?:the\s+)?(?:cast|cast\s*(?:&|and)\s*crew|cast\s+credits|credits|crew|starring|featuring|technical\s+credits|main\s+cast)\s*:?\s*$")
# The leaders between a part and its actor in a cast list ("Troy……………….Matthew McConaughey").
CAST_LEADERS = re.compile(r"\s*(?:…|\.){3,}\s*")
# "Maria Ruiz as Elena", "Elena ....... Maria Ruiz", "Elena – Maria Ruiz": capitalised words each side.
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+(?:(?:de|van|von|da|le|la|the)\s+)?[A-ZÀ-ÖØ-Þ][\w.'’-]*){0,4}"
CAST_AS = re.compile(r"^\s*(?P<actor>" + _CAPITALISED + r")\s*(?:\s+as|\.{2,}|…+|\s+[–—-]|:)\s+(?P<character>" + _CAPITALISED + r")\s*$")
