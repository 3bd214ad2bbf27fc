//! The clerk's city-card desk: confirming a resident's Karta Krakowska (its number and last
//! valid day) after seeing the card and its holder. It changes an account, so it belongs to
//! accounts, like the identity desk; the card's rules and records are the card module's.
use crate::forms::FormReply;
use crate::i18n::use_i18n;
use crate::t;
use crate::ui::{
    Checkbox, ErrorSummary, Form, PageHeading, PageTitle, SelectField, Submit, TextField,
};
use leptos::prelude::*;

#[server(endpoint = "staff/card/confirm")]
pub async fn confirm_card(
    email: String,
    number: String,
    valid_until: String,
    office: String,
    #[server(default)] take_over: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use crate::card::store::{self, Confirmation, Confirmed};
    use crate::card::{rules, CardNotice, CardProblem};
    use crate::forms::flow::{finish, one, require_staff};
    use crate::forms::{Email, FieldError};
    use crate::platform::{self, audit, now};
    let clerk = require_staff()?;
    let st = platform::state()?;
    let back = "/staff/card";
    let values = crate::forms::flow::fields(&[
        ("email", &email),
        ("number", &number),
        ("valid_until", &valid_until),
        ("office", &office),
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
    if account == Some(clerk.id) {
        errors.push(FieldError::new(
            "email",
            crate::forms::FormProblem::NotAllowed,
        ));
    }
    let number = rules::number(&number)
        .map_err(|e| errors.push(FieldError::new("number", CardProblem::from(e))))
        .ok();
    let today = crate::i18n::time::day_of(now());
    let until = rules::valid_until(&valid_until, today)
        .map_err(|e| errors.push(FieldError::new("valid_until", CardProblem::from(e))))
        .ok();
    if !crate::identity::OFFICES.contains(&office.as_str()) {
        errors.push(FieldError::new(
            "office",
            crate::forms::FormProblem::ChoiceInvalid,
        ));
    }
    let (Some(account), Some(number), Some(until), true) =
        (account, number, until, errors.is_empty())
    else {
        return finish(FormReply::invalid(errors), "card", back, values).await;
    };
    let c = Confirmation {
        account,
        number: &number,
        valid_until: until,
        clerk: clerk.id,
        clerk_name: &clerk.display_name,
        office: &office,
        take_over: take_over.as_deref() == Some("yes"),
    };
    match store::confirm(&st.db, &c).await? {
        Confirmed::HeldElsewhere => {
            finish(
                one("take_over", CardProblem::CardHeldElsewhere),
                "card",
                back,
                values,
            )
            .await
        }
        Confirmed::Done { taken_from } => {
            if let Some(other) = taken_from {
                audit::record(
                    &st.db,
                    Some(clerk.id),
                    "card_taken_over",
                    Some(other),
                    &format!("to={account}"),
                )
                .await?;
            }
            audit::record(
                &st.db,
                Some(clerk.id),
                "card_confirmed",
                Some(account),
                &format!("office={office} until={until}"),
            )
            .await?;
            finish(
                FormReply::Done {
                    to: back.into(),
                    notice: Some(CardNotice::CardConfirmed.into()),
                    boot: None,
                },
                "card",
                back,
                vec![],
            )
            .await
        }
    }
}

/// The clerk's form: after seeing the card and its holder at an office.
#[component]
pub fn StaffCardPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ConfirmCard>::new();
    let form = Form::new("card", action);
    let offices: Vec<(String, String, Option<&'static str>)> = crate::identity::OFFICES
        .iter()
        .map(|o| (o.to_string(), o.to_string(), Some("pl")))
        .collect();
    view! {
        <PageTitle text=move || t!(i18n, "card-staff-title") />
        <div class="narrow">
            <ErrorSummary form />
            <PageHeading text=move || t!(i18n, "card-staff-title") />
            <p class="lead">{move || t!(i18n, "card-staff-lead")}</p>
            <ActionForm action attr:novalidate=true attr:class="form">
                <TextField
                    form
                    name="email"
                    kind="email"
                    label=move || t!(i18n, "identity-staff-email")
                    autocomplete="off"
                    required=true
                />
                <TextField
                    form
                    name="number"
                    label=move || t!(i18n, "card-staff-number")
                    hint=move || t!(i18n, "card-staff-number-hint")
                    autocomplete="off"
                    required=true
                />
                <TextField
                    form
                    name="valid_until"
                    kind="date"
                    label=move || t!(i18n, "card-staff-valid-until")
                    hint=move || t!(i18n, "card-staff-valid-until-hint")
                    autocomplete="off"
                    required=true
                />
                <SelectField
                    form
                    name="office"
                    label=move || t!(i18n, "identity-staff-office")
                    choose=move || t!(i18n, "identity-staff-office-choose")
                    options=offices
                />
                <Checkbox form name="take_over" label=move || t!(i18n, "card-staff-take-over") />
                <Submit
                    label=move || t!(i18n, "card-staff-submit")
                    pending=action.pending().into()
                />
            </ActionForm>
        </div>
    }
}
