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
