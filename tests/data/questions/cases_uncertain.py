"""Uncertain claims: hedged statements about a key actor or event. Written for this project."""


def q(text: str, part: str) -> dict:
    return {"text": text, "gold": [{"kind": "uncertain", "span": part}]}


def neg(text: str) -> dict:
    return {"text": text}


UNCERTAIN = [
    q(
        "The finance minister, Sven Dahl, missed the cabinet meeting on Monday. "
        "Dahl is reportedly preparing to resign over the pension reform.",
        "Dahl is reportedly preparing to resign over the pension reform.",
    ),
    q(
        "Police raided the offices of Arvel Resources in Tesso. "
        "The company allegedly paid officials to speed up its mining permits.",
        "The company allegedly paid officials to speed up its mining permits.",
    ),
    q(
        "The rebel commander Idris Kamal has not been seen since the air strike. "
        "He is believed to have fled across the border into Marnia.",
        "He is believed to have fled across the border into Marnia.",
    ),
    neg(
        "The harvest festival in Lenz starts on Saturday. "
        "It may be cold in the evening, so visitors should bring a coat."
    ),
    q(
        "Velo Mobile and Tarn have held merger talks since January. "
        "According to two people familiar with the talks, Tarn has asked for a higher price.",
        "According to two people familiar with the talks, Tarn has asked for a higher price.",
    ),
    q(
        "The trade ministry of Selva says exports are growing. "
        "Officials who spoke on condition of anonymity said the ministry had inflated the figures.",
        "Officials who spoke on condition of anonymity said the ministry had inflated the figures.",
    ),
    q(
        "The president of Korvia, Anton Miles, will visit Brelk next month. "
        "Miles could sign a gas deal during the visit, diplomats said.",
        "Miles could sign a gas deal during the visit, diplomats said.",
    ),
    neg("The new library in Oxby has 40,000 books. Visitors may borrow up to ten at a time."),
    q(
        "Skylane's chief executive, Petra Lund, met investors in London. "
        "She is said to be looking for a buyer for the cargo division.",
        "She is said to be looking for a buyer for the cargo division.",
    ),
    q(
        "The navy lost contact with a patrol boat near the Kestra islands on Sunday. "
        "The boat may have been seized by smugglers, a naval officer said.",
        "The boat may have been seized by smugglers, a naval officer said.",
    ),
    q(
        "Unconfirmed reports say that General Ruiz has been detained by his own guards.",
        "Unconfirmed reports say that General Ruiz has been detained by his own guards.",
    ),
    neg(
        "The bakery on Main Street reportedly sells 400 loaves a day. "
        "It opens at six in the morning."
    ),
    q(
        "The steelmaker Korvan posted a loss for the third year. "
        "A source close to the board said Korvan was likely to cut 2,000 jobs.",
        "A source close to the board said Korvan was likely to cut 2,000 jobs.",
    ),
    q(
        "Two tankers left the port of Brelk at night with their trackers switched off. "
        "The ships are thought to be carrying oil to Marnia in breach of sanctions.",
        "The ships are thought to be carrying oil to Marnia in breach of sanctions.",
    ),
    q(
        "Mayor Ruth Adeyemi denies any wrongdoing. "
        "Adeyemi allegedly awarded the bus contract to a firm owned by her brother.",
        "Adeyemi allegedly awarded the bus contract to a firm owned by her brother.",
    ),
    neg(
        "The weekend weather in Pella looks mixed. "
        "Rain could delay the start of the sailing regatta on Sunday."
    ),
    q(
        "The opposition party won 38 percent in the last poll. "
        "Its leader, Dana Whitfield, might join a coalition with the Greens, aides said.",
        "Its leader, Dana Whitfield, might join a coalition with the Greens, aides said.",
    ),
    q(
        "The video that shows soldiers firing on the crowd in Dorvik "
        "could not be independently verified.",
        "The video that shows soldiers firing on the crowd in Dorvik "
        "could not be independently verified.",
    ),
    q(
        "The chief of the secret service, Jon Hale, was in Lisbon last week. "
        "Hale reportedly met the exiled opposition leader there.",
        "Hale reportedly met the exiled opposition leader there.",
    ),
    neg(
        "The recipe for the town's famous almond cake is believed to date from the 1800s. "
        "The cake is sold in every café."
    ),
    q(
        "The drug maker Solvia missed its delivery target again. "
        "Solvia is understood to have run out of a key ingredient.",
        "Solvia is understood to have run out of a key ingredient.",
    ),
    q(
        "The interior ministry of Selva said nobody had been hurt. "
        "Local media reported that at least six people were injured at the border camp.",
        "Local media reported that at least six people were injured at the border camp.",
    ),
    q(
        "Prime Minister Lars Okafor faces a vote of confidence on Wednesday. "
        "Several of his own deputies may vote against him, party sources said.",
        "Several of his own deputies may vote against him, party sources said.",
    ),
    neg(
        "The concert hall has 1,800 seats. "
        "Tickets could sell out quickly, so fans should book early."
    ),
    q(
        "Rumours that Real Ostra will sell its star striker to a club in Madrid "
        "spread quickly on Monday.",
        "Rumours that Real Ostra will sell its star striker to a club in Madrid "
        "spread quickly on Monday.",
    ),
    q(
        "The central bank of Korvia reported its reserves at 30 billion. "
        "Analysts suspect the real figure is far lower.",
        "Analysts suspect the real figure is far lower.",
    ),
    q(
        "Arvel Resources says the spill at Tesso was small. "
        "The company appears to have underreported the size of the spill, satellite images suggest.",
        "The company appears to have underreported the size of the spill, satellite images suggest.",
    ),
    neg(
        "The train from Varna to Lenz takes four hours. "
        "Passengers may find the dining car closed after eight."
    ),
    q(
        "The energy minister, Sven Dahl, is expected in Oslo on Friday. "
        "People briefed on the plan said Dahl would propose a joint gas reserve.",
        "People briefed on the plan said Dahl would propose a joint gas reserve.",
    ),
    q(
        "The hackers who attacked the Velo network are suspected of working for a foreign state.",
        "The hackers who attacked the Velo network are suspected of working for a foreign state.",
    ),
    q(
        "Judge Amira Bello withdrew from the case on Tuesday. "
        "She was allegedly threatened by relatives of the accused.",
        "She was allegedly threatened by relatives of the accused.",
    ),
    neg(
        "The old lighthouse at Kestra is said to be the tallest on the coast. It was built in 1871."
    ),
    q(
        "Marnia's army has moved tanks towards the border, according to a report "
        "that cited unnamed intelligence officials.",
        "Marnia's army has moved tanks towards the border, according to a report "
        "that cited unnamed intelligence officials.",
    ),
    q(
        "The football association of Selva picked Pella for the cup final. "
        "The decision was possibly influenced by a donation from the city, critics say.",
        "The decision was possibly influenced by a donation from the city, critics say.",
    ),
    q(
        "Tarn's founder, Erik Haugland, sold shares worth 50 million in February. "
        "Haugland may have known about the merger talks at the time.",
        "Haugland may have known about the merger talks at the time.",
    ),
    neg(
        "The zoo's new penguins arrived on Tuesday. Keepers think the chicks might hatch in April."
    ),
    q(
        "The health ministry of Korvia reported 12 cases of the new flu. "
        "The true number of cases is probably much higher, doctors in Brelk said.",
        "The true number of cases is probably much higher, doctors in Brelk said.",
    ),
    q(
        "Sources in the ministry said Defence Minister Marta Koval had ordered the report withheld.",
        "Sources in the ministry said Defence Minister Marta Koval had ordered the report withheld.",
    ),
    q(
        "The explosion at the Oxby depot was apparently caused by a gas leak, "
        "according to preliminary findings.",
        "The explosion at the Oxby depot was apparently caused by a gas leak, "
        "according to preliminary findings.",
    ),
    neg(
        "The school canteen in Marn will serve a new menu from Monday. "
        "Pupils may choose between three hot dishes."
    ),
]
