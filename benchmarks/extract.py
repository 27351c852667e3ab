"""Extraction speed against the plain small English pipeline, and gold F1 with/without pre-filter.

Builds a deterministic corpus (seed 4) of >= 1,000 articles by recombining gold-set paragraphs
with filler paragraphs in the register of news copy (context, quotes, market colour; no claims),
then in the same run times (a) the extractor, (b) plain `en_core_web_sm` `nlp.pipe` over every
word. Prints words/s for both, the ratio, and gold F1 with and without the pre-filter.

    PYTHONPATH=. .venv/bin/python benchmarks/extract.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date

from tracker.extraction import Extractor
from tracker.extraction.evaluate import default_gold_path, evaluate, load_gold
from tracker.extraction.pipeline import DEFAULT_MODEL, FALLBACK_MODEL

FILLER = [
    "Analysts have long argued that the economics of battery production depend on scale, and "
    "that the companies able to secure raw materials early will have an advantage over rivals.",
    "The announcement comes as governments on both sides of the Atlantic offer incentives to "
    "build supply chains closer to carmakers, a shift that has reshaped where factories go.",
    "Executives at the event declined to give more detail about customers, saying talks were "
    "continuing and that any agreements would be announced when they are signed.",
    "Shares in the sector were mixed on the day, with investors weighing slowing demand for "
    "electric cars in some markets against strong growth in others.",
    "Battery chemistry remains a contested field, with nickel-rich cathodes favoured for range "
    "and iron phosphate favoured for cost and durability in cheaper models.",
    "Local officials welcomed the project, saying it would bring jobs to a region that has lost "
    "much of its manufacturing base over the past decades.",
    "Critics point out that many announcements in the industry have slipped, and that pilot "
    "lines often take longer than expected to reach consistent quality.",
    "The company did not respond to a request for comment on its financing plans.",
    "Industry groups say permitting and grid connections are now the main bottlenecks for new "
    "plants, rather than technology or demand.",
    "Recycling is expected to play a larger role as the first generation of electric cars "
    "reaches the end of its life, easing pressure on mining.",
    "Engineers caution that results from laboratory cells do not always carry over to large "
    "format cells built on production equipment.",
    "Several carmakers have formed joint ventures with cell makers to share the cost and risk "
    "of building factories, while others prefer long-term supply contracts.",
]


def build_corpus(n_articles: int, seed: int = 4) -> list[tuple[str, date]]:
    rows = load_gold(default_gold_path())
    paragraphs = [
        (p.strip(), date.fromisoformat(r["published"]))
        for r in rows
        for p in r["text"].split("\n\n")
        if p.strip()
    ]
    rng = random.Random(seed)
    corpus = []
    for _ in range(n_articles):
        claim_paras = rng.sample(paragraphs, k=rng.randint(2, 4))
        filler = [rng.choice(FILLER) + " " + rng.choice(FILLER) for _ in range(rng.randint(6, 10))]
        body = [p for p, _ in claim_paras] + filler
        rng.shuffle(body)
        corpus.append(("\n\n".join(body), claim_paras[0][1]))
    return corpus


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    corpus = build_corpus(args.articles)
    n_words = sum(len(text.split()) for text, _ in corpus)
    print(f"corpus: {len(corpus)} articles, {n_words} words")

    extractor = Extractor(batch_size=64)
    _ = extractor.nlp  # load outside the timing, like the plain pipeline below
    start = time.perf_counter()
    n_claims = sum(len(result.claims) for result in extractor.extract_many(corpus))
    ours = n_words / (time.perf_counter() - start)
    stats = extractor.stats
    share = stats["parsed"] / max(1, stats["sentences"])
    print(f"extractor: {ours:,.0f} words/s ({n_claims} claims; {share:.1%} of sentences parsed)")
    tokenized = stats["tokenized"] / max(1, stats["lines"])
    print(f"cheap pass: {tokenized:.1%} of {stats['lines']} lines tokenized (others screened out)")

    import spacy

    plain = None
    for name in (DEFAULT_MODEL, FALLBACK_MODEL):
        try:
            plain = spacy.load(name)
            break
        except OSError:
            continue
    if plain is None:
        print("no plain pipeline installed", file=sys.stderr)
        return 1
    start = time.perf_counter()
    for _doc in plain.pipe((text for text, _ in corpus), batch_size=64):
        pass
    base = n_words / (time.perf_counter() - start)
    print(f"plain {plain.meta['name']}: {base:,.0f} words/s")
    print(f"ratio: {ours / base:.1f}x")

    with_filter = evaluate(None, extractor, prefilter=True).claims.f1
    without = evaluate(None, extractor, prefilter=False).claims.f1
    print(f"gold F1 with pre-filter: {with_filter:.3f}; without: {without:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
