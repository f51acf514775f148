from django.shortcuts import get_object_or_404, render

from .models import Page


def home(request):
    return render(request, "pages/home.html", {"intro": Page.objects.published().filter(slug="startseite").first()})


def page_detail(request, slug):
    page = get_object_or_404(Page.objects.published(), slug=slug)
    return render(request, "pages/page.html", {"page": page})
