"""Sentence splitting on the seeds' hard cases; tone functions' contracts; validity; actors."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers import tone
from helpers.paths import RAW_DIR
from helpers.sentences import split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On Sep. 13, Kim Jong Un met with Vladimir Putin in Russia’s Far East region near Vladivostok. The visit lasted five days.",
         ["On Sep. 13, Kim Jong Un met with Vladimir Putin in Russia’s Far East region near Vladivostok.", "The visit lasted five days."]),
        ("U.S. Vice President Kamala Harris stated it would be a “huge mistake” for Putin and Kim to meet. It would isolate them.",
         ["U.S. Vice President Kamala Harris stated it would be a “huge mistake” for Putin and Kim to meet.", "It would isolate them."]),
        ("If an arms deal is complete, the Russians would have violated U.N. Security Council Resolution 1718, which prohibits the sale. This would also violate other resolutions.",
         ["If an arms deal is complete, the Russians would have violated U.N. Security Council Resolution 1718, which prohibits the sale.", "This would also violate other resolutions."]),
        ("N. Korea will pay a price, Dr. Lee said. He left.", ["N. Korea will pay a price, Dr. Lee said.", "He left."]),
        # a title joined to "then-" or "ex-", and a plural title opening a paragraph, before their names
        ("Under then-Gov. Scott Walker, the law changed. Ex-Gov. Ann Roe objected.",
         ["Under then-Gov. Scott Walker, the law changed.", "Ex-Gov. Ann Roe objected."]),
        ("Reps. Trent Franks and Tom Berg sent a letter. It failed.", ["Reps. Trent Franks and Tom Berg sent a letter.", "It failed."]),
        ('"If Russia runs out of ammunition stockpiles, its front lines will collapse. North Korea can help," said Cho Han-bum, a senior researcher.',
         ['"If Russia runs out of ammunition stockpiles, its front lines will collapse.',
          'North Korea can help," said Cho Han-bum, a senior researcher.']),
        ("“This is shocking news,” Lee continued. “North Korean ammunition could add fuel to the fire.”",
         ["“This is shocking news,” Lee continued.", "“North Korean ammunition could add fuel to the fire.”"]),
    ],
)
def test_splitter_hard_cases(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


QUOTE_CONVENTIONS = [("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'"), ("„", "“"), ("«", "»"), ("‹", "›"), ("''", "''"),
                     ("``", "''")]


@pytest.mark.parametrize("opening, closing", QUOTE_CONVENTIONS)
def test_multi_sentence_quotation_is_split_in_every_convention(opening, closing):
    text = (f"{opening}The talks collapsed on Monday. Nobody in Seoul expected a deal. It is a sad day,{closing} "
            f"said Lee Min-ho, a professor at Korea University. The summit ended early.")
    got = [s.text for s in split_sentences(text)]
    assert got == [f"{opening}The talks collapsed on Monday.", "Nobody in Seoul expected a deal.",
                   f"It is a sad day,{closing} said Lee Min-ho, a professor at Korea University.", "The summit ended early."]


@pytest.mark.parametrize("opening, closing", QUOTE_CONVENTIONS)
def test_quote_conventions_count_as_quoted_voice_and_direct_quotes(opening, closing):
    from helpers.citations import find_citations
    from helpers.voice import voices

    text = (f"{opening}We will not accept this outcome. The vote was stolen from us,{closing} said Maria Okafor, "
            f"a professor of politics at Northfield University. Officials counted the ballots again on Tuesday.")
    sentences = split_sentences(text)
    records = find_citations(text, sentences)
    assert [r["source"] for r in records] == ["Maria Okafor"] and records[0]["quote"] == "direct"
    assert voices(text, sentences, records) == ["quoted", "quoted", "own"]


def test_offsets_point_back_into_the_text(seed_corpus):
    for body in seed_corpus["body"]:
        for s in split_sentences(body):
            assert body[s.start:s.end] == s.text


def test_sentences_never_cross_paragraphs():
    assert [s.paragraph for s in split_sentences("One here. Two here\n\nthree here.")] == [0, 0, 1]
    assert split_sentences("") == [] and split_sentences("   \n\n  ") == []


def test_sentence_tone_contract():
    negative = tone.sentence_tone("This is a terrible, disastrous and shocking failure.")
    positive = tone.sentence_tone("This is a wonderful and very welcome success.")
    assert negative["compound"] < -0.5 < 0.5 < positive["compound"]
    for scores in (negative, positive):
        assert -1 <= scores["compound"] <= 1
        assert math.isclose(scores["pos"] + scores["neg"] + scores["neu"], 1, abs_tol=0.01)
    assert tone.sentence_tone("") == {"compound": 0.0, "pos": 0.0, "neg": 0.0, "neu": 1.0}
    assert tone.sentence_tone("... — !!") == {"compound": 0.0, "pos": 0.0, "neg": 0.0, "neu": 1.0}
    assert tone.tone_class(-0.05) == "negative" and tone.tone_class(0.049) == "neutral" and tone.tone_class(0.05) == "positive"


def test_lexicon_tone_is_gdelt_formula():
    result = tone.lexicon_tone("good good bad war peace table")
    # good, good, peace positive (3); bad, war negative (2); 6 words
    assert result["positive_pct"] == pytest.approx(50.0) and result["negative_pct"] == pytest.approx(100 * 2 / 6)
    assert result["tone"] == pytest.approx(result["positive_pct"] - result["negative_pct"])
    assert tone.lexicon_tone("")["tone"] == 0.0


@pytest.fixture(scope="module")
def seed_tables(tmp_path_factory):
    from helpers.paths import RAW_DIR
    from helpers.pipeline import analyse_corpus
    from helpers.schema import read_tables

    out = tmp_path_factory.mktemp("seed_tables")
    analyse_corpus(RAW_DIR, out, progress=False)
    return read_tables(out)


def test_outlet_and_article_tables(seed_tables):
    outlets = seed_tables["tone_outlets"]
    assert len(outlets) == 5 and (outlets["unit"] == "sentence").all()  # one article per outlet: sentences resampled
    assert ((outlets["ci_low"] <= outlets["mean_compound"]) & (outlets["mean_compound"] <= outlets["ci_high"])).all()
    articles = seed_tables["articles"]
    assert set(articles.columns) >= {"mean_compound", "negative_share", "positive_share", "gdelt_tone"}
    assert articles["negative_share"].between(0, 1).all()
    sentences = seed_tables["sentences"]
    mean_of_sentences = sentences.groupby("id")["compound"].mean()
    assert (articles.set_index("id")["mean_compound"] - mean_of_sentences).abs().max() < 1e-12


def test_evidence_sentences_are_of_ordinary_length_with_their_article(seed_tables):
    extremes = seed_tables["tone_extremes"]
    assert len(extremes) == 10 and extremes["words"].between(8, 40).all()
    meta = seed_tables["articles"].set_index("id")
    assert (extremes["title"] == extremes["id"].map(meta["title"])).all()  # the article's title (empty where it has none)
    assert (extremes["published"] == extremes["id"].map(meta["published"])).all()
    assert (extremes["title"] != "").sum() == 8


def test_actor_table_follows_the_actor_file(seed_tables, tmp_path):
    from helpers.outlets import tone_actors

    sentences = seed_tables["sentences"]
    base = tone.read_actors(RAW_DIR / "actors.csv")
    assert set(base) == {"Russia", "North Korea", "United States / the West", "Ukraine", "South Korea", "China"}
    table = tone_actors(sentences, base)
    assert set(table["actor"]) == set(base)
    extended = tmp_path / "actors.csv"
    extended.write_text((RAW_DIR / "actors.csv").read_text() + "Iran,Iran\nIran,Tehran\nJapan,Japan\n", encoding="utf-8")
    table2 = tone_actors(sentences, tone.read_actors(extended))
    assert {"Iran", "Japan"} <= set(table2["actor"])
    japan = table2[table2["actor"] == "Japan"]
    assert japan["sentences"].sum() == sentences["text"].str.contains(r"\bJapan\b").sum() > 0


def test_actor_aliases_match_whole_words_case_sensitively():
    actors = {"United States": ["US", "U.S."], "Russia": ["Russia"]}
    assert tone.mentions("The U.S. and Russia met.", actors) == ["United States", "Russia"]
    assert tone.mentions("Let us go to Russian-made bus stops.", actors) == []


def test_validity_reproduces_vader_on_human_ratings():
    result = tone.validate()
    assert result["sentences"] == 5190
    assert abs(result["pearson_r"] - result["pearson_r_vader_direct"]) <= 0.02
    assert 0.45 <= result["pearson_r"] <= 0.55
    assert 0.4 <= result["three_class_agreement"] <= 0.8


def test_validation_reader_names_bad_lines(tmp_path):
    bad = tmp_path / "v.txt"
    bad.write_bytes(b"1\tnot-a-number\tSome sentence.\r\n")
    with pytest.raises(ValueError, match="line 1"):
        tone.read_validation(bad)
    assert isinstance(tone.read_validation(tone.VALIDATION_FILE), pd.DataFrame)


@pytest.mark.parametrize("text, first", [
    ("“There can be no mistakes!” Trump said. The talks went on.", "“There can be no mistakes!” Trump said."),
    ("“Why not try?\" Li said on Monday. Others agreed.", "“Why not try?\" Li said on Monday."),
    ("Sen. Lindsey Graham, R-S.C., who chairs the panel, spoke. He left.", "Sen. Lindsey Graham, R-S.C., who chairs the panel, spoke."),
    ("The Canada-U.S. relationship is strained. Talks resume.", "The Canada-U.S. relationship is strained."),
    ("“We won.” Trump said the victory was his.", "“We won.”"),  # a new sentence with its own content stays apart
])
def test_attribution_after_an_exclamation_and_state_codes_stay_in_their_sentence(text, first):
    assert split_sentences(text)[0].text == first


def test_mixed_quotation_marks_pair():
    from helpers.quotes import quote_spans

    text = "“There's still the danger of an explosion,\" Huang said. ‘It is over' she said."
    assert [text[s:e] for s, e in quote_spans(text)] == ["There's still the danger of an explosion,", "It is over"]


def _voice_of(body: str) -> dict[str, str]:
    """Each sentence of ``body`` → its voice (own or quoted), through the citations as the map finds them."""
    from helpers.citations import find_citations
    from helpers.voice import voices

    sentences = split_sentences(body)
    return dict(zip((s.text for s in sentences), voices(body, sentences, find_citations(body, sentences)), strict=True))


def test_the_answers_of_a_question_and_answer_interview_are_the_interviewees_words():
    body = "\n\n".join([
        "Ann Roe has written a memoir about comedy. We spoke about it last week.",
        "The interview has been lightly edited and condensed for clarity.",
        "So are you ready to be the most hated comic online?",
        "Third rail. I like that phrase. I have always been into discussing it.",
        "Why is everyone who questions a joke called humourless?",
        "There is no conversation. That is the first lie.",
        "And what comes next for you?",
    ])
    got = _voice_of(body)
    assert got["Third rail."] == got["That is the first lie."] == "quoted"
    assert got["So are you ready to be the most hated comic online?"] == got["We spoke about it last week."] == "own"
    # without the note, or with a single question, paragraphs stay the outlet's
    plain = body.replace("The interview has been lightly edited and condensed for clarity.", "It was a long talk.")
    assert "quoted" not in _voice_of(plain).values()


def test_every_sentence_of_a_transcript_turn_is_the_speakers():
    body = "\n\n".join([
        "JUNE ARELLANO, BYLINE: The senator returned again and again to the war.",
        "ANN ROE: They're winning, and we're not. There has to be a reevaluation.",
        "ARELLANO: Her opponent disagrees.",
        "ROE: We will see. It is early.",
    ])
    got = _voice_of(body)
    assert got["There has to be a reevaluation."] == got["It is early."] == "quoted"
    assert got["ARELLANO: Her opponent disagrees."] == "own"
