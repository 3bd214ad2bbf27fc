//! Server functions of the city card: the resident's own card, and taking it off.
use super::CardView;
use crate::forms::FormReply;
use leptos::prelude::*;

/// The signed-in resident's card as a clerk confirmed it, or None.
#[server(endpoint = "card")]
pub async fn my_card() -> Result<Option<CardView>, crate::platform::Failure> {
    use crate::forms::flow::deny;
    use crate::platform::{self, krakow_time as kt, now, request};
    let Some(user) = request::ctx()?.user else {
        return deny(crate::forms::FormProblem::NotSignedIn);
    };
    let st = platform::state()?;
    let today = crate::i18n::time::day_of(now());
    Ok(super::store::of_account(&st.db, user.id)
        .await?
        .and_then(|r| {
            let valid_until: jiff::civil::Date = r.valid_until.parse().ok()?;
            Some(CardView {
                number: r.number,
                valid_until,
                valid: valid_until >= today,
                confirmed_by: r.confirmed_by_name,
                office: r.office,
                confirmed_at: kt::label(r.confirmed_at),
            })
        }))
}

/// The resident takes the card off their account (lost, or moved away). Tickets already
/// bought keep their price.
#[server(endpoint = "card/remove")]
pub async fn remove_card() -> Result<FormReply, crate::platform::Failure> {
    use crate::forms::flow::{finish, one, require_user};
    use crate::platform::{self, audit};
    let back = "/account/card";
    let user = match require_user(back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "card", back, vec![]).await,
    };
    let st = platform::state()?;
    if !super::store::remove(&st.db, user.id).await? {
        return finish(
            one("", super::CardProblem::CardMissing),
            "card",
            back,
            vec![],
        )
        .await;
    }
    audit::record(&st.db, Some(user.id), "card_removed", Some(user.id), "").await?;
    finish(
        FormReply::Done {
            to: back.into(),
            notice: Some(super::CardNotice::CardRemoved.into()),
            boot: None,
        },
        "card",
        back,
        vec![],
    )
    .await
}
