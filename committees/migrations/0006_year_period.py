"""Chairs and memberships share one abstract „period of years“ (YearPeriod);
members-only documents are for the Integrationsbüro and the members only."""

import django.core.validators
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('committees', '0005_publication_status'),
    ]

    operations = [
        migrations.AlterField(
            model_name='chair',
            name='until',
            field=models.PositiveSmallIntegerField(blank=True, help_text='Leer lassen, solange es besteht. Beendete Einträge bleiben mit dem Jahr erhalten: Sie gehören zur Geschichte.', null=True, validators=[django.core.validators.MinValueValidator(1950), django.core.validators.MaxValueValidator(2100)], verbose_name='bis (Jahr)'),
        ),
        migrations.AlterField(
            model_name='membership',
            name='since',
            field=models.PositiveSmallIntegerField(blank=True, null=True, validators=[django.core.validators.MinValueValidator(1950), django.core.validators.MaxValueValidator(2100)], verbose_name='von (Jahr)'),
        ),
        migrations.AlterField(
            model_name='membership',
            name='until',
            field=models.PositiveSmallIntegerField(blank=True, help_text='Leer lassen, solange es besteht. Beendete Einträge bleiben mit dem Jahr erhalten: Sie gehören zur Geschichte.', null=True, validators=[django.core.validators.MinValueValidator(1950), django.core.validators.MaxValueValidator(2100)], verbose_name='bis (Jahr)'),
        ),
        migrations.AlterConstraint(
            model_name='chair',
            name='committees_chair_until_after_since',
            constraint=models.CheckConstraint(condition=models.Q(('until__isnull', True), ('since__isnull', True), ('until__gte', models.F('since')), _connector='OR'), name='committees_chair_until_after_since', violation_error_code='until_before_since', violation_error_message='Das Jahr „bis“ liegt vor dem Jahr „von“.'),
        ),
        migrations.AlterConstraint(
            model_name='membership',
            name='committees_membership_until_after_since',
            constraint=models.CheckConstraint(condition=models.Q(('until__isnull', True), ('since__isnull', True), ('until__gte', models.F('since')), _connector='OR'), name='committees_membership_until_after_since', violation_error_code='until_before_since', violation_error_message='Das Jahr „bis“ liegt vor dem Jahr „von“.'),
        ),
        migrations.AlterField(
            model_name='meetingdocument',
            name='visibility',
            field=models.CharField(choices=[('oeffentlich', 'öffentlich'), ('mitglieder', 'nur für Mitglieder')], default='mitglieder', help_text='„Nur für Mitglieder“: nur das Integrationsbüro und die Gruppe Kompetenzteam-Mitglieder können sie laden, nicht die Redaktion.', max_length=11, verbose_name='Sichtbarkeit'),
        ),
    ]
