"""Entity resolution across a corpus: one person, one source, the right kind. The citation rows
are built by running the extractor on articles written for the purpose."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.citations import find_citations
from helpers.entities import (
    SOURCE_COLUMNS,
    media_key,
    person_parts,
    read_aliases,
    resolve_entities,
    slug,
)

ARTICLES = {
    ("a1", "Daily Planet"): "Republican nominee Donald Trump said on Wednesday that the election was rigged. "
                            "“We will win big,” Mr. Trump said. Hillary Clinton said the claim was dangerous.",
    ("a2", "Evening Star"): "Donald J. Trump told supporters in Ohio that the polls were fake. "
                            "Former President Bill Clinton said the race was close. “It will be tight,” Clinton said.",
    ("a3", "Morning Post"): "Trump said Thursday that he would not concede. "
                            "Clinton campaign spokesman Brian Fallon said the remarks were alarming. "
                            "Democratic nominee Hillary Clinton said democracy was at stake. “This is not normal,” Mrs. Clinton said.",
    ("a4", "Daily Planet"): "Sen. Ted Cruz (R-Texas) said the party should unite. Cruz added that he would vote. "
                            "CNN reports that the debate drew 84 million viewers. The Times reported that turnout was high. "
                            "Aides said the candidate was tired. Jane Roe, a professor at Georgetown, said the race was tightening.",
    ("a5", "Evening Star"): "the Times reported that the campaign was broke. "
                            "Clinton said the economy was strong. Roe said polls were noisy. Fallon said the campaign was confident.",
    ("a6", "Morning Post"): "Asked about the polls, Trump’s answer was short. Aides said the candidate was tired. "
                            "Trump’s running mate said nothing.",
}


def _rows(articles: dict) -> pd.DataFrame:
    rows = []
    for (article, outlet), text in articles.items():
        rows += [{"id": article, "outlet": outlet, **r, "origin": "body"} for r in find_citations(text)]
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def resolved():
    return resolve_entities(_rows(ARTICLES))


def _entity(cites: pd.DataFrame, article: str, speaker: str) -> str:
    [sid] = cites.loc[(cites["id"] == article) & (cites["speaker"] == speaker), "source_id"].unique()
    return sid


def test_one_person_under_four_surface_forms_is_one_entity(resolved):
    cites, sources = resolved
    forms = {("a1", "Republican nominee Donald Trump"), ("a1", "Mr. Trump"), ("a2", "Donald J. Trump"), ("a3", "Trump")}
    assert {_entity(cites, a, s) for a, s in forms} == {"donald-trump"}
    trump = sources.set_index("source_id").loc["donald-trump"]
    assert trump["name"] == "Donald Trump" and trump["citations"] == 4 and trump["articles"] == 3
    assert trump["outlets"] == "Daily Planet; Evening Star; Morning Post"
    # the role stated once applies everywhere, with its evidence; the kind follows the role
    assert (trump["kind"], trump["role"]) == ("official", "nominee")
    assert trump["role_evidence"].startswith("Republican nominee Donald Trump said")
    assert set(cites.loc[cites["source_id"] == "donald-trump", "kind"]) == {"official"}
    assert set(cites.loc[cites["source_id"] == "donald-trump", "source"]) == {"Donald Trump"}


def test_possessive_forms_are_the_same_person():
    rows = pd.DataFrame([
        {"id": "x", "outlet": "O", "speaker": "Donald Trump", "source": "Donald Trump", "kind": "unknown", "named": True,
         "role": "", "affiliation": "", "quote": "indirect", "evidence": "Donald Trump said so.", "start": 0},
        {"id": "y", "outlet": "P", "speaker": "Trump’s", "source": "Trump’s", "kind": "unknown", "named": True,
         "role": "", "affiliation": "", "quote": "direct", "evidence": "Trump’s words: “No.”", "start": 0}])
    cites, sources = resolve_entities(rows)
    assert set(cites["source_id"]) == {"donald-trump"} and len(sources) == 1
    assert sources.loc[0, "kind"] == "unknown"  # no role anywhere: unknown, never expert


def test_shared_surname_is_resolved_by_the_articles_own_context(resolved):
    cites, sources = resolved
    assert _entity(cites, "a2", "Clinton") == "bill-clinton"  # a2 names Bill Clinton
    assert _entity(cites, "a3", "Mrs. Clinton") == "hillary-clinton"  # a3 names Hillary Clinton
    assert _entity(cites, "a5", "Clinton") == "clinton"  # a5 names neither: never merged blindly
    by_id = sources.set_index("source_id")
    assert by_id.loc["hillary-clinton", "citations"] == 3 and by_id.loc["bill-clinton", "citations"] == 2
    assert by_id.loc["hillary-clinton", "kind"] == "official" and by_id.loc["clinton", "kind"] == "unknown"


def test_a_unique_surname_goes_to_the_one_full_name_in_the_corpus(resolved):
    cites, sources = resolved
    assert _entity(cites, "a5", "Roe") == "jane-roe" and _entity(cites, "a5", "Fallon") == "brian-fallon"
    by_id = sources.set_index("source_id")
    assert (by_id.loc["jane-roe", "kind"], by_id.loc["jane-roe", "role"], by_id.loc["jane-roe", "affiliation"]) == \
        ("expert", "professor", "Georgetown")
    assert by_id.loc["brian-fallon", "kind"] == "official" and by_id.loc["brian-fallon", "affiliation"] == "Clinton campaign"
    assert by_id.loc["ted-cruz", "kind"] == "official" and by_id.loc["ted-cruz", "affiliation"] == "Republican, Texas"


def test_media_names_are_normalised(resolved):
    cites, sources = resolved
    assert _entity(cites, "a4", "The Times") == _entity(cites, "a5", "the Times") == "times"
    assert [media_key(x) for x in ("CNN.", "CNN", "“Politico.”", "Politico", "The New York Times", "New York Times")] == \
        ["CNN", "CNN", "Politico", "Politico", "New York Times", "New York Times"]
    assert sources.set_index("source_id").loc["times", "kind"] == "media"


def test_unnamed_sources_stay_in_their_own_article(resolved):
    cites, _ = resolved
    aides = cites[cites["source"] == "aides"]
    assert len(aides) == 2 and aides["source_id"].nunique() == 2


def test_the_corpus_alias_file_wins(tmp_path):
    (tmp_path / "aliases.csv").write_text("alias,name\nThe Donald,Donald Trump\nFLOTUS,Melania Trump\n", encoding="utf-8")
    aliases = read_aliases(tmp_path / "aliases.csv")
    assert aliases == {"The Donald": "Donald Trump", "FLOTUS": "Melania Trump"}
    assert read_aliases(tmp_path / "missing.csv") == {}
    rows = _rows({("b1", "O"): "Donald Trump said the polls were wrong. The Donald said it again.",
                  ("b2", "P"): "FLOTUS said she was proud."})
    cites, sources = resolve_entities(rows, aliases)
    assert set(cites.loc[cites["id"] == "b1", "source_id"]) == {"donald-trump"}
    assert set(cites.loc[cites["id"] == "b2", "source"]) == {"Melania Trump"}


def test_sources_table_columns_and_stable_ids(resolved):
    cites, sources = resolved
    assert list(sources.columns) == SOURCE_COLUMNS and sources["source_id"].is_unique
    assert set(cites["source_id"]) == set(sources["source_id"])
    again_cites, again = resolve_entities(_rows(ARTICLES))
    pd.testing.assert_frame_equal(sources, again)
    assert (sources["direct_share"].between(0, 1)).all()
    assert slug("Lee Byong-chul") == "lee-byong-chul"
    assert person_parts("Gov. Chris Christie’s") == ["Chris", "Christie"]


def test_empty_input():
    cites, sources = resolve_entities(pd.DataFrame(columns=["id", "outlet", "speaker", "source", "kind", "named", "role",
                                                            "affiliation", "quote", "evidence"]))
    assert cites.empty and list(sources.columns) == SOURCE_COLUMNS


def test_seed_corpus_entities(seed_corpus):
    from helpers.citations import citation_table

    cites, sources = resolve_entities(citation_table(seed_corpus))
    by_id = sources.set_index("source_id")
    assert by_id.loc["lee-byong-chul", "citations"] == 2 and by_id.loc["lee-byong-chul", "kind"] == "expert"
    assert by_id.loc["the-kremlin", "citations"] == 2  # "The Kremlin" and "the Kremlin"
    assert by_id.loc["korean-central-news-agency", "kind"] == "media"
    assert "unknown" not in set(sources["kind"])  # every named person in the seeds has a stated role
    assert cites["source_id"].notna().all() and len(cites) == sources["citations"].sum()


def test_a_resolved_pronoun_is_not_an_alias():
    from helpers.citations import citation_table
    from helpers.entities import resolve_entities

    corpus = pd.DataFrame([{"id": "a", "outlet": "Herald", "body": "“We will not back down,” said Jane Roe, a professor at "
                            "Example University. “Never,” she said. “The plan is sound,” she added."}])
    _, sources = resolve_entities(citation_table(corpus))
    roe = sources[sources["name"] == "Jane Roe"].iloc[0]
    assert roe["citations"] >= 2 and roe["aliases"] == "Jane Roe"


def test_initials_do_not_split_a_person_and_a_generational_suffix_names_another():
    rows = [dict(id=f"a{i}", outlet=o, speaker=s, source=s, kind="official", named=True, role="", affiliation="",
                 quote="direct", evidence=f"{s} said it.", start=0)
            for i, (o, s) in enumerate([("A", "J.D. Vance"), ("B", "JD Vance"), ("C", "Vance"),
                                        ("A", "Ann B. Roe Jr."), ("B", "Ann Roe"), ("C", "Roe"), ("D", "Mr. Roe Jr."),
                                        ("E", "Robert F. Kennedy Jr."), ("F", "Kennedy")])]
    cites, sources = resolve_entities(pd.DataFrame(rows))
    # "Ann Roe Jr." is the son of "Ann Roe" (news copy keeps the suffix on every full mention), so "Roe" alone, in an
    # article naming neither, could be either; "Kennedy" can only be the one Kennedy
    assert cites["source_id"].tolist() == ["jd-vance"] * 3 + ["ann-b-roe-jr", "ann-roe", "roe", "ann-b-roe-jr"] + \
        ["robert-f-kennedy-jr"] * 2
    assert len(sources) == 5

PROMINENT = {
    ("p1", "Daily Planet"): "President Donald Trump said the talks were over. “We are done,” Mr. Trump said.",
    ("p2", "Daily Planet"): "President Donald Trump told reporters the wall would be built. Trump said Mexico would pay.",
    ("p3", "Evening Star"): "U.S. President Donald Trump said on Friday that tariffs would rise.",
    ("p4", "Evening Star"): "Ivanka Trump said the summit had gone well. “It was productive,” Ms. Trump said.",
    # no full name of this Trump in the article: the title says which one
    ("p5", "Morning Post"): "Ivanka Trump said the session went well. President Trump said the economy was booming.",
    # no full name at all: the Trump the corpus cites by full name five times in six
    ("p6", "Morning Post"): "“Nobody has done more,” Trump said at the rally.",
    # a courtesy title that rules out the one person the corpus gives the other
    ("p7", "Morning Post"): "“We will see,” Ms. Trump said on Tuesday.",
    **{(f"q{i}", "Evening Star"): f"Donald Trump said the {topic} would change." for i, topic in
       enumerate(["tax code", "trade deal", "border", "budget", "army", "election", "debt", "court", "plan", "war"])},
}


@pytest.fixture(scope="module")
def prominent():
    return resolve_entities(_rows(PROMINENT))


def test_a_title_picks_the_person_of_that_surname_who_holds_it(prominent):
    cites, _ = prominent
    assert _entity(cites, "p5", "President Trump") == "donald-trump"  # not the Ivanka Trump the article names
    assert _entity(cites, "p5", "Ivanka Trump") == "ivanka-trump"
    assert _entity(cites, "p4", "Ms. Trump") == "ivanka-trump"  # the full name in her own article
    assert _entity(cites, "p1", "Mr. Trump") == _entity(cites, "p2", "Trump") == "donald-trump"


def test_a_surname_no_full_name_explains_goes_to_the_dominant_person_only(prominent):
    cites, sources = prominent
    assert _entity(cites, "p6", "Trump") == "donald-trump"  # 15 of 18 citations by full name
    assert _entity(cites, "p7", "Ms. Trump") == "ivanka-trump"  # "Ms." rules Donald Trump out; one Trump is left
    assert sources.set_index("source_id").loc["donald-trump", "kind"] == "official"
    # a corpus that cites two Clintons about equally keeps "Clinton" alone apart (test above: a5)


def test_a_campaign_named_for_a_person_is_no_person():
    rows = _rows({("c1", "Herald"): "The Grimes campaign said the ad was false. The Trump campaign said it would appeal.",
                  ("c2", "Herald"): "Alison Lundergan Grimes said she would win."})
    cites, sources = resolve_entities(rows)
    assert set(cites.loc[cites["id"] == "c1", "source"]) == {"The Grimes campaign", "The Trump campaign"}
    assert "alison-grimes" not in set(cites.loc[cites["id"] == "c1", "source_id"])


def test_a_person_a_row_took_for_a_body_or_a_news_organisation_is_one_entity():
    rows = pd.DataFrame([
        {"id": "x", "outlet": "O", "speaker": "NRA TV host Ann Roe", "source": "Ann Roe", "kind": "media", "named": True,
         "role": "host", "affiliation": "", "quote": "direct", "evidence": "NRA TV host Ann Roe said so.", "start": 0},
        {"id": "x", "outlet": "O", "speaker": "Roe", "source": "Ann Roe", "kind": "unknown", "named": True,
         "role": "", "affiliation": "", "quote": "direct", "evidence": "“No,” Roe said.", "start": 30},
        {"id": "y", "outlet": "P", "speaker": "Tom Berg", "source": "Tom Berg", "kind": "institution", "named": True,
         "role": "", "affiliation": "", "quote": "indirect", "evidence": "Tom Berg, founder of BergBuilders, said no.",
         "start": 0},
        {"id": "y", "outlet": "P", "speaker": "Berg", "source": "Tom Berg", "kind": "unknown", "named": True,
         "role": "", "affiliation": "", "quote": "direct", "evidence": "“No,” Berg said.", "start": 40},
        {"id": "z", "outlet": "P", "speaker": "Example News", "source": "Example News", "kind": "media", "named": True,
         "role": "", "affiliation": "", "quote": "indirect", "evidence": "Example News reported it.", "start": 0}])
    cites, sources = resolve_entities(rows)
    assert cites["source_id"].tolist() == ["ann-roe", "ann-roe", "tom-berg", "tom-berg", "example-news"]
    assert sources.set_index("source_id").loc["ann-roe", "kind"] == "media"  # a journalist: media, one entity


def test_spelling_variants_of_a_news_organisation_are_one():
    assert media_key("Al-Jazeera") == media_key("Al Jazeera") and media_key("Buzzfeed") == media_key("BuzzFeed")
    assert [(r["source"], r["kind"]) for r in find_citations("Buzzfeed reported that the memo was real.")] == \
        [("Buzzfeed", "media")]
