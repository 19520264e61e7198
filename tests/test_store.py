"""The passages file and the passage columns of a saved index: decoded when read, found by id."""

import json
from dataclasses import replace

import numpy as np
import pytest

from assistant.data import Passage
from assistant.search.mentions import mention_shares
from assistant.store import COLUMNS, COLUMN_VALUES, PassageColumns, PassageStore


def passage(number: int, speaker: str | None, question: str | None, text: str) -> Passage:
    return Passage(f"kit-{number}", "Kit", "Interview", speaker, question, text, "kit.txt", (number, number))


PASSAGES = [
    passage(1, None, None, "The synopsis."),
    passage(2, "Ana Diaz", "How did it start?", "With a letter from Lev."),
    passage(3, "Ana Diaz", "How did it start?", "Then a call."),
    passage(4, "Lev Orlov", "How did it start?", "Ana wrote to me first."),
    passage(5, "Lev Orlov", "And the music?", "Ana’s idea, in the end."),
]


def test_a_store_reads_back_what_it_wrote_decoding_only_what_is_asked_for(tmp_path):
    path = tmp_path / "passages.jsonl"
    path.write_bytes(PassageStore.of(PASSAGES).data)
    lazy = PassageStore(path.read_bytes())
    assert len(lazy) == 5 and lazy._decoded == [None] * 5
    assert lazy[3] == PASSAGES[3] and lazy[-1] == PASSAGES[-1] and lazy[1:3] == PASSAGES[1:3]
    assert sum(p is not None for p in lazy._decoded) == 4
    assert list(lazy) == PASSAGES and lazy == PASSAGES and PassageStore.read(path) == PASSAGES
    with pytest.raises(IndexError):
        lazy[5]


@pytest.mark.parametrize("eager", [True, False])
def test_a_passage_is_found_by_its_id_in_a_small_and_in_a_large_store(monkeypatch, eager):
    import assistant.store

    monkeypatch.setattr(assistant.store, "EAGER_PASSAGES", 100 if eager else 2)
    # A text quoting another passage's id must not be taken for that passage.
    quoting = passage(6, "Ana Diaz", None, 'She typed {"id": "kit-2", again.')
    store = PassageStore.of([*PASSAGES, quoting])
    assert [store.position_of(p.id) for p in store] == list(range(6))
    assert store.position_of("kit-9") is None and store.position_of("kit") is None


def test_a_corrupt_line_is_named_when_it_is_read(tmp_path):
    path = tmp_path / "passages.jsonl"
    path.write_bytes(PassageStore.of(PASSAGES).data.replace(b'"kit-3"', b'"kit-3', 1))
    with pytest.raises(ValueError, match="line 3 is not a passage"):
        PassageStore.read(path)


def test_columns_give_each_passage_its_speaker_prompt_document_and_answer_and_round_trip(tmp_path):
    # Ana and Lev interviewed apart (each in their own section) name each other.
    apart = [replace(p, interview=f"With {p.speaker}") for p in PASSAGES]
    columns = PassageColumns.of(PASSAGES, mention_shares(apart), [1, 1, 1, 1, 1])
    assert columns.speakers == ("Ana Diaz", "Lev Orlov") and columns.prompts == ("How did it start?", "And the music?")
    assert columns.speaker.tolist() == [-1, 0, 0, 1, 1] and columns.prompt.tolist() == [-1, 0, 0, 0, 1]
    assert columns.answer_start.tolist() == [True, True, False, True, True]
    assert columns.words.tolist() == [2, 5, 3, 5, 5]
    # Lev's answers name Ana, Ana's name Lev: each is mentioned by the one other interview.
    assert columns.mention_share == {"Ana Diaz": 1.0, "Lev Orlov": 1.0}
    assert columns.speaker_names().tolist() == ["", "Ana Diaz", "Ana Diaz", "Lev Orlov", "Lev Orlov"]
    # Named in the text ("Ana’s" too), not as its speaker: Lev in passage 2, Ana in 4 and 5.
    assert columns.naming(np.arange(5), {"Ana Diaz"}).tolist() == [False, False, False, True, True]
    assert columns.naming(np.array([4, 1, 3]), {"Lev Orlov"}).tolist() == [False, True, False]
    assert columns.naming(np.array([3, 1]), {"Ana Diaz", "Lev Orlov"}).tolist() == [True, True]
    assert columns.naming(np.array([0, 2]), {"Ana Diaz", "Lev Orlov"}).tolist() == [False, False]
    assert columns.naming(np.arange(5), {"Nobody"}).tolist() == [False] * 5
    columns.save(tmp_path)
    loaded = PassageColumns.load(tmp_path, 5)
    assert (loaded.speakers, loaded.prompts, loaded.documents, loaded.mention_share) == (
        columns.speakers, columns.prompts, columns.documents, columns.mention_share)
    for name in ("speaker", "prompt", "document", "answer_start", "words", "sentences", "named_offsets", "named"):
        np.testing.assert_array_equal(getattr(loaded, name), getattr(columns, name))


def test_columns_of_another_size_or_unreadable_are_refused(tmp_path):
    PassageColumns.of(PASSAGES, {}, [1, 1, 1, 1, 1]).save(tmp_path)
    with pytest.raises(ValueError, match="not of 6 passages"):
        PassageColumns.load(tmp_path, 6)
    (tmp_path / COLUMN_VALUES).write_text(json.dumps({"speakers": []}))
    with pytest.raises(ValueError, match="missing or corrupt"):
        PassageColumns.load(tmp_path, 5)
    (tmp_path / COLUMNS).unlink()
    with pytest.raises(ValueError, match="missing or corrupt"):
        PassageColumns.load(tmp_path, 5)


def test_a_searcher_over_lazily_decoded_passages_answers_as_over_decoded_ones(tmp_path, fake_index, monkeypatch):
    import dataclasses

    import assistant.store
    from assistant.config import Settings
    from assistant.search.searcher import Searcher
    from conftest import FakeEmbedder, copy_index, seeds_copy

    settings = dataclasses.replace(Settings(), seeds_dir=seeds_copy(tmp_path), index_dir=copy_index(fake_index, tmp_path / "index"), model="fake-model")
    decoded = Searcher.open(settings, encoder=FakeEmbedder())
    monkeypatch.setattr(assistant.store, "EAGER_PASSAGES", 10)
    lazy = Searcher.open(settings, encoder=FakeEmbedder())
    assert sum(p is not None for p in lazy.passages._decoded) == 2, "only the first and last passage are read at open"
    # A credit question ("Who wrote the music?") reads every candidate's text for the credit line,
    # on this small corpus every passage: these ask none.
    for question in ("How did Mélanie Laurent learn the violin?", "What did the composer think of the music?", "I prefer not knowing."):
        answer = lazy.ask(question, 5)
        assert answer == decoded.ask(question, 5)
        for hit in answer.hits:
            assert lazy.passage(hit.passage.id) == hit.passage and lazy.span_positions(hit.passage.id) == decoded.span_positions(hit.passage.id)
    assert sum(p is not None for p in lazy.passages._decoded) < len(lazy.passages)
