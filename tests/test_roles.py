"""Roles in Russian news: titles before and after the name, in the name's case (issue «Russian
extraction that a reader would trust»). Sentences are of the kind found in NEREL's news."""

import pytest


def roles(record):
    return {(r.person, r.title) for r in record.roles}


@pytest.mark.parametrize(
    "text, person, title",
    [
        ("Российский боксёр Максим Дадашев скончался в больнице.", "Максим Дадашев", "российский боксёр"),
        ("В Москве госпитализирован режиссёр Георгий Данелия.", "Георгий Данелия", "режиссёр"),
        ("Андрей Клишас, глава комитета Совета Федерации по конституционному законодательству, внёс проект.",
         "Андрей Клишас", "глава комитета Совета Федерации по конституционному законодательству"),
        ("Сергей Иванов, бывший председатель Сбербанка, скончался в Москве.",
         "Сергей Иванов", "бывший председатель Сбербанка"),
        ("Император Акихито выразил желание уйти на покой.", "Акихито", "император"),
        # a capitalised occupation opening the sentence, though the tagger read it as a name
        ("Нейрохирург Мэри Кобб рассказала, что у боксёра был отёк мозга.", "Мэри Кобб", "нейрохирург"),
        ("Владимир Квачков — полковник ГРУ в отставке.", "Владимир Квачков", "полковник ГРУ в отставке"),
        # genitive title, accusative name: one form in animate masculine nouns
        ("Певца Ар Келли обвиняют в растлении.", "Ар Келли", "певец"),
        # a plural title before a list of names is each one's
        ("В Доме культуры выступили легендарные музыканты Юрий Царёв, Алексей Борисов и Павел Шевелёв.",
         "Павел Шевелев", "легендарный музыкант"),
        ("В фильме сыграли актёры Андрей Мерзликин и Алиса Гребенщикова.", "Алиса Гребенщикова", "актер"),
        # a foreign name that does not decline, whatever case the tagger guessed for it
        ("Император Акихито с президентом Аргентины Маурисио Макри 20 мая 2017 года\nКронпринц Нарухито\n"
         "Верхняя палата парламента Японии приняла закон.", "Нарухито", "кронпринц"),
        # a quoted name inside the title may hold any word
        ("Врачи установили причину смерти Сергея Доренко\nГлавный редактор радиостанции «Говорит Москва» Сергей Доренко скончался.",
         "Сергей Доренко", "главный редактор радиостанции «Говорит Москва»"),
        # a position given by the verb after the name, or by an appointing verb before it
        ("В девяностые годы Модибо Сидибе был министром здравоохранения.", "Модибо Сидибе", "министр здравоохранения"),
        ("В 2001 году Теодор Маккаррик стал кардиналом.", "Теодор Маккаррик", "кардинал"),
        ("В 1923 году он назначил Владимира Зворыкина руководителем лаборатории электроники.",
         "Владимир Зворыкин", "руководитель лаборатории электроники"),
    ],
)  # fmt: skip
def test_titles_read(analyse, text, person, title):
    assert (person, title) in roles(analyse(text))


# Issue #3 «Roles»: NEREL dev WORKS_AS pairs the rules above missed (sentences from NEREL's news).
@pytest.mark.parametrize(
    "text, person, title",
    [
        # a parenthesised aside after the name, or inside the title before it
        ("Томас Шефер (Thomas Schäfer), министр финансов немецкой земли Гессен, покончил жизнь самоубийством.",
         "Томас Шефер", "министр финансов немецкой земли Гессен"),
        ("Об этом сообщает «Медиазона» со ссылкой на пресс-секретаря Фонда борьбы с коррупцией (ФБК) Киру Ярмыш.",
         "Кира Ярмыш", "пресс-секретарь Фонда борьбы с коррупцией"),
        # a genitive tail the comma split off is still the title's
        ("Пресс-секретарь Федеральной службы по надзору в сфере связи, информационных технологий и массовых "
         "коммуникаций (Роскомнадзора) Вадим Ампелонский сообщил, что ведомство составило протокол.",
         "Вадим Ампелонский",
         "пресс-секретарь Федеральной службы по надзору в сфере связи, информационных технологий и массовых коммуникаций"),
        # the genitive title inside a longer one is the genitive name's
        ("Ранее дом принадлежал бывшему пресс-секретарю экс-президента США Билла Клинтона Джо Локхарту.",
         "Билл Клинтон", "экс-президент США"),
        # a list whose names carry asides, and a list opened by a colon
        ("В Доме Культуры в Москве выступили легендарные музыканты Юрий Царёв (проект «Метро»), Алексей Борисов "
         "и Павел Шевелёв.", "Алексей Борисов", "легендарный музыкант"),
        ("В Перу под расследование попали пять экс-президентов: Альберто Фухимори (1990—2000 годы), "
         "Алехандро Толедо (2001—2006 годы).", "Алехандро Толедо", "экс-президент"),
        # a position written before its verb, the name after it
        ("Главой Рособрнадзора назначен Сергей Кравцов.", "Сергей Кравцов", "глава Рособрнадзора"),
        ("Операторами выступили Михаил Агранович и Михаил Хасая.", "Михаил Хасая", "оператор"),
        ("До Тимура пост генерального директора предприятия занимал Раис Ханнанов.",
         "Раис Ханнанов", "генеральный директор предприятия"),
        ("Пост главы правительства Мали Кейта занимал с 1994 по 2000 годы.", "Кейта", "глава правительства Мали"),
        # a second position joined to the one the verb gives
        ("В девяностые годы Сидибе был министром здравоохранения, а затем министром иностранных дел.",
         "Сидибе", "министр иностранных дел"),
        # acting titles: the genitive goes with «и. о.», the name with the whole
        ("И. о. главы Администрации Советского района Уфы Рустем Рахматуллин поздравил Дмитрия Ерохина.",
         "Рустем Рахматуллин", "и. о. главы Администрации Советского района Уфы"),
        # an award or an origin between the title and the name does not end the chain
        ("В Нью-Йорке дают концерт дирижёр Валерий Гергиев и пианист — лауреат премии Grammy Даниил Трифонов.",
         "Даниил Трифонов", "пианист"),
        ("Сегодня ушел из жизни известный писатель-фронтовик и общественный деятель, уроженец города Орска "
         "Юрий Васильевич Бондарев.", "Юрий Васильевич Бондарев", "известный писатель-фронтовик и общественный деятель"),
        ("19 июля 2019 года исполнилось 85 лет художественному руководителю Московского академического театра "
         "Сатиры, полному кавалеру ордена «За заслуги перед Отечеством» Александру Ширвиндту.",
         "Александр Ширвиндт", "художественный руководитель Московского академического театра Сатиры"),
        # kinship after the name does not end the titles after it, and a closing time is no part of one
        ("В Пекине умер Ли Пэн, соратник Цзян Цзэминя, премьер Государственного совета Китая в 1988—1998 годах.",
         "Ли Пэн", "премьер Государственного совета Китая"),
        # the tagger gave the name a case its words cannot have: the dictionary's decides
        ("По словам премьер-министра земли Гессен Фолькера Буфье (Volker Bouffier), это первое такое самоубийство.",
         "Фолькер Буфье", "премьер-министр земли Гессен"),
        ("Певица Алсу, внучка бывшего вице-президента Лукойла, а ныне члена Совета Федерации от Республики "
         "Алтай Ралифа Сафина, вышла замуж.", "Ралиф Сафин", "член Совета Федерации от Республики Алтай"),
        # a noun the tagger read as an adjective, or as a plural
        ("Жена футболиста приходится сестрой близкому другу Месси, футболисту Лукасу Скаглии.",
         "Лукас Скаглии", "футболист"),
        ("Главным чекистом страны стал близкий друг В.Лукашенко экс-пограничник Вадим Зайцев.",
         "Вадим Зайцев", "экс-пограничник"),
        # a fronted position, with a quoted name or a governed name between the verb and the name
        ("Главным чекистом страны стал близкий друг В.Лукашенко экс-пограничник Вадим Зайцев.",
         "Вадим Зайцев", "главный чекист страны"),
        ("Режиссёром картины станет лауреат XXVII фестиваля «Кинотавр» Оксана Карас.", "Оксана Карас",
         "режиссер картины"),
        ("Еще одним из наиболее вероятных кандидатов на президентский пост является 60-летний Модибо Сидибе.",
         "Модибо Сидибе", "вероятный кандидат на президентский пост"),
        # a former position joined by «а ныне», «- ныне» to the present one
        ("Певица Алсу, внучка бывшего вице-президента Лукойла, а ныне члена Совета Федерации от Республики "
         "Алтай Ралифа Сафина, вышла замуж.", "Ралиф Сафин", "бывший вице-президент Лукойла"),
        ("Внук бывшего президента - ныне госсоветника Татарстана Минтимера Шаймиева Тимур Шаймиев занял пост "
         "генерального директора.", "Минтимер Шаймиев", "госсоветник Татарстана"),
        ("Иван Петров, бывший министр финансов, а ныне советник президента, выступил с докладом.",
         "Иван Петров", "советник президента"),
        # a place's name in the nominative after the genitive it names
        ("Ему помогли североходцы во главе с председателем Регионального отделения РФСХ Республики "
         "Башкортостан Зухрой Муртазиной.", "Зухра Муртазина",
         "председатель Регионального отделения РФСХ Республики Башкортостан"),
        # two titles with no comma between them, after a quoted name
        ('Претендентами были лидер "Африканского национального союза Зимбабве — Патриотический фронт" '
         "(ZANU-PF) действующий президент 89-летний Роберт Мугабе и глава оппозиции.", "Роберт Мугабе",
         'лидер "Африканского национального союза Зимбабве — Патриотический фронт"'),
        ('Претендентами были лидер "Африканского национального союза Зимбабве — Патриотический фронт" '
         "(ZANU-PF) действующий президент 89-летний Роберт Мугабе и глава оппозиции.", "Роберт Мугабе",
         "действующий президент"),
        # «оба» after two names: the position is each one's
        ("Там живут дочь действующего президента Иванку Трамп и её муж Джаред Кушнер (оба являются "
         "советниками Белого дома).", "Иванка Трамп", "советник Белого дома"),
        ("Там живут дочь действующего президента Иванку Трамп и её муж Джаред Кушнер (оба являются "
         "советниками Белого дома).", "Джаред Кушнер", "советник Белого дома"),
        # a namesake inside the title does not end the chain, nor does kinship after it
        ("На фестиваль приехал настоятель собора во имя святого благоверного и великого князя Александра "
         "Невского в Новосибирске, сценарист и кинорежиссер Александр Новопашин.", "Александр Новопашин",
         "настоятель собора во имя святого благоверного и великого князя Александра Невского в Новосибирске"),
        ("Глава Ассоциации имени Людвига ван Бетховена и супруга музыканта Эльжбета Пендерецкая сказала, "
         "что концерт состоится.", "Эльжбета Пендерецкая", "глава Ассоциации имени Людвига ван Бетховена"),
        # nouns for people the dictionary does not know, which the tagger calls inanimate
        ("В честь юбилея российский ультрамарафонец и североходец, член НП «Викимедиа РУ» Дмитрий Ерохин "
         "установил рекорд.", "Дмитрий Ерохин", "российский ультрамарафонец"),
        # a nickname between the name and its verb
        ("52-летний Фрэнк Кали по прозвищу (Фрэнки Бой) был главарем клана Гамбино с 2015 года.",
         "Фрэнк Кали", "главарь клана Гамбино"),
        # a post's genitive title, which the name after it holds in any case
        ("Томас Шефер произносит присягу при вступлении в должность министра финансов земли Гессен "
         "Томас Шефер (Thomas Schäfer), 2010 год.", "Томас Шефер", "министр финансов земли Гессен"),
        # a participle in the title, in the nominative
        ("Шахматистов поддержал действующий президент ФИДЕ Кирсан Илюмжинов.", "Кирсан Илюмжинов",
         "действующий президент ФИДЕ"),
        ("Она дочь российско-британской певицы Алсу.", "Алсу", "российско-британская певица"),
        # a verb of activity's «как …»; «который» stands for the name before it
        ("Идея проекта принадлежит продюсеру Александру Бондареву, который был другом Елизаветы Глинки и "
         "работал как волонтёр в её фонде.", "Александр Бондарев", "волонтёр в её фонде"),
        ("13 апреля Дмитрий Ерохин участвовал в своём 34 паркране и в седьмом — как волонтер в парке Лесоводов.",
         "Дмитрий Ерохин", "волонтер в парке Лесоводов"),
        ("Кит Флинт пел в группе. Сначала он был танцором, а в 1996 году дебютировал как вокалист с треком "
         "Firestarter.", "Кит Флинт", "вокалист"),
        ("Бывший спикер палаты представителей, Нэнси Пелоси, которая сейчас является главой демократического "
         "меньшинства, отметила, что борьба с дефицитом важна.", "Нэнси Пелоси", "глава демократического меньшинства"),
        # a body's name ending in a capitalised common word stays whole
        ("Об этом сообщил обозреватель РИА Новости Сергей Петухов.", "Сергей Петухов", "обозреватель РИА Новости"),
    ],
)  # fmt: skip
def test_titles_read_issue_3(analyse, text, person, title):
    assert (person, title) in roles(analyse(text))


def test_restated_title_kept_on_one_role(analyse):
    """dedupe keeps one role per person and title; where the article says it again is kept."""
    text = "Император Акихито выразил желание уйти на покой. В 2016 году Император Акихито обратился к народу."
    [role] = [r for r in analyse(text).roles if r.person == "Акихито"]
    second = text.rindex("Император")
    assert role.title == "император" and role.restated == ((second, text.rindex("Акихито") + len("Акихито")),)


@pytest.mark.parametrize(
    "text, person",
    [
        # the title is in the genitive, the name in the accusative: the title is not hers
        ("Среди соседей — дочь действующего президента Иванку Трамп.", "Иванка Трамп"),
        # a headline line above the name is not a title
        ("Бывший президент Перу застрелился при задержании\nАлан Гарсия скончался в больнице.", "Алан Гарсия"),
        # a verb between the noun and the name: a clause, not a title
        ("С юбилеем замечательного артиста поздравил Владимир Путин.", "Владимир Путин"),
        # kinship and honorifics are not positions
        ("На церемонии была дочь Мария Шукшина.", "Мария Шукшина"),
        # the father's titles, though the tagger read her name genitive like them
        pytest.param("Среди гостей — дочь знаменитого писателя, актера и режиссера Мария Шукшина.", "Мария Шукшина",
                     marks=pytest.mark.xfail(strict=True, reason="issue 19: the roles scorer pairs the last title of a "
                                             "relative's list with the name (.82); the rules read it as the father's")),
        # a list of names with no title before it
        ("На встрече были Иван Петров и Анна Сидорова.", "Анна Сидорова"),
        # an award or an agent is not a position
        ("Иван Петров стал победителем конкурса.", "Иван Петров"),
        ("Иван Петров был избит охранником.", "Иван Петров"),
        # the name goes with «администрации», not with the title before it
        ("Работа федеральным прокурором Манхэттена, заместителем генпрокурора в администрации Джорджа Буша-младшего.",
         "Джордж Буша-младшего"),
        # a genitive after a nominative title is its owner, not its holder
        ("Семья Барака Обамы арендует дом. «Мы будем продолжать его арендовать», — сообщил представитель Обамы.",
         "Барак Обамы"),
        # a successor is no position
        ("После ухода Л.Глебовой в СМИ поступили сообщения, что ее преемником будет И.Муравьев.", "И.Муравьев"),
        # another subject between the fronted title and the name: the title is that subject's
        ("Главой делегации стал Иван Петров, Анна Сидорова осталась в Москве.", "Анна Сидорова"),
        # a nickname is not the verb's subject
        ("52-летний Фрэнк Кали по прозвищу (Фрэнки Бой) был главарем клана Гамбино.", "Фрэнки Бой"),
        # «как» after a comma, or with no position after it
        ("Иван Петров работал, как президент Путин, без выходных.", "Иван Петров"),
        ("Как и большинство боксёров Анджело Роттоли начинал как любитель в 1977 году.", "Анджело Роттоли"),
        # a foreign woman's name that does not decline, after a title that is her agent's
        ("Ранее, 22 июля, представитель Кэтрин Джексон подала в полицию заявление.", "Кэтрин Джексон"),
    ],
)  # fmt: skip
def test_no_false_titles(analyse, text, person):
    assert not [r for r in analyse(text).roles if r.person == person]


def test_title_of_a_name_declined_in_its_last_word(analyse):
    """«Е» does not decline, «Цзяньина» does: the title agrees with the genitive."""
    record = analyse("Он пережил свою жену Е Сяоин, младшую дочь маршала Е Цзяньина.")
    assert [r.title for r in record.roles if r.person.startswith("Е Цзяньин")] == ["маршал"]
    assert not [r for r in record.roles if r.person == "Е Сяоин"]


def test_title_of_the_genitive_name_before_a_kinsman(analyse):
    """The title the tagger read nominative is the genitive grandfather's, not the grandson's."""
    record = analyse("Внук бывшего президента - ныне госсоветника Татарстана Минтимера Шаймиева Тимур Шаймиев "
                     "занял пост генерального директора.")  # fmt: skip
    assert roles(record) == {
        ("Минтимер Шаймиев", "бывший президент"),
        ("Минтимер Шаймиев", "госсоветник Татарстана"),
        ("Тимур Шаймиев", "генеральный директор"),
    }


def test_a_title_before_the_next_name_of_a_list_is_that_ones(analyse):
    record = analyse("Среди гостей — актёры Андрей Мерзликин и Алиса Гребенщикова, выдающийся спортсмен и актёр "
                     "Олег Тактаров, продюсер и актер Игорь Жижикин.")  # fmt: skip
    assert {t for p, t in roles(record) if p == "Алиса Гребенщикова"} == {"актер"}
    assert {t for p, t in roles(record) if p == "Олег Тактаров"} == {"выдающийся спортсмен", "актёр"}
    assert {t for p, t in roles(record) if p == "Игорь Жижикин"} == {"продюсер", "актер"}


def test_a_headline_above_the_name_ends_its_chain(analyse):
    """A headline is a sentence of its own: razdel ran it into the lead, and the roles scorer
    gave the headline's «Б.Обама» the post he nominates someone to."""
    record = analyse("Б.Обама выдвинул на пост главы ФБР республиканца\n\n\nПрезидент США Барак Обама в пятницу, "
                     "21 июня, выдвинул на пост главы ФБР республиканца Джеймса Коми, сообщает канал NBC News.")
    assert {t for p, t in roles(record) if p == "Барак Обама"} == {"президент США"}


def test_a_participle_not_agreeing_is_no_part_of_the_title(analyse):
    record = analyse("Парламент принял закон, позволяющий императору Акихито сложить полномочия.")
    assert roles(record) == {("Акихито", "император")}


def test_a_name_after_a_title_is_no_part_of_it(analyse):
    """Only a place's name follows a genitive in the nominative; «Хван» is the next man's name."""
    record = analyse("Экс-председатель Верховного народного собрания КНДР Хван Чжан Еп, бежавший из страны "
                     "13 лет назад, дал интервью.")  # fmt: skip
    assert not [t for _, t in roles(record) if "Хван" in t]


def test_titles_of_a_biography_introduced_by_the_age(analyse):
    """«Джеймсу Коми 52 года» names the paragraph's subject, though not in the nominative; a
    noun after a preposition is no subject, though the tagger read it nominative."""
    record = analyse(
        "Президент США Барак Обама выдвинул на пост главы ФБР республиканца Джеймса Коми.\n\n"
        "Джеймсу Коми 52 года. После ухода с госслужбы работал адвокатом в хедж-фонде Bridgewater "
        "Associates. Он также является старшим исследователем в Колумбийском университете."
    )
    assert {t for p, t in roles(record) if p == "Джеймс Коми"} >= {
        "адвокат в хедж-фонде Bridgewater Associates", "старший исследователь в Колумбийском университете"}
    assert {t for p, t in roles(record) if p == "Барак Обама"} == {"президент США"}


def test_an_event_function_is_no_position_beside_a_title(analyse):
    record = analyse("Модератором встречи выступил исполнительный директор Союза юристов Аргын Искакбеков.")
    assert roles(record) == {("Аргын Искакбеков", "исполнительный директор Союза юристов")}


def test_capitalised_kinship_is_no_title(analyse):
    """«Внучка» opening a sentence reads as a name to the tagger and as «внучок» to the lemmatiser;
    kinship is no position either way (NEREL dev)."""
    found = roles(analyse("Внучка Ван Цзюня, Клэр Ван, училась в Швейцарии."))
    assert not {title for _, title in found} & {"внучка", "внучок"}


@pytest.mark.parametrize(
    "text, person, title",
    [
        # a genitive name right before the name completes its title (NEREL dev and the like)
        ("Адвокат Александра Кокорина Андрей Ромашов прокомментировал приговор суда.",
         "Андрей Ромашов", "адвокат Александра Кокорина"),
        ("Помощник Владимира Путина Юрий Ушаков заявил, что встреча состоится.",
         "Юрий Ушаков", "помощник Владимира Путина"),
    ],
)  # fmt: skip
def test_title_with_its_owners_name(analyse, text, person, title):
    assert (person, title) in roles(analyse(text))


def test_two_names_without_a_title_make_no_role(analyse):
    assert not roles(analyse("Встреча Владимира Путина и Дональда Трампа прошла в Хельсинки."))
    assert not roles(analyse("Внучка Минтимера Шаймиева Камиля вошла в совет директоров."))


@pytest.mark.parametrize(
    "text, person, title",
    [
        # a pronoun subject: the person last named as a subject in the paragraph
        ("Андрей Варичев возглавляет «Металлоинвест» с 2013 года. С 2006 года он работал коммерческим директором компании.",
         "Андрей Варичев", "коммерческий директор компании"),
        ("Юкия Амано был профессиональным дипломатом. В 2005 году он был назначен послом Японии в МАГАТЭ.",
         "Юкия Амано", "посол Японии в МАГАТЭ"),
        # no subject at all, in a biography's run of clauses; the verb's ending gives the gender
        ("Его отец, Ван Чжэнь, родился в бедности. Стал генералом, работал министром.", "Ван Чжэнь", "генерал"),
        ("Его отец, Ван Чжэнь, родился в бедности. Стал генералом, работал министром.", "Ван Чжэнь", "министр"),
        ("Ольга Петрова окончила МГУ. Иван Сидоров её поздравил. В 2010 году была избрана ректором университета.",
         "Ольга Петрова", "ректор университета"),
        # a Latin spelling in brackets is the name before it, not a new person
        ("Фаворит — Шейк Модибо Диарра (Cheick Modibo Diarra). В апреле 2012 года он был назначен председателем переходного правительства Мали.",
         "Модибо Диарра", "председатель переходного правительства Мали"),
        # across a paragraph break, a person named once in passing is not the subject
        ("Виталий Костомаров родился в Москве. Виталий Костомаров окончил МГУ.\nЕго учитель — академик Виктор Виноградов.\n"
         "Был президентом Международной ассоциации преподавателей русского языка.",
         "Виталий Костомаров", "президент Международной ассоциации преподавателей русского языка"),
        # a named subject further back in its clause
        ("По образованию программист, Сиссе занимал различные политические посты, в том числе был министром финансов.",
         "Сиссе", "министр финансов"),
        ("Модибо Сидибе учился во Франции и уже в юности работал консультантом в министерстве обороны Мали.",
         "Модибо Сидибе", "консультант в министерстве обороны Мали"),
        # a time after the title is not part of it
        ("Алан Гарсия родился в 1949 году. Он занимал пост президента Перу дважды.", "Алан Гарсия", "президент Перу"),
        ("Мухаммед Мурси родился в 1951 году. Он был президентом Египта с 30 июня 2012 года.", "Мухаммед Мурси", "президент Египта"),
    ],
)  # fmt: skip
def test_titles_of_an_unnamed_subject(analyse, text, person, title):
    assert (person, title) in roles(analyse(text))


@pytest.mark.parametrize(
    "text, person, held",
    [
        # a common-noun subject is not the person last named
        ("Иван Петров приехал в Казань. Его брат был министром финансов.", "Иван Петров", []),
        # plural subjects are never one person's title
        ("Иван Петров приехал в Казань. Они были депутатами парламента.", "Иван Петров", []),
        # an active appointing verb gives the title to its object, not to its subject
        ("Премьер-министр Дмитрий Медведев назначил руководителем Рособрнадзора Ивана Муравьева.", "Дмитрий Медведев",
         ["премьер-министр"]),
        # a victim is no position
        ("Анджело Роттоли завершил карьеру. Анджело Роттоли стал жертвой коронавируса.", "Анджело Роттоли", []),
        # «он» inside quoted speech is whoever the speaker talks about, not the speaker
        ("Тренер Бадди Макгирт заявил: «Он был отличным боксером и трудолюбивым спортсменом».", "Бадди Макгирт",
         ["тренер"]),
        # «лицо» is a person, not a position
        ("Анна Петрова окончила школу. В 2010 году стала лицом коллекции Givenchy.", "Анна Петрова", []),
    ],
)  # fmt: skip
def test_no_titles_from_a_clause(analyse, text, person, held):
    assert [r.title for r in analyse(text).roles if r.person == person] == held


@pytest.mark.parametrize(
    "text, person, title",
    [
        # a bare title as its clause's subject is the person the article names most (NEREL dev)
        ("Борис Джонсон вернулся в свою резиденцию. Джонсон провёл в больнице неделю.\n\n"
         "9 апреля премьер был переведен в обычную палату.", "Борис Джонсон", "премьер"),
        # a feminine title goes to a woman, known by her given name
        ("Людмила Гурченко снялась в новом фильме. Людмила Гурченко получила за роль премию.\n\n"
         "75-летняя актриса сообщила об этом в четверг.", "Людмила Гурченко", "актриса"),
        # in any case, given the person's age
        ("Георгий Данелия снял «Мимино». Георгий Данелия госпитализирован.\n\n"
         "Врачи диагностировали у 88-летнего режиссёра одышку.", "Георгий Данелия", "режиссер"),
        # after a verb of speech that closes the quote
        ("Дмитрий Ерохин прошёл 82 километра. Дмитрий Ерохин установил рекорд.\n\n"
         "«Моя мечта осуществилась», — признался спортсмен после финиша.", "Дмитрий Ерохин", "спортсмен"),
    ],
)  # fmt: skip
def test_epithets(analyse, text, person, title):
    assert (person, title) in roles(analyse(text))


@pytest.mark.parametrize(
    "text, person, title",
    [
        # an official the article does not name
        ("Суд приговорил Александра Кокорина к полутора годам. Кокорин вины не признал. "
         "Ранее прокурор просил для него пять лет.", "Александр Кокорин", "прокурор"),
        # a title that is someone's in particular
        ("Кэтрин Джексон уехала в Аризону. Кэтрин Джексон не выходила на связь. Ее доктор рекомендует ей покой.",
         "Кэтрин Джексон", "доктор"),
        # the title is another person's in the article
        ("Анна Сидорова приехала в Уфу. Анна Сидорова встретилась с министром. Министр финансов Иван Петров "
         "рассказал о бюджете. Министр считает, что денег хватит.", "Анна Сидорова", "министр"),
        # a man's title and verb do not stand for a woman
        ("Анна Сидорова приехала в Уфу. Анна Сидорова выступила.\n\nПевец исполнил три песни.", "Анна Сидорова", "певец"),
        # an inhabitant is no position, as the subject or before the name
        ("Максим Дадашев вышел на ринг. Дадашев пропустил удар.\n\nДагестанец выглядел плохо.",
         "Максим Дадашев", "дагестанец"),
        ("Ротто проиграл титул французу Анаклету Вамбе.", "Анаклет Вамбе", "француз"),
    ],
)  # fmt: skip
def test_no_epithets(analyse, text, person, title):
    assert (person, title) not in roles(analyse(text))


def test_titles_of_a_list_introduced_after_its_comma(analyse):
    """«среди которых» after a plural title opens the list; «из Москвы» after a name keeps it going."""
    found = roles(analyse(
        "В Барнаул прилетели известные писатели и критики, среди которых — Павел Басинский и Михаил Павлов "
        "из Москвы, Василий Авченко из Владивостока."
    ))  # fmt: skip
    for person in ("Павел Басинский", "Михаил Павлов", "Василий Авченко"):
        assert {(person, "известный писатель"), (person, "критик")} <= found


@pytest.mark.parametrize(
    ("text", "person", "titles"),
    [
        # a post held, left or taken, written after the name with a verb between: no reading of
        # the rules takes these; the scorer learned them from NEREL train
        ("Указом Главы государства Серик Жумангарин освобождён от должности заместителя премьер-министра.",
         "Серик Жумангарин", {"заместитель премьер-министра"}),
        ("Ерлан Карин, ранее занимавший пост государственного советника, выступил на форуме.",
         "Ерлан Карин", {"государственный советник"}),
        # the rules' reading stays: the one appointed holds the post, not the one who appoints
        ("Глава государства Касым-Жомарт Токаев назначил Серика Жумангарина заместителем премьер-министра.",
         "Серик Жумангарин", {"заместитель премьер-министра"}),
        ("Глава государства Касым-Жомарт Токаев назначил Серика Жумангарина заместителем премьер-министра.",
         "Касым-Жомарт Токаев", {"глава государства"}),
    ],
)  # fmt: skip
def test_the_scorer_reads_posts_beyond_the_rules(analyse, text, person, titles):
    assert {r.title for r in analyse(text).roles if r.person == person} == titles


def test_a_title_stops_at_the_partner_it_is_joined_to(analyse):
    """«и» right after the head joins its holder to someone else; inside the tail it joins
    two words the head governs, in one case."""
    record = analyse("Барак Обама переехал в Вашингтон. «Учитывая, что президент и миссис Обама планируют жить "
                     "в Вашингтоне», — сказал он. Председатель комитета по науке и образованию Мажилиса "
                     "Асхат Аймагамбетов выступил с докладом.")
    assert {t for p, t in roles(record) if p == "Барак Обама"} == {"президент"}
    assert {t for p, t in roles(record) if p == "Асхат Аймагамбетов"} == {"председатель комитета по науке и образованию Мажилиса"}


@pytest.mark.parametrize(
    "text, person, title",
    [
        # a title without a name, the sentence after the person is named (the scorer's "anaphor"
        # pairs, learned from NEREL train: issue 19)
        ("Иван Петров приехал в Костанай. Политик выступил перед жителями.", "Иван Петров", "политик"),
        ("Писатель Дулат Исабеков провёл встречу со студентами. Писатель рассказал о своих книгах.",
         "Дулат Исабеков", "писатель"),
    ],
)  # fmt: skip
def test_title_without_a_name_is_the_person_named_before(analyse, text, person, title):
    assert (person, title) in roles(analyse(text))


def test_title_without_a_name_restates_the_title_with_the_name(analyse):
    """«Министр» after «Министр энергетики Алмасадам Саткалиев» is the same title said again:
    a restated span of that role, not a second, shorter title."""
    text = "Министр энергетики Алмасадам Саткалиев посетил Экибастуз. Министр осмотрел угольный разрез."
    record = analyse(text)
    assert roles(record) == {("Алмасадам Саткалиев", "министр энергетики")}
    [role] = record.roles
    assert [text[a:b] for a, b in role.restated] == ["Министр"]


def test_title_without_a_name_goes_to_one_person(nlp):
    """Both people of the sentence before are candidates for «Политик»; only the one the
    scorer prefers gets the title, whatever the threshold."""
    from extract.mentions import extract_mentions
    from extract.pipeline import analyse
    from extract.role_scores import candidates, chosen, probability

    text = "Ерлан Нуралин встретился с Маратом Ахметовым в Павлодаре. Политик пообещал построить школу."
    [analysis] = analyse(nlp, [text])
    found = candidates(analysis, extract_mentions(analysis, analysis.kazakh), list(analysis.kazakh))
    pairs = [c for c in found if c.reading == "anaphor" and c.role.title == "политик"]
    assert {c.person.normal for c in pairs} == {"Ерлан Нуралин", "Марат Ахметов"}
    best = max(pairs, key=lambda c: probability(c.features))
    roles = chosen(analysis, pairs, lambda c: True, lambda c: probability(c.features))
    assert [r.person for r in roles] == [best.person.normal]
