//! The sequence model: Viterbi over sentence units with a switching penalty
//! that depends on the layout between them, refined inside long sentences
//! over words.

use std::ops::Range;

use super::detect::{analyze, argmax, Analysis};
use super::signals::{self, Vector, CORE};
use super::units;
use super::LangSpan;
use crate::{Lang, Span};

/// What separates a unit from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    /// Start of the text.
    Start,
    /// Another sentence on the same line.
    Sentence,
    /// A line break inside a paragraph.
    Line,
    /// A blank line.
    Paragraph,
}

impl Gap {
    /// Log-cost of changing language across this gap.
    fn switch_cost(self) -> f64 {
        match self {
            Gap::Start => 0.0,
            Gap::Sentence => 3.0,
            Gap::Line => 1.5,
            Gap::Paragraph => 0.5,
        }
    }
}

#[derive(Debug, Clone)]
struct Unit {
    range: Range<usize>,
    gap: Gap,
    line: usize,
    paragraph: usize,
    analysis: Analysis,
    label: Lang,
}

/// How much a unit's posterior counts: short units carry little evidence.
fn weight(analysis: &Analysis) -> f64 {
    (analysis.letters as f64 / 20.0).clamp(0.15, 1.0)
}

/// Options for [`label_spans`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct SpanOptions {
    /// Look for a change of language inside long sentences.
    pub(crate) refine_words: bool,
    /// Let spans run across line breaks inside a paragraph.
    pub(crate) merge_lines: bool,
}

/// Labels `text` as language spans.
pub(crate) fn label_spans(text: &str, options: SpanOptions) -> Vec<LangSpan> {
    let mut units = Vec::new();
    let mut line_no = 0;
    for (p, para) in units::paragraphs(text).into_iter().enumerate() {
        let mut first_in_para = true;
        for line in units::nonblank_lines(text.get(para.clone()).unwrap_or("")) {
            let line = para.start + line.start..para.start + line.end;
            line_no += 1;
            let mut first_in_line = true;
            for sentence in units::sentences(text, line) {
                let gap = if units_is_empty(&units) {
                    Gap::Start
                } else if first_in_para {
                    Gap::Paragraph
                } else if first_in_line {
                    Gap::Line
                } else {
                    Gap::Sentence
                };
                first_in_para = false;
                first_in_line = false;
                let analysis = analyze(text.get(sentence.clone()).unwrap_or(""));
                units.push(Unit {
                    range: sentence,
                    gap,
                    line: line_no,
                    paragraph: p,
                    label: analysis.lang,
                    analysis,
                });
            }
        }
    }
    viterbi(&mut units);
    if options.refine_words {
        units = units.into_iter().flat_map(|u| refine(text, u)).collect();
    }
    merge(text, &units, options.merge_lines)
}

fn units_is_empty(units: &[Unit]) -> bool {
    units.is_empty()
}

/// Viterbi over the core languages, run separately on each stretch between
/// units of another language or script (which keep their own label).
fn viterbi(units: &mut [Unit]) {
    let mut start = 0;
    while start < units.len() {
        let mut end = start;
        while end < units.len() && !is_hard(&units[end]) {
            end += 1;
        }
        if end > start {
            viterbi_run(&mut units[start..end]);
        }
        start = end + 1;
    }
    // Units without letters take the label of a lettered unit on their line, else stay und.
    let n = units.len();
    for i in 0..n {
        if units[i].analysis.logp.is_some() || units[i].analysis.lang != Lang::Und {
            continue;
        }
        let line = units[i].line;
        let neighbour = (0..i)
            .rev()
            .take_while(|&j| units[j].line == line)
            .find(|&j| units[j].analysis.lang != Lang::Und)
            .or_else(|| {
                (i + 1..n)
                    .take_while(|&j| units[j].line == line)
                    .find(|&j| units[j].analysis.lang != Lang::Und)
            });
        units[i].label = neighbour.map_or(Lang::Und, |j| units[j].label);
    }
}

fn is_hard(unit: &Unit) -> bool {
    unit.analysis.logp.is_none() && unit.analysis.lang != Lang::Und
}

fn viterbi_run(run: &mut [Unit]) {
    let k = CORE.len();
    let mut score: Vector = [0.0; 4];
    let mut back: Vec<[usize; 4]> = Vec::with_capacity(run.len());
    for (t, unit) in run.iter().enumerate() {
        let emission: Vector = match &unit.analysis.logp {
            Some(logp) => {
                let w = weight(&unit.analysis);
                logp.map(|x| w * x.max(-20.0))
            }
            None => [0.0; 4],
        };
        let cost = if t == 0 { 0.0 } else { unit.gap.switch_cost() };
        let mut next = [f64::NEG_INFINITY; 4];
        let mut from = [0usize; 4];
        for (s, slot) in next.iter_mut().enumerate() {
            for (p, prev) in score.iter().enumerate() {
                let candidate = prev - if p == s { 0.0 } else { cost };
                if candidate > *slot {
                    *slot = candidate;
                    from[s] = p;
                }
            }
            *slot += emission[s];
        }
        score = next;
        back.push(from);
    }
    let mut state = argmax(&score);
    for t in (0..run.len()).rev() {
        if let Some(unit) = run.get_mut(t) {
            if unit.analysis.logp.is_some() {
                unit.label = CORE[state];
            }
        }
        state = back.get(t).map_or(state, |b| b[state]);
    }
    let _ = k;
}

/// Looks for a change of language inside a long sentence: per-word scores
/// (our signals) flag a stretch of words that disagree with the sentence,
/// then a word-level Viterbi with lingua's word scores places the cut, and
/// each piece is classified again.
fn refine(text: &str, unit: Unit) -> Vec<Unit> {
    let Some(label_index) = signals::index_of(unit.label) else {
        return vec![unit];
    };
    let tokens = units::tokens(text, unit.range.clone());
    if tokens.len() < 6 {
        return vec![unit];
    }
    let votes: Vec<Option<usize>> = tokens
        .iter()
        .map(|t| {
            let word = text.get(t.clone()).unwrap_or("");
            let ev = signals::evidence(&crate::text::lowercase(word, Lang::Tr));
            let best = argmax(&ev.score);
            let second = (0..3)
                .filter(|&i| i != best)
                .map(|i| ev.score[i])
                .fold(f64::NEG_INFINITY, f64::max);
            (best < 3 && ev.score[best] - second >= 1.0).then_some(best)
        })
        .collect();
    let suspicious = votes.windows(3).any(|w| {
        let against: Vec<usize> = w
            .iter()
            .flatten()
            .copied()
            .filter(|&v| v != label_index)
            .collect();
        against.len() >= 2 && !w.iter().flatten().any(|&v| v == label_index)
    });
    if !suspicious {
        return vec![unit];
    }
    // Word-level Viterbi.
    let emissions: Vec<Vector> = tokens
        .iter()
        .map(|t| {
            let a = analyze(text.get(t.clone()).unwrap_or(""));
            a.logp.map_or([0.0; 4], |l| l.map(|x| x.max(-6.0)))
        })
        .collect();
    let penalty = 4.0;
    let mut score: Vector = [0.0; 4];
    score[label_index] = 0.5;
    let mut back: Vec<[usize; 4]> = Vec::with_capacity(tokens.len());
    for (t, e) in emissions.iter().enumerate() {
        let mut next = [f64::NEG_INFINITY; 4];
        let mut from = [0usize; 4];
        for s in 0..4 {
            for p in 0..4 {
                let c = score[p] - if p == s || t == 0 { 0.0 } else { penalty };
                if c > next[s] {
                    next[s] = c;
                    from[s] = p;
                }
            }
            next[s] += e[s];
        }
        score = next;
        back.push(from);
    }
    let mut states = vec![0usize; tokens.len()];
    let mut state = argmax(&score);
    for t in (0..tokens.len()).rev() {
        states[t] = state;
        state = back[t][state];
    }
    // Pieces of at least two tokens; shorter ones join the piece before.
    let mut pieces: Vec<(Range<usize>, usize)> = Vec::new();
    let mut t = 0;
    while t < tokens.len() {
        let mut e = t;
        while e + 1 < tokens.len() && states[e + 1] == states[t] {
            e += 1;
        }
        let range = tokens[t].start..tokens[e].end;
        match pieces.last_mut() {
            Some(last) if e - t + 1 < 2 || last.1 == states[t] => last.0.end = range.end,
            _ => pieces.push((range, states[t])),
        }
        t = e + 1;
    }
    if pieces.len() < 2 {
        return vec![unit];
    }
    let mut out: Vec<Unit> = Vec::new();
    for (range, _) in pieces {
        let analysis = analyze(text.get(range.clone()).unwrap_or(""));
        let label = analysis.lang;
        match out.last_mut() {
            Some(last) if last.label == label => {
                last.range.end = range.end;
                last.analysis = analyze(text.get(last.range.clone()).unwrap_or(""));
            }
            _ => out.push(Unit {
                range,
                gap: if out.is_empty() {
                    unit.gap
                } else {
                    Gap::Sentence
                },
                line: unit.line,
                paragraph: unit.paragraph,
                label,
                analysis,
            }),
        }
    }
    if out.len() < 2 {
        return vec![unit];
    }
    out
}

/// Joins neighbouring units with the same label into spans.
fn merge(text: &str, units: &[Unit], merge_lines: bool) -> Vec<LangSpan> {
    let mut spans: Vec<(Range<usize>, Lang, f64, f64, usize, usize)> = Vec::new();
    for unit in units {
        let conf = unit_confidence(unit);
        let w = unit.analysis.letters.max(1) as f64;
        match spans.last_mut() {
            Some(last)
                if last.1 == unit.label
                    && last.4 == unit.paragraph
                    && (merge_lines || last.5 == unit.line) =>
            {
                last.0.end = unit.range.end;
                last.2 += conf * w;
                last.3 += w;
                last.5 = unit.line;
            }
            _ => spans.push((
                unit.range.clone(),
                unit.label,
                conf * w,
                w,
                unit.paragraph,
                unit.line,
            )),
        }
    }
    let _ = text;
    spans
        .into_iter()
        .map(|(range, lang, cw, w, _, _)| LangSpan {
            span: Span::new(range.start, range.end),
            lang,
            confidence: (cw / w).clamp(0.0, 1.0),
        })
        .collect()
}

fn unit_confidence(unit: &Unit) -> f64 {
    match (&unit.analysis.logp, signals::index_of(unit.label)) {
        (Some(logp), Some(i)) => logp[i].exp(),
        _ if unit.label == unit.analysis.lang => unit.analysis.confidence,
        _ => 0.5,
    }
}
