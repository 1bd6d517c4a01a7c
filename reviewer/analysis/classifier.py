"""The clause classifier at run time: numpy scoring from exported weights, no scikit-learn.

`jwreview model train` (reviewer/model_training.py) fits a scikit-learn pipeline, TF-IDF word
1-2-grams and char_wb 3-5-grams feeding a linear model, and exports its parameters as a
versioned pair of files in `models/`:

- clause-classifier.json: format version, labels, feature settings, calibration kind,
  per-label thresholds, training-data hash, library versions, metrics and the sha256 of
- clause-classifier.npz: vocabularies (unicode arrays), idf vectors, coefficients,
  intercepts and calibration parameters. Loaded with allow_pickle=False.

Here the same vectoriser and linear scoring are re-implemented in numpy so a review never
imports scikit-learn (about half a second of start-up); a test checks that the probabilities
equal scikit-learn's. Scoring is batched: one call per document covers all its sentences.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

FORMAT = "jwreview-clause-classifier"
FORMAT_VERSION = 1
METADATA_NAME = "clause-classifier.json"
WEIGHTS_NAME = "clause-classifier.npz"
NONE_LABEL = "none"
# The rules whose clauses the model recognises; a rule's id is its label.
CLAUSE_LABELS = (
    "exit-strategy", "confidentiality", "data-protection", "resource-contributions",
    "patient-benefit", "measurable-outcomes", "transparency", "promotional-language",
    "sales-roles",
)
MODEL_DIR_ENV = "JWREVIEW_MODEL_DIR"
DISABLE_ENV = "JWREVIEW_NO_MODEL"
# scikit-learn's TfidfVectorizer whitespace normalisation, copied so features match exactly.
_WHITESPACE = re.compile(r"\s\s+")
KINDS = ("softmax", "sigmoid-ovr")


class ModelError(Exception):
    """The model files are missing pieces, of another version or do not match their hash."""


# `models/` in a source checkout (where `jwreview model train` writes), and the copy shipped
# inside the package as package data, which is what a plain `pip install .` has.
SOURCE_MODEL_DIR = Path(__file__).resolve().parents[2] / "models"
PACKAGED_MODEL_DIR = Path(__file__).resolve().parents[1] / "data"


def default_model_dir() -> Path:
    """`$JWREVIEW_MODEL_DIR`, else `models/` of a source checkout, else the packaged copy."""
    configured = os.environ.get(MODEL_DIR_ENV)
    if configured:
        return Path(configured)
    if (SOURCE_MODEL_DIR / METADATA_NAME).exists():
        return SOURCE_MODEL_DIR
    return PACKAGED_MODEL_DIR


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class TextFeatures:
    """One TfidfVectorizer, as exported: analyzer, n-gram range, vocabulary and idf."""

    analyzer: str  # "word" or "char_wb"
    ngram_range: tuple[int, int]
    sublinear_tf: bool
    vocabulary: dict[str, int]
    idf: np.ndarray
    token_pattern: str = r"(?u)\b\w\w+\b"
    # word -> its char_wb feature indices, kept across documents (bounded below).
    word_cache: dict = field(default_factory=dict, compare=False, repr=False)

    @functools.cached_property
    def _token(self) -> re.Pattern:
        return re.compile(self.token_pattern)

    def terms(self, text: str, word_cache: dict[str, list[int]]) -> list[int]:
        """Vocabulary indices of every n-gram in `text`, repeated as often as they occur."""
        text = text.lower()
        vocabulary = self.vocabulary
        if self.analyzer == "char_wb":
            # char_wb n-grams never cross a space, so each distinct word is analysed once.
            result: list[int] = []
            for word in _WHITESPACE.sub(" ", text).split():
                hits = word_cache.get(word)
                if hits is None:
                    hits = [
                        vocabulary[g] for g in _char_wb(word, *self.ngram_range) if g in vocabulary
                    ]
                    word_cache[word] = hits
                result.extend(hits)
            return result
        tokens = self._token.findall(text)
        low, high = self.ngram_range
        grams = list(tokens) if low == 1 else []
        for n in range(max(low, 2), min(high, len(tokens)) + 1):
            grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        return [vocabulary[g] for g in grams if g in vocabulary]

    def transform(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Sparse L2-normalised tf-idf rows as (row, column, value) arrays."""
        cache = self.word_cache
        if len(cache) > 200_000:
            cache.clear()
        # One flat list and one count per text, turned into arrays once: two small arrays per
        # sentence cost more than the terms themselves on a long document.
        flat: list[int] = []
        lengths: list[int] = []
        for text in texts:
            found = self.terms(text, cache)
            flat.extend(found)
            lengths.append(len(found))
        if not flat:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros(0)
        width = len(self.idf)
        rows = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
        cols = np.asarray(flat, dtype=np.int64)
        keys, counts = np.unique(rows * width + cols,
                                 return_counts=True)
        row, col = keys // width, keys % width
        tf = counts.astype(np.float64)
        if self.sublinear_tf:
            tf = np.log(tf) + 1.0
        value = tf * self.idf[col]
        norms = np.sqrt(np.bincount(row, weights=value * value, minlength=len(texts)))
        value = value / norms[row]
        return row, col, value


def _char_wb(word: str, low: int, high: int) -> list[str]:
    """scikit-learn's char_wb n-grams of one word, padded with a space each side."""
    padded = f" {word} "
    length = len(padded)
    grams = []
    for n in range(low, high + 1):
        offset = 0
        grams.append(padded[offset : offset + n])
        while offset + n < length:
            offset += 1
            grams.append(padded[offset : offset + n])
        if offset == 0:  # a word shorter than n is counted once
            break
    return grams


class ClauseClassifier:
    """Sentence -> probability per clause label, from exported weights."""

    def __init__(self, metadata: dict, arrays: dict[str, np.ndarray], source: str = "") -> None:
        self.metadata = metadata
        self.source = source
        self.labels: tuple[str, ...] = tuple(metadata["labels"])
        self.kind: str = metadata["model"]["kind"]
        if self.kind not in KINDS:
            raise ModelError(f"{source}: unknown model kind '{self.kind}'")
        self.thresholds: dict[str, float] = dict(metadata.get("thresholds", {}))
        self.blocks: list[TextFeatures] = []
        for i, block in enumerate(metadata["features"]):
            vocab = arrays[f"vocab_{i}"].tolist()
            self.blocks.append(
                TextFeatures(
                    analyzer=block["analyzer"],
                    ngram_range=tuple(block["ngram_range"]),
                    sublinear_tf=bool(block["sublinear_tf"]),
                    vocabulary=dict(zip(vocab, range(len(vocab)), strict=True)),
                    idf=arrays[f"idf_{i}"].astype(np.float64),
                    token_pattern=block.get("token_pattern", r"(?u)\b\w\w+\b"),
                )
            )
        # Coefficients stored as (features, classes) so a gather by feature index is contiguous.
        self.coef = np.ascontiguousarray(arrays["coef"].astype(np.float64).T)
        self.intercept = arrays["intercept"].astype(np.float64)
        self.calibration = arrays.get("calibration")
        widths = [len(b.idf) for b in self.blocks]
        if self.coef.shape != (sum(widths), len(self.labels)):
            raise ModelError(f"{source}: coefficient shape does not match vocabulary and labels")
        self._offsets = np.cumsum([0, *widths[:-1]])

    def decision_function(self, texts: list[str]) -> np.ndarray:
        scores = np.tile(self.intercept, (len(texts), 1))
        for block, offset in zip(self.blocks, self._offsets, strict=True):
            row, col, value = block.transform(texts)
            if len(row) == 0:
                continue
            contributions = self.coef[col + offset] * value[:, None]
            # Rows come sorted, so each row's entries are one run: sum the runs in one call.
            starts = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
            scores[row[starts]] += np.add.reduceat(contributions, starts, axis=0)
        return scores

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """(len(texts), len(labels)) probabilities; rows sum to 1."""
        if not texts:
            return np.zeros((0, len(self.labels)))
        scores = self.decision_function(texts)
        if self.kind == "softmax":
            scores -= scores.max(axis=1, keepdims=True)
            proba = np.exp(scores)
            return proba / proba.sum(axis=1, keepdims=True)
        # Platt scaling per class, then normalised (scikit-learn's CalibratedClassifierCV).
        a, b = self.calibration
        proba = 1.0 / (1.0 + np.exp(a * scores + b))
        total = proba.sum(axis=1, keepdims=True)
        uniform = np.full_like(proba, 1.0 / len(self.labels))
        proba = np.divide(proba, total, out=uniform, where=total != 0)
        proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
        return proba

    def predict_proba_distinct(self, texts: list[str]) -> np.ndarray:
        """`predict_proba`, scoring each distinct text once (forms and tables repeat a lot).

        A row's probabilities depend on its own text alone (its terms, norm and sums never mix
        with other rows), so a repeat gets exactly the bits of its first occurrence.
        """
        index: dict[str, int] = {}
        rows = [index.setdefault(text, len(index)) for text in texts]
        if len(index) == len(texts):
            return self.predict_proba(texts)
        return self.predict_proba(list(index))[np.asarray(rows, dtype=np.intp)]

    def threshold(self, label: str) -> float:
        return float(self.thresholds.get(label, 0.5))

    def describe(self) -> str:
        training = self.metadata.get("training", {})
        return (
            f"{self.kind} over {sum(len(b.idf) for b in self.blocks)} features, "
            f"{len(self.labels)} labels, {training.get('examples', '?')} training sentences, "
            f"data sha256 {str(training.get('data_sha256', '?'))[:12]}"
        )


def load(directory: Path | str | None = None) -> ClauseClassifier:
    """Load and verify the model in `directory`; raises ModelError with a one-line reason."""
    folder = Path(directory) if directory is not None else default_model_dir()
    meta_path = folder / METADATA_NAME
    try:
        metadata = json.loads(meta_path.read_text("utf-8"))
    except FileNotFoundError as exc:
        raise ModelError(f"{meta_path}: no trained model; run `jwreview model train`") from exc
    except (OSError, ValueError) as exc:
        raise ModelError(f"{meta_path}: unreadable model metadata ({exc})") from exc
    if not isinstance(metadata, dict) or metadata.get("format") != FORMAT:
        raise ModelError(f"{meta_path}: not a jwreview clause-classifier metadata file")
    if metadata.get("format_version") != FORMAT_VERSION:
        raise ModelError(
            f"{meta_path}: model format version {metadata.get('format_version')} is not the "
            f"supported version {FORMAT_VERSION}; retrain with `jwreview model train`"
        )
    weights = folder / metadata.get("weights_file", WEIGHTS_NAME)
    try:
        data = weights.read_bytes()
    except OSError as exc:
        raise ModelError(f"{weights}: cannot read the model weights ({exc.strerror})") from exc
    if hashlib.sha256(data).hexdigest() != metadata.get("weights_sha256"):
        raise ModelError(
            f"{weights}: weights do not match the sha256 in {meta_path.name} (changed or "
            "corrupt); retrain with `jwreview model train`"
        )
    import io

    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in npz.files}
        return ClauseClassifier(metadata, arrays, str(weights))
    except (KeyError, ValueError, TypeError) as exc:
        raise ModelError(f"{weights}: malformed model weights ({exc})") from exc


_state = threading.local()
_LOCK = threading.Lock()
_CACHE: dict[str, tuple[ClauseClassifier | None, str | None]] = {}


def enabled() -> bool:
    """False inside `disabled()` or when $JWREVIEW_NO_MODEL is set: rules work alone."""
    return not getattr(_state, "off", False) and not os.environ.get(DISABLE_ENV)


@contextmanager
def disabled():
    """Review with the rules alone (used to report rules vs rules+model side by side)."""
    previous = getattr(_state, "off", False)
    _state.off = True
    try:
        yield
    finally:
        _state.off = previous


def default() -> ClauseClassifier | None:
    """The installed model, loaded once per process; None when disabled, absent or invalid."""
    if not enabled():
        return None
    model, _ = _load_cached(str(default_model_dir()))
    return model


def problem() -> str | None:
    """Why the installed model cannot be used (one line), or None if it loads or is absent."""
    folder = default_model_dir()
    if not (folder / METADATA_NAME).exists():
        return None
    return _load_cached(str(folder))[1]


def fingerprint() -> str | None:
    """The installed model's weights hash (for result caches), None when no model is used."""
    model = default()
    return model.metadata["weights_sha256"] if model is not None else None


def _load_cached(folder: str) -> tuple[ClauseClassifier | None, str | None]:
    with _LOCK:
        if folder not in _CACHE:
            try:
                _CACHE[folder] = (load(folder), None)
            except ModelError as exc:
                _CACHE[folder] = (None, str(exc))
        return _CACHE[folder]


def clear_cache() -> None:
    with _LOCK:
        _CACHE.clear()


@dataclass(frozen=True)
class SentenceScores:
    """Probabilities for every sentence of one document, computed in one batch."""

    model: ClauseClassifier
    proba: np.ndarray  # (sentences, labels)
    _columns: dict = field(default_factory=dict, compare=False, repr=False)

    def column(self, label: str) -> list[float] | None:
        """`probability(i, label)` for every sentence i, as one list made once per label."""
        if label not in self.model.labels:
            return None
        if label not in self._columns:
            self._columns[label] = self.proba[:, self.model.labels.index(label)].tolist()
        return self._columns[label]

    def probability(self, index: int, label: str) -> float | None:
        if label not in self.model.labels:
            return None
        return float(self.proba[index, self.model.labels.index(label)])

    def threshold(self, label: str) -> float:
        return self.model.threshold(label)


def score_texts(texts: list[str]) -> SentenceScores | None:
    model = default()
    if model is None:
        return None
    return SentenceScores(model, model.predict_proba_distinct(texts))


def signal(probability: float) -> str:
    """How a classifier score reads in evidence and --explain."""
    return f"classifier p={math.floor(probability * 100 + 0.5) / 100:.2f}"
