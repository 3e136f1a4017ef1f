//! Sentence features for the cost model: character length, and the lexical
//! *concepts* a sentence carries (numbers, word forms, cognate prefixes,
//! punctuation, glossary entries, learned dictionary pairs).
//!
//! A concept is an interned `u32` shared by both sides: when a source and a
//! target sentence carry the same concept, that is evidence they translate
//! each other. Each concept has a class and, once the document is read, an
//! inverse-document-frequency weight, so a rare name counts more than a
//! common word prefix.

use std::collections::HashMap;

use crate::text::match_fold;

/// What kind of evidence a concept is. The class decides its weight factor
/// and whether it is capped (numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum Class {
    /// A number (digits, thousands separators removed, leading zeros dropped).
    Number = 0,
    /// A whole folded word form (names, terms, borrowed words: HAKİM = HAKIM).
    Exact = 1,
    /// The first four letters of a word of four or more letters (cognates).
    Prefix = 2,
    /// Punctuation that survives translation: parentheses, quotes, ? ! : ; %.
    Punct = 3,
    /// A glossary entry (either language's term found in the sentence).
    Glossary = 4,
    /// A token pair learned from the text itself (bootstrapped dictionary).
    Learned = 5,
}

impl Class {
    /// Weight factor of the class, multiplied by the concept's idf.
    pub(crate) fn factor(self) -> f32 {
        match self {
            Class::Number => 1.0,
            Class::Exact => 1.0,
            Class::Prefix => 0.6,
            Class::Punct => 0.4,
            Class::Glossary => 1.0,
            Class::Learned => 0.8,
        }
    }
}

/// The word normalizers whose outputs count as [`Class::Exact`] evidence.
///
/// Each entry turns a folded, apostrophe-cut word into a key; two words with
/// the same key on the two sides match. Adding a normalizer (for example the
/// translit stage's name key) is one more line here.
pub(crate) const NORMALIZERS: &[fn(&str) -> Option<String>] = &[
    // The text stage's matching fold, diacritics kept (HAKİM = HAKIM).
    |w| Some(w.to_owned()),
    // The same with Latin diacritics stripped (Karabağ ~ Karabag).
    |w| {
        let stripped = strip_diacritics(w);
        (stripped != w).then_some(stripped)
    },
    // The name key (Shusha ~ Şuşa, Nakhchivan ~ Naxçıvan), for words long
    // enough that its letter-class merges do not make unrelated words meet.
    |w| {
        if w.chars().count() < 5 {
            return None;
        }
        let key = crate::translit::name_key(w);
        (key != w).then_some(key)
    },
];

/// Interns concept strings per class into dense ids.
#[derive(Debug, Default)]
pub(crate) struct Interner {
    ids: HashMap<(Class, String), u32>,
    classes: Vec<Class>,
}

impl Interner {
    pub(crate) fn id(&mut self, class: Class, key: &str) -> u32 {
        if let Some(&id) = self.ids.get(&(class, key.to_owned())) {
            return id;
        }
        let id = u32::try_from(self.classes.len()).unwrap_or(u32::MAX);
        self.ids.insert((class, key.to_owned()), id);
        self.classes.push(class);
        id
    }

    /// A fresh concept without a string key (learned pairs, glossary entries).
    pub(crate) fn fresh(&mut self, class: Class) -> u32 {
        let id = u32::try_from(self.classes.len()).unwrap_or(u32::MAX);
        self.classes.push(class);
        id
    }

    pub(crate) fn classes(&self) -> &[Class] {
        &self.classes
    }
}

/// One token of a sentence, as the feature extractor sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Token {
    /// Digits, normalized.
    Number(String),
    /// A folded word, cut at an apostrophe (Türkiye'nin → türkiye).
    Word(String),
    /// A punctuation class name.
    Punct(&'static str),
}

/// Splits a sentence into number, word and punctuation tokens.
pub(crate) fn tokens(sentence: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let chars: Vec<char> = sentence.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars.get(i).copied().unwrap_or(' ');
        if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() {
                let d = chars.get(i).copied().unwrap_or(' ');
                let next_digit = chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
                if d.is_ascii_digit() || ((d == '.' || d == ',') && next_digit) {
                    i += 1;
                } else {
                    break;
                }
            }
            let raw: String = chars.get(start..i).unwrap_or_default().iter().collect();
            push_numbers(&raw, &mut out);
        } else if c.is_alphabetic() {
            let start = i;
            while i < chars.len() {
                let d = chars.get(i).copied().unwrap_or(' ');
                if d.is_alphanumeric() || d == '\u{0307}' {
                    i += 1;
                } else {
                    break;
                }
            }
            let word: String = chars.get(start..i).unwrap_or_default().iter().collect();
            out.push(Token::Word(match_fold(&word)));
            // A suffix after an apostrophe (Türkiye'nin) belongs to the word:
            // skip it so it is not read as a word of its own.
            if chars.get(i).is_some_and(|&a| is_apostrophe(a))
                && chars.get(i + 1).is_some_and(|n| n.is_alphabetic())
            {
                i += 1;
                while chars.get(i).is_some_and(|n| n.is_alphanumeric()) {
                    i += 1;
                }
            }
        } else {
            if let Some(p) = punct_class(c) {
                out.push(Token::Punct(p));
            }
            i += 1;
        }
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}')
}

fn punct_class(c: char) -> Option<&'static str> {
    Some(match c {
        '(' | '[' => "paren",
        '?' | '¿' => "question",
        '!' | '¡' => "exclamation",
        '"' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' => "quote",
        ':' => "colon",
        ';' => "semicolon",
        '%' | '‰' => "percent",
        '§' => "section",
        '…' => "ellipsis",
        _ => return None,
    })
}

/// Normalizes a digit group: thousands grouping (1.000, 1,000) is joined,
/// anything else (3.5, 27.09.2020) is split into its numbers; leading zeros
/// are dropped so 09 = 9.
fn push_numbers(raw: &str, out: &mut Vec<Token>) {
    let groups: Vec<&str> = raw.split(['.', ',']).collect();
    let thousands = groups.len() > 1
        && groups.first().is_some_and(|g| (1..=3).contains(&g.len()))
        && groups.iter().skip(1).all(|g| g.len() == 3);
    let mut push = |digits: &str| {
        let trimmed = digits.trim_start_matches('0');
        let value = if trimmed.is_empty() { "0" } else { trimmed };
        // Very long digit runs (identifiers, OCR noise) are kept whole.
        out.push(Token::Number(value.chars().take(24).collect()));
    };
    if thousands {
        push(&groups.concat());
    } else {
        for g in groups.into_iter().filter(|g| !g.is_empty()) {
            push(g);
        }
    }
}

/// Removes Latin diacritics and maps letters that fold differently across
/// Turkish, German, French and Icelandic spellings to plain ASCII.
pub(crate) fn strip_diacritics(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => out.push('a'),
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' | 'ı' | 'ī' => out.push('i'),
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => out.push('o'),
            'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ű' => out.push('u'),
            'ç' | 'ć' | 'č' => out.push('c'),
            'ş' | 'ś' | 'š' | 'ș' => out.push('s'),
            'ğ' => out.push('g'),
            'ñ' | 'ń' => out.push('n'),
            'ý' | 'ÿ' => out.push('y'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'þ' => out.push_str("th"),
            'ð' => out.push('d'),
            '\u{0300}'..='\u{036F}' => {}
            other => out.push(other),
        }
    }
    out
}

/// The stem used for dictionary learning and glossary matching: the first
/// five letters of the diacritic-stripped form (a crude but language-neutral
/// stand-in for a stemmer that keeps Turkish suffixes from splitting counts).
pub(crate) fn stem(word: &str) -> String {
    strip_diacritics(word).chars().take(5).collect()
}

/// Appends the concepts of one token to `out`.
pub(crate) fn token_concepts(token: &Token, interner: &mut Interner, out: &mut Vec<u32>) {
    match token {
        Token::Number(n) => out.push(interner.id(Class::Number, n)),
        Token::Punct(p) => out.push(interner.id(Class::Punct, p)),
        Token::Word(w) => {
            let letters = w.chars().count();
            if letters >= 2 {
                for normalize in NORMALIZERS {
                    if let Some(key) = normalize(w) {
                        out.push(interner.id(Class::Exact, &key));
                    }
                }
            }
            if letters >= 4 {
                let prefix: String = strip_diacritics(w).chars().take(4).collect();
                out.push(interner.id(Class::Prefix, &prefix));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<Token> {
        tokens(s)
    }

    #[test]
    fn apostrophe_suffix_is_cut() {
        assert_eq!(
            words("Türkiye'nin ve HAKİM"),
            vec![
                Token::Word("türkiye".into()),
                Token::Word("ve".into()),
                Token::Word("hakim".into())
            ]
        );
        assert_eq!(words("Türkiye’s"), vec![Token::Word("türkiye".into())]);
    }

    #[test]
    fn numbers_are_normalized() {
        let nums = |s: &str| -> Vec<String> {
            tokens(s)
                .into_iter()
                .filter_map(|t| match t {
                    Token::Number(n) => Some(n),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(nums("1.000 and 1,000"), vec!["1000", "1000"]);
        assert_eq!(nums("27.09.2020"), vec!["27", "9", "2020"]);
        assert_eq!(nums("3,5 vs 3.5"), vec!["3", "5", "3", "5"]);
        assert_eq!(nums("007"), vec!["7"]);
    }

    #[test]
    fn punctuation_classes() {
        assert_eq!(
            tokens("(a) «b» “c”?"),
            vec![
                Token::Punct("paren"),
                Token::Word("a".into()),
                Token::Punct("quote"),
                Token::Word("b".into()),
                Token::Punct("quote"),
                Token::Punct("quote"),
                Token::Word("c".into()),
                Token::Punct("quote"),
                Token::Punct("question"),
            ]
        );
    }

    #[test]
    fn same_concepts_across_casing_and_diacritics() {
        let mut interner = Interner::default();
        let mut a = Vec::new();
        let mut b = Vec::new();
        for t in tokens("HAKİM Karabağ") {
            token_concepts(&t, &mut interner, &mut a);
        }
        for t in tokens("Hakim Karabag") {
            token_concepts(&t, &mut interner, &mut b);
        }
        a.sort_unstable();
        b.sort_unstable();
        let shared = a.iter().filter(|c| b.contains(c)).count();
        // hakim (exact), haki (prefix), karabag (stripped exact), kara (prefix)
        assert!(shared >= 4, "{a:?} {b:?}");
    }
}
