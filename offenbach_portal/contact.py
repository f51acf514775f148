"""The contact form and "Barriere melden": one view, two kinds of message.

A valid message is stored (staff work through it in the admin) and mailed to
CONTACT_EMAIL. A failed mail is logged and does not undo the message: the
visitor's text is safe in the database, the office sees it in the admin list
of open messages, and the visitor is not asked to send it again (which would
only produce a duplicate once the mail server is back).
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language, gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from . import ratelimit
from .forms import ContactForm, local_path
from .models import ContactMessage

logger = logging.getLogger(__name__)

RATE_SCOPE = "contact"


def contact_message_submit(*, kind, message, name="", email="", page_url="", language=""):
    """Store a message and, once it is committed, mail it to the office."""
    with transaction.atomic():
        contact_message = ContactMessage.objects.create(
            kind=kind, name=name, email=email, message=message, page_url=page_url, language=language
        )
        transaction.on_commit(lambda: contact_message_notify(contact_message=contact_message))
    return contact_message


def contact_message_notify(*, contact_message):
    """Mail one stored message to CONTACT_EMAIL, in German (the office's
    language), with the sender as Reply-To when they gave an address."""
    with translation.override(settings.LANGUAGE_CODE):
        kind = contact_message.get_kind_display()
        page = contact_message.page_url or _("keine Seite angegeben")
        subject = _("Integrationsportal – %(kind)s: %(page)s") % {"kind": kind, "page": page}
        admin_url = reverse("admin:portal_contactmessage_change", args=[contact_message.pk])
        body = "\n".join([
            f"{_('Art')}: {kind}",
            f"{_('Name')}: {contact_message.name or '–'}",
            f"{_('E-Mail-Adresse')}: {contact_message.email or '–'}",
            f"{_('Betroffene Seite')}: {page}",
            f"{_('Sprache')}: {contact_message.language or '–'}",
            "",
            contact_message.message,
            "",
            "-- ",
            _("Die Nachricht ist im Backoffice gespeichert: %(path)s") % {"path": admin_url},
        ])
    mail = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[settings.CONTACT_EMAIL],
        reply_to=[contact_message.email] if contact_message.email else None,
    )
    try:
        mail.send()
    except Exception:  # SMTP down, refused, timeout …: the message is stored all the same
        logger.exception("Contact message %s stored, but the mail to CONTACT_EMAIL failed", contact_message.pk)
        return False
    return True


def _prefilled_page(request):
    """The page a message is about: ?seite=/path/ (the footer's "Barriere
    melden" link passes it) or else the page the visitor came from, when it is
    on this site and not the form itself."""
    host = request.get_host()
    page = local_path(request.GET.get("seite", ""), host)
    if not page:
        referer = request.META.get("HTTP_REFERER", "")
        if urlsplit(referer).netloc.lower() == host.lower():
            page = local_path(referer, host)
    own_paths = {reverse("contact:contact"), reverse("contact:barrier"), reverse("contact:thanks")}
    return "" if urlsplit(page).path in own_paths else page


# csrf_exempt on purpose: the form is for anonymous visitors, changes no account
# or other state a forged request could abuse (it can only leave a message),
# and is protected by the honeypot and the rate limit instead. A CSRF token
# would set a cookie on anonymous visitors, which the portal must not do.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def contact_view(request, kind):
    status = 200
    if request.method == "POST":
        form = ContactForm(request.POST, kind=kind, host=request.get_host())
        if form.is_bot():
            # Looks like success, stores and sends nothing.
            return _to_thanks()
        if not form.is_valid():
            status = 400
        elif not ratelimit.hit(request, RATE_SCOPE, settings.CONTACT_RATE):
            form.add_error(None, _("Sie haben in kurzer Zeit zu viele Nachrichten gesendet. Bitte versuchen Sie es später noch einmal."))
            status = 429
        else:
            data = form.cleaned_data
            contact_message_submit(
                kind=kind, name=data["name"], email=data["email"], message=data["message"],
                page_url=data["page_url"], language=get_language() or "",
            )
            return _to_thanks()
    else:
        form = ContactForm(kind=kind, initial={"page_url": _prefilled_page(request)})
    context = {"form": form, "kind": kind, "action": reverse(f"contact:{kind}")}
    return render(request, "portal/contact.html", context, status=status)


def _to_thanks():
    response = HttpResponseRedirect(reverse("contact:thanks"))
    response.status_code = 303  # See Other: the browser follows with GET
    return response


@require_safe
def thanks(request):
    return render(request, "portal/contact_thanks.html")
