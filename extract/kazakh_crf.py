"""Kazakh NER learned from data: a CRF over the words of a Kazakh paragraph, whose features carry
what the rules of kazakh_ner.py know (name lists, surname shapes, the gazetteer, head nouns)
and the rules' own reading of each word, so it learns where to trust them.

Trained by bench/train_kazakh_ner.py on KazNERD (Yeshpanov et al., 2022, CC BY 4.0:
../shared/eval-data/kaznerd_train.jsonl); the model ships beside this file (kazakh_ner.crf).
Spans the CRF and the rules agree on keep the rules' normal forms; others are normalised the
rules' way (a person's words without case endings, a place through the gazetteer).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from .kazakh import ABLATIVE_ENDING, DATIVE_ENDING, LOCATIVE_ENDING, PLURAL, strip_suffix
from .kazakh_ner import nominative_org, paragraph_mentions, quoted_organisations
from .kazakh_people import person_name
from .kazakh_words import (
    GIVEN_SHAPE,
    OPENERS,
    ORG_HEAD,
    PATRONYMIC,
    PLACE_HEAD,
    REGION_HEAD,
    SURNAME,
    TITLE_WORDS,
    Word,
    is_given_name,
    known_organisation,
    mention,
    words_of,
)
from .models import Mention
from .places import known_place
from .stretches import ByOffset

MODEL = Path(__file__).with_name("kazakh_ner.crf")
TYPES = ("PER", "ORG", "LOC")


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if word.isupper() and len(word) > 1:
        return "XX"
    if word[:1].isupper():
        return "Xx"
    return "x" if word.isalpha() else "o"


def word_features(word: Word, rule: str) -> dict[str, float | str]:
    """What one word says by itself: its form, endings, stem and what the name lists,
    gazetteer and head nouns know of it, and the rules' label for it."""
    return _word_features(word.text, word.initial, rule)


@lru_cache(maxsize=1 << 16)  # words repeat across a corpus; callers copy before adding to it
def _word_features(text: str, initial: bool, rule: str) -> dict[str, float | str]:
    lower = text.lower()
    stem = strip_suffix(text).lower()
    feats: dict[str, float | str] = {
        "w": lower, "stem": stem, "s2": lower[-2:], "s3": lower[-3:], "s4": lower[-4:], "p3": lower[:3],
        "shape": _shape(text), "rule": rule, "initial": str(initial),
    }  # fmt: skip
    flags = {
        "given": is_given_name(text), "surname": bool(SURNAME.search(stem)), "patronymic": bool(PATRONYMIC.search(stem)),
        "given_shape": bool(GIVEN_SHAPE.search(stem)), "place": known_place(text, kazakh=True) is not None,
        "org": known_organisation(Word(0, len(text), text, initial)) is not None, "org_head": bool(ORG_HEAD.search(lower)),
        "place_head": bool(PLACE_HEAD.search(lower)), "region_head": bool(REGION_HEAD.search(lower)),
        "title": bool(TITLE_WORDS.search(lower)),
    }  # fmt: skip
    feats.update({k: 1.0 for k, v in flags.items() if v})
    # what a flag means depends on where the word stands and what the rules made of it
    feats.update({f"{k}&initial={initial}": 1.0 for k, v in flags.items() if v})
    feats.update({f"{k}&rule={rule}": 1.0 for k, v in flags.items() if v})
    return feats


def sentence_features(words: Sequence[Word], rules: Sequence[str]) -> list[dict[str, float | str]]:
    """Each word's features with its neighbours' (two either side)."""
    own = [word_features(w, r) for w, r in zip(words, rules, strict=True)]
    out = []
    for i, feats in enumerate(own):
        item = dict(feats)
        for k in (-2, -1, 1, 2):
            j = i + k
            if 0 <= j < len(own):
                other = own[j]
                for key in ("w", "stem", "s3", "shape", "rule", "given", "surname", "place", "org_head", "place_head",
                            "region_head", "title"):  # fmt: skip
                    if key in other:
                        item[f"{k}:{key}"] = other[key]
            else:
                item[f"{k}:edge"] = 1.0
        out.append(item)
    return out


def rule_labels(words: Sequence[Word], rules: Sequence[Mention]) -> list[str]:
    """The rules' reading as BIO labels over `words`."""
    labels = ["O"] * len(words)
    starts = [w.start for w in words]
    for m in rules:
        first, last = bisect_left(starts, m.start), bisect_right(starts, m.stop)  # the words that start inside
        inside = [i for i in range(first, last) if words[i].stop <= m.stop]
        for n, i in enumerate(inside):
            labels[i] = ("B-" if n == 0 else "I-") + m.type
    return labels


@lru_cache(maxsize=1)
def tagger():
    import pycrfsuite

    model = pycrfsuite.Tagger()
    model.open(str(MODEL))
    return model


def spans_of(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last word index inclusive, type) of each BIO span.

    >>> spans_of(["B-PER", "I-PER", "O", "I-LOC", "B-ORG"])
    [(0, 1, 'PER'), (3, 3, 'LOC'), (4, 4, 'ORG')]
    """
    found: list[list] = []
    for i, label in enumerate(labels):
        if label == "O":
            continue
        kind = label[2:]
        if label.startswith("I-") and found and found[-1][2] == kind and found[-1][1] == i - 1:
            found[-1][1] = i
        else:
            found.append([i, i, kind])
    return [tuple(f) for f in found]


QUOTE_MARK = re.compile(r"[«»\"“”„]")


def unbroken(text: str, words: Sequence[Word], spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans, less a person across a quotation mark: two quoted song titles read as one
    name («Қазақстаным», «Менің елім»). The CRF reads the words without the marks between them.
    (Cutting a person at a comma as well, «Алтын Ернар, Дәуен Рахат», gave three false
    participants more on the real-news dev half.) A person's or a place's first word in the
    dative, locative or ablative is no part of it: Kazakh puts the case on a phrase's last word
    («Жиынға Қобда …»: to the meeting, Qobda …), nor is a word that opens a sentence and is never
    a name («Бүгін», «Қазір», «Сондай-ақ»: kazakh_words.OPENERS), which the CRF may join to the
    name after it at a sentence's start."""
    out = []
    for first, last, kind in spans:
        if kind == "PER" and any(QUOTE_MARK.search(text, words[i].stop, words[i + 1].start) for i in range(first, last)):
            continue
        if kind in ("PER", "LOC") and first < last and _oblique_word(words[first]):
            first += 1
        while first < last and words[first].text.lower() in NEVER_FIRST:
            first += 1  # «Бүгін Ұлытау облысында», «Қазір Павлодар»: an adverb opening the sentence
        if first == last and words[first].text.lower() in NEVER_FIRST:
            continue  # «Қазір» alone
        if kind == "PER" and last - first >= 2 and _title_before_name(words[first], words[first + 1]):
            first += 1  # «Прокурор Берік Асылов», «Елшісі Алмас Сейтакынов»: a title opening the sentence
        if kind == "PER" and first < last and _opens_ata_zan(words, last):
            last -= 1  # «Анар Фазылжан Ата Заңның …»: «Ата заң» (the constitution) is no part of a name
        if kind == "PER" and _surname_after_patronymic(text, words, last):
            last += 1  # «Қасым-Жомарт Кемелұлы Тоқаевтың»: the surname in its case after the patronymic
        out.append((first, last, kind))
    return out


def _title_before_name(word: Word, then: Word) -> bool:
    """A first word that is no name (neither a given name of the lists nor shaped as a surname)
    before a given name or an initial: a capitalised title at a sentence's start."""
    name_after = is_given_name(then.text) or bool(re.fullmatch(r"[А-ЯЁӘҒҚҢӨҰҮҺІ]\.?", then.text))
    return name_after and not is_given_name(word.text) and not SURNAME.search(strip_suffix(word.text))


def _surname_after_patronymic(text: str, words: Sequence[Word], last: int) -> bool:
    """The span's last word is a patronymic and the next word, right after it, a capitalised
    surname the CRF left out (it read the case ending as the name's end)."""
    if last + 1 >= len(words) or not PATRONYMIC.search(words[last].text):
        return False
    after = words[last + 1]
    return text[words[last].stop : after.start] == " " and after.capital and bool(SURNAME.search(strip_suffix(after.text)))


def _opens_ata_zan(words: Sequence[Word], i: int) -> bool:
    return words[i].text.lower() == "ата" and i + 1 < len(words) and words[i + 1].text.lower().startswith("заң")


OBLIQUE_END = re.compile(f"(?:{DATIVE_ENDING}|{LOCATIVE_ENDING}|{ABLATIVE_ENDING})$")


def _oblique_word(word: Word) -> bool:
    """A word in the dative, locative or ablative that is no name of the lists or gazetteer."""
    text = word.text
    return (bool(OBLIQUE_END.search(text.lower())) and strip_suffix(text) != text and not is_given_name(text)
            and known_place(text, kazakh=True) is None)  # fmt: skip


# Sentence openers that never start a name: OPENERS less the numerals and adjectives a name may
# open with («Төрт …», «Жүз …», «Үлкен …» begin names in KazNERD train).
NEVER_FIRST = OPENERS - frozenset("бір екі үш төрт бес он жүз мың үлкен жаңа алғаш соңғы көп кейбір әр әрбір барлық бүкіл".split())


# A place noun in the plural after a list's last name, and its singular with the possessive.
SINGULAR_HEAD = {"облыс": "облысы", "аудан": "ауданы", "ауыл": "ауылы", "қала": "қаласы", "кент": "кенті"}
PLURAL_HEAD = re.compile(r"(" + "|".join(SINGULAR_HEAD) + r")" + PLURAL)


def normal_of(kind: str, words: Sequence[Word], text: str = "") -> str:
    """A span's nominative the rules' way; a place the gazetteer lacks keeps an ending-like
    tail where the text writes it bare before a place noun («Қобда аудандық …»: Qobda, not Қоб)."""
    if kind == "PER":
        return person_name(words)
    if kind == "LOC":
        if len(words) == 1:
            word = words[0].text
            if re.search(rf"(?<!\w){re.escape(word)}\s+(?:аудан|облыс|қала|ауыл|кент|өңір)", text):
                return known_place(word, kazakh=True) or word
            return known_place(word, kazakh=True) or strip_suffix(word)
        if known := known_place(" ".join(w.text for w in words), kazakh=True):
            return known  # «Қызылорда облысында» → Кызылординская область, as the rules name it
        head = PLURAL_HEAD.match(words[-1].text.lower())
        if head:
            # «Алматы мен Павлодар облыстарында»: the list's last place, its noun in the singular
            name = " ".join(w.text for w in words[:-1]) + " " + SINGULAR_HEAD[head.group(1)]
            return known_place(name, kazakh=True) or name
        return " ".join(w.text for w in words[:-1]) + " " + strip_suffix(words[-1].text)
    return nominative_org(" ".join(w.text for w in words))


def crf_paragraph_mentions(text: str, start: int, stop: int, known: Mapping[str, str] | None = None) -> list[Mention]:
    """People, places and organisations of one Kazakh paragraph, as the CRF reads them."""
    words = words_of(text, start, stop)
    if not words:
        return []
    rules = paragraph_mentions(text, start, stop, known)
    labels = tagger().tag(sentence_features(words, rule_labels(words, rules)))
    by_span = {(m.start, m.stop, m.type): m for m in rules}
    found: list[Mention] = []
    for first, last, kind in unbroken(text, words, spans_of(labels)):
        a, b = words[first].start, words[last].stop
        found.append(by_span.get((a, b, kind)) or mention(kind, text, a, b, normal_of(kind, words[first : last + 1], text)))
    return sorted(found, key=lambda m: (m.start, m.stop))


def quoted_compounds(text: str, kazakh: Sequence[tuple[int, int]], mentions: Sequence[Mention]) -> list[Mention]:
    """A quoted name with its noun («Әділетті … үшін!» жалпыұлттық коалициясы», «Amanat»
    партиясы»), as the rules read it, over an organisation the CRF found inside the quotes.

    KazNERD marks the quoted words alone («Хабар» of «Хабар» агенттігі), so the mentions keep
    them and the whole name is a compound over them, as a Russian body and its place are:
    keeping the rules' wider span in the mentions cost ORG .761 -> .743 exact F1 on KazNERD dev."""
    found = []
    by_offset = ByOffset(mentions)
    for start, stop in kazakh:
        for m in quoted_organisations(text, start, stop):
            inner = by_offset.within(m.start, m.stop)
            if any(f.type == "ORG" for f in inner) and (m.start, m.stop) not in {(f.start, f.stop) for f in inner}:
                found.append(m)
    return found
