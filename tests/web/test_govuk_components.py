"""GOV.UK components rendered once for each set of parameters: the same markup as the macro,
kept within its size, and never one rendering for markup and for text that look alike."""

from __future__ import annotations

import pytest
from jinja2 import ChoiceLoader, Environment, PackageLoader, PrefixLoader, select_autoescape
from markupsafe import Markup

from web.govuk_components import CachedComponents, UnknownComponentError


def _templates() -> Environment:
    loader = PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")})
    return Environment(loader=ChoiceLoader([loader]), autoescape=select_autoescape(["html"]))


def _macro_rendering(templates: Environment, name: str, macro: str, params: object) -> str:
    """What the component's macro renders when called straight from a template."""
    source = (
        f'{{% from "govuk_frontend_jinja/components/{name}/macro.html" import {macro} %}}'
        f"{{{{ {macro}(params) }}}}"
    )
    return templates.from_string(source).render(params=params)


def test_the_same_markup_as_the_macro() -> None:
    templates = _templates()
    components = CachedComponents(templates)
    items = [{"value": "", "text": "Any day"}, {"value": "MO", "text": "Monday", "selected": True}]
    params = {"label": {"text": "Day of the week"}, "id": "day", "name": "day", "items": items}
    direct = _macro_rendering(templates, "select", "govukSelect", params)
    assert components("select", params) == direct
    assert 'value="MO" selected' in direct
    assert components("select", params) is components("select", params)  # kept, not redone


def test_markup_and_text_alike_are_never_one_rendering() -> None:
    components = CachedComponents(_templates())
    as_text = components("button", {"html": "<b>Go</b>"})
    as_markup = components("button", {"html": Markup("<b>Go</b>")})
    assert len(components) == 2
    label = components("input", {"label": {"text": "<b>Name</b>"}, "id": "n", "name": "n"})
    trusted = components(
        "input", {"label": {"text": Markup("<b>Name</b>")}, "id": "n", "name": "n"}
    )
    assert "&lt;b&gt;Name" in label and "<b>Name</b>" in trusted
    assert as_text and as_markup


def test_only_the_most_recent_renderings_are_kept() -> None:
    components = CachedComponents(_templates(), size=3)
    for n in range(10):
        components("button", {"text": f"Button {n}"})
    assert len(components) == 3
    with pytest.raises(ValueError, match="at least one"):
        CachedComponents(_templates(), size=0)


def test_an_unknown_component_is_named() -> None:
    with pytest.raises(UnknownComponentError, match="'carousel'"):
        CachedComponents(_templates())("carousel", {})
