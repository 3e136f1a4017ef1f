//! Words, breaks and the folded key of a word.

use std::collections::HashSet;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::text::{lowercase, match_fold};
use crate::Lang;

static STOP_EN: &str = include_str!("data/stop.en");
static STOP_TR: &str = include_str!("data/stop.tr");

/// The stopword tables, parsed once.
static STOPS: LazyLock<(HashSet<&'static str>, HashSet<&'static str>)> =
    LazyLock::new(|| (parse_list(STOP_EN), parse_list(STOP_TR)));

static VERBS_EN: &str = include_str!("data/verbs.en");

/// English verbs that are never nouns, parsed once.
static VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| parse_list(VERBS_EN));

/// Whether a lowercase word is a finite verb form of `lang`: a term never
/// holds one, so it bounds candidates like a function word. English: a verb
/// of `data/verbs.en` in its base form, the third person -s or a listed
/// simple past. Turkish, by its suffixes: the progressive -(I)yor, the
/// formal present -mAktA-DIr and the reported past -mIş-DIr, with their
/// person and tense endings, and the aorist with -ken (gerekirken) —
/// endings no noun or adjective carries (the
/// participles that modify nouns in terms, such as -An, -DIk, -(y)AcAk and
/// -(y)AbIlIr, are not among them: gelir getirmeyen su, yenilenebilir
/// enerji).
pub(crate) fn is_verb(lower: &str, lang: Lang) -> bool {
    if lang == Lang::Tr {
        return tr_finite_verb(lower);
    }
    if VERBS.contains(lower) {
        return true;
    }
    let base = |w: &str| VERBS.contains(w);
    if let Some(stem) = lower.strip_suffix("ies") {
        if base(&format!("{stem}y")) {
            return true;
        }
    }
    let sibilant = |stem: &str| {
        stem.ends_with(['s', 'x', 'z', 'o']) || stem.ends_with("sh") || stem.ends_with("ch")
    };
    if lower
        .strip_suffix("es")
        .is_some_and(|stem| sibilant(stem) && base(stem))
    {
        return true;
    }
    lower.strip_suffix('s').is_some_and(base)
}

/// Turkish finite verb endings (see [`is_verb`]): a tense marker and what
/// may follow it.
fn tr_finite_verb(lower: &str) -> bool {
    const AFTER_YOR: [&str; 14] = [
        "", "lar", "du", "dı", "muş", "sa", "um", "uz", "sun", "sunuz", "dur", "lardı", "durlar",
        "ken",
    ];
    const FORMAL: [&str; 16] = [
        "maktadır",
        "mektedir",
        "maktaydı",
        "mekteydi",
        "maktadırlar",
        "mektedirler",
        "maktayız",
        "mekteyiz",
        "mıştır",
        "miştir",
        "muştur",
        "müştür",
        "mışlardır",
        "mişlerdir",
        "muşlardır",
        "müşlerdir",
    ];
    if lower.chars().count() < 5 {
        return false;
    }
    // A listed noun in -DIk under its possessive (fındığı, mantığı) is no
    // participle.
    if object_participle(lower) && super::lemma::dictionary_lemma(lower).is_none() {
        return true;
    }
    if let Some(p) = lower.rfind("yor") {
        // A vowel before -yor (the progressive's own high vowel, or a
        // stem's final vowel).
        let before = lower.get(..p).and_then(|b| b.chars().last());
        if before.is_some_and(|c| "ıiuüae".contains(c))
            && lower
                .get(p + 3..)
                .is_some_and(|rest| AFTER_YOR.contains(&rest))
        {
            return true;
        }
    }
    // The passive aorist (listelenir, yapılır, verilir): the predicate of a
    // rule. Not the potential -(y)AbIlIr, a participle in terms
    // (yenilenebilir enerji).
    const PASSIVE_AORIST: [&str; 6] = ["ılır", "ilir", "ulur", "ülür", "lenir", "lanır"];
    if lower.chars().count() >= 6
        && PASSIVE_AORIST.iter().any(|e| lower.ends_with(e))
        && !["bilir", "bılır"].iter().any(|e| lower.ends_with(e))
        && super::lemma::dictionary_lemma(lower).is_none()
    {
        return true;
    }
    // The conditional of the aorist (bulursa, if it finds; ödemezse, if it
    // does not pay): a condition's verb. Six letters or more, as nouns
    // with a dative end so (derse, kursa, to the lesson, to the course).
    const CONDITIONAL: [&str; 10] = [
        "ırsa", "irse", "ursa", "ürse", "arsa", "erse", "mazsa", "mezse", "larsa", "lerse",
    ];
    if lower.chars().count() >= 6
        && CONDITIONAL.iter().any(|e| lower.ends_with(e))
        && super::lemma::dictionary_lemma(lower).is_none()
    {
        return true;
    }
    // The aorist with -ken, while (gerekirken, kalırken, olmazken): the
    // verb of a clause that another clause follows. Six letters or more
    // (erken, early, is a word of its own).
    if lower.chars().count() >= 6
        && (lower.ends_with("rken") || lower.ends_with("zken"))
        && super::lemma::dictionary_lemma(lower).is_none()
    {
        return true;
    }
    // The necessitative (bulunmalı, yapılmalıdır: must be found, must be
    // done): the predicate of a rule. Bare, not a listed verbal noun's -lI
    // adjective (depolamalı, with storage, of depolama); with the copula
    // or a past after it, a verb whatever comes before (incelemelidir).
    const NECESSITATIVE: [&str; 2] = ["malı", "meli"];
    const COPULA: [&str; 4] = ["dır", "dir", "ydı", "ydi"];
    let necessitative = NECESSITATIVE.iter().any(|m| {
        lower.rfind(m).is_some_and(|at| {
            let rest = lower.get(at + m.len()..).unwrap_or("-");
            let noun = lower.get(..at + 2).unwrap_or("");
            at >= 2
                && (COPULA.contains(&rest)
                    || (rest.is_empty() && super::lemma::dictionary_lemma(noun).is_none()))
        })
    });
    if lower.chars().count() >= 6
        && necessitative
        && super::lemma::dictionary_lemma(lower).is_none()
    {
        return true;
    }
    // The copula after a plural (yapılardı, they were buildings;
    // kurallardır): the predicate of a sentence.
    const PLURAL_COPULA: [&str; 4] = ["lardı", "lerdi", "lardır", "lerdir"];
    FORMAL
        .iter()
        .any(|e| lower.ends_with(e) && lower.len() > e.len() + 1)
        || (PLURAL_COPULA
            .iter()
            .any(|e| lower.ends_with(e) && lower.len() > e.len() + 2))
}

/// The object participle -DIk with a possessive (yaktığı, the one it
/// burns; kazılabildiği), maybe with a case ending after it: a relative
/// clause's verb, which a term never contains (unlike the subject
/// participle -An of gelir getirmeyen su).
fn object_participle(lower: &str) -> bool {
    const MARKS: [&str; 8] = ["dığ", "diğ", "duğ", "düğ", "tığ", "tiğ", "tuğ", "tüğ"];
    MARKS.iter().any(|m| {
        lower.match_indices(m).any(|(at, _)| {
            at >= 2
                && lower
                    .get(at + m.len()..)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(|c| "ıiuü".contains(c))
        })
    })
}

static TITLES_EN: &str = include_str!("data/titles.en");
static TITLES_TR: &str = include_str!("data/titles.tr");

/// The title tables, parsed once.
static TITLES: LazyLock<(HashSet<&'static str>, HashSet<&'static str>)> =
    LazyLock::new(|| (parse_list(TITLES_EN), parse_list(TITLES_TR)));

/// Whether a lowercase word is a personal title of `lang` written before a
/// name (Professor, Dr, Mühendis): not part of the name.
pub(crate) fn is_title(lower: &str, lang: Lang) -> bool {
    in_list(&TITLES, lower, lang)
}

/// Whether `lower` is in the Turkish list of a pair (for `Lang::Tr`) or in
/// the English one (for any other language).
fn in_list(
    lists: &(HashSet<&'static str>, HashSet<&'static str>),
    lower: &str,
    lang: Lang,
) -> bool {
    let (en, tr) = lists;
    if lang == Lang::Tr {
        tr.contains(lower)
    } else {
        en.contains(lower)
    }
}

static STEM_EN: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));
static STEM_TR: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Turkish));

pub(crate) fn parse_list(text: &'static str) -> HashSet<&'static str> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .collect()
}

/// Whether a lowercase word is a function word of `lang`.
pub(crate) fn is_stop(lower: &str, lang: Lang) -> bool {
    in_list(&STOPS, lower, lang)
}

/// Function words allowed inside a term (balance of power, Hava Komuta ve
/// Kontrol Sistemi).
pub(crate) fn inner_ok(lower: &str, lang: Lang) -> bool {
    if lang == Lang::Tr {
        lower == "ve"
    } else {
        matches!(lower, "of" | "and")
    }
}

/// How a word is capitalized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Caps {
    Lower,
    Initial,
    All,
}

/// A word of a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    /// Byte range of the whole word (suffix included) in the sentence.
    pub start: usize,
    /// End of the word without an apostrophe suffix or acronym plural.
    pub cut_end: usize,
    /// End of the whole word.
    pub end: usize,
    /// The folded key: the lemma-like form that inflected forms share.
    pub key: String,
    /// The key the word has as a common word: a capitalized word inside a
    /// sentence keeps its letters in `key`, as a name's do (Tea
    /// Enterprises, Müzeler); to the word lists, and beside the same word
    /// in lower case, it is the word it spells (enterprise, müze). `None`
    /// when it is `key` (most words: kept apart to spare a string a word).
    common: Option<Box<str>>,
    /// The Snowball stem (folded like the key): coarser than the key, it
    /// also joins derivations (regional, region), so it is used for word
    /// links only, never to decide that two terms are one.
    pub stem: String,
    pub lower: String,
    pub caps: Caps,
    pub stop: bool,
    pub number: bool,
    /// An apostrophe suffix or an acronym plural was cut.
    pub suffixed: bool,
    /// An acronym written with a plural -s (UAVs): what it abbreviates is a
    /// common, countable noun.
    pub plural: bool,
    /// Letters of the cut word.
    pub letters: usize,
    /// The first word of its sentence.
    pub initial: bool,
}

impl Token {
    pub(crate) fn is_acronym(&self) -> bool {
        self.caps == Caps::All && (2..=6).contains(&self.letters)
    }

    /// The key the word has as a common word (see the field `common`).
    pub(crate) fn common_key(&self) -> &str {
        self.common.as_deref().unwrap_or(&self.key)
    }

    /// An English lower-case or capitalized word whose key is its form
    /// without a plural ending (inverters → inverter).
    pub(crate) fn plural_s(&self) -> bool {
        self.caps != Caps::All
            && !self.number
            && self.lower.ends_with('s')
            && self.key.len() < self.lower.len()
            && self.lower.starts_with(self.key.trim_end_matches('y'))
    }

    /// A Turkish ordinal written with digits and a dot (1. derece): its key
    /// is the number.
    pub(crate) fn is_ordinal(&self) -> bool {
        self.number && self.lower.ends_with('.')
    }
}

/// The number an English ordinal stands for: a word (first … twentieth)
/// or digits with an ordinal ending (19th, 1st).
pub(crate) fn english_ordinal(word: &str) -> Option<u32> {
    const WORDS: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    if let Some(k) = WORDS.iter().position(|w| *w == word) {
        return u32::try_from(k + 1).ok();
    }
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|end| word.strip_suffix(end))?;
    if digits.is_empty() || digits.len() > 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// What separates words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Break {
    QuoteOpen,
    QuoteClose,
    ParenOpen,
    ParenClose,
    Comma,
    Other,
}

#[derive(Debug, Clone)]
pub(crate) enum Item {
    Word(Token),
    Break(Break),
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '\'' | '"' | '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' | '«' | '»' | '`'
    )
}

/// Splits a sentence into words and breaks. An apostrophe or hyphen between
/// two letters or digits stays inside a word (Türkiye'nin, askeri-teknik,
/// TB-2), and so do `.` and `,` between digits (1.000, 27.09.2020).
pub(crate) fn tokenize(sentence: &str, lang: Lang) -> Vec<Item> {
    // A sentence written mostly in capitals is a heading: its capitalized
    // words are ordinary words, not acronyms.
    let (mut words, mut caps) = (0usize, 0usize);
    for w in sentence.split(|c: char| !c.is_alphabetic()) {
        if w.chars().count() >= 2 {
            words += 1;
            if w.chars().all(char::is_uppercase) {
                caps += 1;
            }
        }
    }
    let heading = words >= 3 && caps * 10 >= words * 6;
    let mut items = Vec::new();
    let chars: Vec<(usize, char)> = sentence.char_indices().collect();
    let mut i = 0;
    let lost = |c: char| matches!(c, '?' | '\u{fffd}');
    while let Some(&(pos, c)) = chars.get(i) {
        let damaged_start = lost(c)
            && chars.get(i + 1).is_some_and(|n| n.1.is_alphabetic())
            && (i == 0 || chars.get(i - 1).is_some_and(|p| p.1.is_whitespace()));
        if c.is_alphanumeric() || damaged_start {
            let start = pos;
            let mut j = i + 1;
            while let Some(&(_, d)) = chars.get(j) {
                if d.is_alphanumeric() || matches!(d, '\u{0307}' | '\u{0302}') {
                    j += 1;
                    continue;
                }
                let prev = chars.get(j - 1).map(|p| p.1);
                let next = chars.get(j + 1).map(|p| p.1);
                let joins = match d {
                    '-' | '\u{2010}' | '\u{2011}' => {
                        prev.is_some_and(char::is_alphanumeric)
                            && next.is_some_and(char::is_alphanumeric)
                    }
                    // After a letter, or after the last dot of an
                    // abbreviation (A.Ş.'nin).
                    d if is_apostrophe(d) => {
                        (prev.is_some_and(char::is_alphanumeric) || prev == Some('.'))
                            && next.is_some_and(char::is_alphabetic)
                    }
                    d if lost(d) => {
                        prev.is_some_and(char::is_alphanumeric)
                            && next.is_some_and(char::is_alphabetic)
                    }
                    '.' | ',' => {
                        (prev.is_some_and(|p| p.is_ascii_digit())
                            && next.is_some_and(|n| n.is_ascii_digit()))
                            || (d == '.'
                                && dotted_letters(chars.get(i..j).unwrap_or(&[]))
                                && next.is_some_and(char::is_alphabetic)
                                && chars.get(j + 2).is_some_and(|a| a.1 == '.'))
                    }
                    _ => false,
                };
                // A Turkish ordinal: digits and a dot before a lower-case
                // word (1. derece, 19. yüzyıl).
                let ordinal = lang == Lang::Tr
                    && d == '.'
                    && (1..=3).contains(&(j - i))
                    && chars
                        .get(i..j)
                        .is_some_and(|w| w.iter().all(|x| x.1.is_ascii_digit()))
                    && next == Some(' ')
                    && chars.get(j + 2).is_some_and(|a| a.1.is_lowercase());
                if joins {
                    j += 1;
                } else if ordinal {
                    j += 1;
                    break;
                } else if d == '.'
                    && dotted_letters(chars.get(i..j).unwrap_or(&[]))
                    && chars
                        .get(i..j)
                        .is_some_and(|w| w.iter().any(|x| x.1 == '.'))
                {
                    // The last dot of an abbreviation in single letters
                    // (A.Ş., U.S.) is the abbreviation's.
                    j += 1;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(sentence.len(), |p| p.0);
            if let Some(word) = sentence.get(start..end) {
                let initial = !items.iter().any(|i| matches!(i, Item::Word(_)));
                items.push(Item::Word(word_token(word, start, lang, heading, initial)));
            }
            i = j;
            continue;
        }
        if lang != Lang::Tr && is_apostrophe(c) && plural_possessive_in_name(&chars, i, &items) {
            i += 1;
            continue;
        }
        if !c.is_whitespace() {
            let prev_space = i == 0
                || chars
                    .get(i - 1)
                    .is_some_and(|p| p.1.is_whitespace() || matches!(p.1, '(' | '['));
            let b = match c {
                c if is_quote(c) => {
                    if prev_space {
                        Break::QuoteOpen
                    } else {
                        Break::QuoteClose
                    }
                }
                '(' | '[' => Break::ParenOpen,
                ')' | ']' => Break::ParenClose,
                ',' | ';' => Break::Comma,
                _ => Break::Other,
            };
            items.push(Item::Break(b));
        }
        i += 1;
    }
    if lang == Lang::En {
        mark_verbs_before_determiners(&mut items);
        read_use_as_noun(&mut items);
        read_just_as_adjective(&mut items);
    }
    if lang == Lang::Tr {
        read_postpositions_as_adjectives(&mut items);
        read_ilk_in_compounds(&mut items);
        mark_final_aorist(&mut items);
    }
    items
}

/// Turkish ilk (first) is a function word, except in the compounds it
/// forms with a few nouns, as English first does: ilk yardım (first aid),
/// ilk müdahale (first response), ilk derece (first instance), ilk okuma
/// (first reading), ilk sürgün (first flush). There it opens a term.
fn read_ilk_in_compounds(items: &mut [Item]) {
    const HEADS: [&str; 5] = ["yardım", "müdahale", "derece", "okuma", "sürgün"];
    for k in 0..items.len() {
        let compound = matches!(items.get(k + 1), Some(Item::Word(t))
            if t.caps == Caps::Lower && HEADS.iter().any(|h| t.lower.starts_with(h)));
        if let Some(Item::Word(t)) = items.get_mut(k) {
            if t.lower == "ilk" && t.stop && compound {
                t.stop = false;
            }
        }
    }
}

/// The last word of a Turkish sentence is its predicate (Turkish puts the
/// verb last): there, a passive or reflexive aorist after a vowel (ödenir,
/// alınır, korunur: is paid, is taken, is protected) or a causative's
/// aorist (oluşturur, yükseltir) is a verb, and bounds a term candidate
/// like one (ne ihbar ne de kıdem tazminatı ödenir: kıdem tazminatı). The
/// same forms inside a sentence are adjectives of terms (taşınır kültür
/// varlığı, movable cultural property), and a listed word (sınır, border)
/// is no verb anywhere.
fn mark_final_aorist(items: &mut [Item]) {
    let Some(Item::Word(t)) = items.iter_mut().rev().find(|i| matches!(i, Item::Word(_))) else {
        return;
    };
    if t.stop || t.number || t.caps != Caps::Lower || t.lower.chars().count() < 5 {
        return;
    }
    let letters: Vec<char> = t.lower.chars().collect();
    let high = |c: char| "ıiuü".contains(c);
    let vowel = |c: char| "aeıioöuü".contains(c);
    let n = letters.len();
    let (Some(&r), Some(&v), Some(&m), Some(&before)) = (
        letters.get(n - 1),
        letters.get(n - 2),
        letters.get(n - 3),
        letters.get(n - 4),
    ) else {
        return;
    };
    let ends_aorist = r == 'r' && high(v);
    let passive = m == 'n' && vowel(before);
    let causative =
        m == 'r' && high(before) && letters.get(n - 5).is_some_and(|&c| c == 't' || c == 'd');
    if ends_aorist && (passive || causative) && !super::lemma::is_lemma(&fold_key(&t.lower)) {
        t.stop = true;
    }
}

/// English use after a singular noun is the second noun of a compound
/// (water use permit, land use), not the verb of farmers use, people use
/// or may use: it is no function word there.
fn read_use_as_noun(items: &mut [Item]) {
    const PLURALS: [&str; 6] = ["people", "children", "men", "women", "staff", "police"];
    for k in 1..items.len() {
        let after_noun = matches!(items.get(k - 1), Some(Item::Word(t))
            if !t.stop
                && !t.number
                && (t.caps == Caps::Lower || (t.caps == Caps::Initial && t.initial))
                && !t.lower.ends_with('s')
                && !PLURALS.contains(&t.lower.as_str()));
        if let Some(Item::Word(t)) = items.get_mut(k) {
            if t.lower == "use" && after_noun {
                t.stop = false;
            }
        }
    }
}

/// Whether a word is a unit of time in lower case (days, yıl, saat): after
/// a number it measures a span (14 days of annual paid leave, 14 gün
/// yıllık ücretli izin), and a term, if any, starts after it.
pub(crate) fn time_unit(t: &Token) -> bool {
    const TIME_UNITS: [&str; 17] = [
        "second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "saniye",
        "dakika", "saat", "gün", "hafta", "ay", "yıl", "yüzyıl",
    ];
    let singular = t.lower.strip_suffix('s').unwrap_or(&t.lower);
    t.caps == Caps::Lower
        && (TIME_UNITS.contains(&t.key.as_str())
            || TIME_UNITS.contains(&t.lower.as_str())
            || TIME_UNITS.contains(&singular))
}

/// English just is an adverb (just over half, has just ended) except
/// after an article or a preposition and before a noun, where it is the
/// adjective of legal and policy terms: for just cause, a just transition,
/// just compensation. There it opens a term.
fn read_just_as_adjective(items: &mut [Item]) {
    const BEFORE: [&str; 8] = ["a", "an", "the", "for", "with", "without", "of", "on"];
    for k in 1..items.len().saturating_sub(1) {
        let after_article = matches!(items.get(k - 1), Some(Item::Word(t))
            if BEFORE.contains(&t.lower.as_str()));
        let before_noun = matches!(items.get(k + 1), Some(Item::Word(t))
            if !t.stop && !t.number && t.caps == Caps::Lower && english_ordinal(&t.lower).is_none() && !time_unit(t));
        if let Some(Item::Word(t)) = items.get_mut(k) {
            if t.lower == "just" && after_article && before_noun {
                t.stop = false;
            }
        }
    }
}

/// Turkish words that are postpositions after the case they govern and
/// adjectives elsewhere: ilgili after ile or the comitative -(y)lA
/// (sayaçlarıyla ilgili, about the meters), but ilgili kişi (the data
/// subject) and ilgili kurum (the competent authority); doğru after the
/// dative (kıyıya doğru, towards the coast), but doğru akım (direct
/// current). As postpositions they are function words that bound term
/// candidates; elsewhere, before a word, they open a term.
fn read_postpositions_as_adjectives(items: &mut [Item]) {
    for k in 0..items.len() {
        let before = k.checked_sub(1).and_then(|p| items.get(p));
        let governed = |endings: &[&str], words: &[&str]| {
            before.is_some_and(|i| match i {
                Item::Word(t) => {
                    words.contains(&t.lower.as_str())
                        || endings.iter().any(|x| t.lower.ends_with(x))
                }
                Item::Break(_) => false,
            })
        };
        let comitative = governed(&["la", "le"], &["ile"]);
        let dative = governed(&["a", "e"], &[]);
        let before_word = matches!(items.get(k + 1), Some(Item::Word(t)) if !t.stop && !t.number);
        if let Some(Item::Word(t)) = items.get_mut(k) {
            let postposition = match t.lower.as_str() {
                "ilgili" => comitative,
                "doğru" => dative,
                _ => continue,
            };
            if t.stop && !postposition && before_word {
                t.stop = false;
            }
        }
    }
}

/// Whether `word` is single letters joined by dots (A, A.Ş, U.S): the start
/// of an abbreviation whose dots belong to it.
fn dotted_letters(word: &[(usize, char)]) -> bool {
    !word.is_empty()
        && word.iter().enumerate().all(|(k, &(_, c))| {
            if k % 2 == 0 {
                c.is_alphabetic()
            } else {
                c == '.'
            }
        })
}

/// Whether the apostrophe at `chars[i]` marks an English plural possessive
/// inside a name (Black Sea Exporters' Associations) or a term (farmers'
/// union): right after a word ending in s, before a word written in the
/// same case, and closing no open quote. The name or term goes on across
/// it.
fn plural_possessive_in_name(chars: &[(usize, char)], i: usize, items: &[Item]) -> bool {
    let after_s = i
        .checked_sub(1)
        .and_then(|p| chars.get(p))
        .is_some_and(|p| p.1 == 's');
    let next = chars
        .get(i + 1)
        .filter(|n| n.1 == ' ')
        .and_then(|_| chars.get(i + 2))
        .map(|n| n.1);
    let same_case = match items.last() {
        Some(Item::Word(t)) if t.caps == Caps::Initial => next.is_some_and(char::is_uppercase),
        // Not a measure of time (six months' wages, two weeks' notice):
        // the phrase before it counts, it names nothing.
        Some(Item::Word(t)) if t.caps == Caps::Lower => {
            const TIME: [&str; 9] = [
                "seconds",
                "minutes",
                "hours",
                "days",
                "weeks",
                "months",
                "years",
                "decades",
                "centuries",
            ];
            next.is_some_and(char::is_lowercase) && !TIME.contains(&t.lower.as_str())
        }
        _ => false,
    };
    let open_quote = items
        .iter()
        .rev()
        .find_map(|it| match it {
            Item::Break(Break::QuoteOpen) => Some(true),
            Item::Break(Break::QuoteClose) => Some(false),
            _ => None,
        })
        .unwrap_or(false);
    after_s && same_case && !open_quote
}

/// A lowercase English -ed word right before a determiner is a verb with
/// its object (frost damaged every orchard, the ministry approved the
/// plan), not a participle inside a term (treated wastewater): it bounds
/// term candidates like a function word. So is a word in its base form
/// (no -s, no -ly) right before a determiner after a plural noun, its
/// subject (mild winters cause the buds to open), or after a modal or to
/// (must adopt a policy): a noun is not followed by a determiner.
fn mark_verbs_before_determiners(items: &mut [Item]) {
    const MODALS: [&str; 10] = [
        "can", "could", "may", "might", "must", "shall", "should", "will", "would", "to",
    ];
    const DETERMINERS: [&str; 13] = [
        "the", "a", "an", "every", "each", "its", "their", "his", "her", "our", "these", "those",
        "all",
    ];
    for k in 1..items.len() {
        let next_is_determiner = matches!(items.get(k), Some(Item::Word(t))
            if DETERMINERS.contains(&t.lower.as_str()));
        // The word before the verb: a plural noun (its subject: mild
        // winters cause the buds to open) or a modal or to (must adopt a
        // policy, to request the data).
        let governs = k
            .checked_sub(2)
            .and_then(|p| match items.get(p) {
                Some(Item::Word(w)) => Some(w),
                _ => None,
            })
            .is_some_and(|w| {
                w.caps == Caps::Lower
                    && ((!w.stop
                        && w.letters >= 4
                        && w.lower.ends_with('s')
                        && !w.lower.ends_with("ss"))
                        || MODALS.contains(&w.lower.as_str()))
            });
        if let (true, Some(Item::Word(t))) = (next_is_determiner, items.get_mut(k - 1)) {
            let base = !t.stop && !t.number && !t.lower.ends_with('s') && !t.lower.ends_with("ly");
            if t.caps == Caps::Lower
                && ((t.letters >= 5 && t.lower.ends_with("ed")) || (governs && base))
            {
                t.stop = true;
            }
        }
    }
}

fn word_token(word: &str, start: usize, lang: Lang, heading: bool, initial: bool) -> Token {
    let mut cut = word.len();
    let mut suffixed = false;
    if let Some(p) = word.find(is_apostrophe) {
        cut = p;
        suffixed = true;
    }
    let base = word.get(..cut).unwrap_or(word);
    let letters = base.chars().filter(|c| c.is_alphabetic()).count();
    let upper = base.chars().filter(|c| c.is_uppercase()).count();
    let mut caps = if letters >= 2 && upper == letters {
        Caps::All
    } else if base.chars().next().is_some_and(char::is_uppercase) {
        Caps::Initial
    } else {
        Caps::Lower
    };
    let mut base = base;
    let mut plural = false;
    // Acronym plurals: UAVs, NGOs.
    if let (Caps::Initial, true, false, Some(head)) =
        (caps, letters >= 3, suffixed, base.strip_suffix('s'))
    {
        if head.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) {
            base = head;
            cut = head.len();
            suffixed = true;
            plural = true;
            caps = Caps::All;
        }
    }
    if heading && caps == Caps::All {
        caps = Caps::Initial;
    }
    let number = base
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    let lower = lowercase(base, lang);
    // An acronym outside a heading is no function word (WHO, US, AND as
    // the acronyms they are).
    let stop = (is_stop(&lower, lang) || (caps != Caps::All && is_verb(&lower, lang)))
        && !(caps == Caps::All && (2..=6).contains(&letters));
    // A capitalized word inside a sentence is a name or part of one: Turkish
    // separates a name's suffixes with an apostrophe (cut above), so
    // stemming would only damage it (Aliyeva is not Aliyev + dative -a).
    let (key, common) = if caps == Caps::Initial && !heading && (lang == Lang::Tr || !initial) {
        let key = fold_key(&lower);
        let common = word_key(base, &lower, Caps::Lower, letters, number, lang);
        let common = (common != key).then(|| common.into_boxed_str());
        (key, common)
    } else {
        (word_key(base, &lower, caps, letters, number, lang), None)
    };
    let stem = if number || (caps == Caps::All && letters <= 6) {
        key.clone()
    } else {
        let stemmed = if lang == Lang::Tr {
            STEM_TR.stem(&lower)
        } else {
            STEM_EN.stem(&lower)
        };
        fold_key(&stemmed)
    };
    Token {
        start,
        cut_end: start + cut,
        end: start + word.len(),
        key,
        common,
        stem,
        lower,
        caps,
        stop,
        number,
        suffixed,
        plural,
        letters: base.chars().filter(|c| c.is_alphabetic()).count(),
        initial,
    }
}

/// The folded key of one word: numbers without separators; acronyms (two
/// to six capitals) case-folded only; other Turkish words lowercased and
/// read as a lemma of the word lists with its suffixes
/// ([`super::lemma::dictionary_lemma`]), or else stemmed with the Snowball
/// Turkish stemmer (inflectional suffixes only);
/// other English words lowercased and stripped of plural endings (Harman's
/// S-stemmer: -ies → -y, -es → -e, -s), because the Snowball English
/// stemmer also strips derivational endings (regional → region, security
/// and secured → secur) and would merge distinct terms. Then the dotted and
/// dotless i are merged ([`match_fold`]), circumflexes dropped and hyphens
/// removed.
fn word_key(
    base: &str,
    lower: &str,
    caps: Caps,
    letters: usize,
    number: bool,
    lang: Lang,
) -> String {
    if number {
        return base.chars().filter(char::is_ascii_digit).collect();
    }
    if caps == Caps::All && letters <= 6 {
        return fold_key(lower);
    }
    if lang == Lang::Tr {
        turkish_word_key(lower)
    } else {
        fold_key(&s_stem(lower))
    }
}

/// The key of a lowercase Turkish word: its lemma by the word lists, or
/// its Snowball stem, unless the stemmer cut only a first- or
/// second-person possessive (see [`person_ending_only`]).
fn turkish_word_key(lower: &str) -> String {
    super::lemma::dictionary_lemma(lower).unwrap_or_else(|| {
        let word = strip_case_after_possessive(lower);
        let stem = STEM_TR.stem(word);
        if person_ending_only(word, &stem) || we_ending_only(word, &stem) {
            fold_key(word)
        } else {
            fold_key(&stem)
        }
    })
}

/// Whether Snowball cut only a final n or m after a vowel, reading it as
/// the possessive of "your" or "my" (konservasyon → konservasyo, sezon →
/// sezo), or a final -Im after a consonant, read as "my" (rahim → rah):
/// those endings are all but absent from the prose we read, and the cut
/// split konservasyon from konservasyonu, which keeps its n. (A final
/// -In after a consonant is mostly the genitive, and is cut.)
/// Not after a or e, where a final n is mostly the participle -(y)An
/// (gelen, olan), whose keys the stop lists and statistics already
/// settle.
fn person_ending_only(word: &str, stem: &str) -> bool {
    let Some(cut) = word.strip_prefix(stem) else {
        return false;
    };
    let after_vowel = matches!(cut, "n" | "m")
        && word
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| "ıioöuü".contains(c));
    after_vowel || matches!(cut, "ım" | "im" | "um" | "üm")
}

/// Whether Snowball cut only a final -Iz, reading it as the copula of
/// "we are" (anız → an, kesintisiz → kesintis, dokuz → dok): that verb
/// form is all but absent from the prose we read, and the cut splits the
/// word from its inflected forms (anızı keeps anız).
fn we_ending_only(word: &str, stem: &str) -> bool {
    word.strip_prefix(stem)
        .is_some_and(|cut| matches!(cut, "ız" | "iz" | "uz" | "üz"))
}

/// The key of a spelling with its spaces and hyphens closed up: every part
/// but the last folded as written, the last keyed as a word of its own (its
/// suffixes cut), so that *lityum-iyon batarya*, *lityum iyon bataryalarla*
/// and *doğalgaz* beside *doğal gaz* agree. A word's own key would stem a
/// hyphenated word whole and each spaced word apart, and stems of parts
/// need not add up (Snowball reads *lityum* as *lity* with a possessive).
pub(crate) fn spacing_key(form: &str, lang: Lang) -> String {
    let parts: Vec<&str> = form
        .split([' ', '-', '\u{2010}', '\u{2011}'])
        .filter(|p| !p.is_empty())
        .collect();
    let Some((last, init)) = parts.split_last() else {
        return String::new();
    };
    let mut key: String = init.iter().map(|p| fold_key(&lowercase(p, lang))).collect();
    let letters = last.chars().filter(|c| c.is_alphabetic()).count();
    let upper = last.chars().filter(|c| c.is_uppercase()).count();
    let lower = lowercase(last, lang);
    let caps = if letters >= 2 && upper == letters {
        Caps::All
    } else if last.chars().next().is_some_and(char::is_uppercase) {
        Caps::Initial
    } else {
        Caps::Lower
    };
    let number = last
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    if caps == Caps::Initial {
        key.push_str(&fold_key(&lower));
    } else {
        key.push_str(&word_key(last, &lower, caps, letters, number, lang));
    }
    key
}

/// Strips a case ending that follows the third-person possessive through
/// the pronominal n (çalışmasını, trafiğinin, kapasitesine, bölgesinde →
/// çalışması, trafiği, kapasitesi, bölgesi), so that Snowball sees the same
/// word: left alone, it stems the accusative and the bare possessive form
/// differently. Only when what remains is at least five letters and ends
/// in a possessive vowel (-ı, -i, -u, -ü).
fn strip_case_after_possessive(word: &str) -> &str {
    const ENDINGS: [&str; 16] = [
        "ndan", "nden", "nda", "nde", "nın", "nin", "nun", "nün", "nı", "ni", "nu", "nü", "na",
        "ne", "nla", "nle",
    ];
    for ending in ENDINGS {
        if let Some(rest) = word.strip_suffix(ending) {
            if rest.chars().count() >= 5 && rest.ends_with(['ı', 'i', 'u', 'ü']) {
                return rest;
            }
        }
    }
    word
}

/// Harman's S-stemmer (1991) for English plurals.
fn s_stem(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().count() <= 3 {
        return std::borrow::Cow::Borrowed(word);
    }
    if let Some(head) = word.strip_suffix("ies") {
        if !head.ends_with(['e', 'a']) {
            return std::borrow::Cow::Owned(super::citation::ies_singular(head));
        }
    }
    // After a sibilant the plural is -es (classes, taxes, branches), as
    // the citation form reads it: Harman's rule would key classes as
    // classe, apart from class.
    if super::citation::SIBILANT_PLURALS
        .iter()
        .any(|x| word.ends_with(x))
    {
        if let Some(head) = word.strip_suffix("es") {
            return std::borrow::Cow::Borrowed(head);
        }
    }
    if let Some(head) = word.strip_suffix("es") {
        if !head.ends_with(['a', 'e', 'o']) {
            return std::borrow::Cow::Owned(format!("{head}e"));
        }
    }
    if let Some(head) = word.strip_suffix('s') {
        if !head.ends_with(['u', 's', 'i']) {
            return std::borrow::Cow::Borrowed(head);
        }
    }
    std::borrow::Cow::Borrowed(word)
}

pub(crate) fn fold_key(stemmed: &str) -> String {
    let mut key = String::with_capacity(stemmed.len());
    for c in match_fold(stemmed).chars() {
        match c {
            'â' => key.push('a'),
            'î' => key.push('i'),
            'û' => key.push('u'),
            '-' | '\u{2010}' | '\u{2011}' | '\'' => {}
            '\u{0302}' => {}
            c => key.push(c),
        }
    }
    key
}

/// Gives inflected Turkish words the key of their lemma as the text reads
/// it ([`super::lemma::TextLemmas`]): a base the word lists have, or a word
/// the text has on its own (höyüğü with höyük, planı with plan), so that
/// words the word lists lack still join their bare form. Lower-case words
/// only: a capitalized one may be a name, even at the start of a sentence
/// (Aliyeva is not Aliyev + dative -a), unless the text also has it, or its
/// lemma, in lower case (Kazısı at the start of a sentence, kazı inside
/// one), or the word lists have its lemma (Gebelikte opening a sentence,
/// of gebelik: a listed common word, not a name). A title in title case
/// capitalizes every word as a sentence does its first.
pub(crate) fn unify_bare_keys<'a>(sentences: impl Iterator<Item = &'a mut Vec<Item>>) {
    let mut all: Vec<&mut Vec<Item>> = sentences.collect();
    let mut surfaces: HashSet<String> = HashSet::new();
    let mut lower_seen: HashSet<String> = HashSet::new();
    for items in all.iter() {
        for item in items.iter() {
            if let Item::Word(t) = item {
                if !t.number {
                    let folded = fold_key(&t.lower);
                    if t.caps == Caps::Lower {
                        lower_seen.insert(folded.clone());
                    }
                    surfaces.insert(folded);
                }
            }
        }
    }
    let mut lemmas = super::lemma::TextLemmas::new(&surfaces);
    for items in all.iter_mut() {
        // A title in title case capitalizes its common words as a sentence
        // does its first (Fındık ve Çay Tarımı, beside çay tarımını).
        let title_case = title_case(items);
        for item in items.iter_mut() {
            let Item::Word(t) = item else { continue };
            if t.number || t.stop || t.suffixed || t.caps == Caps::All {
                continue;
            }
            let capital_start = t.caps == Caps::Initial && (t.initial || title_case);
            if t.caps != Caps::Lower && !capital_start {
                continue;
            }
            let Some(base) = lemmas.lemma(&t.lower) else {
                continue;
            };
            // The base's own key, as the base gets it where the text has
            // it bare: gücünü reads as gücü, which is keyed güç. Not a stop
            // word's key (birini, read as birin, is not keyed bir): that
            // key is in every sentence.
            let key = match turkish_word_key(&base) {
                k if is_stop(&k, Lang::Tr) => fold_key(&base),
                k => k,
            };
            if capital_start
                && !lower_seen.contains(&fold_key(&t.lower))
                && !lower_seen.contains(&key)
                && super::lemma::dictionary_lemma(&t.lower).is_none()
            {
                continue;
            }
            t.key = key;
            t.stem = fold_key(&STEM_TR.stem(&base));
        }
    }
}

/// Whether a sentence is a title in title case: three content words or
/// more, every one capitalized; or two after a section number (7.
/// Airlines and Fleets), which makes the line a heading.
pub(crate) fn title_case(items: &[Item]) -> bool {
    let content: Vec<&Token> = items
        .iter()
        .filter_map(|i| match i {
            Item::Word(t) if !t.stop && !t.number => Some(t),
            _ => None,
        })
        .collect();
    let numbered = items
        .iter()
        .find_map(|i| match i {
            Item::Word(t) => Some(t.number),
            Item::Break(_) => None,
        })
        .unwrap_or(false);
    let least = if numbered { 2 } else { 3 };
    content.len() >= least && content.iter().all(|t| t.caps != Caps::Lower)
}

/// The Snowball stems of a term's words.
pub(crate) fn term_stems(term: &str, lang: Lang) -> Vec<String> {
    tokenize(term, lang)
        .into_iter()
        .filter_map(|i| match i {
            Item::Word(t) => Some(t.stem),
            Item::Break(_) => None,
        })
        .collect()
}

/// The folded key of a whole term (its words' keys joined by spaces).
pub(crate) fn term_key(term: &str, lang: Lang) -> String {
    tokenize(term, lang)
        .iter()
        .filter_map(|i| match i {
            Item::Word(t) => Some(t.key.as_str()),
            Item::Break(_) => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_are_read_in_both_languages() {
        let words: Vec<String> = tokenize("1. derece ve 19. yüzyıl, 2023. Sonra", Lang::Tr)
            .into_iter()
            .filter_map(|i| match i {
                Item::Word(t) => Some(t.lower),
                Item::Break(_) => None,
            })
            .collect();
        assert_eq!(
            words,
            ["1.", "derece", "ve", "19.", "yüzyıl", "2023", "sonra"]
        );
        assert_eq!(english_ordinal("first"), Some(1));
        assert_eq!(english_ordinal("19th"), Some(19));
        assert_eq!(english_ordinal("firsthand"), None);
        assert_eq!(english_ordinal("th"), None);
    }

    #[test]
    fn an_aorist_with_ken_is_a_verb_and_erken_is_not() {
        assert!(is_verb("gerekirken", Lang::Tr));
        assert!(is_verb("kalırken", Lang::Tr));
        assert!(is_verb("girilemezken", Lang::Tr));
        assert!(!is_verb("erken", Lang::Tr));
        assert!(!is_verb("erkenden", Lang::Tr));
    }

    #[test]
    fn a_sentence_final_passive_or_causative_aorist_is_a_verb() {
        let stops = |sentence: &str| -> Vec<(String, bool)> {
            tokenize(sentence, Lang::Tr)
                .into_iter()
                .filter_map(|i| match i {
                    Item::Word(t) => Some((t.lower, t.stop)),
                    Item::Break(_) => None,
                })
                .collect()
        };
        let stop = |sentence: &str, word: &str| {
            stops(sentence)
                .into_iter()
                .find(|(w, _)| w == word)
                .map(|(_, s)| s)
                .unwrap_or_else(|| panic!("{word} in {sentence}"))
        };
        assert!(stop("Bu durumda kıdem tazminatı ödenir.", "ödenir"));
        assert!(stop("Taşınır kültür varlıkları müzede korunur.", "korunur"));
        assert!(stop("Bu alanlar tampon bölgeyi oluşturur.", "oluşturur"));
        assert!(stop("Sonuçları kurul değerlendirir", "değerlendirir"));
        // Inside a sentence, the same forms are adjectives.
        assert!(!stop(
            "Taşınır kültür varlıkları müzede korunur.",
            "taşınır"
        ));
        // A listed noun at the end is no verb; nor is a plural.
        assert!(!stop("İki ülke arasında uzun bir sınır.", "sınır"));
        assert!(!stop("Bölgede yeni tesisler.", "tesisler"));
    }

    #[test]
    fn a_passive_aorist_is_a_finite_verb() {
        for w in ["listelenir", "yapılır", "verilir"] {
            assert!(is_verb(w, Lang::Tr), "{w}");
        }
        for w in ["yenilenebilir", "gelir", "sınır"] {
            assert!(!is_verb(w, Lang::Tr), "{w}");
        }
    }

    #[test]
    fn an_aorist_conditional_is_a_finite_verb() {
        for w in ["bulursa", "ödemezse", "verirse", "kazanırlarsa"] {
            assert!(is_verb(w, Lang::Tr), "{w}");
        }
        // Nouns with a dative, and one with a possessive.
        for w in ["derse", "kursa", "borsa", "borsası"] {
            assert!(!is_verb(w, Lang::Tr), "{w}");
        }
    }

    #[test]
    fn a_necessitative_is_a_finite_verb() {
        for w in ["bulunmalı", "yapılmalıdır", "edilmelidir", "incelemelidir"] {
            assert!(is_verb(w, Lang::Tr), "{w}");
        }
        // A listed verbal noun's -lI adjective, and a noun's possessive.
        for w in ["depolamalı", "sulamalı", "temeli", "temelidir"] {
            assert!(!is_verb(w, Lang::Tr), "{w}");
        }
    }

    #[test]
    fn english_plurals_key_as_their_singulars() {
        for (plural, singular) in [
            ("classes", "class"),
            ("taxes", "tax"),
            ("branches", "branch"),
            ("houses", "house"),
            ("causes", "cause"),
            ("policies", "policy"),
            ("workers", "worker"),
        ] {
            assert_eq!(s_stem(plural), s_stem(singular), "{plural}");
        }
    }

    #[test]
    fn spellings_closed_up_share_a_spacing_key() {
        let key = |s: &str| spacing_key(s, Lang::Tr);
        assert_eq!(key("lityum-iyon batarya"), key("lityum iyon bataryalarla"));
        assert_eq!(key("doğal gaz"), key("doğalgazın"));
        assert_eq!(key("TB-2"), key("TB2"));
        assert_ne!(key("doğal gaz"), key("doğal kaynak"));
        assert_eq!(
            spacing_key("self-consumption", Lang::En),
            spacing_key("self consumption", Lang::En)
        );
    }

    fn keys(s: &str, lang: Lang) -> Vec<String> {
        tokenize(s, lang)
            .into_iter()
            .filter_map(|i| match i {
                Item::Word(t) => Some(t.key),
                Item::Break(_) => None,
            })
            .collect()
    }

    #[test]
    fn an_acronym_spelled_like_a_function_word_is_a_word() {
        let words = |s: &str| -> Vec<(String, bool)> {
            tokenize(s, Lang::En)
                .into_iter()
                .filter_map(|i| match i {
                    Item::Word(t) => Some((t.lower, t.stop)),
                    Item::Break(_) => None,
                })
                .collect()
        };
        let w = words("The WHO report, who knows.");
        assert_eq!(w[1], ("who".to_owned(), false));
        assert_eq!(w[3], ("who".to_owned(), true));
    }

    fn unified_keys(sentences: &[&str]) -> Vec<Vec<String>> {
        let mut items: Vec<Vec<Item>> = sentences.iter().map(|s| tokenize(s, Lang::Tr)).collect();
        unify_bare_keys(items.iter_mut());
        items
            .into_iter()
            .map(|s| {
                s.into_iter()
                    .filter_map(|i| match i {
                        Item::Word(t) => Some(t.key),
                        Item::Break(_) => None,
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn inflected_words_take_the_key_of_their_bare_form_in_the_text() {
        let k = unified_keys(&[
            "yönetim planı hazırlandı",
            "plan onaylandı",
            "nehir taştı",
            "nehrin kıyısı",
            "şehri gördük",
            "şehir büyüdü",
            "kuraklık evresi başladı",
            "son evrede",
        ]);
        assert_eq!(k[0][1], k[1][0]); // planı = plan
        assert_eq!(k[3][0], k[2][0]); // nehrin = nehir
        assert_eq!(k[4][0], k[5][0]); // şehri = şehir
        assert_eq!(k[6][1], k[7][1]); // evresi = evrede
                                      // A bare form the text lacks changes nothing; a short cut is
                                      // refused (ilke is not ilk + e).
        let k = unified_keys(&["ilk ilke", "ağzı açık"]);
        assert_ne!(k[0][0], k[0][1]);
        assert_eq!(k[1][0], term_key("ağzı", Lang::Tr));
    }

    #[test]
    fn a_final_iz_is_no_copula() {
        // Snowball reads anız as an + "we are", apart from anızı.
        let k = unified_keys(&["anız yakma yasaktır", "anızı yakmak"]);
        assert_eq!(k[0][0], "aniz");
        assert_eq!(k[0][0], k[1][0]);
        assert_eq!(term_key("kesintisiz", Lang::Tr), "kesintisiz");
    }

    #[test]
    fn a_final_im_after_a_consonant_is_no_possessive() {
        // Snowball reads rahim as rah + "my"; the genitive -In after a
        // consonant is still cut.
        assert_eq!(term_key("rahim", Lang::Tr), "rahim");
        assert_eq!(
            term_key("rahim ağzı kanseri", Lang::Tr),
            term_key("rahim ağzı kanserinin", Lang::Tr)
        );
        assert_ne!(term_key("rahim", Lang::Tr), term_key("rah", Lang::Tr));
    }

    #[test]
    fn a_final_n_after_a_rounded_or_high_vowel_is_no_possessive() {
        // Snowball reads the n of konservasyon as "your": the bare word and
        // its possessive konservasyonu got two keys.
        let k = unified_keys(&[
            "konservasyon laboratuvarı kuruldu",
            "buluntuların konservasyonu sürüyor",
            "hasat sezonu başladı",
            "bu sezon kurak geçti",
        ]);
        assert_eq!(k[0][0], k[1][1]);
        assert_eq!(k[0][0], "konservasyon");
        assert_eq!(k[2][1], k[3][1]);
        // A participle keeps the key it had (gelen, olan).
        assert_eq!(
            term_key("gelen", Lang::Tr),
            fold_key(&STEM_TR.stem("gelen"))
        );
    }

    #[test]
    fn a_listed_word_opening_a_sentence_takes_its_lemma_key() {
        // Gebelikte is seen only at a sentence start, but gebelik is a
        // listed common word; Aliyeva, at a sentence start, stays a name.
        let k = unified_keys(&["Gebelikte aşı yapılmaz", "Aliyeva konuştu"]);
        assert_eq!(k[0][0], term_key("gebelik", Lang::Tr));
        assert_eq!(k[1][0], "aliyeva");
    }

    #[test]
    fn a_title_in_title_case_keys_its_common_words_as_lower_case_ones() {
        // Tarımı is capitalized only by the title's case: it takes the key
        // of tarımını in the text. A name in the title keeps its letters.
        let k = unified_keys(&[
            "Karadeniz Kıyısında Fındık ve Çay Tarımı",
            "Bölgede çay tarımını kuraklık etkiliyor",
            "Aliyeva Kıyısında Fındık Topluyor",
        ]);
        assert_eq!(k[0][5], k[1][2]);
        assert_eq!(k[0][5], term_key("tarım", Lang::Tr));
        assert_eq!(k[2][0], "aliyeva");
    }

    #[test]
    fn a_word_read_through_an_inflected_bare_form_takes_that_forms_key() {
        // gücünü reads as gücü + -nü, the text having gücü; gücü itself is
        // keyed by its stem, and so must gücünü be.
        let k = unified_keys(&["kurulu gücü arttı", "kurulu gücünü artırdı", "kurulu güce"]);
        assert_eq!(k[0][1], k[1][1]);
        assert_eq!(k[0][1], k[2][1]);
        // Not into a stop word's key, which every sentence has.
        let k = unified_keys(&["üçte birini yok etti", "birin adı", "bir gün"]);
        assert_ne!(k[0][1], k[2][0]);
    }

    #[test]
    fn inflected_and_suffixed_forms_share_a_key() {
        assert_eq!(keys("Türkiye'nin", Lang::Tr), keys("Türkiye’de", Lang::Tr));
        assert_eq!(keys("Türkiye'nin", Lang::Tr), keys("Türkiye", Lang::Tr));
        assert_eq!(keys("İHA'lar", Lang::Tr), keys("İHA", Lang::Tr));
        assert_eq!(keys("HAKİM", Lang::En), keys("HAKIM", Lang::En));
        assert_eq!(keys("UAVs", Lang::En), keys("UAV", Lang::En));
        assert_eq!(keys("TB-2", Lang::En), keys("TB2", Lang::En));
        assert_eq!(keys("corridors", Lang::En), keys("corridor", Lang::En));
        assert_eq!(keys("policies", Lang::En), keys("policy", Lang::En));
        assert_ne!(keys("regional", Lang::En), keys("region", Lang::En));
        assert_ne!(keys("security", Lang::En), keys("secured", Lang::En));
        assert_eq!(keys("Caucasus", Lang::En), ["caucasus"]);
        assert_ne!(keys("x Aliyeva", Lang::Tr), keys("x Aliyev", Lang::Tr));
        assert_eq!(keys("x Aliyeva'ya", Lang::Tr), keys("x Aliyeva", Lang::Tr));
        assert_eq!(keys("trafiğinin", Lang::Tr), keys("trafiği", Lang::Tr));
        assert_eq!(keys("çalışmasını", Lang::Tr), keys("çalışması", Lang::Tr));
        assert_eq!(keys("kapasitesine", Lang::Tr), keys("kapasitesi", Lang::Tr));
        assert_eq!(strip_case_after_possessive("çalışmasını"), "çalışması");
        assert_eq!(strip_case_after_possessive("yeni"), "yeni");
        assert_eq!(keys("trafiğini", Lang::Tr), keys("trafiği", Lang::Tr));
        assert_ne!(keys("Aliyev", Lang::En), keys("Aliyeva", Lang::En));
    }

    #[test]
    fn an_abbreviation_in_dotted_single_letters_is_one_word_with_its_dots() {
        let surfaces = |s: &str, lang: Lang| -> Vec<String> {
            tokenize(s, lang)
                .into_iter()
                .filter_map(|i| match i {
                    Item::Word(t) => s.get(t.start..t.cut_end).map(str::to_owned),
                    Item::Break(_) => None,
                })
                .collect()
        };
        assert_eq!(
            surfaces("Mavikıyı Enerji A.Ş.'nin santrali", Lang::Tr),
            ["Mavikıyı", "Enerji", "A.Ş.", "santrali"]
        );
        assert_eq!(
            surfaces("It was sold by Lodos A.Ş. in 2020.", Lang::En),
            ["It", "was", "sold", "by", "Lodos", "A.Ş.", "in", "2020"]
        );
        // A sentence's full stop after a word of letters stays a break.
        assert_eq!(
            surfaces("Plan A. Then go.", Lang::En),
            ["Plan", "A", "Then", "go"]
        );
    }

    #[test]
    fn quotes_parentheses_and_inner_punctuation() {
        let items = tokenize(
            "the 'HAKİM' system (UAVs), 1.000 km, askeri-teknik",
            Lang::En,
        );
        let breaks: Vec<Break> = items
            .iter()
            .filter_map(|i| match i {
                Item::Break(b) => Some(*b),
                Item::Word(_) => None,
            })
            .collect();
        assert_eq!(
            breaks,
            [
                Break::QuoteOpen,
                Break::QuoteClose,
                Break::ParenOpen,
                Break::ParenClose,
                Break::Comma,
                Break::Comma
            ]
        );
        let words = items.iter().filter(|i| matches!(i, Item::Word(_))).count();
        assert_eq!(words, 7);
    }

    #[test]
    fn title_lists_parse_without_duplicates_or_stray_whitespace() {
        for (table, name, lang) in [
            (TITLES_EN, "titles.en", Lang::En),
            (TITLES_TR, "titles.tr", Lang::Tr),
        ] {
            let mut seen = HashSet::new();
            for line in table.lines().filter(|l| !l.starts_with('#')) {
                assert_eq!(line.trim(), line, "{name}: stray whitespace in {line:?}");
                assert!(!line.is_empty(), "{name}: blank line");
                assert_eq!(
                    lowercase(line, lang),
                    line,
                    "{name}: not lowercase: {line:?}"
                );
                assert!(seen.insert(line), "{name}: duplicate {line:?}");
            }
        }
        assert!(is_title("professor", Lang::En) && is_title("mühendis", Lang::Tr));
        assert!(!is_title("minister", Lang::En) && !is_title("bakan", Lang::Tr));
    }

    #[test]
    fn finite_verbs_are_told_from_the_nouns_and_participles_of_terms() {
        for w in [
            "delivers", "provides", "requires", "deliver", "took", "applies", "reaches",
        ] {
            assert_eq!(is_verb(w, Lang::En), w != "reaches", "{w}");
        }
        for w in [
            "screening",
            "treated",
            "installed",
            "analyses",
            "permit",
            "report",
        ] {
            assert!(!is_verb(w, Lang::En), "{w}");
        }
        for w in [
            "ulaştırıyor",
            "planlıyor",
            "inceliyorlar",
            "artıyordu",
            "büyütmektedir",
            "göstermiştir",
            "artmaktadır",
            // The copula after a plural noun.
            "yapılardı",
            "kurallardır",
            "binalardı",
        ] {
            assert!(is_verb(w, Lang::Tr), "{w}");
        }
        for w in [
            "getirmeyen",
            "yenilenebilir",
            "sürdürülebilir",
            "yemekte",
            "ırmakta",
            "kurulu",
            "bölgesel",
            "kayıt",
            "yapılar",
            "kurallar",
        ] {
            assert!(!is_verb(w, Lang::Tr), "{w}");
        }
    }

    /// Whether `word` stands in `text` as a function word.
    fn stop_in(text: &str, word: &str, lang: Lang) -> bool {
        tokenize(text, lang)
            .iter()
            .any(|i| matches!(i, Item::Word(t) if t.lower == word && t.stop))
    }

    #[test]
    fn an_ed_word_before_a_determiner_is_a_verb() {
        let stop = |text: &str, word: &str| stop_in(text, word, Lang::En);
        assert!(stop("Frost damaged every orchard.", "damaged"));
        for w in ["yaktığı", "kazılabildiği", "olduğunda"] {
            assert!(is_verb(w, Lang::Tr), "{w}");
        }
        for w in ["diğer", "sağlığı", "tuğla", "fındığı", "mantığı"] {
            assert!(!is_verb(w, Lang::Tr), "{w}");
        }
        assert!(stop("The ministry approved the plan.", "approved"));
        assert!(!stop("The treated wastewater flows on.", "treated"));
        assert!(!stop("Installed capacity rose.", "installed"));
        // A base form before a determiner after a plural subject, a modal
        // or to.
        assert!(stop("Mild winters cause the buds to open.", "cause"));
        assert!(stop("Growers must adopt a new method.", "adopt"));
        assert!(stop("Farmers apply to request an advance.", "request"));
        // Not a plural noun, an adverb or a word after a singular noun.
        assert!(!stop("The law gives farmers the right.", "farmers"));
        assert!(!stop(
            "Storms brought hailstones roughly the size of eggs.",
            "roughly"
        ));
        assert!(!stop("The cause the report names is frost.", "cause"));
    }

    #[test]
    fn ilgili_and_dogru_are_function_words_only_after_their_case() {
        let stop_word = |text: &str, word: &str| stop_in(text, word, Lang::Tr);
        let stop = |text: &str| stop_word(text, "ilgili");
        assert!(stop("Sayaçlarla ilgili şikâyetler arttı."));
        assert!(stop("Bununla ilgili bir karar yok."));
        assert!(stop("Su ile ilgili kurallar değişti."));
        assert!(!stop("Kurul, ilgili kişiye yazdı."));
        assert!(!stop("İlgili bakanlık bir genelge yayımladı."));
        assert!(stop_word("Gemi kıyıya doğru ilerledi.", "doğru"));
        assert!(!stop_word("Paneller doğru akım üretir.", "doğru"));
    }

    #[test]
    fn use_is_a_noun_after_a_singular_noun_only() {
        let stop = |text: &str| stop_in(text, "use", Lang::En);
        assert!(!stop("Farmers need a water use permit."));
        assert!(!stop("Land use changed."));
        assert!(stop("Farmers use treated wastewater."));
        assert!(stop("Many people use the canal."));
        assert!(stop("Growers may use it."));
    }

    #[test]
    fn just_is_an_adjective_after_an_article_or_preposition_only() {
        let stop = |text: &str| stop_in(text, "just", Lang::En);
        assert!(!stop("A dismissal for just cause ends the contract."));
        assert!(!stop("The plan calls for a just transition."));
        assert!(stop("The contract has just ended."));
        assert!(stop("It lasted for just two weeks."));
        assert!(stop("It lasted for just months."));
        assert!(stop("Just cause is rare."));
    }

    #[test]
    fn stop_lists_parse_without_duplicates_or_stray_whitespace() {
        for (table, name) in [
            (STOP_EN, "stop.en"),
            (STOP_TR, "stop.tr"),
            (VERBS_EN, "verbs.en"),
        ] {
            let mut seen = HashSet::new();
            for line in table.lines().filter(|l| !l.starts_with('#')) {
                assert_eq!(line.trim(), line, "{name}: stray whitespace in {line:?}");
                assert!(!line.is_empty(), "{name}: blank line");
                assert!(seen.insert(line), "{name}: duplicate {line:?}");
            }
            assert!(seen.len() > 100);
        }
        // Adverbs and number words bound candidates (still rare, iki yıl).
        assert!(is_stop("still", Lang::En) && is_stop("nadiren", Lang::Tr));
        // Postpositional words (after the opening ↔ açılışı sonrasında).
        assert!(is_stop("sonrasında", Lang::Tr) && is_stop("rağmen", Lang::Tr));
        assert!(is_stop("two", Lang::En) && is_stop("iki", Lang::Tr));
        // So do their plurals (hundreds of thousands of workers).
        assert!(is_stop("hundreds", Lang::En) && is_stop("thousands", Lang::En));
        // Homographs that are also nouns stay out (face, bottom).
        assert!(!is_stop("yüz", Lang::Tr) && !is_stop("altı", Lang::Tr));
    }
}
