"""Demo content of the Kompetenzteam Integration, from /work/shared/facts
(facts.yaml), told in our own words. Idempotent: what exists is left alone,
so a second run changes nothing and edits made in the back office survive.

Left out on purpose: meetings 1–24, 27 and 28 (nothing known), the two
unnumbered early meetings, Dr. Felix Schwenke as chair (no source names him),
the organisations only "plausibly linked" to the committee, and every
statement the facts mark as doubtful. Meeting 32 is invented so that the
page shows an upcoming meeting; it says so on its page."""

import datetime

import reversion
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify

from offenbach_portal.core.publication import Status
from orgs.models import Organisation, Person

from .models import (
    PORTAL_COMMITTEE_SLUG,
    AgendaItem,
    Chair,
    Committee,
    Meeting,
    MeetingDocument,
    Membership,
    TopicArea,
    document_upload_to,
)

Kind = Organisation.Kind
State = Meeting.State

PURPOSE = {
    "de": (
        "<p>Im Kompetenzteam Integration sitzen Vereine, religiöse Gemeinden und Initiativen von Offenbacherinnen und "
        "Offenbachern mit Migrationsgeschichte mit Politik und Verwaltung der Stadt an einem Tisch. Ein- oder zweimal im "
        "Jahr kommt die Runde zusammen: Die Gruppen berichten, was gut läuft, wo es hakt und was sie vorhaben; die Stadt "
        "erläutert, was sie plant.</p>"
        "<p>So fließen die Erfahrungen und Vorschläge der Mitglieder in die Integrationspolitik der Stadt ein, und "
        "Informationen der Stadt erreichen die Gemeinschaften auf kurzem Weg. Geht es um ein Fachthema, kommen Fachleute "
        "aus Ämtern, städtischen Gesellschaften oder anderen Behörden dazu.</p>"
        "<p>Gegründet wurde das Gremium 2007 auf Anregung der damaligen Bürgermeisterin Birgit Simon. Den Vorsitz teilen "
        "sich die Integrationsdezernentin oder der Integrationsdezernent und die oder der Vorsitzende des Ausländerbeirats; "
        "die Geschäftsführung liegt beim Amt für Arbeitsförderung, Statistik und Integration. 2022 gehörten rund 33 "
        "Organisationen dazu.</p>"
    ),
    "en": (
        "<p>The Kompetenzteam Integration brings associations, religious communities and citizens' initiatives of "
        "Offenbach residents with a migration background together with the city's politicians and administration. The "
        "group meets once or twice a year: members say what works, where the problems are and what they are planning, "
        "and the city explains its own plans.</p>"
        "<p>This way the members' experience and proposals feed into the city's integration policy, and information "
        "from the city reaches the communities quickly. When a specialist subject is on the agenda, experts from city "
        "offices, municipal companies or other authorities join in.</p>"
        "<p>The committee was set up in 2007 on the initiative of the then mayor Birgit Simon. It is chaired jointly by "
        "the city councillor responsible for integration and the chair of the Ausländerbeirat (the elected council of "
        "foreign residents); the Office for Employment Promotion, Statistics and Integration runs its business. In 2022 "
        "about 33 organisations took part.</p>"
    ),
    "uk": (
        "<p>У Команді компетенцій з інтеграції (Kompetenzteam Integration) об’єднання, релігійні громади та громадські "
        "ініціативи жителів Оффенбаха з міграційною історією зустрічаються з політиками та працівниками міської "
        "адміністрації. Команда збирається один-два рази на рік: учасники розповідають, що вдається, де виникають "
        "труднощі і що вони планують, а місто пояснює свої плани.</p>"
        "<p>Так досвід і пропозиції учасників потрапляють у міську політику інтеграції, а інформація від міста швидко "
        "доходить до громад. Якщо йдеться про фахову тему, до зустрічі долучаються фахівці міських установ, "
        "муніципальних підприємств або інших відомств.</p>"
        "<p>Команду створено 2007 року з ініціативи тодішньої бургомістерки Біргіт Зімон. Головують спільно член "
        "магістрату, відповідальний за інтеграцію, та голова Ради іноземців (Ausländerbeirat); організаційну роботу веде "
        "Управління зі сприяння зайнятості, статистики та інтеграції. У 2022 році до команди входило близько 33 "
        "організацій.</p>"
    ),
    "ru": (
        "<p>В Команде компетенций по интеграции (Kompetenzteam Integration) объединения, религиозные общины и "
        "гражданские инициативы жителей Оффенбаха с миграционной историей встречаются с политиками и сотрудниками "
        "городской администрации. Команда собирается один-два раза в год: участники рассказывают, что получается, где "
        "возникают трудности и что они планируют, а город объясняет свои планы.</p>"
        "<p>Так опыт и предложения участников попадают в городскую политику интеграции, а информация от города быстро "
        "доходит до общин. Если речь идёт о специальной теме, к встрече присоединяются специалисты городских ведомств, "
        "муниципальных предприятий или других учреждений.</p>"
        "<p>Команда создана в 2007 году по инициативе тогдашнего бургомистра Биргит Зимон. Председательствуют совместно "
        "член магистрата, отвечающий за интеграцию, и председатель Совета иностранцев (Ausländerbeirat); "
        "организационную работу ведёт Ведомство по содействию занятости, статистике и интеграции. В 2022 году в команду "
        "входило около 33 организаций.</p>"
    ),
}

MANAGING_OFFICE = "Amt für Arbeitsförderung, Statistik und Integration"

# Organisations named in the facts: name -> kind.
ORGANISATIONS = {
    MANAGING_OFFICE: Kind.CITY_OFFICE,
    "Dezernat III der Stadt Offenbach": Kind.CITY_OFFICE,
    "Ausländerbeirat der Stadt Offenbach": Kind.INSTITUTION,
    "Sozialamt": Kind.CITY_OFFICE,
    "Amt für Öffentlichkeitsarbeit": Kind.CITY_OFFICE,
    "Wahlamt": Kind.CITY_OFFICE,
    "Frauenbüro": Kind.CITY_OFFICE,
    "WIR-Vielfaltszentrum Offenbach": Kind.INSTITUTION,
    "Griechischer Elternverein": Kind.ASSOCIATION,
    "Griechische Gemeinde in Offenbach/M. und Umgebung e.V.": Kind.ASSOCIATION,
    "Bangla Ischtyle": Kind.INITIATIVE,
    "Bulgaren in Offenbach e.V.": Kind.ASSOCIATION,
    "Ahmadiyya Muslim Jamaat e.V.": Kind.RELIGIOUS,
    "Binodon Bangla e.V.": Kind.ASSOCIATION,
    "Rumänisch-Orthodoxe Kirchengemeinde Offenbach": Kind.RELIGIOUS,
    "Bosniakisches Kulturzentrum Offenbach am Main e.V.": Kind.RELIGIOUS,
}

# People in their public roles: name -> (role, organisation or None).
PEOPLE = {
    "Abdelkader Rafoud": ("Vorsitzender des Ausländerbeirats", "Ausländerbeirat der Stadt Offenbach"),
    "Martin Wilhelm": ("Stadtrat, Sozial- und Integrationsdezernent", "Dezernat III der Stadt Offenbach"),
    "Sabine Groß": ("Stadträtin, Integrationsdezernentin (2019–2021)", None),
    "Peter Freier": ("Stadtrat, Integrationsdezernent (2016–2018)", None),
    "Birgit Simon": ("Bürgermeisterin und Sozialdezernentin (2007)", None),
    "Luigi Masala": ("Integrationsbeauftragter der Stadt Offenbach", MANAGING_OFFICE),
    "Dagmar Wiegand": ("Amtsleiterin", "Sozialamt"),
    "Katja Lenz": ("Mitarbeiterin", "Amt für Öffentlichkeitsarbeit"),
    "Thorsten Nowak": ("Leiter des Bereichs Statistik und Wahlen", "Wahlamt"),
    "Simone Lechner": ("WIR-Koordinatorin", "WIR-Vielfaltszentrum Offenbach"),
    "Yasemin Özer": ("WIR-Koordinatorin", "WIR-Vielfaltszentrum Offenbach"),
    "Tavier Fairburn": ("WIR-Koordinatorin", "WIR-Vielfaltszentrum Offenbach"),
    "Luzia Rott": ("Fachreferentin für die Umsetzung der Istanbul-Konvention", "Frauenbüro"),
}

# Chairs over time (committee.chairs_over_time). Dr. Felix Schwenke is left
# out: no source names him as chair.
CHAIRS = [
    # person, role in the chair, since, until, note, order
    ("Martin Wilhelm", "Integrationsdezernent der Stadt", 2022, None, "", 1),
    ("Abdelkader Rafoud", "Vorsitzender des Ausländerbeirats", 2007, None, "", 2),
    ("Sabine Groß", "Integrationsdezernentin der Stadt", 2019, 2021, "", 3),
    ("Peter Freier", "Integrationsdezernent der Stadt", 2018, 2018, "belegt für Januar 2018", 4),
    ("Birgit Simon", "Bürgermeisterin und Sozialdezernentin", 2007, 2010,
     "unsicher: nur aus einem Zeitungsbericht bekannt, Ende um 2009/2010", 5),
]

# Members: the first entries of the city's list, then two organisations that
# other city sources name as members. Since when is not known.
MEMBERS = [
    ("Dezernat III der Stadt Offenbach", ""),
    ("Ausländerbeirat der Stadt Offenbach", ""),
    ("Griechischer Elternverein", ""),
    ("Griechische Gemeinde in Offenbach/M. und Umgebung e.V.", ""),
    ("Bangla Ischtyle", ""),
    ("Bulgaren in Offenbach e.V.", ""),
    ("Ahmadiyya Muslim Jamaat e.V.", ""),
    ("Binodon Bangla e.V.", ""),
    ("Rumänisch-Orthodoxe Kirchengemeinde Offenbach", "von Anfang an dabei"),
    ("Bosniakisches Kulturzentrum Offenbach am Main e.V.", ""),
]

TOPICS = [
    # slug, {language: name}, German description
    ("ausbildung-und-beruf", {"de": "Ausbildung und Beruf", "en": "Training and work", "uk": "Професійне навчання і робота",
                              "ru": "Профобучение и работа"},
     "Wie junge Menschen einen Ausbildungsplatz finden, wie das System der Berufsausbildung funktioniert und wie der "
     "Einstieg in den Beruf gelingt."),
    ("deutsch-lernen", {"de": "Deutsch lernen", "en": "Learning German", "uk": "Вивчення німецької", "ru": "Изучение немецкого"},
     "Sprachförderung für Kinder und Erwachsene."),
    ("kinderbetreuung", {"de": "Kinderbetreuung", "en": "Childcare", "uk": "Догляд за дітьми", "ru": "Присмотр за детьми"},
     "Betreuungsplätze und Angebote für Kinder."),
    ("schule-und-eltern", {"de": "Schule und Eltern", "en": "School and parents", "uk": "Школа і батьки", "ru": "Школа и родители"},
     "Wie Schulen und Eltern zusammenarbeiten und wie Familien sich im deutschen Schulsystem zurechtfinden."),
    ("umwelt", {"de": "Umwelt", "en": "Environment", "uk": "Довкілля", "ru": "Окружающая среда"},
     "Umweltfragen im Alltag der Gemeinschaften."),
    ("interkulturelle-oeffnung", {"de": "Interkulturelle Öffnung der Verwaltung", "en": "Intercultural opening of the administration",
                                  "uk": "Міжкультурна відкритість адміністрації", "ru": "Межкультурная открытость администрации"},
     "Wie die Stadtverwaltung für alle Offenbacherinnen und Offenbacher gut erreichbar wird."),
    ("gesundheit", {"de": "Gesundheit und Vorsorge", "en": "Health and prevention", "uk": "Здоров’я і профілактика",
                    "ru": "Здоровье и профилактика"},
     "Vorsorgeuntersuchungen für Kinder, Schuleingangsuntersuchung, Suchtgefahren, Gesundheitsförderung und gleiche "
     "Chancen auf ein gesundes Leben."),
    ("corona", {"de": "Corona-Pandemie", "en": "COVID-19 pandemic", "uk": "Пандемія коронавірусу", "ru": "Пандемия коронавируса"},
     "Was die Pandemie für Vereine und Gemeinden bedeutete und wie sie Informationen, etwa zur Impfkampagne, weitergaben."),
    ("wohnen", {"de": "Wohnen", "en": "Housing", "uk": "Житло", "ru": "Жильё"},
     "Wohnungsbau und die Versorgung mit Wohnraum; stand Anfang 2018 auf der Tagesordnung."),
    ("foerderung", {"de": "Förderung von Migrantenorganisationen", "en": "Funding for migrant organisations",
                    "uk": "Фінансування організацій мігрантів", "ru": "Финансирование организаций мигрантов"},
     "Welche Zuschüsse und Programme Vereinen, Gemeinden und Initiativen offenstehen."),
    ("wahlen", {"de": "Wahlen und Mitbestimmung", "en": "Elections and participation", "uk": "Вибори і участь",
                "ru": "Выборы и участие"},
     "Kommunalwahl und Wahl des Ausländerbeirats: wer wählen darf und wie."),
    ("gefluechtete", {"de": "Geflüchtete", "en": "Refugees", "uk": "Біженці", "ru": "Беженцы"},
     "Ankommen in Offenbach: Registrierung, erste Hilfen, Orientierung und Teilhabe."),
    ("sicherheit-im-oeffentlichen-raum", {"de": "Sicherheit im öffentlichen Raum", "en": "Safety in public space",
                                          "uk": "Безпека в громадських місцях", "ru": "Безопасность в общественных местах"},
     "Verbale sexuelle Belästigung auf der Straße (Catcalling) und Orte, die Menschen aus Angst meiden."),
    ("vereinsleben", {"de": "Vereinsleben und Vernetzung", "en": "Community life and networking",
                      "uk": "Життя громад і співпраця", "ru": "Жизнь общин и сотрудничество"},
     "Woran die Mitglieder arbeiten – von Bildung und Kultur bis zur Demokratieförderung – und was sie voneinander lernen."),
]

# Every numbered meeting the facts know. Agenda items: (title, topic slugs,
# presenters, description, result).
MEETINGS = [
    {
        "number": 25,
        "date": datetime.date(2019, 2, 1),
        "date_is_approximate": True,
        "date_note": "Anfang 2019 (der genaue Tag ist nicht überliefert)",
        "title": "Fördermöglichkeiten für Migrantenorganisationen",
        "state": State.HELD,
        "summary": "<p>Die erste Sitzung mit Sabine Groß als neuer Integrationsdezernentin, gemeinsam geleitet mit "
                   "Abdelkader Rafoud. Im Mittelpunkt stand die Frage, woher Vereine und Gemeinden Geld für ihre "
                   "Vorhaben bekommen können.</p>",
        "results": "<p>Die Organisationen schilderten, woran sie arbeiten, welche Ideen sie haben und was ihnen fehlt. "
                   "Die Dezernentin sagte zu, die Arbeit des Kompetenzteams fortzuführen, eigene Schwerpunkte zu setzen "
                   "und im Lauf des Jahres 2019 Mitgliedsorganisationen zu besuchen.</p>",
        "attendees": ["Ausländerbeirat der Stadt Offenbach"],
        "agenda": [
            ("Vorstellungsrunde: Arbeit, Ideen und Bedarfe der Mitglieder", ["vereinsleben"], [], "", ""),
            ("Die städtische Förderrichtlinie für Integrationsprojekte", ["foerderung"], [],
             "<p>Vorgestellt wurde die „Richtlinie der Stadt Offenbach am Main für die Finanzierung zur Durchführung von "
             "Integrationsprojekten, Veranstaltungen oder Maßnahmen Dritter“, nach der die Stadt Vorhaben von Vereinen "
             "und Initiativen bezuschusst.</p>", ""),
            ("Das Landesprogramm WIR", ["foerderung"], [],
             "<p>Ein Überblick über das Programm WIR des Hessischen Ministeriums für Soziales und Integration.</p>", ""),
            ("Das House of Resources Rhein Main", ["foerderung"], [],
             "<p>Vorgestellt wurde das House of Resources Rhein Main: ein Angebot des Vereins beramí, gefördert vom "
             "Bundesamt für Migration und Flüchtlinge, das Migrantenorganisationen unterstützt.</p>", ""),
        ],
    },
    {
        "number": 26,
        "date": datetime.date(2021, 1, 19),
        "is_online": True,
        "title": "Folgen der Corona-Pandemie und die Wahlen im März 2021",
        "state": State.HELD,
        "summary": "<p>Wegen der Pandemie traf sich das Kompetenzteam zum ersten Mal ganz online. Es leiteten Sabine Groß "
                   "und Abdelkader Rafoud.</p>",
        "results": "<p>Einig waren sich alle: Ein Treffen am Bildschirm ersetzt die Begegnung von Angesicht zu Angesicht "
                   "nicht. Die Stadt dankte den Vereinen und Gemeinden dafür, dass sie Informationen rund um Corona an "
                   "ihre Leute weitergegeben haben.</p>",
        "attendees": ["Ausländerbeirat der Stadt Offenbach", "Wahlamt"],
        "agenda": [
            ("Wie geht es Vereinen und Gemeinden in der Pandemie?", ["corona", "vereinsleben"], [], "",
             "<p>Die Vereine berichteten, dass ihr Vereinsleben fast stillsteht und Einnahmen aus Festen wegfallen. Die "
             "religiösen Gemeinden mussten ihre Gottesdienste unter Kontaktbeschränkungen neu organisieren.</p>"),
            ("Kommunalwahl und Ausländerbeiratswahl am 14. März 2021", ["wahlen"], ["Thorsten Nowak"],
             "<p>Das Wahlamt informierte über die beiden Wahlen im März 2021.</p>", ""),
        ],
    },
    {
        "number": 29,
        "date": datetime.date(2022, 5, 24),
        "title": "Geflüchtete aus der Ukraine",
        "state": State.HELD,
        "summary": "<p>Die Sitzung galt dem Krieg in der Ukraine und dem, was er für Offenbach bedeutet. Den Vorsitz hatten "
                   "Martin Wilhelm und Abdelkader Rafoud.</p>",
        "results": "<p>Ein Dach über dem Kopf ist erst der Anfang: Ankommen heißt auch, Kontakte zu knüpfen, dazuzugehören "
                   "und Offenbach als Zuhause zu erleben. Das Kompetenzteam selbst wurde als ein Weg genannt, auf dem die "
                   "Zivilgesellschaft bei solchen Fragen mitredet.</p>",
        "attendees": ["Ausländerbeirat der Stadt Offenbach", "Dezernat III der Stadt Offenbach", "Sozialamt",
                      "Amt für Öffentlichkeitsarbeit"],
        "agenda": [
            ("Ukrainische Geflüchtete in Offenbach: Ankunft, Registrierung, nächste Schritte", ["gefluechtete"],
             ["Dagmar Wiegand"],
             "<p>Die Leiterin des Sozialamts schilderte, wie Menschen aus der Ukraine in Offenbach ankommen, wie sie "
             "registriert werden und wie es danach für sie weitergeht.</p>", ""),
            ("Die Website „Offenbach hilft“", ["gefluechtete"], ["Katja Lenz"],
             "<p>Vorgestellt wurde die Seite, auf der Geflüchtete aus der Ukraine und alle, die ihnen helfen wollen, das "
             "Wichtigste an einem Ort finden: Aufenthalt, Sozialleistungen, Wohnen und Wege, in der Stadt "
             "mitzumachen.</p>", ""),
        ],
    },
    {
        "number": 30,
        "date": datetime.date(2024, 4, 23),
        "title": "Erfahrungsaustausch und Fördermöglichkeiten",
        "state": State.HELD,
        "summary": "<p>Vereine, Gemeinden und Initiativen tauschten Erfahrungen aus und erfuhren, welche Förderung ihnen "
                   "offensteht. Auch Kommunalpolitikerinnen und Kommunalpolitiker waren gekommen.</p>",
        "results": "<p>Die Runde ergab ein breites Bild der Arbeit der Mitglieder und einen Überblick über die Wege zu "
                   "Fördergeld, darunter die städtische Förderrichtlinie.</p>",
        "attendees": ["Ausländerbeirat der Stadt Offenbach", "Dezernat III der Stadt Offenbach",
                      "WIR-Vielfaltszentrum Offenbach", MANAGING_OFFICE],
        "agenda": [
            ("Vorstellungsrunde: Woran die Mitglieder arbeiten", ["vereinsleben", "deutsch-lernen"], [], "",
             "<p>Die Mitglieder erzählten von ihrer Arbeit in Bildung, Kultur und Sprachförderung, von ihren Netzwerken "
             "und von Projekten, die die Demokratie stärken.</p>"),
            ("Fördermöglichkeiten für Migrantenorganisationen und Initiativen", ["foerderung"],
             ["Simone Lechner", "Yasemin Özer", "Tavier Fairburn", "Luigi Masala"],
             "<p>Das Team des WIR-Vielfaltszentrums und der Integrationsbeauftragte erklärten, welche Förderung es gibt, "
             "unter anderem nach der städtischen Richtlinie für Integrationsprojekte.</p>", ""),
        ],
    },
    {
        "number": 31,
        "date": datetime.date(2024, 11, 5),
        "place_name": "Café Frieda",
        "title": "Catcalling und Angsträume",
        "state": State.HELD,
        "summary": "<p>Im Café Frieda ging es um verbale sexuelle Belästigung auf der Straße und um Orte, die Menschen aus "
                   "Angst meiden. Außerdem war die Gesundheitsförderung des Stadtgesundheitsamts ein Thema.</p>",
        "results": "<p>Die Mitglieder wurden gebeten, beide Themen in ihre Vereine und Gemeinden zu tragen.</p>",
        "attendees": ["Ausländerbeirat der Stadt Offenbach", "Dezernat III der Stadt Offenbach", "Frauenbüro"],
        "agenda": [
            ("Catcalling: verbale sexuelle Belästigung im öffentlichen Raum", ["sicherheit-im-oeffentlichen-raum"],
             ["Luzia Rott"],
             "<p>Die Fachreferentin des Frauenbüros erklärte, was mit Catcalling gemeint ist, und nannte Zahlen: Fast "
             "alle Frauen – 97 Prozent – haben es schon mindestens einmal erlebt.</p>", ""),
            ("Angsträume in Offenbach", ["sicherheit-im-oeffentlichen-raum"], [], "",
             "<p>Die Mitglieder sprachen über Orte in der Stadt, die sie oder andere aus Angst meiden.</p>"),
            ("Gesundheitsförderung und gleiche Gesundheitschancen", ["gesundheit"], [],
             "<p>Das Stadtgesundheitsamt warb für seine Arbeit zur Gesundheitsförderung und für eine Veranstaltung zu "
             "diesem Thema.</p>", ""),
        ],
    },
    {
        "number": 32,
        "date": datetime.date(2027, 4, 20),
        "start_time": datetime.time(17, 0),
        "end_time": datetime.time(19, 0),
        "title": "Demo: geplante Sitzung (erfundenes Beispiel)",
        "state": State.PLANNED,
        "summary": "<p><strong>Demo-Inhalt:</strong> Diese Sitzung ist ein erfundenes Beispiel, damit die Seite eine "
                   "kommende Sitzung zeigen kann. Termin, Uhrzeit und Tagesordnung sind nicht echt.</p>",
        "results": "",
        "attendees": [],
        "agenda": [
            ("Beispiel: Berichte aus den Mitgliedsorganisationen", ["vereinsleben"], [], "", ""),
        ],
        "documents": [
            ("einladung", "Einladung (Beispiel)", MeetingDocument.Visibility.PUBLIC),
            ("sonstiges", "Interne Teilnehmerliste (Beispiel)", MeetingDocument.Visibility.MEMBERS),
        ],
    },
]


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


def organisation(name):
    kind = ORGANISATIONS[name]
    obj, _created = Organisation.objects.get_or_create(
        slug=slugify(name),
        defaults={"name": name, "kind": kind, "status": Status.DRAFT if kind in (Kind.CITY_OFFICE, Kind.INSTITUTION) else Status.PUBLISHED},
    )
    return obj


def person(name):
    role, organisation_name = PEOPLE[name]
    obj, _created = Person.objects.get_or_create(
        name=name, defaults={"role": role, "organisation": organisation(organisation_name) if organisation_name else None}
    )
    return obj


def load_committee():
    committee, created = Committee.objects.get_or_create(
        slug=PORTAL_COMMITTEE_SLUG,
        defaults={
            "name_de": "Kompetenzteam Integration",
            "founded": 2007,
            "status": Status.PUBLISHED,
            "managing_office": organisation(MANAGING_OFFICE),
            **{f"purpose_{language}": text for language, text in PURPOSE.items()},
        },
    )
    if created:
        for name, role, since, until, note, order in CHAIRS:
            Chair.objects.create(committee=committee, person=person(name), role_de=role, since=since, until=until,
                                 note_de=note, order=order)
    return committee, created


def load_members(committee):
    created = 0
    for name, note in MEMBERS:
        member = organisation(name)
        if Membership.objects.filter(committee=committee, organisation=member).exists():
            continue
        Membership.objects.create(committee=committee, organisation=member, note_de=note)
        created += 1
    return created


def load_topics():
    topics, created = {}, 0
    for order, (slug, names, description) in enumerate(TOPICS, start=1):
        defaults = {f"name_{language}": name for language, name in names.items()}
        defaults.update(description_de=description, order=order)
        topics[slug], was_created = TopicArea.objects.get_or_create(slug=slug, defaults=defaults)
        created += was_created
    return topics, created


def load_meeting(committee, topics, data):
    if Meeting.objects.filter(committee=committee, number=data["number"]).exists():
        return False
    data = dict(data)
    agenda = data.pop("agenda")
    attendees = data.pop("attendees")
    documents = data.pop("documents", [])
    meeting = Meeting(committee=committee, number=data.pop("number"), status=Status.PUBLISHED)
    for field in ["title", "date_note", "summary", "results"]:
        if field in data:
            setattr(meeting, f"{field}_de", data.pop(field))
    for field, value in data.items():
        setattr(meeting, field, value)
    meeting.full_clean()
    meeting.save()
    meeting.attendees.set([organisation(name) for name in attendees])
    for order, (title, topic_slugs, presenters, description, result) in enumerate(agenda, start=1):
        item = AgendaItem.objects.create(meeting=meeting, order=order, title_de=title, description_de=description,
                                         result_de=result)
        item.topic_areas.set([topics[slug] for slug in topic_slugs])
        item.presenters.set([person(name) for name in presenters])
    for order, (kind, title, visibility) in enumerate(documents, start=1):
        document = MeetingDocument(meeting=meeting, kind=kind, title_de=title, visibility=visibility, order=order)
        # Reuse the file of an earlier run (the database may have been reset), so
        # that loading the demo again and again leaves two files, not a pile.
        name = document_upload_to(document, f"{slugify(title)}.pdf")
        storage = document.file.storage
        document.file.name = name if storage.exists(name) else storage.save(name, ContentFile(demo_pdf(title)))
        document.save()
    return True


def load(stdout):
    with transaction.atomic(), reversion.create_revision():
        reversion.set_comment("Demo-Inhalt angelegt")
        committee, committee_created = load_committee()
        members = load_members(committee)
        topics, topics_created = load_topics()
        meetings = sum(load_meeting(committee, topics, data) for data in MEETINGS)
    stdout.write(
        f"Kompetenzteam: {'neu' if committee_created else 'vorhanden'}; Mitgliedschaften: {members} neu; "
        f"Themenfelder: {topics_created} neu; Sitzungen: {meetings} neu, {len(MEETINGS) - meetings} vorhanden"
    )
