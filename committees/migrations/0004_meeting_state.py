"""A meeting's course (geplant, eingeladen, durchgeführt, abgesagt) is its
`state`: `status` is the publication status every publishable model has."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('committees', '0003_richtext_help'),
    ]

    operations = [
        migrations.RenameField(
            model_name='meeting',
            old_name='status',
            new_name='state',
        ),
        migrations.AlterField(
            model_name='meeting',
            name='state',
            field=models.CharField(choices=[('geplant', 'geplant'), ('eingeladen', 'eingeladen'), ('durchgefuehrt', 'durchgeführt'), ('abgesagt', 'abgesagt')], default='geplant', max_length=14, verbose_name='Stand der Sitzung'),
        ),
    ]
