//! The tickets' server functions.
use super::PriceList;
#[cfg(feature = "ssr")]
use super::{rules, PriceLine, TariffCard};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
fn card(t: &rules::Tariff) -> TariffCard {
    TariffCard {
        effective_from: t.effective_from,
        lines: t
            .prices
            .iter()
            .map(|p| PriceLine {
                product: p.product,
                zones: p.zones,
                resident: p.resident,
                normal: p.amount,
                reduced: rules::reduced(p.amount),
                confirmed: p.confirmed,
            })
            .collect(),
    }
}

/// The price list, for anyone: the tariff in force today (Kraków time) and those to come.
#[server(endpoint = "tickets/prices")]
pub async fn load_prices() -> Result<PriceList, crate::platform::Failure> {
    let st = crate::platform::state()?;
    let tariffs = super::store::tariffs(&st.db).await?;
    let today = crate::i18n::time::day_of(crate::platform::now());
    Ok(PriceList {
        in_force: rules::in_force(&tariffs, today).map(card),
        upcoming: tariffs
            .iter()
            .filter(|t| t.effective_from > today)
            .map(card)
            .collect(),
    })
}

/// Buys a ticket, step one: the choice checked (each problem at its field, the rest kept),
/// priced in the tariff in force today, and written as an order waiting for payment; the
/// buyer is sent to its summary, which has the total and the button to pay.
#[allow(clippy::too_many_arguments)]
#[server(endpoint = "tickets/buy")]
pub async fn buy_ticket(
    product: String,
    zones: String,
    fare: String,
    #[server(default)] resident: Option<String>,
    #[server(default)] vehicle: String,
    #[server(default)] start: String,
    #[server(default)] line: String,
    #[server(default)] holder: String,
) -> Result<crate::forms::FormReply, crate::platform::Failure> {
    use super::issue::Item;
    use super::rules::{Entitlement, Product, Zones};
    use super::TicketProblem;
    use crate::forms::flow::{finish, require_user};
    use crate::forms::{FieldError, FormProblem, FormReply};
    use crate::i18n::time::day_of;
    use crate::platform::{self, now};
    let back = "/tickets/buy";
    let user = match require_user(back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "buy", back, vec![]).await,
    };
    let st = platform::state()?;
    let resident_s = resident.clone().unwrap_or_default();
    let values = crate::forms::flow::fields(&[
        ("product", &product),
        ("zones", &zones),
        ("fare", &fare),
        ("resident", &resident_s),
        ("vehicle", &vehicle),
        ("start", &start),
        ("line", &line),
        ("holder", &holder),
    ]);
    let mut errors = Vec::new();
    let code = |s: &str| s.trim().parse::<u8>().ok();
    let product = code(&product).and_then(Product::from_code);
    if product.is_none() {
        errors.push(FieldError::new("product", FormProblem::ChoiceInvalid));
    }
    let zones = code(&zones).and_then(Zones::from_code);
    if zones.is_none() {
        errors.push(FieldError::new("zones", FormProblem::ChoiceInvalid));
    }
    let reduced = match fare.as_str() {
        "normal" => Some(None),
        f => code(f).and_then(Entitlement::from_code).map(Some),
    };
    if reduced.is_none() {
        errors.push(FieldError::new("fare", FormProblem::ChoiceInvalid));
    }
    let (Some(product), Some(zones), Some(reduced)) = (product, zones, reduced) else {
        return finish(FormReply::invalid(errors), "buy", back, values).await;
    };
    let choice = rules::Choice {
        product,
        zones,
        reduced,
        resident: resident.as_deref() == Some("yes") && product.is_period(),
    };
    let paid = now();
    let today = day_of(paid);
    let mut field = |name: &'static str, p: rules::ChoiceProblem| {
        errors.push(FieldError::new(name, TicketProblem::from(p)));
    };
    let vehicle = rules::check_vehicle(product, &vehicle)
        .map_err(|p| field("vehicle", p))
        .ok()
        .flatten();
    let line = rules::check_line(product, &line)
        .map_err(|p| field("line", p))
        .ok()
        .flatten();
    let (start, holder) = if product.is_period() {
        let s = start
            .trim()
            .parse::<jiff::civil::Date>()
            .map_err(|_| rules::ChoiceProblem::StartOutOfRange)
            .and_then(|d| rules::check_start(d, today))
            .map_err(|p| field("start", p))
            .ok();
        let name = holder.split_whitespace().collect::<Vec<_>>().join(" ");
        let h = if (2..=100).contains(&name.chars().count()) {
            Some(name)
        } else {
            field("holder", rules::ChoiceProblem::HolderRequired);
            None
        };
        (s, h)
    } else {
        (None, None)
    };
    let tariffs = super::store::tariffs(&st.db).await?;
    let tariff = rules::in_force(&tariffs, today);
    let amount = tariff.and_then(|t| rules::price(t, &choice));
    if amount.is_none() {
        field("product", rules::ChoiceProblem::NotSold);
    }
    if choice.resident {
        let (_, last) = rules::validity(product, paid, start);
        let card = crate::card::store::valid_until(&st.db, user.id).await?;
        if let Err(p) = rules::check_card(&choice, card, day_of(last)) {
            field("resident", p);
        }
    }
    let (Some(amount), Some(tariff), true) = (amount, tariff, errors.is_empty()) else {
        return finish(FormReply::invalid(errors), "buy", back, values).await;
    };
    let item = Item {
        choice,
        vehicle: vehicle.map(|v| v.as_str().to_string()),
        line,
        start,
        holder,
        tariff: tariff.id,
    };
    let pl = crate::i18n::I18n::new(crate::i18n::Lang::Pl);
    let description = format!(
        "KMK: {}, {}",
        super::pages::product_text(pl, product),
        super::pages::zones_text(pl, zones)
    );
    let email = user.email.clone();
    let order = crate::payments::store::create(
        &st.db,
        &crate::payments::store::NewOrder {
            account: user.id,
            purpose: "ticket",
            item: &serde_json::to_string(&item).unwrap_or_default(),
            description: &description,
            amount: amount.grosze(),
            email: &email,
            minutes: st.payment.order_minutes,
        },
    )
    .await?;
    finish(
        FormReply::Done {
            to: format!("/tickets/orders/{}", order.id),
            notice: None,
            boot: None,
        },
        "buy",
        back,
        vec![],
    )
    .await
}

/// The buyer's own order, or "not found" (someone else's is never shown).
#[cfg(feature = "ssr")]
async fn own_order(
    st: &crate::platform::AppState,
    id: i64,
) -> Result<crate::payments::store::Order, crate::platform::Failure> {
    use crate::forms::flow::{deny, not_found};
    let Some(user) = crate::platform::request::ctx()?.user else {
        return deny(crate::forms::FormProblem::NotSignedIn);
    };
    match crate::payments::store::get(&st.db, id).await? {
        Some(o) if o.account_id == Some(user.id) => Ok(o),
        _ => not_found(),
    }
}

/// Step two: to the provider's page to pay (a plain form: the browser leaves the portal).
#[server(endpoint = "tickets/pay")]
pub async fn pay_order(order: String) -> Result<crate::forms::FormReply, crate::platform::Failure> {
    use crate::forms::flow::{finish, one};
    use crate::forms::FormReply;
    use crate::payments::provider::P24;
    use crate::platform::{self, now, request};
    let st = platform::state()?;
    let Ok(id) = order.trim().parse::<i64>() else {
        return crate::forms::flow::not_found();
    };
    let o = own_order(&st, id).await?;
    let back = format!("/tickets/orders/{id}");
    if !o.payable(now()) {
        return finish(
            one("", super::TicketProblem::OrderNotPayable),
            "pay",
            &back,
            vec![],
        )
        .await;
    }
    let origin = &st.settings.public_origin;
    let lang = request::ctx()?.lang.code();
    let provider = P24 {
        account: &st.payment,
    };
    let url = crate::payments::flow::pay_url(
        &st.db,
        &provider,
        &o,
        lang,
        &format!("{origin}{back}"),
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
                "pay",
                &back,
                vec![],
            )
            .await
        }
        Err(e) => {
            tracing::warn!(error = %e, order = id, "payment not registered");
            finish(
                one("", super::TicketProblem::PaymentUnavailable),
                "pay",
                &back,
                vec![],
            )
            .await
        }
    }
}

/// An order's summary (before paying) or receipt (after), for its buyer only.
#[server(endpoint = "tickets/order")]
pub async fn my_order(id: i64) -> Result<super::OrderView, crate::platform::Failure> {
    use crate::platform::{self, krakow_time as kt, now};
    let st = platform::state()?;
    let o = own_order(&st, id).await?;
    let Ok(item) = serde_json::from_str::<super::issue::Item>(&o.item) else {
        return crate::forms::flow::not_found();
    };
    let ticket: Option<i64> = sqlx::query_scalar("SELECT id FROM tk_tickets WHERE order_id = $1")
        .bind(o.id)
        .fetch_optional(&st.db.pool)
        .await?;
    let at = now();
    Ok(super::OrderView {
        id: o.id,
        description: o.description.clone(),
        product: item.choice.product,
        zones: item.choice.zones,
        reduced: item.choice.reduced,
        resident: item.choice.resident,
        vehicle: item.vehicle,
        line: item.line,
        start: item.start,
        holder: item.holder,
        amount: crate::forms::Money::from_grosze(o.amount),
        state: if o.expired(at) {
            crate::payments::OrderState::Expired
        } else {
            crate::payments::OrderState::from_code(&o.state)
        },
        created_at: kt::label(o.created_at),
        pay_by: kt::label(o.expires_at),
        paid_at: o.paid_at.map(kt::label),
        refunded_at: o.refunded_at.map(kt::label),
        payable: o.payable(at),
        ticket,
    })
}

#[cfg(feature = "ssr")]
#[derive(sqlx::FromRow)]
struct TicketRow {
    id: i64,
    order_id: i64,
    product: i64,
    zones: i64,
    resident: i64,
    entitlement: i64,
    vehicle: Option<String>,
    line: Option<i64>,
    holder: Option<String>,
    amount: i64,
    valid_from: i64,
    valid_until: i64,
    token: Vec<u8>,
    refunded_at: Option<i64>,
}

#[cfg(feature = "ssr")]
const TICKET_COLUMNS: &str = "id, order_id, product, zones, resident, entitlement, vehicle, line, holder, amount, valid_from, valid_until, token, refunded_at";

#[cfg(feature = "ssr")]
fn ticket_view(r: TicketRow, at: i64) -> Option<super::TicketView> {
    use super::TicketState;
    use crate::platform::krakow_time as kt;
    let code = konto_ticket::code::encode(&r.token);
    let qr = qrcode::QrCode::with_error_correction_level(code.as_bytes(), qrcode::EcLevel::M)
        .map(|q| {
            q.render::<qrcode::render::svg::Color>()
                .min_dimensions(280, 280)
                .dark_color(qrcode::render::svg::Color("#000000"))
                .light_color(qrcode::render::svg::Color("#ffffff"))
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default();
    // Inline in the page, hidden from assistive technology: the ticket is told as text beside.
    let qr = qr
        .split_once("<svg")
        .map(|(_, rest)| {
            format!("<svg aria-hidden=\"true\" focusable=\"false\" class=\"ticket__qr\"{rest}")
        })
        .unwrap_or_default();
    let (state, seconds) = if r.refunded_at.is_some() {
        (TicketState::Refunded, 0)
    } else if at < r.valid_from {
        (TicketState::Upcoming, r.valid_from - at)
    } else if at <= r.valid_until {
        (TicketState::Active, r.valid_until - at + 1)
    } else {
        (TicketState::Expired, 0)
    };
    Some(super::TicketView {
        id: r.id,
        order_id: r.order_id,
        product: rules::Product::from_code(u8::try_from(r.product).ok()?)?,
        zones: rules::Zones::from_code(u8::try_from(r.zones).ok()?)?,
        reduced: u8::try_from(r.entitlement)
            .ok()
            .and_then(rules::Entitlement::from_code),
        resident: r.resident == 1,
        vehicle: r.vehicle,
        line: r.line.and_then(|l| u16::try_from(l).ok()),
        holder: r.holder,
        amount: crate::forms::Money::from_grosze(r.amount),
        valid_from: kt::label(r.valid_from),
        valid_until: kt::label(r.valid_until),
        seconds,
        state,
        code,
        qr,
        refundable: state == TicketState::Upcoming,
    })
}

/// The wallet: the signed-in resident's tickets, active first (ending soonest first), then
/// upcoming (starting soonest first), then expired and refunded (newest first).
#[server(endpoint = "tickets/wallet")]
pub async fn my_tickets() -> Result<Vec<super::TicketView>, crate::platform::Failure> {
    use super::TicketState;
    use crate::forms::flow::deny;
    use crate::platform::{self, now, request};
    let Some(user) = request::ctx()?.user else {
        return deny(crate::forms::FormProblem::NotSignedIn);
    };
    let st = platform::state()?;
    let rows: Vec<TicketRow> = sqlx::query_as(&format!(
        "SELECT {TICKET_COLUMNS} FROM tk_tickets WHERE account_id = $1 ORDER BY valid_until DESC LIMIT 200"
    ))
    .bind(user.id)
    .fetch_all(&st.db.pool)
    .await?;
    let at = now();
    let mut all: Vec<_> = rows
        .into_iter()
        .filter_map(|r| ticket_view(r, at))
        .collect();
    let rank = |t: &super::TicketView| match t.state {
        TicketState::Active => (0, t.seconds),
        TicketState::Upcoming => (1, t.seconds),
        _ => (2, 0),
    };
    // Stable: expired and refunded keep the newest-first order of the query.
    all.sort_by_key(rank);
    Ok(all)
}

/// One ticket with its QR code, for its holder only.
#[server(endpoint = "tickets/ticket")]
pub async fn my_ticket(id: i64) -> Result<super::TicketView, crate::platform::Failure> {
    use crate::forms::flow::{deny, not_found};
    use crate::platform::{self, now, request};
    let Some(user) = request::ctx()?.user else {
        return deny(crate::forms::FormProblem::NotSignedIn);
    };
    let st = platform::state()?;
    let row: Option<TicketRow> = sqlx::query_as(&format!(
        "SELECT {TICKET_COLUMNS} FROM tk_tickets WHERE id = $1 AND account_id = $2"
    ))
    .bind(id)
    .bind(user.id)
    .fetch_optional(&st.db.pool)
    .await?;
    match row.and_then(|r| ticket_view(r, now())) {
        Some(t) => Ok(t),
        None => not_found(),
    }
}

/// Refunds a ticket that has not started yet: the provider returns the money first, then the
/// ticket is revoked (it goes on the revocation list inspectors download) in one transaction.
#[server(endpoint = "tickets/refund")]
pub async fn refund_ticket(
    ticket: String,
) -> Result<crate::forms::FormReply, crate::platform::Failure> {
    use super::TicketProblem;
    use crate::forms::flow::{finish, one, require_user};
    use crate::forms::FormReply;
    use crate::payments::provider::{Paid, Provider, P24};
    use crate::platform::{self, audit, now};
    let Ok(id) = ticket.trim().parse::<i64>() else {
        return crate::forms::flow::not_found();
    };
    let back = format!("/tickets/{id}");
    let user = match require_user(&back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "refund", &back, vec![]).await,
    };
    let st = platform::state()?;
    let row: Option<(i64, i64, i64, Option<i64>)> = sqlx::query_as(
        "SELECT order_id, valid_from, key_id, refunded_at FROM tk_tickets WHERE id = $1 AND account_id = $2",
    )
    .bind(id)
    .bind(user.id)
    .fetch_optional(&st.db.pool)
    .await?;
    let Some((order_id, valid_from, key_id, refunded)) = row else {
        return crate::forms::flow::not_found();
    };
    let order = crate::payments::store::get(&st.db, order_id).await?;
    let (Some(order), None, true) = (order, refunded, now() < valid_from) else {
        return finish(
            one("", TicketProblem::RefundNotAllowed),
            "refund",
            &back,
            vec![],
        )
        .await;
    };
    let (Some(provider_order), "paid") = (order.provider_order_id, order.state.as_str()) else {
        return finish(
            one("", TicketProblem::RefundNotAllowed),
            "refund",
            &back,
            vec![],
        )
        .await;
    };
    let paid = Paid {
        session_id: order.session_id.clone(),
        provider_order_id: provider_order,
        amount: order.amount,
        currency: order.currency.clone(),
    };
    let provider = P24 {
        account: &st.payment,
    };
    // The same request id for every attempt at this order's refund: the provider refunds once.
    let request_id = format!("{}-refund", order.session_id);
    if let Err(e) = provider
        .refund(&paid, &request_id, &format!("Zwrot: {}", order.description))
        .await
    {
        crate::payments::store::event(&st.db, Some(order.id), "refund_failed", &e.to_string())
            .await?;
        return finish(
            one("", TicketProblem::RefundFailed),
            "refund",
            &back,
            vec![],
        )
        .await;
    }
    let at = now();
    let mut tx = st.db.pool.begin().await?;
    if crate::payments::store::refunded(&mut tx, order.id, at).await? {
        sqlx::query("UPDATE tk_tickets SET refunded_at = $1 WHERE id = $2")
            .bind(at)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO tk_revocations (ticket_id, key_id, revoked_at) VALUES ($1, $2, $3) ON CONFLICT (ticket_id) DO NOTHING",
        )
        .bind(id)
        .bind(key_id)
        .bind(at)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    crate::payments::store::event(&st.db, Some(order.id), "refunded", "").await?;
    audit::record(
        &st.db,
        Some(user.id),
        "ticket_refunded",
        Some(user.id),
        &format!("ticket={id}"),
    )
    .await?;
    finish(
        FormReply::Done {
            to: "/tickets".into(),
            notice: Some(super::TicketNotice::TicketRefunded.into()),
            boot: None,
        },
        "refund",
        &back,
        vec![],
    )
    .await
}

/// The buyer's orders, newest first (the history with its receipts).
#[server(endpoint = "tickets/orders")]
pub async fn my_orders() -> Result<Vec<super::OrderLine>, crate::platform::Failure> {
    use crate::forms::flow::deny;
    use crate::platform::{self, krakow_time as kt, now, request};
    let Some(user) = request::ctx()?.user else {
        return deny(crate::forms::FormProblem::NotSignedIn);
    };
    let st = platform::state()?;
    let at = now();
    Ok(crate::payments::store::of_account(&st.db, user.id, 200)
        .await?
        .into_iter()
        .filter(|o| o.purpose == "ticket")
        .map(|o| super::OrderLine {
            id: o.id,
            description: o.description.clone(),
            amount: crate::forms::Money::from_grosze(o.amount),
            state: if o.expired(at) {
                crate::payments::OrderState::Expired
            } else {
                crate::payments::OrderState::from_code(&o.state)
            },
            created_at: kt::label(o.created_at),
        })
        .collect())
}
