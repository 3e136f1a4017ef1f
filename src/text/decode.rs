//! Turning input bytes into text: UTF-8 (strict or lossy), UTF-16 with a BOM,
//! and the single-byte code pages Turkish text arrives in.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

/// How to decode input bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8; invalid bytes are an error. A UTF-16 BOM switches to UTF-16.
    #[default]
    Utf8,
    /// UTF-8 with each invalid sequence replaced by U+FFFD.
    Utf8Lossy,
    /// Windows-1254 (Turkish).
    Cp1254,
    /// Windows-1252 (Western European).
    Cp1252,
    /// ISO-8859-1.
    Latin1,
    /// UTF-8 when the bytes are valid UTF-8; otherwise Windows-1254 when the
    /// bytes carry Turkish letters in that code page, else Windows-1252.
    Auto,
}

impl FromStr for Encoding {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().replace('_', "-").as_str() {
            "utf8" | "utf-8" => Ok(Encoding::Utf8),
            "cp1254" | "windows-1254" | "iso-8859-9" | "latin5" => Ok(Encoding::Cp1254),
            "cp1252" | "windows-1252" => Ok(Encoding::Cp1252),
            "latin1" | "iso-8859-1" => Ok(Encoding::Latin1),
            "auto" => Ok(Encoding::Auto),
            other => Err(format!(
                "unknown encoding {other:?}; expected utf8, cp1254, cp1252, latin1 or auto"
            )),
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Encoding::Utf8 => "utf8",
            Encoding::Utf8Lossy => "utf8 (lossy)",
            Encoding::Cp1254 => "cp1254",
            Encoding::Cp1252 => "cp1252",
            Encoding::Latin1 => "latin1",
            Encoding::Auto => "auto",
        })
    }
}

/// Why bytes could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// The bytes are not valid UTF-8.
    #[error("invalid UTF-8 at byte {offset} (line {line}); re-run with --encoding auto (or cp1254, cp1252, latin1) or --lossy to replace bad bytes")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
    },
    /// The input is mostly NUL bytes: binary, or UTF-16 without a byte-order mark.
    #[error("NUL byte at byte {offset}: the input looks binary or UTF-16 without a byte-order mark; convert it to UTF-8 first")]
    Binary {
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// A UTF-16 input (announced by its BOM) holds an unpaired surrogate.
    #[error("invalid UTF-16 at byte {offset}; re-run with --lossy to replace bad code units")]
    InvalidUtf16 {
        /// Byte offset of the bad code unit.
        offset: usize,
    },
}

/// Decoded text and how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte-order mark.
    pub text: String,
    /// The encoding that was actually applied (never `Auto`).
    pub encoding: Encoding,
    /// Whether a byte-order mark was dropped.
    pub had_bom: bool,
    /// How many invalid sequences were replaced by U+FFFD (lossy decoding only).
    pub replaced: usize,
}

/// Windows-1252 bytes 0x80–0x9F; `None` marks the five undefined bytes, which
/// decode as the C1 control with the same number (as latin-1 does).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// The character a single byte stands for in `encoding` (a single-byte code page).
pub(crate) fn single_byte_char(byte: u8, encoding: Encoding) -> char {
    match (encoding, byte) {
        (_, 0..=0x7F) => char::from(byte),
        (Encoding::Latin1, _) => char::from(byte),
        (Encoding::Cp1254, 0x8E | 0x9E) => char::from(byte),
        (Encoding::Cp1254, 0xD0) => 'Ğ',
        (Encoding::Cp1254, 0xDD) => 'İ',
        (Encoding::Cp1254, 0xDE) => 'Ş',
        (Encoding::Cp1254, 0xF0) => 'ğ',
        (Encoding::Cp1254, 0xFD) => 'ı',
        (Encoding::Cp1254, 0xFE) => 'ş',
        (_, 0x80..=0x9F) => CP1252_HIGH[usize::from(byte - 0x80)].unwrap_or(char::from(byte)),
        (_, _) => char::from(byte),
    }
}

/// The byte a character was when text was wrongly decoded as Windows-1252 or
/// latin-1 (the union of both, since tools disagree on 0x80–0x9F).
pub(crate) fn western_byte(c: char) -> Option<u8> {
    let code = u32::from(c);
    if code < 0x80 || (0xA0..=0xFF).contains(&code) {
        return u8::try_from(code).ok();
    }
    if (0x80..=0x9F).contains(&code) {
        return u8::try_from(code).ok();
    }
    // Every Windows-1252 character outside Latin-1 lies in these two ranges;
    // the Turkish letters (ş ğ ı …) that fill real text are rejected without
    // a table scan.
    if !matches!(code, 0x152..=0x2DC | 0x2013..=0x2122) {
        return None;
    }
    CP1252_HIGH
        .iter()
        .position(|&entry| entry == Some(c))
        .and_then(|i| u8::try_from(i + 0x80).ok())
}

fn decode_single_byte(bytes: &[u8], encoding: Encoding) -> String {
    bytes
        .iter()
        .map(|&b| single_byte_char(b, encoding))
        .collect()
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    let end = offset.min(bytes.len());
    bytes[..end].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Picks Windows-1254 over Windows-1252 when the bytes that differ between the
/// two (Ğ İ Ş ğ ı ş) are common, as they are in any Turkish text.
fn guess_code_page(bytes: &[u8]) -> Encoding {
    let turkish = bytes
        .iter()
        .filter(|&&b| matches!(b, 0xD0 | 0xDD | 0xDE | 0xF0 | 0xFD | 0xFE))
        .count();
    let other_high = bytes.iter().filter(|&&b| b >= 0xC0).count();
    if turkish > 0 && turkish * 5 >= other_high {
        Encoding::Cp1254
    } else {
        Encoding::Cp1252
    }
}

fn decode_utf16(
    bytes: &[u8],
    little_endian: bool,
    lossy: bool,
) -> Result<(String, usize), DecodeError> {
    let units = bytes.chunks(2).map(|pair| match pair {
        [a, b] if little_endian => u16::from_le_bytes([*a, *b]),
        [a, b] => u16::from_be_bytes([*a, *b]),
        // An odd trailing byte cannot form a code unit.
        _ => 0xD800,
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut replaced = 0;
    for (i, unit) in char::decode_utf16(units).enumerate() {
        match unit {
            Ok(c) => text.push(c),
            Err(_) if lossy => {
                text.push('\u{FFFD}');
                replaced += 1;
            }
            Err(_) => return Err(DecodeError::InvalidUtf16 { offset: 2 + 2 * i }),
        }
    }
    Ok((text, replaced))
}

/// Decodes `bytes` as `encoding`, dropping a byte-order mark.
///
/// A UTF-16 byte-order mark is honoured whatever `encoding` says. Line endings
/// are left as they are; [`clean`](crate::text::clean) normalizes them.
///
/// # Errors
/// [`DecodeError::InvalidUtf8`] with the byte offset when strict UTF-8 fails,
/// and [`DecodeError::Binary`] when most of the first kilobytes are NUL bytes.
///
/// # Examples
/// ```
/// use bitext::text::{decode, Encoding};
/// let decoded = decode(b"\xEF\xBB\xBFBak\xC3\xBC", Encoding::Utf8).unwrap();
/// assert_eq!(decoded.text, "Bakü");
/// assert!(decoded.had_bom);
///
/// let err = decode(b"Bak\xFC", Encoding::Utf8).unwrap_err();
/// assert!(err.to_string().contains("byte 3"));
///
/// let turkish = decode(b"\xDEanl\xFDurfa", Encoding::Auto).unwrap();
/// assert_eq!(turkish.text, "Şanlıurfa");
/// ```
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<Decoded, DecodeError> {
    let lossy = encoding == Encoding::Utf8Lossy;
    for (bom, little_endian) in [(&[0xFF, 0xFE], true), (&[0xFE, 0xFF], false)] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let (text, replaced) = decode_utf16(rest, little_endian, lossy)?;
            return Ok(Decoded {
                text,
                encoding: Encoding::Utf8,
                had_bom: true,
                replaced,
            });
        }
    }
    let (body, had_bom) = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    check_not_binary(body).map_err(|offset| DecodeError::Binary {
        offset: offset + if had_bom { 3 } else { 0 },
    })?;
    let (text, used, replaced) = match encoding {
        Encoding::Utf8 => match std::str::from_utf8(body) {
            Ok(text) => (text.to_owned(), Encoding::Utf8, 0),
            Err(err) => {
                let offset = err.valid_up_to() + if had_bom { 3 } else { 0 };
                return Err(DecodeError::InvalidUtf8 {
                    offset,
                    line: line_of(bytes, offset),
                });
            }
        },
        Encoding::Utf8Lossy => match String::from_utf8_lossy(body) {
            Cow::Borrowed(text) => (text.to_owned(), Encoding::Utf8, 0),
            Cow::Owned(text) => {
                let replaced = text.matches('\u{FFFD}').count()
                    - std::str::from_utf8(body).map_or(0, |t| t.matches('\u{FFFD}').count());
                (text, Encoding::Utf8Lossy, replaced)
            }
        },
        Encoding::Auto => match std::str::from_utf8(body) {
            Ok(text) => (text.to_owned(), Encoding::Utf8, 0),
            Err(_) => {
                let guess = guess_code_page(body);
                (decode_single_byte(body, guess), guess, 0)
            }
        },
        single => (decode_single_byte(body, single), single, 0),
    };
    Ok(Decoded {
        text,
        encoding: used,
        had_bom,
        replaced,
    })
}

/// Err(offset of the first NUL) when NULs make up over a tenth of the first 8 KiB.
fn check_not_binary(bytes: &[u8]) -> Result<(), usize> {
    let head = &bytes[..bytes.len().min(8192)];
    let nuls = head.iter().filter(|&&b| b == 0).count();
    if nuls > 0 && nuls * 10 > head.len() {
        let first = head.iter().position(|&b| b == 0).unwrap_or(0);
        return Err(first);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_offset_and_line() {
        let err = decode(b"ok\nbad \xFF here", Encoding::Utf8).unwrap_err();
        assert_eq!(err, DecodeError::InvalidUtf8 { offset: 7, line: 2 });
        assert!(err.to_string().contains("--lossy"));
    }

    #[test]
    fn lossy_counts_replacements() {
        let decoded = decode(b"a\xFFb\xFEc", Encoding::Utf8Lossy).unwrap();
        assert_eq!(decoded.text, "a\u{FFFD}b\u{FFFD}c");
        assert_eq!(decoded.replaced, 2);
    }

    #[test]
    fn code_pages_differ_where_they_should() {
        let bytes = b"\xD0\xDD\xDE\xF0\xFD\xFE";
        assert_eq!(decode(bytes, Encoding::Cp1254).unwrap().text, "ĞİŞğış");
        assert_eq!(decode(bytes, Encoding::Cp1252).unwrap().text, "ÐÝÞðýþ");
        assert_eq!(decode(b"\x80\x9F", Encoding::Cp1252).unwrap().text, "€Ÿ");
        assert_eq!(decode(b"\x80", Encoding::Latin1).unwrap().text, "\u{80}");
    }

    #[test]
    fn auto_prefers_utf8_then_guesses() {
        assert_eq!(
            decode("Çavuşoğlu".as_bytes(), Encoding::Auto)
                .unwrap()
                .encoding,
            Encoding::Utf8
        );
        let d = decode(b"\xC7avu\xFEo\xF0lu", Encoding::Auto).unwrap();
        assert_eq!(d.text, "Çavuşoğlu");
        assert_eq!(d.encoding, Encoding::Cp1254);
        let d = decode(b"caf\xE9", Encoding::Auto).unwrap();
        assert_eq!(d.text, "café");
        assert_eq!(d.encoding, Encoding::Cp1252);
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Öz".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes, Encoding::Utf8).unwrap().text, "Öz");
        assert!(matches!(
            decode(&[0xFF, 0xFE, 0x00, 0xD8], Encoding::Utf8),
            Err(DecodeError::InvalidUtf16 { offset: 2 })
        ));
    }

    #[test]
    fn nul_heavy_input_is_binary() {
        let err = decode(b"a\0b\0c\0", Encoding::Utf8).unwrap_err();
        assert_eq!(err, DecodeError::Binary { offset: 1 });
        // A stray NUL in ordinary text is decoded (clean removes it).
        let text = format!("{}\0", "metin ".repeat(20));
        assert!(decode(text.as_bytes(), Encoding::Utf8).is_ok());
    }

    #[test]
    fn western_byte_inverts_single_byte_decoding() {
        for byte in 0u8..=255 {
            let c = single_byte_char(byte, Encoding::Cp1252);
            assert_eq!(western_byte(c), Some(byte), "byte {byte:#x}");
        }
        assert_eq!(western_byte('ş'), None);
        // The range test in front of the table scan loses nothing.
        for c in ('\0'..='\u{3000}').chain(['€', '™']) {
            let by_table = if u32::from(c) < 0x100 {
                u8::try_from(u32::from(c)).ok()
            } else {
                CP1252_HIGH
                    .iter()
                    .position(|&entry| entry == Some(c))
                    .and_then(|i| u8::try_from(i + 0x80).ok())
            };
            assert_eq!(western_byte(c), by_table, "{c:?}");
        }
    }
}
