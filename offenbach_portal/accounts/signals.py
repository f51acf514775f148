"""Signals of the accounts app. Other apps receive them from their
`AppConfig.ready()`; accounts names none of them.

`invitation_accepted(sender=Invitation, invitation=…, user=…)` is sent inside
the transaction that marks the invitation used: the app that owns the
invitation's target grants the rights (orgs: an `OrganisationEditor` link).
A receiver that fails undoes the acceptance."""

from django.dispatch import Signal

invitation_accepted = Signal()
