//! Language-aware case mapping.
//!
//! Turkish and Azerbaijani pair dotted İ/i and dotless I/ı; every other
//! language pairs I/i. Rust's `str::to_lowercase` follows the Unicode default,
//! which lowercases `İ` to `i` + U+0307 COMBINING DOT ABOVE and `I` to `i`,
//! so it is wrong for Turkish both ways. The mapping is a small table written
//! here rather than a dependency: four letters differ, ICU's casemap would add
//! a large data crate for them, and the exhaustive tests below pin every case.

use crate::Lang;

const COMBINING_DOT_ABOVE: char = '\u{307}';

/// Lowercases `text` by the rules of `lang`.
///
/// For Turkish and Azerbaijani `İ → i` and `I → ı`; for other languages the
/// Unicode default applies, except that `İ` becomes a plain `i` (without the
/// stray combining dot the default adds).
///
/// # Examples
/// ```
/// use bitext::{text::lowercase, Lang};
/// assert_eq!(lowercase("HAKİM ISPARTA", Lang::Tr), "hakim ısparta");
/// assert_eq!(lowercase("HAKİM ISPARTA", Lang::En), "hakim isparta");
/// ```
pub fn lowercase(text: &str, lang: Lang) -> String {
    if !lang.is_turkic() {
        if text.is_ascii() {
            return text.to_ascii_lowercase();
        }
        // std handles final sigma and the rest; only İ needs help.
        if text.contains(['İ', COMBINING_DOT_ABOVE]) {
            return text
                .replace("I\u{307}", "i")
                .replace('İ', "i")
                .to_lowercase();
        }
        return text.to_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // A decomposed İ (I + U+0307) is a dotted capital: i.
            'I' if chars.peek() == Some(&COMBINING_DOT_ABOVE) => {
                chars.next();
                out.push('i');
            }
            'I' => out.push('ı'),
            'İ' => out.push('i'),
            _ => push_lower(&mut out, c),
        }
    }
    out
}

fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Uppercases `text` by the rules of `lang`.
///
/// For Turkish and Azerbaijani `i → İ` and `ı → I`; for other languages the
/// Unicode default applies.
///
/// # Examples
/// ```
/// use bitext::{text::uppercase, Lang};
/// assert_eq!(uppercase("istanbul ılgaz", Lang::Tr), "İSTANBUL ILGAZ");
/// assert_eq!(uppercase("istanbul", Lang::En), "ISTANBUL");
/// ```
pub fn uppercase(text: &str, lang: Lang) -> String {
    if !lang.is_turkic() {
        return text.to_uppercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'i' => out.push('İ'),
            'ı' => out.push('I'),
            _ => out.extend(c.to_uppercase()),
        }
    }
    out
}

/// Case-folds `text` for caseless comparison within one language.
///
/// Equal to [`lowercase`] with the language's rules, so that in Turkish
/// `ISPARTA` and `ısparta` fold alike but differ from `isparta`.
///
/// # Examples
/// ```
/// use bitext::{text::fold, Lang};
/// assert_eq!(fold("IRMAK", Lang::Tr), fold("ırmak", Lang::Tr));
/// assert_ne!(fold("IRMAK", Lang::Tr), fold("irmak", Lang::Tr));
/// ```
pub fn fold(text: &str, lang: Lang) -> String {
    lowercase(text, lang)
}

/// `text` with the Turkish and Azerbaijani letters written without their
/// marks, as an ASCII-only keyboard or system writes them: ç ş ğ ı ö ü ə â î
/// û → c s g i o u e a i u, and İ → I, in both cases; every other character
/// is kept. Case is kept too, so `İSTANBUL` gives `ISTANBUL`. The evaluation
/// programs use it to make the "diacritics dropped" variants of their data.
///
/// # Examples
/// ```
/// use bitext::text::drop_diacritics;
/// assert_eq!(drop_diacritics("Çavuşoğlu"), "Cavusoglu");
/// assert_eq!(drop_diacritics("Şanlıurfa'da İSTANBUL"), "Sanliurfa'da ISTANBUL");
/// assert_eq!(drop_diacritics("Məmmədov, hâlâ"), "Memmedov, hala");
/// assert_eq!(drop_diacritics("Čapkin"), "Čapkin");
/// ```
pub fn drop_diacritics(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'ç' => 'c',
            'Ç' => 'C',
            'ş' => 's',
            'Ş' => 'S',
            'ğ' => 'g',
            'Ğ' => 'G',
            'ı' => 'i',
            'İ' => 'I',
            'ö' => 'o',
            'Ö' => 'O',
            'ü' => 'u',
            'Ü' => 'U',
            'ə' => 'e',
            'Ə' => 'E',
            'â' => 'a',
            'Â' => 'A',
            'î' => 'i',
            'Î' => 'I',
            'û' => 'u',
            'Û' => 'U',
            other => other,
        })
        .collect()
}

/// Folds `text` for matching across languages, spellings and keyboards.
///
/// Lowercases and merges the four i letters (`I`, `İ`, `ı`, `i`) into `i`,
/// drops a combining dot above, and unifies word-internal apostrophes
/// (`’`, `ʼ`, `‘`, `´` → `'`). Use it to compare a term as written in
/// different places: HAKİM, HAKIM, Hakim and hakim all fold to `hakim`.
/// Other diacritics are kept (`ş` ≠ `s`); the name key in the translit
/// stage goes further.
///
/// # Examples
/// ```
/// use bitext::text::match_fold;
/// assert_eq!(match_fold("HAKİM"), "hakim");
/// assert_eq!(match_fold("HAKIM"), match_fold("hakim"));
/// assert_eq!(match_fold("Türkiye’nin"), match_fold("TÜRKİYE'NİN"));
/// assert_ne!(match_fold("şam"), match_fold("sam"));
/// ```
pub fn match_fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'I' | 'İ' | 'ı' | 'i' => out.push('i'),
            COMBINING_DOT_ABOVE => {}
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' => out.push('\''),
            _ => push_lower(&mut out, c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_i_letter_in_every_mapping() {
        // (input, tr lower, en lower, tr upper, en upper, match fold)
        let table = [
            ("I", "ı", "i", "I", "I", "i"),
            ("İ", "i", "i", "İ", "İ", "i"),
            ("ı", "ı", "ı", "I", "I", "i"),
            ("i", "i", "i", "İ", "I", "i"),
            ("I\u{307}", "i", "i", "I\u{307}", "I\u{307}", "i"),
        ];
        for (input, tr_lo, en_lo, tr_up, en_up, matched) in table {
            assert_eq!(lowercase(input, Lang::Tr), tr_lo, "tr lower {input:?}");
            assert_eq!(lowercase(input, Lang::Az), tr_lo, "az lower {input:?}");
            assert_eq!(lowercase(input, Lang::En), en_lo, "en lower {input:?}");
            assert_eq!(uppercase(input, Lang::Tr), tr_up, "tr upper {input:?}");
            assert_eq!(uppercase(input, Lang::En), en_up, "en upper {input:?}");
            assert_eq!(match_fold(input), matched, "match fold {input:?}");
        }
    }

    #[test]
    fn hakim_spellings_match() {
        let forms = ["HAKİM", "HAKIM", "Hakim", "hakim", "hakım", "HAKI\u{307}M"];
        for form in forms {
            assert_eq!(match_fold(form), "hakim", "{form}");
        }
    }

    #[test]
    fn turkish_round_trip_on_the_alphabet() {
        let lower = "abcçdefgğhıijklmnoöprsştuüvyz";
        let upper = "ABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ";
        assert_eq!(uppercase(lower, Lang::Tr), upper);
        assert_eq!(lowercase(upper, Lang::Tr), lower);
        assert_eq!(lowercase("ƏLİYEV QASIMOV", Lang::Az), "əliyev qasımov");
    }

    #[test]
    fn default_rules_keep_final_sigma() {
        assert_eq!(lowercase("ΟΔΟΣ", Lang::En), "οδος");
        assert_eq!(lowercase("ΟΔΟΣ", Lang::En), "ΟΔΟΣ".to_lowercase());
    }

    #[test]
    fn titles_in_capitals() {
        assert_eq!(
            lowercase("TÜRKİYE'NİN BÖLGESEL POLİTİKASI", Lang::Tr),
            "türkiye'nin bölgesel politikası"
        );
    }
}
