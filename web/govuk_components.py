"""GOV.UK Frontend components, each rendered once for each set of parameters it is given.

A component's markup depends on its parameters only, but rendering it through its Jinja macro
costs far more than the rest of a page (the results page's filters are most of its time), so
pages call `component("select", {...})` instead of `govukSelect({...})` and the same filters,
buttons and banners are rendered once and then reused. The cache keeps the most recently
used renderings only, so it cannot grow without bound whatever the requests hold.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

#: The components pages use, by the name of their folder in GOV.UK Frontend.
MACROS = {
    "back-link": "govukBackLink",
    "button": "govukButton",
    "checkboxes": "govukCheckboxes",
    "error-summary": "govukErrorSummary",
    "input": "govukInput",
    "pagination": "govukPagination",
    "phase-banner": "govukPhaseBanner",
    "radios": "govukRadios",
    "select": "govukSelect",
    "summary-list": "govukSummaryList",
    "warning-text": "govukWarningText",
}
DEFAULT_SIZE = 512


class UnknownComponentError(KeyError):
    """A page asked for a component this module does not offer."""


class CachedComponents:
    """Renders GOV.UK Frontend components through their macros in `templates`, keeping the
    `size` most recently used renderings. Safe to call from several threads."""

    def __init__(self, templates: Environment, size: int = DEFAULT_SIZE) -> None:
        if size < 1:
            raise ValueError(f"the cache must hold at least one rendering, not {size}")
        self._templates = templates
        self._size = size
        self._rendered: OrderedDict[tuple[str, str], Markup] = OrderedDict()
        self._macros: dict[str, Callable[[dict[str, Any]], str]] = {}
        self._lock = threading.Lock()

    def __call__(self, name: str, params: dict[str, Any]) -> Markup:
        """The component's markup, as its macro renders it for `params`."""
        if name not in MACROS:
            raise UnknownComponentError(f"no GOV.UK component {name!r} (offered: {sorted(MACROS)})")
        key = (name, json.dumps(_marked(params), sort_keys=True, default=str))
        with self._lock:
            found = self._rendered.get(key)
            if found is not None:
                self._rendered.move_to_end(key)
                return found
        html = Markup(self._macro(name)(params))
        with self._lock:
            self._rendered[key] = html
            if len(self._rendered) > self._size:
                self._rendered.popitem(last=False)
        return html

    def __len__(self) -> int:
        """How many renderings are kept."""
        return len(self._rendered)

    def _macro(self, name: str) -> Callable[[dict[str, Any]], str]:
        macro = self._macros.get(name)
        if macro is None:
            module = self._templates.get_template(
                f"govuk_frontend_jinja/components/{name}/macro.html"
            ).module
            macro = getattr(module, MACROS[name])
            self._macros[name] = macro
        return macro


def _marked(value: Any) -> Any:
    """`value` with each piece of Markup told apart from plain text of the same characters
    (a macro escapes the one and not the other, so they must not share a rendering)."""
    kind = type(value)
    if kind is str or kind is bool or kind is int or value is None:
        return value  # the most frequent, first
    if kind is dict:
        return {str(k): _marked(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [_marked(v) for v in value]
    if isinstance(value, Markup):
        return {"\x00markup": str(value)}  # no parameter is named so
    if isinstance(value, dict):
        return {str(k): _marked(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_marked(v) for v in value]
    return value
