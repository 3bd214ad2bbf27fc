//! Reminders before due days, by e-mail: run by one instance at a time (the job's lease),
//! each (account, taxpayer, due day) mailed once — the row that says so and the mail are
//! written in one transaction, so a second instance or a second round finds it taken.
use crate::i18n::{time, Lang};
use crate::platform::Db;
use jiff::civil::Date;

/// Mails the reminders due on `today`: for every instalment still owed whose due day is
/// within `days`, one mail per taxpayer and due day. Returns how many were queued.
pub async fn run_once(
    db: &Db,
    origin: &str,
    days: i64,
    today: Date,
    at: i64,
) -> Result<usize, sqlx::Error> {
    let linked = sqlx::query_as::<_, (i64, String, String, String, i64, String)>(
        "SELECT u.id, u.email, u.display_name, u.language, p.id, p.ext_id
         FROM identities i
         JOIN users u ON u.id = i.account_id
         JOIN tax_payers p ON p.person = i.identity
         WHERE i.level = 'verified' AND i.kind = 'pesel'
           AND NOT EXISTS (SELECT 1 FROM tax_reminders_off o WHERE o.account_id = u.id)
         ORDER BY u.id, p.id",
    )
    .fetch_all(&db.pool)
    .await?;
    let until = today.saturating_add(jiff::Span::new().days(days));
    let mut queued = 0;
    for (account, email, name, lang, payer, ext_id) in linked {
        let s = match super::store::statement_of(db, payer, today, today).await? {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!(taxpayer = %ext_id, error = ?e, "no reminder: interest not computed");
                continue;
            }
        };
        let lang = Lang::from_code(&lang).unwrap_or(Lang::Pl);
        // Due days within reach, each with its amount and what it is for.
        let mut due: Vec<(Date, i64, Vec<super::LiabilityKind>)> = Vec::new();
        for i in s.instalments.iter().filter(|i| i.arrears > 0) {
            if i.due < today || i.due > until {
                continue;
            }
            match due.iter_mut().find(|(d, _, _)| *d == i.due) {
                Some((_, amount, kinds)) => {
                    *amount += i.arrears;
                    if !kinds.contains(&i.kind) {
                        kinds.push(i.kind);
                    }
                }
                None => due.push((i.due, i.arrears, vec![i.kind])),
            }
        }
        for (d, amount, kinds) in due {
            let mut tx = db.pool.begin().await?;
            let claimed = sqlx::query(
                "INSERT INTO tax_reminders_sent (account_id, payer_id, due, at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (account_id, payer_id, due) DO NOTHING",
            )
            .bind(account)
            .bind(payer)
            .bind(d.to_string())
            .bind(at)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if !claimed {
                tx.rollback().await?;
                continue;
            }
            let (subject, body) = mail(
                lang,
                &name,
                &time::date(lang, time::LocalTime::on(d, 0, 0)),
                &crate::i18n::format::money(lang, amount),
                &kinds,
                &format!("{origin}/taxes"),
            );
            sqlx::query(
                "INSERT INTO mail_outbox (to_addr, subject, body, created_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(&email)
            .bind(&subject)
            .bind(&body)
            .bind(at)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            queued += 1;
        }
    }
    Ok(queued)
}

/// A language handle for messages written outside any page.
struct MailLang(Lang);
impl MailLang {
    fn loader(&self) -> &'static i18n_embed::fluent::FluentLanguageLoader {
        crate::i18n::loader(self.0)
    }
}

/// (subject, body) reminding of a tax's due day, with the link to the taxes page.
fn mail(
    lang: Lang,
    name: &str,
    due: &str,
    amount: &str,
    kinds: &[super::LiabilityKind],
    link: &str,
) -> (String, String) {
    use super::LiabilityKind as K;
    use crate::t;
    let ml = MailLang(lang);
    let what = kinds
        .iter()
        .map(|k| match k {
            K::Property => t!(ml, "tax-kind-property"),
            K::Vehicle => t!(ml, "tax-kind-vehicle"),
            K::Waste => t!(ml, "tax-kind-waste"),
        })
        .collect::<Vec<_>>()
        .join(", ");
    (
        t!(ml, "mail-tax-reminder-subject", due = due),
        t!(
            ml,
            "mail-tax-reminder-body",
            name = name,
            due = due,
            amount = amount,
            what = what,
            link = link
        ),
    )
}
