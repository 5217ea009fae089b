"""The dictionary's word: pymorphy2's readings of a word out of context, memoised (the rules ask
the same words again and again): its part of speech and features, lemma, the cases a name or a
noun may stand in, and adjectives inflected to agree with a noun."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from natasha import MorphVocab
from natasha.morph.vocab import MorphForm, PymorphyAnalyzer, PymorphyParse, ud_feats, ud_pos

from .person_case import NAME_GRAMMEMES, PROPER_GRAMMEMES

if TYPE_CHECKING:
    from .nlp import Feats, Token


class _Form(MorphForm):
    """Natasha's reading of a word, its UD part of speech and features worked out when first
    asked and once per tag: Natasha converts them for every reading pymorphy2 returns (a
    word has several, most never read), a twentieth of kg's extraction. A reading keeps what
    it was asked (the look-ups are memoised, so the same readings are asked again and again);
    the features dict is shared by the readings of one tag: never changed."""

    def __new__(cls, *args):
        return PymorphyParse.__new__(cls, *args)

    @property
    def normal(self) -> str:
        return self.normal_form

    @cached_property
    def pos(self) -> str:
        return _ud(self.tag)[0]

    @cached_property
    def feats(self) -> dict[str, str]:
        return _ud(self.tag)[1]


_UD: dict = {}


def _ud(tag) -> tuple[str, dict[str, str]]:
    found = _UD.get(tag)
    if found is None:
        found = _UD[tag] = (ud_pos(tag), dict(ud_feats(tag)))
    return found


class _MorphVocab(MorphVocab):
    def __init__(self) -> None:
        PymorphyAnalyzer.__init__(self, result_type=_Form)


@lru_cache(maxsize=1)
def shared_morph_vocab() -> MorphVocab:
    """pymorphy2's dictionary, loaded once per process: every Nlp and the rules that need
    grammemes `Analysis` does not keep (Geox, Surn: `kinds.py`) share it."""
    return _MorphVocab()


@lru_cache(maxsize=1 << 17)
def reading(morph_vocab: MorphVocab, word: str) -> tuple[str, Feats]:
    forms = morph_vocab(word.lower())
    if not forms:
        return "X", ()
    best = forms[0]
    proper = any(g in best.tag for g in PROPER_GRAMMEMES) or not best.is_known
    pos = "PROPN" if best.pos == "NOUN" and proper and word[:1].isupper() else best.pos
    return pos, tuple(best.feats.items())


def dictionary_reading(morph_vocab: MorphVocab, word: str) -> tuple[str, dict[str, str]]:
    """The likeliest part of speech and features of a word out of context (pymorphy2's first
    parse); a capitalised name or unknown word is PROPN, as the tagger would call it."""
    pos, feats = reading(morph_vocab, word)
    return pos, dict(feats)


@lru_cache(maxsize=1 << 17)
def lemma_of(word: str, pos: str, feats: Feats) -> str:
    """The word's lemma in the reading given; memoised, since the same words recur across a
    corpus and pymorphy2's guesser is slow on unknown ones."""
    return shared_morph_vocab().lemmatize(word, pos, dict(feats)) or word.lower()


@lru_cache(maxsize=1 << 12)
def grammar_of(pos: str, feats: Feats) -> tuple[str, str | None, str | None, bool]:
    """Part of speech, case, number and animacy: read off the reading, no dictionary."""
    grammemes = dict(feats)
    return pos, grammemes.get("Case"), grammemes.get("Number"), grammemes.get("Animacy") == "Anim"


def may_be_genitive(word: str) -> bool:
    """The dictionary has a genitive reading of the word, whatever the tagger chose in context
    («Японии», «Мали», «США»)."""
    return any(f.feats.get("Case") == "Gen" for f in shared_morph_vocab()(word.lower()))


GENDERS = ("masc", "femn", "neut", "ms-f")


@lru_cache(maxsize=1 << 14)
def _name_readings(word: str) -> tuple[bool, frozenset[tuple[str | None, str]]]:
    """Whether the dictionary knows the word as a name, and the (gender, case) of each of its
    singular readings as one, guessed ones too («Цзэминя»); none for a word that does not
    decline («Кэрри», «Ли»)."""
    forms = [f for f in shared_morph_vocab()(word.lower()) if NAME_GRAMMEMES & f.tag.grammemes]
    if any("Fixd" in f.tag for f in forms):
        return False, frozenset()
    readings = frozenset(
        (next((g for g in GENDERS if g in f.tag), None), f.feats["Case"])
        for f in forms
        if f.feats.get("Number") == "Sing" and "Case" in f.feats
    )
    return any(f.is_known for f in forms), readings


def name_cases(words: Sequence[str]) -> frozenset[str]:
    """The cases the dictionary lets a whole name stand in: those every word of it that it
    knows as a declining name may have, in the first such word's gender. «Мария Шукшина» is
    nominative only («Шукшина» is a man's genitive too, but not with «Мария»), «Ралифа
    Сафина» genitive or accusative. Empty where the dictionary knows none of the words or
    the words disagree, a guessed one included («Цзян Цзэминя»: the Chinese surname does not
    decline, the dictionary's «Цзян» does): the dictionary says nothing then."""
    read = [_name_readings(w) for w in words]
    known = [r for k, r in read if k and r]
    if not known:
        return frozenset()
    genders = {g for g, _ in known[0]}

    def cases(reading: frozenset[tuple[str | None, str]]) -> set[str]:
        return {c for g, c in reading if g in genders or g == "ms-f" or len(genders) != 1}

    allowed = set.intersection(*map(cases, known))
    if any(r and not cases(r) & allowed for k, r in read if not k):
        return frozenset()
    return frozenset(allowed)


@lru_cache(maxsize=1 << 14)
def noun_cases(word: str) -> frozenset[str]:
    """The cases the dictionary knows a word in as a singular noun («режиссера»: genitive,
    accusative), whatever the tagger chose in context."""
    forms = shared_morph_vocab()(word.lower())
    return frozenset(f.feats["Case"] for f in forms if f.pos == "NOUN" and f.feats.get("Number") == "Sing" and "Case" in f.feats)


def agrees(adjective: Token, noun: Token) -> bool:
    """The adjective is in the noun's case and number: it belongs to it («Верхняя палата»)."""
    return adjective.pos == "ADJ" and adjective.case == noun.case and adjective.number == noun.number


@lru_cache(maxsize=1 << 14)
def modifier_nominative(word: str, gender: str | None) -> str | None:
    """An adjective's or a participle's nominative singular in its noun's `gender` (UD's
    «Masc», «Fem», «Neut»; masculine when unknown): «действующего» → «действующий»,
    «российско-британской» → «российско-британская», «известных» → «известный»; None where
    the dictionary has no such reading. A participle's lemma is its verb («действовать»),
    which a title cannot use."""
    for form in shared_morph_vocab().parse(word.lower()):
        if form.pos not in ("ADJ", "VERB") or "Case" not in form.feats:
            continue
        inflected = form.inflect({gender or "Masc", "Nom", "Sing"})
        if inflected is not None:
            return inflected.word
    return None


def adjective_for(lemma: str, gender: str | None) -> str:
    """An adjective's nominative singular in a noun's gender (pymorphy2's «masc», «femn»,
    «neut»): «северный» for «Корея» is «северная»; the lemma when the gender is unknown."""
    ud = {"masc": "Masc", "femn": "Fem", "neut": "Neut"}.get(gender or "")
    form = next(iter(shared_morph_vocab().parse(lemma)), None)
    inflected = form.inflect({ud, "Nom", "Sing"}) if form is not None and ud else None
    return inflected.word if inflected else lemma
