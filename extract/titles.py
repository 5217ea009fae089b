"""What a position title is, word by word: the nouns that head one, the words it may hold
after its head, and its dictionary form. Shared by the titles written beside a name
(`roles.py`) and those a verb gives (`predicates.py`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple
from functools import lru_cache

from .geonames import inhabitant
from .morph import modifier_nominative, noun_cases, shared_morph_vocab
from .nlp import Analysis, Token, tagged_feats
from .russian import NAME_PARTICLES, NOT_TITLES
from .spans import person_noun
from .stretches import Stretches

# Lemmas that head a position title in Russian news (source: titles in the seeds and NEREL's
# PROFESSION entities); singular only, so «члены коалиции» is not read as one person's title.
TITLE_HEADS = frozenset(
    """
    заместитель министр вице-министр вице-премьер премьер-министр депутат председатель
    сопредседатель президент вице-президент директор ректор проректор декан актер актёр
    актриса артист юрист адвокат специалист член спикер руководитель глава сенатор аким
    писатель поэт журналист эксперт профессор доцент секретарь советник посол судья
    прокурор начальник заведующий лидер основатель представитель уполномоченный
    омбудсмен мэр губернатор министр-председатель помощник атташе консул генпрокурор
    политолог экономист историк художник режиссер режиссёр певец певица композитор
    учитель врач ученый учёный академик аналитик мастер шахтер шахтёр
    император императрица король королева принц принцесса кронпринц папа кардинал патриарх
    митрополит генерал полковник адмирал маршал капитан госсекретарь гендиректор главред
    """.split()
)

# A noun's forms begin with the first three letters of its lemma (no title head is suppletive).
HEAD_STARTS = frozenset(head.replace("ё", "е")[:3] for head in TITLE_HEADS)


def is_head(token: Token, plural: bool = False) -> bool:
    """A singular noun naming a position or occupation: one of TITLE_HEADS, or any animate
    common noun that is not kinship or a generic person (NEREL dev: «рэпер», «кардинал»,
    «полузащитник» are PROFESSION too; «дочь», «житель» are not).

    Kept per word form and reading: the roles, epithets and presence rules ask it of the same
    words again and again, and the answer depends on nothing else."""
    return _is_head(token.text, token.tagged, plural)


def title_alone(analysis, start: int, stop: int) -> bool:
    """A name that is a title and nothing more («Президент подчеркнул …», the tagger's PER for
    a capitalised title): it stands for whoever the article says holds the title, not for a
    person of that name."""
    first, last = analysis.token_range(start, stop)
    return last - first == 1 and is_head(analysis.tokens[first])


@lru_cache(maxsize=1 << 16)
def _is_head(text: str, tagged: tuple | None, plural: bool) -> bool:
    token = Token(0, len(text), text, 0, tagged)
    if token.number == "Plur" and not plural and not _singular(token.text):
        return False
    if token.text[:3].lower().replace("ё", "е") not in HEAD_STARTS and not _may_head_unlisted(token):
        return False  # what the rest comes to, read without looking the lemma up (most words)
    lemma = token.lemma.replace("ё", "е")
    if lemma in TITLE_HEADS:
        return True  # even tagged PROPN, as a capitalised head often is («Император Акихито»)
    if lemma in NOT_TITLES or inhabitant(lemma):
        return False
    if token.pos == "PROPN" and token.text[:1].isupper():
        # a capitalised occupation opening a sentence, which the tagger took for a name
        # («Нейрохирург Мэри Кобб рассказала»): the dictionary knows it only as a person noun
        readings = shared_morph_vocab()(token.text.lower())  # «Внучка» may read as «внучок»
        kin = any(r.normal.replace("ё", "е") in NOT_TITLES for r in readings)
        return not kin and person_noun(shared_morph_vocab(), token.text)
    if token.pos == "ADJ":
        # a noun the tagger read as an adjective, the dictionary knows only as a person
        # («близкому другу Месси, футболисту Лукасу Скаглии», «ассистентку стоматолога»)
        return person_noun(shared_morph_vocab(), token.text)
    return token.pos == "NOUN" and (token.animate or _unknown_person(token.text))


def _may_head_unlisted(token: Token) -> bool:
    """What `is_head` needs of a word that is none of TITLE_HEADS, before its lemma: an animate
    noun or one shaped like a person's, a capitalised proper noun or an adjective the
    dictionary knows only as a person noun. Any other word heads no title."""
    if token.pos == "NOUN":
        return token.animate or _unknown_person(token.text)
    if token.pos == "ADJ" or (token.pos == "PROPN" and token.text[:1].isupper()):
        return person_noun(shared_morph_vocab(), token.text)
    return False


# Suffixes of nouns for people («марафонец», «велосипедист», «путешественник», «учредитель»).
PERSON_SUFFIXES = ("ец", "ист", "ник", "чик", "щик", "тель")


@lru_cache(maxsize=1 << 15)
def _unknown_person(word: str) -> bool:
    """A word the dictionary does not know, shaped like a noun for a person, which the
    dictionary guesses animate: the tagger calls such words inanimate («российский
    ультрамарафонец и североходец … Дмитрий Ерохин», NEREL dev)."""
    if not word.lower().endswith(PERSON_SUFFIXES):
        return False
    parses = shared_morph_vocab()(word.lower())
    return bool(parses) and all(not p.is_known and p.pos == "NOUN" and "anim" in p.tag for p in parses)


@lru_cache(maxsize=1 << 15)
def _singular(word: str) -> bool:
    """Every reading of the word is singular, whatever the tagger said («близкий друг
    В.Лукашенко экс-пограничник Вадим Зайцев» read plural)."""
    forms = shared_morph_vocab()(word.lower())
    return bool(forms) and all(f.feats.get("Number") == "Sing" for f in forms)


# Parts of speech a title may hold after its head noun («председатель комитета Совета
# Федерации по экономической политике»); a verb means the words are a clause, not a title.
TITLE_TAIL = frozenset({"NOUN", "ADJ", "PROPN", "ADP", "NUM", "DET", "CCONJ", "PUNCT", "X", "SYM"})


def title_like(segment: Sequence[Token], head: int) -> bool:
    """The words after the head may follow a title's head; inside «» they are a name and
    may be any word («главный редактор радиостанции «Говорит Москва»»)."""
    quoted = False
    for t in segment[head:]:
        if t.text in ("«", "»"):
            quoted = t.text == "«"
        elif not quoted and t.pos not in TITLE_TAIL and t.text.lower() not in NAME_PARTICLES:
            return False
    return True


def without_partner(tokens: Sequence[Token], head: int) -> list[Token]:
    """The title's words up to a conjunction that joins its holder to someone else:
    «президент и миссис Обама» is the president and his wife, and the title «президент»."""
    for at in range(head + 1, len(tokens)):
        if tokens[at].pos == "CCONJ" and not _joins_tail(tokens, head, at) and not _title_after(tokens, at + 1):
            return list(tokens[:at])
    return list(tokens)


def _title_after(tokens: Sequence[Token], at: int) -> bool:
    """A second title of the same person follows («писатель-фронтовик и общественный деятель»)."""
    while at < len(tokens) and tokens[at].pos == "ADJ":
        at += 1
    return at < len(tokens) and is_head(tokens[at], plural=True)


def _joins_tail(segment: Sequence[Token], head: int, at: int) -> bool:
    """A conjunction inside a title joins two words the head governs, in one case
    («министр культуры и информации», «комитета по науке и образованию»); right after the
    head it joins the head to someone else («президент и миссис Обама»)."""
    if at == head + 1 or at + 1 >= len(segment):
        return False
    before, after = segment[at - 1], segment[at + 1]
    return after.text in ("«", '"') or before.case is None or after.case is None or before.case == after.case


def title_text(tokens: Sequence[Token], text: str) -> str:
    """The title as a nominative phrase: an oblique head («Президента страны») takes its lemma."""
    head = next(i for i, t in enumerate(tokens) if is_head(t, plural=True))
    rest = text[tokens[head].stop : tokens[-1].stop]
    known = noun_cases(tokens[head].text)
    nominative = tokens[head].case in (None, "Nom") and (not known or "Nom" in known)
    if nominative and tokens[head].number != "Plur":
        phrase = text[tokens[0].start : tokens[head].stop]
    else:
        gender = dict(tokens[head].tagged[1]).get("Gender") if tokens[head].tagged else None
        words = [modifier_nominative(t.text, gender) or t.lemma for t in tokens[:head]]
        phrase = " ".join([*words, tokens[head].lemma])
    title = phrase + rest
    return title[:1].lower() + title[1:]


class Phrase(NamedTuple):
    """A title as written: token indices [first, last) and its head word."""

    first: int
    head: int
    last: int


# Parts of speech a title's genitive tail may hold after its head («министра финансов»).
TAIL = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def phrases(analysis: Analysis, first: int, last: int, people: Stretches) -> list[Phrase]:
    """The title phrases of tokens [first, last): a head noun naming a position, the adjectives
    before it, the genitives after it («первый заместитель министра финансов»). A head in
    another's genitive tail is that title's word, not a title of its own («заместитель
    премьер-министра»). `people`: the names' spans."""
    tokens = analysis.tokens

    def named(t: Token) -> bool:
        return people.holds(t.start, t.stop)

    found: list[Phrase] = []
    i = first
    while i < last:
        t = tokens[i]
        if t.pos not in ("NOUN", "PROPN", "ADJ") or named(t) or not is_head(t, plural=True):
            i += 1
            continue
        start = i
        while start > first and tokens[start - 1].pos == "ADJ" and not named(tokens[start - 1]):
            start -= 1
        stop = i + 1
        while stop < last and stop - i <= 6:
            n = tokens[stop]
            if named(n) or n.pos not in TAIL or n.case not in ("Gen", None):
                break
            stop += 1
        found.append(Phrase(start, i, stop))
        i = stop
    return found


def tagged_gender(token: Token) -> str | None:
    """The gender the tagger gave the word, if it read it."""
    return tagged_feats(token).get("Gender")
