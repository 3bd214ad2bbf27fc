//! The server functions of local taxes: the resident's own statement and paying it, the
//! reminders switch, and the tax clerk's desk (every look at a taxpayer logged).
use super::{TaxDeskData, TaxesOverview, TaxpayerView};
use leptos::prelude::*;

/// The day a resident chose for "if I pay on": today when empty; None when it cannot be read
/// or is before today.
#[cfg(feature = "ssr")]
fn chosen_day(on: &str, today: jiff::civil::Date) -> Option<jiff::civil::Date> {
    let on = on.trim();
    if on.is_empty() {
        return Some(today);
    }
    on.parse::<jiff::civil::Date>()
        .ok()
        .filter(|d| *d >= today && *d <= today.saturating_add(jiff::Span::new().years(5)))
}

/// A taxpayer's page data: the statement to `as_of` and what is waiting for the provider.
#[cfg(feature = "ssr")]
async fn payer_view(
    st: &crate::platform::AppState,
    p: &super::store::PayerRow,
    account: Option<i64>,
    today: jiff::civil::Date,
    as_of: jiff::civil::Date,
) -> Result<TaxpayerView, crate::platform::Failure> {
    use crate::platform::{krakow_time as kt, now};
    let statement = match super::store::statement_of(&st.db, p.id, today, as_of).await? {
        Ok(s) => Some(s),
        Err(e) => {
            tracing::warn!(taxpayer = %p.ext_id, error = ?e, "interest not computed");
            None
        }
    };
    let pending = match account {
        Some(a) => super::store::pending(&st.db, a, &p.ext_id, now())
            .await?
            .into_iter()
            .map(|(order_id, amount, started)| super::PendingPayment {
                order_id,
                amount,
                started: kt::label(started),
            })
            .collect(),
        None => Vec::new(),
    };
    let viewed_by = match account {
        Some(_) => super::store::viewed_by(&st.db, p.id, 100)
            .await?
            .into_iter()
            .map(|(name, at)| super::ViewedBy {
                name,
                at: kt::label(at),
            })
            .collect(),
        None => Vec::new(),
    };
    Ok(TaxpayerView {
        ext_id: p.ext_id.clone(),
        name: p.name.clone(),
        pesel_masked: p.pesel_masked.clone(),
        account: super::rules::nrb_printed(&p.account),
        statement,
        pending,
        viewed_by,
    })
}

/// The signed-in resident's local taxes: the taxpayers their verified PESEL links them to,
/// each with its statement (interest to `on`, "if I pay on …", today when empty).
#[server(endpoint = "taxes")]
pub async fn my_taxes(
    #[server(default)] on: String,
) -> Result<TaxesOverview, crate::platform::Failure> {
    use crate::forms::flow::deny;
    use crate::i18n::time::day_of;
    use crate::platform::{self, now};
    let Some(user) = platform::request::ctx()?.user else {
        return deny(crate::forms::FormProblem::NotSignedIn);
    };
    let st = platform::state()?;
    let today = day_of(now());
    let chosen = chosen_day(&on, today);
    let (linking, rows) = super::store::linked(&st.db, user.id).await?;
    let mut payers = Vec::new();
    for p in &rows {
        payers.push(payer_view(&st, p, Some(user.id), today, chosen.unwrap_or(today)).await?);
    }
    Ok(TaxesOverview {
        linking,
        payers,
        on_invalid: chosen.is_none(),
        reminders: super::store::reminders_on(&st.db, user.id).await?,
        remind_days: st.settings.tax_remind_days,
    })
}

/// Pays through the payment provider: everything due now (`liability` empty) or what is
/// owed on one liability's oldest unpaid instalment, with its interest to today. A plain
/// form: the browser leaves for the provider's page; the payment shows as waiting until the
/// provider's notification confirms it.
#[server(endpoint = "taxes/pay")]
pub async fn pay_taxes(
    payer: String,
    #[server(default)] liability: String,
) -> Result<crate::forms::FormReply, crate::platform::Failure> {
    use super::store::{self, PayItem};
    use super::TaxProblem;
    use crate::forms::flow::{finish, not_found, one, require_user};
    use crate::forms::FormReply;
    use crate::i18n::time::day_of;
    use crate::payments::provider::P24;
    use crate::platform::{self, now, request};
    let back = "/taxes";
    let user = match require_user(back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "taxpay", back, vec![]).await,
    };
    let st = platform::state()?;
    // Only a taxpayer this account is linked to: never the id the form sent on its own word.
    let (_, rows) = store::linked(&st.db, user.id).await?;
    let Some(p) = rows.into_iter().find(|p| p.ext_id == payer.trim()) else {
        return not_found();
    };
    let today = day_of(now());
    let s = match store::statement_of(&st.db, p.id, today, today).await? {
        Ok(s) => s,
        Err(_) => {
            return finish(
                one("", TaxProblem::TaxInterestUnknown),
                "taxpay",
                back,
                vec![],
            )
            .await
        }
    };
    let liability = liability.trim();
    let (amount, named, what) = if liability.is_empty() {
        (s.due_now, None, None)
    } else {
        match s
            .instalments
            .iter()
            .find(|i| i.liability == liability && i.arrears + i.interest > 0)
        {
            Some(i) => (
                i.arrears + i.interest,
                Some(liability.to_string()),
                Some((i.kind, i.year)),
            ),
            None if s.instalments.iter().any(|i| i.liability == liability) => (0, None, None),
            None => return not_found(),
        }
    };
    if amount <= 0 {
        return finish(one("", TaxProblem::TaxNothingToPay), "taxpay", back, vec![]).await;
    }
    let item = serde_json::to_string(&PayItem {
        payer: p.ext_id.clone(),
        liability: named,
    })
    .unwrap_or_default();
    let at = now();
    let order = match store::waiting_order(&st.db, user.id, &item, amount, at).await? {
        Some(id) => crate::payments::store::get(&st.db, id).await?,
        None => None,
    };
    let order = match order {
        Some(o) => o,
        None => {
            let description = match what {
                Some((kind, year)) => super::statement::transfer_title(&p.ext_id, kind, year),
                None => format!("{} podatki i oplaty lokalne", p.ext_id),
            };
            let email = user.email.clone();
            crate::payments::store::create(
                &st.db,
                &crate::payments::store::NewOrder {
                    account: user.id,
                    purpose: "tax",
                    item: &item,
                    description: &description,
                    amount,
                    email: &email,
                    minutes: st.payment.order_minutes,
                },
            )
            .await?
        }
    };
    let origin = &st.settings.public_origin;
    let lang = request::ctx()?.lang.code();
    let provider = P24 {
        account: &st.payment,
    };
    let url = crate::payments::flow::pay_url(
        &st.db,
        &provider,
        &order,
        lang,
        &format!("{origin}/taxes"),
        &format!("{origin}/payments/p24/status"),
    )
    .await?;
    match url {
        Ok(to) => {
            finish(
                FormReply::Done {
                    to,
                    notice: None,
                    boot: None,
                },
                "taxpay",
                back,
                vec![],
            )
            .await
        }
        Err(e) => {
            tracing::warn!(error = %e, order = order.id, "tax payment not registered");
            finish(
                one("", TaxProblem::TaxPaymentUnavailable),
                "taxpay",
                back,
                vec![],
            )
            .await
        }
    }
}

/// Turns the reminders before due days on or off (`reminders` = "on" keeps them).
#[server(endpoint = "taxes/reminders")]
pub async fn tax_reminders(
    #[server(default)] reminders: Option<String>,
) -> Result<crate::forms::FormReply, crate::platform::Failure> {
    use super::TaxNotice;
    use crate::forms::flow::{done, finish, require_user};
    let back = "/taxes";
    let user = match require_user(back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "taxremind", back, vec![]).await,
    };
    let st = crate::platform::state()?;
    let on = reminders.as_deref() == Some("on");
    super::store::set_reminders(&st.db, user.id, on).await?;
    let notice = if on {
        TaxNotice::TaxRemindersOn
    } else {
        TaxNotice::TaxRemindersOff
    };
    done(back, notice, "taxremind").await
}

/// The signed-in tax clerk; 401 or 403 for anyone else (other clerks and administrators
/// included: tax data are for the tax office).
#[cfg(feature = "ssr")]
pub fn require_tax_clerk() -> Result<crate::platform::session::SessionUser, crate::platform::Failure>
{
    use crate::forms::{flow::deny, FormProblem};
    use crate::platform::people::Role;
    match crate::platform::request::ctx()?.user {
        None => deny(FormProblem::NotSignedIn),
        Some(u) if u.role != Role::TaxClerk => deny(FormProblem::NotAllowed),
        Some(u) => Ok(u),
    }
}

/// The tax clerk's desk: the latest imports, and the taxpayers found by `q` (a taxpayer id
/// or a PESEL; names are not searched).
#[server(endpoint = "staff/taxes")]
pub async fn tax_desk(
    #[server(default)] q: String,
) -> Result<TaxDeskData, crate::platform::Failure> {
    use crate::platform::krakow_time as kt;
    require_tax_clerk()?;
    let st = crate::platform::state()?;
    let imports = super::store::imports(&st.db, 20)
        .await?
        .into_iter()
        .map(|(kind, lines, changed, by, at)| super::ImportLine {
            kind,
            lines,
            changed,
            by,
            at: kt::label(at),
        })
        .collect();
    let q = q.trim();
    let found = if q.is_empty() {
        Vec::new()
    } else {
        super::store::find(&st.db, st.keys.identity(), q)
            .await?
            .into_iter()
            .map(|p| super::PayerLine {
                ext_id: p.ext_id,
                name: p.name,
                pesel_masked: p.pesel_masked,
            })
            .collect()
    };
    Ok(TaxDeskData {
        imports,
        found,
        searched: !q.is_empty(),
    })
}

/// A taxpayer's data for a tax clerk; the look is logged, and the taxpayer sees it.
#[server(endpoint = "staff/taxes/payer")]
pub async fn staff_taxpayer(
    ext: String,
    #[server(default)] on: String,
) -> Result<TaxpayerView, crate::platform::Failure> {
    use crate::i18n::time::day_of;
    use crate::platform::now;
    let clerk = require_tax_clerk()?;
    let st = crate::platform::state()?;
    let Some(p) = super::store::payer_row(&st.db, ext.trim()).await? else {
        return crate::forms::flow::not_found();
    };
    super::store::log_view(&st.db, p.id, clerk.id, &clerk.display_name).await?;
    crate::platform::audit::record(&st.db, Some(clerk.id), "taxpayer_viewed", None, &p.ext_id)
        .await?;
    let today = day_of(now());
    let as_of = chosen_day(&on, today).unwrap_or(today);
    payer_view(&st, &p, None, today, as_of).await
}
