"""Unresolved matters: pending decisions and unknowns. Written for this project."""


def q(text: str, part: str) -> dict:
    return {"text": text, "gold": [{"kind": "unresolved", "span": part}]}


def neg(text: str) -> dict:
    return {"text": text}


UNRESOLVED = [
    q(
        "The drought has cut the reservoir at Pella to a third of its level. "
        "The regional council has yet to decide whether farms will be rationed.",
        "The regional council has yet to decide whether farms will be rationed.",
    ),
    q(
        "Arvel Resources closed its smelter in Tesso on Friday. "
        "It is unclear whether the 600 workers will be offered jobs at its other sites.",
        "It is unclear whether the 600 workers will be offered jobs at its other sites.",
    ),
    q(
        "The new tram line opened a month late. "
        "Whether it will cut car traffic in the centre remains to be seen.",
        "Whether it will cut car traffic in the centre remains to be seen.",
    ),
    neg(
        "The regional council decided on Tuesday to ration water for farms from May. "
        "Farmers will receive 70 percent of last year's allocation."
    ),
    q(
        "Skylane confirmed it would cut flights from Arlo. "
        "A spokesperson declined to say how many jobs would go.",
        "A spokesperson declined to say how many jobs would go.",
    ),
    q(
        "Health Minister Clara Wirth is considering a ban on energy drinks for children. "
        "Shop owners say a ban would be hard to enforce.",
        "Health Minister Clara Wirth is considering a ban on energy drinks for children.",
    ),
    q(
        "Ministers will meet in Lenz on Thursday. "
        "They will discuss whether the fuel tax cut should be extended beyond June.",
        "They will discuss whether the fuel tax cut should be extended beyond June.",
    ),
    neg(
        "Considering the cost of the repairs, the school board approved a new building. "
        "Work will start in the autumn."
    ),
    q(
        "The football association has not decided where the cup final will be played. "
        "Three cities have offered their stadiums.",
        "The football association has not decided where the cup final will be played.",
    ),
    q(
        "The shipyard in Brelk lost its biggest customer last month. "
        "No decision has been taken on the future of its 1,200 staff.",
        "No decision has been taken on the future of its 1,200 staff.",
    ),
    q(
        "Police arrested two men after the fire at the depot. "
        "It is not yet known what caused the blaze.",
        "It is not yet known what caused the blaze.",
    ),
    neg(
        "It is clear that the strike will go ahead on Monday, the union said. "
        "Buses and trams will not run for 24 hours."
    ),
    q(
        "The central bank meets next week. "
        "Governor Ivo Petrov would not say whether rates will rise again.",
        "Governor Ivo Petrov would not say whether rates will rise again.",
    ),
    q(
        "The government of Selva is weighing a request from farmers for emergency aid. "
        "The harvest fell by half this year.",
        "The government of Selva is weighing a request from farmers for emergency aid.",
    ),
    q(
        "The court will decide on Friday whether the merger of Velo Mobile and Tarn can go ahead. "
        "Both companies have asked for a quick ruling.",
        "The court will decide on Friday whether the merger of Velo Mobile and Tarn can go ahead.",
    ),
    neg(
        "Whether it rains or shines, the marathon will start at nine o'clock, "
        "the organisers said. About 12,000 runners have registered."
    ),
    q(
        "The date of the referendum on the new constitution has not been set. "
        "The electoral commission says it needs four months to prepare.",
        "The date of the referendum on the new constitution has not been set.",
    ),
    q(
        "Doctors treated 40 people after the chemical leak in Oxby. "
        "It was not clear how much gas had escaped.",
        "It was not clear how much gas had escaped.",
    ),
    q(
        "The airline's owners are still debating whether to sell the cargo division. "
        "An answer is expected by the end of the year.",
        "The airline's owners are still debating whether to sell the cargo division.",
    ),
    neg(
        "The city has decided to close the old swimming pool. "
        "A new one will open in the north of the city in 2026."
    ),
    q(
        "Prosecutors have yet to charge anyone over the collapse of the Marn bridge. "
        "Families of the victims marched on Sunday.",
        "Prosecutors have yet to charge anyone over the collapse of the Marn bridge.",
    ),
    q(
        "The energy regulator received 300 complaints about the new tariffs. "
        "It remains unclear who will pay for the meter upgrades.",
        "It remains unclear who will pay for the meter upgrades.",
    ),
    q(
        "The zoo's two pandas are due back in China in May. "
        "Officials could not say when new animals would arrive.",
        "Officials could not say when new animals would arrive.",
    ),
    neg(
        "The council discussed the parking plan for two hours and approved it. "
        "Parking in the centre will cost two euros an hour from April."
    ),
    q(
        "The defence ministry is reviewing the contract for the new frigates. "
        "The review could take until the summer.",
        "The defence ministry is reviewing the contract for the new frigates.",
    ),
    q(
        "Two of the five judges were absent from the hearing. "
        "The constitutional court has postponed its ruling on the election law indefinitely.",
        "The constitutional court has postponed its ruling on the election law indefinitely.",
    ),
    q(
        "The university will vote next month on whether to close its campus in Dorvik. "
        "Students have started a petition.",
        "The university will vote next month on whether to close its campus in Dorvik.",
    ),
    neg(
        "Share prices declined in early trading and recovered by noon. "
        "The index closed 0.3 percent higher."
    ),
    q(
        "Nobody knows how many migrants crossed the mountains this winter. "
        "Aid groups say the number is rising.",
        "Nobody knows how many migrants crossed the mountains this winter.",
    ),
    q(
        "The future of the Korvan steel plant is uncertain after the state refused a guarantee. "
        "Its owners meet creditors on Monday.",
        "The future of the Korvan steel plant is uncertain after the state refused a guarantee.",
    ),
    q(
        "Mayor Ruth Adeyemi said the city was still looking at options for the old port. "
        "A hotel group and a university have both made offers.",
        "Mayor Ruth Adeyemi said the city was still looking at options for the old port.",
    ),
    neg(
        "The mayor has yet again praised the volunteers who cleaned the beach. "
        "More than 300 people took part."
    ),
    q(
        "The cause of the outage that hit the Velo network on Sunday is still under investigation. "
        "Service was restored after six hours.",
        "The cause of the outage that hit the Velo network on Sunday is still under investigation.",
    ),
    q(
        "The two parties have not agreed on who will lead the coalition. "
        "Talks resume on Wednesday.",
        "The two parties have not agreed on who will lead the coalition.",
    ),
    q(
        "Questions remain over how the new hospital will be staffed. "
        "The region is short of 400 nurses.",
        "Questions remain over how the new hospital will be staffed.",
    ),
    neg(
        "It is now clear why the dam failed: an inspection report found cracks in 2019 "
        "that were never repaired."
    ),
    q(
        "The European Commission has not yet made up its mind on the Tarn merger. "
        "A ruling is due in the spring.",
        "The European Commission has not yet made up its mind on the Tarn merger.",
    ),
    q(
        "The government has asked experts whether the nuclear plant at Oxby can run ten more years. "
        "Their answer is expected in June.",
        "The government has asked experts whether the nuclear plant at Oxby can run ten more years.",
    ),
    q(
        "The club declined to comment on reports that its coach will leave. "
        "The season ends in May.",
        "The club declined to comment on reports that its coach will leave.",
    ),
    neg(
        "The board considered three bids and chose the cheapest. The contract was signed on Friday."
    ),
    q(
        "Funding for the rural bus lines after June is an open question. "
        "The current subsidy runs out then.",
        "Funding for the rural bus lines after June is an open question.",
    ),
    q(
        "Negotiators ended the session without a date for the next round. "
        "How the two sides will bridge the gap on fishing rights is unclear.",
        "How the two sides will bridge the gap on fishing rights is unclear.",
    ),
]
