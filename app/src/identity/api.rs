//! Server functions of identities: the resident's own view, and a clerk's verification.
use super::IdentityView;
use crate::accounts::FormReply;
#[cfg(feature = "ssr")]
use crate::accounts::{AppError, Problem};
use leptos::prelude::*;

/// The signed-in resident's identity, as the portal keeps it.
#[server(endpoint = "identity")]
pub async fn my_identity() -> Result<IdentityView, ServerFnError> {
    use super::store;
    use crate::accounts::api::deny;
    use crate::accounts::{AppError, Problem};
    use crate::platform::{self, krakow_time as kt, request};
    let Some(user) = request::ctx()?.user else {
        return deny(Problem::NotSignedIn);
    };
    let st = platform::state()?;
    let row = store::of_account(&st.db, user.id)
        .await
        .map_err(AppError::from)?;
    let addresses = store::addresses(&st.db, user.id)
        .await
        .map_err(AppError::from)?
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
            verified_at: r.verified_at.map(kt::label).unwrap_or_default(),
            addresses,
        },
        None => IdentityView {
            kind: None,
            number_ends_with: String::new(),
            level: None,
            verified_by: String::new(),
            office: String::new(),
            verified_at: String::new(),
            addresses,
        },
    })
}

/// A clerk at an office confirms a resident's identity after seeing an identity document:
/// the account (by e-mail), the PESEL (or, for a person without one, birth date, sex and the
/// document), the office, and the district of residence with the day it holds from.
#[allow(clippy::too_many_arguments)]
#[server(endpoint = "staff/identity/verify")]
pub async fn verify_identity(
    email: String,
    pesel: String,
    birth: String,
    #[server(default)] sex: Option<String>,
    document: String,
    office: String,
    district: String,
    resident_since: String,
    #[server(default)] take_over: Option<String>,
) -> Result<FormReply, ServerFnError> {
    use super::rules::problem as identity_problem;
    use super::rules::{Date, Identity};
    use super::store::{self, Verification, Verified};
    use crate::accounts::api::{finish, one, require_staff};
    use crate::accounts::rules::{DistrictId, Email};
    use crate::accounts::{AppError, FieldError, Notice, Problem};
    use crate::platform::{self, audit, krakow_time as kt, now};
    let clerk = require_staff()?;
    let st = platform::state()?;
    let back = "/staff/identity";
    let sex = sex.unwrap_or_default();
    let values = crate::accounts::api::fields(&[
        ("email", &email),
        ("office", &office),
        ("district", &district),
        ("resident_since", &resident_since),
        ("birth", &birth),
        ("sex", &sex),
    ]);
    let mut errors = Vec::new();
    let account = match Email::parse(&email) {
        Ok(e) => match crate::accounts::store::user_by_email(&st.db, e.as_str())
            .await
            .map_err(AppError::from)?
        {
            Some((id, _, _)) => Some(id),
            None => {
                errors.push(FieldError::new("email", Problem::AccountUnknown));
                None
            }
        },
        Err(p) => {
            errors.push(FieldError::new("email", p));
            None
        }
    };
    let who = match Identity::from_form(&pesel, &birth, &sex, &document, today()) {
        Ok(i) => Some(i),
        Err(es) => {
            errors.extend(
                es.into_iter()
                    .map(|(f, e)| FieldError::new(f, identity_problem(e))),
            );
            None
        }
    };
    let office_ok = super::OFFICES.contains(&office.as_str());
    if !office_ok {
        errors.push(FieldError::new("office", Problem::ChoiceInvalid));
    }
    let district_p = DistrictId::parse(&district)
        .map_err(|p| errors.push(FieldError::new("district", p)))
        .ok();
    // Since when: a past day (the register or the document says), or today.
    let since = if resident_since.trim().is_empty() {
        Some(now())
    } else {
        Date::parse_iso(&resident_since)
            .filter(|d| *d <= today())
            .and_then(|d| kt::parse_local(&d.iso(), "", (0, 0)))
    };
    if since.is_none() {
        errors.push(FieldError::new("resident_since", Problem::DateInvalid));
    }
    // Nobody confirms their own identity.
    if account == Some(clerk.id) {
        errors.push(FieldError::new("email", Problem::NotAllowed));
    }
    let (Some(account), Some(who), Some(district), Some(since), true) =
        (account, who, district_p, since, errors.is_empty())
    else {
        return finish(FormReply::invalid(errors), "identity", back, values).await;
    };
    let hash = store::person_hash(st.keys.identity(), &who);
    let v = Verification {
        account,
        hash: &hash,
        id: &who,
        clerk: clerk.id,
        clerk_name: &clerk.display_name,
        office: &office,
        district: district.number(),
        resident_since: since,
        take_over: take_over.as_deref() == Some("yes"),
    };
    match store::verify(&st.db, &v).await.map_err(AppError::from)? {
        Verified::HeldBy(_) => {
            finish(
                one("take_over", Problem::IdentityHeldElsewhere),
                "identity",
                back,
                values,
            )
            .await
        }
        Verified::Done { taken_from } => {
            if let Some(other) = taken_from {
                audit::record(
                    &st.db,
                    Some(clerk.id),
                    "identity_taken_over",
                    Some(other),
                    &format!("to={account}"),
                )
                .await
                .map_err(AppError::from)?;
            }
            audit::record(
                &st.db,
                Some(clerk.id),
                "identity_verified",
                Some(account),
                &format!("office={office}"),
            )
            .await
            .map_err(AppError::from)?;
            finish(
                FormReply::Done {
                    to: back.into(),
                    notice: Some(Notice::IdentityVerified),
                    boot: None,
                },
                "identity",
                back,
                vec![],
            )
            .await
        }
    }
}

/// Whether `who` may act for this account: its own bound identity, or (the first time) a
/// PESEL it may declare, which binds it. Attempts that do not match the account's identity
/// are counted per account and per address: probing numbers is slow and tells nothing.
#[cfg(feature = "ssr")]
pub async fn own_identity(
    st: &crate::platform::AppState,
    account: i64,
    who: &super::rules::Identity,
) -> Result<Result<(), Problem>, AppError> {
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
        return Ok(Err(Problem::Throttled {
            minutes: (secs + 59) / 60,
        }));
    }
    Ok(Err(Problem::IdentityNotYours))
}

/// Today in Kraków, as identity checks (birth dates, PESEL) need it.
#[cfg(feature = "ssr")]
pub fn today() -> super::rules::Date {
    use crate::platform::{krakow_time as kt, now};
    super::rules::Date::parse_iso(&kt::date(now())).expect("a date")
}
