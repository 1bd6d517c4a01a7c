"""Views of a list of DocumentReviews; renderers never re-analyse anything.

One table maps each --format name to its renderer, imported only when chosen so that a
terminal review never pays for the HTML templates.
"""

from __future__ import annotations

import importlib

# format name -> (module, function). Each function takes (reviews, **options) -> str.
RENDERERS: dict[str, tuple[str, str]] = {
    "terminal": ("reviewer.report.terminal", "render_terminal"),
    "json": ("reviewer.report.json_report", "render_json"),
    "jsonl": ("reviewer.report.table_reports", "render_jsonl"),
    "csv": ("reviewer.report.table_reports", "render_csv"),
    "markdown": ("reviewer.report.markdown", "render_markdown"),
    "html": ("reviewer.report.html", "render_html"),
    "sarif": ("reviewer.report.sarif", "render_sarif"),
}
FORMATS = tuple(RENDERERS)


def render(reviews, fmt: str, **options) -> str:
    module, function = RENDERERS[fmt]
    return getattr(importlib.import_module(module), function)(reviews, **options)
