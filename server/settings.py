"""One frozen Settings object, read once from the environment and validated at start.

Every variable is named in README.md. A bad value raises SettingsError whose message is a
single line naming the variable, so the CLI can print it and exit non-zero.
"""

from __future__ import annotations

import base64
import ipaddress
import os
import re
import secrets
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Callable, Mapping
from urllib.parse import urlsplit

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

PREFIX = "COMPANION_"
DEFAULT_PUSH_HOSTS = (
    "fcm.googleapis.com,updates.push.services.mozilla.com,web.push.apple.com,"
    "*.push.apple.com,*.notify.windows.com"
)
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}
_DURATION = re.compile(r"^(\d+)\s*([smhd]?)$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
# Apart from COMPANION_DATA_DIR: a backup's key must not be copied along with the data.
DEFAULT_BACKUP_KEY_FILE = "~/.config/iop-companion/backup-key.txt"
MIN_PASSWORD_LENGTH = 10  # NIST SP 800-63B asks for 8; a passphrase is easily longer
MAX_PASSWORD_LENGTH = 256
# Sensitive actions (people management, factors, exports) ask again after this long.
STEP_UP_AFTER = timedelta(minutes=15)


class SettingsError(ValueError):
    """A bad environment value. str() is one line that names the variable."""


@dataclass(frozen=True)
class PushHost:
    """One entry of the push allow-list: a scheme, a host (maybe '*.suffix') and a port."""

    scheme: str
    host: str
    port: int

    def admits(self, scheme: str, host: str, port: int) -> bool:
        """Whether an endpoint at scheme://host:port is allowed by this entry."""
        if scheme != self.scheme or port != self.port:
            return False
        if self.host.startswith("*."):
            return host.endswith(self.host[1:]) and len(host) > len(self.host) - 1
        return host == self.host


@dataclass(frozen=True)
class Settings:
    database_url: str
    host: str
    port: int
    base_url: str
    data_dir: Path
    secret_key: str = field(repr=False)
    vapid_private_key_pem: bytes = field(repr=False)
    vapid_subject: str
    push_allowed_hosts: tuple[PushHost, ...]
    api_docs: bool
    cookie_secure: bool
    client_idle_timeout: timedelta
    client_absolute_timeout: timedelta
    staff_idle_timeout: timedelta
    staff_absolute_timeout: timedelta
    trusted_proxies: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]
    hash_concurrency: int
    db_pool_size: int
    log_level: str
    demo_password: str | None = field(repr=False)
    # Backups are sealed with age (server/core/backup.py): to backup_recipient when set, else
    # to the identity in backup_key_file (made on the first backup); restoring needs that file.
    backup_key_file: Path
    backup_recipient: str | None

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite:")

    @property
    def session_cookie(self) -> str:
        # The __Host- prefix is only accepted by browsers on Secure cookies.
        return "__Host-session" if self.cookie_secure else "companion-session"

    @property
    def device_cookie(self) -> str:
        """Which accounts signed in on this browser before (server/security/device.py). Sent
        only to the sign-in route (its Path), so not __Host- (which requires Path=/)."""
        return "__Secure-device" if self.cookie_secure else "companion-device"

    @property
    def csrf_cookie(self) -> str:
        return "__Host-csrf" if self.cookie_secure else "companion-csrf"

    @property
    def vapid_public_key(self) -> str:
        """The applicationServerKey browsers need: base64url of the uncompressed P-256 point."""
        key = serialization.load_pem_private_key(self.vapid_private_key_pem, password=None)
        raw = key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    def idle_timeout(self, role: str) -> timedelta:
        return self.client_idle_timeout if role == "client" else self.staff_idle_timeout

    def absolute_timeout(self, role: str) -> timedelta:
        return self.client_absolute_timeout if role == "client" else self.staff_absolute_timeout


def load_settings(
    environ: Mapping[str, str] | None = None,
    *,
    api_docs_default: bool = False,
    create_secrets: bool = True,
) -> Settings:
    """Read and validate the settings.

    Args:
        environ: the environment to read (os.environ when None).
        api_docs_default: whether the OpenAPI schema is served when COMPANION_API_DOCS is unset.
        create_secrets: generate the secret key and VAPID key into the data directory (0600)
            when the environment gives none; when False a missing secret is an error.

    Raises:
        SettingsError: one line naming the variable at fault.
    """
    env = _Env(os.environ if environ is None else environ)
    data_dir = Path(env.get("DATA_DIR", "var")).expanduser().resolve()
    if create_secrets:
        _make_private_dir(data_dir)
    host = env.parse("HOST", "127.0.0.1", _host)
    port = env.parse("PORT", "8000", _port)
    idle_c = env.parse("CLIENT_IDLE_TIMEOUT", "7d", _duration)
    abs_c = env.parse("CLIENT_ABSOLUTE_TIMEOUT", "30d", _duration)
    idle_s = env.parse("STAFF_IDLE_TIMEOUT", "2h", _duration)
    abs_s = env.parse("STAFF_ABSOLUTE_TIMEOUT", "12h", _duration)
    if idle_c > abs_c:
        raise SettingsError(
            f"{PREFIX}CLIENT_IDLE_TIMEOUT: must not exceed {PREFIX}CLIENT_ABSOLUTE_TIMEOUT"
        )
    if idle_s > abs_s:
        raise SettingsError(
            f"{PREFIX}STAFF_IDLE_TIMEOUT: must not exceed {PREFIX}STAFF_ABSOLUTE_TIMEOUT"
        )
    base_url = env.parse("BASE_URL", f"http://{host}:{port}", _base_url)
    return Settings(
        database_url=env.parse(
            "DATABASE_URL", f"sqlite:///{data_dir / 'companion.db'}", _database_url
        ),
        host=host,
        port=port,
        base_url=base_url,
        data_dir=data_dir,
        secret_key=_secret_key(env, data_dir, create_secrets),
        vapid_private_key_pem=_vapid_key(env, data_dir, create_secrets),
        vapid_subject=env.parse("VAPID_SUBJECT", _default_subject(base_url), _vapid_subject),
        push_allowed_hosts=env.parse("PUSH_ALLOWED_HOSTS", DEFAULT_PUSH_HOSTS, _push_hosts),
        api_docs=env.parse("API_DOCS", "1" if api_docs_default else "0", _bool),
        cookie_secure=env.parse("COOKIE_SECURE", "1", _bool),
        client_idle_timeout=idle_c,
        client_absolute_timeout=abs_c,
        staff_idle_timeout=idle_s,
        staff_absolute_timeout=abs_s,
        trusted_proxies=env.parse("TRUSTED_PROXIES", "", _networks),
        hash_concurrency=env.parse(
            "HASH_CONCURRENCY", str(len(os.sched_getaffinity(0))), _positive_int
        ),
        db_pool_size=env.parse("DB_POOL_SIZE", "32", _positive_int),
        log_level=env.parse("LOG_LEVEL", "INFO", _log_level),
        demo_password=env.parse_optional("DEMO_PASSWORD", _demo_password),
        backup_key_file=env.parse(
            "BACKUP_KEY_FILE", DEFAULT_BACKUP_KEY_FILE, lambda value: _outside(value, data_dir)
        ),
        backup_recipient=env.parse_optional("BACKUP_RECIPIENT", _age_recipient),
    )


class _Env:
    """Reads COMPANION_* variables and turns a parser's ValueError into a SettingsError."""

    def __init__(self, environ: Mapping[str, str]):
        self.environ = environ

    def get(self, name: str, default: str) -> str:
        value = self.environ.get(PREFIX + name, "")
        return value.strip() or default

    def parse(self, name: str, default: str, parser: Callable[[str], object]):
        value = self.get(name, default)
        try:
            return parser(value)
        except ValueError as exc:
            raise SettingsError(f"{PREFIX}{name}: {exc} (got {value!r})") from None

    def parse_optional(self, name: str, parser: Callable[[str], object]):
        value = self.environ.get(PREFIX + name)
        if value is None or value == "":
            return None
        try:
            return parser(value)
        except ValueError as exc:
            raise SettingsError(f"{PREFIX}{name}: {exc}") from None


def _bool(value: str) -> bool:
    lowered = value.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError("must be one of 1, 0, true, false, yes, no, on, off")


def _port(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise ValueError("must be a whole number from 1 to 65535")
    return int(value)


def _positive_int(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise ValueError("must be a whole number of at least 1")
    return int(value)


def _duration(value: str) -> timedelta:
    match = _DURATION.match(value.lower())
    if not match or int(match.group(1)) == 0:
        raise ValueError("must be a positive duration such as 90s, 30m, 12h or 7d")
    return timedelta(seconds=int(match.group(1)) * _UNITS[match.group(2)])


def _host(value: str) -> str:
    if any(c.isspace() for c in value) or "/" in value:
        raise ValueError("must be a host name or IP address")
    return value


def _base_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise ValueError("must be an http:// or https:// URL such as https://companion.example.org")
    return value.rstrip("/")


def _database_url(value: str) -> str:
    if value.startswith("postgres://"):
        value = "postgresql://" + value[len("postgres://") :]
    if value.startswith("postgresql://"):
        if not urlsplit(value).hostname and "host=" not in value:
            raise ValueError("a postgresql:// URL needs a host")
        return value
    if (
        value.startswith("sqlite:///")
        and len(value) > len("sqlite:///")
        and ":memory:" not in value
    ):
        return value
    raise ValueError("must be sqlite:///path/to/file.db or postgresql://user@host:port/database")


def _vapid_subject(value: str) -> str:
    if (value.startswith("mailto:") and "@" in value) or value.startswith("https://"):
        return value
    raise ValueError("must be a mailto: address or an https:// URL")


def _default_subject(base_url: str) -> str:
    return base_url if base_url.startswith("https://") else "mailto:admin@localhost"


def _push_hosts(value: str) -> tuple[PushHost, ...]:
    entries = [item.strip() for item in value.split(",") if item.strip()]
    if not entries:
        raise ValueError("must list at least one push service host")
    return tuple(_push_host(item) for item in entries)


def _push_host(item: str) -> PushHost:
    if "://" not in item:
        if not re.fullmatch(r"(\*\.)?[A-Za-z0-9.-]+", item):
            raise ValueError(f"{item!r} is not a host name")
        return PushHost("https", item.lower(), 443)
    parts = urlsplit(item)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path not in ("", "/"):
        raise ValueError(f"{item!r} is not an origin such as https://push.example.com")
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK_HOSTS:
        raise ValueError(f"{item!r}: plain http is only allowed for a loopback test service")
    default_port = 443 if parts.scheme == "https" else 80
    return PushHost(parts.scheme, parts.hostname.lower(), parts.port or default_port)


def _networks(value: str) -> tuple:
    try:
        return tuple(
            ipaddress.ip_network(item.strip(), strict=False)
            for item in value.split(",")
            if item.strip()
        )
    except ValueError:
        raise ValueError(
            "must be a comma list of IP addresses or networks such as 10.0.0.0/8"
        ) from None


def _log_level(value: str) -> str:
    level = value.upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
    return level


def _outside(value: str, data_dir: Path) -> Path:
    try:
        path = Path(value).expanduser().resolve()
    except RuntimeError:  # no home folder to expand ~ in
        raise ValueError("cannot find the home folder; give an absolute path") from None
    if path == data_dir or data_dir in path.parents:
        raise ValueError(
            "must be outside COMPANION_DATA_DIR: a key kept beside the data opens every backup"
        )
    if path.is_dir():
        raise ValueError("must name a file, not a folder")
    return path


def _age_recipient(value: str) -> str:
    import pyrage

    try:
        pyrage.x25519.Recipient.from_str(value.strip())
    except pyrage.RecipientError:
        raise ValueError("must be an age public key such as age1ql3z7hjy54pw3…") from None
    return value.strip()


def _demo_password(value: str) -> str:
    if len(value) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"must be at least {MIN_PASSWORD_LENGTH} characters")
    return value


# --- secrets ----------------------------------------------------------------------------


def _secret_key(env: _Env, data_dir: Path, create: bool) -> str:
    value = _from_env_or_file(env, "SECRET_KEY")
    if value is None:
        value = _read_or_create(
            data_dir / "secret_key", create, "SECRET_KEY", lambda: secrets.token_urlsafe(48)
        )
    if len(value) < 32:
        raise SettingsError(f"{PREFIX}SECRET_KEY: must be at least 32 characters of random text")
    return value


def _vapid_key(env: _Env, data_dir: Path, create: bool) -> bytes:
    value = _from_env_or_file(env, "VAPID_PRIVATE_KEY")
    if value is None:
        value = _read_or_create(
            data_dir / "vapid_private.pem", create, "VAPID_PRIVATE_KEY", _new_vapid_pem
        )
    try:
        return _normalise_vapid_key(value)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise SettingsError(
            f"{PREFIX}VAPID_PRIVATE_KEY: must be a P-256 private key (PEM, or base64url of the raw 32 bytes)"
        ) from None


def _from_env_or_file(env: _Env, name: str) -> str | None:
    direct = env.environ.get(PREFIX + name, "").strip()
    path = env.environ.get(f"{PREFIX}{name}_FILE", "").strip()
    if direct and path:
        raise SettingsError(f"{PREFIX}{name}: set either it or {PREFIX}{name}_FILE, not both")
    if path:
        try:
            return Path(path).read_text().strip()
        except OSError as exc:
            raise SettingsError(
                f"{PREFIX}{name}_FILE: cannot read {path}: {exc.strerror}"
            ) from None
    return direct or None


def _read_or_create(path: Path, create: bool, name: str, make: Callable[[], str]) -> str:
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        if not create:
            raise SettingsError(f"{PREFIX}{name}: not set and {path} does not exist") from None
    except OSError as exc:
        raise SettingsError(f"{PREFIX}{name}: cannot read {path}: {exc.strerror}") from None
    value = make()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process created it first: use theirs
        return path.read_text().strip()
    except OSError as exc:
        raise SettingsError(f"{PREFIX}DATA_DIR: cannot write {path}: {exc.strerror}") from None
    with os.fdopen(fd, "w") as handle:
        handle.write(value + "\n")
    return value


def _make_private_dir(path: Path) -> None:
    """Create the data folder 0700, and tighten one made looser (health records live there)."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise SettingsError(f"{PREFIX}DATA_DIR: cannot create {path}: {exc.strerror}") from None
    try:
        if path.stat().st_mode & 0o077:
            path.chmod(0o700)
    except OSError as exc:
        raise SettingsError(
            f"{PREFIX}DATA_DIR: cannot make {path} private (0700): {exc.strerror}"
        ) from None


def _new_vapid_pem() -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def _normalise_vapid_key(value: str) -> bytes:
    """Accept PEM or base64url raw/DER and return PKCS8 PEM of a P-256 key."""
    if value.startswith("-----BEGIN"):
        key = serialization.load_pem_private_key(value.encode(), password=None)
    else:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
        if len(raw) == 32:
            key = ec.derive_private_key(int.from_bytes(raw, "big"), ec.SECP256R1())
        else:
            key = serialization.load_der_private_key(raw, password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != "secp256r1":
        raise ValueError("not a P-256 key")
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
