"""The source list (`config/sources.toml`): typed, validated, errors naming the bad entry.

A source is one publisher: its feeds and/or sitemaps plus the rules that decide which of its pages
are worth storing. Spiders are generic (one class per kind of endpoint) and read everything
site-specific from here, so adding a site is a config change, not code.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tracker.errors import ConfigError

SOURCE_KEYS = {
    "name",
    "feeds",
    "sitemaps",
    "allowed_domains",
    "include",
    "exclude",
    "keywords",
    "languages",
    "max_age_days",
    "enabled",
}
DEFAULT_KEYS = {"keywords", "languages", "max_age_days"}
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._:-]{0,99}$")


@dataclass(frozen=True)
class SourceConfig:
    """One publisher. `keywords` empty means every page is relevant; `languages` empty means any."""

    name: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    max_age_days: int = 0
    enabled: bool = True

    @cached_property
    def _include(self) -> list[re.Pattern[str]]:
        return [re.compile(pattern) for pattern in self.include]

    @cached_property
    def _exclude(self) -> list[re.Pattern[str]]:
        return [re.compile(pattern) for pattern in self.exclude]

    def wants_url(self, url: str) -> bool:
        """Whether an article URL from a feed or sitemap belongs to this source's scope."""
        host = (urlsplit(url).hostname or "").lower()
        if self.allowed_domains and not any(
            host == domain or host.endswith("." + domain) for domain in self.allowed_domains
        ):
            return False
        if self._include and not any(p.search(url) for p in self._include):
            return False
        return not any(p.search(url) for p in self._exclude)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SourceConfig:
        values: dict[str, Any] = {
            key: tuple(v) if isinstance(v, list) else v for key, v in data.items()
        }
        return cls(**values)


def packaged_sources_path() -> Path:
    return Path(str(resources.files("config").joinpath("sources.toml")))


@dataclass(frozen=True)
class SourceFile:
    """A parsed sources file: its sources and the [defaults] that `--url` crawls reuse."""

    sources: list[SourceConfig]
    defaults: SourceConfig


def load_sources(path: Path | str | None = None) -> SourceFile:
    """Every source of a sources file (the packaged one by default), validated."""
    path = Path(path) if path else packaged_sources_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read sources file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse_sources(data, str(path))


def parse_sources(data: dict[str, Any], origin: str) -> SourceFile:
    unknown_top = set(data) - {"defaults", "source"}
    if unknown_top:
        raise ConfigError(f"{origin}: unknown table(s) {sorted(unknown_top)}; use [[source]]")
    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict) or set(defaults) - DEFAULT_KEYS:
        raise ConfigError(f"{origin}: [defaults] may only set {sorted(DEFAULT_KEYS)}")
    entries = data.get("source", [])
    if not isinstance(entries, list):
        raise ConfigError(f"{origin}: 'source' must be a list of [[source]] tables")
    sources: list[SourceConfig] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        label = f"{origin}: source #{number}"
        if isinstance(entry, dict) and isinstance(entry.get("name"), str):
            label += f" ({entry['name']})"
        source = _parse_entry(entry, defaults, label)
        if source.name in seen:
            raise ConfigError(f"{label}: name is used by another source")
        seen.add(source.name)
        sources.append(source)
    placeholder = {"name": "defaults", "feeds": ["https://example.invalid/"]}
    return SourceFile(sources, _parse_entry(placeholder, defaults, f"{origin}: [defaults]"))


def _parse_entry(entry: Any, defaults: dict[str, Any], label: str) -> SourceConfig:
    if not isinstance(entry, dict):
        raise ConfigError(f"{label}: must be a table")
    unknown = set(entry) - SOURCE_KEYS
    if unknown:
        raise ConfigError(
            f"{label}: unknown key(s) {sorted(unknown)}; allowed: {sorted(SOURCE_KEYS)}"
        )
    name = entry.get("name")
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise ConfigError(f"{label}: 'name' must be lower-case letters, digits, '.', '-', '_'")
    values = {**defaults, **entry}
    lists = {
        key: _str_list(values.get(key, []), key, label)
        for key in (
            "feeds",
            "sitemaps",
            "allowed_domains",
            "include",
            "exclude",
            "keywords",
            "languages",
        )
    }
    if not lists["feeds"] and not lists["sitemaps"]:
        raise ConfigError(f"{label}: needs at least one URL in 'feeds' or 'sitemaps'")
    for url in lists["feeds"] + lists["sitemaps"]:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ConfigError(f"{label}: {url!r} is not an http(s) URL")
    for pattern in lists["include"] + lists["exclude"]:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"{label}: bad pattern {pattern!r}: {exc}") from None
    max_age = values.get("max_age_days", 0)
    if not isinstance(max_age, int) or isinstance(max_age, bool) or max_age < 0:
        raise ConfigError(f"{label}: 'max_age_days' must be a whole number >= 0")
    enabled = values.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ConfigError(f"{label}: 'enabled' must be true or false")
    domains = lists["allowed_domains"] or _hosts(lists["feeds"] + lists["sitemaps"])
    return SourceConfig(
        name=name,
        feeds=tuple(lists["feeds"]),
        sitemaps=tuple(lists["sitemaps"]),
        allowed_domains=tuple(d.lower().removeprefix("www.") for d in domains),
        include=tuple(lists["include"]),
        exclude=tuple(lists["exclude"]),
        keywords=tuple(lists["keywords"]),
        languages=tuple(code.lower() for code in lists["languages"]),
        max_age_days=max_age,
        enabled=enabled,
    )


def _str_list(value: Any, key: str, label: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{label}: '{key}' must be a list of non-empty strings")
    return [v.strip() for v in value]


def _hosts(urls: list[str]) -> list[str]:
    return sorted({(urlsplit(url).hostname or "").removeprefix("www.") for url in urls})


def select_sources(sources: list[SourceConfig], names: list[str]) -> list[SourceConfig]:
    """The named sources (all enabled ones when no name is given); unknown names are an error."""
    if not names:
        return [source for source in sources if source.enabled]
    by_name = {source.name: source for source in sources}
    missing = [name for name in names if name not in by_name]
    if missing:
        raise ConfigError(
            f"unknown source(s) {', '.join(missing)}; known: {', '.join(sorted(by_name))}"
        )
    return [by_name[name] for name in names]


def adhoc_sources(urls: list[str], defaults: SourceConfig | None = None) -> list[SourceConfig]:
    """Sources for `tracker crawl --url`: one per host, sitemap or feed guessed from the URL."""
    by_host: dict[str, tuple[list[str], list[str]]] = {}
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ConfigError(f"--url {url!r} is not an http(s) URL")
        host = parts.netloc.lower().removeprefix("www.")
        feeds, sitemaps = by_host.setdefault(host, ([], []))
        (sitemaps if looks_like_sitemap(url) else feeds).append(url)
    keywords = defaults.keywords if defaults else ()
    languages = defaults.languages if defaults else ()
    max_age = defaults.max_age_days if defaults else 0
    return [
        SourceConfig(
            name=host,
            feeds=tuple(feeds),
            sitemaps=tuple(sitemaps),
            allowed_domains=((urlsplit("//" + host).hostname or host),),
            keywords=keywords,
            languages=languages,
            max_age_days=max_age,
        )
        for host, (feeds, sitemaps) in by_host.items()
    ]


def looks_like_sitemap(url: str) -> bool:
    path = urlsplit(url).path.lower()
    return "sitemap" in path.rsplit("/", 1)[-1] or path.endswith((".xml.gz", "/sitemap"))
