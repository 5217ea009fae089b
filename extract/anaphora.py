"""Who a pronoun or a subjectless verb stands for: news keeps talking about the person it
last named as a subject, so «он», «она» and «Стал генералом, работал министром» go to the
latest named person before them, in the nominative, of the gender the words show. Shared by
speakers of quotes («отметил он») and titles a verb gives («он был назначен послом»)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate

from .mentions import inside
from .models import Mention
from .names import is_female_surname, surname
from .morph import shared_morph_vocab
from .nlp import Analysis
from .stretches import Stretches, rstripped


class Antecedents:
    """The people an article names as subjects, by where each is named and by gender, so the
    latest before an offset is a bisection (asked for every pronoun and every speaker, a scan
    back over the names made long articles quadratic).

    A subject is named outside the `skip` spans (quotes); a name in Kazakh paragraphs counts
    as a subject, having no Russian case. A Latin spelling in brackets after the name
    («Сумаила Сиссе (Soumaila Cisse)») is passed over for the name it spells. `people` are in
    text order."""

    def __init__(
        self,
        analysis: Analysis,
        people: Sequence[Mention],
        skip: Sequence[tuple[int, int]] = (),
        kazakh: Sequence[tuple[int, int]] = (),
    ) -> None:
        skip = Stretches(skip)
        subjects = [
            m for m in people
            if not inside(m.start, m.stop, skip) and not _spelled_in_brackets(analysis.text, m)
            and named_as_subject(analysis, m, kazakh)
        ]  # fmt: skip
        female = _women(subjects)
        self.subjects = {
            None: subjects,
            True: [m for m in subjects if female[m.normal]],
            False: [m for m in subjects if not female[m.normal]],
        }
        self.starts = {gender: [m.start for m in named] for gender, named in self.subjects.items()}

    def latest(self, before: int, female: bool | None = None) -> Mention | None:
        """The latest person named as a subject before offset `before`, of the gender the words
        show (`_women`)."""
        i = bisect_left(self.starts[female], before)
        return self.subjects[female][i - 1] if i else None


def _women(people: Sequence[Mention]) -> dict[str, bool]:
    """Whether each name of `people` is a woman's, asked once per name. A pronoun or a verb
    that shows a woman (`female=True`) fits one by her surname («Балаева») or her given name
    («Мадонна», «Людмила Гурченко»); one that shows a man (`female=False`) fits anyone else,
    as news names men far more often («Ли Пэн», «Ар Келли»); `female=None` fits anyone."""
    return {name: female_name(name) is True for name in {m.normal for m in people}}


def _spelled_in_brackets(text: str, m: Mention) -> bool:
    """A Latin name right after an opening bracket: the spelling of the name before it."""
    if not m.normal.isascii():
        return False
    at = rstripped(text, m.start)
    return at > 0 and text[at - 1] == "("


def named_as_subject(analysis: Analysis, mention: Mention, kazakh: Sequence[tuple[int, int]] = ()) -> bool:
    """The name is in the nominative, or in a Kazakh paragraph, where it has no Russian case,
    or it opens a biography in the dative with the person's age («Джеймсу Коми 52 года. … Он
    также является старшим исследователем»)."""
    if inside(mention.start, mention.stop, kazakh):
        return True
    tokens = analysis.tokens_in(mention.start, mention.stop)
    return not tokens or tokens[0].case in (None, "Nom") or AGED.match(analysis.text, mention.stop) is not None


# A person's age said of a dative name: «Джеймсу Коми 52 года», «Томасу Шеферу было 54 года».
AGED = re.compile(r"\s+(?:было\s+|исполнилось\s+)?\d{1,3}\s+(?:год|года|лет)\b")


@lru_cache(maxsize=1 << 15)
def female_name(normal: str) -> bool | None:
    words = normal.split()
    if not words:
        return None
    if is_female_surname(surname(normal)):
        return True
    if re.search(r"(ов|ев|ёв|ин|ын|ский|цкий)$", surname(normal).lower()):
        return False
    forms = [f for f in shared_morph_vocab()(words[0].lower()) if f.is_known and "Name" in f.tag]
    genders = {g for f in forms for g in ("masc", "femn") if g in f.tag}
    return genders == {"femn"} if len(genders) == 1 else None


class Subjects:
    """Whom a pronoun or a subjectless verb stands for, in a biography's run of clauses: the
    person last named as a subject in the same paragraph; across a paragraph break, only a
    person the article names again, not one named in passing («Его учитель — академик Виктор
    Виноградов.¶ … Был президентом ассоциации» is the obituary's subject, named most); else
    the person named most before it. The article's `people` (in text order) are indexed once."""

    def __init__(self, analysis: Analysis, people: Sequence[Mention]) -> None:
        counts = Counter(m.normal for m in people)
        self.analysis = analysis
        self.named = Antecedents(analysis, people)
        self.recurring = Antecedents(analysis, [m for m in people if counts[m.normal] > 1])
        self.most_named = MostNamed(people, counts, lambda m: m.start)

    def of(self, before: int, female: bool | None = None) -> Mention | None:
        """The person for the words at offset `before`, of the gender they show."""
        paragraph = self.analysis.line_of(before)[0]
        here = self.named.latest(before, female)
        if here is not None and here.start >= paragraph:
            return here
        recurring = self.recurring.latest(before, female)
        if recurring is not None:
            return recurring
        return self.most_named.before(before, female)


class MostNamed:
    """The person the article names most among those whose `end` (where they are named) lies
    before an offset, of a gender; among equals, the first named. Each gender's best is kept
    for every prefix of the names in order of `end`, so a question is a bisection."""

    def __init__(self, people: Sequence[Mention], counts: Counter, end: Callable[[Mention], int]) -> None:
        female = _women(people)
        self.ends: dict[bool | None, list[int]] = {}
        self.best: dict[bool | None, list[Mention]] = {}
        for gender in (None, True, False):
            fitting = sorted(
                ((end(m), i, m) for i, m in enumerate(people) if gender is None or female[m.normal] == gender),
                key=lambda item: item[0],
            )
            rank = {i: (counts[m.normal], -i) for _, i, m in fitting}  # the most named, then the first
            best = accumulate((i for _, i, _ in fitting), lambda a, b: b if rank[b] > rank[a] else a)
            self.ends[gender] = [e for e, _, _ in fitting]
            self.best[gender] = [people[i] for i in best]

    def before(self, offset: int, female: bool | None = None) -> Mention | None:
        """The best of those whose `end` is under `offset`."""
        i = bisect_left(self.ends[female], offset)
        return self.best[female][i - 1] if i else None
