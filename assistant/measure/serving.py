"""The app as a server: started on a free port for a benchmark or test, how soon it is ready, its
round trip per question, and its throughput under many clients (figures only)."""

from __future__ import annotations

import statistics
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from assistant.config import PROJECT_ROOT, Settings
from assistant.measure.http_load import run_load

# Questions for the throughput run: answered ones, from several interviews, and one off-topic.
LOAD_QUESTIONS = [
    "How did Mélanie Laurent learn the violin?",
    "Who wrote the music?",
    "Where were most of the Moscow scenes filmed?",
    "Why did the producer pick Alexei Guskov?",
    "What is the capital of Australia?",
]


@dataclass(frozen=True)
class RunningApp:
    """An app process started for a benchmark or test."""

    url: str
    pid: int

    def memory_mb(self) -> float:
        """The process's resident memory (VmRSS), in MiB."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise ValueError(f"no VmRSS for process {self.pid}")


@contextmanager
def running_app(index_dir: Path, log_path: Path, timeout: float = 180.0, env: dict | None = None, flags: list[str] | None = None,
                poll: float = 0.5) -> Iterator[RunningApp]:
    """Start `python app.py` on a free local port with the given index (and extra environment
    variables `env`, extra command-line `flags`), looking every `poll` seconds; yield it; stop it. With a login (--auth-file),
    the page answers 200 with the login form, so it counts as started."""
    import os
    import socket
    import subprocess
    import sys
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "app.py", "--port", str(port), "--index", str(index_dir), *(flags or [])],
            cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
        )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the app did not start:\n{log_path.read_text()}")
            time.sleep(poll)
        yield RunningApp(url, process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)


def app_ready(settings: Settings, runs: int = 3) -> dict[str, float]:
    """Median seconds from starting `python app.py` to its page answering (index already built)."""
    import tempfile

    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as scratch:
            start = time.perf_counter()
            with running_app(settings.index_dir, Path(scratch) / "app.log", poll=0.05):
                times.append(time.perf_counter() - start)
    return {"ready_s": statistics.median(times), "runs": runs}


def throughput(settings: Settings, clients: tuple[int, ...] = (1, 10, 50), per_client: int = 40) -> list[dict]:
    """Questions per second, p50/p95, errors and the client's CPU per question with 1, 10 and 50
    concurrent plain-HTTP clients of one running app (`http_load.run_load`; each client
    `per_client` questions), then with 50 gradio_client clients asking 8 each, for comparison."""
    import tempfile

    with tempfile.TemporaryDirectory() as scratch, running_app(settings.index_dir, Path(scratch) / "app.log") as app:
        run_load(app.url, LOAD_QUESTIONS, 2, 5)  # warm-up
        rows = [{"client": "plain HTTP", **run_load(app.url, LOAD_QUESTIONS, count, per_client).as_dict()} for count in clients]
        rows.append({"client": "gradio_client", **gradio_client_load(app.url, clients[-1], 8)})
    return rows


def gradio_client_load(url: str, clients: int, per_client: int) -> dict:
    """The same questions through `gradio_client.Client.predict` from `clients` threads, each with
    its own client: questions per second, p50/p95, errors and the clients' CPU per question."""
    import threading

    from gradio_client import Client

    made = [Client(url, verbose=False) for _ in range(clients)]
    latencies: list[float] = []
    errors: list[Exception] = []

    def ask(client, first: int) -> None:
        for i in range(per_client):
            start = time.perf_counter()
            try:
                client.predict(LOAD_QUESTIONS[(first + i) % len(LOAD_QUESTIONS)], 3, "All", api_name="/reply")
            except Exception as error:  # counted and reported as errors, never hidden
                errors.append(error)
                continue
            latencies.append((time.perf_counter() - start) * 1000)

    threads = [threading.Thread(target=ask, args=(client, k)) for k, client in enumerate(made)]
    cpu, start = time.process_time(), time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    ordered = sorted(latencies) or [0.0]
    count = clients * per_client
    return {"clients": clients, "questions": count, "seconds": round(seconds, 2), "errors": len(errors),
            "per_second": round(len(latencies) / seconds, 1), "p50_ms": round(statistics.median(ordered), 1),
            "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 1), "client_cpu_ms": round(cpu * 1000 / count, 2)}
