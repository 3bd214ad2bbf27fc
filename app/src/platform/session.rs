//! Sessions in the database. The browser holds a random token in an HttpOnly cookie;
//! the database holds only its SHA-256, so a copy of the database opens no session.
use super::{now, random_hex, Db, Settings};
use crate::i18n::Lang;
use crate::platform::people::{Contrast, Role, TextSize};
use sha2::{Digest, Sha256};

pub const COOKIE: &str = "ko_session";

pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The signed-in user as the request sees them.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SessionUser {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub district: crate::platform::district::District,
    pub role: Role,
    pub language: Lang,
    pub contrast: Contrast,
    pub text_size: TextSize,
}

/// The name a person shows on their account (for a clerk reading who proposed a project).
pub async fn display_name(db: &Db, account: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar::<_, String>("SELECT display_name FROM users WHERE id = $1")
        .bind(account)
        .fetch_optional(&db.pool)
        .await
}

/// How to reach an account: for an organiser's list of registrants, or news by e-mail.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Contact {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    /// The account's language code ("pl", "en", "uk").
    pub language: String,
}

/// The contacts of the given accounts (those that still exist), by id.
pub async fn contacts(
    db: &Db,
    accounts: &[i64],
) -> Result<std::collections::HashMap<i64, Contact>, sqlx::Error> {
    let mut out = std::collections::HashMap::new();
    // In chunks, so that a long list never makes an over-long statement.
    for chunk in accounts.chunks(500) {
        let list = chunk
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",");
        let rows: Vec<Contact> = sqlx::query_as(&format!(
            "SELECT id, email, display_name, language FROM users WHERE id IN ({list})"
        ))
        .fetch_all(&db.pool)
        .await?;
        out.extend(rows.into_iter().map(|c| (c.id, c)));
    }
    Ok(out)
}

/// Creates a session and returns the raw token for the cookie. The device label comes from
/// the request's User-Agent, when there is a request.
pub async fn create(db: &Db, settings: &Settings, user_id: i64) -> Result<String, sqlx::Error> {
    let token = random_hex(32);
    let now = now();
    let ua = leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|p| {
            p.headers
                .get(http::header::USER_AGENT)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        })
        .unwrap_or_default();
    sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, last_seen, expires_at, public_id, device) VALUES ($1, $2, $3, $3, $4, $5, $6)")
        .bind(hash_token(&token))
        .bind(user_id)
        .bind(now)
        .bind(now + settings.session_idle_secs)
        .bind(random_hex(8))
        .bind(device_label(&ua))
        .execute(&db.pool)
        .await?;
    Ok(token)
}

/// A coarse, recognisable name of a device from its User-Agent ("Firefox, Android"): enough
/// for a person to tell their phone from the office kiosk, nothing more is kept.
pub fn device_label(ua: &str) -> String {
    let browser = if ua.contains("Edg/") {
        "Edge"
    } else if ua.contains("OPR/") || ua.contains("Opera") {
        "Opera"
    } else if ua.contains("Firefox/") {
        "Firefox"
    } else if ua.contains("Chrome/") || ua.contains("Chromium/") {
        "Chrome"
    } else if ua.contains("Safari/") {
        "Safari"
    } else {
        ""
    };
    let system = if ua.contains("Android") {
        "Android"
    } else if ua.contains("iPhone") || ua.contains("iPad") {
        "iOS"
    } else if ua.contains("Windows") {
        "Windows"
    } else if ua.contains("Mac OS X") || ua.contains("Macintosh") {
        "macOS"
    } else if ua.contains("CrOS") {
        "ChromeOS"
    } else if ua.contains("Linux") {
        "Linux"
    } else {
        ""
    };
    [browser, system]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ")
}

/// One signed-in device of a user: (public id, device, signed in at, last used, is it this one).
pub async fn sessions_of(
    db: &Db,
    user_id: i64,
    current: Option<&str>,
) -> Result<Vec<(String, String, i64, i64, bool)>, sqlx::Error> {
    let current = current.map(hash_token).unwrap_or_default();
    let rows: Vec<(String, String, i64, i64, String)> = sqlx::query_as("SELECT public_id, device, created_at, last_seen, token_hash FROM sessions WHERE user_id = $1 AND expires_at > $2 ORDER BY last_seen DESC")
        .bind(user_id)
        .bind(now())
        .fetch_all(&db.pool)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, device, since, last, hash)| (id, device, since, last, hash == current))
        .collect())
}

/// Ends one session of this user by its public id; false if there is none such.
pub async fn destroy_by_public_id(
    db: &Db,
    user_id: i64,
    public_id: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM sessions WHERE user_id = $1 AND public_id = $2 AND public_id <> ''",
    )
    .bind(user_id)
    .bind(public_id)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// The user behind a token, if the session is alive. Extends the idle deadline
/// (at most once a minute, to spare the database), never past the absolute lifetime.
pub async fn lookup(
    db: &Db,
    settings: &Settings,
    token: &str,
) -> Result<Option<SessionUser>, sqlx::Error> {
    let hash = hash_token(token);
    let now = now();
    #[derive(sqlx::FromRow)]
    struct Found {
        #[sqlx(flatten)]
        user: SessionUser,
        created_at: i64,
        last_seen: i64,
    }
    let found: Option<Found> = sqlx::query_as(
        "SELECT u.id, u.email, u.display_name, u.district, u.role, u.language, u.contrast, u.text_size,
                s.created_at, s.last_seen
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.expires_at > $2",
    )
    .bind(&hash)
    .bind(now)
    .fetch_optional(&db.pool)
    .await?;
    let Some(Found {
        user,
        created_at: created,
        last_seen,
    }) = found
    else {
        return Ok(None);
    };
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
    Ok(Some(user))
}

pub async fn destroy(db: &Db, token: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(hash_token(token))
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Ends every session of a user except (optionally) the one in use.
pub async fn destroy_all_for_user(
    db: &Db,
    user_id: i64,
    keep: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(user_id)
        .bind(keep.map(hash_token).unwrap_or_default())
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn purge_expired(db: &Db) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
        .bind(now())
        .execute(&db.pool)
        .await?
        .rows_affected())
}

/// `Set-Cookie` value for a session token (or its removal when `token` is None).
pub fn cookie(settings: &Settings, token: Option<&str>) -> String {
    let secure = if settings.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    match token {
        Some(t) => format!("{COOKIE}={t}; Path=/; HttpOnly; SameSite=Lax{secure}"),
        None => format!("{COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn device_labels() {
        let firefox_android =
            "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0";
        assert_eq!(super::device_label(firefox_android), "Firefox, Android");
        let chrome_linux = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
        assert_eq!(super::device_label(chrome_linux), "Chrome, Linux");
        let safari_iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
        assert_eq!(super::device_label(safari_iphone), "Safari, iOS");
        assert_eq!(super::device_label("curl/8.0"), "");
    }
}
