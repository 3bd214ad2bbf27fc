//! News that reaches people (server only): what a resident follows, the timeline events
//! announced once each to everyone they concern, and the e-mail that carries notices (a
//! daily digest by default, at once, or none), each with a one-click unsubscribe address
//! (RFC 8058) whose token is a keyed hash: it works without signing in and cannot be guessed.
use super::rules::{self, Delivery, Event, Following, Topic};
use super::store::{self, ConRow};
use crate::forms::District;
use crate::i18n::{loader, Lang};
use crate::platform::{keys::Keys, now, Db};
use crate::t;
use jiff::civil::Date;
use sqlx::Row;

/// What an account follows, as stored (the default when it never chose).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FollowRow {
    pub following: Following,
    pub last_digest: Option<Date>,
}

fn read_follow(r: &sqlx::any::AnyRow) -> Result<FollowRow, sqlx::Error> {
    let districts: Vec<u8> =
        serde_json::from_str(&r.try_get::<String, _>("districts")?).unwrap_or_default();
    let topics: Vec<String> =
        serde_json::from_str(&r.try_get::<String, _>("topics")?).unwrap_or_default();
    Ok(FollowRow {
        following: Following {
            districts: districts.into_iter().filter_map(District::new).collect(),
            topics: topics.iter().filter_map(|t| Topic::parse(t)).collect(),
            everything: r.try_get::<i64, _>("everything")? == 1,
            delivery: Delivery::parse(&r.try_get::<String, _>("delivery")?).unwrap_or_default(),
        },
        last_digest: r
            .try_get::<Option<String>, _>("last_digest")?
            .and_then(|d| d.parse().ok()),
    })
}

pub async fn following(db: &Db, account: i64) -> Result<FollowRow, sqlx::Error> {
    let row = sqlx::query(
        "SELECT districts, topics, everything, delivery, last_digest FROM con_follows WHERE account_id = $1",
    )
    .bind(account)
    .fetch_optional(&db.pool)
    .await?;
    match row {
        Some(r) => read_follow(&r),
        None => Ok(FollowRow::default()),
    }
}

pub async fn save_following(db: &Db, account: i64, f: &Following) -> Result<(), sqlx::Error> {
    let districts: Vec<u8> = f.districts.iter().map(|d| d.number()).collect();
    let topics: Vec<&str> = f.topics.iter().map(|t| t.code()).collect();
    sqlx::query(
        "INSERT INTO con_follows (account_id, districts, topics, everything, delivery, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (account_id) DO UPDATE SET districts = $2, topics = $3, everything = $4,
           delivery = $5, updated_at = $6",
    )
    .bind(account)
    .bind(serde_json::to_string(&districts).unwrap_or_else(|_| "[]".into()))
    .bind(serde_json::to_string(&topics).unwrap_or_else(|_| "[]".into()))
    .bind(i64::from(f.everything))
    .bind(f.delivery.code())
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Stops e-mail (news stays in the portal's notification centre).
pub async fn stop_mail(db: &Db, account: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO con_follows (account_id, delivery, updated_at) VALUES ($1, 'portal-only', $2)
         ON CONFLICT (account_id) DO UPDATE SET delivery = 'portal-only', updated_at = $2",
    )
    .bind(account)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The token of an account's unsubscribe address: a keyed hash of the account under a
/// purpose of its own (the key is the server's, never in the database).
pub fn unsubscribe_token(keys: &Keys, account: i64) -> String {
    let full = crate::platform::keys::hmac_hex(
        keys.identity(),
        format!("consultation-news-unsubscribe:{account}").as_bytes(),
    );
    full[..32].to_string()
}

/// Whether `token` is the account's, compared in constant time.
pub fn token_valid(keys: &Keys, account: i64, token: &str) -> bool {
    let want = unsubscribe_token(keys, account);
    want.len() == token.len()
        && want
            .bytes()
            .zip(token.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// The address a mail program POSTs to (RFC 8058), and the page a person opens.
pub fn unsubscribe_urls(keys: &Keys, origin: &str, account: i64) -> (String, String) {
    let origin = origin.trim_end_matches('/');
    let token = unsubscribe_token(keys, account);
    (
        format!("{origin}/mail/unsubscribe/{account}/{token}"),
        format!("{origin}/consultations/unsubscribe?a={account}&t={token}"),
    )
}

/// Announces the timeline events due today, each once (the first instance to record one
/// tells everyone it concerns; the key refuses a second record). Returns notices written.
pub async fn announce(db: &Db, at: i64) -> Result<usize, sqlx::Error> {
    let today = rules::day_of(at);
    let mut written = 0;
    let followers = followers(db).await?;
    for r in store::published(db).await? {
        let mut events = rules::due_events(&r.def.timeline, r.def.published, today);
        if r.report_published {
            events.push(Event::ReportPublished);
        }
        for e in events {
            let claimed = sqlx::query(
                "INSERT INTO con_events (consultation_id, kind, at) VALUES ($1, $2, $3)
                 ON CONFLICT (consultation_id, kind) DO NOTHING",
            )
            .bind(r.id)
            .bind(e.code())
            .bind(at)
            .execute(&db.pool)
            .await?
            .rows_affected()
                == 1;
            if claimed {
                written += tell(db, &r, e, &followers, at).await?;
            }
        }
    }
    Ok(written)
}

async fn followers(db: &Db) -> Result<Vec<(i64, Following)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT account_id, districts, topics, everything, delivery, last_digest FROM con_follows",
    )
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("account_id")?, read_follow(r)?.following)))
        .collect()
}

async fn tell(
    db: &Db,
    r: &ConRow,
    e: Event,
    followers: &[(i64, Following)],
    at: i64,
) -> Result<usize, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let mut n = 0;
    for (account, f) in followers {
        if rules::concerns(f, &r.def.districts, r.def.topic) {
            sqlx::query(
                "INSERT INTO con_notices (account_id, consultation_id, kind, created_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(account)
            .bind(r.id)
            .bind(e.code())
            .bind(at)
            .execute(&mut *tx)
            .await?;
            n += 1;
        }
    }
    tx.commit().await?;
    Ok(n)
}

/// One line of news in an e-mail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewsItem {
    pub consultation: i64,
    pub title: String,
    pub kind: String,
    pub reason: Option<String>,
    pub remark: Option<i64>,
    pub meeting: Option<String>,
}

struct MailLang(Lang);
impl MailLang {
    fn loader(&self) -> &'static i18n_embed::fluent::FluentLanguageLoader {
        loader(self.0)
    }
}

fn item_text(ml: &MailLang, i: &NewsItem) -> String {
    let id = i.remark.unwrap_or_default();
    match i.kind.as_str() {
        "opened" => t!(ml, "news-opened"),
        "closing-soon" => t!(ml, "news-closing-soon"),
        "report-published" => t!(ml, "news-report-published"),
        "remark-published" => t!(ml, "ntf-published", id = id),
        "remark-held" => t!(ml, "news-remark-held", id = id),
        "remark-hidden" => t!(ml, "news-remark-hidden", id = id),
        "remark-answered" => t!(ml, "news-remark-answered", id = id),
        "statement-published" => t!(ml, "news-statement-published"),
        "statement-hidden" => t!(ml, "news-statement-hidden"),
        "seat-freed" => t!(
            ml,
            "news-seat-freed",
            title = i.meeting.clone().unwrap_or_default()
        ),
        _ => t!(ml, "news-other"),
    }
}

fn item_link(origin: &str, i: &NewsItem) -> String {
    let origin = origin.trim_end_matches('/');
    let c = i.consultation;
    match (i.kind.as_str(), i.remark) {
        ("report-published", _) => format!("{origin}/consultations/{c}/report"),
        ("seat-freed", _) => format!("{origin}/consultations/{c}/meetings"),
        ("statement-published" | "statement-hidden", _) => {
            format!("{origin}/consultations/{c}/opinions")
        }
        (_, Some(r)) => format!("{origin}/consultations/{c}/remarks#remark-{r}"),
        _ => format!("{origin}/consultations/{c}"),
    }
}

/// (subject, body) of the news e-mail: every item with its link, then where to change what
/// one follows and how to stop these e-mails without signing in.
pub fn compose(
    lang: Lang,
    name: &str,
    items: &[NewsItem],
    origin: &str,
    unsubscribe_page: &str,
) -> (String, String) {
    let ml = MailLang(lang);
    let count = items.len() as i64;
    let mut body = t!(ml, "news-mail-greeting", name = name);
    body.push_str("\n\n");
    for i in items {
        body.push_str(&format!(
            "• {}\n  {}\n  {}\n\n",
            i.title,
            item_text(&ml, i),
            item_link(origin, i)
        ));
    }
    body.push_str(&t!(
        ml,
        "news-mail-footer",
        settings = format!("{}/consultations/following", origin.trim_end_matches('/')),
        unsubscribe = unsubscribe_page
    ));
    (t!(ml, "news-mail-subject", count = count), body)
}

/// Sends what is due: for each account with notices not yet handled, an e-mail at once, in
/// the day's digest, or none (portal only, or not yet the hour). The notices are marked and
/// the message queued in one transaction, so a notice goes out once. Returns mails queued.
pub async fn mail(db: &Db, keys: &Keys, origin: &str, at: i64) -> Result<usize, sqlx::Error> {
    let pending: Vec<i64> =
        sqlx::query_scalar("SELECT DISTINCT account_id FROM con_notices WHERE mailed = 0")
            .fetch_all(&db.pool)
            .await?;
    let people = crate::platform::session::contacts(db, &pending).await?;
    let today = rules::day_of(at);
    let mut queued = 0;
    for account in pending {
        let Some(contact) = people.get(&account) else {
            continue;
        };
        let (email, name, language) = (&contact.email, &contact.display_name, &contact.language);
        let f = following(db, account).await?;
        let delivery = f.following.delivery;
        let mut tx = db.pool.begin().await?;
        if delivery == Delivery::PortalOnly {
            sqlx::query("UPDATE con_notices SET mailed = 1 WHERE account_id = $1 AND mailed = 0")
                .bind(account)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            continue;
        }
        if !rules::mail_due(delivery, true, f.last_digest, at) {
            continue;
        }
        let rows = sqlx::query(
            "UPDATE con_notices SET mailed = 1 WHERE account_id = $1 AND mailed = 0
             RETURNING id, consultation_id, kind, reason, remark_id, meeting_id",
        )
        .bind(account)
        .fetch_all(&mut *tx)
        .await?;
        let mut items = Vec::new();
        let mut sorted: Vec<_> = rows
            .iter()
            .map(|r| -> Result<_, sqlx::Error> {
                Ok((
                    r.try_get::<i64, _>("id")?,
                    r.try_get::<i64, _>("consultation_id")?,
                    r.try_get::<String, _>("kind")?,
                    r.try_get::<Option<String>, _>("reason")?,
                    r.try_get::<Option<i64>, _>("remark_id")?,
                    r.try_get::<Option<i64>, _>("meeting_id")?,
                ))
            })
            .collect::<Result<_, _>>()?;
        sorted.sort_by_key(|x| x.0);
        for (_, consultation, kind, reason, remark, meeting) in sorted {
            let title: String =
                sqlx::query_scalar("SELECT title FROM con_consultations WHERE id = $1")
                    .bind(consultation)
                    .fetch_one(&mut *tx)
                    .await?;
            let meeting = match meeting {
                Some(m) => {
                    sqlx::query_scalar("SELECT title FROM con_meetings WHERE id = $1")
                        .bind(m)
                        .fetch_optional(&mut *tx)
                        .await?
                }
                None => None,
            };
            items.push(NewsItem {
                consultation,
                title,
                kind,
                reason,
                remark,
                meeting,
            });
        }
        if items.is_empty() {
            tx.commit().await?;
            continue;
        }
        let lang = Lang::from_code(language).unwrap_or(Lang::Pl);
        let (one_click, page) = unsubscribe_urls(keys, origin, account);
        let (subject, body) = compose(lang, name, &items, origin, &page);
        crate::mail::store::enqueue_news(&mut tx, email, &subject, &body, &one_click).await?;
        if delivery == Delivery::Daily {
            sqlx::query(
                "INSERT INTO con_follows (account_id, last_digest, updated_at) VALUES ($1, $2, $3)
                 ON CONFLICT (account_id) DO UPDATE SET last_digest = $2",
            )
            .bind(account)
            .bind(today.to_string())
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        queued += 1;
    }
    Ok(queued)
}

/// One round of the news job: announce, then mail.
pub async fn run_once(
    db: &Db,
    keys: &Keys,
    origin: &str,
    at: i64,
) -> Result<(usize, usize), sqlx::Error> {
    let told = announce(db, at).await? + super::store::tell_moved_up(db, at).await?;
    let mailed = mail(db, keys, origin, at).await?;
    Ok((told, mailed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_news_mail_lists_each_item_with_its_link_and_the_way_out() {
        let items = vec![
            NewsItem {
                consultation: 1,
                title: "Park Dąbie".into(),
                kind: "closing-soon".into(),
                reason: None,
                remark: None,
                meeting: None,
            },
            NewsItem {
                consultation: 3,
                title: "Ulica Krakusa".into(),
                kind: "remark-answered".into(),
                reason: Some("accepted".into()),
                remark: Some(12),
                meeting: None,
            },
            NewsItem {
                consultation: 3,
                title: "Ulica Krakusa".into(),
                kind: "report-published".into(),
                reason: None,
                remark: None,
                meeting: None,
            },
        ];
        let (subject, body) = compose(
            Lang::Pl,
            "Anna",
            &items,
            "https://konto.krakow.pl/",
            "https://konto.krakow.pl/consultations/unsubscribe?a=5&t=ab",
        );
        assert!(subject.contains('3'), "{subject}");
        assert!(body.contains("Anna"));
        assert!(body.contains("https://konto.krakow.pl/consultations/1\n"));
        assert!(body.contains("https://konto.krakow.pl/consultations/3/remarks#remark-12"));
        assert!(body.contains("https://konto.krakow.pl/consultations/3/report"));
        assert!(body.contains("https://konto.krakow.pl/consultations/following"));
        assert!(body.contains("https://konto.krakow.pl/consultations/unsubscribe?a=5&t=ab"));
        let (en, _) = compose(Lang::En, "Anna", &items[..1], "https://k", "https://k/u");
        assert_ne!(en, subject);
    }

    #[test]
    fn unsubscribe_tokens_are_keyed_per_account() {
        let keys = Keys::random();
        let t = unsubscribe_token(&keys, 5);
        assert_eq!(t.len(), 32);
        assert!(token_valid(&keys, 5, &t));
        assert!(!token_valid(&keys, 6, &t));
        assert!(!token_valid(&keys, 5, &t[..31]));
        assert!(!token_valid(&Keys::random(), 5, &t));
        let (post, page) = unsubscribe_urls(&keys, "https://k/", 5);
        assert_eq!(post, format!("https://k/mail/unsubscribe/5/{t}"));
        assert_eq!(
            page,
            format!("https://k/consultations/unsubscribe?a=5&t={t}")
        );
    }
}
