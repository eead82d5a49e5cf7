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

from directory.edits import ListingEdits
from directory.quality_log import QualityLog
from directory.records import FLAGS_TAXONOMY, STATUSES, Service
from directory.reports import PROBLEMS, ReportQueue
from directory.safe_values import WEB_SCHEMES, checked_link
from directory.store import ServiceStore
from ingest.importer import Importer
from ingest.json_source import SourceRecord
from matching.eligibility import EligibilityReader, Extracted
from matching.engine import Matcher
from matching.fact_words import CONFIRMED_KEY, REJECTED_KEY, fact_words, uncertain_facts
from matching.rules import (
    HARM_PROGRAMME_FLAG,
    MEN_ONLY_FLAG,
    SURVIVORS_ONLY_FLAG,
    WOMEN_ONLY_FLAG,
)
from matching.tagging import SuggestedTag, suggest_tags
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
    return [s for s in suggest_tags(vector, index.categories) if s.term.id not in rejected]


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
    """What the editor typed in the form's text and age fields, to show again with errors."""
    names = [field for field, _label in TEXT_FIELDS] + ["minimum_age", "maximum_age"]
    return {name: str(form.get(name, "")) for name in names}


def _parse_changes(form: FormData, stored: Service) -> tuple[dict[str, Any], dict[str, str]]:
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
    return changes, errors


async def edit_listing(request: Request) -> Response:
    account = await require(request, EDITOR)
    editing = _editing(request)
    store: ServiceStore = request.app.state.store
    service_id = request.path_params["service_id"]
    stored = await run_in_threadpool(store.get, service_id)
    if stored is None:
        raise HTTPException(404, "There is no listing at this address.")
    errors: dict[str, str] = {}
    typed: dict[str, str] = {}
    saved = request.query_params.get("saved") == "1"
    if request.method == "POST":
        form = await csrf.checked_form(request)
        changes, errors = _parse_changes(form, stored.service)
        typed = typed_values(form)
        if not errors:
            if changes:
                await run_in_threadpool(
                    _save_sync, editing, store, service_id, changes, account.username
                )
            return RedirectResponse(f"/staff/listings/{service_id}/edit?saved=1", 303)
    stored = await run_in_threadpool(store.get, service_id)
    assert stored is not None
    return render(
        request,
        "staff/edit_listing.html",
        {
            "service": stored.service,
            "record": stored.record,
            "typed": typed if errors else {},
            "errors": errors,
            "error_list": [{"text": m, "href": f"#{f}"} for f, m in errors.items()],
            "saved": saved,
            "text_fields": TEXT_FIELDS,
            "status_items": [
                {"value": s, "text": s, "selected": s == stored.service.status} for s in STATUSES
            ],
            "changes": await run_in_threadpool(editing.edits.changes, service_id),
            "conflicts": await run_in_threadpool(editing.edits.conflicts, service_id),
            "pending": pending_eligibility(editing, stored.service),
            "doubtful": [(f, fact_words(f)) for f in uncertain_facts(stored.service)],
            "confirmed": confirmed_eligibility(stored.service),
            "tags": await run_in_threadpool(tag_suggestions, editing, store, stored.service),
        },
        400 if errors else 200,
    )


def _save_sync(
    editing: Editing, store: ServiceStore, service_id: str, changes: dict[str, Any], who: str
) -> None:
    stored = store.get(service_id)
    if stored is None:
        raise HTTPException(404, "There is no listing at this address.")
    try:
        updated = editing.edits.set(service_id, stored.source, changes, who)
    except ValueError as error:
        raise HTTPException(400, str(error)) from None
    summary = editing.importer.run([SourceRecord(stored.source_name, f"edited by {who}", updated)])
    if summary.rejected:
        raise HTTPException(400, "; ".join(p.message for p in summary.errors))


async def checked_today(request: Request) -> Response:
    account = await require(request, EDITOR)
    editing = _editing(request)
    await csrf.checked_form(request)
    service_id = request.path_params["service_id"]
    today = editing.edits.now().date().isoformat()
    await run_in_threadpool(
        _save_sync,
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
            attribute = {
                "id": f"{service_id}-tag-{term.id}",
                "link_id": service_id,
                "link_type": "taxonomy",
                "link_entity": "service",
                "taxonomy_term_id": term.id,
                "taxonomy_term": {
                    "id": term.id,
                    "name": term.name,
                    "code": term.code,
                    "taxonomy": term.taxonomy,
                    "parent_id": term.parent_id,
                },
            }
            changes = {"attributes": [*(record.get("attributes") or []), attribute]}
        else:
            rejected = [*(record.get("earlyhelp_rejected_tags") or []), term.id]
            changes = {"earlyhelp_rejected_tags": rejected}
    else:
        raise HTTPException(400, "There is no such kind of suggestion.")
    await run_in_threadpool(_save_sync, editing, store, service_id, changes, account.username)
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
    await require(request, EDITOR)
    await csrf.checked_form(request)
    reports: ReportQueue | None = request.app.state.reports
    try:
        report_id = int(request.path_params["report_id"])
    except ValueError:
        raise HTTPException(404, "There is no such report.") from None
    if reports is None or not await run_in_threadpool(reports.resolve, report_id):
        raise HTTPException(404, "There is no such report waiting.")
    return RedirectResponse("/staff/editor", 303)
