//! One-shot messages that survive a redirect (Post/Redirect/Get without JavaScript):
//! a form's errors and kept values, or a notice such as "Password changed".
use super::{now, Db};

pub const COOKIE: &str = "ko_flash";
/// Flashes older than this are never shown (and are purged by the cleanup job).
pub const MAX_AGE: i64 = 600;

/// The cookie that names this browser's flashes.
pub fn cookie(id: &str, secure: bool) -> String {
    format!(
        "{COOKIE}={id}; Path=/; HttpOnly; SameSite=Lax; Max-Age={MAX_AGE}{}",
        if secure { "; Secure" } else { "" }
    )
}

/// The most characters one flash keeps, and one kept field of it. Anything longer than any
/// field accepts is of no use to the person; the rest of the form is still kept.
pub const MAX_PAYLOAD_CHARS: usize = 32_000;
pub const MAX_VALUE_CHARS: usize = 10_001;
/// Keeps a flash for this browser; `false` when the client address has made more than
/// `limit` in [`MAX_AGE`] (the form still answers, only without the kept values) or the
/// payload is too large.
pub async fn put(
    db: &Db,
    id: &str,
    kind: &str,
    payload: &str,
    client: &str,
    limit: i64,
) -> Result<bool, sqlx::Error> {
    if payload.chars().count() > MAX_PAYLOAD_CHARS {
        return Ok(false);
    }
    // Counted and checked in one statement (see throttle): parallel posts cannot overshoot.
    if super::throttle::attempt(db, &format!("flash:{client}"), limit, MAX_AGE)
        .await?
        .is_err()
    {
        tracing::warn!(target: "security", "flash refused: too many from one address");
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO flashes (id, kind, payload, created_at, client) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id, kind) DO UPDATE SET payload = $3, created_at = $4",
    )
    .bind(id)
    .bind(kind)
    .bind(payload)
    .bind(now())
    .bind(client)
    .execute(&db.pool)
    .await?;
    Ok(true)
}

/// A form's kept values cut to what a flash keeps: each value to [`MAX_VALUE_CHARS`], and
/// the longest dropped while the whole is still over [`MAX_PAYLOAD_CHARS`].
pub fn bounded_values(mut values: Vec<(String, String)>) -> Vec<(String, String)> {
    for (_, v) in values.iter_mut() {
        if let Some((i, _)) = v.char_indices().nth(MAX_VALUE_CHARS) {
            v.truncate(i);
        }
    }
    // Room for the field names, the errors and the JSON around them.
    let budget = MAX_PAYLOAD_CHARS - 4_000;
    while values
        .iter()
        .map(|(k, v)| k.chars().count() + v.chars().count() + 8)
        .sum::<usize>()
        > budget
    {
        let Some(longest) = values
            .iter()
            .enumerate()
            .max_by_key(|(_, (_, v))| v.len())
            .map(|(i, _)| i)
        else {
            break;
        };
        values[longest].1.clear();
    }
    values
}

/// Reads and deletes every flash of this browser.
pub async fn take_all(db: &Db, id: &str) -> Result<Vec<(String, String)>, sqlx::Error> {
    let rows: Vec<(String, String, i64)> =
        sqlx::query_as("DELETE FROM flashes WHERE id = $1 RETURNING kind, payload, created_at")
            .bind(id)
            .fetch_all(&db.pool)
            .await?;
    let cutoff = now() - MAX_AGE;
    Ok(rows
        .into_iter()
        .filter(|(_, _, at)| *at >= cutoff)
        .map(|(kind, payload, _)| (kind, payload))
        .collect())
}

pub async fn purge_older_than(db: &Db, cutoff: i64) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM flashes WHERE created_at < $1")
        .bind(cutoff)
        .execute(&db.pool)
        .await?
        .rows_affected())
}

#[cfg(test)]
mod tests {
    #[test]
    fn kept_values_are_bounded() {
        let v = super::bounded_values(vec![
            ("a".into(), "ż".repeat(30_000)),
            ("b".into(), "ok".into()),
            ("c".into(), "x".repeat(10_500)),
        ]);
        assert_eq!(v[0].1.chars().count(), super::MAX_VALUE_CHARS);
        assert_eq!(v[1].1, "ok");
        assert_eq!(v[2].1.chars().count(), super::MAX_VALUE_CHARS);
        let many: Vec<(String, String)> = (0..10)
            .map(|i| (format!("f{i}"), "y".repeat(9_000)))
            .collect();
        let v = super::bounded_values(many);
        let total: usize = v.iter().map(|(_, x)| x.chars().count()).sum();
        assert!(total <= super::MAX_PAYLOAD_CHARS - 4_000, "{total}");
        assert!(
            v.iter().filter(|(_, x)| !x.is_empty()).count() >= 3,
            "the rest is kept"
        );
    }
}
