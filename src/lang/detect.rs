//! Classifying one piece of text: our signals on top of whatlang (long text)
//! and lingua's n-gram models (short text).

use std::sync::LazyLock;

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};

use super::signals::{self, Evidence, Vector, AZ, CORE, EN, RU, TR};
use crate::text::{lowercase, repair_mojibake};
use crate::Lang;

/// Texts with at least this many letters go to whatlang first; shorter ones
/// (single words, word pairs, titles) go to lingua's models.
const WHATLANG_MIN_LETTERS: usize = 40;
/// Above this many bytes lingua is never called (its cost grows with length
/// and whatlang's trigram profiles are reliable there).
const LINGUA_MAX_BYTES: usize = 600;
/// whatlang's answer is taken without asking lingua when, after our signals
/// are added, it still wins by this many log units.
const ACCEPT_MARGIN: f64 = 2.0;
/// Log-score given to romanized Russian when its gate is closed.
const RU_CLOSED: f64 = -10.0;

static WHATLANG_CORE: LazyLock<whatlang::Detector> = LazyLock::new(|| {
    whatlang::Detector::with_allowlist(vec![
        whatlang::Lang::Tur,
        whatlang::Lang::Eng,
        whatlang::Lang::Aze,
    ])
});

static WHATLANG_ALL: LazyLock<whatlang::Detector> = LazyLock::new(whatlang::Detector::new);

static LINGUA: LazyLock<LanguageDetector> = LazyLock::new(|| {
    LanguageDetectorBuilder::from_languages(&[
        Language::Turkish,
        Language::English,
        Language::Azerbaijani,
    ])
    .build()
});

/// The full result of classifying one piece of text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Analysis {
    /// The label.
    pub(crate) lang: Lang,
    /// Estimated probability that `lang` is right.
    pub(crate) confidence: f64,
    /// Log-posterior over the core languages (tr, en, az, ru-Latn); `None`
    /// when the text has no letters or is in another language or script.
    pub(crate) logp: Option<Vector>,
    /// Letters in the text.
    pub(crate) letters: usize,
}

impl Analysis {
    fn und() -> Self {
        Analysis {
            lang: Lang::Und,
            confidence: 1.0,
            logp: None,
            letters: 0,
        }
    }

    fn other(lang: Lang, confidence: f64, letters: usize) -> Self {
        Analysis {
            lang,
            confidence: confidence.clamp(0.0, 1.0),
            logp: None,
            letters,
        }
    }

    fn from_scores(final_scores: Vector, letters: usize) -> Self {
        let max = final_scores
            .iter()
            .copied()
            .fold(f64::NEG_INFINITY, f64::max);
        let sum: f64 = final_scores.iter().map(|s| (s - max).exp()).sum();
        let log_sum = sum.ln();
        let logp = final_scores.map(|s| s - max - log_sum);
        let best = argmax(&logp);
        Analysis {
            lang: CORE[best],
            confidence: logp[best].exp().clamp(0.0, 1.0),
            logp: Some(logp),
            letters,
        }
    }
}

pub(crate) fn argmax(v: &Vector) -> usize {
    let mut best = 0;
    for (i, x) in v.iter().enumerate() {
        if *x > v[best] {
            best = i;
        }
    }
    best
}

/// Whether a word of two or more letters is written in capitals and holds a
/// plain `I`, which is `ı` in Turkish but `i` in English.
fn has_capital_i_word(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic()).any(|word| {
        word.contains('I') && word.chars().nth(1).is_some() && !word.chars().any(char::is_lowercase)
    })
}

/// Classifies `text`.
pub(crate) fn analyze(text: &str) -> Analysis {
    let mut latin = 0usize;
    let mut other_script = 0usize;
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if c.is_ascii_alphabetic()
            || ('\u{c0}'..='\u{24f}').contains(&c)
            || ('\u{1e00}'..='\u{1eff}').contains(&c)
        {
            latin += 1;
        } else {
            other_script += 1;
        }
    }
    if latin + other_script == 0 {
        return Analysis::und();
    }
    let repaired = repair_mojibake(text);
    if other_script > latin {
        return match WHATLANG_ALL.detect(&repaired) {
            Some(info) => Analysis::other(
                from_whatlang(info.lang()),
                info.confidence(),
                latin + other_script,
            ),
            None => Analysis::und(),
        };
    }
    let lower_t = lowercase(&repaired, Lang::Tr);
    let lower_e = has_capital_i_word(&repaired).then(|| lowercase(&repaired, Lang::En));
    let mut ev = signals::evidence(&lower_t);
    if let Some(lower_e) = &lower_e {
        // Score English (and romanized Russian) on the English reading of the capitals.
        let ev_e = signals::evidence(lower_e);
        ev.score[EN] = ev_e.score[EN];
        ev.ru = ev_e.ru;
        ev.ru_words = ev_e.ru_words;
        ev.not_ru_words = ev_e.not_ru_words;
    }
    let letters = ev.letters.max(1);
    if ev.is_ru_latn() {
        let best_core = ev.score[TR].max(ev.score[EN]).max(ev.score[AZ]);
        let mut scores = [best_core.min(0.0) - 2.0; 4];
        scores[RU] = ev.ru_latn_score().max(best_core + 1.0);
        for i in [TR, EN, AZ] {
            scores[i] = ev.score[i].min(scores[RU] - 1.0);
        }
        return Analysis::from_scores(scores, letters);
    }
    if ev.foreign_letters > 0 && ev.words >= 3 {
        if let Some(other) = foreign_language(lower_e.as_deref().unwrap_or(&lower_t), &ev) {
            return other;
        }
    }
    let mut whatlang_final = None;
    if letters >= WHATLANG_MIN_LETTERS && lower_e.is_none() {
        if let Some(info) = WHATLANG_CORE.detect(&lower_t) {
            let winner = signals::index_of(from_whatlang(info.lang())).unwrap_or(TR);
            let penalty = 1.0 + 4.0 * info.confidence();
            let mut scores = [-penalty; 4];
            scores[winner] = 0.0;
            scores[RU] = RU_CLOSED;
            for i in [TR, EN, AZ] {
                scores[i] += ev.score[i];
            }
            let best = argmax(&scores);
            let runner_up = (0..4)
                .filter(|&i| i != best)
                .map(|i| scores[i])
                .fold(f64::NEG_INFINITY, f64::max);
            if (best == winner && scores[best] - runner_up >= ACCEPT_MARGIN)
                || text.len() > LINGUA_MAX_BYTES
            {
                return Analysis::from_scores(scores, letters);
            }
            whatlang_final = Some(scores);
        }
    }
    if text.len() > LINGUA_MAX_BYTES {
        if let Some(scores) = whatlang_final {
            return Analysis::from_scores(scores, letters);
        }
    }
    let mut base = lingua_log_probs(&lower_t);
    if let Some(lower_e) = &lower_e {
        let base_e = lingua_log_probs(lower_e);
        for (b, e) in base.iter_mut().zip(base_e) {
            *b = b.max(e);
        }
    }
    let mut scores = [0.0; 4];
    for i in [TR, EN, AZ] {
        scores[i] = base[i] + ev.score[i];
    }
    scores[RU] = RU_CLOSED;
    Analysis::from_scores(scores, letters)
}

/// lingua's log-probabilities for tr, en, az (ru-Latn left at 0).
fn lingua_log_probs(lower: &str) -> Vector {
    let mut out = [-12.0; 4];
    out[RU] = 0.0;
    for (language, p) in LINGUA.compute_language_confidence_values(lower) {
        let index = match language {
            Language::Turkish => TR,
            Language::English => EN,
            Language::Azerbaijani => AZ,
        };
        out[index] = p.max(1e-5).ln();
    }
    if out[..3].iter().all(|&x| x <= -12.0) {
        // lingua had no answer (no letters it knows): no preference.
        out = [0.0; 4];
    }
    out
}

/// Another Latin-script language (French, German …) when the text has
/// letters outside our alphabets and whatlang, free to choose any language,
/// names one that is not ours with some confidence.
fn foreign_language(lower: &str, ev: &Evidence) -> Option<Analysis> {
    let info = WHATLANG_ALL.detect(lower)?;
    let lang = from_whatlang(info.lang());
    if signals::index_of(lang).is_some() || info.confidence() < 0.3 {
        return None;
    }
    let core_support = ev.score[TR].max(ev.score[EN]).max(ev.score[AZ]);
    if core_support >= 3.0 {
        return None;
    }
    Some(Analysis::other(
        lang,
        info.confidence().max(0.5),
        ev.letters,
    ))
}

/// Maps a whatlang language to our [`Lang`], using two-letter BCP 47 codes
/// where ISO 639-1 has one.
pub(crate) fn from_whatlang(lang: whatlang::Lang) -> Lang {
    use whatlang::Lang as W;
    let code = match lang {
        W::Tur => return Lang::Tr,
        W::Eng => return Lang::En,
        W::Aze => return Lang::Az,
        W::Rus => return Lang::Ru,
        W::Fra => "fr",
        W::Deu => "de",
        W::Spa => "es",
        W::Ita => "it",
        W::Por => "pt",
        W::Nld => "nl",
        W::Pol => "pl",
        W::Ces => "cs",
        W::Hrv => "hr",
        W::Srp => "sr",
        W::Slv => "sl",
        W::Slk => "sk",
        W::Ron => "ro",
        W::Hun => "hu",
        W::Fin => "fi",
        W::Swe => "sv",
        W::Dan => "da",
        W::Nob => "nb",
        W::Lat => "la",
        W::Epo => "eo",
        W::Uzb => "uz",
        W::Tuk => "tk",
        W::Ukr => "uk",
        W::Bel => "be",
        W::Bul => "bg",
        W::Mkd => "mk",
        W::Ell => "el",
        W::Ara => "ar",
        W::Heb => "he",
        W::Pes => "fa",
        W::Hin => "hi",
        W::Jpn => "ja",
        W::Kor => "ko",
        W::Cmn => "zh",
        W::Vie => "vi",
        W::Ind => "id",
        W::Lit => "lt",
        W::Lav => "lv",
        W::Est => "et",
        W::Cat => "ca",
        W::Afr => "af",
        W::Tgl => "tl",
        W::Kat => "ka",
        W::Hye => "hy",
        other => other.code(),
    };
    code.parse().unwrap_or(Lang::Und)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_letters_is_und() {
        for text in ["", "   ", "12345", "(2020), 313-322.", "— * —", "№ 3 (60)"] {
            let a = analyze(text);
            assert_eq!(a.lang, Lang::Und, "{text:?}");
            assert!(a.logp.is_none());
        }
    }

    #[test]
    fn capitals_use_turkish_lowercasing() {
        assert_eq!(analyze("TÜRKİYE'NİN BÖLGESEL POLİTİKASI").lang, Lang::Tr);
        assert_eq!(
            analyze("REGIONAL POLICY AND GEOPOLITICAL POSITION").lang,
            Lang::En
        );
    }

    #[test]
    fn posterior_is_normalised() {
        let a = analyze("Bu makale bölgesel politikayı inceliyor.");
        let logp = a.logp.expect("core language");
        let total: f64 = logp.iter().map(|x| x.exp()).sum();
        assert!((total - 1.0).abs() < 1e-9);
        assert_eq!(a.lang, Lang::Tr);
    }

    #[test]
    fn other_scripts_and_languages() {
        assert_eq!(
            analyze("Это предложение написано по-русски и довольно длинное.").lang,
            Lang::Ru
        );
        let fr = analyze("La géographie, ça sert, d'abord, à faire la guerre.");
        assert_eq!(fr.lang.code(), "fr");
    }
}
