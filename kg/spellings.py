"""One person under two spellings: Kazakh and Russian spellings of a full name, and two
transliterations of a foreign one, told apart from two people who share a surname."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable


# What a Kazakh surname may carry in one spelling and not another: the Russian «-ов», «-ев», «-ин»
# (and their feminines), or «-ұлы», «-қызы» («Жанарбек Әшімжан» = «Жанарбек Ашимжанов»,
# «Жұбаныш Жексен» = «Жұбаныш Жексенұлы»), folded.
SURNAME_SUFFIX = re.compile(r"(?P<female>ова|ева|ина|кызы)$|(?P<male>ов|ев|ин|улы)$")
VOWELS = re.compile(r"[аеиоуыэюяйь]")


def _variant_signature(key: str) -> tuple[str, bool, str] | None:
    """What two spellings of one given name and surname share: the given name's first letter and
    consonants («Бауыржан» = «Бауржан», «Асайын» = «Асаин») and whether it ends as a woman's does
    («Александр» is not «Александра»), the surname without the suffix one spelling adds. None
    for a key that is not a given name and a surname."""
    words = key.split()
    if len(words) != 2 or len(words[0]) < 3 or len(words[1]) < 4:
        return None
    given, family = words
    stem = SURNAME_SUFFIX.sub("", family)
    if len(stem) < 3:
        return None
    return given[0] + VOWELS.sub("", given[1:]), given[-1] in "ая", stem


def _surname_gender(key: str) -> str | None:
    found = SURNAME_SUFFIX.search(key)
    return None if found is None else "female" if found["female"] else "male"


def spelling_variants(keys: Iterable[str]) -> dict[str, str]:
    """Full-name keys that are Kazakh and Russian spellings of one person → one of them (the
    first in order): the given names agree but for their vowels, the surnames but for a suffix
    one spelling adds, never a man's with a woman's («Ахметов» / «Ахметова»). Keys alone in
    their signature map to nothing."""
    groups: dict[tuple[str, bool, str], list[str]] = defaultdict(list)
    for key in keys:
        if (signature := _variant_signature(key)) is not None:
            groups[signature].append(key)
    variants = {}
    for same in groups.values():
        if len(same) > 1 and len({g for k in same if (g := _surname_gender(k))}) <= 1:
            first = min(same)
            variants.update({k: first for k in same if k != first})
    return variants
