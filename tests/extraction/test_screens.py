"""The literal gates (`literals.RegexGate`) admit every text their pattern matches in, so the
cheap pass's regex searches they skip could not have matched.

Checked on the gold set, the seed article and text generated from each pattern's parse tree.
"""

from __future__ import annotations

import random
import re
import string
from datetime import date
from typing import Any

import pytest

from tracker.extraction import cues, quantities
from tracker.extraction.literals import RegexGate, _parser, required_literals

_POOL = string.printable[:-5] + "’‘“”–—€£¥©®°±·•…⁻¹²−×éüßİıſK"


def _gold_texts() -> list[tuple[str, date]]:
    from tracker.extraction.evaluate import default_gold_path, load_gold

    return [(r["text"], date.fromisoformat(r["published"])) for r in load_gold(default_gold_path())]


def _lines(texts: list[str]) -> list[str]:
    return [line for text in texts for line in text.split("\n") if line.strip()]


# -- the literal gates -------------------------------------------------------------------------


def _patterns() -> list[re.Pattern[str]]:
    found = [p for module in (cues, quantities) for p in vars(module).values()
             if isinstance(p, re.Pattern)]  # fmt: skip
    found += [p for _, p in cues.EVENT_PATTERNS] + [p for _, p in quantities._PATTERNS]
    return list(dict.fromkeys(found))


def _sample(items: Any, rng: random.Random, fold: bool) -> str:
    return "".join(_sample_item(op, av, rng, fold) for op, av in items)


def _sample_item(op: Any, av: Any, rng: random.Random, fold: bool) -> str:
    p = _parser
    if op is p.LITERAL:
        ch = chr(av)
        if fold and rng.random() < 0.3:
            ch = {"i": rng.choice("Iıİ"), "s": "ſ", "k": "K"}.get(ch, ch.swapcase())
        return ch
    if op is p.NOT_LITERAL or op is p.ANY:
        return rng.choice("a -7.é")
    if op is p.IN:
        for _ in range(50):
            ch = rng.choice(_POOL + "      0123456789")
            if re.fullmatch(_set_source(av), ch, re.IGNORECASE if fold else 0):
                return ch
        return "a"
    if op is p.BRANCH:
        return _sample(rng.choice(av[1]), rng, fold)
    if op is p.SUBPATTERN:
        return _sample(av[3], rng, fold)
    if op is p.ATOMIC_GROUP:
        return _sample(av, rng, fold)
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT):
        low, high, sub = av
        return "".join(_sample(sub, rng, fold) for _ in range(rng.randint(low, min(high, low + 2))))
    if op is p.ASSERT and av[0] == 1:
        return _sample(av[1], rng, fold)  # what a lookahead wants to see next
    return ""  # other assertions are left to the final search


def _set_source(items: Any) -> str:
    p, parts, negate = _parser, [], ""
    for op, av in items:
        if op is p.NEGATE:
            negate = "^"
        elif op is p.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is p.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is p.CATEGORY:
            parts.append({"DIGIT": r"\d", "SPACE": r"\s", "WORD": r"\w"}.get(
                str(av).split("_")[-1], r"\W" if "NOT_WORD" in str(av) else r"\S"))  # fmt: skip
    return f"[{negate}{''.join(parts)}]"


def test_gates_admit_every_generated_match() -> None:
    rng = random.Random(7)
    gated = 0
    for pattern in _patterns():
        gate = RegexGate(pattern)
        if gate.literals is None:
            continue
        gated += 1
        tree = _parser.parse(pattern.pattern, pattern.flags)
        fold = bool(pattern.flags & re.IGNORECASE)
        matched = 0
        for _ in range(1000):
            sample = _sample(tree, rng, fold)
            context = rng.choice(["The ", "x", "42 ", "“"]) + sample
            context += rng.choice([".", " and more", "s", "”"])
            for text in (sample, context):
                if pattern.search(text):
                    matched += 1
                    assert gate.admits(text), (pattern.pattern[:60], text)
        assert matched > 100, pattern.pattern[:60]
    assert gated >= 15


def test_gates_agree_with_search_on_gold_sentences(seed_text) -> None:  # type: ignore[no-untyped-def]
    from tracker.extraction.prefilter import split_sentences

    lines = _lines([text for text, _ in _gold_texts()] + [seed_text])
    texts = lines + [line[b:e] for line in lines for b, e in split_sentences(line)]
    for pattern in _patterns():
        gate = RegexGate(pattern)
        for text in texts:
            assert bool(gate.search(text)) == bool(pattern.search(text)), (pattern.pattern, text)


@pytest.mark.parametrize(
    ("source", "flags", "expected"),
    [
        (r"\bmass production\b", re.I, ("mass production",)),
        (r"(?:start|begin)s?\s+(?:mass\s+)?production", 0, ("production",)),
        (r"\d+\s*(?:GWh|MWh)", 0, ("GWh", "MWh")),
        (r"\d+\s*(?:GWh|MWh)", re.I, ("gwh", "mwh")),
        (r"a?b?", 0, None),  # matches the empty string
        (r"\d{4}", 0, None),
        (r"(?i:abc)", 0, None),  # scoped flags: no gate
        (r"x(?=abc)", 0, ("x",)),  # what an assertion looks at is not required
        (r"[Ss]ee", 0, ("See", "see")),
        (r"é", re.I, None),  # a cased non-ASCII letter under IGNORECASE
        (r"café", re.I, ("caf",)),
        (r"©|\(c\)", re.I, ("(c)", "©")),
    ],
)
def test_required_literals(source: str, flags: int, expected: tuple[str, ...] | None) -> None:
    assert required_literals(re.compile(source, flags)) == expected


def test_ignorecase_folds_outside_lower_are_covered() -> None:
    """Every character the engine matches to an ASCII letter under IGNORECASE lower-cases to
    that letter, except the three the gate always sends to the full search."""
    letters = re.compile("[a-z]", re.IGNORECASE)
    exotic = {chr(code) for code in range(0x80, 0x110000) if letters.fullmatch(chr(code))}
    assert {ch for ch in exotic if not ch.lower().isascii()} == {"\u0130", "\u0131", "\u017f"}
    # caseless non-ASCII literals (quotes, symbols) match only themselves
    used = {ch for p in _patterns() for lit in (RegexGate(p).literals or ()) for ch in lit}
    caseless = sorted(ch for ch in used if not ch.isascii())
    assert caseless, "expected quotes or symbols among the literals"
    pattern = re.compile("[" + "".join(map(re.escape, caseless)) + "]", re.IGNORECASE)
    matched = {chr(code) for code in range(0x110000) if pattern.fullmatch(chr(code))}
    assert matched == set(caseless)
