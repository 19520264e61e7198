"""Benchmarks that print figures (medians and ratios), never timed assertions."""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Callable

from assistant.config import PROJECT_ROOT, Settings
from assistant.measure.serving import running_app
from assistant.present import answer_markdown
from assistant.search.searcher import Searcher

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
    """p50/p95 in ms of: the query embedding alone (the floor), dense-only search, and the full
    pipeline (embed, candidates, fuse, highlight, format the reply)."""

    def floor(question: str) -> None:
        searcher.encoder.encode([question])

    def dense_only(question: str) -> None:
        searcher.index.search(searcher.encoder.encode([question]), searcher.settings.top_k)

    def full(question: str) -> None:
        answer_markdown(searcher.ask(question))

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


def web_latency(settings: Settings, repeats: int = 10) -> dict[str, float]:
    """p50/p95 in ms of one question through a running app: via gradio_client (`/reply`), and as
    a plain HTTP POST to the same endpoint (the server's share of the round trip)."""
    import json
    import tempfile
    import urllib.request

    from gradio_client import Client

    with tempfile.TemporaryDirectory() as scratch, running_app(settings.index_dir, Path(scratch) / "app.log") as app:
        url = app.url
        client = Client(url, verbose=False)
        times = _timings(lambda q: client.predict(q, 3, "All", api_name="/reply"), repeats)

        def post(question: str) -> None:
            body = json.dumps({"data": [question, 3, "All"]}).encode("utf-8")
            request = urllib.request.Request(url + "gradio_api/run/reply", body, {"Content-Type": "application/json"})
            with urllib.request.urlopen(request, timeout=30) as response:
                response.read()

        plain = _timings(post, repeats)
    return {
        "p50_ms": statistics.median(times),
        "p95_ms": _percentile(times, 0.95),
        "http_p50_ms": statistics.median(plain),
        "http_p95_ms": _percentile(plain, 0.95),
    }


_COLD_START = """
import json, sys, time
started = time.time()
from assistant.config import Settings
from assistant.search.searcher import Searcher
imported = time.time()
# As `ask` and the app open it: the ONNX question model when the index has one, else PyTorch's.
searcher = Searcher.open(Settings(index_dir=__import__("pathlib").Path(sys.argv[1])))
loaded = time.time()
searcher.ask("How did Mélanie Laurent learn the violin?")
answered = time.time()
print(json.dumps({"interpreter": started, "imports": imported, "model and index load": loaded,
                  "first answer": answered}))
"""


def cold_start(settings: Settings, runs: int = 3) -> dict[str, float]:
    """Median seconds from process start to the first answer, and of each stage on the way."""
    import json
    import subprocess
    import sys

    stages: dict[str, list[float]] = {}
    for _ in range(runs):
        launched = time.time()
        output = subprocess.run(
            [sys.executable, "-c", _COLD_START, str(settings.index_dir)], cwd=PROJECT_ROOT,
            capture_output=True, text=True, check=True,
        ).stdout
        marks = json.loads(output.strip().splitlines()[-1])
        previous = launched
        for name, mark in marks.items():
            stages.setdefault(name, []).append(mark - previous)
            previous = mark
        stages.setdefault("total", []).append(previous - launched)
    return {name: statistics.median(values) for name, values in stages.items()}


def parse_scaling(settings: Settings, megabytes: tuple[int, ...] = (1, 2, 4), runs: int = 3) -> dict[str, float]:
    """Median seconds to parse a text of each size (the press kit repeated), and the ratio of
    the largest to the smallest: a parser linear in its input gives about their size ratio."""
    import tempfile

    from assistant.ingest.documents import document_paths, parse_document

    kit = document_paths(settings.seeds_dir)[0].read_text(encoding="utf-8", errors="replace")
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for size in megabytes:
            path = Path(scratch) / f"kit_{size}mb.txt"
            path.write_text("\n".join([kit] * (size * 2**20 // len(kit.encode("utf-8")) + 1)), encoding="utf-8")
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                parse_document(path, settings.max_passage_words)
                times.append(time.perf_counter() - start)
            figures[f"{size} MB"] = statistics.median(times)
    figures[f"ratio {megabytes[-1]} MB / {megabytes[0]} MB"] = figures[f"{megabytes[-1]} MB"] / figures[f"{megabytes[0]} MB"]
    return figures


def scale(settings: Settings, sizes: list[int]) -> list[dict]:
    """Scale figures for each synthetic corpus size (see `assistant.measure.scale.scale_figures`),
    with the time and memory to open an index of that size as `ask` does (`open_scale`)."""
    import shutil
    import tempfile

    import numpy as np

    from assistant.index import PressKitIndex
    from assistant.measure.open_scale import opening_figures
    from assistant.measure.scale import scale_figures

    index = PressKitIndex.load(settings.index_dir)
    real = np.concatenate([index.vectors_of(np.arange(len(index.passages))), np.asarray(index.sentence_vectors, dtype=np.float32)])
    questions = QUESTIONS * 25
    query_vectors = Searcher.open(settings).encoder.encode(questions)
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for n in sizes:
            row = scale_figures(real, [p.text for p in index.passages], n, questions, query_vectors, Path(scratch))
            row["open"] = opening_figures(index, settings.index_dir, n, Path(scratch) / f"index-{n}", QUESTIONS * 3)
            shutil.rmtree(Path(scratch) / f"index-{n}")
            rows.append(row)
    return rows


def plot(rows: list[dict], folder: Path) -> Path:
    """Query latency and index size against corpus size, as one PNG (needs matplotlib)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [row["passages"] for row in rows]
    figure, (latency, size, opening) = plt.subplots(1, 3, figsize=(16, 4))
    for label, values in (
        ("dense (serving index)", [row["serving_index"]["p50_ms"] for row in rows]),
        ("exact dense (Flat)", [row["dense_indexes"][0]["p50_ms"] for row in rows]),
        ("BM25 top 200", [row["lexical"]["p50_ms"] for row in rows]),
        ("fused", [row["fused"]["p50_ms"] for row in rows]),
    ):
        latency.plot(sizes, values, marker="o", label=label)
    latency.set(xscale="log", yscale="log", xlabel="passages", ylabel="query p50 (ms)", title="Query latency")
    latency.legend()
    size.plot(sizes, [row["dense_indexes"][0]["disk_mb"] for row in rows], marker="o", label="Flat index on disk")
    size.plot(sizes, [row["dense_indexes"][-1]["disk_mb"] for row in rows], marker="o", label="IVF index on disk")
    size.plot(sizes, [row["vector_memory_mb"] for row in rows], marker="o", linestyle="--", label="vectors in memory")
    size.set(xscale="log", yscale="log", xlabel="passages", ylabel="MiB", title="Index size")
    size.legend()
    opened = [row["open"] for row in rows]
    opening.plot(sizes, [o["anon_mb"] for o in opened], marker="o", label="process memory after 24 questions (MiB)")
    opening.plot(sizes, [o["peak_mb"] for o in opened], marker="o", linestyle="--", label="peak resident (MiB)")
    opening.set(xscale="log", yscale="log", xlabel="passages", ylabel="MiB", title="Opening an index: memory (left) and time (right)")
    seconds = opening.twinx()
    seconds.plot(sizes, [o["open_s"] for o in opened], marker="s", color="black", label="open, as ask does (s)")
    seconds.set(ylabel="seconds")
    opening.legend(loc="upper left")
    seconds.legend(loc="lower right")
    figure.tight_layout()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "performance.png"
    figure.savefig(path, dpi=110)
    return path


def report(figures: dict) -> str:
    """The benchmark figures as a plain-text table."""
    lines = [f"{'per question (in process)':<28}{'p50 ms':>9}{'p95 ms':>9}{'× floor':>9}"]
    for name, values in figures["question"].items():
        lines.append(f"  {name:<26}{values['p50_ms']:>9.2f}{values['p95_ms']:>9.2f}{values['x_floor']:>9.2f}")
    lines.append(f"  full pipeline / dense only: {figures['question']['full pipeline']['x_dense_only']:.2f}")
    if "web" in figures:
        lines.append(f"{'web round trip, gradio_client':<28}{figures['web']['p50_ms']:>9.2f}{figures['web']['p95_ms']:>9.2f}")
        lines.append(f"{'web round trip, plain HTTP':<28}{figures['web']['http_p50_ms']:>9.2f}{figures['web']['http_p95_ms']:>9.2f}")
    for row in figures.get("throughput", []):
        lines.append(f"  {row['clients']:>3} {row['client']} clients: {row['per_second']:6.1f} questions/s, p50 {row['p50_ms']:.0f} ms, "
                     f"p95 {row['p95_ms']:.0f} ms, {row['errors']} errors of {row['questions']}, client CPU {row['client_cpu_ms']:.2f} ms/question")
    if "app_ready" in figures:
        lines.append(f"app ready (s, median of {figures['app_ready']['runs']}): {figures['app_ready']['ready_s']:.2f}")
    if "cold_start" in figures:
        lines.append("cold start to first answer (s): " + ", ".join(f"{k} {v:.2f}" for k, v in figures["cold_start"].items()))
    if "parsing" in figures:
        lines.append("parsing (s, median): " + ", ".join(f"{k} {v:.2f}" for k, v in figures["parsing"].items()))
    if "builds" in figures:
        lines.append("builds (s, median): " + ", ".join(f"{k} {v:.2f}" for k, v in figures["builds"].items()))
    for row in figures.get("scale", []):
        lines.append(
            f"{row['passages']:>9,} passages: serving {row['serving_index']['type']} p50 {row['serving_index']['p50_ms']:.2f} ms, "
            f"BM25 p50 {row['lexical']['p50_ms']:.2f} ms, fused p50 {row['fused']['p50_ms']:.2f} / p95 {row['fused']['p95_ms']:.2f} ms, "
            f"vectors {row['vector_memory_mb']:.0f} MiB"
        )
        if "open" in row:
            opened = row["open"]
            lines.append(
                f"    opened in a fresh process in {opened['open_s']:.2f} s (written in {opened['write_s']:.0f} s); memory {opened['anon_mb']:,.0f} MiB, "
                f"mapped file pages {opened['file_mb']:,.0f} MiB, peak {opened['peak_mb']:,.0f} MiB; answer p50 {opened['p50_ms']:.1f} ms"
            )
        for index in row["dense_indexes"]:
            lines.append(
                f"    {index['index']:<20} build {index['build_s']:7.2f} s  disk {index['disk_mb']:8.1f} MiB  "
                f"p50 {index['p50_ms']:7.2f} ms  p95 {index['p95_ms']:7.2f} ms  recall@10 {index['recall@10']:.3f}"
            )
    return "\n".join(lines)
