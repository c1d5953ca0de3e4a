/* The site's analysis of search queries, loaded by search-worker.js into Material's search worker
   when the index is first set up (when the reader opens search), not with every page: see the notes
   at the top of search-worker.js. It adjusts Material's lunr and exposes self.explainerSearch.

   How a query is read (issue 21; ARCHITECTURE.md, "Search"; the index side is hooks/explainer/search/):
   - Words, as the index holds them: Chinese cut into the index's own words (variants folded with the
     build's FOLD pairs: 台 = 臺, a Simplified query finds 繁體 text); a run of characters the index does
     not know as a word is read as its overlapping pairs (幸福城市 → 幸福 城市, 万件), never as single
     characters; English trimmed (a possessive 's too) and stemmed as lunr stemmed the index (arbitrations
     → arbitr); an ordinal in digits as the pages write it (第2名 → 第二). A question
     counted to (第三个问题, the third question, Q3) is one word, q3, that its page holds. lunr's syntax
     (+word, -word) is read as lunr would, but a sign before a number is the number's (-29.08%).
   - Stop words (STOP_WORDS: 的 是 谁 什么 吗 …, the, is, who, how many …) are left out of the query, as
     the index left them out of its terms (this file's stop-word filter, used where lunr's was). A query
     made only of them is searched as typed: the index keeps them under a mark only such a query reaches.
   - Each remaining word is a concept: the word (whole; also as the start of a longer word when it has two
     characters or more), its everyday synonyms (config.synonyms: 杀人 → 命案 homicide), and for an English
     word of five letters or more (or four, when the index neither holds nor starts it) the nearest index
     words one edit away (two from nine letters), a lone
     Chinese pair the index lacks the word it reads as with one character the same (规道 → 轨道), and a
     word no entry holds its spellings one edit away as exactly as itself; a word in the
     other language's script also finds the glossary entries whose definition in that language holds it
     (a file beside the index, fetched then: config.definitions).
   - A result must match every concept; when no entry does, one concept at a time is given up (as hosted
     search engines do), so the results match as many of the reader's words as any entry can; when those
     are fewer than ten, the entries matching one word fewer follow them, and so on. When no entry matches
     any word, the Chinese words' characters are looked for inside the index's words. Among them,
     an entry that matches each concept without a typo comes first, then lunr's score: titles weigh more
     than text, the twin's other-language words (field "twin") less. A word in quotation marks comes
     first (“余”), and so does the question counted to and what a definition question asks about (What does
     余 mean …); so do the rarer words of a query in the other
     language's script. A question asking what something is (是什么, what is) or how it differs (是一回事吗, the same as) ranks the
     glossary's entries first, each term the query names whole among the entries matching the most.
   Material's own post-query boost (pages above sections, share of words found) is divided out in advance,
   so Material's list shows this order; its grouping, highlighting and "missing" words are unchanged. */
(function () {
  "use strict";
  var lunr = self.lunr;
  var HAN = /[\u3400-\u9fff\uf900-\ufaff]/, HAN_RUNS = /([\u3400-\u9fff\uf900-\ufaff]+)/;
  var LATIN_WORD = /^[a-z][a-z0-9'\u2019.\-]*$/;
  var MARK = "\u0001";  /* an index term that is a stop word; a query reaches it only when made of them */
  var EXACT = 1, PREFIX = 0.5, PART = 0.3, FUZZY = 0.2, NEAR = 2;
  var FILL = 10;  /* results wanted before entries matching fewer of the query's words are added */
  var SECOND = 0.5;  /* a page's second section is shown when it scores at least this share of its best */
  var STRONGER = 5;  /* … and a section matching a word fewer, at least this many times its best */
  /* A glossary term's entry (config.terms: where they are) weighs TERMS against a section: its title is
     the term, and Material weighs a title a thousand times the text. A question asking what something is
     (or how it differs from another: 区别, difference) weighs it DEFINITION instead, before the sections,
     when its title names what the query asks or it holds every word the query asks about that any entry
     holds (互联网法院 is defined in 三庭一院's entry; "difference" in a question about two plans is in no
     entry). */
  var TERMS = 0.001, DEFINITION = 2;
  /* A word the reader puts in quotation marks is what the question is about (数字后面的“余”是什么意思,
     「就地化解矛盾」是哪種經驗): among entries matching as many words, those holding it come first.
     ASCII double quotes are Material's own phrase syntax, read before the query gets here. */
  var QUOTED = /“[^”]+”|「[^」]+」|『[^』]+』|‘[^’]+’|《[^》]+》/g;
  /* What a definition question asks about, when nothing is quoted, is read as quoted: "余" in What does 余
     mean in the Chinese figures?, X in X 是什么意思 (the Chinese after folding). */
  var ASKED_ABOUT = /\bwhat\s+(?:does|do|did|is|are|was|were)\s+(.+?)\s+(?:mean|means|stand\s+for|stands\s+for|refer\s+to)\b|\bmeaning\s+of\s+(?:the\s+)?(.+?)(?=\s+in\b|\s*[?.!]|$)/i;
  var ASKED_ABOUT_HAN = /^(.+?)(?:是什么意思|什么意思|的意思|的含义|指的是什么|指什么)/;
  var DEFINES = /是什么|什么是|是哪种|是哪一种|叫什么|什么叫|什么意思|是啥|啥是|指什么|是指|何谓|含义|意思是|定义|区别|不一样|有何不同|有什么不同|差别|差异|异同|一回事|一样吗|相同吗|同一个/;
  var ASKS_DEFINITION = /^(区别|不同|不一样|差别|差异|异同|含义|定义|意思|一回事|一样|相同|同一个|differen\w*|differ|differs|versus|vs|meaning|definition|define|same)$/;
  var DEFINES_EN = /\b(what\s+(is|are|was|were|does|do)|what's|whats|meaning|define|definition|stands?\s+for|difference|differs?|different\s+from|versus|vs|the\s+same\s+(thing|as))\b/;
  /* The site's stop words, Chinese in Simplified: written here by the build, the same for every edition
     (hooks/explainer/search/stop_words.py); a query's words are folded to Simplified before they are
     compared with them. */
  var STOP_WORDS = "";
  /* Variant pairs of every edition's characters, "step,offset" in base 36, also written by the build
     (hooks/explainer/search/analysis.py, fold_pairs): 臺 → 台, 衞 → 卫. */
  var FOLD = "";
  var fold = {}, separator = /[\s\u200b]+/, stop = Object.create(null), synonyms = Object.create(null);
  var longestPhrase = 1, words = null, foldedWords = null, markedWords = null, latinTerms = [], numberTerms = [], hanWords = [];
  var built = null, terms = "", termTitles = Object.create(null), spellingOnly = Object.create(null), pinyinPrefix = null;
  var pending = null;

  function folded(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) out += fold[text[i]] || text[i];
    return out;
  }

  var porter = lunr.stemmer;
  function stem(word) { return porter(new lunr.Token(word.toLowerCase())).toString(); }
  var lunrStopWordFilter = lunr.stopWordFilter;  /* lunr's English list; STOP_WORDS holds the rest */
  function isStop(word) {
    word = word.toLowerCase();
    return stop[folded(word)] === true || !lunrStopWordFilter(word);
  }
  /* A word without what is around it, and an English word without its possessive 's (Hangzhou's is
     Hangzhou, on both sides: the index's pipeline and the query). */
  function trim(text) {
    return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/([a-z])['\u2019]s$/i, "$1");
  }

  /* A reader word or phrase as it is looked up: Chinese folded, English words stemmed. */
  function phraseKey(text) {
    if (HAN.test(text)) return folded(text);
    return latinWords(text).map(stem).join(" ");
  }

  /* A phrase's English words as the index splits them (at spaces, hyphens, slashes …), lower case. */
  function latinWords(text) {
    return text.toLowerCase().split(separator).map(trim).filter(Boolean);
  }

  function setUp(config) {
    fold = {};
    /* "step,offset" in base 36: the variant's code point less the previous one's, the form's less the
       variant's (hooks/explainer/search/analysis.py, fold_pairs) */
    var at = 0;
    FOLD.split(" ").forEach(function (pair) {
      if (!pair) return;
      var numbers = pair.split(",");
      at += parseInt(numbers[0], 36);
      fold[String.fromCharCode(at)] = String.fromCharCode(at + parseInt(numbers[1], 36));
    });
    if (config.separator) separator = new RegExp(config.separator, "g");
    terms = config.terms || "";
    pinyinPrefix = typeof config.pinyin === "string" ? config.pinyin : null;  /* the edition's folder */
    pinyinWords = null;
    readingsByCharacter = null;
    initialsWords = Object.create(null);
    definitionScript = config.definitions === "han" || config.definitions === "latin" ? config.definitions : null;
    definitionEntries = null;
    stop = Object.create(null);
    STOP_WORDS.split(" ").forEach(function (word) { if (word) stop[folded(word.toLowerCase())] = true; });
    synonyms = Object.create(null);
    longestPhrase = 1;
    /* A reader word finds the site's words; a site word its translation (营商环境 ↔ business environment). */
    (config.synonyms || []).forEach(function (entry) {
      var site = entry[1].split("|");
      entry[0].split("|").concat(site).forEach(function (word) {
        var key = phraseKey(word);
        synonyms[key] = (synonyms[key] || []).concat(site.filter(function (s) { return phraseKey(s) !== key; }));
        if (!HAN.test(word)) longestPhrase = Math.max(longestPhrase, key.split(" ").length);
      });
    });
  }

  /* ---- the index side: lunr's pipeline, as the index is built ---- */

  function trimmer(token) { return token.update(trim); }
  lunr.Pipeline.registerFunction(trimmer, "trimmerAnyScript");
  lunr.trimmer = trimmer;

  /* Material also calls it with a plain string (is this query word a stop word?): then it answers as
     lunr's did, the word or nothing. */
  function stopWordFilter(token) {
    if (typeof token === "string") return isStop(token) ? undefined : token;
    var text = token.toString();
    return isStop(text) ? token.update(function () { return MARK + text; }) : token;
  }
  lunr.Pipeline.registerFunction(stopWordFilter, "stopWordFilterAnyScript");
  lunr.stopWordFilter = stopWordFilter;

  function stemmer(token) { return token.toString().charAt(0) === MARK ? token : porter(token); }
  lunr.Pipeline.registerFunction(stemmer, "stemmerAnyScript");
  lunr.stemmer = stemmer;

  function learn(invertedIndex) {
    words = invertedIndex;
    termTitles = Object.create(null);  /* a glossary entry → the words of its title (its names) */
    spellingOnly = Object.create(null);  /* words held as spellings only (aliases) */
    foldedWords = Object.create(null);
    markedWords = Object.create(null);
    latinTerms = [];
    numberTerms = [];
    hanWords = [];
    for (var word in invertedIndex) {
      var inTitles = terms && invertedIndex[word].title, inText = invertedIndex[word].text;
      /* a spelling: no title holds it, and no text but of an entry whose aliases hold it too (a glossary
         entry keeps its spellings there: 电诈, which its English definition also writes) */
      var aliased = invertedIndex[word].aliases || {};
      if (!Object.keys(invertedIndex[word].title || {}).length &&
          Object.keys(inText || {}).every(function (ref) { return aliased[ref]; })) spellingOnly[word] = true;
      for (var ref in inTitles || {})
        if (ref.indexOf(terms) === 0) (termTitles[ref] = termTitles[ref] || []).push(word);
      if (word.charAt(0) === MARK) {
        var key = folded(word.slice(1));
        (markedWords[key] = markedWords[key] || []).push(word);
      } else if (HAN.test(word)) {
        key = folded(word);
        if (!foldedWords[key]) hanWords.push(key);
        (foldedWords[key] = foldedWords[key] || []).push(word);
      } else if (/^\d[\d,]*(\.\d+)?$/.test(word)) {
        numberTerms.push([parseFloat(word.replace(/,/g, "")), word]);
      } else if (word.length > 2 && LATIN_WORD.test(word)) {
        latinTerms.push(word);
      }
    }
  }

  var build = lunr.Builder.prototype.build;
  lunr.Builder.prototype.build = function () {
    var index = build.call(this);
    learn(index.invertedIndex);
    built = index;
    /* Material's own cut of Han queries looks words up with `in`: answer "no", the query is cut here. */
    index.invertedIndex = new Proxy(index.invertedIndex, { has: function () { return false; } });
    return index;
  };

  /* ---- the query side: words ---- */

  /* Whether `key` (folded) is a word to cut a query at: the index's, a stop word, a reader word. */
  function known(key) { return !!(foldedWords[key] || stop[key] || synonyms[key]); }

  /* The fewest known words that make up `run` (a character the index lacks counts, at a cost);
     `whole` false leaves out `run` itself, to find its parts. Pieces as typed. */
  function cut(run, whole) {
    var key = folded(run), n = key.length, best = [[0, []]];
    for (var end = 1; end <= n; end++) {
      for (var start = 0; start < end; start++) {
        if (!best[start] || (!whole && start === 0 && end === n)) continue;
        var piece = key.slice(start, end), isKnown = known(piece);
        var cost = isKnown ? 1 : (end - start === 1 ? 3 : 0);
        if (!cost) continue;
        var total = best[start][0] + cost;
        if (!best[end] || total < best[end][0])
          best[end] = [total, best[start][1].concat([{ text: run.slice(start, end), known: isKnown }])];
      }
    }
    return best[n] ? best[n][1] : [{ text: run, known: false }];
  }

  /* A Han chunk of the query as tokens: its words; stop words marked; each run of single characters
     as its overlapping pairs (a single character alone stays one, matched whole). */
  function hanTokens(chunk) {
    var tokens = [], run = [], at = 0, start = 0, pieces = cut(chunk, true), single = [];
    var whole = wholeTypos(chunk, pieces);
    if (whole.length) return [{ text: chunk, han: true, typos: whole }];
    pieces.forEach(function (piece) { for (var i = 0; i < piece.text.length; i++) single.push(piece.text.length === 1); });
    function flush() {
      var typos = run.length ? corrections(chunk, start, start + run.length, single) : [];
      if (run.length === 1) tokens.push({ text: run[0], han: true, single: true, typos: typos });
      for (var i = 0; i + 1 < run.length; i++)
        tokens.push({ text: run[i] + run[i + 1], han: true, pair: true,
                      typos: run.length === 2 ? typos.concat(homophones(run[0] + run[1])) : typos });
      run = [];
    }
    pieces.forEach(function (piece) {
      if (isStop(piece.text)) { flush(); tokens.push({ text: piece.text, han: true, stop: true }); }
      else if (piece.text.length === 1) { if (!run.length) start = at; run.push(piece.text); }
      else { flush(); tokens.push({ text: piece.text, han: true }); }
      at += piece.text.length;
    });
    flush();
    return tokens;
  }

  /* A word of four characters or more the index lacks, typed as words it knows, that is one character
     from a word of the index (数值营商: 数值 | 营商, meant 数智营商): that word, as a typo. */
  function wholeTypos(chunk, pieces) {
    var key = folded(chunk);
    if (key.length < 4 || foldedWords[key] || pieces.length < 2 || isStop(chunk) ||
        !pieces.every(function (p) { return p.known && p.text.length > 1 && !isStop(p.text); })) return [];
    return hanWords.filter(function (word) {
      if (word.length !== key.length) return false;
      var differ = 0;
      for (var i = 0; i < key.length && differ < 2; i++) if (word[i] !== key[i]) differ++;
      return differ === 1;
    }).slice(0, 8).map(function (w) { return edited(term(foldedWords[w][0], false, FUZZY), 1); });
  }

  /* A typo in Chinese is a character for another (a homophone: 风桥经验, 共享法廷, 韧姓城市): the index's
     words of three characters or more that the chunk's characters around an unknown run [from, to) give
     with one character replaced — one of that run, or a character the query has on its own (`single`:
     共想法庭 is cut 共 | 想 | 法庭, 想 a stop word). A run that starts a word of the index (its first two
     characters) is that word begun, not a typo: then only a character outside it is replaced. */
  function corrections(chunk, from, to, single) {
    var key = folded(chunk), found = [];
    var begun = to - from > 1 && hanWords.some(function (w) { return w.indexOf(folded(chunk.slice(from, Math.min(to, from + 2)))) === 0; });
    for (var length = Math.min(key.length, 8); length >= 3; length--) {
      for (var begin = Math.max(0, to - length); begin <= Math.min(from, key.length - length); begin++) {
        var window = key.slice(begin, begin + length);
        hanWords.forEach(function (word) {
          if (word.length !== length) return;
          var differ = -1;
          for (var i = 0; i < length; i++) {
            if (word[i] === window[i]) continue;
            if (differ !== -1) return;
            differ = begin + i;
          }
          var inRun = differ >= from && differ < to;
          if ((inRun ? !begun : single[differ]) && found.indexOf(word) === -1) found.push(word);
        });
      }
      if (found.length) break;
    }
    return found.slice(0, 8).map(function (w) { return edited(term(foldedWords[w][0], false, FUZZY), 1); });
  }

  /* A pair of characters the index lacks, between words it knows, that reads as a word of two it holds,
     one of them the same (规道 → 轨道, 範利 → 範例: a homophone typed for the other character), as a
     typo. A longer run of unknown characters is a word the site does not use, not a typo (双语名词表: not
     名词 → 名次). The readings come from the pinyin file beside the index (fetched then): its words'
     syllables, in order. */
  function homophones(pair) {
    var key = folded(pair), found = [];
    if (pinyinPrefix === null || key.length !== 2 || foldedWords[key]) return [];
    var readings = characterReadings();
    (readings[key[0]] || []).forEach(function (first) {
      (readings[key[1]] || []).forEach(function (second) {
        (pinyinWords[first + second] || []).forEach(function (word) {
          var f = folded(word);
          if (f.length === 2 && foldedWords[f] && (f[0] === key[0]) !== (f[1] === key[1]) && found.indexOf(f) === -1) found.push(f);
        });
      });
    });
    return found.slice(0, 4).map(function (f) { return edited(term(foldedWords[f][0], false, FUZZY), 1); });
  }

  /* {character (folded): its toneless readings}, from the pinyin file's words (a word's reading cut into
     as many syllables as it has characters). */
  var readingsByCharacter = null;
  function characterReadings() {
    if (readingsByCharacter) return readingsByCharacter;
    var table = readingsByCharacter = Object.create(null), words = loadPinyin();
    for (var reading in words) {
      words[reading].forEach(function (word) {
        var key = folded(word);
        if (!HAN.test(key)) return;
        syllableCuts(reading, key.length).forEach(function (syllables) {
          syllables.forEach(function (s, i) {
            var list = table[key[i]] || (table[key[i]] = []);
            if (list.indexOf(s) === -1) list.push(s);
          });
        });
      });
    }
    return table;
  }

  /* Every way `reading` splits into exactly `count` syllables (xian in two: xi an). */
  function syllableCuts(reading, count) {
    if (count === 1) return SYLLABLES[reading] ? [[reading]] : [];
    var cuts = [];
    for (var end = 1; end <= Math.min(6, reading.length - 1); end++) {
      if (!SYLLABLES[reading.slice(0, end)]) continue;
      syllableCuts(reading.slice(end), count - 1).forEach(function (rest) { cuts.push([reading.slice(0, end)].concat(rest)); });
    }
    return cuts;
  }

  /* ---- numbers as the index writes them ---- */

  /* Chinese number words (二十九, 三千零八十四, 8亿9千万, 五十六万八千七) and numbers with a letter for
     thousands or millions (316k, 890m) written as the site writes them: 29, 3084, 8.9亿, 568700 (the
     index writes each number in 万 out: hooks/explainer/search/analysis.py, number_forms), 316000,
     890 million; 百分之二十九 as 29%. A run of number characters is read only when it is one whole
     number (十四五, a plan's name, is not) and not a word of its own: three characters or more, or with
     an Arabic digit, or after 百分之 (十分 "very" and 万一 "in case" stay words). */
  var DIGITS = { "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
                 "六": 6, "七": 7, "八": 8, "九": 9 };
  var UNITS = { "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000 };
  var LARGE = { "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8 };
  var NUMBER_RUN = /(百分之)?([0-9.零〇一二两兩三四五六七八九十拾百佰千仟万萬亿億点點]+)/g;
  var CHINESE_NUMBER = /[零〇一二两兩三四五六七八九十拾百佰千仟]/;
  var COUNTER = /[年个個起件名家位次项項条條天月岁歲人倍多余餘来來]/;
  var SCALED = /(^|[^\w.])(\d+(?:\.\d+)?)(k|m|mn|bn)\b/gi;
  var SCALE_WORDS = { m: "million", mn: "million", bn: "billion" };

  /* The value of a Chinese number (its digits may be Arabic), or null when `run` is not one whole
     number. A digit after a unit, without 零, is the next unit's (三千八 is 3800, 一万五 15000). */
  function chineseNumber(run) {
    var total = 0, section = 0, digit = null, unit = Infinity, large = Infinity, zero = false, at = 0;
    while (at < run.length) {
      var arabic = /^\d+(\.\d+)?/.exec(run.slice(at)), ch = run[at];
      /* 八点九亿, 二十九点零八: the digits after 点 are decimals */
      var decimals = /^[点點]([零〇一二三四五六七八九]+)/.exec(run.slice(at));
      if (decimals) {
        var fraction = decimals[1].split("").map(function (d) { return DIGITS[d]; }).join("");
        digit = parseFloat(String(digit === null ? 0 : digit) + "." + fraction);
        at += decimals[0].length;
        continue;
      }
      if (arabic || ch in DIGITS) {
        if (digit !== null) return null;
        digit = arabic ? parseFloat(arabic[0]) : DIGITS[ch];
        at += arabic ? arabic[0].length : 1;
        if (!arabic && digit === 0) { zero = true; digit = null; }
        continue;
      }
      at++;
      if (ch in UNITS) {
        if (UNITS[ch] >= unit) return null;
        if (digit === null && section && !zero) return null;  /* 三千百 */
        section += (digit === null ? 1 : digit) * UNITS[ch];
        unit = UNITS[ch]; digit = null; zero = false;
      } else if (ch in LARGE) {
        if (LARGE[ch] >= large || (digit === null && !section)) return null;
        total += (section + (digit === null ? 0 : digit)) * LARGE[ch];
        large = LARGE[ch]; section = 0; digit = null; unit = LARGE[ch]; zero = false;
      } else return null;
    }
    if (digit !== null) section += !zero && unit !== Infinity && unit >= 100 ? digit * unit / 10 : digit;
    return total + section;
  }

  /* English number words (sixty-six point two percent, three thousand and eighty-four, ten million) as
     digits, the way the English pages write them: 66.2%, 3084, 10 million. One word alone stays a word
     (two robberies, Five years in numbers), unless a percent or a million follows it. */
  var ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " +
              "sixteen seventeen eighteen nineteen").split(" ");
  var TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
  var NUMBER_WORD = ONES.concat(TENS, ["hundred", "thousand"]).join("|");
  var ENGLISH_NUMBER = new RegExp("\\b(?:" + NUMBER_WORD + ")(?:[\\s-]+(?:" + NUMBER_WORD +
                                  "|and|point|million|billion|percent))*\\b", "gi");

  function englishNumber(words) {
    var total = 0, current = 0, decimals = "", point = false;
    for (var i = 0; i < words.length; i++) {
      var word = words[i], one = ONES.indexOf(word), ten = TENS.indexOf(word);
      if (point) {
        if (one < 0 || one > 9) return null;
        decimals += one;
      } else if (word === "point") point = true;
      else if (word === "and") continue;
      else if (one >= 0) current += one;
      else if (ten >= 0) current += 20 + 10 * ten;
      else if (word === "hundred") current = (current || 1) * 100;
      else if (word === "thousand") { total += (current || 1) * 1000; current = 0; }
      else return null;
    }
    return decimals ? parseFloat(String(total + current) + "." + decimals) : total + current;
  }

  function plainNumber(value) { return String(parseFloat(value.toPrecision(12))); }

  var approximate = Object.create(null);  /* numbers a fraction gave: found within one of them */
  var FRACTION_WORDS = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5 };

  /* A fraction as a percent, a number within one of it: 三分之二, two-thirds, two thirds → 67%. */
  function fractionPercent(numerator, denominator) {
    var percent = String(Math.round(numerator / denominator * 100));
    approximate[percent] = true;
    return " " + percent + "% ";
  }

  /* 0–99 in characters, as the pages write ordinals (2 → 二, 14 → 十四, 20 → 二十). */
  function hanNumeral(n) {
    if (n < 10) return NUMERALS[n];
    return (n >= 20 ? NUMERALS[Math.floor(n / 10)] : "") + "十" + (n % 10 ? NUMERALS[n % 10] : "");
  }

  function numbersAsWritten(query) {
    approximate = Object.create(null);
    /* an ordinal in digits as the pages write it, in characters (第2名 → 第二名: 位列第二) */
    query = query.replace(/第\s*(\d{1,2})(?![\d.,])/g, function (whole, n) { return "第" + hanNumeral(parseInt(n, 10)); });
    query = query.replace(/\bper\s+cent\b/gi, "percent");
    /* 亿 and 万 put into English word for word: 8.9 hundred million is 890 million, 56.87 ten thousand
       is 568,700 */
    query = query.replace(/(^|[^\w.])(\d+(?:\.\d+)?)\s+hundred\s+million\b/gi, function (whole, before, number) {
      return before + plainNumber(parseFloat(number) * 100) + " million";
    });
    query = query.replace(/(^|[^\w.])(\d+(?:\.\d+)?)\s+ten\s+thousands?\b/gi, function (whole, before, number) {
      return before + plainNumber(parseFloat(number) * 1e4);
    });
    query = query.replace(/([一二两兩三四五六七八九十])分之([一二三四五六七八九])/g, function (whole, denominator, numerator) {
      return fractionPercent(DIGITS[numerator], denominator === "十" ? 10 : DIGITS[denominator]);
    });
    /* 2/3 as readers write a fraction (a numerator below a denominator of ten or less) */
    query = query.replace(/(^|[^\d.\/])([1-9])\s*\/\s*(10|[2-9])(?![\d.\/])/g, function (whole, before, numerator, denominator) {
      return +numerator < +denominator ? before + fractionPercent(+numerator, +denominator) : whole;
    });
    query = query.replace(/\b(one|two|three|four|a)[\s-]+(half|halves|thirds?|quarters?|fifths?)\b/gi, function (whole, count, part) {
      var numerator = count.toLowerCase() === "a" ? 1 : ONES.indexOf(count.toLowerCase());
      return numerator < FRACTION_WORDS[part.toLowerCase()] ? fractionPercent(numerator, FRACTION_WORDS[part.toLowerCase()]) : whole;
    });
    /* tenths: 四成八 is 48%, 四成 40% (not 成为, 完成: a digit comes before, and after it a digit or no word) */
    query = query.replace(/([一二两兩三四五六七八九十])成(?:([一二三四五六七八九])|(?=$|[^\u3400-\u9fff]|[多半以左的]))/g,
      function (whole, tenths, hundredths) {
        var value = (tenths === "十" ? 10 : DIGITS[tenths]) * 10 + (hundredths ? DIGITS[hundredths] : 0);
        return " " + value + "% ";
      });
    query = query.replace(NUMBER_RUN, function (whole, percent, run, at, all) {
      /* two characters are a number only with 十, 百 or 千 and a counter or 多/余 after them (十八年, 二十个,
         三千多): 十四五 and 一体 stay words */
      var counted = run.length === 2 && /[十拾百佰千仟]/.test(run) && COUNTER.test(all.charAt(at + whole.length));
      if (!percent && (!CHINESE_NUMBER.test(run) || run.length < 3 && !/\d/.test(run) && !counted)) return whole;
      /* a year read digit by digit: 二〇二五 */
      if (!percent && /^[零〇一二三四五六七八九]{3,}$/.test(run))
        return " " + run.split("").map(function (ch) { return DIGITS[ch]; }).join("") + " ";
      var value = chineseNumber(run);
      if (value === null) return whole;
      if (percent) return " " + plainNumber(value) + "% ";
      if (value >= 1e8 && /[亿億]/.test(run)) return " " + plainNumber(value / 1e8) + "亿 ";
      return " " + plainNumber(value) + " ";
    });
    query = query.replace(ENGLISH_NUMBER, function (whole) {
      var words = whole.toLowerCase().split(/[\s-]+/), tail = [];
      while (/^(and|point)$/.test(words[words.length - 1])) tail.unshift(words.pop());
      var percent = words[words.length - 1] === "percent" ? words.pop() : null;
      var scale = /^(million|billion)$/.test(words[words.length - 1]) ? words.pop() : null;
      var counted = words.filter(function (w) { return w !== "and" && w !== "point"; }).length;
      var value = englishNumber(words);
      if (value === null || counted < 2 && !percent && !scale) return whole;
      return [plainNumber(value) + (percent ? "%" : "")].concat(scale ? [scale] : [], tail).join(" ");
    });
    /* 568.7 thousand: the English pages write 568,700 */
    query = query.replace(/(^|[^\w.])(\d+(?:\.\d+)?)\s+thousand\b/gi, function (whole, before, number) {
      return before + plainNumber(parseFloat(number) * 1e3);
    });
    return query.replace(SCALED, function (whole, before, number, scale) {
      scale = scale.toLowerCase();
      if (SCALE_WORDS[scale]) return before + number + " " + SCALE_WORDS[scale];
      return before + plainNumber(parseFloat(number) * 1e3);
    });
  }

  /* The index's numbers a number typed rounds or cuts to (29 → 29.08, 38.7 → 38.73, 57 → 56.87, 1600 →
     1565: a round number's zeros are the rounding): found as a typo is, below the number itself. Not for a
     single digit (5 is everywhere). */
  function nearNumbers(text) {
    if (!/^\d+(\.\d+)?$/.test(text)) return [];
    var typed = parseFloat(text), decimals = (text.split(".")[1] || "").length, step = Math.pow(10, -decimals);
    var zeros = decimals ? 0 : /0*$/.exec(text)[0].length;
    if (zeros && zeros < text.length) step = Math.pow(10, zeros);
    if (approximate[text]) return numberTerms.filter(function (n) { return Math.abs(n[0] - typed) <= 1; })
      .map(function (n) { return term(n[1], false, FUZZY); }).slice(0, 8);
    if (typed < 10 && !decimals) return [];
    return numberTerms.filter(function (n) {
      return n[0] !== typed && n[0] >= typed - step / 2 && n[0] < typed + step;
    }).sort(function (a, b) { return Math.abs(a[0] - typed) - Math.abs(b[0] - typed); })
      .slice(0, 8).map(function (n) { return term(n[1], false, FUZZY); });
  }

  function tokenize(query) {
    var tokens = [];
    /* pinyin typed with its tones (fēngqiáo, rènxìng) as the index holds it, toneless; Han untouched */
    query = query.replace(/[\u00c0-\u024f\u1e00-\u1eff]+/g, function (letters) {
      return letters.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    });
    query = numbersAsWritten(query);
    query.split(/\s+/).forEach(function (part) {
      part.split(separator).forEach(function (piece) {
        piece = trim(piece);
        if (!piece) return;
        piece.split(HAN_RUNS).forEach(function (chunk) {
          chunk = trim(chunk);
          if (!chunk) return;
          if (HAN.test(chunk)) tokens.push.apply(tokens, hanTokens(chunk));
          else tokens.push({ text: chunk.toLowerCase(), stop: isStop(chunk) });
        });
      });
    });
    return tokens;
  }

  /* Pinyin typed as syllables or words apart (gongxiang fating, renxing chengshi) where the index holds
     them run together (gongxiangfating), or where a word reads so (zhi wei bing: 治未病; chaoda chengshi:
     超大城市): one token. */
  function joinRomanised(tokens) {
    var out = [];
    for (var i = 0; i < tokens.length;) {
      var joined = 0;
      for (var n = Math.min(4, tokens.length - i); n > 1 && !joined; n--) {
        var group = tokens.slice(i, i + n);
        if (group.some(function (t) { return t.han || !/^[a-z]+$/.test(t.text); })) continue;
        var text = group.map(function (t) { return t.text; }).join("");
        if (words[stem(text)] || group.every(function (t) { return isPinyin(t.text); }) && loadPinyin()[text]) joined = n;
      }
      if (!joined) { out.push(tokens[i]); i++; continue; }
      out.push({ text: tokens.slice(i, i + joined).map(function (t) { return t.text; }).join(""), stop: false });
      i += joined;
    }
    return out;
  }

  /* Reader words and phrases (config.synonyms) among the tokens, longest first: a phrase becomes one
     token carrying the site's words. */
  function readSynonyms(tokens) {
    var out = [];
    for (var i = 0; i < tokens.length;) {
      var found = 0;
      if (tokens[i].han) {
        if (synonyms[folded(tokens[i].text)]) found = 1;
      } else {
        for (var n = Math.min(longestPhrase, tokens.length - i); n > 0 && !found; n--) {
          var phrase = tokens.slice(i, i + n);
          if (phrase.some(function (t) { return t.han; })) continue;
          if (synonyms[phraseKey(phrase.map(function (t) { return t.text; }).join(" "))]) found = n;
        }
      }
      if (!found) { out.push(tokens[i]); i++; continue; }
      var text = tokens.slice(i, i + found).map(function (t) { return t.text; }).join(" ");
      out.push({ text: text, han: tokens[i].han, site: synonyms[phraseKey(text)], phrase: found > 1 });
      i += found;
    }
    return out;
  }

  var SYLLABLES = Object.create(null);  /* toneless pinyin (pypinyin's readings; lv for lü; no m, n, ng) */
  ("a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu ca " +
   "cai can cang cao ce cei cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua " +
   "chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den " +
   "deng di dia dian diao die din ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang " +
   "fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang " +
   "gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji " +
   "jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng " +
   "kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei len leng li lia lian " +
   "liang liao lie lin ling liu lo long lou lu luan lue lun luo lv lve ma mai man mang mao me mei " +
   "men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nia nian " +
   "niang niao nie nin ning niu nong nou nu nuan nue nun nuo nv nve o ou pa pai pan pang pao pei pen " +
   "peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan " +
   "que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen " +
   "seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun " +
   "shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong " +
   "tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wong wu xi xia xian xiang xiao xie xin " +
   "xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai " +
   "zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu " +
   "zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo").split(" ").forEach(function (s) { SYLLABLES[s] = true; });

  /* Whether `reading` (a word's pinyin) splits into syllables with one starting at `at`. */
  function syllableAt(reading, at) { return isPinyin(reading.slice(0, at)) && isPinyin(reading.slice(at)); }

  /* Whether `word` is a run of pinyin syllables (mingan, hulianwang). */
  function isPinyin(word) {
    var can = [true];
    for (var end = 1; end <= word.length; end++)
      for (var start = Math.max(0, end - 6); start < end && !can[end]; start++)
        can[end] = !!(can[start] && SYLLABLES[word.slice(start, end)]);
    return !!can[word.length];
  }

  /* The index's Chinese words a pinyin word reads as (search/search_pinyin.json beside the index, written
     by hooks/explainer/search/pinyin_words.py): fetched once, the first time a query word is pinyin and no
     word of the index, or pinyin of six letters or more (qiangji, 强基: the index's qiangji is qiangjie
     stemmed); the whole reading, else, for a word the index lacks, words whose reading starts with it
     (four letters or more), else words whose reading holds it from a syllable's start on (six letters or
     more: yufuma, 三色预付码). A word of consonants only is read as the syllables' first letters (zgsxdh,
     中国式现代化; fqjy, 枫桥经验). */
  var pinyinWords = null;
  function readPinyin(word) {
    if (pinyinPrefix === null || !/^[a-z]{2,}$/.test(word)) return [];
    var indexed = ownWord(stem(word)), initials = /^[bcdfghjklmnpqrstwxyz]{3,8}$/.test(word);
    if (initials ? indexed : !isPinyin(word) || indexed && word.length < 6) return [];
    loadPinyin();
    if (pinyinWords[word]) return pinyinWords[word];
    if (indexed) return [];
    var starts = [], within = [];
    for (var reading in pinyinWords) {
      if (initials) { if (readsAsInitials(reading, word)) starts.push.apply(starts, pinyinWords[reading]); continue; }
      if (word.length < 4) break;
      var at = reading.indexOf(word);
      if (at === 0 && reading.length > word.length) starts.push.apply(starts, pinyinWords[reading]);
      else if (at > 0 && word.length >= 6 && syllableAt(reading, at)) within.push.apply(within, pinyinWords[reading]);
    }
    var found = starts.length ? starts : within;
    return found.sort(function (a, b) { return a.length - b.length; }).slice(0, 8);
  }

  /* Whether an entry's title, text or aliases hold `term`: a word only the twins' words hold (xiaoqiu, of
     "Ma Xiaoqiu's answer", on a Chinese edition) is the other language's, and pinyin may still read it. */
  function ownWord(term) {
    var fields = words[term];
    return !!fields && ["title", "text", "aliases"].some(function (f) { return fields[f] && Object.keys(fields[f]).length; });
  }

  /* The pinyin file's words by reading, fetched the first time they are needed ({} for none). */
  function loadPinyin() {
    if (pinyinWords) return pinyinWords;
    pinyinWords = (fileBeside("search_pinyin.json") || {}).words || {};  /* none: searched as typed */
    return pinyinWords;
  }

  /* A file the build writes beside the edition's index, parsed; null when there is none. Synchronous:
     allowed in a worker, and the search waits for it. */
  function fileBeside(name) {
    if (pinyinPrefix === null) return null;
    try {
      var request = new XMLHttpRequest();
      request.open("GET", new URL("../../" + pinyinPrefix + "search/" + name, self.location).href, false);
      request.send();
      return request.status === 200 ? JSON.parse(request.responseText) : null;
    } catch (error) { return null; }
  }

  /* ---- the glossary's definitions in the other language (hooks/explainer/search/definitions.py) ---- */

  /* config.definitions: the script of the query words that look them up ("han" on English, "latin" on
     the Chinese editions); the file is fetched the first time such a word is searched. */
  var definitionScript = null, definitionEntries = null;
  var DEFINED = 1;  /* an entry found only there scores as a weak match of one word (glossary entries weigh TERMS) */

  /* Whether a word is written in the other language's script: Chinese (or any Han) on English, English
     letters on a Chinese edition. */
  function otherScript(text, han) {
    return definitionScript === "han" ? han : definitionScript === "latin" && !han && /[a-z]/i.test(text);
  }

  /* {ref: the definition, Chinese folded, or the set of its English words' stems} ({} for none). */
  function loadDefinitions() {
    if (definitionEntries) return definitionEntries;
    definitionEntries = Object.create(null);
    if (!definitionScript) return definitionEntries;
    var entries = (fileBeside("search_definitions.json") || {}).entries || {};  /* none: the index alone */
    for (var ref in entries) {
      if (definitionScript === "han") { definitionEntries[ref] = folded(entries[ref]); continue; }
      var stems = Object.create(null);
      entries[ref].split(" ").forEach(function (w) { stems[stem(w)] = true; });
      definitionEntries[ref] = stems;
    }
    return definitionEntries;
  }

  /* The entries whose definition holds every word of one of `lookup`'s alternatives: a Chinese word
     inside a run of it, an English word's stem among its words. */
  function definedIn(lookup) {
    var entries = loadDefinitions(), refs = [];
    for (var ref in entries) {
      var entry = entries[ref];
      var holds = lookup.some(function (words) {
        return words.every(function (w) { return definitionScript === "han" ? entry.indexOf(folded(w)) !== -1 : !!entry[w]; });
      });
      if (holds) refs.push(ref);
    }
    return refs;
  }

  /* What a query word looks up in the definitions: a Chinese word on English (not one character), the
     stems of an English word or phrase on a Chinese edition (not a number). */
  function definitionLookup(token) {
    if (!definitionScript) return [];
    if (token.han) return definitionScript === "han" && !token.single && token.text.length > 1 ? [[token.text]] : [];
    if (definitionScript !== "latin" || !/[a-z]/i.test(token.text)) return [];
    var stems = latinWords(token.text).filter(function (w) { return !isStop(w) && /[a-z]/.test(w); }).map(stem).filter(Boolean);
    return stems.length ? [stems] : [];
  }

  /* Letters no word's initials spell, read as the initials of two or three of the pinyin file's words run
     together, each of two letters or more (bcpm: 百城 排名; dsjba: 大数据 办案, where a vowel is a syllable's
     first letter too, read so only on a Chinese edition): every way of cutting them into the fewest such
     words, each word as up to four candidates, the shortest first. Empty when none. */
  var INITIALS = /^[bcdfghjklmnpqrstwxyz]{4,8}$/, INITIALS_WITH_VOWEL = /^(?=[^aeo]*[aeo][^aeo]*$)[bcdfghjklmnpqrstwxyzaeo]{4,8}$/;
  var initialsWords = Object.create(null);
  function initialsPhrases(letters) {
    if (pinyinPrefix === null || words[stem(letters)] ||
        !(INITIALS.test(letters) || definitionScript === "latin" && INITIALS_WITH_VOWEL.test(letters))) return [];
    loadPinyin();
    for (var count = 2; count <= 3; count++) {
      var cuts = initialsCuts(letters, count);
      if (cuts.length) return cuts;
    }
    return [];
  }

  /* The ways to cut `letters` into `count` pieces of two letters or more, each some words' initials. */
  function initialsCuts(letters, count) {
    if (count === 1) {
      var found = letters.length >= 2 ? wordsOfInitials(letters) : [];
      return found.length ? [[found]] : [];
    }
    var cuts = [];
    for (var at = 2; at <= letters.length - 2 * (count - 1); at++) {
      var first = wordsOfInitials(letters.slice(0, at));
      if (!first.length) continue;
      initialsCuts(letters.slice(at), count - 1).forEach(function (rest) { cuts.push([first].concat(rest)); });
    }
    return cuts;
  }

  function wordsOfInitials(letters) {
    if (initialsWords[letters]) return initialsWords[letters];
    var found = [];
    for (var reading in pinyinWords) {
      if (!readsAsInitials(reading, letters)) continue;
      pinyinWords[reading].forEach(function (w) { if (HAN.test(w)) found.push(w); });
    }
    return (initialsWords[letters] = found.sort(function (a, b) { return a.length - b.length; }).slice(0, 4));
  }

  /* Every choice of one word per piece, for each cut (at most 24 in all), each as the terms an entry must
     hold. */
  function phraseChoices(cuts) {
    var all = [];
    cuts.forEach(function (pieces) {
      var choices = [[]];
      pieces.forEach(function (words) {
        var next = [];
        choices.forEach(function (choice) { words.forEach(function (w) { next.push(choice.concat([w])); }); });
        choices = next;
      });
      all.push.apply(all, choices);
    });
    return all.slice(0, 24).map(function (choice) {
      /* a word the index holds as its parts (大数据: 大 数据) is asked for as them */
      var terms = [];
      for (var i = 0; i < choice.length; i++) {
        var spelled = hanAlternatives(choice[i], EXACT)[0];
        if (!spelled) return null;
        terms.push.apply(terms, spelled.map(function (t) { return term(t.term, false, EXACT); }));
      }
      return terms;
    }).filter(Boolean);
  }

  /* A pinyin word no reading of the index spells, read as two to four of the index's words run together
     (yuantouzhili: 源头 治理), the fewest; each word of two syllables or more. Null when none. */
  function pinyinPhrase(word) {
    if (!pinyinWords || word.length < 6) return null;
    var best = [[]];
    for (var end = 2; end <= word.length; end++) {
      for (var start = Math.max(0, end - 24); start <= end - 2; start++) {
        var reading = word.slice(start, end);
        if (!best[start] || !pinyinWords[reading] || isSyllable(reading)) continue;
        var found = best[start].concat([pinyinWords[reading][0]]);
        if (!best[end] || found.length < best[end].length) best[end] = found;
      }
    }
    var words = best[word.length];
    return words && words.length >= 2 && words.length <= 4 ? words : null;
  }

  function isSyllable(reading) { return !!SYLLABLES[reading]; }

  /* Whether `reading` splits into syllables whose first letters are `letters`, one each. */
  function readsAsInitials(reading, letters) {
    var can = [[0]];  /* can[end]: how many syllables of the reading end there, with their letters matched */
    for (var end = 1; end <= reading.length; end++) {
      can[end] = [];
      for (var start = Math.max(0, end - 6); start < end; start++) {
        if (!can[start] || !can[start].length || !SYLLABLES[reading.slice(start, end)]) continue;
        can[start].forEach(function (count) {
          if (count < letters.length && letters[count] === reading[start] && can[end].indexOf(count + 1) === -1)
            can[end].push(count + 1);
        });
      }
    }
    return can[reading.length].indexOf(letters.length) !== -1;
  }

  /* ---- concepts: what one word of the query may match ---- */

  /* Terms (index words) for a Han word: its spellings in the index (folded alike), else its parts. */
  function hanAlternatives(text, boost) {
    var key = folded(text), spellings = foldedWords[key];
    if (spellings) return spellings.map(function (w) { return [term(w, w.length > 1, boost)]; });
    var parts = cut(text, false).filter(function (p) { return p.known && foldedWords[folded(p.text)]; });
    if (parts.length < 2 || parts.map(function (p) { return p.text; }).join("") !== text) return [];
    return [parts.map(function (p) { return term(foldedWords[folded(p.text)][0], p.text.length > 1, boost); })];
  }

  function latinAlternatives(text, boost, whole) {
    var stems = latinWords(text).filter(function (w) { return !isStop(w); }).map(stem).filter(Boolean);
    if (!stems.length) return [];
    return [stems.map(function (s) { return term(s, !whole && s.length > 2, boost); })];
  }

  /* A reader word's site words in the edition's own script when it has any (成功率 → 比例 on a Chinese
     edition, not also "share", which finds every "shared court" there through the twins' words), else all. */
  function editionSiteWords(site) {
    var own = site.filter(function (s) { return !otherScript(s, HAN.test(s)); });
    return own.length ? own : site;
  }

  /* A site word a reader word or a synonym leads to: its English words whole (community is commun, not
     the start of Communist). */
  function siteWordAlternatives(site) {
    return HAN.test(site) ? hanAlternatives(site, EXACT) : latinAlternatives(site, EXACT, true);
  }

  function term(text, prefix, boost) { return { term: text, prefix: prefix, boost: boost }; }
  /* a typo's spelling, `edit` edits from what was typed (one character for another in Chinese: 1) */
  function edited(t, edit) { t.edit = edit; return t; }

  /* Compound parts of a whole Han word the index holds (共享法庭 → 共享 法庭): asked for too, only to
     weigh and highlight them in entries that match the word. */
  function hanParts(text) {
    if (text.length < 3 || !foldedWords[folded(text)]) return [];
    return cut(text, false).filter(function (p) {
      return p.text.length > 1 && foldedWords[folded(p.text)];
    }).map(function (p) { return term(foldedWords[folded(p.text)][0], false, PART); });
  }

  var ENDING = /^(s|es|ed|ing|ings|er|ers|ion|ions|ation|ations|ised|ized|ises|izes|ising|izing|ies|ity|ities|al|ally|ment|ments|ness|ive|ly)?$/;

  /* Index words one edit from an English word of five letters or more (two from nine), the nearest only:
     the word's stem, or the word's first letters against a stem (mediaton → mediat, homocide → homicid).
     A word of four letters too when the index holds no word it is or starts, and it reads as no index word in pinyin (cort, yaer). */
  function fuzzyTerms(word) {
    if (!/^[a-z]{5,}$/.test(word) && !(/^[a-z]{4}$/.test(word) && unknownWord(word))) return [];
    var limit = word.length >= 9 ? 2 : 1, base = stem(word), found = [];
    latinTerms.forEach(function (candidate) {
      /* a typo rarely changes the first letter */
      if (candidate[0] !== word[0] || candidate.length < 4 || candidate.indexOf(base) === 0) return;
      var distance = editDistance(base, candidate, limit), cut = limit + 1;
      /* the word's first letters against a stem the word's ending was cut from (mediat|ion, megac|ities):
         a stem of five letters or more, at most three letters more than the edits allowed cut; what is cut
         is an edit at least unless it is an ending (special|ised, not intern|net) */
      if (candidate.length >= 5 && word.length - candidate.length <= 3 + limit)
        for (var k = candidate.length - limit; k <= Math.min(word.length, candidate.length + limit); k++)
          cut = Math.min(cut, Math.max(ENDING.test(word.slice(k)) ? 0 : 1, editDistance(word.slice(0, k), candidate, limit)));
      if (cut < distance) found.push([cut, candidate, 1]);
      else if (distance <= limit) found.push([distance, candidate, 0]);
    });
    /* the whole word's spellings before a stem its start spells, as near (internnet: internet, not intern|) */
    found.sort(function (a, b) { return a[0] - b[0] || a[2] - b[2] || a[1].length - b[1].length; });
    /* only the nearest: internnet is internet, not also internal and internat(ional), two edits away */
    return found.filter(function (f) { return f[0] === found[0][0] && f[2] === found[0][2]; }).slice(0, 8)
      .map(function (f) { return edited(term(f[1], false, FUZZY), f[0]); });
  }

  /* Whether the index neither holds `word` nor has a word it starts, and `word` reads as no index word's
     pinyin (yaer, of Five-Yaer Plan, is spelt as pinyin but reads as nothing the site writes). */
  function unknownWord(word) {
    return !words[stem(word)] && !latinTerms.some(function (t) { return t.indexOf(word) === 0; }) &&
      !(isPinyin(word) && readPinyin(word).length);
  }

  /* Optimal string alignment distance (a swap of two letters is one edit), or limit + 1 when above. */
  function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var before = null, previous = [], current, i, j;
    for (j = 0; j <= b.length; j++) previous[j] = j;
    for (i = 1; i <= a.length; i++) {
      current = [i];
      var smallest = i;
      for (j = 1; j <= b.length; j++) {
        var value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
        current[j] = value;
        if (value < smallest) smallest = value;
      }
      if (smallest > limit) return limit + 1;
      before = previous;
      previous = current;
    }
    return previous[b.length];
  }

  function concept(token) {
    var alternatives = [], extras = [], fuzzy = [], lookup = definitionLookup(token);
    /* a word in the other language's script (Chinese or pinyin on English, English on a Chinese edition) */
    var other = otherScript(token.text, !!token.han);
    if (token.han) {
      if (token.single) {
        /* a single character matches whole, but 万 and 亿 after a number start the index's 万件, 亿元 */
        var unit = /^[万萬亿億]$/.test(token.text);
        (foldedWords[folded(token.text)] || [token.text]).forEach(function (w) { alternatives.push([term(w, unit, EXACT)]); });
      } else {
        alternatives = hanAlternatives(token.text, EXACT);
        if (token.pair && !alternatives.length) alternatives.push([term(token.text, true, EXACT)]);
        extras = hanParts(token.text);
      }
      fuzzy = token.typos || [];
    } else {
      /* a reader word is found through the site's words: itself only whole (cops, not copies) */
      alternatives = latinAlternatives(token.text, EXACT, !!token.site);
      /* 1,565 as the Chinese pages write it (1565), and as the index holds each grouped number too */
      if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(token.text)) alternatives.push([term(token.text.replace(/,/g, ""), false, EXACT)]);
      if (!token.phrase) fuzzy = fuzzyTerms(token.text).concat(nearNumbers(token.text.replace(/,/g, "")));
      if (!token.site) {
        var read = readPinyin(token.text), phrase = read.length ? null : pinyinPhrase(token.text);
        if (read.length || phrase) other = definitionScript === "han";
        read.forEach(function (word) {
          if (definitionScript === "han") lookup.push([word]);
          var spelled = hanAlternatives(word, EXACT);
          alternatives.push.apply(alternatives, spelled);
          extras.push.apply(extras, hanParts(word));  /* weighed as the word typed in characters is */
          /* a word only the synonyms hold leads to their site words (chenggonglv: 成功率 → 比例) */
          if (!spelled.length) editionSiteWords(synonyms[folded(word)] || []).forEach(function (site) {
            alternatives.push.apply(alternatives, siteWordAlternatives(site));
          });
        });
        if (phrase && definitionScript === "han") lookup.push(phrase);
        if (phrase && phrase.every(function (w) { return foldedWords[folded(w)]; }))
          alternatives.push(phrase.map(function (w) { return term(foldedWords[folded(w)][0], false, EXACT); }));
        if (!read.length && !phrase) alternatives.push.apply(alternatives, phraseChoices(initialsPhrases(token.text)));
      }
    }
    editionSiteWords(token.site || []).forEach(function (site) {
      alternatives.push.apply(alternatives, siteWordAlternatives(site));
    });
    return { key: displayKey(token.text), alternatives: alternatives, extras: extras, fuzzy: fuzzy,
             translated: !!token.site, lookup: lookup, other: other };
  }

  /* A stop word searched as typed: the index keeps it under the mark. */
  function stopConcept(token) {
    var key = token.han ? folded(token.text) : token.text.toLowerCase();
    var spellings = markedWords[key] || [MARK + key];
    return { key: displayKey(token.text), alternatives: spellings.map(function (w) { return [term(w, false, EXACT)]; }),
             extras: [], fuzzy: [] };
  }

  /* The word as Material reads it back from the query we hand it: one lunr term, lower case. */
  function displayKey(text) {
    return text.toLowerCase().split(/\s+/)[0].replace(separator, "").replace(/[:~^*"+\-]/g, "");
  }

  /* A word in lunr's syntax: +word, -word, field:word, word~1, wor*. A sign before a number is the
     number's (-29.08%, copied from a figure), and a sign alone is a word between others (3 tribunals + 1). */
  function lunrSyntax(part) { return /^[+\-][^\d.,+\-]|[:~^*]/.test(part); }

  /* A question counted to (第三个问题, 问题3, 最后一问, the third question, Q3, the last answer): one word, q3
     or qlast, as each interview page's entry and question section hold it in every edition (a Latin word:
     第三问 would be found by every 第三 typed; hooks/explainer/search/question_numbers.py). */
  var ORDINALS = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
                   "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, last: "last" };
  var NUMERALS = "零一二三四五六七八九", countedWords = Object.create(null);
  var ASKED = "(?:个|個|道)?\\s*(问题|問題|提问|提問|回答|问|問)";
  function countedQuestions(query) {
    /* `shown`: how Material shows the word when a result lacks it, the reader's own (第三个问题, third) */
    function counted(n, noun, shown) {
      var word = "q" + (NUMERALS.indexOf(n) > 0 ? NUMERALS.indexOf(n) : n);
      countedWords[word] = countedWords[word] || displayKey(shown.replace(/\s+/g, "")) || word;  /* q3 is read again */
      return " " + word + " " + (/回答|answer/i.test(noun) ? noun : "") + " ";
    }
    countedWords = Object.create(null);
    return query
      .replace(new RegExp("第\\s*([一二三四五六七八九1-9])\\s*" + ASKED, "g"), function (m, n, noun) { return counted(n, noun, m); })
      .replace(/(问题|問題)\s*([一二三四五六七八九1-9])(?![\d一二三四五六七八九十])/g, function (m, noun, n) { return counted(n, noun, m); })
      .replace(new RegExp("最[后後]\\s*一\\s*" + ASKED, "g"), function (m, noun) { return counted("last", noun, m); })
      .replace(/\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|[1-9](?:st|nd|rd|th)|last)\s+(question|answer)s?\b/gi,
               function (m, order, noun) { return counted(String(ORDINALS[order.toLowerCase()]), noun, order); })
      .replace(/\bq(?:uestion)?\s*(?:no\.?\s*|#\s*)?([1-9])\b/gi, function (m, n) { return counted(n, "", "q" + n); });
  }

  function analyse(query) {
    pending = null;
    query = countedQuestions(query);
    if (query.split(/\s+/).some(lunrSyntax)) return legacy(query);
    var tokens = readSynonyms(joinRomanised(tokenize(query)));
    var meaningful = tokens.filter(function (t) { return !t.stop; });
    var concepts = meaningful.length ? meaningful.map(concept) : tokens.map(stopConcept);
    concepts.forEach(function (c) {
      if (!countedWords[c.key]) return;
      c.counted = true;
      c.key = countedWords[c.key];  /* shown as the reader wrote it when a result lacks it, not as q3 */
    });
    var seen = Object.create(null);
    concepts = concepts.filter(function (c) {
      if (!c.key || seen[c.key]) return false;
      seen[c.key] = true;
      return true;
    });
    if (!concepts.length) return "";
    var define = DEFINES.test(folded(query)) || DEFINES_EN.test(query.toLowerCase());
    /* the words that ask for a definition (区别, 不同, difference) say what is asked, not what about */
    var about = define ? concepts.filter(function (c) { return !ASKS_DEFINITION.test(folded(c.key.toLowerCase())); }) : concepts;
    if (about.length) concepts = about;
    var quoted = (query.match(QUOTED) || []).map(function (q) { return folded(q.toLowerCase()); });
    /* what a definition question asks about (what does 余 mean in the Chinese figures) counts as quoted,
       unless the reader quoted a word of it */
    var asked = define && !quoted.length ? ASKED_ABOUT.exec(query) || ASKED_ABOUT_HAN.exec(folded(query)) : null;
    if (asked) quoted.push(folded((asked[1] || asked[2]).toLowerCase()));
    concepts.forEach(function (c) {
      /* a quoted word, or the question counted to, is what the question is about */
      c.quoted = quoted.some(function (q) { return q.indexOf(folded(c.key)) !== -1; }) || !!c.counted;
    });
    pending = { concepts: concepts, define: define };
    return concepts.map(function (c) { return c.key; }).join(" ");
  }

  /* ---- the search: every concept required, then one given up at a time ---- */

  /* lunr's results for `terms`: any of them (a whole word weighs more than a longer word it starts), or
     `required`, all of them (each whole or as the start of a longer word). */
  function run(index, terms, required) {
    if (!terms.length) return [];
    var wildcard = lunr.Query.wildcard;
    return index.query(function (q) {
      terms.forEach(function (t) {
        if (required) {
          q.term(t.term, { usePipeline: false, boost: t.boost, presence: lunr.Query.presence.REQUIRED,
                           wildcard: t.prefix ? wildcard.TRAILING : wildcard.NONE });
          return;
        }
        if (t.inside) {
          q.term(t.term, { usePipeline: false, boost: t.boost, wildcard: wildcard.LEADING | wildcard.TRAILING });
          return;
        }
        q.term(t.term, { usePipeline: false, boost: t.boost, wildcard: wildcard.NONE });
        if (t.prefix) q.term(t.term, { usePipeline: false, boost: t.boost * PREFIX, wildcard: wildcard.TRAILING });
      });
    });
  }

  function addMatch(found, result, exact) {
    var match = found[result.ref] || (found[result.ref] = { score: 0, exact: false, metadata: {} });
    match.score += result.score;
    match.exact = match.exact || exact;
    var metadata = result.matchData.metadata;
    for (var word in metadata) {
      var mine = match.metadata[word] || (match.metadata[word] = {});
      for (var field in metadata[word]) {
        var positions = (mine[field] || (mine[field] = { position: [] })).position;
        positions.push.apply(positions, metadata[word][field].position || []);
      }
    }
  }

  /* ref → {score, exact, metadata} of the entries matching one concept. */
  function evaluate(index, c) {
    var found = Object.create(null);
    var single = c.alternatives.filter(function (a) { return a.length === 1; }).map(function (a) { return a[0]; });
    run(index, single, false).forEach(function (r) { addMatch(found, r, true); });
    c.alternatives.filter(function (a) { return a.length > 1; }).forEach(function (all) {
      run(index, all, true).forEach(function (r) { addMatch(found, r, true); });
    });
    /* a word no entry holds (homocide): its spellings one edit away stand for it, as exact as it would be */
    var none = !Object.keys(found).length;
    run(index, c.fuzzy.filter(function (t) { return none && t.edit === 1; }), false).forEach(function (r) { addMatch(found, r, true); });
    run(index, c.fuzzy.filter(function (t) { return !(none && t.edit === 1); }), false).forEach(function (r) { addMatch(found, r, false); });
    run(index, c.extras, false).forEach(function (r) { if (found[r.ref]) addMatch(found, r, found[r.ref].exact); });
    return found;
  }

  function searchPlan(index, plan) {
    var entries = Object.create(null);
    plan.concepts.forEach(function (c, n) {
      var found = evaluate(index, c);
      if (c.lookup && c.lookup.length) definedIn(c.lookup).forEach(function (ref) {
        if (!found[ref]) found[ref] = { score: DEFINED, exact: true, metadata: {} };
      });
      for (var ref in found) {
        var entry = entries[ref] || (entries[ref] = { ref: ref, matched: 0, exact: 0, score: 0, metadata: {}, at: [] });
        entry.matched += 1;
        entry.exact += found[ref].exact ? 1 : 0;
        entry.score += found[ref].score;
        entry.at[n] = found[ref].metadata;
        for (var word in found[ref].metadata) entry.metadata[word] = found[ref].metadata[word];
        entry.metadata[c.key] = entry.metadata[c.key] || {};
      }
    });
    var all = Object.keys(entries).map(function (ref) { return entries[ref]; });
    if (!all.length && !plan.characters) {
      var characters = characterConcepts(plan.concepts);
      if (characters.length) return searchPlan(index, { concepts: characters, define: plan.define, characters: true });
    }
    var keys = plan.concepts.map(function (c) { return c.key; });
    /* the most words any entry matches: a word no entry holds ("difference") is given up */
    var most = all.reduce(function (m, e) { return Math.max(m, e.matched); }, 0);
    /* a definition asked of two terms or more (共享法庭跟互联网法院有什么不同): each term's own entry, named by
       one word of the query, is among the entries matching the most */
    if (plan.define && terms && plan.concepts.length > 1) all.forEach(function (e) {
      if (e.ref.indexOf(terms) !== 0) return;
      if (!namesWhole(e, plan.concepts)) return;
      e.exact += most - e.matched;  /* the words it lacks count as matched, exactly */
      e.matched = most;
    });
    var rare = plan.concepts.every(function (c) { return c.other; }) ? rarity(all, plan.concepts.length) : null;
    var results = fewest(all).map(function (e) {
      var score = e.score * (1 + NEAR * nearness(e.at, plan.concepts.length));
      var term = terms && e.ref.indexOf(terms) === 0;
      if (term) score *= plan.define && (named(e.at) || e.matched === most) ? DEFINITION : TERMS;
      var specific = rare && e.matched < plan.concepts.length ? rare(e) : 0;
      var focus = plan.concepts.filter(function (c, n) { return c.quoted && e.at[n]; }).length;
      return { ref: e.ref, score: e.matched * 1e12 + focus * 1e11 + specific * 1e10 + e.exact * 1e9 + score, raw: score, matchData: { metadata: e.metadata },
               tier: e.matched, named: term && !plan.define && (namesTerm(e.ref, e.at, e.metadata, plan.concepts) ||
                                                          e.matched === plan.concepts.length && namesPart(e.at, plan.concepts)) };
    });
    termSecond(results);
    showBestSections(results);
    return results.map(function (r) {
      /* Material multiplies each score by 1 + (1 if a page's own entry + share of query words found)²:
         divided out here, so its order is this one. */
      var share = materialShare(keys, Object.keys(r.matchData.metadata));
      r.score /= 1 + Math.pow((r.ref.indexOf("#") === -1 ? 1 : 0) + share, 2);
      return r;
    }).sort(function (a, b) { return b.score - a.score; });
  }

  /* A query in the other language's script finds sections through their twins' words, which leave out
     the commonest (hooks/explainer/search/sections.py), so a section rarely holds all its words. Among
     entries that match as many of them as each other but not all, those holding the rarer words come
     first (省会城市 on English: 省会 is in one section's twin, 城市 in half the index): e → 0–9, the share
     of the matched words' weight, each weighing log(1 + entries / entries holding it). */
  function rarity(all, count) {
    var holding = [];
    all.forEach(function (e) { for (var n = 0; n < count; n++) if (e.at[n]) holding[n] = (holding[n] || 0) + 1; });
    var weight = [], total = 0;
    for (var n = 0; n < count; n++) { weight[n] = holding[n] ? Math.log(1 + all.length / holding[n]) : 0; total += weight[n]; }
    return function (e) {
      var mine = 0;
      for (var n = 0; n < count; n++) if (e.at[n]) mine += weight[n];
      return total ? Math.min(9, Math.floor(10 * mine / total)) : 0;
    };
  }

  /* When no entry matches any word of the query (上当受骗损失: the site writes 诈骗 and 案损), its Chinese
     words' characters, each inside any word of the index: the entries holding the most of them come
     first, ranked as typos are. Only then: a character alone matches everywhere. */
  function characterConcepts(concepts) {
    var out = [], seen = Object.create(null);
    concepts.forEach(function (c) {
      if (!HAN.test(c.key)) return;
      c.key.split("").forEach(function (ch) {
        if (!HAN.test(ch) || seen[folded(ch)] || isStop(ch)) return;
        seen[folded(ch)] = true;
        var alternatives = [ch, folded(ch)].filter(function (v, i, all) { return all.indexOf(v) === i; })
          .map(function (v) { var t = term(v, false, FUZZY); t.inside = true; return [t]; });
        out.push({ key: c.key, alternatives: alternatives, extras: [], fuzzy: [] });
      });
    });
    return out;
  }

  /* The entries that match the most concepts; while they are fewer than FILL, those matching one concept
     fewer after them, and so on (a question's every word is in two sections of the home page, and the
     section that answers it lacks one): never an entry above one that matches more of the query. */
  function fewest(all) {
    var tiers = [];
    all.forEach(function (e) { (tiers[e.matched] = tiers[e.matched] || []).push(e); });
    var out = [];
    for (var n = tiers.length - 1; n > 0 && (out.length < FILL || n === tiers.length - 1); n--)
      if (tiers[n]) out.push.apply(out, tiers[n]);
    return out;
  }

  /* Material shows a page's entry, then only its sections scored at least as high as the page's best
     result (the rest are folded under "more"): a page whose title matched hid every section. Its best
     section is raised just above the page's own entry, so it is shown; the page keeps its place. */
  function showBestSections(results) {
    var pages = Object.create(null), best = Object.create(null);
    results.forEach(function (r) {
      var path = r.ref.split("#")[0];
      if (r.ref.indexOf("#") === -1) pages[path] = r;
      else if (!best[path] || r.score > best[path].score) best[path] = r;
    });
    for (var path in best) {
      if (pages[path] && pages[path].score >= best[path].score) best[path].score = pages[path].score * (1 + 1e-9);
    }
    /* a page's second section, when it matches as many words as its best and scores at least SECOND of it,
       is shown too (Material folds every section scored below the page's best under "more"); so is one
       that matches a word fewer but scores STRONGER times as much, its title holding the words (网站上的数据
       能下载成excel吗: 下载数据 lacks 网站), except on the glossary, whose entries are each a result */
    var second = Object.create(null);
    results.forEach(function (r) {
      var path = r.ref.split("#")[0];
      if (r.ref.indexOf("#") === -1 || r === best[path]) return;
      if (!second[path] || r.score > second[path].score) second[path] = r;
    });
    for (path in second) {
      var top = best[path], next = second[path];
      var stronger = next.tier === top.tier - 1 && next.raw >= STRONGER * top.raw && !(terms && next.ref.indexOf(terms) === 0);
      if (next.tier === top.tier && next.raw >= SECOND * top.raw || stronger) next.score = top.score;
    }
  }

  /* Whether a glossary entry's term is what the query names: every concept found in the entry's title or
     its aliases (a term's entry holds only its own spellings there: hooks/explainer/search/aliases.py,
     own_spellings_only) by a word no title or text writes (a whole spelling: sanseyufuma, 电诈, PLAC; not
     robbery, a word of a spelling), and the words found only in the title make up one of its names whole
     (robbery alone does not name "theft, robbery and fraud"). */
  function namesTerm(ref, at, metadata, concepts) {
    var titleOnly = false;
    var all = at.length > 0 && concepts.every(function (c, n) {
      if (!at[n]) return true;  /* a word given up */
      var found = at[n], title = false, alias = false;
      for (var word in found) {
        title = title || !!found[word].title;
        /* not through a synonym (robbery finds 抢劫 in the aliases of 两抢, "two robberies"), unless the
           word is the reader's own, a spelling of the term too (五年计划) */
        alias = alias || (!c.translated || folded(word) === folded(c.key)) && !!found[word].aliases && !!spellingOnly[word];
      }
      if (title && !alias) titleOnly = true;
      return title || alias;
    });
    return all && (!titleOnly || wholeName(ref, metadata));
  }

  /* Whether some words of a query are a glossary entry's term, whole: one of its own spellings as typed
     (杭州 only starts 杭州国际商事法庭), or the words that make up a name in its title (Wulin Aunties). */
  function namesWhole(e, concepts) {
    var title = false;
    var spelled = concepts.some(function (c, n) {
      for (var word in e.at[n] || {}) {
        if (e.at[n][word].aliases && spellingOnly[word] && folded(word) === folded(c.key)) return true;
        title = title || !!e.at[n][word].title;
      }
      return false;
    });
    return spelled || title && wholeName(e.ref, e.metadata);
  }

  /* Whether a glossary entry that matches every word of a query of two words or more names one of them in
     its title or its own spellings (shisiwu guihua: 十四五 is the term, 规划 its definition's word). */
  function namesPart(at, concepts) {
    if (concepts.length < 2) return false;
    return concepts.some(function (c, n) {
      for (var word in at[n] || {}) {
        if (at[n][word].title || !c.translated && at[n][word].aliases && spellingOnly[word]) return true;
      }
      return false;
    });
  }

  /* Whether the words an entry matched make up one of the names in its title, whole: all its Chinese
     words (each within a word matched: 三色预付码 holds 三色 and 预付), or all its English ones; a name of
     five words or more, all but one (the rule-of-law government evaluation report, without China). */
  function wholeName(ref, metadata) {
    var title = termTitles[ref] || [], matched = Object.keys(metadata);
    var han = title.filter(function (w) { return HAN.test(w) && w.length > 1; });
    var latin = title.filter(function (w) { return !HAN.test(w) && w.charAt(0) !== MARK; });
    function found(w) { return matched.some(function (m) { return m.indexOf(w) !== -1; }); }
    function whole(name) {
      var lacking = name.filter(function (w) { return !found(w); }).length;
      return name.length > 0 && (lacking === 0 || name.length >= 5 && lacking === 1);
    }
    return whole(han) || whole(latin);
  }

  /* A query that names a glossary term whole (政法委, 首善之区 on English, Chinese modernisation) shows the term's entry in the second place among pages, after the page that best
     answers it: the sections that state the term's figures first, its definition next, not below every
     page that mentions it. Never above an entry that matches more of the query. */
  function termSecond(results) {
    var sorted = results.slice().sort(function (a, b) { return b.score - a.score; });
    var pages = [], head = Object.create(null);
    sorted.forEach(function (r) {
      var page = r.ref.split("#")[0];
      if (!head[page]) { head[page] = r; pages.push(page); }
    });
    var best = sorted.filter(function (r) { return r.named; })[0];
    if (!best || pages.length < 3) return;
    var page = best.ref.split("#")[0], second = head[pages[1]];
    if (pages.indexOf(page) < 2 || best.tier < second.tier) return;
    best.score = second.score + (head[pages[0]].score - second.score) / 2;
  }

  /* Whether each concept an entry matched is in its title (a glossary entry's title is its term). */
  function named(at) {
    return at.every(function (metadata) {
      for (var word in metadata) if (metadata[word].title) return true;
      return false;
    });
  }

  /* The share of neighbouring query words (concepts n and n + 1) that an entry writes next to each other,
     or one word apart, in its title or text (Material's positions: the block of text << 20 | the word's
     place in it). */
  function nearness(at, count) {
    if (count < 2) return 0;
    var near = 0;
    for (var n = 0; n + 1 < count; n++) {
      if (at[n] && at[n + 1] && close(positions(at[n]), positions(at[n + 1]))) near++;
    }
    return near / (count - 1);
  }

  function positions(metadata) {
    var byField = {};
    for (var word in metadata) {
      for (var field in metadata[word]) {
        if (field !== "title" && field !== "text") continue;  /* hidden fields are lists of words */
        (metadata[word][field].position || []).forEach(function (p) {
          if (typeof p === "number") (byField[field] = byField[field] || []).push(p);
        });
      }
    }
    return byField;
  }

  function close(a, b) {
    for (var field in a) {
      if (!b[field]) continue;
      for (var i = 0; i < a[field].length; i++) {
        for (var j = 0; j < b[field].length; j++) {
          var x = a[field][i], y = b[field][j];
          if (x !== y && x >>> 20 === y >>> 20 && Math.abs(x - y) <= 2) return true;
        }
      }
    }
    return false;
  }

  /* The share of the query's words Material finds in an entry's matched terms (getSearchQueryTerms). */
  function materialShare(keys, matched) {
    var found = 0, counted = 0;
    keys.forEach(function (key) {
      if (matched.some(function (word) { return word.indexOf(key) === 0; })) { found++; counted++; }
      else if (stopWordFilter(key)) counted++;
    });
    return counted ? found / counted : 0;
  }

  var search = lunr.Index.prototype.search;
  lunr.Index.prototype.search = function (queryString) {
    var plan = pending;
    pending = null;
    if (!plan || this !== built) return search.call(this, queryString);
    return searchPlan(this, plan);
  };

  /* ---- a query in lunr's own syntax (+word, -word, field:word, word~1): read as before ---- */

  function legacyHanTerms(chunk) {
    var terms = [];
    cut(chunk, true).forEach(function (piece) {
      (foldedWords[folded(piece.text)] || [piece.text]).forEach(function (word) { terms.push(word); });
    });
    return terms;
  }

  function legacy(query) {
    var terms = [];
    query.split(/\s+/).forEach(function (part) {
      if (!part) return;
      if (/^[+\-]|[:~^*]/.test(part)) { terms.push(part); return; }
      part.split(separator).forEach(function (piece) {
        piece = trim(piece);
        if (!piece) return;
        piece.split(HAN_RUNS).forEach(function (chunk) {
          if (!chunk) return;
          if (HAN.test(chunk)) terms.push.apply(terms, legacyHanTerms(chunk));
          else if (!isStop(chunk)) terms.push(stem(chunk));
        });
      });
    });
    return terms.filter(function (t, i) { return t && terms.indexOf(t) === i; }).join(" ");
  }

  self.explainerSearch = {
    setUp: setUp,
    analyse: function (query) { return words ? analyse(query) : query; }
  };
})();
