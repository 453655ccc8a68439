"""Cleaning rules on pages written for the purpose, shaped like outlets the seeds do not include."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.cleaning import clean_text, embedded_post

WIRE_PAGE = """Skip to content
Menu
World
Share this article
Tweet
Email
Leaders meet as sanctions bite
By Anna Smith and Tom Jones
Seoul officials watch the motorcade in Pyongyang on Tuesday. (AP Photo/Ahn Young-joon)
Advertisement
The two leaders met for three hours on Tuesday, officials said, and agreed to meet again
next year in the capital, where talks on trade and energy are expected to continue.
Analysts said the meeting was largely symbolic.
Read more: Five things to know about the summit
What happens next?
Both governments said a joint statement would follow within days.
<p>The statement had not been published by Wednesday evening.</p>
Related Articles
Summit ends without deal
Sanctions tighten on shipping
© 2023 Example News. All rights reserved.
"""


def test_wire_style_page():
    result = clean_text(WIRE_PAGE)
    assert result.title == "Leaders meet as sanctions bite"
    assert result.byline == "Anna Smith and Tom Jones"
    assert result.paragraphs == [
        "The two leaders met for three hours on Tuesday, officials said, and agreed to meet again "
        "next year in the capital, where talks on trade and energy are expected to continue.",
        "Analysts said the meeting was largely symbolic.",
        "Both governments said a joint statement would follow within days.",
        "The statement had not been published by Wednesday evening.",
    ]
    assert [h["text"] for h in result.headings] == ["What happens next?"]
    reasons = {r["text"]: r["reason"] for r in result.record()}
    assert reasons["Advertisement"] == "advertisement"
    assert "caption" in reasons["Seoul officials watch the motorcade in Pyongyang on Tuesday. (AP Photo/Ahn Young-joon)"]
    assert reasons["Summit ends without deal"].startswith("related-content block")
    assert reasons["© 2023 Example News. All rights reserved."] == "copyright notice"
    assert any(r["reason"] == "stray HTML tag" for r in result.record())


def test_numbered_reference_list_and_markers():
    page = ("Report on arms\n\nThe ministry denied the claim.[1] Officials said more would follow.[2]\n\n"
            "1. \"Ministry denies claim\", Example Times, https://example.org/a\n"
            "2. \"Officials speak\", Example Post, https://example.org/b\n")
    result = clean_text(page)
    assert result.paragraphs == ["The ministry denied the claim. Officials said more would follow."]
    assert [r["outlet"] for r in result.references] == ["Example Times", "Example Post"]


def test_page_without_prose_removes_everything_with_a_reason():
    result = clean_text("Home\nMenu\nShare\n\nSubscribe to our newsletter")
    assert result.body == ""
    assert all(r["reason"] for r in result.record())


def test_empty_and_whitespace_input():
    assert clean_text("").body == ""
    assert clean_text("   \n\n \t").paragraphs == []


# Pages shaped like outlets the seeds do not include (a broadsheet, a wire story, a blog).
UNSEEN = Path(__file__).parent / "fixtures" / "unseen_pages"


def test_broadsheet_page_without_a_manifest_title():
    result = clean_text((UNSEEN / "guardian.txt").read_text(encoding="utf-8"))
    assert result.title == "Kim Jong-un and Putin meet at Russian spaceport"
    assert len(result.paragraphs) == 5 and result.paragraphs[0].startswith("North Korean leader Kim Jong-un has told")
    reasons = {r["text"]: r["reason"] for r in result.record()}
    assert reasons["Justin McCurry in Tokyo and Pjotr Sauer"].startswith("name-only line")
    assert reasons["Wed 13 Sep 2023 05.34 BST"] == "date or timestamp line"
    assert reasons["Kim Jong-un and Vladimir Putin at the Vostochny cosmodrome. Photograph: Vladimir Smirnov/AP"] == "photo caption"
    for chrome in ("Skip to", "Sign in", "Share", "Explore more", "Most viewed", "Reuse this content"):
        assert chrome not in result.body


@pytest.mark.parametrize("dateline, first", [
    ("SEOUL, South Korea (AP) — ", "North Korean leader"),  # place with its country
    ("KYIV, Ukraine (CNN) — ", "Ukrainian officials"),  # a broadcaster's dateline, not an agency's
    ("SEOUL, Sept 13 (Reuters) - ", "North Korean leader"),  # place with the date
    ("UNITED NATIONS (AP) — ", "The Security Council"),
    ("Seoul (AFP) - ", "North Korean leader"),  # place in upper and lower case: only before an agency
    ("NEW YORK (AP) ", "Donald Trump"),  # the dash lost in an export
    ("WASHINGTON (AP) — ", "“We will talk"),  # a quotation opens the story
    ("WASHINGTON -- ", "Senate leaders"),  # no agency: a place in capitals before a spaced dash
    ("TEL AVIV, Israel — ", "Israeli officials"),
    ("NEW YORK, May 25 — ", "City officials"),
    ("WASHINGTON—", "Senate leaders"),  # a newspaper's dash without spaces after a place in capitals
    ("Washington CNN — ", "Senate leaders"),  # a broadcaster's site: the place, then its initials
    ("Washington (CNN) – ", "Hillary Clinton"),  # the initials in brackets, the place in sentence case
    ("Washington (CNN) ", "The Supreme Court"),  # (round 33) and no dash
    ("(CNN) - ", "Food safety inspections"),  # or no place at all
])
def test_datelines_in_every_style_are_cut_and_recorded(dateline, first):
    rest = f"{first} said on Monday that the talks in the capital would go on for several days."
    result = clean_text(f"Headline\n\n{dateline}{rest}\n\nThe talks went on for hours, officials said.", "Headline")
    assert result.paragraphs[0] == rest
    assert [e["removed"] for e in result.edits if e["reason"] == "dateline"] == [dateline.strip()]


@pytest.mark.parametrize("opening", ["Sen. Ted Cruz (R-Texas) — Who would have thought it, the senator asked.",
                                     "U.S. — and allied — forces left the base on Monday after the talks ended.",
                                     "Washington — the city, not the state — voted on Tuesday for the new plan.",
                                     "Kim Jong Un (left) — seen here with Putin — arrived in Vladivostok on Tuesday.",
                                     "Moscow (Russia) - The talks went on for several days in the capital city."])
def test_names_and_places_before_brackets_are_not_datelines(opening):
    result = clean_text(f"Headline\n\n{opening}\n\nThe talks went on for hours, officials said.", "Headline")
    assert result.paragraphs[0] == opening
    assert not [e for e in result.edits if e["reason"] == "dateline"]


def test_wire_story_credits_dateline_and_standards_line():
    result = clean_text((UNSEEN / "wire.txt").read_text(encoding="utf-8"))
    assert result.title == "Kim offers Putin 'full support' at summit"
    assert result.byline == "Hyonhee Shin and Guy Faulconbridge"
    assert result.paragraphs[0].startswith("North Korean leader Kim Jong Un told")  # dateline cut, and recorded
    assert any(e["reason"] == "dateline" and "(Reuters)" in e["removed"] for e in result.edits)
    assert result.paragraphs[-1].startswith("Analysts say")
    reasons = {r["text"]: r["reason"] for r in result.record()}
    assert reasons["September 13, 20233:45 AM GMTUpdated 2 years ago"] == "date or timestamp line"
    assert reasons["Our Standards: The Thomson Reuters Trust Principles."] == "publisher policy link"
    assert reasons["Reporting by Hyonhee Shin in Seoul and Guy Faulconbridge in Moscow; Editing by Lincoln Feast"] == \
        "reporting and editing credits"


def test_blog_page():
    result = clean_text((UNSEEN / "blog.txt").read_text(encoding="utf-8"))
    assert result.title == "What the Kim–Putin summit means for Asia"
    assert len(result.paragraphs) == 4 and result.paragraphs[-1] == "Critics argue that sanctions have failed."
    assert "Tags" not in result.body and "Leave a comment" not in result.body and "Related" not in result.body


def test_news_database_export_markers_and_abstract_are_page_chrome():
    page = ("ABSTRACT.\n\nOfficials said on Tuesday that the talks would resume next week in Geneva after a pause.\n\n"
            "FULL TEXT.\n\nOfficials said on Tuesday that the talks would resume next week in Geneva after a pause of two "
            "months.\n\n''We are ready,'' said the minister. ''The ball is in their court.''\n\nLENGTH: 812 words\n\n"
            "LOAD-DATE: June 3, 2016\n\nCopyright 2016 The Example Company\n")
    article = clean_text(page)
    assert article.body.startswith("Officials said on Tuesday that the talks would resume next week in Geneva after a pause of two")
    assert "ABSTRACT" not in article.body and "FULL TEXT" not in article.body and "LENGTH" not in article.body
    reasons = {r["text"][:12]: r["reason"] for r in article.record()}
    assert reasons["ABSTRACT."] == reasons["FULL TEXT."] == "news-database export marker"
    assert reasons["Officials sa"].startswith("news-database abstract")


def test_promotions_audio_notices_corrections_embeds_and_dated_teasers_are_page_chrome():
    """The furniture news pages carry in and after the story (written here in our own words, in
    the forms such pages use), and prose of the same words that must stay."""
    page = "\n\n".join([
        "Ferry strike closes the harbour",
        "Listen to this article",
        "Estimated 2 minutes",
        "The audio version of this article is generated by text-to-speech software. Mispronunciations can occur.",
        "A strike by ferry crews closed the harbour on Friday, stranding thousands of passengers, the port authority said.",
        "“Will anyone pay for the lost day?”",
        "Union leader Ana Ruiz said the crews would stay out until the pay offer improved, and talks were set for Monday.",
        "*** SERVICE UPDATE *** pic.twitter.com/Ab12Cd34Ef",
        "— Harbour Ferries (@HarbourFerries) June 3, 2026",
        "He urged passengers to follow him on X, where he posts updates on the dispute every evening.",
        "Police reported in a statement that two men had been arrested near the ticket office on Friday night.",
        "June 3, 2026, was the third day of strikes this year, the authority said in its evening statement.",
        "- list 1 of 2Ferry fares to rise in autumn",
        "- list 2 of 2Harbour pilots vote on new contract?",
        "Jun 02, 2026Port reopens after storm",
        "Corrections",
        "- This story has been corrected to say the strike began on Friday, not Thursday.",
        "Lee reported from Portsmouth. Press Association journalist Sam Hill contributed to this report.",
        "More Harbour News stories on the dispute:",
        "Follow Harbour News on Facebook, X and Instagram. Send your story ideas to news@example.org.",
        "Do you have a story suggestion for the coast? Contact us below.",
        "Go to HarbourNews.com for more news from the coast.",
    ])
    result = clean_text(page, "Ferry strike closes the harbour")
    assert result.paragraphs == [
        "A strike by ferry crews closed the harbour on Friday, stranding thousands of passengers, the port authority said.",
        "“Will anyone pay for the lost day?”",  # a quoted question is speech, not a subheading
        "Union leader Ana Ruiz said the crews would stay out until the pay offer improved, and talks were set for Monday.",
        "He urged passengers to follow him on X, where he posts updates on the dispute every evening.",
        "Police reported in a statement that two men had been arrested near the ticket office on Friday night.",
        "June 3, 2026, was the third day of strikes this year, the authority said in its evening statement.",
    ]
    reasons = {r["text"]: r["reason"] for r in result.record()}
    assert reasons["Estimated 2 minutes"] == "audio-player label or notice"
    assert reasons["— Harbour Ferries (@HarbourFerries) June 3, 2026"] == "embedded social-media post"
    assert reasons["Jun 02, 2026Port reopens after storm"] == "dated teaser (another story's date and headline)"
    assert reasons["Corrections"] == "correction notice"
    assert reasons["More Harbour News stories on the dispute:"] == "related-content block marker"
    assert reasons["Go to HarbourNews.com for more news from the coast."].startswith("promotion of the outlet")
    assert "contributed to this report" not in result.body and not result.headings


@pytest.mark.parametrize("paragraph", [
    "Bloomberg reported in March that the firm was under investigation.",
    "Police reported in a statement that three people had died.",
    "Two journalists reported from Gaza.",
    "More than 200 news reports in Russia were censored.",
    "Further reports of shelling in Kharkiv emerged overnight.",
    "Farmers try to stay up to date with the latest research, he said.",
    "“The grant will support our work by funding two nurses,” she said.",
    "“You can contact us via the hotline at any hour,” the police chief said.",
])
def test_one_sentence_paragraphs_that_look_like_credits_or_markers_stay(paragraph):
    assert paragraph in clean_text(_between_prose(paragraph)).paragraphs


def _between_prose(paragraph: str) -> str:
    """A three-paragraph story with ``paragraph`` in the middle."""
    return ("Officials said the talks had ended without a deal on Monday evening.\n\n" + paragraph +
            "\n\nThe talks will resume next month in Geneva, the ministry said in a statement.")


@pytest.mark.parametrize("paragraph", [
    "FARID: And what happens if the court says no?",  # a transcript's speaker label: dialogue, not a subheading
    "LEILA FARID, HOST: So who is likely to win?",
    "Here are four things to watch in the hearing on Tuesday:",  # a sentence leading into a list
    "Yes.",  # a one-word answer in a question-and-answer story
    "Copyright law and election law are not the same thing, the judge added in her ruling.",
    # an attribution that introduces a quotation on the next lines, with its abbreviations: no subheading
    "Appearing on a radio show Thursday, Sen. Ann Roe, R-Ohio, a member of the panel, said:",
    "The Harbour Ledger reports that:",
    "Dr. Tom Berg, an epidemiologist at the state university, told the committee:",
    "Lately, it comes down to this:",
    "In this case, the court said it would wait for the state to answer.",  # "In this" without a photo
    "In this photo-heavy campaign, voters see the candidates more than they hear them.",
    "Get the facts about the app before you install it, the regulator told parents on Monday.",
    "Supporters were urged to make a donation to the campaign before the filing deadline in May.",
    "Download the Example app, the company told drivers, and the fare drops by a third.",
    "Click here, the senator told supporters, and you will see the truth about the bill.",
    "(Oh, and he said his players love him too.)",  # a paragraph in brackets is prose unless its inside is chrome
    "Photos of the rally were shared widely on Monday, and the campaign said it would use them in ads.",
    "For more on the bill, the senator said, voters should call their representatives.",
])
def test_dialogue_lead_ins_answers_and_prose_starting_with_copyright_stay(paragraph):
    assert paragraph in clean_text(_between_prose(paragraph)).paragraphs


@pytest.mark.parametrize("line", [
    # newsletter, app and reader prompts, written as the sentences pages use
    "Get the day's top stories delivered to your inbox every morning.",
    "Did a friend forward this newsletter to you? Sign up here.",
    "Sign up for the Morning Ledger newsletter, your guide to the week in politics and business.",
    "Share your feedback to help us improve the site!",
    "You must be logged in to post a comment.",
    "Your subscription makes our journalism possible.",
    "You've successfully subscribed to this newsletter!",
    "By entering your email and clicking Subscribe, you agree to our terms of use and privacy policy.",
    "Follow our coverage of the county elections at https://example.org/elections.",
    "Interested in Harbour Politics? Add Harbour Politics as an interest to stay up to date on the latest news from the Ledger. Add Interest",
    "Are you at the march? If it's safe to do so, tell us what you see by emailing readers@example.org",
    "Send tips to ann@example.org.",
    "The Example News Foundation works hard for you. For as little as $3, you can help us. Make a one-time donation today.",
    "STAY UP TO DATE WITH THE FREE HARBOUR NEWS APP",
    "Click Here Get the App with Alerts on Breaking News",
    "Click for more from the Media Desk.",
    "CLICK HERE TO GET THE HARBOUR NEWS APP",
    "GET HARBOUR BUSINESS ON THE GO BY CLICKING HERE",
    "Visit the Harbour Ledger's homepage for more stories.",
    "Slideshow (8 Images)",
    "Something to Consider If you enjoyed this article, we have a proposition for you: Join LEDGERPLUS.",
    "CORRECTIONS AND CLARIFICATIONS: An earlier version of this story misstated the share of respondents who said so.",
    "*Correction, Jan. 5, 2017: This post originally implied that the figure did not include retirement accounts.",
    "We encourage readers who wish to comment on our stories to do so through our social media accounts.",
    "Image copyright Example Photos",
    "By Ann Lee, Harbour Ledger politics reporter",
    # author bios and contact lines after the story
    "Jane Roe is a senior politics reporter for the Harbour Ledger covering the statehouse.",
    "Tom Berg covers transport and housing for the Harbour Ledger.",
    "Ann Lee writes about energy markets for the Daily Courier.",
    "Reach reporter Tom Berg at tberg@example.org or 555-010-0199.",
    # credits, rights, market data and print notices
    "Staff writer Ann Lee contributed reporting.",
    "Courier writer Sam Hill contributed from Dover, Delaware.",
    "Jane Roe reported from Harbour City, and Tom Berg from Dover.",
    "Roe and Berg reported from Harbour City. Courier writers Sam Hill in Dover and Ann Lee in Salem contributed.",
    "This material may not be published, broadcast, rewritten, or redistributed.",
    "Quotes delayed at least 15 minutes. Market data provided by Example Data Inc.",
    "A version of this article appears in print on June 4, 2026, Section A, Page 12.",
    "When we learn of a mistake, we acknowledge it with a correction.",
    "Link Copied!",
    "Harbour Ledger. Philadelphia, Pa [Philadelphia, Pa]. 09 Oct 2024: A.1.",
    # photo captions whose credit names an agency or a contributor
    "Voters wait in line in Dover, Del., on Tuesday. (AP Photo/Jane Roe, File)",
    "Voters wait in line in Dover, Del., on Tuesday. REUTERS/Jane Roe Purchase Licensing Rights, opens new tab",
    "Voters wait in line in Dover, Del., on Tuesday. (Jane Roe/For The Harbour Ledger)",
    "Voters wait in line in Dover. Credit...Jane Roe for The Harbour Ledger",
    # a newsletter widget's messages, video players, galleries, share counters and embeds as scrapes leave them
    "Invalid email address. Please re-enter.",
    "You must select a newsletter to subscribe to.",
    "Please verify you’re not a robot by clicking the box.",
    # the whole widget run into one line of more than 60 words, as one news site's scrapes leave it
    "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. Invalid "
    "email address. Please re-enter. You must select a newsletter to subscribe to. Sign Up You will receive emails "
    "containing news content , updates and promotions from The Harbour Ledger. You may opt-out at any time. You agree "
    "to receive occasional updates and special offers for The Harbour Ledger's products and services. Thank you for "
    "subscribing. An error has occurred. Please try again later. View all Harbour Ledger newsletters.",
    "Media playback is unsupported on your device Media caption The governor speaks after the vote",
    "JUST WATCHED Senate race tightens Replay More Videos ... MUST WATCH Senate race tightens 02:41",
    "Photos: Election night around the state Supporters cheer in Dover. Hide Caption 3 of 18",
    "Shares",
    "Polls close at 8 p.m., and we will be watching. pic.twitter.com/x1 — Ann Roe (@annroe) November 3, 2026",
    "Contributing: Tom Berg, Harbour Ledger; The Associated Press",
    "An earlier version of the caption on this photo misidentified the candidate.",
    "Full transcript here.",
    # follow-topic widgets, related-story inserts, wire and syndication notices, network promotions
    "Interested in County Budget?",
    "Add County Budget as an interest to stay up to date on the latest news.",
    "(RELATED: Mayor Says Budget Is Balanced)",
    "Contact the reporters on Twitter at @annroe and @tomberg.",
    "The AP is solely responsible for all content.",
    "This column originally appeared in the Harbour Ledger.",
    "Material from the Associated Press was used in this report.",
    "Watch Morning Edition weekdays at 6am ET.",
    "For a full schedule, click here.",
    "You can follow Ann Roe on Twitter at @annroe.",
    "Image copyright Harbour Images Image caption Voters queue in the rain",
    "Posted by Ann Roe on Monday, March 2, 2026",
    "Content created by the Harbour News Foundation is available without charge to any eligible news publisher.",
    # captions as a wire service writes them, and their credits
    "In this handout photo provided by the county, a levee gives way near Dover on Tuesday.",
    "This combination of photos provided by the sheriff's office shows the three suspects.",
    "(Ann Roe/The Harbour Ledger via AP)",
    "UPDATE 10:35 A.M.",  # a live blog's time stamp
    "4:12 p.m. ET",
    # round 26: credits, captions signed after a bar or in brackets, an embedded post's text before its
    # signature, a podcast page's tip line, newsletter and donation prompts
    "With reporting from Ann Roe and Tom Berg.",
    "Harbour News' Ann Roe and Tom Berg contributed to this report, along with The Associated Press.",
    "Crews clear a road near Dover on Tuesday, according to county data [Ann Roe/Getty Images]",
    "Volunteers fill sandbags in Dover. Ann Roe | Harbour Historical | Getty Images",
    "The levee held and we are grateful to every crew. A... Posted by Ann Roe on Saturday, June 20, 2015",
    "Get More County Budget. Stay up to date with email updates from the Harbour Ledger about our investigations.",
    "You can contact us via Signal, WhatsApp or voicemail at 555-0100. Here’s more about how you can contact us securely:",
    "You can always email us at tips@example.org.",
    "“County Budget” is a production of Harbour Studios. Support our work by visiting example.org/donate. "
    "Subscribe here or wherever you get your podcasts.",
    # round 27: captions credited as a photographer or "Credit …", a newsletter form's messages run into one line,
    # a podcast promotion, a link to a coverage hub
    "Ann Roe with Tom Berg, the county’s mayor, on May 16. Photographer: Lee Park/Pool via Harbour Images",
    "Tom Berg Photographer: Lee Park/Harbour Images",
    "Image Ann Roe, a Republican, is vying for a seat in the county. Credit Lee Park for The Harbour Ledger",
    "Credit Lee Park/The Harbour Ledger",
    "Subscribe to the Harbour Daily A daily email update of the stories you need to read. We encountered an issue "
    "signing you up. Please try again. Please enable javascript to use form. Email address: Send me updates about "
    "Harbour special offers. By signing up, you agree to our Privacy Policy and Terms Sign Up Thanks for signing up! "
    "You can manage your newsletter subscriptions at any time.",
    "For more of the Ledger’s news coverage, subscribe to County Budget on Apple Podcasts or listen below.",
    "Complete Coverage: 2026 County Elections",
])
def test_prompts_bios_credits_notices_and_captions_are_page_chrome(line):
    story = ("Officials said the talks had ended without a deal on Monday evening, and would resume soon.\n\n" + line +
             "\n\nThe talks will resume next month in Geneva, the ministry said in a statement.")
    result = clean_text(story)
    assert line not in result.paragraphs, [r for r in result.record() if r["text"] == line]


def test_embedded_posts_are_recorded_with_author_and_text():
    page = ("The mayor spoke on Monday about the storm.\n\n"
            "We are ready. https://t.co/x1 — City of Example (@ExampleCity) May 2, 2026\n\n"
            "The roads will stay closed until Friday.\n\n"
            "— Jane Roe (@janeroe) May 2, 2026\n\n"
            "Crews worked through the night.")
    cleaned = clean_text(page)
    assert [(e["author"], e["handle"], e["text"]) for e in cleaned.embeds] == [
        ("City of Example", "ExampleCity", "We are ready."),
        ("Jane Roe", "janeroe", "The roads will stay closed until Friday.")]
    assert "We are ready." not in cleaned.body and "The roads will stay closed until Friday." in cleaned.body
    # a dash inside the post is the post's, not the start of its signature
    post = embedded_post("He worked for Reagan — a Hoax! — Donald J. Trump (@realDonaldTrump) June 15, 2018")
    assert (post["author"], post["text"]) == ("Donald J. Trump", "He worked for Reagan — a Hoax!")


def test_photo_and_video_posts_signed_below_and_flattened_galleries_are_chrome():
    post = "Fireworks over the bay tonight 🎉 #newyear A video posted by Ann Roe (@ann.roe_22) on Dec 31, 2016 at 9:03am PST"
    gallery = ("Photos: The storm in pictures Crews clear a road in Example City on Monday. Hide Caption 1 of 12 "
               "Photos: The storm in pictures A flooded street on Tuesday. Hide Caption 2 of 12")
    page = ("Crowds gathered on the waterfront as the year turned.\n\n" + post + "\n\n" + gallery +
            "\n\nThe city said the celebrations passed without incident.")
    cleaned = clean_text(page)
    assert cleaned.paragraphs == ["Crowds gathered on the waterfront as the year turned.",
                                  "The city said the celebrations passed without incident."]
    assert [(e["author"], e["handle"], e["date"], e["text"]) for e in cleaned.embeds] == [
        ("Ann Roe", "ann.roe_22", "Dec 31, 2016", "Fireworks over the bay tonight 🎉 #newyear")]
    reasons = {r["text"][:6]: r["reason"] for r in cleaned.record() if r["action"] == "removed"}
    assert reasons == {"Firewo": "embedded social-media post", "Photos": "photo gallery"}
    # prose that merely mentions a post is no signature
    assert "posted by" in clean_text("The flier, posted by a state official (@roe) on Monday, drew criticism.").body


def test_a_numbered_heading_in_title_case_is_a_heading_even_with_a_full_stop():
    heading = "2. The Harbour Board Has Rejected the Voters’ Clear Choice by Pursuing One Scheme After Another."
    names = "Ann Roe, Tom Berg and Lee Park met in Example City on Monday with the Harbour Board."
    page = f"The board met on Monday to vote on the plan.\n\n{heading}\n\nFrom the first day the board delayed the vote.\n\n{names}"
    cleaned = clean_text(page)
    assert heading not in cleaned.body and [h["text"] for h in cleaned.headings] == [heading]
    assert names in cleaned.paragraphs  # a sentence of names still has a verb in lower case
    quoted = "\u201cIf You Act Like a Fool, We Will Treat You Like a Fool.\u201d"
    assert quoted in clean_text(f"The board met on Monday.\n\n{quoted}\n\nThe vote was delayed.").paragraphs


def test_chrome_trailing_a_paragraph_and_a_live_blogs_entry_stamps_are_cut_and_recorded():
    page = ("Officials met on Monday to discuss the plan for the harbour.\n\n"
            "UPDATE 10:40 A.M. The mayor testified that she was confused by the vote. She said it was rushed.\n\n"
            "As the columnist has it, the court the council created is new. Read more here\n\n"
            "Ann Roe wrote a book about the court and its judges. Follow Ann Roe on Twitter @annroe.\n\n"
            "The mayor met the press on Monday in the city. Read more: http://exmpl.ws/X9H3r5\n\n"
            "The Associated Press receives support for science coverage from the Example Institute. "
            "The AP is solely responsible for all content.\n\n"
            "Numerous AP journalists contributed from across the U.S.\n\n"
            "The council will vote on Friday, officials said. Register to vote by Friday.")
    cleaned = clean_text(page)
    assert cleaned.paragraphs == [
        "Officials met on Monday to discuss the plan for the harbour.",
        "The mayor testified that she was confused by the vote. She said it was rushed.",
        "As the columnist has it, the court the council created is new.",
        "Ann Roe wrote a book about the court and its judges.",
        "The mayor met the press on Monday in the city.",
        "The council will vote on Friday, officials said. Register to vote by Friday."]  # a closing sentence of prose stays
    cut = {e["removed"] for e in cleaned.edits}
    assert {"UPDATE 10:40 A.M.", "Read more here", "Follow Ann Roe on Twitter @annroe."} <= cut


def test_teasers_in_brackets_or_after_read_and_more_newsletter_blocks_and_timed_updates_are_chrome():
    page = ("Officials met on Monday to discuss the plan for the harbour.\n\n"
            "Agents arrested him at a station. (RELATED: REPORT: Big Tech Uses Citizens. Here's What Experts Say) He was charged.\n\n"
            "Update at 1:25 p.m. ET: By a vote of 285-144, the council passed the plan.\n\n"
            "READ: The government has declared war on the harbour board\n\n"
            "More: These colleges do not care if you protest\n\n"
            "Get the stories you care about delivered to your inbox. By signing up, you agree to our Privacy Policy\n\n"
            "The council will vote on Friday, officials said.")
    assert clean_text(page).paragraphs == [
        "Officials met on Monday to discuss the plan for the harbour.",
        "Agents arrested him at a station. He was charged.",
        "By a vote of 285-144, the council passed the plan.",
        "The council will vote on Friday, officials said."]


def test_a_link_hover_card_scraped_after_a_name_is_cut_and_recorded():
    page = ("President Roe Ann Marie RoeSenators balk at a long trial Harris goes local in race to build a movement "
            "Democrats court veterans' votes MORE on Monday doubled down on the policy.\n\n"
            "Officials said MORE than 40 people were hurt.")
    cleaned = clean_text(page)
    assert cleaned.paragraphs[0] == "President Roe on Monday doubled down on the policy."
    assert cleaned.paragraphs[1] == "Officials said MORE than 40 people were hurt."  # no card: a name, its name again, MORE
    assert any(e["reason"].startswith("link hover-card") and "Senators balk" in e["removed"] for e in cleaned.edits)
    # a card of a dozen headlines (over 400 characters) is cut whole, and what it held cites no one
    headlines = " | ".join(f"Headline number {k} says Trump blames the markets for a drop" for k in range(10))
    cleaned = clean_text(f"Sen. Ann Roe Ann Marie Roe2020 Democrats push {headlines} MORE (D-Mass.) appears to be gaining support.")
    assert cleaned.paragraphs[0] == "Sen. Ann Roe (D-Mass.) appears to be gaining support."


def test_double_primes_as_quotation_marks_editors_capitals_and_more_credits():
    page = ("“Without these protections, workers lose,″ said Rep. Ann Roe. The player is 6′2″ tall.\n\n"
            "The mayor said [I]n this situation we act. The study[1] was clear.\n\n"
            "This transcript has been automatically generated and may not be 100% accurate.\n\n"
            "With additional research by Joshua Klein.")
    body = clean_text(page).body
    assert body.startswith("“Without these protections, workers lose,” said") and "6′2″ tall" in body
    assert "said [I]n this situation" in body and "The study was clear." in body
    assert "transcript" not in body and "Klein" not in body


BIO_PAGE = ("The committee voted on Tuesday to send the bill to the floor, where it faces a close vote next week.\n\n"
            "Supporters said the measure would lower costs, while critics said it would do little for rural towns.\n\n"
            "The vote came after months of hearings in which {subject} questioned officials about the plan.\n\n"
            "{closing}")


@pytest.mark.parametrize("author, subject, closing, cut", [
    # the manifest's author, in a list of several
    ("Ann Roe, Tom Berg", "lawmakers", "Tom Berg is a senior fellow at the Example Institute. Follow him on Twitter.", True),
    # no author known: a journalist named nowhere else in the body
    ("", "lawmakers", "Ann Roe is Example News’s Capitol bureau chief and a senior investigative reporter.", True),
    # a story about a reporter names her before its last paragraph: prose
    ("", "reporter Ann Roe", "Roe is a reporter for the Example Times and has covered Congress since 2015.", False),
    ("", "lawmakers", "Ann Roe is a reporter for the Example Times and has covered Congress since 2015.", True),
    # no author known and no journalist: prose (a closing sentence about a source)
    # no author known, the last paragraph one sentence saying only what someone named nowhere before is: a
    # contributor line ("Betsy Roe is a former lieutenant governor of New York.")
    ("", "lawmakers", "Ann Roe is a professor of economics at Example University.", True),
    ("", "lawmakers", "Ann Roe is a former lieutenant governor of Example State.", True),
    # the author's bio with a role and no article ("is chief of the …")
    ("Ann Roe, Example Public Radio", "lawmakers", "Ann Roe is chief of the Statehouse Bureau for Example Public Radio.", True),
    # …but not one that goes on, nor one the body named before
    ("", "lawmakers", "Ann Roe is a professor of economics at Example University who testified against the bill.", False),
    ("", "Ann Roe", "Ann Roe is a professor of economics at Example University.", False),
])
def test_the_authors_closing_bio_is_cut(author, subject, closing, cut):
    cleaned = clean_text(BIO_PAGE.format(subject=subject, closing=closing), author=author)
    assert (closing not in cleaned.body) == cut
    assert len(cleaned.paragraphs) == (3 if cut else 4)


@pytest.mark.parametrize("line, reason", [
    ("Story Continued Below", "advertisement"),
    ("( Also on POLITICO: Trump's new plan for the wall )", "related-article teaser"),
    ("( WATCH: The debate in 90 seconds )", "related-article teaser"),
    ("(Read his interviews with Reason from 2013, 2015, and 2018.)", "related-article teaser"),
    ("Enlarge this image toggle caption Alex Wong/Getty Images", "photo caption"),
    ("CLOSE In this episode of Capital Download, the senator talks. Video provided by Newsy Newslook", "video player text"),
    ("Story highlights Wendy Davis explains her ad", "story highlights (summary bullets)"),
    ("#related#", "CMS placeholder text"),
    # from the eleventh round of unseen articles
    ("(Copyright 2018 The Associated Press. All rights reserved. This material may not be published.)", "copyright notice"),
    ("Catch up on the 2020 election campaign with AP experts on our weekly politics podcast, “Ground Game.”", "network promotion"),
    ("LISTEN TO THE FULL INTERVIEW ON THE LATEST \"HEMMER TIME\" PODCAST", "network promotion"),
    ("Brett Samuels contributed to this article, which was updated at 10:53 p.m.", "reporting and editing credits"),
    ("For more on the investigations, follow Ann Roe on Twitter and check out our guide to the case.", "link to the outlet's coverage"),
    ("Advertisement Continue reading the main story", "advertisement"),
    ("Louisa Lim on 'Morning Edition' Listen · 4:03 4:03", "audio-player label or notice"),
    ("Follow @politicaltickerFollow @jhseher", "promotion of the outlet's social accounts or tip line"),
    ("PHOTOS: 2014 Midterms: Vulnerable Democrats", "photo gallery"),
    ("• Sign the petition to declare you oppose a government takeover of the Internet", "reader prompt"),
    ("Your browser does not support the video tag.", "video player text"),
    ("Continue Reading Below", "advertisement"),
    ("VIDEO: Trump says the wall will be built", "link text"),
    # from the twenty-fifth round: a credit whose names hold an initial is one sentence, cut whole
    ("Associated Press writers Ann Roe in Example City and Tom J. Hale in Phoenix contributed to this story.",
     "reporting and editing credits"),
    ("This story is based on reporting by The Associated Press.", "reporting and editing credits"),
])
def test_more_page_chrome_of_news_sites(line, reason):
    body = "The senator said the bill would pass. It was a long day in Washington for everyone involved."
    cleaned = clean_text(f"{line}\n\n{body}\n\nClose to the border, residents said they were worried about the wall.", "", "")
    assert [(r["reason"], r["text"]) for r in cleaned.record() if r["action"] == "removed"] == [(reason, line)]
    assert "Close to the border" in cleaned.body


def test_a_closing_bio_with_a_capitalised_title_and_no_article():
    body = ("The senator said the bill would pass on Tuesday after a long debate.\n\nVoters in the state were divided "
            "over the plan, a poll found last week.\n\nThe governor is expected to sign it before the end of the month.")
    bio = "Ann Roe is Senior Editor-At-Large of Example News and author of a book. Follow Ann Roe on Twitter @annroe."
    cleaned = clean_text(f"{body}\n\n{bio}", "", "Ann Roe")
    assert "author bio (closing paragraph)" in [r["reason"] for r in cleaned.record() if r["action"] == "removed"]
    assert "Editor-At-Large" not in cleaned.body and "Follow Ann Roe" not in cleaned.body
    other = "Tom Berg is Director of the Example Institute, which studies the bill."  # not the author: prose
    assert other in clean_text(f"{body}\n\n{other}", "", "Ann Roe").body


@pytest.mark.parametrize("paragraph, kept, reason", [
    ("Bishop Harry Jackson spoke about the racial tensions and what must be done toward healing. Watch above.",
     "Bishop Harry Jackson spoke about the racial tensions and what must be done toward healing.", "embedded-media label"),
    ("Pelosi instructed the committee to draft articles of impeachment against the president. [nL1N28F0C8]",
     "Pelosi instructed the committee to draft articles of impeachment against the president.", "wire-service link code"),
])
def test_a_video_prompt_and_a_wire_link_code_that_end_a_paragraph_are_cut(paragraph, kept, reason):
    result = clean_text(f"Headline\n\n{paragraph}\n\nThe talks went on for hours after that, officials said on Monday.",
                        "Headline")
    assert result.paragraphs[0] == kept
    assert any(r["reason"].startswith(reason) for r in result.record())


def test_a_long_paragraph_about_newsletters_stays_prose():
    # the widget rule for long lines needs three of its messages; prose that names one or two stays
    paragraph = ("The campaign asked supporters to sign up for text alerts, and by the end of the week more than "
                 "40,000 people had done so, aides said. Critics noted that those who sign up agree to receive "
                 "fundraising appeals as well, and that the fine print, which few read, allows the campaign to share "
                 "numbers with allied groups. A spokesperson said the practice was standard and that anyone could "
                 "opt-out at any time by replying with a single word.")
    assert paragraph.count(" ") >= 60
    assert clean_text(paragraph).body.strip() == paragraph


# the twenty-third round of unseen articles: transcript disclaimers, a video's credits, slideshow captions, update stamps
@pytest.mark.parametrize("line, reason", [
    ("This is a rush transcript. Copy may not be in its final form.", "transcript disclaimer"),
    ("Approximately 6 minutes.", "video credits"),
    ("Produced by Ann Roe and Tom Berg. Hosted by Berg. Shot by Roe. Music by Example Sound.", "video credits"),
    ("Scroll down for downloadable versions. Subscribe to Example TV's YouTube channel for daily content like this.",
     "newsletter or subscription prompt"),
    ("Hide caption A young woman walks from a corner after police standing near the corner fired tear gas at her on "
     "Wednesday. Previous Next Ann Roe/Example Images 1 of 7 i View slideshow", "photo caption"),
    ("This post was updated at 5 p.m. ET.", "correction notice"),
])
def test_transcript_notices_video_credits_and_slideshow_captions_are_chrome(line, reason):
    body = "The senator said the bill would pass. It was a long day in Washington for everyone involved."
    cleaned = clean_text(f"{line}\n\n{body}\n\nClose to the border, residents said they were worried about the wall.", "", "")
    assert [(r["reason"], r["text"]) for r in cleaned.record() if r["action"] == "removed"] == [(reason, line)]
    # a line of prose that opens the same way stays
    prose = "Produced by the county, the report found that about 6 minutes passed before help came."
    assert prose in clean_text(f"{prose}\n\n{body}", "", "").body


@pytest.mark.parametrize("author, title, closing", [
    # a title in lower case before "editor for": "digital politics editor for Example News"
    ("Chris Roe", "", "Chris Roe is digital politics editor for Example News, and his column appears Monday-Friday."),
    # an age between commas, then the bio
    ("Ben Roe, Tom Berg", "", "Ben Roe, 35, is a graduate of Example Law School and host of a show. He lives in Dover."),
    # a suffix after the name, and no author but a column's headline under the writer's surname
    ("", "ROE: The plan failed", "Frank T. Roe Jr. was an assistant secretary of defense. He is president of the Example Center."),
])
def test_closing_bios_with_lower_case_titles_ages_suffixes_and_column_headlines(author, title, closing):
    cleaned = clean_text(BIO_PAGE.format(subject="lawmakers", closing=closing), title, author)
    assert closing not in cleaned.body and len(cleaned.paragraphs) == 3
    # …the same paragraph closing a story by someone else is prose
    if not author:
        assert closing in clean_text(BIO_PAGE.format(subject="lawmakers", closing=closing), "The plan failed", "").body


def test_a_live_blog_stamp_with_a_full_stop_before_its_colon_is_cut():
    cleaned = clean_text("The senator said the bill would pass on Tuesday.\n\nUpdate at 4:55 p.m. ET.: The Governor Announces "
                         "Security Changes\n\nThe governor said the patrol would take over.", "", "")
    assert ("edited", "live-blog timestamp") in [(r["action"], r["reason"]) for r in cleaned.record()]
    assert not any(p.startswith(("ET", ":")) for p in cleaned.paragraphs) and "ET." not in cleaned.body


@pytest.mark.parametrize("author, closing", [
    # a bullet and a verb of a reporter's career, with a contact line
    ("Joseph Roe", "⦁ Joseph Roe covered the White House for a decade for The Example Times. He can be reached at jroe@example.com."),
    # the name, then an appositive with a columnist's title and a book in quotation marks, then the career
    ("James S. Roe, Opinion Columnist", 'James S. Roe, a member of Example Today\'s Board of Contributors and author of '
     '"Erasing It: A History," has taught at the Example University. Follow him on Twitter: @jroe.'),
    # no author known: a courtesy title, and where more of the writer's columns are
    ("", "Judge Andrew P. Roe was the youngest judge in the history of the state. He is Example News’ senior judicial "
     "analyst. For more of Judge Roe's reports, Go Here Now."),
])
def test_closing_bios_with_a_career_verb_an_appositive_or_a_writer_s_links(author, closing):
    cleaned = clean_text(BIO_PAGE.format(subject="lawmakers", closing=closing), "", author)
    assert closing not in cleaned.body and len(cleaned.paragraphs) == 3


@pytest.mark.parametrize("line, reason", [
    ("He can be reached at jroe@example.com and on Twitter @jroe.", "author contact line"),
    ("You can read diverse opinions on the Opinion front page. To respond to a column, submit a comment to "
     "letters@example.com.", "letters prompt"),
    ("The Example Wire is one of America’s fastest-growing media companies. Get inside access to The Example Wire by "
     "becoming a member.", "membership prompt"),
])
def test_contact_letters_and_membership_prompts_are_chrome(line, reason):
    body = "The senator said the bill would pass. It was a long day in Washington for everyone involved."
    cleaned = clean_text(f"{body}\n\nClose to the border, residents said they were worried about the wall.\n\n{line}", "", "")
    assert [(r["reason"], r["text"]) for r in cleaned.record() if r["action"] == "removed"] == [(reason, line)]


def test_round_27_datelines_notices_and_headings_that_share_chrome_words():
    # an outlet's initials in brackets open the first paragraph without a dash, as one broadcaster's site prints them
    cleaned = clean_text("(HNN) County officials return to the chamber on Monday to vote on the budget.\n\nThe vote is close.")
    assert cleaned.paragraphs[0] == "County officials return to the chamber on Monday to vote on the budget."
    assert ("dateline", "(HNN)") in {(e["reason"], e["removed"]) for e in cleaned.edits}
    # an update notice trailing the last paragraph is cut and recorded
    cleaned = clean_text("The council met on Monday to vote on the plan.\n\n"
                         "The mayor left the room before the vote. This story has been updated with comment from the mayor.")
    assert cleaned.paragraphs[-1] == "The mayor left the room before the vote."
    # a heading or prose that opens with "Credit" or mentions a photographer stays
    page = ("The bank reported a loss on Monday.\n\nCredit Harbour Posts Big Loss\n\n"
            "The photographer said the credit for the picture belongs to the whole team, Ann Roe said.")
    kept = clean_text(page)
    assert "Credit Harbour Posts Big Loss" in [h["text"] for h in kept.headings]
    assert "The photographer said the credit for the picture belongs to the whole team, Ann Roe said." in kept.paragraphs


@pytest.mark.parametrize("coda, kept", [
    ("They were wrong.", True), ("He lost.", True), ("She won again!", True),
    # chrome addresses the reader, or speaks of the site
    ("Comments are closed.", False), ("Thanks for reading.", False), ("It is free to join.", False),
    ("We apologize for the inconvenience.", False),
])
def test_a_short_closing_sentence_about_the_storys_people_is_the_story(coda, kept):
    page = ("Democrats had said for months that the setbacks they met along the way were survivable.\n\n"
            f"{coda}\n\nContributing: Ann Roe in New York")
    cleaned = clean_text(page)
    assert (coda in cleaned.paragraphs) is kept
    assert "Contributing: Ann Roe in New York" not in cleaned.paragraphs


def test_a_paragraph_that_ends_with_a_bracketed_photo_credit_is_a_caption():
    page = ("Prose opens the story here and runs long enough to be prose for the cleaner, the official said.\n\n"
            "Ann Roe steps down a staircase after making a concession speech in New York on November 9, 2016. "
            "(Photo: Jewel Samad, AFP/Getty Images)\n\n"
            "The court ruled on Thursday and the reaction came fast from every side of the aisle today. "
            "( PHOTOS: Supreme Court upholds health care law)")
    cleaned = clean_text(page)
    # the caption goes whole, not only its credit
    assert not any("staircase" in p for p in cleaned.paragraphs)
    assert ("photo caption", True) in {(r["reason"], "staircase" in str(r["text"])) for r in cleaned.record()}
    # a gallery teaser in brackets runs on in lower case: only it is cut, the prose stays
    assert cleaned.paragraphs[-1] == "The court ruled on Thursday and the reaction came fast from every side of the aisle today."


@pytest.mark.parametrize("line, reason", [
    ("Impeachment inquiry:Diplomat who called Trump Ukraine policy 'crazy' to testify", "related-article teaser"),
    ("Earlier:Trump calls Putin to thank him for praise of U.S. economy", "related-article teaser"),
    ("In One Chart:This stock-market table shows why the outlook depends on the virus", "related-article teaser"),
    ("‘All I have done, no credit!’ Enraged Trump defends US-Mexico migrant deal Read more", "related-article teaser"),
    ("Send a tip to the news team at NR.", "promotion of the outlet's social accounts or tip line"),
    ("This transcript has been edited for length and clarity.", "transcript disclaimer"),
    ("Watch the Project Veritas video below:", "embedded-media label"),
    ("(See correction below.)", "correction notice"),
])
def test_round_28_link_labels_and_notes_are_chrome(line, reason):
    page = f"The council met on Monday to vote on the plan for the new park.\n\n{line}\n\nThe vote was close, the clerk said."
    cleaned = clean_text(page)
    assert line not in cleaned.paragraphs and line not in [h["text"] for h in cleaned.headings]
    assert (reason, line) in {(r["reason"], r["text"]) for r in cleaned.record()}


@pytest.mark.parametrize("line", [
    "He said:The plan is dead.",  # a colon glued in a sentence of speech is a typo, not a link's label
    "The ratio was 3:1 in favour of the plan, officials said.",
    "Students should read more, the teacher said.",
])
def test_round_28_prose_that_shares_the_shapes_stays(line):
    page = f"The council met on Monday to vote on the plan for the new park.\n\n{line}\n\nThe vote was close, the clerk said."
    assert line in clean_text(page).paragraphs


def test_a_wire_storys_graphic_link_inside_a_paragraph_is_cut():
    cleaned = clean_text("The man confessed on Tuesday and felt good about it, the complaint said.(GRAPHIC: Where the attack "
                         "took place - tmsnrt.rs/2z3aqZv)\n\nMore prose follows here in a second paragraph.")
    assert cleaned.paragraphs[0] == "The man confessed on Tuesday and felt good about it, the complaint said."


@pytest.mark.parametrize("page, bio", [
    # the writer's name alone at the page's head is the byline: the closing paragraph that introduces that name is the bio
    ("Ann Sheldrake\n\nOpinion contributor\n\nThe hour is getting late for the party and its voters this spring.\n\n"
     "We have had enough anger and division, and the country needs a leader.\n\nVote for the mayor in the primary.\n\n"
     "Ann Sheldrake is a former judge of the family court in New York. She presides over a television court.",
     "Ann Sheldrake is a former judge of the family court in New York. She presides over a television court."),
    # no byline: a book plug says whose bio it is
    ("Is the country ready for a new cold war with a rising power across the ocean?\n\n"
     "That appears to be where the party wishes to lead us this year.\n\nThis is power politics, pure and simple.\n\n"
     "Tom Buckmaster has been an adviser to three presidents. His latest book is: “The Comeback.”",
     "Tom Buckmaster has been an adviser to three presidents. His latest book is: “The Comeback.”"),
])
def test_round_28_an_op_eds_closing_bio_goes(page, bio):
    cleaned = clean_text(page)
    assert bio not in cleaned.paragraphs
    assert ("author bio (closing paragraph)", bio) in {(r["reason"], r["text"]) for r in cleaned.record()}


def test_round_30_a_headline_in_capitals_between_paragraphs_is_a_link_and_a_short_one_a_subheading():
    page = ("The council met on Monday to vote on the plan for the new park.\n\n"
            "MAYOR'S AIDE SAYS PARK VOTE WILL GO AHEAD DESPITE THE PROTESTS\n\n"
            "THE VOTE\n\nThe vote was close, the clerk said.")
    cleaned = clean_text(page)
    assert ("related-article link (a headline in capitals)", "MAYOR'S AIDE SAYS PARK VOTE WILL GO AHEAD DESPITE THE PROTESTS") \
        in {(r["reason"], r["text"]) for r in cleaned.record()}
    assert [h["text"] for h in cleaned.headings] == ["THE VOTE"]


def test_round_30_a_pull_quote_is_read_once_where_the_story_has_it():
    answer = ("The vote was close. There is an atmosphere of mistrust, and nobody knows where it comes from. "
              "That is what the clerk told the council on Monday night.")
    page = ("The council met on Monday to vote on the plan for the new park.\n\n"
            "“There is an atmosphere of mistrust, and nobody knows where it comes from.”\n\n"
            "“The park will open in May,” the mayor said after the meeting ended.\n\n"
            f"{answer}\n\nMore prose follows to end the article, the clerk said.")
    cleaned = clean_text(page)
    assert cleaned.paragraphs == ["The council met on Monday to vote on the plan for the new park.",
                                  "“The park will open in May,” the mayor said after the meeting ended.", answer,
                                  "More prose follows to end the article, the clerk said."]
    assert ("pull quote (repeats line 7)", "“There is an atmosphere of mistrust, and nobody knows where it comes from.”") \
        in {(r["reason"], r["text"]) for r in cleaned.record()}


def test_round_30_a_short_paragraph_only_partly_repeated_stays():
    page = ("The council met on Monday to vote on the plan for the new park.\n\n"
            "There is an atmosphere of mistrust. The clerk left the room in a hurry.\n\n"
            "The vote was close. There is an atmosphere of mistrust, and that is what the clerk said on Monday.\n\n"
            "More prose follows to end the article, the clerk said.")
    assert "There is an atmosphere of mistrust. The clerk left the room in a hurry." in clean_text(page).paragraphs


def test_round_30_a_pull_quote_glued_before_its_words_and_a_cms_placeholder_are_cut():
    page = ("The council met on Monday to vote on the plan for the new park.\n\n"
            "“At this moment, people are afraid” At this moment, people are afraid. There were rumors.\n\n"
            "#related#The most valuable lesson is this one, the clerk said.")
    cleaned = clean_text(page)
    assert cleaned.paragraphs[1:] == ["At this moment, people are afraid. There were rumors.",
                                      "The most valuable lesson is this one, the clerk said."]
    assert {e["reason"] for e in cleaned.edits} >= {"pull quote (set before the words it repeats)", "CMS placeholder text (inside a paragraph)"}


@pytest.mark.parametrize("line", [
    # a sentence whose end a dropped link cut, a colon before a quotation, an item of a bulleted list
    "O’Rourke has struggled in the polls in recent months as he has proposed a wave of policies on everything from immigration to truancy",
    "In utter desperation, and hoping no one would notice the word “usually,” Blake foolishly tried to rescue himself with the dictionary:",
    "• remove the employer mandate, the requirement that companies with 50 or more full-time employees must provide health insurance or pay a fine",
])
def test_round_30_a_long_line_of_running_text_without_an_end_stays_prose(line):
    page = f"The council met on Monday to vote on the plan for the new park.\n\n{line}\n\nThe vote was close, the clerk said."
    assert line in clean_text(page).paragraphs


def test_round_30_a_social_post_without_its_frame_is_no_running_text_and_a_short_last_sentence_is_the_story():
    post = "Every person that tweets #ThisIsNotUs is being complicit in not addressing the racism and bigotry that is in their community"
    page = (f"The council met on Monday to vote on the plan for the new park.\n\n{post}\n\nThe vote was close, the clerk said. "
            "He was expected to resign after the vote on the park.\n\nInstead, he stepped down.")
    cleaned = clean_text(page)
    assert post not in cleaned.paragraphs and cleaned.paragraphs[-1] == "Instead, he stepped down."


@pytest.mark.parametrize("line, reason", [
    ("Advertisement:", "advertisement"),
    ("Watch video via the Courier-Journal below.", "embedded-media label"),
    ("Read more from Anthony", "related-article teaser"),
    ("PHOTOS: 12 best party cities in the U.S.", "related-article teaser"),
    ("• This story is based in part on wire service dispatches.", "reporting and editing credits"),
    ("Editor’s note: This article is excerpted from the fall issue of a magazine.", "correction notice"),
    ("End of Twitter post by @annroe", "embedded-media label"),
    ("The party is betting that her popularity will slide in the state. | AP Photos Roe = Berg? In Va., a risky bet",
     "photo caption and credit (with the headline after them)"),
])
def test_round_30_labels_notes_and_a_caption_with_its_piped_credit_are_chrome(line, reason):
    page = f"The council met on Monday to vote on the plan for the new park.\n\n{line}\n\nThe vote was close, the clerk said."
    cleaned = clean_text(page)
    assert line not in cleaned.paragraphs and line not in [h["text"] for h in cleaned.headings]
    assert (reason, line) in {(r["reason"], r["text"]) for r in cleaned.record()}


def test_round_30_a_photo_credit_after_a_caption_is_not_a_teaser_and_a_pipe_in_prose_stays():
    caption = "Michael Cohen pleaded guilty to eight criminal charges on Tuesday. Photo: Associated Press"
    page = f"The council met on Monday to vote on the plan for the new park.\n\n{caption}\n\nThe vote was 52-48. | The senator left early."
    cleaned = clean_text(page)
    assert caption not in cleaned.paragraphs and "Photo: Associated Press" not in cleaned.body
    assert "The vote was 52-48. | The senator left early." in cleaned.paragraphs


def test_round_30_the_bbcs_skip_link_and_report_link_around_an_embedded_post():
    page = ("The president spoke on Monday about the move to Florida, aides said.\n\n"
            "Skip Twitter post by @annroe The place I have come to love, and will stay for, hopefully, another five years,\n\n"
            "— Ann Roe (@annroe) November 1, 2019 Report\n\nEnd of Twitter post by @annroe\n\nThe move was announced in a tweet.")
    cleaned = clean_text(page)
    assert [(e["author"], e["handle"]) for e in cleaned.embeds] == [("Ann Roe", "annroe")]
    assert "Skip Twitter" not in " ".join(cleaned.paragraphs + [h["text"] for h in cleaned.headings])


@pytest.mark.parametrize("author, title, closing", [
    # a job title that runs on ("editor in chief emeritus of"), after a bullet
    ("Wesley Roe", "", "• Wesley Roe is editor in chief emeritus of The Example Times."),
    # a legislator's party and state between commas, under a column's headline with the writer's surname
    ("", "ROE: At last, common sense", "Sen. Rand Roe, Kentucky Republican, is a member of the Senate Foreign Relations committee."),
    ("", "ROE: At last, common sense", "Sen. Rand Roe, R-Ky., is a member of the Senate Foreign Relations committee."),
])
def test_round_32_closing_taglines_with_run_on_titles_and_party_tags(author, title, closing):
    cleaned = clean_text(BIO_PAGE.format(subject="lawmakers", closing=closing), title, author)
    assert closing not in cleaned.body and len(cleaned.paragraphs) == 3
    # …the same paragraph closing a story by someone else is prose
    assert closing in clean_text(BIO_PAGE.format(subject="lawmakers", closing=closing), "The plan failed", "Tom Berg").body


@pytest.mark.parametrize("line, reason", [
    ("This is breaking news. Check back for updates as more information becomes available.", "breaking-news notice"),
    ("This story is developing and will be updated.", "breaking-news notice"),
    ("Check back later for updates.", "breaking-news notice"),
    ("This is a breaking news story, we'll update this post with the latest, so make sure to refresh this page.",
     "breaking-news notice"),
    ("The Memo is a reported column by Tom Berg, primarily focused on the presidency.", "column or series tagline"),
    ("Get Example Health's weekly newsletter Sign up here to get the results every Tuesday.", "newsletter or subscription prompt"),
    ("Get our daily newsletter Upgrade your inbox and get our Daily Dispatch.", "newsletter or subscription prompt"),
    ("You can read a full fact check here about some of the pandemic warnings.", "link text"),
    ("View the full report and methodology here.", "link text"),
    ("VIEW CHART OF DATA: http://bit.ly/ExampleChart", "link text"),
])
def test_round_32_notices_taglines_newsletter_prompts_and_links_to_the_full_text_are_chrome(line, reason):
    body = "The senator said the bill would pass. It was a long day in Washington for everyone involved."
    cleaned = clean_text(f"{body}\n\nClose to the border, residents said they were worried about the wall.\n\n{line}", "", "")
    assert [(r["reason"], r["text"]) for r in cleaned.record() if r["action"] == "removed"] == [(reason, line)]
    # prose that opens the same way stays: news that is breaking, a column, a newsletter, the full extent of something
    for prose in ("This is breaking news for the families, who learned of it on Tuesday.",
                  "The memo is a reported summary of what the committee found, aides said.",
                  "Get the newsletter out of your head, the editor told her staff, and write the story.",
                  "You can see the full extent of the damage here in the valley, where the river rose ten feet."):
        assert prose in clean_text(f"{body}\n\n{prose}", "", "").body


def test_round_32_a_closing_bio_under_the_author_s_surname_alone():
    closing = "* Roe is the president of the Example Research Center and the author of “The War on Guns.”"
    cleaned = clean_text(BIO_PAGE.format(subject="lawmakers", closing=closing), "", "John R. Roe, Tom Berg")
    assert closing not in cleaned.body and len(cleaned.paragraphs) == 3
    # …a surname alone that is not the author's stays
    assert closing in clean_text(BIO_PAGE.format(subject="lawmakers", closing=closing), "", "Tom Berg").body


@pytest.mark.parametrize("line, reason", [
    ("Julie Jacobson/AP", "photo credit"),
    ("People walk by the Capitol building in Washington, February 8, 2018. REUTERS/ Leah Millis",
     "photo caption (ends with a photo credit)"),
    ("Related Coverage Factbox: Main provisions of the gun safety bill", "related-article teaser"),
    ("( Morning Education: Jeb Bush's liability)", "related-article teaser"),
    ("- Check out the CNN Electoral Map and Calculator and game out your own strategy for November.",
     "promotion of the outlet's tools"),
    ("Please upgrade your browser to view this interactive How did my MP vote on 27 March?", "interactive-graphic prompt"),
])
def test_round_33_short_credits_related_boxes_tool_promotions_and_widget_prompts_are_chrome(line, reason):
    body = "The senator said the bill would pass. It was a long day in Washington for everyone involved."
    cleaned = clean_text(f"{body}\n\nClose to the border, residents said they were worried about the wall.\n\n{line}\n\n"
                         "The vote is on Friday, the leader said, and it will be close.", "", "")
    assert [(r["reason"], r["text"]) for r in cleaned.record() if r["action"] == "removed"] == [(reason, line)]
    # prose that opens the same way stays
    for prose in ("Related coverage of the summit focused on the two leaders, the editor said.",
                  "Check out times at the border rose to four hours on Friday, officials said.",
                  "(The senator, who asked not to be named: an aide said it was over.)",
                  "Voters were told to update their address before the deadline, the clerk said."):
        assert prose in clean_text(f"{body}\n\n{prose}", "", "").body
