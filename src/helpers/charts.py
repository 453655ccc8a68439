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
        legend=dict(orientation="h", yanchor="top", y=-0.22, x=0),
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
    height = fig.layout.height or 450
    div = fig.to_html(full_html=False, include_plotlyjs=False, config={"displaylogo": False, "responsive": True},
                      default_width="100%", default_height=f"{height}px")
    display({"application/vnd.plotly.v1+json": json.loads(pio.to_json(fig)), "text/html": div}, raw=True)


# --- the charts the notebooks and the briefing share ---------------------------------------

KIND_COLOURS = {"expert": "#1b6ca8", "official": "#d1495b", "media": "#edae49", "institution": "#00798c",
                "anonymous": "#8d8d8d", "group": "#6a4c93"}


def _outlet_order(values, outlets) -> list[str]:
    return list(outlets) if outlets is not None else sorted(set(values))


def _boxes_by_outlet(data, column: str, outlets=None, hover: str | None = None) -> go.Figure:
    """One horizontal box per outlet with every row as a point (hover shows ``hover`` text)."""
    order = _outlet_order(data["outlet"], outlets)
    colours = outlet_colours(order)
    fig = go.Figure()
    for outlet in order:
        part = data[data["outlet"] == outlet]
        extra = dict(hovertext=[label(t[:140]) for t in part[hover]], hoverinfo="x+text") if hover else {}
        fig.add_trace(go.Box(x=part[column], name=label(outlet), marker_color=colours[outlet], boxpoints="all", jitter=0.4,
                             pointpos=0, orientation="h", boxmean=True, showlegend=False, **extra))
    return fig


def tone_distribution(scored, outlets=None) -> go.Figure:
    """Sentence compound scores per outlet: a box per outlet with every sentence as a point."""
    order = _outlet_order(scored["outlet"], outlets)
    fig = _boxes_by_outlet(scored, "compound", order, hover="text")
    fig.add_vline(x=0, line_dash="dot", line_color="#777")
    fig.update_layout(title="Tone of every sentence, by outlet (VADER compound)", xaxis_title="compound score (−1 negative … +1 positive)",
                      xaxis_range=[-1.05, 1.05], height=90 + 60 * len(order))
    return fig


def interval_chart(table, value: str, low: str, high: str, title: str, axis: str, outlets=None, reference=None) -> go.Figure:
    """A dot per outlet with its interval (e.g. mean tone and its bootstrap 95% interval)."""
    order = _outlet_order(table["outlet"], outlets)
    colours = outlet_colours(order)
    rows = table.set_index("outlet").loc[order].reset_index()
    fig = go.Figure(go.Scatter(
        x=rows[value], y=[label(o) for o in rows["outlet"]], mode="markers",
        marker=dict(size=11, color=[colours[o] for o in rows["outlet"]]),
        error_x=dict(type="data", symmetric=False, array=rows[high] - rows[value], arrayminus=rows[value] - rows[low], thickness=2),
        hovertemplate="%{y}: %{x:.3f}<extra></extra>"))
    if reference is not None:
        fig.add_vline(x=reference, line_dash="dot", line_color="#777")
    lo, hi = float(rows[low].min()), float(rows[high].max())
    pad = 0.08 * (hi - lo or 1)
    fig.update_layout(title=title, xaxis_title=axis, height=110 + 50 * len(order), showlegend=False,
                      xaxis_range=[min(lo, reference if reference is not None else lo) - pad, max(hi, reference if reference is not None else hi) + pad])
    fig.update_yaxes(autorange="reversed")
    return fig


def actor_heatmap(actor_table, outlets=None, min_sentences: int = 1) -> go.Figure:
    """Mean tone of sentences mentioning each actor, per outlet; the cell text gives n."""
    order = _outlet_order(actor_table["outlet"], outlets)
    actors = list(dict.fromkeys(actor_table["actor"]))
    pivot = actor_table.pivot(index="actor", columns="outlet", values="mean_compound").reindex(index=actors, columns=order)
    counts = actor_table.pivot(index="actor", columns="outlet", values="sentences").reindex(index=actors, columns=order).fillna(0)
    z = pivot.where(counts >= min_sentences)
    text = [[(f"{z.iloc[i, j]:+.2f}<br>n={int(counts.iloc[i, j])}" if counts.iloc[i, j] >= min_sentences else "—")
             for j in range(len(order))] for i in range(len(actors))]
    fig = go.Figure(go.Heatmap(z=z.values, x=[label(o) for o in order], y=[label(a) for a in actors], text=text,
                               texttemplate="%{text}", zmin=-0.8, zmax=0.8, colorscale="RdBu", zmid=0,
                               colorbar=dict(title="tone"), hoverongaps=False))
    fig.update_layout(title="Tone of sentences that mention each actor", height=120 + 55 * len(actors))
    fig.update_xaxes(side="top", tickangle=0)
    return fig


def voice_bars(voice_table, outlets=None) -> go.Figure:
    """Mean tone of quoted material vs the outlet's own narration, with intervals."""
    order = _outlet_order(voice_table["outlet"], outlets)
    fig = go.Figure()
    for voice, colour in (("own", "#2e4057"), ("quoted", "#d1495b")):
        part = voice_table[voice_table["voice"] == voice].set_index("outlet").reindex(order)
        fig.add_trace(go.Bar(name="own narration" if voice == "own" else "quoted or attributed", y=[label(o) for o in order],
                             x=part["mean_compound"], orientation="h", marker_color=colour,
                             error_x=dict(type="data", symmetric=False, array=part["ci_high"] - part["mean_compound"],
                                          arrayminus=part["mean_compound"] - part["ci_low"]),
                             text=[f"n={int(n)}" if n == n else "" for n in part["sentences"]], textposition="auto"))
    lows = voice_table["ci_low"].min()
    highs = voice_table["ci_high"].max()
    fig.update_layout(barmode="group", title="Tone of the outlet's own voice vs the voices it quotes",
                      xaxis_title="mean compound score", height=160 + 70 * len(order),
                      xaxis_range=[min(lows, 0) - 0.05, max(highs, 0) + 0.05])
    fig.update_yaxes(autorange="reversed")
    return fig


def grade_chart(table, outlets=None, band=(8.0, 10.0)) -> go.Figure:
    """Grade-level formulas per outlet, with the general-audience band shaded."""
    order = _outlet_order(table["outlet"], outlets)
    colours = outlet_colours(order)
    formulas = {"flesch_kincaid_grade": "Flesch–Kincaid", "gunning_fog": "Gunning Fog", "smog_index": "SMOG",
                "coleman_liau_index": "Coleman–Liau", "automated_readability_index": "ARI", "text_standard": "consensus"}
    fig = go.Figure()
    rows = table.set_index("outlet").loc[order]
    for outlet in order:
        fig.add_trace(go.Scatter(x=[rows.loc[outlet, f] for f in formulas], y=list(formulas.values()), mode="markers",
                                 name=label(outlet), marker=dict(size=11, color=colours[outlet], line=dict(width=1, color="white"))))
    fig.add_vrect(x0=band[0], x1=band[1], fillcolor="#66a182", opacity=0.15, line_width=0,
                  annotation_text="general audience", annotation_position="top left")
    fig.update_layout(title="US school grade needed to read each article, by formula", xaxis_title="grade level",
                      height=430 + 12 * len(order), legend=dict(orientation="h", y=-0.2, yanchor="top"))
    return fig


def sentence_length_chart(lengths, outlets=None) -> go.Figure:
    """Distribution of sentence lengths (words) per outlet."""
    order = _outlet_order(lengths["outlet"], outlets)
    fig = _boxes_by_outlet(lengths, "words", order)
    fig.add_vline(x=30, line_dash="dot", line_color="#777", annotation_text="30 words")
    fig.update_layout(title="Sentence length, by outlet", xaxis_title="words per sentence", height=90 + 60 * len(order))
    return fig


def sources_by_kind(sourcing, outlets=None) -> go.Figure:
    """Citations per outlet, stacked by kind of source."""
    order = _outlet_order(sourcing["outlet"], outlets)
    rows = sourcing.set_index("outlet").reindex(order)
    fig = go.Figure()
    for kind, colour in KIND_COLOURS.items():
        fig.add_trace(go.Bar(name=kind, y=[label(o) for o in order], x=rows[f"{kind}_citations"], orientation="h", marker_color=colour))
    fig.update_layout(barmode="stack", title="Who is cited: attributions by kind of source", xaxis_title="attributions in the body",
                      height=190 + 55 * len(order))
    fig.update_yaxes(autorange="reversed")
    return fig


def quote_mode_bars(citations, outlets=None) -> go.Figure:
    """Direct, mixed and indirect attributions per outlet (shares)."""
    body = citations[citations["origin"] == "body"]
    order = _outlet_order(body["outlet"], outlets)
    shares = body.groupby("outlet")["quote"].value_counts(normalize=True).unstack(fill_value=0).reindex(order).fillna(0)
    fig = go.Figure()
    for mode, colour in (("direct", "#1b6ca8"), ("mixed", "#edae49"), ("indirect", "#b5b5b5")):
        fig.add_trace(go.Bar(name=mode, y=[label(o) for o in order], x=shares[mode] if mode in shares else [0] * len(order), orientation="h",
                             marker_color=colour))
    fig.update_layout(barmode="stack", title="How sources are quoted", xaxis_title="share of attributions", xaxis_tickformat=".0%",
                      height=190 + 55 * len(order))
    fig.update_yaxes(autorange="reversed")
    return fig


def source_network(citations, outlets=None, max_sources: int = 40) -> go.Figure:
    """Outlets (left) linked to the named sources and media channels they use (right); a
    source linked to several outlets is shared."""
    data = citations[citations["named"] | (citations["channel"] != "")]
    pairs = []
    for row in data.itertuples():
        if row.named:
            pairs.append((row.outlet, row.source, row.kind))
        if row.channel:
            pairs.append((row.outlet, row.channel, "media"))
    if not pairs:
        return go.Figure().update_layout(title="No named sources to connect", height=200)
    edges = {}
    for outlet, source, kind in pairs:
        key = (outlet, source.removeprefix("the ").removeprefix("The "))
        edges.setdefault(key, kind)
    order = _outlet_order([o for o, _ in edges], outlets)
    degree: dict[str, set] = {}
    for (outlet, source) in edges:
        degree.setdefault(source, set()).add(outlet)
    sources = sorted(degree, key=lambda s: (-len(degree[s]), s))[:max_sources]
    colours = outlet_colours(order)
    y_out = {o: i / max(len(order) - 1, 1) for i, o in enumerate(order)}
    y_src = {s: i / max(len(sources) - 1, 1) for i, s in enumerate(sources)}
    fig = go.Figure()
    for (outlet, source), _kind in edges.items():
        if source in y_src and outlet in y_out:
            shared = len(degree[source]) > 1
            fig.add_trace(go.Scatter(x=[0, 1], y=[y_out[outlet], y_src[source]], mode="lines", hoverinfo="skip", showlegend=False,
                                     line=dict(color=colours[outlet], width=3 if shared else 1), opacity=0.9 if shared else 0.45))
    fig.add_trace(go.Scatter(x=[0] * len(order), y=[y_out[o] for o in order], mode="markers+text", text=[label(o) for o in order],
                             textposition="middle left", marker=dict(size=14, color=[colours[o] for o in order]), showlegend=False,
                             hoverinfo="text"))
    kinds = [edges.get(next(k for k in edges if k[1] == s), "media") for s in sources]
    fig.add_trace(go.Scatter(x=[1] * len(sources), y=[y_src[s] for s in sources], mode="markers+text",
                             text=[label(s[:38]) + (f"  ({len(degree[s])} outlets)" if len(degree[s]) > 1 else "") for s in sources],
                             textposition="middle right", showlegend=False, hoverinfo="text",
                             marker=dict(size=10, color=[KIND_COLOURS.get(k, "#999") for k in kinds])))
    fig.update_layout(title="Outlets and the named sources and channels they use (thick lines: shared)",
                      xaxis=dict(visible=False, range=[-0.95, 2.1]), yaxis=dict(visible=False, range=[-0.04, 1.04]),
                      height=max(320, 21 * len(sources) + 90), margin=dict(l=10, r=10, t=40, b=10))
    return fig
