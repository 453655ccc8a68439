"""Build the briefing: execute the notebooks in order against a corpus, render the last one
through nbconvert to self-contained HTML, and print that HTML to PDF in headless Chromium.

Everything is built in a temporary folder inside ``reports/`` and moved into place only when
every step succeeded, so a failed build leaves the last good briefing untouched. Source
notebooks are never written to.

Command line (what ``make briefing`` runs)::

    python -m helpers.render --corpus data/raw --out reports
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .corpus import CorpusError, check_corpus
from .paths import NOTEBOOKS_DIR, PACKAGE_DIR, REPORTS_DIR, resolve
from .schema import SCOPES

TEMPLATE_DIR = PACKAGE_DIR / "templates"
PRINT_WIDTH_PX = round((210 - 28) / 25.4 * 96)  # A4 width less 14 mm margins each side
# Headless printing needs one page and no site isolation: one process (about 450 MB for a 1,000-article
# briefing, against 1.1 GB for Chromium's default process tree), no GPU, no network besides file:.
CHROMIUM_ARGS = ("--no-sandbox", "--single-process", "--no-zygote", "--disable-gpu", "--disable-extensions",
                 "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update")
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


class BuildError(RuntimeError):
    """A build step failed; the message says which and what to do."""


def notebook_sequence(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The analysis notebooks in run order (``01_…``, ``02_…``, …)."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def find_chromium(install: bool = False) -> str:
    """Path of a Chromium/Chrome binary: ``$CHROMIUM`` if set, else one on PATH, else (with
    ``install=True``) Debian's ``chromium`` package through apt, else Playwright's download;
    otherwise a BuildError saying exactly what to install."""
    override = os.environ.get("CHROMIUM")
    if override:
        if Path(override).exists() or shutil.which(override):
            return shutil.which(override) or override
        raise BuildError(f"CHROMIUM={override} does not exist; point it at a Chromium or Chrome binary.")
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    if install:
        if shutil.which("apt-get") and os.geteuid() == 0:
            subprocess.run(["apt-get", "update", "-qq"], check=False)
            subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=False)
            if shutil.which("chromium"):
                return shutil.which("chromium")
        elif not shutil.which("apt-get"):
            subprocess.run([sys.executable, "-m", "playwright", "install", "chromium"], check=False)
            try:
                from playwright.sync_api import sync_playwright

                with sync_playwright() as p:
                    path = p.chromium.executable_path
                if Path(path).exists():
                    return path
            except Exception:  # noqa: BLE001 - fall through to the message below
                pass
    raise BuildError(
        "No Chromium found for the PDF. Install one: on Debian/Ubuntu `sudo apt-get install chromium`; "
        "elsewhere `python -m playwright install chromium`; or set CHROMIUM=/path/to/chrome."
    )


def execute_notebooks(corpus: Path, work: Path, notebooks: list[Path] | None = None, lead: str = "all") -> list[Path]:
    """Run each notebook with papermill into ``work/executed``; tables go to ``work/tables``.
    ``lead``: which articles the briefing's findings are on (``all``, or ``own``: the outlets' own
    journalism), for the notebooks that take the parameter ``LEAD``."""
    import papermill

    executed_dir = work / "executed"
    executed_dir.mkdir(parents=True, exist_ok=True)
    tables = work / "tables"
    tables.mkdir(parents=True, exist_ok=True)
    out = []
    for nb in notebooks or notebook_sequence():
        target = executed_dir / nb.name
        started = time.perf_counter()
        parameters = {"CORPUS": str(corpus), "TABLES": str(tables), "LEAD": lead}
        accepted = papermill.inspect_notebook(str(nb))
        try:
            papermill.execute_notebook(
                str(nb), str(target), parameters={k: v for k, v in parameters.items() if k in accepted},
                cwd=str(nb.parent), kernel_name="python3", progress_bar=False, log_output=False,
                # the kernel talks to this process over loopback only; its TCP-transport notice is noise here
                extra_arguments=["--IPKernelApp.log_level=ERROR"],
            )
        except papermill.PapermillExecutionError as err:
            raise BuildError(f"{nb.name} failed in cell {err.exec_count}: {err.ename}: {err.evalue}. "
                             f"The executed copy with the traceback is {target}.") from err
        print(f"  executed {nb.name} in {time.perf_counter() - started:.1f} s", flush=True)
        out.append(target)
    return out


def export_html(executed: Path, target: Path) -> Path:
    """Render an executed notebook to self-contained HTML, without code or prompts."""
    import nbformat
    import plotly.offline
    from nbconvert import HTMLExporter

    nb = nbformat.read(executed, as_version=4)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    if errors:
        raise BuildError(f"{executed.name} holds an error output ({errors[0].get('ename')}); not rendering it.")
    exporter = HTMLExporter(template_name="briefing", extra_template_basedirs=[str(TEMPLATE_DIR)])
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.embed_images = False  # no Markdown images here; embedding would also break inline <bdi> in Markdown outputs
    resources = {
        "plotly_js": plotly.offline.get_plotlyjs(),
        "briefing_css": (TEMPLATE_DIR / "briefing" / "briefing.css").read_text(encoding="utf-8"),
        "briefing_js": (TEMPLATE_DIR / "briefing" / "briefing.js").read_text(encoding="utf-8"),
        "metadata": {"name": nb.metadata.get("title", "Briefing")},
    }
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    target.write_text(body, encoding="utf-8")
    return target


def print_pdf(html: Path, target: Path, chromium: str | None = None) -> Path:
    """Print the HTML to an A4 PDF in headless Chromium (Playwright driving the system
    browser), after every plotly chart has drawn. Page numbers come from the CSS @page rule."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    chromium = chromium or find_chromium()
    with sync_playwright() as p:
        try:
            browser = p.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
        except PlaywrightError:  # a browser that crashes as it starts (seen once in ~50 builds): start it once more
            browser = p.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
        try:
            # Lay the page out at the printed width (A4 less the @page margins, at 96 px/inch) in
            # print media from the start, so charts draw at the size they are printed.
            page = browser.new_page(viewport={"width": PRINT_WIDTH_PX, "height": 1000})
            page.emulate_media(media="print")
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
                       else route.abort())
            page.goto(html.resolve().as_uri(), wait_until="load")
            page.wait_for_function(
                "() => Array.from(document.querySelectorAll('.plotly-graph-div'))"
                ".every(d => d.querySelector('.main-svg'))", timeout=60_000)
            page.wait_for_timeout(300)
            page.pdf(path=str(target), format="A4", print_background=True, prefer_css_page_size=True,
                     display_header_footer=False, outline=True, tagged=True)
        finally:
            browser.close()
    return target


def build_briefing(corpus: str | os.PathLike[str] = "data/raw", out: str | os.PathLike[str] = REPORTS_DIR,
                   pdf: bool = True, notebooks: list[Path] | None = None, lead: str = "all") -> dict[str, Path]:
    """Analyse ``corpus`` once (`helpers.pipeline.analyse_corpus`: the per-article map on all cores,
    cached, then the corpus-level steps), execute the notebooks on those tables, and write
    ``briefing.html``, ``briefing.pdf``, ``tables/`` and ``executed/`` into ``out``. Everything
    is built in a temporary folder and swapped in under a lock only when every step succeeded.
    ``lead``: ``all`` (findings on every article) or ``own`` (on the outlets' own journalism:
    wire copy left out, each re-run story counted once); the other is shown beside it."""
    from .pipeline import analyse_corpus, locked

    if lead not in SCOPES:
        raise ValueError(f"lead must be one of {', '.join(SCOPES)}, not {lead!r}")
    corpus = resolve(corpus)
    check_corpus(corpus)  # a broken corpus stops here, in a second, naming every problem
    out = resolve(out)
    out.mkdir(parents=True, exist_ok=True)
    chromium = find_chromium(install=True) if pdf else None
    work = Path(tempfile.mkdtemp(prefix=".build-", dir=out))
    try:
        started = time.perf_counter()
        counts = _in_child(analyse_corpus, corpus, work / "tables")
        print(f"  analysed {counts['articles']:,} articles ({counts['exclusions']} excluded) in "
              f"{time.perf_counter() - started:.1f} s", flush=True)
        executed = execute_notebooks(corpus, work, notebooks, lead)
        html = export_html(executed[-1], work / "briefing.html")
        products = {"html": html, "tables": work / "tables", "executed": work / "executed"}
        if pdf:
            products["pdf"] = print_pdf(html, work / "briefing.pdf", chromium)
        final = {}
        with locked(out):
            for name, path in products.items():
                dest = out / path.name
                old = None
                if dest.exists():
                    old = work / f"old-{path.name}"
                    os.replace(dest, old)
                os.replace(path, dest)
                final[name] = dest
        return final
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _stop_now(signum, frame) -> None:  # noqa: ARG001 - signal handler signature
    """In the analysis process, told to stop by the build (SIGTERM): its workers first, then itself,
    at once. Raising KeyboardInterrupt instead can stop the process inside a lock that the clean-up at
    exit then waits for: the process never ends, and neither does the build that waits for it."""
    import multiprocessing

    for worker in multiprocessing.active_children():
        worker.terminate()
    os._exit(128 + signum)


def _run_and_send(conn, func, args) -> None:
    import multiprocessing
    import signal

    from .parallel import release_interruptions

    signal.signal(signal.SIGTERM, _stop_now)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the build too, which stops this process
    release_interruptions()
    try:
        conn.send(("ok", func(*args)))
    except BaseException as err:  # noqa: BLE001 - every failure goes back to the parent
        # This process ends with os._exit, which skips the clean-up of any workers it started (a
        # background task's worker would wait for work forever, holding the terminal's output open).
        for worker in multiprocessing.active_children():
            worker.terminate()
        conn.send(("error", err))
    finally:
        conn.close()


def _in_child(func, *args):
    """``func(*args)`` in a forked child process, so the analysis's memory is returned to the
    system before the browser starts; exceptions come back to the caller as they were raised."""
    import multiprocessing

    from .parallel import interruptions_held

    if sys.platform != "linux":
        return func(*args)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_run_and_send, args=(send, func, args))
    try:
        with interruptions_held():  # a signal now is raised here, once the child exists
            child.start()
        send.close()
        status, value = receive.recv()
    except EOFError as err:
        child.join()
        raise BuildError(f"the analysis process ended without a result (exit code {child.exitcode}).") from err
    except KeyboardInterrupt:  # interrupted: stop the analysis (and its workers) before cleaning up
        if child.pid is not None:
            child.terminate()
            child.join(timeout=30)
        raise
    child.join()
    if status == "error":
        raise value
    return value


def _exit_on_signal(signum, frame) -> None:  # noqa: ARG001 - signal handler signature
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=os.environ.get("CORPUS", "data/raw"), help="corpus folder (default data/raw)")
    parser.add_argument("--out", default=str(REPORTS_DIR), help="where the briefing goes (default reports/)")
    parser.add_argument("--no-pdf", action="store_true", help="skip the PDF")
    parser.add_argument("--lead", choices=sorted(SCOPES), default=os.environ.get("LEAD") or "all",
                        help="findings on every article (all, the default) or on the outlets' own journalism (own: wire "
                             "copy left out, each re-run story counted once); the other is shown beside them")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    import signal

    signal.signal(signal.SIGTERM, _exit_on_signal)  # clean up the build folder on `kill` as on Ctrl-C
    signal.signal(signal.SIGINT, _exit_on_signal)  # even when started with SIGINT ignored (a background job)
    try:
        products = build_briefing(args.corpus, args.out, pdf=not args.no_pdf, lead=args.lead)
    except KeyboardInterrupt:
        print("briefing: interrupted; previous briefing left as it was.", file=sys.stderr)
        return 130
    except CorpusError as err:
        print(f"briefing: the corpus cannot be used; previous briefing left as it was.\n  {err}".replace("\n", "\n  ")
              .replace("\n    ", "\n  "), file=sys.stderr)
        return 1
    except Exception as err:  # noqa: BLE001 - one clear line, then a non-zero exit
        print(f"briefing: build failed, previous briefing left as it was.\n  {type(err).__name__}: {err}", file=sys.stderr)
        return 1
    for name, path in products.items():
        print(f"  {name}: {path}")
    from .pipeline import print_run_summary

    print_run_summary(products["tables"])
    print(f"briefing built in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
