"""Gold articles, batch 3: trade press."""
from _annot import article, charge, claim, event, inv

ARTICLES = []
A = ARTICLES.append
BIW = "https://www.batteryindustryweekly.com/news/"

A(article(
    "trade-samsung-sdi-solid-state-2023-03-16", "trade", "2023-03-16",
    BIW + "samsung-sdi-all-solid-state-2027-interbattery",
    "Samsung SDI sets 2027 for all-solid-state mass production",
    """
By Hyun-woo Park | Battery Industry Weekly

Samsung SDI said at the InterBattery trade show in Seoul that it will begin mass production of all-solid-state batteries from 2027, making it the first Korean cell maker to put a date on the technology.

The cells are designed for an energy density of 900 Wh/L, roughly 40% more than the company's current prismatic cells for electric vehicles, and use a sulfide-based solid electrolyte with an anode-less design.

The company opened a pilot line for all-solid-state cells, called the S-Line, at its research centre in Suwon this month. It covers 6,500 square metres and will be used to produce sample cells for customers.

Samsung SDI's joint venture with Stellantis, StarPlus Energy, plans a 33 GWh plant in Kokomo, Indiana, with production starting in the first quarter of 2025.

Korean battery makers have been losing share to Chinese rivals. LG Energy Solution, SK On and Samsung SDI together held 23.7% of the global EV battery market last year, down from 30.4% in 2021, according to SNE Research.

Samsung SDI reported operating profit of 1.8 trillion won for 2022, a record, helped by strong demand for its high-nickel cells from European carmakers including BMW.

Analysts at Korea Investment & Securities said the 2027 target was ambitious but credible given the company's patent portfolio in sulfide electrolytes. They expect the first solid-state cells to go into premium vehicles, where buyers are less price-sensitive.
""",
    claims=[
        claim("Samsung SDI", "production_start", 2027,
              "begin mass production of all-solid-state batteries from 2027", "planned", ty=2027),
        claim("Samsung SDI", "volumetric_density", 900,
              "designed for an energy density of 900 Wh/L", "planned"),
        claim("StarPlus Energy", "production_capacity", 33, "plans a 33 GWh plant in Kokomo",
              "planned"),
        claim("StarPlus Energy", "production_start", 2025,
              "production starting in the first quarter of 2025", "planned", ty=2025, tm=1),
    ],
    events=[event("Samsung SDI", "progress", "solid-state pilot line",
                  "opened a pilot line for all-solid-state cells")],
))

A(article(
    "trade-solid-power-pilot-line-2022-06-22", "trade", "2022-06-22",
    BIW + "solid-power-ev-cell-pilot-line-thornton",
    "Solid Power completes EV cell pilot line, plans A-samples for BMW and Ford",
    """
By Rachel Stein | Battery Industry Weekly

Solid Power has finished installing its EV cell pilot line in Thornton, Colorado, and has begun producing its first 60 Ah all-solid-state cells for automotive qualification, the company said on Wednesday.

The line, which uses standard lithium-ion roll-to-roll equipment adapted for sulfide electrolytes, can make roughly 300 cells a week at full output. Solid Power said it expects to deliver A-sample EV cells to BMW and Ford by the end of this year, formally entering the carmakers' qualification process.

The company's EV cell design, which pairs a high-nickel cathode with a silicon anode, is targeting 390 Wh/kg.

Solid Power does not intend to mass produce cells itself. Instead it plans to sell its sulfide solid electrolyte to cell makers and license its cell designs, a model that chief executive Doug Campbell says keeps capital needs low.

BMW has said it aims to have a demonstration vehicle with all-solid-state batteries on the road before 2025, while Ford has not given a timeline.

Solid Power went public in December through a merger with a special purpose acquisition company, raising about $600 million in gross proceeds, which it says funds its plans through 2025.

Competition in sulfide electrolytes is intensifying. Japanese materials makers Idemitsu Kosan and Mitsui Mining & Smelting are both building electrolyte plants, and Samsung SDI and Toyota are developing their own.
""",
    claims=[
        claim("Solid Power", "production_start", 2022,
              "has begun producing its first 60 Ah all-solid-state cells", "achieved", ty=2022),
        claim("Solid Power", "energy_density", 390, "is targeting 390 Wh/kg", "planned"),
    ],
    events=[event("Solid Power", "progress", "ev cell pilot line",
                  "finished installing its EV cell pilot line")],
))

A(article(
    "trade-china-ess-expansion-2023-01-10", "trade", "2023-01-10",
    BIW + "eve-energy-jingmen-60-gwh-storage-china-expansion",
    "EVE Energy leads new wave of Chinese energy storage cell plants",
    """
By Lin Qiao | Battery Industry Weekly

EVE Energy said on Tuesday it will invest 10.8 billion yuan in a 60 GWh energy storage battery plant in Jingmen, Hubei province, the largest of a string of storage-focused projects announced by Chinese cell makers in recent weeks.

The first phase is expected to start production in H2 2025, EVE said in a filing to the Shenzhen Stock Exchange. The plant will make large-format LFP cells for grid storage and commercial and industrial systems.

In the same week, Sunwoda said it would build a 30GWh plant in Yiwu, Zhejiang province, while CALB and Gotion announced new capacity of 50 GWh and 20 GWh respectively.

The surge reflects strong demand from China's utility-scale storage market, where new installations more than doubled last year, according to the China Energy Storage Alliance (CNESA).

Prices for LFP storage cells averaged about 0.9 yuan per Wh in December, according to price tracker InfoLink Consulting, down from a peak in the third quarter as lithium carbonate prices eased.

Analysts at Huatai Securities expect global storage battery shipments to exceed 500 GWh by 2025, though some warn of overcapacity as dozens of new entrants crowd into the market.

EVE, which also makes cylindrical cells for BMW's next-generation electric cars, had 48.5 GWh of total capacity at the end of 2022, according to the company.
""",
    claims=[
        inv("EVE Energy", 10.8e9, "CNY", "invest 10.8 billion yuan", "planned"),
        claim("EVE Energy", "production_capacity", 60, "a 60 GWh energy storage battery plant",
              "planned"),
        claim("EVE Energy", "production_start", 2025,
              "expected to start production in H2 2025", "planned", ty=2025, tm=7),
        claim("Sunwoda", "production_capacity", 30, "build a 30GWh plant in Yiwu", "planned"),
        claim("CALB", "production_capacity", 50, "CALB and Gotion announced new capacity of 50 GWh",
              "planned"),
        claim("Gotion", "production_capacity", 20, "and 20 GWh respectively", "planned"),
        claim("EVE Energy", "production_capacity", 48.5,
              "had 48.5 GWh of total capacity at the end of 2022", "achieved"),
    ],
))

A(article(
    "trade-prologium-dunkirk-delay-2024-10-15", "trade", "2024-10-15",
    BIW + "prologium-dunkirk-2028-fourth-generation-lcb",
    "ProLogium pushes Dunkirk gigafactory start to 2028 after technology switch",
    """
By Claire Dubois | Battery Industry Weekly

ProLogium Technology said production at its planned gigafactory in Dunkirk will now begin in 2028, two years later than planned, because it will build the plant around its new fourth-generation lithium ceramic battery instead of the design it announced last year.

The Taiwanese company unveiled the new cell at the Paris Motor Show. It combines a fully inorganic electrolyte with a 100% silicon composite anode, and ProLogium says it reaches 355 Wh/kg and 749 Wh/L at cell level.

The company also claims the cell can charge from 5% to 60% in 5 minutes, which it attributes to the silicon anode's high ion conductivity.

ProLogium still expects the Dunkirk site to reach 48 GWh of annual capacity, but did not give a new date for full output. Construction of the first building is now due to begin in 2026.

The delay comes as several European battery projects are being postponed or scaled back. Demand for electric vehicles in Europe has grown more slowly than forecast, and carmakers have cut orders for cells.

French officials said they had been informed of the new schedule and that state support for the project was unchanged.

ProLogium has supplied sample cells to more than ten carmakers, including Mercedes-Benz, VinFast and Lamborghini.
""",
    claims=[
        claim("ProLogium", "production_start", 2028, "will now begin in 2028", "planned", ty=2028),
        claim("ProLogium", "energy_density", 355, "it reaches 355 Wh/kg", "achieved"),
        claim("ProLogium", "volumetric_density", 749, "355 Wh/kg and 749 Wh/L", "achieved"),
        charge("ProLogium", 5, "charge from 5% to 60% in 5 minutes", "achieved", soc_low=5,
               soc_high=60),
        claim("ProLogium", "production_capacity", 48, "reach 48 GWh of annual capacity", "planned"),
    ],
    events=[event("ProLogium", "delay", "dunkirk gigafactory", "two years later than planned",
                  new_target_year=2028)],
))

A(article(
    "trade-sila-moses-lake-2022-05-10", "trade", "2022-05-10",
    BIW + "sila-moses-lake-titan-silicon-plant",
    "Sila picks Moses Lake for Titan Silicon anode plant, targets H2 2024",
    """
By Rachel Stein | Battery Industry Weekly

Sila Nanotechnologies has bought a 600,000-square-foot industrial site in Moses Lake, Washington, where it plans to produce its Titan Silicon anode material, with production starting in H2 2024.

The Alameda, California-based company said the first phase would make enough anode material for 100,000 to 200,000 electric vehicles a year, and that the site could be expanded later. Moses Lake offers cheap hydropower, which Sila says will keep the carbon footprint of its material low.

Titan Silicon replaces graphite in the anode. Sila says it can raise cell energy density by 20% today, and by up to 40% in future versions.

The material will reach the market in the electric Mercedes-Benz G-Class by mid-decade, Sila said. It already ships smaller volumes from its California plant for consumer electronics, including the Whoop fitness wearable.

Sila raised $590 million in a funding round last year at a valuation of $3.3 billion, and chief executive Gene Berdichevsky said the company has enough capital to bring Moses Lake into production.

Silicon anodes are a crowded field. Group14 Technologies, Amprius and Enovix are all scaling up, and established anode suppliers in China have launched silicon-carbon products. Market researcher Benchmark Mineral Intelligence expects silicon to be used in a growing share of anodes by 2030, mostly blended with graphite.
""",
    claims=[
        claim("Sila", "production_start", 2024, "with production starting in H2 2024", "planned",
              ty=2024, tm=7),
        claim("Sila", "commercialization", 2025,
              "will reach the market in the electric Mercedes-Benz G-Class by mid-decade",
              "planned", ty=2025),
    ],
))

A(article(
    "trade-hyundai-uiwang-pilot-2025-03-19", "trade", "2025-03-19",
    BIW + "hyundai-uiwang-all-solid-state-pilot-line",
    "Hyundai opens all-solid-state battery pilot line at Uiwang",
    """
By Hyun-woo Park | Battery Industry Weekly

Hyundai Motor Group on Wednesday opened a pilot line for all-solid-state cells at its new battery research centre in Uiwang, south of Seoul, the latest sign that carmakers want to understand cell manufacturing rather than rely only on suppliers.

The line covers electrode production, cell assembly and formation, and will produce prototype cells for testing in Hyundai and Kia vehicles. The group did not disclose its capacity or cost, and has not given a date for commercialization.

Executives said the centre would focus on next-generation chemistries, including lithium-metal and sulfide-based solid electrolytes, as well as on manufacturing processes that could later be handed to supplier partners.

Hyundai has invested in US start-ups SES AI and Factorial Energy, and it buys cells for its current electric vehicles from LG Energy Solution, SK On and CATL.

Industry watchers expect Korean cell makers to begin solid-state production sometime between 2027 and 2030, depending on how quickly costs fall. Research firm SNE Research forecasts that solid-state batteries will account for only a small share of the market by the end of the decade.

The carmaker also plans to build its own battery cell factories in Korea in cooperation with suppliers, according to people familiar with the matter, though the company declined to comment.

Hyundai Motor and Kia together sold about 1.9 million electrified vehicles last year, of which roughly a quarter were fully electric.
""",
    claims=[],  # no company figures; industry watchers' and SNE's expectations are not claims
    events=[event("Hyundai", "progress", "solid-state pilot line",
                  "opened a pilot line for all-solid-state cells")],
))

A(article(
    "trade-ion-storage-beltsville-2024-08-20", "trade", "2024-08-20",
    BIW + "ion-storage-systems-beltsville-anodeless-solid-state",
    "ION Storage Systems opens Maryland plant for anodeless solid-state cells",
    """
By Rachel Stein | Battery Industry Weekly

ION Storage Systems has begun production at its facility in Beltsville, Maryland, which it describes as the first U.S. factory making solid-state lithium-metal cells for commercial customers.

The plant has an initial annual capacity of 10 MWh. The company said it plans to scale to 1 GWh within two years, with funding from existing investors and a recent Department of Energy award.

ION's cells use a ceramic electrolyte made from a porous and dense layer structure, with no anode in the as-built cell; lithium plates onto the ceramic during the first charge. The company says its design does not need the external compression that many other solid-state cells require.

The company says its cells have completed more than 125 cycles with less than 5% capacity fade in independent testing, a figure it expects to improve substantially with its next design iteration.

ION was spun out of the University of Maryland in 2015. Its investors include Lockheed Martin and Hyundai Motor Group's venture arm, and it has signed a development agreement with French battery maker Saft.

Independent analysts caution that 125 cycles is far from the 1,000 or more typically needed for automotive use, and that the first applications will likely be in defence and aerospace.
""",
    claims=[
        claim("ION Storage Systems", "production_start", 2024,
              "has begun production at its facility in Beltsville", "achieved", ty=2024),
        claim("ION Storage Systems", "production_capacity", 0.01,
              "initial annual capacity of 10 MWh", "achieved"),
        claim("ION Storage Systems", "production_capacity", 1, "scale to 1 GWh within two years",
              "planned", ty=2026),
        claim("ION Storage Systems", "cycle_life", 125, "completed more than 125 cycles",
              "achieved", qualifier="over"),
    ],
))

A(article(
    "trade-powerco-salzgitter-2022-07-07", "trade", "2022-07-07",
    BIW + "powerco-salzgitter-groundbreaking-240-gwh",
    "PowerCo breaks ground in Salzgitter, plans 240 GWh across Europe by 2030",
    """
By Claire Dubois | Battery Industry Weekly

Volkswagen's new battery company PowerCo SE broke ground on its first cell factory in Salzgitter, Lower Saxony, on Thursday, the start of a plan to make the carmaker one of the largest battery producers in Europe.

The Salzgitter plant will start production in 2025 and will have annual capacity of 40 GWh in its final stage, enough for about 500,000 electric vehicles, the company said. It will make Volkswagen's unified prismatic cell for volume models.

A second plant, in Sagunto near Valencia, is due to follow in 2026.

PowerCo, together with partners, plans to invest more than 20 billion euros in the battery business by 2030, and to operate up to 240 GWh of capacity across six gigafactories in Europe by 2030. The company expects the business to generate annual sales of more than 20 billion euros by the end of the decade.

Volkswagen said the unified cell would cut battery costs by up to 50% in entry-level models and by up to 30% in volume models.

Germany's economy minister Robert Habeck attended the ceremony. Lower Saxony's state government did not say how much it would contribute.

Volkswagen also owns stakes in Northvolt, Gotion and QuantumScape, and it said PowerCo would oversee those holdings.
""",
    claims=[
        claim("PowerCo", "production_start", 2025, "The Salzgitter plant will start production in 2025",
              "planned", ty=2025),
        claim("PowerCo", "production_capacity", 40, "annual capacity of 40 GWh in its final stage",
              "planned"),
        claim("PowerCo", "production_start", 2026, "due to follow in 2026", "planned", ty=2026),
        inv("PowerCo", 20e9, "EUR", "invest more than 20 billion euros in the battery business by 2030",
            "planned", qualifier="over", ty=2030),
        claim("PowerCo", "production_capacity", 240,
              "operate up to 240 GWh of capacity across six gigafactories in Europe by 2030",
              "planned", qualifier="up_to", ty=2030),
    ],
    events=[event("PowerCo", "progress", "salzgitter gigafactory",
                  "broke ground on its first cell factory")],
))

A(article(
    "trade-acc-pause-2024-02-13", "trade", "2024-02-13",
    BIW + "acc-pauses-kaiserslautern-termoli-gigafactories",
    "ACC pauses German and Italian gigafactory plans",
    """
By Claire Dubois | Battery Industry Weekly

Automotive Cells Company (ACC), the battery joint venture of Stellantis, Mercedes-Benz and TotalEnergies' Saft, has paused its projects in Kaiserslautern, Germany, and Termoli, Italy, while it reviews its strategy in light of slower demand for electric vehicles and the need for cheaper cell chemistries.

The company said it would decide on the two sites by the end of the year. Stellantis chief executive Carlos Tavares said ACC should consider lower-cost chemistries such as lithium iron phosphate, which Chinese competitors already produce at scale.

ACC's first plant, in Billy-Berclau Douvrin in northern France, started production last year with an initial 13.4 GWh block. ACC said it would continue to ramp up the French plant to 40 GWh by 2030.

The pause is a setback for Europe's efforts to build its own battery supply chain. Germany and Italy had both pledged public funding for the projects under the EU's Important Projects of Common European Interest scheme.

Battery electric cars accounted for 14.6% of new car registrations in the European Union in 2023, according to industry association ACEA, up from 12.1% a year earlier, but growth slowed sharply in the second half.

ACC has been struggling to raise yields at the French plant, according to people familiar with the matter. The company declined to comment on scrap rates.
""",
    claims=[
        claim("ACC", "production_capacity", 13.4, "an initial 13.4 GWh block", "achieved"),
        claim("ACC", "production_start", 2023, "started production last year", "achieved", ty=2023),
        claim("ACC", "production_capacity", 40, "ramp up the French plant to 40 GWh by 2030",
              "planned", ty=2030),
    ],
    events=[
        event("ACC", "delay", "kaiserslautern gigafactory",
              "paused its projects in Kaiserslautern, Germany"),
        event("ACC", "delay", "termoli gigafactory", "and Termoli, Italy"),
    ],
))

A(article(
    "trade-honda-solid-state-line-2024-11-20", "trade", "2024-11-20",
    BIW + "honda-all-solid-state-demonstration-line-sakura",
    "Honda to start solid-state demonstration line in January",
    """
By Kenji Mori | Battery Industry Weekly

Honda Motor Co. has completed a demonstration production line for all-solid-state batteries at its site in Sakura, Tochigi Prefecture, and will begin operating it in January 2025, the company said on Wednesday. Honda has spent 43 billion yen on the line, which covers 27,400 square metres.

The line will be used to test mass-production processes, including electrode roll pressing and cell assembly, and to develop technologies for reducing cost. Honda aims to use all-solid-state batteries in EVs it launches in the second half of the 2020s.

Rivals Toyota and Nissan have set targets of 2027-28 and fiscal 2028 respectively.

Honda says solid-state batteries could halve the size of a battery pack compared with current lithium-ion packs while maintaining range, and reduce costs by about 25% through higher energy density.

The demonstration line is part of Honda's plan to invest 10 trillion yen in electrification and software by fiscal 2030.

Japan's government has made solid-state batteries a priority and is subsidising research through the New Energy and Industrial Technology Development Organization (NEDO).

Some analysts doubt that any carmaker will sell solid-state EVs in large numbers before 2030, citing the difficulty of making solid electrolytes at scale and low cost. Market researcher Fuji Keizai expects the global market for all-solid-state batteries to remain small until the early 2030s.
""",
    claims=[
        claim("Honda", "production_start", 2025, "will begin operating it in January 2025",
              "planned", ty=2025, tm=1),
        inv("Honda", 43e9, "JPY", "spent 43 billion yen on the line", "achieved"),
        claim("Honda", "commercialization", 2029,
              "use all-solid-state batteries in EVs it launches in the second half of the 2020s",
              "planned", ty=2029),
        claim("Toyota", "commercialization", 2028, "Toyota and Nissan have set targets of 2027-28",
              "planned", ty=2028),
        claim("Nissan", "commercialization", 2028, "and fiscal 2028 respectively", "planned",
              ty=2028),
        inv("Honda", 10e12, "JPY", "invest 10 trillion yen in electrification and software by fiscal 2030",
            "planned", ty=2030),
    ],
))
