//! Types shared by every stage: language codes and byte spans.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

/// A language, written as a BCP 47 code (`tr`, `en`, `az`, `ru-Latn`, `und`, …).
///
/// The languages bitext has dedicated rules for are named variants; any other
/// two- or three-letter ISO 639 code is kept as [`Lang::Other`].
///
/// # Examples
/// ```
/// use bitext::Lang;
/// let tr: Lang = "tr".parse().unwrap();
/// assert_eq!(tr, Lang::Tr);
/// assert_eq!("ru-Latn".parse::<Lang>().unwrap(), Lang::RuLatn);
/// assert_eq!(Lang::RuLatn.to_string(), "ru-Latn");
/// assert!(tr.is_turkic());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Lang {
    /// Turkish.
    Tr,
    /// English.
    En,
    /// Azerbaijani (Latin script).
    Az,
    /// Russian in Cyrillic script.
    Ru,
    /// Russian written in Latin letters (any romanization).
    RuLatn,
    /// Undetermined.
    Und,
    /// Any other language, by its lowercase ISO 639 code.
    Other(OtherCode),
}

/// A lowercase ISO 639-1 or 639-3 code for a language without dedicated rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OtherCode([u8; 3]);

impl OtherCode {
    /// The code as text, for example `de` or `kaz`.
    pub fn as_str(&self) -> &str {
        let len = if self.0[2] == 0 { 2 } else { 3 };
        // Only ASCII lowercase letters are ever stored (checked in `Lang::from_str`).
        std::str::from_utf8(&self.0[..len]).unwrap_or("und")
    }
}

impl Lang {
    /// Whether the language uses Turkic dotted/dotless i casing (Turkish, Azerbaijani).
    pub fn is_turkic(self) -> bool {
        matches!(self, Lang::Tr | Lang::Az)
    }

    /// The BCP 47 code.
    pub fn code(&self) -> &str {
        match self {
            Lang::Tr => "tr",
            Lang::En => "en",
            Lang::Az => "az",
            Lang::Ru => "ru",
            Lang::RuLatn => "ru-Latn",
            Lang::Und => "und",
            Lang::Other(code) => code.as_str(),
        }
    }
}

/// Error returned when a string is not a language code bitext understands.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language code {value:?}; expected tr, en, az, ru, ru-Latn, und or a 2–3 letter ISO 639 code")]
pub struct ParseLangError {
    /// The rejected input.
    pub value: String,
}

impl FromStr for Lang {
    type Err = ParseLangError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        Ok(match lower.as_str() {
            "tr" | "tur" => Lang::Tr,
            "en" | "eng" => Lang::En,
            "az" | "aze" | "az-latn" => Lang::Az,
            "ru" | "rus" | "ru-cyrl" => Lang::Ru,
            "ru-latn" => Lang::RuLatn,
            "und" | "" => Lang::Und,
            other
                if (2..=3).contains(&other.len())
                    && other.bytes().all(|b| b.is_ascii_lowercase()) =>
            {
                let mut code = [0u8; 3];
                code[..other.len()].copy_from_slice(other.as_bytes());
                Lang::Other(OtherCode(code))
            }
            _ => {
                return Err(ParseLangError {
                    value: s.chars().take(40).collect(),
                })
            }
        })
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// A half-open byte range `start..end` into a text the caller owns.
///
/// Offsets always fall on UTF-8 character boundaries of that text.
///
/// # Examples
/// ```
/// use bitext::Span;
/// let text = "Öz: kısa";
/// let span = Span::new(5, text.len());
/// assert_eq!(span.slice(text), Some("kısa"));
/// assert_eq!(span.len(), 5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text of the span, or `None` if it does not fall on character boundaries of `text`.
    pub fn slice<'a>(&self, text: &'a str) -> Option<&'a str> {
        text.get(self.start..self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for code in ["tr", "en", "az", "ru", "ru-Latn", "und", "de", "kaz"] {
            let lang: Lang = code.parse().unwrap();
            assert_eq!(lang.to_string(), code);
        }
    }

    #[test]
    fn bad_codes_are_errors() {
        for bad in ["t", "english", "r1", "tr-XX-YY"] {
            let err = bad.parse::<Lang>().unwrap_err();
            assert!(err.to_string().contains("unknown language code"), "{err}");
        }
    }

    #[test]
    fn serializes_as_code() {
        assert_eq!(serde_json::to_string(&Lang::RuLatn).unwrap(), "\"ru-Latn\"");
    }

    #[test]
    fn span_slice_checks_boundaries() {
        let text = "ğ";
        assert_eq!(Span::new(0, 1).slice(text), None);
        assert_eq!(Span::new(0, 2).slice(text), Some("ğ"));
    }
}
