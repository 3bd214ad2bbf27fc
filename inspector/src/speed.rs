//! How many tickets this device checks per second: the inspector's whole check of one typed
//! code (reading the code, the signature, the key's window, revocation, the time window), the
//! best of five runs of at least a second. The same code runs in the browser (`check_rate`,
//! for BENCHMARKS.md) and natively (`cargo bench -p konto-inspector`), so the two compare.
use crate::book::{Book, Outcome};

/// Checks per second; 0 when the code is not a valid ticket at `now`. `clock` gives
/// milliseconds.
pub fn rate(book: &Book, code: &str, now: i64, clock: impl Fn() -> f64) -> f64 {
    if !matches!(book.check(code, now), Outcome::Valid(_)) {
        return 0.0;
    }
    for _ in 0..200 {
        std::hint::black_box(book.check(std::hint::black_box(code), now));
    }
    let mut best = 0f64;
    for _ in 0..5 {
        let start = clock();
        let mut done = 0u32;
        while clock() - start < 1000.0 {
            for _ in 0..50 {
                std::hint::black_box(book.check(std::hint::black_box(code), now));
            }
            done += 50;
        }
        best = best.max(f64::from(done) * 1000.0 / (clock() - start));
    }
    best
}
