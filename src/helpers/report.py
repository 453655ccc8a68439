"""Showing results in a notebook so that they render the same in JupyterLab, in the HTML
briefing and in its PDF, and so that text from the corpus is always shown as text.

Article text is untrusted input: every value from the corpus goes through `escape` (or
pandas' own escaping in `show_table`) before it reaches Markdown or HTML.

>>> escape("<script>alert(1)</script> *bold* it's")
"&lt;script&gt;alert(1)&lt;/script&gt; \\\\*bold\\\\* it's"
"""

from __future__ import annotations

import html
import numbers
import re
from typing import Any

import pandas as pd

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#|~$])")


def escape(value: Any) -> str:
    """Text safe to put inside Markdown or HTML: HTML-escaped, Markdown specials escaped."""
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    return html.escape(_MD_SPECIAL.sub(r"\\\1", text), quote=False)


def md(template: str, **values: Any) -> str:
    """Fill a Markdown template with escaped values: ``md("**{name}** said", name=x)``.

    >>> md("Outlet: {o}", o="<b>X</b>")
    'Outlet: <bdi>&lt;b&gt;X&lt;/b&gt;</bdi>'
    """
    safe = {k: v if isinstance(v, numbers.Number) else bdi(escape(v)) for k, v in values.items()}
    return template.format(**safe)


def bdi(escaped: str) -> str:
    """Escaped corpus text isolated for the bidirectional algorithm (``<bdi>``), so a name in a
    right-to-left script cannot reorder the numbers and words after it."""
    return f"<bdi>{escaped}</bdi>" if escaped else escaped


def isolate(text: str, names: list[str]) -> str:
    """``text`` escaped, with every occurrence of each corpus name (outlets, sources) isolated
    by `bdi`, longest names first: for generated sentences that mention corpus values.

    >>> isolate("A-1 beats A by 2", ["A", "A-1"])
    '<bdi>A-1</bdi> beats <bdi>A</bdi> by 2'
    """
    import re

    escaped = escape(text)
    wanted = sorted({escape(n) for n in names if n}, key=len, reverse=True)
    if not wanted:
        return escaped
    pattern = re.compile("|".join(rf"(?<![\w-]){re.escape(n)}(?![\w-])" for n in wanted))
    return pattern.sub(lambda m: bdi(m.group(0)), escaped)


def say(template: str, **values: Any) -> None:
    """Display a Markdown paragraph built by `md`."""
    from IPython.display import Markdown, display

    display(Markdown(md(template, **values)))


def say_text(text: str, names: list[str] | tuple[str, ...] = ()) -> None:
    """Display generated prose that quotes corpus values (a finding naming outlets): escaped as
    a whole, never used as a template, with each of ``names`` isolated (see `isolate`)."""
    from IPython.display import Markdown, display

    display(Markdown(isolate(text, list(names))))


def caption(text: str) -> None:
    """A chart or table caption (what to see), shown as escaped text."""
    from IPython.display import HTML, display

    display(HTML(f'<p class="caption">{html.escape(text)}</p>'))


def table_html(df: pd.DataFrame, float_format: str = "{:,.2f}", classes: str = "") -> str:
    """An HTML table of ``df`` with every cell escaped (pandas ``escape=True``)."""
    formatters = {c: (lambda v, f=float_format: "" if pd.isna(v) else f.format(v))
                  for c in df.columns if pd.api.types.is_float_dtype(df[c])}
    inner = df.to_html(index=False, escape=True, na_rep="", formatters=formatters, border=0)
    return f'<div class="{html.escape(classes)}">{inner}</div>' if classes else inner


def show_table(df: pd.DataFrame, float_format: str = "{:,.2f}", classes: str = "") -> None:
    """Display ``df`` as an escaped HTML table (no index)."""
    from IPython.display import HTML, display

    display(HTML(table_html(df, float_format, classes)))


def data_table_html(df: pd.DataFrame, title: str, float_format: str = "{:.3f}") -> str:
    """An HTML-only appendix table: the rows travel as JSON inside the page (``<`` escaped, so
    corpus text can never close the script) and the briefing's script shows them 50 at a time,
    with a filter box and sorting; nothing of it is printed in the PDF."""
    import json

    def cell(v: Any) -> Any:
        if v is None or (isinstance(v, float) and pd.isna(v)):
            return ""
        if isinstance(v, float):
            return float(float_format.format(v))
        if isinstance(v, (bool, numbers.Integral)):
            return v if not isinstance(v, bool) else str(v)
        return str(v)

    rows = [[cell(v) for v in r] for r in df.itertuples(index=False, name=None)]
    payload = json.dumps(rows, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in df.columns)
    return (f'<div class="screen-only data-table"><h3>{html.escape(title)}</h3>'
            f'<p class="data-table-tools"><input type="search" placeholder="Filter rows" aria-label="Filter {html.escape(title)}">'
            f'<span class="data-table-count"></span><button class="prev" type="button">‹ previous</button>'
            f'<button class="next" type="button">next ›</button></p>'
            f'<div class="small-table"><table><thead><tr>{head}</tr></thead><tbody></tbody></table></div>'
            f'<script type="application/json" class="data-table-rows">{payload}</script></div>')


def show_data_table(df: pd.DataFrame, title: str) -> None:
    """Display `data_table_html` (HTML-only appendix table)."""
    from IPython.display import HTML, display

    display(HTML(data_table_html(df, title)))


def print_note(text: str) -> None:
    """A note shown only in the PDF (e.g. where the full tables are)."""
    from IPython.display import HTML, display

    display(HTML(f'<p class="print-only caption">{html.escape(text)}</p>'))
