import json

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from offenbach_portal.core import ratelimit
from offenbach_portal.core.permissions import get_object_or_404_for

from .extensions import profile_section_registry
from .filters import DirectoryFilterSet
from .forms import ListingRequestForm
from .models import Organisation
from .resources import OrganisationResource, SpreadsheetSafeCSV
from .selectors import (
    directory_cards,
    export_queryset,
    organisation_as_dict,
    profile_queryset,
    sorted_languages,
)
from .services import listing_request_submit, published_namesake

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


def _base_url(request):
    return request.build_absolute_uri("/").rstrip("/")


def _open_data_headers(response, filename):
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def export_csv(request):
    """Open data: the published directory organisations as CSV (UTF-8 with BOM,
    comma-separated; the same columns the admin import reads; cells that would
    start a spreadsheet formula begin with an apostrophe)."""
    dataset = OrganisationResource(base_url=_base_url(request)).export(queryset=export_queryset())
    response = HttpResponse("\ufeff" + SpreadsheetSafeCSV().export_data(dataset), content_type="text/csv; charset=utf-8")
    return _open_data_headers(response, "vereine-offenbach.csv")


@require_safe
def export_json(request):
    """Open data: the published directory organisations as JSON, with offers."""
    base_url = _base_url(request)
    organisations = [organisation_as_dict(organisation, base_url) for organisation in export_queryset()]
    payload = {
        "source": base_url + reverse("orgs:index"),
        "generated_at": timezone.now().isoformat(),
        "count": len(organisations),
        "organisations": organisations,
    }
    response = HttpResponse(json.dumps(payload, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8")
    return _open_data_headers(response, "vereine-offenbach.json")


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
