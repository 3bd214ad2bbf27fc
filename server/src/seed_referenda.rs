//! Demo content of district referenda: one open (Zwierzyniec, yes/no, with a quorum), two
//! closed (a multiple-choice question for two districts, and a yes/no question that missed
//! its quorum) and one upcoming. The numbers entitled to vote are round demo figures, not
//! the register's.
use konto_app::platform::{now, Db};
use konto_app::referenda::rules::check_new;
use konto_app::referenda::store;

type BoxErr = Box<dyn std::error::Error + Send + Sync>;

struct Demo {
    title: &'static str,
    question: &'static str,
    description: &'static str,
    kind: &'static str,
    options: &'static str,
    districts: &'static [&'static str],
    electorate: &'static str,
    quorum: &'static str,
    /// Days from now.
    opens: i64,
    closes: i64,
    /// Votes per (district, answer).
    votes: &'static [(u8, usize, u64)],
}

const DEMOS: [Demo; 4] = [
    Demo {
        title: "Park kieszonkowy przy ul. Królowej Jadwigi",
        question: "Czy na miejskiej działce przy ul. Królowej Jadwigi 41 ma powstać park kieszonkowy zamiast parkingu?",
        description: "Działka ma 1 800 m². Rada Dzielnicy VII Zwierzyniec pyta mieszkańców przed złożeniem wniosku do budżetu miasta.\n\nPark kieszonkowy: drzewa, ławki, poidełko. Parking: 60 miejsc.",
        kind: "yes-no",
        options: "",
        districts: &["7"],
        electorate: "17 000",
        quorum: "10",
        opens: -3,
        closes: 11,
        votes: &[(7, 0, 811), (7, 1, 429)],
    },
    Demo {
        title: "Nazwa nowego skweru na granicy Bieńczyc i Mistrzejowic",
        question: "Jak nazwać nowy skwer przy ul. Kniaźnina?",
        description: "",
        kind: "choice",
        options: "Skwer Sąsiedzki\nSkwer Nowohucki Ogród\nSkwer im. Wisławy Szymborskiej",
        districts: &["15", "16"],
        electorate: "80 000",
        quorum: "",
        opens: -45,
        closes: -31,
        votes: &[(15, 0, 1_204), (15, 1, 877), (15, 2, 2_310), (16, 0, 1_566), (16, 1, 1_120), (16, 2, 1_904)],
    },
    Demo {
        title: "Strefa płatnego parkowania na Ludwinowie",
        question: "Czy strefa płatnego parkowania ma objąć Ludwinów?",
        description: "",
        kind: "yes-no",
        options: "",
        districts: &["8"],
        electorate: "50 000",
        quorum: "30",
        opens: -60,
        closes: -46,
        votes: &[(8, 0, 2_480), (8, 1, 3_620)],
    },
    Demo {
        title: "Godziny otwarcia basenu w Nowej Hucie",
        question: "Od której godziny ma być otwarty basen przy os. Złotego Wieku w dni robocze?",
        description: "",
        kind: "choice",
        options: "Od 6:00\nOd 7:00\nOd 8:00",
        districts: &["18"],
        electorate: "45 000",
        quorum: "",
        opens: 10,
        closes: 24,
        votes: &[],
    },
];

pub async fn demo(db: &Db, by: i64) -> Result<(), BoxErr> {
    let existing: Vec<String> = store::all(db).await?.into_iter().map(|r| r.title).collect();
    let day = 86_400;
    for d in DEMOS
        .iter()
        .filter(|d| !existing.iter().any(|t| t == d.title))
    {
        let districts: Vec<String> = d.districts.iter().map(|s| s.to_string()).collect();
        let n = check_new(
            d.title,
            d.question,
            d.description,
            d.kind,
            d.options,
            &districts,
            d.electorate,
            d.quorum,
        )
        .map_err(|e| format!("demo referendum: {e:?}"))?;
        let t = now();
        let id = store::create(db, &n, t + d.opens * day, t + d.closes * day, Some(by)).await?;
        store::add_counts(db, id, d.votes).await?;
        tracing::info!(referendum = id, "demo: district referendum created");
    }
    Ok(())
}
