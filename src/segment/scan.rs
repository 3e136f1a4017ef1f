//! The rule-based sentence scanner: blocks (lines and paragraphs), then
//! candidate terminators inside each block, each one decided by rules.

use super::abbrev::{AbbrevClass, Abbreviations};
use super::blocks::blocks;
use super::verbs::verb_breaks;
use super::words::{
    is_bullet, is_cardinal_label, is_citation, is_dotted_abbreviation, is_emoticon, is_enumerator,
    is_roman, is_speech_verb, is_starter, list_marker,
};
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

/// The bytes the scanner acts on: terminators, brackets, the ASCII quote, and
/// the lead bytes of `…`, `“`, `”` (0xE2) and `«`, `»` (0xC2).
static INTERESTING: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = [b'.', b'?', b'!', b'(', b')', b'[', b']', b'"', 0xE2, 0xC2];
    let mut k = 0;
    while k < bytes.len() {
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
};

/// How far back and ahead a bracket or a quotation is looked for, in bytes.
const WINDOW: usize = 300;
/// Longest word looked at before a period, in bytes.
const MAX_WORD: usize = 80;
/// Longest token looked at around a glued period (`world.Today`), in bytes.
const MAX_TOKEN: usize = 200;

/// The largest character boundary of `text` at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

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
        if trimmed.is_empty() {
            return;
        }
        let s = start + lead;
        if self.kind == Kind::Turkish {
            // Sentences that end in a verb with no punctuation (headlines, verses).
            let mut from = 0;
            for at in verb_breaks(trimmed) {
                let piece = trimmed.get(from..at).unwrap_or("").trim_end();
                if !piece.is_empty() {
                    self.out.push(Span::new(s + from, s + from + piece.len()));
                }
                from = at;
            }
            self.out.push(Span::new(s + from, s + trimmed.len()));
        } else {
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
            // A forced break that a terminator's run jumped over is dropped.
            while forced.peek().is_some_and(|&f| f < i) {
                forced.next();
            }
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
            // Skip to the next byte any rule looks at (or the next forced break).
            let limit = forced.peek().map_or(be, |&f| f.clamp(i, be));
            while i < limit && b.get(i).is_some_and(|&c| !INTERESTING[usize::from(c)]) {
                i += 1;
            }
            if i == limit && limit < be {
                continue;
            }
            let Some(&byte) = b.get(i).filter(|_| i < be) else {
                break;
            };
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
                if is_citation(piece)
                    || is_emoticon(piece)
                    || !piece.chars().any(char::is_alphanumeric)
                {
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
        let skip_space = |mut k: usize| {
            while k < be {
                match self.char_at(k) {
                    Some(c) if c.is_whitespace() => k += c.len_utf8(),
                    _ => break,
                }
            }
            k
        };
        let mut next = skip_space(after);
        // A closing quote detached by a space ('yok... " İşte'), when a quotation
        // is open, still closes this sentence.
        if quote_at.is_some() && !closed_quote && next > after {
            if let Some(q @ ('"' | '”' | '»')) = self.char_at(next) {
                let end = next + q.len_utf8();
                if end >= be || self.char_at(end).is_some_and(char::is_whitespace) {
                    after = end;
                    closed_quote = true;
                    next = skip_space(end);
                }
            }
        }
        if closed_quote {
            *quote_at = None;
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
            self.period_boundary(*seg_start, i, after > run.end, next, word)
        };
        if !boundary {
            return next;
        }
        // Quoted speech, then the speaker and a verb of saying: one sentence
        // ("Nereye gidiyorsun?" Bekçi fenerini kaldırarak sordu.).
        if closed_quote && self.kind == Kind::Turkish && self.speech_tag_follows(next, be) {
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
        // An emoticon after the sentence end belongs to that sentence ("Great. :) Then").
        let (after, next) = match self.emoticon_at(next, be) {
            Some(end) => {
                let rest = self.text.get(end..be).unwrap_or("");
                (end, end + (rest.len() - rest.trim_start().len()))
            }
            None => (after, next),
        };
        self.emit_checked(*seg_start, after, first_out);
        *seg_start = next;
        *depth = 0;
        *quote_at = None;
        next
    }

    /// Whether the words at `next` are a speech tag: a capitalised word
    /// (the speaker) and, within four words and before any sentence-ending
    /// punctuation, a verb of saying ([`is_speech_verb`]).
    fn speech_tag_follows(&self, next: usize, be: usize) -> bool {
        let rest = self.text.get(next..be).unwrap_or("");
        let mut words = rest.split_whitespace();
        if !words.next().is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with(['.', '?', '!', '…'])
        }) {
            return false;
        }
        for word in words.take(4) {
            let bare = word.trim_end_matches(['.', ',', '?', '!', '…', ';', ':']);
            if is_speech_verb(bare) {
                return true;
            }
            if bare.len() != word.len() {
                return false;
            }
        }
        false
    }

    /// The end of an emoticon (`:)`, `:-(`, `;D`, `=P`) standing as a word at `i`.
    fn emoticon_at(&self, i: usize, be: usize) -> Option<usize> {
        let rest = self.text.get(i..be)?;
        let word = rest.split(char::is_whitespace).next()?;
        is_emoticon(word).then_some(i + word.len())
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

    /// Whether the single period at `i` ends a sentence, given where the
    /// next non-space character is and the word it starts.
    fn period_boundary(
        &self,
        seg_start: usize,
        i: usize,
        closed: bool,
        next: usize,
        next_word: &str,
    ) -> bool {
        let Some(nc) = self.char_at(next) else {
            return true;
        };
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
        // "Yrd.Doç.Dr." written without spaces: the last part decides.
        let class = self.abbr.get(word).or_else(|| {
            let last = word
                .rsplit('.')
                .next()
                .filter(|last| last.len() < word.len())?;
            self.abbr.get(last)
        });
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
            Some(AbbrevClass::Ambiguous) => return self.ambiguous_boundary(nc, next_word, next),
            None => {}
        }
        let mut chars = word.chars();
        let (first, second) = (chars.next(), chars.next());
        if let (Some(letter), None) = (first, second) {
            if letter.is_alphabetic() {
                // An initial (L. O. Ternovaya) or a one-letter abbreviation (p. 5).
                if letter.is_uppercase() {
                    // Initials never end a sentence, except in English before a
                    // sentence starter that is not itself an initial ("you and
                    // I. Did you", but "V. A. Smith").
                    let next_is_initial = next_word.chars().count() == 1
                        && self.b.get(next + next_word.len()) == Some(&b'.');
                    return self.kind == Kind::English
                        && nc.is_uppercase()
                        && is_starter(next_word)
                        && !next_is_initial;
                }
                return self.ambiguous_boundary(nc, next_word, next);
            }
        }
        if word.bytes().all(|c| c.is_ascii_digit()) {
            // Turkish ordinals: "20. Yüzyıl", "3. Ordu", "1. Dünya Savaşı"; not a
            // page or a count after an abbreviation or a comma ("s. 12. Sonra").
            // Nor a number after a label that takes a cardinal ("bkz. Tablo 3. Tabloda").
            let before = head.get(..tok_start).unwrap_or("").trim_end();
            let label = before.rsplit(char::is_whitespace).next().unwrap_or("");
            let ordinal = self.kind == Kind::Turkish
                && word.len() <= 3
                && nc.is_uppercase()
                && !before.ends_with(['.', ',', ':', '-', '–'])
                && !is_cardinal_label(label);
            return !ordinal;
        }
        if self.kind == Kind::Turkish && is_roman(word) && nc.is_uppercase() {
            return false; // II. Dünya Savaşı, XIX. Yüzyıl
        }
        if word.contains('.') && is_dotted_abbreviation(word) {
            return self.ambiguous_boundary(nc, next_word, next);
        }
        true
    }

    /// A word that may or may not end a sentence: a sentence ends before a
    /// capitalised word (in English only before a common sentence starter),
    /// but not before another ambiguous abbreviation (`Ltd. Şti.`).
    fn ambiguous_boundary(&self, nc: char, next_word: &str, next: usize) -> bool {
        // A chain of business forms is one name: "Tic. Ltd. Şti.", "San. A.Ş.".
        let rest = self.text.get(next..).unwrap_or("");
        let token = rest.get(..floor_boundary(rest, MAX_WORD)).unwrap_or("");
        let token = token.split(char::is_whitespace).next().unwrap_or("");
        if let Some(stem) = token
            .strip_suffix(['.', ','])
            .and_then(|t| t.strip_suffix('.').or(Some(t)))
        {
            if self.abbr.get(stem) == Some(AbbrevClass::Ambiguous) && stem.chars().count() > 1 {
                return false;
            }
        }
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
        // Not inside a URL, an e-mail address or a file name. The token is
        // looked for within [`MAX_TOKEN`] bytes either side; a longer one is
        // data, not prose, and gets no boundary.
        let head = self.text.get(..i).unwrap_or("");
        let window_start = floor_boundary(self.text, i.saturating_sub(MAX_TOKEN).max(seg_start));
        let Some(tok_start) = head.get(window_start..).and_then(|w| {
            w.rfind(char::is_whitespace)
                .map(|k| window_start + k + 1)
                .or((window_start == seg_start).then_some(seg_start))
        }) else {
            return false;
        };
        let ahead = floor_boundary(rest, MAX_TOKEN.min(rest.len()));
        let Some(tok_end) = rest.get(..ahead).and_then(|w| {
            w.find(char::is_whitespace)
                .map(|k| after + k)
                .or((ahead == rest.len()).then_some(self.text.len()))
        }) else {
            return false;
        };
        let token = self.text.get(tok_start..tok_end).unwrap_or("");
        let word_before = head.get(tok_start..).unwrap_or("");
        let word_before = word_before.trim_start_matches(|c: char| !c.is_alphanumeric());
        // "Newsfeeds.Com": a domain name written with capitals.
        let next_word = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let domain = matches!(
            next_word,
            "Com" | "Net" | "Org" | "Edu" | "Gov" | "Info" | "Biz"
        );
        !(domain
            || token.contains(['@', '/', ':', '\\'])
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
        let colon = block
            .char_indices()
            .take_while(|&(k, _)| k < 40)
            .find(|&(_, c)| c == ':')?
            .0;
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
