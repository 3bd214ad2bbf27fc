//! The clerk's identity desk: confirming who a resident is, from a document seen at an
//! office. It changes an account, so it belongs to accounts; the identity rules and
//! records it uses are the shared identity module's.
use crate::forms::FormReply;
use crate::i18n::use_i18n;
use crate::identity::pages::IdentityFields;
use crate::t;
use crate::ui::{
    Checkbox, DistrictField, ErrorSummary, Form, PageHeading, PageTitle, SelectField, Submit,
    TextField,
};
use leptos::prelude::*;

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
) -> Result<FormReply, crate::platform::Failure> {
    use crate::forms::flow::{finish, one, require_staff};
    use crate::forms::FieldError;
    use crate::forms::{District, Email};
    use crate::identity::rules::problem as identity_problem;
    use crate::identity::rules::{Date, Identity};
    use crate::identity::store::{self, Verification, Verified};
    use crate::platform::{self, audit, krakow_time as kt, now};
    let clerk = require_staff()?;
    let st = platform::state()?;
    let back = "/staff/identity";
    let sex = sex.unwrap_or_default();
    let values = crate::forms::flow::fields(&[
        ("email", &email),
        ("office", &office),
        ("district", &district),
        ("resident_since", &resident_since),
        ("birth", &birth),
        ("sex", &sex),
    ]);
    let mut errors = Vec::new();
    let account = match Email::parse(&email) {
        Ok(e) => match crate::accounts::store::user_by_email(&st.db, e.as_str()).await? {
            Some((id, _, _)) => Some(id),
            None => {
                errors.push(FieldError::new(
                    "email",
                    crate::identity::IdentityProblem::AccountUnknown,
                ));
                None
            }
        },
        Err(p) => {
            errors.push(FieldError::new("email", p));
            None
        }
    };
    let who = match Identity::from_form(
        &pesel,
        &birth,
        &sex,
        &document,
        crate::identity::api::today(),
    ) {
        Ok(i) => Some(i),
        Err(es) => {
            errors.extend(
                es.into_iter()
                    .map(|(f, e)| FieldError::new(f, identity_problem(e))),
            );
            None
        }
    };
    let office_ok = crate::identity::OFFICES.contains(&office.as_str());
    if !office_ok {
        errors.push(FieldError::new(
            "office",
            crate::forms::FormProblem::ChoiceInvalid,
        ));
    }
    let district_p = District::parse(&district)
        .map_err(|p| errors.push(FieldError::new("district", p)))
        .ok();
    // Since when: a past day (the register or the document says), or today.
    let since = if resident_since.trim().is_empty() {
        Some(now())
    } else {
        Date::parse_iso(&resident_since)
            .filter(|d| *d <= crate::identity::api::today())
            .and_then(|d| kt::parse_local(&d.iso(), "", (0, 0)))
    };
    if since.is_none() {
        errors.push(FieldError::new(
            "resident_since",
            crate::forms::FormProblem::DateInvalid,
        ));
    }
    // Nobody confirms their own identity.
    if account == Some(clerk.id) {
        errors.push(FieldError::new(
            "email",
            crate::forms::FormProblem::NotAllowed,
        ));
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
        district,
        resident_since: since,
        take_over: take_over.as_deref() == Some("yes"),
    };
    match store::verify(&st.db, &v).await? {
        Verified::HeldBy(_) => {
            finish(
                one(
                    "take_over",
                    crate::identity::IdentityProblem::IdentityHeldElsewhere,
                ),
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
                .await?;
            }
            audit::record(
                &st.db,
                Some(clerk.id),
                "identity_verified",
                Some(account),
                &format!("office={office}"),
            )
            .await?;
            finish(
                FormReply::Done {
                    to: back.into(),
                    notice: Some(crate::forms::Notice::from(
                        crate::identity::IdentityNotice::IdentityVerified,
                    )),
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

/// The clerk's form: after seeing an identity document at an office.
#[component]
pub fn StaffIdentityPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<VerifyIdentity>::new();
    let form = Form::new("identity", action);
    let offices: Vec<(String, String, Option<&'static str>)> = crate::identity::OFFICES
        .iter()
        .map(|o| (o.to_string(), o.to_string(), Some("pl")))
        .collect();
    view! {
        <PageTitle text=move || t!(i18n, "identity-staff-title") />
        <div class="narrow">
            <ErrorSummary form />
            <PageHeading text=move || t!(i18n, "identity-staff-title") />
            <p class="lead">{move || t!(i18n, "identity-staff-lead")}</p>
            <ActionForm action attr:novalidate=true attr:class="form">
                <TextField
                    form
                    name="email"
                    kind="email"
                    label=move || t!(i18n, "identity-staff-email")
                    autocomplete="off"
                    required=true
                />
                <IdentityFields form />
                <SelectField
                    form
                    name="office"
                    label=move || t!(i18n, "identity-staff-office")
                    choose=move || t!(i18n, "identity-staff-office-choose")
                    options=offices
                />
                <DistrictField form label=move || t!(i18n, "identity-staff-district") />
                <TextField
                    form
                    name="resident_since"
                    kind="date"
                    label=move || t!(i18n, "identity-staff-since")
                    hint=move || t!(i18n, "identity-staff-since-hint")
                    autocomplete="off"
                />
                <Checkbox
                    form
                    name="take_over"
                    label=move || t!(i18n, "identity-staff-take-over")
                />
                <Submit
                    label=move || t!(i18n, "identity-staff-submit")
                    pending=action.pending().into()
                />
            </ActionForm>
        </div>
    }
}
