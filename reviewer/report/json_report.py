"""The machine-readable report; its shape is a public contract (schema/review.schema.json)."""

from __future__ import annotations

import json

from reviewer import __version__

SCHEMA_VERSION = "1.1"  # 1.1: document coverage, outcome "unchecked"


def tool_info() -> dict:
    return {"name": "jwreview", "version": __version__, "schema_version": SCHEMA_VERSION}


def render_json(reviews, waivers: dict | None = None, baseline: dict | None = None) -> str:
    payload = {"tool": tool_info(), "documents": [r.to_dict() for r in reviews]}
    if waivers is not None:  # --waivers: {"used": [...], "unmatched": [...]}
        payload["waivers"] = waivers
    if baseline is not None:  # --baseline: counts, new documents, earlier ones not in this run
        payload["baseline"] = baseline
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
