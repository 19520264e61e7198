"""Large sentence-vector files read row by row: the same rows as in memory, the same answers,
and a file cut short under a running searcher is an error naming the fix, not a crash."""

import dataclasses

import numpy as np
import pytest

import assistant.index
from assistant.config import Settings
from assistant.index import SENTENCES
from assistant.rows import RowFile
from assistant.search.searcher import Searcher
from conftest import FakeEmbedder, copy_index, seeds_copy


def test_rows_are_read_as_saved_in_any_order(tmp_path):
    saved = np.random.default_rng(3).normal(size=(50, 8)).astype(np.float16)
    np.save(tmp_path / "rows.npy", saved)
    rows = RowFile(tmp_path / "rows.npy")
    assert (len(rows), rows.shape, rows.dtype) == (50, (50, 8), np.float16)
    for positions in ([0], [49], [3, 4, 5, 9, 10, 2], [], list(range(50))):
        np.testing.assert_array_equal(rows[np.array(positions, dtype=np.int64)], saved[positions])
    with pytest.raises(IndexError):
        rows[np.array([50])]


def test_a_file_cut_short_is_refused_on_open_and_while_in_use(tmp_path):
    np.save(tmp_path / "rows.npy", np.ones((100, 4), dtype=np.float32))
    rows = RowFile(tmp_path / "rows.npy")
    with open(tmp_path / "rows.npy", "r+b") as handle:
        handle.truncate(300)
    with pytest.raises(ValueError, match="cut short while in use: rebuild the index"):
        rows[np.array([90, 91])]
    with pytest.raises(ValueError, match="shorter than its header says"):
        RowFile(tmp_path / "rows.npy")


def test_a_searcher_reading_sentence_rows_from_the_file_answers_as_one_holding_them(tmp_path, fake_index, monkeypatch):
    settings = dataclasses.replace(Settings(), seeds_dir=seeds_copy(tmp_path), index_dir=copy_index(fake_index, tmp_path / "index"), model="fake-model")
    in_memory = Searcher.open(settings, encoder=FakeEmbedder())
    monkeypatch.setattr(assistant.index, "MMAP_FROM_BYTES", 0)
    from_file = Searcher.open(settings, encoder=FakeEmbedder())
    assert isinstance(from_file.index.sentence_vectors, RowFile) and isinstance(in_memory.index.sentence_vectors, np.ndarray)
    for question in ("How did Mélanie Laurent learn the violin?", "Who wrote the music?", "I prefer not knowing.", "Where was it shot?"):
        assert from_file.ask(question, 5) == in_memory.ask(question, 5)
    (settings.index_dir / "current" / SENTENCES).open("r+b").truncate(1000)
    with pytest.raises(ValueError, match="rebuild the index"):
        from_file.ask("How did Mélanie Laurent learn the violin?", 5)
