"""Kazakh people: a person's name from the capitalised words of a Kazakh paragraph, given names
from the name lists, surnames by their shape or by a full name the article gave already
(«Ақылбайдың» after «Серік Ақылбай»), initials and plural surnames («Құттығаевтар»)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .kazakh import PLURAL, strip_suffix
from .kazakh_words import (
    OPENERS,
    PATRONYMIC,
    given,
    VERB_NAMED,
    given_names,
    is_surname,
    is_title,
    joined,
    known_organisation,
    ordinary_names,
    strong_capital,
    Word,
)
from .names import fold
from .places import known_place
from .stretches import rstripped


def person_name(words: Sequence[Word]) -> str:
    """The name in the nominative: the case ending comes off the last word only
    («Қасым-Жомарт Кемелұлы Тоқаевтан» → «Қасым-Жомарт Кемелұлы Тоқаев», «Бауыржан Момышұлына»
    → «Бауыржан Момышұлы»)."""
    parts = [w.text for w in words]
    if SON_CASE.search(parts[-1]):
        parts[-1] = SON_CASE.sub(r"\1", parts[-1])
    elif not PATRONYMIC.search(parts[-1]) and not _verb_named(parts[-1]):
        parts[-1] = PLURAL_SURNAME.sub(r"\1", strip_suffix(parts[-1]))
    return " ".join(parts)


def _verb_named(word: str) -> bool:
    """The word is such a name, unless what the accusative would leave is a listed given name
    («Жамалды» is «Жамал»)."""
    return bool(VERB_NAMED.search(word)) and fold(word[:-2]) not in given_names()


# A surname of «-ұлы» (son of) or «-қызы» (daughter of) in a case: its possessive «-ы» puts «н»
# before the ending («Бауыржан Момышұлына» → «Бауыржан Момышұлы», «Ахметқызында»).
SON_CASE = re.compile(r"(ұлы|улы|ұлі|қызы|кызы)(?:на|не|нда|нде|нан|нен|ның|нің|н)$")


# A surname in the plural stands for the person and those with them («Мұратбек Құттығаевтар»,
# Muratbek Kuttygaev and his group): the person is the surname without it.
PLURAL_SURNAME = re.compile(r"^(.{2,}(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына))" + PLURAL + "$")


def is_initial(word: Word) -> bool:
    return len(word.text) == 2 and word.text.endswith(".") and word.text[0].isupper()


def match_person(words: Sequence[Word], i: int, text: str, known: Mapping[str, str]) -> int:
    """How many words from `i` make a person's name (0: none).

    A given name of the lists, or an initial, followed by up to two more capitalised words
    («Гүлжан Марқабаева», «Т. Жүргенов», «Нұрсұлтан Абишевич Назарбаев»); or any capitalised
    word followed by a surname («Валентин Шитов»); or a surname alone in mid-sentence
    («Головкиннің»); or a name the corpus already knows.
    """
    first = words[i]
    run = _name_run(words, i, text)
    names = words[i : i + run]
    if is_initial(first):
        return run if run > 1 else 0
    if run > 1 and given(first):
        return run
    if run == 3 and first.initial and not strong_capital(first) and _two_word_name(names[1:]):
        return 0  # «Кездесу Аида Балаеваның …»: the sentence's first word, then the name
    surname_after = any(is_surname(w.text) for w in names[1:])
    if run > 1 and surname_after and first.text.lower() not in OPENERS:
        return run
    if fold(strip_suffix(first.text)) in known:
        return 1
    return 1 if _single_person(words, i, text) else 0


def _two_word_name(words: Sequence[Word]) -> bool:
    """A given name (or any capitalised word) followed by a surname: «Аида Балаеваның»."""
    return not PATRONYMIC.search(words[0].text) and is_surname(words[1].text)


def _name_run(words: Sequence[Word], i: int, text: str) -> int:
    """Capitalised words side by side from `i`, at most three, up to a title, a place, an
    organisation or the word after a surname («Қасым-Жомарт Тоқаев Дмитрий Медведевті»)."""
    run = 1
    while i + run < len(words) and run < 3 and joined(text, words[i + run - 1], words[i + run]):
        nxt, last = words[i + run], words[i + run - 1]
        if not nxt.capital or is_title(nxt) or known_place(nxt.text, kazakh=True) or known_organisation(nxt):
            break
        if run >= 2 and is_surname(last.text) and not PATRONYMIC.search(last.text):
            break
        run += 1
    return run


def _single_person(words: Sequence[Word], i: int, text: str) -> bool:
    """One word alone is a person when it is a given name in mid-sentence, a given name
    spoken to («Динара, сөз өзіңізде», «Қайырлы күн, Бірлік!»), or a surname in mid-sentence."""
    word = words[i]
    after = text[word.stop : word.stop + 2].lstrip()[:1]
    spoken_to = after in (",", "!", "?")
    if given(word):
        if fold(strip_suffix(word.text)) in ordinary_names():
            before = rstripped(text, word.start)  # the end of the text before it, spaces left out
            return spoken_to and (word.initial or text[before - 1 : before] == ",")
        return True
    return not word.initial and is_surname(word.text) and not known_place(word.text, kazakh=True)
