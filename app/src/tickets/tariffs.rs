//! The clerk's tariff editor: every tariff with its state, a new tariff (a copy of the one in
//! force on its first day), and the prices of a tariff that has not taken effect yet. A
//! tariff in force or past is never changed (a ticket keeps the price it was bought at); each
//! change is in the audit log with who made it.
use super::pages::{product_text, zones_text};
use super::PriceLine;
use crate::forms::FormReply;
use crate::i18n::{time, use_i18n, I18n};
use crate::t;
use crate::ui::{load_error_text, ErrorSummary, Form, PageHeading, PageTitle, Submit, TextField};
use jiff::civil::Date;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A tariff as the clerk sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TariffEntry {
    pub id: i64,
    pub effective_from: Date,
    /// -1 past, 0 in force, 1 announced (the only kind that may change).
    pub state: i8,
    pub lines: Vec<PriceLine>,
}

/// The form field of one price: `price-<product>-<zones>-<resident>`.
pub fn price_key(l: &PriceLine) -> String {
    format!(
        "price-{}-{}-{}",
        l.product.code(),
        l.zones.code(),
        u8::from(l.resident)
    )
}

#[cfg(feature = "ssr")]
fn staff_view(all: &[super::rules::Tariff], today: Date) -> Vec<TariffEntry> {
    let now = super::rules::in_force(all, today).map(|t| t.id);
    all.iter()
        .map(|t| TariffEntry {
            id: t.id,
            effective_from: t.effective_from,
            state: if Some(t.id) == now {
                0
            } else if t.effective_from > today {
                1
            } else {
                -1
            },
            lines: t
                .prices
                .iter()
                .map(|p| PriceLine {
                    product: p.product,
                    zones: p.zones,
                    resident: p.resident,
                    normal: p.amount,
                    reduced: super::rules::reduced(p.amount),
                    confirmed: p.confirmed,
                })
                .collect(),
        })
        .collect()
}

/// Every tariff, newest first (clerks and administrators).
#[server(endpoint = "staff/tariffs")]
pub async fn staff_tariffs() -> Result<Vec<TariffEntry>, crate::platform::Failure> {
    let _ = crate::forms::flow::require_staff()?;
    let st = crate::platform::state()?;
    let all = super::store::tariffs(&st.db).await?;
    let mut v = staff_view(&all, crate::i18n::time::day_of(crate::platform::now()));
    v.reverse();
    Ok(v)
}

/// One tariff (clerks and administrators).
#[server(endpoint = "staff/tariff")]
pub async fn staff_tariff(id: i64) -> Result<TariffEntry, crate::platform::Failure> {
    let _ = crate::forms::flow::require_staff()?;
    let st = crate::platform::state()?;
    let all = super::store::tariffs(&st.db).await?;
    match staff_view(&all, crate::i18n::time::day_of(crate::platform::now()))
        .into_iter()
        .find(|t| t.id == id)
    {
        Some(t) => Ok(t),
        None => crate::forms::flow::not_found(),
    }
}

/// A new tariff from a day after today, its prices copied from the tariff in force then.
#[server(endpoint = "staff/tariffs/create")]
pub async fn create_tariff(effective_from: String) -> Result<FormReply, crate::platform::Failure> {
    use super::TicketProblem;
    use crate::forms::flow::{finish, one, require_staff};
    use crate::platform::{self, audit, now};
    let clerk = require_staff()?;
    let st = platform::state()?;
    let back = "/staff/tariffs";
    let values = crate::forms::flow::fields(&[("effective_from", &effective_from)]);
    let today = crate::i18n::time::day_of(now());
    let Some(from) = effective_from
        .trim()
        .parse::<Date>()
        .ok()
        .filter(|d| *d > today)
    else {
        return finish(
            one("effective_from", TicketProblem::TariffDayInvalid),
            "tariff-new",
            back,
            values,
        )
        .await;
    };
    let all = super::store::tariffs(&st.db).await?;
    let Some(base) = super::rules::in_force(&all, from) else {
        return finish(
            one("effective_from", TicketProblem::TariffDayInvalid),
            "tariff-new",
            back,
            values,
        )
        .await;
    };
    let Some(id) = super::store::create_tariff(&st.db, from, base).await? else {
        return finish(
            one("effective_from", TicketProblem::TariffDayTaken),
            "tariff-new",
            back,
            values,
        )
        .await;
    };
    audit::record(
        &st.db,
        Some(clerk.id),
        "tariff_created",
        None,
        &format!("tariff={id} from={from} copy_of={}", base.id),
    )
    .await?;
    finish(
        FormReply::Done {
            to: format!("/staff/tariffs/{id}"),
            notice: None,
            boot: None,
        },
        "tariff-new",
        back,
        vec![],
    )
    .await
}

/// The prices of a future tariff: every one checked (each problem at its field, all kept),
/// then all written, or none.
#[server(endpoint = "staff/tariffs/save")]
pub async fn save_tariff(
    tariff_id: i64,
    prices: std::collections::HashMap<String, String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::TicketProblem;
    use crate::forms::flow::{finish, one, require_staff};
    use crate::forms::{FieldError, Money};
    use crate::platform::{self, audit, now};
    let clerk = require_staff()?;
    let st = platform::state()?;
    let back = format!("/staff/tariffs/{tariff_id}");
    let today = crate::i18n::time::day_of(now());
    let all = super::store::tariffs(&st.db).await?;
    let Some(t) = all.iter().find(|t| t.id == tariff_id) else {
        return crate::forms::flow::not_found();
    };
    let values: Vec<(String, String)> =
        prices.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    if !super::rules::editable(t, today) {
        return finish(
            one("", TicketProblem::TariffNotEditable),
            "tariff",
            &back,
            values,
        )
        .await;
    }
    let mut errors = Vec::new();
    let mut changed = Vec::new();
    let mut new = Vec::new();
    for p in &t.prices {
        let key = format!(
            "price-{}-{}-{}",
            p.product.code(),
            p.zones.code(),
            u8::from(p.resident)
        );
        let given = prices.get(&key).map(String::as_str).unwrap_or_default();
        match Money::parse(given).filter(|m| m.grosze() > 0 && m.grosze() <= 1_000_000) {
            Some(m) => {
                if m != p.amount {
                    changed.push(format!("{key}: {}→{}", p.amount.grosze(), m.grosze()));
                }
                new.push((p.product, p.zones, p.resident, m));
            }
            None => errors.push(FieldError::new(&key, TicketProblem::PriceInvalid)),
        }
    }
    if !errors.is_empty() {
        return finish(FormReply::invalid(errors), "tariff", &back, values).await;
    }
    if !super::store::save_prices(&st.db, tariff_id, today, &new).await? {
        return finish(
            one("", TicketProblem::TariffNotEditable),
            "tariff",
            &back,
            values,
        )
        .await;
    }
    audit::record(
        &st.db,
        Some(clerk.id),
        "tariff_saved",
        None,
        &format!("tariff={tariff_id} {}", changed.join(", ")),
    )
    .await?;
    finish(
        FormReply::Done {
            to: back.clone(),
            notice: Some(super::TicketNotice::TariffSaved.into()),
            boot: None,
        },
        "tariff",
        &back,
        vec![],
    )
    .await
}

fn state_text(i18n: I18n, s: i8) -> String {
    match s {
        0 => t!(i18n, "tk-staff-state-now"),
        1 => t!(i18n, "tk-staff-state-future"),
        _ => t!(i18n, "tk-staff-state-past"),
    }
}

fn day_text(i18n: I18n, d: Date) -> String {
    time::date(i18n.lang(), time::LocalTime::on(d, 0, 0))
}

/// `/staff/tariffs`.
#[component]
pub fn StaffTariffsPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CreateTariff>::new();
    let form = Form::new("tariff-new", action);
    let data = Resource::new(|| (), |_| staff_tariffs());
    view! {
        <PageTitle text=move || t!(i18n, "tk-staff-tariffs-title") />
        <ErrorSummary form />
        <PageHeading text=move || t!(i18n, "tk-staff-tariffs-title") />
        <p class="lead">{move || t!(i18n, "tk-staff-tariffs-lead")}</p>
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(list) => {
                        view! {
                            <table class="table">
                                <caption class="table__caption">
                                    {move || t!(i18n, "tk-staff-tariffs-title")}
                                </caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{move || t!(i18n, "tk-staff-col-from")}</th>
                                        <th scope="col">
                                            {move || t!(i18n, "tk-staff-col-state")}
                                        </th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {list
                                        .into_iter()
                                        .map(|t| {
                                            let day = day_text(i18n, t.effective_from);
                                            let cell = if t.state == 1 {
                                                view! {
                                                    <a href=format!(
                                                        "/staff/tariffs/{}",
                                                        t.id,
                                                    )>{t!(i18n, "tk-staff-edit", date = day.clone())}</a>
                                                }
                                                    .into_any()
                                            } else {
                                                view! { <span>{day.clone()}</span> }.into_any()
                                            };
                                            view! {
                                                <tr>
                                                    <th scope="row">{cell}</th>
                                                    <td>{state_text(i18n, t.state)}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
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
        <h2>{move || t!(i18n, "tk-staff-new")}</h2>
        <ActionForm action attr:novalidate=true attr:class="form">
            <TextField
                form
                name="effective_from"
                kind="date"
                label=move || t!(i18n, "tk-staff-new-from")
                required=true
            />
            <Submit label=move || t!(i18n, "tk-staff-new-submit") pending=action.pending().into() />
        </ActionForm>
    }
}

/// `/staff/tariffs/:id`: the prices of a future tariff.
#[component]
pub fn StaffTariffPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = crate::ui::id_param("id");
    let action = ServerAction::<SaveTariff>::new();
    let form = Form::new("tariff", action);
    let data = Resource::new(
        move || (id.get(), action.version().get()),
        |(id, _)| staff_tariff(id),
    );
    view! {
        <PageTitle text=move || t!(i18n, "tk-staff-tariffs-title") />
        <ErrorSummary form />
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(tariff) => {
                        let day = day_text(i18n, tariff.effective_from);
                        let editable = tariff.state == 1;
                        let tid = tariff.id.to_string();
                        view! {
                            <PageHeading text=t!(i18n, "tk-staff-tariff-title", date = day) />
                            <p class="lead">{move || t!(i18n, "tk-staff-tariff-lead")}</p>
                            <ActionForm action attr:novalidate=true attr:class="form">
                                <input type="hidden" name="tariff_id" value=tid />
                                {tariff
                                    .lines
                                    .into_iter()
                                    .map(|l| {
                                        let key = price_key(&l);
                                        let kind = if l.product.is_period() {
                                            if l.resident {
                                                t!(i18n, "tk-resident")
                                            } else {
                                                t!(i18n, "tk-non-resident")
                                            }
                                        } else {
                                            format!(
                                                "{} {}",
                                                t!(i18n, "tk-field-zones"),
                                                zones_text(i18n, l.zones),
                                            )
                                        };
                                        let label = t!(
                                            i18n, "tk-staff-price-label", ticket = product_text(i18n, l.product), kind = kind
                                        );
                                        let kept = form.value(&key);
                                        let name = format!("prices[{key}]");
                                        let value = if form.has_flash() {
                                            kept
                                        } else {
                                            l.normal.input_text()
                                        };
                                        let err_key = key.clone();
                                        let err_key2 = key.clone();
                                        let err_key3 = key.clone();
                                        let input_id = format!("f-{key}");
                                        let label_for = input_id.clone();
                                        let error_id = format!("f-{key}-error");
                                        let unconfirmed = (!l.confirmed)
                                            .then(|| t!(i18n, "tk-unconfirmed"));
                                        view! {
                                            <div class="field" class:field--error=move || form.error(&err_key).is_some()>
                                            <label class="field__label" for=label_for>{label}" "{unconfirmed}</label>
                                            {move || form.error(&err_key2).map(|p| view! {
                                                <p class="field__error" id=error_id.clone()>
                                                    <span class="visually-hidden">{t!(i18n, "error-prefix")}" "</span>
                                                    {crate::ui::problem_text(i18n, &p)}
                                                </p>
                                            })}
                                            <input class="field__input field__input--short" id=input_id name=name type="text"
                                                inputmode="decimal" autocomplete="off" value=value disabled=!editable
                                                aria-invalid=move || form.error(&err_key3).is_some().then_some("true")
                                                aria-describedby=move || form.error(&key).is_some().then(|| format!("f-{key}-error")) />
                                        </div>
                                        }
                                    })
                                    .collect_view()}
                                {editable
                                    .then(|| {
                                        view! {
                                            <Submit
                                                label=move || t!(i18n, "tk-staff-save")
                                                pending=action.pending().into()
                                            />
                                        }
                                    })}
                            </ActionForm>
                        }
                            .into_any()
                    }
                    Err(e) => {
                        view! {
                            <PageHeading text=move || t!(i18n, "tk-staff-tariffs-title") />
                            <p class="error-text">{move || load_error_text(i18n, &e)}</p>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
        <p>
            <a href="/staff/tariffs">{move || t!(i18n, "tk-staff-tariffs-title")}</a>
        </p>
    }
}
