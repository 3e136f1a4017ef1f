//! The rule-based sentence scanner: blocks (lines and paragraphs), then
//! candidate terminators inside each block, each one decided by rules.

use super::abbrev::{AbbrevClass, Abbreviations};
use crate::Span;

/// Which language's rules apply beyond the abbreviation table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Turkish and Azerbaijani: ordinals are written with a period (`20. yüzyıl`,
    /// `II. Dünya Savaşı`).
    Turkish,
    /// English: ambiguous abbreviations end a sentence only before a common
    /// sentence starter; the pronoun `I`.
    English,
    /// Any other language: punctuation, case, initials, numbers.
    Generic,
}

/// How far back and ahead a bracket or a quotation is looked for, in bytes.
const WINDOW: usize = 300;
/// Longest word looked at before a period, in bytes.
const MAX_WORD: usize = 80;

/// Segments `text` and appends the trimmed, non-empty sentence spans to `out`.
pub(crate) fn segment_into(text: &str, kind: Kind, abbr: &Abbreviations, out: &mut Vec<Span>) {
    let mut scanner = Scanner {
        text,
        b: text.as_bytes(),
        kind,
        abbr,
        out,
    };
    for (start, end) in blocks(text) {
        scanner.block(start, end);
    }
}

/// Splits `text` into blocks: a blank line always ends one, and so does a
/// line break, unless the next line starts in lowercase and the line before
/// it does not end in punctuation (a sentence wrapped mid-way).
fn blocks(text: &str) -> Vec<(usize, usize)> {
    let mut blocks = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    let mut start = 0;
    while start <= text.len() {
        let end = text
            .get(start..)
            .and_then(|rest| rest.find('\n'))
            .map_or(text.len(), |n| start + n);
        let line = text.get(start..end).unwrap_or("");
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(block) = current.take() {
                blocks.push(block);
            }
        } else {
            let content_end = start + line.trim_end().len();
            current = match current {
                Some((bs, be)) if continues(text.get(bs..be).unwrap_or(""), trimmed) => {
                    Some((bs, content_end))
                }
                Some(block) => {
                    blocks.push(block);
                    Some((start, content_end))
                }
                None => Some((start, content_end)),
            };
        }
        if end >= text.len() {
            break;
        }
        start = end + 1;
    }
    if let Some(block) = current {
        blocks.push(block);
    }
    blocks
}

fn continues(previous: &str, line: &str) -> bool {
    let starts_lower = line.chars().next().is_some_and(char::is_lowercase);
    let last = previous.trim_end().chars().next_back();
    starts_lower && last.is_some_and(|c| c.is_alphanumeric() || c == ',' || c == '-')
}

struct Scanner<'a, 'o> {
    text: &'a str,
    b: &'a [u8],
    kind: Kind,
    abbr: &'a Abbreviations,
    out: &'o mut Vec<Span>,
}

/// A run of terminal punctuation: `.`, `?!`, `...`, `…`, `. . .`.
#[derive(Debug, Clone, Copy, Default)]
struct Run {
    end: usize,
    dots: usize,
    question_or_bang: bool,
    ellipsis_char: bool,
    spaced: bool,
}

impl Run {
    fn is_ellipsis(&self) -> bool {
        self.ellipsis_char || self.dots >= 2
    }
}

impl<'a, 'o> Scanner<'a, 'o> {
    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..).and_then(|s| s.chars().next())
    }

    fn char_before(&self, i: usize) -> Option<char> {
        self.text.get(..i).and_then(|s| s.chars().next_back())
    }

    /// Pushes `start..end` trimmed, if anything is left.
    fn emit(&mut self, start: usize, end: usize) {
        let Some(slice) = self.text.get(start..end) else {
            return;
        };
        let lead = slice.len() - slice.trim_start().len();
        let trimmed = slice.trim();
        if !trimmed.is_empty() {
            let s = start + lead;
            self.out.push(Span::new(s, s + trimmed.len()));
        }
    }

    fn block(&mut self, bs: usize, be: usize) {
        let first_out = self.out.len();
        let mut seg_start = bs;
        if let Some(label_end) = self.section_label(bs, be) {
            self.emit(bs, label_end);
            seg_start = label_end;
        }
        let forced = if self.kind == Kind::Turkish {
            Vec::new()
        } else {
            self.list_breaks(seg_start, be)
        };
        let mut forced = forced.into_iter().peekable();
        let mut heading_checked = usize::MAX;
        let b = self.b;
        let mut i = seg_start;
        let mut depth = 0usize;
        let mut open_at = 0usize;
        let mut quote_at: Option<usize> = None;
        while i < be {
            if forced.peek() == Some(&i) {
                forced.next();
                self.emit_checked(seg_start, i, first_out);
                seg_start = i;
                depth = 0;
                quote_at = None;
            }
            if heading_checked != seg_start {
                heading_checked = seg_start;
                if let Some(end) = self.caps_heading(seg_start, be) {
                    self.emit_checked(seg_start, end, first_out);
                    seg_start = end;
                    heading_checked = end;
                    i = i.max(end);
                }
            }
            let Some(&byte) = b.get(i) else { break };
            match byte {
                b'(' | b'[' => {
                    if depth == 0 {
                        open_at = i;
                    }
                    depth += 1;
                    i += 1;
                }
                b')' | b']' => {
                    depth = depth.saturating_sub(1);
                    i += 1;
                }
                b'"' => {
                    let before = self.char_before(i);
                    let after = self.char_at(i + 1);
                    let opens = before.map_or(true, |c| c.is_whitespace() || "([{".contains(c))
                        && after.is_some_and(|c| !c.is_whitespace());
                    quote_at = if opens { Some(i) } else { None };
                    i += 1;
                }
                0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x9C) => {
                    // “
                    quote_at = Some(i);
                    i += 3;
                }
                0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x9D) => {
                    // ”
                    quote_at = None;
                    i += 3;
                }
                0xC2 if b.get(i + 1) == Some(&0xAB) => {
                    // «
                    quote_at = Some(i);
                    i += 2;
                }
                0xC2 if b.get(i + 1) == Some(&0xBB) => {
                    // »
                    quote_at = None;
                    i += 2;
                }
                b'.' | b'?' | b'!' => {
                    i = self.terminator(
                        i,
                        be,
                        &mut seg_start,
                        &mut depth,
                        open_at,
                        &mut quote_at,
                        first_out,
                    );
                }
                0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA6) => {
                    i = self.terminator(
                        i,
                        be,
                        &mut seg_start,
                        &mut depth,
                        open_at,
                        &mut quote_at,
                        first_out,
                    );
                }
                _ => i += 1,
            }
        }
        self.emit_checked(seg_start, be, first_out);
    }

    /// Emits a segment, or merges it into the previous one of the same block
    /// when it is only a citation in brackets (`… supported. (10, m.2).`) or
    /// has no letter or digit (`Great! :)`).
    fn emit_checked(&mut self, start: usize, end: usize, first_out: usize) {
        let before = self.out.len();
        self.emit(start, end);
        if self.out.len() > before && before > first_out {
            if let (Some(last), Some(prev)) =
                (self.out.last().copied(), self.out.get(before - 1).copied())
            {
                let piece = last.slice(self.text).unwrap_or("");
                if is_citation(piece) || !piece.chars().any(char::is_alphanumeric) {
                    self.out.truncate(before - 1);
                    self.out.push(Span::new(prev.start, last.end));
                }
            }
        }
    }

    /// Reads the run of terminal punctuation at `i`.
    fn read_run(&self, i: usize, be: usize) -> Run {
        let b = self.b;
        let mut run = Run {
            end: i,
            ..Run::default()
        };
        let mut j = i;
        while j < be {
            match b.get(j) {
                Some(b'.') => {
                    run.dots += 1;
                    j += 1;
                    // A spaced ellipsis: ". . ." (a single space between periods).
                    if b.get(j) == Some(&b' ') && b.get(j + 1) == Some(&b'.') && j + 1 < be {
                        let next_is_dot_run = run.dots >= 2
                            || b.get(j + 2) == Some(&b' ')
                            || b.get(j + 2) == Some(&b'.');
                        if next_is_dot_run {
                            run.spaced = true;
                            j += 1;
                        }
                    }
                }
                Some(b'?') | Some(b'!') => {
                    run.question_or_bang = true;
                    j += 1;
                }
                Some(0xE2) if b.get(j + 1) == Some(&0x80) && b.get(j + 2) == Some(&0xA6) => {
                    run.ellipsis_char = true;
                    j += 3;
                }
                _ => break,
            }
        }
        run.end = j.min(be);
        run
    }

    /// Decides the terminator run at `i`; returns where scanning continues.
    #[allow(clippy::too_many_arguments)]
    fn terminator(
        &mut self,
        i: usize,
        be: usize,
        seg_start: &mut usize,
        depth: &mut usize,
        open_at: usize,
        quote_at: &mut Option<usize>,
        first_out: usize,
    ) -> usize {
        let b = self.b;
        let run = self.read_run(i, be);
        // An omission mark in brackets, "[...]" or "(…)", is not a terminator.
        if run.is_ellipsis()
            && i > 0
            && matches!(b.get(i - 1), Some(b'[') | Some(b'('))
            && matches!(b.get(run.end), Some(b']') | Some(b')'))
        {
            return run.end;
        }
        // Closing quotes and brackets after the run belong to the sentence.
        let mut after = run.end;
        let mut closed_quote = false;
        while after < be {
            let Some(c) = self.char_at(after) else { break };
            match c {
                ')' | ']' | '}' => *depth = depth.saturating_sub(1),
                '"' | '\'' | '”' | '’' | '»' | '“' => closed_quote = true,
                _ => break,
            }
            after += c.len_utf8();
        }
        if closed_quote {
            *quote_at = None;
        }
        let mut next = after;
        while next < be {
            match self.char_at(next) {
                Some(c) if c.is_whitespace() => next += c.len_utf8(),
                _ => break,
            }
        }
        if next >= be {
            return be;
        }
        if next == after {
            if self.glued_boundary(*seg_start, i, &run, after) {
                self.emit_checked(*seg_start, after, first_out);
                *seg_start = after;
                *depth = 0;
                *quote_at = None;
            }
            return after;
        }
        let Some(nc) = self.char_at(next) else {
            return be;
        };
        // "…compounds. . . . The practice": the word's own period ends the
        // sentence and the spaced ellipsis opens the next one.
        if run.spaced && run.dots == 4 && self.char_before(i).is_some_and(|c| !c.is_whitespace()) {
            if nc.is_uppercase() {
                self.emit_checked(*seg_start, i + 1, first_out);
                *seg_start = i + 1;
                *depth = 0;
                *quote_at = None;
            }
            return next;
        }
        let word = self.next_word(next);
        let boundary = if run.question_or_bang {
            // Before a lowercase word: a quotation goes on ("…?" diye sordu) or
            // a name ends in "!" (Yahoo! in …). English informal text starts
            // sentences in lowercase after a bare "?" or "!" ("why? i did").
            !nc.is_lowercase()
                || (self.kind == Kind::English
                    && after == run.end
                    && !self
                        .text
                        .get(..i)
                        .unwrap_or("")
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| {
                            w.chars().next().is_some_and(char::is_uppercase)
                                && b.get(i) == Some(&b'!')
                                && run.end == i + 1
                        }))
        } else if run.is_ellipsis() {
            !(nc.is_lowercase() || (self.kind == Kind::English && word == "I" && run.dots <= 3))
        } else {
            self.period_boundary(*seg_start, i, after > run.end, nc, word)
        };
        if !boundary {
            return next;
        }
        if *depth > 0 && i.saturating_sub(open_at) <= WINDOW && self.closes_ahead(after, be) {
            return next;
        }
        if let Some(q) = *quote_at {
            if i.saturating_sub(q) <= WINDOW && self.quote_continues(after, be) {
                return next;
            }
        }
        self.emit_checked(*seg_start, after, first_out);
        *seg_start = next;
        *depth = 0;
        *quote_at = None;
        next
    }

    /// The word starting at `i` (letters, digits, apostrophes), at most
    /// [`MAX_WORD`] bytes.
    fn next_word(&self, i: usize) -> &'a str {
        let rest = self.text.get(i..).unwrap_or("");
        let mut end = 0;
        for (k, c) in rest.char_indices() {
            if k > MAX_WORD || !(c.is_alphanumeric() || c == '\'' || c == '’') {
                break;
            }
            end = k + c.len_utf8();
        }
        rest.get(..end).unwrap_or("")
    }

    /// Whether the single period at `i` ends a sentence, given the next
    /// non-space character `nc` and the word it starts.
    fn period_boundary(
        &self,
        seg_start: usize,
        i: usize,
        closed: bool,
        nc: char,
        next_word: &str,
    ) -> bool {
        // The word before the period, back to a space or an opening bracket or quote.
        let head = self.text.get(..i).unwrap_or("");
        let mut tok_start = i;
        for (k, c) in head.char_indices().rev() {
            if k < seg_start || c.is_whitespace() || i - k > MAX_WORD {
                break;
            }
            tok_start = k;
        }
        // Opening brackets and quotes are not part of the word ("(örn.", "'Dr.").
        let token = head.get(tok_start..).unwrap_or("");
        let word = token.trim_start_matches(['(', '[', '{', '"', '\'', '“', '‘', '«']);
        let tok_start = tok_start + (token.len() - word.len());
        if word.is_empty() {
            return true;
        }
        // An enumerator at the start of a sentence or line: "1.", "6.1.", "IV.", "a.", "•9.".
        let lead = self.text.get(seg_start..tok_start).unwrap_or("");
        if lead.chars().all(|c| c.is_whitespace() || is_bullet(c))
            && is_enumerator(word.trim_start_matches(is_bullet))
        {
            return false;
        }
        let class = self.abbr.get(word);
        if nc.is_lowercase() {
            // Edited text starts no sentence in lowercase. English web and chat
            // text does, after an ordinary word ("sounds exciting. want to go"):
            // there a period after a word of two or more letters that is no
            // abbreviation ends the sentence.
            return self.kind == Kind::English
                && !closed
                && class.is_none()
                && word.chars().count() >= 2
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '\'' || c == '’')
                && !is_roman(word);
        }
        match class {
            Some(AbbrevClass::Prefix) => return false,
            Some(AbbrevClass::Number) if nc.is_ascii_digit() => return false,
            Some(AbbrevClass::Number) => {}
            Some(AbbrevClass::Ambiguous) => return self.ambiguous_boundary(nc, next_word),
            None => {}
        }
        let mut chars = word.chars();
        let (first, second) = (chars.next(), chars.next());
        if let (Some(letter), None) = (first, second) {
            if letter.is_alphabetic() {
                // An initial (L. O. Ternovaya) or a one-letter abbreviation (p. 5).
                if letter.is_uppercase() {
                    return match self.kind {
                        Kind::English if nc.is_uppercase() => is_starter(next_word),
                        _ if nc.is_uppercase() || nc.is_ascii_digit() => false,
                        _ => true,
                    };
                }
                return self.ambiguous_boundary(nc, next_word);
            }
        }
        if word.bytes().all(|c| c.is_ascii_digit()) {
            // Turkish ordinals: "20. Yüzyıl", "3. Ordu", "1. Dünya Savaşı"; not a
            // page or a count after an abbreviation or a comma ("s. 12. Sonra").
            let ordinal = self.kind == Kind::Turkish
                && word.len() <= 3
                && nc.is_uppercase()
                && !head
                    .get(..tok_start)
                    .unwrap_or("")
                    .trim_end()
                    .ends_with(['.', ',', ':', '-', '–']);
            return !ordinal;
        }
        if self.kind == Kind::Turkish && is_roman(word) && nc.is_uppercase() {
            return false; // II. Dünya Savaşı, XIX. Yüzyıl
        }
        if word.contains('.') && is_dotted_abbreviation(word) {
            return self.ambiguous_boundary(nc, next_word);
        }
        true
    }

    /// A word that may or may not end a sentence: a sentence ends before a
    /// capitalised word (in English only before a common sentence starter).
    fn ambiguous_boundary(&self, nc: char, next_word: &str) -> bool {
        if nc.is_uppercase() {
            match self.kind {
                Kind::English => is_starter(next_word),
                _ => true,
            }
        } else {
            false
        }
    }

    /// "world.Today", "1,000.That": a period glued to the next sentence.
    fn glued_boundary(&self, seg_start: usize, i: usize, run: &Run, after: usize) -> bool {
        if run.dots != 1 || run.question_or_bang || run.ellipsis_char || after != i + 1 {
            return false;
        }
        let prev = self.char_before(i);
        if !prev.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit()) {
            return false;
        }
        let rest = self.text.get(after..).unwrap_or("");
        let mut chars = rest.chars();
        let (Some(c1), Some(c2)) = (chars.next(), chars.next()) else {
            return false;
        };
        if !(c1.is_uppercase() && c2.is_lowercase()) {
            return false;
        }
        // Not inside a URL, an e-mail address or a file name.
        let head = self.text.get(..i).unwrap_or("");
        let tok_start = head
            .rfind(char::is_whitespace)
            .map_or(0, |k| k + 1)
            .max(seg_start);
        let tok_end = rest
            .find(char::is_whitespace)
            .map_or(self.text.len(), |k| after + k);
        let token = self.text.get(tok_start..tok_end).unwrap_or("");
        let word_before = head.get(tok_start..).unwrap_or("");
        let word_before = word_before.trim_start_matches(|c: char| !c.is_alphanumeric());
        !(token.contains(['@', '/', ':', '\\'])
            || token.starts_with("www")
            || word_before.chars().count() < 2
            || word_before.contains('.')
            || self.abbr.get(word_before).is_some())
    }

    /// Whether the bracket open before `from` closes within [`WINDOW`] bytes
    /// on the same line,
    /// and the sentence goes on or ends right after it: not when a capitalised
    /// word follows the bracket, which makes the bracket a sentence of its own
    /// ("(On what evidence? The hijackers …) Next …").
    fn closes_ahead(&self, from: usize, be: usize) -> bool {
        let mut depth = 1usize;
        let stop = (from + WINDOW).min(be);
        for (k, &byte) in self.b.get(from..stop).unwrap_or(&[]).iter().enumerate() {
            match byte {
                b'(' | b'[' => depth += 1,
                b')' | b']' => {
                    depth -= 1;
                    if depth == 0 {
                        let rest = self.text.get(from + k + 1..be).unwrap_or("");
                        let trimmed = rest.trim_start();
                        return match trimmed.chars().next() {
                            None => true,
                            Some(c) if trimmed.len() == rest.len() => !c.is_alphanumeric(),
                            Some(c) => !c.is_uppercase(),
                        };
                    }
                }
                b'\n' => return false,
                _ => {}
            }
        }
        false
    }

    /// Whether an open quotation closes within [`WINDOW`] bytes and the
    /// sentence goes on after it in lowercase or after a comma
    /// (`"Ne oldu? Kim geldi?" diye sordu.`).
    fn quote_continues(&self, from: usize, be: usize) -> bool {
        let stop = (from + WINDOW).min(be);
        let Some(window) = self
            .text
            .get(from..)
            .map(|s| s.get(..stop - from).unwrap_or(s))
        else {
            return false;
        };
        let mut iter = window.char_indices();
        while let Some((_, c)) = iter.next() {
            if c == '\n' {
                return false;
            }
            if matches!(c, '"' | '”' | '»') {
                let rest = iter.as_str();
                let mut after = rest
                    .chars()
                    .skip_while(|c| matches!(c, '.' | '?' | '!' | '…'));
                return match after.next() {
                    Some(',') | Some(';') => true,
                    Some(c) if c.is_whitespace() => after
                        .find(|c| !c.is_whitespace())
                        .is_some_and(char::is_lowercase),
                    _ => false,
                };
            }
        }
        false
    }

    /// An all-capitals heading run into the text after it ("KELAYNAK KUŞU
    /// Ülkemi…", "GİRİŞ VE YÖNTEM Bu çalışma…"): two or more capitalised words
    /// at the start of a segment, then a word in mixed case. Returns the end of
    /// the heading.
    fn caps_heading(&self, start: usize, be: usize) -> Option<usize> {
        let rest = self.text.get(start..be)?;
        let mut caps_words = 0;
        let mut heading_end = start;
        let mut offset = 0;
        for word in rest.split(' ') {
            let word_start = offset;
            offset += word.len() + 1;
            if word.is_empty() {
                continue;
            }
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            let all_caps = letters >= 2
                && word
                    .chars()
                    .all(|c| c.is_uppercase() || c == '\'' || c == '’' || c == '-')
                && !word.contains('.');
            if all_caps && caps_words < 12 {
                caps_words += 1;
                heading_end = start + word_start + word.len();
                continue;
            }
            let mut chars = word.chars();
            let mixed = chars.next().is_some_and(char::is_uppercase)
                && chars.next().is_some_and(char::is_lowercase);
            return (caps_words >= 2 && mixed).then_some(heading_end);
        }
        None
    }

    /// A run-in section label at the start of a block ("Abstract:", "Öz:").
    fn section_label(&self, bs: usize, be: usize) -> Option<usize> {
        let block = self.text.get(bs..be)?;
        let colon = block.get(..block.len().min(40))?.find(':')?;
        let label = block.get(..colon)?.trim();
        let folded = crate::text::match_fold(label);
        let known = [
            "abstract",
            "summary",
            "öz",
            "özet",
            "keywords",
            "key words",
            "anahtar kelimeler",
            "anahtar sözcükler",
        ];
        let rest = block.get(colon + 1..)?;
        if known.contains(&folded.as_str())
            && rest.starts_with(char::is_whitespace)
            && !rest.trim().is_empty()
        {
            Some(bs + colon + 1)
        } else {
            None
        }
    }

    /// Break positions before list items that continue a list opened at the
    /// start of the block ("1. The first item 2. The second item").
    fn list_breaks(&self, bs: usize, be: usize) -> Vec<usize> {
        let block = self.text.get(bs..be).unwrap_or("");
        let lead = block.len() - block.trim_start().len();
        let Some(first) = list_marker(block.get(lead..).unwrap_or("")) else {
            return Vec::new();
        };
        let mut breaks = Vec::new();
        let mut last = first;
        let mut prev_space = false;
        for (k, c) in block.char_indices().skip_while(|&(k, _)| k <= lead) {
            if prev_space && !c.is_whitespace() {
                if let Some(marker) = block.get(k..).and_then(list_marker) {
                    if marker.style == last.style && marker.value == last.value + 1 {
                        breaks.push(bs + k);
                        last = marker;
                    }
                }
            }
            prev_space = c.is_whitespace();
        }
        breaks
    }
}

/// A list marker: optional bullet, then `12.`, `12)`, `12.)`, `a.` or `a)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marker {
    style: (bool, u8),
    value: u32,
}

fn list_marker(s: &str) -> Option<Marker> {
    let s = s.trim_start_matches(|c: char| is_bullet(c) || c == ' ');
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let (value, numeric, rest) = if (1..=3).contains(&digits) {
        let value = s.get(..digits)?.parse().ok()?;
        (value, true, s.get(digits..)?)
    } else {
        let c = s.bytes().next().filter(u8::is_ascii_lowercase)?;
        (u32::from(c - b'a') + 1, false, s.get(1..)?)
    };
    let (punct, rest) = if let Some(r) = rest.strip_prefix(".)") {
        (b'}', r)
    } else if let Some(r) = rest.strip_prefix('.') {
        (b'.', r)
    } else if let Some(r) = rest.strip_prefix(')') {
        (b')', r)
    } else {
        return None;
    };
    rest.starts_with(' ').then_some(Marker {
        style: (numeric, punct),
        value,
    })
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '‣' | '◦' | '▪' | '·' | '*' | '-' | '–' | '—')
}

/// "1", "6.1", "12.3.4", "IV", "a": numbers a heading or list item starts with.
fn is_enumerator(word: &str) -> bool {
    let numeric = word
        .split('.')
        .all(|part| (1..=3).contains(&part.len()) && part.bytes().all(|c| c.is_ascii_digit()));
    let mut chars = word.chars();
    let single_letter =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic());
    numeric || single_letter || is_roman(word)
}

fn is_roman(word: &str) -> bool {
    !word.is_empty()
        && word.len() <= 7
        && word
            .bytes()
            .all(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C'))
}

/// "U.S", "a.m", "e.g", "Ph.D": letters in short groups joined by periods.
fn is_dotted_abbreviation(word: &str) -> bool {
    word.split('.').all(|part| {
        (1..=3).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
    })
}

/// A segment that is only a bracketed citation: "(10, m.2).", "(Smith 2020)."
fn is_citation(segment: &str) -> bool {
    let Some(inner) = segment.strip_prefix(['(', '[']) else {
        return false;
    };
    let Some(close) = inner.rfind([')', ']']) else {
        return false;
    };
    let (body, tail) = (
        inner.get(..close).unwrap_or(""),
        inner.get(close + 1..).unwrap_or(""),
    );
    body.len() <= 120
        && tail.chars().all(|c| matches!(c, '.' | ',' | ';' | ':'))
        && body.bytes().any(|c| c.is_ascii_digit())
        && !body.ends_with(['.', '?', '!'])
        && !body.contains(['(', ')', '[', ']'])
}

/// Words that commonly start an English sentence: after an ambiguous
/// abbreviation (`etc.`, `U.S.`, `Inc.`) a sentence ends only before one of these.
fn is_starter(word: &str) -> bool {
    const STARTERS: &[&str] = &[
        "A",
        "After",
        "Also",
        "An",
        "And",
        "Are",
        "As",
        "At",
        "Because",
        "But",
        "By",
        "Can",
        "Did",
        "Do",
        "Does",
        "Each",
        "Even",
        "For",
        "From",
        "Had",
        "Has",
        "Have",
        "He",
        "Her",
        "Here",
        "His",
        "How",
        "However",
        "I",
        "If",
        "In",
        "Is",
        "It",
        "Its",
        "It's",
        "Let",
        "Many",
        "Meanwhile",
        "Moreover",
        "Most",
        "My",
        "No",
        "Not",
        "Now",
        "Of",
        "On",
        "One",
        "Our",
        "She",
        "Since",
        "Some",
        "So",
        "Still",
        "That",
        "The",
        "Their",
        "Then",
        "There",
        "These",
        "They",
        "This",
        "Those",
        "Thus",
        "To",
        "Today",
        "Two",
        "Was",
        "We",
        "Were",
        "What",
        "When",
        "Where",
        "Which",
        "While",
        "Who",
        "Why",
        "Will",
        "With",
        "Yet",
        "You",
        "Your",
    ];
    STARTERS.contains(&word)
}
