//! The search: dynamic programming over a corridor of cells, coarse to fine.
//!
//! Cell `(i, j)` holds the cheapest way to align the first `i` source units
//! with the first `j` target units. Only cells inside a [`Corridor`] are
//! stored (a cost and a one-byte back pointer each), so memory is the
//! corridor's size. Small inputs get the full rectangle; larger ones are
//! halved (adjacent units merged) until the rectangle is small, aligned
//! there, and the coarse path, projected back and widened by a radius,
//! becomes the corridor of the next finer level (the FastDTW scheme that
//! Vecalign uses). Each level costs time and memory linear in its length.

/// The allowed target range `lo[i]..=hi[i]` for each source prefix length `i`.
#[derive(Debug, Clone)]
pub(crate) struct Corridor {
    lo: Vec<usize>,
    hi: Vec<usize>,
}

impl Corridor {
    /// The whole `(n + 1) × (m + 1)` rectangle.
    pub(crate) fn full(n: usize, m: usize) -> Self {
        Corridor {
            lo: vec![0; n + 1],
            hi: vec![m; n + 1],
        }
    }

    /// A corridor around `path` (bead boundaries `(i, j)` from `(0, 0)` to
    /// `(n, m)` of a coarser level whose units each stand for `fs` source and
    /// `ft` target units), widened by `radius` cells in both directions.
    pub(crate) fn around(
        path: &[(usize, usize)],
        fs: usize,
        ft: usize,
        n: usize,
        m: usize,
        radius: usize,
    ) -> Self {
        let mut lo = vec![usize::MAX; n + 1];
        let mut hi = vec![0usize; n + 1];
        for pair in path.windows(2) {
            let (Some(&(i0, j0)), Some(&(i1, j1))) = (pair.first(), pair.get(1)) else {
                continue;
            };
            let (r0, r1) = ((i0 * fs).min(n), (i1 * fs).min(n));
            let (c0, c1) = ((j0 * ft).min(m), (j1 * ft).min(m));
            for i in r0..=r1 {
                if let (Some(l), Some(h)) = (lo.get_mut(i), hi.get_mut(i)) {
                    *l = (*l).min(c0);
                    *h = (*h).max(c1);
                }
            }
        }
        // Rows a degenerate path did not reach (cannot happen for a path
        // from (0, 0) to the end) fall back to the full row.
        for i in 0..=n {
            if lo.get(i) == Some(&usize::MAX) {
                if let (Some(l), Some(h)) = (lo.get_mut(i), hi.get_mut(i)) {
                    *l = 0;
                    *h = m;
                }
            }
        }
        // Widen: every row takes the range of the rows within `radius`, plus
        // `radius` columns on each side. lo and hi are non-decreasing.
        let mut wlo = vec![0; n + 1];
        let mut whi = vec![0; n + 1];
        for i in 0..=n {
            let a = i.saturating_sub(radius);
            let b = (i + radius).min(n);
            let l = lo.get(a).copied().unwrap_or(0);
            let h = hi.get(b).copied().unwrap_or(m);
            if let (Some(x), Some(y)) = (wlo.get_mut(i), whi.get_mut(i)) {
                *x = l.saturating_sub(radius);
                *y = (h + radius).min(m);
            }
        }
        // Make both bounds monotone, and pin the corners.
        for i in 1..=n {
            let (pl, ph) = (
                wlo.get(i - 1).copied().unwrap_or(0),
                whi.get(i - 1).copied().unwrap_or(0),
            );
            if let Some(x) = wlo.get_mut(i) {
                *x = (*x).max(pl);
            }
            if let Some(y) = whi.get_mut(i) {
                *y = (*y).max(ph);
            }
        }
        if let Some(x) = wlo.first_mut() {
            *x = 0;
        }
        if let Some(y) = whi.last_mut() {
            *y = m;
        }
        Corridor { lo: wlo, hi: whi }
    }

    /// Number of cells.
    #[cfg(test)]
    pub(crate) fn cells(&self) -> usize {
        self.lo
            .iter()
            .zip(&self.hi)
            .map(|(l, h)| h.saturating_sub(*l) + 1)
            .sum()
    }
}

/// Runs the DP inside `corridor` and returns the bead boundaries of the best
/// path, from `(0, 0)` to `(n, m)`.
///
/// `moves` lists the allowed bead shapes `(a, b)` (source and target sizes).
/// `cost(i0, i1, j0, j1)` prices the bead `i0..i1` × `j0..j1`. The `(1, 0)`
/// and `(0, 1)` moves must be among `moves`; they keep every corridor
/// connected, so a path always exists.
pub(crate) fn dp<F>(
    n: usize,
    m: usize,
    corridor: &Corridor,
    moves: &[(usize, usize)],
    mut cost: F,
) -> Vec<(usize, usize)>
where
    F: FnMut(usize, usize, usize, usize) -> f64,
{
    let mut offsets = Vec::with_capacity(n + 2);
    let mut total = 0usize;
    for i in 0..=n {
        offsets.push(total);
        let lo = corridor.lo.get(i).copied().unwrap_or(0);
        let hi = corridor.hi.get(i).copied().unwrap_or(m);
        total += hi.saturating_sub(lo) + 1;
    }
    offsets.push(total);
    let index = |i: usize, j: usize| -> Option<usize> {
        let lo = *corridor.lo.get(i)?;
        let hi = *corridor.hi.get(i)?;
        if j < lo || j > hi {
            return None;
        }
        Some(offsets.get(i)? + (j - lo))
    };
    let mut best = vec![f64::INFINITY; total];
    let mut back = vec![u8::MAX; total];
    if let Some(c) = best.first_mut() {
        *c = 0.0;
    }
    for i in 0..=n {
        let lo = corridor.lo.get(i).copied().unwrap_or(0);
        let hi = corridor.hi.get(i).copied().unwrap_or(m);
        for j in lo..=hi {
            let Some(here) = index(i, j) else { continue };
            for (k, &(a, b)) in moves.iter().enumerate() {
                if a > i || b > j {
                    continue;
                }
                let Some(prev) = index(i - a, j - b) else {
                    continue;
                };
                let base = best.get(prev).copied().unwrap_or(f64::INFINITY);
                if !base.is_finite() {
                    continue;
                }
                let c = base + cost(i - a, i, j - b, j);
                if c < best.get(here).copied().unwrap_or(f64::INFINITY) {
                    if let (Some(slot), Some(bp)) = (best.get_mut(here), back.get_mut(here)) {
                        *slot = c;
                        // moves.len() is at most a few dozen (checked by the builder).
                        *bp = u8::try_from(k).unwrap_or(u8::MAX);
                    }
                }
            }
        }
    }
    // Trace back from (n, m).
    let mut path = vec![(n, m)];
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let step = index(i, j)
            .and_then(|x| back.get(x))
            .and_then(|&k| moves.get(usize::from(k)));
        match step {
            Some(&(a, b)) => {
                i -= a;
                j -= b;
            }
            // Unreachable with (1,0)/(0,1) moves in a connected corridor;
            // fall back to deletions so the result stays a valid path.
            None if i > 0 => i -= 1,
            None => j -= 1,
        }
        path.push((i, j));
    }
    path.reverse();
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    const MOVES: &[(usize, usize)] = &[(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2)];

    #[test]
    fn diagonal_is_found_in_full_and_narrow_corridors() {
        let cost = |i0: usize, i1: usize, j0: usize, j1: usize| {
            if i1 - i0 == 1 && j1 - j0 == 1 && i0 == j0 {
                0.0
            } else {
                5.0
            }
        };
        let full = dp(10, 10, &Corridor::full(10, 10), MOVES, cost);
        assert_eq!(full, (0..=10).map(|k| (k, k)).collect::<Vec<_>>());
        let coarse: Vec<(usize, usize)> = (0..=5).map(|k| (k, k)).collect();
        let corridor = Corridor::around(&coarse, 2, 2, 10, 10, 1);
        assert!(corridor.cells() < 121);
        assert_eq!(dp(10, 10, &corridor, MOVES, cost), full);
    }

    #[test]
    fn corridor_reaches_corners_and_is_monotone() {
        let coarse = vec![(0, 0), (1, 3), (3, 4)];
        let c = Corridor::around(&coarse, 2, 3, 5, 11, 0);
        assert_eq!(c.lo.first(), Some(&0));
        assert_eq!(c.hi.last(), Some(&11));
        assert!(c.lo.windows(2).all(|w| w[0] <= w[1]));
        assert!(c.hi.windows(2).all(|w| w[0] <= w[1]));
        // Connected: each row overlaps the next.
        assert!((0..5).all(|i| c.lo[i + 1] <= c.hi[i]));
    }
}
