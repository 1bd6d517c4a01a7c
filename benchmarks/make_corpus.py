"""Generate the benchmark corpus: realistic PIDs, agreements and forms, .docx and .pdf, 2-30 pages.

The documents are built from the same hand-written projects as fixtures/make_fixtures.py (so the
wording is what real submissions say), varied per document: sections dropped (so some fail),
appendices of milestone and risk tables and progress notes added to reach a target length, some
PDFs set in two columns. A few broken files (truncated, not a document, empty) are added so a run
shows errors without stopping. Output is deterministic for a given --seed.

    python benchmarks/make_corpus.py                # 500 documents into benchmarks/corpus/
    python benchmarks/make_corpus.py -n 60 --out /tmp/small
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fixtures"))

import make_fixtures as fx  # noqa: E402  (the fixture builders: blocks, renderers, projects)

PIDS = [fx.TOPIC_A, fx.TOPIC_B, fx.TOPIC_C, fx.TOPIC_D, fx.TOPIC_E, fx.TOPIC_F, fx.TOPIC_G,
        fx.TOPIC_H, fx.TOPIC_I]
AGREEMENTS = [fx.AGR_A, fx.AGR_D, fx.AGR_SMITH, fx.AGR_E, fx.AGR_PCN]
FORMS = [fx.ES_A, fx.ES_NO_DATA, fx.ES_PROMO, fx.ES_SALES_CONTACT, fx.ES_G, fx.CF_ASTHMA,
         fx.CF_PSORIASIS, fx.OUT_B, fx.AMD_A]
PID_OPTIONAL = ["exit", "conf", "dp", "transp", "kpis", "benefits"]
AGR_OPTIONAL = ["exit", "conf", "dp", "transp", "kpis", "benefits"]
WORDS_PER_PAGE = {"docx": 480, "pdf": 600}
BROKEN = {
    "broken-truncated.pdf": "corrupt",
    "broken-zip.docx": "corrupt",
    "broken-empty.docx": "empty",
    "broken-notes.docx": "bad-format",
    "broken-random.pdf": "corrupt",
}


def _words(blocks) -> int:
    total = 0
    for block in blocks:
        kind = block[0]
        if kind in ("p", "u", "title", "sub"):
            total += len(block[1].split())
        elif kind == "h":
            total += len(block[2].split())
        elif kind == "ul":
            total += sum(len(item.split()) for item in block[1])
        elif kind == "table":
            total += sum(len(str(cell).split()) for row in block[1] for cell in row)
    return total


def _paragraphs(blocks) -> list[str]:
    return [b[1] for b in blocks if b[0] in ("p", "u") and len(b[1].split()) > 12]


def _appendices(rng: random.Random, base_blocks, words_needed: int) -> list:
    """Appendices a real PID carries: progress notes, milestone plans, risk logs."""
    pool = _paragraphs(base_blocks) or ["The project group reviewed progress against the plan."]
    out: list = []
    number = 0
    while words_needed > 0:
        number += 1
        kind = rng.choice(("notes", "notes", "milestones", "risks"))
        if kind == "milestones":
            out += [fx.H(f"Appendix {number}: Milestone plan"), fx.T(fx._MILESTONES)]
            words_needed -= _words([fx.T(fx._MILESTONES)])
        elif kind == "risks":
            out += [fx.H(f"Appendix {number}: Risk log"), fx.T(fx._RISKS, [2, 1, 1, 3, 1.5])]
            words_needed -= _words([fx.T(fx._RISKS)])
        else:
            out.append(fx.H(f"Appendix {number}: Project group notes, meeting {number}"))
            for _ in range(rng.randint(4, 9)):
                text = f"Item {rng.randint(1, 12)}. " + rng.choice(pool)
                out.append(fx.U(text))
                words_needed -= len(text.split())
    return out


def plan(index: int, seed: int) -> dict:
    rng = random.Random(seed * 100_003 + index)
    fmt = "pdf" if index % 2 else "docx"
    roll = rng.random()
    if roll < 0.6:
        topic = rng.choice(PIDS)
        drop = tuple(rng.sample(PID_OPTIONAL, rng.choice((0, 0, 1, 2))))
        blocks = fx.build_pid(topic, drop=drop)
        kind = "pid"
    elif roll < 0.9:
        agreement = rng.choice(AGREEMENTS)
        drop = tuple(rng.sample(AGR_OPTIONAL, rng.choice((0, 0, 1, 2))))
        blocks = fx.build_agreement(agreement, drop=drop)
        kind = "agreement"
    else:
        blocks = list(rng.choice(FORMS))
        kind = "form"
        drop = ()
    pages = rng.choice((2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30)) if kind != "form" else \
        rng.randint(2, 4)
    target_words = pages * WORDS_PER_PAGE[fmt]
    blocks = blocks + _appendices(rng, blocks, target_words - _words(blocks))
    two_column = fmt == "pdf" and rng.random() < 0.1
    return {"index": index, "fmt": fmt, "kind": kind, "drop": drop, "blocks": blocks,
            "pages": pages, "two_column": two_column}


def build(job: tuple[int, int, str]) -> dict:
    index, seed, out = job
    spec = plan(index, seed)
    name = f"{index:04d}-{spec['kind']}{'-2col' if spec['two_column'] else ''}.{spec['fmt']}"
    path = Path(out) / name
    if spec["fmt"] == "docx":
        fx.render_docx(spec["blocks"], path, author="Benchmark", title=name)
    elif spec["two_column"]:
        fx.render_pdf_two_column(spec["blocks"], path, header="Joint working project",
                                 footer="Page {page}", title=name)
    else:
        fx.render_pdf(spec["blocks"], path, header="Joint working project",
                      footer="Page {page}", title=name)
    return {"file": name, "format": spec["fmt"], "kind": spec["kind"],
            "target_pages": spec["pages"], "dropped": list(spec["drop"]),
            "words": _words(spec["blocks"])}


def write_broken(out: Path, sample_pdf: Path, sample_docx: Path) -> None:
    data = sample_pdf.read_bytes()
    (out / "broken-truncated.pdf").write_bytes(data[: len(data) // 3])
    (out / "broken-zip.docx").write_bytes(sample_docx.read_bytes()[:2000])
    fx.render_docx([], out / "broken-empty.docx")
    (out / "broken-notes.docx").write_text("Minutes of the project group, typed as plain text.\n")
    (out / "broken-random.pdf").write_bytes(b"%PDF-1.7\n" + random.Random(1).randbytes(4096))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--count", type=int, default=500)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "corpus")
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args(argv)
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    jobs = [(i, args.seed, str(args.out)) for i in range(args.count)]
    with ProcessPoolExecutor(args.jobs) as pool:
        manifest = list(pool.map(build, jobs, chunksize=4))
    first_pdf = next(args.out / m["file"] for m in manifest if m["format"] == "pdf")
    first_docx = next(args.out / m["file"] for m in manifest if m["format"] == "docx")
    write_broken(args.out, first_pdf, first_docx)
    manifest += [{"file": name, "broken": code} for name, code in BROKEN.items()]
    (args.out / ".manifest.json").write_text(json.dumps(manifest, indent=1))
    pdfs = sum(1 for m in manifest if m.get("format") == "pdf")
    print(f"{len(manifest)} files in {args.out} ({pdfs} PDF, {args.count - pdfs} .docx, "
          f"{len(BROKEN)} broken)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
