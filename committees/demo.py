"""Loads the demo of the Kompetenzteam Integration from `committees/demo_data/`
(committee.yaml: purpose, chairs, members and the organisations and people
they name; topics.yaml; meetings.yaml). The files say where the facts come
from and what was left out. Every record is validated (full_clean) and saved
in one revision. Idempotent: what exists is left alone, so a second run
changes nothing and edits made in the back office survive."""

import datetime
from pathlib import Path

import reversion
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify

from offenbach_portal.core.datafiles import read_yaml
from offenbach_portal.core.publication import Status
from orgs import demo as orgs_demo
from orgs.models import District, Language, Organisation, OrganisationEditor, Person
from orgs.reference_data import ensure_reference_data

from . import services
from .models import (
    PORTAL_COMMITTEE_SLUG,
    AgendaItem,
    AttendanceRegistration,
    Chair,
    Committee,
    Meeting,
    MeetingDocument,
    Membership,
    TopicArea,
    TopicProposal,
    document_upload_to,
)

DATA_DIR = Path(__file__).resolve().parent / "demo_data"
# Meeting fields that hold German text (stored in the `_de` translation).
MEETING_TEXTS = ["title", "date_note", "summary", "results"]
MEETING_TIMES = ["start_time", "end_time"]


def read(name):
    return read_yaml(DATA_DIR / name)


def saved(obj):
    obj.full_clean()
    obj.save()
    return obj


def demo_pdf(title):
    """A tiny valid one-page PDF that says what it is."""
    text = f"Demo-Dokument: {title}".encode("latin-1", "replace")
    stream = b"BT /F1 18 Tf 72 760 Td (" + text.replace(b"(", b"[").replace(b")", b"]") + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    body += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return body


class Loader:
    """Creates the records named in the data files. Organisations and people
    are looked up by name; one the directory's demo has not created yet is
    created from its data files (orgs/demo_data/)."""

    def __init__(self, committee_data):
        self.data = committee_data
        self.organisations = {entry["name"]: entry for entry in orgs_demo.read("organisations.yaml")}
        self.people = {entry["name"]: entry for entry in orgs_demo.read("people.yaml")}

    def organisation(self, name):
        existing = Organisation.objects.filter(slug=slugify(name)).first()
        if existing:
            return existing
        ensure_reference_data()
        languages = {language.code: language for language in Language.objects.all()}
        districts = {district.name: district for district in District.objects.all()}
        return orgs_demo.create_organisation(self.organisations[name], languages, districts)[0]

    def person(self, name):
        if not Person.objects.filter(name=name).exists():
            orgs_demo.create_person(self.people[name], self.organisation)
        return Person.objects.get(name=name)

    def committee(self):
        data = self.data["committee"]
        committee = Committee.objects.filter(slug=PORTAL_COMMITTEE_SLUG).first()
        if committee:
            return committee, False
        committee = saved(
            Committee(
                slug=PORTAL_COMMITTEE_SLUG,
                name_de=data["name"],
                founded=data["founded"],
                status=Status.PUBLISHED,
                managing_office=self.organisation(data["managing_office"]),
                **{f"purpose_{language}": text for language, text in data["purpose"].items()},
            )
        )
        for order, chair in enumerate(self.data["chairs"], start=1):
            saved(
                Chair(
                    committee=committee,
                    person=self.person(chair["person"]),
                    role_de=chair["role"],
                    since=chair["since"],
                    until=chair["until"],
                    note_de=chair.get("note", ""),
                    order=order,
                )
            )
        return committee, True

    def members(self, committee):
        created = 0
        for entry in self.data["members"]:
            member = self.organisation(entry["organisation"])
            if Membership.objects.filter(committee=committee, organisation=member).exists():
                continue
            saved(Membership(committee=committee, organisation=member, note_de=entry.get("note", "")))
            created += 1
        return created

    def topics(self, entries):
        topics, created = {}, 0
        for order, entry in enumerate(entries, start=1):
            topic = TopicArea.objects.filter(slug=entry["slug"]).first()
            if topic is None:
                topic = saved(
                    TopicArea(
                        slug=entry["slug"],
                        order=order,
                        description_de=entry["description"],
                        **{f"name_{language}": name for language, name in entry["name"].items()},
                    )
                )
                created += 1
            topics[entry["slug"]] = topic
        return topics, created

    def meeting(self, committee, topics, data):
        if Meeting.objects.filter(committee=committee, number=data["number"]).exists():
            return False
        data = dict(data)
        agenda = data.pop("agenda")
        attendees = data.pop("attendees")
        documents = data.pop("documents", [])
        meeting = Meeting(committee=committee, number=data.pop("number"), status=Status.PUBLISHED)
        for field in MEETING_TEXTS:
            if field in data:
                setattr(meeting, f"{field}_de", data.pop(field))
        for field in MEETING_TIMES:
            if field in data:
                setattr(meeting, field, datetime.time.fromisoformat(data.pop(field)))
        for field, value in data.items():
            setattr(meeting, field, value)
        saved(meeting)
        meeting.attendees.set([self.organisation(name) for name in attendees])
        for order, entry in enumerate(agenda, start=1):
            item = saved(
                AgendaItem(
                    meeting=meeting,
                    order=order,
                    title_de=entry["title"],
                    description_de=entry.get("description", ""),
                    result_de=entry.get("result", ""),
                )
            )
            item.topic_areas.set([topics[slug] for slug in entry["topics"]])
            item.presenters.set([self.person(name) for name in entry.get("presenters", [])])
        for order, entry in enumerate(documents, start=1):
            document = MeetingDocument(
                meeting=meeting, kind=entry["kind"], title_de=entry["title"], visibility=entry["visibility"], order=order
            )
            # Reuse the file of an earlier run (the database may have been reset), so
            # that loading the demo again and again leaves two files, not a pile.
            name = document_upload_to(document, f"{slugify(entry['title'])}.pdf")
            storage = document.file.storage
            document.file.name = name if storage.exists(name) else storage.save(name, ContentFile(demo_pdf(entry["title"])))
            saved(document)
        return True


def demo_editor(loader, data):
    """The demo editor and the current member organisation they act for (see participation.yaml)."""
    User = get_user_model()
    user = User.objects.filter(username=data["username"]).first()
    if user is None:
        user = User(
            username=data["username"], first_name=data["first_name"], last_name=data["last_name"], email=f"{data['username']}@example.org"
        )
        user.set_password(data["password"])
        user.save()
    current = Membership.objects.current().filter(committee__slug=PORTAL_COMMITTEE_SLUG)
    organisation = Organisation.objects.filter(editor_links__user=user, committee_memberships__in=current).order_by("name").first()
    if organisation is None:
        organisation = loader.organisation(data["organisation"])
        OrganisationEditor.objects.get_or_create(organisation=organisation, user=user)
    return user, organisation


def participation(loader, committee):
    """One attendance registration and one topic proposal by the demo editor, through the services."""
    data = read("participation.yaml")
    user, organisation = demo_editor(loader, data["editor"])
    meeting = Meeting.objects.get(committee=committee, number=data["attendance"]["meeting"])
    created = 0
    if not AttendanceRegistration.objects.filter(meeting=meeting, organisation=organisation).exists():
        services.attendance_register(
            meeting=meeting,
            organisation=organisation,
            attendees=data["attendance"]["attendees"],
            note=data["attendance"]["note"],
            user=user,
        )
        created += 1
    proposal = data["proposal"]
    if not TopicProposal.objects.filter(organisation=organisation, title=proposal["title"]).exists():
        services.topic_propose(organisation=organisation, title=proposal["title"], description=proposal["description"], user=user)
        created += 1
    return f"Teilnahme und Themenvorschlag ({user.get_username()}, {organisation.name}): {created} neu"


def load(stdout):
    loader = Loader(read("committee.yaml"))
    meetings_data = read("meetings.yaml")
    with transaction.atomic(), reversion.create_revision():
        reversion.set_comment("Demo-Inhalt angelegt")
        committee, committee_created = loader.committee()
        members = loader.members(committee)
        topics, topics_created = loader.topics(read("topics.yaml"))
        meetings = sum(loader.meeting(committee, topics, data) for data in meetings_data)
    with transaction.atomic():
        taking_part = participation(loader, committee)
    stdout.write(
        f"Kompetenzteam: {'neu' if committee_created else 'vorhanden'}; Mitgliedschaften: {members} neu; "
        f"Themenfelder: {topics_created} neu; Sitzungen: {meetings} neu, {len(meetings_data) - meetings} vorhanden; {taking_part}"
    )
