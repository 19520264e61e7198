"""Who a line signs or attributes words to, and who a paragraph leads into: a signature closing
answers ("Daphne McWilliams / director, …"), a name under a quotation ("— Lena Park"), a lead-in
("Director Lena Park describes…:"), a round-up's "Name (“Film”): …". Pure functions over text."""

from __future__ import annotations

import re

from assistant.ingest.names import NAME, is_full_name, is_role_word, without_roles

# A signature closing the answers it signs: "Daphne McWilliams / director, In a Perfect World…".
_SIGNATURE = re.compile(rf"^\s*[—–-]?\s*(?P<name>{NAME.pattern})\s*(?:/|,|\||–|—)\s*(?P<role>[\w-]+)\b[^.!?]{{0,80}}[.…]?$")

# A name under a quotation is short: "Werner Herzog", "— Jean-Pierre Léaud".
MAX_ATTRIBUTION_WORDS = 4


# A paragraph leading into someone's words: its last sentence opens on their name (role words
# before it or not) and a verb of telling, and ends on a colon ("Director Benjamin Dickinson
# describes the most challenging aspect of making the film:").
_LEAD_IN = re.compile(
    rf"(?:^|[.!?]\s+)(?P<name>{NAME.pattern})\s+(?:describes|explains|says|recalls|remembers|shares|reflects|tells\s+us|talks|writes)\b[^.!?:]*:\s*$"
)


def lead_in_speaker(text: str) -> str | None:
    """The one whose words a paragraph leads into ("Director Benjamin Dickinson describes…:"):
    a full name, role words before it cut; None for anything else."""
    match = _LEAD_IN.search(text)
    name = without_roles(match.group("name")) if match else ""
    return name if is_full_name(name) else None


# A round-up's answer opening on who gives it and their film in brackets, a colon or not:
# "Andrew Renzi (“Franny”): Post-production was…", "Sean Mewshaw (“Tumbledown”)The challenge…".
_NAMED_WITH_FILM = re.compile(rf"^\s*(?P<name>{NAME.pattern})\s*\(\s*[“\"][^”\"()]{{1,80}}[”\"]\s*\)\s*:?\s*(?=\S)")


# A headline quoting someone before their name, their role before it and their work after "on":
# "“The Challenge Is Balancing Tone”: Director Mark Pellington", "“A Huge Historical Project”:
# Editor Kim Miille on Tell Them We Are Rising".
_QUOTE_THEN_NAME = re.compile(r"^\s*[“\"](?P<quote>[^“”\"]{3,200})[”\"]\s*:\s*(?P<who>[^:“”\"]+?)(?:\s+on\s+[^:]+)?\s*$")


def quoted_before_name(text: str) -> str | None:
    """The full name a headline gives after the words it quotes ("“The Challenge Is Balancing
    Tone”: Director Mark Pellington"), role words before it cut; None for anything else."""
    match = _QUOTE_THEN_NAME.match(text)
    name = without_roles(match.group("who")) if match else ""
    return name if is_full_name(name) else None


def answerer_with_film(text: str) -> str | None:
    """The full name a paragraph opens with before their film's title in brackets ("Andrew
    Renzi (“Franny”): …"), as a festival round-up sets each filmmaker's answer; None otherwise."""
    match = _NAMED_WITH_FILM.match(text)
    return match.group("name") if match and is_full_name(match.group("name")) else None


def signature(text: str) -> str | None:
    """The person a signature line names: a full name, then after a slash, comma or dash their
    role ("Daphne McWilliams / director, In a Perfect World…", "— Lena Park, director"); None for
    anything else."""
    match = _SIGNATURE.match(text)
    if match is None or not is_full_name(match.group("name")):
        return None
    return match.group("name") if is_role_word(match.group("role")) else None


# A signature closing a text on its own lines: the name, then at most this many words giving the
# role ("Dust Wave co-founder").
MAX_SIGNATURE_ROLE_WORDS = 6


def closing_signer(lines: list[str]) -> str | None:
    """The person a text's closing lines sign it as: a full name alone, then a line ending on a
    role word ("Alonso Indacochea" / "Dust Wave co-founder"), or one signature line ("— Lena
    Park, director"); None for anything else."""
    if lines and (signer := signature(lines[-1])):
        return signer
    if len(lines) < 2:
        return None
    name, role = lines[-2].strip(), lines[-1].split()
    if is_full_name(name) and 0 < len(role) <= MAX_SIGNATURE_ROLE_WORDS and is_role_word(role[-1]):
        return name
    return None


def attribution_line(text: str, described: bool = False) -> str | None:
    """The full name a line gives alone, or after a dash, under a quotation it attributes
    ("Werner Herzog", "— Lena Park"); `described`, after role words and before a comma saying where
    the words come from ("Director Charlotte Wells, from an interview with Pauline Mallet");
    None for anything else."""
    name = re.sub(r"^\s*[—–-]+\s*", "", text).strip()
    if described:
        name = without_roles(name.split(",")[0].strip())
    return name if len(name.split()) <= MAX_ATTRIBUTION_WORDS and is_full_name(name) else None
