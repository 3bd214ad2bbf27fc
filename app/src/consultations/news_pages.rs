//! Pages of news: what a resident follows and how they hear of it, and stopping the e-mail
//! from a link without signing in.
use super::news_api::{load_following, FollowingView, SaveFollowing, UnsubscribeNews};
use super::pages::topic_text;
use super::rules::{Delivery, Topic};
use crate::i18n::use_i18n;
use crate::t;
use crate::ui::{
    Checkbox, DistrictCheckboxes, ErrorSummary, Form, LoadFailed, PageHeading, PageTitle, Radios,
    RequireSignIn, Submit,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/consultations/following`: districts and topics to follow, and how to hear of news.
#[component]
pub fn FollowingPage() -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<SaveFollowing>::new();
    let form = Form::new("following", save);
    let data = Resource::new(|| (), |_| load_following());
    view! {
        <RequireSignIn>
            <PageTitle text=move || t!(i18n, "fol-title") />
            <PageHeading text=move || t!(i18n, "fol-title") />
            <p class="lead">{move || t!(i18n, "fol-lead")}</p>
            <Suspense fallback=move || {
                view! { <p>{move || t!(i18n, "loading")}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(v) => view! { <FollowingForm v form save /> }.into_any(),
                        Err(e) => {
                            view! {
                                <LoadFailed
                                    title=move || t!(i18n, "fol-title")
                                    error=e
                                    back=(
                                        "/consultations".to_string(),
                                        (move || t!(i18n, "con-back")).into(),
                                    )
                                />
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </RequireSignIn>
    }
}

#[component]
fn FollowingForm(v: FollowingView, form: Form, save: ServerAction<SaveFollowing>) -> impl IntoView {
    let i18n = use_i18n();
    let pending = save.pending();
    let topics_now = v.topics.clone();
    let topic_checked = move |t: Topic| {
        if form.has_flash() {
            form.value(&format!("topics[{}]", t.code())) == "yes"
        } else {
            topics_now.contains(&t)
        }
    };
    let email = v.email.clone();
    view! {
        <ErrorSummary form />
        <ActionForm action=save attr:class="form">
            <Checkbox
                form
                name="everything"
                checked=v.everything
                label=move || t!(i18n, "fol-everything")
            />
            <DistrictCheckboxes
                form
                legend=move || t!(i18n, "fol-districts")
                chosen=v.districts.clone()
            />
            <div class="field">
                <fieldset class="fieldset" id="f-topics" tabindex="-1">
                    <legend class="fieldset__legend">{move || t!(i18n, "fol-topics")}</legend>
                    <div class="checkboxes checkboxes--columns">
                        {Topic::ALL
                            .into_iter()
                            .map(|t| {
                                let id = format!("f-topic-{}", t.code());
                                view! {
                                    <div class="checkboxes__item">
                                        <input
                                            class="checkboxes__input"
                                            type="checkbox"
                                            id=id.clone()
                                            name=format!("topics[{}]", t.code())
                                            value="yes"
                                            checked=topic_checked(t)
                                        />
                                        <label class="checkboxes__label" for=id>
                                            {move || topic_text(i18n, t)}
                                        </label>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </div>
                </fieldset>
            </div>
            <Radios
                form
                name="delivery"
                legend=move || t!(i18n, "fol-delivery", email = email.clone())
                options=vec![
                    (Delivery::Daily.code(), (move || t!(i18n, "fol-daily")).into()),
                    (Delivery::AtOnce.code(), (move || t!(i18n, "fol-at-once")).into()),
                    (Delivery::PortalOnly.code(), (move || t!(i18n, "fol-portal-only")).into()),
                ]
                selected=v.delivery.code().to_string()
            />
            <Submit label=move || t!(i18n, "fol-save") pending=pending.into() />
        </ActionForm>
        <p>
            <a href="/consultations/notifications">{move || t!(i18n, "con-notifications-link")}</a>
        </p>
    }
}

/// `/consultations/unsubscribe?a=…&t=…`: stops news by e-mail with one button, without
/// signing in (the link in every news e-mail leads here).
#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let action = ServerAction::<UnsubscribeNews>::new();
    let form = Form::new("unsubscribe", action);
    let get = move |k: &str| query.read_untracked().get(k).unwrap_or_default();
    let (a, t_) = (get("a"), get("t"));
    let done = get("done") == "1";
    let pending = action.pending();
    view! {
        <PageTitle text=move || t!(i18n, "unsub-title") />
        <PageHeading text=move || t!(i18n, "unsub-title") />
        {if done {
            view! {
                <p>{move || t!(i18n, "unsub-done")}</p>
                <p>
                    <a href="/consultations/following">{move || t!(i18n, "unsub-settings")}</a>
                </p>
            }
                .into_any()
        } else {
            view! {
                <p>{move || t!(i18n, "unsub-lead")}</p>
                <ErrorSummary form />
                <ActionForm action attr:class="form">
                    <input type="hidden" name="a" value=a />
                    <input type="hidden" name="t" value=t_ />
                    <Submit label=move || t!(i18n, "unsub-button") pending=pending.into() />
                </ActionForm>
            }
                .into_any()
        }}
    }
}
