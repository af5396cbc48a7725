"""Check that markup.page's fast front-matter dumper writes the same bytes as PyYAML's SafeDumper.

    python benchmarks/yaml_dumpers.py [CASES]      (default 200000)

Random front matter (escaped like seed text, with YAML's own traps: `no`, `12:30`, `010`, `: `, ` #`,
long values) is dumped with the dumper `markup.yaml_dumper` picks and with SafeDumper; prints how many
differ (must be 0) and how many cases fell back to SafeDumper.
"""

from __future__ import annotations

import random
import sys

import yaml

from sco_archive.markup import meta_escape, yaml_dumper

KW = dict(default_flow_style=False, allow_unicode=True, sort_keys=False, width=10_000)
TRAPS = ["no", "yes", "010", "12:30", "~", "null", "true", ": ", " #", "- ", "---", "...", "0x1F", "1e3",
         ".inf", '"', "''", "中文", "Русский", "\u2028", "\ufeff", "\U0001F600", "\x85", "\x9b", "&", "<"]


def main() -> None:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    rnd = random.Random(7)
    alphabet = [chr(i) for i in range(0x250)] + list(":#-?&*!|>'\"%@` {}[],") + TRAPS
    differ = fallback = 0
    for _ in range(cases):
        value = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, rnd.choice([3, 10, 40, 200]))))
        if rnd.random() < 0.01:
            value *= rnd.randint(50, 300)  # past the 10,000-character line width
        value = meta_escape(value)
        meta = {"title": value, "date": None, "number": 3, "online": True, "tags": [value, "x" + value],
                "proposals": [], "search": {"exclude": True}}
        dumper = yaml_dumper(meta)
        fallback += dumper is yaml.SafeDumper
        differ += yaml.dump(meta, Dumper=dumper, **KW) != yaml.dump(meta, Dumper=yaml.SafeDumper, **KW)
    print(f"{cases} random front matters: {differ} differ from SafeDumper, {fallback} fell back to it")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
