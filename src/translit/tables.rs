//! The data tables of the translit stage, parsed once from the files in
//! `src/translit/data/`, and Russian romanization under each [`System`].

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

pub(crate) const ALPHABETS_TSV: &str = include_str!("data/alphabets.tsv");
pub(crate) const RUSSIAN_TSV: &str = include_str!("data/russian.tsv");
pub(crate) const CYRILLIC_KEY_TSV: &str = include_str!("data/cyrillic_key.tsv");
pub(crate) const LATIN_KEY_TSV: &str = include_str!("data/latin_key.tsv");

/// The cell that means "nothing is written".
pub(crate) const EMPTY_CELL: &str = "∅";

/// The data rows of a table: `#` lines and the header line skipped, each row
/// split on tabs. The header is checked against `columns`.
pub(crate) fn rows<'a>(table: &'a str, columns: &[&str]) -> Result<Vec<Vec<&'a str>>, String> {
    let mut lines = table.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = lines.next().ok_or("no header line")?.split('\t').collect();
    if header != columns {
        return Err(format!("header {header:?}, expected {columns:?}"));
    }
    let mut out = Vec::new();
    for (i, line) in lines.enumerate() {
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() != columns.len() {
            return Err(format!(
                "row {} has {} cells, expected {}: {line:?}",
                i + 1,
                cells.len(),
                columns.len()
            ));
        }
        if let Some(cell) = cells.iter().find(|c| c.trim() != **c) {
            return Err(format!("row {}: stray whitespace in {cell:?}", i + 1));
        }
        out.push(cells);
    }
    Ok(out)
}

/// A romanization system for Russian Cyrillic (see `data/russian.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum System {
    /// BGN/PCGN 1947 (US and UK geographic names): Khrushchëv, Yelʹtsin.
    BgnPcgn,
    /// ISO 9:1995 (GOST 7.79 A), one Latin letter per Cyrillic letter: Hruŝëv.
    Iso9,
    /// ALA-LC (Library of Congress), with tie bars: T͡sygankov.
    AlaLc,
    /// ICAO Doc 9303, Russian passports since 2013: Iakovlev, Podieiachev.
    Icao,
    /// The scholarly (linguistic) transliteration: Xruščëv, Jakovlev.
    Scholarly,
    /// Turkish press habit: Hruşçov, Jukov, Çapkin.
    TurkishPress,
    /// Azerbaijani press habit: Xruşşov, Qorbaçov, Baqayeva.
    AzerbaijaniPress,
}

impl System {
    /// Every system, in the column order of `data/russian.tsv`.
    pub const ALL: [System; 7] = [
        System::BgnPcgn,
        System::Iso9,
        System::AlaLc,
        System::Icao,
        System::Scholarly,
        System::TurkishPress,
        System::AzerbaijaniPress,
    ];

    /// The column name in `data/russian.tsv` (`bgn_pcgn`, `iso9`, …).
    pub fn name(self) -> &'static str {
        match self {
            System::BgnPcgn => "bgn_pcgn",
            System::Iso9 => "iso9",
            System::AlaLc => "ala_lc",
            System::Icao => "icao",
            System::Scholarly => "scholarly",
            System::TurkishPress => "tr_press",
            System::AzerbaijaniPress => "az_press",
        }
    }

    fn index(self) -> usize {
        System::ALL.iter().position(|&s| s == self).unwrap_or(0)
    }
}

impl fmt::Display for System {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for System {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        System::ALL
            .into_iter()
            .find(|sys| sys.name() == s)
            .ok_or_else(|| format!("unknown romanization system {s:?}; expected one of bgn_pcgn, iso9, ala_lc, icao, scholarly, tr_press, az_press"))
    }
}

/// Where a Russian romanization rule applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    Any,
    Initial,
    AfterHush,
    Front,
    Final,
}

impl FromStr for Context {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "any" => Context::Any,
            "initial" => Context::Initial,
            "after_hush" => Context::AfterHush,
            "front" => Context::Front,
            "final" => Context::Final,
            other => return Err(format!("unknown context {other:?}")),
        })
    }
}

#[derive(Debug)]
struct Rule {
    context: Context,
    /// One output per system, in [`System::ALL`] order; empty for ∅.
    out: [String; 7],
}

/// `data/russian.tsv`: rules keyed by one Cyrillic letter or a two-letter sequence.
#[derive(Debug, Default)]
pub(crate) struct RussianTable {
    single: HashMap<char, Vec<Rule>>,
    pairs: HashMap<(char, char), Vec<Rule>>,
}

pub(crate) const RUSSIAN_COLUMNS: [&str; 9] = [
    "cyrillic",
    "context",
    "bgn_pcgn",
    "iso9",
    "ala_lc",
    "icao",
    "scholarly",
    "tr_press",
    "az_press",
];

pub(crate) fn parse_russian(text: &str) -> Result<RussianTable, String> {
    let mut table = RussianTable::default();
    for row in rows(text, &RUSSIAN_COLUMNS)? {
        let context: Context = row[1].parse()?;
        let mut out: [String; 7] = Default::default();
        for (slot, cell) in out.iter_mut().zip(&row[2..]) {
            if cell.is_empty() {
                return Err(format!("empty cell for {:?}; write {EMPTY_CELL}", row[0]));
            }
            if *cell != EMPTY_CELL {
                *slot = (*cell).to_owned();
            }
        }
        let rule = Rule { context, out };
        let letters: Vec<char> = row[0].chars().collect();
        let rules = match letters.as_slice() {
            [c] => table.single.entry(*c).or_default(),
            [a, b] => table.pairs.entry((*a, *b)).or_default(),
            _ => return Err(format!("{:?}: expected one or two letters", row[0])),
        };
        if rules.iter().any(|r| r.context == context) {
            return Err(format!("duplicate rule {:?} {:?}", row[0], row[1]));
        }
        rules.push(rule);
    }
    for (letter, rules) in &table.single {
        if !rules.iter().any(|r| r.context == Context::Any) {
            return Err(format!("{letter:?} has no `any` rule"));
        }
    }
    Ok(table)
}

static RUSSIAN: LazyLock<RussianTable> = LazyLock::new(|| {
    parse_russian(RUSSIAN_TSV).unwrap_or_else(|e| panic!("data/russian.tsv: {e}"))
});

fn is_cyrillic_letter(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{4FF}') && c.is_alphabetic()
}

fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

fn rule_applies(
    context: Context,
    prev: Option<char>,
    next: Option<char>,
    after: Option<char>,
) -> bool {
    let word_start = prev.map_or(true, |p| !is_cyrillic_letter(p));
    match context {
        Context::Any => true,
        Context::Initial => word_start || prev.is_some_and(|p| "аеёиоуыэюяъьй".contains(lower(p))),
        Context::AfterHush => prev.is_some_and(|p| "жчшщ".contains(lower(p))),
        Context::Front => next.is_some_and(|n| "еёиэюяь".contains(lower(n))),
        Context::Final => after.map_or(true, |a| !is_cyrillic_letter(a)),
    }
}

fn pick(
    rules: &[Rule],
    prev: Option<char>,
    next: Option<char>,
    after: Option<char>,
) -> Option<&Rule> {
    rules
        .iter()
        .find(|r| r.context != Context::Any && rule_applies(r.context, prev, next, after))
        .or_else(|| rules.iter().find(|r| r.context == Context::Any))
}

/// Romanizes the Russian Cyrillic in `text` under `system`; other characters
/// are kept. Capitals are kept: a capital letter gives a capitalized
/// romanization (Щ → Shch), or an all-capital one inside a word in capitals
/// (ЩУКИН → SHCHUKIN).
///
/// # Examples
/// ```
/// use bitext::translit::{romanize, System};
/// assert_eq!(romanize("Хрущёв", System::BgnPcgn), "Khrushchëv");
/// assert_eq!(romanize("Хрущёв", System::TurkishPress), "Hruşçov");
/// assert_eq!(romanize("Хрущёв", System::AzerbaijaniPress), "Xruşşov");
/// assert_eq!(romanize("Ельцин", System::Icao), "Eltsin");
/// assert_eq!(romanize("Ельцин", System::BgnPcgn), "Yelʹtsin");
/// ```
pub fn romanize(text: &str, system: System) -> String {
    let table = &*RUSSIAN;
    let col = system.index();
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        let lc = lower(c);
        let after_pair = chars.get(i + 2).copied();
        let pair = next
            .and_then(|n| table.pairs.get(&(lc, lower(n))))
            .and_then(|rules| pick(rules, prev, after_pair, after_pair));
        let (rule, width) = match pair {
            Some(rule) => (Some(rule), 2),
            None => (
                table
                    .single
                    .get(&lc)
                    .and_then(|rules| pick(rules, prev, next, next)),
                1,
            ),
        };
        let Some(rule) = rule else {
            out.push(c);
            i += 1;
            continue;
        };
        let latin = &rule.out[col];
        if c == lc {
            out.push_str(latin);
        } else {
            let neighbour_upper = next.is_some_and(|n| n.is_uppercase())
                || (next.map_or(true, |n| !n.is_alphabetic())
                    && prev.is_some_and(|p| p.is_uppercase()));
            if neighbour_upper {
                out.push_str(&latin.to_uppercase());
            } else {
                let mut letters = latin.chars();
                if let Some(first) = letters.next() {
                    out.extend(first.to_uppercase());
                    out.push_str(letters.as_str());
                }
            }
        }
        i += width;
    }
    out
}

/// One letter of `data/alphabets.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// The capital letter (`İ`, `I`, `Ə`).
    pub upper: char,
    /// The small letter (`i`, `ı`, `ə`).
    pub lower: char,
    /// Whether it belongs to the Turkish alphabet.
    pub turkish: bool,
    /// Whether it belongs to the Azerbaijani Latin alphabet.
    pub azerbaijani: bool,
    /// Its usual sound in IPA.
    pub ipa: &'static str,
    /// How Turkish spelling writes it (differs only for ə, x, q: e, h, k).
    pub turkish_spelling: char,
    /// Notes on how other spellings render it.
    pub note: &'static str,
}

pub(crate) const ALPHABET_COLUMNS: [&str; 7] =
    ["upper", "lower", "tr", "az", "ipa", "tr_spelling", "note"];

fn one_char(cell: &str) -> Result<char, String> {
    let mut chars = cell.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(format!("{cell:?}: expected one letter")),
    }
}

fn yes_no(cell: &str) -> Result<bool, String> {
    match cell {
        "yes" => Ok(true),
        "no" => Ok(false),
        other => Err(format!("{other:?}: expected yes or no")),
    }
}

pub(crate) fn parse_alphabets(text: &'static str) -> Result<Vec<Letter>, String> {
    let mut letters: Vec<Letter> = Vec::new();
    for row in rows(text, &ALPHABET_COLUMNS)? {
        let letter = Letter {
            upper: one_char(row[0])?,
            lower: one_char(row[1])?,
            turkish: yes_no(row[2])?,
            azerbaijani: yes_no(row[3])?,
            ipa: row[4],
            turkish_spelling: one_char(row[5])?,
            note: row[6],
        };
        if letters
            .iter()
            .any(|l| l.lower == letter.lower || l.upper == letter.upper)
        {
            return Err(format!("duplicate letter {}", letter.upper));
        }
        letters.push(letter);
    }
    Ok(letters)
}

static ALPHABETS: LazyLock<Vec<Letter>> = LazyLock::new(|| {
    parse_alphabets(ALPHABETS_TSV).unwrap_or_else(|e| panic!("data/alphabets.tsv: {e}"))
});

/// The letters of the Turkish and Azerbaijani Latin alphabets, in
/// Azerbaijani alphabetical order, from `data/alphabets.tsv`.
///
/// # Examples
/// ```
/// use bitext::translit::alphabet;
/// let turkish: String = alphabet().iter().filter(|l| l.turkish).map(|l| l.upper).collect();
/// assert_eq!(turkish, "ABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ");
/// let az_only: String = alphabet().iter().filter(|l| !l.turkish).map(|l| l.lower).collect();
/// assert_eq!(az_only, "əxq");
/// ```
pub fn alphabet() -> &'static [Letter] {
    &ALPHABETS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse_without_duplicates() {
        let russian = parse_russian(RUSSIAN_TSV).unwrap();
        // 33 letters of the Russian alphabet, each with a rule.
        for c in "абвгдеёжзийклмнопрстуфхцчшщъыьэюя".chars() {
            assert!(russian.single.contains_key(&c), "{c}");
        }
        assert_eq!(alphabet().len(), 32);
        assert_eq!(alphabet().iter().filter(|l| l.turkish).count(), 29);
        assert!(alphabet().iter().all(|l| l.azerbaijani));
    }

    #[test]
    fn malformed_tables_are_rejected() {
        let header = RUSSIAN_COLUMNS.join("\t");
        let bad_width = format!("{header}\nа\tany\ta\ta\n");
        assert!(parse_russian(&bad_width).is_err());
        let stray = format!("{header}\nа\tany\ta \ta\ta\ta\ta\ta\ta\n");
        assert!(parse_russian(&stray).unwrap_err().contains("whitespace"));
        let dup = format!("{header}\nа\tany\ta\ta\ta\ta\ta\ta\ta\nа\tany\ta\ta\ta\ta\ta\ta\ta\n");
        assert!(parse_russian(&dup).unwrap_err().contains("duplicate"));
        let no_any = format!("{header}\nе\tinitial\ta\ta\ta\ta\ta\ta\ta\n");
        assert!(parse_russian(&no_any).unwrap_err().contains("no `any`"));
    }

    #[test]
    fn every_system_on_hard_letters() {
        let name = "Щербаков Юсупов Подъячев Цыганков Жуков Дьяченко";
        let expected = [
            (
                System::BgnPcgn,
                "Shcherbakov Yusupov Podʺyachev Tsygankov Zhukov Dʹyachenko",
            ),
            (
                System::Iso9,
                "Ŝerbakov Ûsupov Podʺâčev Cygankov Žukov Dʹâčenko",
            ),
            (
                System::AlaLc,
                "Shcherbakov I͡usupov Podʺi͡achev T͡sygankov Zhukov Dʹi͡achenko",
            ),
            (
                System::Icao,
                "Shcherbakov Iusupov Podieiachev Tsygankov Zhukov Diachenko",
            ),
            (
                System::Scholarly,
                "Ščerbakov Jusupov Podʺjačev Cygankov Žukov Dʹjačenko",
            ),
            (
                System::TurkishPress,
                "Şçerbakov Yusupov Podyaçev Tsıgankov Jukov Dyaçenko",
            ),
            (
                System::AzerbaijaniPress,
                "Şşerbakov Yusupov Podyaçev Tsıqankov Jukov Dyaçenko",
            ),
        ];
        for (system, want) in expected {
            assert_eq!(romanize(name, system), want, "{system}");
        }
    }

    #[test]
    fn context_rules() {
        // е: ye word-initially and after a vowel or ь in BGN/PCGN.
        assert_eq!(
            romanize("Ельцин Багаева Григорьев", System::BgnPcgn),
            "Yelʹtsin Bagayeva Grigorʹyev"
        );
        // ё after a hushing letter is o in the press habits.
        assert_eq!(
            romanize("Горбачёв Ёлкин", System::TurkishPress),
            "Gorbaçov Yolkin"
        );
        // г is q in Azerbaijani press except before front vowels.
        assert_eq!(
            romanize("Григорьев Гена", System::AzerbaijaniPress),
            "Qriqoryev Gena"
        );
        // дж as a sequence; -ий at the end of a word.
        assert_eq!(
            romanize("Джугашвили Достоевский", System::TurkishPress),
            "Cugaşvili Dostoyevski"
        );
        assert_eq!(romanize("Достоевский", System::Icao), "Dostoevskii");
        assert_eq!(romanize("Достоевский", System::Iso9), "Dostoevskij");
        // ий inside a word is not an ending.
        assert_eq!(romanize("Ийка", System::TurkishPress), "Iyka");
    }

    #[test]
    fn capitals_and_other_text() {
        assert_eq!(romanize("ЩУКИН", System::BgnPcgn), "SHCHUKIN");
        assert_eq!(romanize("Чапкин, 1990", System::Iso9), "Čapkin, 1990");
        assert_eq!(romanize("Şuşa", System::Iso9), "Şuşa");
        assert_eq!(romanize("", System::Icao), "");
    }

    #[test]
    fn system_names_round_trip() {
        for system in System::ALL {
            assert_eq!(system.name().parse::<System>(), Ok(system));
        }
        assert!("gost".parse::<System>().is_err());
    }
}
