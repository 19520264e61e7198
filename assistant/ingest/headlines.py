"""Who a headline or heading is about: "Lena Park on “Night Buses”", "Lena Park interview", a
role before a name ("Director Lena Park at Cannes"), a heading that is only a name. Pure functions
over text."""

from __future__ import annotations

import itertools
import re

from assistant.cues import HEADLINE_ABOUT, HEADLINE_INTERVIEW, HEADLINE_QUOTE, ROLE_WORDS, TITLE_ARTICLES
from assistant.ingest.names import NAME, UPPER, fold, is_full_name, is_person_name, is_role_word, person_name, times_named, without_roles
from assistant.ingest.name_forms import first_name_in_full, initials, words_in_lower_case


def heading_person(heading: str) -> str | None:
    """The full name a heading is, with at most role words before it and a part after it in
    brackets, after a dash or after a comma ("Ana Diaz", "Actress Ana Diaz, Mina", "Ana Diaz
    (Mina)"); None for anything else. Read as a person only where the document's other headings
    name people: a film's title has the same shape."""
    maker = maker_after_title(heading)
    if maker:
        # "Wuhan Wuhan, Director Yung Chang": the film's title, then who made it.
        return maker[0]
    name = re.sub(r"\s*(?:\([^)]*\)|[,–—]\s*[^,–—()]{1,40}|\s-\s[^,–—()]{1,40})\s*$", "", heading).strip()
    name = without_roles(name)
    return name if is_full_name(name) and fold(name.split()[0]) not in TITLE_ARTICLES else None


_LEADING_QUOTED = re.compile(r"^[‘'“\"][^’'”\"]{1,60}[’'”\"]\s+")


# A headline's person the body never names in full is called by surname this often at least.
MIN_SURNAME_MENTIONS = 2


def headline_name(title: str, body: str) -> list[str]:
    """The person a magazine headline "Lena Park on “Night Buses”" ("Lena Park Talks…") is about,
    when the body names them again (in full twice, or in full and by surname) and never quotes the
    words as a title ("“Night Buses” on tour" is a film); after a colon too ("The Boss on
    Broadway: Lena Park on Her First Job")."""
    for part in dict.fromkeys([title, title.split(": ", 1)[-1]]):
        match = HEADLINE_ABOUT.match(part)
        if match is None:
            continue
        # "Steven Yeun (‘Minari’) on…": the film in brackets after the name is not part of it.
        name = re.sub(r"\s*\([^()]*\)$", "", match.group("name").strip())
        # "‘Run’ Creator Vicky Jones Talks…": the work in quotes and the role before the name are not part of it.
        name = without_roles(_LEADING_QUOTED.sub("", name))
        if is_full_name(name) and (found := _named_again(name, match, body)):
            return found
    return []


def _named_again(name: str, match: re.Match, body: str) -> list[str]:
    """[name] when the body names the headline's person again and never quotes the name as a title."""
    quoted = re.search(r"[“\"‘'«]\s*" + re.escape(name) + r"\s*[”\"’'»]", body)
    # "Night Buses Talks Back" may be a film's: a person who talks is called by surname too.
    person = match.group("verb") is None or _called_by_surname(name, body)
    # Named twice in the body, or once in full and again by surname ("Jacob Krupnick set out…
    # Below Krupnick tells us…"), or by surname alone twice ("Mr. Springsteen played…").
    surname = times_named(name.split()[-1], body)
    named = times_named(name, body) >= 2 or (times_named(name, body) >= 1 and _called_by_surname(name, body)) or surname >= MIN_SURNAME_MENTIONS
    return [name] if named and not quoted and person else []


# A person described by their tie to another, in a headline's title case: "Whitney Houston's
# Daughter", "Spielberg's Composer".
_DESCRIBED = re.compile(rf"(?P<owner>{NAME.pattern})['’]s\s+(?P<noun>[{UPPER}][a-z]+)")


def described_person(title: str, body: str) -> list[str]:
    """The person a headline describes by their tie to another ("Whitney Houston's Daughter
    Talks…") when the body names them beside the same words: "the only daughter of Whitney
    Houston, Bobbi Kristina Brown", "Houston's daughter Bobbi Kristina Brown", "Bobbi Kristina
    Brown, Houston's daughter"."""
    match = _about(title)
    described = _DESCRIBED.fullmatch(match.group("name").strip()) if match else None
    if described is None:
        return []
    owner = described.group("owner")
    owner_forms = "|".join(re.escape(form) for form in dict.fromkeys([owner, owner.split()[-1]]))
    noun = f"(?i:{re.escape(described.group('noun'))})"
    # Up to two words may stand between ("Houston's only daughter", "the late Whitney Houston").
    between = r"(?:[\w-]+\s+){0,2}"
    patterns = [
        rf"\b{noun}\s+of\s+{between}(?:{owner_forms}),\s+(?P<name>{NAME.pattern})",
        rf"\b(?:{owner_forms})['’]s\s+{between}{noun},?\s+(?P<name>{NAME.pattern})",
        rf"(?P<name>{NAME.pattern}),\s+(?:(?:{owner_forms})['’]s\s+{between}{noun}|(?:the|a)\s+{between}{noun}\s+of\s+{between}(?:{owner_forms}))\b",
    ]
    found = [m.group("name") for pattern in patterns for m in re.finditer(pattern, body)]
    found = [name for name in dict.fromkeys(found) if is_full_name(name) and fold(name) != fold(owner)]
    return found if len(found) == 1 else []


def _about(title: str) -> re.Match | None:
    """A headline's "X on …" / "X Talks …", or the same after a colon ("“I Hope We Nailed It”:
    Lena Park Talks Night Buses", "Video: … Talks To Oprah")."""
    return HEADLINE_ABOUT.match(title) or HEADLINE_ABOUT.match(title.split(": ", 1)[-1])


def interview_headline(title: str, body: str) -> list[str]:
    """The person a headline "Lena Park interview" (or "Lena Park: the interview", "The Lena Park
    Interview") names, when the body also calls them by surname alone, as it does a person and
    not a film ("Night Bus interview": the body says "Night Bus", never "Bus"), or labels turns
    with their first name."""
    match = HEADLINE_INTERVIEW.match(title)
    name = match.group("name").strip() if match else ""
    # "The Bruce Springsteen Interview": the article is the headline's, not the name's.
    article, _, rest = name.partition(" ")
    name = rest if rest and fold(article) in TITLE_ARTICLES else name
    first, _, others = name.partition(" ")
    if others and not times_named(name, body) and fold(first) in words_in_lower_case(body):
        # "Full Max Interview Report": a word the body writes in lower case, never in the name, is
        # no part of it; one word left is a first name, the body's full name opening with it.
        name = first_name_in_full(others, body) or ""
    if not is_full_name(name):
        return []
    # "Kristen Stewart interview …" over turns labelled "Kristen:": a person's first name.
    labelled = re.search(rf"(?m)^\s*{re.escape(name.split()[0])}\s*:", body)
    # "Stephen King Interview" over answers that never name him: no film's title, which its
    # interview would name, and no one else's name the body could mean.
    unnamed = is_person_name(name) and not any(times_named(part, body) for part in name.split())
    return [name] if _called_by_surname(name, body) or labelled or unnamed else []


def quoted_headline(title: str, body: str) -> list[str]:
    """The person a headline "Lena Park: “I never wanted to direct”" quotes, when their words are
    in the body too: the text is theirs to say."""
    if not quoting(title):
        return []
    match = HEADLINE_QUOTE.match(title)
    words = re.escape(" ".join(match.group("quote").split())).replace(r"\ ", r"\s+")
    return quoting(title) if re.search(words, body) else []


def quoting(title: str) -> list[str]:
    """The full name a headline quotes ("Vicky Jones: 'Fleabag felt like a tipping point'"),
    whether or not the body holds the words; [] for anything else."""
    match = HEADLINE_QUOTE.match(title)
    return [name] if match and is_full_name(name := match.group("name").strip()) else []


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


def role_and_name(title: str) -> list[str]:
    """The one person a headline names after a role word anywhere in it ("How Good One director
    India Donaldson crafted the film’s twist"), the name followed by a lower-case word, a
    separator or nothing; [] when it names none or several so. A role word closing on a comma is
    said of the words before it ("Marshall Curry, Director, Racing Dreams" names no "Racing Dreams")."""
    found = []
    for match in NAME.finditer(title):
        before = title[: match.start()].split()
        name = without_roles(match.group())
        # "Marshall Curry, Director, Racing Dreams": a role word before a comma is the name's before it.
        given_role = name != match.group() or (bool(before) and is_role_word(before[-1]) and not before[-1].endswith(","))
        if given_role and is_full_name(name) and re.match(r"\s+[a-zß-ÿ]|\s*[:,–—|(-]|\s*$", title[match.end():]):
            found.append(name)
    return found if len(found) == 1 else []


def name_with_role(heading: str) -> list[str]:
    """The full name a heading gives with only role words after a comma or dash ("Luke Navin,
    composer", "LENA PARK – DIRECTOR"), a work's title or a place after them or not ("Marshall
    Curry, Director, Racing Dreams"); [] for anything else."""
    dashed = _dashed_part(heading)
    if dashed is None and "," in heading:
        dashed = _dashed_part(heading.rpartition(",")[0])
    if dashed is None or not _roles_only(dashed[1]):
        return []
    name = without_roles(dashed[0])
    return [name] if is_full_name(name) and fold(name.split()[0]) not in TITLE_ARTICLES else []


def name_alone(heading: str, body: str, known: list[str]) -> list[str]:
    """A heading that is only a person's name ("Maria Ruiz", "MARIA RUIZ (Elena)", "Filmmaker Arie
    Forma (THE SHEPHERD)", "TOM LEE – MARCO"), when the name is known or the body names them again
    outside the heading, or a role follows it ("LENA PARK – DIRECTOR")."""
    if _AFFILIATION.match(heading):
        # "Founder, Alignment Research Center": a role and where it is held, under a name.
        return []
    printed = without_roles(re.sub(r"\s*\([^)]*\)\s*$", "", heading).strip())
    dashed = _dashed_part(printed)
    printed = dashed[0] if dashed else printed
    text = person_name(printed, body) if printed.isupper() else printed
    if not is_full_name(text):
        return []
    # "LENA PARK – DIRECTOR": a name and the role it holds is a person's heading as it stands.
    given_role = dashed is not None and _roles_only(dashed[1])
    if given_role or any(fold(text) == fold(name) for name in known) or sum(times_named(form, body) for form in {printed, text}) >= 2:
        return [text]
    return []




# A role word, a comma and more: "Founder, Alignment Research Center" (a role and where it is held).
_AFFILIATION = re.compile(rf"^\s*(?:{'|'.join(sorted(ROLE_WORDS, key=len, reverse=True))})\s*,\s+\S", re.IGNORECASE)


# A part after a dash or comma closing a heading: "LENA PARK – DIRECTOR", "Tom Lee - Marco",
# "LENA PARK, DIRECTOR".
_DASHED_PART = re.compile(r"(?P<comma>,)?(?:\s+[–—-]\s+|(?<=,)\s+)(?P<part>[^,–—()-]{1,40})$")


def _roles_only(part: str) -> bool:
    """Whether a heading's part is role words only, "&" or "and" between them ("pianist & composer")."""
    words = fold(part).split()
    return bool(words) and words[0] in ROLE_WORDS and all(word in ROLE_WORDS or word in ("&", "and") for word in words)


def _dashed_part(heading: str) -> tuple[str, str] | None:
    """(what comes before, the part) of a heading closing on a dash and a role ("DIRECTOR") or a
    character's one name ("MARCO"); not a film, a phrase or a person ("Night Bus – Lena Park")."""
    match = _DASHED_PART.search(heading)
    if match is None:
        return None
    part = match.group("part").strip()
    shown = part.title() if part.isupper() else part
    # After a comma only a role: "LENA PARK, DIRECTOR" (a name after a comma may be a list's).
    if _roles_only(part) or (not match.group("comma") and " " not in shown and NAME.fullmatch(shown)):
        return heading[: match.start()].strip(), part
    return None


def maker_after_title(heading: str) -> tuple[str, str] | None:
    """(name, role) of a heading closing on a role and a full name after a comma or dash, the
    work's title before them: "Wuhan Wuhan, Director Yung Chang" → ("Yung Chang", "Director")."""
    match = re.search(r"(?:,|\s[–—-])\s+(?P<maker>[^,–—()]{3,60})$", heading)
    if match is None:
        return None
    words = match.group("maker").split()
    roles = list(itertools.takewhile(is_role_word, words))
    name = " ".join(words[len(roles):])
    return (name, " ".join(roles)) if roles and is_full_name(name) else None


def bracketed_parts(heading: str, body: str) -> list[tuple[str, str]]:
    """(name, bracketed word) pairs of a heading naming someone with a character or role:
    "Q&A with Maria Ruiz (Elena)" → [("Maria Ruiz", "Elena")]; "LENA PARK – DIRECTOR" →
    [("Lena Park", "Director")]; "Wuhan Wuhan, Director Yung Chang" → [("Yung Chang", "Director")]."""
    maker = maker_after_title(heading)
    if maker:
        return [maker]
    dashed = _dashed_part(heading) if "(" not in heading else None
    if dashed:
        before, part = dashed
        name = without_roles(person_name(before, body) if before.isupper() else before)
        return [(name, part.title() if part.isupper() else part)] if is_full_name(name) else []
    pairs = []
    for match in re.finditer(r"\(([^()]{1,40})\)", heading):
        before = heading[: match.start()].rstrip()
        if before.isupper():
            before = person_name(before, body)
        found = [m for m in NAME.finditer(before) if m.end() == len(before)]
        inner = match.group(1).strip()
        name = without_roles(found[-1].group()) if found else ""
        # "Jerzy Skolimowski (JS)": the initials of the name, neither a part nor a role.
        if name and inner[:1].isupper() and inner != initials(" ".join(name.split()[-len(inner):])):
            pairs.append((name, inner.title() if inner.isupper() else inner))
    return pairs


def named_before_colon(title: str, body: str) -> list[str]:
    """The full name a headline opens with before a colon ("Bruce Springsteen: By The Book"), when
    the body never names it (a questionnaire put to "you") or calls them by surname alone, as it
    does a person; a film's title ("Night Bus: Press Notes") the body names whole."""
    name, colon, rest = title.partition(":")
    name = name.strip()
    if not colon or not rest.strip() or not is_full_name(name) or fold(name.split()[0]) in TITLE_ARTICLES:
        return []
    return [name] if times_named(name, body) == 0 or _called_by_surname(name, body) else []
