"""The hash-pinned lock files agree with pyproject.toml (regenerate: scripts/lock-dependencies.sh)."""

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)")


def pins(name: str) -> dict[str, tuple[str, int]]:
    """{canonical name: (version, number of hashes)} from a pip-compile lock file."""
    found: dict[str, tuple[str, int]] = {}
    current = None
    for line in (ROOT / name).read_text("utf-8").splitlines():
        match = PIN.match(line)
        if match:
            current = canonicalize_name(match[1])
            found[current] = (match[2], 0)
        elif current and line.strip().startswith("--hash=sha256:"):
            version, count = found[current]
            found[current] = (version, count + 1)
    return found


@pytest.mark.parametrize(("lock", "groups"), [
    ("requirements.lock", ["runtime"]),
    ("requirements-dev.lock", ["runtime", "dev"]),
])
def test_lock_pins_every_dependency_inside_its_range_with_hashes(lock, groups):
    locked = pins(lock)
    assert locked and all(count > 0 for _, count in locked.values()), "a pin without a hash"
    wanted = list(PYPROJECT["project"]["dependencies"])
    if "dev" in groups:
        wanted += PYPROJECT["project"]["optional-dependencies"]["dev"]
    for text in wanted:
        requirement = Requirement(text)
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{requirement.name} is missing from {lock}; re-run the script"
        version = locked[name][0]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{lock} pins {requirement.name}=={version}, outside {requirement.specifier}"
        )
