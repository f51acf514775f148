from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .member_area import member_area_sections


@login_required
def member_area(request):
    return render(request, "accounts/member_area.html", {"sections": member_area_sections.render(request)})
