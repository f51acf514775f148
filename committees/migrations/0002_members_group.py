from django.db import migrations

MEMBERS_GROUP = "Kompetenzteam-Mitglieder"


def create_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.get_or_create(name=MEMBERS_GROUP)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=MEMBERS_GROUP).delete()


class Migration(migrations.Migration):
    """The group whose accounts may download members-only meeting documents
    (committees.rules.can_see_member_documents). It carries no admin permissions."""

    dependencies = [("committees", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(create_group, remove_group)]
