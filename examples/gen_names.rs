//! Writes a generated list of names, one per line, for timing `bitext key`.
//!
//! Run: `cargo run --release --example gen_names -- 2000000 > names.txt`
//! (optional second argument `ascii` for ASCII names only). The mix is half
//! ASCII spellings, a third Turkish and Azerbaijani Latin, the rest Cyrillic,
//! in a fixed pseudo-random order (the same file on every run).

use std::io::{BufWriter, Write};

include!("../benches/data/name_lists.rs");

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let count: usize = args
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let ascii_only = args.next().is_some_and(|a| a == "ascii");
    let mut out = BufWriter::new(std::io::stdout().lock());
    // A fixed linear congruential generator: the same file every run.
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..count {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let r = (state >> 33) as usize;
        let list = match r % 12 {
            _ if ascii_only => ASCII,
            0..=5 => ASCII,
            6..=9 => TURKIC,
            _ => CYRILLIC,
        };
        writeln!(out, "{}", list[(r / 12) % list.len()])?;
    }
    out.flush()
}
