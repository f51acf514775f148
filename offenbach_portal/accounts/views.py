from django.contrib.auth.decorators import login_required
from django.shortcuts import render


@login_required
def member_area(request):
    return render(request, "accounts/member_area.html")
