"""Name keys and Latin spellings: how one name is matched across cases, scripts and articles.

The fold (ә→а, қ→к, ү/ұ→у, ғ→г, ң→н, ө→о, һ→х, і→и, ё→е) joins the Kazakh and Russian
spellings of one name (Серік Ақылбай = Серик Акылбай) while keeping different names apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

FOLD = str.maketrans("әқүұғңөһіёӘҚҮҰҒҢӨҺІЁ", "акуугнохиеАКУУГНОХИЕ")

LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ә": "a", "ғ": "g", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i",
}  # fmt: skip

NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=1 << 16)  # the same names are folded again and again across a corpus
def fold(text: str) -> str:
    """Lower case, Kazakh letters folded to their Russian look-alikes, punctuation to spaces.

    >>> fold("Серік Ақылбай") == fold("Серик Акылбай")
    True
    """
    folded = text.translate(FOLD).lower().replace("_", " ")
    return " ".join(NON_WORD.sub(" ", folded).split())


# A Russian or Kazakh patronymic («Кузьмич», «Ильич», «Әбішұлы»), once folded (ұлы → улы, қызы → кызы).
MIDDLE_PATRONYMIC = re.compile(r"(?:ич|овна|евна|ична|улы|кызы)$")


# A pilgrim's honorific inside a Kazakh name, as written («Наурызбай қажы Тағанұлы»): no part of
# the key, and no end of the name (bounds.join_honorifics).
HONORIFICS = ("қажы", "кажы", "хаджи")
_FOLDED_HONORIFICS = frozenset(map(fold, HONORIFICS))


def surname_first(words: list[str]) -> bool:
    """A folded name in the official order, surname, given name, patronymic («Күрішбаев Ақылбек
    Қажығұлұлы», «Иванов Иван Иванович»): three words, the last a patronymic and the middle one
    not («Серік Ахметұлы Жұмабекұлы» is a given name, a patronymic and a surname made of one).

    >>> surname_first(fold("Күрішбаев Ақылбек Қажығұлұлы").split())
    True
    """
    return len(words) == 3 and bool(MIDDLE_PATRONYMIC.search(words[2])) and not MIDDLE_PATRONYMIC.search(words[1])


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The key two spellings of one person's name share: `fold` of the name without the
    patronymic, whole or as the second initial, which articles give or leave out at will.

    >>> name_key("Юрий Васильевич Бондарев") == name_key("Юрий Бондарев")
    True
    >>> name_key("В. В. Зворыкин")
    'в зворыкин'
    >>> name_key("Күрішбаев Ақылбек Қажығұлұлы") == name_key("Ақылбек Күрішбаев")
    True
    """
    words = [w for w in fold(name).split() if w not in _FOLDED_HONORIFICS]
    if len(words) < 3:
        return " ".join(words)
    if surname_first(words):
        return f"{words[1]} {words[0]}"
    initials = len(words[0]) <= 2
    middle = [w for w in words[1:-1] if not (MIDDLE_PATRONYMIC.search(w) or (initials and len(w) == 1))]
    return " ".join([words[0], *middle, words[-1]])


@lru_cache(maxsize=1 << 16)
def latin(text: str) -> str:
    """A readable Latin spelling, for people who do not read Cyrillic.

    >>> latin("Аида Балаева")
    'Aida Balaeva'
    """
    out = []
    for char in text:
        lower = char.lower()
        if lower in LATIN:
            mapped = LATIN[lower]
            out.append(mapped.capitalize() if char != lower else mapped)
        else:
            out.append(char)
    return "".join(out)


@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """A readable id fragment: Latin, lower case, hyphens.

    >>> slug("Аида Балаева")
    'aida-balaeva'
    """
    return "-".join(NON_WORD.sub(" ", latin(fold(text))).lower().split()) or "x"


def surname(name: str) -> str:
    """The last word of a normalised full name (names in the seeds come first name first)."""
    words = name.split()
    return words[-1] if words else name


def is_female_surname(word: str) -> bool:
    """Russian-pattern female surnames (Балаева, Капитанова, Ахметова)."""
    return bool(re.search(r"(ова|ева|ёва|ина|ына|ая|ская)$", word.lower()))
