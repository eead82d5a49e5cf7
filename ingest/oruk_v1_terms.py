"""Categories of an Open Referral UK v1 or Outpost service, as HSDS 3.0 attributes.

v1 gives `service_taxonomys[].taxonomy` (`id`, `name`, `vocabulary`, `parent`: an id, or the
parent term itself); Outpost gives `taxonomies` (`id`, `name`, `slug`, `parent_id`, with the
ancestors of each term listed too), `send_needs` and `suitabilities`. The taxonomy is a tree: a
term implies its parents, so a parent given as a nested term becomes a category of the service
as well. SEND needs and suitabilities are separate lists in Outpost with ids of their own, so
their term ids are prefixed to keep them apart from the taxonomy's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from directory.records import FLAGS_TAXONOMY
from ingest.oruk_v1_values import id_text
from ingest.problems import WARNING, FieldIssue
from ingest.source_fields import SourceObject

#: Outpost's lists of terms other than its taxonomy: (key, taxonomy name, id prefix).
OTHER_TERM_LISTS = (
    ("send_needs", "SEND needs", "send-need-"),
    ("suitabilities", "Suitabilities", "suitability-"),
)
#: Outpost's bookkeeping on a taxonomy term, which says nothing about the service.
TERM_BOOKKEEPING = ("created_at", "updated_at", "services_count", "sort_order", "locked")


class _Terms:
    """The terms of one record by id, in the order first met."""

    def __init__(self, issues: list[FieldIssue]) -> None:
        self.issues = issues
        self.by_id: dict[str, dict[str, Any]] = {}

    def add(self, raw: dict[str, Any], path: str, taxonomy: str = "", prefix: str = "") -> str:
        """Add a term (and any parent nested in it); return its id, "" when it has no name."""
        source = SourceObject(raw, path, self.issues)
        name = str(source.get("name") or "").strip()
        code = id_text(source.get("slug", "code"))
        own_id = id_text(source.get("id")) or code or name
        parent = source.get("parent", "parent_id")
        if isinstance(parent, dict):
            parent_id = self.add(parent, source.where("parent"), taxonomy, prefix)
        else:
            parent_id = prefix + (id_text(parent) or "") if id_text(parent) else ""
        given_taxonomy = source.get("vocabulary", "taxonomy")
        description = source.get("description")
        taxonomy_id = id_text(source.get("taxonomy_id"))
        source.get(*TERM_BOOKKEEPING)
        source.report_rest()
        if not name:
            self.issues.append(
                FieldIssue(path, "a category without a name; left out", WARNING, kind="category")
            )
            return ""
        term_id = prefix + own_id
        term: dict[str, Any] = {
            "id": term_id,
            "name": name,
            "description": str(description or name),
            "taxonomy": str(given_taxonomy or taxonomy),
        }
        if code:
            term["code"] = code
        if parent_id:
            term["parent_id"] = parent_id
        if taxonomy_id:
            term["taxonomy_id"] = taxonomy_id
        self.by_id.setdefault(term_id, term)
        return term_id


#: The directory's own flags a v1 or Outpost record can give, by code, with their names.
FLAG_NAMES = {
    "self-referral": "Self-referral accepted",
    "professional-referral": "Professional referral needed",
    "in-person": "In person",
    "phone": "By phone",
    "online": "Online",
}


def flags(service_id: str, codes: Iterable[str]) -> list[dict[str, Any]]:
    """Attributes for the directory's own flags (`earlyhelp-flags`), by code (FLAG_NAMES)."""
    return [
        {
            "id": f"{service_id}-flag-{code}",
            "taxonomy_term_id": f"earlyhelp-flag-{code}",
            "taxonomy_term": {
                "id": f"earlyhelp-flag-{code}",
                "code": code,
                "name": FLAG_NAMES[code],
                "description": FLAG_NAMES[code],
                "taxonomy": FLAGS_TAXONOMY,
            },
        }
        for code in dict.fromkeys(codes)
    ]


def categories(source: SourceObject, service_id: str) -> list[dict[str, Any]]:
    """The service's categories as attributes: its HSDS 3.0 `attributes` as given, then a term
    for every v1 or Outpost term and every parent nested in one."""
    terms = _Terms(source.issues)
    for where, item in source.objects("taxonomies"):
        terms.add(item, where)
    for where, item in source.objects("service_taxonomys", "service_taxonomies"):
        link = SourceObject(item, where, source.issues)
        held = link.get("taxonomy")
        if isinstance(held, dict):
            terms.add(held, link.where("taxonomy"))
        link.get("id", "service_id", "taxonomy_id", "link_id")
        link.report_rest()
    for key, taxonomy, prefix in OTHER_TERM_LISTS:
        for where, item in source.objects(key):
            terms.add(item, where, taxonomy, prefix)
    found: list[dict[str, Any]] = list(source.get("attributes") or [])
    for term_id, term in terms.by_id.items():
        found.append(
            {
                "id": f"{service_id}-category-{term_id}",
                "taxonomy_term_id": term_id,
                "taxonomy_term": term,
            }
        )
    return found
