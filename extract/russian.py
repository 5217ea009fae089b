"""Russian word lists read by the mention and role rules (data only, no logic).

Sources: the NEREL v1.1 and factRuEval-2016 dev sets' conventions, and general Russian usage;
each list says what it is for.
"""

import re

# Organisations Natasha tags as places: supranational bodies and seats of power named for the
# body («Белый дом заявил»). NEREL and factRuEval both annotate these as ORG.
ORGANISATIONS_TAKEN_FOR_PLACES = frozenset(
    {
        "ес", "евросоюз", "европейский союз", "еврокомиссия", "европейская комиссия",
        "европарламент", "европейский парламент", "совет европы", "оон", "нато", "снг", "еаэс",
        "одкб", "шос", "опек", "оэср", "юнеско", "вто", "воз", "магатэ", "мвф", "белый дом",
        "кремль", "афросоюз", "африканский союз",
    }
)  # fmt: skip

# Words for an institution inside a span Natasha calls a place («King’s College London»,
# «Коллеж де Франс», «Мосгоризбиркому»): NEREL dev tags all three ORG.
INSTITUTION_WORDS = re.compile(
    r"(?i)\b(?:college|university|school|bank|museum)\b|колледж|коллеж|избирком|"
    r"\b(?:университет|институт|банк|музе|театр)[а-я]{0,3}\b|\bакадеми[яиюей]\b"
)

# Seats of power that are also buildings: after a preposition of place («выступал в Белом доме»)
# the building is meant — factRuEval dev tags it LOC, NEREL dev a facility, neither an ORG.
SEATS_OF_POWER = frozenset({"белый дом"})
PLACE_PREPOSITIONS = frozenset("в во у около возле напротив близ вблизи".split())

# Common-noun abbreviations Natasha tags as organisations («СМИ сообщили»): no one body; and
# diseases it takes for bodies («умер от COVID-19»: NEREL dev, 3 times; neither gold tags them).
NOT_ORGANISATIONS = frozenset("сми вуз вузы нко оопт аэс тэц гэс covid-19 covid коронавирус sars-cov-2 вич спид".split())

# Nouns for works and crafts that govern a quoted title («фильм «Цирк»», «шаттлы «Индевор» и
# «Атлантис»», «торговыми марками «Раундап»»): the title is no organisation (NEREL and
# factRuEval dev tag none of them ORG). Lemmas.
THING_NOUNS = frozenset(
    """
    фильм кинофильм картина лента мультфильм сериал спектакль постановка опера балет мюзикл
    песня сингл альбом композиция клип роман книга повесть рассказ поэма стихотворение сочинение
    произведение пьеса симфония реквием марка шаттл корабль звездолет самолет ракета спутник
    станция телескоп ледокол крейсер подлодка
    """.split()
)

# Common nouns for a kind of place that a capitalised span may open with («Город Павия» in a
# headline, «Острова Уайт»): NEREL and factRuEval dev keep only the name. «Республика» is part
# of the name («Республика Алтай») and is not listed.
GEO_NOUNS = frozenset(
    """
    город города городе село села селе деревня деревни поселок посёлок поселка посёлка остров
    острова острове река реки реке озеро озера озере гора горы горе улица улицы улице
    """.split()
)

# Kinds of place whose proper name follows them in the nominative whatever their own case
# («Республики Башкортостан», «земли Гессен», «штата Нью-Йорк»). Lemmas.
PLACE_KINDS = frozenset(
    """
    республика область край земля город штат провинция округ район префектура графство кантон
    департамент регион эмират остров село поселок посёлок деревня станица
    """.split()
)

# Legal forms written before a quoted company name («ОАО «Газпром»»): both gold sets keep only
# the name in quotes, which is also the name readers and other articles use.
LEGAL_FORMS = frozenset(
    "оао зао ооо пао ао нко ано гуп фгуп муп нп тоо ип ук оо роо фгбу гбу мбу ано нао".split()
)

# Lower-case particles inside foreign names («ибн Эзра», «аль-Барадеи», «Ван дер Сар»).
NAME_PARTICLES = frozenset("ибн бен бин аль ад ас эль ди да де дель дер ла ле фон ван цу".split())

# Endings of abstract nouns, never a place even when capitalised («Суверенитет и Независимость»).
ABSTRACT_ENDINGS = ("ость", "есть", "ство", "ние", "тие", "изм", "ация")

# Animate nouns that stand before a name without being a position: kinship, acquaintance,
# generic people, honorifics, awards and origins («дочь Мария», «друг Месси», «миссис Обама»,
# «лауреат премии», «уроженец Орска»). NEREL dev has no WORKS_AS for them.
# Kinship: in a chain of titles before a name it is an aside, and the titles before it are still
# the person's («Глава Ассоциации … и супруга музыканта Эльжбета Пендерецкая», NEREL dev).
KINSHIP = frozenset(
    """
    сын дочь мать мама отец муж жена супруг супруга брат сестра дед бабушка внук внучка дядя тетя
    племянник племянница теща тесть свекровь сват зять невестка вдова вдовец родственник
    родственница
    """.split()
)

NOT_TITLES = KINSHIP | frozenset(
    """
    друг подруга знакомый приятель коллега сосед соседка ребенок девочка мальчик
    девушка юноша мужчина женщина человек люди гость житель жительница гражданин гражданка
    пассажир пациент пострадавший погибший задержанный подозреваемый обвиняемый потерпевший
    собеседник любимец любимица персонаж поклонник поклонница фанат
    преемник преемница предшественник предшественница наследник наследница
    сторонник сторонница противник соратник соратница ученик ученица
    миссис мисс мистер господин госпожа сэр леди мадам месье герой героиня
    лицо алкоголик наркоман жертва убийца преступник злоумышленник подзащитный клиент инициатор
    лауреат обладатель обладательница победитель победительница призер призерка чемпион
    чемпионка уроженец уроженка выходец выходица потомок эмигрант иммигрант фаворит ветеран
    кавалер господь бог любитель
    """.split()
)

# Nouns that head the name of a body and may take a «по …» or «при …» complement inside the
# name («Европейский суд по правам человека», «Комиссия по атомной энергии», «ГУ МЧС России по
# Санкт-Петербургу», «Следственный комитет при прокуратуре»): NEREL and factRuEval both keep the
# complement inside the organisation. Stems, matched at the start of the word's lemma.
BODY_STEMS = (
    "суд", "комитет", "комисси", "управлени", "служб", "агентств", "совет", "отдел", "департамент",
    "министерств", "бюро", "ведомств", "палат", "центр", "фонд", "инспекци", "ассоциаци",
    "федераци", "союз", "школ", "институт", "академи", "штаб", "прокуратур", "отделени",
    "администраци", "дирекци", "объединени", "организаци",
)  # fmt: skip

# «по …» phrases that are adverbials, never part of a body's name («суд по делу …», «МВД по
# данным …»): lemmas of the noun after «по».
NOT_BODY_COMPLEMENTS = frozenset(
    """
    итог слово данные мнение информация повод дело случай версия сообщение причина решение
    инициатива просьба требование запрос приглашение заказ результат оценка подсчет факт
    приговор иск обвинение статья поручение указание распоряжение словам телефон видеосвязь
    меры ошибка линия закон время прошествие окончание истечение пути
    """.split()
)

# Of NOT_TITLES, the awards and origins that stand in a title chain between a position and
# the name without ending the chain («пианист — лауреат премии Grammy Даниил Трифонов»,
# «писатель-фронтовик, уроженец города Орска Юрий Бондарев»; NEREL dev). Kinship is not here:
# «режиссёр, дочь …» names two people.
ASIDE_DESCRIPTIONS = frozenset(
    """
    лауреат обладатель обладательница победитель победительница призер призерка чемпион
    чемпионка уроженец уроженка выходец выходица кавалер
    """.split()
)

# What stands before a namesake, the person an organisation or a church is named for: «академии
# им. Т. Жургенова», «Ассоциации имени Людвига ван Бетховена», «собора во имя святого
# благоверного и великого князя Александра Невского» (NEREL dev). The namesake takes no part
# in events and ends no title chain.
NAMESAKE_BEFORE = re.compile(r"(?:\bим\.|\bимени|\bво\s+имя(?:\s+[А-Яа-яЁё-]+){0,5})\s*$")
