"""Reference data of the directory: the languages relevant to Offenbach (named
in the four portal languages) and Offenbach's 21 Stadtteile as decided by the
city council in June 2019. The data migrations load them; staff edit them in
the admin afterwards. `ensure_reference_data()` puts back what is missing, for
databases emptied by a test run (TransactionTestCase flushes every table)."""

from django.utils.text import slugify

# code (ISO 639-1; ISO 639-3 where there is none), German, English, Ukrainian, Russian
LANGUAGES = [
    ("de", "Deutsch", "German", "Німецька", "Немецкий"),
    ("gsg", "Deutsche Gebärdensprache", "German Sign Language", "Німецька жестова мова", "Немецкий жестовый язык"),
    ("en", "Englisch", "English", "Англійська", "Английский"),
    ("tr", "Türkisch", "Turkish", "Турецька", "Турецкий"),
    ("ar", "Arabisch", "Arabic", "Арабська", "Арабский"),
    ("el", "Griechisch", "Greek", "Грецька", "Греческий"),
    ("bg", "Bulgarisch", "Bulgarian", "Болгарська", "Болгарский"),
    ("ro", "Rumänisch", "Romanian", "Румунська", "Румынский"),
    ("bs", "Bosnisch", "Bosnian", "Боснійська", "Боснийский"),
    ("hr", "Kroatisch", "Croatian", "Хорватська", "Хорватский"),
    ("sr", "Serbisch", "Serbian", "Сербська", "Сербский"),
    ("mk", "Mazedonisch", "Macedonian", "Македонська", "Македонский"),
    ("sq", "Albanisch", "Albanian", "Албанська", "Албанский"),
    ("pl", "Polnisch", "Polish", "Польська", "Польский"),
    ("cs", "Tschechisch", "Czech", "Чеська", "Чешский"),
    ("sk", "Slowakisch", "Slovak", "Словацька", "Словацкий"),
    ("hu", "Ungarisch", "Hungarian", "Угорська", "Венгерский"),
    ("rom", "Romanes", "Romani", "Ромська", "Цыганский (романи)"),
    ("it", "Italienisch", "Italian", "Італійська", "Итальянский"),
    ("es", "Spanisch", "Spanish", "Іспанська", "Испанский"),
    ("pt", "Portugiesisch", "Portuguese", "Португальська", "Португальский"),
    ("fr", "Französisch", "French", "Французька", "Французский"),
    ("ru", "Russisch", "Russian", "Російська", "Русский"),
    ("uk", "Ukrainisch", "Ukrainian", "Українська", "Украинский"),
    ("hy", "Armenisch", "Armenian", "Вірменська", "Армянский"),
    ("ka", "Georgisch", "Georgian", "Грузинська", "Грузинский"),
    ("az", "Aserbaidschanisch", "Azerbaijani", "Азербайджанська", "Азербайджанский"),
    ("ku", "Kurdisch", "Kurdish", "Курдська", "Курдский"),
    ("fa", "Persisch (Farsi)", "Persian (Farsi)", "Перська (фарсі)", "Персидский (фарси)"),
    ("prs", "Dari", "Dari", "Дарі", "Дари"),
    ("ps", "Paschtu", "Pashto", "Пушту", "Пушту"),
    ("he", "Hebräisch", "Hebrew", "Іврит", "Иврит"),
    ("tzm", "Tamazight", "Tamazight", "Тамазигт", "Тамазигхт"),
    ("ur", "Urdu", "Urdu", "Урду", "Урду"),
    ("hi", "Hindi", "Hindi", "Гінді", "Хинди"),
    ("pa", "Panjabi", "Punjabi", "Панджабі", "Панджаби"),
    ("bn", "Bengalisch", "Bengali", "Бенгальська", "Бенгальский"),
    ("ta", "Tamil", "Tamil", "Тамільська", "Тамильский"),
    ("ti", "Tigrinya", "Tigrinya", "Тигринья", "Тигринья"),
    ("am", "Amharisch", "Amharic", "Амхарська", "Амхарский"),
    ("so", "Somali", "Somali", "Сомалійська", "Сомалийский"),
    ("sw", "Swahili", "Swahili", "Суахілі", "Суахили"),
    ("tw", "Twi", "Twi", "Тві", "Тви"),
    ("zh", "Chinesisch", "Chinese", "Китайська", "Китайский"),
    ("vi", "Vietnamesisch", "Vietnamese", "Вʼєтнамська", "Вьетнамский"),
    ("tl", "Tagalog", "Tagalog", "Тагальська", "Тагальский"),
]

DISTRICTS = [
    "Bieber",
    "Bieberer Berg",
    "Buchhügel",
    "Buchrain",
    "Bürgel",
    "Carl-Ulrich-Siedlung",
    "Hafen",
    "Kaiserlei",
    "Lauterborn",
    "Lindenfeld",
    "Mathildenviertel",
    "Musikerviertel",
    "Nordend",
    "Offenbach-Ost",
    "Rosenhöhe",
    "Rumpenheim",
    "Senefelderquartier",
    "Tempelsee",
    "Waldheim",
    "Westend",
    "Zentrum",
]


def district_slug(name):
    """German transliteration before slugify: "Bürgel" becomes "buergel", not "burgel"."""
    for umlaut, replacement in [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")]:
        name = name.replace(umlaut, replacement)
    return slugify(name)


def ensure_reference_data(language_model=None, district_model=None):
    """Create the languages and districts that do not exist yet; existing rows
    (perhaps edited by staff) stay as they are. Takes the historical models in
    migrations."""
    if language_model is None or district_model is None:
        from .models import District, Language

        language_model, district_model = language_model or Language, district_model or District
    for code, de, en, uk, ru in LANGUAGES:
        language_model.objects.get_or_create(code=code, defaults={"name": de, "name_de": de, "name_en": en, "name_uk": uk, "name_ru": ru})
    for name in DISTRICTS:
        district_model.objects.get_or_create(slug=district_slug(name), defaults={"name": name})
