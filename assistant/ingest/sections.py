"""Where a document's sections start, and whom each one interviews: a heading naming someone
starts their interview, "Director's statement" the director's; a question set as a heading is a
prompt, a quotation set as one a pull quote. Pure functions over blocks, read by `layout`."""

from __future__ import annotations

from assistant.cues import DIRECTORS_STATEMENT, INTERVIEW_BEFORE_NAME, ROLE_WORDS
from assistant.ingest import headlines, introductions, name_forms, names, prepare, presskit, titles
from assistant.ingest.blocks import Block
from assistant.ingest.hints import Hints
from assistant.ingest.presskit import INTERVIEW_HEADING
from assistant.ingest.prompt_marks import is_prompt_heading
from assistant.text import word_count

# A heading this long ending with a full stop is a sentence set large, not a section's title.
MIN_NOTICE_WORDS = 8


def document_sections(blocks: list[Block], title: str, hints: Hints, roles: dict[str, str], body: str, warnings: list[str], asks_at: dict[int, bool] | None = None):
    """(title, interviewees, block positions) for each part of the document between headings.

    A heading naming someone starts their interview; "Director's statement" the director's; a
    question set as a heading is a prompt (unless next to the asker's turn: `asks_at`, whether
    the label at each position asks), a quotation set as one a pull quote (dropped); the
    document's own title is not a break. Text before any heading is the document's, whose
    interviewee is the one its title, intro or sidecar names (if exactly one)."""
    current_title, current_speakers, indices = title, tuple(hints.interviewees), []
    seen_title = False
    asks_at = asks_at or {}
    last_label: int | None = None
    for index, b in enumerate(blocks):
        text = b.text
        # A question heading next to the asker's labelled turn, before it ("## Does the Kernel
        # Centralize Power?" then "Speaker 0:", the host) or after it, is an editor's topic title:
        # the host puts the question. Between an answer and the answerer's next turn, or over
        # answers no one else asks, it is the prompt.
        between = last_label is not None and asks_at[last_label] and index + 1 in asks_at
        titled = asks_at.get(index + 1, False) or between
        # Any heading between the host's labelled question and the labelled answer ("## Why
        # libconsensus Failed") that names no one is a chapter title: the exchange stays whole.
        chapter = b.heading and between and not _heading_names(text, hints, body)
        if index in asks_at:
            last_label = index
        if not b.heading or (is_prompt_heading(text) and not _names_someone(text) and not titled) or _is_notice(text):
            indices.append(index)
            continue
        if prepare.PULL_QUOTE.match(text) or (titled and is_prompt_heading(text)) or chapter:
            # A pull quote, or a question titling the host's turn: neither a prompt nor a break
            # between the host's question and its answer.
            continue
        if not seen_title and not indices and names.fold(text) == names.fold(title):
            seen_title = True
            continue
        yield current_title, current_speakers, indices
        current_title, current_speakers, indices = _heading(text, hints, roles, body, warnings)
    yield current_title, current_speakers, indices


def _heading_names(text: str, hints: Hints, body: str) -> bool:
    """Whether a heading names someone, as a section interviewing them does."""
    return bool(titles.interviewees_in_title(text, body) or headlines.name_alone(text, body, hints.known) or INTERVIEW_HEADING.match(text))


def _is_notice(text: str) -> bool:
    """Whether a heading is a sentence, not a title ("Attention, the answers may spoil the film."):
    it starts no section, unless it names who is interviewed (a teaser's heading may run on into
    a remark: "Interview with Kim Tran, director of Zoe and Hanh Obvious question.")."""
    sentence = text.rstrip(" \"”’')").endswith(".") and word_count(text) >= MIN_NOTICE_WORDS
    return sentence and not titles.interviewees_in_title(text)


def _names_someone(text: str) -> bool:
    return bool(INTERVIEW_BEFORE_NAME.match(text)) and bool(titles.interviewees_in_title(text))


def _heading(text: str, hints: Hints, roles: dict[str, str], body: str, warnings: list[str]) -> tuple[str, tuple[str, ...], list[int]]:
    """The title and interviewees of a section from its heading."""
    capitals = INTERVIEW_HEADING.match(text)
    speaker = names.person_name(capitals.group("name"), body) if capitals else ""
    # "INTERVIEW WITH THE DIRECTOR" names a role, read below, not a person called "The Director".
    if capitals and names.without_roles(speaker):
        return f"{presskit.title_words(capitals.group('prefix'))} {speaker}", (speaker,), []
    shown = presskit.title_words(text) if text.isupper() else text
    if DIRECTORS_STATEMENT.match(text):
        director = roles.get("director")
        if director is None:
            warnings.append(f"'{shown}' has no director to attribute it to: add \"roles\": {{\"director\": \"Name\"}} to the sidecar")
        return shown, (director,) if director else (), []
    named = (
        titles.interviewees_in_title(text, body) or headlines.name_alone(text, body, hints.known)
        or introductions.declared_initials(text) or headlines.headline_person(text, body)
        or headlines.headline_name(text, body)
    )
    if named:
        # "READ OUR INTERVIEW WITH ROSS" over credits naming "Ross McGowan": the name in full.
        return shown, tuple(name_forms.first_name_in_full(name, body) or name if len(name.split()) == 1 else name for name in named), []
    match = INTERVIEW_BEFORE_NAME.match(text)
    if match:
        role = " ".join(w for w in names.fold(match.group("name")).split() if w not in ("the", "our", "a", "an"))
        if role and all(w in ROLE_WORDS for w in role.split()):
            if role in roles:
                return shown, (roles[role],), []
            warnings.append(f"'{shown}' names no one: add \"roles\": {{\"{role}\": \"Name\"}} to the sidecar")
    return shown, (), []
