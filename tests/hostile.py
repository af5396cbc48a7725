"""A hostile corpus: every form below, in every place a seed string can reach the site.

Shared by test_security (what the built site runs) and test_frontmatter (what its pages' metadata
reads back as). Each form is written into a text (body, first-line headline, proposals) and pinned
through a sidecar (title, speaker name and title, city, country, body, proposals, themes).
"""

from __future__ import annotations

import yaml

# The forms of the brief, then a few more that have broken other Markdown/Jinja sites.
FORMS: tuple[str, ...] = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "![x](javascript:alert(1))",
    "<javascript:alert(1)>",
    '{: onclick="alert(1)" }',
    '--8<-- "/etc/passwd"',
    "!!! note",
    "{{ config }}",
    '{% include "x" %}',
    "*[abbr]: x",
    "[^1]: x",
    "<!-- comment -->",
    "| a | b |\n|---|---|",
    "# Heading",
    '<a href="javascript:alert(1)" onmouseover="alert(1)">click</a>',
    "<svg onload=alert(1)>",
    '<iframe src="data:text/html,<script>alert(1)</script>">',
    "[y]: vbscript:msgbox(1)",
    "&lt;b&gt;entity&lt;/b&gt; &amp; &#60;i&#62;",
    "`code` ``</code><script>alert(1)</script>``",
    '{#top .x onclick="alert(1)"}',
    "\\<script\\>alert(1)\\</script\\>",
    "</title><script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "??? danger",
    "=== \"tab\"",
)

# Where each form goes: in a text (found by the extractor) or pinned in a sidecar.
TEXT_PLACES = ("headline", "body", "proposal")
PINNED_PLACES = ("title", "speaker", "speaker_title", "city", "country", "body", "proposal", "theme")


def one_line(form: str) -> str:
    """A form where a single line is needed (a headline)."""
    return " ".join(form.split("\n"))


def text_seed(form: str) -> str:
    """A report whose headline, body and first proposal carry the form."""
    return f"""{one_line(form)} meets in Goa

On May 5, 2023, State Councilor and Foreign Minister Qin Gang attended the meeting of the Shanghai Cooperation Organization Council of Foreign Ministers in Goa.

{form}

    indented {one_line(form)}

Qin put forward a two-point proposal.

First, security cooperation must deepen, {one_line(form)} in the region.

Second, stability and security must be kept.
"""


def sidecar(form: str) -> str:
    """A sidecar pinning every free-text field to the form (YAML written by PyYAML, not by hand)."""
    return yaml.safe_dump({
        "title": f"Pinned {form}",
        "speaker": {"name": f"Foreign Minister {form} Wang", "title": f"Minister {form}"},
        "venue": {"city": f"City {form}", "country": f"Country {form}", "online": False},
        "meeting": {"body": f"Council {form}", "number": 7},
        "proposals": [{"text": f"First, {form} cooperation.", "summary": f"{form} cooperation."}],
        "themes": [f"theme {form}"],
    }, allow_unicode=True, sort_keys=False)


# Odd but valid file names: each must become a page under a [a-z0-9-] slug inside the site.
ODD_NAMES = ("with spaces.txt", "Genève 会议.txt", "a..b.txt", "UPPER_case-Name.txt", "会议.txt", "x.y.z.txt",
             "x%2f..%2f..%2fescape.txt", "-dash-.txt", "CON.txt", "index.html.txt", "a&b;<c>.txt", "'quote\".txt")


def corpus() -> dict[str, str]:
    """Seeds: `tNN.txt` (form found by the extractor), `pNN.txt` + `pNN.yml` (form pinned), odd names."""
    seeds = {name: text_seed("odd names") for name in ODD_NAMES}
    for number, form in enumerate(FORMS):
        seeds[f"t{number:02d}.txt"] = text_seed(form)
        seeds[f"p{number:02d}.txt"] = text_seed("plain words")
        seeds[f"p{number:02d}.yml"] = sidecar(form)
    return seeds


def count() -> int:
    """How many (form, place) pairs the corpus tries."""
    return len(FORMS) * (len(TEXT_PLACES) + len(PINNED_PLACES))
