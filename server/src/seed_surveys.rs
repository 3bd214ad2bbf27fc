//! Demo surveys: the city office's 2024 customer-satisfaction survey (closed, results
//! public), the same survey after visits in 2026 (open, one-time codes) and a social-research
//! survey on residents' needs (open to signed-in residents), with generated responses spread
//! over districts so that the results pages are alive. Deterministic (fixed seed).
use konto_app::platform::{krakow_time as kt, Db};
use konto_app::surveys::results::Response;
use konto_app::surveys::{store, Answers, Audience, Condition, Kind, Question, SurveyDef, Text};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

type BoxErr = Box<dyn std::error::Error + Send + Sync>;

fn t(pl: &str, en: &str, uk: &str) -> Text {
    Text::new(pl, en, uk)
}

fn q(key: &str, page: u32, kind: Kind, text: Text) -> Question {
    Question::new(key, page, kind, text)
}

fn scale(key: &str, page: u32, text: Text) -> Question {
    let mut s = q(key, page, Kind::Scale, text);
    s.low_label = t("bardzo źle", "very poor", "дуже погано");
    s.high_label = t("bardzo dobrze", "very good", "дуже добре");
    s
}

pub const OFFICES: [&str; 5] = [
    "al. Powstania Warszawskiego 10",
    "os. Zgody 2 (Nowa Huta)",
    "ul. Wielicka 28a",
    "Rynek Podgórski 1",
    "pl. Wszystkich Świętych 3–4",
];

/// The satisfaction survey of the city office (as run from 21 September to 31 October 2024).
pub fn satisfaction(year: i32) -> SurveyDef {
    let mut office = q(
        "q1",
        1,
        Kind::Single,
        t(
            "Który punkt obsługi odwiedziłeś lub odwiedziłaś?",
            "Which customer service point did you visit?",
            "Який пункт обслуговування ви відвідали?",
        ),
    );
    office.options = OFFICES.iter().map(|o| Text::pl(o)).collect();
    office.other = true;
    let mut matter = q(
        "q2",
        1,
        Kind::Single,
        t(
            "Jaką sprawę załatwiałeś lub załatwiałaś?",
            "What did you come for?",
            "Яку справу ви вирішували?",
        ),
    );
    matter.options = vec![
        t(
            "Rejestracja pojazdu",
            "Vehicle registration",
            "Реєстрація транспортного засобу",
        ),
        t("Prawo jazdy", "Driving licence", "Посвідчення водія"),
        t("Dowód osobisty", "Identity card", "Посвідка особи"),
        t(
            "Meldunek",
            "Registration of residence",
            "Реєстрація місця проживання",
        ),
        t(
            "Działalność gospodarcza",
            "Business registration",
            "Підприємницька діяльність",
        ),
        t(
            "Podatki i opłaty lokalne",
            "Local taxes and fees",
            "Місцеві податки та збори",
        ),
        t("Karta Krakowska", "Kraków City Card", "Краківська карта"),
    ];
    matter.other = true;
    let mut wait = q(
        "q3",
        1,
        Kind::Single,
        t(
            "Jak długo czekałeś lub czekałaś na obsługę?",
            "How long did you wait to be served?",
            "Скільки часу ви чекали на обслуговування?",
        ),
    );
    wait.options = vec![
        t("do 10 minut", "up to 10 minutes", "до 10 хвилин"),
        t("10–30 minut", "10–30 minutes", "10–30 хвилин"),
        t("30–60 minut", "30–60 minutes", "30–60 хвилин"),
        t("ponad godzinę", "more than an hour", "понад годину"),
    ];
    let efficiency = scale(
        "q4",
        2,
        t(
            "Czy sprawa została załatwiona sprawnie?",
            "Was your matter handled efficiently?",
            "Чи вашу справу вирішили оперативно?",
        ),
    );
    let competence = scale(
        "q5",
        2,
        t(
            "Jak oceniasz kompetencje urzędnika?",
            "How competent was the clerk?",
            "Як ви оцінюєте компетентність службовця?",
        ),
    );
    let kindness = scale(
        "q6",
        2,
        t(
            "Jak oceniasz uprzejmość obsługi?",
            "How kind was the service?",
            "Як ви оцінюєте ввічливість обслуговування?",
        ),
    );
    let mut building = scale(
        "q7",
        2,
        t(
            "Jak oceniasz dostępność budynku (wejście, winda, toalety, oznakowanie)?",
            "How accessible is the building (entrance, lift, toilets, signs)?",
            "",
        ),
    );
    building.help = t(
        "Na przykład dla osób z wózkiem, z dzieckiem lub słabo widzących.",
        "For example for wheelchair users, people with a pram or with low vision.",
        "",
    );
    let mut used = q(
        "q8",
        2,
        Kind::Multi,
        t(
            "Z czego korzystałeś lub korzystałaś?",
            "What did you use?",
            "Чим ви користувалися?",
        ),
    );
    used.options = vec![
        t(
            "Rezerwacja wizyty przez internet",
            "Booking the visit online",
            "Онлайн-бронювання візиту",
        ),
        t(
            "Biletomat kolejkowy",
            "Queue ticket machine",
            "Автомат черги",
        ),
        t(
            "Punkt informacyjny",
            "Information desk",
            "Інформаційний пункт",
        ),
        t(
            "Pomoc przy wypełnianiu wniosku",
            "Help with filling in a form",
            "Допомога із заповненням заяви",
        ),
        t("Płatność kartą", "Card payment", "Оплата карткою"),
    ];
    used.required = false;
    let nps = q(
        "q9",
        3,
        Kind::Nps,
        t(
            "Jak bardzo prawdopodobne jest, że polecisz znajomym załatwienie sprawy w tym punkcie?",
            "How likely are you to recommend this service point to a friend?",
            "Наскільки ймовірно, що ви порекомендуєте цей пункт знайомим?",
        ),
    );
    let mut problem = q(
        "q10",
        3,
        Kind::Single,
        t(
            "Co najbardziej utrudniło załatwienie sprawy?",
            "What made it hardest?",
            "Що найбільше ускладнило справу?",
        ),
    );
    problem.options = vec![
        t("Długie oczekiwanie", "Long wait", "Довге очікування"),
        t(
            "Niejasne informacje",
            "Unclear information",
            "Незрозуміла інформація",
        ),
        t(
            "Brakujące dokumenty",
            "Missing documents",
            "Бракувало документів",
        ),
        t(
            "System informatyczny",
            "The computer system",
            "Інформаційна система",
        ),
    ];
    problem.other = true;
    problem.show_if = Some(Condition {
        question: "q4".into(),
        values: vec!["1".into(), "2".into()],
    });
    let mut place = q(
        "q11",
        3,
        Kind::Grid,
        t(
            "Oceń punkt obsługi",
            "Rate the service point",
            "Оцініть пункт обслуговування",
        ),
    );
    place.items = vec![
        t("Oznakowanie", "Signs", "Вказівники"),
        t("Czystość", "Cleanliness", "Чистота"),
        t(
            "Wygoda poczekalni",
            "Waiting room comfort",
            "Зручність зали очікування",
        ),
    ];
    place.low_label = t("bardzo źle", "very poor", "дуже погано");
    place.high_label = t("bardzo dobrze", "very good", "дуже добре");
    let mut comments = q(
        "q12",
        3,
        Kind::Long,
        t(
            "Uwagi i propozycje",
            "Comments and suggestions",
            "Зауваження та пропозиції",
        ),
    );
    comments.required = false;
    comments.max_len = 1000;
    comments.help = t(
        "Prosimy nie wpisywać danych osobowych.",
        "Please do not enter personal data.",
        "Просимо не вписувати персональні дані.",
    );
    SurveyDef {
        title: t(
            &format!("Badanie satysfakcji klientów Urzędu Miasta Krakowa {year}"),
            &format!("Customer satisfaction survey of the Kraków City Office {year}"),
            &format!("Опитування задоволеності клієнтів Краківської міської ради {year}"),
        ),
        intro: t(
            "Dziękujemy za wizytę w urzędzie. Czy sprawa została załatwiona sprawnie, kompetentnie i uprzejmie? Twoje odpowiedzi pomogą nam poprawić obsługę.\n\nAnkieta jest anonimowa i zajmie około 3 minut.",
            "Thank you for visiting the city office. Was your matter handled efficiently, competently and kindly? Your answers help us improve.\n\nThe survey is anonymous and takes about 3 minutes.",
            "",
        ),
        questions: vec![office, matter, wait, efficiency, competence, kindness, building, used, nps, problem, place, comments],
    }
}

pub fn needs() -> SurveyDef {
    let life = scale(
        "q1",
        1,
        t(
            "Jak oceniasz jakość życia w swojej dzielnicy?",
            "How do you rate the quality of life in your district?",
            "Як ви оцінюєте якість життя у своєму районі?",
        ),
    );
    let mut priorities = q(
        "q2",
        1,
        Kind::Multi,
        t(
            "Co powinno być priorytetem miasta w najbliższych latach?",
            "What should the city's priorities be in the coming years?",
            "Що має бути пріоритетом міста найближчими роками?",
        ),
    );
    priorities.options = vec![
        t(
            "Komunikacja publiczna",
            "Public transport",
            "Громадський транспорт",
        ),
        t("Zieleń i parki", "Greenery and parks", "Зелень і парки"),
        t("Czyste powietrze", "Clean air", "Чисте повітря"),
        t("Mieszkania", "Housing", "Житло"),
        t("Bezpieczeństwo", "Safety", "Безпека"),
        t("Kultura", "Culture", "Культура"),
        t("Edukacja", "Education", "Освіта"),
        t("Drogi rowerowe", "Cycle paths", "Велодоріжки"),
    ];
    priorities.min_choices = 1;
    priorities.max_choices = 3;
    let mut travel = q(
        "q3",
        2,
        Kind::Single,
        t(
            "Jak najczęściej poruszasz się po mieście?",
            "How do you usually get around the city?",
            "Як ви найчастіше пересуваєтеся містом?",
        ),
    );
    travel.options = vec![
        t(
            "Tramwajem lub autobusem",
            "By tram or bus",
            "Трамваєм або автобусом",
        ),
        t("Samochodem", "By car", "Автомобілем"),
        t("Rowerem", "By bike", "Велосипедом"),
        t("Pieszo", "On foot", "Пішки"),
    ];
    travel.other = true;
    let mut transit = scale(
        "q4",
        3,
        t(
            "Jak oceniasz komunikację miejską?",
            "How do you rate public transport?",
            "Як ви оцінюєте громадський транспорт?",
        ),
    );
    transit.show_if = Some(Condition {
        question: "q3".into(),
        values: vec!["1".into()],
    });
    let nps = q(
        "q5",
        3,
        Kind::Nps,
        t(
            "Jak bardzo prawdopodobne jest, że polecisz Kraków jako miejsce do życia?",
            "How likely are you to recommend Kraków as a place to live?",
            "Наскільки ймовірно, що ви порекомендуєте Краків як місце для життя?",
        ),
    );
    let mut missing = q(
        "q6",
        3,
        Kind::Short,
        t(
            "Czego najbardziej brakuje w Twojej okolicy?",
            "What is most missing where you live?",
            "Чого найбільше бракує у вашій околиці?",
        ),
    );
    missing.required = false;
    SurveyDef {
        title: t("Potrzeby mieszkańców Krakowa 2026", "Needs of Kraków's residents 2026", "Потреби мешканців Кракова 2026"),
        intro: t(
            "Miasto regularnie pyta mieszkańców o opinie i potrzeby. Wyniki trafią do planów na kolejne lata i zostaną opublikowane po zakończeniu badania.",
            "The city regularly asks residents about their opinions and needs. The results feed the plans for the coming years and are published when the survey closes.",
            "Місто регулярно запитує мешканців про їхні думки та потреби. Результати враховуватимуться в планах на наступні роки й будуть опубліковані після завершення дослідження.",
        ),
        questions: vec![life, priorities, travel, transit, nps, missing],
    }
}

const COMMENTS: [&str; 10] = [
    "Bardzo miła pani w okienku, wszystko wyjaśniła.",
    "Za mało miejsc siedzących w poczekalni.",
    "Proszę o więcej terminów rezerwacji online.",
    "Sprawa załatwiona w 15 minut, dziękuję!",
    "Biletomat nie działał, trzeba było pytać ochronę.",
    "Brakuje informacji w języku ukraińskim.",
    "Winda była nieczynna, osoby z wózkiem nie mogły wejść na piętro.",
    "Proszę o kontakt, mój telefon 600 100 200.",
    "Wszystko sprawnie i profesjonalnie.",
    "Przydałby się automat z wodą.",
];

const MISSING: [&str; 6] = [
    "Ławek i cienia",
    "Przedszkola",
    "Ścieżki rowerowej do centrum",
    "Toalet publicznych",
    "Parku kieszonkowego",
    "Lepszego oświetlenia",
];

/// A plausible answer to one question: mostly good marks, some bad ones, conditions honoured.
pub fn answer(rng: &mut StdRng, def: &SurveyDef, lean: f64) -> Answers {
    let mut a = Answers::new();
    for qn in &def.questions {
        if !konto_app::surveys::rules::visible(def, qn, &a) {
            continue;
        }
        if !qn.required && rng.gen_bool(0.35) {
            continue;
        }
        let pick_scale = |rng: &mut StdRng, lo: i32, hi: i32| -> i32 {
            // Skewed towards the top of the scale, shifted by `lean` (−1 … 1).
            let u: f64 = rng.gen::<f64>().powf(0.6 - 0.3 * lean);
            lo + ((hi - lo) as f64 * u).round() as i32
        };
        match qn.kind {
            Kind::Single => {
                let n = qn.options.len();
                if qn.other && rng.gen_bool(0.04) {
                    a.insert(qn.key.clone(), "other".into());
                    a.insert(format!("{}-other", qn.key), "Urząd Stanu Cywilnego".into());
                } else {
                    // Earlier options a little more common.
                    let k = ((rng.gen::<f64>().powf(1.4)) * n as f64) as usize;
                    a.insert(qn.key.clone(), (k.min(n - 1) + 1).to_string());
                }
            }
            Kind::Multi => {
                let max = qn.max_selectable();
                let want = rng.gen_range(qn.min_choices.max(1) as usize..=max.min(3));
                let mut picked = std::collections::BTreeSet::new();
                while picked.len() < want {
                    picked.insert(rng.gen_range(1..=qn.options.len()));
                }
                for k in picked {
                    a.insert(format!("{}-o{k}", qn.key), "1".into());
                }
            }
            Kind::Scale | Kind::Nps => {
                let (lo, hi) = (*qn.scale().start(), *qn.scale().end());
                a.insert(qn.key.clone(), pick_scale(rng, lo, hi).to_string());
            }
            Kind::Grid => {
                for k in 1..=qn.items.len() {
                    a.insert(
                        format!("{}-i{k}", qn.key),
                        pick_scale(rng, qn.scale_min, qn.scale_max).to_string(),
                    );
                }
            }
            Kind::Long => {
                a.insert(
                    qn.key.clone(),
                    COMMENTS[rng.gen_range(0..COMMENTS.len())].into(),
                );
            }
            Kind::Short => {
                a.insert(
                    qn.key.clone(),
                    MISSING[rng.gen_range(0..MISSING.len())].into(),
                );
            }
        }
    }
    a
}

/// Responses between two moments, with districts weighted like Kraków's population (the
/// large districts of Nowa Huta, Podgórze and Krowodrza more often).
pub fn generate(
    def: &SurveyDef,
    n: usize,
    from: i64,
    to: i64,
    districts: bool,
    seed: u64,
) -> Vec<Response> {
    const WEIGHTS: [u32; 18] = [3, 3, 5, 5, 3, 3, 2, 4, 2, 2, 4, 6, 4, 5, 4, 3, 2, 5];
    let total: u32 = WEIGHTS.iter().sum();
    let mut rng = StdRng::seed_from_u64(seed);
    (0..n)
        .map(|i| {
            let district = districts.then(|| {
                let mut r = rng.gen_range(0..total);
                let mut d = 0;
                while r >= WEIGHTS[d] {
                    r -= WEIGHTS[d];
                    d += 1;
                }
                konto_app::forms::District::new(d as u8 + 1).expect("18 weights")
            });
            // Districts differ a little, so that breakdowns show something.
            let lean = district
                .map(|d| ((i64::from(d) * 7) % 5) as f64 / 4.0 - 0.5)
                .unwrap_or(0.0);
            let answers = answer(&mut rng, def, lean);
            let ts = rng.gen_range(from..to);
            Response {
                id: format!("{seed:x}{i:07x}{:08x}", rng.gen::<u32>()),
                day: kt::date(ts),
                district,
                answers,
            }
        })
        .collect()
}

async fn exists(db: &Db, title: &str) -> Result<bool, BoxErr> {
    Ok(store::all(db)
        .await?
        .iter()
        .any(|s| s.def.title.pl == title))
}

pub async fn demo(db: &Db, by: i64) -> Result<(), BoxErr> {
    let y2024 = satisfaction(2024);
    if !exists(db, &y2024.title.pl).await? {
        let opens = kt::parse_local("2024-09-21", "00:00", (0, 0)).ok_or("date")?;
        let closes = kt::parse_local("2024-10-31", "23:59", (0, 0)).ok_or("date")?;
        let s = store::Settings {
            opens_at: opens,
            closes_at: closes,
            audience: Audience::Codes,
            districts: vec![],
            anonymous: true,
            public_results: true,
        };
        let id = store::create(db, &y2024, &s, by).await?;
        // Respondents with codes from receipts are not signed in: no district. Signed-in visits
        // were asked for the district in 2024 too, so part of the sample has one.
        let mut rows = generate(&y2024, 2000, opens, closes, false, 2024);
        rows.extend(generate(&y2024, 1200, opens, closes, true, 20241));
        store::insert_responses(db, id, &rows).await?;
        tracing::info!(survey = id, responses = rows.len(), "demo survey created");
    }
    let y2026 = satisfaction(2026);
    if !exists(db, &y2026.title.pl).await? {
        let opens = kt::parse_local("2026-11-01", "00:00", (0, 0)).ok_or("date")?;
        let closes = kt::parse_local("2027-01-31", "23:59", (0, 0)).ok_or("date")?;
        let s = store::Settings {
            opens_at: opens,
            closes_at: closes,
            audience: Audience::Codes,
            districts: vec![],
            anonymous: true,
            public_results: true,
        };
        let id = store::create(db, &y2026, &s, by).await?;
        let rows = generate(&y2026, 240, opens, opens + 20 * 86400, false, 2026);
        store::insert_responses(db, id, &rows).await?;
        store::create_batch(db, id, 40, by).await?;
    }
    let needs = needs();
    if !exists(db, &needs.title.pl).await? {
        let opens = kt::parse_local("2026-11-01", "00:00", (0, 0)).ok_or("date")?;
        let closes = kt::parse_local("2027-01-31", "23:59", (0, 0)).ok_or("date")?;
        let s = store::Settings {
            opens_at: opens,
            closes_at: closes,
            audience: Audience::SignedIn,
            districts: vec![],
            anonymous: true,
            public_results: true,
        };
        let id = store::create(db, &needs, &s, by).await?;
        let rows = generate(&needs, 2600, opens, opens + 20 * 86400, true, 7);
        store::insert_responses(db, id, &rows).await?;
    }
    Ok(())
}
