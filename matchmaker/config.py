"""Settings read from the environment; tests pass overrides to ``create_app``."""

from __future__ import annotations

import os
from pathlib import Path

INSTANCE_DIR = Path(__file__).resolve().parent.parent / "instance"


def _database_url() -> str:
    url = os.environ.get("DATABASE_URL")
    if not url:
        return f"sqlite:///{INSTANCE_DIR / 'matchmaker.sqlite3'}"
    # Accept the common ``postgres://`` / ``postgresql://`` spellings and use psycopg 3.
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


class Config:
    """Defaults for every deployment; each may be overridden by an environment variable."""

    def __init__(self) -> None:
        self.SECRET_KEY = os.environ.get("SECRET_KEY", "dev-insecure-change-me")
        self.SQLALCHEMY_DATABASE_URI = _database_url()
        self.REDIS_URL = os.environ.get("REDIS_URL") or None
        self.TOKEN_TTL_SECONDS = int(os.environ.get("TOKEN_TTL_SECONDS", "3600"))
        # Bodies: JSON requests are small; imports may carry a few thousand rows.
        self.MAX_JSON_BYTES = int(os.environ.get("MAX_JSON_BYTES", str(256 * 1024)))
        self.MAX_CONTENT_LENGTH = int(os.environ.get("MAX_UPLOAD_BYTES", str(5 * 1024 * 1024)))
        self.IMPORT_MAX_ROWS = int(os.environ.get("IMPORT_MAX_ROWS", "5000"))
        self.RATELIMIT_DEFAULT = os.environ.get("RATELIMIT_DEFAULT", "")
        self.RATELIMIT_AUTH = os.environ.get("RATELIMIT_AUTH", "20 per minute")
        self.RATELIMIT_ENABLED = os.environ.get("RATELIMIT_ENABLED", "1") == "1"
        self.SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
        # OpenAPI / Swagger UI (served from local assets, no CDN).
        self.API_TITLE = "matchmaker"
        self.API_VERSION = "v1"
        self.OPENAPI_VERSION = "3.0.3"
        self.OPENAPI_URL_PREFIX = "/"
        self.OPENAPI_JSON_PATH = "api/v1/openapi.json"
        self.OPENAPI_SWAGGER_UI_PATH = "docs"
        self.OPENAPI_SWAGGER_UI_URL = "/docs/assets/"
        self.JSON_SORT_KEYS = False

    @property
    def redis_enabled(self) -> bool:
        return bool(self.REDIS_URL)
