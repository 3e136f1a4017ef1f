//! Numbers, years, percentages and dates in a segment, read so that the two
//! languages' writing conventions compare equal.

use std::ops::Range;

use crate::text::{match_fold, MONTHS_EN, MONTHS_TR};
use crate::Lang;

/// A number (or a month of a date) found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Quantity {
    /// Byte range of the number as written.
    pub span: Range<usize>,
    /// Possible values, canonical: digits with `.` as the decimal point and
    /// no thousands separator (`1500`, `1.5`), or `month:N` for a month
    /// name or the month of a numeric date. The first reading follows the
    /// text's language; an ambiguous group (`1.500`, `1,500`) adds the
    /// other reading.
    pub readings: Vec<String>,
}

const MONTHS_EN_SHORT: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Number words (cardinal and ordinal) that a translation may use for a
/// digit on the other side: `(value, folded word)`, per language.
const NUMBER_WORDS_EN: &[(&str, &str)] = &[
    ("1", "one"),
    ("1", "first"),
    ("2", "two"),
    ("2", "second"),
    ("2", "both"),
    ("2", "double"),
    ("3", "three"),
    ("3", "third"),
    ("4", "four"),
    ("4", "fourth"),
    ("5", "five"),
    ("5", "fifth"),
    ("6", "six"),
    ("6", "sixth"),
    ("7", "seven"),
    ("7", "seventh"),
    ("8", "eight"),
    ("8", "eighth"),
    ("9", "nine"),
    ("9", "ninth"),
    ("10", "ten"),
    ("10", "tenth"),
    ("11", "eleven"),
    ("12", "twelve"),
    ("20", "twenty"),
    ("30", "thirty"),
    ("40", "forty"),
    ("50", "fifty"),
    ("100", "hundred"),
    ("1000", "thousand"),
];
const NUMBER_WORDS_TR: &[(&str, &str)] = &[
    ("1", "bir"),
    ("1", "birinci"),
    ("2", "iki"),
    ("2", "ikinci"),
    ("3", "üç"),
    ("3", "üçüncü"),
    ("4", "dört"),
    ("4", "dördüncü"),
    ("5", "beş"),
    ("5", "beşinci"),
    ("6", "alti"),
    ("6", "altinci"),
    ("7", "yedi"),
    ("7", "yedinci"),
    ("8", "sekiz"),
    ("8", "sekizinci"),
    ("9", "dokuz"),
    ("9", "dokuzuncu"),
    ("10", "on"),
    ("10", "onuncu"),
    ("20", "yirmi"),
    ("30", "otuz"),
    ("40", "kirk"),
    ("50", "elli"),
    ("100", "yüz"),
    ("1000", "bin"),
];

fn month_of(word: &str) -> Option<usize> {
    let fold = match_fold(word);
    let head = fold.split('\'').next().unwrap_or_default();
    // Turkish month names take suffixes (Eylül'de, Kasımda).
    for (i, m) in MONTHS_TR.iter().enumerate() {
        let m = match_fold(m);
        if head == m || (head.starts_with(&m) && head.len() <= m.len() + 4 && !fold.contains('\''))
        {
            return Some(i + 1);
        }
    }
    MONTHS_EN
        .iter()
        .position(|m| *m == head)
        .or_else(|| {
            MONTHS_EN_SHORT
                .iter()
                .position(|m| *m == head.trim_end_matches('.'))
        })
        .map(|i| i + 1)
}

/// Reads the numbers of `text` (written in `lang`).
pub(crate) fn quantities(text: &str, lang: Lang) -> Vec<Quantity> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let Some(&b) = bytes.get(i) else { break };
        if !b.is_ascii_digit() || (i > 0 && bytes.get(i - 1).is_some_and(u8::is_ascii_digit)) {
            i += 1;
            continue;
        }
        // A run of digit groups joined by single . , / separators.
        let start = i;
        let mut end;
        let mut j = i;
        loop {
            while bytes.get(j).is_some_and(u8::is_ascii_digit) {
                j += 1;
            }
            end = j;
            match (bytes.get(j), bytes.get(j + 1)) {
                (Some(b'.' | b',' | b'/'), Some(d)) if d.is_ascii_digit() => j += 1,
                _ => break,
            }
        }
        let raw = text.get(start..end).unwrap_or_default();
        read_number(raw, start, lang, &mut out);
        i = end.max(start + 1);
    }
    // Month names next to a number (a date), in either language.
    let words: Vec<(usize, &str)> = word_spans(text);
    for (k, &(at, w)) in words.iter().enumerate() {
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if !capital {
            continue;
        }
        let Some(month) = month_of(w) else { continue };
        let near_number = |d: isize| {
            let idx = k as isize + d;
            usize::try_from(idx)
                .ok()
                .and_then(|idx| words.get(idx))
                .is_some_and(|(_, x)| x.starts_with(|c: char| c.is_ascii_digit()))
        };
        if near_number(-1) || near_number(1) {
            out.push(Quantity {
                span: at..at + w.len(),
                readings: vec![format!("month:{month}")],
            });
        }
    }
    out.sort_by_key(|q| q.span.start);
    out
}

fn word_spans(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || c == '\'' || c == '’';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, text.get(s..i).unwrap_or_default()));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.get(s..).unwrap_or_default()));
    }
    out
}

fn read_number(raw: &str, start: usize, lang: Lang, out: &mut Vec<Quantity>) {
    let groups: Vec<&str> = raw.split(['.', ',', '/']).collect();
    let seps: Vec<char> = raw
        .chars()
        .filter(|c| matches!(c, '.' | ',' | '/'))
        .collect();
    let push = |out: &mut Vec<Quantity>, span: Range<usize>, readings: Vec<String>| {
        out.push(Quantity { span, readings });
    };
    // A numeric date: 27.09.2020, 27/09/2020.
    if groups.len() == 3 && seps.first() == seps.get(1) && seps.first() != Some(&',') {
        let g = |k: usize| groups.get(k).copied().unwrap_or("");
        let (d, m, y) = (g(0), g(1), g(2));
        let dn: usize = d.parse().unwrap_or(0);
        let mn: usize = m.parse().unwrap_or(0);
        if (1..=31).contains(&dn)
            && (1..=12).contains(&mn)
            && (y.len() == 4 || y.len() == 2)
            && d.len() <= 2
            && m.len() <= 2
        {
            let mut at = start;
            for (k, g) in [d, m, y].iter().enumerate() {
                let reading = if k == 1 {
                    format!("month:{mn}")
                } else {
                    canonical(g, "")
                };
                push(out, at..at + g.len(), vec![reading]);
                at += g.len() + 1;
            }
            return;
        }
    }
    if seps.contains(&'/') {
        // 3/4, 2020/21: read each part.
        let mut at = start;
        for g in raw.split('/') {
            let sub = g;
            read_number(sub, at, lang, out);
            at += g.len() + 1;
        }
        return;
    }
    let span = start..start + raw.len();
    let digits_only = || groups.concat();
    let readings = match seps.as_slice() {
        [] => vec![canonical(raw, "")],
        [sep] => {
            let int = groups.first().copied().unwrap_or("");
            let frac = groups.get(1).copied().unwrap_or("");
            let decimal = canonical(int, frac);
            let thousands = canonical(&digits_only(), "");
            let group_of_three = frac.len() == 3 && int.len() <= 3 && !int.starts_with('0');
            let decimal_sep = if lang.is_turkic() { ',' } else { '.' };
            if !group_of_three {
                vec![decimal]
            } else if *sep == decimal_sep {
                vec![decimal, thousands]
            } else {
                vec![thousands, decimal]
            }
        }
        _ => {
            // Several separators: the last one is the decimal point when it
            // differs from the others (1.234.567,89), else all are
            // thousands separators (1,234,567).
            let last = seps.last().copied();
            let first = seps.first().copied();
            if last != first && seps.iter().filter(|&&c| Some(c) == last).count() == 1 {
                let (int, frac) = groups.split_at(groups.len() - 1);
                vec![canonical(
                    &int.concat(),
                    frac.first().copied().unwrap_or(""),
                )]
            } else {
                vec![canonical(&digits_only(), "")]
            }
        }
    };
    push(out, span, readings);
}

/// `int` and `frac` digits as one canonical value: leading zeros of the
/// integer part and trailing zeros of the fraction dropped.
fn canonical(int: &str, frac: &str) -> String {
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int.to_owned()
    } else {
        format!("{int}.{frac}")
    }
}

/// Whether `text` (in `lang`) writes the value `value` as a word (iki,
/// two, second).
pub(crate) fn has_number_word(text: &str, value: &str, lang: Lang) -> bool {
    let words: Vec<String> = word_spans(text)
        .into_iter()
        .map(|(_, w)| {
            match_fold(w)
                .split('\'')
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    let table = if lang.is_turkic() {
        NUMBER_WORDS_TR
    } else {
        NUMBER_WORDS_EN
    };
    table
        .iter()
        .filter(|(v, _)| *v == value)
        .any(|(_, w)| words.iter().any(|x| x == &match_fold(w)))
}

/// The values of one side that the other side does not have: each
/// quantity of `a` none of whose readings is a reading of a quantity of
/// `b`, and that `b_text` does not write as a word.
pub(crate) fn unmatched<'q>(
    a: &'q [Quantity],
    b: &[Quantity],
    b_text: &str,
    b_lang: Lang,
) -> Vec<&'q Quantity> {
    a.iter()
        .filter(|q| {
            let shared = b
                .iter()
                .any(|o| o.readings.iter().any(|r| q.readings.contains(r)));
            !shared
                && !q
                    .readings
                    .first()
                    .is_some_and(|r| has_number_word(b_text, r, b_lang))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, lang: Lang) -> Vec<String> {
        quantities(text, lang)
            .into_iter()
            .map(|q| q.readings[0].clone())
            .collect()
    }

    fn same(a: &str, la: Lang, b: &str, lb: Lang) -> bool {
        let (qa, qb) = (quantities(a, la), quantities(b, lb));
        unmatched(&qa, &qb, b, lb).is_empty() && unmatched(&qb, &qa, a, la).is_empty()
    }

    #[test]
    fn conventions_compare_equal() {
        assert!(same(
            "oranı 1,5 oldu",
            Lang::Tr,
            "the rate was 1.5",
            Lang::En
        ));
        assert!(same("1.500 asker", Lang::Tr, "1,500 soldiers", Lang::En));
        assert!(same(
            "27 Eylül 2020'de",
            Lang::Tr,
            "on September 27, 2020",
            Lang::En
        ));
        assert!(same(
            "27.09.2020 tarihinde",
            Lang::Tr,
            "on 27 September 2020",
            Lang::En
        ));
        assert!(same("yüzde 35", Lang::Tr, "35 percent", Lang::En));
        assert!(same("%35", Lang::Tr, "35%", Lang::En));
        assert!(same("iki ülke", Lang::Tr, "2 countries", Lang::En));
        assert!(same(
            "1.234.567,89 TL",
            Lang::Tr,
            "TRY 1,234,567.89",
            Lang::En
        ));
        assert!(same("1990'lı yıllarda", Lang::Tr, "in the 1990s", Lang::En));
    }

    #[test]
    fn differences_are_found() {
        assert!(!same(
            "27 Ekim 2020",
            Lang::Tr,
            "September 27, 2020",
            Lang::En
        ));
        assert!(!same("yüzde 53", Lang::Tr, "35 percent", Lang::En));
        assert!(!same("1,5", Lang::Tr, "15", Lang::En));
        assert!(!same("2021", Lang::Tr, "2020", Lang::En));
    }

    #[test]
    fn number_words_have_no_duplicates_and_are_folded() {
        for table in [NUMBER_WORDS_EN, NUMBER_WORDS_TR] {
            let mut seen = std::collections::HashSet::new();
            for (v, w) in table {
                assert!(seen.insert(*w), "duplicate {w}");
                assert_eq!(*w, match_fold(w), "{w} is not folded");
                assert!(v.parse::<u32>().is_ok());
            }
        }
        // "on" is ten in Turkish only.
        assert!(has_number_word("on masa", "10", Lang::Tr));
        assert!(!has_number_word("on the table", "10", Lang::En));
    }

    #[test]
    fn readings() {
        assert_eq!(values("1,5 ve 1.500", Lang::Tr), ["1.5", "1500"]);
        assert_eq!(
            values("1.5 and 1,500 and 0.50", Lang::En),
            ["1.5", "1500", "0.5"]
        );
        assert_eq!(values("May 2020", Lang::En), ["month:5", "2020"]);
        assert!(values("You may go", Lang::En).is_empty());
        assert!(values("Ekim ayı", Lang::Tr).is_empty());
    }
}
