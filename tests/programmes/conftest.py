import pytest


@pytest.fixture(autouse=True)
def _document_folders(settings, tmp_path):
    """Every test gets its own public media folder and its own private folder
    for publication PDFs and guidelines, both empty."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
