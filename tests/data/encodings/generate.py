#!/usr/bin/env python3
"""Writes the fixtures of tst_encoding: one sentence per charset, encoded by Python's own codecs
(an implementation independent of the glibc iconv that Tidings decodes with). Run once; the
output is committed. The same sentences are written out in tests/feeds/tst_encoding.cpp."""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

SENTENCES = {
    "french": "Où est la bibliothèque\u00a0? «\u00a0Déjà fermée\u00a0» — dit l’élève.",
    "german": "Größe: 5 €, dazu ein Übermaß an Äpfeln.",
    "czech": "Včera jsem koupil čerstvý chléb a šťávu z řepy.",
    "polish": "Łódź leży w środku kraju, a źródło jest blisko.",
    "russian": "Вчера в Москве шёл сильный дождь, а сегодня солнце.",
    "ukrainian": "Їжак ґрунтовно шукає їжу, а є ще й кіт.",
    "greek": "Ο καιρός σήμερα είναι ηλιόλουστος.",
    "turkish": "Bugün hava çok güzel, şehirde yürüyüş yaptık.",
    "hebrew": "הספרייה נפתחת בבוקר",
    "arabic": "المكتبة مفتوحة اليوم",
    "lithuanian": "Šiandien lyja, bet rytoj bus saulėta.",
    "vietnamese": "Vi\u00ea\u0323t Nam c\u00f3 nhi\u00ea\u0300u do\u0300ng s\u00f4ng.",
    "thai": "สวัสดีตอนเช้า",
    "esperanto": "Ĉu vi ŝatas ĝardenojn?",
    "nordic": "Ísland og Føroyar, ŋ og ŧ.",
    "welsh": "Mae'r ŵyn yn y cae ger y llyn.",
    "romanian": "Știință și învățământ în țară.",
    "chinese_simplified": "今天天气很好，我们去公园散步。",
    "chinese_gb18030": "今天天气很好€，还有😀。",
    "chinese_traditional": "今天天氣很好，我們去公園散步。",
    "japanese": "今日はいい天気ですね。カタカナも少し。",
    "korean": "오늘은 날씨가 정말 좋네요.",
    "english": "Plain ASCII text, nothing more.",
}

# fixture name: (python codec, sentence)
FIXTURES = {
    "windows-1252": ("cp1252", "french"),
    "iso-8859-15": ("iso8859_15", "german"),
    "windows-1250": ("cp1250", "czech"),
    "iso-8859-2": ("iso8859_2", "polish"),
    "windows-1251": ("cp1251", "russian"),
    "koi8-r": ("koi8_r", "russian"),
    "koi8-u": ("koi8_u", "ukrainian"),
    "iso-8859-5": ("iso8859_5", "russian"),
    "ibm866": ("cp866", "russian"),
    "iso-8859-7": ("iso8859_7", "greek"),
    "windows-1253": ("cp1253", "greek"),
    "windows-1254": ("cp1254", "turkish"),
    "windows-1255": ("cp1255", "hebrew"),
    "iso-8859-8": ("iso8859_8", "hebrew"),
    "windows-1256": ("cp1256", "arabic"),
    "iso-8859-6": ("iso8859_6", "arabic"),
    "windows-1257": ("cp1257", "lithuanian"),
    "iso-8859-13": ("iso8859_13", "lithuanian"),
    "iso-8859-4": ("iso8859_4", "lithuanian"),
    "windows-1258": ("cp1258", "vietnamese"),
    "windows-874": ("cp874", "thai"),
    "iso-8859-3": ("iso8859_3", "esperanto"),
    "iso-8859-10": ("iso8859_10", "nordic"),
    "iso-8859-14": ("iso8859_14", "welsh"),
    "iso-8859-16": ("iso8859_16", "romanian"),
    "gb2312": ("gb2312", "chinese_simplified"),
    "gbk": ("gbk", "chinese_simplified"),
    "gb18030": ("gb18030", "chinese_gb18030"),
    "big5": ("big5", "chinese_traditional"),
    "shift_jis": ("shift_jis", "japanese"),
    "euc-jp": ("euc_jp", "japanese"),
    "iso-2022-jp": ("iso2022_jp", "japanese"),
    "euc-kr": ("euc_kr", "korean"),
    "us-ascii": ("ascii", "english"),
}

for name, (codec, sentence) in FIXTURES.items():
    (HERE / f"{name}.txt").write_bytes(SENTENCES[sentence].encode(codec))
