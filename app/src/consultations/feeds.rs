//! Open feeds of consultations (server only): Atom (RFC 4287) of every published
//! consultation, of one district's or of one topic's, and iCalendar (RFC 5545) of
//! consultation periods and meetings, written with well-kept crates (atom_syndication,
//! icalendar) so that feed readers and calendar programs read them as they are.
use super::rules::{self, Following, Phase, Topic};
use super::store::{self, ConRow, MeetingRow};
use crate::forms::District;
use crate::i18n::{loader, Lang};
use crate::platform::Db;
use crate::t;

/// Which consultations a feed carries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub district: Option<District>,
    pub topic: Option<Topic>,
}

impl Filter {
    /// From a feed address's query (`district=5`, `topic=greenery`); None when a value is
    /// not one of Kraków's districts or the portal's topics (the feed is then a 404).
    pub fn parse(district: Option<&str>, topic: Option<&str>) -> Option<Filter> {
        let district = match district {
            None | Some("") => None,
            Some(d) => Some(d.trim().parse::<u8>().ok().and_then(District::new)?),
        };
        let topic = match topic {
            None | Some("") => None,
            Some(t) => Some(Topic::parse(t.trim())?),
        };
        Some(Filter { district, topic })
    }

    /// A district's feed carries its own consultations and the whole city's, as following a
    /// district does.
    pub fn keeps(&self, r: &ConRow) -> bool {
        let by_district = self.district.is_none_or(|d| {
            rules::concerns(
                &Following {
                    districts: vec![d],
                    ..Default::default()
                },
                &r.def.districts,
                r.def.topic,
            )
        });
        by_district && self.topic.is_none_or(|t| t == r.def.topic)
    }
}

/// A consultation in a feed, with the moment its entry last changed: publication, the
/// opening, the close, an extension or the report.
#[derive(Clone, Debug)]
pub struct Item {
    pub row: ConRow,
    pub phase: Phase,
    pub created_at: i64,
    pub updated_at: i64,
}

pub async fn items(db: &Db, filter: Filter, now: i64) -> Result<Vec<Item>, sqlx::Error> {
    let changes: Vec<(i64, i64, Option<i64>, Option<i64>)> = sqlx::query_as(
        "SELECT c.id, c.created_at,
                (SELECT MAX(e.at) FROM con_extensions e WHERE e.consultation_id = c.id),
                (SELECT r.published_at FROM con_final_reports r WHERE r.consultation_id = c.id)
         FROM con_consultations c WHERE c.published = 1",
    )
    .fetch_all(&db.pool)
    .await?;
    let mut out = Vec::new();
    for r in store::published(db).await? {
        if !filter.keeps(&r) {
            continue;
        }
        let Some(&(_, created, extended, reported)) = changes.iter().find(|c| c.0 == r.id) else {
            continue;
        };
        let t = r.def.timeline;
        let opened = rules::day_start(t.opens);
        let closed = t
            .closes
            .checked_add(jiff::Span::new().days(1))
            .map(rules::day_start)
            .unwrap_or(i64::MAX);
        let updated = [
            Some(created),
            (opened <= now).then_some(opened),
            (closed <= now).then_some(closed),
            extended,
            reported.filter(|_| r.report_published),
        ]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(created);
        out.push(Item {
            phase: rules::phase(true, &t, r.report_published, now),
            row: r,
            created_at: created,
            updated_at: updated,
        });
    }
    out.sort_by_key(|i| std::cmp::Reverse((i.updated_at, i.row.id)));
    Ok(out)
}

struct Pl;
impl Pl {
    fn loader(&self) -> &'static i18n_embed::fluent::FluentLanguageLoader {
        loader(Lang::Pl)
    }
}

fn topic_pl(t: Topic) -> String {
    match t {
        Topic::Transport => t!(Pl, "con-topic-transport"),
        Topic::Greenery => t!(Pl, "con-topic-greenery"),
        Topic::Planning => t!(Pl, "con-topic-planning"),
        Topic::Environment => t!(Pl, "con-topic-environment"),
        Topic::Housing => t!(Pl, "con-topic-housing"),
        Topic::Culture => t!(Pl, "con-topic-culture"),
        Topic::Education => t!(Pl, "con-topic-education"),
        Topic::Social => t!(Pl, "con-topic-social"),
        Topic::Other => t!(Pl, "con-topic-other"),
    }
}

fn phase_pl(p: Phase) -> String {
    match p {
        Phase::Draft | Phase::Information => t!(Pl, "feed-phase-information"),
        Phase::Open => t!(Pl, "feed-phase-open"),
        Phase::Answering | Phase::ReportDue => t!(Pl, "feed-phase-answering"),
        Phase::Reported => t!(Pl, "feed-phase-reported"),
    }
}

fn at(ts: i64) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::from_timestamp(ts, 0)
        .unwrap_or_default()
        .fixed_offset()
}

/// The Atom feed (in Polish, the language consultations are written in).
pub fn atom(items: &[Item], filter: Filter, origin: &str, self_url: &str) -> String {
    use atom_syndication::{Entry, Feed, Link, Person, Text};
    let origin = origin.trim_end_matches('/');
    let mut title = t!(Pl, "feed-title");
    if let Some(d) = filter.district {
        title = format!("{title}: {}", d.label());
    }
    if let Some(tp) = filter.topic {
        title = format!("{title}: {}", topic_pl(tp));
    }
    let link = |href: String, rel: &str, kind: Option<&str>| Link {
        href,
        rel: rel.to_string(),
        mime_type: kind.map(str::to_string),
        ..Default::default()
    };
    let mut feed = Feed::default();
    feed.set_title(Text::plain(title));
    feed.set_id(self_url.to_string());
    feed.set_lang(Some("pl".to_string()));
    feed.set_updated(at(items
        .iter()
        .map(|i| i.updated_at)
        .max()
        .unwrap_or_default()));
    feed.set_authors(vec![Person {
        name: t!(Pl, "feed-author"),
        uri: Some(format!("{origin}/")),
        ..Default::default()
    }]);
    feed.set_links(vec![
        link(self_url.to_string(), "self", Some("application/atom+xml")),
        link(
            format!("{origin}/consultations"),
            "alternate",
            Some("text/html"),
        ),
    ]);
    feed.set_entries(
        items
            .iter()
            .map(|i| {
                let r = &i.row;
                let t = r.def.timeline;
                let places = if r.def.districts.is_empty() {
                    t!(Pl, "feed-whole-city")
                } else {
                    r.def
                        .districts
                        .iter()
                        .map(|d| d.label())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let summary = format!(
                    "{}\n\n{}\n{}\n{} · {}",
                    r.def.summary,
                    phase_pl(i.phase),
                    t!(
                        Pl,
                        "feed-dates",
                        opens = t.opens.to_string(),
                        closes = t.closes.to_string()
                    ),
                    topic_pl(r.def.topic),
                    places,
                );
                let mut e = Entry::default();
                e.set_id(format!("{origin}/consultations/{}", r.id));
                e.set_title(Text::plain(r.def.title.clone()));
                e.set_updated(at(i.updated_at));
                e.set_published(Some(at(i.created_at)));
                e.set_summary(Some(Text::plain(summary)));
                e.set_links(vec![link(
                    format!("{origin}/consultations/{}", r.id),
                    "alternate",
                    Some("text/html"),
                )]);
                e
            })
            .collect::<Vec<_>>(),
    );
    feed.to_string()
}

/// An iCalendar of consultation periods (whole days, the last one included) and meetings,
/// each with the address of its page.
pub fn calendar(
    name: &str,
    periods: &[Item],
    meetings: &[(MeetingRow, String)],
    origin: &str,
) -> String {
    use icalendar::{Calendar, Component, Event, EventLike};
    let origin = origin.trim_end_matches('/');
    let utc = |ts: i64| chrono::DateTime::from_timestamp(ts, 0).unwrap_or_default();
    let day = |d: jiff::civil::Date| {
        chrono::NaiveDate::from_ymd_opt(i32::from(d.year()), d.month() as u32, d.day() as u32)
            .unwrap_or_default()
    };
    let mut cal = Calendar::new();
    cal.name(name);
    for i in periods {
        let r = &i.row;
        let url = format!("{origin}/consultations/{}", r.id);
        let after = r
            .def
            .timeline
            .closes
            .checked_add(jiff::Span::new().days(1))
            .unwrap_or(r.def.timeline.closes);
        cal.push(
            Event::new()
                .uid(&format!("consultation-{}@konto.krakow.pl", r.id))
                .summary(&t!(Pl, "feed-period", title = r.def.title.clone()))
                .description(&format!("{}\n{url}", r.def.summary))
                .url(&url)
                .starts(day(r.def.timeline.opens))
                .ends(day(after))
                .timestamp(utc(i.updated_at))
                .done(),
        );
    }
    for (m, consultation_title) in meetings {
        let url = format!("{origin}/consultations/{}/meetings", m.consultation_id);
        let where_ = match (m.place.is_empty(), m.online_url.is_empty()) {
            (false, false) => format!("{} / {}", m.place, m.online_url),
            (false, true) => m.place.clone(),
            _ => m.online_url.clone(),
        };
        cal.push(
            Event::new()
                .uid(&format!("meeting-{}@konto.krakow.pl", m.id))
                .summary(&m.title)
                .description(&format!("{consultation_title}\n{url}"))
                .location(&where_)
                .url(&url)
                .starts(utc(m.starts_at))
                .ends(utc(m.ends_at))
                .timestamp(utc(m.starts_at))
                .done(),
        );
    }
    cal.done().to_string()
}

/// The calendar of every published consultation (as `filter` keeps them) and its meetings.
pub async fn calendar_of(
    db: &Db,
    filter: Filter,
    origin: &str,
    now: i64,
) -> Result<String, sqlx::Error> {
    let periods = items(db, filter, now).await?;
    let mut meetings = Vec::new();
    for m in store::all_meetings(db).await? {
        if let Some(i) = periods.iter().find(|i| i.row.id == m.consultation_id) {
            meetings.push((m, i.row.def.title.clone()));
        }
    }
    Ok(calendar(&t!(Pl, "feed-title"), &periods, &meetings, origin))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consultations::rules::{Form, Moderation, Timeline};
    use crate::consultations::store::NewConsultation;
    use jiff::civil::date;

    fn item(id: i64, districts: &[u8], topic: Topic) -> Item {
        Item {
            row: ConRow {
                id,
                def: NewConsultation {
                    title: format!("Konsultacje <{id}> & co"),
                    summary: "Streszczenie".into(),
                    easy_summary: String::new(),
                    topic,
                    districts: districts.iter().filter_map(|&d| District::new(d)).collect(),
                    department: String::new(),
                    contact: String::new(),
                    moderation: Moderation::After,
                    forms: vec![Form::Remarks],
                    verified_only: false,
                    timeline: Timeline {
                        information_from: date(2027, 3, 1),
                        opens: date(2027, 3, 8),
                        closes: date(2027, 3, 28),
                        answers_by: date(2027, 4, 28),
                        report_by: date(2027, 5, 12),
                    },
                    published: true,
                },
                report_published: false,
                translations: Default::default(),
                survey_id: None,
            },
            phase: Phase::Open,
            created_at: 1_800_000_000 + id,
            updated_at: 1_800_000_100 + id,
        }
    }

    #[test]
    fn filters_follow_districts_and_topics_like_following_does() {
        assert_eq!(Filter::parse(Some("99"), None), None);
        assert_eq!(Filter::parse(None, Some("weather")), None);
        assert_eq!(Filter::parse(Some(""), Some("")), Some(Filter::default()));
        let krowodrza = Filter::parse(Some("5"), None).unwrap();
        assert!(krowodrza.keeps(&item(1, &[5], Topic::Greenery).row));
        assert!(
            krowodrza.keeps(&item(2, &[], Topic::Transport).row),
            "the whole city"
        );
        assert!(!krowodrza.keeps(&item(3, &[13], Topic::Greenery).row));
        let greenery = Filter::parse(None, Some("greenery")).unwrap();
        assert!(greenery.keeps(&item(3, &[13], Topic::Greenery).row));
        assert!(!greenery.keeps(&item(2, &[], Topic::Transport).row));
    }

    #[test]
    fn the_atom_feed_reads_back_with_every_entry_escaped() {
        let items = vec![
            item(1, &[5], Topic::Greenery),
            item(2, &[], Topic::Transport),
        ];
        let f = Filter::parse(Some("5"), None).unwrap();
        let text = atom(
            &items,
            f,
            "https://konto.krakow.pl",
            "https://konto.krakow.pl/consultations/feed.atom?district=5",
        );
        assert!(text.contains("&lt;1&gt; &amp; co"), "{text}");
        let feed = atom_syndication::Feed::read_from(text.as_bytes()).unwrap();
        assert!(feed.title().as_str().contains("Krowodrza"));
        assert_eq!(feed.entries().len(), 2);
        let e = &feed.entries()[0];
        assert_eq!(e.title().as_str(), "Konsultacje <1> & co");
        assert_eq!(e.id(), "https://konto.krakow.pl/consultations/1");
        assert_eq!(e.updated().timestamp(), 1_800_000_101);
        let summary = e.summary().unwrap().as_str();
        assert!(summary.contains("2027-03-08") && summary.contains("2027-03-28"));
        assert_eq!(feed.updated().timestamp(), 1_800_000_102);
        assert!(feed
            .links()
            .iter()
            .any(|l| l.rel() == "self" && l.href().ends_with("district=5")));
    }

    #[test]
    fn the_calendar_has_whole_days_for_periods_and_times_for_meetings() {
        use icalendar::{Component, DatePerhapsTime};
        let items = vec![item(1, &[5], Topic::Greenery)];
        let text = calendar("Konsultacje", &items, &[], "https://k");
        let cal: icalendar::Calendar = text.parse().unwrap();
        let e = cal.events().next().unwrap();
        assert_eq!(
            e.get_start(),
            Some(DatePerhapsTime::Date(
                chrono::NaiveDate::from_ymd_opt(2027, 3, 8).unwrap()
            ))
        );
        // The last day is included: the event ends (exclusively) the day after.
        assert_eq!(
            e.get_end(),
            Some(DatePerhapsTime::Date(
                chrono::NaiveDate::from_ymd_opt(2027, 3, 29).unwrap()
            ))
        );
        assert_eq!(e.get_url(), Some("https://k/consultations/1"));
    }
}
