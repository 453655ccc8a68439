"""Shared text: wire copy, near-duplicate articles, shared passages, original share.

The texts are written for these tests in the way news is written (fictional places and people).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from helpers.paths import PROJECT_ROOT
from helpers.sharedtext import (
    PASSAGE_MIN_WORDS,
    near_duplicate_groups,
    original_share,
    shared_passages,
    shared_text,
    wire_agency,
    wire_evidence,
)

PROSE = "Officials said the repairs would take at least three weeks and cost more than had been planned."


# ------------------------------------------------------------------ wire copy

@pytest.mark.parametrize("body, agency", [
    ("WASHINGTON (AP) — The Senate passed the spending bill late on Thursday after a day of talks.", "AP"),
    ("KYIV, Ukraine (AP) — Russian forces shelled the city overnight, regional officials said.", "AP"),
    ("NEW YORK (AP) _ Stocks fell sharply on Wall Street on Tuesday as oil prices climbed again.", "AP"),  # database copy
    ("SEOUL, Sept 13 (Reuters) - North Korean leader Kim Jong Un arrived in Russia's far east on Tuesday.", "Reuters"),
    ("SEOUL/MOSCOW, Sept 13 (Reuters) - The two leaders met at a space launch centre, state media said.", "Reuters"),
    ("PARIS (AFP) - France will send a second aid flight to the region this week, the ministry said.", "AFP"),
    ("(AFP) - France will send a second aid flight to the region this week, the ministry said.", "AFP"),
    ("WASHINGTON, June 3 (UPI) -- The House voted on Thursday to extend the program for two years.", "UPI"),
    ("SEOUL, Sept. 13 (Yonhap) -- North Korea fired a short-range ballistic missile into the East Sea.", "Yonhap"),
    ("BERLIN (dpa) - The German government wants to speed up approval of new wind farms, it said.", "dpa"),
    ("Berlin (dpa) - The German government wants to speed up approval of new wind farms, it said.", "dpa"),
    ("BEIJING, March 5 (Xinhua) -- China will further expand its opening up, the premier said on Sunday.", "Xinhua"),
    ("TOKYO, Sept. 13 (Kyodo) -- Japan lodged a protest over the launch through diplomatic channels.", "Kyodo"),
    ("Madrid, Mar 5 (EFE).- The Spanish government approved a new housing law on Tuesday morning.", "EFE"),
])
def test_wire_datelines(body, agency):
    assert wire_agency(body + "\n\n" + PROSE) == agency
    assert wire_evidence(body)[0]["kind"] == "dateline"


@pytest.mark.parametrize("line, agency", [
    ("By REUTERS", "Reuters"),
    ("Reuters staff", "Reuters"),
    ("Associated Press", "AP"),
    ("By The Associated Press", "AP"),
    ("By JOSH ROE and ANNA LEE, Associated Press", "AP"),
    ("— AFP", "AFP"),
    ("By Agence France-Presse", "AFP"),
    ("By UPI", "UPI"),
    ("United Press International", "UPI"),
    ("By Yonhap", "Yonhap"),
    ("Yonhap News Agency", "Yonhap"),
    ("By dpa", "dpa"),
    ("Deutsche Presse-Agentur", "dpa"),
    ("Copyright 2016 The Associated Press. All rights reserved.", "AP"),
    ("(Reporting by Hyonhee Shin in Seoul; Editing by Jane Roe)", "Reuters"),
    ("© Copyright 2023 AFP. All rights reserved.", "AFP"),
    ("(c) 2023 Yonhap News Agency. All rights reserved.", "Yonhap"),
])
def test_wire_credit_lines_and_footers(line, agency):
    page = f"Headline over the story\n\n{line}\n\n{PROSE}\n\n{PROSE}"
    assert wire_agency(PROSE, raw_text=page) == agency
    assert wire_agency(f"{PROSE}\n\n{line}") == agency


def test_wire_sign_off_at_the_end_of_a_paragraph():
    assert wire_agency(f"{PROSE}\n\nThe talks will resume next month, the ministry said. — AFP") == "AFP"


@pytest.mark.parametrize("outlet, agency", [
    ("Associated Press", ""), ("AP News", ""), ("The Associated Press", ""),  # the agency's own story: its own journalism
    ("Newsmax", "AP"), ("APTN Daily", "AP"), ("", "AP"),
])
def test_an_agencys_copy_on_its_own_site_is_not_wire_copy(outlet, agency):
    assert wire_agency(f"WASHINGTON (AP) — {PROSE}", outlet=outlet) == agency
    assert wire_agency(f"PARIS (AFP) — {PROSE}", outlet=outlet) == "AFP"  # another agency's copy stays wire copy


@pytest.mark.parametrize("byline, author, agency", [
    ("By Jane Roe, Associated Press", "", "AP"),
    ("Jane Roe | Reuters", "", "Reuters"),
    ("", "Reuters", "Reuters"),
    ("", "The Associated Press", "AP"),
    ("", "Yonhap", "Yonhap"),
    ("", "dpa", "dpa"),
    ("", "Jung Min-ho", ""),
    ("By Kim Apple", "Paul Reuter", ""),
    ("JULIE PACE, AP White House Correspondent", "", "AP"),  # a staff title after the agency
    ("", "Julie Pace; Associated Press", "AP"),  # a database's author field
])
def test_wire_from_byline_and_manifest_author(byline, author, agency):
    assert wire_agency(PROSE, byline=byline, author=author) == agency


@pytest.mark.parametrize("page, agency", [
    ("By JULIE PACE\nAP White House Correspondent\n\n" + PROSE, "AP"),
    ("By JULIE PACE\nAssociated Press Writer\n\n" + PROSE, "AP"),
    ("WASHINGTON (AP) " + PROSE, "AP"),  # the dateline's dash lost in an export
    (PROSE + "\n\nAssociated Press writer Ken Thomas contributed to this report.", ""),
    ("(AP Photo/Evan Vucci) " + PROSE, ""),
])
def test_wire_marks_in_database_exports(page, agency):
    assert wire_agency(page) == agency


def test_dateline_cut_by_the_cleaner_is_read_from_the_raw_page():
    raw = ("Skip to content\n\nNorth Korea fires missile\n\nSEOUL, Sept. 13 (Yonhap) -- North Korea fired a "
           "short-range ballistic missile into the East Sea on Wednesday, the military said.\n\nShare this article")
    body = "North Korea fired a short-range ballistic missile into the East Sea on Wednesday, the military said."
    assert wire_agency(body) == ""
    assert wire_agency(body, raw_text=raw) == "Yonhap"


@pytest.mark.parametrize("text", [
    "Officials met in Seoul on Tuesday, the Associated Press reported, citing two people familiar with the talks.",
    "According to Reuters, the shipment left the port two days before the meeting was announced.",
    "A spokesman told AFP that the ministry had not been informed of the plan in advance.",
    "The talks ended without a statement.\n\nThe Associated Press contributed to this report.",
    "The talks ended without a statement.\n\nMaterial from Reuters was used in this report.",
    "The talks ended without a statement.\n\nReuters",  # a bare short name is usually a photo credit
    "The talks ended without a statement.\n\nYonhap",
    "(AP Photo/Ahn Young-joon) Kim Jong Un waves to a crowd in Pyongyang on Monday before leaving.",
    "The economist studied at Anadolu University and later at the London School of Economics.",
    "- Reuters, “North Korea's Kim in Russia”, https://www.reuters.com/world/, accessed 20 September 2023",
])
def test_a_mention_of_an_agency_is_not_wire_copy(text):
    assert wire_agency(text) == ""


def test_a_contribution_line_is_evidence_but_not_wire_copy():
    marks = wire_evidence("The talks ended without a statement.\n\nThe Associated Press contributed to this report.")
    assert [(m["agency"], m["kind"]) for m in marks] == [("AP", "contribution")]


def test_the_strongest_mark_decides():
    # an outlet's own byline-free story carrying an AP dateline and a Reuters footer is AP copy
    body = f"WASHINGTON (AP) — {PROSE}\n\n(Reporting by Jane Roe; Editing by Ann Lee)"
    assert wire_agency(body) == "AP"


# ------------------------------------------------------------------ stories for grouping

LEAD = ("Engineers began emergency repairs on the Harlow Creek dam on Monday after inspectors found a crack "
        "in its concrete spillway, and the county ordered about 400 households downstream to prepare to leave "
        "their homes at short notice.")
REWRITTEN_LEAD = ("About 400 households below the Harlow Creek dam were told on Monday to be ready to leave "
                  "at short notice, as repair crews moved in to seal a crack that inspectors had found in the "
                  "structure's spillway over the weekend.")
STORY = [
    ("The crack, about three metres long, was spotted during a routine inspection on Saturday, said Maria "
     "Okafor, who heads the county's water authority. She said there was no immediate danger but that the "
     "authority would not take chances with a structure built in 1962."),
    ("Crews lowered the reservoir by two metres over the weekend to take pressure off the spillway, and "
     "pumps were running through the night on Sunday. The authority said the level would fall by another "
     "metre before the concrete work could start."),
    ("Residents of Millbrook and Ashford Lane received text alerts and door-to-door visits from volunteers. "
     "A shelter was opened in the Millbrook community hall, though only a dozen people had used it by "
     "Monday evening, according to the county's emergency office."),
    ("The dam was last repaired in 2009, when a leak in its eastern wall forced a similar drawdown. A state "
     "report in 2019 rated its condition as fair and recommended that the spillway be replaced within ten "
     "years, a project that has not yet been funded."),
    ("County commissioners will hold an emergency session on Wednesday to approve the cost of the repairs, "
     "which Okafor put at between 1.2 million and 1.8 million dollars. The state has said it will cover "
     "part of the bill."),
    ("Farmers who draw irrigation water from the reservoir said the drawdown had come at the worst possible "
     "time, with the harvest weeks away. The authority said it would allow limited pumping for irrigation "
     "from Thursday if the repairs went to plan."),
    ("Okafor said the authority would publish the inspectors' report once engineers had finished their "
     "assessment, and that residents would be told at once if the risk to homes below the dam changed in "
     "any way during the work."),
]
OTHER_STORY = [
    ("The Ashford school board voted on Tuesday to close two of its five elementary schools at the end of the "
     "year, citing falling enrolment and a budget gap of nearly three million dollars that it said could no "
     "longer be covered from reserves."),
    ("Parents packed the meeting, and several urged the board to delay the decision by a year while a "
     "committee studied other savings. The vote was four to three, with the board's chair casting the "
     "deciding vote after midnight."),
    ("Pupils from the two schools will be moved to the remaining three, which the district said had room "
     "for them. Bus routes will be redrawn over the summer, and the district will hold open days for "
     "families in the spring."),
    ("The union representing teachers said no jobs would be lost, because retirements and vacancies would "
     "absorb the reduction, but warned that class sizes in the remaining schools would rise to about "
     "twenty-eight pupils."),
]


def _story(headline: str, lead: str, paragraphs: list[str]) -> str:
    return "\n\n".join([headline, lead, *paragraphs])


@pytest.fixture(scope="module")
def rerun_corpus():
    ids = ["herald-1", "post-7", "gazette-3", "school-1"]
    outlets = ["Herald", "Post", "Gazette", "Herald"]
    bodies = [
        _story("Cracked dam prompts warning for 400 homes", LEAD, STORY),
        _story("Residents told to be ready to leave as dam repairs begin", REWRITTEN_LEAD, STORY),   # new lead and headline
        _story("Crews race to fix Harlow Creek dam", LEAD, STORY[:3] + STORY[4:]),                 # a paragraph dropped
        _story("Board votes to close two schools", OTHER_STORY[0], OTHER_STORY[1:]),
    ]
    return ids, outlets, bodies


def test_a_story_rerun_under_three_outlets_is_one_group(rerun_corpus):
    ids, outlets, bodies = rerun_corpus
    groups = near_duplicate_groups(ids, bodies)
    assert groups == {"herald-1": "dup-herald-1", "post-7": "dup-herald-1", "gazette-3": "dup-herald-1", "school-1": ""}


def test_the_rerun_shares_its_paragraphs_and_has_little_of_its_own(rerun_corpus):
    ids, outlets, bodies = rerun_corpus
    passages = shared_passages(ids, outlets, bodies)
    assert len(passages) == len(STORY) + 1  # the seven paragraphs and the lead the first and third share
    assert set(passages["n_outlets"]) <= {2, 3}
    assert not passages["articles"].str.contains("school-1").any()
    share = original_share(ids, bodies, passages, near_duplicate_groups(ids, bodies))
    assert share["school-1"] == 1.0
    assert share["herald-1"] < 0.05 and share["gazette-3"] < 0.05  # only the headline is their own
    assert 0.1 < share["post-7"] < 0.2                              # its own headline and lead


QUOTE_BLOCK = ("We have been warning for two years that the spillway was past its working life, and every year "
               "the money went somewhere else. Nobody should be surprised that it cracked, and nobody should "
               "pretend that patching it buys more than a few seasons.")
SUMMIT_TRADE = [
    ("Leaders of the six river states agreed on Friday to pool money for flood defences, ending two days of "
     "talks in Millbrook that had stalled over how to divide the cost between upstream and downstream states."),
    ("The fund will start with 300 million dollars, and each state will pay in proportion to the population it "
     "has living in flood zones, a formula that the downstream states had pushed for since the spring."),
    f"“{QUOTE_BLOCK}” said Daniel Moss, an engineer who has advised the county on its dams for a decade.",
    ("The agreement still needs the approval of each state's legislature, and two governors said they expected "
     "a difficult vote. The first payments are due next July."),
]
SUMMIT_PROTEST = [
    ("Hundreds of residents marched through Millbrook on Friday as the river states met nearby, demanding that "
     "the region's ageing dams be inspected every year instead of every five years."),
    ("Marchers carried photographs of the cracked Harlow Creek spillway and chanted outside the conference hall "
     "until police closed the street in the early afternoon. No arrests were made."),
    f'"{QUOTE_BLOCK}" Daniel Moss, an engineer, told the crowd.',
    ("Organisers said they would return in the autumn if the states did not commit to yearly inspections. "
     "A spokeswoman for the summit said the leaders had received the marchers' petition."),
]


def test_two_stories_sharing_a_quote_block_are_not_grouped_but_the_passage_is_listed():
    ids, outlets = ["trade", "protest"], ["Herald", "Post"]
    bodies = ["\n\n".join(SUMMIT_TRADE), "\n\n".join(SUMMIT_PROTEST)]
    assert near_duplicate_groups(ids, bodies) == {"trade": "", "protest": ""}
    passages = shared_passages(ids, outlets, bodies)
    assert len(passages) == 1
    row = passages.iloc[0]
    assert row["passage"] == "p-trade-3"
    assert QUOTE_BLOCK[:40] in row["text"]
    assert (row["articles"], row["outlets"], row["n_articles"], row["n_outlets"]) == ("trade; protest", "Herald; Post", 2, 2)
    assert row["words"] == len(row["text"].split())
    share = original_share(ids, bodies, passages)
    assert 0.6 < share["trade"] < 0.85 and 0.6 < share["protest"] < 0.85


def test_an_article_quoting_one_sentence_of_another_is_not_a_copy():
    sentence = "Nobody should be surprised that it cracked, said an engineer who has advised the county on its dams."
    assert len(sentence.split()) < PASSAGE_MIN_WORDS
    quoting = [
        ("The county's water authority defended its maintenance record on Tuesday, a day after the Herald "
         "reported that engineers had warned about the Harlow Creek spillway for years."),
        f"The Herald quoted an engineer: “{sentence}” The authority said the warnings had been acted on.",
        ("A spokeswoman said the spillway had been inspected twice a year since 2019 and that no inspection "
         "before Saturday's had found a defect that needed repair."),
    ]
    original = [LEAD, f"{sentence} {STORY[0]}", *STORY[1:4]]
    ids, outlets, bodies = ["herald", "post"], ["Herald", "Post"], ["\n\n".join(original), "\n\n".join(quoting)]
    assert near_duplicate_groups(ids, bodies) == {"herald": "", "post": ""}
    assert shared_passages(ids, outlets, bodies).empty
    assert original_share(ids, bodies) == {"herald": 1.0, "post": 1.0}


def test_near_identical_paragraphs_match_despite_quote_styles_and_a_changed_word():
    a = f"“{QUOTE_BLOCK}” he said."
    b = '"' + QUOTE_BLOCK.replace("two years", "three years").replace("’", "'") + '" Moss said.'
    passages = shared_passages(["a", "b"], ["X", "Y"], [f"{LEAD}\n\n{a}", f"{OTHER_STORY[0]}\n\n{b}"])
    assert passages["articles"].tolist() == ["a; b"]


def test_short_paragraphs_repeated_in_unrelated_articles_are_not_passages():
    boiler = "Sign up for our morning newsletter to get the day's top stories."
    bodies = [f"{LEAD}\n\n{boiler}", f"{OTHER_STORY[0]}\n\n{boiler}"]
    assert shared_passages(["a", "b"], ["X", "Y"], bodies).empty


# ------------------------------------------------------------------ the seeds, determinism, input checks

def test_the_seeds_have_no_shared_text():
    from helpers.corpus import load_corpus

    corpus = load_corpus(PROJECT_ROOT / "data" / "raw")
    articles, passages = shared_text(corpus["id"].tolist(), corpus["outlet"].tolist(), corpus["body"].tolist(),
                                     corpus["raw_text"].tolist(), corpus["byline"].tolist(), corpus["author"].tolist())
    assert len(articles) == 5
    assert articles["wire"].eq("").all()
    assert articles["duplicate_group"].eq("").all()
    assert articles["original_share"].eq(1.0).all()
    assert passages.empty
    assert list(passages.columns) == ["passage", "text", "words", "articles", "outlets", "n_articles", "n_outlets"]


def _run_in_fresh_process(hash_seed: str, payload: dict) -> str:
    code = ("import json, sys; from helpers.sharedtext import shared_text; p = json.load(sys.stdin); "
            "a, s = shared_text(p['ids'], p['outlets'], p['bodies']); "
            "print(a.to_json(orient='records')); print(s.to_json(orient='records'))")
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(PROJECT_ROOT / "src")}
    result = subprocess.run([sys.executable, "-c", code], input=json.dumps(payload), capture_output=True,
                            text=True, env=env, check=True)
    return result.stdout


def test_same_input_same_output_in_any_process(rerun_corpus):
    ids, outlets, bodies = rerun_corpus
    ids, outlets = ids + ["trade", "protest"], outlets + ["Herald", "Post"]
    bodies = bodies + ["\n\n".join(SUMMIT_TRADE), "\n\n".join(SUMMIT_PROTEST)]
    first = shared_text(ids, outlets, bodies)
    again = shared_text(ids, outlets, bodies)
    assert first[0].equals(again[0]) and first[1].equals(again[1])
    payload = {"ids": ids, "outlets": outlets, "bodies": bodies}
    assert _run_in_fresh_process("1", payload) == _run_in_fresh_process("12345", payload)


def test_group_ids_follow_input_order_not_the_ids(rerun_corpus):
    ids, outlets, bodies = rerun_corpus
    reordered = near_duplicate_groups(ids[::-1], bodies[::-1])
    assert reordered["herald-1"] == "dup-gazette-3"


def test_ids_must_be_unique_and_lists_aligned():
    with pytest.raises(ValueError):
        near_duplicate_groups(["a", "a"], ["x", "y"])
    with pytest.raises(ValueError):
        shared_passages(["a", "b"], ["X"], ["x", "y"])


def test_original_share_is_the_same_from_a_table_read_back_from_csv(rerun_corpus):
    import pandas as pd

    ids, outlets, bodies = rerun_corpus
    passages, groups = shared_passages(ids, outlets, bodies), near_duplicate_groups(ids, bodies)
    read_back = pd.DataFrame(passages.to_dict("records"))  # no attrs, as after a CSV round trip
    assert original_share(ids, bodies, read_back, groups) == original_share(ids, bodies, passages, groups)


def test_shared_text_uses_wire_marks_found_before():
    body = "Officials said the repairs would take at least three weeks and cost more than had been planned."
    articles, _ = shared_text(["a"], ["Herald"], [body], wire=["AP"])  # found by the map from the byline
    assert articles["wire"].tolist() == ["AP"]
    with pytest.raises(ValueError, match="2 wire marks for 1 articles"):
        shared_text(["a"], ["Herald"], [body], wire=["AP", ""])


# --- outlet boilerplate ---------------------------------------------------------------------------


def _sentences(rows):
    import pandas as pd

    return pd.DataFrame(rows, columns=["id", "outlet", "text", "voice"])


def _article_sentences(article, outlet, extra=(), voice="own"):
    """Four sentences of its own for one article, and ``extra`` sentences (in ``voice``)."""
    own = [(article, outlet, f"Sentence {k} of story {article} on the race.", "own") for k in range(4)]
    return own + [(article, outlet, text, voice) for text in extra]


def test_a_sentence_in_half_of_an_outlets_articles_is_its_boilerplate():
    from helpers.sharedtext import outlet_boilerplate

    promo = "Please consider a gift to our newsroom today."
    rows = [r for k in range(10) for r in _article_sentences(f"x{k}", "X", [promo] if k < 4 else ())]  # 4 of 10: below half
    rows += [r for k in range(10) for r in _article_sentences(f"y{k}", "Y", [promo.upper()] if k < 5 else ())]  # 5 of 10, any case
    rows += [r for k in range(10) for r in _article_sentences(f"z{k}", "Z", [promo] if k < 8 else (), voice="quoted")]  # quoted: coverage
    table, mask = outlet_boilerplate(_sentences(rows))
    assert table[["outlet", "articles", "outlet_articles", "sentences"]].values.tolist() == [["Y", 5, 10, 5]]
    assert int(mask.sum()) == 5


def test_a_background_line_in_some_stories_is_framing_and_heavy_furniture_is_still_found():
    from helpers.sharedtext import outlet_boilerplate

    framing = "Trump has pleaded not guilty and denies wrongdoing."
    rows = [r for k in range(10) for r in _article_sentences(f"x{k}", "X", [framing] if k < 3 else ())]
    table, _ = outlet_boilerplate(_sentences(rows))
    assert table.empty  # three of ten stories: how the outlet frames them, not furniture
    promo = ["Sign up for our politics newsletter.", "Support our newsroom with a gift."]
    rows = [(f"y{k}", "Y", f"Line {j} of short story {k}.", "own") for k in range(10) for j in range(2)]
    rows += [(f"y{k}", "Y", text, "own") for k in range(10) for text in promo]  # half of every article
    table, mask = outlet_boilerplate(_sentences(rows))
    assert sorted(table["text"]) == sorted(promo) and int(mask.sum()) == 20


def test_versions_of_one_story_do_not_make_its_sentences_boilerplate():
    from helpers.sharedtext import outlet_boilerplate

    story = [f"Line {k} of the one story the outlet updated twice." for k in range(5)]
    rows = [(f"v{k}", "X", text, "own") for k in range(3) for text in story]  # the same story three times
    rows += [r for k in range(7) for r in _article_sentences(f"x{k}", "X")]
    table, mask = outlet_boilerplate(_sentences(rows))
    assert table.empty and not mask.any()


def test_an_outlets_boilerplate_is_out_of_its_framing_terms_and_evidence_but_listed(tmp_path):
    import csv

    import pandas as pd

    from helpers.bench import write_comparison_corpus
    from helpers.pipeline import analyse_corpus
    from helpers.schema import read_tables

    folder = write_comparison_corpus(tmp_path / "corpus", 70, 7, words=300)
    rows = list(csv.DictReader(open(folder / "manifest.csv", encoding="utf-8")))
    target = rows[0]["outlet"]
    promo = ["The Ledger's politics team brings you the stories that matter most this election season.",
             "The Ledger is a nonprofit newsroom supported by readers like you."]
    for row in rows:
        if row["outlet"] == target:
            path = folder / row["file"]
            paragraphs = path.read_text(encoding="utf-8").split("\n\n")
            paragraphs[len(paragraphs) // 2:len(paragraphs) // 2] = promo
            path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    out = tmp_path / "tables"
    analyse_corpus(folder, out, workers=1, progress=False)
    tables = read_tables(out)
    listed = tables["outlet_boilerplate"]
    assert set(listed.loc[listed["outlet"] == target, "text"]) == set(promo)
    terms = tables["distinctive_terms"]
    assert not terms[terms["outlet"] == target]["term"].str.contains("ledger|newsroom|nonprofit|season").any()
    sentences = tables["sentences"]
    tone = tables["tone_outlets"].set_index("outlet")
    assert tone.loc[target, "sentences"] == (sentences["outlet"] == target).sum()  # tone counts the article as printed
    assert pd.Series(promo).isin(sentences["text"]).all()
    assert not tables["tone_extremes"]["text"].isin(promo).any()  # but never shows furniture as evidence
