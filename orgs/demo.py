"""Demo content of the directory: the Kompetenzteam's member organisations as
far as the sources name them (/work/shared/facts/facts.yaml, `members:`), three
further groups portrayed in the city's 2017 brochure, the city offices and
institutions that appear in meetings and programmes, and the people named in
the sources in their public roles.

Names, kinds, years and places are facts from the sources; descriptions are
written anew. Where the sources stop, the text says it is sample text; where a
source is doubtful (`confidence: low`), the text says so. No contact data is
invented: addresses appear only where a source names the street.

Idempotent: organisations are keyed by slug (slugify of the name), people by
name; an existing record is left as it is."""

import reversion
from django.utils.text import slugify

from offenbach_portal.core.publication import Status

from .models import District, Language, Offer, Organisation, Person
from .reference_data import ensure_reference_data

SAMPLE_DE = "Beispieltext: Angebote, Zeiten und Sprachen sind für die Demo ergänzt und nicht geprüft."
SAMPLE_EN = "Sample text: offers, times and languages were added for the demo and have not been checked."
SAMPLE_UK = "Приклад тексту: пропозиції, час і мови додано для демонстрації, їх не перевірено."
SAMPLE_RU = "Пример текста: предложения, время и языки добавлены для демонстрации и не проверены."

UNSURE_DE = "Die Verbindung zum Kompetenzteam Integration ist in den Quellen nicht sicher belegt."
UNSURE_EN = "The sources do not firmly establish this group's link to the Kompetenzteam Integration."

V, R, I, E, A = (Organisation.Kind.ASSOCIATION, Organisation.Kind.RELIGIOUS, Organisation.Kind.INITIATIVE,
                 Organisation.Kind.INSTITUTION, Organisation.Kind.CITY_OFFICE)
C = Offer.Category

ORGANISATIONS = [
    # --- Members named on the city's Kompetenzteam page --------------------------
    {
        "name": "Dezernat III der Stadt Offenbach",
        "short_name": "Dezernat III",
        "kind": A,
        "description_de": "Das Dezernat III der Stadt Offenbach verantwortet unter anderem Soziales und Integration. "
        "Der zuständige Stadtrat leitet das Kompetenzteam Integration gemeinsam mit dem Vorsitzenden des Ausländerbeirats.",
        "description_en": "Dezernat III of the City of Offenbach is responsible for, among other things, social affairs and "
        "integration. Its head co-chairs the Kompetenzteam Integration with the chair of the Ausländerbeirat.",
        "description_uk": "Департамент III міста Оффенбах відповідає, зокрема, за соціальні питання та інтеграцію. "
        "Його керівник разом із головою Ради іноземців очолює Kompetenzteam Integration.",
        "description_ru": "Департамент III города Оффенбах отвечает, в частности, за социальные вопросы и интеграцию. "
        "Его руководитель вместе с председателем Совета иностранцев возглавляет Kompetenzteam Integration.",
        "languages": ["de"],
    },
    {
        "name": "Ausländerbeirat der Stadt Offenbach",
        "short_name": "Ausländerbeirat",
        "kind": E,
        "origin_de": "Vertretung der Offenbacherinnen und Offenbacher ohne deutschen Pass",
        "origin_en": "represents Offenbach residents without German citizenship",
        "description_de": "Der Ausländerbeirat ist das gewählte Gremium der ausländischen Einwohnerinnen und Einwohner Offenbachs. "
        "Er wird seit 1987 direkt gewählt, hat 25 Mitglieder und eine Amtszeit von fünf Jahren. Er richtet jedes Jahr im "
        "September das Kulturfest der Nationen auf dem Wilhelmsplatz aus. Sein Vorsitzender leitet das Kompetenzteam "
        "Integration gemeinsam mit dem Integrationsdezernenten.",
        "description_en": "The Ausländerbeirat is the elected council of Offenbach's foreign residents. Directly elected since "
        "1987, it has 25 members serving five-year terms. Every September it hosts the Kulturfest der Nationen on the "
        "Wilhelmsplatz. Its chair co-chairs the Kompetenzteam Integration.",
        "description_uk": "Рада іноземців (Ausländerbeirat) — виборний орган іноземних мешканців Оффенбаха. З 1987 року її "
        "обирають прямим голосуванням; вона має 25 членів і п'ятирічний термін повноважень. Щороку у вересні Рада "
        "проводить Фестиваль культур народів на площі Вільгельмсплац.",
        "description_ru": "Совет иностранцев (Ausländerbeirat) — выборный орган иностранных жителей Оффенбаха. С 1987 года его "
        "избирают прямым голосованием; в нём 25 членов, срок полномочий — пять лет. Каждый сентябрь Совет проводит "
        "Фестиваль культур народов на площади Вильгельмсплац.",
        "languages": ["de"],
    },
    {
        "name": "Griechischer Elternverein",
        "kind": V,
        "origin_de": "griechisch",
        "origin_en": "Greek",
        "origin_uk": "грецька громада",
        "origin_ru": "греческая община",
        "description_de": "Ein Verein griechischer Eltern in Offenbach und Mitglied im Kompetenzteam Integration.\n\n"
        "Beispieltext: Der Verein bringt Familien zusammen, deren Kinder in Offenbach zur Schule gehen, und hilft bei Fragen "
        "zum deutschen Schulsystem. " + SAMPLE_DE,
        "description_en": "An association of Greek parents in Offenbach and a member of the Kompetenzteam Integration.\n\n"
        "Sample text: it brings together families whose children go to school in Offenbach and helps with questions about "
        "the German school system. " + SAMPLE_EN,
        "languages": ["el", "de"],
        "offers": [(C.FAMILY, "Elternabend zu Schulfragen", "Parents' evening on school questions", "einmal im Monat", "once a month", ["el", "de"])],
    },
    {
        "name": "Griechische Gemeinde in Offenbach/M. und Umgebung e.V.",
        "short_name": "Griechische Gemeinde",
        "kind": V,
        "origin_de": "griechisch",
        "origin_en": "Greek",
        "origin_uk": "грецька громада",
        "origin_ru": "греческая община",
        "founded_year": 1972,
        "street": "Speyerstraße",
        "description_de": "Die Griechische Gemeinde ist seit 1972 in Offenbach aktiv und hat ihre Räume seit mehr als drei "
        "Jahrzehnten in der Speyerstraße. Im Mittelpunkt stehen Kulturveranstaltungen; dazu kommen ein wöchentlicher "
        "Tanzkurs für Jugendliche, ein gemeinsames Abendessen am Freitag und eine Frauengruppe. Beim Fest der Vereine am "
        "Mainufer ist die Gemeinde dabei. 2010 erhielt sie den Offenbacher Integrationspreis.",
        "description_en": "The Greek community has been active in Offenbach since 1972 and has had its rooms in the "
        "Speyerstraße for more than thirty years. Cultural events are at its centre, together with a weekly dance class "
        "for young people, a shared Friday dinner and a women's group. It received Offenbach's integration prize in 2010.",
        "description_uk": "Грецька громада діє в Оффенбаху з 1972 року; її приміщення понад тридцять років розташоване на "
        "вулиці Шпаєрштрасе. Головне — культурні заходи, а також щотижневі танці для молоді, спільна вечеря в п'ятницю "
        "та жіноча група. У 2010 році громада отримала премію Оффенбаха за інтеграцію.",
        "description_ru": "Греческая община работает в Оффенбахе с 1972 года; её помещение уже более тридцати лет находится "
        "на улице Шпайерштрасе. В центре внимания — культурные мероприятия, а также еженедельные танцы для молодёжи, "
        "общий ужин по пятницам и женская группа. В 2010 году община получила премию Оффенбаха за интеграцию.",
        "languages": ["el", "de"],
        "offers": [
            (C.YOUTH, "Griechischer Tanz für Jugendliche", "Greek dance for young people", "wöchentlich", "weekly", ["el", "de"]),
            (C.MEETING, "Gemeinsames Abendessen", "Shared dinner", "freitags", "Fridays", ["el", "de"]),
            (C.WOMEN, "Frauengruppe", "Women's group", "", "", ["el"]),
            (C.CULTURE, "Kulturveranstaltungen", "Cultural events", "", "", ["el", "de"]),
        ],
    },
    {
        "name": "Bangla Ischtyle",
        "kind": I,
        "origin_de": "bangladeschisch",
        "origin_en": "Bangladeshi",
        "description_de": "Eine Initiative, die auf der Seite des Kompetenzteams Integration als Mitglied genannt wird. "
        "Nach einem Beitrag aus der bengalischen Community handelt es sich um junge Menschen mit Wurzeln in Bangladesch, "
        "die in Deutschland aufgewachsen sind und bengalische Kultur zeigen; 2014 organisierten sie ein Fußballturnier. "
        "Diese Beschreibung ist nicht sicher belegt.\n\n" + SAMPLE_DE,
        "description_en": "An initiative listed as a member on the Kompetenzteam Integration's page. A post from the "
        "Bengali community describes young people of Bangladeshi background who grew up in Germany and present Bengali "
        "culture; in 2014 they organised a football tournament. This description is not firmly established.\n\n" + SAMPLE_EN,
        "languages": ["bn", "de"],
        "offers": [(C.SPORT, "Fußballturnier", "Football tournament", "einmal im Jahr", "once a year", ["bn", "de"])],
    },
    {
        "name": "Bulgaren in Offenbach e.V.",
        "kind": V,
        "origin_de": "bulgarisch",
        "origin_en": "Bulgarian",
        "origin_uk": "болгарська громада",
        "origin_ru": "болгарская община",
        "description_de": "Ein Verein von Menschen aus Bulgarien in Offenbach und Mitglied im Kompetenzteam Integration.\n\n"
        "Beispieltext: Der Verein hilft neu Zugezogenen beim Ankommen, bei Behördengängen und bei der Suche nach "
        "Deutschkursen. " + SAMPLE_DE,
        "description_en": "An association of people from Bulgaria in Offenbach and a member of the Kompetenzteam "
        "Integration.\n\nSample text: it helps newcomers settle in, with visits to authorities and with finding German "
        "courses. " + SAMPLE_EN,
        "languages": ["bg", "tr", "de"],
        "offers": [(C.ADVICE, "Sprechstunde für Neuzugezogene", "Advice for newcomers", "nach Vereinbarung", "by appointment", ["bg", "tr", "de"])],
    },
    {
        "name": "Ahmadiyya Muslim Jamaat e.V.",
        "kind": R,
        "description_de": "Eine muslimische Gemeinde und Mitglied im Kompetenzteam Integration. Die Offenbacher Gemeinde "
        "wurde 2017 in der städtischen Broschüre mit 13 Vereinsporträts vorgestellt und war 2019 bei der „Tafel der "
        "Begegnung“ des Freiwilligenzentrums dabei.\n\n" + SAMPLE_DE,
        "description_en": "A Muslim community and member of the Kompetenzteam Integration. The Offenbach community was "
        "portrayed in the city's 2017 brochure of 13 club portraits and took part in the Freiwilligenzentrum's "
        "'Tafel der Begegnung' in 2019.\n\n" + SAMPLE_EN,
        "languages": ["de", "ur"],
        "offers": [(C.MEETING, "Offene Gesprächsabende", "Open discussion evenings", "", "", ["de"])],
    },
    {
        "name": "Binodon Bangla e.V.",
        "kind": V,
        "origin_de": "bangladeschisch",
        "origin_en": "Bangladeshi",
        "description_de": "Ein bengalischer Kulturverein, der auf der Seite des Kompetenzteams Integration als Mitglied "
        "genannt wird. Ein Blogbeitrag von 2014 beschreibt Treffen eines bengalischen Vereins in einem Stadtteilbüro am "
        "Mathildenplatz; ob es dieser Verein war, ist nicht sicher.\n\n" + SAMPLE_DE,
        "description_en": "A Bengali cultural association listed as a member on the Kompetenzteam Integration's page. A "
        "2014 blog post describes a Bengali club meeting in a neighbourhood office on the Mathildenplatz; whether it was "
        "this association is not certain.\n\n" + SAMPLE_EN,
        "languages": ["bn", "de"],
        "offers": [(C.CULTURE, "Bengalische Musik und Feste", "Bengali music and festivals", "", "", ["bn"])],
    },
    # --- Tied to the Kompetenzteam by other sources -------------------------------
    {
        "name": "Rumänisch-Orthodoxe Kirchengemeinde Offenbach",
        "short_name": "Hl. Nikolaus",
        "kind": R,
        "origin_de": "rumänisch",
        "origin_en": "Romanian",
        "origin_uk": "румунська громада",
        "origin_ru": "румынская община",
        "district": "Lauterborn",
        "street": "Backstraße",
        "description_de": "Die rumänisch-orthodoxe Gemeinde zum Heiligen Nikolaus besteht seit Mitte der 1970er Jahre; die "
        "Quellen nennen 1975 und 1976. Nach über zwanzig Jahren in der Kapelle des Isenburger Schlosses kaufte sie 2001 "
        "eine frühere Dachdeckerhalle in der Backstraße im Lauterborn und baute sie zur Kirche um; Ikonenmaler aus Rumänien "
        "haben Wände und Decke ausgemalt. Neben dem Gottesdienst gibt es Deutschkurse, Beratung für Familien und in "
        "sozialen Fragen sowie Begleitung bei der Arbeitssuche. Die Stadt nannte die Gemeinde 2018 einen Partner des "
        "Kompetenzteams der ersten Stunde; 2015 erhielt sie den Integrationspreis.",
        "description_en": "The Romanian Orthodox parish of St Nicholas dates from the mid-1970s (sources give 1975 and 1976). "
        "After more than twenty years in the chapel of the Isenburger Schloss, it bought a former roofing company's hall in "
        "the Backstraße (Lauterborn) in 2001 and turned it into a church painted by icon painters from Romania. Besides "
        "services it offers German courses, family and social counselling and support in finding work. It received the "
        "integration prize in 2015.",
        "description_uk": "Румунська православна парафія Святого Миколая існує з середини 1970-х років. У 2001 році вона "
        "придбала колишнє приміщення покрівельної фірми на вулиці Бакштрасе (район Лаутерборн) і перебудувала його на церкву. Окрім богослужінь, "
        "парафія пропонує курси німецької мови, консультації для сімей і з соціальних питань, а також допомогу в пошуку роботи.",
        "description_ru": "Румынский православный приход Святого Николая существует с середины 1970-х годов. В 2001 году он "
        "приобрёл бывшее помещение кровельной фирмы на улице Бакштрасе (район Лаутерборн) и перестроил его в церковь. Помимо богослужений, приход "
        "предлагает курсы немецкого языка, консультации для семей и по социальным вопросам, а также помощь в поиске работы.",
        "languages": ["ro", "de"],
        "offers": [
            (C.RELIGION, "Gottesdienst", "Church service", "", "", ["ro"]),
            (C.GERMAN_COURSE, "Deutschkurs", "German course", "", "", ["de", "ro"]),
            (C.ADVICE, "Familien- und Sozialberatung", "Family and social counselling", "nach Vereinbarung", "by appointment", ["ro", "de"]),
            (C.ADVICE, "Begleitung bei der Arbeitssuche", "Support in finding work", "nach Vereinbarung", "by appointment", ["ro", "de"]),
        ],
    },
    {
        "name": "Bosniakisches Kulturzentrum Offenbach am Main e.V.",
        "short_name": "Bosniakisches Kulturzentrum",
        "kind": R,
        "origin_de": "bosniakisch",
        "origin_en": "Bosniak",
        "origin_uk": "боснійська громада",
        "origin_ru": "боснийская община",
        "street": "Geleitstraße",
        "description_de": "Religiöse Gemeinde und Kulturverein der Bosniakinnen und Bosniaken in Offenbach mit rund 120 "
        "Mitgliedern; seit wann es ihn gibt, geben die Quellen unterschiedlich an. Es gibt einen Gebetsraum, eine "
        "Bibliothek, Religionsunterricht am Wochenende, Unterricht in der Muttersprache, Vorträge und Lesungen, Fußball "
        "und Schach sowie einmal im Jahr ein interkulturelles Fußballturnier. Im Ramadan lädt das Zentrum zum "
        "Fastenbrechen ein. 2019 besuchte die damalige Integrationsdezernentin das Zentrum im Rahmen ihrer Besuche bei "
        "Mitgliedern des Kompetenzteams.",
        "description_en": "A religious community and cultural association of Bosniaks in Offenbach with about 120 members. "
        "It has a prayer room and a library and offers weekend religious classes, mother-tongue lessons, talks, football, "
        "chess and a yearly intercultural football tournament; in Ramadan it invites people to break the fast together.",
        "description_uk": "Релігійна громада та культурне товариство боснійців в Оффенбаху, близько 120 членів. Тут є "
        "молитовна кімната й бібліотека, заняття з релігії у вихідні, уроки рідної мови, футбол і шахи.",
        "description_ru": "Религиозная община и культурное общество боснийцев в Оффенбахе, около 120 членов. Здесь есть "
        "молельная комната и библиотека, занятия по религии по выходным, уроки родного языка, футбол и шахматы.",
        "languages": ["bs", "de"],
        "offers": [
            (C.RELIGION, "Religionsunterricht", "Religious classes", "an Wochenenden", "at weekends", ["bs", "de"]),
            (C.HERITAGE_LANGUAGE, "Unterricht in der Muttersprache", "Mother-tongue lessons", "", "", ["bs"]),
            (C.SPORT, "Fußball und Schach", "Football and chess", "", "", ["bs", "de"]),
            (C.MEETING, "Gemeinsames Fastenbrechen", "Breaking the fast together", "im Ramadan", "during Ramadan", ["bs", "de"]),
        ],
    },
    # --- Only plausibly linked (confidence: low) ------------------------------------
    {
        "name": "CROM Rumänische Gemeinde im Rhein-Main-Gebiet e.V.",
        "short_name": "CROM",
        "kind": V,
        "origin_de": "rumänisch",
        "origin_en": "Romanian",
        "origin_uk": "румунська громада",
        "origin_ru": "румынская община",
        "founded_year": 1999,
        "description_de": "Der Verein der Rumäninnen und Rumänen im Rhein-Main-Gebiet wurde 1999 gegründet und hat rund 40 "
        "Mitglieder. Jeden Monat gibt es eine Kulturveranstaltung; seit 2012 berät das Projekt „Orientierung für rumänische "
        "Bürger“ Neuzugezogene, und mit der vhs Offenbach bietet der Verein Deutschkurse an. 2015 erhielt er den "
        "Offenbacher Integrationspreis. " + UNSURE_DE,
        "description_en": "The association of Romanians in the Rhine-Main area was founded in 1999 and has about 40 members. "
        "It holds a cultural event every month; since 2012 its project 'Orientierung für rumänische Bürger' has advised "
        "newcomers, and it runs German courses with the vhs Offenbach. " + UNSURE_EN,
        "languages": ["ro", "de"],
        "offers": [
            (C.ADVICE, "Orientierung für rumänische Bürger", "Orientation for Romanian citizens", "", "", ["ro", "de"]),
            (C.GERMAN_COURSE, "Deutschkurs mit der vhs Offenbach", "German course with the vhs Offenbach", "", "", ["de"]),
            (C.CULTURE, "Kulturabend", "Cultural evening", "monatlich", "monthly", ["ro"]),
        ],
    },
    {
        "name": "Yezidische Gemeinde Offenbach e.V.",
        "kind": R,
        "origin_de": "jesidisch (Êzîden)",
        "origin_en": "Yazidi (Êzîdî)",
        "founded_year": 2016,
        "street": "Kaiserstraße",
        "description_de": "Die 2016 gegründete Gemeinde hat ihre Räume in der Kaiserstraße. Sie hilft beim Übersetzen und "
        "beim Ausfüllen von Formularen, begleitet zu Behörden und informiert über Arbeit und Ausbildung; mit Mitteln aus "
        "dem Landesprogramm WIR hat sie junge Jesidinnen und Jesiden aus der Region in Arbeit vermittelt. Mit städtischer "
        "Förderung gab es eine Corona-Sprechstunde und einen Alphabetisierungskurs. " + UNSURE_DE
        + "\n\nBeispieltext: Die Sprachangaben sind für die Demo aus der Herkunft abgeleitet und nicht geprüft.",
        "description_en": "Founded in 2016, the community has its rooms in the Kaiserstraße. It helps with translations and "
        "forms, accompanies people to authorities and informs about work and training; with funds from the WIR programme it "
        "helped young Yazidis from the region into work. " + UNSURE_EN,
        "languages": ["ku", "de"],
        "offers": [
            (C.ADVICE, "Hilfe bei Formularen und Behördengängen", "Help with forms and authorities", "nach Vereinbarung", "by appointment", ["ku", "de"]),
            (C.OTHER, "Alphabetisierungskurs", "Literacy course", "", "", ["ku", "de"]),
        ],
    },
    {
        "name": "Islamische Gemeinde Mevlana Moschee",
        "short_name": "Mevlana Moschee",
        "kind": R,
        "origin_de": "überwiegend türkischstämmig",
        "origin_en": "mostly of Turkish origin",
        "origin_uk": "переважно турецького походження",
        "origin_ru": "преимущественно турецкого происхождения",
        "founded_year": 1984,
        "description_de": "Die Gemeinde ist seit 1984 in Offenbach. Rund 200 Kinder besuchen am Wochenende den "
        "Religionsunterricht auf Türkisch und Deutsch; dazu kommen ein Jugendprogramm, eine Mutter-Kind-Gruppe und ein "
        "Frauenfrühstück mit Vorträgen. Mitglieder besuchen ältere und kranke Menschen. Beim Fest der Vereine und beim "
        "Kulturfest der Nationen ist die Gemeinde regelmäßig mit einem Stand dabei. " + UNSURE_DE,
        "description_en": "The community has been in Offenbach since 1984. About 200 children attend weekend religious "
        "classes in Turkish and German; there is also a youth programme, a mother-and-child group and a women's breakfast "
        "with talks. " + UNSURE_EN,
        "description_uk": "Громада діє в Оффенбаху з 1984 року. Близько 200 дітей відвідують заняття з релігії у вихідні "
        "турецькою та німецькою мовами; є також молодіжна програма, група для матерів з дітьми та жіночий сніданок.",
        "description_ru": "Община работает в Оффенбахе с 1984 года. Около 200 детей посещают занятия по религии по выходным "
        "на турецком и немецком языках; есть также молодёжная программа, группа для матерей с детьми и женский завтрак.",
        "languages": ["tr", "de"],
        "offers": [
            (C.RELIGION, "Religionsunterricht für Kinder", "Religious classes for children", "an Wochenenden", "at weekends", ["tr", "de"]),
            (C.YOUTH, "Jugendprogramm", "Youth programme", "", "", ["tr", "de"]),
            (C.FAMILY, "Mutter-Kind-Gruppe", "Mother-and-child group", "", "", ["tr", "de"]),
            (C.WOMEN, "Frauenfrühstück mit Vorträgen", "Women's breakfast with talks", "", "", ["tr", "de"]),
            (C.SENIORS, "Besuche bei älteren und kranken Menschen", "Visits to elderly and sick people", "", "", ["tr"]),
        ],
    },
    # --- Portrayed in the city's brochure of 13 club portraits (2017) ---------------
    {
        "name": "Französisch-Reformierte Gemeinde",
        "kind": R,
        "origin_de": "hugenottisch",
        "origin_en": "Huguenot",
        "description_de": "Die Gemeinde geht auf hugenottische Glaubensflüchtlinge zurück, die sich um 1700 in Offenbach "
        "niederließen. Die Stadt hat sie 2017 in ihrer Broschüre mit 13 Vereinsporträts vorgestellt.\n\n" + SAMPLE_DE,
        "description_en": "The parish goes back to Huguenot refugees who settled in Offenbach around 1700. The city portrayed "
        "it in its 2017 brochure of 13 club portraits.\n\n" + SAMPLE_EN,
        "languages": ["de", "fr"],
        "offers": [(C.RELIGION, "Gottesdienst", "Church service", "sonntags", "Sundays", ["de"])],
    },
    {
        "name": "Serbischer Kulturverein",
        "kind": V,
        "origin_de": "serbisch",
        "origin_en": "Serbian",
        "description_de": "Ein Kulturverein von Menschen mit Wurzeln in Serbien, 2017 in der städtischen Broschüre mit 13 "
        "Vereinsporträts vorgestellt.\n\n" + SAMPLE_DE,
        "description_en": "A cultural association of people with roots in Serbia, portrayed in the city's 2017 brochure of "
        "13 club portraits.\n\n" + SAMPLE_EN,
        "languages": ["sr", "de"],
        "offers": [(C.CULTURE, "Folkloregruppe", "Folk dance group", "", "", ["sr", "de"])],
    },
    {
        "name": "Freundschaftsverein Türkei in Offenbach und Umgebung",
        "kind": V,
        "origin_de": "türkisch",
        "origin_en": "Turkish",
        "description_de": "Ein Verein, der Freundschaft und Austausch zwischen Menschen aus der Türkei und ihren Nachbarn in "
        "Offenbach pflegt; 2017 in der städtischen Broschüre mit 13 Vereinsporträts vorgestellt.\n\n" + SAMPLE_DE,
        "description_en": "An association fostering friendship and exchange between people from Turkey and their neighbours "
        "in Offenbach; portrayed in the city's 2017 brochure of 13 club portraits.\n\n" + SAMPLE_EN,
        "languages": ["tr", "de"],
        "offers": [(C.HOMEWORK, "Hausaufgabenhilfe", "Homework help", "dienstags und donnerstags nachmittags", "Tuesday and Thursday afternoons", ["tr", "de"])],
    },
    # --- City offices and institutions --------------------------------------------
    {
        "name": "Amt für Arbeitsförderung, Statistik und Integration",
        "kind": A,
        "description_de": "Das städtische Amt plant und koordiniert die Integrationsarbeit der Stadt Offenbach. Hier sitzen "
        "der Integrationsbeauftragte, der die Geschäfte des Kompetenzteams Integration führt, und die Koordination der "
        "Landesprogramme Modellregion Integration und WIR.",
        "description_en": "This city office plans and coordinates Offenbach's integration work. It houses the integration "
        "commissioner, who runs the Kompetenzteam Integration's office, and the coordination of the state programmes "
        "Modellregion Integration and WIR.",
        "description_uk": "Це міське відомство планує та координує інтеграційну роботу Оффенбаха. Тут працюють "
        "уповноважений з питань інтеграції та координатори земельних програм Modellregion Integration і WIR.",
        "description_ru": "Это городское ведомство планирует и координирует интеграционную работу Оффенбаха. Здесь работают "
        "уполномоченный по вопросам интеграции и координаторы земельных программ Modellregion Integration и WIR.",
        "languages": ["de"],
    },
    {
        "name": "Sozialamt",
        "kind": A,
        "description_de": "Das Sozialamt der Stadt Offenbach ist zuständig für soziale Leistungen. 2022 berichtete seine "
        "Leiterin im Kompetenzteam Integration über die Aufnahme von Geflüchteten aus der Ukraine.",
        "description_en": "The City of Offenbach's social welfare office is responsible for social benefits. In 2022 its head "
        "reported to the Kompetenzteam Integration on the reception of refugees from Ukraine.",
        "languages": ["de"],
    },
    {
        "name": "Amt für Öffentlichkeitsarbeit",
        "kind": A,
        "description_de": "Das Amt für Öffentlichkeitsarbeit der Stadt Offenbach informiert über die Arbeit der Stadt. 2022 "
        "stellte es im Kompetenzteam Integration die Seite „Offenbach hilft“ vor.",
        "description_en": "The City of Offenbach's public relations office informs about the city's work. In 2022 it "
        "presented the 'Offenbach hilft' pages to the Kompetenzteam Integration.",
        "languages": ["de"],
    },
    {
        "name": "Stadtgesundheitsamt",
        "kind": A,
        "description_de": "Das Gesundheitsamt der Stadt Offenbach; seine Koordinierungsstelle für Gesundheitsförderung und "
        "Prävention arbeitet auch mit Migrantenorganisationen zusammen.",
        "description_en": "The City of Offenbach's health office; its coordination unit for health promotion and prevention "
        "also works with migrant organisations.",
        "languages": ["de"],
    },
    {
        "name": "Frauenbüro",
        "kind": A,
        "description_de": "Das Frauenbüro der Stadt Offenbach; 2024 sprach eine Fachreferentin im Kompetenzteam Integration "
        "über verbale sexuelle Belästigung im öffentlichen Raum.",
        "description_en": "The City of Offenbach's women's office; in 2024 one of its officers spoke to the Kompetenzteam "
        "Integration about verbal sexual harassment in public spaces.",
        "languages": ["de"],
    },
    {
        "name": "WIR-Vielfaltszentrum Offenbach",
        "short_name": "WIR-Vielfaltszentrum",
        "kind": E,
        "description_de": "Unter diesem Namen arbeitet seit 2022 die Offenbacher Koordination des hessischen Landesprogramms "
        "WIR. Das Team berät Träger und gemeinnützige Migrantenorganisationen zu Förderanträgen, unterstützt die "
        "interkulturelle Öffnung von Einrichtungen und Verwaltung und begleitet die Treffen des Kompetenzteams Integration.",
        "description_en": "Since 2022 the Offenbach coordination of the Hessian WIR programme has worked under this name. The "
        "team advises organisations, including non-profit migrant organisations, on funding applications, supports the "
        "intercultural opening of institutions and administration, and supports the Kompetenzteam Integration's meetings.",
        "description_uk": "З 2022 року під цією назвою працює координація гессенської земельної програми WIR в Оффенбаху. "
        "Команда консультує організації, зокрема некомерційні організації мігрантів, щодо заявок на фінансування.",
        "description_ru": "С 2022 года под этим названием работает координация гессенской земельной программы WIR в "
        "Оффенбахе. Команда консультирует организации, в том числе некоммерческие организации мигрантов, по заявкам на финансирование.",
        "languages": ["de"],
    },
    {
        "name": "Wahlamt",
        "kind": A,
        "description_de": "Das Wahlamt der Stadt Offenbach bereitet die Wahlen vor, darunter die Wahl des Ausländerbeirats. "
        "Anfang 2021 informierte sein Bereich Statistik und Wahlen das Kompetenzteam Integration über die Kommunalwahl "
        "und die Ausländerbeiratswahl am 14. März 2021.",
        "description_en": "The City of Offenbach's elections office organises elections, including the election of the "
        "Ausländerbeirat. In early 2021 it briefed the Kompetenzteam Integration on the local and Ausländerbeirat elections "
        "of 14 March 2021.",
        "languages": ["de"],
    },
    {
        "name": "Freiwilligenzentrum Offenbach e.V.",
        "short_name": "Freiwilligenzentrum",
        "kind": E,
        "street": "Domstraße 81",
        "description_de": "Das Freiwilligenzentrum vermittelt und begleitet ehrenamtliches Engagement in Offenbach. Von hier "
        "aus wurde ab 2015 die Flüchtlingshilfe „Offenbach hilft“ koordiniert; 2022 wurde sie für Geflüchtete aus der "
        "Ukraine wieder aufgenommen.",
        "description_en": "The volunteer centre connects and supports volunteers in Offenbach. From 2015 it coordinated the "
        "refugee help 'Offenbach hilft', which was revived in 2022 for refugees from Ukraine.",
        "languages": ["de"],
    },
]

# Name, public role, organisation name (None: acting for no organisation in the directory).
PEOPLE = [
    ("Martin Wilhelm", "Stadtrat, Sozial- und Integrationsdezernent; Vorsitzender des Kompetenzteams Integration", "Dezernat III der Stadt Offenbach"),
    ("Abdelkader Rafoud", "Vorsitzender des Ausländerbeirats (seit 2001); Vorsitzender des Kompetenzteams Integration", "Ausländerbeirat der Stadt Offenbach"),
    ("Dagmar Wiegand", "Amtsleiterin des Sozialamts (2022)", "Sozialamt"),
    ("Oliver Beckmann", "Leiter des Sozialamts (2025)", "Sozialamt"),
    ("Katja Lenz", "Amt für Öffentlichkeitsarbeit, „Offenbach hilft“ (2022)", "Amt für Öffentlichkeitsarbeit"),
    ("Luigi Masala", "Integrationsbeauftragter der Stadt Offenbach; Geschäftsführung des Kompetenzteams Integration", "Amt für Arbeitsförderung, Statistik und Integration"),
    ("Dr. Matthias Schulze-Böing", "Leiter des Amts für Arbeitsförderung, Statistik und Integration (2009–2018); Programmverantwortlicher der Modellregion Integration", "Amt für Arbeitsförderung, Statistik und Integration"),
    ("Ana-Violeta Sacaliuc", "Koordinatorin der Modellregion Integration (ab 2010), WIR-Programmkoordinatorin (2015–2017)", "Amt für Arbeitsförderung, Statistik und Integration"),
    ("Pia Tassler", "WIR-Koordinatorin im Referat für Integration (2021–2022)", "Amt für Arbeitsförderung, Statistik und Integration"),
    ("Simone Lechner", "WIR-Koordinatorin (2019–2024 belegt)", "WIR-Vielfaltszentrum Offenbach"),
    ("Yasemin Özer", "WIR-Koordinatorin (2024)", "WIR-Vielfaltszentrum Offenbach"),
    ("Tavier Fairburn", "WIR-Koordinatorin (2024)", "WIR-Vielfaltszentrum Offenbach"),
    ("Thorsten Nowak", "Leiter des Bereichs Statistik und Wahlen (2021)", "Wahlamt"),
    ("Dr. Bernhard Bornhofen", "Leiter des Stadtgesundheitsamts (2021–2024)", "Stadtgesundheitsamt"),
    ("Christine Langenbach", "Leiterin der Koordinierungsstelle für Gesundheitsförderung und Prävention (2021–2024)", "Stadtgesundheitsamt"),
    ("Luzia Rott", "Fachreferentin im Frauenbüro für die Umsetzung der Istanbul-Konvention (2024)", "Frauenbüro"),
    ("Sigrid Jacob", "Geschäftsführerin des Freiwilligenzentrums Offenbach (2015–2019)", "Freiwilligenzentrum Offenbach e.V."),
    ("Birgit Simon", "Bürgermeisterin und Sozialdezernentin (2007–2009); rief 2007 das Kompetenzteam Integration ins Leben", None),
    ("Peter Freier", "Stadtrat und Integrationsdezernent (2016–2018)", None),
    ("Sabine Groß", "Stadträtin und Integrationsdezernentin (2019–2021)", None),
    ("Dr. Felix Schwenke", "Stadtrat und Integrationsdezernent (2013–2016 belegt), Oberbürgermeister (2021–2025 belegt)", None),
    ("Stephan Färber", "Stadtrat (2013)", None),
]

TRANSLATED = ["origin", "description"]


def _organisation(data, languages, districts):
    data = dict(data)
    offers = data.pop("offers", [])
    codes = data.pop("languages", [])
    district = data.pop("district", None)
    data["description"] = data["description_de"]
    data["origin"] = data.get("origin_de", "")
    data.setdefault("status", Status.PUBLISHED)
    if district:
        data["district"] = districts[district]
    organisation, created = Organisation.objects.get_or_create(slug=slugify(data["name"]), defaults=data)
    if not created:
        return organisation, False
    organisation.languages.set(languages[code] for code in codes)
    for position, (category, title_de, title_en, schedule_de, schedule_en, offer_codes) in enumerate(offers):
        offer = Offer.objects.create(
            organisation=organisation, category=category, position=position,
            title=title_de, title_de=title_de, title_en=title_en,
            schedule=schedule_de, schedule_de=schedule_de, schedule_en=schedule_en,
        )
        offer.languages.set(languages[code] for code in offer_codes)
    return organisation, True


def load(stdout):
    ensure_reference_data()
    languages = {language.code: language for language in Language.objects.all()}
    districts = {district.name: district for district in District.objects.all()}
    by_name = {}
    created = 0
    for data in ORGANISATIONS:
        with reversion.create_revision():
            reversion.set_comment("Demo-Inhalt angelegt")
            organisation, is_new = _organisation(data, languages, districts)
        by_name[data["name"]] = organisation
        created += is_new
    stdout.write(f"Organisationen: {created} neu, {len(ORGANISATIONS) - created} vorhanden")

    people_created = 0
    for name, role, organisation_name in PEOPLE:
        with reversion.create_revision():
            reversion.set_comment("Demo-Inhalt angelegt")
            _person, is_new = Person.objects.get_or_create(
                name=name, defaults={"role": role, "organisation": by_name.get(organisation_name)}
            )
        people_created += is_new
    stdout.write(f"Personen: {people_created} neu, {len(PEOPLE) - people_created} vorhanden")
