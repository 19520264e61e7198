"""The index: round trip, exact search, and every way a saved index can be unusable."""

import dataclasses
import json

import numpy as np
import pytest

from assistant.config import PROJECT_ROOT, Settings
from assistant.ingest.documents import load_corpus, sources_fingerprint
from assistant.index import CURRENT, LEXICAL, MANIFEST, PASSAGES, VECTORS, PressKitIndex
from assistant.search.lexical import tokenize
from assistant.build import build_index
from assistant.search.searcher import Searcher
from assistant.service import index_problem
from conftest import FakeEmbedder, copy_index, seeds_copy


@pytest.fixture
def settings(tmp_path) -> Settings:
    return dataclasses.replace(Settings(), seeds_dir=seeds_copy(tmp_path), index_dir=tmp_path / "index", model="fake-model")


@pytest.fixture
def built(settings, fake_index) -> PressKitIndex:
    copy_index(fake_index, settings.index_dir)
    return PressKitIndex.load(settings.index_dir)


def test_save_then_load_gives_back_the_same_passages_vectors_and_manifest(settings):
    corpus = load_corpus(settings.seeds_dir)
    made = PressKitIndex.build(corpus, FakeEmbedder())
    made.manifest["abstention"] = {"baseline": 0.5, "probes": 70}
    made.save(settings.index_dir)
    loaded = PressKitIndex.load(settings.index_dir)
    assert loaded.passages == made.passages == corpus.passages and len(loaded.passages) == 149
    assert loaded.manifest == made.manifest and loaded.embedding_texts == made.embedding_texts
    assert {"model", "dimension", "corpus_hash", "sources", "build_time", "format_version", "versions"} <= set(loaded.manifest)
    np.testing.assert_array_equal(loaded.vectors_of(np.arange(149)), made.vectors_of(np.arange(149)))
    # Sentence vectors are stored as float16: equal to that precision.
    np.testing.assert_allclose(loaded.sentence_vectors, made.sentence_vectors, atol=1e-3)
    np.testing.assert_array_equal(loaded.prompt_vectors, made.prompt_vectors)
    loaded.check("fake-model", sources_fingerprint(settings.seeds_dir))


def test_the_bm25_index_is_saved_with_the_index_and_scores_as_built(settings):
    made = PressKitIndex.build(load_corpus(settings.seeds_dir), FakeEmbedder())
    made.manifest["abstention"] = {"baseline": 0.5, "probes": 70}
    made.save(settings.index_dir)
    loaded = PressKitIndex.load(settings.index_dir)
    assert loaded._texts is None, "opening an index should not recompute what was embedded"
    assert loaded.lexical.vocabulary == made.lexical.vocabulary and len(loaded.lexical.vocabulary) > 1000
    assert loaded.lexical.document_frequency == made.lexical.document_frequency
    for question in ("How did Mélanie Laurent learn the violin?", "Bolshoi orchestra conductor", "Tchaikovsky"):
        tokens = tokenize([question])[0]
        np.testing.assert_array_equal(loaded.lexical.scores(tokens), made.lexical.scores(tokens))
        assert loaded.lexical.scores(tokens).max() > 0


def test_search_matches_brute_force_inner_product(built):
    rng = np.random.default_rng(7)
    queries = rng.normal(size=(5, 64)).astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    vectors = built.faiss_index.reconstruct_n(0, built.faiss_index.ntotal)
    scores, positions = built.search(queries, 7)
    expected = np.argsort(-(queries @ vectors.T), axis=1)[:, :7]
    np.testing.assert_array_equal(positions, expected)
    np.testing.assert_allclose(scores, np.take_along_axis(queries @ vectors.T, expected, axis=1), rtol=1e-5)


def test_ids_are_stable_across_two_builds(settings, built):
    build_index(settings, embedder=FakeEmbedder(), force=True)
    again = PressKitIndex.load(settings.index_dir)
    assert [p.id for p in again.passages] == [p.id for p in built.passages]
    assert again.manifest["corpus_hash"] == built.manifest["corpus_hash"]


def test_a_rebuild_replaces_the_old_build_folder(settings, built):
    first = (settings.index_dir / CURRENT).resolve()
    build_index(settings, embedder=FakeEmbedder(), force=True)
    assert (settings.index_dir / CURRENT).resolve() != first
    assert not first.exists()
    assert len(list(settings.index_dir.glob("build-*"))) == 1


def test_a_failed_save_leaves_the_previous_index_in_place(settings, built, monkeypatch):
    import faiss

    def broken_write(*_):
        raise OSError("disk full")

    monkeypatch.setattr(faiss, "write_index", broken_write)
    with pytest.raises(ValueError, match=r"Cannot write the index in .* \(disk full\): make room"):
        build_index(settings, embedder=FakeEmbedder(), force=True)
    assert PressKitIndex.load(settings.index_dir).passages == built.passages
    assert len(list(settings.index_dir.glob("build-*"))) == 1


def test_missing_index_names_the_build_command(settings):
    with pytest.raises(FileNotFoundError, match="python -m assistant build"):
        PressKitIndex.load(settings.index_dir)
    assert "python -m assistant build" in index_problem(settings)


def edit_manifest(folder, **fields) -> None:
    """Overwrite some fields of the manifest in `folder`."""
    manifest = json.loads((folder / MANIFEST).read_text())
    for key, value in fields.items():
        manifest[key] = value
    (folder / MANIFEST).write_text(json.dumps(manifest))


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda d: (d / MANIFEST).write_text("{not json"), "manifest .* is corrupt"),
        (lambda d: (d / PASSAGES).unlink(), "has no passages.jsonl"),
        (lambda d: (d / PASSAGES).write_text('{"id": 1}\n'), "passages file .* is corrupt"),
        (lambda d: (d / VECTORS).write_bytes((d / VECTORS).read_bytes()[:1000]), "vector file .* missing or corrupt"),
        (lambda d: (d / VECTORS).write_bytes(b"garbage"), "vector file .* missing or corrupt"),
        (lambda d: (d / MANIFEST).write_text(json.dumps({"format_version": 0})), "another version"),
        (lambda d: (d / LEXICAL / "vocab.index.json").unlink(), "BM25 files .* missing or corrupt"),
        (lambda d: (d / LEXICAL / "data.csc.index.npy").write_bytes(b"garbage"), "BM25 files .* missing or corrupt"),
        (lambda d: (d / "columns.json").unlink(), "passage columns .* missing or corrupt"),
        (lambda d: (d / "columns.npz").write_bytes(b"garbage"), "passage columns .* missing or corrupt"),
        (lambda d: edit_manifest(d, index_type=None), r"damaged \(index_type is null, not IndexFlatIP or IVF…\)"),
        (lambda d: edit_manifest(d, documents=[]), r"damaged \(documents is \[\], not a map of documents"),
        (lambda d: edit_manifest(d, abstention={"baseline": "high"}), r"damaged \(abstention is .*not a calibration"),
        (lambda d: edit_manifest(d, sentence_count=3), "inconsistent"),
        (lambda d: edit_manifest(d, passage_count=None), r"damaged \(passage_count is null, not a count\)"),
    ],
)
def test_a_broken_index_gives_a_specific_message_naming_the_fix(settings, built, damage, message):
    damage(settings.index_dir / CURRENT)
    with pytest.raises(ValueError, match=message) as error:
        PressKitIndex.load(settings.index_dir)
    assert "python -m assistant build" in str(error.value)


def test_an_index_from_edited_seeds_is_stale(settings, built):
    kit = settings.seeds_dir / "the_concert_press_kit.txt"
    kit.write_text(kit.read_text(encoding="utf-8").replace("I prefer not knowing.", "I prefer not to know."), encoding="utf-8")
    with pytest.raises(ValueError, match="stale"):
        Searcher.open(settings, encoder=FakeEmbedder())
    assert "stale" in index_problem(settings)


def test_an_index_built_with_another_model_is_refused_naming_both(settings, built):
    other = dataclasses.replace(settings, model="another-model")
    with pytest.raises(ValueError, match="built with model 'fake-model' but 'another-model'"):
        Searcher.open(other, encoder=FakeEmbedder("another-model"))


def test_searcher_returns_ranked_hits_and_abstains_below_the_threshold(settings, built):
    searcher = Searcher.open(settings, encoder=FakeEmbedder())
    answer = searcher.ask("I prefer not knowing.", top_k=4)
    assert not answer.abstained and [h.rank for h in answer.hits] == [1, 2, 3, 4]
    assert answer.hits[0].passage.text == "I prefer not knowing."
    assert answer.hits[0].score >= answer.hits[1].score
    strict = Searcher(searcher.index, searcher.encoder, dataclasses.replace(settings, min_evidence=10.0))
    refused = strict.ask("I prefer not knowing.")
    assert refused.abstained and refused.hits == () and refused.closest[0].passage.text == "I prefer not knowing."


@pytest.mark.parametrize("question", ["", "   ", "\n\t", "\x00\x01"])
def test_empty_questions_are_refused_with_a_hint(settings, built, question):
    searcher = Searcher.open(settings, encoder=FakeEmbedder())
    with pytest.raises(ValueError, match="The question is empty"):
        searcher.ask(question)


def test_huge_questions_are_cut_and_flagged(settings, built):
    searcher = Searcher.open(settings, encoder=FakeEmbedder())
    answer = searcher.ask("violin " * 50_000)
    assert answer.truncated and len(answer.query) <= settings.max_query_chars


def test_a_running_searcher_survives_its_index_files_being_truncated_in_place(settings, built):
    import subprocess
    import sys
    import textwrap

    # In a child process: a memory-mapped file truncated under it would kill it with SIGBUS.
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(PROJECT_ROOT / "tests")!r})
        from pathlib import Path
        from conftest import FakeEmbedder
        from assistant.config import Settings
        from assistant.search.searcher import Searcher
        settings = Settings(seeds_dir=Path({str(settings.seeds_dir)!r}), index_dir=Path({str(settings.index_dir)!r}), model="fake-model")
        searcher = Searcher.open(settings, encoder=FakeEmbedder())
        for name in ("sentences.npy", "prompts.npy", "vectors.faiss", "passages.jsonl", *(f"bm25/{{f}}" for f in ("data.csc.index.npy", "indices.csc.index.npy", "indptr.csc.index.npy"))):
            open(settings.index_dir / "current" / name, "r+b").truncate(16)
        print(searcher.ask("I prefer not knowing.").hits[0].passage.text)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=PROJECT_ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "I prefer not knowing."


def test_a_synthetic_index_for_the_scale_benchmark_loads_with_the_real_speakers_and_shares(built, tmp_path):
    """`bench --scale` writes an index of recombined passages: it must load as `ask` loads one,
    every passage a real passage's speaker, the mention shares computed as the build computes them."""
    from assistant.measure.open_scale import synthetic_index

    synthetic = PressKitIndex.load(synthetic_index(built, 300, tmp_path / "synthetic").parent)
    assert len(synthetic.passages) == 300 and synthetic.manifest["corpus_hash"] == "synthetic-300"
    assert {p.speaker for p in synthetic.passages} <= {p.speaker for p in built.passages}
    assert set(synthetic.columns.mention_share) <= set(built.columns.mention_share)
    prompts = {prompt: row for row, prompt in enumerate(built.columns.prompts)}
    for row, prompt in enumerate(synthetic.columns.prompts):
        assert np.array_equal(synthetic.prompt_vectors[row], built.prompt_vectors[prompts[prompt]])
