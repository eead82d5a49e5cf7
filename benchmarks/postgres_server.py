"""A throw-away PostgreSQL cluster on loopback, for the tests and the benchmarks: made with
`initdb` in a temporary folder, started with `pg_ctl` on a free port with trust
authentication, stopped by its process id and removed afterwards. PostgreSQL refuses to run as
root, so under root the cluster runs as `nobody` (its folder belongs to that user).

    cluster = PostgresCluster()
    cluster.start()
    ...  # cluster.url
    cluster.stop()
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from benchmarks.search_server import free_port


class PostgresMissing(RuntimeError):
    """PostgreSQL's programs are not installed."""


#: How long the cluster may take to start or to stop.
WAIT_SECONDS = 60.0


def postgres_bin() -> Path | None:
    """The folder of PostgreSQL's programs: where `initdb` is on PATH, else the newest of
    Debian's /usr/lib/postgresql/*/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return Path(candidates[-1]).parent if candidates else None


class PostgresCluster:
    """A cluster of its own in a temporary folder; `url` while it runs."""

    def __init__(self) -> None:
        bin_dir = postgres_bin()
        if bin_dir is None:
            raise PostgresMissing(
                "PostgreSQL is not installed: install Debian's postgresql package "
                "(apt-get install postgresql; ./test does this)"
            )
        self._bin = bin_dir
        self._user = pwd.getpwnam("nobody") if os.geteuid() == 0 else None
        # Not under pytest's own temporary folder: that is private to root, and the server may
        # run as another user.
        self.folder = Path(tempfile.mkdtemp(prefix="earlyhelp-postgres-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.pid: int | None = None
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        user = {} if self._user is None else {"user": self._user.pw_uid, "group": self._user.pw_gid}
        done = subprocess.run(
            args,
            capture_output=True,
            text=True,
            timeout=WAIT_SECONDS,
            env={"PATH": os.environ.get("PATH", ""), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
            cwd=self.folder,
            check=False,
            **user,  # type: ignore[arg-type]
        )
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")

    def start(self) -> None:
        if self._user is not None:
            os.chown(self.folder, self._user.pw_uid, self._user.pw_gid)
        self._run(
            str(self._bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--no-sync",
        )
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.data} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            str(self._bin / "pg_ctl"),
            "start",
            "-w",
            "-t",
            str(int(WAIT_SECONDS)),
            "-D",
            str(self.data),
            "-l",
            str(self.folder / "server.log"),
            "-o",
            options,
        )
        self.pid = int((self.data / "postmaster.pid").read_text().split()[0])

    def stop(self) -> None:
        """Stop the server by its process id (a fast shutdown), then remove its folder."""
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGINT)
                deadline = time.monotonic() + WAIT_SECONDS
                while time.monotonic() < deadline:
                    os.kill(self.pid, 0)
                    time.sleep(0.05)
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.pid = None
        shutil.rmtree(self.folder, ignore_errors=True)


def schema_url(server_url: str, schema: str) -> str:
    """The server's address with `schema` first on the search path."""
    joiner = "&" if "?" in server_url else "?"
    return f"{server_url}{joiner}options={quote(f'-c search_path={schema}')}"
