"""A person's name in the nominative, whatever case and gender the text and the tagger left it
in: Natasha's inflection, given the one case and gender all words of the name can be in, with
what the dictionary cannot know put right (Kazakh given names it reads as another name's
genitive, surnames it does not know, women's names that are men's genitives). Works on
Natasha's tokens, for `spans.normal_form`."""

from __future__ import annotations

import copy
import re

from natasha import MorphVocab
from natasha.norm import normalize

from .kazakh_words import VERB_NAMED, female_given_names, given_names, male_given_names
from .names import fold

PROPER_GRAMMEMES = ("Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr")
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


def person_normal_form(morph_vocab: MorphVocab, tokens: list, titled: bool = False) -> str:
    """The name's nominative; `titled`: a title in an oblique case governs it (`oblique_title_governs`)."""
    if len(tokens) == 2 and (_masculine_genitive(_name_words(tokens)) or titled and _titled_masculine_genitive(morph_vocab, tokens)):
        # «Ерлана Карина»: the dictionary knows «Карина» as a woman's name and inflects no
        # man's genitive back; the man's forms lose their «-а», «-я»
        return f"{tokens[0].text[:-1]} {tokens[1].text[:-1]}"
    normal = instrumental_undone(normalize(morph_vocab, _common_gender(morph_vocab, _one_case(morph_vocab, tokens, titled))))
    normal = womans_oblique_case_undone(one_case_throughout([t.text for t in tokens], listed_given_name(tokens, normal)))
    return as_written(tokens, patronymic_undone(normal))


# A Russian-style patronymic in an oblique case, and its nominative's ending: «Нурлановичем» →
# «Нурланович», «Сериковны» → «Сериковна» (the dictionary knows few Kazakh ones and leaves
# them as written while the given name and surname around them are put back).
PATRONYMIC_CASES = (
    (re.compile(r"(?<=ич)(?:а|у|ем|е)$"), ""),
    (re.compile(r"(?<=[ое]вн|ичн)(?:ы|е|у|ой)$"), "а"),
)


def patronymic_undone(name: str) -> str:
    """The middle word of a three-word name back in the nominative if it is a patronymic."""
    words = name.split()
    if len(words) != 3:
        return name
    for pattern, ending in PATRONYMIC_CASES:
        words[1] = pattern.sub(ending, words[1])
    return " ".join(words)


def as_written(tokens: list, normal: str) -> str:
    """The nominative in the written words' shape: a surname in capitals stays in capitals
    («Кумара АКСАҚАЛОВА» came out «АКСАқАЛОВ»: Natasha's shapes miss Kazakh letters), and a
    man's adjectival surname keeps its «-ий» («Александра Заруцкого» came out «Заруцкой»)."""
    words = normal.split()
    if len(words) != len(tokens):
        return normal
    for i, (token, word) in enumerate(zip(tokens, words)):
        if token.text.isupper() and len(token.text) > 1 and not word.isupper():
            words[i] = word.upper()
        elif token.text.lower().endswith(("ского", "цкого")) and word.endswith(("ской", "цкой")):
            words[i] = word[:-2] + "ий"
    return " ".join(words)


def oblique_title_governs(morph_vocab: MorphVocab, tokens: list, text: str) -> bool:
    """A name that may be a woman's nominative or a man's genitive («Малика Ахметова», «Ралифа
    Сафина») after a title in an oblique case, which decides it."""
    return _woman_or_mans_genitive(tokens) and _oblique_title_before(morph_vocab, text, tokens[0].start)


# A surname no one bears in the nominative: a man's in «-ов», «-ин» with the instrumental «-ым»
# («Кошановым»); a woman's with «-ой» is `womans_oblique_case_undone`'s.
MASCULINE_INSTRUMENTAL = re.compile(r"(?<=[оеё]в|[иы]н)ым$")


def instrumental_undone(name: str) -> str:
    """A man's name the tagger read as a nominative though it is in the instrumental («встреча
    с Ерланом Кошановым»), the case its surname shows: the surname and a given name in the same
    case back in the nominative. Other names pass unchanged."""
    words = name.split()
    if len(words) < 2:
        return name
    surname = words[-1]
    if MASCULINE_INSTRUMENTAL.search(surname):
        words[-1] = surname[:-2]
        if words[0].endswith(("ом", "ем")) and fold(words[0][:-2].lower()) in male_given_names():
            words[0] = words[0][:-2]
    return " ".join(words)


# A man's surname in the nominative: his given name is in the nominative too.
NOMINATIVE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$")
CONSONANT = "бвгджзклмнпрстфхцчшщ"
# A surname in a man's genitive the dictionary does not know, and its nominative's ending:
# «Клэптона» → «Клэптон», «Скрипаля» → «Скрипаль», «Карзая» → «Карзай», «Манделы» → «Мандела».
GENITIVE_SURNAME = (
    (re.compile(f"(?<=[{CONSONANT}])а$"), ""),
    (re.compile(f"(?<=[{CONSONANT}])я$"), "ь"),
    (re.compile(r"(?<=[аеиоуыэюя])я$"), "й"),
    (re.compile(f"(?<=[{CONSONANT}])ы$"), "а"),
)


def listed_given_name(tokens: list, normal: str) -> str:
    """A given name of the lists written as listed, in «-и», «-ы» or a consonant, is in the
    nominative or does not decline in Russian («Гани», «Али», «Андрей»): it stays as written (the
    dictionary reads «Гани» as the genitive of «Ганя»). Its surname in a man's genitive, as the
    tagger read it, loses the genitive's «-а» («Гани Бейсембаева»)."""
    words = normal.split()
    if len(tokens) != 2 or len(words) != 2 or words[0] == tokens[0].text:
        return normal
    names = given_names()
    if fold(tokens[0].text) not in names or fold(words[0]) in names or tokens[0].text.lower().endswith(("а", "я")):
        return normal  # «Яна», «Юлия» are also the genitives of «Ян», «Юлий»
    feats = tokens[1].feats or {}
    surname = words[1]
    if feats.get("Case") in ("Gen", "Acc") and feats.get("Gender") == "Masc" and surname.lower().endswith(MASCULINE_OBLIQUE_SURNAME):
        surname = surname[:-1]
    return f"{tokens[0].text} {surname}"


def one_case_throughout(written: list[str], normal: str) -> str:
    """A given name and surname put in the nominative from one case: where the inflection
    changed one word only, the other follows. A man's given name read as a genitive: a surname
    the dictionary does not know loses the same case's ending («Эрика Клэптона» came out «Эрик
    Клэптона», «Нельсона Манделы» «Нельсон Манделы»). A Kazakh given name in «-и», «-ы» read as
    the genitive of a name in «-я», «-а» beside a surname in the nominative is a nominative
    («Гани Бейсембаев» came out «Ганя Бейсембаев»)."""
    words = normal.split()
    if len(written) != 2 or len(words) != 2 or not written[1][-1:].isalpha():
        return normal
    yo = str.maketrans("ёЁ", "еЕ")
    given, surname = (w.translate(yo) for w in written)
    if given == words[0].translate(yo) and surname != words[1].translate(yo):
        return _given_follows(written, words)
    if given == words[0].translate(yo) or surname != words[1].translate(yo):
        return normal  # nothing changed, or both words did
    old, new = given.lower(), words[0].lower()
    read_genitive = old[-1:] in "иы" and new in (old[:-1] + "я", old[:-1] + "а")
    if read_genitive and NOMINATIVE_SURNAME.search(surname.lower()):
        return f"{written[0]} {words[1]}"
    if read_genitive and VERB_NAMED.search(given) and surname.lower().endswith(MASCULINE_OBLIQUE_SURNAME):
        # «председателя Сатыбалды Даулеталина»: a Kazakh name that does not decline, read as
        # a genitive as the surname is
        return f"{written[0]} {words[1][:-1]}"
    genitive = old[-1:] in "ая" and new in (old[:-1], old[:-1] + "й", old[:-1] + "ь")
    if genitive and not surname.lower().endswith(MASCULINE_OBLIQUE_SURNAME):
        for ending, nominative in GENITIVE_SURNAME:
            if ending.search(surname.lower()):
                return f"{words[0]} {ending.sub(nominative, words[1])}"
    instrumental = old[-2:] in ("ом", "ем") and new in (old[:-2], old[:-2] + "й", old[:-2] + "ь")
    if instrumental and (ending := INSTRUMENTAL_SURNAME.search(words[1])):
        return f"{words[0]} {words[1][: ending.start()]}{'й' if ending[0] == 'ем' else ''}"
    return normal


def _given_follows(written: list[str], words: list[str]) -> str:
    """The surname changed and the given name did not. A man's given name the dictionary does not
    know, in the surname's genitive or dative («Ермаганбета Булекпаева», «Касым-Жомарту
    Токаеву», «Акиры Куросавы»), follows it; a woman's given name of the lists («Сауле»,
    «Раушан», «Алуа») is in the nominative, and so is her surname in «-ова», «-ина» («Сауле
    Садыкова»)."""
    given, surname = written
    low = given.lower()
    lost = surname.lower()[len(words[1]) :] if surname.lower().startswith(words[1].lower()) else ""
    adjective = low.endswith(("ому", "ему", "ого", "его"))  # «Волшебному Алексу»: no given name
    if lost in ("а", "у") and low[-1:] == lost and low[-2:-1] in CONSONANT and not adjective and fold(given) not in given_names():
        return f"{given[:-1]} {words[1]}"
    if low.endswith("ы") and low[-2:-1] in CONSONANT and words[1].lower().endswith("а") and surname.lower().endswith("ы"):
        return f"{given[:-1]}а {words[1]}"
    if lost == "а" and fold(given) in female_given_names() and surname.lower().endswith(MASCULINE_OBLIQUE_SURNAME):
        return f"{given} {surname}"
    return f"{given} {words[1]}"


# A man's surname the dictionary does not know in the instrumental: «Мирославом Калоусеком»,
# «Томасом Лефроем».
INSTRUMENTAL_SURNAME = re.compile(f"(?<=[{CONSONANT}])ом$|(?<=[аеоуыэюя])ем$")
# A woman's surname in an oblique case, which no one bears in the nominative («Назарбаевой»,
# «Мозговой»), and a given name in the same case before it.
WOMANS_OBLIQUE_SURNAME = re.compile(r"(?<=[оеё]в|[иы]н)ой$", re.IGNORECASE)
WOMANS_OBLIQUE_GIVEN = (
    (re.compile(r"ой$"), "а"), (re.compile(r"ей$"), "я"), (re.compile(r"(?<=[гкхжшчщ])и$"), "а"),
    (re.compile(r"(?<=[бвдзлмнпрстф])ы$"), "а"), (re.compile(r"ии$"), "ия"), (re.compile(r"ьи$"), "ья"),
)  # fmt: skip


def womans_oblique_case_undone(normal: str) -> str:
    """A woman's name the inflection left in an oblique case («Дариги Назарбаевой», «с Аидой
    Балаевой», «Еленой Мозговой», «А. П. Остроумовой»): her surname in «-овой», «-иной» is a case form only, so it
    and a given name of the same case go back to the nominative; initials and a given name that
    does not decline («Сагдат») stay."""
    words = normal.split()
    if not words or not WOMANS_OBLIQUE_SURNAME.search(words[-1]):
        return normal
    if len(words) >= 2 and fold(words[0].lower()) in male_given_names():
        return normal  # «Анатолий Березовой»: a man's surname of an adjective's form
    words[-1] = words[-1][:-2] + ("А" if words[-1].isupper() else "а")
    if len(words) >= 2 and not words[0].endswith("."):
        for ending, nominative in WOMANS_OBLIQUE_GIVEN:
            if ending.search(words[0]):
                words[0] = ending.sub(nominative, words[0])
                break
    return " ".join(words)


def _name_words(tokens: list) -> list:
    """The words of a person's name the tagger gave a case: nouns and proper nouns."""
    return [t for t in tokens if t.pos in ("PROPN", "NOUN") and (t.feats or {}).get("Case")]


def _one_case(morph_vocab: MorphVocab, tokens: list, titled: bool = False) -> list:
    """A person's name with its words read in one case and gender. The tagger may give the
    words of one name different cases («Минтимера» nominative, «Шаймиева» genitive: «Минтимера
    Шаймиев»; «Яна» genitive, «Абрамова» nominative: «Ян Абрамова»). The case is the first of
    theirs, oblique before nominative, that every word can be in with one gender; a name no
    such case fits is left as the tagger read it.

    Where the tagger gave every word one case that a word the dictionary knows cannot be in,
    the case is an oblique one the words can be in in the tagger's gender, else in the other
    («Ралифа Сафина», «Фолькера Буфье» read nominative: «Ралиф Сафин», «Фолькер Буфье»;
    «Панфилову» read feminine). A word the dictionary does not know fits any case then, as
    does one ending like a foreign name that does not decline («Лори Кае»)."""
    words = _name_words(tokens)
    cases = [t.feats["Case"] for t in reversed(words)]  # the surname's first
    genders = list(dict.fromkeys(g for t in reversed(words) if (g := t.feats.get("Gender"))))
    if _masculine_genitive(words):
        return _agreed(tokens, words, "Gen", "Masc")
    if not titled and _woman_named(words):
        return _agreed(tokens, words, "Nom", "Fem")
    if len(set(cases)) == 1:
        return _dictionary_case(morph_vocab, tokens, words, cases[0], genders)
    for case in sorted(dict.fromkeys(cases), key=lambda c: c == "Nom"):
        for gender in genders:
            if all(_can_be(morph_vocab, t.text, case, gender) for t in words):
                return _agreed(tokens, words, case, gender)
    return tokens


# How a man's surname in -ов, -ев, -ин, -ын ends in the genitive or accusative («Кобжанова»); in
# the nominative it ends so only for a woman.
MASCULINE_OBLIQUE_SURNAME = ("ова", "ева", "ёва", "ина", "ына")


def _masculine_genitive(words: list) -> bool:
    """A man's name in the genitive or accusative: a surname that ends so only there, after a
    given name the tagger read as a man's that is a man's name of the lists with the
    genitive's «-а», «-я» («членов комиссии Нуркена Кобжанова», «под руководством Ерлана
    Карина»), whatever case and gender the tagger gave the surname («Карина» read as a woman's
    nominative): Kazakh names the dictionary does not know, which the tagger reads by their
    letters. A woman the tagger read as a man («Мирабелла Карьянова») has no man's name under
    her «-а»."""
    if len(words) != 2 or words[0].feats.get("Gender") != "Masc":
        return False
    given, surname = (t.text.lower() for t in words)
    return (
        surname.endswith(MASCULINE_OBLIQUE_SURNAME)
        and given.endswith(("а", "я"))
        and fold(given[:-1]) in male_given_names()  # «Нуркен»; not «Мирабелла», «Снежанна»
    )


def _titled_masculine_genitive(morph_vocab: MorphVocab, tokens: list) -> bool:
    """After a title in an oblique case («принял акима области Ермаганбета Булекпаева»), a given
    name in «-а» over a consonant that is no woman's name (of the lists or the dictionary) and a
    surname a man has only in the genitive or accusative are a man's oblique case, whether or
    not the lists know the given name."""
    given, surname = (t.text.lower() for t in tokens)
    if not (surname.endswith(MASCULINE_OBLIQUE_SURNAME) and given.endswith("а") and given[-2:-1] in CONSONANT):
        return False
    womans = fold(given) in female_given_names() or any(
        "Name" in p.tag and "femn" in p.tag and p.feats.get("Case") == "Nom" for p in morph_vocab(given))
    return not womans


def _woman_named(words: list) -> bool:
    """A woman's name in the nominative whose given name is also a man's name's genitive
    («Малика», «Амина», «Карима», «Салиха»: many Kazakh women's names are men's names with
    «-а»): the tagger read the given name as a woman's nominative and the surname has a woman's
    nominative form, whatever the dictionary, which knows only the man's genitive, says."""
    if len(words) != 2:
        return False
    given, surname = words
    return (
        given.feats.get("Case") == "Nom" and given.feats.get("Gender") == "Fem"
        and given.text.lower().endswith(("а", "я")) and surname.text.lower().endswith(MASCULINE_OBLIQUE_SURNAME)
    )  # fmt: skip


def _woman_or_mans_genitive(tokens: list) -> bool:
    """Two words, a given name in «-а», «-я» and a surname in «-ова», «-ина» …: a woman's
    nominative or a man's genitive («Малика Ахметова», «Ралифа Сафина»)."""
    return len(tokens) == 2 and tokens[0].text.lower().endswith(("а", "я")) and tokens[1].text.lower().endswith(MASCULINE_OBLIQUE_SURNAME)


def _oblique_title_before(morph_vocab: MorphVocab, text: str, start: int) -> bool:
    """The nearest person noun among the six words before the name, within its clause, is in an
    oblique case only («члена Совета Федерации от Республики Алтай Ралифа Сафина»): the name
    is in that title's case. A title in the nominative («Директор школы Амина Жунусова») is not."""
    clause = re.split(r"[.,;:!?()\n—–«»\"]", text[max(0, start - 80) : start])[-1]
    for word in reversed(clause.split()[-6:]):
        if AKIM.fullmatch(word):  # a title the dictionary knows only as the given name «Аким»
            return word.lower() != "аким"
        parses = [p for p in morph_vocab(word.lower()) if p.pos == "NOUN" and "anim" in p.tag and p.is_known]
        if parses and not any(NAME_GRAMMEMES & p.tag.grammemes for p in parses):
            return all(p.feats.get("Case") != "Nom" for p in parses)
    return False


AKIM = re.compile(r"[Аа]ким(?:а|у|ом|е)?")
OBLIQUE = ("Gen", "Acc", "Dat", "Ins", "Loc")
GENDERS = ("Masc", "Fem")


def _dictionary_case(morph_vocab: MorphVocab, tokens: list, words: list, tagged: str, genders: list) -> list:
    def fits(case: str, gender: str) -> bool:
        return all(t.text.lower().endswith(INDECLINABLE) or _can_be(morph_vocab, t.text, case, gender, True) for t in words)

    if len(genders) <= 1 and any(fits(tagged, g) for g in (genders or GENDERS)):
        return tokens
    # The case is right, the gender is not («Аиду Балаеву» read masculine), or the words
    # disagree: the gender the dictionary confirms for the most words, the tagger's first on a tie.
    fitting = [g for g in dict.fromkeys(genders + list(GENDERS)) if fits(tagged, g)]
    if fitting:
        gender = max(fitting, key=lambda g: sum(_can_be(morph_vocab, t.text, tagged, g) for t in words))
        return _agreed(tokens, words, tagged, gender)
    genders = list(dict.fromkeys(genders + list(GENDERS)))
    for gender in genders:
        for case in dict.fromkeys((tagged, *OBLIQUE)):
            if case != "Nom" and fits(case, gender):
                return _agreed(tokens, words, case, gender)
    # no oblique case fits, and every word is a name in the nominative: the tagger took a
    # nominative for an oblique case («Жасмина Ашимова, общественный активист:» read as a man's
    # genitive)
    for gender in genders:
        if all(_nominative_name(morph_vocab, t.text, gender) for t in words):
            return _agreed(tokens, words, "Nom", gender)
    return tokens


# Endings of foreign names Russian does not decline («Нарухито», «Буфье», «Кае», «Гёте»); not
# «-и», «-ы», which are also genitives («представитель Обамы», «Марии»).
INDECLINABLE = ("о", "е", "э")


def _agreed(tokens: list, words: list, case: str, gender: str) -> list:
    agreed = {"Case": case, "Gender": gender, "Number": "Sing"}
    return [_with_feats(t, {**t.feats, **agreed}) if t in words else t for t in tokens]


def _common_gender(morph_vocab: MorphVocab, tokens: list) -> list:
    """Surnames of common gender («Обама»: «Барака Обамы») have no gender in the dictionary,
    so Natasha's inflection, which matches the tagger's gender, finds no form and leaves the
    genitive as it is («Барак Обамы»); such a word is inflected without its gender."""
    fixed = []
    for t in tokens:
        feats = t.feats or {}
        if t.pos in ("PROPN", "NOUN") and feats.get("Case") not in (None, "Nom") and feats.get("Gender"):
            forms = morph_vocab(t.text.lower())
            same = [f for f in forms if f.feats.get("Case") == feats["Case"] and f.feats.get("Number") == feats.get("Number")]
            if same and all(f.feats.get("Gender") is None for f in same):
                t = _with_feats(t, {k: v for k, v in feats.items() if k != "Gender"})
        fixed.append(t)
    return fixed


def _can_be(morph_vocab: MorphVocab, word: str, case: str, gender: str, unknown: bool = False) -> bool:
    """The dictionary knows the word in that case and gender, or knows it does not decline
    («Бенито»); a guess from the ending does not count («Арчундия» as a genitive of «Арчундий»).
    `unknown`: a word the dictionary does not know at all fits too."""
    forms = _person_readings(morph_vocab, word)
    if unknown and not any(f.is_known or "Fixd" in f.tag for f in forms):
        return True
    return any(
        f.pos in ("NOUN", "PROPN") and f.feats.get("Case") == case and f.feats.get("Gender") == gender
        and f.feats.get("Number") == "Sing" and (f.is_known or "Fixd" in f.tag)
        for f in forms
    )  # fmt: skip


def _person_readings(morph_vocab: MorphVocab, word: str) -> list:
    """The dictionary's readings of a word of a person's name: those as a name where it has any
    («Жасмина» is a woman's name, not the genitive of «жасмин»), else all."""
    forms = morph_vocab(word.lower())
    named = [f for f in forms if NAME_GRAMMEMES & f.tag.grammemes]
    return named or forms


def _nominative_name(morph_vocab: MorphVocab, word: str, gender: str) -> bool:
    """The word has a reading as a name in the nominative singular of `gender`, known or guessed."""
    return any(
        f.feats.get("Case") == "Nom" and f.feats.get("Gender") == gender and f.feats.get("Number") == "Sing"
        for f in _person_readings(morph_vocab, word)
        if NAME_GRAMMEMES & f.tag.grammemes
    )


def _with_feats(token, feats: dict):
    copied = copy.copy(token)
    copied.feats = feats
    return copied
