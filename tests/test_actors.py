"""The story's actors, found in the corpus when it has no actors.csv; the corpus's file wins."""

from __future__ import annotations

import pandas as pd

from helpers.actors import DISCOVERED, FROM_FILE, discover_actors
from helpers.paths import RAW_DIR
from helpers.pipeline import analyse_corpus
from helpers.schema import read_tables

from .conftest import write_corpus


def _sentences(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["id", "outlet", "text"])


def test_names_are_merged_by_surname_and_first_name_with_titles_removed():
    s = _sentences([
        ("a", "Herald", "President Vladimir Putin met Kim Jong Un in Vostochny on Wednesday."),
        ("a", "Herald", "Putin said the talks went well."),
        ("b", "Post", "Mr. Putin's spokesman spoke to reporters in Moscow."),
        ("b", "Post", "Russian Defense Minister Sergei Shoigu joined Kim at the launch site."),
        ("c", "Post", "Kim later toured an aircraft factory with Shoigu."),
        ("d", "Herald", "Analysts in Seoul said Kim wanted ammunition deals."),
    ])
    actors = discover_actors(s)
    assert actors["Vladimir Putin"] == ["Vladimir Putin", "Putin"]
    assert actors["Kim Jong Un"] == ["Kim Jong Un", "Kim"]
    assert actors["Sergei Shoigu"] == ["Sergei Shoigu", "Shoigu"]
    assert not any(a.startswith(("President", "Mr", "Russian Defense")) for a in actors)


def test_a_surname_shared_by_two_people_is_not_merged_blindly():
    rows = [(f"a{i}", "Herald", "Hillary Clinton spoke in Ohio.") for i in range(3)]
    rows += [(f"b{i}", "Post", "Bill Clinton spoke in Iowa.") for i in range(3)]
    rows += [(f"c{i}", "Post", "Clinton spoke again.") for i in range(2)]
    actors = discover_actors(_sentences(rows))
    assert actors["Hillary Clinton"] == ["Hillary Clinton"] and actors["Bill Clinton"] == ["Bill Clinton"]
    assert actors["Clinton"] == ["Clinton"], "the bare surname stays apart when neither full name dominates"


def test_sentence_openers_calendar_words_and_the_outlets_are_not_actors():
    rows = []
    for i in range(4):
        rows += [(f"a{i}", "The Daily Ledger", "Officials in Brussels met on Monday."),
                 (f"a{i}", "The Daily Ledger", "However, the officials said little, The Daily Ledger reported."),
                 (f"a{i}", "The Daily Ledger", "New York and Brussels disagree."),
                 (f"a{i}", "The Daily Ledger", "He flew from New York to Brussels.")]
    actors = discover_actors(_sentences(rows))
    assert set(actors) == {"Brussels", "New York"}


def test_rare_names_are_not_actors_and_the_list_is_bounded():
    rows = [(f"a{i}", "Herald", f"Mayor Person{i} Smithson praised Lisbon.") for i in range(40)]
    actors = discover_actors(_sentences(rows), max_actors=3)
    assert list(actors) == ["Lisbon"], "a name in 1 of 40 articles is not an actor"


def test_the_corpus_actors_file_wins_and_otherwise_actors_are_discovered(tmp_path):
    analyse_corpus(RAW_DIR, tmp_path / "seeds")
    seeds = read_tables(tmp_path / "seeds")["actors"]
    assert set(seeds["origin"]) == {FROM_FILE}
    assert "Russia" in set(seeds["actor"])
    text = ("Mayor Ana Lopez of Riverton said on Tuesday that the Riverton dam would be repaired. "
            "Lopez added that the Harlow Water Board had approved the money. ")
    folder = write_corpus(tmp_path, {f"{i}.txt": f"Dam story {i}\n\n{text * 3}\n" for i in range(4)},
                          "file,outlet\n0.txt,Herald\n1.txt,Herald\n2.txt,Post\n3.txt,Post\n")
    analyse_corpus(folder, tmp_path / "out")
    found = read_tables(tmp_path / "out")
    actors = found["actors"]
    assert set(actors["origin"]) == {DISCOVERED}
    assert {"Ana Lopez", "Riverton", "Harlow Water Board"} <= set(actors["actor"])
    assert set(actors.loc[actors["actor"] == "Ana Lopez", "alias"]) == {"Ana Lopez", "Lopez"}
    attention = found["attention"]
    assert set(attention["actor"]) == set(actors["actor"])
    assert (attention.loc[attention["actor"] == "Ana Lopez", "article_share"] == 1.0).all()


def test_titles_particles_and_calendar_words_in_names():
    rows = []
    for i in range(3):
        rows += [(f"a{i}", "Herald", "Sen. Mitch McConnell met Bashar al-Assad's envoy."),
                 (f"a{i}", "Herald", "SEOUL, Sept. 13 (Yonhap) -- Secretary of State Antony Blinken called Ursula von der Leyen."),
                 (f"a{i}", "Herald", "Later Theresa May met Mohammed bin Salman in Riyadh on Monday.")]
    actors = set(discover_actors(_sentences(rows)))
    assert {"Mitch McConnell", "Bashar al-Assad", "Antony Blinken", "Ursula von der Leyen", "Theresa May",
            "Mohammed bin Salman", "Riyadh"} <= actors
    assert not actors & {"Sept", "Sen Mitch McConnell", "State Antony Blinken", "Theresa", "Monday", "Riyadh on Monday"}


def test_a_peoples_name_joins_its_place():
    rows = []
    for i in range(3):
        rows += [(f"a{i}", "Herald", "Officials in Russia and China met in Beijing."),
                 (f"a{i}", "Herald", "Then Russian and Chinese diplomats spoke; the Russians left early."),
                 (f"a{i}", "Herald", "Later Israel and Israeli officials replied.")]
    actors = discover_actors(_sentences(rows))
    assert set(actors["Russia"]) == {"Russia", "Russian", "Russians"}
    assert set(actors["China"]) == {"China", "Chinese"}
    assert set(actors["Israel"]) == {"Israel", "Israeli"}
    assert not {"Russian", "Chinese", "Israeli"} & set(actors)


def test_a_place_never_joins_a_persons_name_and_a_countrys_names_are_one_actor():
    from helpers.actors import discover_actors

    texts = ["Israel struck targets on Monday.", "Israel said the strikes would go on.", "Shop owner Israel Sabag sells spices.",
             "Israel and the U.S. spoke.", "The United States and Israel agreed.", "Officials from the US and Israel met.",
             "The U.S. said Israel would decide."]
    sents = pd.DataFrame({"id": [f"a{i}" for i in range(len(texts))], "outlet": ["X", "Y"] * 3 + ["X"], "text": texts})
    actors = discover_actors(sents)
    assert "Israel" in actors and "Israel" not in actors.get("Israel Sabag", [])
    us = next(a for a, aliases in actors.items() if "U.S." in aliases)
    assert {"U.S.", "United States"} <= set(actors[us]) and "United States" not in actors


def test_a_countrys_nations_and_territories_and_a_us_state_stay_their_own_actors():
    from helpers.actors import discover_actors

    texts = ["Scotland voted on Monday.", "Wales and Scotland met.", "Britain said no.", "Britain and Wales agreed.",
             "The United States and Georgia spoke.", "Georgia voters and the United States.",
             "Gaza was hit. The West Bank was calm.", "Gaza again. The West Bank again."]
    actors = discover_actors(pd.DataFrame({"id": [f"a{i}" for i in range(8)], "outlet": ["X", "Y"] * 4, "text": texts}))
    assert {"Britain", "Scotland", "Wales", "United States", "Georgia", "Gaza", "West Bank"} <= set(actors)


def test_a_given_name_and_an_institution_named_alone_do_not_join_a_longer_name():
    s = _sentences([
        ("a", "Herald", "President Donald Trump spoke at the White House on Monday."),
        ("a", "Herald", "Trump said the House would vote soon."),
        ("b", "Post", "Donald Trump met House GOP leaders in the White House."),
        ("b", "Post", "Trump and the GOP agreed on the bill."),
        ("c", "Post", "Donald Sterling, the team owner, met Trump at the White House."),
        ("c", "Post", "The House and the GOP leaders disagreed."),
        ("d", "Herald", "Leader Kim Jong Un met Trump; Kim smiled."),
        ("e", "Herald", "Kim Jong Un left. Kim waved and the House adjourned."),
    ])
    actors = discover_actors(s, min_share=0.0)
    assert "Donald" not in actors.get("Donald Trump", []) and "Donald" not in sum(actors.values(), [])
    assert "House" not in actors.get("White House", []) and "GOP" not in actors.get("House GOP", [])
    assert actors["Kim Jong Un"] == ["Kim Jong Un", "Kim"]  # a family name written first still joins
