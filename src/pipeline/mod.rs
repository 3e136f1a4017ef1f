//! The whole pipeline over one mixed document, and the files `bitext run`
//! writes for it.
//!
//! [`run_document`] repairs the text ([`crate::text`]), splits it by
//! language and section ([`crate::lang::split`]), segments each part
//! ([`crate::segment`]), aligns the two main languages section by section
//! ([`crate::align::Aligner::align_document`]; English with Turkish when
//! both are present), builds a glossary from the aligned pairs
//! ([`crate::terms`], with the shipped glossaries as priors) and checks the
//! translation against it ([`crate::check`]). [`DocumentRun::files`] lists
//! what goes to disk; [`DocumentRun::report_document`] and [`report_terms`]
//! feed the review page ([`crate::report`]).

use std::collections::BTreeMap;

use crate::align::{Aligner, DocumentAlignment, DocumentError};
use crate::check::{Checker, Config, Finding, Pair, TermBase};
use crate::formats::{write_pairs, PairFormat};
use crate::glossary::{write_tbx, write_tsv, Glossary};
use crate::lang::{self, SplitDocument};
use crate::report;
use crate::segment::segment;
use crate::terms::{Corpus, GlossaryBuilder};
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
    /// The glossary built from the aligned English–Turkish pairs (empty
    /// when the document does not pair English with Turkish).
    pub glossary: Glossary,
    /// What the consistency checks found, checking the translation against
    /// that glossary.
    pub findings: Vec<Finding>,
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
/// assert!(names.contains(&"paper.glossary.tbx".to_string()));
/// # Ok::<(), bitext::align::DocumentError>(())
/// ```
pub fn run_document(
    stem: &str,
    text: &str,
    aligner: &Aligner,
) -> Result<DocumentRun, DocumentError> {
    let split = lang::split(text);
    let langs = split.languages();
    let en_tr =
        (langs.contains(&Lang::En) && langs.contains(&Lang::Tr)).then_some((Lang::En, Lang::Tr));
    let aligned = aligner.align_document(text, en_tr)?;
    let mut sentences = BTreeMap::new();
    for part in &split.parts {
        let n = segment(split.slice(part.span), part.lang).len();
        *sentences.entry(part.lang).or_insert(0) += n;
    }
    let a = &aligned.aligned;
    let glossary = if en_tr.is_some() {
        let mut corpus = Corpus::new();
        let text = aligned.text.as_str();
        corpus.add_alignment(
            text,
            text,
            &a.src_sentences,
            &a.tgt_sentences,
            a.alignment.beads(),
        );
        GlossaryBuilder::new().build(&corpus)
    } else {
        Glossary::new()
    };
    let terms = TermBase::from_glossary(&glossary, a.src_lang, a.tgt_lang);
    let findings = Checker::new(terms, Config::default()).check(&Pair::from_document(&aligned));
    Ok(DocumentRun {
        stem: stem.to_owned(),
        split,
        aligned,
        sentences,
        glossary,
        findings,
    })
}

/// The glossary as the review page shows it: ids are entry positions.
pub fn report_terms(glossary: &Glossary) -> Vec<report::Term> {
    glossary
        .entries
        .iter()
        .enumerate()
        .map(|(id, e)| report::Term {
            id,
            en: e.en.clone(),
            tr: e.tr.clone(),
            variants_en: e.variants.en.iter().map(|v| v.form.clone()).collect(),
            variants_tr: e.variants.tr.iter().map(|v| v.form.clone()).collect(),
            count: e.count,
            score: e.score,
        })
        .collect()
}

/// The findings of a check as JSON Lines (the fields of [`Finding`]).
pub fn findings_jsonl(findings: &[Finding]) -> String {
    let mut out = String::new();
    for finding in findings {
        // A finding is strings, numbers and index lists: serializing cannot fail.
        if let Ok(line) = serde_json::to_string(finding) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
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
    /// split texts and sections (see [`SplitDocument::output_files`]), the
    /// aligned pairs (`<stem>.pairs.tsv`, `<stem>.pairs.tmx`), the glossary
    /// (`<stem>.glossary.tsv`, `<stem>.glossary.tbx`) and the findings
    /// (`<stem>.findings.jsonl`).
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
        files.push((
            format!("{}.glossary.tsv", self.stem),
            write_tsv(&self.glossary).into_bytes(),
        ));
        files.push((
            format!("{}.glossary.tbx", self.stem),
            write_tbx(&self.glossary).into_bytes(),
        ));
        files.push((
            format!("{}.findings.jsonl", self.stem),
            findings_jsonl(&self.findings).into_bytes(),
        ));
        files
    }

    /// This document as the review page shows it, with its findings on their segments.
    pub fn report_document(&self) -> report::Document<'_> {
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
            matched_quality: a.alignment.matched_quality(),
            coverage: a.alignment.coverage(),
            findings: self
                .findings
                .iter()
                .map(|f| report::Finding {
                    check: f.check.id().to_owned(),
                    severity: f.severity.to_string(),
                    src_lines: f.src_lines.clone(),
                    tgt_lines: f.tgt_lines.clone(),
                    message: f.message.clone(),
                })
                .collect(),
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
        let has = |en: &str, tr: &str| {
            run.glossary
                .entries
                .iter()
                .any(|e| e.en == en && e.tr == tr)
        };
        assert!(
            has("Middle Corridor", "Orta Koridor"),
            "{:#?}",
            run.glossary.entries
        );
    }
}
