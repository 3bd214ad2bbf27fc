//! The resident's page of their city card: what a clerk confirmed, whether it is valid
//! today, how to add or renew it, and taking it off the account.
use super::api::{my_card, RemoveCard};
use crate::i18n::{time, use_i18n};
use crate::t;
use crate::ui::{load_error_text, ErrorSummary, Form, PageHeading, PageTitle, Submit};
use leptos::prelude::*;

#[component]
pub fn CardPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RemoveCard>::new();
    let form = Form::new("card", action);
    let data = Resource::new(move || action.version().get(), |_| my_card());
    view! {
        <PageTitle text=move || t!(i18n, "card-title") />
        <crate::ui::RequireSignIn>
            <ErrorSummary form />
            <PageHeading text=move || t!(i18n, "card-title") />
            <p class="lead">{move || t!(i18n, "card-lead")}</p>
            <Suspense fallback=move || {
                view! { <p>{move || t!(i18n, "loading")}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(c)) => {
                            let until = time::date(
                                i18n.lang(),
                                time::LocalTime::on(c.valid_until, 0, 0),
                            );
                            let state = if c.valid {
                                t!(i18n, "card-valid", until = until.clone())
                            } else {
                                t!(i18n, "card-expired", until = until.clone())
                            };
                            let confirmed = t!(
                                i18n, "card-confirmed-text", clerk = c.confirmed_by.clone(), office = c.office.clone(), at = time::date_time(i18n.lang(), c.confirmed_at)
                            );
                            let valid = c.valid;
                            view! {
                                <dl class="summary-list">
                                    <div class="summary-list__row">
                                        <dt>{move || t!(i18n, "card-number")}</dt>
                                        <dd>{c.number.clone()}</dd>
                                    </div>
                                    <div class="summary-list__row">
                                        <dt>{move || t!(i18n, "card-state")}</dt>
                                        <dd>{state}</dd>
                                    </div>
                                    <div class="summary-list__row">
                                        <dt>{move || t!(i18n, "card-confirmed")}</dt>
                                        <dd>{confirmed}</dd>
                                    </div>
                                </dl>
                                {(!valid)
                                    .then(|| {
                                        view! {
                                            <p class="notice">
                                                {move || t!(i18n, "card-how-to-renew")}
                                            </p>
                                        }
                                    })}
                                <h2>{move || t!(i18n, "card-remove-heading")}</h2>
                                <p>{move || t!(i18n, "card-remove-text")}</p>
                                <ActionForm action attr:class="form">
                                    <Submit
                                        label=move || t!(i18n, "card-remove")
                                        pending=action.pending().into()
                                        warning=true
                                    />
                                </ActionForm>
                            }
                                .into_any()
                        }
                        Ok(None) => {
                            view! {
                                <p>{move || t!(i18n, "card-none")}</p>
                                <p class="notice">{move || t!(i18n, "card-how-to-add")}</p>
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
                <a href="/tickets/prices">{move || t!(i18n, "card-prices-link")}</a>
            </p>
            <p>
                <a href="/account">{move || t!(i18n, "back-to-account")}</a>
            </p>
        </crate::ui::RequireSignIn>
    }
}
