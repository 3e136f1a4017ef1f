//! Cutting text into units: lines, paragraphs, sentences and words, as byte
//! ranges trimmed of surrounding whitespace.

use std::ops::Range;

/// Abbreviations (lowercase, without the dot) after which a period does not
/// end a sentence: bibliographic and academic ones in English, Turkish,
/// Azerbaijani and romanized Russian. Facts, written for bitext.
const ABBREVIATIONS: &[&str] = &[
    "p", "pp", "vol", "no", "nr", "dr", "prof", "doç", "doc", "vs", "eg", "ie", "etc", "st", "mr",
    "mrs", "ms", "jr", "fig", "ed", "eds", "bkz", "vb", "vd", "yy", "çev", "haz", "ss", "s", "t",
    "izd", "red", "str", "g", "gg", "al", "cf", "ch", "sec", "art", "approx", "dept", "univ",
    "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "yrd", "öğr", "gör", "arş", "uzm", "av", "sn", "no", "nos",
];

/// Trims ASCII and Unicode whitespace from both ends of `range` in `text`.
pub(crate) fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(slice) = text.get(range.clone()) else {
        return range.start..range.start;
    };
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.end - (slice.len() - slice.trim_end().len());
    start..end.max(start)
}

/// Every line of `text` (without its `\n` or `\r\n`), blank ones included.
pub(crate) fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && text.as_bytes().get(i - 1) == Some(&b'\r') {
                i - 1
            } else {
                i
            };
            out.push(start..end);
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// Paragraphs: runs of non-blank lines, separated by blank lines, trimmed.
pub(crate) fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut current: Option<Range<usize>> = None;
    for line in lines(text) {
        let blank = text.get(line.clone()).map_or(true, |l| l.trim().is_empty());
        if blank {
            if let Some(p) = current.take() {
                out.push(trim(text, p));
            }
        } else {
            current = Some(match current {
                Some(p) => p.start..line.end,
                None => line,
            });
        }
    }
    if let Some(p) = current {
        out.push(trim(text, p));
    }
    out
}

/// Non-blank lines, trimmed.
pub(crate) fn nonblank_lines(text: &str) -> Vec<Range<usize>> {
    lines(text)
        .into_iter()
        .map(|l| trim(text, l))
        .filter(|l| !l.is_empty())
        .collect()
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '*' | '_')
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_numeric()
        || matches!(
            c,
            '"' | '“' | '«' | '(' | '[' | '*' | '-' | '–' | '—' | '\'' | '‘' | '_' | '¿' | '¡'
        )
}

/// Sentences inside `range` of `text`: cut after `.`, `!`, `?` or `…`
/// (plus closing quotes and brackets) when whitespace and a capital, digit
/// or opening quote follow, but not after an initial (`E.`) or a known
/// abbreviation (`p.`, `vol.`, `bkz.`).
pub(crate) fn sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let range = trim(text, range);
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut start = 0usize;
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            let mut j = i + 1;
            while j < chars.len()
                && (is_closing(chars[j].1) || matches!(chars[j].1, '.' | '!' | '?'))
            {
                j += 1;
            }
            let end = chars.get(j).map_or(slice.len(), |&(p, _)| p);
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            let boundary = k > j
                && chars.get(k).is_some_and(|&(_, n)| starts_sentence(n))
                && !(c == '.' && j == i + 1 && is_abbreviation(&slice[start..pos]));
            if boundary {
                out.push(trim(text, range.start + start..range.start + end));
                start = chars.get(k).map_or(slice.len(), |&(p, _)| p);
                i = k;
                continue;
            }
        }
        i += 1;
    }
    if start < slice.len() {
        out.push(trim(text, range.start + start..range.end));
    }
    out.retain(|r| !r.is_empty());
    out
}

/// Whether the word just before a period is an initial or an abbreviation.
fn is_abbreviation(before: &str) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic() || *c == '.')
        .collect::<Vec<char>>()
        .into_iter()
        .rev()
        .collect();
    if word.is_empty() {
        return false;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let first_upper = word.chars().next().is_some_and(char::is_uppercase);
    // An initial (E.) or dotted abbreviation (M.E., e.g.).
    if (letters == 1 && first_upper) || word.contains('.') {
        return true;
    }
    let lower = crate::text::lowercase(&word, crate::Lang::Tr);
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Whitespace-separated tokens inside `range`.
pub(crate) fn tokens(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in slice.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(range.start + s..range.start + i);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(range.start + s..range.end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn sentences_respect_initials_and_abbreviations() {
        let text =
            "Cornell, S. E. (2011). Azerbaijan since independence. Bkz. s. 12 ve sonrası. Bitti!";
        let got = sentences(text, 0..text.len());
        assert_eq!(
            texts(text, &got),
            [
                "Cornell, S. E. (2011).",
                "Azerbaijan since independence.",
                "Bkz. s. 12 ve sonrası.",
                "Bitti!"
            ]
        );
    }

    #[test]
    fn sentences_end_before_quotes_and_markup() {
        let text = "He said “no.” Then *Dergi* came. Bu bir cümle";
        let got = sentences(text, 0..text.len());
        assert_eq!(
            texts(text, &got),
            ["He said “no.”", "Then *Dergi* came.", "Bu bir cümle"]
        );
    }

    #[test]
    fn lines_and_paragraphs() {
        let text = "a\r\nb\n\n  c  \nd\n";
        assert_eq!(texts(text, &lines(text)), ["a", "b", "", "  c  ", "d"]);
        assert_eq!(texts(text, &paragraphs(text)), ["a\r\nb", "c  \nd"]);
        assert_eq!(texts(text, &nonblank_lines(text)), ["a", "b", "c", "d"]);
    }

    #[test]
    fn tokens_split_on_whitespace() {
        let text = " bir  iki\tüç ";
        assert_eq!(
            texts(text, &tokens(text, 0..text.len())),
            ["bir", "iki", "üç"]
        );
    }
}
