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
/// Our signals decide alone when the best language leads by this much (and
/// has at least this much support): e^6 ≈ 400 to 1.
const DECISIVE: f64 = 6.0;
/// -ln(1 - 1/12): the log-cost per letter of not seeing ə in Azerbaijani.
const AZ_SCHWA_RATE_LN: f64 = 0.087;
/// Log-odds added to Turkish when the text shows Windows-1254 mojibake
/// (`ý þ ð` for `ı ş ğ`) and no ə: the text was stored in Windows-1254, the
/// Turkish code page, which cannot encode Azerbaijani's ə, and English text
/// has none of the six letters whose bytes differ. e² ≈ 7 to 1.
const CP1254_TURKISH: f64 = 2.0;
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
    /// Words whose spelling rules out romanized Russian (ı, ğ, ö, ü, ə, w, th).
    pub(crate) not_ru_words: usize,
}

impl Analysis {
    fn und() -> Self {
        Analysis {
            lang: Lang::Und,
            confidence: 1.0,
            logp: None,
            letters: 0,
            not_ru_words: 0,
        }
    }

    fn other(lang: Lang, confidence: f64, letters: usize) -> Self {
        Analysis {
            lang,
            confidence: confidence.clamp(0.0, 1.0),
            logp: None,
            letters,
            not_ru_words: 0,
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
            not_ru_words: 0,
        }
    }
}

impl Analysis {
    fn with_not_ru(mut self, n: usize) -> Self {
        self.not_ru_words = n;
        self
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
    text.split(|c: char| !signals::is_letter(c)).any(|word| {
        let mut chars = word.chars();
        // A word with Turkish or Azerbaijani letters (Işık, Iğdır) is read the Turkish way.
        let turkic = word.contains([
            'ç', 'ğ', 'ı', 'ö', 'ş', 'ü', 'ə', 'Ç', 'Ğ', 'Ö', 'Ş', 'Ü', 'Ə', 'İ',
        ]);
        let title_i =
            !turkic && chars.next() == Some('I') && chars.next().is_some_and(char::is_lowercase);
        title_i
            || (word.contains('I')
                && word.chars().nth(1).is_some()
                && !word.chars().any(char::is_lowercase))
    })
}

/// Classifies `text`.
pub(crate) fn analyze(text: &str) -> Analysis {
    let mut latin = 0usize;
    let mut other_script = 0usize;
    for c in text.chars().filter(|&c| signals::is_letter(c)) {
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
    let repaired = if may_have_mojibake(text) {
        repair_mojibake(text)
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let repaired = without_addresses(&repaired);
    if !repaired.chars().any(signals::is_letter) {
        return Analysis::und();
    }
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
    let (repaired, cp1254) = cp1254_view(repaired);
    let repaired = dotted_i_view(repaired);
    let lower_t = lowercase(&repaired, Lang::Tr);
    let lower_e = has_capital_i_word(&repaired).then(|| lowercase(&repaired, Lang::En));
    let mut ev = match &lower_e {
        Some(lower_e) => signals::evidence_read(&lower_t, lower_e),
        None => signals::evidence(&lower_t),
    };
    if let Some(lower_e) = &lower_e {
        // Score English (and romanized Russian) on the English reading of the capitals.
        let ev_e = signals::evidence(lower_e);
        ev.score[EN] = ev_e.score[EN];
        ev.ru = ev_e.ru;
        ev.ru_words = ev_e.ru_words;
        ev.not_ru_words = ev_e.not_ru_words;
    }
    if cp1254 && !ev.schwa {
        ev.score[TR] += CP1254_TURKISH;
    }
    let letters = ev.letters.max(1);
    if ev.is_ru_latn() {
        let best_core = ev.score[TR].max(ev.score[EN]).max(ev.score[AZ]);
        let mut scores = [best_core.min(0.0) - 2.0; 4];
        scores[RU] = ev.ru_latn_score().max(best_core + 1.0);
        for i in [TR, EN, AZ] {
            scores[i] = ev.score[i].min(scores[RU] - 1.0);
        }
        return Analysis::from_scores(scores, letters).with_not_ru(ev.not_ru_words);
    }
    if ev.foreign_letters > 0 && ev.words >= 3 {
        if let Some(other) = foreign_language(lower_e.as_deref().unwrap_or(&lower_t), &ev) {
            return other;
        }
    }
    // Our signals alone settle texts with clear function-word and letter
    // evidence (most sentences); whatlang and lingua are asked only otherwise.
    {
        let mut core = ev.score;
        core[RU] = RU_CLOSED;
        if !ev.schwa {
            // ə is about one Azerbaijani letter in twelve; a text without it is
            // (1 - 1/12)^letters as likely to be Azerbaijani. (Not added on the
            // model paths: their letter statistics already say so.)
            core[AZ] -= (letters as f64 * AZ_SCHWA_RATE_LN).min(DECISIVE);
        }
        let best = argmax(&core);
        let runner_up = (0..4)
            .filter(|&i| i != best)
            .map(|i| core[i])
            .fold(f64::NEG_INFINITY, f64::max);
        if core[best] >= DECISIVE && core[best] - runner_up >= DECISIVE {
            return Analysis::from_scores(core, letters).with_not_ru(ev.not_ru_words);
        }
    }
    let mut whatlang_final = None;
    if letters >= WHATLANG_MIN_LETTERS {
        // With capital I words, give whatlang the reading our signals favour.
        let view = match &lower_e {
            Some(lower_e) if ev.score[EN] >= ev.score[TR].max(ev.score[AZ]) => lower_e.as_str(),
            _ => lower_t.as_str(),
        };
        if let Some(info) = WHATLANG_CORE.detect(view) {
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
                return Analysis::from_scores(scores, letters).with_not_ru(ev.not_ru_words);
            }
            whatlang_final = Some(scores);
        }
    }
    if text.len() > LINGUA_MAX_BYTES {
        if let Some(scores) = whatlang_final {
            return Analysis::from_scores(scores, letters).with_not_ru(ev.not_ru_words);
        }
    }
    let base = match &lower_e {
        Some(lower_e) => lingua_two_readings(&lower_t, lower_e),
        None => lingua_log_probs(&lower_t),
    };
    let mut scores = [0.0; 4];
    for i in [TR, EN, AZ] {
        scores[i] = base[i] + ev.score[i];
    }
    scores[RU] = RU_CLOSED;
    Analysis::from_scores(scores, letters).with_not_ru(ev.not_ru_words)
}

/// A cheap test that rules out the mojibake [`repair_mojibake`] repairs:
/// UTF-8 read as Windows-1252 or Latin-1 puts a lead byte (Â…ô) before a
/// continuation byte (U+0080…U+00BF or a Windows-1252 punctuation mark).
fn may_have_mojibake(text: &str) -> bool {
    if text.is_ascii() {
        return false;
    }
    let mut previous_lead = false;
    for c in text.chars() {
        let continuation = ('\u{80}'..='\u{bf}').contains(&c)
            || matches!(
                c,
                '€' | '‚'
                    | 'ƒ'
                    | '„'
                    | '…'
                    | '†'
                    | '‡'
                    | 'ˆ'
                    | '‰'
                    | 'Š'
                    | '‹'
                    | 'Œ'
                    | 'Ž'
                    | '‘'
                    | '’'
                    | '“'
                    | '”'
                    | '•'
                    | '–'
                    | '—'
                    | '˜'
                    | '™'
                    | 'š'
                    | '›'
                    | 'œ'
                    | 'ž'
                    | 'Ÿ'
            );
        if previous_lead && continuation {
            return true;
        }
        previous_lead = ('\u{c2}'..='\u{f4}').contains(&c);
    }
    false
}

/// Reads letters that Windows-1254 text shows as Windows-1252 (`ý þ ð`, and
/// capitals) as the Turkish letters they stand for (`ı ş ğ`), when the text
/// has no other letter outside our alphabets: our languages never use them,
/// and the repair in the text stage leaves a word alone without more evidence.
/// The flag says whether any letter was read so.
fn cp1254_view(text: std::borrow::Cow<'_, str>) -> (std::borrow::Cow<'_, str>, bool) {
    let suspects = |c: char| matches!(c, 'ý' | 'þ' | 'ð' | 'Ý' | 'Þ' | 'Ð');
    if text.is_ascii() || !text.contains(suspects) {
        return (text, false);
    }
    let other_foreign = text.chars().any(|c| {
        c.is_alphabetic() && !signals::is_home_letter(c) && !suspects(c) && c != '\u{307}'
    });
    if other_foreign {
        return (text, false);
    }
    let view = text
        .chars()
        .map(|c| match c {
            'ý' => 'ı',
            'Ý' => 'İ',
            'þ' => 'ş',
            'Þ' => 'Ş',
            'ð' => 'ğ',
            'Ð' => 'Ğ',
            other => other,
        })
        .collect::<String>();
    (view.into(), true)
}

/// Reads the dotted capital I that a lowercasing which is not Turkish-aware
/// leaves behind (Unicode's default maps `İ` to `i` + U+0307 COMBINING DOT
/// ABOVE, so `İstanbul` becomes `i̇stanbul`), and the decomposed capital
/// (`I` + U+0307), as the letters they stand for: `i` and `İ`. The mark is not
/// a letter, so left alone it would cut the word in two for our word signals
/// (`i̇çin` → `i`, `çin`) and for lingua's n-grams.
fn dotted_i_view(text: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'_, str> {
    if !text.contains('\u{307}') {
        return text;
    }
    text.replace("i\u{307}", "i")
        .replace("I\u{307}", "İ")
        .into()
}

/// `text` with web addresses, e-mail addresses and DOIs blanked out: their
/// letters are not evidence of the language around them.
fn without_addresses(text: &str) -> std::borrow::Cow<'_, str> {
    if !(text.contains("://")
        || text.contains("www.")
        || text.contains('@')
        || text.contains("doi.org"))
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let token_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (token, tail) = rest.split_at(token_end);
        let ws_end = tail
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(tail.len());
        let (ws, tail) = tail.split_at(ws_end);
        let is_address = token.contains("://")
            || token
                .trim_start_matches(['<', '(', '['])
                .starts_with("www.")
            || (token.contains('@') && token.contains('.'))
            || token.contains("doi.org");
        if is_address {
            out.extend(std::iter::repeat(' ').take(token.chars().count()));
        } else {
            out.push_str(token);
        }
        out.push_str(ws);
        rest = tail;
    }
    std::borrow::Cow::Owned(out)
}

/// lingua's log-probabilities for text with capital `I`, which English reads
/// as i (`lower_e`) and Turkish and Azerbaijani as ı (`lower_t`). Each reading
/// is normalised on its own, so they cannot be compared language by language
/// (in the Turkish reading ı alone rules English out, whatever the word).
/// The English reading, whose letters all three languages share, decides
/// English against the other two; the Turkish reading splits the rest
/// between Turkish and Azerbaijani.
fn lingua_two_readings(lower_t: &str, lower_e: &str) -> Vector {
    let reading_e = lingua_log_probs(lower_e);
    let reading_t = lingua_log_probs(lower_t);
    let p_en = reading_e[EN].exp().clamp(1e-5, 1.0 - 1e-5);
    let (p_tr, p_az) = (reading_t[TR].exp(), reading_t[AZ].exp());
    let turkic = (p_tr + p_az).max(1e-9);
    let mut out = reading_t;
    out[EN] = p_en.ln();
    out[TR] = ((1.0 - p_en) * p_tr / turkic).max(1e-5).ln();
    out[AZ] = ((1.0 - p_en) * p_az / turkic).max(1e-5).ln();
    out
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
    fn addresses_are_not_evidence() {
        assert_eq!(
            without_addresses("see https://x.com.tr/FAALIYET_RAPORU now"),
            "see                                  now"
        );
        assert_eq!(
            analyze("<https://www.aselsan.com/tr/blog/detay/289/hakim-hava>").lang,
            Lang::Und
        );
        assert_eq!(
            analyze("SOCAR Annual Report 2020. URL: https://www.socar.com.tr/uploads/SOCAR_FAALIYET_RAPORU_2020.pdf.").lang,
            Lang::En
        );
    }

    #[test]
    fn mojibake_precheck() {
        assert!(may_have_mojibake("ÅžanlÄ±urfa"));
        assert!(may_have_mojibake("Ã‡avuÅŸoÄŸlu"));
        assert!(!may_have_mojibake("Çavuşoğlu Şanlıurfa’da"));
        assert_eq!(analyze("ÅžanlÄ±urfa ve Ä°zmir arasÄ±nda").lang, Lang::Tr);
    }

    #[test]
    fn cp1254_mojibake_is_read_as_turkish() {
        assert_eq!(
            cp1254_view("yapýlan ÞEHÝR daðý".into()),
            ("yapılan ŞEHİR dağı".into(), true)
        );
        assert_eq!(cp1254_view("Þórður".into()), ("Þórður".into(), false));
        assert_eq!(analyze("Ýstanbul'da yapýlan toplantýda").lang, Lang::Tr);
    }

    #[test]
    fn windows_1254_mojibake_is_evidence_of_turkish() {
        // Words that Turkish and Azerbaijani spell alike: stored in the
        // Turkish code page they can only be Turkish.
        for word in ["çalýþýr", "yazýlýr", "baþlangýç", "aðaç"] {
            assert_eq!(analyze(word).lang, Lang::Tr, "{word}");
        }
        let mojibake = analyze("çalýþýr").logp.expect("core language");
        let clean = analyze("çalışır").logp.expect("core language");
        assert!(mojibake[TR] - mojibake[AZ] > clean[TR] - clean[AZ]);
        // With ə the text was not Windows-1254: no Turkish bonus.
        assert_eq!(analyze("þəhərdə yaþayýr").lang, Lang::Az);
    }

    #[test]
    fn a_dotted_capital_i_lowercased_by_unicode_rules_is_read_as_i() {
        // Unicode's default lowercasing turns İ into i + U+0307; NFD writes
        // İ as I + U+0307. Both must read as the plain words.
        assert_eq!(dotted_i_view("i\u{307}yi".into()), "iyi");
        assert_eq!(dotted_i_view("I\u{307}YI\u{307}".into()), "İYİ");
        for (marked, plain) in [
            ("i\u{307}yi", "iyi"),
            ("i\u{307}çin", "için"),
            ("i\u{307}zmir'de", "izmir'de"),
            ("I\u{307}YI\u{307} BI\u{307}R GÜN", "İYİ BİR GÜN"),
        ] {
            let (a, b) = (analyze(marked), analyze(plain));
            assert_eq!(a.lang, Lang::Tr, "{marked}");
            assert_eq!(a.lang, b.lang, "{marked}");
            assert!((a.confidence - b.confidence).abs() < 1e-9, "{marked}");
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
    fn a_capital_i_is_read_the_way_each_language_reads_it() {
        // English words in title case or capitals: the Turkish reading (ı)
        // must not make them Turkish or Azerbaijani.
        for word in ["Increase", "Index", "EXPERIMENTAL", "INTERNATIONAL"] {
            assert_eq!(analyze(word).lang, Lang::En, "{word}");
        }
        // Turkish words whose capital I is ı stay Turkish.
        for word in ["Irak", "ILIK", "IŞIK", "Ilgaz"] {
            assert_eq!(analyze(word).lang, Lang::Tr, "{word}");
        }
    }

    #[test]
    fn an_i_made_by_lowercasing_is_not_letter_evidence() {
        let guessed = signals::evidence_read("experımental", "experimental");
        let observed = signals::evidence("experımental");
        assert!(guessed.score[signals::AZ] < observed.score[signals::AZ]);
        assert!(guessed.score[signals::EN] > observed.score[signals::EN]);
        // A word with other Turkish letters keeps its ı.
        let turkish = signals::evidence_read("ışık", "işik");
        assert_eq!(turkish.score, signals::evidence("ışık").score);
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
