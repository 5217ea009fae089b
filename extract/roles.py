"""Roles: the positions written before a person's name («депутат Мажилиса Аманжол Алтай»),
and the role-only phrases («спикер Сената», «вице-премьер») that stand for a person.

Russian news puts titles in apposition before the name and chains several with commas,
dashes and «и» («заместитель премьер-министра – министр культуры и информации, член
коалиции … Аида Балаева»); we read the chain right to left from the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .mentions import inside
from .models import Mention, Role
from .names import fold
from .nlp import Analysis, Token
from .russian import NOT_TITLES

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
SEPARATORS = frozenset({",", "–", "—", "-", ":", ";", "(", ")"})

# Role-only phrases and the titles they stand for. «Президент» alone, capitalised, is the
# head of state in Kazakh news, not the president of some association named in the text.
ROLE_SYNONYMS = {
    "вице-премьер": ("заместитель премьер-министра", "вице-премьер"),
    "спикер сената": ("председатель сената", "спикер сената"),
    "председатель сената": ("председатель сената", "спикер сената"),
    "спикер мажилиса": ("председатель мажилиса", "спикер мажилиса"),
    "председатель мажилиса": ("председатель мажилиса", "спикер мажилиса"),
    "глава государства": ("президент страны", "президент республики", "президент казахстана"),
    "президент": ("президент страны", "президент республики", "президент казахстана"),
}


def _stems(phrase: str) -> tuple[str, ...]:
    return tuple(word[:6] for word in fold(phrase).split()[:2])


SYNONYM_STEMS = {_stems(k): tuple(_stems(v) for v in vs) for k, vs in ROLE_SYNONYMS.items()}
ROLE_PHRASE = re.compile(
    r"(вице-премьер\w*|(?:спикер|председател)\w*\s+(?:Сената|Мажилиса)"
    r"|[Гг]лав\w*\s+государства|Президент\w*)"
)


def _is_head(token: Token, plural: bool = False) -> bool:
    """A singular noun naming a position or occupation: one of TITLE_HEADS, or any animate
    common noun that is not kinship or a generic person (NEREL dev: «рэпер», «кардинал»,
    «полузащитник» are PROFESSION too; «дочь», «житель» are not)."""
    if token.number == "Plur" and not plural:
        return False
    lemma = token.lemma.replace("ё", "е")
    if lemma in TITLE_HEADS:
        return True  # even tagged PROPN, as a capitalised head often is («Император Акихито»)
    return token.pos == "NOUN" and token.animate and lemma not in NOT_TITLES


# Parts of speech a title may hold after its head noun («председатель комитета Совета
# Федерации по экономической политике»); a verb means the words are a clause, not a title.
TITLE_TAIL = frozenset({"NOUN", "ADJ", "PROPN", "ADP", "NUM", "DET", "CCONJ", "PUNCT", "X", "SYM"})


def _title_like(segment: Sequence[Token], head: int) -> bool:
    return all(t.pos in TITLE_TAIL for t in segment[head:])


def _agrees(head: Token, person: Token | None) -> bool:
    """A title in apposition shares its name's case («президента … Иванку Трамп» does not).
    Genitive and accusative count as one, except for a feminine accusative name: they share a
    form in animate masculine nouns and the tagger often gives the title one and the name the
    other («певца Ар Келли обвиняют»)."""
    if person is None or head.case is None or person.case is None:
        return True
    if head.case == person.case:
        return True
    feminine_accusative = person.text.endswith(("у", "ю"))  # «Иванку», «Марию»: not a genitive
    return {head.case, person.case} == {"Gen", "Acc"} and not feminine_accusative


def _segments(tokens: Sequence[Token], text: str = "") -> list[list[Token]]:
    """Tokens split at commas, dashes, line breaks and at «и» that joins two titles."""
    segments: list[list[Token]] = [[]]
    for i, token in enumerate(tokens):
        joins_titles = token.text == "и" and i + 1 < len(tokens) and _is_head(tokens[i + 1])
        new_line = i > 0 and "\n" in text[tokens[i - 1].stop : token.start]
        if new_line and segments[-1]:
            segments.append([])
        if token.text in SEPARATORS or joins_titles:
            segments.append([])
        else:
            segments[-1].append(token)
    return [s for s in segments if s]


def _title(tokens: Sequence[Token], text: str) -> str:
    """The title as a nominative phrase: an oblique head («Президента страны») takes its lemma."""
    head = next(i for i, t in enumerate(tokens) if _is_head(t, plural=True))
    rest = text[tokens[head].stop : tokens[-1].stop]
    if tokens[head].case in (None, "Nom") and tokens[head].number != "Plur":
        phrase = text[tokens[0].start : tokens[head].stop]
    else:
        phrase = " ".join(t.lemma for t in tokens[: head + 1])
    title = phrase + rest
    return title[:1].lower() + title[1:]


def titles_before(
    person: Mention, window: Sequence[Token], text: str, name: Token | None = None, plural: bool = False
) -> list[tuple[int, int, str]]:
    """(start, stop, title) of each title in the chain that ends just before the name, each a
    noun phrase in the name's case (`name`: the name's first token). `plural`: the name opens
    a list of names, so a plural title is each one's («актёры Андрей Мерзликин и Алиса …»)."""
    found = []
    if window and "\n" in text[window[-1].stop : person.start]:
        return found  # a headline above the name
    for segment in reversed(_segments(window, text)):
        heads = [i for i, t in enumerate(segment) if _is_head(t, plural) and _title_like(segment, i)]
        if not heads or not _agrees(segment[heads[0]], name):
            break
        first = heads[0]
        while first > 0 and segment[first - 1].pos == "ADJ":
            first -= 1
        part = segment[first:]
        found.append((part[0].start, part[-1].stop, _title(part, text)))
        if first > 0:
            break  # words before the title: the chain starts here
    return found


AFTER_NAME = frozenset({",", "–", "—"})
ENDS_TITLES_AFTER = frozenset({";", ":", "(", ")", ".", "!", "?", "«", "»", '"'})


def titles_after(
    person: Mention, tokens: Sequence[Token], text: str, people: Sequence[Mention], name: Token | None
) -> list[tuple[int, int, str]]:
    """(start, stop, title) of titles written after the name: «Андрей Клишас, глава комитета
    Совета Федерации …», «Владимир Квачков — полковник ГРУ в отставке» (NEREL dev). Each
    comma-separated part must open with its head noun (adjectives allowed before it)."""
    if not tokens or tokens[0].text not in AFTER_NAME:
        return []
    dash = tokens[0].text != ","
    found: list[tuple[int, int, str]] = []
    for segment in _segments(_until(tokens[1:], ENDS_TITLES_AFTER), text):
        first = next((i for i, t in enumerate(segment) if t.pos != "ADJ"), len(segment))
        if first == len(segment) or not _is_head(segment[first]) or not _title_like(segment, first):
            break
        head = segment[first]
        if not (_agrees(head, name) or (dash and head.case == "Nom")):
            break
        if any(p.start < segment[-1].stop and segment[0].start < p.stop for p in people):
            break
        found.append((segment[0].start, segment[-1].stop, _title(segment, text)))
    return found


# Verbs that give their subject a position in the instrumental («Сидибе был министром
# здравоохранения», «Маккаррик стал кардиналом», «был назначен руководителем»), and those that
# take «пост»/«должность» and a genitive title («занимал пост генерального директора»).
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
    own = [i for i, t in enumerate(tokens) if person.start <= t.start and t.stop <= person.stop]
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
    title = _predicate_title(tokens, at, post, tokens[own[0]].sentence)
    return [(title[0].start, title[-1].stop, _title(title, analysis.text))] if title else []


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
    first = next((i for i, t in enumerate(phrase) if t.pos != "ADJ"), len(phrase))
    if first == len(phrase) or not _is_head(phrase[first]):
        return []
    if phrase[first].case != ("Gen" if post else "Ins"):
        return []
    return phrase


def _until(tokens: Sequence[Token], stops: frozenset[str]) -> list[Token]:
    taken = []
    for t in tokens:
        if t.text in stops:
            break
        taken.append(t)
    return taken


def _organisation(start: int, stop: int, mentions: Sequence[Mention]) -> str | None:
    for m in mentions:
        if m.type == "ORG" and start <= m.start and m.stop <= stop:
            return m.normal
    return None


def chain_start(analysis: Analysis, at: int) -> int:
    """Where the title chain before `at` may begin: its sentence, or the one before when the
    segmenter cut after a quoted name ending in «!» («… Казахстана!" Аида Балаева»)."""
    sentence = analysis.sentence_at(at)
    text = analysis.text
    if text[sentence.start : at].strip() or sentence.start == 0:
        return sentence.start
    if text[: sentence.start].rstrip()[-1:] in ('"', "»", "”"):
        return analysis.sentence_at(text[: sentence.start].rstrip().__len__() - 1).start
    return sentence.start


def dedupe(roles: Sequence[Role]) -> list[Role]:
    """One role per person and title, the first stated."""
    seen, unique = set(), []
    for role in roles:
        key = (role.person, fold(role.title))
        if key not in seen:
            seen.add(key)
            unique.append(role)
    return unique


def extract_roles(
    analysis: Analysis, mentions: Sequence[Mention], kazakh: Sequence[tuple[int, int]]
) -> list[Role]:
    """Titles in apposition before or after each named person in the Russian paragraphs.
    A role's span runs from its title to the name, or from the name to its title."""
    roles = []
    people = [m for m in mentions if m.type == "PER"]
    listed: list[tuple[int, int, str]] = []  # a plural title shared by a list of names
    for index, person in enumerate(people):
        if inside(person.start, person.stop, kazakh):
            continue
        name = next(iter(analysis.tokens_in(person.start, person.stop)), None)
        listed = listed if index and _listed(analysis.text, people[index - 1], person) else []
        found = listed or _before(analysis, people, index, name)
        if not found and _opens_list(analysis.text, people, index):
            listed = found = _before(analysis, people, index, name, plural=True)
        for start, stop, title in found:
            roles.append(
                Role(person=person.normal, title=title, start=start, stop=person.stop,
                     organisation=_organisation(start, stop, mentions))
            )  # fmt: skip
        sentence = analysis.sentence_at(person.start)
        after = analysis.tokens_in(person.stop, max(sentence.stop, person.stop))
        for start, stop, title in titles_after(person, after, analysis.text, people, name) or titles_predicated(analysis, person):
            roles.append(
                Role(person=person.normal, title=title, start=person.start, stop=stop,
                     organisation=_organisation(start, stop, mentions))
            )  # fmt: skip
    return roles


LIST_GAP = re.compile(r"\s*(?:,|и)\s*")


def _listed(text: str, previous: Mention, person: Mention) -> bool:
    """The person follows the previous one in a list: «Юрий Царёв, Алексей Борисов и …»."""
    return LIST_GAP.fullmatch(text[previous.stop : person.start]) is not None


def _opens_list(text: str, people: Sequence[Mention], index: int) -> bool:
    return index + 1 < len(people) and _listed(text, people[index], people[index + 1])


def _before(analysis: Analysis, people: Sequence[Mention], index: int, name: Token | None, plural: bool = False):
    """The title chain that touches the name from the left, read back to the previous person."""
    person = people[index]
    floor = chain_start(analysis, person.start)
    if index and people[index - 1].stop > floor:
        floor = people[index - 1].stop
    window = analysis.tokens_in(floor, person.start)
    if window and window[-1].stop < person.start - 2:
        return []  # the title must touch the name
    return list(reversed(titles_before(person, window, analysis.text, name, plural)))


def holder_of(phrase: str, roles: Sequence[Role]) -> str | None:
    """The one person whose stated title matches a role-only phrase.

    >>> r = Role(person="Аида Балаева", title="заместитель премьер-министра", start=0, stop=1)
    >>> holder_of("вице-премьера", [r])
    'Аида Балаева'
    """
    stems = _stems(phrase)
    wanted = SYNONYM_STEMS.get(stems, (stems,))
    holders = {r.person for r in roles if any(_stems(r.title)[: len(w)] == w for w in wanted)}
    return next(iter(holders)) if len(holders) == 1 else None
