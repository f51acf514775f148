from django.db import migrations

MEMBERS_GROUP = "Kompetenzteam-Mitglieder"


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=MEMBERS_GROUP).delete()


def create_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.get_or_create(name=MEMBERS_GROUP)


class Migration(migrations.Migration):
    """The group "Kompetenzteam-Mitglieder" granted the members-only documents
    for as long as an account stayed in it. Rights now follow the
    organisation's membership period (committees.rules.is_current_committee_member);
    a group that grants them forever would contradict it. No account used it."""

    dependencies = [("committees", "0006_year_period")]

    operations = [migrations.RunPython(remove_group, create_group)]
