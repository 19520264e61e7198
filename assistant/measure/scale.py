"""Scale benchmark: synthetic corpora of 10k-1M passages built from the real ones (figures only)."""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

import numpy as np

from assistant.text import split_sentences

QUERIES = 200


def synthetic_texts(passages: list[str], count: int, seed: int = 0) -> list[str]:
    """Passages made by recombining real sentences (same length distribution as the real passages)."""
    rng = random.Random(seed)
    sentences = [s for p in passages for s in split_sentences(p)]
    lengths = [len(split_sentences(p)) for p in passages]
    return [" ".join(rng.choice(sentences) for _ in range(rng.choice(lengths))) for _ in range(count)]


def synthetic_vectors(real: np.ndarray, count: int, noise: float = 0.8, seed: int = 0) -> np.ndarray:
    """Unit vectors made like recombined passages: a random mix of two real embeddings plus noise
    of the given norm, so the corpus keeps the shape of real text without being near-duplicates."""
    rng = np.random.default_rng(seed)
    weights = rng.uniform(0.3, 0.7, size=(count, 1)).astype(np.float32)
    centres = weights * real[rng.integers(0, len(real), count)] + (1 - weights) * real[rng.integers(0, len(real), count)]
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    jitter = rng.normal(size=(count, real.shape[1])).astype(np.float32)
    jitter *= noise / np.linalg.norm(jitter, axis=1, keepdims=True)
    vectors = centres + jitter
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _query_ms(search, queries: np.ndarray) -> tuple[float, float, list]:
    times, results = [], []
    for query in queries:
        start = time.perf_counter()
        results.append(search(query[None, :]))
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], results


def _size_on_disk(index, folder: Path) -> int:
    import faiss

    path = folder / "probe.faiss"
    faiss.write_index(index, str(path))
    size = path.stat().st_size
    path.unlink()
    return size


def dense_figures(real: np.ndarray, count: int, folder: Path, nprobes=(8, 16, 32, 64)) -> list[dict]:
    """Build time, size and query p50/p95 of the exact index and of IVF (recall@10 vs exact)."""
    import faiss

    from assistant.index import build_ivf, ivf_lists

    vectors = synthetic_vectors(real, count)
    queries = synthetic_vectors(real, QUERIES, seed=1)
    rows = []
    start = time.perf_counter()
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)
    build = time.perf_counter() - start
    p50, p95, exact = _query_ms(lambda q: flat.search(q, 10)[1][0], queries)
    rows.append({"passages": count, "index": "Flat", "build_s": build, "disk_mb": _size_on_disk(flat, folder) / 2**20,
                 "memory_mb": vectors.nbytes / 2**20, "p50_ms": p50, "p95_ms": p95, "recall@10": 1.0})
    nlist = ivf_lists(count)
    start = time.perf_counter()
    ivf = build_ivf(vectors, nlist)
    build = time.perf_counter() - start
    for nprobe in nprobes:
        ivf.nprobe = nprobe
        p50, p95, found = _query_ms(lambda q: ivf.search(q, 10)[1][0], queries)
        recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(found, exact)])
        rows.append({"passages": count, "index": f"IVF{nlist},nprobe={nprobe}", "build_s": build,
                     "disk_mb": _size_on_disk(ivf, folder) / 2**20, "memory_mb": (vectors.nbytes + count * 8) / 2**20,
                     "p50_ms": p50, "p95_ms": p95, "recall@10": float(recall)})
    return rows


def lexical_figures(passages: list[str], count: int, questions: list[str]) -> dict:
    """BM25 index build time and query p50/p95 (top 100) over a synthetic corpus."""
    from assistant.search.lexical import LexicalIndex, tokenize

    texts = synthetic_texts(passages, count)
    start = time.perf_counter()
    lexical = LexicalIndex.of(texts)
    build = time.perf_counter() - start
    times = []
    for question in questions:
        start = time.perf_counter()
        lexical.top(tokenize([question])[0], 100)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {"passages": count, "build_s": build, "p50_ms": statistics.median(times), "p95_ms": times[int(0.95 * (len(times) - 1))]}


def scale_figures(real: np.ndarray, passages: list[str], count: int, questions: list[str],
                  query_vectors: np.ndarray, folder: Path) -> dict:
    """Dense (exact and IVF), BM25 and fused query figures on one synthetic corpus of `count`.

    The fused query does what the searcher does for a large corpus, minus sentence matching:
    IVF top 200 ∪ BM25 top 200, candidate vectors re-read, dense and BM25 fused as the searcher
    fuses them (`fusion.fuse` with the default settings), sorted.
    """
    import faiss

    from assistant.config import Settings
    from assistant.index import FLAT_LIMIT, IVF_NPROBE, build_ivf, ivf_lists
    from assistant.search.fusion import fuse
    from assistant.search.lexical import LexicalIndex, tokenize

    settings = Settings()

    dense_rows = dense_figures(real, count, folder)
    vectors = synthetic_vectors(real, count)
    index = faiss.IndexFlatIP(vectors.shape[1]) if count <= FLAT_LIMIT else build_ivf(vectors, ivf_lists(count))
    if count <= FLAT_LIMIT:
        index.add(vectors)
    else:
        index.nprobe = IVF_NPROBE
        index.make_direct_map()
    texts = synthetic_texts(passages, count)
    start = time.perf_counter()
    lexical = LexicalIndex.of(texts)
    lexical_build = time.perf_counter() - start
    dense_ms, lexical_ms, fused_ms = [], [], []
    for question, vector in zip(questions, query_vectors):
        start = time.perf_counter()
        ids = index.search(vector[None, :], 200)[1][0]
        middle = time.perf_counter()
        top_ids, top_scores = lexical.top(tokenize([question])[0], 200)
        after_lexical = time.perf_counter()
        candidates = np.unique(np.concatenate([ids[ids >= 0], top_ids]))
        dense = index.reconstruct_batch(candidates) @ vector
        found = dict(zip(top_ids.tolist(), top_scores.tolist()))
        bm25 = np.array([found.get(i, 0.0) for i in candidates.tolist()], dtype=np.float32)
        np.argsort(-fuse(settings, dense, bm25))[:10]
        end = time.perf_counter()
        dense_ms.append((middle - start) * 1000)
        lexical_ms.append((after_lexical - middle) * 1000)
        fused_ms.append((end - start) * 1000)

    def spread(values: list[float]) -> dict:
        values = sorted(values)
        return {"p50_ms": statistics.median(values), "p95_ms": values[int(0.95 * (len(values) - 1))]}

    return {
        "passages": count,
        "dense_indexes": dense_rows,
        "lexical": {"build_s": lexical_build, **spread(lexical_ms)},
        "serving_index": {"type": "Flat" if count <= FLAT_LIMIT else f"IVF{ivf_lists(count)},nprobe={IVF_NPROBE}", **spread(dense_ms)},
        "fused": spread(fused_ms),
        "vector_memory_mb": vectors.nbytes / 2**20,
    }
