"""Settings behaviour that only shows at import time, checked in a fresh interpreter."""

import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]


def import_settings(module, before="", **env):
    """Imports a settings module in a fresh interpreter, after running the code `before`."""
    environment = {
        key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL"}
    }
    environment.update({key: value for key, value in env.items() if value is not None})
    for key in [key for key, value in env.items() if value is None]:
        environment.pop(key, None)
    code = (
        f"{before}\nimport {module} as s; print(s.CACHES['default']['BACKEND']); "
        "print(s.DATABASES['default']['ENGINE'])"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=BASE_DIR, env=environment, capture_output=True, text=True, timeout=60
    )


def test_production_refuses_to_start_without_secret_key():
    result = import_settings("inhope_cms.settings.production", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = import_settings("inhope_cms.settings.production", SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set in production" in result.stderr


def test_production_refuses_to_start_without_redis_url():
    """A per-process cache would keep each worker's invalidations (chrome cache, network
    figures) from the other workers."""
    result = import_settings("inhope_cms.settings.production", SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "REDIS_URL must be set in production" in result.stderr


def test_production_refuses_a_cache_that_is_not_shared_between_processes():
    result = import_settings(
        "inhope_cms.settings.production",
        before=(
            "import inhope_cms.settings.base as base; "
            "base.CACHES = {'default': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache'}}"
        ),
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="example.org",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert result.returncode != 0
    assert "The default cache must be shared between processes in production" in result.stderr
    assert "LocMemCache" in result.stderr


def test_production_starts_with_its_environment():
    result = import_settings(
        "inhope_cms.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="example.org",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "django.core.cache.backends.redis.RedisCache"


def test_redis_url_switches_the_cache_and_database_url_the_database():
    result = import_settings(
        "inhope_cms.settings.base",
        REDIS_URL="redis://127.0.0.1:6379/1",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/inhope",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.core.cache.backends.redis.RedisCache",
        "django.db.backends.postgresql",
    ]


def test_defaults_are_local_memory_cache_and_sqlite():
    result = import_settings("inhope_cms.settings.base", REDIS_URL=None, DATABASE_URL=None)
    assert result.stdout.split() == [
        "django.core.cache.backends.locmem.LocMemCache",
        "django.db.backends.sqlite3",
    ]
