//! The wallet: the resident's tickets, active first with the time left, then upcoming, then
//! expired and refunded; and one ticket with its QR code, its typed code and, before it
//! starts, its refund. Everything the QR code shows is said as text too.
use super::api::{my_ticket, my_tickets, RefundTicket};
use super::buying::entitlement_text;
use super::pages::{product_text, zones_text};
use super::{TicketState, TicketView};
use crate::i18n::{time, use_i18n, I18n};
use crate::t;
use crate::ui::{load_error_text, ErrorSummary, Form, PageHeading, PageTitle, Submit};
use leptos::prelude::*;

/// "valid for another 1 h 12 min", "starts in 3 days and 2 h", "expired".
pub fn time_text(i18n: I18n, t: &TicketView) -> String {
    // Whole minutes, rounded up: 29 min 10 s left is "30 min", never "0 min".
    let minutes = (t.seconds + 59) / 60;
    let (d, h, m) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
    match t.state {
        TicketState::Active if d > 0 => t!(i18n, "tk-left-days", d = d, h = h),
        TicketState::Active if h > 0 => t!(i18n, "tk-left-hours", h = h, m = m),
        TicketState::Active => t!(i18n, "tk-left-minutes", m = m),
        TicketState::Upcoming if d > 0 => t!(i18n, "tk-starts-days", d = d, h = h),
        TicketState::Upcoming if h > 0 => t!(i18n, "tk-starts-hours", h = h, m = m),
        TicketState::Upcoming => t!(i18n, "tk-starts-minutes", m = m),
        TicketState::Expired => t!(i18n, "tk-ticket-expired"),
        TicketState::Refunded => t!(i18n, "tk-ticket-refunded"),
    }
}

fn validity_text(i18n: I18n, t: &TicketView) -> String {
    let lang = i18n.lang();
    format!(
        "{} {} – {} {}",
        t!(i18n, "tk-valid-from"),
        time::date_time(lang, t.valid_from),
        t!(i18n, "tk-valid-until"),
        time::date_time(lang, t.valid_until)
    )
}

#[component]
fn TicketCard(t: TicketView) -> impl IntoView {
    let i18n = use_i18n();
    let name = product_text(i18n, t.product);
    let left = time_text(i18n, &t);
    let validity = validity_text(i18n, &t);
    let zones = zones_text(i18n, t.zones);
    let fare = entitlement_text(i18n, t.reduced);
    view! {
        <li class="card">
            <h3 class="card__title">
                <a href=format!("/tickets/{}", t.id)>{name}</a>
            </h3>
            <p>
                <strong>{left}</strong>
            </p>
            <p>{format!("{} {zones} · {fare}", t!(i18n, "tk-field-zones"))}</p>
            <p>{validity}</p>
        </li>
    }
}

/// `/tickets`.
#[component]
pub fn WalletPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| my_tickets());
    view! {
        <PageTitle text=move || t!(i18n, "tk-wallet-title") />
        <crate::ui::RequireSignIn>
            <PageHeading text=move || t!(i18n, "tk-wallet-title") />
            <p>
                <a class="button" href="/tickets/buy">
                    {move || t!(i18n, "tk-wallet-buy")}
                </a>
            </p>
            <Suspense fallback=move || {
                view! { <p>{move || t!(i18n, "loading")}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(all) if all.is_empty() => {
                            view! { <p>{move || t!(i18n, "tk-wallet-none")}</p> }.into_any()
                        }
                        Ok(all) => {
                            let group = |which: &[TicketState], heading: fn(I18n) -> String| {
                                let these: Vec<TicketView> = all
                                    .iter()
                                    .filter(|t| which.contains(&t.state))
                                    .cloned()
                                    .collect();
                                (!these.is_empty())
                                    .then(|| {
                                        view! {
                                            <h2>{move || heading(i18n)}</h2>
                                            <ul class="cards">
                                                {these
                                                    .into_iter()
                                                    .map(|t| view! { <TicketCard t /> })
                                                    .collect_view()}
                                            </ul>
                                        }
                                    })
                            };
                            view! {
                                {group(&[TicketState::Active], |i| t!(i, "tk-wallet-active"))}
                                {group(&[TicketState::Upcoming], |i| t!(i, "tk-wallet-upcoming"))}
                                {group(
                                    &[TicketState::Expired, TicketState::Refunded],
                                    |i| t!(i, "tk-wallet-past"),
                                )}
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
                <a href="/tickets/orders">{move || t!(i18n, "tk-orders-title")}</a>
                " · "
                <a href="/tickets/prices">{move || t!(i18n, "card-prices-link")}</a>
            </p>
        </crate::ui::RequireSignIn>
    }
}

/// `/tickets/:id`: the ticket to show an inspector.
#[component]
pub fn TicketPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = crate::ui::id_param("id");
    let refund = ServerAction::<RefundTicket>::new();
    let form = Form::new("refund", refund);
    let data = Resource::new(move || id.get(), my_ticket);
    view! {
        <PageTitle text=move || t!(i18n, "tk-wallet-title") />
        <crate::ui::RequireSignIn>
            <ErrorSummary form />
            <Suspense fallback=move || {
                view! { <p>{move || t!(i18n, "loading")}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(t) => {
                            let lang = i18n.lang();
                            let name = product_text(i18n, t.product);
                            let heading = t!(i18n, "tk-ticket-title", name = name.clone());
                            let left = time_text(i18n, &t);
                            let ticket_id = t.id.to_string();
                            view! {
                                <PageHeading text=heading />
                                <p class="ticket__state" class:ticket__state--off=matches!(t.state, TicketState::Expired | TicketState::Refunded)>
                                    <strong>{left}</strong>
                                </p>
                                <div class="ticket__qr-box" inner_html=t.qr.clone()></div>
                                <dl class="summary-list">
                                    <div class="summary-list__row">
                                        <dt>{move || t!(i18n, "tk-field-code")}</dt>
                                        <dd><code class="ticket__code">{t.code.clone()}</code></dd>
                                    </div>
                                    <div class="summary-list__row">
                                        <dt>{move || t!(i18n, "tk-valid-from")}</dt>
                                        <dd>{time::date_time(lang, t.valid_from)}</dd>
                                    </div>
                                    <div class="summary-list__row">
                                        <dt>{move || t!(i18n, "tk-valid-until")}</dt>
                                        <dd>{time::date_time(lang, t.valid_until)}</dd>
                                    </div>
                                    <div class="summary-list__row">
                                        <dt>{move || t!(i18n, "tk-field-zones")}</dt>
                                        <dd>{zones_text(i18n, t.zones)}</dd>
                                    </div>
                                    <div class="summary-list__row">
                                        <dt>{move || t!(i18n, "tk-fare")}</dt>
                                        <dd>
                                            {entitlement_text(i18n, t.reduced)}
                                            {t.resident.then(|| format!(", {}", t!(i18n, "tk-resident")))}
                                        </dd>
                                    </div>
                                    {t.vehicle.clone().map(|v| view! {
                                        <div class="summary-list__row">
                                            <dt>{move || t!(i18n, "tk-vehicle")}</dt>
                                            <dd>{v}</dd>
                                        </div>
                                    })}
                                    {t.line.map(|l| view! {
                                        <div class="summary-list__row">
                                            <dt>{move || t!(i18n, "tk-line")}</dt>
                                            <dd>{l}</dd>
                                        </div>
                                    })}
                                    {t.holder.clone().map(|h| view! {
                                        <div class="summary-list__row">
                                            <dt>{move || t!(i18n, "tk-holder")}</dt>
                                            <dd>{h}</dd>
                                        </div>
                                    })}
                                    <div class="summary-list__row">
                                        <dt>{move || t!(i18n, "tk-price-paid")}</dt>
                                        <dd>
                                            <a href=format!("/tickets/orders/{}", t.order_id)>{t.amount.text(lang)}</a>
                                        </dd>
                                    </div>
                                </dl>
                                <p class="hint">{move || t!(i18n, "tk-code-hint")}</p>
                                {t.refundable.then(|| view! {
                                    <h2>{move || t!(i18n, "tk-refund-heading")}</h2>
                                    <p>{move || t!(i18n, "tk-refund-text")}</p>
                                    <ActionForm action=refund attr:class="form">
                                        <input type="hidden" name="ticket" value=ticket_id.clone() />
                                        <Submit label=move || t!(i18n, "tk-refund") pending=refund.pending().into() warning=true />
                                    </ActionForm>
                                })}
                            }
                                .into_any()
                        }
                        Err(e) => {
                            view! {
                                <PageHeading text=move || t!(i18n, "tk-wallet-title") />
                                <p class="error-text">{move || load_error_text(i18n, &e)}</p>
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
            <p>
                <a href="/tickets">{move || t!(i18n, "tk-wallet-title")}</a>
            </p>
        </crate::ui::RequireSignIn>
    }
}
