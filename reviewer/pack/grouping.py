"""Which documents belong to one project: same reference, same title, or the same parties.

Documents are linked pairwise and the links are joined (union-find), so a PID and a summary that
share a title and an agreement that shares the PID's parties and reference end up in one pack.
Every document records the link that placed it, which the reports show.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reviewer.analysis.facts import title_words
from reviewer.pack import Pack, PackDocument

TITLE_MATCH = 0.6  # share of title words two titles of one project have in common
TITLE_WITH_PARTIES = 0.3


def group(documents: list[PackDocument], one_pack: bool = False) -> list[Pack]:
    if one_pack:
        for document in documents:
            document.grouped_by = "given together as one pack (--one-pack)"
        return [Pack(_pack_name(documents), documents)] if documents else []
    parent = list(range(len(documents)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for j, document in enumerate(documents):
        if document.facts is None:
            document.grouped_by = "could not be read, so it is a pack of its own"
            continue
        for i in range(j):
            if documents[i].facts is None:
                continue
            reason = link(documents[i], document)
            if reason and find(i) != find(j):
                parent[find(j)] = find(i)
                if not document.grouped_by:
                    document.grouped_by = reason
        if not document.grouped_by:
            title = document.facts.title.value if document.facts.title else document.name
            document.grouped_by = f"first document of this project (title '{title}')"
    groups: dict[int, list[PackDocument]] = {}
    for i, document in enumerate(documents):
        groups.setdefault(find(i), []).append(document)
    return [Pack(_pack_name(members), members) for members in groups.values()]


def link(a: PackDocument, b: PackDocument) -> str | None:
    """Why b belongs with a, or None."""
    fa, fb = a.facts, b.facts
    if fa.reference and fb.reference and fa.reference.value.lower() == fb.reference.value.lower():
        return f"same project reference '{fb.reference.value}' as {a.name}"
    cores_a, cores_b = {p.core for p in fa.parties}, {p.core for p in fb.parties}
    if cores_a and cores_b and not cores_a & cores_b:
        return None  # same-sounding titles, but not one party in common: another project
    similarity = 0.0
    if fa.title and fb.title:
        words_a, words_b = title_words(fa.title.value), title_words(fb.title.value)
        if words_a and words_b:
            similarity = len(words_a & words_b) / len(words_a | words_b)
            if similarity >= TITLE_MATCH:
                return f"title '{fb.title.value}' matches {a.name} ({similarity:.0%} of title words shared)"
    shared = sorted(cores_a & cores_b)
    no_titles = not (fa.title and fb.title)
    if len(shared) >= 2 and (no_titles or similarity >= TITLE_WITH_PARTIES):
        names = [p.name for p in fb.parties if p.core in shared]
        return f"names the same parties as {a.name} ({', '.join(names)})"
    return None


def _pack_name(documents: list[PackDocument]) -> str:
    titles = Counter(d.facts.title.value for d in documents if d.facts is not None and d.facts.title)
    if titles:
        return titles.most_common(1)[0][0]
    return Path(documents[0].path).parent.name or documents[0].name if documents else "empty pack"
