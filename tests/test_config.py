"""Settings: defaults, TOML file, environment overrides; a bad config names the key and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from packstation.cli import main
from packstation.config import ConfigError, load_settings


def _toml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_put_a_sqlite_file_in_the_user_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # platformdirs follows XDG on Linux
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    settings = load_settings(None, environ={})
    assert settings.db_url == f"sqlite:///{tmp_path / 'data' / 'packstation' / 'packstation.db'}"
    assert settings.station == "BENCH-01" and settings.language == "en"


def test_file_then_environment(tmp_path: Path) -> None:
    path = _toml(
        tmp_path, 'station = "BENCH-07"\nlanguage = "nb"\nlabel_dpi = 300\ndb_url = "sqlite:////srv/ps/file.db"\n'
    )
    settings = load_settings(path, environ={})
    assert (settings.station, settings.language, settings.label_dpi) == ("BENCH-07", "nb", 300)
    env = {"PACKSTATION_DB_URL": "postgresql+psycopg://ps@db.local/ps", "PACKSTATION_STATION": "BENCH-09"}
    settings = load_settings(path, environ=env)
    assert settings.db_url == "postgresql+psycopg://ps@db.local/ps" and settings.station == "BENCH-09"
    assert settings.language == "nb"  # the file still counts where the environment says nothing


def test_a_station_table_is_accepted(tmp_path: Path) -> None:
    assert load_settings(_toml(tmp_path, '[station]\nstation = "BENCH-03"\n'), environ={}).station == "BENCH-03"


@pytest.mark.parametrize(
    ("text", "env", "expected"),
    [
        ('label_dpi = "fast"\n', {}, "'label_dpi' must be a whole number"),
        ("label_dpi = 600\n", {}, "'label_dpi' must be 203 or 300"),
        ('language = "de"\n', {}, "'language' must be one of en, nb, pl, fi"),
        ('sounds = "loud"\n', {}, "'sounds' must be true or false"),
        ('stationn = "B"\n', {}, "unknown key 'stationn'"),
        ('db_url = "mysql://x"\n', {}, "'db_url' must be a sqlite:/// or postgresql+psycopg:// URL"),
        ('station = ""\n', {}, "'station' must not be empty"),
        ('station = "B\n', {}, "not valid TOML"),
        ("", {"PACKSTATION_DB_URL": "oracle://x"}, "environment PACKSTATION_DB_URL: 'db_url' must be a sqlite:///"),
    ],
)
def test_a_bad_config_names_the_key(tmp_path: Path, text: str, env: dict[str, str], expected: str) -> None:
    path = _toml(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_settings(path, environ=env)
    message = str(caught.value)
    assert expected in message
    assert (str(path) in message) is not bool(env)  # the environment's mistake is not blamed on the file


def test_a_missing_explicit_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings(tmp_path / "nope.toml", environ={})


def test_the_command_reports_a_bad_config_and_fails(tmp_path: Path) -> None:
    path = _toml(tmp_path, 'label_format = "png"\n')
    result = CliRunner().invoke(main, ["--config", str(path), "db", "upgrade"])
    assert result.exit_code != 0
    assert "bad configuration" in result.output and "'label_format' must be pdf or zpl" in result.output


def test_a_config_error_names_its_real_source(tmp_path: Path) -> None:
    """Issue 17 part 6: a bad environment variable is blamed on it, not on a config file that does not exist."""
    missing = tmp_path / "nowhere" / "config.toml"
    with pytest.raises(ConfigError) as caught:
        load_settings(None, environ={"PACKSTATION_LANGUAGE": "xx", "XDG_CONFIG_HOME": str(missing.parent)})
    assert str(caught.value).startswith("environment PACKSTATION_LANGUAGE: 'language' must be one of")
    assert "config.toml" not in str(caught.value)


def test_a_config_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b'station = "BENCH-\xd8"\n')
    with pytest.raises(ConfigError, match=r"config.toml: not UTF-8 text"):
        load_settings(path, environ={})


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_an_in_memory_database_is_refused(tmp_path: Path, url: str) -> None:
    with pytest.raises(ConfigError, match="in-memory database that keeps nothing"):
        load_settings(_toml(tmp_path, f'db_url = "{url}"\n'), environ={})
