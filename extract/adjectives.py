"""Places named by an adjective: «японского монарха» is Japan's, «в уфимской больнице» is in
Ufa, «российско-британской певицы» names two countries.

No name is written, so Natasha's NER never sees these; NEREL annotates them as places
(COUNTRY, CITY), factRuEval does not. They are kept as a layer of their own,
`ArticleRecord.place_adjectives`, each a LOC mention whose `normal` is the place
(«японского» → «Япония»), beside `mentions`, which keep only names.

The place comes from the dictionary, not from a list of adjectives: an adjective in -ский,
-цкий or -ской is cut to its stem, the usual ways Russian forms a place's adjective are undone
(«япон|ский» ← «Япон|ия», «москов|ский» ← «Моск|ва», «уфим|ский» ← «Уф|а», «смолен|ский» ←
«Смолен|ск») and a candidate counts only when pymorphy2 knows it as a geographical name
(Geox). The few adjectives not formed from their country's name («немецкий», «французский»)
are listed in SUPPLETIVE.
"""

from __future__ import annotations

import re

from collections.abc import Sequence
from functools import lru_cache

from .mentions import inside
from .models import Mention
from .names import fold
from .geonames import place_word
from .morph import adjective_for, shared_morph_vocab
from .nlp import Analysis
from .stretches import Stretches

ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ой|ая|ое|ие|ого|ому|им|ом|ую|их|ими|ых|ым|ыми|ей)$")
# Stems of adjectives formed from a place's name with its ending or last syllable cut:
# «итал|ьян|ский», «америк|ан|ский», «европ|ей|ский», «уф|им|ский», «моск|ов|ский», «росси|й|ский».
CUT = ("ьян", "ан", "ян", "ин", "им", "ов", "ев", "ей", "ий", "й", "ь")
# What the place's name ends with after the cut: «Япон|ия», «Канад|а», «Казан|ь», «Мал|и», «Моск|ва»,
# «Армения» from «армянский», «Смоленск» from «смоленский».
ENDINGS = ("", "а", "я", "ия", "ь", "и", "ы", "о", "ва", "ения", "ск")
# Adjectives whose country is not named after them: the people's name serves for the country.
SUPPLETIVE = {
    "советский": "СССР", "немецкий": "Германия", "французский": "Франция", "польский": "Польша",
    "турецкий": "Турция", "греческий": "Греция", "шведский": "Швеция", "датский": "Дания",
    "финский": "Финляндия", "норвежский": "Норвегия", "белорусский": "Беларусь", "чешский": "Чехия",
    "словацкий": "Словакия", "венгерский": "Венгрия", "сербский": "Сербия", "хорватский": "Хорватия",
    "болгарский": "Болгария", "румынский": "Румыния", "литовский": "Литва", "латвийский": "Латвия",
    "киргизский": "Киргизия", "кыргызский": "Киргизия", "таджикский": "Таджикистан",
    "туркменский": "Туркмения", "узбекский": "Узбекистан", "бельгийский": "Бельгия",
}  # fmt: skip
# Adjectives of a people or a language that name no place of their own: «русский язык» is not
# Rus', «казахский» is the Kazakh people's or language («казахстанский» is Kazakhstan's).
ETHNIC = frozenset({"русский", "казахский", "татарский", "еврейский", "арабский", "славянский", "азиатский"})
# «северокорейский» → Северная Корея, «западноафриканский» → Западная Африка
DIRECTIONS = {"северо": "северный", "южно": "южный", "западно": "западный", "восточно": "восточный"}
ALL = "все"  # «Всероссийский фестиваль»: of all Russia


def place_adjectives(analysis: Analysis, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """Every adjective outside the article's names (a name keeps its own: «Российская
    Федерация», «Александр Невский») and outside its Kazakh paragraphs that names a place,
    in text order; a compound adjective gives one mention per place («российско-британской»)."""
    named = Stretches((m.start, m.stop) for m in mentions)
    found: list[Mention] = []
    for token in analysis.tokens:
        if not ADJECTIVE.search(token.text.lower()) or inside(token.start, token.stop, analysis.kazakh):
            continue
        if inside(token.start, token.stop, named) or token.pos != "ADJ":
            continue
        *firsts, last = token.text.split("-")
        if firsts and all(f.lower().endswith(("ско", "цко")) for f in firsts):
            offset = token.start  # «российско-британской»: each part a place of its own
            for part in firsts:
                place = place_of(part.lower()[:-1] + "ий")
                if place:
                    found.append(_mention(offset, part, place))
                offset += len(part) + 1
            place = place_of(token.lemma.lower().rsplit("-", 1)[-1])
        else:
            offset, place = token.start, place_of(token.lemma.lower())  # «нью-йоркском»: one place
        if place:
            found.append(_mention(offset, analysis.text[offset : token.stop], place))
    return tuple(found)


def _mention(start: int, text: str, place: str) -> Mention:
    return Mention(type="LOC", start=start, stop=start + len(text), text=text, normal=place, key=fold(place))


@lru_cache(maxsize=1 << 14)
def place_of(lemma: str) -> str | None:
    """The place an adjective's lemma is formed from, capitalised as a name, or None."""
    if lemma in SUPPLETIVE:
        return SUPPLETIVE[lemma]
    if lemma in ETHNIC or not lemma.endswith(("ский", "цкий", "ской")):
        return None
    for prefix, adjective in DIRECTIONS.items():
        if lemma.startswith(prefix) and len(lemma) > len(prefix) + 6:
            found = _geographic(lemma[len(prefix) :])
            return f"{adjective_for(adjective, found[1]).capitalize()} {found[0]}" if found else None
    if lemma.startswith(ALL) and len(lemma) > len(ALL) + 6:
        lemma = lemma[len(ALL) :]
    found = _geographic(lemma)
    return found[0] if found else None


def _geographic(lemma: str) -> tuple[str, str] | None:
    """(the place's name, its gender) for an adjective's lemma: the best candidate the
    dictionary knows as a place (`_rank`). None when that is no better than a cut stem or a
    town in -ск and the stem is itself a word that is no place: «советский» is the council's
    before Sovetsk's, «ленинский» Lenin's, «партизанский» the partisans'."""
    stem = lemma[:-4]
    if stem.endswith("ий") and (place := place_word(stem[:-1] + "я")):  # «калифорний|ский»: not californium
        return _named(*place)
    bases = [stem] + [stem[: -len(cut)] for cut in CUT if stem.endswith(cut) and len(stem) - len(cut) >= 2]
    found = [(_rank(b, e, stem), p) for b in bases for e in ENDINGS if (p := place_word(b + e))]
    if not found:
        return None
    rank, place = min(found)
    if rank[0] > 1 and _common_word(stem):
        return None  # «казан|ский» is Kazan's whatever «казан» is; «совет|ский» is no Sovetsk's
    return _named(*place)


def _rank(base: str, ending: str, stem: str) -> tuple[int, int]:
    """The stem itself first («киев|ский» is Kiev's, not Kiya's; «ураль|ский» the Urals', not
    Uralsk's), then the whole stem with a name's ending («украин|ский» is Ukraine's before
    Ukrainsk's), then a town in -ск («смолен|ский»), then the shortest name («москва» rather
    than «московия»). «курский» is the Kura's by these rules, not Kursk's: telling them apart
    needs to know which place is the better known."""
    name = base + ending
    if name in (stem, stem.rstrip("ь")):
        return 0, len(name)
    if base == stem and ending in ("а", "я", "ь", "ы", "и"):
        return 1, len(name)
    return (2 if ending == "ск" else 3), len(name)


def _named(name: str, gender: str) -> tuple[str, str]:
    return "-".join(part[:1].upper() + part[1:] for part in name.split("-")), gender


def _common_word(stem: str) -> bool:
    """The stem, or a noun it may be cut from («пролетар|ий», «комсомол|ь»), is a word the
    dictionary knows and never as a place (a people's name, «японец», is no such word)."""
    forms = {stem, stem + "ий", stem + "е", stem.rstrip("ьй")}
    for word in forms:
        parses = [
            p for p in shared_morph_vocab().parse(word)
            if p.is_known and p.normal_form == word and p.tag.POS == "NOUN" and "Name" not in p.tag
        ]  # fmt: skip
        if parses and not any("Geox" in p.tag for p in parses):
            return True
    return False
