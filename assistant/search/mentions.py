"""Who the passages of a corpus name: the speakers each passage's text names, and for each
speaker the share of the others' interviews (in the same document) that mention them. Built with
the index, read by the speaker table."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable

import numpy as np

from assistant.data import Passage
from assistant.text import fold


def words(text: str) -> list[str]:
    """Folded words of `text` (hyphens and possessives split off)."""
    return re.findall(r"[^\W\d_]+", fold(text))


def name_words(name: str) -> set[str]:
    """The words of a person's name that name them when found alone in a text: three letters or more."""
    return {w for w in words(name) if len(w) >= 3}


def passages_naming(passages: Iterable[Passage], speakers: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Which of `speakers` each passage's text names (`name_words`), as offsets into rows of
    `speakers`: the rows named by passage i are rows[offsets[i] : offsets[i + 1]]."""
    by_word: dict[str, set[int]] = defaultdict(set)
    for row, speaker in enumerate(speakers):
        for word in name_words(speaker):
            by_word[word].add(row)
    offsets, rows = [0], []
    for passage in passages:
        named: set[int] = set()
        for word in set(words(passage.text)) & by_word.keys():
            named |= by_word[word]
        rows.extend(sorted(named))
        offsets.append(len(rows))
    return np.asarray(offsets, dtype=np.int64), np.asarray(rows, dtype=np.int32)


def mention_shares(passages: Iterable[Passage], askers: Collection[str] = ()) -> dict[str, float]:
    """For each speaker, the share of the other speakers' interviews in the same document that
    mention a word of their name (three letters or more): the person most of a press kit's
    interviews talk about scores near 1, however many other documents the library holds (the
    highest share where someone speaks in several). The `askers` are no interview: a host
    greeting the guest by name ("Hello, danah") does not make the guest a topic, and neither do
    the people they talk with: panelists naming each other in one conversation ("As Till was just
    saying…") are each other's company, not their topic."""
    vocabulary: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    sections: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for passage in passages:
        if passage.speaker:
            vocabulary[passage.document][passage.speaker].update(words(f"{passage.question or ''} {passage.text}"))
            sections[passage.document][passage.speaker].add(passage.interview)
    shares: dict[str, float] = {}
    for document, speakers in vocabulary.items():
        within = sections[document]
        for speaker in speakers:
            own = name_words(speaker)
            others = [s for s in speakers if s != speaker and s not in askers and not within[s] & within[speaker]]
            if others and own:
                share = sum(bool(own & speakers[o]) for o in others) / len(others)
                shares[speaker] = max(share, shares.get(speaker, 0.0))
    return shares
