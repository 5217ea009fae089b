"""Written forms of one person's name inside one article: «Юрий Васильевич Бондарев», «Юрий
Бондарев», «Ю. Бондарев», «Бондарев Юрий», «Юрий Бондарева» (a case form Natasha left) are one
person, so every mention of them gets one `normal`, and roles, quotes and the graph one node.

A form joins a fuller one only when exactly one fuller form fits it (two «Ивановых» stay two).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .models import Mention
from .names import MIDDLE_PATRONYMIC as PATRONYMIC
from .names import fold, name_key, surname_first

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*\.?")
# Oblique case endings Natasha leaves on surnames it cannot put in the nominative (NEREL dev:
# «Барак Обамы», «Алан Гарсии», «Обамой»): the form without them is preferred as the name.
OBLIQUE = ("ы", "у", "ю", "ии", "ой", "ом", "ем", "ей", "ым", "им", "ую")
# A Kazakh patronymic, folded («Рахметоллаұлы», «Сәрсенқызы»); a Russian «-вич» closes a two-word
# name too often as a surname («Новак Джокович») to be read so.
KAZAKH_PATRONYMIC = ("улы", "кызы")


@dataclass(frozen=True)
class NameForm:
    """A name split into given name, middle words (patronymics, middle names, initials) and
    the last word, the surname (or the patronymic of the polite «Борис Николаевич»)."""

    first: str
    middle: tuple[str, ...]
    last: str


def parse_name(normal: str) -> NameForm | None:
    """A person's normal form split into its parts; None for a one-word name.

    >>> parse_name("В. В. Зворыкин")
    NameForm(first='в', middle=('в',), last='зворыкин')
    """
    words = [fold(w) for w in WORD.findall(normal)]
    if len(words) < 2 or not all(words):
        return None
    if surname_first(words):  # «Күрішбаев Ақылбек Қажығұлұлы»: its «Ақылбек Қажығұлұлы» is `polite`
        return NameForm(words[1], (words[2],), words[0])
    return NameForm(words[0], tuple(words[1:-1]), words[-1])


def is_initial(word: str) -> bool:
    """«в», «дж»: what is left of «В.», «Дж.» once folded."""
    return len(word) <= 2


def given_fits(a: str, b: str) -> bool:
    """The same given name, or an initial of it («в» fits «владимир», «в» does not fit «к»)."""
    if a == b:
        return True
    if is_initial(a) != is_initial(b):
        short, full = (a, b) if is_initial(a) else (b, a)
        return full.startswith(short)
    return False


def case_forms(a: str, b: str) -> bool:
    """Two spellings of one surname in different cases: a stem of three letters or more, one
    letter after it on one side and one letter or a two-letter oblique ending on the other
    («обама»/«обамы»/«обамой», «царев»/«царева»); «белов»/«белый» are two names."""
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    short, long = sorted((a[common:], b[common:]), key=len)
    return common >= 3 and len(short) <= 1 and (len(long) <= 1 or long in OBLIQUE)


def same_person(a: NameForm, b: NameForm) -> bool:
    """Two forms a reader takes for one person: the same surname and fitting given names and
    middle words; a surname in another case only under the very same full given name (so «Андрей
    Иванов» and «Иван Иванов», or «Александр Иванов» and «Александра Иванова», stay apart)."""
    if not given_fits(a.first, b.first):
        return False
    if polite(a, b) or polite(b, a):
        return True
    if a.last != b.last and not (a.first == b.first and not is_initial(a.first) and case_forms(a.last, b.last)):
        return False
    if a.middle and b.middle:
        return len(a.middle) == len(b.middle) and all(map(given_fits, a.middle, b.middle))
    return True


def polite(a: NameForm, b: NameForm) -> bool:
    """«Борис Николаевич» for «Борис Николаевич Ельцин»: the given name and patronymic of a full
    name of the article (a two-word name ending in «-вич» is no patronymic by itself: «Новак
    Джокович»)."""
    return not a.middle and a.first == b.first and a.last in b.middle and bool(PATRONYMIC.search(a.last))


def swapped(a: NameForm, b: NameForm) -> bool:
    """«Шаймиев Камиль» and «Камиль Шаймиев»: surname-first order in the same article."""
    return not a.middle and not b.middle and (a.first, a.last) == (b.last, b.first)


def fullness(form: NameForm, normal: str, count: int, first_seen: int) -> tuple:
    """Which form names the person: a whole given name, more words, no word twice («Максим
    Дадашев Дадашев» is a tagging slip), a nominative-looking surname, the commonest, the shortest,
    the first."""
    words = (form.first, *form.middle, form.last)
    return (
        not is_initial(form.first),
        len(set(words)) == len(words),
        len(words),
        sum(not is_initial(w) for w in form.middle),
        not form.last.endswith(OBLIQUE),
        count,
        -len(normal),
        -first_seen,
    )


def canonical_names(normals: Sequence[str]) -> dict[str, str]:
    """Each form → the form that names its person (itself when none or several fit): fuller
    forms first, then a bare surname, then a bare given name no one has as a surname.

    >>> canonical_names(["Юрий Васильевич Бондарев", "Ю. Бондарев", "Бондарев"])["Бондарев"]
    'Юрий Васильевич Бондарев'
    """
    counts = Counter(normals)
    first_seen = {n: i for i, n in reversed(list(enumerate(normals)))}
    forms = {n: f for n in counts if (f := parse_name(n))}
    order = sorted(forms, key=lambda n: fullness(forms[n], n, counts[n], first_seen[n]), reverse=True)
    heads = Heads()
    mapping = {}
    for n in order:
        fits = [h for h in heads.near(forms[n]) if same_person(forms[n], forms[h]) or swapped(forms[n], forms[h])]
        if len(fits) == 1:
            mapping[n] = fits[0]
        else:
            mapping[n] = n
            if not fits:  # a form several people fit («А. Иванов») heads nobody
                heads.add(n, forms[n])
    surnames, given = one_word_names(forms, mapping)
    for n in counts.keys() - forms.keys():
        word = fold(n)
        names = surnames.get(word) or given.get(word) or oblique_surname(word, surnames)
        mapping[n] = next(iter(names)) if len(names) == 1 else n
    for n, form in forms.items():
        if mapping[n] == n and not form.middle and form.last.endswith(KAZAKH_PATRONYMIC):
            # «Серік Рахметоллаұлы» after «Серік Егізбаев»: Kazakh news calls a person named
            # before by the given name and patronymic; the one earlier person of that given name
            earlier = {h for h in given.get(form.first, ()) if h != n and first_seen[h] < first_seen[n]}
            if len(earlier) == 1 and len(given[form.first] - {n}) == 1:
                mapping[n] = earlier.pop()
    return mapping


class Heads:
    """The forms that name a person so far, by the words `same_person` and `swapped` compare:
    a form is compared only with the heads that share its surname, its given name and
    surname's first letters, or a patronymic, not with every head of the article (which made
    a long article quadratic)."""

    def __init__(self) -> None:
        self.by_words: dict[tuple[str, ...], list[str]] = {}

    def add(self, name: str, form: NameForm) -> None:
        keys = [("last", form.last), ("name", form.first, form.last), ("stem", form.first, form.last[:3])]
        keys += [("middle", form.first, word) for word in form.middle]
        for key in keys:
            self.by_words.setdefault(key, []).append(name)

    def near(self, form: NameForm) -> set[str]:
        """The heads `form` can be the same person as: one surname (any fitting given name);
        one given name and a surname in another case; its «Борис Николаевич» or the other
        way round (`polite`); its surname and given name swapped."""
        keys = [("last", form.last), ("stem", form.first, form.last[:3]), ("middle", form.first, form.last)]
        keys += [("name", form.first, word) for word in form.middle] + [("name", form.last, form.first)]
        return {head for key in keys for head in self.by_words.get(key, ())}


def oblique_surname(word: str, surnames: dict[str, set[str]]) -> set[str]:
    """The people whose surname `word` is in another case, when the tagger left it so («По
    словам Калиева» after «Талгат Калиев»): only where one surname of the article fits."""
    fits = [people for surname, people in surnames.items() if case_forms(surname, word)]
    return fits[0] if len(fits) == 1 else set()


def one_word_names(forms: dict[str, NameForm], mapping: dict[str, str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Surname → the people of the article who have it, and given name → the same («Виктор» is
    «Виктор Лукашенко» and «Виктор Шейман», so a bare «Виктор» joins neither)."""
    surnames: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}
    for n, form in forms.items():
        surnames.setdefault(form.last, set()).add(mapping[n])
        if not is_initial(form.first):
            given.setdefault(form.first, set()).add(mapping[n])
    return surnames, given


def link_variants(mentions: list[Mention]) -> list[Mention]:
    """Every PER mention renamed to the form that names its person in this article. (Kazakh
    single words come from kazakh_ner's lists and shapes, so they are linked like Russian ones.)"""
    people = [m.normal for m in mentions if m.type == "PER"]
    mapping = canonical_names(people)
    out = []
    for m in mentions:
        name = mapping.get(m.normal, m.normal) if m.type == "PER" else m.normal
        if fold(name) != fold(m.normal):  # a Kazakh and a Russian spelling keep their own
            m = m.model_copy(update={"normal": name, "key": name_key(name)})
        out.append(m)
    return out
