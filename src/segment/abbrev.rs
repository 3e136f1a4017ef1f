//! Abbreviation tables: parsing the `src/segment/data/*.abbrev` files and
//! looking words up in them.

use std::collections::HashMap;
use std::sync::LazyLock;

/// How an abbreviation behaves before the next word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AbbrevClass {
    /// Never ends a sentence (titles, reference markers): `Dr.`, `bkz.`, `pp.`.
    Prefix,
    /// Does not end a sentence when a number follows (`No. 5`); otherwise it
    /// is an ordinary word (`No. I won't.`).
    Number,
    /// Often ends a sentence (`etc.`, `vb.`, `Ltd.`): a sentence ends after it
    /// when a word follows that starts sentences.
    Ambiguous,
}

impl AbbrevClass {
    fn parse(name: &str) -> Option<Self> {
        match name {
            "prefix" => Some(AbbrevClass::Prefix),
            "number" => Some(AbbrevClass::Number),
            "ambiguous" => Some(AbbrevClass::Ambiguous),
            _ => None,
        }
    }
}

/// An error in an abbreviation table, with its 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct AbbrevError {
    /// 1-based line number in the table.
    pub line: usize,
    /// What is wrong, and what the line should look like.
    pub message: String,
}

/// A parsed abbreviation table: the word without its final period → class.
#[derive(Debug, Clone, Default)]
pub struct Abbreviations {
    map: HashMap<String, AbbrevClass>,
}

impl Abbreviations {
    /// Parses a table: `#` comment lines, blank lines, and
    /// `abbreviation. <TAB> prefix|number|ambiguous` lines.
    ///
    /// # Errors
    /// [`AbbrevError`] with the 1-based line of the first bad line: not two
    /// tab-separated columns, stray whitespace, no final period, an unknown
    /// class, or a duplicate.
    ///
    /// # Examples
    /// ```
    /// use bitext::segment::{AbbrevClass, Abbreviations};
    ///
    /// let table = Abbreviations::parse("# my forms\nbkz.\tprefix\nvb.\tambiguous\n")?;
    /// assert_eq!(table.get("bkz"), Some(AbbrevClass::Prefix));
    /// assert_eq!(table.get("Bkz"), Some(AbbrevClass::Prefix));
    /// assert_eq!(table.get("vb"), Some(AbbrevClass::Ambiguous));
    /// assert!(Abbreviations::parse("bkz\tprefix\n").is_err());
    /// # Ok::<(), bitext::segment::AbbrevError>(())
    /// ```
    pub fn parse(table: &str) -> Result<Self, AbbrevError> {
        let mut map = HashMap::new();
        for (index, raw) in table.lines().enumerate() {
            let line = index + 1;
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            let err = |message: String| AbbrevError { line, message };
            let mut cols = raw.split('\t');
            let (Some(word), Some(class), None) = (cols.next(), cols.next(), cols.next()) else {
                return Err(err(format!(
                    "expected `abbreviation<TAB>class`, found {:?}",
                    truncate(raw)
                )));
            };
            if word != word.trim() || class != class.trim() || word.contains(' ') {
                return Err(err(format!("stray whitespace in {:?}", truncate(raw))));
            }
            let Some(stem) = word.strip_suffix('.').filter(|s| !s.is_empty()) else {
                return Err(err(format!(
                    "{:?} must end in a period and have at least one letter before it",
                    truncate(word)
                )));
            };
            let Some(class) = AbbrevClass::parse(class) else {
                return Err(err(format!(
                    "unknown class {:?}; expected prefix, number or ambiguous",
                    truncate(class)
                )));
            };
            if map.insert(stem.to_owned(), class).is_some() {
                return Err(err(format!("duplicate entry {word:?}")));
            }
        }
        Ok(Abbreviations { map })
    }

    /// The class of `word` (written without its final period), trying the
    /// word as written, then with a lowercase first letter (a sentence-initial
    /// `Bkz.` is `bkz.`).
    pub fn get(&self, word: &str) -> Option<AbbrevClass> {
        if let Some(class) = self.map.get(word) {
            return Some(*class);
        }
        let mut chars = word.chars();
        let first = chars.next()?;
        if !first.is_uppercase() {
            return None;
        }
        // The lowercase form is built in a stack buffer: this runs for every
        // capitalised word before a period.
        let mut buf = [0u8; 64];
        let mut len = 0;
        for c in first.to_lowercase() {
            let bytes = c.encode_utf8(&mut [0u8; 4]).len();
            let slot = buf.get_mut(len..len + bytes)?;
            c.encode_utf8(slot);
            len += bytes;
        }
        let rest = chars.as_str().as_bytes();
        buf.get_mut(len..len + rest.len())?.copy_from_slice(rest);
        let lower = std::str::from_utf8(buf.get(..len + rest.len())?).ok()?;
        self.map.get(lower).copied()
    }

    /// Adds the entries of `other`, replacing the class of any entry both have.
    pub fn extend(&mut self, other: Abbreviations) {
        self.map.extend(other.map);
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the table has no entries.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

fn truncate(s: &str) -> String {
    s.chars().take(40).collect()
}

/// The shipped Turkish table.
pub(crate) const TR_TABLE: &str = include_str!("data/tr.abbrev");
/// The shipped English table.
pub(crate) const EN_TABLE: &str = include_str!("data/en.abbrev");

/// Parses a shipped table; the tables are tested to parse, so an error can
/// only come from editing them without running the tests, and yields an empty table.
fn shipped(table: &str) -> Abbreviations {
    Abbreviations::parse(table).unwrap_or_default()
}

pub(crate) static TR: LazyLock<Abbreviations> = LazyLock::new(|| shipped(TR_TABLE));
pub(crate) static EN: LazyLock<Abbreviations> = LazyLock::new(|| shipped(EN_TABLE));
pub(crate) static NONE: LazyLock<Abbreviations> = LazyLock::new(Abbreviations::default);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_tables_parse_without_duplicates_or_stray_whitespace() {
        for (name, table) in [("tr", TR_TABLE), ("en", EN_TABLE)] {
            let parsed =
                Abbreviations::parse(table).unwrap_or_else(|e| panic!("{name}.abbrev: {e}"));
            assert!(parsed.len() > 100, "{name}: only {} entries", parsed.len());
            for line in table.lines().filter(|l| !l.starts_with('#')) {
                assert_eq!(
                    line,
                    line.trim_end(),
                    "{name}: trailing whitespace in {line:?}"
                );
            }
        }
    }

    #[test]
    fn shipped_tables_name_their_source() {
        for table in [TR_TABLE, EN_TABLE] {
            let header: Vec<&str> = table.lines().take_while(|l| l.starts_with('#')).collect();
            assert!(header.iter().any(|l| l.starts_with("# source:")));
            assert!(header.iter().any(|l| l.starts_with("# licence:")));
            assert!(header.iter().any(|l| l.starts_with("# format:")));
        }
    }

    #[test]
    fn lookup_tries_lowercase_first_letter() {
        assert_eq!(TR.get("bkz"), Some(AbbrevClass::Prefix));
        assert_eq!(TR.get("Bkz"), Some(AbbrevClass::Prefix));
        assert_eq!(TR.get("Doç"), Some(AbbrevClass::Prefix));
        assert_eq!(TR.get("a.g.e"), Some(AbbrevClass::Prefix));
        assert_eq!(EN.get("No"), Some(AbbrevClass::Number));
        assert_eq!(EN.get("etc"), Some(AbbrevClass::Ambiguous));
        assert_eq!(EN.get("house"), None);
    }

    #[test]
    fn bad_tables_are_errors_with_lines() {
        let err = Abbreviations::parse("# c\nDr.\tprefix\nDr.\tprefix\n").unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.contains("duplicate"));
        let err = Abbreviations::parse("Dr\tprefix\n").unwrap_err();
        assert!(err.message.contains("end in a period"));
        let err = Abbreviations::parse("Dr.\tsometimes\n").unwrap_err();
        assert!(err.message.contains("unknown class"));
        let err = Abbreviations::parse("Dr. prefix\n").unwrap_err();
        assert!(err.message.contains("expected"));
        let err = Abbreviations::parse("Dr.\tprefix \n").unwrap_err();
        assert!(err.message.contains("stray whitespace"));
    }
}
