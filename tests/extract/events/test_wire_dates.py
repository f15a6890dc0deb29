"""What's next on wire news (issue 17, fresh samples N13 to N22): a time belongs to the act it
modifies, not to another act or event of the same sentence, and a title ends where its act
does. Every sentence here is our own."""

from __future__ import annotations

import pytest

from briefing.select.rank import key_questions, shown_title
from tests.helpers import next_items, report

# a Wednesday
PUBLISHED = "2026-06-03"


def extraction(nlp, text: str, published: str = PUBLISHED):
    return report(nlp, text, published)


def shown(nlp, text: str, published: str = PUBLISHED) -> list[tuple[str | None, str]]:
    return next_items(report(nlp, text, published))


def test_a_time_before_an_act_that_follows_another_dates_the_first(nlp):
    """'on June 12, after which he will travel to Texas': June 12 is the talks', and the
    trip after them has no date of its own (sample N13: the trip was shown on June 12)."""
    text = (
        "Berg will hold talks with Lund at the White House on June 12, after which he will "
        "travel to Texas."
    )
    assert ("2026-06-12", "Visit to Texas") not in shown(nlp, text)
    assert all(title != "Visit to Texas" for _, title in shown(nlp, text))


def test_a_relative_of_place_keeps_the_time_of_its_occasion(nlp):
    """'on Dec. 23 in Beijing, where the two leaders will discuss ...': the discussion is at
    the summit, and the summit keeps its date (a guard: the sequence rule above must not
    take it)."""
    text = (
        "The Berg-Lund summit will take place on June 23 in Oslo, where the two leaders will "
        "discuss ways to promote trade."
    )
    assert shown(nlp, text) == [("2026-06-23", "Berg-Lund summit to take place in Oslo")]


def test_a_time_after_a_phrase_adding_another_event_is_that_events(nlp):
    """'opens on Friday, followed by the leaders' summit next Monday': Monday is the
    summit's; the opening keeps Friday, read ahead in a present-tense schedule whose
    'followed by' is no past (sample N14: the opening was dated Monday)."""
    text = (
        "The Regional Council summit opens on Friday followed by the leaders' meeting next Monday."
    )
    items = shown(nlp, text)
    assert ("2026-06-08", "Regional Council summit") not in items
    text = (
        "The four-day programme will also include a rally on the eve of the inauguration, "
        "apart from the main inauguration ceremony on Monday."
    )
    assert all(date != "2026-06-08" for date, _ in shown(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # an opening phrase of another event closed by a comma (sample N15)
        "After the end of the test series on June 20, the touring team will return home for "
        "a break.",
        # a relative clause on the subject (sample N16)
        "Berg, who arrives late on Thursday, will return home for a break.",
        # the same opening phrase after another paragraph, as on the sample's page
        "The tour starts in Varna.\n\nAfter the end of the test series on June 20, the "
        "touring team will return home for a break.",
    ],
)
def test_a_time_in_an_aside_about_another_act_dates_no_item(nlp, text):
    """The time of a phrase set off before the item ('After the end of the series on June
    20,', ', who arrives late on Thursday,') is that phrase's act's: the item is undated."""
    assert all(date is None for date, _ in shown(nlp, text))


def test_a_relative_clause_on_the_doer_leaves_the_items_own_date(nlp):
    """'Merkel, who arrives late on Thursday, will hold talks ... on Friday': Friday, not
    Thursday (sample N16), and the title no longer carries the date it shows."""
    text = (
        "Berg, who arrives late on Thursday, will hold talks with Prime Minister Lund on "
        "Friday along with her ministers."
    )
    assert shown(nlp, text) == [
        ("2026-06-05", "Berg to hold talks with Prime Minister Lund along with her ministers")
    ]


def test_an_act_during_a_period_is_not_dated_by_its_first_day(nlp):
    """'during the four-day visit beginning Friday': the signing falls somewhere in the
    visit, not on its first day (sample N16, two pages)."""
    text = (
        "Varna will sign an agreement on energy with Lindia during Prime Minister Berg's "
        "four-day visit to Varna beginning Friday."
    )
    assert all(date is None for date, _ in shown(nlp, text))


def test_a_bound_cut_by_the_count_stays_in_the_title(nlp):
    """'to ratify the bills on its agenda before July 25 when ...': cut by the count before
    'before', the title showed the deadline as the ratification's date (sample N16)."""
    text = (
        "The parliament is expected to ratify the bills on its agenda before July 25 when "
        "the parliament is scheduled to take its summer recess."
    )
    assert shown(nlp, text) == [
        ("2026-07-25", "Parliament to ratify the bills on its agenda before July 25")
    ]


def test_a_title_ends_before_a_second_finite_predicate(nlp):
    """'will convene and is expected to continue work': the title was '... to convene and
    is expected' (sample N16)."""
    text = (
        "On Monday, the Budget Commission will convene and is expected to continue work on "
        "a new package."
    )
    assert shown(nlp, text) == [("2026-06-08", "Budget Commission to convene")]


def test_an_act_whose_content_is_a_that_clause_gives_no_title(nlp):
    """'will suggest that the two sides hold the summit from June 18-20': the title was
    'Office to suggest' dated by the summit it proposes (sample N16)."""
    text = (
        "The presidential office will suggest that the two sides hold the three-day summit "
        "from June 18-20 in Oslo, a newspaper reported."
    )
    assert shown(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The statistics office will release the Gross domestic product figures on Friday.",
        "The Senate will debate the House bill on Friday.",
    ],
)
def test_a_name_modifying_the_object_is_no_venue(nlp, text):
    """'release the Gross domestic product figures' was titled 'Release at Gross' (sample
    N15): a name with a lower-case word of its phrase after it is no venue."""
    titles = [title for _, title in shown(nlp, text)]
    assert not any(" at Gross" in t or " at House" in t for t in titles)


def test_an_object_name_before_a_time_or_participle_stays_the_venue(nlp):
    """A guard: 'will pay a visit to Varna beginning on June 25' keeps its destination (and,
    since a trip's length no longer reads as a time left in the title, its traveller)."""
    text = "Prime Minister Berg will pay a two-day official visit to Varna beginning on June 25."
    assert shown(nlp, text) == [
        ("2026-06-25", "Prime Minister Berg to pay a two-day official visit to Varna")
    ]


def test_an_arrangement_pointed_to_by_that_is_not_asked_about(nlp):
    """'That pause is set to expire on July 8' was asked 'What happens when the That pause
    ends on July 8?' (sample N15): the capitalised 'That' is no name, and 'the pause' alone
    does not say which."""
    text = (
        "Officials announced a pause on new levies in April. That pause is set to expire on July 8."
    )
    questions = [q.text for q in key_questions(extraction(nlp, text))]
    assert not any("That" in q for q in questions)


def test_a_list_of_names_stays_whole_in_the_title(nlp):
    """'will meet Lund, Ames and Cole' was titled 'Berg to meet Lund': the act was cut at the
    list's first comma."""
    text = "Berg will meet Lund, Ames and Cole on Friday."
    assert shown(nlp, text) == [("2026-06-05", "Berg to meet Lund, Ames and Cole")]


def test_a_name_set_off_by_commas_before_the_verb_is_no_doer(nlp):
    """'the president together with his wife, Agata Berg, will pay an official visit' was
    titled 'Agata Berg, to pay ...' (sample N13): the apposition is not who acts."""
    text = (
        "On Friday, the president together with his wife, Agata Berg, will pay an official "
        "visit to Oslo."
    )
    titles = [title for _, title in shown(nlp, text)]
    assert titles and not any(t.startswith("Agata") for t in titles)


def test_to_places_a_trip_not_an_election(nlp):
    """'to contest in the elections to the Commission' was titled 'Elections at Commission'
    (sample N7); a trip keeps its destination ('Delegation to make a trip to Oslo')."""
    text = (
        "Parties shall submit the names of persons to contest in the elections to the "
        "Commission on Wednesday."
    )
    assert not any("at Commission" in title for _, title in shown(nlp, text))
    text = "The delegation will make a trip to Oslo on Friday."
    assert shown(nlp, text) == [("2026-06-05", "Delegation to make a trip to Oslo")]


def test_two_days_joined_by_and_date_the_first(nlp):
    """'on 12 and 13 June 2026' was dated 13 June, the visit's last day (sample N17)."""
    text = "Prime Minister Berg is paying a state visit to Varna on 12 and 13 June 2026."
    assert [date for date, _ in shown(nlp, text)] == ["2026-06-12"]


def test_a_day_first_range_stays_whole_in_the_title(nlp):
    """'in Berlin on 9–10 June' was titled '... in Berlin on 9' (sample N18): the act was cut
    at the range's dash, and the date then left a stray day."""
    text = "The minister will next discuss trade with partners in Berlin on 9–10 June at a meeting."
    assert shown(nlp, text) == [
        ("2026-06-09", "Minister to discuss trade with partners in Berlin at a meeting")
    ]


def test_and_before_a_name_joins_names(nlp):
    """'will meet Lund and Ames' was titled 'Berg to meet Lund' (sample N18: 'students in
    Grade 10 and 12' titled '... in Grade 10')."""
    assert shown(nlp, "Berg will meet Lund and Ames on Friday.") == [
        ("2026-06-05", "Berg to meet Lund and Ames")
    ]


def test_and_before_a_subject_and_its_modal_opens_another_clause(nlp):
    """'Berg will visit Oslo and Lund will visit Rome on Friday': Friday is Lund's visit."""
    text = "Berg will visit Oslo and Lund will visit Rome on Friday."
    assert shown(nlp, text) == [("2026-06-05", "Lund to visit Rome")]


def test_a_time_after_a_dash_dates_the_dashs_clause(nlp):
    """'will stage six group matches – meaning one of the winners will face Japan on
    November 27': the stadium's matches were dated November 27 (sample N18)."""
    text = (
        "The tournament will see the Berg stadium stage six group matches – meaning one of "
        "the winners will go back there to face Varna on November 27."
    )
    assert all(date != "2026-11-27" for date, _ in shown(nlp, text))


def test_a_clause_of_time_ends_the_title(nlp):
    """'will begin Feb 16 when he will be accorded a ceremonial welcome' kept the clause in
    its title (sample N17)."""
    text = (
        "The state visit will formally begin on June 16 when Berg will be welcomed at the palace."
    )
    assert all(" when " not in title for _, title in shown(nlp, text))


def test_the_sentences_full_stop_after_an_acronym_leaves_the_title(nlp):
    """'will take place on June 20 at 10.30 pm IST.' was titled '... at 10.30 pm IST.' (sample
    N13); an abbreviation's own stops stay ('in the U.S.')."""
    text = "The swearing-in will take place on June 20 at 10.30 pm IST."
    assert shown(nlp, text) == [("2026-06-20", "Swearing-in to take place at 10.30 pm IST")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a role in the possessive before the name (sample N18)
        (
            "Varna's premier Ola Berg will undertake a two-day official visit to Oslo on June 23.",
            "Varna's premier Ola Berg to undertake a two-day official visit to Oslo",
        ),
        # the subject after a wire dateline's dash (sample N16)
        (
            "OSLO, June 2 (Wire) -- Varnan President Ola Berg will visit Lindia on June 10.",
            "Varnan President Ola Berg to visit Lindia",
        ),
    ],
)
def test_a_trip_names_its_traveller(nlp, text, title):
    """A trip titled 'Visit to Oslo' names no traveller: a role in the possessive before
    the name, the subject after a dateline's dash and a trip's length ('two-day') no
    longer keep the traveller out of the title."""
    assert [t for _, t in shown(nlp, text)] == [title]


def test_an_act_of_sequence_leaves_its_then_out_of_the_title(nlp):
    """'The top two teams will then progress to a final in June' was titled '... to then
    progress ...' (samples N15, N19): 'then' points to a sentence the brief does not show."""
    text = "The top two teams will then progress to a final on July 4."
    assert shown(nlp, text) == [("2026-07-04", "Top two teams to progress to a final")]


def test_a_verbs_object_is_a_venue_only_for_a_trip(nlp):
    """'will launch the National Poverty Initiative on July 5' was titled 'Launch at National
    Poverty Initiative' (samples N15, N20)."""
    text = "The government is set to launch the National Poverty Initiative on July 5."
    assert shown(nlp, text) == [
        ("2026-07-05", "Government to launch the National Poverty Initiative")
    ]


def test_a_time_after_another_act_before_or_after_the_item_is_that_acts(nlp):
    """'plans to travel to Oslo ... before returning to Varna in the middle of next week':
    next week is the return's (sample N19); right before the time the word bounds the item
    ('before July 25', tested above)."""
    text = (
        "Berg plans to travel to Oslo and Lund, and to meet with officials, before returning "
        "to Varna in the middle of next week, a spokesman said."
    )
    assert all(date is None or not date.startswith("2026-W") for date, _ in shown(nlp, text))


def test_a_verb_joined_by_and_takes_the_time_after_it(nlp):
    """'On June 19, he will return from Oslo and visit Varna for two days on June 20': the
    visit is June 20 (sample N19, dated the return's day)."""
    text = "On June 19, Berg will return from Oslo and visit Varna for two days on June 20."
    assert [date for date, _ in shown(nlp, text)] == ["2026-06-20"]


def test_which_after_a_list_of_names_stands_for_the_noun_before_them(nlp):
    """'a summit among Varna, Lindia and Oslo, which is expected to take place in Bergen'
    was titled 'Oslo to take place in Bergen' (sample N19)."""
    text = (
        "Officials met ahead of a summit among Varna, Lindia and Norway, which is expected to "
        "take place in Bergen on June 24."
    )
    titles = [shown_title(e) for e in extraction(nlp, text).events]
    assert titles and not any(title.startswith("Norway") for title in titles)
    # a guard: after a preposition a single name is the antecedent (PolNeAR's form)
    text = "Polls show Berg beating Lund in Varna, which will hold the first primary on June 9."
    assert shown(nlp, text) == [("2026-06-09", "Varna to hold the first primary")]


@pytest.mark.parametrize(
    ("text", "date", "title"),
    [
        # a range whose ends name their weekdays (sample N20)
        (
            "The festival will now be held on Thursday June 4 to Sunday June 7 in the park.",
            "2026-06-04",
            "Festival to now be held",
        ),
    ],
)
def test_a_ranges_last_day_goes_with_its_first(nlp, text, date, title):
    assert shown(nlp, text) == [(date, title)]


def test_two_ranges_in_one_month_date_the_first(nlp):
    """'over two weekends from 19-21 and 26-28 July' was dated 26 July (sample N20)."""
    text = "The festival will take place over two weekends from 19-21 and 26-28 July in Boom."
    assert all(date == "2026-07-19" for date, _ in shown(nlp, text))


def test_a_past_relative_clause_after_a_future_cue_dates_its_own_act(nlp):
    """'would begin with the swearing-in of Berg and Lund who won the by-election in Varna
    on June 18': June 18 is past, and the by-election was put a year ahead (sample N22)."""
    text = (
        "The secretary said the sitting on Monday would begin with the swearing-in of two "
        "members of Parliament, namely Ola Berg and Ida Lund who won the by-election in Varna "
        "and Lindia on June 18."
    )
    times = {t.text: t.value for t in extraction(nlp, text, "2016-10-16").times}
    assert times["June 18"] == "2016-06-18"
    assert all(date != "2017-06-18" for date, _ in shown(nlp, text, "2016-10-16"))


def test_a_day_after_to_is_no_purpose(nlp):
    """'will host the congress from 1st to 4th December' was titled '... from 1st' (sample
    N22): 'to' before a figure opens no purpose."""
    text = "Varna will host the World Congress of Surgery from 1st to 4th December."
    assert [title for _, title in shown(nlp, text)] == [
        "Varna to host the World Congress of Surgery from 1st to 4th December"
    ]
