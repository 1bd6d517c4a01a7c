"""A full review never touches the network: every way out through a socket is closed first.

Local pipes (socket.socketpair, which the worker pool uses) are left alone; connecting, name
lookups and sending to an address are what a network call needs, and each one raises here. The
language pipelines are dropped from their caches first so that loading them is part of the run.
"""

import json
import socket
from pathlib import Path

import pytest

from reviewer.analysis import nlp
from reviewer.cli import main
from reviewer.review import review_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "documents"


class NetworkUsed(AssertionError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkUsed(f"network access attempted: {args!r}")


@pytest.fixture
def no_network(monkeypatch):
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, _refuse)
    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, _refuse)
    nlp.blank.cache_clear()
    nlp.trained.cache_clear()
    yield
    nlp.blank.cache_clear()
    nlp.trained.cache_clear()


def test_the_guard_works(no_network):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.com", 80))
    with pytest.raises(NetworkUsed), socket.socket() as sock:
        sock.connect(("127.0.0.1", 9))


def test_full_review_without_network(no_network, capfd, tmp_path):
    files = [FIXTURES / "pid-sales-steering.docx", FIXTURES / "es-promotional.pdf"]
    text = tmp_path / "pid.md"
    text.write_text("# PID\n\nJoint working between Northshire ICB and Acme Pharma UK Ltd. "
                    "Contact Dr Jane Smith.\n", encoding="utf-8")
    files.append(text)
    for path in files:  # in this process: loads spaCy and the model with sockets closed
        record = review_file(path)
        assert record.error is None, record.error and record.error.message
        assert record.findings
    code = main(["review", "--quiet", "--redact", "--format", "json", *map(str, files)])
    captured = capfd.readouterr()
    assert code in (0, 1), captured.err
    assert "network access attempted" not in captured.out + captured.err
    documents = json.loads(captured.out)["documents"]
    assert [d["error"] for d in documents] == [None, None, None]
    assert nlp.trained() is not None  # the trained pipeline itself loaded from disk
