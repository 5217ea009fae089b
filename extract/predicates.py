"""Titles a verb gives: «Сидибе был министром …», «назначил Зворыкина руководителем
лаборатории», «Главой Рособрнадзора назначен Сергей Кравцов», «пост генерального директора
занимал …» (NEREL dev: WORKS_AS read from the predicate, not from an apposition)."""

from __future__ import annotations

from collections.abc import Sequence

from .models import Mention
from .nlp import Analysis, Token
from .titles import TITLE_TAIL, is_head, title_text

LINKING_VERBS = frozenset(
    "быть стать становиться являться работать служить трудиться остаться оставаться "
    "назначить назначать избрать избирать утвердить переизбрать".split()
)
APPOINTING_VERBS = frozenset("назначить назначать избрать избирать утвердить".split())
HOLDING_VERBS = frozenset("занимать занять".split())
POSTS = frozenset({"пост", "должность"})


def titles_predicated(analysis: Analysis, person: Mention) -> list[tuple[int, int, str]]:
    """(start, stop, title) of a position a verb right after the name gives the person:
    «Сидибе был министром …», «Маккаррик стал кардиналом», «Шаймиев занял пост генерального
    директора», or right before it: «назначил Зворыкина руководителем лаборатории» (NEREL dev:
    WORKS_AS read from the predicate)."""
    tokens = analysis.tokens
    own = range(*analysis.token_range(person.start, person.stop))
    if not own:
        return []
    at, before = own[-1] + 1, own[0] - 1
    if tokens[own[0]].case in (None, "Nom"):
        while at < len(tokens) and tokens[at].pos in ("ADV", "PART", "AUX") and tokens[at].lemma != "быть":
            at += 1
        verbs = []
        while at < len(tokens) and tokens[at].pos in ("VERB", "AUX", "ADJ") and tokens[at].lemma in LINKING_VERBS | HOLDING_VERBS:
            verbs.append(tokens[at].lemma)  # «был назначен»: auxiliary and participle
            at += 1
        if not verbs:
            return []
        post = verbs[-1] in HOLDING_VERBS
    elif before >= 0 and tokens[before].lemma in APPOINTING_VERBS:
        post = False
    else:
        return []
    sentence = tokens[own[0]].sentence
    titles = []
    title = _predicate_title(tokens, at, post, sentence)
    while title:
        titles.append((title[0].start, title[-1].stop, title_text(title, analysis.text)))
        at = tokens.index(title[-1]) + 1
        title = _predicate_title(tokens, _past_coordination(tokens, at), False, sentence) if not post else []
    return titles


# What joins a second position to the first one a verb gives: «был министром здравоохранения,
# а затем министром иностранных дел» (NEREL dev).
COORDINATION = frozenset({",", "а", "и", "затем", "потом", "позже", "также", "позднее"})


def _past_coordination(tokens: Sequence[Token], at: int) -> int:
    """Where the second title starts, or `at` itself if no coordination follows."""
    start = at
    while at < len(tokens) and tokens[at].text.lower() in COORDINATION:
        at += 1
    return at if at > start else len(tokens)


def _predicate_title(tokens: Sequence[Token], at: int, post: bool, sentence: int) -> list[Token]:
    """The noun phrase at `at` (adverbs skipped): an instrumental title, or after «пост» a
    genitive one; it runs to the next punctuation mark, conjunction or verb."""
    while at < len(tokens) and tokens[at].pos in ("ADV", "PART", "AUX"):
        at += 1
    if post:
        if at >= len(tokens) or tokens[at].lemma not in POSTS:
            return []
        at += 1
    phrase = []
    for t in tokens[at:]:
        if t.sentence != sentence or t.pos in ("PUNCT", "CCONJ", "VERB", "SCONJ", "PRON"):
            break
        phrase.append(t)
    return phrase if _headed(phrase, "Gen" if post else "Ins") else []


def _headed(phrase: Sequence[Token], case: str, plural: bool = False) -> bool:
    """The phrase opens with its head noun, in `case` (adjectives allowed before it)."""
    first = next((i for i, t in enumerate(phrase) if t.pos != "ADJ"), len(phrase))
    return first < len(phrase) and is_head(phrase[first], plural) and phrase[first].case == case


# Verbs after a fronted position and before the name: «Главой Рособрнадзора назначен Сергей
# Кравцов», «Операторами выступили Михаил Агранович и Михаил Хасая», «пост генерального
# директора занимал Раис Ханнанов» (NEREL dev).
FRONTED_VERBS = LINKING_VERBS | HOLDING_VERBS | frozenset({"выступить", "выступать"})
FRONTED_GAP = 8  # words at most between the verb and the name («стал близкий друг …»)


def titles_fronted(analysis: Analysis, person: Mention, people: Sequence[Mention]) -> list[tuple[int, int, str]]:
    """(start, stop, title) of a position written before its verb when the name, the
    subject, comes after the verb: «Главой Рособрнадзора назначен Сергей Кравцов», or between
    a post and its verb: «Пост главы правительства Мали Кейта занимал с 1994 года»."""
    tokens = analysis.tokens
    own = range(*analysis.token_range(person.start, person.stop))
    if not own or tokens[own[0]].case not in (None, "Nom"):
        return []
    after = own[-1] + 1
    if after < len(tokens) and tokens[after].lemma in HOLDING_VERBS:
        return _fronted_post(analysis, own[0], own[0])  # «Пост главы … Кейта занимал»
    verb = _verb_before(tokens, own[0], people)
    if verb is None:
        return []
    if tokens[verb].lemma in HOLDING_VERBS:
        return _fronted_post(analysis, verb, own[0])
    phrase = _phrase_before(tokens, verb)
    if not _headed(phrase, "Ins", plural=True):
        return []
    return [(phrase[0].start, phrase[-1].stop, title_text(phrase, analysis.text))]


def _verb_before(tokens: Sequence[Token], at: int, people: Sequence[Mention]) -> int | None:
    """The index of the first of the verbs that stand before the name at `at`, with nothing
    but a noun phrase between them, and no other subject: no person named in the nominative."""
    i = at - 1
    while i >= 0 and at - i <= FRONTED_GAP and tokens[i].pos not in ("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON"):
        if tokens[i].case == "Nom" and any(p.start <= tokens[i].start < p.stop for p in people):
            return None  # another subject: «Главой стал Иванов, Петров …» is not Петров's
        i -= 1
    if i < 0 or tokens[i].pos not in ("VERB", "AUX"):
        return None
    while i > 0 and tokens[i - 1].pos in ("VERB", "AUX") and tokens[i - 1].sentence == tokens[i].sentence:
        i -= 1  # «был назначен»
    verbs = {t.lemma for t in tokens[i:at] if t.pos in ("VERB", "AUX")}
    return i if verbs <= FRONTED_VERBS else None


def _phrase_before(tokens: Sequence[Token], at: int) -> list[Token]:
    """The noun phrase that ends right before token `at`, back to its clause's start."""
    i = at
    while i > 0 and tokens[i - 1].sentence == tokens[at].sentence and tokens[i - 1].pos in TITLE_TAIL - {"PUNCT", "CCONJ"}:
        i -= 1
    return list(tokens[i:at])


def plural_title(analysis: Analysis, found: tuple[int, int, str]) -> bool:
    """The title's head is plural, so it is shared by the list of names after the verb
    («Операторами выступили Михаил Агранович и Михаил Хасая»); a singular one is the first's."""
    return any(t.number == "Plur" and is_head(t, plural=True) for t in analysis.tokens_in(found[0], found[1]))


def _fronted_post(analysis: Analysis, verb: int, name: int) -> list[tuple[int, int, str]]:
    """«пост генерального директора занимал …»: the genitive title after «пост»/«должность»."""
    tokens = analysis.tokens
    phrase = _phrase_before(tokens, verb)
    posts = [i for i, t in enumerate(phrase) if t.lemma in POSTS]
    if not posts:
        return []
    title = phrase[posts[-1] + 1 :]
    if not _headed(title, "Gen"):
        return []
    return [(title[0].start, title[-1].stop, title_text(title, analysis.text))]
