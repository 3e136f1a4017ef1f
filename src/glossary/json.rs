//! JSON glossaries: `{"entries": [...]}`.

use super::{Error, Glossary};

/// Reads a JSON glossary (see the [module docs](super) for its shape).
///
/// # Errors
/// [`Error::Json`] with the line and column of malformed JSON or of a value
/// of the wrong shape (an entry without `en`, say), or of an empty term.
///
/// # Examples
/// ```
/// use bitext::glossary::read_json;
/// let g = read_json(r#"{"entries": [{"en": "UAV", "tr": "İHA", "variants": {"tr": ["İHA'lar"]}}]}"#)?;
/// assert_eq!(g.entries[0].variants.tr[0].form, "İHA'lar");
/// assert_eq!(g.entries[0].score, 1.0);
/// let err = read_json("{\"entries\": [{\"en\": \"UAV\"}]}").unwrap_err();
/// assert!(err.to_string().starts_with("line 1, column "), "{err}");
/// # Ok::<(), bitext::glossary::Error>(())
/// ```
pub fn read_json(text: &str) -> Result<Glossary, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let glossary: Glossary = serde_json::from_str(text).map_err(|e| Error::Json {
        line: e.line(),
        column: e.column(),
        message: {
            let full = e.to_string();
            match full.rfind(" at line ") {
                Some(cut) => full.get(..cut).unwrap_or(&full).to_owned(),
                None => full,
            }
        },
    })?;
    for (i, e) in glossary.entries.iter().enumerate() {
        if e.en.trim().is_empty() || e.tr.trim().is_empty() {
            return Err(Error::Json {
                line: 1,
                column: 1,
                message: format!("entry {} has an empty term", i + 1),
            });
        }
    }
    Ok(glossary)
}

/// Writes a glossary as pretty-printed JSON, ending with a line break.
///
/// # Examples
/// ```
/// use bitext::glossary::{read_json, write_json, Entry, Glossary};
/// let g = Glossary { entries: vec![Entry::new("Middle Corridor", "Orta Koridor")] };
/// let json = write_json(&g);
/// assert!(json.contains("\"en\": \"Middle Corridor\""));
/// assert_eq!(read_json(&json)?, g);
/// # Ok::<(), bitext::glossary::Error>(())
/// ```
pub fn write_json(glossary: &Glossary) -> String {
    // Serializing plain data with string keys cannot fail; a non-finite
    // score is written as null by serde_json.
    let mut out = serde_json::to_string_pretty(glossary).unwrap_or_default();
    out.push('\n');
    out
}
