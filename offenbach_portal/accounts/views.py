"""Login, password change and reset (Django's views with our templates), the
invitation link and the member area. Writes go through `services`."""

from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from offenbach_portal.core import ratelimit

from . import services
from .forms import InvitationAcceptForm, PasswordResetForm, suggested_username
from .member_area import member_area_sections
from .models import Invitation

# The backend a freshly created account is logged in with (several are configured).
LOGIN_BACKEND = "django.contrib.auth.backends.ModelBackend"


@login_required
def member_area(request):
    return render(request, "accounts/member_area.html", {"sections": member_area_sections.render(request)})


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change_form.html"
    success_url = reverse_lazy("accounts:password_change_done")


class PasswordResetView(auth_views.PasswordResetView):
    """Answers the same whether or not an account has the address (Django
    sends nothing to an unknown one); limited per client address."""

    template_name = "accounts/password_reset_form.html"
    form_class = PasswordResetForm
    email_template_name = "accounts/mail/password_reset.txt"
    subject_template_name = "accounts/mail/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        if not ratelimit.hit(self.request, "password-reset", settings.PASSWORD_RESET_RATE):
            form.add_error(None, _("Sie haben in kurzer Zeit zu viele Anfragen gesendet. Bitte versuchen Sie es später noch einmal."))
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


def _invitation_or_problem(token):
    """(invitation, None) for a link that can be used, else (invitation or None, problem)."""
    try:
        invitation = services.invitation_from_token(token)
    except signing.BadSignature:
        return None, "altered"
    state = invitation.state
    if state == Invitation.State.OPEN and invitation.target is None:
        state = Invitation.State.REVOKED  # what it gave rights on was deleted
    return invitation, (None if state == Invitation.State.OPEN else state)


@require_http_methods(["GET", "HEAD", "POST"])
def invitation(request, token):
    """The link from the invitation mail: set up the account, or say what is
    wrong with the link (altered, expired, used, revoked)."""
    invitation, problem = _invitation_or_problem(token)
    if problem:
        context = {"problem": problem, "invitation": invitation, "token": token, "office_email": settings.CONTACT_EMAIL}
        return render(request, "accounts/invitation_problem.html", context, status=400 if problem == "altered" else 410)

    user = request.user
    same_person = user.is_authenticated and user.email.lower() == invitation.email.lower()
    existing = not same_person and _account_exists(invitation.email)
    form = None
    status = 200
    if same_person:
        if request.method == "POST":
            return _accept(request, invitation, user=user)
    elif user.is_authenticated or existing:
        pass  # the page asks to log in with the invited account (or out of the other one)
    elif request.method == "POST":
        form = InvitationAcceptForm(request.POST, invitation=invitation)
        if form.is_valid():
            data = form.cleaned_data
            return _accept(request, invitation, username=data["username"], password=data["password1"], name=data["name"])
        status = 400
    else:
        form = InvitationAcceptForm(invitation=invitation, initial={"username": suggested_username(invitation.email)})
    context = {"invitation": invitation, "form": form, "same_person": same_person, "existing": existing, "target": invitation.target}
    return render(request, "accounts/invitation.html", context, status=status)


def _account_exists(email):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(email__iexact=email, is_active=True).exists()


def _accept(request, invitation, **kwargs):
    try:
        user = services.invitation_accept(invitation=invitation, **kwargs)
    except services.InvitationNotOpen:
        return redirect(request.path)  # used or revoked in the meantime: the page says which
    if request.user != user:
        login(request, user, backend=LOGIN_BACKEND)
    return redirect("accounts:member-area")


@require_POST
def invitation_request_new(request, token):
    """Ask the office for a new invitation (the link expired, was used or revoked)."""
    invitation, problem = _invitation_or_problem(token)
    if problem in (None, "altered"):
        return redirect("accounts:invitation", token=token)
    if not ratelimit.hit(request, "invitation-request", settings.INVITATION_REQUEST_RATE):
        context = {"problem": problem, "invitation": invitation, "token": token, "office_email": settings.CONTACT_EMAIL, "limited": True}
        return render(request, "accounts/invitation_problem.html", context, status=429)
    services.invitation_request_new(invitation=invitation, language=get_language() or "")
    response = redirect(reverse("accounts:invitation-requested"))
    response.status_code = 303
    return response


def invitation_requested(request):
    return render(request, "accounts/invitation_requested.html", {"office_email": settings.CONTACT_EMAIL})
