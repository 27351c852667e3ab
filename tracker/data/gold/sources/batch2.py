"""Gold articles, batch 2: wire copy and blog posts."""
from _annot import article, charge, claim, event, inv

from sources.common import blog_footer

EVC = "EV Current"
JB = ("Jonas Berg", "Jonas is a senior writer at EV Current covering batteries and charging. You can send tips by email.")
DW = ("Dana Whitfield", "Dana covers EV startups and battery technology for EV Current. Tips welcome by email.")
PN = ("Priya Natarajan", "Priya is EV Current's technology editor. She has written about batteries since 2012.")
ARTICLES = []
A = ARTICLES.append

# ---------------------------------------------------------------------------------- wire
A(article(
    "wire-freyr-giga-arctic-2023-11-07", "wire", "2023-11-07",
    "https://www.globalwire-news.com/business/energy/freyr-pauses-giga-arctic-idUSL1N3C81RT",
    "Freyr pauses Norway battery plant, shifts focus to United States",
    """
OSLO, Nov 7 (Global Wire) - Battery start-up Freyr Battery said on Tuesday it would pause construction of its Giga Arctic plant in northern Norway and focus on the United States, where new federal subsidies have made production more attractive. Its shares fell 14% in early trading.

Freyr, which had been building the plant in Mo i Rana, said it would preserve cash while it works to industrialise the semi-solid battery technology it licenses from U.S. company 24M Technologies.

The company said it still plans to build its Giga America plant in Coweta County, Georgia, which is designed for 34 GWh of annual capacity. It will not take a final investment decision on the project until it has shown that the technology works at its customer qualification plant in Mo i Rana.

"We are taking decisive steps to conserve capital and focus on the market where we see the strongest economics," chief executive Birger Steen said on a call with analysts.

Freyr reported a wider third-quarter net loss and said it would cut about a quarter of its workforce in Norway. The company has yet to deliver cells to a commercial customer.

Norway's government had offered loan guarantees for Giga Arctic, and a spokesperson for the industry ministry said it regretted the decision but understood the company's reasons.

(Reporting by Nerijus Adomaitis; Editing by Terje Solsvik and Jan Harvey)
""",
    claims=[claim("Freyr", "production_capacity", 34, "designed for 34 GWh of annual capacity",
                  "planned")],
    events=[event("Freyr", "delay", "giga arctic", "pause construction of its Giga Arctic plant")],
))

A(article(
    "wire-natron-shutdown-2025-09-03", "wire", "2025-09-03",
    "https://www.globalwire-news.com/business/energy/natron-energy-ceases-operations-idUSKBN3V10QZ",
    "U.S. sodium-ion battery maker Natron Energy shuts down",
    """
SAN FRANCISCO, Sept 3 (Global Wire) - Natron Energy, a U.S. start-up that made sodium-ion batteries for data centres and industrial customers, has ceased operations after failing to raise new capital, the company said in a notice to employees on Wednesday.

Natron had announced plans last year for a $1.4 billion factory in Edgecombe County, North Carolina, which would have been the largest sodium-ion plant outside China. That project has been cancelled, the company said.

Natron began commercial production at its plant in Holland, Michigan, in 2024, but it struggled to win safety certifications for some products and to sign enough large orders to fund its expansion, according to people familiar with the matter.

Sodium-ion batteries use abundant sodium instead of lithium and can be made without cobalt or nickel. They store less energy than lithium-ion cells but can deliver power quickly, which suits backup power for data centres. Chinese companies including CATL and BYD have also developed the technology.

Natron's investors included oil major Chevron and the venture arms of several industrial companies. The company had around 95 employees.

A Natron spokesperson declined to comment on what would happen to the company's assets and intellectual property.

(Reporting by Stephen Nellis; Editing by Leslie Adler)
""",
    claims=[claim("Natron Energy", "production_start", 2024,
                  "began commercial production at its plant in Holland, Michigan, in 2024",
                  "achieved", ty=2024)],
    events=[
        event("Natron Energy", "abandonment", "company", "has ceased operations"),
        event("Natron Energy", "abandonment", "north carolina gigafactory",
              "That project has been cancelled"),
    ],
))

A(article(
    "wire-svolt-saarland-2020-11-19", "wire", "2020-11-19",
    "https://www.globalwire-news.com/business/autos/svolt-germany-saarland-plant-idUSKBN27Z1GH",
    "China's SVOLT to invest up to 2 billion euros in German battery plant",
    """
SAARBRUECKEN, Germany, Nov 19 (Global Wire) - Chinese battery maker SVOLT Energy Technology will build a battery cell factory in Germany's Saarland region, investing up to 2 billion euros, the company said on Thursday, as Chinese suppliers race to set up production close to European carmakers.

SVOLT, which was spun off from Great Wall Motor in 2018, said the plant in Ueberherrn would have annual capacity of up to 24GWh and would start production by the end of 2023. A module and pack plant in nearby Heusweiler is due to start production by mid-2021.

The company said the two sites would create up to 2,000 jobs. It plans to supply European carmakers and has said it is in talks with several of them, without naming any.

Saarland state premier Tobias Hans said the investment was a sign that the region could make the shift from coal and steel to new industries.

SVOLT said last year that it aims to reach 200 GWh of global capacity by 2025, which would make it one of the world's largest battery makers. It currently makes cells in Changzhou and is building plants in several other Chinese cities.

Chinese rival CATL is already building a plant in the eastern German state of Thuringia.

(Reporting by Christoph Steitz; Editing by Thomas Seythal)
""",
    claims=[
        inv("SVOLT", 2e9, "EUR", "investing up to 2 billion euros", "planned", qualifier="up_to"),
        claim("SVOLT", "production_capacity", 24, "annual capacity of up to 24GWh", "planned",
              qualifier="up_to"),
        claim("SVOLT", "production_start", 2023, "start production by the end of 2023", "planned",
              ty=2023),
        claim("SVOLT", "production_start", 2021, "due to start production by mid-2021", "planned",
              ty=2021, tm=6),
        claim("SVOLT", "production_capacity", 200, "reach 200 GWh of global capacity by 2025",
              "planned", ty=2025),
    ],
))

A(article(
    "wire-ira-battery-credits-2022-08-16", "wire", "2022-08-16",
    "https://www.globalwire-news.com/world/us/biden-signs-climate-bill-battery-credits-idUSKBN2PM1UX",
    "Biden signs climate bill with billions in credits for U.S. battery production",
    """
WASHINGTON, Aug 16 (Global Wire) - President Joe Biden on Tuesday signed the Inflation Reduction Act into law, a sweeping bill that includes about $369 billion for climate and energy programmes and aims to build a domestic supply chain for electric vehicle batteries.

For battery makers, the law's advanced manufacturing production credit pays $35 per kWh for battery cells made in the United States and a further $10 per kWh for battery modules, for products sold from next year.

A cell factory producing 30 GWh a year could therefore earn more than $1 billion in annual credits, according to a Global Wire calculation.

The consumer tax credit of up to $7,500 for a new electric vehicle will require a growing share of battery minerals and components to come from the United States or its free-trade partners, rules that carmakers say most models cannot meet immediately.

"The result will be that most EVs will not qualify for the credit," said John Bozzella, head of the Alliance for Automotive Innovation, which represents major carmakers.

Companies including LG Energy Solution, SK On, Panasonic and Samsung SDI have announced plans for U.S. battery plants in recent months, many in partnership with carmakers, and analysts expect more announcements as the Treasury Department publishes guidance.

The law also extends tax credits for solar, wind and energy storage projects.

(Reporting by Jarrett Renshaw and David Shepardson; Editing by Heather Timmons)
""",
    claims=[],  # policy figures and journalist arithmetic only
))

A(article(
    "wire-calb-portugal-2023-11-29", "wire", "2023-11-29",
    "https://www.globalwire-news.com/business/autos/calb-portugal-sines-battery-idUSL8N3CU2KD",
    "China's CALB to build 2 billion euro battery plant in Portugal",
    """
LISBON, Nov 29 (Global Wire) - Chinese battery maker CALB will build a lithium-ion battery plant in Sines, southern Portugal, investing 2 billion euros, the Portuguese government said on Wednesday, in what it called one of the largest industrial investments in the country's history.

CALB said the plant, with 15GWh of annual capacity, was due to start production in 2025 and would employ about 1,800 people. It will supply cells for electric vehicles and energy storage systems to European customers.

Portugal's economy minister Antonio Costa Silva said the government would support the project with incentives, without giving details. The site is near the deep-water port of Sines and an industrial zone where several green hydrogen and lithium refining projects are planned.

CALB, formerly known as China Aviation Lithium Battery, is China's third-largest maker of electric vehicle batteries by installations, after CATL and BYD, according to industry data. The Sines plant will be its first outside China.

Chinese battery makers have announced more than a dozen European factories in the past three years, drawn by carmakers' need for local supply as the European Union tightens rules on the origin of battery components.

(Reporting by Sergio Goncalves; Editing by Andrei Khalip)
""",
    claims=[
        inv("CALB", 2e9, "EUR", "investing 2 billion euros", "planned"),
        claim("CALB", "production_capacity", 15, "with 15GWh of annual capacity", "planned"),
        claim("CALB", "production_start", 2025, "due to start production in 2025", "planned",
              ty=2025),
    ],
))

A(article(
    "wire-powerco-quantumscape-test-2024-01-03", "wire", "2024-01-03",
    "https://www.globalwire-news.com/technology/powerco-quantumscape-test-results-idUSKBN3DN0NB",
    "QuantumScape shares jump as VW unit reports solid-state cell test results",
    """
FRANKFURT, Jan 3 (Global Wire) - Volkswagen's battery unit PowerCo said on Wednesday that QuantumScape's solid-state battery cells had completed more than 1,000 charging cycles in its tests while retaining 95% of their capacity, sending the U.S. start-up's shares up more than 40%.

The test was carried out on an A-sample cell, an early prototype, at PowerCo's laboratories in Salzgitter, Germany. PowerCo said the result was equivalent to more than 500,000 km of driving for an electric car with a range of 500 to 600 km, well beyond typical warranty requirements.

"This is a very encouraging result that impressively underlines the potential of the solid-state cell," PowerCo chief executive Frank Blome said. He added that there was still work to be done, including improving the cell and scaling up production processes.

QuantumScape, in which Volkswagen is the largest shareholder, said it plans to ship B-sample cells to customers this year.

QuantumScape's shares had fallen more than 90% from their 2021 peak as investors questioned how long it would take to bring the technology to market.

Solid-state batteries promise more range and faster charging than conventional lithium-ion cells, but no company has yet produced them in volume for cars.

(Reporting by Victoria Waldersee; Editing by Rachel More)
""",
    # Attribution rule: a partner's test of a company's cells is recorded for the company
    # whose product it is (QuantumScape), not the tester (GUIDELINES.md, company).
    claims=[claim("QuantumScape", "cycle_life", 1000,
                  "completed more than 1,000 charging cycles", "achieved", qualifier="over")],
    events=[event("QuantumScape", "progress", "solid-state a-samples",
                  "The test was carried out on an A-sample cell")],
))

A(article(
    "wire-lges-arizona-2023-03-24", "wire", "2023-03-24",
    "https://www.globalwire-news.com/business/autos/lg-energy-solution-arizona-idUSKBN2VQ02W",
    "LG Energy Solution to invest $5.5 billion in Arizona battery complex",
    """
SEOUL, March 24 (Global Wire) - South Korea's LG Energy Solution said on Friday it would invest 7.2 trillion won ($5.5 billion) to build a battery complex in Arizona, reviving a plan it had put on hold last year because of rising construction costs.

The complex in Queen Creek will include a factory for cylindrical electric vehicle cells with capacity of 27 GWh a year and a 16 GWh plant for lithium iron phosphate cells for energy storage systems, giving a combined 43 GWh. LG Energy Solution said cylindrical cell production would start in 2025 and ESS cell production in 2026.

It is the largest investment by a South Korean company in a standalone battery plant in the United States, the company said, and the first LFP cell plant for storage systems announced by a major manufacturer in the country.

The U.S. Inflation Reduction Act offers production credits for batteries made in the country, and LG Energy Solution said demand from U.S. utilities and carmakers justified the larger investment.

LG Energy Solution already runs plants in Michigan and has joint ventures with General Motors, Stellantis and Honda in the United States.

Shares in LG Energy Solution rose 2.1% in Seoul, outperforming a flat broader market.

(Reporting by Heekyong Yang; Editing by Sonali Paul)
""",
    claims=[
        inv("LG Energy Solution", 7.2e12, "KRW", "invest 7.2 trillion won ($5.5 billion)",
            "planned", usd=5.5e9),
        claim("LG Energy Solution", "production_capacity", 27, "capacity of 27 GWh a year",
              "planned"),
        claim("LG Energy Solution", "production_capacity", 16, "a 16 GWh plant", "planned"),
        claim("LG Energy Solution", "production_capacity", 43, "giving a combined 43 GWh",
              "planned"),
        claim("LG Energy Solution", "production_start", 2025,
              "cylindrical cell production would start in 2025", "planned", ty=2025),
        claim("LG Energy Solution", "production_start", 2026, "ESS cell production in 2026",
              "planned", ty=2026),
    ],
))

# ---------------------------------------------------------------------------------- blog
A(article(
    "blog-gigafactory-arithmetic-2023-06-02", "blog", "2023-06-02",
    "https://evcurrent.net/2023/06/02/what-does-a-40-gwh-gigafactory-mean/",
    "What does a '40 GWh gigafactory' actually mean? Some back-of-the-envelope math",
    """
Every week brings another announcement of a battery gigafactory measured in gigawatt-hours. But what does a number like 40 GWh actually mean for the cars on the road? Let's do some math.

A gigawatt-hour is a million kilowatt-hours. If an average electric car has a 75 kWh pack, a plant that really produces 40 GWh of cells a year could supply about 530,000 cars. With smaller 50 kWh packs, it would be 800,000.

That "really" matters. New plants rarely run at their nameplate capacity in the first years. Ramp-ups of two to three years are normal, and scrap rates at the start can exceed 20%. A plant running at 60% utilisation with 15% scrap delivers only about half of its headline number.

Pilot lines are another story. A line rated at 100 MWh a year, the kind many start-ups open first, would cover roughly 1,300 cars with 75 kWh packs. That is useful for validation, but it is not mass production.

What about money? Industry consultants often use rough rules of thumb of $60 million to $100 million of capital spending per GWh of capacity in Europe and the United States, and less in China. By that measure, a 40 GWh plant would cost somewhere between $2.4 billion and $4 billion.

Finally, energy storage. A utility-scale project of 400 MWh, a common size in California, would absorb 1% of that 40 GWh plant's annual output.

So the next time you read about a 40 GWh factory, ask three questions: when will it start, how quickly will it ramp, and who is buying the cells?
""" + blog_footer(EVC, *PN),
    claims=[],  # journalist arithmetic and rules of thumb only
))

A(article(
    "blog-toyota-solid-state-2023-06-13", "blog", "2023-06-13",
    "https://evcurrent.net/2023/06/13/toyota-solid-state-2027-28-10-minute-charging/",
    "Toyota says solid-state EVs could arrive in 2027-28 with 10-minute charging",
    """
Toyota held a technical workshop at its Higashi-Fuji technical centre today and laid out a roadmap for its next batteries, including the solid-state technology it has been talking about for years.

The company says it has found a way to solve the durability problems of its all-solid-state cells and now aims to commercialize them in 2027-28. Toyota says the batteries will charge from 10-80% in 10 minutes or less and give a range of about 1,200 km.

Before that, Toyota will launch a next-generation "performance" lithium-ion battery in 2026 that it says will charge from 20-80% in 20 minutes or less and deliver around 800 km of range.

A cheaper lithium iron phosphate "popularisation" battery is planned for 2026-27, with 20% more range and a 40% lower cost than the batteries in Toyota's current bZ4X, the company says.

EV Current's Take

Toyota has been promising solid-state batteries for a long time. In 2017 it said it hoped to bring them to market in the early 2020s, and it has now pushed that timeline back to 2027-28. Its first application, a hybrid, was shown at the Tokyo Olympics in 2021 but never went on sale.

That said, Toyota rarely makes concrete engineering claims in public, and a 10-minute fast charge with 1,200 km of range would leapfrog every EV on sale today.

For comparison, the quickest-charging cars currently sold in Europe need about 18 minutes for a 10-80% top-up.

The more immediate news is the 2026 lithium-ion battery. If Toyota delivers 800 km and 20-minute charging in three years, it will have caught up with the best of today's competition. Whether that is enough by 2026 is another question.
""" + blog_footer(EVC, *JB),
    claims=[
        claim("Toyota", "commercialization", 2028, "aims to commercialize them in 2027-28",
              "planned", ty=2028),
        charge("Toyota", 10, "charge from 10-80% in 10 minutes or less", "planned", soc_low=10,
               soc_high=80, qualifier="up_to"),
        claim("Toyota", "commercialization", 2026,
              "launch a next-generation \"performance\" lithium-ion battery in 2026", "planned",
              ty=2026),
        charge("Toyota", 20, "charge from 20-80% in 20 minutes or less", "planned", soc_low=20,
               soc_high=80, qualifier="up_to", ty=2026),
        claim("Toyota", "commercialization", 2027, "\"popularisation\" battery is planned for 2026-27",
              "planned", ty=2027),
    ],
    events=[event("Toyota", "delay", "solid-state",
                  "pushed that timeline back to 2027-28", new_target_year=2028)],
))

A(article(
    "blog-byd-flash-charging-2025-03-18", "blog", "2025-03-18",
    "https://evcurrent.net/2025/03/18/byd-super-e-platform-1000-kw-flash-charging/",
    "BYD unveils 1,000 kW 'flash charging': 400 km of range in five minutes",
    """
BYD has just raised the bar for EV charging. At a launch event in Shenzhen yesterday, the company unveiled its Super e-Platform, a 1,000-volt architecture that can accept charging power of up to 1,000 kW.

BYD says the system can add 400 km of range in just five minutes of charging, which it compares to the time needed to fill a petrol car. The platform uses a new Flash Charge version of BYD's Blade LFP battery, which the company says can charge at a 10C rate.

To make use of it, BYD will build more than 4,000 megawatt-class charging stations across China, with its own battery storage to avoid overloading the grid.

The first two models using the new battery, the Han L sedan and Tang L SUV, go on sale in April.

EV Current's Take

This is a huge number. For context, Tesla's newest Superchargers top out at 500 kW, and the quickest-charging cars in Europe today add roughly 250 km in 15 minutes.

BYD's claim works out at 80 km of range per minute. Even if real-world charging sessions fall short of the peak, the gap with Western carmakers is widening.

The catch is infrastructure. A 1,000 kW charger needs a grid connection most sites don't have, which is why BYD is pairing them with storage. Outside China, we're not holding our breath.

BYD sold 4.27 million vehicles last year, and with numbers like these, it's hard to see that slowing down.
""" + blog_footer(EVC, *DW),
    claims=[
        charge("BYD", 5, "add 400 km of range in just five minutes of charging", "achieved"),
        claim("BYD", "commercialization", 2025, "go on sale in April", "planned", ty=2025, tm=4),
    ],
))

A(article(
    "blog-panasonic-4680-delay-2023-05-11", "blog", "2023-05-11",
    "https://evcurrent.net/2023/05/11/panasonic-delays-4680-mass-production/",
    "Panasonic delays 4680 cell mass production to improve energy density",
    """
Panasonic, Tesla's oldest battery partner, says it is pushing back mass production of Tesla's 4680 cell format at its Wakayama plant in Japan to the first half of fiscal 2024, which runs from April to September next year. It had previously aimed to start by the end of the current fiscal year.

The company says it will use the extra time to improve the cell's energy density by about 5% before locking in the design for production.

Once running, the Wakayama lines will have an annual capacity of about 10 GWh, Panasonic says.

The delay does not affect Panasonic's U.S. expansion. The company reiterated that its new Kansas factory, which will make the smaller 2170 cells, is on track to start production by the end of March 2025.

EV Current's Take

Tesla itself makes 4680 cells at Giga Texas and has been slowly ramping up output, so Panasonic's delay is not a disaster for the Cybertruck program. But it is a reminder that the 4680 has been far harder to industrialise than anyone expected when Tesla unveiled it at Battery Day in 2020.

A 10 GWh line would be enough for roughly 130,000 cars a year with 75 kWh packs, by our math. That's meaningful, but it's a drop in the bucket compared with Tesla's ambitions.

We like that Panasonic is being upfront about the reason for the delay. Improving energy density before scaling up is better than scaling up a cell that nobody wants.
""" + blog_footer(EVC, *JB),
    claims=[
        claim("Panasonic", "production_start", 2024, "to the first half of fiscal 2024", "planned",
              ty=2024, tm=4),
        claim("Panasonic", "production_capacity", 10, "annual capacity of about 10 GWh", "planned",
              qualifier="about"),
        claim("Panasonic", "production_start", 2025,
              "on track to start production by the end of March 2025", "planned", ty=2025, tm=3),
    ],
    events=[event("Panasonic", "delay", "4680 cells",
                  "pushing back mass production of Tesla's 4680 cell format", new_target_year=2024)],
))

A(article(
    "blog-mercedes-factorial-road-test-2025-02-19", "blog", "2025-02-19",
    "https://evcurrent.net/2025/02/19/mercedes-eqs-solid-state-factorial-road-test/",
    "Mercedes puts a solid-state battery on the road in an EQS test car",
    """
Mercedes-Benz has started road testing a modified EQS fitted with lithium-metal solid-state cells from US startup Factorial Energy, making it one of the first major carmakers to drive such a battery on public roads.

The pack was developed with Mercedes-AMG High Performance Powertrains, the company's Formula 1 engine division, and uses a new pneumatic actuator system to keep pressure on the cells as they expand and contract during charging.

Mercedes expects the battery to provide up to 25% more range than a lithium-ion pack of the same size and weight, which would mean more than 1,000 km for the EQS.

Factorial says the cells it supplies for the program reach an energy density of up to 450 Wh/kg. Mercedes says it aims to bring solid-state batteries into series production by the end of the decade.

Factorial also has development agreements with StellantisHyundai and Kia, and Stellantis plans to put a demonstration fleet of Dodge Charger Daytona cars with Factorial cells on the road next year.

EV Current's Take

A road test is not a production car, but it's a lot more than a press release about coin cells.

Factorial has been quieter than QuantumScape, but it has quietly signed up three of the world's biggest carmakers. Mercedes and Stellantis both invested in the startup in 2021.

If the 25% range increase holds, an EQS with the same pack size would go from about 800 km to over 1,000 km on the WLTP cycle, by our math. That kind of range would make a smaller, cheaper pack possible instead.

Series production "by the end of the decade" still leaves plenty of room, though.
""" + blog_footer(EVC, *DW),
    claims=[
        claim("Factorial Energy", "energy_density", 450,
              "reach an energy density of up to 450 Wh/kg", "achieved", qualifier="up_to"),
        claim("Mercedes-Benz", "commercialization", 2030,
              "bring solid-state batteries into series production by the end of the decade",
              "planned", ty=2030),
    ],
    events=[event("Mercedes-Benz", "progress", "solid-state road tests",
                  "started road testing a modified EQS")],
))

A(article(
    "blog-one-gemini-752-miles-2022-12-21", "blog", "2022-12-21",
    "https://evcurrent.net/2022/12/21/our-next-energy-gemini-bmw-ix-752-miles/",
    "Our Next Energy's Gemini battery takes a BMW iX 752 miles on one charge",
    """
Michigan battery startup Our Next Energy (ONE) says a BMW iX fitted with its Gemini dual-chemistry battery drove 752 miles (1,210 km) on a single charge during a test on public roads, roughly twice the range of the standard car.

Gemini pairs two kinds of cells in one pack: LFP cells for everyday driving, and an anode-free cell that acts as a range extender on long trips. ONE says its anode-free cells reach 1,007 Wh/L, which allowed the company to fit the extra energy into the iX's existing battery space.

The test was run at an average speed of about 55 mph, and ONE says it was supervised by an independent observer.

ONE expects to start producing Gemini packs by the end of 2026. In the meantime, its first factory in Van Buren Township, Michigan, will make LFP cells for its Aries battery, which it sells for commercial vehicles and energy storage.

EV Current's Take

The headline number needs context: 55 mph is a gentle pace, and most of the range comes from cramming in more energy rather than from efficiency.

Still, 1,007 Wh/L is a serious figure. The best lithium-ion cells in cars today manage roughly 700 Wh/L.

BMW hasn't said anything about using Gemini in a production car, and the anode-free cell is the kind of technology that has tripped up many startups before. ONE has raised a lot of money and has an experienced team from Apple and Tesla, so this one is worth watching.

If Gemini ever reaches a production car, a 600-mile highway range would remove range anxiety for almost everyone.
""" + blog_footer(EVC, *JB),
    claims=[
        claim("Our Next Energy", "volumetric_density", 1007,
              "its anode-free cells reach 1,007 Wh/L", "achieved"),
        claim("Our Next Energy", "production_start", 2026,
              "start producing Gemini packs by the end of 2026", "planned", ty=2026),
    ],
    events=[event("Our Next Energy", "progress", "gemini battery road test",
                  "drove 752 miles (1,210 km) on a single charge")],
))

A(article(
    "blog-tesla-4680-ramp-2022-12-22", "blog", "2022-12-22",
    "https://evcurrent.net/2022/12/22/tesla-4680-cells-868000-week/",
    "Tesla says 4680 production hit 868,000 cells in a week",
    """
Tesla's cell manufacturing team says it produced 868,000 4680 cells in seven days at Giga Texas, which the company says is enough for about 1,000 Model Y vehicles a week.

The announcement came in a post from Tesla's official account celebrating the team, and it is the first hard production number Tesla has shared for its in-house cell since it started making them.

The 4680 is the larger, tabless cylindrical cell Tesla unveiled at Battery Day in 2020. Tesla currently uses it in some Model Y vehicles built in Texas, and it will be the cell for the upcoming Cybertruck.

EV Current's Take

Let's put 868,000 cells in perspective. Each 4680 cell holds roughly 100 Wh, so a week's production is about 87 MWh. Annualised, that's around 4.5 GWh a year, by our math.

That is real progress: earlier this year Tesla was producing only a few thousand cells a week. But it is still far short of the goals Tesla set at Battery Day, and well below the output of a single large Panasonic or LG line.

Tesla has also not disclosed the scrap rate or the cost of the cells, which are the numbers that really matter for whether the 4680 delivers the savings promised.

One more thing: the "1,000 Model Y a week" figure suggests about 868 cells per car, which fits the structural pack design Tesla showed. We'll be watching for the next update.
""" + blog_footer(EVC, *JB),
    claims=[],  # the company figures are cells per week and cars per week: outside the vocabulary
    events=[event("Tesla", "progress", "4680 cells", "produced 868,000 4680 cells in seven days")],
))

A(article(
    "blog-catl-sodium-ion-2021-07-29", "blog", "2021-07-29",
    "https://evcurrent.net/2021/07/29/catl-first-sodium-ion-battery-160-wh-kg/",
    "CATL unveils its first sodium-ion battery, plans mass production in 2023",
    """
CATL, the world's largest EV battery maker, unveiled its first-generation sodium-ion battery at an online launch event today.

The company says the cells reach an energy density of up to 160 Wh/kg, the highest yet for a sodium-ion battery, and can charge to 80% in 15 minutes at room temperature. They also keep more than 90% of their capacity at minus 20 degrees Celsius, where lithium-ion batteries struggle.

CATL says its next generation of sodium-ion cells will exceed 200 Wh/kg. It plans to start mass production of sodium-ion cells in 2023 and to have a basic industrial supply chain in place by then.

The company also showed an "AB" battery pack concept that mixes sodium-ion and lithium-ion cells in one pack, using the battery management system to balance the two chemistries.

EV Current's Take

Sodium is everywhere, while lithium prices have been climbing fast. A battery that does not need lithium, cobalt or nickel could be a big deal for cheap cars and for grid storage.

The catch is energy density. LFP cells, which are already cheap, typically reach 180 to 200 Wh/kg, so 160 Wh/kg is not going to win any range contests.

But CATL doesn't need sodium-ion to beat LFP on range. It just needs it to be cheaper and better in the cold. With its scale, CATL could make this a real product very quickly.

It also sends a message to lithium producers. If prices keep rising, the biggest buyer in the world now has an alternative.
""" + blog_footer(EVC, *PN),
    claims=[
        claim("CATL", "energy_density", 160, "an energy density of up to 160 Wh/kg", "achieved",
              qualifier="up_to"),
        charge("CATL", 15, "charge to 80% in 15 minutes at room temperature", "achieved",
               soc_high=80),
        claim("CATL", "energy_density", 200, "next generation of sodium-ion cells will exceed 200 Wh/kg",
              "planned", qualifier="over"),
        claim("CATL", "production_start", 2023,
              "start mass production of sodium-ion cells in 2023", "planned", ty=2023),
    ],
))
