"""Writes of the guide that do more than save(): the reminder mail about stale topics."""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

from .models import SOURCE_LANGUAGE, Topic, TopicTranslation


def stale_topics_mail(*, recipients=None, base_url=""):
    """Mail the office the topics not reviewed for six months; returns the topics (none: no mail)."""
    topics = list(Topic.objects.stale().order_by("reviewed_on", "order"))
    if not topics:
        return topics
    titles = dict(TopicTranslation.objects.filter(topic__in=topics, language__code=SOURCE_LANGUAGE).values_list("topic_id", "title"))
    lines = [
        "Diese Themen von „Offenbach hilft“ sind seit sechs Monaten nicht geprüft:",
        "",
    ]
    for topic in topics:
        reviewed = topic.reviewed_on.strftime("%d.%m.%Y") if topic.reviewed_on else "nie"
        lines.append(f"- {titles.get(topic.pk, topic.slug)} (zuletzt geprüft: {reviewed})")
        lines.append(f"  {base_url}{reverse('admin:news_topic_change', args=[topic.pk])}")
    lines += ["", "Bitte Inhalt, Anlaufstellen und Öffnungszeiten prüfen und „geprüft am“ setzen."]
    send_mail(
        subject=f"Offenbach hilft: {len(topics)} Themen zur Prüfung fällig",
        message="\n".join(lines),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=recipients or [settings.CONTACT_EMAIL],
    )
    return topics
