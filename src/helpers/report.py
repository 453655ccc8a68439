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
    'Outlet: &lt;b&gt;X&lt;/b&gt;'
    """
    safe = {k: v if isinstance(v, numbers.Number) else escape(v) for k, v in values.items()}
    return template.format(**safe)


def say(template: str, **values: Any) -> None:
    """Display a Markdown paragraph built by `md`."""
    from IPython.display import Markdown, display

    display(Markdown(md(template, **values)))


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
