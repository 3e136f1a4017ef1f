//! Reading aligned pairs (TSV, JSON Lines, TMX) and glossaries into the
//! checker's types.

use std::collections::HashSet;

use serde_json::Value;

use super::{CheckError, Pair, TermBase};
use crate::align::DocumentAlignment;
use crate::formats::Tmx;
use crate::glossary::Glossary;
use crate::lang::Section;
use crate::Lang;

impl Pair {
    /// Reads aligned pairs as TSV: `source <TAB> target`, further columns
    /// (a score) ignored, one pair per line. Blank lines and lines starting
    /// with `#` are skipped. Both line indices of a pair are its 0-based
    /// line in the file.
    ///
    /// # Errors
    /// [`CheckError::Input`] for a line without a tab, naming the line.
    ///
    /// # Examples
    /// ```
    /// use bitext::check::Pair;
    /// let pairs = Pair::from_tsv("# en\ttr\nPeace.\tBarış.\t0.9\n")?;
    /// assert_eq!((pairs[0].src_lines.clone(), pairs[0].tgt.as_str()), (vec![1], "Barış."));
    /// assert!(Pair::from_tsv("no tab here\n").is_err());
    /// # Ok::<(), bitext::check::CheckError>(())
    /// ```
    pub fn from_tsv(text: &str) -> Result<Vec<Pair>, CheckError> {
        let mut out = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(src), Some(tgt)) = (cols.next(), cols.next()) else {
                return Err(CheckError::Input {
                    line: i + 1,
                    message: "expected source <TAB> target, found no tab".into(),
                });
            };
            out.push(Pair::new(i, src.trim(), tgt.trim()));
        }
        Ok(out)
    }

    /// Reads aligned pairs as JSON Lines: one object per line with string
    /// fields `src` and `tgt` (arrays of strings are joined by a space).
    /// Blank lines are skipped; line indices are 0-based lines in the file.
    ///
    /// # Errors
    /// [`CheckError::Input`] for a line that is not such an object.
    ///
    /// # Examples
    /// ```
    /// use bitext::check::Pair;
    /// let pairs = Pair::from_jsonl("{\"src\": \"Peace.\", \"tgt\": [\"Barış.\"]}\n")?;
    /// assert_eq!(pairs[0].tgt, "Barış.");
    /// let err = Pair::from_jsonl("\n{\"src\": 1}\n").unwrap_err();
    /// assert!(err.to_string().starts_with("line 2:"));
    /// # Ok::<(), bitext::check::CheckError>(())
    /// ```
    pub fn from_jsonl(text: &str) -> Result<Vec<Pair>, CheckError> {
        let mut out = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let bad = |message: String| CheckError::Input {
                line: i + 1,
                message,
            };
            let value: Value =
                serde_json::from_str(line).map_err(|e| bad(format!("not JSON: {e}")))?;
            let field = |name: &str| -> Result<String, CheckError> {
                match value.get(name) {
                    Some(Value::String(s)) => Ok(s.clone()),
                    Some(Value::Array(items)) => Ok(items
                        .iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join(" ")),
                    Some(Value::Null) | None => {
                        Err(bad(format!("missing the string field \"{name}\"")))
                    }
                    Some(_) => Err(bad(format!(
                        "\"{name}\" must be a string or an array of strings"
                    ))),
                }
            };
            out.push(Pair::new(i, field("src")?.trim(), field("tgt")?.trim()));
        }
        Ok(out)
    }

    /// Pairs from a TMX translation memory: per unit, the variant in
    /// `src_lang` and the one in `tgt_lang` (matched on the language code's
    /// primary subtag, `en-US` = `en`); a unit missing one side gives an
    /// empty side. Line indices are 0-based unit indices.
    ///
    /// # Examples
    /// ```
    /// use bitext::check::Pair;
    /// use bitext::formats::{read_tmx, write_tmx};
    /// use bitext::Lang;
    /// let tmx = read_tmx(&write_tmx(&[("Peace.", "Barış.", None)], Lang::En, Lang::Tr))?;
    /// let pairs = Pair::from_tmx(&tmx, Lang::En, Lang::Tr);
    /// assert_eq!((pairs[0].src.as_str(), pairs[0].tgt.as_str()), ("Peace.", "Barış."));
    /// # Ok::<(), bitext::formats::Error>(())
    /// ```
    pub fn from_tmx(tmx: &Tmx, src_lang: Lang, tgt_lang: Lang) -> Vec<Pair> {
        let primary = |code: &str| {
            code.split(['-', '_'])
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase()
        };
        let pick = |variants: &[(String, String)], lang: Lang| -> String {
            variants
                .iter()
                .find(|(l, _)| primary(l) == primary(lang.code()))
                .map(|(_, t)| t.trim().to_owned())
                .unwrap_or_default()
        };
        tmx.units
            .iter()
            .enumerate()
            .map(|(i, u)| {
                Pair::new(
                    i,
                    &pick(&u.variants, src_lang),
                    &pick(&u.variants, tgt_lang),
                )
            })
            .collect()
    }
}

/// The section group a document alignment aligns within (as
/// [`Aligner::align_document`](crate::align::Aligner::align_document) does).
fn section_group(section: Section) -> Option<usize> {
    match section {
        Section::Title => Some(0),
        Section::Abstract => Some(1),
        Section::Keywords => Some(2),
        Section::Heading | Section::Body => Some(3),
        _ => None,
    }
}

impl Pair {
    /// Pairs from a mixed document's alignment, without the sections that
    /// are written in one language only: a paper whose Turkish part is the
    /// Öz has no Turkish body, and its English body is not a missing
    /// translation. A sentence left unpaired inside a section that both
    /// languages have is kept (as a pair with one empty side).
    ///
    /// # Examples
    /// ```
    /// use bitext::{align::Aligner, check::Pair};
    /// let doc = "Abstract: The war lasted 44 days. It ended in 2020.\n\n\
    ///            Öz: Savaş 44 gün sürdü. 2020'de sona erdi.\n\n\
    ///            Introduction\n\nThe body of the paper is written in English only. It has two sentences.\n";
    /// let aligned = Aligner::default().align_document(doc, None)?;
    /// let pairs = Pair::from_document(&aligned);
    /// assert!(pairs.iter().all(|p| !p.src_lines.is_empty() && !p.tgt_lines.is_empty()));
    /// assert_eq!(pairs.len(), 2);
    /// # Ok::<(), bitext::align::DocumentError>(())
    /// ```
    pub fn from_document(doc: &DocumentAlignment) -> Vec<Pair> {
        let a = &doc.aligned;
        let pairs = Pair::from_alignment(&doc.text, &doc.text, a);
        let split = crate::lang::split(&doc.text);
        if split.text != doc.text {
            return pairs;
        }
        let group_at = |start: usize| {
            split
                .parts
                .iter()
                .find(|p| p.span.start <= start && start < p.span.end.max(p.span.start + 1))
                .and_then(|p| section_group(p.section))
        };
        let src: Vec<Option<usize>> = a.src_sentences.iter().map(|s| group_at(s.start)).collect();
        let tgt: Vec<Option<usize>> = a.tgt_sentences.iter().map(|s| group_at(s.start)).collect();
        let has_src: HashSet<usize> = src.iter().flatten().copied().collect();
        let has_tgt: HashSet<usize> = tgt.iter().flatten().copied().collect();
        pairs
            .into_iter()
            .filter(|p| match (p.src_lines.first(), p.tgt_lines.first()) {
                (Some(_), Some(_)) => true,
                (Some(&i), None) => src
                    .get(i)
                    .copied()
                    .flatten()
                    .map_or(true, |g| has_tgt.contains(&g)),
                (None, Some(&i)) => tgt
                    .get(i)
                    .copied()
                    .flatten()
                    .map_or(true, |g| has_src.contains(&g)),
                (None, None) => false,
            })
            .collect()
    }
}

impl TermBase {
    /// The term base of a glossary for translations from `src_lang` to
    /// `tgt_lang` (English and Turkish; any other language reads the
    /// English side): each entry's term and variants on both sides, and
    /// its forbidden flag.
    ///
    /// # Examples
    /// ```
    /// use bitext::check::TermBase;
    /// use bitext::glossary::read_tsv;
    /// use bitext::Lang;
    /// let g = read_tsv("en\ttr\nMiddle Corridor\tOrta Koridor\n")?;
    /// assert_eq!(TermBase::from_glossary(&g, Lang::Tr, Lang::En).len(), 1);
    /// # Ok::<(), bitext::glossary::Error>(())
    /// ```
    pub fn from_glossary(glossary: &Glossary, src_lang: Lang, tgt_lang: Lang) -> TermBase {
        let mut terms = TermBase::new(src_lang, tgt_lang);
        for e in &glossary.entries {
            let src: Vec<&str> = e.forms(src_lang).collect();
            let tgt: Vec<&str> = e.forms(tgt_lang).collect();
            terms.add(&src, &tgt, e.forbidden);
        }
        terms
    }
}
