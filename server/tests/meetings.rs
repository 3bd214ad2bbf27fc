//! HTTP-level tests of a consultation's meetings and expert duty hours: organisers plan them
//! (each problem at its field, values kept without JavaScript; residents and strangers
//! refused); residents register with a seat limit and a waiting list that moves up by itself
//! when someone cancels or deletes the account (those who move up are told, once, even when
//! people cancel at the same moment; a registration still in flight counts first); the registrants' list and attendance are for organisers only; one person per
//! slot of duty hours under concurrent bookings, one slot per resident, the phone number seen
//! by organisers only and gone with the account; an iCalendar file per meeting that a parser
//! reads. Run on SQLite and on PostgreSQL like `http.rs`.
mod common;
use common::*;
use konto_app::consultations::rules::{Form, Moderation, Timeline, Topic};
use konto_app::consultations::store::{self, NewConsultation};
use konto_app::platform::Db;

fn date(days: i64) -> jiff::civil::Date {
    day(days).parse().unwrap()
}

/// A published consultation with meetings and duty hours, open from `opens` to `closes`
/// days from today.
async fn consultation(s: &Server, opens: i64, closes: i64, published: bool) -> i64 {
    let db = Db::connect(&s.db_url).await.unwrap();
    let n = NewConsultation {
        title: "Park nad Wisłą".into(),
        summary: "Jak zmienić park.".into(),
        easy_summary: "Miasto pyta o park.".into(),
        topic: Topic::Greenery,
        districts: Vec::new(),
        department: "Zarząd Zieleni Miejskiej".into(),
        contact: "konsultacje@zzm.krakow.pl".into(),
        moderation: Moderation::After,
        forms: vec![Form::Remarks, Form::Meeting, Form::DutyHours],
        verified_only: false,
        timeline: Timeline {
            information_from: date(opens - 7),
            opens: date(opens),
            closes: date(closes),
            answers_by: date(closes + 30),
            report_by: date(closes + 40),
        },
        published,
    };
    let id = store::create(&db, &n, None).await.unwrap();
    db.pool.close().await;
    id
}

async fn staff(s: &Server) -> Client {
    let c = s.browser();
    assert_eq!(
        location(&s.sign_in(&c, ADMIN_EMAIL, ADMIN_PASSWORD).await),
        "/account"
    );
    c
}

/// A call as the hydrated app makes it: the problems it was refused with (empty: done).
async fn call(s: &Server, c: &Client, path: &str, f: &[(&str, &str)]) -> Vec<(String, String)> {
    let r = s.call(c, path, f).await;
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    problems(&r.json().await.unwrap())
}

fn one(field: &str, problem: &str) -> Vec<(String, String)> {
    vec![(field.to_string(), problem.to_string())]
}

fn meeting_form(c: i64, seats: &str) -> Vec<(String, String)> {
    [
        ("consultation_id", c.to_string()),
        ("kind", "workshop".into()),
        ("title", "Warsztaty: plac zabaw".into()),
        ("date", day(2)),
        ("starts", "17:00".into()),
        ("ends", "19:00".into()),
        ("place", "Dworek Białoprądnicki, sala A".into()),
        ("online_url", String::new()),
        ("seats", seats.into()),
        ("access[step_free]", "yes".into()),
        ("access[sign_language]", "yes".into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

async fn view(s: &Server, c: &Client, consultation: i64) -> serde_json::Value {
    let r = s
        .call(
            c,
            "/api/consultations/meetings",
            &[("consultation_id", &consultation.to_string())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    r.json().await.unwrap()
}

/// The visitor's place at the first meeting: "Seat", "Waiting 2", or "-".
async fn place(s: &Server, c: &Client, consultation: i64) -> String {
    let v = view(s, c, consultation).await;
    let mine = &v["meetings"][0]["mine"];
    if mine.is_null() {
        "-".into()
    } else if mine == "Seat" {
        "Seat".into()
    } else {
        format!("Waiting {}", mine["Waiting"])
    }
}

#[tokio::test]
async fn meetings_fill_their_seats_and_the_waiting_list_moves_up_by_itself() {
    let s = start().await;
    let c = consultation(&s, -3, 20, true).await;
    let cs = c.to_string();
    let admin = staff(&s).await;
    let add = "/api/consultations/meeting/add";

    // Residents and strangers may not plan meetings, nor read the desk.
    let ala = s.resident("ala.mtg@example.pl", "2").await;
    let anon = s.browser();
    let good = meeting_form(c, "2");
    assert_eq!(
        s.call(&ala, add, &refs(&good)).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        s.call(&anon, add, &refs(&good)).await.status(),
        StatusCode::UNAUTHORIZED
    );
    for who in [&ala, &anon] {
        let r = s
            .call(
                who,
                "/api/consultations/meetings/desk",
                &[("consultation_id", &cs)],
            )
            .await;
        assert!(
            r.status() == StatusCode::FORBIDDEN || r.status() == StatusCode::UNAUTHORIZED,
            "{}",
            r.status()
        );
    }

    // Every problem at its field at once.
    let bad = with(
        good.clone(),
        &[
            ("title", ""),
            ("date", &day(25)),
            ("starts", "5pm"),
            ("place", ""),
            ("seats", "0"),
        ],
    );
    let mut got = call(&s, &admin, add, &refs(&bad)).await;
    got.sort();
    assert_eq!(
        got,
        vec![
            ("date".to_string(), "OutsideConsultation".to_string()),
            ("place".into(), "PlaceRequired".into()),
            ("seats".into(), "NumberRange".into()),
            ("starts".into(), "TimeInvalid".into()),
            ("title".into(), "FieldRequired".into()),
        ]
    );
    // Without JavaScript: back to the form, the values kept.
    let r = s
        .form(
            &admin,
            add,
            &refs(&with(bad.clone(), &[("title", "Spacer <b>")])),
        )
        .await;
    assert_eq!(
        location(&r),
        format!("/staff/consultations/{c}/meetings#add-meeting")
    );
    let (_, page) = s
        .page(&admin, &format!("/staff/consultations/{c}/meetings"))
        .await;
    assert!(
        page.contains("value=\"Spacer &lt;b&gt;\""),
        "title kept, escaped"
    );
    assert!(page.contains("Podaj adres albo link do spotkania w internecie."));
    assert_eq!(s.count("SELECT COUNT(*) FROM con_meetings").await, 0);
    // A malformed request is a 400, not a 500.
    let r = s.call(&admin, add, &[("consultation_id", "x")]).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);

    assert!(call(&s, &admin, add, &refs(&good)).await.is_empty());
    let m: i64 = s.count("SELECT MAX(id) FROM con_meetings").await;
    let ms = m.to_string();

    // Five residents register at the same moment for two seats: two seats, three waiting.
    let mut people = Vec::new();
    for n in 0..5 {
        people.push(s.resident(&format!("r{n}.mtg@example.pl"), "2").await);
    }
    let register = "/api/consultations/meeting/register";
    let fields = [
        ("consultation_id", cs.as_str()),
        ("meeting_id", ms.as_str()),
    ];
    let replies =
        futures::future::join_all(people.iter().map(|p| s.call(p, register, &fields))).await;
    for r in replies {
        assert_eq!(r.status(), StatusCode::OK);
    }
    let mut places = Vec::new();
    for p in &people {
        places.push(place(&s, p, c).await);
    }
    let mut sorted = places.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        ["Seat", "Seat", "Waiting 1", "Waiting 2", "Waiting 3"],
        "{places:?}"
    );
    assert_eq!(
        view(&s, &anon, c).await["meetings"][0]["registered"],
        5,
        "anyone sees how full it is"
    );
    // A second registration changes nothing.
    assert_eq!(
        call(
            &s,
            &people[0],
            register,
            &[("consultation_id", &cs), ("meeting_id", &ms)]
        )
        .await,
        one("", "AlreadyRegistered")
    );
    // Another consultation's id with this meeting: unknown.
    let other = consultation(&s, -3, 20, true).await.to_string();
    assert_eq!(
        call(
            &s,
            &ala,
            register,
            &[("consultation_id", &other), ("meeting_id", &ms)]
        )
        .await,
        one("", "MeetingUnknown")
    );

    // The sixth, without JavaScript: the waiting list, number 4, told on the page.
    let late = s.resident("late.mtg@example.pl", "2").await;
    let r = s
        .form(
            &late,
            register,
            &[
                ("consultation_id", &cs),
                ("meeting_id", &ms),
                ("interpreter", "yes"),
            ],
        )
        .await;
    assert_eq!(
        location(&r),
        format!("/consultations/{c}/meetings#meeting-{m}")
    );
    let (_, page) = s.page(&late, &format!("/consultations/{c}/meetings")).await;
    assert!(
        text(&page).contains("jesteś na liście rezerwowej, na miejscu 4"),
        "{}",
        text(&page)
    );

    // Two with seats cancel at the same moment: the first two waiting move up, each told once.
    let seated: Vec<usize> = (0..5).filter(|&i| places[i] == "Seat").collect();
    let waiting = |n: &str| (0..5).find(|&i| places[i] == n).unwrap();
    let (w1, w2, w3) = (
        waiting("Waiting 1"),
        waiting("Waiting 2"),
        waiting("Waiting 3"),
    );
    let cancel = "/api/consultations/meeting/cancel";
    let replies =
        futures::future::join_all(seated.iter().map(|&i| s.call(&people[i], cancel, &fields)))
            .await;
    for r in replies {
        assert_eq!(r.status(), StatusCode::OK);
    }
    assert_eq!(place(&s, &people[w1], c).await, "Seat");
    assert_eq!(place(&s, &people[w2], c).await, "Seat");
    assert_eq!(place(&s, &people[w3], c).await, "Waiting 1");
    assert_eq!(place(&s, &people[seated[0]], c).await, "-");
    assert_eq!(
        s.count("SELECT COUNT(*) FROM con_notices WHERE kind = 'seat-freed'")
            .await,
        2
    );
    // Cancelling again: not registered; nobody told twice.
    assert_eq!(
        call(
            &s,
            &people[seated[0]],
            cancel,
            &[("consultation_id", &cs), ("meeting_id", &ms)]
        )
        .await,
        one("", "NotRegistered")
    );
    // One more cancellation moves the third one up.
    assert!(call(
        &s,
        &people[w1],
        cancel,
        &[("consultation_id", &cs), ("meeting_id", &ms)]
    )
    .await
    .is_empty());
    assert_eq!(place(&s, &people[w3], c).await, "Seat");
    assert_eq!(
        s.count("SELECT COUNT(*) FROM con_notices WHERE kind = 'seat-freed'")
            .await,
        3
    );
    // The notification centre says so.
    let r = s.call(&people[w3], "/api/consultations/notices", &[]).await;
    let notices: serde_json::Value = r.json().await.unwrap();
    assert_eq!(
        notices[0]["kind"]["SeatFreed"][0], "Warsztaty: plac zabaw",
        "{notices}"
    );

    // The desk: registrants in order with their places and the interpreter asked for.
    let r = s
        .call(
            &admin,
            "/api/consultations/meetings/desk",
            &[("consultation_id", &cs)],
        )
        .await;
    let desk: serde_json::Value = r.json().await.unwrap();
    let list = desk["meetings"][0][1].as_array().unwrap();
    assert_eq!(list.len(), 3);
    assert_eq!(list[0]["place"], "Seat");
    assert_eq!(list[2]["place"]["Waiting"], 1);
    assert_eq!(list[2]["email"], "late.mtg@example.pl");
    assert_eq!(list[2]["interpreter"], true);
    // Attendance, for the report.
    let attend = "/api/consultations/meeting/attendance";
    assert_eq!(
        call(
            &s,
            &admin,
            attend,
            &[
                ("consultation_id", &cs),
                ("meeting_id", &ms),
                ("attended", "-1")
            ]
        )
        .await,
        one("", "NumberRange")
    );
    assert!(call(
        &s,
        &admin,
        attend,
        &[
            ("consultation_id", &cs),
            ("meeting_id", &ms),
            ("attended", "17")
        ]
    )
    .await
    .is_empty());
    assert_eq!(
        s.call(
            &ala,
            attend,
            &[
                ("consultation_id", &cs),
                ("meeting_id", &ms),
                ("attended", "3")
            ]
        )
        .await
        .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(s.count("SELECT attended FROM con_meetings").await, 17);

    // The iCalendar file parses and says what and when.
    let r = anon
        .get(s.url(&format!("/consultations/{c}/meetings/{m}.ics")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/calendar"));
    let body = r.text().await.unwrap();
    let cal: icalendar::Calendar = body.parse().unwrap();
    use icalendar::{Component, EventLike};
    let events: Vec<_> = cal.events().collect();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].get_summary(), Some("Warsztaty: plac zabaw"));
    assert!(events[0]
        .get_location()
        .is_some_and(|l| l.contains("Dworek Białoprądnicki") && l.contains("sala A")));
    let starts: i64 = s.count("SELECT starts_at FROM con_meetings").await;
    match events[0].get_start() {
        Some(icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(t))) => {
            assert_eq!(t.timestamp(), starts)
        }
        other => panic!("start {other:?}"),
    }
    assert!(events[0].get_uid().is_some());
    // Another consultation's path, a draft, or a name that is not a meeting: 404.
    for path in [
        format!("/consultations/{other}/meetings/{m}.ics"),
        format!("/consultations/{c}/meetings/x.ics"),
        format!("/consultations/{c}/meetings/{m}"),
    ] {
        let r = anon.get(s.url(&path)).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
    }
    let draft = consultation(&s, 10, 40, false).await;
    let (status, _) = s
        .page(&anon, &format!("/consultations/{draft}/meetings"))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Once a meeting has begun, nobody registers or cancels.
    let db = Db::connect(&s.db_url).await.unwrap();
    sqlx::query("UPDATE con_meetings SET starts_at = $1")
        .bind(konto_app::platform::now() - 60)
        .execute(&db.pool)
        .await
        .unwrap();
    db.pool.close().await;
    assert_eq!(
        call(
            &s,
            &ala,
            register,
            &[("consultation_id", &cs), ("meeting_id", &ms)]
        )
        .await,
        one("", "MeetingStarted")
    );
    assert_eq!(
        call(
            &s,
            &people[w3],
            cancel,
            &[("consultation_id", &cs), ("meeting_id", &ms)]
        )
        .await,
        one("", "MeetingStarted")
    );
    // The registration is in the resident's data export.
    let export: serde_json::Value = late
        .get(s.url("/account/export"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        export["consultations"]["meeting_registrations"][0]["interpreter"],
        true
    );
}

/// A registration still in flight (its transaction open) when another one is made counts
/// first: the later one is told its true place, keeps it, and is told when it moves up. On
/// PostgreSQL the later one used to be told "a seat", then find itself on the waiting list
/// unmarked, so that its move-up went untold. A seat freed by a deleted account is told too,
/// by the news job.
#[tokio::test]
async fn a_registration_in_flight_counts_first_and_every_move_up_is_told() {
    let s = start().await;
    let c = consultation(&s, -3, 20, true).await;
    let admin = staff(&s).await;
    let add = "/api/consultations/meeting/add";
    assert!(call(&s, &admin, add, &refs(&meeting_form(c, "1")))
        .await
        .is_empty());
    let m = s.count("SELECT MAX(id) FROM con_meetings").await;
    let (cs, ms) = (c.to_string(), m.to_string());
    let fields = [
        ("consultation_id", cs.as_str()),
        ("meeting_id", ms.as_str()),
    ];
    let register = "/api/consultations/meeting/register";
    let first = s.resident("first.mtg@example.pl", "2").await;
    let second = s.resident("second.mtg@example.pl", "2").await;
    let third = s.resident("third.mtg@example.pl", "2").await;
    let first_id = s
        .count("SELECT id FROM users WHERE email = 'first.mtg@example.pl'")
        .await;
    let freed = "SELECT COUNT(*) FROM con_notices WHERE kind = 'seat-freed'";

    // The first one's registration in flight: the meeting taken, the row written, not committed.
    let db = Db::connect(&s.db_url).await.unwrap();
    let mut tx = db.pool.begin().await.unwrap();
    sqlx::query("UPDATE con_meetings SET seats = seats WHERE id = $1")
        .bind(m)
        .execute(&mut *tx)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO con_registrations (meeting_id, account_id, interpreter, created_at)
         VALUES ($1, $2, 0, 0)",
    )
    .bind(m)
    .bind(first_id)
    .execute(&mut *tx)
    .await
    .unwrap();
    let pending = s.call(&second, register, &fields);
    let commit = async {
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        tx.commit().await.unwrap();
    };
    let (r, ()) = tokio::join!(pending, commit);
    assert_eq!(r.status(), StatusCode::OK);
    let told = r.json::<serde_json::Value>().await.unwrap().to_string();
    assert!(
        told.contains("RegisteredWaiting") && told.contains("\"place\":1"),
        "{told}"
    );
    assert_eq!(place(&s, &first, c).await, "Seat");
    assert_eq!(place(&s, &second, c).await, "Waiting 1");

    // The first one cancels: the second moves up and is told.
    assert!(
        call(&s, &first, "/api/consultations/meeting/cancel", &fields)
            .await
            .is_empty()
    );
    assert_eq!(place(&s, &second, c).await, "Seat");
    assert_eq!(s.count(freed).await, 1);

    // The third waits; the second deletes the account: the news job tells the third, once.
    assert!(call(&s, &third, register, &fields).await.is_empty());
    assert_eq!(place(&s, &third, c).await, "Waiting 1");
    let r = s
        .form(
            &second,
            "/api/delete_account",
            &[("password", "correct horse battery"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(location(&r), "/");
    assert_eq!(place(&s, &third, c).await, "Seat");
    let third_id = s
        .count("SELECT id FROM users WHERE email = 'third.mtg@example.pl'")
        .await;
    let freed = format!("{freed} AND account_id = {third_id}");
    assert_eq!(s.count(&freed).await, 0);
    let keys = s.keys();
    let origin = "http://127.0.0.1:3000";
    let now = konto_app::platform::now();
    konto_app::consultations::news::run_once(&db, &keys, origin, now)
        .await
        .unwrap();
    assert_eq!(s.count(&freed).await, 1);
    konto_app::consultations::news::run_once(&db, &keys, origin, now)
        .await
        .unwrap();
    assert_eq!(s.count(&freed).await, 1, "told once");
    let r = s.call(&third, "/api/consultations/notices", &[]).await;
    let notices: serde_json::Value = r.json().await.unwrap();
    assert_eq!(
        notices[0]["kind"]["SeatFreed"][0], "Warsztaty: plac zabaw",
        "{notices}"
    );
    db.pool.close().await;
}

#[tokio::test]
async fn duty_hours_one_person_per_slot_and_the_number_only_for_organisers() {
    // Eleven residents register from one address here.
    let s = start_with(|c| c.settings.register_limit_address = 20).await;
    let c = consultation(&s, -3, 20, true).await;
    let cs = c.to_string();
    let admin = staff(&s).await;
    let add = "/api/consultations/duty/add";
    let duty = |mode: &str, place: &str, from: &str, to: &str| -> Vec<(String, String)> {
        [
            ("consultation_id", cs.clone()),
            ("duty_expert", "Anna Zielińska, architektka".to_string()),
            ("duty_mode", mode.to_string()),
            ("duty_place", place.to_string()),
            ("duty_date", day(3)),
            ("duty_starts", from.to_string()),
            ("duty_ends", to.to_string()),
            ("duty_minutes", "30".to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
    };
    let ala = s.resident("ala.duty@example.pl", "2").await;
    assert_eq!(
        s.call(&ala, add, &refs(&duty("phone", "", "10:00", "11:30")))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    // In person needs a place; the fields carry the form's own names.
    assert_eq!(
        call(
            &s,
            &admin,
            add,
            &refs(&duty("in-person", "", "10:00", "11:30"))
        )
        .await,
        one("duty_place", "PlaceRequired")
    );
    assert_eq!(
        call(&s, &admin, add, &refs(&duty("phone", "", "10:00", "10:10"))).await,
        one("duty_minutes", "SlotLongerThanHours")
    );
    assert!(
        call(&s, &admin, add, &refs(&duty("phone", "", "10:00", "11:30")))
            .await
            .is_empty()
    );
    assert!(call(
        &s,
        &admin,
        add,
        &refs(&duty(
            "in-person",
            "ul. Reymonta 20, pokój 12",
            "12:00",
            "13:00"
        ))
    )
    .await
    .is_empty());
    let ids: Vec<i64> = {
        let db = Db::connect(&s.db_url).await.unwrap();
        let v = sqlx::query_scalar("SELECT id FROM con_duty_slots ORDER BY starts_at")
            .fetch_all(&db.pool)
            .await
            .unwrap();
        db.pool.close().await;
        v
    };
    assert_eq!(ids.len(), 5, "three by phone, two in person");
    let (phone_slot, person_slot) = (ids[0].to_string(), ids[3].to_string());
    let book = "/api/consultations/duty/book";

    // By phone, a number is needed; a question at most 500 characters; a slot must be chosen.
    let long = "x".repeat(501);
    let mut got = call(
        &s,
        &ala,
        book,
        &[
            ("consultation_id", &cs),
            ("slot", &phone_slot),
            ("phone", "12"),
            ("question", &long),
        ],
    )
    .await;
    got.sort();
    assert_eq!(
        got,
        vec![
            ("phone".to_string(), "PhoneInvalid".to_string()),
            ("question".into(), "TextTooLong".into())
        ]
    );
    assert_eq!(
        call(&s, &ala, book, &[("consultation_id", &cs)]).await,
        one("slot", "FieldRequired")
    );

    // Ten residents book the same slot at once: one gets it.
    let mut people = Vec::new();
    for n in 0..10 {
        people.push(s.resident(&format!("d{n}.duty@example.pl"), "2").await);
    }
    let srv = &s;
    let replies = futures::future::join_all(people.iter().enumerate().map(|(n, p)| {
        let phone = format!("600 100 {:03}", n);
        let cs = cs.clone();
        let slot = phone_slot.clone();
        async move {
            let r = srv
                .call(
                    p,
                    book,
                    &[
                        ("consultation_id", &cs),
                        ("slot", &slot),
                        ("phone", &phone),
                        ("question", "O ławkach"),
                    ],
                )
                .await;
            problems(&r.json().await.unwrap())
        }
    }))
    .await;
    let booked = replies.iter().filter(|p| p.is_empty()).count();
    assert_eq!(booked, 1, "{replies:?}");
    assert!(replies
        .iter()
        .filter(|p| !p.is_empty())
        .all(|p| *p == one("slot", "SlotTaken")));
    assert_eq!(s.count("SELECT COUNT(*) FROM con_bookings").await, 1);
    let winner = replies.iter().position(|p| p.is_empty()).unwrap();
    let number = format!("+48 600 100 {:03}", winner);

    // One slot per resident and consultation.
    assert_eq!(
        call(
            &s,
            &people[winner],
            book,
            &[("consultation_id", &cs), ("slot", &person_slot)]
        )
        .await,
        one("slot", "SlotAlreadyBooked")
    );
    // In person: no number needed.
    assert!(call(
        &s,
        &ala,
        book,
        &[("consultation_id", &cs), ("slot", &person_slot)]
    )
    .await
    .is_empty());

    // Residents see that a slot is taken, never by whom or the number; organisers see both.
    let seen = view(&s, &people[(winner + 1) % 10], c).await.to_string();
    assert!(!seen.contains("600 100") && !seen.contains("d0.duty"));
    let mine = view(&s, &people[winner], c).await;
    assert_eq!(mine["slots"][0]["mine"], true);
    assert!(mine["slots"][0]["booking"].is_null());
    let r = s
        .call(
            &admin,
            "/api/consultations/meetings/desk",
            &[("consultation_id", &cs)],
        )
        .await;
    let desk = r.text().await.unwrap();
    assert!(
        desk.contains(&number) && desk.contains("O ławkach"),
        "{desk}"
    );

    // Giving a slot back frees it for someone else; only one's own.
    let unbook = "/api/consultations/duty/cancel";
    assert_eq!(
        call(
            &s,
            &ala,
            unbook,
            &[("consultation_id", &cs), ("slot_id", &phone_slot)]
        )
        .await,
        one("", "SlotTaken")
    );
    assert!(call(
        &s,
        &people[winner],
        unbook,
        &[("consultation_id", &cs), ("slot_id", &phone_slot)]
    )
    .await
    .is_empty());
    let other = (winner + 1) % 10;
    assert!(call(
        &s,
        &people[other],
        book,
        &[
            ("consultation_id", &cs),
            ("slot", &phone_slot),
            ("phone", "+48 601 202 303")
        ]
    )
    .await
    .is_empty());
    // The booking is in the export, and goes with the account, number and all.
    let export: serde_json::Value = people[other]
        .get(s.url("/account/export"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        export["consultations"]["duty_hour_bookings"][0]["phone"],
        "+48 601 202 303"
    );
    let r = s
        .form(
            &people[other],
            "/api/delete_account",
            &[("password", "correct horse battery"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(location(&r), "/");
    assert!(s.find_in_database("601 202 303").await.is_empty());
    assert_eq!(s.count("SELECT COUNT(*) FROM con_bookings").await, 1);
}

#[tokio::test]
async fn every_meeting_and_duty_function_refuses_those_who_may_not_use_it() {
    let s = start().await;
    let c = consultation(&s, -3, 20, true).await.to_string();
    let anon = s.browser();
    let ala = s.resident("ala.roles@example.pl", "2").await;
    let some = [
        ("consultation_id", c.as_str()),
        ("meeting_id", "1"),
        ("slot_id", "1"),
    ];
    // Residents' actions: strangers are sent to sign in (401).
    for path in [
        "/api/consultations/meeting/register",
        "/api/consultations/meeting/cancel",
        "/api/consultations/duty/book",
        "/api/consultations/duty/cancel",
        "/api/consultations/following",
        "/api/consultations/following/save",
    ] {
        let fields: Vec<(&str, &str)> = if path.contains("following") {
            vec![]
        } else {
            some.to_vec()
        };
        assert_eq!(
            s.call(&anon, path, &fields).await.status(),
            StatusCode::UNAUTHORIZED,
            "{path}"
        );
    }
    // Organisers' actions: strangers 401, residents 403.
    for path in [
        "/api/consultations/meeting/add",
        "/api/consultations/duty/add",
        "/api/consultations/meeting/attendance",
        "/api/consultations/meetings/desk",
    ] {
        assert_eq!(
            s.call(&anon, path, &some).await.status(),
            StatusCode::UNAUTHORIZED,
            "{path}"
        );
        assert_eq!(
            s.call(&ala, path, &some).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
}

#[tokio::test]
async fn a_booking_refused_without_javascript_keeps_what_was_typed() {
    let s = start().await;
    let c = consultation(&s, -3, 20, true).await;
    let cs = c.to_string();
    let admin = staff(&s).await;
    let duty = [
        ("consultation_id", cs.as_str()),
        ("duty_expert", "Anna Zielińska"),
        ("duty_mode", "phone"),
        ("duty_place", ""),
        ("duty_date", &day(3)),
        ("duty_starts", "10:00"),
        ("duty_ends", "11:00"),
        ("duty_minutes", "30"),
    ];
    assert!(call(&s, &admin, "/api/consultations/duty/add", &duty)
        .await
        .is_empty());
    let slot = s
        .count("SELECT MIN(id) FROM con_duty_slots")
        .await
        .to_string();
    let ala = s.resident("ala.nojs@example.pl", "2").await;
    let r = s
        .form(
            &ala,
            "/api/consultations/duty/book",
            &[
                ("consultation_id", &cs),
                ("slot", &slot),
                ("phone", "12 34"),
                ("question", "O ławkach </textarea><b>przy stawie</b>"),
            ],
        )
        .await;
    assert_eq!(location(&r), format!("/consultations/{c}/meetings#duty"));
    let (_, page) = s.page(&ala, &format!("/consultations/{c}/meetings")).await;
    assert!(
        page.contains("Podaj polski numer telefonu"),
        "the sentence at the field"
    );
    assert!(page.contains("value=\"12 34\""), "the number kept");
    // A typed value never becomes markup: `</textarea>` inside it stays text.
    assert!(
        page.contains("O ławkach &lt;/textarea&gt;&lt;b&gt;przy stawie"),
        "the question kept, escaped"
    );
    assert!(!page.contains("</textarea><b>przy"));
    assert!(
        page.contains(&format!("value=\"{slot}\" checked")),
        "the slot still chosen"
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM con_bookings").await, 0);
}
