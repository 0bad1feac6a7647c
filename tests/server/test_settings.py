"""Settings come from the environment, are validated at start and generate their secrets."""

from __future__ import annotations

import base64
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from server.settings import SettingsError, load_settings


def env_for(tmp_path: Path, **values: str) -> dict[str, str]:
    env = {"COMPANION_DATA_DIR": str(tmp_path / "var")}
    env.update({f"COMPANION_{key}": value for key, value in values.items()})
    return env


def test_defaults_are_the_embedded_setup(tmp_path):
    settings = load_settings(env_for(tmp_path))
    assert settings.database_url == f"sqlite:///{tmp_path / 'var' / 'companion.db'}"
    assert (settings.host, settings.port) == ("127.0.0.1", 8000)
    assert settings.base_url == "http://127.0.0.1:8000"
    assert settings.cookie_secure is True
    assert settings.session_cookie == "__Host-session" and settings.csrf_cookie == "__Host-csrf"
    assert settings.api_docs is False
    assert settings.trusted_proxies == ()
    assert settings.client_idle_timeout > settings.staff_idle_timeout


def test_api_docs_default_depends_on_the_command(tmp_path):
    assert load_settings(env_for(tmp_path), api_docs_default=True).api_docs is True
    assert load_settings(env_for(tmp_path, API_DOCS="0"), api_docs_default=True).api_docs is False


def test_secrets_are_generated_once_into_a_private_data_dir(tmp_path):
    first = load_settings(env_for(tmp_path))
    data_dir = tmp_path / "var"
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for name in ("secret_key", "vapid_private.pem"):
        assert stat.S_IMODE((data_dir / name).stat().st_mode) == 0o600
    second = load_settings(env_for(tmp_path))
    assert second.secret_key == first.secret_key
    assert second.vapid_private_key_pem == first.vapid_private_key_pem
    assert (
        len(base64.urlsafe_b64decode(first.vapid_public_key + "=")) == 65
    )  # uncompressed P-256 point


def test_missing_secrets_are_an_error_when_not_creating(tmp_path):
    with pytest.raises(SettingsError, match="^COMPANION_SECRET_KEY: not set"):
        load_settings(env_for(tmp_path), create_secrets=False)


def test_secrets_may_come_from_files(tmp_path):
    secret_file = tmp_path / "secret"
    secret_file.write_text("s" * 40 + "\n")
    raw = (
        ec.generate_private_key(ec.SECP256R1()).private_numbers().private_value.to_bytes(32, "big")
    )
    settings = load_settings(
        env_for(
            tmp_path,
            SECRET_KEY_FILE=str(secret_file),
            VAPID_PRIVATE_KEY=base64.urlsafe_b64encode(raw).rstrip(b"=").decode(),
        )
    )
    assert settings.secret_key == "s" * 40
    assert settings.vapid_private_key_pem.startswith(b"-----BEGIN PRIVATE KEY-----")


@pytest.mark.parametrize(
    ("variable", "value", "complaint"),
    [
        ("PORT", "eighty", "whole number from 1 to 65535"),
        ("PORT", "70000", "whole number from 1 to 65535"),
        ("API_DOCS", "maybe", "must be one of"),
        ("COOKIE_SECURE", "2", "must be one of"),
        ("DATABASE_URL", "mysql://db/companion", "sqlite:///"),
        ("DATABASE_URL", "sqlite:///:memory:", "sqlite:///"),
        ("BASE_URL", "ftp://example.org", "http:// or https://"),
        ("CLIENT_IDLE_TIMEOUT", "5 weeks", "positive duration"),
        ("STAFF_ABSOLUTE_TIMEOUT", "0", "positive duration"),
        ("STAFF_IDLE_TIMEOUT", "13h", "must not exceed"),
        ("PUSH_ALLOWED_HOSTS", "http://push.example.com", "only allowed for a loopback"),
        ("PUSH_ALLOWED_HOSTS", "not a host!", "is not a host name"),
        ("VAPID_PRIVATE_KEY", "not-a-key", "P-256 private key"),
        ("VAPID_SUBJECT", "admin@example.org", "mailto:"),
        ("SECRET_KEY", "short", "at least 32 characters"),
        ("SECRET_KEY_FILE", "/nonexistent/secret", "cannot read"),
        ("TRUSTED_PROXIES", "10.0.0.0/8,bogus", "IP addresses or networks"),
        ("HASH_CONCURRENCY", "0", "at least 1"),
        ("DB_POOL_SIZE", "none", "at least 1"),
        ("LOG_LEVEL", "LOUD", "DEBUG, INFO"),
        ("DEMO_PASSWORD", "short", "at least 10 characters"),
    ],
)
def test_a_bad_value_is_one_line_naming_the_variable(tmp_path, variable, value, complaint):
    with pytest.raises(SettingsError) as raised:
        load_settings(env_for(tmp_path, **{variable: value}))
    message = str(raised.value)
    assert message.startswith(f"COMPANION_{variable}")
    assert complaint in message
    assert "\n" not in message


def test_setting_a_secret_twice_is_refused(tmp_path):
    (tmp_path / "s").write_text("s" * 40)
    with pytest.raises(SettingsError, match="either it or COMPANION_SECRET_KEY_FILE"):
        load_settings(env_for(tmp_path, SECRET_KEY="k" * 40, SECRET_KEY_FILE=str(tmp_path / "s")))


def test_push_allow_list_admits_known_hosts_and_loopback_origins(tmp_path):
    settings = load_settings(
        env_for(tmp_path, PUSH_ALLOWED_HOSTS="*.push.apple.com,http://127.0.0.1:9911")
    )
    wildcard, loopback = settings.push_allowed_hosts
    assert wildcard.admits("https", "web.push.apple.com", 443)
    assert not wildcard.admits("https", "push.apple.com.evil.example", 443)
    assert not wildcard.admits("http", "web.push.apple.com", 443)
    assert loopback.admits("http", "127.0.0.1", 9911)
    assert not loopback.admits("http", "127.0.0.1", 9912)


def test_the_cli_reports_a_bad_value_in_one_line_and_exits_non_zero(tmp_path):
    env = {**os.environ, **env_for(tmp_path, PORT="eighty")}
    result = subprocess.run(
        [sys.executable, "-m", "server", "migrate"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "companion: COMPANION_PORT: must be a whole number from 1 to 65535 (got 'eighty')"
    ]
    assert "Traceback" not in result.stderr
