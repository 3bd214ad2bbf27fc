use super::api::{list_users, staff_overview, SetRole};
use crate::accounts::pages::role_text;
use crate::forms::District;
use crate::i18n::use_i18n;
use crate::platform::people::Role;
use crate::t;
use crate::ui::{load_error_text, ErrorSummary, Form, PageHeading, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn StaffHome() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| staff_overview());
    view! {
        <PageTitle text=move || t!(i18n, "staff-title") />
        <PageHeading text=move || t!(i18n, "staff-title") />
        <h2>{move || t!(i18n, "staff-desks")}</h2>
        <ul>
            <li>
                <a href="/staff/identity">{move || t!(i18n, "identity-staff-title")}</a>
            </li>
            <li>
                <a href="/staff/card">{move || t!(i18n, "card-staff-title")}</a>
            </li>
            <li>
                <a href="/staff/tariffs">{move || t!(i18n, "tk-staff-tariffs-title")}</a>
            </li>
        </ul>
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(o) => {
                        view! {
                            <p class="lead">
                                {move || t!(i18n, "staff-residents-total", count = o.total)}
                            </p>
                            <table class="table">
                                <caption class="table__caption">
                                    {move || t!(i18n, "staff-per-district")}
                                </caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{move || t!(i18n, "field-district")}</th>
                                        <th scope="col" class="num">
                                            {move || t!(i18n, "staff-residents")}
                                        </th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {District::all()
                                        .map(|d| {
                                            let n = o
                                                .residents_per_district
                                                .iter()
                                                .find(|(k, _)| *k == d)
                                                .map(|(_, n)| *n)
                                                .unwrap_or(0);
                                            view! {
                                                <tr>
                                                    <th scope="row" lang="pl">
                                                        {d.label()}
                                                    </th>
                                                    <td class="num">{n}</td>
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
    }
}

#[component]
pub fn AdminUsers() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let page = move || {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<i64>().ok())
            .unwrap_or(1)
    };
    let action = ServerAction::<SetRole>::new();
    let form = Form::new("role", action);
    let data = Resource::new(
        move || (page(), action.version().get()),
        |(p, _)| list_users(p),
    );
    view! {
        <PageTitle text=move || t!(i18n, "users-title") />
        <ErrorSummary form />
        <PageHeading text=move || t!(i18n, "users-title") />
        <p>{move || t!(i18n, "users-audit-note")}</p>
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(up) => {
                        let return_to = format!("/admin/users?page={}", up.page);
                        view! {
                            <table class="table">
                                <caption class="table__caption">
                                    {move || t!(i18n, "users-caption", count = up.total)}
                                </caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{move || t!(i18n, "field-name")}</th>
                                        <th scope="col">{move || t!(i18n, "field-email")}</th>
                                        <th scope="col">{move || t!(i18n, "field-district")}</th>
                                        <th scope="col">{move || t!(i18n, "account-role")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {up
                                        .users
                                        .into_iter()
                                        .map(|u| {
                                            let field = format!("role-{}", u.id);
                                            let fid = format!("f-{field}");
                                            let label = format!(
                                                "{} {}",
                                                t!(i18n, "users-role-for"),
                                                u.display_name,
                                            );
                                            let rt = return_to.clone();
                                            let own = u.is_self;
                                            view! {
                                                <tr>
                                                    <th scope="row">{u.display_name.clone()}</th>
                                                    <td class="break">{u.email.clone()}</td>
                                                    <td lang="pl">{u.district.label()}</td>
                                                    <td>
                                                        <ActionForm action attr:class="role-form">
                                                            <input
                                                                type="hidden"
                                                                name="user_id"
                                                                value=u.id.to_string()
                                                            />
                                                            <input type="hidden" name="return_to" value=rt />
                                                            <label for=fid.clone() class="visually-hidden">
                                                                {label}
                                                            </label>
                                                            <select
                                                                id=fid
                                                                name="role"
                                                                class="field__select field__select--compact"
                                                                aria-invalid={
                                                                    let f = field.clone();
                                                                    move || form.error(&f).is_some().then_some("true")
                                                                }
                                                            >
                                                                {[
                                                                    Role::Resident,
                                                                    Role::Clerk,
                                                                    Role::Inspector,
                                                                    Role::TaxClerk,
                                                                    Role::Admin,
                                                                ]
                                                                    .into_iter()
                                                                    .map(|r| {
                                                                        view! {
                                                                            <option value=r.code() selected=r == u.role>
                                                                                {move || role_text(r)}
                                                                            </option>
                                                                        }
                                                                    })
                                                                    .collect_view()}
                                                            </select>
                                                            " "
                                                            <button
                                                                type="submit"
                                                                class="button button--secondary button--small"
                                                                disabled=own
                                                            >
                                                                {move || t!(i18n, "users-change-role")}
                                                            </button>
                                                        </ActionForm>
                                                    </td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                            <nav class="pagination" aria-label=move || t!(i18n, "pagination-label")>
                                {(up.page > 1)
                                    .then(|| {
                                        view! {
                                            <a
                                                href=format!("/admin/users?page={}", up.page - 1)
                                                rel="prev"
                                            >
                                                {move || t!(i18n, "pagination-previous")}
                                            </a>
                                        }
                                    })}
                                " "
                                <span>
                                    {move || {
                                        t!(
                                            i18n, "pagination-status", page = up.page, pages = up.pages
                                        )
                                    }}
                                </span>
                                " "
                                {(up.page < up.pages)
                                    .then(|| {
                                        view! {
                                            <a
                                                href=format!("/admin/users?page={}", up.page + 1)
                                                rel="next"
                                            >
                                                {move || t!(i18n, "pagination-next")}
                                            </a>
                                        }
                                    })}
                            </nav>
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
    }
}
