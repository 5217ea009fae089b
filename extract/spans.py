"""Natasha's NER spans made into names a reader would accept: cut at breaks, brackets
and swallowed people, put in the nominative. Works on Natasha's tokens (with morphology), so
`nlp.adapt_doc` calls it while the Doc is still at hand.
"""

from __future__ import annotations

import re
from functools import lru_cache

from natasha import MorphVocab
from natasha.norm import inflect_word, recover_shapes, recover_spaces, syntax_normalize

from .places import known_place
from .person_case import NAME_GRAMMEMES, PROPER_GRAMMEMES, oblique_title_governs, person_normal_form




def is_common_word(morph_vocab: MorphVocab, word: str) -> bool:
    """Known to the dictionary, and never as a place, name or organisation («Независимость»)."""
    parses = morph_vocab(word.lower())
    return bool(parses) and all(
        p.is_known and not any(g in p.tag for g in PROPER_GRAMMEMES) for p in parses
    )


# Tokens a name never runs across (NEREL and factRuEval dev: «Кронпринц Нарухито\nВерхняя»,
# «Монако • Намибия», «Овечкин, Фёдоров»); a comma may sit inside a long organisation name.
SPAN_BREAKS = {"PER": {"•", ";", "|", ","}, "LOC": {"•", ";", "|", ","}, "ORG": {"•", ";", "|"}}
BRACKETS = {"(", ")", "[", "]"}


def clean_span(kind: str, tokens: list, text: str, morph_vocab: MorphVocab) -> list[tuple[str, list]]:
    """Natasha's span cut where a name cannot go on (a line break, a list bullet), stray
    brackets trimmed, a bracketed abbreviation made a name of its own («Фонда борьбы с
    коррупцией (ФБК)» → two ORG), and a person's leading common noun dropped («Папа Франциск»).
    """
    pieces = _split_at_breaks(kind, tokens, text)
    split = len(pieces) > 1
    cleaned = []
    for piece in (p for part in pieces for p in _split_brackets(kind, part)):
        if kind == "PER":
            piece = _drop_leading_title(piece, morph_vocab)
        if piece and not (split and len(piece) == 1 and piece[0].pos not in ("PROPN", "X")):
            cleaned.append((kind, piece))
    return cleaned


def _split_at_breaks(kind: str, tokens: list, text: str) -> list[list]:
    pieces: list[list] = [[]]
    for previous, token in zip([None, *tokens], tokens):
        if previous is not None and "\n" in text[previous.stop : token.start]:
            pieces.append([])
        if token.text in SPAN_BREAKS.get(kind, ()):
            pieces.append([])
        else:
            pieces[-1].append(token)
    return [p for p in pieces if p]


def _split_brackets(kind: str, tokens: list) -> list[list]:
    """Words outside and inside brackets as separate names, the brackets themselves gone
    («Шону Комбсу (Diddy)»); brackets inside a person's name hold a nickname and stay
    («James (Buddy) McGirt», NEREL dev)."""
    inner = [i for i, t in enumerate(tokens) if t.text in BRACKETS and 0 < i < len(tokens) - 1]
    if kind == "PER" and inner and tokens[inner[-1]].text == ")" and tokens[-1].text not in BRACKETS:
        return [tokens]
    pieces: list[list] = [[]]
    for token in tokens:
        if token.text in BRACKETS:
            pieces.append([])
        else:
            pieces[-1].append(token)
    return [p for p in pieces if p]


def _drop_leading_title(tokens: list, morph_vocab: MorphVocab) -> list:
    """«Император Акихито», «Поп-звезда Мадонна»: a capitalised common noun for a person,
    never a name in the dictionary, is a title or a relation, not part of the name."""
    while len(tokens) > 1 and person_noun(morph_vocab, tokens[0].text):
        tokens = tokens[1:]
    return tokens


@lru_cache(maxsize=1 << 15)
def person_noun(morph_vocab: MorphVocab, word: str) -> bool:
    """Every reading of the word is an animate common noun («Нейрохирург», «Папа»), never a name.
    Kept per word: asking whether each reading is a known word walks the dictionary's graph,
    and the roles scorer asks it of every capitalised noun in a sentence with a name."""
    parses = morph_vocab(word.lower())
    return bool(parses) and all(
        p.is_known and p.pos == "NOUN" and "anim" in p.tag and not any(g in p.tag for g in PROPER_GRAMMEMES)
        for p in parses
    )


def _personal_name(morph_vocab: MorphVocab, word: str) -> bool:
    """The dictionary knows the word as a given name or surname («Кима»), not «Мажилиса»."""
    return any(NAME_GRAMMEMES & p.tag.grammemes for p in morph_vocab(word.lower()))


def _looks_like_name(token) -> bool:
    feats = token.feats or {}
    return (
        token.pos == "PROPN" or any(c in "әғқңөұүһі" for c in token.text.lower())
    ) and token.text[:1].isupper() and feats.get("Case", "Nom") == "Nom"


def split_swallowed_person(kind: str, tokens: list, morph_vocab: MorphVocab) -> list[tuple[str, list]]:
    """Natasha's spans sometimes run an organisation on into the name that follows it
    («Мажилиса Аманжол Алтай», «академии … им. Т. Жургенова Арман Жүдебаев»): a genitive
    organisation, or a word the dictionary knows only as a common noun, followed by two
    capitalised nominative words is an organisation and a person.
    """
    if len(tokens) < 3:
        return [(kind, tokens)]
    run = 0
    while run < len(tokens) - 1 and _looks_like_name(tokens[len(tokens) - 1 - run]):
        run += 1
    before = tokens[len(tokens) - 1 - run]
    oblique = (before.feats or {}).get("Case") not in (None, "Nom")
    common = is_common_word(morph_vocab, before.text)
    if run < 2 or not (oblique or common):
        return [(kind, tokens)]
    # what is left before a person in apposition is an organisation («депутат Мажилиса …»),
    # or, in a person's span, another person in the genitive (factRuEval dev: «отец Кима Чен
    # Ира Ким Ир Сен»)
    left = "PER" if kind == "PER" and _personal_name(morph_vocab, tokens[0].text) else "ORG"
    return [(left, tokens[:-run]), ("PER", tokens[-run:])]


# A settlement's name after the word for it in an oblique case stays in the nominative («в
# селе Карауыл», «в поселке Айтеке би», «ауылы»): inflecting it back would invent a word
# («Карауыл» read as a verb's past, «Жана» as the genitive of «Жан»).
SETTLEMENT_BEFORE = re.compile(
    r"(?<!\w)(?:сел[аеуо]|сёл|поселк[аеу]|посёлк[аеу]|аул[аеу]|деревн[еиюя]|станци[июя]|микрорайон[аеу])\s+$", re.IGNORECASE
)
_NORMAL_FORMS: dict[tuple, str] = {}
NORMAL_FORMS_KEPT = 1 << 16


def normal_form(kind: str, tokens: list, morph_vocab: MorphVocab, text: str) -> str:
    """The nominative form of a span. People: Natasha's syntax-aware inflection.
    Organisations and places: only the head noun and the words before it change case
    («Республиканская коллегия юридических консультантов»); a quoted title stays verbatim.

    Memoised on everything the form depends on (the words as written, the character before
    them, each word's offset and reading): a corpus names the same people and bodies again
    and again, and inflecting a name costs more than reading it."""
    start, stop = tokens[0].start, tokens[-1].stop
    if kind == "LOC" and SETTLEMENT_BEFORE.search(text, max(0, start - 20), start) and not tokens[-1].text[:1].islower():
        # «в селе Карауыл», «в поселке Жана Омир»: the name in apposition, as written (not the
        # district the village is in: «в селе Аральского района»)
        return text[start:stop]
    # a name that may be a woman's nominative or a man's genitive is read with the title before it
    titled = kind == "PER" and oblique_title_governs(morph_vocab, tokens, text)
    key = (
        kind,
        text[max(0, start - 1) : stop] if start else "\0" + text[:stop],
        tuple((t.start - start, t.stop - start, t.pos, tuple(sorted((t.feats or {}).items()))) for t in tokens),
        titled,
    )
    found = _NORMAL_FORMS.get(key)
    if found is None:
        if len(_NORMAL_FORMS) >= NORMAL_FORMS_KEPT:
            _NORMAL_FORMS.clear()
        found = _normal_form(kind, tokens, morph_vocab, text, titled)
        if kind == "LOC" and len(tokens) == 1 and not known_place(found):
            found = gazetteer_nominative(tokens[0].text) or found
        _NORMAL_FORMS[key] = found
    return found


def _normal_form(kind: str, tokens: list, morph_vocab: MorphVocab, text: str, titled: bool = False) -> str:
    start, stop = tokens[0].start, tokens[-1].stop
    if kind == "PER":
        return person_normal_form(morph_vocab, tokens, titled)
    if start > 0 and text[start - 1] in "«\"“„":
        return text[start:stop]
    if len(tokens) == 1 and (short := abbreviation(tokens[0].text)):
        return short
    agreeing = {i: word for i, t in enumerate(tokens[:-1]) if (word := _agreeing_adjective(morph_vocab, t, tokens[i + 1]))}
    head = next((i for i, t in enumerate(tokens) if not _adjective(morph_vocab, t) and i not in agreeing), None)
    if head is None:
        return syntax_normalize(morph_vocab, tokens)
    gender = _gender(morph_vocab, tokens[head])
    words = [agreeing[i] if i in agreeing else _inflect_adjective(morph_vocab, t, gender) for i, t in enumerate(tokens[:head])]
    words.append(inflect_head(morph_vocab, tokens[head]))
    inflected = recover_spaces(recover_shapes(words, tokens[: head + 1]), tokens[: head + 1])
    return inflected + text[tokens[head].stop : stop]


# An abbreviation, and a case ending written after one in lower case («МИДа», «ЦОНе», «ТЮЗом»).
ABBREVIATION = re.compile(r"(?P<short>[^\W\d_]*?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,})(?:-?(?P<ending>а|у|е|ом|ы|ов))?")


def abbreviation(word: str) -> str | None:
    """An abbreviation's own form: it does not decline in writing («в КИСИ», «ТЮРКСОЙ», «ТюркПА»,
    which the inflection had made «КИСЬ», «ТЮРКСОИ», «тюркп»), and a case ending added to it in
    lower case comes off («МИДа» → «МИД»)."""
    found = ABBREVIATION.fullmatch(word)
    return found["short"] if found else None


# A town's Russian case endings, and its nominative's: «в Семее» → «Семей», «в Таразе» → «Тараз».
CASE_ENDINGS = (("ее", "ей"), ("ае", "ай"), ("е", ""), ("е", "а"), ("у", ""), ("а", ""), ("ом", ""), ("и", "ь"))


def gazetteer_nominative(word: str) -> str | None:
    """A one-word place in an oblique case that the dictionary could not inflect back to a
    town of the gazetteer («Семее» stayed «Семее»): the word with its ending put back, where the
    gazetteer knows the result."""
    for ending, nominative in CASE_ENDINGS:
        candidate = word[: -len(ending)] + nominative
        if word.endswith(ending) and len(word) > len(ending) + 2 and known_place(candidate):
            return candidate
    return None


def _gender(morph_vocab: MorphVocab, noun) -> str | None:
    """The head noun's gender when it is singular: the adjectives before it must agree."""
    feats = noun.feats or {}
    if feats.get("Number") == "Plur":
        return None
    for form in morph_vocab(noun.text.lower()):
        if form.pos in ("NOUN", "PROPN") and form.feats.get("Case") == feats.get("Case") and form.feats.get("Number") == "Sing":
            return form.feats.get("Gender")
    return None


def _inflect_adjective(morph_vocab: MorphVocab, token, gender: str | None) -> str:
    """Natasha's nominative of a word before the head, in the head's gender: a word read
    from the dictionary alone gets its first reading, and «Следственного» reads neuter
    first, so «Следственного комитета» became «Следственное комитет»."""
    feats = token.feats or {}
    if gender is not None and token.pos == "ADJ" and feats.get("Case") == "Nom":
        readings = [f for f in morph_vocab(token.text.lower()) if f.pos == "ADJ"]
        if readings and not any(f.feats.get("Case") == "Nom" for f in readings):
            # a nominative the word cannot be («Кызылординскую область» read so): the
            # dictionary's reading in the head's gender
            form = next((f for f in readings if f.feats.get("Gender") == gender), readings[0])
            nominative = form.inflect({"Nom", gender})
            if nominative:
                return nominative.word.replace("ё", "е")
    if gender is None or token.pos != "ADJ" or feats.get("Case") in (None, "Nom") or feats.get("Gender") == gender:
        return inflect_word(morph_vocab, token)
    for form in morph_vocab(token.text.lower()):
        if form.pos == "ADJ" and form.feats.get("Case") == feats.get("Case") and form.feats.get("Number") != "Plur":
            nominative = form.inflect({"Nom", gender})
            if nominative:
                return nominative.word.replace("ё", "е")
    return inflect_word(morph_vocab, token)


GENDERS = ("Masc", "Fem", "Neut")
# A full adjective's case ending (not a short form the dictionary guesses: «Чубут порта»)
ADJECTIVE_END = re.compile(r"(?:ой|ого|ому|ом|ым|ыми|ими|ий|ый|ая|яя|ую|юю|ое|ее|ей|его|ему|ем|им|их|ых)$")


def _agreeing_adjective(morph_vocab: MorphVocab, token, noun) -> str | None:
    """The nominative, in the gender of the common noun after it, of a place's adjective the
    tagger took for a name: the dictionary's adjective reading in that gender («Мангистауской
    области», «Федоровского района», read as the noun «Мангистауска» and a surname), else the
    «-ский» adjective its ending shows («Казалинском районе», a word the dictionary knows only
    as a noun). None for any other word."""
    if token.pos != "PROPN" or noun.pos != "NOUN" or not noun.text[:1].islower() or not ADJECTIVE_END.search(token.text):
        return None
    feats = noun.feats or {}
    gender = feats.get("Gender")
    if feats.get("Number") != "Sing" or gender not in GENDERS:
        return None
    form = next(
        (f for f in morph_vocab(token.text.lower())
         if f.pos == "ADJ" and f.feats.get("Gender") == gender and f.feats.get("Number") == "Sing"),
        None,
    )  # fmt: skip
    if form is not None:
        nominative = form.inflect({"Nom", gender})
        return (nominative.word if nominative else form.normal).replace("ё", "е")
    sk = SK_ADJECTIVE.fullmatch(token.text.lower())
    return sk["stem"] + SK_NOMINATIVE[gender] if sk else None


# An adjective in «-ский» / «-цкий» in an oblique case, and its nominative endings by gender.
SK_ADJECTIVE = re.compile(r"(?P<stem>\w+[сц]к)(?:ого|ому|ом|им|ой|ую|ою)")
SK_NOMINATIVE = {"Masc": "ий", "Fem": "ая", "Neut": "ое"}


def _adjective(morph_vocab: MorphVocab, token) -> bool:
    """The tagger's ADJ, unless the dictionary knows the word only as a noun («Мажилиса»)."""
    if token.pos != "ADJ":
        return False
    return any(form.pos == "ADJ" for form in morph_vocab(token.text.lower()))


def inflect_head(morph_vocab: MorphVocab, token) -> str:
    """The head noun in the nominative, even where the tagger missed its part of speech."""
    word = inflect_word(morph_vocab, token)
    case = (token.feats or {}).get("Case")
    if case in (None, "Nom") or word != token.text.lower():
        return word
    for form in morph_vocab(token.text.lower()):
        if form.pos == "NOUN" and form.feats.get("Case") == case:
            nominative = form.inflect({"Nom"})
            if nominative:
                return nominative.word.replace("ё", "е")
            if form.feats.get("Number") == "Sing":  # guessed words pymorphy cannot inflect
                return form.normal.replace("ё", "е")
    return word
