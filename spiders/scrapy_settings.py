"""Scrapy settings derived from the tracker's settings table (the only place values come from)."""

from __future__ import annotations

from typing import Any

from tracker.settings import Settings

RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]


def user_agent(settings: Settings) -> str:
    contact = settings.crawl_contact_url.strip()
    return f"{settings.crawl_user_agent} (+{contact})" if contact else settings.crawl_user_agent


def scrapy_settings(settings: Settings, database_url: str, *, refresh: bool) -> dict[str, Any]:
    throttle = settings.crawl_autothrottle_target_concurrency
    values: dict[str, Any] = {
        "BOT_NAME": "battery-claims-tracker",
        "USER_AGENT": user_agent(settings),
        "ROBOTSTXT_OBEY": True,
        "ROBOTSTXT_USER_AGENT": settings.crawl_user_agent,
        "CONCURRENT_REQUESTS": settings.crawl_concurrent_requests,
        "CONCURRENT_REQUESTS_PER_DOMAIN": settings.crawl_concurrent_per_domain,
        "DOWNLOAD_DELAY": settings.crawl_download_delay_s,
        "AUTOTHROTTLE_ENABLED": throttle > 0,
        "AUTOTHROTTLE_START_DELAY": max(settings.crawl_download_delay_s, 0.1),
        "AUTOTHROTTLE_MAX_DELAY": settings.crawl_autothrottle_max_delay_s,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": throttle if throttle > 0 else 1.0,
        "DOWNLOAD_TIMEOUT": settings.crawl_download_timeout_s,
        "DOWNLOAD_MAXSIZE": settings.crawl_max_page_bytes,
        "DOWNLOAD_WARNSIZE": settings.crawl_max_page_bytes // 2,
        "RETRY_ENABLED": settings.crawl_retry_times > 0,
        "RETRY_TIMES": settings.crawl_retry_times,
        "RETRY_HTTP_CODES": RETRY_HTTP_CODES,
        "COOKIES_ENABLED": False,
        "HTTPCACHE_ENABLED": False,  # a hidden cache is how "no new articles" bugs start
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,  # Scrapy 2.19 opens a control HTTP port by default
        "LOG_LEVEL": settings.crawl_log_level.upper(),
        "LOGSTATS_INTERVAL": 0,
        "SCRAPER_SLOT_MAX_ACTIVE_SIZE": 20_000_000,
        # Scrapy starts this many tasks for every response's output; an article page yields
        # one item, and 100 (the default) tasks per page cost the reactor more than the page.
        "CONCURRENT_ITEMS": 4,
        "DOWNLOADER_MIDDLEWARES": {
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "spiders.middleware.RetryAfterMiddleware": 550,
            "spiders.middleware.BlockedSiteMiddleware": 560,
        },
        "ITEM_PIPELINES": {"spiders.pipeline.StoragePipeline": 300},
        "EXTENSIONS": {"spiders.progress.ProgressReporter": 500},
        "TRACKER_DATABASE_URL": database_url,
        "TRACKER_REFRESH": refresh,
        "TRACKER_MIN_TEXT_CHARS": settings.crawl_min_text_chars,
        "TRACKER_EXTRACT_WORKERS": settings.crawl_extract_workers,
        "TRACKER_STORE_BATCH_SIZE": settings.crawl_store_batch_size,
        "TRACKER_RETRY_AFTER_MAX_S": settings.crawl_retry_after_max_s,
        "TRACKER_BACKOFF_BASE_S": settings.crawl_backoff_base_s,
        "TRACKER_BACKOFF_MAX_S": settings.crawl_backoff_max_s,
        "TRACKER_IDLE_GRACE_S": settings.crawl_idle_grace_s,
    }
    if settings.crawl_redis_url:
        from spiders.frontier import redis_settings  # imports the Redis client: only when used

        extra = redis_settings(
            settings.crawl_redis_url,
            settings.crawl_redis_key_prefix,
            settings.crawl_redis_dupefilter_ttl_s,
        )
        values["EXTENSIONS"] = {**values["EXTENSIONS"], **extra.pop("EXTENSIONS")}
        values.update(extra)
    return values
