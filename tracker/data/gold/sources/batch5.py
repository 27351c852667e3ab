"""Gold articles, batch 5: follow-ups (fulfilment) and cost claims."""
from _annot import article, claim, event, inv

ARTICLES = []
A = ARTICLES.append

A(article(
    "wire-panasonic-kansas-opens-2025-07-14", "wire", "2025-07-14",
    "https://www.globalwire-news.com/business/autos/panasonic-kansas-plant-opens-idUSKBN3Y50ZK",
    "Panasonic starts production at Kansas battery plant, months behind first target",
    """
DE SOTO, Kansas, July 14 (Global Wire) - Panasonic Energy began mass production of lithium-ion battery cells at its new plant in De Soto, Kansas, on Monday, completing the $4 billion project it announced in 2022, though a few months later than the end-of-March target it set at the time.

The company said the plant would reach annual capacity of about 32 GWh at full output, slightly more than originally planned, but it has slowed the pace of the ramp-up because Tesla and other customers are buying fewer cells than expected.

Panasonic Energy chief executive Kazuo Tadanobu said the factory would initially run below full capacity and that full output was no longer expected before the end of next year.

Kansas Governor Laura Kelly, who attended the opening ceremony, called the plant the largest economic development project in the state's history.

The De Soto plant makes 2170 cylindrical cells, mostly for Tesla. Panasonic has put plans for a third U.S. plant on hold.

U.S. sales of electric vehicles grew about 6% in the first half of the year, according to research firm Cox Automotive, far below the growth rates of previous years, and the expiry of federal tax credits for consumers at the end of September is expected to weigh on demand.

Shares of Panasonic Holdings rose 1.2% in Tokyo.

(Reporting by Maki Shiraki and Nora Eckert; Editing by David Gregorio)
""",
    claims=[
        claim("Panasonic", "production_start", 2025, "began mass production of lithium-ion battery cells",
              "achieved", ty=2025, tm=7),
        claim("Panasonic", "production_capacity", 32, "reach annual capacity of about 32 GWh at full output",
              "planned", qualifier="about"),
    ],
    events=[
        event("Panasonic", "fulfilment", "kansas plant", "completing the $4 billion project it announced in 2022"),
        event("Panasonic", "delay", "kansas plant full output",
              "full output was no longer expected before the end of next year", new_target_year=2026),
        event("Panasonic", "delay", "third u.s. plant", "has put plans for a third U.S. plant on hold"),
    ],
))

A(article(
    "trade-gm-ultium-2020-03-05", "trade", "2020-03-05",
    "https://www.batteryindustryweekly.com/news/gm-ultium-battery-100-kwh-ev-day",
    "GM's Ultium battery targets cell cost below $100/kWh",
    """
By Martin Kowalski | Battery Industry Weekly

General Motors used its EV Day at the Warren Technical Center on Wednesday to present Ultium, a battery system built around large-format pouch cells that the carmaker says will underpin its next generation of electric vehicles, from compact cars to heavy pickups.

GM said Ultium cells will cost below $100/kWh, thanks to a nickel-cobalt-manganese-aluminium cathode that cuts cobalt content by more than 70% and to economies of scale. Packs will range from 50 to 200 kWh, allowing ranges of up to 400 miles or more on a full charge.

The cells will be made by Ultium Cells LLC, GM's joint venture with LG Chem, at a plant in Lordstown, Ohio, which will have annual capacity of more than 30 GWh. The partners are investing $2.3 billion in the factory, and production is scheduled to start in 2022.

GM said it plans to spend $20 billion on electric and autonomous vehicles between 2020 and 2025, part of which will fund the batteries.

For comparison, average lithium-ion pack prices were $156/kWh last year, according to BloombergNEF, which forecasts that the average will drop close to $100/kWh by 2023.

GM did not say when cell costs would fall below the $100 level, and executives declined to give a timeline beyond saying the first Ultium vehicles would arrive next year.

Analysts at Cowen said the cost target was plausible but depended on cell yields at Lordstown, where LG Chem has limited experience with GM's large pouch format.
""",
    claims=[
        claim("General Motors", "cost", 100, "Ultium cells will cost below $100/kWh", "planned",
              qualifier="up_to"),
        claim("Ultium Cells", "production_capacity", 30, "annual capacity of more than 30 GWh",
              "planned", qualifier="over"),
        inv("Ultium Cells", 2.3e9, "USD", "investing $2.3 billion in the factory", "planned"),
        claim("Ultium Cells", "production_start", 2022, "production is scheduled to start in 2022",
              "planned", ty=2022),
        inv("General Motors", 20e9, "USD",
            "spend $20 billion on electric and autonomous vehicles between 2020 and 2025", "planned",
            ty=2025),
        claim("General Motors", "commercialization", 2021,
              "the first Ultium vehicles would arrive next year", "planned", ty=2021),
    ],
))
