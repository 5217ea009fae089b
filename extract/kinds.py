"""Which kind of name a Russian NER span really is — person, organisation, place or none —
where Natasha's type is wrong in a way both NEREL and factRuEval dev agree on.

Each rule reads one span with the tokens around it; the word lists are in russian.py.
"""

from __future__ import annotations

import re
from functools import lru_cache


from .kazakh import KAZAKH_LETTERS
from .kazakh_words import ORG_HEAD, ORG_KEYS
from .names import fold
from .morph import shared_morph_vocab
from .nlp import Analysis, NerSpan
from .person_case import NAME_GRAMMEMES
from .titles import is_head
from .russian import (
    INSTITUTION_WORDS,
    NOT_ORGANISATIONS,
    ORGANISATIONS_TAKEN_FOR_PLACES,
    PLACE_PREPOSITIONS,
    SEATS_OF_POWER,
    THING_NOUNS,
)

QUOTES_OPEN = "«\"„“"
LIST_JOINERS = {",", "и", "или", "как", "такие", "таких", "также", "»", '"', "“", "”", "«", "„"}


def span_kind(span: NerSpan, analysis: Analysis, named: frozenset[str]) -> str | None:
    """The kind the span names, or None when it names nothing a reader would look up;
    `named`: the article's `full_name_lemmas`.

    >>> span_kind(span_of("Жители Калуги"), analysis, full_name_lemmas(analysis))  # doctest: +SKIP
    'LOC'
    """
    if span.type == "PER":
        if not_a_person(span, analysis):
            return None
        if kazakh_body(span.text) or abbreviation(span.text) or known_body(span):
            return "ORG"
        return "LOC" if _taken_for_person(span, analysis, named) else "PER"
    if span.type == "ORG" and not_an_organisation(span, analysis):
        return None
    if span.type == "LOC" and title_of_a_place(span, analysis):
        return None
    if is_organisation_taken_for_place(span, analysis):
        return "ORG" if not _seat_as_place(span, analysis) else "LOC"
    if span.type == "LOC" and INSTITUTION_WORDS.search(span.text):
        return "ORG"  # «King’s College London», «Коллеж де Франс», «Мосгоризбиркому»
    return span.type


# The place nouns a title is completed by, with no name of a place: «Аким области», «глава района».
TITLE_PLACE_NOUNS = frozenset({"области", "района", "города", "села", "округа", "региона", "облыса", "ауданы"})


def title_of_a_place(span: NerSpan, analysis: Analysis) -> bool:
    """A title and a bare place noun the tagger took for a place («Аким области Абай Берик
    Уали» opening a sentence): no word of it names one."""
    words = span.text.split()
    return (len(words) == 2 and words[1].lower() in TITLE_PLACE_NOUNS
            and is_head(analysis.tokens[span.first]))  # fmt: skip


def kazakh_body(text: str) -> bool:
    """A Kazakh body's name in a Russian text, which the Russian tagger takes for a person's
    («Халық Кеңесі», the People's Council): its last word a Kazakh organisation's head word with
    a letter only Kazakh writes."""
    last = text.split()[-1].lower() if text.split() else ""
    return len(text.split()) > 1 and not KAZAKH_LETTERS.isdisjoint(last) and bool(ORG_HEAD.search(last))


def known_body(span: NerSpan) -> bool:
    """One word that names a state body or a party Kazakh news names so («Мажилиса», «Акорды»),
    which the tagger may take for a person's name."""
    return " " not in span.text.strip() and fold(span.normal) in ORG_KEYS


def abbreviation(text: str) -> bool:
    """Cyrillic capitals only, each word of two to four letters: a body's initials («ДАЗ АП»,
    «УМТО»), which the tagger may take for a name; a person's name has a word in lower case
    (a Latin stage name in capitals, «PSY», is a person's)."""
    words = text.split()
    return bool(words) and all(2 <= len(w) <= 4 and CYRILLIC_CAPITALS.fullmatch(w) for w in words)


CYRILLIC_CAPITALS = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ]+")


def is_organisation_taken_for_place(span: NerSpan, analysis: Analysis) -> bool:
    """Supranational bodies and seats of power Natasha calls places («ЕС», «Европейского
    союза», «Белый дом»), read by the span's lemmas since its normal form may be wrong
    («Европейское союз»)."""
    if span.type != "LOC":
        return False
    return fold(span.normal) in ORGANISATIONS_TAKEN_FOR_PLACES or any(
        same_words(span.text, name) for name in ORGANISATIONS_TAKEN_FOR_PLACES if " " in name
    )


def same_words(text: str, name: str) -> bool:
    """The words of `text` are those of `name` in some case («Европейского союза» = «европейский
    союз»), by the dictionary forms pymorphy2 allows for each word."""
    words, names = fold(text).split(), name.split()
    return len(words) == len(names) and all(_lemmas_of(w) & _lemmas_of(n) for w, n in zip(words, names))


@lru_cache(maxsize=1 << 12)
def _lemmas_of(word: str) -> frozenset[str]:
    return frozenset(p.normal.replace("ё", "е") for p in shared_morph_vocab()(word)) | {word}


def _seat_as_place(span: NerSpan, analysis: Analysis) -> bool:
    """«выступал в Белом доме», «недалеко от Белого дома»: after a preposition of place the seat
    of power is the building (factRuEval: LOC; NEREL: a facility, not an organisation), unless a
    verb follows («В Белом доме заявили», the body speaking)."""
    if not any(same_words(span.text, seat) for seat in SEATS_OF_POWER):
        return False
    tokens, first, last = analysis.tokens, span.first, span.last
    before = [t.text.lower() for t in tokens[max(0, first - 2) : first]]
    after = tokens[last] if last < len(tokens) else None
    if after is not None and after.pos == "VERB":
        return False
    return bool(before) and (before[-1] in PLACE_PREPOSITIONS or before[-2:] in (["недалеко", "от"], ["неподалеку", "от"]))


def not_a_person(span: NerSpan, analysis: Analysis) -> bool:
    """No one's name: a digit («Формулы-1»), a family in the plural («клан Шаймиевых», «братьев
    Ямадаевых»: neither gold set tags them), or a common word opening a sentence or a quotation
    («Кандидатке на пост…», «Адвокат ведет себя…»)."""
    if any(c.isdigit() for c in span.text):
        return True
    words = span.text.split()
    if len(words) == 1 and _plural_surname(words[0]):
        return True
    return span.common_word and _opens_sentence_or_quote(span, analysis)


def _plural_surname(word: str) -> bool:
    parses = [p for p in shared_morph_vocab()(word.lower()) if p.pos == "NOUN"]
    return bool(parses) and all("plur" in p.tag for p in parses) and any("Surn" in p.tag for p in parses)


def _opens_sentence_or_quote(span: NerSpan, analysis: Analysis) -> bool:
    first = span.first
    sentence = analysis.sentences[analysis.tokens[first].sentence]
    if first == sentence.first:
        return True
    before = analysis.tokens[first - 1].text
    return before in QUOTES_OPEN or (before in "—–-" and first - 1 == sentence.first)


def _taken_for_person(span: NerSpan, analysis: Analysis, named: frozenset[str]) -> bool:
    """One word Natasha calls a person that the dictionary knows only as a place («Калуга»,
    «у Дувра», «Царицыно»), unless an initial or a person noun stands before it («Дж.Коми»,
    «дочь Стефани») or the article names someone in full with it («Алехандро Толедо … Толедо»:
    `named` holds the lemmas of those full names)."""
    word = span.text
    if not word.isalpha() or not known_place_only(word):
        return False
    first = span.first
    before = analysis.tokens[first - 1] if first > 0 else None
    if before is not None and (before.text == "." or (before.pos == "NOUN" and before.animate)):
        return False  # «Дж.Коми», «дочь Стефани»
    return analysis.tokens[first].lemma not in named


def full_name_lemmas(analysis: Analysis) -> frozenset[str]:
    """The lemmas of the words of every name of two words or more Natasha found, read once
    per article rather than once per one-word name."""
    spans = (s for s in analysis.spans if s.type == "PER" and " " in s.text)
    return frozenset(t.lemma for s in spans for t in analysis.tokens[s.first : s.last])


def known_place_only(word: str) -> bool:
    """The dictionary's likeliest reading of the word is a place noun («Алтае», «Хиросимы»; not
    «Пара», not the adjective «Украинский»), and no reading is a given name, surname or
    patronymic («Толедо» is a place only, so context decides there)."""
    parses = shared_morph_vocab()(word.lower())
    likeliest = parses[0] if parses else None
    geox = likeliest is not None and likeliest.is_known and likeliest.pos == "NOUN" and "Geox" in likeliest.tag
    return geox and not any(NAME_GRAMMEMES & p.tag.grammemes for p in parses)


def place_name(text: str) -> str:
    """The nominative of a one-word place name («Дувра» → «Дувр»).

    >>> place_name("Дувра")
    'Дувр'
    """
    geox = next((p for p in shared_morph_vocab()(text.lower()) if "Geox" in p.tag), None)
    return geox.normal.replace("ё", "е").capitalize() if geox else text


def not_an_organisation(span: NerSpan, analysis: Analysis) -> bool:
    """No organisation: common-noun abbreviations and diseases («СМИ», «COVID-19»), and a quoted
    title after a noun for a work or a craft («картины, как «Цирк»», «шаттлы «Индевор» и
    «Атлантис»»): films, songs and spacecraft, which neither gold set tags as ORG."""
    if span.text.lower() in NOT_ORGANISATIONS:
        return True
    return _quoted(span, analysis) and _title_case(span, analysis) and _thing_noun_before(span, analysis)


def _title_case(span: NerSpan, analysis: Analysis) -> bool:
    """A title keeps its nominative whatever the sentence does («в фильме «Цирк»»); a quoted
    name in another case is an owner («станция „Водоканала“»)."""
    return analysis.tokens[span.first].case in (None, "Nom", "Acc")


def _quoted(span: NerSpan, analysis: Analysis) -> bool:
    return span.start > 0 and analysis.text[span.start - 1] in QUOTES_OPEN


def _thing_noun_before(span: NerSpan, analysis: Analysis) -> bool:
    """Walk back over a list of quoted titles («…», «…» и «…») to the noun that governs it."""
    tokens, first = analysis.tokens, span.first
    i, sentence = first - 1, tokens[first].sentence
    while i >= 0 and tokens[i].sentence == sentence:
        token = tokens[i]
        if token.text.lower() in LIST_JOINERS or _inside_quotes(analysis, i):
            i -= 1
            continue
        return token.lemma.lower() in THING_NOUNS
    return False


def _inside_quotes(analysis: Analysis, i: int) -> bool:
    """Token i is part of an earlier quoted title of the list: a closing quote follows it
    before any comma or opening quote."""
    rest = analysis.text[analysis.tokens[i].stop : analysis.tokens[i].stop + 60]
    return bool(re.match(r"[^,«»\"„“]*[»\"“”]", rest))
