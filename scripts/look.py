"""Screenshot the HTML briefing in headless Chromium and turn the PDF into page images, for a
person to look at: python scripts/look.py [reports] [out-folder]"""
import subprocess, sys
from pathlib import Path
from playwright.sync_api import sync_playwright
from helpers.render import find_chromium

reports = Path(sys.argv[1] if len(sys.argv) > 1 else "reports")
out = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/look")
out.mkdir(parents=True, exist_ok=True)
with sync_playwright() as p:
    b = p.chromium.launch(executable_path=find_chromium(), args=["--no-sandbox"])
    page = b.new_page(viewport={"width": 1100, "height": 1400})
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto((reports / "briefing.html").resolve().as_uri(), wait_until="load")
    page.wait_for_timeout(1500)
    page.screenshot(path=str(out / "html_full.png"), full_page=True)
    print("non-file requests:", [u for u in requests if not u.startswith(("file:", "data:"))])
    b.close()
subprocess.run(["pdftoppm", "-png", "-r", "60", str(reports / "briefing.pdf"), str(out / "page")], check=True)
print(sorted(x.name for x in out.iterdir()))
