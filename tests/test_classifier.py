"""The clause classifier: reproducible training, safe verified loading, numpy == scikit-learn
scoring, its use inside clause_present, and the feedback loop."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from reviewer import model_training as mt
from reviewer.analysis import classifier
from reviewer.cli import main
from reviewer.review import review_text
from reviewer.rules.catalogue import builtin_rules
from reviewer.rules.checks.clause import clause_present

ROOT = Path(__file__).resolve().parent.parent

TRAINING = ROOT / "models" / "training"
SUBSET_LABELS = ("exit-strategy", "confidentiality", "transparency", "none")


@pytest.fixture(scope="module")
def subset(tmp_path_factory):
    """The first 30 real training sentences of four labels, as a small training folder."""
    folder = tmp_path_factory.mktemp("training")
    records = {label: [] for label in SUBSET_LABELS}
    for path in sorted(TRAINING.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            record = json.loads(line)
            if record["label"] in records and len(records[record["label"]]) < 30:
                records[record["label"]].append(record)
    assert all(len(r) == 30 for r in records.values())
    lines = [json.dumps(r) for label in SUBSET_LABELS for r in records[label]]
    (folder / "subset.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return folder


@pytest.fixture(scope="module")
def trained(subset, tmp_path_factory):
    out = tmp_path_factory.mktemp("model")
    mt.train(subset, out, folds=2)
    return out


def held_out_texts():
    texts = []
    for path in sorted(TRAINING.glob("*.jsonl")):
        lines = path.read_text("utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines[-15:]]
    return texts + ["", "TBC", "Exit  strategy:\tto be agreed", "ÉTUDE naïve café", "a b c"]


def test_training_is_reproducible(subset, trained, tmp_path):
    mt.train(subset, tmp_path, folds=2)
    for name in (classifier.WEIGHTS_NAME, classifier.METADATA_NAME):
        assert (tmp_path / name).read_bytes() == (trained / name).read_bytes(), name
    metadata = json.loads((trained / classifier.METADATA_NAME).read_text("utf-8"))
    assert metadata["training"]["examples"] == 120
    assert set(metadata["thresholds"]) == set(SUBSET_LABELS) - {"none"}
    assert metadata["versions"]["scikit-learn"]


@pytest.mark.parametrize("config", [mt.CHOSEN, "svm-sigmoid-word+char-C1"])
def test_numpy_scoring_equals_scikit_learn(subset, trained, tmp_path, config):
    folder = trained
    if config != mt.CHOSEN:
        folder = tmp_path
        mt.train(subset, folder, folds=2, config_name=config)
    data = mt.load_dataset(subset)
    pipeline = mt.build_pipeline(mt.CANDIDATES[config]).fit(data.texts, np.asarray(data.labels))
    texts = held_out_texts()
    expected = pipeline.predict_proba(texts)
    got = classifier.load(folder).predict_proba(texts)
    assert got.shape == expected.shape
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-6)


def test_tampered_weights_are_rejected(trained, tmp_path):
    for name in (classifier.WEIGHTS_NAME, classifier.METADATA_NAME):
        shutil.copy(trained / name, tmp_path / name)
    weights = tmp_path / classifier.WEIGHTS_NAME
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0xFF
    weights.write_bytes(bytes(data))
    with pytest.raises(classifier.ModelError) as caught:
        classifier.load(tmp_path)
    message = str(caught.value)
    assert "\n" not in message and "sha256" in message and str(weights) in message


def test_other_format_version_is_rejected(trained, tmp_path):
    shutil.copy(trained / classifier.WEIGHTS_NAME, tmp_path / classifier.WEIGHTS_NAME)
    metadata = json.loads((trained / classifier.METADATA_NAME).read_text("utf-8"))
    metadata["format_version"] = classifier.FORMAT_VERSION + 1
    (tmp_path / classifier.METADATA_NAME).write_text(json.dumps(metadata), "utf-8")
    with pytest.raises(classifier.ModelError, match="format version"):
        classifier.load(tmp_path)


def test_missing_model_says_how_to_train(tmp_path):
    with pytest.raises(classifier.ModelError, match="jwreview model train"):
        classifier.load(tmp_path)


def test_installed_model_matches_its_training_data():
    model = classifier.load()  # verifies format version and weights hash
    data = mt.load_dataset(TRAINING)
    assert model.metadata["training"]["data_sha256"] == data.sha256, (
        "models/training changed since the model was trained: run `jwreview model train`"
    )
    assert set(classifier.CLAUSE_LABELS) <= set(model.labels)


class FakeScores:
    """Stands in for the model: a fixed probability for sentences containing a phrase."""

    def __init__(self, phrase, label, p):
        self.phrase, self.label, self.p = phrase, label, p


def _with_fake_scores(analysis, fake, monkeypatch):
    monkeypatch.setattr(
        type(analysis), "clause_probability",
        lambda self, s, label: fake.p if (fake.phrase in s.text and label == fake.label) else 0.01,
    )
    monkeypatch.setattr(
        type(analysis), "clause_probabilities",
        lambda self, label: [self.clause_probability(s, label) for s in self.sentences],
    )
    monkeypatch.setattr(type(analysis), "clause_threshold", lambda self, label: 0.8)


PARAPHRASE = (
    "# Project Initiation Document\n## Background\nShould the partners part company early, "
    "Meridian stops paying for the nurse and the surgery keeps the clinic going from its own "
    "budget.\n"
)


def test_classifier_evidence_counts_when_no_pattern_matches(monkeypatch):
    rule = next(r for r in builtin_rules() if r.id == "exit-strategy")
    with classifier.disabled():
        analysis, _ = review_text(PARAPHRASE, "pid")
        assert clause_present(rule, analysis).outcome == "fail"
    _with_fake_scores(analysis, FakeScores("part company", "exit-strategy", 0.93), monkeypatch)
    verdict = clause_present(rule, analysis)
    assert verdict.outcome == "pass"
    assert "classifier p=0.93" in verdict.evidence[0].signals
    assert verdict.evidence[0].confidence == pytest.approx(0.93)


def test_classifier_does_not_rescue_a_placeholder(monkeypatch):
    rule = next(r for r in builtin_rules() if r.id == "exit-strategy")
    text = "# Project Initiation Document\n## Background\nExit strategy: TBC\n"
    analysis, _ = review_text(text, "pid")
    _with_fake_scores(analysis, FakeScores("TBC", "exit-strategy", 0.99), monkeypatch)
    verdict = clause_present(rule, analysis)
    assert verdict.outcome == "fail"
    assert any("placeholder" in s for e in verdict.evidence for s in e.signals)


def test_explain_shows_classifier_scores(fixtures_dir, capsys):
    code = main(["review", str(fixtures_dir / "pid-compliant.docx"), "--explain", "--no-color",
                 "--jobs", "1"])
    out = capsys.readouterr().out
    assert code in (0, 1)
    assert "classifier p=" in out


def test_feedback_add_appends_and_training_uses_it(tmp_path, subset, capsys):
    feedback = tmp_path / "feedback.jsonl"
    for label in ("present", "absent"):
        code = main(["feedback", "add", "--rule", "exit-strategy", "--label", label,
                     "--text", f"The partners may part company early ({label}).",
                     "--file", str(feedback)])
        assert code == 0
    lines = [json.loads(line) for line in feedback.read_text("utf-8").splitlines()]
    assert [(r["rule"], r["label"]) for r in lines] == [
        ("exit-strategy", "present"), ("exit-strategy", "absent")]
    assert "2 entries" in capsys.readouterr().out
    data = mt.load_dataset(subset, feedback)
    assert data.feedback == 2 and data.labels[-2:] == ["exit-strategy", "none"]
    assert data.sha256 != mt.load_dataset(subset).sha256


def test_feedback_rejects_an_unknown_rule(tmp_path):
    code = main(["feedback", "add", "--rule", "no-such-rule", "--label", "present",
                 "--text", "x", "--file", str(tmp_path / "f.jsonl")])
    assert code == 2
    assert not (tmp_path / "f.jsonl").exists()


def test_a_review_never_imports_scikit_learn(fixtures_dir):
    probe = (
        "import sys; from reviewer.review import review_file; "
        f"r = review_file({str(fixtures_dir / 'pid-compliant.docx')!r}); "
        "assert r.error is None; "
        "assert any('classifier p=' in s for f in r.findings for e in f.evidence for s in e.signals); "
        "print('sklearn' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=ROOT, check=True)
    assert result.stdout.strip() == "False"


def test_packaged_model_is_the_trained_model():
    """A plain `pip install .` ships reviewer/data/; it must equal models/ byte for byte."""
    from reviewer.analysis import classifier as clf

    for name in (clf.METADATA_NAME, clf.WEIGHTS_NAME):
        assert (clf.PACKAGED_MODEL_DIR / name).read_bytes() == (clf.SOURCE_MODEL_DIR / name).read_bytes()
    assert clf.load(clf.PACKAGED_MODEL_DIR).metadata["weights_sha256"]
