"""Hostile and careless input (issue 14): nothing is read from outside the corpus folder, no read
is unbounded or hangs, invisible characters cannot split or reorder an outlet, a wrong delimiter
is named, and the URL fetcher has a deadline, tolerates odd charsets, keeps what it fetched and
fetches each page once. Ends with a fuzz test: random bytes, manifests and Unicode never give
any exception but the project's own CorpusError naming a file."""

from __future__ import annotations

import csv
import http.server
import io
import os
import stat
import tempfile
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from helpers.cleaning import clean_text
from helpers.corpus import CorpusError, load_corpus, prepare_article, read_article, read_manifest
from helpers.ingest import fetch_corpus, main, normalise_url
from helpers.textsafety import BIDI_CONTROLS, INVISIBLE, clean_label

from .conftest import write_corpus

ENGLISH = "The ministers met on Tuesday and agreed to continue the talks next month, officials said on Wednesday."
SECRET = "The secret plan was discussed by the ministers on Tuesday, officials said on Wednesday in the capital."


_corpus = write_corpus


def _reasons(corpus) -> dict[str, str]:
    return {e["file"]: e["reason"] for e in corpus.attrs["exclusions"]}


def _within(seconds: float, fn, *args):
    """Run ``fn`` in a daemon thread and fail (instead of hanging the test run) if it does not return."""
    box: dict = {}

    def run():
        try:
            box["value"] = fn(*args)
        except BaseException as err:  # noqa: BLE001 - handed back to the test
            box["error"] = err

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"{getattr(fn, '__name__', fn)} still running after {seconds} s"
    if "error" in box:
        raise box["error"]
    return box["value"]


# --- 1. reading outside the corpus folder -------------------------------------------------------


def test_files_outside_the_corpus_folder_are_excluded_not_read(tmp_path):
    outside = tmp_path / "x"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET)
    folder = _corpus(tmp_path, {"a.txt": ENGLISH}, "file,outlet,id\na.txt,A,a\n../x/secret.txt,B,b\n"
                     f"{outside / 'secret.txt'},C,c\nlink.txt,D,d\nsub/../../x/secret.txt,E,e\n")
    (folder / "link.txt").symlink_to(outside / "secret.txt")
    corpus = load_corpus(folder)
    assert list(corpus["file"]) == ["a.txt"]
    assert not corpus["body"].str.contains("secret").any()
    reasons = _reasons(corpus)
    assert "path leads out of it" in reasons["../x/secret.txt"]
    assert "absolute path" in reasons[str(outside / "secret.txt")]
    assert "link pointing out of it" in reasons["link.txt"]
    assert "outside the corpus folder" in reasons["sub/../../x/secret.txt"]
    with pytest.raises(CorpusError, match=r"link\.txt: outside the corpus folder"):
        prepare_article(folder, {"file": "link.txt", "outlet": "D", "title": "", "language": "en"})


def test_a_link_inside_the_folder_to_a_file_inside_it_is_read(tmp_path):
    folder = _corpus(tmp_path, {"a.txt": ENGLISH}, "file,outlet\nlink.txt,A\n")
    (folder / "link.txt").symlink_to(folder / "a.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "b.txt").write_text(SECRET)
    (folder / "manifest.csv").write_text("file,outlet\nlink.txt,A\nsub/b.txt,B\n")
    corpus = load_corpus(folder)
    assert list(corpus["file"]) == ["link.txt", "sub/b.txt"]


def test_unlisted_odd_entries_are_named_never_opened(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text(SECRET)
    folder = _corpus(tmp_path, {"a.txt": ENGLISH})
    (folder / "away.txt").symlink_to(outside)
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "dir.txt").mkdir()
    os.mkfifo(folder / "pipe.txt")
    corpus = _within(30, load_corpus, folder)
    reasons = _reasons(corpus)
    assert set(reasons) == {"away.txt", "loop.txt", "dir.txt", "pipe.txt"}
    assert all("never read" in r for r in reasons.values())


# --- 2. unbounded reads and things that are not files --------------------------------------------


def test_named_pipe_folder_and_device_are_excluded_without_hanging(tmp_path):
    folder = _corpus(tmp_path, {"a.txt": ENGLISH}, "file,outlet\na.txt,A\npipe.txt,B\nsub.txt,C\nzero.txt,D\n")
    os.mkfifo(folder / "pipe.txt")
    (folder / "sub.txt").mkdir()
    (folder / "zero.txt").symlink_to("/dev/zero")
    corpus = _within(30, load_corpus, folder)
    assert list(corpus["file"]) == ["a.txt"]
    reasons = _reasons(corpus)
    assert "named pipe" in reasons["pipe.txt"]
    assert "a folder, not a file" in reasons["sub.txt"]
    assert "outside the corpus folder" in reasons["zero.txt"]


def test_device_files_are_refused_before_they_are_read(tmp_path):
    with pytest.raises(CorpusError, match="not a regular file"):
        _within(10, read_article, Path("/dev/zero"))
    folder = _corpus(tmp_path, {"a.txt": ENGLISH}, "file,outlet\na.txt,A\nnull.txt,B\n")
    try:
        os.mknod(folder / "null.txt", 0o600 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, OSError):
        pytest.skip("cannot create a device file here")
    assert "not a regular file" in _reasons(_within(30, load_corpus, folder))["null.txt"]


def test_reads_are_bounded_whatever_stat_says(tmp_path, monkeypatch):
    """Never more than MAX_FILE_BYTES + 1 bytes are read, even when stat reports a small size."""
    import helpers.corpus as corpus_module

    monkeypatch.setattr(corpus_module, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text(ENGLISH * 100)
    real_stat = os.stat

    def lying_stat(path, *args, **kwargs):
        info = real_stat(path, *args, **kwargs)
        return os.stat_result((info.st_mode, *info[1:6], 0, *info[7:]))

    monkeypatch.setattr(corpus_module.os, "stat", lying_stat)
    read_sizes = []
    real_open = os.fdopen

    def counting_fdopen(*args, **kwargs):
        fh = real_open(*args, **kwargs)
        read = fh.read

        class Counting:
            def __getattr__(self, name):
                return getattr(fh, name)

            def read(self, n=-1):
                assert n != -1, "an unbounded read"
                data = read(n)
                read_sizes.append(len(data))
                return data

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                fh.close()

        return Counting()

    monkeypatch.setattr(corpus_module.os, "fdopen", counting_fdopen)
    with pytest.raises(CorpusError, match="more than an article"):
        read_article(big)
    assert sum(read_sizes) == 1001


# --- 4. invisible characters, look-alikes, NUL bytes, UTF-16 ----------------------------------


@pytest.mark.parametrize("char", sorted(BIDI_CONTROLS | INVISIBLE))
def test_clean_label_removes_every_invisible_and_bidi_control(char):
    assert clean_label(f"{char}CNN{char}") == "CNN"
    assert clean_label(f"The{char} Times") == "The Times"


def test_clean_label_collapses_whitespace_and_applies_nfkc():
    assert clean_label(" The\u00a0\u2009Korea\tTimes\u3000\n") == "The Korea Times"
    assert clean_label("\uff23\uff2e\uff2e") == "CNN"
    assert clean_label("Caf\u0065\u0301") == "Caf\u00e9"


def test_outlet_names_are_normalised_and_case_variants_warned(tmp_path):
    files = {f"{i}.txt": ENGLISH for i in range(6)}
    manifest = ("file,outlet\n0.txt,CNN\n1.txt,cnn\n2.txt,C\u00a0NN\n3.txt,CNN\u200b\n"
                "4.txt,\u202eBBC News\n5.txt,  Fox \u2066News\u2069 \n")
    folder = _corpus(tmp_path, files, manifest)
    read = read_manifest(folder)
    assert list(read["outlet"]) == ["CNN", "cnn", "C NN", "CNN", "BBC News", "Fox News"]
    warnings = read.attrs["warnings"]
    case = [w for w in warnings if "only in case" in w]
    assert len(case) == 1 and "manifest.csv" in case[0] and "'CNN' (rows 2, 5)" in case[0] and "'cnn' (row 3)" in case[0]
    hidden = [w for w in warnings if "invisible" in w]
    assert len(hidden) == 3 and all("manifest.csv" in w for w in hidden)
    assert any("row 6" in w and "U+202E" in w for w in hidden)
    corpus = load_corpus(folder)
    assert not corpus["outlet"].str.contains("[\u200b\u202e\u2066\u2069\u00a0]").any()
    assert sorted(set(corpus["outlet"])) == ["BBC News", "C NN", "CNN", "Fox News", "cnn"]


def test_nul_byte_anywhere_is_binary(tmp_path):
    late_nul = (ENGLISH + "\n\n") * 60 + "\x00" + ENGLISH
    assert late_nul.index("\x00") > 4096
    corpus = load_corpus(_corpus(tmp_path, {"a.txt": ENGLISH, "nul.txt": late_nul}))
    assert list(corpus["file"]) == ["a.txt"]
    assert "binary file" in _reasons(corpus)["nul.txt"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_read(tmp_path, encoding):
    import codecs

    bom = {"utf-16": b"", "utf-16-be": codecs.BOM_UTF16_BE, "utf-32": b""}[encoding]
    data = bom + ("Caf\u00e9 owners said: " + ENGLISH).encode(encoding)
    corpus = load_corpus(_corpus(tmp_path, {"a.txt": ENGLISH, "wide.txt": data}))
    assert list(corpus["file"]) == ["a.txt", "wide.txt"]
    assert corpus.set_index("file").loc["wide.txt", "body"].startswith("Caf\u00e9 owners said")


# --- 7 (part). a manifest with the wrong delimiter ------------------------------------------------


@pytest.mark.parametrize("manifest", [
    "file;outlet\na.txt;A\n",
    "file;outlet;title\na.txt;A;Talks, again\n",
    "file;outlet;title\na.txt;A;x\nb.txt;B;Talks, again, and again\n",  # pandas: "Expected 1 fields in line 3, saw 3"
    "file\toutlet\na.txt\tA\n",
    "\ufefffile;outlet;notes\r\na.txt;A;x\r\n",
])
def test_wrong_delimiter_is_named(tmp_path, manifest):
    folder = _corpus(tmp_path, {"a.txt": ENGLISH}, manifest)
    with pytest.raises(CorpusError) as err:
        load_corpus(folder)
    message = str(err.value)
    assert "manifest.csv" in message and "delimiter looks wrong" in message and "comma-separated" in message


@pytest.mark.parametrize("manifest, message", [
    ("file,outlet\na.txt,Caf\xe9\n".encode("latin-1"), "not UTF-8"),
    (b"file,outlet\na.txt,A\x00B\n", "NUL"),
    ("file,File,outlet\na.txt,b.txt,A\n", "more than once"),
    ("\nfile,outlet\nb.txt,Beta,,\na.txt,Alpha, Inc.\n", "line 4 has 3 fields but the header has 2"),
])
def test_other_bad_manifests_name_the_file(tmp_path, manifest, message):
    folder = _corpus(tmp_path, {"a.txt": ENGLISH})
    (folder / "manifest.csv").write_bytes(manifest if isinstance(manifest, bytes) else manifest.encode())
    with pytest.raises(CorpusError, match=message) as err:
        load_corpus(folder)
    assert "manifest.csv" in str(err.value)


def test_manifest_that_is_a_pipe_or_folder_does_not_hang(tmp_path):
    folder = _corpus(tmp_path, {"a.txt": ENGLISH})
    (folder / "manifest.csv").unlink()
    os.mkfifo(folder / "manifest.csv")
    with pytest.raises(CorpusError, match="manifest.csv: not a regular file"):
        _within(10, read_manifest, folder)
    (folder / "manifest.csv").unlink()
    (folder / "manifest.csv").mkdir()
    with pytest.raises(CorpusError, match="manifest.csv: a folder"):
        read_manifest(folder)


# --- 6. the URL fetcher ----------------------------------------------------------------------------

PAGE = ("<html><head><title>Talks end</title>{head}</head><body><article><h1>Talks end without a deal</h1>"
        "<p>" + ENGLISH + " " + ENGLISH + "</p><p>" + SECRET + "</p></article></body></html>")


class _Site(http.server.BaseHTTPRequestHandler):
    """A small hostile site on 127.0.0.1: trickling pages, odd charsets, redirects, canonical links."""

    hits: dict[str, int]
    trickle_seconds = 0.5
    trickle_bytes = 12

    def log_message(self, *args):
        pass

    def _send(self, body: str | bytes, content_type: str = "text/html; charset=utf-8", status: int = 200, **headers):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _trickle(self, data: bytes) -> None:
        """One byte every trickle_seconds, at most trickle_bytes, then the connection closes."""
        for byte in data[: self.trickle_bytes]:
            try:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            except OSError:
                return
            time.sleep(self.trickle_seconds)
        self.close_connection = True

    def do_GET(self):  # noqa: N802 - http.server's name
        path = self.path.split("?")[0]
        self.hits[path] = self.hits.get(path, 0) + 1
        if path == "/ok":
            self._send(PAGE.format(head=""))
        elif path == "/other":
            self._send(PAGE.format(head="").replace("Talks end", "Other talks"))
        elif path == "/klingon":
            self._send(PAGE.format(head=""), content_type="text/html; charset=klingon-8")
        elif path == "/base64":
            self._send(PAGE.format(head=""), content_type="text/html; charset=base64")
        elif path == "/redirect":
            self._send("", status=302, Location="/ok")
        elif path == "/away":
            self._send("", status=302, Location=getattr(self, "redirect_to", "/ok"))
        elif path == "/alias":
            self._send(PAGE.format(head='<link rel="canonical" href="/ok?utm_campaign=z">'))
        elif path == "/trickle-body":
            body = PAGE.format(head="").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.flush()
            self._trickle(body)
        elif path == "/trickle-headers":
            self._trickle(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: " + b"y" * 100)
        else:
            self._send("not here", status=404)


@pytest.fixture
def site():
    """The hostile site on loopback only; it stops (with its handler threads) when the test ends."""
    hits: dict[str, int] = {}
    handler = type("Site", (_Site,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


def _read_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("path", ["/trickle-body", "/trickle-headers"])
def test_a_trickling_server_cannot_defeat_the_timeout(site, tmp_path, path):
    base, _ = site
    started = time.monotonic()
    _, failures = fetch_corpus([base + path], tmp_path / "c", timeout=2)
    elapsed = time.monotonic() - started
    assert elapsed < 4, f"took {elapsed:.1f} s with a 2 s timeout"
    assert len(failures) == 1 and "within 2 s" in failures[0]["error"]


def test_unknown_charset_falls_back_to_utf8_and_keeps_the_other_pages(site, tmp_path):
    base, _ = site
    manifest, failures = fetch_corpus([f"{base}/klingon", f"{base}/base64", f"{base}/other"], tmp_path / "c", timeout=5)
    assert failures == []
    rows = _read_rows(manifest)
    assert [r["url"] for r in rows] == [f"{base}/klingon", f"{base}/base64", f"{base}/other"]
    assert len(load_corpus(tmp_path / "c")) == 3


def test_manifest_and_failures_are_written_as_pages_arrive(site, tmp_path, monkeypatch):
    """An interruption mid-way (here a KeyboardInterrupt in the third page) keeps what was fetched."""
    import helpers.ingest as ingest

    base, _ = site
    real = ingest.extract_html
    calls = []

    def interrupted(html):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(html)

    monkeypatch.setattr(ingest, "extract_html", interrupted)
    with pytest.raises(KeyboardInterrupt):
        fetch_corpus([f"{base}/ok", f"{base}/missing", f"{base}/other"], tmp_path / "c", timeout=5)
    rows = _read_rows(tmp_path / "c" / "manifest.csv")
    assert [r["url"] for r in rows] == [f"{base}/ok"] and (tmp_path / "c" / rows[0]["file"]).exists()
    failed = _read_rows(tmp_path / "c" / "fetch_failures.csv")
    assert [f["url"] for f in failed] == [f"{base}/missing"] and "404" in failed[0]["error"]


@pytest.mark.parametrize("url, expected", [
    ("HTTP://Example.COM/News?id=7#top", "http://example.com/News?id=7"),
    ("https://example.com:443/a?utm_source=x&utm_medium=y&b=2&fbclid=z&gclid=g", "https://example.com/a?b=2"),
    ("http://example.com:80/a?mc_cid=1&mc_eid=2&igshid=3", "http://example.com/a"),
    ("http://example.com:8080/a?UTM_Source=x", "http://example.com:8080/a"),
    ("http://example.com", "http://example.com/"),
    ("http://user@Example.com/a?q=a%20b", "http://user@example.com/a?q=a%20b"),
])
def test_urls_are_normalised(url, expected):
    assert normalise_url(url) == expected


def test_one_page_is_fetched_once_whatever_the_link(site, tmp_path):
    base, hits = site
    port = base.rsplit(":", 1)[1]
    urls = [f"{base}/ok", f"{base}/ok#frag", f"{base}/ok?utm_source=newsletter", f"HTTP://127.0.0.1:{port}/ok",
            f"{base}/redirect", f"{base}/alias", f"{base}/ok?fbclid=abc", f"{base}/other", f"{base}/other"]
    manifest, failures = fetch_corpus(urls, tmp_path / "c", timeout=5)
    assert [r["url"] for r in _read_rows(manifest)] == [f"{base}/ok", f"{base}/other"]
    assert [f["url"] for f in failures] == urls[1:7] + urls[8:]
    assert all(f["error"].startswith(f"duplicate of {base}/ok") for f in failures[:6])
    assert failures[-1]["error"] == f"duplicate of {base}/other"
    assert hits["/ok"] == 2  # once as listed, once after the redirect; never for the other spellings
    assert [f["url"] for f in _read_rows(tmp_path / "c" / "fetch_failures.csv")] == [f["url"] for f in failures]


def test_duplicates_are_reported_on_the_terminal(site, tmp_path, capsys):
    base, _ = site
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{base}/ok\n{base}/ok#again\n{base}/nope\n")
    assert main(["fetch", str(urls), "--out", str(tmp_path / "c"), "--timeout", "5"]) == 0
    out = capsys.readouterr().out
    assert f"skipped: {base}/ok#again: duplicate of {base}/ok" in out
    assert f"failed: {base}/nope: HTTP 404" in out
    assert "1 duplicate link(s) skipped" in out


@pytest.mark.parametrize("make, message", [
    (lambda p: None, "not found"),
    (lambda p: p.write_bytes("http://example.org/caf\xe9\n".encode("latin-1")), "not UTF-8"),
    (lambda p: p.mkdir(), "a folder"),
    (lambda p: os.mkfifo(p), "not a regular file"),
])
def test_a_bad_url_file_gives_one_line(tmp_path, capsys, make, message):
    urls = tmp_path / "urls.txt"
    make(urls)
    assert _within(20, main, ["fetch", str(urls), "--out", str(tmp_path / "c")]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and message in err and str(urls) in err and "Traceback" not in err
    assert not (tmp_path / "c").exists()


# --- fuzz: random bytes, random manifests, random Unicode ------------------------------------------

FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 60)), deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
COLUMNS = ["file", "outlet", "id", "title", "author", "published", "url", "kind", "country", "language", "notes"]
NAMES = ["a.txt", "b.html", "c.TXT", "d.htm", "e.pdf", "../e.txt", "sub/f.txt", "", " a.txt ", "a.txt\u200b"]


def _loads_or_names_a_file(folder: Path) -> None:
    """``load_corpus`` returns a corpus, or raises CorpusError naming the folder or a file in it."""
    try:
        corpus = load_corpus(folder)
    except CorpusError as err:
        assert str(folder) in str(err), str(err)
        return
    assert len(corpus) >= 1
    for exclusion in corpus.attrs["exclusions"]:
        assert exclusion["file"] and exclusion["reason"]


@FUZZ
@given(files=st.dictionaries(st.sampled_from(NAMES[:5]), st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=1500).map(lambda t: t.encode("utf-8")),
    st.tuples(st.sampled_from(["utf-16", "utf-32", "utf-8-sig"]), st.text(max_size=500)).map(lambda p: p[1].encode(p[0])),
    st.text(alphabet=st.sampled_from("Ab .,\n\u200b\u202e\x00<>/p"), max_size=2000).map(lambda t: (ENGLISH + "\n\n" + t).encode()),
), min_size=1))
def test_fuzz_random_article_bytes(files):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for name, data in files.items():
            (folder / name).write_bytes(data)
        (folder / "manifest.csv").write_text("file,outlet\n" + "".join(f"{n},Outlet {i}\n" for i, n in enumerate(files)))
        _loads_or_names_a_file(folder)


CELLS = st.one_of(st.sampled_from(NAMES + ["CNN", "cnn", "CNN\u200b", "\u202eFox", "en", "de", "2024-01-01"]),
                  st.text(max_size=20))


@st.composite
def manifests(draw) -> bytes:
    """Mostly near-valid manifests (file, outlet and random columns; rows of about the header's
    length; any delimiter), sometimes random text or bytes."""
    kind = draw(st.sampled_from(["near", "near", "near", "text", "bytes"]))
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    if kind == "text":
        return draw(st.text(max_size=300)).encode("utf-8", "surrogatepass")
    header = draw(st.permutations(["file", "outlet"] + draw(st.lists(st.one_of(st.sampled_from(COLUMNS), st.text(max_size=8)),
                                                                      max_size=4))))
    width = len(header)
    rows = draw(st.lists(st.lists(CELLS, min_size=max(width - 1, 0), max_size=width + 1), max_size=5))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=draw(st.sampled_from([",", ",", ",", ";", "\t", "|"])))
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8", "surrogatepass")


@FUZZ
@given(raw=manifests())
def test_fuzz_random_manifests(raw):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        (folder / "sub").mkdir(parents=True)
        for name in ("a.txt", "b.html", "sub/f.txt"):
            (folder / name).write_text(ENGLISH)
        (folder / "manifest.csv").write_bytes(raw)
        try:
            manifest = read_manifest(folder)
        except CorpusError as err:
            event("manifest refused")
            assert "manifest.csv" in str(err), str(err)
        else:
            event("manifest read")
            assert all(isinstance(w, str) and "manifest.csv" in w for w in manifest.attrs["warnings"])
            assert {"file", "outlet", "id"} <= set(manifest.columns)
            assert manifest["outlet"].map(lambda o: o == clean_label(o) and o != "").all()
        _loads_or_names_a_file(folder)


@FUZZ
@given(text=st.text(), title=st.text(max_size=40))
def test_fuzz_random_unicode(text, title):
    cleaned = clean_text(text, title)
    assert isinstance(cleaned.body, str)
    label = clean_label(text)
    assert clean_label(label) == label
    assert not any(ch in label for ch in BIDI_CONTROLS | INVISIBLE)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "a.txt").write_text(ENGLISH + "\n\n" + text, encoding="utf-8", errors="surrogatepass")
        (folder / "manifest.csv").write_text(f"file,outlet,title\na.txt,{_csv_cell(text[:50])},{_csv_cell(title)}\n",
                                             encoding="utf-8", errors="surrogatepass")
        _loads_or_names_a_file(folder)


def _csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


@pytest.mark.parametrize("target", ["file:///etc/hostname", "ftp://127.0.0.1:9/x"])
def test_a_redirect_away_from_http_is_refused(site, tmp_path, target):
    """Only http(s) is followed: a page cannot redirect the fetcher to a local file or an FTP server."""
    base, _ = site
    _Site.redirect_to = target
    try:
        manifest, failures = fetch_corpus([f"{base}/away"], tmp_path / "c", timeout=5)
    finally:
        del _Site.redirect_to
    assert _read_rows(manifest) == [] and len(failures) == 1
    assert "not allowed" in failures[0]["error"] or "unknown url type" in failures[0]["error"], failures[0]["error"]
