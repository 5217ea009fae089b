"""Compound organisations: a body and what completes it, written as one name: a place
(«Верховный суд Испании», «правительство Москвы»), another organisation («Главное управление
МВД России по Нижегородской области»), or its leader («Правительство Медведева»).

The organisation a reader means is the whole phrase: «Верховный суд» alone is no particular
court. The phrase is kept as a layer of its own over `ArticleRecord.mentions`, which keep
its parts (the body's name, the place), because both readings are in use: NEREL annotates
the whole phrase as ORG with the parts nested inside, factRuEval only the parts (dev sets: an
organisation right before a genitive place is whole 36 times in NEREL and split 25 times in
factRuEval, never the other way).
"""

from __future__ import annotations

import re

from collections.abc import Sequence

from .kazakh_crf import quoted_compounds
from .mentions import inside
from .stretches import ByOffset, Stretches
from .models import Mention, Role
from .names import fold
from .morph import agrees, may_be_genitive, shared_morph_vocab
from .nlp import Analysis, Token

# Common nouns that name a body when a place or an organisation follows in the genitive
# («правительство Мали», «полиция Нью-Йорка», «власти Перу», «Верхняя палата парламента
# Японии», «философский факультет МГУ»); whole lemmas, so «судья» or «советник» never head one.
BODY_NOUNS = frozenset(
    """
    правительство парламент полиция суд министерство посольство консульство администрация
    прокуратура армия мэрия кабмин сенат конгресс милиция ведомство спецслужба минобороны
    комитет комиссия управление служба совет департамент бюро палата инспекция
    штаб дума ассамблея госдума нацполиция генпрокуратура минздрав мид мвд
    факультет кафедра отделение филиал пресс-служба секретариат партия
    """.split()
)
COMPLEMENT_WORDS = 2
LISTED = re.compile(r"\s*(?:,|и\s)\s*[А-ЯЁ]")
# Bodies a person's name completes: «правительство Медведева», «администрации Джорджа
# Буша-младшего», «партии Цвангираи»; not «совет», which is also advice, nor «штаб», whose
# person may be the candidate it serves («штаба телеведущей Ксении Собчак»: NEREL keeps her a name).
LED_BODIES = frozenset({"правительство", "администрация", "кабинет", "партия"})
PLURAL_ONLY = frozenset({"власть"})  # «власти Перу»: the authorities; «власть России» is power


def compound_organisations(analysis: Analysis, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """The compounds of one article, in text order: a body (an organisation's mention, or a
    body noun with its adjectives and its own genitive) right before a place or another
    organisation in the genitive (or, for a government or a party, a person: «партии
    Цвангираи»), and whatever genitive or «по …» parts follow that («Главное управление МВД
    России по Нижегородской области»)."""
    text, kazakh = analysis.text, analysis.kazakh
    parts = sorted((m for m in mentions if m.type in ("LOC", "ORG")), key=lambda m: m.start)
    orgs = {m.stop: m for m in mentions if m.type == "ORG"}
    named = Stretches((m.start, m.stop) for m in mentions)
    following: dict[int, Mention] = {}
    for part in parts:
        following.setdefault(part.start, part)
    found: list[Mention] = []
    for part in sorted((*parts, *(m for m in mentions if m.type == "PER")), key=lambda m: m.start):
        if inside(part.start, part.stop, kazakh) or not _genitive(analysis, part):
            continue
        body = _body_before(analysis, part, orgs, named)
        if body is None or (part.type == "PER" and body[3] not in LED_BODIES):
            continue
        start, head_stop, normal, _ = body
        if found and found[-1].start <= start < found[-1].stop:
            continue  # «управления МВД России по Кировской области»: already the tail of one
        stop = _tail(analysis, part.stop, following)
        name = normal + text[head_stop:stop]
        found.append(Mention(type="ORG", start=start, stop=stop, text=text[start:stop], normal=name, key=fold(name)))
    found += quoted_compounds(text, kazakh, mentions)
    return tuple(sorted(found, key=lambda m: (m.start, m.stop)))


def _genitive(analysis: Analysis, part: Mention) -> bool:
    """The part's first word (a person's last) may be genitive: the dictionary has such a
    reading («Японии», «Мали», «США»), whatever the tagger chose in context; and the part is
    not the first of a list."""
    words = analysis.tokens_in(part.start, part.stop)
    if not words or LISTED.match(analysis.text, part.stop):
        return False  # «Союза юристов Жетісуской, Акмолинской … областей»: a body of several places
    word = words[-1] if part.type == "PER" else words[0]  # a person's surname: «А.Колчака»
    return may_be_genitive(word.text)


def _body_before(
    analysis: Analysis, part: Mention, orgs: dict[int, Mention], named: Stretches
) -> tuple[int, int, str, str] | None:
    """(start, end of the body's head, the body's nominative, the head's lemma when it is a
    common noun) right before the place, organisation or person `part`; `named`: where the
    article's mentions are."""
    text = analysis.text
    org = orgs.get(part.start - 1)
    if org is not None and text[org.stop] == " ":
        if org.text.endswith(("»", '"')):
            return None  # a quoted name is complete: «Лондонский «Арсенал»» is no Arsenal of London
        return org.start, org.stop, org.normal, ""
    first, _ = analysis.token_range(part.start, part.stop)
    if first == 0:
        return None
    tokens = analysis.tokens
    i = first - 1
    if text[tokens[i].stop : part.start] != " ":
        return None
    reach = i - COMPLEMENT_WORDS
    while i > max(reach, 0) and _complement(tokens[i]) and _adjacent(text, tokens[i - 1], tokens[i]):
        i -= 1  # the body's own genitive: «министерстве обороны Мали», «управления мусульман Ингушетии»
    if not _body_noun(tokens[i]) or named.holds(tokens[i].start, tokens[i].stop):
        return None
    while i > 0 and tokens[i].case == "Gen" and _body_noun(tokens[i - 1]) and _adjacent(text, tokens[i - 1], tokens[i]):
        i -= 1  # «палата парламента Японии»: the body of a body
    while i > 0 and agrees(tokens[i - 1], tokens[i]) and _adjacent(text, tokens[i - 1], tokens[i]):
        i -= 1  # «Верхняя палата», «федеральный суд», «Хорошевский суд»
    if named.holds(tokens[i].start, tokens[i].stop):
        return None
    phrase = tokens[i:first]
    head = next(j for j, t in enumerate(phrase) if t.pos == "NOUN")
    return phrase[0].start, phrase[head].stop, nominative_phrase(phrase[: head + 1]), phrase[head].lemma.lower()


def _complement(token: Token) -> bool:
    return token.text[:1].islower() and token.pos in ("NOUN", "ADJ") and token.case == "Gen" and not _body_noun(token)


def _adjacent(text: str, left: Token, right: Token) -> bool:
    return text[left.stop : right.start] == " "


def _body_noun(token: Token) -> bool:
    if token.pos != "NOUN":
        return False
    lemma = token.lemma.lower()
    if lemma in PLURAL_ONLY:  # the tagger's number: «в период власти режима» is singular
        return token.number == "Plur"
    return lemma in BODY_NOUNS and token.number != "Plur"  # «региональных филиалов Союза юристов» are many bodies


def nominative_phrase(words: Sequence[Token]) -> str:
    """A noun phrase's words (adjectives, then the head noun) in the nominative, its number
    kept and its adjectives agreeing, capitalised as written («властями» → «власти»,
    «Следственного комитета» → «Следственный комитет», «в областной библиотеке» → «областная
    библиотека»); a word the dictionary cannot inflect stays as written."""
    forms = [_reading(t) for t in words]
    noun = forms[-1]
    grams = {"Nom", noun.feats.get("Gender", "Masc")} if noun and noun.feats.get("Number") == "Sing" else {"Nom"}
    out = []
    for t, form in zip(words, forms):
        nominative = form and form.inflect(grams if form.pos == "ADJ" else {"Nom"})
        word = nominative.word if nominative else t.text
        out.append(word[:1].upper() + word[1:] if t.text[:1].isupper() else word)
    return " ".join(out)


def _reading(t: Token):
    """The dictionary's reading of the word in the case and number the tagger gave it
    (plural for «власти», which the dictionary alone reads singular first)."""
    number = "Plur" if t.lemma.lower() in PLURAL_ONLY else t.number
    for form in shared_morph_vocab()(t.text.lower()):
        if form.pos == t.pos and form.feats.get("Number") == number and (form.feats.get("Case") == t.case or number != t.number):
            return form
    return None


def _tail(analysis: Analysis, stop: int, parts: dict[int, Mention]) -> int:
    """Where the compound ends: after its part, any part in the genitive right after it
    («управления полиции Западного административного округа Москвы») or after «по»
    («… России по Нижегородской области»). `parts`: the places and organisations by where
    they start (the first of each start)."""
    text = analysis.text
    while True:
        after = parts.get(stop + 1)
        by = parts.get(stop + 4) if text[stop : stop + 4] == " по " else None
        if after is not None and text[stop] == " " and _genitive(analysis, after):
            stop = after.stop
        elif by is not None:
            stop = by.stop
        else:
            return stop


def compound_roles(roles: Sequence[Role], compounds: Sequence[Mention], mentions: Sequence[Mention]) -> list[Role]:
    """Each role's organisation is the compound its title holds, when there is one: «председателя
    правительства Ингушетии» works for «правительство Ингушетии», which has no name of its own
    in the mentions, and «директор Национального центрального музея РК» for the whole name."""
    by_offset = ByOffset(compounds)
    orgs = ByOffset(m for m in mentions if m.type == "ORG")
    out = []
    for role in roles:
        held = next(iter(by_offset.within(role.start, role.stop)), None)
        if held and (role.organisation is None or _holds(held, role.organisation, orgs)):
            role = role.model_copy(update={"organisation": held.normal})
        out.append(role)
    return out


def _holds(compound: Mention, organisation: str, orgs: ByOffset[Mention]) -> bool:
    return any(m.normal == organisation for m in orgs.within(compound.start, compound.stop))
