"""Test settings: fast password hashing, plain static storage, media in a temporary folder."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="inhope-cms-test-media-")
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
WAGTAILADMIN_BASE_URL = "http://testserver"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not SQLite's default in-memory test database: that one vanishes when its last
    # connection closes (the browser tests' live server opens and closes its own), and a
    # file can be reused between local runs (--reuse-db). pytest-xdist adds a suffix per worker.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "test-db.sqlite3")}  # noqa: F405
# wagtail-localize's stand-in machine translator (it reverses the words), in place of DeepL.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


def _register_fast_avif_encoder():
    """AVIF renditions are encoded at the encoder's fastest speed in the tests, about ten
    times faster than its default (the format, sizes and quality the templates ask for are
    unchanged): rendering pages with pictures is most of many tests' time otherwise."""
    from PIL import AvifImagePlugin, Image

    def save_fast(image, file, filename):
        image.encoderinfo.setdefault("speed", 10)
        AvifImagePlugin._save(image, file, filename)

    Image.register_save("AVIF", save_fast)


_register_fast_avif_encoder()
