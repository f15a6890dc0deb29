#!/usr/bin/env python3
"""Build an independent gold-annotated check set (quotes, names, future sentences).

Texts are invented; annotations are written as data next to each text and all
offsets are computed here. Run: python3 make.py  (writes three JSONL files and
prints a verification report).
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = []


def doc(id, date, title, body, quotes, names, future):
    DOCS.append(
        dict(id=id, date=date, title=title, body=body, quotes=quotes, names=names, future=future)
    )


# Quote spec: (kind, span_text, speaker, mention, cue, group[, opts])
# opts: {"occ": n} n-th occurrence of span text; {"m_occ": n} / {"c_occ": n}
# force n-th word-bounded occurrence of mention / cue in the document;
# otherwise the cue is the occurrence nearest the quote and the mention the
# occurrence nearest the cue (both outside the quote span).

# ---------------------------------------------------------------- 1 politics
doc(
    "ours-01-coalition",
    "2026-03-12",
    "Coalition talks in Lisbon stall over budget rules",
    """LISBON, March 12 - Talks to form a new Portuguese government stalled on Thursday after the centre-left Socialist Renewal party and the Green Alliance failed to agree on spending limits, negotiators said.

"We are not going to sign a programme that cuts hospital budgets," Inês Carvalho, the Socialist Renewal leader, told reporters outside parliament. "Our voters did not send us here for that."

Carvalho said the two parties had settled most questions on housing and transport but remained far apart on debt targets.

The Green Alliance's chief negotiator, Rui Tavares-Mendes, said his party wanted "binding climate spending" written into any deal. He added that the Greens would not accept a coalition agreement without it.

President Álvaro Nunes met both leaders on Wednesday evening and urged them to reach an agreement before the end of the month. His office described the meeting as "frank and constructive".

"The country needs a budget, and it needs one soon," said Duarte Falcão, an economist at the University of Coimbra. Without a deal, he said, Portugal could face a second election in the summer.

A new round of talks is scheduled for Monday, a spokesman for the Socialist Renewal party said.""",
    [
        (
            "indirect",
            "Talks to form a new Portuguese government stalled on Thursday after the centre-left Socialist Renewal party and the Green Alliance failed to agree on spending limits",
            "negotiators",
            "negotiators",
            "said",
            "g1",
        ),
        (
            "direct",
            "We are not going to sign a programme that cuts hospital budgets,",
            "Inês Carvalho",
            "Inês Carvalho",
            "told",
            "g2",
        ),
        (
            "direct",
            "Our voters did not send us here for that.",
            "Inês Carvalho",
            "Inês Carvalho",
            "told",
            "g2",
        ),
        (
            "indirect",
            "the two parties had settled most questions on housing and transport but remained far apart on debt targets",
            "Inês Carvalho",
            "Carvalho",
            "said",
            "g3",
        ),
        (
            "mixed",
            'his party wanted "binding climate spending" written into any deal',
            "Rui Tavares-Mendes",
            "Rui Tavares-Mendes",
            "said",
            "g4",
        ),
        (
            "indirect",
            "the Greens would not accept a coalition agreement without it",
            "Rui Tavares-Mendes",
            "He",
            "added",
            "g5",
        ),
        (
            "indirect",
            "to reach an agreement before the end of the month",
            "Álvaro Nunes",
            "Álvaro Nunes",
            "urged",
            "g6",
        ),
        (
            "mixed",
            'the meeting as "frank and constructive"',
            "Álvaro Nunes's office",
            "His office",
            "described",
            "g7",
        ),
        (
            "direct",
            "The country needs a budget, and it needs one soon,",
            "Duarte Falcão",
            "Duarte Falcão",
            "said",
            "g8",
        ),
        ("indirect", "Without a deal", "Duarte Falcão", "he", "said", "g9"),
        (
            "indirect",
            "Portugal could face a second election in the summer",
            "Duarte Falcão",
            "he",
            "said",
            "g9",
        ),
        (
            "indirect",
            "A new round of talks is scheduled for Monday",
            "a spokesman for the Socialist Renewal party",
            "a spokesman",
            "said",
            "g10",
        ),
    ],
    [
        ("Lisbon", "LOC", "c1"),
        ("LISBON", "LOC", "c1"),
        ("Socialist Renewal", "ORG", "c2"),
        ("Green Alliance", "ORG", "c3"),
        ("Greens", "ORG", "c3"),
        ("Inês Carvalho", "PER", "c4"),
        ("Carvalho", "PER", "c4"),
        ("Rui Tavares-Mendes", "PER", "c5"),
        ("Álvaro Nunes", "PER", "c6"),
        ("Duarte Falcão", "PER", "c7"),
        ("University of Coimbra", "ORG", "c8"),
        ("Portugal", "LOC", "c9"),
    ],
    ["his party wanted", "urged them to reach", "Without a deal", "A new round of talks"],
)

# ---------------------------------------------------------------- 2 press release
doc(
    "ours-02-drought-plan",
    "2026-05-04",
    "Ministry announces national drought response plan",
    """NAIROBI — The Ministry of Water and Sanitation on Monday announced a 4.2 billion shilling plan to drill boreholes and repair pipelines in eleven counties affected by drought.

The ministry said in a statement that the first phase of the programme would begin in Turkana and Marsabit counties in June.

“No family should have to walk ten kilometres for clean water,” said Cabinet Secretary Wanjiru Kamau. “This plan is about dignity as much as it is about infrastructure.”

Kamau said the government would work with county administrations and the World Bank to monitor the projects. She added that contracts would be awarded through “an open and transparent tender”.

According to the Kenya Meteorological Department, the long rains are expected to be below average for a third consecutive season.

The statement also called on residents to report damaged water points to local officials.

A spokeswoman for the ministry said a progress report would be presented to parliament in September.

“We have learned from past droughts,” the spokeswoman said. “Early action saves lives and livestock.”""",
    [
        (
            "indirect",
            "the first phase of the programme would begin in Turkana and Marsabit counties in June",
            "the Ministry of Water and Sanitation",
            "The ministry",
            "said",
            "g1",
        ),
        (
            "direct",
            "No family should have to walk ten kilometres for clean water,",
            "Wanjiru Kamau",
            "Wanjiru Kamau",
            "said",
            "g2",
        ),
        (
            "direct",
            "This plan is about dignity as much as it is about infrastructure.",
            "Wanjiru Kamau",
            "Wanjiru Kamau",
            "said",
            "g2",
        ),
        (
            "indirect",
            "the government would work with county administrations and the World Bank to monitor the projects",
            "Wanjiru Kamau",
            "Kamau",
            "said",
            "g3",
        ),
        (
            "mixed",
            "contracts would be awarded through “an open and transparent tender”",
            "Wanjiru Kamau",
            "She",
            "added",
            "g4",
        ),
        (
            "indirect",
            "the long rains are expected to be below average for a third consecutive season",
            "the Kenya Meteorological Department",
            "Kenya Meteorological Department",
            "According to",
            "g5",
        ),
        (
            "indirect",
            "to report damaged water points to local officials",
            "the Ministry of Water and Sanitation",
            "The statement",
            "called on",
            "g6",
        ),
        (
            "indirect",
            "a progress report would be presented to parliament in September",
            "a spokeswoman for the ministry",
            "A spokeswoman",
            "said",
            "g7",
        ),
        (
            "direct",
            "We have learned from past droughts,",
            "a spokeswoman for the ministry",
            "the spokeswoman",
            "said",
            "g8",
        ),
        (
            "direct",
            "Early action saves lives and livestock.",
            "a spokeswoman for the ministry",
            "the spokeswoman",
            "said",
            "g8",
        ),
    ],
    [
        ("NAIROBI", "LOC", "c1"),
        ("Ministry of Water and Sanitation", "ORG", "c2"),
        ("Turkana", "LOC", "c3"),
        ("Marsabit", "LOC", "c4"),
        ("Wanjiru Kamau", "PER", "c5"),
        ("Kamau", "PER", "c5"),
        ("World Bank", "ORG", "c6"),
        ("Kenya Meteorological Department", "ORG", "c7"),
    ],
    [
        "announced a 4.2 billion",
        "the first phase of the programme",
        "the government would work",
        "contracts would be awarded",
        "the long rains are expected",
        "called on residents",
        "a progress report would",
    ],
)

# ---------------------------------------------------------------- 3 court
doc(
    "ours-03-port-bribery",
    "2026-02-19",
    "Former port official jailed for six years over bribery",
    """ROTTERDAM - A former harbour official was sentenced to six years in prison on Thursday for accepting bribes from shipping agents, in a case that prosecutors described as the largest corruption scandal in the port's history.

Judge Marleen de Vries told the court that Pieter Hoekstra, 58, had "systematically betrayed the trust placed in him" by selling inspection schedules to smugglers over a period of four years.

Hoekstra, who denied the charges, showed no emotion as the verdict was read. "You sold the safety of this port for envelopes of cash," the judge told him.

Prosecutors had argued that he received more than 900,000 euros in cash and gifts. His lawyer, Samira El Amrani, said her client would appeal.

"The court has relied on the word of criminals who were offered reduced sentences," El Amrani told reporters outside the building. "That is not justice."

The Public Prosecution Service welcomed the ruling. "This sends a clear signal that corruption at our borders does not pay," spokesman Joost Verbeek said.

Two shipping agents convicted in the same case last year are due to testify at a separate trial in April. It was also announced that the Port of Rotterdam Authority will review its inspection procedures.""",
    [
        (
            "mixed",
            'Pieter Hoekstra, 58, had "systematically betrayed the trust placed in him" by selling inspection schedules to smugglers over a period of four years',
            "Marleen de Vries",
            "Marleen de Vries",
            "told",
            "g1",
        ),
        (
            "direct",
            "You sold the safety of this port for envelopes of cash,",
            "Marleen de Vries",
            "the judge",
            "told",
            "g1b",
        ),
        (
            "indirect",
            "he received more than 900,000 euros in cash and gifts",
            "prosecutors",
            "Prosecutors",
            "argued",
            "g2",
        ),
        (
            "indirect",
            "her client would appeal",
            "Samira El Amrani",
            "Samira El Amrani",
            "said",
            "g3",
        ),
        (
            "direct",
            "The court has relied on the word of criminals who were offered reduced sentences,",
            "Samira El Amrani",
            "El Amrani",
            "told",
            "g4",
        ),
        ("direct", "That is not justice.", "Samira El Amrani", "El Amrani", "told", "g4"),
        (
            "direct",
            "This sends a clear signal that corruption at our borders does not pay,",
            "Joost Verbeek",
            "Joost Verbeek",
            "said",
            "g5",
        ),
        (
            "indirect",
            "the Port of Rotterdam Authority will review its inspection procedures",
            None,
            None,
            "announced",
            "g6",
        ),
    ],
    [
        ("ROTTERDAM", "LOC", "c1"),
        ("Marleen de Vries", "PER", "c2"),
        ("Pieter Hoekstra", "PER", "c3"),
        ("Hoekstra", "PER", "c3"),
        ("Samira El Amrani", "PER", "c4"),
        ("El Amrani", "PER", "c4"),
        ("Public Prosecution Service", "ORG", "c5"),
        ("Joost Verbeek", "PER", "c6"),
        ("Port of Rotterdam Authority", "ORG", "c7"),
    ],
    ["her client would appeal", "are due to testify", "will review its inspection"],
)

# ---------------------------------------------------------------- 4 business
doc(
    "ours-04-nordvik-results",
    "2026-07-29",
    "Nordvik Foods profit falls as cocoa costs bite",
    """OSLO — Nordvik Foods, the Scandinavian chocolate and snacks maker, reported a 14 percent drop in second-quarter operating profit on Wednesday and warned that prices for its confectionery would rise again in the autumn.

Chief executive Henrik Solberg said the company had absorbed most of the increase in cocoa costs over the past year but could no longer do so. “We have protected our customers for as long as we could,” he said on a call with analysts. “From October, shelf prices will go up by between five and eight percent.”

Shares in the company fell 6 percent in Oslo trading.

According to Lena Aasen, an analyst at Fjord Securities, the results were weaker than expected in every region except Poland. “The volume decline in Germany is the real worry,” she wrote in a note to clients.

The company said it would close a packaging plant in Tampere, Finland, by the end of next year, affecting about 240 jobs. The Finnish Industrial Union called the decision “a betrayal of loyal workers” and said it would seek talks with management.

Solberg told Reuters he expected cocoa prices to stabilise in 2027. Nordvik will publish its third-quarter results on October 28.""",
    [
        (
            "indirect",
            "prices for its confectionery would rise again in the autumn",
            "Nordvik Foods",
            "Nordvik Foods",
            "warned",
            "g1",
            {"m_occ": 1},
        ),
        (
            "indirect",
            "the company had absorbed most of the increase in cocoa costs over the past year but could no longer do so",
            "Henrik Solberg",
            "Henrik Solberg",
            "said",
            "g2",
        ),
        (
            "direct",
            "We have protected our customers for as long as we could,",
            "Henrik Solberg",
            "he",
            "said",
            "g3",
        ),
        (
            "direct",
            "From October, shelf prices will go up by between five and eight percent.",
            "Henrik Solberg",
            "he",
            "said",
            "g3",
            {"c_occ": 1},
        ),
        (
            "indirect",
            "the results were weaker than expected in every region except Poland",
            "Lena Aasen",
            "Lena Aasen",
            "According to",
            "g4",
        ),
        (
            "direct",
            "The volume decline in Germany is the real worry,",
            "Lena Aasen",
            "she",
            "wrote",
            "g5",
        ),
        (
            "indirect",
            "it would close a packaging plant in Tampere, Finland, by the end of next year, affecting about 240 jobs",
            "Nordvik Foods",
            "The company",
            "said",
            "g6",
        ),
        (
            "mixed",
            "the decision “a betrayal of loyal workers”",
            "the Finnish Industrial Union",
            "Finnish Industrial Union",
            "called",
            "g7",
        ),
        (
            "indirect",
            "it would seek talks with management",
            "the Finnish Industrial Union",
            "Finnish Industrial Union",
            "said",
            "g8",
        ),
        (
            "indirect",
            "he expected cocoa prices to stabilise in 2027",
            "Henrik Solberg",
            "Solberg",
            "told",
            "g9",
        ),
    ],
    [
        ("OSLO", "LOC", "c1"),
        ("Oslo", "LOC", "c1"),
        ("Nordvik Foods", "ORG", "c2"),
        ("Nordvik", "ORG", "c2"),
        ("Henrik Solberg", "PER", "c3"),
        ("Solberg", "PER", "c3"),
        ("Lena Aasen", "PER", "c4"),
        ("Fjord Securities", "ORG", "c5"),
        ("Poland", "LOC", "c6"),
        ("Germany", "LOC", "c7"),
        ("Tampere", "LOC", "c8"),
        ("Finland", "LOC", "c9"),
        ("Finnish Industrial Union", "ORG", "c10"),
        ("Reuters", "ORG", "c11"),
    ],
    [
        "warned that prices",
        "From October, shelf prices",
        "would close a packaging plant",
        "would seek talks",
        "he expected cocoa prices",
        "Nordvik will publish",
    ],
)

# ---------------------------------------------------------------- 5 sports
doc(
    "ours-05-harbour-city",
    "2026-09-13",
    "Harbour City stun leaders with late winner",
    """Harbour City came from behind to beat league leaders Atlético Riverside 2-1 on Sunday, with substitute Kwame Boateng scoring in the 89th minute.

Riverside had led through a first-half header from Diego Salcedo, but City equalised shortly after the break when Tomasz Wróbel converted a penalty.

"We will go to every ground this season," City manager Fiona MacLeod said, "and we will believe we can win."

MacLeod said the squad had worked on set pieces all week and praised Boateng, who joined the club from Accra Lions in August. "He is nineteen years old and he plays without fear," she said.

Boateng himself was modest. "I just tried to hit the target," he said. "The goal belongs to the whole team."

Riverside coach Pablo Iturriaga said his side had "switched off" in the final minutes. Asked whether the title race was now open, he replied that it had never been closed.

The result leaves Riverside two points clear at the top. City travel to Northgate United on Saturday, while Riverside host the champions, Eastbrook Rovers, next Sunday.""",
    [
        (
            "direct",
            "We will go to every ground this season,",
            "Fiona MacLeod",
            "Fiona MacLeod",
            "said",
            "g1",
        ),
        (
            "direct",
            "and we will believe we can win.",
            "Fiona MacLeod",
            "Fiona MacLeod",
            "said",
            "g1",
        ),
        (
            "indirect",
            "the squad had worked on set pieces all week",
            "Fiona MacLeod",
            "MacLeod",
            "said",
            "g2",
        ),
        (
            "direct",
            "He is nineteen years old and he plays without fear,",
            "Fiona MacLeod",
            "she",
            "said",
            "g3",
        ),
        ("direct", "I just tried to hit the target,", "Kwame Boateng", "he", "said", "g4"),
        (
            "direct",
            "The goal belongs to the whole team.",
            "Kwame Boateng",
            "he",
            "said",
            "g4",
            {"m_occ": None, "c_occ": None},
        ),
        (
            "mixed",
            'his side had "switched off" in the final minutes',
            "Pablo Iturriaga",
            "Pablo Iturriaga",
            "said",
            "g5",
        ),
        ("indirect", "whether the title race was now open", None, None, "Asked", "g5b"),
        ("indirect", "it had never been closed", "Pablo Iturriaga", "he", "replied", "g6"),
    ],
    [
        ("Harbour City", "ORG", "c1"),
        ("City", "ORG", "c1"),
        ("Atlético Riverside", "ORG", "c2"),
        ("Riverside", "ORG", "c2"),
        ("Kwame Boateng", "PER", "c3"),
        ("Boateng", "PER", "c3"),
        ("Diego Salcedo", "PER", "c4"),
        ("Tomasz Wróbel", "PER", "c5"),
        ("Fiona MacLeod", "PER", "c6"),
        ("MacLeod", "PER", "c6"),
        ("Accra Lions", "ORG", "c7"),
        ("Pablo Iturriaga", "PER", "c8"),
        ("Northgate United", "ORG", "c9"),
        ("Eastbrook Rovers", "ORG", "c10"),
    ],
    ['"We will go to every ground', "City travel to Northgate"],
)

# ---------------------------------------------------------------- 6 council
doc(
    "ours-06-millbrook-council",
    "2026-04-22",
    "Council approves car-free zone around Millbrook schools",
    """Millbrook Town Council voted 9-4 on Tuesday night to close three streets around the town’s primary schools to cars during drop-off and pick-up times, starting in September.

“Our children deserve to breathe clean air on the way to class,” said Maria Lopez, the mayor, who proposed the measure last year. “This is a modest change with a big payoff.”

Opponents said the plan would push traffic onto residential roads. Councillor Graham Pike, who voted against, said shop owners on Station Road had not been properly consulted. He called the scheme “well-meaning but rushed.”

A council spokeswoman said the restrictions would be enforced by cameras and that residents with disabilities could apply for exemptions.

The Millbrook Cycling Club welcomed the decision. Its chair, Deepa Raman, said members would volunteer as crossing marshals during the first weeks of the scheme. “Safe streets are not a luxury,” Raman said.

Parents who attended the meeting were divided. “I’ll believe it when I see it,” one father said as he left the chamber.

The council will review the trial after six months, according to the meeting papers.""",
    [
        (
            "direct",
            "Our children deserve to breathe clean air on the way to class,",
            "Maria Lopez",
            "Maria Lopez",
            "said",
            "g1",
        ),
        (
            "direct",
            "This is a modest change with a big payoff.",
            "Maria Lopez",
            "Maria Lopez",
            "said",
            "g1",
        ),
        (
            "indirect",
            "the plan would push traffic onto residential roads",
            "opponents",
            "Opponents",
            "said",
            "g2",
        ),
        (
            "indirect",
            "shop owners on Station Road had not been properly consulted",
            "Graham Pike",
            "Graham Pike",
            "said",
            "g3",
        ),
        ("mixed", "the scheme “well-meaning but rushed.”", "Graham Pike", "He", "called", "g4"),
        (
            "indirect",
            "the restrictions would be enforced by cameras and that residents with disabilities could apply for exemptions",
            "a council spokeswoman",
            "A council spokeswoman",
            "said",
            "g5",
        ),
        (
            "indirect",
            "members would volunteer as crossing marshals during the first weeks of the scheme",
            "Deepa Raman",
            "Deepa Raman",
            "said",
            "g6",
        ),
        ("direct", "Safe streets are not a luxury,", "Deepa Raman", "Raman", "said", "g6b"),
        ("direct", "I’ll believe it when I see it,", "one father", "one father", "said", "g7"),
        (
            "indirect",
            "The council will review the trial after six months",
            "the meeting papers",
            "the meeting papers",
            "according to",
            "g8",
        ),
    ],
    [
        ("Millbrook", "LOC", "c1"),
        ("Millbrook Town Council", "ORG", "c2"),
        ("Maria Lopez", "PER", "c3"),
        ("Graham Pike", "PER", "c4"),
        ("Station Road", "LOC", "c5"),
        ("Millbrook Cycling Club", "ORG", "c6"),
        ("Deepa Raman", "PER", "c7"),
        ("Raman", "PER", "c7"),
    ],
    [
        "starting in September",
        "the plan would push traffic",
        "the restrictions would be enforced",
        "members would volunteer",
        "The council will review",
    ],
)

# ---------------------------------------------------------------- 7 interview
doc(
    "ours-07-glacier-interview",
    "2026-06-10",
    "'The glaciers are our water tower': a conversation with hydrologist Ayesha Tarin",
    """Ayesha Tarin has spent two decades measuring ice in the Karakoram mountains. Her team at the Hunza Institute for Mountain Research in Gilgit published a study last month showing that meltwater peaks now arrive three weeks earlier than in the 1990s. She spoke to Sophie Lambert by video link. The interview has been edited for length.

LAMBERT: What surprised you most in the new data?

TARIN: The speed. We expected change, but not this fast. Some glaciers we mapped as students have simply split in two.

LAMBERT: What does that mean for farmers downstream?

TARIN: In the short term, more water, and more floods. In the long term, less water in late summer, exactly when the crops need it.

LAMBERT: Are governments listening?

TARIN: Some are. Pakistan and China now share river data more often than before. But most planning still assumes the rivers of the past.

Tarin said her team would return to the Batura Glacier in August to install new weather stations. She said she hoped the results would be shared openly with scientists in India and Nepal.""",
    [
        (
            "direct",
            "The glaciers are our water tower",
            "Ayesha Tarin",
            "Ayesha Tarin",
            None,
            "g1",
            {"m_occ": 0},
        ),
        (
            "indirect",
            "meltwater peaks now arrive three weeks earlier than in the 1990s",
            "the study",
            "a study",
            "showing",
            "g1b",
        ),
        (
            "direct",
            "What surprised you most in the new data?",
            "Sophie Lambert",
            "LAMBERT",
            None,
            "g2",
            {"m_occ": 0},
        ),
        (
            "direct",
            "The speed. We expected change, but not this fast. Some glaciers we mapped as students have simply split in two.",
            "Ayesha Tarin",
            "TARIN",
            None,
            "g3",
            {"m_occ": 0},
        ),
        (
            "direct",
            "What does that mean for farmers downstream?",
            "Sophie Lambert",
            "LAMBERT",
            None,
            "g4",
            {"m_occ": 1},
        ),
        (
            "direct",
            "In the short term, more water, and more floods. In the long term, less water in late summer, exactly when the crops need it.",
            "Ayesha Tarin",
            "TARIN",
            None,
            "g5",
            {"m_occ": 1},
        ),
        (
            "direct",
            "Are governments listening?",
            "Sophie Lambert",
            "LAMBERT",
            None,
            "g6",
            {"m_occ": 2},
        ),
        (
            "direct",
            "Some are. Pakistan and China now share river data more often than before. But most planning still assumes the rivers of the past.",
            "Ayesha Tarin",
            "TARIN",
            None,
            "g7",
            {"m_occ": 2},
        ),
        (
            "indirect",
            "her team would return to the Batura Glacier in August to install new weather stations",
            "Ayesha Tarin",
            "Tarin",
            "said",
            "g8",
        ),
        (
            "indirect",
            "she hoped the results would be shared openly with scientists in India and Nepal",
            "Ayesha Tarin",
            "She",
            "said",
            "g9",
        ),
    ],
    [
        ("Ayesha Tarin", "PER", "c1"),
        ("Tarin", "PER", "c1"),
        ("TARIN", "PER", "c1"),
        ("Karakoram", "LOC", "c2"),
        ("Hunza Institute for Mountain Research", "ORG", "c3"),
        ("Gilgit", "LOC", "c4"),
        ("Sophie Lambert", "PER", "c5"),
        ("LAMBERT", "PER", "c5"),
        ("Pakistan", "ORG", "c6"),
        ("China", "ORG", "c7"),
        ("Batura Glacier", "LOC", "c8"),
        ("India", "LOC", "c9"),
        ("Nepal", "LOC", "c10"),
    ],
    ["In the short term", "In the long term", "her team would return", "She said she hoped"],
)

# ---------------------------------------------------------------- 8 multi-paragraph quote
doc(
    "ours-08-rail-strike",
    "2026-10-02",
    "Rail workers announce 48-hour strike",
    """MANCHESTER — Train drivers on northern England's regional network will strike for 48 hours from October 15, their union announced on Friday, after talks over pay and rest breaks collapsed.

The Associated Society of Rail Crews said 92 percent of members who voted had backed the walkout. In a statement read outside the union's headquarters, general secretary Bronwen Hughes said:

“Our members have not taken this decision lightly. They have gone three years without a pay rise that matches inflation, while the company has paid out record dividends.

“We have offered again and again to sit down and negotiate. Every time, management has come back with the same offer dressed in different words.

“If Northline Rail wants to avoid disruption, the door is open. But we will not be bullied into accepting a real-terms pay cut.”

Northline Rail said it was “disappointed” by the vote and urged the union to return to talks. A company spokesperson said that a revised timetable would be published next week so that passengers could plan their journeys.

The Department for Transport said the dispute was a matter for the operator and the union.""",
    [
        (
            "indirect",
            "Train drivers on northern England's regional network will strike for 48 hours from October 15",
            "the Associated Society of Rail Crews",
            "their union",
            "announced",
            "g1",
        ),
        (
            "indirect",
            "92 percent of members who voted had backed the walkout",
            "the Associated Society of Rail Crews",
            "Associated Society of Rail Crews",
            "said",
            "g2",
        ),
        (
            "direct",
            "Our members have not taken this decision lightly. They have gone three years without a pay rise that matches inflation, while the company has paid out record dividends.",
            "Bronwen Hughes",
            "Bronwen Hughes",
            "said",
            "g3",
        ),
        (
            "direct",
            "We have offered again and again to sit down and negotiate. Every time, management has come back with the same offer dressed in different words.",
            "Bronwen Hughes",
            "Bronwen Hughes",
            "said",
            "g3",
            {"c_occ": 1},
        ),
        (
            "direct",
            "If Northline Rail wants to avoid disruption, the door is open. But we will not be bullied into accepting a real-terms pay cut.",
            "Bronwen Hughes",
            "Bronwen Hughes",
            "said",
            "g3",
            {"c_occ": 1},
        ),
        (
            "mixed",
            "it was “disappointed” by the vote",
            "Northline Rail",
            "Northline Rail",
            "said",
            "g4",
            {"m_occ": 1},
        ),
        (
            "indirect",
            "to return to talks",
            "Northline Rail",
            "Northline Rail",
            "urged",
            "g5",
            {"m_occ": 1},
        ),
        (
            "indirect",
            "a revised timetable would be published next week so that passengers could plan their journeys",
            "a company spokesperson",
            "A company spokesperson",
            "said",
            "g6",
        ),
        (
            "indirect",
            "the dispute was a matter for the operator and the union",
            "the Department for Transport",
            "Department for Transport",
            "said",
            "g7",
        ),
    ],
    [
        ("MANCHESTER", "LOC", "c1"),
        ("England", "LOC", "c2"),
        ("Associated Society of Rail Crews", "ORG", "c3"),
        ("Bronwen Hughes", "PER", "c4"),
        ("Northline Rail", "ORG", "c5"),
        ("Department for Transport", "ORG", "c6"),
    ],
    [
        "Rail workers announce",
        "will strike for 48 hours",
        "urged the union to return",
        "a revised timetable would be published",
    ],
)

# ---------------------------------------------------------------- 9 guillemets
doc(
    "ours-09-lake-ferries",
    "2026-01-27",
    "Lake Geneva ferry service to be cut in winter months",
    """GENEVA — The operator of passenger boats on Lake Geneva will suspend three of its winter routes from next December, citing falling passenger numbers and rising fuel costs.

«We cannot keep running half-empty boats in January», said Laurent Bühler, director of the Compagnie Lémanique de Navigation. «The routes that matter most to commuters will stay.»

Bühler said the company had lost 3.1 million francs on winter services over the past two years.

The decision was criticised by the mayor of Lausanne, Nathalie Perret, who said it would force hundreds of cross-lake commuters back into their cars. «This is a step backwards for the climate and for the region», she told the newspaper Le Temps.

On the French side, the mayor of Évian-les-Bains, Marc Giraud, said he would ask the company to keep at least one morning crossing. He warned that the cuts would make life «much harder for families on both shores». According to him, about 400 French residents use the boats daily to reach jobs in Switzerland.

The cantonal transport department said in a statement that it would examine whether public subsidies could save the routes. A decision is expected in March.""",
    [
        (
            "direct",
            "We cannot keep running half-empty boats in January",
            "Laurent Bühler",
            "Laurent Bühler",
            "said",
            "g1",
        ),
        (
            "direct",
            "The routes that matter most to commuters will stay.",
            "Laurent Bühler",
            "Laurent Bühler",
            "said",
            "g1",
        ),
        (
            "indirect",
            "the company had lost 3.1 million francs on winter services over the past two years",
            "Laurent Bühler",
            "Bühler",
            "said",
            "g2",
        ),
        (
            "indirect",
            "it would force hundreds of cross-lake commuters back into their cars",
            "Nathalie Perret",
            "Nathalie Perret",
            "said",
            "g3",
        ),
        (
            "direct",
            "This is a step backwards for the climate and for the region",
            "Nathalie Perret",
            "she",
            "told",
            "g4",
        ),
        (
            "indirect",
            "he would ask the company to keep at least one morning crossing",
            "Marc Giraud",
            "Marc Giraud",
            "said",
            "g5",
        ),
        (
            "mixed",
            "the cuts would make life «much harder for families on both shores»",
            "Marc Giraud",
            "He",
            "warned",
            "g5b",
        ),
        (
            "indirect",
            "about 400 French residents use the boats daily to reach jobs in Switzerland",
            "Marc Giraud",
            "him",
            "According to",
            "g6",
        ),
        (
            "indirect",
            "it would examine whether public subsidies could save the routes",
            "the cantonal transport department",
            "The cantonal transport department",
            "said",
            "g7",
        ),
    ],
    [
        ("GENEVA", "LOC", "c1"),
        ("Lake Geneva", "LOC", "c2"),
        ("Laurent Bühler", "PER", "c3"),
        ("Bühler", "PER", "c3"),
        ("Compagnie Lémanique de Navigation", "ORG", "c4"),
        ("Lausanne", "LOC", "c5"),
        ("Nathalie Perret", "PER", "c6"),
        ("Le Temps", "ORG", "c7"),
        ("Évian-les-Bains", "LOC", "c8"),
        ("Marc Giraud", "PER", "c9"),
        ("Switzerland", "LOC", "c10"),
    ],
    [
        "Lake Geneva ferry service to be cut",
        "will suspend three",
        "will stay",
        "it would force hundreds",
        "he would ask the company",
        "the cuts would make life",
        "it would examine whether",
        "A decision is expected",
    ],
)

# ---------------------------------------------------------------- 10 titles & scare quotes
doc(
    "ours-10-film-festival",
    "2026-08-16",
    'Georgian drama "The Quiet Harbour" wins top prize in Tbilisi',
    """TBILISI - "The Quiet Harbour", a slow-burning drama about a fishing family on the Black Sea coast, won the Golden Vine for best film at the Tbilisi International Film Festival on Saturday.

Director Nino Beridze, 34, dedicated the award to her grandmother. "She told me stories about the sea every night, and I simply wrote them down," Beridze said in her acceptance speech.

The jury, chaired by the Iranian actress Leila Farahani, praised the film's "patience and tenderness". Farahani said the jury had reached its decision unanimously. "It was not a difficult evening," she added.

The festival has faced criticism this year over its new "streamlined" selection process. Critics say the process has favoured films with foreign co-producers. Festival director Giorgi Abashidze rejected that claim. "Every film was judged on its merits," he said.

Beridze's previous short, "Salt", was screened at the festival in 2023 and later shown on the public broadcaster GPB. Her next project, an adaptation of the novel "Winter Orchard", is due to begin shooting in the spring, according to her producer, Tamar Kvaratskhelia. The festival will announce the dates of its next edition in November.""",
    [
        (
            "direct",
            "She told me stories about the sea every night, and I simply wrote them down,",
            "Nino Beridze",
            "Beridze",
            "said",
            "g1",
            {"m_occ": 1},
        ),
        ("direct", "patience and tenderness", "the jury", "The jury", "praised", "g2"),
        (
            "indirect",
            "the jury had reached its decision unanimously",
            "Leila Farahani",
            "Farahani",
            "said",
            "g3",
        ),
        ("direct", "It was not a difficult evening,", "Leila Farahani", "she", "added", "g3b"),
        (
            "indirect",
            "the process has favoured films with foreign co-producers",
            "critics",
            "Critics",
            "say",
            "g4",
        ),
        ("direct", "Every film was judged on its merits,", "Giorgi Abashidze", "he", "said", "g5"),
        (
            "indirect",
            'Her next project, an adaptation of the novel "Winter Orchard", is due to begin shooting in the spring',
            "Tamar Kvaratskhelia",
            "Tamar Kvaratskhelia",
            "according to",
            "g6",
        ),
    ],
    [
        ("Tbilisi", "LOC", "c1"),
        ("TBILISI", "LOC", "c1"),
        ("Black Sea", "LOC", "c2"),
        ("Tbilisi International Film Festival", "ORG", "c3"),
        ("Nino Beridze", "PER", "c4"),
        ("Beridze", "PER", "c4"),
        ("Leila Farahani", "PER", "c5"),
        ("Farahani", "PER", "c5"),
        ("Giorgi Abashidze", "PER", "c6"),
        ("GPB", "ORG", "c7"),
        ("Tamar Kvaratskhelia", "PER", "c8"),
    ],
    ["Her next project", "The festival will announce"],
)

# ---------------------------------------------------------------- 11 science
doc(
    "ours-11-noise-study",
    "2026-03-30",
    "Study links night-time noise to higher blood pressure in city children",
    """Children who sleep near busy roads are more likely to have raised blood pressure by the age of ten, according to a study of 3,800 families in Seoul, Barcelona and Lagos published on Monday.

The researchers, led by epidemiologist Chen Weiming of the University of Hong Kong, reported that every ten-decibel increase in night-time traffic noise was associated with a small but measurable rise in systolic pressure.

“We were surprised by how consistent the effect was across three very different cities,” Chen said in an interview. He cautioned that the study showed an association, not proof of cause.

Amara Okonkwo, a paediatrician at Lagos University Teaching Hospital who was not involved in the research, said the findings should prompt city planners to think about bedrooms, not only schools. “Noise is an invisible pollutant,” she said. “We measure it far less than we should.”

The World Health Organization is expected to update its guidelines on environmental noise next year. A spokesman for the organisation declined to say whether night-time limits would be tightened.

The study appears in the journal Environmental Health Perspectives.""",
    [
        (
            "indirect",
            "Children who sleep near busy roads are more likely to have raised blood pressure by the age of ten",
            "the study",
            "a study",
            "according to",
            "g1",
        ),
        (
            "indirect",
            "every ten-decibel increase in night-time traffic noise was associated with a small but measurable rise in systolic pressure",
            "the researchers",
            "The researchers",
            "reported",
            "g2",
        ),
        (
            "direct",
            "We were surprised by how consistent the effect was across three very different cities,",
            "Chen Weiming",
            "Chen",
            "said",
            "g3",
        ),
        (
            "indirect",
            "the study showed an association, not proof of cause",
            "Chen Weiming",
            "He",
            "cautioned",
            "g4",
        ),
        (
            "indirect",
            "the findings should prompt city planners to think about bedrooms, not only schools",
            "Amara Okonkwo",
            "Amara Okonkwo",
            "said",
            "g5",
        ),
        ("direct", "Noise is an invisible pollutant,", "Amara Okonkwo", "she", "said", "g6"),
        ("direct", "We measure it far less than we should.", "Amara Okonkwo", "she", "said", "g6"),
    ],
    [
        ("Seoul", "LOC", "c1"),
        ("Barcelona", "LOC", "c2"),
        ("Lagos", "LOC", "c3"),
        ("Chen Weiming", "PER", "c4"),
        ("Chen", "PER", "c4"),
        ("University of Hong Kong", "ORG", "c5"),
        ("Amara Okonkwo", "PER", "c6"),
        ("Lagos University Teaching Hospital", "ORG", "c7"),
        ("World Health Organization", "ORG", "c8"),
        ("Environmental Health Perspectives", "ORG", "c9"),
    ],
    ["the findings should prompt", "is expected to update", "declined to say whether"],
)

# ---------------------------------------------------------------- 12 EU
doc(
    "ours-12-solar-checks",
    "2026-11-05",
    "EU proposes tougher checks on imported solar panels",
    '''BRUSSELS - The European Commission on Thursday proposed new rules requiring importers of solar panels to prove that their supply chains are free of forced labour, a move that could affect billions of euros of trade with Asia.

Trade Commissioner Katarzyna Nowicka said the rules would "level the playing field for European manufacturers who play by the rules". She told a news conference in Brussels that member states had asked the Commission to act after several investigations by journalists.

Industry reaction was mixed. SolarEurope, which represents installers, warned that the checks could "slow the energy transition to a crawl" if customs authorities were not given extra staff. Its chief executive, Jens Mortensen, said installers already faced long delays.

The proposal must now be approved by the European Parliament and the 27 member governments. Diplomats said the process could take more than a year.

The Chinese commerce ministry said it "firmly opposes" the measure and would take steps to protect the rights of Chinese companies.

"Nobody is targeting any single country," a Commission spokesperson said. "These rules apply to everyone."''',
    [
        (
            "mixed",
            'the rules would "level the playing field for European manufacturers who play by the rules"',
            "Katarzyna Nowicka",
            "Katarzyna Nowicka",
            "said",
            "g1",
        ),
        (
            "indirect",
            "member states had asked the Commission to act after several investigations by journalists",
            "Katarzyna Nowicka",
            "She",
            "told",
            "g2",
        ),
        (
            "mixed",
            'the checks could "slow the energy transition to a crawl" if customs authorities were not given extra staff',
            "SolarEurope",
            "SolarEurope",
            "warned",
            "g3",
        ),
        (
            "indirect",
            "installers already faced long delays",
            "Jens Mortensen",
            "Jens Mortensen",
            "said",
            "g4",
        ),
        (
            "indirect",
            "the process could take more than a year",
            "diplomats",
            "Diplomats",
            "said",
            "g5",
        ),
        (
            "mixed",
            'it "firmly opposes" the measure and would take steps to protect the rights of Chinese companies',
            "the Chinese commerce ministry",
            "The Chinese commerce ministry",
            "said",
            "g6",
        ),
        (
            "direct",
            "Nobody is targeting any single country,",
            "a Commission spokesperson",
            "a Commission spokesperson",
            "said",
            "g7",
        ),
        (
            "direct",
            "These rules apply to everyone.",
            "a Commission spokesperson",
            "a Commission spokesperson",
            "said",
            "g7",
        ),
    ],
    [
        ("BRUSSELS", "LOC", "c1"),
        ("Brussels", "LOC", "c1"),
        ("EU", "ORG", "c2"),
        ("European Commission", "ORG", "c3"),
        ("Commission", "ORG", "c3"),
        ("Asia", "LOC", "c4"),
        ("Katarzyna Nowicka", "PER", "c5"),
        ("SolarEurope", "ORG", "c6"),
        ("Jens Mortensen", "PER", "c7"),
        ("European Parliament", "ORG", "c8"),
    ],
    [
        "EU proposes tougher checks",
        "a move that could affect",
        "the rules would",
        "the checks could",
        "must now be approved",
        "the process could take",
        "would take steps",
    ],
)

# ---------------------------------------------------------------- 13 police
doc(
    "ours-13-warehouse-fire",
    "2026-06-20",
    "Two arrested after warehouse fire in Dunmore",
    """Two men have been arrested on suspicion of arson after a fire destroyed a furniture warehouse on the Kilbride industrial estate in Dunmore early on Saturday, police said.

Nobody was injured in the blaze, which took more than 60 firefighters six hours to bring under control. Because of thick smoke, residents living nearby were told to keep their windows closed.

Detective Inspector Ruairí Ó Briain said the two men, aged 27 and 31, were being questioned at Dunmore Garda Station. “We believe this was a deliberate act,” he said. “I would appeal to anyone who was in the area between two and four in the morning to contact us.”

It is understood that the warehouse had been the subject of a dispute between its owners and a former tenant.

The owner of the business, Siobhán Keane, said she was “heartbroken”. “Thirty years of work went up in smoke in one night,” she told local radio station Dunmore FM.

The local councillor, Patrick Doyle, said the council would help the firm find temporary premises. “This is a family firm that has given work to half the town,” he said. A file will be sent to the Director of Public Prosecutions, police said.""",
    [
        (
            "indirect",
            "Two men have been arrested on suspicion of arson after a fire destroyed a furniture warehouse on the Kilbride industrial estate in Dunmore early on Saturday",
            "police",
            "police",
            "said",
            "g1",
        ),
        ("indirect", "to keep their windows closed", None, None, "were told", "g2"),
        (
            "indirect",
            "the two men, aged 27 and 31, were being questioned at Dunmore Garda Station",
            "Ruairí Ó Briain",
            "Ruairí Ó Briain",
            "said",
            "g3",
        ),
        ("direct", "We believe this was a deliberate act,", "Ruairí Ó Briain", "he", "said", "g4"),
        (
            "direct",
            "I would appeal to anyone who was in the area between two and four in the morning to contact us.",
            "Ruairí Ó Briain",
            "he",
            "said",
            "g4",
        ),
        ("mixed", "she was “heartbroken”", "Siobhán Keane", "Siobhán Keane", "said", "g5"),
        (
            "direct",
            "Thirty years of work went up in smoke in one night,",
            "Siobhán Keane",
            "she",
            "told",
            "g6",
        ),
        (
            "indirect",
            "the council would help the firm find temporary premises",
            "Patrick Doyle",
            "Patrick Doyle",
            "said",
            "g7",
        ),
        (
            "direct",
            "This is a family firm that has given work to half the town,",
            "Patrick Doyle",
            "he",
            "said",
            "g7b",
        ),
        (
            "indirect",
            "A file will be sent to the Director of Public Prosecutions",
            "police",
            "police",
            "said",
            "g8",
        ),
    ],
    [
        ("Kilbride", "LOC", "c1"),
        ("Dunmore", "LOC", "c2"),
        ("Ruairí Ó Briain", "PER", "c3"),
        ("Dunmore Garda Station", "LOC", "c4"),
        ("Siobhán Keane", "PER", "c5"),
        ("Dunmore FM", "ORG", "c6"),
        ("Patrick Doyle", "PER", "c7"),
    ],
    ["to contact us", "the council would help", "A file will be sent"],
)

# ---------------------------------------------------------------- 14 cyclone, floating quote
doc(
    "ours-14-cyclone",
    "2026-10-20",
    "Cyclone Ravi makes landfall near Chittagong as thousands shelter",
    """Cyclone Ravi made landfall near Chittagong on Tuesday evening with winds of up to 150 kilometres per hour, flattening homes and cutting power to much of the coastal region.

More than 200,000 people had been moved to shelters before the storm arrived, officials said. At least seven people were killed by falling trees, according to the Disaster Management Directorate.

Rahima Begum, who runs a tea stall in the fishing town of Patenga, spent the night in a concrete school building with her three children. "The wind sounded like a train that never stopped. When we came out, the roof of our house was in the next field."

The Bangladesh Meteorological Department warned that heavy rain would continue until Thursday and said landslides were likely in the hill districts.

State Minister for Disaster Management Farid Uddin told reporters that relief supplies were "already on their way". "We are prepared for the worst, but we hope for the best," he said.

The Red Crescent said it was sending 40 medical teams to the affected districts and appealed for donations. "The first 72 hours are critical," said Nasreen Akter, who heads the society's Chittagong office.

Schools in the region will remain closed until Sunday, the education ministry said.""",
    [
        (
            "indirect",
            "More than 200,000 people had been moved to shelters before the storm arrived",
            "officials",
            "officials",
            "said",
            "g1",
        ),
        (
            "indirect",
            "At least seven people were killed by falling trees",
            "the Disaster Management Directorate",
            "Disaster Management Directorate",
            "according to",
            "g2",
        ),
        (
            "direct",
            "The wind sounded like a train that never stopped. When we came out, the roof of our house was in the next field.",
            "Rahima Begum",
            "Rahima Begum",
            None,
            "g3",
        ),
        (
            "indirect",
            "heavy rain would continue until Thursday",
            "the Bangladesh Meteorological Department",
            "Bangladesh Meteorological Department",
            "warned",
            "g4",
        ),
        (
            "indirect",
            "landslides were likely in the hill districts",
            "the Bangladesh Meteorological Department",
            "Bangladesh Meteorological Department",
            "said",
            "g5",
        ),
        (
            "mixed",
            'relief supplies were "already on their way"',
            "Farid Uddin",
            "Farid Uddin",
            "told",
            "g6",
        ),
        (
            "direct",
            "We are prepared for the worst, but we hope for the best,",
            "Farid Uddin",
            "he",
            "said",
            "g7",
        ),
        (
            "indirect",
            "it was sending 40 medical teams to the affected districts",
            "the Red Crescent",
            "Red Crescent",
            "said",
            "g8",
        ),
        (
            "direct",
            "The first 72 hours are critical,",
            "Nasreen Akter",
            "Nasreen Akter",
            "said",
            "g8b",
        ),
        (
            "indirect",
            "Schools in the region will remain closed until Sunday",
            "the education ministry",
            "the education ministry",
            "said",
            "g9",
        ),
    ],
    [
        ("Chittagong", "LOC", "c1"),
        ("Disaster Management Directorate", "ORG", "c2"),
        ("Rahima Begum", "PER", "c3"),
        ("Patenga", "LOC", "c4"),
        ("Bangladesh Meteorological Department", "ORG", "c5"),
        ("Farid Uddin", "PER", "c6"),
        ("Red Crescent", "ORG", "c7"),
        ("Nasreen Akter", "PER", "c8"),
    ],
    ["heavy rain would continue", "Schools in the region"],
)

# ---------------------------------------------------------------- 15 education, mixed quotes
doc(
    "ours-15-phone-ban",
    "2026-09-01",
    "University bans phones from lecture halls in pilot scheme",
    """The University of Eastmoor will ban mobile phones from its lecture halls for one term, starting next week. The vice-chancellor, Professor Oluwaseun Adeyemi, called the trial “an experiment in paying attention”.

Under the pilot, students will be asked to leave their phones in lockers at the entrance of three buildings. Adeyemi said exam results in a similar scheme at a Danish university had improved “noticeably, if not dramatically”.

The students’ union said it had not been consulted and argued that the ban would hurt disabled students who rely on phones for captioning. “This was decided over our heads,” said union president Kofi Mensah-Bonsu. “We support focus. We don’t support blanket rules.”

A university spokeswoman said students with accessibility needs would be exempt, and that the results of the pilot would be published in January.

Lecturers are divided. Hannah Schulz, who teaches chemistry, said she welcomed the trial, saying that students had become “quietly absent” in her classes. “They are in the room, but their minds are elsewhere,” she said. Another lecturer, who asked not to be named, said the policy treated adults “like schoolchildren”.""",
    [
        (
            "mixed",
            "the trial “an experiment in paying attention”",
            "Oluwaseun Adeyemi",
            "Oluwaseun Adeyemi",
            "called",
            "g1",
        ),
        (
            "mixed",
            "exam results in a similar scheme at a Danish university had improved “noticeably, if not dramatically”",
            "Oluwaseun Adeyemi",
            "Adeyemi",
            "said",
            "g2",
        ),
        (
            "indirect",
            "it had not been consulted",
            "the students’ union",
            "The students’ union",
            "said",
            "g3",
        ),
        (
            "indirect",
            "the ban would hurt disabled students who rely on phones for captioning",
            "the students’ union",
            "The students’ union",
            "argued",
            "g4",
        ),
        (
            "direct",
            "This was decided over our heads,",
            "Kofi Mensah-Bonsu",
            "Kofi Mensah-Bonsu",
            "said",
            "g5",
        ),
        (
            "direct",
            "We support focus. We don’t support blanket rules.",
            "Kofi Mensah-Bonsu",
            "Kofi Mensah-Bonsu",
            "said",
            "g5",
        ),
        (
            "indirect",
            "students with accessibility needs would be exempt, and that the results of the pilot would be published in January",
            "a university spokeswoman",
            "A university spokeswoman",
            "said",
            "g6",
        ),
        ("indirect", "she welcomed the trial", "Hannah Schulz", "Hannah Schulz", "said", "g7"),
        (
            "mixed",
            "students had become “quietly absent” in her classes",
            "Hannah Schulz",
            "Hannah Schulz",
            "saying",
            "g8",
        ),
        (
            "direct",
            "They are in the room, but their minds are elsewhere,",
            "Hannah Schulz",
            "she",
            "said",
            "g8b",
        ),
        (
            "mixed",
            "the policy treated adults “like schoolchildren”",
            "another lecturer",
            "Another lecturer",
            "said",
            "g9",
        ),
    ],
    [
        ("University of Eastmoor", "ORG", "c1"),
        ("Oluwaseun Adeyemi", "PER", "c2"),
        ("Adeyemi", "PER", "c2"),
        ("Kofi Mensah-Bonsu", "PER", "c3"),
        ("Hannah Schulz", "PER", "c4"),
    ],
    [
        "University bans phones",
        "will ban mobile phones",
        "students will be asked",
        "the ban would hurt",
        "would be exempt",
    ],
)

# ---------------------------------------------------------------- 16 diplomacy
doc(
    "ours-16-border-crossing",
    "2026-02-02",
    "Andean neighbours agree to reopen border crossing",
    """LIMA — Peru and Bolivia agreed on Monday to reopen the Desaguadero border crossing, which has been closed for five weeks because of protests by truck drivers, the two governments said in a joint statement.

The crossing will open to cargo traffic on February 10 and to passenger buses a week later, according to the statement.

Peruvian Foreign Minister Lucía Huamán said the agreement showed that “dialogue works better than blockades”. Her Bolivian counterpart, Mateo Quispe Mamani, said his government would set up a joint commission to address the drivers’ complaints about customs fees.

“Our truckers are not enemies of the state,” Quispe said. “They are workers who want to be heard.”

The drivers’ federation was more cautious. Its leader, Efraín Choque, said they would lift the blockade only when the new fees were published in writing. “We have heard promises before,” he told Radio Pachamama.

Traders in the nearby city of Puno say losses have reached several million dollars. Hotel owner Rosa Condori said the closure had emptied the town in what should have been its busiest season. “Some of my neighbours have already closed their shops,” she said.""",
    [
        (
            "indirect",
            "Peru and Bolivia agreed on Monday to reopen the Desaguadero border crossing, which has been closed for five weeks because of protests by truck drivers",
            "the two governments",
            "the two governments",
            "said",
            "g1",
        ),
        (
            "indirect",
            "The crossing will open to cargo traffic on February 10 and to passenger buses a week later",
            "the two governments",
            "the statement",
            "according to",
            "g2",
        ),
        (
            "mixed",
            "the agreement showed that “dialogue works better than blockades”",
            "Lucía Huamán",
            "Lucía Huamán",
            "said",
            "g3",
        ),
        (
            "indirect",
            "his government would set up a joint commission to address the drivers’ complaints about customs fees",
            "Mateo Quispe Mamani",
            "Mateo Quispe Mamani",
            "said",
            "g4",
        ),
        (
            "direct",
            "Our truckers are not enemies of the state,",
            "Mateo Quispe Mamani",
            "Quispe",
            "said",
            "g5",
        ),
        (
            "direct",
            "They are workers who want to be heard.",
            "Mateo Quispe Mamani",
            "Quispe",
            "said",
            "g5",
        ),
        (
            "indirect",
            "they would lift the blockade only when the new fees were published in writing",
            "Efraín Choque",
            "Efraín Choque",
            "said",
            "g6",
        ),
        ("direct", "We have heard promises before,", "Efraín Choque", "he", "told", "g7"),
        (
            "indirect",
            "losses have reached several million dollars",
            "traders in the nearby city of Puno",
            "Traders",
            "say",
            "g8",
        ),
        (
            "indirect",
            "the closure had emptied the town in what should have been its busiest season",
            "Rosa Condori",
            "Rosa Condori",
            "said",
            "g9",
        ),
        (
            "direct",
            "Some of my neighbours have already closed their shops,",
            "Rosa Condori",
            "she",
            "said",
            "g10",
        ),
    ],
    [
        ("LIMA", "LOC", "c1"),
        ("Peru", "ORG", "c2"),
        ("Bolivia", "ORG", "c3"),
        ("Desaguadero", "LOC", "c4"),
        ("Lucía Huamán", "PER", "c5"),
        ("Mateo Quispe Mamani", "PER", "c6"),
        ("Quispe", "PER", "c6"),
        ("Efraín Choque", "PER", "c7"),
        ("Radio Pachamama", "ORG", "c8"),
        ("Puno", "LOC", "c9"),
        ("Rosa Condori", "PER", "c10"),
    ],
    [
        "Andean neighbours agree",
        "agreed on Monday to reopen",
        "The crossing will open",
        "would set up a joint commission",
        "would lift the blockade",
    ],
)


# ============================================================== machinery
WORDCH = re.compile(r"\w", re.UNICODE)


def occurrences(text, s, bounded=True):
    out, i = [], text.find(s)
    while i >= 0:
        j = i + len(s)
        ok = True
        if bounded:
            if i > 0 and WORDCH.match(text[i - 1]) and WORDCH.match(s[0]):
                ok = False
            if j < len(text) and WORDCH.match(text[j]) and WORDCH.match(s[-1]):
                ok = False
        if ok:
            out.append((i, j))
        i = text.find(s, i + 1)
    return out


def dist(a, b):
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def nearest(cands, ref, exclude):
    cands = [c for c in cands if not any(dist(c, e) == 0 for e in exclude)]
    assert cands, "no candidate"
    return min(cands, key=lambda c: dist(c, ref))


ABBR = {"Dr", "Mr", "Mrs", "Ms", "St", "Prof"}


def split_sentences(text):
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        p0, para = m.start(), m.group()
        start = 0
        for b in re.finditer(r"[.!?][\"”»’']?(?=\s+[\"“«A-ZÀ-ÖØ-Þ0-9])", para):
            prev = re.search(r"(\w+)[.!?]$", para[: b.start() + 1])
            if prev and prev.group(1) in ABBR:
                continue
            end = b.end()
            seg = para[start:end]
            ls = len(seg) - len(seg.lstrip())
            spans.append([p0 + start + ls, p0 + end])
            start = end
        seg = para[start:]
        if seg.strip():
            ls = len(seg) - len(seg.lstrip())
            spans.append([p0 + start + ls, p0 + start + len(seg.rstrip())])
    return spans


def build():
    qout, nout, eout = [], [], []
    report = []
    for d in DOCS:
        text = d["title"] + "\n\n" + d["body"]
        base = dict(id=d["id"], source="ours", title=d["title"], date=d["date"], text=text)
        # quotes
        quotes, spans = [], []
        for q in d["quotes"]:
            kind, qt, spk, men, cue, grp = q[:6]
            opts = q[6] if len(q) > 6 else {}
            occ = occurrences(text, qt, bounded=False)
            if "occ" in opts:
                qs = occ[opts["occ"]]
            else:
                assert len(occ) == 1, (d["id"], qt, len(occ))
                qs = occ[0]
            spans.append(qs)
        first_of_group = {}
        for q, qs in zip(d["quotes"], spans, strict=False):
            kind, qt, spk, men, cue, grp = q[:6]
            opts = q[6] if len(q) > 6 else {}
            others = spans  # mentions/cues never inside any quote span
            if grp in first_of_group:
                # fragments of one quotation share the cue and mention of the first fragment
                prev = first_of_group[grp]
                assert prev["speaker"] == spk
                rec = {
                    "kind": kind,
                    "text": qt,
                    "start": qs[0],
                    "end": qs[1],
                    "speaker": spk,
                    "speaker_mention": prev["speaker_mention"],
                    "cue": prev["cue"],
                    "group": grp,
                }
                quotes.append(rec)
                report.append((d["id"], rec, text))
                continue
            c = None
            if cue:
                cands = occurrences(text, cue)
                if opts.get("c_occ") is not None:
                    cs = cands[opts["c_occ"]]
                else:
                    cs = nearest(cands, qs, others)
                c = {"text": cue, "start": cs[0], "end": cs[1]}
            m = None
            if men:
                cands = occurrences(text, men)
                ref = (c["start"], c["end"]) if c else qs
                if opts.get("m_occ") is not None:
                    ms = cands[opts["m_occ"]]
                else:
                    ms = nearest(cands, ref, others)
                m = {"text": men, "start": ms[0], "end": ms[1]}
            rec = {
                "kind": kind,
                "text": qt,
                "start": qs[0],
                "end": qs[1],
                "speaker": spk,
                "speaker_mention": m,
                "cue": c,
                "group": grp,
            }
            first_of_group[grp] = rec
            quotes.append(rec)
            report.append((d["id"], rec, text))
        quotes.sort(key=lambda r: r["start"])
        renum = {}
        for r in quotes:  # groups renumbered g1, g2, ... in order of first fragment
            renum.setdefault(r["group"], f"g{len(renum) + 1}")
        quotes = [dict(r, group=renum[r["group"]]) for r in quotes]
        qout.append(dict(base, quotes=quotes))
        # names: longest first, non-overlapping, word-bounded
        taken, names = [], []
        for s, typ, cl in sorted(d["names"], key=lambda n: -len(n[0])):
            found = 0
            for o in occurrences(text, s):
                if any(dist(o, t) == 0 for t in taken):
                    continue
                taken.append(o)
                found += 1
                names.append({"text": s, "start": o[0], "end": o[1], "type": typ, "cluster": cl})
            assert found, (d["id"], s)
        names.sort(key=lambda n: n["start"])
        nout.append(dict(base, names=names))
        # sentences and future sentences
        sents = split_sentences(text)
        fut = set()
        for key in d["future"]:
            hit = [i for i, (a, b) in enumerate(sents) if key in text[a:b]]
            assert len(hit) == 1, (d["id"], key, hit)
            fut.add(hit[0])
        eout.append(dict(base, sentences=sents, future_sentences=sorted(fut)))
    return qout, nout, eout, report


def verify(qout, nout, eout):
    for group in (qout, nout, eout):
        for d in group:
            t = d["text"]
            for q in d.get("quotes", []):
                assert t[q["start"] : q["end"]] == q["text"]
                for k in ("speaker_mention", "cue"):
                    if q[k]:
                        assert t[q[k]["start"] : q[k]["end"]] == q[k]["text"]
            for n in d.get("names", []):
                assert t[n["start"] : n["end"]] == n["text"]
            for a, b in d.get("sentences", []):
                assert t[a:b] == t[a:b].strip() and a < b


if __name__ == "__main__":
    qout, nout, eout, report = build()
    verify(qout, nout, eout)
    for name, rows in (
        ("quotes-check.jsonl", qout),
        ("names-check.jsonl", nout),
        ("events-check.jsonl", eout),
    ):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        for did, q, t in report:
            m, c = q["speaker_mention"], q["cue"]

            def ctx(s, t=t):
                return (
                    repr(
                        t[max(0, s["start"] - 25) : s["start"]]
                        + "["
                        + s["text"]
                        + "]"
                        + t[s["end"] : s["end"] + 10]
                    )
                    if s
                    else None
                )

            print(did, q["kind"], q["group"], repr(q["text"][:40]), "| M:", ctx(m), "| C:", ctx(c))
        for d in nout:
            print(d["id"], [(n["text"], n["type"], n["cluster"]) for n in d["names"]])
        for d in eout:
            print("==", d["id"])
            for i, (a, b) in enumerate(d["sentences"]):
                print(
                    " ", "F" if i in d["future_sentences"] else " ", i, repr(d["text"][a:b][:110])
                )
    from collections import Counter

    kinds = Counter(q["kind"] for d in qout for q in d["quotes"])
    words = [len(d["text"].split()) for d in qout]
    print(
        "docs",
        len(qout),
        "quotes",
        sum(kinds.values()),
        dict(kinds),
        "names",
        sum(len(d["names"]) for d in nout),
        "future",
        sum(len(d["future_sentences"]) for d in eout),
        "/",
        sum(len(d["sentences"]) for d in eout),
    )
    print("words", words)
