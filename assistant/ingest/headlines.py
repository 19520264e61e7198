"""Who a headline or heading is about: "Lena Park on “Night Buses”", "Lena Park interview", a
role before a name ("Director Lena Park at Cannes"), a heading that is only a name. Pure functions
over text."""

from __future__ import annotations

import re

from assistant.cues import HEADLINE_ABOUT, HEADLINE_INTERVIEW, TITLE_ARTICLES
from assistant.ingest.names import NAME, fold, is_full_name, is_role_word, times_named, without_roles


def heading_person(heading: str) -> str | None:
    """The full name a heading is, with at most role words before it and a part after it in
    brackets, after a dash or after a comma ("Ana Diaz", "Actress Ana Diaz, Mina", "Ana Diaz
    (Mina)"); None for anything else. Read as a person only where the document's other headings
    name people: a film's title has the same shape."""
    name = re.sub(r"\s*(?:\([^)]*\)|[,–—]\s*[^,–—()]{1,40}|\s-\s[^,–—()]{1,40})\s*$", "", heading).strip()
    name = without_roles(name)
    return name if is_full_name(name) and fold(name.split()[0]) not in TITLE_ARTICLES else None


def headline_name(title: str, body: str) -> list[str]:
    """The person a magazine headline "Lena Park on “Night Buses”" is about, when the body names
    them again and never quotes the words as a title ("“Night Buses” on tour" is a film)."""
    match = HEADLINE_ABOUT.match(title)
    if match is None:
        return []
    # "Steven Yeun (‘Minari’) on…": the film in brackets after the name is not part of it.
    name = re.sub(r"\s*\([^()]*\)$", "", match.group("name").strip())
    if not is_full_name(name):
        return []
    quoted = re.search(r"[“\"‘'«]\s*" + re.escape(name) + r"\s*[”\"’'»]", body)
    return [name] if times_named(name, body) >= 2 and not quoted else []


def interview_headline(title: str, body: str) -> list[str]:
    """The person a headline "Lena Park interview" (or "Lena Park: the interview") names, when the
    body also calls them by surname alone, as it does a person and not a film ("Night Bus
    interview": the body says "Night Bus", never "Bus")."""
    match = HEADLINE_INTERVIEW.match(title)
    name = match.group("name").strip() if match else ""
    if not is_full_name(name):
        return []
    return [name] if _called_by_surname(name, body) else []


def headline_person(title: str, body: str) -> list[str]:
    """The person a headline "Andrew Haigh – 45 Years" names before its dash, when the body also
    calls them by surname alone, as it does a person and not a film ("Night Bus – Lena Park": the
    body never says "Bus")."""
    name = heading_person(title)
    if name is None or name == title.strip():
        return []
    return [name] if _called_by_surname(name, body) else []


def _called_by_surname(name: str, body: str) -> bool:
    """Whether the body also calls someone by surname alone, as it does a person and not a film."""
    return times_named(name.split()[-1], body) > times_named(name, body)


def title_subject(title: str) -> list[str]:
    """The one person a title opens with, named after a role word ("Director Lena Park at the
    Cannes Film Festival", "La réalisatrice Asmae El Moudir au Festival de Cannes"), with
    lower-case words, a separator or nothing after the name (a headline in title case runs the
    name into its other words). Without the role word, a film ("Night Bus press notes") reads the
    same."""
    for match in NAME.finditer(title):
        before = title[: match.start()].split()
        if not all(is_role_word(word) or fold(word) in TITLE_ARTICLES for word in before):
            return []
        name = without_roles(match.group())
        if not is_full_name(name) or fold(name.split()[0]) in TITLE_ARTICLES:
            continue
        if not re.match(r"\s+[a-zß-ÿ]|\s*[:,–—|(-]|\s*$", title[match.end():]):
            return []
        given_role = name != match.group() or any(is_role_word(word) for word in before)
        return [name] if given_role else []
    return []
