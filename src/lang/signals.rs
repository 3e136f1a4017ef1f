//! Cheap evidence that whatlang and lingua do not use: function words,
//! letters that only some of our languages have, Turkish and English
//! suffixes, and romanized-Russian endings and clusters.
//!
//! Every score is additive, in natural-log units (roughly "how many times
//! more likely"), so it can be added to a model's log-probabilities.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::Lang;

/// The languages the sequence model scores, in score-vector order.
pub(crate) const CORE: [Lang; 4] = [Lang::Tr, Lang::En, Lang::Az, Lang::RuLatn];
pub(crate) const TR: usize = 0;
pub(crate) const EN: usize = 1;
pub(crate) const AZ: usize = 2;
pub(crate) const RU: usize = 3;

/// A score per core language.
pub(crate) type Vector = [f64; 4];

/// Function words: lowercase word → weight per core language.
static FUNCTION_WORDS: LazyLock<WordMap> =
    LazyLock::new(|| parse_function_words(include_str!("data/function-words.tsv")));

/// Romanized-Russian spelling markers.
static RU_MARKERS: LazyLock<Markers> =
    LazyLock::new(|| parse_markers(include_str!("data/ru-latn-markers.tsv")));

/// Word → weights. Looked up once per word of every text, so it uses foldhash
/// rather than SipHash: the keys are our own table, not attacker input, and
/// SipHash was a tenth of detection time (callgrind).
pub(crate) type WordMap = HashMap<&'static str, Vector, foldhash::fast::FixedState>;

pub(crate) fn parse_function_words(table: &'static str) -> WordMap {
    let mut map = WordMap::default();
    for line in table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let mut cols = line.split('\t');
        let (Some(lang), Some(word), Some(weight)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        let Some(index) = index_of_code(lang) else {
            continue;
        };
        let Ok(weight) = weight.parse::<f64>() else {
            continue;
        };
        if let Some(slot) = map.entry(word).or_insert([0.0; 4]).get_mut(index) {
            *slot = weight;
        }
    }
    map
}

fn index_of_code(code: &str) -> Option<usize> {
    match code {
        "tr" => Some(TR),
        "en" => Some(EN),
        "az" => Some(AZ),
        "ru-Latn" => Some(RU),
        _ => None,
    }
}

/// Index of a core language in a [`Vector`].
pub(crate) fn index_of(lang: Lang) -> Option<usize> {
    CORE.iter().position(|&l| l == lang)
}

#[derive(Debug, Default)]
pub(crate) struct Markers {
    pub(crate) suffixes: Vec<(&'static str, f64)>,
    pub(crate) prefixes: Vec<(&'static str, f64)>,
    pub(crate) infixes: Vec<(&'static str, f64)>,
    /// Suffix patterns by their last byte, prefix and infix patterns by their
    /// first byte, so that a word is compared only with the few that can match.
    by_last: Vec<Vec<(&'static [u8], f64)>>,
    by_first_prefix: Vec<Vec<(&'static [u8], f64)>>,
    by_first_infix: Vec<Vec<(&'static [u8], f64)>>,
}

type Patterns = Vec<(&'static [u8], f64)>;

fn bucket<'a>(table: &'a [Patterns], byte: Option<&u8>) -> &'a [(&'static [u8], f64)] {
    byte.and_then(|&b| table.get(usize::from(b)))
        .map_or(&[], |v| v.as_slice())
}

impl Markers {
    fn index(&mut self) {
        let bucket = |patterns: &[(&'static str, f64)], last: bool| {
            let mut table: Vec<Vec<(&'static [u8], f64)>> = vec![Vec::new(); 256];
            for (pattern, weight) in patterns {
                let bytes = pattern.as_bytes();
                let key = if last { bytes.last() } else { bytes.first() };
                if let Some(slot) = key.and_then(|&k| table.get_mut(usize::from(k))) {
                    slot.push((bytes, *weight));
                }
            }
            table
        };
        self.by_last = bucket(&self.suffixes, true);
        self.by_first_prefix = bucket(&self.prefixes, false);
        self.by_first_infix = bucket(&self.infixes, false);
    }

    /// The best weight of any pattern that matches `word`.
    fn best(&self, word: &[u8]) -> f64 {
        let mut best = 0.0f64;
        for (pattern, weight) in bucket(&self.by_last, word.last()) {
            if word.ends_with(pattern) {
                best = best.max(*weight);
            }
        }
        for (pattern, weight) in bucket(&self.by_first_prefix, word.first()) {
            if word.starts_with(pattern) {
                best = best.max(*weight);
            }
        }
        for i in 0..word.len() {
            for (pattern, weight) in bucket(&self.by_first_infix, word.get(i)) {
                if word.get(i..).is_some_and(|rest| rest.starts_with(pattern)) {
                    best = best.max(*weight);
                }
            }
        }
        best
    }
}

pub(crate) fn parse_markers(table: &'static str) -> Markers {
    let mut markers = Markers::default();
    for line in table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let mut cols = line.split('\t');
        let (Some(kind), Some(pattern), Some(weight)) = (cols.next(), cols.next(), cols.next())
        else {
            continue;
        };
        let Ok(weight) = weight.parse::<f64>() else {
            continue;
        };
        match kind {
            "suffix" => markers.suffixes.push((pattern, weight)),
            "prefix" => markers.prefixes.push((pattern, weight)),
            "infix" => markers.infixes.push((pattern, weight)),
            _ => {}
        }
    }
    markers.index();
    markers
}

/// `char::is_alphabetic` with a fast path for ASCII and the Latin-1 and
/// Latin Extended-A/B blocks (every character there above U+00BF is a letter
/// except × and ÷).
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if ('\u{c0}'..='\u{24f}').contains(&c) {
        c != '×' && c != '÷'
    } else {
        c.is_alphabetic()
    }
}

/// Whether `c` is a letter of the Turkish, Azerbaijani or English alphabet
/// (or a Turkish circumflex vowel), in either case.
pub(crate) fn is_home_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(
            c,
            'ç' | 'Ç'
                | 'ğ'
                | 'Ğ'
                | 'ı'
                | 'İ'
                | 'ö'
                | 'Ö'
                | 'ş'
                | 'Ş'
                | 'ü'
                | 'Ü'
                | 'ə'
                | 'Ə'
                | 'â'
                | 'Â'
                | 'î'
                | 'Î'
                | 'û'
                | 'Û'
        )
}

/// Letters romanized Russian borrows from Czech/Croatian or Turkish spelling.
fn is_ru_latn_letter(c: char) -> bool {
    matches!(c, 'č' | 'š' | 'ž' | 'Č' | 'Š' | 'Ž' | 'ç' | 'ş')
}

/// Evidence gathered from the words of a text (already Turkish-aware lowercased).
#[derive(Debug, Clone, Default)]
pub(crate) struct Evidence {
    /// Additive log-score per core language (function words, letters, suffixes).
    pub(crate) score: Vector,
    /// Words of two or more letters.
    pub(crate) words: usize,
    /// Letters in the text.
    pub(crate) letters: usize,
    /// Letters outside the tr/en/az alphabets (é, ß, ñ, č …).
    pub(crate) foreign_letters: usize,
    /// Whether any word has ə.
    pub(crate) schwa: bool,
    /// Sum of romanized-Russian marker weights.
    pub(crate) ru: f64,
    /// Words with a romanized-Russian marker.
    pub(crate) ru_words: usize,
    /// Words that cannot be romanized Russian (ı, ğ, ö, ü, ə, w, th).
    pub(crate) not_ru_words: usize,
}

/// Scores one lowercase word into `ev`. `apostrophe_suffix` is true for the
/// part after an apostrophe (`nin` in `türkiye'nin`).
fn score_word(word: &str, apostrophe_suffix: bool, ev: &mut Evidence) {
    score_word_read(word, word, apostrophe_suffix, ev);
}

/// [`score_word`] where the letter evidence comes from `letters_of`, another
/// lowercase reading of the same word (see [`evidence_read`]).
fn score_word_read(word: &str, letters_of: &str, apostrophe_suffix: bool, ev: &mut Evidence) {
    let mut letters = 0usize;
    let mut foreign = 0usize;
    let (mut schwa, mut dotless, mut turkic, mut w, mut q_bare, mut x) =
        (false, false, false, false, false, false);
    let mut prev = '\0';
    for c in letters_of.chars() {
        if !is_letter(c) {
            continue;
        }
        letters += 1;
        match c {
            'ə' => schwa = true,
            'ı' | 'ğ' => {
                dotless = true;
                turkic = true
            }
            'ş' | 'ç' | 'ö' | 'ü' => turkic = true,
            'w' => w = true,
            'x' => x = true,
            'u' if prev == 'q' => q_bare = false,
            _ => {}
        }
        if prev == 'q' && c != 'u' {
            q_bare = true;
        }
        if !is_home_letter(c) {
            foreign += 1;
        }
        prev = c;
    }
    if prev == 'q' {
        q_bare = true;
    }
    ev.letters += letters;
    ev.foreign_letters += foreign;
    if apostrophe_suffix {
        apostrophe_score(word, ev);
        return;
    }
    if letters < 2 {
        return;
    }
    ev.words += 1;
    ev.schwa |= schwa;
    let s = &mut ev.score;
    let function_word = FUNCTION_WORDS.get(word);
    if let Some(weights) = function_word {
        for (slot, weight) in s.iter_mut().zip(weights) {
            *slot += weight;
        }
    }
    if schwa {
        s[AZ] += 3.0;
        s[TR] -= 2.0;
        s[EN] -= 2.0;
    }
    if turkic || schwa {
        s[EN] -= 1.5;
    }
    if dotless && !schwa {
        // ı and ğ are Turkish and Azerbaijani; neither is English.
        s[EN] -= 0.5;
    }
    if w {
        s[TR] -= 1.5;
        s[AZ] -= 1.5;
    }
    if q_bare {
        // q without a following u: Azerbaijani (qədər, qarşı, xalq).
        s[AZ] += 2.0;
        s[TR] -= 1.5;
        s[EN] -= 1.0;
    }
    if x {
        // Turkish spells x as ks; Azerbaijani x is Turkish h or k.
        s[TR] -= 1.0;
        if turkic || schwa {
            s[AZ] += 1.5;
        }
    }
    suffix_score(word, letters, turkic || schwa, ev);
    ru_score(
        word,
        function_word,
        letters,
        schwa || dotless || w || word.contains(['ö', 'ü']) || word.contains("th"),
        ev,
    );
}

fn apostrophe_score(suffix: &str, ev: &mut Evidence) {
    const EN_SUFFIXES: [&str; 7] = ["s", "t", "re", "ve", "ll", "d", "m"];
    const TR_SUFFIXES: [&str; 40] = [
        "nin", "nın", "nun", "nün", "in", "ın", "un", "ün", "de", "da", "te", "ta", "den", "dan",
        "ten", "tan", "e", "a", "ye", "ya", "i", "ı", "u", "ü", "yi", "yı", "yu", "yü", "deki",
        "daki", "teki", "taki", "le", "la", "yle", "yla", "ne", "na", "nde", "nda",
    ];
    if EN_SUFFIXES.contains(&suffix) {
        ev.score[EN] += 1.5;
    } else if TR_SUFFIXES.contains(&suffix)
        || suffix.starts_with("nin")
        || suffix.starts_with("nın")
        || suffix.starts_with("lar")
        || suffix.starts_with("ler")
        || suffix.starts_with("de")
        || suffix.starts_with("da")
    {
        ev.score[TR] += 1.5;
        ev.score[AZ] += 0.5;
        ev.score[EN] -= 0.5;
    }
}

fn suffix_score(word: &str, letters: usize, turkic: bool, ev: &mut Evidence) {
    if letters < 5 {
        return;
    }
    let s = &mut ev.score;
    // Turkish present continuous -(i|ı|u|ü)yor has no Azerbaijani or English counterpart.
    if let Some(at) = word.find("yor") {
        if word
            .get(..at)
            .is_some_and(|before| before.ends_with(['i', 'ı', 'u', 'ü']))
        {
            s[TR] += 1.5;
            s[AZ] -= 0.5;
        }
    }
    let bytes = word.as_bytes();
    match bytes.last() {
        // Turkish future/participle -acak/-ecek and infinitive -mak/-mek;
        // Azerbaijani writes -acaq/-əcək and -maq/-mək.
        Some(b'k')
            if word.ends_with("acak")
                || word.ends_with("ecek")
                || word.ends_with("mak")
                || word.ends_with("mek") =>
        {
            s[TR] += 0.75
        }
        Some(b'q') if word.ends_with("maq") || word.ends_with("acaq") => s[AZ] += 1.0,
        _ if word.ends_with("mək") => s[AZ] += 1.0,
        _ => {}
    }
    if turkic {
        return;
    }
    // English derivational endings and letter pairs that Turkish avoids.
    let english_ending = match bytes.last() {
        Some(b'n') => word.ends_with("tion"),
        Some(b's') => {
            word.ends_with("tions")
                || word.ends_with("ness")
                || word.ends_with("ments")
                || word.ends_with("ies")
        }
        Some(b't') => word.ends_with("ment"),
        Some(b'g') => word.ends_with("ing"),
        Some(b'd') => word.ends_with("ed"),
        Some(b'y') => word.ends_with("ly") || word.ends_with("ity"),
        _ => false,
    };
    if english_ending {
        s[EN] += 0.5;
    }
    if bytes
        .windows(2)
        .any(|p| matches!(p, b"th" | b"ee" | b"oo" | b"ou"))
    {
        s[EN] += 0.5;
    }
}

fn ru_score(
    word: &str,
    function_word: Option<&Vector>,
    letters: usize,
    impossible: bool,
    ev: &mut Evidence,
) {
    if impossible {
        ev.not_ru_words += 1;
        return;
    }
    if let Some(weights) = function_word {
        if weights[RU] >= 1.5 {
            ev.ru += weights[RU];
            ev.ru_words += 1;
            return;
        }
    }
    if letters < 4 {
        return;
    }
    let mut best = RU_MARKERS.best(word.as_bytes());
    if word.chars().any(is_ru_latn_letter) {
        best = best.max(0.5);
    }
    if best >= 1.0 {
        ev.ru += best;
        ev.ru_words += 1;
    }
}

/// Gathers the evidence of every word of `lower` (Turkish-aware lowercase).
pub(crate) fn evidence(lower: &str) -> Evidence {
    let mut ev = Evidence::default();
    for chunk in chunks(lower) {
        for_parts(chunk, |part, suffix| score_word(part, suffix, &mut ev));
    }
    ev
}

/// [`evidence`] for text with capital `I`, where `lower_t` is the Turkish
/// reading (I → ı) and `lower_e` the English one (I → i). Words, function
/// words and suffixes are read from `lower_t`; but a ı that the Turkish
/// reading made out of a capital I is a guess, not an observed letter, so the
/// letter evidence of a word comes from its English reading, unless that word
/// shows other Turkish or Azerbaijani letters (then its I is most likely ı).
pub(crate) fn evidence_read(lower_t: &str, lower_e: &str) -> Evidence {
    let turkic_letters = ['ç', 'ğ', 'ı', 'ö', 'ş', 'ü', 'ə'];
    let mut ev = Evidence::default();
    let mut english = chunks(lower_e);
    for chunk in chunks(lower_t) {
        // Both readings split into the same words (lowercasing keeps letters
        // letters); if they ever do not, fall back to the Turkish reading.
        let letters_of = english
            .next()
            .filter(|e| e.chars().count() == chunk.chars().count())
            .filter(|e| !e.contains(turkic_letters))
            .unwrap_or(chunk);
        let mut english_parts = Vec::with_capacity(2);
        for_parts(letters_of, |part, _| english_parts.push(part));
        let mut index = 0;
        for_parts(chunk, |part, suffix| {
            let read = english_parts
                .get(index)
                .copied()
                .filter(|e| e.len() <= part.len() + 2 && e.chars().count() == part.chars().count())
                .unwrap_or(part);
            index += 1;
            score_word_read(part, read, suffix, &mut ev);
        });
    }
    ev
}

fn chunks(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split(|c: char| !(is_letter(c) || c == '\'' || c == '’'))
        .filter(|chunk| !chunk.is_empty())
}

/// Calls `f` with the head of a word and, after an apostrophe, its suffix
/// (`türkiye'nin` → `türkiye`, then `nin` with `true`).
fn for_parts<'a>(chunk: &'a str, mut f: impl FnMut(&'a str, bool)) {
    let mut parts = chunk.splitn(2, ['\'', '’']);
    if let Some(head) = parts.next().filter(|h| !h.is_empty()) {
        f(head, false);
    }
    if let Some(tail) = parts.next() {
        let tail = tail.trim_matches(['\'', '’']);
        if !tail.is_empty() {
            f(tail, true);
        }
    }
}

impl Evidence {
    /// Whether the words read as romanized Russian: several marked words,
    /// a good share of all words, and few words that Russian spelling rules out.
    pub(crate) fn is_ru_latn(&self) -> bool {
        let words = self.words.max(1) as f64;
        let ru_words = self.ru_words as f64;
        self.ru_words >= 2
            && self.ru >= 4.0
            && ru_words >= 0.3 * words
            && (self.not_ru_words as f64) <= 0.25 * words
            && self.ru > self.score[TR].max(self.score[EN]).max(self.score[AZ])
    }

    /// Log-score for romanized Russian, on the scale of the other languages.
    pub(crate) fn ru_latn_score(&self) -> f64 {
        self.ru - 1.5 * self.not_ru_words as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_table(table: &str, columns: usize) {
        let mut keys = std::collections::HashSet::new();
        for line in table.lines().filter(|l| !l.starts_with('#')) {
            assert!(!line.is_empty(), "blank line in table");
            assert_eq!(line.trim(), line, "stray whitespace: {line:?}");
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), columns, "bad column count: {line:?}");
            for col in &cols {
                assert_eq!(col.trim(), *col, "stray whitespace: {line:?}");
                assert!(!col.is_empty(), "empty column: {line:?}");
            }
            assert!(cols[2].parse::<f64>().is_ok(), "bad weight: {line:?}");
            assert!(
                keys.insert((cols[0].to_owned(), cols[1].to_owned())),
                "duplicate: {line:?}"
            );
        }
        assert!(keys.len() > 20);
    }

    #[test]
    fn function_word_table_parses_without_duplicates() {
        let table = include_str!("data/function-words.tsv");
        check_table(table, 3);
        for line in table.lines().filter(|l| !l.starts_with('#')) {
            let lang = line.split('\t').next().unwrap_or("");
            assert!(
                index_of_code(lang).is_some(),
                "unknown language in {line:?}"
            );
            let word = line.split('\t').nth(1).unwrap_or("");
            assert_eq!(
                crate::text::lowercase(word, Lang::Tr),
                word,
                "not lowercase: {line:?}"
            );
        }
        assert!(FUNCTION_WORDS["the"][EN] > 0.0);
        assert!(FUNCTION_WORDS["və"][AZ] > 0.0);
    }

    #[test]
    fn fast_letter_test_agrees_with_std() {
        for c in ('\0'..='\u{2000}').chain(['ə', 'Ə', 'ı', 'İ', '€', 'ж']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn marker_table_parses_without_duplicates() {
        let table = include_str!("data/ru-latn-markers.tsv");
        check_table(table, 3);
        let markers = &*RU_MARKERS;
        assert!(markers.suffixes.iter().any(|(p, _)| *p == "skaya"));
        assert!(!markers.infixes.is_empty() && !markers.prefixes.is_empty());
    }

    #[test]
    fn letters_and_words_point_the_right_way() {
        let az = evidence("azərbaycan və türkiyə arasında qarşılıqlı yardım");
        assert!(
            az.score[AZ] > az.score[TR] && az.score[AZ] > az.score[EN],
            "{az:?}"
        );
        let tr = evidence("bu çalışma için türkiye'nin politikası değil");
        assert!(
            tr.score[TR] > tr.score[AZ] && tr.score[TR] > tr.score[EN],
            "{tr:?}"
        );
        let en = evidence("the study of the war and its effects");
        assert!(
            en.score[EN] > en.score[TR] && en.score[EN] > en.score[AZ],
            "{en:?}"
        );
    }

    #[test]
    fn romanized_russian_is_recognised() {
        let ru = evidence("voyenno-texniçeskoye sotrudniçestvo turtsii i azerbayjana");
        assert!(ru.is_ru_latn(), "{ru:?}");
        let ru = evidence("mezjunarodniye otnosheniya v epoxu iskusstvennogo intellekta");
        assert!(ru.is_ru_latn(), "{ru:?}");
        for not_ru in [
            "the karabakh trap: dangers and dilemmas of the conflict",
            "türkiye'nin bölgesel politikası ve jeopolitik konumlanması",
            "strateji tərəfdaşlıq və qarşılıqlı yardım sazişi",
        ] {
            assert!(!evidence(not_ru).is_ru_latn(), "{not_ru}");
        }
    }
}
