"""Explicit questions: interrogative sentences, narrated or quoted. Written for this project."""


def q(text: str, part: str, speaker: str | None = None) -> dict:
    return {"text": text, "gold": [{"kind": "explicit", "span": part, "speaker": speaker}]}


def neg(text: str) -> dict:
    return {"text": text}


EXPLICIT = [
    q(
        "Water charges in Varna rose by 12 percent this year. "
        "Will the council raise them again before the election?",
        "Will the council raise them again before the election?",
    ),
    q(
        "The new bridge over the Lume river is finished but closed to traffic. "
        '"Who is going to pay for the repairs to the approach road?" asked Mayor Lena Ortiz.',
        "Who is going to pay for the repairs to the approach road?",
        "Lena Ortiz",
    ),
    q(
        "Dairy farmers gathered outside the ministry on Monday. "
        'Their leader, Tomas Reyes, asked: "Why was the milk subsidy cut without any warning?"',
        "Why was the milk subsidy cut without any warning?",
        "Tomas Reyes",
    ),
    q(
        "Nurses at the Saint Clare clinic have worked from temporary cabins since 2023. "
        '"We have waited two years. When will the new wing open?" said Ana Duarte, a nurse.',
        "When will the new wing open?",
        "Ana Duarte",
    ),
    neg(
        "The regional government wants every village to have fast broadband by 2027. "
        '"Who would not want a faster connection?" said Digital Minister Karl Brenner.'
    ),
    q(
        "The rail operator Nordbahn cancelled 40 trains last week. "
        "Passenger group chair Eva Lind wrote to the board: "
        '"How many more cancellations will commuters have to accept?"',
        "How many more cancellations will commuters have to accept?",
        "Eva Lind",
    ),
    q(
        "Can the port of Brelk handle twice as many containers by next summer? "
        "Its operator says yes, but the dockworkers' union is sceptical.",
        "Can the port of Brelk handle twice as many containers by next summer?",
    ),
    q(
        "Senator Paula Iwu questioned the defence procurement chief for three hours. "
        '"What happened to the 40 million set aside for spare parts?" Iwu asked.',
        "What happened to the 40 million set aside for spare parts?",
        "Paula Iwu",
    ),
    neg(
        "The city will plant 5,000 trees along its avenues this spring. "
        '"Isn\'t it obvious that shade makes streets cooler?" said parks director Omar Saleh.'
    ),
    q(
        "The mining company Arvel Resources plans a new copper pit near Tesso. "
        "Residents want to know one thing: where will the waste rock go?",
        "where will the waste rock go?",
    ),
    q(
        "The opposition leader, Dana Whitfield, addressed parliament on Tuesday. "
        '"Does the prime minister still have confidence in his finance minister?" she asked.',
        "Does the prime minister still have confidence in his finance minister?",
        "Dana Whitfield",
    ),
    q(
        "Teachers in the Moravel district went on strike for a second day. "
        "Should schools stay open when half the staff are absent? "
        "Parents are divided.",
        "Should schools stay open when half the staff are absent?",
    ),
    neg(
        "The museum reopened after a two-year renovation. "
        '"Will it be cheap? No. Will it be worth it? Absolutely," said curator Hanne Vik.'
    ),
    q(
        "Fishermen in Kestra complain that quotas are set in distant capitals. "
        '"Has anyone in the ministry ever been on a trawler?" asked skipper Rui Matos.',
        "Has anyone in the ministry ever been on a trawler?",
        "Rui Matos",
    ),
    q(
        "The vaccine maker Solvia missed its second delivery target. "
        "Health Commissioner Irene Platt asked the company on Friday "
        '"why European orders are being served last."',
        "why European orders are being served last.",
        "Irene Platt",
    ),
    q(
        "The central bank kept its rate at 4 percent. "
        "How long can it hold rates there while prices keep rising?",
        "How long can it hold rates there while prices keep rising?",
    ),
    neg(
        "The festival drew 80,000 visitors over the weekend. "
        '"What is not to like about free music in the park?" said organiser Jonas Frey.'
    ),
    q(
        "Journalists pressed the interior minister, Marta Koval, about the border camps. "
        '"How many people are being held there tonight?" one reporter asked.',
        "How many people are being held there tonight?",
        "one reporter",
    ),
    q(
        "The airline Skylane wants to move its hub from Arlo to Bexby. "
        "What would happen to the 3,000 jobs in Arlo?",
        "What would happen to the 3,000 jobs in Arlo?",
    ),
    q(
        "The housing minister, Lars Okafor, presented the plan to mayors. "
        '"Are you ready to build on land you already own?" Okafor asked them.',
        "Are you ready to build on land you already own?",
        "Lars Okafor",
    ),
    neg(
        "The clinic in Tavro will stay open on Sundays. "
        '"Who knows how long the funding lasts? Nobody," said its director, Pia Holm. '
        "The ministry has paid for a full year."
    ),
    q(
        "Shipping firms avoid the strait after two attacks this month. "
        "Insurers now ask a simple question: is the route safe at all?",
        "is the route safe at all?",
    ),
    q(
        "At the hearing, Judge Amira Bello turned to the prosecutor. "
        '"Why did it take eleven months to file these charges?" Bello asked.',
        "Why did it take eleven months to file these charges?",
        "Amira Bello",
    ),
    q(
        "The football club Real Ostra reported debts of 90 million euros. "
        '"Where did the money from the stadium sale go?" fan representative Leo Marx asked '
        "at the members' meeting.",
        "Where did the money from the stadium sale go?",
        "Leo Marx",
    ),
    neg(
        "The ferry company added a night sailing to the island. "
        '"How could anyone object to more ferries? We cannot," said harbour master Ivo Petrov.'
    ),
    q(
        "Farmers in the Selva valley lost most of their olive harvest to drought. "
        "Will the government declare the valley a disaster zone?",
        "Will the government declare the valley a disaster zone?",
    ),
    q(
        "The telecom regulator fined Velo Mobile 2 million for outages. "
        'Consumer advocate Nina Sato said: "Is two million really enough to change anything?"',
        "Is two million really enough to change anything?",
        "Nina Sato",
    ),
    q(
        "Which of the three bidders will build the tunnel? "
        "The transport ministry will open the envelopes next week.",
        "Which of the three bidders will build the tunnel?",
    ),
    neg(
        "Why do so many towns still lack a pharmacy? "
        "The answer, a new report finds, is rent: small pharmacies cannot pay city prices."
    ),
    q(
        "The energy minister, Sven Dahl, toured the wind farm at Oxby. "
        'A local councillor asked him: "Who decided to put the turbines next to the school?"',
        "Who decided to put the turbines next to the school?",
        "A local councillor",
    ),
    q(
        "The university raised tuition for foreign students by a third. "
        '"How are we supposed to plan our studies?" asked student Mei Tanaka.',
        "How are we supposed to plan our studies?",
        "Mei Tanaka",
    ),
    q(
        "Prosecutors dropped the case against the former mayor. "
        "Was the evidence too weak, or did someone intervene?",
        "Was the evidence too weak, or did someone intervene?",
    ),
    neg(
        "The bakers' guild held its annual fair in Lenz. "
        '"Don\'t we all love fresh bread?" said its president, Clara Wirth, to applause.'
    ),
    q(
        "The navy has two submarines in dry dock and one at sea. "
        'Admiral Jon Hale told the committee: "Can we protect the coast with one boat? '
        'I do not think so."',
        "Can we protect the coast with one boat?",
        "Jon Hale",
    ),
    q(
        "The drug agency approved a cheaper insulin made by Medra. "
        "When will it reach pharmacies in rural areas?",
        "When will it reach pharmacies in rural areas?",
    ),
    q(
        "Mayor Ruth Adeyemi met the bus drivers' union on Thursday. "
        '"What will it take to end this strike?" she asked the union\'s leader.',
        "What will it take to end this strike?",
        "Ruth Adeyemi",
    ),
    neg(
        "The chess federation moved its championship to Pella. "
        '"Guess what? The players love the sea," said federation head Boris Lenk.'
    ),
    q(
        "The steelmaker Korvan wants a state guarantee for its loans. "
        "Should taxpayers carry the risk of a private company?",
        "Should taxpayers carry the risk of a private company?",
    ),
    q(
        "The auditor general, Helen Moss, presented her report on the hospital project. "
        '"Why were the costs never checked against the budget?" Moss asked.',
        "Why were the costs never checked against the budget?",
        "Helen Moss",
    ),
    q(
        "Thousands of residents in Dorvik still have no power after the storm. "
        '"When will the lights come back on?" asked pensioner Edith Kranz.',
        "When will the lights come back on?",
        "Edith Kranz",
    ),
    neg(
        "The cycling club opened a new track in Marn. "
        '"Aren\'t bikes the future of city transport?" said club chair Tilda Berg.'
    ),
    q(
        "The trade minister, Ahmed Fares, returned from talks in Lisbon without a deal. "
        "Will the tariff truce survive the summer?",
        "Will the tariff truce survive the summer?",
    ),
]
