"""Gold articles, batch 4: press releases (company, government and research-firm voice)."""
from _annot import article, charge, claim, event, inv

from sources.common import fls

ARTICLES = []
A = ARTICLES.append

A(article(
    "pr-quantumscape-powerco-license-2024-07-11", "press_release", "2024-07-11",
    "https://ir.quantumscape.com/news/quantumscape-powerco-licensing-agreement/",
    "QuantumScape and PowerCo sign agreement to industrialize solid-state battery technology",
    """
SAN JOSE, Calif. - July 11, 2024 - QuantumScape Corporation (NYSE: QS), a leader in next-generation solid-state lithium-metal battery technology, today announced an agreement with PowerCo SE, the battery company of the Volkswagen Group, to industrialize QuantumScape's technology.

Under the non-exclusive license, PowerCo will be able to mass produce cells based on QuantumScape's technology with a base volume of up to 40 GWh per year. PowerCo has the option to expand to up to 80 GWh per year with additional royalty payments.

QuantumScape's first planned commercial product, the QSE-5 cell, is designed to deliver an energy density of more than 844 Wh/L and 301 Wh/kg and to fast-charge from 10 to 80% in less than 15 minutes.

"This agreement is an endorsement of our technology and gives us a path to gigawatt-hour scale production with a capital-light business model," said Dr. Siva Sivaram, Chief Executive Officer of QuantumScape.

"With this agreement, we are bringing the solid-state cell closer to series production," said Frank Blome, Chief Executive Officer of PowerCo.

QuantumScape expects to receive royalty prepayments of $130 million from PowerCo once certain conditions are met.

About QuantumScape

QuantumScape is a leader in developing next-generation solid-state lithium-metal batteries for use in electric vehicles. The company's mission is to revolutionize energy storage to enable a sustainable future. For more information, visit www.quantumscape.com.
""" + fls("QuantumScape"),
    claims=[
        claim("PowerCo", "production_capacity", 40, "a base volume of up to 40 GWh per year",
              "planned", qualifier="up_to"),
        claim("PowerCo", "production_capacity", 80, "expand to up to 80 GWh per year", "planned",
              qualifier="up_to"),
        claim("QuantumScape", "volumetric_density", 844,
              "designed to deliver an energy density of more than 844 Wh/L", "planned",
              qualifier="over"),
        claim("QuantumScape", "energy_density", 301, "844 Wh/L and 301 Wh/kg", "planned",
              qualifier="over"),
        charge("QuantumScape", 15, "fast-charge from 10 to 80% in less than 15 minutes", "planned",
               soc_low=10, soc_high=80, qualifier="up_to"),
    ],
))

A(article(
    "pr-natron-north-carolina-2024-08-15", "press_release", "2024-08-15",
    "https://natron.energy/news/natron-north-carolina-gigafactory/",
    "Natron Energy to build $1.4 billion sodium-ion battery gigafactory in North Carolina",
    """
SANTA CLARA, Calif., Aug. 15, 2024 - Natron Energy, Inc., the only U.S. manufacturer of sodium-ion batteries, today announced plans to build a $1.4 billion gigafactory in Edgecombe County, North Carolina. The facility will have 24 GWh of annual production capacity and is expected to create more than 1,000 jobs.

The announcement follows the start of commercial-scale production at Natron's facility in Holland, Michigan, in April this year, the first commercial-scale production of sodium-ion batteries in the United States.

Natron's batteries use Prussian blue electrodes and contain no lithium, cobalt, nickel or graphite. They deliver over 50,000 cycles and can recharge in minutes, making them well suited to data centre backup power, electric vehicle fast-charging stations and industrial applications.

"North Carolina offers the workforce, infrastructure and supply chain we need to scale," said Colin Wessells, Founder and Co-CEO of Natron Energy.

The State of North Carolina's Economic Investment Committee approved a Job Development Investment Grant for the project, which could provide up to $56 million in state support over 12 years if job and investment targets are met.

About Natron Energy

Natron Energy, Inc. manufactures sodium-ion batteries for industrial power applications. Founded in 2012 as a spin-out from Stanford University, Natron is headquartered in Santa Clara, California, and manufactures its products in Holland, Michigan.
""" + fls("Natron Energy"),
    claims=[
        inv("Natron Energy", 1.4e9, "USD", "build a $1.4 billion gigafactory", "planned"),
        claim("Natron Energy", "production_capacity", 24, "24 GWh of annual production capacity",
              "planned"),
        claim("Natron Energy", "production_start", 2024,
              "start of commercial-scale production at Natron's facility in Holland, Michigan, in April this year",
              "achieved", ty=2024, tm=4),
        claim("Natron Energy", "cycle_life", 50000, "They deliver over 50,000 cycles", "achieved",
              qualifier="over"),
    ],
))

A(article(
    "pr-lyten-nevada-2024-10-23", "press_release", "2024-10-23",
    "https://lyten.com/news/lyten-lithium-sulfur-gigafactory-nevada/",
    "Lyten to build world's first lithium-sulfur battery gigafactory in Nevada",
    """
SAN JOSE, Calif., Oct. 23, 2024 - Lyten, a supermaterial applications company and a leader in lithium-sulfur batteries, today announced it will invest more than $1 billion to build a lithium-sulfur battery gigafactory near Reno, Nevada.

At full build-out the facility will have up to 10 GWh of annual capacity. Phase 1 is expected to begin production in 2027, supplying cells for drones, satellites, micromobility and, later, electric vehicles.

Lyten's lithium-sulfur cells use no nickel, cobalt, manganese or graphite, and the company says they can be made with largely North American materials. Lyten began pilot production of lithium-sulfur cells at its San Jose facility in May 2023 and has delivered samples to more than a dozen customers.

"Lithium-sulfur is the battery chemistry that can give the United States an independent supply chain," said Dan Cook, CEO of Lyten.

The company selected the site for its access to skilled labour and proximity to existing battery manufacturing in the region.

About Lyten

Lyten is a supermaterial applications company commercializing lithium-sulfur batteries, 3D Graphene composites and sensors. Headquartered in San Jose, California, Lyten has invested more than $500 million in developing its technology.
""" + fls("Lyten"),
    # "has invested more than $500 million" sits in the About boilerplate: not annotated.
    claims=[
        inv("Lyten", 1e9, "USD", "invest more than $1 billion", "planned", qualifier="over"),
        claim("Lyten", "production_capacity", 10, "up to 10 GWh of annual capacity", "planned",
              qualifier="up_to"),
        claim("Lyten", "production_start", 2027, "Phase 1 is expected to begin production in 2027",
              "planned", ty=2027),
        claim("Lyten", "production_start", 2023,
              "began pilot production of lithium-sulfur cells at its San Jose facility in May 2023",
              "achieved", ty=2023, tm=5),
    ],
))

A(article(
    "pr-one-michigan-gigafactory-2022-10-19", "press_release", "2022-10-19",
    "https://one.ai/news/our-next-energy-michigan-lfp-gigafactory/",
    "Our Next Energy to invest $1.6 billion in Michigan LFP cell gigafactory",
    """
NOVI, Mich., Oct. 19, 2022 - Our Next Energy Inc. (ONE), a Michigan-based energy storage technology company, today announced it will invest $1.6 billion in a battery cell gigafactory in Van Buren Township, Michigan. The plant will have 20 GWh of annual capacity at full production and create 2,112 jobs.

ONE plans to begin cell production at the facility in 2024, making lithium iron phosphate (LFP) cells without nickel or cobalt. ONE expects the plant's cells to cost below $100/kWh, which would make it one of the lowest-cost LFP sources in North America.

The company's Aries LFP battery packs, in production since this summer for commercial vehicles and stationary storage, are rated for more than 3,000 cycles.

"We are bringing cell manufacturing back to Michigan and building an independent supply chain for LFP," said Mujeeb Ijaz, founder and CEO of ONE.

The Michigan Strategic Fund approved state incentives of $236 million for the project, subject to ONE meeting investment and job-creation milestones.

About ONE

Our Next Energy Inc. (ONE) is a Michigan-based energy storage company developing battery technologies that double the range of electric vehicles and reduce cost. ONE was founded in 2020 and is backed by leading investors including BMW i Ventures and Breakthrough Energy Ventures.
""" + fls("ONE"),
    claims=[
        inv("Our Next Energy", 1.6e9, "USD", "will invest $1.6 billion", "planned"),
        claim("Our Next Energy", "production_capacity", 20,
              "20 GWh of annual capacity at full production", "planned"),
        claim("Our Next Energy", "production_start", 2024,
              "begin cell production at the facility in 2024", "planned", ty=2024),
        claim("Our Next Energy", "cost", 100, "cost below $100/kWh", "planned", qualifier="up_to"),
        claim("Our Next Energy", "production_start", 2022, "in production since this summer",
              "achieved", ty=2022),
        claim("Our Next Energy", "cycle_life", 3000, "rated for more than 3,000 cycles", "achieved",
              qualifier="over"),
    ],
))

A(article(
    "pr-blue-solutions-gen4-2024-01-23", "press_release", "2024-01-23",
    "https://www.blue-solutions.com/en/news/gen4-solid-state-gigafactory-alsace/",
    "Blue Solutions unveils fourth-generation solid-state battery and Alsace gigafactory project",
    """
ERGUE-GABERIC, France, January 23, 2024 - Blue Solutions, a subsidiary of the Bollore Group, today unveiled its fourth-generation (Gen4) solid-state lithium-metal polymer battery and announced plans for a gigafactory in Alsace to produce it.

The Gen4 battery is designed to reach 450 Wh/kg at cell level and to charge in 20 minutes, while using no cobalt or nickel in some configurations. It will be produced on dry, solvent-free extrusion lines that Blue Solutions says are simpler than conventional electrode coating.

Blue Solutions plans to invest 2.2 billion euros in the Alsace gigafactory, which will produce Gen4 batteries for the automotive market by 2030.

Blue Solutions is the only company in the world that has manufactured solid-state batteries at industrial scale. It has produced its lithium-metal polymer batteries in Brittany since 2011, and they have powered more than 3,000 buses and car-sharing vehicles.

"Gen4 is the result of more than 30 years of research, and we are ready to take it to industrial scale," said Richard Bernier, CEO of Blue Solutions.

About Blue Solutions

Blue Solutions, a subsidiary of the Bollore Group, designs and manufactures solid-state lithium-metal polymer batteries for electric mobility and stationary storage. It operates production sites in Brittany, France, and in Canada.
""" + fls("Blue Solutions"),
    claims=[
        claim("Blue Solutions", "energy_density", 450, "designed to reach 450 Wh/kg at cell level",
              "planned"),
        charge("Blue Solutions", 20, "to charge in 20 minutes", "planned"),
        inv("Blue Solutions", 2.2e9, "EUR", "invest 2.2 billion euros in the Alsace gigafactory",
            "planned"),
        claim("Blue Solutions", "production_start", 2030,
              "will produce Gen4 batteries for the automotive market by 2030", "planned", ty=2030),
        claim("Blue Solutions", "production_start", 2011,
              "produced its lithium-metal polymer batteries in Brittany since 2011", "achieved",
              ty=2011),
    ],
))

A(article(
    "pr-microvast-clarksville-2021-05-20", "press_release", "2021-05-20",
    "https://microvast.com/news/microvast-clarksville-expansion/",
    "Microvast to expand Clarksville, Tennessee, battery facility",
    """
STAFFORD, Texas, May 20, 2021 - Microvast, Inc. ("Microvast"), a technology leader in battery solutions for commercial and specialty vehicles, today announced plans to expand its Clarksville, Tennessee, facility by adding 2 GWh of cell, module and pack capacity, with the expansion expected to be complete by the end of next year.

The expansion will supply Microvast's growing base of commercial vehicle customers in North America, including truck, bus and off-highway equipment makers.

Microvast's high-energy cells can charge 10-80% in 15 minutes, and its high-power cells have demonstrated more than 8,000 cycles in fleet and laboratory tests, reducing total cost of ownership for heavy-duty vehicles.

"Our customers need batteries that last as long as the vehicles they power," said Yang Wu, Founder and CEO of Microvast.

Microvast has previously entered into a definitive merger agreement with Tuscan Holdings Corp. (Nasdaq: THCB), which is expected to provide up to approximately $822 million in gross proceeds to fund growth, including the Clarksville expansion.

About Microvast

Microvast is a technology innovator that designs, develops and manufactures lithium-ion battery solutions for electric commercial vehicles and energy storage. Founded in 2006 and headquartered in Stafford, Texas, Microvast has vertically integrated capabilities from battery chemistry to modules and packs, with manufacturing in China and the United States.
""" + fls("Microvast"),
    claims=[
        claim("Microvast", "production_capacity", 2,
              "adding 2 GWh of cell, module and pack capacity, with the expansion expected to be complete by the end of next year",
              "planned", ty=2022),
        charge("Microvast", 15, "charge 10-80% in 15 minutes", "achieved", soc_low=10, soc_high=80),
        claim("Microvast", "cycle_life", 8000, "demonstrated more than 8,000 cycles", "achieved",
              qualifier="over"),
    ],
))

A(article(
    "pr-doe-battery-grants-2022-10-19", "press_release", "2022-10-19",
    "https://www.energy.gov/articles/battery-manufacturing-grants-2-8-billion",
    "Department of Energy awards $2.8 billion to expand U.S. battery manufacturing",
    """
WASHINGTON, D.C. - The U.S. Department of Energy (DOE) today announced $2.8 billion for 21 projects across 12 states to expand domestic manufacturing of batteries for electric vehicles and the electrical grid, funded by the Bipartisan Infrastructure Law.

The selected projects will build and expand commercial-scale facilities to extract and process lithium, graphite and other battery materials, manufacture components, and demonstrate new approaches to recycling. DOE estimates that the projects will support enough battery-grade lithium to supply about 2 million electric vehicles a year.

The funding will be matched by recipients, leveraging a total of about $9 billion. Selected recipients include Albemarle, which was chosen for a $150 million award for a lithium concentrator in North Carolina, Piedmont Lithium, Cirba Solutions and Ascend Elements.

"Batteries are the heart of the clean energy economy," said U.S. Secretary of Energy Jennifer M. Granholm. "These investments will help us build a battery supply chain in America."

Selections are subject to negotiation of award terms, and DOE may cancel negotiations at any time.

About the Office of Manufacturing and Energy Supply Chains

DOE's Office of Manufacturing and Energy Supply Chains (MESC) is responsible for strengthening and securing manufacturing and energy supply chains needed to modernize the nation's energy infrastructure and support a clean and equitable energy transition.

Media contact: DOE Office of Public Affairs, (202) 586-4940.
""",
    claims=[],  # government funding and estimates are not company claims
))

A(article(
    "pr-sne-research-2024-usage-2025-02-05", "press_release", "2025-02-05",
    "https://www.sneresearch.com/en/insight/release_view/global-ev-battery-usage-2024/",
    "SNE Research: global EV battery usage reached 894.4 GWh in 2024",
    """
SEOUL, February 5, 2025 - Global electric vehicle battery usage totalled 894.4 GWh in 2024, up 27.2% from a year earlier, according to the latest tracker from SNE Research.

CATL remained the largest supplier with 339.3 GWh, a market share of 37.9%, followed by BYD with 153.7 GWh (17.2%). LG Energy Solution ranked third with 96.3 GWh, a share of 10.8%.

CALB, SK On and Panasonic followed, with Samsung SDI in seventh place. Chinese companies together accounted for more than two thirds of the global total, and six of the top ten suppliers were Chinese.

Usage is measured by the battery energy installed in electric vehicles, plug-in hybrids and hybrids sold in the period, and does not include energy storage systems.

SNE Research expects growth to continue in 2025, although at a slower pace, as price competition in China intensifies and European and U.S. markets adjust to changing incentives.

"Korean battery makers will need to broaden their portfolios with LFP and other lower-cost chemistries to regain share," the firm said.

About SNE Research

SNE Research is a market research and consulting firm specialising in the battery and energy storage industries. Founded in 2004, it is headquartered in Seoul and publishes quarterly trackers on battery supply, demand and prices.
""",
    claims=[],  # a research firm's measurements of companies are not company claims
))

A(article(
    "pr-enovix-fab2-2023-09-12", "press_release", "2023-09-12",
    "https://ir.enovix.com/news/enovix-begins-construction-fab2-malaysia/",
    "Enovix begins construction of high-volume Fab2 in Malaysia",
    """
FREMONT, Calif., Sept. 12, 2023 - Enovix Corporation (Nasdaq: ENVX), a leader in advanced silicon battery technology, today announced that it has begun construction of Fab2, its high-volume manufacturing facility in Penang, Malaysia.

The first high-volume production line at Fab2 is expected to begin production in 2024, serving smartphone, wearables and laptop customers. Fab2 is designed to accommodate multiple lines as demand grows.

Enovix's architecture uses a 100% active silicon anode and a stacked, laser-patterned cell design with a stainless-steel constraint that manages silicon swelling. Its cells have demonstrated energy densities of over 900 Wh/L in smartphone-sized formats, significantly more than conventional graphite-anode cells.

"Fab2 is the next step in scaling our technology to meet customer demand," said Raj Talluri, President and CEO of Enovix.

Enovix's Fab1 in Fremont, California, continues to produce cells for customer sampling and for specialty products.

About Enovix

Enovix Corporation is on a mission to power the technologies of the future. Enovix designs and manufactures advanced silicon batteries with a 3D cell architecture that increases energy density and maintains high cycle life. Enovix is headquartered in Fremont, California.
""" + fls("Enovix"),
    claims=[
        claim("Enovix", "production_start", 2024,
              "The first high-volume production line at Fab2 is expected to begin production in 2024",
              "planned", ty=2024),
        claim("Enovix", "volumetric_density", 900, "energy densities of over 900 Wh/L", "achieved",
              qualifier="over"),
    ],
    events=[event("Enovix", "progress", "fab2 construction", "has begun construction of Fab2")],
))

A(article(
    "pr-gotion-gemstone-2024-05-17", "press_release", "2024-05-17",
    "https://www.gotion.com/news/gotion-13th-technology-conference-gemstone/",
    "Gotion High-Tech unveils Gemstone all-solid-state battery",
    """
HEFEI, China, May 17, 2024 - Gotion High-Tech Co., Ltd. today unveiled its Gemstone all-solid-state battery at its 13th Global Technology Conference in Hefei.

The Gemstone cell achieves an energy density of 350 Wh/kg and 800 Wh/L, using a sulfide solid electrolyte developed in-house. Gotion is building a 0.2 GWh pilot line for all-solid-state cells, and plans to start road tests of vehicles fitted with Gemstone cells in 2027 and to begin mass production in 2030.

The company also said its Astroinno L600 LMFP cell, unveiled last year, has reached 240 Wh/kg in production samples, allowing a range of 1,000 km without nickel or cobalt.

"Solid-state technology will be the next stage of our development," said Li Zhen, Chairman of Gotion High-Tech.

More than 4,000 guests attended the conference, including partners from automotive, energy storage and materials companies.

About Gotion High-Tech

Gotion High-Tech Co., Ltd. is a global provider of lithium-ion batteries and energy storage systems, headquartered in Hefei, China. Gotion operates research centres and production bases in China, the United States, Europe and Asia.
""" + fls("Gotion"),
    claims=[
        claim("Gotion", "energy_density", 350, "achieves an energy density of 350 Wh/kg", "achieved"),
        claim("Gotion", "volumetric_density", 800, "350 Wh/kg and 800 Wh/L", "achieved"),
        claim("Gotion", "production_capacity", 0.2, "building a 0.2 GWh pilot line", "planned"),
        claim("Gotion", "production_start", 2030, "begin mass production in 2030", "planned",
              ty=2030),
        claim("Gotion", "energy_density", 240, "has reached 240 Wh/kg in production samples",
              "achieved"),
    ],
))
