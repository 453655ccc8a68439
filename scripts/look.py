"""Screenshot the HTML briefing in headless Chromium (a few viewport-sized shots down the page)
and turn the PDF into page images, for a person to look at:

    python scripts/look.py [reports-folder] [output-folder]
"""
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from helpers.render import find_chromium

reports = Path(sys.argv[1] if len(sys.argv) > 1 else "reports")
out = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/look")
out.mkdir(parents=True, exist_ok=True)
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path=find_chromium(), args=["--no-sandbox"])
    page = browser.new_context(offline=True, viewport={"width": 1200, "height": 1500}).new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto((reports / "briefing.html").resolve().as_uri(), wait_until="load")
    page.wait_for_timeout(1500)
    height = page.evaluate("document.body.scrollHeight")
    for i, y in enumerate(range(0, min(height, 1500 * 8), 1500)):
        page.evaluate(f"window.scrollTo(0, {y})")
        page.wait_for_timeout(200)
        page.screenshot(path=str(out / f"html-{i:02d}.png"))
    print("page height", height, "non-file requests:", [u for u in requests if not u.startswith(("file:", "data:"))])
    browser.close()
subprocess.run(["pdftoppm", "-png", "-r", "60", str(reports / "briefing.pdf"), str(out / "page")], check=True)
print(sorted(x.name for x in out.iterdir()))
