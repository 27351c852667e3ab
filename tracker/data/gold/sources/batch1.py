"""Gold articles, batch 1 (written in our own words after real battery news)."""
from _annot import article, charge, claim, event, inv

from sources.common import blog_footer, fls

EVC = "EV Current"
ARTICLES = []
A = ARTICLES.append

# ---------------------------------------------------------------------------------- wire
A(article(
    "wire-bosch-cells-2018-02-28", "wire", "2018-02-28",
    "https://www.globalwire-news.com/business/autos/bosch-battery-cells-idUSKCN1GC1XY",
    "Bosch decides against making its own battery cells",
    """
STUTTGART, Feb 28 (Global Wire) - Germany's Robert Bosch GmbH will not enter the mass production of battery cells for electric cars, the world's largest car parts supplier said on Wednesday, ending months of speculation about whether it would take on Asian rivals.

Bosch said the commercial risk was too high. Management board member Rolf Bulander told reporters that winning a market share of about 20 percent by 2030 would have required an investment of roughly 20 billion euros ($24.4 billion), a sum the company was not prepared to put at risk.

The decision also covers next-generation technology. Bosch bought U.S. start-up Seeo in 2015 to develop solid-state cells, and on Wednesday it said it would stop its own research into solid-state cells and was reviewing options for the unit.

"It is not our aim to manufacture cells at any price," Bulander said.

Asian suppliers including Panasonic, LG Chem, Samsung SDI and CATL dominate the production of lithium-ion cells, and analysts had said Bosch would struggle to match their scale and purchasing power for raw materials.

Bosch will keep buying cells from partners and will continue to supply battery management systems and complete battery packs to carmakers, a business it expects to keep growing as electric vehicle sales rise.

(Reporting by Edward Taylor in Frankfurt; Editing by Maria Sheahan)
""",
    claims=[],  # the 20-billion-euro figure is a hypothetical cost estimate, not a plan
    events=[
        event("Bosch", "abandonment", "cell manufacturing",
              "will not enter the mass production of battery cells"),
        event("Bosch", "abandonment", "solid-state",
              "would stop its own research into solid-state cells"),
    ],
))

A(article(
    "wire-dyson-ev-2019-10-10", "wire", "2019-10-10",
    "https://www.globalwire-news.com/business/autos/dyson-scraps-electric-car-idUSKBN1WP1ZQ",
    "Dyson scraps electric car project, keeps battery work",
    """
LONDON, Oct 10 (Global Wire) - British appliance maker Dyson has scrapped its project to build an electric car, founder James Dyson told staff on Thursday, saying the company could not find a way to make the vehicle commercially viable.

Dyson had planned to launch the car in 2021 and had started building a factory in Singapore to assemble it. In an email to employees, Dyson said the company had tried "very hard" to find a buyer for the automotive project but had not succeeded.

The company said it would keep working on solid-state batteries, a technology it has pursued since buying U.S. start-up Sakti3 in 2015, and would use them in its own appliances and other products. "We will concentrate on them," Dyson wrote.

Around 500 people worked on the car project, most of them in Britain. Dyson said it would try to find new roles for as many of them as possible inside the company.

The decision leaves the British billionaire's ambitions to take on established carmakers and Tesla unrealised. Several industry executives had questioned whether a company without a car business could compete in a market where established manufacturers were preparing dozens of electric models.

Dyson did not say how much the project had cost.

(Reporting by Costas Pitas; Editing by Kate Holton)
""",
    claims=[],  # the 2021 launch is a plan reported only as cancelled
    events=[event("Dyson", "abandonment", "electric car",
                  "has scrapped its project to build an electric car")],
))

A(article(
    "wire-catl-hungary-2022-08-12", "wire", "2022-08-12",
    "https://www.globalwire-news.com/business/autos/catl-hungary-plant-idUSL4N2ZO1AB",
    "CATL to build $7.6 billion battery plant in Hungary",
    """
BEIJING/BUDAPEST, Aug 12 (Global Wire) - China's Contemporary Amperex Technology Co Ltd (CATL) will invest up to 7.34 billion euros ($7.6 billion) in a battery plant in Hungary, its largest investment outside China, the company said on Friday.

The world's biggest maker of electric vehicle batteries said the plant in the eastern city of Debrecen, with a capacity of 100 GWh a year, would be built within 64 months. It will supply cells and modules to European carmakers.

Mercedes-Benz said it would be the first and largest customer of the plant. BMW, which is building a car factory in Debrecen, has also agreed to buy cells from CATL.

Hungarian Foreign Minister Peter Szijjarto said the project would create 9,000 jobs and was the biggest greenfield investment in the country's history. The government did not say how much state aid it would provide.

CATL's first European plant, in Germany's Thuringia state, is due to start cell production by the end of this year, with initial capacity of 8 GWh.

The Chinese company, which supplies Tesla, Volkswagen and BMW, controls about a third of the global market for electric vehicle batteries, according to industry data.

Shares of CATL rose 1.6% in Shenzhen after the announcement.

(Reporting by Zhang Yan in Beijing and Gergely Szakacs in Budapest; Editing by Jason Neely)
""",
    claims=[
        inv("CATL", 7.34e9, "EUR", "invest up to 7.34 billion euros ($7.6 billion)", "planned",
            usd=7.6e9, qualifier="up_to"),
        claim("CATL", "production_capacity", 100,
              "with a capacity of 100 GWh a year, would be built within 64 months", "planned",
              ty=2027),
        claim("CATL", "production_start", 2022,
              "due to start cell production by the end of this year", "planned", ty=2022),
        claim("CATL", "production_capacity", 8,
              "by the end of this year, with initial capacity of 8 GWh", "planned", ty=2022),
    ],
))

A(article(
    "wire-northvolt-chapter11-2024-11-22", "wire", "2024-11-22",
    "https://www.globalwire-news.com/business/autos/northvolt-files-chapter-11-idUSKBN3MW0AA",
    "Sweden's Northvolt files for Chapter 11 bankruptcy protection in U.S.",
    """
STOCKHOLM, Nov 22 (Global Wire) - Swedish battery maker Northvolt has filed for Chapter 11 bankruptcy protection in the United States, the company said on Thursday, after months of failing to raise funds and to scale up output at its flagship plant.

Northvolt, once seen as Europe's best hope of building a home-grown battery industry to rival Chinese and South Korean suppliers, said it had about $30 million of cash left, enough to keep operating for roughly a week.

The company said it had secured $245 million of new financing, including $100 million from truck maker Scania, a customer, to keep running while it restructures, a process it expects to complete in the first quarter of 2025.

Northvolt's factory in Skellefteå in northern Sweden has been plagued by production problems. BMW cancelled a 2 billion euro order in June, citing delays.

Co-founder Peter Carlsson stepped down as chief executive on Thursday but will remain on the board as a senior adviser.

"This is a difficult day for everyone at Northvolt," Carlsson said in a statement. He said the company had underestimated how hard it would be to build a battery industry from scratch.

Northvolt has around $5.8 billion of debt, according to court documents. Its largest shareholders are Volkswagen and Goldman Sachs Asset Management.

(Reporting by Marie Mannes; Editing by Louise Heavens)
""",
    claims=[],  # cash, financing and debt figures are not battery claims
    events=[
        event("Northvolt", "abandonment", "company",
              "has filed for Chapter 11 bankruptcy protection"),
        event("BMW", "abandonment", "northvolt cell order", "cancelled a 2 billion euro order"),
    ],
))

A(article(
    "wire-britishvolt-administration-2023-01-17", "wire", "2023-01-17",
    "https://www.globalwire-news.com/business/britishvolt-administration-idUKL8N33U4CD",
    "UK battery start-up Britishvolt collapses into administration",
    """
LONDON, Jan 17 (Global Wire) - Britishvolt, the start-up that had planned to build one of Britain's first large electric vehicle battery factories, collapsed into administration on Tuesday after failing to raise new funds, with most of its 300 employees losing their jobs.

Administrators from EY said the company had been unable to secure sufficient equity investment to meet its ongoing obligations, and that a sale process would now begin.

Britishvolt had planned a 3.8 billion pound plant at Blyth in northeast England, a project that had won the backing of the previous government and was meant to anchor an electric vehicle supply chain in the region. The site had been cleared, but no factory had been built and the company had never produced cells at scale.

The collapse is a blow to Britain's ambitions to keep its car industry competitive as sales of new petrol and diesel cars are phased out from 2030.

Industry groups have warned that Britain will need far more battery production by the end of the decade to keep vehicle assembly in the country, under trade rules that require a growing share of locally made parts.

Britain's only large battery cell factory is run by Envision AESC in Sunderland, where it supplies Nissan.

(Reporting by Paul Sandle and Nick Carey; Editing by Alistair Smout)
""",
    claims=[],  # the Blyth plant is reported only as a failed plan
    events=[event("Britishvolt", "abandonment", "company", "collapsed into administration")],
))

A(article(
    "wire-panasonic-kansas-2022-07-14", "wire", "2022-07-14",
    "https://www.globalwire-news.com/technology/panasonic-kansas-battery-plant-idUSKBN2OP0B2",
    "Panasonic to build $4 billion EV battery plant in Kansas",
    """
TOKYO, July 14 (Global Wire) - Japan's Panasonic Holdings Corp said on Thursday it would build a $4 billion electric vehicle battery plant in De Soto, Kansas, its second factory in the United States, as it bets on rising demand from Tesla and other carmakers.

Panasonic said the plant would start mass production by the end of March 2025 and create up to 4,000 jobs. It will eventually have annual capacity of about 30 GWh, the company said.

That would be enough for roughly 500,000 long-range cars a year, by Global Wire's calculation.

The state of Kansas had offered incentives worth up to $829 million to win the project, which was contested by Oklahoma.

Panasonic, Tesla's longtime battery partner, already runs a factory at Tesla's Nevada gigafactory, which has capacity of about 38 GWh a year. The Japanese company has also said it will start making Tesla's larger 4680 cells in Japan.

Panasonic shares rose 2% in Tokyo trading.

"Panasonic will continue to work with partners to establish a stable supply chain in North America," said Kazuo Tadanobu, chief executive of Panasonic Energy, the group's battery unit.

(Reporting by Maki Shiraki; Editing by Bradley Perrett)
""",
    claims=[
        inv("Panasonic", 4e9, "USD", "build a $4 billion electric vehicle battery plant", "planned"),
        claim("Panasonic", "production_start", 2025,
              "start mass production by the end of March 2025", "planned", ty=2025, tm=3),
        claim("Panasonic", "production_capacity", 30,
              "eventually have annual capacity of about 30 GWh", "planned", qualifier="about"),
        claim("Panasonic", "production_capacity", 38,
              "has capacity of about 38 GWh a year", "achieved", qualifier="about"),
    ],
))

A(article(
    "wire-prologium-dunkirk-2023-05-12", "wire", "2023-05-12",
    "https://www.globalwire-news.com/business/prologium-france-dunkirk-idUSL8N37915Q",
    "Taiwan's ProLogium picks France for 5.2 billion euro battery plant",
    """
PARIS, May 12 (Global Wire) - Taiwanese battery maker ProLogium Technology will invest 5.2 billion euros in a factory in Dunkirk in northern France, the company said on Friday, the latest in a string of battery projects President Emmanuel Macron has courted.

The plant, ProLogium's first outside Taiwan, will make solid-state batteries for electric cars. ProLogium said it would begin production in 2026 and reach 48 GWh of annual capacity by 2030, creating around 3,000 jobs.

ProLogium, which supplies prototype cells to carmakers including Mercedes-Benz, chose Dunkirk over sites in the Netherlands and Germany, chairman Vincent Yang told reporters.

The French government, which has offered tax credits to clean-technology manufacturers, did not say how much public support the project would receive.

Dunkirk is already home to a battery plant planned by Chinese-owned Envision AESC, while French start-up Verkor is building a factory in the same port area.

Macron is hosting chief executives at the Palace of Versailles next week for his annual "Choose France" summit, where his office has said about 13 billion euros of new foreign investment will be announced.

(Reporting by Gilles Guillaume; Editing by Tassilo Hummel and Mark Potter)
""",
    claims=[
        inv("ProLogium", 5.2e9, "EUR", "will invest 5.2 billion euros", "planned"),
        claim("ProLogium", "production_start", 2026, "begin production in 2026", "planned", ty=2026),
        claim("ProLogium", "production_capacity", 48,
              "reach 48 GWh of annual capacity by 2030", "planned", ty=2030),
    ],
))

# ---------------------------------------------------------------------------------- blog
A(article(
    "blog-quantumscape-data-2020-12-08", "blog", "2020-12-08",
    "https://evcurrent.net/2020/12/08/quantumscape-solid-state-battery-data/",
    "QuantumScape finally shows its solid-state data: 80% in 15 minutes, 800 cycles",
    """
QuantumScape, the Volkswagen-backed solid-state battery startup that went public through a SPAC merger last month, has finally lifted the curtain on its technology after a decade in stealth mode.

At a livestreamed event today, CEO Jagdeep Singh presented test results from the company's single-layer pouch cells, which use a ceramic separator and no anode at all: lithium metal plates out of the cathode during charging and forms the anode in place.

The headline figures are impressive. QuantumScape says its cells can charge from 0 to 80% in 15 minutes and that they kept more than 80% of their capacity after 800 cycles under demanding test conditions.

The company also says its design could push volumetric energy density to over 1,000 watt-hours per litre, roughly double what today's best cells offer, although that number is a projection rather than a measurement.

Volkswagen, which owns about a fifth of the company, has set up a joint venture with the startup to build a pilot production line, and QuantumScape said it expects to start production in 2024. VW has said it hopes to have the batteries in its cars by 2025.

EV Current's Take

These are single-layer cells, and a car battery needs cells with dozens of layers. Scaling up is exactly where most solid-state efforts have died, so I'd hold the champagne.

For context, a good lithium-ion cell today manages around 700 Wh/L, and the fastest-charging cars on the market need roughly 30 minutes for a 10-80% top-up.

If QuantumScape's multilayer cells really last 800 cycles, that would be enough for around 240,000 miles in a car with a 300-mile range, by our math. That's a big if.

Still, I'm encouraged that they are publishing data at all. Most battery startups give us adjectives, not charts.
""" + blog_footer(EVC, "Jonas Berg", "Jonas is a senior writer at EV Current covering batteries and charging. You can send tips by email."),
    claims=[
        charge("QuantumScape", 15, "charge from 0 to 80% in 15 minutes", "achieved",
               soc_low=0, soc_high=80),
        claim("QuantumScape", "cycle_life", 800,
              "kept more than 80% of their capacity after 800 cycles", "achieved"),
        claim("QuantumScape", "volumetric_density", 1000,
              "push volumetric energy density to over 1,000 watt-hours per litre", "planned",
              qualifier="over"),
        claim("QuantumScape", "production_start", 2024, "expects to start production in 2024",
              "planned", ty=2024),
        claim("Volkswagen", "commercialization", 2025,
              "hopes to have the batteries in its cars by 2025", "planned", ty=2025),
    ],
))

A(article(
    "blog-tesla-battery-day-2020-09-23", "blog", "2020-09-23",
    "https://evcurrent.net/2020/09/23/tesla-battery-day-4680-cell-3-twh/",
    "Tesla Battery Day: new 4680 cell, 100 GWh by 2022 and 3 TWh by 2030",
    """
Tesla held its long-awaited Battery Day yesterday, and while there was no million-mile battery, there was plenty to chew on.

Elon Musk and Drew Baglino unveiled the 4680 cell, a larger tabless cylindrical format that Tesla says has five times the energy and six times the power of its current 2170 cell, and should give its cars 16% more range.

Tesla says the combined changes in cell design, cathode and anode materials, factory process and vehicle integration will cut the cost per kWh of its batteries by 56%.

On production, Tesla said its pilot line near the Fremont factory should reach 10 GWh of annual capacity in about a year. Beyond that, the company plans to have 100 GWh of its own cell production by 2022 and an astonishing 3 TWh per year by 2030.

Musk also said Tesla would keep buying cells from Panasonic, LG Chem and CATL, and might even increase its orders from them.

He added that the cost reductions should allow Tesla to make a compelling $25,000 electric car in about three years.

EV Current's Take

3 TWh is a mind-bending number. For reference, the entire world produced roughly 300 GWh of lithium-ion cells last year, according to BloombergNEF, so Tesla alone wants ten times today's global output.

At 75 kWh per car, 3 TWh would be enough for about 40 million vehicles a year, by my math, which is roughly half of today's global car market.

Tesla has a long history of missing its own timelines, and the 2022 target in particular looks aggressive to me. But the 4680 cell itself is a clever piece of engineering, and the dry electrode process, if it works at scale, could be the most important thing announced today.

We'll be tracking these targets closely.
""" + blog_footer(EVC, "Jonas Berg", "Jonas is a senior writer at EV Current covering batteries and charging. You can send tips by email."),
    claims=[
        claim("Tesla", "production_capacity", 10,
              "should reach 10 GWh of annual capacity in about a year", "planned", ty=2021),
        claim("Tesla", "production_capacity", 100,
              "plans to have 100 GWh of its own cell production by 2022", "planned", ty=2022),
        claim("Tesla", "production_capacity", 3000, "3 TWh per year by 2030", "planned", ty=2030),
    ],
))

A(article(
    "blog-fisker-solid-state-2017-11-14", "blog", "2017-11-14",
    "https://evcurrent.net/2017/11/14/fisker-solid-state-battery-patent-one-minute-charge/",
    "Fisker claims solid-state battery 'breakthrough' with one-minute charging",
    """
Henrik Fisker's new electric car startup, Fisker Inc., says it has filed patents for a solid-state battery that it claims will change the game for electric vehicles.

According to the company, its cells use three-dimensional bulk electrodes and will have 2.5 times the energy density of today's lithium-ion cells. Fisker says the battery could charge in as little as one minute and give a car a range of more than 500 miles.

The company says it expects the technology to be ready for automotive-grade production around 2023.

Fisker's first car, the EMotion luxury sedan, will not use the new cells. It is scheduled to launch in 2019 with a conventional lithium-ion pack from LG Chem.

Fisker's battery team is led by Fabio Albano, who previously co-founded Sakti3, the solid-state startup that Dyson acquired in 2015.

EV Current's Take

I'm glad to see more money going into solid-state research, but I'd take these figures with a big grain of salt. Fisker has not published any cell data, only patent filings.

And charging in one minute is not just a battery problem. Putting 100 kWh into a car in 60 seconds would take a charger of about 6 megawatts, by our math, while the fastest public stations today deliver 150 kW.

Remember that Fisker's previous company, Fisker Automotive, went bankrupt in 2013 after its battery supplier A123 Systems failed.

I'd love to be proven wrong. Show us cells.
""" + blog_footer(EVC, "Dana Whitfield", "Dana covers EV startups and battery technology for EV Current. Tips welcome by email."),
    claims=[
        charge("Fisker", 1, "could charge in as little as one minute", "planned", qualifier="up_to"),
        claim("Fisker", "production_start", 2023,
              "ready for automotive-grade production around 2023", "planned", ty=2023),
    ],
))

A(article(
    "blog-storedot-roadmap-2022-09-07", "blog", "2022-09-07",
    "https://evcurrent.net/2022/09/07/storedot-100in5-extreme-fast-charging-roadmap/",
    "StoreDot lays out roadmap from '100in5' to '100in2' extreme fast charging",
    """
Israeli battery developer StoreDot has published a roadmap for its extreme fast charging (XFC) cells, and it comes with dates attached.

The company says its silicon-dominant cells will let drivers add 100 miles of range in five minutes of charging in production cars by 2024. After that, StoreDot wants to cut the time needed for 100 miles to three minutes by 2028, and to two minutes by 2032, using a semi-solid-state and then a post-lithium-ion design.

StoreDot says it has already shipped A-samples of its XFC cells to more than 15 carmakers and battery makers for testing, and that its cells reached over 1,000 consecutive extreme-fast-charge cycles in its own tests.

Mass production will be handled by partners, with EVE Energy producing the cells for StoreDot's evaluation programmes. StoreDot counts Daimler, BP, Polestar and VinFast among its investors.

EV Current's Take

I like that StoreDot talks in miles per minute rather than percentages. It's what drivers care about.

But let's put 100 miles in five minutes in perspective: for a car using 300 Wh per mile, that is 30 kWh in five minutes, or an average of 360 kW. Only a handful of chargers in the world can deliver that today, and no car on sale can accept it for long.

The three-minute and two-minute targets would need even more. The cells may well get there; the grid connection at your local service station is another story.

StoreDot's timeline will also depend on a carmaker committing to a production programme. We'll see whether 2024 holds.
""" + blog_footer(EVC, "Dana Whitfield", "Dana covers EV startups and battery technology for EV Current. Tips welcome by email."),
    claims=[
        charge("StoreDot", 5,
               "add 100 miles of range in five minutes of charging in production cars by 2024",
               "planned", ty=2024),
        charge("StoreDot", 3, "to three minutes by 2028", "planned", ty=2028),
        charge("StoreDot", 2, "to two minutes by 2032", "planned", ty=2032),
        claim("StoreDot", "cycle_life", 1000,
              "reached over 1,000 consecutive extreme-fast-charge cycles", "achieved",
              qualifier="over"),
    ],
    events=[event("StoreDot", "progress", "xfc cell samples", "shipped A-samples of its XFC cells")],
))

A(article(
    "blog-solid-state-explainer-2022-02-15", "blog", "2022-02-15",
    "https://evcurrent.net/2022/02/15/solid-state-batteries-explained/",
    "Solid-state batteries explained: why they are always five years away",
    """
Solid-state batteries come up in almost every conversation about the future of electric cars. Here is what they are, what they promise, and why you should be patient.

A conventional lithium-ion cell moves lithium ions between two electrodes through a liquid electrolyte soaked into a thin plastic separator. A solid-state cell replaces that liquid with a solid: a ceramic, a glass, a sulfide or a polymer.

Why bother? Two reasons. First, most liquid electrolytes are flammable, so a solid one should be safer. Second, a solid electrolyte could allow an anode of pure lithium metal, which stores far more energy than the graphite used today.

Today's best lithium-ion cells in cars reach roughly 250 to 300 Wh/kg and 600 to 700 Wh/L. Researchers say lithium-metal solid-state designs could one day exceed 400 Wh/kg, which would mean either a longer range or a smaller, lighter pack.

The hard part is manufacturing. Solid electrolytes can crack, lose contact with the electrodes as they swell and shrink, and let needle-like lithium dendrites grow through them. Many need high pressure or elevated temperatures to work well, and making thin, defect-free ceramic layers by the million is something no one has done yet.

Cost is the other question. Average lithium-ion pack prices fell to $132/kWh last year, according to BloombergNEF. A new chemistry has to beat a moving target.

That is why dates keep slipping. Carmakers and start-ups from Toyota to QuantumScape and Solid Power all have programmes, and a few companies already sell solid-state cells for niche uses such as buses and medical devices. Mass-market cars are another matter.

Our advice: treat any solid-state announcement as a statement of intent until the cells show up in a car you can buy.
""" + blog_footer(EVC, "Priya Natarajan", "Priya is EV Current's technology editor. She has written about batteries since 2012."),
    claims=[],
))

# --------------------------------------------------------------------------------- trade
A(article(
    "trade-catl-condensed-2023-04-19", "trade", "2023-04-19",
    "https://www.batteryindustryweekly.com/news/catl-condensed-battery-500-wh-kg-auto-shanghai",
    "CATL unveils 500 Wh/kg 'condensed' battery, eyes electric aviation",
    """
By Lin Qiao | Battery Industry Weekly

Contemporary Amperex Technology Co. Ltd. (CATL) used the opening day of Auto Shanghai to unveil what it calls a condensed battery, a semi-solid cell built around a highly conductive "condensed-state" electrolyte, with a cell-level energy density of up to 500 Wh/kg.

Wu Kai, CATL's chief scientist, told the press conference that the company would put an automotive-grade version of the battery into mass production this year, and that CATL was working with partners on the development of electric passenger aircraft, where weight matters most.

For comparison, the highest-energy NCM cells now used in production cars reach about 300 Wh/kg, and LFP cells typically 160 to 200 Wh/kg.

CATL did not disclose cycle life, cost or the cathode and anode chemistries used in the condensed cell. Wu said the aviation version would meet aviation-grade safety and quality standards.

Separately, CATL said its Qilin cell-to-pack battery will reach customers' cars in the second quarter, starting with the Zeekr 009 multi-purpose vehicle.

CATL's installations in 2022 totalled 191.6 GWh, giving it a 37% share of the global EV battery market, according to SNE Research. BYD ranked second with 70.4 GWh.

The Ningde-based company has been diversifying as competition in China's domestic market intensifies. Analysts at Bernstein estimate that LFP cell prices in China fell by more than 20% in the first quarter as lithium carbonate prices dropped.

Semi-solid cells have already entered small-volume production at several Chinese suppliers, including WeLion and Qing Tao, mostly for premium models and specialty equipment.
""",
    claims=[
        claim("CATL", "energy_density", 500,
              "cell-level energy density of up to 500 Wh/kg", "achieved", qualifier="up_to"),
        claim("CATL", "production_start", 2023,
              "put an automotive-grade version of the battery into mass production this year",
              "planned", ty=2023),
        claim("CATL", "commercialization", 2023,
              "will reach customers' cars in the second quarter", "planned", ty=2023, tm=4),
    ],
))

A(article(
    "trade-catl-shenxing-2023-08-16", "trade", "2023-08-16",
    "https://www.batteryindustryweekly.com/news/catl-shenxing-lfp-4c-fast-charging",
    "CATL launches Shenxing LFP battery with 4C charging",
    """
By Lin Qiao | Battery Industry Weekly

CATL on Wednesday introduced Shenxing, a lithium iron phosphate (LFP) battery that supports 4C charging, in a bid to bring fast charging to the cheaper chemistry that now dominates China's EV market.

According to CATL, Shenxing adds 400 km of driving range in 10 minutes, meaning it can charge to 80% state of charge in 10 minutes, and gives a range of more than 700 km on a full charge. In cold weather the cell still performs well: at minus 10 degrees Celsius, the company said, it can reach 80% in 30 minutes.

The improvements come from a superconducting electrolyte formula, a second-generation fast-ion ring graphite anode and a thinner SEI film, CATL said.

Gao Huan, CTO of CATL's China E-car business, said Shenxing would enter mass production by the end of this year and that the battery would be available in vehicles in the first quarter of 2024.

LFP accounted for about 67% of China's EV battery installations in the first half of 2023, according to the China Automotive Battery Innovation Alliance, up from 45% two years earlier.

Rivals are moving in the same direction. BYD, Gotion and SVOLT have all shown fast-charging LFP products this year, though with less specific performance figures.

Market participants said 4C charging will matter only if public chargers keep up. China had about 2.2 million public charging points at the end of July, the alliance said, and only a small share can deliver more than 300 kW.

CATL shares closed 1.8% higher in Shenzhen.
""",
    claims=[
        charge("CATL", 10, "charge to 80% state of charge in 10 minutes", "achieved",
               soc_high=80),
        charge("CATL", 30, "it can reach 80% in 30 minutes", "achieved", soc_high=80),
        claim("CATL", "production_start", 2023, "enter mass production by the end of this year",
              "planned", ty=2023),
        claim("CATL", "commercialization", 2024,
              "available in vehicles in the first quarter of 2024", "planned", ty=2024, tm=1),
    ],
))

A(article(
    "trade-bnef-price-survey-2021-11-30", "trade", "2021-11-30",
    "https://www.batteryindustryweekly.com/news/battery-pack-prices-132-kwh-2021-survey",
    "Battery pack prices fall to $132/kWh, but raw materials threaten the trend",
    """
By Martin Kowalski | Battery Industry Weekly

Average lithium-ion battery pack prices fell 6% in 2021 to $132/kWh, according to BloombergNEF's annual battery price survey, but the research firm warned that rising raw material costs could push prices up next year for the first time since it began tracking them.

Cell prices averaged $101/kWh, meaning cells now account for about 77% of the cost of an average pack. Ten years ago the pack price was above $900/kWh in today's money.

BNEF expects average pack prices to rise to $135/kWh in 2022 in nominal terms, as lithium carbonate and other inputs have more than doubled in price this year. It still expects the average to fall below $100/kWh by 2024, later than previously forecast.

LFP cells were on average about 30% cheaper than nickel-manganese-cobalt cells this year, and China had the lowest regional pack prices, at $111/kWh.

"Price increases for raw materials have created uncertainty," said Kwasi Ampofo, head of metals and mining at BNEF, adding that the industry would need new supply and chemistries to keep costs falling.

The $100/kWh mark is widely regarded as the level at which electric cars can be sold at the same price as combustion models without subsidies, although that depends heavily on vehicle segment and market.

The survey covered passenger cars, buses, commercial vehicles and stationary storage. Prices for stationary storage projects were higher on average because of smaller volumes.

BNEF counted nearly 200 data points in this year's survey, collected from cell makers, pack makers and buyers across Asia, Europe and North America.
""",
    claims=[],  # a research firm's survey and forecast: not a company claim
))

A(article(
    "trade-nissan-solid-state-2022-04-08", "trade", "2022-04-08",
    "https://www.batteryindustryweekly.com/news/nissan-all-solid-state-fiscal-2028-yokohama",
    "Nissan sets fiscal 2028 goal for all-solid-state EVs, targets $65/kWh",
    """
By Kenji Mori | Battery Industry Weekly

Nissan Motor Co. on Friday showed a prototype production facility for laminated all-solid-state battery cells at its research centre in Kanagawa Prefecture, and said it aims to launch an EV using the technology by fiscal 2028.

The carmaker plans to establish a pilot production line at its Yokohama Plant by fiscal 2024, where it will refine materials, design and manufacturing processes before volume production.

Nissan expects all-solid-state packs to cost $75/kWh at the pack level by fiscal 2028. The company then aims to bring that down to $65/kWh thereafter, the level at which it says EVs would cost the same as petrol cars.

Executive vice president Kunio Nakaguro said the cells would charge in about one-third of the time of current lithium-ion batteries and roughly double the energy density, allowing smaller packs for the same range.

The announcement is part of Nissan's Ambition 2030 plan, under which the company plans to invest 2 trillion yen in electrification and launch 15 fully electric models by fiscal 2030.

For comparison, the average pack price across the industry was $132/kWh last year, according to BloombergNEF.

Nissan, an early EV leader with the Leaf, has been overtaken by Tesla and Chinese competitors in recent years. Toyota, Honda and other Japanese carmakers are also developing all-solid-state batteries; Toyota has said it will start with hybrids.

Nissan did not disclose which solid electrolyte it uses, but said it had developed the materials in-house and with NASA and the University of California San Diego.
""",
    claims=[
        claim("Nissan", "commercialization", 2028,
              "launch an EV using the technology by fiscal 2028", "planned", ty=2028),
        claim("Nissan", "production_start", 2024,
              "establish a pilot production line at its Yokohama Plant by fiscal 2024",
              "planned", ty=2024),
        claim("Nissan", "cost", 75, "cost $75/kWh at the pack level by fiscal 2028", "planned",
              ty=2028),
        claim("Nissan", "cost", 65, "bring that down to $65/kWh thereafter", "planned"),
        inv("Nissan", 2e12, "JPY", "invest 2 trillion yen in electrification", "planned"),
    ],
    events=[event("Nissan", "progress", "solid-state prototype facility",
                  "showed a prototype production facility")],
))

# ------------------------------------------------------------------------- press release
A(article(
    "pr-northvolt-first-cell-2021-12-29", "press_release", "2021-12-29",
    "https://northvolt.com/articles/northvolt-ett-first-cell/",
    "Northvolt produces first battery cell at Northvolt Ett gigafactory",
    """
Skellefteå, Sweden - December 29, 2021 - Northvolt today announced that the first lithium-ion battery cell has been assembled at Northvolt Ett, its gigafactory in Skellefteå, northern Sweden. The milestone marks the start of commercial operations at the first gigafactory built by a home-grown European battery company.

The achievement delivers on the timeline Northvolt set out when construction of the factory began in 2019. The facility's first production block is designed for 16 GWh of annual capacity, and Northvolt Ett is planned to expand to 60 GWh in the coming years.

Northvolt will begin deliveries to customers in 2022, following a validation period in which the cells and the production process will be qualified by its automotive customers.

"This is of course a big moment for all of us at Northvolt. It is the first time a European company has built a gigafactory on its own," said Peter Carlsson, Co-Founder and CEO of Northvolt. "We still have a long way to go, but today we can say that we are a battery manufacturer."

The cell is produced with 100% renewable energy and is designed with a target carbon footprint far below that of cells made with fossil-based electricity.

Northvolt has secured contracts worth over $27 billion from customers including BMW, Fluence, Scania, Volkswagen and Volvo Cars.

About Northvolt

Northvolt was founded in 2016 with the mission of building the world's greenest battery with a minimal CO2 footprint. The company is headquartered in Stockholm and operates research and industrialisation facilities in Västerås and manufacturing in Skellefteå, Sweden, and in Gdańsk, Poland.
""" + fls("Northvolt"),
    claims=[
        claim("Northvolt", "production_start", 2021,
              "the first lithium-ion battery cell has been assembled at Northvolt Ett", "achieved",
              ty=2021, tm=12),
        claim("Northvolt", "production_capacity", 16,
              "first production block is designed for 16 GWh of annual capacity", "achieved"),
        claim("Northvolt", "production_capacity", 60, "planned to expand to 60 GWh", "planned"),
        claim("Northvolt", "commercialization", 2022, "begin deliveries to customers in 2022",
              "planned", ty=2022),
    ],
    events=[event("Northvolt", "fulfilment", "northvolt ett",
                  "delivers on the timeline Northvolt set out")],
))

A(article(
    "pr-ses-apollo-2021-11-03", "press_release", "2021-11-03",
    "https://ses.ai/news/ses-unveils-apollo-lithium-metal-cell/",
    "SES unveils Apollo, the world's largest lithium-metal battery cell for EVs",
    """
BOSTON, Nov. 3, 2021 - SES Holdings Pte. Ltd. ("SES"), a developer of high-performance lithium-metal rechargeable batteries for electric vehicles, today unveiled Apollo, a 107 Ah lithium-metal cell, at its first SES Battery World event.

Weighing only 0.98 kg, Apollo delivers an energy density of 417 Wh/kg and 935 Wh/L, making it the largest lithium-metal cell ever reported for automotive use.

SES also announced Shanghai Giga, a pre-production facility in Jiading, Shanghai, expected to open in 2023 with annual capacity of up to 1 GWh. The facility will produce B-samples and C-samples for SES's automotive partners, which include General Motors and Hyundai Motor Company.

SES is targeting commercial production of its lithium-metal cells by 2025.

"Apollo shows that lithium-metal is ready to move from the lab to the car," said Qichao Hu, founder and CEO of SES. "We are on track to deliver the first lithium-metal batteries into electric vehicles."

SES recently announced a business combination with Ivanhoe Capital Acquisition Corp., which is expected to provide up to approximately $476 million in gross proceeds to the combined company.

About SES

SES is a global leader in the development and production of hybrid lithium-metal rechargeable batteries for electric vehicles. Founded in 2012 as a spin-off from MIT, SES is headquartered in Boston and has operations in Shanghai and Seoul. SES has joint development agreements with General Motors, Hyundai Motor Company and Honda.
""" + fls("SES"),
    claims=[
        claim("SES AI", "energy_density", 417, "an energy density of 417 Wh/kg", "achieved"),
        claim("SES AI", "volumetric_density", 935, "417 Wh/kg and 935 Wh/L", "achieved"),
        claim("SES AI", "production_capacity", 1,
              "expected to open in 2023 with annual capacity of up to 1 GWh", "planned",
              qualifier="up_to", ty=2023),
        claim("SES AI", "production_start", 2025,
              "targeting commercial production of its lithium-metal cells by 2025", "planned",
              ty=2025),
    ],
))

A(article(
    "pr-amprius-500whkg-2023-02-28", "press_release", "2023-02-28",
    "https://amprius.com/news/amprius-validates-500-wh-kg-cell/",
    "Amprius Technologies validates 500 Wh/kg, 1,300 Wh/L lithium-ion cell",
    """
FREMONT, Calif., Feb. 28, 2023 - Amprius Technologies, Inc. (NYSE: AMPX), a leader in next-generation lithium-ion batteries with its Silicon Nanowire Anode Platform, today announced that it has shipped and independently validated a lithium-ion cell delivering 500 Wh/kg and 1,300 Wh/L.

The new cell builds on the company's 450 Wh/kg product, which is already in commercial use in unmanned aerial systems. The validation was performed by a third-party laboratory on cells produced on Amprius's production line in Fremont.

"Achieving this milestone is a testament to the strength of our silicon anode technology," said Dr. Kang Sun, CEO of Amprius Technologies. "Our customers in aviation can now fly longer and carry more."

Amprius is also preparing large-scale manufacturing in Brighton, Colorado. The Brighton facility is expected to begin production in 2025 with an initial capacity of 500 MWh. Amprius has said the site could ultimately support up to 5 GWh of annual capacity.

The company's silicon nanowire anodes replace graphite entirely, which allows more lithium to be stored in the same volume and enables fast charging.

About Amprius Technologies, Inc.

Amprius Technologies, Inc. is a leading manufacturer of high-energy and high-power lithium-ion batteries, producing the industry's highest-energy-density cells. The company's corporate headquarters is in Fremont, California, where it maintains an R&D lab and a MWh-scale manufacturing facility for the fabrication of silicon nanowire anodes and cells.
""" + fls("Amprius"),
    claims=[
        claim("Amprius", "energy_density", 500, "a lithium-ion cell delivering 500 Wh/kg",
              "achieved"),
        claim("Amprius", "volumetric_density", 1300, "500 Wh/kg and 1,300 Wh/L", "achieved"),
        claim("Amprius", "energy_density", 450,
              "450 Wh/kg product, which is already in commercial use", "achieved"),
        claim("Amprius", "production_capacity", 0.5,
              "begin production in 2025 with an initial capacity of 500 MWh", "planned", ty=2025),
        claim("Amprius", "production_start", 2025,
              "The Brighton facility is expected to begin production in 2025", "planned", ty=2025),
        claim("Amprius", "production_capacity", 5, "up to 5 GWh of annual capacity", "planned",
              qualifier="up_to"),
    ],
))
