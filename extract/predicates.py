"""Titles a verb gives: «Сидибе был министром …», «назначил Зворыкина руководителем
лаборатории», «Главой Рособрнадзора назначен Сергей Кравцов», «пост генерального директора
занимал …», and where the subject is not a name: «он был назначен послом», «Стал генералом,
работал министром» (NEREL dev: WORKS_AS read from the predicate, not from an apposition). A clause's own
subject, a pronoun or none, is `clause_titles.py`'s."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from .models import Mention
from .nlp import Analysis, Token
from .stretches import ByOffset
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
    if not own or NICKNAMED.search(analysis.text, max(0, person.start - NICKNAMED_REACH), person.start):
        return []  # a nickname is its bearer's, who is the verb's subject
    at, before = own[-1] + 1, own[0] - 1
    nickname = NICKNAME.match(analysis.text, person.stop)
    if nickname:
        at = next((i for i in range(at, len(tokens)) if tokens[i].start >= nickname.end()), len(tokens))
    if tokens[own[0]].case in (None, "Nom"):
        return linked_titles(analysis, at)
    if before >= 0 and tokens[before].lemma in APPOINTING_VERBS:
        return _titles_at(analysis, at, post=False)
    return []


# A nickname after the name, in brackets or quotes or neither: «Фрэнк Кали по прозвищу (Фрэнки
# Бой) был главарем клана Гамбино» (NEREL dev).
NICKNAME = re.compile(r"\s*по\s+(?:прозвищу|кличке)\s*(?:\([^()\n]{1,40}\)|«[^«»\n]{1,40}»|\"[^\"\n]{1,40}\"|(?:[А-ЯЁA-Z][\w-]*\s*){1,3})")
NICKNAMED = re.compile(r"по\s+(?:прозвищу|кличке)\s*[(«\"]?\s*\Z")
NICKNAMED_REACH = 100  # characters before the name where «по прозвищу» is looked for


def linked_titles(analysis: Analysis, at: int, plural: bool = False) -> list[tuple[int, int, str]]:
    """The titles the linking verbs at token `at` give their subject, which stands just
    before: «был назначен министром», «занял пост генерального директора»."""
    tokens = analysis.tokens
    while at < len(tokens) and tokens[at].pos in ("ADV", "PART", "AUX") and tokens[at].lemma != "быть":
        at += 1
    verbs = []
    while at < len(tokens) and tokens[at].pos in ("VERB", "AUX", "ADJ") and tokens[at].lemma in LINKING_VERBS | HOLDING_VERBS:
        verbs.append(tokens[at].lemma)  # «был назначен»: auxiliary and participle
        at += 1
    if not verbs or _appoints(tokens[at - 1]):
        return []
    return _titles_at(analysis, at, post=verbs[-1] in HOLDING_VERBS, plural=plural)


def _appoints(verb: Token) -> bool:
    """An active appointing verb: its subject gives the title, to its object («Дмитрий
    Медведев назначил руководителем … Ивана Муравьева»), unlike «был назначен»."""
    return verb.lemma in APPOINTING_VERBS and verb.text.lower().endswith(("л", "ла", "ли", "ет", "ит", "ют", "ят"))


def _titles_at(analysis: Analysis, at: int, post: bool, plural: bool = False) -> list[tuple[int, int, str]]:
    """The title at token `at` and those coordinated with it («министром, а затем послом»)."""
    tokens = analysis.tokens
    if at >= len(tokens):
        return []
    sentence = tokens[at - 1].sentence
    titles = []
    title = _predicate_title(tokens, at, post, sentence, plural)
    while title:
        titles.append((title[0].start, title[-1].stop, title_text(title, analysis.text)))
        at = bisect_left(analysis.starts, title[-1].stop)  # the word after the title
        title = _predicate_title(tokens, _past_coordination(tokens, at), False, sentence, plural) if not post else []
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


def _predicate_title(tokens: Sequence[Token], at: int, post: bool, sentence: int, plural: bool = False) -> list[Token]:
    """The noun phrase at `at` (adverbs skipped): an instrumental title, or after «пост» a
    genitive one; it runs to the next punctuation mark, conjunction or verb."""
    while at < len(tokens) and tokens[at].pos in ("ADV", "PART", "AUX"):
        at += 1
    if post:
        if at >= len(tokens) or tokens[at].lemma not in POSTS:
            return []
        at += 1
    phrase = []
    for i in range(at, len(tokens)):
        t = tokens[i]
        if t.sentence != sentence or t.pos in ("PUNCT", "CCONJ", "VERB", "SCONJ", "PRON", "ADV", "NUM"):
            break
        if phrase and t.pos == "ADP" and when(tokens, i + 1):
            break  # «император Японии | с 7 января 1989 года»
        phrase.append(t)
    return phrase if headed(phrase, "Gen" if post else "Ins", plural) else []


# Nouns that make a prepositional phrase a time, not part of a title: «главой управления | в
# июле 2019 года», «президентом | в 1985—1990 годах», «послом | в начале 2000-х».
TIME_NOUNS = frozenset(
    "год век период время начало конец середина январь февраль март апрель май июнь июль "
    "август сентябрь октябрь ноябрь декабрь".split()
)


def when(tokens: Sequence[Token], at: int) -> bool:
    """The words from `at` (after a preposition) say when: a number or a time noun."""
    while at < len(tokens) and tokens[at].pos == "ADJ" and not tokens[at].text[:1].isdigit():
        at += 1  # «за последние 200 лет»
    return at < len(tokens) and (tokens[at].pos == "NUM" or tokens[at].text[:1].isdigit() or tokens[at].lemma in TIME_NOUNS)


def untimed(phrase: list[Token]) -> list[Token]:
    """The title without the time that closes it: «премьер Государственного совета Китая |
    в 1988—1998 годах»."""
    cut = next((i for i, t in enumerate(phrase) if i and t.pos == "ADP" and when(phrase, i + 1)), len(phrase))
    return phrase[:cut]


def headed(phrase: Sequence[Token], case: str, plural: bool = False) -> bool:
    """The phrase opens with its head noun, in `case` (adjectives allowed before it)."""
    first = next((i for i, t in enumerate(phrase) if t.pos != "ADJ"), len(phrase))
    return first < len(phrase) and is_head(phrase[first], plural) and phrase[first].case == case


# Verbs after a fronted position and before the name: «Главой Рособрнадзора назначен Сергей
# Кравцов», «Операторами выступили Михаил Агранович и Михаил Хасая», «пост генерального
# директора занимал Раис Ханнанов» (NEREL dev).
# «выступить» gives a function at one event («Модератором встречи выступил …»), which is no
# position where the name has its own title beside it.
OCCASIONAL_VERBS = frozenset({"выступить", "выступать"})
FRONTED_VERBS = LINKING_VERBS | HOLDING_VERBS | OCCASIONAL_VERBS
FRONTED_GAP = 8  # words at most between the verb and the name («стал близкий друг …»)


def titles_fronted(
    analysis: Analysis, person: Mention, people: ByOffset[Mention], titled: bool = False
) -> list[tuple[int, int, str]]:
    """(start, stop, title) of a position written before its verb when the name, the
    subject, comes after the verb: «Главой Рособрнадзора назначен Сергей Кравцов», or between
    a post and its verb: «Пост главы правительства Мали Кейта занимал с 1994 года». `titled`:
    a title stands before the name, so an occasional function is no position («Модератором
    встречи выступил исполнительный директор Союза юристов Аргын Искакбеков»)."""
    tokens = analysis.tokens
    own = range(*analysis.token_range(person.start, person.stop))
    if not own or tokens[own[0]].case not in (None, "Nom"):
        return []
    after = own[-1] + 1
    if after < len(tokens) and tokens[after].lemma in HOLDING_VERBS:
        return _fronted_post(analysis, own[0], own[0])  # «Пост главы … Кейта занимал»
    verb = _verb_before(analysis, own[0], people)
    if verb is None:
        return []
    if tokens[verb].lemma in HOLDING_VERBS:
        return _fronted_post(analysis, verb, own[0])
    if titled and tokens[verb].lemma in OCCASIONAL_VERBS:
        return []
    phrase = _phrase_before(tokens, verb)
    one_of = _one_of(tokens, phrase, verb)
    if one_of:
        phrase = one_of
    elif not headed(phrase, "Ins", plural=True):
        return []
    return [(phrase[0].start, phrase[-1].stop, title_text(phrase, analysis.text))]


def _one_of(tokens: Sequence[Token], phrase: Sequence[Token], verb: int) -> list[Token]:
    """The plural title of «[Ещё] одним из наиболее вероятных кандидатов … является», which
    is one person's: the words after «одним из», or the whole phrase where an adverb kept
    «одним из» out of it. Empty where the phrase is not one of those. `phrase` ends right
    before the word `verb`."""
    for k in range(len(phrase) - 2):
        if phrase[k].lemma == "один" and phrase[k].case == "Ins" and phrase[k + 1].text.lower() == "из":
            title = list(phrase[k + 2 :])
            return title if headed(title, "Gen", plural=True) else []
    i = verb - len(phrase) - 1 if phrase else -1
    while i > 0 and tokens[i].pos == "ADV":
        i -= 1
    if i < 1 or tokens[i].text.lower() != "из" or tokens[i - 1].lemma != "один" or tokens[i - 1].case != "Ins":
        return []
    return list(phrase) if headed(phrase, "Gen", plural=True) else []


def _verb_before(analysis: Analysis, at: int, people: ByOffset[Mention]) -> int | None:
    """The index of the first of the verbs that stand before the name at `at`, with nothing
    but a noun phrase between them (a quoted name and initials allowed: «станет лауреат
    фестиваля «Кинотавр» Оксана Карас»), and no other subject: no person named in the
    nominative, unless a noun governs the name («стал близкий друг В.Лукашенко …»)."""
    tokens = analysis.tokens
    i = at - 1
    while i >= 0 and at - i <= FRONTED_GAP and tokens[i].pos not in ("VERB", "AUX", "CCONJ", "SCONJ", "PRON"):
        named = next(iter(people.overlapping(tokens[i].start, tokens[i].start + 1)), None)
        if tokens[i].pos == "PUNCT" and named is None and tokens[i].text not in QUOTES:
            break
        if named is not None and tokens[i].case == "Nom" and not _governed(analysis, named):
            return None  # another subject: «Главой стал Иванов, Петров …» is not Петров's
        i -= 1
    if i < 0 or tokens[i].pos not in ("VERB", "AUX"):
        return None
    while i > 0 and tokens[i - 1].pos in ("VERB", "AUX") and tokens[i - 1].sentence == tokens[i].sentence:
        i -= 1  # «был назначен»
    verbs = {t.lemma for t in tokens[i:at] if t.pos in ("VERB", "AUX")}
    return i if verbs <= FRONTED_VERBS else None


QUOTES = frozenset("«»\"„“")


def _governed(analysis: Analysis, named: Mention) -> bool:
    """A common noun stands right before the name, which is then its (indeclinable)
    genitive: «друг В.Лукашенко», «сын Амаду Тумани Туре»."""
    first = bisect_left(analysis.starts, named.start)
    return first > 0 and analysis.tokens[first - 1].pos == "NOUN"


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
    if not headed(title, "Gen"):
        return []
    return [(title[0].start, title[-1].stop, title_text(title, analysis.text))]
