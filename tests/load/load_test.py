"""Load test: many concurrent gradio_client users against a locally started app (loopback only).

  .venv/bin/python tests/load/load_test.py --clients 50 --questions 20    # `make load`

Each client asks a mix of on-topic questions, off-topic questions, a question and its follow-up
(through the chat endpoint with history) and speaker-filtered questions. It checks every reply,
reports p50/p95 latency and the app's memory after 10% of the questions and at the end.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from assistant.measure.serving import RunningApp, running_app  # noqa: E402
from assistant.present import NOTHING_FOUND  # noqa: E402

ON_TOPIC = [
    ("Who taught Melanie Laurent to play the violin?", "Sarah Nemtanu"),
    ("How long is the full concerto?", "22 minutes"),
    ("Where were most of the Moscow scenes filmed?", "Romania"),
    ("Was the film hard to finance?", "underfinanced"),
]
OFF_TOPIC = ["What is the population of Canada?", "How do I change a flat tyre?", "What are the symptoms of the flu?"]
FILTERED = [("How does Radu direct his actors?", "Anna Kamenkova"), ("What is the ultimate harmony?", "Miou Miou")]


def _text(history: list) -> str:
    content = history[-1]["content"]
    return content if isinstance(content, str) else " ".join(part["text"] for part in content)


def _one_client(url: str, questions: int, seed: int, record) -> None:
    from gradio_client import Client

    client = Client(url, verbose=False)
    asked = 0
    while asked < questions:
        kind = (seed + asked) % 4
        if kind == 2 and asked + 1 == questions:
            kind = 0  # a question and its follow-up count as two; no room for both
        start = time.perf_counter()
        try:
            if kind == 0:
                question, expected = ON_TOPIC[(seed + asked) % len(ON_TOPIC)]
                reply = client.predict(question, 3, "All", api_name="/reply")
                ok = reply.startswith("**") and expected in reply and "[1] " in reply
            elif kind == 1:
                reply = client.predict(OFF_TOPIC[(seed + asked) % len(OFF_TOPIC)], 3, "All", api_name="/reply")
                ok = reply.startswith(NOTHING_FOUND)
            elif kind == 2:
                history, _ = client.predict("How does Radu direct his actors?", [], 1, "All", api_name="/ask")
                record(time.perf_counter() - start, _text(history).startswith("**"))
                asked += 1
                start = time.perf_counter()
                history, _ = client.predict("And what did Barinov say?", history, 1, "All", api_name="/ask")
                ok = "\n\n**Valery Barinov (Ivan)**" in _text(history) and len(history) == 4
            else:
                question, speaker = FILTERED[(seed + asked) % len(FILTERED)]
                reply = client.predict(question, 2, speaker, api_name="/reply")
                ok = reply.startswith(f"*Searched {speaker}'s answers only.*\n\n**{speaker}") and reply.count("**Anna") + reply.count("**Miou") == 2
        except Exception as error:  # a failed call is a result to report, not a crash of the test
            print(f"client {seed}: {error.__class__.__name__}: {error}", file=sys.stderr)
            ok = False
        record(time.perf_counter() - start, ok)
        asked += 1


def run_load(index_dir: Path, clients: int, questions: int, time_limit: float = 600.0, rounds: int = 1) -> dict:
    """Start the app over `index_dir`, then `load_app` it."""
    with tempfile.TemporaryDirectory() as scratch, running_app(index_dir, Path(scratch) / "app.log") as app:
        return load_app(app, clients, questions, time_limit, rounds)


def load_app(app: RunningApp, clients: int, questions: int, time_limit: float = 600.0, rounds: int = 1) -> dict:
    """Run the clients against a running app concurrently, `rounds` times over, and return the
    figures. Memory is read at the start and after each round; the first round warms the app up,
    and growth is measured from its end to the end of the last round."""
    latencies: list[float] = []
    failures: list[int] = []
    memory: dict[str, float] = {}
    lock = threading.Lock()
    total = clients * questions * rounds

    def record(seconds: float, ok: bool) -> None:
        with lock:
            latencies.append(seconds * 1000)
            if not ok:
                failures.append(len(latencies))

    memory["start"] = app.memory_mb()
    started = time.perf_counter()
    for round_number in range(1, rounds + 1):
        threads = [threading.Thread(target=_one_client, args=(app.url, questions, seed, record), daemon=True) for seed in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=max(1.0, time_limit - (time.perf_counter() - started)))
        memory[f"after round {round_number}"] = app.memory_mb()
    elapsed = time.perf_counter() - started
    latencies.sort()
    warm = memory["after round 1"]
    return {
        "clients": clients,
        "rounds": rounds,
        "questions": len(latencies),
        "expected_questions": total,
        "errors": len(failures) + (total - len(latencies)),
        "seconds": elapsed,
        "questions_per_second": len(latencies) / elapsed,
        "p50_ms": statistics.median(latencies) if latencies else None,
        "p95_ms": latencies[int(0.95 * (len(latencies) - 1))] if latencies else None,
        "memory_mb": memory,
        "memory_growth": memory[f"after round {rounds}"] / warm - 1,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--questions", type=int, default=20, help="questions per client in each round")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of all clients; memory growth is measured after the first")
    parser.add_argument("--index", type=Path, default=ROOT / "index")
    args = parser.parse_args()
    figures = run_load(args.index, args.clients, args.questions, rounds=args.rounds, time_limit=600.0 * args.rounds)
    print(json.dumps(figures, indent=2))
    return 0 if figures["errors"] == 0 and figures["memory_growth"] <= 0.10 else 1


if __name__ == "__main__":
    sys.exit(main())
