"""Kazakh roles: the titles written before a person's name in a Kazakh paragraph («Мәдениет
және ақпарат министрі Аида Балаева», «… академиясының ректоры Арман Жүдебаев»), with the
organisation the title names."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from .kazakh import DATIVE_ENDING, INSTRUMENTAL_ENDING, LOCATIVE_ENDING
from .kazakh_ner import nominative_org, organisation_at
from .kazakh_words import GENITIVE, ORG_HEAD, ROLE_HEAD, SENTENCE_STOP, no_title_word, opens_sentence, strong_capital, words_of
from .models import Mention, Role


def _title_segments(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Stretches between commas and dashes before a name, right to left."""
    cuts = [start] + [m.end() for m in re.finditer(r",|\s[-–—]\s", text[start:stop])] + [stop]
    cuts = sorted({start} | {start + c for c in cuts[1:-1]} | {stop})
    return [(a, b) for a, b in reversed(list(zip(cuts, cuts[1:])))]


# A lower-case word in the locative says where or when, and ends the clause before a title …
LOCATIVE_WORD = re.compile(r"(?!орта$)[а-яәғқңөұүһі]{3,}(?:нда|нде|" + LOCATIVE_ENDING + ")")  # lower case: not «Қызылорда»
# … the dative («ауданына», «шараға»: where to), unless the title's own «… арналған» (intended
# for) follows, and the instrumental on the word («жұмыс сапарымен»: with a working trip).
DATIVE_WORD = re.compile(r"[а-яәғқңөұүһі]{3,}(?:ына|іне|" + DATIVE_ENDING + ")")  # not «-на»: «медицина»
INSTRUMENTAL_WORD = re.compile(r"[а-яәғқңөұүһі]{3,}" + INSTRUMENTAL_ENDING)
FOR_WORDS = frozenset({"арналған", "қарасты", "жауапты"})


def _ends_clause(words, i: int) -> bool:
    """The word at `i` closes a clause before a title: it says where, when, whither or with what."""
    word = words[i].text
    if LOCATIVE_WORD.fullmatch(word) or INSTRUMENTAL_WORD.fullmatch(word):
        return True
    return bool(DATIVE_WORD.fullmatch(word)) and words[i + 1].text.lower() not in FOR_WORDS


# Postpositions and linking words that open a clause before a title, never a title's own word.
CLAUSE_WORDS = frozenset("бұл осы ал туралы жөнінде жайында бойынша үшін арқылы кейін соң дейін бірге қарай сондай-ақ сонымен қатар".split())


def _title_words(text: str, a: int, b: int, whole: bool) -> tuple[int, str] | None:
    """(start, title) of a stretch that ends in a title head; a stretch that opens the
    sentence keeps only its genitive chain («…мүшелері Премьер-министрдің орынбасары»)."""
    words = words_of(text, a, b)
    if not words or not ROLE_HEAD.match(words[-1].text):
        return None
    lead = int(not whole and len(words) > 1 and no_title_word(words[0]))
    while lead < len(words) - 1 and words[lead].text.lower() in CLAUSE_WORDS:
        lead += 1  # «Бұл туралы Мемлекет басшысы …»: the postposition is the clause's, not the title's
    first = lead  # «Кездесуге театр және кино актері …»: the sentence's first word is not the title's
    if not whole and len(words) - lead > 4:
        first = len(words) - 1
        while first > lead and (GENITIVE.search(words[first - 1].text) or words[first - 1].capital):
            first -= 1
        org = organisation_at(words, first, text) if ORG_HEAD.match(words[first].text) else None
        first = max(lead, min(first, org[0])) if org else first  # «ҚР Ұлттық орталық музейінің директоры»
    # a word that says where, when, whither or with what ends a clause before the title
    # («комиссияның бүгінгі отырысында Республикалық адвокаттар алқасының төрағасы»: at today's meeting)
    first = max([first] + [i + 1 for i in range(first, len(words) - 1) if _ends_clause(words, i)])
    start = words[first].start
    if text.count("»", start, words[-1].stop) > text.count("«", start, words[-1].stop):
        opening = text.rfind("«", a, start)  # the title starts inside a quoted name: take all of it
        start = opening if opening >= 0 else start
    title = text[start : words[-1].stop].strip()
    if opens_sentence(text, start) and not strong_capital(words[first]):
        title = title[:1].lower() + title[1:]
    return start, title



def _role_organisation(title: str) -> str | None:
    """The organisation a title names before its head: «…академиясының ректоры» → «…академиясы»."""
    head = title.rsplit(" ", 1)
    if len(head) < 2:
        return None
    before = head[0].split()
    if before and GENITIVE.search(before[-1]) and ORG_HEAD.match(before[-1]):
        return nominative_org(head[0])
    return None


def kazakh_roles(text: str, mentions: Sequence[Mention], kazakh: Sequence[tuple[int, int]]) -> list[Role]:
    """Titles written before a person's name in the Kazakh paragraphs, read right to left from
    the name: «Премьер-министрдің орынбасары - Мәдениет және ақпарат министрі Аида Балаеваның»
    gives two roles. Unlike Russian, the organisation comes before the title in the genitive
    («… академиясының ректоры Арман Жүдебаев»)."""
    roles: list[Role] = []
    kazakh = sorted(kazakh)  # the paragraphs, one line each
    starts = [a for a, _ in kazakh]

    def paragraph(at: int) -> int | None:
        i = bisect_right(starts, at) - 1
        return starts[i] if i >= 0 and at < kazakh[i][1] else None

    people = [m for m in mentions if m.type == "PER" and paragraph(m.start) is not None]
    for index, person in enumerate(people):
        reach = person.start - TITLE_REACH
        floor = max(
            [paragraph(person.start)]
            # the last sentence stop before the name that can end after `reach`
            + [m.end() for m in SENTENCE_STOP.finditer(text, max(0, reach - 2), person.start)]
            + ([people[index - 1].stop] if index else [])
        )
        roles += titles_before(text, person, max(floor, reach))
    return roles


TITLE_REACH = 300  # characters before a name that its titles may take


def titles_before(text: str, person: Mention, floor: int) -> list[Role]:
    """The chain of titles that ends at the person's name, left to right."""
    chain = []
    for a, b in _title_segments(text, floor, person.start):
        found = _title_words(text, a, b, whole=a != floor)
        if found is None:
            break
        start, title = found
        chain.append(Role(person=person.normal, title=title, start=start, stop=person.stop,
                          organisation=_role_organisation(title)))  # fmt: skip
    return list(reversed(chain))
