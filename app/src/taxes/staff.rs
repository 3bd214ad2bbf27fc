//! The tax clerk's desk (`/staff/taxes`): importing the tax system's files (a plain multipart
//! form, handled by the server, its errors by line back at the field), the latest imports,
//! finding a taxpayer by id or PESEL, and a taxpayer's statement (every look logged for the
//! taxpayer to read).
use super::api::{staff_taxpayer, tax_desk, TaxReminders};
use super::pages::{PayDayForm, TaxpayerStatement};
use crate::i18n::{time, use_i18n};
use crate::t;
use crate::ui::{described_by, load_error_text, ErrorSummary, Form, PageHeading, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

fn kind_name(i18n: crate::i18n::I18n, kind: &str) -> String {
    match kind {
        "taxpayers" => t!(i18n, "tax-file-taxpayers"),
        "liabilities" => t!(i18n, "tax-file-liabilities"),
        "waste" => t!(i18n, "tax-file-waste"),
        _ => t!(i18n, "tax-file-payments"),
    }
}

/// `/staff/taxes`
#[component]
pub fn StaffTaxesPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let q = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let data = Resource::new(move || q.get(), tax_desk);
    // The upload is a plain multipart form handled by the server (not a server function);
    // its errors come back through the same flash as every form's, under "taximport".
    let import_form = Form::new("taximport", ServerAction::<TaxReminders>::new());
    view! {
        <PageTitle text=move || t!(i18n, "tax-desk-title") />
        <crate::ui::RequireSignIn>
            <PageHeading text=move || t!(i18n, "tax-desk-title") />
            <h2 id="import-heading">{move || t!(i18n, "tax-import-heading")}</h2>
            <p>{move || t!(i18n, "tax-import-lead")}</p>
            <ErrorSummary form=import_form />
            <form
                method="post"
                action="/staff/taxes/import"
                enctype="multipart/form-data"
                class="form"
                novalidate
                aria-labelledby="import-heading"
            >
                <div class="field" class:field--error=move || import_form.error("file").is_some()>
                    <label class="field__label" for="f-file">
                        {move || t!(i18n, "tax-import-file")}
                    </label>
                    <p class="field__hint" id="f-file-hint">
                        {move || t!(i18n, "tax-import-file-hint")}
                    </p>
                    <crate::ui::FieldError form=import_form name="file" />
                    <input
                        class="field__file"
                        type="file"
                        id="f-file"
                        name="file"
                        accept=".csv,text/csv"
                        aria-invalid=move || import_form.error("file").is_some().then_some("true")
                        aria-describedby=move || {
                            described_by("file", true, import_form.error("file").is_some())
                        }
                    />
                </div>
                <button type="submit" class="button">
                    {move || t!(i18n, "tax-import-submit")}
                </button>
            </form>
            <h2 id="find-heading">{move || t!(i18n, "tax-find-heading")}</h2>
            <form method="get" action="/staff/taxes" class="form form--inline" role="search" aria-labelledby="find-heading">
                <div class="field">
                    <label class="field__label" for="f-q">
                        {move || t!(i18n, "tax-find-label")}
                    </label>
                    <input
                        class="field__input"
                        id="f-q"
                        name="q"
                        type="text"
                        autocomplete="off"
                        spellcheck="false"
                        value=move || q.get()
                    />
                </div>
                <button type="submit" class="button button--secondary">
                    {move || t!(i18n, "tax-find-submit")}
                </button>
            </form>
            <Suspense fallback=move || {
                view! { <p>{move || t!(i18n, "loading")}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => {
                            let found = if !d.searched {
                                ().into_any()
                            } else if d.found.is_empty() {
                                view! { <p role="status">{t!(i18n, "tax-find-none")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="link-list" role="status">
                                        {d
                                            .found
                                            .into_iter()
                                            .map(|p| {
                                                view! {
                                                    <li>
                                                        <a href=format!(
                                                            "/staff/taxes/payers/{}",
                                                            crate::forms::urlencode(&p.ext_id),
                                                        )>{format!("{} — {} ({})", p.ext_id, p.name, p.pesel_masked)}</a>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                }
                                    .into_any()
                            };
                            view! {
                                {found}
                                <h2>{t!(i18n, "tax-imports-heading")}</h2>
                                {if d.imports.is_empty() {
                                    view! { <p>{t!(i18n, "tax-imports-none")}</p> }.into_any()
                                } else {
                                    view! {
                                        <div class="table-wrap">
                                            <table class="table">
                                                <caption>{t!(i18n, "tax-imports-heading")}</caption>
                                                <thead>
                                                    <tr>
                                                        <th scope="col">{t!(i18n, "tax-col-when")}</th>
                                                        <th scope="col">{t!(i18n, "tax-col-file")}</th>
                                                        <th scope="col" class="num">{t!(i18n, "tax-col-lines")}</th>
                                                        <th scope="col" class="num">{t!(i18n, "tax-col-changed")}</th>
                                                        <th scope="col">{t!(i18n, "tax-col-by")}</th>
                                                    </tr>
                                                </thead>
                                                <tbody>
                                                    {d
                                                        .imports
                                                        .into_iter()
                                                        .map(|l| {
                                                            view! {
                                                                <tr>
                                                                    <th scope="row">{time::date_time(i18n.lang(), l.at)}</th>
                                                                    <td>{kind_name(i18n, &l.kind)}</td>
                                                                    <td class="num">{l.lines}</td>
                                                                    <td class="num">{l.changed}</td>
                                                                    <td>{l.by.unwrap_or_else(|| t!(i18n, "tax-by-feed"))}</td>
                                                                </tr>
                                                            }
                                                        })
                                                        .collect_view()}
                                                </tbody>
                                            </table>
                                        </div>
                                    }
                                        .into_any()
                                }}
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
        </crate::ui::RequireSignIn>
    }
}

/// `/staff/taxes/payers/:ext`: a taxpayer's statement for a tax clerk (logged).
#[component]
pub fn StaffTaxpayerPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let ext = Memo::new(move |_| params.read().get("ext").unwrap_or_default());
    let on = Memo::new(move |_| query.read().get("on").unwrap_or_default());
    let data = Resource::new(move || (ext.get(), on.get()), |(e, o)| staff_taxpayer(e, o));
    view! {
        <PageTitle text=move || t!(i18n, "tax-staff-payer-title", id = ext.get()) />
        <crate::ui::RequireSignIn>
            <PageHeading text=move || t!(i18n, "tax-staff-payer-title", id = ext.get()) />
            <p class="notice">{move || t!(i18n, "tax-staff-logged")}</p>
            <Suspense fallback=move || {
                view! { <p>{move || t!(i18n, "loading")}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(v) => {
                            let here = format!(
                                "/staff/taxes/payers/{}",
                                crate::forms::urlencode(&v.ext_id),
                            );
                            view! {
                                <PayDayForm action=here value=on.get_untracked() invalid=false />
                                <TaxpayerStatement v payable=false remind_days=None />
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
                <a href="/staff/taxes">{move || t!(i18n, "tax-desk-title")}</a>
            </p>
        </crate::ui::RequireSignIn>
    }
}
