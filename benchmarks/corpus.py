"""A generator of realistic synthetic corpora: the seeds' structure with other dates, speakers,
cities, bodies, lengths, proposal lists and noise lines.

    python benchmarks/corpus.py OUT_DIR N [--seed S] [--long]

Short texts (the default) are 1.0-2.8 KB, mean 1.7 KB. With --long (`long=True`) each text is padded
to a length drawn from the seeds' own (3.5-11.5 KB, mean 6.9 KB) with paragraphs of sentences taken
from the seeds (real vocabulary, which is what the search index grows with); sentences with digits
or an ordinal opening are left out, so the padding adds no date, number or proposal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from pathlib import Path

SPEAKERS = [
    ("Wang Yi", "State Councilor and Foreign Minister", "Chinese"), ("Xi Jinping", "President", "Chinese"),
    ("Li Qiang", "Premier", "Chinese"), ("Sergey Lavrov", "Foreign Minister", "Russian"),
    ("Vladimir Putin", "President", "Russian"), ("Kassym-Jomart Tokayev", "President", "Kazakh"),
    ("Shehbaz Sharif", "Prime Minister", "Pakistani"), ("Subrahmanyam Jaishankar", "External Affairs Minister", "Indian"),
    ("Shavkat Mirziyoyev", "President", "Uzbek"), ("Emomali Rahmon", "President", "Tajik"),
    ("Sadyr Japarov", "President", "Kyrgyz"), ("Alexander Lukashenko", "President", "Belarusian"),
]
CITIES = [("Moscow", "Russia"), ("Beijing", "China"), ("Qingdao", "China"), ("Tianjin", "China"), ("Bishkek", "Kyrgyzstan"),
          ("Dushanbe", "Tajikistan"), ("Tashkent", "Uzbekistan"), ("Samarkand", "Uzbekistan"), ("Astana", "Kazakhstan"),
          ("New Delhi", "India"), ("Goa", "India"), ("Islamabad", "Pakistan"), ("Minsk", "Belarus"), ("Tehran", "Iran")]
BODIES = ["Council of Heads of State", "Council of Heads of Government", "Council of Foreign Ministers",
          "Meeting of Defence Ministers", "Meeting of Energy Ministers"]
ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh"]
CARDINALS = ["two", "three", "four", "five", "six", "seven"]
TOPICS = [
    "deepen security cooperation and jointly fight terrorism, separatism and extremism",
    "promote connectivity and keep industrial and supply chains stable",
    "expand trade and investment and support the economic recovery of member states",
    "strengthen cooperation in public health and share vaccines and medical resources",
    "enhance people-to-people and cultural exchanges among the youth",
    "uphold multilateralism and the central role of the United Nations",
    "advance green development and cooperation on climate and energy",
    "build digital infrastructure and cooperate on data security",
]
FILLER = [
    "The member states should support each other on issues concerning their core interests.",
    "All parties should properly handle differences through dialogue and consultation.",
    "The organization has become an important constructive force in regional and global affairs.",
    "China is ready to work with all parties to implement the consensus reached by the leaders.",
    "Cooperation in this field has broad prospects and serves the interests of all peoples.",
]
NOISE_TOP = ["Home | News | About Us | Contact", "中文 Русский Français", "HOME > News > SCO"]
NOISE_BOTTOM = ["Suggest To A Friend", "Print", "Copyright © Xinhua. All rights reserved.", "Editor: Li Ming"]


def text(rnd: random.Random, index: int) -> str:
    """One synthetic text about a random meeting."""
    name, title, adjective = rnd.choice(SPEAKERS)
    city, country = rnd.choice(CITIES)
    body = rnd.choice(BODIES)
    day = dt.date(2018, 1, 1) + dt.timedelta(days=rnd.randrange(8 * 365))
    date_text = rnd.choice([f"{day:%B} {day.day}, {day.year}", f"{day.day} {day:%B %Y}", day.isoformat()])
    count = rnd.randint(2, 6)
    lines: list[str] = []
    if rnd.random() < 0.6:
        lines += rnd.sample(NOISE_TOP, rnd.randint(1, 3))
    if rnd.random() < 0.5:
        lines.append(f"{name.split()[-1]} urges closer SCO cooperation at {city} meeting No. {index}")
        lines.append(f"Updated: {(day + dt.timedelta(days=1)).isoformat()} 10:{index % 60:02d}")
    surname = name.split()[-1]
    lines.append(f"On {date_text}, {adjective} {title} {name} attended the meeting of the SCO {body} in {city}.")
    for _ in range(rnd.randint(1, 4)):
        lines.append(f"{surname} said that " + rnd.choice(FILLER).lower())
    style = rnd.choice(["ordinal", "ordinal", "numbered", "the-first-is"])
    lines.append(f"{surname} put forward a {CARDINALS[count - 2]}-point proposal.")
    for n in range(count):
        topic = rnd.choice(TOPICS)
        marker = {"ordinal": f"{ORDINALS[n]}, ", "numbered": f"{n + 1}. ", "the-first-is": f"The {ORDINALS[n].lower()} is to "}[style]
        lines.append(marker + (topic if style == "the-first-is" else topic[0].upper() + topic[1:]) + ". " + rnd.choice(FILLER))
        for _ in range(rnd.randint(0, 2)):
            lines.append(rnd.choice(FILLER))
    lines.append(f"In their speeches, the other participants spoke highly of the {city} meeting.")
    if rnd.random() < 0.3:
        lines.append(f"{adjective} {title} {name} attends the meeting in {city}, {country}. (Xinhua/Photographer {index})")
    if rnd.random() < 0.2:
        lines.append(lines[-1])  # a duplicated paragraph
    lines += rnd.sample(NOISE_BOTTOM, rnd.randint(0, 3))
    return "\n\n".join(lines) + "\n"


SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# The lengths of the seed texts (bytes): a long text is padded to one of them, give or take 10 %.
SEED_LENGTHS = (3533, 4692, 6936, 8066, 11513)


def seed_sentences() -> list[str]:
    """Sentences of the seed texts that carry no date, number or proposal opening (for padding)."""
    found: set[str] = set()
    for path in sorted(SEEDS.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            for sentence in re.split(r"(?<=[.!?])\s+", paragraph.strip()):
                if (40 <= len(sentence) <= 400 and sentence[-1] in ".!?" and not re.search(r"\d", sentence)
                        and not re.match(r"(?i)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|finally|last)", sentence)):
                    found.add(sentence)
    return sorted(found)


def padded(rnd: random.Random, body: str, sentences: list[str]) -> str:
    """`body` with paragraphs of seed sentences inserted before its closing line, to a seed's length."""
    target = int(rnd.choice(SEED_LENGTHS) * rnd.uniform(0.9, 1.1))
    head, _, tail = body.rstrip("\n").rpartition("\n\nIn their speeches")
    extra: list[str] = []
    size = len(body)
    while size < target:
        paragraph = " ".join(rnd.choice(sentences) for _ in range(rnd.randint(2, 5)))
        extra.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join([head, *extra]) + "\n\nIn their speeches" + tail + "\n"


def write(out: Path, n: int, seed: int = 1, long: bool = False) -> list[Path]:
    """Write n texts into out (created), as long as the seeds with `long`; return their paths."""
    rnd = random.Random(seed)
    pad = random.Random(seed + 1)  # its own stream: the short corpus's texts stay the same
    sentences = seed_sentences() if long else []
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = out / f"doc-{i:05d}.txt"
        body = text(rnd, i)
        path.write_text(padded(pad, body, sentences) if long else body, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--long", action="store_true", help="texts as long as the seeds")
    args = parser.parse_args()
    write(args.out, args.n, args.seed, args.long)


if __name__ == "__main__":
    main()
