"""Whether a public page carries the "Exit this page" button (and keeps the shortlist count
out of its header): the results and service pages of topics someone may be in danger for
being seen looking at, as `matching.sensitive.ExitTopics` lists them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from starlette.requests import Request

from directory.records import Service
from matching.sensitive import ExitTopics


def _topics(request: Request) -> ExitTopics:
    topics: ExitTopics = request.app.state.exit_topics
    return topics


def for_results(
    request: Request,
    services: Iterable[Service],
    category: Mapping[str, Any] | None = None,
    text: str = "",
) -> bool:
    """A results page has the button when its category, its search words or any service it
    lists is one of the topics."""
    topics = _topics(request)
    return (
        (category is not None and topics.covers_category(category))
        or topics.names_topic(text)
        or topics.covers_any(services)
    )


def for_service(request: Request, service: Service) -> bool:
    """A service's page has the button when the service is one of the topics."""
    return _topics(request).covers(service)
