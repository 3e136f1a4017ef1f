//! Sentence segmentation for Turkish, English and other languages.
//!
//! [`segment`] returns the byte ranges of the sentences of a text, in order,
//! each trimmed of surrounding whitespace. The method is rule-based, in the
//! tradition of pragmatic_segmenter and Moses' non-breaking prefixes, with
//! Turkish rules that no published rule set has:
//!
//! 1. **Blocks.** A blank line always ends a sentence, and so does a line
//!    break, unless the next line starts in lowercase after a line that does
//!    not end in punctuation (a wrapped sentence). So a title, a heading or a
//!    keyword line without final punctuation is a sentence of its own. Run
//!    [`crate::text::clean`] first on extracted text: it rejoins wrapped lines
//!    and sentences cut by page breaks and footnotes. A run-in section label at
//!    the start of a block (`Abstract:`, `Öz:`, `Keywords:`, `Anahtar
//!    Kelimeler:`) is a segment of its own.
//! 2. **Candidates.** `.`, `?`, `!`, `…` and runs of them (`?!`, `...`,
//!    `. . .`), with any closing quotes and brackets after them, followed by
//!    whitespace. A period glued to a capitalised word (`world.Today`) is a
//!    candidate too, unless it sits in a URL, an e-mail address or a file name.
//!    Periods inside a token (`1.5`, `27.09.2020`, `p.43`, `example.com`,
//!    `10.1000/xyz`) never are.
//! 3. **Decisions.** No sentence ends before a lowercase word (`"…?" diye
//!    sordu`, `20. yüzyıl`, `3. madde`). Before a capital or a digit, a
//!    sentence does not end after:
//!    - a *prefix* abbreviation from the language's table (`Dr.`, `Prof.`,
//!      `Doç.`, `Yrd.`, `bkz.`, `örn.`, `a.g.e.`, `p.`, `pp.`, `Vol.`, `e.g.`);
//!      a *number* abbreviation (`No.`, `ss.`) before a digit;
//!    - an initial (`L. O. Ternovaya`, `S. Sarkissian`);
//!    - an enumerator that opens a sentence or line (`1.`, `6.1.`, `IV.`, `a.`);
//!    - in Turkish, an ordinal: a number of at most three digits or a Roman
//!      numeral (`1. Dünya Savaşı`, `II. Abdülhamit`).
//!
//!    An *ambiguous* abbreviation (`etc.`, `vb.`, `U.S.`, `Ltd.`) ends a
//!    sentence before a capitalised word (in English only before a word that
//!    commonly starts sentences: `I live in the U.S. How about you?`). In
//!    Turkish a number after a label that takes a cardinal (`bkz. Tablo 3.
//!    Tabloda …`) or after an abbreviation or comma (`s. 12. Sonra …`) is no
//!    ordinal. English informal text starts sentences in lowercase, so in
//!    English a period after an ordinary word, and a `?` or `!` without a
//!    closing quote, end a sentence even before a lowercase word (`sounds
//!    great. want to go? i do`), except a `!` that ends a capitalised name
//!    (`Yahoo! in`).
//! 4. **Protection.** A sentence does not end inside brackets that close
//!    within 300 bytes on the same line, nor inside a quotation that closes
//!    within 300 bytes and is followed by a comma or a lowercase word. The
//!    window keeps an unbalanced bracket or quote from swallowing the rest of
//!    the text.
//! 5. **Attachments.** A segment that is only a bracketed citation after a
//!    sentence end (`… shall be supported. (10, m.2). After …`), or that has
//!    no letter or digit, or is an emoticon (`:)`), joins the sentence before
//!    it.
//! 6. **Headings run into text.** Two or more all-capital words at the start
//!    of a sentence followed by a word in mixed case (`GİRİŞ VE YÖNTEM Bu
//!    çalışma …`) are a heading of their own. In English and generic text, a
//!    numbered or lettered list opened at the start of a block
//!    (`1. The first item 2. The second item`) splits before each next item.
//! 7. **Turkish verb-final boundaries.** Turkish is verb-final, so a sentence
//!    that ends without punctuation (a headline or a verse that lost its line
//!    break) is found after a word with an unambiguous finite ending (past
//!    `-DI`, progressive `-Iyor`, `-mAlI`, copula `-DIr`, person endings; see
//!    the `verbs` module) when the next word is capitalised, the part before
//!    has two words or more, no quotation or bracket is open, and the part
//!    after has a predicate of its own (`Belediye meclisi projeyi onayladı
//!    Kadıköy Belediye Meclisi dün toplandı.`). A headline in title case
//!    ending in such a verb counts too (`Dolar Güne Yükselişle Başladı
//!    Amerikan doları …`).
//! 8. **Speech tags.** In Turkish, a quotation that ends in `.?!` and is
//!    followed by a capitalised word and, within four words, a verb of saying
//!    is one sentence with it (`"Nereye?" Bekçi fenerini kaldırarak sordu.`).
//!
//! Limits: a sentence that ends without punctuation inside a paragraph and
//! not in a finite verb (a headline without a verb, a list line) is not
//! found; a capital after a colon continues the sentence (as the TDK spelling
//! guide has it);
//! quotations spanning several sentences are split inside unless they close
//! before a lowercase word or a comma. Every rule looks at most 300 bytes
//! around a candidate, so the time is linear in the input.
//!
//! The tables live in `src/segment/data/` (`tr.abbrev`: the TDK abbreviation
//! list via zemberek-nlp plus academic forms; `en.abbrev`: written for
//! bitext); [`Segmenter::with_abbreviations`] takes a table of the same format.
//! Azerbaijani uses the Turkish rules; other languages get the generic rules
//! with no abbreviation table.

mod abbrev;
mod blocks;
mod scan;
mod verbs;
mod words;

pub use abbrev::{AbbrevClass, AbbrevError, Abbreviations};

use serde::Serialize;

use crate::{Lang, Span};
use abbrev::{EN, NONE, TR};
use scan::Kind;

/// The sentence spans of `text` under the rules of `lang`.
///
/// Spans are byte ranges into `text`, in order, non-overlapping, trimmed of
/// surrounding whitespace and never empty. Never panics.
///
/// # Examples
/// ```
/// use bitext::{segment::segment, Lang};
///
/// let text = "Prof. Dr. L. O. Ternovaya 20. yüzyılı inceledi (Erarslan, 2021, s. 328). \
///             Sonuç 27.09.2020 tarihinde açıklandı. Neden?";
/// let sentences: Vec<&str> = segment(text, Lang::Tr)
///     .iter()
///     .filter_map(|span| span.slice(text))
///     .collect();
/// assert_eq!(
///     sentences,
///     [
///         "Prof. Dr. L. O. Ternovaya 20. yüzyılı inceledi (Erarslan, 2021, s. 328).",
///         "Sonuç 27.09.2020 tarihinde açıklandı.",
///         "Neden?",
///     ]
/// );
/// ```
pub fn segment(text: &str, lang: Lang) -> Vec<Span> {
    Segmenter::new(lang).segment(text)
}

/// The sentences of `text` as string slices: [`segment`], sliced.
///
/// # Examples
/// ```
/// use bitext::{segment::sentences, Lang};
/// assert_eq!(
///     sentences("I live in the U.S. How about you?", Lang::En),
///     ["I live in the U.S.", "How about you?"]
/// );
/// ```
pub fn sentences(text: &str, lang: Lang) -> Vec<&str> {
    segment(text, lang)
        .iter()
        .filter_map(|span| span.slice(text))
        .collect()
}

/// A sentence and the language whose rules found it (see [`segment_auto`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Byte range into the text.
    pub span: Span,
    /// The language detected for the stretch of text holding the sentence.
    pub lang: Lang,
}

/// The sentences of a text in more than one language: each language span
/// found by [`crate::lang::spans`] is segmented by the rules of its language
/// (generic rules where the language is undetermined).
///
/// # Examples
/// ```
/// use bitext::{segment::segment_auto, Lang};
///
/// let text = "Abstract: The war began in 2020. It lasted 44 days.\n\n\
///             Öz: Savaş 20. yüzyılın sorunlarını yeniden açtı. Çatışmalar 44 gün sürdü.\n";
/// let found = segment_auto(text);
/// let langs: Vec<Lang> = found.iter().map(|s| s.lang).collect();
/// assert_eq!(langs, [Lang::En, Lang::En, Lang::En, Lang::Tr, Lang::Tr, Lang::Tr]);
/// assert_eq!(found[4].span.slice(text), Some("Savaş 20. yüzyılın sorunlarını yeniden açtı."));
/// ```
pub fn segment_auto(text: &str) -> Vec<Sentence> {
    segment_auto_with(text, Segmenter::new)
}

/// [`segment_auto`] with the segmenter for each language made by `make`
/// (for example with extra abbreviations).
///
/// # Examples
/// ```
/// use bitext::segment::{segment_auto_with, Segmenter};
///
/// let text = "Bu Şrt. Maddesi önemlidir ve uzun süre tartışılmıştır.";
/// let with_table = segment_auto_with(text, |lang| {
///     Segmenter::new(lang).with_abbreviations("Şrt.\tprefix\n").expect("a valid table")
/// });
/// assert_eq!(with_table.len(), 1);
/// assert_eq!(bitext::segment::segment_auto(text).len(), 2);
/// ```
pub fn segment_auto_with(text: &str, mut make: impl FnMut(Lang) -> Segmenter) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cache: Vec<(Lang, Segmenter)> = Vec::new();
    let mut spans = Vec::new();
    for part in crate::lang::spans(text) {
        let Some(slice) = part.span.slice(text) else {
            continue;
        };
        let index = match cache.iter().position(|(lang, _)| *lang == part.lang) {
            Some(index) => index,
            None => {
                cache.push((part.lang, make(part.lang)));
                cache.len() - 1
            }
        };
        let Some((_, segmenter)) = cache.get(index) else {
            continue;
        };
        spans.clear();
        segmenter.segment_into(slice, &mut spans);
        out.extend(spans.iter().map(|s| Sentence {
            span: Span::new(s.start + part.span.start, s.end + part.span.start),
            lang: part.lang,
        }));
    }
    out
}

/// A sentence segmenter for one language, optionally with its own
/// abbreviation table. Cheap to build, immutable, `Send + Sync`.
///
/// # Examples
/// ```
/// use bitext::{segment::Segmenter, Lang};
///
/// let table = "# my journal's forms\nCilt.\tprefix\n";
/// let segmenter = Segmenter::new(Lang::Tr).with_abbreviations(table)?;
/// let text = "Bkz. Cilt. 3, s. 12. Sonra geldi.";
/// let spans = segmenter.segment(text);
/// assert_eq!(spans.len(), 2);
/// assert_eq!(spans[0].slice(text), Some("Bkz. Cilt. 3, s. 12."));
/// # Ok::<(), bitext::segment::AbbrevError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Segmenter {
    kind: Kind,
    table: Table,
}

#[derive(Debug, Clone)]
enum Table {
    Shipped(&'static Abbreviations),
    Own(Abbreviations),
}

impl Segmenter {
    /// The shipped rules for `lang`: Turkish rules for `tr` and `az`, English
    /// rules for `en`, generic rules (no abbreviation table) otherwise.
    pub fn new(lang: Lang) -> Self {
        let (kind, table): (Kind, &'static Abbreviations) = match lang {
            Lang::Tr | Lang::Az => (Kind::Turkish, &TR),
            Lang::En => (Kind::English, &EN),
            _ => (Kind::Generic, &NONE),
        };
        Segmenter {
            kind,
            table: Table::Shipped(table),
        }
    }

    /// Adds the entries of `table` to the abbreviation table (an entry that
    /// is already there takes the new class). The format is that of the
    /// shipped tables: `#` comment lines, then `abbreviation.<TAB>class` lines
    /// with class `prefix`, `number` or `ambiguous` (see [`AbbrevClass`]).
    ///
    /// # Errors
    /// [`AbbrevError`] naming the first bad line.
    pub fn with_abbreviations(self, table: &str) -> Result<Self, AbbrevError> {
        let extra = Abbreviations::parse(table)?;
        let mut own = self.abbreviations().clone();
        own.extend(extra);
        Ok(self.with_table(own))
    }

    /// Uses `table` instead of the shipped abbreviation table.
    ///
    /// # Examples
    /// ```
    /// use bitext::segment::{Abbreviations, Segmenter};
    /// use bitext::Lang;
    ///
    /// let empty = Segmenter::new(Lang::En).with_table(Abbreviations::default());
    /// assert_eq!(empty.segment("Dr. Smith came.").len(), 2);
    /// assert_eq!(Segmenter::new(Lang::En).segment("Dr. Smith came.").len(), 1);
    /// ```
    pub fn with_table(mut self, table: Abbreviations) -> Self {
        self.table = Table::Own(table);
        self
    }

    /// The abbreviation table in use.
    pub fn abbreviations(&self) -> &Abbreviations {
        match &self.table {
            Table::Shipped(table) => table,
            Table::Own(table) => table,
        }
    }

    /// The sentence spans of `text`; see [`segment`].
    pub fn segment(&self, text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        self.segment_into(text, &mut out);
        out
    }

    /// Appends the sentence spans of `text` to `out` (for reusing a buffer).
    ///
    /// # Examples
    /// ```
    /// use bitext::{segment::Segmenter, Lang, Span};
    ///
    /// let segmenter = Segmenter::new(Lang::Tr);
    /// let mut spans = Vec::new();
    /// for text in ["Bir. İki.", "Üç?"] {
    ///     spans.clear();
    ///     segmenter.segment_into(text, &mut spans);
    ///     assert!(spans.iter().all(|s| s.slice(text).is_some()));
    /// }
    /// assert_eq!(spans, [Span::new(0, 5)]); // "Üç?" is five bytes
    /// ```
    pub fn segment_into(&self, text: &str, out: &mut Vec<Span>) {
        scan::segment_into(text, self.kind, self.abbreviations(), out);
    }
}

#[cfg(test)]
mod tests;
