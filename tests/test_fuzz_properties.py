"""Property: whatever happens to a document's bytes, the outcome is a review or a documented error.

Hypothesis truncates, flips, inserts and deletes bytes of a real .docx, PDF and Markdown file
(and, for the .docx, the bytes of one XML part inside the zip, so damage reaches the XML layer).
The examples are derandomised so that CI runs the same ones every time; the long randomised
run is tests/fuzz/fuzz_inputs.py (see tests/fuzz/RESULTS.md).
"""

import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.documents import Limits
from reviewer.errors import ERROR_CODES
from reviewer.review import DocumentReview, review_file

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "hostile"))
sys.path.insert(0, str(HERE / "fuzz"))
import fuzz_inputs  # noqa: E402
import make_hostile_corpus  # noqa: E402

SEEDS = {
    ".docx": make_hostile_corpus.python_docx_bytes(),
    ".pdf": make_hostile_corpus.pdf_bytes(pages=2),
    ".md": "\n\n".join(text for _, text in make_hostile_corpus.BODY).encode(),
}
LIMITS = Limits(max_pages=50)
FAST = settings(max_examples=40, deadline=10_000, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])

operation = st.tuples(
    st.sampled_from(["truncate", "flip", "byte", "insert", "delete", "duplicate", "magic"]),
    st.floats(0, 1, exclude_max=True),
    st.floats(0, 1, exclude_max=True),
    st.binary(max_size=32),
)
operations = st.lists(operation, min_size=1, max_size=4)


def outcome_of(data: bytes, suffix: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"mutated{suffix}"
        path.write_bytes(data)
        review = review_file(path, LIMITS)
    assert isinstance(review, DocumentReview)
    if review.error is None:
        assert review.verdict is not None
        return "review"
    assert review.error.code in ERROR_CODES
    assert review.error.code != "internal", review.error.message  # internal means a bug
    assert "\n" not in review.error.message and "Traceback" not in review.error.message
    return review.error.code


def test_mutations_apply():
    ops = [("truncate", 0.5, 0.0, b""), ("insert", 0.1, 0.0, b"junk")]
    assert fuzz_inputs.mutate(b"0123456789", ops) == b"junk01234"


@pytest.mark.parametrize("suffix", sorted(SEEDS))
def test_unmutated_seeds_are_reviewed(suffix):
    assert outcome_of(SEEDS[suffix], suffix) == "review"


@FAST
@given(suffix=st.sampled_from(sorted(SEEDS)), ops=operations)
def test_damaged_bytes_end_in_a_review_or_a_documented_error(suffix, ops):
    outcome_of(fuzz_inputs.mutate(SEEDS[suffix], ops), suffix)


@FAST
@given(member=st.floats(0, 1, exclude_max=True), ops=operations)
def test_damaged_docx_parts_end_in_a_review_or_a_documented_error(member, ops):
    data = fuzz_inputs.mutate_zip_member(SEEDS[".docx"], member, ops)
    outcome_of(data, ".docx")


@settings(max_examples=15, deadline=10_000, derandomize=True, database=None)
@given(cut=st.integers(min_value=0, max_value=len(SEEDS[".pdf"]) - 1))
def test_truncated_pdf(cut):
    outcome_of(SEEDS[".pdf"][:cut], ".pdf")


REGRESSIONS = sorted((HERE / "fuzz" / "regressions").glob("*.*"))


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.name for p in REGRESSIONS])
def test_inputs_the_long_fuzz_run_found(path):
    # Each of these once ended in `internal` (an exception from a parser); see RESULTS.md.
    outcome_of(path.read_bytes(), path.suffix)
