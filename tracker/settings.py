"""The one settings loader.

Defaults and help live in `config/tracker.toml` (one table, shipped with the package); this module
only declares each setting's type, so a setting cannot exist without its documentation. Precedence,
lowest first: packaged defaults, the user file named by TRACKER_CONFIG, TRACKER_* variables, then
explicit overrides from the CLI (for example `--db`).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from tracker.errors import ConfigError

ENV_PREFIX = "TRACKER_"


@dataclass(frozen=True)
class SettingDoc:
    name: str
    default: Any
    help: str


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_dir: str
    sqlite_busy_timeout_s: float
    extractor_model: str
    extractor_fallback_model: str
    extract_batch_size: int
    crawl_sources_file: str
    crawl_user_agent: str
    crawl_contact_url: str
    crawl_concurrent_requests: int
    crawl_concurrent_per_domain: int
    crawl_download_delay_s: float
    crawl_autothrottle_target_concurrency: float
    crawl_autothrottle_max_delay_s: float
    crawl_download_timeout_s: float
    crawl_max_page_bytes: int
    crawl_retry_times: int
    crawl_retry_after_max_s: float
    crawl_backoff_base_s: float
    crawl_backoff_max_s: float
    crawl_min_text_chars: int
    crawl_extract_workers: int
    crawl_store_batch_size: int
    crawl_log_level: str
    crawl_redis_url: str
    crawl_redis_key_prefix: str
    crawl_redis_dupefilter_ttl_s: int
    crawl_idle_grace_s: float
    recheck_grace_months: int
    recheck_default_horizon_years: int
    recheck_time: str
    crawl_interval_minutes: int
    scheduler_timezone: str
    scheduler_misfire_grace_hours: float
    scheduler_workers: int
    scheduler_leader_lock_id: int
    scheduler_standby_poll_s: float
    scheduler_shutdown_timeout_s: float

    @property
    def data_path(self) -> Path:
        if self.data_dir:
            return Path(self.data_dir).expanduser()
        from platformdirs import user_data_path

        return user_data_path("battery-tracker", appauthor=False)

    @property
    def database(self) -> str:
        """The URL to connect to: the configured one, or the embedded SQLite file."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_path / 'tracker.db'}"


def setting_docs() -> list[SettingDoc]:
    """Every setting with its default and help, in the order of the table."""
    text = resources.files("config").joinpath("tracker.toml").read_text(encoding="utf-8")
    table = tomllib.loads(text)["settings"]
    return [SettingDoc(name, entry["default"], entry["help"]) for name, entry in table.items()]


def _coerce(name: str, raw: Any, default: Any, origin: str) -> Any:
    if isinstance(raw, str) and not isinstance(default, str):
        text = raw.strip()
        try:
            if isinstance(default, bool):
                if text.lower() in {"1", "true", "yes", "on"}:
                    return True
                if text.lower() in {"0", "false", "no", "off"}:
                    return False
                raise ValueError(text)
            if isinstance(default, int):
                return int(text)
            if isinstance(default, float):
                return float(text)
            if isinstance(default, list):
                return [item.strip() for item in text.split(",") if item.strip()]
        except ValueError:
            kind = type(default).__name__
            raise ConfigError(f"{origin}: {name}={raw!r} is not a valid {kind}") from None
    if isinstance(default, float) and isinstance(raw, int) and not isinstance(raw, bool):
        return float(raw)
    if type(raw) is not type(default):
        kind = type(default).__name__
        raise ConfigError(f"{origin}: {name}={raw!r} should be a {kind}")
    return raw


def load_settings(overrides: dict[str, Any] | None = None) -> Settings:
    docs = {doc.name: doc for doc in setting_docs()}
    fields = {field.name for field in dataclasses.fields(Settings)}
    if fields != set(docs):
        raise ConfigError(f"settings table and Settings disagree on: {sorted(fields ^ set(docs))}")
    values = {name: doc.default for name, doc in docs.items()}

    user_file = os.environ.get(ENV_PREFIX + "CONFIG")
    if user_file:
        path = Path(user_file).expanduser()
        try:
            user = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config file {path}: {exc}") from None
        for name, raw in user.items():
            if name not in docs:
                raise ConfigError(f"{path}: unknown setting {name!r}")
            values[name] = _coerce(name, raw, docs[name].default, str(path))

    for name, doc in docs.items():
        env_name = ENV_PREFIX + name.upper()
        if env_name in os.environ:
            values[name] = _coerce(name, os.environ[env_name], doc.default, env_name)

    for name, raw in (overrides or {}).items():
        if raw is not None:
            values[name] = _coerce(name, raw, docs[name].default, f"--{name}")
    return Settings(**values)


def settings_markdown() -> str:
    """The README's configuration table, generated from the settings table."""
    lines = ["| setting | environment variable | default | what it does |", "|---|---|---|---|"]
    for doc in setting_docs():
        default = f"`{doc.default!r}`" if doc.default != "" else "(empty)"
        lines.append(
            f"| `{doc.name}` | `{ENV_PREFIX}{doc.name.upper()}` | {default} | {doc.help} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(settings_markdown())
