from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers.paths import PROJECT_ROOT, RAW_DIR

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = PROJECT_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_corpus():
    from helpers.corpus import load_corpus

    return load_corpus(RAW_DIR)


@pytest.fixture
def corpus_copy(tmp_path):
    """A writable copy of the seed corpus, for tests that break it."""
    dest = tmp_path / "corpus"
    shutil.copytree(RAW_DIR, dest)
    return dest


def chromium_or_skip() -> str:
    from helpers.render import BuildError, find_chromium

    try:
        return find_chromium()
    except BuildError as err:
        pytest.skip(str(err))


def write_corpus(tmp_path: Path, files: dict[str, bytes | str], manifest: str | None = None) -> Path:
    """A corpus folder in ``tmp_path`` with these files (bytes or text) and a manifest (default:
    every file, one outlet each)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    if manifest is None:
        manifest = "file,outlet\n" + "".join(f"{name},Outlet {i}\n" for i, name in enumerate(files))
    (folder / "manifest.csv").write_text(manifest, encoding="utf-8")
    return folder
