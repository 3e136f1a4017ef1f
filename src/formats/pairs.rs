//! Aligned sentence pairs as TSV, JSON Lines or TMX.

use super::write_tmx;
use crate::align::Alignment;
use crate::Lang;

/// The formats aligned pairs are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PairFormat {
    /// One bead per line: source sentences, a tab, target sentences, a tab,
    /// the score (sentences of a bead joined by a space; tabs and line breaks
    /// inside sentences become spaces; an empty column is an unaligned sentence).
    Tsv,
    /// One bead per line: `{"src": [indices], "tgt": [indices], "score": s}`.
    Jsonl,
    /// TMX 1.4b, one translation unit per bead that pairs both sides.
    Tmx,
}

/// The sentences of `range`, joined by a space, with tabs and line breaks
/// turned into spaces so that a TSV row stays one row.
fn join(sentences: &[&str], range: std::ops::Range<usize>) -> String {
    let joined = sentences.get(range).unwrap_or_default().join(" ");
    joined
        .chars()
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Writes the beads of `alignment` over the sentences `src` and `tgt` in `format`.
///
/// # Examples
/// ```
/// use bitext::align::align;
/// use bitext::formats::{write_pairs, PairFormat};
/// use bitext::Lang;
/// let src = ["The war lasted 44 days.", "It ended in 2020."];
/// let tgt = ["Savaş 44 gün sürdü.", "2020'de sona erdi."];
/// let alignment = align(&src, &tgt);
/// let tsv = write_pairs(PairFormat::Tsv, &alignment, &src, &tgt, Lang::En, Lang::Tr);
/// assert!(tsv.starts_with("The war lasted 44 days.\tSavaş 44 gün sürdü.\t"));
/// let tmx = write_pairs(PairFormat::Tmx, &alignment, &src, &tgt, Lang::En, Lang::Tr);
/// assert_eq!(bitext::formats::read_tmx(&tmx).unwrap().units.len(), 2);
/// ```
pub fn write_pairs(
    format: PairFormat,
    alignment: &Alignment,
    src: &[&str],
    tgt: &[&str],
    src_lang: Lang,
    tgt_lang: Lang,
) -> String {
    let mut out = String::new();
    match format {
        PairFormat::Tsv => {
            for bead in alignment.beads() {
                out.push_str(&format!(
                    "{}\t{}\t{:.4}\n",
                    join(src, bead.src()),
                    join(tgt, bead.tgt()),
                    bead.score()
                ));
            }
        }
        PairFormat::Jsonl => {
            for bead in alignment.beads() {
                // Serializing a bead (numbers and index arrays) cannot fail.
                if let Ok(line) = serde_json::to_string(bead) {
                    out.push_str(&line);
                    out.push('\n');
                }
            }
        }
        PairFormat::Tmx => {
            let pairs: Vec<(String, String, f64)> = alignment
                .beads()
                .iter()
                .filter(|b| !b.is_omission())
                .map(|b| (join(src, b.src()), join(tgt, b.tgt()), b.score()))
                .collect();
            let units: Vec<(&str, &str, Option<f64>)> = pairs
                .iter()
                .map(|(a, b, score)| (a.as_str(), b.as_str(), Some(*score)))
                .collect();
            out = write_tmx(&units, src_lang, tgt_lang);
            out.push('\n');
        }
    }
    out
}
