//! Finding glossary terms in running text, in any inflected form.
//!
//! Text and terms are split into word tokens; a term matches a run of tokens
//! when every word but the last is equal under
//! [`match_fold`](crate::text::match_fold) (or has the same
//! [name key](crate::translit::name_key), for capitalized names), and the
//! last word is equal or an inflected form of the term's last word (see
//! [`word_match`]). Two extra modes cover writing a compound as one word or
//! two (işbirliği / iş birliği).

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::text::suffix::{compound_base, is_vowel, softened, turkish_suffixes};
use crate::text::{lowercase, match_fold};
use crate::translit::name_key;
use crate::Lang;

/// A word of a text: its byte range and folded forms.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// [`match_fold`] of the word (apostrophes unified to `'`).
    pub fold: String,
    /// Byte length of the surface before the first apostrophe (the whole
    /// word when there is none).
    pub head_len: usize,
    /// The word starts with an uppercase letter.
    pub capital: bool,
    /// The surface before the first apostrophe.
    head: String,
    /// The name key of the head, computed on first use.
    key: OnceCell<String>,
    /// The Snowball stem of the lowercased head, computed on first use.
    stem: OnceCell<String>,
}

impl Token {
    /// The folded word before its first apostrophe.
    pub fn fold_head(&self) -> &str {
        self.fold.split('\'').next().unwrap_or_default()
    }

    /// Whether the word carries an apostrophe suffix (Türkiye'nin).
    pub fn has_apostrophe(&self) -> bool {
        self.fold.contains('\'')
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Splits `text` into word tokens: runs of letters, digits and combining
/// marks, with an apostrophe inside a word kept in it (Türkiye'nin is one
/// token). Hyphens, slashes and every other character separate words.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut head_end: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
                head_end = None;
            }
            continue;
        }
        if let Some(s) = start {
            let next_is_word = iter.peek().is_some_and(|&(_, n)| is_word_char(n));
            if is_apostrophe(c) && next_is_word {
                if head_end.is_none() {
                    head_end = Some(i);
                }
                continue;
            }
            out.push(make_token(text, s..i, head_end));
            start = None;
        }
    }
    if let Some(s) = start {
        out.push(make_token(text, s..text.len(), head_end));
    }
    out
}

fn make_token(text: &str, range: Range<usize>, head_end: Option<usize>) -> Token {
    let surface = text.get(range.clone()).unwrap_or_default();
    let head_len = head_end.map_or(surface.len(), |h| h - range.start);
    Token {
        fold: match_fold(surface),
        capital: surface.chars().next().is_some_and(char::is_uppercase),
        head_len,
        head: surface.get(..head_len).unwrap_or_default().to_owned(),
        range,
        key: OnceCell::new(),
        stem: OnceCell::new(),
    }
}

/// One spelling of a term, prepared for matching.
#[derive(Debug, Clone)]
pub(crate) struct TermForm {
    /// As written in the glossary.
    pub text: String,
    /// Folded words.
    pub words: Vec<String>,
    /// Name keys of the words (empty for words that are not capitalized).
    pub keys: Vec<String>,
    /// The folded words written together (for işbirliği / iş birliği).
    pub joined: String,
    /// The language of the term.
    pub lang: Lang,
    /// The Snowball stem of the last word (empty when it is shorter than
    /// five letters).
    pub last_stem: String,
}

impl TermForm {
    /// Prepares `text` (a term in `lang`) for matching; `None` when it has
    /// no word.
    pub fn new(text: &str, lang: Lang) -> Option<TermForm> {
        let tokens = tokenize(text);
        if tokens.is_empty() {
            return None;
        }
        let words: Vec<String> = tokens.iter().map(|t| t.fold.clone()).collect();
        let keys = tokens
            .iter()
            .map(|t| {
                let surface = text.get(t.range.clone()).unwrap_or_default();
                if t.capital && surface.chars().count() >= 3 {
                    name_key(surface)
                } else {
                    String::new()
                }
            })
            .collect();
        let joined = words.concat();
        let last_stem = match (words.last(), tokens.last()) {
            (Some(w), Some(t)) if w.chars().count() >= 5 && !has_digit(w) => {
                stem(&lowercase(&t.head, lang), lang).into_owned()
            }
            _ => String::new(),
        };
        Some(TermForm {
            text: text.to_owned(),
            words,
            keys,
            joined,
            lang,
            last_stem,
        })
    }

    /// The first character of the folded term (the index key).
    pub fn first_char(&self) -> Option<char> {
        self.joined.chars().next()
    }
}

fn has_digit(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit())
}

static TR_STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Turkish));
static EN_STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// The Snowball stem of a lowercased word (Turkish or English).
fn stem(word: &str, lang: Lang) -> Cow<'_, str> {
    if lang.is_turkic() {
        TR_STEMMER.stem(word)
    } else {
        EN_STEMMER.stem(word)
    }
}

/// How a text word matched a term word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum How {
    /// Equal, or equal before an apostrophe suffix, or the term followed by
    /// a valid suffix chain.
    Surface,
    /// The term's final consonant softened before a suffix (ortaklık →
    /// ortaklığa).
    Softened,
    /// Same name key (Cavusoglu ~ Çavuşoğlu).
    NameKey,
    /// Same Snowball stem.
    Stem,
}

/// A match of a term word at a text word: how, and how many chars of the
/// folded text word are the term (the rest is inflection).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordMatch {
    pub how: How,
    /// Characters of the text word that spell the term word.
    pub stem_chars: usize,
}

/// Whether the folded text word `word` is the term word `term` (folded), in
/// `lang`, inflected or not.
///
/// * equal, or equal before an apostrophe (Türkiye'nin ~ Türkiye);
/// * Turkish: the term followed by a chain of case, plural, possessive and
///   copula suffixes with vowel harmony (dengesini, ülkelerinin,
///   Azerbaycan'la); with the final p, ç, t, k softened before a vowel
///   (ortaklığa, kitabı); a noun compound's -(s)I replaced by -lArI
///   (güç dengeleri);
/// * English: plural and possessive endings (corridors, policies, Turkey's);
/// * the same Snowball stem, for words of five letters or more.
pub(crate) fn word_match(
    term: &str,
    term_stem: Option<&str>,
    token: &Token,
    lang: Lang,
) -> Option<WordMatch> {
    let term_chars = term.chars().count();
    if token.fold == term || (token.has_apostrophe() && token.fold_head() == term) {
        return Some(WordMatch {
            how: How::Surface,
            stem_chars: term_chars,
        });
    }
    // After an apostrophe comes a name's inflection; the head may still
    // carry a compound's possessive (Yardım Anlaşması'na for anlaşma).
    let word = if token.has_apostrophe() {
        token.fold_head()
    } else {
        token.fold.as_str()
    };
    if lang.is_turkic() {
        if let Some(rest) = word.strip_prefix(term) {
            if turkish_suffixes(term, rest) {
                return Some(WordMatch {
                    how: How::Surface,
                    stem_chars: term_chars,
                });
            }
        }
        if let Some(soft) = softened(term) {
            if let Some(rest) = word.strip_prefix(soft.as_str()) {
                if rest.chars().next().is_some_and(is_vowel) && turkish_suffixes(&soft, rest) {
                    return Some(WordMatch {
                        how: How::Softened,
                        stem_chars: term_chars,
                    });
                }
            }
        }
        if let Some(base) = compound_base(term) {
            // A softened final consonant hardened back (aracı → araç,
            // işbirliği → işbirlik), for the plural of a compound: araçları.
            let hard = crate::text::suffix::hardened(base);
            for base in std::iter::once(base).chain(hard.as_deref()) {
                if let Some(rest) = word.strip_prefix(base) {
                    if (rest.starts_with("lar") || rest.starts_with("ler"))
                        && turkish_suffixes(base, rest)
                    {
                        // The term's own spelling is not in the word: no
                        // spelling to compare (How::Stem).
                        return Some(WordMatch {
                            how: How::Stem,
                            stem_chars: word.chars().count(),
                        });
                    }
                }
            }
        }
    } else if let Some(rest) = word.strip_prefix(term) {
        if matches!(rest, "s" | "es" | "'s" | "s'") {
            return Some(WordMatch {
                how: How::Surface,
                stem_chars: term_chars,
            });
        }
    } else if let Some(base) = term.strip_suffix('y') {
        if word.strip_prefix(base) == Some("ies") {
            // policies: "polici" read back as "policy" (like a softened consonant).
            return Some(WordMatch {
                how: How::Softened,
                stem_chars: term_chars,
            });
        }
    }
    if lang.is_turkic() {
        if let Some(m) = shared_base(term, word) {
            return Some(m);
        }
    }
    let term_stem = term_stem.filter(|a| a.chars().count() >= 4);
    if let Some(a) = term_stem.filter(|_| word.chars().count() >= 5 && !has_digit(word)) {
        // Snowball wants the language's own lowercase (ı is not i).
        let own = || stem(&lowercase(&token.head, lang), lang).into_owned();
        if token.stem.get_or_init(own) == a {
            return Some(WordMatch {
                how: How::Stem,
                stem_chars: word.chars().count(),
            });
        }
    }
    None
}

/// A glossary term that is itself inflected (bölgesel politikasını, as a
/// builder may write it) against another form of the same word: both are
/// one base of at least four letters (and half the term) followed by valid
/// suffix chains. No spelling is compared (the term's own form is unknown).
fn shared_base(term: &str, word: &str) -> Option<WordMatch> {
    let chars: Vec<(usize, char)> = term.char_indices().collect();
    let n = chars.len();
    let min = 4.max(n.div_ceil(2));
    for cut in (min..n).rev() {
        let (at, _) = *chars.get(cut)?;
        let base = term.get(..at)?;
        let (Some(term_rest), Some(word_rest)) = (term.get(at..), word.strip_prefix(base)) else {
            continue;
        };
        if turkish_suffixes(base, term_rest)
            && (word_rest.is_empty() || turkish_suffixes(base, word_rest))
        {
            return Some(WordMatch {
                how: How::Stem,
                stem_chars: word.chars().count(),
            });
        }
    }
    None
}

/// A term found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Token range in the text's tokens.
    pub tokens: Range<usize>,
    /// Byte range of the whole match in the text.
    pub span: Range<usize>,
    /// Byte range of the part that spells the term (without inflection),
    /// and whether that spelling can be compared with others (not a stem
    /// match).
    pub stem_span: Option<Range<usize>>,
    /// The final consonant was softened (ortaklığ- for ortaklık).
    pub softened: bool,
}

/// Finds `form` at token `i` of `tokens` (in `text`).
pub(crate) fn match_at(
    form: &TermForm,
    text: &str,
    tokens: &[Token],
    i: usize,
    allow_stem: bool,
) -> Option<Hit> {
    let n = form.words.len();
    let lang = form.lang;
    // Word by word.
    if let Some(run) = tokens.get(i..i + n) {
        let mut ok = true;
        for (k, (word, token)) in form.words.iter().zip(run).enumerate().take(n - 1) {
            if !(token.fold == *word || same_name(form, k, text, token)) {
                ok = false;
                break;
            }
        }
        if ok {
            let last = run.last()?;
            let term_stem = Some(form.last_stem.as_str()).filter(|_| allow_stem);
            let m = word_match(form.words.last()?, term_stem, last, lang).or_else(|| {
                same_name(form, n - 1, text, last).then_some(WordMatch {
                    how: How::NameKey,
                    stem_chars: last.fold_head().chars().count(),
                })
            });
            if let Some(m) = m {
                let first = run.first()?;
                return Some(hit(text, first, last, i..i + n, m));
            }
        }
    }
    let token = tokens.get(i)?;
    // A multiword term written as one word (iş birliği → işbirliğinde).
    if n >= 2 {
        if let Some(m) = word_match(&form.joined, None, token, lang) {
            return Some(hit(text, token, token, i..i + 1, m));
        }
    }
    // A one-word term written as two (işbirliği → iş birliğinde).
    if n == 1 && form.joined.chars().count() >= 6 {
        let next = tokens.get(i + 1)?;
        if token.has_apostrophe()
            || token.fold.chars().count() < 2
            || next.range.start > token.range.end + 1
        {
            return None;
        }
        let rest = form.joined.strip_prefix(token.fold.as_str())?;
        if rest.chars().count() >= 3 {
            let m = word_match(rest, None, next, lang)?;
            return Some(hit(text, token, next, i..i + 2, m));
        }
    }
    None
}

fn same_name(form: &TermForm, k: usize, text: &str, token: &Token) -> bool {
    let Some(key) = form.keys.get(k).filter(|k| !k.is_empty()) else {
        return false;
    };
    if !token.capital {
        return false;
    }
    let head = text
        .get(token.range.start..token.range.start + token.head_len)
        .unwrap_or_default();
    token.key.get_or_init(|| name_key(head)) == key
}

fn hit(text: &str, first: &Token, last: &Token, tokens: Range<usize>, m: WordMatch) -> Hit {
    let span = first.range.start..last.range.end;
    let stem_span = match m.how {
        How::Stem => None,
        _ => {
            let surface = text.get(last.range.clone()).unwrap_or_default();
            let end = char_end(surface, m.stem_chars).min(last.head_len.max(1));
            let end = if m.how == How::NameKey {
                last.head_len
            } else {
                end
            };
            Some(first.range.start..last.range.start + end)
        }
    };
    Hit {
        tokens,
        span,
        stem_span,
        softened: m.how == How::Softened,
    }
}

/// Byte offset after `chars` characters of `s`, skipping combining marks
/// (match_fold drops a combining dot).
fn char_end(s: &str, chars: usize) -> usize {
    let mut seen = 0;
    for (i, c) in s.char_indices() {
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        if seen == chars {
            return i;
        }
        seen += 1;
    }
    s.len()
}

/// The capital I of an all-caps word in a spelling key, before
/// [`settle_spellings`] decides whether it is i or ı.
pub(crate) const CAPITAL_I: char = 'I';
/// The capital İ of an all-caps word in a spelling key.
pub(crate) const CAPITAL_DOTTED_I: char = 'İ';

/// The spelling of a matched term, for comparing spellings across a
/// document: lowercased in the text's language, except that the I and İ of
/// an all-caps word are kept for [`settle_spellings`]; a softened final
/// consonant is read back (ortaklığ- → ortaklık).
pub(crate) fn spelling(
    surface: &str,
    lang: Lang,
    softened: bool,
    term_last: Option<char>,
) -> String {
    let mut out = String::new();
    for (n, word) in surface.split_whitespace().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        let all_caps = letters.len() >= 2 && letters.iter().all(|c| !c.is_lowercase());
        if all_caps && !lang.is_turkic() {
            for c in word.chars() {
                match c {
                    CAPITAL_I | CAPITAL_DOTTED_I => out.push(c),
                    _ => out.push_str(&lowercase(c.encode_utf8(&mut [0; 4]), lang)),
                }
            }
        } else if all_caps {
            out.push_str(&lowercase(word, Lang::Tr));
        } else {
            out.push_str(&lowercase(word, lang));
        }
    }
    if softened {
        if let Some(last) = term_last {
            out.pop();
            out.push(last);
        }
    }
    out
}

/// Turns the spelling keys of one entry on one side of a document into
/// comparable ones. In Turkish text, keys are already lowercased the Turkish
/// way (HAKIM is hakım). In other text an all-caps I is ambiguous: when
/// some spelling of the entry writes a dotted capital İ, the writer
/// distinguishes the two and a plain I is ı (HAKİM ≠ HAKIM); otherwise it
/// is i (GEOPOLITICAL = geopolitical).
pub(crate) fn settle_spellings(keys: &mut [String]) {
    let dotted = keys.iter().any(|k| k.contains(CAPITAL_DOTTED_I));
    for k in keys.iter_mut() {
        if k.contains([CAPITAL_I, CAPITAL_DOTTED_I]) {
            *k = k
                .chars()
                .map(|c| match c {
                    CAPITAL_DOTTED_I => 'i',
                    CAPITAL_I if dotted => 'ı',
                    CAPITAL_I => 'i',
                    other => other,
                })
                .collect();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of `data/term_forms.tsv`: the term is found in the text
    /// (yes) or not (no), without stems, as on the source side.
    #[test]
    fn term_forms_table() {
        let table = include_str!("data/term_forms.tsv");
        let mut seen = std::collections::HashSet::new();
        let mut rows = 0;
        for line in table.lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert!(cols.len() >= 4, "bad row {line:?}");
            assert!(
                cols.iter().all(|c| c.trim() == *c),
                "stray whitespace in {line:?}"
            );
            assert!(seen.insert((cols[1], cols[2])), "duplicate row {line:?}");
            let lang: Lang = cols[0].parse().unwrap();
            let form = TermForm::new(cols[1], lang).unwrap();
            let tokens = tokenize(cols[2]);
            let found =
                (0..tokens.len()).any(|i| match_at(&form, cols[2], &tokens, i, false).is_some());
            assert_eq!(
                found,
                cols[3] == "yes",
                "{} in {:?} ({})",
                cols[1],
                cols[2],
                cols.get(4).unwrap_or(&"")
            );
            rows += 1;
        }
        assert!(rows >= 50);
    }

    fn settled(words: &[&str], lang: Lang) -> Vec<String> {
        let mut keys: Vec<String> = words
            .iter()
            .map(|w| spelling(w, lang, false, None))
            .collect();
        settle_spellings(&mut keys);
        keys
    }

    #[test]
    fn spellings_keep_i_dots_of_capitals_only() {
        assert_eq!(
            settled(&["HAKİM", "Hakim", "HAKIM"], Lang::Tr),
            ["hakim", "hakim", "hakım"]
        );
        assert_eq!(
            settled(&["HAKİM", "Hakim", "HAKIM"], Lang::En),
            ["hakim", "hakim", "hakım"]
        );
        assert_eq!(
            settled(&["GEOPOLITICAL", "geopolitical"], Lang::En),
            ["geopolitical", "geopolitical"]
        );
        assert_eq!(settled(&["KIRIM", "Kırım"], Lang::Tr), ["kırım", "kırım"]);
        assert_eq!(
            settled(&["TÜRKİYE'NİN", "Türkiye"], Lang::En),
            ["türkiye'nin", "türkiye"]
        );
        assert_eq!(
            spelling("International", Lang::En, false, None),
            "international"
        );
        assert_eq!(spelling("ortaklığ", Lang::Tr, true, Some('k')), "ortaklık");
    }

    #[test]
    fn tokens_keep_apostrophe_suffixes() {
        let text = "Türkiye’nin, Azerbaycan-Türkiye 'HAKİM'";
        let t = tokenize(text);
        let words: Vec<&str> = t.iter().map(|t| &text[t.range.clone()]).collect();
        assert_eq!(words, ["Türkiye’nin", "Azerbaycan", "Türkiye", "HAKİM"]);
        assert_eq!(t[0].fold_head(), "türkiye");
    }
}
