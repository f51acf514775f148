"""One publication pattern (offenbach_portal.core.publication): the flag
`is_published` becomes a status (Entwurf … Archiviert) and a publication date."""

from django.db import migrations, models
from django.db.models import Case, F, Value, When
from django.db.models.functions import Coalesce, Now

PUBLISHED, DRAFT = "veroeffentlicht", "entwurf"


def flag_to_status(apps, schema_editor):
    """Published entries stay published (since their last change); the others become drafts."""
    for model_name in ["Organisation"]:
        model = apps.get_model("orgs", model_name)
        model.objects.filter(is_published=True).update(status=PUBLISHED, published_at=Coalesce(F("updated_at"), Now()))
        model.objects.filter(is_published=False).update(status=DRAFT, published_at=None)


def flag_to_status_back(apps, schema_editor):
    """Back to the flag: public is what is published now (a planned date counts as not yet)."""
    for model_name in ["Organisation"]:
        model = apps.get_model("orgs", model_name)
        model.objects.update(is_published=Case(
            When(status=PUBLISHED, published_at__isnull=True, then=Value(True)),
            When(status=PUBLISHED, published_at__lte=Now(), then=Value(True)),
            default=Value(False),
        ))


class Migration(migrations.Migration):

    dependencies = [
        ('orgs', '0004_districts'),
    ]

    operations = [
        migrations.AddField(
            model_name='organisation',
            name='status',
            field=models.CharField(choices=[('entwurf', 'Entwurf'), ('pruefung', 'In Prüfung'), ('veroeffentlicht', 'Veröffentlicht'), ('archiviert', 'Archiviert')], db_index=True, default='entwurf', help_text='Nur „Veröffentlicht“ erscheint auf der Website. „Entwurf“ und „In Prüfung“ sehen nur Mitarbeitende mit Bearbeitungsrecht (als Vorschau); „Archiviert“ nimmt einen Eintrag von der Website, ohne ihn zu löschen.', max_length=15, verbose_name='Veröffentlichungsstatus'),
        ),
        migrations.AddField(
            model_name='organisation',
            name='published_at',
            field=models.DateTimeField(blank=True, help_text='Leer lassen, um sofort zu veröffentlichen. Mit Datum und Uhrzeit in der Zukunft erscheint ein Eintrag mit Status „Veröffentlicht“ erst dann auf der Website, von selbst.', null=True, verbose_name='veröffentlicht ab'),
        ),
        migrations.RunPython(flag_to_status, flag_to_status_back, elidable=True),
        migrations.RemoveField(
            model_name='organisation',
            name='is_published',
        ),
    ]
