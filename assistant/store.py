"""The passages of a saved index and the columns the searcher reads of all of them, stored so that
opening a large index decodes nothing it does not need: passages are decoded when first asked for,
and who says each, which prompt it answers and where answers begin are read as arrays."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.data import Passage
from assistant.ingest.passages import same_answer
from assistant.search.mentions import passages_naming

# Up to this many passages, all are decoded when the index opens (a corrupt line is found then).
EAGER_PASSAGES = 50_000
COLUMNS = "columns.npz"
COLUMN_VALUES = "columns.json"


def distinct_prompts(passages: Iterable[Passage]) -> list[str]:
    """The different prompts of the passages, in order of first appearance (the rows of the
    index's prompt vectors)."""
    return list(dict.fromkeys(p.question for p in passages if p.question))


class PassageStore(Sequence):
    """Passages held as the lines of an index's passages file (one JSON object per line), each
    decoded the first time it is read; all at once for a small index."""

    def __init__(self, data: bytes, decoded: list[Passage | None] | None = None):
        self.data = data
        ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == ord("\n"))
        if data and not data.endswith(b"\n"):
            ends = np.append(ends, len(data))
        self._starts = np.concatenate([[0], ends[:-1] + 1]).astype(np.int64) if len(ends) else np.zeros(0, dtype=np.int64)
        self._ends = ends.astype(np.int64)
        self._decoded = decoded if decoded is not None else [None] * len(ends)
        self._positions: dict[str, int] | None = None

    @classmethod
    def of(cls, passages: Sequence[Passage]) -> PassageStore:
        """A store of `passages` (as they will be written)."""
        lines = [json.dumps(p.to_json(), ensure_ascii=False) + "\n" for p in passages]
        return cls("".join(lines).encode("utf-8"), list(passages))

    @classmethod
    def read(cls, path: Path) -> PassageStore:
        """The passages of the file at `path`, all decoded up to EAGER_PASSAGES (otherwise the first
        and last); FileNotFoundError when it is missing, ValueError when a decoded line is not a passage."""
        store = cls(path.read_bytes())
        for position in range(len(store)) if len(store) <= EAGER_PASSAGES else {0, len(store) - 1} - {-1}:
            store._decode(position)
        return store

    def _decode(self, position: int) -> Passage:
        passage = self._decoded[position]
        if passage is None:
            line = self.data[self._starts[position] : self._ends[position]]
            try:
                passage = Passage.from_json(json.loads(line))
            except (json.JSONDecodeError, UnicodeDecodeError, TypeError, KeyError) as error:
                raise ValueError(f"line {position + 1} is not a passage ({error})") from error
            self._decoded[position] = passage
        return passage

    def position_of(self, passage_id: str) -> int | None:
        """Where the passage with this id is, None if it is not here: a table of ids for a small
        store, a search of the lines' beginnings (each starts with its id) for a large one."""
        if len(self) <= EAGER_PASSAGES:
            if self._positions is None:
                self._positions = {p.id: i for i, p in enumerate(self)}
            return self._positions.get(passage_id)
        needle = ('{"id": ' + json.dumps(passage_id, ensure_ascii=False) + ",").encode("utf-8")
        offset = self.data.find(needle)
        while offset != -1:
            position = int(np.searchsorted(self._starts, offset))
            if position < len(self) and self._starts[position] == offset:
                return position
            offset = self.data.find(needle, offset + 1)
        return None

    def __len__(self) -> int:
        return len(self._decoded)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self._decode(i) for i in range(*key.indices(len(self)))]
        position = int(key) + len(self) if key < 0 else int(key)
        if not 0 <= position < len(self):
            raise IndexError(key)
        return self._decode(position)

    def __iter__(self) -> Iterator[Passage]:
        return (self._decode(i) for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and len(other) == len(self) and all(a == b for a, b in zip(self, other))

    __hash__ = None


@dataclass(frozen=True)
class PassageColumns:
    """Of every passage, as arrays: its speaker (a row of `speakers`, -1 for no one), its prompt
    (a row of `prompts`, the distinct prompts in order of first appearance; -1 for none), its
    document (a row of `documents`), whether it begins an answer, its number of words and of
    sentences (its rows of the sentence vectors), and the speakers its text names (`named`, from
    `named_offsets[i]` to `named_offsets[i + 1]`); and of every speaker, the share of the other speakers' interviews that mention their name."""

    speakers: tuple[str, ...]
    prompts: tuple[str, ...]
    documents: tuple[str, ...]
    speaker: np.ndarray
    prompt: np.ndarray
    document: np.ndarray
    answer_start: np.ndarray
    words: np.ndarray
    sentences: np.ndarray
    named_offsets: np.ndarray
    named: np.ndarray
    mention_share: dict[str, float]

    @classmethod
    def of(cls, passages: Sequence[Passage], mention_share: dict[str, float], sentences: list[int]) -> PassageColumns:
        """The columns of `passages` in document order, with each one's count of `sentences`."""
        speakers = tuple(sorted({p.speaker for p in passages if p.speaker}))
        prompts = tuple(distinct_prompts(passages))
        documents = tuple(sorted({p.document for p in passages}))
        rows = [{value: row for row, value in enumerate(values)} for values in (speakers, prompts, documents)]

        def codes(values: list[str | None], table: dict[str, int]) -> np.ndarray:
            return np.array([table.get(value, -1) if value else -1 for value in values], dtype=np.int32)

        return cls(
            speakers,
            prompts,
            documents,
            codes([p.speaker for p in passages], rows[0]),
            codes([p.question for p in passages], rows[1]),
            codes([p.document for p in passages], rows[2]),
            np.array([i == 0 or not same_answer(passages[i - 1], p) for i, p in enumerate(passages)], dtype=bool),
            np.array([len(p.text.split()) for p in passages], dtype=np.int32),
            np.asarray(sentences, dtype=np.int32),
            *passages_naming(passages, list(speakers)),
            dict(mention_share),
        )

    def save(self, folder: Path) -> None:
        """Write the arrays (`COLUMNS`) and the values they point at (`COLUMN_VALUES`) into `folder`."""
        np.savez(folder / COLUMNS, speaker=self.speaker, prompt=self.prompt, document=self.document,
                 answer_start=self.answer_start, words=self.words, sentences=self.sentences,
                 named_offsets=self.named_offsets, named=self.named)
        values = {"speakers": self.speakers, "prompts": self.prompts, "documents": self.documents, "mention_share": self.mention_share}
        (folder / COLUMN_VALUES).write_text(json.dumps(values, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, count: int) -> PassageColumns:
        """Read what `save` wrote for `count` passages; ValueError when it is missing, unreadable
        or not of that many passages."""
        try:
            values = json.loads((folder / COLUMN_VALUES).read_text(encoding="utf-8"))
            with np.load(folder / COLUMNS, allow_pickle=False) as arrays:
                columns = cls(
                    tuple(values["speakers"]), tuple(values["prompts"]), tuple(values["documents"]),
                    arrays["speaker"], arrays["prompt"], arrays["document"], arrays["answer_start"], arrays["words"], arrays["sentences"],
                    arrays["named_offsets"], arrays["named"],
                    {str(k): float(v) for k, v in values["mention_share"].items()},
                )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"the passage columns in {folder} are missing or corrupt ({error})") from error
        arrays = (columns.speaker, columns.prompt, columns.document, columns.answer_start, columns.words, columns.sentences)
        if any(len(array) != count for array in arrays) or len(columns.named_offsets) != count + 1:
            raise ValueError(f"the passage columns in {folder} are not of {count} passages")
        return columns

    def named_in(self, position: int) -> frozenset[str]:
        """The speakers the text of the passage at `position` names."""
        rows = self.named[self.named_offsets[position] : self.named_offsets[position + 1]]
        return frozenset(self.speakers[row] for row in rows)

    def naming(self, positions: np.ndarray, people: Collection[str]) -> np.ndarray:
        """For each passage at `positions`, whether its text names one of `people` (speakers)."""
        positions = np.asarray(positions, dtype=np.int64)
        rows = [row for row, speaker in enumerate(self.speakers) if speaker in people]
        starts, ends = self.named_offsets[positions], self.named_offsets[positions + 1]
        counts = ends - starts
        if not rows or not counts.any():
            return np.zeros(len(positions), dtype=bool)
        # Each passage's rows laid end to end, and which passage each belongs to.
        owner = np.repeat(np.arange(len(positions)), counts)
        at = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts) + np.repeat(starts, counts)
        hits = np.isin(self.named[at], rows)
        return np.bincount(owner[hits], minlength=len(positions)) > 0

    def speaker_names(self) -> np.ndarray:
        """Each passage's speaker as an object array ("" for no one)."""
        return np.array([*self.speakers, ""], dtype=object)[self.speaker]
