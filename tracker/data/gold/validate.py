#!/usr/bin/env python3
"""Validate the extraction gold set (tracker/data/gold/gold.jsonl).

Stdlib only. Run from the repository root:

    python tracker/data/gold/validate.py [PATH_TO_GOLD_JSONL]

Checks every line against the schema and rules in GUIDELINES.md: vocabularies, canonical
units, qualifier/range fields, target years, investment conversion, quotes that are exact
(and unique) substrings of the text, dates, word counts, per-style counts, at least 10
articles without claims, every company listed in companies_used.txt, and the seed article's
required annotation. Exits 1 and lists every problem if anything fails.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

STYLES = ("wire", "blog", "trade", "press_release")
MIN_PER_STYLE = 10
MIN_ARTICLES = 55
MIN_NO_CLAIM = 10
WORDS_MIN, WORDS_MAX = 150, 700

UNITS = {
    "energy_density": "Wh/kg",
    "volumetric_density": "Wh/L",
    "production_capacity": "GWh/year",
    "production_start": "year",
    "commercialization": "year",
    "investment": "USD",
    "cycle_life": "cycles",
    "charge_time": "minutes",
    "cost": "USD/kWh",
}
STANCES = ("planned", "achieved")
QUALIFIERS = ("over", "up_to", "about", "range", None)
EVENT_KINDS = ("abandonment", "delay", "progress", "fulfilment")
YEAR_METRICS = ("production_start", "commercialization")

CLAIM_KEYS = [
    "company",
    "metric",
    "value",
    "unit",
    "qualifier",
    "low",
    "high",
    "target_year",
    "target_month",
    "stance",
    "quote",
]
EXTRA_KEYS = {
    "investment": ["original_value", "original_currency", "usd_source"],
    "charge_time": ["soc_low", "soc_high"],
}
EVENT_KEYS = ["company", "kind", "topic", "new_target_year", "quote"]
ARTICLE_KEYS = ["id", "style", "published", "url", "title", "text", "claims", "events"]

# Yearly average exchange rates as quoted in the market (see GUIDELINES.md, section 6).
# EUR and GBP: USD per 1 unit. CNY, KRW, JPY, SEK: units per 1 USD.
# 2026 has no full-year average yet: the 2025 figure is used provisionally.
_QUOTED = {
    #      EUR    GBP    CNY    KRW     JPY    SEK
    2015: (1.110, 1.528, 6.227, 1131.5, 121.0, 8.43),
    2016: (1.107, 1.355, 6.644, 1160.5, 108.8, 8.56),
    2017: (1.130, 1.289, 6.752, 1130.5, 112.2, 8.55),
    2018: (1.181, 1.335, 6.616, 1100.3, 110.4, 8.69),
    2019: (1.120, 1.277, 6.908, 1165.7, 109.0, 9.46),
    2020: (1.142, 1.284, 6.900, 1180.1, 106.8, 9.21),
    2021: (1.183, 1.375, 6.449, 1144.4, 109.8, 8.58),
    2022: (1.053, 1.237, 6.730, 1291.9, 131.5, 10.11),
    2023: (1.081, 1.244, 7.084, 1305.4, 140.5, 10.61),
    2024: (1.082, 1.278, 7.190, 1364.0, 151.4, 10.57),
    2025: (1.130, 1.320, 7.180, 1420.0, 150.0, 9.85),
}
_QUOTED[2026] = _QUOTED[2025]
CURRENCIES = ("EUR", "GBP", "CNY", "KRW", "JPY", "SEK")
RATES = {}  # RATES[year][currency] = USD per 1 unit of currency
for _y, _row in _QUOTED.items():
    eur, gbp, cny, krw, jpy, sek = _row
    RATES[_y] = {
        "USD": 1.0,
        "EUR": eur,
        "GBP": gbp,
        "CNY": 1 / cny,
        "KRW": 1 / krw,
        "JPY": 1 / jpy,
        "SEK": 1 / sek,
    }

SEED_ID = "seed-electrek-2018-11-20"
SEED_CLAIMS = {  # (company, metric, value, qualifier, target_year, stance)
    ("Qing Tao", "production_capacity", 0.1, None, None, "achieved"),
    ("Qing Tao", "production_capacity", 0.7, None, 2020, "planned"),
    ("Qing Tao", "energy_density", 400, "over", None, "achieved"),
    ("Qing Tao", "investment", 144e6, None, None, "achieved"),
    ("Qing Tao", "production_start", 2018, None, 2018, "achieved"),
}


def sig(x, digits=4):
    """Round x to `digits` significant figures (used for converted USD amounts)."""
    if x == 0:
        return 0
    r = round(x, -math.floor(math.log10(abs(x))) + digits - 1)
    return int(r) if r == int(r) else r


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def load_companies(path):
    canon = {}
    if not os.path.exists(path):
        return canon
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split("|")]
            canon[parts[0]] = parts[1:]
    return canon


def check_claim(c, art, pub, where, errs):
    m = c.get("metric")
    if m not in UNITS:
        errs.append(f"{where}: metric {m!r} not in vocabulary")
        return
    want = CLAIM_KEYS + EXTRA_KEYS.get(m, [])
    if sorted(c) != sorted(want):
        errs.append(f"{where}: keys {sorted(c)} != expected {sorted(want)}")
        return
    if c["unit"] != UNITS[m]:
        errs.append(f"{where}: unit {c['unit']!r} should be {UNITS[m]!r}")
    if not is_num(c["value"]) or c["value"] <= 0:
        errs.append(f"{where}: value must be a positive number, got {c['value']!r}")
    if c["stance"] not in STANCES:
        errs.append(f"{where}: stance {c['stance']!r}")
    q = c["qualifier"]
    if q not in QUALIFIERS:
        errs.append(f"{where}: qualifier {q!r}")
    if q == "range":
        if not (is_num(c["low"]) and is_num(c["high"]) and c["low"] < c["high"]):
            errs.append(f"{where}: range needs numeric low < high")
        elif c["value"] != c["high"]:
            errs.append(f"{where}: for a range, value must equal high")
    elif c["low"] is not None or c["high"] is not None:
        errs.append(f"{where}: low/high only with qualifier 'range'")
    ty, tm = c["target_year"], c["target_month"]
    if ty is not None and (not isinstance(ty, int) or not 2000 <= ty <= 2050):
        errs.append(f"{where}: target_year {ty!r}")
    if tm is not None and (not isinstance(tm, int) or not 1 <= tm <= 12 or ty is None):
        errs.append(f"{where}: target_month {tm!r} (1-12, and only with target_year)")
    if m in YEAR_METRICS:
        if ty is None or c["value"] != ty:
            errs.append(f"{where}: {m} needs value == target_year")
        if c["stance"] == "achieved" and ty is not None and ty > pub.year:
            errs.append(f"{where}: achieved {m} in the future ({ty})")
    elif c["stance"] == "achieved" and ty is not None:
        errs.append(f"{where}: achieved {m} must have target_year null")
    if c["stance"] == "planned" and ty is not None and ty < pub.year:
        errs.append(f"{where}: planned target {ty} before publication year {pub.year}")
    if m == "investment":
        cur = c["original_currency"]
        if cur not in (*CURRENCIES, "USD"):
            errs.append(f"{where}: original_currency {cur!r}")
        elif not is_num(c["original_value"]):
            errs.append(f"{where}: original_value must be a number")
        elif c["usd_source"] == "converted":
            exp = c["original_value"] * RATES[pub.year][cur]
            if abs(c["value"] - exp) / exp > 0.005:
                errs.append(
                    f"{where}: converted value {c['value']} != {exp:.4g} ({cur} {pub.year} rate)"
                )
        elif c["usd_source"] == "article":
            if cur == "USD" and c["value"] != c["original_value"]:
                errs.append(f"{where}: USD original must equal value")
        else:
            errs.append(f"{where}: usd_source must be 'article' or 'converted'")
    if m == "charge_time":
        lo, hi = c["soc_low"], c["soc_high"]
        for s in (lo, hi):
            if s is not None and (not isinstance(s, int) or not 0 <= s <= 100):
                errs.append(f"{where}: soc value {s!r}")
        if lo is not None and hi is not None and lo >= hi:
            errs.append(f"{where}: soc_low must be < soc_high")


def check_quote(quote, text, where, errs):
    if not isinstance(quote, str) or not quote:
        errs.append(f"{where}: empty quote")
        return
    n = text.count(quote)
    if n == 0:
        errs.append(f"{where}: quote not an exact substring: {quote!r}")
    elif n > 1:
        errs.append(f"{where}: quote occurs {n} times (must be unique): {quote!r}")


def validate(path):
    errs, warns = [], []
    companies = load_companies(os.path.join(HERE, "companies_used.txt"))
    if not companies:
        errs.append("companies_used.txt missing or empty")
    arts, ids = [], set()
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                errs.append(f"line {ln}: blank line")
                continue
            try:
                a = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"line {ln}: invalid JSON ({e})")
                continue
            arts.append((ln, a))
    for ln, a in arts:
        w = f"line {ln} ({a.get('id', '?')})"
        if not isinstance(a, dict) or sorted(a) != sorted(ARTICLE_KEYS):
            errs.append(f"{w}: keys {sorted(a) if isinstance(a, dict) else a!r} != {ARTICLE_KEYS}")
            continue
        if a["id"] in ids:
            errs.append(f"{w}: duplicate id")
        ids.add(a["id"])
        if a["style"] not in STYLES:
            errs.append(f"{w}: style {a['style']!r}")
        try:
            pub = dt.date.fromisoformat(a["published"])
            if not dt.date(2015, 1, 1) <= pub <= dt.date(2026, 12, 31):
                errs.append(f"{w}: published {pub} outside 2015-2026")
        except (TypeError, ValueError):
            errs.append(f"{w}: published {a['published']!r} is not YYYY-MM-DD")
            continue
        if not re.match(r"^https?://[^\s/]+\.[^\s/]+/\S*$", a["url"] or ""):
            errs.append(f"{w}: url {a['url']!r}")
        if not a["title"].strip():
            errs.append(f"{w}: empty title")
        text = a["text"]
        nw = len(text.split())
        if not WORDS_MIN <= nw <= WORDS_MAX:
            errs.append(f"{w}: {nw} words, expected {WORDS_MIN}-{WORDS_MAX}")
        if "\n\n\n" in text or text != text.strip():
            errs.append(f"{w}: paragraphs must be separated by exactly one blank line")
        for i, c in enumerate(a["claims"]):
            cw = f"{w} claim {i}"
            if not isinstance(c, dict):
                errs.append(f"{cw}: not an object")
                continue
            check_claim(c, a, pub, cw, errs)
            if "quote" in c:
                check_quote(c["quote"], text, cw, errs)
            if c.get("company") not in companies:
                errs.append(
                    f"{cw}: company {c.get('company')!r} not a canonical name in companies_used.txt"
                )
        seen = collections.Counter(
            (
                c.get("company"),
                c.get("metric"),
                c.get("value"),
                c.get("target_year"),
                c.get("stance"),
            )
            for c in a["claims"]
        )
        for k, n in seen.items():
            if n > 1:
                warns.append(f"{w}: claim {k} recorded {n} times")
        for i, e in enumerate(a["events"]):
            ew = f"{w} event {i}"
            if not isinstance(e, dict) or sorted(e) != sorted(EVENT_KEYS):
                errs.append(
                    f"{ew}: keys {sorted(e) if isinstance(e, dict) else e!r} != {EVENT_KEYS}"
                )
                continue
            if e["kind"] not in EVENT_KINDS:
                errs.append(f"{ew}: kind {e['kind']!r}")
            if not e["topic"] or e["topic"] != e["topic"].lower() or len(e["topic"].split()) > 5:
                errs.append(f"{ew}: topic must be a short lowercase noun phrase: {e['topic']!r}")
            nty = e["new_target_year"]
            if e["kind"] != "delay" and nty is not None:
                errs.append(f"{ew}: new_target_year only for delay")
            if nty is not None and (not isinstance(nty, int) or nty < pub.year):
                errs.append(f"{ew}: new_target_year {nty!r}")
            if e["company"] not in companies:
                errs.append(f"{ew}: company {e['company']!r} not in companies_used.txt")
            check_quote(e["quote"], text, ew, errs)

    styles = collections.Counter(a["style"] for _, a in arts if isinstance(a, dict))
    metrics = collections.Counter(c.get("metric") for _, a in arts for c in a.get("claims", []))
    kinds = collections.Counter(e.get("kind") for _, a in arts for e in a.get("events", []))
    no_claim = sum(1 for _, a in arts if a.get("claims") == [])
    if len(arts) < MIN_ARTICLES:
        errs.append(f"{len(arts)} articles, need at least {MIN_ARTICLES}")
    for s in STYLES:
        if styles[s] < MIN_PER_STYLE:
            errs.append(f"style {s}: {styles[s]} articles, need at least {MIN_PER_STYLE}")
    if no_claim < MIN_NO_CLAIM:
        errs.append(f"{no_claim} articles without claims, need at least {MIN_NO_CLAIM}")

    seed = [a for _, a in arts if a.get("id") == SEED_ID]
    if len(seed) != 1:
        errs.append(f"seed article {SEED_ID} missing")
    else:
        got = {
            (c["company"], c["metric"], c["value"], c["qualifier"], c["target_year"], c["stance"])
            for c in seed[0]["claims"]
        }
        if got != SEED_CLAIMS or len(seed[0]["claims"]) != len(SEED_CLAIMS):
            errs.append(
                "seed claims differ from issue 4: "
                f"missing {SEED_CLAIMS - got}, extra {got - SEED_CLAIMS}"
            )
        inv = [c for c in seed[0]["claims"] if c["metric"] == "investment"]
        if inv and (inv[0]["original_value"], inv[0]["original_currency"]) != (1e9, "CNY"):
            errs.append("seed investment must keep original 1e9 CNY")
        if [(e["company"], e["kind"]) for e in seed[0]["events"]] != [("Bosch", "abandonment")]:
            errs.append("seed events must be exactly one Bosch abandonment")

    print(
        f"{path}: {len(arts)} articles, {sum(metrics.values())} claims, "
        f"{sum(kinds.values())} events, {no_claim} articles without claims"
    )
    print("  per style:  " + ", ".join(f"{s}={styles[s]}" for s in STYLES))
    print("  per metric: " + ", ".join(f"{m}={metrics[m]}" for m in UNITS))
    print("  events:     " + ", ".join(f"{k}={kinds[k]}" for k in EVENT_KINDS))
    for x in warns:
        print("WARNING:", x)
    for x in errs:
        print("ERROR:", x)
    print("FAIL" if errs else "OK")
    return not errs


if __name__ == "__main__":
    p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "gold.jsonl")
    sys.exit(0 if validate(p) else 1)
