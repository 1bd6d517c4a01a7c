"""Every fixture document reviews to exactly the outcomes in fixtures/documents/labels.json."""

import json
from pathlib import Path

import pytest

from reviewer.review import review_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "documents"
LABELS = json.loads((FIXTURES / "labels.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def reviews():
    return {name: review_file(FIXTURES / name) for name in LABELS}


def test_fixture_set_is_broad():
    kinds = {label["type"] for label in LABELS.values() if not label.get("error")}
    errors = {label["error"] for label in LABELS.values() if label.get("error")}
    formats = {Path(name).suffix for name in LABELS}
    assert len(LABELS) >= 20
    assert {"pid", "agreement", "executive-summary", "concept-framework",
            "outcomes-summary", "amendment"} <= kinds
    assert {"empty", "no-text", "bad-format", "encrypted", "corrupt"} <= errors
    assert {".docx", ".pdf"} <= formats


@pytest.mark.parametrize("name", sorted(LABELS))
def test_fixture_outcomes(name, reviews):
    label, review = LABELS[name], reviews[name]
    if label.get("error"):
        assert review.error is not None and review.error.code == label["error"]
        assert name in review.error.message
        return
    assert review.error is None, review.error.message
    assert review.type == label["type"]
    got = {f.rule: f.outcome for f in review.findings}
    assert got == label["outcomes"]
    for rule, expected in label.get("evidence", {}).items():
        finding = next(f for f in review.findings if f.rule == rule)
        quotes = " ".join(" ".join(e.text.split()) for e in finding.evidence).lower()
        assert " ".join(expected.split()).lower() in quotes, (rule, finding.evidence)
