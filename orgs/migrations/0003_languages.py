"""The languages relevant to Offenbach, named in the four portal languages.
Staff can add, rename or remove languages in the admin (Organisationen › Sprachen)."""

from django.db import migrations

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


def load_languages(apps, schema_editor):
    Language = apps.get_model("orgs", "Language")
    for code, de, en, uk, ru in LANGUAGES:
        Language.objects.get_or_create(code=code, defaults={"name": de, "name_de": de, "name_en": en, "name_uk": uk, "name_ru": ru})


def remove_languages(apps, schema_editor):
    apps.get_model("orgs", "Language").objects.filter(code__in=[row[0] for row in LANGUAGES]).delete()


class Migration(migrations.Migration):
    dependencies = [("orgs", "0002_directory_fields")]

    operations = [migrations.RunPython(load_languages, remove_languages)]
