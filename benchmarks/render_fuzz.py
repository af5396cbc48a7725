"""render.py's written-out forms against the generic ones they stand for, on random hostile archives.

    python benchmarks/render_fuzz.py [ARCHIVES]        (default 200)

Each archive holds 60 documents whose every string mixes Markdown/HTML/YAML specials, every kind of
whitespace, controls, lone surrogates, a BOM and non-ASCII (names, places and themes drawn from small
pools, so that they repeat), grouped into meetings. Compares, for every document, _doc_front with
markup._front_matter(doc_meta(...)) and _doc_line with doc_line from the top folder and from meetings/.
Prints the number of differences (0 expected) and exits 1 if any.
"""

from __future__ import annotations

import random
import sys

from sco_archive import markup, render
from sco_archive.group import group
from sco_archive.model import Archive, Document, Evidence, Paragraph, Proposal, Removed, Speaker, Venue
from sco_archive.slug import slugify

ALPHABET = [*"\\`*_{}[]()#+-.!|~=?&<>\"'%:, aZ09", *"\t\n\r\x0b\x0c\x1f\x85\xa0\u2028\u3000\x00\x01\x7f\ufeff\u00e9\u4e2d\U0001F600\ud800",
            "---", ": ", " #", "true", "no", "2020-01-01", "\r\n", "\n\n", "  "]
# without the characters that send front matter the generic way (C1 controls, line separators, BOM,
# astral characters, surrogates), so that the written-out front matter is compared too
MILD = [c for c in ALPHABET if c not in "\x85\u2028\ufeff\U0001F600\ud800"]


def archive(rnd: random.Random, alphabet: list[str]) -> Archive:
    """60 random hostile documents, grouped."""

    def text(lo: int = 0, hi: int = 40) -> str:
        return "".join(rnd.choice(alphabet) if rnd.random() < 0.4 else rnd.choice("abcdefgh ") for _ in range(rnd.randint(lo, hi)))

    def maybe(make, none: float = 0.3):
        return None if rnd.random() < none else make()

    pools = {k: [text(0, 15) for _ in range(4)] for k in ("kind", "name", "body", "city", "country", "theme")}

    def pick(kind: str) -> str:
        return rnd.choice(pools[kind]) if rnd.random() < 0.7 else text(0, 15)

    docs = []
    for i in range(60):
        docs.append(Document(
            id=rnd.choice([f"d{i}", f"D {i}!", text(1, 8) + str(i), f"true{i}", f"中{i}"]), source=text(1, 30), kind=pick("kind"),
            title=text(0, 120), date=maybe(lambda: rnd.choice([f"2020-01-0{rnd.randint(1, 3)}", "2021-05-05", text(0, 5)]), 0.2),
            published=maybe(lambda: rnd.choice(["2020-02-02", text(0, 5)])),
            speaker=maybe(lambda: Speaker(pick("name"), maybe(lambda: text(0, 10)))),
            venue=maybe(lambda: Venue(maybe(lambda: pick("city")), maybe(lambda: pick("country")), rnd.random() < 0.3)),
            body=maybe(lambda: pick("body")), number=maybe(lambda: rnd.choice([1, 2, 11, 0])),
            announced_proposals=maybe(lambda: rnd.randint(0, 5)),
            proposals=tuple(Proposal(rnd.randint(1, 4), text(0, 250), text(0, 110)) for _ in range(rnd.randint(0, 4))),
            themes=tuple(pick("theme") for _ in range(rnd.randint(0, 3))),
            warnings=tuple(text() for _ in range(rnd.randint(0, 2))), notes=tuple(text() for _ in range(rnd.randint(0, 2))),
            overridden=(),
            evidence={rnd.choice(["speaker", "venue", "title", "kind", "date", "meeting.body", "meeting.number", "themes." + text(1, 5),
                                  "themes", text(1, 6)]): Evidence(text(0, 200), text(0, 20)) for _ in range(rnd.randint(0, 6))},
            removed=tuple(Removed(rnd.randint(1, 99), text(0, 120), text(0, 20)) for _ in range(rnd.randint(0, 4))),
            paragraphs=tuple(Paragraph(j, text(0, 300)) for j in range(rnd.randint(0, 5))),
        ))
    try:
        documents, meetings = group(docs)
    except ValueError:  # a date that is not one: keep them ungrouped
        documents, meetings = docs, []
    unique = {d.id: d for d in documents}
    return Archive(tuple(unique.values()), tuple(meetings))


def main(count: int) -> int:
    rnd = random.Random(11)
    differences = documents = written = 0
    for i in range(count):
        index = render.Index(archive(rnd, MILD if i % 2 else ALPHABET))
        for doc in index.archive.documents:
            documents += 1
            front = render._doc_front(index, doc, slugify(doc.id))
            written += front is not None
            differences += front != markup._front_matter(render.doc_meta(index, doc))
            differences += render._doc_line(index, doc, "documents/") != render.doc_line(doc, "timeline.md")
            differences += render._doc_line(index, doc, "../documents/") != render.doc_line(doc, "meetings/x.md")
    print(f"{count} archives, {documents} documents ({written} with front matter written out): {differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
