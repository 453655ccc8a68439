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

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.express.colors import qualitative as px_colors

from .schema import VOICED_ORIGINS

PALETTE = ["#1b6ca8", "#d1495b", "#edae49", "#00798c", "#6a4c93", "#66a182", "#8d6a9f", "#2e4057",
           "#c44536", "#4f772d", "#b5838d", "#3d5a80"]
WIDE_PALETTE = px_colors.Dark24 + px_colors.Light24
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
    """A fixed colour per outlet, by sorted name, so every chart agrees; distinct for up to 12
    outlets from the house palette, and up to 48 from plotly's Dark24 and Light24 beyond that."""
    names = sorted(set(outlets))
    palette = PALETTE if len(names) <= len(PALETTE) else WIDE_PALETTE
    return {o: palette[i % len(palette)] for i, o in enumerate(names)}


def distinct(labels: list[str]) -> list[str]:
    """Category labels made unique ("Politico", "Politico (2)"): plotly draws two equal labels as
    one category, and the cells of the columns after it shift.

    >>> distinct(["Politico", "AP", "Politico"])
    ['Politico', 'AP', 'Politico (2)']
    """
    seen: dict[str, int] = {}
    out = []
    for x in labels:
        seen[x] = seen.get(x, 0) + 1
        out.append(x if seen[x] == 1 else f"{x} ({seen[x]})")
    return out


def wrap(text: object, width: int = 32, lines: int = 2) -> str:
    """A corpus label escaped and wrapped onto at most ``lines`` lines (``<br>``) for an axis.

    >>> wrap("The Meridian and Highland Evening Monitor and Advertiser")
    'The Meridian and Highland<br>Evening Monitor and Advertiser'
    """
    import textwrap

    parts = textwrap.wrap(str(text), width, break_long_words=False) or [""]  # a word is never cut in two
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: width - 1] + "…"
    return "<br>".join(label(p) for p in parts)


PRINTED_CHART_MAX = 900  # px: an A4 page less its margins holds ~990 px; a taller chart is cut across two pages, and
# a chart that leaves less than ~90 px pushes a caption of three lines alone onto the next page
MIN_ROW = 24  # px per outlet row: a wrapped two-line outlet name still fits
ONE_LINE_FROM = 30  # outlets: past this, each name is set on one line and a row may shrink to TIGHT_ROW
TIGHT_ROW = 15  # px per outlet row with one-line names in small type: the tallest chart holds 42 outlets a page


def tight(n: int) -> bool:
    """Whether ``n`` outlets' rows are tight: names on one line, a cell's text on one line."""
    return n > ONE_LINE_FROM


def row_height(n: int, base: int = 120, per: int = 30) -> int:
    """Height in pixels for a chart with one row per outlet: ``per`` pixels a row, fewer (down
    to `MIN_ROW`, or `TIGHT_ROW` past `ONE_LINE_FROM` outlets) when that keeps the chart within
    one printed page with room for a caption (30 outlets: 26 px a row; 31 in a heatmap: 20).

    >>> row_height(5), row_height(30), row_height(30, base=260), row_height(31, base=260), row_height(42, base=260)
    (270, 900, 980, 880, 890)
    """
    n = max(n, 1)
    return base + n * max(TIGHT_ROW if tight(n) else MIN_ROW, min(per, (PRINTED_CHART_MAX - base) // n))


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
# Every chart has the outlets on a categorical axis (names wrapped, never numbers), ordered by the
# value shown, and stays legible from 1 to 30 outlets and from 1 to 10,000 articles.

KIND_COLOURS = {"expert": "#1b6ca8", "official": "#d1495b", "media": "#edae49", "institution": "#00798c",
                "citizen": "#66a182", "unknown": "#c9b99a", "anonymous": "#8d8d8d", "group": "#6a4c93"}
DOTS_UP_TO = 40  # per outlet: article dots up to this many articles, box plots beyond


def order_by(table, value: str, ascending: bool = True) -> list[str]:
    """Outlets ordered by ``value`` (ties by name)."""
    ranked = table.groupby("outlet")[value].mean().reset_index().sort_values([value, "outlet"], ascending=[ascending, True])
    return ranked["outlet"].tolist()


SMALL_LABELS_FROM = 20  # outlets: past this, rows are short (`row_height`) and the names are set smaller


def _outlet_axis(fig: go.Figure, order: list[str]) -> go.Figure:
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=[wrap(o) for o in order], autorange="reversed")
    if len(order) > SMALL_LABELS_FROM:
        fig.update_yaxes(tickfont=dict(size=10 if not tight(len(order)) else 9))
    if tight(len(order)):  # each name shown on one line (the rows keep the wrapped names as their categories)
        fig.update_yaxes(tickmode="array", tickvals=[wrap(o) for o in order], ticktext=[wrap(o, 34, 1) for o in order])
    fig.update_layout(legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom"), margin=dict(t=70))
    return fig


def interval_chart(table, value: str, low: str, high: str, title: str, axis: str, reference=None) -> go.Figure:
    """A dot per outlet with its interval, outlets ordered by the value (lowest first)."""
    order = order_by(table, value)
    colours = outlet_colours(table["outlet"])
    rows = table.set_index("outlet").loc[order].reset_index()
    has = rows[low].notna() & rows[high].notna()
    fig = go.Figure(go.Scatter(
        x=rows[value], y=[wrap(o) for o in rows["outlet"]], mode="markers",
        marker=dict(size=10, color=[colours[o] for o in rows["outlet"]]),
        error_x=dict(type="data", symmetric=False, array=(rows[high] - rows[value]).where(has, 0),
                     arrayminus=(rows[value] - rows[low]).where(has, 0), thickness=2),
        hovertemplate="%{y}: %{x:.3f}<extra></extra>"))
    if reference is not None:
        fig.add_vline(x=reference, line_dash="dot", line_color="#777")
    fig.update_layout(title=title, xaxis_title=axis, height=row_height(len(order)), showlegend=False)
    return _outlet_axis(fig, order)


def article_distribution(articles, value: str, title: str, axis: str, band=None, reference=None) -> go.Figure:
    """Each outlet's articles on ``value``: one dot per article while outlets have few articles,
    a box per outlet (median, quartiles, whiskers; the mean as a diamond) when they have many.
    Outlets are ordered by their mean."""
    order = order_by(articles, value)
    colours = outlet_colours(articles["outlet"])
    many = articles.groupby("outlet").size().max() > DOTS_UP_TO
    fig = go.Figure()
    for outlet in order:
        part = articles[articles["outlet"] == outlet]
        y = [wrap(outlet)] * len(part)
        if many:
            fig.add_trace(summary_box(part[value].dropna(), wrap(outlet), colours[outlet]))
        else:
            fig.add_trace(go.Scatter(x=part[value], y=y, mode="markers", showlegend=False,
                                     marker=dict(size=8, color=colours[outlet], opacity=0.75, line=dict(width=0.5, color="white")),
                                     hovertext=[label(str(t)[:100]) for t in part.get("title", part["outlet"])],
                                     hoverinfo="x+text"))
    means = articles.groupby("outlet")[value].mean()
    if not many:
        fig.add_trace(go.Scatter(x=[means[o] for o in order], y=[wrap(o) for o in order], mode="markers", name="outlet mean",
                                 marker=dict(symbol="line-ns", size=16, line=dict(width=2, color="#222")), showlegend=True))
    if band is not None:
        fig.add_vrect(x0=band[0], x1=band[1], fillcolor="#66a182", opacity=0.15, line_width=0,
                      annotation_text="general audience", annotation_position="top left")
    if reference is not None:
        fig.add_vline(x=reference, line_dash="dot", line_color="#777")
    fig.update_layout(title=title, xaxis_title=axis, height=row_height(len(order), base=150))
    return _outlet_axis(fig, order)


def voice_chart(voice_table) -> go.Figure:
    """Mean tone of the outlet's own narration and of what it quotes, with intervals, one row
    per outlet (ordered by the tone of its own voice)."""
    own = voice_table[voice_table["voice"] == "own"]
    order = order_by(own if not own.empty else voice_table, "mean_compound")
    order += [o for o in sorted(set(voice_table["outlet"])) if o not in order]
    fig = go.Figure()
    for voice, colour, name in (("own", "#2e4057", "own narration"), ("quoted", "#d1495b", "quoted or attributed")):
        part = voice_table[voice_table["voice"] == voice].set_index("outlet").reindex(order)
        has = part["ci_low"].notna()
        fig.add_trace(go.Scatter(name=name, y=[wrap(o) for o in order], x=part["mean_compound"], mode="markers",
                                 marker=dict(size=9, color=colour, symbol="circle" if voice == "own" else "diamond"),
                                 error_x=dict(type="data", symmetric=False, thickness=1.5,
                                              array=(part["ci_high"] - part["mean_compound"]).where(has, 0),
                                              arrayminus=(part["mean_compound"] - part["ci_low"]).where(has, 0))))
    fig.add_vline(x=0, line_dash="dot", line_color="#777")
    fig.update_layout(title="Tone of the outlet's own voice and of the voices it quotes", xaxis_title="mean compound score",
                      height=row_height(len(order), base=160))
    return _outlet_axis(fig, order)


def actor_heatmap(actor_table, min_sentences: int = 1) -> go.Figure:
    """Mean tone of sentences mentioning each actor (columns), per outlet (rows); cell text n."""
    order = sorted(set(actor_table["outlet"]))
    actors = list(dict.fromkeys(actor_table["actor"]))
    pivot = actor_table.pivot(index="outlet", columns="actor", values="mean_compound").reindex(index=order, columns=actors)
    counts = actor_table.pivot(index="outlet", columns="actor", values="sentences").reindex(index=order, columns=actors).fillna(0)
    z = pivot.where(counts >= min_sentences)
    line = "<br>" if not tight(len(order)) else " "  # short rows: the tone and its count on one line
    text = [[(f"{z.iloc[i, j]:+.2f}{line}n={int(counts.iloc[i, j])}" if counts.iloc[i, j] >= min_sentences else "—")
             for j in range(len(actors))] for i in range(len(order))]
    fig = go.Figure(go.Heatmap(z=z.values, y=[wrap(o) for o in order], x=[wrap(a, 14) for a in actors], text=text,
                               texttemplate="%{text}", textfont=dict(size=10), zmin=-0.5, zmax=0.5, colorscale="RdBu",
                               zmid=0, colorbar=dict(title="tone"), hoverongaps=False))
    fig.update_layout(title="Tone of sentences that mention each actor", height=row_height(len(order), base=150, per=34))
    fig.update_xaxes(side="top", tickangle=0, type="category")
    return _outlet_axis(fig, order)


def sources_by_kind(sourcing) -> go.Figure:
    """Attributions per article, stacked by kind of source, outlets ordered by the total."""
    rows = sourcing.set_index("outlet")
    per_article = {k: rows[f"{k}_citations"] / rows["articles"].clip(lower=1) for k in KIND_COLOURS}
    total = sum(per_article.values())
    order = total.sort_values(ascending=False).index.tolist()
    fig = go.Figure()
    for kind, colour in KIND_COLOURS.items():
        fig.add_trace(go.Bar(name=kind, y=[wrap(o) for o in order], x=per_article[kind].reindex(order), orientation="h",
                             marker_color=colour))
    fig.update_layout(barmode="stack", title="Who is cited: attributions per article, by kind of source",
                      xaxis_title="attributions per article", height=row_height(len(order), base=200))
    fig = _outlet_axis(fig, order)
    fig.update_layout(margin=dict(t=115), title=dict(y=0.98, yanchor="top"))  # room for two rows of legend under the title
    return fig


def quote_mode_bars(citations) -> go.Figure:
    """Direct, mixed and indirect attributions per outlet (shares), ordered by direct share."""
    body = citations[citations["origin"].isin(VOICED_ORIGINS)]
    shares = body.groupby("outlet")["quote"].value_counts(normalize=True).unstack(fill_value=0)
    for mode in ("direct", "mixed", "indirect"):
        if mode not in shares:
            shares[mode] = 0.0
    order = shares.sort_values(["direct"], ascending=False).index.tolist()
    fig = go.Figure()
    for mode, colour in (("direct", "#1b6ca8"), ("mixed", "#edae49"), ("indirect", "#b5b5b5")):
        fig.add_trace(go.Bar(name=mode, y=[wrap(o) for o in order], x=shares.loc[order, mode], orientation="h",
                             marker_color=colour))
    fig.update_layout(barmode="stack", title="How sources are quoted", xaxis_title="share of attributions",
                      xaxis_tickformat=".0%", height=row_height(len(order), base=170))
    return _outlet_axis(fig, order)


def shared_source_matrix(citations, shared, max_sources: int = 20) -> go.Figure:
    """Which outlets cite which shared sources and channels: outlets (rows) by the sources used
    by most outlets (columns), the cell giving that outlet's citations of the source."""
    top = shared.head(max_sources)
    outlets = sorted(set(citations["outlet"]))
    if top.empty:
        return go.Figure().update_layout(title="No source or channel is shared by two outlets", height=160)
    keys = [(r["name"], r["as"]) for _, r in top.iterrows()]
    def norm(v):
        return (str(v).lower().removeprefix("the ").strip())
    z = []
    for outlet in outlets:
        mine = citations[citations["outlet"] == outlet]
        row = []
        for name, role in keys:
            column = "channel" if role == "channel" else "source"
            row.append(int((mine[column].map(norm) == norm(name)).sum()))
        z.append(row)
    z = [[v if v else None for v in row] for row in z]
    names = [norm(n) for n, _ in keys]  # a name both a source and a channel ("Politico") is two columns, told apart
    labels = distinct([wrap(n, 26, 1) + (" (channel)" if role == "channel" and names.count(norm(n)) > 1 else "")
                       for n, role in keys])
    fig = go.Figure(go.Heatmap(z=z, y=[wrap(o) for o in outlets], x=labels, colorscale="Blues",
                               text=[[("" if v is None else str(v)) for v in row] for row in z], texttemplate="%{text}",
                               showscale=False, hoverongaps=False, xgap=2, ygap=2))
    fig.update_layout(title="Sources and channels used by more than one outlet (citations per outlet)",
                      height=row_height(len(outlets), base=250, per=26))
    fig.update_xaxes(side="bottom", tickangle=-40, type="category")  # below: labels above would run into the title
    fig = _outlet_axis(fig, outlets)
    fig.update_layout(margin=dict(t=60, b=150))
    return fig


def summary_box(values, name: str, colour: str) -> go.Box:
    """A horizontal box drawn from its five numbers and mean (Tukey whiskers at 1.5 IQR, clipped to
    the data), so a chart of 100,000 sentences carries a few numbers, not every value."""
    import numpy as np

    v = np.asarray(values, dtype=float)
    q1, median, q3 = np.quantile(v, [0.25, 0.5, 0.75])
    iqr = q3 - q1
    low = float(v[v >= q1 - 1.5 * iqr].min())
    high = float(v[v <= q3 + 1.5 * iqr].max())
    return go.Box(y=[name], q1=[q1], median=[median], q3=[q3], lowerfence=[low], upperfence=[high], mean=[float(v.mean())],
                  orientation="h", marker_color=colour, boxpoints=False, showlegend=False, name=name)


def sentence_tone_boxes(sentences) -> go.Figure:
    """Sentence tone per outlet as boxes (drawn from quartiles: a corpus has tens of thousands)."""
    order = order_by(sentences, "compound")
    colours = outlet_colours(sentences["outlet"])
    fig = go.Figure([summary_box(sentences.loc[sentences["outlet"] == o, "compound"], wrap(o), colours[o]) for o in order])
    fig.add_vline(x=0, line_dash="dot", line_color="#777")
    fig.update_layout(title="Tone of every sentence, by outlet (VADER compound)",
                      xaxis_title="compound score (−1 negative … +1 positive)", xaxis_range=[-1.05, 1.05],
                      height=row_height(len(order), base=150))
    return _outlet_axis(fig, order)


def attention_heatmap(attention) -> go.Figure:
    """Share of each outlet's sentences that mention each actor (cell text: the share, and the
    share of articles that mention the actor at least once)."""
    order = sorted(set(attention["outlet"]))
    actors = list(dict.fromkeys(attention["actor"]))
    share = attention.pivot(index="outlet", columns="actor", values="sentence_share").reindex(index=order, columns=actors)
    articles = attention.pivot(index="outlet", columns="actor", values="article_share").reindex(index=order, columns=actors)
    both = not tight(len(order))  # short rows hold one line a cell: the sentence share (the other on hover)
    text = [[(f"{share.iloc[i, j]:.0%}<br>({articles.iloc[i, j]:.0%})" if both else f"{share.iloc[i, j]:.0%}")
             if share.iloc[i, j] == share.iloc[i, j] else "—" for j in range(len(actors))] for i in range(len(order))]
    # a printed page gives the columns about 560 px: up to six actors, names wrap above their
    # columns (about 7 px a character); more, and they are set on one slanted line below, where
    # a long name has room
    slanted = len(actors) > 6
    labels = [wrap(a, 26, 1) if slanted else wrap(a, max(8, 80 // max(len(actors), 1)), 3) for a in actors]
    labels = distinct(labels)
    fig = go.Figure(go.Heatmap(z=share.values, y=[wrap(o) for o in order], x=labels,
                               text=text, texttemplate="%{text}", textfont=dict(size=10 if len(actors) <= 8 else 9),
                               colorscale="Blues", zmin=0, colorbar=dict(title="sentences", tickformat=".0%"),
                               customdata=articles.values, hoverongaps=False,
                               hovertemplate="%{y} · %{x}<br>sentences: %{z:.0%}<br>articles: %{customdata:.0%}<extra></extra>"))
    fig.update_layout(title="Attention: share of sentences (and of articles) that mention each actor" if both else
                      "Attention: share of sentences that mention each actor (of articles: on hover)",
                      height=row_height(len(order), base=170 if not slanted else 260, per=34))
    fig.update_xaxes(side="bottom" if slanted else "top", tickangle=-40 if slanted else 0, type="category",
                     tickfont=dict(size=11 if slanted else 12))
    if slanted:
        fig.update_layout(margin=dict(b=150))
    return _outlet_axis(fig, order)


def sharing_heatmap(pairs, outlets) -> go.Figure:
    """Which outlets share text with which: for each pair of outlets the shared passages both
    carry (cell colour and number) and the near-duplicate stories both ran (in brackets); the
    diagonal is an outlet repeating its own text across its articles."""
    order = sorted(set(outlets))
    passages = pd.DataFrame(0, index=order, columns=order)
    groups = pd.DataFrame(0, index=order, columns=order)
    for row in pairs.itertuples():
        for a, b in ((row.outlet, row.other), (row.other, row.outlet)):
            if a in passages.index and b in passages.columns:
                passages.loc[a, b], groups.loc[a, b] = row.shared_passages, row.duplicate_groups
    many = len(order) > 12  # past a dozen outlets the cells are too small for two lines: passages only
    text = [[(f"{passages.iloc[i, j]:,}" + (f"<br>({groups.iloc[i, j]:,} st.)" if groups.iloc[i, j] and not many else ""))
             if passages.iloc[i, j] or groups.iloc[i, j] else "" for j in range(len(order))] for i in range(len(order))]
    fig = go.Figure(go.Heatmap(z=passages.values, y=[wrap(o) for o in order], x=[wrap(o, 28, 1) for o in order], text=text,
                               texttemplate="%{text}", textfont=dict(size=10 if not many else 7),
                               colorscale="Oranges", zmin=0, colorbar=dict(title="passages"), hoverongaps=False))
    fig.update_layout(title="Shared text: passages both outlets carry (and stories both ran)",
                      height=row_height(len(order), base=260, per=34 if not many else 28))  # one line of text a cell when many
    fig.update_xaxes(side="bottom", tickangle=-50, type="category", categoryorder="array",
                     categoryarray=[wrap(o, 28, 1) for o in order], dtick=1,  # every outlet named, none skipped
                     tickfont=dict(size=9 if len(order) > SMALL_LABELS_FROM else 12))
    fig = _outlet_axis(fig, order)
    fig.update_layout(margin=dict(t=60, b=190))
    return fig
