"""Request limits for the web app: a request body over the limit is refused before any handler
reads it (Gradio's unqueued endpoints and uploads included)."""

from __future__ import annotations

import ctypes
import ctypes.util
import json

# A conversation of a hundred questions with ten long passages each is about 2 MB of history.
MAX_REQUEST_BYTES = 8 * 1024 * 1024
TOO_LARGE = "The request is too large for the press kit assistant (over {limit} MB): ask a shorter question or start a new conversation."


# Gradio's upload route, and what a multipart form adds around the file itself.
UPLOAD_ROUTE = "/gradio_api/upload"
UPLOAD_FORM_BYTES = 64 * 1024


class _TooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware answering 413 to a request whose body is over `max_bytes`, whether it says
    so in Content-Length or streams more than it said."""

    def __init__(self, app, max_bytes: int = MAX_REQUEST_BYTES, upload_bytes: int | None = None):
        self.app = app
        self.max_bytes = max_bytes
        # The upload route's own limit when the library takes uploads (a file plus its form).
        self.upload_bytes = upload_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes
        if self.upload_bytes and scope.get("path", "").endswith(UPLOAD_ROUTE):
            limit = max(limit, self.upload_bytes + UPLOAD_FORM_BYTES)
        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await self._refuse(send, limit)
            return
        received = 0
        started = False

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge
            return message

        async def watched_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, watched_send)
        except _TooLarge:
            if not started:
                await self._refuse(send, limit)

    async def _refuse(self, send, limit: int) -> None:
        body = json.dumps({"error": TOO_LARGE.format(limit=limit // (1024 * 1024))}).encode("utf-8")
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode("ascii")), (b"connection", b"close")]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


# glibc's mallopt parameter for the number of malloc arenas.
_M_ARENA_MAX = -8


def limit_malloc_arenas(count: int = 2) -> bool:
    """Hold glibc to `count` malloc arenas (one per core here), before the server starts its
    threads: by default each of Gradio's worker threads may take an arena of its own (up to 8 per
    core), and memory freed in one is not reused by the others, so the process grew under
    concurrent clients. False where the C library is not glibc."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
        return bool(libc.mallopt(_M_ARENA_MAX, count))
    except (OSError, AttributeError):
        return False
