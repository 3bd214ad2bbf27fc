//! Getting back in and staying in control: password reset by e-mail, change of e-mail
//! address (confirmed from the new address, the old one told), and the list of signed-in
//! devices with "sign out" per device and everywhere.
use crate::forms::FormReply;
use crate::i18n::use_i18n;
use crate::t;
use crate::ui::{load_error_text, ErrorSummary, Form, PageHeading, PageTitle, Submit, TextField};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// One signed-in device as its owner sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionInfo {
    /// A public id (not the session token).
    pub id: String,
    pub device: String,
    pub signed_in: crate::i18n::time::LocalTime,
    pub last_used: crate::i18n::time::LocalTime,
    pub current: bool,
}

#[cfg(feature = "ssr")]
fn token_ok(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Asks for a reset link. The same answer whether or not the address has an account; the
/// link works once, for 30 minutes; asking is throttled per client address and per address.
#[server(endpoint = "password_reset")]
pub async fn request_password_reset(email: String) -> Result<FormReply, crate::platform::Failure> {
    use super::api::{finish, one};
    use super::rules::Email;
    use super::store;
    use crate::forms::FieldError;
    use crate::platform::{self, request, session, throttle};
    let st = platform::state()?;
    let ctx = request::ctx()?;
    let back = "/password-reset";
    let values = vec![("email".to_string(), email.clone())];
    let email = match Email::parse(&email) {
        Ok(e) => e,
        Err(p) => {
            return finish(
                FormReply::invalid(vec![FieldError::new("email", p)]),
                "reset",
                back,
                values,
            )
            .await
        }
    };
    if let Err(secs) = throttle::attempt(
        &st.db,
        &format!("reset:{}", ctx.client_ip),
        st.settings.register_limit_address,
        3600,
    )
    .await?
    {
        return finish(
            one(
                "",
                crate::forms::FormProblem::Throttled {
                    minutes: (secs + 59) / 60,
                },
            ),
            "reset",
            back,
            values,
        )
        .await;
    }
    // At most three links an hour to one address, whoever asks: no flooding a mailbox. Past
    // that the answer is the same, and nothing is sent.
    let quiet = throttle::attempt(&st.db, &format!("reset-mail:{}", email.as_str()), 3, 3600)
        .await?
        .is_err();
    if let (Some((id, name, lang)), false) =
        (store::user_by_email(&st.db, email.as_str()).await?, quiet)
    {
        let token = platform::random_hex(32);
        store::create_reset(&st.db, id, &session::hash_token(&token)).await?;
        let origin = st.settings.public_origin.trim_end_matches('/');
        let (subject, body) = crate::mail::password_reset(
            lang,
            &name,
            &format!("{origin}/password-reset/confirm?token={token}"),
            store::RESET_VALID_SECS / 60,
        );
        crate::mail::store::enqueue(&st.db, email.as_str(), &subject, &body).await?;
    }
    finish(
        FormReply::Done {
            to: "/password-reset/sent".into(),
            notice: None,
            boot: None,
        },
        "reset",
        back,
        vec![],
    )
    .await
}

/// Sets a new password with a reset link: the link is used up, every session of the account
/// ends, the owner is told by mail, and the person signs in with the new password.
#[server(endpoint = "password_reset_confirm")]
pub async fn reset_password(
    token: String,
    new_password: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::api::{finish, one};
    use super::rules::check_new_password;
    use super::store;
    use crate::forms::FieldError;
    use crate::platform::{self, audit, session, throttle};
    let st = platform::state()?;
    let back = format!(
        "/password-reset/confirm?token={}",
        crate::forms::urlencode(&token)
    );
    let hash = session::hash_token(&token);
    if !token_ok(&token) || !store::reset_valid(&st.db, &hash).await? {
        return finish(
            one("", crate::accounts::AccountProblem::LinkExpired),
            "reset-confirm",
            &back,
            vec![],
        )
        .await;
    }
    if let Err(p) = check_new_password(&new_password, None) {
        return finish(
            FormReply::invalid(vec![FieldError::new("new_password", p)]),
            "reset-confirm",
            &back,
            vec![],
        )
        .await;
    }
    let new_hash = store::hash_password(new_password).await?;
    let Some(user) = store::take_reset(&st.db, &hash).await? else {
        return finish(
            one("", crate::accounts::AccountProblem::LinkExpired),
            "reset-confirm",
            &back,
            vec![],
        )
        .await;
    };
    store::set_password(&st.db, user, &new_hash).await?;
    session::destroy_all_for_user(&st.db, user, None).await?;
    audit::record(&st.db, Some(user), "password_reset", Some(user), "").await?;
    if let Some(p) = store::profile(&st.db, user).await? {
        throttle::clear(&st.db, &format!("account:{}", p.email)).await?;
        let lang = store::user_by_email(&st.db, &p.email)
            .await?
            .map(|u| u.2)
            .unwrap_or_default();
        let (subject, body) = crate::mail::password_was_changed(lang, &p.display_name);
        crate::mail::store::enqueue(&st.db, &p.email, &subject, &body).await?;
    }
    finish(
        FormReply::Done {
            to: "/sign-in".into(),
            notice: Some(crate::forms::Notice::from(
                crate::accounts::AccountNotice::PasswordReset,
            )),
            boot: None,
        },
        "reset-confirm",
        &back,
        vec![],
    )
    .await
}

/// Asks to change the account's e-mail address: the current password, then a link to the
/// new address; the old address is told. Nothing changes until the link is followed.
#[server(endpoint = "change_email")]
pub async fn change_email(
    new_email: String,
    password: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::api::{finish, one, require_user};
    use super::rules::Email;
    use super::store;
    use crate::forms::FieldError;
    use crate::platform::{self, audit, request, session, throttle};
    let back = "/account/email";
    let values = vec![("new_email".to_string(), new_email.clone())];
    let user = match require_user(back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "email", back, values).await,
    };
    let st = platform::state()?;
    let ctx = request::ctx()?;
    let mut errors = Vec::new();
    let parsed = Email::parse(&new_email)
        .map_err(|p| errors.push(FieldError::new("new_email", p)))
        .ok();
    if parsed.as_ref().is_some_and(|e| e.as_str() == user.email) {
        errors.push(FieldError::new(
            "new_email",
            crate::accounts::AccountProblem::EmailUnchanged,
        ));
    }
    if password.is_empty() {
        errors.push(FieldError::new(
            "password",
            crate::accounts::AccountProblem::PasswordRequired,
        ));
    }
    let (Some(email), true) = (parsed, errors.is_empty()) else {
        return finish(FormReply::invalid(errors), "email", back, values).await;
    };
    let acct = format!("account:{}", user.email);
    let s = &st.settings;
    if let Err(secs) =
        throttle::attempt(&st.db, &acct, s.login_limit_account, s.login_window_secs).await?
    {
        return finish(
            one(
                "",
                crate::forms::FormProblem::Throttled {
                    minutes: (secs + 59) / 60,
                },
            ),
            "email",
            back,
            values,
        )
        .await;
    }
    let hash = store::password_hash(&st.db, user.id).await?;
    if !store::verify_password(password, hash).await? {
        return finish(
            one(
                "password",
                crate::accounts::AccountProblem::CurrentPasswordWrong,
            ),
            "email",
            back,
            values,
        )
        .await;
    }
    throttle::clear(&st.db, &acct).await?;
    // An address that already has an account gets no link (it could not be used); the answer
    // is the same, so this form does not tell which addresses are registered.
    if store::user_by_email(&st.db, email.as_str())
        .await?
        .is_none()
    {
        let token = platform::random_hex(32);
        store::create_email_change(
            &st.db,
            user.id,
            email.as_str(),
            &session::hash_token(&token),
        )
        .await?;
        let origin = st.settings.public_origin.trim_end_matches('/');
        let (subject, body) = crate::mail::confirm_new_email(
            user.language,
            &user.display_name,
            &format!("{origin}/account/email/confirm?token={token}"),
        );
        crate::mail::store::enqueue(&st.db, email.as_str(), &subject, &body).await?;
    }
    let (subject, body) =
        crate::mail::email_change_notice(user.language, &user.display_name, email.as_str(), false);
    crate::mail::store::enqueue(&st.db, &user.email, &subject, &body).await?;
    audit::record(
        &st.db,
        Some(user.id),
        "email_change_requested",
        Some(user.id),
        "",
    )
    .await?;
    let _ = ctx;
    finish(
        FormReply::Done {
            to: "/account".into(),
            notice: Some(crate::forms::Notice::from(
                crate::accounts::AccountNotice::EmailChangeSent,
            )),
            boot: None,
        },
        "email",
        back,
        vec![],
    )
    .await
}

/// Follows the link sent to the new address: the address changes, the old one is told.
#[server(endpoint = "change_email_confirm")]
pub async fn confirm_email_change(token: String) -> Result<FormReply, crate::platform::Failure> {
    use super::api::{boot_after, finish, one};
    use super::store::{self, EmailChange};

    use crate::platform::{self, audit, request, session};
    let st = platform::state()?;
    let ctx = request::ctx()?;
    let back = format!(
        "/account/email/confirm?token={}",
        crate::forms::urlencode(&token)
    );
    if !token_ok(&token) {
        return finish(
            one("", crate::accounts::AccountProblem::LinkExpired),
            "email-confirm",
            &back,
            vec![],
        )
        .await;
    }
    match store::apply_email_change(&st.db, &session::hash_token(&token)).await? {
        EmailChange::Invalid => {
            finish(
                one("", crate::accounts::AccountProblem::LinkExpired),
                "email-confirm",
                &back,
                vec![],
            )
            .await
        }
        EmailChange::Taken => {
            finish(
                one("", crate::accounts::AccountProblem::EmailTaken),
                "email-confirm",
                &back,
                vec![],
            )
            .await
        }
        EmailChange::Done(user, old, new) => {
            audit::record(&st.db, Some(user), "email_changed", Some(user), "").await?;
            if let Some((_, name, lang)) = store::user_by_email(&st.db, &new).await? {
                let (subject, body) = crate::mail::email_change_notice(lang, &name, &new, true);
                crate::mail::store::enqueue(&st.db, &old, &subject, &body).await?;
            }
            // Signed in on this device: the page shows the new address at once.
            let fresh = match &ctx.session_token {
                Some(t) => session::lookup(&st.db, &st.settings, t).await?,
                None => None,
            };
            let to = if fresh.is_some() {
                "/account"
            } else {
                "/sign-in"
            };
            let boot = boot_after(fresh.as_ref(), None, None);
            finish(
                FormReply::Done {
                    to: to.into(),
                    notice: Some(crate::forms::Notice::from(
                        crate::accounts::AccountNotice::EmailChanged,
                    )),
                    boot: Some(Box::new(boot)),
                },
                "email-confirm",
                &back,
                vec![],
            )
            .await
        }
    }
}

/// The signed-in devices of the account, the one in use marked.
#[server(endpoint = "sessions")]
pub async fn my_sessions() -> Result<Vec<SessionInfo>, crate::platform::Failure> {
    use super::api::deny;

    use crate::platform::{self, krakow_time as kt, request, session};
    let ctx = request::ctx()?;
    let Some(user) = ctx.user.clone() else {
        return deny(crate::forms::FormProblem::NotSignedIn);
    };
    let st = platform::state()?;
    let rows = session::sessions_of(&st.db, user.id, ctx.session_token.as_deref()).await?;
    Ok(rows
        .into_iter()
        .map(|(id, device, created, seen, current)| SessionInfo {
            id,
            device,
            signed_in: kt::label(created),
            last_used: kt::label(seen),
            current,
        })
        .collect())
}

/// Ends one signed-in device of the account (this one too, which is signing out).
#[server(endpoint = "end_session")]
pub async fn end_session(session_id: String) -> Result<FormReply, crate::platform::Failure> {
    use super::api::{boot_after, finish, lang_cookie, one, require_user};

    use crate::platform::{self, audit, request, session};
    let back = "/account/sessions";
    let user = match require_user(back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "sessions", back, vec![]).await,
    };
    let st = platform::state()?;
    let ctx = request::ctx()?;
    let current = session::sessions_of(&st.db, user.id, ctx.session_token.as_deref())
        .await?
        .into_iter()
        .any(|s| s.4 && s.0 == session_id);
    if !session::destroy_by_public_id(&st.db, user.id, &session_id).await? {
        return finish(
            one("", crate::forms::FormProblem::ChoiceInvalid),
            "sessions",
            back,
            vec![],
        )
        .await;
    }
    audit::record(&st.db, Some(user.id), "session_ended", Some(user.id), "").await?;
    if current {
        request::set_cookie(&session::cookie(&st.settings, None));
        request::set_cookie(&lang_cookie(ctx.lang, st.settings.secure_cookies));
        let boot = boot_after(None, Some(ctx.lang), Some(ctx.prefs));
        return finish(
            FormReply::Done {
                to: "/".into(),
                notice: Some(crate::forms::Notice::from(
                    crate::accounts::AccountNotice::SignedOut,
                )),
                boot: Some(Box::new(boot)),
            },
            "sessions",
            back,
            vec![],
        )
        .await;
    }
    finish(
        FormReply::Done {
            to: back.into(),
            notice: Some(crate::forms::Notice::from(
                crate::accounts::AccountNotice::SessionEnded,
            )),
            boot: None,
        },
        "sessions",
        back,
        vec![],
    )
    .await
}

/// Signs the account out on every device, this one included.
#[server(endpoint = "sign_out_everywhere")]
pub async fn sign_out_everywhere() -> Result<FormReply, crate::platform::Failure> {
    use super::api::{boot_after, finish, lang_cookie, require_user};
    use crate::platform::{self, audit, request, session};
    let back = "/account/sessions";
    let user = match require_user(back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "sessions-all", back, vec![]).await,
    };
    let st = platform::state()?;
    let ctx = request::ctx()?;
    session::destroy_all_for_user(&st.db, user.id, None).await?;
    audit::record(
        &st.db,
        Some(user.id),
        "signed_out_everywhere",
        Some(user.id),
        "",
    )
    .await?;
    request::set_cookie(&session::cookie(&st.settings, None));
    request::set_cookie(&lang_cookie(ctx.lang, st.settings.secure_cookies));
    let boot = boot_after(None, Some(ctx.lang), Some(ctx.prefs));
    finish(
        FormReply::Done {
            to: "/".into(),
            notice: Some(crate::forms::Notice::from(
                crate::accounts::AccountNotice::SignedOutEverywhere,
            )),
            boot: Some(Box::new(boot)),
        },
        "sessions-all",
        back,
        vec![],
    )
    .await
}

// ---- Pages ----

#[component]
pub fn PasswordResetPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RequestPasswordReset>::new();
    let form = Form::new("reset", action);
    view! {
        <PageTitle text=move || t!(i18n, "reset-title") />
        <div class="narrow">
            <ErrorSummary form />
            <PageHeading text=move || t!(i18n, "reset-title") />
            <p class="lead">{move || t!(i18n, "reset-lead")}</p>
            <ActionForm action attr:novalidate=true attr:class="form">
                <TextField
                    form
                    name="email"
                    kind="email"
                    label=move || t!(i18n, "field-email")
                    autocomplete="email"
                    required=true
                />
                <Submit label=move || t!(i18n, "reset-submit") pending=action.pending().into() />
            </ActionForm>
            <p>
                <a href="/sign-in">{move || t!(i18n, "nav-sign-in")}</a>
            </p>
        </div>
    }
}

/// After asking: the same page whether or not the address has an account.
#[component]
pub fn PasswordResetSentPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=move || t!(i18n, "check-email-title") />
        <div class="narrow">
            <PageHeading text=move || t!(i18n, "check-email-title") />
            <p class="lead">{move || t!(i18n, "reset-sent-text", minutes = 30)}</p>
            <p>
                {move || t!(i18n, "reset-sent-spam")}" "
                <a href="/password-reset">{move || t!(i18n, "reset-title")}</a>
            </p>
        </div>
    }
}

#[component]
pub fn PasswordResetConfirmPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ResetPassword>::new();
    let form = Form::new("reset-confirm", action);
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    view! {
        <PageTitle text=move || t!(i18n, "reset-confirm-title") />
        <div class="narrow">
            <ErrorSummary form />
            <PageHeading text=move || t!(i18n, "reset-confirm-title") />
            <ActionForm action attr:novalidate=true attr:class="form">
                <input type="hidden" name="token" value=token />
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
                <p class="hint-inline">{move || t!(i18n, "reset-other-devices")}</p>
                <Submit label=move || t!(i18n, "password-submit") pending=action.pending().into() />
            </ActionForm>
        </div>
    }
}

#[component]
pub fn EmailPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ChangeEmail>::new();
    let form = Form::new("email", action);
    view! {
        <PageTitle text=move || t!(i18n, "email-title") />
        <crate::ui::RequireSignIn>
            <div class="narrow">
                <ErrorSummary form />
                <PageHeading text=move || t!(i18n, "email-title") />
                <p class="lead">{move || t!(i18n, "email-lead")}</p>
                <ActionForm action attr:novalidate=true attr:class="form">
                    <TextField
                        form
                        name="new_email"
                        kind="email"
                        label=move || t!(i18n, "email-new")
                        autocomplete="email"
                        required=true
                    />
                    <TextField
                        form
                        name="password"
                        kind="password"
                        label=move || t!(i18n, "field-current-password")
                        autocomplete="current-password"
                        required=true
                    />
                    <Submit
                        label=move || t!(i18n, "email-submit")
                        pending=action.pending().into()
                    />
                </ActionForm>
                <p>
                    <a href="/account">{move || t!(i18n, "back-to-account")}</a>
                </p>
            </div>
        </crate::ui::RequireSignIn>
    }
}

/// The link from the new address: a button, so that mail scanners that open links change
/// nothing.
#[component]
pub fn EmailConfirmPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ConfirmEmailChange>::new();
    let form = Form::new("email-confirm", action);
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    view! {
        <PageTitle text=move || t!(i18n, "email-confirm-title") />
        <div class="narrow">
            <ErrorSummary form />
            <PageHeading text=move || t!(i18n, "email-confirm-title") />
            <ActionForm action attr:class="form">
                <input type="hidden" name="token" value=token />
                <Submit
                    label=move || t!(i18n, "email-confirm-submit")
                    pending=action.pending().into()
                />
            </ActionForm>
        </div>
    }
}

#[component]
pub fn SessionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let end = ServerAction::<EndSession>::new();
    let all = ServerAction::<SignOutEverywhere>::new();
    let form = Form::new("sessions", end);
    let sessions = Resource::new(move || end.version().get(), |_| my_sessions());
    view! {
        <PageTitle text=move || t!(i18n, "sessions-title") />
        <crate::ui::RequireSignIn>
            <ErrorSummary form />
            <PageHeading text=move || t!(i18n, "sessions-title") />
            <p class="lead">{move || t!(i18n, "sessions-lead")}</p>
            <Suspense fallback=move || {
                view! { <p>{move || t!(i18n, "loading")}</p> }
            }>
                {move || Suspend::new(async move {
                    match sessions.await {
                        Ok(list) => {
                            let count = list.len();
                            view! {
                                <table class="table">
                                    <caption>
                                        {move || t!(i18n, "sessions-caption", count = count)}
                                    </caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{move || t!(i18n, "sessions-device")}</th>
                                            <th scope="col">
                                                {move || t!(i18n, "sessions-signed-in")}
                                            </th>
                                            <th scope="col">
                                                {move || t!(i18n, "sessions-last-used")}
                                            </th>
                                            <th scope="col">
                                                <span class="visually-hidden">
                                                    {move || t!(i18n, "sessions-action")}
                                                </span>
                                            </th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {list
                                            .into_iter()
                                            .map(|s| {
                                                let device = if s.device.is_empty() {
                                                    t!(i18n, "sessions-unknown-device")
                                                } else {
                                                    s.device.clone()
                                                };
                                                let label = if s.current {
                                                    t!(i18n, "sessions-end-this")
                                                } else {
                                                    t!(i18n, "sessions-end", device = device.clone())
                                                };
                                                view! {
                                                    <tr>
                                                        <th scope="row">
                                                            {device.clone()}
                                                            {s
                                                                .current
                                                                .then(|| {
                                                                    view! {
                                                                        " "
                                                                        <strong>{t!(i18n, "sessions-this-device")}</strong>
                                                                    }
                                                                })}
                                                        </th>
                                                        <td>
                                                            {move || crate::i18n::time::date_time(
                                                                i18n.lang(),
                                                                s.signed_in,
                                                            )}
                                                        </td>
                                                        <td>
                                                            {move || crate::i18n::time::date_time(
                                                                i18n.lang(),
                                                                s.last_used,
                                                            )}
                                                        </td>
                                                        <td>
                                                            <ActionForm action=end>
                                                                <input type="hidden" name="session_id" value=s.id.clone() />
                                                                <button type="submit" class="button button--secondary">
                                                                    {label}
                                                                </button>
                                                            </ActionForm>
                                                        </td>
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
            <h2>{move || t!(i18n, "sessions-all-heading")}</h2>
            <p>{move || t!(i18n, "sessions-all-text")}</p>
            <ActionForm action=all attr:class="form">
                <Submit
                    label=move || t!(i18n, "sessions-all-submit")
                    pending=all.pending().into()
                    warning=true
                />
            </ActionForm>
            <p>
                <a href="/account">{move || t!(i18n, "back-to-account")}</a>
            </p>
        </crate::ui::RequireSignIn>
    }
}
