"""Helpers used by the gold-set source files (sources/*.py) to build gold.jsonl.

Stdlib only. The helpers fill in the canonical unit for each metric and convert
non-USD investment amounts with the yearly average rates in validate.RATES, so every
conversion follows the table written down in GUIDELINES.md.
"""

from __future__ import annotations

from validate import RATES, UNITS, sig


def claim(
    company, metric, value, quote, stance, qualifier=None, low=None, high=None, ty=None, tm=None
):
    if metric in ("investment", "charge_time"):
        raise ValueError(f"use inv() / charge() for {metric}")
    return _base(company, metric, value, quote, stance, qualifier, low, high, ty, tm)


def _base(company, metric, value, quote, stance, qualifier, low, high, ty, tm):
    return {
        "company": company,
        "metric": metric,
        "value": value,
        "unit": UNITS[metric],
        "qualifier": qualifier,
        "low": low,
        "high": high,
        "target_year": ty,
        "target_month": tm,
        "stance": stance,
        "quote": quote,
    }


def inv(
    company,
    original_value,
    currency,
    quote,
    stance,
    rate_year=None,
    usd=None,
    qualifier=None,
    ty=None,
    tm=None,
):
    """Investment claim. usd=<figure printed in the article> wins; otherwise convert
    original_value with RATES[rate_year][currency] (USD per unit), rate_year being the
    publication year (filled in by build.py when None)."""
    c = _base(company, "investment", None, quote, stance, qualifier, None, None, ty, tm)
    c["original_value"] = original_value
    c["original_currency"] = currency
    if currency == "USD":
        c["value"] = original_value
        c["usd_source"] = "article"
    elif usd is not None:
        c["value"] = usd
        c["usd_source"] = "article"
    else:
        c["value"] = None  # filled by finish()
        c["usd_source"] = "converted"
        c["_rate_year"] = rate_year
    return c


def charge(
    company, minutes, quote, stance, soc_low=None, soc_high=None, qualifier=None, ty=None, tm=None
):
    c = _base(company, "charge_time", minutes, quote, stance, qualifier, None, None, ty, tm)
    c["soc_low"] = soc_low
    c["soc_high"] = soc_high
    return c


def event(company, kind, topic, quote, new_target_year=None):
    return {
        "company": company,
        "kind": kind,
        "topic": topic,
        "new_target_year": new_target_year,
        "quote": quote,
    }


def article(id, style, published, url, title, text, claims=(), events=()):
    return {
        "id": id,
        "style": style,
        "published": published,
        "url": url,
        "title": title,
        "text": text,
        "claims": list(claims),
        "events": list(events),
    }


def finish(a):
    """Normalise text and fill converted investment values."""
    paras = [" ".join(p.split()) for p in a["text"].strip().split("\n\n")]
    a["text"] = "\n\n".join(p for p in paras if p)
    year = int(a["published"][:4])
    for c in a["claims"]:
        if c["metric"] == "investment" and c["usd_source"] == "converted":
            ry = c.pop("_rate_year", None) or year
            c["value"] = sig(c["original_value"] * RATES[ry][c["original_currency"]])
    return a
