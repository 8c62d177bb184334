/*
 * kiv site search: Snowball stemmers in plain browser JavaScript (ES2017).
 *
 * The kiv command line stems words with libstemmer 2.2.0 (UTF-8); the site's
 * offline search must produce the very same stems, so this file implements the
 * four algorithms kiv uses, following their descriptions on snowballstem.org as
 * shipped in Snowball 2.2.0:
 *
 *   KIV_STEM.nl(word)  "dutch"   (the original Porter-style Dutch stemmer)
 *   KIV_STEM.fr(word)  "french"
 *   KIV_STEM.de(word)  "german"
 *   KIV_STEM.en(word)  "english" (Porter2)
 *
 * Each takes one lower-cased word and returns its stem.  Snowball works on
 * code points, so characters outside the BMP are mapped to private-use BMP
 * characters for the duration of a call (see codePointSafe).
 *
 * Conventions used below: "pos" is the index where a suffix starts; a suffix
 * is "in R1" when pos >= p1 (likewise R2, RV); regionStart implements the
 * usual Snowball "gopast v gopast non-v".
 */
var KIV_STEM = (function () {
  "use strict";

  // ---------------------------------------------------------------- helpers

  // ch is a character of the set (false for a missing character).
  function isIn(set, ch) {
    return ch !== undefined && ch !== "" && set.indexOf(ch) >= 0;
  }

  // ch exists and is not in the set ("non-v" in Snowball).
  function isOut(set, ch) {
    return ch !== undefined && ch !== "" && set.indexOf(ch) < 0;
  }

  // Position after the first non-vowel that follows a vowel, searching from
  // `from`; the word's length when there is none.
  function regionStart(s, from, vowels) {
    var i = from;
    while (i < s.length && !isIn(vowels, s[i])) i++;
    i++;
    while (i < s.length && isIn(vowels, s[i])) i++;
    return i < s.length ? i + 1 : s.length;
  }

  // Longest suffix of s in the list that starts at minStart or later (a
  // Snowball "among", optionally under "setlimit"); "" when none.
  function longestSuffix(s, sortedList, minStart) {
    var min = minStart || 0;
    for (var k = 0; k < sortedList.length; k++) {
      var suf = sortedList[k];
      if (s.length - suf.length >= min && s.endsWith(suf)) return suf;
    }
    return "";
  }

  // Suffix table {"a b c": action} -> {list: suffixes longest first, action: map}.
  function suffixTable(groups) {
    var action = new Map();
    Object.keys(groups).forEach(function (g) {
      g.split(" ").forEach(function (suf) { action.set(suf, groups[g]); });
    });
    var list = Array.from(action.keys()).sort(function (a, b) { return b.length - a.length; });
    return { list: list, action: action };
  }

  function hasVowel(s, vowels) {
    for (var i = 0; i < s.length; i++) if (isIn(vowels, s[i])) return true;
    return false;
  }

  function replaceAt(s, i, ch) {
    return s.slice(0, i) + ch + s.slice(i + 1);
  }

  // Snowball counts code points: run `stem` with astral characters replaced
  // by private-use BMP characters absent from the word, then put them back.
  function codePointSafe(stem) {
    return function (word) {
      word = word == null ? "" : String(word);
      if (!/[\uD800-\uDFFF]/.test(word)) return stem(word);
      var there = new Map(), back = new Map(), next = 0xE000;
      var mapped = word.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, function (pair) {
        if (!there.has(pair)) {
          while (word.indexOf(String.fromCharCode(next)) >= 0) next++;
          var ch = String.fromCharCode(next++);
          there.set(pair, ch);
          back.set(ch, pair);
        }
        return there.get(pair);
      });
      return stem(mapped).replace(/[\uE000-\uF8FF]/g, function (ch) {
        return back.has(ch) ? back.get(ch) : ch;
      });
    };
  }

  // ---------------------------------------------------- English (Porter2)

  var EN_V = "aeiouy";
  var EN_V_WXY = "aeiouywxY";
  var EN_VALID_LI = "cdeghkmnrt";

  // exception1: whole words with a fixed stem (checked before anything else)
  var EN_EXCEPTIONS = new Map([
    ["skis", "ski"], ["skies", "sky"], ["dying", "die"], ["lying", "lie"],
    ["tying", "tie"], ["idly", "idl"], ["gently", "gentl"], ["ugly", "ugli"],
    ["early", "earli"], ["only", "onli"], ["singly", "singl"], ["sky", "sky"],
    ["news", "news"], ["howe", "howe"], ["atlas", "atlas"], ["cosmos", "cosmos"],
    ["bias", "bias"], ["andes", "andes"]
  ]);

  // exception2: words left alone after Step 1a
  var EN_INVARIANT_1A = new Set(["inning", "outing", "canning", "herring",
    "earring", "proceed", "exceed", "succeed"]);

  // Step 2 and Step 3 replacements (applied when the suffix is in R1)
  var EN_STEP2 = suffixTable({
    "tional": "tion", "enci": "ence", "anci": "ance", "abli": "able",
    "entli": "ent", "izer ization": "ize", "ational ation ator": "ate",
    "alism aliti alli": "al", "fulness": "ful", "ousli ousness": "ous",
    "iveness iviti": "ive", "biliti bli": "ble", "ogi": "og", "fulli": "ful",
    "lessli": "less", "li": ""
  });
  var EN_STEP3 = suffixTable({
    "tional": "tion", "ational": "ate", "alize": "al",
    "icate iciti ical": "ic", "ful ness": "", "ative": "R2"
  });
  var EN_STEP4 = suffixTable({
    "al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize": "",
    "ion": "st"
  });

  // "shortv": a short syllable ends just before position c.
  function enShortSyllable(s, c) {
    if (c >= 3 && isOut(EN_V_WXY, s[c - 1]) && isIn(EN_V, s[c - 2]) && isOut(EN_V, s[c - 3])) return true;
    return c === 2 && isOut(EN_V, s[1]) && isIn(EN_V, s[0]);
  }

  // Step 1a: apostrophe endings, then -sses, -ied/-ies, -s.
  function enStep1a(s) {
    if (s.endsWith("'s'")) s = s.slice(0, -3);
    else if (s.endsWith("'s")) s = s.slice(0, -2);
    else if (s.endsWith("'")) s = s.slice(0, -1);
    if (s.endsWith("sses")) return s.slice(0, -2);
    if (s.endsWith("ied") || s.endsWith("ies")) return s.slice(0, -3) + (s.length > 4 ? "i" : "ie");
    if (s.endsWith("us") || s.endsWith("ss")) return s;
    if (s.endsWith("s") && hasVowel(s.slice(0, -2), EN_V)) return s.slice(0, -1);
    return s;
  }

  // Step 1b: -eed(ly) in R1 -> -ee; -ed(ly)/-ing(ly) after a vowel: delete,
  // then restore an -e or undouble.
  function enStep1b(s, r) {
    var m = longestSuffix(s, ["eedly", "ingly", "edly", "eed", "ing", "ed"]);
    if (!m) return s;
    var pos = s.length - m.length;
    if (m === "eed" || m === "eedly") return pos >= r.p1 ? s.slice(0, pos) + "ee" : s;
    if (!hasVowel(s.slice(0, pos), EN_V)) return s;
    s = s.slice(0, pos);
    if (/(at|bl|iz)$/.test(s)) return s + "e";
    if (/(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/.test(s)) return s.slice(0, -1);
    if (s.length === r.p1 && enShortSyllable(s, s.length)) return s + "e";
    return s;
  }

  // Step 1c: final y/Y after a non-vowel (not the first letter) -> i.
  function enStep1c(s) {
    var n = s.length;
    if ((s[n - 1] === "y" || s[n - 1] === "Y") && n >= 3 && isOut(EN_V, s[n - 2])) return s.slice(0, -1) + "i";
    return s;
  }

  // Step 2: derivational suffixes in R1.
  function enStep2(s, r) {
    var m = longestSuffix(s, EN_STEP2.list), pos = s.length - m.length;
    if (!m || pos < r.p1) return s;
    if (m === "ogi" && s[pos - 1] !== "l") return s;
    if (m === "li" && !isIn(EN_VALID_LI, s[pos - 1])) return s;
    return s.slice(0, pos) + EN_STEP2.action.get(m);
  }

  // Step 3: more derivational suffixes in R1 (-ative only in R2).
  function enStep3(s, r) {
    var m = longestSuffix(s, EN_STEP3.list), pos = s.length - m.length;
    if (!m || pos < r.p1) return s;
    var to = EN_STEP3.action.get(m);
    if (to === "R2") return pos >= r.p2 ? s.slice(0, pos) : s;
    return s.slice(0, pos) + to;
  }

  // Step 4: suffixes deleted in R2 (-ion only after s or t).
  function enStep4(s, r) {
    var m = longestSuffix(s, EN_STEP4.list), pos = s.length - m.length;
    if (!m || pos < r.p2) return s;
    if (m === "ion" && !isIn("st", s[pos - 1])) return s;
    return s.slice(0, pos);
  }

  // Step 5: final -e (R2, or R1 and not after a short syllable); -ll in R2.
  function enStep5(s, r) {
    var pos = s.length - 1;
    if (s.endsWith("e") && (pos >= r.p2 || (pos >= r.p1 && !enShortSyllable(s, pos)))) return s.slice(0, pos);
    if (s.endsWith("l") && pos >= r.p2 && s[pos - 1] === "l") return s.slice(0, pos);
    return s;
  }

  function english(word) {
    if (EN_EXCEPTIONS.has(word)) return EN_EXCEPTIONS.get(word);
    if (word.length < 3) return word;
    // Prelude: drop a leading apostrophe; initial y and y after a vowel -> Y.
    var s = word, yFound = false;
    if (s[0] === "'") s = s.slice(1);
    if (s[0] === "y") { s = "Y" + s.slice(1); yFound = true; }
    for (var i = 1; i < s.length; i++) {
      if (s[i] === "y" && isIn(EN_V, s[i - 1])) { s = replaceAt(s, i, "Y"); yFound = true; }
    }
    // Regions; R1 starts after gener-, commun-, arsen- when present.
    var prefix = /^(gener|commun|arsen)/.exec(s);
    var r = { p1: prefix ? prefix[0].length : regionStart(s, 0, EN_V) };
    r.p2 = regionStart(s, r.p1, EN_V);
    s = enStep1a(s);
    if (!EN_INVARIANT_1A.has(s)) {
      s = enStep1b(s, r);
      s = enStep1c(s);
      s = enStep2(s, r);
      s = enStep3(s, r);
      s = enStep4(s, r);
      s = enStep5(s, r);
    }
    return yFound ? s.replace(/Y/g, "y") : s;
  }

  // ---------------------------------------------------------------- German

  var DE_V = "aeiouyäöü";
  var DE_S_ENDING = "bdfghklmnrt";
  var DE_ST_ENDING = "bdfghklmnt";

  // Step 1: -em -ern -er / -e -en -es (and -niss -> -nis) / -s after s-ending, in R1.
  function deStep1(s, r) {
    var m = longestSuffix(s, ["ern", "em", "er", "en", "es", "e", "s"]), pos = s.length - m.length;
    if (!m || pos < r.p1) return s;
    if (m === "s") return isIn(DE_S_ENDING, s[pos - 1]) ? s.slice(0, pos) : s;
    s = s.slice(0, pos);
    if ((m === "e" || m === "en" || m === "es") && s.endsWith("niss")) s = s.slice(0, -1);
    return s;
  }

  // Step 2: -en -er -est / -st after st-ending with 3 letters before, in R1.
  function deStep2(s, r) {
    var m = longestSuffix(s, ["est", "en", "er", "st"]), pos = s.length - m.length;
    if (!m || pos < r.p1) return s;
    if (m === "st" && !(isIn(DE_ST_ENDING, s[pos - 1]) && pos >= 4)) return s;
    return s.slice(0, pos);
  }

  // Step 3: derivational suffixes in R2.
  function deStep3(s, r) {
    var m = longestSuffix(s, ["isch", "lich", "heit", "keit", "end", "ung", "ig", "ik"]);
    var pos = s.length - m.length;
    if (!m || pos < r.p2) return s;
    if (m === "ig" || m === "ik" || m === "isch") return s[pos - 1] === "e" ? s : s.slice(0, pos);
    s = s.slice(0, pos);
    var n = s.length;
    if (m === "end" || m === "ung") {
      if (s.endsWith("ig") && s[n - 3] !== "e" && n - 2 >= r.p2) s = s.slice(0, -2);
    } else if (m === "lich" || m === "heit") {
      if ((s.endsWith("er") || s.endsWith("en")) && n - 2 >= r.p1) s = s.slice(0, -2);
    } else { // keit
      var k = longestSuffix(s, ["lich", "ig"]);
      if (k && n - k.length >= r.p2) s = s.slice(0, n - k.length);
    }
    return s;
  }

  function german(word) {
    // Prelude: ß -> ss; u and y between vowels -> U, Y.
    var s = word.replace(/ß/g, "ss");
    for (var i = 1; i < s.length - 1; i++) {
      if ((s[i] === "u" || s[i] === "y") && isIn(DE_V, s[i - 1]) && isIn(DE_V, s[i + 1])) {
        s = replaceAt(s, i, s[i].toUpperCase());
      }
    }
    // Regions: R1 starts at position 3 at the earliest (words of 3+ letters).
    var r = { p1: s.length, p2: s.length };
    if (s.length >= 3) {
      var start = regionStart(s, 0, DE_V);
      r.p1 = Math.max(start, 3);
      r.p2 = regionStart(s, start, DE_V);
    }
    s = deStep1(s, r);
    s = deStep2(s, r);
    s = deStep3(s, r);
    // Postlude: U, Y back to lower case; umlauts dropped.
    return s.replace(/[UYäöü]/g, function (c) { return { U: "u", Y: "y", "ä": "a", "ö": "o", "ü": "u" }[c]; });
  }

  // ----------------------------------------------------------------- Dutch

  var NL_V = "aeiouyè";
  var NL_V_I = NL_V + "I";
  var NL_V_J = NL_V + "j";
  var NL_PLAIN = { "ä": "a", "á": "a", "ë": "e", "é": "e", "ï": "i", "í": "i",
    "ö": "o", "ó": "o", "ü": "u", "ú": "u" };

  // UTF-8 length of the character (libstemmer's "at least 3" counts bytes).
  function utf8Length(ch) {
    var c = ch.charCodeAt(0);
    return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }

  // undouble: -kk -dd -tt lose their last letter.
  function nlUndouble(s) {
    return /(kk|dd|tt)$/.test(s) ? s.slice(0, -1) : s;
  }

  // en_ending: -en in R1 after a non-vowel, not after gem: delete, undouble.
  function nlEnEnding(s, pos, r) {
    if (pos < r.p1 || !isOut(NL_V, s[pos - 1]) || s.slice(0, pos).endsWith("gem")) return null;
    return nlUndouble(s.slice(0, pos));
  }

  // e_ending (Step 2): -e in R1 after a non-vowel: delete, undouble.
  function nlEEnding(s, r) {
    r.eFound = false;
    var pos = s.length - 1;
    if (!s.endsWith("e") || pos < r.p1 || !isOut(NL_V, s[pos - 1])) return s;
    r.eFound = true;
    return nlUndouble(s.slice(0, pos));
  }

  // Step 1: -heden -> -heid; -en/-ene (en_ending); -s/-se after non-v other than j.
  function nlStep1(s, r) {
    var m = longestSuffix(s, ["heden", "ene", "en", "se", "s"]), pos = s.length - m.length;
    if (m === "heden") return pos >= r.p1 ? s.slice(0, pos) + "heid" : s;
    if (m === "en" || m === "ene") { var t = nlEnEnding(s, pos, r); return t === null ? s : t; }
    if (m && pos >= r.p1 && isOut(NL_V_J, s[pos - 1])) return s.slice(0, pos);
    return s;
  }

  // Step 3a: -heid in R2 not after c: delete, then an -en ending.
  function nlStep3a(s, r) {
    var pos = s.length - 4;
    if (!s.endsWith("heid") || pos < r.p2 || s[pos - 1] === "c") return s;
    s = s.slice(0, pos);
    if (s.endsWith("en")) { var t = nlEnEnding(s, s.length - 2, r); if (t !== null) s = t; }
    return s;
  }

  // Step 3b: derivational suffixes in R2.
  function nlStep3b(s, r) {
    var m = longestSuffix(s, ["lijk", "baar", "end", "ing", "bar", "ig"]), pos = s.length - m.length;
    if (!m || pos < r.p2) return s;
    switch (m) {
      case "end": case "ing":
        s = s.slice(0, pos);
        if (s.endsWith("ig") && pos - 2 >= r.p2 && s[pos - 3] !== "e") return s.slice(0, -2);
        return nlUndouble(s);
      case "ig": return s[pos - 1] === "e" ? s : s.slice(0, pos);
      case "lijk": return nlEEnding(s.slice(0, pos), r);
      case "baar": return s.slice(0, pos);
      default: return r.eFound ? s.slice(0, pos) : s; // bar
    }
  }

  // Step 4: undouble a vowel: consonant + aa/ee/oo/uu + consonant (not I).
  function nlStep4(s) {
    var n = s.length;
    if (n >= 4 && isOut(NL_V_I, s[n - 1]) && /^(aa|ee|oo|uu)$/.test(s.slice(n - 3, n - 1)) &&
        isOut(NL_V, s[n - 4])) return s.slice(0, n - 2) + s[n - 1];
    return s;
  }

  function dutch(word) {
    // Prelude: remove accents; initial y, y after a vowel and i between vowels
    // become consonants Y, I.
    var s = word.replace(/[äáëéïíöóüú]/g, function (c) { return NL_PLAIN[c]; });
    if (s[0] === "y") s = "Y" + s.slice(1);
    for (var i = 1; i < s.length; i++) {
      if (!isIn(NL_V, s[i - 1])) continue;
      if (s[i] === "i" && isIn(NL_V, s[i + 1])) s = replaceAt(s, i, "I");
      else if (s[i] === "y") s = replaceAt(s, i, "Y");
    }
    // Regions: R1 starts at least 3 bytes (UTF-8) into the word.
    var start = regionStart(s, 0, NL_V), min = 0, bytes = 0;
    while (min < s.length && bytes < 3) bytes += utf8Length(s[min++]);
    var r = { p1: Math.max(start, bytes >= 3 ? min : Infinity), p2: regionStart(s, start, NL_V), eFound: false };
    s = nlStep1(s, r);
    s = nlEEnding(s, r);
    s = nlStep3a(s, r);
    s = nlStep3b(s, r);
    s = nlStep4(s);
    // Postlude: Y, I back to lower case.
    return s.replace(/Y/g, "y").replace(/I/g, "i");
  }

  // ---------------------------------------------------------------- French

  var FR_V = "aeiouyâàëéêèïîôûù";
  var FR_KEEP_WITH_S = "aiouès";

  var FR_STANDARD = suffixTable({
    "ance iqUe isme able iste eux ances iqUes ismes ables istes": "R2",
    "atrice ateur ation atrices ateurs ations": "ateur",
    "logie logies": "logie", "usion ution usions utions": "ution",
    "ence ences": "ence", "ement ements": "ement", "ité ités": "ité",
    "if ive ifs ives": "if", "eaux": "eaux", "aux": "aux", "euse euses": "euse",
    "issement issements": "issement", "amment": "amment", "emment": "emment",
    "ment ments": "ment"
  });
  var FR_I_VERB = suffixTable({
    "îmes ît îtes i ie ies ir ira irai iraIent irais irait iras irent irez iriez irions irons iront is issaIent issais issait issant issante issantes issants isse issent isses issez issiez issions issons it": ""
  }).list;
  var FR_VERB = suffixTable({
    "ions": "R2",
    "é ée ées és èrent er era erai eraIent erais erait eras erez eriez erions erons eront ez iez": "",
    "âmes ât âtes a ai aIent ais ait ant ante antes ants as asse assent asses assiez assions": "e"
  });
  var FR_RESIDUAL = suffixTable({ "ion": "ion", "ier ière Ier Ière": "i", "e": "", "ë": "gu" });

  // Prelude: u, i between vowels, y after or before a vowel, u after q become
  // U, I, Y, U; ë and ï become He and Hi.  Scans left to right, retrying at
  // the same position after each change (Snowball "repeat goto").
  function frPrelude(s) {
    var i = 0;
    while (i < s.length) {
      var c = s[i], n = s[i + 1];
      if (isIn(FR_V, c) && (n === "u" || n === "i") && isIn(FR_V, s[i + 2])) s = replaceAt(s, i + 1, n.toUpperCase());
      else if (isIn(FR_V, c) && n === "y") s = replaceAt(s, i + 1, "Y");
      else if (c === "ë") s = replaceAt(s, i, "He");
      else if (c === "ï") s = replaceAt(s, i, "Hi");
      else if (c === "y" && isIn(FR_V, n)) s = replaceAt(s, i, "Y");
      else if (c === "q" && n === "u") s = replaceAt(s, i + 1, "U");
      else i++;
    }
    return s;
  }

  // Step 1: standard suffix removal.  Returns true when a suffix was removed;
  // -amment, -emment, -ment change the word yet return false (go on to verbs).
  function frStep1(st) {
    var s = st.s, m = longestSuffix(s, FR_STANDARD.list);
    if (!m) return false;
    var pos = s.length - m.length, stem = s.slice(0, pos), q;
    var inR2 = pos >= st.p2, inR1 = pos >= st.p1, inRV = pos >= st.pV;
    switch (FR_STANDARD.action.get(m)) {
      case "R2": if (!inR2) return false; st.s = stem; return true;
      case "ateur":
        if (!inR2) return false;
        if (stem.endsWith("ic")) stem = stem.slice(0, -2) + (pos - 2 >= st.p2 ? "" : "iqU");
        st.s = stem; return true;
      case "logie": if (!inR2) return false; st.s = stem + "log"; return true;
      case "ution": if (!inR2) return false; st.s = stem + "u"; return true;
      case "ence": if (!inR2) return false; st.s = stem + "ent"; return true;
      case "ement":
        if (!inRV) return false;
        m = longestSuffix(stem, ["iqU", "abl", "eus", "ièr", "Ièr", "iv"]);
        q = stem.length - m.length;
        if (m === "iv" && q >= st.p2) {
          stem = stem.slice(0, q);
          if (stem.endsWith("at") && q - 2 >= st.p2) stem = stem.slice(0, -2);
        } else if (m === "eus") {
          if (q >= st.p2) stem = stem.slice(0, q);
          else if (q >= st.p1) stem = stem.slice(0, q) + "eux";
        } else if ((m === "abl" || m === "iqU") && q >= st.p2) stem = stem.slice(0, q);
        else if ((m === "ièr" || m === "Ièr") && q >= st.pV) stem = stem.slice(0, q) + "i";
        st.s = stem; return true;
      case "ité":
        if (!inR2) return false;
        m = longestSuffix(stem, ["abil", "ic", "iv"]);
        q = stem.length - m.length;
        if (m === "abil") stem = stem.slice(0, q) + (q >= st.p2 ? "" : "abl");
        else if (m === "ic") stem = stem.slice(0, q) + (q >= st.p2 ? "" : "iqU");
        else if (m === "iv" && q >= st.p2) stem = stem.slice(0, q);
        st.s = stem; return true;
      case "if":
        if (!inR2) return false;
        if (stem.endsWith("at") && stem.length - 2 >= st.p2) {
          stem = stem.slice(0, -2);
          if (stem.endsWith("ic")) stem = stem.slice(0, -2) + (stem.length - 2 >= st.p2 ? "" : "iqU");
        }
        st.s = stem; return true;
      case "eaux": st.s = stem + "eau"; return true;
      case "aux": if (!inR1) return false; st.s = stem + "al"; return true;
      case "euse":
        if (inR2) st.s = stem;
        else if (inR1) st.s = stem + "eux";
        else return false;
        return true;
      case "issement":
        if (!inR1 || !isOut(FR_V, s[pos - 1])) return false;
        st.s = stem; return true;
      case "amment": if (inRV) st.s = stem + "ant"; return false;
      case "emment": if (inRV) st.s = stem + "ent"; return false;
      default: // ment, ments: after a vowel in RV
        if (isIn(FR_V, s[pos - 1]) && pos - 1 >= st.pV) st.s = stem;
        return false;
    }
  }

  // Step 2a: verb suffixes beginning with i, in RV after a non-vowel (not H).
  function frStep2a(st) {
    var s = st.s, m = longestSuffix(s, FR_I_VERB, st.pV), pos = s.length - m.length;
    if (!m || pos - 1 < st.pV || s[pos - 1] === "H" || !isOut(FR_V, s[pos - 1])) return false;
    st.s = s.slice(0, pos);
    return true;
  }

  // Step 2b: other verb suffixes in RV (-ions in R2; -a... also drop a preceding e in RV).
  function frStep2b(st) {
    var s = st.s, m = longestSuffix(s, FR_VERB.list, st.pV), pos = s.length - m.length;
    if (!m) return false;
    var kind = FR_VERB.action.get(m);
    if (kind === "R2" && pos < st.p2) return false;
    s = s.slice(0, pos);
    if (kind === "e" && s.endsWith("e") && s.length - 1 >= st.pV) s = s.slice(0, -1);
    st.s = s;
    return true;
  }

  // Step 4: residual suffixes: -s (not after a, i, o, u, è, s unless Hi), then in RV
  // -ion (R2, after s/t), -ier/-ière -> i, -e, -ë after gu.
  function frStep4(st) {
    var s = st.s, n = s.length;
    if (s.endsWith("s") && (s.slice(n - 3, n - 1) === "Hi" || isOut(FR_KEEP_WITH_S, s[n - 2]))) s = s.slice(0, -1);
    var m = longestSuffix(s, FR_RESIDUAL.list, st.pV), pos = s.length - m.length;
    switch (FR_RESIDUAL.action.get(m)) {
      case "ion": if (pos >= st.p2 && isIn("st", s[pos - 1]) && pos - 1 >= st.pV) s = s.slice(0, pos); break;
      case "i": s = s.slice(0, pos) + "i"; break;
      case "": s = s.slice(0, pos); break;
      case "gu": if (pos - 2 >= st.pV && s.slice(pos - 2, pos) === "gu") s = s.slice(0, pos); break;
    }
    st.s = s;
  }

  function french(word) {
    var s = frPrelude(word);
    // Regions: RV after two initial vowels, after par-/col-/tap-, or after the
    // first vowel that is not the first letter; R1 and R2 as usual.
    var pV;
    if (isIn(FR_V, s[0]) && isIn(FR_V, s[1]) && s.length >= 3) pV = 3;
    else if (/^(par|col|tap)/.test(s)) pV = 3;
    else {
      pV = 1;
      while (pV < s.length && !isIn(FR_V, s[pV])) pV++;
      pV = Math.min(pV + 1, s.length);
    }
    var p1 = regionStart(s, 0, FR_V);
    var st = { s: s, pV: pV, p1: p1, p2: regionStart(s, p1, FR_V) };
    if (frStep1(st) || frStep2a(st) || frStep2b(st)) {
      // Step 3: final Y -> i, final ç -> c.
      if (st.s.endsWith("Y")) st.s = st.s.slice(0, -1) + "i";
      else if (st.s.endsWith("ç")) st.s = st.s.slice(0, -1) + "c";
    } else {
      frStep4(st);
    }
    s = st.s;
    // Step 5: un-double -enn -onn -ett -ell -eill.
    if (/(enn|onn|ett|ell|eill)$/.test(s)) s = s.slice(0, -1);
    // Step 6: un-accent é/è followed by one or more non-vowels to the end.
    var i = s.length;
    while (i > 0 && isOut(FR_V, s[i - 1])) i--;
    if (i < s.length && (s[i - 1] === "é" || s[i - 1] === "è")) s = replaceAt(s, i - 1, "e");
    // Postlude: I, U, Y back to lower case; He, Hi back to ë, ï; other H dropped.
    return s.replace(/He|Hi|[HIUY]/g, function (c) {
      return { He: "ë", Hi: "ï", H: "", I: "i", U: "u", Y: "y" }[c];
    });
  }

  return {
    nl: codePointSafe(dutch),
    fr: codePointSafe(french),
    de: codePointSafe(german),
    en: codePointSafe(english)
  };
})();

if (typeof module !== "undefined" && module.exports) module.exports = KIV_STEM;
