"""A light load generator: many clients asking a running app over plain HTTP/1.1 keep-alive
connections (asyncio streams, no HTTP library), so that the generator's own cost per question is
a small share of the server's and the figures are the server's (figures only)."""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

REPLY_PATH = "gradio_api/run/reply"


@dataclass(frozen=True)
class LoadFigures:
    """What a load run measured: questions answered per second, latency percentiles, errors, and
    the generator's own CPU time per question (its share of the machine the server runs on)."""

    clients: int
    questions: int
    seconds: float
    errors: int
    p50_ms: float
    p95_ms: float
    client_cpu_ms: float

    @property
    def per_second(self) -> float:
        """Questions answered per second over the run."""
        return (self.questions - self.errors) / self.seconds

    def as_dict(self) -> dict:
        """The figures as a dict, with the rate."""
        return {"clients": self.clients, "questions": self.questions, "seconds": round(self.seconds, 2), "errors": self.errors,
                "per_second": round(self.per_second, 1), "p50_ms": round(self.p50_ms, 1), "p95_ms": round(self.p95_ms, 1),
                "client_cpu_ms": round(self.client_cpu_ms, 2)}


def _request(host: str, path: str, question: str, top_k: int) -> bytes:
    body = json.dumps({"data": [question, top_k, "All"]}).encode("utf-8")
    head = f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


async def _response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    """Status and body of one HTTP/1.1 response (Content-Length or chunked)."""
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("the server closed the connection")
    status = int(status_line.split()[1])
    headers = {}
    while (line := await reader.readline()) not in (b"\r\n", b"\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    if "content-length" in headers:
        return status, await reader.readexactly(int(headers["content-length"]))
    body = b""
    while (size := int((await reader.readline()).strip() or b"0", 16)) > 0:
        body += await reader.readexactly(size)
        await reader.readline()
    await reader.readline()
    return status, body


async def _client(url: str, questions: list[str], expected: str | None, latencies: list[float], errors: list[str], top_k: int) -> None:
    parts = urlsplit(url)
    path = (parts.path.rstrip("/") + "/" + REPLY_PATH) if parts.path else "/" + REPLY_PATH
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    try:
        for question in questions:
            start = time.perf_counter()
            try:
                writer.write(_request(parts.netloc, path, question, top_k))
                await writer.drain()
                status, body = await _response(reader)
            except (ConnectionError, asyncio.IncompleteReadError, ValueError) as error:
                errors.append(f"{question}: {error}")
                reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
                continue
            latencies.append((time.perf_counter() - start) * 1000)
            if status != 200 or (expected is not None and expected.encode("utf-8") not in body):
                errors.append(f"{question}: HTTP {status} {body[:120]!r}")
    finally:
        writer.close()


def run_load(url: str, questions: list[str], clients: int, per_client: int, expected: str | None = None, top_k: int = 3) -> LoadFigures:
    """`clients` concurrent clients each asking `per_client` questions (cycling through
    `questions`, each client starting at its own one) of the app at `url`; a reply lacking
    `expected` (when given) counts as an error."""
    latencies: list[float] = []
    errors: list[str] = []

    async def main() -> float:
        start = time.perf_counter()
        await asyncio.gather(*(
            _client(url, [questions[(c + i) % len(questions)] for i in range(per_client)], expected, latencies, errors, top_k)
            for c in range(clients)
        ))
        return time.perf_counter() - start

    cpu = time.process_time()
    seconds = asyncio.run(main())
    cpu = time.process_time() - cpu
    ordered = sorted(latencies) or [0.0]
    count = clients * per_client
    return LoadFigures(clients, count, seconds, len(errors), statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))], cpu * 1000 / count)
