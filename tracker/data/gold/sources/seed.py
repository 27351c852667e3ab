"""The seed article (Electrek, 2018-11-20), annotated exactly as issue 4 requires."""
import os

from _annot import article, claim, event, inv

with open(os.path.join(os.path.dirname(__file__), "seed.txt"), encoding="utf-8") as _fh:
    _TEXT = _fh.read()

ARTICLES = [article(
    "seed-electrek-2018-11-20", "blog", "2018-11-20",
    "https://electrek.co/2018/11/20/china-solid-state-battery-production/",
    "China starts solid-state battery production, pushing energy density higher",
    _TEXT,
    claims=[
        claim("Qing Tao", "production_capacity", 0.1,
              "has a capacity of 100 MWh per year", "achieved"),
        claim("Qing Tao", "production_capacity", 0.7,
              "plan to ramp it up to 700 MWh by 2020", "planned", ty=2020),
        claim("Qing Tao", "energy_density", 400,
              "achieved an energy density of \u201cover 400 Wh/kg\u201d", "achieved",
              qualifier="over"),
        inv("Qing Tao", 1e9, "CNY", "invested 1 billion yuan (144 million U.S. dollars)",
            "achieved", usd=144e6),
        claim("Qing Tao", "production_start", 2018,
              "claims to have deployed the first solid-state battery production line",
              "achieved", ty=2018),
    ],
    # Toyota/Fisker/Hyundai/BMW "production from supposedly this year to 2030" is left out:
    # the sentence gives no company-specific target (see GUIDELINES.md, seed article).
    events=[event("Bosch", "abandonment", "solid-state", "gave up on it earlier this year")],
)]
