"""Places of Kazakhstan that news names: a gazetteer from Kazakh and Russian spellings to one name.

Natasha finds few places in Kazakh text, and the Kazakh forms carry case endings
(«Алматыда»); the gazetteer lets both languages land on the same Place.
"""

from __future__ import annotations

from .kazakh import strip_suffix
from .names import fold

# canonical (Russian) name: other spellings (Kazakh, older Russian, Latin)
PLACES: dict[str, tuple[str, ...]] = {
    "Алматы": ("Алма-Ата", "Almaty"),
    "Астана": ("Нур-Султан", "Астане", "Astana"),
    "Шымкент": ("Чимкент", "Shymkent"),
    "Караганда": ("Қарағанды", "Karaganda"),
    "Актобе": ("Ақтөбе", "Актюбинск"),
    "Атырау": (),
    "Актау": ("Ақтау",),
    "Костанай": ("Қостанай",),
    "Кызылорда": ("Қызылорда",),
    "Павлодар": (),
    "Петропавловск": ("Петропавл",),
    "Семей": ("Семипалатинск",),
    "Усть-Каменогорск": ("Өскемен",),
    "Уральск": ("Орал",),
    "Тараз": (),
    "Туркестан": ("Түркістан",),
    "Талдыкорган": ("Талдықорған",),
    "Кокшетау": ("Көкшетау",),
    "Жезказган": ("Жезқазған",),
    "Экибастуз": ("Екібастұз",),
    "Темиртау": ("Теміртау",),
    "Конаев": ("Қонаев",),
    "Байконур": ("Байқоңыр",),
    "Казахстан": ("Қазақстан", "Республика Казахстан", "РК", "ҚР", "Kazakhstan"),
}

_BY_KEY = {fold(name): name for name in PLACES} | {
    fold(alias): name for name, aliases in PLACES.items() for alias in aliases
}


def known_place(word: str, kazakh: bool = False) -> str | None:
    """The canonical name of a known place, from any case form we can undo.

    >>> known_place("Алматыда", kazakh=True), known_place("Қарағанды"), known_place("Москва")
    ('Алматы', 'Караганда', None)
    """
    found = _BY_KEY.get(fold(word))
    if found or not kazakh:
        return found
    return _BY_KEY.get(fold(strip_suffix(word)))
