"""Rewrite the README's generated sections from their one home in the package:
the table of tables (helpers.schema), the statistics method and the limitations (helpers.briefing).

    python scripts/sync_readme.py          # rewrite README.md
    python scripts/sync_readme.py --check  # exit 1 if README.md is out of date (the tests run this)
"""

from __future__ import annotations

import re
import sys

from helpers.briefing import markdown_limitations, statistics_method
from helpers.paths import PROJECT_ROOT
from helpers.schema import markdown_tables

SECTIONS = {"tables": markdown_tables, "statistics": statistics_method, "limitations": markdown_limitations}


def synced(text: str) -> str:
    for name, make in SECTIONS.items():
        pattern = re.compile(rf"(<!-- {name}:start -->\n)(?:.*?\n)?(<!-- {name}:end -->)", re.S)
        if not pattern.search(text):
            raise SystemExit(f"README.md: no <!-- {name}:start --> … <!-- {name}:end --> markers")
        text = pattern.sub(lambda m, make=make: m.group(1) + make() + "\n" + m.group(2), text)
    return text


def main() -> int:
    readme = PROJECT_ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    new = synced(text)
    if "--check" in sys.argv:
        if new != text:
            print("README.md is out of date: run python scripts/sync_readme.py", file=sys.stderr)
            return 1
        return 0
    readme.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
