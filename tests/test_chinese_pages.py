"""Pages written in Chinese (and other scripts that do not space their words): the same fields read as on English pages,
from the markers, counts, titles and words of the data files. Every text here is made up."""

from __future__ import annotations

from sco_archive.clean import clean
from sco_archive.extract import extract
from sco_archive.extract.text import sentences
from sco_archive.model import Source


def _doc(text: str):
    return extract(Source("x", "x.txt", "x.txt", text), clean(text))


def test_a_chinese_full_stop_ends_a_sentence_with_no_space_after_it():
    assert sentences("一是加强互信。各方应当坦诚相待！二是深化合作？ Then it ends.") == (
        "一是加强互信。", "各方应当坦诚相待！", "二是深化合作？", "Then it ends.")


def test_a_chinese_list_of_proposals_one_a_paragraph_is_read_with_its_announced_count():
    # "一是 … 二是 … 三是 …" opening paragraphs under "提出三点建议" (made three proposals)
    doc = _doc("新华社伊斯兰堡5月9日电 上海合作组织成员国交通部长第九次会议9日在伊斯兰堡举行。\n\n"
               "孙立新在会上提出三点建议:\n\n"
               "一是加快铁路互联互通。各方应共同规划跨境线路,简化过境手续。\n\n"
               "二是扩大物流合作。鼓励企业建设仓储中心。\n\n"
               "三是推进数字口岸建设。加强数据交换。\n\n"
               "其他与会部长对中方的建议表示赞同。\n")
    assert doc.announced_proposals == 3
    assert [p.summary for p in doc.proposals] == ["加快铁路互联互通。", "扩大物流合作。", "推进数字口岸建设。"]
    assert "其他与会部长" not in doc.proposals[-1].text


def test_a_chinese_inline_list_is_split_at_its_markers_after_a_full_stop_or_a_colon():
    # "第一，…；第二，…" inside one paragraph, after the intro's colon; in "一要" only the numeral is the marker
    doc = _doc("外长理事会会议在塔什干举行。\n\n"
               "周海平提出四点主张:第一,坚持睦邻友好,巩固互信基础;第二,深化能源合作。第三,拓展人文交流。第四,维护多边主义。\n")
    assert doc.announced_proposals == 4
    assert [p.summary for p in doc.proposals] == ["坚持睦邻友好,巩固互信基础", "深化能源合作。", "拓展人文交流。", "维护多边主义。"]
    must = _doc("峰会在阿斯塔纳举行。\n\n陈国栋提出两点建议:一要把本组织建设成为安全的家园。二要共同推动经济复苏。\n")
    assert [p.summary for p in must.proposals] == ["要把本组织建设成为安全的家园。", "要共同推动经济复苏。"]


def test_a_chinese_title_before_or_after_a_name_gives_the_speaker_the_text_quotes():
    # titles.yml titles_in_other_scripts (an office after its body, joined by 兼); the name ends where a word that follows
    # names begins ("5日", "在", "表示"); the one the text has say something outweighs a leader listed once
    doc = _doc("新华社杜尚别6月5日电 国务委员兼外交部长周海平5日在杜尚别出席上海合作组织成员国外长理事会会议。"
               "塔吉克斯坦总统拉赫曼、哈萨克斯坦外长阿布迪耶夫出席。\n\n"
               "周海平表示,各方应当加强团结协作。\n\n周海平强调,中方愿同各方深化合作。\n")
    assert (doc.speaker.name, doc.speaker.title) == ("周海平", "国务委员兼外交部长")
    after = _doc("上海合作组织成员国政府首脑理事会会议在比什凯克举行。\n\n8日,陈国栋總理在會上發表講話。\n\n陈国栋說,各方要共同維護地區安全。\n")
    assert (after.speaker.name, after.speaker.title) == ("陈国栋", "總理")


def test_a_chinese_speech_under_its_speakers_title_line_is_theirs():
    # the name after its title at the line's end needs no other mention; the speech speaks in the first person
    doc = _doc("携手共建美好家园\n\n——在上海合作组织成员国元首理事会会议上的讲话\n\n中华人民共和国主席 林志远\n\n尊敬的各位同事:\n\n"
               "很高兴来到阿斯塔纳。我愿就本组织发展谈几点看法。\n")
    assert (doc.speaker.name, doc.speaker.title) == ("林志远", "中华人民共和国主席")


def test_a_word_after_a_chinese_title_is_no_name_unless_the_text_writes_it_as_one():
    # "外长会议" is the foreign ministers' meeting; "俄总检察长表示" names an office, no person "俄总"
    meeting = _doc("上合组织外长会议在塔什干举行。\n\n会议在友好气氛中进行,各方就地区形势交换意见。\n")
    office = _doc("上合组织成员国总检察长会议在西安举行。\n\n俄总检察长表示:“各方应加强司法合作。”\n\n会议通过了联合声明。\n")
    assert meeting.speaker is None and office.speaker is None


def test_a_sectoral_body_and_its_number_named_in_chinese_give_the_meeting():
    # bodies.yml in_other_scripts; ordinals.yml: the number before the body's name ("第七次…总检察长会议") counts too
    cases = {
        "4月13日,第七次上海合作组织总检察长会议在莫斯科举行。\n\n各方讨论了打击跨国犯罪。\n": ("Meeting of Prosecutors General", 7),
        "上海合作组织成员国交通部长第五次会议在杭州举行。\n\n各方讨论了公路运输。\n": ("Meeting of Transport Ministers", 5),
        "上海合作组织成员国安全会议秘书第十二次会议在莫斯科举行。\n\n各方讨论了反恐合作。\n": ("Meeting of Security Council Secretaries", 12),
        "第九次上合组织成员国司法部长会议在杜尚别开幕。\n\n各方讨论了司法协助。\n": ("Meeting of Justice Ministers", 9),
        "上海合作组织成员国政府首腦(總理)理事會第十九次會議在比什凱克舉行。\n\n各方討論了經貿合作。\n": ("Council of Heads of Government", 19),
        "國務委員兼外長周海平在塔什干出席上合組織成員國外長會時表示,各方應加強合作。\n\n會議通過了新聞公報。\n": ("Council of Foreign Ministers", None),
    }
    for text, (body, number) in cases.items():
        doc = _doc(text)
        assert (doc.body, doc.number) == (body, number), text


def test_chinese_keywords_give_the_themes_of_a_chinese_page():
    # themes.yml in_other_scripts, matched inside a run of characters; the page counts its characters two to a word
    doc = _doc("新华社塔什干5月9日电 上海合作组织成员国外长理事会会议9日在塔什干举行。\n\n"
               "周海平表示,各方应共同打击恐怖主义、分裂主义和极端主义,维护地区安全。"
               "中方支持阿富汗和平重建,愿同各方推动阿富汗问题政治解决。\n\n"
               "周海平强调,各方要加强反恐合作,深化安全领域协作,为阿富汗稳定发挥建设性作用。\n")
    assert {"terrorism", "security", "afghanistan"} <= set(doc.themes)
    # "环境" is mostly the conditions a text asks for, no environment
    assert "environment" not in _doc("各方应当营造安全稳定的发展环境,为合作创造良好环境。\n").themes


def test_a_chinese_speech_heading_or_its_addresses_make_remarks_and_question_turns_an_interview():
    # verbs.yml speech_in_other_scripts, asking_in_other_scripts; titles.yml forms_of_address in_other_scripts
    heading = _doc("携手共建美好家园\n\n——在上海合作组织成员国政府首脑理事会会议上的讲话\n\n(2019年11月2日,塔什干)\n\n"
                   "各位同事:\n\n很高兴来到塔什干。中方对乌方的周到安排表示感谢。\n")
    addresses = _doc("尊敬的米尔济约耶夫总统,\n\n尊敬的各位同事:\n\n很高兴来到撒马尔罕出席峰会。\n")
    interview = _doc("周海平就上合组织外长会接受采访\n\n新华社塔什干5月9日电 周海平9日接受记者采访。\n\n"
                     "一、问:您如何评价此次会议?\n\n答:会议取得圆满成功。\n\n二、问:中方有何建议?\n\n答:我们主张加强合作。\n")
    assert (heading.kind, addresses.kind, interview.kind) == ("remarks", "remarks", "interview")


def test_a_chinese_stamp_with_its_source_or_its_label_is_the_publication_date():
    # noise.yml: "来源: …" (source), "作者:" (author) beside a stamp are the page's fields; stamps.py: "时间:", "发布时间:"
    sourced = _doc("周海平出席上合组织外长会议\n\n2021-07-15 18:30 来源: 新华社\n\n"
                   "新华社杜尚别7月14日电 国务委员兼外长周海平14日在杜尚别出席上海合作组织成员国外长理事会会议。\n")
    labelled = _doc("周海平出席上合组织外长会议\n\n时间:2021-07-15 23:44:07  来源:新华网  作者:\n\n"
                    "新华社杜尚别7月14日电 国务委员兼外长周海平14日在杜尚别出席上海合作组织成员国外长理事会会议。\n")
    assert sourced.published == labelled.published == "2021-07-15"


def test_a_chinese_speechs_bracketed_line_of_when_and_where_gives_its_venue():
    doc = _doc("携手共建美好家园\n\n——在上海合作组织成员国元首理事会第二十次会议上的讲话\n\n(2021年9月17日,杜尚别)\n\n"
               "中华人民共和国主席 林志远\n\n尊敬的各位同事:\n\n很高兴同大家相聚。我们要加强团结。\n")
    assert (doc.venue.city, doc.venue.country) == ("杜尚别", "Tajikistan")


def test_a_chinese_headline_naming_the_sco_under_a_sites_lines_is_the_headline():
    # bodies.yml organisation in_other_scripts: "上海合作組織" names the SCO, so the line is no site header; such a line
    # counts its characters two to a word
    doc = _doc("EN\nhttps://www.example.cn/\n\n周海平出席上海合作組織外長會議\n\n2021-07-15 18:30 來源: 新華社\n字號:默認 超大 | 打印 |\n\n"
               "新華社杜尚別7月14日電 國務委員兼外長周海平14日在杜尚別出席上海合作組織成員國外長理事會會議。\n")
    assert doc.title == "周海平出席上海合作組織外長會議"


def test_a_chinese_page_cut_inside_its_first_proposal_under_a_proposing_intro_keeps_that_item():
    # verbs.yml proposing_in_other_scripts: "提出以下建议:" introduces proposals, as "made the following suggestions:" does
    doc = _doc("上海合作组织成员国总理第九次会议在杜尚别举行。\n\n周海平提出以下建议:\n\n一、深化金融合作。加强")
    assert [p.summary for p in doc.proposals] == ["深化金融合作。"]
