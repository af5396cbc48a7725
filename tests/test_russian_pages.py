"""Pages written in Russian (issue 16, session 14): the speaker, the meeting and its place read the way an English page's
are. Every text here is made up in the style of the Russian-language publishers (the Kremlin, the Government, the foreign
ministry, the agencies)."""

from __future__ import annotations

import pytest

from sco_archive.clean import clean
from sco_archive.extract import extract
from sco_archive.model import Speaker
from sco_archive.read import Source


def _doc(text: str):
    return extract(Source("x", "x.txt", "x.txt", text), clean(text))


@pytest.mark.parametrize("text, name, title", [
    # a transcript's turns with the initial run into the surname, as the Kremlin writes them
    ("Выступления и стенограммы /\n\nВ.Путин:\nМы подводим итоги года работы организации и благодарим хозяев за "
     "радушный приём.\n\nВ.Путин:\nСпасибо всем за внимание и за совместную работу.\n", "В.Путин", None),
    ("Выступление на заседании Совета глав государств – членов ШОС\n\n12 июня 2012 года, Бишкек\n\nА.Петров: Уважаемый "
     "господин Председатель! Уважаемые коллеги! Мы собрались, чтобы подвести итоги работы за год.\n", "А.Петров", None),
    # ... and beside a title ("Заместитель Генерального секретаря ШОС С.Хан")
    ("Совещание министров энергетики ШОС\n\nЗаместитель Генерального секретаря ШОС Б.Ахмедов в своем выступлении "
     "подчеркнул роль энергетики.\n", "Б.Ахмедов", "Заместитель Генерального секретаря ШОС"),
])
def test_a_name_with_its_initial_run_in_is_a_name(text, name, title):
    assert _doc(text).speaker == Speaker(name, title)


@pytest.mark.parametrize("text, name, title", [
    # words given by "in his speech" ("в своем выступлении")
    ("Путин выступил на саммите ШОС\n\nПрезидент России Иван Соколов в своем выступлении на заседании Совета глав "
     "государств назвал организацию опорой стабильности.\n", "Иван Соколов", "Президент России"),
    # ... by a pronoun after the quotation ("\"...\", - отметил он")
    ("Заседание совета глав правительств\n\nПремьер-министр РФ Пётр Васильев проводит заседание Совета глав правительств.\n\n"
     "\"Повестка дня очень насыщенная\", - отметил он, открывая заседание.\n", "Пётр Васильев", "Премьер-министр РФ"),
    # ... by the office alone ("Глава государства отметил"), the country's own press writing "Президент страны"
    ("Актуально\n\nВ Уфе прошло заседание Совета глав государств ШОС. В нем принял участие Президент страны Асан "
     "Кенжеев.\n\nОбращаясь к участникам заседания, Глава государства отметил, что ШОС переживает важный этап.\n",
     "Асан Кенжеев", "Президент страны"),
])
def test_a_russian_page_gives_its_speakers_words(text, name, title):
    assert _doc(text).speaker == Speaker(name, title)


@pytest.mark.parametrize("text, name, title", [
    # the agencies' short titles, the country's abbreviation part of the title
    ("В Бишкеке собрались генпрокуроры ШОС\n\nГенпрокурор КР Азамат Токтосунов в своей речи отметил важность встречи.\n",
     "Азамат Токтосунов", "Генпрокурор КР"),
    ("Итоги СМИД ШОС\n\nСовет министров иностранных дел будет способствовать укреплению права. Об этом заявил глава МИД "
     "России Олег Смирнов по итогам заседания.\n", "Олег Смирнов", "глава МИД России"),
])
def test_a_russian_short_title_is_a_title(text, name, title):
    assert _doc(text).speaker == Speaker(name, title)


def test_the_russian_speaker_is_the_one_the_page_quotes():
    # the head of one delegation only named; the host's words given ("выразил надежду")
    text = ("Заседание глав правительств ШОС в Душанбе\n\nЗаседание проходит в узком составе. Российскую делегацию возглавляет "
            "премьер-министр Иван Кузнецов.\n\nОткрывая встречу, глава правительства Таджикистана Рустам Саидов выразил "
            "надежду, что заседание будет плодотворным.\n")
    assert _doc(text).speaker == Speaker("Рустам Саидов", "глава правительства Таджикистана")


@pytest.mark.parametrize("text, body, number", [
    # the heads of emergency agencies, in the ways the agencies write them
    ("В Оше пройдет совещание\n\nВ Оше сегодня открывается совещание глав министерств по чрезвычайным ситуациям "
     "государств ШОС.\n", "Meeting of Heads of Emergency Agencies", None),
    ("Министр примет участие в совещании\n\nМинистр примет участие в пятом совещании глав МЧС стран Шанхайской "
     "организации сотрудничества.\n", "Meeting of Heads of Emergency Agencies", 5),
    ("В Ханчжоу пройдет совещание\n\nВ Ханчжоу пройдет седьмое Совещание руководителей ведомств государств-членов ШОС, "
     "занимающихся вопросами предупреждения и ликвидации чрезвычайных ситуаций, сообщает пресс-служба.\n",
     "Meeting of Heads of Emergency Agencies", 7),
    # the summit: "саммит стран ШОС" with a Roman numeral, "совета глав стран – членов ШОС", "Главы государств ШОС"
    ("Итоги недели\n\nГлавное событие недели – IX саммит стран Шанхайской организации сотрудничества в Бишкеке.\n",
     "Council of Heads of State", 9),
    ("Путин выступил в Астане\n\nОрганизация укрепляет позиции, заявил президент РФ Иван Соколов на заседании совета глав "
     "стран – членов ШОС.\n", "Council of Heads of State", None),
    ("Подписана хартия\n\nГлавы государств Шанхайской организации сотрудничества подписали хартию и декларацию.\n",
     "Council of Heads of State", None),
    # the summit's sentence first; the heads of government's meeting it announces is no summit of theirs
    ("Путин выступил на саммите\n\nПрезидент России Иван Соколов в своем выступлении на заседании Совета глав "
     "государств-членов ШОС назвал организацию опорой стабильности. Он анонсировал заседание глав правительств стран "
     "ШОС, которое пройдет в Москве.\n", "Council of Heads of State", None),
    # the security council secretaries' "совбезов", an ordinal with an adjective between
    ("Секретарь посетит Душанбе\n\nСекретарь Совбеза примет участие в двенадцатой ежегодной встрече секретарей "
     "совбезов стран ШОС.\n", "Meeting of Security Council Secretaries", 12),
])
def test_a_russian_meeting_is_named_and_numbered(text, body, number):
    doc = _doc(text)
    assert (doc.body, doc.number) == (body, number)


@pytest.mark.parametrize("text, city, country", [
    # a city after its country's adjective and "городе", after "столице" and its region, after "г." run into it
    ("Министры обороны встретились\n\nВ китайском городе Циндао под председательством принимающей стороны состоялось "
     "совещание министров обороны государств-членов ШОС.\n", "Циндао", "China"),
    ("Актуально\n\n10 июля в столице Башкортостана городе Уфе прошло заседание Совета глав государств-членов ШОС.\n",
     "Уфа", "Russia"),
    ("Заседание генеральных прокуроров\n\n29-30 ноября 2016 года в г.Санья под председательством китайской стороны "
     "состоялось заседание Генеральных прокуроров государств-членов ШОС.\n", "Санья", "China"),
    # the members' cities places.yml gives in Russian
    ("Совещание по ЧС\n\n20 апреля 2023 года в г. Дели состоялось совещание руководителей ведомств по ЧС государств-"
     "членов ШОС.\n", "Дели", "India"),
    ("Совет глав правительств\n\n16 октября 2024 года в Исламабаде состоялось заседание Совета глав правительств "
     "государств-членов ШОС.\n", "Исламабад", "Pakistan"),
    ("Совещание в Чолпон-Ате\n\n23 августа в Чолпон-Ате состоялось совещание министров транспорта государств-членов "
     "ШОС.\n", "Чолпон-Ата", "Kyrgyzstan"),
])
def test_a_russian_page_places_its_meeting(text, city, country):
    doc = _doc(text)
    assert (doc.venue.city, doc.venue.country) == (city, country)


def test_the_kremlins_reading_controls_are_no_text():
    # the Russian page's font and colour controls over the heading: the event line under the heading places the speech
    text = ("Настройки отображения\n\nРазмер шрифта:\n\nЦвета сайта:\n\nИзображения\n\nНастройки\n\nПрезидент России — "
            "официальный сайт\n\nДокумент /\n\nВыступление на заседании Совета глав государств – членов ШОС\n\n"
            "12 июня 2012 года, Бишкек\n\nА.Петров: Уважаемые коллеги! Мы собрались, чтобы подвести итоги работы за год и "
            "наметить планы на будущее.\n")
    doc = _doc(text)
    assert (doc.venue.city, doc.venue.country) == ("Бишкек", "Kyrgyzstan")
    assert doc.title == "Выступление на заседании Совета глав государств – членов ШОС"
    text = "Выберите шрифт Arial Times New Roman\n\nВыступления и стенограммы /\n\nВ.Путин:\nУважаемые коллеги! Мы подводим итоги.\n"
    assert _doc(text).title_generated


@pytest.mark.parametrize("text, kind", [
    # a speech's Russian heading; a transcript turn opening with an address
    ("Выступление на заседании Совета министров иностранных дел ШОС\n\n10 мая 2018 года, Пекин\n\nБлагодарю "
     "председателя за приглашение. Организация укрепляет позиции.\n", "remarks"),
    ("Итоги саммита\n\nА.Петров: Уважаемый господин Председатель! Организация за год сделала многое.\n\nИ это "
     "только начало пути.\n", "remarks"),
    # a press conference: its heading, or a doorstep ("пресс-подход")
    ("Выступление и ответы на вопросы СМИ Министра иностранных дел в ходе пресс-конференции по итогам заседания СМИД "
     "ШОС\n\nМы завершили заседание Совета министров иностранных дел.\n", "press_conference"),
    ("Пресс-подход министра после заседания СМИД ШОС\n\nВстреча министров прошла плодотворно.\n", "press_conference"),
    # ... but a report quoting what was said at one stays a report
    ("Лавров об итогах СМИД\n\nРешения укрепят организацию, заявил министр на пресс-конференции после заседания.\n",
     "report"),
    # a report that the summit ended
    ("Итоги\n\nВ Бишкеке завершился саммит Шанхайской организации сотрудничества.\n", "report"),
])
def test_a_russian_page_has_its_kind(text, kind):
    assert _doc(text).kind == kind


@pytest.mark.parametrize("text, name, title", [
    # a ministry's heading: the speech, its speaker's office and name in the genitive
    ("Выступление Министра иностранных дел Российской Федерации С.В.Петрова на заседании СМИД ШОС, Бишкек, 22 мая 2019 "
     "года\n\nУважаемые коллеги, мы обсудили подготовку к саммиту.\n", "С.В.Петров", "Министр иностранных дел Российской Федерации"),
    # a line introducing the transcript under a lead
    ("«Мы предлагаем укреплять кооперацию», — подчеркнул премьер.\n\nСтенограмма выступления А.А.Сидорова:\n\nУважаемый "
     "господин председатель, уважаемые коллеги! Организации исполняется 10 лет.\n", "А.А.Сидоров", None),
    # the first name declined too, and a woman's name
    ("Интервью Министра обороны России Сергея Кузнецова газете «Звезда»\n\nВопрос: Каковы итоги совещания?\n", "Сергей Кузнецов",
     "Министр обороны России"),
    ("Брифинг официального представителя МИД России М.В.Петровой, Москва, 10 июня 2021 года\n\nО саммите ШОС в Душанбе. "
     "Встреча пройдет в сентябре.\n", "М.В.Петрова", "официальный представитель МИД России"),
])
def test_a_russian_heading_names_its_speaker_in_the_genitive(text, name, title):
    assert _doc(text).speaker == Speaker(name, title)


def test_a_persian_page_names_its_summit_number_place_and_format():
    # the SCO, its heads' summit and its ordinal in Persian, a city in Persian script, a report by an agency
    doc = _doc("به گزارش خبرگزاری، نهمین اجلاس سران سازمان همکاری شانگهای در پکن برگزار شد.\n\n"
               "رهبران کشورهای عضو چند سند را امضا کردند.\n")
    assert (doc.kind, doc.body, doc.number, doc.venue.city, doc.venue.country) == ("report", "Council of Heads of State", 9, "پکن", "China")
    # ... the other way of writing its letters (ك, ھ), and a summit held by video link
    doc = _doc("از دهلی نو، نشست سران سازمان ھمكاری شانگھای به صورت ارتباط تصویری آغاز شد.\n\n"
               "نخست وزیر هند ریاست این نشست را بر عهده داشت.\n")
    assert (doc.body, doc.venue.city, doc.venue.country, doc.venue.online) == ("Council of Heads of State", "دهلی نو", "India", True)


@pytest.mark.parametrize("text, city, country, body, number", [
    # a Filipino page (CRI) places its meeting with "sa", numbers it "ika-N" with or without "na"
    ("Idinaos kahapon sa Astana, Kazakhstan, ang ika-9 summit ng Shanghai Cooperation Organization (SCO).\n\nNagkaisa ang "
     "mga lider sa paglaban sa terorismo.\n", "Astana", "Kazakhstan", "Council of Heads of State", 9),
    ("Dumating kahapon sa Bishkek, Kyrgyzstan si Premyer Wen ng Tsina para dumalo sa ika-11 Pulong ng mga Punong Ministro ng "
     "mga kasaping bansa ng SCO.\n", "Bishkek", "Kyrgyzstan", "Council of Heads of Government", 11),
])
def test_a_filipino_page_places_and_numbers_its_meeting(text, city, country, body, number):
    doc = _doc(text)
    assert (doc.venue.city, doc.venue.country, doc.body, doc.number) == (city, country, body, number)


def test_an_uzbek_page_names_the_heads_of_states_council_and_reports():
    doc = _doc("Prezident nutq so‘zladi\n\nPrezident ShHT Davlat rahbarlari kengashining yig‘ilishida chiqish qildi.\n\n"
               "“Hamkorlik kuchaymoqda”, – degan Prezident.\n")
    assert (doc.kind, doc.body) == ("report", "Council of Heads of State")


def test_another_organisations_leaders_are_no_sco_summit():
    text = ("Лавров о встречах\n\nМинистр напомнил о встрече лидеров стран БРИКС в Казани. Затем он принял участие в "
            "заседании Совета министров иностранных дел ШОС.\n")
    assert _doc(text).body == "Council of Foreign Ministers"


@pytest.mark.parametrize("text, kind, body, number, city", [
    # a Portuguese page: the summit ("cúpula") numbered "17ª", placed with "em", reported with "realizada"
    ("Os líderes dos Estados membros da SCO assinaram a declaração final da 17ª cúpula do bloco, realizada em Astana, "
     "capital do Cazaquistão.\n", "report", "Council of Heads of State", 17, "Astana"),
    # a French page: "sommet de l’Organisation de coopération de Shanghai", "Conseil des chefs d’État"
    ("12 documents seront signés\n\nLes dirigeants adopteront douze documents lors du sommet de l’Organisation de "
     "coopération de Shanghai (OCS).\n", None, "Council of Heads of State", None, None),
    ("Avant la réunion\n\nLa réunion du Conseil des chefs d’État de l’OCS aura lieu le 4 juillet.\n", None,
     "Council of Heads of State", None, None),
])
def test_a_portuguese_or_french_page_names_its_summit(text, kind, body, number, city):
    doc = _doc(text)
    assert (doc.body, doc.number, doc.venue.city if doc.venue else None) == (body, number, city)
    if kind:
        assert doc.kind == kind


def test_a_french_summit_of_another_organisation_is_not_the_scos():
    assert _doc("Le président à Kazan\n\nLe président participera au sommet des BRICS à Kazan.\n").body is None


@pytest.mark.parametrize("text, city, country", [
    # a Russian agency's dateline in Cyrillic, in capitals or not, with its agency after the date
    ("Лидеры ШОС встретились\n\nАСТАНА, 4 июля. /ТАСС/. Президент России Иван Соколов заявил на заседании Совета глав "
     "государств ШОС, что организация укрепляется.\n", "Астана", "Kazakhstan"),
    ("Лидеры ШОС встретились\n\nБишкек, 14 июня — РИА Новости. Президент России Иван Соколов заявил на заседании Совета "
     "глав государств ШОС, что организация укрепляется.\n", "Бишкек", "Kyrgyzstan"),
    # ... filed elsewhere than the meeting its lead places
    ("Лидеры ШОС встретились\n\nМОСКВА, 4 июля. /ТАСС/. Президент России Иван Соколов заявил на заседании Совета глав "
     "государств ШОС в Астане, что организация укрепляется.\n", "Астана", "Kazakhstan"),
])
def test_a_russian_dateline_places_the_report(text, city, country):
    doc = _doc(text)
    assert (doc.venue.city, doc.venue.country) == (city, country)
