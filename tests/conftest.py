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
