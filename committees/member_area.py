"""The Kompetenzteam section of the member area (`/mein-verein/`): for each
organisation the user edits that is a current member, the next meetings with
their attendance registration, the topic proposals and the members-only
documents. A constant number of queries, whatever the number of rows."""

from . import selectors


def member_area_section(request):
    organisations = list(selectors.member_organisations_of(request.user))
    if not organisations:
        return None
    meetings = list(selectors.meetings_open_for_registration())
    registrations = selectors.registrations_for(meetings, organisations)
    rows = [
        {
            "meeting": meeting,
            "entries": [
                {"organisation": organisation, "registration": registrations.get((meeting.pk, organisation.pk))}
                for organisation in organisations
            ],
        }
        for meeting in meetings
    ]
    return {
        "template": "committees/member/section.html",
        "context": {
            "organisations": organisations,
            "rows": rows,
            "proposals": list(selectors.proposals_of(organisations)),
            "documents": list(selectors.members_only_documents()),
        },
        "order": 20,
    }
