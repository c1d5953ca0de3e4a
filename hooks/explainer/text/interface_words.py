"""Interface words of the generated blocks, one column per edition: only words differ by language.
The zh-hant column is written by hand in Taiwan usage (連結, 互動式, 點選, 欄位, 資料, 搜尋, 檔案), never
converted with OpenCC (explainer/text/edition_tables.py): the interview is converted, the interface is not."""

from explainer.text.edition_tables import interface

WORDS = interface("hooks/explainer/text/interface_words.py: WORDS", {
    "permalink": {"zh": "此处的永久链接", "zh-hant": "此處的永久連結", "en": "Permanent link to this place"},
    # The button after a paragraph's ¶ that opens its menu (copy link, copy with citation; cite.js).
    "paragraph_menu": {"zh": "复制本段链接或引用", "zh-hant": "複製本段連結或引用",
                       "en": "Copy this paragraph's link or citation"},
    "source": {"zh": "出处", "zh-hant": "出處", "en": "Source"},
    "period": {"zh": "时期", "zh-hant": "時期", "en": "Period"},
    "metric": {"zh": "指标", "zh-hant": "指標", "en": "Figure"},
    "value": {"zh": "数值", "zh-hant": "數值", "en": "Value"},
    "derived": {"zh": "推算", "zh-hant": "推算", "en": "Derived"},
    "reported": {"zh": "访谈原文", "zh-hant": "訪談原文", "en": "Reported"},
    "formula": {"zh": "推算公式", "zh-hant": "推算公式", "en": "Formula"},
    "copy_link": {"zh": "复制链接", "zh-hant": "複製連結", "en": "Copy link"},
    "copy_citation": {"zh": "复制引用", "zh-hant": "複製引用", "en": "Copy citation"},
    "copied": {"zh": "已复制", "zh-hant": "已複製", "en": "Copied"},
    "cite": {"zh": "引用", "zh-hant": "引用", "en": "Cite"},
    "cite_style": {"zh": "引用格式", "zh-hant": "引用格式", "en": "Citation style"},
    # Said by cite.js (sent in the page's citation data, so every edition gets its own words)
    "citation_copied": {"zh": "引用已复制", "zh-hant": "引用已複製", "en": "Citation copied"},
    "copy_by_hand": {"zh": "请按 Ctrl+C(Mac 上按 ⌘C)复制选中的文字",
                     "zh-hant": "請按 Ctrl+C(Mac 上按 ⌘C)複製選取的文字",
                     "en": "Press Ctrl+C (⌘C on a Mac) to copy the selected text"},
    "link_copied": {"zh": "链接已复制", "zh-hant": "連結已複製", "en": "Link copied"},
    "copy_paragraph": {"zh": "复制本段及引用", "zh-hant": "複製本段及引用", "en": "Copy text with citation"},
    "cite_page": {"zh": "引用本页", "zh-hant": "引用本頁", "en": "Cite this page"},
    "cite_site": {"zh": "引用本站", "zh-hant": "引用本站", "en": "Cite this site"},
    "copy_short": {"zh": "复制", "zh-hant": "複製", "en": "Copy"},
    "copy_page_citation": {"zh": "复制本页引用", "zh-hant": "複製本頁引用", "en": "Copy this page's citation"},
    "copy_site_citation": {"zh": "复制本站引用", "zh-hant": "複製本站引用", "en": "Copy this site's citation"},
    "cite_files": {"zh": "引用文件", "zh-hant": "引用檔案", "en": "Citation files"},
    "this_page": {"zh": "本页", "zh-hant": "本頁", "en": "this page"},
    "whole_site": {"zh": "全站", "zh-hant": "全站", "en": "the whole site"},
    "access_date": {"zh": "引用日期", "zh-hant": "引用日期", "en": "date of access"},
    # Between a label and what it names, and between the items of a list, in the edition's marks
    # (an ASCII mark beside Latin text or a space is not turned full-width by explainer/text/punctuation.py).
    "label_separator": {"zh": "：", "zh-hant": "：", "en": ": "},
    "list_separator": {"zh": "；", "zh-hant": "；", "en": "; "},
    "data_table": {"zh": "数据表", "zh-hant": "資料表", "en": "Data table"},
    "interactive": {"zh": "打开交互式图表", "zh-hant": "開啟互動式圖表", "en": "Open the interactive chart"},
    "chart_image": {"zh": "图表图片", "zh-hant": "圖表圖片", "en": "Chart image"},
    "download": {"zh": "下载数据", "zh-hant": "下載資料", "en": "Download the data"},
    "source_quote_lang": {"zh": "原文", "zh-hant": "原文", "en": "Chinese original"},
    "chart_note": {"zh": "图表由本站数据生成,每个数值均可追溯到访谈原文。",
                   "zh-hant": "圖表依本站資料繪製,每個數值都可追溯到訪談原文。",
                   "en": "Drawn from the site's data; every value traces back to the interview text."},
    "csv_zh": {"zh": "CSV(简体中文表头)", "zh-hant": "CSV(簡體中文欄位名稱)", "en": "CSV (Simplified Chinese headers)"},
    "csv_zh-hant": {"zh": "CSV(繁体中文表头)", "zh-hant": "CSV(繁體中文欄位名稱)", "en": "CSV (Traditional Chinese headers)"},
    "csv_en": {"zh": "CSV(英文表头)", "zh-hant": "CSV(英文欄位名稱)", "en": "CSV (English headers)"},
    "json": {"zh": "JSON(全部字段)", "zh-hant": "JSON(全部欄位)", "en": "JSON (all fields)"},
    # The parallel view (explainer/pages/parallel.py); {title} is the interview page's.
    "parallel_link": {"zh": "中英对照", "zh-hant": "中英對照", "en": "Parallel text: Chinese and English"},
    "parallel_back": {"zh": "返回中文单语页面", "zh-hant": "返回中文單語頁面", "en": "Back to the English-only page"},
    "parallel_title": {"zh": "中英对照:{title}", "zh-hant": "中英對照:{title}", "en": "Parallel text: {title}"},
    "parallel_heading": {"zh": "中英对照:{title}", "zh-hant": "中英對照:{title}", "en": "Parallel text: {title}"},
    "parallel_description": {"zh": "“{title}”一页的中文原文与英文译文,逐段对照。",
                             "zh-hant": "「{title}」一頁的繁體中文本與英文譯文,逐段對照。",
                             "en": "{title}: the Chinese original and the site's English rendering, paragraph by paragraph."},
    # After a generated edition's <title> that reads the same as its source's (explainer/pages/head.py
    # edition_title: the home page), so that no two editions share a title.
    "edition_title": {"zh": "", "zh-hant": "繁體中文版", "en": ""},
    # The 404 page (one for the whole site): one paragraph per edition, linking to its home page.
    "not_found": {"zh": "页面不存在", "zh-hant": "頁面不存在", "en": "Page not found"},
    "not_found_before": {"zh": "您要找的页面不在本站。请从", "zh-hant": "您要找的頁面不在本站。請從",
                         "en": "The page you asked for is not on this site. Start from the "},
    "not_found_home": {"zh": "首页", "zh-hant": "首頁", "en": "home page"},
    "not_found_after": {"zh": "开始浏览,或使用搜索。", "zh-hant": "開始瀏覽,或使用搜尋。", "en": ", or use search."},
    # The site's own words in its prose pages (the md:ui marker), where the zh text is converted: the
    # words that name its interface (about, index).
    "link": {"zh": "链接", "zh-hant": "連結", "en": "link"},
    "fields": {"zh": "字段", "zh-hant": "欄位", "en": "fields"},
    "file": {"zh": "文件", "zh-hant": "檔案", "en": "file"},
    "headers": {"zh": "表头", "zh-hant": "欄位名稱", "en": "headers"},
    "click": {"zh": "点击", "zh-hant": "點選", "en": "click"},
    "chinese_pages": {"zh": "中文页面", "zh-hant": "簡體中文頁面", "en": "The Simplified Chinese pages"},
    # A generated edition says what it is (overrides/partials/explainer/edition-note.html, on every page;
    # the About page through md:ui). Written editions show no note: their entries are empty.
    "edition_note_before": {"zh": "", "zh-hant": "本頁由", "en": ""},
    "edition_note_link": {"zh": "", "zh-hant": "簡體中文原文", "en": ""},
    "edition_note_after": {"zh": "", "zh-hant": "以 OpenCC 逐字轉換為繁體字,保留中國大陸用語;網站介面文字則依臺灣用語另行撰寫。",
                           "en": ""},
    "about_editions": {"zh": "", "zh-hant": "繁體中文頁面則不是原文本身,而是由簡體原文以 OpenCC 逐字轉換而成:"
                                            "只換字形,保留中國大陸用語(例如「網絡」不改為「網路」,「數據」不改為「資料」);"
                                            "網站介面文字(按鈕、說明等)則依臺灣用語另行撰寫。每頁末尾的說明都連結到同一頁的簡體原文。",
                       "en": ""},
})

SECTIONS = interface("hooks/explainer/text/interface_words.py: SECTIONS", {
    "grassroots-governance": {"zh": "第一问:超大城市基层治理", "zh-hant": "第一問:超大城市基層治理",
                              "en": "Question 1: grassroots governance in a megacity"},
    "rule-of-law": {"zh": "第二问:以法治保障平安", "zh-hant": "第二問:以法治保障平安",
                    "en": "Question 2: the rule of law as the guarantee of safety"},
    "digital-governance": {"zh": "第三问:数字化、智能化赋能城市治理", "zh-hant": "第三問:數字化、智能化賦能城市治理",
                           "en": "Question 3: digital and intelligent governance"},
    "resilient-city": {"zh": "第四问:安全韧性城市", "zh-hant": "第四問:安全韌性城市",
                       "en": "Question 4: a safe and resilient city"},
    "sidebar-five-years": {"zh": "边栏“数说五年”", "zh-hant": "邊欄「數說五年」", "en": "Sidebar “Five years in numbers”"},
    "sidebar-interview": {"zh": "访谈边栏", "zh-hant": "訪談邊欄", "en": "Interview sidebar"},
})

# Where each source section is presented, relative to a language's root.
SECTION_PAGES = {
    "grassroots-governance": "interview/grassroots-governance/",
    "rule-of-law": "interview/rule-of-law/",
    "digital-governance": "interview/digital-governance/",
    "resilient-city": "interview/resilient-city/",
    "sidebar-five-years": "numbers/",
    "sidebar-interview": "numbers/",
}

def words(lang: str) -> dict[str, str]:
    """All interface words in one language, for a template."""
    return {key: text[lang] for key, text in WORDS.items()}
