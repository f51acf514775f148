from django.shortcuts import render


def contact_view(request, kind):
    return render(request, "portal/page.html", {"page": None})


def thanks(request):
    return render(request, "portal/page.html", {"page": None})
