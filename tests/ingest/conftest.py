"""A real HTTP server on loopback that answers with whatever a test's handler returns."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

Handler = Callable[[str, dict[str, list[str]]], tuple[int, bytes]]


@pytest.fixture
def feed_server() -> Iterator[Callable[[Handler], str]]:
    """Start servers for handlers; each gives the API root URL. Stopped after the test."""
    servers: list[ThreadingHTTPServer] = []

    def start(handle: Handler) -> str:
        class Answer(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                status, body = handle(parts.path, parse_qs(parts.query))
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                return None

        server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/api"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
