//! Buying a ticket: the choice (with the price as options change, announced politely), the
//! order's summary with the total and the button to pay, the receipt, the order history.
//! Every step is a plain form that works without JavaScript.
use super::api::{load_prices, my_order, my_orders, BuyTicket, PayOrder};
use super::pages::{product_text, zones_text};
use super::rules::{Entitlement, Product, Zones};
use super::PriceList;
use crate::i18n::{time, use_i18n, I18n};
use crate::payments::OrderState;
use crate::t;
use crate::ui::{
    load_error_text, Checkbox, ErrorSummary, FieldError, Form, PageHeading, PageTitle, Submit,
    TextField,
};
use leptos::prelude::*;

pub fn entitlement_text(i18n: I18n, e: Option<Entitlement>) -> String {
    match e {
        None => t!(i18n, "tk-fare-normal"),
        Some(Entitlement::Student) => t!(i18n, "tk-ent-student"),
        Some(Entitlement::DoctoralStudent) => t!(i18n, "tk-ent-doctoral"),
        Some(Entitlement::Pupil) => t!(i18n, "tk-ent-pupil"),
        Some(Entitlement::Pensioner) => t!(i18n, "tk-ent-pensioner"),
        Some(Entitlement::Veteran) => t!(i18n, "tk-ent-veteran"),
    }
}

/// The price of what the form says, from the tariff in force (None: not sold, or not chosen).
fn price_of(
    list: &PriceList,
    product: &str,
    zones: &str,
    fare: &str,
    resident: bool,
) -> Option<crate::forms::Money> {
    let product = Product::from_code(product.parse().ok()?)?;
    let zones = Zones::from_code(zones.parse().ok()?)?;
    let resident = resident && product.is_period();
    let line = list
        .in_force
        .as_ref()?
        .lines
        .iter()
        .find(|l| l.product == product && l.zones == zones && l.resident == resident)?;
    Some(if fare == "normal" {
        line.normal
    } else {
        line.reduced
    })
}

fn product_option(i18n: I18n, p: Product, chosen: Option<u8>) -> impl IntoView {
    let v = p.code().to_string();
    let sel = chosen == Some(p.code());
    view! {
        <option value=v selected=sel>
            {move || product_text(i18n, p)}
        </option>
    }
}

/// `/tickets/buy`.
#[component]
pub fn BuyPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<BuyTicket>::new();
    let form = Form::new("buy", action);
    let prices = Resource::new(|| (), |_| load_prices());
    let initial = |name: &str, default: &str| {
        let v = form.value(name);
        if v.is_empty() {
            default.to_string()
        } else {
            v
        }
    };
    let product = RwSignal::new(initial("product", ""));
    let zones = RwSignal::new(initial("zones", "1"));
    let fare = RwSignal::new(initial("fare", "normal"));
    let resident = RwSignal::new(form.value("resident") == "yes");
    let on_change = move |ev: leptos::ev::Event| {
        let target = event_target::<leptos::web_sys::Element>(&ev);
        match target.get_attribute("name").as_deref() {
            Some("product") => product.set(event_target_value(&ev)),
            Some("zones") => zones.set(event_target_value(&ev)),
            Some("fare") => fare.set(event_target_value(&ev)),
            Some("resident") => resident.set(event_target_checked(&ev)),
            _ => {}
        }
    };
    let chosen: Option<u8> = product.get_untracked().parse().ok();
    let none_chosen = chosen.is_none();
    let zone_radio = move |z: Zones, long: fn(I18n) -> String| {
        let v = z.code().to_string();
        let id = format!("f-zones-{v}");
        let checked = zones.get_untracked() == v;
        view! {
            <div class="choice">
                <input type="radio" id=id.clone() name="zones" value=v checked=checked />
                <label for=id>{move || long(i18n)}</label>
            </div>
        }
    };
    // 0: the normal fare; otherwise the entitlement's code.
    let chosen_fare: u8 = fare.get_untracked().parse().unwrap_or(0);
    view! {
        <PageTitle text=move || t!(i18n, "tk-buy-title") />
        <crate::ui::RequireSignIn>
            <div class="narrow">
                <ErrorSummary form />
                <PageHeading text=move || t!(i18n, "tk-buy-title") />
                <p class="lead">{move || t!(i18n, "tk-buy-lead")}</p>
                <div on:change=on_change>
                    <ActionForm action attr:novalidate=true attr:class="form">
                        <div class="field" class:field--error=move || form.error("product").is_some()>
                            <label class="field__label" for="f-product">
                                {move || t!(i18n, "tk-field-product")}
                            </label>
                            <FieldError form name="product" />
                            <select
                                class="field__select"
                                id="f-product"
                                name="product"
                                aria-invalid=move || form.error("product").is_some().then_some("true")
                                aria-describedby=move || crate::ui::described_by("product", false, form.error("product").is_some())
                            >
                                <option value="" selected=none_chosen>
                                    {move || t!(i18n, "tk-field-product-choose")}
                                </option>
                                <optgroup label=move || t!(i18n, "tk-group-short")>
                                    {Product::ALL
                                        .into_iter()
                                        .filter(|p| !p.is_period())
                                        .map(|p| product_option(i18n, p, chosen))
                                        .collect_view()}
                                </optgroup>
                                <optgroup label=move || t!(i18n, "tk-group-period")>
                                    {Product::ALL
                                        .into_iter()
                                        .filter(|p| p.is_period())
                                        .map(|p| product_option(i18n, p, chosen))
                                        .collect_view()}
                                </optgroup>
                            </select>
                        </div>
                        <fieldset
                            class="fieldset"
                            aria-describedby=move || form.error("zones").map(|_| "f-zones-error")
                        >
                            <legend class="field__label">{move || t!(i18n, "tk-field-zones")}</legend>
                            <FieldError form name="zones" />
                            {zone_radio(Zones::City, |i| t!(i, "tk-zones-city-long"))}
                            {zone_radio(Zones::All, |i| t!(i, "tk-zones-all-long"))}
                        </fieldset>
                        <div class="field" class:field--error=move || form.error("fare").is_some()>
                            <label class="field__label" for="f-fare">
                                {move || t!(i18n, "tk-field-fare")}
                            </label>
                            <FieldError form name="fare" />
                            <select
                                class="field__select"
                                id="f-fare"
                                name="fare"
                                aria-invalid=move || form.error("fare").is_some().then_some("true")
                                aria-describedby=move || crate::ui::described_by("fare", false, form.error("fare").is_some())
                            >
                                {std::iter::once(None)
                                    .chain(Entitlement::ALL.into_iter().map(Some))
                                    .map(|e| {
                                        let code = e.map_or(0, |e| e.code());
                                        let v = if code == 0 { "normal".to_string() } else { code.to_string() };
                                        let sel = code == chosen_fare;
                                        view! {
                                            <option value=v selected=sel>
                                                {move || entitlement_text(i18n, e)}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </div>
                        <Checkbox form name="resident" label=move || t!(i18n, "tk-field-resident") />
                        <fieldset class="fieldset">
                            <legend class="fieldset__legend">{move || t!(i18n, "tk-short-legend")}</legend>
                            <TextField
                                form
                                name="vehicle"
                                label=move || t!(i18n, "tk-field-vehicle")
                                hint=move || t!(i18n, "tk-field-vehicle-hint")
                            />
                        </fieldset>
                        <fieldset class="fieldset">
                            <legend class="fieldset__legend">{move || t!(i18n, "tk-period-legend")}</legend>
                            <TextField
                                form
                                name="start"
                                kind="date"
                                label=move || t!(i18n, "tk-field-start")
                                hint=move || t!(i18n, "tk-field-start-hint")
                            />
                            <TextField form name="line" label=move || t!(i18n, "tk-field-line") />
                            <TextField
                                form
                                name="holder"
                                label=move || t!(i18n, "tk-field-holder")
                                hint=move || t!(i18n, "tk-field-holder-hint")
                                autocomplete="name"
                            />
                        </fieldset>
                        <p class="price" aria-live="polite" aria-atomic="true" id="tk-price">
                            <Suspense fallback=move || t!(i18n, "tk-price-unknown")>
                                {move || Suspend::new(async move {
                                    let list = prices.await.ok();
                                    move || {
                                        let p = product.get();
                                        match list.as_ref() {
                                            _ if p.is_empty() => t!(i18n, "tk-price-unknown"),
                                            Some(l) => {
                                                match price_of(l, &p, &zones.get(), &fare.get(), resident.get()) {
                                                    Some(m) => t!(i18n, "tk-price-now", amount = m.text(i18n.lang())),
                                                    None => t!(i18n, "tk-price-not-sold"),
                                                }
                                            }
                                            None => t!(i18n, "tk-price-unknown"),
                                        }
                                    }
                                })}
                            </Suspense>
                        </p>
                        <Submit label=move || t!(i18n, "tk-buy-submit") pending=action.pending().into() />
                    </ActionForm>
                </div>
                <p>
                    <a href="/tickets/prices">{move || t!(i18n, "card-prices-link")}</a>
                </p>
            </div>
        </crate::ui::RequireSignIn>
    }
}

pub fn state_text(
    i18n: I18n,
    s: OrderState,
    paid: Option<time::LocalTime>,
    refunded: Option<time::LocalTime>,
) -> String {
    let at = |t: Option<time::LocalTime>| {
        t.map(|t| time::date_time(i18n.lang(), t))
            .unwrap_or_default()
    };
    match s {
        OrderState::Waiting => t!(i18n, "tk-state-waiting"),
        OrderState::Paid => t!(i18n, "tk-state-paid", at = at(paid)),
        OrderState::Expired => t!(i18n, "tk-state-expired"),
        OrderState::Refunded => t!(i18n, "tk-state-refunded", at = at(refunded)),
    }
}

/// `/tickets/orders/:id`: the summary before paying (with the button to pay) and the receipt
/// after. It reads the portal's own records: coming back from the provider proves nothing.
#[component]
pub fn OrderPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = crate::ui::id_param("id");
    let pay = ServerAction::<PayOrder>::new();
    let form = Form::new("pay", pay);
    let data = Resource::new(move || id.get(), my_order);
    // While a payment is awaited, look again every few seconds (with JavaScript).
    Effect::new(move |_| {
        if let Some(Ok(o)) = data.get() {
            if o.state == OrderState::Waiting {
                set_timeout(move || data.refetch(), std::time::Duration::from_secs(3));
            }
        }
    });
    view! {
        <PageTitle text=move || t!(i18n, "tk-order-title", id = id.get()) />
        <crate::ui::RequireSignIn>
            <div class="narrow">
                <ErrorSummary form />
                <PageHeading text=move || t!(i18n, "tk-order-title", id = id.get()) />
                <Suspense fallback=move || {
                    view! { <p>{move || t!(i18n, "loading")}</p> }
                }>
                    {move || Suspend::new(async move {
                        match data.await {
                            Ok(o) => {
                                let lang = i18n.lang();
                                let state = state_text(i18n, o.state, o.paid_at, o.refunded_at);
                                let amount = o.amount.text(lang);
                                let pay_amount = amount.clone();
                                let order_id = o.id.to_string();
                                let pay_by = time::date_time(lang, o.pay_by);
                                view! {
                                    <dl class="summary-list">
                                        <div class="summary-list__row">
                                            <dt>{move || t!(i18n, "tk-field-product")}</dt>
                                            <dd>{product_text(i18n, o.product)}</dd>
                                        </div>
                                        <div class="summary-list__row">
                                            <dt>{move || t!(i18n, "tk-field-zones")}</dt>
                                            <dd>{zones_text(i18n, o.zones)}</dd>
                                        </div>
                                        <div class="summary-list__row">
                                            <dt>{move || t!(i18n, "tk-fare")}</dt>
                                            <dd>
                                                {entitlement_text(i18n, o.reduced)}
                                                {o
                                                    .resident
                                                    .then(|| format!(", {}", t!(i18n, "tk-resident")))}
                                            </dd>
                                        </div>
                                        {o
                                            .vehicle
                                            .clone()
                                            .map(|v| {
                                                view! {
                                                    <div class="summary-list__row">
                                                        <dt>{move || t!(i18n, "tk-vehicle")}</dt>
                                                        <dd>{v}</dd>
                                                    </div>
                                                }
                                            })}
                                        {o
                                            .start
                                            .map(|d| {
                                                view! {
                                                    <div class="summary-list__row">
                                                        <dt>{move || t!(i18n, "tk-start")}</dt>
                                                        <dd>{time::date(lang, time::LocalTime::on(d, 0, 0))}</dd>
                                                    </div>
                                                }
                                            })}
                                        {o
                                            .line
                                            .map(|l| {
                                                view! {
                                                    <div class="summary-list__row">
                                                        <dt>{move || t!(i18n, "tk-line")}</dt>
                                                        <dd>{l}</dd>
                                                    </div>
                                                }
                                            })}
                                        {o
                                            .holder
                                            .clone()
                                            .map(|h| {
                                                view! {
                                                    <div class="summary-list__row">
                                                        <dt>{move || t!(i18n, "tk-holder")}</dt>
                                                        <dd>{h}</dd>
                                                    </div>
                                                }
                                            })}
                                        <div class="summary-list__row">
                                            <dt>{move || t!(i18n, "tk-order-total")}</dt>
                                            <dd>
                                                <strong>{amount}</strong>
                                            </dd>
                                        </div>
                                        <div class="summary-list__row">
                                            <dt>{move || t!(i18n, "tk-order-state")}</dt>
                                            <dd aria-live="polite">{state}</dd>
                                        </div>
                                    </dl>
                                    {o
                                        .payable
                                        .then(|| {
                                            view! {
                                                <p>{t!(i18n, "tk-order-pay-by", at = pay_by.clone())}</p>
                                                // A plain form: paying leaves the portal for the provider's page.
                                                <form method="post" action="/api/tickets/pay" class="form">
                                                    <input type="hidden" name="order" value=order_id.clone() />
                                                    <button type="submit" class="button">
                                                        {t!(i18n, "tk-order-pay", amount = pay_amount.clone())}
                                                    </button>
                                                </form>
                                            }
                                        })}
                                    {(o.state == OrderState::Waiting)
                                        .then(|| {
                                            view! {
                                                <p class="hint">
                                                    {move || t!(i18n, "tk-order-waiting-note")}
                                                </p>
                                                <p>
                                                    <a href=format!(
                                                        "/tickets/orders/{}",
                                                        o.id,
                                                    )>{move || t!(i18n, "tk-order-check-again")}</a>
                                                </p>
                                            }
                                        })}
                                    {o
                                        .ticket
                                        .map(|tid| {
                                            view! {
                                                <p>
                                                    <a class="button" href=format!("/tickets/{tid}")>
                                                        {move || t!(i18n, "tk-order-ticket")}
                                                    </a>
                                                </p>
                                                <p class="hint">{move || t!(i18n, "tk-order-print")}</p>
                                            }
                                        })}
                                }
                                    .into_any()
                            }
                            Err(e) => {
                                view! {
                                    <p class="error-text">{move || load_error_text(i18n, &e)}</p>
                                }
                                    .into_any()
                            }
                        }
                    })}
                </Suspense>
                <p>
                    <a href="/tickets/orders">{move || t!(i18n, "tk-orders-title")}</a>
                    " · "
                    <a href="/tickets">{move || t!(i18n, "tk-wallet-title")}</a>
                </p>
            </div>
        </crate::ui::RequireSignIn>
    }
}

/// `/tickets/orders`: every order with its state; each opens its receipt.
#[component]
pub fn OrdersPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| my_orders());
    view! {
        <PageTitle text=move || t!(i18n, "tk-orders-title") />
        <crate::ui::RequireSignIn>
            <PageHeading text=move || t!(i18n, "tk-orders-title") />
            <Suspense fallback=move || {
                view! { <p>{move || t!(i18n, "loading")}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(list) if list.is_empty() => {
                            view! { <p>{move || t!(i18n, "tk-orders-none")}</p> }.into_any()
                        }
                        Ok(list) => {
                            view! {
                                <ul class="list">
                                    {list
                                        .into_iter()
                                        .map(|o| {
                                            let lang = i18n.lang();
                                            let state = state_text(i18n, o.state, None, None);
                                            view! {
                                                <li>
                                                    <a href=format!(
                                                        "/tickets/orders/{}",
                                                        o.id,
                                                    )>{t!(i18n, "tk-order-title", id = o.id)}</a>
                                                    " — "
                                                    <span lang="pl">{o.description}</span>
                                                    {format!(
                                                        " — {} — {} — {}",
                                                        o.amount.text(lang),
                                                        time::date_time(lang, o.created_at),
                                                        state,
                                                    )}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
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
                <a href="/tickets">{move || t!(i18n, "tk-wallet-title")}</a>
            </p>
        </crate::ui::RequireSignIn>
    }
}
