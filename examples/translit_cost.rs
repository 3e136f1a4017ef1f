//! A fixed loop over the benchmark's names, for counting instructions per
//! name with callgrind (independent of machine load, unlike criterion).
//!
//! Run: `valgrind --tool=callgrind target/release/examples/translit_cost LIST MODE`
//! with LIST one of `ascii`, `turkic`, `cyrillic`, `mixed` (the lists and
//! mix of `benches/translit.rs`) and MODE one of `none` (build the list
//! only), `lower` (`str::to_lowercase`, the baseline), `key` (`name_key`),
//! `key_into` (`name_key_into` with a reused buffer). Instructions per name
//! = (instructions of MODE − instructions of `none`) / names, where names =
//! 10,000 × 30 passes. The program prints a checksum so that no work is
//! optimized away. An optional third argument sets the number of passes
//! (for timing with `time`, where 30 passes are too short to read).

use std::hint::black_box;

include!("../benches/data/name_lists.rs");

const PASSES: usize = 30;

fn main() {
    let mut args = std::env::args().skip(1);
    let list = args.next().unwrap_or_else(|| "mixed".into());
    let mode = args.next().unwrap_or_else(|| "key_into".into());
    let passes = args.next().and_then(|p| p.parse().ok()).unwrap_or(PASSES);
    let names = match list.as_str() {
        "ascii" => names(&[(ASCII, 1)], 10_000),
        "turkic" => names(&[(TURKIC, 1)], 10_000),
        "cyrillic" => names(&[(CYRILLIC, 1)], 10_000),
        _ => names(&[(ASCII, 6), (TURKIC, 4), (CYRILLIC, 2)], 10_000),
    };
    // Build the key tables outside the measured loop in every mode.
    let mut sum = bitext::translit::name_key("Çapkin").len();
    let mut key = String::new();
    for _ in 0..passes {
        for name in &names {
            let name = black_box(name.as_str());
            sum += match mode.as_str() {
                "none" => name.len(),
                "lower" => name.to_lowercase().len(),
                "key" => bitext::translit::name_key(name).len(),
                _ => {
                    bitext::translit::name_key_into(name, &mut key);
                    key.len()
                }
            };
        }
    }
    println!("{} names, checksum {sum}", names.len() * passes);
}
