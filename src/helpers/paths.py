"""Project paths, resolved from this file's location so that notebooks, scripts and tests
work from any working directory.

>>> PROJECT_ROOT.joinpath("pyproject.toml").exists()
True
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PACKAGE_DATA = PACKAGE_DIR / "data"


def _find_project_root() -> Path:
    """The folder holding pyproject.toml above this package (an editable install), else the
    working directory (an installed copy used on someone's own texts)."""
    override = os.environ.get("OUTLET_BRIEFING_ROOT")
    if override:
        return Path(override).resolve()
    for parent in PACKAGE_DIR.parents:
        if (parent / "pyproject.toml").exists() and (parent / "notebooks").is_dir():
            return parent
    return Path.cwd().resolve()


PROJECT_ROOT = _find_project_root()
DATA_DIR = PROJECT_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
PROCESSED_DIR = DATA_DIR / "processed"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
REPORTS_DIR = PROJECT_ROOT / "reports"
TABLES_DIR = REPORTS_DIR / "tables"
VALIDATION_DIR = PROJECT_ROOT.parent / "shared" / "validation"


def resolve(path: str | os.PathLike[str]) -> Path:
    """Resolve a path given relative to the project root (as notebook parameters are).

    >>> resolve("data/raw") == RAW_DIR
    True
    """
    p = Path(path).expanduser()
    return p if p.is_absolute() else (PROJECT_ROOT / p).resolve()
