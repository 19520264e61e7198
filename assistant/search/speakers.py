"""Who a question is about: interviewees named in it, by name, role or the character they play."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from assistant.question_cues import (
    ASKS_WHO_ASKS,
    ASKS_WHO_PLAYS,
    CAST_PROMPT,
    CAST_QUESTION,
    PERSON_ROLES,
    ROLE_TOPICS,
    SECOND_PERSON_DISAGREEMENT,
    SECOND_PERSON_VERBS,
    THIRD_PERSON,
    THIRD_PERSON_POSSESSIVE,
)
from assistant.cues import HONORIFICS, SINGULAR_THIRD_PERSON, SINGULAR_THIRD_PERSON_POSSESSIVE
from assistant.data import Passage
from assistant.search.mentions import fold, mention_shares, words
from assistant.search.word_order import (
    after_a_role_subject,
    after_article,
    after_preposition,
    attributed,
    before_the_subject,
    described,
    modifier,
    object_of_another,
    owns_the_part,
    predicate_at,
    predicative,
    without_work_possessives,
)

@dataclass(frozen=True)
class MentionWeights:
    """How strongly each kind of mention points at a speaker (a bonus on the fused relevance
    score), and the share of the other interviews that must name a person for them to be a topic
    rather than a speaker (README "Speakers"; the values live in `Settings`)."""

    named: float = 1.0
    role: float = 1.0
    character: float = 0.3
    topic_person: float = 0.15
    topic_person_share: float = 0.6

    @classmethod
    def of(cls, settings) -> MentionWeights:
        """The weights a `Settings` sets."""
        return cls(settings.named_weight, settings.role_weight, settings.character_weight, settings.topic_person_weight, settings.topic_person_share)


def interviewers(metas: Iterable[dict]) -> set[str]:
    """Everyone the documents' metadata names as asking the questions."""
    return {name for meta in metas for name in (meta.get("interviewers") or [])}


@dataclass(frozen=True)
class PeopleInQuestion:
    """Who a question points at (`speakers`: weight per speaker, "" = the synopsis), the
    interviewees it is about without asking them (`about`: an object, after a preposition or an
    article) and, asked who plays whom, the parts and their actors (`played`)."""

    speakers: dict[str, float]
    about: frozenset[str]
    # Asked who plays a character: each character's folded words with an actor who plays them.
    played: frozenset[tuple[tuple[str, ...], str]] = frozenset()
    # Whether the question asks who plays a part ("Which actress plays the young violinist?").
    asks_who_plays: bool = False
    # Whether it asks who put the questions ("Who interviewed Lena Park?": everyone named is asked).
    asks_who_asks: bool = False


@dataclass(frozen=True)
class SpeakerTable:
    """Phrases (tuples of folded words) that point at speakers, with a weight each."""

    phrases: dict[tuple[str, ...], dict[str, float]]
    # The one interviewee of a corpus that interviews only one person (their pronoun is theirs).
    sole: str | None = None
    weights: MentionWeights = MentionWeights()
    # Each role the documents or sidecars give an interviewee ("composer" → "Armand Amar").
    roles: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_corpus(cls, passages: list[Passage], metas: list[dict], weights: MentionWeights = MentionWeights()) -> SpeakerTable:
        """Names from the interview headings, roles and characters from the documents' meta files."""
        speakers = sorted({p.speaker for p in passages if p.speaker})
        return cls.of(speakers, mention_shares(passages, interviewers(metas)), metas, weights)

    @classmethod
    def of(cls, speakers: list[str], shares: dict[str, float], metas: list[dict], weights: MentionWeights = MentionWeights()) -> SpeakerTable:
        """The table of the interviewees `speakers` (sorted), each mentioned in a share of the
        others' interviews (`mention_shares`), with roles and characters from `metas`."""
        topic_people = {speaker for speaker in speakers if shares.get(speaker, 0.0) >= weights.topic_person_share}
        phrases: dict[tuple[str, ...], dict[str, float]] = defaultdict(dict)
        first_use: dict[str, set[str]] = defaultdict(set)
        for speaker in speakers:
            weight = weights.topic_person if speaker in topic_people else weights.named
            name = tuple(words(speaker))
            phrases[name][speaker] = weight
            for word in set(name):
                if len(word) >= 3:
                    first_use[word].add(speaker)
        for word, owners in first_use.items():
            if len(owners) == 1:
                (owner,) = owners
                phrases[(word,)].setdefault(owner, phrases[tuple(words(owner))][owner])
        askers = interviewers(metas)
        interviewees = [speaker for speaker in speakers if speaker not in askers]
        sole = interviewees[0] if len(interviewees) == 1 else None
        role_phrases: dict[tuple[str, ...], dict[str, float]] = defaultdict(dict)
        for meta in metas:
            for role, speaker in (meta.get("roles") or {}).items():
                if speaker in speakers:
                    weight = weights.topic_person if speaker in topic_people else weights.role
                    # Interviewing one person, "a cinematographer" asks about the one they talk to.
                    for article in ("the", "a", "an") if speaker == sole else ("the",):
                        role_phrases[(article, *words(role))][speaker] = weight
        for phrase, owners in role_phrases.items():
            # "The director" of several press kits: each as much as the least of them, so one kit's
            # director being its topic does not hand the word to another kit's.
            least = min(owners.values())
            phrases[phrase].update({speaker: least for speaker in owners})
        for meta in metas:
            for character, actors in (meta.get("characters") or {}).items():
                phrase = tuple(words(character))
                # The synopsis tells the characters' story, so it shares the soft boost.
                phrases[phrase][""] = weights.character
                for actor in actors:
                    if actor in speakers:
                        phrases[phrase][actor] = weights.character
        roles = {" ".join(words(role)): person for meta in metas for role, person in (meta.get("roles") or {}).items() if person in speakers}
        if sole is not None and sole not in roles.values():
            # Interviewing one person whose role no document states, "the filmmaker" or "the
            # animator" can only be them (a role given to someone else stays theirs).
            given = {" ".join(words(role)) for meta in metas for role in (meta.get("roles") or {})}
            for role in PERSON_ROLES - given:
                phrases[("the", *words(role))].setdefault(sole, weights.role)
        return cls(dict(phrases), sole, weights, roles)

    def named(self, detected: dict[str, float]) -> list[str]:
        """The interviewees a question names (by name or role, not merely as a topic or character)."""
        return [speaker for speaker, weight in detected.items() if weight >= self.weights.named and speaker]

    def mentioned(self, detected: dict[str, float]) -> list[str]:
        """The interviewees a question mentions by name or role, as speaker or topic (not as a character's actor)."""
        return [speaker for speaker, weight in detected.items() if weight != self.weights.character and speaker]

    def addressed(self, question: str, characters: dict[str, list[str]], detected: dict[str, float] | None = None) -> str | None:
        """The question put to the one interviewee it names, as the interviewer would ask it:
        "How does Valery Barinov describe Ivan?" → "How does you describe your character?". In a
        corpus interviewing one person, a question naming no one is put to them, its third-person
        pronouns in the second person ("How did he start?" → "How did you start?"). None when
        the question is not put to one interviewee."""
        detected = self.detect(question) if detected is None else detected
        named = self.named(detected)
        if not detected and self.sole is not None:
            return second_person_agreement(THIRD_PERSON_POSSESSIVE.sub("your", THIRD_PERSON.sub("you", question)))
        if len(named) != 1:
            return None
        (speaker,) = named
        rewritten = question
        # Only the forms whose words the question holds can match (each part is a whole word).
        tokens = words(question)
        present = set(tokens)
        forms = sorted(
            {
                " ".join(p) for p, owners in self.phrases.items()
                if owners.get(speaker, self.weights.character) != self.weights.character and present.issuperset(p) and not predicative(tokens, p)
            },
            key=len,
            reverse=True,
        )
        for form in forms:
            # "According to Dr. Jones" → "According to you": the title goes with the name.
            # "O'Keefe" is the words "o" and "keefe": an apostrophe may join them as a space does,
            # and "O'" goes with a surname said alone.
            pattern = _TITLE_BEFORE + r"\b(?:\w{1,2}['’])?" + r"[\s'’-]+".join(re.escape(part) for part in form.split()) + r"\b"
            rewritten = _sub_folded(pattern + r"(?:['’]s)", "your", rewritten)
            rewritten = _sub_folded(pattern, "you", rewritten)
        for character, actors in characters.items():
            if speaker in actors:
                pattern = r"\b" + r"[\s-]+".join(re.escape(part) for part in words(character)) + r"\b"
                rewritten = _sub_folded(pattern + r"(?:['’]s)", "your character's", rewritten)
                rewritten = _sub_folded(pattern, "your character", rewritten)
        if CAST_QUESTION.search(rewritten):
            if CAST_QUESTION.match(rewritten.lstrip()):
                # "Who plays Sacha?" asks the actor about their part, as interviews put it.
                return CAST_PROMPT
            # "What did the actress who plays Anne-Marie find hard?" → "What did you find hard?"
            rewritten = re.sub(CAST_QUESTION.pattern + r"\s+your character\b", "you", rewritten)
            rewritten = re.sub(r"(?i)\b(?:him|her)(?=\W*$)", "your character", rewritten)
        elif set(detected) == {speaker}:
            rewritten = SINGULAR_THIRD_PERSON_POSSESSIVE.sub("your", SINGULAR_THIRD_PERSON.sub("you", rewritten))
        rewritten = second_person_agreement(rewritten)
        return rewritten if rewritten != question else None

    def without_names(self, question: str, only: Collection[str] | None = None) -> str:
        """The question with every interviewee's name and role removed, or every phrase naming the
        speakers `only` (also "the director" when it means the person usually talked about);
        characters stay: a topic."""

        def names(speaker: str, weight: float) -> bool:
            if only is None:
                return bool(speaker) and weight >= self.weights.role
            return speaker in only and weight != self.weights.character

        stripped = question
        tokens = words(question)
        present = set(tokens)
        named = sorted(
            {
                " ".join(p) for p, owners in self.phrases.items()
                if present.issuperset(p) and any(names(s, w) for s, w in owners.items()) and not predicative(tokens, p)
            },
            key=len,
            reverse=True,
        )
        for form in named:
            pattern = r"\b" + r"[\s-]+".join(re.escape(part) for part in form.split()) + r"(?:['’]s)?\b"
            stripped = _sub_folded(pattern, "", stripped)
        return " ".join(stripped.split())

    def detect(self, question: str) -> dict[str, float]:
        """Speakers the question points at, with the strongest weight among its mentions (`read`)."""
        return self.read(question).speakers

    def read(self, question: str) -> PeopleInQuestion:
        """Speakers the question points at, with the strongest weight among its mentions, and the
        interviewees it is about without asking them.

        A person usually talked about (the director) counts as named where the question attributes
        words to them. A named interviewee is the topic, not the speaker, after a preposition
        beside another subject ("… acting with Guskov"), after an article ("make a synthetic
        Robert Smith"), or as the object of another person named before ("Why did Radu cast
        Alexeï Guskov?", not "Radu and Guskov"). Asked who plays a character, the actor is named
        (not the actor of a character the part belongs to: "Who plays Duplessis's assistant?").
        A possessive qualifying another name points at no one: "Andreï's wife Irina" is Irina.
        Those rules read English word order: a question in another language is read through its
        English reading (`glossary.Glossary.gloss`).
        """
        tokens = without_work_possessives(words(question))
        present = set(tokens)
        found_mentions = [
            (speaker, weight, i, i + len(phrase))
            for phrase, owners in self.phrases.items()
            if phrase[0] in present
            for i in range(len(tokens) - len(phrase) + 1)
            if tuple(tokens[i : i + len(phrase)]) == phrase and not predicate_at(tokens, phrase, i)
            for speaker, weight in owners.items()
        ]
        # "Smith" inside "Robert Smith" is the same mention, read in the full name's context.
        mentions = [
            m for m in found_mentions
            if not any(o[0] == m[0] and o[2] <= m[2] and m[3] <= o[3] and (o[2], o[3]) != (m[2], m[3]) for o in found_mentions)
            and not modifier(tokens, m[3], found_mentions)
        ]
        named, topic, character = self.weights.named, self.weights.topic_person, self.weights.character
        people = [(s, named if w == topic and attributed(tokens, i, j) else w, i, j) for s, w, i, j in mentions if w != character and s]
        subjects = {s for s, w, i, _ in people if w >= named and not after_preposition(tokens, i)}
        cast = bool(CAST_QUESTION.search(question))
        asks_who_asks = bool(ASKS_WHO_ASKS.match(question))
        asks_who_plays = bool(ASKS_WHO_PLAYS.search(question))
        found: dict[str, float] = {}
        about: set[str] = set()
        played: set[tuple[tuple[str, ...], str]] = set()
        for speaker, weight, start, end in mentions:
            if cast and tokens[start] == "the" and end - start > 1:
                continue  # "Who plays the director of the theatre?": a part, not the film's director
            if weight == character:
                if cast and not speaker:
                    continue  # the synopsis tells the story; it does not say who plays whom
                if asks_who_plays and owns_the_part(tokens, start, end):
                    continue  # "Who plays Duplessis's assistant?": the part is the assistant
                if asks_who_plays:
                    played.add((tuple(tokens[start:end]), speaker))
                weight = named if cast else weight
            elif weight == topic and attributed(tokens, start, end):
                weight = named
            elif weight >= named and not attributed(tokens, start, end) and (
                asks_who_asks
                or (after_preposition(tokens, start) and subjects - {speaker})
                or after_article(tokens, start)
                or object_of_another(people, tokens, speaker, start)
                or after_a_role_subject(tokens, start)
                or described(tokens, start, end)
                or before_the_subject(people, tokens, speaker, end, named)
            ):
                weight = topic
                about.add(speaker)
            found[speaker] = max(found.get(speaker, 0.0), weight)
        # The one asked about is not also pointed at through the character they play.
        found.update({speaker: topic for speaker in about})
        return PeopleInQuestion(found, frozenset(about), frozenset(played), asks_who_plays, asks_who_asks)

    def role_topics(self, question: str) -> dict[str, float]:
        """The holders of the roles whose subject the question is about (ROLE_TOPICS: "soundtrack"
        points at the composer), at the soft character weight."""
        asked = set(words(question))
        return {
            person: self.weights.character
            for role, person in self.roles.items()
            if asked & ROLE_TOPICS.get(role, frozenset())
        }


_TITLE_BEFORE = rf"(?:\b(?:{'|'.join(title.lower() for title in HONORIFICS)})\.?\s+)?"


_NEGATION = re.compile(r"(?i)n['’]t$")


def second_person_agreement(text: str) -> str:
    """`text` with the verbs next to "you" in the second person ("Does you hope" → "Do you hope")."""

    def agree(match: re.Match) -> str:
        word = match.group()
        verb = _NEGATION.sub("", word)
        agreed = SECOND_PERSON_VERBS[verb.lower()]
        return (agreed.capitalize() if verb[0].isupper() else agreed) + word[len(verb) :]

    return SECOND_PERSON_DISAGREEMENT.sub(agree, text)


def _sub_folded(pattern: str, replacement: str, text: str) -> str:
    """Replace matches of a folded-text pattern in `text`, keeping the rest of `text` as written."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    pieces, last = [], 0
    for match in re.finditer(pattern, folded):
        pieces.append(text[last : match.start()] + replacement)
        last = match.end()
    return "".join(pieces) + text[last:]
