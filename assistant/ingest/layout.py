"""From blocks to who said what: the blocks prepared (`prepare`), sections from
headings with the interviewee each names, who the title, intro and sidecar say is interviewed
and who asks (`hints`), then each section's exchanges (`exchanges.arrange`). Pure functions: a
Source and the sidecar in, a Layout out."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from assistant.cues import (
    DIRECTORS_STATEMENT,
    FIRST_PERSON,
    FIRST_PLURAL,
    NAME_PARTICLES,
    ROLE_WORDS,
    STANDFIRST_FIELDS,
)
from assistant.ingest import askers, credits, headlines, introductions, label_use, name_forms, names, prepare, presskit, pull_quotes, quotes
from assistant.ingest.blocks import Block, Exchange, Source
from assistant.ingest.narration import narration_subject, opening_person
from assistant.ingest.exchanges import arrange, given_view, monologue, quotation_bounded, signed, without_bylines
from assistant.ingest.prompt_marks import is_prompt_heading
from assistant.ingest.quotations import unquoted
from assistant.ingest.hints import MAX_INTRO_BLOCKS, Hints, fullest, gather, listed_names, single, string_map
from assistant.ingest.people import identify
from assistant.ingest.sections import document_sections
from assistant.text import LINE_ENDS_SENTENCE



@dataclass(frozen=True)
class Section:
    """A heading (or the document title) and its exchanges."""

    title: str
    exchanges: tuple[Exchange, ...]


@dataclass(frozen=True)
class Layout:
    """A document understood: its sections, who asked, roles and characters it states, and what
    could not be understood (each warning names the fix)."""

    sections: tuple[Section, ...]
    interviewers: tuple[str, ...] = ()
    roles: dict[str, str] = field(default_factory=dict)
    characters: dict[str, list[str]] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


def _introduced(blocks: list[Block]) -> list[str]:
    """Whom the paragraphs before the first question say are interviewed ("we caught up with Rich
    Paris Wilson and Tommy Nagle"), or a headline among them is about ("Jon Kull on Orchestrating
    Some of Hollywood’s Biggest Movies") or names alone: a label may name them once ("RICH: …",
    "Jon Kull: …")."""
    first_question = next((i for i, b in enumerate(blocks) if presskit.is_question(b.text)), len(blocks))
    opening = [b for b in blocks[: min(first_question, MAX_INTRO_BLOCKS)] if not b.heading]
    body = " ".join(b.text for b in blocks)
    # (A line that is only their name, over the text, says so too: "Paul Christiano" / "Founder, …".)
    headlined = [
        name for b in opening if len(b.lines) == 1 and not LINE_ENDS_SENTENCE.search(b.text)
        for name in headlines.headline_name(b.text, body) or headlines.name_alone(b.text, body, [])
    ]
    return [name for b in opening for name in introductions.interviewees_in_intro(b.text)] + headlined


def lay_out(source: Source, meta: dict, title: str) -> Layout:
    """Who said what in a document read into `source`, with `meta` from its sidecar file."""
    body = source.text
    blocks = prepare.prepared(source)
    heading_names = prepare.headed(blocks)
    label_at = label_use.accepted_labels(blocks, [*heading_names, *_introduced(blocks)])
    label_at = {i: label for i, label in label_at.items() if not blocks[i].heading}
    hints = gather(source, meta, title, blocks, label_at)
    stated_roles, stated_characters = credits.roles_and_characters([text for b in blocks for text in _listed_lines(b)], hints.interviewees)
    # "Q&A with Maria Ruiz (Elena)", "JOHN SMITH (DIRECTOR)": a heading gives a character or role.
    for person, part in (pair for b in blocks if b.heading for pair in headlines.bracketed_parts(b.text, body)):
        if names.fold(part) in ROLE_WORDS:
            stated_roles.setdefault(names.fold(part), person)
        else:
            stated_characters.setdefault(part, [person])
    roles = {**stated_roles, **string_map(meta.get("roles"))}
    if "director" not in roles and (signer := _statement_signer(blocks)):
        roles["director"] = signer
    characters = {**stated_characters, **(meta.get("characters") or {})}
    # Names a label may stand for: the interviewees named anywhere, the cast, who is featured.
    cast = [actor for actors in characters.values() for actor in actors]
    # (A title or standfirst is no list of names: "title: Springsteen Confident, Feeling Good".)
    listed = [name for key, value in source.fields.items() if key != "title" and key not in STANDFIRST_FIELDS for name in listed_names(value)]
    declared = [name for b in blocks for name in introductions.declared_initials(b.text)]
    hints = replace(hints, known=fullest([*hints.interviewees, *cast, *names.featured(body), *heading_names, *listed, *declared]))
    spoken = _turn_texts(blocks, label_at)
    # A speaker labelled by first name who introduces themself ("My name is Fay Roberts") is that person.
    introduced = {key: name for key, text in reversed(spoken) if len(key.split()) == 1 and (name := introductions.introduced_as(key, text))}
    # "JH:" for the "Jaron Herren" the title names, whose initials no other name in the text has.
    # Each label once, not each turn: the body's names are read per label.
    labels = {label.key: label for label in label_at.values()}
    # "SA:" after "SOFIA ALAOUI:" is that label's person, not a "Saudi Arabia" the text names.
    labelled = {name_forms.initials(label.name) for label in labels.values() if len(label.name.split()) >= 2}
    # ("SS:" is the byline's "Sean Sennett", not "E Street Shuffle" the text names.)
    asking_initials = {name_forms.initials(name) for name in hints.interviewers}
    introduced |= {
        key: name for key, label in labels.items()
        if key not in introduced and name_forms.initials_of(label.name) not in labelled | asking_initials
        and (name := name_forms.initialled_name(label.name, body))
    }
    # "danah:" for the "danah boyd" the page names twice or more, as she writes it.
    introduced |= {key: name for key, label in labels.items() if label.style == "lower" and (name := name_forms.written_in_lower_case(key, body))}
    # "[I] – Interviewer [C] - Client": a key to the labels says who each initial is.
    legend = {names.fold(initials): who for b in blocks for initials, who in introductions.label_legend(b.text).items()}
    # "DIRECTOR:" is whoever the credits or a heading say directed ("Directed by Lena Park").
    by_role = {label.key: roles[label.key] for label in label_at.values() if label.key in roles}
    # A label may also stand for the one asking ("JD:" for the byline's Jane Doe).
    # The key's full names are whom other labels may stand for too ("Dr. Gillespie:" beside "Dr =
    # Dr. Carmen Gillespie").
    candidates = fullest([*hints.known, *hints.interviewers, *legend.values()])
    people = identify(list(label_at.values()), candidates, {**legend, **introduced, **by_role, **hints.aliases}, hints.interviewers, body)
    people = askers.name_voices(people, spoken, hints.declared, hints.interviewers)
    people = askers.mark_opening_asker(people, blocks, label_at)
    people = askers.mark_askers(people, spoken)
    # Judged on the labelled paragraphs alone: a turn's text runs on to the next label's question.
    people = askers.mark_unnamed_askers(people, [(label.key, blocks[i].text[label.start :]) for i, label in label_at.items()])
    # A host presenting the guest before they speak ("our guest for today is Matt Jaffee") says
    # who is interviewed as a sidecar would: everyone else labelled hosts.
    people = askers.mark_hosts(people, [*hints.declared, *introductions.guests_presented(spoken)])
    people = askers.mark_welcoming_host(people, spoken)
    people = askers.mark_co_hosts(people, spoken)
    people = askers.name_everyone(people)
    interviewee = single(hints.interviewees)
    people = askers.name_voice(people, interviewee)
    # "I'm Lydia Nicholas, and I play Melanie": a part its actor names as a turn opens.
    for key, text in spoken:
        person = people[key]
        if person.name and not person.asks and not person.everyone:
            for part in introductions.parts_played(text[: introductions.MAX_PART_INTRODUCTION_CHARS]):
                characters.setdefault(part, [person.name])
    # Whoever answers in a labelled turn may also be quoted in the narration ("…,” Yeun says).
    answering_names = [p.name for p in people.values() if p.name and not p.asks and not p.everyone]
    warnings: list[str] = []
    sections = []
    asks_at = {i: people[label.key].asks for i, label in label_at.items()}
    parts = list(document_sections(blocks, title, hints, roles, body, warnings, asks_at))
    headed_people = any(present for _, present, _ in parts)
    # A document declaring one speaker (a talk's front matter "speakers: [Greg Maxwell]") is
    # theirs under every heading that names no one: "# Fee estimation" is a part of the talk.
    declared = single(hints.declared)
    # A text its front matter says is its author's own (a speech) is theirs whole, though it
    # quotes others asking and names its author ("[Bruce interjects]").
    own_words = declared is not None and declared == hints.own_words
    for place, (section_title, present, indices) in enumerate(parts):
        section_labels = {j: label_at[i] for j, i in enumerate(indices) if i in label_at}
        section = [blocks[i] for i in indices]
        opening, talk = _opening_about(section, declared) if declared and not own_words else ([], section)
        if declared and set(present) <= {declared} and not section_labels and talk and (own_words or _monologue(talk, declared)):
            # Nothing asked there, the section is their monologue: no paragraph is a prompt; an
            # opening presenting them ("Ron Martinez is the founder of…") is no one's.
            spoken_alone = ([Exchange(None, None, tuple(opening))] if opening else []) + monologue(talk, declared)
            sections.append(Section(section_title, tuple(spoken_alone)))
            continue
        present = present or ((declared,) if declared else ())
        if answering := _answering_of_two(section, section_labels, present, body):
            present = (answering,)
        speaker = single(list(present))
        split = _talk_before_turns(section, section_labels, declared) if declared and set(present) <= {declared} else 0
        # The declared speaker's talk before the section's first turn or question heading ("##
        # The Problem", his explanation, then "Audience Member: Users too.") is their monologue.
        exchanges = monologue(section[:split], declared) if split else []
        exchanges += arrange(section[split:], {j - split: label for j, label in section_labels.items()}, people, present, speaker or interviewee)
        if place and speaker and headlines.headline_name(section_title, body) == [speaker]:
            # A heading "Werner Herzog on Journalism vs Film" (not the document's title) gives the
            # view under it to that person.
            exchanges = given_view(exchanges, speaker)
        lone = headlines.heading_person(section_title) if headed_people and not present else None
        if (
            lone and lone != interviewee and all(e.speaker in (None, interviewee) for e in exchanges)
            and any(presskit.is_question(b.text) for b in section if not b.heading)
        ):
            # Beside headings naming their interviewee, one that is only a full name (and a part)
            # over questions is that person's interview ("## Ana Diaz, Mina"), not the one the
            # document's first heading named.
            exchanges = arrange(section, section_labels, people, (lone,), lone)
        # A signature closing answers no one was found to give names who gave them.
        exchanges = without_bylines(signed(quotation_bounded(exchanges)))
        # One question or request put to "you" (or a few), each answered in the first person.
        put_to_one = not any(e.prompt for e in exchanges) and presskit.answered_in_first_person(section)
        if not present and not section_labels and (put_to_one or any(e.prompt for e in exchanges)) and not any(e.speaker for e in exchanges):
            # Prompts under a heading naming no one ("## Archival passion"), after narration about
            # someone ("…Professor Lusztig finds stories…"): that person answers them; and so does
            # the one the narration opens with ("Andrew Scott Bell has been writing…"), however few
            # the questions put to them.
            if put_to_one:
                subject = _introduced_subject(section, hints.known, body)
            else:
                subject = narration_subject(_narration_before_questions(section), [*hints.known, *answering_names], body)
            # A topic heading among an interview's questions ("### On the new film"): the one
            # interviewee who answered the questions before it goes on answering them.
            subject = subject or _still_answering(sections, hints.interviewees, section_title)
            if subject:
                exchanges = without_bylines(signed(arrange(section, section_labels, people, (subject,), subject)))
        # Narration quoting people ("“…,” says director Lena Park") gives them their words.
        # "He adds" after narration naming other things is the one interviewee, else the person a
        # profile's title names and its narration is about.
        known = [*hints.known, *roles.values(), *answering_names]
        subject = single(hints.interviewees) or _profile_subject(title, [b.text for b in section if not b.heading], known, body)
        exchanges = quotes.attributed(pull_quotes.pull_quotes(exchanges), known, body, title, subject)
        if exchanges:
            sections.append(Section(section_title, tuple(exchanges)))
    # A document interviewing one person: the roles they give themself are theirs ("my job as a
    # cinematographer"), so "the cinematographer" in a question means them.
    answering = {e.speaker for section in sections for e in section.exchanges if e.speaker and e.prompt}
    if len(answering) == 1:
        (only,) = answering
        answers = [b.text for section in sections for e in section.exchanges if e.speaker == only for b in e.answer]
        for role in credits.self_described_roles(answers):
            roles.setdefault(role, only)
    named_askers = [p.name for p in people.values() if p.asks and p.name]
    asking = tuple(dict.fromkeys(named_askers or (hints.interviewers if any(e.prompt for s in sections for e in s.exchanges) else [])))
    return Layout(tuple(sections), asking, roles, characters, tuple(warnings))


def _turn_texts(blocks: list[Block], label_at: dict) -> list[tuple[str, str]]:
    """(label key, words) of each labelled turn: the text after the label and the unlabelled
    paragraphs that go on with it (a label alone on its line is followed by its words)."""
    starts = sorted(label_at)
    result = []
    for i, stop in zip(starts, starts[1:] + [len(blocks)]):
        following = [b.text for b in blocks[i + 1 : stop] if not b.heading]
        result.append((label_at[i].key, " ".join([blocks[i].text[label_at[i].start:], *following]).strip()))
    return result


def _opening_about(section: list[Block], speaker: str) -> tuple[list[Block], list[Block]]:
    """A section split after the last of its first MAX_INTRO_BLOCKS paragraphs naming `speaker`
    (an intro presenting them, with what comes before it), when no later paragraph names them; the
    speaker naming themself ("My name is Aneesh Chaganty") presents no one else."""
    named = names.name_parts(speaker)
    naming = [
        i for i, b in enumerate(section)
        if not b.heading and named.search(b.text) and not _introduces(b.text, speaker)
    ]
    paragraphs = [i for i, b in enumerate(section) if not b.heading]
    if not naming or naming[-1] not in paragraphs[:MAX_INTRO_BLOCKS]:
        return [], section
    return [b for b in section[: naming[-1] + 1] if not b.heading], section[naming[-1] + 1 :]


def _talk_before_turns(section: list[Block], section_labels: dict, speaker: str) -> int:
    """How many blocks open a section as `speaker`'s monologue before its first labelled turn or
    question heading (0 when none, or when the opening asks or is not their talk)."""
    turns_at = [j for j, b in enumerate(section) if j in section_labels or (b.heading and is_prompt_heading(b.text))]
    first = turns_at[0] if turns_at else 0
    if first and first in section_labels and presskit.is_question(section[first - 1].text):
        # A question right before the first turn is its prompt, its "Q." left off ("Could you tell
        # us more?" / "A. We are bringing…"), however it says "us".
        first -= 1
    opening = section[:first]
    return first if any(not b.heading for b in opening) and _monologue(opening, speaker) else 0


def _monologue(section: list[Block], speaker: str) -> bool:
    """Whether a section reads as `speaker` talking: nothing asked (in a heading either) but the
    speaker's own questions ("How do we elevate this concept?"), "I" or "we" said, and never
    their name (show notes about them, "John is the owner of…", are not their words)."""
    texts = [b.text for b in section if not b.heading]
    named = names.name_parts(speaker)
    asked = any(presskit.is_question(b.text) and not (FIRST_PERSON.search(b.text) or FIRST_PLURAL.search(b.text)) for b in section)
    return (
        not asked and any(FIRST_PERSON.search(text) or FIRST_PLURAL.search(text) for text in texts)
        and not any(named.search(text) and not _introduces(text, speaker) for text in texts)
    )


def _introduces(text: str, speaker: str) -> bool:
    """Whether a paragraph is the speaker giving their own name ("Hi. My name is Aneesh Chaganty…")."""
    return introductions.introduces_self(text) == speaker


def _listed_lines(b: Block) -> list[str]:
    """A block's lines when each is short, as credits and cast lists set one per line in one
    paragraph ("Directed by Lena Park" / "Music by Sam Ode"); else its text, a wrapped paragraph."""
    lines = [" ".join(line.split()) for _, line in b.lines if line.strip()]
    if len(lines) > 1 and all(len(line.split()) <= credits.MAX_CREDIT_WORDS for line in lines):
        return lines
    return [b.text]


# A heading about an interview, someone else's maybe: "Interview with the composer", "Q&A".
_INTERVIEW_WORD = re.compile(r"(?i)\b(?:interviews?|q\s*&\s*a|conversation|in\s+conversation|talks?\s+with)\b")


def _still_answering(sections: list[Section], interviewees: list[str], heading: str) -> str | None:
    """The one person who answered the prompts of the section before, and all of those answered so
    far, the document naming no other interviewee, when the heading between names no role or
    interview ("Interview with the composer"): sections of several people's interviews, then a
    festival's questions and answers, stay apart."""
    last = {e.speaker for e in (sections[-1].exchanges if sections else ()) if e.prompt and e.speaker}
    before = {e.speaker for section in sections for e in section.exchanges if e.prompt and e.speaker}
    if len(before) != 1 or last != before or _INTERVIEW_WORD.search(heading) or any(names.is_role_word(word) for word in heading.split()):
        return None
    (only,) = before
    return only if set(interviewees) <= {only} else None


def _narration_before_questions(section: list[Block]) -> list[str]:
    """The section's paragraphs before its first question, headings aside."""
    return [b.text for b in itertools.takewhile(lambda b: not presskit.is_question(b.text), section) if not b.heading]


def _introduced_subject(section: list[Block], known: list[str], body: str) -> str | None:
    """The person the narration before the first question or request is about ("John Debney is
    one of the most diverse…", or opens with: "Andrew Scott Bell has been writing…"), when that
    narration never says "I" (an answer a malformed question ran into is no introduction)."""
    opening = [b.text for b in itertools.takewhile(lambda b: not presskit.asks_or_requests(b.text), section) if not b.heading]
    if any(FIRST_PERSON.search(text) for text in opening):
        return None
    return narration_subject(opening, known, body) or next(
        (p for text in opening if LINE_ENDS_SENTENCE.search(text) and (p := opening_person(text, known, body)) and names.is_person_name(p)), None
    )


def _answering_of_two(section: list[Block], section_labels: dict, present: tuple[str, ...], body: str) -> str | None:
    """Of the two people a title names ("Max Weinberg on 'River' Tour, What He Learned From Bruce
    Springsteen"), the one who answers questions nothing labels: the one the narration before the
    first question is about and quotes by name; None with labels, or when it is about neither (a
    line naming three, "Interview with A, B & C", names a group: which answers, their brackets say)."""
    if len(present) != 2 or section_labels:
        return None
    opening = _narration_before_questions(section)
    about = narration_subject(opening, list(present), body)
    return about if about in present and quotes.quotes_by_name(opening, about, list(present), body) else None


def _profile_subject(title: str, narration: list[str], known: list[str], body: str) -> str | None:
    """The person a page's title is ("Amjad Al Rasheed - Inshallah A Boy") when its narration is
    about them, as the narration spells them ("Amjad Al-Rasheed"); or a person the title names
    among other words ("Me and My Motor interview: Bruce Springsteen's life in cars") when the
    narration is about them and quotes them by name (a news story about a singer it never quotes,
    "He is not granting interviews", is no profile of his); else None."""
    # ("Bruce Springsteen: 'I make a sound like singing'", "Steve Van Zandt: Miami, Bruce, and
    # Roots": a headline naming someone before a colon names them too.)
    before_colon = title.split(":", 1)[0] if ":" in title else ""
    named = headlines.heading_person(title) or (before_colon.strip() if names.is_full_name(before_colon.strip()) else None)
    # Who the narration is about, by the names it says outside the quotations (the one quoted may
    # talk of his band's leader more than the writer talks of him).
    about = narration_subject([unquoted(text) for text in narration], known, body)
    if not about:
        return None
    spelled = re.findall(r"\w+", names.fold(about))
    if named:
        # ("Springsteen Confident, Feeling Good": a headline's words run on after the surname.)
        heading_words = re.findall(r"\w+", names.fold(named))
        return about if spelled == heading_words or heading_words[:1] == spelled[-1:] else None
    # In full, or by surname ("Van Zandt's Whirlwind Diplomacy Tour Tapering Off", a particle and all).
    surname = spelled[-2:] if len(spelled) >= 3 and spelled[-2] in NAME_PARTICLES else spelled[-1:]
    in_title = len(spelled) >= 2 and any(re.search(r"\b" + r"\W+".join(words) + r"\b", names.fold(title)) for words in (spelled, surname))
    return about if in_title and quotes.quotes_by_name(narration, about, known, body) else None


def _statement_signer(blocks: list[Block]) -> str | None:
    """The full name a director's statement gives on a line of its own, under its heading or
    signing it ("Director's Statement" / "Paul Kramer" / … / "Paul Kramer,")."""
    for index, b in enumerate(blocks):
        if b.heading and DIRECTORS_STATEMENT.match(b.text):
            section = list(itertools.takewhile(lambda block: not block.heading, blocks[index + 1 :]))
            lone = [name for block in section if names.is_full_name(name := block.text.strip(" ,.")) and names.is_person_name(name)]
            if lone:
                return lone[0]
    return None
