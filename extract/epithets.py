"""Epithets: a title standing alone for the person an article is about. News names its
subject once or twice, then calls it by what it does: «Борис Джонсон вернулся в свою
резиденцию … 9 апреля премьер был переведен в обычную палату», «Политик самоизолировался»,
«— признался спортсмен после финиша» (NEREL dev marks each such title WORKS_AS).

Only a title that is the subject of its clause counts, before its verb or right after a verb
of speech, or one given the person's age («у 88-летнего режиссёра», «аренду 31-летнего
футболиста»); in any other place («на посту президента», «смерти артиста») a bare title is
as often someone else's, or nobody's, as the article's subject's. The person is the one
the article names most (more than once), of the gender the title or the verb shows: an
epithet points at the article's protagonist, not at the name written last (measured on
NEREL dev: the latest name gets fewer of them right).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .anaphora import MostNamed
from .clause_titles import past_female
from .mentions import inside
from .models import Mention
from .names import fold
from .morph import agrees, noun_cases, shared_morph_vocab
from .nlp import Analysis, Token
from .stretches import Stretches
from .titles import is_head, title_text

# Titles that stand alone for an unnamed official or source, not for the article's subject:
# «прокурор просил …», «Обвинитель требовал …», «источник сообщил», «адвокат заявил».
UNNAMED = frozenset(
    """
    прокурор обвинитель следователь судья адвокат защитник истец ответчик представитель
    источник собеседник автор участник сотрудник очевидец свидетель корреспондент
    """.split()
)
# Words before a title that make it someone's in particular («его доктор», «этот министр»).
DETERMINERS = frozenset(
    "его ее её их свой своя свое своё своего своей своему своим наш наша мой моя твой ваш этот эта "
    "сам сама".split()
)
# Parts of speech between a subject and its verb: «9 апреля премьер | уже | был переведен».
BETWEEN = frozenset({"ADV", "PART"})


def epithets(
    analysis: Analysis,
    mentions: Sequence[Mention],
    stated: Sequence[tuple[int, int]],
    holders: dict[str, set[str]],
    skip: Sequence[tuple[int, int]] = (),
) -> list[tuple[Mention, tuple[int, int, str]]]:
    """(person, (start, stop, title)) for each bare title in subject position. `stated`:
    spans already read as someone's title; `holders`: the people holding each title's head
    lemma in the article, so a title another person holds is left alone («прокурор» of a
    trial with a named prosecutor); `skip`: quoted speech and Kazakh paragraphs."""
    people = [m for m in mentions if m.type == "PER"]
    taken = Stretches([*((m.start, m.stop) for m in mentions), *stated, *skip])
    starts = {m.start for m in people}
    counts = Counter(m.normal for m in people)
    protagonists = MostNamed(people, counts, lambda m: m.stop)
    tokens = analysis.tokens
    known = shared_morph_vocab().word_is_known
    letters = _Letters(tokens)
    found = []
    for at, token in enumerate(tokens):
        if len(token.text) < 3 or not letters.may_be_epithet(at) or inside(token.start, token.stop, taken):
            continue  # most words: not read from the dictionary at all
        if at + 1 < len(tokens) and tokens[at + 1].start in starts:
            continue  # a title before a name: the apposition rules' business
        if not known(token.text.lower()) or not is_head(token):
            continue
        first = _phrase_start(tokens, at)
        aged = any("летн" in t.text for t in tokens[first:at])
        if not aged and (token.case != "Nom" or "Nom" not in noun_cases(token.text)):
            continue  # the dictionary's say too: «передано коронеру» read nominative
        lemma = token.lemma.replace("ё", "е")
        if lemma in UNNAMED:
            continue
        if any(t.text.lower() in DETERMINERS for t in tokens[max(0, first - 1) : at]):
            continue
        verb = _verb_of(tokens, at, first) if token.case == "Nom" else None
        if verb is None and not aged:
            continue
        female = True if _feminine(token) else (past_female(verb) if verb else None)
        person = protagonists.before(token.start + 1, female)  # named by the title's start
        if person is None or counts[person.normal] < 2 or holders.get(fold(lemma), {person.normal}) - {person.normal}:
            continue
        phrase = [t for t in tokens[first : at + 1] if not t.text[:1].isdigit()]
        found.append((person, (phrase[0].start, token.stop, title_text(phrase, analysis.text))))
    return found


# How a verb's finite forms end («сообщил», «сообщила», «сдался», «находится», «заявляет»).
VERB_ENDINGS = (
    "л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "ет", "ит", "ут", "ют", "ат", "ят", "тся",
    "ер", "ог", "ёс", "ез",  # «умер», «смог», «принёс», «увез»
)  # fmt: skip


class _Letters:
    """What the words' letters alone say of each position: a verb's ending within three words
    after, or right before, or an age before («61-летняя певица»). Reading every word of a
    text from the dictionary to find the few subjects costs more than the rest of the roles
    together; each word's letters are read once."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.verbal = [t.text.lower().endswith(VERB_ENDINGS) for t in tokens]
        self.aged = ["летн" in t.text for t in tokens]

    def may_be_epithet(self, at: int) -> bool:
        return (
            any(self.verbal[at + 1 : at + 4])
            or (at > 0 and self.verbal[at - 1])
            or any(self.aged[max(0, at - 3) : at])
        )


def _phrase_start(tokens: Sequence[Token], at: int) -> int:
    """Where the title's adjectives begin: «55-летний британский | премьер», not «Всего»."""
    first = at
    while first > 0 and agrees(tokens[first - 1], tokens[at]) and tokens[first - 1].sentence == tokens[at].sentence:
        first -= 1
    return first


def _verb_of(tokens: Sequence[Token], at: int, first: int) -> Token | None:
    """The verb whose subject the title at `at` is: right after it («Политик самоизолировался»,
    adverbs between), or a verb of speech right before a title closing its clause («—
    признался спортсмен после финиша»); `first`: where the title's adjectives begin."""
    sentence = tokens[at].sentence
    for token in tokens[at + 1 : at + 4]:
        if token.sentence != sentence:
            break
        if token.pos in ("VERB", "AUX"):
            return token
        if token.pos not in BETWEEN:
            break
    before = tokens[first - 1] if first else None
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    closes = after is None or after.pos in ("PUNCT", "ADP") or after.sentence != sentence
    if before is not None and before.pos == "VERB" and before.sentence == sentence and closes:
        return before
    return None


def _feminine(token: Token) -> bool:
    """The title is a feminine noun («певица», «чиновница»): its holder is a woman."""
    return any(f.normal == token.lemma and "femn" in f.tag for f in shared_morph_vocab()(token.text.lower()))
