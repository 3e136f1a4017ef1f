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
    /// A new list item (a line starting with `-`, `•`, `[12]`, `3.` …).
    Item,
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
            Gap::Item => 0.5,
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
    /// The language of the whole line, when it was read whole.
    line_lang: Lang,
    /// Its confidence.
    line_confidence: f64,
    /// Every word is capitalized (authors, initials, a Title Case name).
    name_like: bool,
}

/// A piece cut out of a sentence needs this many words of two or more letters
/// (so that a two-word name is not a language span) …
const MIN_PIECE_WORDS: usize = 3;
/// … and a confident label of its own.
const MIN_PIECE_CONFIDENCE: f64 = 0.9;

/// Sentences with fewer letters than this are short enough to need the
/// evidence of their whole line.
const WHATLANG_LETTERS: usize = 40;

/// Lines up to this long are also classified whole when they hold several sentences.
const LINE_CONTEXT_MAX_BYTES: usize = 400;
/// Units with fewer letters take the language of their line when that is
/// another language (French, …) the sentence alone could not show.
const SHORT_UNIT_LETTERS: usize = 20;

/// How much a unit's posterior counts: short units (a name, "Moskva.")
/// carry little evidence, whatever their posterior says.
fn weight(analysis: &Analysis) -> f64 {
    (analysis.letters as f64 / 40.0).powf(1.5).clamp(0.02, 1.0)
}

/// Names ("Boban, D., & Blažević, I. (2023).") say little about the
/// language around them: their units count this much.
const NAME_WEIGHT: f64 = 0.3;

/// Whether a unit reads as names: every word of two or more letters starts
/// with a capital, and there are initials (`Boban, D.`) or just two such
/// words (`Elvin Şirinov`). A single word is more likely a heading, and three
/// or more capitalized words without initials more likely a title.
fn is_name_like(text: &str) -> bool {
    let mut words = 0;
    let mut initials = false;
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| signals::is_letter(c)) {
        let tail = rest.get(start..).unwrap_or("");
        let end = tail
            .find(|c: char| !signals::is_letter(c))
            .unwrap_or(tail.len());
        let word = tail.get(..end).unwrap_or("");
        rest = tail.get(end..).unwrap_or("");
        let mut chars = word.chars();
        let Some(first) = chars.next() else { break };
        if chars.next().is_none() {
            initials |= first.is_uppercase() && rest.starts_with('.');
            continue;
        }
        words += 1;
        if !first.is_uppercase() {
            return false;
        }
    }
    words >= 1 && (initials || words == 2)
}

/// The most a unit's posterior may count against a language, before weighting.
const EMISSION_FLOOR: f64 = -12.0;

/// Options for [`label_spans`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct SpanOptions {
    /// Look for a change of language inside long sentences.
    pub(crate) refine_words: bool,
    /// Let spans run across line breaks inside a paragraph.
    pub(crate) merge_lines: bool,
}

/// Whether `text` holds more than one sentence (or line).
pub(crate) fn has_several_sentences(text: &str) -> bool {
    let trimmed = text.trim();
    if trimmed.contains('\n') {
        return true;
    }
    units::sentences(text, 0..text.len()).len() > 1
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
            let first_unit = units.len();
            for sentence in units::sentences(text, line.clone()) {
                let gap = if units_is_empty(&units) {
                    Gap::Start
                } else if first_in_para {
                    Gap::Paragraph
                } else if first_in_line && is_list_item(text.get(line.clone()).unwrap_or("")) {
                    Gap::Item
                } else if first_in_line {
                    Gap::Line
                } else {
                    Gap::Sentence
                };
                first_in_para = false;
                first_in_line = false;
                let sentence_text = text.get(sentence.clone()).unwrap_or("");
                let analysis = analyze(sentence_text);
                let name_like = is_name_like(sentence_text);
                units.push(Unit {
                    range: sentence,
                    gap,
                    line: line_no,
                    paragraph: p,
                    label: analysis.lang,
                    analysis,
                    line_lang: Lang::Und,
                    line_confidence: 0.0,
                    name_like,
                });
            }
            // A short line of several sentences, some of them short (a
            // reference entry), is also read whole: romanized Russian and
            // other languages show in the spelling of many words together.
            let line_units = units.get_mut(first_unit..).unwrap_or_default();
            let weak = line_units
                .iter()
                .any(|u| u.analysis.letters < WHATLANG_LETTERS);
            if line_units.len() > 1 && weak && line.len() <= LINE_CONTEXT_MAX_BYTES {
                let a = analyze(text.get(line.clone()).unwrap_or(""));
                for unit in line_units {
                    unit.line_lang = a.lang;
                    unit.line_confidence = a.confidence;
                }
            }
        }
    }
    viterbi(&mut units);
    if options.refine_words {
        units = units.into_iter().flat_map(|u| refine(text, u)).collect();
    }
    merge(text, &units, options.merge_lines)
}

/// Whether a line starts a list item: a bullet or dash, or a number or
/// bracketed number followed by `.`, `)` or `]`.
fn is_list_item(line: &str) -> bool {
    let line = line.trim_start();
    if line.starts_with(['-', '•', '–', '—', '*', '·', '▪']) {
        return true;
    }
    let digits = line
        .trim_start_matches('[')
        .trim_start_matches(|c: char| c.is_ascii_digit());
    digits.len() < line.trim_start_matches('[').len() && digits.starts_with(['.', ')', ']'])
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
    // Short units on a line read as another language take that language.
    for unit in units.iter_mut() {
        let hard_line = !matches!(
            unit.line_lang,
            Lang::Und | Lang::Tr | Lang::En | Lang::Az | Lang::RuLatn
        );
        if hard_line && unit.analysis.letters > 0 && unit.analysis.letters < SHORT_UNIT_LETTERS {
            unit.label = unit.line_lang;
        }
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
                let w = weight(&unit.analysis) * if unit.name_like { NAME_WEIGHT } else { 1.0 };
                let mut e = logp.map(|x| w * x.max(EMISSION_FLOOR));
                // A unit with no romanized-Russian evidence against it can sit
                // inside a romanized-Russian stretch (a city name, "Moskva.").
                let soft = -3.0 - 1.5 * unit.analysis.not_ru_words as f64;
                e[signals::RU] = e[signals::RU].max(w * soft);
                if unit.line_lang == Lang::RuLatn && !(w >= 1.0 && unit.analysis.confidence >= 0.99)
                {
                    // Inside a line that reads as romanized Russian, a sentence
                    // without strong evidence of its own follows the line.
                    let best = e.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                    e[signals::RU] = best + 1.0;
                }
                e
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
    // Each word votes for the sentence's language (+1), against it (-1:
    // another language scores at least 1 higher), or not at all (0).
    let sentence = text.get(unit.range.clone()).unwrap_or("");
    let lower = crate::text::lowercase(sentence, Lang::Tr);
    let votes: Vec<i8> = tokens
        .iter()
        .zip(lower.split_whitespace())
        .map(|(t, lower_word)| {
            let word = text.get(t.clone()).unwrap_or("");
            let mut ev = signals::evidence(lower_word);
            if word.contains('I') {
                // English is scored on the English reading of a capital I.
                ev.score[signals::EN] =
                    signals::evidence(&crate::text::lowercase(word, Lang::En)).score[signals::EN];
            }
            let own = ev.score[label_index];
            let other = (0..3)
                .filter(|&i| i != label_index)
                .map(|i| ev.score[i])
                .fold(f64::NEG_INFINITY, f64::max);
            if other - own >= 1.0 {
                -1
            } else if own - other >= 1.0 {
                1
            } else {
                0
            }
        })
        .collect();
    let suspicious = votes
        .windows(3)
        .any(|w| w.iter().filter(|&&v| v < 0).count() >= 2 && !w.contains(&1));
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
            for (p, prev) in score.iter().enumerate() {
                let c = prev - if p == s || t == 0 { 0.0 } else { penalty };
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
        let piece = text.get(range.clone()).unwrap_or("");
        let analysis = analyze(piece);
        let label = analysis.lang;
        let lettered = piece
            .split_whitespace()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .count();
        if label != unit.label
            && (lettered < MIN_PIECE_WORDS || analysis.confidence < MIN_PIECE_CONFIDENCE)
        {
            // Too little text (a name) or too unsure to stand on its own.
            return vec![unit];
        }
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
                line_lang: unit.line_lang,
                line_confidence: unit.line_confidence,
                name_like: false,
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
    let own = unit_own_confidence(unit);
    if unit.label == unit.line_lang {
        own.max(unit.line_confidence)
    } else {
        own
    }
}

fn unit_own_confidence(unit: &Unit) -> f64 {
    match (&unit.analysis.logp, signals::index_of(unit.label)) {
        (Some(logp), Some(i)) => logp[i].exp(),
        _ if unit.label == unit.analysis.lang => unit.analysis.confidence,
        _ => 0.5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(text: &str) -> Vec<(String, Lang)> {
        label_spans(
            text,
            SpanOptions {
                refine_words: true,
                merge_lines: true,
            },
        )
        .into_iter()
        .map(|s| (s.span.slice(text).unwrap_or("").to_owned(), s.lang))
        .collect()
    }

    #[test]
    fn name_like_units() {
        assert!(is_name_like("- Boban, D., & Blažević, I. (2023)."));
        assert!(!is_name_like("Kaynaklar:"));
        assert!(is_name_like("Elvin ŞİRİNOV*"));
        assert!(is_name_like("Cornell, S. E. (2011)."));
        assert!(!is_name_like(
            "*Karadeniz Araştırmaları Dergisi*, 4(1), 10-20."
        ));
        assert!(!is_name_like("The failure of mediation."));
        assert!(!is_name_like("(2023)."));
    }

    #[test]
    fn list_items() {
        assert!(is_list_item("- Cornell, S. E."));
        assert!(is_list_item("[12] Smith"));
        assert!(is_list_item("3. Sonuç"));
        assert!(!is_list_item("2020 yılında"));
        assert!(!is_list_item("Bu bir cümle."));
    }

    #[test]
    fn reference_lines_keep_their_own_language() {
        let text = "- Kaya, M. (2020). Karadeniz limanlarının rekabet gücü. Ankara: Deniz Yayınları.\n\
                    - Ivanova, O. (2018). Morskiye porty Chernogo morya: ekonomicheskiye aspekty razvitiya. Moskva.\n\
                    - Smith, J. (2017). Ports and trade in a changing world. London: Harbour Press.\n";
        let got: Vec<Lang> = labels(text).into_iter().map(|(_, l)| l).collect();
        assert_eq!(got, [Lang::Tr, Lang::RuLatn, Lang::En]);
    }

    #[test]
    fn a_short_name_does_not_make_a_span() {
        let text = "Şirinov, E. (2026). The regional policy of Turkey in the South Caucasus after the war.";
        let got = labels(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, Lang::En);
    }

    #[test]
    fn two_sentences_in_two_languages_split_at_the_join() {
        let text = "The council approved the new budget for the harbour last week. Belediye meclisi geçen hafta liman için yeni bütçeyi onayladı.";
        let got = labels(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            got[0],
            (
                "The council approved the new budget for the harbour last week.".to_owned(),
                Lang::En
            )
        );
        assert_eq!(got[1].1, Lang::Tr);
    }

    #[test]
    fn turkish_title_inside_an_english_sentence_is_refined() {
        let text = "The results were published in Uluslararası İlişkiler ve Güvenlik Araştırmaları Dergisi as a long report on the regional ports";
        let got = labels(text);
        assert!(
            got.iter()
                .any(|(t, l)| *l == Lang::Tr && t.contains("Araştırmaları")),
            "{got:?}"
        );
        assert_eq!(got.first().map(|g| g.1), Some(Lang::En), "{got:?}");
    }
}
