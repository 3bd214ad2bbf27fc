//! Pages of identities: the resident's own (what is bound, how far it is confirmed, by whom,
//! where and when) and the clerk's verification form.
use super::api::my_identity;
use super::rules::Level;
use crate::i18n::use_i18n;
use crate::t;
use crate::ui::{load_error_text, PageHeading, PageTitle};
use leptos::prelude::*;

#[component]
pub fn IdentityPage() -> impl IntoView {
    let i18n = use_i18n();
    let view_data = Resource::new(|| (), |_| my_identity());
    view! {
        <PageTitle text=move || t!(i18n, "identity-title") />
        <crate::ui::RequireSignIn>
            <PageHeading text=move || t!(i18n, "identity-title") />
            <p class="lead">{move || t!(i18n, "identity-lead")}</p>
            <Suspense fallback=move || {
                view! { <p>{move || t!(i18n, "loading")}</p> }
            }>
                {move || Suspend::new(async move {
                    match view_data.await {
                        Ok(v) => {
                            let level = match v.level {
                                None => t!(i18n, "identity-level-none"),
                                Some(Level::Declared) => t!(i18n, "identity-level-declared"),
                                Some(Level::Verified) => t!(i18n, "identity-level-verified"),
                            };
                            let kind = match v.kind.as_deref() {
                                Some("pesel") => {
                                    t!(
                                        i18n, "identity-kind-pesel", ends = v.number_ends_with.clone()
                                    )
                                }
                                Some(_) => {
                                    t!(
                                        i18n, "identity-kind-document", ends = v.number_ends_with.clone()
                                    )
                                }
                                None => "—".to_string(),
                            };
                            let verified = v.level == Some(Level::Verified);
                            let addresses = v.addresses.clone();
                            view! {
                                <dl class="summary-list">
                                    <div class="summary-list__row">
                                        <dt>{move || t!(i18n, "identity-level")}</dt>
                                        <dd>{level}</dd>
                                    </div>
                                    <div class="summary-list__row">
                                        <dt>{move || t!(i18n, "identity-number")}</dt>
                                        <dd>{kind}</dd>
                                    </div>
                                    {verified
                                        .then(|| {
                                            view! {
                                                <div class="summary-list__row">
                                                    <dt>{move || t!(i18n, "identity-verified-by")}</dt>
                                                    <dd>
                                                        {t!(
                                                            i18n, "identity-verified-text", clerk = v.verified_by.clone(), office = v.office.clone(), at = v.verified_at.map(|t| crate::i18n::time::date_time(i18n.lang(), t)).unwrap_or_default()
                                                        )}
                                                    </dd>
                                                </div>
                                            }
                                        })}
                                </dl>
                                {(!addresses.is_empty())
                                    .then(|| {
                                        view! {
                                            <h2>{move || t!(i18n, "identity-addresses")}</h2>
                                            <ul>
                                                {addresses
                                                    .into_iter()
                                                    .map(|(d, from)| {
                                                        let name = d.label();
                                                        view! {
                                                            <li>
                                                                {t!(
                                                                    i18n, "identity-address-line", district = name, from = from
                                                                )}
                                                            </li>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </ul>
                                        }
                                    })}
                                {(!verified)
                                    .then(|| {
                                        view! {
                                            <p class="notice">
                                                {move || t!(i18n, "identity-how-to-verify")}
                                            </p>
                                        }
                                    })}
                            }
                                .into_any()
                        }
                        Err(e) => {
                            view! { <p class="error-text">{move || load_error_text(i18n, &e)}</p> }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
            <p>
                <a href="/account">{move || t!(i18n, "back-to-account")}</a>
            </p>
        </crate::ui::RequireSignIn>
    }
}

/// Who is voting: a PESEL, or for people without one birth date, sex and an identity
/// document (the budget's ballots on line and on paper, and district referenda).
#[component]
pub fn IdentityFields(form: crate::ui::Form) -> impl IntoView {
    use crate::ui::TextField;
    let i18n = use_i18n();
    view! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{move || t!(i18n, "bo-vote-identity")}</legend>
            <TextField
                form
                name="pesel"
                label=move || t!(i18n, "bo-vote-pesel")
                hint=move || t!(i18n, "bo-vote-pesel-hint")
                autocomplete="off"
            />
            <p>{move || t!(i18n, "bo-vote-no-pesel")}</p>
            <TextField
                form
                name="birth"
                kind="date"
                label=move || t!(i18n, "bo-vote-birth")
                autocomplete="bday"
            />
            <SexField form />
            <TextField
                form
                name="document"
                label=move || t!(i18n, "bo-vote-document")
                autocomplete="off"
            />
        </fieldset>
    }
}

#[component]
pub fn SexField(form: crate::ui::Form) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = form.value("sex");
    let (f, m) = (chosen == "F", chosen == "M");
    view! {
        <fieldset
            class="fieldset fieldset--inline"
            aria-describedby=move || form.error("sex").map(|_| "f-sex-error")
        >
            <legend class="field__label">{move || t!(i18n, "bo-vote-sex")}</legend>
            <crate::ui::FieldError form name="sex" />
            <div class="choice">
                <input type="radio" id="f-sex-f" name="sex" value="F" checked=f />
                <label for="f-sex-f">{move || t!(i18n, "bo-vote-sex-f")}</label>
            </div>
            <div class="choice">
                <input type="radio" id="f-sex-m" name="sex" value="M" checked=m />
                <label for="f-sex-m">{move || t!(i18n, "bo-vote-sex-m")}</label>
            </div>
        </fieldset>
    }
}
