//! The resident's local taxes (`/taxes`): the summary, every tax with its instalments and
//! their state, payments and where each went, the account and transfer titles to copy, "if
//! I pay on …", paying now, reminders, and who of the tax office looked. The same statement
//! is the tax clerk's view (without paying). Every part works without JavaScript: paying is a
//! plain form, the chosen day a GET form.
use super::api::{my_taxes, PayTaxes, TaxReminders};
use super::rules::Status;
use super::statement::{transfer_title, InstalmentView, Statement};
use super::{Channel, LiabilityKind, Linking, TaxpayerView};
use crate::forms::Money;
use crate::i18n::{time, use_i18n, I18n};
use crate::t;
use crate::ui::{load_error_text, ErrorSummary, Form, PageHeading, PageTitle, Submit};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

pub fn money(i18n: I18n, grosze: i64) -> String {
    Money::from_grosze(grosze).text(i18n.lang())
}

pub fn day(i18n: I18n, d: jiff::civil::Date) -> String {
    time::date(i18n.lang(), time::LocalTime::on(d, 0, 0))
}

pub fn kind_text(i18n: I18n, k: LiabilityKind) -> String {
    match k {
        LiabilityKind::Property => t!(i18n, "tax-kind-property"),
        LiabilityKind::Vehicle => t!(i18n, "tax-kind-vehicle"),
        LiabilityKind::Waste => t!(i18n, "tax-kind-waste"),
    }
}

pub fn status_text(i18n: I18n, s: Status) -> String {
    match s {
        Status::Paid => t!(i18n, "tax-status-paid"),
        Status::Due => t!(i18n, "tax-status-due"),
        Status::PartlyPaid => t!(i18n, "tax-status-partly"),
        Status::Overdue => t!(i18n, "tax-status-overdue"),
    }
}

fn channel_text(i18n: I18n, c: Channel) -> String {
    match c {
        Channel::Bank => t!(i18n, "tax-channel-bank"),
        Channel::Cash => t!(i18n, "tax-channel-cash"),
        Channel::Portal => t!(i18n, "tax-channel-portal"),
    }
}

/// "2026, rata 3 z 4", "listopad 2026" (waste fee months), "2026" (one sum).
fn instalment_text(i18n: I18n, i: &InstalmentView) -> String {
    match i.month {
        Some(m) => t!(i18n, "tax-month", month = m, year = i.year),
        None if i.of > 1 => t!(
            i18n,
            "tax-instalment",
            year = i.year,
            number = i.number,
            of = i.of
        ),
        None => t!(i18n, "tax-one-sum", year = i.year),
    }
}

/// One tax's overall state: the worst of its instalments.
fn tax_state(i18n: I18n, s: &Statement, kind: LiabilityKind) -> String {
    let mine: Vec<&InstalmentView> = s.instalments.iter().filter(|i| i.kind == kind).collect();
    let overdue: i64 = mine
        .iter()
        .filter(|i| i.status == Status::Overdue)
        .map(|i| i.arrears + i.interest)
        .sum();
    if overdue > 0 {
        return t!(i18n, "tax-state-overdue", amount = money(i18n, overdue));
    }
    match mine.iter().filter(|i| i.arrears > 0).min_by_key(|i| i.due) {
        Some(next) => t!(
            i18n,
            "tax-state-next",
            amount = money(i18n, next.arrears),
            due = day(i18n, next.due)
        ),
        None => t!(i18n, "tax-state-paid"),
    }
}

/// The transfer titles a resident needs: of every liability with something owed, else of the
/// latest year's.
fn titles(s: &Statement, ext_id: &str) -> Vec<(LiabilityKind, i16, String)> {
    let mut owed: Vec<(LiabilityKind, i16)> = s
        .instalments
        .iter()
        .filter(|i| i.arrears > 0)
        .map(|i| (i.kind, i.year))
        .collect();
    if owed.is_empty() {
        let last = s.instalments.iter().map(|i| i.year).max();
        owed = s
            .instalments
            .iter()
            .filter(|i| Some(i.year) == last)
            .map(|i| (i.kind, i.year))
            .collect();
    }
    owed.sort_by_key(|(k, y)| (*y, k.code()));
    owed.dedup();
    owed.into_iter()
        .map(|(k, y)| (k, y, transfer_title(ext_id, k, y)))
        .collect()
}

/// A text to copy: selectable without JavaScript, with a button that copies it with. Told
/// only when the browser has taken it; otherwise the text is selected for Ctrl+C.
#[component]
fn CopyText(id: String, #[prop(into)] label: String, text: String) -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = RwSignal::new(false);
    // None: not tried; Some(true): copied; Some(false): selected for the keyboard instead.
    let copied: RwSignal<Option<bool>> = RwSignal::new(None);
    Effect::new(move |_| hydrated.set(true));
    let value = text.clone();
    let input_id = id.clone();
    let copy = move |_| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let value = value.clone();
            let input_id = input_id.clone();
            leptos::task::spawn_local(async move {
                let promise = window().navigator().clipboard().write_text(&value);
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                if !ok {
                    if let Some(input) = document()
                        .get_element_by_id(&input_id)
                        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                    {
                        let _ = input.focus();
                        input.select();
                    }
                }
                copied.set(Some(ok));
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&value, &input_id);
    };
    view! {
        <div class="field copy-field">
            <label class="field__label" for=id.clone()>
                {label}
            </label>
            <input
                class="field__input"
                id=id.clone()
                type="text"
                readonly=true
                value=text
                spellcheck="false"
            />
            <Show when=move || hydrated.get()>
                <button type="button" class="button button--secondary" on:click=copy.clone()>
                    {move || t!(i18n, "tax-copy")}
                </button>
            </Show>
            <span role="status" class="hint">
                {move || match copied.get() {
                    Some(true) => t!(i18n, "tax-copied"),
                    Some(false) => t!(i18n, "tax-copy-selected"),
                    None => String::new(),
                }}
            </span>
        </div>
    }
}

/// One kind of tax: its state and its instalments (earlier years, all paid, folded away).
#[component]
fn TaxTable(s: Statement, kind: LiabilityKind, ext_id: String, payable: bool) -> impl IntoView {
    let i18n = use_i18n();
    let this_year = s.today.year();
    let rows: Vec<(usize, InstalmentView)> = s
        .instalments
        .iter()
        .cloned()
        .enumerate()
        .filter(|(_, i)| i.kind == kind)
        .collect();
    if rows.is_empty() {
        return ().into_any();
    }
    // The oldest instalment of each liability with something owed: its row has the button.
    let mut first_owed = std::collections::HashSet::new();
    let mut seen = std::collections::HashSet::new();
    for (n, i) in &rows {
        if i.arrears + i.interest > 0 && seen.insert(i.liability.clone()) {
            first_owed.insert(*n);
        }
    }
    let (recent, older): (Vec<_>, Vec<_>) = rows
        .into_iter()
        .partition(|(_, i)| i.year >= this_year - 1 || i.status != Status::Paid);
    let state = tax_state(i18n, &s, kind);
    let heading_id = format!("tax-{}-{}", ext_id, kind.code());
    let table = move |rows: Vec<(usize, InstalmentView)>, caption: String| {
        let ext_id = ext_id.clone();
        let first_owed = first_owed.clone();
        view! {
            <div class="table-wrap">
                <table class="table">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, "tax-col-instalment")}</th>
                            <th scope="col">{t!(i18n, "tax-col-due")}</th>
                            <th scope="col" class="num">
                                {t!(i18n, "tax-col-amount")}
                            </th>
                            <th scope="col" class="num">
                                {t!(i18n, "tax-col-paid")}
                            </th>
                            <th scope="col" class="num">
                                {t!(i18n, "tax-col-owed")}
                            </th>
                            <th scope="col" class="num">
                                {t!(i18n, "tax-col-interest")}
                            </th>
                            <th scope="col">{t!(i18n, "tax-col-status")}</th>
                            {payable
                                .then(|| view! { <th scope="col">{t!(i18n, "tax-col-pay")}</th> })}
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|(n, i)| {
                                let label = instalment_text(i18n, &i);
                                let owed = i.arrears + i.interest;
                                let pay = (payable && first_owed.contains(&n))
                                    .then(|| {
                                        view! {
                                            <form
                                                method="post"
                                                action="/api/taxes/pay"
                                                class="inline-form"
                                            >
                                                <input type="hidden" name="payer" value=ext_id.clone() />
                                                <input
                                                    type="hidden"
                                                    name="liability"
                                                    value=i.liability.clone()
                                                />
                                                <button
                                                    type="submit"
                                                    class="button button--small"
                                                    aria-label=t!(
                                                        i18n, "tax-pay-instalment-label", what = label.clone(), amount = money(i18n, owed)
                                                    )
                                                >
                                                    {t!(i18n, "tax-pay-instalment", amount = money(i18n, owed))}
                                                </button>
                                            </form>
                                        }
                                    });
                                let overdue = i.status == Status::Overdue;
                                view! {
                                    <tr class:row--overdue=overdue>
                                        <th scope="row">{label.clone()}</th>
                                        <td>{day(i18n, i.due)}</td>
                                        <td class="num">{money(i18n, i.amount)}</td>
                                        <td class="num">{money(i18n, i.paid)}</td>
                                        <td class="num">{money(i18n, i.arrears)}</td>
                                        <td class="num">{money(i18n, i.interest)}</td>
                                        <td>
                                            <strong class=if overdue { "tag tag--warning" } else { "tag" }>
                                                {status_text(i18n, i.status)}
                                            </strong>
                                        </td>
                                        {payable.then(|| view! { <td>{pay}</td> })}
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        }
    };
    let kind_name = kind_text(i18n, kind);
    let older_view = (!older.is_empty()).then(|| {
        let n = older.len();
        let caption = t!(i18n, "tax-older-caption", tax = kind_name.clone());
        view! {
            <details class="details">
                <summary>{t!(i18n, "tax-older", count = n)}</summary>
                {table(older, caption)}
            </details>
        }
    });
    let caption = kind_name.clone();
    view! {
        <section aria-labelledby=heading_id.clone() class="tax">
            <h3 id=heading_id.clone()>{kind_name.clone()}</h3>
            <p class="tax__state">{state}</p>
            {table(recent, caption)}
            {older_view}
        </section>
    }
    .into_any()
}

/// A taxpayer's statement: the summary, each tax, payments, the account, who looked. With
/// `payable`, the pay buttons (the resident's own page).
#[component]
pub fn TaxpayerStatement(
    v: TaxpayerView,
    payable: bool,
    remind_days: Option<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Some(s) = v.statement.clone() else {
        return view! {
            <section class="taxpayer">
                <h2>
                    {t!(i18n, "tax-payer-heading", name = v.name.clone(), id = v.ext_id.clone())}
                </h2>
                <p class="notice">{t!(i18n, "error-tax-interest-unknown")}</p>
            </section>
        }
        .into_any();
    };
    let as_of_today = s.as_of == s.today;
    let interest_label = if as_of_today {
        t!(i18n, "tax-interest-today")
    } else {
        t!(i18n, "tax-interest-on", day = day(i18n, s.as_of))
    };
    let due_label = if as_of_today {
        t!(i18n, "tax-due-now")
    } else {
        t!(i18n, "tax-due-on", day = day(i18n, s.as_of))
    };
    let next = s.next_due.map(|(d, a)| {
        t!(
            i18n,
            "tax-next-due-text",
            due = day(i18n, d),
            amount = money(i18n, a)
        )
    });
    // The in-portal reminder: a due day within the reminder's days.
    let reminder = remind_days.and_then(|days| {
        let (d, a, left) = super::statement::reminder(&s, days)?;
        Some(t!(
            i18n,
            "tax-reminder",
            due = day(i18n, d),
            amount = money(i18n, a),
            days = left
        ))
    });
    let kinds: Vec<LiabilityKind> = [
        LiabilityKind::Property,
        LiabilityKind::Vehicle,
        LiabilityKind::Waste,
    ]
    .into_iter()
    .filter(|k| s.instalments.iter().any(|i| i.kind == *k))
    .collect();
    let ext = v.ext_id.clone();
    let head = format!("payer-{}", v.ext_id);
    let pay_all = (payable && s.due_now > 0).then(|| {
        view! {
            <form method="post" action="/api/taxes/pay" class="form">
                <input type="hidden" name="payer" value=ext.clone() />
                <input type="hidden" name="liability" value="" />
                <button type="submit" class="button">
                    {t!(i18n, "tax-pay-all", amount = money(i18n, s.due_now))}
                </button>
            </form>
        }
    });
    let pending = (!v.pending.is_empty()).then(|| {
        view! {
            <div class="notice" role="status">
                <ul class="plain-list">
                    {v
                        .pending
                        .iter()
                        .map(|p| {
                            view! {
                                <li>
                                    {t!(
                                        i18n, "tax-pending", amount = money(i18n, p.amount), at = time::date_time(i18n.lang(), p.started)
                                    )}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    });
    let instalments = s.instalments.clone();
    let payments = s.payments.clone();
    let payments_view = if payments.is_empty() {
        view! { <p>{t!(i18n, "tax-no-payments")}</p> }.into_any()
    } else {
        view! {
            <div class="table-wrap">
                <table class="table">
                    <caption>{t!(i18n, "tax-payments")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, "tax-col-paid-on")}</th>
                            <th scope="col" class="num">
                                {t!(i18n, "tax-col-amount")}
                            </th>
                            <th scope="col">{t!(i18n, "tax-col-channel")}</th>
                            <th scope="col">{t!(i18n, "tax-col-applied")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {payments
                            .into_iter()
                            .rev()
                            .map(|p| {
                                let applied = if p.applied.is_empty() {
                                    t!(i18n, "tax-applied-surplus")
                                } else {
                                    p.applied
                                        .iter()
                                        .filter_map(|(n, arrears, interest)| {
                                            let i = instalments.get(*n)?;
                                            Some(
                                                t!(
                                                    i18n, "tax-applied", tax = kind_text(i18n, i.kind), what = instalment_text(i18n, i), arrears = money(i18n, * arrears), interest = money(i18n, * interest)
                                                ),
                                            )
                                        })
                                        .collect::<Vec<_>>()
                                        .join("; ")
                                };
                                view! {
                                    <tr>
                                        <th scope="row">{day(i18n, p.on)}</th>
                                        <td class="num">{money(i18n, p.amount)}</td>
                                        <td>{channel_text(i18n, p.channel)}</td>
                                        <td>{applied}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        }
            .into_any()
    };
    let titles = titles(&s, &v.ext_id);
    let viewed = v.viewed_by.clone();
    let show_viewed = payable;
    view! {
        <section class="taxpayer" aria-labelledby=head.clone()>
            <h2 id=head
                .clone()>
                {t!(i18n, "tax-payer-heading", name = v.name.clone(), id = v.ext_id.clone())}
            </h2>
            {reminder.map(|r| view! { <p class="notice">{r}</p> })}
            {pending}
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt>{due_label}</dt>
                    <dd>
                        <strong>{money(i18n, s.due_now)}</strong>
                    </dd>
                </div>
                <div class="summary-list__row">
                    <dt>{t!(i18n, "tax-overdue")}</dt>
                    <dd>{money(i18n, s.overdue)}</dd>
                </div>
                <div class="summary-list__row">
                    <dt>{interest_label}</dt>
                    <dd>{money(i18n, s.interest)}</dd>
                </div>
                <div class="summary-list__row">
                    <dt>{t!(i18n, "tax-next-due")}</dt>
                    <dd>{next.unwrap_or_else(|| t!(i18n, "tax-next-due-none"))}</dd>
                </div>
                {(s.surplus > 0)
                    .then(|| {
                        view! {
                            <div class="summary-list__row">
                                <dt>{t!(i18n, "tax-surplus")}</dt>
                                <dd>{money(i18n, s.surplus)}</dd>
                            </div>
                        }
                    })}
                <div class="summary-list__row">
                    <dt>{t!(i18n, "tax-pesel")}</dt>
                    <dd>{v.pesel_masked.clone()}</dd>
                </div>
            </dl>
            {pay_all}
            {(s.interest > 0)
                .then(|| view! { <p class="hint">{t!(i18n, "tax-interest-note")}</p> })}
            {kinds
                .into_iter()
                .map(|k| {
                    view! { <TaxTable s=s.clone() kind=k ext_id=v.ext_id.clone() payable /> }
                })
                .collect_view()}
            <h3>{t!(i18n, "tax-payments")}</h3>
            {payments_view}
            <h3>{t!(i18n, "tax-how-to-pay")}</h3>
            <p>{t!(i18n, "tax-how-to-pay-text")}</p>
            <CopyText
                id=format!("account-{}", v.ext_id)
                label=t!(i18n, "tax-account")
                text=v.account.clone()
            />
            {titles
                .into_iter()
                .map(|(k, y, title)| {
                    view! {
                        <CopyText
                            id=format!("title-{}-{}-{}", v.ext_id, k.code(), y)
                            label=t!(i18n, "tax-title-label", tax = kind_text(i18n, k), year = y)
                            text=title
                        />
                    }
                })
                .collect_view()}
            {show_viewed
                .then(|| {
                    view! {
                        <h3>{t!(i18n, "tax-viewed-heading")}</h3>
                        <p class="hint">{t!(i18n, "tax-viewed-hint")}</p>
                        {if viewed.is_empty() {
                            view! { <p>{t!(i18n, "tax-viewed-none")}</p> }.into_any()
                        } else {
                            view! {
                                <ul>
                                    {viewed
                                        .iter()
                                        .map(|w| {
                                            view! {
                                                <li>
                                                    {t!(
                                                        i18n, "tax-viewed-item", name = w.name.clone(), at = time::date_time(i18n.lang(), w.at)
                                                    )}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                    }
                })}
        </section>
    }
    .into_any()
}

/// The "if I pay on …" form: a GET form, so the day is in the address and works without
/// JavaScript; a day that cannot be read or is past is told at the field.
#[component]
pub fn PayDayForm(#[prop(into)] action: String, value: String, invalid: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <form method="get" action=action class="form form--inline" aria-label=t!(i18n, "tax-on-form")>
            <div class="field" class:field--error=invalid>
                <label class="field__label" for="f-on">
                    {t!(i18n, "tax-on-label")}
                </label>
                <p class="field__hint" id="f-on-hint">
                    {t!(i18n, "tax-on-hint")}
                </p>
                {invalid
                    .then(|| {
                        view! {
                            <p class="field__error" id="f-on-error">
                                <span class="visually-hidden">{t!(i18n, "error-prefix")}" "</span>
                                {t!(i18n, "error-tax-on")}
                            </p>
                        }
                    })}
                <input
                    class="field__input field__input--date"
                    id="f-on"
                    name="on"
                    type="date"
                    value=value
                    aria-invalid=invalid.then_some("true")
                    aria-describedby=if invalid { "f-on-hint f-on-error" } else { "f-on-hint" }
                />
            </div>
            <button type="submit" class="button button--secondary">
                {t!(i18n, "tax-on-submit")}
            </button>
        </form>
    }
}

/// `/taxes`: the signed-in resident's local taxes.
#[component]
pub fn TaxesPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let on = Memo::new(move |_| query.read().get("on").unwrap_or_default());
    let pay = ServerAction::<PayTaxes>::new();
    let pay_form = Form::new("taxpay", pay);
    let remind = ServerAction::<TaxReminders>::new();
    let remind_form = Form::new("taxremind", remind);
    let data = Resource::new(
        move || (on.get(), remind.version().get()),
        |(on, _)| my_taxes(on),
    );
    // While a payment waits for the provider's word, look again every few seconds.
    Effect::new(move |_| {
        if let Some(Ok(m)) = data.get() {
            if m.payers.iter().any(|p| !p.pending.is_empty()) {
                set_timeout(move || data.refetch(), std::time::Duration::from_secs(3));
            }
        }
    });
    view! {
        <PageTitle text=move || t!(i18n, "tax-title") />
        <crate::ui::RequireSignIn>
            <ErrorSummary form=pay_form />
            <ErrorSummary form=remind_form />
            <PageHeading text=move || t!(i18n, "tax-title") />
            <p class="lead">{move || t!(i18n, "tax-lead")}</p>
            <Suspense fallback=move || {
                view! { <p>{move || t!(i18n, "loading")}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(m) => {
                            let body = match m.linking {
                                Linking::NotVerified => {
                                    view! {
                                        <p class="notice">{t!(i18n, "tax-not-verified")}</p>
                                        <p>
                                            <a href="/account/identity">
                                                {t!(i18n, "tax-identity-link")}
                                            </a>
                                        </p>
                                    }
                                        .into_any()
                                }
                                Linking::NoTaxpayer => {
                                    view! { <p class="notice">{t!(i18n, "tax-no-taxpayer")}</p> }
                                        .into_any()
                                }
                                Linking::Linked => {
                                    let days = m.reminders.then_some(m.remind_days);
                                    view! {
                                        <PayDayForm
                                            action="/taxes"
                                            value=on.get_untracked()
                                            invalid=m.on_invalid
                                        />
                                        {m
                                            .payers
                                            .into_iter()
                                            .map(|v| {
                                                view! {
                                                    <TaxpayerStatement v payable=true remind_days=days />
                                                }
                                            })
                                            .collect_view()}
                                    }
                                        .into_any()
                                }
                            };
                            let reminders = m.reminders;
                            let days = m.remind_days;
                            view! {
                                {body}
                                <h2>{t!(i18n, "tax-reminders-heading")}</h2>
                                <ActionForm action=remind attr:class="form">
                                    <div class="checkbox">
                                        <input
                                            type="checkbox"
                                            id="f-reminders"
                                            name="reminders"
                                            value="on"
                                            checked=reminders
                                        />
                                        <label for="f-reminders">
                                            {t!(i18n, "tax-reminders-label", days = days)}
                                        </label>
                                    </div>
                                    <Submit
                                        label=move || t!(i18n, "tax-reminders-save")
                                        pending=remind.pending().into()
                                    />
                                </ActionForm>
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
