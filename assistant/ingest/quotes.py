"""Quotations in running prose, attributed by a speech verb: production notes, intros and features
quote people without a Q&A ("“I grew up on night buses,” says director Lena Park."). Pure
functions over the exchanges a section's text was read into."""

from __future__ import annotations

import re

from assistant.cues import CLAUSE_OPENERS, FIRST_PERSON, TOPIC_LABEL_OPENERS
from assistant.ingest import name_forms, names, pronouns
from assistant.ingest.narration import no_one_named, opening_person, talked_about
from assistant.ingest.quotations import COLON_BEFORE_QUOTE, as_double_quoted, is_quoting, opens_quotation, quotation_running_on, still_open, wholly_quoted
from assistant.ingest.blocks import Block, Exchange, runs_by_owner
from assistant.quote_cues import (
    ASKED_PASSIVE,
    ASKED_PRONOUNS,
    ATTRIBUTION_AFTER_PHRASE,
    ATTRIBUTION_ALONE,
    QUOTE_AFTER_ASKING,
    QUOTE_AFTER_CLAUSE,
    QUOTE_AFTER_KIN,
    QUOTE_AFTER_PARTICIPLE,
    QUOTE_AFTER_SHARED_SUBJECT,
    QUOTE_AFTER_SPEAKER,
    QUOTE_HEARD,
    QUOTE_IN_VIEW_OF,
    REPORTED_ASIDES,
    REPORTED_SPEECH,
    SPEAKER_AFTER_QUOTE,
    SPEAKER_AFTER_VERB,
    SPEAKING_ON,
    SPEAKING_PRONOUNS,
    TALKED_TO,
    WRITER_ASKING,
)
from assistant.text import last_sentence, sentence_spans

# "He pauses.", "She shakes her head.": a gesture before the words that follow it, this short at most.
MAX_GESTURE_WORDS = 5
# …opening with the one written about: "He pauses.", "His smile grows wider.".
GESTURING = SPEAKING_PRONOUNS | {"his", "her", "their"}
# Lower-case words before a name after a speech verb: "says (casting director) Priya Shah",
# "adds (his longtime collaborator) Tom Lee".
_DESCRIBED = re.compile(r"^(?:[a-zß-ÿ][\w'’-]*\s+){1,6}(?=[A-ZÀ-ÖØ-Þ])")
def attributed(exchanges: list[Exchange], known: list[str], body: str, title: str = "", subject: str | None = None) -> list[Exchange]:
    """The exchanges, each stretch of text no one was found to say (asked or not) cut where a
    quotation a speech verb attributes begins and ends: the sentences holding the quotation and
    the attribution (and the quotation's following sentences) are the speaker's, the narration
    around them no one's. A surname or first name is the full name the document gives it; "she
    says" is the one quoted or written about last, else the document's one `subject`."""
    result: list[Exchange] = []
    found: list[str] = list(known)
    no_one = no_one_named(title, body)
    for exchange in exchanges:
        if exchange.speaker:
            result.append(exchange)
            continue
        last: str | None = None
        parts: list[tuple[Block, str | None]] = []
        previous = ""
        # The one a block quotation before this block was given to.
        quoting: str | None = None
        # The one whose quotation the paragraph before left open, printed on without its opening mark.
        running: str | None = None
        for block in exchange.answer:
            if block.is_bold_heading():
                # A topic heading in bold ("**On Darkness In Music**") names no one: the one
                # quoted before it goes on being quoted under it.
                parts.append((block, None))
                previous = block.text
                continue
            # In a page about one person, a quotation nothing attributes is theirs.
            before = last or subject
            # Quotations in single marks are read as in double ones (same positions).
            text = as_double_quoted(block.text)
            owners, last = _sentence_owners(text, found, body, last, no_one, subject)
            if block.quoted and not any(owners.values()) and not opens_quotation(text) and (
                quoting or (before and previous.endswith(":")) or (subject and FIRST_PERSON.search(block.text))
            ):
                # A block quotation without quotation marks that a paragraph ending on a colon
                # introduces is the words of the one it names ("Banks also said he was a big fan
                # of the final season:"), else of the page's subject ("he had this to say:"), and so
                # are the block quotation's next paragraphs. In a page about one person, one in the
                # first person is theirs however it is introduced ("So, I'll just present you with
                # the beginning of the interview.").
                quoting = quoting or _introduced(previous, found, body) or subject or before
                owners, last = dict.fromkeys(owners, quoting), quoting
            elif before and not any(owners.values()) and (wholly_quoted(quoted := as_double_quoted(_after_topic(block))) or quotation_running_on(quoted)):
                # A feature's paragraph that is only a quotation (or opens one running on into the
                # next paragraph) goes on quoting the one quoted or written about last ("“It was
                # like Lego pieces…”" after "“…,” Bauman says" and narration about him), or the
                # people a line right above it names together
                # ("Katayoun Dibamehr and Avi Amar • Producers"). A topic set before it in bold
                # ("**On John Steinbeck**: “…”") stays with the quotation it heads.
                together = _named_together(previous)
                owner = together if together and together.startswith(before) else before
                owners, last = dict.fromkeys(owners, owner), before
            continued = bool(running) and not any(owners.values()) and not text.lstrip().startswith(("“", '"'))
            if continued:
                # "…every tour we added new songs to the old songs." then, in the next paragraph
                # and without an opening mark, "And that felt completely natural. … It felt a little
                # embarrassing.”": their words up to the closing mark.
                owners = _running_on(owners, text, running)
            running = _left_open(text, owners, continued)
            quoting = quoting if block.quoted else None
            previous = block.text
            found.extend(name for name in owners.values() if name and name not in found)
            parts.extend(runs_by_owner(block, owners))
        if not any(owner for _, owner in parts):
            result.append(exchange)
            continue
        # Consecutive parts with the same owner (no one's paragraphs included) stay one exchange.
        # A quotation found inside an answer no one was found to give answers no prompt; the
        # rest keeps the one it had.
        grouped: list[Exchange] = []
        for k, (part, owner) in enumerate(parts):
            heading = parts[k - 1][0] if k else None
            if owner and heading is not None and heading.is_bold_heading() and grouped and grouped[-1].answer[-1] is heading:
                # "**On Darkness In Music**" over a quotation: the topic is what the quotation answers.
                before = grouped.pop()
                if before.answer[:-1]:
                    grouped.append(Exchange(before.prompt, before.speaker, before.answer[:-1]))
                grouped.append(Exchange(heading.text, owner, (part,)))
                continue
            if grouped and grouped[-1].speaker == owner:
                grouped[-1] = Exchange(grouped[-1].prompt, owner, grouped[-1].answer + (part,))
            else:
                grouped.append(Exchange(None if owner else exchange.prompt, owner, (part,)))
        result.extend(grouped)
    return result


# "He" or "she": narration about the one quoted last ("He sometimes gets a faraway look…"), in
# a sentence quoting no one (_QUOTE_MARK).
_HE_OR_SHE = re.compile(r"(?i)\b(?:he|she)\b")
_QUOTE_MARK = re.compile(r"[“”\"]")
# The last clause's subject pronoun: "…, he knew the end was near."
_CLAUSE_PRONOUN = re.compile(r",\s+(?:[”\"]\s*,?\s*)?(?:he|she)\s+[a-z]+[^,]*$")


def _pronoun_after(person: str, sentence: str) -> bool:
    """Whether a sentence's last clause opens on "he" or "she" and the last name before it,
    outside quotation marks, is `person`'s surname."""
    clause = _CLAUSE_PRONOUN.search(sentence)
    if clause is None:
        return False
    before = re.sub(r"[“\"][^”\"]*[”\"]", " ", sentence[: clause.start()])
    capitalised = re.findall(r"\b[A-ZÀ-ÖØ-Þ][\w'’-]+", before)
    return bool(capitalised) and names.fold(name_forms.POSSESSIVE.sub("", capitalised[-1])) == names.fold(person.split()[-1])


def _left_open(text: str, owners: dict[tuple[int, int], str | None], was_open: bool) -> str | None:
    """The one whose quotation a paragraph (opening inside one when `was_open`) ends inside of:
    its last sentence theirs, a quotation mark left open; else None."""
    if not owners:
        return None
    last = owners[max(owners)]
    return last if last and still_open(text, was_open) else None


def _running_on(owners: dict[tuple[int, int], str | None], text: str, speaker: str) -> dict[tuple[int, int], str | None]:
    """`owners` with the sentences up to the first closing quotation mark given to `speaker`; as
    they were when the paragraph closes no quotation."""
    spans = sorted(owners)
    closing = next((k for k, (start, end) in enumerate(spans) if any(mark in text[start:end] for mark in ("”", '"'))), None)
    if closing is None:
        return owners
    return {**owners, **dict.fromkeys(spans[: closing + 1], speaker)}


def _introduced(paragraph: str, known: list[str], body: str) -> str | None:
    """The person the last sentence of a paragraph opens with, in full ("Banks also said…:" →
    "Jonathan Banks"), or None."""
    return opening_person(last_sentence(paragraph) or paragraph, known, body)


def _after_topic(block: Block) -> str:
    """The block's text after a topic it opens with in bold or italics, closed by a colon
    ("**On TV networks**: “When you meet…”" → "“When you meet…”"); else its whole text."""
    lead = block.lead()
    rest = block.text[len(lead) :] if lead and block.text.startswith(lead) else ""
    if lead.endswith(":"):
        return rest.strip()
    if rest.lstrip().startswith(":"):
        return rest.lstrip()[1:].strip()
    return block.text


def _named_together(text: str) -> str | None:
    """The full names a line opens with, two or more joined ("Katayoun Dibamehr and Avi Amar •
    Producers" → "Katayoun Dibamehr and Avi Amar"); None for one name or none."""
    found = names.names_at(text)
    together = len(found) >= 2 and all(names.is_full_name(name) and names.is_person_name(name) for name in found)
    return " and ".join(found) if together else None


def quotes_by_name(narration: list[str], person: str, known: list[str], body: str) -> bool:
    """Whether the narration attributes a quotation to `person` by name ("…", Springsteen says),
    not only by a pronoun; a fuller form of the name is theirs too ("Little Steven Van Zandt"
    for "Steven Van Zandt")."""
    folded = names.fold(person)
    for paragraph in narration:
        text = as_double_quoted(paragraph)
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            said = _speaker(sentence, known, body, None) if is_quoting(sentence) else None
            if said and (said == person or names.fold(said).endswith(" " + folded)):
                return True
    return False


def _sentence_owners(
    text: str, known: list[str], body: str, last: str | None, no_one: frozenset[str], subject: str | None = None
) -> tuple[dict[tuple[int, int], str | None], str | None]:
    """Who says each sentence of a paragraph (None: the narration), and who was quoted last; "he
    says" where narration named others since is the document's `subject`, when it has one."""
    owners: dict[tuple[int, int], str | None] = {}
    open_quote = False
    previous: str | None = None
    # The sentences of the quotation still open, before the one that says who speaks.
    unclaimed: list[tuple[int, int]] = []
    # The sentences of quotations no one was found to say, right before this sentence.
    unowned: list[tuple[int, int]] = []
    acted = False
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        quoting = is_quoting(sentence) or open_quote
        # "(He and his parents escaped Kuwait…) “What they tend to forget…”": the writer's aside
        # in brackets does not end the quotation it stands in.
        aside = not quoting and _ASIDE.match(sentence) is not None
        speaker = _speaker(sentence, known, body, last or subject) if quoting else None
        opens_quote = opens_quotation(sentence)
        if speaker is None and quoting and (QUOTE_AFTER_PARTICIPLE.search(sentence) or QUOTE_AFTER_SHARED_SUBJECT.search(sentence)):
            # "John Lennon discussed the allegation…—asking, “…”": the one the sentence opens with;
            # "…, he burns the borough, saying, “I'm sure that will be the last resort.”": the one
            # the sentence is about, in a page about one person that person.
            speaker = opening_person(sentence, known, body) or subject or last
        lead = COLON_BEFORE_QUOTE.match(sentence.lstrip()) if speaker is None and quoting else None
        # ("He's not a closet jazz cat: “…": the pronoun before its contraction.)
        opener = re.split(r"['’]", names.fold(lead.group("lead").split()[0]))[0] if lead else ""
        if lead and opener in SPEAKING_PRONOUNS - {"they"}:
            # "He records in his memoirs: “I'd never owned a new car…”": whom "he" stands for.
            speaker = pronouns.referent(opener, last or subject, sentence, known, body)
        elif lead and opener not in CLAUSE_OPENERS | TOPIC_LABEL_OPENERS:
            # "Yorke really hates cars: “People get up too early…”", "Producer Nigel Godrich has
            # the best one-liner…: “…”": no verb signs it, the one the narration opens with says it
            # (not a topic's: "On John Steinbeck: “…”").
            speaker = opening_person(lead.group("lead"), known, body)
            # ("Boston Garden: “…”": a place the text names is a topic, not a speaker.)
            speaker = None if speaker and name_forms.named_as_place(speaker, body) else speaker
        if speaker is None and not quoting and unowned:
            # "“I wanted to film the night.” Lena Park tells me.": who said the quotation before.
            speaker = _speaker(sentence, known, body, last or subject, (ATTRIBUTION_ALONE, ATTRIBUTION_AFTER_PHRASE))
        if speaker is not None and unowned and (SPEAKING_ON.match(sentence) or not quoting):
            # "“The Parrot is inspired by…” He adds, “…”": the quotation before was theirs too.
            owners.update({span: speaker for span in unowned})
        if speaker is None and previous and (open_quote or opens_quote):
            # The quotation goes on in the next sentence: "“We shot it in 24 nights.”"
            speaker = previous
        elif speaker is None and (last or subject) and opens_quote and (is_quoting(sentence) or still_open(sentence, False)) and acted:
            # "He pauses. “First I was like…”": what the one written about says next (a quotation
            # running on past its first sentence, however short: "…who was asked to describe the
            # day. “I hear screams. I knew…”").
            speaker = last or subject
        if speaker is not None and open_quote:
            # "“This character was so conceptual. He was not a real person,” Yeun says.": the
            # quotation's earlier sentences are the same speaker's.
            owners.update({span: speaker for span in unclaimed})
        owners[(start, end)] = speaker
        unowned = [*unowned, (start, end)] if quoting and speaker is None else []
        previous = previous if aside else speaker
        # Narration leading to their words: a short gesture ("He pauses.", "His smile grows
        # wider.", "Clemons laughs."), their speech reported ("Al-Rasheed explains that…") or the writer's question
        # ("…when I ask him about Cannes.") or their talking to the writer or an outlet ("Tim
        # League has talked to West Side Rag about…").
        words = sentence.split()
        about = talked_about(sentence, last, known, body, no_one) if not open_quote else last
        if subject and about and about != subject and _pronoun_after(subject, sentence):
            # In a page about one person, narration ending on "he" or "she" right after naming them
            # ("Springsteen called the band back, but when Weinberg saw the billing, he knew…")
            # leaves "he said" theirs.
            about = subject
        acted = speaker is None and not open_quote and (
            (len(words) <= MAX_GESTURE_WORDS and (names.fold(words[0]) in GESTURING or opening_person(sentence, known, body) is not None))
            or any(pattern.search(sentence) for pattern in (REPORTED_SPEECH, *REPORTED_ASIDES, WRITER_ASKING, TALKED_TO, ASKED_PASSIVE))
            # "The disco boom dismayed Clemons. “Where's the reality?…”": narration naming only the
            # one quoted last leads to more of their words.
            or (last is not None and about == last and not quoting and (names.times_named(last.split()[-1], sentence) > 0 or (_HE_OR_SHE.search(sentence) is not None and not _QUOTE_MARK.search(sentence))))
        )
        last = speaker or about
        open_quote = still_open(sentence, open_quote)
        unclaimed = [*unclaimed, (start, end)] if open_quote and speaker is None else []
    return owners, last


# A sentence wholly in brackets: the writer's aside.
_ASIDE = re.compile(r"^\s*\([^()]*\)\s*$")
_ATTRIBUTIONS = (*SPEAKER_AFTER_QUOTE, QUOTE_AFTER_SPEAKER, SPEAKER_AFTER_VERB, QUOTE_AFTER_CLAUSE, QUOTE_AFTER_ASKING, QUOTE_AFTER_KIN, QUOTE_IN_VIEW_OF, QUOTE_HEARD)


def _speaker(sentence: str, known: list[str], body: str, last: str | None, patterns: tuple[re.Pattern, ...] = _ATTRIBUTIONS) -> str | None:
    """The person a speech verb beside the quotation names (`patterns` say where), as the document
    names them in full."""
    for pattern in patterns:
        for match in pattern.finditer(sentence):
            who = match.group("who")
            if names.fold(who) in SPEAKING_PRONOUNS | ASKED_PRONOUNS:
                return pronouns.referent(names.fold(who), last, sentence, known, body)
            words = names.fold(who).split()
            if words[:1] == ["the"] and (names.is_role_word(words[-1]) or "known as" in " ".join(words)):
                # "says the Rage Against the Machine guitarist", "The actress says “…”": a
                # description ending on a role names no one (the band's name is no one's), nor does
                # a nickname ("said the man known as The Boss"): it is the one written about.
                return last
            # "says Sundance Film Festival Director of Programming Trevor Groth", "Explains
            # True/False Co-Director and Co-Founder David Wilson, “…": the name after the roles.
            # (After a clause, the name is the one before the verb, not one in an aside after it:
            # "…, musician Lena Park says, after a duet with her partner, singer Sam Ode, that “…".)
            described = name_forms.name_after_roles(sentence[match.start("who") : match.end("who") if pattern is QUOTE_AFTER_CLAUSE else match.end()])
            # "says casting director Priya Shah": lower-case words describing the one named.
            found = described or names.names_at(who) or names.names_at(_DESCRIBED.sub("", who, count=1))
            if not found and words and names.is_role_word(words[-1]):
                # "said her manager, Jon Landau": the name in apposition after the role.
                found = [name for name in names.names_at(sentence[match.end("who") :].lstrip(" ,")) if names.is_full_name(name)][:1]
            if found and not names.is_person_name(found[0]) and len(found[0].split()) >= 2:
                # "said Duke University exhibit librarian Meg Brown": an institution and what they
                # do there before the name.
                found = name_forms.person_named_after(who) or found
            if found and (full := name_forms.full_name(found[0], known, body) or name_forms.named_by_tie(found[0], sentence)):
                return full
            if who.startswith("the ") and pattern is SPEAKER_AFTER_QUOTE[0]:
                # "“…,” said the December 2018 graduate who now works…": a description naming no
                # one is the one written about.
                return last
    return None
