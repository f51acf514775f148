"""The site search index (see `offenbach_portal.core.search` and docs/search.md)."""

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """One findable thing in one content language: the text the search looks
    at, its stems and, on PostgreSQL, its weighted search vector. Written only
    by `offenbach_portal.core.search` from the indexers the apps register; never
    edited by hand."""

    content_type = models.ForeignKey(ContentType, verbose_name=_("Inhaltstyp"), on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField(_("Objekt-ID"))
    language = models.CharField(_("Sprache"), max_length=8, help_text=_("Die Sprache des Textes (de, en, uk, ru)."))
    kind = models.CharField(_("Art"), max_length=40, help_text=_("Der Schlüssel der Art im Suchregister, z. B. „article“."))
    title = models.CharField(_("Titel"), max_length=500)
    body = models.TextField(_("Text"), blank=True, help_text=_("Der durchsuchte Text ohne Auszeichnung."))
    url = models.CharField(_("Adresse"), max_length=500)
    date = models.DateField(_("Datum"), null=True, blank=True)
    published_at = models.DateTimeField(
        _("sichtbar ab"),
        null=True,
        blank=True,
        help_text=_("Vor diesem Zeitpunkt findet die Suche den Eintrag nicht (geplante Veröffentlichung)."),
    )
    title_stems = models.TextField(_("Wortstämme des Titels"), blank=True)
    body_stems = models.TextField(_("Wortstämme des Textes"), blank=True)
    vector = SearchVectorField(_("Suchvektor"), null=True, blank=True, help_text=_("Nur unter PostgreSQL gefüllt."))

    class Meta:
        verbose_name = _("Sucheintrag")
        verbose_name_plural = _("Sucheinträge")
        indexes = [
            models.Index(fields=["content_type", "object_id", "language"], name="portal_search_object_idx"),
            models.Index(fields=["language", "kind"], name="portal_search_language_idx"),
        ]

    def __str__(self):
        return f"{self.kind}: {self.title} ({self.language})"


class SearchWord(models.Model):
    """A word from the titles in the index: what „Meinten Sie …?“ suggests."""

    word = models.CharField(_("Wort"), max_length=100, unique=True)
    language = models.CharField(
        _("Sprache"), max_length=8, default="de", help_text=_("Die Sprache des Titels, in dem das Wort zuerst vorkam.")
    )

    class Meta:
        verbose_name = _("Suchwort")
        verbose_name_plural = _("Suchwörter")

    def __str__(self):
        return self.word


class OutboxMail(models.Model):
    """A mail the portal could not hand to the mail server. Written only by
    `offenbach_portal.core.mail.OutboxBackend`; `manage.py send_outbox`
    sends it again and deletes it once the server accepted it."""

    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    subject = models.CharField(_("Betreff"), max_length=998)
    recipients = models.TextField(_("Empfänger"), help_text=_("Alle Empfängeradressen, durch Kommas getrennt."))
    message = models.JSONField(_("Nachricht"), help_text=_("Absender, Empfänger, Kopfzeilen, Text und Anhänge der Mail."))
    attempts = models.PositiveIntegerField(_("Versuche"), default=1)
    last_attempt_at = models.DateTimeField(_("letzter Versuch"), auto_now=True)
    last_error = models.CharField(_("letzter Fehler"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("nicht zugestellte Mail")
        verbose_name_plural = _("nicht zugestellte Mails")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.subject
