"""System checks of the portal's own production rules (`manage.py check --deploy`)."""

from django.conf import settings
from django.core import checks

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


def mail_uses_tls(app_configs=None, **kwargs):
    """Contact messages and invitations carry personal data: in production the
    SMTP connection must be encrypted (STARTTLS or implicit TLS). The backend
    that delivers is EMAIL_DELIVERY_BACKEND: EMAIL_BACKEND is the outbox in
    front of it (core/mail.py)."""
    if getattr(settings, "EMAIL_DELIVERY_BACKEND", settings.EMAIL_BACKEND) != SMTP_BACKEND:
        return []
    if settings.EMAIL_USE_TLS or getattr(settings, "EMAIL_USE_SSL", False):
        return []
    return [
        checks.Error(
            "Mail goes to the SMTP server without encryption.",
            hint="Set EMAIL_USE_TLS=1 (STARTTLS, usually port 587) or EMAIL_USE_SSL=1 (port 465).",
            id="portal.E001",
        )
    ]


def register_checks():
    checks.register(mail_uses_tls, checks.Tags.security, deploy=True)
