"""The directory editors' work, without the web: the queue of what needs attention, checking
and saving an editor's changes to a listing (through the importer's validation, every change
logged), confirming or rejecting what was read from a listing, and settling conflicts with
the feed. `web/editor_pages.py` turns requests into these calls and their answers into pages.

The queue reads the directory in batches (never all of it at once) and the suggested
categories come from the directory's category map, so on Elasticsearch no page holds the
whole directory in memory."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np

from directory.change_log import change_words
from directory.edits import ListingEdits
from directory.listing_form import ListingForm, category_attribute
from directory.quality_log import QualityLog
from directory.records import FLAGS_TAXONOMY, STATUSES, Service, TaxonomyTerm
from directory.reports import ListingReport, ReportQueue
from directory.safe_values import WEB_SCHEMES, checked_link
from directory.store import ServiceStore, StoredService
from ingest.importer import Importer
from ingest.json_source import SourceRecord
from matching.eligibility import EligibilityReader, Extracted
from matching.engine import Matcher
from matching.fact_words import CONFIRMED_KEY, REJECTED_KEY, fact_words, uncertain_facts
from matching.index import CategoryMap
from matching.rules import (
    HARM_PROGRAMME_FLAG,
    MEN_ONLY_FLAG,
    SURVIVORS_ONLY_FLAG,
    WOMEN_ONLY_FLAG,
)
from matching.suggested_tags import SHOWN_FROM, shown_tags
from matching.tagging import SuggestedTag

QUEUE_LIMIT = 50
#: How many listings the queue reads from the store at a time.
QUEUE_BATCH = 200
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


class EditingError(Exception):
    """An editor's request cannot be done; the message says why, in words for the editor."""


class ListingNotFound(EditingError):
    """There is no listing with that id (any more)."""


class EditRefused(EditingError):
    """The change cannot be made as asked (not valid, or not a choice on offer)."""


@dataclass(frozen=True)
class Editing:
    """The editors' collaborators: their records, an importer that writes edited listings
    through validation and embedding, and the readers of suggested tags and eligibility.

    `categories` gives the directory's category map (by default the matcher's index's: on
    Elasticsearch, pass the engine's, so no page builds an index of the whole directory)."""

    edits: ListingEdits
    importer: Importer
    eligibility: EligibilityReader
    matcher: Matcher | None
    quality: QualityLog | None = None
    #: The lowest confidence of a suggested category shown (measured for the app's model).
    tags_shown_from: float = SHOWN_FROM
    categories: Callable[[], CategoryMap] | None = field(default=None)

    def category_map(self) -> CategoryMap | None:
        """The directory's categories as of now, or None without a matcher to read them."""
        if self.categories is not None:
            return self.categories()
        return self.matcher.index().categories if self.matcher is not None else None

    def category_terms(self) -> tuple[TaxonomyTerm, ...]:
        """The directory's categories, for the form's choice of categories."""
        found = self.category_map()
        return found.terms if found is not None else ()


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


def tag_suggestions(
    editing: Editing, store: ServiceStore, service: Service, stored: StoredService | None = None
) -> list[SuggestedTag]:
    """The categories suggested for a listing that has none, from its stored embedding
    (read from the store unless `stored` carries it), less those an editor rejected."""
    if service.categories or editing.matcher is None:
        return []
    categories = editing.category_map()
    if categories is None or not categories.terms:
        return []
    if stored is None or stored.embedding is None:
        stored = store.get_many([service.id], embeddings=True).get(service.id)
    vector = stored.embedding if stored is not None else None
    if vector is None or vector.shape != (categories.vectors.shape[1],) or not np.any(vector):
        return []
    rejected = {
        str(t) for t in service.record.get("earlyhelp_rejected_tags") or [] if isinstance(t, str)
    }
    found = shown_tags(vector, categories, editing.tags_shown_from)
    return [s for s in found if s.term.id not in rejected]


def _batches(store: ServiceStore, size: int) -> Iterator[list[Service]]:
    batch: list[Service] = []
    for service in store.iter_services():
        batch.append(service)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class _Shortlist:
    """The first QUEUE_LIMIT of a list, and how many there are in all."""

    items: list[Any] = field(default_factory=list)
    total: int = 0

    def add(self, item: Any) -> None:
        self.total += 1
        if len(self.items) < QUEUE_LIMIT:
            self.items.append(item)


def work_queue(
    editing: Editing, store: ServiceStore, reports: ReportQueue | None
) -> dict[str, Any]:
    """What needs an editor's attention: listings the quality checks warned about, reports
    from the public, conflicts with feeds, listings not checked for a year, without a
    category, with eligibility or facts to confirm (the first QUEUE_LIMIT of each, and how
    many in all). The directory is read QUEUE_BATCH listings at a time."""
    today = editing.edits.now().date()
    stale, untagged, unconfirmed, doubtful = _Shortlist(), _Shortlist(), _Shortlist(), _Shortlist()
    for batch in _batches(store, QUEUE_BATCH):
        active = [service.id for service in batch if service.is_active]
        stored_by_id = store.get_many(active, embeddings=True)
        for service in batch:
            if not service.is_active:
                continue
            full = stored_by_id.get(service.id)
            listing = full.service if full else service
            if listing.assured_date is None or today - listing.assured_date > STALE:
                stale.add(listing)
            tags = tag_suggestions(editing, store, listing, full)
            if tags:
                untagged.add((listing, tags))
            pending = pending_eligibility(editing, listing)
            if pending:
                unconfirmed.add((listing, pending))
            unsure = uncertain_facts(listing)
            if unsure:
                doubtful.add((listing, [fact_words(f) for f in unsure]))
    warnings = editing.quality.listings(QUEUE_LIMIT) if editing.quality else []
    warned_services = store.get_many([service_id for service_id, _, _ in warnings])
    warned = [
        (warned_services[service_id].service, count, message)
        for service_id, count, message in warnings
        if service_id in warned_services
    ]
    return {
        "warned": warned,
        "reports": reports.waiting()[:QUEUE_LIMIT] if reports else [],
        "conflicts": editing.edits.conflicts()[:QUEUE_LIMIT],
        "stale": stale.items,
        "stale_total": stale.total,
        "untagged": untagged.items,
        "untagged_total": untagged.total,
        "unconfirmed": unconfirmed.items,
        "unconfirmed_total": unconfirmed.total,
        "doubtful": doubtful.items,
        "doubtful_total": doubtful.total,
    }


def text_field(field_name: str, typed: str) -> tuple[str, str | None]:
    """A text field's value as stored (a website given https:// when it has no scheme) and
    the error to show, if any. A website must be an http(s) address: anything else
    (javascript:, data:) would run as script where the listing links to it."""
    value = typed.strip()
    if field_name == "name" and not value:
        return value, "Enter the service's name"
    if field_name == "email" and value and not _EMAIL.match(value):
        return value, "Enter an email address like name@example.com, or leave it empty"
    if field_name == "url" and value:
        link = checked_link(value, WEB_SCHEMES)
        if link is None:
            return value, (
                "Enter a website address starting with https:// or http://, like "
                "https://www.example.org, or leave it empty"
            )
        return link, None
    return value, None


def parse_changes(
    typed: Mapping[str, Sequence[str]],
    stored: Service,
    source: dict[str, Any],
    parts: ListingForm,
) -> tuple[dict[str, Any], dict[str, str]]:
    """The changes the editor made in the form (`typed`: every field with all its values)
    to the stored listing, and the error of each field that cannot be taken, by field."""

    def first(name: str) -> str:
        values = typed.get(name)
        return str(values[0]) if values else ""

    changes: dict[str, Any] = {}
    errors: dict[str, str] = {}
    record = stored.record
    for name, _label in TEXT_FIELDS:
        value, error = text_field(name, first(name))
        if error:
            errors[name] = error
        elif value != str(record.get(name) or ""):
            changes[name] = value
    for name in ("minimum_age", "maximum_age"):
        text = first(name).strip()
        age: int | None = None
        if text and not (text.isdigit() and int(text) <= 130):
            errors[name] = "Enter an age from 0 to 130, or leave it empty"
            continue
        if text:
            age = int(text)
        if age != record.get(name):
            changes[name] = age
    low, high = (
        changes.get("minimum_age", record.get("minimum_age")),
        changes.get("maximum_age", record.get("maximum_age")),
    )
    if isinstance(low, int) and isinstance(high, int) and low > high:
        errors["minimum_age"] = "The lowest age must not be above the highest"
    status = first("status")
    if status not in STATUSES:
        errors["status"] = "Select the status"
    elif status != record.get("status"):
        changes["status"] = status
    more, problems = parts.changes(stored.id, source, {k: list(v) for k, v in typed.items()})
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
    for pattern, form_field in _FORM_FIELD_OF:
        found = pattern.match(path)
        if found:
            return form_field.format(*found.groups())
    return "name"


def change_lines(editing: Editing, service_id: str) -> list[dict[str, str]]:
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


def save(
    editing: Editing, store: ServiceStore, service_id: str, changes: dict[str, Any], who: str
) -> dict[str, str]:
    """Save an editor's changes through the importer's validation, or say what is wrong by
    form field (nothing is recorded then): the record as changed is checked first (a dry
    run), and only if the importer takes it is the change recorded and imported.
    ListingNotFound when there is no such listing; EditRefused if the importer refuses
    the record after all."""
    stored = store.get(service_id)
    if stored is None:
        raise ListingNotFound("There is no listing at this address.")
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
        raise EditRefused("; ".join(p.message for p in summary.errors))
    return {}


def save_or_refuse(
    editing: Editing, store: ServiceStore, service_id: str, changes: dict[str, Any], who: str
) -> None:
    """Save changes made by a button (not typed); EditRefused saying why when they cannot be."""
    errors = save(editing, store, service_id, changes, who)
    if errors:
        raise EditRefused("; ".join(errors.values()))


def checked_today(editing: Editing, store: ServiceStore, service_id: str, who: str) -> None:
    """Record that the listing was checked today (its assured date)."""
    today = editing.edits.now().date().isoformat()
    save_or_refuse(editing, store, service_id, {"assured_date": today}, who)


def decide_suggestion(
    editing: Editing,
    store: ServiceStore,
    service_id: str,
    answer: Mapping[str, str],
    who: str,
    today: date,
) -> None:
    """Confirm or reject something read from the listing (`answer`: its `kind`,
    `eligibility`, `fact` or `tag`, the `decision`, and what it is about) and save that.
    ListingNotFound, or EditRefused when it is not a suggestion on offer."""
    stored = store.get(service_id)
    if stored is None:
        raise ListingNotFound("There is no listing at this address.")
    record = stored.source
    kind, decision = answer.get("kind", ""), answer.get("decision", "")
    if decision not in ("confirm", "reject"):
        raise EditRefused("Choose to confirm or reject the suggestion.")
    changes: dict[str, Any]
    if kind == "eligibility":
        entry = {
            "field": answer.get("field", ""),
            "value": answer.get("value", ""),
            "sentence": answer.get("sentence", "")[:500],
            "confirmed": decision == "confirm",
            "by": who,
            "on": today.isoformat(),
        }
        changes = {"earlyhelp_eligibility": [*confirmed_eligibility(stored.service), entry]}
        rule = RULE_FLAGS.get((str(entry["field"]), str(entry["value"])))
        if rule and entry["confirmed"]:
            # A confirmed field the matcher's hard rules use becomes one of its flags.
            changes["attributes"] = [*(record.get("attributes") or []), _flag(service_id, rule)]
    elif kind == "fact":
        fact = answer.get("fact", "")
        if fact not in uncertain_facts(stored.service):
            raise EditRefused("That is not an undecided reading of this listing.")
        key = CONFIRMED_KEY if decision == "confirm" else REJECTED_KEY
        changes = {key: [*(record.get(key) or []), fact]}
    elif kind == "tag":
        term_id = answer.get("term_id", "")
        term = next((t for t in editing.category_terms() if t.id == term_id), None)
        if term is None:
            raise EditRefused("That category is not in the directory.")
        if decision == "confirm":
            attribute = category_attribute(service_id, term)
            changes = {"attributes": [*(record.get("attributes") or []), attribute]}
        else:
            rejected = [*(record.get("earlyhelp_rejected_tags") or []), term.id]
            changes = {"earlyhelp_rejected_tags": rejected}
    else:
        raise EditRefused("There is no such kind of suggestion.")
    save_or_refuse(editing, store, service_id, changes, who)


def settle_conflict(
    editing: Editing,
    store: ServiceStore,
    service_id: str,
    conflict_id: int,
    keep: bool,
    who: str,
) -> bool:
    """Settle a conflict between an editor's change and the feed: keep the editor's value,
    or take the feed's (imported now). False when there is no such conflict waiting."""
    conflict = editing.edits.resolve(conflict_id, keep, who)
    if conflict is None:
        return False
    if not keep:
        stored = store.get(service_id)
        if stored is not None:
            source = dict(stored.source) | {conflict.field: conflict.feed_value}
            editing.importer.run(
                [SourceRecord(stored.source_name, f"conflict settled by {who}", source)]
            )
    return True


@dataclass(frozen=True)
class DealtWith:
    """A report marked dealt with, and the changes editors made to its listing from the
    report until then, in words."""

    report: ListingReport
    changes: list[str]


def dealt_with(editing: Editing | None, reports: ReportQueue) -> list[DealtWith]:
    """The latest reports marked dealt with, each with what was changed meanwhile."""
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
