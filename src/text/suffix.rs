//! Turkish inflection over folded letters (dotted and dotless i written
//! alike): whether the rest of a word after a known form is a chain of case,
//! plural, possessive and copula suffixes. The glossary builder and the
//! consistency checker both read inflected Turkish words through it, so the
//! builder links a dictionary word only to its own inflected forms (aşısının
//! for aşı) and the checker finds a term in them.

pub(crate) fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'ı' | 'o' | 'ö' | 'u' | 'ü' | 'â' | 'î' | 'û'
    )
}

/// The term with its final p, ç, t, k softened (b, c, d, ğ; nk → ng).
pub(crate) fn softened(term: &str) -> Option<String> {
    let last = term.chars().last()?;
    let base = term.get(..term.len() - last.len_utf8())?;
    let soft = match last {
        'p' => 'b',
        'ç' => 'c',
        't' => 'd',
        'k' if base.ends_with('n') => 'g',
        'k' => 'ğ',
        _ => return None,
    };
    // One-syllable words mostly keep their consonant (top → topu); the
    // softened form of a longer word is the rule.
    if term.chars().filter(|&c| is_vowel(c)).count() < 2 {
        return None;
    }
    Some(format!("{base}{soft}"))
}

/// The word with a final b, c, d, ğ (or g after n) put back to the p, ç,
/// t, k it softens from (aracı's arac → araç, rengi's reng → renk), without
/// asking whether that word softens.
pub(crate) fn hardened(soft: &str) -> Option<String> {
    let last = soft.chars().last()?;
    let stem = soft.get(..soft.len() - last.len_utf8())?;
    let hard = match last {
        'b' => 'p',
        'c' => 'ç',
        'd' => 't',
        'ğ' => 'k',
        'g' if stem.ends_with('n') => 'k',
        _ => return None,
    };
    Some(format!("{stem}{hard}"))
}

/// Turkish suffixes as patterns over folded letters. Capitals are
/// archiphonemes: `A` = a/e and `I` = i/u/ü by vowel harmony, `D` = d/t,
/// `C` = c/ç; `Y`, `N`, `S` are buffer consonants written only after a
/// vowel; a leading `~` marks a vowel dropped after a vowel.
const SUFFIXES: &[&str] = &[
    "lAr", "~Im", "~In", "SI", "~ImIz", "~InIz", "YI", "YA", "DA", "DAn", "NIn", "YlA", "ki", "NI",
    "NA", "NDA", "NDAn", "DIr", "YDI", "YmIş", "YsA", "Yken", "CA",
];

/// Whether `rest` (folded) is a chain of at most four Turkish suffixes
/// after the folded stem `stem`, with vowel harmony.
pub(crate) fn turkish_suffixes(stem: &str, rest: &str) -> bool {
    suffix_chain(stem, rest, false)
}

/// [`turkish_suffixes`] without the first- and second-person singular
/// possessives (-Im, -In), whose one letter after a vowel makes a different
/// noun of many words (kurum is not kuru + -m, yaşam not yaş + -am), and
/// which a lemma key cannot afford: academic and official prose hardly
/// uses them.
pub(crate) fn case_suffixes(stem: &str, rest: &str) -> bool {
    suffix_chain(stem, rest, true)
}

fn suffix_chain(stem: &str, rest: &str, no_singular_person: bool) -> bool {
    if rest.is_empty() || rest.chars().count() > 14 {
        return rest.is_empty();
    }
    let last_vowel = stem.chars().rev().find(|&c| is_vowel(c));
    let prev = stem.chars().last();
    let loose = stem.ends_with('l') || stem.ends_with("at");
    let rest: Vec<char> = rest.chars().collect();
    chain(&rest, last_vowel, prev, loose, None, no_singular_person)
}

/// `before` is the suffix written last (none at the stem).
fn chain(
    rest: &[char],
    last_vowel: Option<char>,
    prev: Option<char>,
    loose: bool,
    before: Option<(&str, usize)>,
    no_singular_person: bool,
) -> bool {
    let depth = before.map_or(0, |(_, d)| d);
    if rest.is_empty() {
        return depth > 0;
    }
    // The equative -CA ends a word (kurullarınca): öncesi is no ön + -ce
    // + -si.
    if matches!(before, Some(("CA", _))) {
        return false;
    }
    // A copula (-DIr, -(y)DI, -(y)mIş, -(y)sA, -(y)ken) takes no case or
    // possessive after it, only the plural -lAr: puantına is no puan +
    // -tı + -na.
    let after_copula = matches!(before, Some(("DIr" | "YDI" | "YmIş" | "YsA" | "Yken", _)));
    if depth >= 4 {
        return false;
    }
    for pattern in SUFFIXES {
        // The relative -ki follows only a locative or genitive (evdeki,
        // benimki): a stem followed by ki is another word (Türkiye is not
        // tür-ki-ye).
        if *pattern == "ki" && !matches!(before, Some(("DA" | "NDA" | "NIn", _))) {
            continue;
        }
        if no_singular_person && matches!(*pattern, "~Im" | "~In") {
            continue;
        }
        if after_copula && *pattern != "lAr" {
            continue;
        }
        if let Some((used, vowel)) = apply(pattern, rest, last_vowel, prev, loose) {
            if used == 0 {
                continue;
            }
            let tail = rest.get(used..).unwrap_or_default();
            let prev = rest.get(used - 1).copied();
            if chain(
                tail,
                vowel.or(last_vowel),
                prev,
                false,
                Some((pattern, depth + 1)),
                no_singular_person,
            ) {
                return true;
            }
        }
    }
    false
}

/// Matches one suffix pattern at the start of `rest`; returns the chars used
/// and the last vowel written.
fn apply(
    pattern: &str,
    rest: &[char],
    mut last_vowel: Option<char>,
    prev: Option<char>,
    loose: bool,
) -> Option<(usize, Option<char>)> {
    let after_vowel = prev.is_some_and(is_vowel);
    let mut i = 0;
    let mut wrote_vowel = None;
    let mut first = true;
    let mut drop_vowel = false;
    for p in pattern.chars() {
        if p == '~' {
            drop_vowel = after_vowel;
            continue;
        }
        let at_start = first;
        first = false;
        match p {
            'Y' | 'N' | 'S' => {
                if after_vowel && at_start {
                    let want = p.to_ascii_lowercase();
                    if rest.get(i) != Some(&want) {
                        return None;
                    }
                    i += 1;
                }
            }
            'A' | 'I' => {
                if drop_vowel && at_start {
                    continue;
                }
                let c = *rest.get(i)?;
                if !harmony_ok(p, c, last_vowel, loose && wrote_vowel.is_none()) {
                    return None;
                }
                last_vowel = Some(c);
                wrote_vowel = Some(c);
                i += 1;
            }
            'D' => {
                if !matches!(rest.get(i), Some('d' | 't')) {
                    return None;
                }
                i += 1;
            }
            'C' => {
                if !matches!(rest.get(i), Some('c' | 'ç')) {
                    return None;
                }
                i += 1;
            }
            _ => {
                if rest.get(i) != Some(&p) {
                    return None;
                }
                if is_vowel(p) {
                    last_vowel = Some(p);
                    wrote_vowel = Some(p);
                }
                i += 1;
            }
        }
    }
    Some((i, wrote_vowel))
}

/// Vowel harmony on folded text (ı is written i, so i is ambiguous between
/// front and back).
fn harmony_ok(arch: char, c: char, last: Option<char>, loose: bool) -> bool {
    let Some(last) = last else {
        return matches!(c, 'a' | 'e' | 'i' | 'u' | 'ü');
    };
    if arch == 'A' {
        let back = matches!(last, 'a' | 'o' | 'u' | 'â' | 'û');
        let front = matches!(last, 'e' | 'ö' | 'ü' | 'î');
        return match c {
            'a' => !front || loose,
            'e' => !back || loose,
            _ => false,
        };
    }
    let rounded_back = matches!(last, 'o' | 'u' | 'û');
    let rounded_front = matches!(last, 'ö' | 'ü');
    match c {
        'u' => rounded_back || (loose && rounded_front),
        'ü' => rounded_front || (loose && rounded_back),
        'i' => (!rounded_back && !rounded_front) || loose,
        _ => false,
    }
}

/// Whether the folded Turkish `word` is the folded form `form` inflected:
/// `form` itself, `form` followed by a suffix chain (aşısının for aşı), or
/// `form` with its final p, ç, t, k softened before a vowel-initial chain
/// (elektriği for elektrik). A derived word is not an inflected form
/// (aşılama, vaccination, is not aşı; sulama, irrigation, is not su).
pub(crate) fn inflects(form: &str, word: &str) -> bool {
    if let Some(rest) = word.strip_prefix(form) {
        if rest.is_empty() || turkish_suffixes(form, rest) {
            return true;
        }
    }
    softened(form).is_some_and(|soft| {
        word.strip_prefix(soft.as_str()).is_some_and(|rest| {
            rest.chars().next().is_some_and(is_vowel) && turkish_suffixes(&soft, rest)
        })
    })
}

/// A compound's head without its -(s)I (dengesi → denge, demiryolu →
/// demiryol), for the plural possessive dengeleri, demiryolları.
pub(crate) fn compound_base(term: &str) -> Option<&str> {
    for end in ["si", "su", "sü"] {
        if let Some(base) = term.strip_suffix(end) {
            if base.chars().count() >= 3 {
                return Some(base);
            }
        }
    }
    let last = term.chars().last()?;
    let base = term.get(..term.len() - last.len_utf8())?;
    let before = base.chars().last()?;
    (matches!(last, 'i' | 'u' | 'ü') && !is_vowel(before) && base.chars().count() >= 3)
        .then_some(base)
}

/// Nominal derivations that keep a word's meaning close enough for a
/// translation link: -lI (lisanslı, licensed), -lIk (mevsimlik, seasonal;
/// with its k softened before a vowel, sınırlılığı), -sIz (lisanssız,
/// unlicensed), -CI (zeytinci) and their pairs (zeytincilik). Verbal
/// derivations are left out: sulama (irrigation) is not water.
const DERIVATIONS: &[&str] = &[
    "lI", "lIk", "lIğ", "sIz", "CI", "CIlIk", "CIlIğ", "lIlIk", "lIlIğ", "sIzlIk", "sIzlIğ",
];

/// Whether the folded Turkish `word` is derived from the folded form `form`
/// by a nominal derivation ([`DERIVATIONS`]), then maybe inflected:
/// lisanslı and lisanssız from lisans, zeytinciliğin from zeytin,
/// öncelikli from öncelik.
pub(crate) fn derives(form: &str, word: &str) -> bool {
    let soft = softened(form);
    let bases = std::iter::once(form).chain(soft.as_deref());
    for base in bases {
        let Some(rest) = word.strip_prefix(base) else {
            continue;
        };
        let last_vowel = base.chars().rev().find(|&c| is_vowel(c));
        let prev = base.chars().last();
        let chars: Vec<char> = rest.chars().collect();
        for pattern in DERIVATIONS {
            let Some((used, _)) = apply(pattern, &chars, last_vowel, prev, false) else {
                continue;
            };
            let cut: String = chars.iter().take(used).collect();
            let tail: String = chars.iter().skip(used).collect();
            let stem = format!("{base}{cut}");
            let softened_k = pattern.ends_with('ğ');
            if softened_k {
                if tail.chars().next().is_some_and(is_vowel) && turkish_suffixes(&stem, &tail) {
                    return true;
                }
            } else if turkish_suffixes(&stem, &tail) {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflected_forms_are_read_and_derived_words_are_not() {
        for (form, word) in [
            ("asi", "asisinin"),
            ("asi", "asilar"),
            ("kapasite", "kapasitesi"),
            ("elektrik", "elektriği"),
            ("santral", "santralleri"),
            ("su", "suyu"),
            ("su", "sudan"),
            ("tur", "turu"),
            ("veri", "verilerin"),
            ("enerji", "enerjidir"),
        ] {
            assert!(inflects(form, word), "{form} → {word}");
        }
        for (form, word) in [
            ("asi", "asilama"),
            ("su", "sulama"),
            ("su", "suriye"),
            ("tur", "turkiye"),
            ("kan", "kanun"),
            ("lisans", "lisanssiz"),
            ("kar", "karar"),
        ] {
            assert!(!inflects(form, word), "{form} ↛ {word}");
        }
    }

    #[test]
    fn nominal_derivations_are_read_and_verbal_ones_are_not() {
        for (form, word) in [
            ("lisans", "lisansli"),
            ("lisans", "lisanssiz"),
            ("oncelik", "oncelikli"),
            ("sinir", "sinirliliği"),
            ("zeytin", "zeytincilik"),
            ("mevsim", "mevsimlik"),
            ("deprem", "depremsizlik"),
        ] {
            assert!(derives(form, word), "{form} → {word}");
        }
        for (form, word) in [
            ("su", "sulama"),
            ("asi", "asilama"),
            ("su", "suriye"),
            ("kar", "karar"),
        ] {
            assert!(!derives(form, word), "{form} ↛ {word}");
        }
    }

    #[test]
    fn suffix_chains_keep_vowel_harmony() {
        assert!(turkish_suffixes("ev", "lerde"));
        assert!(!turkish_suffixes("ev", "larda"));
        assert!(turkish_suffixes("okul", "lar"));
        assert!(!turkish_suffixes("kitap", "ler"));
    }

    #[test]
    fn the_equative_ends_a_chain() {
        assert!(turkish_suffixes("kurul", "larinca"));
        assert!(turkish_suffixes("ön", "ce"));
        // öncesi is a word of its own, not ön + -ce + -si.
        assert!(!turkish_suffixes("ön", "cesi"));
    }

    #[test]
    fn a_copula_takes_only_the_plural_after_it() {
        assert!(turkish_suffixes("öğretmen", "dir"));
        assert!(turkish_suffixes("öğretmen", "dirler"));
        assert!(turkish_suffixes("öğretmen", "di"));
        // puantına is puant + -ı + -na, not puan + -tı + -na.
        assert!(!inflects("puan", "puantina"));
        assert!(!turkish_suffixes("ev", "dirde"));
    }
}
