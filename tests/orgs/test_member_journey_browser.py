"""The whole member journey in headless Chromium with the keyboard alone, on
the demo: the office invites a volunteer from the organisation's admin page;
the volunteer opens the link from the mail, sets a password, logs out and in
again, edits the profile, previews and sends it; the office approves the
change; the public profile shows it. Nothing here is clicked with a mouse:
every step is Tab, typing and Enter."""

import re

import pytest
from django.core import mail

from orgs.models import Organisation, ProfileChange
from tests.browser import run_axe, tab_to

pytestmark = [pytest.mark.browser]

SLUG = "bangla-ischtyle"  # a demo organisation that has no editor yet
PASSWORD = "Tastatur-Verein-2026!"
NEW_TEXT = "Wir treffen uns jeden Freitag im Nordend; neu: ein Tanzkurs für Jugendliche."


def press_enter_and_wait(page):
    with page.expect_navigation():
        page.keyboard.press("Enter")


def log_in(page, url, username, password):
    page.goto(url)
    tab_to(page, "#id_username")
    page.keyboard.type(username)
    tab_to(page, "#id_password", limit=3)
    page.keyboard.type(password)
    press_enter_and_wait(page)


def test_invitation_to_published_change_with_the_keyboard_alone(browser, demo_site, browser_db, mailoutbox):
    browser_db.mark_changed()
    organisation = Organisation.objects.get(slug=SLUG)
    assert NEW_TEXT not in organisation.description_de

    # The office invites the volunteer from the organisation's admin page.
    office = browser.new_context(locale="de-DE").new_page()
    log_in(office, demo_site + "/admin/login/", "buero", "demo-buero-2026")
    office.goto(f"{demo_site}/admin/orgs/organisation/{organisation.pk}/change/")
    tab_to(office, f"a[href='/admin/orgs/organisation/{organisation.pk}/einladen/']")
    press_enter_and_wait(office)
    tab_to(office, "#id_email")
    office.keyboard.type("nasrin@example.org")
    press_enter_and_wait(office)
    [invitation_mail] = mail.outbox
    assert invitation_mail.to == ["nasrin@example.org"]
    link = re.search(r"^(http://\S+/konto/einladung/\S+/)$", invitation_mail.body, re.MULTILINE).group(1)

    # The volunteer sets a password, logs out and in again.
    member = browser.new_context(locale="de-DE", bypass_csp=True).new_page()  # bypass only to inject axe-core
    member.goto(link)
    tab_to(member, "#id_name")
    member.keyboard.type("Nasrin Beispiel")
    assert member.input_value("#id_username") == "nasrin"  # suggested from the address
    tab_to(member, "#id_password1", limit=3)
    member.keyboard.type(PASSWORD)
    tab_to(member, "#id_password2", limit=3)
    member.keyboard.type(PASSWORD)
    press_enter_and_wait(member)
    assert member.url == demo_site + "/mein-verein/"
    tab_to(member, "form[action='/konto/abmelden/'] button")
    press_enter_and_wait(member)
    log_in(member, demo_site + "/konto/anmelden/", "nasrin", PASSWORD)
    assert member.url == demo_site + "/mein-verein/"

    # … edits the profile, looks at the preview and sends it.
    tab_to(member, f"a[href='/mein-verein/{SLUG}/profil/']")
    press_enter_and_wait(member)
    tab_to(member, "#id_description_de")
    member.keyboard.press("Control+A")
    member.keyboard.type(NEW_TEXT)
    tab_to(member, "button[value=preview]")
    press_enter_and_wait(member)
    assert member.locator(f"text={NEW_TEXT}").count() == 1
    assert run_axe(member) == []
    tab_to(member, "button[value=send]")
    press_enter_and_wait(member)
    change = ProfileChange.objects.get(organisation=organisation, state=ProfileChange.State.PENDING)
    assert change.submitted_by.username == "nasrin"
    organisation.refresh_from_db()
    assert NEW_TEXT not in organisation.description_de  # nothing public before the review

    # The office approves it.
    office.goto(demo_site + "/admin/orgs/profilechange/")
    tab_to(office, f"a[href='/admin/orgs/profilechange/{change.pk}/change/']")
    press_enter_and_wait(office)
    tab_to(office, "button[value=approve]")
    press_enter_and_wait(office)
    change.refresh_from_db()
    assert change.state == ProfileChange.State.APPROVED

    # The public profile shows the change.
    member.goto(f"{demo_site}/vereine/{SLUG}/")
    assert member.locator(f"text={NEW_TEXT}").count() == 1
    office.context.close()
    member.context.close()
