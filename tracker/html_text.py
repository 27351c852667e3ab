"""HTML to article text and metadata with trafilatura and htmldate.

Both the ingest command (articles given as HTML) and the spiders use this, so boilerplate
(navigation, disclosures, bios, cookie banners) is removed the same way everywhere. The page is
parsed once with lxml: structured metadata (JSON-LD, Open Graph and article meta tags,
rel=canonical, the lang attribute) is read first because publishers maintain it for search
engines and it carries the publication time with its zone; htmldate's heuristics are the
fallback when it is missing, as they are slower and give only a day.
"""

from __future__ import annotations

import copy
import json
import re
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from lxml import etree
from lxml import html as lxml_html

# Paragraphs that survive generic extraction on news sites but are never article content.
BOILERPLATE_LINES = re.compile(
    r"^(FTC:|Disclosure:)|income earning .{0,20}affiliate links|affiliate links?\b.{0,40}"
    r"(commission|earn)|subscribe to (our|the) .{0,30}newsletter|sign up (for|to) (our|the) "
    r".{0,30}newsletter|we use cookies|accept (all )?cookies|follow us on (twitter|x|facebook|"
    r"linkedin|youtube)|share this (article|story)|related (articles|stories|posts):?$",
    re.IGNORECASE,
)
BOILERPLATE_MAX_CHARS = 400  # a long paragraph that mentions cookies is probably an article
DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)
TITLE_META = ("og:title", "twitter:title", "dc.title", "headline")
AUTHOR_META = ("author", "article:author", "parsely-author", "dc.creator", "sailthru.author")
TITLE_SUFFIX = re.compile(r"\s+[|\-–—:]\s+[^|\-–—:]{2,40}$")  # " | Site Name"
ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "report"}
_LOCAL = threading.local()
_OPTIONS: Any = None


@dataclass(frozen=True)
class PageContent:
    text: str
    title: str | None
    author: str | None
    published: datetime | None
    language: str | None
    canonical_url: str | None = None
    date_source: str | None = None  # "json-ld", "meta", "htmldate", "trafilatura"


def html_to_text(html: str, url: str | None = None) -> str:
    return extract_page(html, url).text


def extract_page(html: str, url: str | None = None) -> PageContent:
    """Main text and metadata of one article page; never raises on bad HTML (returns empty)."""
    import trafilatura

    try:
        tree = lxml_html.fromstring(html, parser=_parser())
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return PageContent("", None, None, None, None)
    meta = _meta_tags(tree)
    ld = _json_ld_article(tree)
    published, date_source = _structured_date(ld, meta)
    canonical = _canonical(tree)
    language = _language(tree, meta)
    if published is None:
        published, date_source = _htmldate(tree, url)
    title = _ld_text(ld, "headline") or _first(meta, TITLE_META) or _page_title(tree)
    author = _ld_author(ld) or _first(meta, AUTHOR_META) or _byline(tree)

    document: Any = trafilatura.bare_extraction(tree, options=_trafilatura_options(url))
    text = strip_boilerplate(document.text or "") if document is not None else ""
    return PageContent(
        text=text,
        title=title,
        author=author,
        published=published,
        language=language,
        canonical_url=canonical,
        date_source=date_source,
    )


def _parser() -> Any:
    """An HTML parser whose elements are all `HtmlElement`s: lxml.html's own parser calls a
    Python method for every element trafilatura touches (to give forms and inputs their own
    classes), a tenth of the extraction time. Parsers are not shared between threads."""
    parser = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = _LOCAL.parser = etree.HTMLParser()
        parser.set_element_class_lookup(
            etree.ElementDefaultClassLookup(
                element=lxml_html.HtmlElement,
                comment=lxml_html.HtmlComment,
                pi=lxml_html.HtmlProcessingInstruction,
                entity=lxml_html.HtmlEntity,
            )
        )
    return parser


def _trafilatura_options(url: str | None) -> Any:
    """trafilatura's settings for one page, copied from one built per process (building them
    reads its configuration file each time)."""
    global _OPTIONS
    from trafilatura.settings import Extractor

    if _OPTIONS is None:
        _OPTIONS = Extractor(
            output_format="python",
            fast=True,
            comments=False,
            tables=False,
            with_metadata=False,  # metadata is read above; trafilatura's would double the cost
            dedup=False,
        )
    options = copy.copy(_OPTIONS)
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


def strip_boilerplate(text: str) -> str:
    """Drop short paragraphs that are disclosures, prompts or banners, keep everything else."""
    kept = [
        line
        for line in text.strip().splitlines()
        if not (len(line) <= BOILERPLATE_MAX_CHARS and BOILERPLATE_LINES.search(line.strip()))
    ]
    return "\n".join(kept).strip()


def _meta_tags(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        value = element.get("content")
        if key and value and key.lower() not in found:
            found[key.lower()] = value.strip()
    for element in tree.iter("time"):  # <time itemprop="datePublished" datetime="...">
        if (element.get("itemprop") or "").lower() == "datepublished" and element.get("datetime"):
            found.setdefault("datepublished", element.get("datetime").strip())
    return found


def _json_ld_article(tree: Any) -> dict[str, Any]:
    """The first JSON-LD object whose @type is an article kind (inside @graph or lists too)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kinds = item.get("@type", [])
                kinds = [kinds] if isinstance(kinds, str) else kinds
                if any(str(kind).lower() in ARTICLE_TYPES for kind in kinds):
                    return item
                stack.extend(value for value in item.values() if isinstance(value, list | dict))
    return {}


def _ld_text(ld: dict[str, Any], key: str) -> str | None:
    value = ld.get(key)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _ld_author(ld: dict[str, Any]) -> str | None:
    author = ld.get("author")
    if isinstance(author, list):
        names = [a.get("name") if isinstance(a, dict) else a for a in author]
        joined = ", ".join(str(name) for name in names if name)
        return joined or None
    if isinstance(author, dict):
        return author.get("name")
    return author if isinstance(author, str) else None


def _structured_date(
    ld: dict[str, Any], meta: dict[str, str]
) -> tuple[datetime | None, str | None]:
    moment = parse_datetime(_ld_text(ld, "datePublished"))
    if moment is not None:
        return moment, "json-ld"
    for key in DATE_META:
        moment = parse_datetime(meta.get(key))
        if moment is not None:
            return moment, "meta"
    return None, None


def _htmldate(tree: Any, url: str | None) -> tuple[datetime | None, str | None]:
    from htmldate import find_date

    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=True)
    except Exception:  # htmldate raises assorted errors on odd markup; a date is optional
        return None, None
    if _year_only(found):
        # htmldate falls back to a bare year (often the footer's copyright line) and reports it
        # as 1 January; a wrong day is worse than none, since the feed's date is used instead.
        return None, None
    moment = parse_datetime(found)
    return (moment, "htmldate") if moment else (None, None)


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = meta.get(key)
        if value and not value.startswith(("http://", "https://")):
            return value
    return None


def _page_title(tree: Any) -> str | None:
    """The first <h1>, else <title> without a trailing " | Site Name"."""
    for element in tree.iter("h1"):
        text = " ".join(element.text_content().split())
        if text:
            return text
    for element in tree.iter("title"):
        text = " ".join(element.text_content().split())
        if text:
            return TITLE_SUFFIX.sub("", text)
    return None


def _byline(tree: Any) -> str | None:
    """A visible "By Jane Doe" line or a rel=author link."""
    for element in tree.xpath(
        '//*[@rel="author" or @class[contains(., "byline") or contains(., "author-name")]]'
    )[:3]:
        text = " ".join(element.text_content().split())
        text = re.sub(r"^(by|von|par)\s+", "", text, flags=re.IGNORECASE)
        if 2 < len(text) <= 80:
            return text
    return None


def _year_only(found: str | None) -> bool:
    return bool(found) and str(found)[:10].endswith("-01-01")


def _canonical(tree: Any) -> str | None:
    for element in tree.iter("link"):
        if "canonical" in (element.get("rel") or "").lower().split() and element.get("href"):
            return str(element.get("href")).strip()
    return None


def _language(tree: Any, meta: dict[str, str]) -> str | None:
    raw = tree.get("lang") or meta.get("og:locale") or meta.get("content-language")
    if not raw:
        return None
    code = re.split(r"[-_]", raw.strip())[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def parse_datetime(value: str | None) -> datetime | None:
    """ISO date or datetime to an aware UTC datetime; a bare day means midnight UTC."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        if len(text) == 10:
            return day_to_datetime(date.fromisoformat(text))
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            return day_to_datetime(date.fromisoformat(text[:10]))
        except ValueError:
            return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def day_to_datetime(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)
