"""The crispy-forms template pack in templates/kern/ (KERN UX markup)."""

from html.parser import HTMLParser

import pytest
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Fieldset, Layout, Submit
from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from django.test import RequestFactory


class Elements(HTMLParser):
    """All start tags of a piece of HTML as (tag, attrs) with attrs a dict."""

    def __init__(self, html):
        super().__init__()
        self.found = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def elements(html, tag=None, **attrs):
    """The attributes of every `tag` element whose attributes include `attrs`
    (an attribute given as True must only be present)."""
    result = []
    for name, found in Elements(html).found:
        if tag and name != tag:
            continue
        if all((key in found) if value is True else found.get(key) == value for key, value in attrs.items()):
            result.append(found)
    return result


def by_id(html, id_):
    [found] = elements(html, id=id_)
    return found


class AllWidgetsForm(forms.Form):
    title = forms.CharField(label="Titel", max_length=50, help_text="Kurz und klar.")
    email = forms.EmailField(label="E-Mail", required=False)
    text = forms.CharField(label="Text", widget=forms.Textarea)
    district = forms.ChoiceField(label="Stadtteil", choices=[("", "–"), ("nordend", "Nordend"), ("lauterborn", "Lauterborn")])
    agree = forms.BooleanField(label="Ich stimme zu", help_text="Pflicht für die Anmeldung.")
    size = forms.ChoiceField(
        label="Größe", widget=forms.RadioSelect, choices=[("s", "klein"), ("l", "groß")], help_text="Eine Größe wählen."
    )
    topics = forms.MultipleChoiceField(
        label="Themen", required=False, widget=forms.CheckboxSelectMultiple, choices=[("a", "Arbeit"), ("b", "Bildung")]
    )
    logo = forms.FileField(label="Logo", required=False)

    def clean(self):
        if self.cleaned_data.get("title") == "verboten":
            raise forms.ValidationError("Diese Kombination geht nicht.")
        return self.cleaned_data


VALID = {"title": "Hallo", "text": "Etwas", "district": "nordend", "agree": "on", "size": "s"}


def render_filter(form):
    return Template("{% load crispy_forms_tags %}{{ form|crispy }}").render(Context({"form": form}))


def render_tag(form, request=None):
    return Template("{% load crispy_forms_tags %}{% crispy form %}").render(Context({"form": form, "request": request}))


@pytest.mark.parametrize("render", [render_filter, render_tag])
def test_pack_renders_every_widget_with_kern_classes(render):
    html = render(AllWidgetsForm())
    assert "kern-form-input__input" in by_id(html, "id_title")["class"].split()
    assert "kern-form-input__input" in by_id(html, "id_email")["class"].split()
    assert "kern-form-input__input" in by_id(html, "id_text")["class"].split()
    assert "kern-form-input__select" in by_id(html, "id_district")["class"].split()
    assert "kern-form-check__checkbox" in by_id(html, "id_agree")["class"].split()
    assert by_id(html, "id_size_0")["class"] == "kern-form-check__radio"
    assert by_id(html, "id_topics_1")["class"] == "kern-form-check__checkbox"
    assert by_id(html, "id_logo")["class"] == "kern-form-input__input"
    assert by_id(html, "id_logo")["type"] == "file"
    assert [e["id"] for e in elements(html, "div", **{"class": "kern-form-input"})] == [
        "div_id_title",
        "div_id_email",
        "div_id_text",
        "div_id_district",
        "div_id_logo",
    ]
    assert [e["id"] for e in elements(html, "div", **{"class": "kern-form-check"}) if "id" in e] == ["div_id_agree"]
    assert len(elements(html, "div", **{"class": "kern-form-input__select-wrapper"})) == 1
    assert [e["id"] for e in elements(html, "fieldset", **{"class": "kern-fieldset"})] == ["div_id_size", "div_id_topics"]
    assert len(elements(html, "legend", **{"class": "kern-label"})) == 2


@pytest.mark.parametrize("render", [render_filter, render_tag])
def test_pack_labels_point_to_their_inputs(render):
    html = render(AllWidgetsForm())
    fors = [e["for"] for e in elements(html, "label")]
    assert fors == [
        "id_title",
        "id_email",
        "id_text",
        "id_district",
        "id_agree",
        "id_size_0",
        "id_size_1",
        "id_topics_0",
        "id_topics_1",
        "id_logo",
    ]
    for target in fors:
        by_id(html, target)  # exactly one element with that id


def test_pack_marks_optional_fields_only():
    html = render_filter(AllWidgetsForm())
    assert html.count('class="kern-label__optional"') == 3  # email, topics, logo
    email_label = html.split('for="id_email"', 1)[1].split("</label>", 1)[0]
    assert '<span class="kern-label__optional">– optional</span>' in email_label
    title_label = html.split('for="id_title"', 1)[1].split("</label>", 1)[0]
    assert "kern-label__optional" not in title_label


def test_pack_links_hints_with_aria_describedby():
    html = render_filter(AllWidgetsForm())
    assert by_id(html, "id_title_helptext")["class"] == "kern-hint"
    assert by_id(html, "id_title")["aria-describedby"] == "id_title_helptext"
    assert by_id(html, "id_agree")["aria-describedby"] == "id_agree_helptext"
    assert by_id(html, "div_id_size")["aria-describedby"] == "id_size_helptext"
    assert "aria-describedby" not in by_id(html, "id_email")
    assert elements(html, **{"aria-invalid": True}) == []
    assert "kern-error" not in html
    assert "data-error-summary" not in html


@pytest.mark.parametrize("render", [render_filter, render_tag])
def test_pack_links_errors_and_marks_invalid_fields(render):
    form = AllWidgetsForm(data={"email": "kein-mail"})
    assert not form.is_valid()
    html = render(form)
    for field, described_by in [
        ("title", "id_title_helptext id_title_error"),
        ("email", "id_email_error"),
        ("text", "id_text_error"),
        ("district", "id_district_error"),
        ("agree", "id_agree_helptext id_agree_error"),
    ]:
        element = by_id(html, f"id_{field}")
        assert element["aria-describedby"] == described_by, field
        assert element["aria-invalid"] == "true", field
        assert by_id(html, f"id_{field}_error")["class"] == "kern-error"
    assert by_id(html, "div_id_size")["aria-describedby"] == "id_size_helptext id_size_error"
    assert by_id(html, "id_size_0")["aria-invalid"] == "true"
    assert by_id(html, "div_id_size")["class"] == "kern-fieldset kern-fieldset--error"
    assert by_id(html, "id_size_0")["class"] == "kern-form-check__radio kern-form-check__radio--error"
    assert "kern-form-input__input--error" in by_id(html, "id_title")["class"].split()
    assert "kern-form-input__select--error" in by_id(html, "id_district")["class"].split()
    assert "kern-form-check__checkbox--error" in by_id(html, "id_agree")["class"].split()
    assert by_id(html, "div_id_title")["class"] == "kern-form-input kern-form-input--error"
    assert by_id(html, "div_id_agree")["class"] == "kern-form-check kern-form-check--error"
    # Fields without errors stay unmarked.
    assert "aria-invalid" not in by_id(html, "id_logo")
    assert "aria-invalid" not in by_id(html, "id_topics_0")


@pytest.mark.parametrize("render", [render_filter, render_tag])
def test_pack_error_summary_links_to_each_field_with_an_error(render):
    form = AllWidgetsForm(data={"email": "kein-mail"})
    form.is_valid()
    html = render(form)
    summary = by_id(html, "form-error-summary")
    assert summary["role"] == "alert"
    assert summary["tabindex"] == "-1"
    assert summary["class"] == "kern-alert kern-alert--danger portal-error-summary"
    assert summary["aria-labelledby"] == "form-error-summary-title"
    links = [e["href"] for e in elements(html.split("form-error-summary", 1)[1].split("</ul>", 1)[0], "a")]
    assert links == ["#id_title", "#id_email", "#id_text", "#id_district", "#id_agree", "#id_size_0"]
    for link in links:
        by_id(html, link[1:])
    assert html.index("form-error-summary") < html.index('id="div_id_title"')
    assert len(elements(html, "script", src=True)) == 1
    assert elements(html, "script", src=True)[0]["defer"] is None


def test_pack_error_summary_lists_non_field_errors():
    form = AllWidgetsForm(data=dict(VALID, title="verboten"))
    assert not form.is_valid()
    assert form.errors[NON_FIELD_ERRORS] == ["Diese Kombination geht nicht."]
    html = render_filter(form)
    summary = html.split('id="form-error-summary"', 1)[1].split("</ul>", 1)[0]
    assert "<li>Diese Kombination geht nicht.</li>" in summary
    assert elements(summary, "a") == []


def test_pack_renders_no_summary_for_a_valid_form():
    form = AllWidgetsForm(data=VALID)
    assert form.is_valid()
    html = render_filter(form)
    assert "error-summary" not in html
    assert elements(html, "script") == []


def test_pack_file_input_offers_to_remove_the_current_file():
    class LogoForm(forms.Form):
        logo = forms.FileField(label="Logo", required=False)

    class Stored:
        url = "/media/logo.png"
        name = "logo.png"

        def __str__(self):
            return self.name

    html = render_filter(LogoForm(initial={"logo": Stored()}))
    assert elements(html, "a", href="/media/logo.png")
    assert by_id(html, "logo-clear_id")["class"] == "kern-form-check__checkbox"
    assert elements(html, "label", **{"for": "logo-clear_id"})
    assert by_id(html, "id_logo")["type"] == "file"


def test_pack_file_input_keeps_its_accept_attribute():
    class UploadForm(forms.Form):
        document = forms.FileField(label="Dokument", widget=forms.FileInput(attrs={"accept": ".pdf"}))

    form = UploadForm(data={}, files={"document": SimpleUploadedFile("a.pdf", b"")})
    form.is_valid()
    html = render_filter(form)
    element = by_id(html, "id_document")
    assert element["accept"] == ".pdf"
    assert element["aria-invalid"] == "true"
    assert element["aria-describedby"] == "id_document_error"


def test_crispy_tag_renders_form_tag_csrf_layout_and_inputs():
    class LayoutForm(forms.Form):
        first = forms.CharField(label="Vorname")
        last = forms.CharField(label="Nachname")
        trap = forms.CharField(label="Leer lassen", required=False)

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.helper = FormHelper()
            self.helper.form_action = "/ziel/"
            self.helper.layout = Layout(Fieldset("Person", "first", "last"), Div("trap", css_class="portal-hp"))
            self.helper.add_input(Submit("send", "Senden"))

    request = RequestFactory().get("/")
    html = Template("{% load crispy_forms_tags %}{% crispy form %}").render(
        Context({"form": LayoutForm(), "request": request, "csrf_token": "token"})
    )
    [form_tag] = elements(html, "form")
    assert form_tag == {"action": "/ziel/", "method": "post"}
    assert elements(html, "input", name="csrfmiddlewaretoken")
    assert elements(html, "fieldset", **{"class": "kern-fieldset"})
    assert '<legend class="kern-label kern-label--large">Person</legend>' in html
    hidden_part = html.split('class="portal-hp"', 1)[1]
    assert 'id="id_trap"' in hidden_part and 'id="id_first"' not in hidden_part
    [button] = elements(html, "button")
    assert button == {"type": "submit", "name": "send", "value": "Senden", "class": "kern-btn kern-btn--primary", "id": "submit-id-send"}


@pytest.mark.django_db
def test_login_page_renders_with_the_pack(client):
    response = client.get("/konto/anmelden/")
    assert response.status_code == 200
    html = response.content.decode()
    assert by_id(html, "div_id_username")["class"] == "kern-form-input"
    assert elements(html, "label", **{"for": "id_password"})
    assert "kern-form-input__input" in by_id(html, "id_password")["class"].split()


@pytest.mark.django_db
def test_login_failure_shows_the_summary_with_the_non_field_error(client):
    response = client.post("/konto/anmelden/", {"username": "niemand", "password": "falsch-falsch"})
    assert response.status_code == 200
    html = response.content.decode()
    summary = html.split('id="form-error-summary"', 1)[1].split("</ul>", 1)[0]
    assert "Benutzername" in summary and "Passwort" in summary
    assert elements(summary, "li")
