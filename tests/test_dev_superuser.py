"""`ensure_dev_superuser`, which `make run` uses to print the development admin login
(was in home/tests/test_demo_content.py)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings


@override_settings(DEBUG=False)
def test_development_superuser_is_refused_outside_development(db):
    with pytest.raises(CommandError):
        call_command("ensure_dev_superuser")
    assert not get_user_model().objects.exists()


@override_settings(DEBUG=True)
def test_development_superuser_is_created_once_and_printed(db, capsys):
    call_command("ensure_dev_superuser")
    call_command("ensure_dev_superuser")
    user = get_user_model().objects.get()
    assert user.is_superuser and user.check_password("admin")
    assert "username: admin  password: admin" in capsys.readouterr().out
