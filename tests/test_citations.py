"""Citation extraction: the hand-made answer key for the seeds, each attribution form on
sentences written for the purpose, what must not count, and robustness on arbitrary text."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.citations import citation_table, find_citations
from helpers.outlets import shared_sources
from helpers.paths import DATA_DIR
from helpers.schema import KINDS
from helpers.sentences import sentence_table
from helpers.validation import score_against_key, score_by_kind


@pytest.fixture(scope="module")
def seed_citations(seed_corpus):
    return citation_table(seed_corpus)


def test_answer_key_precision_and_recall(seed_citations):
    key = pd.read_csv(DATA_DIR / "annotations" / "citation_key.csv")
    scores, detail = score_against_key(seed_citations, key)
    assert scores["key_rows"] == 44
    assert scores["precision"] >= 0.95, detail[~detail["found"].astype(bool)]
    assert scores["recall"] >= 0.95, detail[~detail["found"].astype(bool)]
    assert scores["kind_agreement"] >= 0.95 and scores["quote_agreement"] >= 0.9
    # every named source of the key is found
    named = detail[detail["kind"].isin(["expert", "official", "media"]) & (detail["source"] != "Kim Jong Un")]
    assert named["found"].all(), named[~named["found"]]


def test_precision_and_recall_per_kind(seed_citations):
    key = pd.read_csv(DATA_DIR / "annotations" / "citation_key.csv")
    table = score_by_kind(seed_citations, key).set_index("kind")
    assert table["key_rows"].sum() == 44 and set(table.index) <= set(KINDS)
    assert (table["precision"] >= 0.95).all() and (table["recall"] >= 0.8).all(), table
    assert table.loc["expert", "recall"] == 1.0 and table.loc["official", "recall"] >= 0.8


def test_nothing_that_is_not_a_citation_is_counted(seed_citations):
    sources = " | ".join(seed_citations["source"]) + " | ".join(seed_citations["speaker"])
    for not_a_source in ("Zemlianichenko", "EPA", "Yonhap-", "Jung Min-ho", "Sullivan", "Zeki", "Gülten", "Shoigu",
                         "Prigozhin", "Vladimir Putin", "Kim Jong Un", "RMU", "ANKASAM"):
        assert not_a_source not in sources, not_a_source


def test_reference_list_entries_are_cited_publications(seed_citations):
    refs = seed_citations[seed_citations["origin"] == "reference"]
    assert len(refs) == 7 and (refs["kind"] == "media").all() and set(refs["outlet"]) == {"ANKASAM"}
    assert {"Reuters", "NBC News", "Associated Press News"} <= set(refs["source"])


def _one(text: str) -> dict:
    found = find_citations(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, source, kind, quote, cue",
    [
        ('"The sanctions are failing," said Maria Lopez, a fellow at the Brookings Institution.', "Maria Lopez", "expert", "direct", "said"),
        ('Maria Lopez, a fellow at the Brookings Institution, said: "The sanctions are failing."', "Maria Lopez", "expert", "direct", "said"),
        ("According to Maria Lopez, a fellow at the Brookings Institution, the sanctions are failing.", "Maria Lopez", "expert", "indirect", "according to"),
        ("According to the Defense Ministry, no shipments were detected.", "the Defense Ministry", "institution", "indirect", "according to"),
        ('"We will not accept this," the spokesman said, "and we will respond in kind."', "the spokesman", "anonymous", "direct", "said"),
        ("The senator told Reuters that the vote would fail.", "the senator", "anonymous", "indirect", "told"),
        ("Officials said the shipments began in August.", "officials", "anonymous", "indirect", "said"),
        ("Analysts said the deal was symbolic.", "analysts", "group", "indirect", "said"),
        ("A senior U.S. official, speaking on condition of anonymity, said the deal was close.", "a senior U.S. official", "anonymous", "indirect", "said"),
        ("The Pentagon said in a statement that it was monitoring the situation.", "The Pentagon", "institution", "indirect", "said"),
        ("Xi Jinping, China’s president, told the summit that cooperation was essential.", "Xi Jinping", "official", "indirect", "told"),
        ("It is widely believed that the shells were shipped by rail.", "unattributed", "anonymous", "indirect", "it is believed that"),
        ("The state news agency KCNA reported that the test succeeded.", "KCNA", "media", "indirect", "reported"),
        ("President Joe Biden warned that there would be consequences.", "Joe Biden", "official", "indirect", "warned"),
        ("Kim Soo-jin, a former defense minister, argued that the drills were a bluff.", "Kim Soo-jin", "expert", "indirect", "argued"),
    ],
)
def test_attribution_forms(text, source, kind, quote, cue):
    record = _one(text)
    assert (record["source"], record["kind"], record["quote"], record["cue"]) == (source, kind, quote, cue)
    assert text[record["start"]:record["end"]] == record["evidence"]


def test_role_affiliation_and_country_from_the_text():
    record = _one("Lee Byong-chul, a North Korea expert at the Institute of Far Eastern Studies at Kyungnam University "
                  "in Seoul, tells the “New York Times” : North Korea already has a large surplus of ammunition.")
    assert record["role"] == "North Korea expert"
    assert record["affiliation"] == "Institute of Far Eastern Studies at Kyungnam University"
    assert record["country"] == "South Korea"  # from "in Seoul", not from the topic "North Korea"
    assert record["channel"] == "New York Times" and record["quote"] == "indirect"


def test_media_as_conduit_records_the_channel():
    record = _one("The summit will be next week, as the New York Times reported citing U.S. sources.")
    assert (record["source"], record["kind"], record["channel"]) == ("U.S. sources", "anonymous", "the New York Times")
    record = _one("In an interview with CNN, Blinken said the deal would violate sanctions.")
    assert record["channel"] == "CNN"


def test_partial_quote_is_mixed():
    record = _one("Vice President Jane Roe stated it would be a “huge mistake” for the two to meet.")
    assert record["quote"] == "mixed" and record["quote_text"] == "huge mistake"


def test_quote_continuing_after_the_attribution_belongs_to_the_speaker():
    text = "“This is shocking news,” Lee continued. “North Korean ammunition could add fuel to the fire.”"
    record = _one(text)
    assert record["evidence"].endswith("fire.”") and "add fuel" in record["quote_text"]


def test_quote_over_several_paragraphs_belongs_to_its_speaker():
    text = ('"The economy is collapsing under sanctions and the people are hungry," said Anna Berg, an economist at the Kiel Institute.\n\n'
            '"There is no way out of this for the regime, and the regime knows it.\n\n'
            '"Nobody in Pyongyang believes otherwise."\n\nThe ministry did not reply.')
    [record] = find_citations(text)
    assert record["source"] == "Anna Berg" and record["evidence"].endswith('otherwise."')


def test_quoted_paragraph_followed_by_x_added_belongs_to_x():
    text = ('Anna Berg, an economist at the Kiel Institute, has studied the sanctions for a decade.\n\n'
            '"There is no way out of this for the regime, and the regime knows it."\n\n'
            '"Nobody in Pyongyang believes otherwise," Berg added.')
    [record] = find_citations(text)
    assert record["source"] == "Anna Berg" and record["role"] == "economist"
    assert record["evidence"].startswith('"There is no way out')


def test_pronoun_and_definite_mentions_resolve_to_the_earlier_source():
    text = ("An official at the Ministry of Unification told reporters that talks were possible. "
            '"We remain open," the official said. Analysts were doubtful. "It will not happen," they said.')
    records = find_citations(text)
    assert [r["source"] for r in records][:2] == ["an official at the Ministry of Unification"] * 2
    assert records[1]["affiliation"] == "Ministry of Unification"


@pytest.mark.parametrize("text", [
    "Russian Defense Minister Sergei Shoigu visited Pyongyang in July.",
    "Kim Jong Un met with Vladimir Putin in Russia’s Far East.",
    "The report was written by analysts at RAND.",
    "An agreement would be a “win-win” situation for the autocrats.",
    "The think tank published a study in May.",
    "",
])
def test_events_and_scare_quotes_are_not_citations(text):
    assert find_citations(text) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_never_raises_on_arbitrary_text(text):
    for record in find_citations(text):
        assert record["kind"] in KINDS and record["quote"] in ("direct", "indirect", "mixed")
        assert 0 <= record["start"] <= record["end"] <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(['"', "“", "”", "‘", "’", ",", " said ", " Lee", " the official", "\n\n", ".", " according to ",
                                 " experts", " It is claimed that ", "X, a professor at Y,", " told "]), max_size=40))
def test_never_raises_on_quote_and_cue_soup(parts):
    find_citations("".join(parts))


def test_outlet_measures_and_shared_channels(seed_corpus, seed_citations):
    from helpers.outlets import sourcing_outlets

    sentences = sentence_table(seed_corpus)
    articles = seed_corpus.assign(named_sources=0)[["id", "outlet", "named_sources"]]
    table = sourcing_outlets(seed_citations, sentences, articles).set_index("outlet")
    assert table.loc["The Korea Times", "named_sources"] == 5  # Cho, Hyun, Lim, Kim Kyou-hyun, North Korea
    assert table.loc["RMU Sentry Media", "named_sources"] == 0
    assert table.loc["RMU Sentry Media", "unattributed_claims"] == 3
    assert table.loc["ANKASAM", "cited_publications"] == 7
    assert 0 < table.loc["The Korea Times", "attributed_sentence_share"] <= 1
    shared = shared_sources(seed_citations)
    nyt = shared[shared["name"].str.contains("New York Times")]
    assert len(nyt) == 1 and nyt["n_outlets"].item() == 2


def test_unseen_outlets_sources_roles_and_channels():
    from pathlib import Path

    from helpers.cleaning import clean_text

    pages = Path(__file__).parent / "fixtures" / "unseen_pages"
    found = {}
    for name in ("guardian.txt", "wire.txt", "blog.txt"):
        body = clean_text((pages / name).read_text(encoding="utf-8")).body
        found[name] = {r["source"]: r for r in find_citations(body)}
    guardian, wire, blog = found["guardian.txt"], found["wire.txt"], found["blog.txt"]
    assert set(guardian) == {"Kim Jong-un", "The White House", "John Kirby", "Victor Cha"}  # not "reporters in Washington"
    assert guardian["John Kirby"]["kind"] == "official" and guardian["John Kirby"]["country"] == "United States"
    assert guardian["Victor Cha"]["affiliation"] == "Center for Strategic and International Studies"
    assert guardian["Kim Jong-un"]["channel"] == "Russian state media"  # "…, Kim said, according to Russian state media"
    assert wire["Kim Jong Un"]["channel"] == "Russian state media" and wire["Vladimir Putin"]["role"] == "President"
    assert wire["Jenny Town"]["quote"] == "direct" and "Both sides want" in wire["Jenny Town"]["quote_text"]
    assert (wire["U.S. officials"]["kind"], wire["analysts"]["kind"]) == ("anonymous", "group")
    assert blog["Hirokazu Matsuno"]["kind"] == "official" and blog["Hirokazu Matsuno"]["country"] == "Japan"
    assert blog["critics"]["kind"] == "group"


# --- names and kinds: the traps of a real election corpus ------------------------------------


@pytest.mark.parametrize("text", [
    "“We are going to win,” he said Wednesday.",
    "On Thursday, he said the polls were wrong.",
    "That, he said, was a disgrace.",
    "Another, she said, was the economy.",
    "In June, he said, the campaign ran out of money.",
])
def test_calendar_and_function_words_are_never_sources(text):
    for record in find_citations(text):
        assert record["source"] not in ("Wednesday", "Thursday", "June", "That", "Another", "In June", "On Thursday")


@pytest.mark.parametrize("text, source, kind, role", [
    ("Polls show Clinton leading by four points.", "polls", "anonymous", "polls"),
    ("Aides said the candidate was exhausted.", "aides", "anonymous", "aides"),
    ("Americans say the economy is the top issue.", "Americans", "group", "Americans"),
    ("Democrats said the bill would fail.", "Democrats", "group", "Democrats"),
    ("Officials said the count would resume.", "officials", "anonymous", "officials"),
    ("Voters said they were tired of the campaign.", "voters", "group", "voters"),
])
def test_unnamed_plurals_are_groups_or_anonymous_with_what_they_are(text, source, kind, role):
    record = _one(text)
    assert (record["source"], record["kind"], record["role"], record["named"]) == (source, kind, role, False)


@pytest.mark.parametrize("text, source", [
    ("After Trump said the election was rigged, Republicans distanced themselves.", "Trump"),
    ("When Trump said he would build a wall, the crowd cheered.", "Trump"),
    ("In New Hampshire Sanders said the system was rigged.", "Sanders"),
    ("But Sanders said the system was rigged.", "Sanders"),
    ("Wednesday Trump said he was winning.", "Trump"),
])
def test_a_name_never_starts_with_a_conjunction_place_or_time_word(text, source):
    assert _one(text)["source"] == source


@pytest.mark.parametrize("text, source, kind, role", [
    ("Republican nominee Donald Trump said the system was rigged.", "Donald Trump", "official", "nominee"),
    ("Sen. Ted Cruz (R-Texas) said the nominee must apologize.", "Ted Cruz", "official", "Sen."),
    ("Clinton campaign spokesman Brian Fallon said the emails were a distraction.", "Brian Fallon", "official", "spokesman"),
    ("Democratic presidential candidate Bernie Sanders said the system was rigged.", "Bernie Sanders", "official",
     "presidential candidate"),
    ("“It’s over,” said Jane Smith, a voter in Ohio.", "Jane Smith", "citizen", "voter"),
    ("Jane Roe, a professor at Georgetown, said the race was tightening.", "Jane Roe", "expert", "professor"),
    ("Donald Trump said the system was rigged.", "Donald Trump", "unknown", ""),
    ("Mr. Trump said the system was rigged.", "Trump", "unknown", ""),
])
def test_politicians_are_officials_and_a_person_without_a_role_is_unknown(text, source, kind, role):
    record = _one(text)
    assert (record["source"], record["kind"], record["role"]) == (source, kind, role)


def test_a_role_stated_elsewhere_in_the_article_applies():
    records = find_citations("Republican nominee Donald Trump arrived in Ohio. Trump said the polls were wrong.")
    assert [(r["source"], r["kind"]) for r in records] == [("Donald Trump", "official")]


def test_campaigns_and_parties_are_officials():
    assert _one("The Clinton campaign said the ad was false.")["kind"] == "official"
    assert _one("Trump’s campaign said the ad was false.")["kind"] == "official"


@pytest.mark.parametrize("text, source, kind, cue", [
    ("CNN reports that the debate drew 84 million viewers.", "CNN", "media", "reports"),
    ("According to a Washington Post report, the campaign spent $10 million.", "Washington Post", "media", "according to"),
    ("The BBC reported that turnout was high.", "The BBC", "media", "reported"),
    ("Trump reiterated that he would not concede.", "Trump", "unknown", "reiterated"),
    ("Clinton stressed that the economy was strong.", "Clinton", "unknown", "stressed"),
    ("Sanders insisted that he would stay in the race.", "Sanders", "unknown", "insisted"),
    ("Sanders conceded that the race was over.", "Sanders", "unknown", "conceded that"),
    ("Cruz vowed to fight on.", "Cruz", "unknown", "vowed"),
    ("Cruz pledged to unite the party.", "Cruz", "unknown", "pledged"),
    ("Trump tweeted that the media was rigged.", "Trump", "unknown", "tweeted"),
    ("Trump posted that the media was rigged.", "Trump", "unknown", "posted"),
    ("Clinton wrote that the decision was hers.", "Clinton", "unknown", "wrote"),
    ("Clinton said in a statement that she was honored.", "Clinton", "unknown", "said"),
    ("Comey testified that the investigation was closed.", "Comey", "unknown", "testified"),
])
def test_more_attribution_forms_and_cues(text, source, kind, cue):
    record = _one(text)
    assert (record["source"], record["kind"], record["cue"]) == (source, kind, cue)


@pytest.mark.parametrize("text", [
    "Recent reports of the rally drew criticism.",
    "The stress of the campaign showed.",
    "The video posted online shows the crowd.",
    "Trump refused to concede the race.",
])
def test_nouns_that_look_like_cues_are_not_citations(text):
    assert find_citations(text) == []


def test_colon_introduces_a_quotation_after_a_speaker():
    records = find_citations("Trump said the polls were rigged. His response: “I never said that.”")
    assert [(r["source"], r["cue"], r["quote"]) for r in records] == [("Trump", "said", "indirect"), ("Trump", "response:", "direct")]
    assert _one("Sanders’s answer: “Not now, not ever.”")["source"] == "Sanders"


def test_expert_round_up_name_lines_and_their_paragraphs():
    text = ("What the debate means\n\nJane Roe, professor of political science, Georgetown University\n\n"
            "The debate changed little. Most voters had made up their minds.\n\nIt will be close.\n\n"
            "John Doe, senior fellow at the Brookings Institution\n\nThe polls are tightening.")
    records = find_citations(text)
    assert [(r["source"], r["kind"], r["form"]) for r in records] == [("Jane Roe", "expert", "round-up"), ("John Doe", "expert", "round-up")]
    assert records[0]["affiliation"] == "Georgetown University" and records[0]["evidence"].endswith("It will be close.")
    assert records[1]["role"] == "senior fellow" and records[1]["affiliation"] == "Brookings Institution"
    # a single name line is not a round-up
    assert find_citations("Jane Roe, professor of political science, Georgetown University\n\nThe debate changed little.") == []


def _speaker_of(text: str, evidence_start: str) -> dict:
    return next(r for r in find_citations(text) if r["evidence"].startswith(evidence_start))


def test_he_and_she_stand_for_the_person_the_text_is_about_not_the_last_one_quoted():
    text = ("Jane Roe, a spokeswoman for the port, said the ferries would run on Monday. "
            "Union leader Tom Berg has led the dock workers for a decade. In March, he walked out of talks. "
            "\"We will not move an inch,\" he said.")
    assert _speaker_of(text, "\"We will not move")["source"] == "Tom Berg"
    # the person a sentence opens with, when the pronoun follows in the same sentence
    text = ("Senator Ann Lee said the bill was dead. Mayor Tom Berg, who has said he only makes good deals, "
            "dismissed the objections to a deal that he said was not final.")
    assert {r["source"] for r in find_citations(text)} == {"Ann Lee", "Tom Berg"}
    # a name inside the quotation is not who speaks; the person the previous sentence cites is
    text = ("Agency head Lee Zeldin said on Sunday that the risk was low. "
            "\"Captain Ray Huang and his crews are doing great work,\" he said on television.")
    assert _speaker_of(text, "\"Captain Ray Huang")["source"] == "Lee Zeldin"


def test_a_pronoun_never_stands_for_a_person_of_the_other_gender():
    text = ("Party leader Ann Kerr spoke first. Mr. Berg, the union's lawyer, listened. "
            "\"It is not over,\" she said.")
    assert _speaker_of(text, "\"It is not over")["source"] == "Ann Kerr"
    # "R-Miss." is a senator's state, not an honorific of the name on the next line
    text = ("\"It would be a disaster!\" said Wicker, R-Miss.\n\nGovernor Tom Berg, who has said he backs the plan, "
            "said he would sign it.")
    assert _speaker_of(text, "Governor Tom Berg")["source"] == "Tom Berg"


@pytest.mark.parametrize("text, source", [
    ("Iran says some progress has been made in the talks.", "Iran"),
    ("Tehran has repeatedly said it does not seek a nuclear weapon.", "Tehran"),
    ("Ukraine said the strikes hit power stations overnight.", "Ukraine"),
])
def test_a_country_or_capital_speaking_is_an_institution(text, source):
    record = _one(text)
    assert (record["source"], record["kind"], record["named"]) == (source, "institution", True)


def test_a_surname_that_is_also_a_country_stays_the_person():
    text = "Rep. Steve Israel said the vote would be close. Israel said he had the numbers."
    assert [r["source"] for r in find_citations(text)] == ["Steve Israel", "Steve Israel"]


@pytest.mark.parametrize("text, source, kind, role", [
    ("Jane Roe, who lives in Harlech, Gwynedd, said the prices were too high.", "Jane Roe", "citizen", ""),
    ("Tom Berg, of Dundalk, Maryland, told agents he had been there before.", "Tom Berg", "citizen", ""),
    ("Tom Berg, of Amnesty International, said the law was unjust.", "Tom Berg", "unknown", ""),  # works there: not a home town
    ("Jane Roe, executive director of the Ohio Food Bank, said demand had doubled.", "Jane Roe", "official",
     "executive director"),
    ("Tom Berg, 56, a retired teacher, said the tax was unfair.", "Tom Berg", "citizen", "retired teacher"),
    ("Sen. Ann Lee, chairwoman of the Senate Ethics Committee, questioned the plan, saying it would fail.",
     "Ann Lee", "official", "Sen."),
    ("US Secretary of State Jane Roe said an agreement could be reached on Monday.", "Jane Roe", "official", "Secretary of State"),
    ("Hezbollah chief Naim Qassem on Sunday reiterated his opposition to direct talks.", "Naim Qassem", "official", "chief"),
    ("The army's Arabic-language spokesman, Colonel Avi Adar, said residents should leave.", "Avi Adar", "official", "Colonel"),
    ("Orange County Fire Authority Capt. Ray Huang said officials would check the tank.", "Ray Huang", "official", "Capt."),
    ("Hong Kong Chief Executive John Lee said the launch was historic.", "John Lee", "official", "Chief Executive"),
    ("Sen. Ted Cruz, R-Texas, said the decision was the most consequential of the term.", "Ted Cruz", "official", "Sen."),
])
def test_names_titles_and_descriptions_around_the_speaker(text, source, kind, role):
    record = _one(text)
    assert (record["source"], record["kind"], record["role"]) == (source, kind, role)


@pytest.mark.parametrize("text, source, kind, named", [
    # courts, prosecutors and police, as US news cites them
    ("Prosecutors said the defendant had lied to investigators.", "prosecutors", "anonymous", False),
    ("Federal prosecutors said the defendant had lied.", "Federal prosecutors", "anonymous", False),
    ("The judge said the trial would resume in May.", "the judge", "anonymous", False),
    ("Police said the driver was not hurt.", "police", "institution", False),
    ("Authorities said the road would stay closed.", "authorities", "institution", False),
    ("The sheriff's office said two deputies were hurt.", "The sheriff's office", "institution", False),
    ("The FBI said it was investigating the threat.", "The FBI", "institution", True),
    ("His lawyer said the charges were baseless.", "his lawyer", "anonymous", False),
    # unnamed sources described by what they know or why they are not named
    ("Two people familiar with the negotiations said a deal was close.", "two people familiar with the negotiations",
     "anonymous", False),
    ("A source close to the governor said she would run again.", "a source close to the governor", "anonymous", False),
    ("An aide who was not authorized to speak publicly said the vote would slip.",
     "an aide who was not authorized to speak publicly", "anonymous", False),
    ("“It is over,” said a person briefed on the talks.", "a person briefed on the talks", "anonymous", False),
    ("Voters who backed the mayor in 2022 said they felt let down.", "voters who backed the mayor in 2022", "group", False),
    ("A spokesperson for the campaign said the ad would run.", "a spokesperson for the campaign", "anonymous", False),
    # a titled person after a preposition is whom the speaker works for or stands near, not the speaker
    ("An aide to Sen. Tom Berg said he would run again.", "an aide to Sen. Tom Berg", "anonymous", False),
    ("A lawyer for former President Ann Roe said the case was weak.", "a lawyer for former President Ann Roe", "anonymous",
     False),
    ("People close to Gov. Ann Roe said she would sign.", "people close to Gov. Ann Roe", "anonymous", False),
    # members of the public: an age and a home town, a family member, a job
    ("Maria Ortiz, 62, of Tucson, said she had voted early.", "Maria Ortiz", "citizen", True),
    ("Her mother said the family had not been told.", "her mother", "anonymous", False),
    ("Democratic leaders said the bill would pass.", "Democratic leaders", "group", False),  # a party's bloc, in public
    ("A new poll shows the race tightening.", "A new poll", "institution", False),
    ("Research suggests the levy works.", "research", "anonymous", False),
])
def test_the_sources_us_news_cites_most(text, source, kind, named):
    record = _one(text)
    assert (record["source"], record["kind"], record["named"]) == (source, kind, named)


def test_the_head_of_a_phrase_with_a_titled_person_is_its_role():
    assert _one("An aide to Sen. Tom Berg said he would run again.")["role"] == "aide"
    assert _one("An adviser to the senator said he would run again.")["role"] == "adviser"


@pytest.mark.parametrize("text", [
    # the other senses of verbs that also report speech
    "The judge pushed back the hearing to June.",
    "Election workers recounted the ballots by hand.",
    "Deputies answered a call about a break-in.",
    "Officers called for backup at the scene.",
    "The committee chair called for a vote after midnight.",
    "Doctors admitted him to intensive care overnight.",
    "Walz hailed from a farming town in Nebraska.",
    "The city condemned the building last spring.",
    "The crowd shouted down the speaker.",
    "The district boasted the highest turnout in the state.",
    "The officers accused in the beating were fired.",
    "Prosecutors charged ten people accused in the scheme.",
    "Firefighters responded to the blaze within minutes.",
    "The man confirmed dead was a 60-year-old visitor.",
    "Jurors said little as they left the courthouse.",
    "Iran responded by firing missiles at the base.",
    "Prices rose 3 per cent, and the limit is 65 miles per hour.",  # "per" as a rate, not "according to"
    "As per usual, the committee adjourned early.",
    "The rate is 0.9 euros per U.S. dollar.",
    "The jury found him guilty.",  # a verdict, no words reported
    "The judge found the papers in a drawer.",
    "What happens next and why he is unlikely to be removed from office are both explained here.",  # a passive
    "The meeting began at noon.",
    "The campaign began “Operation Warp Speed” in May.",
    "He swore in the new officers.",
    "The coach teased the players.",
])
def test_verbs_in_senses_that_report_nothing_said_are_not_citations(text):
    assert find_citations(text) == []


@pytest.mark.parametrize("text, source, kind, named", [
    ("“Nobody told us,” the mother of one victim shouted at the defendant.", "the mother of one victim", "anonymous", False),
    ("“I’m not done yet,” Tom Berg joked at the dinner.", "Tom Berg", "unknown", True),
    ("Gov. Ann Roe posted late Sunday that the roads were closed.", "Ann Roe", "official", True),
    ("Officer Ann Roe recounted being pushed into a doorway.", "Ann Roe", "official", True),
    ("Prosecutors accuse the mayor of taking bribes.", "prosecutors", "anonymous", False),
    ("Trump called the ruling “a disgrace.”", "Trump", "unknown", True),
    ("A law enforcement official who spoke on condition of anonymity told reporters the driver fled.",
     "a law enforcement official who spoke on condition of anonymity", "anonymous", False),
    ("The talks are stalled, said a department official who requested anonymity to discuss the case.",
     "a department official who requested anonymity", "anonymous", False),
    ("A person familiar with the plan, who spoke on condition of anonymity, said the vote would slip.",
     "a person familiar with the plan", "anonymous", False),
    ("An aide to the senator, who asked not to be identified, said she would vote no.", "an aide to the senator",
     "anonymous", False),
    ("A Republican who asked not to be named said the party was split.", "a Republican who asked not to be named",
     "anonymous", False),
    ("The deputy who found the boy said he was cold.", "the deputy who found the boy", "anonymous", False),
    ("The company that owns the building said it had fixed the lift.", "The company that owns the building",
     "institution", False),
    ("“He helped everybody,” said his uncle, Marcus Bell.", "Marcus Bell", "citizen", True),
    ("The family's attorney, Ben Crump, said the video told another story.", "Ben Crump", "unknown", True),
    ("Court records show he had two prior convictions.", "Court records", "institution", False),
    ("KTLA reported that the fire had spread.", "KTLA", "media", True),
    ("The CEO said the plan was sound.", "the CEO", "anonymous", False),
    ("Justice Ann Roe wrote that the precedent should stand.", "Ann Roe", "official", True),
    ("Manhattan District Attorney Tom Berg said charges were coming.", "Tom Berg", "official", True),
    ("Medical examiner Dr. Ann Roe said the cause was a fall.", "Ann Roe", "official", True),
    ("Tom Farmer said the harvest was late.", "Tom Farmer", "unknown", True),
    ("Rep. Mike Doctor said the bill was dead.", "Mike Doctor", "official", True),
    ("Father James Roe, a Jesuit priest, said the church must listen.", "James Roe", "unknown", True),
    ("John Smith, 34, said he had waited two hours to vote.", "John Smith", "citizen", True),
    ("Biden, 81, said he was fit to serve.", "Biden", "unknown", True),
])
def test_news_constructions_around_the_new_verbs_and_sources(text, source, kind, named):
    record = _one(text)
    assert (record["source"], record["kind"], record["named"]) == (source, kind, named)


def test_the_senator_is_the_senator_named_before_and_they_may_be_one_unnamed_source():
    text = "State Sen. Ann Morris said the bill would pass. The senator admitted, however, that some were wavering."
    assert [r["source"] for r in find_citations(text)] == ["Ann Morris", "Ann Morris"]
    text = "The source said the deal was off. They added that talks could resume."
    assert [r["source"] for r in find_citations(text)] == ["the source", "the source"]
    text = "Police said the suspect was in custody. They said no officers were hurt."
    assert [r["source"] for r in find_citations(text)] == ["police", "police"]


def test_they_stands_for_several_people_never_for_one():
    text = "Her son said the house was empty. They said the fire started at night."
    assert [r["source"] for r in find_citations(text)] == ["her son"]
    text = "Two neighbours said the house was empty. They said the fire started at night."
    assert [r["source"] for r in find_citations(text)] == ["two neighbours", "two neighbours"]


def test_a_clause_opener_is_not_part_of_a_common_noun_subject():
    (record,) = find_citations("When officers told him the road was closed, he turned back.")  # ("told him to leave" orders)
    assert record["source"] == "officers" and record["kind"] == "anonymous"
    (record,) = find_citations("US media said the talks had failed.")
    assert record["source"] == "US media"


@pytest.mark.parametrize("text, source, kind", [
    ("Judge Ann Roe said the trial would resume in May.", "Ann Roe", "official"),
    ("Defense attorney Tom Berg said the charges were baseless.", "Tom Berg", "unknown"),
    ("Retired teacher Ann Roe said the levy was fair.", "Ann Roe", "citizen"),
])
def test_a_title_before_a_name_gives_the_kind_it_is(text, source, kind):
    record = _one(text)
    assert (record["source"], record["kind"]) == (source, kind)


@pytest.mark.parametrize("text, source, cue", [
    ("“Why wait?” asked Gov. Ann Roe.", "Ann Roe", "asked"),
    ("Sen. Tom Berg accused the governor of hiding the costs.", "Tom Berg", "accused"),
    ("“I’m not going anywhere,” Tom Berg joked.", "Tom Berg", "joked"),
    ("The ministry condemned the strike.", "The ministry", "condemned"),
    ("Critics blamed the council for the delays.", "critics", "blamed"),
    ("Gov. Ann Roe called on lawmakers to pass the budget.", "Ann Roe", "called on"),
    ("The Kremlin played down the report.", "The Kremlin", "played down"),
    ("Mayor Tom Berg posted on Facebook that schools would close.", "Tom Berg", "posted"),
])
def test_summary_and_question_verbs_attribute(text, source, cue):
    assert [(r["source"], r["cue"]) for r in find_citations(text)] == [(source, cue)]


@pytest.mark.parametrize("text", [
    "Reporters asked whether the talks would resume.",
    "A shortage of fuel was what Tom Berg complained about before the strike.",
    "Officers posted on the corner returned fire.",
    "The hospital admitted 30 patients overnight.",
    "The ministry, in a motion last week, asked a federal court to vacate the ruling, which it did.",
    "He told people close to him that he planned to leave.",
    "He was accused of fraud.",
])
def test_questions_topics_and_other_senses_of_those_verbs_are_not_citations(text):
    assert [(r["source"], r["cue"]) for r in find_citations(text) if r["cue"] in
            ("asked", "complained", "posted", "admitted", "accused", "told")] in ([], [("The ministry", "asked")])


@pytest.mark.parametrize("text", [
    "Smoking is the leading cause of death in the country, claiming 400,000 lives a year.",
    "By reducing access of cars to Manhattan, the new lane may also cut traffic, officials hope.",
])
def test_no_speaker_is_made_of_a_participle_or_an_object(text):
    assert all(r["source"] not in ("Smoking", "Manhattan") for r in find_citations(text))


def test_words_given_to_the_outlet_itself_are_its_own_reporting_not_a_channel(tmp_path):
    from helpers.analysis import analyse_article

    from .conftest import write_corpus

    story = ("The talks ended on Monday without a deal, officials said. "
             "\"Using visa restrictions this way is extremely rare,\" former diplomat Jane Roe told NPR. "
             "\"It rarely works,\" Tom Berg, a former envoy, told CNN.\n\n"
             "The talks will resume next month in Geneva, the ministry said in a statement on Tuesday.")
    folder = write_corpus(tmp_path, {"a.txt": story}, "file,outlet\na.txt,NPR\n")
    rows = analyse_article(folder, {"file": "a.txt", "id": "a", "outlet": "NPR"}, cache=False)["citations"]
    channels = {r["source"]: r["channel"] for r in rows}
    assert channels["Jane Roe"] == "" and channels["Tom Berg"] == "CNN"


def test_a_surname_is_the_full_name_the_article_gave_once_never_a_guess_between_two():
    text = "Mandy Kemp has worked since she was 16. The 70-year-old still works three days a week. Kemp said she could not stop."
    assert [(r["speaker"], r["source"]) for r in find_citations(text)] == [("Kemp", "Mandy Kemp")]
    text = "Anna Lee and Tom Lee met on Monday. Lee said the deal was done."
    assert [r["source"] for r in find_citations(text)] == ["Lee"]


@pytest.mark.parametrize("text, source", [
    # a surname under a title is the one person named in full with it: a title in common, or a personal title
    ("In an opinion written by Justice Elena Kagan, the court ruled. “It must have contributed,” Justice Kagan wrote.",
     "Elena Kagan"),
    ("Palestinian Authority President Mahmoud Abbas went to Brussels. President Abbas said the talks were over.", "Mahmoud Abbas"),
    ("“It is a crackup,” says Larry Sabato, director of the Center for Politics. “They will not vote,” Professor Sabato adds.",
     "Larry Sabato"),
    # a possessive ends the name: "Al Sharpton's National Action Network" names Al Sharpton
    ("She spoke at the Rev. Al Sharpton's National Action Network. At Sharpton's rally, nobody spoke. Sharpton said it was time.",
     "Al Sharpton"),
    # …but not another person who shares the surname, with no title in common
    ("Ivanka Trump, a senior adviser, arrived on Monday. President Trump said the deal was done.", "Trump"),
])
def test_a_titled_surname_is_the_person_named_in_full(text, source):
    assert find_citations(text)[-1]["source"] == source


@pytest.mark.parametrize("text, source", [
    # the president the story is about, not one it recalls once ("As President …": no affiliation "As")
    ("As President Barack Obama searches for a defense secretary, Obama met Hagel. Obama thanked him. "
     "Obama left. Unlike as President George W. Bush did in 2006, nothing changed. “You were straight,” the president said.",
     "Barack Obama"),
    # nobody titled president, but "the Trump administration": the president of that name
    ("The Trump administration has said it is open to talks with Mr. Kim. Trump wants a deal, and Trump will travel. "
     "The Bush administration tried. The president has said he will scrap the accord.", "Trump"),
    # "the president" is not the vice president cited before
    ("Vice President Mike Pence said the deal was done. President Donald Trump spoke later. Trump left. "
     "The president said he was pleased.", "Donald Trump"),
    # two presidents as often mentioned: no guess
    ("President Barack Obama met President George W. Bush. Obama and Bush talked. The president said it went well.",
     "the president"),
])
def test_the_president_is_the_one_the_story_is_about(text, source):
    assert find_citations(text)[-1]["source"] == source


@pytest.mark.parametrize("text, got", [
    # a co-branded poll is one source, named by both partners
    ("An Economist–YouGov survey released Wednesday found Warren at 11 percent.", [("Economist–YouGov", "institution")]),
    ("A new Reuters/Ipsos poll showed a slight drop in support.", [("Reuters/Ipsos", "media")]),
    # the people who take a side are a group
    ("Trump defenders say that he was asking for help.", [("Trump defenders", "group")]),
    ("Skeptics argue the plan will fail.", [("skeptics", "group")]),
    # two legislators, each with a party tag: both speak, each a senator, each of a party
    ("Sens. Roy Blunt, R-Mo., and Amy Klobuchar, D-Minn., said the bill would pass.",
     [("Amy Klobuchar", "official"), ("Roy Blunt", "official")]),
])
def test_joined_names_sides_and_listed_legislators(text, got):
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == got


@pytest.mark.parametrize("text, source", [
    # a sentence whose subject is the same "he" continues the chain: whom it names in passing is not the speaker
    ("Pete Buttigieg launched his bid on Sunday. He held his event in South Bend, the Indiana town where he has served as "
     "mayor. At 37, he is the youngest in a field that features Vermont Senator Bernie Sanders, 77. "
     "“It is time to walk away from the past,” he told supporters.", "Pete Buttigieg"),
    # …and an adverb opening the sentence is nobody ("Further, the official said")
    ("A senior administration official said the trip was fine. Further, the official said, the agents were sent home.",
     "a senior administration official"),
])
def test_a_pronoun_follows_the_subject_chain(text, source):
    assert find_citations(text)[-1]["source"] == source


@pytest.mark.parametrize("text, role, affiliation", [
    # a judicial title of two words is one title, not a title and an affiliation
    ("U.S. District Judge Ann Roe said the order stands.", "District Judge", "U.S."),
    ("Associate Justice Tom Berg wrote that the law fails.", "Associate Justice", ""),
])
def test_a_judicial_title_is_one_title(text, role, affiliation):
    assert [(r["role"], r["affiliation"]) for r in find_citations(text)] == [(role, affiliation)]



def test_a_plural_title_is_each_persons_and_a_party_named_later_is_kept():
    rows = find_citations("Sens. Roy Blunt, R-Mo., and Amy Klobuchar, D-Minn., said the bill would pass.")
    assert {(r["source"], r["role"]) for r in rows} == {("Roy Blunt", "Sen."), ("Amy Klobuchar", "legislator")}
    text = ("Sens. Susan Collins and Bill Nelson walk through the Senate subway.\n\nMaine Republican Susan Collins and "
            "Florida Democrat Bill Nelson have been talking.\n\n“We need to reconsider,” Collins said.")
    assert [(r["source"], r["role"], r["affiliation"]) for r in find_citations(text)] == [("Susan Collins", "Sen.", "Republican, Maine")]


def test_a_pronoun_skips_the_people_a_cited_report_names_and_can_stand_for_a_journalist():
    text = ("Secretary of State Jane Roe said a deal could come on Monday. "
            "CBS News has reported that Supreme Leader Ali Karimi is in hiding, delaying the talks. "
            "\"We have a solid offer on the table,\" she said.")
    assert _speaker_of(text, "\"We have a solid offer")["source"] == "Jane Roe"
    text = ("The army's spokesman, Colonel Avi Adar, said residents should leave, as he listed the villages. "
            "Reporting from Beirut, Al Jazeera's Zeina Khodr said drones were hovering over the city. "
            "\"The buzzing has not stopped,\" she said.")
    record = _speaker_of(text, "\"The buzzing")
    assert (record["source"], record["kind"], record["affiliation"]) == ("Zeina Khodr", "media", "Al Jazeera")


def test_a_pronoun_never_stands_for_the_object_of_an_earlier_sentence():
    text = ("The prison is in the west. In one video, a woman in dark glasses addresses President Ana Ruiz directly. "
            "She insists that the protest is peaceful.")
    assert all(r["source"] != "Ana Ruiz" for r in find_citations(text) if r["speaker"].lower() == "she")


@pytest.mark.parametrize("text, role, kind", [
    ("Pete Hoekstra, who was appointed ambassador in April 2025, said the tariffs would stay.", "ambassador", "official"),
    ("Jane Roe, who is the mayor of Springfield, said the plan would fail.", "mayor", "official"),
    ("Tom Berg, who runs a small spice shop, said prices rose.", "", "unknown"),
])
def test_a_relative_clause_gives_a_role_only_where_it_states_one(text, role, kind):
    record = _one(text)
    assert (record["role"], record["kind"]) == (role, kind)


def test_a_first_name_that_is_a_country_stays_part_of_the_name():
    (record,) = find_citations("Shop owner Israel Sabag said prices rose.")
    assert record["source"] == "Israel Sabag"


@pytest.mark.parametrize("text, kind", [
    ("Lee Zeldin, head of the U.S. Environmental Protection Agency, said the risk was low.", "official"),
    ("Faisal Khan, head of the chemical engineering department at Texas A&M University, said cooling was key.", "expert"),
])
def test_a_role_the_lexicon_does_not_know_takes_its_kind_from_where_it_is_held(text, kind):
    record = _one(text)
    assert record["kind"] == kind


@pytest.mark.parametrize("text, source, named", [
    ("\"It would be unfortunate,\" the cable says.", "the cable", False),
    ("The U.S. cable says the delegation must comply.", "The U.S. cable", True),
    ("The statement said the company regretted the loss.", "The statement", False),
    ("The lawsuit says the firm ignored the warnings.", "The lawsuit", False),
])
def test_a_document_speaks_for_the_body_that_wrote_it(text, source, named):
    record = _one(text)
    assert (record["source"], record["kind"], record["named"]) == (source, "institution", named)


def test_review_cases_of_this_round():
    """Cases an adversarial review found in this round's rules (each failed before its fix)."""
    assert find_citations("The Kremlin’s spokesman,   , told reporters it was over.")  # no crash on an empty aside
    def sources(text):
        return [(r["speaker"], r["source"]) for r in find_citations(text)]
    # a pronoun opening the main clause is not the person an introductory clause names
    assert ("he", "Keir Starmer") in sources("Prime Minister Keir Starmer said the talks were useful. "
                                             "Speaking alongside President Emmanuel Macron, he said the deal was close.")
    # a pronoun far from a name does not gender it
    assert ("He", "Tom Reed") in sources("Senator Mary Jones said the bill would pass. Tom Reed, a union leader, said the "
                                         "governor had ignored her workers for years. He said the strike would continue.")
    # nor does the fallback bind a pronoun to someone of the other gender
    assert all(s != "Roe" for _, s in sources("Ms. Roe said the plan was sound. Her colleague Mr. Doe disagreed. "
                                              "He said it would fail.")[1:])
    # a quotation inside a quotation does not end it
    (record,) = find_citations("“They told us \"leave now\" and the colonel said we had an hour,” said Sara Ali, a resident.")
    assert record["source"] == "Sara Ali" and "the colonel said" in record["quote_text"]
    # relative clauses: a role only as a noun phrase, a past one is former; the subject, not what follows "said"
    assert [(r["source"], r["role"]) for r in find_citations("Ana Diaz, who is running for mayor, said the vote was close.")] == \
        [("Ana Diaz", "")]
    assert [(r["source"], r["role"]) for r in find_citations("Ahmed Ali, who was the mayor of the town until 2020, said the "
                                                              "plan failed.")] == [("Ahmed Ali", "former mayor")]
    # a first name that is a capital is not trimmed off
    assert find_citations("Sofia Ramos, a nurse at the hospital, said the ward was full.")[0]["source"] == "Sofia Ramos"


def test_a_title_name_and_home_state_is_the_person():
    (record,) = find_citations("Republican Rep. Thomas Massie of Kentucky told NBC that the deal was bad.")
    assert (record["source"], record["kind"], record["country"]) == ("Thomas Massie", "official", "United States")
    (record,) = find_citations("The University of Michigan said classes would resume.")
    assert record["kind"] == "institution"


def test_an_acronym_the_article_defined_is_that_body():
    text = "Three people were killed, the country’s National News Agency (NNA) reported. Later, two more died, NNA reported."
    assert [(r["source"], r["kind"]) for r in find_citations(text)][-1] == ("National News Agency", "media")
    text = "The Committee to Protect Journalists (CPJ) said the arrests were unlawful. CPJ said it would appeal."
    assert [(r["source"], r["kind"]) for r in find_citations(text)][-1] == ("Committee to Protect Journalists", "institution")


def test_a_description_ends_where_the_sentence_goes_on_with_a_verb():
    (record,) = find_citations("Sen. Ann Lee, chairwoman of the Senate Ethics Committee, questioned the merit of the plan, "
                               "saying it would fail.")
    assert (record["source"], record["affiliation"]) == ("Ann Lee", "Senate Ethics Committee")
    (record,) = find_citations("Jane Roe, the mayor of Springfield, Illinois, said the plan failed.")
    assert (record["role"], record["affiliation"]) == ("mayor", "Springfield, Illinois")


@pytest.mark.parametrize("text, source, kind, named, affiliation", [
    # AP-style party and state tags between commas, and the older parenthesised forms
    ("“I am staying,” Rep. Ann Roe, D-Fla., said Wednesday.", "Ann Roe", "official", True, "Democrat, Fla."),
    ("Rep. Tom Berg, R-S.C., who chairs the panel, said the bill was dead.", "Tom Berg", "official", True, "Republican, S.C."),
    ("Sen. Ann Roe (R., Ind.) said the bill was dead.", "Ann Roe", "official", True, "Republican, Ind."),
    ("“It is dead,” said Rep. Ann Roe, D-Fla., on Tuesday.", "Ann Roe", "official", True, "Democrat, Fla."),
    # a subject, an aside between commas, then the cue: the subject speaks, not what follows
    ("A U.S. official, speaking on condition of anonymity, said the strike killed a commander.", "a U.S. official",
     "anonymous", False, "U.S."),
    ("The lawsuit, filed in federal court in Austin, claims the law is void.", "The lawsuit", "institution", False, ""),
    # a role, then the person's name
    ("According to his lawyer, Tom Berg, the charges were dropped.", "Tom Berg", "unknown", True, ""),
    ("According to Sgt. Ann Roe, the driver fled.", "Ann Roe", "official", True, ""),
    ("Mayor Tom Berg of Durham said the roads were closed.", "Tom Berg", "official", True, "Durham"),
    ("Chief Judge Ann Roe of the 4th U.S. Circuit Court of Appeals wrote that the law was void.", "Ann Roe", "official",
     True, "4th U.S. Circuit Court of Appeals"),
    # a nationality or a sentence's capital does not name a source
    ("Israeli media reported that the talks had failed.", "Israeli media", "media", False, ""),
    ("The Ukrainian military said it had hit the bridge.", "The Ukrainian military", "institution", False, ""),
    # people in the plural, where they are or what happened to them
    ("Survivors of the flood said help came late.", "survivors of the flood", "group", False, ""),
    ("Doctors at the hospital said he was stable.", "doctors at the hospital", "group", False, ""),
    # documents and witnesses
    ("The report concluded that the levee failed.", "The report", "institution", False, ""),
    ("Witnesses described hearing three shots.", "witnesses", "group", False, ""),
])
def test_party_tags_asides_roles_before_names_and_unnamed_groups(text, source, kind, named, affiliation):
    record = _one(text)
    assert (record["source"], record["kind"], record["named"], record["affiliation"]) == (source, kind, named, affiliation)


@pytest.mark.parametrize("text, sources", [
    ("Harris and Walz said the race was tied.", {"Harris", "Walz"}),
    ("Both French President Ann Roe and German Chancellor Tom Berg condemned the strike.", {"Ann Roe", "Tom Berg"}),
    ("The U.S. and China said talks would resume.", {"The U.S", "China"}),
    ("He met Harris and Walz said it went well.", {"Walz"}),  # "Harris" is an object there
    ("Trade between China and Russia grew, officials said.", {"officials"}),
    # a place's, nation's or party's word before "and" shares the plural noun after it
    ("U.S. and Saudi officials said the talks had stalled.", {"U.S. officials", "Saudi officials"}),
    ("Democratic and Republican lawmakers said the bill was dead.", {"Democratic lawmakers", "Republican lawmakers"}),
    ("Sen. Ann Roe and Democratic lawmakers said the bill was dead.", {"Ann Roe", "Democratic lawmakers"}),
    # a body by its common noun beside a name ("the Syrian military") speaks too
    ("Russia and the Syrian military blamed Israel for the strike.", {"Russia", "the Syrian military"}),
    ("Gov. Ann Roe and top utility regulators have accused the company of neglect.", {"Ann Roe", "top utility regulators"}),
    ("He met the army and the police said it went well.", {"the police"}),  # "the army" is an object there
])
def test_two_subjects_joined_by_and_both_speak(text, sources):
    assert {r["source"] for r in find_citations(text)} == sources


def test_subjects_sharing_a_noun_are_each_unnamed_officials():
    found = find_citations("American and Israeli officials said the deal was close.")
    assert {(r["source"], r["kind"], r["named"]) for r in found} == {
        ("American officials", "anonymous", False), ("Israeli officials", "anonymous", False)}


def test_a_contraction_is_no_possessor():
    (record,) = find_citations("“It is a mess,” says Tom Berg, an economic analyst who's followed the market for years.")
    assert (record["source"], record["kind"]) == ("Tom Berg", "expert")


def test_a_title_with_its_own_of_names_the_person_a_pronoun_stands_for():
    text = "Secretary of State Ann Roe arrived in Cairo on Monday. She said the talks would go on."
    assert [(r["source"], r["role"]) for r in find_citations(text)] == [("Ann Roe", "Secretary of State")]
    (record,) = find_citations("A Marist poll released Wednesday found the race tied.")
    assert record["source"] == "Marist" and record["kind"] == "institution"  # the pollster


def test_a_page_without_full_stops_is_searched_in_linear_time():
    import time

    line = "officials said the plan and critics argued the deal "
    times = []
    for n in (400, 1600):
        started = time.perf_counter()
        found = find_citations(line * n)
        times.append(time.perf_counter() - started)
        assert len(found) >= 2  # one run-on "sentence": its cues still give sources
    assert times[1] < 8 * times[0] + 0.5, times  # four times the text: well under the sixteen times of a quadratic search


@pytest.mark.parametrize("text, source", [
    ("Vance falsely claimed that the migrants were eating pets.", "Vance"),
    ("Ann Roe angrily denied that she had ever met him.", "Ann Roe"),
    ("The former governor wrongly asserted that the count was rigged, Roe said.", "Roe"),  # no role word, no subject
])
def test_an_adverb_in_ly_may_stand_between_the_subject_and_its_verb(text, source):
    assert source in {r["source"] for r in find_citations(text)}


@pytest.mark.parametrize("text", [
    "The mayor is constantly asked to explain the budget.",  # passive, with an adverb before the participle
    "Such cases were rarely reported by national outlets.",
    "It is what his critics surely would have said in private.",  # nobody said it
])
def test_an_adverb_hides_neither_a_passive_nor_a_counterfactual(text):
    assert find_citations(text) == []


def test_a_noun_in_ly_is_part_of_the_subject_not_an_adverb():
    (record,) = find_citations("A close family friend said the couple had left.")
    assert (record["source"], record["kind"]) == ("family friend", "anonymous")
    (record,) = find_citations("A longtime ally said the plan would fail.")
    assert (record["source"], record["kind"], record["named"]) == ("ally", "anonymous", False)


@pytest.mark.parametrize("text, source, kind, role", [
    ("Harris's running mate, Minnesota Gov. Tim Walz, said he would debate.", "Tim Walz", "official", "Gov."),
    ("His wife, Jane Roe, said he was recovering.", "Jane Roe", "citizen", "His wife"),
    ("The senator's longtime friend, Ann Lee, said she was shocked.", "Ann Lee", "citizen", "friend"),
])
def test_a_person_described_by_a_relation_then_named_between_commas_speaks(text, source, kind, role):
    record = _one(text)
    assert (record["source"], record["kind"], record["role"]) == (source, kind, role)


def test_a_relation_that_is_not_a_person_names_no_speaker():
    assert find_citations("The company's new product, Vision Pro, said to be costly, sold out.") == []


@pytest.mark.parametrize("text, source, kind", [
    ("Meta, the parent company of Facebook, said it would remove the ads.", "Meta", "institution"),
    ("Hamas, the militant group that controls Gaza, said the talks had failed.", "Hamas", "institution"),
    ("Halden, the Oslo-based newspaper, reported that the deal was off.", "Halden", "media"),
    ("Sam Roe, the owner of a bakery, said prices had doubled.", "Sam Roe", "citizen"),  # a person who owns one
    ("Tom Berg, head of the union, said members would strike.", "Tom Berg", "official"),  # as "president of the union"
])
def test_a_name_described_as_an_organisation_is_that_body(text, source, kind):
    record = _one(text)
    assert (record["source"], record["kind"], record["named"]) == (source, kind, True)


@pytest.mark.parametrize("text, kind", [
    ("A group of protesters said they would return.", "group"),
    ("The advocacy group said the law was unfair.", "institution"),
])
def test_a_group_of_people_is_those_people_a_group_alone_is_a_body(text, kind):
    record = _one(text)
    assert (record["kind"], record["named"]) == (kind, False)


@pytest.mark.parametrize("text", [
    "The senator pressed the nominee on the claim during the hearing.",
    "Reporters asked about his warning to the party.",
])
def test_a_cue_word_after_an_article_or_a_possessive_is_a_noun(text):
    assert find_citations(text) == []


@pytest.mark.parametrize("text, channel", [
    ("Harris told CNN’s Dana Bash that her values had not changed.", "CNN"),
    ("Speaker Ann Roe told Fox News’ “Sunday Morning Futures” that she was confident.", "Fox News"),
    ("In an interview with NBC’s Kristen Welker, Trump said he would win.", "NBC"),
    ("\u201cThe question is standing,\u201d said CNN Senior Legal Analyst Jeffrey Toobin.", "CNN"),
])
def test_the_channel_is_the_outlet_whose_journalist_or_programme_heard_it(text, channel):
    record = _one(text)
    assert record["channel"] == channel


@pytest.mark.parametrize("text, channels", [
    # a newspaper by its masthead after "the" is a channel, as a name the lexicon holds is
    ("Rep. Daniel Webster told the Orlando Sentinel that he will support the bill.", ["Orlando Sentinel"]),
    ("“Something wasn’t right,” his mother told the Tribune.", ["Tribune"]),
    ("Police Chief Tom Jackson told the St. Louis Post-Dispatch that the cameras work.", ["St. Louis Post-Dispatch"]),
    # …but a surname masthead only after "the" ("Emily Post" is a person)
    ("Ann Roe told Post reporters she had no plans.", [""]),
    # a news organisation cited is the source, not a channel of its own
    ("The launch failed, according to the Washington Post.", [""]),
    ("The rocket broke up, reports The Associated Press.", [""]),
    ("Ann Roe is leaving, according to Politico’s Elena Schneider.", ["Politico"]),
])
def test_a_newspaper_spoken_to_by_its_masthead_is_the_channel_and_a_cited_one_is_no_channel_of_its_own(text, channels):
    assert [r["channel"] for r in find_citations(text)] == channels


@pytest.mark.parametrize("text, source", [
    # "the newspaper" is the one the last person cited spoke to, people cited since naming no other
    ("That day a doctor saw that “something wasn’t right,” his mother told the Tribune.\n\n“That doctor saved my kid’s life,” "
     "Polly Roe said.\n\nHe is one of 27 patients hospitalized in recent weeks, according to the newspaper.", "Tribune"),
    ("“I think that we’ve got a good shot,” Flake told the Arizona Republic.\n\nOlder immigrants could seek citizenship "
     "through their employers, according to the newspaper.", "Arizona Republic"),
    # out of reach (more than three paragraph breaks back), it stays a description
    ("Ann Roe told the Tribune she would run.\n\nShe left.\n\nShe came back.\n\nShe left again.\n\nShe came back again.\n\n"
     "Turnout will be low, according to the newspaper.", "the newspaper"),
])
def test_the_newspaper_is_the_one_spoken_to_or_cited_last_in_reach(text, source):
    assert find_citations(text)[-1]["source"] == source


@pytest.mark.parametrize("text, affiliation", [
    ("A White House official said the talks failed.", "White House"),
    ("Two senior State Department officials said the talks failed.", "State Department"),
    ("A Juul spokesman said the company takes health seriously.", "Juul"),
    ("A Senate Democratic aide said the bill would pass.", "Senate Democratic"),
    # an office only: the topic of an expert, whom a voter backs, a family's name are no one's employer
    ("A North Korea expert said the talks failed.", ""),
    ("One Trump voter said the talks failed.", ""),
    ("The Dunn family said they were grateful.", ""),
])
def test_an_unnamed_official_works_for_the_body_named_before_the_role(text, affiliation):
    assert find_citations(text)[0]["affiliation"] == affiliation


def test_the_statement_an_unnamed_spokesman_gave_is_the_spokesmans():
    text = ("In a statement to The Post, a Juul spokesman said the company takes the health of its users seriously.\n\n"
            "“Our testing is conducted through reputable, independent laboratories,” the statement read.")
    assert [(r["source"], r["affiliation"]) for r in find_citations(text)] == [("a Juul spokesman", "Juul")] * 2


@pytest.mark.parametrize("text, source", [
    # a town and its state as AP writes it, then the time: the speaker follows the verb
    ("Trump will sign the order during a visit to Kenosha, Wis., Tuesday, said two senior administration officials.",
     "two senior administration officials"),
    # a straight quotation mark with no space after it opens a quotation; the name inside is no subject
    ('Trump will sign the so-called "Buy American, Hire American" order in Ohio, said two senior administration officials.',
     "two senior administration officials"),
    # a relative clause after an unnamed speaker describes them; it is not their name, nor a reason to drop them
    ("The plan is dead, said two officials who have seen the report.", "two officials"),
    ("The plan is dead, said a man who lives nearby.", "a man"),
    ("“It is dead,” said a department official who requested anonymity to discuss the plan.",
     "a department official who requested anonymity"),
    # a past-tense verb with its object after the words that follow the cue: what was said, the subject before the cue
    ("Standing in front of a check -- or 20% of his budget -- Sen. Rand Paul, R-Kentucky, said his office treated funds "
     "“like it’s our money.”", "Rand Paul"),
    ("The plan is dead, said an official briefed on the talks.", "an official briefed on the talks"),
])
def test_who_follows_an_inverted_verb_of_saying(text, source):
    assert [r["source"] for r in find_citations(text)] == [source]


@pytest.mark.parametrize("text, sources", [
    # a party's description after an inverted cue is the person cited last, as before a cue
    ("Senate Minority Leader Chuck Schumer, a Democrat, said Republicans are determined to prevail.\n\n“This bill is rotten.\n\n"
     "We know the fight is not over,” said the Democrat.", ["Chuck Schumer", "Chuck Schumer"]),
    # …never one the text places in another state, where they were cited
    ("Sen. John McCain, an Arizona Republican, said the vote would wait.\n\n“We will see,” said the Ohio Republican.",
     ["John McCain", "the Ohio Republican"]),
    ("Sen. John McCain (R-Ariz.) said the vote would wait.\n\n“We will see,” said the Arizona Republican.",
     ["John McCain", "John McCain"]),
])
def test_a_party_description_after_an_inverted_cue_is_the_person_cited_last(text, sources):
    assert [r["source"] for r in find_citations(text)] == sources


def test_a_reporter_behind_a_possessive_outlet_is_named_without_it():
    text = ("The New York Times’ Glenn Thrush reported this week that Ann Roe had urged the mayor to resign.\n\n"
            "Thrush reported the news just after the mayor spoke.")
    records = find_citations(text)
    assert [(r["source"], r["channel"]) for r in records] == [("Ann Roe", "The New York Times"), ("Glenn Thrush", "")]


def test_a_broadcast_transcripts_speaker_labels_are_direct_quotations_and_its_own_people_are_not_sources():
    text = "\n\n".join([
        "JUNE ARELLANO, BYLINE: The senator returned again and again to the economy.",
        "(SOUNDBITE OF ARCHIVED RECORDING)",
        "SEN. ANN ROE (R-OHIO): We had the greatest economy. Everybody knows it.",
        "ARELLANO: Her opponent, Tom Berg, disagrees.",
        "TOM BERG: It is a sales tax on the American people.",
        "ROE: It is not.",
        "UNIDENTIFIED PERSON: Nobody believes that.",
        "MARY KELLY, HOST: Thanks, June.",
        "KELLY: That was June Arellano.",
    ])
    got = [(r["source"], r["kind"], r["quote"], r["form"]) for r in find_citations(text)]
    assert got == [("Ann Roe", "official", "direct", "speaker label"), ("Tom Berg", "unknown", "direct", "speaker label"),
                   ("Ann Roe", "official", "direct", "speaker label"),
                   ("unidentified speaker", "anonymous", "direct", "speaker label")]
    # a single label is no transcript ("NOTE: …" at the end of a story), a one-word label nobody introduced is nobody,
    # and a fact check's section labels are no speakers
    assert find_citations("The vote is on Monday.\n\nNOTE: This story has been updated.") == []
    assert find_citations("CLAIM: Roe cast the deciding vote.\n\nTHE FACTS: She did.\n\nAP'S ASSESSMENT: True.") == []


@pytest.mark.parametrize("text, source, kind", [
    ("At a rally, Vice President Ann Roe struck a personal note.\n\n“She taught me,” the vice president said.",
     "Ann Roe", "official"),
    ("Arizona Republican Sen. Tom Berg toured the border. The Arizona Republican told reporters it was a crisis.",
     "Tom Berg", "official"),
])
def test_a_title_alone_is_the_one_person_the_text_named_with_it(text, source, kind):
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == [(source, kind)]


def test_a_title_two_people_could_hold_or_a_shorter_one_stays_unresolved():
    text = "Vice President Ann Roe spoke. The president said it went well."
    assert [r["source"] for r in find_citations(text)] == ["the president"]


@pytest.mark.parametrize("text, source", [
    ("The rally featured surrogates, including former Gov. Ann Roe, who told the crowd the state mattered.", "Ann Roe"),
    ("He met the mayor, who said the city was ready.", "the mayor"),
])
def test_who_after_a_person_makes_that_person_the_speaker(text, source):
    assert [r["source"] for r in find_citations(text)] == [source]


@pytest.mark.parametrize("text, source", [
    ("Kuwait, which said it had foiled the plot, expelled the diplomats.", "Kuwait"),
    ("The attack was blamed on Iran, which denied any involvement.", "Iran"),
    ("The report drew fire from the Pentagon, which said it was inaccurate.", "the Pentagon"),
    ("The ministry, which has repeatedly said the toll is higher, gave no details.", "The ministry"),
    # a thing, or a body hanging from another noun, is not who said it
    ("He carried a note pledging allegiance to ISIS, which said the group would win.", None),
    ("The plan, which says taxes will rise, passed.", None),
    ("The deal with the European Union, which says members must agree, is dead.", None),
])
def test_which_after_a_body_makes_the_body_the_speaker(text, source):
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == ([(source, "institution")] if source else [])


@pytest.mark.parametrize("text, source", [
    ("In a series of posts on Monday night, former Gov. Ann Roe lashed out at the secretary of state, Tom Berg, "
     "accusing him of “rigging” the rolls.", "Ann Roe"),
    ("Efforts to cool the tank seemed to work, but Berg backtracked the next day, saying the reading was wrong.", "Berg"),
    ("Roe misstated her rank in a 2018 ad, describing herself as a retired sergeant major.", "Roe"),
    # "comments" after "her" is her noun, not a verb whose subject is "her"
    ("Roe walked back her comments, saying she had misspoken.", "Roe"),
    ("Roe withdrew the comments, saying she had misspoken.", "Roe"),  # a past tense without -ed
    ("That is the part of the law the Supreme Court upheld, saying it was fair.", "the Supreme Court"),
])
def test_a_participle_after_a_comma_is_said_by_the_subject_of_its_clause(text, source):
    assert [r["source"] for r in find_citations(text)] == [source]


@pytest.mark.parametrize("text", [
    "Smoking is the leading cause of death, claiming 400,000 lives a year.",
    "Programs like School Volunteers help fill the gap, writing new lessons every week.",
    "Fact check: Did Roe really say he would end Social Security?",  # a question
    "The ad features the senator's mother, who says nothing on camera.",
    "Hamas claimed the lives of two soldiers in the raid.",
    "Roe BLASTED Berg at a rally, telling the crowd she had failed.",  # a shouted word is no part of a name
])
def test_no_citation_from_a_subject_that_is_no_speaker_or_a_verb_that_says_nothing(text):
    assert all(r["source"] not in ("Smoking", "Programs", "Did Roe", "Roe BLASTED Berg") for r in find_citations(text))
    if "mother" in text or "lives" in text:
        assert find_citations(text) == []


def test_a_nickname_between_first_name_and_surname_is_no_quotation():
    (record,) = find_citations("Rep. Annabelle “Annie” Price, R-Neb., said the bill was bad.")
    assert (record["source"], record["kind"]) == ("Annabelle Price", "official")


@pytest.mark.parametrize("text, source, kind", [
    ("In Fulton County, Ga., the elections director, Nadine Roe, said the count was done.", "Nadine Roe", "official"),
    ("The secretary of state's office said it had referred 14 cases.", "The secretary of state's office", "institution"),
    ("“Fight!” Roe bellowed from the stage.", "Roe", "unknown"),  # one sentence: the attribution stays with its quote
    ("Price fired back within minutes: “Some of us represent farmers.”", "Price", "unknown"),
    ("“I would vote for a sandwich first,” fumed Staten Island cabbie Vinnie Roe, 61.", "Vinnie Roe", "citizen"),
    ("Ari Berg, who studies election administration at Carrow University, said the suits were new.", "Ari Berg", "expert"),
    ("“I think he will win,” said Lorraine Pike, 68, of Sun City West, Ariz.", "Lorraine Pike", "citizen"),
    ("“Two debates,” Quinlan campaign manager Eric Stavros said.", "Eric Stavros", "official"),
])
def test_places_offices_replies_and_occupations_of_campaign_coverage(text, source, kind):
    record = _one(text)
    assert (record["source"], record["kind"]) == (source, kind)


def test_a_sentence_that_goes_on_with_a_verb_of_its_own_has_no_appositive():
    text = ("American Renewal Fund, a super PAC, has spent $80 million on canvassing in swing states, "
            "according to Federal Election Commission filings.")
    assert [r["cue"] for r in find_citations(text)] == ["according to"]


@pytest.mark.parametrize("text, source, kind", [
    ("A CNN flash poll of debate watchers found that 57% thought Roe did better.", "A CNN flash poll", "media"),
    ("A Ridgeline Research memo circulated to donors on Monday argued that the path runs south.",
     "A Ridgeline Research memo", "institution"),
    ("The survey of 1,200 likely voters, conducted by Ridgeline Research for a super PAC, found Roe ahead.",
     "The survey", "institution"),
    ("The ad says Berg voted to raise taxes 17 times.", "The ad", "institution"),
    ("The AFL-CIO said it would spend $50 million.", "The AFL-CIO", "institution"),
    ("Politico first reported the shake-up.", "Politico", "media"),
])
def test_documents_polls_and_bodies_with_what_follows_their_head(text, source, kind):
    record = _one(text)
    assert (record["source"], record["kind"]) == (source, kind)


def test_surveys_are_never_the_they_who_accuse():
    text = "Official surveys of gas stations have found abuses. They accuse the owners of fraud."
    assert [r["source"] for r in find_citations(text)] == ["official surveys"]


def test_a_party_letter_alone_after_a_name_stands_aside():
    (record,) = find_citations("Virginia Gov. Clark Whitby (R) said in a statement that he would defend the process.")
    assert (record["source"], record["kind"]) == ("Clark Whitby", "official")


@pytest.mark.parametrize("text, sources", [
    ("Roe told his security detail to clear the rope line.", []),  # an order
    ("The campaign told reporters to gather at Gate 4 at 6 a.m.", []),
    ("Trump told supporters to loud cheers that he would win.", ["Trump"]),  # what he said follows
    ("Lauren Roe, a spokeswoman for the campaign, declined to say whether she would attend.", []),
    ("Sen. Tom Berg did not say whether he would run.", []),
    ("Certification is proceeding according to schedule.", []),
    ("“That is a lie,” Roe said of Berg's claim about her record.", ["Roe"]),  # "Berg's claim" with nothing claimed
    ("People close to her said she was considering a run.", ["people close to her"]),  # "her" is no possessive here
])
def test_orders_refusals_and_nouns_are_no_citations(text, sources):
    assert [r["source"] for r in find_citations(text)] == sources


@pytest.mark.parametrize("text", [
    "Hurricane Helene tore through the state, claiming more than 200 lives.",
    "The soldiers fired back.",
    "Israel hit back Monday.",
    "Riot police charged on Tuesday, firing tear gas.",
    "Firefighters responded Tuesday morning.",
    "The company labeled the products as organic.",
    "Ranchers branded the cattle as their own.",
])
def test_the_new_verbs_other_senses_are_no_citations(text):
    assert find_citations(text) == []


@pytest.mark.parametrize("text, source", [
    ("A statement released by the Kremlin said Putin had spoken with Trump.", "the Kremlin"),  # the author, not the document
    ("The ruling by Judge Tanya Chutkan said the case would proceed.", "Tanya Chutkan"),
    ("A letter from 50 economists warned of inflation.", "economists"),
])
def test_a_document_by_or_from_someone_is_theirs(text, source):
    assert [r["source"] for r in find_citations(text)] == [source]


def test_a_title_is_never_a_former_holder_of_it():
    text = "Former President Barack Obama campaigned for Harris. The president said Tuesday that he would sign the bill."
    assert [r["source"] for r in find_citations(text)] == ["the president"]


def test_a_group_of_people_with_an_adjective_is_still_those_people():
    (record,) = find_citations("A growing group of Democrats said Biden should step aside.")
    assert record["kind"] == "group"


def test_headings_in_capitals_are_no_transcript_and_labels_keep_the_storys_spelling():
    headings = "\n\n".join(["NORTH CAROLINA: Trump leads by 2 points in North Carolina.", "GEORGIA: Harris leads in Georgia.",
                             "GREEN BAY PACKERS: Jordan Love threw three touchdowns."])
    assert find_citations(headings) == []  # no host or reporter: headings, not a broadcast
    transcript = "\n\n".join(["MARY KELLY, HOST: Senator McConnell spoke today.", "MITCH MCCONNELL: We will not allow it.",
                                "KAMALA HARRIS, VICE PRESIDENT: We are not going back.", "KELLY: Thanks."])
    assert [(r["source"], r["form"]) for r in find_citations(transcript)] == [
        ("Mitch McConnell", "speaker label"), ("Kamala Harris", "speaker label")]


def test_a_transcript_without_a_hosts_label_is_read_by_the_surnames_of_people_the_story_names():
    # an interview printed by surname labels only: the host is never named in full, the guest is
    turns = ["On Sunday Foreign Minister Ann Roe said the talks had failed.", "KELLER: Were the talks a failure?",
             "ROE: Tom, they were. We tried.", "KELLER: What next?", "ROE: We wait.", "QUESTION: Will you resign?",
             "BERG: No comment."]
    found = [(r["source"], r["kind"], r["quote"], r["form"]) for r in find_citations("\n\n".join(turns))]
    assert found[1:] == [("Ann Roe", "official", "direct", "speaker label")] * 2, found
    # the host (never named), the unnamed questioner and a label the story never names are no one's words
    assert not [f for f in found if f[0] in ("Keller", "Berg", "Question")]
    # one label alone, or labels of people the story does not name, is no transcript ("ROE:" twice as headings)
    headings = ["Foreign Minister Ann Roe spoke.", "ROE: Her plan.", "BUDGET: The numbers.", "ROE: Her second plan."]
    assert [r["form"] for r in find_citations("\n\n".join(headings)) if r["form"] == "speaker label"] == []
    unnamed = ["KELLER: Were the talks a failure?", "WEBB: They were.", "KELLER: What next?", "WEBB: We wait."]
    assert find_citations("\n\n".join(unnamed)) == []
    # a surname the story writes with inner capitals ("MCBRIDE:" for "Ann McBride")
    mixed = [t.replace("Roe", "McBride").replace("ROE", "MCBRIDE") for t in turns]
    assert [r["source"] for r in find_citations("\n\n".join(mixed)) if r["form"] == "speaker label"] == ["Ann McBride"] * 2


def test_the_president_is_not_the_head_of_a_past_administration_the_story_mentions_once():
    text = ("“We will compromise,” Mr. Lane said on Wednesday. Mr. Lane spoke for an hour. Mr. Lane took questions.\n\n"
            "Mr. Lane said the top rate would not return to where it was in the Berg administration.\n\n"
            "The president said he intended to pursue the bill.")
    assert [r["source"] for r in find_citations(text)][-1] not in ("Berg", "President Berg")
    # the head of the administration the story is about is still "the president"
    current = "The Berg administration announced a plan on Monday. Berg aides met.\n\nThe president said he would sign it."
    assert [r["source"] for r in find_citations(current)][-1] in ("Berg", "President Berg")


def test_the_researcher_clause_is_searched_in_linear_time():
    import time

    times = []
    for n in (2000, 8000):
        text = "“We will win,” said Ann Roe, who studies " + "at A " * n + ", and more."
        started = time.perf_counter()
        find_citations(text)
        times.append(time.perf_counter() - started)
    assert times[1] < 8 * times[0] + 0.5, times


def test_a_possessive_claim_with_what_was_claimed_is_the_owners():
    assert [(r["source"], r["cue"]) for r in find_citations("There is no evidence for Berg's claim that the vote was rigged.")] \
        == [("Berg", "claim")]


@pytest.mark.parametrize("text, source, cue", [
    ("The Republican National Committee sued the state on Tuesday, alleging that it had failed to clean its rolls.",
     "The Republican National Committee", "alleging"),
    ("Roe's campaign labeled the ad “pathetic” and “desperate.”", "Roe's campaign", "labeled"),
    ("The Wall Street Journal's editorial board called the plan “economic malpractice.”",
     "The Wall Street Journal's editorial board", "called"),
    ("Mr. Roe's running mate, Senator J.T. Brannigan, spoke first.\n\nOn Thursday he told reporters that it was over.",
     "J.T. Brannigan", "told"),
])
def test_bodies_that_sue_boards_that_call_and_initials_in_a_title(text, source, cue):
    assert [(r["source"], r["cue"]) for r in find_citations(text)] == [(source, cue)]


@pytest.mark.parametrize("text, source, kind, named", [
    ("Ann Roe and Tom Berg were not backing down. The Arizona Republican told reporters the vote was stolen.",
     "the Arizona Republican", "anonymous", False),  # a person, never a body, even when unresolved
    ("Ann Roe was not backing down. The Arizona Republican told reporters the vote was stolen.",
     "Ann Roe", "unknown", True),  # the one person the sentence before is about
])
def test_a_party_member_described_as_such_is_a_person(text, source, kind, named):
    record = _one(text)
    assert (record["source"], record["kind"], record["named"]) == (source, kind, named)


@pytest.mark.parametrize("text, sources", [
    ("Helen Holland, from Bodorgan, has run an ice cream business for 18 years.\n\n“The increase has been phenomenal,” she said.",
     ["Helen Holland"]),  # described between commas: a person
    ("Mandy Kemp has worked since she was 16.\n\n“I only have a pension,” she said.\n\n"
     "Kemp, from Dover in Kent, told the BBC that she must support her husband.", ["Mandy Kemp", "Mandy Kemp"]),
    ("Hurricane Helene tore through the region overnight. “It was terrible,” she said.", []),  # no person opens it
    ("Ms. Ann Roe arrived late. “It is over,” he said.", []),  # never against the pronoun
])
def test_he_or_she_after_a_sentence_opening_with_a_described_person_not_yet_cited(text, sources):
    assert [r["source"] for r in find_citations(text)] == sources


def test_a_later_description_of_a_person_first_cited_without_one_gives_the_kind():
    text = ("Mandy Kemp has worked since she was 16.\n\n“I only have a pension,” she said.\n\n"
            "Kemp, 64, from Dover in Kent, told the BBC that she must support her husband.")
    assert [r["kind"] for r in find_citations(text)][-1] == "citizen"


# --- rules from a review of 100 real articles of US outlets (AllSides sample, 2012-2020) ---------------------------

@pytest.mark.parametrize("text, source, kind", [
    ("The councilman was furious, according to neighbours.", "neighbours", "group"),
    ("The reform will pass, cousins of the mayor say.", "cousins of the mayor", "group"),  # a plural the file lacks
    ("It was a mistake, according to economists.", "economists", "group"),
    ("Fishermen said the quota had ruined them.", "fishermen", "group"),
    ("Commissioners said the budget was short.", "commissioners", "anonymous"),  # unnamed officials
    ("Two firms said they would appeal the fine.", "Two firms", "institution"),
])
def test_a_role_word_in_the_plural_is_unnamed_people_of_that_role(text, source, kind):
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == [(source, kind)]


def test_plurals_are_formed_as_english_forms_them():
    from helpers.citation_words import plural

    assert [plural(w) for w in ("aide", "bus", "deputy", "attorney", "wife", "congressman", "church")] == \
        ["aides", "buses", "deputies", "attorneys", "wives", "congressmen", "churches"]


@pytest.mark.parametrize("text, source", [
    ("In March, the Commerce Department said retail sales fell.", "the Commerce Department"),  # an opening phrase, then the subject
    ("For the second quarter, the Treasury said receipts rose.", "the Treasury"),
    ("As Ann Roe, an economist at Smith College, wrote in a column:", "Ann Roe"),  # "As" stands before the name
    ("The Commerce Department, meanwhile, said the shortfall was smaller.", "The Commerce Department"),
    ("A Democratic aide briefed on the talks, however, said the deal was close.", "a Democratic aide briefed on the talks"),
    ("“We are out of time,” said a senior executive at a large Midwest utility with ties to the governor.",
     "a senior executive at a large Midwest utility with ties to the governor"),  # an unnamed source may be long
    ("Nurses across the county said the wards were full.", "nurses across the county"),
    ("Bus drivers from around the region said the routes were unsafe.", "Bus drivers from around the region"),
])
def test_the_subject_is_found_past_opening_phrases_asides_and_where_people_are_from(text, source):
    assert [r["source"] for r in find_citations(text)] == [source]


@pytest.mark.parametrize("text, sources", [
    ("“Roads are closed,” the Ohio Department of Transportation tweeted.", ["the Ohio Department of Transportation"]),
    ("The Tribune editorial board, in turn, said the plan was reckless.", ["The Tribune editorial board"]),
    ("Lobbyists who do business with the county insist the bids were fair.", ["lobbyists who do business with the county"]),
    ("A report issued three weeks before the vote concluded that turnout fell.", ["A report"]),
])
def test_bodies_that_tweet_and_subjects_with_a_clause_after_them(text, sources):
    assert [r["source"] for r in find_citations(text)] == sources


@pytest.mark.parametrize("text", [
    "Coastal states, such as Oregon, were hit first.",  # "states" is the noun
    "Nine states have laws that limit early voting.",
    "Refugees fled to neighbouring states.",
    "Exports added 2,000 jobs last month.",  # "added" with its object
    "The committee added another amendment.",
    "Hiking routes add miles to the trip.",
    "The mayor called the council members “cowards,'' criticized their vote and left.",  # no speaker after "criticized"
])
def test_nouns_and_other_senses_of_states_add_and_object_verbs_are_no_citations(text):
    assert [r["source"] for r in find_citations(text) if r["cue"] in ("states", "added", "add", "criticized")] == []


def test_the_charter_states_that_is_a_document_speaking():
    assert [r["cue"] for r in find_citations("The Olympic Charter states plainly that doping is banned.")] == ["states"]


@pytest.mark.parametrize("text, source, quote", [
    ("\"We will rebuild the bridge by spring,'' Roe said.", "Roe", "direct"),  # opened straight, closed with two apostrophes
    ("“The storm was worse than forecast,’’ Mayor Ann Roe said.", "Ann Roe", "direct"),  # closed with two right single quotes
])
def test_a_quotation_closed_by_two_apostrophes_whatever_opened_it(text, source, quote):
    assert [(r["source"], r["quote"]) for r in find_citations(text)] == [(source, quote)]


def test_said_ms_and_a_name_stay_one_sentence():
    from helpers.sentences import split_sentences

    text = "A coalition of tenant groups, in a statement, praised Ms. Roe's stance. It left."
    assert [s.text for s in split_sentences(text)] == ["A coalition of tenant groups, in a statement, praised Ms. Roe's stance.",
                                                       "It left."]


@pytest.mark.parametrize("text, sources", [
    ("Ann Roe, a historian at Dover College, added to the Ledger: the vote was unusual.", ["Ann Roe"]),  # to whom, then what
    ("The strike added to the pressure on the council.", []),  # "added to" the pressure: nothing said
    ("Rescue officials in the province have confirmed that 12 people died.", ["Rescue officials in the province"]),
    ("Turnout fell, according to a Nov. 9 analysis by the Civic Data Lab.", ["the Civic Data Lab"]),
    ("Rents rose, according to U.S. Census Bureau figures.", ["U.S. Census Bureau"]),  # whose figures
    ("Paper ballots, cheap and auditable, are the safest choice, argued Ann Roe, a county clerk.", ["Ann Roe"]),
])
def test_what_follows_added_auxiliaries_abbreviations_and_a_clause_before_an_inverted_speaker(text, sources):
    assert [r["source"] for r in find_citations(text)] == sources


def test_the_official_is_never_officials_cited_before():
    text = ("Union officials said the rule was unfair. “It is fair,” the official said. "
            "A ministry official, Tom Berg, said it was needed. “We consulted everyone,” the official said.")
    assert [r["source"] for r in find_citations(text)] == ["union officials", "the official", "Tom Berg", "Tom Berg"]


@pytest.mark.parametrize("text, source, kind", [
    ("Talk show host Ann Roe said the debate was rigged.", "Ann Roe", "media"),  # a job before the name, lower case in news style
    ("The count was slow, said Ledger columnist Tom Berg.", "Tom Berg", "media"),
    ("Tom Berg, a correspondent for the Courier, said the count was slow.", "Tom Berg", "media"),
    ("Lincoln biographer Ann Roe said he slept little.", "Ann Roe", "expert"),
    ("Governor-elect Tom Berg said he would cut taxes.", "Tom Berg", "official"),
])
def test_journalists_and_other_jobs_written_before_the_name(text, source, kind):
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == [(source, kind)]


def test_a_title_of_several_words_named_before_gives_the_later_surname_its_role():
    text = "Deputy Attorney General Tom Berg signed the order. Berg said the inquiry was needed."
    assert [(r["source"], r["kind"], r["role"]) for r in find_citations(text)] == [("Tom Berg", "official", "Deputy Attorney General")]


@pytest.mark.parametrize("text", [
    "She also wrote the foreword to the museum’s catalogue.",  # writing something, not saying what
    "Roe writes thoughtfully and often about the courts.",
    "Gov. Ann Roe declared a state of emergency in four counties.",  # an act
    "Republicans have maintained a narrow lead in the House.",  # kept, not said
    "The senator could hardly believe it.",  # a reaction
    "Council members argued behind closed doors about the budget.",  # a quarrel, content not given
    "As we reported last week, the budget is short.",  # the outlet's own voice
    "In the past we have argued for a higher tax.",
    "Don’t expect a vote before the summer.",
    "Roe never promised that the plant would stay open.",  # what was not said
    "According to that logic, every tax is a burden.",  # nobody says it
    "As she continued, the room fell silent.",  # no content
])
def test_other_senses_negations_and_the_outlets_own_voice_are_no_citations(text):
    assert find_citations(text) == []


def test_a_body_with_woman_or_health_in_its_name_is_no_person():
    from helpers.citations import _looks_like_person

    assert not _looks_like_person("Whole Woman’s Health") and not _looks_like_person("Mercy Hospital")


@pytest.mark.parametrize("text, quotes", [
    ("Roe moved there in the '80s, the paper said. \"We stayed,\" she said.", ["We stayed,"]),  # a decade, no quotation
    ("The class of '16 said 'thanks' to the staff.", ["thanks"]),
    ("He said 'it is over and walked out.", []),  # a straight single mark never closed: an apostrophe
    ("She left the room.\"We won,\" she told the crowd.", ["We won,"]),  # a scrape lost the space after the full stop
])
def test_decades_unclosed_apostrophes_and_quotes_after_a_lost_space(text, quotes):
    from helpers.quotes import quote_spans

    assert [text[s:e] for s, e in quote_spans(text)] == quotes


@pytest.mark.parametrize("text, sources", [
    ("Nevertheless, the Courier reported that the count was slow.", ["the Courier"]),
    ("Following the vote, Roe said the count was slow.", ["Roe"]),
    ("Secondly, voters say the economy is weak.", ["voters"]),
    ("Nothing she said was true.", []),
])
def test_sentence_adverbs_are_never_part_of_a_name(text, sources):
    assert [r["source"] for r in find_citations(text)] == sources


@pytest.mark.parametrize("text, sources", [
    ("10:40 A.M. Ann Roe said the hearing would resume.", ["Ann Roe"]),  # a live blog's time before the name
    ("It was later disclosed that the memo existed.", ["unattributed"]),
    ("It was reported recently that the plant would close.", ["unattributed"]),
])
def test_live_blog_times_and_more_unattributed_passives(text, sources):
    assert [r["source"] for r in find_citations(text)] == sources


@pytest.mark.parametrize("text, sources", [
    ("Roe also wrote the council had ignored the warnings.", ["Roe"]),  # what was written, not a thing written
    ("Her adviser Tom Berg wrote about her: “You took the endorsements.”", ["Tom Berg"]),  # about whom, then what
    ("In an interview, Roe continued to insist she was not responsible.", ["Roe"]),
    ("According to Roe, however, the plan was sound.", ["Roe"]),  # the aside after "according to X" ends X
])
def test_written_reports_continued_insistence_and_asides_after_according_to(text, sources):
    assert [r["source"] for r in find_citations(text)] == sources


@pytest.mark.parametrize("text, source, role, affiliation", [
    ("Likely Democratic nominee Ann Roe said the plan was sound.", "Ann Roe", "Likely nominee", "Democratic"),
    ("Atty. Gen. Tom Berg said the memo was withdrawn.", "Tom Berg", "Atty. Gen.", ""),
])
def test_what_a_candidacy_is_yet_and_abbreviated_titles_are_no_affiliation(text, source, role, affiliation):
    assert [(r["source"], r["role"], r["affiliation"]) for r in find_citations(text)] == [(source, role, affiliation)]


def test_as_he_continued_is_no_citation_but_he_continued_with_a_quotation_is():
    text = ("Judge Tom Berg opened the hearing. As he continued, the clerk took notes. "
            "“Why depart from precedent?” he continued. He continued: “We will see.”")
    assert [(r["source"], r["quote"]) for r in find_citations(text)] == [("Tom Berg", "direct"), ("Tom Berg", "direct")]


# Seen missed in real articles (a third review of the 180 real articles' misses): every case below is written in
# our own words, each a general way news text attributes speech.
@pytest.mark.parametrize("text, expected", [
    # a conjunction opening the clause is no part of the name, for weak cues too
    ("But Nixon admitted that it will be a challenge.", [("Nixon", "admitted")]),
    # documents and bodies speak for whoever wrote them
    ("The proposal said that the department decided not to make changes.", [("The proposal", "said")]),
    ("The analysis found that 32 states are not doing enough.", [("The analysis", "found")]),
    ("Private polling shows the senator with a comfortable lead.", [("Private polling", "shows")]),
    ("The committee said that the plan failed.", [("The committee", "said")]),
    ("The Trump team responded in a statement: “These are the same people.”", [("The Trump team", "responded")]),
    # verbs of speech that were not in the lexicon, present tense and participles
    ("That makes this year’s election crucial, Moore asserts.", [("Moore", "asserts")]),
    ("Moore points out that the richest pay most of the taxes.", [("Moore", "points out")]),
    ("Rep. Ann Ocasio, a New York Democrat, questioned whether other lawmakers will be held to account.",
     [("Ann Ocasio", "questioned")]),
    ("John Bolton, the former envoy, implied on Fox News that the administration was behind it.", [("John Bolton", "implied")]),
    ("The justices ruled that the law had “no health benefits.”", [("the justices", "ruled")]),
    ("Sen. John Thune, R-S.D., blasted the exemption as “crony capitalism at its worst.”", [("John Thune", "blasted")]),
    ("Republicans also defended the committee, noting that a prior committee had nine Democrats.", [("Republicans", "noting")]),
    ("The panel reversed that ruling, writing that the law was different.", [("The panel", "writing")]),
    # unnamed people as the subject
    ("Others note that the plan failed.", [("others", "note")]),
    ("Some argue that the richest can afford to pay more.", [("some", "argue")]),
    # be + -ing is no passive
    ("Gov. Jay Nixon is criticizing the “over-militarization” of the police response.", [("Jay Nixon", "criticizing")]),
    ("Ryan, interestingly, has been claiming that the House funded the wall.", [("Ryan", "claiming")]),
    # an adverb after a party tag or an appositive, a colon before the quotation, a comma before it
    ("Rep. Mike Rogers, R-Mich., also agreed that the police reaction was imbalanced.", [("Mike Rogers", "agreed")]),
    ("“It is fine,” Jesse Thomas, the acting chief executive of Crowdpac, recently told reporters.", [("Jesse Thomas", "told")]),
    ("The message is clear, says Brandon Busteed, who leads Gallup’s education work: “Go debt free.”",
     [("Brandon Busteed", "says")]),
    ("Erin Murphy, a lawyer for the House, called the position, “the most aggressive of claims.”", [("Erin Murphy", "called")]),
    # an organisation's name with "and" in it is one speaker
    ("A Health and Human Services official also disputed the claim that this is aimed at unions.",
     [("a Health and Human Services official", "disputed")]),
    ("The Board of Standards and Appeals ruled that the city may order the stories torn down.",
     [("The Board of Standards and Appeals", "ruled")]),
    # a courtesy title makes a person of a name that is also a place
    ("Mr. Holland said that some states run “false flag” operations.", [("Holland", "said")]),
    # "maintains" and "reminds" with what was said after them
    ("The company maintains that it did nothing wrong.", [("The company", "maintains")]),
    ("Sen. Ann Roe reminded reporters that the vote was close.", [("Ann Roe", "reminded")]),
    # a name joined to an unnamed group: both speak
    ("Berg and others said the election was rigged.", [("others", "said"), ("Berg", "said")]),
])
def test_more_ways_news_text_attributes_speech(text, expected):
    assert [(r["source"], r["cue"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text", [
    "NATO members have agreed to meet that new spending goal by 2035.",  # "agreed to" an act, not to what was said
    "There was confusion about whether the former governor was telling the truth.",
    "Lawyers sued to change election rules at the last minute.",
    "The attorney general has not ruled out that rioters will be paid.",
    "The company expanded, adding 200 jobs.",
    "Police questioned the suspect for hours.",
    "The disputed territory lies to the north.",
    "Those who backed it are delusional if they think the old order was sustainable.",  # a supposition
    "The party maintains control of the chamber.",
    "The photo reminds us of the war.",
])
def test_other_senses_of_the_new_cues_are_no_citation(text):
    assert find_citations(text) == []


def test_the_court_is_not_the_justices_cited_before():
    text = "The justices ruled that the law had no benefits. Since then, the Supreme Court declared that it would hear the case."
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == [("the justices", "anonymous"),
                                                                        ("the Supreme Court", "institution")]


def test_a_surname_that_is_a_noun_of_the_lexicon_stays_a_person():
    assert [(r["source"], r["kind"]) for r in find_citations("Sen. Bill Ames said the votes are there.")] == [("Bill Ames", "official")]


def _sources(text):
    return [(r["source"], r["kind"]) for r in find_citations(text)]


def test_he_after_a_surname_opening_the_sentence_is_that_person_named_in_full_before():
    text = ("Ben Carter, a state representative, sent the email. “This is disgusting,” replied Greta Hall, a Democrat.\n\n"
            "On Sunday, facing a backlash, Carter apologized in an op-ed. “I take my responsibility seriously,” he wrote.")
    assert [r["source"] for r in find_citations(text)][-1] == "Ben Carter"
    # …after a courtesy title of the pronoun's gender, or as a possessive opening the sentence
    text = ("Carla Fine is running.\n\n“She is fantastic,” said Brian Moss, a county chairman.\n\n"
            "Mrs. Fine’s high point came after the debates, where she cast herself as an outsider.\n\n"
            "She said she had the business acumen the country needs.")
    assert [r["source"] for r in find_citations(text)] == ["Brian Moss", "Carla Fine"]
    assert [r["source"] for r in find_citations(text.replace("Mrs. Fine", "Mr. Fine"))] == ["Brian Moss", "Brian Moss"]


def test_a_role_given_inside_a_quotation_is_no_role_of_the_person_named_there():
    text = ("Many supporters will vote for the party's presumptive nominee, Tom Berg, and Ann Roe said, “Today I "
            "congratulate Tom Berg, a very decent man who I will work with.”\n\nBerg will make the effort, as he suggested today.")
    assert [(r["source"], r["role"]) for r in find_citations(text)] == [("Ann Roe", ""), ("Tom Berg", "presumptive nominee")]


def test_he_after_a_sentence_with_a_leading_clause_is_the_main_clauses_subject():
    text = ("While Ann Roe appeared to accept the explanation, Tom Berg frowned at the argument.\n\n"
            "“What if a leader leaned over and said it?” he asked.")
    assert [r["source"] for r in find_citations(text)] == ["Tom Berg"]


def test_a_subject_pronoun_is_never_a_person_its_own_clause_names_after_it():
    text = ("Lena Kyle was among Ms. Ford’s best friends.\n\nShe also said Ms. Kyle socialized with the other attendees.")
    assert find_citations(text) == []
    text = "President Tom Berg spoke first.\n\nHe then warned Ann Roe that she would be “in jail.”"
    assert [r["source"] for r in find_citations(text)] == ["Tom Berg"]
    assert [r["source"] for r in find_citations(text.replace("warned Ann Roe", "warned Berg"))] == []


def test_she_can_stand_for_one_unnamed_person_when_no_one_named_is_in_reach():
    text = ("“I think his heart was in the right place,” Juror B-12 said on CNN on Monday night. "
            "She told the host she found the investigator, Carl Serra, to be truthful. "
            "Serra testified he believed the defendant. “It made a big impression on me,” the juror said. "
            "Prosecution witnesses knew what had happened, she told the host.")
    assert [r["source"] for r in find_citations(text)] == ["juror B-12", "juror B-12", "Carl Serra", "juror B-12", "juror B-12"]


def test_a_description_after_a_sentence_about_one_named_person_is_that_person():
    text = ("Tara Rourke is not backing down.\n\nThe Arizona Republican, who lost the 2022 race, told Fox News on "
            "Wednesday that the election was “stolen.”\n\n“I will not pretend otherwise,” she said.")
    assert [r["source"] for r in find_citations(text)] == ["Tara Rourke", "Tara Rourke"]
    # …but not when the sentence before names two people: "the Chinese leader" is not its subject
    assert _sources("Joe Biden met Xi Jinping in Bali. The Chinese leader said talks were useful.") == \
        [("the Chinese leader", "anonymous")]


@pytest.mark.parametrize("text, expected", [
    ("“It was fine,” the juror said.", [("the juror", "anonymous")]),  # the singulars of plural role rows
    ("Witness Ann Roe said it was fine.", [("Ann Roe", "citizen")]),  # a citizen's role opening the sentence
    ("His Republican opponent, state Sen. Joel Hart, said in a statement that the mayor was “running from his record.”",
     [("Joel Hart", "official")]),
    ("A resident of the area told reporters the water was rising.", [("a resident of the area", "anonymous")]),
    ("The committee’s top Democrat, Adam Schiff, said the memo was accurate.", [("Adam Schiff", "unknown")]),
    ("Then-Attorney General Eric Holder said the memo was accurate.", [("Eric Holder", "official")]),
    # adverbs before the verb are no part of the speaker
    ("Police chiefs from around the country swiftly condemned the officer.", [("police chiefs from around the country", "anonymous")]),
    ("“We are ready,” a woman in the crowd said.", [("a woman in the crowd", "anonymous")]),
    # a description between commas after a name is never the speaker in the name's place
    ("“Nobody will outwork me,” Maria Estes, the Democratic nominee in the 8th District, told KDVR-TV.",
     [("Maria Estes", "official")]),
])
def test_one_person_described(text, expected):
    assert _sources(text) == expected


def test_posts_embedded_in_a_page_are_cited_as_their_authors(tmp_path):
    from helpers.analysis import analyse_article
    from helpers.outlets import sourcing_outlets

    from .conftest import write_corpus

    page = ("Tributes came in on Sunday after the former first lady died. Sen. Tom Berg said she was a model of grace.\n\n"
            "Her legacy will outlast us all. pic.twitter.com/ab12 — Tom Berg (@SenTomBerg) March 6, 2016\n\n"
            "Thank you for everything you gave this country and its people.\n\n"
            "— Rep Ann Roe (@RepAnnRoe) March 6, 2016\n\n"
            "A rock for her husband. https://t.co/x9 — Hank Hale (@hankhale) March 6, 2016\n\n"
            "The funeral will be held on Friday.")
    folder = write_corpus(tmp_path, {"a.txt": page}, "file,outlet\na.txt,Example News\n")
    out = analyse_article(folder, {"file": "a.txt", "id": "a", "outlet": "Example News"}, cache=False)
    embeds = [r for r in out["citations"] if r["origin"] == "embed"]
    assert [(r["source"], r["kind"], r["quote"], r["quote_text"]) for r in embeds] == [
        ("Tom Berg", "official", "direct", "Her legacy will outlast us all."),  # described as the body describes him
        ("Ann Roe", "official", "direct", "Thank you for everything you gave this country and its people."),
        ("Hank Hale", "unknown", "direct", "A rock for her husband.")]
    # the post the page prints as a paragraph of its own is that person's voice, not the outlet's narration
    voice = {s["text"]: s["voice"] for s in out["sentences"]}
    assert voice["Thank you for everything you gave this country and its people."] == "quoted"
    assert voice["The funeral will be held on Friday."] == "own"
    assert "Her legacy" not in out["articles"][0]["body"]  # the signed line itself is page furniture
    # and the sourcing tables count them like quotations in the text
    citations = pd.DataFrame(out["citations"])
    sourcing = sourcing_outlets(citations, pd.DataFrame(out["sentences"]), pd.DataFrame(out["articles"]))
    assert sourcing.loc[0, "citations"] == len(citations) and sourcing.loc[0, "named_sources"] == 3


def test_roles_the_text_gives_elsewhere():
    # a title of two words whose last word is no title alone
    text = "The inquiry was led by Special Counsel Robert Mueller for two years. Mueller said the report did not clear him."
    assert _sources(text) == [("Robert Mueller", "official")]
    # a role stated as the predicate of a sentence about the person, found for a later citation by full name
    text = ("Jared Kushner testified on Monday. Mr Kushner, 36, is a senior adviser to the president. "
            "“I did not collude,” Mr Kushner said.")
    assert _sources(text) == [("Jared Kushner", "official"), ("Jared Kushner", "official")]


def test_he_is_not_a_name_standing_as_a_possessive_inside_the_sentence_before():
    text = ("“It is a hoax,” President Tom Berg said at the rally. The president also disparaged Ann Roe's inquiry there. "
            "He added: “It’s a disgrace.”")
    assert [r["source"] for r in find_citations(text)] == ["Tom Berg", "Tom Berg"]
    text = "President Tom Berg took office in May. Berg's White House is full of drama. “I like conflict,” he said on Tuesday."
    assert [r["source"] for r in find_citations(text)] == ["Tom Berg"]


def test_a_surname_the_text_titles_alone_is_not_the_relative_it_names_in_full():
    # "President Berg" is never named in full; "Lena Berg", his daughter, is: "Berg said" is the president,
    # "Ms. Berg" is the daughter, and neither takes the other's role
    text = ("Lena Berg runs a bakery in town. “He should speak out,” Ms. Berg said in an interview. When President Berg spoke on Monday, "
            "the crowd cheered. “Nobody did more,” Berg said.")
    rows = [(r["speaker"], r["source"], r["role"]) for r in find_citations(text)]
    assert rows == [("Ms. Berg", "Lena Berg", ""), ("Berg", "Berg", "President")]


def test_names_and_roles_written_around_a_name():
    # a party tag after a name that follows the quotation is the party's, not part of the name
    [r] = find_citations("“It is weak,” said Sen. Tom Berg (D-MA).")
    assert (r["source"], r["role"], r["affiliation"]) == ("Tom Berg", "Sen.", "Democrat, MA")
    # a building named for a person is no person
    assert _sources("Ann Roe spoke at Roe Tower on Monday. “It went well,” Roe said.") == [("Ann Roe", "unknown")]
    # the role first, the name as its appositive
    text = "The nation's director of intelligence, Tom Berg, resigned. “It is time,” Mr Berg said."
    assert [(r["source"], r["role"], r["kind"]) for r in find_citations(text)] == \
        [("Tom Berg", "director of intelligence", "official")]
    # an aside naming who told a newspaper is no appositive role, and a name never runs across a paragraph break
    text = "The dispute went on with Mr Hale.\n\nMr Berg, the former aide told the newspaper, felt ignored. “I was,” Mr Berg said."
    assert {r["source"] for r in find_citations(text)} == {"Berg"}
    # a full name with a title before it, or a courtesy title, is still the full name a later surname stands for
    text = "Senator Ann Roe and Mr Tom Roe met. Dr Ivo Hale spoke first. “Fine,” Hale said."
    assert _sources(text)[-1][0] == "Ivo Hale"


@pytest.mark.parametrize("text", [
    "Plus, as I’ve said a million times, two words explain why he won.",  # the writer's own voice
    "Anybody said it was fine, and everyone agreed.",
    "Details confirmed by the agency track closely with earlier reports.",  # a participle: its agent comes after
])
def test_no_source_in_these(text):
    assert find_citations(text) == []


def test_sources_written_in_ways_that_lost_words():
    assert _sources("Saudi Arabia confirmed that the king had approved the move.")[0][0] == "Saudi Arabia"
    assert _sources("Someone close to the president said he was angry.") == [("Someone close to the president", "anonymous")]
    # "responded by saying" is active
    assert _sources("Tom Berg responded by saying the deal was weak.") == [("Tom Berg", "unknown")]
    # a post whose display name is its handle, written in one word
    body = "“Tariffs hurt farmers,” wrote Sen. Ann Roe, R-Iowa."
    post = {"author": "AnnRoe", "handle": "AnnRoe", "date": "May 13, 2019", "text": "Tariffs hurt farmers and families"}
    embedded = [r for r in find_citations(body, embeds=[post]) if r["cue"] == "posted"]
    assert [(r["source"], r["kind"], r["role"]) for r in embedded] == [("Ann Roe", "official", "Sen.")]


def test_a_lead_in_ending_in_a_colon_gives_the_next_paragraphs_quotation_its_speaker():
    text = ("The senator was blunt on Tuesday.\n\nHere's Haley:\n\n“We will not stand by. It is wrong.”\n\nThen she left.\n\n"
            "In a statement, Sen. Ann Roe said:\n\n“The bill is a disgrace.”\n\nThe vote is next week. Here's what we know: little.")
    rows = [(r["source"], r["quote"], r["quote_text"]) for r in find_citations(text)]
    assert rows == [("Haley", "direct", "We will not stand by. … It is wrong."), ("Ann Roe", "direct", "The bill is a disgrace.")]
    # the page cleaner keeps the lead-in as prose, not as a subheading
    from helpers.cleaning import clean_text
    cleaned = clean_text("A long first paragraph of the story sets out what happened on Tuesday in the chamber.\n\n"
                         "Here's Haley:\n\n“We will not stand by while this happens. It is wrong.”\n\n"
                         "Then she left the chamber without taking any questions from reporters.")
    assert "Here's Haley:" in cleaned.paragraphs and not cleaned.headings


def test_every_sentence_of_a_quotation_before_its_attribution_is_the_speakers():
    text = "“The plan failed. We knew it would. Nobody listened,” said Ann Roe, a professor at Example University."
    [r] = find_citations(text)
    assert r["evidence"] == text and r["start"] == 0


def test_a_title_of_two_abbreviations_is_one_title():
    text = ("Another official who spoke to the panel was retired Army Lt. Gen. Tom Berg, a former intelligence chief. "
            "He also served as an adviser, and he tells the panel that the plan failed.")
    assert _sources(text) == [("Tom Berg", "official")]
    assert find_citations(text)[0]["role"] == "retired Lt. Gen."  # retired: a status, kept with the title


def test_middle_initials_and_titles_in_the_full_name_a_surname_stands_for():
    # the full name with a middle initial and a title before it is the one "Bush" and "George W." stand for, even
    # where the text also writes "President Bush" (the same title: the same person)
    text = ("In an interview, former President George W. Bush praised his successor's wife. Despite years of blame "
            "aimed at President Bush, George W. says he likes her. “She likes my humor,” Bush said.")
    assert {r["source"] for r in find_citations(text)} == {"George W. Bush"}
    assert _sources("Historian David W. Blight wrote the book. Blight explains three visions of memory.")[0][0] == \
        "David W. Blight"
    # a capitalised speech verb after a name is no part of it
    text = "The bar offers free drinks whenever President Ann Roe Tweets about the hearing. “No comment,” she said."
    assert {r["source"] for r in find_citations(text)} == {"Ann Roe"}
    # an aside ending the appositive is not part of the role
    [r] = find_citations("Tom Berg, a cubmaster and father of two, told the Times that the rule was unfair.")
    assert r["role"] == "cubmaster and father of two"
    # "The Rev." before a name is a courtesy title, not a description
    assert _sources("The Rev. Ann Roe, a pastor in Ohio, denounced the ruling on Friday. “It is wrong,” Roe wrote.") == \
        [("Ann Roe", "unknown"), ("Ann Roe", "unknown")]


def test_a_role_without_an_article_after_a_name_is_an_appositive():
    # "Ann Roe, leader of …," names a person the next sentence's "he"/"she" can stand for
    text = ("The president told reporters he was joking.\n\nAt Thursday's briefing, Tom Berg, leader of the science office "
            "at the Department of Homeland Security, described new research. He added that disinfectants worked too.")
    assert [(r["source"], r["role"]) for r in find_citations(text)][-1] == ("Tom Berg", "leader of science office")


def test_a_role_before_a_name_after_a_possessive_is_the_persons_role():
    # "Ann Roe’s campaign manager, Tom Berg," gives Berg the role, and the owner as his affiliation
    text = "Ann Roe’s campaign manager, Tom Berg, was desperate for names.\n\n“We had no one,” Berg said."
    assert [(r["source"], r["kind"], r["role"], r["affiliation"]) for r in find_citations(text)] == \
        [("Tom Berg", "official", "campaign manager", "Ann Roe")]
    text = "Trayvon’s father, Tracy Lee, spoke on Sunday.\n\n“It was not fair,” Lee said."
    assert [(r["source"], r["kind"], r["role"]) for r in find_citations(text)] == [("Tracy Lee", "citizen", "father")]
    # a possessive before a name and a list is no role ("Russia’s Putin, Xi Jinping and Kim met")
    text = "Russia’s Putin, Xi Jinping and Kim met.\n\nXi said the talks were useful."
    assert [(r["source"], r["role"]) for r in find_citations(text)] == [("Xi Jinping", "")]


def test_a_document_is_cited_for_its_author_and_the_book_for_the_author_cited_before():
    text = ("Trump approved the plan, according to former national security adviser Tom Berg's upcoming memoir, "
            "\u201cThe Room.\u201d\n\nThe interpreter agreed, according to the book.\n\n"
            "\u201cHe stressed farmers,\u201d the former national security adviser said.")
    got = [(r["source"], r["role"]) for r in find_citations(text)]
    assert got == [("Tom Berg", "former national security adviser")] * 3
    # a participle and when, then "by": the one who released the documents
    [r] = find_citations("He pleaded guilty, according to court documents unsealed on Monday by special counsel Ann Roe.")
    assert (r["source"], r["role"], r["affiliation"]) == ("Ann Roe", "special counsel", "")


def test_a_surname_of_two_words_is_the_person_cited_by_full_name():
    text = "Congressman Tom van Berg made his exit official on Thursday, he explained.\n\nVan Berg stated that the chairman threatened him."
    assert [(r["source"], r["role"]) for r in find_citations(text)] == [("Tom van Berg", "Congressman")] * 2
    text = "Congressman Tom Van Berg spoke first, he explained.\n\nVan Berg stated that the chairman threatened him."
    assert [r["source"] for r in find_citations(text)] == ["Tom Van Berg"] * 2


def test_a_title_of_three_words_in_lower_case_is_one_title():
    [r] = find_citations("White House chief of staff Tom Berg said the plan was sound.")
    assert (r["source"], r["role"], r["affiliation"]) == ("Tom Berg", "chief of staff", "White House")


def test_the_president_is_the_one_titled_president_without_a_country():
    text = ("President Ann Roe met Russian President Tom Berg on Monday.\n\n"
            "\u201cFew people knew him,\u201d the president wrote on Tuesday.")
    assert [r["source"] for r in find_citations(text)] == ["Ann Roe"]
    text = "President Ann Roe met Russian President Tom Berg.\n\n\u201cIt went well,\u201d the Russian president said."
    assert [r["source"] for r in find_citations(text)] == ["Tom Berg"]


def test_who_heads_a_research_body_is_an_expert_and_who_heads_an_agency_an_official():
    text = "“It is a dodge,” Ann Roe, executive director of the Example Policy Institute, told me."
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == [("Ann Roe", "expert")]
    text = "Tom Berg, director of the Environmental Protection Agency, said the rule would stand."
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == [("Tom Berg", "official")]


def test_a_title_of_two_words_is_one_title_and_a_role_stops_before_a_quotation_or_a_participle():
    text = ("Inspector General Ann Roe rebuked former Attorney General Tom Berg on Monday.\n\n"
            "Berg said he would not resign.\n\n"
            "\u201cThese are not ordinary aircraft,\u201d said Lee Park, a senior policy analyst with the Example Liberties "
            "Union, calling the flights significant \u201cif the government keeps a fleet of them.\u201d\n\n"
            "\u201cHe knew it,\u201d wrote Vigano,\u201d adding \u201che covered for him to the bitter end.\u201d")
    got = {r["source"]: (r["role"], r["affiliation"]) for r in find_citations(text)}
    assert got["Tom Berg"] == ("former Attorney General", "")
    assert got["Lee Park"] == ("senior policy analyst", "Example Liberties Union")
    assert got["Vigano"] == ("", "")  # nothing of the masked quotation leaks into a role


def test_a_paragraph_after_a_lead_in_ending_with_a_colon_is_a_block_quotation():
    from helpers.quotes import quote_spans

    text = ("The court ruled against the government on Tuesday.\n\nThe Prime Minister told the Example Radio:\n\n"
            "As I say, I strongly disagree with this decision. We will comply.\n\nThe opposition welcomed the ruling.")
    assert [text[s:e] for s, e in quote_spans(text)] == ["As I say, I strongly disagree with this decision. We will comply."]
    [record] = find_citations(text)
    assert (record["source"], record["quote"]) == ("the Prime Minister", "direct") and "We will comply." in record["evidence"]
    # no lead-in of speech, or a quotation of its own: nothing added
    for lead_in in ("The schedule was as follows:", "The budget breaks down as follows:", "To put it simply:"):
        plain = f"{lead_in}\n\nThe talks open on Monday and close on Friday."
        assert quote_spans(plain) == [], lead_in
    marked = "She said:\n\n\u201cWe will comply,\u201d and then she left the room."
    assert [marked[s:e] for s, e in quote_spans(marked)] == ["We will comply,"]


@pytest.mark.parametrize("role", ["sociologist", "psychologist", "criminologist", "demographer", "statistician",
                                  "legal scholar"])
def test_a_scholar_named_by_the_field_is_an_expert(role):
    record = _one(f"\u201cIt is structural,\u201d said {role} Ann Roe.")
    assert (record["source"], record["kind"], record["role"]) == ("Ann Roe", "expert", role)


def test_she_after_a_person_introduced_behind_a_family_role_word_is_that_person():
    text = ("Ann Roe owns a salon in the city. Sales are down this week, said Ann Roe, its co-owner.\n\n"
            "Mom Lee Park came up with a homeschooling plan for Victor and Anna after their school closed. They kept to the school "
            "schedule, she said.\n\n\u201cEverything is up in the air,\u201d she said.")
    got = [(r["speaker"], r["source"]) for r in find_citations(text)]
    assert got[1:] == [("she", "Lee Park"), ("she", "Lee Park")]


@pytest.mark.parametrize("text, source", [
    ("Donald Roe, Jr. said the hearing went well.", "Donald Roe Jr"),
    ("Martin Lee King, Jr., said it in 1963.", "Martin Lee King Jr"),
    ("Ann Roe, III, told reporters it was fine.", "Ann Roe III"),
    ("Donald Roe, Jr., says the hearing went well.", "Donald Roe Jr"),
])
def test_a_generational_suffix_set_off_by_commas_is_part_of_the_name(text, source):
    assert [r["source"] for r in find_citations(text)] == [source]


def test_a_gendered_title_tells_he_from_she():
    text = ("Prime Minister Tom Berg suspended the council on Monday.\n\nQueen Ann Roe approved his request, as she is "
            "required to do. He says it is a routine decision.")
    assert [(r["speaker"], r["source"]) for r in find_citations(text)] == [("He", "Tom Berg")]


@pytest.mark.parametrize("text, got", [
    ("If Ann Roe or any other owner thinks that he gives the players everything, then who pays him?", []),
    ("Unless the court says otherwise, the vote goes ahead on Friday.", []),
    ("If the deal fails, the minister said, prices will rise.", [("the minister", "said")]),
    ("If the agency pays him back - and Tom Berg said it would - the case ends.", [("Tom Berg", "said")]),  # an aside
])
def test_a_cue_in_a_condition_opening_the_sentence_is_supposed_not_reported(text, got):
    assert [(r["speaker"], r["cue"]) for r in find_citations(text)] == got


@pytest.mark.parametrize("text, got", [
    ("It was the leak of a seriously confidential national security note to the mayor that few had seen.", []),
    ("Some of the senators note in a letter that the deal is fragile.", [("Some of the senators", "note")]),
    ("The mayor and her advisers note that the deal is fragile.", [("her advisers", "note"), ("The mayor", "note")]),
])
def test_a_cue_word_closing_a_noun_phrase_before_a_preposition_is_the_noun(text, got):
    assert [(r["speaker"], r["cue"]) for r in find_citations(text)] == got


@pytest.mark.parametrize("lead_in", [
    "The Example Times reports:",
    "From the Example News story:",
    "According to the U.S. Attorney's office:",
    "The company published a statement on its website saying that \u2018under no circumstance\u2019:",
    "Ann Roe responded with these posts:",
    "Tom Berg breaks that aspect down:",
    "As the mayor put it in her speech on Monday:",
    "Ann Roe argues in her new book:",
    "The senator pointed out:",
])
def test_lead_ins_of_block_quotations(lead_in):
    from helpers.quotes import quote_spans

    text = f"The council met on Monday.\n\n{lead_in}\n\nThe plan will cost more than expected. Work stops in May."
    assert "The plan will cost more than expected. Work stops in May." in [text[s:e] for s, e in quote_spans(text)]


@pytest.mark.parametrize("text, speaker", [
    ("Five people familiar with the paper's parent company, Example Media Inc., who spoke on the condition of anonymity, "
     "said the safe was real.", "Five people familiar with the paper's parent company"),
    ("Sources close to the board, Ann Roe among them, said it would vote.", "Sources close to the board"),
    ("People close to the mayor, including her chief of staff, Tom Berg, said she would run.", "Tom Berg"),
    ("Two officials familiar with the work of the Example Council, the city's planning body, said the vote would slip.",
     "Two officials familiar with the work of the Example Council"),
    ("Senior officials close to the governor, Jane Doe, said she would sign the bill.",
     "Senior officials close to the governor"),
])
def test_unnamed_people_described_by_what_they_know_are_the_subject_not_what_they_know(text, speaker):
    assert [r["speaker"] for r in find_citations(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "Two people familiar with the talks, speaking on condition of anonymity, said the deal was close.",
    "Two people familiar with the talks, speaking on condition of anonymity because they were not authorized to "
    "discuss them, told the Example Post the deal was close.",
])
def test_the_anonymity_aside_stands_between_unnamed_people_and_their_verb(text):
    record = _one(text)
    assert (record["speaker"], record["kind"]) == ("Two people familiar with the talks", "anonymous")


@pytest.mark.parametrize("text, speaker, kind", [
    ("Lawyers for the whistleblower said their client had never worked for a candidate.", "Lawyers for the whistleblower",
     "anonymous"),
    ("A lawyer representing the family said she would appeal.", "A lawyer representing the family", "anonymous"),
    ("Sources on the transition team say the picks are final.", "Sources on the transition team", "anonymous"),
    ("Protesters on the bridge said they would stay.", "Protesters on the bridge", "group"),
    ("The whistleblower said in a memo that the call was troubling.", "The whistleblower", "anonymous"),
    ("Some worshipers said they were afraid to return.", "Some worshipers", "group"),
    ("\u201cIt is better to be careful,\u201d said churchgoer Ann Roe.", "churchgoer Ann Roe", "citizen"),
    ("The suit said the company had hidden the losses.", "The suit", "institution"),
    ("\u201cPatch now,\u201d the advisory said.", "the advisory", "institution"),
    # a document someone wrote is theirs: "Tom Berg's letter adds" cites Tom Berg
    ("\u201cWe expect this to worsen,\u201d Tom Berg's letter adds.", "Tom Berg", "unknown"),
    ("\u201cWe expect this to worsen,\u201d the Example Council's statement adds.", "the Example Council", "institution"),
])
def test_unnamed_sources_described_by_whom_they_act_for_or_where_they_are(text, speaker, kind):
    assert [(r["speaker"], r["kind"]) for r in find_citations(text)] == [(speaker, kind)]


def test_a_description_after_a_name_between_commas_stays_the_names():
    text = "\u201cNo one should help them,\u201d Tom Berg, a spokesperson for the Example Council, told reporters."
    assert [r["source"] for r in find_citations(text)] == ["Tom Berg"]


@pytest.mark.parametrize("text, source, affiliation", [
    ("Tom Berg of the Example Institute said prices would fall.", "Tom Berg", "Example Institute"),
    ("Rep. Ann Roe backed the bill. \u201cThis will pass,\u201d said Roe of passing the bill.", "Ann Roe", ""),
])
def test_a_named_person_of_a_body_or_of_a_topic_is_the_person(text, source, affiliation):
    record = find_citations(text)[-1]
    assert (record["source"], record["affiliation"]) == (source, affiliation)


@pytest.mark.parametrize("text, speaker", [
    ("Tom Berg last year conceded that the plan would fail.", "Tom Berg"),
    ("Ann Roe on Friday evening told reporters that the talks had stalled.", "Ann Roe"),
    ("The whistleblower reportedly wrote that the official was shaken.", "The whistleblower"),
    ("The mayor in a statement said the plan would fail.", "The mayor"),
    ("An aide who was not authorized to speak publicly said the vote would slip.",
     "An aide who was not authorized to speak publicly"),
])
def test_when_and_how_between_a_subject_and_its_verb_of_saying(text, speaker):
    assert [r["speaker"] for r in find_citations(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("In Harbour City, the Example Justice Department said it would appeal.", "the Example Justice Department"),
    ("Oddly, the article says the plan failed.", "the article"),
    ("As Ann Roe, professor of history at Example College, wrote in 2014, the numbers are clear.", "Ann Roe"),
])
def test_an_opening_phrase_before_a_comma_is_not_the_speaker(text, speaker):
    assert [r["speaker"] for r in find_citations(text)] == [speaker]


@pytest.mark.parametrize("text, got", [
    ("Tom Berg smiled and said he would resist pressure.", [("Tom Berg", "said")]),
    ("Judge Ann Roe faced lawmakers on Thursday and said she would not resign.", [("Judge Ann Roe", "said")]),
    ("Roe's lawyers demanded her release and said the detention was punitive.", [("Roe's lawyers", "said")]),
    ("When Tom Berg won and said he would govern, the markets rose.", []),
    ("The vote passed and said nothing.", []),
])
def test_a_named_subject_that_did_one_thing_and_said_another(text, got):
    assert [(r["speaker"], r["cue"]) for r in find_citations(text)] == got


@pytest.mark.parametrize("text, got", [
    ("Ann Roe smiles and says she is ready.", [("Ann Roe", "says")]),
    ("Republicans blame the governor and say the plan will fail.", [("Republicans", "say")]),
    ("Senate Republicans oppose the bill and say it costs too much.", [("Senate Republicans", "say")]),
    ("Sanders supporters boo and say the system is rigged.", [("Sanders supporters", "say")]),
    ("Democrats in Ohio and Michigan say the vote was fair.", [("Democrats in Ohio and Michigan", "say")]),
])
def test_a_subject_that_does_one_thing_and_says_another_in_the_present(text, got):
    assert [(r["speaker"], r["cue"]) for r in find_citations(text)] == got


@pytest.mark.parametrize("text, source, cue", [
    ("The spokeswoman clarified that the policy had not changed.", "the spokeswoman", "clarified"),
    ("Critics counter that the bill is too expensive.", "critics", "counter"),
    ("The mayor labels the plan “a disaster.”", "the mayor", "labels"),
    ("The CBO estimates that the bill will cost $1 trillion.", "The CBO", "estimates"),
    ("“It was a mistake,” Tom Berg recalls.", "Tom Berg", "recalls"),
    ("The senator dismissed the report as “fake news.”", "the senator", "dismissed"),
    ("Officials revealed that the bridge was unsafe.", "officials", "revealed"),
])
def test_more_verbs_of_saying(text, source, cue):
    assert [(r["source"], r["cue"]) for r in find_citations(text)] == [(source, cue)]


@pytest.mark.parametrize("text", [
    "He stood behind the counter.", "Toyota recalls its cars.", "Budget estimates of the program vary.",
    "The court dismissed the case.", "The board rejected the proposal.", "The study revealed new details.",
])
def test_verbs_of_saying_with_other_senses_report_nothing_there(text):
    assert find_citations(text) == []


@pytest.mark.parametrize("text, source", [
    ("“We will win,” said Ann Roe in a statement.", "Ann Roe"),
    ("“We will win,” said Ann Roe in Des Moines.", "Ann Roe"),
    ("“We will win,” said Tom Berg at a rally in Iowa on Tuesday.", "Tom Berg"),
    ("“We will win,” said the mayor in a statement.", "the mayor"),
    ("“We will win,” said a spokesman during a briefing.", "a spokesman"),
    ("“We will win,” said Clinton campaign chairman John Podesta in an email.", "John Podesta"),
    ("“We will win,” said officials in Nepal.", "officials in Nepal"),
    ("“We will win,” said residents of the town in interviews.", "residents of the town"),
])
def test_where_and_how_the_words_were_said_is_not_part_of_an_inverted_speaker(text, source):
    assert [r["source"] for r in find_citations(text)] == [source]


@pytest.mark.parametrize("text, sources", [
    ("Osama bin Laden said the attacks would continue.", ["Osama bin Laden"]),
    ("European Commission President Ursula von der Leyen said the deal was done.", ["Ursula von der Leyen"]),
    ("Saudi Foreign Minister Adel al-Jubeir said diplomats had 48 hours to leave.", ["Adel al-Jubeir"]),
    ("Russia’s Vladimir Putin said the talks were useful.", ["Vladimir Putin"]),
    ("Britain's Prime Minister Theresa May said the talks were useful.", ["Theresa May"]),
    ("The Food and Drug Administration said the drug was safe.", ["The Food and Drug Administration"]),
    ("Customs and Border Protection said the wall was needed.", ["Customs and Border Protection"]),
    ("Mr. Page and Mr. Manafort have denied any wrongdoing.", ["Manafort", "Page"]),
    ("Sen. Ann Roe (R-S.C.) — a vocal hawk who has pushed for sanctions — said the deal was bad.", ["Ann Roe"]),
    ("The talks failed, according to a statement from the White House.", ["the White House"]),
    ("No group immediately claimed responsibility for the attack.", []),
])
def test_names_with_particles_owners_and_conjunctions_and_asides_between_dashes(text, sources):
    assert [r["source"] for r in find_citations(text)] == sources


def test_a_titled_surname_is_the_person_cited_in_full_with_that_title():
    text = ("British Prime Minister Theresa May said the deal was done. Prime Minister May told reporters the talks "
            "were over. Mrs. May added that she was confident. In May, the party said it would win.")
    assert [r["source"] for r in find_citations(text)] == ["Theresa May"] * 3 + ["the party"]
    text = ("Justice Ann Roe said the law was clear. Her son, the Rev. Tom Roe, said the family was grateful. "
            "Rev. Roe added that his mother loved the law.")
    assert [r["source"] for r in find_citations(text)] == ["Ann Roe", "Tom Roe", "Tom Roe"]


def test_an_interview_printed_as_questions_and_answers():
    text = ("Vice President Ann Roe spoke to the radio.\n\nBlock: Is the ban dying? Do you still push?\n\n"
            "Roe: I am still pushing that it pass. We are.\n\nBlock: But he does not have the votes.\n\n"
            "Roe: Well, again. I have never found that it makes sense.\n\nThe interview ended.")
    records = find_citations(text)
    assert [(r["source"], r["quote"], r["form"]) for r in records] == [("Ann Roe", "direct", "speaker label")] * 2
    assert records[1]["evidence"] == "Roe: Well, again. I have never found that it makes sense."
    # headings that open paragraphs without alternating speakers are no interview
    text = "Update: The vote was delayed.\n\nThe senator spoke.\n\nUpdate: The vote passed."
    assert find_citations(text) == []


@pytest.mark.parametrize("text, source, cue", [
    ("In the words of clinical psychologist Gregg Henriques, “the mind is a system.”", "Gregg Henriques", "in the words of"),
    ("Police assured that the area was safe.", "police", "assured"),
    ("Experts worry that the plan will fail.", "experts", "worry"),
    ("The majority of voters say the country is on the wrong track.", "the majority of voters", "say"),
    ("Tom Berg admitted during a recent show that he was wrong.", "Tom Berg", "admitted"),
])
def test_framings_and_verbs_seen_missed_in_real_articles(text, source, cue):
    assert [(r["source"], r["cue"]) for r in find_citations(text)] == [(source, cue)]


@pytest.mark.parametrize("text", ["I worry about the cost.", "The company admitted its mistakes.",
                                  "Voters worry about prices."])
def test_worry_and_admit_without_what_was_said_report_nothing(text):
    assert find_citations(text) == []


@pytest.mark.parametrize("text, got", [
    ("This was the federation's position for years, says labor analyst Ann Roe.", [("Ann Roe", "says")]),
    ("A nursing supervisor at Example Memorial Hospital told reporters the patient was stable.",
     [("a nursing supervisor at Example Memorial Hospital", "told")]),
    ("The driver tried to flee (according to one witness) trying to drive away.", [("one witness", "according to")]),
    ("His pals on the Hill insist that he is right.", []),
    ("Tom Berg issued a statement saying the report was false.", [("Tom Berg", "saying")]),
    ("A statement from the White House said the plan was on track.", [("the White House", "said")]),
    ("A report by the Pew Research Center found that voters were divided.", [("the Pew Research Center", "found")]),
    ("Critics of the push for more local control have said the plan would fail.",
     [("critics of the push for more local control", "said")]),
])
def test_speakers_behind_a_role_a_statement_or_a_report_and_not_behind_a_preposition(text, got):
    assert [(r["source"], r["cue"]) for r in find_citations(text)] == got


def test_the_interviewer_is_the_label_that_asks_the_most_questions():
    text = ("Vice President Ann Roe spoke.\n\nBlock: Let us start with the ban. Is the White House still pushing?\n\n"
            "Roe: I am still pushing that it pass.\n\nBlock: You are going to push for it.\n\nRoe: Look, we passed it.\n\n"
            "Block: But he does not have the votes.\n\nRoe: Well, again.")
    assert [r["source"] for r in find_citations(text)] == ["Ann Roe"] * 3


@pytest.mark.parametrize("text, got", [
    ("Director of National Intelligence Tom Berg issued a statement saying he had spoken with the president.",
     [("Tom Berg", "official")]),
    ("Six women — so far — have declared their candidacies for the nomination.", []),
    ("Crain's Chicago Business reported last year that the cases cost millions.", [("Crain's Chicago Business", "institution")]),
    ("Rep. Rob Bishop, R-Utah, said the rule was bad. “It will fail,” Mr. Bishop said.",
     [("Rob Bishop", "official"), ("Rob Bishop", "official")]),
])
def test_titles_with_of_candidacies_publications_and_a_surname_that_is_a_clerical_title(text, got):
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == got


@pytest.mark.parametrize("text", [
    "CNN's Jake Tapper said the debate was heated.",
    "“It was heated,” said CNN's Jake Tapper.",
    "I appeared on a panel with CNN's Jake Tapper, who described the debate as heated.",
])
def test_a_journalist_named_with_the_outlet_possessive_is_the_person_and_the_media_speaking(text):
    assert [(r["source"], r["kind"], r["affiliation"]) for r in find_citations(text)] == [("Jake Tapper", "media", "CNN")]


@pytest.mark.parametrize("text, got", [
    ("The Pentagon said on Monday that the strike was lawful. It added that no civilians were hurt.",
     [("The Pentagon", "The Pentagon"), ("It", "The Pentagon")]),
    ("A report by the Government Accountability Office found that costs had doubled. It warned that delays were likely.",
     [("the Government Accountability Office", "the Government Accountability Office"),
      ("It", "the Government Accountability Office")]),
    ("The ministry said the talks had failed.\n\nThe decision was criticised. It says a lot about the government that "
     "nobody resigned.", [("The ministry", "The ministry")]),
    ("Officials said the talks had failed. It added that no one was hurt.", [("officials", "officials")]),
    ("The Kremlin said the meeting was useful.\n\nPutin arrived late.\n\nThe talks went on.\n\nIt added that they would "
     "continue.", [("The Kremlin", "The Kremlin")]),
    ("At this point, it is often claimed that Kim will send shells.", [("unattributed", "unattributed")]),
])
def test_it_stands_for_the_body_or_document_cited_just_before(text, got):
    assert [(r["speaker"], r["source"]) for r in find_citations(text)] == got


def test_a_courtesy_title_is_no_name_a_pronoun_can_stand_for():
    text = ("Special Counsel Robert Mueller spoke. Speaking on Wednesday, Mr Mueller said his inquiry had not cleared Mr Trump."
            "\n\nMr Mueller was tasked with the inquiry.\n\nHe said charging a president was not an option.\n\n"
            "Democratic candidates Cory Booker and Pete Buttigieg publicly advocated impeachment.\n\n"
            "\"Congress has an obligation,\" said Mr Booker, a senator from New Jersey.")
    assert [(r["speaker"], r["source"]) for r in find_citations(text)] == [
        ("Mr Mueller", "Robert Mueller"), ("He", "Robert Mueller"), ("Mr Booker", "Cory Booker")]


@pytest.mark.parametrize("text, got", [
    ("Adam Rammel received a loan. \"We can't pay,\" Rammel said.\n\nLaury Hammel owns six gyms. He doubts he can reopen.",
     [("Rammel", "Adam Rammel"), ("He", "Laury Hammel")]),
    ("Goldman Sachs cut its forecast. He said the firm was wrong.", []),
    ("The National Museum has 118 million specimens. He reasoned that there must be more.", []),
])
def test_he_just_after_a_sentence_that_opens_with_a_full_name(text, got):
    assert [(r["speaker"], r["source"]) for r in find_citations(text)] == got


def test_a_journalist_behind_a_plural_possessive_outlet():
    record = find_citations("The New York Times’ Glenn Thrush reported this week that the plan had failed.")[0]
    assert (record["source"], record["kind"], record["affiliation"]) == ("Glenn Thrush", "media", "The New York Times")


@pytest.mark.parametrize("text, got", [
    ("The first Republican congressman to call for impeachment, Representative Justin Amash, said: \"The ball is in our court.\"",
     [("Justin Amash", "Representative", "")]),
    ("Vermont senator Bernie Sanders stopped short of endorsing it, but said in a post: \"I will support their decision.\"",
     [("Bernie Sanders", "senator", "Vermont")]),
    ("Robert Mueller spoke. He detailed the charges and said that charging the president was not an option.",
     [("Robert Mueller", "", "")]),
    ("Democrats in Congress rejected the deal and said it was unfair.", []),
])
def test_a_role_with_what_says_which_one_and_a_subject_that_did_one_thing_but_said_another(text, got):
    assert [(r["source"], r["role"], r["affiliation"]) for r in find_citations(text)] == got


@pytest.mark.parametrize("text, got", [
    ("\"We're focused on family,\" former Rhode Island Rep. Patrick Kennedy, the son of Ted Kennedy, who was born in 1967, "
     "told ABC's Byron Pitts.", [("Patrick Kennedy", "official")]),
    ("Human Rights Campaign, one of the country's leading LGBTQ rights groups, said the change was wrong.",
     [("Human Rights Campaign", "institution")]),
    ("The Clinton campaign said the change was wrong.", [("The Clinton campaign", "official")]),
    ("Nationwide, the White House said, 70,000 children would lose access.", [("the White House", "institution")]),
    ("Meta, the parent company of Facebook, said the talks failed.", [("Meta", "institution")]),
    ("No-one from the Trump administration has so far commented on the reports.", []),
    ("No one from the White House said anything.", []),
    ("Neither the White House nor the Pentagon commented.", []),
    ("Retail expert Dan Wagner from Powa Technologies told Sky News that prices would fall.", [("Dan Wagner", "expert")]),
    ("Tom Berg from Ohio said the plan failed.", [("Tom Berg", "unknown")]),
])
def test_subjects_after_a_quotation_named_bodies_openers_and_no_one(text, got):
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == got


@pytest.mark.parametrize("text, got", [
    ("President Trump nominated Durham last year and the Senate unanimously confirmed him.", []),
    ("The ministry confirmed her death on Monday.", [("The ministry", "institution")]),
    ("According to the Centers for Disease Control and Prevention our enemy has infected 32 million Americans.",
     [("the Centers for Disease Control and Prevention", "institution")]),
    ("Doctors Without Borders said the clinic was hit.", [("Doctors Without Borders", "institution")]),
    ("Senate Democrats said the plan failed.", [("Senate Democrats", "group")]),
    ("Some Danes explained that the broadcasts were jammed.", [("some Danes", "group")]),
])
def test_a_vote_to_confirm_someone_a_run_on_source_and_bodies_by_their_proper_names(text, got):
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == got


@pytest.mark.parametrize("text, got", [
    ("Quarantines \"appear excessive,\" according to bioethicists Lawrence Gostin and James Hodge.",
     [("Lawrence Gostin", "bioethicist", "expert"), ("James Hodge", "bioethicist", "expert")]),
    ("Officials said the plan failed.", [("officials", "officials", "anonymous")]),
])
def test_a_plural_title_before_names_is_each_name_with_the_title(text, got):
    assert [(r["source"], r["role"], r["kind"]) for r in find_citations(text)] == got


def test_a_title_in_a_photo_caption_gives_the_person_a_role_and_never_a_citation():
    text = "While many Americans are afraid, Melissa Ackison says the pandemic has filled her with anger."
    caption = "FILE - In this April 13, 2020, file photo Ohio state senate candidate Melissa Ackison, left, stands outside."
    assert [(r["source"], r["role"]) for r in find_citations(text)] == [("Melissa Ackison", "")]
    assert [(r["source"], r["role"]) for r in find_citations(text, captions=[caption])] == [("Melissa Ackison", "candidate")]
    assert find_citations("The weather was fine.", captions=["Ann Roe, the mayor, said the town was safe."]) == []


def test_a_description_after_a_sentence_that_names_one_person_and_a_book_title():
    text = ("Hillary Clinton strikes a defiant tone in her memoir \"Hard Choices\" and knocks those \"who exploit\" the "
            "attack, according to a Politico report.\n\nThe former secretary of state also writes that the attack is "
            "surrounded by \"misinformation.\" \"I was responsible,\" Clinton writes.")
    assert [(r["source"], r["role"]) for r in find_citations(text)][1:] == [
        ("Hillary Clinton", "former secretary of state"), ("Hillary Clinton", "former secretary of state")]


def test_a_pronoun_in_the_persons_own_relative_clause_tells_their_gender():
    text = ("\"I saw Jackie,\" said Tina Towner, who shot footage of the motorcade from outside the depository when she "
            "was only 13 years old.\n\n\"Everybody knew there would be trouble,\" he said.")
    assert [r["source"] for r in find_citations(text)] == ["Tina Towner"]


@pytest.mark.parametrize("text, got", [
    ("\"He is entitled to review,\" the president's lawyer Patrick Strawbridge wrote.", [("Patrick Strawbridge", "lawyer")]),
    ("Sara Harberson spoke. Harberson, based in Philadelphia, said many juniors take the tests this season.",
     [("Sara Harberson", "")]),
    ("Iowa-based ACT said all students will be offered the chance to reschedule.", [("Iowa-based ACT", "")]),
    ("\"These are crazy ideas,\" Dean said.", [("Dean", "")]),
    ("He apologised hours after demanding an apology from ViacomCBS, which condemned him and said it was cutting ties.", []),
])
def test_an_owner_before_a_named_role_a_place_based_body_and_a_relative_clause_between(text, got):
    assert [(r["source"], r["role"]) for r in find_citations(text)] == got


@pytest.mark.parametrize("text, got", [
    ("\"I have apologized,\" McDonnell said.\n\nMcDonnell's Democratic successor, Terry McAuliffe, issued his own "
     "statement.\n\n\"This is a sad day,\" he said.", [("McDonnell", "McDonnell"), ("he", "Terry McAuliffe")]),
    ("\"We won,\" Trump said. Trump met John Smith and shook his hand. He said the talks went well.",
     [("Trump", "Trump"), ("He", "Trump")]),
    ("\"We will run,\" Zak Ringelstein said.\n\nHe was not yet a member of the Democratic Socialists of America, even if "
     "he liked it. Three days later, he told reporters it was time to join.",
     [("Zak Ringelstein", "Zak Ringelstein"), ("he", "Zak Ringelstein")]),
])
def test_he_after_a_sentence_that_names_one_person_in_full_with_his_or_her_close_behind(text, got):
    assert [(r["speaker"], r["source"]) for r in find_citations(text)] == got


@pytest.mark.parametrize("text, got", [
    ("Hefner characterized the event as a \"rally\" for freedom.", [("Hefner", "characterized")]),
    ("Prosecutors portrayed Manafort as a tax cheat who lied to banks.", [("prosecutors", "portrayed")]),
    ("Schumer promised his party \"will be watching.\"", [("Schumer", "promised")]),
    ("Graham floated the idea on CNN of a new commission.", [("Graham", "floated")]),
    ("Scalise calls the legislation \"the most invasive threat.\"", [("Scalise", "calls")]),
    ("The company promised a refund.", []),
    ("Trump calls on Congress to act.", []),
])
def test_characterise_portray_promise_float_and_calls(text, got):
    assert [(r["source"], r["cue"]) for r in find_citations(text)] == got


def test_a_military_title_without_its_full_stop_as_british_outlets_write_it():
    text = ("Gen Joseph Dunford, the chairman of the Joint Chiefs of Staff, said the mission was sound. "
            "\"It was a hard fight,\" Gen Dunford said.")
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == [("Joseph Dunford", "official")] * 2


@pytest.mark.parametrize("text, got", [
    ("Attorneys general for two states controlled by Democrats praised the ruling.", []),
    ("Most Republicans and independents who lean toward the GOP say the party should move on.", []),
    ("A report commissioned by the ministry found that costs rose.", [("the ministry", "institution")]),
    ("The news report published by the New York Times on Sunday said a memo proposed a definition.",
     [("the New York Times", "media")]),
])
def test_the_agent_of_a_participle_or_the_object_in_a_relative_clause_is_no_subject(text, got):
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == got


def test_one_of_a_persons_lawyers_then_the_name_keeps_the_relation_as_the_role():
    record = find_citations("One of Mr Trump's lawyers, Jay Sekulow, said that the meeting broke no laws.")[0]
    assert (record["source"], record["role"], record["affiliation"]) == ("Jay Sekulow", "lawyers", "Mr Trump")


def test_he_in_which_stands_for_whose_words_they_were():
    text = ("\"He is a lightweight,\" Mr Trump said of Senator Bob Corker. \"Trump is wrong,\" Mr Corker said.\n\n"
            "Mr Trump's tweets answered Mr Corker's comments on ABC, in which he suggested the president should stop.")
    assert [r["source"] for r in find_citations(text)][-1] == "Bob Corker"


def test_a_judgement_before_a_title_is_neither_role_nor_affiliation():
    record = find_citations("Influential Republican Senator Bob Corker said the plan failed.")[0]
    assert (record["source"], record["role"], record["affiliation"]) == ("Bob Corker", "Senator", "Republican")


@pytest.mark.parametrize("text, got", [
    ("It was an assertion denied by top Christie officials.", [("top Christie officials", "anonymous")]),
    ("The account was disputed by the Kremlin on Monday.", [("the Kremlin", "institution")]),
    ("The film was described by critics as a masterpiece.", [("critics", "group")]),
    ("The plan was announced by the end of the week.", []),
    ("The offer was rejected by voters in 2019.", []),
    ("Seaver was claimed by the Chicago White Sox.", []),
])
def test_the_agent_of_a_passive_verb_of_saying_is_its_source(text, got):
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == got


def test_a_widow_is_a_member_of_the_public_and_heads_her_description():
    assert [(r["source"], r["kind"]) for r in find_citations(
        "Myeshia Johnson, widow of Sgt La David Johnson, told ABC News the call \"made me cry\".")] == [("Myeshia Johnson", "citizen")]
    assert [r["role"] for r in find_citations("The widow of a dead US soldier says the call went badly.")] == ["widow"]


@pytest.mark.parametrize("text, got", [
    ("The pro-Palestinian lobby group J Street stated that it was \"proud\" of its role.", [("J Street", "institution")]),
    ("The newspaper Le Monde reported that the talks failed.", [("Le Monde", "media")]),
    ("According to the South Korean news agency Yonhap, the talks failed.", [("Yonhap", "media")]),
    ("A group of protesters said the plan failed.", [("a group of protesters", "group")]),
])
def test_a_body_described_by_what_it_is_then_named_is_its_name(text, got):
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == got


@pytest.mark.parametrize("text, got", [
    ("Nick Cannon apologized late Wednesday for \"hurtful and divisive\" comments.", [("Nick Cannon", "apologized")]),
    ("Clinton casts doubt on the claims in the book.", [("Clinton", "casts doubt on")]),
    ("He apologized to the family.", []),  # no one named or cited before for "he" to stand for
])
def test_an_apology_and_casting_doubt_are_statements(text, got):
    assert [(r["source"], r["cue"]) for r in find_citations(text)] == got


@pytest.mark.parametrize("text, got", [
    ("The call made headlines when Democratic congresswoman Frederica Wilson - who had heard it with the family - accused "
     "him of insensitivity.", [("Frederica Wilson", "accused")]),
    ("Republican Senator Lindsey Graham admitted he had \"little insight\" on the mission.", [("Lindsey Graham", "admitted")]),
    ("\"I did not say it,\" Trump said. He has dismissed the account of the call given by Ms Wilson as \"fabricated\".",
     [("Trump", "said"), ("Trump", "dismissed")]),
    ("The price - a record - said nothing about demand.", []),
])
def test_an_aside_between_spaced_hyphens_admitted_with_a_clause_and_a_long_dismissal(text, got):
    assert [(r["source"], r["cue"]) for r in find_citations(text)] == got


def test_prof_is_a_title_and_the_body_then_the_title_is_the_person_cited_with_both():
    text = ("\"Students fear speaking,\" said Nicole Neily, president of Speech First. An article quoted California State "
            "University Prof. Carlos Tejeda writing, \"I nearly had to cancel class.\" He described himself as \"triggered.\""
            "\n\nThe Speech First president pointed out that reactions can be unfair.")
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == [
        ("Nicole Neily", "official"), ("Carlos Tejeda", "expert"), ("Carlos Tejeda", "expert"), ("Nicole Neily", "official")]


@pytest.mark.parametrize("text, role, affiliation", [
    ("\"Not tax,\" said Uzo Asonye, a member of Robert Mueller's team looking at possible collusion.", "member",
     "Robert Mueller's team"),
    ("The government presented its first witness, Tad Devine, a political consultant who recalled his work.",
     "political consultant", ""),
])
def test_a_description_stops_before_a_participle_phrase_or_a_relative_pronoun(text, role, affiliation):
    record = find_citations(text)[0]
    assert (record["role"], record["affiliation"]) == (role, affiliation)


def test_a_lawyer_named_with_the_client_anywhere_in_the_text_keeps_the_title():
    text = "Manafort's attorney Thomas Zehnle painted a different portrait. \"Gates lied,\" Zehnle said."
    record = find_citations(text)[0]
    assert (record["source"], record["role"], record["affiliation"], record["kind"]) == (
        "Thomas Zehnle", "attorney", "Manafort", "unknown")


@pytest.mark.parametrize("text, got", [
    ("Trump has also accused the whistleblower and White House officials who gave him information of being spies and "
     "suggested they may be guilty of treason.", [("Trump", "suggested")]),
    ("Trump met Putin and the Kremlin said the talks went well.", [("the Kremlin", "said")]),
    ("Stone smiled and said the plan failed.", [("Stone", "said")]),
])
def test_a_second_verb_after_and_shares_the_sentences_subject(text, got):
    assert [(r["source"], r["cue"]) for r in find_citations(text)] == got


def test_a_person_named_as_the_object_of_the_first_verb_does_not_say_what_follows_and():
    text = ("Democrats on the committee on Monday called on its chairman, Lindsey Graham, a close ally of Trump, to hold "
            "hearings, and said the panel should act.")
    assert "Lindsey Graham" not in [r["source"] for r in find_citations(text)]


def test_which_he_denies_stands_for_the_person_just_named_even_as_an_object():
    text = ("Governor Ralph Northam said he would stay. Two women publicly accused Lt. Gov. Justin Fairfax of sexual "
            "assault, which he denies.")
    assert [r["source"] for r in find_citations(text)][-1] == "Justin Fairfax"


@pytest.mark.parametrize("text, role, affiliation", [
    ("Senate Minority Leader Chuck Schumer said the bill was dead.", "Senate Minority Leader", ""),
    ("House Majority Leader Steny Hoyer said the vote would happen.", "House Majority Leader", ""),
    ("Top Democrat Chuck Schumer said the bill was dead.", "", "Democrat"),
    ("Republican Ann Roe said the bill was dead.", "", "Republican"),
])
def test_party_offices_and_party_labels_before_a_name(text, role, affiliation):
    record = _one(text)
    assert (record["source"], record["role"], record["affiliation"]) == (text.split(" said")[0].split()[-2] + " "
                                                                        + text.split(" said")[0].split()[-1], role, affiliation)


@pytest.mark.parametrize("text, source", [
    ("A spokesman for McDonald's said the price was fair.", "a spokesman for McDonald's"),
    ("Lowe's says the stores will open.", "Lowe's"),
    ("The company's said it will appeal.", "the company"),
])
def test_a_name_that_ends_in_s_before_a_verb_of_saying_is_no_possessive(text, source):
    assert _one(text)["source"].lower() == source.lower()


def test_whose_claim_is_still_no_speaker():
    assert "Whitcomb" not in [r["source"] for r in find_citations("Whitcomb's claim was false, the court found.")]


@pytest.mark.parametrize("text", ['"No way," said Chuck Schumer.', '"Never," Ann Roe told reporters.'])
def test_a_short_statement_that_opens_the_sentence_is_a_direct_quote(text):
    assert _one(text)["quote"] == "direct"


def test_a_fragment_inside_reported_speech_stays_mixed():
    assert _one('Chuck Schumer said the plan was "a disaster" and left.')["quote"] == "mixed"


@pytest.mark.parametrize("text, source", [
    ('Rep. Ann Lee, a Democrat from Ohio, voted no. "This is a disaster," the lawmaker said.', "Ann Lee"),
    ('Rep. Ann Lee met voters. "This is a disaster," the congresswoman said.', "Ann Lee"),
    ('Sen. Tom Berg and Rep. Ann Lee met. "This is a disaster," the lawmaker said.', "the lawmaker"),  # two: no guess
])
def test_the_lawmaker_is_the_one_legislator_the_text_names(text, source):
    assert _one(text)["source"] == source


def test_the_title_is_the_person_the_text_named_with_it_since_the_last_one_cited_with_it():
    text = ("President Tom Berg called for new rules on Monday.\n\n“We are stunned,” said Carl Lee, president and CEO of "
            "the Cable Association.\n\nBerg, in his statement, called for an outright ban.\n\nThe president said regulators should act.")
    assert [r["source"] for r in find_citations(text)] == ["Tom Berg", "Carl Lee", "Tom Berg", "Tom Berg"]
    # …but the one cited last, when the text has not named the other since
    text = text.replace("Berg, in his statement, called for an outright ban.", "The association sued.")
    assert [r["source"] for r in find_citations(text)][-1] == "Carl Lee"


@pytest.mark.parametrize("text, sources", [
    ("Critics and residents said the plan would fail.", {"critics", "residents"}),
    ("On Monday, local doctors and nurses said the hospital was full.", {"local doctors", "nurses"}),
    ("Police arrested protesters and officials said the area was calm.", {"officials"}),  # an object, then a new clause
])
def test_two_plural_nouns_for_people_joined_by_and_are_two_sources(text, sources):
    assert {r["source"] for r in find_citations(text)} == sources


@pytest.mark.parametrize("text, source", [
    ('Tom Berg spoke. Ann Lee, a nurse, also spoke. "It is over," the professor said.', "the professor"),
    ('Ann Lee, a nurse, also spoke. "It is over," the nurse said.', "Ann Lee"),
    ("Tamsin Rourke is not backing down. The Arizona Republican told Fox News she would run.", "Tamsin Rourke"),
])
def test_the_person_just_named_is_described_again_only_by_a_title_that_fits(text, source):
    assert find_citations(text)[-1]["source"] == source


def test_he_just_after_an_unnamed_insider_is_the_insider_not_a_man_named_earlier():
    text = ("Bernie Sanders won 22 states. A respected political insider recently told me most Americans were content. "
            "“The economy is in good shape,” he said.")
    assert find_citations(text)[-1]["source"].endswith("political insider")


@pytest.mark.parametrize("text", ["The power structure of America wrote off Sanders as an aberration.",
                                  "The bank writes down the loans every year."])
def test_write_off_and_write_down_report_nothing_said(text):
    assert find_citations(text) == []


@pytest.mark.parametrize("text, source", [
    ('Former New York Mayor Rudy Giuliani met the press. "It is over," the former New York mayor said.', "Rudy Giuliani"),
    ('Vice President Ann Roe spoke. "It is over," the vice president said.', "Ann Roe"),
    ('Vice President Ann Roe spoke. "It is over," the president said.', "the president"),  # not the vice president
    ('Mayor Ann Roe spoke. "It is over," the former mayor said.', "the former mayor"),  # not the mayor in office
])
def test_a_description_of_title_and_place_is_the_one_person_the_text_titles_so(text, source):
    assert find_citations(text)[-1]["source"] == source


def test_a_status_word_before_the_place_belongs_to_the_title():
    record = _one("Former New York Mayor Rudy Giuliani said the count was wrong.")
    assert (record["role"], record["affiliation"]) == ("Former Mayor", "New York")


@pytest.mark.parametrize("text", [
    '"It is over," said prosecutor Bernie de la Rionda. "We won," said de la Rionda.',
    '"It is over," said prosecutor Bernie de la Rionda. De la Rionda told the jury it was over.',
    "Prosecutor Bernie de la Rionda spoke. De la Rionda told the jury it was over.",
])
def test_a_surname_that_opens_with_a_particle_is_the_person_named_in_full(text):
    records = find_citations(text)
    assert (records[-1]["source"], records[-1]["role"].lower()) == ("Bernie de la Rionda", "prosecutor")


@pytest.mark.parametrize("text, sources", [
    ("Iranian forces seized the UK-flagged oil tanker Stena Impero in the Gulf saying it was in breach of rules.", []),
    ("The video shows Donald Trump saying the bill was dead.", ["Donald Trump"]),
    ("The senator issued a statement saying the bill was dead.", ["the senator"]),
])
def test_a_participle_without_a_comma_is_said_by_its_noun_only_after_a_verb_of_showing_or_quoting(text, sources):
    assert [r["source"] for r in find_citations(text)] == sources


def test_a_weekday_before_the_subject_is_when_not_who():
    record = _one("Then on Thursday President Donald Trump said a US warship had destroyed an Iranian drone.")
    assert (record["source"], record["role"], record["affiliation"]) == ("Donald Trump", "President", "")


def test_lead_belongs_to_the_title():
    assert _one("Lead defense attorney Mark O'Mara says Zimmerman is concerned.")["role"] == "Lead defense attorney"


@pytest.mark.parametrize("text", [
    'Longtime talk show host Dennis Prager says he was wrong. "I was opposed to Donald Trump," said Prager.',
    "Talk show host Dennis Prager appeared on TV. Prager said the book was done.",
])
def test_a_journalist_keeps_the_title_at_later_mentions(text):
    assert (find_citations(text)[-1]["kind"], find_citations(text)[-1]["role"]) == ("media", "host")


@pytest.mark.parametrize("text, sources", [
    ("Voting rights activists said the law was unfair.", {"Voting rights activists"}),
    ("On Monday, health officials said the outbreak was over.", {"health officials"}),
    ("Liberal activists and civil rights leaders said the law was unfair.", {"Liberal activists", "civil rights leaders"}),
    ("Police arrested protesters and officials said the area was calm.", {"officials"}),
])
def test_lower_case_nouns_before_a_plural_of_people_belong_to_it(text, sources):
    assert {r["source"] for r in find_citations(text)} == sources


@pytest.mark.parametrize("text, role, affiliation", [
    ("Rachel Jeantel, a woman of Haitian descent whose testimony was laced with slang, told the court she was scared.",
     "woman", ""),
    ('"We won," said Michael Berry of Liberty Institute, a Florida-based public interest law firm representing them.',
     "", "Liberty Institute"),
    ("Adam Schiff, the top Democrat on the House Intelligence Committee, said the memo was false.",
     "top Democrat on the House Intelligence Committee", "Democrat"),  # the party; the committee is his seat
    ("Ann Roe, a lawyer representing Acme Corp., said the vote was unfair.", "lawyer", "Acme Corp"),
])
def test_what_an_appositive_says_of_the_person_and_not_of_a_body_or_a_family(text, role, affiliation):
    record = find_citations(text)[0]
    assert (record["role"], record["affiliation"]) == (role, affiliation)


@pytest.mark.parametrize("text, source", [
    ("It contains the Ten Commandments, which Christians believe is a God-given code.", "Christians"),
    ("Evangelicals say it is a God-given code.", "Evangelicals"),
])
def test_believers_are_a_group_not_a_person(text, source):
    assert (_one(text)["source"], _one(text)["kind"]) == (source, "group")


def test_he_after_a_journalist_and_a_group_cited_in_one_sentence_is_the_journalist():
    text = ("Talk show host Dennis Prager spoke. He said the Ten Commandments, which Christians believe is God-given, "
            "are his subject. “I believe it,” he said.")
    assert find_citations(text)[-1]["source"] == "Dennis Prager"


@pytest.mark.parametrize("text, source", [
    ("Jeb Bush will run for president in 2016, the Sun-Sentinel reported.", "the Sun-Sentinel"),
    ("The Orlando Sentinel reported that the vote was close.", "The Orlando Sentinel"),
])
def test_a_newspaper_by_its_masthead_is_the_media(text, source):
    assert (_one(text)["source"], _one(text)["kind"]) == (source, "media")


def test_a_media_critic_is_the_media():
    record = _one('"It was a mistake," commented Washington Post media critic Erik Wemple.')
    assert (record["source"], record["kind"], record["role"], record["affiliation"]) == (
        "Erik Wemple", "media", "media critic", "Washington Post")


def test_a_role_with_a_body_after_to_is_still_a_role():
    record = _one("Nikki Haley, U.S. ambassador to the United Nations, said that Tehran is complying.")
    assert (record["kind"], record["role"]) == ("official", "U.S. ambassador to the United Nations")


def test_a_participle_after_of_and_a_name_is_said_by_that_person():
    assert _one("This may be an instance of Hillary Clinton telling the public what it wants.")["source"] == "Hillary Clinton"


def test_he_after_a_sentence_with_a_leading_clause_is_the_main_clause_subject():
    text = ("Peter Navarro is an adviser. But when the 60 Minutes host Bill Whitaker challenged Navarro about claims by "
            "Trump, Navarro responded pugnaciously. “Let me push back a little bit on that,” he said.")
    assert find_citations(text)[-1]["source"] == "Peter Navarro"


def test_a_quotation_credited_after_a_dash_is_its_speakers():
    text = ("Readers are split on the plan.\n\n"
            "“Do I want to touch the cash you were holding? No.” — Harvard economist Ann Roe to Politico\n\n"
            "“The system is outdated. It will not last.”\n\n"
            "— Tom Berg, Financial Times\n\n"
            "“We will keep taking cash.” — Mary Lee, union president, to the Guardian")
    found = find_citations(text)
    assert [(r["source"], r["quote"], r["channel"]) for r in found] == [
        ("Ann Roe", "direct", "Politico"), ("Tom Berg", "direct", "Financial Times"), ("Mary Lee", "direct", "the Guardian")]
    assert found[0]["role"] == "economist" and found[0]["kind"] == "expert"
    # each credit takes the quotation before it, not the one after
    assert found[1]["evidence"].startswith("“The system is outdated.") and "We will keep" not in found[1]["evidence"]


@pytest.mark.parametrize("text", [
    "“It was a long night.”\n\n— The vote was delayed until Friday.",  # a dash opening prose, not a credit
    "The plan failed.\n\n— Tom Berg, Financial Times",  # no quotation before the dash
])
def test_a_dash_credits_only_a_quotation_just_before_it(text):
    assert find_citations(text) == []


def test_a_party_tag_anywhere_gives_the_person_a_party_for_later_mentions():
    text = ("The bill was backed by Sens. Ann Roe (D-Fla.) and Tom Berg (R-Ariz.) on Monday. Roe said the bill would pass. "
            "The Arizona Republican said it would not.")
    assert [(r["source"], r["kind"], r["role"], r["affiliation"]) for r in find_citations(text)] == [
        ("Ann Roe", "official", "Sen.", "Democrat, Fla."), ("Tom Berg", "official", "legislator", "Republican, Ariz.")]
    # a person titled before the tag keeps the title and gains the party; the tag's state is no part of the title
    text = "Sen. Ann Roe (I-Vt.) spoke first. The Vermont senator said the plan was cruel."
    assert [(r["source"], r["role"], r["affiliation"]) for r in find_citations(text)] == [("Ann Roe", "Sen.", "Independent, Vt.")]


@pytest.mark.parametrize("text", [
    "If spies were to hack into, say, elections this fall, the alliance would respond.",  # "say": for example
    "So far, the president and the Senate have confirmed 60 federal judges.",  # a vote on nominees
    "Voters successfully recalled two state senators from office.",  # a recall election
    "According to the math of the Alabama primary, he has little to gain.",  # no one says it
])
def test_other_senses_of_say_confirm_recall_and_according_to(text):
    assert find_citations(text) == []


def test_an_administrator_is_a_title():
    record = _one("Wisconsin Elections Administrator Meagan Wolfe told reporters that results would be late.")
    assert (record["source"], record["kind"], record["role"]) == ("Meagan Wolfe", "official", "Elections Administrator")


def test_the_outlet_after_an_appositive_is_the_channel_not_the_affiliation():
    record = _one("“Crime fell,” said Vikrant Reddy, an analyst with the policy group Right on Crime, to NPR.")
    assert (record["source"], record["affiliation"], record["channel"]) == ("Vikrant Reddy", "Right on Crime", "NPR")


@pytest.mark.parametrize("text, source, kind", [
    ("Per NewsHour: the debate was moved to Thursday.", "NewsHour", "media"),  # "Per" is no first name here
    ("The company lost $3 million in the quarter, per a securities filing.", "a securities filing", "institution"),
    ("The talks collapsed on Monday. Per the Associated Press, no date was set.", "the Associated Press", "media"),
])
def test_per_is_according_to(text, source, kind):
    record = _one(text)
    assert (record["source"], record["kind"], record["cue"]) == (source, kind, "per")


@pytest.mark.parametrize("text, source, cue", [
    ("The White House issued a statement early Tuesday morning indicating that the department “will appeal” the order.",
     "The White House", "indicating"),
    ("House Speaker John Boehner issued a statement Tuesday urging the Senate to pass the bill.", "John Boehner", "urging"),
    ("The Ministry of Home Affairs filed an affidavit in the Supreme Court on Monday stating that the law was needed.",
     "The Ministry of Home Affairs", "stating"),
    ("His national security adviser, H. R. McMaster, indicated Wednesday that this is what will happen.", "H. R. McMaster", "indicated"),
    ("Judge Andrew Hanen found that the states had standing to sue.", "Andrew Hanen", "found"),  # a ruling
    ("A federal appeals court found that the law was unconstitutional.", "A federal appeals court", "found"),
    ("After the Legislature ignored his gun safety bills and following shootings on consecutive days at two high "
     "schools in the state, Gov. Tony Evers pivoted, urging lawmakers to act.", "Tony Evers", "urging"),  # a long opening
])
def test_statements_filings_rulings_and_urging(text, source, cue):
    record = _one(text)
    assert (record["source"], record["cue"]) == (source, cue)


def test_a_quantifier_after_two_subjects_keeps_both_speakers():
    text = "President Obama and Senate Majority Leader Harry Reid both said the deal was dead."
    assert sorted(r["source"] for r in find_citations(text)) == ["Harry Reid", "Obama"]


def test_the_statement_stands_for_whoever_issued_it():
    text = ("The Intercept issued a statement Tuesday saying it obtained the report anonymously.\n\n"
            "“These documents contain unproven assertions,” the statement said.")
    assert [(r["source"], r["quote"]) for r in find_citations(text)] == [("The Intercept", "indirect"), ("The Intercept", "direct")]


def test_a_quotation_split_from_its_credit_belongs_to_the_speaker_who_opens_the_next_sentence():
    # the splitter ends a sentence after "!" and a closing quote; "Trump tweeted" opens the next one
    text = "“Schultz doesn’t have the guts to run for President!” Trump tweeted, adding that he agreed with Schultz."
    records = find_citations(text)
    assert [(r["source"], r["quote"]) for r in records] == [("Trump", "direct")]
    assert records[0]["evidence"].startswith("“Schultz")
    # another's reported words in between close the quotation: it is not given to the next speaker
    text = ("“We will win this,” the memo ends.\n\n“Nothing is certain.” Ann Roe, a pollster, said the race was close.\n\n"
            "Tom Berg said he agreed.")
    assert all(not r["evidence"].startswith("“Nothing") or r["source"] == "Ann Roe" for r in find_citations(text))


def test_began_after_a_quotation_credits_it():
    record = _one("“So, I have a few words,” Van Drew began. “I have been a Democrat for a lot of years.”")
    assert (record["source"], record["cue"], record["quote"]) == ("Van Drew", "began", "direct")


def test_a_document_speaks_and_the_university_of_a_provost_is_still_a_university():
    assert _one("The document says the hackers sent emails to 122 addresses.")["kind"] == "institution"
    text = ("Fresno State President Joseph Castro released a statement Tuesday saying the school did not condone her comments.\n\n"
            "Lynnette Zelezny, the university’s provost, said Wednesday that tenure does not protect her.")
    provost = find_citations(text)[-1]
    assert (provost["source"], provost["kind"], provost["affiliation"]) == ("Lynnette Zelezny", "expert", "Fresno State")


def test_a_verb_after_a_comma_ends_an_appositive():
    text = ("Randa Jarrar, an English professor at Fresno State, launched into a tirade on Twitter that the "
            "university’s president condemned, saying it was cruel.")
    assert all("launched" not in r["affiliation"] for r in find_citations(text))


@pytest.mark.parametrize("text, sources", [
    ("Sen. Rand Paul, Gov. Chris Christie and Rep. Peter King have all suggested they are considering runs.",
     ["Chris Christie", "Peter King", "Rand Paul"]),
    ("In Washington, Christie and King said they would run.", ["Christie", "King"]),  # an opening phrase, no third name
])
def test_a_list_of_names_before_a_cue_cites_each(text, sources):
    assert sorted(r["source"] for r in find_citations(text)) == sources


def test_a_state_and_party_before_a_name_make_a_politician_for_later_mentions():
    text = "Florida Democrat Bill Nelson voted against the bill. Nelson said the plan would hurt seniors."
    assert [(r["source"], r["kind"], r["affiliation"]) for r in find_citations(text)] == [
        ("Bill Nelson", "official", "Democrat, Florida")]
    record = _one("Missouri Republican Roy Blunt said no.")  # not "New Hampshire Sanders": the state stays
    assert (record["source"], record["kind"], record["affiliation"]) == ("Roy Blunt", "official", "Republican, Missouri")
    record = _one("The Missouri Democrat Claire McCaskill spoke first. McCaskill said no.")
    assert (record["source"], record["kind"], record["affiliation"]) == ("Claire McCaskill", "official", "Democrat, Missouri")


def test_a_party_tag_after_a_chamber_title_gives_the_party_and_keeps_the_chamber_in_the_role():
    text = ("House Majority Leader Steny Hoyer, D-Md., said the vote would happen in the afternoon.\n\n"
            "The House accused Trump of abusing the power of his office. Hoyer said it would take ten minutes.")
    records = find_citations(text)
    assert [(r["source"], r["role"], r["affiliation"]) for r in records] == [
        ("Steny Hoyer", "House Majority Leader", "Democrat, Md."), ("The House", "", ""),  # the chamber, not Hoyer
        ("Steny Hoyer", "House Majority Leader", "Democrat, Md.")]
    text = "House Speaker Nancy Pelosi (D-Calif.) spoke first. Pelosi said the House would vote."
    assert (_one(text)["role"], _one(text)["affiliation"]) == ("House Speaker", "Democrat, Calif.")


@pytest.mark.parametrize("text, expected", [
    ("The Post reports that the warning was ignored.", [("The Post", "media")]),  # a masthead reports
    ("In some states that allow early voting, turnout rose.", []),  # "states" the noun
    ("Many states that expanded Medicaid saw gains.", []),
    ('"We never met," Mark Judge said in a letter. Judge said he did not recall the party.',
     [("Mark Judge", "unknown"), ("Mark Judge", "unknown")]),  # a surname that is also a title
])
def test_mastheads_plural_nouns_and_surnames_that_are_titles(text, expected):
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, source, cue", [
    ("Sen. Rand Paul (R-Ky.) railed against what he cast as runaway government spending.", "Rand Paul", "railed"),
    ("Sen. Ann Roe implored her colleagues to pass the bill.", "Ann Roe", "implored"),
    ("Kavanaugh swore under oath that he never attended such a party.", "Kavanaugh", "swore"),
    ("The senator teased that an announcement was coming.", "the senator", "teased"),
    ("Critics faulted the agency for its slow response.", "critics", "faulted"),
])
def test_verbs_of_a_public_stand(text, source, cue):
    record = _one(text)
    assert (record["source"], record["cue"]) == (source, cue)


@pytest.mark.parametrize("text, role, affiliation", [
    ("ABC News Chief White House Correspondent Jonathan Karl said the meeting was tense.",
     "Chief White House Correspondent", "ABC News"),  # the outlet, then the rest of the title
    ("BBC North America correspondent Peter Bowes says the deployment is large.", "North America correspondent", "BBC"),
    # a military rank after a title: the title is the role, and a rank alone stays whole ("Rear Adm.", not "Adm.")
    ("Pentagon press secretary Rear Adm. John Kirby said the strikes would continue.", "press secretary", "Pentagon"),
    ("Pentagon press secretary Brig. Gen. Pat Ryder said the strikes would continue.", "press secretary", "Pentagon"),
    ("“We are watching,” Pentagon spokesman Lt. Col. Ann Roe said.", "spokesman", "Pentagon"),
    ("Chairman of the Joint Chiefs of Staff Gen. Mark Milley said the war was a stalemate.",
     "Chairman of the Joint Chiefs of Staff", ""),
    ("Army Brig. Gen. Pat Ryder said the strikes would continue.", "Brig. Gen.", "Army"),
    ("Vice Adm. Ann Roe said the strikes would continue.", "Vice Adm.", ""),
    ("Atty. Gen. Tom Berg said the memo was withdrawn.", "Atty. Gen.", ""),  # "Gen." here is no rank
])
def test_a_stacked_title_keeps_the_outlet_as_affiliation_and_the_rank_whole(text, role, affiliation):
    record = _one(text)
    assert (record["role"], record["affiliation"]) == (role, affiliation)


@pytest.mark.parametrize("text", [
    "Pentagon press secretary Brig. Gen. Pat Ryder spoke on Monday. “We are watching,” Ryder said.",
    "Pentagon press secretary Rear Adm. Pat Ryder spoke on Monday. “We are watching,” Ryder said.",
])
def test_a_later_mention_keeps_the_title_before_a_rank(text):
    # the rank's own words ("Brig", "Rear Adm") are no person the title names
    [record] = find_citations(text)
    assert (record["source"], record["role"], record["affiliation"]) == ("Pat Ryder", "press secretary", "Pentagon")


@pytest.mark.parametrize("text, source, kind", [
    ("North Korea's state media KCNA reported that Kim inspected the jets.", "KCNA", "media"),
    ("State media KCNA reported that Kim inspected the jets.", "KCNA", "media"),
    ("“We will always be with Russia,” Kim said, according to a Kremlin transcript.", "Kremlin", "institution"),
    ("The report, published by the Stimson Center, said the site was active.", "the Stimson Center", "institution"),
    ("The statement, issued by the Kremlin on Tuesday, said the talks went well.", "the Kremlin", "institution"),
    ("The latest Pew Research Center survey shows a rise.", "Pew Research Center", "institution"),
    ("Trust is low, according to the latest CNN poll.", "CNN", "media"),
])
def test_a_body_named_with_its_description_or_document(text, source, kind):
    assert (source, kind) in {(r["source"], r["kind"]) for r in find_citations(text)}


@pytest.mark.parametrize("text, expected", [
    # a programme by its title is where the speaker spoke, not part of the name
    ("Firing him would be “the beginning of the end,” predicted South Carolina Republican Sen. Lindsey Graham on CNN's "
     "“State of the Union” Sunday.", [("Lindsey Graham", "predicted")]),
    # the present tense of a verb of saying, as features write it; a plural noun of the same spelling is no cue
    ("“Federal workers turn to prayer,” laments The Washington Post.", [("The Washington Post", "laments")]),
    ("“Correct,” Cohen replies. “So, I’m all over that.”", [("Cohen", "replies")]),
    ("His remarks drew applause, and the comments were widely shared.", []),
    # the verb first, then the speaker and the quotation
    ("Pam Bondi spoke for an hour. Added Bondi: “The House managers might say that.”", [("Pam Bondi", "added")]),
    ("Says Ann Roe, a farmer in Iowa: “It is too late.”", [("Ann Roe", "says")]),
    ("Said to be worth billions, the firm declined to comment.", []),
    # a second verb of saying shares the subject of the first, past a relative clause on the subject itself
    ("Jeffries, who was named an impeachment manager last week, spoke with Wallace on Sunday and claimed that House "
     "Democrats took “no joy” in it.", [("Jeffries", "claimed")]),
    ("President Trump is watching closely, and tweeted Friday morning that those who spied committed “treason.”",
     [("Trump", "tweeted")]),
    ("Smith won the race and claimed the title of champion.", []),
    ("Critics say the Muslim Brotherhood, from which he hails, has been moving to monopolize power.", [("critics", "say")]),
    ("He apologised to ViacomCBS, which condemned him and said the remarks were vile.", []),
    # "…, emphasizes X": what is emphasized, not who
    ("The annual report, first published last week, emphasizes the foundation’s role in the deal.",
     [("report", "emphasizes")]),
])
def test_present_tense_verb_first_and_coordinated_credits(text, expected):
    assert [(r["source"], r["cue"]) for r in find_citations(text)] == expected


def test_the_president_is_not_someone_whose_description_mentions_the_president():
    text = ("President Trump responded to criticism from former Defense Secretary James Mattis.\n\n"
            "Mr. Mattis, a retired four-star Marine general whom the president previously called a hero, criticized the "
            "president Wednesday. In fact, Mr. Mattis was given the nickname long before.\n\n"
            "Said the president, “I gave him a new life, and battles to win. Glad he is gone!”")
    assert find_citations(text)[-1]["source"] == "Trump"


def test_a_pronoun_citation_tells_the_persons_gender_and_a_name_inside_a_quotation_does_not():
    # Ackison is a "she" only from whom "she said" stood for; Trump is never a "she" from "“… President Trump …,” she said"
    text = ("Melissa Ackison says the pandemic has filled her with anger.\n\n"
            "She has “no fear whatsoever” of the virus, she said Thursday.\n\n"
            "“As patriots, we put President Trump in office for a reason,” she said.\n\n"
            "The signs of frustration come as Trump has pushed for easing the orders.\n\n"
            "Asked about the protesters, Trump on Thursday expressed sympathy with their frustration.\n\n"
            "“I think they listen to me,” he said.")
    assert [r["source"] for r in find_citations(text)] == ["Melissa Ackison", "Melissa Ackison", "Melissa Ackison", "Trump"]


@pytest.mark.parametrize("text, expected", [
    # an organisation's person by surname, after the full name: the person, of the organisation
    ("The CDC's Jana Telfer said the rules had changed. Later, the CDC's Telfer noted that reporters disclosed names.",
     [("Jana Telfer", "CDC"), ("Jana Telfer", "CDC")]),
    ("Another reason, as the New York Times’ Ross Douthat argued, is that the party changed.", [("Ross Douthat", "New York Times")]),
    # a generational suffix is no surname: "Mr. Holder" is Eric H. Holder Jr., named with his title before
    ("Mr. Obama, Attorney General Eric H. Holder Jr. and other top officials said profiling would follow. "
     "Mr. Holder even testified to Congress that he thought so.", [("other top officials", ""), ("Eric H. Holder Jr", "")]),
    # a titled surname is the titled person named in full before, not yet cited
    ("Protests prompted a press conference from Chicago Mayor Rahm Emanuel on Tuesday. The challenge is what Mayor "
     "Emanuel called a “barrier of misunderstanding.”", [("Rahm Emanuel", "Chicago")]),
    # a contracted pronoun is the pronoun
    ("So President Trump and his allies have claimed vindication. They’ve argued that this proves there was “no collusion.”",
     [("his allies", ""), ("Trump", ""), ("his allies", "")]),
    # a time noun ends the phrase before the speakers
    ("It marks how far into the year activists say a woman would need to work.", [("activists", "")]),
    # a passive's agent keeps its head noun
    ("Pelosi handed them out, a move that was criticized by a CNN panel as “unusual.”", [("a CNN panel", "")]),
    # a news organisation described again is the one cited just before
    ("The Associated Press reported that the launch failed. The wire service adds that the rocket broke up.",
     [("The Associated Press", ""), ("The Associated Press", "")]),
])
def test_owners_suffixes_titles_and_descriptions_resolve_to_the_person_or_outlet_named_before(text, expected):
    assert [(r["source"], r["affiliation"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, role, affiliation", [
    # a state and party after the name, Washington Times style: the party and the state
    ("“We’re not going to take that bait,” said Rep. Dennis A. Ross, Florida Republican.", "Rep.", "Republican, Florida"),
    ("Senate Majority Leader Harry Reid, Nevada Democrat, said the chamber would vote.", "Senate Majority Leader", "Democrat, Nevada"),
    ("Harry Reid, Las Vegas, said the chamber would vote.", "", ""),
    # a title between dashes is the role; a description between dashes is not
    ("On Sunday, Fauci — the director of the National Institute of Allergy and Infectious Diseases — told CNN that there was "
     "“pushback.”", "director", "National Institute of Allergy and Infectious Diseases"),
    ("On Sunday, Schultz – a longtime Democratic donor – said both parties are failing.", "", ""),
])
def test_state_and_party_after_a_name_and_a_title_between_dashes(text, role, affiliation):
    record = find_citations(text)[0]
    assert (record["role"], record["affiliation"]) == (role, affiliation)


@pytest.mark.parametrize("text, source, role, affiliation", [
    # a chamber's leadership title is one title; the party from a state-and-party appositive
    ("House Minority Leader Nancy Pelosi, California Democrat, said the study underscored the choice.",
     "Nancy Pelosi", "House Minority Leader", "Democrat, California"),
    # …and for a person titled so earlier and cited by surname
    ("Senate Majority Leader Harry Reid opened the debate. Anything less is “dead” in the Senate, Reid said.",
     "Harry Reid", "Senate Majority Leader", ""),
    # a party before a surname is the party, not part of the name
    ("Speaker Nancy Pelosi opened the session. On a call with reporters, Democrat Pelosi also said the plan was inclined.",
     "Nancy Pelosi", "Speaker", "Democrat"),
    # an appositive that says whom someone criticises or backs names no employer
    ("House Speaker Paul Ryan, a frequent critic of Trump, told the New York Times he believes the president was disgusted.",
     "Paul Ryan", "House Speaker", ""),
])
def test_chamber_titles_party_labels_and_relational_appositives(text, source, role, affiliation):
    record = find_citations(text)[-1]
    assert (record["source"], record["role"], record["affiliation"]) == (source, role, affiliation)


@pytest.mark.parametrize("text, source, kind, role, affiliation", [
    # what the text says a body is, after or before its name, is no part of the affiliation; it still tells the kind:
    # who heads a research body, or a part of one, is an expert
    ("“It will fail,” said Michael Cannon, director of health policy studies at the Cato Institute, a libertarian think tank.",
     "Michael Cannon", "expert", "director of health policy studies", "Cato Institute"),
    ("“It will fail,” said Brian Rosman, director of policy at the Boston-based advocacy group Health Care for All.",
     "Brian Rosman", "official", "director of policy", "Health Care for All"),
    ("“It will fail,” said David Cox, president of the American Federation of Government Employees, the nation's largest "
     "federal employee union.", "David Cox", "official", "president", "American Federation of Government Employees"),
    ("Dean Baquet, the executive editor of the New York Times, knows this, which is why he acknowledged that it failed.",
     "Dean Baquet", "media", "executive editor", "New York Times"),
    ("“It hurts democracy,” says Nan Aron, president of the liberal Alliance for Justice.",
     "Nan Aron", "expert", "president", "Alliance for Justice"),  # heads an advocacy body, outside government
    # a body named in the role, after what it is
    ("“It will fail,” said Steven Hall Jr., managing director at executive compensation consulting firm Steven Hall & Partners.",
     "Steven Hall Jr", "official", "managing director", "Steven Hall & Partners"),
    ("“It will fail,” wrote Ibrahim Eissa, chief editor of daily Al-Tahrir.", "Ibrahim Eissa", "media", "chief editor", "Al-Tahrir"),
    # a second role after the body ends it
    ("“It will fail,” said Julia Coronado, president of MacroPolicy Perspectives LLC and a former Fed economist.",
     "Julia Coronado", "official", "president", "MacroPolicy Perspectives LLC"),
    # a programme belongs to the role, the body it is at is the affiliation
    ("“It will fail,” said David Waskow, director of the international climate program at the World Resources Institute.",
     "David Waskow", "expert", "director of international climate program", "World Resources Institute"),
    # …but a body's own name with "of" stays whole
    ("“It failed,” said Sara Ghazal, the voter protection director for the Democratic party of Georgia.",
     "Sara Ghazal", "official", "voter protection director", "Democratic party of Georgia"),
    # an adviser "to" someone: the adviser, and whose (not a role "2012 presidential campaign" of "top policy adviser to Mitt Romney")
    ("“It will fail,” said Lanhee Chen, a top policy adviser to Mitt Romney’s 2012 presidential campaign.",
     "Lanhee Chen", "official", "top policy adviser", "Mitt Romney’s 2012 presidential campaign"),
    ("A top policy adviser to Mitt Romney’s campaign, Lanhee Chen, said it failed.",
     "Lanhee Chen", "official", "top policy adviser", "Mitt Romney’s campaign"),
    # a ministry's portfolio is part of the title, alone or after where it is held, in one word or several
    ("In a blog post, Greek Finance Minister Yanis Varoufakis said the talks had failed.",
     "Yanis Varoufakis", "official", "Finance Minister", "Greek"),
    ("Homeland Security Secretary Jeh Johnson said the plan had failed.",
     "Jeh Johnson", "official", "Homeland Security Secretary", ""),
    ("Education Secretary Arne Duncan said the plan had failed.", "Arne Duncan", "official", "Education Secretary", ""),
    ("Insurance Commissioner Dave Jones said the plan had failed.", "Dave Jones", "official", "Insurance Commissioner", ""),
    ("Health and Human Services Secretary Alex Azar said the plan had failed.",
     "Alex Azar", "official", "Health and Human Services Secretary", ""),
    ("Veterans Affairs Secretary David Shulkin said the plan had failed.",
     "David Shulkin", "official", "Veterans Affairs Secretary", ""),
    ("EU Trade Commissioner Cecilia Malmstrom said the plan had failed.", "Cecilia Malmstrom", "official", "Trade Commissioner", "EU"),
    # …but a body's name is no portfolio
    ("NFL Commissioner Roger Goodell said the plan had failed.", "Roger Goodell", "official", "Commissioner", "NFL"),
    ("Metropolitan Police Commissioner Cressida Dick said the plan had failed.",
     "Cressida Dick", "official", "Commissioner", "Metropolitan Police"),
    # a lone adjective joins the role; an article left over is no body
    ("“God will humiliate them,” said ultraconservative cleric Mohammed Abdel-Maksoud.",
     "Mohammed Abdel-Maksoud", "unknown", "ultraconservative cleric", ""),
    ("As the writer Jeryl Bier pointed out, the terms claim a ban.", "Jeryl Bier", "media", "writer", ""),
    # …but "US" is a country, not the pronoun
    ("US Secretary of State Rex Tillerson said moving the embassy was not going to happen right away.",
     "Rex Tillerson", "official", "Secretary of State", "US"),
    # a question that opens with its verb gives no affiliation "Is"
    ("Is Maine Republican Sen. Susan Collins being bribed? In a statement, Collins said she believed it.",
     "Susan Collins", "official", "Sen.", "Maine Republican"),
    # …but only where it opens the affiliation
    ("“It is right,” said Ann Roe, pastor at the Free Will Baptist Church.", "Ann Roe", "unknown", "pastor", "Free Will Baptist Church"),
    # a country's title by a possessive appositive, for every later mention
    ("Frustration had been growing with Morsi, Egypt's first freely elected president, who came to office in June. "
     "“It will fail,” Morsi said.", "Morsi", "official", "first freely elected president", "Egypt"),
    # an agent of a federal law-enforcement body is an official; the title is no part of the name
    ("Clinton was not a target, fired FBI Agent Peter Strzok told Congress last year.", "Peter Strzok", "official", "FBI Agent", ""),
])
def test_affiliations_are_the_bodys_name_and_roles_keep_their_words(text, source, kind, role, affiliation):
    record = find_citations(text)[-1]
    assert (record["source"], record["kind"], record["role"], record["affiliation"]) == (source, kind, role, affiliation)


def test_a_short_title_after_the_full_one_is_the_full_title():
    # "Secretary Perez", after "Labor Secretary Tom Perez": the Labor Secretary, in this mention and the next
    records = find_citations("Labor Secretary Tom Perez told NPR that the rule was fair. The rule has been years in "
                             "the making. Secretary Perez says employers have ways to comply. “People will benefit,” Perez said.")
    assert [(r["source"], r["role"]) for r in records] == [("Tom Perez", "Labor Secretary")] * 3


def test_a_quantifier_is_no_role():
    [record] = find_citations("Answers to those questions can probably wait, some in both parties say.")
    assert (record["source"], record["kind"], record["role"]) == ("some in both parties", "group", "")


def test_a_role_that_began_before_an_owner_is_not_the_owners():
    # "An aide to Tom Berg’s campaign manager, Ann Roe,": Ann Roe is the aide, not Tom Berg's campaign manager; the
    # roles the text gives people anywhere must not record her as the manager (later mentions would take that role)
    from helpers.citations import _known_people

    text = "It rained. An aide to Tom Berg’s campaign manager, Ann Roe, said it failed. Later Roe said more."
    assert _known_people(text)["Ann Roe"][1] == "aide"  # (the whole phrase, from its article: the aide, of whom)
    assert _known_people("It rained. Tom Berg’s campaign manager, Ann Roe, said it failed.")["Ann Roe"][1:] == \
        ("campaign manager", "Tom Berg")


@pytest.mark.parametrize("text, source, kind, role, affiliation", [
    # a second reference by party and state, after the person is named anywhere in the sentence before
    ("Their pessimism stemmed from the defection of a key ally, Rep. Fred Upton. The Michigan Republican said the "
     "proposal failed.", "Fred Upton", "official", "Rep.", "Republican"),
    # …by what heads a government, when the title says so and the nation agrees
    ("“We are friends,” Trump said, speaking alongside Israeli Prime Minister Benjamin Netanyahu. The talks continued as "
     "the Israeli leader told Trump that peace was near.", "Benjamin Netanyahu", "official", "Prime Minister", "Israeli"),
    # …by the title, after the speaker of the sentence before, with the party the description adds
    ("House Minority Leader Nancy Pelosi said Sunday that the rules held. “We must act,” the California Democrat said.",
     "Nancy Pelosi", "official", "House Minority Leader", "Democrat"),
])
def test_a_description_again_is_the_person_the_sentence_before_names(text, source, kind, role, affiliation):
    record = find_citations(text)[-1]
    assert (record["source"], record["kind"], record["role"], record["affiliation"]) == (source, kind, role, affiliation)


@pytest.mark.parametrize("text", [
    # a nation the title does not give
    "Senate Majority Leader Mitch McConnell spoke on Monday. The Israeli leader said peace was near.",
    # a title the person does not hold
    "Vice President Mike Pence spoke on Monday. The president said the deal was good.",
    # a role noun for someone only mentioned, whom the text gives no role
    "A protester threw flags at Mr Trump as he walked with Mitch McConnell. “Treason!” shouted the demonstrator.",
])
def test_a_description_that_fits_no_one_named_before_stays_unnamed(text):
    assert not find_citations(text)[-1]["named"]


@pytest.mark.parametrize("text, source", [
    # a document read out, by who issued it in the text before
    ("The Commission on Presidential Debates released a statement on Monday. “The work began 18 months ago,” the "
     "statement reads.", "The Commission on Presidential Debates"),
    ("The Justice Department filed a complaint on Friday. “Defendants do not understand the Order,” the complaint says.",
     "The Justice Department"),
    # …or by who spoke in it
    ("In a formal memo to city officials, Mayor London Breed declared that no department would act. The memo declares, "
     "“resolutions do not impose duties.”", "London Breed"),
])
def test_the_document_quoted_is_its_issuers(text, source):
    assert find_citations(text)[-1]["source"] == source


def test_two_issuers_of_one_letter_are_not_one_source():
    record = find_citations("Sens. Ann Roe and Tom Berg sent a letter to the agency. The letter said the agency had failed.")[-1]
    assert record["source"] == "The letter"


@pytest.mark.parametrize("text, source, kind, role, affiliation", [
    # a party mark between the name and the appositive
    ("Sen. John McCain (R-Ariz.), a former presidential nominee himself, said the approach is smart.",
     "John McCain", "official", "Sen.", "Republican, Ariz."),
    # where and when between the subject and the verb, without commas
    ("U.S. Surgeon General Jerome Adams in the White House task force briefing Sunday night said that this week will "
     "be hard.", "Jerome Adams", "official", "Surgeon General", "U.S."),
    # a role and a title, inverted
    ("“Our mission was to end discrimination,” said co-founder Karen Lee.", "Karen Lee", "unknown", "co-founder", ""),
    # an adjective between the article and the noun, in the form of a participle
    ("Peter Strzok was fired in August. “My answer was my belief,” the fired agent said.", "Peter Strzok", "official",
     "fired agent", ""),
    # a longer title holds the word of another kind: an office, and a private agent
    ("U.S. Surgeon General Jerome Adams said the week will be hard.", "Jerome Adams", "official", "Surgeon General", "U.S."),
    ("Sports agent Scott Boras said the pitcher would test free agency.", "Scott Boras", "citizen", "Sports agent", ""),
])
def test_fourteenth_round_subjects_roles_and_titles(text, source, kind, role, affiliation):
    record = find_citations(text)[-1]
    assert (record["source"], record["kind"], record["role"], record["affiliation"]) == (source, kind, role, affiliation)


def test_the_agent_is_a_person_and_confessing_a_cue():
    assert find_citations("The agent said that the rain came late.")[0]["source"] == "the agent"
    assert find_citations("Christine Lee said she was tired. “I hate walking,” she confessed.")[-1]["cue"] == "confessed"


@pytest.mark.parametrize("text, source, affiliation", [
    # a party tag or mark, then an auxiliary or adverb before the verb
    ("Now, Senate Majority Leader Harry Reid, D-Nev., has already said he won't include a ban.", "Harry Reid", "Democrat, Nev."),
    ("House Minority Leader Nancy Pelosi (D-Calif.) also said she welcomed the principles.", "Nancy Pelosi", "Democrat, Calif."),
    # a party mark, then a relative clause between commas
    ("Rep. John Yarmuth (D-Ky.), who was part of a group of eight House lawmakers, added that it would be very difficult.",
     "John Yarmuth", "Democrat, Ky."),
])
def test_a_party_mark_stands_aside_from_subject_and_verb(text, source, affiliation):
    [record] = find_citations(text)
    assert (record["source"], record["affiliation"]) == (source, affiliation)


def test_a_party_mark_and_an_appositive_make_no_inverted_speaker():
    # "…, said the bill failed" is what the senator said, not a speaker "the bill failed"
    assert [r["source"] for r in find_citations("Sen. Ann Roe (D-Ohio), the ranking member, said the bill failed.")] == ["Ann Roe"]


def test_us_in_capitals_is_the_country_in_an_unnamed_source():
    text = "The strikes all came from the air, the US official familiar with the strikes said."
    assert [r["source"] for r in find_citations(text)] == ["the US official familiar with the strikes"]


@pytest.mark.parametrize("text, source, cue", [
    # a colon after a clause with no verb of saying: the clause's subject speaks, the predicate is the cue
    ("After the vote, Sen. Ann Roe was more blunt: “The bill will never pass the House.”", "Ann Roe", "was more blunt:"),
    ("Tom Berg, executive director of the Carrow Institute, put it this way: “No one should pretend the problem is "
     "solved.”", "Tom Berg", "put it this way:"),
    ("The pastor, Ann Lee, interrupted and made clear: “I invited you here to thank us.”", "Ann Lee",
     "interrupted and made clear:"),
])
def test_a_colon_after_the_subjects_clause_introduces_their_words(text, source, cue):
    [record] = find_citations(text)
    assert (record["source"], record["cue"], record["quote"]) == (source, cue, "direct")


@pytest.mark.parametrize("text", [
    "The sign read: “Stop the steal now.”",  # what a thing reads is no one's words
    "The question is simple: “Who pays for it?”",  # no person, no body
])
def test_a_colon_after_no_speaker_cites_no_one(text):
    assert find_citations(text) == []


@pytest.mark.parametrize("text, source", [
    # an adverb between the comma and the participle
    ("The mayor has defended the plan, repeatedly saying that it would pay for itself.", "the mayor"),
    # an aside between the subject and its verb
    ("Democrats, meanwhile, pushed the leader to hold a vote, saying the bill would lower costs.", "Democrats"),
    # one name as the subject of an auxiliary and a verb, or of "was" and how they were
    ("Berg has defended the move, saying it was legal.", "Berg"),
    ("Roe did not say whether she would run, saying that it was too early.", "Roe"),
    ("Berg was equally blunt about the plan, saying he did not think it would work.", "Berg"),
    # a reduced relative clause after an unnamed source
    ("Officials involved in the talks said the deal was close.", "officials involved in the talks"),
])
def test_fifteenth_round_participles_and_unnamed_subjects(text, source):
    assert [r["source"] for r in find_citations(text)] == [source]


@pytest.mark.parametrize("text", [
    "Smoking is the leading cause of death, claiming 480,000 lives a year.",  # a thing "is", no one acts
    "Facebook has a policy on this, saying posts must be true.",  # "has" a thing, no act
])
def test_a_participle_after_a_things_clause_cites_no_one(text):
    assert find_citations(text) == []


def test_a_participle_after_a_cited_speaker_is_that_speakers():
    # "adding" goes on with the lawyer's words; the senator who opens the sentence is what the lawyer spoke of
    text = "Sen. Ann Roe has lost the case, her lawyer said Monday, adding that she would appeal."
    assert [r["source"] for r in find_citations(text)] == ["her lawyer"]


@pytest.mark.parametrize("text, source, role", [
    # a description as the subject of two coordinated verbs, the second of saying
    ("Sen. Ann Roe accused the governor of lying. The senator hasn't offered proof and said she isn't sure whether "
     "it's true.", "Ann Roe", "Sen."),
    # a chamber's leader holds its seat: "the senator" again
    ("Senate Majority Leader Tom Berg spoke first. The senator said the vote would be held on Friday.", "Tom Berg",
     "Senate Majority Leader"),
])
def test_the_senator_again_after_a_coordinated_verb_or_a_leaders_title(text, source, role):
    record = find_citations(text)[-1]
    assert (record["source"], record["role"], record["cue"]) == (source, role, "said")


def test_a_quoted_title_is_no_one_a_pronoun_stands_for():
    text = "Roe proposes a “Green New Deal” that she says would create jobs. She has also said that the plan would pay for itself."
    assert "Green New Deal" not in [r["source"] for r in find_citations(text)]


@pytest.mark.parametrize("text", [
    "According to USA Today, the plan failed.",
    "USA Today reported that the plan failed.",
    "The plan failed, USA Today said.",
])
def test_a_newspaper_named_for_a_day_keeps_its_name(text):
    # "Today" ends the name of a newspaper, not a time word after "USA" (the country)
    [record] = find_citations(text)
    assert (record["source"], record["kind"]) == ("USA Today", "media")


@pytest.mark.parametrize("text, expected", [
    ("According to congressman Duffy and President Trump, we cannot have free trade.",
     [("Duffy", "congressman", ""), ("Trump", "President", "")]),
    ("The bill is dead, according to Republican Sen. Ann Roe and Democratic Rep. Bob Smith.",
     [("Ann Roe", "Sen.", "Republican"), ("Bob Smith", "Rep.", "Democratic")]),
    ("According to Mr. Smith and Carl Jones, the deal is off.", [("Smith", "", ""), ("Carl Jones", "", "")]),
    # a list with commas: every name, not the first alone
    ("The deal was signed, according to Ann Roe, Mr. Smith and Carl Jones.",
     [("Ann Roe", "", ""), ("Smith", "", ""), ("Carl Jones", "", "")]),
    ("The deal was signed, according to Sen. Ann Roe, Rep. Bob Smith, and Gov. Carl Jones, who met on Monday.",
     [("Ann Roe", "Sen.", ""), ("Bob Smith", "Rep.", ""), ("Carl Jones", "Gov.", "")]),
])
def test_according_to_a_list_of_people_cites_each_with_their_own_title(text, expected):
    # one title is not the next person's affiliation ("congressman Duffy and" had been President Trump's)
    records = find_citations(text)
    assert sorted((r["source"], r["role"], r["affiliation"]) for r in records) == sorted(expected)
    assert {r["cue"] for r in records} == {"according to"}


@pytest.mark.parametrize("text, source", [
    ("According to Smith and Wesson, sales fell.", "Smith and Wesson"),
    ("According to the Centers for Disease Control and Prevention, cases rose.", "the Centers for Disease Control and Prevention"),
    ("According to Ann Roe and her husband, the house burned.", "Ann Roe and her husband"),
    ("According to Ann Roe, Smith and Wesson lost money.", "Ann Roe"),  # the clause's subject, no list
    ("According to his lawyer, Brian Kessler, and the court, the deal held.", "Brian Kessler"),
])
def test_according_to_a_name_with_and_in_it_stays_one_source(text, source):
    assert [r["source"] for r in find_citations(text)] == [source]


@pytest.mark.parametrize("text, source, kind", [
    # the person named after the role of whoever wrote the statement
    ("The group cut ties with him, according to a statement from the group's head, Brad Wood.", "Brad Wood", "official"),
    ("The deal collapsed, according to a statement from his lawyer, Ann Roe.", "Ann Roe", "unknown"),
    # a person described by the body they work at, its name before the noun
    ("The University of Chicago professor said he was nervous.", "the University of Chicago professor", "anonymous"),
    ("A Bank of America analyst said the shares would fall.", "a Bank of America analyst", "anonymous"),
    ("The Bank of England said rates would rise.", "The Bank of England", "institution"),
])
def test_the_person_a_description_names_or_gives(text, source, kind):
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == [(source, kind)]


@pytest.mark.parametrize("text, sources", [
    ("The Guardian and the Washington Post reported that the agency had access.", {"The Guardian", "the Washington Post"}),
    ("CNN and the Washington Post reported that the agency had access.", {"CNN", "the Washington Post"}),
    ("Reports from the Guardian and the Washington Post stated that the agency had access.", {"the Guardian", "the Washington Post"}),
    ("According to Reuters and the Associated Press, the talks failed.", {"Reuters", "the Associated Press"}),
    ("According to Reuters, Bloomberg and the Associated Press, the talks failed.", {"Reuters", "Bloomberg", "the Associated Press"}),
])
def test_each_outlet_of_a_list_is_cited(text, sources):
    records = find_citations(text)
    assert {r["source"] for r in records} == sources
    assert {r["kind"] for r in records} == {"media"}


@pytest.mark.parametrize("text", [
    "“We are alarmed,” read a statement from Ann Roe.",
    "“We are alarmed,” read the letter, signed by Ann Roe.",
    "“We are alarmed,” read the missive, sent on behalf of Ann Roe.",
])
def test_a_document_after_an_inverted_cue_cites_who_issued_it(text):
    [record] = find_citations(text)
    assert (record["source"], record["quote"]) == ("Ann Roe", "direct")


@pytest.mark.parametrize("text, sources", [
    ("The bill stalled after Sen. Ann Roe and Rep. Bob Smith said they would oppose it.", {"Ann Roe", "Bob Smith"}),
    ("The plan was dropped because Democrats and Republicans said it cost too much.", {"Democrats", "Republicans"}),
])
def test_a_conjoined_subject_after_a_subordinating_word_is_cited_whole(text, sources):
    assert {r["source"] for r in find_citations(text)} == sources


@pytest.mark.parametrize("text, source, role, affiliation", [
    ("“It is over,” Ohio secretary of state Frank LaRose said.", "Frank LaRose", "secretary of state", "Ohio"),
    ("“It is over,” New York Secretary of State Ann Roe said.", "Ann Roe", "Secretary of State", "New York"),
    ("“It is over,” Cherokee Nation Secretary of State Chuck Hoskin Jr. said.", "Chuck Hoskin Jr", "Secretary of State", "Cherokee Nation"),
    ("Media Research Center director of media analysis Tim Graham warned, “It is over.”", "Tim Graham",
     "director of media analysis", "Media Research Center"),
])
def test_a_title_running_on_with_of_stands_before_the_name(text, source, role, affiliation):
    # (not a person called "New York Secretary" of "State Ann Roe")
    [record] = find_citations(text)
    assert (record["source"], record["role"], record["affiliation"]) == (source, role, affiliation)


@pytest.mark.parametrize("text", [
    "A spokeswoman for the Iowa Republican said it is over.",
    "An attorney for Planned Parenthood said it is over.",
])
def test_a_description_with_for_is_no_title_before_a_name(text):
    [record] = find_citations(text)
    assert record["kind"] == "anonymous" and record["source"].lower() == text.split(" said")[0].lower()


@pytest.mark.parametrize("text, source", [
    ("Trump’s remarks drew criticism from Democrats, who said they were racist.", "Democrats"),
    ("The bill was opposed by Ann Roe, who said it was too costly.", "Ann Roe"),
    ("The plan drew fire from critics, who said it was too costly.", "critics"),
    ("She won praise from state officials, who said the state is proud of her.", "state officials"),
])
def test_who_after_an_object_speaks_for_it(text, source):
    # (after "opposed by", too: the agent of a passive is no subject, but "who" stands for it)
    assert [r["source"] for r in find_citations(text)] == [source]


@pytest.mark.parametrize("text", [
    "Saipov left a note in the truck pledging allegiance to ISIS, which said the group would endure.",
    "It is the failed ideology he has applied to the Middle East, which says that kindness is repaid.",
])
def test_which_after_a_noun_cites_no_one(text):
    # "which" may stand for the note or the ideology as well as for the last noun
    assert find_citations(text) == []


@pytest.mark.parametrize("text, role, affiliation", [
    ("Rudy Giuliani, Trump’s personal lawyer, said the bill was dead.", "personal lawyer", "Trump"),
    ("Ann Roe, Smith’s attorney, said the bill was dead.", "attorney", "Smith"),
])
def test_a_role_whose_kind_is_open_describes_the_name_before_it(text, role, affiliation):
    # a lawyer's kind is not guessed, but the role and whose lawyer they are are kept
    [record] = find_citations(text)
    assert (record["role"], record["affiliation"]) == (role, affiliation)


@pytest.mark.parametrize("text, source, channel", [
    ("Kim was quoted as saying the talks failed.", "Kim", ""),
    ("Putin was quoted by RIA Novosti as saying the talks failed.", "Putin", "RIA Novosti"),
    ("KCNA quoted Kim as saying the talks failed.", "Kim", "KCNA"),
    ("“It failed,” Kim was quoted as saying.", "Kim", ""),
    ("The Times quoted a senior official as saying the talks failed.", "a senior official", "The Times"),
])
def test_quoted_as_saying_cites_the_person_quoted_through_who_quoted_them(text, source, channel):
    [record] = find_citations(text)
    assert (record["source"], record["channel"]) == (source, channel)
    assert record["cue"].startswith("quoted as")


@pytest.mark.parametrize("text, source", [
    ("The White House readout said the talks failed.", "White House"),
    ("A Kremlin readout said the talks failed.", "Kremlin"),
    ("According to the Justice Department memo, the strike was lawful.", "Justice Department"),
    ("A Minneapolis Fire Department report shows that medics moved him. The report said he was unresponsive.",
     "Minneapolis Fire Department"),
])
def test_a_body_named_before_its_document_is_the_source(text, source):
    # the body, not "The White House readout", and what "the report" says later is the same body's
    records = find_citations(text)
    assert {r["source"] for r in records} == {source}


@pytest.mark.parametrize("text, source", [
    ("White House press secretary Kayleigh McEnany also weighed in, saying the statement was a stunt.", "Kayleigh McEnany"),
    ("White House press secretary Josh Earnest was dismissive of the ruling, saying it contradicted the lawyers.", "Josh Earnest"),
])
def test_a_participles_subject_is_the_titled_name_after_a_body(text, source):
    # not "White House", the capitalised words before the title in lower case
    [record] = find_citations(text)
    assert (record["source"], record["role"], record["affiliation"]) == (source, "press secretary", "White House")


@pytest.mark.parametrize("text", [
    "Trump repeatedly and falsely claimed that the election was rigged.",
    "Trump has falsely and repeatedly said the election was rigged.",
    "“It was rigged,” Trump falsely and repeatedly said.",
])
def test_two_adverbs_joined_by_and_stand_between_a_subject_and_its_cue(text):
    assert [r["source"] for r in find_citations(text)] == ["Trump"]


@pytest.mark.parametrize("text", [
    "Staffers hugged each other, visibly relieved that this ugly part of the primary campaign had concluded.",
    "She was only depicted in news media reports with a grainy photo.",
])
def test_a_cue_word_in_another_sense_cites_no_one(text):
    # "had concluded" in a clause of its own is "ended"; "reports with a photo" is a noun
    assert find_citations(text) == []


@pytest.mark.parametrize("text, source", [
    ("The plan failed, investigators have concluded.", "investigators"),
    ("It is not a retreat, as some critics have alleged.", "some critics"),
    ("Leaders of the opposition disagree and argue that a No vote will isolate Greece.", "leaders of the opposition"),
    ("Today, 83 percent of Democrats agree, according to polling from the Pew Research Center.", "the Pew Research Center"),
])
def test_sixteenth_round_sources_held_out_articles_showed(text, source):
    assert [r["source"] for r in find_citations(text)] == [source]


@pytest.mark.parametrize("text, source, role, affiliation", [
    # a ministry's name is its affiliation, not an adjective of the role
    ("Foreign Ministry spokeswoman Maria Zakharova said the West was wrong.", "Maria Zakharova", "spokeswoman", "Foreign Ministry"),
    ("Former state Rep. Mike Braun said the vote was wrong.", "Mike Braun", "Former Rep.", "state"),
    # a possessive before a role of three words: the person described, not an inverted "said the leaders discussed …"
    ("Yuri Ushakov, Putin's foreign policy aide, said the leaders discussed military cooperation.",
     "Yuri Ushakov", "foreign policy aide", "Putin"),
])
def test_a_body_or_owner_before_a_title_stays_out_of_the_role(text, source, role, affiliation):
    [record] = find_citations(text)
    assert (record["source"], record["role"], record["affiliation"]) == (source, role, affiliation)


@pytest.mark.parametrize("text, source", [
    ("South Korea's spy agency told lawmakers that Kim might travel by train.", "South Korea's spy agency"),
    ("Turkey's interior ministry said it was taking legal action.", "Turkey's interior ministry"),
])
def test_a_body_with_a_lower_case_portfolio_is_cited_whole(text, source):
    assert [r["source"] for r in find_citations(text)] == [source]


@pytest.mark.parametrize("text, expected", [
    # a clause after an inverted speaker says when, not who
    ("“This is a remarkable area,” said President Obama when he signed the bill.", [("Obama", "President")]),
    # an aside between dashes after "according to" describes the person
    ("Bolton writes that according to Ann Roe — a still-serving White House official — the deal was done.",
     [("Ann Roe", "still-serving White House official"), ("Bolton", "")]),
    ("Tickets cost $9, according to the National Association of Theatre Owners — but seats cost more.",
     [("the National Association of Theatre Owners", "")]),
    ("“We won,” White House counselor Kellyanne Conway said.", [("Kellyanne Conway", "counselor")]),
    # no one speaks: a participle opening the sentence, and a document's aside before an inverted verb
    ("Worth noting: the bill never came to a vote.", []),
    ("Worth noting: he also blinked, telling the speaker to pull the bill.", []),  # nor the participle after it
    ("The bill, approved Wednesday by a vote of 65-39, declares the law “null and void.”", []),
])
def test_asides_and_clauses_around_a_speaker(text, expected):
    assert [(r["source"], r["role"]) for r in find_citations(text)] == expected


def test_an_en_dash_inside_a_party_tag_is_no_aside():
    [record] = find_citations("“It failed,” according to Rep. Ann Roe (I–Mich.).")
    assert record["source"].startswith("Ann Roe")


@pytest.mark.parametrize("text, expected", [
    # an unnamed phrase between commas after a name describes that person; it is not the speaker
    ("Democratic strategist Paul Begala, an adviser to Priorities USA, said the race was tightening.",
     [("Paul Begala", "expert", "strategist", "Democratic")]),
    ("“It is a false choice,” Philippe Reines, a longtime adviser to Hillary Clinton, told The Hill last month.",
     [("Philippe Reines", "official", "longtime adviser", "Hillary Clinton")]),
    ("Ed Stetzer, a church planter and a professor at Wheaton College, pointed out that the count was odd.",
     [("Ed Stetzer", "expert", "church planter and a professor", "Wheaton College")]),
    # a possessive written with an apostrophe alone, and two-word titles of a campaign
    ("Bernie Sanders' campaign manager, Jeff Weaver, told MSNBC the senator would stay.",
     [("Jeff Weaver", "official", "campaign manager", "Bernie Sanders")]),
    ("Sanders’ campaign manager Jeff Weaver told MSNBC the senator would stay.",
     [("Jeff Weaver", "official", "campaign manager", "Sanders")]),
    ("The Clinton campaign's communications director, Jennifer Palmieri, said the letter was flawed.",
     [("Jennifer Palmieri", "official", "communications director", "Clinton campaign")]),
    ("The pro-Clinton super PAC Priorities USA said it would spend $10 million.", [("Priorities USA", "institution", "", "")]),
    ("Biden's campaign released a statement saying the ad was a lie.", [("Biden's campaign", "official", "", "")]),
    # a department whose name holds "and" is one department; two subjects stay two
    ("Health and Human Services Secretary Sylvia Burwell said the marketplace was stable.",
     [("Sylvia Burwell", "official", "Health and Human Services Secretary", "")]),
    ("The plan was backed by former Housing and Urban Development Secretary Ann Roe on Monday. Roe said it would work.",
     [("Ann Roe", "official", "former Housing and Urban Development Secretary", "")]),
    ("Trump and Homeland Security Secretary Kirstjen Nielsen said the wall was needed.",
     [("Kirstjen Nielsen", "official", "Homeland Security Secretary", ""), ("Trump", "unknown", "", "")]),
    # a military rank gives way to the office an appositive names
    ("Gen. Martin Dempsey, chairman of the Joint Chiefs of Staff, told the committee that strikes would be limited.",
     [("Martin Dempsey", "official", "chairman", "Joint Chiefs of Staff")]),
    ("Dr. Ann Roe, a cardiologist at the Mayo Clinic, said the risk was low.", [("Ann Roe", "expert", "cardiologist", "Mayo Clinic")]),
    # who heads a policy or advocacy body outside government is no official; a party's body and a government's are
    ("Mark Krikorian, executive director of the Center for Immigration Studies, said the bill was amnesty.",
     [("Mark Krikorian", "expert", "executive director", "Center for Immigration Studies")]),
    ("Phil Musser, former executive director of the Republican Governors Association, said the party would heal.",
     [("Phil Musser", "official", "former executive director", "Republican Governors Association")]),
    ("Ann Roe, director of the Centers for Disease Control and Prevention, said the risk was low.",
     [("Ann Roe", "official", "director", "Centers for Disease Control and Prevention")]),
])
def test_campaign_staff_departments_and_advocates(text, expected):
    assert [(r["source"], r["kind"], r["role"], r["affiliation"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a poll or survey named after whoever made it cites them, however the name is joined
    ("A Morning Consult survey released Tuesday found Sanders ahead.", [("Morning Consult", "institution")]),
    ("According to the Pew Research survey, only 4 percent of voters agree.", [("Pew Research", "institution")]),
    ("A CNN/ORC poll found that 52% of voters disapprove.", [("CNN/ORC", "media")]),
    ("A CNN–SSRS poll showed the race tied.", [("CNN–SSRS", "media")]),
    ("A Texas Lyceum poll shows Sanders doing better.", [("Texas Lyceum", "institution")]),
    # and "the poll" later is the same pollster's
    ("A new Reuters/Ipsos poll showed a drop in support. The poll, conducted from Tuesday to Thursday, found a gap.",
     [("Reuters/Ipsos", "media"), ("Reuters/Ipsos", "media")]),
    ("The poll found that most voters were undecided.", [("The poll", "institution")]),
    # "according to" after a verb of sorting means "by"
    ("Bathrooms are segregated according to sex as assigned at birth.", []),
    ("Biden trailed Sanders, according to partial returns.", [("partial returns", "group")]),
])
def test_pollsters_and_according_to_as_by(text, expected):
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == expected


def test_a_name_alone_is_a_surname_before_it_is_anyone_s_first_name():
    text = 'Paul Ryan said the vote would be held Tuesday. Sen. Rand Paul, R-Ky., opposed the bill. "It is bad," Paul said.'
    assert [r["source"] for r in find_citations(text)] == ["Paul Ryan", "Rand Paul"]


@pytest.mark.parametrize("text, expected", [
    # what a title is "of" stands between the title and the name, never in the name
    ("Mayor of Annapolis Gavin Buckley told the Guardian he could not understand it.", [("Gavin Buckley", "Mayor of Annapolis")]),
    ("Secretary of Homeland Security Kirstjen Nielsen said the border was closed.", [("Kirstjen Nielsen", "Secretary of Homeland Security")]),
    # a body whose name holds "to"
    ("The Committee to Protect Journalists tweeted that seven journalists had been killed.", [("The Committee to Protect Journalists", "")]),
])
def test_titles_of_a_place_and_bodies_named_with_to(text, expected):
    assert [(r["source"], r["role"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a noun of saying after a possessive, with what was said after "that", is the owner's; without it, no one's
    ("Christie pushed back Friday on Rubio's claims that he once made a donation.", [("Rubio", "claims")]),
    ("They dispute the Obama administration's claims that humans are changing the climate.", [("the Obama administration", "claims")]),
    ("Trump’s remarks provoked widespread uproar.", []),
    # "and" inside a body's name after "of" or "for"
    ("The director of the Centers for Disease Control and Prevention warned of a second wave.",
     [("the director of the Centers for Disease Control and Prevention", "warned")]),
    # a name described after a verb of saying is the subject of what follows
    ("Authorities said Dylann Roof, 21, of Lexington, South Carolina, admits he shot them.",
     [("authorities", "said"), ("Dylann Roof", "admits")]),
])
def test_possessive_nouns_of_saying_and_names_inside_reports(text, expected):
    assert [(r["source"], r["cue"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a person named with a role in lower case before the name, just introduced: whom the next "she" stands for
    ("“I like their plans,” Kemp said.\n\nDes Moines resident Ann Roe, who was also at the diner, had the same problem.\n\n"
     "“I have not made up my mind,” she said.", [("Kemp", "Kemp"), ("she", "Ann Roe")]),
    # a sentence opening with a described person, and "she" later in it: that person, not one cited before
    ("“We must remember,” said Halina Berg, a survivor.\n\nCeremonies took place in other cities.\n\n"
     "Ann Roe, 85, from north London, visited the camp ten years ago and \"buried the ghosts\", she told the BBC.",
     [("Halina Berg", "Halina Berg"), ("she", "Ann Roe")]),
    # …but a bare name opening what another reports stays out ("Ann Roe will win, she said" reports another's view)
    ("“It is close,” said Tina Lee, a pollster.\n\nAnn Roe will win the state easily, she said.",
     [("Tina Lee", "Tina Lee"), ("she", "Tina Lee")]),
    # a sentence whose subject is the same "he", after an opening phrase with an abbreviation, continues the chain
    ("Sen. Tom Berg has said many things in the campaign.\n\nAfter a payment linked to the release of U.S. prisoners, "
     "he likened President Ann Roe to a drug dealer.\n\nIn a speech, he said last year that the state “must do better.”",
     [("Sen. Tom Berg", "Tom Berg"), ("he", "Tom Berg")]),
    # the title of one person the text named, as the subject: "The president-elect himself", "The president himself"
    ("President-elect Tom Berg met his rival. Ann Roe tweeted: “The protests are paid.”\n\n"
     "The president-elect himself has given mixed messages about his views.\n\n"
     "On Thursday, he blasted “professional protesters.”", [("Ann Roe", "Ann Roe"), ("he", "Tom Berg")]),
    ("President Tom Berg fired the director. Legal reporter Ann Roe points out that no one will sue.\n\n"
     "The president himself addressed the conversation when he tweeted that there might be tapes.",
     [("Legal reporter Ann Roe", "Ann Roe"), ("he", "Tom Berg")]),
    # the title of the person cited last, before another the text titled alike: "The senator" is the one who spoke
    ("The trial of New Jersey’s Democratic U.S. Senator Bob Marsh ended in a mistrial.\n\n"
     "Republican Mitch Lane, the Senate majority leader, called for an inquiry.\n\n“It was wrong,” said Marsh.\n\n"
     "The senator also added a warning to his rivals.\n\n“I won’t forget you,” he said.",
     [("Republican Mitch Lane", "Mitch Lane"), ("Marsh", "Bob Marsh"), ("he", "Bob Marsh")]),
    # …after an opening phrase: "Earlier on Tuesday, the president tried …" is the president, not the spokesman cited before
    ("President Tom Berg met lawmakers. “It went well,” White House spokesman Carl Lee said of Berg.\n\n"
     "Earlier on Tuesday, the president tried to blame Democrats for what he called “loopholes” in the law.\n\n"
     "“These are crippling loopholes,” he said.", [("White House spokesman Carl Lee", "Carl Lee"), ("he", "Tom Berg"),
                                                  ("he", "Tom Berg")]),
])
def test_he_or_she_after_a_person_introduced_or_described_by_title(text, expected):
    assert [(r["speaker"], r["source"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, role", [
    # a participle after the name says what the person did, not who they are
    ("“It was wrong,” said Ann Roe, flanked by her grown children.", ""),
    ("“We will be flexible,” said Tom Berg, denouncing the accord as “insane.”", ""),
    ("“We won,” said Ann Roe, speaking to reporters.", ""),
    # …but an adjective in -ing belongs to a title
    ("“The court denies review,” says Tom Berg, founding dean of the Example School of Law.", "founding dean"),
])
def test_a_participle_after_a_name_is_no_role(text, role):
    assert [r["role"] for r in find_citations(text)] == [role]


@pytest.mark.parametrize("text, expected", [
    # a name after a title of three capitalised words is a full name ("US Attorney General| William| Barr" before)
    ("US Attorney General Tom Berg has refused to testify.\n\nMr Berg, who was appointed by Mr Lee, told the committee "
     "he was surprised.", [("Tom Berg", "US Attorney General")]),  # (appointed by someone: no role of its own)
    # …not where another full name gives the surname ("Defense Secretary James Mattis" beside "Jim Mattis")
    ("Jim Lane quit on Monday.\n\nDefense Secretary James Lane resigned in protest.\n\n“It is wrong,” Lane said.",
     [("Jim Lane", "")]),
])
def test_a_surname_is_the_full_name_a_title_cut(text, expected):
    assert [(r["source"], r["role"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "MP" is a legislator's title, however many words stand before it; "MPs" are several, unnamed
    ("Senior Labour MP Tom Berg has also said that he will table an amendment.\n\nHe said it could pass.",
     [("Tom Berg", "official", "Senior MP", "Labour"), ("Tom Berg", "official", "Senior MP", "Labour")]),
    ("Veteran Conservative MP Ann Roe said the vote would fail.", [("Ann Roe", "official", "MP", "Conservative")]),
    ("Several MPs said the vote would fail.", [("several MPs", "anonymous", "mps", "")]),
    # the role before the name, with where it is held: "The prosecutor in the case, Ann Roe, said"
    ("The prosecutor in the case, Ann Roe, said the evidence was weak.",
     [("Ann Roe", "official", "prosecutor in the case", "")]),
    ("The head of the agency, Ann Roe, said the evidence was weak.", [("Ann Roe", "official", "head", "agency")]),
    # a possessive inside that phrase owns the place, not the role
    ("Tom Berg, the lead prosecutor on Ann Roe’s case, said the evidence was weak.",
     [("Tom Berg", "official", "lead prosecutor on Ann Roe’s case", "")]),
])
def test_titles_and_roles_before_a_name(text, expected):
    assert [(r["source"], r["kind"], r["role"], r["affiliation"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a role, then the name between commas, opening the sentence: whom its "he" stands for
    ("“No comment,” a spokesman replied.\n\nA former prosecutor on the case, Tom Berg, added to the intrigue when he "
     "told Congress that he came under pressure.", [("a spokesman", "a spokesman"), ("he", "Tom Berg")]),
    # …but the role is the one just before the name, not a longer phrase through "her" ("a nightmare for her husband")
    ("The posts have been a macabre and continuing nightmare for her husband, Tom Berg, who lives nearby.\n\n"
     "“Please delete them,” he wrote.", [("he", "Tom Berg", "husband")]),
    # a party's adjective is nobody's name ("fellow Democratic presidential candidate …" made "Democratic" a person)
    ("Lee is not the first, as fellow Democratic presidential candidate Sen. Ann Roe, too, committed in April to act.\n\n"
     "California Democratic Rep. Tom Berg, promised to make it a focal point when he announced his bid.",
     [("he", "Tom Berg")]),
])
def test_he_for_a_person_introduced_with_a_role_first(text, expected):
    got = [(r["speaker"], r["source"], r["role"]) for r in find_citations(text)]
    assert [g[:len(e)] for g, e in zip(got, expected, strict=True)] == expected


@pytest.mark.parametrize("text, expected", [
    # "they" after the sentence's own subject, several people by their role: those people
    ("“It was fair,” his lawyers said.\n\nFour line prosecutors handling the case recommended a sentence of seven years, "
     "a sentence they said reflected his obstruction.", [("his lawyers", "his lawyers"), ("they", "four line prosecutors")]),
    # …not an opening that names no people ("Three days later")
    ("“It was fair,” his lawyers said.\n\nThree days later the judge ruled, and they said they would appeal.",
     [("his lawyers", "his lawyers"), ("they", "his lawyers")]),
])
def test_they_for_the_people_a_sentence_opens_with(text, expected):
    assert [(r["speaker"], r["source"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "The Democrat", sentences after the person was cited, with only a body cited between: that person
    ("“My plan is simple,” Lee said in a statement.\n\nThe plan bans bump stocks.\n\nAccording to the Example Law Center, "
     "federal law offers some protection.\n\nThe Democrat told CBS on Monday that the issue is personal.",
     ["Lee", "the Example Law Center", "Lee"]),
    # …not when the description names a state the text does not give the person
    ("Sen. Tom Berg said it.\n\nThe bill passed on Monday.\n\nThe Ohio Republican told CNN it would fail.",
     ["Tom Berg", "the Ohio Republican"]),
    # …nor a description inside a clause ("to counter the Republican claim")
    ("Sen. Tom Berg said it.\n\nThe bill passed on Monday.\n\nIn short, the Democrats have arguments they can make to "
     "counter the Republican claim that all is well.", ["Tom Berg", "the Republican"]),
])
def test_a_party_description_stands_for_the_person_cited_last(text, expected):
    assert [r["source"] for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "Trump, she said, was …": the name the aside interrupts is what she said, not who said it
    ("“It is heinous,” Tom Berg said.\n\nDeputy press secretary Ann Roe, however, defended the tweets on Fox News.\n\n"
     "Berg, she said, was simply striking back.", [("Tom Berg", "Tom Berg"), ("she", "Ann Roe")]),
])
def test_he_or_she_not_the_name_an_aside_interrupts(text, expected):
    assert [(r["speaker"], r["source"]) for r in find_citations(text)] == expected


def test_a_titled_name_ends_at_its_possessive():
    # "President George W. Bush’s White House" had made "George W. Bush’s White" a person, whom a later "he" named
    from helpers.citations import _known_people

    known = _known_people("It was a busy week for President Tom Berg’s White House.")
    assert {name for name, _, _ in known.values()} == {"Tom Berg"}
    assert find_citations("It was a busy week for President Tom Berg’s White House.\n\nAt the stormy meeting, he "
                          "said he would be “proud” to shut down the government.") == []


@pytest.mark.parametrize("text, expected", [
    # a plural title before names joined by "and": each holds it, in the singular, for later mentions too
    ("The remarks drew an angry response from Senators McCain and Lindsey Graham. In a statement, Mr. Graham said he "
     "would oppose anyone.", [("Lindsey Graham", "official", "Senator", "")]),
    ("Reps. Maxine Waters and Nanette Diaz Barragán said in a statement there was a need for an inquiry.",
     [("Nanette Diaz Barragán", "official", "Rep.", ""), ("Maxine Waters", "official", "Rep.", "")]),
    ("Republican senators John McCain and Lindsey Graham criticized the plan. Graham said it was wrong.",
     [("Lindsey Graham", "official", "senator", "Republican"), ("John McCain", "official", "senator", "Republican"),
      ("Lindsey Graham", "official", "senator", "Republican")]),
    ("The book was edited by sociologists Ruth Milkman and Kent Wong. “It was a surprise,” Wong said.",
     [("Kent Wong", "expert", "sociologist", "")]),
    # what stands before the plural title and belongs to it stays in the title
    ("The vote was 7-2; Associate Justices Ruth Bader Ginsburg and Sonia Sotomayor dissented. Ginsburg wrote that it was wrong.",
     [("Ruth Bader Ginsburg", "official", "Associate Justice", "")]),
    # the list's first name loses the plural title the list opens with
    ("Senators John McCain, Rand Paul and Lindsey Graham wrote a letter to the president.",
     [("Lindsey Graham", "official", "Senator", ""), ("Rand Paul", "official", "Senator", ""), ("John McCain", "official", "Senator", "")]),
    # …but a verb before a title in lower case makes it no title the names hold
    ("If early polls determined presidents John McCain and Ross Perot would be playing poker. McCain said it.",
     [("John McCain", "unknown", "", "")]),
])
def test_a_plural_title_before_names_is_each_ones(text, expected):
    assert [(r["source"], r["kind"], r["role"], r["affiliation"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a named person "at" a body works there
    ("Mark Zandi at Moody's Analytics said the economy was slowing.", ("Mark Zandi", "unknown", "", "Moody's Analytics")),
    ("Economist Tom Lee at Harvard said the study was flawed.", ("Tom Lee", "expert", "Economist", "Harvard")),
])
def test_a_name_at_a_body_is_the_person_and_where_they_work(text, expected):
    [record] = find_citations(text)
    assert (record["source"], record["kind"], record["role"], record["affiliation"]) == expected


def test_a_pronoun_after_that_is_the_subject_of_the_clause_it_depends_on():
    # "Ted Cruz has evidence that he says shows …": Cruz, not the senator titled in the sentence before
    records = find_citations("Senator John McCain would be playing poker. Ted Cruz has evidence that he says shows "
                             "that he can win.")
    assert [(r["source"], r["speaker"]) for r in records] == [("Ted Cruz", "he")]


def test_a_name_after_a_described_object_is_no_pronouns_referent():
    # "convictions of the executives Kenneth L. Lay and …": objects, not the "he" of a later sentence
    records = find_citations("In 2006 she won convictions of the executives Kenneth L. Lay and Jeffrey K. Skilling. "
                             "She returned to practice. He promoted her in June 2011, saying, “Kathy is an outstanding lawyer.”")
    assert [r["source"] for r in records] == []


@pytest.mark.parametrize("text, source", [
    # a name joined by "&" is a firm's, kept whole
    ("The state's case rested on a radical reading of the law, Johnson & Johnson said.", "Johnson & Johnson"),
    ("“It is wrong,” said Procter & Gamble.", "Procter & Gamble"),
    ("The case was radical, AT&T said.", "AT&T"),
    ("B&Q says it is trialling a recycling scheme.", "B&Q"),
])
def test_a_name_joined_by_an_ampersand_is_a_firm(text, source):
    [record] = find_citations(text)
    assert (record["source"], record["kind"]) == (source, "institution")


@pytest.mark.parametrize("text, expected", [
    # a plural description that lists the people or bodies it means between commas: each of them
    ("Two Republican senators, Susan Collins of Maine and Lisa Murkowski of Alaska, said on Wednesday that they would "
     "oppose the nominee.", [("Susan Collins", "official"), ("Lisa Murkowski", "official")]),
    ("Two top U.S. business groups, the U.S. Chamber of Commerce and the Business Roundtable, decried the policy.",
     [("the U.S. Chamber of Commerce", "institution"), ("the Business Roundtable", "institution")]),
    # …not a list of what they are
    ("Two senators, tired and angry, said the talks had failed.", [("two senators", "anonymous")]),
])
def test_a_plural_description_listing_whom_it_means_is_each_of_them(text, expected):
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, source, affiliation", [
    # …but a title and a person's name after the firm's name are that person
    ("“It hurts,” said JPMorgan Chase & Co Chief Executive Jamie Dimon, who chairs the Business Roundtable.",
     "Jamie Dimon", "JPMorgan Chase & Co"),
    ("AT&T Chief Executive John Stankey said the deal would close.", "John Stankey", "AT&T"),
])
def test_a_person_titled_by_a_firm_named_with_an_ampersand_is_the_person(text, source, affiliation):
    [record] = find_citations(text)
    assert (record["source"], record["role"], record["affiliation"]) == (source, "Chief Executive", affiliation)


@pytest.mark.parametrize("text, expected", [
    # "the company", "the group", "the agency": the body cited just before, or the body the person cited speaks for
    ("Thousands were without power, Avista Utilities said. “Crews are working,” the company tweeted.",
     ["Avista Utilities", "Avista Utilities"]),
    ("Instead, according to the ACLU, agents held the teen. The boy is in good health, according to the group.",
     ["the ACLU", "the ACLU"]),
    ("“We will appeal,” said Sabrina Strong, a lawyer for Johnson & Johnson. The company added that it wants the fine "
     "put on hold.", ["Sabrina Strong", "Johnson & Johnson"]),
    # …never a body of the state or a country for "the company" or "the group", nor a person of no body
    ("The Pentagon said the strike was lawful. In a statement, the group said the strike was a crime.",
     ["The Pentagon", "the group"]),
    ("“We will appeal,” said Ann Roe, a farmer. The company added that it wants the fine put on hold.",
     ["Ann Roe", "The company"]),
    # …or the body its own sentence opens with, before it
    ("Avista Utilities said the storm hit.\n\nThe CDC had been collecting the data on its network, which the agency "
     "describes as the best system.", ["Avista Utilities", "The CDC"]),
    # "the station": the broadcaster cited just before
    ("KTVI reported that protesters hit police cars. The station also reported that police backed off.", ["KTVI", "KTVI"]),
    # "It said": the body the sentence before opens with, when it was named after the last body cited
    ("The CDC said it would act.\n\nThe Department of Health released data. It said more would follow.",
     ["The CDC", "The Department of Health"]),
    ("The CDC said it would act. It added that more would follow.", ["The CDC", "The CDC"]),
])
def test_a_body_referred_back_to_by_what_it_is_is_the_body_cited_before(text, expected):
    assert [r["source"] for r in find_citations(text)] == expected


# the twenty-third round of unseen articles
@pytest.mark.parametrize("text, expected", [
    # words that qualify a role open the subject with it, before a relative clause between commas
    ("However, Acme Capital tech investor Jane Roe, who is also on the city's advisory board, said the company's "
     "response took too long.", ("Jane Roe", "expert", "tech investor", "Acme Capital")),
    ("“Art matters,” says new media artist Ravi Nair, who created a filter.", ("Ravi Nair", "citizen", "new media artist", "")),
    ("Artist Gina Cole calls this the “creative conscience” of the public.", ("Gina Cole", "citizen", "Artist", "")),
    # a party tag is a legislator's affiliation; a committee is the seat
    ("Sen. Carl Boyd, R-Iowa, a longtime member of the Agriculture Committee, said he would vote against the bill.",
     ("Carl Boyd", "official", "Sen.", "Republican, Iowa")),
    ("“I voted my conscience,” said Representative Joe Platt, Republican of Pennsylvania, who voted against the shift.",
     ("Joe Platt", "official", "Representative", "Republican, Pennsylvania")),
    ("Representative Will Hay of Maryland, the ranking Democrat on the House Budget Committee, said Republicans were given "
     "a choice.", ("Will Hay", "official", "Representative", "Democrat")),
    # a chamber's committee and its chair's title are one role; the later tag inside the relative clause is the other's
    ("Senate Agriculture Chairwoman Ann Mays, D-Mich., who wrote the bill with her House counterpart, Rep. Tom Ruiz, "
     "R-Okla., said she is proud of the deal.", ("Ann Mays", "official", "Senate Agriculture Chairwoman", "Democrat, Mich.")),
    ("House Judiciary Chairman Tom Nash (D-N.Y.) said the report was damning.",
     ("Tom Nash", "official", "House Judiciary Chairman", "Democrat, N.Y.")),
    # …but a party's national committee or a central bank is a body of its own
    ("Republican National Committee Chairman Ron Pike said the party was ready.",
     ("Ron Pike", "official", "Chairman", "Republican National Committee")),
    ("Fed Chairman Jay Moss said rates would rise.", ("Jay Moss", "official", "Chairman", "Fed")),
    # a person of a body, then what the body is: the person speaks
    ("Pat Cole of the Farm Policy Group, an organization that has fought for reform for years, said the plan is a sham.",
     ("Pat Cole", "unknown", "", "Farm Policy Group")),
    # a title held then, written with a hyphen
    ("In January, then-Secretary of State Dan Moss explained, “I think some of it will end up elsewhere.”",
     ("Dan Moss", "official", "then-Secretary of State", "")),
    # how the audience took the words is no part of the speaker
    ("“We will win,” said New York Sen. Paul Hart to cheers.", ("Paul Hart", "official", "Sen.", "New York")),
    # after the words, a name and a description with a relative clause that runs to the verb
    ("“We need a new face,” Ray Emery, the mayor of Springfield who served in both the Lee and Park administrations "
     "said today.", ("Ray Emery", "official", "mayor", "Springfield")),
    # a poll or estimate and how it came out: the document, or the body whose it is
    ("Roe leads the field by 5 points, according to a new poll released Thursday.", ("a new poll", "institution", "", "")),
    ("The penalties will reduce the deficit, according to a Congressional Budget Office estimate published in February.",
     ("Congressional Budget Office", "institution", "", "")),
])
def test_round_23_roles_parties_committees_and_documents(text, expected):
    assert [(r["source"], r["kind"], r["role"], r["affiliation"]) for r in find_citations(text)] == [expected]


def test_a_description_naming_another_body_is_not_a_person_with_that_title():
    text = ("Acme chief legal officer Dan Reed said the claims were false.\n\n"
            "Earlier, the NSA chief said the program was legal.")
    assert [r["source"] for r in find_citations(text)] == ["Dan Reed", "the NSA chief"]


def test_a_transcript_labelled_with_full_names_and_no_roles():
    text = ("AMY ROE: Welcome back. We’re joined by the journalist Glen Berg.\n\n"
            "GLEN BERG: It was a shock to everyone.\n\n"
            "And it will happen again, because nobody learns.\n\n"
            "AMY ROE: Why do you say that?\n\n"
            "GLEN BERG: Because they never listen.")
    records = find_citations(text)
    assert [(r["source"], r["quote"], r["form"]) for r in records] == [("Glen Berg", "direct", "speaker label")] * 2
    # the paragraph after a labelled one, before the next label, is the same speaker going on
    assert text[records[0]["start"]:records[0]["end"]].endswith("because nobody learns.")


@pytest.mark.parametrize("text, expected", [
    # a sentence opening with a conjunction: the subject after it speaks through the participle
    ("But Dan Reed lambasted the Democrats, saying they are wrong.", ("Dan Reed", "saying", "indirect")),
    ("And the Justice Department sued Ohio, arguing the law was void.", ("Justice Department", "arguing", "indirect")),
    # a name given to a thing, with an aside between commas or dashes in the object
    ("Sen. Ann Moss called the plan, which is similar to the one the mayor offered, a “shameful abdication.”",
     ("Ann Moss", "called", "mixed")),
    ("Gov. Ann Moss called the killing -- which came after an attack on the embassy -- “disproportionate.”",
     ("Ann Moss", "called", "mixed")),
    # what someone calls a thing, quoted
    ("Workers are exposed to what Tom Hale calls “the huge heat” in the plants.", ("Tom Hale", "calls", "mixed")),
    # an argument given as someone's
    ("Dan Reed’s argument is that the cuts will close fire stations.", ("Dan Reed", "argument", "indirect")),
])
def test_round_24_conjunctions_names_given_and_arguments(text, expected):
    assert [(r["source"], r["cue"], r["quote"]) for r in find_citations(text)] == [expected]


def test_what_he_calls_is_the_sentence_speaker_when_there_is_one():
    # the pronoun is the subject who speaks in the sentence, not the host named before him
    text = ("Speaking to radio host Jon Kato on Monday, Sen. Tom Hale accused lawmakers of waste and took aim at what he "
            "called “wasteful spending.”")
    assert [r["source"] for r in find_citations(text)] == ["Tom Hale"]


@pytest.mark.parametrize("text", [
    "The bill’s message is that taxes are too high.",  # a thing's message is no one's argument
    "The problem is that nobody came.",
])
def test_an_argument_of_no_one_is_not_cited(text):
    assert find_citations(text) == []


def test_the_agent_of_a_passive_is_who_a_pronoun_after_it_stands_for():
    text = ("The project was approved in 2010 by Interior Secretary Ken Lake.\n\n"
            "The documents were obtained by Audra Pine, of the Alliance to Protect the Sound. "
            "“This deserves an investigation,” she said.")
    assert [r["source"] for r in find_citations(text)][-1] == "Audra Pine"


def test_an_event_is_no_person_and_the_university_is_no_party():
    text = ("Few would deny that he is the one to deliver the keynote at the Republican National Convention. "
            "A sunny pitchman, he dismisses those who differ with him as “rooting for failure.”\n\n"
            "Dan Hale, a political scientist at the University of Missouri, says he is a masterly speaker.\n\n"
            "Rep. Tom Akin, R-Mo., said he would stay in the race.\n\n"
            "“He needs moderate votes,” Dave Robson, a political science professor at the university, said.")
    records = find_citations(text)
    assert "National Convention" not in {r["source"] for r in records}
    assert records[-1]["affiliation"] == "University of Missouri"


@pytest.mark.parametrize("credit, expected", [
    ("-- White House statement on pending, automatic spending cuts.", ("White House", "institution", "")),
    ("— Dan Moss on “Special Report with Ann Lee”", ("Dan Moss", "unknown", "Special Report with Ann Lee")),
    ("— Ann Roe, a farmer, on Fox News", ("Ann Roe", "citizen", "Fox News")),
])
def test_a_dash_credit_under_a_quotation_names_a_body_s_document_or_the_program(credit, expected):
    text = f"“Do they protect tax loopholes that benefit the very few?”\n\n{credit}"
    assert [(r["source"], r["kind"], r["channel"]) for r in find_citations(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a party's unnamed plural is a group with the party; background sources stay anonymous
    ("Republican leaders have insisted that tax rates should not rise.", ("Republican leaders", "group", "leaders", "Republican")),
    ("Several Democratic lawmakers have called on the mayor to resign.",
     ("several Democratic lawmakers", "group", "lawmakers", "Democrat")),
    ("Republican officials said the plan failed.", ("Republican officials", "anonymous", "officials", "")),
    # "one of" a plural: a member, with a named owner as the affiliation, never a thing's
    ("Dan Reed, one of the company’s lawyers, said the suit failed.", ("Dan Reed", "unknown", "lawyer", "")),
    ("The report was incoherent, Jay Moss, one of President Tom Hale’s attorneys, said Thursday.",
     ("Jay Moss", "unknown", "attorney", "President Tom Hale")),
    ("Rep. Pat Cole, R-Wis., one of the bill’s chief negotiators, said it “will stop the lurch.”",
     ("Pat Cole", "official", "Rep.", "Republican, Wis.")),
    ("According to Ambassador Tom Lake, one of the chairmen of the ARB, their careers are “finished.”",
     ("Tom Lake", "official", "Ambassador", "ARB")),
    # where and how the words were said is no part of the role
    ("“This is an insult,” said Jorge Lema, an ex-foreign minister, in a televised interview.",
     ("Jorge Lema", "official", "ex-foreign minister", "")),
    # a month cut from a body after "according to"
    ("At least 5,000 residents have died, according to data compiled by the Example Times in late June.",
     ("the Example Times", "media", "", "")),
])
def test_round_24_groups_members_of_plurals_settings_and_dates(text, expected):
    assert [(r["source"], r["kind"], r["role"], r["affiliation"]) for r in find_citations(text)] == [expected]


def test_an_inverted_cue_s_following_clause_is_no_role():
    text = ("Jay Moss said it was bad.\n\n"
            "The most telling issue, said Moss, was when the counsel was asked “about that exoneration nonsense.”")
    assert [r["role"] for r in find_citations(text)] == ["", ""]


@pytest.mark.parametrize("text", [
    "Time will tell whether his moment in the limelight translates into anything more.",
    "The next evening, Bishop Tom Lake was saying mass in the chapel.",
])
def test_idioms_of_telling_and_saying_cite_no_one(text):
    assert find_citations(text) == []


@pytest.mark.parametrize("text, expected", [
    # a relative clause saying whom the person heads: its head, of that body
    ("“We are losing to the virus,” says Ann Roe, who runs the Example institute.",
     ("Ann Roe", "expert", "head", "Example institute")),
    ("Tom Hale, who founded Example Labs, said sales fell.", ("Tom Hale", "unknown", "founder", "Example Labs")),
    ("Tom Hale, who ran the Federal Reserve Bank of Example, said rates would rise.",
     ("Tom Hale", "official", "former head", "Federal Reserve Bank of Example")),
    # …but not what someone runs that is no body
    ("Tom Hale, who runs a small shop, said sales fell.", ("Tom Hale", "unknown", "", "")),
    # a role held to a place is held by the person, not by the place
    ("The Saudi ambassador to Example City said the attack was an act of war.",
     ("the Saudi ambassador to Example City", "anonymous", "ambassador", "")),
    # an inverted speaker ends where a clause of when starts
    ("“It is a scandal,” said Tom Hale just before signing the order.", ("Tom Hale", "unknown", "", "")),
    ("“It is a scandal,” said Sen. Ann Roe after meeting the governor.", ("Ann Roe", "official", "Sen.", "")),
    # a participle opening the sentence takes what was noted, not who noted it
    ("Noting the rise of populism, Hale said, “The democracies are not on top of their game.”",
     ("Hale", "unknown", "", "")),
])
def test_round_25_heads_of_bodies_posts_and_openings(text, expected):
    assert [(r["source"], r["kind"], r["role"], r["affiliation"]) for r in find_citations(text)] == [expected]


def test_a_relative_named_in_full_is_not_the_bare_surname():
    # "Trump’s eldest son, Donald Trump Jr": a bare "Trump" is the father, never the son
    text = ("Hale tweeted that the vote was rigged.\n\n"
            "Hale’s eldest son, Tom Hale Jr, said the platform was biased.\n\n"
            "Hale said it was a fraud.")
    assert [r["source"] for r in find_citations(text)] == ["Hale", "Tom Hale Jr", "Hale"]
    # "Eric Trump, the nominee’s son": a son of someone described, and the son's affiliation is not "nominee"
    text = ("Jay Hale, the nominee’s son, echoed these sentiments.\n\n"
            "A host asked whether the businessman was in a bubble. Hale answered: “No, I don’t think so at all.”")
    assert [(r["source"], r["affiliation"]) for r in find_citations(text)] == [("Jay Hale", ""), ("Hale", "")]
    # a father of someone of another surname is still the bare surname's person
    text = "Trayvon’s father, Tracy Lee, spoke on Sunday.\n\n“It was not fair,” Lee said."
    assert [(r["source"], r["role"]) for r in find_citations(text)] == [("Tracy Lee", "father")]


def test_a_relation_is_read_within_its_paragraph():
    from helpers.citations import _kin_people

    # a name closing one paragraph is not the relative the next paragraph opens with (the pattern once ran on)
    assert _kin_people("“It will pass,” said Ann Hale, a state senator.\n\nThe senator’s wife declined to comment.") == frozenset()
    assert _kin_people("Ann Hale, the senator’s wife, declined to comment. The person and the season.") == {"Ann Hale"}
    # "person", "reason", "season" hold "son" but name no relative
    assert _kin_people("The person gave a reason, Tom Hale said this season.") == frozenset()


def test_a_first_name_that_runs_into_another_surname_is_another_person():
    # the article's George is a television host; "George W Bush" is someone else, and Rove opens the sentence
    text = ("ABC host George Sloane pressed the case, asking whether he was in a bubble.\n\n"
            "Karl Rove, who masterminded George W Bush’s victories over Al Gore, was sceptical on Sunday.\n\n"
            "“I don’t see it happening,” he told Fox News.")
    assert [r["source"] for r in find_citations(text)][-1] == "Karl Rove"


@pytest.mark.parametrize("text, expected", [
    # an acronym written in capitals is a body, not the relative pronoun it spells
    ("“This is a success story,” WHO said Monday. Officials reached every contact, WHO said.",
     [("WHO", "institution"), ("WHO", "institution")]),
    ("The US said 105 missiles were launched.", [("The US", "institution")]),
    # "It said" after a sentence that a body opens as its subject: that body
    ("The Department of Health and Human Services released a plan on Friday. It said more steps would follow.",
     [("The Department of Health and Human Services", "institution")]),
    ("The State Department reissued a travel advisory. “Militias may threaten citizens,” it said.",
     [("The State Department", "institution")]),
    # …never an "it" inside a clause, nor a body that is not the sentence's subject
    ("Washington ordered staff home on Wednesday. The administration sent forces to counter what it says is a threat.", []),
    ("Ann Roe released a plan on Friday. It said more steps would follow.", []),
    # a time after "lashed out" is when, not a poll released: the person after "after" is the one who said it
    ("He lashed out hours after Prime Minister Ann Roe said she was “sorry” that Mr Berg had abruptly called off a visit.",
     [("Ann Roe", "official")]),
    ("A Marist poll released two days after the debate found Berg ahead.", [("Marist", "institution")]),
])
def test_round_27_acronyms_bodies_as_it_and_clauses_after_a_quotation(text, expected):
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the nouns that modify a plural body belong to it: which groups, which companies
    ("Human rights groups said the law was unjust.", [("Human rights groups", "institution")]),
    ("As analysts told reporters, insurance companies have said they may leave.",
     [("analysts", "group"), ("insurance companies", "institution")]),
    ("Doctors, medical organizations and insurer groups have warned that costs would rise.",
     [("doctors", "group"), ("medical organizations", "institution"), ("insurer groups", "institution")]),
    # …never a verb before them
    ("Police told groups to leave, officials said.", [("officials", "anonymous")]),
    # a person described by age, or by titles won, is the person the sentence before named
    ("Tom Berg was charged on Tuesday. The 25-year-old said he would appeal.", [("Tom Berg", "unknown")]),
    ("Ann Roe won on Sunday. The two-time champion said she was thrilled.", [("Ann Roe", "citizen")]),
    ("Police arrested a man on Tuesday. The 25-year-old said he would appeal.", [("the 25-year-old", "anonymous")]),
    # …and an age that describes a thing is no one
    ("The 25-year-old law was repealed, officials said.", [("officials", "anonymous")]),
    # "he" after a quotation that opens the sentence: the person the sentence before opens with, named in full
    ("Breitbart’s Milo Yiannopoulos appeared on stage to declare that correctness kills.\n\n"
     "“I try to fight it,” he said.", [("Milo Yiannopoulos", "unknown")]),
    ("Tom Berg spoke on Monday about the border.\n\n“The wall works,” he said.", [("Tom Berg", "unknown")]),
    # …never a body ("its forecast") nor a person named as an object
    ("The Justice Department sued Tom Berg on Monday.\n\n“The wall works,” he said.", []),
    # to whom and when, between the verb and its clause
    ("Spokesman Col. Ed Thomas clarified to Fox News on Monday that the general “believes that ISIS is a threat.”",
     [("Ed Thomas", "official")]),
    ("Ann Roe confirmed to The Associated Press last week that she would run.", [("Ann Roe", "unknown")]),
])
def test_round_28_modified_plurals_ages_and_titles_won(text, expected):
    assert sorted((r["source"], r["kind"]) for r in find_citations(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("“This is wrong,” said Ann Roberts. Roberts, who studies law at Yale, has written on it.", ("expert", "researcher", "Yale")),
    ("“This is wrong,” said Ann Roberts. Roberts, who heads the Brennan Center, has written on it.",
     ("expert", "head", "Brennan Center")),
    ("“This is wrong,” said Ann Roberts. Roberts, who was the mayor of Flint until 2020, has written on it.",
     ("official", "former mayor", "Flint")),
    # a relative clause that states no role gives none
    ("“This is wrong,” said Ann Roberts. Roberts, who is running for mayor, has written on it.", ("unknown", "", "")),
])
def test_a_role_a_later_relative_clause_states_is_the_speakers(text, expected):
    (record,) = find_citations(text)
    assert (record["kind"], record["role"], record["affiliation"]) == expected


@pytest.mark.parametrize("text, expected", [
    # a subject described between commas, or with a party mark, who did one thing and said another
    ("Tom Berg, a professor at Yale, came out of the meeting and told reporters the vote would happen.",
     [("Tom Berg", "expert", "Yale")]),
    ("But on Wednesday afternoon, Rep. Ann Roe (R-OK), who sits on the whip team, came out of a meeting and told "
     "reporters there are three bills.", [("Ann Roe", "official", "Republican, OK")]),
    # after a time opening the sentence
    ("Late last year at the convention, Tom Berg expressed his disappointment and said the mandate is illegal.",
     [("Tom Berg", "unknown", "")]),
    # "claimed" lives or delegates: no one's words
    ("At last check, the virus has sickened 81,312 people, and claimed 2,770 lives.", []),
])
def test_round_30_a_described_subject_who_did_one_thing_and_said_another(text, expected):
    assert sorted((r["source"], r["kind"], r["affiliation"]) for r in find_citations(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a label and a colon, no verb: a round-up of reactions
    ("Comedian Sarah Roe: “I am heartbroken about the senator and his voters.”", [("Sarah Roe", "citizen", "comedian")]),
    ("Sen. Ann Roe: “The bill is dead and we all know it.”", [("Ann Roe", "official", "sen.")]),
    ("The bottom line: “This is a bad bill for everyone.”", []),
    ("Ukraine crisis: “We will fight to the very end here.”", []),
    # an emphatic "himself", "at the time" between the subject and the verb
    ("Trump himself tweeted that the senator's voters should back him in the fall.", [("Trump", "unknown", "")]),
    ("Jon Gruber, an economist, helped write the law. Mr. Gruber at the time said subsidies would flow to states.",
     [("Jon Gruber", "expert", "economist")]),
    # what it was said of, after the inverted speaker (not where the speaker works)
    ("Trump spoke at the rally. “They can trust me,” said Trump of evangelical Christians.", [("Trump", "unknown", "")]),
])
def test_round_30_labels_emphatic_pronouns_and_what_was_said_of(text, expected):
    assert sorted((r["source"], r["kind"], r["role"].lower()) for r in find_citations(text)) == sorted(expected)


def test_round_30_a_title_the_text_gave_with_its_body_keeps_the_body():
    text = ("Critics called for White House Press Secretary Tom Berg’s resignation on Monday.\n\n"
            "Press Secretary Tom Berg said the attacks were wrong.\n\nBerg later said he was sorry.")
    assert {(r["source"], r["role"], r["affiliation"]) for r in find_citations(text) if r["source"] == "Tom Berg"} \
        == {("Tom Berg", "Press Secretary", "White House")}
    # (not a book an author wrote)
    text = ("“It is wrong,” says Ann Roe, author of A More Perfect Union. The courts made it worse, author Ann Roe argues.")
    assert {r["affiliation"] for r in find_citations(text)} == {""}


@pytest.mark.parametrize("text, expected", [
    # the person an earlier sentence's subject names in full, neither cited nor titled before
    ("Sen. Ann Roe said the bill would fail. Meanwhile, Tom Berg is still in the White House. He remains popular. "
     "\"Every child is a gift,\" he told activists.", [("Ann Roe", "said"), ("Tom Berg", "told")]),
    ("Police spokesman Don Aaron said the man was a hero. The patron was later identified as 29-year-old James Shaw Jr., "
     "who spoke with the Tennessean. \"I don't really know,\" he said.", [("Don Aaron", "said"), ("James Shaw Jr", "said")]),
    ("Critic Tom Berg said the rules were unfair. Implicitly at least, Mr. Holder seemed to acknowledge the criticism. "
     "He said those restrictions \"will help.\"", [("Tom Berg", "said"), ("Holder", "said")]),
    ("\"It is so obvious,\" Janet Luoma said at the shelter. At the shelter, Chris Sherman plugged in a laptop. "
     "\"They don't seem to know,\" he said of the utility.", [("Janet Luoma", "said"), ("Chris Sherman", "said")]),
    # in its own sentence, the subject of the clause a pronoun is inside
    ("Tom Berg said taxes would rise. Ann Roe has unveiled a surtax - part of a plan she says will raise $5tn.",
     [("Tom Berg", "said"), ("Ann Roe", "says")]),
    # not a plural ("South Koreans seem"), nor a name before a noun ("The Parker Solar Probe rocket lifted off")
    ("Gen. Colin Powell said drills were pointless. South Koreans seem willing to take that advice. "
     "Few remember the drills, he added.", [("Colin Powell", "said"), ("Colin Powell", "added")]),
    ("Nasa launched its probe. The Parker Solar Probe rocket lifted off from Florida. \"Here we go!\" he said.", []),
])
def test_round_31_a_pronoun_stands_for_a_subject_named_in_full(text, expected):
    assert [(r["source"], r["cue"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a title not yet taken
    ("Gov.-elect Tony Evers (D) promised to drop the lawsuit spearheaded by Attorney General Ken Paxton (R). "
     "He also said he would mothball the corporation.", [("Tony Evers", "official", "Gov.-elect")]),
    ("Mayor-elect Ann Roe said she would win.", [("Ann Roe", "official", "Mayor-elect")]),
    # a description of one person, then the person's name and party between commas
    ("One member of a delegation invited to the White House Thursday, Rep. Brad Sherman (D) of California, says he "
     "“remains a skeptic” that a deal is possible.", [("Brad Sherman", "official", "Rep.")]),
    ("One member of a delegation, Rep. Brad Sherman, says he remains a skeptic.", [("Brad Sherman", "official", "Rep.")]),
    # a plural noun that is a cue word, after an adjective, is what someone made
    ("Instead, her campaign chairman, John Podesta, made brief remarks. “It’s been a long night,” he told supporters.",
     [("John Podesta", "official", "campaign chairman")]),
])
def test_round_31_titles_elect_descriptions_before_a_name_and_remarks_made(text, expected):
    assert [(r["source"], r["kind"], r["role"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a name opening the sentence after a time with no comma, then a relative clause that names another
    ("On Friday Bates, who was appointed by former President George W. Bush, a Republican, said he would not revise his ruling.",
     [("Bates", "said")]),
    # whose title it is, before the title: the person titled
    ("Barack Obama’s former acting Solicitor General Neal Katyal, author of a book, made that case, saying that it "
     "“makes no sense.”", [("Neal Katyal", "saying")]),
    # the name before "whom" is the object of what follows
    ("President Tom Berg mocked former Gov. Phil Bredesen. The president said Bredesen, whom he claimed he had never heard "
     "of, “donated a lot.”", [("Tom Berg", "said")]),
    # a subject described with a possessive, then an aside, then the verb: the name after the verb is whom it warned
    ("The nation's most powerful labor leader, vowing to defeat the bill, warned Hillary Clinton of the consequences.",
     [("leader", "warned")]),
    # a name inside a subordinate clause that opens the sentence is not the pronoun's
    ("Hillary Clinton praised the pact as the gold standard. “She will have to answer that,” Richard Trumka said. "
     "If Clinton backs the pact, there will be costs, he cautioned.",
     [("Hillary Clinton", "praised"), ("Richard Trumka", "said"), ("Richard Trumka", "cautioned")]),
    # a conjunction and a time before the subject of the sentence before
    ("“We will fight,” Newt Gingrich said. And on Wednesday, Mr. Boehner offered a bit of tough love: Get unstuck. "
     "“We won the fight,” he said.", [("Newt Gingrich", "said"), ("Boehner", "said")]),
])
def test_round_31_subjects_before_relatives_possessives_and_subordinate_clauses(text, expected):
    assert [(r["source"], r["cue"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "the report", "the poll": the document of the body or outlet last cited for what it reported or found
    ("The Labor Department reported Friday that the economy grew. “It’s a very favorable report,” said Tom Berg, an "
     "economist. The report showed that the soft spell had rebounded.",
     ["The Labor Department", "Tom Berg", "The Labor Department"]),
    ("A Reuters/Ipsos poll released Tuesday found that 57 percent opposed it. The June 16-19 poll found that 28 percent "
     "supported the policy.", ["Reuters/Ipsos", "Reuters/Ipsos"]),
    # not when another report comes up in between
    ("The Guardian reported that he had retired. BuzzFeed has a report on a host. “It appears that she is engaged,” "
     "the report says.", ["The Guardian", "the report"]),
])
def test_round_31_the_report_is_the_document_of_who_reported(text, expected):
    assert [r["source"] for r in find_citations(text)] == expected


def test_round_31_named_as_someone_s_successor_is_not_that_someone():
    # (a guard: the subject named as someone's successor, not the someone)
    text = "Tom Berg said the plan failed. Then Jane Doe was named as Tom Berg’s successor. She said she was honored."
    assert [r["source"] for r in find_citations(text)] == ["Tom Berg", "Jane Doe"]


@pytest.mark.parametrize("text, expected", [
    # a party's member on a committee, with or without an article, before the cue: the subject, a legislator
    ("Ron Wyden, top Democrat on the tax-writing Senate Finance Committee, said Democrats supported a lower rate.",
     [("Ron Wyden", "official", "top Democrat on the Senate Finance Committee", "Democrat")]),
    ("Ron Wyden, the ranking Democrat on the Senate Finance Committee, said the bill failed.",
     [("Ron Wyden", "official", "ranking Democrat on the Senate Finance Committee", "Democrat")]),
    # (a guard: a name after the cue is still the speaker when a quotation came before)
    ("“The bill failed,” said Ron Wyden, the top Republican on the Senate Finance Committee.",
     [("Ron Wyden", "official", "top Republican on the Senate Finance Committee", "Republican")]),
])
def test_round_32_a_party_member_on_a_committee(text, expected):
    assert [(r["source"], r["kind"], r["role"], r["affiliation"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, quotes", [
    # a typographic opening closed by a straight mark, then another quotation opening (either way) before any “””
    ("“I do not think that is conclusive,\" Pelosi responded. \"No, I do not.”", ["I do not think that is conclusive,", "No, I do not."]),
    ("“I do not think that is conclusive,\" Pelosi responded. “It is a distraction.”",
     ["I do not think that is conclusive,", "It is a distraction."]),
    ("‘It failed,' she said. ‘We lost.’", ["It failed,", "We lost."]),
    # (guards: a straight quotation inside the quotation, and an inch, stay inside it)
    ("“He told us \"leave now\" and we left,” she said.", ["He told us \"leave now\" and we left,"]),
    ("“It was a 12\" pipe, and it burst,” she said.", ["It was a 12\" pipe, and it burst,"]),
])
def test_round_32_a_straight_mark_closes_a_typographic_quotation_when_another_opens_first(text, quotes):
    from helpers.quotes import quote_spans

    assert [text[s:e] for s, e in quote_spans(text)] == quotes


def test_round_32_the_verb_after_a_mixed_quotation_gives_the_speaker():
    text = ("Savannah Guthrie, a co-host, asked Pelosi if Mueller should observe the guidance.\n\n"
            "“I do not think that is conclusive,\" Pelosi responded. \"No, I do not.”\n\n"
            "She later said that lawmakers should see what Mueller reports.")
    assert [(r["source"], r["cue"]) for r in find_citations(text)] == [
        ("Savannah Guthrie", "asked"), ("Pelosi", "responded"), ("Pelosi", "said")]


def test_round_32_a_questions_auxiliary_is_no_first_name():
    text = ("“Absolutely,” said Mick Mulvaney, the White House chief of staff. Did Trump “also mention the server?” "
            "Mulvaney asked. “I still want to see that server,” Trump said.")
    assert [r["source"] for r in find_citations(text)][-1] == "Trump"
    # (a guard: first names that are also auxiliaries stay names)
    for text in ("“It failed,” said Will Hurd.", "Rep. Will Hurd said the plan failed."):
        assert [r["source"] for r in find_citations(text)] == ["Will Hurd"]


def test_round_32_a_place_after_a_preposition_owns_no_pronoun():
    text = ("Critics attacked U.N. Ambassador Susan E. Rice on Tuesday.\n\nMrs. Rice, who has emerged as a prime focus of "
            "the Benghazi investigation on Capitol Hill, spoke out herself Wednesday for the first time.\n\nOn those shows, she downplayed suggestions "
            "that the strike was a premeditated attack.")
    assert [r["source"] for r in find_citations(text)] == ["Susan E. Rice"]


def test_round_32_a_title_run_ends_at_the_sentence_s_full_stop():
    text = ("This is a two-fer, according to CDC Director Tom Frieden. Not only do programs improve health, but young "
            "people are price-sensitive. As a result, he said at the news conference, “raising the price is effective.”")
    assert [(r["source"], r["role"]) for r in find_citations(text)] == [("Tom Frieden", "Director")] * 2
    # (a guard: abbreviations and initials inside the run stay: "U.S. Army Lt. Gen. Ann Roe")
    assert [r["source"] for r in find_citations("“We will leave,” said U.S. Army Lt. Gen. Ann Roe.")] == ["Ann Roe"]


@pytest.mark.parametrize("text, expected", [
    # an attribution set between commas after a sentence's first words: who speaks is the attribution's subject
    ("The INA, the plaintiffs said, only allows the president to ban the entry of a class of aliens.",
     [("the plaintiffs", "group")]),
    ("Second, the challengers claimed that the order was issued to disparage Muslims.", [("the challengers", "group")]),
    ("Statewide, the court concluded, 300,000 eligible voters lack the documents.", [("the court", "institution")]),
    ("The petitioners argued that the law was void.", [("the petitioners", "group")]),
    # (a guard: an appositive closed by a comma describes the name before it)
    ("Ann Roe, the judge, said the law was clear.", [("Ann Roe", "official")]),
])
def test_round_32_an_attribution_between_commas_and_the_parties_to_a_case(text, expected):
    assert [(r["source"], r["kind"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised word before the verb is a name, never the adverb or auxiliary it also spells
    ("FEMA Administrator Brock Long said the agency was ready.", [("Brock Long", "said")]),
    ("Pulaski County Sheriff Ronald Long said six people died.", [("Ronald Long", "said")]),
    # (guards: the adverb in lower case still stands between a subject and its verb)
    ("Trump has long said the agency was ready.", [("Trump", "said")]),
    ("Residents of the area have long said the plant leaks.", [("residents of the area", "said")]),
    # an adverb between a sentence's subject and its verb: the subject still does what the participle says
    ("In a letter to European Council President Donald Tusk, Johnson reluctantly accepted the delay, saying he had no "
     "choice.", [("Johnson", "saying")]),
])
def test_round_33_names_that_spell_adverbs_and_adverbs_after_a_subject(text, expected):
    assert [(r["source"], r["cue"]) for r in find_citations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # one body's name with "and" inside it, opened by "The"
    ("The Minnesota Campaign Finance and Public Disclosure Board said the congresswoman must pay a penalty.",
     ["The Minnesota Campaign Finance and Public Disclosure Board"]),
    # a work's title after "titled" is not who speaks: the work, and whose it is
    ("An August 2016 Government Accountability Institute study titled From Russia with Money reported that 17 "
     "partners paid fees.", ["Government Accountability Institute"]),
    ("A Pew Research Center report titled The Partisan Divide found that voters split.", ["Pew Research Center"]),
    # "that" after a cue opens what was reported, whose subject speaks next; no relative clause
    ("NPR's Peter Kenyon reports that officials say they are looking for associates of the attackers.", ["officials"]),
    ("The CBO report that lawmakers said cleared the budget space was wrong.", ["lawmakers"]),
    # a description followed by a verb of its own is a clause, not a source
    ("Trump and the Republican backers of the plan have deflected criticism of the legislation, insisting that "
     "Americans will love the new law.", []),
    # (guards: a relative clause's adverb is part of it; a title followed by its authors is left as it was)
    ("An aide who was not authorized to speak publicly said the vote would slip.",
     ["an aide who was not authorized to speak publicly"]),
    ("A famous 2011 study, titled “Academically Adrift,” by Richard Arum and Josipa Roksa, found that students "
     "learned little.", []),
])
def test_round_33_bodies_named_with_and_titles_and_reported_that(text, expected):
    assert [r["source"] for r in find_citations(text)] == expected


def test_round_33_the_subject_of_a_clause_that_opens_the_sentence_owns_the_pronoun_after_it():
    text = ("Justice Anthony Kennedy and Justice Sonia Sotomayor heard the case.\n\n"
            "But Sotomayor was unimpressed, asserting that the Court erred.\n\n"
            "Though Kennedy joined the majority opinion in full, he wrote separately to chide Trump.\n\n"
            "Her dissent cites the president’s tweets, which she says create a perception of bias.")
    assert [r["source"] for r in find_citations(text)][-2:] == ["Anthony Kennedy", "Sonia Sotomayor"]
    # (a guard: a pronoun after the main clause is not the subordinate clause's subject)
    text = "Sen. Ann Roe spoke. If Ms. Berg backs the pact, there will be costs, she cautioned."
    assert [r["source"] for r in find_citations(text)] == ["Ann Roe"]


def test_round_33_a_person_the_pronoun_is_the_object_of_is_not_who_the_pronoun_is():
    text = ("Inspector Elisabeth Drake testified that she tried to interview an employee.\n\n"
            "EPA Intelligence Adviser Steven Williams then approached Drake and yelled at her, jabbing his finger near "
            "her chest, she claimed.\n\n“His veins bulged,” she said.")
    assert [r["source"] for r in find_citations(text)] == ["Elisabeth Drake"] * 3
    # (a guard: a possessive "her" is the subject's own)
    assert [r["source"] for r in find_citations("Sen. Ann Roe lost her seat, she said.")] == ["Ann Roe"]


def test_round_33_a_quotation_alone_is_not_credited_to_a_speaker_the_next_paragraph_introduces():
    text = ("Long also dismissed criticism of the federal relief efforts, including from Cruz.\n\n"
            "“We can choose to look at what the mayor spouts off, or we can see what is being done.”\n\n"
            "Treasury Secretary Steven Mnuchin said Sunday that the complaints were “unfair.”")
    found = find_citations(text)
    assert [(r["source"], r["evidence"][:8]) for r in found] == [("Steven Mnuchin", "Treasury")]
    # (guards: a pronoun's paragraph after it, and a quotation opening the next paragraph, still credit it)
    for after in ("It is “conceivable” that the union would not endorse, he said.", "“It is conceivable,” he added."):
        text = ("AFL-CIO President Richard Trumka spoke on Friday.\n\n“It will be tougher to mobilize working people.”\n\n"
                + after)
        assert [(r["source"], r["evidence"][:8]) for r in find_citations(text)] == [("Richard Trumka", "“It will")]


def test_round_33_one_whose_clause_has_the_pronoun_s_person_as_object_is_someone_else():
    text = ("“I think they agree in their assessment,” White House spokeswoman Sarah Sanders said on NBC.\n\n"
            "But host Chuck Todd questioned her on why Trump would side with a dictator.\n\n"
            "“The president does not need somebody else to give him an assessment,” she said.")
    assert [r["source"] for r in find_citations(text)] == ["Sarah Sanders", "Chuck Todd", "Sarah Sanders"]
    # (guards: the pronoun in a later clause of the sentence may be the speaker's own)
    text = ("Justice Ruth Bader Ginsburg said Jack Phillips would not sell the cake.\n\n"
            "Phillips claimed victory, but it was unclear if the ruling would permit him to refuse customers.\n\n"
            "“The Supreme Court affirmed my beliefs,” he wrote.")
    assert [r["source"] for r in find_citations(text)][-1] == "Jack Phillips"
    text = ("U.S. Attorney Joon Kim spoke on Friday.\n\nKim said there was nothing that would prevent him from being "
            "declared an enemy combatant.\n\n“That is a determination that will be made elsewhere,” he told reporters.")
    assert [r["source"] for r in find_citations(text)][-1] == "Joon Kim"


def test_round_33_the_person_opening_a_sentence_only_a_body_cites_owns_the_pronoun_after_it():
    text = ("“We have not understood it yet,” Sheriff Joe Lombardo said.\n\n"
            "Marilou Danley, who was out of the country at the time, has been described by US authorities as a "
            "“person of interest”.\n\nTwo weeks ago, she said Paddock surprised her with a plane ticket.")
    assert [r["source"] for r in find_citations(text)][-1] == "Marilou Danley"
    text = ("“This busts the caps,” complained GOP Sen. John Boozman of Arkansas.\n\n"
            "Republican Sen. Lindsey Graham of South Carolina and others complained that the plan cuts pensions.\n\n"
            "He called for Obama to hold the bill.")
    assert [r["source"] for r in find_citations(text)][-1] == "Lindsey Graham"
