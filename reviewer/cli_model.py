"""`jwreview model train|evaluate|info` and `jwreview feedback add|list`.

Kept apart from reviewer/cli.py, which only registers these groups. scikit-learn is imported
by `model train` and `model evaluate` alone, never by a review.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import click

from reviewer.analysis import classifier


class CommandError(click.ClickException):
    """A one-line, plain-English failure of a model or feedback command (exit code 1)."""

    def show(self, file=None) -> None:
        click.echo(f"jwreview: error: {self.message}", err=True)


def default_feedback_file() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "jwreview" / "feedback.jsonl"


def _training_dir(model_dir: Path) -> Path:
    return model_dir / "training"


@click.group("model")
def model_group():
    """Train, evaluate and inspect the clause classifier in models/."""


@model_group.command("train")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of training *.jsonl files [default: models/training].")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the model to [default: models].")
@click.option("--with-feedback", is_flag=True, help="Include reviewers' feedback corrections.")
@click.option("--feedback-file", type=click.Path(dir_okay=False, path_type=Path),
              help="Feedback JSONL [default: ~/.local/share/jwreview/feedback.jsonl].")
@click.option("--folds", type=click.IntRange(min=2, max=20), default=5, show_default=True,
              help="Cross-validation folds used for the metrics and thresholds.")
def train_command(data_dir, out_dir, with_feedback, feedback_file, folds):
    """Train the clause classifier reproducibly (same data, same weights)."""
    from reviewer import model_training as mt

    to_default = out_dir is None
    out_dir = out_dir or classifier.SOURCE_MODEL_DIR
    data_dir = data_dir or _training_dir(classifier.SOURCE_MODEL_DIR)
    feedback = None
    if with_feedback:
        feedback = feedback_file or default_feedback_file()
        if not feedback.exists():
            raise CommandError(
                f"{feedback}: no feedback file (add some with `jwreview feedback add`)"
            )
    try:
        metadata = mt.train(data_dir, out_dir, feedback, folds=folds,
                            progress=lambda m: click.echo(f"jwreview: {m}", err=True))
    except (mt.TrainingDataError, OSError) as exc:
        raise CommandError(str(exc)) from exc
    if to_default:
        # Keep the copy that ships inside the package identical to models/.
        import shutil

        classifier.PACKAGED_MODEL_DIR.mkdir(exist_ok=True)
        for name in (classifier.METADATA_NAME, classifier.WEIGHTS_NAME):
            shutil.copyfile(out_dir / name, classifier.PACKAGED_MODEL_DIR / name)
    cv = metadata["metrics"]["cross_validation"]
    click.echo(
        f"Model written to {out_dir / classifier.METADATA_NAME} and {classifier.WEIGHTS_NAME}: "
        f"{metadata['training']['examples']} sentences "
        f"({metadata['training']['feedback_examples']} from feedback), "
        f"cross-validated accuracy {cv['accuracy']:.3f}, macro F1 {cv['macro_f1_clauses']:.3f}; "
        f"weights sha256 {metadata['weights_sha256'][:16]}"
    )


@model_group.command("evaluate")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of training *.jsonl files [default: models/training].")
@click.option("--folds", type=click.IntRange(min=2, max=20), default=5, show_default=True)
@click.option("--labels", "label_files", multiple=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help="labels.json of a document set (repeatable) "
                   "[default: fixtures/documents and eval].")
@click.option("--split", type=click.Choice(["all", "dev", "eval"]), default="all",
              show_default=True, help="Which split of labelled documents to score.")
@click.option("--no-cv", is_flag=True, help="Skip sentence-level cross-validation.")
@click.option("--no-documents", is_flag=True, help="Skip document-level evaluation.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write all figures to this JSON file.")
def evaluate_command(data_dir, folds, label_files, split, no_cv, no_documents, json_out):
    """Per-class CV metrics, and per-rule document metrics: rules alone vs rules + model."""
    from reviewer import model_evaluation as me

    figures = {}
    if not no_cv:
        data_dir = data_dir or _training_dir(classifier.default_model_dir())
        from reviewer.model_training import TrainingDataError

        try:
            figures["cross_validation"] = me.cross_validation(data_dir, folds)
        except (TrainingDataError, OSError) as exc:
            raise CommandError(str(exc)) from exc
        click.echo(me.cv_table(figures["cross_validation"]))
    if not no_documents:
        problem = classifier.problem()
        if problem or classifier.default() is None:
            raise CommandError(problem or "no trained model; run `jwreview model train` first")
        result = me.compare_documents(list(label_files) or None, split)
        figures["documents"] = result
        click.echo("\nDocument level: per-rule precision/recall, rules alone vs rules + model")
        click.echo(me.document_table(result))
        for group, changes in sorted(result["changes"].items()):
            click.echo(f"\nOutcomes the model changed in {group}:")
            click.echo("\n".join(f"  {line}" for line in changes))
    if json_out:
        json_out.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
        click.echo(f"jwreview: figures written to {json_out}", err=True)


@model_group.command("info")
def info_command():
    """Check the installed model (format version and weights hash) and describe it."""
    try:
        model = classifier.load()
    except classifier.ModelError as exc:
        raise CommandError(str(exc)) from exc
    training = model.metadata["training"]
    click.echo(f"{model.source}: {model.describe()}")
    click.echo(f"training data sha256 {training['data_sha256']}; "
               f"library versions {model.metadata['versions']}")
    click.echo("thresholds: " + ", ".join(f"{k} {v:.2f}" for k, v in model.thresholds.items()))


@click.group("feedback")
def feedback_group():
    """Record reviewers' corrections for the next `jwreview model train --with-feedback`."""


@feedback_group.command("add")
@click.option("--rule", required=True, type=click.Choice(classifier.CLAUSE_LABELS),
              help="The rule the sentence is (or is not) evidence for.")
@click.option("--text", required=True, help="The sentence, as it appears in the document.")
@click.option("--label", required=True, type=click.Choice(["present", "absent"]),
              help="present: the sentence is this clause; absent: it is not.")
@click.option("--file", "path", type=click.Path(dir_okay=False, path_type=Path),
              help="Feedback JSONL to append to [default: ~/.local/share/jwreview/feedback.jsonl].")
@click.option("--note", default="", help="Optional note (who, which document, why).")
def feedback_add(rule, text, label, path, note):
    """Append one correction to the feedback file."""
    text = " ".join(text.split())
    if not text:
        raise click.UsageError("--text must not be empty")
    path = path or default_feedback_file()
    record = {"rule": rule, "text": text, "label": label, "note": note,
              "added": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise CommandError(f"{path}: cannot write feedback ({exc.strerror})") from exc
    count = sum(1 for line in path.read_text("utf-8").splitlines() if line.strip())
    click.echo(f"Feedback recorded in {path} ({count} entries); "
               "run `jwreview model train --with-feedback` to use it.")


@feedback_group.command("list")
@click.option("--file", "path", type=click.Path(dir_okay=False, path_type=Path),
              help="Feedback JSONL [default: ~/.local/share/jwreview/feedback.jsonl].")
def feedback_list(path):
    """Show the recorded corrections."""
    path = path or default_feedback_file()
    if not path.exists():
        click.echo(f"No feedback recorded yet ({path}).")
        return
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            click.echo(f"{record.get('rule')}\t{record.get('label')}\t{record.get('text')}")
