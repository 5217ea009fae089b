"""Kazakh: telling Kazakh paragraphs from Russian ones, and stripping case suffixes off names.

Detection counts lower-case words only, so a Kazakh-spelled name inside Russian text
(«Серік Ақылбай») does not flip a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

KAZAKH_LETTERS = set("әғқңөұүһі")
KAZAKH_WORDS = frozenset(
    "және мен бен пен үшін деп бұл осы да де та те бойынша туралы арқылы сияқты екен "
    "болып болды болады жылғы қатысты өтті еді емес ретінде кейін бірге жаңа оның олар "
    "біз бір ал әрі тек ғана барлық".split()
)
RUSSIAN_WORDS = frozenset(
    "и в во на что не с со по для это как из к от о об а но же за до при его ее её они "
    "он она был была были также который которые этот".split()
)
WORD = re.compile(r"[^\W\d_]+")
QUOTED = re.compile(r"«[^«»\n]*»|\"[^\"\n]*\"|“[^“”\n]*”")

# Case endings of a bare name or place, longest first (genitive, dative, accusative,
# locative, ablative, instrumental, and the locative-attributive -дағы «Қазақстандағы»);
# source: the suffix table of qazaq-inflector 0.5 (the ablative is -нан/-нен after м н ң).
# Endings that follow a possessive («академиясына») are `strip_possessive`'s.
SUFFIXES = sorted(
    "ның нің дың дің тың тің ға ге қа ке ны ні ды ді ты ті да де та те "
    "дан ден тан тен нан нен мен бен пен дағы дегі тағы тегі".split(),
    key=len,
    reverse=True,
)
# The plural suffix, in each of its forms by the last sound and vowel harmony («аудандары»,
# «тұрғындар», «мектептерде», «Құттығаевтар»); a regex fragment the rules build on.
PLURAL = r"(?:лар|лер|дар|дер|тар|тер)"
# The case endings of a bare stem, by the same two laws: regex fragments each rule bounds its
# own way (a whole word, a word's end, after a possessive). After the third-person possessive
# the dative is «-на/-не» and the locative «-нда/-нде» («облысында», «министрлігіне»).
DATIVE_ENDING = r"(?:ға|ге|қа|ке)"
ACCUSATIVE_ENDING = r"(?:ны|ні|ды|ді|ты|ті)"
LOCATIVE_ENDING = r"(?:да|де|та|те)"
ABLATIVE_ENDING = r"(?:дан|ден|тан|тен|нан|нен)"
INSTRUMENTAL_ENDING = r"(?:мен|бен|пен)"
# The third-person possessive, then an optional case ending: «академиясының», «комиссиясы»,
# «облысында», «министрлігіне», «Республикасымен».
POSSESSIVE_CASE = re.compile(
    r"(?<=[а-яәғқңөұүһі])(сы|сі|ы|і)(ның|нің|на|не|ндағы|ндегі|нда|нде|нан|нен|мен|н)?$"
)
BACK_VOWELS = set("аоұыя")
FRONT_VOWELS = set("әөүіе")
VOWELS = set("аоұыяәөүіеиуэюё")
VOICELESS = set("кқпстфхцчшщ")
# Russian surnames in -ов/-ев take the voiceless endings and either harmony in Kazakh
# («Тоқаевқа», «Назарбаевтың», «Ахметовке»; qazaq-inflector's rule for -ов/-ев).
SURNAME_STEM = re.compile(r"(?:ов|ев|ёв)$", re.IGNORECASE)


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Half-open spans of the non-blank lines of `text`: a news paragraph is a line."""
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            yield match.start(), match.end()


def kazakh_score(text: str) -> int:
    """Kazakh words minus Russian function words among the lower-case words of `text`, outside
    quotation marks when there are any there: a Russian paragraph may quote a Kazakh title
    («коалиция «Әділетті және Прогрессивті Қазақстан үшін!» провела встречу»)."""
    unquoted = QUOTED.sub(" ", text)
    return _score(unquoted if any(w.islower() for w in WORD.findall(unquoted)) else text)


def _score(text: str) -> int:
    score = 0
    for word in WORD.findall(text):
        if not word.islower():
            continue
        if KAZAKH_LETTERS & set(word) or word in KAZAKH_WORDS:
            score += 1
        elif word in RUSSIAN_WORDS:
            score -= 1
    return score


def is_kazakh(text: str) -> bool:
    """True when the lower-case words of a paragraph are more Kazakh than Russian.

    >>> is_kazakh("Кездесуді ашқан Аида Балаева елімізде жүзеге асырылып жатқан реформаларға тоқталды.")
    True
    >>> is_kazakh("Юрист Серік Ақылбай остановился на правовом значении изменений.")
    False
    """
    return kazakh_score(text) > 0


def kazakh_spans(text: str) -> list[tuple[int, int]]:
    """The paragraphs of `text` that are Kazakh. A paragraph with no evidence either way
    («Ереваннан Гүлжан Марқабаева хабарлайды.», a byline) takes the article's language."""
    spans = list(paragraphs(text))
    scores = [kazakh_score(text[a:b]) for a, b in spans]
    article_kazakh = sum(s > 0 for s in scores) > sum(s < 0 for s in scores)
    return [span for span, score in zip(spans, scores, strict=True) if score > 0 or (score == 0 and article_kazakh)]


def _harmony_fits(stem: str, suffix: str) -> bool:
    vowels = [c for c in stem.lower() if c in VOWELS]
    if not vowels:
        return False
    if SURNAME_STEM.search(stem):
        return True
    last = vowels[-1]
    front = any(c in FRONT_VOWELS for c in suffix)
    if last in BACK_VOWELS:
        return not front
    if last in "әөүі":
        return front
    return True  # и, у, е, ю in Russian-origin stems take either


def _consonant_fits(stem: str, suffix: str) -> bool:
    end = stem[-1].lower()
    head = suffix[0]
    if SURNAME_STEM.search(stem):
        return head in "тқкпдғгбмн"
    if head in "тқкп":
        return end in VOICELESS
    if head in "дғгб":
        return end not in VOICELESS
    if head == "н":
        return end in VOWELS or (suffix in ("ның", "нің", "нан", "нен") and end in "мнң")
    if head in "аеыі":
        return end not in VOWELS
    return True


@lru_cache(maxsize=1 << 16)  # the rules ask about the same words again and again
def strip_suffix(word: str, min_stem: int = 3) -> str:
    """The word without one Kazakh case ending, when vowel harmony and sound rules allow it.

    >>> [strip_suffix(w) for w in ("Балаеваның", "Алматыда", "Ақылбайдың", "Жүргенов")]
    ['Балаева', 'Алматы', 'Ақылбай', 'Жүргенов']
    """
    lower = word.lower()
    if lower.endswith("стан"):
        return word  # «Қазақстан», «Өзбекстан»: -стан is the name's own ending, not the ablative -тан
    for suffix in SUFFIXES:
        if lower.endswith(suffix) and len(word) - len(suffix) >= min_stem:
            stem = word[: -len(suffix)]
            invariant = suffix in ("мен", "бен", "пен")  # the instrumental ignores harmony
            if (invariant or _harmony_fits(stem, suffix)) and _consonant_fits(stem, suffix):
                return stem
    return word


def strip_possessive(phrase: str) -> str:
    """The phrase with its last word back in the nominative of the third-person possessive,
    the form an organisation or region is named in.

    >>> [strip_possessive(w) for w in ("академиясының", "комиссиясы", "облысында", "министрлігіне")]
    ['академиясы', 'комиссиясы', 'облысы', 'министрлігі']
    """
    return POSSESSIVE_CASE.sub(lambda m: m.group(1), phrase)
