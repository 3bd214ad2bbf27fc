//! Demo content of the participatory budget: the real Kraków 2022 edition (the city-wide
//! pool and all 18 district pools, 42,965 ballots) imported from the pabulib files in
//! server/data/pabulib, and the Wieliczka 2023 Green Budget counted by Equal Shares.
use konto_app::budget::{api, store};
use konto_app::platform::Db;

type BoxErr = Box<dyn std::error::Error + Send + Sync>;

macro_rules! pb {
    ($name:literal) => {
        ($name, include_str!(concat!("../data/pabulib/", $name)))
    };
}

/// The Kraków 2022 files: city-wide first, then the districts.
pub const KRAKOW_2022: [(&str, &str); 19] = [
    pb!("Poland_Krakow_2022.pb"),
    pb!("Poland_Krakow_2022_Bienczyce.pb"),
    pb!("Poland_Krakow_2022_Biezanow-Prokocim.pb"),
    pb!("Poland_Krakow_2022_Bronowice.pb"),
    pb!("Poland_Krakow_2022_Czyzyny.pb"),
    pb!("Poland_Krakow_2022_Debniki.pb"),
    pb!("Poland_Krakow_2022_Grzegorzki.pb"),
    pb!("Poland_Krakow_2022_Krowodrza.pb"),
    pb!("Poland_Krakow_2022_Lagiewniki-Borek_Falecki.pb"),
    pb!("Poland_Krakow_2022_Mistrzejowice.pb"),
    pb!("Poland_Krakow_2022_Nowa_Huta.pb"),
    pb!("Poland_Krakow_2022_Podgorze.pb"),
    pb!("Poland_Krakow_2022_Podgorze_Duchackie.pb"),
    pb!("Poland_Krakow_2022_Pradnik_Bialy.pb"),
    pb!("Poland_Krakow_2022_Pradnik_Czerwony.pb"),
    pb!("Poland_Krakow_2022_Stare_Miasto.pb"),
    pb!("Poland_Krakow_2022_Swoszowice.pb"),
    pb!("Poland_Krakow_2022_Wzgorza_Krzeslawickie.pb"),
    pb!("Poland_Krakow_2022_Zwierzyniec.pb"),
];

pub const WIELICZKA_2023: (&str, &str) = pb!("Poland_Wieliczka_2023_Green_Budget.pb");

pub const KRAKOW_2022_NAME: &str = "Budżet Obywatelski Krakowa 2022 (IX edycja)";
pub const WIELICZKA_2023_NAME: &str = "Wieliczka 2023: Zielony Budżet";

async fn imported(db: &Db, name: &str) -> Result<bool, sqlx::Error> {
    Ok(store::editions(db).await?.iter().any(|e| e.name == name))
}

/// Imports the files as one simulation edition and counts every pool once, so the first
/// visitor does not wait for Equal Shares.
pub async fn import(db: &Db, name: &str, files: &[(&str, &str)], by: Option<i64>) -> Result<i64, BoxErr> {
    let files: Vec<(String, String)> = files.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect();
    let id = store::import_pabulib(db, name, &files, by).await.map_err(|e| e.to_string())?;
    let ed = store::edition(db, id).await?.ok_or("edition just created")?;
    for pool in store::pools(db, id).await? {
        api::counting::pool(db, &ed, &pool).await?;
    }
    Ok(id)
}

pub async fn demo(db: &Db, by: i64) -> Result<(), BoxErr> {
    if !imported(db, KRAKOW_2022_NAME).await? {
        let id = import(db, KRAKOW_2022_NAME, &KRAKOW_2022, Some(by)).await?;
        tracing::info!(edition = id, "demo: Kraków 2022 participatory budget imported");
    }
    if !imported(db, WIELICZKA_2023_NAME).await? {
        let id = import(db, WIELICZKA_2023_NAME, &[WIELICZKA_2023], Some(by)).await?;
        tracing::info!(edition = id, "demo: Wieliczka 2023 Green Budget imported");
    }
    Ok(())
}
