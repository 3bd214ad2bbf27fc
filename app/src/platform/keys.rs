//! The server's secret keys, kept outside the database they protect.
//!
//! A keyed hash (HMAC-SHA-256) stands for a voter (PESEL, or birth date, sex and document)
//! and for a survey participant. With the key in the same database, a copy of the database
//! was enough to recover a PESEL in seconds by trying birth dates. So the keys live in a
//! file under the data folder (`data/keys/server.keys`, mode 0600, made on first start), or
//! in environment variables, never in a table. The database keeps only a fingerprint of
//! each key (an HMAC of a fixed text under the key: it reveals nothing of the key) so that an
//! instance started with other keys refuses to start instead of counting people twice.
//!
//! File format, one key a line: `identity=<64 hex digits>` and `participation=<64 hex>`.
//! Environment variables `KO_IDENTITY_KEY` and `KO_PARTICIPATION_KEY` (64 hex digits each)
//! take precedence over the file.
use hmac::{Hmac, Mac};
use std::path::Path;

#[derive(Clone)]
pub struct Keys {
    identity: [u8; 32],
    participation: [u8; 32],
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keys(…)")
    }
}

/// The names of the keys, as in the file and the fingerprints table.
pub const NAMES: [&str; 2] = ["identity", "participation"];

fn parse_hex(v: &str) -> Option<[u8; 32]> {
    let bytes = hex::decode(v.trim()).ok()?;
    bytes.try_into().ok()
}

impl Keys {
    /// Fresh random keys (tests, and the first start).
    pub fn random() -> Keys {
        Keys {
            identity: rand::random(),
            participation: rand::random(),
        }
    }

    /// The key that stands for a person's identity (budget ballots, referendum votes).
    pub fn identity(&self) -> &[u8] {
        &self.identity
    }

    /// The key of survey participation records.
    pub fn participation(&self) -> &[u8] {
        &self.participation
    }

    fn get(&self, name: &str) -> &[u8; 32] {
        if name == "identity" {
            &self.identity
        } else {
            &self.participation
        }
    }

    /// The text of a key file.
    pub fn to_file_text(&self) -> String {
        format!(
            "# Konto Obywatelskie server keys. Keep secret, back up apart from the database.\nidentity={}\nparticipation={}\n",
            hex::encode(self.identity),
            hex::encode(self.participation)
        )
    }

    /// Reads a key file's text; every key must be there.
    pub fn from_file_text(text: &str) -> Result<Keys, String> {
        let mut found: [Option<[u8; 32]>; 2] = [None, None];
        for line in text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let (k, v) = line.split_once('=').ok_or_else(|| {
                format!(
                    "not `name=hex`: {}",
                    line.chars().take(20).collect::<String>()
                )
            })?;
            let i = NAMES
                .iter()
                .position(|n| *n == k.trim())
                .ok_or_else(|| format!("unknown key {}", k.trim()))?;
            found[i] = Some(
                parse_hex(v)
                    .ok_or_else(|| format!("{}: 64 hexadecimal digits expected", k.trim()))?,
            );
        }
        match found {
            [Some(identity), Some(participation)] => Ok(Keys {
                identity,
                participation,
            }),
            _ => Err("the key file must have both `identity=` and `participation=`".into()),
        }
    }

    /// Loads the keys: the environment first, then the file; a missing file is created with
    /// fresh keys (or with `legacy_identity`, the identity key older versions kept in the
    /// database, so that earlier votes keep their hashes) and mode 0600.
    pub fn load_or_create(path: &Path, legacy_identity: Option<Vec<u8>>) -> Result<Keys, String> {
        let env = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let mut keys = if path.exists() {
            let text =
                std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            Keys::from_file_text(&text).map_err(|e| format!("{}: {e}", path.display()))?
        } else if env("KO_IDENTITY_KEY").is_some() && env("KO_PARTICIPATION_KEY").is_some() {
            Keys::random()
        } else {
            let mut k = Keys::random();
            if let Some(legacy) = legacy_identity.and_then(|l| <[u8; 32]>::try_from(l).ok()) {
                k.identity = legacy;
            }
            write_private(path, &k.to_file_text())
                .map_err(|e| format!("{}: {e}", path.display()))?;
            k
        };
        if let Some(v) = env("KO_IDENTITY_KEY") {
            keys.identity =
                parse_hex(&v).ok_or("KO_IDENTITY_KEY: 64 hexadecimal digits expected")?;
        }
        if let Some(v) = env("KO_PARTICIPATION_KEY") {
            keys.participation =
                parse_hex(&v).ok_or("KO_PARTICIPATION_KEY: 64 hexadecimal digits expected")?;
        }
        Ok(keys)
    }

    /// What the database may keep of a key: an HMAC of a fixed text under it.
    pub fn fingerprint(&self, name: &str) -> String {
        hmac_hex(self.get(name), b"konto-key-fingerprint")
    }
}

/// HMAC-SHA-256 of `data` under `key`, as lowercase hex.
pub fn hmac_hex(key: &[u8], data: &[u8]) -> String {
    let mut mac =
        <Hmac<sha2::Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(data);
    hex::encode(mac.finalize().into_bytes())
}

/// Writes a new file only its owner can read (0600; the folder is made owner-only too);
/// refuses to overwrite one.
pub fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        }
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(path)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()
}

/// Checks the keys against the fingerprints in the database, recording them on first use:
/// an instance with other keys than the rest refuses to start.
pub async fn check_fingerprints(db: &super::Db, keys: &Keys) -> Result<(), String> {
    for name in NAMES {
        let fp = keys.fingerprint(name);
        sqlx::query("INSERT INTO key_fingerprints (name, fingerprint) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING")
            .bind(name)
            .bind(&fp)
            .execute(&db.pool)
            .await
            .map_err(|e| e.to_string())?;
        let stored: String =
            sqlx::query_scalar("SELECT fingerprint FROM key_fingerprints WHERE name = $1")
                .bind(name)
                .fetch_one(&db.pool)
                .await
                .map_err(|e| e.to_string())?;
        if stored != fp {
            return Err(format!(
                "the {name} key differs from the one this database was used with: give every instance the same key file (KO_KEY_FILE) or KO_*_KEY variables"
            ));
        }
    }
    Ok(())
}

/// The identity key older versions kept in the database (table `server_keys`), if it is
/// still there: read once before the migration that drops the table.
pub async fn legacy_identity_key(db: &super::Db) -> Option<Vec<u8>> {
    let value: String = sqlx::query_scalar("SELECT value FROM server_keys WHERE name = 'identity'")
        .fetch_optional(&db.pool)
        .await
        .ok()??;
    hex::decode(value).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_files_round_trip_and_are_checked() {
        let k = Keys::random();
        let back = Keys::from_file_text(&k.to_file_text()).unwrap();
        assert_eq!(back.identity(), k.identity());
        assert_eq!(back.participation(), k.participation());
        assert!(Keys::from_file_text("identity=00").is_err());
        assert!(
            Keys::from_file_text(&format!("identity={}", "ab".repeat(32))).is_err(),
            "both keys are required"
        );
        assert!(Keys::from_file_text("nonsense").is_err());
        assert_ne!(k.fingerprint("identity"), k.fingerprint("participation"));
        assert!(!k
            .fingerprint("identity")
            .contains(&hex::encode(k.identity())));
    }

    #[test]
    fn a_new_key_file_is_private_and_keeps_a_legacy_key() {
        let dir =
            std::env::temp_dir().join(format!("konto-keys-{}", crate::platform::random_hex(6)));
        let path = dir.join("keys/server.keys");
        let legacy = vec![7u8; 32];
        let k = Keys::load_or_create(&path, Some(legacy.clone())).unwrap();
        assert_eq!(k.identity(), &legacy[..]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        // The second start reads the same keys.
        let again = Keys::load_or_create(&path, None).unwrap();
        assert_eq!(again.participation(), k.participation());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
