"""Per-field accuracy of the extractor against labelled texts (run: `make eval`, or python -m tests.evaluate DIR).

DIR holds texts/*.txt and labels/<same stem>.yml (format: tests/corpus/README.md). A developer's tool for the
labelled corpora, not part of the package: the label format is theirs (see the README of tests/corpus/).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

from sco_archive.pipeline import run
from sco_archive.serialise import archive_dict

FIELDS = (
    "kind", "date", "published", "title", "speaker.name", "speaker.title", "venue.city", "venue.country",
    "venue.online", "meeting.body", "meeting.number", "announced_proposals", "proposals.count",
    "proposals.summaries", "proposals.last_end", "proposals.not_swallowed", "themes", "grouping",
)


def _get(record: dict | None, dotted: str):
    value = record
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _str(value) -> str | None:
    return None if value is None else str(value)


def compare(doc: dict, label: dict, meeting_of: dict[str, str], labels: dict[str, dict] | None = None) -> dict[str, tuple[bool, object, object]]:
    """Each field: (correct, got, wanted). A text labelled undated takes its group's date: its grouped partner's, else
    the one date the other labels of its group (the union of the `group_with` links) give."""
    out: dict[str, tuple[bool, object, object]] = {}
    if label.get("date") is None and labels:
        label = {**label, "date": _group_date(doc["id"], label, labels)}
    for field in ("kind", "date", "published", "announced_proposals"):
        out[field] = (_str(doc[field]) == _str(label[field]), doc[field], label[field])
    want_title = label.get("title")
    got_title = None if doc.get("title_generated") else doc["title"]
    out["title"] = (got_title == want_title, got_title, want_title)
    for field in ("speaker.name", "speaker.title", "venue.city", "venue.country", "venue.online"):
        got = _get(doc, field)
        want = _get(label, field)
        if field == "venue.online":
            got, want = bool(got), bool(want)
        out[field] = (got == want, got, want)
    for field in ("meeting.body", "meeting.number"):
        got, want = doc["meeting"][field.split(".")[1]], _get(label, field)
        out[field] = (got == want, got, want)
    props = doc["proposals"]
    want_summaries = label.get("proposals") or []
    out["proposals.count"] = (len(props) == len(want_summaries), len(props), len(want_summaries))
    got_summaries = [p["summary"] for p in props]
    out["proposals.summaries"] = (got_summaries == want_summaries, got_summaries, want_summaries)
    end = label.get("last_proposal_ends_with")
    got_end = props[-1]["text"][-80:] if props else None
    out["proposals.last_end"] = ((bool(props) and props[-1]["text"].rstrip().endswith(end.strip())) if end else not props, got_end, end)
    phrase = label.get("must_not_be_in_proposals")
    swallowed = [p["number"] for p in props if phrase and phrase in p["text"]]
    out["proposals.not_swallowed"] = (not swallowed, swallowed, phrase)
    want_themes = set(label.get("themes_include") or [])
    out["themes"] = (want_themes <= set(doc["themes"]), doc["themes"], sorted(want_themes))
    partner = label.get("group_with")
    if partner:
        together = meeting_of.get(doc["id"]) == meeting_of.get(partner)
        out["grouping"] = (together, meeting_of.get(doc["id"]), f"same meeting as {partner}")
    return out


def _groups(labels: dict[str, dict]) -> dict[str, set[str]]:
    """Each labelled text's group: the texts the `group_with` links join it to, one link after another."""
    group = {n: {n} for n in labels}
    for n, label in labels.items():
        partner = label.get("group_with")
        if partner in group and group[partner] is not group[n]:
            merged = group[n] | group[partner]
            for member in merged:
                group[member] = merged
    return group


def _group_date(name: str, label: dict, labels: dict[str, dict]):
    partner = label.get("group_with")
    if partner in labels and labels[partner].get("date") is not None:
        return labels[partner]["date"]
    dates = {labels[m].get("date") for m in _groups(labels).get(name, {name})} - {None}
    return dates.pop() if len(dates) == 1 else None


def evaluate(corpus: Path) -> tuple[dict[str, dict[str, tuple[bool, object, object]]], float, tuple[float, float, float]]:
    """Run the pipeline over corpus/texts and compare with corpus/labels; also return seconds per document
    and the grouping's pairwise (precision, recall, F1)."""
    start = time.perf_counter()
    archive = archive_dict(run([str(corpus / "texts")]))
    per_doc = (time.perf_counter() - start) / max(len(archive["documents"]), 1)
    meeting_of = {d["id"]: d["meeting"]["id"] for d in archive["documents"]}
    labels = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((corpus / "labels").glob("*.yml"))}
    results = {}
    for doc in archive["documents"]:
        if doc["id"] in labels:
            results[doc["id"]] = compare(doc, labels[doc["id"]], meeting_of, labels)
    return results, per_doc, grouping_scores(meeting_of, labels)


def grouping_scores(meeting_of: dict[str, str], labels: dict[str, dict]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of the grouping: two labelled texts belong together when
    `group_with` links them or their labels give the same body and the same day."""
    names = sorted(n for n in labels if n in meeting_of)
    gold = {n: n for n in names}  # union-find over the labels

    def root(n: str) -> str:
        while gold[n] != n:
            n = gold[n]
        return n

    for n in names:
        partner = labels[n].get("group_with")
        if partner in gold:
            gold[root(n)] = root(partner)
    by_day: dict[tuple, str] = {}
    for n in names:
        body, date = (labels[n].get("meeting") or {}).get("body"), labels[n].get("date")
        if body and date:
            first = by_day.setdefault((body, str(date)), n)
            gold[root(n)] = root(first)
    pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1:]]
    want = {p for p in pairs if root(p[0]) == root(p[1])}
    got = {p for p in pairs if meeting_of[p[0]] == meeting_of[p[1]]}
    precision = len(want & got) / len(got) if got else 1.0
    recall = len(want & got) / len(want) if want else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def report(results: dict[str, dict[str, tuple[bool, object, object]]], per_doc: float, verbose: bool,
           grouping: tuple[float, float, float] | None = None) -> str:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    lines = []
    for name, fields in sorted(results.items()):
        for field, (ok, got, want) in fields.items():
            totals[field][0] += ok
            totals[field][1] += 1
            if verbose and not ok:
                lines.append(f"  MISS {name} {field}: got {got!r}, want {want!r}")
    table = [f"{'field':26} {'correct':>9} {'accuracy':>9}"]
    all_ok = all_n = 0
    for field in FIELDS:
        if field in totals:
            ok, n = totals[field]
            all_ok += ok
            all_n += n
            table.append(f"{field:26} {ok:>4}/{n:<4} {ok / n:>9.1%}")
    table.append(f"{'ALL FIELDS':26} {all_ok:>4}/{all_n:<4} {all_ok / max(all_n, 1):>9.1%}")
    if grouping:
        table.append(f"{'grouping pairs':26} precision {grouping[0]:.2f}, recall {grouping[1]:.2f}, F1 {grouping[2]:.2f}")
    table.append(f"{len(results)} labelled texts, {per_doc * 1000:.2f} ms per document (whole pipeline, one run)")
    return "\n".join(table + lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.evaluate", description=__doc__)
    parser.add_argument("corpus", type=Path, help="folder with texts/ and labels/")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    results, per_doc, grouping = evaluate(args.corpus)
    print(report(results, per_doc, args.verbose, grouping))
    return 0


if __name__ == "__main__":
    sys.exit(main())
