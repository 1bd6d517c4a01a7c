"""Build the clause-classifier training JSONL files from the hand-written sources.

Source format (models/training/sources/*.txt):
  "## <note>"                      sets the note for the following lines
  "## hn=<label> | <note>"         (none-* files only) sets hard_negative_for + note
  any other non-blank line         one training sentence
File name gives the label: <label>.txt, or none-*.txt for label "none".
Notes starting with "template" mark lines produced by small combination scripts
(kept under 25% of each label).
Run: python models/training/build.py   (writes models/training/<label>.jsonl and validates)
"""
import glob
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sources")
CLAUSE_LABELS = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
                 "patient-benefit", "measurable-outcomes", "transparency", "promotional-language",
                 "sales-roles"]
LABELS = CLAUSE_LABELS + ["none"]


def parse(path):
    base = os.path.basename(path)[:-4]
    label = "none" if base.startswith("none") else base
    assert label in LABELS, path
    note, hn, rows = None, None, []
    for ln, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("##"):
            head = line[2:].strip()
            hn = None
            if head.startswith("hn="):
                tag, _, head = head.partition("|")
                hn = tag[3:].strip()
                assert hn in CLAUSE_LABELS, (path, ln, hn)
            note = head.strip()
            continue
        assert note, (path, ln)
        rec = {"text": line, "label": label, "note": note}
        if hn:
            rec["hard_negative_for"] = hn
        rows.append(rec)
    return rows


def main():
    by_label = defaultdict(list)
    seen = {}
    dupes = []
    for path in sorted(glob.glob(os.path.join(SRC, "*.txt"))):
        for rec in parse(path):
            key = " ".join(rec["text"].lower().split())
            if key in seen:
                dupes.append((rec["label"], seen[key], rec["text"]))
                continue
            seen[key] = rec["label"]
            by_label[rec["label"]].append(rec)
    conflicts = [d for d in dupes if d[0] != d[1]]
    if conflicts:
        print("CROSS-LABEL DUPLICATES:", conflicts)
    if dupes:
        print(f"dropped {len(dupes)} duplicate lines")
    for label in LABELS:
        with open(os.path.join(HERE, f"{label}.jsonl"), "w", encoding="utf-8") as fh:
            for rec in by_label[label]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return validate()


def validate():
    ok = True
    counts, hn, tmpl = Counter(), Counter(), Counter()
    seen = set()
    for label in LABELS:
        for i, line in enumerate(open(os.path.join(HERE, f"{label}.jsonl"), encoding="utf-8"), 1):
            rec = json.loads(line)
            assert set(rec) <= {"text", "label", "note", "hard_negative_for"}, rec
            assert rec["label"] == label and rec["label"] in LABELS, rec
            assert rec["text"].strip() and rec["note"].strip(), rec
            if "hard_negative_for" in rec:
                assert label == "none" and rec["hard_negative_for"] in CLAUSE_LABELS, rec
            key = " ".join(rec["text"].lower().split())
            if key in seen:
                print("DUPLICATE", rec["text"]); ok = False
            seen.add(key)
            counts[label] += 1
            if rec.get("hard_negative_for"):
                hn[rec["hard_negative_for"]] += 1
            if rec["note"].startswith(("template", "neutral template")):
                tmpl[label] += 1
    print("label counts:")
    for label in LABELS:
        share = tmpl[label] / counts[label] if counts[label] else 0
        print(f"  {label:24s} {counts[label]:5d}   template share {share:.0%}")
        need = 1500 if label == "none" else 160
        if counts[label] < need or share > 0.25:
            print("   ^ FAILS requirement"); ok = False
    print("hard_negative_for counts:")
    for label in CLAUSE_LABELS:
        print(f"  {label:24s} {hn[label]:5d}")
        if hn[label] < 80:
            print("   ^ FAILS requirement"); ok = False
    print("total", sum(counts.values()), "| none neutral", counts["none"] - sum(hn.values()))
    print("VALID" if ok else "INVALID")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
