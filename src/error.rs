//! The crate-level error that gathers each stage's errors.

/// Any error a bitext library function can return.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Input bytes could not be decoded.
    #[error(transparent)]
    Decode(#[from] crate::text::DecodeError),
    /// A language code was not understood.
    #[error(transparent)]
    Lang(#[from] crate::types::ParseLangError),
    /// Aligner settings or a dictionary were invalid.
    #[error(transparent)]
    Align(#[from] crate::align::AlignError),
    /// A mixed document could not be aligned.
    #[error(transparent)]
    Document(#[from] crate::align::DocumentError),
    /// A file format (TMX) could not be read.
    #[error(transparent)]
    Format(#[from] crate::formats::Error),
    /// A glossary file (TSV, JSON, TBX) could not be read.
    #[error(transparent)]
    Glossary(#[from] crate::glossary::Error),
    /// Aligned pairs (TSV, JSON Lines, TMX) could not be read.
    #[error(transparent)]
    Terms(#[from] crate::terms::Error),
}
