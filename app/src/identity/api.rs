//! Server functions of identities: the resident's own view, and a clerk's verification.
use super::IdentityView;
#[cfg(feature = "ssr")]
use crate::forms::Problem;
use leptos::prelude::*;

/// The signed-in resident's identity, as the portal keeps it.
#[server(endpoint = "identity")]
pub async fn my_identity() -> Result<IdentityView, crate::platform::Failure> {
    use super::store;
    use crate::forms::flow::deny;

    use crate::platform::{self, krakow_time as kt, request};
    let Some(user) = request::ctx()?.user else {
        return deny(crate::forms::FormProblem::NotSignedIn);
    };
    let st = platform::state()?;
    let row = store::of_account(&st.db, user.id).await?;
    let addresses = store::addresses(&st.db, user.id)
        .await?
        .into_iter()
        .map(|(d, from)| (d, kt::date(from)))
        .collect();
    Ok(match row {
        Some(r) => IdentityView {
            kind: Some(r.kind),
            number_ends_with: r.masked,
            level: Some(r.level),
            verified_by: r.verified_by_name,
            office: r.office,
            verified_at: r.verified_at.map(kt::label),
            addresses,
        },
        None => IdentityView {
            kind: None,
            number_ends_with: String::new(),
            level: None,
            verified_by: String::new(),
            office: String::new(),
            verified_at: None,
            addresses,
        },
    })
}

/// A clerk at an office confirms a resident's identity after seeing an identity document:
/// the account (by e-mail), the PESEL (or, for a person without one, birth date, sex and the
/// document), the office, and the district of residence with the day it holds from.
#[allow(clippy::too_many_arguments)]
/// Whether `who` may act for this account: its own bound identity, or (the first time) a
/// PESEL it may declare, which binds it. Attempts that do not match the account's identity
/// are counted per account and per address: probing numbers is slow and tells nothing.
#[cfg(feature = "ssr")]
pub async fn own_identity(
    st: &crate::platform::AppState,
    account: i64,
    who: &super::rules::Identity,
) -> Result<Result<(), Problem>, crate::platform::Failure> {
    use super::store::{self, Bind};
    use crate::platform::{request, throttle};
    let hash = store::person_hash(st.keys.identity(), who);
    let bound = store::of_account(&st.db, account).await?;
    if bound.as_ref().is_some_and(|b| b.hash == hash) {
        return Ok(Ok(()));
    }
    if bound.is_none() {
        if let Err(e) = super::rules::may_declare(who) {
            return Ok(Err(super::rules::problem(e)));
        }
        // Binding first: a resident's own first vote (or a hundred identical ones at once)
        // is not a probe. One statement decides between racing accounts.
        if store::bind_declared(&st.db, account, &hash, who).await? == Bind::Yours {
            return Ok(Ok(()));
        }
    }
    // A number that is not this account's: counted per account and per address (the count
    // is one atomic statement); past the limit only "try later" is said.
    let ip = request::ctx().map(|c| c.client_ip).unwrap_or_default();
    let a = throttle::attempt(&st.db, &format!("identity:{account}"), 5, 24 * 3600).await?;
    let b = throttle::attempt(
        &st.db,
        &format!("identity-ip:{ip}"),
        st.settings.login_limit_address,
        3600,
    )
    .await?;
    if let Some(secs) = a.err().max(b.err()) {
        tracing::warn!(target: "security", "identity attempts throttled");
        return Ok(Err(crate::forms::FormProblem::Throttled {
            minutes: (secs + 59) / 60,
        }
        .into()));
    }
    Ok(Err(
        crate::identity::IdentityProblem::IdentityNotYours.into()
    ))
}

/// Today in Kraków, as identity checks (birth dates, PESEL) need it.
#[cfg(feature = "ssr")]
pub fn today() -> super::rules::Date {
    use crate::platform::{krakow_time as kt, now};
    super::rules::Date::parse_iso(&kt::date(now())).expect("a date")
}
