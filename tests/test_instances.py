"""Several app instances on one machine, as behind a load balancer: two `earlyhelp serve`
processes (the second with two workers) on one application database (a SQLite file, then a
PostgreSQL schema) and one Elasticsearch-compatible server for the directory. A member of
staff signs in on one and carries on on the other; an editor's change on one is on the
other's public pages within a few seconds; a letter sent from both at once is emailed once.

Real processes on free ports, the hashing embedder (the subject is sharing, not matching
quality), a real loopback SMTP server; each process is stopped by its own id."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from benchmarks.api_load import answers
from benchmarks.postgres_server import schema_url
from benchmarks.search_server import free_port
from tests.conftest import SEED, remove_indices
from tests.feedback.office import DECISION, Inbox, loopback_inbox
from tests.staff.html_tables import page_form

PASSWORD = "correct horse battery staple"
DEBT = "a5e15e65-e619-50cf-964e-068da0de206f"  # "Wiltshire families money advice" in the seed
#: Generous: on a busy 2-core machine each worker takes minutes to warm up.
STARTUP_SECONDS = 600
#: How soon an edit on one instance must be on the other's pages.
SEEN_WITHIN_SECONDS = 5.0


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "earlyhelp", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, f"earlyhelp {' '.join(args)} failed:\n{done.stderr[-3000:]}"
    return done


@dataclass
class Instance:
    """One `earlyhelp serve` process (in a process group of its own, with its workers)."""

    process: subprocess.Popen[bytes]
    url: str
    log: Path

    @classmethod
    def start(cls, env: dict[str, str], log: Path, workers: int = 1) -> Instance:
        port = free_port()
        with log.open("wb") as output:
            process = subprocess.Popen(
                [sys.executable, "-m", "earlyhelp", "serve", "--port", str(port)]
                + (["--workers", str(workers)] if workers > 1 else []),
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        return cls(process, f"http://127.0.0.1:{port}", log)

    def wait_until_serving(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"{self.url} stopped:\n{self.log.read_text()[-3000:]}")
            if answers(self.url):
                return
            time.sleep(0.5)
        raise AssertionError(f"{self.url} did not answer:\n{self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        """Stop this process and its workers (its own process group), by its id."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60)


@dataclass
class Pair:
    first: Instance
    second: Instance
    inbox: Inbox


@pytest.fixture(scope="module")
def smtp() -> Iterator[tuple[Inbox, int]]:
    with loopback_inbox() as served:
        yield served


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def pair(
    request: pytest.FixtureRequest,
    es_url: str,
    tmp_path_factory: pytest.TempPathFactory,
    smtp: tuple[Inbox, int],
) -> Iterator[Pair]:
    """Two instances on one application database (the `request.param` kind) and one
    directory in Elasticsearch, with the seed imported and an editor-practitioner account."""
    folder = tmp_path_factory.mktemp(f"instances-{request.param}")
    prefix = f"instances-{uuid.uuid4().hex[:10]}"
    env = os.environ | {
        "EARLYHELP_DB": str(folder / "app.db"),
        "EARLYHELP_EMBEDDER": "hashing",
        "EARLYHELP_BACKEND": "elasticsearch",
        "EARLYHELP_ES_URL": es_url,
        "EARLYHELP_ES_INDEX": prefix,
        "EARLYHELP_SMTP_HOST": "127.0.0.1",
        "EARLYHELP_SMTP_PORT": str(smtp[1]),
        "EARLYHELP_NEW_PASSWORD": PASSWORD,
    }
    env.pop("EARLYHELP_DATABASE_URL", None)
    env.pop("EARLYHELP_BASE_URL", None)
    schema = f"instances_{uuid.uuid4().hex[:10]}"
    server = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    if server is not None:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'CREATE SCHEMA "{schema}"')
        env["EARLYHELP_DATABASE_URL"] = schema_url(server, schema)
    started: list[Instance] = []
    try:
        _cli(env, "ingest", str(SEED))
        _cli(env, "users", "add", "kim", "--name", "Kim Both", "--email", "kim@council.gov.uk",
             "--role", "directory-editor", "--role", "practitioner")  # fmt: skip
        started.append(Instance.start(env, folder / "first.log"))
        started.append(Instance.start(env, folder / "second.log", workers=2))
        for instance in started:
            instance.wait_until_serving()
        yield Pair(started[0], started[1], smtp[0])
    finally:
        for instance in started:
            instance.stop()
        remove_indices(es_url, prefix)
        if server is not None:
            with psycopg.connect(server, autocommit=True) as admin:
                admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


def sign_in(http: httpx.Client) -> str:
    """Sign in as kim; the form token (the same on every instance: it is in the cookie)."""
    http.get("/sign-in")
    token = http.cookies.get("earlyhelp_csrf") or ""
    response = http.post(
        "/sign-in", data={"csrf_token": token, "username": "kim", "password": PASSWORD}
    )
    assert response.status_code == 303, response.text[:2000]
    return token


def on(instance: Instance, cookies: httpx.Cookies) -> httpx.Client:
    """A browser on `instance` carrying these cookies (as one behind a load balancer)."""
    http = instance.client()
    http.cookies.update(cookies)
    return http


def test_signed_in_on_one_instance_and_carrying_on_on_the_other(pair: Pair) -> None:
    with pair.first.client() as first:
        token = sign_in(first)
        with on(pair.second, first.cookies) as second:
            for _ in range(4):  # several requests: each may reach either worker
                page = second.get("/staff")
                assert page.status_code == 200, page.headers.get("location")
                assert "Kim Both" in page.text
            # The sign-out posted to the other instance ends the session everywhere.
            assert second.post("/sign-out", data={"csrf_token": token}).status_code == 303
        assert first.get("/staff").headers.get("location", "").startswith("/sign-in")
    with pair.second.client() as anonymous:
        assert anonymous.get("/staff").headers["location"].startswith("/sign-in")


def test_failed_sign_ins_on_either_instance_count_together(pair: Pair) -> None:
    username = f"guess-{uuid.uuid4().hex[:6]}"
    browsers = [pair.first.client(), pair.second.client()]
    try:

        def attempt(http: httpx.Client) -> str:
            http.get("/sign-in")
            token = http.cookies.get("earlyhelp_csrf") or ""
            answer = http.post(
                "/sign-in", data={"csrf_token": token, "username": username, "password": "wrong"}
            )
            assert answer.status_code != 303
            return answer.text

        # Five failures, shared out: neither instance alone has seen five.
        for n in range(5):
            assert "Too many attempts" not in attempt(browsers[n % 2])
        for http in browsers:
            assert "Too many attempts" in attempt(http)
    finally:
        for http in browsers:
            http.close()


def _category_of(http: httpx.Client, service_id: str) -> str:
    record: dict[str, Any] = http.get(f"/api/services/{service_id}").json()
    terms = [a["taxonomy_term"]["id"] for a in record.get("attributes") or []]
    assert terms, "the listing is in a category"
    return str(terms[0])


def test_an_edit_on_one_instance_is_on_the_others_pages_within_seconds(pair: Pair) -> None:
    new_name = f"Wiltshire families money advice {uuid.uuid4().hex[:6]}"
    with pair.first.client() as first, pair.second.client() as second:
        category = _category_of(second, DEBT)
        # The other instance has its pages of the directory as it was (and caches them).
        for path in (f"/services/{DEBT}", f"/search?category={category}"):
            before = second.get(path)
            assert before.status_code == 200 and "Wiltshire families money advice" in before.text
            assert new_name not in before.text
        token = sign_in(first)
        page = first.get(f"/staff/listings/{DEBT}/edit")
        data: dict[str, Any] = {
            k: v if len(v) > 1 else v[0] for k, v in page_form(page.text).items()
        }
        data |= {"name": new_name, "csrf_token": token}
        saved = first.post(f"/staff/listings/{DEBT}/edit", data=data)
        assert saved.status_code == 303, saved.text[:2000]
        edited = time.monotonic()
        waiting = {
            f"/services/{DEBT}",
            f"/search?category={category}",
            "/api/services?search=money",
        }
        while waiting and time.monotonic() - edited < SEEN_WITHIN_SECONDS:
            waiting = {path for path in waiting if new_name not in second.get(path).text}
            time.sleep(0.2)
        assert not waiting, f"the other instance still shows the old name on {sorted(waiting)}"


def test_a_letter_sent_from_both_instances_at_once_is_emailed_once(pair: Pair) -> None:
    reference = f"CS-{uuid.uuid4().hex[:8]}"
    with pair.first.client() as first:
        token = sign_in(first)
        recorded = first.post(
            "/staff/decisions/new", data={"csrf_token": token, **DECISION, "reference": reference}
        )
        assert recorded.status_code == 303, recorded.text[:2000]
        public_id = recorded.headers["location"].rsplit("/", 1)[1]
        before = len(pair.inbox.messages)
        browsers = [on(instance, first.cookies) for instance in (pair.first, pair.second) * 2]
        try:
            with ThreadPoolExecutor(len(browsers)) as pool:
                answers = list(
                    pool.map(
                        lambda http: http.post(
                            f"/staff/decisions/{public_id}/send", data={"csrf_token": token}
                        ),
                        browsers,
                    )
                )
        finally:
            for http in browsers:
                http.close()
        codes = sorted(answer.status_code for answer in answers)
        assert codes == [303, 409, 409, 409], [a.text[:300] for a in answers]
        time.sleep(1)  # any second email would have reached the loopback server by now
        sent = [m for m in pair.inbox.messages[before:] if reference in str(m.get_payload())]
        assert len(sent) == 1
        assert len(pair.inbox.messages) == before + 1


@pytest.mark.parametrize("workers", ["0", "-2", "two", "65"])
def test_a_number_of_workers_that_cannot_be_is_refused_before_serving(
    tmp_path: Path, workers: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "earlyhelp", "serve", "--workers", workers],
        env=os.environ | {"EARLYHELP_DB": str(tmp_path / "d.db")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "--workers" in done.stderr and "is not a number of processes from 1 to 64" in (
        done.stderr
    )
    assert not (tmp_path / "d.db").exists()  # nothing opened


def test_workers_are_not_started_when_the_application_database_cannot_be_reached(
    tmp_path: Path,
) -> None:
    unreachable = f"postgresql://postgres@127.0.0.1:{free_port()}/postgres"
    done = subprocess.run(
        [sys.executable, "-m", "earlyhelp", "serve", "--workers", "2", "--port", "1"],
        env=os.environ
        | {
            "EARLYHELP_DB": str(tmp_path / "d.db"),
            "EARLYHELP_EMBEDDER": "hashing",
            "EARLYHELP_DATABASE_URL": unreachable,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "cannot reach the PostgreSQL database" in done.stderr
    assert "Traceback" not in done.stderr and "Serving" not in done.stderr
