//! Lemma keys for Turkish words. The Snowball Turkish stemmer gives one
//! word different stems in different forms (kazı → kaz, kazısı → kazıs,
//! kazıda → kazı; fındık → f, fındığı → fındık), which split the
//! occurrences of one term into several groups. A word is read here as a
//! known lemma followed by a chain of case, plural, possessive and copula
//! suffixes ([`crate::text::suffix`]): the lemma is a one-word Turkish form
//! of the shipped word lists, or a word the text itself has bare. Snowball
//! is the fallback for a word read neither way.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::token::fold_key;
use crate::text::lowercase;
use crate::text::suffix::{case_suffixes, hardened, is_vowel, softened};
use crate::Lang;

/// Folded one-word Turkish forms of the shipped glossaries, written in
/// lower case (common words, not names): the dictionary of lemmas.
static LEMMAS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    crate::glossary::shipped()
        .iter()
        .flat_map(|g| g.entries.iter())
        .filter(|e| !e.forbidden)
        .flat_map(|e| e.forms(Lang::Tr))
        .filter(|f| !f.contains(' ') && f.chars().next().is_some_and(char::is_lowercase))
        .map(|f| fold_key(&lowercase(f, Lang::Tr)))
        .collect()
});

/// Whether a folded word is a lemma of the shipped word lists.
pub(crate) fn is_lemma(folded: &str) -> bool {
    LEMMAS.contains(folded)
}

/// A form a word may be inflected from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Base {
    /// The base, lowercase.
    pub form: String,
    /// The base is the word's own first letters (planı → plan), not a form
    /// with a consonant hardened, a doubled consonant made single or a
    /// dropped vowel put back (fındığı → fındık, hakkı → hak, nehri → nehir).
    pub plain: bool,
    /// Letters of the word after the base's letters.
    pub rest: usize,
}

/// The bases a lowercase Turkish word may be an inflected form of, longest
/// first: every cut that leaves a chain of suffixes ([`case_suffixes`]),
/// and where a vowel-initial chain follows, the base with its final
/// consonant hardened (fındığ-ı → fındık, ağac-ı → ağaç), its doubled
/// consonant made single (hakk-ı → hak) or its dropped high vowel put back
/// (nehr-i → nehir, ağz-ı → ağız, kayb-ı → kayıp).
pub(crate) fn bases(word: &str) -> Vec<Base> {
    let chars: Vec<char> = word.chars().collect();
    if chars.iter().any(|c| !c.is_alphabetic()) {
        return Vec::new();
    }
    let mut out: Vec<Base> = Vec::new();
    for cut in (2..chars.len()).rev() {
        let (head, tail) = chars.split_at(cut);
        let p: String = head.iter().collect();
        let r: String = tail.iter().collect();
        let (fp, fr) = (fold_key(&p), fold_key(&r));
        if !case_suffixes(&fp, &fr) {
            continue;
        }
        let mut push_rest = |form: String, plain: bool, rest: usize| {
            if !out.iter().any(|b| b.form == form) {
                out.push(Base { form, plain, rest });
            }
        };
        // su (water) keeps a y before every vowel-initial suffix, as a
        // consonant-final stem would: suyun, suyunu, suyla.
        if p == "suy" && tail.first().is_some_and(|&c| is_vowel(c)) {
            push_rest("su".to_owned(), false, tail.len() + 1);
        }
        let mut push = |form: String, plain: bool| push_rest(form, plain, tail.len());
        push(p.clone(), true);
        if !tail.first().is_some_and(|&c| is_vowel(c)) {
            continue;
        }
        let n = head.len();
        let (Some(&last), Some(&before)) = (head.last(), head.get(n.wrapping_sub(2))) else {
            continue;
        };
        let stem: String = head.get(..n - 1).unwrap_or_default().iter().collect();
        let consonant = |c: char| !is_vowel(c);
        if let Some(hard) = harden(&p) {
            push(hard, false);
        }

        if consonant(last) && consonant(before) {
            if last == before {
                push(stem, false);
            } else if let Some(v) = head.iter().rev().find(|&&c| is_vowel(c)) {
                let restored = format!("{stem}{}{last}", high_vowel(*v));
                if let Some(hard) = harden(&restored) {
                    push(hard, false);
                }
                push(restored, false);
            }
        }
    }
    // Longest first; at equal length the word's own letters first.
    out.sort_by_key(|b| (std::cmp::Reverse(b.form.chars().count()), !b.plain));
    out
}

/// The form whose final p, ç, t, k softens to this one's final b, c, d, ğ
/// or (after n) g, where the rule softens it (two syllables or more).
fn harden(soft: &str) -> Option<String> {
    let form = hardened(soft)?;
    (softened(&fold_key(&form)).as_deref() == Some(fold_key(soft).as_str())).then_some(form)
}

fn high_vowel(v: char) -> char {
    match v {
        'a' | 'ı' => 'ı',
        'e' | 'i' => 'i',
        'o' | 'u' => 'u',
        _ => 'ü',
    }
}

/// Whether a base is long enough to trust: a lemma of the word lists of
/// two letters or more (ağı, suyu, işte: the word itself is not listed,
/// else it is its own lemma); a word seen only in the text, four letters
/// or more when cut plain and three when restored (ilke is not ilk + -e).
fn trusted(base: &Base, in_dictionary: bool) -> bool {
    let n = base.form.chars().count();
    if in_dictionary {
        n >= 2
    } else if base.plain {
        n >= 4
    } else {
        n >= 3
    }
}

/// The lemma of a lowercase Turkish word by the shipped word lists, folded:
/// the word itself when listed, else its longest listed base (aşılarının →
/// aşı, fındığı → fındık, kanunu → kanun, not kan).
pub(crate) fn dictionary_lemma(lower: &str) -> Option<String> {
    let folded = fold_key(lower);
    if is_lemma(&folded) {
        return Some(folded);
    }
    dictionary_base(lower).map(|b| fold_key(&b.form))
}

thread_local! {
    /// Words already read by [`dictionary_base`]: every token and every
    /// candidate's words ask, and most words recur.
    static BASES: std::cell::RefCell<HashMap<String, Option<Base>>> =
        std::cell::RefCell::new(HashMap::new());
}

/// Words remembered by [`dictionary_base`] before the memory is cleared.
const BASES_REMEMBERED: usize = 200_000;

/// The longest base of the shipped word lists that a lowercase Turkish word
/// (not itself listed) inflects, with the letters after it: the lowercase
/// form for a citation (akıma → akım + a; ortaklığa → ortaklık + a).
pub(crate) fn dictionary_base(lower: &str) -> Option<Base> {
    if let Some(known) = BASES.with(|m| m.borrow().get(lower).cloned()) {
        return known;
    }
    let found = if is_lemma(&fold_key(lower)) {
        None
    } else {
        bases(lower)
            .into_iter()
            .find(|b| is_lemma(&fold_key(&b.form)) && trusted(b, true))
    };
    BASES.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= BASES_REMEMBERED {
            m.clear();
        }
        m.insert(lower.to_owned(), found.clone());
    });
    found
}

/// Lemmas read with the words of one text: a base counts when the word
/// lists have it or the text has it as a word of its own.
pub(crate) struct TextLemmas<'a> {
    /// Folded words of the text.
    surfaces: &'a HashSet<String>,
    /// Lowercase word → (lemma base, lowercase), or None when neither the
    /// word lists nor the text give one.
    memo: HashMap<String, Option<String>>,
}

impl<'a> TextLemmas<'a> {
    pub(crate) fn new(surfaces: &'a HashSet<String>) -> Self {
        TextLemmas {
            surfaces,
            memo: HashMap::new(),
        }
    }

    /// The lowercase lemma of a lowercase word: the word itself when the
    /// word lists have it; else its longest base the lists or the text
    /// have, read in turn (sigortaları → sigortalar → sigorta); None when
    /// there is no such base.
    pub(crate) fn lemma(&mut self, lower: &str) -> Option<String> {
        self.resolve(lower, 0)
    }

    fn resolve(&mut self, lower: &str, depth: usize) -> Option<String> {
        if let Some(found) = self.memo.get(lower) {
            return found.clone();
        }
        if is_lemma(&fold_key(lower)) {
            return Some(lower.to_owned());
        }
        let mut found = None;
        if depth < 4 {
            for b in bases(lower) {
                let f = fold_key(&b.form);
                if is_lemma(&f) && trusted(&b, true) {
                    found = Some(b.form);
                    break;
                }
                if self.surfaces.contains(&f) && trusted(&b, false) {
                    found = Some(self.resolve(&b.form, depth + 1).unwrap_or(b.form));
                    break;
                }
            }
        }
        self.memo.insert(lower.to_owned(), found.clone());
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lemma(w: &str) -> Option<String> {
        dictionary_lemma(w)
    }

    #[test]
    fn inflected_forms_share_the_listed_lemma() {
        for (word, want) in [
            ("kazı", "kazi"),
            ("kazısı", "kazi"),
            ("kazıda", "kazi"),
            ("kazıların", "kazi"),
            ("kazının", "kazi"),
            ("fındık", "findik"),
            ("fındığı", "findik"),
            ("fındıkta", "findik"),
            ("konum", "konum"),
            ("konumu", "konum"),
            ("sigortası", "sigorta"),
            ("sigortaları", "sigorta"),
            ("kanunu", "kanun"),
            ("depremin", "deprem"),
            ("suyu", "su"),
            ("suyun", "su"),
            ("suyunun", "su"),
            ("ülkemizin", "ülke"),
            // A two-letter lemma with one vowel after it (not the
            // Snowball stem ak, white, of ağı).
            ("ağı", "ağ"),
            ("işi", "iş"),
        ] {
            let want = fold_key(want);
            assert_eq!(lemma(word).as_deref(), Some(want.as_str()), "{word}");
        }
    }

    #[test]
    fn a_listed_word_is_never_cut_to_a_shorter_one() {
        assert_eq!(lemma("kanun").as_deref(), Some("kanun"));
        assert_eq!(lemma("kara").as_deref(), Some("kara"));
        assert_eq!(lemma("ana").as_deref(), Some("ana"));
        // One letter after a vowel is no possessive here: kurum is not kuru.
        assert_ne!(lemma("kurumun").as_deref(), Some("kuru"));
        assert_ne!(
            lemma("yaşamın").map(|l| fold_key(&l)),
            Some(fold_key("yaş"))
        );
    }

    #[test]
    fn bases_undo_softening_doubling_and_vowel_drop() {
        let has = |w: &str, b: &str| bases(w).iter().any(|x| x.form == b);
        assert!(has("fındığı", "fındık"));
        assert!(has("ağacı", "ağaç"));
        assert!(has("hakkı", "hak"));
        assert!(has("nehri", "nehir"));
        assert!(has("ağzı", "ağız"));
        assert!(has("kaybı", "kayıp"));
        assert!(has("planda", "plan"));
        assert!(!has("kanun", "kan"));
        assert!(!has("sulama", "su"));
    }

    #[test]
    fn the_text_lends_its_bare_words_as_bases() {
        let surfaces: HashSet<String> = ["höyük", "höyükler"].iter().map(|w| fold_key(w)).collect();
        let mut lemmas = TextLemmas::new(&surfaces);
        assert_eq!(lemmas.lemma("höyüğü").as_deref(), Some("höyük"));
        assert_eq!(lemmas.lemma("höyüklerin").as_deref(), Some("höyük"));
        assert_eq!(lemmas.lemma("höyük"), None);
        // A short word of the text is no base of a longer one (ilk, ilke).
        let surfaces: HashSet<String> = ["ilk"].iter().map(|w| fold_key(w)).collect();
        let mut lemmas = TextLemmas::new(&surfaces);
        assert_ne!(lemmas.lemma("ilkesi").as_deref(), Some("ilk"));
    }
}
