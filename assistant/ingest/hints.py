"""Who a document is said to interview and who asks, before its turns are read: the sidecar,
the front matter's fields and lists, the title, the intro and a host's opening turns. Pure
functions over a Source and its blocks."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from assistant.credit_cues import CREDIT_FIELD
from assistant.cues import (
    AUTHOR_PLACEHOLDERS,
    DOCUMENT_WORDS,
    FIRST_PERSON,
    FIRST_PLURAL,
    INTERVIEWEE_FIELDS,
    KIND_FIELDS,
    OWN_WORDS_KINDS,
    SECOND_PERSON,
    SPEAKER_FIELDS,
    STANDFIRST_FIELDS,
)
from assistant.ingest import headlines, introductions, label_use, name_forms, names, presskit, signatures, titles
from assistant.ingest.blocks import Block, Source
from assistant.ingest.front_matter import is_film_page
from assistant.ingest.noise import is_noise
from assistant.text import word_count

# The paragraphs an intro may span before the interview starts.
MAX_INTRO_BLOCKS = 6
# A paragraph naming who is interviewed as a heading would ("Interview with A, B & C.") is short.
MAX_INTERVIEW_LINE_WORDS = 25


@dataclass(frozen=True)
class Hints:
    """Who a document is said to interview and who asks, before its turns are read; `known`: the
    names its labels may stand for."""

    interviewees: list[str]
    interviewers: list[str]
    aliases: dict[str, str]
    known: list[str] = field(default_factory=list)
    # Who the sidecar or the front matter itself declares interviewed (`declared_interviewees`).
    declared: list[str] = field(default_factory=list)
    # The author the front matter says the whole text is by ("category: Speech"; `own_words_author`).
    own_words: str | None = None


def string_map(value) -> dict[str, str]:
    """A sidecar mapping as strings ({} for anything else)."""
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def single(values: list[str]) -> str | None:
    """The one value of a list of one, else None."""
    return values[0] if len(values) == 1 else None


def declared_interviewees(source: Source, meta: dict) -> list[str]:
    """Who the sidecar or the document's own fields (a front matter's "guest:") say is interviewed."""
    declared = meta.get("interviewees") or meta.get("interviewee") or []
    interviewees = [declared] if isinstance(declared, str) else [str(name) for name in declared]
    for key in INTERVIEWEE_FIELDS:
        value = source.fields.get(key)
        if value and (listed := listed_names(value, least=1)):
            interviewees.extend(listed)
        elif value and len(value.split()) <= 5 and names.names_at(value):
            interviewees.extend(names.names_at(value))
        elif value and _HANDLE.fullmatch(value.strip()) and key in SPEAKER_FIELDS:
            # "speaker: twebb": the one the field declares, by the handle it gives.
            interviewees.append(value.strip())
    return interviewees


# A user name standing for a person ("twebb", "gamehaxe"): one word of letters, digits, "." "_" "-".
_HANDLE = re.compile(r"[A-Za-z][\w.-]{1,29}")


def listed_names(value: str, least: int = 2) -> list[str]:
    """The names a front matter list holds ("voiced: [Fay Roberts, Lydia Nicholas]", "speakers:
    ['Greg Maxwell']"), when it is a list of `least` names or more and nothing else; bracketless
    ("cast: Ana Diaz, Tom Lee") only when of two names or more."""
    inner = value.strip()
    bracketed = inner.startswith("[") and inner.endswith("]")
    if bracketed:
        inner = inner[1:-1]
    items = [item.strip().strip("'\"") for item in inner.split(",")]
    enough = len(items) >= (least if bracketed else max(least, 2))
    return items if enough and all(names.is_person_name(item) for item in items) else []


# How many labelled turns open a transcript, where a host presents the guest.
MAX_OPENING_TURNS = 3


def gather(source: Source, meta: dict, title: str, blocks: list[Block], label_at: dict) -> Hints:
    """Who the sidecar, metadata, title and intro say is interviewed and who asks."""
    # A headline giving someone's words that the body holds ("Ron Martinez: “Indies can move
    # fast…”") says whose the text is, as a front matter's "speaker" does.
    quoted = [name for text in dict.fromkeys([title, source.title or ""]) for name in headlines.quoted_headline(text, source.text)]
    # A text with no labels opening on its speaker's own introduction ("Hi. My name is Aneesh
    # Chaganty. I’m the co-writer and director…", a commentary's transcript) is theirs.
    opening = next((b.text for b in blocks if not b.heading), "")
    introduced = [name] if not label_at and (name := introductions.introduces_self(opening)) else []
    # A text in the first person signed at its end ("…even better." / "Alonso Indacochea" / "Dust
    # Wave co-founder"), with no labels, is its signer's: an essay or a statement.
    # (Furniture after the signature, "2 out of 2 found this helpful", closes nothing.)
    signer = signatures.closing_signer([b.text for b in blocks if not is_noise(b)][-2:]) if not label_at else None
    signer = signer if signer and _first_person(blocks) else None
    # A front matter saying the text is a speech or an essay ("category: Speech") makes its author
    # the one speaking, not a journalist asking.
    own_words = own_words_author(source.fields) if not label_at else None
    signer = signer or own_words
    declared = list(dict.fromkeys([*declared_interviewees(source, meta), *quoted, *introduced, *([signer] if signer else [])]))
    interviewees = list(declared)
    intro = [source.fields.get(key, "") for key in STANDFIRST_FIELDS]
    first_label = min(label_at, default=len(blocks))
    # The intro runs to the first label or question, over a headline and a dateline before it.
    first_question = next((i for i, b in enumerate(blocks) if presskit.is_question(b.text)), len(blocks))
    intro += [b.text for b in blocks[: min(first_label, first_question, MAX_INTRO_BLOCKS)] if not b.heading]
    # However long a listing above it runs, the paragraph leading into the interview introduces it
    # ("…Tickets are available HERE." / "We caught up with co-founder Daniel Sol…" / "Q: …").
    start = min(first_label, first_question)
    if MAX_INTRO_BLOCKS < start < len(blocks) and not blocks[start - 1].heading:
        intro.append(blocks[start - 1].text)
    # A heading before the first paragraph is the document's title; later ones head sections.
    leading = [b.text for b in blocks[: next((i for i, b in enumerate(blocks) if not b.heading), 0)]]
    # A line "Interview with A, B & C" before the first question names them, however long the
    # credits and cast lines above it run.
    interview_lines = [b.text for b in blocks[:first_question] if not b.heading and word_count(b.text) <= MAX_INTERVIEW_LINE_WORDS]
    interviewees.extend(name for text in interview_lines for name in titles.interviewees_in_title(text, source.text))
    if 0 < first_question < len(blocks) and not blocks[first_question - 1].heading:
        # A line that is only a name right over the first question ("Sienna Miller" / "What was
        # the process of getting this role like?") says who answers it, as a heading would.
        interviewees.extend(headlines.name_alone(blocks[first_question - 1].text, source.text, []))
    # In plain text the title is among the first lines, those ending no paragraph, fields aside
    # ("Tag: rwrb movie", "Director: Cédric Kahn" are no titles).
    title_lines = itertools.takewhile(lambda b: not b.heading and not presskit.ends_paragraph(b.text), blocks[:MAX_INTRO_BLOCKS])
    first = [b.text for b in title_lines if not CREDIT_FIELD.match(b.text)]
    # A page whose front matter credits a director or cast, or gives a running time or screenings,
    # is the film's own: its title is the film's ("Dead Mint"), never a name standing alone.
    film_page = is_film_page(source.fields)
    for text in [title, source.title or "", *leading, *first]:
        interviewees.extend(
            titles.interviewees_in_title(text, source.text) or introductions.interviewees_in_intro(text)
            or ([] if film_page else headlines.name_alone(text, source.text, [])) or headlines.headline_name(text, source.text)
            or headlines.interview_headline(text, source.text) or headlines.described_person(text, source.text)
        )
    # "Penny Lane talked to us about…" introduces an interview only where something is asked: in a
    # listing of articles' summaries that asks nothing, it is one summary among others.
    asks = bool(label_at) or any(presskit.asks_or_requests(b.text) for b in blocks if not b.heading)
    for text in intro if asks else []:
        interviewees.extend(introductions.interviewees_in_intro(text))
        interviewees.extend(names.bracketed_surnames(text))
    if not interviewees and first_question < len(blocks) and not label_at:
        # "Hi Drew thanks for talking to TNC, how's everything going?": the first question
        # greets the one who answers, by first name.
        interviewees.extend(introductions.greeted(blocks[first_question].text))
    if not interviewees and label_at:
        # A host's opening turns present the guest: "Today my guest is the director Lena Park."
        opening = [blocks[i].text[label.start :] for i, label in sorted(label_at.items())[:MAX_OPENING_TURNS]]
        interviewees.extend(next((found for text in opening if (found := introductions.interviewees_in_intro(text))), []))
    if not interviewees and not label_at and (
        presskit.asks_unmarked(blocks) or presskit.asks_unmarked(blocks, presskit.MIN_YOU_QUESTIONS, to_you=True) or presskit.answered_in_first_person(blocks)
    ):
        # Over questions standing alone, a title naming one person by their role ("Director Lena
        # Park at Cannes", "Luke Navin, composer", "How Good One director India Donaldson
        # crafted…", "…: 3 1/2 Minutes | Director Marc Silver") or opening on their name ("Bruce
        # Springsteen: By The Book") names the one who answers.
        subject = single(list(dict.fromkeys(
            n for text in [title, source.title or "", *leading, *first]
            for n in headlines.title_subject(text) or headlines.name_with_role(text) or headlines.role_and_name(text) or headlines.quoting(text)
            or headlines.named_before_colon(text, source.text)
        )))
        interviewees.extend([subject] if subject else [])
    if not interviewees and source.title is None and not meta.get("title"):
        # A file named after the one it interviews ("Hugh Sanderson.md", where the text never
        # names him, or "refinery29_colleen_atwood_interview.txt"), over questions: their interview.
        # A file name saying "interview" ("beliefnet_renee_zellweger_interview_2.txt", an
        # interview's second page) needs fewer: one question, the text in the first person.
        if _asks_enough(blocks):
            interviewees.extend([title] if _names_person_unsaid(title, source.text) else _interviewed_in_file_name(title, source.text))
        elif any(presskit.is_question(b.text) for b in blocks) and _first_person(blocks):
            interviewees.extend(_interviewed_in_file_name(title, source.text))
    declared_askers = meta.get("interviewer") or meta.get("interviewers") or []
    interviewers = [declared_askers] if isinstance(declared_askers, str) else [str(n) for n in declared_askers]
    interviewers += [n for text in intro if (n := introductions.interviewer_in_intro(text))]
    interviewers += label_use.heading_outlets(blocks)
    # An author field may hold several names and a date ("John Doe; March 3"): only the names count,
    # not a placeholder ("Unknown").
    authors = [part.strip() for part in re.split(r"[;,]|\band\b", source.fields.get("author", ""))]
    interviewers += [part for part in authors if names.is_person_name(part) and names.fold(part) not in AUTHOR_PLACEHOLDERS]
    # "We spoke with Hammack": a surname alone, no fuller name found beside it, is the full name
    # the text gives it ("Phillip Hammack"); so is a first name ("Talking With Bruce" over "Bruce
    # Springsteen sat in his dressing room…").
    paragraphs = "\n".join(b.text for b in blocks)
    interviewees = [
        name_forms.full_name(n, [], paragraphs) or name_forms.person_from_first_name(n, paragraphs) or n
        if n and len(n.split()) == 1 and not any(n in other.split() for other in interviewees if other != n) else n
        for n in interviewees
    ]
    # The author signing their own text is no one asking.
    interviewers = [n for n in interviewers if not (signer and names.fold(n) == names.fold(signer))]
    # A title may drop the accents the text writes: "Interview with Andre Aciman" over "André Aciman…".
    interviewees = fullest([
        names.accented_spelling(n, source.text) for n in interviewees
        if n and not any(names.fold(n) == names.fold(i) for i in interviewers) and not _always_after_the(n, paragraphs)
    ])
    return Hints(interviewees, list(dict.fromkeys(interviewers)), string_map(meta.get("aliases")), declared=declared, own_words=own_words)


def own_words_author(fields: dict[str, str]) -> str | None:
    """The author a front matter names when it says the text is their own words ("category:
    Speech", "type: essay"; `OWN_WORDS_KINDS`), else None."""
    kinds = {names.fold(word) for key in KIND_FIELDS for word in re.findall(r"[\w-]+", fields.get(key, ""))}
    author = fields.get("author", "").strip()
    return author if kinds & OWN_WORDS_KINDS and names.is_full_name(author) and names.is_person_name(author) else None


# A signed text is in the first person: at least this share of its paragraphs says "I" or "we".
FIRST_PERSON_SHARE = 0.5


def _first_person(blocks: list[Block]) -> bool:
    """Whether most of a text's paragraphs say "I", "me", "we" or "our" (its page furniture aside)."""
    body = [b.text for b in blocks if not b.heading and not is_noise(b)]
    speaking = sum(bool(FIRST_PERSON.search(text) or FIRST_PLURAL.search(text)) for text in body)
    return bool(body) and speaking >= FIRST_PERSON_SHARE * len(body)


def _asks_enough(blocks: list[Block]) -> bool:
    """Whether the text asks as an interview nothing marks does, MIN_UNMARKED_QUESTIONS times at least."""
    return sum(presskit.is_question(b.text) for b in blocks) >= presskit.MIN_UNMARKED_QUESTIONS


def _names_person_unsaid(title: str, body: str) -> bool:
    """Whether a title from the file name is a person's full name the text never says (a film's
    title is said in the text about it)."""
    return names.is_full_name(title) and names.is_person_name(title) and names.times_named(title, body) == 0


# A file name ending with two words and "interview" or "Q&A" ("refinery29 colleen atwood
# interview"), or opening with "ask" and two words, as sites where someone answers readers are
# named ("ask casey neistat 3").
_FILE_INTERVIEW = (
    re.compile(r"(?i)(?:^|\s)(?P<first>[a-zà-ÿ][a-zà-ÿ'’-]+)\s+(?P<last>[a-zà-ÿ][a-zà-ÿ'’-]+)\s+(?:interview|q\s*&?\s*a)(?:\s+\d{1,3})?$"),
    re.compile(r"(?i)^ask\s+(?P<first>[a-zà-ÿ][a-zà-ÿ'’-]+)\s+(?P<last>[a-zà-ÿ][a-zà-ÿ'’-]+)(?:\s+\d{1,3})?$"),
)
# Words before "interview" in a file name that are no one's name ("exclusive video interview").
_FILE_NAME_WORDS = frozenset("exclusive video audio full press film movie festival short long new old final draft my our your the and with first second last".split())


def _interviewed_in_file_name(title: str, body: str) -> list[str]:
    """The person a file name says is interviewed by their two names before "interview" or
    "Q&A", or after "ask", written as the file has them ("refinery29 colleen atwood interview" →
    "Colleen Atwood", "ask casey neistat 3"); [] when those words are a role, a document's or
    other common words, or words the text writes in lower case, as it never writes a name
    ("health app user interview": "an app")."""
    match = next((found for pattern in _FILE_INTERVIEW if (found := pattern.search(title))), None)
    if match is None:
        return []
    words = [match.group("first"), match.group("last")]
    if any(
        names.fold(word) in _FILE_NAME_WORDS or names.is_role_word(word) or names.fold(word) in DOCUMENT_WORDS
        or re.search(rf"\b{re.escape(word.lower())}\b", body)
        for word in words
    ):
        return []
    return [" ".join(word[:1].upper() + word[1:] for word in words)]


def _always_after_the(name: str, text: str) -> bool:
    """Whether the text writes the name, wherever it does, after "the": "the Alamo Drafthouse" is
    a place or a company ("Alamo Drafthouse Owner Talks…" names no one), never a person."""
    before = [text[: match.start()] for match in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return bool(before) and all(re.search(r"\b[Tt]he\s+$", part) for part in before)


def fullest(found: list[str]) -> list[str]:
    """Names once each (spelled as first found: "Derrick de Kerckhove" and "Derrick De Kerckhove"
    are one), a first name or surname dropped when a fuller name contains it."""
    first: dict[str, str] = {}
    for name in found:
        first.setdefault(names.fold(name), name)
    unique = list(first.values())
    return [n for n in unique if not any(n != m and set(names.fold(n).split()) < set(names.fold(m).split()) for m in unique)]
