"""Shared by the tests of files the command line reads (waivers, baselines)."""

from __future__ import annotations


def assert_bad_file_message(result, path, words) -> None:
    """A bad input file is exit 2 with one line naming the file and saying what is wrong."""
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert "\n" not in message and str(path) in message
    for word in words:
        assert word in message
