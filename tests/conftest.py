import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "documents"


@pytest.fixture(scope="session")
def labels():
    return json.loads((FIXTURES / "labels.json").read_text("utf-8"))


@pytest.fixture
def fixtures_dir():
    return FIXTURES
