"""Plain-text lines listing the waivers a run used and those that matched nothing."""

from __future__ import annotations


def describe(report: dict) -> list[str]:
    """One line per waiver, from reviewer.waivers.waiver_report()."""
    lines = []
    for item in report["used"]:
        lines.append(f"waiver used: {item['rule']} in {', '.join(item['documents'])} "
                     f"(approved by {item['approver']}, expires {item['expires']})")
    for item in report["unmatched"]:
        lines.append(f"waiver not applied: {item['rule']} for {item['document']}: {item['reason']}")
    return lines
