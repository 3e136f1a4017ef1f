//! Mojibake repair.
//!
//! Two families reach Turkish text:
//!
//! 1. **UTF-8 read as Windows-1252 or latin-1**, once or twice: `Ş` (C5 9E)
//!    shows as `Åž`, `ı` (C4 B1) as `Ä±`, `’` as `â€™`. Each run of non-ASCII
//!    characters is mapped back to the bytes it came from and re-read as UTF-8.
//!    A sequence is only replaced when the bytes form valid UTF-8 *and* the
//!    character they give is one that Latin-script or Cyrillic text uses, so
//!    real French, Icelandic or German words (whose bytes are not valid UTF-8)
//!    are left alone. Double encoding is undone by repeating the pass.
//! 2. **Windows-1254 (Turkish) read as Windows-1252**: the six letters that
//!    differ come out as `Þ þ Ð ð Ý ý` (`Þanlýurfa`, `Çavuþoðlu`). These
//!    letters are real in Icelandic, Faroese and Czech, so a word is repaired
//!    only when it holds nothing but Turkish letters after the swap, carries no
//!    letter foreign to Turkish (á é í ó ú æ ř ě ů …), and the evidence is
//!    clear: two different damaged letters in the word, or damage spread over
//!    at least two words of the text.
//!
//! Lossy damage (a `?` or U+FFFD standing for a lost letter, as in `?anl?urfa`)
//! cannot be undone by decoding; [`lossy_damage`] finds it so that it can be
//! reported, never guessed.

use std::borrow::Cow;

use super::decode::western_byte;

/// Letters that a Windows-1254 text shows when read as Windows-1252, with the
/// Turkish letter each one stands for.
const CP1254_AS_CP1252: [(char, char); 6] = [
    ('Þ', 'Ş'),
    ('þ', 'ş'),
    ('Ð', 'Ğ'),
    ('ð', 'ğ'),
    ('Ý', 'İ'),
    ('ý', 'ı'),
];

/// Letters that never occur in Turkish words but do in the languages whose
/// alphabets contain Þ, Ð or Ý; one of them in a word vetoes family-2 repair.
const FOREIGN_LETTERS: &str = "áéíóúàèìòùæøåýþðÁÉÍÓÚÀÈÌÒÙÆØÅřěůňťďŘĚŮŇŤĎ";

/// Document-wide evidence for family-2 repair, computed once per text.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Evidence {
    /// Words that would be repaired by the cp1254 letter swap.
    damaged_words: usize,
    /// Words that look genuinely Icelandic, Faroese or Czech.
    foreign_words: usize,
}

impl Evidence {
    /// Scans `text` for family-2 candidates and for foreign words.
    pub(crate) fn of(text: &str) -> Self {
        let mut evidence = Evidence::default();
        // Þ þ Ð ð Ý ý are all U+00C0..U+00FF: a UTF-8 lead byte C3 followed by
        // 90, 9D, 9E, B0, BD or BE. Most texts have none, and bytes are cheap.
        let has_candidate = text
            .as_bytes()
            .windows(2)
            .any(|w| matches!(w, [0xC3, 0x90 | 0x9D | 0x9E | 0xB0 | 0xBD | 0xBE]));
        if !has_candidate {
            return evidence;
        }
        let is_word_char = |c: char| c.is_alphabetic();
        let mut searched_to = 0;
        // Jump from one damaged letter to the next and look at its word only.
        while let Some(found) = text
            .get(searched_to..)
            .and_then(|rest| rest.find(is_cp1254_damage))
        {
            let at = searched_to + found;
            let start = text[..at]
                .char_indices()
                .rev()
                .find(|&(_, c)| !is_word_char(c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let end = text[at..]
                .char_indices()
                .find(|&(_, c)| !is_word_char(c))
                .map_or(text.len(), |(i, _)| at + i);
            if swap_cp1254(&text[start..end]).is_some() {
                evidence.damaged_words += 1;
            } else {
                evidence.foreign_words += 1;
            }
            searched_to = end.max(at + 1);
            while !text.is_char_boundary(searched_to) {
                searched_to += 1;
            }
        }
        evidence
    }

    fn allows_single_letter_repairs(&self) -> bool {
        self.damaged_words >= 2 && self.damaged_words > self.foreign_words
    }
}

fn is_cp1254_damage(c: char) -> bool {
    // The keys of CP1254_AS_CP1252 (a test keeps the two in step).
    matches!(c, 'Þ' | 'þ' | 'Ð' | 'ð' | 'Ý' | 'ý')
}

fn is_turkish_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || "çğıöşüÇĞİÖŞÜâîûÂÎÛ".contains(c)
}

/// The word with the cp1254 damage undone, if it becomes an all-Turkish word.
fn swap_cp1254(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len());
    let mut prev: Option<char> = None;
    for c in word.chars() {
        if let Some(&(_, good)) = CP1254_AS_CP1252.iter().find(|&&(bad, _)| bad == c) {
            // Turkish ğ only ever follows a vowel; Icelandic ð follows consonants too.
            if matches!(good, 'ğ' | 'Ğ') && !prev.is_some_and(|p| "aeıioöuüâîûAEIİOÖUÜ".contains(p))
            {
                return None;
            }
            out.push(good);
        } else if FOREIGN_LETTERS.contains(c) || !is_turkish_letter(c) {
            return None;
        } else {
            out.push(c);
        }
        prev = Some(c);
    }
    Some(out)
}

/// Whether a character is one that text in a Latin or Cyrillic script plausibly
/// contains: what a repaired UTF-8 sequence must decode to.
fn plausible(c: char) -> bool {
    matches!(u32::from(c),
        0xA0..=0x17F      // Latin-1 supplement and Latin Extended-A (ç ğ ı ş …)
        | 0x18F | 0x259   // Ə ə
        | 0x400..=0x4FF   // Cyrillic
        | 0x2010..=0x2027 // dashes, quotes, ellipsis
        | 0x2030..=0x203A
        | 0x20AC | 0x2122)
}

/// Re-reads runs of non-ASCII characters as the UTF-8 bytes they were.
fn undo_utf8_as_western(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        let Some(lead) = western_byte(chars[i]).filter(|&b| b >= 0xC2) else {
            out.push(chars[i]);
            i += 1;
            continue;
        };
        let width = match lead {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => 0,
        };
        let mut bytes = [lead, 0, 0, 0];
        let mut complete = width > 0 && i + width <= chars.len();
        for (k, slot) in bytes.iter_mut().enumerate().take(width).skip(1) {
            match chars.get(i + k).and_then(|&c| western_byte(c)) {
                Some(b @ 0x80..=0xBF) => *slot = b,
                _ => complete = false,
            }
        }
        let decoded = if complete {
            std::str::from_utf8(&bytes[..width])
                .ok()
                .and_then(|s| s.chars().next())
        } else {
            None
        };
        match decoded {
            Some(c) if plausible(c) => {
                out.push(c);
                changed = true;
                i += width;
            }
            _ => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    changed.then_some(out)
}

/// Repairs the mojibake in one line, returning the repaired line and each
/// changed word as (before, after), or `None` when nothing changed.
pub(crate) fn repair_line(
    line: &str,
    evidence: &Evidence,
) -> Option<(String, Vec<(String, String)>)> {
    if line.is_ascii() || !may_need_repair(line) {
        return None;
    }
    let mut out = String::with_capacity(line.len());
    let mut changes = Vec::new();
    let mut rest = line;
    while !rest.is_empty() {
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (word, tail) = rest.split_at(word_end);
        let space_end = tail
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(tail.len());
        let (space, next) = tail.split_at(space_end);
        match repair_word(word, evidence) {
            Some(fixed) => {
                changes.push((word.to_owned(), fixed.clone()));
                out.push_str(&fixed);
            }
            None => out.push_str(word),
        }
        out.push_str(space);
        rest = next;
    }
    (!changes.is_empty()).then_some((out, changes))
}

/// Whether `word` has a character that a repair could act on: a UTF-8 lead
/// byte seen as Windows-1252 followed by a continuation byte, or cp1254 damage.
/// Checked without allocating, since almost every word has neither.
fn may_need_repair(word: &str) -> bool {
    // Both kinds start at a Latin-1 letter U+00C0..=U+00FF, whose UTF-8 lead
    // byte is 0xC3: jump from one 0xC3 to the next instead of decoding every
    // character (this runs on every non-ASCII line).
    let bytes = word.as_bytes();
    let mut from = 0;
    while let Some(found) = bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|&b| b == 0xC3))
    {
        let at = from + found;
        from = at + 1;
        let mut chars = word.get(at..).into_iter().flat_map(str::chars);
        let Some(c) = chars.next() else { continue };
        if is_cp1254_damage(c) {
            return true;
        }
        // A lead byte 0xC2..=0xF4 read as Windows-1252 is the Latin-1 letter
        // of the same number; the next character must be a continuation byte.
        if ('\u{C2}'..='\u{F4}').contains(&c)
            && chars
                .next()
                .and_then(western_byte)
                .is_some_and(|b| (0x80..=0xBF).contains(&b))
        {
            return true;
        }
    }
    false
}

fn repair_word(word: &str, evidence: &Evidence) -> Option<String> {
    if word.is_ascii() || !may_need_repair(word) {
        return None;
    }
    let mut current = Cow::Borrowed(word);
    // Up to three layers of UTF-8-as-Windows-1252 encoding.
    for _ in 0..3 {
        match undo_utf8_as_western(&current) {
            Some(next) => current = Cow::Owned(next),
            None => break,
        }
    }
    if current.chars().any(is_cp1254_damage) {
        let mut out = String::with_capacity(current.len());
        let mut changed = false;
        for piece in split_keep_letters(&current) {
            let swapped = piece
                .chars()
                .any(is_cp1254_damage)
                .then(|| swap_cp1254(piece))
                .flatten()
                .filter(|_| {
                    let distinct = CP1254_AS_CP1252
                        .iter()
                        .filter(|&&(bad, _)| piece.contains(bad))
                        .count();
                    distinct >= 2 || evidence.allows_single_letter_repairs()
                });
            match swapped {
                Some(fixed) => {
                    out.push_str(&fixed);
                    changed = true;
                }
                None => out.push_str(piece),
            }
        }
        if changed {
            current = Cow::Owned(out);
        }
    }
    match current {
        Cow::Owned(fixed) if fixed != word => Some(fixed),
        _ => None,
    }
}

/// Splits a whitespace-free token into alternating letter and non-letter pieces.
fn split_keep_letters(token: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut in_letters = None;
    for (i, c) in token.char_indices() {
        let letter = c.is_alphabetic();
        if in_letters.is_some_and(|prev| prev != letter) {
            pieces.push(&token[start..i]);
            start = i;
        }
        in_letters = Some(letter);
    }
    if start < token.len() {
        pieces.push(&token[start..]);
    }
    pieces
}

/// Repairs mojibake anywhere in `text`, word by word.
///
/// See the module docs for the two families handled and the evidence each
/// repair needs.
///
/// # Examples
/// ```
/// use bitext::text::repair_mojibake;
/// assert_eq!(repair_mojibake("ÅžanlÄ±urfa"), "Şanlıurfa");
/// assert_eq!(repair_mojibake("Ã‡avuÅŸoÄŸlu"), "Çavuşoğlu");
/// assert_eq!(repair_mojibake("Çavuþoðlu"), "Çavuşoğlu");
/// // Real Icelandic is left alone.
/// assert_eq!(repair_mojibake("Þórður"), "Þórður");
/// ```
pub fn repair_mojibake(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let evidence = Evidence::of(text);
    let mut changed = false;
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match repair_line(line, &evidence) {
            Some((fixed, _)) => {
                out.push_str(&fixed);
                changed = true;
            }
            None => out.push_str(line),
        }
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// Words in `line` that carry lossy damage: a `?` or U+FFFD where a letter was
/// lost (`?anl?urfa`, `Davuto?lu`). Returns byte ranges of those words.
///
/// A question mark that ends a word (`why?`) or stands alone is punctuation,
/// not damage.
///
/// # Examples
/// ```
/// use bitext::text::lossy_damage;
/// let line = "Visit ?anl?urfa? Why?";
/// let words: Vec<&str> = lossy_damage(line).into_iter().map(|r| &line[r]).collect();
/// assert_eq!(words, ["?anl?urfa?"]);
/// ```
pub fn lossy_damage(line: &str) -> Vec<std::ops::Range<usize>> {
    let mut found = Vec::new();
    // Two single-char searches are memchr-fast; a char-set pattern is not.
    if !line.contains('?') && !line.contains('\u{FFFD}') {
        return found;
    }
    let mut offset = 0;
    for word in line.split_inclusive(char::is_whitespace) {
        let trimmed = word.trim_end();
        if !trimmed.contains(['?', '\u{FFFD}']) {
            offset += word.len();
            continue;
        }
        let chars: Vec<char> = trimmed.chars().collect();
        let damaged = chars.iter().enumerate().any(|(i, &c)| {
            let next_is_letter = chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
            let prev_is_letter = i > 0 && chars.get(i - 1).is_some_and(|p| p.is_alphabetic());
            match c {
                '\u{FFFD}' => true,
                '?' => next_is_letter && (prev_is_letter || i == 0),
                _ => false,
            }
        });
        if damaged {
            let core =
                trimmed.trim_matches(|c: char| !c.is_alphanumeric() && c != '?' && c != '\u{FFFD}');
            let lead = trimmed.len()
                - trimmed
                    .trim_start_matches(|c: char| {
                        !c.is_alphanumeric() && c != '?' && c != '\u{FFFD}'
                    })
                    .len();
            found.push(offset + lead..offset + lead + core.len());
        }
        offset += word.len();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(text: &str) -> String {
        repair_mojibake(text).into_owned()
    }

    #[test]
    fn utf8_read_as_cp1252() {
        let cases = [
            ("ÅžanlÄ±urfa", "Şanlıurfa"),
            ("TÃ¼rkiye", "Türkiye"),
            ("Ä°stanbul", "İstanbul"),
            ("Ã§Ã¶zÃ¼m", "çözüm"),
            ("DavutoÄŸlu", "Davutoğlu"),
            ("Türkiyeâ€™nin", "Türkiye’nin"),
            ("Æliyev", "Æliyev"),
            ("ÆliyevÉ™", "Æliyevə"),
        ];
        for (input, expected) in cases {
            assert_eq!(fix(input), expected, "{input}");
        }
    }

    #[test]
    fn utf8_read_as_latin1_with_c1_controls() {
        // ş is C5 9F: latin-1 shows 0x9F as the C1 control U+009F.
        assert_eq!(fix("Å\u{9F}ehir"), "şehir");
    }

    #[test]
    fn double_encoding() {
        let once = "ÅžanlÄ±urfa";
        let bytes: String = once
            .bytes()
            .collect::<Vec<u8>>()
            .iter()
            .map(|&b| {
                super::super::decode::single_byte_char(b, super::super::decode::Encoding::Cp1252)
            })
            .collect();
        assert_ne!(bytes, once);
        assert_eq!(fix(&bytes), "Şanlıurfa");
    }

    #[test]
    fn cp1254_read_as_cp1252() {
        assert_eq!(fix("Þanlýurfa"), "Şanlıurfa");
        assert_eq!(fix("Çavuþoðlu"), "Çavuşoğlu");
        assert_eq!(fix("Ýstanbul ve Ýzmir"), "İstanbul ve İzmir");
        // One damaged letter in one word is not enough evidence.
        assert_eq!(fix("Novotný"), "Novotný");
    }

    #[test]
    fn real_foreign_words_are_kept() {
        for word in [
            "Þórður",
            "fjörður við",
            "Guðrún",
            "borð og",
            "café",
            "Ærø",
            "naïve",
            "Straße",
            "Dvořák",
        ] {
            assert_eq!(fix(word), word);
        }
        let icelandic = "Þingvellir er þjóðgarður á Íslandi";
        assert_eq!(fix(icelandic), icelandic);
    }

    #[test]
    fn lossy_damage_is_found_not_fixed() {
        let line = "Sehir: ?anl?urfa, Davuto?lu; ne? (?) Baku\u{FFFD}";
        let words: Vec<&str> = lossy_damage(line).into_iter().map(|r| &line[r]).collect();
        assert_eq!(words, ["?anl?urfa", "Davuto?lu", "Baku\u{FFFD}"]);
        assert_eq!(fix(line), line);
    }

    #[test]
    fn evidence_counts_words() {
        let e = Evidence::of("Ýzmir ve Þile");
        assert_eq!(e.damaged_words, 2);
        assert_eq!(fix("Ýzmir ve Þile"), "İzmir ve Şile");
    }

    #[test]
    fn damage_test_matches_its_table() {
        for c in ('\0'..='\u{3000}').chain(['ş', 'ı', 'ğ']) {
            let in_table = CP1254_AS_CP1252.iter().any(|&(bad, _)| bad == c);
            assert_eq!(is_cp1254_damage(c), in_table, "{c:?}");
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let prefilter = matches!(bytes, [0xC3, 0x90 | 0x9D | 0x9E | 0xB0 | 0xBD | 0xBE]);
            assert_eq!(prefilter, in_table, "{c:?}");
        }
    }

    #[test]
    fn repair_precheck_agrees_with_a_character_scan() {
        let reference = |word: &str| {
            let chars: Vec<char> = word.chars().collect();
            chars.iter().enumerate().any(|(i, &c)| {
                is_cp1254_damage(c)
                    || (('\u{C2}'..='\u{F4}').contains(&c)
                        && chars
                            .get(i + 1)
                            .and_then(|&n| western_byte(n))
                            .is_some_and(|b| (0x80..=0xBF).contains(&b)))
            })
        };
        let seconds = [
            'a', '§', '±', '€', '™', 'ş', 'Ã', '\u{80}', '\u{bf}', '\u{c0}',
        ];
        for first in '\u{60}'..='\u{200}' {
            for second in seconds {
                let word = format!("x{first}{second}y");
                assert_eq!(may_need_repair(&word), reference(&word), "{word:?}");
            }
        }
    }
}
