//! Pages that belong to no single capability: home, accessibility statement, not found.
use crate::i18n::use_i18n;
use crate::t;
use crate::ui::{use_shell, PageHeading, PageTitle};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
pub mod plain;

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    // (title, description, available now)
    type Text = fn(crate::i18n::I18n) -> String;
    let services: [(Text, Text, bool); 8] = [
        (
            |i| t!(i, "service-account"),
            |i| t!(i, "service-account-text"),
            true,
        ),
        (
            |i| t!(i, "service-surveys"),
            |i| t!(i, "service-surveys-text"),
            true,
        ),
        (
            |i| t!(i, "service-consultations"),
            |i| t!(i, "service-consultations-text"),
            false,
        ),
        (
            |i| t!(i, "service-budget"),
            |i| t!(i, "service-budget-text"),
            false,
        ),
        (
            |i| t!(i, "service-tickets"),
            |i| t!(i, "service-tickets-text"),
            false,
        ),
        (
            |i| t!(i, "service-taxes"),
            |i| t!(i, "service-taxes-text"),
            false,
        ),
        (
            |i| t!(i, "service-card"),
            |i| t!(i, "service-card-text"),
            false,
        ),
        (
            |i| t!(i, "service-reports"),
            |i| t!(i, "service-reports-text"),
            false,
        ),
    ];
    view! {
        <PageTitle text=move || t!(i18n, "home-title") description=move || t!(i18n, "home-lead") />
        <PageHeading text=move || t!(i18n, "home-title") />
        <p class="lead">{move || t!(i18n, "home-lead")}</p>
        {move || match shell.viewer.get() {
            Some(v) => {
                view! {
                    <p>
                        {t!(i18n, "home-welcome-back", name = v.name.clone())}" "
                        <a href="/account">{t!(i18n, "nav-account")}</a>
                    </p>
                }
                    .into_any()
            }
            None => {
                view! {
                    <p class="cta">
                        <a href="/register" class="button">
                            {t!(i18n, "nav-register")}
                        </a>
                        " "
                        <a href="/sign-in" class="button button--secondary">
                            {t!(i18n, "nav-sign-in")}
                        </a>
                    </p>
                }
                    .into_any()
            }
        }}
        <h2>{move || t!(i18n, "home-services-heading")}</h2>
        <ul class="services">
            {services
                .into_iter()
                .map(|(title, text, available)| {
                    view! {
                        <li class="service" class:service--available=available>
                    <h3 class="service__title">{
                        let href = match title(i18n) { t if t == t!(i18n, "service-surveys") => Some("/surveys"), t if t == t!(i18n, "service-account") => Some("/account"), _ => None };
                        match href {
                            Some(h) if available => view! { <a href=h>{move || title(i18n)}</a> }.into_any(),
                            _ => view! { <span>{move || title(i18n)}</span> }.into_any(),
                        }
                    }</h3>
                    <p class="service__text">{move || text(i18n)}</p>
                    <p class="service__status">
                        <span class="tag" class:tag--available=available>
                            {move || if available { t!(i18n, "service-available") } else { t!(i18n, "service-coming") }}
                        </span>
                    </p>
                </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[component]
pub fn Accessibility() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=move || t!(i18n, "a11y-title") />
        <div class="prose">
            <PageHeading text=move || t!(i18n, "a11y-title") />
            <p class="lead">{move || t!(i18n, "a11y-intro")}</p>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt>{move || t!(i18n, "a11y-published")}</dt>
                    <dd>
                        <time datetime="2026-11-23">"2026-11-23"</time>
                    </dd>
                </div>
                <div class="summary-list__row">
                    <dt>{move || t!(i18n, "a11y-updated")}</dt>
                    <dd>
                        <time datetime="2026-11-23">"2026-11-23"</time>
                    </dd>
                </div>
            </dl>
            <h2>{move || t!(i18n, "a11y-status-heading")}</h2>
            <p>{move || t!(i18n, "a11y-status")}</p>
            <h2>{move || t!(i18n, "a11y-inaccessible-heading")}</h2>
            <ul>
                <li>{move || t!(i18n, "a11y-inaccessible-pjm")}</li>
                <li>{move || t!(i18n, "a11y-inaccessible-etr")}</li>
            </ul>
            <h2>{move || t!(i18n, "a11y-assessment-heading")}</h2>
            <p>{move || t!(i18n, "a11y-assessment")}</p>
            <h2>{move || t!(i18n, "a11y-features-heading")}</h2>
            <ul>
                <li>{move || t!(i18n, "a11y-feature-keyboard")}</li>
                <li>
                    {move || t!(i18n, "a11y-feature-display")}" "
                    <a href="/settings">{move || t!(i18n, "settings-title")}</a>
                </li>
                <li>{move || t!(i18n, "a11y-feature-languages")}</li>
                <li>{move || t!(i18n, "a11y-feature-nojs")}</li>
            </ul>
            <h2>{move || t!(i18n, "a11y-contact-heading")}</h2>
            <p>{move || t!(i18n, "a11y-contact")}</p>
            <h2>{move || t!(i18n, "a11y-procedure-heading")}</h2>
            <p>{move || t!(i18n, "a11y-procedure")}</p>
            <p>{move || t!(i18n, "a11y-complaint")}</p>
            <h2>{move || t!(i18n, "a11y-architecture-heading")}</h2>
            <p>{move || t!(i18n, "a11y-architecture")}</p>
        </div>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageTitle text=move || t!(i18n, "not-found-title") />
        <PageHeading text=move || t!(i18n, "not-found-title") />
        <p>{move || t!(i18n, "not-found-text")}</p>
        <p>
            <a href="/">{move || t!(i18n, "not-found-home")}</a>
        </p>
    }
}
