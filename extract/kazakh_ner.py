"""Kazakh NER: people, places and organisations in Kazakh paragraphs, by rules over capitalised
words, case endings, name lists and head nouns (the tables of kazakh_words.py).

Natasha is a Russian model: on Kazakh text it takes common nouns for people and keeps case
endings. Here a capitalised word is a name only when something says so: a given-name list, a
surname shape, the gazetteer, or a head noun after it («Зашаған кентінде», «… академиясының»).
A capitalised word that opens a sentence («Биыл», «Жақында», «Ал») is only ever a weak candidate.
The CRF of kazakh_crf.py reads these rules' output as one of its features."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from .kazakh import PLURAL, strip_possessive, strip_suffix
from .kazakh_people import is_initial, match_person, person_name
from .kazakh_words import (
    ADJECTIVES_LIKE_HEADS,
    CLAUSE_WORD,
    DATIVE,
    GENITIVE,
    NAMED_AFTER,
    OBLIQUE,
    OPENERS,
    ORG_HEAD,
    PLACE_HEAD,
    POSTPOSITIONS,
    REGION_GENITIVE,
    QUOTED_ORG,
    REGION_HEAD,
    STREET_HEAD,
    Word,
    given,
    inside,
    is_title,
    joined,
    known_organisation,
    mention,
    no_title_word,
    quoted_titles,
    strong_capital,
    words_of,
)
from .models import Mention
from .names import fold, surname
from .places import known_place
from .stretches import Stretches


def match_place(words: Sequence[Word], i: int, text: str) -> tuple[int, str] | None:
    """(how many words, canonical name) of a known place from `i`, its region noun included
    («Алматы облысында», «Батыс Қазақстан облысы», «Орталық Азияның», «Ресейдің»)."""
    for size in (3, 2, 1):
        chunk = words[i : i + size]
        if len(chunk) < size or not all(joined(text, a, b) for a, b in zip(chunk, chunk[1:])):
            continue
        if not all(w.capital for w in chunk):
            continue  # «Қазақстан мен …»: the conjunction is no part of the name
        phrase = text[chunk[0].start : chunk[-1].stop]
        place = known_place(phrase, kazakh=True)
        nxt = words[i + size] if i + size < len(words) else None
        if nxt and joined(text, chunk[-1], nxt) and REGION_HEAD.match(nxt.text):
            region = known_place(f"{phrase} {strip_possessive(nxt.text)}", kazakh=True)
            if region or place:  # «Батыс Қазақстан облысы», whose «Батыс Қазақстан» is no place
                return size + 1, region or strip_possessive(f"{phrase} {nxt.text}")
        if place:
            return size, place
    return None


def place_before_head(words: Sequence[Word], i: int, text: str) -> tuple[int, str] | None:
    """(how many words, name) of an unknown place named by the noun after it:
    «Зашаған кентінде» → Зашаған, «Жаңаарқа ауданының» → Жаңаарқа, «Челябі облысында»."""
    if words[i].initial and not strong_capital(words[i]) and _next_capital(words, i, text):
        return None  # «Осы Зашаған кентінде», «Шығыстағы Глубокое ауданындағы»: the next word is it
    run = 0
    while i + run < len(words) and words[i + run].capital and run < 3:
        if run and not joined(text, words[i + run - 1], words[i + run]):
            break
        run += 1
    for size in range(run, 0, -1):
        nxt = words[i + size] if i + size < len(words) else None
        if nxt is None or nxt.capital or not joined(text, words[i + size - 1], nxt):
            continue
        if size == run and REGION_HEAD.match(nxt.text):
            return size + 1, strip_possessive(text[words[i].start : nxt.stop])
        if size == run and PLACE_HEAD.match(nxt.text):
            return size, strip_suffix(text[words[i].start : words[i + size - 1].stop])
    return None


PLURAL_PLACE_HEAD = re.compile(r"(?:аудан|ауыл|аул|қала|кент|өзен|көл|тау|облыс)" + PLURAL + r"\w*$")
AND = frozenset({"және", "мен", "бен", "пен"})


def listed_places(words: Sequence[Word], text: str) -> list[int]:
    """The words of a list of places named by one plural noun after it: «Қаратал, Ескелді және
    Көксу аудандарында» (all three are districts), «Ақсу, Қызылағаш ауылдары»."""
    found = []
    for h, head in enumerate(words):
        if h < 2 or not PLURAL_PLACE_HEAD.match(head.text) or not words[h - 1].capital:
            continue
        names, k = [h - 1], h - 1
        while k >= 1:
            gap = text[words[k - 1].stop : words[k].start].strip()
            if gap == "," and words[k - 1].capital:
                k -= 1
            elif not gap and k >= 2 and words[k - 1].text in AND and words[k - 2].capital:
                k -= 2
            else:
                break
            names.append(k)
        if len(names) > 1:
            found += sorted(names)
    return found


def _next_capital(words: Sequence[Word], i: int, text: str) -> bool:
    return i + 1 < len(words) and words[i + 1].capital and joined(text, words[i], words[i + 1])


def organisation_at(words: Sequence[Word], h: int, text: str) -> tuple[int, str] | None:
    """(first word, nominative name) of an organisation whose head noun is words[h]: from the
    nearest capitalised word before it, across lower-case words and «X атындағы»
    («Сыртқы істер министрлігіне», «Т. Жүргенов атындағы Қазақ ұлттық өнер академиясының»)."""
    first = h if words[h].capital and _opens_name(words[h]) else None
    capital_before = False  # a capitalised head («Қазақстан халқы Ассамблеясы») goes on leftwards
    j = h
    while j > 0 and h - j < 6 and joined(text, words[j - 1], words[j]):
        word = words[j - 1]
        if word.capital and (not _opens_name(word) or no_title_word(word) or _in_person_name(words, j - 1, text)):
            break
        if not word.capital and (word.text != NAMED_AFTER and capital_before or _ends_clause(words, j - 1)):
            break
        j -= 1
        if word.capital:
            first, capital_before = j, True
    if first is None or first == h and not known_organisation(words[h]):
        return None  # a bare head noun («Театр және кино актері») names no organisation
    if _sentence_case_only(words, first, h):
        return None  # «Қалада жаңа театр …»: only the sentence's capital, on a word in a case form
    if words[h].text.lower() in ADJECTIVES_LIKE_HEADS:
        return None
    if h > 0 and words[h].text.lower().startswith("орталығ") and REGION_GENITIVE.search(words[h - 1].text.lower()):
        return None  # «Байғанин ауданының орталығы»: a district's centre is its chief village, a place
    while first > 0 and words[first - 1].text.endswith(".") and len(words[first - 1].text) == 2:
        first -= 1  # the initial of a namesake: «Т. Жүргенов атындағы»
    name = text[words[first].start : words[h].stop]
    return first, nominative_org(name)


def _ends_clause(words: Sequence[Word], i: int) -> bool:
    """A lower-case word no organisation's name runs across: a participle, a plural object, or
    a dative other than the one before «қарсы» («Жемқорлыққа қарсы іс-қимыл агенттігі»):
    «Түркияның оңтүстігіне бармауға кеңес» is advice, not a council."""
    word = words[i].text
    if CLAUSE_WORD.search(word) or word in POSTPOSITIONS:
        return True
    after = words[i + 1].text if i + 1 < len(words) else ""
    return len(word) > 5 and bool(DATIVE.search(word)) and after != "қарсы"


def nominative_org(name: str) -> str:
    """The organisation's name with its head noun in the nominative: «…академиясының» →
    «…академиясы», «…комиссияның» → «…комиссия», «Үкіметтің» → «Үкімет»."""
    possessive = strip_possessive(name)
    return possessive if possessive != name else strip_suffix(name)


def _opens_name(word: Word) -> bool:
    """A capitalised word that may open an organisation's name: not a sentence opener of no
    meaning («Кейін», «Ол»), not a place in an oblique case («Алматыда университет ашылды»)."""
    if word.initial and word.text.lower() in OPENERS:
        return False
    place = known_place(word.text, kazakh=True)
    stripped = strip_suffix(word.text)
    return not (place and stripped != word.text and not GENITIVE.search(word.text))


def _in_person_name(words: Sequence[Word], i: int, text: str) -> bool:
    """words[i] is a given name, or the surname after one: a person stands before the
    organisation («Министр Ерлан Сапаровтың төрағалығымен … комиссияның»), unless
    it is named after them («Т. Жүргенов атындағы»)."""
    if i + 1 < len(words) and words[i + 1].text == NAMED_AFTER:
        return False
    before = words[i - 1] if i else None
    after_a_name = before and joined(text, before, words[i]) and (given(before) or is_initial(before))
    return given(words[i]) or bool(after_a_name)


def _sentence_case_only(words: Sequence[Word], first: int, h: int) -> bool:
    """The name's only capital is the sentence's first letter, on a word in an oblique case or
    a word that is no name: «Қалада жаңа театр ашылды», «Биылғы байқаудың жүлде қоры»."""
    opener = words[first]
    if not opener.initial or strong_capital(opener) or any(w.capital for w in words[first + 1 : h + 1]):
        return False
    return bool(OBLIQUE.search(opener.text.lower())) or opener.text.lower() in OPENERS


def paragraph_mentions(text: str, start: int, stop: int, known: Mapping[str, str] | None = None) -> list[Mention]:
    """People, places and organisations of one Kazakh paragraph, in text order."""
    known = {} if known is None else known  # an empty AskedFor still records what is asked
    words = words_of(text, start, stop)
    titles = Stretches(quoted_titles(text, start, stop))
    found = quoted_organisations(text, start, stop)
    orgs = _organisations(words, text, titles)
    quoted = Stretches((m.start, m.stop) for m in found)
    taken = {i for i, w in enumerate(words) if quoted.holds(w.start, w.start + 1)}
    orgs = [o for o in orgs if not taken & set(range(o[0], o[1] + 1))]
    taken |= {i for first, last, _ in orgs for i in range(first, last + 1)}
    found += [mention("ORG", text, words[a].start, words[b].stop, name) for a, b, name in orgs]
    listed = [k for k in listed_places(words, text) if k not in taken]
    taken |= set(listed)
    for k in listed:
        found.append(mention("LOC", text, words[k].start, words[k].stop, known_place(words[k].text) or words[k].text))
    i = 0
    while i < len(words):
        word = words[i]
        org = known_organisation(word)
        if i in taken or not word.capital or is_title(word) or inside(word, titles) and not org:
            i += 1
            continue
        if _before_street(words, i, text):
            i += 1
            continue
        place = match_place(words, i, text) or place_before_head(words, i, text)
        if org:
            found.append(mention("ORG", text, word.start, word.stop, org))
            i += 1
        elif place:
            size, name = place
            found.append(mention("LOC", text, word.start, words[i + size - 1].stop, name))
            i += size
        elif size := match_person(words, i, text, known):
            name = person_name(words[i : i + size])
            found.append(mention("PER", text, word.start, words[i + size - 1].stop, known.get(fold(name), name)))
            i += size
        else:
            i += 1
    return sorted(found, key=lambda m: (m.start, m.stop))


def quoted_organisations(text: str, start: int, stop: int) -> list[Mention]:
    """Quoted names with their organisation noun, the noun back in the nominative:
    «…» жалпыұлттық коалициясының → «…» жалпыұлттық коалициясы."""
    found = []
    for match in QUOTED_ORG.finditer(text, start, stop):
        normal = f"«{match['name']}» {strip_possessive(match['head'])}"
        found.append(mention("ORG", text, match.start(), match.end(), normal))
    return found


def _before_street(words: Sequence[Word], i: int, text: str) -> bool:
    nxt = words[i + 1] if i + 1 < len(words) else None
    return bool(nxt and not nxt.capital and joined(text, words[i], nxt) and STREET_HEAD.match(nxt.text))


def _organisations(words: Sequence[Word], text: str, titles: Stretches) -> list[tuple[int, int, str]]:
    found = []
    named = bytearray(len(words))  # the words of the organisations found
    for h, word in enumerate(words):
        if ORG_HEAD.match(word.text) and not inside(word, titles):
            org = organisation_at(words, h, text)
            if org and not named[org[0]]:
                found.append((org[0], h, org[1]))
                named[org[0] : h + 1] = b"\x01" * (h + 1 - org[0])
    return found


def kazakh_mentions(
    text: str, kazakh: Sequence[tuple[int, int]], known: Iterable[str] = (), read=None
) -> list[Mention]:
    """Every person, place and organisation of the Kazakh paragraphs of `text`.

    `known` are full names the corpus already knows (from its Russian articles, say): their
    surname alone, in any case form and either script («Ақылбайдың»), is that person. `read`
    reads one paragraph (text, start, stop, known surnames): the rules by default.

    >>> [m.normal for m in kazakh_mentions("Аида Балаеваның айтуынша, Алматыда жиын өтті.", [(0, 45)])]
    ['Аида Балаева', 'Алматы']
    """
    read = read or paragraph_mentions  # the rules; kazakh_crf's learned reading is passed in
    surnames = known_surnames(known)
    asked = [AskedFor(surnames) for _ in kazakh]
    found = [read(text, start, stop, looked_up) for (start, stop), looked_up in zip(kazakh, asked, strict=True)]
    named = [m.normal for paragraph in found for m in paragraph if m.type == "PER" and len(m.normal.split()) >= 2]
    if named:
        # Again, now that the article's own full names are known: «… - деді Ақылбай» after
        # «заңгер Серік Ақылбай» is that person, though «Ақылбай» has no surname shape. Only
        # a paragraph whose reading asked for a surname whose entry changed can read differently.
        more = known_surnames([*known, *named])
        changed = {key for key in more.keys() | surnames.keys() if more.get(key) != surnames.get(key)}
        for n, (start, stop) in enumerate(kazakh):
            if asked[n].keys_asked & changed:
                found[n] = read(text, start, stop, more)
    return [m for paragraph in found for m in paragraph]


class AskedFor(Mapping):
    """Known surnames that remember which surnames a paragraph's reading asked for: a reading
    is the same again with other entries for any surname it did not ask for. (Looking for
    every changed surname in every paragraph's text made an article quadratic in its length.)"""

    def __init__(self, surnames: Mapping[str, str]) -> None:
        self.surnames = surnames
        self.keys_asked: set[str] = set()

    def __getitem__(self, key: str) -> str:
        self.keys_asked.add(key)
        return self.surnames[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.surnames)

    def __len__(self) -> int:
        return len(self.surnames)


def known_surnames(names: Iterable[str]) -> dict[str, str]:
    """Folded surname → full name, for the surnames that only one of `names` carries.

    >>> known_surnames(["Аида Балаева", "Серик Акылбай"])["акылбай"]
    'Серик Акылбай'
    """
    by_surname: dict[str, set[str]] = {}
    for name in names:
        if len(name.split()) >= 2:
            by_surname.setdefault(fold(surname(name)), set()).add(name)
    return {key: min(full) for key, full in by_surname.items() if len(full) == 1}
