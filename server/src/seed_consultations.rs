//! Generated opinion-map conversations: residents in camps that answer statements alike,
//! for the demo consultation's opinion map and for the benchmarks. Deterministic for a seed
//! (a seeded `StdRng`), so that a benchmark and its reference compute the same votes.
use konto_app::consultations::opinions::{Vote, Votes};
use konto_app::consultations::rules::{day_of, Form, Moderation, Timeline, Topic};
use konto_app::consultations::store::{self, NewConsultation};
use konto_app::consultations::Section;
use konto_app::forms::District;
use konto_app::platform::{now, Db};
use rand::rngs::StdRng;
use rand::seq::index::sample;
use rand::{Rng, SeedableRng};

/// How a generated conversation looks.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    pub participants: usize,
    pub statements: usize,
    /// Statements each participant answers (fewer when there are fewer statements).
    pub votes_each: usize,
    /// Camps of residents who think alike; participant p is in camp p mod camps.
    pub camps: usize,
    /// Share of answers that are a pass.
    pub pass: f64,
    pub seed: u64,
}

/// Each camp leans on each statement: agrees with probability 0.85, 0.15 or 0.5 (a
/// statement it does not care about), drawn once per (camp, statement). Every participant
/// answers a random set of `votes_each` statements.
pub fn generate(shape: Shape) -> Votes {
    let mut rng = StdRng::seed_from_u64(shape.seed);
    let lean: Vec<Vec<f64>> = (0..shape.camps)
        .map(|_| {
            (0..shape.statements)
                .map(|_| match rng.gen_range(0..5) {
                    0 | 1 => 0.85,
                    2 | 3 => 0.15,
                    _ => 0.5,
                })
                .collect()
        })
        .collect();
    generate_with(&lean, shape, &mut rng)
}

/// Votes from given leanings: `lean[camp][statement]` is the probability that a member of
/// the camp agrees (when they do not pass).
pub fn generate_with(lean: &[Vec<f64>], shape: Shape, rng: &mut StdRng) -> Votes {
    let each = shape.votes_each.min(shape.statements);
    let mut votes = Vec::with_capacity(shape.participants * each);
    for p in 0..shape.participants {
        let camp = p % shape.camps.max(1);
        for s in sample(rng, shape.statements, each) {
            let vote = if rng.gen_bool(shape.pass) {
                Vote::Pass
            } else if rng.gen_bool(lean[camp][s]) {
                Vote::Agree
            } else {
                Vote::Disagree
            };
            votes.push((p as u32, s as u32, vote));
        }
    }
    Votes {
        participants: shape.participants,
        statements: shape.statements,
        excluded: vec![false; shape.statements],
        votes,
    }
}

type BoxErr = Box<dyn std::error::Error + Send + Sync>;

fn days(n: i64) -> jiff::Span {
    jiff::Span::new().days(n)
}

fn section(anchor: &str, heading: &str, body: &str) -> Section {
    Section {
        anchor: anchor.into(),
        heading: heading.into(),
        body: body.into(),
    }
}

/// The transport consultation's statements and how each of three camps leans on them
/// (probability of agreeing): camp 0 wants trams and buses first, camp 1 drives and wants
/// roads kept, camp 2 commutes from the outskirts and wants park-and-ride and fast links.
const TRANSPORT: [(&str, [f64; 3]); 18] = [
    (
        "Buspasy powinny działać całą dobę, nie tylko w godzinach szczytu.",
        [0.9, 0.1, 0.5],
    ),
    (
        "Tramwaj na Azory trzeba zbudować przed nowymi drogami.",
        [0.9, 0.2, 0.4],
    ),
    (
        "Na Alejach Trzech Wieszczów powinien zostać pas dla samochodów w każdą stronę.",
        [0.2, 0.9, 0.5],
    ),
    (
        "Parkingi Park & Ride przy pętlach powinny być bezpłatne z biletem okresowym.",
        [0.25, 0.3, 0.95],
    ),
    (
        "Linie nocne powinny kursować co 30 minut także w tygodniu.",
        [0.8, 0.75, 0.1],
    ),
    (
        "Strefa płatnego parkowania powinna objąć kolejne dzielnice.",
        [0.8, 0.1, 0.3],
    ),
    (
        "Pociągi aglomeracyjne powinny jeździć co 15 minut do Wieliczki i Skawiny.",
        [0.3, 0.25, 0.95],
    ),
    (
        "Remonty torowisk trzeba robić latem, nawet jeśli wyłączają całe trasy.",
        [0.75, 0.7, 0.1],
    ),
    (
        "Bilet 90-minutowy powinien kosztować tyle co 60-minutowy.",
        [0.2, 0.25, 0.9],
    ),
    (
        "Światła na skrzyżowaniach powinny dawać pierwszeństwo tramwajom.",
        [0.95, 0.15, 0.5],
    ),
    (
        "Nowe osiedla na obrzeżach powinny dostać autobus, zanim ktoś się do nich wprowadzi.",
        [0.8, 0.6, 0.95],
    ),
    (
        "Ulice w centrum powinny być zamknięte dla ruchu samochodów w weekendy.",
        [0.85, 0.05, 0.35],
    ),
    (
        "Przystanki powinny mieć wiaty i rozkłady czytelne dla osób słabowidzących.",
        [0.95, 0.85, 0.9],
    ),
    (
        "Miasto powinno budować więcej parkingów wielopoziomowych w centrum.",
        [0.15, 0.9, 0.5],
    ),
    (
        "Autobusy elektryczne powinny zastąpić spalinowe do 2030 roku.",
        [0.9, 0.4, 0.6],
    ),
    (
        "Drogi rowerowe powinny łączyć obrzeża z centrum bez przerw.",
        [0.85, 0.3, 0.7],
    ),
    (
        "Kursy w godzinach szczytu powinny być częstsze, nawet kosztem kursów wieczornych.",
        [0.15, 0.2, 0.9],
    ),
    (
        "Każdy przystanek powinien być dostępny bez schodów.",
        [0.95, 0.8, 0.9],
    ),
];

/// The transport consultation's 3,000 generated participants (camp = participant mod 3).
pub fn transport_votes() -> Votes {
    let lean: Vec<Vec<f64>> = (0..3)
        .map(|c| TRANSPORT.iter().map(|(_, l)| l[c]).collect())
        .collect();
    let shape = Shape {
        participants: 3_000,
        statements: TRANSPORT.len(),
        votes_each: 14,
        camps: 3,
        pass: 0.08,
        seed: 2027,
    };
    generate_with(&lean, shape, &mut StdRng::seed_from_u64(shape.seed))
}

/// Demo consultations (only with KO_DEMO=1): a park redesign in one district (open, by
/// sections), a city-wide transport change (open, with an opinion map of 3,000 generated
/// participants in three camps), and a district street plan (closed, answers under way).
/// Dates are set from today, so the demo is alive whenever it starts.
pub async fn demo(
    db: &Db,
    by: i64,
    resident: i64,
    documents_dir: &std::path::Path,
) -> Result<(), BoxErr> {
    let existing: Vec<String> = store::published(db)
        .await?
        .into_iter()
        .map(|r| r.def.title)
        .collect();
    let today = day_of(now());
    let at = |n: i64| today.checked_add(days(n)).unwrap_or(today);
    let timeline = |opens: i64, closes: i64| Timeline {
        information_from: at(opens - 10),
        opens: at(opens),
        closes: at(closes),
        answers_by: at(closes + 30),
        report_by: at(closes + 45),
    };
    let district = |n: u8| District::new(n).into_iter().collect::<Vec<_>>();

    let park = NewConsultation {
        title: PARK_TITLE.into(),
        summary: "Jak przebudować park Dąbie: ścieżki, plac zabaw, miejsca do odpoczynku i zieleń przy Wiśle.".into(),
        easy_summary: "Miasto chce zmienić park Dąbie.\n\nNapisz, co Ci się podoba, a co nie. Możesz też przyjść na spotkanie w parku.".into(),
        topic: Topic::Greenery,
        districts: district(2),
        department: "Zarząd Zieleni Miejskiej w Krakowie".into(),
        contact: "Anna Kowalczyk, konsultacje@zzm.krakow.pl, 12 201 12 12".into(),
        moderation: Moderation::After,
        forms: vec![Form::Remarks, Form::Meeting, Form::DutyHours, Form::Paper],
        verified_only: false,
        timeline: timeline(-10, 20),
        published: true,
    };
    let transport = NewConsultation {
        title: "Zmiany w komunikacji miejskiej od 2027 roku".into(),
        summary: "Priorytety dla tramwajów, autobusów, parkingów i dojazdów z obrzeży: co miasto ma zrobić najpierw.".into(),
        easy_summary: "Miasto pyta, jak ma wyglądać komunikacja w Krakowie.\n\nNa mapie opinii czytasz krótkie zdania i mówisz, czy się zgadzasz.".into(),
        topic: Topic::Transport,
        districts: Vec::new(),
        department: "Zarząd Transportu Publicznego w Krakowie".into(),
        contact: "Biuro konsultacji ZTP, konsultacje@ztp.krakow.pl".into(),
        moderation: Moderation::Before,
        forms: vec![Form::OpinionMap, Form::Survey, Form::Meeting, Form::Remarks],
        verified_only: false,
        timeline: timeline(-14, 16),
        published: true,
    };
    let street = NewConsultation {
        title: STREET_TITLE.into(),
        summary: "Szersze chodniki, drzewa i nowe przejścia dla pieszych na ulicy Krakusa w Podgórzu.".into(),
        easy_summary: "Ulica Krakusa będzie przebudowana.\n\nKonsultacje już się skończyły. Miasto odpowiada na uwagi.".into(),
        topic: Topic::Planning,
        districts: district(13),
        department: "Zarząd Dróg Miasta Krakowa".into(),
        contact: "Piotr Nowak, zdmk@zdmk.krakow.pl".into(),
        moderation: Moderation::After,
        forms: vec![Form::Remarks, Form::Workshop, Form::Paper],
        verified_only: false,
        timeline: timeline(-60, -35),
        published: true,
    };
    for (n, sections) in [
        (
            park,
            vec![
                section("sciezki", "Ścieżki i oświetlenie", "Nowe ścieżki z nawierzchni przepuszczalnej, oświetlenie LED z czujnikami ruchu.\n\nGłówna aleja zostaje na swoim miejscu."),
                section("plac-zabaw", "Plac zabaw", "Plac zabaw przeniesiony bliżej wejścia od ul. Mogilskiej, z urządzeniami dostępnymi dla dzieci z niepełnosprawnościami."),
                section("zielen", "Zieleń przy Wiśle", "Łąka kwietna zamiast części trawnika; 40 nowych drzew."),
            ],
        ),
        (
            transport,
            vec![
                section("tramwaje", "Tramwaje", "Nowe trasy tramwajowe i priorytet na skrzyżowaniach."),
                section("autobusy", "Autobusy i buspasy", "Częstsze kursy, buspasy i autobusy elektryczne."),
                section("dojazdy", "Dojazdy z obrzeży", "Parkingi Park & Ride i pociągi aglomeracyjne."),
            ],
        ),
        (
            street,
            vec![
                section("chodniki", "Chodniki", "Chodniki poszerzone do 3 metrów po obu stronach."),
                section("drzewa", "Drzewa", "Szpaler 24 drzew w nowych misach korzeniowych."),
            ],
        ),
    ] {
        if existing.contains(&n.title) {
            continue;
        }
        let id = store::create(db, &n, Some(by)).await?;
        for (i, s) in sections.iter().enumerate() {
            store::add_section(db, id, i as i64, s).await?;
        }
        if n.title == PARK_TITLE {
            park_remarks(db, id, by, resident).await?;
            park_meetings(db, id, by).await?;
            park_document(db, id, by, documents_dir).await?;
        }
        if n.title == STREET_TITLE {
            street_report(db, id, by).await?;
        }
        if n.forms.contains(&Form::OpinionMap) {
            transport_languages_and_survey(db, id).await?;
            let mut ids = Vec::new();
            for (text, _) in TRANSPORT {
                ids.push(store::add_statement(db, id, Some(by), true, text).await?);
            }
            let votes = transport_votes();
            let rows: Vec<(String, i64, Vote)> = votes
                .votes
                .iter()
                .map(|&(p, s, v)| (format!("gen:{p}"), ids[s as usize], v))
                .collect();
            store::cast_many(db, id, &rows).await?;
            // Proposed by residents, waiting for a clerk (moderation comes first here).
            for text in [
                "Nocne autobusy powinny jeździć co 30 minut także w tygodniu.",
                "Bilet miesięczny dla seniorów powinien być tańszy.",
            ] {
                store::propose_statement(
                    db,
                    id,
                    Some(resident),
                    false,
                    text,
                    konto_app::consultations::rules::RemarkState::Waiting,
                )
                .await?;
            }
        }
        tracing::info!(consultation = id, "demo: consultation created");
    }
    Ok(())
}

/// Residents of Dąbie who registered for the park's meetings (generated accounts: their
/// password is random and thrown away, so nobody signs in with them).
const NEIGHBOURS: [&str; 12] = [
    "Jan Kowalski",
    "Maria Wiśniewska",
    "Tomasz Wójcik",
    "Katarzyna Kamińska",
    "Michał Lewandowski",
    "Agnieszka Zielińska",
    "Paweł Szymański",
    "Ewa Woźniak",
    "Krzysztof Dąbrowski",
    "Barbara Kozłowska",
    "Andrzej Jankowski",
    "Magdalena Mazur",
];

/// The park's meetings: a walk with seats to spare, a workshop whose twelve seats are taken
/// (a new registration waits), and an expert's duty hours by phone and in person.
async fn park_meetings(db: &Db, park: i64, clerk: i64) -> Result<(), BoxErr> {
    use konto_app::consultations::rules::{DutyMode, DutyPlan, MeetingPlan};
    use konto_app::consultations::store::Access;
    use konto_app::i18n::time::parse_local;
    let at = |days: i64, clock: &str| -> Result<i64, BoxErr> {
        let d = day_of(now()).checked_add(self::days(days))?;
        parse_local(&d.to_string(), clock, (0, 0)).ok_or_else(|| "demo meeting time".into())
    };
    // Within the consultation: it opened ten days ago and closes in twenty.
    let walk = store::add_meeting(
        db,
        park,
        &MeetingPlan {
            kind: Form::Meeting,
            title: "Spacer konsultacyjny po parku Dąbie".into(),
            starts: at(3, "17:00")?,
            ends: at(3, "19:00")?,
            place: "Wejście do parku od ul. Mogilskiej (przy przystanku Dąbie)".into(),
            online_url: String::new(),
            seats: 40,
        },
        Access {
            step_free: true,
            ..Default::default()
        },
        clerk,
    )
    .await?;
    let workshop = store::add_meeting(
        db,
        park,
        &MeetingPlan {
            kind: Form::Workshop,
            title: "Warsztaty projektowe: plac zabaw".into(),
            starts: at(6, "18:00")?,
            ends: at(6, "20:00")?,
            place: "Centrum Kultury Dworek Białoprądnicki, ul. Papiernicza 2, sala A".into(),
            online_url: "https://spotkania.krakow.pl/park-dabie".into(),
            seats: 12,
        },
        Access {
            step_free: true,
            lift: true,
            induction_loop: true,
            sign_language: true,
        },
        clerk,
    )
    .await?;
    let password: String = {
        use rand::distributions::Alphanumeric;
        rand::thread_rng()
            .sample_iter(&Alphanumeric)
            .take(32)
            .map(char::from)
            .collect()
    };
    let hash = konto_app::accounts::store::hash_password(password)
        .await
        .map_err(|e| e.to_string())?;
    for (i, name) in NEIGHBOURS.iter().enumerate() {
        let email = format!("sasiad{}@example.pl", i + 1);
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (email, password_hash, display_name, district, role, created_at, updated_at)
             VALUES ($1, $2, $3, 2, 'resident', $4, $4) RETURNING id",
        )
        .bind(&email)
        .bind(&hash)
        .bind(name)
        .bind(now())
        .fetch_one(&db.pool)
        .await?;
        store::register(db, workshop, 12, id, i == 4).await?;
        if i % 4 != 3 {
            store::register(db, walk, 40, id, false).await?;
        }
    }
    for (expert, mode, place, day) in [
        (
            "Anna Zielińska, architektka krajobrazu (ZZM)",
            DutyMode::Phone,
            "",
            2,
        ),
        (
            "Marek Lis, projektant placu zabaw",
            DutyMode::InPerson,
            "Zarząd Zieleni Miejskiej, ul. Reymonta 20, pokój 12",
            4,
        ),
    ] {
        let slots = (0..6)
            .map(|k| {
                let s = at(day, "10:00")? + k * 1800;
                Ok((s, s + 1800))
            })
            .collect::<Result<Vec<_>, BoxErr>>()?;
        store::add_slots(
            db,
            park,
            &DutyPlan {
                expert: expert.into(),
                mode,
                place: place.into(),
                slots,
            },
        )
        .await?;
    }
    Ok(())
}

const PARK_TITLE: &str = "Nowy wygląd parku Dąbie";
const STREET_TITLE: &str = "Plan przebudowy ulicy Krakusa";

/// The closed street plan: its remarks (in the portal, on paper and by e-mail), each
/// answered with reasons, two on the same matter answered together, and the published
/// final report.
async fn street_report(db: &Db, street: i64, clerk: i64) -> Result<(), BoxErr> {
    use konto_app::consultations::rules::{Channel, RemarkState, Verdict};
    let remark = |section: Option<&'static str>, channel: Channel, text: &'static str| {
        (section, channel, text)
    };
    let remarks = [
        remark(
            Some("chodniki"),
            Channel::Portal,
            "Chodnik po stronie parzystej jest za wąski dla wózka i pieszego jednocześnie.",
        ),
        remark(
            Some("chodniki"),
            Channel::Paper,
            "Proszę o obniżone krawężniki na każdym przejściu; jeżdżę na wózku.",
        ),
        remark(
            Some("drzewa"),
            Channel::Portal,
            "Drzewa tak, ale nie kosztem miejsc postojowych dla mieszkańców.",
        ),
        remark(
            Some("drzewa"),
            Channel::Email,
            "Nie zabierajcie miejsc parkingowych pod drzewa, tu i tak brakuje miejsc.",
        ),
        remark(
            None,
            Channel::Portal,
            "Potrzebne jest przejście dla pieszych przy przystanku Limanowskiego.",
        ),
        remark(
            Some("drzewa"),
            Channel::Portal,
            "Więcej drzew niż 24: ulica latem nagrzewa się jak patelnia.",
        ),
    ];
    let mut ids = Vec::new();
    for (section, channel, text) in remarks {
        let entered = (channel != Channel::Portal).then_some(clerk);
        ids.push(
            store::add_remark(
                db,
                street,
                section,
                None,
                channel,
                entered,
                text,
                RemarkState::Published,
            )
            .await?,
        );
    }
    let answers: [(&[usize], Verdict, &str); 5] = [
        (&[0], Verdict::Accepted, "Chodnik po stronie parzystej będzie miał 3 m szerokości na całej długości ulicy; projekt uwzględnia to w wariancie B."),
        (&[1], Verdict::Accepted, "Na wszystkich ośmiu przejściach krawężniki zostaną obniżone do zera, z płytami ostrzegawczymi dla osób niewidomych."),
        (&[2, 3], Verdict::PartlyAccepted, "Drzewa posadzimy w pasie zieleni między jezdnią a chodnikiem; ubędzie 6 z 41 miejsc postojowych, a w zamian strefa płatnego parkowania obejmie mieszkańców abonamentem."),
        (&[4], Verdict::NotApplicable, "Skrzyżowanie z ul. Limanowskiego nie jest objęte tym planem; uwagę przekazaliśmy Zarządowi Transportu Publicznego."),
        (&[5], Verdict::NotAccepted, "Sieci podziemne (gaz i ciepłownictwo) pozwalają na najwyżej 24 drzewa w misach korzeniowych; więcej drzew wymagałoby przełożenia sieci, na co nie ma środków w 2027 roku."),
    ];
    for (which, verdict, justification) in answers {
        let picked: Vec<i64> = which.iter().map(|&i| ids[i]).collect();
        store::answer(db, street, &picked, &[], verdict, justification, clerk).await?;
    }
    store::save_report(
        db,
        street,
        "Konsultacje planu przebudowy ulicy Krakusa trwały 26 dni. Wpłynęło 6 uwag: 4 w portalu, 1 na papierze w Urzędzie Dzielnicy XIII i 1 e-mailem, a warsztaty w szkole przy ul. Krakusa zgromadziły 34 osoby.\n\nNajwięcej uwag dotyczyło szerokości chodników i miejsc postojowych.",
        "Projekt przyjmuje wariant B: szersze chodniki po stronie parzystej, obniżone krawężniki na wszystkich przejściach i 24 drzewa w pasie zieleni. Liczba miejsc postojowych spada z 41 do 35.",
        clerk,
        true,
    )
    .await?;
    Ok(())
}

/// Remarks on the park: residents' remarks in the portal (those whose accounts are not in
/// the demo have no author, as after an account is deleted), remarks on paper, by post and
/// by e-mail typed in by the clerk, the demo resident's own, one hidden for personal data
/// with its trace in the moderation log, and supports: enough for two pages.
async fn park_remarks(db: &Db, park: i64, clerk: i64, resident: i64) -> Result<(), BoxErr> {
    use konto_app::consultations::rules::{Channel, Decision, HideReason, RemarkState};
    const REMARKS: [(Option<&str>, &str); 24] = [
        (Some("sciezki"), "Oświetlenie z czujnikami ruchu to dobry pomysł, ale niech nie gaśnie zbyt szybko: wieczorem wracam tędy z psem."),
        (Some("sciezki"), "Nawierzchnia przepuszczalna tak, ale nie żwir: z wózkiem i na rowerze po żwirze jeździ się fatalnie."),
        (Some("plac-zabaw"), "Plac zabaw bliżej Mogilskiej oznacza więcej hałasu od ulicy. Proszę o ekran z zieleni."),
        (Some("plac-zabaw"), "Bardzo dobrze, że urządzenia będą dostępne dla dzieci na wózkach. Przydałaby się też huśtawka typu bocianie gniazdo."),
        (Some("zielen"), "Łąka kwietna zamiast trawnika: tak! Mniej koszenia, więcej owadów."),
        (Some("zielen"), "40 drzew to mało jak na taki park. Proszę o gatunki odporne na suszę, np. lipy drobnolistne."),
        (None, "Brakuje toalety publicznej w całym parku. Przy takiej przebudowie to podstawa."),
        (None, "Proszę o więcej ławek z oparciami i podłokietnikami, także w cieniu: dla seniorów to warunek spaceru."),
        (Some("sciezki"), "Główna aleja powinna zostać oddzielona od ścieżki rowerowej, dziś dochodzi do kolizji."),
        (Some("zielen"), "Zostawcie stare wierzby przy Wiśle, są domem dla ptaków."),
        (None, "Wybieg dla psów z dala od placu zabaw rozwiąże wiele sporów."),
        (Some("plac-zabaw"), "Potrzebne są poidełka z wodą pitną przy placu zabaw."),
        (Some("sciezki"), "Oświetlenie nie może świecić w górę: zależy nam na ciemnym niebie nad rzeką."),
        (None, "Parking rowerowy przy każdym wejściu, najlepiej zadaszony."),
        (Some("zielen"), "Zamiast trawnika przy alejce sad miejski z jabłoniami."),
        (Some("plac-zabaw"), "Piaskownica powinna mieć przykrycie na noc, inaczej wchodzą do niej koty."),
        (None, "Proszę o tablice z mapą parku w alfabecie Braille'a przy wejściach."),
        (Some("sciezki"), "Ścieżka biegowa z oznaczeniem kilometrów wokół parku byłaby świetna."),
        (Some("zielen"), "Przy nowych drzewach zaplanujcie podlewanie przez pierwsze trzy lata."),
        (None, "Kosze na śmieci z segregacją i częstszy odbiór w weekendy."),
        (Some("plac-zabaw"), "Strefa dla starszych dzieci: ścianka wspinaczkowa albo tor przeszkód."),
        (Some("sciezki"), "Mój numer telefonu 600 100 200, proszę o kontakt w sprawie ścieżek."),
        (None, "Konsultacje powinny trwać dłużej, wiele osób jeszcze o nich nie wie."),
        (Some("zielen"), "Łąka kwietna przy Wiśle zaleje się przy wysokiej wodzie; lepiej dać ją wyżej."),
    ];
    let mut ids = Vec::new();
    for (i, (section, text)) in REMARKS.iter().enumerate() {
        // Every sixth one came on paper, by post or by e-mail; two are the demo resident's.
        let (author, channel, entered) = match i % 6 {
            5 => (
                None,
                [Channel::Paper, Channel::Post, Channel::Email][(i / 6) % 3],
                Some(clerk),
            ),
            _ if i == 3 || i == 19 => (Some(resident), Channel::Portal, None),
            _ => (None, Channel::Portal, None),
        };
        ids.push(
            store::add_remark(
                db,
                park,
                *section,
                author,
                channel,
                entered,
                text,
                RemarkState::Published,
            )
            .await?,
        );
    }
    // The one with a phone number is hidden for personal data: its trace and the log stay.
    store::decide(db, ids[21], Decision::Hide(HideReason::PersonalData), clerk).await?;
    // The demo resident supports a few others' remarks; the clerk one.
    for i in [0, 5, 7, 9] {
        store::support(db, ids[i], resident).await?;
    }
    store::support(db, ids[7], clerk).await?;
    Ok(())
}

/// A one-page PDF (PDF 1.4, Helvetica; ASCII text only), with its cross-reference table
/// computed, so that a PDF reader opens it without repairing it.
fn demo_pdf(lines: &[&str]) -> Vec<u8> {
    let mut content = String::from("BT /F1 14 Tf 56 780 Td 18 TL\n");
    for l in lines {
        let l: String = l
            .chars()
            .filter(|c| c.is_ascii() && !c.is_ascii_control())
            .map(|c| match c {
                '(' | ')' | '\\' => ' ',
                c => c,
            })
            .collect();
        content.push_str(&format!("({l}) Tj T*\n"));
    }
    content.push_str("ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".to_string(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// The park's concept as a document to download.
async fn park_document(db: &Db, id: i64, by: i64, dir: &std::path::Path) -> Result<(), BoxErr> {
    use konto_app::consultations::{documents, rules::DocKind};
    let pdf = demo_pdf(&[
        "Park Dabie - koncepcja przebudowy (projekt do konsultacji)",
        "",
        "1. Sciezki z nawierzchni przepuszczalnej, oswietlenie LED z czujnikami ruchu.",
        "2. Plac zabaw blizej wejscia od ul. Mogilskiej, dostepny dla wszystkich dzieci.",
        "3. Laka kwietna zamiast czesci trawnika; 40 nowych drzew przy Wisle.",
        "",
        "Zarzad Zieleni Miejskiej w Krakowie",
    ]);
    let kind = DocKind::sniff(&pdf).ok_or("the demo PDF is not recognised")?;
    let dir = dir.to_path_buf();
    let content = pdf.clone();
    let sha = tokio::task::spawn_blocking(move || documents::save(&dir, &content)).await??;
    store::add_document(
        db,
        id,
        "Koncepcja przebudowy parku Dąbie",
        kind,
        pdf.len() as i64,
        &sha,
        by,
    )
    .await?;
    Ok(())
}

/// The transport consultation in English and Ukrainian too, with the residents' survey of
/// 2026 (made with the survey builder) as its survey.
async fn transport_languages_and_survey(db: &Db, id: i64) -> Result<(), BoxErr> {
    use konto_app::consultations::rules::{Translation, Translations};
    let t = Translations {
        en: Translation {
            title: "Changes to public transport from 2027".into(),
            summary: "Priorities for trams, buses, car parks and travel from the outskirts: what the city should do first.".into(),
            easy_summary: "The city asks how public transport in Kraków should look.\n\nOn the opinion map you read short sentences and say whether you agree.".into(),
            sections: vec![
                ("Trams".into(), "New tram routes and priority at junctions.".into()),
                ("Buses and bus lanes".into(), "More frequent services, bus lanes and electric buses.".into()),
                ("Travel from the outskirts".into(), "Park & Ride car parks and agglomeration trains.".into()),
            ],
        },
        uk: Translation {
            title: "Зміни в міському транспорті з 2027 року".into(),
            summary: "Пріоритети для трамваїв, автобусів, паркінгів і доїзду з околиць: що місто має зробити насамперед.".into(),
            easy_summary: "Місто питає, яким має бути транспорт у Кракові.\n\nНа карті думок ви читаєте короткі речення й кажете, чи згодні.".into(),
            sections: vec![
                ("Трамваї".into(), "Нові трамвайні маршрути та пріоритет на перехрестях.".into()),
                ("Автобуси та смуги для автобусів".into(), "Частіші рейси, смуги для автобусів і електробуси.".into()),
                ("Доїзд з околиць".into(), "Паркінги Park & Ride та агломераційні поїзди.".into()),
            ],
        },
    };
    store::set_translations(db, id, &t).await?;
    let survey = konto_app::surveys::store::all(db)
        .await?
        .into_iter()
        .find(|s| s.def.title.pl.starts_with("Potrzeby mieszkańców Krakowa"));
    if let Some(s) = survey {
        store::set_survey(db, id, Some(s.id)).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use konto_app::consultations::opinions::{adjusted_rand_index, compute};

    #[test]
    fn the_demo_transport_consultation_has_three_recognisable_groups() {
        let v = transport_votes();
        let map = compute(&v).unwrap();
        assert_eq!(map.groups.len(), 3, "{:?}", map.silhouettes);
        let (ours, camps): (Vec<usize>, Vec<usize>) = (0..3000)
            .filter_map(|p| Some((map.group_of[p]?, p % 3)))
            .unzip();
        let ari = adjusted_rand_index(&ours, &camps);
        assert!(ari > 0.8, "{ari}");
    }

    #[test]
    fn generated_camps_are_found_again() {
        let shape = Shape {
            participants: 900,
            statements: 60,
            votes_each: 25,
            camps: 3,
            pass: 0.1,
            seed: 7,
        };
        let v = generate(shape);
        assert_eq!(v.votes.len(), 900 * 25);
        assert_eq!(
            generate(shape).votes,
            v.votes,
            "the same seed gives the same votes"
        );
        let map = compute(&v).unwrap();
        assert_eq!(map.groups.len(), 3, "{:?}", map.silhouettes);
        let (ours, camps): (Vec<usize>, Vec<usize>) = (0..900)
            .filter_map(|p| Some((map.group_of[p]?, p % 3)))
            .unzip();
        assert_eq!(ours.len(), 900);
        assert!(adjusted_rand_index(&ours, &camps) > 0.9);
    }
}
