"""Demo logins of the back office, listed in the README. Only `make run` /
`load_demo` creates them."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from offenbach_portal.core.groups import EDITORS, OFFICE

DEMO_USERS = [
    # username, password, first name, last name, superuser, group
    ("admin", "demo-admin-2026", "Ada", "Admin", True, None),
    ("buero", "demo-buero-2026", "Ilse", "Integrationsbüro", False, OFFICE),
    ("redaktion", "demo-redaktion-2026", "Rita", "Redaktion", False, EDITORS),
]


def load(stdout):
    User = get_user_model()
    for username, password, first, last, superuser, group in DEMO_USERS:
        if User.objects.filter(username=username).exists():
            continue
        user = User(
            username=username, first_name=first, last_name=last, email=f"{username}@example.org", is_staff=True, is_superuser=superuser
        )
        user.set_password(password)
        user.save()
        if group:
            user.groups.add(Group.objects.get(name=group))
    stdout.write("Demo-Zugänge: " + ", ".join(u[0] for u in DEMO_USERS))
