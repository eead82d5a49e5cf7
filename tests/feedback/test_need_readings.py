"""How each need of a decision was read: recorded with the decision, shown to the practitioner
in plain words, and corrected by them (stored, audited, the matcher run again), over HTTP
with real SQLite files, the real matcher and its classifiers."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from appdb.migrations import MIGRATIONS
from appdb.sqlite import SQLiteDatabase
from feedback.need_readings import (
    ABOUT_WORDS,
    CONDITION_WORDS,
    ROLE_WORDS,
    ReadingChoice,
    change_words,
    corrected_facts,
    describe,
    known_categories,
)
from feedback.records import Suggestion, with_proposals
from feedback.store import FeedbackError, FeedbackStore, ReadingChange
from matching.reading import ABOUT, CONDITIONS, NONE, ROLES, NeedFacts
from tests.appdb.legacy import feedback_file
from tests.feedback.office import Clock, Office, decision_values, record, sign_in, stored

NEEDS = "Dad feeling low since losing his job\nRent arrears, eviction notice"


def _form(token: str, reading: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """The reading form as the page fills it for `reading`, with `changes`."""
    choice = ReadingChoice.of(reading)
    form: dict[str, Any] = {
        "csrf_token": token,
        "about": choice.about,
        "role": choice.role,
        "categories": list(choice.categories),
        "condition": choice.condition,
        "diagnosed": choice.diagnosed,
    }
    return form | changes


def _reading(office: Office, public_id: str, index: int) -> dict[str, Any]:
    reading = stored(office, public_id).need_outcomes[index]["reading"]
    assert isinstance(reading, dict)
    return reading


def _other_about(reading: dict[str, Any]) -> str:
    return "mother" if reading["about"] != "mother" else "father"


# Plain words


def test_every_value_the_matcher_reads_has_words_for_the_practitioner() -> None:
    assert set(ABOUT_WORDS) == set(ABOUT)
    assert set(ROLE_WORDS) == {NONE, *ROLES}
    assert set(CONDITION_WORDS) == {NONE, *CONDITIONS}
    assert "Domestic abuse" in known_categories() and len(known_categories()) > 20


def test_a_reading_in_plain_words() -> None:
    reading = {
        "about": "mother",
        "categories": ["Mental health, social and emotional support", "Domestic abuse"],
        "role": "harmed",
        "condition": None,
        "crisis": False,
    }
    assert " · ".join(describe(reading)) == (
        "About: a mother · Mental health, social and emotional support; Domestic abuse · "
        "Role: someone harmed"
    )
    child = {"about": "child", "child_age": 7, "categories": [], "condition": "autism"}
    assert describe(child | {"diagnosed": False, "crisis": True}) == [
        "About: a child aged 7",
        "No category",
        "Condition: autism, not diagnosed",
        "Signals immediate risk",
    ]
    van = {"about": "father", "categories": ["Money, benefits and housing"], "outside": True}
    assert describe(van)[-1] == "Asks for what early-help services do not offer"


def test_a_correction_keeps_earlier_confirmations_and_sets_only_what_changed() -> None:
    before = ReadingChoice("mother", NONE, ("Parenting support",), NONE, "no")
    after = replace(before, about="father", diagnosed="yes")
    assert change_words(before, after) == "about: mother -> father; diagnosed: no -> yes"
    facts = corrected_facts(NeedFacts(role="harmed"), before, after)
    assert facts == NeedFacts(about="father", role="harmed", diagnosed=True)
    same_categories = replace(before, categories=("Parenting support",))
    assert change_words(before, same_categories) == ""


def test_proposals_replace_the_matchers_own_and_keep_hand_added_services_and_notes() -> None:
    current = [
        Suggestion("a", "A", "Ask for Jo.", "matcher", "sam", "2026-11-23T09:00:00Z"),
        Suggestion("b", "B"),
        Suggestion("c", "C", "", "sam"),
    ]
    proposed = [Suggestion("d", "D"), Suggestion("a", "A")]
    assert with_proposals(current, proposed) == [Suggestion("d", "D"), current[0], current[2]]


# Recorded with the decision and shown


async def test_recording_a_decision_stores_and_shows_how_each_need_was_read(
    office: Office,
) -> None:
    token = await sign_in(office.http, "sam")
    public_id = await record(office, token, needs=NEEDS)
    decision = stored(office, public_id)
    assert [o["need"] for o in decision.need_outcomes] == list(decision.needs)
    for outcome in decision.need_outcomes:
        reading = outcome["reading"]
        assert isinstance(reading, dict)
        assert reading["about"] in ABOUT and reading["confirmed"] == []
        assert reading["categories"] == outcome["categories"]
    assert decision.need_facts == ()
    page = await office.http.get(f"/staff/decisions/{public_id}")
    assert page.status_code == 200
    shown = re.findall(r"How it was read: About: ([^<]+)</p>", page.text)
    assert len(shown) == 2
    first = _reading(office, public_id, 0)
    assert shown[0].startswith(" · ".join(describe(first))[len("About: ") :])
    assert page.text.count("Change how this need was read") == 2
    assert 'action="/staff/decisions/' + public_id + '/needs/2/reading"' in page.text


async def test_a_correction_is_stored_audited_and_the_matcher_proposes_again(
    office: Office,
) -> None:
    token = await sign_in(office.http, "sam")
    public_id = await record(office, token, needs=NEEDS)
    decision = stored(office, public_id)
    hand_added = next(
        s.id
        for s in office.feedback.directory.iter_services()
        if s.id not in {x.service_id for x in decision.suggestions}
    )
    added = await office.http.post(
        f"/staff/decisions/{public_id}/suggestions",
        data={"csrf_token": token, "action": "add", "service_id": hand_added},
    )
    assert added.status_code == 303
    before = _reading(office, public_id, 1)
    about = _other_about(before)
    categories = ["Debt and welfare advice", "Money, benefits and housing"]
    response = await office.http.post(
        f"/staff/decisions/{public_id}/needs/2/reading",
        data=_form(token, before, about=about, categories=categories),
    )
    assert response.status_code == 303, response.text[:2000]
    assert response.headers["location"].endswith("#need-2")
    after = stored(office, public_id)
    assert after.need_facts == (None, NeedFacts(about=about, categories=tuple(categories)))
    reading = _reading(office, public_id, 1)
    assert reading["about"] == about and reading["categories"] == categories
    assert sorted(reading["confirmed"]) == ["about", "categories"]
    assert _reading(office, public_id, 0)["confirmed"] == []
    assert hand_added in [s.service_id for s in after.suggestions]
    trail = office.feedback.store.audit(after.id)
    changed = next(a for a in trail if a.action == "changed how need 2 was read")
    assert changed.who == "sam"
    assert changed.detail.startswith(f"about: {ABOUT_WORDS[before['about']]} -> {about}; ")
    assert trail[-1].who == "matcher" and trail[-1].action == "proposed suggestions"
    page = await office.http.get(f"/staff/decisions/{public_id}")
    assert f"How it was read: About: {describe(reading)[0][len('About: ') :]}" in page.text
    assert "Confirmed by a practitioner: about, categories" in page.text

    # A later correction of another field keeps what was confirmed before.
    response = await office.http.post(
        f"/staff/decisions/{public_id}/needs/2/reading",
        data=_form(token, reading, role="conflict"),
    )
    assert response.status_code == 303
    facts = stored(office, public_id).need_facts[1]
    assert facts == NeedFacts(about=about, role="conflict", categories=tuple(categories))


async def test_saving_the_reading_as_it_is_stores_nothing(office: Office) -> None:
    token = await sign_in(office.http, "sam")
    public_id = await record(office, token, needs=NEEDS)
    before = stored(office, public_id)
    trail = len(office.feedback.store.audit(before.id))
    response = await office.http.post(
        f"/staff/decisions/{public_id}/needs/1/reading",
        data=_form(token, _reading(office, public_id, 0)),
    )
    assert response.status_code == 303
    assert stored(office, public_id) == before
    assert len(office.feedback.store.audit(before.id)) == trail


BAD_READINGS = [
    ({"about": "grandmother"}, "about-2", "Select who need 2 is about"),
    ({"about": "father" * 2000}, "about-2", "Select who need 2 is about"),
    ({"role": "perpetrator"}, "role-2", "Select the role in harm in need 2"),
    ({"categories": ["Yacht repair"]}, "categories-2", "from the list"),
    ({"categories": ["Domestic abuse" * 400]}, "categories-2", "from the list"),
    ({"categories": []}, "categories-2", "Select 1 to 5 categories for need 2"),
    ({"categories": list(known_categories()[:6])}, "categories-2", "Select 1 to 5"),
    ({"condition": "flu"}, "condition-2", "condition in need 2"),
    ({"diagnosed": "maybe"}, "diagnosed-2", "diagnosed"),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD_READINGS)
async def test_bad_input_is_refused_naming_the_field_and_nothing_is_stored(
    office: Office, changes: dict[str, Any], field: str, message: str
) -> None:
    token = await sign_in(office.http, "sam")
    public_id = await record(office, token, needs=NEEDS)
    before = stored(office, public_id)
    trail = office.feedback.store.audit(before.id)
    typed = {"about": "couple"} if "about" not in changes else {}
    response = await office.http.post(
        f"/staff/decisions/{public_id}/needs/2/reading",
        data=_form(token, _reading(office, public_id, 1), **typed, **changes),
    )
    assert response.status_code == 400
    assert f'href="#{field}"' in response.text
    assert message in response.text
    assert '<details class="govuk-details" open>' in response.text.replace("\n", "")
    form = response.text.split('/needs/2/reading"', 1)[1].split("</form>", 1)[0]
    assert form.count("govuk-form-group--error") == 1  # only the field in error is marked
    if typed:  # what was typed in the other fields is shown back
        assert re.search(r'<option value="couple"\s+selected', form)
    assert stored(office, public_id) == before
    assert office.feedback.store.audit(before.id) == trail


async def test_a_reading_change_needs_the_forms_token_and_an_editable_letter(
    office: Office,
) -> None:
    token = await sign_in(office.http, "sam")
    public_id = await record(office, token, needs=NEEDS)
    reading = _reading(office, public_id, 0)
    path = f"/staff/decisions/{public_id}/needs/1/reading"
    changed = _form(token, reading, about=_other_about(reading))
    forged = await office.http.post(path, data=changed | {"csrf_token": "x" * 43})
    assert forged.status_code == 403
    for number in ("0", "3", "99999", "1x", "%C2%B9"):
        missing = await office.http.post(
            f"/staff/decisions/{public_id}/needs/{number}/reading", data=changed
        )
        assert missing.status_code == 404, number
    assert stored(office, public_id).need_facts == ()
    sent = await office.http.post(f"/staff/decisions/{public_id}/send", data={"csrf_token": token})
    assert sent.status_code == 303
    late = await office.http.post(path, data=changed)
    assert late.status_code == 409
    assert stored(office, public_id).need_facts == ()
    page = await office.http.get(f"/staff/decisions/{public_id}")
    assert "How it was read: About:" in page.text
    assert "Change how this need was read" not in page.text


def test_a_correction_made_on_an_out_of_date_reading_is_refused(tmp_path: Path) -> None:
    store = FeedbackStore(SQLiteDatabase(tmp_path / "app.db"))
    values = decision_values() | {"needs": ("Dad low", "Rent arrears")}
    decision_id = store.create(values, "sam", [Suggestion("s1", "One")])

    def change(facts: NeedFacts, expected: tuple[NeedFacts | None, ...], index: int = 0) -> None:
        store.change_reading(
            decision_id,
            ReadingChange(
                index=index,
                need=values["needs"][index],  # type: ignore[index]
                facts=facts,
                expected=expected,
                outcomes=[],
                la_code="",
                proposed=[Suggestion("s2", "Two")],
                detail="about: mother -> father",
            ),
            "sam",
        )

    change(NeedFacts(about="father"), ())
    decision = store.require(decision_id)
    assert decision.need_facts == (NeedFacts(about="father"), None)
    assert [s.service_id for s in decision.suggestions] == ["s2"]
    with pytest.raises(FeedbackError, match="someone changed"):
        change(NeedFacts(about="parent"), (), index=1)  # made before the first change
    assert store.require(decision_id) == decision
    change(NeedFacts(about="parent"), decision.need_facts, index=1)
    assert store.require(decision_id).need_facts == (
        NeedFacts(about="father"),
        NeedFacts(about="parent"),
    )


def test_purge_removes_what_practitioners_confirmed(tmp_path: Path) -> None:
    clock = Clock()
    store = FeedbackStore(SQLiteDatabase(tmp_path / "app.db"), clock=clock)
    decision_id = store.create(decision_values(), "sam", [])
    change = ReadingChange(0, "n", NeedFacts(about="father"), (), [], "", [], "about")
    store.change_reading(decision_id, change, "sam")
    clock.now += timedelta(days=800)
    store.purge(timedelta(days=730))
    with sqlite3.connect(tmp_path / "app.db") as db:
        assert db.execute("SELECT count(*) FROM decision_need_facts").fetchone() == (0,)


# Decisions recorded before readings were kept


def _legacy_file(path: Path) -> None:
    """A file as the version before readings were kept made it, with one draft decision."""
    db = feedback_file(path, steps=3)
    fields = {
        **{k: str(v) for k, v in decision_values("OLD-7").items() if k != "needs"},
        "referrer_role": "Class teacher",
        "language": "",
        "interpreter": False,
        "consent": "yes",
        "message": "",
        "decided_on": str(date(2026, 11, 20)),
        "needs": ["Dad feeling low since losing his job"],
        "child_ages": [6],
        "postcode": "BA2 3AB",
        "need_outcomes": [
            {
                "need": "Dad feeling low since losing his job",
                "categories": ["Mental health, social and emotional support"],
                "matched": True,
            }
        ],
        "la_code": "E06000022",
    }
    db.execute(
        "INSERT INTO decisions (id, reference, fields, status, created_by, created_at, "
        "public_id) VALUES (1, 'OLD-7', ?, 'draft', 'sam', '2026-11-20T09:00:00Z', ?)",
        (json.dumps(fields), "legacyDecision01"),
    )
    db.execute(
        "INSERT INTO decision_suggestions VALUES (1, 0, 's1', 'Old suggestion', 'Call first.', "
        "'sam', 'sam', '2026-11-20T09:05:00Z')"
    )
    db.commit()
    db.close()


async def test_a_decision_recorded_before_readings_were_kept_opens_and_can_be_corrected(
    tmp_path: Path, office: Office
) -> None:
    path = tmp_path / "legacy.db"
    _legacy_file(path)
    store = FeedbackStore(SQLiteDatabase(path), clock=office.clock)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT version FROM app_schema").fetchone() == (len(MIGRATIONS),)
    old = store.require(1)
    assert old.need_facts == () and "reading" not in old.need_outcomes[0]
    office.app.state.feedback = replace(office.feedback, store=store)
    token = await sign_in(office.http, "sam")
    page = await office.http.get("/staff/decisions/legacyDecision01")
    assert page.status_code == 200
    assert "(read now: this decision was recorded before readings were kept)" in page.text
    assert "Local service found" in page.text and "Old suggestion" in page.text
    reading = office.feedback.readings(old)[0]
    assert reading is not None
    about = _other_about(reading)
    response = await office.http.post(
        "/staff/decisions/legacyDecision01/needs/1/reading",
        data=_form(token, reading, about=about),
    )
    assert response.status_code == 303, response.text[:2000]
    corrected = store.require(1)
    assert corrected.need_facts == (NeedFacts(about=about),)
    assert corrected.need_outcomes[0]["reading"]["about"] == about  # type: ignore[index]
    assert "Old suggestion" in [s.service_name for s in corrected.suggestions]  # added by sam
    page = await office.http.get("/staff/decisions/legacyDecision01")
    assert "read now" not in page.text
