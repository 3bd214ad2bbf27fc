//! Server functions for accounts: authorise, validate with `rules`, store, answer.
//!
//! Every form answers a [`FormReply`]. A plain HTML post (no JavaScript) is answered
//! Post/Redirect/Get: errors and kept values, or the notice, go into a one-shot flash and
//! the browser is sent (303) to the page that shows them. With JavaScript the reply is
//! returned as data and the router follows the redirect without a page load.
use super::Profile;
#[cfg(feature = "ssr")]
pub(crate) use crate::forms::flow::*;
use crate::forms::FormReply;
#[cfg(feature = "ssr")]
pub(crate) use flow_accounts::*;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
mod flow_accounts {
    use crate::platform::request;

    pub fn lang_cookie(lang: crate::i18n::Lang, secure: bool) -> String {
        format!(
            "{}={}; Path=/; SameSite=Lax; Max-Age=31536000{}",
            request::LANG_COOKIE,
            lang.code(),
            if secure { "; Secure" } else { "" }
        )
    }
}

#[server(endpoint = "register")]
pub async fn register(
    email: String,
    password: String,
    name: String,
    district: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{check_new_password, DisplayName, District, Email};
    use super::store;
    use crate::forms::FieldError;
    use crate::platform::{self, request, session, throttle};
    let st = platform::state()?;
    let ctx = request::ctx()?;
    let back = "/register";
    let values = vec![
        ("email".into(), email.clone()),
        ("name".into(), name.clone()),
        ("district".into(), district.clone()),
    ];

    let mut errors = Vec::new();
    let email_p = Email::parse(&email)
        .map_err(|p| errors.push(FieldError::new("email", p)))
        .ok();
    if let Err(p) = check_new_password(&password, email_p.as_ref().map(|e| e.as_str())) {
        errors.push(FieldError::new("password", p));
    }
    let name_p = DisplayName::parse(&name)
        .map_err(|p| errors.push(FieldError::new("name", p)))
        .ok();
    let district_p = District::parse(&district)
        .map_err(|p| errors.push(FieldError::new("district", p)))
        .ok();
    let (Some(email), Some(name), Some(district)) = (email_p, name_p, district_p) else {
        return finish(FormReply::invalid(errors), "register", back, values).await;
    };
    if !errors.is_empty() {
        return finish(FormReply::invalid(errors), "register", back, values).await;
    }
    // Registrations per address are limited: it slows down probing which addresses exist.
    let bucket = format!("register:{}", ctx.client_ip);
    if let Err(secs) =
        throttle::attempt(&st.db, &bucket, st.settings.register_limit_address, 3600).await?
    {
        return finish(
            one(
                "",
                crate::forms::FormProblem::Throttled {
                    minutes: (secs + 59) / 60,
                },
            ),
            "register",
            back,
            values,
        )
        .await;
    }

    // The same work and the same answer whether the address is new or already has an
    // account: nobody learns from this form which addresses are registered.
    let hash = store::hash_password(password).await?;
    let origin = st.settings.public_origin.trim_end_matches('/');
    let lang = ctx.lang;
    let exists = store::find_credentials(&st.db, email.as_str())
        .await?
        .is_some();
    let (subject, body) = if exists {
        crate::mail::account_exists(lang, &format!("{origin}/sign-in"))
    } else {
        let token = platform::random_hex(32);
        let pending = store::Pending {
            email: email.as_str().to_string(),
            password_hash: hash,
            display_name: name.as_str().to_string(),
            district,
            language: lang,
            prefs: ctx.prefs,
        };
        store::create_pending(
            &st.db,
            &session::hash_token(&token),
            &pending,
            CONFIRM_VALID_SECS,
        )
        .await?;
        crate::mail::confirm_registration(
            lang,
            name.as_str(),
            &format!("{origin}/register/confirm?token={token}"),
        )
    };
    crate::mail::store::enqueue(&st.db, email.as_str(), &subject, &body).await?;
    finish(
        FormReply::Done {
            to: "/register/check-email".into(),
            notice: None,
            boot: None,
        },
        "register",
        back,
        vec![],
    )
    .await
}

/// How long a confirmation link works.
pub const CONFIRM_VALID_SECS: i64 = 24 * 3600;

/// Creates the account from a confirmed registration and signs the person in. The password
/// chosen at registration must be typed again: someone who registers another person's
/// address cannot have that person confirm an account whose password the registrant knows
/// (the link alone only proves the address; the password proves it is the same person).
#[server(endpoint = "confirm_registration")]
pub async fn confirm_registration(
    token: String,
    #[server(default)] password: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::store;
    use crate::platform::people::Role;
    use crate::platform::{self, audit, request, session, throttle};
    let st = platform::state()?;
    let ctx = request::ctx()?;
    let password = password.unwrap_or_default();
    let back = format!(
        "/register/confirm?token={}",
        crate::forms::urlencode(&token)
    );
    let well_formed = token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit());
    let hash = if well_formed {
        store::pending_password_hash(&st.db, &session::hash_token(&token)).await?
    } else {
        None
    };
    let Some(hash) = hash else {
        return finish(
            one("", crate::accounts::AccountProblem::LinkInvalid),
            "confirm",
            &back,
            vec![],
        )
        .await;
    };
    if password.is_empty() {
        return finish(
            one(
                "password",
                crate::accounts::AccountProblem::PasswordRequired,
            ),
            "confirm",
            &back,
            vec![],
        )
        .await;
    }
    // Guesses are counted per link and per address, before the password is checked.
    let s = &st.settings;
    let by_link = format!("confirm:{}", &token[..16]);
    let by_addr = format!("address:{}", ctx.client_ip);
    let a = throttle::attempt(&st.db, &by_link, s.login_limit_account, s.login_window_secs).await?;
    let b = throttle::attempt(&st.db, &by_addr, s.login_limit_address, s.login_window_secs).await?;
    if let Some(secs) = a.err().max(b.err()) {
        return finish(
            one(
                "",
                crate::forms::FormProblem::Throttled {
                    minutes: (secs + 59) / 60,
                },
            ),
            "confirm",
            &back,
            vec![],
        )
        .await;
    }
    if !store::verify_password(password, Some(hash)).await? {
        return finish(
            one(
                "password",
                crate::accounts::AccountProblem::CurrentPasswordWrong,
            ),
            "confirm",
            &back,
            vec![],
        )
        .await;
    }
    throttle::refund(&st.db, &by_addr).await?;
    // Taken in one statement: two confirmations at once create one account.
    let Some(p) = store::take_pending(&st.db, &session::hash_token(&token)).await? else {
        return finish(
            one("", crate::accounts::AccountProblem::LinkInvalid),
            "confirm",
            &back,
            vec![],
        )
        .await;
    };
    let id = store::create_user(
        &st.db,
        &store::NewUser {
            email: &p.email,
            password_hash: &p.password_hash,
            display_name: &p.display_name,
            district: p.district,
            role: Role::Resident,
            language: p.language,
            prefs: p.prefs,
        },
    )
    .await?;
    // The person proved they own the address: telling them it is taken reveals nothing.
    let Some(id) = id else {
        return finish(
            one("", crate::accounts::AccountProblem::EmailTaken),
            "confirm",
            &back,
            vec![],
        )
        .await;
    };
    audit::record(&st.db, Some(id), "account_created", Some(id), "").await?;
    if let Some(old) = &ctx.session_token {
        session::destroy(&st.db, old).await?;
    }
    let token = session::create(&st.db, &st.settings, id).await?;
    request::set_cookie(&session::cookie(&st.settings, Some(&token)));
    let user = session::lookup(&st.db, &st.settings, &token).await?;
    let boot = boot_after(user.as_ref(), None, None);
    finish(
        FormReply::Done {
            to: "/account".into(),
            notice: Some(crate::forms::Notice::from(
                crate::accounts::AccountNotice::Registered,
            )),
            boot: Some(Box::new(boot)),
        },
        "confirm",
        &back,
        vec![],
    )
    .await
}

#[server(endpoint = "sign_in")]
pub async fn sign_in(
    email: String,
    password: String,
    return_to: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::Email;
    use super::store;
    use crate::forms::{safe_return_to, urlencode, FieldError};
    use crate::platform::{self, audit, request, session, throttle};
    let st = platform::state()?;
    let ctx = request::ctx()?;
    let s = &st.settings;
    let back = format!(
        "/sign-in?return_to={}",
        urlencode(&safe_return_to(&return_to, "/account"))
    );
    let values = vec![("email".into(), email.clone())];

    let mut errors = Vec::new();
    let email_p = Email::parse(&email)
        .map_err(|p| errors.push(FieldError::new("email", p)))
        .ok();
    if password.is_empty() {
        errors.push(FieldError::new(
            "password",
            crate::accounts::AccountProblem::PasswordRequired,
        ));
    }
    let Some(email) = email_p.filter(|_| errors.is_empty()) else {
        return finish(FormReply::invalid(errors), "sign-in", &back, values).await;
    };

    let acct = format!("account:{}", email.as_str());
    let addr = format!("address:{}", ctx.client_ip);
    // Every attempt is counted before the password is checked (one statement per bucket), so
    // a burst of parallel guesses cannot all pass the check; a correct one is given back.
    let a = throttle::attempt(&st.db, &acct, s.login_limit_account, s.login_window_secs).await?;
    let b = throttle::attempt(&st.db, &addr, s.login_limit_address, s.login_window_secs).await?;
    if let Some(secs) = a.err().max(b.err()) {
        tracing::warn!(target: "security", "sign-in throttled");
        return finish(
            one(
                "",
                crate::forms::FormProblem::Throttled {
                    minutes: (secs + 59) / 60,
                },
            ),
            "sign-in",
            &back,
            values,
        )
        .await;
    }

    let creds = store::find_credentials(&st.db, email.as_str()).await?;
    let ok = store::verify_password(password, creds.as_ref().map(|c| c.1.clone())).await?;
    let Some((id, _)) = creds.filter(|_| ok) else {
        // The same answer whether the address is unknown or the password wrong.
        return finish(
            one("email", crate::accounts::AccountProblem::BadCredentials),
            "sign-in",
            &back,
            values,
        )
        .await;
    };
    throttle::clear(&st.db, &acct).await?;
    throttle::refund(&st.db, &addr).await?;
    // A new session id at every sign-in (no session fixation).
    if let Some(old) = &ctx.session_token {
        session::destroy(&st.db, old).await?;
    }
    let token = session::create(&st.db, s, id).await?;
    request::set_cookie(&session::cookie(s, Some(&token)));
    audit::record(&st.db, Some(id), "signed_in", Some(id), "").await?;
    let user = session::lookup(&st.db, s, &token).await?;
    let boot = boot_after(user.as_ref(), None, None);
    let to = safe_return_to(&return_to, "/account");
    finish(
        FormReply::Done {
            to,
            notice: Some(crate::forms::Notice::from(
                crate::accounts::AccountNotice::SignedIn,
            )),
            boot: Some(Box::new(boot)),
        },
        "sign-in",
        &back,
        vec![],
    )
    .await
}

#[server(endpoint = "sign_out")]
pub async fn sign_out() -> Result<FormReply, crate::platform::Failure> {
    use crate::platform::{self, audit, request, session};
    let st = platform::state()?;
    let ctx = request::ctx()?;
    if let (Some(token), Some(user)) = (&ctx.session_token, &ctx.user) {
        session::destroy(&st.db, token).await?;
        audit::record(&st.db, Some(user.id), "signed_out", Some(user.id), "").await?;
    }
    request::set_cookie(&session::cookie(&st.settings, None));
    // Keep the language the person was reading in.
    request::set_cookie(&lang_cookie(ctx.lang, st.settings.secure_cookies));
    let boot = boot_after(None, Some(ctx.lang), Some(ctx.prefs));
    finish(
        FormReply::Done {
            to: "/".into(),
            notice: Some(crate::forms::Notice::from(
                crate::accounts::AccountNotice::SignedOut,
            )),
            boot: Some(Box::new(boot)),
        },
        "sign-out",
        "/",
        vec![],
    )
    .await
}

#[server(endpoint = "change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::check_new_password;
    use super::store;
    use crate::forms::FieldError;
    use crate::platform::{self, audit, request, session, throttle};
    let back = "/account/password";
    let user = match require_user(back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "password", back, vec![]).await,
    };
    let st = platform::state()?;
    let ctx = request::ctx()?;
    let mut errors = Vec::new();
    if current_password.is_empty() {
        errors.push(FieldError::new(
            "current_password",
            crate::accounts::AccountProblem::PasswordRequired,
        ));
    }
    if let Err(p) = check_new_password(&new_password, Some(&user.email)) {
        errors.push(FieldError::new("new_password", p));
    }
    if !errors.is_empty() {
        return finish(FormReply::invalid(errors), "password", back, vec![]).await;
    }
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
            "password",
            back,
            vec![],
        )
        .await;
    }
    let hash = store::password_hash(&st.db, user.id).await?;
    if !store::verify_password(current_password, hash).await? {
        return finish(
            one(
                "current_password",
                crate::accounts::AccountProblem::CurrentPasswordWrong,
            ),
            "password",
            back,
            vec![],
        )
        .await;
    }
    throttle::clear(&st.db, &acct).await?;
    let new_hash = store::hash_password(new_password).await?;
    store::set_password(&st.db, user.id, &new_hash).await?;
    // Other devices are signed out; this one stays.
    session::destroy_all_for_user(&st.db, user.id, ctx.session_token.as_deref()).await?;
    audit::record(&st.db, Some(user.id), "password_changed", Some(user.id), "").await?;
    finish(
        FormReply::Done {
            to: "/account".into(),
            notice: Some(crate::forms::Notice::from(
                crate::accounts::AccountNotice::PasswordChanged,
            )),
            boot: None,
        },
        "password",
        back,
        vec![],
    )
    .await
}

#[server(endpoint = "update_profile")]
pub async fn update_profile(
    name: String,
    district: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{DisplayName, District};
    use super::store;
    use crate::forms::FieldError;
    use crate::platform::{self, audit, request, session};
    let back = "/account/profile";
    let values = vec![
        ("name".into(), name.clone()),
        ("district".into(), district.clone()),
    ];
    let user = match require_user(back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "profile", back, values).await,
    };
    let st = platform::state()?;
    let ctx = request::ctx()?;
    let mut errors = Vec::new();
    let name_p = DisplayName::parse(&name)
        .map_err(|p| errors.push(FieldError::new("name", p)))
        .ok();
    let district_p = District::parse(&district)
        .map_err(|p| errors.push(FieldError::new("district", p)))
        .ok();
    let (Some(name), Some(district), true) = (name_p, district_p, errors.is_empty()) else {
        return finish(FormReply::invalid(errors), "profile", back, values).await;
    };
    store::update_profile(&st.db, user.id, name.as_str(), district).await?;
    audit::record(&st.db, Some(user.id), "profile_updated", Some(user.id), "").await?;
    let fresh = match &ctx.session_token {
        Some(t) => session::lookup(&st.db, &st.settings, t).await?,
        None => None,
    };
    let boot = boot_after(fresh.as_ref(), None, None);
    finish(
        FormReply::Done {
            to: "/account".into(),
            notice: Some(crate::forms::Notice::from(
                crate::accounts::AccountNotice::ProfileSaved,
            )),
            boot: Some(Box::new(boot)),
        },
        "profile",
        back,
        vec![],
    )
    .await
}

#[server(endpoint = "set_language")]
pub async fn set_language(
    lang: String,
    return_to: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::store;
    use crate::forms::safe_return_to;
    use crate::i18n::Lang;
    use crate::platform::{self, request};
    let to = safe_return_to(&return_to, "/");
    let Some(lang) = Lang::from_code(&lang) else {
        return finish(
            one("lang", crate::forms::FormProblem::ChoiceInvalid),
            "language",
            &to,
            vec![],
        )
        .await;
    };
    let st = platform::state()?;
    let ctx = request::ctx()?;
    request::set_cookie(&lang_cookie(lang, st.settings.secure_cookies));
    if let Some(u) = &ctx.user {
        store::set_language(&st.db, u.id, lang).await?;
    }
    let mut boot = crate::forms::flow::page_boot(&ctx);
    boot.lang = lang;
    boot.form = None;
    boot.notice = None;
    finish(
        FormReply::Done {
            to,
            notice: None,
            boot: Some(Box::new(boot)),
        },
        "language",
        "/",
        vec![],
    )
    .await
}

#[server(endpoint = "set_display")]
pub async fn set_display(
    contrast: String,
    text_size: String,
    return_to: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::store;
    use crate::forms::{safe_return_to, FieldError};
    use crate::platform::people::{Contrast, DisplayPrefs, TextSize};
    use crate::platform::{self, request};
    let back = "/settings";
    let values = vec![
        ("contrast".into(), contrast.clone()),
        ("text_size".into(), text_size.clone()),
    ];
    let mut errors = Vec::new();
    if !matches!(contrast.as_str(), "standard" | "high") {
        errors.push(FieldError::new(
            "contrast",
            crate::forms::FormProblem::ChoiceInvalid,
        ));
    }
    if !matches!(text_size.as_str(), "standard" | "large") {
        errors.push(FieldError::new(
            "text_size",
            crate::forms::FormProblem::ChoiceInvalid,
        ));
    }
    if !errors.is_empty() {
        return finish(FormReply::invalid(errors), "display", back, values).await;
    }
    let prefs = DisplayPrefs {
        contrast: Contrast::from_code(&contrast),
        text_size: TextSize::from_code(&text_size),
    };
    let st = platform::state()?;
    let ctx = request::ctx()?;
    let secure = if st.settings.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    request::set_cookie(&format!(
        "{}={}; Path=/; SameSite=Lax; Max-Age=31536000{secure}",
        request::DISPLAY_COOKIE,
        prefs.to_cookie()
    ));
    if let Some(u) = &ctx.user {
        store::set_display(&st.db, u.id, prefs).await?;
    }
    let mut boot = crate::forms::flow::page_boot(&ctx);
    boot.prefs = prefs;
    boot.form = None;
    boot.notice = None;
    let to = safe_return_to(&return_to, back);
    finish(
        FormReply::Done {
            to,
            notice: Some(crate::forms::Notice::from(
                crate::accounts::AccountNotice::DisplaySaved,
            )),
            boot: Some(Box::new(boot)),
        },
        "display",
        back,
        vec![],
    )
    .await
}

#[server(endpoint = "delete_account")]
pub async fn delete_account(
    password: String,
    confirm: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::store;
    use crate::forms::FieldError;
    use crate::platform::{self, audit, request, session, throttle};
    let back = "/account/delete";
    let user = match require_user(back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "delete", back, vec![]).await,
    };
    let st = platform::state()?;
    let ctx = request::ctx()?;
    let mut errors = Vec::new();
    if password.is_empty() {
        errors.push(FieldError::new(
            "password",
            crate::accounts::AccountProblem::PasswordRequired,
        ));
    }
    if confirm.as_deref() != Some("yes") {
        errors.push(FieldError::new(
            "confirm",
            crate::forms::FormProblem::ConfirmRequired,
        ));
    }
    if !errors.is_empty() {
        return finish(FormReply::invalid(errors), "delete", back, vec![]).await;
    }
    // Password checks here are counted with sign-in's (a stolen session must not become an
    // unthrottled password oracle).
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
            "delete",
            back,
            vec![],
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
            "delete",
            back,
            vec![],
        )
        .await;
    }
    throttle::clear(&st.db, &acct).await?;
    store::delete_user(&st.db, user.id).await?;
    audit::record(&st.db, Some(user.id), "account_deleted", Some(user.id), "").await?;
    request::set_cookie(&session::cookie(&st.settings, None));
    request::set_cookie(&lang_cookie(ctx.lang, st.settings.secure_cookies));
    let boot = boot_after(None, Some(ctx.lang), Some(ctx.prefs));
    finish(
        FormReply::Done {
            to: "/".into(),
            notice: Some(crate::forms::Notice::from(
                crate::accounts::AccountNotice::AccountDeleted,
            )),
            boot: Some(Box::new(boot)),
        },
        "delete",
        back,
        vec![],
    )
    .await
}

/// The signed-in user's own profile.
#[server(endpoint = "profile")]
pub async fn get_profile() -> Result<Profile, crate::platform::Failure> {
    use super::store;
    use crate::platform::{self, request};
    let Some(user) = request::ctx()?.user else {
        return deny(crate::forms::FormProblem::NotSignedIn);
    };
    let st = platform::state()?;
    match store::profile(&st.db, user.id).await? {
        Some(p) => Ok(p),
        None => deny(crate::forms::FormProblem::NotSignedIn),
    }
}
