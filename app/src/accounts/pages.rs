//! Account pages: register, sign in, account, profile, password, delete, display settings.
use super::api::{
    ChangePassword, ConfirmRegistration, DeleteAccount, Register, SetDisplay, SignIn,
    UpdateProfile, CONFIRM_VALID_SECS,
};
use crate::i18n::use_i18n;
use crate::platform::people::Role;
use crate::t;
use crate::ui::{
    load_error_text, use_shell, Checkbox, DistrictField, ErrorSummary, Form, PageHeading,
    PageTitle, Radios, RequireSignIn, Submit, TextField,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn RegisterPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<Register>::new();
    let form = Form::new("register", action);
    view! {
        <PageTitle text=move || t!(i18n, "register-title") />
        <div class="narrow">
            <ErrorSummary form />
            <PageHeading text=move || t!(i18n, "register-title") />
            <p class="lead">{move || t!(i18n, "register-lead")}</p>
            <ActionForm action attr:novalidate=true attr:class="form">
                <TextField
                    form
                    name="name"
                    label=move || t!(i18n, "field-name")
                    hint=move || t!(i18n, "field-name-hint")
                    autocomplete="name"
                    required=true
                />
                <TextField
                    form
                    name="email"
                    kind="email"
                    label=move || t!(i18n, "field-email")
                    hint=move || t!(i18n, "field-email-hint")
                    autocomplete="email"
                    required=true
                />
                <TextField
                    form
                    name="password"
                    kind="password"
                    label=move || t!(i18n, "field-new-password")
                    hint=move || {
                        t!(i18n, "field-new-password-hint", min = super::rules::PASSWORD_MIN)
                    }
                    autocomplete="new-password"
                    required=true
                />
                <DistrictField form label=move || t!(i18n, "field-district") />
                <Submit label=move || t!(i18n, "register-submit") pending=action.pending().into() />
            </ActionForm>
            <p>
                {move || t!(i18n, "register-have-account")}" "
                <a href="/sign-in">{move || t!(i18n, "nav-sign-in")}</a>
            </p>
        </div>
    }
}

/// After registering: the same page whether the address was new or not.
#[component]
pub fn CheckEmailPage() -> impl IntoView {
    let i18n = use_i18n();
    let hours = CONFIRM_VALID_SECS / 3600;
    view! {
        <PageTitle text=move || t!(i18n, "check-email-title") />
        <div class="narrow">
            <PageHeading text=move || t!(i18n, "check-email-title") />
            <p class="lead">{move || t!(i18n, "check-email-text", hours = hours)}</p>
            <p>
                {move || t!(i18n, "check-email-spam")}" "
                <a href="/register">{move || t!(i18n, "register-title")}</a>
            </p>
        </div>
    }
}

/// The link from the confirmation e-mail. Confirming is a button (a POST): mail scanners
/// that open links must not create accounts.
#[component]
pub fn ConfirmPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ConfirmRegistration>::new();
    let form = Form::new("confirm", action);
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    view! {
        <PageTitle text=move || t!(i18n, "confirm-title") />
        <div class="narrow">
            <ErrorSummary form />
            <PageHeading text=move || t!(i18n, "confirm-title") />
            <p class="lead">{move || t!(i18n, "confirm-text")}</p>
            <ActionForm action attr:class="form">
                <input type="hidden" name="token" value=token />
                <TextField
                    form
                    name="password"
                    kind="password"
                    label=move || t!(i18n, "confirm-password")
                    hint=move || t!(i18n, "confirm-password-hint")
                    autocomplete="current-password"
                    required=true
                />
                <Submit label=move || t!(i18n, "confirm-submit") pending=action.pending().into() />
            </ActionForm>
        </div>
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SignIn>::new();
    let form = Form::new("sign-in", action);
    let query = use_query_map();
    let return_to = move || {
        query
            .read()
            .get("return_to")
            .unwrap_or_else(|| "/account".to_string())
    };
    view! {
        <PageTitle text=move || t!(i18n, "sign-in-title") />
        <div class="narrow">
            <ErrorSummary form />
            <PageHeading text=move || t!(i18n, "sign-in-title") />
            <ActionForm action attr:novalidate=true attr:class="form">
                <input type="hidden" name="return_to" value=return_to />
                <TextField
                    form
                    name="email"
                    kind="email"
                    label=move || t!(i18n, "field-email")
                    autocomplete="email"
                    required=true
                />
                <TextField
                    form
                    name="password"
                    kind="password"
                    label=move || t!(i18n, "field-password")
                    autocomplete="current-password"
                    required=true
                />
                <Submit label=move || t!(i18n, "sign-in-submit") pending=action.pending().into() />
            </ActionForm>
            <p>
                <a href="/password-reset">{move || t!(i18n, "sign-in-forgot")}</a>
            </p>
            <p>
                {move || t!(i18n, "sign-in-no-account")}" "
                <a href="/register">{move || t!(i18n, "nav-register")}</a>
            </p>
        </div>
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let profile = Resource::new(|| (), |_| super::api::get_profile());
    view! {
        <PageTitle text=move || t!(i18n, "account-title") />
        <RequireSignIn>
            <PageHeading text=move || t!(i18n, "account-title") />
            <Suspense fallback=move || {
                view! { <p>{move || t!(i18n, "loading")}</p> }
            }>
                {move || Suspend::new(async move {
                    match profile.await {
                        Ok(p) => {
                            let district = p.district.label();
                            view! {
                                <h2>{move || t!(i18n, "account-profile-heading")}</h2>
                                <dl class="summary-list">
                                    <div class="summary-list__row">
                                        <dt>{move || t!(i18n, "field-name")}</dt>
                                        <dd>{p.display_name.clone()}</dd>
                                    </div>
                                    <div class="summary-list__row">
                                        <dt>{move || t!(i18n, "field-email")}</dt>
                                        <dd>{p.email.clone()}</dd>
                                    </div>
                                    <div class="summary-list__row">
                                        <dt>{move || t!(i18n, "field-district")}</dt>
                                        <dd lang="pl">{district}</dd>
                                    </div>
                                    <div class="summary-list__row">
                                        <dt>{move || t!(i18n, "account-role")}</dt>
                                        <dd>{move || role_text(p.role)}</dd>
                                    </div>
                                </dl>
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
            <h2>{move || t!(i18n, "account-manage-heading")}</h2>
            <ul class="action-list">
                <li>
                    <a href="/account/profile">{move || t!(i18n, "profile-title")}</a>
                </li>
                <li>
                    <a href="/account/password">{move || t!(i18n, "password-title")}</a>
                </li>
                <li>
                    <a href="/account/email">{move || t!(i18n, "email-title")}</a>
                </li>
                <li>
                    <a href="/account/sessions">{move || t!(i18n, "sessions-title")}</a>
                </li>
                <li>
                    <a href="/account/identity">{move || t!(i18n, "identity-title")}</a>
                </li>
                <li>
                    <a href="/account/card">{move || t!(i18n, "card-title")}</a>
                </li>
                <li>
                    <a href="/taxes">{move || t!(i18n, "tax-title")}</a>
                </li>
                <li>
                    <a href="/settings">{move || t!(i18n, "settings-title")}</a>
                </li>
                <li>
                    <a href="/account/export" download="konto-obywatelskie.json" rel="external">
                        {move || t!(i18n, "account-export")}
                    </a>
                    " "
                    <span class="hint-inline">{move || t!(i18n, "account-export-hint")}</span>
                </li>
                <li>
                    <a href="/account/delete">{move || t!(i18n, "delete-title")}</a>
                </li>
            </ul>
        </RequireSignIn>
    }
}

pub fn role_text(role: Role) -> String {
    let i18n = use_i18n();
    match role {
        Role::Resident => t!(i18n, "role-resident"),
        Role::Clerk => t!(i18n, "role-clerk"),
        Role::Admin => t!(i18n, "role-admin"),
        Role::Inspector => t!(i18n, "role-inspector"),
        Role::TaxClerk => t!(i18n, "role-tax-clerk"),
    }
}

#[component]
pub fn ProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<UpdateProfile>::new();
    let form = Form::new("profile", action);
    let profile = Resource::new(|| (), |_| super::api::get_profile());
    view! {
        <PageTitle text=move || t!(i18n, "profile-title") />
        <RequireSignIn>
            <div class="narrow">
                <ErrorSummary form />
                <PageHeading text=move || t!(i18n, "profile-title") />
                <Suspense fallback=move || {
                    view! { <p>{move || t!(i18n, "loading")}</p> }
                }>
                    {move || Suspend::new(async move {
                        match profile.await {
                            Ok(p) => {
                                let name = if form.value("name").is_empty() {
                                    p.display_name.clone()
                                } else {
                                    form.value("name")
                                };
                                let district = form
                                    .value("district")
                                    .parse::<i64>()
                                    .ok()
                                    .unwrap_or(i64::from(p.district.number()));
                                // After a failed plain post, the values the user typed win.
                                view! {
                                    <ActionForm action attr:novalidate=true attr:class="form">
                                        <TextField
                                            form
                                            name="name"
                                            label=move || t!(i18n, "field-name")
                                            hint=move || t!(i18n, "field-name-hint")
                                            autocomplete="name"
                                            value=name
                                            required=true
                                        />
                                        <DistrictField
                                            form
                                            label=move || t!(i18n, "field-district")
                                            value=district
                                        />
                                        <Submit
                                            label=move || t!(i18n, "save")
                                            pending=action.pending().into()
                                        />
                                    </ActionForm>
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
                    <a href="/account">{move || t!(i18n, "back-to-account")}</a>
                </p>
            </div>
        </RequireSignIn>
    }
}

#[component]
pub fn PasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ChangePassword>::new();
    let form = Form::new("password", action);
    view! {
        <PageTitle text=move || t!(i18n, "password-title") />
        <RequireSignIn>
            <div class="narrow">
                <ErrorSummary form />
                <PageHeading text=move || t!(i18n, "password-title") />
                <ActionForm action attr:novalidate=true attr:class="form">
                    <TextField
                        form
                        name="current_password"
                        kind="password"
                        label=move || t!(i18n, "field-current-password")
                        autocomplete="current-password"
                        required=true
                    />
                    <TextField
                        form
                        name="new_password"
                        kind="password"
                        label=move || t!(i18n, "field-new-password")
                        hint=move || {
                            t!(i18n, "field-new-password-hint", min = super::rules::PASSWORD_MIN)
                        }
                        autocomplete="new-password"
                        required=true
                    />
                    <p class="hint-inline">{move || t!(i18n, "password-other-devices")}</p>
                    <Submit
                        label=move || t!(i18n, "password-submit")
                        pending=action.pending().into()
                    />
                </ActionForm>
                <p>
                    <a href="/account">{move || t!(i18n, "back-to-account")}</a>
                </p>
            </div>
        </RequireSignIn>
    }
}

#[component]
pub fn DeletePage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<DeleteAccount>::new();
    let form = Form::new("delete", action);
    view! {
        <PageTitle text=move || t!(i18n, "delete-title") />
        <RequireSignIn>
            <div class="narrow">
                <ErrorSummary form />
                <PageHeading text=move || t!(i18n, "delete-title") />
                <div class="warning-text">
                    <p>{move || t!(i18n, "delete-warning")}</p>
                </div>
                <p>
                    {move || t!(i18n, "delete-export-first")}" "
                    <a href="/account/export" download="konto-obywatelskie.json" rel="external">
                        {move || t!(i18n, "account-export")}
                    </a>
                </p>
                <ActionForm action attr:novalidate=true attr:class="form">
                    <TextField
                        form
                        name="password"
                        kind="password"
                        label=move || t!(i18n, "field-password")
                        autocomplete="current-password"
                        required=true
                    />
                    <Checkbox form name="confirm" label=move || t!(i18n, "delete-confirm") />
                    <Submit
                        label=move || t!(i18n, "delete-submit")
                        pending=action.pending().into()
                        warning=true
                    />
                </ActionForm>
                <p>
                    <a href="/account">{move || t!(i18n, "back-to-account")}</a>
                </p>
            </div>
        </RequireSignIn>
    }
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let action = ServerAction::<SetDisplay>::new();
    let form = Form::new("display", action);
    let prefs = shell.prefs.get_untracked();
    view! {
        <PageTitle text=move || t!(i18n, "settings-title") />
        <div class="narrow">
            <ErrorSummary form />
            <PageHeading text=move || t!(i18n, "settings-title") />
            <p class="lead">{move || t!(i18n, "settings-lead")}</p>
            <ActionForm action attr:novalidate=true attr:class="form">
                <input type="hidden" name="return_to" value="/settings" />
                <Radios
                    form
                    name="contrast"
                    legend=move || t!(i18n, "settings-contrast")
                    options=vec![
                        ("standard", (move || t!(i18n, "settings-contrast-standard")).into()),
                        ("high", (move || t!(i18n, "settings-contrast-high")).into()),
                    ]
                    selected=prefs.contrast.code().to_string()
                />
                <Radios
                    form
                    name="text_size"
                    legend=move || t!(i18n, "settings-text-size")
                    options=vec![
                        ("standard", (move || t!(i18n, "settings-text-standard")).into()),
                        ("large", (move || t!(i18n, "settings-text-large")).into()),
                    ]
                    selected=prefs.text_size.code().to_string()
                />
                <Submit label=move || t!(i18n, "save") pending=action.pending().into() />
            </ActionForm>
            <p class="hint-inline">{move || t!(i18n, "settings-where-stored")}</p>
        </div>
    }
}
