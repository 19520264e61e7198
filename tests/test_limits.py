"""Limits on what one request can make the server do: body size, uploads, history, passage counts."""

import asyncio
import json


import pytest

from assistant.conversation import bounded_history, resolve_queries, user_questions
from assistant.limits import BodyLimit
from assistant.search.inputs import parse_top_k


def run_asgi(app, body_chunks: list[bytes], headers: list[tuple[bytes, bytes]]) -> tuple[int, bytes, int]:
    """Send one HTTP request through an ASGI app: (status, response body, bytes the app read)."""
    messages = [{"type": "http.request", "body": chunk, "more_body": i < len(body_chunks) - 1} for i, chunk in enumerate(body_chunks)]
    sent: list[dict] = []
    scope = {"type": "http", "method": "POST", "path": "/", "headers": headers}

    async def receive():
        return messages.pop(0)

    async def send(message):
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    return status, b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body"), getattr(app, "read", 0)


class Echo:
    """An ASGI app that reads the whole body and answers 200 with its length."""

    read = 0

    async def __call__(self, scope, receive, send):
        total = 0
        while True:
            message = await receive()
            total += len(message.get("body", b""))
            Echo.read = total
            if not message.get("more_body"):
                break
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": str(total).encode()})


def test_a_body_over_the_limit_is_refused_by_its_declared_length_before_it_is_read():
    Echo.read = 0
    status, body, _ = run_asgi(BodyLimit(Echo(), max_bytes=1000), [b"x" * 10], [(b"content-length", b"5000")])
    assert status == 413 and "too large" in json.loads(body)["error"] and Echo.read == 0


def test_a_streamed_body_over_the_limit_is_refused_and_a_small_one_passes():
    status, _, _ = run_asgi(BodyLimit(Echo(), max_bytes=1000), [b"x" * 600, b"x" * 600], [])
    assert status == 413
    status, body, _ = run_asgi(BodyLimit(Echo(), max_bytes=1000), [b"x" * 400, b"x" * 400], [])
    assert (status, body) == (200, b"800")


def test_a_long_forged_history_is_read_as_its_latest_questions_cut_to_the_limit():
    history = [message for turn in range(200) for message in (
        {"role": "user", "content": f"Question {turn} " + "x" * 20_000},
        {"role": "assistant", "content": "y" * 20_000},
    )]
    questions = user_questions(history, 1000, 20)
    assert len(questions) == 20 and all(len(q) <= 1000 for q in questions)
    assert questions[-1].startswith("Question 199 ")
    kept = bounded_history(history + ["junk", {"role": "system", "content": "z"}], 5000)
    assert len(kept) == 400 and all(len(m["content"]) <= 5000 for m in kept)
    assert user_questions("not a history") == [] and bounded_history({"role": "user"}, 10) == []


def test_resolved_follow_up_queries_never_outgrow_the_question_limit(searcher):
    queries = resolve_queries(["How does Radu direct his actors? " + "x " * 400] + ["And?"] * 100, searcher.speakers, 1000)
    assert len(queries) == 101 and max(len(q) for q in queries) <= 1000 and queries[-1].endswith("And?")


@pytest.mark.parametrize("value", ["abc", "", None, 0, 11, 2.5, "1e9", True, [3]])
def test_a_bad_passage_count_gets_a_plain_message(service, value):
    reply = service.chat_reply("Who composed the music?", [], value, "All")
    assert reply.startswith("The number of passages must be a whole number from 1 to 10"), reply


def test_passage_counts_given_as_text_or_float_are_read():
    assert parse_top_k("5") == 5 and parse_top_k(3.0) == 3 and parse_top_k("10", most=10) == 10


def declared_post(url: str, path: str, length: int, content_type: str) -> str:
    """Send only the headers of a POST declaring a `length`-byte body; the status line the server
    answers with before any of the body is sent."""
    import socket
    from urllib.parse import urlsplit

    where = urlsplit(url)
    with socket.create_connection((where.hostname, where.port), timeout=10) as connection:
        head = f"POST /{path} HTTP/1.1\r\nHost: {where.netloc}\r\nContent-Type: {content_type}\r\nContent-Length: {length}\r\n\r\n"
        connection.sendall(head.encode("ascii"))
        return connection.recv(4096).decode("latin-1").split("\r\n", 1)[0]


def test_a_10_mb_question_to_the_unqueued_endpoint_is_refused_before_it_is_read(app_url):
    assert " 413 " in declared_post(app_url, "gradio_api/call/reply", 10 * 1024 * 1024, "application/json")


def test_a_6_mb_question_is_answered_from_its_beginning(app_url):
    from test_hostile import call_reply

    reply = call_reply(app_url, "Who taught Mélanie Laurent the violin? " + "violin " * 900_000)
    assert "only its beginning was used" in reply and "Mélanie Laurent" in reply


def test_an_anonymous_upload_over_the_request_limit_is_refused_before_it_is_read(app_url):
    assert " 413 " in declared_post(app_url, "gradio_api/upload", 60 * 1024 * 1024, "multipart/form-data; boundary=b")


def test_an_upload_over_the_file_limit_is_refused(app_url):
    import urllib.error
    import urllib.request

    boundary = "press-kit-boundary"
    body = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\"\r\n"
        "Content-Type: text/plain\r\n\r\n"
    ).encode() + b"x" * (2 * 1024 * 1024) + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(app_url + "gradio_api/upload", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 413


def test_a_4_mb_history_is_answered_and_comes_back_cut(app_url):
    from gradio_client import Client

    def text(words: str) -> list[dict]:
        return [{"type": "text", "text": words}]

    history = [message for turn in range(100) for message in (
        {"role": "user", "content": text("How does Radu direct his actors? " + "x" * 20_000)},
        {"role": "assistant", "content": text("y" * 20_000)},
    )]
    returned, _ = Client(app_url, verbose=False).predict("And what did Nazarov say?", history, 3, "All", api_name="/ask")
    assert len(returned) == 202 and "\n\n**Dmitry Nazarov (Sacha)**" in returned[-1]["content"][0]["text"]
    assert all(len(part["text"]) <= 100_000 for m in returned for part in m["content"])
