//! Layout repair: what PDF extraction does to paragraphs.
//!
//! The input is a list of lines whose characters are already clean. The
//! repairs, in order:
//!
//! 1. **Page furniture.** A line that is only a page number (`12`, `- 12 -`,
//!    `Page 12`, `Sayfa 12`, `12/30`) and stands alone between blank lines or
//!    at a page break is dropped. So is a short line without final
//!    punctuation that repeats, digits aside, at least three times in such
//!    positions (a running header or footer).
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
//! The pass runs until it changes nothing (at most six times), so that
//! [`clean`](super::clean) is idempotent.

use std::borrow::Cow;
use std::collections::HashMap;

use super::{match_fold, Change, ChangeKind};

/// One line of text with the 1-based input line it started on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// Borrowed from the input until a repair changes it.
    pub(crate) text: Cow<'a, str>,
    pub(crate) number: usize,
    /// The line ended with a soft hyphen (removed): join the next line without a space.
    pub(crate) soft_break: bool,
    /// A page break (form feed) came right before this line.
    pub(crate) page_start: bool,
    /// Two lines were joined here without a space (hyphen or soft hyphen), so
    /// character-level repairs must look at the line again.
    pub(crate) glued: bool,
}

const SNIPPET: usize = 40;

fn tail(text: &str) -> &str {
    // Walks back from the end, so the cost is the snippet, not the paragraph.
    match text.char_indices().rev().nth(SNIPPET - 1) {
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
    if t.len() > 24 {
        return false;
    }
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
type Block<'a> = Vec<Line<'a>>;

fn into_blocks(lines: Vec<Line<'_>>) -> Vec<Block<'_>> {
    let mut blocks = Vec::new();
    let mut current = Vec::new();
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

fn drop_furniture(blocks: &mut Vec<Block<'_>>, changes: &mut Vec<Change>) {
    // Lines that stand alone: single-line blocks, or the edge lines of a page.
    let mut key_counts = HashMap::<String, usize>::new();
    let standalone =
        |b: &Block<'_>, i: usize| b.len() == 1 || b[i].page_start || (i == 0 && b[0].page_start);
    for block in blocks.iter() {
        for (i, line) in block.iter().enumerate() {
            // Headers and footers are labels, never sentences.
            if standalone(block, i)
                && !is_terminated(&line.text)
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
                && !is_terminated(&line.text)
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

/// Words of the document, folded and counted, for hyphenation decisions.
///
/// A word that ends a line with a hyphen is a fragment, not evidence, and is
/// not counted; the fragment that starts the next line is counted once, which
/// callers allow for. Built only when some line ends in a hyphen.
struct Vocabulary<'t> {
    lines: &'t [Line<'t>],
    counts: std::cell::OnceCell<HashMap<String, usize>>,
}

impl<'t> Vocabulary<'t> {
    fn of(lines: &'t [Line<'t>]) -> Self {
        Vocabulary {
            lines,
            counts: std::cell::OnceCell::new(),
        }
    }

    /// The words a hyphenation decision can ask about: for each line ending
    /// in a hyphen, the compound, the closed form and both halves.
    fn queries(&self) -> HashMap<String, usize> {
        let mut queries = HashMap::new();
        let mut lines = self
            .lines
            .iter()
            .filter(|l| !l.text.trim().is_empty())
            .peekable();
        while let Some(line) = lines.next() {
            let (Some(stem), Some(next)) = (hyphenated_stem(&line.text), lines.peek()) else {
                continue;
            };
            let right = leading_word(&next.text);
            let left = stem.rsplit('-').next().unwrap_or(stem);
            for word in [
                format!("{stem}-{right}"),
                format!("{left}{right}"),
                left.to_owned(),
                right.to_owned(),
            ] {
                queries.insert(match_fold(&word), 0);
            }
        }
        queries
    }

    /// Counts the queried words on first use: most documents never ask.
    fn count(&self, word: &str) -> usize {
        let counts = self.counts.get_or_init(|| {
            let mut counts = self.queries();
            // Cheap filter before folding and hashing: the first letters asked about.
            let mut first_ascii = [false; 128];
            let mut first_other = false;
            for query in counts.keys() {
                match query.chars().next() {
                    Some(c) if c.is_ascii() => first_ascii[usize::from(c as u8)] = true,
                    Some(_) => first_other = true,
                    None => {}
                }
            }
            let mut folded = String::new();
            for line in self.lines {
                for word in line
                    .text
                    .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
                {
                    if word.ends_with('-') {
                        continue;
                    }
                    let word = word.trim_matches(['-', '\'']);
                    let Some(&first) = word.as_bytes().first() else {
                        continue;
                    };
                    let wanted = if first.is_ascii() {
                        first_ascii[usize::from(first.to_ascii_lowercase())]
                            || (first == b'I' && first_ascii[usize::from(b'i')])
                    } else {
                        first_other || first_ascii[usize::from(b'i')]
                    };
                    if !wanted {
                        continue;
                    }
                    folded.clear();
                    fold_into(word, &mut folded);
                    if let Some(n) = counts.get_mut(folded.as_str()) {
                        *n += 1;
                    }
                }
            }
            counts
        });
        counts.get(&match_fold(word)).copied().unwrap_or(0)
    }
}

/// `match_fold` into a reused buffer (ASCII words, the common case, without a lookup table).
fn fold_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        out.push_str(&match_fold(word));
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
fn join_lines(acc: &mut Line<'_>, next: &str, vocab: &Vocabulary<'_>) -> ChangeKind {
    if acc.soft_break {
        acc.soft_break = false;
        acc.glued = true;
        acc.text.to_mut().push_str(next);
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
            acc.glued = true;
            let text = acc.text.to_mut();
            if !keep {
                text.pop();
            }
            text.push_str(next);
            return ChangeKind::Hyphenation;
        }
    }
    let text = acc.text.to_mut();
    text.push(' ');
    text.push_str(next);
    ChangeKind::LineJoin
}

fn is_wrapped(block: &Block<'_>) -> (bool, usize) {
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
fn join_within_blocks<'a>(
    blocks: Vec<Block<'a>>,
    vocab: &Vocabulary<'_>,
    changes: &mut Vec<Change>,
) -> Vec<Block<'a>> {
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        let (wrapped, width) = is_wrapped(&block);
        let mut current = Vec::new();
        let mut lines = block.into_iter();
        let Some(mut acc) = lines.next() else {
            continue;
        };
        let mut acc_last_width = acc.text.chars().count();
        let mut acc_chars = acc_last_width;
        let mut acc_last_line = acc.number;
        // Lines physically joined so far keep the number of the first one.
        for line in lines {
            let full = acc_last_width * 4 >= width * 3;
            let hyphen = acc.soft_break
                || hyphenated_stem(&acc.text).is_some()
                    && first_char(&line.text).is_some_and(char::is_alphabetic);
            // A lowercase start continues a sentence, unless the line before is
            // a short item of its own (a word list, a verse).
            // Judged on the whole line built so far, as the next pass will see it.
            let continued =
                starts_lowercase(&line.text) && (acc_chars >= 25 || acc.text.ends_with(','));
            let join = !is_item_start(&line.text) && (continued || hyphen || (wrapped && full));
            let width_of_line = line.text.chars().count();
            if join {
                let before = format!("{}⏎{}", tail(&acc.text), head(&line.text));
                let joined_at = acc.text.len();
                let kind = join_lines(&mut acc, &line.text, vocab);
                let after = around(&acc.text, joined_at.min(acc.text.len()));
                changes.push(Change::new(kind, acc_last_line, &before, &after));
                acc.soft_break = line.soft_break;
                acc.glued |= line.glued;
            } else if wrapped && !is_item_start(&line.text) {
                // A short line in a wrapped block ends its paragraph.
                current.push(std::mem::replace(&mut acc, line));
                out.push(std::mem::take(&mut current));
            } else {
                current.push(std::mem::replace(&mut acc, line));
            }
            acc_last_width = width_of_line;
            acc_chars = if join {
                acc_chars + 1 + width_of_line
            } else {
                width_of_line
            };
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
///
/// One pass that builds a new list, so the work is linear in the number of blocks.
fn rejoin_across_breaks<'a>(
    blocks: Vec<Block<'a>>,
    vocab: &Vocabulary<'_>,
    changes: &mut Vec<Change>,
) -> Vec<Block<'a>> {
    let mut out: Vec<Block<'a>> = Vec::with_capacity(blocks.len());
    let mut input: Vec<Option<Block<'a>>> = blocks.into_iter().map(Some).collect();
    let mut i = 0;
    while i < input.len() {
        let Some(mut current) = input[i].take() else {
            i += 1;
            continue;
        };
        let mut moved: Vec<Block<'a>> = Vec::new();
        let mut next = i + 1;
        while let Some(last) = current.last() {
            if !continues(&last.text) {
                break;
            }
            // Skip up to three footnote blocks to the continuation.
            let mut j = next;
            while j < input.len()
                && j - next < 3
                && input[j].as_ref().is_some_and(|b| {
                    b.len() <= 6 && b.first().is_some_and(|l| is_footnote_start(&l.text))
                })
            {
                j += 1;
            }
            let continued = input
                .get(j)
                .and_then(Option::as_ref)
                .and_then(|b| b.first())
                .is_some_and(|l| starts_lowercase(&l.text));
            if !continued {
                break;
            }
            let Some(mut continuation) = input.get_mut(j).and_then(Option::take) else {
                break;
            };
            moved.extend(input[next..j].iter_mut().filter_map(Option::take));
            let first = continuation.remove(0);
            let Some(target) = current.last_mut() else {
                break;
            };
            let before = format!("{}¶{}", tail(&target.text), head(&first.text));
            let line = target.number;
            let joined_at = target.text.len();
            let kind = join_lines(target, &first.text, vocab);
            let after = around(&target.text, joined_at);
            let kind = if kind == ChangeKind::Hyphenation {
                kind
            } else {
                ChangeKind::PageBreakJoin
            };
            changes.push(Change::new(kind, line, &before, &after));
            target.soft_break = first.soft_break;
            target.glued |= first.glued;
            current.extend(continuation);
            next = j + 1;
        }
        let end_line = current.last().map_or(0, |l| l.number);
        out.push(current);
        for footnote in moved {
            if let Some(line) = footnote.first() {
                changes.push(Change::new(
                    ChangeKind::FootnoteMoved,
                    line.number,
                    head(&line.text),
                    &format!("moved after the paragraph ending on line {end_line}"),
                ));
            }
            out.push(footnote);
        }
        i = if next > i + 1 { next } else { i + 1 };
    }
    out
}

fn layout_pass<'a>(
    lines: Vec<Line<'a>>,
    vocab: &Vocabulary<'_>,
    changes: &mut Vec<Change>,
) -> Vec<Line<'a>> {
    let mut blocks = into_blocks(lines);
    drop_furniture(&mut blocks, changes);
    let blocks = join_within_blocks(blocks, vocab, changes);
    let blocks = rejoin_across_breaks(blocks, vocab, changes);
    let mut out = Vec::new();
    for (i, block) in blocks.into_iter().enumerate() {
        if i > 0 {
            out.push(Line {
                text: Cow::Borrowed(""),
                number: block.first().map_or(0, |l| l.number),
                soft_break: false,
                page_start: false,
                glued: false,
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
///
/// Every repair records a change, so a pass that records none changed nothing.
pub(crate) fn repair<'a>(lines: Vec<Line<'a>>, changes: &mut Vec<Change>) -> Vec<Line<'a>> {
    // Hyphenation evidence comes from the text as it arrived.
    let original = lines.clone();
    let vocab = Vocabulary::of(&original);
    let mut current = lines;
    for _ in 0..6 {
        let before = changes.len();
        current = layout_pass(current, &vocab, changes);
        if changes.len() == before {
            break;
        }
    }
    current
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line<'_>> {
        text.split('\n')
            .enumerate()
            .map(|(i, t)| Line {
                text: Cow::Borrowed(t),
                number: i + 1,
                soft_break: false,
                page_start: false,
                glued: false,
            })
            .collect()
    }

    fn run(text: &str) -> (String, Vec<Change>) {
        let mut changes = Vec::new();
        let out = repair(lines(text), &mut changes);
        let text = out
            .iter()
            .map(|l| l.text.as_ref())
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
