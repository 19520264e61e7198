"""What a passage states outright, read from its text only when a question needs it: who holds a
credit ("Director: Lena Park", "A film by …", "my editor Tom McArdle"), who plays a part ("Tom Lee
as Marco", "SALMA HAYEK (Frida Kahlo)"), and whether it is a title line standing alone."""

from __future__ import annotations

import re

import numpy as np

from assistant.cues import BACK_CHANNEL_WORDS
from assistant.data import Passage
from assistant.ingest.names import role_after
from assistant.index import PressKitIndex
from assistant.question_cues import (
    BYLINE_IN_TEXT,
    MONEY,
    PART_BEFORE_LEADERS,
    PART_CREDIT,
    PART_IN_BRACKETS,
    besides_credit,
    credit_statement,
    credited_role,
)
from assistant.quote_cues import REPORTED_SPEECH
from assistant.request_cues import AVAILABLE, INSTRUCTION, PRICE_ASKED, REQUESTED_ACT, YOU_CAN
from assistant.search.lexical import LexicalIndex, tokenize
from assistant.search.speakers import words
from assistant.text import LINE_ENDS_SENTENCE, split_sentences

# A title line is this short at most.
TITLE_LINE_WORDS = 15
# A byline is this short at most ("Interview by Jasmina Nevada for Screamfest, October 2023").
BYLINE_WORDS = 12
# A reply saying nothing of its own is this short at most.
EMPTY_REPLY_WORDS = 8
_WORD = re.compile(r"[\w']+")
# One short question and nothing else: "What was the most difficult?", "Sorry, what do you mean?".
_ASKING_BACK = re.compile(
    r"(?i)^\s*(?:(?:sorry|pardon|so|and|but|wait),?\s+)?(?:what|which|who|how|why|where|when|do|does|did|is|are|was|were|can|could|you\s+mean)\b[^.!?]*\?\s*$"
)


class Statements:
    """Reads the passages of an index for what they state, decoding only those a question needs."""

    def __init__(self, index: PressKitIndex, lexical: LexicalIndex):
        self.index = index
        self.lexical = lexical
        # Whether a short passage no one says is a title line, read once per passage.
        self._title_line_at: dict[int, bool] = {}
        # Whether a short passage says nothing of its own ("Right."), read once per passage.
        self._empty_reply_at: dict[int, bool] = {}
        # Whether a passage reports what someone said, read once per passage.
        self._reports_at: dict[int, bool] = {}

    def states_part(self, played: frozenset[tuple[tuple[str, ...], str]], position: int) -> bool:
        """Whether the passage at `position` names one of the parts and, beside it, its actor."""
        found = words(self.index.passages[position].text)
        # The actor named among the speakers, or in so many words (a cast list names actors who
        # never speak).
        named = self.index.columns.named_in(position)
        return any((actor in named or _contains(found, tuple(words(actor)))) and _contains(found, part) for part, actor in played)

    def credits_part(self, part: set[str], positions: np.ndarray) -> np.ndarray:
        """Whether each passage credits someone with a part sharing a word with `part` (stems):
        "Tom Lee as Marco", or an actor and a part paired in brackets either way round."""
        credits = [
            [match.group(1) for match in PART_CREDIT.finditer(text)] + [side for match in PART_IN_BRACKETS.finditer(text) for side in match.groups()]
            + [_last_words(match.group(1)) for match in PART_BEFORE_LEADERS.finditer(text)]
            for text in (self.index.passages[i].text for i in positions)
        ]
        stems = iter(tokenize([credit for found in credits for credit in found]))
        return np.array([any(part & set(next(stems)) for _ in found) for found in credits], dtype=bool)

    def states_credit(self, question: str, positions: np.ndarray) -> np.ndarray:
        """Whether each passage at `positions` states the credit the question asks who holds (none
        when it asks none)."""
        role = credited_role(question)
        if role is None:
            return np.zeros(len(positions), dtype=bool)
        states = credit_statement(role)
        return np.array([bool(states.search(self.index.passages[i].text)) for i in positions], dtype=bool)

    def credit_stated(self, question: str, positions: np.ndarray) -> bool:
        """Whether the question asks who holds a credit, about nothing the corpus does not know
        ("Who was the director of photography?", not "Who directed Jaws?"), and a passage at
        `positions` states it."""
        if credited_role(question) is None:
            return False
        about = tokenize([besides_credit(question)])[0]
        return (not about or self.lexical.coverage(about) == 1.0) and bool(self.states_credit(question, positions).any())

    def bylines(self, positions: np.ndarray) -> np.ndarray:
        """Whether each passage at `positions` is a byline: short, naming who wrote or asked
        ("Oral History by Ken Berryman", "Interview by Jasmina Nevada"); only short ones are read."""
        short = self.index.columns.words[positions] <= BYLINE_WORDS
        return np.array([bool(ok) and bool(BYLINE_IN_TEXT.search(self.index.passages[int(i)].text)) for ok, i in zip(short, positions)], dtype=bool)

    def title_lines(self, positions: np.ndarray) -> np.ndarray:
        """1 for each passage at `positions` that is a title line standing alone (`is_title_line`),
        else 0: only the short ones no one says, answering nothing, are read."""
        columns = self.index.columns
        short = (columns.speaker[positions] < 0) & (columns.prompt[positions] < 0) & (columns.words[positions] <= TITLE_LINE_WORDS)
        flags = np.zeros(len(positions), dtype=np.float32)
        for k in np.flatnonzero(short):
            position = int(positions[k])
            if position not in self._title_line_at:
                self._title_line_at[position] = is_title_line(self.index.passages[position])
            flags[k] = self._title_line_at[position]
        return flags


    def empty_replies(self, positions: np.ndarray) -> np.ndarray:
        """1 for each passage at `positions` that says nothing of its own (`is_empty_reply`), else
        0: only the short ones are read."""
        short = self.index.columns.words[positions] <= EMPTY_REPLY_WORDS
        flags = np.zeros(len(positions), dtype=np.float32)
        for k in np.flatnonzero(short):
            position = int(positions[k])
            if position not in self._empty_reply_at:
                self._empty_reply_at[position] = is_empty_reply(self.index.passages[position].text)
            flags[k] = self._empty_reply_at[position]
        return flags

    def gives_role_of(self, position: int, people: frozenset[str]) -> bool:
        """Whether the passage at `position` says who one of `people` is with a role word after
        their name ("Next up is Nick Kroll, actor, caveman and…", "Lena Park, the director, …")."""
        text = self.index.passages[position].text
        return any(role_after(name, text) for name in people)

    def is_about(self, position: int, people: frozenset[str]) -> bool:
        """Whether the passage at `position` is about one of `people` (`is_about`)."""
        return is_about(self.index.passages[position].text, people)

    def tells_how(self, request: str, positions: np.ndarray) -> bool:
        """Whether one of the passages tells the one asking how to do what `request` asks ("Where
        can I attend a seance?" → "…for $20 you can attend a seance."): a sentence saying what
        "you can" do, with the thing the request is for; or an instruction with one of the words
        of what is asked for ("How can I get a copy of the video?" → "To obtain a copy, call…",
        "How do I get to the theater?" → "To get to the theater, take…"); or where what is asked
        for is available ("Where can I buy tickets?" → "Tickets will be available at…"). Asked for a
        price ("How much does the LivePhish app cost?"), a price answers in a sentence naming the
        thing, or after one ("…the LivePhish App, a subscription service. It's $9.99 a month")."""
        priced = PRICE_ASKED.search(request)
        if priced:
            thing = tokenize([priced.group("thing").split()[-1]])[0]
            for position in positions:
                sentences = split_sentences(self.index.passages[int(position)].text)
                for before, sentence in zip(["", *sentences], sentences):
                    if thing and MONEY.search(sentence) and thing[0] in tokenize([f"{before} {sentence}"])[0]:
                        return True
            return False
        act = REQUESTED_ACT.search(request)
        wanted = tokenize([act.group("act").split()[-1]])[0] if act else []
        if not wanted:
            return False
        asked_for = set(tokenize([" ".join(act.group("act").split()[1:])])[0])
        for position in positions:
            for sentence in split_sentences(self.index.passages[int(position)].text):
                you_can, instructs, available = YOU_CAN.search(sentence), INSTRUCTION.search(sentence), AVAILABLE.search(sentence)
                if not (you_can or instructs or available):
                    continue  # only a sentence with a cue is worth tokenizing
                said = set(tokenize([sentence])[0])
                if (you_can and wanted[0] in said) or (instructs and (asked_for | {wanted[0]}) & said) or (available and asked_for & said):
                    return True
        return False

    def reports_speech(self, position: int) -> bool:
        """Whether the passage at `position` reports what someone said ("…said that…")."""
        if position not in self._reports_at:
            self._reports_at[position] = bool(REPORTED_SPEECH.search(self.index.passages[position].text))
        return self._reports_at[position]


def is_about(text: str, people: frozenset[str]) -> bool:
    """Whether the text is about one of `people` (named in full or by surname): the subject of a
    sentence ("…, Ann Dowd has become…"), with what they are in brackets ("Jack Wang (26,
    postgraduate student…)"), or a profile's name ("Name: Sarah" over "Age: 20"); not named in a
    list or a label ("Renee, Jacqui and Russell: [Wrapping up interview]")."""
    forms = "|".join(re.escape(form) for form in sorted({form for name in people for form in (name, name.split()[-1])}))
    return bool(forms) and bool(re.search(rf"\b(?:{forms})(?:\s+[a-z]|\s*\()|\bName:\s*(?:{forms})\b", text))


def is_empty_reply(text: str) -> bool:
    """Whether a passage is only words that keep a conversation going ("Right.", "That’s right.",
    "Thank you."), answering nothing on its own, whatever its prompt asked."""
    found = _WORD.findall(text.lower().replace("’", "'"))
    if not found or len(found) > EMPTY_REPLY_WORDS:
        return False
    # "What was the most difficult?": a reply asking back what was asked says nothing yet.
    return all(word in BACK_CHANNEL_WORDS for word in found) or _ASKING_BACK.match(text) is not None


def is_title_line(passage: Passage) -> bool:
    """Whether a passage is a title line standing alone: no one's, answering no prompt, of at most
    TITLE_LINE_WORDS words, ending no sentence ("Kristen Stewart interview sur Camp X-Ray")."""
    text = passage.text.strip()
    return passage.speaker is None and not passage.question and len(text.split()) <= TITLE_LINE_WORDS and not LINE_ENDS_SENTENCE.search(text)


def _last_words(phrase: str) -> str:
    """The part before a cast list's leaders without an actor's name run into it from the pair
    before ("Matthew McConaughey Owen" → "Owen"): the words after the first two of three."""
    words = phrase.split()
    return " ".join(words[2:]) if len(words) >= 3 else phrase


def _contains(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether `phrase` occurs in `tokens` as consecutive words."""
    n = len(phrase)
    return any(tuple(tokens[i : i + n]) == phrase for i in range(len(tokens) - n + 1))
