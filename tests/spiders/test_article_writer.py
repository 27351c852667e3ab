"""The crawler's batch writer keeps the exactly-once rules of `save_article` inside one batch.

A batch is decided in memory after one look-up per kind (URLs, hashes, titles), so every rule is
checked here with records that depend on records earlier in the same batch, and the batch's
outcome is compared with saving the same records one transaction at a time.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, select

from models import Article, ArticleAlias, session_scope
from tracker.articles import ArticleRecord, ArticleWriter, Outcome, find_stored, save_article

DAY = datetime(2024, 5, 3, 10, tzinfo=UTC)
TEXT_A = "Solid-state cells reach 450 Wh/kg on a pilot line, the company said on Friday."
TEXT_B = "A sodium-ion plant of 20 GWh will open next year, the carmaker said."
TITLE_A = "Solid-state cells reach 450 Wh/kg on pilot line"


def record(
    url: str, title: str = TITLE_A, text: str = TEXT_A, source: str = "volt"
) -> ArticleRecord:
    return ArticleRecord(url=url, title=title, text=text, published_at=DAY, source=source)


STORED_BEFORE = record("https://volt.example/old-story", "Older story about cathodes", TEXT_B)
BATCH = [
    record("https://volt.example/a"),  # new
    record("https://www.volt.example/a?utm_source=rss"),  # same URL, normalised
    record("https://volt.example/b", "Another headline for it", TEXT_A.upper()),  # same text
    record("https://volt.example/c", TITLE_A.upper() + "!", "Different words entirely here."),
    record("https://volt.example/b"),  # now an alias of a
    record("https://other.example/a", source="other"),  # same text, other source: new
    record("https://volt.example/d", "Cathode story, reworded", "  " + TEXT_B + "  "),  # old twin
    record("https://volt.example/e", "Short", "Unrelated text about grid storage."),  # new
]
EXPECTED = [
    (Outcome.NEW, "https://volt.example/a"),
    (Outcome.SAME_URL, "https://volt.example/a"),
    (Outcome.SAME_STORY, "https://volt.example/a"),
    (Outcome.SAME_STORY, "https://volt.example/a"),
    (Outcome.SAME_URL, "https://volt.example/a"),
    (Outcome.NEW, "https://other.example/a"),
    (Outcome.SAME_STORY, "https://volt.example/old-story"),
    (Outcome.NEW, "https://volt.example/e"),
]


def _state(engine: Engine) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    with session_scope(engine) as session:
        articles = [
            (a.url, a.source) for a in session.scalars(select(Article).order_by(Article.id))
        ]
        aliases = [
            (alias.url, alias.article.url, alias.reason)
            for alias in session.scalars(select(ArticleAlias).order_by(ArticleAlias.url))
        ]
    return articles, aliases


def _fresh(engine: Engine) -> None:
    with session_scope(engine) as session:
        for model in (ArticleAlias, Article):
            for row in session.scalars(select(model)):
                session.delete(row)
    with session_scope(engine) as session:
        save_article(session, STORED_BEFORE)


def test_a_batch_follows_the_rules_article_by_article(engine: Engine) -> None:
    _fresh(engine)
    with session_scope(engine) as session:
        writer = ArticleWriter(session)
        writer.prefetch(BATCH, urls=["https://volt.example/listed", "https://volt.example/b"])
        results = [writer.save(item) for item in BATCH]
        assert writer.link("https://volt.example/listed", results[-1], "listed")
        assert not writer.link("https://volt.example/b", results[-1], "listed")
        writer.flush()
        assert [(r.outcome, r.url) for r in results] == EXPECTED
    batch_state = _state(engine)
    assert batch_state[1] == [
        ("https://volt.example/b", "https://volt.example/a", "same_story"),
        ("https://volt.example/c", "https://volt.example/a", "same_story"),
        ("https://volt.example/d", "https://volt.example/old-story", "same_story"),
        ("https://volt.example/listed", "https://volt.example/e", "listed"),
    ]
    with session_scope(engine) as session:
        found = find_stored(session, "https://www.volt.example/listed#top")
        assert found is not None and found.url == "https://volt.example/e"

    _fresh(engine)
    one_by_one = []
    for item in BATCH:
        with session_scope(engine) as session:
            one_by_one.append(save_article(session, item))
    with session_scope(engine) as session:
        writer = ArticleWriter(session)
        writer.prefetch([], urls=["https://volt.example/listed"])
        writer.link("https://volt.example/listed", one_by_one[-1], "listed")
        writer.flush()
    assert [(r.outcome, r.url) for r in one_by_one] == EXPECTED
    assert _state(engine) == batch_state


def test_refresh_rewrites_changed_text_once_and_moves_the_story_keys(engine: Engine) -> None:
    _fresh(engine)
    changed = record("https://volt.example/old-story", "Older story, updated", TEXT_A)
    twin_of_new_text = record("https://volt.example/f", "Unrelated headline here!", TEXT_A)
    twin_of_old_text = record("https://volt.example/g", "Unrelated headline there", TEXT_B)
    with session_scope(engine) as session:
        writer = ArticleWriter(session, refresh=True)
        batch = [changed, changed, twin_of_new_text, twin_of_old_text]
        writer.prefetch(batch)
        results = [writer.save(item) for item in batch]
        writer.flush()
    assert [r.outcome for r in results] == [
        Outcome.UPDATED,
        Outcome.SAME_URL,  # the second copy finds the text already rewritten
        Outcome.SAME_STORY,  # the rewritten article now carries TEXT_A
        Outcome.NEW,  # nothing carries TEXT_B any more
    ]
    with session_scope(engine) as session:
        article = session.scalars(select(Article).where(Article.url == changed.url)).one()
        assert article.title == "Older story, updated" and article.text == TEXT_A
        assert article.extractor_version is None
