"""The `usual_per_1000` line of data/themes.yml: each theme's mean keyword rate over the labelled corpus.

    python -m tests.theme_rates          (from the project folder)

Run it after changing a theme's keywords or `list_from`, and paste the line into data/themes.yml. The
reference is fixed in the data file (not computed from the texts being built), so a document's themes
never depend on which other texts are in the folder. It is measured on the texts the theme rules are tuned
on: the validation batches (VALIDATION) only measure a rule, so they do not shape its reference either.
"""

from __future__ import annotations

from pathlib import Path

from sco_archive.clean import clean
from sco_archive.extract.themes import theme_counts
from sco_archive.knowledge import knowledge
from sco_archive.read import read_source

CORPUS = Path(__file__).parent / "corpus" / "texts"
VALIDATION = ("dev28_", "dev29_")  # corpus batches kept for validating theme rules (never tuned on)


def tuning_texts() -> list[Path]:
    return [path for path in sorted(CORPUS.glob("*.txt")) if not path.name.startswith(VALIDATION)]


def usual_rates() -> dict[str, float]:
    texts = tuning_texts()
    total = dict.fromkeys(knowledge().themes, 0.0)
    for path in texts:
        text = "\n".join(p.text for p in clean(read_source(path, path.name).text).paragraphs)
        words, hits, _ = theme_counts(text)
        for theme, theme_hits in hits.items():
            total[theme] += 1000 * len(theme_hits) / words
    return {theme: round(rate / len(texts), 1) for theme, rate in total.items()}


if __name__ == "__main__":
    print(f"# over the {len(tuning_texts())} labelled texts of tests/corpus outside {', '.join(VALIDATION)}")
    print("usual_per_1000: {" + ", ".join(f"{t}: {r}" for t, r in usual_rates().items()) + "}")
