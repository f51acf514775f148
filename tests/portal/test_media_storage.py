"""Where uploads go: the file system by default, S3-compatible object storage
(django-storages) when MEDIA_S3_BUCKET is set. The settings are read in a
fresh process, as a server would start with those environment variables."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SHOW = """
import json
from django.core.files.storage import storages
storage = storages["default"]
print(json.dumps({"class": f"{type(storage).__module__}.{type(storage).__name__}",
                  "url": storage.url("orgs/logos/verein.webp"),
                  "bucket": getattr(storage, "bucket_name", None),
                  "endpoint": getattr(storage, "endpoint_url", None)}))
"""


def default_storage_with(**variables):
    env = {key: value for key, value in os.environ.items() if not key.startswith("MEDIA_S3_")}
    env.pop("DATABASE_URL", None)
    env.update(variables)
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", SHOW], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def test_uploads_stay_on_the_file_system_without_a_bucket():
    storage = default_storage_with()
    assert storage == {
        "class": "django.core.files.storage.filesystem.FileSystemStorage",
        "url": "/media/orgs/logos/verein.webp",
        "bucket": None,
        "endpoint": None,
    }


def test_a_bucket_switches_uploads_to_s3_under_the_sites_own_address():
    storage = default_storage_with(
        MEDIA_S3_BUCKET="portal-media",
        MEDIA_S3_ENDPOINT_URL="https://s3.rechenzentrum.example",
        MEDIA_S3_ACCESS_KEY_ID="schluessel",
        MEDIA_S3_SECRET_ACCESS_KEY="geheim",
        MEDIA_S3_CUSTOM_DOMAIN="integration.offenbach.de/media",
    )
    assert storage == {
        "class": "storages.backends.s3.S3Storage",
        "url": "https://integration.offenbach.de/media/orgs/logos/verein.webp",
        "bucket": "portal-media",
        "endpoint": "https://s3.rechenzentrum.example",
    }
