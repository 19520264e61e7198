"""The light load generator: HTTP/1.1 responses read whole, errors counted, one connection per client."""

import asyncio
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.measure.http_load import REPLY_PATH, _response, run_load


def read(raw: bytes) -> tuple[int, bytes]:
    async def go():
        reader = asyncio.StreamReader()
        reader.feed_data(raw)
        reader.feed_eof()
        return await _response(reader)

    return asyncio.run(go())


def test_responses_with_a_length_or_in_chunks_are_read_whole():
    assert read(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloEXTRA") == (200, b"hello")
    chunked = b"HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nnot \r\n5\r\nfound\r\n0\r\n\r\n"
    assert read(chunked) == (404, b"not found")


@pytest.fixture
def echo_server():
    """A keep-alive HTTP/1.1 server answering each POST with the question it was sent."""
    connections = []

    class Echo(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self):
            super().setup()
            connections.append(self.client_address)

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            status = 200 if self.path == "/" + REPLY_PATH else 404
            reply = json.dumps({"data": [f"asked: {body['data'][0]}"]}).encode()
            self.send_response(status)
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", connections
    server.shutdown()


def test_every_client_asks_its_questions_on_one_connection_and_misses_are_errors(echo_server):
    url, connections = echo_server
    figures = run_load(url, ["violin?", "music?"], clients=3, per_client=4, expected="asked: violin?")
    assert (figures.questions, figures.clients) == (12, 3)
    # Each client starts at its own question: clients 0 and 2 ask violin first, client 1 music.
    assert figures.errors == 6 and len(connections) == 3
    assert figures.p50_ms > 0 and figures.p95_ms >= figures.p50_ms and figures.per_second > 0
    assert run_load(url, ["violin?"], clients=2, per_client=2, expected="asked: violin?").errors == 0
