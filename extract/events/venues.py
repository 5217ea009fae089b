"""Venues: the building or site a name stands for («шахта «Анненская»», «офис компании Yandex
Qazaqstan», «Республиканская школа имени Абая»). Read by `events.py` for where an event or a
visit took place, and by `kg/venues.py` to make such places nodes of their own."""

from __future__ import annotations

import re

from ..models import Mention

# Stem → nominative of the nouns that name a building or a site.
VENUE_NOUNS = {
    "шахт": "шахта", "рудник": "рудник", "завод": "завод", "комбинат": "комбинат",
    "фабрик": "фабрика", "офис": "офис", "школ": "школа", "библиотек": "библиотека",
    "музе": "музей", "театр": "театр", "университет": "университет", "колледж": "колледж",
    "лице": "лицей", "гимнази": "гимназия", "больниц": "больница", "поликлиник": "поликлиника",
    "дворц": "дворец", "дворе": "дворец", "академи": "академия", "институт": "институт",
    "филармони": "филармония", "стадион": "стадион", "арен": "арена", "спорткомплекс": "спорткомплекс",
    "акимат": "акимат", "дом дружбы": "дом дружбы", "доме дружбы": "дом дружбы",
    "дом культуры": "дом культуры", "доме культуры": "дом культуры", "центр": "центр",
    # Kazakh nouns come after the name («Өнер орталығы», «Болашақ сарайы», «№5 мектеп»)
    "орталығ": "орталығы", "сарай": "сарайы", "мектеп": "мектеп", "кітапхана": "кітапхана",
    "кешен": "кешені", "әкімдік": "әкімдігі",
}  # fmt: skip
_NOUN = r"\b(?P<noun>" + "|".join(VENUE_NOUNS) + r")\w*"
VENUE_WORD = re.compile(_NOUN, re.IGNORECASE)
# A venue noun before its quoted name: «шахта «Анненская»», «на заводе «Казцинк»».
QUOTED_VENUE = re.compile(_NOUN + r"\s+«(?P<name>[^»\n]{2,60})»", re.IGNORECASE)
# A venue noun just before an organisation's name: «офис компании Yandex Qazaqstan», «шахта «Анненская».
NOUN_BEFORE = re.compile(_NOUN + r"(?P<gap>(?:\s+компании)?\s*[«\"]?)$", re.IGNORECASE)
# Someone went there: an organisation named in such a sentence is a place, not an employer.
VISIT = re.compile(r"посети|посещ|ознакоми|побывал|осмотре|экскурси|прош\w*\s+(?:на|в)\s|барып|аралап|танысты", re.I)


def quoted_venue(text: str) -> tuple[str, int] | None:
    """The first venue named by its noun and a quoted name, in the nominative, and where it is.

    >>> quoted_venue("Встреча прошла на шахте «Анненская» в Карагандинской области.")
    ('шахта «Анненская»', 18)
    """
    match = QUOTED_VENUE.search(text)
    if match is None:
        return None
    return f"{VENUE_NOUNS[match['noun'].lower()]} «{match['name']}»", match.start()


def venue_name(text: str, m: Mention) -> str | None:
    """The venue an organisation's mention names, or None when it names no venue.

    >>> text = "Депутаты посетили шахту «Казахстанская» и Республиканскую школу."
    >>> venue_name(text, Mention(type="ORG", text="Казахстанская", normal="Казахстанская", key="", start=25, stop=38))
    'шахта «Казахстанская»'
    >>> venue_name(text, Mention(type="ORG", text="Республиканскую школу", normal="Республиканская школа",
    ...                          key="", start=42, stop=63))
    'Республиканская школа'
    """
    before = NOUN_BEFORE.search(text, max(0, m.start - 30), m.start)
    if before:
        quoted = before["gap"].rstrip().endswith(("«", '"'))
        words = (VENUE_NOUNS[before["noun"].lower()], before["gap"].strip(" «\""), f"«{m.normal}»" if quoted else m.normal)
        return " ".join(w for w in words if w)
    if VENUE_WORD.search(m.normal):
        return m.normal
    return None
