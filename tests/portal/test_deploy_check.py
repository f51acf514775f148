"""`manage.py check --deploy` passes without warnings with production values."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from offenbach_portal.core.checks import mail_uses_tls

BASE_DIR = Path(__file__).resolve().parents[2]


def deploy_check(**overrides):
    # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE for their own process;
    # a production environment never has it.
    mail = ("EMAIL_BACKEND", "EMAIL_USE_TLS", "EMAIL_USE_SSL", "DJANGO_ALLOW_ASYNC_UNSAFE")
    env = {
        **{name: value for name, value in os.environ.items() if name not in mail},
        "DEBUG": "0",
        "PORTAL_HTTPS": "1",
        "SECRET_KEY": secrets.token_urlsafe(48)[:50],
        "ALLOWED_HOSTS": "integration.offenbach.de",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        **overrides,
    }
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_passes_without_warnings_in_production():
    result = deploy_check(EMAIL_USE_TLS="1")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_deploy_check_fails_when_mail_goes_out_unencrypted():
    result = deploy_check()
    assert result.returncode == 1
    assert "(portal.E001) Mail goes to the SMTP server without encryption." in result.stderr


@pytest.mark.parametrize(
    ("backend", "tls", "ssl", "errors"),
    [
        ("django.core.mail.backends.smtp.EmailBackend", False, False, ["portal.E001"]),
        ("django.core.mail.backends.smtp.EmailBackend", True, False, []),
        ("django.core.mail.backends.smtp.EmailBackend", False, True, []),
        ("django.core.mail.backends.console.EmailBackend", False, False, []),
    ],
)
def test_mail_check_requires_tls_or_ssl_for_smtp(settings, backend, tls, ssl, errors):
    settings.EMAIL_DELIVERY_BACKEND, settings.EMAIL_USE_TLS, settings.EMAIL_USE_SSL = backend, tls, ssl
    assert [error.id for error in mail_uses_tls()] == errors
