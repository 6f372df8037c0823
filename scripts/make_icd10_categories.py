# SPDX-License-Identifier: GPL-3.0-or-later
"""Write resources/icd10/categories.json from the installed ICD-10-CM package (run by hand when
the code set changes): each 3-character category with its block and its description.

The comparison engine reads this small file (about 150 kB) to tell whether two categories sit in
one block and whether one of them is the block's "unspecified" family, without opening the full
code index.

    python scripts/make_icd10_categories.py
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "icd10" / "categories.json"


def main() -> None:
    import simple_icd_10_cm as cm

    categories: dict[str, list[str]] = {}
    for code in cm.get_all_codes(False):
        if cm.is_category(code):
            block = cm.get_parent(code)
            categories[code] = [block, cm.get_description(code)]
    data = {"package": "simple-icd-10-cm", "version": metadata.version("simple-icd-10-cm"),
            "categories": dict(sorted(categories.items()))}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"{len(categories)} categories written to {OUT}")


if __name__ == "__main__":
    main()
