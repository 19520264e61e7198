"""Opening a large index: a synthetic corpus written in the real on-disk format, then opened in a
fresh process as `ask` opens it, with its open time, memory and first answers (figures only)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from assistant.embed import corpus_texts
from assistant.index import CURRENT, IVF_NPROBE, PressKitIndex, vector_index
from assistant.measure.scale import synthetic_vectors
from assistant.search.lexical import LexicalIndex
from assistant.search.mentions import mention_shares
from assistant.search.speakers import interviewers
from assistant.store import PassageColumns, PassageStore
from assistant.text import split_sentences

# Sentence vectors are made and written in blocks of this many rows (memory stays flat).
BLOCK = 200_000


def synthetic_index(source: PressKitIndex, count: int, index_dir: Path, seed: int = 0) -> Path:
    """Write into `index_dir` an index of `count` passages recombined from `source`'s sentences,
    each keeping the document, interview, speaker and prompt of a real passage (so every table the
    searcher makes has the real shape), with synthetic vectors like `scale.synthetic_vectors`."""
    rng = random.Random(seed)
    real = source.passages
    sentences = [s for p in real for s in split_sentences(p.text)]
    lengths = [len(split_sentences(p.text)) for p in real]
    passages = []
    for number in range(count):
        base = rng.choice(real)
        text = " ".join(rng.choice(sentences) for _ in range(rng.choice(lengths)))
        passages.append(replace(base, id=f"s{number}", text=text))
    counts = [len(split_sentences(p.text)) for p in passages]
    real_vectors = source.vectors_of(np.arange(len(real)))
    vectors = synthetic_vectors(real_vectors, count, seed=seed)
    real_sentences = np.asarray(source.sentence_vectors, dtype=np.float32)
    total = sum(counts)
    sentence_vectors = np.empty((total, real_vectors.shape[1]), dtype=np.float16)
    for start in range(0, total, BLOCK):
        rows = min(BLOCK, total - start)
        sentence_vectors[start : start + rows] = synthetic_vectors(real_sentences, rows, seed=seed + 1 + start)
    faiss_index, index_type = vector_index(vectors)
    manifest = {
        **source.manifest,
        "corpus_hash": f"synthetic-{count}",
        "passage_count": count,
        "sentence_count": total,
        "index_type": index_type,
        "nprobe": IVF_NPROBE if index_type.startswith("IVF") else None,
    }
    lexical = LexicalIndex.of(corpus_texts(passages, list(manifest["documents"].values())))
    columns = PassageColumns.of(passages, mention_shares(passages, interviewers(manifest["documents"].values())), counts)
    # The prompt vectors in the order the columns number the prompts: first appearance among the
    # recombined passages, not the source's.
    source_rows = {prompt: row for row, prompt in enumerate(source.columns.prompts)}
    prompt_vectors = source.prompt_vectors[[source_rows[prompt] for prompt in columns.prompts]]
    index = PressKitIndex(PassageStore.of(passages), faiss_index, sentence_vectors, prompt_vectors, manifest, lexical, columns)
    return index.save(index_dir)


OPEN_AND_ASK = """
import json, sys, time
start = time.perf_counter()
from pathlib import Path
from assistant.config import Settings
from assistant.index import PressKitIndex
from assistant.onnx_query import query_encoder
from assistant.search.searcher import Searcher
settings = Settings(index_dir=Path(sys.argv[1]))
index = PressKitIndex.load(settings.index_dir)
encoder = query_encoder(settings.model, Path(sys.argv[2]), index.manifest.get("query_encoder"))
searcher = Searcher(index, encoder, settings)
opened = time.perf_counter() - start
times = []
for question in json.loads(sys.argv[3]):
    began = time.perf_counter()
    searcher.ask(question, 5)
    times.append((time.perf_counter() - began) * 1000)
status = {k: int(v.split()[0]) / 1024 for k, v in (line.split(":", 1) for line in open("/proc/self/status")) if v.strip().endswith("kB")}
print(json.dumps({"open_s": opened, "first_ms": times[0], "p50_ms": sorted(times)[len(times) // 2],
                  "anon_mb": status["RssAnon"], "file_mb": status["RssFile"], "peak_mb": status["VmHWM"],
                  "onnx": type(searcher.encoder).__name__}))
"""


def open_figures(index_dir: Path, query_dir: Path, questions: list[str]) -> dict:
    """Open the index in `index_dir` in a fresh process (questions embedded with the ONNX export
    of `query_dir`'s index) and ask `questions`: open time, first and median answer, memory
    (anonymous, file-backed mapped pages such as the memory-mapped sentence vectors, and peak)."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", OPEN_AND_ASK, str(index_dir), str(query_dir), json.dumps(questions)],
                          capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"Opening the synthetic index failed:\n{done.stderr[-2000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["disk_mb"] = sum(f.stat().st_size for f in (index_dir / CURRENT).resolve().iterdir() if f.is_file()) / 2**20
    return figures


def opening_figures(source: PressKitIndex, query_dir: Path, count: int, folder: Path, questions: list[str]) -> dict:
    """Write a synthetic index of `count` passages into `folder` (`synthetic_index`), then open it
    and ask `questions` in a fresh process (`open_figures`): seconds to write, to open, memory."""
    start = time.perf_counter()
    synthetic_index(source, count, folder)
    written = time.perf_counter() - start
    return {"passages": count, "write_s": written, **open_figures(folder, query_dir, questions)}
