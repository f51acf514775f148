"""`manage.py check --deploy` passes without warnings with production values."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]


def test_deploy_check_passes_without_warnings_in_production():
    # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE for their own process;
    # a production environment never has it.
    env = {
        **{name: value for name, value in os.environ.items() if name != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DEBUG": "0",
        "PORTAL_HTTPS": "1",
        "SECRET_KEY": secrets.token_urlsafe(48)[:50],
        "ALLOWED_HOSTS": "integration.offenbach.de",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
