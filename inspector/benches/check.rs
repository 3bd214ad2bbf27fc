//! `cargo bench -p konto-inspector --bench check`: the inspector's whole check of a typed code
//! on one core of this machine, natively: the same source as the app's WebAssembly
//! (`check_rate`), which `end2end/measure/inspector.mjs` runs in Chromium with the keys and
//! code this prints, so the two compare in one run.
#[path = "../src/book.rs"]
#[allow(dead_code)]
mod book;
#[path = "../src/speed.rs"]
mod speed;

use konto_ticket::{code, Product, Signer, Ticket, Vehicle, Zones};

fn main() {
    let now: u32 = 1_796_000_000;
    let signer = Signer::new(1, now - 86_400, now + 86_400 * 365, [7u8; 32]);
    let token = signer.sign(&Ticket {
        key_id: 1,
        id: 4242,
        product: Product::Minutes30,
        zones: Zones::City,
        reduced: None,
        resident: false,
        issued: now,
        valid_from: now,
        valid_until: now + 1799,
        vehicle: Vehicle::parse("RA123"),
        line: None,
        holder: None,
    });
    let keys = format!(
        r#"{{"format":1,"keys":[{{"id":1,"algorithm":"Ed25519","public_key":"{}","signs_from":{},"signs_until":{}}}]}}"#,
        hex::encode(signer.public.key),
        signer.public.from,
        signer.public.until
    );
    let typed = code::encode(&token);
    let mut b = book::Book::default();
    b.take_keys(&keys).expect("keys");
    let started = std::time::Instant::now();
    let r = speed::rate(&b, &typed, i64::from(now) + 60, || {
        started.elapsed().as_secs_f64() * 1000.0
    });
    println!("KEYS={keys}");
    println!("CODE={typed}");
    println!("NOW={}", now + 60);
    println!(
        "native check of a typed code ({} bytes): {r:.0} /s ({:.1} µs each)",
        token.len(),
        1e6 / r
    );
}
