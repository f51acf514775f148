"""Demo content of the portal shell: the editorial pages and the staff logins.

The page texts are files in `offenbach_portal/pages/content/`; a page whose
slug exists is left alone, so edits made in the back office survive."""

import reversion
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from offenbach_portal.pages.content_files import read_content

from .groups import EDITORS, OFFICE
from .models import Page

# Demo logins, listed in the README. Only `make run` / `load_demo` creates them.
DEMO_USERS = [
    # username, password, first name, last name, superuser, group
    ("admin", "demo-admin-2026", "Ada", "Admin", True, None),
    ("buero", "demo-buero-2026", "Ilse", "Integrationsbüro", False, OFFICE),
    ("redaktion", "demo-redaktion-2026", "Rita", "Redaktion", False, EDITORS),
]


def load(stdout):
    pages = read_content()
    created = 0
    for data in pages:
        if Page.objects.filter(slug=data["slug"]).exists():
            continue
        with reversion.create_revision():
            reversion.set_comment("Demo-Inhalt angelegt")
            Page.objects.create(**data)
        created += 1
    stdout.write(f"Seiten: {created} neu, {len(pages) - created} vorhanden")

    User = get_user_model()
    for username, password, first, last, superuser, group in DEMO_USERS:
        if User.objects.filter(username=username).exists():
            continue
        user = User(username=username, first_name=first, last_name=last, email=f"{username}@example.org",
                    is_staff=True, is_superuser=superuser)
        user.set_password(password)
        user.save()
        if group:
            user.groups.add(Group.objects.get(name=group))
    stdout.write("Demo-Zugänge: " + ", ".join(u[0] for u in DEMO_USERS))
