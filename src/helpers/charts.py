"""One plotly look for every chart: fonts, outlet colours that stay the same in every chart,
and a `show` that renders in JupyterLab and in the self-contained HTML briefing alike.

Labels that come from the corpus are escaped with `label` (plotly renders a small subset of
HTML inside text, so ``<b>`` in an outlet name would otherwise turn bold).

>>> outlet_colours(["B", "A"])["A"] == outlet_colours(["A", "B"])["A"]
True
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable

import plotly.graph_objects as go
import plotly.io as pio

PALETTE = ["#1b6ca8", "#d1495b", "#edae49", "#00798c", "#6a4c93", "#66a182", "#8d6a9f", "#2e4057",
           "#c44536", "#4f772d", "#b5838d", "#3d5a80"]
FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"

pio.templates["briefing"] = go.layout.Template(
    layout=go.Layout(
        font=dict(family=FONT, size=12, color="#222"),
        title=dict(font=dict(size=14), x=0, xanchor="left"),
        paper_bgcolor="white", plot_bgcolor="white",
        xaxis=dict(gridcolor="#e5e5e5", zerolinecolor="#999", linecolor="#999", automargin=True),
        yaxis=dict(gridcolor="#e5e5e5", zerolinecolor="#999", linecolor="#999", automargin=True),
        colorway=PALETTE, margin=dict(l=10, r=10, t=40, b=10),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0),
        hoverlabel=dict(font=dict(family=FONT)),
    )
)
pio.templates.default = "plotly_white+briefing"


def label(text: object) -> str:
    """A corpus string made safe for plotly text (escaped, so shown literally)."""
    return html.escape(str(text), quote=False)


def outlet_colours(outlets: Iterable[str]) -> dict[str, str]:
    """A fixed colour per outlet, by sorted name, so every chart agrees."""
    return {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(sorted(set(outlets)))}


def show(fig: go.Figure, height: int | None = None) -> None:
    """Display a figure: the plotly MIME bundle for JupyterLab plus a ``<div>`` for the HTML
    briefing (which inlines plotly.js once in its head, so no CDN is contacted)."""
    from IPython.display import display

    if height:
        fig.update_layout(height=height)
    div = fig.to_html(full_html=False, include_plotlyjs=False, config={"displaylogo": False, "responsive": True},
                      default_width="100%")
    display({"application/vnd.plotly.v1+json": json.loads(pio.to_json(fig)), "text/html": div}, raw=True)
