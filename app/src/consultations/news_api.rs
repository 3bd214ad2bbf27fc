//! Server functions of news: what a resident follows and how they hear of it, and stopping
//! the e-mail from the link in any of them without signing in.
use super::rules::{Delivery, Topic};
use crate::forms::{District, FormReply};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the signed-in resident follows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FollowingView {
    pub districts: Vec<District>,
    pub topics: Vec<Topic>,
    pub everything: bool,
    pub delivery: Delivery,
    pub email: String,
}

#[server(endpoint = "consultations/following")]
pub async fn load_following() -> Result<FollowingView, crate::platform::Failure> {
    use crate::forms::flow::deny;
    use crate::forms::FormProblem;
    let Some(user) = crate::platform::request::ctx().ok().and_then(|c| c.user) else {
        return deny(FormProblem::NotSignedIn);
    };
    let st = crate::platform::state()?;
    let f = super::news::following(&st.db, user.id).await?.following;
    Ok(FollowingView {
        districts: f.districts,
        topics: f.topics,
        everything: f.everything,
        delivery: f.delivery,
        email: user.email,
    })
}

/// Saves what the resident follows (`districts[dN]`, `topics[code]`, `everything`) and how
/// they want to hear (`delivery`).
#[server(endpoint = "consultations/following/save")]
pub async fn save_following(
    #[server(default)] districts: std::collections::HashMap<String, String>,
    #[server(default)] topics: std::collections::HashMap<String, String>,
    #[server(default)] everything: Option<String>,
    #[server(default)] delivery: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::Following;
    use super::ConsultationNotice;
    use crate::forms::flow::{deny, finish};
    use crate::forms::{FieldError, FormProblem};
    let Some(user) = crate::platform::request::ctx().ok().and_then(|c| c.user) else {
        return deny(FormProblem::NotSignedIn);
    };
    let st = crate::platform::state()?;
    let back = "/consultations/following";
    let mut values: Vec<(String, String)> = Vec::new();
    for (k, v) in &districts {
        values.push((format!("districts[{k}]"), v.clone()));
    }
    for (k, v) in &topics {
        values.push((format!("topics[{k}]"), v.clone()));
    }
    let delivery_code = delivery.unwrap_or_default();
    values.push(("delivery".into(), delivery_code.clone()));
    if everything.as_deref() == Some("yes") {
        values.push(("everything".into(), "yes".into()));
    }
    let mut errors = Vec::new();
    let picked_districts: Option<Vec<District>> = districts
        .keys()
        .map(|k| {
            k.strip_prefix('d')
                .and_then(|n| n.parse::<u8>().ok())
                .and_then(District::new)
        })
        .collect();
    let picked_topics: Option<Vec<Topic>> = topics.keys().map(|k| Topic::parse(k)).collect();
    if picked_districts.is_none() {
        errors.push(FieldError::new("districts", FormProblem::ChoiceInvalid));
    }
    if picked_topics.is_none() {
        errors.push(FieldError::new("topics", FormProblem::ChoiceInvalid));
    }
    let delivery = Delivery::parse(delivery_code.trim());
    if delivery.is_none() {
        errors.push(FieldError::new("delivery", FormProblem::FieldRequired));
    }
    let (Some(mut ds), Some(mut ts), Some(delivery)) = (picked_districts, picked_topics, delivery)
    else {
        return finish(FormReply::invalid(errors), "following", back, values).await;
    };
    ds.sort();
    ts.sort();
    super::news::save_following(
        &st.db,
        user.id,
        &Following {
            districts: ds,
            topics: ts,
            everything: everything.as_deref() == Some("yes"),
            delivery,
        },
    )
    .await?;
    crate::forms::flow::done(back, ConsultationNotice::FollowingSaved, "following").await
}

/// Stops news by e-mail for the account the link names, without signing in: the token is
/// the account's keyed hash, so nobody stops someone else's.
#[server(endpoint = "consultations/unsubscribe")]
pub async fn unsubscribe_news(
    #[server(default)] a: String,
    #[server(default)] t: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::{ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{finish, one};
    let st = crate::platform::state()?;
    let back = format!(
        "/consultations/unsubscribe?a={}&t={}",
        crate::forms::urlencode(&a),
        crate::forms::urlencode(&t)
    );
    let account = a.trim().parse::<i64>().ok();
    let Some(account) = account.filter(|&id| super::news::token_valid(&st.keys, id, t.trim()))
    else {
        return finish(
            one("", ConsultationProblem::UnsubscribeLinkInvalid),
            "unsubscribe",
            &back,
            vec![],
        )
        .await;
    };
    super::news::stop_mail(&st.db, account).await?;
    crate::forms::flow::done(
        "/consultations/unsubscribe?done=1",
        ConsultationNotice::Unsubscribed,
        "unsubscribe",
    )
    .await
}
