//! The first administrator (from configuration) and the demo accounts.
use crate::config::AdminSeed;
use konto_app::accounts::rules::{check_new_password, DisplayName, Email};
use konto_app::accounts::store;
use konto_app::i18n::Lang;
use konto_app::platform::people::{DisplayPrefs, Role};
use konto_app::platform::{audit, Db};

type BoxErr = Box<dyn std::error::Error + Send + Sync>;

/// Creates the account with the given role unless the address is already registered.
/// Returns whether it was created.
pub async fn ensure_user(
    db: &Db,
    email: &str,
    password: &str,
    name: &str,
    district: i64,
    role: Role,
) -> Result<bool, BoxErr> {
    let email = Email::parse(email).map_err(|p| format!("e-mail: {p:?}"))?;
    let name = DisplayName::parse(name).map_err(|p| format!("name: {p:?}"))?;
    let district = u8::try_from(district)
        .ok()
        .and_then(konto_app::forms::District::new)
        .ok_or_else(|| format!("district: {district}"))?;
    check_new_password(password, Some(email.as_str())).map_err(|p| format!("password: {p:?}"))?;
    if store::find_credentials(db, email.as_str()).await?.is_some() {
        return Ok(false);
    }
    let hash = store::hash_password(password.to_string())
        .await
        .map_err(|e| e.to_string())?;
    let id = store::create_user(
        db,
        &store::NewUser {
            email: email.as_str(),
            password_hash: &hash,
            display_name: name.as_str(),
            district,
            role,
            language: Lang::Pl,
            prefs: DisplayPrefs::default(),
        },
    )
    .await?;
    if let Some(id) = id {
        audit::record(db, None, "account_created", Some(id), role.code()).await?;
    }
    Ok(id.is_some())
}

pub async fn ensure_admin(db: &Db, a: &AdminSeed) -> Result<(), BoxErr> {
    if ensure_user(db, &a.email, &a.password, &a.name, 1, Role::Admin).await? {
        tracing::info!("first administrator created");
    }
    Ok(())
}

/// The demo accounts the README lists (only with KO_DEMO=1).
pub const DEMO_ACCOUNTS: [(&str, &str, &str, i64, Role); 6] = [
    (
        "mieszkanka@example.pl",
        "Krakow-mieszkanka-2026",
        "Anna Nowak",
        13,
        Role::Resident,
    ),
    (
        "urzednik@example.pl",
        "Krakow-urzednik-2026",
        "Piotr Urzędnik",
        1,
        Role::Clerk,
    ),
    (
        "admin@example.pl",
        "Krakow-admin-2026",
        "Ewa Administratorka",
        1,
        Role::Admin,
    ),
    (
        "kontroler@example.pl",
        "Krakow-kontroler-2026",
        "Jan Kontroler",
        1,
        Role::Inspector,
    ),
    (
        "podatnik@example.pl",
        "Krakow-podatnik-2026",
        "Marek Kowalski",
        14,
        Role::Resident,
    ),
    (
        "podatki@example.pl",
        "Krakow-podatki-2026",
        "Teresa Podatkowa",
        1,
        Role::TaxClerk,
    ),
];

pub async fn demo(
    db: &Db,
    documents_dir: &std::path::Path,
    identity_key: &[u8],
) -> Result<(), BoxErr> {
    for (email, password, name, district, role) in DEMO_ACCOUNTS {
        ensure_user(db, email, password, name, district, role).await?;
    }
    let clerk: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(DEMO_ACCOUNTS[1].0)
        .fetch_one(&db.pool)
        .await?;
    crate::seed_surveys::demo(db, clerk).await?;
    let resident: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(DEMO_ACCOUNTS[0].0)
        .fetch_one(&db.pool)
        .await?;
    crate::seed_budget::demo(db, clerk, resident).await?;
    crate::seed_referenda::demo(db, clerk).await?;
    crate::seed_consultations::demo(db, clerk, resident, documents_dir).await?;
    let taxpayer: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(DEMO_ACCOUNTS[4].0)
        .fetch_one(&db.pool)
        .await?;
    crate::seed_taxes::demo(db, identity_key, clerk, taxpayer).await?;
    Ok(())
}
