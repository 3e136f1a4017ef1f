//! Fuzzy comparison of names, for what a key cannot fix: letters lost to `?`
//! and dropped letters.

use super::key::{loose_form, name_key};

/// Edit distance between two loose forms in which `?` (a lost letter) matches
/// any one character, or nothing, at no cost.
fn wildcard_distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = Vec::with_capacity(b.len() + 1);
    // Row 0: inserting b's characters; a `?` in b costs nothing.
    let mut acc = 0;
    prev.push(0);
    for &cb in b {
        acc += usize::from(cb != '?');
        prev.push(acc);
    }
    let mut cur = vec![0usize; b.len() + 1];
    for &ca in a {
        let del_a = usize::from(ca != '?');
        cur[0] = prev[0] + del_a;
        for (j, &cb) in b.iter().enumerate() {
            let del_b = usize::from(cb != '?');
            let sub = usize::from(!(ca == cb || ca == '?' || cb == '?'));
            cur[j + 1] = (prev[j] + sub).min(prev[j + 1] + del_a).min(cur[j] + del_b);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// How similar two names are, from 0.0 to 1.0, for the spellings a
/// [`name_key`] cannot bring together: a letter lost to `?` or U+FFFD in a
/// bad conversion (`?anl?urfa`), a dropped letter (`Davutolu` for
/// Davutoğlu), a typing slip.
///
/// Names with the same key score 1.0. Otherwise both names are reduced to
/// their letter classes (the key without dropping vowels) and compared two
/// ways: an edit distance in which `?` matches any one letter or none, as a
/// share of the longer name, and the Jaro–Winkler similarity of
/// [`strsim`]; the score is their mean, below 1.0.
///
/// A score of 0.9 or more marks a likely variant; [`fuzzy_match`] applies
/// that threshold with one more condition. Different names with a shared
/// stem score high too (Petrov and Petrova: 0.91), so the score is for
/// candidates that the key did not join, not a replacement for the key.
///
/// # Examples
/// ```
/// use bitext::translit::similar;
/// assert_eq!(similar("Çavuşoğlu", "CAVUSOGLU"), 1.0);
/// assert!(similar("?anl?urfa", "Şanlıurfa") > 0.95);
/// assert!(similar("Davutolu", "Davutoğlu") > 0.9);
/// assert!(similar("Kasapoğlu", "Kaşıkçıoğlu") < 0.85);
/// assert!(similar("Hasanov", "Hüseynov") < 0.8);
/// ```
pub fn similar(a: &str, b: &str) -> f64 {
    let (ka, kb) = (name_key(a), name_key(b));
    if ka == kb {
        return if ka.is_empty() && (a.trim().is_empty() != b.trim().is_empty()) {
            0.0
        } else {
            1.0
        };
    }
    let la: Vec<char> = loose_form(a).chars().collect();
    let lb: Vec<char> = loose_form(b).chars().collect();
    let known = |s: &[char]| s.iter().filter(|&&c| c != '?').count();
    let longest = known(&la).max(known(&lb));
    if longest == 0 {
        return 0.0;
    }
    let distance = wildcard_distance(&la, &lb) as f64;
    let edit = (1.0 - distance / longest as f64).max(0.0);
    let plain = |s: &[char]| s.iter().filter(|&&c| c != '?').collect::<String>();
    let jw = strsim::jaro_winkler(&plain(&la), &plain(&lb));
    // Never 1.0: only the key says two spellings are the same name.
    ((edit + jw) / 2.0).min(0.999)
}

/// Whether two names are probably spellings of one name: the same key, or a
/// [`similar`] score of at least 0.9 with the same last letter (so that
/// gendered and suffixed forms such as Petrov/Petrova and Aliyev/Aliyeva,
/// which differ at the end, stay apart).
///
/// # Examples
/// ```
/// use bitext::translit::fuzzy_match;
/// assert!(fuzzy_match("?anl?urfa", "Şanlıurfa"));
/// assert!(fuzzy_match("Davutolu", "Davutoğlu"));
/// assert!(fuzzy_match("Nakhichevan", "Naxçıvan"));
/// assert!(!fuzzy_match("Petrov", "Petrova"));
/// assert!(!fuzzy_match("Aliyev", "Aliyeva"));
/// assert!(!fuzzy_match("Kasapoğlu", "Kaşıkçıoğlu"));
/// ```
pub fn fuzzy_match(a: &str, b: &str) -> bool {
    if name_key(a) == name_key(b) {
        return !name_key(a).is_empty();
    }
    let (la, lb) = (loose_form(a), loose_form(b));
    let same_end = match (la.chars().last(), lb.chars().last()) {
        (Some(x), Some(y)) => x == y || x == '?' || y == '?',
        _ => false,
    };
    same_end && similar(a, b) >= 0.9
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn wildcards_match_one_letter_or_none() {
        assert_eq!(
            wildcard_distance(&chars("?anl?urfa"), &chars("sanlurfa")),
            0
        );
        assert_eq!(
            wildcard_distance(&chars("sanlurfa"), &chars("?anl?urfa")),
            0
        );
        assert_eq!(
            wildcard_distance(&chars("davutolu"), &chars("davutoklu")),
            1
        );
        assert_eq!(wildcard_distance(&chars(""), &chars("abc")), 3);
        assert_eq!(wildcard_distance(&chars("abc"), &chars("")), 3);
        assert_eq!(wildcard_distance(&chars("kitten"), &chars("sitting")), 3);
    }

    #[test]
    fn scores_are_bounded_and_symmetric() {
        let names = [
            "Şanlıurfa",
            "?anl?urfa",
            "Davutolu",
            "Petrov",
            "",
            "  ",
            "???",
            "Чапкин",
            "a",
        ];
        for a in names {
            for b in names {
                let s = similar(a, b);
                assert!((0.0..=1.0).contains(&s), "{a} {b} {s}");
                assert!((s - similar(b, a)).abs() < 1e-9, "{a} {b}");
            }
        }
        assert_eq!(similar("", ""), 1.0);
        assert_eq!(similar("", "Petrov"), 0.0);
        assert!(!fuzzy_match("", ""));
    }

    #[test]
    fn lost_letters_in_capitals_and_cyrillic() {
        assert!(fuzzy_match("?ANL?URFA", "Şanlıurfa"));
        assert!(fuzzy_match("Davuto\u{FFFD}lu", "Davutoğlu"));
        assert!(fuzzy_match("Хрущев", "Hruşçov"));
        assert!(!fuzzy_match("Ivanov", "Petrov"));
    }

    #[test]
    fn shared_stems_score_high_but_do_not_match() {
        // The figure quoted in the docs of `similar`.
        let score = similar("Petrov", "Petrova");
        assert!((0.9..0.92).contains(&score), "{score}");
        assert!(!fuzzy_match("Petrov", "Petrova"));
    }
}
