"""Contested claims: two speakers, incompatible statements, within or across articles.

Written for this project. ``sides`` are (document index, statement, speaker).
"""


def one(text: str, first: tuple[str, str], second: tuple[str, str]) -> dict:
    sides = [(0, first[0], first[1]), (0, second[0], second[1])]
    return {"text": text, "gold": [{"kind": "contested", "sides": sides}]}


def two(a: str, b: str, first: tuple[str, str], second: tuple[str, str]) -> dict:
    sides = [(0, first[0], first[1]), (1, second[0], second[1])]
    return {"docs": [a, b], "gold": [{"kind": "contested", "sides": sides}]}


def neg(*texts: str) -> dict:
    return {"docs": list(texts)} if len(texts) > 1 else {"text": texts[0]}


CONTESTED = [
    one(
        "Mayor Petra Lund said that the river was safe for swimming. "
        "The Water Agency rejected that claim. "
        "Agency director Omar Haddad said that bacteria levels were twice the legal limit.",
        ("the river was safe for swimming", "Petra Lund"),
        ("bacteria levels were twice the legal limit", "Omar Haddad"),
    ),
    one(
        "Finance Minister Sven Dahl said the budget would cut hospital waiting lists by half. "
        "Opposition leader Dana Whitfield denied that the budget contained any new money "
        "for hospitals.",
        ("the budget would cut hospital waiting lists by half", "Sven Dahl"),
        ("the budget contained any new money for hospitals", "Dana Whitfield"),
    ),
    two(
        "Arvel Resources will close its Tesso smelter in June, union leader Rui Matos said "
        "on Monday. Matos said the company had told workers in a closed meeting.",
        "Arvel Resources denied on Tuesday that it planned to close the Tesso smelter. "
        '"The smelter has a future," said company spokesperson Hanne Vik.',
        ("Arvel Resources will close its Tesso smelter in June", "Rui Matos"),
        ("it planned to close the Tesso smelter", "Hanne Vik"),
    ),
    neg(
        "Health Minister Clara Wirth said the new clinic in Tavro would open in May. "
        "Regional director Ivo Petrov agreed that the clinic would be ready in May."
    ),
    one(
        "The interior minister, Marta Koval, said that no migrants had been turned back "
        "at the border. However, the aid group Safe Passage said that its staff had seen "
        "police push at least forty people back across the river.",
        ("no migrants had been turned back at the border", "Marta Koval"),
        (
            "its staff had seen police push at least forty people back across the river",
            "Safe Passage",
        ),
    ),
    one(
        "Skylane chief executive Petra Lund said the airline had paid all its suppliers. "
        "Airport operator Ben Ostrow disputed that, saying Skylane owed the airport "
        "12 million in fees.",
        ("the airline had paid all its suppliers", "Petra Lund"),
        ("Skylane owed the airport 12 million in fees", "Ben Ostrow"),
    ),
    two(
        "Korvia's foreign minister, Anton Miles, said on Friday that Marnian troops had "
        "crossed the border near Dorvik.",
        "Marnia's defence ministry dismissed the report. "
        'Ministry spokesperson Leila Haddad said: "Not a single Marnian soldier has crossed '
        'the border."',
        ("Marnian troops had crossed the border near Dorvik", "Anton Miles"),
        ("Not a single Marnian soldier has crossed the border.", "Leila Haddad"),
    ),
    neg(
        "Transport Minister Ines Valdor said the new tunnel would cut journey times by "
        "twenty minutes. Engineer Karl Brenner, who designed it, said the time saved would "
        "be about twenty minutes."
    ),
    one(
        "Police chief Omar Saleh said officers had used no tear gas during the march. "
        "But march organiser Eva Lind insisted that police had fired tear gas at "
        "the crowd twice.",
        ("officers had used no tear gas during the march", "Omar Saleh"),
        ("police had fired tear gas at the crowd twice", "Eva Lind"),
    ),
    one(
        "Velo Mobile said the outage on Sunday was caused by a storm. "
        "The telecom regulator contradicted the company, saying a failed software update "
        "had caused the outage.",
        ("the outage on Sunday was caused by a storm", "Velo Mobile"),
        ("a failed software update had caused the outage", "telecom regulator"),
    ),
    two(
        "The education minister, Lars Okafor, said teachers' pay had risen by 8 percent "
        "since 2022.",
        "The teachers' union rejected the minister's figures. Union leader Nina Sato said "
        "that pay had risen by only 3 percent once bonuses were excluded.",
        ("teachers' pay had risen by 8 percent since 2022", "Lars Okafor"),
        ("pay had risen by only 3 percent once bonuses were excluded", "Nina Sato"),
    ),
    neg(
        "Mayor Ruth Adeyemi said the bus strike had ended on Thursday. "
        "Union leader Tomas Reyes confirmed that drivers would return to work on Friday."
    ),
    one(
        "Real Ostra president Leo Marx said the club's debts were under control. "
        "Auditor Helen Moss countered that the club could not pay its wages after March.",
        ("the club's debts were under control", "Leo Marx"),
        ("the club could not pay its wages after March", "Helen Moss"),
    ),
    one(
        "Solvia said it had delivered all the vaccine doses it promised in January. "
        "Health Commissioner Irene Platt denied this, saying that a third of the doses "
        "had not arrived.",
        ("it had delivered all the vaccine doses it promised in January", "Solvia"),
        ("a third of the doses had not arrived", "Irene Platt"),
    ),
    two(
        "Tarn's founder Erik Haugland said the merger with Velo Mobile would not raise prices.",
        "Consumer advocate Mei Tanaka disputed Haugland's claim. She said that prices had "
        "risen after every merger in the sector.",
        ("the merger with Velo Mobile would not raise prices", "Erik Haugland"),
        ("prices had risen after every merger in the sector", "Mei Tanaka"),
    ),
    neg(
        "Senator Paula Iwu said the port of Brelk needed a new breakwater. "
        "Harbour master Ivo Petrov said the port also needed deeper berths."
    ),
    one(
        "The mining ministry of Selva said the Tesso spill had not reached the river. "
        "Environmental group Clear Water said samples showed copper in the river "
        "ten kilometres downstream.",
        ("the Tesso spill had not reached the river", "mining ministry"),
        ("samples showed copper in the river ten kilometres downstream", "Clear Water"),
    ),
    one(
        "Defence Minister Marta Koval said the frigate contract was on budget. "
        "Auditor general Helen Moss rejected that, saying that costs had already "
        "doubled.",
        ("the frigate contract was on budget", "Marta Koval"),
        ("costs had already doubled", "Helen Moss"),
    ),
    two(
        "The coach of Real Ostra, Jonas Frey, said on Monday he would stay at the club "
        "until his contract ends in 2027.",
        "Real Ostra president Leo Marx said on Tuesday that Frey would leave the club "
        "at the end of the season.",
        ("he would stay at the club until his contract ends in 2027", "Jonas Frey"),
        ("Frey would leave the club at the end of the season", "Leo Marx"),
    ),
    neg(
        "Farmers' leader Tomas Reyes said the drought had cut the olive harvest by half. "
        "Agriculture minister Sofia Novak agreed, saying the harvest was the worst in "
        "thirty years."
    ),
    one(
        "Prime Minister Lars Okafor said the coalition was united behind the pension reform. "
        "Green party leader Tilda Berg said her party would vote against the reform.",
        ("the coalition was united behind the pension reform", "Lars Okafor"),
        ("her party would vote against the reform", "Tilda Berg"),
    ),
    one(
        "The rail operator Nordbahn said 95 percent of its trains ran on time in February. "
        "Passenger group chair Eva Lind said the true figure was closer to 70 percent.",
        ("95 percent of its trains ran on time in February", "Nordbahn"),
        ("the true figure was closer to 70 percent", "Eva Lind"),
    ),
    two(
        "Police in Dorvik said the fire at the depot was an accident.",
        "The depot's owner, Boris Lenk, said the fire had been set deliberately. "
        '"This was arson," Lenk said.',
        ("the fire at the depot was an accident", "Police in Dorvik"),
        ("the fire had been set deliberately", "Boris Lenk"),
    ),
    neg(
        "Korvan chief executive Anna Berg said the steel plant would keep all 3,000 jobs. "
        "Union leader Rui Matos welcomed the promise, saying workers were relieved."
    ),
    one(
        "Energy minister Sven Dahl said the wind farm at Oxby would not harm birds. "
        "Ornithologist Pia Holm warned that the turbines stood on a migration route "
        "used by thousands of geese.",
        ("the wind farm at Oxby would not harm birds", "Sven Dahl"),
        ("the turbines stood on a migration route used by thousands of geese", "Pia Holm"),
    ),
    one(
        "The university said the tuition rise had not reduced applications from abroad. "
        "Student leader Mei Tanaka disputed that, saying applications had fallen by a quarter.",
        ("the tuition rise had not reduced applications from abroad", "university"),
        ("applications had fallen by a quarter", "Mei Tanaka"),
    ),
    two(
        "Marnia's president, Idris Kamal, said his government had released all political "
        "prisoners.",
        "Human rights group Open Door rejected the president's claim. Its director, "
        "Amira Bello, said at least 200 activists were still in jail.",
        ("his government had released all political prisoners", "Idris Kamal"),
        ("at least 200 activists were still in jail", "Amira Bello"),
    ),
    neg(
        "The weather service said Sunday would be dry. "
        "The marathon organisers said the race would start at nine."
    ),
    one(
        "Trade minister Ahmed Fares said the tariff truce with Korvia was holding. "
        "Korvian trade envoy Sofia Lind said, however, that new tariffs on steel would "
        "start on Monday.",
        ("the tariff truce with Korvia was holding", "Ahmed Fares"),
        ("new tariffs on steel would start on Monday", "Sofia Lind"),
    ),
    one(
        "Hospital director Karl Brenner said no patient had been harmed by the power cut. "
        "Nurse Ana Duarte said two patients on ventilators had to be moved by hand.",
        ("no patient had been harmed by the power cut", "Karl Brenner"),
        ("two patients on ventilators had to be moved by hand", "Ana Duarte"),
    ),
    two(
        "The city of Varna said water charges would not rise this year.",
        "Varna Water's chief executive, Ben Ostrow, said charges would rise by 6 percent in July.",
        ("water charges would not rise this year", "city of Varna"),
        ("charges would rise by 6 percent in July", "Ben Ostrow"),
    ),
    neg(
        "Skylane said it would add flights to Lisbon in summer.",
        "Airport operator Ben Ostrow said Skylane had booked extra slots for flights to Lisbon.",
    ),
    one(
        "Navy chief Jon Hale said the submarine fleet was ready for action. "
        "Senator Paula Iwu rejected his account, saying that two of the three submarines "
        "could not leave port.",
        ("the submarine fleet was ready for action", "Jon Hale"),
        ("two of the three submarines could not leave port", "Paula Iwu"),
    ),
    one(
        "Police said the protest in Lenz drew about 2,000 people. "
        "Organisers said more than 20,000 marched.",
        ("the protest in Lenz drew about 2,000 people", "Police"),
        ("more than 20,000 marched", "Organisers"),
    ),
    two(
        "Housing minister Lars Okafor said 40,000 homes were built last year, a record.",
        "Builders' federation head Clara Wirth denied that last year was a record, saying "
        "that only 28,000 homes were finished.",
        ("40,000 homes were built last year, a record", "Lars Okafor"),
        ("only 28,000 homes were finished", "Clara Wirth"),
    ),
    neg(
        "The ferry company said the night sailing to the island would start in April. "
        "Harbour master Rui Matos said the harbour would open at night from April for "
        "the new sailing."
    ),
    one(
        "The foreign ministry of Korvia said its ambassador had not been expelled. "
        "Marnian officials said the ambassador had been given 48 hours to leave.",
        ("its ambassador had not been expelled", "foreign ministry"),
        ("the ambassador had been given 48 hours to leave", "Marnian officials"),
    ),
    one(
        "Fisheries minister Erik Haugland said cod stocks in the Kestra bank were stable. "
        "Scientist Hanne Vik said the stock had shrunk by a third in five years.",
        ("cod stocks in the Kestra bank were stable", "Erik Haugland"),
        ("the stock had shrunk by a third in five years", "Hanne Vik"),
    ),
    two(
        "The drug agency said the cheaper insulin made by Medra was as safe as older brands.",
        "Doctors' association head Omar Haddad disputed the agency's assessment, saying "
        "that the trials had been too short to judge safety.",
        ("the cheaper insulin made by Medra was as safe as older brands", "drug agency"),
        ("the trials had been too short to judge safety", "Omar Haddad"),
    ),
    neg(
        "Mayor Ruth Adeyemi said the old port would become a park. "
        "Planning chief Jonas Frey said the park would open in 2027 and have a beach."
    ),
    one(
        "Selva's central bank said inflation had peaked in January. "
        "Economist Boris Lenk said prices would keep rising until the summer.",
        ("inflation had peaked in January", "central bank"),
        ("prices would keep rising until the summer", "Boris Lenk"),
    ),
]
