import json
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import SuspiciousOperation, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from offenbach_portal.core import opendata, ratelimit
from offenbach_portal.core.permissions import get_object_or_404_for

from .extensions import profile_section_registry
from .filters import DirectoryFilterSet
from .forms import (
    HELD_LOGO_SALT,
    BaseOfferFormSet,
    ListingRequestForm,
    OfferForm,
    OfferFormSet,
    ProfileForm,
    change_data,
    initial_from,
    language_choices,
)
from .held_logos import discard_held_logo, hold_logo, logo_data_uri, read_held_logo
from .models import Organisation
from .resources import OrganisationResource, SpreadsheetSafeCSV
from .selectors import (
    directory_cards,
    export_queryset,
    organisation_as_dict,
    preview_organisation,
    profile_queryset,
    sorted_languages,
)
from .services import listing_request_submit, organisation_snapshot, profile_change_submit, published_namesake

PAGE_SIZE = 12
LISTING_RATE_SCOPE = "listing-request"


@require_safe
def directory(request):
    """The directory: filters, search, sorting and pages, all in the query
    string, so that every state is a link and works without JavaScript."""
    state = DirectoryFilterSet(request.GET, queryset=Organisation.objects.all())
    page = Paginator(state.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "orgs/directory.html",
        {
            "state": state,
            "page_obj": page,
            "organisations": directory_cards(page.object_list),
            "page_range": page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
            "page_query": state.querydict(),
        },
    )


@require_safe
def detail(request, slug):
    """An organisation's profile. One that is not published is a 404, except
    as a preview for staff who may change organisations."""
    organisation = get_object_or_404_for(request.user, "orgs.view_organisation", profile_queryset(), slug=slug)
    sections = profile_section_registry.render(request, organisation)
    return render(
        request,
        "orgs/detail.html",
        {
            "organisation": organisation,
            "languages": sorted_languages(organisation.languages.all()),
            "offers": [(offer, sorted_languages(offer.languages.all())) for offer in organisation.offers.all()],
            "sections": sections,
        },
    )


@require_safe
def export_csv(request):
    """Open data: the published directory organisations as CSV (UTF-8 with BOM,
    comma-separated; the same columns the admin import reads; cells that would
    start a spreadsheet formula begin with an apostrophe)."""
    dataset = OrganisationResource(base_url=opendata.base_url(request)).export(queryset=list(export_queryset()))
    response = HttpResponse("\ufeff" + SpreadsheetSafeCSV().export_data(dataset), content_type="text/csv; charset=utf-8")
    return opendata.open_data_headers(response, "vereine-offenbach.csv")


@require_safe
def export_json(request):
    """Open data: the published directory organisations as JSON, with offers."""
    base_url = opendata.base_url(request)
    organisations = [organisation_as_dict(organisation, base_url) for organisation in export_queryset()]
    payload = {
        "source": base_url + reverse("orgs:index"),
        "generated_at": timezone.now().isoformat(),
        "count": len(organisations),
        "organisations": organisations,
    }
    response = HttpResponse(json.dumps(payload, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8")
    return opendata.open_data_headers(response, "vereine-offenbach.json")


# csrf_exempt on purpose, as the contact form (offenbach_portal.contact.views):
# the form is for anonymous visitors and changes no account or published
# content – it can only leave a draft and a pending request that staff
# review – and is protected by the honeypot and the rate limit instead. A
# CSRF token would set a cookie on anonymous visitors, which the portal must
# not do.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def listing_request(request):
    """`/vereine/eintragen/`: a group not yet in the directory asks to be listed."""
    status, namesake = 200, None
    if request.method == "POST":
        form = ListingRequestForm(request.POST)
        if form.is_bot():
            # Looks like success, stores and sends nothing.
            return _see_other(reverse("orgs:listing-request-thanks"))
        if not form.is_valid():
            status = 400
        elif namesake := published_namesake(form.cleaned_data["name"]):
            form.add_error("name", _("„%(name)s“ steht schon im Verzeichnis.") % {"name": namesake.name})
            status = 400
        elif not ratelimit.hit(request, LISTING_RATE_SCOPE, settings.CONTACT_RATE):
            form.add_error(None, _("Sie haben in kurzer Zeit zu viele Anträge gesendet. Bitte versuchen Sie es später noch einmal."))
            status = 429
        else:
            data = form.cleaned_data
            listing_request_submit(
                name=data["name"],
                kind=data["kind"],
                description=data["description"],
                district=data["district"],
                languages=data["languages"],
                email=data["email"],
                phone=data["phone"],
                website=data["url"],
                street=data["street"],
                postcode=data["postcode"],
                contact_name=data["contact_name"],
                contact_email=data["contact_email"],
                language=get_language() or "",
            )
            return _see_other(reverse("orgs:listing-request-thanks"))
    else:
        form = ListingRequestForm()
    return render(request, "orgs/listing_request.html", {"form": form, "namesake": namesake}, status=status)


def _see_other(url):
    response = HttpResponseRedirect(url)
    response.status_code = 303  # See Other: the browser follows with GET
    return response


@require_safe
def listing_request_thanks(request):
    return render(request, "orgs/listing_request_thanks.html")


# The member area: an editor proposes changes to the public profile, staff review them.

PAYLOAD_MAX_AGE = 2 * 24 * 3600  # a preview left open over a weekend still sends


def _payload_salt(organisation, user):
    return f"orgs.profile.payload:{organisation.pk}:{user.pk}"


def _editable_organisation(request, slug):
    return get_object_or_404_for(request.user, "orgs.edit_profile", Organisation.objects.all(), slug=slug)


def _render_form(request, organisation, form, formset, pending, status=200, held="", problem=""):
    return render(
        request,
        "orgs/member/profile_form.html",
        {
            "organisation": organisation,
            "form": form,
            "formset": formset,
            "pending": pending,
            "problem": problem,
            "held_logo_src": logo_data_uri(held) if held else "",
            "pending_logo_src": logo_data_uri(pending.logo.name) if pending and pending.logo and pending.data.get("logo") == "new" else "",
        },
        status=status,
    )


def _unbound(organisation, user, data, pending, choices, held="", extra=1):
    initial, offers = initial_from(data)
    if held:
        initial["held_logo"] = signing.dumps(held, salt=f"{HELD_LOGO_SALT}:{organisation.pk}:{user.pk}")
    initial["remove_logo"] = data.get("logo") == "remove"
    form = ProfileForm(initial=initial, organisation=organisation, user=user, choices=choices)
    formset_class = forms.formset_factory(OfferForm, formset=BaseOfferFormSet, extra=extra, can_delete=True, max_num=50, validate_max=True)
    formset = formset_class(initial=offers, prefix="offers", choices=choices)
    return form, formset


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def profile_edit(request, slug):
    """Edit the public profile: form → preview → send for review. Nothing
    changes on the public profile; sending creates or updates the pending
    `ProfileChange`. Between the steps the checked values travel as a signed
    payload (so the preview shows exactly what will be sent) and a new logo
    waits, checked and re-encoded, in the private storage (see `hold_logo`)."""
    organisation = _editable_organisation(request, slug)
    user = request.user
    pending = organisation.profile_changes.pending().first()
    choices = language_choices()
    allowed_ids = list(organisation.offers.values_list("pk", flat=True))
    action = request.POST.get("action", "")

    if request.method != "POST":
        data = pending.data if pending else organisation_snapshot(organisation)
        form, formset = _unbound(organisation, user, data, pending, choices)
        return _render_form(request, organisation, form, formset, pending)

    if action in ("send", "edit"):
        try:
            payload = signing.loads(request.POST.get("payload", ""), salt=_payload_salt(organisation, user), max_age=PAYLOAD_MAX_AGE)
        except signing.BadSignature:
            form, formset = _unbound(organisation, user, pending.data if pending else organisation_snapshot(organisation), pending, choices)
            return _render_form(
                request,
                organisation,
                form,
                formset,
                pending,
                status=400,
                problem=_(
                    "Die Vorschau ist abgelaufen oder wurde verändert. Bitte prüfen Sie Ihre Angaben und sehen Sie sich die Vorschau noch einmal an."
                ),
            )
        data, held = payload["data"], payload.get("held", "")
        if action == "edit":
            form, formset = _unbound(organisation, user, data, pending, choices, held=held)
            return _render_form(request, organisation, form, formset, pending, held=held)
        logo = read_held_logo(held) if held else None
        if held and logo is None:
            form, formset = _unbound(organisation, user, data, pending, choices)
            problem = _("Das zuvor gewählte Logo ist nicht mehr verfügbar. Bitte wählen Sie es noch einmal aus.")
            return _render_form(request, organisation, form, formset, pending, status=400, problem=problem)
        # Offer ids were checked by the form; check again against today's offers.
        data["offers"] = [{**offer, "id": offer["id"] if offer.get("id") in allowed_ids else None} for offer in data["offers"]]
        profile_change_submit(organisation=organisation, user=user, data=data, logo=logo, language=get_language() or "")
        if held:
            discard_held_logo(held)
        # The member area's section confirms it (see orgs.member_area); the
        # portal shows no flash messages.
        return redirect(reverse("accounts:member-area") + "?" + urlencode({"gesendet": organisation.slug}))

    form = ProfileForm(request.POST, request.FILES, organisation=organisation, user=user, choices=choices)
    formset = OfferFormSet(request.POST, prefix="offers", allowed_ids=allowed_ids, choices=choices)
    try:
        valid = form.is_valid() & formset.is_valid()
    except ValidationError:  # a damaged management form
        raise SuspiciousOperation("Offer formset management data missing or tampered") from None
    if not valid:
        return _render_form(request, organisation, form, formset, pending, status=400)
    data = change_data(form, formset)
    held = hold_logo(form.cleaned_data["logo"]) if form.cleaned_data.get("logo") else form.cleaned_data.get("held_logo", "")
    data["logo"] = "new" if held else ("remove" if form.cleaned_data.get("remove_logo") else "keep")
    if action == "add_offer":
        form, formset = _unbound(organisation, user, data, pending, choices, held=held, extra=2 if data["offers"] else 1)
        return _render_form(request, organisation, form, formset, pending, held=held)
    payload = signing.dumps({"data": data, "held": held}, salt=_payload_salt(organisation, user), compress=True)
    preview, languages, offers = preview_organisation(organisation, data)
    if held:
        logo_src = logo_data_uri(held)
    elif data["logo"] == "keep" and pending and pending.logo and pending.data.get("logo") == "new":
        logo_src = logo_data_uri(pending.logo.name)
    elif data["logo"] == "keep" and organisation.logo_medium:
        logo_src = organisation.logo_medium.url
    else:
        logo_src = ""
    return render(
        request,
        "orgs/member/profile_preview.html",
        {
            "organisation": preview,
            "languages": languages,
            "offers": offers,
            "sections": profile_section_registry.render(request, organisation),
            "preview": True,
            "logo_src": logo_src,
            "payload": payload,
            "pending": pending,
        },
    )
