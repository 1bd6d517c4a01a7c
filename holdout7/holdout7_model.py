"""Document model and label logic for the holdout7 set (all names invented)."""

RULES = ["exit-strategy", "confidentiality", "data-protection", "resource-contributions",
         "legal-entities", "promotional-language", "sales-roles", "patient-benefit",
         "measurable-outcomes", "transparency"]

APPLIES = {
    "exit-strategy": {"pid", "agreement"},
    "confidentiality": {"pid", "agreement"},
    "data-protection": {"pid", "agreement", "executive-summary"},
    "resource-contributions": {"pid", "agreement", "executive-summary", "concept-framework"},
    "legal-entities": {"agreement"},
    "promotional-language": {"pid", "agreement", "executive-summary", "concept-framework",
                             "outcomes-summary", "amendment", "unknown"},
    "sales-roles": {"pid", "agreement", "executive-summary", "concept-framework",
                    "outcomes-summary", "amendment", "unknown"},
    "patient-benefit": {"pid", "agreement", "executive-summary", "concept-framework",
                        "outcomes-summary"},
    "measurable-outcomes": {"pid", "agreement", "outcomes-summary"},
    "transparency": {"pid", "agreement", "executive-summary", "outcomes-summary"},
}


class Doc:
    """A document: metadata, labels and a list of content blocks.

    Block kinds: ('h', text, level), ('p', text), ('small', text), ('bul', [items]),
    ('num', [items]), ('tbl', rows, has_header), ('kv', rows), ('sig', [(org, name, role)]),
    ('cover', title, [lines]), ('br',).
    """

    def __init__(self, num, slug, ext, dtype, title, header="", footer="", layout="one",
                 tstyle="grid", es_data=False, font="Helvetica"):
        self.num, self.slug, self.ext, self.dtype = num, slug, ext, dtype
        self.title, self.header, self.footer = title, header, footer
        self.layout, self.tstyle, self.es_data, self.font = layout, tstyle, es_data, font
        self.blocks, self.over, self.why, self.keys = [], {}, [], []

    @property
    def fname(self):
        return "holdout7_%02d_%s.%s" % (self.num, self.slug, self.ext)

    # ---- content helpers -------------------------------------------------
    def cover(self, title, lines):
        self.blocks.append(("cover", title, list(lines)))
        return self

    def h(self, text, level=1):
        self.blocks.append(("h", text, level))
        return self

    def p(self, *texts):
        for t in texts:
            self.blocks.append(("p", t))
        return self

    def small(self, text):
        self.blocks.append(("small", text))
        return self

    def bul(self, items):
        self.blocks.append(("bul", list(items)))
        return self

    def num_list(self, items):
        self.blocks.append(("num", list(items)))
        return self

    def tbl(self, rows, header=True):
        self.blocks.append(("tbl", [list(r) for r in rows], header))
        return self

    def kv(self, rows):
        self.blocks.append(("kv", [list(r) for r in rows]))
        return self

    def sig(self, parties):
        self.blocks.append(("sig", list(parties)))
        return self

    def br(self):
        self.blocks.append(("br",))
        return self

    def clauses(self, num, heading, items):
        """Numbered contract clause: heading 'num. heading' then 'num.i text' paragraphs."""
        self.h("%s. %s" % (num, heading), 2)
        for i, t in enumerate(items, 1):
            self.p("%s.%d  %s" % (num, i, t))
        return self

    # ---- labels ------------------------------------------------------------
    def flag(self, rule, outcome, why, key=None):
        assert rule in RULES and outcome in ("fail", "warn", "pass", "n/a"), rule
        self.over[rule] = outcome
        self.why.append("%s=%s: %s" % (rule, outcome, why))
        if key:
            self.keys.append(key)
        return self

    def key(self, *texts):
        self.keys.extend(texts)
        return self

    def outcomes(self):
        out = {}
        for r in RULES:
            ok = self.dtype in APPLIES[r]
            if r == "data-protection" and self.dtype == "executive-summary" and not self.es_data:
                ok = False
            out[r] = "pass" if ok else "n/a"
        for r, o in self.over.items():
            if out[r] == "n/a" and o != "n/a":
                raise ValueError("%s: %s flagged but n/a for %s" % (self.fname, r, self.dtype))
            out[r] = o
        return out

    def label(self, split="eval"):
        notes = "; ".join(self.why) if self.why else "All applicable rules pass."
        if self.dtype == "executive-summary":
            notes += (" ES mentions patient data, so data-protection applies." if self.es_data
                      else " ES does not mention patient data, so data-protection is n/a.")
        return {"type": self.dtype, "error": None, "split": split, "notes": notes.strip(),
                "outcomes": self.outcomes()}

    def all_text(self):
        parts = [self.title, self.header, self.footer]
        for b in self.blocks:
            k = b[0]
            if k in ("h", "p", "small"):
                parts.append(b[1])
            elif k in ("bul", "num"):
                parts.extend(b[1])
            elif k in ("tbl", "kv"):
                for r in b[1]:
                    parts.extend(r)
            elif k == "sig":
                for t in b[1]:
                    parts.extend(t)
            elif k == "cover":
                parts.append(b[1])
                parts.extend(b[2])
        return "\n".join(p for p in parts if p)
