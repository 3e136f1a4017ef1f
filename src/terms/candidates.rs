//! Monolingual term candidates: n-grams, names, acronyms and their
//! definitions, quoted terms, keyword-list items; C-value termhood.

use std::collections::HashMap;

use super::reconcile;
use super::token::{inner_ok, is_title, term_key, time_unit, Break, Caps, Item, Token};
use super::Sentence;
use crate::glossary::{Glossary, Link, Variant};
use crate::Lang;

/// The longest candidate, in words.
pub(crate) const MAX_WORDS: usize = 6;

/// The longest acronym definition, in words (High Council for the
/// Conservation of Cultural Property: eight).
const MAX_DEFINITION_WORDS: usize = 12;

/// One occurrence of a candidate.
#[derive(Debug, Clone)]
pub(crate) struct Occ {
    pub sent: usize,
    /// Item indices of the first and last word.
    pub first: usize,
    pub last: usize,
    pub surface: String,
    pub quoted: bool,
    /// The occurrence starts the sentence.
    pub initial: bool,
    /// The occurrence is a whole sentence (a keyword-list item).
    pub whole: bool,
    /// Letters beyond the stem in the last word (inflection).
    pub inflection: usize,
}

impl Occ {
    /// An occurrence neither quoted nor a whole list item, of words `first`
    /// to `last` of sentence `sent`, whose last word is `last_word`.
    fn unmarked(
        sent: usize,
        (first, last): (usize, usize),
        surface: String,
        initial: bool,
        last_word: &Token,
    ) -> Occ {
        Occ {
            sent,
            first,
            last,
            surface,
            quoted: false,
            initial,
            whole: false,
            inflection: last_word
                .lower
                .chars()
                .count()
                .saturating_sub(last_word.key.chars().count()),
        }
    }
}

/// A candidate term of one language: every occurrence of one key (and,
/// after reconciliation, of the keys merged into it).
#[derive(Debug, Clone, Default)]
pub(crate) struct Group {
    pub key: String,
    pub words: usize,
    pub occs: Vec<Occ>,
    /// Every word capitalized, as a whole capitalized run, in most
    /// occurrences.
    pub name: bool,
    /// Occurrences as a whole capitalized run.
    pub name_occs: usize,
    pub acronym: bool,
    /// An acronym seen with a plural -s (UAVs).
    pub acronym_plural: bool,
    /// The partner was found only as a capitalized run as long as the
    /// acronym (an acronym of the other language): it stands only when the
    /// other language spells that acronym out ([`confirm_partners`]).
    pub weak_partner: bool,
    /// Key of the acronym this group defines, or of the definition this
    /// acronym abbreviates.
    pub partner: Option<String>,
    pub quoted: bool,
    pub list_item: bool,
    pub prior: bool,
    /// A section label of a prior glossary (Abstract, Öz, Keywords):
    /// document structure, not a term.
    pub label: bool,
    /// A coordination ("Baku and Ankara") whose parts occur more often on
    /// their own: not a term.
    pub coordination: bool,
    pub cvalue: f64,
    /// A numbered legal act (Law No. 6306, 6306 sayılı Kanun): its kind and
    /// number, which identify it across the languages.
    pub act: Option<(ActKind, String)>,
    /// Links to groups this one may be a variant of.
    pub links: Vec<Link>,
    /// Merged into another group (by reconciliation).
    pub merged_into: Option<usize>,
}

impl Group {
    /// A strong candidate (see the module docs).
    pub(crate) fn strong(&self) -> bool {
        if self.coordination {
            return false;
        }
        self.name
            || self.act.is_some()
            || self.acronym
            || self.partner.is_some()
            || self.quoted
            || self.list_item
            || self.prior
    }

    /// Termhood in `0..=1`.
    pub(crate) fn termhood(&self) -> f64 {
        if self.coordination {
            0.0
        } else if self.strong() {
            1.0
        } else {
            (self.cvalue / 2.0).clamp(0.0, 1.0)
        }
    }

    /// Spellings with counts, in first-seen order.
    pub(crate) fn forms(&self) -> Vec<(String, usize)> {
        let mut forms: Vec<(String, usize)> = Vec::new();
        for o in &self.occs {
            match forms.iter_mut().find(|f| f.0 == o.surface) {
                Some(f) => f.1 += 1,
                None => forms.push((o.surface.clone(), 1)),
            }
        }
        forms
    }

    /// The citation form in the nominative singular
    /// ([`super::citation_form`] applied to [`Group::citation_cased`]), and
    /// every other spelling with its count. `common_head`: the English head
    /// is a common noun even if capitalized (the definition of an acronym
    /// seen with a plural -s).
    pub(crate) fn cite(
        &self,
        side: &Side,
        keep_case: bool,
        common_head: bool,
    ) -> (String, Vec<Variant>) {
        // Spellings met only inside a longer candidate that goes on after
        // them (deprem tehlike in deprem tehlike haritası).
        let nested: std::collections::HashSet<String> = self
            .forms()
            .into_iter()
            .map(|(f, _)| f)
            .filter(|f| {
                self.occs.iter().filter(|o| o.surface == *f).all(|o| {
                    side.per_sentence.get(o.sent).is_some_and(|occs| {
                        occs.iter()
                            .any(|&(_, first, last)| first <= o.first && last > o.last)
                    })
                })
            })
            .collect();
        let (mut best, variants) = self.citation_nested(side.lang, keep_case, Some(&nested));
        // A term met only in a heading written in capitals (THE BAKU-KARS
        // LINE) is cited as running text writes it.
        let heading =
            self.words >= 2 && !self.acronym && self.occs.iter().all(|o| shouted(&o.surface));
        if heading {
            best = recase_heading(&best, side);
        }
        let seen = |w: &str| side.words.contains(w);
        let known = |w: &str| side.known.contains(w);
        let noun_only = |w: &str| side.noun_only.contains(w);
        let cited =
            super::citation::cite_with(&best, side.lang, common_head, &seen, &known, &noun_only);
        // The spellings vote (by count) for the citation form their rules
        // give: an unambiguous spelling (blok trenler: a bare plural, so no
        // compound marker) outvotes an ambiguous one (blok trenleri: the
        // plural with the possessive, or the accusative). Spellings that
        // differ from `best` only in case vote as `best` does.
        let best_lower = crate::text::lowercase(&best, side.lang);
        // Each vote also keeps where its first spelling was first seen.
        let mut votes: Vec<(String, usize, usize)> = vec![(cited.clone(), 0, usize::MAX)];
        let forms = self.forms();
        for (seen_at, (form, count)) in forms.iter().enumerate() {
            let (form, count) = (form.clone(), *count);
            // The fragment of a longer compound votes for nothing of its own
            // (deprem tehlike, beside deprem tehlikesi).
            let fragment = side.lang == Lang::Tr
                && nested.contains(&form)
                && bare_compound_head(&form, &forms);
            let same = fragment || crate::text::lowercase(&form, side.lang) == best_lower;
            let c = if same {
                cited.clone()
            } else {
                let f = super::citation::cite_with(
                    &form,
                    side.lang,
                    common_head,
                    &seen,
                    &known,
                    &noun_only,
                );
                // Keep the case of `best` (a spelling capitalized at a
                // sentence start must not change it).
                if crate::text::lowercase(&f, side.lang)
                    == crate::text::lowercase(&cited, side.lang)
                {
                    cited.clone()
                } else if f.chars().next().is_some_and(char::is_uppercase)
                    && best.chars().next().is_some_and(char::is_lowercase)
                {
                    crate::text::lowercase(&f, side.lang)
                } else {
                    f
                }
            };
            match votes.iter_mut().find(|v| v.0 == c) {
                Some(v) => {
                    v.1 += count;
                    v.2 = v.2.min(seen_at);
                }
                None => votes.push((c, count, seen_at)),
            }
        }
        // A tie goes to the spelling whose words are written that way most
        // often in the whole text (wastewater treatment plant beside
        // waste-water treatment plant, when wastewater is the usual word),
        // then to the one with fewer hyphens (reinforced concrete beside
        // reinforced-concrete: a hyphen that joins a modifier is a matter
        // of position, not of the term), then to the one the text writes
        // first: a writer who varies a spelling sets it down first as
        // meant (fire watchtower, then fire watch tower). Only spellings
        // of one form (hyphen, space, case and British or American
        // spelling aside) compete so; a tie between two citation forms is
        // left to the rules' order.
        let top = votes.iter().map(|v| v.1).max().unwrap_or(0);
        let plain = |f: &str| {
            let lower = crate::text::lowercase(f, side.lang);
            match side.lang {
                Lang::En => lower
                    .split(['-', ' '])
                    .map(super::reconcile::american)
                    .collect::<String>(),
                _ => lower.replace(['-', ' '], ""),
            }
        };
        let first_top = votes.iter().find(|v| v.1 == top).map(|v| plain(&v.0));
        let in_tie = |v: &(String, usize, usize)| v.1 == top && Some(plain(&v.0)) == first_top;
        let tied = votes.iter().filter(|v| in_tie(v)).count();
        let tie_at = votes.iter().position(in_tie).unwrap_or(0);
        // Words every tied spelling writes alike say nothing of the tie
        // (rate, of labour force participation rate beside labor force
        // participation rate): only the words they differ in count.
        let shared: Vec<String> = if tied < 2 {
            Vec::new()
        } else {
            let tied_forms: Vec<&str> = votes
                .iter()
                .filter(|v| in_tie(v))
                .map(|v| v.0.as_str())
                .collect();
            tied_forms
                .first()
                .map(|f| {
                    f.split_whitespace()
                        .filter(|w| {
                            tied_forms
                                .iter()
                                .all(|t| t.split_whitespace().any(|x| x == *w))
                        })
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default()
        };
        let cited = votes
            .iter()
            .enumerate()
            .max_by_key(|(i, v)| {
                let (support, hyphens, rank, seen_at) = if tied > 1 && in_tie(v) {
                    (
                        side.word_support(&v.0, &shared),
                        joining_hyphens(&v.0),
                        tie_at,
                        v.2,
                    )
                } else {
                    (0, 0, *i, 0)
                };
                (
                    v.1,
                    !spaced_self(&v.0, side.lang),
                    support,
                    std::cmp::Reverse(hyphens),
                    std::cmp::Reverse(rank),
                    std::cmp::Reverse(seen_at),
                )
            })
            .map(|(_, v)| v.0.clone())
            .unwrap_or(cited);
        if cited == best && !heading {
            return (best, variants);
        }
        let variants = self
            .forms()
            .into_iter()
            .filter(|(f, _)| *f != cited)
            .map(|(form, count)| Variant { form, count })
            .collect();
        (cited, variants)
    }

    /// The citation form (see the module docs for the rule) and the other
    /// spellings with their counts.
    pub(crate) fn citation(&self, lang: Lang) -> (String, Vec<Variant>) {
        self.citation_cased(lang, false)
    }

    /// [`Group::citation`], keeping a capital met only at sentence starts
    /// when `keep_case` (the other language writes the term as a name).
    pub(crate) fn citation_cased(&self, lang: Lang, keep_case: bool) -> (String, Vec<Variant>) {
        self.citation_nested(lang, keep_case, None)
    }

    /// [`Group::citation_cased`], told which spellings occur only inside a
    /// longer candidate (when known, only those can be a compound's
    /// fragment: kaçak kazı beside kaçak kazısı is no fragment).
    fn citation_nested(
        &self,
        lang: Lang,
        keep_case: bool,
        nested: Option<&std::collections::HashSet<String>>,
    ) -> (String, Vec<Variant>) {
        let forms = self.forms();
        let lower_initial = forms
            .iter()
            .any(|(f, _)| f.chars().next().is_some_and(char::is_lowercase));
        let damaged = |s: &str| s.contains(['?', '\u{fffd}']);
        let has_plain = forms.iter().any(|(f, _)| !damaged(f));
        let all_caps = |s: &str| {
            let letters = s.chars().filter(|c| c.is_alphabetic()).count();
            letters >= 2
                && s.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
        };
        let all_caps_everywhere = forms.iter().all(|(f, _)| all_caps(f));
        // A short word written in capitals in most occurrences is an
        // acronym whose capitals are its spelling (ÇAYKUR three times,
        // Çaykur once).
        let caps_count: usize = forms
            .iter()
            .filter(|(f, _)| all_caps(f))
            .map(|(_, c)| c)
            .sum();
        let other_count: usize = forms
            .iter()
            .filter(|(f, _)| !all_caps(f))
            .map(|(_, c)| c)
            .sum();
        let letters = |f: &str| f.chars().filter(|c| c.is_alphabetic()).count();
        let acronym_spelling = self.words == 1
            && caps_count > other_count
            && forms.iter().all(|(f, _)| letters(f) <= 6);
        // `form` as cited, read off the occurrences written `surface`.
        let rank = |form: &str, count: usize, surface: &str| {
            let occs = self.occs.iter().filter(|o| o.surface == surface);
            let only_initial = form.chars().next().is_some_and(char::is_uppercase)
                && self
                    .occs
                    .iter()
                    .filter(|o| o.surface == surface)
                    .all(|o| o.initial);
            let inflection = occs.map(|o| o.inflection).min().unwrap_or(0);
            let non_ascii = form.chars().filter(|c| !c.is_ascii()).count();
            let shouted = all_caps(form) && !all_caps_everywhere && !acronym_spelling;
            let capitalized = !self.name && form.chars().next().is_some_and(char::is_uppercase);
            // Turkish modifiers with a case ending (güçlendirmenin maliyeti
            // beside güçlendirme maliyetini): the bare compound is cited.
            let key_words: Vec<&str> = self.key.split(' ').collect();
            let form_words: Vec<&str> = form.split(' ').collect();
            let inflected_modifiers = if lang == Lang::Tr && key_words.len() == form_words.len() {
                form_words
                    .iter()
                    .zip(&key_words)
                    .take(form_words.len().saturating_sub(1))
                    .filter(|(f, k)| {
                        super::token::fold_key(&crate::text::lowercase(f, lang)) != **k
                    })
                    .count()
            } else {
                0
            };
            (
                has_plain && damaged(form),
                lang == Lang::Tr
                    && nested.map_or(true, |n| n.contains(form))
                    && bare_compound_head(form, &forms),
                only_initial && lower_initial,
                shouted,
                capitalized,
                spaced_self(form, lang),
                inflected_modifiers,
                inflection,
                std::cmp::Reverse(count),
                std::cmp::Reverse(non_ascii),
            )
        };
        // An English spelling capitalized only because it starts sentences,
        // beside lower-case ones, competes as the lower-case spelling it
        // stands for: Soil salinization, seen first, against soil
        // salinisation is salinization against salinisation, not a capital
        // against none.
        let decapitalized = |form: &str| -> Option<String> {
            let mut chars = form.chars();
            let first = chars.next()?;
            let rest = chars.as_str();
            let initial_only = self
                .occs
                .iter()
                .filter(|o| o.surface == form)
                .all(|o| o.initial);
            (lower_initial
                && initial_only
                && first.is_uppercase()
                && !rest
                    .split_whitespace()
                    .any(|w| w.chars().next().is_some_and(char::is_uppercase))
                && !self.name)
                .then(|| format!("{}{rest}", crate::text::lowercase(&first.to_string(), lang)))
        };
        let mut best = forms
            .iter()
            .enumerate()
            .min_by_key(|(i, (f, c))| {
                let cited = decapitalized(f).unwrap_or_else(|| f.clone());
                // One spelling in two cases counts once, as the lower-case one.
                let count = if cited != *f && forms.iter().any(|(g, _)| *g == cited) {
                    0
                } else {
                    *c
                };
                (rank(&cited, count, f), *i)
            })
            .map(|(_, (f, _))| decapitalized(f).unwrap_or_else(|| f.clone()))
            .unwrap_or_default();
        // A spelling met only at sentence starts, chosen over the fragments
        // of a compound written in lower case (Deprem tehlikesi, beside
        // deprem tehlike inside deprem tehlike haritası), is lowercased.
        let best_only_initial = self
            .occs
            .iter()
            .filter(|o| o.surface == best)
            .all(|o| o.initial);
        // A first word with a digit is a code or a name (Covid-19, H5N1):
        // its capital is no sentence start's.
        let code = best
            .split_whitespace()
            .next()
            .is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()));
        if lower_initial && best_only_initial && !keep_case && !self.name && !code {
            let mut chars = best.chars();
            if let Some(first) = chars.next() {
                let rest = chars.as_str();
                if first.is_uppercase() && !rest.chars().next().is_some_and(char::is_uppercase) {
                    best = format!("{}{rest}", crate::text::lowercase(&first.to_string(), lang));
                }
            }
        }
        // A common term seen only at the start of sentences is cited in
        // lower case (Digital customs → digital customs). A heading in
        // capitals (5. KÜLTÜR VARLIĞI) says nothing of case.
        // Nor, for a term that is no name of its own, does a spelling of
        // two words or more inside a sentence with every word capitalized
        // (Yenilenebilir Enerji Kaynak, inside the name Yenilenebilir
        // Enerji Kaynak Alanı): it has the longer name's case.
        let title_cased = |s: &str| {
            self.words >= 2
                && s.split_whitespace()
                    .filter(|w| w.chars().count() > 1)
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        };
        let running: Vec<&Occ> = self
            .occs
            .iter()
            .filter(|o| {
                !o.whole && !all_caps(&o.surface) && (o.initial || !title_cased(&o.surface))
            })
            .collect();
        let starts_only = !running.is_empty() && running.iter().all(|o| o.initial);
        if starts_only
            && !keep_case
            && self.name_occs == 0
            && !self.acronym
            && !lower_initial
            && !code
        {
            // The name's spelling gives way to the sentence's (Natural
            // Property, in a law's title, to Natural property opening a
            // sentence).
            if title_cased(&best) {
                if let Some(o) = running.iter().find(|o| !title_cased(&o.surface)) {
                    best = o.surface.clone();
                }
            }
            let mut chars = best.chars();
            if let Some(first) = chars.next() {
                let rest = chars.as_str();
                let second_upper = rest.chars().next().is_some_and(char::is_uppercase);
                if !second_upper {
                    best = format!("{}{rest}", crate::text::lowercase(&first.to_string(), lang));
                }
            }
        }
        let variants = forms
            .into_iter()
            .filter(|(f, _)| *f != best)
            .map(|(form, count)| Variant { form, count })
            .collect();
        (best, variants)
    }
}

/// A Turkish multiword form whose head lacks the compound marker that
/// another spelling of the same term has (kuraklık yönetim, seen inside
/// kuraklık yönetim planı, beside kuraklık yönetimi): the head of an
/// indefinite compound drops its -(s)I only inside a longer compound, so
/// this spelling is a fragment, not a citation form.
fn bare_compound_head(form: &str, forms: &[(String, usize)]) -> bool {
    // Case aside: a title's capitals (Deprem Tehlike Haritası) say nothing
    // about the compound marker (Deprem tehlikesi).
    let form = crate::text::lowercase(form, Lang::Tr);
    let Some((prefix, head)) = form.rsplit_once(' ') else {
        return false;
    };
    let soft = soften_last(head);
    forms.iter().any(|(other, _)| {
        let other = crate::text::lowercase(other, Lang::Tr);
        let Some((p2, h2)) = other.rsplit_once(' ') else {
            return false;
        };
        if p2 != prefix {
            return false;
        }
        [head, soft.as_str()].iter().any(|h| {
            h2.strip_prefix(h).is_some_and(|rest| {
                // The plural may come before the marker (kaynakları).
                let rest = rest
                    .strip_prefix("lar")
                    .or_else(|| rest.strip_prefix("ler"))
                    .unwrap_or(rest);
                let rest = rest.strip_prefix('s').unwrap_or(rest);
                // The possessive, bare or before the pronominal n and a
                // case (santrali, santralinin); a lone -In after it is the
                // genitive (santralin), no compound marker.
                let mut chars = rest.chars();
                let high = chars
                    .next()
                    .is_some_and(|c| matches!(c, 'ı' | 'i' | 'u' | 'ü'));
                let tail = chars.as_str();
                high && (tail.is_empty() || (tail.starts_with('n') && tail != "n"))
            })
        })
    })
}

/// The last consonant softened as before a vowel (birlik → birliğ).
fn soften_last(word: &str) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    if let Some(last) = chars.last_mut() {
        *last = match *last {
            'k' => 'ğ',
            'ç' => 'c',
            'p' => 'b',
            c => c,
        };
    }
    chars.into_iter().collect()
}

/// All candidates of one language in a corpus.
#[derive(Debug, Clone)]
pub(crate) struct Side {
    pub lang: Lang,
    pub groups: Vec<Group>,
    pub index: HashMap<String, usize>,
    /// Per sentence: (group, first item, last item) of each occurrence.
    pub per_sentence: Vec<Vec<(usize, usize, usize)>>,
    /// Every word of the text, lowercase (apostrophe suffixes cut): the
    /// forms a citation rule may prefer.
    pub words: std::collections::HashSet<String>,
    /// The one-word common nouns of the general word lists, lowercase: the
    /// bare forms a citation rule may trust when the text lacks them.
    pub known: std::collections::HashSet<String>,
    /// Those of [`Side::known`] that the word lists translate only by
    /// English nouns (no adjectival ending): never adjectives.
    pub noun_only: std::collections::HashSet<String>,
    /// How the candidates' occurrences write each word, built on first use
    /// by [`recase_heading`] (rarely needed, and a pass over every
    /// occurrence).
    pub spellings: std::sync::OnceLock<Spellings>,
}

/// The words of a side's occurrences (parts between hyphens and before
/// apostrophes too), lowercase, by how they are written.
#[derive(Debug, Clone, Default)]
pub(crate) struct Spellings {
    /// Written in lower case.
    lower: std::collections::HashSet<String>,
    /// The keys of those (Turkish only: an inflected form counts).
    lower_keys: std::collections::HashSet<String>,
    /// Written with an initial capital, not at a sentence's start.
    title: std::collections::HashSet<String>,
}

impl Spellings {
    fn of(side: &Side) -> Spellings {
        let lang = side.lang;
        let mut sp = Spellings::default();
        for o in side.groups.iter().flat_map(|g| &g.occs) {
            for w in o.surface.split([' ', '-', '\'', '\u{2019}']) {
                let low = crate::text::lowercase(w, lang);
                // A capital opening a sentence says nothing of the word.
                let opens_sentence = o.initial && o.surface.starts_with(w);
                if low == w {
                    sp.lower.insert(low);
                } else if !(shouted(w) || opens_sentence) {
                    sp.title.insert(low);
                }
            }
        }
        if lang == Lang::Tr {
            sp.lower_keys = sp.lower.iter().map(|w| term_key(w, lang)).collect();
        }
        sp
    }
}

impl Side {
    /// How often the words of `form` are written so (case and an
    /// inflection aside: organisations spells organisation) in the text: the
    /// count of each word's spelling in its one-word group, the least of
    /// them (words that are no candidate of their own, such as
    /// reinforced, aside). The least, not the sum: a spelling in more
    /// words (watch tower beside watchtower) must not win by its word
    /// count. Words in `shared` (every competing spelling has them) are
    /// left out, unless no other word is left.
    pub(crate) fn word_support(&self, form: &str, shared: &[String]) -> usize {
        let own: Vec<&str> = form
            .split_whitespace()
            .filter(|w| !shared.iter().any(|s| s == w))
            .collect();
        let words = if own.is_empty() {
            form.split_whitespace().collect()
        } else {
            own
        };
        words
            .into_iter()
            .filter_map(|w| {
                let lower = crate::text::lowercase(w, self.lang);
                self.index
                    .get(&term_key(w, self.lang))
                    .and_then(|&g| self.groups.get(self.root(g)))
                    .map(|g| {
                        g.occs
                            .iter()
                            // A capital inside a sentence is a name's
                            // spelling, its owner's and not the writer's
                            // (International Civil Aviation Organization
                            // in a text that writes organisation); an
                            // acronym's capitals say nothing.
                            .filter(|o| {
                                o.initial
                                    || !o.surface.starts_with(char::is_uppercase)
                                    || !o.surface.chars().any(char::is_lowercase)
                            })
                            .filter(|o| {
                                crate::text::lowercase(&o.surface, self.lang)
                                    .strip_prefix(lower.as_str())
                                    .is_some_and(|end| inflectional_ending(end, self.lang))
                            })
                            .count()
                    })
            })
            .min()
            .unwrap_or(0)
    }

    /// The group an id ends up in after reconciliation.
    pub(crate) fn root(&self, mut g: usize) -> usize {
        let mut guard = 0;
        while let Some(next) = self.groups.get(g).and_then(|x| x.merged_into) {
            g = next;
            guard += 1;
            if guard > self.groups.len() {
                break;
            }
        }
        g
    }
}

fn words_of(items: &[Item]) -> Vec<(usize, &Token)> {
    items
        .iter()
        .enumerate()
        .filter_map(|(i, it)| match it {
            Item::Word(t) => Some((i, t)),
            Item::Break(_) => None,
        })
        .collect()
}

/// Collects the candidates of one language's sentences; `list_sentences`
/// marks the sentences that are keyword-list items.
pub(crate) fn collect(
    sentences: &[Sentence],
    lang: Lang,
    list_sentences: &[bool],
    priors: &[&Glossary],
    common: &std::collections::HashSet<String>,
    common_keys: &std::collections::HashSet<String>,
) -> Side {
    let mut side = Side {
        lang,
        groups: Vec::new(),
        index: HashMap::new(),
        per_sentence: vec![Vec::new(); sentences.len()],
        words: sentences
            .iter()
            .flat_map(|s| s.items.iter())
            .filter_map(|i| match i {
                Item::Word(t) => Some(t.lower.clone()),
                Item::Break(_) => None,
            })
            .collect(),
        spellings: std::sync::OnceLock::new(),
        known: common.clone(),
        noun_only: Default::default(),
    };
    let prior_keys: std::collections::HashSet<String> = priors
        .iter()
        .flat_map(|g| g.entries.iter())
        .flat_map(|e| e.forms(lang).map(|f| term_key(f, lang)).collect::<Vec<_>>())
        .collect();
    // Words seen in lower case somewhere: a capital at the start of a
    // sentence on such a word says nothing; on any other word (Chapkin,
    // Bayraktar) it marks a name.
    let lower_seen: std::collections::HashSet<&str> = sentences
        .iter()
        .flat_map(|s| s.items.iter())
        .filter_map(|i| match i {
            Item::Word(t) if t.caps == Caps::Lower => Some(t.lower.as_str()),
            _ => None,
        })
        .collect();
    // The same by key, so that an inflected form counts too (Gebelikte at
    // the start of a sentence, gebeliğin inside one, gebelik in a word
    // list); only keys the stemmer made from a longer word, not a name's
    // own letters.
    let lower_keys: std::collections::HashSet<&str> = sentences
        .iter()
        .flat_map(|s| s.items.iter())
        .filter_map(|i| match i {
            Item::Word(t) if t.caps == Caps::Lower && !t.stop => Some(t.key.as_str()),
            _ => None,
        })
        .collect();
    let common_by_key = |t: &Token| {
        // A capitalized Turkish word keeps its letters in its key: stem it
        // as the lower-case word it would be.
        let key = term_key(&t.lower, lang);
        key != super::token::fold_key(&t.lower)
            && (lower_keys.contains(key.as_str()) || common_keys.contains(&key))
    };
    let label_keys: std::collections::HashSet<String> = priors
        .iter()
        .flat_map(|g| g.entries.iter())
        .filter(|e| e.domain.as_deref() == Some("section"))
        .flat_map(|e| e.forms(lang).map(|f| term_key(f, lang)).collect::<Vec<_>>())
        .collect();
    for (s, sentence) in sentences.iter().enumerate() {
        let items = &sentence.items;
        let is_list = list_sentences.get(s).copied().unwrap_or(false);
        // A heading in capitals: its first word is capitalized as all the
        // others are, not because it starts a sentence.
        let heading = items.iter().all(|i| match i {
            Item::Word(t) => t.caps != Caps::Lower || t.number,
            Item::Break(_) => true,
        }) && items.iter().filter(|i| matches!(i, Item::Word(_))).count() >= 2;
        // A title in title case: every content word capitalized.
        let title_case = super::token::title_case(items);
        let first_word = items.iter().position(|i| matches!(i, Item::Word(_)));
        let last_word = items.iter().rposition(|i| matches!(i, Item::Word(_)));
        // Chunks: runs of words between breaks.
        let mut chunk: Vec<(usize, &Token)> = Vec::new();
        let mut chunks: Vec<(Vec<(usize, &Token)>, bool)> = Vec::new();
        let mut open_quote = false;
        for (i, item) in items.iter().enumerate() {
            match item {
                Item::Word(t) => chunk.push((i, t)),
                Item::Break(b) => {
                    if !chunk.is_empty() {
                        let quoted = open_quote && *b == Break::QuoteClose;
                        chunks.push((std::mem::take(&mut chunk), quoted));
                    }
                    open_quote = *b == Break::QuoteOpen;
                }
            }
        }
        if !chunk.is_empty() {
            chunks.push((chunk, false));
        }
        for (chunk, quoted) in &chunks {
            for a in 0..chunk.len() {
                for n in 1..=MAX_WORDS {
                    let Some(span) = chunk.get(a..a + n) else {
                        break;
                    };
                    if !valid(span, lang) {
                        continue;
                    }
                    // A unit after a number measures it (2.1 GW of
                    // installed capacity, 2,1 GW kurulu güç; 40 metres
                    // high): a term, if any, starts after the unit.
                    let measured = a
                        .checked_sub(1)
                        .and_then(|b| chunk.get(b))
                        .is_some_and(|(_, t)| t.number)
                        && span.first().is_some_and(|(_, t)| {
                            sentence
                                .text
                                .get(t.start..t.cut_end)
                                .is_some_and(|w| UNIT_SYMBOLS.contains(&w))
                                || unit_word(t)
                                || time_unit(t)
                                || (lang == Lang::Tr && number_adjective(t))
                        });
                    // So does a span that holds an amount (rotor çapı 170
                    // metre, kule 40 metre yüksekliği): the unit measures
                    // one thing, and names nothing.
                    let amount = span.windows(2).any(|w| w[0].1.number && unit_word(w[1].1));
                    let measured = measured || amount;
                    if measured {
                        continue;
                    }
                    // A span that starts inside a run of capitalized words
                    // and runs on into lower-case ones (Union food safety,
                    // of European Union food safety rules) has cut a name
                    // in two.
                    let cuts_name = n >= 2
                        && span
                            .first()
                            .is_some_and(|(_, t)| t.caps != Caps::Lower && !t.number)
                        && span.iter().any(|(_, t)| t.caps == Caps::Lower && !t.stop)
                        && !span.first().is_some_and(|(_, t)| {
                            place_chain(sentence.text.get(t.start..t.cut_end))
                        })
                        && a.checked_sub(1)
                            .and_then(|b| chunk.get(b))
                            .is_some_and(|(_, p)| {
                                p.caps != Caps::Lower && !p.number && !p.initial && !p.suffixed
                            });
                    if cuts_name {
                        continue;
                    }
                    // A Turkish word with the compound marker right after
                    // a bare noun is the head of that noun's compound,
                    // used as a modifier (aile sağlığı merkezi): a span
                    // that starts on it has cut the compound in two.
                    let cut_compound = lang == Lang::Tr
                        && n >= 2
                        && a.checked_sub(1)
                            .and_then(|b| chunk.get(b))
                            .is_some_and(|(_, p)| {
                                (p.caps == Caps::Lower || (p.initial && p.caps == Caps::Initial))
                                    && !p.stop
                                    && !p.number
                                    && p.key == super::token::fold_key(&p.lower)
                            })
                        && span.first().is_some_and(|(_, t)| {
                            // Not a listed word as written (tarihi,
                            // historic; askeri, military).
                            t.caps == Caps::Lower
                                && !side.known.contains(&t.lower)
                                && super::citation::strip_possessive(
                                    &t.lower,
                                    &|w: &str| side.words.contains(w),
                                    &|w: &str| side.known.contains(w),
                                )
                                .is_some()
                        });
                    if cut_compound {
                        continue;
                    }
                    let (Some(&(fi, ft)), Some(&(li, lt))) = (span.first(), span.last()) else {
                        continue;
                    };
                    let Some(surface) = sentence.text.get(ft.start..lt.cut_end) else {
                        continue;
                    };
                    // A Turkish word capitalized only by the sentence's
                    // start, written in lower case elsewhere, is keyed as
                    // that word (Yanan alanın with yanan alanların), not as
                    // a name.
                    let plain_initial = |t: &Token| {
                        lang == Lang::Tr
                            && !heading
                            && t.caps == Caps::Initial
                            && Some(fi) == first_word
                            && (lower_seen.contains(t.lower.as_str()) || common_by_key(t))
                    };
                    let key = span
                        .iter()
                        .enumerate()
                        .map(|(k, (_, t))| {
                            if k == 0 && plain_initial(t) {
                                t.common_key()
                            } else {
                                t.key.as_str()
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(" ");
                    let whole_chunk = n == chunk.len();
                    let occ = Occ {
                        sent: s,
                        first: fi,
                        last: li,
                        surface: surface.to_owned(),
                        quoted: *quoted && whole_chunk,
                        initial: Some(fi) == first_word,
                        whole: is_list && Some(fi) == first_word && Some(li) == last_word,
                        inflection: lt
                            .lower
                            .chars()
                            .count()
                            .saturating_sub(lt.key.chars().count()),
                    };
                    // A capital at the start of a sentence says nothing.
                    // Nor does one in a line in title case on a word the
                    // text writes in lower case as it stands (Tea Farming in
                    // a title, beside tea farming in the text): only that,
                    // as a word list's common word may still be a name's
                    // (Ege, in Ege Kıyısında).
                    // A personal title (Professor, Mühendis) before a name
                    // is not part of it.
                    let capital = |t: &Token| {
                        let by_position = !heading && t.caps == Caps::Initial;
                        t.caps != Caps::Lower
                            && !t.stop
                            && !is_title(&t.lower, lang)
                            && !(t.initial
                                && by_position
                                && (lower_seen.contains(t.lower.as_str())
                                    || common.contains(&t.lower)
                                    || common_by_key(t)
                                    || is_list))
                            && !(title_case && by_position && lower_seen.contains(t.lower.as_str()))
                    };
                    // The run of capitalized words (with of/and/ve inside)
                    // must not go on before or after the span.
                    // A hyphenated chain of names (Bakü-Tiflis-Kars) right
                    // after another name starts a new name: the run does
                    // not go on across that seam.
                    let chain = |t: &Token| place_chain(sentence.text.get(t.start..t.cut_end));
                    let seam = |before: &Token, after: &Token| !chain(before) && chain(after);
                    // An apostrophe suffix ends a name (Göksu Nehri'nden
                    // Konya Ovası'na: two names, not one run).
                    // A name head joins on or for (Expanded Programme on
                    // Immunization): the run goes on across them.
                    let extends = |k: Option<usize>, step_back: bool| -> bool {
                        let mut k = k;
                        let edge = if step_back { ft } else { lt };
                        if !step_back && lt.suffixed {
                            return false;
                        }
                        let mut head_joint = false;
                        while let Some(i) = k {
                            let Some(&(_, t)) = chunk.get(i) else {
                                return false;
                            };
                            if capital(t) {
                                if step_back && t.suffixed {
                                    return false;
                                }
                                let head = if step_back { t } else { edge };
                                if head_joint && !NAME_HEADS_EN.contains(&head.lower.as_str()) {
                                    return false;
                                }
                                let adjacent = if step_back { i + 1 == a } else { i == a + n };
                                let cut = if step_back {
                                    seam(t, edge)
                                } else {
                                    seam(edge, t)
                                };
                                return !(adjacent && cut);
                            }
                            let joint = lang != Lang::Tr
                                && t.stop
                                && matches!(t.lower.as_str(), "on" | "for" | "the");
                            if !(joint || t.stop && inner_ok(&t.lower, lang)) {
                                return false;
                            }
                            head_joint |= joint;
                            k = if step_back {
                                i.checked_sub(1)
                            } else {
                                Some(i + 1)
                            };
                        }
                        false
                    };
                    let heading_caps = n > 1 && span.iter().all(|(_, t)| t.caps == Caps::All);
                    // One word written in capitals that the text or a word
                    // list also has in lower case (CONTEXT, BAĞLAMINDA in a
                    // title) is shouted, not a name (an acronym is marked
                    // as one apart); so is one capitalized in a line that
                    // capitalizes every content word (Amendments in a title
                    // in title case).
                    let shouted_word = n == 1
                        && sentence.text.get(ft.start..ft.cut_end).is_some_and(|w| {
                            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                                && (!w.chars().any(char::is_lowercase) || title_case)
                        })
                        && (lower_seen.contains(ft.lower.as_str())
                            || common.contains(&ft.lower)
                            || common_by_key(ft));
                    let runs_on = extends(a.checked_sub(1), true) || extends(Some(a + n), false);
                    // A capital at the start of a sentence does count at
                    // the head of a longer capitalized run (Yenilenebilir
                    // Enerji Kaynakları Destekleme Mekanizması opening a
                    // sentence): the span with it and the span without it
                    // are both names, and pairing picks the one the other
                    // language translates.
                    // Not across a conjunction: Syria and Iraq opening a
                    // sentence is two names.
                    let opens_run = n > 1
                        && span.iter().all(|(_, t)| !t.stop)
                        && !heading
                        && ft.initial
                        && ft.caps == Caps::Initial
                        && !ft.stop
                        && !is_title(&ft.lower, lang);
                    let name = span
                        .iter()
                        .enumerate()
                        .filter(|(_, (_, t))| !t.stop)
                        .all(|(k, (_, t))| capital(t) || (k == 0 && opens_run))
                        && !heading_caps
                        && !shouted_word
                        && !runs_on;
                    let g = match side.index.get(&key) {
                        Some(&g) => g,
                        None => {
                            side.groups.push(Group {
                                key: key.clone(),
                                words: n,
                                prior: prior_keys.contains(&key),
                                label: label_keys.contains(&key),
                                ..Group::default()
                            });
                            side.index.insert(key, side.groups.len() - 1);
                            side.groups.len() - 1
                        }
                    };
                    if let Some(group) = side.groups.get_mut(g) {
                        group.quoted |= occ.quoted;
                        group.list_item |= occ.whole;
                        group.acronym |= n == 1 && ft.is_acronym();
                        group.acronym_plural |= n == 1 && ft.is_acronym() && ft.plural;
                        if name && !(n == 1 && ft.caps == Caps::All && !ft.is_acronym()) {
                            group.name_occs += 1;
                        }
                        group.occs.push(occ);
                    }
                    if let Some(list) = side.per_sentence.get_mut(s) {
                        list.push((g, fi, li));
                    }
                }
            }
        }
        long_names(s, sentence, &mut side);
        listed_names(s, sentence, &mut side);
        dated_names(s, sentence, &mut side);
        find_definitions(s, items, sentence, &mut side);
        find_acts(s, items, sentence, lang, &mut side);
    }
    for g in side.groups.iter_mut() {
        g.name = g.name_occs * 2 >= g.occs.len() && g.name_occs > 0;
        // A word written in lower case more often than in capitals is a
        // common word that a short line in capitals shouted (GRID
        // CONNECTION, beside grid access), not an acronym (UAVs counts as
        // capitals).
        if g.acronym {
            let lower = g
                .occs
                .iter()
                .filter(|o| {
                    o.surface
                        .trim_end_matches('s')
                        .chars()
                        .any(char::is_lowercase)
                })
                .count();
            if lower * 2 > g.occs.len() {
                g.acronym = false;
                g.acronym_plural = false;
            }
        }
    }
    cvalues(&mut side);
    coordinations(&mut side);
    reconcile::reconcile(&mut side);
    // Spellings that a prior glossary lists under one entry are one term
    // (Turkey and Türkiye in English text).
    let mut by_entry: HashMap<(usize, usize), usize> = HashMap::new();
    let mut prior_forms: HashMap<String, (usize, usize)> = HashMap::new();
    for (gi, g) in priors.iter().enumerate() {
        for (ei, e) in g.entries.iter().enumerate() {
            if e.forbidden {
                continue;
            }
            for f in e.forms(lang) {
                prior_forms.entry(term_key(f, lang)).or_insert((gi, ei));
            }
        }
    }
    for g in 0..side.groups.len() {
        let Some(group) = side.groups.get(g) else {
            continue;
        };
        if group.merged_into.is_some() || group.occs.is_empty() {
            continue;
        }
        if let Some(&entry) = prior_forms.get(&group.key) {
            match by_entry.get(&entry) {
                Some(&other) => reconcile::unite(&mut side, other, g),
                None => {
                    by_entry.insert(entry, g);
                }
            }
        }
    }
    side
}

/// A hyphenated chain of two or more capitalized names (Bakü-Tiflis-Kars,
/// Konya-Çumra): a word whose every hyphen-separated part starts with a
/// capital, has two letters or more and is not written in capitals.
pub(crate) fn place_chain(word: Option<&str>) -> bool {
    let Some(word) = word else { return false };
    let parts: Vec<&str> = word.split(['-', '\u{2010}', '\u{2011}']).collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            let letters = p.chars().filter(|c| c.is_alphabetic()).count();
            p.chars().all(char::is_alphabetic)
                && letters >= 2
                && p.chars().next().is_some_and(char::is_uppercase)
                && !p.chars().all(char::is_uppercase)
        })
}

/// Whether a run of words may be a term.
/// Whether a lowercase English word reads as a regular past participle:
/// -ed after a consonant, not -eed (speed, seed) and not one of the few
/// adjectives and nouns so spelt (hundred, sacred).
pub(super) fn past_participle(word: &str) -> bool {
    const NOT: [&str; 8] = [
        "hundred",
        "sacred",
        "naked",
        "kindred",
        "wicked",
        "rugged",
        "watershed",
        "homestead",
    ];
    (word.chars().count() >= 5
        && word.ends_with("ed")
        && !word.ends_with("eed")
        && !NOT.contains(&word))
        || IRREGULAR_PARTICIPLES.contains(&word)
}

/// English irregular past participles that are no nouns (not cut, set,
/// run, left or led): see [`past_participle`].
const IRREGULAR_PARTICIPLES: [&str; 36] = [
    "beaten",
    "begun",
    "bought",
    "broken",
    "brought",
    "built",
    "caught",
    "chosen",
    "done",
    "drawn",
    "driven",
    "eaten",
    "fallen",
    "forbidden",
    "forgotten",
    "given",
    "grown",
    "held",
    "hidden",
    "kept",
    "known",
    "made",
    "paid",
    "rebuilt",
    "sent",
    "shown",
    "sold",
    "spent",
    "spoken",
    "stolen",
    "taken",
    "taught",
    "thrown",
    "undertaken",
    "withdrawn",
    "written",
];

fn valid(span: &[(usize, &Token)], lang: Lang) -> bool {
    let (Some((_, first)), Some((_, last))) = (span.first(), span.last()) else {
        return false;
    };
    // A Turkish function word that is also an adjective opens a name
    // written with its capital inside a sentence (İlk Tunç Çağı, Early
    // Bronze Age); it never closes a span.
    let opens = lang == Lang::Tr
        && span.len() >= 2
        && first.caps == Caps::Initial
        && !first.initial
        && MODIFIER_STOPS_TR.contains(&first.lower.as_str());
    let ordinal_first = first.is_ordinal() && span.len() >= 2;
    if (first.stop && !opens) || last.stop || (first.number && !ordinal_first) || last.number {
        return false;
    }
    if span.len() == 1 && first.letters < 2 {
        return false;
    }
    if lang == Lang::Tr
        && first.caps == Caps::Lower
        && AFTER_NOUN_TR.contains(&first.lower.as_str())
    {
        return false;
    }
    // A Turkish term names a thing: it never ends in a verb (a finite
    // form, çıkabilir, durdurulamaz; a predicate's participle,
    // arındırılmış), which closes a clause, and holds no infinitive
    // anywhere (bulundurmak zorundadır). The same endings open terms as
    // adjectives (yenilenebilir enerji, arıtılmış atık su).
    if lang == Lang::Tr
        && span.len() >= 2
        && ((last.caps == Caps::Lower && turkish_verb_form(&last.lower))
            || span
                .iter()
                .any(|(_, t)| t.caps == Caps::Lower && turkish_infinitive(&t.lower)))
    {
        return false;
    }
    // Nor does one end in an adjective in -lI made from a listed noun
    // (kızılötesi kameralı, with an infrared camera): it qualifies the
    // noun after it. Not a listed noun in -l with its possessive (kurul +
    // -u, terminal + -i).
    // Nor in a present participle of a listed verb (servis getiren, which
    // brings a shuttle service): a relative clause, unless the participle
    // is a listed noun itself (uzaktan çalışan, remote worker).
    if lang == Lang::Tr
        && span.len() >= 2
        && last.caps == Caps::Lower
        && (with_adjective(&last.lower) || present_participle(&last.lower))
    {
        return false;
    }
    // An English plural noun right before an adjective inside a span
    // (software flags possible smoke columns) is a clause's subject and
    // verb before its object, or a noun phrase ending before another: a
    // term's modifiers are singular nouns and adjectives, and an
    // adjective follows no noun inside it.
    if lang != Lang::Tr
        && span.len() >= 3
        && span
            .get(..span.len() - 1)
            .unwrap_or(&[])
            .windows(2)
            .any(|w| match w {
                [(_, a), (_, b)] => {
                    a.caps == Caps::Lower
                        && a.plural_s()
                        && !a.lower.ends_with("ss")
                        && b.caps == Caps::Lower
                        && ["ible", "able", "ous", "ful", "less"]
                            .iter()
                            .any(|x| b.lower.ends_with(x))
                }
                _ => false,
            })
    {
        return false;
    }
    // Nor is a doubled word (yarı yarıya, adım adım) a term: Turkish
    // doubles a word to make an adverb.
    if lang == Lang::Tr
        && span.len() == 2
        && last.lower.starts_with(first.lower.as_str())
        && first.caps == last.caps
    {
        return false;
    }
    // A Turkish plural with a case ending after it (modellerde,
    // illerden, çiftçilere), or with a possessive between (merkezlerinde),
    // is an adverbial or an object: it modifies no noun after it, as a
    // noun compound's modifiers carry no case (göçmen sağlığı
    // merkezlerinde ücretsiz, free in migrant health centres, is no term).
    let plural_case = |t: &Token| {
        t.caps == Caps::Lower
            && PLURAL_CASES_TR
                .iter()
                .chain(PLURAL_POSSESSIVE_CASES_TR.iter())
                .any(|x| t.lower.ends_with(x))
    };
    // So, written in capitals or not, for a possessive with a locative or
    // ablative after it (kıyısında, merkezinden): in a title in title case
    // the capitals are the title's (Ege Kıyısında Fındık, hazelnuts on the
    // Aegean coast, is no name).
    let possessive_case = |t: &Token| {
        t.lower.chars().count() >= 6 && POSSESSIVE_CASES_TR.iter().any(|x| t.lower.ends_with(x))
    };
    // Nor does a bare plural: a compound's modifier is never plural, so a
    // plural before another noun ends a subject or an object (pompaj
    // depolamalı hidroelektrik santraller | enerji depolamanın …, a
    // sentence with no verb). Names aside (Birleşmiş Milletler Güvenlik
    // Konseyi).
    let bare_plural = |t: &Token| {
        t.caps == Caps::Lower
            && t.lower.chars().count() >= 6
            && (t.lower.ends_with("lar") || t.lower.ends_with("ler"))
    };
    if lang == Lang::Tr
        && span
            .iter()
            .rev()
            .skip(1)
            .any(|(_, t)| plural_case(t) || possessive_case(t) || bare_plural(t))
    {
        return false;
    }
    // An adjective of size, age, expectation, degree or change describes the thing
    // in one text; it is no part of its name (large irrigation scheme,
    // expected capacity factor: the terms are irrigation scheme and
    // capacity factor).
    let free = match lang {
        Lang::Tr => FREE_MODIFIERS_TR.as_slice(),
        _ => FREE_MODIFIERS_EN.as_slice(),
    };
    // Lower case, or capitalized only as a sentence's first word before a
    // lower-case one (not New Zealand, Yeni Liman İdaresi).
    let plain_first = first.caps == Caps::Lower
        || (first.initial
            && first.caps == Caps::Initial
            && span.get(1).is_some_and(|(_, t)| t.caps == Caps::Lower));
    // Not before a Turkish -lI adjective, which it qualifies: düşük
    // faizli kredi is a low-interest loan, not a low one.
    let before_li = lang == Lang::Tr
        && span.get(1).is_some_and(|(_, t)| {
            t.lower.chars().count() > 4
                && ["lı", "li", "lu", "lü"]
                    .iter()
                    .any(|x| t.lower.ends_with(x))
        });
    if span.len() >= 2 && plain_first && !before_li && free.contains(&first.lower.as_str()) {
        return false;
    }
    // Nor does a quantity of something (amount of virtual water, number
    // of complaints): the term, if any, is what is counted.
    let second_of = span.get(1).is_some_and(|(_, t)| t.stop && t.lower == "of");
    if lang != Lang::Tr
        && second_of
        && plain_first
        && QUANTITY_HEADS_EN
            .iter()
            .any(|q| first.lower.strip_suffix('s').unwrap_or(&first.lower) == *q)
    {
        return false;
    }
    // An amount after "of" measures the thing in one text (an
    // administrative fine of 200,000 lira, a capacity of 40 MW); it names
    // no concept.
    if lang != Lang::Tr
        && plain_first
        && span
            .windows(2)
            .any(|w| matches!(w, [(_, a), (_, b)] if a.stop && a.lower == "of" && b.number))
    {
        return false;
    }
    let inner = span.get(1..span.len().saturating_sub(1)).unwrap_or(&[]);
    if inner
        .iter()
        .any(|(_, t)| t.stop && !inner_ok(&t.lower, lang))
    {
        return false;
    }
    // An English participle in -ed after a noun is a clause's verb or a
    // reduced relative (insurance offered to growers): a term's modifiers
    // come before its head.
    if lang != Lang::Tr
        && span.len() >= 2
        && last.caps == Caps::Lower
        && past_participle(&last.lower)
    {
        return false;
    }
    // An adjective of extent after a noun (three metres deep) completes a
    // measure: a term's head is a noun.
    if lang != Lang::Tr
        && span.len() >= 2
        && last.caps == Caps::Lower
        && ["wide", "deep", "long", "tall", "thick"].contains(&last.lower.as_str())
    {
        return false;
    }
    // An honorific or an abbreviated title (Dr, Prof, Sayın) stands before
    // a name: a span that ends on one has cut the name off (meslektaşı Dr,
    // of meslektaşı Dr. Zeynep Aydın). Not a trade that heads terms of its
    // own (family doctor, ziraat mühendisi).
    const TRADES: [&str; 8] = [
        "doctor",
        "engineer",
        "professor",
        "doktor",
        "doçent",
        "mühendis",
        "profesör",
        "avukat",
    ];
    if span.len() >= 2
        && super::token::is_title(&last.lower, lang)
        && !TRADES.contains(&last.lower.as_str())
    {
        return false;
    }
    // An apostrophe suffix ends a term.
    if span.iter().take(span.len() - 1).any(|(_, t)| t.suffixed) {
        return false;
    }
    // A Turkish genitive asks for a possessive head (kişisel verilerin
    // işlenmesi): without one, the span has cut the phrase in two
    // (elektrik üretiminin yüzde, of elektrik üretiminin yüzde 42'si).
    if lang == Lang::Tr
        && span
            .iter()
            .take(span.len() - 1)
            .any(|(_, t)| t.caps == Caps::Lower && genitive(&t.lower))
        && !possessive(&last.lower)
    {
        return false;
    }
    // A Turkish compound head (-sI after a vowel: bağlantısı) right before
    // a last word with no compound marker of its own, bare or in a case
    // (sulamayı), is a noun phrase followed by another (su-enerji-gıda
    // bağlantısı | sulamayı, subject and object): inside one term a word
    // with the marker is followed by a head that has it too (nehir havzası
    // yönetim planı, güneş enerjisi santrali). Not sonrası and öncesi,
    // which make adjectives (deprem sonrası dönem), nor an Arabic
    // adjective in -si (siyasi).
    if lang == Lang::Tr && span.len() >= 2 {
        let high = |c: char| matches!(c, 'ı' | 'i' | 'u' | 'ü');
        let vowel = |c: char| "aeıioöuü".contains(c);
        let marked_after_vowel = |w: &str| {
            let c: Vec<char> = w.chars().collect();
            matches!(c.as_slice(), [.., v, 's', h] if vowel(*v) && high(*h))
        };
        let accusative_after_vowel = |w: &str| {
            let c: Vec<char> = w.chars().collect();
            w != "suyu" && matches!(c.as_slice(), [.., v, 'y', h] if vowel(*v) && high(*h))
        };
        let before_last = span.get(span.len() - 2).map(|(_, t)| t);
        let phrase_then_phrase = before_last.is_some_and(|p| {
            p.caps == Caps::Lower
                && marked_after_vowel(&p.lower)
                && !["sonrası", "öncesi"].contains(&p.lower.as_str())
                && !super::citation::arabic_adjective(&p.lower)
        }) && last.caps == Caps::Lower
            && (!possessive(&last.lower) || accusative_after_vowel(&last.lower));
        if phrase_then_phrase {
            return false;
        }
    }
    // A Turkish accusative marks a verb's object (aşıyı ücretsiz, of aşıyı
    // ücretsiz yapıyor): a term drops it (veri işleme, not veriyi
    // işleme), so a word in the accusative ends any term before it.
    if lang == Lang::Tr
        && span
            .iter()
            .take(span.len() - 1)
            .any(|(_, t)| t.caps == Caps::Lower && accusative(&t.lower))
    {
        return false;
    }
    true
}

/// Whether a lowercase Turkish word is a listed lemma in the accusative
/// where no other case reads alike: -yI after a vowel (aşıyı; not suyu,
/// also su's possessive) or -nI after the possessive (alanlarını,
/// kapasitesini). A bare -I after a consonant (planı) is also the
/// possessive, and is not read.
fn accusative(word: &str) -> bool {
    let Some(base) = super::lemma::dictionary_base(word) else {
        return false;
    };
    let folded = super::token::fold_key(word);
    let skip = folded.chars().count().saturating_sub(base.rest);
    let rest: Vec<char> = folded.chars().skip(skip).collect();
    let high = |c: &char| matches!(c, 'i' | 'u' | 'ü');
    match rest.as_slice() {
        // Su takes -yu for its possessive too (yeraltı suyu).
        ['y', v] => high(v) && base.form != "su",
        [.., p, 'n', v] => high(p) && high(v),
        _ => false,
    }
}

/// A Turkish adjective in -lI or -lIk made from a unit or a counter noun,
/// which a number before it sets (177 numaralı hat, the line numbered 177;
/// 40 metrelik yangın, a 40-metre fire; 5 yıllık plan): with the number
/// cut off, it names nothing. Not one made from another noun (2 ton
/// kabuklu fındık, in-shell hazelnuts; 200 mevsimlik işçi).
fn number_adjective(t: &Token) -> bool {
    t.caps == Caps::Lower && number_adjective_word(&t.lower)
}

/// [`number_adjective`] for a lowercase word.
pub(super) fn number_adjective_word(lower: &str) -> bool {
    const COUNTERS: [&str; 14] = [
        "numara", "yıl", "ay", "gün", "hafta", "saat", "dakika", "saniye", "kat", "kişi", "yaş",
        "yüzyıl", "asır", "adet",
    ];
    ["lı", "li", "lu", "lü", "lık", "lik", "luk", "lük"]
        .iter()
        .any(|x| {
            lower.strip_suffix(x).is_some_and(|stem| {
                COUNTERS.contains(&stem)
                    || (UNIT_WORDS.contains(&stem) && stem.chars().count() >= 3)
            })
        })
}

/// Units of measurement written as words, in English and Turkish (folded
/// keys: plurals and case endings are cut before the comparison).
const UNIT_WORDS: [&str; 24] = [
    "centimetre",
    "centimeter",
    "decare",
    "dekar",
    "gigawatt",
    "gigavat",
    "hectare",
    "hektar",
    "kilogram",
    "kilometre",
    "kilometer",
    "kilowatt",
    "kilovat",
    "litre",
    "liter",
    "megawatt",
    "megavat",
    "metre",
    "meter",
    "santimetre",
    "ton",
    "tonne",
    "kilovatsaat",
    "megavatsaat",
];

/// Whether a word is a unit of measurement written out (metres,
/// kilometreden): see [`UNIT_WORDS`].
fn unit_word(t: &Token) -> bool {
    t.caps == Caps::Lower && UNIT_WORDS.contains(&t.key.as_str())
}

/// Symbols of units of measurement, written exactly so: SI symbols with
/// their usual prefixes, and the energy, data-rate and area units of
/// technical prose.
pub(crate) const UNIT_SYMBOLS: [&str; 32] = [
    "kW", "MW", "GW", "TW", "kWh", "MWh", "GWh", "TWh", "kWp", "MWp", "kV", "MV", "kVA", "MVA",
    "Hz", "kHz", "MHz", "GHz", "km", "kg", "ha", "mm", "cm", "ppm", "dB", "kB", "MB", "GB", "TB",
    "kbps", "Mbps", "Gbps",
];

/// Hyphens between two words of three letters or more (late-spring,
/// reinforced-concrete), not those after a short prefix (e-mail, co-).
fn joining_hyphens(form: &str) -> usize {
    form.split_whitespace()
        .map(|w| {
            let parts: Vec<&str> = w.split('-').collect();
            parts
                .windows(2)
                .filter(|p| p.iter().all(|x| x.chars().count() >= 3))
                .count()
        })
        .sum()
}

/// Whether `end`, after a word, only inflects it: nothing, an English
/// plural or possessive, or a Turkish ending after an apostrophe. Not
/// any letters (program is no inflected form of programme's).
fn inflectional_ending(end: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => ["", "s", "es", "'s", "\u{2019}s", "s'", "s\u{2019}"].contains(&end),
        _ => end.is_empty() || end.starts_with(['\'', '\u{2019}']),
    }
}

/// Whether an English spelling writes self apart (self consumption): English
/// writes self- compounds with a hyphen (self-consumption), so that
/// spelling is the citation form when both occur.
fn spaced_self(form: &str, lang: Lang) -> bool {
    lang == Lang::En
        && form
            .split(' ')
            .any(|w| crate::text::lowercase(w, lang) == "self")
}

/// Whether a lowercase Turkish word is a verb form no noun shares: the
/// infinitive -mAk, the abilitive -(y)Abilir and its negative -(y)AmAz,
/// and the participle -mIş (not short words, where these letters end
/// nouns: ırmak, parmak, geçmiş).
fn turkish_verb_form(word: &str) -> bool {
    let letters = word.chars().count();
    turkish_infinitive(word)
        || (letters >= 7
            && ["abilir", "ebilir", "amaz", "emez"]
                .iter()
                .any(|x| word.ends_with(x)))
        || (letters >= 8
            && ["mış", "miş", "muş", "müş"]
                .iter()
                .any(|x| word.ends_with(x)))
}

/// Whether a lowercase Turkish word is an infinitive (-mAk, of seven
/// letters or more: ekmek and ırmak are nouns).
fn turkish_infinitive(word: &str) -> bool {
    word.chars().count() >= 7 && (word.ends_with("mak") || word.ends_with("mek"))
}

/// A Turkish plural with a possessive and a case ending after it
/// (merkezlerinde, illerinden): see [`valid`].
const PLURAL_POSSESSIVE_CASES_TR: [&str; 10] = [
    "larında",
    "lerinde",
    "larından",
    "lerinden",
    "larına",
    "lerine",
    "larıyla",
    "leriyle",
    "larınca",
    "lerince",
];
/// A Turkish possessive with a locative or ablative ending (kıyısında,
/// merkezinden): see [`valid`].
const POSSESSIVE_CASES_TR: [&str; 16] = [
    "sında", "sinde", "sunda", "sünde", "sından", "sinden", "sundan", "sünden", "ında", "inde",
    "unda", "ünde", "ından", "inden", "undan", "ünden",
];
/// A Turkish plural with a case ending: see [`valid`].
const PLURAL_CASES_TR: [&str; 8] = [
    "larda", "lerde", "lardan", "lerden", "lara", "lere", "larla", "lerle",
];

/// Turkish adjectives that complete the noun before them (alan bazlı,
/// area-based; çocuk odaklı, child-centred): a term never starts with one.
const AFTER_NOUN_TR: [&str; 7] = [
    "bazlı",
    "odaklı",
    "temelli",
    "kaynaklı",
    "merkezli",
    "amaçlı",
    "ağırlıklı",
];

/// English adjectives that never open a term (see [`valid`]), among them
/// participles of change (changing geopolitical role, rising costs: the
/// term is what changes), long (a long fire season; long-term is one
/// word), last and next (the last 120 days). Left out: those that open terms of their own
/// (big data, small enterprise, great power, real estate, current account,
/// common law, good practice, main canal, potential evapotranspiration,
/// high voltage, low carbon, strong authentication, growing season,
/// emerging market).
const FREE_MODIFIERS_EN: [&str; 47] = [
    "actual",
    "additional",
    "bad",
    "best",
    "better",
    "certain",
    "changing",
    "declining",
    "decreasing",
    "designated",
    "different",
    "entire",
    "existing",
    "expected",
    "further",
    "huge",
    "important",
    "increasing",
    "large",
    "last",
    "long",
    "major",
    "new",
    "next",
    "numerous",
    "old",
    "original",
    "overall",
    "poor",
    "possible",
    "previous",
    "recent",
    "relevant",
    "rising",
    "same",
    "serious",
    "several",
    "significant",
    "similar",
    "typical",
    "usual",
    "various",
    "vulnerable",
    "whole",
    "worse",
    "worsening",
    "wrong",
];

/// Whether an English word is an adjective of size, age, expectation,
/// degree or change that never opens a term ([`FREE_MODIFIERS_EN`]):
/// before a term it describes the thing in one text (large irrigation
/// schemes).
pub(super) fn free_modifier_en(lower: &str) -> bool {
    FREE_MODIFIERS_EN.contains(&lower)
}

/// English nouns that count or measure what follows their "of", units of
/// measurement among them (tonnes of carbon dioxide): see [`valid`].
const QUANTITY_HEADS_EN: [&str; 33] = [
    "acre",
    "amount",
    "barrel",
    "couple",
    "decare",
    "dozen",
    "gallon",
    "half",
    "hectare",
    "kilogram",
    "kilometer",
    "kilometre",
    "kind",
    "liter",
    "litre",
    "lot",
    "majority",
    "meter",
    "metre",
    "minority",
    "number",
    "part",
    "percentage",
    "proportion",
    "quarter",
    "range",
    "rest",
    "share",
    "sort",
    "ton",
    "tonne",
    "type",
    "variety",
];

/// The Turkish counterparts of [`FREE_MODIFIERS_EN`] (büyük and ek are
/// left out: büyük güç, great power; ek protokol, additional protocol),
/// and düşük, which rates a compound (düşük beton dayanımı) but never
/// opens one; before an -lI adjective it is part of that adjective
/// (düşük karbonlu, low-carbon), which [`valid`] allows for.
const FREE_MODIFIERS_TR: [&str; 18] = [
    "artan",
    "aynı",
    "beklenen",
    "belirlenmiş",
    "benzer",
    "ciddi",
    "çeşitli",
    "değişen",
    "düşük",
    "eski",
    "farklı",
    "kırılgan",
    "mevcut",
    "muhtemel",
    "olası",
    "önemli",
    "özgün",
    "yeni",
];

/// Whether a lowercase Turkish word is an adjective in -lI ("with") made
/// from a noun of the word lists (kameralı, of kamera), its vowel in
/// harmony, and is neither listed itself nor a listed noun in -l with its
/// possessive (kurulu, of kurul).
pub(super) fn with_adjective(word: &str) -> bool {
    let fold = super::token::fold_key;
    if super::lemma::is_lemma(&fold(word)) {
        return false;
    }
    ["lı", "li", "lu", "lü"].iter().any(|suffix| {
        word.strip_suffix(suffix).is_some_and(|stem| {
            stem.chars().count() >= 3
                && super::lemma::is_lemma(&fold(stem))
                && !super::lemma::is_lemma(&fold(&format!("{stem}l")))
                // The suffix's vowel in harmony with the noun's.
                && crate::text::suffix::derives(&fold(stem), &fold(word))
        })
    })
}

/// Whether a lowercase Turkish word is the present participle -(y)An of a
/// verb stem of the word lists, four letters or more (getiren, of
/// getir), and no listed word itself (çalışan, employee).
pub(super) fn present_participle(word: &str) -> bool {
    let fold = super::token::fold_key;
    if super::lemma::is_lemma(&fold(word)) {
        return false;
    }
    let vowel = crate::text::suffix::is_vowel;
    ["yan", "yen", "an", "en"].iter().any(|suffix| {
        word.strip_suffix(suffix).is_some_and(|stem| {
            let after_vowel = stem.chars().last().is_some_and(vowel);
            let front = match stem.chars().rev().find(|&c| vowel(c)) {
                Some('a' | 'ı' | 'o' | 'u') => false,
                Some(_) => true,
                None => return false,
            };
            stem.chars().count() >= 4
                && suffix.starts_with('y') == after_vowel
                && suffix.ends_with("en") == front
                && super::lemma::is_lemma(&fold(stem))
        })
    })
}

/// Turkish function words that may open a name: see [`valid`].
const MODIFIER_STOPS_TR: [&str; 4] = ["ilk", "doğru", "tüm", "bütün"];

/// Whether a lowercase Turkish word is a listed lemma in the genitive
/// (üretiminin, verilerin, gübrenin); a listed word that only ends like one
/// (kanun) is not.
pub(super) fn genitive(word: &str) -> bool {
    let Some(base) = super::lemma::dictionary_base(word) else {
        return false;
    };
    let folded = super::token::fold_key(word);
    let skip = folded.chars().count().saturating_sub(base.rest);
    let rest: String = folded.chars().skip(skip).collect();
    let rest = rest.as_str();
    let ends = |x: &str| rest.ends_with(x);
    (["in", "un", "ün"].contains(&rest))
        || ends("nin")
        || ends("nun")
        || ends("nün")
        || ends("lerin")
        || ends("larin")
}

/// Whether a lowercase Turkish word carries the third-person possessive,
/// bare or before a case through the pronominal n (işlenmesi, faktörü,
/// işlenmesine, kaynaklarının).
pub(super) fn possessive(word: &str) -> bool {
    let folded = super::token::fold_key(word);
    let chars: Vec<char> = folded.chars().collect();
    let high = |c: &char| matches!(c, 'i' | 'u' | 'ü');
    if chars.last().is_some_and(high) {
        return true;
    }
    const CASES: [&str; 12] = [
        "n", "na", "ne", "nda", "nde", "ndan", "nden", "nin", "nun", "nün", "ni", "nu",
    ];
    CASES.iter().any(|case| {
        folded
            .strip_suffix(case)
            .is_some_and(|stem| stem.chars().last().as_ref().is_some_and(high))
    })
}

/// The kind of a numbered legal act; English and Turkish words for one kind
/// name the same thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum ActKind {
    /// Law, Act, Code; Kanun, Yasa.
    Law,
    /// Decree, Decree-Law; Kararname, KHK.
    Decree,
    /// Regulation, By-law; Yönetmelik, Tüzük.
    Regulation,
    /// Circular, Communiqué; Genelge, Tebliğ.
    Circular,
    /// Decision, Resolution; Karar.
    Decision,
}

/// The kind of act an English word names (lower case).
fn act_kind_en(word: &str) -> Option<ActKind> {
    Some(match word {
        "law" | "act" | "code" | "statute" => ActKind::Law,
        "decree" | "decree-law" => ActKind::Decree,
        "regulation" | "by-law" | "bylaw" => ActKind::Regulation,
        "circular" | "communiqué" | "communique" | "notification" => ActKind::Circular,
        "decision" | "resolution" => ActKind::Decision,
        _ => return None,
    })
}

/// The kind of act a Turkish word names, read through its inflection
/// and its bare form (Kanunla → Kanun, Yönetmeliğin → Yönetmelik).
fn act_kind_tr(word: &str) -> Option<(ActKind, String)> {
    let fold = super::token::fold_key(word);
    const HEADS: [(&str, ActKind); 9] = [
        ("kanun", ActKind::Law),
        ("yasa", ActKind::Law),
        ("kararname", ActKind::Decree),
        ("khk", ActKind::Decree),
        ("yönetmelik", ActKind::Regulation),
        ("tüzük", ActKind::Regulation),
        ("genelge", ActKind::Circular),
        ("tebliğ", ActKind::Circular),
        ("karar", ActKind::Decision),
    ];
    let (head, kind) = HEADS
        .iter()
        .find(|(head, _)| crate::text::suffix::inflects(head, &fold))?;
    // The word without its inflection, in its own capitals: as many
    // letters as the head, with a softened consonant hardened back.
    let n = head.chars().count();
    let mut bare: String = word.chars().take(n).collect();
    if let (Some(last), Some(want)) = (bare.chars().last(), head.chars().last()) {
        if super::token::fold_key(&last.to_lowercase().to_string()) != want.to_string() {
            bare.pop();
            bare.push(if last.is_uppercase() {
                want.to_uppercase().next().unwrap_or(want)
            } else {
                want
            });
        }
    }
    Some((*kind, bare))
}

/// Numbered legal acts: English "Law No. 6306" (act word, No./Nr./Number,
/// a number) and Turkish "6306 sayılı Kanun" (a number, sayılı, act word,
/// inflected or not). The number and the kind identify the act, so each
/// becomes a name-like candidate of its own; an act written with its full
/// title between number and act word (6306 sayılı Afet Riski … Kanun) is
/// left to the name candidates.
fn find_acts(s: usize, items: &[Item], sentence: &Sentence, lang: Lang, side: &mut Side) {
    let word = |i: usize| word_at(items, i);
    for i in 0..items.len() {
        let found = match lang {
            Lang::En => word(i).and_then(|act| {
                let kind = act_kind_en(&act.lower)?;
                if act.caps == Caps::Lower {
                    return None;
                }
                word(i + 1).filter(|t| matches!(t.lower.as_str(), "no" | "nr" | "number"))?;
                let at = if matches!(items.get(i + 2), Some(Item::Break(Break::Other))) {
                    i + 3
                } else {
                    i + 2
                };
                let number = word(at).filter(|t| t.number)?;
                Some((i, at, kind, number.key.clone(), None))
            }),
            _ => word(i).filter(|t| t.number).and_then(|number| {
                let sayili = word(i + 1)?;
                if super::token::fold_key(&sayili.lower) != "sayili" {
                    return None;
                }
                let act = word(i + 2)?;
                let text = sentence.text.get(act.start..act.cut_end)?;
                let (kind, bare) = act_kind_tr(text)?;
                let before = sentence.text.get(number.start..act.start)?;
                Some((
                    i,
                    i + 2,
                    kind,
                    number.key.clone(),
                    Some(format!("{before}{bare}")),
                ))
            }),
        };
        let Some((fi, li, kind, number, bare)) = found else {
            continue;
        };
        let (Some(ft), Some(lt)) = (word(fi), word(li)) else {
            continue;
        };
        // A Turkish act is written without its case ending: the ending is
        // grammar, not a spelling variant.
        let Some(surface) =
            bare.or_else(|| sentence.text.get(ft.start..lt.cut_end).map(str::to_owned))
        else {
            continue;
        };
        // The key of the cited form: no word sequence has it, since a
        // candidate neither begins nor ends with a number.
        let key = term_key(&surface, lang);
        let g = match side.index.get(&key) {
            Some(&g) => g,
            None => {
                side.groups.push(Group {
                    key: key.clone(),
                    words: items.get(fi..=li).map_or(0, |w| {
                        w.iter().filter(|i| matches!(i, Item::Word(_))).count()
                    }),
                    act: Some((kind, number)),
                    ..Group::default()
                });
                side.index.insert(key, side.groups.len() - 1);
                side.groups.len() - 1
            }
        };
        if let Some(group) = side.groups.get_mut(g) {
            group.name_occs += 1;
            let initial = items.iter().position(|i| matches!(i, Item::Word(_))) == Some(fi);
            group
                .occs
                .push(Occ::unmarked(s, (fi, li), surface, initial, lt));
        }
        if let Some(list) = side.per_sentence.get_mut(s) {
            list.push((g, fi, li));
        }
    }
}

/// Acronym definitions: "Unmanned Aerial Vehicles (UAVs)",
/// "insansız hava araçlarının (İHA)", "UAV (Unmanned Aerial Vehicles)".
/// A definition is found, in this order: (1) as many words as the acronym
/// has letters, their initials spelling it; (2) by the algorithm of
/// Schwartz and Hearst (2003): the acronym's letters found right to left in
/// the words next to it, the first at the start of a word, so that letters
/// need not be initials (TANAP: Trans-Anatolian Natural Gas Pipeline; FAO:
/// Food and Agriculture Organization); (3) an acronym taken from the other
/// language (State Hydraulic Works (DSİ)): a run of capitalized words, as
/// many as the acronym has letters, directly before "(ACR)" or alone inside
/// "ACR (…)". Only a span that is a candidate term counts.
/// Adds a span that the n-gram pass left out (an acronym's definition, a
/// long name) as an occurrence of its group: within
/// [`MAX_DEFINITION_WORDS`], from a content word to a content word, its
/// content words capitalized (a name) or none of its function words beyond
/// those a term may hold.
fn add_span(
    side: &mut Side,
    s: usize,
    sentence: &Sentence,
    span: &[(usize, &Token)],
    year_first: bool,
) -> Option<()> {
    let lang = side.lang;
    let (&(fi, ft), &(li, lt)) = (span.first()?, span.last()?);
    if span.len() > MAX_DEFINITION_WORDS
        || ft.stop
        || lt.stop
        || (ft.number && !year_first && !(ft.is_ordinal() && span.len() >= 2))
        || lt.number
    {
        return None;
    }
    let name = span
        .iter()
        .skip(usize::from(year_first))
        .filter(|(_, t)| !t.stop)
        .all(|(_, t)| t.caps != Caps::Lower);
    let plain = span
        .iter()
        .all(|(_, t)| !t.stop || inner_ok(&t.lower, lang));
    if !(name || plain) || span.iter().take(span.len() - 1).any(|(_, t)| t.suffixed) {
        return None;
    }
    let surface = sentence.text.get(ft.start..lt.cut_end)?.to_owned();
    let key = span
        .iter()
        .map(|(_, t)| t.key.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let first_word = sentence
        .items
        .iter()
        .position(|i| matches!(i, Item::Word(_)));
    let occ = Occ::unmarked(s, (fi, li), surface, Some(fi) == first_word, lt);
    let g = match side.index.get(&key) {
        Some(&g) => g,
        None => {
            side.groups.push(Group {
                key: key.clone(),
                words: span.len(),
                ..Group::default()
            });
            side.index.insert(key, side.groups.len() - 1);
            side.groups.len() - 1
        }
    };
    let group = side.groups.get_mut(g)?;
    if name {
        group.name_occs += 1;
    }
    group.occs.push(occ);
    side.per_sentence.get_mut(s)?.push((g, fi, li));
    Some(())
}

/// English heads of institutional and legal names that take "on" or "for"
/// (Law on the Conservation of …, High Council for the Conservation of …,
/// Organization for Security and Co-operation in Europe).
const NAME_HEADS_EN: [&str; 52] = [
    "act",
    "agency",
    "agreement",
    "alliance",
    "association",
    "authority",
    "bank",
    "board",
    "centre",
    "center",
    "charter",
    "code",
    "commission",
    "committee",
    "conference",
    "convention",
    "council",
    "court",
    "declaration",
    "decree",
    "department",
    "directive",
    "directorate",
    "federation",
    "forum",
    "foundation",
    "framework",
    "fund",
    "initiative",
    "institute",
    "law",
    "ministry",
    "mission",
    "network",
    "office",
    "organisation",
    "organization",
    "panel",
    "partnership",
    "plan",
    "platform",
    "programme",
    "program",
    "protocol",
    "regulation",
    "service",
    "society",
    "strategy",
    "summit",
    "system",
    "treaty",
    "union",
];

/// Names longer than the n-gram pass takes, or with function words inside
/// that a term does not hold: a run of capitalized words joined by of,
/// and, of the (için in Turkish, and ve or ile before a few words that end
/// in a name head), by on or for after a name head, and
/// after such a head also by in, under or to (Law on the Transformation of
/// Areas under Disaster Risk; Afet Riski Altındaki Alanların Dönüştürülmesi
/// Hakkında Kanun). The whole run is added, and the run cut before each
/// in, under or to, where a place may follow the name (High Council for
/// the Conservation of Cultural Property | in Ankara); its other parts are
/// the n-gram pass's.
fn long_names(s: usize, sentence: &Sentence, side: &mut Side) {
    let lang = side.lang;
    let capital = |t: &Token| t.caps != Caps::Lower && !t.number && !is_title(&t.lower, lang);
    for chunk in chunks_of(&sentence.items) {
        let mut a = 0;
        while let Some(&(_, first)) = chunk.get(a) {
            if !capital(first) || first.stop {
                a += 1;
                continue;
            }
            let mut end = a;
            let mut head_joint = false;
            // Where the run went on through in, under or to: the name may
            // end there (High Council for the Conservation of Cultural
            // Property | in Ankara).
            let mut cuts: Vec<usize> = Vec::new();
            let mut ve_joints: Vec<usize> = Vec::new();
            while let Some(&(_, last)) = chunk.get(end) {
                if last.suffixed {
                    break;
                }
                let mut j = end + 1;
                let mut joints: Vec<&str> = Vec::new();
                while let Some(&(_, t)) = chunk.get(j) {
                    if t.caps == Caps::Lower && t.stop {
                        joints.push(t.lower.as_str());
                        j += 1;
                    } else {
                        break;
                    }
                }
                if !chunk.get(j).is_some_and(|&(_, t)| capital(t)) {
                    break;
                }
                let after_head = NAME_HEADS_EN.contains(&last.lower.as_str());
                let joins = match (lang, joints.as_slice()) {
                    (_, []) => true,
                    (Lang::Tr, ["için"]) => true,
                    // Across ve only where the run ends in a name head
                    // (checked below): a long Turkish run with it
                    // otherwise mostly joins two names (Deniz Aksoy ve
                    // Boğaziçi Üniversitesi …). So too across ile, which
                    // joins a title's first words to its verb (Hava Yolu
                    // ile Seyahat Eden Yolcuların Haklarına Dair
                    // Yönetmelik).
                    (Lang::Tr, ["ve"] | ["ile"]) => {
                        ve_joints.push(end);
                        true
                    }
                    (Lang::Tr, _) => false,
                    (_, ["of" | "and"] | ["of", "the"]) => true,
                    (_, ["on" | "for"] | ["on" | "for", "the"]) if after_head => {
                        head_joint = true;
                        true
                    }
                    (_, ["in" | "under" | "to"]) if head_joint => {
                        cuts.push(end);
                        true
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                end = j;
            }
            for last in cuts.into_iter().chain([end]) {
                let Some(span) = chunk.get(a..=last) else {
                    continue;
                };
                let content = span.iter().filter(|(_, t)| !t.stop).count();
                let beyond = span.len() > MAX_WORDS
                    || span
                        .iter()
                        .any(|(_, t)| t.stop && !inner_ok(&t.lower, lang));
                // A Turkish name across ve holds one head, its last word,
                // and a short coordinated modifier before ve: Sosyal
                // Sigortalar ve Genel Sağlık Sigortası Kanunu; not Deniz
                // Aksoy ve Boğaziçi Üniversitesi Kandilli Rasathanesi ve …
                let crossed: Vec<usize> = ve_joints
                    .iter()
                    .copied()
                    .filter(|&v| v >= a && v < last)
                    .collect();
                let one_name = match crossed.as_slice() {
                    [] => true,
                    &[v] => {
                        v - a < 2
                            && span.last().is_some_and(|(_, t)| {
                                NAME_HEADS_TR.iter().any(|h| t.lower.starts_with(h))
                            })
                    }
                    _ => false,
                };
                if content >= 3 && beyond && one_name {
                    add_span(side, s, sentence, span, false);
                }
            }
            // After ve the run is read again as one of its own, as it
            // would be had ve ended this one.
            a = ve_joints.first().map_or(end, |&v| v) + 1;
        }
    }
}

/// Turkish heads of institutional and legal names, as their lower-case
/// forms begin (Bakanlığı, Kanunu, Yönetmelik, Kurulu …).
const NAME_HEADS_TR: [&str; 22] = [
    "ajans",
    "anlaşma",
    "bakanlı",
    "başkanlı",
    "birli",
    "derne",
    "enstitü",
    "fakülte",
    "kanun",
    "kararname",
    "komisyon",
    "konsey",
    "kurul",
    "kurum",
    "merkez",
    "müdürlü",
    "örgüt",
    "protokol",
    "sözleşme",
    "tüzü",
    "vakf",
    "yönetmeli",
];

/// Names whose middle is a list, written with commas that end every other
/// candidate: a name head with of, on or for and a list of capitalized
/// items in English (Ministry of Environment, Urbanization and Climate
/// Change; Regulation on the Erasure, Destruction or Anonymisation of
/// Personal Data), a list of capitalized items that ends in a name head in
/// Turkish (Çevre, Şehircilik ve İklim Değişikliği Bakanlığı). The list
/// has a comma and ends with and, or (ve, veya) before its last item.
fn listed_names(s: usize, sentence: &Sentence, side: &mut Side) {
    let lang = side.lang;
    let items = &sentence.items;
    let word = |i: usize| word_at(items, i);
    let conjunction = |t: &Token| match lang {
        Lang::Tr => matches!(t.lower.as_str(), "ve" | "veya"),
        _ => matches!(t.lower.as_str(), "and" | "or"),
    };
    // A capitalized function word belongs to the name (Hakkında).
    let capital = |t: &Token| {
        t.caps != Caps::Lower && !t.number && !conjunction(t) && !is_title(&t.lower, lang)
    };
    // The index after a run of capitalized words from `i`, if any; a word
    // with an apostrophe suffix ends it (Yönetmelik'te).
    let run = |i: usize| {
        let mut j = i;
        while let Some(t) = word(j).filter(|t| capital(t)) {
            j += 1;
            if t.suffixed {
                break;
            }
        }
        (j > i).then_some(j)
    };
    for start in 0..items.len() {
        let Some(first) = word(start) else {
            continue;
        };
        let list_start = match lang {
            Lang::Tr => {
                let inside = start.checked_sub(1).and_then(word).is_some_and(&capital);
                if !capital(first) || inside {
                    continue;
                }
                start
            }
            _ => {
                if !capital(first) || !NAME_HEADS_EN.contains(&first.lower.as_str()) {
                    continue;
                }
                if !word(start + 1).is_some_and(|t| matches!(t.lower.as_str(), "of" | "on" | "for"))
                {
                    continue;
                }
                if word(start + 2).is_some_and(|t| t.lower == "the") {
                    start + 3
                } else {
                    start + 2
                }
            }
        };
        let Some(mut i) = run(list_start) else {
            continue;
        };
        let mut commas = 0;
        while matches!(items.get(i), Some(Item::Break(Break::Comma))) {
            let Some(next) = run(i + 1) else {
                break;
            };
            i = next;
            commas += 1;
        }
        if commas == 0 || !word(i).is_some_and(&conjunction) {
            continue;
        }
        let Some(mut end) = run(i + 1) else {
            continue;
        };
        match lang {
            Lang::Tr => {
                let head = end
                    .checked_sub(1)
                    .and_then(word)
                    .map(|t| t.lower.as_str())
                    .unwrap_or("");
                if end - (i + 1) < 2 || !NAME_HEADS_TR.iter().any(|h| head.starts_with(h)) {
                    continue;
                }
            }
            _ => {
                // The last item may go on with "of" (Anonymisation of
                // Personal Data).
                if word(end).is_some_and(|t| t.lower == "of") {
                    if let Some(further) = run(end + 1) {
                        end = further;
                    }
                }
            }
        }
        let span: Vec<(usize, &Token)> = (start..end)
            .filter_map(|k| word(k).map(|t| (k, t)))
            .collect();
        add_span(side, s, sentence, &span, false);
    }
}

/// Names that open with a year (1970 UNESCO Convention, 1936 Montrö
/// Sözleşmesi, 1982 Anayasası): a year of four digits, then a run of
/// capitalized words that ends in a name head. Its number would end any
/// other candidate.
fn dated_names(s: usize, sentence: &Sentence, side: &mut Side) {
    let lang = side.lang;
    let items = &sentence.items;
    let word = |i: usize| word_at(items, i);
    let head = |t: &Token| match lang {
        Lang::Tr => {
            NAME_HEADS_TR.iter().any(|h| t.lower.starts_with(h)) || t.lower.starts_with("anayasa")
        }
        _ => NAME_HEADS_EN.contains(&t.lower.as_str()) || t.lower == "constitution",
    };
    for start in 0..items.len() {
        let year = word(start).is_some_and(|t| {
            t.number
                && t.lower.len() == 4
                && t.lower
                    .parse::<u16>()
                    .is_ok_and(|y| (1000..=2100).contains(&y))
        });
        if !year {
            continue;
        }
        let mut end = start + 1;
        while let Some(t) = word(end).filter(|t| t.caps != Caps::Lower && !t.number && !t.stop) {
            end += 1;
            if t.suffixed {
                break;
            }
        }
        let Some(last) = end.checked_sub(1).filter(|&l| l > start).and_then(word) else {
            continue;
        };
        if !head(last) {
            continue;
        }
        let span: Vec<(usize, &Token)> = (start..end)
            .filter_map(|k| word(k).map(|t| (k, t)))
            .collect();
        add_span(side, s, sentence, &span, true);
    }
}

/// The word at item `i`, if that item is a word.
fn word_at(items: &[Item], i: usize) -> Option<&Token> {
    match items.get(i) {
        Some(Item::Word(t)) => Some(t),
        _ => None,
    }
}

/// The runs of words between breaks, each word with its item index.
fn chunks_of(items: &[Item]) -> Vec<Vec<(usize, &Token)>> {
    let mut chunks = Vec::new();
    let mut chunk = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match item {
            Item::Word(t) => chunk.push((i, t)),
            Item::Break(_) => {
                if !chunk.is_empty() {
                    chunks.push(std::mem::take(&mut chunk));
                }
            }
        }
    }
    if !chunk.is_empty() {
        chunks.push(chunk);
    }
    chunks
}

fn find_definitions(s: usize, items: &[Item], sentence: &Sentence, side: &mut Side) {
    let words = words_of(items);
    for (w, &(i, t)) in words.iter().enumerate() {
        if !t.is_acronym() {
            continue;
        }
        let before_open = i.checked_sub(1).and_then(|p| items.get(p));
        let after_close = items.get(i + 1);
        let initials: Vec<char> =
            crate::text::match_fold(sentence.text.get(t.start..t.cut_end).unwrap_or(""))
                .chars()
                .filter(|c| c.is_alphabetic())
                .collect();
        let n = initials.len();
        // A definition spelled out letter by letter is a term whatever its
        // length or the function words inside it (General Directorate of
        // Cultural Heritage and Museums, Expanded Programme on
        // Immunization): the n-gram pass may not have made it a candidate.
        let is_group = |span: &[(usize, &Token)], side: &mut Side| -> Option<(usize, usize)> {
            let (fi, li) = span.first().zip(span.last()).map(|(a, b)| (a.0, b.0))?;
            let known = side
                .per_sentence
                .get(s)
                .is_some_and(|list| list.iter().any(|(_, f, l)| *f == fi && *l == li));
            if !known {
                add_span(side, s, sentence, span, false)?;
            }
            Some((fi, li))
        };
        let mut def: Option<(usize, usize)> = None;
        let mut weak = false;
        // Definition before "(ACR)": the words of the same stretch.
        if matches!(before_open, Some(Item::Break(Break::ParenOpen)))
            && matches!(after_close, Some(Item::Break(Break::ParenClose)))
        {
            let stretch = stretch_before(i.saturating_sub(1), &words, w);
            if let Some(span) = w.checked_sub(n).and_then(|s| words.get(s..w)) {
                if initials_match(span, &initials, sentence) {
                    def = is_group(span, side);
                }
            }
            if def.is_none() {
                def = schwartz_hearst(stretch, &initials, sentence)
                    .and_then(|span| is_group(span, side));
            }
            if def.is_none() {
                def = capitalized_run(stretch, n, true).and_then(|span| is_group(span, side));
                weak = def.is_some();
            }
        }
        // Definition after "ACR (": the words inside the parentheses.
        if def.is_none() && matches!(after_close, Some(Item::Break(Break::ParenOpen))) {
            if let Some(span) = words.get(w + 1..w + 1 + n) {
                if initials_match(span, &initials, sentence) {
                    def = is_group(span, side);
                }
            }
            if def.is_none() {
                let inside = stretch_after(i + 2, &words, w + 1);
                let closed = inside.last().is_some_and(|(li, _)| {
                    matches!(items.get(li + 1), Some(Item::Break(Break::ParenClose)))
                });
                if closed {
                    def = schwartz_hearst(inside, &initials, sentence)
                        .filter(|span| span.len() == inside.len())
                        .and_then(|span| is_group(span, side));
                    if def.is_none() {
                        def = capitalized_run(inside, n, false)
                            .filter(|span| span.len() == inside.len())
                            .and_then(|span| is_group(span, side));
                        weak = def.is_some();
                    }
                }
            }
        }
        let Some((fi, li)) = def else { continue };
        let acr_key = t.key.clone();
        let def_group = side
            .per_sentence
            .get(s)
            .and_then(|list| list.iter().find(|(_, f, l)| *f == fi && *l == li))
            .map(|x| x.0);
        let acr_group = side.index.get(&acr_key).copied();
        if let (Some(d), Some(a)) = (def_group, acr_group) {
            // A definition by letters outranks one by length alone.
            if weak && side.groups.get(a).is_some_and(|g| g.partner.is_some()) {
                continue;
            }
            let def_key = side.groups.get(d).map(|g| g.key.clone());
            if let Some(g) = side.groups.get_mut(d) {
                g.partner = Some(acr_key);
                g.weak_partner = weak;
            }
            if let Some(g) = side.groups.get_mut(a) {
                g.partner = def_key;
                g.weak_partner = weak;
            }
        }
    }
}

/// Keeps a weak acronym–definition link of `side` (see
/// [`Group::weak_partner`]) only when `other` (the other language, or
/// `None` for a monolingual text) has the same acronym linked to a
/// definition by its letters: State Hydraulic Works (DSİ) stands because the
/// Turkish text has Devlet Su İşleri (DSİ); Rauf Aliyev (AKP) does not.
pub(crate) fn confirm_partners(side: &mut Side, other: Option<&Side>) {
    let drop = unconfirmed_partners(side, other);
    drop_partners(side, &drop);
}

/// The groups whose weak links [`confirm_partners`] would drop.
pub(crate) fn unconfirmed_partners(side: &Side, other: Option<&Side>) -> Vec<usize> {
    let confirmed = |key: &str| {
        other.is_some_and(|o| {
            o.index
                .get(key)
                .and_then(|&g| o.groups.get(o.root(g)))
                .is_some_and(|g| g.acronym && g.partner.is_some() && !g.weak_partner)
        })
    };
    let mut drop = Vec::new();
    for (i, g) in side.groups.iter().enumerate() {
        if g.acronym && g.weak_partner && !confirmed(&g.key) {
            drop.push(i);
            if let Some(&d) = g.partner.as_ref().and_then(|k| side.index.get(k)) {
                drop.push(d);
            }
        }
    }
    drop
}

/// Drops the weak links of the given groups.
pub(crate) fn drop_partners(side: &mut Side, groups: &[usize]) {
    for &i in groups {
        if let Some(g) = side.groups.get_mut(i) {
            if g.weak_partner {
                g.partner = None;
                g.weak_partner = false;
            }
        }
    }
}

/// The words before word `w` that run up to item `end` with no break
/// among them (each word directly after the previous item).
fn stretch_before<'a>(
    end: usize,
    words: &'a [(usize, &'a Token)],
    w: usize,
) -> &'a [(usize, &'a Token)] {
    let mut start = w;
    let mut expect = end;
    while start > 0 {
        let Some(&(i, _)) = words.get(start - 1) else {
            break;
        };
        if i + 1 != expect {
            break;
        }
        start -= 1;
        expect = i;
    }
    words.get(start..w).unwrap_or(&[])
}

/// The words from word `w` on that follow item `begin` with no break among
/// them.
fn stretch_after<'a>(
    begin: usize,
    words: &'a [(usize, &'a Token)],
    w: usize,
) -> &'a [(usize, &'a Token)] {
    let mut end = w;
    let mut expect = begin;
    while let Some(&(i, _)) = words.get(end) {
        if i != expect {
            break;
        }
        end += 1;
        expect = i + 1;
    }
    words.get(w..end).unwrap_or(&[])
}

/// Schwartz & Hearst (2003): the shortest run of words ending the stretch
/// in which the acronym's letters occur right to left, the first letter at
/// the start of a word (a hyphen starts a word), the run at most
/// `min(n + 5, 2n)` words long: two content words or more, or one
/// lower-case word of at least twice the acronym's letters.
fn schwartz_hearst<'a>(
    stretch: &'a [(usize, &'a Token)],
    initials: &[char],
    sentence: &Sentence,
) -> Option<&'a [(usize, &'a Token)]> {
    let n = initials.len();
    let max_words = (n + 5).min(2 * n);
    let take = stretch.len().min(max_words);
    let window = stretch.get(stretch.len() - take..)?;
    // Letters of the window with their word index and word-start flag.
    let mut letters: Vec<(char, usize, bool)> = Vec::new();
    for (k, (_, t)) in window.iter().enumerate() {
        let text = crate::text::match_fold(sentence.text.get(t.start..t.cut_end).unwrap_or(""));
        let mut prev_alnum = false;
        for c in text.chars() {
            if c.is_alphanumeric() {
                letters.push((c, k, !prev_alnum));
            }
            prev_alnum = c.is_alphanumeric();
        }
    }
    let mut li = letters.len();
    let mut first_word = None;
    for (si, &c) in initials.iter().enumerate().rev() {
        loop {
            li = li.checked_sub(1)?;
            let &(l, k, start) = letters.get(li)?;
            if l == c && (si > 0 || start) {
                if si == 0 {
                    first_word = Some(k);
                }
                break;
            }
        }
    }
    // The shortest run may start inside a name whose first word also
    // spells the first letter (Energy Exchange Istanbul (EXIST), where
    // Exchange alone would do): a name is not cut, so the run goes back to
    // that word, capitalized inside the sentence right before it.
    let mut first = first_word?;
    let capital = |t: &Token| t.caps != Caps::Lower && !t.stop && !t.number;
    while let (Some((_, prev)), Some((_, cur))) = (
        first.checked_sub(1).and_then(|p| window.get(p)),
        window.get(first),
    ) {
        let spells_first =
            crate::text::match_fold(sentence.text.get(prev.start..prev.cut_end).unwrap_or(""))
                .chars()
                .next()
                .zip(initials.first())
                .is_some_and(|(a, &b)| a == b);
        if !(capital(prev) && capital(cur) && !prev.initial && spells_first) {
            break;
        }
        first -= 1;
    }
    let span = window.get(first..)?;
    let content = span.iter().filter(|(_, t)| !t.stop).count();
    // One word spells a short acronym too (photovoltaic (PV),
    // measles-mumps-rubella (MMR)) when it is a long lower-case word: the
    // letters of a short one match by chance.
    let one_word = span.len() == 1
        && n >= 2
        && span
            .first()
            .is_some_and(|(_, t)| t.letters >= 2 * n && t.caps == Caps::Lower);
    (content >= 2 || one_word).then_some(span)
}

/// A run of capitalized words (of/and/for/on/ve/için allowed inside) with `n` content
/// words: the last `n` content words before "(ACR)" (`at_end`) or the whole
/// stretch inside "ACR (…)".
fn capitalized_run<'a>(
    stretch: &'a [(usize, &'a Token)],
    n: usize,
    at_end: bool,
) -> Option<&'a [(usize, &'a Token)]> {
    if n < 2 {
        return None;
    }
    // Function words inside a name: its joints (Gıda ve Yem için Hızlı
    // Alarm Sistemi, before RASFF).
    let lang_inner = |t: &Token| {
        t.stop
            && matches!(
                t.lower.as_str(),
                "of" | "and" | "for" | "on" | "ve" | "için"
            )
    };
    let mut content = 0;
    let mut start = None;
    let order: Vec<usize> = if at_end {
        (0..stretch.len()).rev().collect()
    } else {
        (0..stretch.len()).collect()
    };
    for k in order {
        let (_, t) = stretch.get(k)?;
        if t.caps == Caps::Lower && !lang_inner(t) {
            return None;
        }
        if !t.stop {
            if t.caps == Caps::Lower {
                return None;
            }
            content += 1;
        }
        if content == n {
            start = Some(k);
            break;
        }
    }
    let k = start?;
    if at_end {
        // The run must not go on before its first word.
        let prev_capital = k
            .checked_sub(1)
            .and_then(|p| stretch.get(p))
            .is_some_and(|(_, t)| t.caps != Caps::Lower && !t.stop);
        if prev_capital {
            return None;
        }
        stretch.get(k..)
    } else {
        stretch.get(..=k)
    }
}

fn initials_match(span: &[(usize, &Token)], initials: &[char], sentence: &Sentence) -> bool {
    span.len() == initials.len()
        && span.iter().zip(initials).all(|((_, t), c)| {
            let word = sentence.text.get(t.start..t.end).unwrap_or("");
            crate::text::match_fold(word).starts_with(*c)
        })
}

/// Whether a spelling is written all in capitals (two letters or more).
fn shouted(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && s.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// A spelling in capitals as running text writes it, word by word from
/// how the text writes each word elsewhere: a word written in lower case,
/// or a common word of the word lists, is lowercased; a word written with
/// only an initial capital inside sentences is a name's and takes its
/// initial capital; an acronym keeps its capitals; a word met nowhere else
/// leaves the whole spelling as it is. The words up to the last name's are
/// the name's (GÜNEY KAFKASYA → Güney Kafkasya), the common words after it
/// its head (BAKU-KARS LINE → Baku-Kars line).
fn recase_heading(form: &str, side: &Side) -> String {
    #[derive(Clone, Copy, PartialEq)]
    enum Case {
        Lower,
        Name,
        Keep,
    }
    let lang = side.lang;
    let lower = |w: &str| crate::text::lowercase(w, lang);
    let spellings = side.spellings.get_or_init(|| Spellings::of(side));
    let class = |part: &str| -> Option<Case> {
        let base = part.split(['\'', '\u{2019}']).next().unwrap_or(part);
        let low = lower(base);
        if low.is_empty() || super::token::is_stop(&low, lang) {
            return Some(Case::Lower);
        }
        // The word's spellings anywhere in the text's candidates, as a word
        // or a part of one (Kars in Bakü-Tiflis-Kars); a Turkish word counts
        // as written in lower case when an inflected form of it is (hattaki
        // for HATTI).
        let key = term_key(&low, lang);
        let lower_seen = spellings.lower.contains(&low) || spellings.lower_keys.contains(&key);
        let title_seen = spellings.title.contains(&low);
        let acronym = side
            .index
            .get(&key)
            .and_then(|&g| side.groups.get(side.root(g)))
            .is_some_and(|g| g.words == 1 && g.acronym);
        if title_seen && !lower_seen {
            Some(Case::Name)
        } else if lower_seen
            || side.known.contains(&low)
            || (lang == Lang::Tr
                && super::lemma::dictionary_lemma(&low).is_some_and(|l| side.known.contains(&l)))
        {
            Some(Case::Lower)
        } else if acronym {
            Some(Case::Keep)
        } else {
            None
        }
    };
    // Words and their parts between hyphens, each with its class; a word
    // the text writes nowhere else and the lists lack leaves the spelling
    // as it is.
    let Some(words) = form
        .split(' ')
        .map(|w| {
            w.split('-')
                .map(|p| class(p).map(|c| (p, c)))
                .collect::<Option<Vec<_>>>()
        })
        .collect::<Option<Vec<_>>>()
    else {
        return form.to_owned();
    };
    let last_name = words
        .iter()
        .flatten()
        .enumerate()
        .filter(|(_, &(_, c))| c != Case::Lower)
        .map(|(k, _)| k)
        .last();
    let mut k = 0;
    let mut out = Vec::with_capacity(words.len());
    for parts in &words {
        let mut written = Vec::with_capacity(parts.len());
        for &(part, case) in parts {
            let in_name = last_name.is_some_and(|l| k <= l);
            let low = lower(part);
            written.push(match case {
                Case::Keep => part.to_owned(),
                _ if !in_name || (case == Case::Lower && super::token::is_stop(&low, lang)) => low,
                _ => {
                    let mut chars = low.chars();
                    chars.next().map_or(String::new(), |first| {
                        let upper = match (lang, first) {
                            (Lang::Tr, 'i') => "İ".to_owned(),
                            _ => first.to_uppercase().collect(),
                        };
                        format!("{upper}{}", chars.as_str())
                    })
                }
            });
            k += 1;
        }
        out.push(written.join("-"));
    }
    out.join(" ")
}

/// Marks "X and Y" / "X ve Y" candidates whose two parts each occur more
/// often than the whole, or are each a term of a prior glossary.
fn coordinations(side: &mut Side) {
    let counts: Vec<usize> = side.groups.iter().map(|g| g.occs.len()).collect();
    let mut marks = Vec::new();
    let mut names = Vec::new();
    for (i, g) in side.groups.iter().enumerate() {
        let words: Vec<&str> = g.key.split(' ').collect();
        let Some(cut) = words.iter().position(|w| matches!(*w, "and" | "ve")) else {
            continue;
        };
        let (Some(left), Some(right)) = (words.get(..cut), words.get(cut + 1..)) else {
            continue;
        };
        let count = |part: &[&str]| {
            side.index
                .get(&part.join(" "))
                .and_then(|&p| counts.get(p))
                .copied()
                .unwrap_or(0)
        };
        // Two terms that a prior glossary lists each on its own (Syria and
        // Iraq, two countries) are coordinated, however rare apart; a name
        // listed whole (Bosnia and Herzegovina) is not split, as its parts
        // are not listed.
        let prior = |part: &[&str]| {
            side.index
                .get(&part.join(" "))
                .and_then(|&p| side.groups.get(p))
                .is_some_and(|g| g.prior)
        };
        // Two one-word names (Avcılar and Bayrampaşa, İstanbul ve Mersin):
        // a name of the form "X and Y" is a country's (Trinidad and Tobago),
        // which the seed glossary lists whole.
        let single_names = left.len() == 1 && right.len() == 1 && g.name && !g.prior;
        // Two terms of two words or more each, in lower case (archaeological
        // excavations and 438 surface surveys): each part is a noun phrase
        // of its own, with no head shared across the conjunction as in
        // retention and destruction policy. A capitalized run on both sides
        // of the conjunction is a name's (Ministry of Energy and Natural
        // Resources); a name after a lower-case word is not (costs and
        // European Union food safety).
        let capitalized = g.occs.iter().any(|o| {
            let words: Vec<&str> = o.surface.split_whitespace().collect();
            let upper = |w: Option<&&str>| {
                w.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
            };
            words
                .iter()
                .position(|w| matches!(crate::text::lowercase(w, side.lang).as_str(), "and" | "ve"))
                .is_some_and(|c| {
                    upper(c.checked_sub(1).and_then(|b| words.get(b))) && upper(words.get(c + 1))
                })
        });
        // A left part inflected (excavations and 40 surface surveys,
        // kazıya ve 40 yüzey araştırması) is a noun phrase of its own, not a
        // modifier sharing the right part's head; so is a right part that
        // starts with a number.
        let full_left = g.occs.iter().all(|o| {
            let words: Vec<&str> = o.surface.split_whitespace().collect();
            let conj = words.iter().position(|w| {
                matches!(crate::text::lowercase(w, side.lang).as_str(), "and" | "ve")
            });
            conj.and_then(|c| c.checked_sub(1))
                .and_then(|c| words.get(c))
                .is_some_and(|w| inflected(w, side.lang))
        });
        let counted = right
            .first()
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()));
        // A coordination the text uses as a term of its own, more often
        // than this candidate, is one modifier of the head after it
        // (occupational health and safety committee, of occupational health
        // and safety): one term, not two phrases.
        let own = counts.get(i).copied().unwrap_or(0);
        let shared_head =
            (cut + 2..words.len()).any(|k| words.get(..k).is_some_and(|p| count(p) > own));
        let two_phrases = ((left.len() >= 2 || counted) && right.len() >= 2 || full_left)
            && !shared_head
            && !g.name
            && !g.prior
            && !capitalized;
        if (count(left) > own && count(right) > own)
            || (!g.prior && prior(left) && prior(right))
            || single_names
            || two_phrases
        {
            marks.push(i);
        }
        // Each of two coordinated one-word names is a name, though the
        // capitalized run went on through the conjunction.
        if single_names {
            names.extend(
                [left, right]
                    .into_iter()
                    .filter_map(|part| side.index.get(&part.join(" ")).copied()),
            );
        }
    }
    for i in marks {
        if let Some(g) = side.groups.get_mut(i) {
            g.coordination = true;
        }
    }
    for i in names {
        if let Some(g) = side.groups.get_mut(i) {
            let capitalized = g
                .occs
                .iter()
                .all(|o| o.surface.chars().next().is_some_and(char::is_uppercase));
            if capitalized && !g.acronym {
                g.name = true;
                g.name_occs = g.name_occs.max(1);
            }
        }
    }
}

/// Whether a word carries an inflection: an English plural, a Turkish case,
/// plural or possessive ending after a base of three letters or more.
fn inflected(word: &str, lang: Lang) -> bool {
    let lower = crate::text::lowercase(word, lang);
    if lang == Lang::Tr {
        let folded = super::token::fold_key(&lower);
        return match super::lemma::dictionary_lemma(&lower) {
            Some(lemma) => lemma != folded,
            None => super::lemma::bases(&lower)
                .iter()
                .any(|b| b.form.chars().count() >= 4),
        };
    }
    lower.len() > 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && !super::citation::plural_only(&lower)
}

/// C-value with `log2(|a| + 1)`.
fn cvalues(side: &mut Side) {
    let mut containers: Vec<Vec<usize>> = vec![Vec::new(); side.groups.len()];
    for (b, g) in side.groups.iter().enumerate() {
        let keys: Vec<&str> = g.key.split(' ').collect();
        let n = keys.len();
        for len in 1..n {
            for start in 0..=n - len {
                if let Some(sub) = keys.get(start..start + len) {
                    if let Some(&a) = side.index.get(&sub.join(" ")) {
                        if let Some(list) = containers.get_mut(a) {
                            if !list.contains(&b) {
                                list.push(b);
                            }
                        }
                    }
                }
            }
        }
    }
    let freqs: Vec<f64> = side.groups.iter().map(|g| g.occs.len() as f64).collect();
    for (a, g) in side.groups.iter_mut().enumerate() {
        let f = freqs.get(a).copied().unwrap_or(0.0);
        let weight = ((g.words + 1) as f64).log2();
        let nested = containers.get(a).map_or(&[][..], |v| v.as_slice());
        g.cvalue = if nested.is_empty() {
            weight * f
        } else {
            let sum: f64 = nested.iter().filter_map(|b| freqs.get(*b)).sum();
            weight * (f - sum / nested.len() as f64)
        };
    }
}

/// A monolingual term candidate, as [`candidates`] returns it.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The citation form.
    pub form: String,
    /// The folded key shared by its inflected forms.
    pub key: String,
    /// Occurrences, all spellings together.
    pub count: usize,
    /// Termhood in `0..=1` (see the [module docs](super)).
    pub termhood: f64,
    /// The C-value.
    pub cvalue: f64,
    /// Other spellings, with their counts.
    pub variants: Vec<Variant>,
    /// An acronym (two to six capitals).
    pub acronym: bool,
    /// A name: every word capitalized.
    pub name: bool,
    /// The definition of this acronym, or the acronym this term defines.
    pub partner: Option<String>,
}

/// The term candidates of a monolingual text, best first (termhood, then
/// count): the first stage of [`crate::terms`], exposed for inspection and
/// for monolingual term lists. Candidates with termhood 0 (fully nested in
/// longer candidates) are left out.
///
/// # Examples
/// ```
/// use bitext::terms::candidates;
/// use bitext::Lang;
/// let text = "Türkiye'nin 'HAKİM' projesi insansız hava araçlarının (İHA) yönetimini kapsıyor. \
///             HAKIM sistemi Türkiye’de geliştirildi. İHA'lar test edildi.";
/// let c = candidates(text, Lang::Tr);
/// let hakim = c.iter().find(|c| c.form == "HAKİM" || c.form == "HAKIM").unwrap();
/// assert_eq!(hakim.count, 2);
/// let iha = c.iter().find(|c| c.form == "İHA").unwrap();
/// assert_eq!(iha.count, 2);
/// assert_eq!(iha.partner.as_deref(), Some("insansız hava aracı"));
/// assert!(c.iter().any(|c| c.form == "Türkiye" && c.count == 2));
/// ```
pub fn candidates(text: &str, lang: Lang) -> Vec<Candidate> {
    let sentences: Vec<Sentence> = crate::segment::sentences(text, lang)
        .into_iter()
        .map(|s| Sentence {
            text: s.to_owned(),
            items: super::token::tokenize(s, lang),
        })
        .collect();
    let mut side = collect(
        &sentences,
        lang,
        &[],
        &[],
        &Default::default(),
        &Default::default(),
    );
    confirm_partners(&mut side, None);
    let mut out: Vec<Candidate> = side
        .groups
        .iter()
        .filter(|g| g.merged_into.is_none())
        .filter(|g| g.termhood() > 0.0)
        .map(|g| {
            let partner_group = g.partner.as_ref().and_then(|k| {
                side.index
                    .get(k)
                    .and_then(|&p| side.groups.get(side.root(p)))
            });
            let common_head = partner_group.is_some_and(|p| p.acronym_plural);
            let (form, variants) = g.cite(&side, false, common_head);
            let partner = partner_group.map(|p| {
                let head = g.acronym_plural;
                p.cite(&side, false, head).0
            });
            Candidate {
                form,
                key: g.key.clone(),
                count: g.occs.len(),
                termhood: g.termhood(),
                cvalue: g.cvalue,
                variants,
                acronym: g.acronym,
                name: g.name,
                partner,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.termhood
            .total_cmp(&a.termhood)
            .then(b.count.cmp(&a.count))
            .then(a.form.cmp(&b.form))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the words of `text`, as one span, may be a candidate.
    fn span_valid(text: &str, lang: Lang) -> bool {
        let items = super::super::token::tokenize(text, lang);
        let words: Vec<(usize, &Token)> = items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| match item {
                Item::Word(t) => Some((i, t)),
                Item::Break(_) => None,
            })
            .collect();
        valid(&words, lang)
    }

    #[test]
    fn an_english_participle_after_a_noun_ends_no_span() {
        let span_valid = |text: &str| span_valid(text, Lang::En);
        assert!(!span_valid("yield insurance offered"));
        assert!(!span_valid("flood losses reported"));
        assert!(span_valid("yield insurance"));
        // -eed is no participle ending.
        assert!(span_valid("wind speed"));
        assert!(span_valid("charred seed"));
        // A participle before the head is a modifier (treated wastewater).
        assert!(span_valid("treated wastewater"));
        // So are irregular ones.
        assert!(!span_valid("management plan drawn"));
        assert!(!span_valid("demolished and rebuilt"));
        assert!(span_valid("built heritage"));
    }

    #[test]
    fn a_turkish_span_ends_in_no_adjective_in_li() {
        let span_valid = |text: &str| span_valid(text, Lang::Tr);
        assert!(!span_valid("kızılötesi kameralı"));
        assert!(span_valid("güvenlik kamerası"));
        // A noun in -l with its possessive is a compound's head.
        assert!(span_valid("koruma bölge kurulu"));
        assert!(span_valid("konteyner terminali"));
        assert!(with_adjective("kameralı"));
        assert!(!with_adjective("kurulu"));
        assert!(!with_adjective("kameralu"));
        // Nor in a present participle of a listed verb, unless it is a
        // listed noun itself.
        assert!(!span_valid("servis getiren"));
        assert!(span_valid("uzaktan çalışan"));
        assert!(present_participle("getiren"));
        assert!(present_participle("koruyan"));
        assert!(!present_participle("çalışan"));
        assert!(!present_participle("getiran"));
    }

    #[test]
    fn an_amount_after_of_ends_no_english_span() {
        let span_valid = |text: &str| span_valid(text, Lang::En);
        assert!(!span_valid("administrative fine of 200,000 lira"));
        assert!(!span_valid("installed capacity of 40 MW"));
        assert!(span_valid("capacity of storage"));
        // Nor does a unit of measurement before "of".
        assert!(!span_valid("tonnes of carbon dioxide"));
        assert!(!span_valid("decares of orchard"));
    }

    #[test]
    fn a_genitive_asks_for_a_possessive_head() {
        for w in ["üretiminin", "verilerin", "kazının", "fındığın"] {
            assert!(genitive(w), "{w}");
        }
        for w in ["kanun", "üretim", "kazıda"] {
            assert!(!genitive(w), "{w}");
        }
        for w in ["işlenmesi", "faktörü", "işlenmesine", "kaynaklarının"] {
            assert!(possessive(w), "{w}");
        }
        for w in ["yüzde", "santral", "kazıya"] {
            assert!(!possessive(w), "{w}");
        }
        let span_valid = |text: &str| span_valid(text, Lang::Tr);
        assert!(!span_valid("elektrik üretiminin yüzde"));
        // A compound head before a last word without the marker: two noun
        // phrases.
        assert!(!span_valid("su-enerji-gıda bağlantısı sulamayı"));
        assert!(!span_valid("kuraklık bağlantısı sulama"));
        assert!(span_valid("nehir havzası yönetim planı"));
        assert!(span_valid("güneş enerjisi santrali"));
        assert!(span_valid("deprem sonrası dönem"));
        assert!(span_valid("siyasi karar"));
        // bazlı completes the noun before it.
        assert!(!span_valid("bazlı gelir desteği"));
        assert!(span_valid("alan bazlı gelir desteği"));
        // İlk opens a name inside a sentence, not a span of common words.
        let words_of = |text: &str, from: usize| {
            let items = super::super::token::tokenize(text, Lang::Tr);
            let words: Vec<(usize, Token)> = items
                .into_iter()
                .enumerate()
                .filter_map(|(i, item)| match item {
                    Item::Word(t) => Some((i, t)),
                    Item::Break(_) => None,
                })
                .skip(from)
                .collect();
            words
        };
        let name = words_of("Höyük İlk Tunç Çağı boyunca yerleşildi", 1);
        let span: Vec<(usize, &Token)> = name.iter().take(3).map(|(i, t)| (*i, t)).collect();
        assert!(valid(&span, Lang::Tr));
        let common = words_of("Höyük ilk tunç çağı boyunca yerleşildi", 1);
        let span: Vec<(usize, &Token)> = common.iter().take(3).map(|(i, t)| (*i, t)).collect();
        assert!(!valid(&span, Lang::Tr));
        assert!(span_valid("kişisel verilerin işlenmesi"));
        assert!(span_valid("elektrik üretimi"));
    }
}
