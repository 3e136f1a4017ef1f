//! Aligned pairs from files: TSV, JSON Lines and TMX.

use super::Corpus;
use crate::glossary::Evidence;
use crate::Lang;

/// Error reading aligned pairs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A line of a TSV or JSON Lines file is malformed.
    #[error("line {line}: {message}")]
    Line {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The TMX file is malformed.
    #[error(transparent)]
    Tmx(#[from] crate::formats::Error),
    /// The input holds no English–Turkish pair.
    #[error("{0}")]
    NoPairs(String),
}

/// Whether the first column of a set of pairs is Turkish (then the columns
/// are swapped).
fn first_is_turkish(pairs: &[(String, String, Evidence)]) -> bool {
    let sample = |first: bool| -> String {
        pairs
            .iter()
            .take(200)
            .map(|(a, b, _)| if first { a.as_str() } else { b.as_str() })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let a = crate::lang::detect(&sample(true)).lang();
    let b = crate::lang::detect(&sample(false)).lang();
    a == Lang::Tr && b != Lang::Tr
}

fn corpus_of(mut pairs: Vec<(String, String, Evidence)>, swap: Option<bool>) -> Corpus {
    let swap = swap.unwrap_or_else(|| first_is_turkish(&pairs));
    let mut corpus = Corpus::new();
    for (a, b, ev) in pairs.drain(..) {
        if swap {
            corpus.add_pair(
                &b,
                &a,
                Evidence {
                    src_line: ev.tgt_line,
                    tgt_line: ev.src_line,
                },
            );
        } else {
            corpus.add_pair(&a, &b, ev);
        }
    }
    corpus
}

impl Corpus {
    /// Reads aligned pairs from TSV: `source ⇥ target [⇥ more columns]`, as
    /// `bitext align` writes them. A header line naming `en` and `tr` (or
    /// `src`, `tgt`) is optional; `#` lines and blank lines are skipped; a row
    /// with an empty side is an unpaired sentence. Which column is English
    /// comes from the header, else from language detection over the columns.
    /// Evidence lines are the file's line numbers.
    ///
    /// # Errors
    /// [`Error::Line`] for a row without a tab.
    ///
    /// # Examples
    /// ```
    /// use bitext::terms::Corpus;
    /// let c = Corpus::from_tsv("tr\ten\nOrta Koridor büyüyor.\tThe Middle Corridor grows.\t0.9\n")?;
    /// assert_eq!(c.units(), 1);
    /// let err = Corpus::from_tsv("one column only\n").unwrap_err();
    /// assert_eq!(err.to_string(), "line 1: expected at least 2 tab-separated columns (source, target), found 1");
    /// # Ok::<(), bitext::terms::Error>(())
    /// ```
    pub fn from_tsv(text: &str) -> Result<Corpus, Error> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut pairs = Vec::new();
        let mut unpaired = Vec::new();
        let mut swap = None;
        let mut first = true;
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let row = raw.strip_suffix('\r').unwrap_or(raw);
            if row.trim().is_empty() || row.starts_with('#') {
                continue;
            }
            let mut cells = row.split('\t');
            let (Some(a), Some(b)) = (cells.next(), cells.next()) else {
                return Err(Error::Line {
                    line,
                    message: "expected at least 2 tab-separated columns (source, target), found 1"
                        .into(),
                });
            };
            if first {
                first = false;
                match (a.trim(), b.trim()) {
                    ("en" | "src" | "source", "tr" | "tgt" | "target") => {
                        swap = Some(false);
                        continue;
                    }
                    ("tr", "en") => {
                        swap = Some(true);
                        continue;
                    }
                    _ => {}
                }
            }
            let ev = Evidence {
                src_line: line,
                tgt_line: line,
            };
            match (a.trim().is_empty(), b.trim().is_empty()) {
                (false, false) => pairs.push((a.trim().to_owned(), b.trim().to_owned(), ev)),
                (false, true) => unpaired.push((0, a.trim().to_owned())),
                (true, false) => unpaired.push((1, b.trim().to_owned())),
                (true, true) => {}
            }
        }
        let swap = swap.unwrap_or_else(|| first_is_turkish(&pairs));
        let mut corpus = corpus_of(pairs, Some(swap));
        for (col, s) in unpaired {
            let lang = if (col == 0) != swap {
                Lang::En
            } else {
                Lang::Tr
            };
            corpus.add_unpaired(lang, &s);
        }
        Ok(corpus)
    }

    /// Reads aligned pairs from JSON Lines: one object per line with string
    /// (or array of strings) fields `en` and `tr`, or `src` and `tgt` (whose
    /// languages are then detected). Evidence lines are the file's lines.
    ///
    /// # Errors
    /// [`Error::Line`] for a line that is not a JSON object with those
    /// fields.
    ///
    /// # Examples
    /// ```
    /// use bitext::terms::Corpus;
    /// let c = Corpus::from_jsonl("{\"en\": \"Shusha\", \"tr\": \"Şuşa\"}\n")?;
    /// assert_eq!(c.units(), 1);
    /// let err = Corpus::from_jsonl("{\"en\": \"x\"}\n").unwrap_err();
    /// assert!(err.to_string().starts_with("line 1: "));
    /// # Ok::<(), bitext::terms::Error>(())
    /// ```
    pub fn from_jsonl(text: &str) -> Result<Corpus, Error> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut pairs = Vec::new();
        let mut named = None;
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            if raw.trim().is_empty() {
                continue;
            }
            let value: serde_json::Value = serde_json::from_str(raw).map_err(|e| Error::Line {
                line,
                message: format!("not JSON: {e}"),
            })?;
            let field = |name: &str| -> Option<String> {
                match value.get(name)? {
                    serde_json::Value::String(s) => Some(s.clone()),
                    serde_json::Value::Array(items) => Some(
                        items
                            .iter()
                            .filter_map(|v| v.as_str())
                            .collect::<Vec<_>>()
                            .join(" "),
                    ),
                    _ => None,
                }
            };
            let (a, b, by_name) = match (field("en"), field("tr"), field("src"), field("tgt")) {
                (Some(en), Some(tr), _, _) => (en, tr, true),
                (_, _, Some(s), Some(t)) => (s, t, false),
                _ => {
                    return Err(Error::Line {
                        line,
                        message: "expected an object with string fields \"en\" and \"tr\" (or \"src\" and \"tgt\")".into(),
                    })
                }
            };
            named = Some(named.unwrap_or(true) && by_name);
            if !a.trim().is_empty() && !b.trim().is_empty() {
                pairs.push((
                    a,
                    b,
                    Evidence {
                        src_line: line,
                        tgt_line: line,
                    },
                ));
            }
        }
        let swap = if named == Some(true) {
            Some(false)
        } else {
            None
        };
        Ok(corpus_of(pairs, swap))
    }

    /// Reads aligned pairs from a TMX document: from each `<tu>`, the first
    /// English (`en`, `en-*`) and the first Turkish (`tr`, `tr-*`) variant.
    /// Evidence lines are the 1-based `<tu>` numbers.
    ///
    /// # Errors
    /// [`Error::Tmx`] for malformed TMX; [`Error::NoPairs`] when no unit has
    /// both languages.
    ///
    /// # Examples
    /// ```
    /// use bitext::formats::write_tmx;
    /// use bitext::terms::Corpus;
    /// use bitext::Lang;
    /// let tmx = write_tmx(&[("Baku", "Bakü", None)], Lang::En, Lang::Tr);
    /// assert_eq!(Corpus::from_tmx(&tmx)?.units(), 1);
    /// # Ok::<(), bitext::terms::Error>(())
    /// ```
    pub fn from_tmx(xml: &str) -> Result<Corpus, Error> {
        let tmx = crate::formats::read_tmx(xml)?;
        let is = |code: &str, lang: &str| {
            let code = code.to_ascii_lowercase();
            code == lang || code.starts_with(&format!("{lang}-"))
        };
        let mut pairs = Vec::new();
        for (i, unit) in tmx.units.iter().enumerate() {
            let en = unit.variants.iter().find(|(l, _)| is(l, "en"));
            let tr = unit.variants.iter().find(|(l, _)| is(l, "tr"));
            if let (Some((_, en)), Some((_, tr))) = (en, tr) {
                pairs.push((
                    en.clone(),
                    tr.clone(),
                    Evidence {
                        src_line: i + 1,
                        tgt_line: i + 1,
                    },
                ));
            }
        }
        if pairs.is_empty() && !tmx.units.is_empty() {
            return Err(Error::NoPairs(
                "no translation unit has both an English (en) and a Turkish (tr) variant".into(),
            ));
        }
        Ok(corpus_of(pairs, Some(false)))
    }
}
