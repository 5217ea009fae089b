"""Where a Russian mention starts and stops: stray quote marks and full stops trimmed, a
common-noun descriptor before a quoted name dropped, a glued initial kept with its surname; and
a Kazakh name held together across a pilgrim's honorific («… қажы …»).

Both gold sets (NEREL and factRuEval dev) agree on each of these boundaries.
"""

from __future__ import annotations

import re

from .models import Mention
from .names import HONORIFICS, fold, name_key
from .morph import shared_morph_vocab
from .nlp import Analysis
from .russian import GEO_NOUNS

OPENING, CLOSING = "«„“", "»“”"


def _cut(m: Mention, start: int, stop: int, text: str, normal: str | None = None) -> Mention:
    """The mention re-cut to [start, stop); the normal form follows unless one is given."""
    name = normal if normal is not None else text[start:stop]
    key = name_key(name) if m.type == "PER" else fold(name)
    return Mention(type=m.type, start=start, stop=stop, text=text[start:stop], normal=name, key=key)


def trim_marks(m: Mention, text: str) -> Mention:
    """An organisation's span without an unpaired quote mark at its end or start and without
    the sentence's full stop: «"Движения за демократические перемены"» → its name inside the
    quotes, «Колумбийском университете.» → without the stop."""
    if m.type != "ORG":
        return m
    start, stop = m.start, m.stop
    span = text[start:stop]
    if span[-1:] in CLOSING + '"' and _unpaired_end(span):
        stop -= 1
    elif span[:1] in OPENING + '"' and _unpaired_start(span):
        start += 1
    elif span.endswith(".") and span[:-1].split()[-1:] != [] and _sentence_stop(span[:-1].split()[-1]):
        stop -= 1
    if (start, stop) == (m.start, m.stop) or stop <= start:
        return m
    normal = m.normal.strip('"«»“”„').rstrip(".") if m.normal else None
    return _cut(m, start, stop, text, normal or None)


def _unpaired_end(span: str) -> bool:
    if span.endswith('"'):
        return span.count('"') % 2 == 1
    return sum(span.count(c) for c in OPENING) < sum(span.count(c) for c in CLOSING)


def _unpaired_start(span: str) -> bool:
    if span.startswith('"'):
        return span.count('"') % 2 == 1
    return sum(span.count(c) for c in OPENING) > sum(span.count(c) for c in CLOSING)


def _sentence_stop(word: str) -> bool:
    """A lower-case word of four letters or more before the stop: not an abbreviation («им.»)."""
    return len(word) >= 4 and word.isalpha() and word.islower()


def drop_descriptor(m: Mention, analysis: Analysis) -> Mention:
    """«Медиахолдинг «Башинформ»», «Концерн «Майкрософт»»: one common noun before a quoted name
    says what the organisation is; both gold sets keep only the quoted name. Adjectives stay
    («Лондонский «Арсенал»», «Общенациональной коалиции «…»»), and so do abbreviations («РИА»)."""
    text = analysis.text
    head, quote, rest = m.text.partition("«")
    words = analysis.tokens_in(m.start, m.start + len(head))
    if m.type != "ORG" or not quote or len(words) != 1 or "«" in rest:
        return m
    noun = words[0]
    if noun.pos != "NOUN" or noun.text.isupper() or not head.strip() or head.strip() != noun.text:
        return m
    start = m.start + len(head) + 1
    stop = m.stop - 1 if m.text.endswith("»") else m.stop
    return _cut(m, start, stop, text) if stop > start else m


def drop_geo_noun(m: Mention, text: str) -> Mention:
    """«Город Павия», «Острова Уайт»: a capitalised common noun for the kind of place opening a
    headline or a sentence is not part of the name (NEREL and factRuEval dev)."""
    head, _, rest = m.text.partition(" ")
    if m.type != "LOC" or head.lower() not in GEO_NOUNS or not rest[:1].isupper():
        return m
    start = m.start + len(head) + 1
    normal = m.normal.partition(" ")[2] or rest
    return _cut(m, start, m.stop, text, normal)


def join_initials(mentions: list[Mention], text: str) -> list[Mention]:
    """A person's initial glued to the surname belongs to the name: «Б.Обама», «Дж.Коми»
    (NEREL dev writes such names as one span; Natasha sometimes leaves the initial out or
    makes it a person of its own). Run again after surnames are repeated: «Б.Обама» in a
    headline is often found only as a repeat of «Барак Обама»."""
    out: list[Mention] = []
    for m in mentions:
        previous = out[-1] if out else None
        if m.type == "PER" and previous and previous.type == "PER" and _initial(previous.text) and text[previous.stop : m.start] == ".":
            out[-1] = _cut(m, previous.start, m.stop, text, f"{previous.text}.{m.normal}")
            continue
        at = m.start - 1
        if m.type == "PER" and at >= 1 and text[at] == "." and _initial(_word_before(text, at)) and not _taken(out, at):
            start = at - len(_word_before(text, at))
            full = " " in m.normal  # a repeated surname already named in full keeps that name
            m = _cut(m, start, m.stop, text, m.normal if full else text[start : at + 1] + m.normal)
        out.append(m)
    return out


def _word_before(text: str, at: int) -> str:
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:at]


def _initial(word: str) -> bool:
    """«Б», «Дж»: one or two letters, the first a capital."""
    return 1 <= len(word) <= 2 and word[:1].isupper() and word.isalpha() and (len(word) == 1 or word[1].islower())


def _taken(mentions: list[Mention], offset: int) -> bool:
    return any(m.start <= offset < m.stop for m in mentions[-3:])


def join_given_names(mentions: list[Mention], analysis: Analysis) -> list[Mention]:
    """A surname Natasha tagged alone, after a capitalised word that can only be a given
    name: one pymorphy2 reads as a given name (Name) or does not know at all («Мейв Кеннеди»,
    «Шейк Модибо Диарра»). A known common word («Президент Путин», «Вчера Путин») stays
    out. Only when the surname is written as it is named: a given name in another case
    would need inflecting too. Kazakh paragraphs are kazakh_ner's and stay as they are."""
    out: list[Mention] = []
    text = analysis.text
    for m in mentions:
        first, _ = analysis.token_range(m.start, m.stop)
        before = analysis.tokens[first - 1] if first > 0 else None
        if (
            m.type == "PER"
            and not analysis.kazakh.holds(m.start, m.stop)
            and m.normal == m.text
            and before is not None
            and text[before.stop : m.start] == " "
            and _given_name_only(before.text)
            and not _taken(out, before.start)
        ):
            m = _cut(m, before.start, m.stop, text, f"{before.text} {m.normal}")
        out.append(m)
    return out


KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def join_kazakh_surnames(mentions: list[Mention], analysis: Analysis) -> list[Mention]:
    """A given name Natasha tagged alone in Russian text, before a capitalised word written in
    Kazakh letters that nothing else has taken: the person's surname in its Kazakh spelling
    («Жанарбек Әшімжан», where the Russian model stops at the letter it does not know)."""
    out: list[Mention] = []
    text, tokens = analysis.text, analysis.tokens
    starts = {m.start for m in mentions}
    for m in mentions:
        _, last = analysis.token_range(m.start, m.stop)
        after = tokens[last] if last < len(tokens) else None
        if (
            m.type == "PER"
            and not analysis.kazakh.holds(m.start, m.stop)  # Kazakh text: a case ending, a place …
            and len(m.normal.split()) == 1
            and m.normal == m.text
            and after is not None
            and after.start not in starts
            and text[m.stop : after.start] == " "
            and after.text[:1].isupper()
            and after.text.replace("-", "").isalpha()
            and KAZAKH_LETTERS & set(after.text)
        ):
            m = _cut(m, m.start, after.stop, text, f"{m.normal} {after.text}")
        out.append(m)
    return out


# A pilgrim's honorific Kazakh writes inside the name, between given name and patronymic
# («Наурызбай қажы Тағанұлы», «Ержан қажы Малғажыұлы»).
HONORIFIC = re.compile(" (?:" + "|".join(HONORIFICS) + ") ")


def join_honorifics(mentions: list[Mention], text: str) -> list[Mention]:
    """Two people's names with a pilgrim's honorific between them are one person's name (the
    tagger stops at the lower-case word)."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and m.type == last.type == "PER" and HONORIFIC.fullmatch(text, last.stop, m.start):
            out[-1] = _cut(last, last.start, m.stop, text, f"{last.normal}{text[last.stop : m.start]}{m.normal}")
            continue
        out.append(m)
    return out


def _given_name_only(word: str) -> bool:
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower() and len(word) >= 3):
        return False
    parses = shared_morph_vocab()(word.lower())
    return all("Name" in p.tag for p in parses) or not any(p.is_known for p in parses)
