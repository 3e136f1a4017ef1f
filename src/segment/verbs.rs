//! Turkish verb-final boundaries: a sentence that ends without punctuation
//! (a headline ending in a verb, a verse, an instruction line) can be found
//! inside a paragraph because Turkish is verb-final. A word with an
//! unambiguous finite ending, followed by a capitalised word, ends a sentence
//! when the guards in [`verb_breaks`] hold.
//!
//! The endings come from Turkish morphology (as described in Göksel &
//! Kerslake, *Turkish: A Comprehensive Grammar*, 2005); the capitals that the
//! rule relies on from the TDK *Yazım Kılavuzu* (a sentence, a verse line and
//! every word of a title start with a capital):
//!
//! - the past tense `-DI` with its person endings (`-DIm`, `-DIn`, `-DIk`,
//!   `-DInIz`, `-DIlAr`), where `D` is `t` only after a voiceless consonant
//!   (`gitti`, `baktı`) and `d` otherwise (`aldı`, `onayladı`); so `altı`,
//!   `artık`, `toplantı`, `kutu`, whose `t` follows a vowel or a voiced
//!   consonant, are not past forms;
//! - the progressive `-Iyor` with its person, past and evidential endings;
//! - the evidential `-mIş` and the future `-AcAk` with a person ending
//!   (`gitmişim`, `gideceğiz`), but not bare, where they are as often
//!   participles before a noun (`seçilmiş Başkan`, `açılacak Bilim Merkezi`);
//! - the necessitative `-mAlI` (`yapmalı`, `yapmalıyız`);
//! - the copula `-DIr` after a stem of three letters or more
//!   (`önemlidir`, `incelenmiştir`, `sınırlıdır`), with `t` only after a
//!   voiceless consonant as for the past tense;
//! - the question particle with a person ending or the copula, written apart
//!   (`miyim`, `musunuz`, `mıdır`);
//! - the polite imperative `-(y)In(Iz)` after a vowel (`ekleyin`,
//!   `kullanmayın`, `bekleyiniz`), which after a vowel cannot be the genitive
//!   (that is `-nIn`).
//!
//! Some common words look like these forms and are not verbs (`şimdi`,
//! `kendi`, `kadın`, `yardım`, `kültür`): [`NOT_VERBS`] lists them.

/// Words that end like a finite verb and are not one (adverbs, nouns with a
/// possessive, Arabic adjectives in `-di`). Written from Turkish grammar and
/// frequency, not from any test set.
const NOT_VERBS: &[&str] = &[
    // -DI: adverbs, pronouns, numbers, nouns with a possessive -I on a d-stem
    "şimdi",
    "kendi",
    "yedi",
    "hadi",
    "haydi",
    "ordu",
    "yurdu",
    "umudu",
    "dördü",
    "kanadı",
    "tadı",
    "kadı",
    "maddi",
    "ferdi",
    "ebedi",
    "nakdi",
    "vadi",
    "hindi",
    "kaydı",
    "üstü",
    "tahtı",
    "bahtı",
    "vakti",
    "dostu",
    "testi",
    "postu",
    "kedi",
    "kodu",
    "efendi",
    // -DI: nouns whose final t softens to d before the possessive -I
    "kilidi",
    "yoğurdu",
    "armudu",
    "geçidi",
    "ümidi",
    "cildi",
    "öğüdü",
    "damadı",
    "muradı",
    "inadı",
    "kâğıdı",
    "kağıdı",
    "adedi",
    // -DI: Arabic nouns that double their last consonant before a vowel
    "hattı",
    "reddi",
    "zıddı",
    "haddi",
    // -DIm, -DIn: nouns
    "adım",
    "yardım",
    "kadın",
    "adın",
    "aydın",
    "odun",
    "yardımı",
    // -DIr: nouns in -dIr/-tIr
    "kültür",
    "tandır",
    "takdir",
    "nadir",
    "kadir",
    // -mAlI: nouns and adjectives
    "temeli",
    "elmalı",
    // -(y)In: the genitive of nouns in -y
    "olayın",
    "sarayın",
    "alayın",
    "kolayın",
];

fn is_high(c: char) -> bool {
    matches!(c, 'ı' | 'i' | 'u' | 'ü')
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'ı' | 'i' | 'o' | 'ö' | 'u' | 'ü' | 'â' | 'î' | 'û'
    )
}

fn is_voiceless(c: char) -> bool {
    matches!(c, 'ç' | 'f' | 'h' | 'k' | 'p' | 's' | 'ş' | 't')
}

/// `D` at `chars[k]` is a well-formed past or copula consonant: `t` after a
/// voiceless consonant, `d` after a vowel or a voiced consonant.
fn good_d(chars: &[char], k: usize) -> bool {
    let Some(prev) = k.checked_sub(1).and_then(|p| chars.get(p)) else {
        return false;
    };
    match chars.get(k) {
        Some('t') => is_voiceless(*prev),
        Some('d') => !is_voiceless(*prev),
        _ => false,
    }
}

/// Strips a person ending of the past (`m`, `n`, `k`, `nIz`, `lAr`) from the
/// end of `chars`, returning what is left (possibly unchanged).
fn strip_past_person(chars: &[char]) -> [&[char]; 2] {
    let n = chars.len();
    let plain = chars;
    let stripped = match chars {
        [.., 'n', h, 'z'] if is_high(*h) => &chars[..n - 3],
        [.., 'l', 'a' | 'e', 'r'] => &chars[..n - 3],
        [.., 'm' | 'n' | 'k'] => &chars[..n - 1],
        _ => plain,
    };
    [plain, stripped]
}

/// `…DI` with a well-formed `D` and at least two letters of stem before it.
fn ends_in_past(chars: &[char]) -> bool {
    let n = chars.len();
    n >= 4
        && chars.get(n - 1).is_some_and(|&c| is_high(c))
        && matches!(chars.get(n - 2), Some('d' | 't'))
        && good_d(chars, n - 2)
}

fn ends_with(chars: &[char], suffix: &str) -> bool {
    let mut rev = chars.iter().rev();
    suffix.chars().rev().all(|c| rev.next() == Some(&c))
}

/// The question particle with a person ending or the copula, written apart.
const QUESTION_FORMS: &[&str] = &[
    "miyim",
    "mıyım",
    "muyum",
    "müyüm",
    "misin",
    "mısın",
    "musun",
    "müsün",
    "miyiz",
    "mıyız",
    "muyuz",
    "müyüz",
    "misiniz",
    "mısınız",
    "musunuz",
    "müsünüz",
    "midir",
    "mıdır",
    "mudur",
];

/// Letters kept from the end of a word for the tests of [`is_finite_verb`]
/// (the longest ending and the stem letters it looks at fit in it).
const TAIL: usize = 16;

/// Whether `word` (lowercase letters only) has an unambiguous finite verb
/// ending (see the module docs).
pub(crate) fn is_finite_verb(word: &str) -> bool {
    // Every ending below ends in a high vowel or in m, n, k, z, r.
    let last_ok = word
        .chars()
        .next_back()
        .is_some_and(|c| is_high(c) || matches!(c, 'm' | 'n' | 'k' | 'z' | 'r'));
    if !last_ok || word.chars().count() < 4 || NOT_VERBS.contains(&word) {
        return false;
    }
    // Every test looks at most 16 letters from the end: keep those, on the stack.
    let mut buf = ['\0'; TAIL];
    let mut len = 0;
    for c in word.chars().rev().take(TAIL) {
        len += 1;
        if let Some(slot) = buf.get_mut(TAIL - len) {
            *slot = c;
        }
    }
    let chars = buf.get(TAIL - len..).unwrap_or(&[]);
    let n = chars.len();
    // The question particle with a person ending or the copula: miyim, musunuz, mıdır.
    if QUESTION_FORMS.contains(&word) {
        return true;
    }
    // The past tense, with a person ending: gitti, onayladık, baktınız, geldiler.
    for part in strip_past_person(chars) {
        if ends_in_past(part) {
            return true;
        }
    }
    // The progressive: geliyor, geliyorum, geliyordu, geliyorlar, geliyormuş.
    for ending in [
        "yor",
        "yorum",
        "yorsun",
        "yoruz",
        "yorsunuz",
        "yorlar",
        "yormuş",
        "yormuşum",
        "yorsa",
    ] {
        if ends_with(chars, ending) && n >= ending.chars().count() + 2 {
            let k = n - ending.chars().count();
            if chars.get(k - 1).is_some_and(|&c| is_high(c) || is_vowel(c)) {
                return true;
            }
        }
    }
    // The evidential and the future with a person ending.
    for ending in [
        "mışım",
        "mişim",
        "muşum",
        "müşüm",
        "mışsın",
        "mişsin",
        "muşsun",
        "müşsün",
        "mışız",
        "mişiz",
        "muşuz",
        "müşüz",
        "mışlar",
        "mişler",
        "muşlar",
        "müşler",
        "acağım",
        "eceğim",
        "acaksın",
        "eceksin",
        "acağız",
        "eceğiz",
        "acaklar",
        "ecekler",
    ] {
        if ends_with(chars, ending) && n >= ending.chars().count() + 2 {
            return true;
        }
    }
    // The necessitative: yapmalı, gelmeliyiz, kapsamalıdır (the copula is below).
    for ending in [
        "malı",
        "meli",
        "malıyım",
        "meliyim",
        "malısın",
        "melisin",
        "malıyız",
        "meliyiz",
    ] {
        if ends_with(chars, ending) && n >= ending.chars().count() + 2 {
            return true;
        }
    }
    // The copula -DIr (and -DIrlAr) after a stem of three letters or more.
    let copula = match chars {
        [.., 'l', 'a' | 'e', 'r'] => &chars[..n - 3],
        _ => chars,
    };
    let c = copula.len();
    if c >= 6
        && copula.get(c - 1) == Some(&'r')
        && copula.get(c - 2).is_some_and(|&h| is_high(h))
        && matches!(copula.get(c - 3), Some('d' | 't'))
        && good_d(copula, c - 3)
    {
        return true;
    }
    // The polite imperative after a vowel: ekleyin, kullanmayın, bekleyiniz.
    let imperative = match chars {
        [.., 'y', h, 'n', h2, 'z'] if is_high(*h) && is_high(*h2) => Some(n - 5),
        [.., 'y', h, 'n'] if is_high(*h) => Some(n - 3),
        _ => None,
    };
    if let Some(k) = imperative {
        if k >= 3 && chars.get(k - 1).is_some_and(|&c| is_vowel(c)) {
            return true;
        }
    }
    false
}

/// Longest word looked at on either side of a break, in bytes.
const MAX_WORD: usize = 60;

/// The bytes [`verb_breaks`] acts on: the space, brackets, the ASCII quote,
/// and the lead bytes of `“`, `”` (0xE2) and `«`, `»` (0xC2).
static ACTS_ON: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = [b' ', b'(', b')', b'[', b']', b'"', 0xE2, 0xC2];
    let mut k = 0;
    while k < bytes.len() {
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
};

/// Byte offsets (into `sentence`) where a sentence starts after a finite verb
/// with no punctuation: `… onayladı Kadıköy Belediye Meclisi, dün …`.
///
/// A break is placed before word `W2` after word `W1` when:
/// - `W1` is all lowercase letters and [`is_finite_verb`], or it ends a
///   headline in title case: the piece so far is three or more capitalised
///   words (`ve`, `ile` aside) and `W1`, lowercased, is a finite verb
///   (`Dolar Güne Yükselişle Başladı Amerikan doları …`);
/// - `W2` starts with a capital letter (it may be a proper name: a new
///   sentence may start with one), and is neither a one-letter initial nor
///   preceded by a quote or bracket that is still open;
/// - the part before the break has at least two words, and the part after it,
///   up to its end, has a predicate of its own (see [`predicate_follows`]; so
///   that `Dün gördüm Ahmet'i pazarda.`, a name put after the verb, stays
///   whole).
pub(crate) fn verb_breaks(sentence: &str) -> Vec<usize> {
    let b = sentence.as_bytes();
    let mut breaks = Vec::new();
    let mut depth = 0usize;
    let mut ascii_quote = false;
    let mut curly_quote = 0usize;
    let mut words_in_piece = 0usize;
    // Every word of the piece so far is capitalised (a headline in title case).
    let mut title_case = true;
    let mut word_start = 0usize;
    let mut k = 0;
    while k < b.len() {
        // Skip to the next byte the loop acts on.
        while b.get(k).is_some_and(|&c| !ACTS_ON[usize::from(c)]) {
            k += 1;
        }
        match b.get(k) {
            Some(b'(' | b'[') => depth += 1,
            Some(b')' | b']') => depth = depth.saturating_sub(1),
            Some(b'"') => ascii_quote = !ascii_quote,
            Some(0xE2) if b.get(k + 1) == Some(&0x80) => match b.get(k + 2) {
                Some(0x9C) => curly_quote += 1,
                Some(0x9D) => curly_quote = curly_quote.saturating_sub(1),
                _ => {}
            },
            Some(0xC2) => match b.get(k + 1) {
                Some(0xAB) => curly_quote += 1,
                Some(0xBB) => curly_quote = curly_quote.saturating_sub(1),
                _ => {}
            },
            Some(b' ') => {
                let word = sentence.get(word_start..k).unwrap_or("");
                if !word.is_empty() {
                    words_in_piece += 1;
                    if title_case {
                        title_case = is_title_word(word) || matches!(word, "ve" | "ile");
                    }
                }
                let next = k + 1;
                // Cheap tests first: most words are not followed by a capital.
                let candidate = depth == 0
                    && !ascii_quote
                    && curly_quote == 0
                    && words_in_piece >= 2
                    && word.len() <= MAX_WORD
                    && starts_capitalised(sentence, next);
                let verb = candidate
                    && if is_lower_word(word) {
                        is_finite_verb(word)
                    } else {
                        // A headline in title case that ends in a verb.
                        title_case
                            && words_in_piece >= 3
                            && is_title_word(word)
                            && is_finite_verb(&crate::text::lowercase(word, crate::Lang::Tr))
                    };
                if verb && predicate_follows(sentence, next) {
                    breaks.push(next);
                    words_in_piece = 0;
                    title_case = true;
                }
                word_start = next;
            }
            _ => {}
        }
        k += 1;
    }
    breaks
}

/// A capital letter followed only by lowercase letters (`Başladı`).
fn is_title_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && {
        let rest = chars.as_str();
        !rest.is_empty() && rest.chars().all(char::is_lowercase)
    }
}

fn is_lower_word(word: &str) -> bool {
    !word.is_empty() && word.chars().all(char::is_lowercase)
}

/// A capital letter followed by a lowercase letter or an apostrophe
/// (`Kadıköy`, `Ankara'da`), or an all-capital word of two letters or more
/// (`AFAD`); not an initial (`A.`).
fn starts_capitalised(text: &str, at: usize) -> bool {
    let mut chars = text.get(at..).unwrap_or("").chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) => {
            a.is_uppercase() && (b.is_lowercase() || b == '\'' || b == '’' || b.is_uppercase())
        }
        _ => false,
    }
}

/// Most words looked at after a break for the predicate of the next sentence.
const MAX_RIGHT_WORDS: usize = 40;

/// Whether the words after the one at `at`, up to the next sentence-ending
/// punctuation, hold a predicate of their own: a lowercase word that
/// [`is_finite_verb`] or [`is_loose_predicate`] accepts. A constituent put
/// after the verb (`Dün gördüm Ahmet'i pazarda.`, `dedi Ahmet Bey.`) has
/// none: its verb came before it.
fn predicate_follows(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("");
    for word in rest.split(' ').skip(1).take(MAX_RIGHT_WORDS) {
        let bare = word.trim_end_matches(['.', ',', ';', ':', '?', '!', '…', '"', '”', ')', '\'']);
        if is_lower_word(bare) && (is_finite_verb(bare) || is_loose_predicate(bare)) {
            return true;
        }
        if word.ends_with(['.', '?', '!', '…']) {
            return false;
        }
    }
    false
}

/// Predicates too ambiguous to end a sentence on their own, but good
/// evidence that a stretch of words is a clause: the negative aorist
/// (`gelmez`), the bare evidential and future (`gitmiş`, `gelecek`), and
/// `var`, `yok`, `değil`. The positive aorist (`başlar`) is left out: too
/// many nouns and postpositions end like it (`kadar`, `şehir`, `asker`).
fn is_loose_predicate(word: &str) -> bool {
    if matches!(word, "var" | "yok" | "değil" | "değildir") {
        return true;
    }
    word.chars().count() >= 5
        && ["maz", "mez", "mış", "miş", "muş", "müş", "acak", "ecek"]
            .iter()
            .any(|ending| word.ends_with(ending))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finite_forms_are_recognised() {
        for word in [
            "onayladı",
            "gitti",
            "baktım",
            "yürüdük",
            "dönmedik",
            "geldiler",
            "oldu",
            "vardı",
            "yoktu",
            "başlıyor",
            "ötüyordu",
            "geliyoruz",
            "gitmişim",
            "gideceğiz",
            "yapmalı",
            "yapmalıyız",
            "önemlidir",
            "incelenmiştir",
            "kapsamalıdır",
            "yazılmalıdır",
            "sınırlıdır",
            "başlangıçtır",
            "miyim",
            "musunuz",
            "mıdır",
            "ekleyin",
            "kullanmayın",
            "bekleyiniz",
        ] {
            assert!(is_finite_verb(word), "{word}");
        }
    }

    #[test]
    fn look_alikes_are_not_verbs() {
        for word in [
            // t after a vowel or a voiced consonant is no past tense
            "altı",
            "artık",
            "toplantı",
            "hattı",
            "kutu",
            "batı",
            "katı",
            "gürültü",
            // participles without a person ending
            "seçilmiş",
            "açılacak",
            "gelecek",
            // listed look-alikes
            "şimdi",
            "kendi",
            "kadın",
            "yardım",
            "kültür",
            "müdür",
            "temeli",
            // the genitive after a vowel is -nIn, and short stems are nouns
            "ülkenin",
            "koyun",
            "oyun",
            "suyun",
            // too short
            "adı",
            "var",
        ] {
            assert!(!is_finite_verb(word), "{word}");
        }
    }

    fn pieces(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut start = 0;
        for at in verb_breaks(text) {
            out.push(text[start..at].trim());
            start = at;
        }
        out.push(text[start..].trim());
        out
    }

    #[test]
    fn a_headline_ending_in_a_verb_is_split_from_the_text() {
        assert_eq!(
            pieces("Belediye meclisi projeyi onayladı Kadıköy Belediye Meclisi dün toplandı."),
            [
                "Belediye meclisi projeyi onayladı",
                "Kadıköy Belediye Meclisi dün toplandı."
            ]
        );
        assert_eq!(
            pieces("Dolar Güne Yükselişle Başladı Amerikan doları değer kazandı."),
            [
                "Dolar Güne Yükselişle Başladı",
                "Amerikan doları değer kazandı."
            ]
        );
        assert_eq!(
            pieces("Sabah oldu uyandım Penceremde bir serçe ötüyordu"),
            ["Sabah oldu uyandım", "Penceremde bir serçe ötüyordu"]
        );
    }

    #[test]
    fn guards_keep_names_titles_and_quotations_whole() {
        for text in [
            // a name put after the verb: no predicate follows
            "Kapıyı açan kişi geldi Ahmet Bey.",
            "Dün gördüm Ahmet'i pazarda.",
            "Annem hep anlatırdı Erzurum'un kışlarını.",
            // one word before the verb is no sentence
            "Geldi Ahmet sonunda eve.",
            // a capitalised verb that does not end a title-case headline
            "Ahmet Geldi Ankara'dan dün.",
            // inside a quotation or brackets
            "Kaya, \"enflasyon düzelmedi Ama umut var\" dedi.",
            "Bu konu (daha önce incelendi Bkz. ek) tartışmalıdır.",
            // a participle before a name
            "Haftaya açılacak Bilim Merkezi için hazırlık yapılıyor.",
            // an initial
            "Kitabı yazan kişi oldu A. Yılmaz ve ekibi.",
        ] {
            assert_eq!(pieces(text), [text], "{text}");
        }
    }
}
