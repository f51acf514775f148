"""Demo texts of the editorial pages, in German, English, Ukrainian and Russian.

What only the city can supply (names, street address, telephone, e-mail,
VAT number, service provider) is a placeholder and marked as demo
("Demo-Angabe" and its translations). Facts about Offenbach come from the
project's facts file, told in our own words; doubtful ones are left out.

Bodies use only the HTML that `offenbach_portal.core.richtext` keeps, so saving
changes nothing but the `rel` it adds to links. Internal links point to the
page in the same language; German names inside the other languages are marked
with `<span lang="de">`. The German versions of the legal pages are binding."""


def _clean(text):
    return "\n".join(line.strip() for line in text.strip().splitlines())


def _page(slug, texts):
    """`texts` maps a language to its title, lead and body; the result holds
    the modeltranslation fields (`title_de`, `lead_en`, …) for `Page`."""
    data = {"slug": slug}
    for language, fields in texts.items():
        for field, value in fields.items():
            data[f"{field}_{language}"] = _clean(value)
    return data


# --- Home page ---------------------------------------------------------------

STARTSEITE = {
    "de": {
        "title": "Integration in Offenbach am Main",
        "lead": (
            "Willkommen im Integrationsportal der Stadt Offenbach am Main. Hier finden Sie Hilfe beim Ankommen, "
            "die Vereine und Gemeinden der Stadt, das Kompetenzteam Integration, die Förderprogramme und "
            "Neuigkeiten aus der Integrationsarbeit."
        ),
        "body": """
            <p>In Offenbach leben Menschen aus rund 160 Nationen, und fast sieben von zehn Einwohnerinnen und
            Einwohnern haben eine Migrationsgeschichte. Die Stadt versteht Integration als gemeinsame Aufgabe von
            Verwaltung, Politik, Vereinen, Gemeinden und vielen Ehrenamtlichen.</p>
            <p>Das Portal gibt es auf Deutsch, Englisch, Ukrainisch und Russisch. Die wichtigsten Informationen
            finden Sie auch in <a href="/leichte-sprache/">Leichter Sprache</a> und in
            <a href="/gebaerdensprache/">Deutscher Gebärdensprache</a>.</p>
        """,
    },
    "en": {
        "title": "Integration in Offenbach am Main",
        "lead": (
            "Welcome to the integration portal of the City of Offenbach am Main. Here you will find help with "
            "settling in, the city's associations and communities, the Integration Competence Team, funding "
            "programmes and news from the city's integration work."
        ),
        "body": """
            <p>People from around 160 nations live in Offenbach, and almost seven in ten residents have a
            migration background. The city sees integration as a task shared by the administration, local
            politics, associations, communities and many volunteers.</p>
            <p>The portal is available in German, English, Ukrainian and Russian. The most important information
            is also provided in <a href="/en/leichte-sprache/">easy language</a> and in
            <a href="/en/gebaerdensprache/">German Sign Language</a>.</p>
        """,
    },
    "uk": {
        "title": "Інтеграція в Оффенбаху-на-Майні",
        "lead": (
            "Ласкаво просимо на інтеграційний портал міста Оффенбах-на-Майні. Тут ви знайдете допомогу на "
            "початку життя в місті, обʼєднання та громади міста, Команду компетенцій з інтеграції, програми "
            "підтримки та новини інтеграційної роботи."
        ),
        "body": """
            <p>В Оффенбаху живуть люди приблизно зі 160 країн, і майже семеро з десяти мешканців мають
            міграційну історію. Місто розуміє інтеграцію як спільне завдання адміністрації, політики,
            обʼєднань, громад і багатьох волонтерів.</p>
            <p>Портал доступний німецькою, англійською, українською та російською мовами. Найважливішу
            інформацію також подано <a href="/uk/leichte-sprache/">простою мовою</a> та
            <a href="/uk/gebaerdensprache/">німецькою жестовою мовою</a>.</p>
        """,
    },
    "ru": {
        "title": "Интеграция в Оффенбахе-на-Майне",
        "lead": (
            "Добро пожаловать на интеграционный портал города Оффенбах-на-Майне. Здесь вы найдёте помощь на "
            "первых порах, объединения и общины города, Команду компетенций по интеграции, программы поддержки "
            "и новости интеграционной работы."
        ),
        "body": """
            <p>В Оффенбахе живут люди примерно из 160 стран, и почти семеро из десяти жителей имеют
            миграционную историю. Город понимает интеграцию как общую задачу администрации, политики,
            объединений, общин и многих волонтёров.</p>
            <p>Портал доступен на немецком, английском, украинском и русском языках. Самая важная информация
            также изложена <a href="/ru/leichte-sprache/">простым языком</a> и на
            <a href="/ru/gebaerdensprache/">немецком жестовом языке</a>.</p>
        """,
    },
}


# --- Impressum (§ 5 DDG, § 18 Abs. 2 MStV) ------------------------------------

IMPRESSUM = {
    "de": {
        "title": "Impressum",
        "lead": (
            "Anbieterin dieses Portals ist die Stadt Offenbach am Main. Hier stehen die Angaben nach § 5 "
            "Digitale-Dienste-Gesetz (DDG) und § 18 Medienstaatsvertrag (MStV)."
        ),
        "body": """
            <p><strong>Demo-Angabe:</strong> Dieses Impressum gehört zur Demo-Fassung des Portals. Anschrift,
            Telefonnummer, E-Mail-Adressen, Namen und Umsatzsteuer-Identifikationsnummer sind Platzhalter; die
            Stadt ersetzt sie vor dem Start durch ihre eigenen Angaben.</p>
            <h2>Anbieterin</h2>
            <address>Stadt Offenbach am Main<br>Musterstraße 1<br>63065 Offenbach am Main</address>
            <p>Die Stadt Offenbach am Main ist eine Körperschaft des öffentlichen Rechts. Sie wird gesetzlich
            vertreten durch den Oberbürgermeister (Name: Demo-Angabe).</p>
            <h2>Kontakt</h2>
            <ul>
            <li>Telefon: +49 69 0000-0000 (Demo-Angabe)</li>
            <li>E-Mail: <a href="mailto:integration@example.org">integration@example.org</a> (Demo-Angabe)</li>
            <li>Kontaktformular: <a href="/kontakt/">Nachricht an das Integrationsbüro schreiben</a></li>
            </ul>
            <h2>Zuständige Stelle für dieses Portal</h2>
            <p>Das Portal betreut das Amt für Arbeitsförderung, Statistik und Integration der Stadt Offenbach am
            Main. Dort pflegt das Integrationsbüro die Inhalte und beantwortet die Nachrichten aus dem
            Kontaktformular.</p>
            <h2>Umsatzsteuer-Identifikationsnummer</h2>
            <p>Umsatzsteuer-Identifikationsnummer nach § 27a Umsatzsteuergesetz: DE000000000 (Demo-Angabe)</p>
            <h2>Aufsichtsbehörde</h2>
            <p>Regierungspräsidium Darmstadt (Kommunalaufsicht)</p>
            <h2>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV</h2>
            <address>Name der verantwortlichen Person (Demo-Angabe)<br>Amt für Arbeitsförderung, Statistik und
            Integration<br>Musterstraße 1<br>63065 Offenbach am Main</address>
            <h2>Haftung für Links</h2>
            <p>Dieses Portal verweist auf Internetseiten anderer Anbieter. Für deren Inhalte sind allein diese
            Anbieter verantwortlich. Wir haben die verlinkten Seiten geprüft, als wir den Link gesetzt haben, und
            dabei keine Rechtsverstöße erkannt. Fremde Seiten ständig zu kontrollieren, ist ohne konkreten
            Hinweis nicht zumutbar. Erfahren wir von einem Rechtsverstoß, entfernen wir den Link umgehend.
            Hinweise nehmen wir gern über das <a href="/kontakt/">Kontaktformular</a> entgegen.</p>
            <h2>Urheberrecht</h2>
            <p>Die Texte dieses Portals stammen, soweit nicht anders angegeben, von der Stadt Offenbach am Main.
            Wer sie weiterverwenden möchte, fragt bitte vorher beim Integrationsbüro nach.</p>
        """,
    },
    "en": {
        "title": "Legal notice",
        "lead": (
            "This portal is provided by the City of Offenbach am Main. This page contains the information "
            "required by section 5 of the German Digital Services Act (DDG) and section 18 of the Interstate "
            "Media Treaty (MStV)."
        ),
        "body": """
            <p><strong>Demo information:</strong> This legal notice belongs to the demo version of the portal. The
            address, telephone number, e-mail addresses, names and VAT identification number are placeholders;
            the city will replace them with its own details before launch.</p>
            <p>The <a href="/impressum/" hreflang="de">German version</a> of this legal notice is the legally
            binding one.</p>
            <h2>Provider</h2>
            <address><span lang="de">Stadt Offenbach am Main<br>Musterstraße 1<br>63065 Offenbach am Main</span><br>Germany</address>
            <p>The City of Offenbach am Main is a public-law corporation (<span lang="de">Körperschaft des
            öffentlichen Rechts</span>). It is legally represented by the Lord Mayor
            (<span lang="de">Oberbürgermeister</span>; name: demo information).</p>
            <h2>Contact</h2>
            <ul>
            <li>Telephone: +49 69 0000-0000 (demo information)</li>
            <li>E-mail: <a href="mailto:integration@example.org">integration@example.org</a> (demo information)</li>
            <li>Contact form: <a href="/en/kontakt/">write to the Integration Office</a></li>
            </ul>
            <h2>Office responsible for this portal</h2>
            <p>The portal is run by the city's Office for Employment Promotion, Statistics and Integration
            (<span lang="de">Amt für Arbeitsförderung, Statistik und Integration</span>). Its Integration Office
            (<span lang="de">Integrationsbüro</span>) maintains the content and answers the messages sent through
            the contact form.</p>
            <h2>VAT identification number</h2>
            <p>VAT identification number under section 27a of the German VAT Act: DE000000000 (demo
            information)</p>
            <h2>Supervisory authority</h2>
            <p><span lang="de">Regierungspräsidium Darmstadt</span> (the regional authority that supervises the
            municipalities)</p>
            <h2>Responsible for the content under section 18(2) MStV</h2>
            <address>Name of the responsible person (demo information)<br><span lang="de">Amt für
            Arbeitsförderung, Statistik und Integration<br>Musterstraße 1<br>63065 Offenbach am Main</span></address>
            <h2>Liability for links</h2>
            <p>This portal links to websites of other providers. Those providers alone are responsible for their
            content. We checked the linked pages when we set the links and found no legal violations. Without a
            concrete indication, we cannot reasonably be expected to monitor other websites all the time. If we
            learn of a legal violation, we will remove the link without delay. Please let us know through the
            <a href="/en/kontakt/">contact form</a>.</p>
            <h2>Copyright</h2>
            <p>Unless stated otherwise, the texts of this portal are by the City of Offenbach am Main. If you would
            like to reuse them, please ask the Integration Office first.</p>
        """,
    },
    "uk": {
        "title": "Вихідні дані",
        "lead": (
            "Цей портал надає місто Оффенбах-на-Майні. Тут наведено відомості, яких вимагають § 5 німецького "
            "Закону про цифрові послуги (DDG) і § 18 Міжземельного договору про медіа (MStV)."
        ),
        "body": """
            <p><strong>Демонстраційні дані:</strong> Ці вихідні дані належать до демонстраційної версії порталу.
            Адреса, номер телефону, адреси електронної пошти, імена та ідентифікаційний номер платника ПДВ є
            заповнювачами; перед запуском місто замінить їх своїми даними.</p>
            <p>Юридично обовʼязковою є <a href="/impressum/" hreflang="de">німецька версія</a> цієї
            сторінки.</p>
            <h2>Постачальник</h2>
            <address><span lang="de">Stadt Offenbach am Main<br>Musterstraße 1<br>63065 Offenbach am Main</span><br>Німеччина</address>
            <p>Місто Оффенбах-на-Майні є корпорацією публічного права (<span lang="de">Körperschaft des
            öffentlichen Rechts</span>). Його законним представником є обер-бургомістр
            (<span lang="de">Oberbürgermeister</span>; імʼя: демонстраційні дані).</p>
            <h2>Контакти</h2>
            <ul>
            <li>Телефон: +49 69 0000-0000 (демонстраційні дані)</li>
            <li>Електронна пошта: <a href="mailto:integration@example.org">integration@example.org</a>
            (демонстраційні дані)</li>
            <li>Контактна форма: <a href="/uk/kontakt/">написати до Бюро з питань інтеграції</a></li>
            </ul>
            <h2>Відповідальний підрозділ</h2>
            <p>Портал веде міське Відомство сприяння зайнятості, статистики та інтеграції
            (<span lang="de">Amt für Arbeitsförderung, Statistik und Integration</span>). Його Бюро з питань
            інтеграції (<span lang="de">Integrationsbüro</span>) оновлює вміст і відповідає на повідомлення з
            контактної форми.</p>
            <h2>Ідентифікаційний номер платника ПДВ</h2>
            <p>Ідентифікаційний номер платника ПДВ згідно з § 27a німецького Закону про податок з обороту:
            DE000000000 (демонстраційні дані)</p>
            <h2>Наглядовий орган</h2>
            <p><span lang="de">Regierungspräsidium Darmstadt</span> (окружне управління, яке здійснює нагляд за
            громадами)</p>
            <h2>Відповідальний за зміст згідно з § 18 абз. 2 MStV</h2>
            <address>Імʼя відповідальної особи (демонстраційні дані)<br><span lang="de">Amt für
            Arbeitsförderung, Statistik und Integration<br>Musterstraße 1<br>63065 Offenbach am Main</span></address>
            <h2>Відповідальність за посилання</h2>
            <p>Цей портал містить посилання на сайти інших постачальників. За їхній зміст відповідають виключно
            ці постачальники. Ми перевірили сторінки, коли створювали посилання, і не виявили порушень закону.
            Без конкретних підстав ми не можемо постійно перевіряти чужі сайти. Якщо ми дізнаємося про
            порушення закону, ми негайно видалимо посилання. Повідомити нас можна через
            <a href="/uk/kontakt/">контактну форму</a>.</p>
            <h2>Авторське право</h2>
            <p>Якщо не зазначено інше, тексти цього порталу належать місту Оффенбах-на-Майні. Якщо ви хочете
            їх використати, будь ласка, спершу зверніться до Бюро з питань інтеграції.</p>
        """,
    },
    "ru": {
        "title": "Выходные данные",
        "lead": (
            "Этот портал предоставляет город Оффенбах-на-Майне. Здесь приведены сведения, которых требуют § 5 "
            "немецкого Закона о цифровых услугах (DDG) и § 18 Межземельного договора о СМИ (MStV)."
        ),
        "body": """
            <p><strong>Демонстрационные данные:</strong> Эти выходные данные относятся к демонстрационной версии
            портала. Адрес, номер телефона, адреса электронной почты, имена и идентификационный номер
            плательщика НДС являются заполнителями; перед запуском город заменит их своими данными.</p>
            <p>Юридически обязательной является <a href="/impressum/" hreflang="de">немецкая версия</a> этой
            страницы.</p>
            <h2>Поставщик</h2>
            <address><span lang="de">Stadt Offenbach am Main<br>Musterstraße 1<br>63065 Offenbach am Main</span><br>Германия</address>
            <p>Город Оффенбах-на-Майне является корпорацией публичного права (<span lang="de">Körperschaft des
            öffentlichen Rechts</span>). Его законным представителем является обер-бургомистр
            (<span lang="de">Oberbürgermeister</span>; имя: демонстрационные данные).</p>
            <h2>Контакты</h2>
            <ul>
            <li>Телефон: +49 69 0000-0000 (демонстрационные данные)</li>
            <li>Электронная почта: <a href="mailto:integration@example.org">integration@example.org</a>
            (демонстрационные данные)</li>
            <li>Контактная форма: <a href="/ru/kontakt/">написать в Бюро по вопросам интеграции</a></li>
            </ul>
            <h2>Ответственное подразделение</h2>
            <p>Портал ведёт городское Ведомство содействия занятости, статистики и интеграции
            (<span lang="de">Amt für Arbeitsförderung, Statistik und Integration</span>). Его Бюро по вопросам
            интеграции (<span lang="de">Integrationsbüro</span>) обновляет содержание и отвечает на сообщения из
            контактной формы.</p>
            <h2>Идентификационный номер плательщика НДС</h2>
            <p>Идентификационный номер плательщика НДС согласно § 27a немецкого Закона о налоге с оборота:
            DE000000000 (демонстрационные данные)</p>
            <h2>Надзорный орган</h2>
            <p><span lang="de">Regierungspräsidium Darmstadt</span> (окружное управление, осуществляющее надзор
            за муниципалитетами)</p>
            <h2>Ответственный за содержание согласно § 18 абз. 2 MStV</h2>
            <address>Имя ответственного лица (демонстрационные данные)<br><span lang="de">Amt für
            Arbeitsförderung, Statistik und Integration<br>Musterstraße 1<br>63065 Offenbach am Main</span></address>
            <h2>Ответственность за ссылки</h2>
            <p>Этот портал содержит ссылки на сайты других поставщиков. За их содержание отвечают исключительно
            эти поставщики. Мы проверили страницы, когда размещали ссылки, и не обнаружили нарушений закона.
            Без конкретных оснований мы не можем постоянно проверять чужие сайты. Если нам станет известно о
            нарушении закона, мы незамедлительно удалим ссылку. Сообщить нам об этом можно через
            <a href="/ru/kontakt/">контактную форму</a>.</p>
            <h2>Авторское право</h2>
            <p>Если не указано иное, тексты этого портала принадлежат городу Оффенбах-на-Майне. Если вы хотите
            их использовать, пожалуйста, сначала обратитесь в Бюро по вопросам интеграции.</p>
        """,
    },
}


# --- Datenschutzerklärung (Art. 13 DSGVO) -------------------------------------

DATENSCHUTZ = {
    "de": {
        "title": "Datenschutzerklärung",
        "lead": (
            "Wie die Stadt Offenbach am Main in diesem Portal mit Ihren Daten umgeht: Informationen nach "
            "Artikel 13 der Datenschutz-Grundverordnung (DSGVO)."
        ),
        "body": """
            <p><strong>Demo-Angabe:</strong> Anschriften und E-Mail-Adressen auf dieser Seite, der Name des
            IT-Dienstleisters und die Speicherfrist der Server-Protokolle sind Platzhalter. Die Stadt bestätigt
            oder ergänzt sie vor dem Start.</p>
            <h2>Verantwortliche Stelle</h2>
            <address>Stadt Offenbach am Main<br>vertreten durch den Oberbürgermeister<br>Amt für
            Arbeitsförderung, Statistik und Integration<br>Musterstraße 1<br>63065 Offenbach am Main<br>E-Mail:
            <a href="mailto:integration@example.org">integration@example.org</a></address>
            <h2>Datenschutzbeauftragte Stelle</h2>
            <p>Die Stadt hat eine behördliche Datenschutzbeauftragte oder einen behördlichen
            Datenschutzbeauftragten bestellt. Sie erreichen diese Stelle vertraulich:</p>
            <address>Behördlicher Datenschutz der Stadt Offenbach am Main<br>Musterstraße 1<br>63065 Offenbach am
            Main<br>E-Mail: <a href="mailto:datenschutz@example.org">datenschutz@example.org</a></address>
            <h2>Zwecke und Rechtsgrundlagen</h2>
            <p>Wir verarbeiten personenbezogene Daten, um dieses Portal als Informationsangebot der Stadt
            bereitzustellen, Anfragen zu beantworten und Vereinen die Pflege ihrer Einträge im Verzeichnis zu
            ermöglichen. Das gehört zu den öffentlichen Aufgaben der Stadt. Rechtsgrundlage ist Art. 6 Abs. 1
            Buchst. e DSGVO in Verbindung mit § 3 des Hessischen Datenschutz- und Informationsfreiheitsgesetzes
            (HDSIG).</p>
            <h2>Besuch der Internetseiten (Server-Protokolle)</h2>
            <p>Bei jedem Aufruf speichert der Server kurzzeitig: die IP-Adresse Ihres Geräts, Datum und Uhrzeit,
            die aufgerufene Adresse, den Statuscode der Antwort, die übertragene Datenmenge, die Seite, von der
            Sie kamen (Referrer), und die Kennung Ihres Browsers. Wir brauchen diese Protokolle, um das Portal
            sicher zu betreiben und Störungen oder Angriffe zu erkennen. Rechtsgrundlage ist Art. 6 Abs. 1
            Buchst. e DSGVO in Verbindung mit § 3 HDSIG. Die Protokolle werden nach sieben Tagen gelöscht; wird
            ein Angriff untersucht, bewahren wir die betroffenen Einträge bis zum Ende der Untersuchung auf.</p>
            <h2>Kontaktformular und „Barriere melden“</h2>
            <p>Wenn Sie uns über das Kontaktformular oder das Formular „Barriere melden“ schreiben, speichern wir
            Ihre Nachricht, den Zeitpunkt des Eingangs, die Sprache, in der Sie das Portal nutzen, und bei einer
            Barrieremeldung die betroffene Seite. Name und E-Mail-Adresse sind freiwillig; wir brauchen sie nur,
            wenn Sie eine Antwort wünschen.</p>
            <p>Ihre Nachricht lesen nur die zuständigen Mitarbeiterinnen und Mitarbeiter des Integrationsbüros im
            Amt für Arbeitsförderung, Statistik und Integration; eine Kopie geht per E-Mail an das
            Funktionspostfach des Büros. Betrifft Ihr Anliegen ein anderes Amt, geben wir es nur mit Ihrem
            Einverständnis weiter. Wir löschen die Nachricht sechs Monate, nachdem Ihr Anliegen erledigt ist,
            soweit uns keine Pflicht zur längeren Aufbewahrung trifft.</p>
            <p>Um massenhafte Einsendungen abzuwehren, hält der Server die IP-Adresse eines Geräts, das ein
            Formular abschickt, höchstens eine Stunde lang in einem Zwischenspeicher. Rechtsgrundlage für diese
            Verarbeitungen ist Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 HDSIG.</p>
            <h2>Zugänge für Vereine und Mitarbeitende</h2>
            <p>Vereine und Gemeinden pflegen ihren Eintrag im Verzeichnis mit einem persönlichen Zugang;
            Mitarbeitende der Stadt pflegen die Inhalte im Verwaltungsbereich. Dafür speichern wir Benutzername,
            Name, E-Mail-Adresse, das Passwort nur als nicht umkehrbaren Prüfwert (Hash), die Zugehörigkeit zu
            einem Verein oder einer Gruppe und den Zeitpunkt der letzten Anmeldung. Jede Änderung an Inhalten
            wird mit Zeitpunkt und Zugang in einer Versionsgeschichte festgehalten, damit frühere Fassungen
            wiederhergestellt werden können. Wird ein Zugang gelöscht, verschwindet sein Name auch aus der
            Versionsgeschichte.</p>
            <h2>Cookies</h2>
            <p>Dieses Portal setzt keine Cookies zur Analyse, Werbung oder Reichweitenmessung. Es gibt nur diese
            technisch notwendigen Cookies unseres eigenen Servers:</p>
            <ul>
            <li><strong>portal_language</strong> merkt sich die Sprache, die Sie in der Sprachauswahl gewählt
            haben. Das Cookie wird nur gesetzt, wenn Sie selbst eine Sprache wählen, und gilt ein Jahr.
            Rechtsgrundlage ist § 25 Abs. 2 Nr. 2 Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz
            (TDDDG): Die Speicherung ist für den Dienst, den Sie ausdrücklich gewünscht haben, unbedingt
            erforderlich.</li>
            <li><strong>sessionid</strong> hält Sie angemeldet, wenn Sie als Verein oder als Mitarbeiterin oder
            Mitarbeiter der Stadt einen Zugang nutzen. Es entsteht erst bei der Anmeldung und gilt höchstens acht
            Stunden; beim Abmelden wird die Sitzung gelöscht.</li>
            <li><strong>csrftoken</strong> schützt Formulare wie die Anmeldung davor, dass fremde Seiten
            unbemerkt Anfragen in Ihrem Namen abschicken. Es wird gesetzt, wenn Sie ein solches Formular öffnen,
            und gilt ein Jahr.</li>
            </ul>
            <p>Auch für <strong>sessionid</strong> und <strong>csrftoken</strong> gilt § 25 Abs. 2 Nr. 2 TDDDG. Alle
            drei Cookies stammen von unserem eigenen Server (Erstanbieter) und werden an niemanden
            weitergegeben.</p>
            <h2>Keine Inhalte Dritter</h2>
            <p>Schriften, Stylesheets und Skripte liefert unser eigener Server aus. Das Portal bindet keine Inhalte
            anderer Anbieter ein: keine Karten, keine eingebetteten Videos, keine Schriften von fremden Servern
            und keine Werkzeuge zur Besucheranalyse. Folgen Sie einem Link zu einer anderen Internetseite, gilt
            dort deren Datenschutzerklärung.</p>
            <h2>Empfänger und Auftragsverarbeitung</h2>
            <p>Das Portal läuft auf Servern eines IT-Dienstleisters, der im Auftrag der Stadt arbeitet und an ihre
            Weisungen gebunden ist (Art. 28 DSGVO). Name des Dienstleisters: Demo-Angabe. Eine Übermittlung in
            Länder außerhalb der Europäischen Union ist nicht vorgesehen.</p>
            <h2>Ihre Rechte</h2>
            <p>Sie haben das Recht auf</p>
            <ul>
            <li>Auskunft über die zu Ihrer Person gespeicherten Daten (Art. 15 DSGVO),</li>
            <li>Berichtigung unrichtiger Daten (Art. 16 DSGVO),</li>
            <li>Löschung (Art. 17 DSGVO),</li>
            <li>Einschränkung der Verarbeitung (Art. 18 DSGVO),</li>
            <li>Datenübertragbarkeit (Art. 20 DSGVO), soweit die Verarbeitung auf Ihrer Einwilligung oder einem
            Vertrag beruht,</li>
            <li>Widerspruch gegen die Verarbeitung aus Gründen, die sich aus Ihrer besonderen Situation ergeben
            (Art. 21 DSGVO).</li>
            </ul>
            <p>Wenden Sie sich dafür an die verantwortliche Stelle oder an die Datenschutzbeauftragte Stelle.</p>
            <h2>Beschwerderecht</h2>
            <p>Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO). Zuständig für
            die Stadt Offenbach am Main ist:</p>
            <address>Der Hessische Beauftragte für Datenschutz und Informationsfreiheit<br>Postfach 3163<br>65021
            Wiesbaden<br><a href="https://datenschutz.hessen.de/">datenschutz.hessen.de</a></address>
            <h2>Keine automatisierten Entscheidungen</h2>
            <p>Wir treffen keine Entscheidungen, die ausschließlich auf einer automatisierten Verarbeitung beruhen,
            und bilden keine Profile (Art. 22 DSGVO).</p>
            <h2>Müssen Sie Daten angeben?</h2>
            <p>Sie sind nicht verpflichtet, uns Daten zu geben. Ohne Nachricht können wir Ihr Anliegen aber nicht
            bearbeiten, und ohne E-Mail-Adresse können wir Ihnen nicht antworten.</p>
        """,
    },
    "en": {
        "title": "Privacy notice",
        "lead": (
            "How the City of Offenbach am Main handles your data on this portal: information under Article 13 "
            "of the General Data Protection Regulation (GDPR)."
        ),
        "body": """
            <p><strong>Demo information:</strong> The addresses and e-mail addresses on this page, the name of the
            IT service provider and the retention period of the server logs are placeholders. The city will
            confirm or complete them before launch.</p>
            <p>The <a href="/datenschutz/" hreflang="de">German version</a> of this notice is the legally binding
            one.</p>
            <h2>Controller</h2>
            <address><span lang="de">Stadt Offenbach am Main</span><br>represented by the Lord Mayor<br><span lang="de">Amt für Arbeitsförderung, Statistik und Integration<br>Musterstraße 1<br>63065 Offenbach am
            Main</span><br>E-mail: <a href="mailto:integration@example.org">integration@example.org</a></address>
            <h2>Data protection officer</h2>
            <p>The city has appointed a data protection officer, whom you can contact in confidence:</p>
            <address>Data protection officer of the City of Offenbach am Main<br><span lang="de">Musterstraße
            1<br>63065 Offenbach am Main</span><br>E-mail: <a href="mailto:datenschutz@example.org">datenschutz@example.org</a></address>
            <h2>Purposes and legal bases</h2>
            <p>We process personal data to provide this portal as part of the city's public information service,
            to answer enquiries and to let associations keep their directory entries up to date. These are public
            tasks of the city. The legal basis is Article 6(1)(e) GDPR in conjunction with section 3 of the
            Hessian Data Protection and Freedom of Information Act (<span lang="de">Hessisches Datenschutz- und
            Informationsfreiheitsgesetz</span>, HDSIG).</p>
            <h2>Visiting the website (server logs)</h2>
            <p>Each time a page is requested, the server briefly stores the IP address of your device, the date and
            time, the address requested, the status code of the response, the amount of data transferred, the
            page you came from (referrer) and the identification of your browser. We need these logs to run the
            portal securely and to detect faults and attacks. The legal basis is Article 6(1)(e) GDPR in
            conjunction with section 3 HDSIG. The logs are deleted after seven days; if an attack is being
            investigated, we keep the entries concerned until the investigation is over.</p>
            <h2>Contact form and “Report a barrier”</h2>
            <p>When you write to us using the contact form or the “Report a barrier” form, we store your message,
            the time it arrived, the language in which you use the portal and, for barrier reports, the page
            concerned. Your name and e-mail address are optional; we only need them if you would like a
            reply.</p>
            <p>Only the responsible staff of the Integration Office in the <span lang="de">Amt für
            Arbeitsförderung, Statistik und Integration</span> read your message; a copy is sent by e-mail to the
            office's shared mailbox. If your request concerns another department, we only pass it on with your
            consent. We delete the message six months after your request has been dealt with, unless we are
            required to keep it longer.</p>
            <p>To fend off mass submissions, the server keeps the IP address of a device that sends a form in a
            temporary store (cache) for one hour at most. The legal basis for this processing is Article 6(1)(e)
            GDPR in conjunction with section 3 HDSIG.</p>
            <h2>Accounts for associations and staff</h2>
            <p>Associations and communities maintain their directory entry with a personal account; city staff
            maintain the content in the back office. For this we store the user name, name, e-mail address, the
            password only as an irreversible check value (hash), membership of an association or staff group and
            the time of the last login. Every change to the content is recorded with its time and account in a
            version history so that earlier versions can be restored. If an account is deleted, its name also
            disappears from the version history.</p>
            <h2>Cookies</h2>
            <p>This portal sets no cookies for analytics, advertising or audience measurement. There are only these
            strictly necessary cookies from our own server:</p>
            <ul>
            <li><strong>portal_language</strong> remembers the language you chose in the language menu. It is only
            set when you choose a language yourself, and it lasts one year. The legal basis is section 25(2) no. 2
            of the German Telecommunications Digital Services Data Protection Act (TDDDG): storing it is strictly
            necessary for the service you explicitly asked for.</li>
            <li><strong>sessionid</strong> keeps you logged in when you use an account as an association or as a
            member of the city's staff. It is only created when you log in and lasts eight hours at most; the
            session is deleted when you log out.</li>
            <li><strong>csrftoken</strong> protects forms such as the login form against other websites secretly
            sending requests in your name. It is set when you open such a form and lasts one year.</li>
            </ul>
            <p>Section 25(2) no. 2 TDDDG also applies to <strong>sessionid</strong> and <strong>csrftoken</strong>.
            All three are first-party cookies from our own server and are not shared with anyone.</p>
            <h2>No third-party content</h2>
            <p>Fonts, style sheets and scripts are delivered by our own server. The portal does not embed content
            from other providers: no maps, no embedded videos, no fonts from other servers and no visitor
            analytics. If you follow a link to another website, that website's privacy policy applies.</p>
            <h2>Recipients and processors</h2>
            <p>The portal runs on the servers of an IT service provider that works on behalf of the city and is
            bound by its instructions (Article 28 GDPR). Name of the service provider: demo information. No
            transfer of data to countries outside the European Union is planned.</p>
            <h2>Your rights</h2>
            <p>You have the right to</p>
            <ul>
            <li>access the data stored about you (Article 15 GDPR),</li>
            <li>have incorrect data rectified (Article 16 GDPR),</li>
            <li>have data erased (Article 17 GDPR),</li>
            <li>have processing restricted (Article 18 GDPR),</li>
            <li>data portability (Article 20 GDPR), where the processing is based on your consent or on a
            contract,</li>
            <li>object to processing on grounds relating to your particular situation (Article 21 GDPR).</li>
            </ul>
            <p>To exercise these rights, please contact the controller or the data protection officer.</p>
            <h2>Right to lodge a complaint</h2>
            <p>You can lodge a complaint with a data protection supervisory authority (Article 77 GDPR). The
            authority responsible for the City of Offenbach am Main is the Hessian Commissioner for Data
            Protection and Freedom of Information:</p>
            <address><span lang="de">Der Hessische Beauftragte für Datenschutz und Informationsfreiheit<br>Postfach 3163<br>65021
            Wiesbaden</span><br><a href="https://datenschutz.hessen.de/">datenschutz.hessen.de</a></address>
            <h2>No automated decisions</h2>
            <p>We do not make decisions based solely on automated processing, and we do not create profiles
            (Article 22 GDPR).</p>
            <h2>Do you have to provide data?</h2>
            <p>You are not obliged to give us any data. Without a message, however, we cannot deal with your
            request, and without an e-mail address we cannot reply to you.</p>
        """,
    },
    "uk": {
        "title": "Захист персональних даних",
        "lead": (
            "Як місто Оффенбах-на-Майні обробляє ваші дані на цьому порталі: інформація відповідно до статті 13 "
            "Загального регламенту про захист даних (GDPR)."
        ),
        "body": """
            <p><strong>Демонстраційні дані:</strong> Адреси та адреси електронної пошти на цій сторінці, назва
            ІТ-постачальника і строк зберігання серверних журналів є заповнювачами. Перед запуском місто
            підтвердить або доповнить їх.</p>
            <p>Юридично обовʼязковою є <a href="/datenschutz/" hreflang="de">німецька версія</a> цієї
            інформації.</p>
            <h2>Відповідальна особа (контролер)</h2>
            <address><span lang="de">Stadt Offenbach am Main</span><br>в особі обер-бургомістра<br><span lang="de">Amt für Arbeitsförderung, Statistik und Integration<br>Musterstraße 1<br>63065 Offenbach am
            Main</span><br>Електронна пошта: <a href="mailto:integration@example.org">integration@example.org</a></address>
            <h2>Уповноважений із захисту даних</h2>
            <p>Місто призначило уповноваженого із захисту даних. Ви можете звернутися до нього
            конфіденційно:</p>
            <address>Уповноважений із захисту даних міста Оффенбах-на-Майні<br><span lang="de">Musterstraße
            1<br>63065 Offenbach am Main</span><br>Електронна пошта: <a href="mailto:datenschutz@example.org">datenschutz@example.org</a></address>
            <h2>Цілі та правові підстави</h2>
            <p>Ми обробляємо персональні дані, щоб надавати цей портал як частину публічного інформування міста,
            відповідати на звернення та давати обʼєднанням змогу оновлювати свої записи в довіднику. Це
            публічні завдання міста. Правовою підставою є стаття 6(1)(e) GDPR у поєднанні з § 3 Гессенського
            закону про захист даних і свободу інформації (<span lang="de">Hessisches Datenschutz- und
            Informationsfreiheitsgesetz</span>, HDSIG).</p>
            <h2>Відвідування сайту (серверні журнали)</h2>
            <p>Під час кожного запиту сервер ненадовго зберігає: IP-адресу вашого пристрою, дату й час, запитану
            адресу, код стану відповіді, обсяг переданих даних, сторінку, з якої ви перейшли (реферер), та
            ідентифікатор вашого браузера. Ці журнали потрібні нам, щоб безпечно експлуатувати портал і
            виявляти збої та атаки. Правовою підставою є стаття 6(1)(e) GDPR у поєднанні з § 3 HDSIG. Журнали
            видаляються через сім днів; якщо розслідується атака, ми зберігаємо відповідні записи до завершення
            розслідування.</p>
            <h2>Контактна форма та «Повідомити про барʼєр»</h2>
            <p>Коли ви пишете нам через контактну форму або форму «Повідомити про барʼєр», ми зберігаємо ваше
            повідомлення, час його надходження, мову, якою ви користуєтеся порталом, а для повідомлень про
            барʼєри ще й сторінку, якої це стосується. Імʼя та адресу електронної пошти вказувати не
            обовʼязково; вони потрібні лише тоді, коли ви бажаєте отримати відповідь.</p>
            <p>Ваше повідомлення читають лише відповідальні працівники Бюро з питань інтеграції у
            <span lang="de">Amt für Arbeitsförderung, Statistik und Integration</span>; копія надходить
            електронною поштою до загальної скриньки бюро. Якщо ваше звернення стосується іншого відомства, ми
            передаємо його лише з вашої згоди. Ми видаляємо повідомлення через шість місяців після того, як
            ваше звернення опрацьовано, якщо ми не зобовʼязані зберігати його довше.</p>
            <p>Щоб запобігти масовим надсиланням, сервер зберігає IP-адресу пристрою, з якого надіслано форму, у
            тимчасовому сховищі (кеші) щонайбільше одну годину. Правовою підставою для цієї обробки є стаття
            6(1)(e) GDPR у поєднанні з § 3 HDSIG.</p>
            <h2>Облікові записи для обʼєднань і працівників</h2>
            <p>Обʼєднання та громади оновлюють свій запис у довіднику через особистий обліковий запис; працівники
            міста оновлюють вміст в адміністративній частині. Для цього ми зберігаємо імʼя користувача, імʼя,
            адресу електронної пошти, пароль лише у вигляді незворотного контрольного значення (хешу),
            належність до обʼєднання чи групи працівників і час останнього входу. Кожну зміну вмісту
            зафіксовано в історії версій із часом і обліковим записом, щоб можна було відновити попередні
            версії. Якщо обліковий запис видаляють, його імʼя зникає й з історії версій.</p>
            <h2>Файли cookie</h2>
            <p>Цей портал не встановлює файлів cookie для аналітики, реклами чи вимірювання аудиторії. Є лише такі
            технічно необхідні файли cookie нашого власного сервера:</p>
            <ul>
            <li><strong>portal_language</strong> запамʼятовує мову, яку ви вибрали в меню мов. Він
            встановлюється лише тоді, коли ви самі вибираєте мову, і діє один рік. Правовою підставою є § 25
            абз. 2 п. 2 німецького Закону про захист даних у телекомунікаціях і цифрових послугах (TDDDG):
            збереження цього файлу строго необхідне для послуги, яку ви прямо запитали.</li>
            <li><strong>sessionid</strong> зберігає ваш вхід, коли ви користуєтеся обліковим записом обʼєднання
            або працівника міста. Він створюється лише під час входу й діє щонайбільше вісім годин; після
            виходу сеанс видаляється.</li>
            <li><strong>csrftoken</strong> захищає форми, наприклад форму входу, від того, щоб інші сайти
            непомітно надсилали запити від вашого імені. Він встановлюється, коли ви відкриваєте таку форму, і
            діє один рік.</li>
            </ul>
            <p>Для <strong>sessionid</strong> і <strong>csrftoken</strong> так само діє § 25 абз. 2 п. 2 TDDDG.
            Усі три файли cookie походять з нашого власного сервера, і ми нікому їх не передаємо.</p>
            <h2>Жодного стороннього вмісту</h2>
            <p>Шрифти, таблиці стилів і скрипти надходять з нашого власного сервера. Портал не вбудовує вміст інших
            постачальників: жодних карт, вбудованих відео, шрифтів з чужих серверів чи інструментів аналізу
            відвідувань. Якщо ви переходите за посиланням на інший сайт, там діє його політика
            конфіденційності.</p>
            <h2>Одержувачі та обробники</h2>
            <p>Портал працює на серверах ІТ-постачальника, який діє за дорученням міста і виконує його вказівки
            (стаття 28 GDPR). Назва постачальника: демонстраційні дані. Передавати дані до країн за межами
            Європейського Союзу не передбачено.</p>
            <h2>Ваші права</h2>
            <p>Ви маєте право:</p>
            <ul>
            <li>отримати інформацію про дані, збережені про вас (стаття 15 GDPR),</li>
            <li>вимагати виправлення неправильних даних (стаття 16 GDPR),</li>
            <li>вимагати видалення даних (стаття 17 GDPR),</li>
            <li>вимагати обмеження обробки (стаття 18 GDPR),</li>
            <li>на перенесення даних (стаття 20 GDPR), якщо обробка ґрунтується на вашій згоді або на
            договорі,</li>
            <li>заперечити проти обробки з причин, повʼязаних із вашою особливою ситуацією (стаття 21 GDPR).</li>
            </ul>
            <p>Для цього зверніться до відповідальної особи або до уповноваженого із захисту даних.</p>
            <h2>Право на скаргу</h2>
            <p>Ви можете подати скаргу до наглядового органу із захисту даних (стаття 77 GDPR). Для міста
            Оффенбах-на-Майні компетентним є Уповноважений землі Гессен із захисту даних і свободи
            інформації:</p>
            <address><span lang="de">Der Hessische Beauftragte für Datenschutz und Informationsfreiheit<br>Postfach 3163<br>65021
            Wiesbaden</span><br><a href="https://datenschutz.hessen.de/">datenschutz.hessen.de</a></address>
            <h2>Жодних автоматизованих рішень</h2>
            <p>Ми не ухвалюємо рішень, які ґрунтуються виключно на автоматизованій обробці, і не створюємо
            профілів (стаття 22 GDPR).</p>
            <h2>Чи зобовʼязані ви надавати дані?</h2>
            <p>Ви не зобовʼязані надавати нам жодних даних. Проте без повідомлення ми не зможемо опрацювати ваше
            звернення, а без адреси електронної пошти не зможемо вам відповісти.</p>
        """,
    },
    "ru": {
        "title": "Защита персональных данных",
        "lead": (
            "Как город Оффенбах-на-Майне обрабатывает ваши данные на этом портале: информация согласно статье 13 "
            "Общего регламента по защите данных (GDPR)."
        ),
        "body": """
            <p><strong>Демонстрационные данные:</strong> Адреса и адреса электронной почты на этой странице,
            название ИТ-поставщика и срок хранения серверных журналов являются заполнителями. Перед запуском
            город подтвердит или дополнит их.</p>
            <p>Юридически обязательной является <a href="/datenschutz/" hreflang="de">немецкая версия</a> этой
            информации.</p>
            <h2>Ответственное лицо (контролёр)</h2>
            <address><span lang="de">Stadt Offenbach am Main</span><br>в лице обер-бургомистра<br><span lang="de">Amt für Arbeitsförderung, Statistik und Integration<br>Musterstraße 1<br>63065 Offenbach am
            Main</span><br>Электронная почта: <a href="mailto:integration@example.org">integration@example.org</a></address>
            <h2>Уполномоченный по защите данных</h2>
            <p>Город назначил уполномоченного по защите данных. Вы можете обратиться к нему
            конфиденциально:</p>
            <address>Уполномоченный по защите данных города Оффенбах-на-Майне<br><span lang="de">Musterstraße
            1<br>63065 Offenbach am Main</span><br>Электронная почта: <a href="mailto:datenschutz@example.org">datenschutz@example.org</a></address>
            <h2>Цели и правовые основания</h2>
            <p>Мы обрабатываем персональные данные, чтобы предоставлять этот портал как часть публичного
            информирования города, отвечать на обращения и давать объединениям возможность обновлять свои записи
            в справочнике. Это публичные задачи города. Правовым основанием является статья 6(1)(e) GDPR в
            сочетании с § 3 Гессенского закона о защите данных и свободе информации (<span lang="de">Hessisches
            Datenschutz- und Informationsfreiheitsgesetz</span>, HDSIG).</p>
            <h2>Посещение сайта (серверные журналы)</h2>
            <p>При каждом запросе сервер ненадолго сохраняет: IP-адрес вашего устройства, дату и время,
            запрошенный адрес, код состояния ответа, объём переданных данных, страницу, с которой вы пришли
            (реферер), и идентификатор вашего браузера. Эти журналы нужны нам, чтобы безопасно эксплуатировать
            портал и распознавать сбои и атаки. Правовым основанием является статья 6(1)(e) GDPR в сочетании с
            § 3 HDSIG. Журналы удаляются через семь дней; если расследуется атака, мы храним соответствующие
            записи до окончания расследования.</p>
            <h2>Контактная форма и «Сообщить о барьере»</h2>
            <p>Когда вы пишете нам через контактную форму или форму «Сообщить о барьере», мы сохраняем ваше
            сообщение, время его поступления, язык, на котором вы пользуетесь порталом, а в сообщениях о
            барьерах ещё и страницу, которой это касается. Имя и адрес электронной почты указывать не
            обязательно; они нужны только тогда, когда вы хотите получить ответ.</p>
            <p>Ваше сообщение читают только ответственные сотрудники Бюро по вопросам интеграции в
            <span lang="de">Amt für Arbeitsförderung, Statistik und Integration</span>; копия поступает по
            электронной почте в общий почтовый ящик бюро. Если ваше обращение касается другого ведомства, мы
            передаём его только с вашего согласия. Мы удаляем сообщение через шесть месяцев после того, как ваше
            обращение рассмотрено, если мы не обязаны хранить его дольше.</p>
            <p>Чтобы предотвратить массовые отправки, сервер хранит IP-адрес устройства, с которого отправлена
            форма, во временном хранилище (кеше) не более одного часа. Правовым основанием для этой обработки
            является статья 6(1)(e) GDPR в сочетании с § 3 HDSIG.</p>
            <h2>Учётные записи для объединений и сотрудников</h2>
            <p>Объединения и общины обновляют свою запись в справочнике через личную учётную запись; сотрудники
            города обновляют содержание в административной части. Для этого мы храним имя пользователя, имя,
            адрес электронной почты, пароль только в виде необратимого контрольного значения (хеша),
            принадлежность к объединению или группе сотрудников и время последнего входа. Каждое изменение
            содержания фиксируется в истории версий с указанием времени и учётной записи, чтобы можно было
            восстановить прежние версии. Если учётную запись удаляют, её имя исчезает и из истории версий.</p>
            <h2>Файлы cookie</h2>
            <p>Этот портал не устанавливает файлы cookie для аналитики, рекламы или измерения аудитории. Есть
            только следующие технически необходимые файлы cookie нашего собственного сервера:</p>
            <ul>
            <li><strong>portal_language</strong> запоминает язык, который вы выбрали в меню языков. Он
            устанавливается, только если вы сами выбираете язык, и действует один год. Правовым основанием
            является § 25 абз. 2 п. 2 немецкого Закона о защите данных в телекоммуникациях и цифровых услугах
            (TDDDG): его сохранение строго необходимо для услуги, которую вы явно запросили.</li>
            <li><strong>sessionid</strong> сохраняет ваш вход, когда вы пользуетесь учётной записью объединения
            или сотрудника города. Он создаётся только при входе и действует не более восьми часов; при выходе
            сеанс удаляется.</li>
            <li><strong>csrftoken</strong> защищает формы, например форму входа, от того, чтобы другие сайты
            незаметно отправляли запросы от вашего имени. Он устанавливается, когда вы открываете такую форму, и
            действует один год.</li>
            </ul>
            <p>Для <strong>sessionid</strong> и <strong>csrftoken</strong> также действует § 25 абз. 2 п. 2 TDDDG.
            Все три файла cookie исходят от нашего собственного сервера, и мы никому их не передаём.</p>
            <h2>Никакого стороннего содержания</h2>
            <p>Шрифты, таблицы стилей и скрипты поступают с нашего собственного сервера. Портал не встраивает
            содержание других поставщиков: никаких карт, встроенных видео, шрифтов с чужих серверов и
            инструментов анализа посещений. Если вы переходите по ссылке на другой сайт, там действует его
            политика конфиденциальности.</p>
            <h2>Получатели и обработчики</h2>
            <p>Портал работает на серверах ИТ-поставщика, который действует по поручению города и выполняет его
            указания (статья 28 GDPR). Название поставщика: демонстрационные данные. Передача данных в страны за
            пределами Европейского союза не предусмотрена.</p>
            <h2>Ваши права</h2>
            <p>Вы имеете право:</p>
            <ul>
            <li>получить информацию о сохранённых о вас данных (статья 15 GDPR),</li>
            <li>требовать исправления неверных данных (статья 16 GDPR),</li>
            <li>требовать удаления данных (статья 17 GDPR),</li>
            <li>требовать ограничения обработки (статья 18 GDPR),</li>
            <li>на переносимость данных (статья 20 GDPR), если обработка основана на вашем согласии или на
            договоре,</li>
            <li>возразить против обработки по причинам, связанным с вашей особой ситуацией (статья 21 GDPR).</li>
            </ul>
            <p>Для этого обратитесь к ответственному лицу или к уполномоченному по защите данных.</p>
            <h2>Право на жалобу</h2>
            <p>Вы можете подать жалобу в надзорный орган по защите данных (статья 77 GDPR). Для города
            Оффенбах-на-Майне компетентен Уполномоченный земли Гессен по защите данных и свободе
            информации:</p>
            <address><span lang="de">Der Hessische Beauftragte für Datenschutz und Informationsfreiheit<br>Postfach 3163<br>65021
            Wiesbaden</span><br><a href="https://datenschutz.hessen.de/">datenschutz.hessen.de</a></address>
            <h2>Никаких автоматизированных решений</h2>
            <p>Мы не принимаем решений, основанных исключительно на автоматизированной обработке, и не создаём
            профилей (статья 22 GDPR).</p>
            <h2>Обязаны ли вы предоставлять данные?</h2>
            <p>Вы не обязаны предоставлять нам какие-либо данные. Однако без сообщения мы не сможем рассмотреть
            ваше обращение, а без адреса электронной почты не сможем вам ответить.</p>
        """,
    },
}


# --- Erklärung zur Barrierefreiheit (HessBGG, HVBIT) --------------------------

BARRIEREFREIHEIT = {
    "de": {
        "title": "Erklärung zur Barrierefreiheit",
        "lead": (
            "Die Stadt Offenbach am Main möchte ihr Integrationsportal für alle Menschen zugänglich machen. Diese "
            "Erklärung beschreibt, wie weit das gelingt und wo es noch Barrieren gibt."
        ),
        "body": """
            <p>Diese Erklärung gilt für das Integrationsportal der Stadt Offenbach am Main mit seinen deutschen,
            englischen, ukrainischen und russischen Seiten. Als öffentliche Stelle ist die Stadt nach dem
            Hessischen Behinderten-Gleichstellungsgesetz (HessBGG) und der Hessischen Verordnung über
            barrierefreie Informationstechnik (HVBIT) verpflichtet, ihre Internetseiten barrierefrei zu
            gestalten. Maßstab sind die Anforderungen der europäischen Norm EN 301 549, die auf den Richtlinien
            für barrierefreie Webinhalte (WCAG 2.1, Stufe AA) beruhen.</p>
            <h2>Stand der Vereinbarkeit mit den Anforderungen</h2>
            <p>Das Portal ist <strong>teilweise barrierefrei</strong>. Die folgenden Inhalte sind noch nicht
            barrierefrei:</p>
            <ul>
            <li><strong>Sitzungsunterlagen als PDF:</strong> Dokumente des Kompetenzteams Integration und anderer
            Gremien, die als PDF hochgeladen werden, sind nicht immer barrierefrei gestaltet. Auf Wunsch schicken
            wir Ihnen den Inhalt in einer zugänglichen Form.</li>
            <li><strong>Gebärdensprache:</strong> Auf der Seite <a href="/gebaerdensprache/">Gebärdensprache</a>
            steht bisher nur der Text, den ein Video in Deutscher Gebärdensprache (DGS) wiedergeben soll. Ein
            Video mit echten Inhalten in DGS gibt es in dieser Demo-Fassung noch nicht.</li>
            <li><strong>Leichte Sprache:</strong> Die wichtigsten Informationen gibt es in
            <a href="/leichte-sprache/">Leichter Sprache</a>. Ältere Meldungen und Texte liegen nicht in Leichter
            Sprache vor.</li>
            </ul>
            <h2>Erstellung dieser Erklärung</h2>
            <p>Diese Erklärung wurde am 21. November 2026 erstellt. Sie beruht auf einer Selbstbewertung durch das
            Entwicklungsteam und die Redaktion. Zusätzlich prüfen automatische Tests mit dem Prüfwerkzeug axe-core
            bei jeder Änderung der Software die wichtigsten Seiten in einem echten Browser auf Verstöße gegen die
            WCAG 2.1 (Stufen A und AA).</p>
            <h2>Barrieren melden: Feedback und Kontakt</h2>
            <p>Sind Ihnen Barrieren auf diesen Seiten aufgefallen, oder brauchen Sie einen Inhalt in einer
            zugänglichen Form? Dann schreiben Sie uns:</p>
            <ul>
            <li>über das Formular <a href="/barriere-melden/">Barriere melden</a>,</li>
            <li>per E-Mail an <a href="mailto:barrierefreiheit@example.org">barrierefreiheit@example.org</a>
            (Demo-Angabe).</li>
            </ul>
            <p>Wir beantworten Ihre Meldung so schnell wie möglich.</p>
            <h2>Durchsetzungsverfahren</h2>
            <p>Haben Sie innerhalb von sechs Wochen keine Antwort erhalten oder stellt die Antwort Sie nicht
            zufrieden, können Sie einen Antrag bei der Durchsetzungs- und Überwachungsstelle für barrierefreie
            Informationstechnik des Landes Hessen stellen. Sie gehört zur Beauftragten der Hessischen
            Landesregierung für barrierefreie IT. Die Stelle prüft Ihr Anliegen, holt eine Stellungnahme der Stadt
            ein und regt Maßnahmen an, mit denen die Barriere beseitigt werden kann; die Stadt ist verpflichtet,
            dabei mitzuwirken.</p>
            <address>Durchsetzungs- und Überwachungsstelle für barrierefreie IT des Landes Hessen<br>Sitz beim
            Regierungspräsidium Gießen<br><a href="https://lbit.hessen.de/">lbit.hessen.de</a></address>
            <p><strong>Demo-Angabe:</strong> Die genaue Postanschrift und die E-Mail-Adresse der
            Durchsetzungsstelle bestätigt die Stadt vor der Veröffentlichung.</p>
        """,
    },
    "en": {
        "title": "Accessibility statement",
        "lead": (
            "The City of Offenbach am Main wants its integration portal to be accessible to everyone. This "
            "statement describes how far that has been achieved and where barriers remain."
        ),
        "body": """
            <p>The <a href="/barrierefreiheit/" hreflang="de">German version</a> of this statement is the legally
            binding one.</p>
            <p>This statement applies to the integration portal of the City of Offenbach am Main with its German,
            English, Ukrainian and Russian pages. As a public body, the city is required by the Hessian Disability
            Equality Act (<span lang="de">Hessisches Behinderten-Gleichstellungsgesetz</span>, HessBGG) and the
            Hessian Ordinance on Accessible Information Technology (<span lang="de">Hessische Verordnung über
            barrierefreie Informationstechnik</span>, HVBIT) to make its websites accessible. The standard is the
            European norm EN 301 549, which is based on the Web Content Accessibility Guidelines (WCAG 2.1, level
            AA).</p>
            <h2>Compliance status</h2>
            <p>The portal is <strong>partially accessible</strong>. The following content is not yet
            accessible:</p>
            <ul>
            <li><strong>Meeting documents as PDF:</strong> documents of the Integration Competence Team and other
            bodies that are uploaded as PDF files are not always accessible. On request, we will send you the
            content in an accessible form.</li>
            <li><strong>Sign language:</strong> the <a href="/en/gebaerdensprache/">sign language</a> page so far
            only shows the text that a video in German Sign Language (DGS) is meant to convey. This demo version
            does not yet have a video with real DGS content.</li>
            <li><strong>Easy language:</strong> the most important information is available in
            <a href="/en/leichte-sprache/">easy language</a>. Older news and texts are not available in easy
            language.</li>
            </ul>
            <h2>Preparation of this statement</h2>
            <p>This statement was prepared on 21 November 2026. It is based on a self-assessment by the
            development team and the editors. In addition, automated tests with the axe-core testing tool check
            the most important pages in a real browser for violations of WCAG 2.1 (levels A and AA) every time the
            software changes.</p>
            <h2>Reporting barriers: feedback and contact</h2>
            <p>Have you come across barriers on these pages, or do you need content in an accessible form? Then
            please write to us:</p>
            <ul>
            <li>using the <a href="/en/barriere-melden/">Report a barrier</a> form,</li>
            <li>by e-mail to <a href="mailto:barrierefreiheit@example.org">barrierefreiheit@example.org</a> (demo
            information).</li>
            </ul>
            <p>We will answer your report as quickly as possible.</p>
            <h2>Enforcement procedure</h2>
            <p>If you have not received an answer within six weeks, or if the answer does not satisfy you, you can
            apply to the enforcement and monitoring body for accessible information technology of the State of
            Hesse. It is part of the office of the Hessian government's commissioner for accessible IT. The body
            examines your concern, asks the city for a statement and suggests measures to remove the barrier; the
            city is obliged to cooperate.</p>
            <address><span lang="de">Durchsetzungs- und Überwachungsstelle für barrierefreie IT des Landes
            Hessen</span><br>based at the <span lang="de">Regierungspräsidium Gießen</span><br><a href="https://lbit.hessen.de/">lbit.hessen.de</a></address>
            <p><strong>Demo information:</strong> the city will confirm the exact postal address and e-mail address
            of the enforcement body before publication.</p>
        """,
    },
    "uk": {
        "title": "Заява про доступність",
        "lead": (
            "Місто Оффенбах-на-Майні прагне, щоб його інтеграційний портал був доступним для всіх. Ця заява "
            "описує, наскільки це вдається і де ще залишаються барʼєри."
        ),
        "body": """
            <p>Юридично обовʼязковою є <a href="/barrierefreiheit/" hreflang="de">німецька версія</a> цієї
            заяви.</p>
            <p>Ця заява стосується інтеграційного порталу міста Оффенбах-на-Майні з його німецькими,
            англійськими, українськими та російськими сторінками. Як публічна установа місто зобовʼязане
            робити свої сайти доступними відповідно до Гессенського закону про рівні права людей з
            інвалідністю (<span lang="de">Hessisches Behinderten-Gleichstellungsgesetz</span>, HessBGG) і
            Гессенської постанови про доступні інформаційні технології (<span lang="de">Hessische Verordnung über
            barrierefreie Informationstechnik</span>, HVBIT). Мірилом є вимоги європейської норми EN 301 549, що
            ґрунтуються на Настановах щодо доступності вебвмісту (WCAG 2.1, рівень AA).</p>
            <h2>Стан відповідності вимогам</h2>
            <p>Портал <strong>частково доступний</strong>. Такий вміст ще не є доступним:</p>
            <ul>
            <li><strong>Документи засідань у форматі PDF:</strong> документи Команди компетенцій з інтеграції та
            інших органів, завантажені як PDF, не завжди доступні. На ваше прохання ми надішлемо вміст у
            доступній формі.</li>
            <li><strong>Жестова мова:</strong> на сторінці <a href="/uk/gebaerdensprache/">жестова мова</a> поки
            що є лише текст, який має передати відео німецькою жестовою мовою (DGS). Відео зі справжнім вмістом
            жестовою мовою в цій демонстраційній версії ще немає.</li>
            <li><strong>Проста мова:</strong> найважливіша інформація доступна <a href="/uk/leichte-sprache/">простою мовою</a>. Старіші новини й тексти простою мовою не
            подано.</li>
            </ul>
            <h2>Підготовка цієї заяви</h2>
            <p>Цю заяву підготовлено 21 листопада 2026 року. Вона ґрунтується на самооцінці команди розробників
            і редакції. Крім того, автоматичні тести з інструментом перевірки axe-core під час кожної зміни
            програмного забезпечення перевіряють найважливіші сторінки у справжньому браузері на порушення WCAG
            2.1 (рівні A та AA).</p>
            <h2>Повідомити про барʼєр: зворотний звʼязок і контакти</h2>
            <p>Ви помітили барʼєри на цих сторінках або вам потрібен вміст у доступній формі? Напишіть нам:</p>
            <ul>
            <li>через форму <a href="/uk/barriere-melden/">Повідомити про барʼєр</a>,</li>
            <li>електронною поштою на <a href="mailto:barrierefreiheit@example.org">barrierefreiheit@example.org</a>
            (демонстраційні дані).</li>
            </ul>
            <p>Ми відповімо на ваше повідомлення якомога швидше.</p>
            <h2>Процедура забезпечення виконання</h2>
            <p>Якщо протягом шести тижнів ви не отримали відповіді або відповідь вас не задовольняє, ви можете
            подати заяву до Органу із забезпечення та моніторингу доступності інформаційних технологій землі
            Гессен. Він належить до служби Уповноваженої уряду землі Гессен з питань доступних ІТ. Цей орган
            розглядає ваше звернення, запитує позицію міста та пропонує заходи для усунення барʼєра; місто
            зобовʼязане співпрацювати.</p>
            <address><span lang="de">Durchsetzungs- und Überwachungsstelle für barrierefreie IT des Landes
            Hessen</span><br>розташована при <span lang="de">Regierungspräsidium Gießen</span><br><a href="https://lbit.hessen.de/">lbit.hessen.de</a></address>
            <p><strong>Демонстраційні дані:</strong> точну поштову адресу та адресу електронної пошти цього
            органу місто підтвердить перед публікацією.</p>
        """,
    },
    "ru": {
        "title": "Заявление о доступности",
        "lead": (
            "Город Оффенбах-на-Майне стремится к тому, чтобы его интеграционный портал был доступен для всех. Это "
            "заявление описывает, насколько это удаётся и где ещё остаются барьеры."
        ),
        "body": """
            <p>Юридически обязательной является <a href="/barrierefreiheit/" hreflang="de">немецкая версия</a>
            этого заявления.</p>
            <p>Это заявление относится к интеграционному порталу города Оффенбах-на-Майне с его немецкими,
            английскими, украинскими и русскими страницами. Как публичное учреждение город обязан делать свои
            сайты доступными согласно Гессенскому закону о равноправии людей с инвалидностью (<span lang="de">Hessisches Behinderten-Gleichstellungsgesetz</span>, HessBGG) и Гессенскому постановлению о
            доступных информационных технологиях (<span lang="de">Hessische Verordnung über barrierefreie
            Informationstechnik</span>, HVBIT). Критерием служат требования европейской нормы EN 301 549, которые
            основаны на Руководстве по обеспечению доступности веб-контента (WCAG 2.1, уровень AA).</p>
            <h2>Степень соответствия требованиям</h2>
            <p>Портал <strong>частично доступен</strong>. Следующее содержание пока не доступно:</p>
            <ul>
            <li><strong>Документы заседаний в формате PDF:</strong> документы Команды компетенций по интеграции и
            других органов, загруженные как PDF, не всегда доступны. По вашей просьбе мы пришлём содержание в
            доступной форме.</li>
            <li><strong>Жестовый язык:</strong> на странице <a href="/ru/gebaerdensprache/">жестовый язык</a> пока
            есть только текст, который должно передать видео на немецком жестовом языке (DGS). Видео с настоящим
            содержанием на жестовом языке в этой демонстрационной версии пока нет.</li>
            <li><strong>Простой язык:</strong> самая важная информация доступна <a href="/ru/leichte-sprache/">простым языком</a>. Более старые новости и тексты простым языком не
            изложены.</li>
            </ul>
            <h2>Подготовка этого заявления</h2>
            <p>Это заявление подготовлено 21 ноября 2026 года. Оно основано на самооценке команды разработчиков и
            редакции. Кроме того, автоматические тесты с инструментом проверки axe-core при каждом изменении
            программного обеспечения проверяют важнейшие страницы в настоящем браузере на нарушения WCAG 2.1
            (уровни A и AA).</p>
            <h2>Сообщить о барьере: обратная связь и контакты</h2>
            <p>Вы заметили барьеры на этих страницах или вам нужно содержание в доступной форме? Напишите нам:</p>
            <ul>
            <li>через форму <a href="/ru/barriere-melden/">Сообщить о барьере</a>,</li>
            <li>по электронной почте <a href="mailto:barrierefreiheit@example.org">barrierefreiheit@example.org</a>
            (демонстрационные данные).</li>
            </ul>
            <p>Мы ответим на ваше сообщение как можно скорее.</p>
            <h2>Процедура принудительного исполнения</h2>
            <p>Если в течение шести недель вы не получили ответа или ответ вас не устраивает, вы можете подать
            заявление в Орган по обеспечению и мониторингу доступности информационных технологий земли Гессен.
            Он относится к службе Уполномоченной правительства земли Гессен по вопросам доступных ИТ. Этот орган
            рассматривает ваше обращение, запрашивает позицию города и предлагает меры по устранению барьера;
            город обязан сотрудничать.</p>
            <address><span lang="de">Durchsetzungs- und Überwachungsstelle für barrierefreie IT des Landes
            Hessen</span><br>расположен при <span lang="de">Regierungspräsidium Gießen</span><br><a href="https://lbit.hessen.de/">lbit.hessen.de</a></address>
            <p><strong>Демонстрационные данные:</strong> точный почтовый адрес и адрес электронной почты этого
            органа город подтвердит перед публикацией.</p>
        """,
    },
}


# --- Leichte Sprache ----------------------------------------------------------
# German: rules of Leichte Sprache (short sentences, one statement each, words
# explained, no abbreviations). The other languages: plain-language versions.

LEICHTE_SPRACHE = {
    "de": {
        "title": "Leichte Sprache",
        "lead": "Hier erklären wir diese Internet-Seite in Leichter Sprache.",
        "body": """
            <h2>Was ist auf dieser Internet-Seite?</h2>
            <p>Diese Internet-Seite ist von der Stadt Offenbach am Main.<br>Die Seite heißt:
            Integrations-Portal.</p>
            <p>Integration bedeutet:<br>Alle Menschen in Offenbach leben gut zusammen.<br>Alle Menschen können
            mit-machen.<br>Auch Menschen aus anderen Ländern.</p>
            <p>Auf der Seite finden Sie diese Themen:</p>
            <ul>
            <li><strong>Aktuelles</strong><br>Hier stehen Nachrichten von der Stadt.</li>
            <li><strong>Offenbach hilft</strong><br>Hier gibt es Hilfe für Menschen aus der Ukraine.<br>Und für
            Menschen, die helfen wollen.</li>
            <li><strong>Kompetenzteam</strong><br>Das Kompetenz-Team ist eine Gruppe.<br>In der Gruppe sind
            Vereine und die Stadt.<br>Die Gruppe spricht über das Zusammen-Leben in Offenbach.</li>
            <li><strong>Programme</strong><br>Hier steht: So bekommen Projekte Geld.<br>Das Geld ist von der
            Stadt Offenbach.<br>Oder vom Land Hessen.</li>
            <li><strong>Vereine</strong><br>Hier stellen sich Vereine und Gemeinden vor.<br>Zum Beispiel
            Kirchen-Gemeinden und Moschee-Gemeinden.</li>
            </ul>
            <h2>So benutzen Sie die Internet-Seite</h2>
            <h3>Das Menü</h3>
            <p>Oben auf jeder Seite ist das Menü.<br>Das Menü ist eine Liste mit den Themen.<br>Klicken Sie auf
            ein Thema.<br>Dann kommen Sie zu dem Thema.</p>
            <h3>Die Suche</h3>
            <p>Oben auf jeder Seite ist auch die Suche.<br>Schreiben Sie ein Wort in das Feld
            <strong>Suche</strong>.<br>Klicken Sie dann auf <strong>Suchen</strong>.<br>Dann sehen Sie alle Seiten
            mit diesem Wort.</p>
            <h3>Die Sprachen</h3>
            <p>Sie können eine andere Sprache wählen.<br>Die Sprachen stehen oben auf der Seite.<br>Es gibt 4
            Sprachen:</p>
            <ul>
            <li>Deutsch</li>
            <li><span lang="en">English</span>: Das ist Englisch.</li>
            <li><span lang="uk">Українська</span>: Das ist Ukrainisch.</li>
            <li><span lang="ru">Русский</span>: Das ist Russisch.</li>
            </ul>
            <h3>Ganz unten auf der Seite</h3>
            <p>Ganz unten auf jeder Seite sind noch mehr Links.<br>Ein Link ist ein Wort zum Anklicken.<br>Zum
            Beispiel:</p>
            <ul>
            <li>der Link zu diesem Text in Leichter Sprache</li>
            <li>der Link zu Informationen in Gebärden-Sprache</li>
            <li>der Link zum Kontakt</li>
            </ul>
            <h2>Ist die Internet-Seite barriere-frei?</h2>
            <p>Barriere-frei bedeutet:<br>Alle Menschen können die Seite gut benutzen.<br>Auch Menschen mit
            Behinderung.</p>
            <p>Unsere Seite ist noch nicht ganz barriere-frei.<br>Das sind die Probleme:</p>
            <ul>
            <li>Manche Dokumente sind PDF-Dateien.<br>Manche PDF-Dateien sind schwer zu lesen.<br>Zum Beispiel
            mit einem Vorlese-Programm.<br>Ein Vorlese-Programm liest Texte laut vor.</li>
            <li>Es gibt noch kein Video in Gebärden-Sprache.<br>Gebärden-Sprache ist eine Sprache mit den
            Händen.<br>Viele gehörlose Menschen sprechen Gebärden-Sprache.<br>Gehörlose Menschen können nicht
            hören.</li>
            <li>Manche Texte gibt es nicht in Leichter Sprache.</li>
            </ul>
            <p>Alle Informationen zur Barriere-Freiheit stehen in der
            <a href="/barrierefreiheit/">Erklärung zur Barriere-Freiheit</a>.<br>Die Erklärung ist in schwerer
            Sprache.</p>
            <h2>Haben Sie Fragen?</h2>
            <p>Dann schreiben Sie uns.<br>Dafür gibt es ein Formular.<br>Hier ist das Formular:
            <a href="/kontakt/">Kontakt</a></p>
            <p>Haben Sie ein Problem mit der Internet-Seite?<br>Dann schreiben Sie uns hier:
            <a href="/barriere-melden/">Barriere melden</a></p>
            <p>Das Integrations-Büro von der Stadt bekommt Ihre Nachricht.<br>Wir antworten Ihnen so schnell wie
            möglich.</p>
        """,
    },
    "en": {
        "title": "Easy language",
        "lead": "Here we explain this website in easy language.",
        "body": """
            <p>This page is a plain-language version. The <a href="/leichte-sprache/" hreflang="de">German
            page</a> follows the rules of German easy language (<span lang="de">Leichte Sprache</span>).</p>
            <h2>What is on this website?</h2>
            <p>This website is from the City of Offenbach am Main.<br>It is called the integration portal.</p>
            <p>Integration means:<br>All people in Offenbach live well together.<br>Everyone can take
            part.<br>People from other countries too.</p>
            <p>On this website you can find these topics:</p>
            <ul>
            <li><strong>News</strong><br>News from the city.</li>
            <li><strong>Offenbach helps</strong><br>Help for people from Ukraine.<br>And for people who want to
            help.</li>
            <li><strong>Competence Team</strong><br>The Competence Team is a group.<br>Associations and the city
            are in the group.<br>The group talks about living together in Offenbach.</li>
            <li><strong>Programmes</strong><br>How projects can get money.<br>The money comes from the City of
            Offenbach.<br>Or from the State of Hesse.</li>
            <li><strong>Associations</strong><br>Associations and communities introduce themselves here.<br>For
            example church communities and mosque communities.</li>
            </ul>
            <h2>How to use the website</h2>
            <h3>The menu</h3>
            <p>The menu is at the top of every page.<br>The menu is a list of the topics.<br>Click on a
            topic.<br>Then you get to that topic.</p>
            <h3>Search</h3>
            <p>The search is also at the top of every page.<br>Type a word in the <strong>Search</strong>
            box.<br>Then click the <strong>Search</strong> button.<br>You will see all pages with this word.</p>
            <h3>Languages</h3>
            <p>You can choose another language.<br>The languages are at the top of the page.<br>There are 4
            languages:</p>
            <ul>
            <li><span lang="de">Deutsch</span>: this is German.</li>
            <li>English</li>
            <li><span lang="uk">Українська</span>: this is Ukrainian.</li>
            <li><span lang="ru">Русский</span>: this is Russian.</li>
            </ul>
            <h3>At the bottom of the page</h3>
            <p>There are more links at the bottom of every page.<br>A link is a word you can click on.<br>For
            example:</p>
            <ul>
            <li>the link to this text in easy language</li>
            <li>the link to information in sign language</li>
            <li>the link to the contact form</li>
            </ul>
            <h2>Is the website accessible?</h2>
            <p>Accessible means:<br>Everyone can use the website well.<br>People with disabilities too.</p>
            <p>Our website is not fully accessible yet.<br>These are the problems:</p>
            <ul>
            <li>Some documents are PDF files.<br>Some PDF files are hard to read.<br>For example with a screen
            reader.<br>A screen reader is a program that reads texts out loud.</li>
            <li>There is no video in sign language yet.<br>Sign language is a language you speak with your
            hands.<br>Many deaf people use sign language.<br>Deaf people cannot hear.</li>
            <li>Some texts are not in easy language.</li>
            </ul>
            <p>You can find all the information in the <a href="/en/barrierefreiheit/">accessibility
            statement</a>.<br>The statement is not in easy language.</p>
            <h2>Do you have questions?</h2>
            <p>Then write to us.<br>There is a form for this.<br>Here is the form: <a href="/en/kontakt/">Contact</a></p>
            <p>Do you have a problem with the website?<br>Then write to us here: <a href="/en/barriere-melden/">Report a barrier</a></p>
            <p>The city's Integration Office gets your message.<br>We will answer you as quickly as we can.</p>
        """,
    },
    "uk": {
        "title": "Проста мова",
        "lead": "Тут ми пояснюємо цей сайт простою мовою.",
        "body": """
            <p>Ця сторінка написана простою мовою. <a href="/leichte-sprache/" hreflang="de">Німецька
            сторінка</a> дотримується правил німецької легкої мови (<span lang="de">Leichte Sprache</span>).</p>
            <h2>Що є на цьому сайті?</h2>
            <p>Цей сайт належить місту Оффенбах-на-Майні.<br>Він називається інтеграційний портал.</p>
            <p>Інтеграція означає:<br>Усі люди в Оффенбаху добре живуть разом.<br>Кожен може брати участь.<br>І
            люди з інших країн теж.</p>
            <p>На сайті є такі теми:</p>
            <ul>
            <li><strong>Новини</strong><br>Новини від міста.</li>
            <li><strong>Оффенбах допомагає</strong><br>Допомога для людей з України.<br>І для людей, які хочуть
            допомогти.</li>
            <li><strong>Команда компетенцій</strong><br>Команда компетенцій — це група.<br>У групі є обʼєднання
            і місто.<br>Група говорить про спільне життя в Оффенбаху.</li>
            <li><strong>Програми</strong><br>Як проєкти можуть отримати гроші.<br>Гроші дає місто
            Оффенбах.<br>Або земля Гессен.</li>
            <li><strong>Обʼєднання</strong><br>Тут представляються обʼєднання і громади.<br>Наприклад, церковні
            громади і громади мечетей.</li>
            </ul>
            <h2>Як користуватися сайтом</h2>
            <h3>Меню</h3>
            <p>Меню є вгорі на кожній сторінці.<br>Меню — це список тем.<br>Натисніть на тему.<br>Тоді ви
            перейдете до цієї теми.</p>
            <h3>Пошук</h3>
            <p>Пошук теж є вгорі на кожній сторінці.<br>Напишіть слово в поле пошуку.<br>Потім натисніть кнопку
            пошуку.<br>Ви побачите всі сторінки з цим словом.</p>
            <h3>Мови</h3>
            <p>Ви можете вибрати іншу мову.<br>Мови вказано вгорі сторінки.<br>Є 4 мови:</p>
            <ul>
            <li><span lang="de">Deutsch</span>: це німецька.</li>
            <li><span lang="en">English</span>: це англійська.</li>
            <li>Українська</li>
            <li><span lang="ru">Русский</span>: це російська.</li>
            </ul>
            <h3>Унизу сторінки</h3>
            <p>Унизу кожної сторінки є ще посилання.<br>Посилання — це слово, на яке можна натиснути.<br>Наприклад:</p>
            <ul>
            <li>посилання на цей текст простою мовою</li>
            <li>посилання на інформацію жестовою мовою</li>
            <li>посилання на контактну форму</li>
            </ul>
            <h2>Чи доступний сайт?</h2>
            <p>Доступний означає:<br>Усі люди можуть добре користуватися сайтом.<br>І люди з інвалідністю
            теж.</p>
            <p>Наш сайт ще не повністю доступний.<br>Ось проблеми:</p>
            <ul>
            <li>Деякі документи — це файли PDF.<br>Деякі файли PDF важко читати.<br>Наприклад, за допомогою
            програми екранного читання.<br>Така програма читає текст уголос.</li>
            <li>Відео жестовою мовою ще немає.<br>Жестова мова — це мова, якою говорять руками.<br>Багато глухих
            людей користуються жестовою мовою.<br>Глухі люди не чують.</li>
            <li>Деяких текстів простою мовою немає.</li>
            </ul>
            <p>Усю інформацію ви знайдете в <a href="/uk/barrierefreiheit/">заяві про доступність</a>.<br>Ця
            заява написана складною мовою.</p>
            <h2>У вас є запитання?</h2>
            <p>Тоді напишіть нам.<br>Для цього є форма.<br>Ось форма: <a href="/uk/kontakt/">Контакти</a></p>
            <p>У вас проблема із сайтом?<br>Тоді напишіть нам тут: <a href="/uk/barriere-melden/">Повідомити про
            барʼєр</a></p>
            <p>Ваше повідомлення отримає Бюро з питань інтеграції міста.<br>Ми відповімо вам якомога
            швидше.</p>
        """,
    },
    "ru": {
        "title": "Простой язык",
        "lead": "Здесь мы объясняем этот сайт простым языком.",
        "body": """
            <p>Эта страница написана простым языком. <a href="/leichte-sprache/" hreflang="de">Немецкая
            страница</a> следует правилам немецкого лёгкого языка (<span lang="de">Leichte Sprache</span>).</p>
            <h2>Что есть на этом сайте?</h2>
            <p>Этот сайт принадлежит городу Оффенбах-на-Майне.<br>Он называется интеграционный портал.</p>
            <p>Интеграция означает:<br>Все люди в Оффенбахе хорошо живут вместе.<br>Каждый может
            участвовать.<br>И люди из других стран тоже.</p>
            <p>На сайте есть такие темы:</p>
            <ul>
            <li><strong>Новости</strong><br>Новости от города.</li>
            <li><strong>Оффенбах помогает</strong><br>Помощь для людей из Украины.<br>И для людей, которые
            хотят помочь.</li>
            <li><strong>Команда компетенций</strong><br>Команда компетенций — это группа.<br>В группе есть
            объединения и город.<br>Группа говорит о совместной жизни в Оффенбахе.</li>
            <li><strong>Программы</strong><br>Как проекты могут получить деньги.<br>Деньги даёт город
            Оффенбах.<br>Или земля Гессен.</li>
            <li><strong>Объединения</strong><br>Здесь представляются объединения и общины.<br>Например,
            церковные общины и общины мечетей.</li>
            </ul>
            <h2>Как пользоваться сайтом</h2>
            <h3>Меню</h3>
            <p>Меню находится вверху каждой страницы.<br>Меню — это список тем.<br>Нажмите на тему.<br>Тогда вы
            перейдёте к этой теме.</p>
            <h3>Поиск</h3>
            <p>Поиск тоже находится вверху каждой страницы.<br>Напишите слово в поле поиска.<br>Потом нажмите
            кнопку поиска.<br>Вы увидите все страницы с этим словом.</p>
            <h3>Языки</h3>
            <p>Вы можете выбрать другой язык.<br>Языки указаны вверху страницы.<br>Есть 4 языка:</p>
            <ul>
            <li><span lang="de">Deutsch</span>: это немецкий.</li>
            <li><span lang="en">English</span>: это английский.</li>
            <li><span lang="uk">Українська</span>: это украинский.</li>
            <li>Русский</li>
            </ul>
            <h3>Внизу страницы</h3>
            <p>Внизу каждой страницы есть ещё ссылки.<br>Ссылка — это слово, на которое можно нажать.<br>Например:</p>
            <ul>
            <li>ссылка на этот текст простым языком</li>
            <li>ссылка на информацию на жестовом языке</li>
            <li>ссылка на контактную форму</li>
            </ul>
            <h2>Доступен ли сайт?</h2>
            <p>Доступный значит:<br>Все люди могут хорошо пользоваться сайтом.<br>И люди с инвалидностью
            тоже.</p>
            <p>Наш сайт пока доступен не полностью.<br>Вот проблемы:</p>
            <ul>
            <li>Некоторые документы — это файлы PDF.<br>Некоторые файлы PDF трудно читать.<br>Например, с
            помощью программы экранного чтения.<br>Такая программа читает текст вслух.</li>
            <li>Видео на жестовом языке пока нет.<br>Жестовый язык — это язык, на котором говорят
            руками.<br>Многие глухие люди пользуются жестовым языком.<br>Глухие люди не слышат.</li>
            <li>Некоторых текстов на простом языке нет.</li>
            </ul>
            <p>Всю информацию вы найдёте в <a href="/ru/barrierefreiheit/">заявлении о доступности</a>.<br>Это
            заявление написано сложным языком.</p>
            <h2>У вас есть вопросы?</h2>
            <p>Тогда напишите нам.<br>Для этого есть форма.<br>Вот форма: <a href="/ru/kontakt/">Контакты</a></p>
            <p>У вас проблема с сайтом?<br>Тогда напишите нам здесь: <a href="/ru/barriere-melden/">Сообщить о
            барьере</a></p>
            <p>Ваше сообщение получит Бюро по вопросам интеграции города.<br>Мы ответим вам как можно
            скорее.</p>
        """,
    },
}


# --- Gebärdensprache ----------------------------------------------------------
# The text a video in German Sign Language (DGS) would say. Staff upload the
# video in the back office; the page shows it only once one is uploaded.

GEBAERDENSPRACHE = {
    "de": {
        "title": "Gebärdensprache",
        "lead": "Informationen über das Integrationsportal in Deutscher Gebärdensprache (DGS).",
        "body": """
            <p>Auf dieser Seite zeigen wir ein Video in Deutscher Gebärdensprache. Die Redaktion lädt das Video im
            Verwaltungsbereich des Portals hoch; es erscheint dann oben auf dieser Seite. In dieser Demo-Fassung
            gibt es noch kein Video. Hier steht schon der Text, den das Video in Gebärdensprache wiedergibt.</p>
            <h2>Text des Videos</h2>
            <h3>Willkommen</h3>
            <p>Hallo und herzlich willkommen im Integrationsportal der Stadt Offenbach am Main! In Offenbach leben
            Menschen aus rund 160 Nationen. Dieses Portal zeigt, wie Stadt, Vereine, Gemeinden und Ehrenamtliche
            zusammenarbeiten, damit alle hier gut ankommen und mitmachen können.</p>
            <h3>Was Sie im Portal finden</h3>
            <ul>
            <li>Unter „Aktuelles“ stehen Neuigkeiten aus der Integrationsarbeit der Stadt.</li>
            <li>„Offenbach hilft“ gibt Geflüchteten aus der Ukraine und allen, die helfen möchten, eine erste
            Orientierung.</li>
            <li>Unter „Kompetenzteam“ stellen wir das Kompetenzteam Integration vor. Dort beraten sich Vereine und
            Gemeinden mit der Stadt.</li>
            <li>Unter „Programme“ erklären wir, wie das Land Hessen und die Stadt Integrationsprojekte
            fördern.</li>
            <li>Unter „Vereine“ stellen sich Vereine und Gemeinden von Menschen mit Migrationsgeschichte vor.</li>
            </ul>
            <p>Oben auf jeder Seite können Sie die Sprache wählen und das Portal durchsuchen. Unten auf jeder Seite
            finden Sie Texte in Leichter Sprache, das Impressum, die Datenschutzerklärung und die Erklärung zur
            Barrierefreiheit.</p>
            <h3>So erreichen Sie uns</h3>
            <p>Schreiben Sie uns über das <a href="/kontakt/">Kontaktformular</a> oder per E-Mail an
            <a href="mailto:integration@example.org">integration@example.org</a> (Demo-Angabe). Brauchen Sie für
            ein Gespräch eine Gebärdensprachdolmetscherin oder einen Gebärdensprachdolmetscher, schreiben Sie uns
            das bitte dazu; wir vereinbaren dann einen Termin mit Ihnen. Barrieren auf diesen Seiten melden Sie
            über das Formular <a href="/barriere-melden/">Barriere melden</a>.</p>
        """,
    },
    "en": {
        "title": "Sign language",
        "lead": "Information about the integration portal in German Sign Language (DGS).",
        "body": """
            <p>This page shows a video in German Sign Language (<span lang="de">Deutsche Gebärdensprache</span>,
            DGS). The editors upload the video in the portal's back office; it then appears at the top of this
            page. This demo version does not have a video yet. Below is the text that the video conveys in sign
            language.</p>
            <h2>Text of the video</h2>
            <h3>Welcome</h3>
            <p>Hello and welcome to the integration portal of the City of Offenbach am Main! People from around 160
            nations live in Offenbach. This portal shows how the city, associations, communities and volunteers
            work together so that everyone can settle in well and take part.</p>
            <h3>What you will find on the portal</h3>
            <ul>
            <li>“News” has the latest from the city's integration work.</li>
            <li>“Offenbach helps” gives people who have fled Ukraine, and everyone who would like to help, a
            first orientation.</li>
            <li>“Competence Team” introduces the Integration Competence Team, where associations and communities
            discuss their concerns with the city.</li>
            <li>“Programmes” explains how the State of Hesse and the city fund integration projects.</li>
            <li>“Associations” presents associations and communities of people with a migration
            background.</li>
            </ul>
            <p>At the top of every page you can choose a language and search the portal. At the bottom of every
            page you will find texts in easy language, the legal notice, the privacy notice and the accessibility
            statement.</p>
            <h3>How to reach us</h3>
            <p>Write to us using the <a href="/en/kontakt/">contact form</a> or by e-mail to
            <a href="mailto:integration@example.org">integration@example.org</a> (demo information). If you need a
            sign language interpreter for a conversation, please tell us; we will then arrange an appointment with
            you. You can report barriers on these pages using the <a href="/en/barriere-melden/">Report a
            barrier</a> form.</p>
        """,
    },
    "uk": {
        "title": "Жестова мова",
        "lead": "Інформація про інтеграційний портал німецькою жестовою мовою (DGS).",
        "body": """
            <p>На цій сторінці ми показуємо відео німецькою жестовою мовою (<span lang="de">Deutsche
            Gebärdensprache</span>, DGS). Редакція завантажує відео в адміністративній частині порталу; після
            цього воно зʼявляється вгорі цієї сторінки. У цій демонстраційній версії відео ще немає. Нижче
            наведено текст, який відео передає жестовою мовою.</p>
            <h2>Текст відео</h2>
            <h3>Ласкаво просимо</h3>
            <p>Вітаємо на інтеграційному порталі міста Оффенбах-на-Майні! В Оффенбаху живуть люди приблизно зі 160
            країн. Цей портал показує, як місто, обʼєднання, громади та волонтери працюють разом, щоб кожен міг
            тут добре влаштуватися й брати участь у житті міста.</p>
            <h3>Що ви знайдете на порталі</h3>
            <ul>
            <li>У розділі «Новини» публікуються новини інтеграційної роботи міста.</li>
            <li>«Оффенбах допомагає» дає першу орієнтацію людям, які втекли з України, і всім, хто хоче
            допомогти.</li>
            <li>У розділі «Команда компетенцій» ми представляємо Команду компетенцій з інтеграції, де обʼєднання
            та громади радяться з містом.</li>
            <li>У розділі «Програми» ми пояснюємо, як земля Гессен і місто підтримують інтеграційні
            проєкти.</li>
            <li>У розділі «Обʼєднання» представлено обʼєднання та громади людей з міграційною історією.</li>
            </ul>
            <p>Угорі кожної сторінки можна вибрати мову та шукати на порталі. Унизу кожної сторінки ви знайдете
            тексти простою мовою, вихідні дані, інформацію про захист даних і заяву про доступність.</p>
            <h3>Як звʼязатися з нами</h3>
            <p>Напишіть нам через <a href="/uk/kontakt/">контактну форму</a> або електронною поштою на
            <a href="mailto:integration@example.org">integration@example.org</a> (демонстраційні дані). Якщо для
            розмови вам потрібен перекладач жестової мови, будь ласка, напишіть нам про це; тоді ми домовимося з
            вами про зустріч. Про барʼєри на цих сторінках можна повідомити через форму
            <a href="/uk/barriere-melden/">Повідомити про барʼєр</a>.</p>
        """,
    },
    "ru": {
        "title": "Жестовый язык",
        "lead": "Информация об интеграционном портале на немецком жестовом языке (DGS).",
        "body": """
            <p>На этой странице мы показываем видео на немецком жестовом языке (<span lang="de">Deutsche
            Gebärdensprache</span>, DGS). Редакция загружает видео в административной части портала; после этого
            оно появляется вверху этой страницы. В этой демонстрационной версии видео пока нет. Ниже приведён
            текст, который видео передаёт на жестовом языке.</p>
            <h2>Текст видео</h2>
            <h3>Добро пожаловать</h3>
            <p>Здравствуйте и добро пожаловать на интеграционный портал города Оффенбах-на-Майне! В Оффенбахе
            живут люди примерно из 160 стран. Этот портал показывает, как город, объединения, общины и волонтёры
            работают вместе, чтобы каждый мог здесь хорошо устроиться и участвовать в жизни города.</p>
            <h3>Что вы найдёте на портале</h3>
            <ul>
            <li>В разделе «Новости» публикуются новости интеграционной работы города.</li>
            <li>«Оффенбах помогает» даёт первую ориентацию людям, бежавшим из Украины, и всем, кто хочет
            помочь.</li>
            <li>В разделе «Команда компетенций» мы представляем Команду компетенций по интеграции, где объединения
            и общины советуются с городом.</li>
            <li>В разделе «Программы» мы объясняем, как земля Гессен и город поддерживают интеграционные
            проекты.</li>
            <li>В разделе «Объединения» представлены объединения и общины людей с миграционной историей.</li>
            </ul>
            <p>Вверху каждой страницы можно выбрать язык и искать на портале. Внизу каждой страницы вы найдёте
            тексты простым языком, выходные данные, информацию о защите данных и заявление о доступности.</p>
            <h3>Как связаться с нами</h3>
            <p>Напишите нам через <a href="/ru/kontakt/">контактную форму</a> или по электронной почте
            <a href="mailto:integration@example.org">integration@example.org</a> (демонстрационные данные). Если
            для разговора вам нужен переводчик жестового языка, пожалуйста, напишите нам об этом; тогда мы
            договоримся с вами о встрече. О барьерах на этих страницах можно сообщить через форму
            <a href="/ru/barriere-melden/">Сообщить о барьере</a>.</p>
        """,
    },
}


# --- Section intros -----------------------------------------------------------
# Temporary introductions of the portal's sections until their apps list real
# records. Facts from the facts file (sources there); doubtful ones left out.

AKTUELLES = {
    "de": {
        "title": "Aktuelles",
        "lead": (
            "Neuigkeiten aus der Integrationsarbeit der Stadt Offenbach am Main: Treffen des Kompetenzteams, "
            "Förderung, Feste und Begegnungen."
        ),
        "body": """
            <p>Hier veröffentlicht das Integrationsbüro Meldungen über das Zusammenleben in Offenbach: Berichte
            von den Treffen des Kompetenzteams Integration, Hinweise auf Fördermöglichkeiten für Vereine und
            Initiativen, Termine und Ergebnisse von Projekten.</p>
            <h2>Zuletzt im Kompetenzteam Integration</h2>
            <ul>
            <li><strong>31. Treffen am 5. November 2024:</strong> Eine Fachreferentin des Frauenbüros sprach über
            Catcalling, also verbale sexuelle Belästigung im öffentlichen Raum, und über Orte, die Menschen aus
            Angst meiden. Die Mitglieder wollen das Thema in ihre Vereine und Gemeinden tragen.</li>
            <li><strong>30. Treffen am 23. April 2024:</strong> Die Vereine berichteten von ihrer Arbeit in
            Bildung, Kultur, Sprachförderung, Vernetzung und Demokratieförderung. Das WIR-Vielfaltszentrum und der
            Integrationsbeauftragte zeigten, wie Migrantenorganisationen und Initiativen Fördergeld erhalten
            können.</li>
            </ul>
            <h2>Feste und Begegnungen</h2>
            <p>Jedes Jahr im September lädt der Ausländerbeirat an einem Wochenende zum Kulturfest der Nationen
            auf den Wilhelmsplatz ein; regelmäßig zeigen sich dort mehr als 20 Kulturvereine. Beim Fest der
            Vereine am Mainufer, das es seit 1987 gibt, stellen sich ebenfalls viele Vereine vor. Mit ihrem
            Integrationspreis, den sie seit 1999 vergibt, ehrt die Stadt Menschen, Vereine und Projekte, die sich
            für das Zusammenleben einsetzen.</p>
            <h2>Vielfalt und Teilhabe</h2>
            <p>Seit 2004 hat Offenbach ein Integrationskonzept mit dem Titel „Viele Kulturen – alles
            Offenbacher“. Am 22. November 2025 begann die Arbeit an einem neuen Konzept für Vielfalt und Teilhabe,
            an dem sich die Stadtgesellschaft beteiligen kann.</p>
            <p>Weitere Meldungen erscheinen hier, sobald die Redaktion sie veröffentlicht.</p>
        """,
    },
    "en": {
        "title": "News",
        "lead": (
            "News from the integration work of the City of Offenbach am Main: meetings of the Competence Team, "
            "funding, festivals and encounters."
        ),
        "body": """
            <p>This is where the Integration Office publishes news about living together in Offenbach: reports
            from the meetings of the Integration Competence Team, information on funding for associations and
            initiatives, dates and the results of projects.</p>
            <h2>Recently in the Integration Competence Team</h2>
            <ul>
            <li><strong>31st meeting, 5 November 2024:</strong> a specialist from the city's Women's Office spoke
            about catcalling, that is, verbal sexual harassment in public spaces, and about places that people
            avoid out of fear. The members want to take the subject back to their associations and
            communities.</li>
            <li><strong>30th meeting, 23 April 2024:</strong> the associations reported on their work in
            education, culture, language support, networking and the promotion of democracy. The WIR Diversity
            Centre (<span lang="de">WIR-Vielfaltszentrum</span>) and the city's integration commissioner showed
            how migrant organisations and initiatives can obtain funding.</li>
            </ul>
            <h2>Festivals and encounters</h2>
            <p>Every September, the Foreigners' Advisory Council (<span lang="de">Ausländerbeirat</span>) invites
            everyone to a weekend festival of the nations' cultures (<span lang="de">Kulturfest der
            Nationen</span>) on Wilhelmsplatz, where more than 20 cultural associations regularly present
            themselves. Many associations also take part in the associations' festival on the banks of the Main
            (<span lang="de">Fest der Vereine</span>), which has been held since 1987. With its integration prize,
            awarded since 1999, the city honours people, associations and projects that work for a good life
            together.</p>
            <h2>Diversity and participation</h2>
            <p>Since 2004, Offenbach has had an integration strategy entitled <span lang="de">„Viele Kulturen –
            alles Offenbacher“</span> (“Many cultures, all Offenbachers”). On 22 November 2025, work began on a
            new strategy for diversity and participation, in which residents and local groups can take part.</p>
            <p>More news will appear here as soon as the editors publish it.</p>
        """,
    },
    "uk": {
        "title": "Новини",
        "lead": (
            "Новини інтеграційної роботи міста Оффенбах-на-Майні: засідання Команди компетенцій, фінансування, "
            "свята та зустрічі."
        ),
        "body": """
            <p>Тут Бюро з питань інтеграції публікує новини про спільне життя в Оффенбаху: звіти із засідань
            Команди компетенцій з інтеграції, інформацію про можливості фінансування для обʼєднань та ініціатив,
            дати подій і результати проєктів.</p>
            <h2>Останні засідання Команди компетенцій з інтеграції</h2>
            <ul>
            <li><strong>31-ше засідання, 5 листопада 2024 року:</strong> фахівчиня міського Жіночого бюро
            розповіла про кетколінг, тобто словесні сексуальні домагання в публічному просторі, і про місця, яких
            люди уникають через страх. Учасники хочуть обговорити цю тему у своїх обʼєднаннях і громадах.</li>
            <li><strong>30-те засідання, 23 квітня 2024 року:</strong> обʼєднання розповіли про свою роботу в
            галузі освіти, культури, мовної підтримки, налагодження звʼязків і сприяння демократії. Центр
            різноманіття WIR (<span lang="de">WIR-Vielfaltszentrum</span>) та уповноважений міста з питань
            інтеграції пояснили, як організації мігрантів та ініціативи можуть отримати фінансування.</li>
            </ul>
            <h2>Свята та зустрічі</h2>
            <p>Щороку у вересні Рада іноземців (<span lang="de">Ausländerbeirat</span>) запрошує на вихідних на
            фестиваль культур народів (<span lang="de">Kulturfest der Nationen</span>) на площі Вільгельмсплац;
            там регулярно представляються понад 20 культурних обʼєднань. На святі обʼєднань на березі Майну
            (<span lang="de">Fest der Vereine</span>), яке проводять з 1987 року, також представляється багато
            обʼєднань. Своєю премією з інтеграції, яку місто присуджує з 1999 року, воно відзначає людей,
            обʼєднання та проєкти, що докладають зусиль до спільного життя.</p>
            <h2>Різноманіття та участь</h2>
            <p>З 2004 року в Оффенбаху діє концепція інтеграції під назвою <span lang="de">„Viele Kulturen – alles
            Offenbacher“</span> («Багато культур — усі оффенбахці»). 22 листопада 2025 року почалася робота над
            новою концепцією різноманіття та участі, до якої можуть долучитися мешканці та громадські
            організації міста.</p>
            <p>Нові повідомлення зʼявлятимуться тут, щойно редакція їх опублікує.</p>
        """,
    },
    "ru": {
        "title": "Новости",
        "lead": (
            "Новости интеграционной работы города Оффенбах-на-Майне: заседания Команды компетенций, "
            "финансирование, праздники и встречи."
        ),
        "body": """
            <p>Здесь Бюро по вопросам интеграции публикует новости о совместной жизни в Оффенбахе: отчёты о
            заседаниях Команды компетенций по интеграции, информацию о возможностях финансирования для
            объединений и инициатив, даты мероприятий и результаты проектов.</p>
            <h2>Последние заседания Команды компетенций по интеграции</h2>
            <ul>
            <li><strong>31-е заседание, 5 ноября 2024 года:</strong> специалистка городского Женского бюро
            рассказала о кэтколлинге, то есть словесных сексуальных домогательствах в общественных местах, и о
            местах, которых люди избегают из-за страха. Участники хотят обсудить эту тему в своих объединениях и
            общинах.</li>
            <li><strong>30-е заседание, 23 апреля 2024 года:</strong> объединения рассказали о своей работе в
            сфере образования, культуры, языковой поддержки, налаживания связей и содействия демократии. Центр
            многообразия WIR (<span lang="de">WIR-Vielfaltszentrum</span>) и уполномоченный города по вопросам
            интеграции объяснили, как организации мигрантов и инициативы могут получить финансирование.</li>
            </ul>
            <h2>Праздники и встречи</h2>
            <p>Каждый год в сентябре Совет иностранцев (<span lang="de">Ausländerbeirat</span>) приглашает на
            выходные на фестиваль культур народов (<span lang="de">Kulturfest der Nationen</span>) на площади
            Вильгельмсплац; там регулярно представляются более 20 культурных объединений. На празднике
            объединений на берегу Майна (<span lang="de">Fest der Vereine</span>), который проводится с 1987
            года, также представляются многие объединения. Своей премией за интеграцию, которую город вручает с
            1999 года, он отмечает людей, объединения и проекты, которые вносят вклад в совместную жизнь.</p>
            <h2>Многообразие и участие</h2>
            <p>С 2004 года в Оффенбахе действует концепция интеграции под названием <span lang="de">„Viele
            Kulturen – alles Offenbacher“</span> («Много культур — все оффенбахцы»). 22 ноября 2025 года началась
            работа над новой концепцией многообразия и участия, к которой могут присоединиться жители и
            общественные организации города.</p>
            <p>Новые сообщения будут появляться здесь, как только редакция их опубликует.</p>
        """,
    },
}

OFFENBACH_HILFT = {
    "de": {
        "title": "Offenbach hilft",
        "lead": (
            "Erste Orientierung für Menschen, die aus der Ukraine nach Offenbach geflüchtet sind, und für alle, "
            "die helfen möchten."
        ),
        "body": """
            <p>„Offenbach hilft“ entstand im Herbst 2015. Damals öffnete am Kaiserlei eine Erstaufnahmeeinrichtung
            des Landes, und die Stadt richtete eine Stabsstelle ein, die die vielen ehrenamtlichen Helferinnen und
            Helfer koordinierte. Seit Mai 2016 gibt es dafür eine eigene Internetseite. Ende 2016 übernahm das
            Freiwilligenzentrum Offenbach die Arbeit und machte daraus ein Angebot rund um Ehrenamt und
            Integration.</p>
            <p>Nach dem Angriff Russlands auf die Ukraine wurde „Offenbach hilft“ im März 2022 wiederbelebt.
            Seitdem bündelt es Informationen für Geflüchtete aus der Ukraine und für Menschen, die ihnen helfen
            wollen. Die Stadt koordiniert das Angebot gemeinsam mit dem Freiwilligenzentrum und arbeitet dabei mit
            Wohlfahrtsverbänden, Initiativen und Vereinen zusammen. Im Mai 2022 wurde es auch dem Kompetenzteam
            Integration vorgestellt.</p>
            <h2>Für Menschen aus der Ukraine</h2>
            <p>„Offenbach hilft“ gibt eine erste Orientierung zu diesen Themen:</p>
            <ul>
            <li><strong>Anmelden:</strong> Melden Sie Ihren Wohnsitz möglichst bald im Bürgerbüro der Stadt an. Die
            Anmeldung ist die Voraussetzung für vieles: für die Erlaubnis zu arbeiten, für Sozialleistungen, für
            Kita und Schule und für die Gesundheitsversorgung.</li>
            <li><strong>Aufenthalt:</strong> Informationen darüber, welchen Aufenthaltsstatus Sie erhalten und wie
            Sie in Deutschland bleiben können.</li>
            <li><strong>Leistungen:</strong> Hinweise zu finanzieller Unterstützung und sozialen Leistungen.</li>
            <li><strong>Wohnen:</strong> Hilfe bei der Suche nach einer Wohnung in Offenbach.</li>
            <li><strong>Ankommen und mitmachen:</strong> Tipps, wie Sie Kontakte knüpfen und am Leben in der Stadt
            teilhaben können.</li>
            </ul>
            <h2>Für alle, die helfen möchten</h2>
            <ul>
            <li>Sie können Kleidung oder Geld spenden und Sammelaktionen unterstützen.</li>
            <li>Sie können sich ehrenamtlich engagieren, zum Beispiel beim Übersetzen, in einem Sprachtandem oder
            als Begleitung. Das Freiwilligenzentrum Offenbach vermittelt passende Aufgaben.</li>
            <li>Wer Wohnraum anbieten möchte, bietet am besten eine Wohnung an, die sich auch für längere Zeit
            eignet; ein Schlafplatz für wenige Nächte hilft meist nicht weiter.</li>
            </ul>
            <p>Fragen beantwortet das Integrationsbüro über das <a href="/kontakt/">Kontaktformular</a>.</p>
        """,
    },
    "en": {
        "title": "Offenbach helps",
        "lead": (
            "First orientation for people who have fled from Ukraine to Offenbach, and for everyone who would "
            "like to help."
        ),
        "body": """
            <p>“Offenbach helps” (<span lang="de">Offenbach hilft</span>) started in the autumn of 2015. At that
            time a reception centre of the State of Hesse opened at Kaiserlei, and the city set up a unit that
            coordinated the many volunteers. It has had its own website since May 2016. At the end of 2016 the
            Offenbach volunteer centre (<span lang="de">Freiwilligenzentrum Offenbach</span>) took over the work
            and turned it into a service for volunteering and integration.</p>
            <p>After Russia's attack on Ukraine, “Offenbach helps” was revived in March 2022. Since then it has
            brought together information for refugees from Ukraine and for people who want to help them. The city
            coordinates the service together with the volunteer centre and works with welfare organisations,
            initiatives and associations. In May 2022 it was also presented to the Integration Competence
            Team.</p>
            <h2>For people from Ukraine</h2>
            <p>“Offenbach helps” gives a first orientation on these subjects:</p>
            <ul>
            <li><strong>Registration:</strong> register your place of residence at the city's citizens' office
            (<span lang="de">Bürgerbüro</span>) as soon as possible. Registration is the key to many things:
            permission to work, social benefits, childcare and school, and health care.</li>
            <li><strong>Residence:</strong> information on which residence status you receive and how you can
            stay in Germany.</li>
            <li><strong>Benefits:</strong> advice on financial support and social benefits.</li>
            <li><strong>Housing:</strong> help with finding a flat in Offenbach.</li>
            <li><strong>Settling in and taking part:</strong> tips on how to make contacts and take part in the
            life of the city.</li>
            </ul>
            <h2>For everyone who would like to help</h2>
            <ul>
            <li>You can donate clothes or money and support collections.</li>
            <li>You can volunteer, for example as a translator, in a language tandem or by accompanying people.
            The Offenbach volunteer centre will find a suitable task for you.</li>
            <li>If you would like to offer accommodation, it is best to offer a flat that is suitable for a longer
            stay; a bed for a few nights is usually not much help.</li>
            </ul>
            <p>The Integration Office answers questions through the <a href="/en/kontakt/">contact form</a>.</p>
        """,
    },
    "uk": {
        "title": "Оффенбах допомагає",
        "lead": (
            "Перша орієнтація для людей, які втекли з України до Оффенбаха, і для всіх, хто хоче допомогти."
        ),
        "body": """
            <p>«Оффенбах допомагає» (<span lang="de">Offenbach hilft</span>) зʼявився восени 2015 року. Тоді в
            районі Кайзерлай відкрився пункт першого прийому біженців землі Гессен, і місто створило окремий
            підрозділ, який координував численних волонтерів. З травня 2016 року для цього існує власний сайт.
            Наприкінці 2016 року цю роботу перебрав Центр волонтерів Оффенбаха (<span lang="de">Freiwilligenzentrum Offenbach</span>) і перетворив її на службу з питань волонтерства та
            інтеграції.</p>
            <p>Після нападу Росії на Україну «Оффенбах допомагає» відновив роботу в березні 2022 року. Відтоді тут
            зібрано інформацію для біженців з України та для людей, які хочуть їм допомогти. Місто координує цю
            службу разом із Центром волонтерів і співпрацює з благодійними організаціями, ініціативами та
            обʼєднаннями. У травні 2022 року її також представили Команді компетенцій з інтеграції.</p>
            <h2>Для людей з України</h2>
            <p>«Оффенбах допомагає» дає першу орієнтацію з таких тем:</p>
            <ul>
            <li><strong>Реєстрація:</strong> якомога швидше зареєструйте своє місце проживання в міському бюро
            обслуговування громадян (<span lang="de">Bürgerbüro</span>). Від реєстрації залежить багато чого:
            дозвіл на роботу, соціальні виплати, дитячий садок і школа, медичне обслуговування.</li>
            <li><strong>Перебування:</strong> інформація про те, який статус перебування ви отримуєте і як можете
            залишитися в Німеччині.</li>
            <li><strong>Виплати:</strong> поради щодо фінансової підтримки та соціальних виплат.</li>
            <li><strong>Житло:</strong> допомога в пошуку квартири в Оффенбаху.</li>
            <li><strong>Облаштування та участь:</strong> поради, як знайти знайомства та брати участь у житті
            міста.</li>
            </ul>
            <h2>Для всіх, хто хоче допомогти</h2>
            <ul>
            <li>Ви можете пожертвувати одяг або гроші та підтримати збори.</li>
            <li>Ви можете стати волонтером, наприклад як перекладач, у мовному тандемі або як супровідник. Центр
            волонтерів Оффенбаха підбере для вас відповідне завдання.</li>
            <li>Якщо ви хочете запропонувати житло, найкраще запропонувати квартиру, придатну для тривалого
            проживання; місце для ночівлі на кілька ночей зазвичай мало допомагає.</li>
            </ul>
            <p>На запитання відповідає Бюро з питань інтеграції через <a href="/uk/kontakt/">контактну
            форму</a>.</p>
        """,
    },
    "ru": {
        "title": "Оффенбах помогает",
        "lead": (
            "Первая ориентация для людей, бежавших из Украины в Оффенбах, и для всех, кто хочет помочь."
        ),
        "body": """
            <p>«Оффенбах помогает» (<span lang="de">Offenbach hilft</span>) появился осенью 2015 года. Тогда в
            районе Кайзерлай открылся пункт первичного приёма беженцев земли Гессен, и город создал отдельное
            подразделение, которое координировало многочисленных волонтёров. С мая 2016 года для этого существует
            собственный сайт. В конце 2016 года эту работу взял на себя Центр волонтёров Оффенбаха (<span lang="de">Freiwilligenzentrum Offenbach</span>) и превратил её в службу по вопросам волонтёрства и
            интеграции.</p>
            <p>После нападения России на Украину «Оффенбах помогает» возобновил работу в марте 2022 года. С тех
            пор здесь собрана информация для беженцев из Украины и для людей, которые хотят им помочь. Город
            координирует эту службу вместе с Центром волонтёров и сотрудничает с благотворительными
            организациями, инициативами и объединениями. В мае 2022 года её также представили Команде
            компетенций по интеграции.</p>
            <h2>Для людей из Украины</h2>
            <p>«Оффенбах помогает» даёт первую ориентацию по таким темам:</p>
            <ul>
            <li><strong>Регистрация:</strong> как можно скорее зарегистрируйте своё место жительства в городском
            бюро обслуживания граждан (<span lang="de">Bürgerbüro</span>). От регистрации зависит многое:
            разрешение на работу, социальные выплаты, детский сад и школа, медицинское обслуживание.</li>
            <li><strong>Пребывание:</strong> информация о том, какой статус пребывания вы получаете и как можете
            остаться в Германии.</li>
            <li><strong>Выплаты:</strong> советы по финансовой поддержке и социальным выплатам.</li>
            <li><strong>Жильё:</strong> помощь в поиске квартиры в Оффенбахе.</li>
            <li><strong>Обустройство и участие:</strong> советы, как завести знакомства и участвовать в жизни
            города.</li>
            </ul>
            <h2>Для всех, кто хочет помочь</h2>
            <ul>
            <li>Вы можете пожертвовать одежду или деньги и поддержать сборы.</li>
            <li>Вы можете стать волонтёром, например переводчиком, участником языкового тандема или
            сопровождающим. Центр волонтёров Оффенбаха подберёт для вас подходящую задачу.</li>
            <li>Если вы хотите предложить жильё, лучше всего предложить квартиру, подходящую для длительного
            проживания; место для ночлега на несколько ночей обычно мало помогает.</li>
            </ul>
            <p>На вопросы отвечает Бюро по вопросам интеграции через <a href="/ru/kontakt/">контактную
            форму</a>.</p>
        """,
    },
}

KOMPETENZTEAM = {
    "de": {
        "title": "Kompetenzteam Integration",
        "lead": (
            "Seit 2007 beraten sich im Kompetenzteam Integration Vereine, religiöse Gemeinschaften und Initiativen "
            "von Menschen mit Migrationsgeschichte mit Politik und Verwaltung der Stadt Offenbach."
        ),
        "body": """
            <p>Die damalige Bürgermeisterin Birgit Simon rief das Kompetenzteam Integration 2007 ins Leben.
            Seitdem sprechen hier migrantische Organisationen unmittelbar mit der Stadt: über ihre Lage, über
            Probleme, die sie gerade beschäftigen, und über Pläne für die Zukunft. Ihre Vorschläge fließen in die
            Integrationspolitik der Stadt ein.</p>
            <h2>Wer mitmacht</h2>
            <p>Zum Kompetenzteam gehören rund 33 Vereine, religiöse Gemeinschaften und Bürgerinitiativen (Stand
            2022). Den Vorsitz teilen sich die für Integration zuständige Dezernentin oder der zuständige Dezernent
            der Stadt und die oder der Vorsitzende des Ausländerbeirats. Je nach Thema kommen Fachleute aus
            städtischen Ämtern, städtischen Gesellschaften oder anderen Behörden dazu. Organisatorisch begleitet
            das Amt für Arbeitsförderung, Statistik und Integration das Gremium.</p>
            <h2>Wie es arbeitet</h2>
            <p>Das Kompetenzteam trifft sich ein- bis zweimal im Jahr; die Treffen sind fortlaufend nummeriert. Im
            Januar 2021 kam es wegen der Corona-Pandemie zum ersten Mal online zusammen.</p>
            <h2>Themen</h2>
            <ul>
            <li>Ausbildung, Beruf und der Einstieg ins Arbeitsleben</li>
            <li>Deutsch lernen und Sprachförderung</li>
            <li>Kinderbetreuung, Schule und die Zusammenarbeit von Schulen und Eltern</li>
            <li>Gesundheit und Vorsorge, darunter die Corona-Impfkampagne</li>
            <li>Umwelt und die interkulturelle Öffnung der Verwaltung</li>
            <li>Wohnungsbau und Wohnungsversorgung</li>
            <li>Fördermöglichkeiten für Migrantenorganisationen</li>
            <li>Geflüchtete aus der Ukraine (29. Treffen, Mai 2022)</li>
            <li>Catcalling und Angsträume im öffentlichen Raum (31. Treffen, November 2024)</li>
            </ul>
            <h2>Was daraus entstanden ist</h2>
            <p>Aus der Arbeit des Kompetenzteams gingen unter anderem ein Informationsblatt für
            Wanderarbeiterinnen und Wanderarbeiter, Veranstaltungen zu Schule, Gesundheit und Berufsausbildung
            sowie Hilfe bei der Gründung neuer Migrantenorganisationen hervor. Während der Corona-Pandemie gaben
            Vereine und Gemeinden wichtige Informationen an ihre Mitglieder weiter.</p>
            <p>Die Treffen mit ihren Tagesordnungen und die Mitglieder stellen wir hier nach und nach ausführlich
            vor.</p>
        """,
    },
    "en": {
        "title": "Integration Competence Team",
        "lead": (
            "Since 2007, associations, religious communities and initiatives of people with a migration "
            "background have been discussing their concerns with the city's politicians and administration in "
            "the Integration Competence Team."
        ),
        "body": """
            <p>The Integration Competence Team (<span lang="de">Kompetenzteam Integration</span>) was set up in 2007
            on the initiative of Birgit Simon, then deputy mayor. Since then, migrant organisations have been
            talking directly to the city here: about their situation, about the problems on their minds and about
            plans for the future. Their proposals feed into the city's integration policy.</p>
            <h2>Who takes part</h2>
            <p>About 33 associations, religious communities and citizens' initiatives belong to the Competence
            Team (as of 2022). It is chaired jointly by the city councillor responsible for integration and the
            chair of the Foreigners' Advisory Council (<span lang="de">Ausländerbeirat</span>). Depending on the
            subject, experts from city departments, municipal companies or other authorities join in. The Office
            for Employment Promotion, Statistics and Integration (<span lang="de">Amt für Arbeitsförderung,
            Statistik und Integration</span>) organises the team's work.</p>
            <h2>How it works</h2>
            <p>The Competence Team meets once or twice a year; the meetings are numbered consecutively. In January
            2021, because of the coronavirus pandemic, it met online for the first time.</p>
            <h2>Subjects</h2>
            <ul>
            <li>vocational training, work and starting a career</li>
            <li>learning German and language support</li>
            <li>childcare, school and cooperation between schools and parents</li>
            <li>health and prevention, including the COVID-19 vaccination campaign</li>
            <li>the environment and the intercultural opening of the administration</li>
            <li>housing construction and housing supply</li>
            <li>funding opportunities for migrant organisations</li>
            <li>refugees from Ukraine (29th meeting, May 2022)</li>
            <li>catcalling and places people fear in public spaces (31st meeting, November 2024)</li>
            </ul>
            <h2>What has come of it</h2>
            <p>Among other things, the Competence Team's work has led to an information leaflet for migrant workers
            who move from job to job, events on school, health and vocational training, and help with founding new
            migrant organisations. During the coronavirus pandemic, associations and communities passed important
            information on to their members.</p>
            <p>We will gradually present the meetings with their agendas and the members here in detail.</p>
        """,
    },
    "uk": {
        "title": "Команда компетенцій з інтеграції",
        "lead": (
            "З 2007 року в Команді компетенцій з інтеграції обʼєднання, релігійні громади та ініціативи людей з "
            "міграційною історією радяться з політиками й адміністрацією міста Оффенбах."
        ),
        "body": """
            <p>Команду компетенцій з інтеграції (<span lang="de">Kompetenzteam Integration</span>) створено у 2007
            році з ініціативи тодішньої заступниці мера Біргіт Зімон. Відтоді організації мігрантів говорять тут
            безпосередньо з містом: про своє становище, про проблеми, які їх зараз турбують, і про плани на
            майбутнє. Їхні пропозиції враховуються в інтеграційній політиці міста.</p>
            <h2>Хто бере участь</h2>
            <p>До Команди компетенцій належать близько 33 обʼєднань, релігійних громад і громадянських ініціатив
            (станом на 2022 рік). Її спільно очолюють член міського магістрату, відповідальний за інтеграцію, та
            голова Ради іноземців (<span lang="de">Ausländerbeirat</span>). Залежно від теми до роботи
            долучаються фахівці міських відомств, муніципальних підприємств або інших установ. Організаційно
            роботу команди супроводжує Відомство сприяння зайнятості, статистики та інтеграції (<span lang="de">Amt für Arbeitsförderung, Statistik und Integration</span>).</p>
            <h2>Як вона працює</h2>
            <p>Команда компетенцій збирається один-два рази на рік; засідання мають наскрізну нумерацію. У січні
            2021 року через пандемію коронавірусу вона вперше зібралася онлайн.</p>
            <h2>Теми</h2>
            <ul>
            <li>професійна освіта, робота і початок трудової діяльності</li>
            <li>вивчення німецької мови та мовна підтримка</li>
            <li>догляд за дітьми, школа і співпраця шкіл з батьками</li>
            <li>здоровʼя та профілактика, зокрема кампанія вакцинації від коронавірусу</li>
            <li>довкілля та міжкультурна відкритість адміністрації</li>
            <li>житлове будівництво та забезпечення житлом</li>
            <li>можливості фінансування для організацій мігрантів</li>
            <li>біженці з України (29-те засідання, травень 2022 року)</li>
            <li>кетколінг і місця, яких люди бояться в публічному просторі (31-ше засідання, листопад 2024
            року)</li>
            </ul>
            <h2>Що з цього вийшло</h2>
            <p>Завдяки роботі Команди компетенцій, зокрема, зʼявилися інформаційна листівка для трудових
            мігрантів, які часто змінюють місце роботи, заходи на теми школи, здоровʼя та професійної освіти, а
            також допомога в заснуванні нових організацій мігрантів. Під час пандемії коронавірусу обʼєднання та
            громади передавали своїм членам важливу інформацію.</p>
            <p>Засідання з їхніми порядками денними та учасників ми поступово детально представимо тут.</p>
        """,
    },
    "ru": {
        "title": "Команда компетенций по интеграции",
        "lead": (
            "С 2007 года в Команде компетенций по интеграции объединения, религиозные общины и инициативы людей с "
            "миграционной историей совещаются с политиками и администрацией города Оффенбах."
        ),
        "body": """
            <p>Команда компетенций по интеграции (<span lang="de">Kompetenzteam Integration</span>) создана в 2007
            году по инициативе тогдашнего заместителя мэра Биргит Зимон. С тех пор организации мигрантов говорят
            здесь напрямую с городом: о своём положении, о проблемах, которые их сейчас занимают, и о планах на
            будущее. Их предложения учитываются в интеграционной политике города.</p>
            <h2>Кто участвует</h2>
            <p>В Команду компетенций входят около 33 объединений, религиозных общин и гражданских инициатив (по
            состоянию на 2022 год). Её совместно возглавляют член городского магистрата, отвечающий за
            интеграцию, и председатель Совета иностранцев (<span lang="de">Ausländerbeirat</span>). В зависимости
            от темы к работе подключаются специалисты городских ведомств, муниципальных предприятий или других
            учреждений. Организационно работу команды сопровождает Ведомство содействия занятости, статистики и
            интеграции (<span lang="de">Amt für Arbeitsförderung, Statistik und Integration</span>).</p>
            <h2>Как она работает</h2>
            <p>Команда компетенций собирается один-два раза в год; заседания имеют сквозную нумерацию. В январе
            2021 года из-за пандемии коронавируса она впервые собралась онлайн.</p>
            <h2>Темы</h2>
            <ul>
            <li>профессиональное обучение, работа и начало трудовой деятельности</li>
            <li>изучение немецкого языка и языковая поддержка</li>
            <li>присмотр за детьми, школа и сотрудничество школ с родителями</li>
            <li>здоровье и профилактика, в том числе кампания вакцинации от коронавируса</li>
            <li>окружающая среда и межкультурная открытость администрации</li>
            <li>жилищное строительство и обеспечение жильём</li>
            <li>возможности финансирования для организаций мигрантов</li>
            <li>беженцы из Украины (29-е заседание, май 2022 года)</li>
            <li>кэтколлинг и места, которых люди боятся в общественном пространстве (31-е заседание, ноябрь 2024
            года)</li>
            </ul>
            <h2>Что из этого получилось</h2>
            <p>Благодаря работе Команды компетенций появились, в частности, информационная листовка для
            мобильных трудовых мигрантов, мероприятия на темы школы, здоровья и профессионального обучения, а
            также помощь в создании новых организаций мигрантов. Во время пандемии коронавируса объединения и
            общины передавали своим членам важную информацию.</p>
            <p>Заседания с их повестками дня и участников мы постепенно подробно представим здесь.</p>
        """,
    },
}

PROGRAMME = {
    "de": {
        "title": "Förderprogramme",
        "lead": (
            "Mit Programmen des Landes Hessen und eigenen Mitteln unterstützt die Stadt Offenbach "
            "Integrationsprojekte, Vereine und Initiativen."
        ),
        "body": """
            <h2>Modellregion Integration (MRI)</h2>
            <p>Im Oktober 2009 wählte das Land Hessen Offenbach als eine von sechs „Modellregionen Integration“
            aus, neben den Städten Kassel, Wetzlar und Wiesbaden, dem Hochtaunuskreis und dem Main-Kinzig-Kreis mit
            der Stadt Hanau. Von 2010 bis 2013 förderte das Landesprogramm in Offenbach Projekte mit
            Modellcharakter, die städtische und freie Träger entwickelten. Ziel war, dauerhafte Strukturen für die
            Integration aufzubauen.</p>
            <p>Die Offenbacher Projekte gehörten zu fünf Handlungsfeldern:</p>
            <ul>
            <li>Stärkung der lokalen Identität durch zivilgesellschaftliches Engagement, vor allem von
            Migrantenvereinen und Ehrenamtlichen</li>
            <li>Integrationsarbeit im Stadtteil im Rahmen des Quartiersmanagements</li>
            <li>Bildung</li>
            <li>Gesundheitsförderung und Gesundheitsaufklärung</li>
            <li>Elternschule</li>
            </ul>
            <p>Migrantenvereine erhielten zum Beispiel Seminare zu Organisation, Vereinsrecht und
            Öffentlichkeitsarbeit. Mitte April 2013 stellte Offenbach seine Projekte auf der Abschlusskonferenz
            des Programms im Hessischen Landtag in Wiesbaden vor. Wissenschaftlich begleitet wurde das Programm
            vom europäischen forum für migrationsstudien (efms) in Bamberg.</p>
            <h2>WIR – Wegweisende Integrationsansätze Realisieren</h2>
            <p>Seit Januar 2014 führt das Landesprogramm WIR die Arbeit fort. Das Land fördert damit in allen 33
            hessischen Landkreisen, kreisfreien Städten und Sonderstatusstädten Koordinatorinnen und
            Koordinatoren für Integration. Außerdem unterstützt es Projekte für eine Willkommens- und
            Anerkennungskultur und für die interkulturelle Öffnung, die Ausbildung ehrenamtlicher
            Integrationslotsinnen und Integrationslotsen sowie niedrigschwellige Sprachkurse.</p>
            <p>Seit 2021 heißt die Förderrichtlinie „WIR – Vielfalt und Teilhabe“. Sie stellt gerechte Teilhabe
            und den Schutz vor Rassismus und Diskriminierung in den Mittelpunkt. Die Offenbacher WIR-Koordination
            arbeitet seit 2022 als WIR-Vielfaltszentrum. Sie berät öffentliche, kirchliche und freie Träger sowie
            gemeinnützige Migrantenorganisationen, die einen Antrag stellen möchten. Über die Anträge entscheidet
            das Regierungspräsidium Darmstadt.</p>
            <h2>Förderung durch die Stadt</h2>
            <p>Die Stadt Offenbach hat eine eigene Richtlinie für die Finanzierung von Integrationsprojekten,
            Veranstaltungen und Maßnahmen Dritter; es gibt sie auch in einfacher Sprache. Migrantenvereine können
            darüber zum Beispiel einen Zuschuss zur Miete ihrer Vereinsräume erhalten. Das Integrationsbüro berät
            Sie gern; schreiben Sie uns über das <a href="/kontakt/">Kontaktformular</a>.</p>
        """,
    },
    "en": {
        "title": "Funding programmes",
        "lead": (
            "With programmes of the State of Hesse and its own funds, the City of Offenbach supports integration "
            "projects, associations and initiatives."
        ),
        "body": """
            <h2>Model Region for Integration (MRI)</h2>
            <p>In October 2009, the State of Hesse chose Offenbach as one of six “model regions for integration”
            (<span lang="de">Modellregionen Integration</span>), alongside the cities of Kassel, Wetzlar and
            Wiesbaden, the <span lang="de">Hochtaunuskreis</span> district and the <span lang="de">Main-Kinzig-Kreis</span> district together with the city of Hanau. From 2010 to 2013, the
            state programme funded pilot projects in Offenbach that municipal and independent organisations had
            developed. The aim was to build lasting structures for integration.</p>
            <p>Offenbach's projects belonged to five fields of action:</p>
            <ul>
            <li>strengthening local identity through civic engagement, above all by migrant associations and
            volunteers</li>
            <li>integration work in the neighbourhoods as part of neighbourhood management</li>
            <li>education</li>
            <li>health promotion and health information</li>
            <li>a school for parents (<span lang="de">Elternschule</span>)</li>
            </ul>
            <p>Migrant associations, for example, were offered seminars on organisation, the law on associations
            and public relations. In mid-April 2013, Offenbach presented its projects at the programme's final
            conference in the Hessian state parliament in Wiesbaden. The programme was evaluated by the european
            forum for migration studies (efms) in Bamberg.</p>
            <h2>WIR – <span lang="de">Wegweisende Integrationsansätze Realisieren</span></h2>
            <p>Since January 2014, the state programme WIR (roughly: “putting pioneering approaches to
            integration into practice”) has continued the work. Through it, the state funds integration
            coordinators in all 33 Hessian districts, independent cities and special-status towns. It also
            supports projects for a culture of welcome and recognition and for intercultural opening, the
            training of volunteer integration guides (<span lang="de">Integrationslotsen</span>) and
            easy-to-access language courses.</p>
            <p>Since 2021, the funding guideline has been called “WIR – Diversity and Participation” (<span lang="de">WIR – Vielfalt und Teilhabe</span>). It focuses on fair participation and protection against
            racism and discrimination. Since 2022, Offenbach's WIR coordination has worked as the WIR Diversity
            Centre (<span lang="de">WIR-Vielfaltszentrum</span>). It advises public, church and independent
            organisations as well as non-profit migrant organisations that want to apply. Applications are
            decided by the <span lang="de">Regierungspräsidium Darmstadt</span>.</p>
            <h2>Funding from the city</h2>
            <p>The City of Offenbach has its own guideline for funding integration projects, events and measures
            run by others; it is also available in plain German. Migrant associations can use it, for example, to
            get a grant towards the rent of their premises. The Integration Office will be glad to advise you;
            write to us using the <a href="/en/kontakt/">contact form</a>.</p>
        """,
    },
    "uk": {
        "title": "Програми підтримки",
        "lead": (
            "Завдяки програмам землі Гессен і власним коштам місто Оффенбах підтримує інтеграційні проєкти, "
            "обʼєднання та ініціативи."
        ),
        "body": """
            <h2>Модельний регіон інтеграції (MRI)</h2>
            <p>У жовтні 2009 року земля Гессен обрала Оффенбах одним із шести «модельних регіонів інтеграції»
            (<span lang="de">Modellregionen Integration</span>) поряд із містами Кассель, Вецлар і Вісбаден,
            районом <span lang="de">Hochtaunuskreis</span> і районом <span lang="de">Main-Kinzig-Kreis</span>
            разом із містом Ханау. З 2010 по 2013 рік земельна програма фінансувала в Оффенбаху пілотні проєкти,
            які розробили міські та незалежні організації. Метою було створити стійкі структури для
            інтеграції.</p>
            <p>Проєкти Оффенбаха охоплювали пʼять напрямів діяльності:</p>
            <ul>
            <li>зміцнення місцевої ідентичності через громадянську активність, насамперед обʼєднань мігрантів і
            волонтерів</li>
            <li>інтеграційна робота в районах міста в межах управління кварталами</li>
            <li>освіта</li>
            <li>зміцнення здоровʼя та просвіта щодо здоровʼя</li>
            <li>школа для батьків (<span lang="de">Elternschule</span>)</li>
            </ul>
            <p>Наприклад, для обʼєднань мігрантів проводили семінари з організації роботи, права обʼєднань і
            звʼязків із громадськістю. У середині квітня 2013 року Оффенбах представив свої проєкти на
            підсумковій конференції програми в ландтазі (парламенті) землі Гессен у Вісбадені. Науковий супровід
            програми здійснював Європейський форум міграційних досліджень (efms) у Бамберзі.</p>
            <h2>WIR – <span lang="de">Wegweisende Integrationsansätze Realisieren</span></h2>
            <p>З січня 2014 року роботу продовжує земельна програма WIR (приблизно: «втілювати новаторські підходи
            до інтеграції»). Завдяки їй земля фінансує координаторів з інтеграції в усіх 33 гессенських районах
            і містах з особливим статусом. Крім того, вона підтримує проєкти для культури гостинності та визнання
            і для міжкультурної відкритості, підготовку волонтерів — провідників з інтеграції (<span lang="de">Integrationslotsen</span>), а також легкодоступні мовні курси.</p>
            <p>З 2021 року настанова щодо фінансування називається «WIR — різноманіття та участь» (<span lang="de">WIR – Vielfalt und Teilhabe</span>). У її центрі — справедлива участь і захист від расизму
            та дискримінації. З 2022 року координація WIR в Оффенбаху працює як Центр різноманіття WIR (<span lang="de">WIR-Vielfaltszentrum</span>). Він консультує державні, церковні та незалежні організації, а
            також неприбуткові організації мігрантів, які хочуть подати заявку. Рішення щодо заявок ухвалює <span lang="de">Regierungspräsidium Darmstadt</span>.</p>
            <h2>Фінансування від міста</h2>
            <p>Місто Оффенбах має власну настанову щодо фінансування інтеграційних проєктів, заходів і програм
            інших організацій; вона існує також простою німецькою мовою. Наприклад, обʼєднання мігрантів можуть
            отримати за нею субсидію на оренду своїх приміщень. Бюро з питань інтеграції охоче вас
            проконсультує; напишіть нам через <a href="/uk/kontakt/">контактну форму</a>.</p>
        """,
    },
    "ru": {
        "title": "Программы поддержки",
        "lead": (
            "С помощью программ земли Гессен и собственных средств город Оффенбах поддерживает интеграционные "
            "проекты, объединения и инициативы."
        ),
        "body": """
            <h2>Модельный регион интеграции (MRI)</h2>
            <p>В октябре 2009 года земля Гессен выбрала Оффенбах одним из шести «модельных регионов интеграции»
            (<span lang="de">Modellregionen Integration</span>) наряду с городами Кассель, Вецлар и Висбаден,
            районом <span lang="de">Hochtaunuskreis</span> и районом <span lang="de">Main-Kinzig-Kreis</span>
            вместе с городом Ханау. С 2010 по 2013 год земельная программа финансировала в Оффенбахе пилотные
            проекты, которые разработали городские и независимые организации. Целью было создать устойчивые
            структуры для интеграции.</p>
            <p>Проекты Оффенбаха относились к пяти направлениям деятельности:</p>
            <ul>
            <li>укрепление местной идентичности через гражданскую активность, прежде всего объединений мигрантов и
            волонтёров</li>
            <li>интеграционная работа в районах города в рамках управления кварталами</li>
            <li>образование</li>
            <li>укрепление здоровья и просвещение в вопросах здоровья</li>
            <li>школа для родителей (<span lang="de">Elternschule</span>)</li>
            </ul>
            <p>Например, для объединений мигрантов проводились семинары по организации работы, праву объединений и
            связям с общественностью. В середине апреля 2013 года Оффенбах представил свои проекты на итоговой
            конференции программы в ландтаге (парламенте) земли Гессен в Висбадене. Научное сопровождение
            программы осуществлял Европейский форум миграционных исследований (efms) в Бамберге.</p>
            <h2>WIR – <span lang="de">Wegweisende Integrationsansätze Realisieren</span></h2>
            <p>С января 2014 года работу продолжает земельная программа WIR (примерно: «воплощать новаторские
            подходы к интеграции»). С её помощью земля финансирует координаторов по интеграции во всех 33 районах
            и городах Гессена с особым статусом. Кроме того, она поддерживает проекты для культуры
            гостеприимства и признания и для межкультурной открытости, подготовку волонтёров — проводников по
            интеграции (<span lang="de">Integrationslotsen</span>), а также общедоступные языковые курсы.</p>
            <p>С 2021 года руководство по финансированию называется «WIR — многообразие и участие» (<span lang="de">WIR – Vielfalt und Teilhabe</span>). В его центре — справедливое участие и защита от
            расизма и дискриминации. С 2022 года координация WIR в Оффенбахе работает как Центр многообразия WIR
            (<span lang="de">WIR-Vielfaltszentrum</span>). Он консультирует государственные, церковные и
            независимые организации, а также некоммерческие организации мигрантов, которые хотят подать заявку.
            Решения по заявкам принимает <span lang="de">Regierungspräsidium Darmstadt</span>.</p>
            <h2>Финансирование от города</h2>
            <p>У города Оффенбах есть собственное положение о финансировании интеграционных проектов, мероприятий
            и мер других организаций; оно есть и на простом немецком языке. Например, объединения мигрантов могут
            получить по нему субсидию на аренду своих помещений. Бюро по вопросам интеграции охотно вас
            проконсультирует; напишите нам через <a href="/ru/kontakt/">контактную форму</a>.</p>
        """,
    },
}

VEREINE = {
    "de": {
        "title": "Vereine und Gemeinden",
        "lead": (
            "Migrantische Vereine, religiöse Gemeinschaften und Initiativen prägen das Zusammenleben in "
            "Offenbach. Hier stellen sie sich und ihre Angebote vor."
        ),
        "body": """
            <p>Offenbach gehört zu den internationalsten Städten Deutschlands. Rund 145.000 Menschen leben hier
            (Ende 2023); sie kommen aus rund 160 Nationen. Fast 70 Prozent der Offenbacherinnen und Offenbacher
            haben eine Migrationsgeschichte, bei den unter 18-Jährigen sind es fast 84 Prozent (2025).</p>
            <p>Viele von ihnen engagieren sich in Vereinen und Gemeinden: in Kultur- und Elternvereinen, in
            christlichen, muslimischen und anderen religiösen Gemeinschaften, in Sportvereinen und Initiativen.
            Sie bieten Unterricht in der Herkunftssprache, Beratung und Begleitung, Feste, Kultur und Begegnung
            und sind wichtige Partner der Stadt.</p>
            <h2>Das Verzeichnis</h2>
            <p>In diesem Bereich entsteht ein Verzeichnis der Migrantenorganisationen in Offenbach mit ihren
            Angeboten, Ansprechpersonen und Treffpunkten. Die Vereine pflegen ihren Eintrag mit einem eigenen
            Zugang selbst. Soll Ihr Verein oder Ihre Gemeinde aufgenommen werden? Schreiben Sie dem
            Integrationsbüro über das <a href="/kontakt/">Kontaktformular</a>.</p>
            <h2>Unterstützung für Vereine</h2>
            <ul>
            <li>Im <a href="/kompetenzteam/">Kompetenzteam Integration</a> beraten sich Vereine und Gemeinden
            regelmäßig mit der Stadt.</li>
            <li>Über die städtische Integrationsförderung und das Landesprogramm WIR können Vereine Zuschüsse für
            Projekte erhalten; mehr dazu unter <a href="/programme/">Förderprogramme</a>.</li>
            <li>Beim Kulturfest der Nationen im September und beim Fest der Vereine am Mainufer stellen sich
            Vereine aus der ganzen Stadt vor.</li>
            </ul>
        """,
    },
    "en": {
        "title": "Associations and communities",
        "lead": (
            "Migrant associations, religious communities and initiatives shape life together in Offenbach. Here "
            "they present themselves and what they offer."
        ),
        "body": """
            <p>Offenbach is one of Germany's most international cities. Around 145,000 people live here (end of
            2023), and they come from around 160 nations. Almost 70 per cent of Offenbach's residents have a
            migration background; among those under 18 it is almost 84 per cent (2025).</p>
            <p>Many of them are active in associations and communities: in cultural and parents' associations, in
            Christian, Muslim and other religious communities, in sports clubs and initiatives. They offer lessons
            in heritage languages, advice and support, festivals, culture and encounters, and they are important
            partners of the city.</p>
            <h2>The directory</h2>
            <p>A directory of the migrant organisations in Offenbach, with their activities, contact persons and
            meeting places, is being built in this section. The associations maintain their entries themselves
            with their own accounts. Would you like your association or community to be listed? Write to the
            Integration Office using the <a href="/en/kontakt/">contact form</a>.</p>
            <h2>Support for associations</h2>
            <ul>
            <li>In the <a href="/en/kompetenzteam/">Integration Competence Team</a>, associations and communities
            regularly discuss their concerns with the city.</li>
            <li>Through the city's integration funding and the state programme WIR, associations can receive
            grants for projects; find out more under <a href="/en/programme/">Funding programmes</a>.</li>
            <li>At the festival of the nations' cultures (<span lang="de">Kulturfest der Nationen</span>) in
            September and at the associations' festival on the banks of the Main (<span lang="de">Fest der
            Vereine</span>), associations from all over the city present themselves.</li>
            </ul>
        """,
    },
    "uk": {
        "title": "Обʼєднання та громади",
        "lead": (
            "Обʼєднання мігрантів, релігійні громади та ініціативи формують спільне життя в Оффенбаху. Тут вони "
            "представляють себе та свої пропозиції."
        ),
        "body": """
            <p>Оффенбах — одне з найбільш інтернаціональних міст Німеччини. Тут живе близько 145 тисяч людей
            (кінець 2023 року), які походять приблизно зі 160 країн. Майже 70 відсотків мешканців Оффенбаха мають
            міграційну історію, а серед молоді до 18 років — майже 84 відсотки (2025 рік).</p>
            <p>Багато з них активні в обʼєднаннях і громадах: у культурних і батьківських обʼєднаннях, у
            християнських, мусульманських та інших релігійних громадах, у спортивних клубах та ініціативах. Вони
            пропонують уроки рідної мови, консультації та супровід, свята, культуру й зустрічі та є важливими
            партнерами міста.</p>
            <h2>Довідник</h2>
            <p>У цьому розділі створюється довідник організацій мігрантів в Оффенбаху з їхніми пропозиціями,
            контактними особами та місцями зустрічей. Обʼєднання самі оновлюють свої записи через власний
            обліковий запис. Бажаєте, щоб ваше обʼєднання чи громаду було додано? Напишіть до Бюро з питань
            інтеграції через <a href="/uk/kontakt/">контактну форму</a>.</p>
            <h2>Підтримка для обʼєднань</h2>
            <ul>
            <li>У <a href="/uk/kompetenzteam/">Команді компетенцій з інтеграції</a> обʼєднання та громади
            регулярно радяться з містом.</li>
            <li>Завдяки міському фінансуванню інтеграції та земельній програмі WIR обʼєднання можуть отримати
            субсидії на проєкти; докладніше в розділі <a href="/uk/programme/">Програми підтримки</a>.</li>
            <li>На фестивалі культур народів (<span lang="de">Kulturfest der Nationen</span>) у вересні та на
            святі обʼєднань на березі Майну (<span lang="de">Fest der Vereine</span>) представляються обʼєднання
            з усього міста.</li>
            </ul>
        """,
    },
    "ru": {
        "title": "Объединения и общины",
        "lead": (
            "Объединения мигрантов, религиозные общины и инициативы определяют совместную жизнь в Оффенбахе. "
            "Здесь они представляют себя и свои предложения."
        ),
        "body": """
            <p>Оффенбах — один из самых интернациональных городов Германии. Здесь живут около 145 тысяч человек
            (конец 2023 года), которые происходят примерно из 160 стран. Почти 70 процентов жителей Оффенбаха
            имеют миграционную историю, а среди молодёжи до 18 лет — почти 84 процента (2025 год).</p>
            <p>Многие из них активны в объединениях и общинах: в культурных и родительских объединениях, в
            христианских, мусульманских и других религиозных общинах, в спортивных клубах и инициативах. Они
            предлагают уроки родного языка, консультации и сопровождение, праздники, культуру и встречи и
            являются важными партнёрами города.</p>
            <h2>Справочник</h2>
            <p>В этом разделе создаётся справочник организаций мигрантов в Оффенбахе с их предложениями,
            контактными лицами и местами встреч. Объединения сами обновляют свои записи через собственную
            учётную запись. Хотите, чтобы ваше объединение или община были включены в справочник? Напишите в Бюро
            по вопросам интеграции через <a href="/ru/kontakt/">контактную форму</a>.</p>
            <h2>Поддержка для объединений</h2>
            <ul>
            <li>В <a href="/ru/kompetenzteam/">Команде компетенций по интеграции</a> объединения и общины
            регулярно совещаются с городом.</li>
            <li>Благодаря городскому финансированию интеграции и земельной программе WIR объединения могут
            получить субсидии на проекты; подробнее в разделе <a href="/ru/programme/">Программы
            поддержки</a>.</li>
            <li>На фестивале культур народов (<span lang="de">Kulturfest der Nationen</span>) в сентябре и на
            празднике объединений на берегу Майна (<span lang="de">Fest der Vereine</span>) представляются
            объединения со всего города.</li>
            </ul>
        """,
    },
}


PAGES = [
    _page("startseite", STARTSEITE),
    _page("impressum", IMPRESSUM),
    _page("datenschutz", DATENSCHUTZ),
    _page("barrierefreiheit", BARRIEREFREIHEIT),
    _page("leichte-sprache", LEICHTE_SPRACHE),
    _page("gebaerdensprache", GEBAERDENSPRACHE),
    _page("aktuelles", AKTUELLES),
    _page("offenbach-hilft", OFFENBACH_HILFT),
    _page("kompetenzteam", KOMPETENZTEAM),
    _page("programme", PROGRAMME),
    _page("vereine", VEREINE),
]
