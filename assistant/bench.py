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
