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
