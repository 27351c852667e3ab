"""Literal gates for regular expressions: a necessary condition checked before a costly search.

Large patterns of alternatives (the cue patterns, boilerplate, units) are tried by Python's
regex engine at every position of the text, which costs more than everything else in the cheap
pass. `RegexGate(pattern)` works out from the pattern's parse tree a few literal strings of which
every match must contain at least one ("production" or "manufacturing", "wh" or "watt", ...) and
runs the search only when one of them is in the text: `in` on a string is a plain substring scan.
The condition is derived from the pattern, never written by hand, so a pattern edited in cues.py
stays covered; a pattern whose matches need no fixed text gets no gate and is always searched.

Case-insensitive patterns are checked against `text.lower()`. The engine also folds three
characters whose `lower()` is not the ASCII letter they match (U+0130 and U+0131 as "i", U+017F
as "s"); a text holding one of them is always searched (tested over all code points).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

try:  # the stdlib's own regex parser: private, so a Python without it just gets no gates
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - present in CPython 3.11 to 3.14
    _parser = None

_LIMIT = 32  # the most alternatives an exact set may hold before it is summarised
_LOOP = 8  # up to this many literals are tested one by one, more through one trie regex
_EXOTIC = re.compile("[\u0130\u0131\u017f]")
_EMPTY = frozenset({""})
_NEVER = re.compile(r"(?!)")
_GAP = r"\s*"  # trie key between the words of a phrase

Strings = frozenset[str]
# (every string the node can match, if few; strings one of which each match contains)
Info = tuple[Strings | None, Strings | None]


class RegexGate:
    """`pattern.search` behind a literal test; `literals` is None when no test is possible."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.fold = bool(pattern.flags & re.IGNORECASE)
        self.literals = required_literals(pattern)
        self._any: re.Pattern[str] | None = None
        if self.literals is not None and len(self.literals) > _LOOP:
            self._any = phrase_regex([[literal] for literal in self.literals])

    def admits(self, text: str, lowered: str | None = None) -> bool:
        """False only if `pattern` cannot match anywhere in `text` (`lowered`: `text.lower()`,
        when the caller has it)."""
        literals = self.literals
        if literals is None:
            return True
        haystack = text
        if self.fold:
            if not text.isascii() and _EXOTIC.search(text):
                return True
            haystack = text.lower() if lowered is None else lowered
        if self._any is not None:
            return self._any.search(haystack) is not None
        return any(literal in haystack for literal in literals)

    def search(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        """`pattern.search(text)`, skipped when the literals rule a match out."""
        return self.pattern.search(text) if self.admits(text, lowered) else None


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains (lower-cased if the pattern
    ignores case), or None when no such set is known."""
    fold = bool(pattern.flags & re.IGNORECASE)
    if _parser is None:
        return None
    try:
        _, required = _Analyzer(fold).sequence(_parser.parse(pattern.pattern, pattern.flags))
    except (AttributeError, TypeError, ValueError):  # a parse tree of another shape: no gate
        return None
    if required is None or "" in required:
        return None
    return tuple(sorted(required, key=lambda s: (-len(s), s)))


class _Analyzer:
    def __init__(self, fold: bool) -> None:
        self.fold = fold

    def char(self, code: int) -> str | None:
        """The character as the gate compares it, or None if folding makes that unsafe."""
        ch = chr(code)
        if not self.fold or ch.isascii():
            return ch.lower() if self.fold else ch
        # a cased non-ASCII letter may match characters lower() does not map onto it
        return ch if ch.lower() == ch == ch.upper() else None

    def sequence(self, items: Any) -> Info:
        found: list[Strings] = []
        run: Strings = _EMPTY  # exact strings of the current stretch of fixed items
        exact = True
        for op, av in items:
            item_exact, item_required = self.item(op, av)
            if item_exact is not None and len(run) * len(item_exact) <= _LIMIT:
                run = frozenset(a + b for a in run for b in item_exact)
                continue
            exact = False
            if "" not in run:
                found.append(run)
            if item_exact is None:
                if item_required is not None:
                    found.append(item_required)
                run = _EMPTY
            else:
                run = item_exact
        if "" not in run:
            found.append(run)
        return (run if exact else None), _best(found)

    def item(self, op: Any, av: Any) -> Info:
        p = _parser
        if op is p.LITERAL:
            ch = self.char(av)
            return (None, None) if ch is None else (frozenset({ch}), frozenset({ch}))
        if op is p.IN:
            chars = self.charset(av)
            return chars, chars
        if op is p.BRANCH:
            infos = [self.sequence(alternative) for alternative in av[1]]
            exacts = [e for e, _ in infos if e is not None]
            exact = frozenset().union(*exacts) if len(exacts) == len(infos) else None
            needs = [r for _, r in infos if r is not None]
            union = frozenset().union(*needs) if len(needs) == len(infos) else None
            if exact is not None and len(exact) > _LIMIT:
                exact = None
            return exact, union
        if op is p.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            return (None, None) if add_flags or del_flags else self.sequence(sub)
        if op is p.ATOMIC_GROUP:
            return self.sequence(av)
        if op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT):
            low, high, sub = av
            exact, required = self.sequence(sub)
            if low == 0:
                if high == 1 and exact is not None:
                    return exact | _EMPTY, None
                return None, None
            if exact is not None and low == high and len(exact) ** low <= _LIMIT:
                power = _EMPTY
                for _ in range(low):
                    power = frozenset(a + b for a in power for b in exact)
                return power, power
            return None, required
        if op in (p.AT, p.ASSERT, p.ASSERT_NOT):
            return _EMPTY, None  # zero width: neutral in a sequence
        return None, None  # any character, a category, a back-reference, ...

    def charset(self, items: Any) -> Strings | None:
        chars: set[str] = set()
        for op, av in items:
            if op is _parser.LITERAL:
                codes = [av]
            elif op is _parser.RANGE and av[1] - av[0] < _LIMIT:
                codes = list(range(av[0], av[1] + 1))
            else:
                return None  # negated set, category, large range
            for code in codes:
                ch = self.char(code)
                if ch is None:
                    return None
                chars.add(ch)
        return frozenset(chars) if 0 < len(chars) <= _LIMIT else None


def _best(candidates: list[Strings]) -> Strings | None:
    """The most selective of several valid conditions: longest shortest string, then fewest;
    a string containing another of the set adds nothing and is dropped."""
    usable = [c for c in candidates if c and "" not in c]
    if not usable:
        return None
    best = max(usable, key=lambda c: (min(map(len, c)), -len(c)))
    return frozenset(s for s in best if not any(o != s and o in s for o in best))


def phrase_regex(phrases: list[list[str]]) -> re.Pattern[str]:
    """A regex for any of the phrases, each a list of words joined by optional whitespace, as a
    trie so that each position costs one branch per character rather than one per phrase."""
    trie: dict[str, Any] = {}
    for words in phrases:
        node = trie
        for index, word in enumerate(words):
            if index:
                node = node.setdefault(_GAP, {})
            for char in word:
                node = node.setdefault(char, {})
        node[""] = {}
    if not trie:
        return _NEVER
    return re.compile(_trie_pattern(trie))


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = []
    for key in sorted(k for k in node if k):
        if key == _GAP:
            piece = _GAP
        elif key in "σς":
            piece = "[σς]"  # str.lower() picks the final form by context, a token's by itself
        else:
            piece = re.escape(key)
        branches.append(piece + _trie_pattern(node[key]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
