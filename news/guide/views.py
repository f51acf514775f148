"""The guide's pages: the hub, a topic (also as a print sheet), its QR code
and the short address for flyers. The interface language comes from the URL
prefix; the content language from ?sprache= (default: the interface language)."""

import io

import segno
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from offenbach_portal.core.permissions import get_object_or_404_for

from . import selectors
from .models import Topic


def _language_links(request, translations, current):
    """One link per language a text exists in, with ?sprache= where it is not the interface language."""
    interface = get_language()
    links = []
    for text in sorted(translations, key=lambda t: (t.language.order, t.language.code)):
        language = text.language
        query = "" if language.code == interface else f"?{selectors.LANGUAGE_PARAMETER}={language.code}"
        links.append(
            {
                "language": language,
                "query": query,
                "is_current": current is not None and language.pk == current.pk,
                "review_status": text.get_review_status_display(),
            }
        )
    return links


def hub(request):
    languages = selectors.active_languages()
    language = selectors.content_language(request, languages)
    texts, content = selectors.hub_texts(language)
    topics = selectors.published_topics(language)
    context = {
        "language": language,
        "content": content,
        "language_links": _language_links(request, texts, language),
        "refugee_topics": [(t, c) for t, c in topics if t.audience != Topic.Audience.HELPERS],
        "helper_topics": [(t, c) for t, c in topics if t.audience != Topic.Audience.REFUGEES],
        "first_steps": selectors.first_steps(language),
        "language_query": _query(language),
    }
    return render(request, "news/guide/hub.html", context)


def _query(language):
    """The ?sprache= to keep on links when the content language is not the interface language."""
    if language is None or language.code == get_language():
        return ""
    return f"?{selectors.LANGUAGE_PARAMETER}={language.code}"


def _topic_context(request, slug):
    topic = get_object_or_404_for(request.user, "news.view_topic", Topic.objects.all(), slug=slug)
    languages = selectors.active_languages()
    language = selectors.content_language(request, languages)
    translations = selectors.topic_translations(topic)
    content = selectors.Localised(*selectors.pick(translations, language))
    return {
        "topic": topic,
        "language": language,
        "content": content,
        "language_links": _language_links(request, translations, language),
        "contacts": selectors.contacts(topic),
        "offering": selectors.organisations_offering(topic.offer_category),
        "language_query": _query(language),
        "short_url": request.build_absolute_uri(topic.get_short_url()),
    }


def topic_detail(request, slug):
    response = render(request, "news/guide/topic.html", _topic_context(request, slug))
    patch_vary_headers(response, ["Cookie"])
    return response


def topic_print(request, slug):
    """One sheet: steps, documents and contacts, with the address printed."""
    response = render(request, "news/guide/topic_print.html", _topic_context(request, slug))
    patch_vary_headers(response, ["Cookie"])
    return response


def topic_qr(request, slug):
    """The topic's short address as a QR code, drawn here as SVG (no outside service)."""
    topic = get_object_or_404_for(request.user, "news.view_topic", Topic.objects.all(), slug=slug)
    buffer = io.BytesIO()
    qr = segno.make(request.build_absolute_uri(topic.get_short_url()), error="m")
    qr.save(buffer, kind="svg", scale=8, border=2, xmldecl=False, svgns=True, title=topic.get_short_url(), nl=False)
    response = HttpResponse(buffer.getvalue(), content_type="image/svg+xml")
    response["X-Content-Type-Options"] = "nosniff"
    return response


def short_redirect(request, code):
    """/h/<code>/ (language-neutral, for flyers) → the topic in the reader's language."""
    topic = get_object_or_404(Topic.objects.published(), short_code=code)
    # Unprefixed addresses are German to the LocaleMiddleware; the flyer's reader
    # gets the language of their cookie or browser instead.
    with translation.override(translation.get_language_from_request(request)):
        return redirect(topic.get_absolute_url())
