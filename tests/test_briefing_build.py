"""The product end to end: notebooks execute on the seeds, the briefing renders to HTML and PDF,
the HTML is self-contained, and a failed build leaves the last good briefing in place."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from helpers.paths import NOTEBOOKS_DIR, PROJECT_ROOT, RAW_DIR
from helpers.render import BuildError, build_briefing, notebook_sequence

from .conftest import chromium_or_skip


def test_notebooks_are_committed_without_outputs():
    for path in NOTEBOOKS_DIR.glob("*.ipynb"):
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                assert cell.get("outputs") == [] and cell.get("execution_count") is None, path.name


def test_notebooks_run_in_numbered_order_and_say_what_they_answer():
    names = [p.name for p in notebook_sequence()]
    assert names[0] == "01_corpus.ipynb" and names[-1].endswith("_briefing.ipynb")
    for path in notebook_sequence():
        nb = json.loads(path.read_text(encoding="utf-8"))
        params = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
        assert len(params) == 1 and "CORPUS" in "".join(params[0]["source"]), path.name
        if not path.name.endswith("_briefing.ipynb"):
            assert nb["cells"][0]["cell_type"] == "markdown" and "Question" in "".join(nb["cells"][0]["source"])


def _digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.ipynb"))}


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    chromium_or_skip()
    out = tmp_path_factory.mktemp("reports")
    before = _digest(NOTEBOOKS_DIR)
    products = build_briefing(RAW_DIR, out)
    assert _digest(NOTEBOOKS_DIR) == before, "a build must never modify the source notebooks"
    return products


@pytest.mark.slow
def test_build_produces_html_pdf_and_tables(seed_build):
    assert seed_build["html"].stat().st_size > 100_000
    assert seed_build["pdf"].read_bytes().startswith(b"%PDF")
    assert (seed_build["tables"] / "articles.csv").exists()


@pytest.mark.slow
def test_html_has_no_code_and_no_remote_resources(seed_build):
    html = seed_build["html"].read_text(encoding="utf-8")
    body = html.split("<body", 1)[1]
    assert "jp-InputArea-editor" not in body and "jp-InputPrompt" not in body and "cm-editor" not in body
    assert "Traceback" not in html
    # no element loads anything by URL: scripts and styles are inline, images are data: URIs
    assert re.findall(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=[\"'](?!data:)[^\"']+", html) == []


@pytest.mark.slow
def test_html_opened_offline_requests_nothing_and_shows_the_corpus(seed_build):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_or_skip(), args=["--no-sandbox"])
        context = browser.new_context(offline=True)
        page = context.new_page()
        requested, errors = [], []
        page.on("request", lambda r: requested.append(r.url))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(seed_build["html"].as_uri(), wait_until="load")
        page.wait_for_timeout(1000)
        text = page.inner_text("body")
        tables = page.locator("table").count()
        browser.close()
    assert [u for u in requested if not u.startswith(("file:", "data:"))] == []
    assert errors == []
    assert tables >= 2
    for outlet in ("The Korea Times", "ANKASAM", "RMU Sentry Media", "Our National Conversation"):
        assert outlet in text


@pytest.mark.slow
def test_pdf_is_readable_text_with_page_numbers(seed_build):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) not installed")
    text = subprocess.run(["pdftotext", "-layout", str(seed_build["pdf"]), "-"], capture_output=True, text=True, check=True).stdout
    assert "The Korea Times" in text and "Page 1 of" in text
    assert "No shared text: none of the 5 articles" in " ".join(text.split())
    assert "import " not in text and "Traceback" not in text


@pytest.mark.slow
def test_failed_build_keeps_the_last_good_briefing(seed_build, tmp_path):
    out = seed_build["html"].parent
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "manifest.csv").write_text("file,outlet\nmissing.txt,Nowhere\n", encoding="utf-8")
    with pytest.raises(BuildError, match="01_corpus"):
        build_briefing(broken, out, pdf=False)
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before


@pytest.mark.slow
def test_build_needs_no_network(tmp_path):
    """Build the HTML with networking disabled (a new network namespace with only loopback)."""
    if os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("ip"):
        pytest.skip("needs root, unshare and ip to cut the network")
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("unshare -n is not permitted here")
    script = (f"ip link set lo up && {sys.executable} -m helpers.render --corpus {RAW_DIR} --out {tmp_path}")
    done = subprocess.run(["unshare", "-n", "sh", "-c", script], capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "briefing.pdf").exists() and (tmp_path / "briefing.html").exists()
