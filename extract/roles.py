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


def _is_head(token: Token) -> bool:
    return token.lemma.replace("ё", "е") in TITLE_HEADS and token.number != "Plur"


def _segments(tokens: Sequence[Token]) -> list[list[Token]]:
    """Tokens split at commas, dashes and at «и» that joins two titles."""
    segments: list[list[Token]] = [[]]
    for i, token in enumerate(tokens):
        joins_titles = token.text == "и" and i + 1 < len(tokens) and _is_head(tokens[i + 1])
        if token.text in SEPARATORS or joins_titles:
            segments.append([])
        else:
            segments[-1].append(token)
    return [s for s in segments if s]


def _title(tokens: Sequence[Token], text: str) -> str:
    """The title as a nominative phrase: an oblique head («Президента страны») takes its lemma."""
    head = next(i for i, t in enumerate(tokens) if _is_head(t))
    rest = text[tokens[head].stop : tokens[-1].stop]
    if tokens[head].case in (None, "Nom"):
        phrase = text[tokens[0].start : tokens[head].stop]
    else:
        phrase = " ".join(t.lemma for t in tokens[: head + 1])
    title = phrase + rest
    return title[:1].lower() + title[1:]


def titles_before(person: Mention, window: Sequence[Token], text: str) -> list[tuple[int, int, str]]:
    """(start, stop, title) of each title in the chain that ends just before the name."""
    found = []
    for segment in reversed(_segments(window)):
        heads = [i for i, t in enumerate(segment) if _is_head(t)]
        if not heads:
            break
        first = heads[0]
        while first > 0 and segment[first - 1].pos == "ADJ":
            first -= 1
        part = segment[first:]
        found.append((part[0].start, part[-1].stop, _title(part, text)))
        if first > 0:
            break  # words before the title: the chain starts here
    return found


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
    """Titles in apposition before each named person in the Russian paragraphs."""
    roles = []
    people = [m for m in mentions if m.type == "PER"]
    for index, person in enumerate(people):
        if inside(person.start, person.stop, kazakh):
            continue
        floor = chain_start(analysis, person.start)
        if index and people[index - 1].stop > floor:
            floor = people[index - 1].stop
        window = analysis.tokens_in(floor, person.start)
        if window and window[-1].stop < person.start - 2:
            continue  # the title must touch the name
        for start, stop, title in reversed(titles_before(person, window, analysis.text)):
            roles.append(
                Role(person=person.normal, title=title, start=start, stop=person.stop,
                     organisation=_organisation(start, stop, mentions))
            )  # fmt: skip
    return roles


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
