"""Benchmarks that print figures (medians and ratios), never timed assertions."""

from __future__ import annotations

import statistics
import time
from typing import Callable

from assistant.search import Searcher

QUESTIONS = [
    "How did Mélanie Laurent learn the violin?",
    "How long is the full concerto?",
    "What does Miou Miou think ultimate harmony is?",
    "Where were most of the Moscow scenes filmed?",
    "Why did the producer pick Alexei Guskov?",
    "How does Radu direct his actors?",
    "What is the capital of Australia?",
    "Was the film hard to finance?",
]


def _timings(run: Callable[[str], object], repeats: int) -> list[float]:
    for question in QUESTIONS:
        run(question)
    times = []
    for _ in range(repeats):
        for question in QUESTIONS:
            start = time.perf_counter()
            run(question)
            times.append((time.perf_counter() - start) * 1000)
    return times


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def question_latency(searcher: Searcher, repeats: int = 20) -> dict[str, dict[str, float]]:
    """p50/p95 in ms of: the query embedding alone (the floor), dense-only search, the full pipeline."""

    def floor(question: str) -> None:
        searcher.embedder.encode([question])

    def dense_only(question: str) -> None:
        searcher.index.search(searcher.embedder.encode([question]), searcher.settings.top_k)

    def full(question: str) -> None:
        searcher.ask(question)

    figures = {}
    for name, run in (("embedding floor", floor), ("dense only", dense_only), ("full pipeline", full)):
        times = _timings(run, repeats)
        figures[name] = {"p50_ms": statistics.median(times), "p95_ms": _percentile(times, 0.95)}
    floor_p50 = figures["embedding floor"]["p50_ms"]
    for values in figures.values():
        values["x_floor"] = values["p50_ms"] / floor_p50
    figures["full pipeline"]["x_dense_only"] = figures["full pipeline"]["p50_ms"] / figures["dense only"]["p50_ms"]
    return figures


def build_timings(settings: Settings, runs: int = 3) -> dict[str, float]:
    """Median seconds of a full build (empty cache), a no-op rebuild and a one-passage-changed
    rebuild, on a private copy of the seeds; the model is loaded once, outside the timings."""
    import dataclasses
    import shutil
    import tempfile
    from pathlib import Path

    from assistant.build import build_index
    from assistant.embed import Embedder

    embedder = Embedder(settings.model)
    timings: dict[str, list[float]] = {"full build": [], "no-op rebuild": [], "one passage changed": []}
    with tempfile.TemporaryDirectory() as scratch:
        seeds = Path(scratch) / "seeds"
        shutil.copytree(settings.seeds_dir, seeds)
        for run in range(runs):
            index_dir = Path(scratch) / f"index-{run}"
            local = dataclasses.replace(settings, seeds_dir=seeds, index_dir=index_dir)
            for name in timings:
                if name == "one passage changed":
                    document = next(p for p in sorted(seeds.iterdir()) if p.suffix in (".txt", ".md"))
                    text = document.read_text(encoding="utf-8")
                    first_sentence_end = text.index(".") + 1
                    document.write_text(text[:first_sentence_end] + f" Run {run}." + text[first_sentence_end:], encoding="utf-8")
                start = time.perf_counter()
                build_index(local, embedder=embedder)
                timings[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in timings.items()}
