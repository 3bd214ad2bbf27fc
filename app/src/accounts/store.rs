//! SQL for accounts. Knows nothing of HTTP.
use super::Profile;
use crate::forms::District;
use crate::i18n::Lang;
use crate::platform::people::{DisplayPrefs, Role};
use crate::platform::{now, Db};
use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;

/// argon2id with the crate's defaults (19 MiB, 2 passes, 1 lane: OWASP's minimum),
/// off the async threads.
pub async fn hash_password(password: String) -> Result<String, crate::platform::Failure> {
    bounded(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| crate::platform::Failure::internal(format!("hash: {e}")))
    })
    .await?
}

/// Password hashing runs on at most this many threads at once (one per core): argon2 takes
/// 19 MiB and tens of milliseconds each, so a burst of sign-ins queues instead of taking
/// the server's memory (40 at once once took it from 328 to 967 MB).
static HASHING: std::sync::LazyLock<tokio::sync::Semaphore> = std::sync::LazyLock::new(|| {
    tokio::sync::Semaphore::new(
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2),
    )
});
/// Hashes running now, and the most seen at once (for the test of the bound).
static RUNNING: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
pub(crate) static PEAK: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

async fn bounded<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, crate::platform::Failure> {
    use std::sync::atomic::Ordering;
    let _permit = HASHING
        .acquire()
        .await
        .map_err(|e| crate::platform::Failure::internal(format!("semaphore: {e}")))?;
    tokio::task::spawn_blocking(move || {
        let now = RUNNING.fetch_add(1, Ordering::SeqCst) + 1;
        PEAK.fetch_max(now, Ordering::SeqCst);
        let out = work();
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        out
    })
    .await
    .map_err(|e| crate::platform::Failure::internal(format!("join: {e}")))
}

/// A valid hash of a random password, verified against when the account does not exist,
/// so that the answer takes as long either way.
static DUMMY_HASH: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(crate::platform::random_hex(16).as_bytes(), &salt)
        .expect("hash")
        .to_string()
});

pub async fn verify_password(
    password: String,
    hash: Option<String>,
) -> Result<bool, crate::platform::Failure> {
    bounded(move || {
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| DUMMY_HASH.clone());
        match PasswordHash::new(&hash) {
            Ok(h) => {
                Argon2::default()
                    .verify_password(password.as_bytes(), &h)
                    .is_ok()
                    && known
            }
            Err(_) => false,
        }
    })
    .await
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub password_hash: &'a str,
    pub display_name: &'a str,
    pub district: District,
    pub role: Role,
    pub language: Lang,
    pub prefs: DisplayPrefs,
}

/// Inserts the user; None when the e-mail address is already registered.
pub async fn create_user(db: &Db, u: &NewUser<'_>) -> Result<Option<i64>, sqlx::Error> {
    let now = now();
    sqlx::query_scalar(
        "INSERT INTO users (email, password_hash, display_name, district, role, language, contrast, text_size, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
         ON CONFLICT (email) DO NOTHING RETURNING id",
    )
    .bind(u.email)
    .bind(u.password_hash)
    .bind(u.display_name)
    .bind(u.district)
    .bind(u.role.code())
    .bind(u.language.code())
    .bind(u.prefs.contrast.code())
    .bind(u.prefs.text_size.code())
    .bind(now)
    .fetch_optional(&db.pool)
    .await
}

/// (id, password hash) for sign-in.
pub async fn find_credentials(db: &Db, email: &str) -> Result<Option<(i64, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, password_hash FROM users WHERE email = $1")
        .bind(email)
        .fetch_optional(&db.pool)
        .await
}

pub async fn password_hash(db: &Db, id: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

pub async fn profile(db: &Db, id: i64) -> Result<Option<Profile>, sqlx::Error> {
    sqlx::query_as(
        "SELECT email, display_name, district, role, created_at FROM users WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await
}

pub async fn update_profile(
    db: &Db,
    id: i64,
    name: &str,
    district: District,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET display_name = $1, district = $2, updated_at = $3 WHERE id = $4")
        .bind(name)
        .bind(district)
        .bind(now())
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn set_password(db: &Db, id: i64, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
        .bind(hash)
        .bind(now())
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn set_language(db: &Db, id: i64, lang: Lang) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET language = $1, updated_at = $2 WHERE id = $3")
        .bind(lang.code())
        .bind(now())
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn set_display(db: &Db, id: i64, prefs: DisplayPrefs) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET contrast = $1, text_size = $2, updated_at = $3 WHERE id = $4")
        .bind(prefs.contrast.code())
        .bind(prefs.text_size.code())
        .bind(now())
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn set_role(db: &Db, id: i64, role: Role) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("UPDATE users SET role = $1, updated_at = $2 WHERE id = $3")
        .bind(role.code())
        .bind(now())
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// Deletes the account; its sessions go with it (ON DELETE CASCADE, and explicitly,
/// for SQLite connections opened without foreign keys).
pub async fn delete_user(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM users WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Everything the portal holds about one person, for the "download my data" right (GDPR art. 15/20).
/// Where the account's own part of the export comes from (checked against the schema).
pub const EXPORT_SOURCES: &[&str] = &[
    "users.id",
    "sessions.user_id",
    "audit_log.subject_id",
    "audit_log.actor_id",
    "password_resets.user_id",
    "email_changes.user_id",
];

pub async fn export(db: &Db, id: i64) -> Result<Option<serde_json::Value>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Account {
        email: String,
        display_name: String,
        district: District,
        role: Role,
        language: Lang,
        contrast: crate::platform::people::Contrast,
        text_size: crate::platform::people::TextSize,
        created_at: i64,
        updated_at: i64,
    }
    #[derive(sqlx::FromRow)]
    struct Session {
        created_at: i64,
        last_seen: i64,
        expires_at: i64,
        device: String,
    }
    #[derive(sqlx::FromRow)]
    struct Acted {
        at: i64,
        action: String,
        subject_id: Option<i64>,
    }
    let row: Option<Account> = sqlx::query_as(
        "SELECT email, display_name, district, role, language, contrast, text_size, created_at, updated_at FROM users WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let pending_email = pending_email_change(db, id).await?;
    let resets: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM password_resets WHERE user_id = $1")
        .bind(id)
        .fetch_one(&db.pool)
        .await?;
    let sessions: Vec<Session> = sqlx::query_as("SELECT created_at, last_seen, expires_at, device FROM sessions WHERE user_id = $1 ORDER BY created_at")
        .bind(id)
        .fetch_all(&db.pool)
        .await?;
    let audit = crate::platform::audit::for_subject(db, id).await?;
    // What the person did to others (a clerk's work), without the others' data.
    let acted: Vec<Acted> = sqlx::query_as("SELECT at, action, subject_id FROM audit_log WHERE actor_id = $1 AND (subject_id IS NULL OR subject_id <> $1) ORDER BY id")
        .bind(id)
        .fetch_all(&db.pool)
        .await?;
    let ts = |t: i64| {
        time::OffsetDateTime::from_unix_timestamp(t)
            .ok()
            .and_then(|d| {
                d.format(&time::format_description::well_known::Rfc3339)
                    .ok()
            })
            .unwrap_or_default()
    };
    Ok(Some(serde_json::json!({
        "format": "konto-obywatelskie/export/v1",
        "exported_at": ts(now()),
        "account": {
            "email": r.email,
            "display_name": r.display_name,
            "district": {
                "number": r.district.number(),
                "name": r.district.name(),
            },
            "role": r.role.code(),
            "created_at": ts(r.created_at),
            "updated_at": ts(r.updated_at),
        },
        "preferences": {
            "language": r.language.code(),
            "contrast": r.contrast.code(),
            "text_size": r.text_size.code(),
        },
        "sessions": sessions.iter().map(|s| serde_json::json!({
            "signed_in_at": ts(s.created_at), "last_seen": ts(s.last_seen), "expires_at": ts(s.expires_at), "device": s.device,
        })).collect::<Vec<_>>(),
        "pending_email_change": pending_email,
        "password_reset_links_open": resets,
        "activity": audit.iter().map(|a| serde_json::json!({
            "at": ts(a.at), "action": a.action, "by_self": a.actor_id == Some(id), "detail": a.detail,
        })).collect::<Vec<_>>(),
        "actions_on_others": acted.iter().map(|a| serde_json::json!({
            "at": ts(a.at), "action": a.action, "subject": a.subject_id,
        })).collect::<Vec<_>>(),
    })))
}

/// One page of users, oldest first, and the total count.
pub async fn list_users(
    db: &Db,
    limit: i64,
    offset: i64,
) -> Result<(Vec<crate::accounts::staff::UserEntry>, i64), sqlx::Error> {
    let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(&db.pool)
        .await?;
    let users = sqlx::query_as(
        "SELECT id, email, display_name, district, role, created_at FROM users ORDER BY id LIMIT $1 OFFSET $2",
    )
    .bind(limit)
    .bind(offset)
    .fetch_all(&db.pool)
    .await?;
    Ok((users, total))
}

/// Residents per district (no personal data).
pub async fn residents_per_district(db: &Db) -> Result<Vec<(District, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT district, COUNT(*) FROM users WHERE role = 'resident' GROUP BY district ORDER BY district")
        .fetch_all(&db.pool)
        .await
}

/// A registration waiting for its e-mail confirmation.
#[derive(sqlx::FromRow)]
pub struct Pending {
    pub email: String,
    pub password_hash: String,
    pub display_name: String,
    pub district: District,
    pub language: Lang,
    #[sqlx(flatten)]
    pub prefs: DisplayPrefs,
}

pub async fn create_pending(
    db: &Db,
    token_hash: &str,
    p: &Pending,
    valid_secs: i64,
) -> Result<(), sqlx::Error> {
    let now = now();
    sqlx::query(
        "INSERT INTO pending_registrations (token_hash, email, password_hash, display_name, district, language, contrast, text_size, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(token_hash)
    .bind(&p.email)
    .bind(&p.password_hash)
    .bind(&p.display_name)
    .bind(p.district)
    .bind(p.language.code())
    .bind(p.prefs.contrast.code())
    .bind(p.prefs.text_size.code())
    .bind(now)
    .bind(now + valid_secs)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Takes (and deletes) the registration behind a confirmation token, if still valid;
/// other pending registrations of the same address go with it.
/// The password hash of a registration waiting for confirmation (the link is still valid).
pub async fn pending_password_hash(
    db: &Db,
    token_hash: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT password_hash FROM pending_registrations WHERE token_hash = $1 AND expires_at > $2",
    )
    .bind(token_hash)
    .bind(now())
    .fetch_optional(&db.pool)
    .await
}

pub async fn take_pending(db: &Db, token_hash: &str) -> Result<Option<Pending>, sqlx::Error> {
    let pending: Option<Pending> = sqlx::query_as(
        "DELETE FROM pending_registrations WHERE token_hash = $1 AND expires_at > $2
         RETURNING email, password_hash, display_name, district, language, contrast, text_size",
    )
    .bind(token_hash)
    .bind(now())
    .fetch_optional(&db.pool)
    .await?;
    let Some(pending) = pending else {
        return Ok(None);
    };
    sqlx::query("DELETE FROM pending_registrations WHERE email = $1")
        .bind(&pending.email)
        .execute(&db.pool)
        .await?;
    Ok(Some(pending))
}

pub async fn purge_expired_pending(db: &Db) -> Result<u64, sqlx::Error> {
    Ok(
        sqlx::query("DELETE FROM pending_registrations WHERE expires_at <= $1")
            .bind(now())
            .execute(&db.pool)
            .await?
            .rows_affected(),
    )
}

// ---- Password reset and change of e-mail address ----

/// How long a password reset link works.
pub const RESET_VALID_SECS: i64 = 30 * 60;
/// How long a link confirming a new e-mail address works.
pub const EMAIL_CHANGE_VALID_SECS: i64 = 24 * 3600;

/// A user's id by e-mail address (normalised by `rules::Email`).
pub async fn user_by_email(
    db: &Db,
    email: &str,
) -> Result<Option<(i64, String, Lang)>, sqlx::Error> {
    sqlx::query_as("SELECT id, display_name, language FROM users WHERE email = $1")
        .bind(email)
        .fetch_optional(&db.pool)
        .await
}

/// Stores a reset link (its hash); earlier links of the same user stop working.
pub async fn create_reset(db: &Db, user: i64, token_hash: &str) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    sqlx::query("DELETE FROM password_resets WHERE user_id = $1")
        .bind(user)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO password_resets (token_hash, user_id, expires_at) VALUES ($1, $2, $3)",
    )
    .bind(token_hash)
    .bind(user)
    .bind(now() + RESET_VALID_SECS)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// Whether a reset link is valid (without using it up).
pub async fn reset_valid(db: &Db, token_hash: &str) -> Result<bool, sqlx::Error> {
    Ok(
        sqlx::query("SELECT 1 FROM password_resets WHERE token_hash = $1 AND expires_at > $2")
            .bind(token_hash)
            .bind(now())
            .fetch_optional(&db.pool)
            .await?
            .is_some(),
    )
}

/// Uses a reset link up, in one statement (two tabs cannot both use it): the user's id.
pub async fn take_reset(db: &Db, token_hash: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "DELETE FROM password_resets WHERE token_hash = $1 AND expires_at > $2 RETURNING user_id",
    )
    .bind(token_hash)
    .bind(now())
    .fetch_optional(&db.pool)
    .await
}

/// Stores a pending change of address (its link's hash); an earlier pending one is replaced.
pub async fn create_email_change(
    db: &Db,
    user: i64,
    new_email: &str,
    token_hash: &str,
) -> Result<(), sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    sqlx::query("DELETE FROM email_changes WHERE user_id = $1")
        .bind(user)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO email_changes (token_hash, user_id, new_email, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash)
        .bind(user)
        .bind(new_email)
        .bind(now() + EMAIL_CHANGE_VALID_SECS)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

pub enum EmailChange {
    /// Changed: (user, old address, new address).
    Done(i64, String, String),
    /// The link is unknown, used or expired.
    Invalid,
    /// The new address got an account of its own meanwhile.
    Taken,
}

/// Uses a change-of-address link up and changes the address, in one transaction.
pub async fn apply_email_change(db: &Db, token_hash: &str) -> Result<EmailChange, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let Some((user, new_email)) = sqlx::query_as::<_, (i64, String)>("DELETE FROM email_changes WHERE token_hash = $1 AND expires_at > $2 RETURNING user_id, new_email")
        .bind(token_hash)
        .bind(now())
        .fetch_optional(&mut *tx)
        .await?
    else {
        return Ok(EmailChange::Invalid);
    };
    let old: String = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
        .bind(user)
        .fetch_one(&mut *tx)
        .await?;
    let changed = sqlx::query("UPDATE users SET email = $1, updated_at = $2 WHERE id = $3 AND NOT EXISTS (SELECT 1 FROM users WHERE email = $1)")
        .bind(&new_email)
        .bind(now())
        .bind(user)
        .execute(&mut *tx)
        .await?;
    if changed.rows_affected() != 1 {
        tx.commit().await?;
        return Ok(EmailChange::Taken);
    }
    tx.commit().await?;
    Ok(EmailChange::Done(user, old, new_email))
}

/// A pending change of address, for the account page and the export.
pub async fn pending_email_change(db: &Db, user: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT new_email FROM email_changes WHERE user_id = $1 AND expires_at > $2")
        .bind(user)
        .bind(now())
        .fetch_optional(&db.pool)
        .await
}

#[cfg(test)]
mod tests {
    /// 24 password checks at once run at most one per core at a time.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn password_hashing_is_bounded_by_the_cores() {
        let hash = super::hash_password("correct horse battery".into())
            .await
            .unwrap();
        super::PEAK.store(0, std::sync::atomic::Ordering::SeqCst);
        let checks = (0..24).map(|i| {
            super::verify_password(
                if i == 0 {
                    "correct horse battery".into()
                } else {
                    format!("guess {i}")
                },
                Some(hash.clone()),
            )
        });
        let results = futures::future::join_all(checks).await;
        assert_eq!(results.iter().filter(|r| matches!(r, Ok(true))).count(), 1);
        let cores = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2);
        let peak = super::PEAK.load(std::sync::atomic::Ordering::SeqCst);
        assert!(
            peak >= 1 && peak <= cores,
            "{peak} hashes at once on {cores} cores"
        );
    }
}
