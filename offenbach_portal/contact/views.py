"""The contact form and "Barriere melden": one view, two kinds of message.

A valid message is stored (staff work through it in the admin) and mailed to
CONTACT_EMAIL. A failed mail is logged and does not undo the message: the
visitor's text is safe in the database, the office sees it in the admin list
of open messages, and the visitor is not asked to send it again (which would
only produce a duplicate once the mail server is back).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from offenbach_portal.core import ratelimit

from .forms import ContactForm, local_path
from .models import ContactMessage
from .services import contact_message_submit

RATE_SCOPE = "contact"


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
                kind=kind,
                name=data["name"],
                email=data["email"],
                message=data["message"],
                page_url=data["page_url"],
                language=get_language() or "",
            )
            return _to_thanks()
    else:
        form = ContactForm(kind=kind, initial={"page_url": _prefilled_page(request)})
    context = {"form": form, "kind": kind, "is_barrier": kind == ContactMessage.Kind.BARRIER, "action": reverse(f"contact:{kind}")}
    return render(request, "contact/contact.html", context, status=status)


def _to_thanks():
    response = HttpResponseRedirect(reverse("contact:thanks"))
    response.status_code = 303  # See Other: the browser follows with GET
    return response


@require_safe
def thanks(request):
    return render(request, "contact/contact_thanks.html")
