"""The directory editors' workspace: the queue of what needs attention, editing a listing
(every change logged), "checked today", and confirming suggested tags and eligibility."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from directory.areas import default_councils
from directory.change_log import change_words
from directory.edits import ListingEdits
from directory.listing_form import COSTS, ListingForm, category_attribute, language_lookup
from directory.opening_times import DAY_NAMES
from directory.quality_log import QualityLog
from directory.records import FLAGS_TAXONOMY, STATUSES, Service
from directory.reports import PROBLEMS, ListingReport, ReportQueue
from directory.safe_values import WEB_SCHEMES, checked_link
from directory.store import ServiceStore
from ingest.importer import Importer
from ingest.json_source import SourceRecord
from matching.eligibility import EligibilityReader, Extracted
from matching.engine import Matcher
from matching.fact_words import CONFIRMED_KEY, REJECTED_KEY, fact_words, uncertain_facts
from matching.reasons import language_names
from matching.rules import (
    HARM_PROGRAMME_FLAG,
    MEN_ONLY_FLAG,
    SURVIVORS_ONLY_FLAG,
    WOMEN_ONLY_FLAG,
)
from matching.suggested_tags import SHOWN_FROM, shown_tags
from matching.tagging import SuggestedTag
from staff.accounts import EDITOR
from web import csrf
from web.public import render
from web.staff_pages import require

QUEUE_LIMIT = 50
STALE = timedelta(days=365)
TEXT_FIELDS = (
    ("name", "Name"),
    ("description", "Description"),
    ("eligibility_description", "Who it is for"),
    ("application_process", "How to get it"),
    ("fees_description", "Cost"),
    ("url", "Website"),
    ("email", "Email"),
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Editing:
    """The editors' collaborators: their records, an importer that writes edited listings
    through validation and embedding, and the readers of suggested tags and eligibility."""

    edits: ListingEdits
    importer: Importer
    eligibility: EligibilityReader
    matcher: Matcher | None
    quality: QualityLog | None = None
    #: The lowest confidence of a suggested category shown (measured for the app's model).
    tags_shown_from: float = SHOWN_FROM


def _editing(request: Request) -> Editing:
    found: Editing | None = request.app.state.editing
    if found is None:
        raise HTTPException(404, "There is no page at this address.")
    return found


#: Confirmed eligibility that the matcher's hard rules act on, as the flag each becomes.
RULE_FLAGS = {
    ("gender", "female"): WOMEN_ONLY_FLAG,
    ("gender", "male"): MEN_ONLY_FLAG,
    ("survivors", "yes"): SURVIVORS_ONLY_FLAG,
    ("harm", "yes"): HARM_PROGRAMME_FLAG,
}


def _flag(service_id: str, code: str) -> dict[str, Any]:
    return {
        "id": f"{service_id}-flag-{code}",
        "link_id": service_id,
        "link_type": "taxonomy",
        "link_entity": "service",
        "taxonomy_term": {
            "id": f"earlyhelp-flag-{code}",
            "code": code,
            "name": code,
            "taxonomy": FLAGS_TAXONOMY,
        },
    }


def confirmed_eligibility(service: Service) -> list[dict[str, str]]:
    found = service.record.get("earlyhelp_eligibility")
    return list(found) if isinstance(found, list) else []


def pending_eligibility(editing: Editing, service: Service) -> list[Extracted]:
    """Fields read from the listing's prose that no editor has confirmed or rejected."""
    decided = {(e.get("field"), e.get("value")) for e in confirmed_eligibility(service)}
    return [e for e in editing.eligibility.read(service) if (e.field, e.value) not in decided]


def tag_suggestions(editing: Editing, store: ServiceStore, service: Service) -> list[SuggestedTag]:
    if service.categories or editing.matcher is None:
        return []
    rejected = {
        str(t) for t in service.record.get("earlyhelp_rejected_tags") or [] if isinstance(t, str)
    }
    index = editing.matcher.index()
    position = index.position.get(service.id)
    if position is None:
        return []
    vector = index.vectors[position]
    if not np.any(vector):
        return []
    found = shown_tags(vector, index.categories, editing.tags_shown_from)
    return [s for s in found if s.term.id not in rejected]


def _queue(editing: Editing, store: ServiceStore, reports: ReportQueue | None) -> dict[str, Any]:
    today = editing.edits.now().date()
    stale: list[Service] = []
    untagged: list[tuple[Service, list[SuggestedTag]]] = []
    unconfirmed: list[tuple[Service, list[Extracted]]] = []
    doubtful: list[tuple[Service, list[str]]] = []
    for service in store.iter_services():
        if not service.is_active:
            continue
        full = store.get(service.id)
        listing = full.service if full else service
        if listing.assured_date is None or today - listing.assured_date > STALE:
            stale.append(listing)
        tags = tag_suggestions(editing, store, listing)
        if tags:
            untagged.append((listing, tags))
        pending = pending_eligibility(editing, listing)
        if pending:
            unconfirmed.append((listing, pending))
        unsure = uncertain_facts(listing)
        if unsure:
            doubtful.append((listing, [fact_words(f) for f in unsure]))
    warned = []
    for service_id, count, message in (
        editing.quality.listings(QUEUE_LIMIT) if editing.quality else []
    ):
        found = store.get(service_id)
        if found is not None:
            warned.append((found.service, count, message))
    return {
        "warned": warned,
        "reports": reports.waiting()[:QUEUE_LIMIT] if reports else [],
        "conflicts": editing.edits.conflicts()[:QUEUE_LIMIT],
        "stale": stale[:QUEUE_LIMIT],
        "stale_total": len(stale),
        "untagged": untagged[:QUEUE_LIMIT],
        "untagged_total": len(untagged),
        "unconfirmed": unconfirmed[:QUEUE_LIMIT],
        "unconfirmed_total": len(unconfirmed),
        "doubtful": doubtful[:QUEUE_LIMIT],
        "doubtful_total": len(doubtful),
    }


async def editor_queue(request: Request) -> Response:
    account = await require(request, EDITOR)
    editing = _editing(request)
    queue = await run_in_threadpool(
        _queue, editing, request.app.state.store, request.app.state.reports
    )
    return render(
        request, "staff/editor_queue.html", {"account": account, "problems": PROBLEMS, **queue}
    )


def _text_field(field: str, typed: str) -> tuple[str, str | None]:
    """A text field's value as stored (a website given https:// when it has no scheme) and
    the error to show, if any. A website must be an http(s) address: anything else
    (javascript:, data:) would run as script where the listing links to it."""
    value = typed.strip()
    if field == "name" and not value:
        return value, "Enter the service's name"
    if field == "email" and value and not _EMAIL.match(value):
        return value, "Enter an email address like name@example.com, or leave it empty"
    if field == "url" and value:
        link = checked_link(value, WEB_SCHEMES)
        if link is None:
            return value, (
                "Enter a website address starting with https:// or http://, like "
                "https://www.example.org, or leave it empty"
            )
        return link, None
    return value, None


def typed_values(form: FormData) -> dict[str, str]:
    """What the editor typed in every field of the form (the first value of each), to show
    again with errors."""
    return {name: str(value) for name, value in form.multi_items() if name != "csrf_token"}


def _typed_lists(form: FormData) -> dict[str, list[str]]:
    """Every field of the form with all its values (a group of checkboxes sends several)."""
    found: dict[str, list[str]] = {}
    for name, value in form.multi_items():
        found.setdefault(name, []).append(str(value))
    return found


def _listing_form(request: Request, editing: Editing) -> ListingForm:
    """The form's reader of phones, places, times, languages, categories, areas and cost."""
    names = language_names()
    index = editing.matcher.index() if editing.matcher else None
    return ListingForm(
        postcodes=request.app.state.postcodes,
        councils=default_councils(),
        languages=language_lookup(names),
        language_names=names,
        categories=index.categories.terms if index else (),
    )


def _parse_changes(
    form: FormData, stored: Service, source: dict[str, Any], parts: ListingForm
) -> tuple[dict[str, Any], dict[str, str]]:
    changes: dict[str, Any] = {}
    errors: dict[str, str] = {}
    record = stored.record
    for field, _label in TEXT_FIELDS:
        value, error = _text_field(field, str(form.get(field, "")))
        if error:
            errors[field] = error
        elif value != str(record.get(field) or ""):
            changes[field] = value
    for field in ("minimum_age", "maximum_age"):
        text = str(form.get(field, "")).strip()
        age: int | None = None
        if text and not (text.isdigit() and int(text) <= 130):
            errors[field] = "Enter an age from 0 to 130, or leave it empty"
            continue
        if text:
            age = int(text)
        if age != record.get(field):
            changes[field] = age
    low, high = (
        changes.get("minimum_age", record.get("minimum_age")),
        changes.get("maximum_age", record.get("maximum_age")),
    )
    if isinstance(low, int) and isinstance(high, int) and low > high:
        errors["minimum_age"] = "The lowest age must not be above the highest"
    status = str(form.get("status", ""))
    if status not in STATUSES:
        errors["status"] = "Select the status"
    elif status != record.get("status"):
        changes["status"] = status
    more, problems = parts.changes(stored.id, source, _typed_lists(form))
    changes.update(more)
    errors.update(problems)
    return changes, errors


#: Where in the form each part of a listing the importer checks is edited.
_FORM_FIELD_OF = (
    (re.compile(r"^phones\[(\d+)\]"), "phone-{0}"),
    (re.compile(r"^contacts\[(\d+)\]\.email"), "contact-{0}-email"),
    (re.compile(r"^contacts\[(\d+)\]\.phones\[(\d+)\]"), "contact-{0}-phone-{1}"),
    (
        re.compile(r"^service_at_locations\[(\d+)\]\.location\.(?:latitude|longitude)"),
        "location-{0}-latitude",
    ),
    (re.compile(r"^service_at_locations\[(\d+)\]"), "location-{0}-postal_code"),
    (re.compile(r"^schedules\[(\d+)\]"), "schedule-{0}-description"),
    (re.compile(r"^languages"), "languages"),
    (re.compile(r"^service_areas"), "service_areas"),
    (re.compile(r"^cost_options"), "cost"),
    (re.compile(r"^(minimum_age|maximum_age|name|description|email|url|status)\b"), "{0}"),
)


def form_field_of(path: str) -> str:
    """The form field where the editor fixes the record's field at `path` (the importer's
    way of naming it); the name field when no part of the form holds it."""
    for pattern, field in _FORM_FIELD_OF:
        found = pattern.match(path)
        if found:
            return field.format(*found.groups())
    return "name"


async def edit_listing(request: Request) -> Response:
    account = await require(request, EDITOR)
    editing = _editing(request)
    store: ServiceStore = request.app.state.store
    service_id = request.path_params["service_id"]
    stored = await run_in_threadpool(store.get, service_id)
    if stored is None:
        raise HTTPException(404, "There is no listing at this address.")
    parts = await run_in_threadpool(_listing_form, request, editing)
    errors: dict[str, str] = {}
    typed: dict[str, str] = {}
    typed_lists: dict[str, list[str]] = {}
    saved = request.query_params.get("saved") == "1"
    if request.method == "POST":
        form = await csrf.checked_form(request)
        changes, errors = _parse_changes(form, stored.service, stored.source, parts)
        typed, typed_lists = typed_values(form), _typed_lists(form)
        if not errors and changes:
            errors = await run_in_threadpool(
                _save_sync, editing, store, service_id, changes, account.username
            )
        if not errors:
            return RedirectResponse(f"/staff/listings/{service_id}/edit?saved=1", 303)
    stored = await run_in_threadpool(store.get, service_id)
    assert stored is not None
    reports: ReportQueue | None = request.app.state.reports
    return render(
        request,
        "staff/edit_listing.html",
        {
            "account": account,
            "service": stored.service,
            "record": stored.record,
            "parts": parts.shown(stored.source),
            "typed": typed if errors else {},
            "typed_lists": typed_lists if errors else {},
            "errors": errors,
            "error_list": [{"text": m, "href": f"#{f}"} for f, m in errors.items()],
            "saved": saved,
            "text_fields": TEXT_FIELDS,
            "day_names": DAY_NAMES,
            "costs": COSTS,
            "status_items": [
                {
                    "value": s,
                    "text": s,
                    "selected": s == (typed.get("status") if errors else stored.service.status),
                }
                for s in STATUSES
            ],
            "changes": await run_in_threadpool(_change_lines, editing, service_id),
            "conflicts": await run_in_threadpool(editing.edits.conflicts, service_id),
            "reports": await run_in_threadpool(reports.about, service_id) if reports else [],
            "problems": PROBLEMS,
            "pending": pending_eligibility(editing, stored.service),
            "doubtful": [(f, fact_words(f)) for f in uncertain_facts(stored.service)],
            "confirmed": confirmed_eligibility(stored.service),
            "tags": await run_in_threadpool(tag_suggestions, editing, store, stored.service),
            "shown_from": editing.tags_shown_from,
        },
        400 if errors else 200,
    )


def _change_lines(editing: Editing, service_id: str) -> list[dict[str, str]]:
    """The listing's change log, latest first, each change in words."""
    return [
        {
            "at": str(c["last_action_date"]),
            "who": str(c["updated_by"]),
            "action": str(c["last_action_type"]),
            "words": change_words(
                str(c["field_name"]), str(c["previous_value"]), str(c["replacement_value"])
            ),
        }
        for c in reversed(editing.edits.changes(service_id))
    ]


def _save_sync(
    editing: Editing, store: ServiceStore, service_id: str, changes: dict[str, Any], who: str
) -> dict[str, str]:
    """Save an editor's changes through the importer's validation, or say what is wrong by
    form field (nothing is recorded then): the record as changed is checked first (a dry
    run), and only if the importer takes it is the change recorded and imported."""
    stored = store.get(service_id)
    if stored is None:
        raise HTTPException(404, "There is no listing at this address.")
    updated = dict(stored.source) | changes
    record = SourceRecord(stored.source_name, f"edited by {who}", updated)
    checked = editing.importer.run([record], dry_run=True)
    if checked.rejected:
        found: dict[str, str] = {}
        for problem in checked.errors:
            found.setdefault(form_field_of(problem.field), f"{problem.field}: {problem.message}")
        return found
    try:
        updated = editing.edits.set(service_id, stored.source, changes, who)
    except ValueError as error:
        return {"url": str(error)}
    summary = editing.importer.run([SourceRecord(stored.source_name, f"edited by {who}", updated)])
    if summary.rejected:
        raise HTTPException(400, "; ".join(p.message for p in summary.errors))
    return {}


def _save_or_refuse(
    editing: Editing, store: ServiceStore, service_id: str, changes: dict[str, Any], who: str
) -> None:
    """Save changes made by a button (not typed), or refuse them with a 400."""
    errors = _save_sync(editing, store, service_id, changes, who)
    if errors:
        raise HTTPException(400, "; ".join(errors.values()))


async def checked_today(request: Request) -> Response:
    account = await require(request, EDITOR)
    editing = _editing(request)
    await csrf.checked_form(request)
    service_id = request.path_params["service_id"]
    today = editing.edits.now().date().isoformat()
    await run_in_threadpool(
        _save_or_refuse,
        editing,
        request.app.state.store,
        service_id,
        {"assured_date": today},
        account.username,
    )
    return RedirectResponse(f"/staff/listings/{service_id}/edit?saved=1", 303)


async def decide_suggestion(request: Request) -> Response:
    account = await require(request, EDITOR)
    editing = _editing(request)
    store: ServiceStore = request.app.state.store
    form = await csrf.checked_form(request)
    service_id = request.path_params["service_id"]
    stored = await run_in_threadpool(store.get, service_id)
    if stored is None:
        raise HTTPException(404, "There is no listing at this address.")
    record = stored.source
    kind, decision = str(form.get("kind", "")), str(form.get("decision", ""))
    if decision not in ("confirm", "reject"):
        raise HTTPException(400, "Choose to confirm or reject the suggestion.")
    changes: dict[str, Any]
    if kind == "eligibility":
        entry = {
            "field": str(form.get("field", "")),
            "value": str(form.get("value", "")),
            "sentence": str(form.get("sentence", ""))[:500],
            "confirmed": decision == "confirm",
            "by": account.username,
            "on": date.today().isoformat(),
        }
        changes = {"earlyhelp_eligibility": [*confirmed_eligibility(stored.service), entry]}
        rule = RULE_FLAGS.get((str(entry["field"]), str(entry["value"])))
        if rule and entry["confirmed"]:
            # A confirmed field the matcher's hard rules use becomes one of its flags.
            changes["attributes"] = [*(record.get("attributes") or []), _flag(service_id, rule)]
    elif kind == "fact":
        fact = str(form.get("fact", ""))
        if fact not in uncertain_facts(stored.service):
            raise HTTPException(400, "That is not an undecided reading of this listing.")
        key = CONFIRMED_KEY if decision == "confirm" else REJECTED_KEY
        changes = {key: [*(record.get(key) or []), fact]}
    elif kind == "tag":
        term_id = str(form.get("term_id", ""))
        index = editing.matcher.index() if editing.matcher else None
        term = next((t for t in index.categories.terms if t.id == term_id), None) if index else None
        if term is None:
            raise HTTPException(400, "That category is not in the directory.")
        if decision == "confirm":
            attribute = category_attribute(service_id, term)
            changes = {"attributes": [*(record.get("attributes") or []), attribute]}
        else:
            rejected = [*(record.get("earlyhelp_rejected_tags") or []), term.id]
            changes = {"earlyhelp_rejected_tags": rejected}
    else:
        raise HTTPException(400, "There is no such kind of suggestion.")
    await run_in_threadpool(_save_or_refuse, editing, store, service_id, changes, account.username)
    return RedirectResponse(f"/staff/listings/{service_id}/edit?saved=1", 303)


async def resolve_conflict(request: Request) -> Response:
    account = await require(request, EDITOR)
    editing = _editing(request)
    form = await csrf.checked_form(request)
    service_id = request.path_params["service_id"]
    try:
        conflict_id = int(str(form.get("conflict_id", "")))
    except ValueError:
        raise HTTPException(400, "Which conflict?") from None
    keep = form.get("choice") == "keep"
    conflict = await run_in_threadpool(editing.edits.resolve, conflict_id, keep, account.username)
    if conflict is None:
        raise HTTPException(404, "There is no such conflict waiting.")
    if not keep:
        store: ServiceStore = request.app.state.store
        stored = await run_in_threadpool(store.get, service_id)
        if stored is not None:
            source = dict(stored.source) | {conflict.field: conflict.feed_value}
            await run_in_threadpool(
                editing.importer.run,
                [
                    SourceRecord(
                        stored.source_name, f"conflict settled by {account.username}", source
                    )
                ],
            )
    return RedirectResponse(f"/staff/listings/{service_id}/edit?saved=1", 303)


async def report_done(request: Request) -> Response:
    account = await require(request, EDITOR)
    form = await csrf.checked_form(request)
    reports: ReportQueue | None = request.app.state.reports
    try:
        report_id = int(request.path_params["report_id"])
    except ValueError:
        raise HTTPException(404, "There is no such report.") from None
    if reports is None or not await run_in_threadpool(reports.resolve, report_id, account.username):
        raise HTTPException(404, "There is no such report waiting.")
    back = str(form.get("back", ""))
    # Only back to a listing's own edit page: never to an address given from outside.
    if back.startswith("/staff/listings/") and back.endswith("/edit") and "//" not in back:
        return RedirectResponse(f"{back}?saved=1", 303)
    return RedirectResponse("/staff/editor", 303)


@dataclass(frozen=True)
class DealtWith:
    """A report marked dealt with, and the changes editors made to its listing from the
    report until then, in words."""

    report: ListingReport
    changes: list[str]


def _dealt_with(editing: Editing | None, reports: ReportQueue) -> list[DealtWith]:
    out = []
    for report in reports.dealt_with(QUEUE_LIMIT):
        changes = editing.edits.changes(report.service_id) if editing else []
        made = [
            change_words(
                str(c["field_name"]), str(c["previous_value"]), str(c["replacement_value"])
            )
            + f" ({c['updated_by']})"
            for c in changes
            if report.created_at <= str(c["last_action_date"]) <= report.resolved_at
        ]
        out.append(DealtWith(report, made))
    return out


async def listing_reports(request: Request) -> Response:
    """The reports waiting, and those dealt with: who marked each, when, what was changed."""
    account = await require(request, EDITOR)
    reports: ReportQueue | None = request.app.state.reports
    editing: Editing | None = request.app.state.editing
    waiting = await run_in_threadpool(reports.waiting) if reports else []
    dealt = await run_in_threadpool(_dealt_with, editing, reports) if reports else []
    staff = request.app.state.staff
    names: dict[str, str] = {}
    for username in {d.report.resolved_by for d in dealt if d.report.resolved_by}:
        found = await run_in_threadpool(staff.accounts.get, username) if staff else None
        names[username] = f"{found.display_name} ({username})" if found else username
    return render(
        request,
        "staff/reports.html",
        {
            "account": account,
            "reports": waiting,
            "dealt": dealt,
            "names": names,
            "problems": PROBLEMS,
        },
    )
