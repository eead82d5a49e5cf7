"""A local Elasticsearch-compatible server (the noida-db emulator) in a process of its own,
for the test suite and the benchmarks. Stopped by its process id."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from importlib.resources import files
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class SearchServer:
    """A local Elasticsearch-compatible server (noida-db) in its own process."""

    def __init__(self, data_dir: Path, port: int | None = None) -> None:
        self.data_dir = data_dir
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> None:
        # The server binary itself, not the `noida-db` wrapper script, so that stopping this
        # process id stops the server.
        binary = Path(str(files("noida_db").joinpath("noida-db")))
        binary.chmod(0o755)
        self.process = subprocess.Popen(
            [
                str(binary),
                "start",
                "--only",
                "elasticsearch",
                "--data-dir",
                str(self.data_dir),
                "--elasticsearch-port",
                str(self.port),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url, timeout=1.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if self.process.poll() is not None:
                raise RuntimeError(f"noida-db exited with {self.process.returncode}")
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"noida-db did not answer on {self.url} within {timeout:g} s")

    def stop(self) -> None:
        if self.process is None:
            return
        try:
            os.kill(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=10)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self.process = None
