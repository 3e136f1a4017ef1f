//! Layout repair: what PDF extraction does to paragraphs.
//!
//! The input is a list of lines whose characters are already clean. The
//! repairs, in order:
//!
//! 1. **Page furniture.** A line that is only a page number (`12`, `- 12 -`,
//!    `Page 12`, `Sayfa 12`, `12/30`) and stands alone between blank lines or
//!    at a page break is dropped. So is a short line that repeats, digits
//!    aside, at least three times in such positions (a running header or
//!    footer).
//! 2. **Lines inside a paragraph.** Consecutive non-blank lines form a block.
//!    A line is joined to the next when the next starts in lowercase (a
//!    sentence cannot start there), or when the block is *wrapped* (most of
//!    its lines run to nearly the same width, as extracted columns do) and the
//!    line runs to that width. In a wrapped block a line that stops short ends
//!    its paragraph, and a blank line is written there.
//! 3. **Hyphenation.** A word split by a hyphen at a line end is rejoined.
//!    The hyphen is kept when the document itself writes the compound with a
//!    hyphen elsewhere (`askeri-teknik`), when it never writes the closed form
//!    but uses both halves as words of four or more letters, or when the second
//!    half starts in uppercase (`Baku-Tbilisi`); otherwise it is dropped.
//! 4. **Page breaks inside a sentence.** When a paragraph stops without final
//!    punctuation and the next paragraph starts in lowercase, the two are one
//!    paragraph cut by a page break. Footnote blocks found between them (lines
//!    that start with `*`, `†`, a superscript or a bare footnote number) are
//!    moved after the rejoined paragraph.
//!
//! The pass runs until it changes nothing (at most three times), so that
//! [`clean`](super::clean) is idempotent.

use std::collections::HashMap;

use super::{match_fold, Change, ChangeKind};

/// One line of text with the 1-based input line it started on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    pub(crate) text: String,
    pub(crate) number: usize,
    /// The line ended with a soft hyphen (removed): join the next line without a space.
    pub(crate) soft_break: bool,
    /// A page break (form feed) came right before this line.
    pub(crate) page_start: bool,
}

const SNIPPET: usize = 40;

fn tail(text: &str) -> &str {
    let count = text.chars().count();
    match text.char_indices().nth(count.saturating_sub(SNIPPET)) {
        Some((i, _)) => &text[i..],
        None => text,
    }
}

fn head(text: &str) -> &str {
    match text.char_indices().nth(SNIPPET) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

/// A snippet of `text` around byte `at` (a char boundary or the end).
fn around(text: &str, at: usize) -> String {
    let at = (0..=at)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    format!("{}{}", tail(&text[..at]), head(&text[at..]))
}

fn first_char(text: &str) -> Option<char> {
    text.chars().next()
}

fn starts_lowercase(text: &str) -> bool {
    first_char(text).is_some_and(char::is_lowercase)
}

fn is_terminated(text: &str) -> bool {
    let trimmed = text.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*']);
    trimmed.ends_with(['.', '!', '?', ':', ';', '…'])
}

/// A line that opens a list item, a numbered heading or a reference entry.
fn is_item_start(text: &str) -> bool {
    let t = text.trim_start();
    if t.starts_with(['-', '•', '–', '—', '▪', '●', '◦', '*']) {
        return true;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits <= 3 {
        let rest = &t[digits..];
        // "1. Introduction", "6.1. Transformation", "2) Item"; not "20. yüzyıl".
        return (rest.starts_with(". ")
            || rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_ascii_digit())
            || rest.starts_with(") "))
            && rest
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ')')
                .trim_start()
                .starts_with(|c: char| c.is_uppercase());
    }
    (t.starts_with('(') || t.starts_with('['))
        && t.get(1..3).is_some_and(|s| s.ends_with([')', ']']))
}

fn is_page_number(text: &str) -> bool {
    let t = text.trim();
    let lower = t.to_lowercase();
    let body = ["page ", "sayfa ", "p. ", "s. "]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower);
    let body = body
        .trim_matches(|c: char| c == '-' || c == '–' || c == '—' || c == '|' || c.is_whitespace());
    let (num, of) = match body.split_once(['/', ' ']) {
        Some((a, b)) => (a.trim(), Some(b.trim().trim_start_matches("of ").trim())),
        None => (body, None),
    };
    let is_num = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    let roman = |s: &str| !s.is_empty() && s.len() <= 5 && s.chars().all(|c| "ivxlc".contains(c));
    // Lowercase roman numerals number front matter; "IV" is more likely a heading.
    let lowercase_roman = roman(num) && t.chars().all(|c| !c.is_uppercase());
    match of {
        None => {
            is_num(num) && !(1800..=2100).contains(&num.parse::<u32>().unwrap_or(0))
                || lowercase_roman
        }
        Some(total) => is_num(num) && is_num(total),
    }
}

fn furniture_key(text: &str) -> String {
    match_fold(text.trim())
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// A block of consecutive non-blank lines.
type Block = Vec<Line>;

fn into_blocks(lines: Vec<Line>) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Block = Vec::new();
    for line in lines {
        if line.text.trim().is_empty() {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
            continue;
        }
        if line.page_start && !current.is_empty() {
            blocks.push(std::mem::take(&mut current));
        }
        current.push(line);
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    blocks
}

fn drop_furniture(blocks: &mut Vec<Block>, changes: &mut Vec<Change>) {
    // Lines that stand alone: single-line blocks, or the edge lines of a page.
    let mut key_counts = HashMap::<String, usize>::new();
    let standalone =
        |b: &Block, i: usize| b.len() == 1 || b[i].page_start || (i == 0 && b[0].page_start);
    for block in blocks.iter() {
        for (i, line) in block.iter().enumerate() {
            if standalone(block, i)
                && line.text.chars().count() <= 100
                && !is_page_number(&line.text)
            {
                *key_counts.entry(furniture_key(&line.text)).or_default() += 1;
            }
        }
    }
    for block in blocks.iter_mut() {
        let single = block.len() == 1;
        let mut kept = Vec::with_capacity(block.len());
        let page_start = block.first().is_some_and(|l| l.page_start);
        for line in std::mem::take(block) {
            let alone = single || line.page_start;
            let kind = if alone && is_page_number(&line.text) {
                Some(ChangeKind::PageNumber)
            } else if alone
                && line.text.chars().count() <= 100
                && key_counts
                    .get(&furniture_key(&line.text))
                    .copied()
                    .unwrap_or(0)
                    >= 3
            {
                Some(ChangeKind::RunningHeader)
            } else {
                None
            };
            match kind {
                Some(kind) => changes.push(Change::new(kind, line.number, &line.text, "")),
                None => kept.push(line),
            }
        }
        if let Some(first) = kept.first_mut() {
            first.page_start |= page_start;
        }
        *block = kept;
    }
    blocks.retain(|b| !b.is_empty());
}

/// Words of the document, folded, for hyphenation decisions; built on first use.
///
/// A word that ends a line with a hyphen is a fragment, not evidence, and is
/// not counted; the fragment that starts the next line is counted once, which
/// callers allow for.
struct Vocabulary<'a> {
    blocks: &'a [Block],
    words: Option<HashMap<String, usize>>,
}

impl Vocabulary<'_> {
    fn count(&mut self, word: &str) -> usize {
        let blocks = self.blocks;
        let words = self.words.get_or_insert_with(|| {
            let mut counts = HashMap::new();
            for line in blocks.iter().flatten() {
                for word in line
                    .text
                    .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
                {
                    if word.ends_with('-') {
                        continue;
                    }
                    let word = word.trim_matches(['-', '\'']);
                    if !word.is_empty() {
                        *counts.entry(match_fold(word)).or_insert(0) += 1;
                    }
                }
            }
            counts
        });
        words.get(&match_fold(word)).copied().unwrap_or(0)
    }
}

/// The word that ends `text` before a final hyphen, if `text` ends in one after a letter.
fn hyphenated_stem(text: &str) -> Option<&str> {
    let stem = text.strip_suffix(['-', '\u{2010}'])?;
    if !stem.chars().next_back().is_some_and(char::is_alphabetic) {
        return None;
    }
    let start = stem
        .rfind(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
        .map_or(0, |i| {
            i + stem[i..].chars().next().map_or(1, char::len_utf8)
        });
    Some(&stem[start..])
}

fn leading_word(text: &str) -> &str {
    let end = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    &text[..end]
}

/// Joins `next` onto `acc`, deciding about a line-end hyphen. Returns the kind of join.
fn join_lines(acc: &mut Line, next: &str, vocab: &mut Vocabulary<'_>) -> ChangeKind {
    if acc.soft_break {
        acc.soft_break = false;
        acc.text.push_str(next);
        return ChangeKind::Hyphenation;
    }
    if let Some(stem) = hyphenated_stem(&acc.text) {
        let right = leading_word(next);
        if !right.is_empty() {
            let left = stem.rsplit('-').next().unwrap_or(stem);
            // `right` is counted once where it starts the next line.
            let keep = right.starts_with(char::is_uppercase)
                || vocab.count(&format!("{stem}-{right}")) > 0
                || (vocab.count(&format!("{left}{right}")) == 0
                    && left.chars().count() >= 4
                    && right.chars().count() >= 4
                    && vocab.count(left) > 0
                    && vocab.count(right) > 1);
            if !keep {
                acc.text.pop();
            }
            acc.text.push_str(next);
            return ChangeKind::Hyphenation;
        }
    }
    acc.text.push(' ');
    acc.text.push_str(next);
    ChangeKind::LineJoin
}

fn is_wrapped(block: &Block) -> (bool, usize) {
    let widths: Vec<usize> = block.iter().map(|l| l.text.chars().count()).collect();
    let width = widths.iter().copied().max().unwrap_or(0);
    if block.len() < 2 || width < 40 {
        return (false, width);
    }
    let body = &widths[..widths.len() - 1];
    let full = body.iter().filter(|&&w| w * 4 >= width * 3).count();
    (full * 5 >= body.len() * 3, width)
}

/// Repairs line breaks inside each block; returns blocks of whole paragraphs.
fn join_within_blocks(blocks: Vec<Block>, changes: &mut Vec<Change>) -> Vec<Block> {
    let snapshot = blocks.clone();
    let mut vocab = Vocabulary {
        blocks: &snapshot,
        words: None,
    };
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        let (wrapped, width) = is_wrapped(&block);
        let mut current: Block = Vec::new();
        let mut lines = block.into_iter();
        let Some(mut acc) = lines.next() else {
            continue;
        };
        let mut acc_last_width = acc.text.chars().count();
        let mut acc_last_line = acc.number;
        // Lines physically joined so far keep the number of the first one.
        for line in lines {
            let full = acc_last_width * 4 >= width * 3;
            let hyphen = acc.soft_break
                || hyphenated_stem(&acc.text).is_some()
                    && first_char(&line.text).is_some_and(char::is_alphabetic);
            // A lowercase start continues a sentence, unless the line before is
            // a short item of its own (a word list, a verse).
            let continued =
                starts_lowercase(&line.text) && (acc_last_width >= 25 || acc.text.ends_with(','));
            let join = !is_item_start(&line.text) && (continued || hyphen || (wrapped && full));
            let width_of_line = line.text.chars().count();
            if join {
                let before = format!("{}⏎{}", tail(&acc.text), head(&line.text));
                let joined_at = acc.text.len();
                let kind = join_lines(&mut acc, &line.text, &mut vocab);
                let after = around(&acc.text, joined_at.min(acc.text.len()));
                changes.push(Change::new(kind, acc_last_line, &before, &after));
                acc.soft_break = line.soft_break;
            } else if wrapped {
                // A short line in a wrapped block ends its paragraph.
                out.push(vec![std::mem::replace(&mut acc, line)]);
            } else {
                current.push(std::mem::replace(&mut acc, line));
            }
            acc_last_width = width_of_line;
            acc_last_line = if join { acc_last_line } else { acc.number };
        }
        current.push(acc);
        out.push(current);
    }
    out
}

fn is_footnote_start(text: &str) -> bool {
    let t = text.trim_start();
    if t.starts_with(['*', '†', '‡', '§']) {
        return true;
    }
    if t.starts_with(['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰']) {
        return true;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && t[digits..].starts_with(' ')
        && t[digits..].trim_start().starts_with(char::is_uppercase)
        || (t.starts_with('[')
            && t.get(1..).is_some_and(|r| {
                r.bytes().take_while(u8::is_ascii_digit).count() > 0 && r.contains(']')
            }))
}

fn continues(text: &str) -> bool {
    text.chars().count() >= 30
        && !is_terminated(text)
        && text
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '-' | '\u{2010}' | '('))
}

/// Rejoins paragraphs cut by a page break, moving footnotes found in the cut.
fn rejoin_across_breaks(mut blocks: Vec<Block>, changes: &mut Vec<Change>) -> Vec<Block> {
    let snapshot = blocks.clone();
    let mut vocab = Vocabulary {
        blocks: &snapshot,
        words: None,
    };
    let mut i = 0;
    while i < blocks.len() {
        let Some(last) = blocks[i].last() else {
            i += 1;
            continue;
        };
        if !continues(&last.text) {
            i += 1;
            continue;
        }
        // Skip up to three footnote blocks to the continuation.
        let mut j = i + 1;
        while j < blocks.len()
            && j - i <= 3
            && blocks[j].len() <= 6
            && blocks[j]
                .first()
                .is_some_and(|l| is_footnote_start(&l.text))
        {
            j += 1;
        }
        let Some(next_first) = blocks.get(j).and_then(|b| b.first()) else {
            i += 1;
            continue;
        };
        if !starts_lowercase(&next_first.text) {
            i += 1;
            continue;
        }
        let mut continuation = blocks.remove(j);
        let footnotes: Vec<Block> = blocks.drain(i + 1..j).collect();
        let first = continuation.remove(0);
        let target = blocks[i].last_mut().expect("checked non-empty above");
        let before = format!("{}¶{}", tail(&target.text), head(&first.text));
        let kind_line = target.number;
        let joined_at = target.text.len();
        let kind = join_lines(target, &first.text, &mut vocab);
        let after = around(&target.text, joined_at.min(target.text.len()));
        changes.push(Change::new(
            if kind == ChangeKind::Hyphenation {
                kind
            } else {
                ChangeKind::PageBreakJoin
            },
            kind_line,
            &before,
            &after,
        ));
        target.soft_break = first.soft_break;
        blocks[i].extend(continuation);
        let end_line = blocks[i].last().map_or(0, |l| l.number);
        for (k, footnote) in footnotes.into_iter().enumerate() {
            if let Some(line) = footnote.first() {
                changes.push(Change::new(
                    ChangeKind::FootnoteMoved,
                    line.number,
                    head(&line.text),
                    &format!("moved after the paragraph ending on line {end_line}"),
                ));
            }
            blocks.insert(i + 1 + k, footnote);
        }
        // Look at the same paragraph again: it may continue over another break.
    }
    blocks
}

fn layout_pass(lines: Vec<Line>, changes: &mut Vec<Change>) -> Vec<Line> {
    let mut blocks = into_blocks(lines);
    drop_furniture(&mut blocks, changes);
    let blocks = join_within_blocks(blocks, changes);
    let blocks = rejoin_across_breaks(blocks, changes);
    let mut out = Vec::new();
    for (i, block) in blocks.into_iter().enumerate() {
        if i > 0 {
            out.push(Line {
                text: String::new(),
                number: block.first().map_or(0, |l| l.number),
                soft_break: false,
                page_start: false,
            });
        }
        for mut line in block {
            line.page_start = false;
            out.push(line);
        }
    }
    out
}

/// Runs layout repair to a fixed point and returns the repaired lines.
pub(crate) fn repair(lines: Vec<Line>, changes: &mut Vec<Change>) -> Vec<Line> {
    let mut current = lines;
    for _ in 0..3 {
        let before_count = changes.len();
        let texts_before: Vec<String> = current.iter().map(|l| l.text.clone()).collect();
        current = layout_pass(current, changes);
        let same = texts_before.len() == current.len()
            && texts_before.iter().zip(&current).all(|(a, b)| *a == b.text);
        if same && changes.len() == before_count {
            break;
        }
    }
    current
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        text.split('\n')
            .enumerate()
            .map(|(i, t)| Line {
                text: t.to_owned(),
                number: i + 1,
                soft_break: false,
                page_start: false,
            })
            .collect()
    }

    fn run(text: &str) -> (String, Vec<Change>) {
        let mut changes = Vec::new();
        let out = repair(lines(text), &mut changes);
        let text = out
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        (text, changes)
    }

    #[test]
    fn page_numbers_and_running_headers_go() {
        let text = "Journal of Tests 3(1)\n\nFirst paragraph ends here.\n\n12\n\nJournal of Tests 3(1)\n\nSecond paragraph ends.\n\n- 13 -\n\nJournal of Tests 3(1)\n\nThird one.";
        let (out, changes) = run(text);
        assert_eq!(
            out,
            "First paragraph ends here.\n\nSecond paragraph ends.\n\nThird one."
        );
        assert_eq!(
            changes
                .iter()
                .filter(|c| c.kind == ChangeKind::PageNumber)
                .count(),
            2
        );
        assert_eq!(
            changes
                .iter()
                .filter(|c| c.kind == ChangeKind::RunningHeader)
                .count(),
            3
        );
    }

    #[test]
    fn years_and_headings_are_not_page_numbers() {
        assert!(!is_page_number("2020"));
        assert!(!is_page_number("Conclusion"));
        assert!(is_page_number("Page 4 of 20"));
        assert!(is_page_number("Sayfa 7"));
        assert!(is_page_number("iv"));
    }

    #[test]
    fn wrapped_paragraph_is_joined() {
        let text = "This paragraph was extracted from a PDF page and\nwraps at a fixed width. The extraction kept every\nline break of the column, which no reader wants.\nShort last line.\n\nNext paragraph.";
        let (out, _) = run(text);
        assert_eq!(
            out,
            "This paragraph was extracted from a PDF page and wraps at a fixed width. The extraction kept every line break of the column, which no reader wants. Short last line.\n\nNext paragraph."
        );
    }

    #[test]
    fn hyphenation_drops_or_keeps_by_evidence() {
        let text = "The study of military-technical ties and their coopera-\ntion over time shows military-\ntechnical depth, over many years.";
        let (out, changes) = run(text);
        assert_eq!(out, "The study of military-technical ties and their cooperation over time shows military-technical depth, over many years.");
        assert_eq!(
            changes
                .iter()
                .filter(|c| c.kind == ChangeKind::Hyphenation)
                .count(),
            2
        );
        let (out, _) = run("A long enough line about the Baku-\nTbilisi pipeline and others.");
        assert_eq!(
            out,
            "A long enough line about the Baku-Tbilisi pipeline and others."
        );
    }

    #[test]
    fn footnote_in_a_sentence_is_moved() {
        let text = "Bu paragraf bir sayfa sonunda bitiyor ve cümle yarıda\n\n* Yazar, Örnek Üniversitesi.\n\nkalıyor, sonra devam ediyor.\n\nSonraki paragraf.";
        let (out, changes) = run(text);
        assert_eq!(
            out,
            "Bu paragraf bir sayfa sonunda bitiyor ve cümle yarıda kalıyor, sonra devam ediyor.\n\n* Yazar, Örnek Üniversitesi.\n\nSonraki paragraf."
        );
        assert!(changes
            .iter()
            .any(|c| c.kind == ChangeKind::FootnoteMoved && c.line == 3));
        assert!(changes
            .iter()
            .any(|c| c.kind == ChangeKind::PageBreakJoin && c.line == 1));
    }

    #[test]
    fn headings_and_lists_keep_their_lines() {
        let text = "Keywords: one, two\nAnahtar Kelimeler: bir, iki\n\n1. Introduction\n\n- Item one\n- Item two";
        let (out, changes) = run(text);
        assert_eq!(out, text);
        assert!(changes.is_empty(), "{changes:?}");
    }

    #[test]
    fn item_starts() {
        assert!(is_item_start("6.1. Transformation of Forces"));
        assert!(is_item_start("1. Methodology"));
        assert!(!is_item_start("20. yüzyıl boyunca"));
        assert!(is_item_start("- Yunusov, A. (2005)."));
    }
}
