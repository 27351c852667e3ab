"""The one settings table: documented, typed, overridable."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.conftest import REPO
from tracker.errors import ConfigError
from tracker.settings import Settings, load_settings, setting_docs


def test_every_setting_has_a_type_default_and_help() -> None:
    docs = setting_docs()
    assert {doc.name for doc in docs} == {field.name for field in dataclasses.fields(Settings)}
    for doc in docs:
        assert doc.help.strip(), f"{doc.name} has no help"


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [doc.name for doc in setting_docs() if f"`{doc.name}`" not in readme]
    assert not missing, f"add these settings to the README configuration table: {missing}"


def test_environment_overrides_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_EXTRACT_BATCH_SIZE", "8")
    monkeypatch.setenv("TRACKER_SQLITE_BUSY_TIMEOUT_S", "2.5")
    settings = load_settings()
    assert settings.extract_batch_size == 8
    assert settings.sqlite_busy_timeout_s == 2.5


def test_user_file_then_environment_then_flags(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    user = tmp_path / "tracker.toml"
    user.write_text('extract_batch_size = 16\ndatabase_url = "sqlite:///from-file.db"\n')
    monkeypatch.setenv("TRACKER_CONFIG", str(user))
    assert load_settings().extract_batch_size == 16
    monkeypatch.setenv("TRACKER_DATABASE_URL", "sqlite:///from-env.db")
    assert load_settings().database == "sqlite:///from-env.db"
    assert load_settings({"database_url": "sqlite:///flag.db"}).database == "sqlite:///flag.db"


def test_bad_values_name_the_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRACKER_EXTRACT_BATCH_SIZE", "many")
    with pytest.raises(
        ConfigError,
        match="TRACKER_EXTRACT_BATCH_SIZE: extract_batch_size='many' is not a valid int",
    ):
        load_settings()
    monkeypatch.delenv("TRACKER_EXTRACT_BATCH_SIZE")
    user = tmp_path / "bad.toml"
    user.write_text("no_such_setting = 1\n")
    monkeypatch.setenv("TRACKER_CONFIG", str(user))
    with pytest.raises(ConfigError, match="unknown setting 'no_such_setting'"):
        load_settings()


def test_default_database_is_sqlite_in_data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("TRACKER_DATABASE_URL", raising=False)
    monkeypatch.setenv("TRACKER_DATA_DIR", str(tmp_path))
    assert load_settings().database == f"sqlite:///{tmp_path / 'tracker.db'}"
