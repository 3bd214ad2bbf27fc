//! Sessions in the database. The browser holds a random token in an HttpOnly cookie;
//! the database holds only its SHA-256, so a copy of the database opens no session.
use super::{now, random_hex, Db, Settings};
use crate::accounts::{Contrast, Role, TextSize};
use crate::i18n::Lang;
use sha2::{Digest, Sha256};
use sqlx::Row;

pub const COOKIE: &str = "ko_session";

pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The signed-in user as the request sees them.
#[derive(Clone, Debug)]
pub struct SessionUser {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub district: i64,
    pub role: Role,
    pub language: Lang,
    pub contrast: Contrast,
    pub text_size: TextSize,
}

/// Creates a session and returns the raw token for the cookie.
pub async fn create(db: &Db, settings: &Settings, user_id: i64) -> Result<String, sqlx::Error> {
    let token = random_hex(32);
    let now = now();
    sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, last_seen, expires_at) VALUES ($1, $2, $3, $3, $4)")
        .bind(hash_token(&token))
        .bind(user_id)
        .bind(now)
        .bind(now + settings.session_idle_secs)
        .execute(&db.pool)
        .await?;
    Ok(token)
}

/// The user behind a token, if the session is alive. Extends the idle deadline
/// (at most once a minute, to spare the database), never past the absolute lifetime.
pub async fn lookup(db: &Db, settings: &Settings, token: &str) -> Result<Option<SessionUser>, sqlx::Error> {
    let hash = hash_token(token);
    let now = now();
    let row = sqlx::query(
        "SELECT u.id, u.email, u.display_name, u.district, u.role, u.language, u.contrast, u.text_size,
                s.created_at, s.last_seen
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.expires_at > $2",
    )
    .bind(&hash)
    .bind(now)
    .fetch_optional(&db.pool)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let created: i64 = r.get(8);
    let last_seen: i64 = r.get(9);
    if created + settings.session_max_secs <= now {
        destroy(db, token).await?;
        return Ok(None);
    }
    if now - last_seen >= 60 {
        let expires = (now + settings.session_idle_secs).min(created + settings.session_max_secs);
        sqlx::query("UPDATE sessions SET last_seen = $1, expires_at = $2 WHERE token_hash = $3")
            .bind(now)
            .bind(expires)
            .bind(&hash)
            .execute(&db.pool)
            .await?;
    }
    Ok(Some(SessionUser {
        id: r.get(0),
        email: r.get(1),
        display_name: r.get(2),
        district: r.get(3),
        role: Role::from_code(&r.get::<String, _>(4)),
        language: Lang::from_code(&r.get::<String, _>(5)).unwrap_or_default(),
        contrast: Contrast::from_code(&r.get::<String, _>(6)),
        text_size: TextSize::from_code(&r.get::<String, _>(7)),
    }))
}

pub async fn destroy(db: &Db, token: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(hash_token(token)).execute(&db.pool).await?;
    Ok(())
}

/// Ends every session of a user except (optionally) the one in use.
pub async fn destroy_all_for_user(db: &Db, user_id: i64, keep: Option<&str>) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(user_id)
        .bind(keep.map(hash_token).unwrap_or_default())
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn purge_expired(db: &Db) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM sessions WHERE expires_at <= $1").bind(now()).execute(&db.pool).await?.rows_affected())
}

/// `Set-Cookie` value for a session token (or its removal when `token` is None).
pub fn cookie(settings: &Settings, token: Option<&str>) -> String {
    let secure = if settings.secure_cookies { "; Secure" } else { "" };
    match token {
        Some(t) => format!("{COOKIE}={t}; Path=/; HttpOnly; SameSite=Lax{secure}"),
        None => format!("{COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}"),
    }
}
