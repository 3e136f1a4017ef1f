//! The whole pipeline over one mixed document, and the files `bitext run`
//! writes for it.
//!
//! [`run_document`] repairs the text ([`crate::text`]), splits it by
//! language and section ([`crate::lang::split`]), segments each part
//! ([`crate::segment`]) and aligns the two main languages section by section
//! ([`crate::align::Aligner::align_document`]). [`DocumentRun::files`] lists
//! what goes to disk; [`DocumentRun::report_document`] feeds the review page
//! ([`crate::report`]).

use std::collections::BTreeMap;

use crate::align::{Aligner, DocumentAlignment, DocumentError};
use crate::formats::{write_pairs, PairFormat};
use crate::lang::{self, SplitDocument};
use crate::report;
use crate::segment::segment;
use crate::Lang;

/// Everything the pipeline found in one document.
#[derive(Debug, Clone)]
pub struct DocumentRun {
    /// Name used as the stem of every output file (`paper` for `paper.txt`).
    pub stem: String,
    /// The document split by language and section.
    pub split: SplitDocument,
    /// Sentences and beads of the two main languages.
    pub aligned: DocumentAlignment,
    /// Sentences per language found in the document.
    pub sentences: BTreeMap<Lang, usize>,
}

/// Runs clean → split → segment → align over one mixed document.
///
/// # Errors
/// [`DocumentError::OneLanguage`] when the document does not hold text in
/// two languages.
///
/// # Examples
/// ```
/// use bitext::{align::Aligner, pipeline::run_document, Lang};
/// let doc = "Abstract: The corridor grew by 35 percent. Trade doubled.\n\n\
///            Öz: Koridor yüzde 35 büyüdü. Ticaret iki katına çıktı.\n";
/// let run = run_document("paper", doc, &Aligner::default())?;
/// assert_eq!(run.aligned.aligned.alignment.beads().len(), 2);
/// assert_eq!(run.sentences[&Lang::Tr], 2);
/// let names: Vec<String> = run.files().into_iter().map(|(name, _)| name).collect();
/// assert!(names.contains(&"paper.pairs.tmx".to_string()));
/// # Ok::<(), bitext::align::DocumentError>(())
/// ```
pub fn run_document(
    stem: &str,
    text: &str,
    aligner: &Aligner,
) -> Result<DocumentRun, DocumentError> {
    let aligned = aligner.align_document(text, None)?;
    let split = lang::split(text);
    let mut sentences = BTreeMap::new();
    for part in &split.parts {
        let n = segment(split.slice(part.span), part.lang).len();
        *sentences.entry(part.lang).or_insert(0) += n;
    }
    Ok(DocumentRun {
        stem: stem.to_owned(),
        split,
        aligned,
        sentences,
    })
}

impl DocumentRun {
    /// The source and target sentences as text.
    pub fn sentence_texts(&self) -> (Vec<&str>, Vec<&str>) {
        let text = &self.aligned.text;
        let side = |spans: &[crate::Span]| -> Vec<&str> {
            spans
                .iter()
                .map(|s| s.slice(text).unwrap_or_default())
                .collect()
        };
        (
            side(&self.aligned.aligned.src_sentences),
            side(&self.aligned.aligned.tgt_sentences),
        )
    }

    /// The files this document's run writes, as (file name, contents): the
    /// split texts and sections (see [`SplitDocument::output_files`]), and
    /// the aligned pairs as `<stem>.pairs.tsv` and `<stem>.pairs.tmx`.
    pub fn files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files = self.split.output_files(&self.stem, &self.stem);
        let (src, tgt) = self.sentence_texts();
        let a = &self.aligned.aligned;
        for (format, ext) in [
            (PairFormat::Tsv, "pairs.tsv"),
            (PairFormat::Tmx, "pairs.tmx"),
        ] {
            let body = write_pairs(format, &a.alignment, &src, &tgt, a.src_lang, a.tgt_lang);
            files.push((format!("{}.{ext}", self.stem), body.into_bytes()));
        }
        files
    }

    /// This document as the review page shows it, with `findings` on its segments.
    pub fn report_document(&self, findings: Vec<report::Finding>) -> report::Document<'_> {
        let a = &self.aligned.aligned;
        report::Document {
            name: self.stem.clone(),
            src_lang: a.src_lang,
            tgt_lang: a.tgt_lang,
            languages: self.sentences.iter().map(|(&l, &n)| (l, n)).collect(),
            text: &self.aligned.text,
            src_sentences: &a.src_sentences,
            tgt_sentences: &a.tgt_sentences,
            beads: a.alignment.beads(),
            quality: a.alignment.quality(),
            findings,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_language_is_an_error() {
        let err = run_document(
            "x",
            "Only English here. Nothing else.\n",
            &Aligner::default(),
        )
        .unwrap_err();
        assert!(err.to_string().contains("two languages"), "{err}");
    }

    #[test]
    fn sample_paper_aligns_abstract_and_keywords() {
        let text = include_str!("../../samples/paper.txt");
        let run = run_document("paper", text, &Aligner::default()).unwrap();
        let (src, tgt) = run.sentence_texts();
        let beads = run.aligned.aligned.alignment.beads();
        let pair = |needle: &str| {
            beads
                .iter()
                .find(|b| src[b.src()].iter().any(|s| s.contains(needle)))
                .map(|b| tgt[b.tgt()].join(" "))
                .unwrap_or_default()
        };
        assert!(pair("grew by 35 percent").contains("yüzde 35"));
        assert!(pair("Unmanned aerial vehicles").contains("İnsansız hava araçları"));
        assert!(pair("Middle Corridor, rail freight").contains("Orta Koridor, demiryolu"));
        assert!(run.sentences[&Lang::En] > 6 && run.sentences[&Lang::Tr] > 6);
    }
}
