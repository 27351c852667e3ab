"""The cheap pass's shortcuts never change what it finds.

* The line screen (`CompanyFinder.may_mention`) accepts every line in which the matchers find a
  company, so lines it rejects are not tokenized.
* The literal gates (`literals.RegexGate`) admit every text their pattern matches in.

Both are checked against the real tokenizer and matchers on the gold set, the seed article,
the tokenizer's special cases, and generated text; the end-to-end equality of the extractor
with and without the pre-filter is in test_seed.py.
"""

from __future__ import annotations

import random
import re
import string
from datetime import date
from typing import Any

import pytest

from tracker.extraction import cues, quantities
from tracker.extraction.companies import LEGAL_FORMS, SUFFIXES
from tracker.extraction.literals import RegexGate, _parser, required_literals

_POOL = string.printable[:-5] + "’‘“”–—€£¥©®°±·•…⁻¹²−×éüßİıſK"


def _gold_texts() -> list[tuple[str, date]]:
    from tracker.extraction.evaluate import default_gold_path, load_gold

    return [(r["text"], date.fromisoformat(r["published"])) for r in load_gold(default_gold_path())]


def _lines(texts: list[str]) -> list[str]:
    return [line for text in texts for line in text.split("\n") if line.strip()]


# -- the line screen ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cheap(extractor):  # type: ignore[no-untyped-def]
    _ = extractor.nlp  # loads the pipeline and builds the cheap pass
    return extractor._cheap


def _relevant_to_suffix_patterns(token: Any) -> bool:
    return (token.lower_ in SUFFIXES and token.is_title) or token.text in LEGAL_FORMS


def _check_line(finder: Any, tokenizer: Any, line: str) -> bool:
    """The screen's premises on one line; returns whether the matchers found a company."""
    plain = tokenizer(line)
    doc = finder.split_glued(tokenizer(line))
    found = finder.find(doc)
    if found:
        assert finder.may_mention(line), line
    if len(doc) != len(plain):
        return bool(found)  # glued names are aliases: the alias screen answers for them
    # each premise the suffix screen rests on, token by token
    stripped = line.lstrip()
    shift = len(line) - len(stripped)
    for token in doc:
        if _relevant_to_suffix_patterns(token) and token.idx > shift:
            assert finder._screen_suffix.match(stripped, token.idx - shift), (line, token.text)
    return bool(found)


def test_screen_accepts_every_gold_and_seed_line_with_a_company(cheap, seed_text):  # type: ignore[no-untyped-def]
    finder, tokenizer = cheap.finder, cheap.nlp.tokenizer
    lines = _lines([text for text, _ in _gold_texts()] + [seed_text])
    with_company = sum(_check_line(finder, tokenizer, line) for line in lines)
    rejected = sum(not finder.may_mention(line) for line in lines)
    assert with_company > 200 and rejected > 30  # neither side of the test is empty


def test_screen_accepts_every_alias_and_suffix_form(cheap):  # type: ignore[no-untyped-def]
    finder, tokenizer = cheap.finder, cheap.nlp.tokenizer
    lines = []
    for company in finder.gazetteer:
        for alias in company.all_names:
            for form in (alias, alias.lower(), alias.upper(), alias.replace(" ", "  ")):
                lines += [f"{form} said", f"Shares of {form}'s unit rose.", f"(“{form}”)"]
            lines.append(f"Ze{alias}Group")
    lines += [
        "ToyotaFiskerHyundaiBMW, and others all have big plans.",
        "Zentro Battery Technologies said it will build a plant.",
        "Acme Power Co. and ACME Energy Corp. and Foo (Bar) Energy and Ultium Cells LLC.",
        "Volta Energy's cells; Tianmu Lithium Industries, the Foo-Bar Materials Inc. unit",
        "Several carmakers, Battery makers and Power companies said so.",
    ]
    assert sum(_check_line(finder, tokenizer, line) for line in lines) > len(lines) // 2


def test_tokenizer_never_ends_a_suffix_word_before_a_lower_case_letter(cheap):  # type: ignore[no-untyped-def]
    """The premise behind `(?![a-z])`: the tokenizer splits a word before a lower-case letter
    only in its special cases, and none of those yields a suffix word or legal form there."""
    finder, tokenizer = cheap.finder, cheap.nlp.tokenizer
    for special in tokenizer.rules:
        _check_line(finder, tokenizer, f"Acme {special} Acme{special}x")
    words = sorted({w.capitalize() for w in SUFFIXES} | set(LEGAL_FORMS))
    before = "( “\"'‘-–/.,:;$€#@&*+0Aa"
    for word in words:
        for left in before:
            for right in string.ascii_lowercase:
                _check_line(finder, tokenizer, f"Acme {left}{word}{right}yz")


def test_suffix_words_have_one_title_case_spelling() -> None:
    """A token with LOWER in SUFFIXES and IS_TITLE is spelled `word.capitalize()`: no other
    character lower-cases to an ASCII letter of a suffix word (the Kelvin sign gives 'k')."""
    preimages: dict[str, set[str]] = {}
    for code in range(0x110000):
        ch = chr(code)
        low = ch.lower()
        if len(low) == 1 and low.isascii():
            preimages.setdefault(low, set()).add(ch)
    for word in SUFFIXES:
        for position, char in enumerate(word):
            others = preimages.get(char, {char}) - {char, char.upper()}
            assert not others, (word, position, others)


def test_cheap_pass_is_the_same_with_and_without_the_screen(cheap, seed_text):  # type: ignore[no-untyped-def]
    from benchmarks.extract import build_corpus

    texts = [*_gold_texts(), (seed_text, date(2018, 11, 20)), *build_corpus(150)]
    stats: dict[str, int] = {}
    with cheap.nlp.memory_zone():
        for text, published in texts:
            fast = cheap.sentences(text, published, stats=stats)
            full = cheap.sentences(text, published, screen=False)
            assert fast == full
    assert stats["tokenized"] < stats["lines"]


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
