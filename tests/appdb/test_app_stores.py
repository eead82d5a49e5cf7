"""One contract for the stores of the application database, run on SQLite and on PostgreSQL:
staff accounts, sessions, sign-in throttling, decisions with their letters and audit trail,
editors' changes and conflicts, problem reports, the quality log, feed state, the sample's
ids and the links' key."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest

from appdb import AppDatabase, IntegrityError, SchemaError
from appdb.migrations import MIGRATIONS
from directory.edits import ListingEdits
from directory.quality_log import QualityLog
from directory.reports import ReportQueue
from directory.sample import SampleMark
from feedback.manager import OUTSIDE_EARLY_HELP
from feedback.records import ACKNOWLEDGED, DRAFT, FAILED, SENDING, SENT, Suggestion
from feedback.service import app_secret
from feedback.store import DetailsChange, FeedbackError, FeedbackStore, ReadingChange
from ingest.feeds import FeedError, FeedRegistry, SyncOutcome
from matching.reading import NeedFacts
from staff.accounts import MANAGER, PRACTITIONER, AccountError, AccountStore
from staff.sessions import SessionStore
from staff.throttle import SignInThrottle
from tests.appdb.conftest import Opener
from tests.conftest import cheap_hasher
from tests.feedback.office import Clock, decision_values

PASSWORD = "correct horse battery"


# The database itself


def test_opening_again_migrates_nothing_and_keeps_the_rows(open_database: Opener) -> None:
    first = open_database()
    AccountStore(first, cheap_hasher()).add("sam", "Sam", "sam@c.uk", PASSWORD, {PRACTITIONER})
    second = open_database()
    with second.read() as db:
        assert db.execute("SELECT version FROM app_schema").fetchall() == [(len(MIGRATIONS),)]
    assert AccountStore(second, cheap_hasher()).get("sam") is not None


def test_a_database_from_a_newer_program_is_refused(open_database: Opener) -> None:
    database = open_database()
    with database.transaction() as db:
        db.execute("UPDATE app_schema SET version = ?", (len(MIGRATIONS) + 1,))
    with pytest.raises(SchemaError, match="newer than this program"):
        open_database()


def test_a_failed_transaction_changes_nothing(database: AppDatabase) -> None:
    with pytest.raises(IntegrityError), database.transaction() as db:
        db.execute("INSERT INTO sample_services (id) VALUES (?)", ("a",))
        db.execute("INSERT INTO sample_services (id) VALUES (?)", ("a",))
    assert SampleMark(database).ids() == []


def test_percent_signs_and_question_marks_in_quoted_text_are_kept(database: AppDatabase) -> None:
    with database.transaction() as db:
        db.execute("INSERT INTO sample_services (id) VALUES ('100% sure?')")
        db.execute("INSERT INTO sample_services (id) VALUES (?)", ("50%",))
        found = db.execute(
            "SELECT id FROM sample_services WHERE id LIKE '%?%' OR id = ? ORDER BY id", ("50%",)
        ).fetchall()
    assert found == [("100% sure?",), ("50%",)]


# Staff accounts and sessions


def test_accounts(database: AppDatabase) -> None:
    accounts = AccountStore(database, cheap_hasher())
    accounts.add("Sam", "Sam Duty", "sam@council.gov.uk", PASSWORD, {PRACTITIONER})
    accounts.add("mo", "Mo", "mo@council.gov.uk", PASSWORD, {MANAGER, PRACTITIONER})
    with pytest.raises(AccountError, match="already exists"):
        accounts.add("sam", "Again", "x@council.gov.uk", PASSWORD, {PRACTITIONER})
    assert [a.username for a in accounts.all()] == ["mo", "sam"]
    assert accounts.get("mo") is not None and accounts.get("mo").roles == {MANAGER, PRACTITIONER}  # type: ignore[union-attr]
    assert accounts.verify("SAM", PASSWORD) is not None
    assert accounts.verify("sam", "wrong password!") is None
    accounts.set_active("sam", False)
    assert accounts.verify("sam", PASSWORD) is None
    with pytest.raises(AccountError, match="no account"):
        accounts.set_active("nobody", True)


def test_a_session_started_on_one_instance_is_known_to_another(open_database: Opener) -> None:
    now = [datetime(2026, 11, 23, 9, tzinfo=UTC)]
    database = open_database()
    one = SessionStore(database, timedelta(hours=8), clock=lambda: now[0])
    other = SessionStore(open_database(), timedelta(hours=8), clock=lambda: now[0])
    token = one.start("sam")
    assert other.username(token) == "sam"
    assert other.username("made-up") is None and other.username("") is None
    now[0] += timedelta(hours=8)
    assert other.username(token) is None, "expired"
    fresh = one.start("mo")  # removes the expired session
    with database.read() as db:
        assert db.execute("SELECT count(*) FROM staff_sessions").fetchone() == (1,)
    other.end(fresh)
    assert one.username(fresh) is None


# Sign-in throttling


def test_the_throttle_counts_across_instances(open_database: Opener) -> None:
    now = [1_000_000.0]
    one = SignInThrottle(open_database(), max_failures=3, clock=lambda: now[0])
    other = SignInThrottle(open_database(), max_failures=3, clock=lambda: now[0])
    for instance in (one, other, one):
        assert instance.wait_seconds("sam", "192.0.2.1") == 0
        instance.failed("sam", "192.0.2.1")
    assert other.wait_seconds("sam", "192.0.2.1") == pytest.approx(15 * 60)
    assert other.wait_seconds("sam", "192.0.2.2") == 0, "another address is not held back"
    now[0] += 60
    assert one.wait_seconds("sam", "192.0.2.1") == pytest.approx(14 * 60)
    other.succeeded("sam", "192.0.2.1")
    assert one.wait_seconds("sam", "192.0.2.1") == 0


def test_the_throttle_table_is_capped_and_entries_expire(database: AppDatabase) -> None:
    now = [0.0]
    throttle = SignInThrottle(database, window=60, clock=lambda: now[0], max_entries=100)
    for n in range(300):
        throttle.failed(f"made-up-user-{n}", f"192.0.2.{n % 250}")
    assert len(throttle) <= 100
    now[0] += 61
    throttle.failed("one-more", "192.0.2.1")
    assert len(throttle) == 3, "expired entries are dropped"


def test_a_named_user_is_locked_only_after_many_failures_from_many_places(
    database: AppDatabase,
) -> None:
    now = [0.0]
    throttle = SignInThrottle(database, clock=lambda: now[0])
    for n in range(49):
        throttle.failed("sam", f"192.0.2.{n}")
    assert throttle.wait_seconds("sam", "198.51.100.9") == 0
    throttle.failed("sam", "192.0.2.200")
    assert throttle.wait_seconds("sam", "198.51.100.9") > 0
    now[0] += 15 * 60 + 1
    assert throttle.wait_seconds("sam", "198.51.100.9") == 0, "the lock lasts one window"


def test_the_throttle_keeps_neither_names_nor_addresses(database: AppDatabase) -> None:
    SignInThrottle(database).failed("sam\x00<script>", "192.0.2.7")
    with database.read() as db:
        kept = " ".join(str(r[0]) for r in db.execute("SELECT counted FROM sign_in_failures"))
    assert "sam" not in kept and "192.0.2.7" not in kept and kept.count(":") == 3


# Decisions, letters and the audit trail


def test_a_decision_its_letter_and_its_trail(database: AppDatabase) -> None:
    clock = Clock()
    store = FeedbackStore(database, clock=clock)
    suggestion = Suggestion("s1", "Positive Steps", "Ask for Jo.", "sam", needs_met=(0,))
    decision_id = store.create(decision_values("CS-1"), "sam", [suggestion])
    decision = store.require(decision_id)
    assert decision.reference == "CS-1" and decision.status == DRAFT
    assert store.find(decision.public_id) == decision and store.find("x" * 16) is None
    store.set_message(decision_id, "Please call us.", "sam")
    store.change_suggestions(decision_id, [], "sam", "removed a suggestion", "Positive Steps")
    assert store.require(decision_id).message == "Please call us."
    assert store.drafts_by("sam") == [(decision.public_id, "CS-1")]
    store.claim_for_sending(decision_id, "sam")
    with pytest.raises(FeedbackError, match="being sent"):
        store.set_message(decision_id, "changed", "sam")
    store.finish_sending(decision_id, True, "sam", "emailed")
    assert store.require(decision_id).status == SENT
    assert store.acknowledge(decision_id, "yes", "thanks") is True
    assert store.acknowledge(decision_id, "yes") is False
    assert store.acknowledge(decision_id, "no", change=True) is True
    after = store.require(decision_id)
    assert (after.status, after.take_up) == (ACKNOWLEDGED, "no")
    actions = [a.action for a in store.audit(decision_id)]
    assert actions[0] == "recorded the decision" and actions[-1] == "changed the answer"
    assert f"status: {SENDING}" in actions and f"status: {SENT}" in actions


def test_a_sent_letter_corrected_becomes_a_draft_again(database: AppDatabase) -> None:
    clock = Clock()
    store = FeedbackStore(database, clock=clock)
    note = Suggestion("s1", "Positive Steps", "Ask for Jo.", "sam", "sam", "2026-11-23T09:00:00Z")
    decision_id = store.create(decision_values("REF-1"), "sam", [note])
    store.claim_for_sending(decision_id, "sam")
    store.finish_sending(decision_id, True, "sam", "emailed")
    store.acknowledge(decision_id, "yes")
    change = DetailsChange(values={"reference": "ref-2"}, detail="reference: REF-1 -> REF-2")
    assert store.correct_details(decision_id, change, "mo") is True
    corrected = store.require(decision_id)
    assert (corrected.status, corrected.reference, corrected.take_up) == (DRAFT, "REF-2", None)
    assert corrected.corrects == corrected.sent_at != ""
    assert [n.text for n in store.notes_about("s1")] == ["Ask for Jo."]
    assert [d.id for d in store.open_decisions_by("sam")] == [decision_id]
    later = store.create(decision_values("REF-2"), "sam", [])
    assert [d.id for d in store.earlier("ref-2", later)] == [decision_id]


def test_the_audit_trail_cannot_be_changed_or_removed(database: AppDatabase) -> None:
    store = FeedbackStore(database)
    decision_id = store.create(decision_values(), "sam", [])
    statements = ["UPDATE decision_audit SET who = 'someone else'", "DELETE FROM decision_audit"]
    if database.dialect.name == "postgresql":
        statements.append("TRUNCATE decision_audit")
    for statement in statements:
        with (
            pytest.raises(IntegrityError, match="audit trail cannot be changed"),
            database.transaction() as db,
        ):
            db.execute(statement)
    assert [a.who for a in store.audit(decision_id)] == ["sam"]


def test_purge_removes_old_decisions_with_their_trail(database: AppDatabase) -> None:
    clock = Clock()
    store = FeedbackStore(database, clock=clock)
    old = store.create(decision_values("OLD"), "sam", [Suggestion("s1", "S", "n", "sam")])
    store.change_reading(
        old, ReadingChange(0, "n", NeedFacts(about="father"), (), [], "", [], "about"), "sam"
    )
    clock.now += timedelta(days=800)
    kept = store.create(decision_values("KEEP"), "sam", [])
    assert store.purge(timedelta(days=730)) == ["OLD"]
    assert store.ids() == [kept] and store.audit(old) == []
    with database.read() as db:
        for table in ("decision_suggestions", "decision_need_facts", "audit_purge"):
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    assert len(store.audit(kept)) == 1


def test_a_reading_confirmed_again_replaces_the_first(database: AppDatabase) -> None:
    store = FeedbackStore(database, clock=Clock())
    decision_id = store.create(decision_values(), "sam", [])
    first = ReadingChange(0, "n", NeedFacts(about="father"), (), [], "E1", [], "about")
    store.change_reading(decision_id, first, "sam")
    again = ReadingChange(
        0, "n", NeedFacts(about="mother"), (NeedFacts(about="father"),), [], "E2", [], "about"
    )
    store.change_reading(decision_id, again, "mo")
    decision = store.require(decision_id)
    assert decision.need_facts == (NeedFacts(about="mother"),) and decision.la_code == "E2"
    with pytest.raises(FeedbackError, match="someone changed"):
        store.change_reading(decision_id, first, "sam")


def test_the_worklist_and_the_gaps_are_counted_in_the_database(database: AppDatabase) -> None:
    clock = Clock()
    store = FeedbackStore(database, clock=clock)
    values = decision_values("GAP") | {
        "decided_on": date(2026, 11, 2),
        "needs": ("Yacht repairs", "Rent arrears", "A new van for his business"),
        "la_code": "E06000022",
        "need_outcomes": [
            {"need": "Yacht repairs", "categories": [], "matched": False},
            {
                "need": "Rent arrears",
                "categories": ["Money"],
                "matched": False,
                "reading": {"categories": ["Money", "Housing"]},
            },
            {
                "need": "A new van for his business",
                "categories": [],
                "matched": False,
                "reading": {"categories": ["Money"], "outside": True},
            },
        ],
    }
    matched = decision_values("MET") | {
        "decided_on": date(2026, 11, 3),
        "need_outcomes": [{"need": "n", "categories": ["Parenting"], "matched": True}],
    }
    gap_id = store.create(values, "sam", [])
    store.create(matched, "sam", [])
    unsent, unacknowledged = store.worklist(5)
    assert [w.reference for w in unsent] == ["GAP", "MET"] and unacknowledged == []
    gaps = store.gaps(date(2026, 11, 1), date(2026, 11, 30))
    assert sorted(gaps) == [
        (OUTSIDE_EARLY_HELP, "E06000022", 1),
        ("Housing", "E06000022", 1),
        ("Money", "E06000022", 1),
        ("No category read", "E06000022", 1),
    ]
    unmet = store.unmet_needs(date(2026, 11, 1), date(2026, 11, 30))
    assert [(u.reference, u.need, u.categories) for u in unmet] == [
        ("GAP", "Yacht repairs", ()),
        ("GAP", "Rent arrears", ("Money", "Housing")),
        ("GAP", "A new van for his business", (OUTSIDE_EARLY_HELP,)),
    ]
    assert store.gaps(date(2026, 12, 1), date(2026, 12, 31)) == []
    store.claim_for_sending(gap_id, "sam")
    store.finish_sending(gap_id, False, "sam", "refused")
    assert store.require(gap_id).status == FAILED


def test_a_letter_is_claimed_once_when_two_instances_send_together(
    open_database: Opener,
) -> None:
    stores = [FeedbackStore(open_database()) for _ in range(4)]
    decision_id = stores[0].create(decision_values(), "sam", [])
    start = threading.Barrier(len(stores))
    claimed: list[int] = []
    refused: list[str] = []

    def send(store: FeedbackStore) -> None:
        start.wait()
        try:
            store.claim_for_sending(decision_id, "sam")
            claimed.append(1)
        except FeedbackError as error:
            refused.append(str(error))

    threads = [threading.Thread(target=send, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(claimed) == 1 and len(refused) == len(stores) - 1
    assert all("being sent" in r for r in refused)
    claims = [a for a in stores[1].audit(decision_id) if a.action == f"status: {SENDING}"]
    assert len(claims) == 1


# Editors' changes, reports, the quality log


def test_editors_changes_and_conflicts(database: AppDatabase) -> None:
    edits = ListingEdits(database, clock=lambda: datetime(2026, 11, 23, tzinfo=UTC))
    source = {"id": "s1", "name": "Old name", "url": "https://old.example"}
    updated = edits.set("s1", source, {"name": "New name"}, "eddie")
    assert updated["name"] == "New name"
    edits.set("s1", updated, {"name": "Newer name"}, "eddie")
    assert edits.overrides("s1") == {"name": ("Newer name", "Old name")}
    assert edits.apply({"id": "s1", "name": "Feed's name"})["name"] == "Newer name"
    edits.apply({"id": "s1", "name": "Feed's name"})  # the same conflict is recorded once
    [conflict] = edits.conflicts("s1")
    assert (conflict.editor_value, conflict.feed_value) == ("Newer name", "Feed's name")
    assert edits.resolve(conflict.id, keep_mine=False, who="eddie") is not None
    assert edits.overrides("s1") == {} and edits.conflicts() == []
    assert [c["last_action_type"] for c in edits.changes("s1")] == [
        "update",
        "update",
        "took the feed's value",
    ]
    with pytest.raises(ValueError, match="cannot be edited"):
        edits.set("s1", source, {"id": "s2"}, "eddie")


def test_problem_reports(database: AppDatabase) -> None:
    reports = ReportQueue(database, clock=lambda: datetime(2026, 11, 23, tzinfo=UTC))
    first = reports.add("s1", "Group", "closed", "Closed in June", "")
    second = reports.add("s1", "Group", "contact", "", "me@example.org")
    assert second > first
    assert reports.resolve(first, "eddie") is True and reports.resolve(first, "eddie") is False
    assert [r.id for r in reports.waiting()] == [second]
    [done] = reports.dealt_with()
    assert (done.id, done.resolved_by, done.resolved_at) == (first, "eddie", "2026-11-23T00:00:00Z")
    assert [r.id for r in reports.about("s1")] == [second, first]


def test_the_quality_log(database: AppDatabase) -> None:
    log = QualityLog(database)
    log.replace(["a", "b"], [("a", "warning", "url", "no web address"), ("b", "w", "f", "m")])
    log.replace(["b"], [("b", "w", "f", "m1"), ("b", "w", "g", "m2")])
    assert log.listings() == [("b", 2, "m1"), ("a", 1, "no web address")]
    log.replace(["a", "b"], [])
    assert log.listings() == []


# Feeds, the sample, the links' key


def test_feed_state(database: AppDatabase) -> None:
    registry = FeedRegistry(database)
    when = datetime(2026, 11, 23, 9, tzinfo=UTC)
    registry.add("bath", "https://feeds.example/bath", when)
    with pytest.raises(FeedError, match="already registered"):
        registry.add("bath", "https://feeds.example/other", when)
    outcome = SyncOutcome("bath", "full", "2026-11-23T09:00:00Z", "2026-11-23T09:01:00Z")
    registry.record("bath", outcome)
    feed = registry.require("bath")
    assert (feed.last_status, feed.synced_from) == ("ok", "2026-11-23T09:00:00Z")
    failed = SyncOutcome("bath", "incremental", "2026-11-24T09:00:00Z", "x", error="down")
    registry.record("bath", failed)
    assert registry.require("bath").synced_from == "2026-11-23T09:00:00Z"
    assert [f.name for f in registry.all()] == ["bath"]
    registry.remove("bath")
    with pytest.raises(FeedError, match="no feed"):
        registry.remove("bath")


def test_the_sample_and_the_links_key(open_database: Opener) -> None:
    one, other = open_database(), open_database()
    SampleMark(one).record(["b", "a"])
    SampleMark(other).record(["a"])
    assert SampleMark(other).ids() == ["a", "b"]
    key = app_secret(one)
    assert len(key) == 32 and app_secret(other) == key
