"""Interface words of the generated blocks, in both languages: only words differ by language.
A generated edition (editions.py) reads them converted from its source language."""

from explainer.editions import localized

WORDS = localized({
    "permalink": {"zh": "此处的永久链接", "en": "Permanent link to this place"},
    # The button after a paragraph's ¶ that opens its menu (copy link, copy with citation; cite.js).
    "paragraph_menu": {"zh": "复制本段链接或引用", "en": "Copy this paragraph's link or citation"},
    "source": {"zh": "出处", "en": "Source"},
    "period": {"zh": "时期", "en": "Period"},
    "metric": {"zh": "指标", "en": "Figure"},
    "value": {"zh": "数值", "en": "Value"},
    "derived": {"zh": "推算", "en": "Derived"},
    "reported": {"zh": "访谈原文", "en": "Reported"},
    "formula": {"zh": "推算公式", "en": "Formula"},
    "copy_link": {"zh": "复制链接", "en": "Copy link"},
    "copy_citation": {"zh": "复制引用", "en": "Copy citation"},
    "copied": {"zh": "已复制", "en": "Copied"},
    "cite": {"zh": "引用", "en": "Cite"},
    "cite_style": {"zh": "引用格式", "en": "Citation style"},
    # Said by cite.js (sent in the page's citation data, so every edition gets its own words)
    "citation_copied": {"zh": "引用已复制", "en": "Citation copied"},
    "copy_by_hand": {"zh": "请按 Ctrl+C(Mac 上按 ⌘C)复制选中的文字",
                     "en": "Press Ctrl+C (⌘C on a Mac) to copy the selected text"},
    "link_copied": {"zh": "链接已复制", "en": "Link copied"},
    "copy_paragraph": {"zh": "复制本段及引用", "en": "Copy text with citation"},
    "cite_page": {"zh": "引用本页", "en": "Cite this page"},
    "cite_site": {"zh": "引用本站", "en": "Cite this site"},
    "copy_short": {"zh": "复制", "en": "Copy"},
    "copy_page_citation": {"zh": "复制本页引用", "en": "Copy this page's citation"},
    "copy_site_citation": {"zh": "复制本站引用", "en": "Copy this site's citation"},
    "cite_files": {"zh": "引用文件", "en": "Citation files"},
    "this_page": {"zh": "本页", "en": "this page"},
    "whole_site": {"zh": "全站", "en": "the whole site"},
    "access_date": {"zh": "引用日期", "en": "date of access"},
    "data_table": {"zh": "数据表", "en": "Data table"},
    "interactive": {"zh": "打开交互式图表", "en": "Open the interactive chart"},
    "chart_image": {"zh": "图表图片", "en": "Chart image"},
    "download": {"zh": "下载数据", "en": "Download the data"},
    "source_quote_lang": {"zh": "原文", "en": "Chinese original"},
    "chart_note": {"zh": "图表由本站数据生成,每个数值均可追溯到访谈原文。",
                   "en": "Drawn from the site's data; every value traces back to the interview text."},
    "csv_zh": {"zh": "CSV(简体中文表头)", "en": "CSV (Simplified Chinese headers)"},
    "csv_zh-hant": {"zh": "CSV(繁体中文表头)", "en": "CSV (Traditional Chinese headers)"},
    "csv_en": {"zh": "CSV(英文表头)", "en": "CSV (English headers)"},
    "json": {"zh": "JSON(全部字段)", "en": "JSON (all fields)"},
    # The parallel view (explainer/pages/parallel.py); {title} is the interview page's.
    "parallel_link": {"zh": "中英对照", "en": "Parallel text: Chinese and English"},
    "parallel_back": {"zh": "返回中文单语页面", "en": "Back to the English-only page"},
    "parallel_title": {"zh": "中英对照:{title}", "en": "Parallel text: {title}"},
    "parallel_heading": {"zh": "中英对照:{title}", "en": "Parallel text: {title}"},
    "parallel_description": {"zh": "“{title}”一页的中文原文与英文译文,逐段对照。",
                             "en": "{title}: the Chinese original and the site's English rendering, paragraph by paragraph."},
    # The 404 page (one for the whole site): one paragraph per edition, linking to its home page.
    "not_found": {"zh": "页面不存在", "en": "Page not found"},
    "not_found_before": {"zh": "您要找的页面不在本站。请从", "en": "The page you asked for is not on this site. Start from the "},
    "not_found_home": {"zh": "首页", "en": "home page"},
    "not_found_after": {"zh": "开始浏览,或使用搜索。", "en": ", or use search."},
})

SECTIONS = localized({
    "grassroots-governance": {"zh": "第一问:超大城市基层治理", "en": "Question 1: grassroots governance in a megacity"},
    "rule-of-law": {"zh": "第二问:以法治保障平安", "en": "Question 2: the rule of law as the guarantee of safety"},
    "digital-governance": {"zh": "第三问:数字化、智能化赋能城市治理", "en": "Question 3: digital and intelligent governance"},
    "resilient-city": {"zh": "第四问:安全韧性城市", "en": "Question 4: a safe and resilient city"},
    "sidebar-five-years": {"zh": "边栏“数说五年”", "en": "Sidebar “Five years in numbers”"},
    "sidebar-interview": {"zh": "访谈边栏", "en": "Interview sidebar"},
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
