//! File formats shared by the commands. For now: TMX 1.4b, the translation
//! memory exchange format that CAT tools import.
//!
//! # TMX
//!
//! [`write_tmx`] writes one `<tu>` per translation unit, with a `<prop
//! type="x-bitext-score">` when the unit has a score and one `<tuv
//! xml:lang="…"><seg>…</seg></tuv>` per language. The `<header>` carries
//! every attribute TMX 1.4b requires (`creationtool`,
//! `creationtoolversion`, `segtype="sentence"`, `o-tmf`, `adminlang`,
//! `srclang`, `datatype="plaintext"`). Text is escaped by quick-xml, so
//! `<`, `&` and quotes round-trip. [`read_tmx`] reads such a file back
//! (any TMX 1.4 body: `tu`, `tuv` with `xml:lang` or `lang`, `seg`,
//! `prop`); inline markup inside `seg` is read as its text.

mod pairs;
mod tmx;

pub use pairs::{write_pairs, PairFormat};
pub use tmx::{read_tmx, write_tmx, Tmx, TmxUnit};

/// Error reading a file format.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The XML is not well-formed, or a TMX element is misplaced.
    #[error("byte {offset}: {message}")]
    Xml {
        /// Byte offset in the input where the problem was found.
        offset: u64,
        /// What is wrong.
        message: String,
    },
}
