//! Text repair: decoding, Unicode and spacing, mojibake, apostrophes, layout,
//! and Turkish-aware case.
//!
//! [`clean`] takes decoded text and returns the repaired text with a list of
//! every [`Change`] it made, each with its input line. The steps, in order:
//!
//! | step | what it does |
//! |---|---|
//! | line endings | CRLF and CR become LF; a form feed marks a page break |
//! | mojibake | UTF-8 read as Windows-1252/latin-1 (`ÅžanlÄ±urfa`), cp1254 read as cp1252 (`Þanlýurfa`); see [`repair_mojibake`] |
//! | Unicode | NFC |
//! | spaces | NBSP, thin and other odd spaces become a space; zero-width characters, soft hyphens and control characters are removed; runs of spaces collapse; lines are trimmed |
//! | apostrophes | `’ ‘ ʼ ´` between a letter or digit and a letter become `'` (`Türkiye’nin` → `Türkiye'nin`); quotation marks elsewhere are kept |
//! | lossy damage | words with `?` or U+FFFD for a lost letter are reported, not changed ([`lossy_damage`]) |
//! | layout | page numbers and running headers dropped, wrapped lines and hyphenated words rejoined, a paragraph cut by a page break (and a footnote dropped into it) repaired |
//!
//! Paragraphs come out separated by one blank line, and the text ends with a
//! newline. `clean` is idempotent: cleaning clean text changes nothing.
//!
//! The case functions ([`lowercase`], [`uppercase`], [`fold`],
//! [`match_fold`]) know Turkish and Azerbaijani dotted and dotless i.

mod case;
mod decode;
mod layout;
mod mojibake;
pub(crate) mod suffix;

use std::collections::BTreeMap;

use serde::Serialize;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

pub use case::{drop_diacritics, fold, lowercase, match_fold, uppercase};
pub use decode::{decode, DecodeError, Decoded, Encoding};
pub use mojibake::{lossy_damage, repair_mojibake};

/// Turkish month names in lower case, January first (compare them under
/// [`match_fold`]: the checker's dates, the glossary builder's non-terms).
pub(crate) const MONTHS_TR: [&str; 12] = [
    "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
    "kasım", "aralık",
];

/// English month names in lower case, January first.
pub(crate) const MONTHS_EN: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

use layout::Line;

/// What kind of repair a [`Change`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ChangeKind {
    /// A byte-order mark was dropped.
    Bom,
    /// The input was decoded from a code page other than UTF-8, or lossily.
    Encoding,
    /// CRLF or CR line endings became LF.
    LineEndings,
    /// A word was repaired from mojibake.
    Mojibake,
    /// Characters were composed to NFC.
    Unicode,
    /// Odd spaces, zero-width or control characters were normalized or removed.
    Spaces,
    /// Leading, trailing or repeated spaces were removed.
    Spacing,
    /// A word-internal apostrophe was unified to `'`.
    Apostrophe,
    /// A word has lossy damage (`?anl?urfa`); reported, not changed.
    LossyDamage,
    /// A bare page number was dropped.
    PageNumber,
    /// A repeated running header or footer was dropped.
    RunningHeader,
    /// A line broken inside a paragraph was rejoined.
    LineJoin,
    /// A word hyphenated across a line break was rejoined.
    Hyphenation,
    /// A paragraph cut by a page break was rejoined.
    PageBreakJoin,
    /// A footnote that interrupted a paragraph was moved after it.
    FootnoteMoved,
}

impl ChangeKind {
    /// The kebab-case name used in reports (`page-break-join`).
    pub fn name(self) -> &'static str {
        match self {
            ChangeKind::Bom => "bom",
            ChangeKind::Encoding => "encoding",
            ChangeKind::LineEndings => "line-endings",
            ChangeKind::Mojibake => "mojibake",
            ChangeKind::Unicode => "unicode",
            ChangeKind::Spaces => "spaces",
            ChangeKind::Spacing => "spacing",
            ChangeKind::Apostrophe => "apostrophe",
            ChangeKind::LossyDamage => "lossy-damage",
            ChangeKind::PageNumber => "page-number",
            ChangeKind::RunningHeader => "running-header",
            ChangeKind::LineJoin => "line-join",
            ChangeKind::Hyphenation => "hyphenation",
            ChangeKind::PageBreakJoin => "page-break-join",
            ChangeKind::FootnoteMoved => "footnote-moved",
        }
    }
}

/// One repair made by [`clean`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What kind of repair.
    pub kind: ChangeKind,
    /// The 1-based input line where it was made.
    pub line: usize,
    /// The text before (a word, or a short snippet around the change).
    pub before: String,
    /// The text after; for [`ChangeKind::LossyDamage`] the same as `before`.
    pub after: String,
}

impl Change {
    pub(crate) fn new(kind: ChangeKind, line: usize, before: &str, after: &str) -> Self {
        Change {
            kind,
            line,
            before: before.to_owned(),
            after: after.to_owned(),
        }
    }
}

/// The result of [`clean`]: repaired text and the changes made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cleaned {
    /// The repaired text.
    pub text: String,
    /// Every change, in input order within each step.
    pub changes: Vec<Change>,
}

impl Cleaned {
    /// How many changes of each kind were made.
    ///
    /// # Examples
    /// ```
    /// use bitext::text::{clean, ChangeKind};
    /// let cleaned = clean("ÅžanlÄ±urfa ve Ä°zmir\r\n");
    /// assert_eq!(cleaned.summary()[&ChangeKind::Mojibake], 2);
    /// ```
    pub fn summary(&self) -> BTreeMap<ChangeKind, usize> {
        let mut counts = BTreeMap::new();
        for change in &self.changes {
            *counts.entry(change.kind).or_insert(0) += 1;
        }
        counts
    }
}

/// Which repairs [`clean_with`] makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CleanOptions {
    /// Repair layout (page furniture, line breaks, hyphenation, footnotes).
    pub layout: bool,
    /// Repair mojibake.
    pub mojibake: bool,
}

impl Default for CleanOptions {
    fn default() -> Self {
        CleanOptions {
            layout: true,
            mojibake: true,
        }
    }
}

/// Repairs `text` with every repair on. See the module docs for the steps.
///
/// # Examples
/// ```
/// use bitext::text::clean;
/// let raw = "Türkiye’nin ÅžanlÄ±urfa\u{a0}ili ve askeri iÅŸbir-\nliÄŸi\r\n";
/// let cleaned = clean(raw);
/// assert_eq!(cleaned.text, "Türkiye'nin Şanlıurfa ili ve askeri işbirliği\n");
/// assert_eq!(clean(&cleaned.text).text, cleaned.text);
/// ```
pub fn clean(text: &str) -> Cleaned {
    clean_with(text, &CleanOptions::default())
}

/// Repairs `text` with the repairs `options` selects.
///
/// # Examples
/// ```
/// use bitext::text::{clean_with, CleanOptions};
/// let options = CleanOptions { layout: false, ..CleanOptions::default() };
/// let cleaned = clean_with("a line that wraps\nhere", &options);
/// assert_eq!(cleaned.text, "a line that wraps\nhere\n");
/// ```
pub fn clean_with(text: &str, options: &CleanOptions) -> Cleaned {
    let mut changes = Vec::new();
    let (crlf, lone_cr) = if text.contains('\r') {
        let crlf = text.matches("\r\n").count();
        (crlf, text.matches('\r').count() - crlf)
    } else {
        (0, 0)
    };
    if crlf + lone_cr > 0 {
        changes.push(Change::new(
            ChangeKind::LineEndings,
            1,
            &format!("{crlf} CRLF, {lone_cr} CR"),
            "LF",
        ));
    }
    let evidence = if options.mojibake {
        mojibake::Evidence::of(text)
    } else {
        mojibake::Evidence::default()
    };
    let mut lines = Vec::new();
    let mut number = 0;
    let has_cr = crlf + lone_cr > 0;
    let mut rest = text;
    while !rest.is_empty() {
        // `find(char)` is memchr-fast; a char-set pattern is not, so CR is only
        // searched for when the text has one.
        let end = if has_cr {
            rest.find(['\n', '\r'])
        } else {
            rest.find('\n')
        }
        .unwrap_or(rest.len());
        let raw = &rest[..end];
        rest = &rest[end..];
        rest = rest
            .strip_prefix("\r\n")
            .or_else(|| rest.strip_prefix(['\n', '\r']))
            .unwrap_or(rest);
        number += 1;
        for (k, piece) in raw.split('\u{c}').enumerate() {
            let (text, soft_break) =
                clean_line(piece, number, options, &evidence, true, &mut changes);
            lines.push(Line {
                text,
                number,
                soft_break,
                page_start: k > 0,
                glued: false,
            });
        }
    }
    let mut lines = if options.layout {
        layout::repair(lines, &mut changes)
    } else {
        lines
    };
    // A word rejoined across a line break may now hold a curly apostrophe or
    // mojibake between letters; lossy damage was already reported per line.
    for line in lines.iter_mut().filter(|l| l.glued) {
        let (text, _) = clean_line(
            &line.text,
            line.number,
            options,
            &evidence,
            false,
            &mut changes,
        );
        if let std::borrow::Cow::Owned(text) = text {
            line.text = text.into();
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut pending_blank = false;
    for line in &lines {
        if line.text.is_empty() {
            pending_blank = !out.is_empty();
            continue;
        }
        if pending_blank {
            out.push('\n');
            pending_blank = false;
        }
        out.push_str(&line.text);
        out.push('\n');
    }
    // Each step reports in input order; the report reads best by line.
    changes.sort_by_key(|c| c.line);
    Cleaned { text: out, changes }
}

/// Decodes `bytes` with `encoding` and cleans the text, recording the
/// decoding itself (BOM dropped, code page used) as changes.
///
/// # Errors
/// The [`DecodeError`] of [`decode`], with its byte offset.
///
/// # Examples
/// ```
/// use bitext::text::{clean_bytes, ChangeKind, Encoding};
/// let cleaned = clean_bytes(b"\xEF\xBB\xBF\xDEanl\xFDurfa\r\n", Encoding::Auto).unwrap();
/// assert_eq!(cleaned.text, "Şanlıurfa\n");
/// assert_eq!(cleaned.changes[0].kind, ChangeKind::Bom);
/// assert!(clean_bytes(b"Bak\xFC", Encoding::Utf8).is_err());
/// ```
pub fn clean_bytes(bytes: &[u8], encoding: Encoding) -> Result<Cleaned, DecodeError> {
    let decoded = decode(bytes, encoding)?;
    let mut cleaned = clean(&decoded.text);
    let mut notes = Vec::new();
    if decoded.had_bom {
        notes.push(Change::new(ChangeKind::Bom, 1, "byte-order mark", ""));
    }
    if decoded.encoding != Encoding::Utf8 {
        let after = if decoded.replaced > 0 {
            format!("{} invalid sequences replaced by U+FFFD", decoded.replaced)
        } else {
            "UTF-8".to_owned()
        };
        notes.push(Change::new(
            ChangeKind::Encoding,
            1,
            &decoded.encoding.to_string(),
            &after,
        ));
    }
    notes.append(&mut cleaned.changes);
    cleaned.changes = notes;
    Ok(cleaned)
}

/// Pairs of differing whitespace-separated words, or the whole snippet when
/// the word counts differ.
fn word_diffs(before: &str, after: &str) -> Vec<(String, String)> {
    let a: Vec<&str> = before.split_whitespace().collect();
    let b: Vec<&str> = after.split_whitespace().collect();
    if a.len() != b.len() {
        return vec![(before.to_owned(), after.to_owned())];
    }
    a.into_iter()
        .zip(b)
        .filter(|(x, y)| x != y)
        .map(|(x, y)| (x.to_owned(), y.to_owned()))
        .collect()
}

fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

fn is_removed_char(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{ad}') || (c.is_control() && c != '\t')
}

fn is_apostrophe_like(c: char) -> bool {
    matches!(c, '\u{2019}' | '\u{2018}' | '\u{02bc}' | '\u{00b4}')
}

/// `line.contains(is_apostrophe_like)` in one pass over the UTF-8 bytes of
/// ’ (E2 80 99), ‘ (E2 80 98), ʼ (CA BC) and ´ (C2 B4).
fn has_apostrophe_like(bytes: &[u8]) -> bool {
    if !any_byte(bytes, |b| matches!(b, 0xC2 | 0xCA | 0xE2)) {
        return false;
    }
    bytes.windows(2).enumerate().any(|(i, pair)| match pair {
        [0xCA, 0xBC] | [0xC2, 0xB4] => true,
        [0xE2, 0x80] => matches!(bytes.get(i + 2), Some(0x98 | 0x99)),
        _ => false,
    })
}

/// Whether `c` is a character that UTF-8 read as latin-1 shows (NBSP, soft
/// hyphen, C1 controls): such characters must survive until mojibake repair.
fn is_mojibake_byte(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{9f}' | '\u{a0}' | '\u{ad}')
}

/// Whether any byte satisfies `test`, in blocks without an early exit inside
/// a block, which the compiler turns into vector code (a plain `any` tests
/// and branches byte by byte; these prechecks run on every line).
#[inline]
fn any_byte(bytes: &[u8], test: impl Fn(u8) -> bool) -> bool {
    bytes
        .chunks(64)
        .any(|block| block.iter().fold(false, |seen, &b| seen | test(b)))
}

/// Whether `bytes` may hold a character [`is_odd_space`] or
/// [`is_removed_char`] selects, judged on UTF-8 bytes: an ASCII control, or
/// the lead bytes of U+0080..U+00BF, U+1680, U+2000..U+200B, U+202F, U+205F,
/// U+2060, U+3000 and U+FEFF. Lines full of Turkish letters and typographic
/// quotes pass without decoding a character (a test checks every character
/// up to U+FFFF).
fn may_have_odd_space(bytes: &[u8]) -> bool {
    let lead = |b: u8| b < 0x20 || matches!(b, 0x7F | 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF);
    if !any_byte(bytes, lead) {
        return false;
    }
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\t' => false,
        0..=0x1F | 0x7F | 0xC2 | 0xE1 | 0xE3 | 0xEF => true,
        0xE2 => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0x80..=0x8B | 0xAF)) | (Some(0x81), Some(0x9F | 0xA0))
        ),
        _ => false,
    })
}

/// Turns odd spaces into spaces and removes zero-width and control
/// characters, limited to the characters `applies` selects.
fn normalize_spaces<'a>(
    line: std::borrow::Cow<'a, str>,
    number: usize,
    applies: impl Fn(char) -> bool,
    changes: &mut Vec<Change>,
) -> std::borrow::Cow<'a, str> {
    let touched = |c: char| (is_odd_space(c) || is_removed_char(c)) && applies(c);
    if !may_have_odd_space(line.as_bytes()) || !line.chars().any(touched) {
        return line;
    }
    let mut found: BTreeMap<char, usize> = BTreeMap::new();
    let fixed: String = line
        .chars()
        .filter_map(|c| {
            if !touched(c) {
                Some(c)
            } else if is_odd_space(c) {
                *found.entry(c).or_default() += 1;
                Some(' ')
            } else {
                *found.entry(c).or_default() += 1;
                None
            }
        })
        .collect();
    let before = found
        .iter()
        .map(|(c, n)| format!("U+{:04X}×{n}", u32::from(*c)))
        .collect::<Vec<_>>()
        .join(", ");
    changes.push(Change::new(
        ChangeKind::Spaces,
        number,
        &before,
        "space or removed",
    ));
    fixed.into()
}

/// Replaces apostrophe-like marks between a letter or digit and a letter by
/// `'`; returns the line and the changed words as (before, after).
fn unify_apostrophes(line: &str) -> (String, Vec<(String, String)>) {
    let mut out = String::with_capacity(line.len());
    let mut words = Vec::new();
    for word in line.split_inclusive(char::is_whitespace) {
        if !word.contains(is_apostrophe_like) {
            out.push_str(word);
            continue;
        }
        let start = out.len();
        let mut prev: Option<char> = None;
        let mut chars = word.chars().peekable();
        while let Some(c) = chars.next() {
            let inside = prev.is_some_and(char::is_alphanumeric)
                && chars.peek().is_some_and(|n| n.is_alphabetic());
            out.push(if is_apostrophe_like(c) && inside {
                '\''
            } else {
                c
            });
            prev = Some(c);
        }
        if out[start..] != *word {
            words.push((
                word.trim_end().to_owned(),
                out[start..].trim_end().to_owned(),
            ));
        }
    }
    (out, words)
}

/// Character-level repairs of one line; returns the line and whether it
/// ended in a soft hyphen (a break inside a word).
fn clean_line<'a>(
    raw: &'a str,
    number: usize,
    options: &CleanOptions,
    evidence: &mojibake::Evidence,
    report_lossy: bool,
    changes: &mut Vec<Change>,
) -> (std::borrow::Cow<'a, str>, bool) {
    let mut line = std::borrow::Cow::Borrowed(raw);
    // Zero-width characters and controls inside a word would hide its mojibake.
    line = normalize_spaces(line, number, |c| !is_mojibake_byte(c), changes);
    if options.mojibake {
        if let Some((fixed, words)) = mojibake::repair_line(&line, evidence) {
            for (before, after) in words {
                changes.push(Change::new(ChangeKind::Mojibake, number, &before, &after));
            }
            line = fixed.into();
        }
    }
    // Every character below U+0300 is NFC_QC=Yes with combining class 0, so
    // leaving them out of the quick check can only turn Yes into Maybe (then
    // the line is composed and compared), never the other way.
    if !line.is_ascii()
        && is_nfc_quick(line.chars().filter(|&c| c >= '\u{300}')) != IsNormalized::Yes
    {
        let composed: String = line.nfc().collect();
        if composed != *line {
            for (before, after) in word_diffs(&line, &composed) {
                changes.push(Change::new(ChangeKind::Unicode, number, &before, &after));
            }
            line = composed.into();
        }
    }
    let soft_break = line.trim_end_matches([' ', '\t']).ends_with('\u{ad}');
    // Characters that are also mojibake bytes (NBSP, soft hyphen, C1 controls)
    // could only be judged after the mojibake repair; the rest went before it.
    line = normalize_spaces(line, number, is_mojibake_byte, changes);
    if has_apostrophe_like(line.as_bytes()) {
        let (fixed, words) = unify_apostrophes(&line);
        if !words.is_empty() {
            for (before, after) in words {
                changes.push(Change::new(ChangeKind::Apostrophe, number, &before, &after));
            }
            line = fixed.into();
        }
    }
    let needs_spacing =
        line.starts_with([' ', '\t']) || line.ends_with([' ', '\t']) || line.contains("  ");
    if needs_spacing {
        let mut fixed = String::with_capacity(line.len());
        for (i, word) in line.split(' ').filter(|w| !w.is_empty()).enumerate() {
            if i > 0 {
                fixed.push(' ');
            }
            fixed.push_str(word);
        }
        let fixed = fixed.trim_matches([' ', '\t']);
        if *fixed != *line && !fixed.is_empty() {
            changes.push(Change::new(
                ChangeKind::Spacing,
                number,
                "extra spaces",
                "single spaces",
            ));
        }
        line = fixed.to_owned().into();
    }
    for range in lossy_damage(&line).into_iter().filter(|_| report_lossy) {
        if let Some(word) = line.get(range) {
            changes.push(Change::new(ChangeKind::LossyDamage, number, word, word));
        }
    }
    (line, soft_break)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings_and_bom() {
        let cleaned = clean_bytes("\u{feff}bir\r\niki\rüç".as_bytes(), Encoding::Utf8).unwrap();
        // Short lines are items of their own, even when they start in lowercase.
        assert_eq!(cleaned.text, "bir\niki\nüç\n");
        let kinds: Vec<ChangeKind> = cleaned.changes.iter().map(|c| c.kind).collect();
        assert_eq!(kinds, [ChangeKind::Bom, ChangeKind::LineEndings]);
    }

    #[test]
    fn byte_prechecks_agree_with_the_character_tests() {
        for c in '\0'..='\u{FFFF}' {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if is_odd_space(c) || is_removed_char(c) {
                assert!(may_have_odd_space(bytes), "{c:?}");
            }
            assert_eq!(has_apostrophe_like(bytes), is_apostrophe_like(c), "{c:?}");
        }
        assert!(!may_have_odd_space(
            "Türkiye’nin “Orta Koridor” – çok".as_bytes()
        ));
        assert!(may_have_odd_space("a\u{202f}b".as_bytes()));
    }

    #[test]
    fn spaces_and_controls() {
        let cleaned = clean("a\u{a0}b\u{200b}c\u{2009}d  e\0f \n");
        assert_eq!(cleaned.text, "a bc d ef\n");
        assert!(cleaned.summary().contains_key(&ChangeKind::Spaces));
    }

    #[test]
    fn apostrophes_inside_words_only() {
        let cleaned = clean("‘Orta Koridor’ ve Türkiye’nin 2020’deki ‘HAKİM’ projesi");
        assert_eq!(
            cleaned.text,
            "‘Orta Koridor’ ve Türkiye'nin 2020'deki ‘HAKİM’ projesi\n"
        );
        assert_eq!(cleaned.summary()[&ChangeKind::Apostrophe], 2);
    }

    #[test]
    fn nfc_composition() {
        let cleaned = clean("S\u{327}ehir");
        assert_eq!(cleaned.text, "Şehir\n");
        assert_eq!(cleaned.changes[0].kind, ChangeKind::Unicode);
    }

    #[test]
    fn lossy_words_are_reported_unchanged() {
        let cleaned = clean("?anl?urfa bir ildir");
        assert_eq!(cleaned.text, "?anl?urfa bir ildir\n");
        assert_eq!(cleaned.changes[0].kind, ChangeKind::LossyDamage);
        assert_eq!(cleaned.changes[0].before, "?anl?urfa");
    }

    #[test]
    fn soft_hyphen_at_line_end_joins_without_space() {
        let cleaned = clean("kurumsal\u{ad}\nlaştırılan yapı");
        assert_eq!(cleaned.text, "kurumsallaştırılan yapı\n");
    }

    #[test]
    fn form_feed_is_a_page_break() {
        let cleaned =
            clean("Birinci sayfanın son cümlesi bitmeden sayfa\u{c}3\u{c}bitiyor ve devam ediyor.");
        assert_eq!(
            cleaned.text,
            "Birinci sayfanın son cümlesi bitmeden sayfa bitiyor ve devam ediyor.\n"
        );
    }

    #[test]
    fn empty_and_blank_inputs() {
        assert_eq!(clean("").text, "");
        assert_eq!(clean("\n\n  \n").text, "");
    }

    #[test]
    fn layout_can_be_turned_off() {
        let options = CleanOptions {
            layout: false,
            mojibake: false,
        };
        assert_eq!(
            clean_with("ÅžanlÄ±urfa\nx", &options).text,
            "ÅžanlÄ±urfa\nx\n"
        );
    }
}
