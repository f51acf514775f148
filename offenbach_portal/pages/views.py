from django.shortcuts import redirect, render

from offenbach_portal.core.home import home_sections
from offenbach_portal.core.permissions import get_object_or_404_for

from .models import HOME_SLUG, Page


def home(request):
    """The front door: „Offenbach hilft“ first, then what the apps registered
    as home sections (`core.home`: latest articles, next meeting), then the entries."""
    sections = home_sections.render(request)
    intro = Page.objects.published().filter(slug=HOME_SLUG).first()
    return render(request, "pages/home.html", {"intro": intro, "sections": sections})


def page_detail(request, slug):
    """A published page for everybody; a draft only as a preview for staff who
    may change pages, 404 for everybody else."""
    page = get_object_or_404_for(request.user, "pages.view_page", Page.objects.all(), slug=slug)
    # One address per page: /seite/impressum/ and /seite/vereine/ lead to /impressum/ and /vereine/.
    address = page.get_absolute_url()
    if request.path != address:
        return redirect(address, permanent=True)
    return render(request, "pages/page.html", {"page": page})
