"""Sorting names the way a reader of the language expects: SQLite and a plain
Python sort order by code point, which puts "Ä" after "Z" and the Ukrainian "І"
before "А"."""

GERMAN = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
ALPHABETS = {
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
}


def collation_key(text, language="de"):
    text = (text or "").casefold()
    alphabet = ALPHABETS.get(language)
    if alphabet is None:
        return text.translate(GERMAN)
    # Letters of the alphabet sort by their place in it, everything else after
    # them by code point; Latin text in a Cyrillic list keeps a stable order.
    return tuple(alphabet.index(char) if char in alphabet else 100 + ord(char) for char in text.replace("ʼ", "").replace("'", ""))
