//! The bead cost model and the coarse-to-fine driver around the DP.

use super::features::Class;
use super::search::{dp, Corridor};

/// A sentence, or at coarse levels a run of adjacent sentences.
#[derive(Debug, Clone, Default)]
pub(crate) struct Unit {
    /// Characters (Unicode scalar values) in the unit.
    pub(crate) chars: f64,
    /// Sentences in the unit (1 at the finest level).
    pub(crate) count: u32,
    /// Matchable concepts, sorted, with repetitions.
    pub(crate) concepts: Vec<u32>,
    /// Total weight of the non-number concepts.
    pub(crate) mass_other: f64,
    /// Total weight of the number concepts (capped per bead, not here).
    pub(crate) mass_num: f64,
    /// How many number concepts the unit carries.
    pub(crate) n_num: u32,
}

impl Unit {
    pub(crate) fn new(chars: f64, concepts: Vec<u32>, weights: &[f32], classes: &[Class]) -> Self {
        let mut unit = Unit {
            chars,
            count: 1,
            concepts,
            ..Unit::default()
        };
        unit.concepts.sort_unstable();
        unit.refresh(weights, classes);
        unit
    }

    fn refresh(&mut self, weights: &[f32], classes: &[Class]) {
        self.mass_other = 0.0;
        self.mass_num = 0.0;
        self.n_num = 0;
        for &c in &self.concepts {
            let w = f64::from(weights.get(c as usize).copied().unwrap_or(0.0));
            if classes.get(c as usize) == Some(&Class::Number) {
                self.mass_num += w;
                self.n_num += 1;
            } else {
                self.mass_other += w;
            }
        }
    }
}

/// The tunable constants of the cost model (see the module docs of
/// [`crate::align`] for what each one does).
#[derive(Debug, Clone)]
pub(crate) struct Params {
    /// Expected target/source character ratio.
    pub(crate) ratio: f64,
    /// Gale–Church variance per character.
    pub(crate) variance: f64,
    /// Weight of the lexical similarity, in nats per sentence.
    pub(crate) lexical: f64,
    /// Cost per number found on one side of a bead and not on the other.
    pub(crate) number_penalty: f64,
    /// At most this many unmatched numbers are charged per bead.
    pub(crate) number_penalty_max: f64,
    /// Cap on the number mass counted per bead side.
    pub(crate) number_cap: f64,
    /// Cost of leaving one sentence unaligned (bitext model).
    pub(crate) skip: f64,
    /// Pure Gale–Church: no lexical term, length-dependent deletion cost.
    pub(crate) gale_church: bool,
}

impl Params {
    pub(crate) fn bitext(ratio: f64) -> Self {
        Params {
            ratio,
            variance: 6.8,
            lexical: 12.0,
            number_penalty: 1.0,
            number_penalty_max: 3.0,
            number_cap: 4.0,
            skip: 4.0,
            gale_church: false,
        }
    }

    pub(crate) fn gale_church() -> Self {
        Params {
            ratio: 1.0,
            lexical: 0.0,
            number_penalty: 0.0,
            gale_church: true,
            ..Params::bitext(1.0)
        }
    }
}

/// `-ln P(shape)`: Gale and Church's bead priors, extended geometrically to
/// larger beads.
pub(crate) fn prior(a: usize, b: usize) -> f64 {
    let p = match (a, b) {
        (1, 1) => 0.89,
        (1, 0) | (0, 1) => 0.0099,
        (2, 1) | (1, 2) => 0.089,
        (2, 2) => 0.011,
        _ => {
            let extra = i32::try_from(a + b).unwrap_or(i32::MAX).saturating_sub(3);
            0.089 * 0.1f64.powi(extra)
        }
    };
    -p.ln()
}

/// `-ln(2 (1 - Φ(|δ|)))` for Gale and Church's normalized length
/// difference `δ = (lt - c·ls) / sqrt(s² (c·ls + lt) / 2)`.
pub(crate) fn length_cost(ls: f64, lt: f64, ratio: f64, variance: f64) -> f64 {
    let mean = (ls * ratio + lt) / 2.0;
    if mean <= 0.0 {
        return 0.0;
    }
    let delta = (lt - ls * ratio) / (variance * mean).sqrt();
    neg_ln_erfc(delta.abs() / std::f64::consts::SQRT_2)
}

/// `-ln erfc(x)` for `x ≥ 0`, computed in log space so that it stays finite
/// for large `x` (Chebyshev fit, fractional error below 1.2e-7).
fn neg_ln_erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = -1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    // erfc(z) = t · exp(-z² + poly)
    -(t.ln() - z * z + poly)
}

/// Prices beads for one document (one set of concept weights).
pub(crate) struct Model<'a> {
    pub(crate) params: &'a Params,
    pub(crate) weights: &'a [f32],
    pub(crate) classes: &'a [Class],
}

/// Buffers reused across bead evaluations.
#[derive(Default)]
pub(crate) struct Scratch {
    a: Vec<u32>,
    b: Vec<u32>,
    tmp: Vec<u32>,
}

/// The concepts of several units as one sorted list (borrowed for one unit).
fn gather<'u>(units: &'u [Unit], buf: &'u mut Vec<u32>, tmp: &mut Vec<u32>) -> &'u [u32] {
    match units {
        [] => &[],
        [one] => &one.concepts,
        many => {
            buf.clear();
            for unit in many {
                tmp.clear();
                merge_into(buf, &unit.concepts, tmp);
                std::mem::swap(buf, tmp);
            }
            buf
        }
    }
}

fn merge_into(a: &[u32], b: &[u32], out: &mut Vec<u32>) {
    let (mut i, mut j) = (0, 0);
    while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
        if x <= y {
            out.push(x);
            i += 1;
        } else {
            out.push(y);
            j += 1;
        }
    }
    out.extend_from_slice(a.get(i..).unwrap_or_default());
    out.extend_from_slice(b.get(j..).unwrap_or_default());
}

/// The lexical part of a bead: similarity in `0..=1` and unmatched numbers.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Lexical {
    pub(crate) similarity: f64,
    pub(crate) unmatched_numbers: f64,
}

impl Model<'_> {
    fn weight(&self, c: u32) -> f64 {
        f64::from(self.weights.get(c as usize).copied().unwrap_or(0.0))
    }

    /// Weighted Dice overlap of the two sides' concepts, numbers capped.
    pub(crate) fn lexical(&self, s: &[Unit], t: &[Unit], scratch: &mut Scratch) -> Lexical {
        let Scratch { a, b, tmp } = scratch;
        let sa = gather(s, a, tmp);
        let tb = gather(t, b, tmp);
        let (mut i, mut j) = (0, 0);
        let (mut matched_other, mut matched_num, mut matched_num_count) = (0.0, 0.0, 0u32);
        while let (Some(&x), Some(&y)) = (sa.get(i), tb.get(j)) {
            match x.cmp(&y) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let w = self.weight(x);
                    if self.classes.get(x as usize) == Some(&Class::Number) {
                        matched_num += w;
                        matched_num_count += 1;
                    } else {
                        matched_other += w;
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        let cap = self.params.number_cap;
        let side = |units: &[Unit]| -> (f64, u32) {
            let other: f64 = units.iter().map(|u| u.mass_other).sum();
            let num: f64 = units.iter().map(|u| u.mass_num).sum();
            let count: u32 = units.iter().map(|u| u.n_num).sum();
            (other + num.min(cap), count)
        };
        let (ws, ns) = side(s);
        let (wt, nt) = side(t);
        let matched = matched_other + matched_num.min(cap);
        let similarity = if ws + wt > 0.0 {
            (2.0 * matched / (ws + wt)).min(1.0)
        } else {
            0.0
        };
        let unmatched = f64::from(ns + nt) - 2.0 * f64::from(matched_num_count);
        Lexical {
            similarity,
            unmatched_numbers: unmatched.max(0.0),
        }
    }

    /// Cost of leaving the units unaligned.
    pub(crate) fn skip_cost(&self, units: &[Unit], source: bool) -> f64 {
        let p = self.params;
        units
            .iter()
            .map(|u| {
                if p.gale_church {
                    let (ls, lt) = if source {
                        (u.chars, 0.0)
                    } else {
                        (0.0, u.chars)
                    };
                    prior(1, 0) + length_cost(ls, lt, p.ratio, p.variance)
                } else {
                    p.skip * f64::from(u.count)
                }
            })
            .sum()
    }

    /// Cost of the bead pairing `s` with `t` (either may be empty).
    pub(crate) fn bead_cost(&self, s: &[Unit], t: &[Unit], scratch: &mut Scratch) -> f64 {
        if s.is_empty() {
            return self.skip_cost(t, false);
        }
        if t.is_empty() {
            return self.skip_cost(s, true);
        }
        let p = self.params;
        let ls: f64 = s.iter().map(|u| u.chars).sum();
        let lt: f64 = t.iter().map(|u| u.chars).sum();
        let mut cost = prior(s.len(), t.len()) + length_cost(ls, lt, p.ratio, p.variance);
        if !p.gale_church {
            let lex = self.lexical(s, t, scratch);
            cost -= p.lexical * lex.similarity;
            cost += p.number_penalty * lex.unmatched_numbers.min(p.number_penalty_max);
        }
        cost
    }

    /// [`bead_cost`](Self::bead_cost) for the search: when even the largest
    /// lexical bonus could not make the bead cheaper than leaving all its
    /// sentences unaligned, the bead can never be on a best path, and a
    /// lower bound is returned without computing the overlap.
    pub(crate) fn search_cost(&self, s: &[Unit], t: &[Unit], scratch: &mut Scratch) -> f64 {
        let p = self.params;
        if p.gale_church || s.is_empty() || t.is_empty() {
            return self.bead_cost(s, t, scratch);
        }
        let ls: f64 = s.iter().map(|u| u.chars).sum();
        let lt: f64 = t.iter().map(|u| u.chars).sum();
        let bound = prior(s.len(), t.len()) + length_cost(ls, lt, p.ratio, p.variance) - p.lexical;
        if bound >= self.skip_cost(s, true) + self.skip_cost(t, false) {
            return bound;
        }
        self.bead_cost(s, t, scratch)
    }

    /// A bead's score in `0..=1`: how much better pairing these sentences is
    /// than leaving them unaligned, relative to a 1–1 bead of perfect length
    /// and no lexical evidence (which scores 0.5).
    pub(crate) fn bead_score(&self, s: &[Unit], t: &[Unit], scratch: &mut Scratch) -> f64 {
        if s.is_empty() || t.is_empty() {
            return 0.0;
        }
        let gain =
            self.skip_cost(s, true) + self.skip_cost(t, false) - self.bead_cost(s, t, scratch);
        let neutral = 2.0 * self.params.skip - prior(1, 1);
        sigmoid(gain - neutral)
    }
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// How the driver searches.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SearchConfig {
    /// Largest rectangle solved exactly at the finest level.
    pub(crate) full_cells: usize,
    /// Largest rectangle solved exactly at the coarsest level, once the
    /// input had to be coarsened.
    pub(crate) coarse_cells: usize,
    /// Corridor widening at each finer level.
    pub(crate) radius: usize,
    /// Concepts kept per merged unit at coarse levels.
    pub(crate) coarse_concepts: usize,
}

/// Aligns `src` with `tgt` and returns the bead boundaries of the best path.
///
/// With `guide` (a path over the same units), the search is restricted to a
/// corridor around it; otherwise the full rectangle is searched when it is
/// small, and a coarse-to-fine corridor is built when it is not.
pub(crate) fn align_units(
    src: &[Unit],
    tgt: &[Unit],
    model: &Model<'_>,
    moves: &[(usize, usize)],
    config: &SearchConfig,
    guide: Option<&[(usize, usize)]>,
) -> Vec<(usize, usize)> {
    let (n, m) = (src.len(), tgt.len());
    let corridor = match guide {
        Some(path) if (n + 1).saturating_mul(m + 1) > config.full_cells => {
            Corridor::around(path, 1, 1, n, m, config.radius)
        }
        _ => corridor_for(src, tgt, model, moves, config, config.full_cells),
    };
    let mut scratch = Scratch::default();
    dp(n, m, &corridor, moves, |i0, i1, j0, j1| {
        let s = src.get(i0..i1).unwrap_or_default();
        let t = tgt.get(j0..j1).unwrap_or_default();
        model.search_cost(s, t, &mut scratch)
    })
}

/// Full rectangle if small, else the corridor from a coarser alignment.
fn corridor_for(
    src: &[Unit],
    tgt: &[Unit],
    model: &Model<'_>,
    moves: &[(usize, usize)],
    config: &SearchConfig,
    full_cells: usize,
) -> Corridor {
    const MIN_SIDE: usize = 64;
    let (n, m) = (src.len(), tgt.len());
    if (n + 1).saturating_mul(m + 1) <= full_cells || (n <= MIN_SIDE && m <= MIN_SIDE) {
        return Corridor::full(n, m);
    }
    let fs = if n > MIN_SIDE { 2 } else { 1 };
    let ft = if m > MIN_SIDE { 2 } else { 1 };
    let coarse_src = coarsen(src, fs, model, config.coarse_concepts);
    let coarse_tgt = coarsen(tgt, ft, model, config.coarse_concepts);
    let corridor = corridor_for(
        &coarse_src,
        &coarse_tgt,
        model,
        moves,
        config,
        config.coarse_cells,
    );
    let mut scratch = Scratch::default();
    let coarse_path = dp(
        coarse_src.len(),
        coarse_tgt.len(),
        &corridor,
        moves,
        |i0, i1, j0, j1| {
            let s = coarse_src.get(i0..i1).unwrap_or_default();
            let t = coarse_tgt.get(j0..j1).unwrap_or_default();
            model.bead_cost(s, t, &mut scratch)
        },
    );
    Corridor::around(&coarse_path, fs, ft, n, m, config.radius)
}

/// Merges runs of `factor` adjacent units, keeping the heaviest concepts.
fn coarsen(units: &[Unit], factor: usize, model: &Model<'_>, keep: usize) -> Vec<Unit> {
    if factor <= 1 {
        return units.to_vec();
    }
    units
        .chunks(factor)
        .map(|chunk| {
            let mut concepts: Vec<u32> = chunk
                .iter()
                .flat_map(|u| u.concepts.iter().copied())
                .collect();
            concepts.sort_unstable();
            concepts.dedup();
            if concepts.len() > keep {
                concepts.sort_unstable_by(|&x, &y| {
                    model.weight(y).total_cmp(&model.weight(x)).then(x.cmp(&y))
                });
                concepts.truncate(keep);
            }
            let mut unit = Unit::new(
                chunk.iter().map(|u| u.chars).sum(),
                concepts,
                model.weights,
                model.classes,
            );
            unit.count = chunk.iter().map(|u| u.count).sum();
            unit
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_cost_is_zero_at_the_expected_ratio_and_grows() {
        assert!(length_cost(100.0, 100.0, 1.0, 6.8) < 1e-6);
        let a = length_cost(100.0, 120.0, 1.0, 6.8);
        let b = length_cost(100.0, 160.0, 1.0, 6.8);
        assert!(0.0 < a && a < b, "{a} {b}");
        // Far tails stay finite.
        assert!(length_cost(1000.0, 0.0, 1.0, 6.8).is_finite());
    }

    #[test]
    fn neg_ln_erfc_matches_known_values() {
        // erfc(0) = 1, erfc(1) = 0.157299207
        assert!(neg_ln_erfc(0.0).abs() < 1e-6);
        assert!((neg_ln_erfc(1.0) - (-(0.157_299_207f64).ln())).abs() < 1e-5);
    }

    #[test]
    fn priors_prefer_one_to_one() {
        assert!(prior(1, 1) < prior(2, 1));
        assert!(prior(2, 1) < prior(2, 2));
        assert!(prior(2, 2) < prior(3, 3));
        assert_eq!(prior(1, 2), prior(2, 1));
    }
}
