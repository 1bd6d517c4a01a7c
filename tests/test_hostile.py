"""Hostile and broken input: every file ends in a review or a documented error, never a traceback.

The corpus (more than 60 files: zip bombs, XML entity attacks, encrypted and damaged PDFs,
formats under the wrong name, symlinks, a named pipe, a non-UTF-8 file name...) is generated
by tests/hostile/make_hostile_corpus.py, which also says what each file must end in.
"""

import json
import os
import sys
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.documents import Limits, load
from reviewer.errors import ERROR_CODES, BadFormat, TooLarge, UnreadableFile
from reviewer.report.write import utf8_safe

sys.path.insert(0, str(Path(__file__).resolve().parent / "hostile"))
import make_hostile_corpus  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile")
    return out, make_hostile_corpus.build(out)


def review_json(capfd, *args):
    code = main(["review", "--format", "json", "--quiet", *map(str, args)])
    captured = capfd.readouterr()
    return code, captured.out, captured.err


def test_corpus_is_big_enough(corpus):
    _, cases = corpus
    assert len(cases) >= 40
    assert {"review", "empty", "bad-format", "encrypted", "corrupt", "too-large", "no-text",
            "unreadable"} <= {code for case in cases for code in case.expect}


def test_every_hostile_file_ends_in_a_review_or_a_documented_error(corpus, capfd):
    out, cases = corpus
    plain = [case for case in cases if not case.args and case.expect != ("usage",)]
    code, stdout, stderr = review_json(capfd, "-j", "2", *(out / case.name for case in plain))
    assert code == 3  # some files could not be reviewed, and that is said by the exit code
    assert "Traceback" not in stderr
    documents = json.loads(stdout)["documents"]
    by_path = {d["path"]: d for d in documents}
    wrong = []
    for case in plain:
        path = out / case.name
        if str(path) not in by_path and path.is_symlink() and str(path.resolve()) in by_path:
            continue  # a link to a file already in the batch is reviewed once
        document = by_path[utf8_safe(str(path))]  # a non-UTF-8 name is shown with U+FFFD
        got = document["error"]["code"] if document["error"] else "review"
        if got not in case.expect:
            wrong.append(f"{case.name}: expected {'/'.join(case.expect)}, got {got}")
        if document["error"]:
            assert document["error"]["code"] in ERROR_CODES
            assert "\n" not in document["error"]["message"]
    assert not wrong, "\n".join(wrong)
    # Every error is reported on stderr as one line naming the file.
    errors = [line for line in stderr.splitlines() if line.startswith("jwreview: error:")]
    assert len(errors) == sum(1 for d in documents if d["error"])


@pytest.mark.parametrize("name", ["pdf-too-many-pages.pdf", "pdf-too-big.pdf"])
def test_limits_from_the_command_line(corpus, capfd, name):
    out, cases = corpus
    case = next(c for c in cases if c.name == name)
    code, stdout, stderr = review_json(capfd, *case.args, out / name)
    assert code == 3 and "Traceback" not in stderr
    error = json.loads(stdout)["documents"][0]["error"]
    assert error["code"] == "too-large" and name in error["message"]


def test_macros_are_noted_never_run(corpus):
    out, _ = corpus
    for name in ("macros.docm", "macros-named.docx"):
        document = load(out / name)
        assert document.blocks
        assert any("macros" in note and "not run" in note for note in document.notes)


def test_external_entity_is_refused_not_resolved(corpus):
    out, _ = corpus
    with pytest.raises(BadFormat, match="DTD") as caught:
        load(out / "xml-external-entity.docx")
    assert "root:" not in caught.value.message  # /etc/passwd is never read


def test_a_batch_folder_with_links_pipes_and_odd_names_does_not_crash(corpus, capfd):
    out, cases = corpus
    code, stdout, stderr = review_json(capfd, "-j", "2", out)
    assert code == 3 and "Traceback" not in stderr
    documents = json.loads(stdout)["documents"]
    assert len(documents) >= 40
    assert all(d["error"] is None or d["error"]["code"] in ERROR_CODES for d in documents)
    # What cannot be opened as a file is named on stderr, not silently dropped.
    for name in ("dangling-symlink.docx", "symlink-loop.docx", "named-pipe.txt"):
        assert any("skipped" in line and name in line for line in stderr.splitlines()), name


def test_terminal_report_survives_a_non_utf8_file_name(corpus, capfd):
    out, _ = corpus
    name = os.fsdecode(b"caf\xe9-latin1-name.txt")
    code = main(["review", "--no-color", str(out / name)])
    captured = capfd.readouterr()
    assert code in (0, 1) and "Traceback" not in captured.err
    assert "latin1-name.txt" in captured.out


def test_folder_named_like_a_document_is_a_usage_error(corpus, capfd):
    out, _ = corpus
    assert main(["review", str(out / "folder-named.docx")]) == 2
    assert "Traceback" not in capfd.readouterr().err


def test_unzipped_size_limit(corpus):
    out, _ = corpus
    with pytest.raises(TooLarge, match="unpacks to"):
        load(out / "control.docx", Limits(max_unzipped_bytes=10_000))


def test_part_count_limit(corpus):
    out, _ = corpus
    with pytest.raises(TooLarge, match="parts"):
        load(out / "control.docx", Limits(max_zip_entries=3))


def test_paragraph_length_limit(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("word " * 50_000, encoding="utf-8")
    with pytest.raises(TooLarge, match="one paragraph"):
        load(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file without read permission")
def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("Joint working.", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(UnreadableFile, match="permission denied"):
        load(path)


def test_permission_denied_is_unreadable(tmp_path, monkeypatch):
    # The same path as the test above, for when the suite runs as root.
    path = tmp_path / "locked.txt"
    path.write_text("Joint working.", encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(UnreadableFile, match="permission denied"):
        load(path)


@pytest.mark.parametrize("extra", [
    ["--format", "json", "-o", "{tmp}/report.json"],
    ["--format", "jsonl"],
    ["--format", "html", "-o", "{tmp}/report.html"],
    ["--cache", "{tmp}/cache", "--format", "json"],
])
def test_every_output_survives_a_non_utf8_file_name(corpus, capfd, tmp_path, extra):
    out, _ = corpus
    name = os.fsdecode(b"caf\xe9-latin1-name.txt")
    args = [arg.format(tmp=tmp_path) for arg in extra]
    code = main(["review", "--quiet", *args, str(out / name)])
    captured = capfd.readouterr()
    assert code in (0, 1), captured.err
    assert "Traceback" not in captured.err
    for written in tmp_path.glob("report.*"):
        assert "caf\ufffd-latin1-name.txt" in written.read_text("utf-8")
