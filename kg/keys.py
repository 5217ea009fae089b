"""The keys names merge on across articles: an organisation without its country's tail and in
its Russian name, a place as the gazetteer spells it, from any script or Kazakh case form."""

from __future__ import annotations

import re
from functools import lru_cache

from extract.names import fold
from extract.places import known_place

from .aliases import ORGANISATIONS

# Tails that name the country or the parent body and do not change the organisation:
# «Союз юристов РК» = «Союз юристов», «Сенат Парламента РК» = «Сенат».
ORG_TAILS = re.compile(r"(?:\s+(?:парламента|республики казахстан|казахстана|рк|кр|қр))+$")
# Kazakh puts the country first: «ҚР Ұлттық орталық музейі» (folded: «кр …»).
ORG_HEADS = re.compile(r"^(?:кр|рк)\s+")


def _bare_key(name: str) -> str:
    bare = ORG_HEADS.sub("", ORG_TAILS.sub("", fold(name)))
    return bare or fold(name)


ORG_ALIAS_KEYS = {_bare_key(kazakh): _bare_key(russian) for kazakh, russian in ORGANISATIONS.items()}


@lru_cache(maxsize=1 << 16)
def org_key(name: str) -> str:
    """The key organisations merge on: country tails dropped, Kazakh names mapped to Russian.

    >>> org_key("Сенат Парламента РК") == org_key("Сенат")
    True
    >>> org_key("Заңгерлер одағы") == org_key("Союз юристов РК")
    True
    >>> org_key("ҚР Ұлттық орталық музейі") == org_key("Национальный центральный музей РК")
    True
    """
    key = _bare_key(name)
    return ORG_ALIAS_KEYS.get(key, key)


@lru_cache(maxsize=1 << 16)
def place_key(name: str) -> str:
    """The key places merge on: the gazetteer's name, from any script or Kazakh case form.

    >>> {place_key(n) for n in ("Алматы", "Алматыда", "Almaty", "Алма-Ата")}
    {'алматы'}
    """
    return fold(place_name(name))


def place_name(name: str) -> str:
    """A place's name as the gazetteer spells it, or as written when the gazetteer lacks it."""
    return known_place(name) or known_place(name, kazakh=True) or name
