//! Demo content of the participatory budget: the real Kraków 2022 edition (the city-wide
//! pool and all 18 district pools, 42,965 ballots) imported from the pabulib files in
//! server/data/pabulib, the Wieliczka 2023 Green Budget counted by Equal Shares, and a
//! current edition with voting open.
use konto_app::budget::{api, store};
use konto_app::forms::Money;
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
pub async fn import(
    db: &Db,
    name: &str,
    files: &[(&str, &str)],
    by: Option<i64>,
) -> Result<i64, BoxErr> {
    let files: Vec<(String, String)> = files
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    let id = store::import_pabulib(db, name, &files, by)
        .await
        .map_err(|e| e.to_string())?;
    let ed = store::edition(db, id)
        .await?
        .ok_or("edition just created")?;
    for pool in store::pools(db, id).await? {
        api::counting::pool_results(db, &ed, &pool).await?;
    }
    Ok(id)
}

pub async fn demo(db: &Db, by: i64, resident: i64) -> Result<(), BoxErr> {
    if !imported(db, KRAKOW_2022_NAME).await? {
        let id = import(db, KRAKOW_2022_NAME, &KRAKOW_2022, Some(by)).await?;
        tracing::info!(
            edition = id,
            "demo: Kraków 2022 participatory budget imported"
        );
    }
    if !imported(db, WIELICZKA_2023_NAME).await? {
        let id = import(db, WIELICZKA_2023_NAME, &[WIELICZKA_2023], Some(by)).await?;
        tracing::info!(edition = id, "demo: Wieliczka 2023 Green Budget imported");
    }
    if !imported(db, CURRENT_NAME).await? {
        let id = current(db, by).await?;
        tracing::info!(
            edition = id,
            "demo: the current participatory budget edition created (voting open)"
        );
    }
    if !imported(db, NEXT_NAME).await? {
        let id = next(db, by, resident).await?;
        tracing::info!(
            edition = id,
            "demo: the next participatory budget edition created (proposals open)"
        );
    }
    Ok(())
}

pub const NEXT_NAME: &str = "Budżet Obywatelski Krakowa 2027 (XIV edycja)";

/// The next edition: proposals open for a month more, then verification and voting; the
/// same pools as the current one; three proposals of the demo resident (one waiting, one
/// rejected with a reason she may appeal, one accepted).
pub async fn next(db: &Db, by: i64, resident: i64) -> Result<i64, BoxErr> {
    use konto_app::budget::rules::{BallotRule, ProjectProposal, ProjectStatus, Timetable};
    use konto_app::budget::Counting;
    use konto_app::forms::District;
    use konto_app::platform::now;
    let t = now();
    let day = 86_400;
    let tt = Timetable {
        submission_opens: t - 10 * day,
        submission_closes: t + 30 * day,
        voting_opens: t + 45 * day,
        voting_closes: t + 60 * day,
        results_at: t + 67 * day,
    };
    let id = store::create_edition(
        db,
        NEXT_NAME,
        &tt,
        &BallotRule::Krakow { picks: 3 },
        &Counting::krakow(),
        false,
        "",
        Some(by),
    )
    .await?;
    let city = add_city_pool(db, id).await?;
    let mut district_pools = Vec::new();
    for d in District::all() {
        district_pools.push(
            store::add_pool(
                db,
                id,
                Some(d),
                &d.label(),
                Money::from_grosze(DISTRICT_POOLS[d.number() as usize - 1] * 100),
            )
            .await?,
        );
    }
    let proposals = [
        (district_pools[12], "Ławki z oparciem na Bulwarach Wiślanych w Podgórzu", "Dwadzieścia ławek z oparciem i podłokietnikami co 100 metrów między kładką Bernatka a mostem Kotlarskim.", 180_000, "social", "Bulwar Podgórski", ProjectStatus::Submitted, ""),
        (city, "Darmowa komunikacja miejska w weekendy", "Bilety bezpłatne w soboty i niedziele na wszystkich liniach.", 2_000_000, "transport", "Cały Kraków", ProjectStatus::Rejected, "Projekt wymagałby zmiany uchwały taryfowej i corocznych wydatków; budżet obywatelski finansuje zadania jednorazowe."),
        (district_pools[12], "Łąka kwietna przy ul. Limanowskiego", "Zamiana 2 000 m² trawnika na łąkę kwietną z tablicą o owadach zapylających.", 60_000, "green", "ul. Limanowskiego 60", ProjectStatus::Accepted, ""),
    ];
    for (pool, title, description, cost, category, address, status, reason) in proposals {
        let pool = store::pool(db, pool).await?.ok_or("pool just created")?;
        let p = ProjectProposal {
            title: title.into(),
            description: description.into(),
            cost: Money::from_grosze(cost * 100),
            category: category.into(),
            address: address.into(),
        };
        let project = store::submit_project(db, id, &pool, &p, resident).await?;
        if status != ProjectStatus::Submitted {
            store::decide(db, project, ProjectStatus::Submitted, status, reason, by).await?;
        }
    }
    Ok(id)
}

pub const CURRENT_NAME: &str = "Budżet Obywatelski Krakowa 2026 (XIII edycja)";

/// The district pools of the current edition, in złoty: about 40.8 mln zł shared by size.
const DISTRICT_POOLS: [i64; 18] = [
    1_400_000, 1_650_000, 2_650_000, 3_100_000, 2_300_000, 1_200_000, 1_050_000, 3_300_000,
    1_450_000, 1_100_000, 2_450_000, 3_200_000, 2_150_000, 1_700_000, 2_350_000, 1_800_000,
    1_100_000, 2_850_000,
];

const CITY_PROJECTS: [(&str, i64); 12] = [
    ("Zielone przystanki tramwajowe", 1_800_000),
    ("Drzewa zamiast betonu na placach", 2_000_000),
    ("Bezpłatne kursy pierwszej pomocy dla mieszkańców", 250_000),
    ("Nocne linie rowerowe: oświetlenie tras", 1_500_000),
    ("Kąpieliska miejskie czynne dłużej", 600_000),
    ("Poidełka z wodą pitną w parkach", 400_000),
    ("Schronisko dla zwierząt: nowe wybiegi", 900_000),
    ("Łąki kwietne wzdłuż Wisły", 350_000),
    ("Sportowe wakacje w mieście dla dzieci", 500_000),
    ("Toalety publiczne dostępne dla wszystkich", 1_200_000),
    ("Biblioteki otwarte w weekendy", 700_000),
    ("Ławki z oparciem dla seniorów w całym mieście", 300_000),
];

const DISTRICT_PROJECTS: [(&str, i64); 3] = [
    ("Nasadzenia drzew i krzewów", 450_000),
    ("Nowy plac zabaw dostępny dla wszystkich dzieci", 900_000),
    ("Doświetlenie przejść dla pieszych", 600_000),
];

/// The current edition: voting open for two more weeks, a city-wide pool of 10.2 mln zł and
/// all 18 district pools, 66 projects, three voting points and 3,000 generated ballots
/// (demo ballots are not linked to people; results are published after the close).
pub async fn current(db: &Db, by: i64) -> Result<i64, BoxErr> {
    use konto_app::budget::rules::{krakow_points, BallotRule, Timetable};
    use konto_app::budget::Counting;
    use konto_app::forms::District;
    use konto_app::platform::{krakow_time as kt, now};
    let t = now();
    let day = 86_400;
    let tt = Timetable {
        submission_opens: t - 120 * day,
        submission_closes: t - 90 * day,
        voting_opens: t - 7 * day,
        voting_closes: t + 14 * day,
        results_at: t + 21 * day,
    };
    let id = store::create_edition(
        db,
        CURRENT_NAME,
        &tt,
        &BallotRule::Krakow { picks: 3 },
        &Counting::krakow(),
        false,
        "",
        Some(by),
    )
    .await?;
    let city = add_city_pool(db, id).await?;
    let mut city_projects = Vec::new();
    for (k, (title, cost)) in CITY_PROJECTS.iter().enumerate() {
        let np = store::NewProject {
            number: &format!("{}", k + 1),
            title,
            description: "",
            cost: Money::from_grosze(cost * 100),
            category: "",
            address: "",
            status: "accepted",
            author: None,
        };
        city_projects.push(store::add_project(db, id, city, &np).await?);
    }
    let mut district_projects = Vec::new();
    let mut district_pool = Vec::new();
    for d in District::all() {
        let pool = store::add_pool(
            db,
            id,
            Some(d),
            &d.label(),
            Money::from_grosze(DISTRICT_POOLS[d.number() as usize - 1] * 100),
        )
        .await?;
        district_pool.push(pool);
        let mut ids = Vec::new();
        for (k, (title, cost)) in DISTRICT_PROJECTS.iter().enumerate() {
            let title = format!("{title}: {}", d.name());
            let np = store::NewProject {
                number: &format!("{}-{}", d.roman(), k + 1),
                title: &title,
                description: "",
                cost: Money::from_grosze(cost * 100),
                category: "",
                address: "",
                status: "accepted",
                author: None,
            };
            ids.push(store::add_project(db, id, pool, &np).await?);
        }
        district_projects.push(ids);
    }
    store::add_point(
        db,
        id,
        "Urząd Miasta Krakowa, pl. Wszystkich Świętych 3/4",
        "pl. Wszystkich Świętych 3/4",
        District::new(1),
    )
    .await?;
    store::add_point(
        db,
        id,
        "Urząd Miasta Krakowa, os. Zgody 2",
        "os. Zgody 2",
        District::new(18),
    )
    .await?;
    store::add_point(
        db,
        id,
        "Urząd Miasta Krakowa, ul. Wielicka 28a",
        "ul. Wielicka 28a",
        District::new(13),
    )
    .await?;
    // 3,000 ballots from a fixed seed: popular projects more often, 70 % online.
    let mut state: u64 = 2026;
    let mut next = move |n: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n
    };
    let pick3 = |n: usize, next: &mut dyn FnMut(usize) -> usize| {
        let mut v: Vec<usize> = Vec::new();
        while v.len() < 3 {
            // Earlier projects are more popular: the smaller of two draws.
            let x = next(n).min(next(n));
            if !v.contains(&x) {
                v.push(x);
            }
        }
        v
    };
    let mut ballots = Vec::new();
    for _ in 0..3000 {
        let d = next(18);
        let mut choices = Vec::new();
        for (pos, k) in pick3(city_projects.len(), &mut next)
            .into_iter()
            .enumerate()
        {
            choices.push((city, city_projects[k], pos as u32 + 1, krakow_points(pos)));
        }
        for (pos, k) in pick3(3, &mut next).into_iter().enumerate() {
            choices.push((
                district_pool[d],
                district_projects[d][k],
                pos as u32 + 1,
                krakow_points(pos),
            ));
        }
        let channel = if next(10) < 7 { "online" } else { "paper" };
        let when = tt.voting_opens + (next(7 * 24) as i64) * 3600;
        ballots.push(store::NewBallot {
            receipt: store::new_receipt(),
            channel,
            district: District::new(d as u8 + 1),
            day: kt::date(when),
            choices,
        });
    }
    store::insert_ballots(db, id, &ballots).await?;
    Ok(id)
}

/// The city-wide pool of a demo edition: 10.2 million zł, as in Kraków's 2025 edition.
async fn add_city_pool(db: &Db, edition: i64) -> Result<i64, sqlx::Error> {
    store::add_pool(
        db,
        edition,
        None,
        "Pula ogólnomiejska",
        Money::from_grosze(10_200_000 * 100),
    )
    .await
}
