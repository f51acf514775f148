"""The arrows point one way: nothing in `offenbach_portal/core/` names another
app of ours, neither by import nor by a dotted string such as "orgs.demo"."""

import ast
from pathlib import Path

import pytest
from django.conf import settings

CORE = Path(settings.BASE_DIR) / "offenbach_portal" / "core"
OTHER_APPS = [
    app
    for app in settings.INSTALLED_APPS
    if app in {"orgs", "committees", "programmes", "news"} or (app.startswith("offenbach_portal.") and app != "offenbach_portal.core")
]


def names_in(path):
    """Every imported module and every string constant of a Python file."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = "offenbach_portal.core." + ".".join(path.relative_to(CORE).parent.parts)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rstrip(".").rsplit(".", node.level - 1)[0] if node.level > 1 else package.rstrip(".")
                yield f"{base}.{node.module}" if node.module else base
            else:
                yield node.module
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def names_another_app(name):
    return any(name == app or name.startswith((f"{app}.", f"{app}:")) for app in OTHER_APPS)


def test_the_check_sees_the_apps_it_guards():
    assert {"orgs", "committees", "programmes", "news", "offenbach_portal.pages"} <= set(OTHER_APPS)
    assert names_another_app("orgs.demo") and names_another_app("news:index") and not names_another_app("orgsx")


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda path: str(path.relative_to(CORE)))
def test_core_names_no_other_app(path):
    assert [name for name in names_in(path) if names_another_app(name)] == []


SHARED = Path(settings.BASE_DIR) / "offenbach_portal"
DOMAIN_APPS = ["orgs", "committees", "programmes", "news"]


def imports_in(path):
    """Every module a Python file imports (absolute imports; the shared apps
    reach domain apps only that way)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            yield node.module


@pytest.mark.parametrize(
    "path",
    sorted(path for app in ("pages", "contact", "accounts") for path in (SHARED / app).rglob("*.py")),
    ids=lambda path: str(path.relative_to(SHARED)),
)
def test_shared_apps_import_no_domain_app(path):
    """Pages, contact and accounts serve every domain; the domains plug into
    them (e.g. the member area's sections), never the other way round."""
    assert [name for name in imports_in(path) if name.split(".")[0] in DOMAIN_APPS] == []
