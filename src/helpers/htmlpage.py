"""The main text and metadata of a saved HTML page, by trafilatura (a field-standard extractor);
the text then passes through the same cleaning as plain-text articles. Used by the corpus loader
(saved pages) and by the URL fetcher (`helpers.ingest`)."""

from __future__ import annotations


def extract_html(html: str) -> dict[str, str]:
    """Main text (paragraphs on their own lines), metadata, and the whole page's text of an
    HTML document, by trafilatura.

    >>> page = "<html><head><title>T</title></head><body><article><h1>Talks end</h1>" + \\
    ...        "<p>" + "The talks ended on Monday without a deal, officials said. " * 3 + "</p></article></body></html>"
    >>> "The talks ended on Monday" in extract_html(page)["text"]
    True
    """
    import trafilatura
    from trafilatura import html2txt

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      include_images=False, deduplicate=False)
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    return {
        "text": text,
        "title": (getattr(doc, "title", None) or "") if doc is not None else "",
        "author": (getattr(doc, "author", None) or "") if doc is not None else "",
        "published": (getattr(doc, "date", None) or "") if doc is not None else "",
        "page_text": html2txt(html) or text,
        "version": trafilatura.__version__,
    }
