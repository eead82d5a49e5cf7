"""The record a service is published as: its normalised HSDS record, confidential parts removed."""

from __future__ import annotations

import copy
from typing import Any

from directory.store import StoredService

#: What a confidential location keeps: enough to say that it exists, nothing to find it by.
CONFIDENTIAL_LOCATION_KEEPS = ("id", "location_type", "name", "description", "attributes")


def published_record(stored: StoredService) -> dict[str, Any]:
    """The service's HSDS record as the API gives it, with hidden addresses taken out."""
    record = copy.deepcopy(stored.record)
    hidden = {loc.id for loc in stored.service.locations if loc.hide_address}
    if hidden:
        for sal in record.get("service_at_locations") or []:
            location = sal.get("location")
            if isinstance(location, dict) and str(location.get("id", "")) in hidden:
                sal["location"] = {
                    k: v for k, v in location.items() if k in CONFIDENTIAL_LOCATION_KEEPS
                }
    return record
