"""The battery-industry company gazetteer (`config/companies.toml`) as frozen value objects.

Stdlib only on purpose: the CLI imports this to resolve user-typed company names, and it must not
pull in spaCy. The extractor builds its PhraseMatcher from the same objects, so a name the CLI
resolves is a name the extractor finds.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from tracker.textnorm import name_key

KINDS = frozenset({"cell_maker", "startup", "carmaker", "supplier", "materials", "other"})


class GazetteerError(ValueError):
    """The gazetteer file is malformed; the message names the entry and the bad value."""


@dataclass(frozen=True)
class GazetteerCompany:
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise GazetteerError("company with an empty name")
        if self.kind not in KINDS:
            allowed = ", ".join(sorted(KINDS))
            raise GazetteerError(f"company {self.name!r}: kind {self.kind!r}; allowed: {allowed}")

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Gazetteer:
    companies: tuple[GazetteerCompany, ...]
    ignored: frozenset[str] = frozenset()  # name keys of non-companies (outlets, universities)
    _by_key: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for company in self.companies:
            for alias in company.all_names:
                key = name_key(alias)
                other = self._by_key.get(key)
                if other is not None and other != company.name:
                    raise GazetteerError(
                        f"alias {alias!r} is given for {other!r} and {company.name!r}"
                    )
                self._by_key[key] = company.name

    def __iter__(self) -> Iterator[GazetteerCompany]:
        return iter(self.companies)

    def __len__(self) -> int:
        return len(self.companies)

    def resolve(self, name: str) -> str | None:
        """Canonical name for any alias, ignoring case, accents and punctuation; None if unknown."""
        key = name_key(name.replace("\u2019", "'").removesuffix("'s").removesuffix("'"))
        if key in self._by_key:
            return self._by_key[key]
        # Possessive or trailing legal form the alias list does not spell out ("Qing Tao Energy's").
        for suffix in (" s", " co", " ltd", " inc", " corp", " limited", " co ltd"):
            if key.endswith(suffix) and key[: -len(suffix)] in self._by_key:
                return self._by_key[key[: -len(suffix)]]
        return None

    def is_ignored(self, name: str) -> bool:
        return name_key(name) in self.ignored

    def get(self, canonical: str) -> GazetteerCompany | None:
        for company in self.companies:
            if company.name == canonical:
                return company
        return None


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Read the gazetteer; default is the packaged `config/companies.toml`."""
    if path is None:
        return _default_gazetteer()
    return _parse(Path(path).read_text(encoding="utf-8"), str(path))


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    text = resources.files("config").joinpath("companies.toml").read_text(encoding="utf-8")
    return _parse(text, "config/companies.toml")


def _parse(text: str, where: str) -> Gazetteer:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise GazetteerError(f"{where}: {exc}") from exc
    companies = []
    for entry in data.get("company", []):
        try:
            companies.append(
                GazetteerCompany(
                    name=entry["name"],
                    aliases=tuple(entry.get("aliases", ())),
                    kind=entry.get("kind", "other"),
                    country=entry.get("country"),
                )
            )
        except KeyError as exc:
            raise GazetteerError(
                f"{where}: company entry without {exc.args[0]!r}: {entry}"
            ) from exc
    ignored = frozenset(name_key(n) for n in data.get("ignore", {}).get("names", ()))
    return Gazetteer(tuple(companies), ignored)


def resolve(name: str, gazetteer: Gazetteer | None = None) -> str | None:
    """Canonical company name for `name` in the (default) gazetteer, or None."""
    return (gazetteer or load_gazetteer()).resolve(name)
