"""The thin web layer: Starlette routes, Jinja2 templates and request/response schemas."""
