//! `cargo bench -p konto-ticket --features sign --bench verify`: how many tickets one core
//! verifies per second (format, key, signature, key window, revocation, time window), beside
//! the reference in the same run: ed25519-dalek's own `verify_strict` over the same signed
//! bytes, which is the floor the ticket's checks add to.
use ed25519_dalek::{Signature, VerifyingKey};
use konto_ticket::{verify, KeyRing, Product, Signer, Ticket, Vehicle, Zones};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn rate(label: &str, mut f: impl FnMut(usize) -> bool, n: usize) -> f64 {
    // Warm up, then the best of five runs of at least a second each.
    for i in 0..n.min(1000) {
        assert!(f(i));
    }
    let mut best = 0f64;
    for _ in 0..5 {
        let start = Instant::now();
        let mut done = 0usize;
        while start.elapsed() < Duration::from_secs(1) {
            for i in 0..1000 {
                assert!(black_box(f(black_box(done + i) % n)));
            }
            done += 1000;
        }
        best = best.max(done as f64 / start.elapsed().as_secs_f64());
    }
    println!("{label:<44} {best:>10.0} /s  ({:.1} µs each)", 1e6 / best);
    best
}

fn main() {
    let now: u32 = 1_796_000_000;
    let signer = Signer::new(1, now - 86_400, now + 86_400 * 365, [7u8; 32]);
    let ring = KeyRing(vec![signer.clone()]);
    let keys = ring.public();
    let tokens: Vec<Vec<u8>> = (0..1000u64)
        .map(|id| {
            signer.sign(&Ticket {
                key_id: 1,
                id,
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
            })
        })
        .collect();
    let vk = VerifyingKey::from_bytes(&keys[0].key).unwrap();
    let revoked: std::collections::HashSet<u64> = (5000..15000).collect();
    println!("tickets of {} bytes, one core", tokens[0].len());
    let whole = rate(
        "konto_ticket::verify (every check)",
        |i| {
            verify(
                &tokens[i],
                &keys,
                |id| revoked.contains(&id),
                i64::from(now) + 60,
            )
            .is_ok()
        },
        tokens.len(),
    );
    // The signed messages as the ticket signs them: the domain separation, then the payload.
    let signed: Vec<(Vec<u8>, Signature)> = tokens
        .iter()
        .map(|t| {
            let (payload, sig) = t.split_at(t.len() - 64);
            let mut m = b"KMK-TICKET/1".to_vec();
            m.extend_from_slice(payload);
            (m, Signature::from_slice(sig).unwrap())
        })
        .collect();
    let bare = rate(
        "reference: ed25519-dalek verify_strict",
        |i| vk.verify_strict(&signed[i].0, &signed[i].1).is_ok(),
        signed.len(),
    );
    // The same, with the public key read from its 32 bytes each time (a point decompression),
    // as `verify` does with the keys it is given.
    let bare_key = rate(
        "reference: from_bytes + verify_strict",
        |i| {
            let vk = VerifyingKey::from_bytes(&keys[0].key).unwrap();
            vk.verify_strict(&signed[i].0, &signed[i].1).is_ok()
        },
        signed.len(),
    );
    println!(
        "verify / bare: {:.2}; verify / (key read + bare): {:.2}",
        whole / bare,
        whole / bare_key
    );
}
