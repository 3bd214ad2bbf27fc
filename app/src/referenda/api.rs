//! Server functions of district referenda. Voting needs an account in one of the districts
//! asked and the person's identity (one vote per person, checked with the budget's keyed
//! hash); results appear only at the close; clerks create referenda.
use super::{LiveTurnout, RefCard, RefView};
use crate::forms::FormReply;
use leptos::prelude::*;
use std::collections::HashMap;

#[cfg(feature = "ssr")]
pub(crate) mod util {
    use super::super::rules::{self, RefPhase};
    use super::super::store::{self, RefRow};
    use super::super::{RefCard, RefResults};
    use crate::platform::{krakow_time as kt, now, Db};

    pub fn phase(r: &RefRow) -> RefPhase {
        rules::phase(r.opens_at, r.closes_at, now())
    }

    pub async fn card(db: &Db, r: &RefRow) -> Result<RefCard, sqlx::Error> {
        let voters = store::tally(db, r.id).await?.iter().map(|t| t.2).sum();
        Ok(RefCard {
            id: r.id,
            title: r.title.clone(),
            question: r.question.clone(),
            districts: r.districts.clone(),
            opens: kt::label(r.opens_at),
            closes: kt::label(r.closes_at),
            phase: phase(r),
            voters,
            electorate: r.electorate,
            quorum: r.quorum,
        })
    }

    pub async fn results(db: &Db, r: &RefRow) -> Result<RefResults, sqlx::Error> {
        let n = r.options.len();
        let mut answers = vec![0u64; n];
        let mut by_district: Vec<(crate::forms::District, u64, Vec<u64>)> =
            r.districts.iter().map(|d| (*d, 0, vec![0; n])).collect();
        for (d, a, v) in store::tally(db, r.id).await? {
            if a < n {
                answers[a] += v;
                if let Some(row) = by_district.iter_mut().find(|x| x.0 == d) {
                    row.1 += v;
                    row.2[a] += v;
                }
            }
        }
        let outcome = rules::outcome(&answers, r.electorate, r.quorum);
        Ok(RefResults {
            answers,
            by_district,
            outcome,
        })
    }

    /// Who may vote: a resident whose identity a clerk confirmed, living (by the verified
    /// address) in one of the referendum's districts when voting opened. Ok: (the person's
    /// keyed hash, the district).
    pub async fn eligibility(
        st: &crate::platform::AppState,
        account: i64,
        r: &RefRow,
    ) -> Result<Result<(String, crate::forms::District), crate::forms::Problem>, sqlx::Error> {
        use crate::identity::{rules::Level, store as identity};
        let Some(id) = identity::of_account(&st.db, account)
            .await?
            .filter(|i| i.level == Level::Verified)
        else {
            return Ok(Err(
                crate::identity::IdentityProblem::IdentityNotVerified.into()
            ));
        };
        match identity::district_at(&st.db, account, r.opens_at).await? {
            Some(d) if r.districts.contains(&d) => Ok(Ok((id.hash, d))),
            _ => Ok(Err(
                crate::referenda::ReferendumProblem::ReferendumNotEligible.into(),
            )),
        }
    }

    pub async fn turnout(db: &Db, r: &RefRow) -> Result<super::super::LiveTurnout, sqlx::Error> {
        let mut by_district: Vec<(crate::forms::District, u64)> =
            r.districts.iter().map(|d| (*d, 0)).collect();
        for (d, _, v) in store::tally(db, r.id).await? {
            if let Some(x) = by_district.iter_mut().find(|x| x.0 == d) {
                x.1 += v;
            }
        }
        Ok(super::super::LiveTurnout {
            voters: by_district.iter().map(|x| x.1).sum(),
            electorate: r.electorate,
            by_district,
        })
    }
}

/// Every referendum with its live turnout (public).
#[server(endpoint = "referenda/list")]
pub async fn list_referenda() -> Result<Vec<RefCard>, crate::platform::Failure> {
    use super::store;

    use crate::platform;
    let st = platform::state()?;
    let mut out = Vec::new();
    for r in store::all(&st.db).await? {
        out.push(util::card(&st.db, &r).await?);
    }
    // Open first, then upcoming, then closed.
    out.sort_by_key(|c| match c.phase {
        super::RefPhase::Open => 0,
        super::RefPhase::NotOpen => 1,
        super::RefPhase::Closed => 2,
    });
    Ok(out)
}

/// One referendum: what this person may do, and the results once it has closed.
#[server(endpoint = "referenda/get")]
pub async fn load_referendum(referendum_id: i64) -> Result<RefView, crate::platform::Failure> {
    use super::{store, RefPhase, Standing};
    use crate::forms::flow::not_found;

    use crate::platform::{self, request};
    let st = platform::state()?;
    let Some(r) = store::get(&st.db, referendum_id).await? else {
        return not_found();
    };
    let user = request::ctx().ok().and_then(|c| c.user);
    let phase = util::phase(&r);
    let standing = match (phase, &user) {
        (RefPhase::NotOpen, _) => Standing::NotOpen,
        (RefPhase::Closed, _) => Standing::Closed,
        (RefPhase::Open, None) => Standing::SignInNeeded,
        (RefPhase::Open, Some(u)) => {
            if store::has_voted_account(&st.db, r.id, u.id).await? {
                Standing::Voted
            } else {
                match util::eligibility(&st, u.id, &r).await? {
                    Ok(_) => Standing::CanVote,
                    Err(p) if p == crate::identity::IdentityProblem::IdentityNotVerified => {
                        Standing::NotVerified
                    }
                    Err(_) => Standing::OtherDistrict,
                }
            }
        }
    };
    let results = if phase == RefPhase::Closed {
        Some(util::results(&st.db, &r).await?)
    } else {
        None
    };
    Ok(RefView {
        card: util::card(&st.db, &r).await?,
        description: r.description.clone(),
        kind: r.kind,
        options: r.options.clone(),
        standing,
        results,
        turnout: util::turnout(&st.db, &r).await?,
    })
}

/// The turnout so far, for the live counter (never the answers before the close).
#[server(endpoint = "referenda/turnout")]
pub async fn load_turnout(referendum_id: i64) -> Result<LiveTurnout, crate::platform::Failure> {
    use super::store;
    use crate::forms::flow::not_found;

    use crate::platform;
    let st = platform::state()?;
    let Some(r) = store::get(&st.db, referendum_id).await? else {
        return not_found();
    };
    Ok(util::turnout(&st.db, &r).await?)
}

/// A vote: signed in, living in one of the districts asked, while voting is open, with the
/// person's identity; one vote per person and per account.
#[server(endpoint = "referenda/vote")]
pub async fn vote_referendum(
    referendum_id: i64,
    #[server(default)] answer: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::{store, RefPhase};
    use crate::forms::flow::{finish, not_found, one, require_user};
    use crate::forms::FieldError;
    use crate::platform::{self, audit, keys::hmac_hex};
    let st = platform::state()?;
    let back = format!("/referenda/{referendum_id}");
    let user = match require_user(&back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "referendum", &back, vec![]).await,
    };
    let Some(r) = store::get(&st.db, referendum_id).await? else {
        return not_found();
    };
    let answer = answer.unwrap_or_default();
    let values = vec![("answer".to_string(), answer.clone())];
    match util::phase(&r) {
        RefPhase::NotOpen => {
            return finish(
                one("", crate::referenda::ReferendumProblem::ReferendumNotOpen),
                "referendum",
                &back,
                values,
            )
            .await
        }
        RefPhase::Closed => {
            return finish(
                one("", crate::referenda::ReferendumProblem::ReferendumClosed),
                "referendum",
                &back,
                values,
            )
            .await
        }
        RefPhase::Open => {}
    }
    // The verified identity and the district of the verified address when voting opened:
    // never the profile's district, which the resident can edit.
    let (person, district) = match util::eligibility(&st, user.id, &r).await? {
        Ok(x) => x,
        Err(p) => return finish(one("", p), "referendum", &back, values).await,
    };
    let Some(answer) = answer
        .trim()
        .parse::<usize>()
        .ok()
        .filter(|a| *a < r.options.len())
    else {
        return finish(
            FormReply::invalid(vec![FieldError::new(
                "answer",
                crate::forms::FormProblem::AnswerRequired,
            )]),
            "referendum",
            &back,
            values,
        )
        .await;
    };
    // The person's keyed hash in this referendum's scope: hashes cannot be matched across votes.
    let identity = hmac_hex(
        st.keys.identity(),
        format!("konto-ref:{}:{person}", r.id).as_bytes(),
    );
    if !store::cast(&st.db, r.id, &identity, user.id, district, answer).await? {
        // The same account again (a double click): the vote stands and the page says so.
        if store::has_voted_account(&st.db, r.id, user.id).await? {
            return finish(
                FormReply::Done {
                    to: back.clone(),
                    notice: None,
                    boot: None,
                },
                "referendum",
                &back,
                vec![],
            )
            .await;
        }
        return finish(
            one(
                "",
                crate::referenda::ReferendumProblem::AlreadyVotedReferendum,
            ),
            "referendum",
            &back,
            values,
        )
        .await;
    }
    // The audit log notes that this account voted, never how.
    audit::record(
        &st.db,
        Some(user.id),
        "referendum_voted",
        None,
        &format!("referendum={}", r.id),
    )
    .await?;
    finish(
        FormReply::Done {
            to: back.clone(),
            notice: Some(crate::forms::Notice::from(
                crate::referenda::ReferendumNotice::ReferendumVoted,
            )),
            boot: None,
        },
        "referendum",
        &back,
        vec![],
    )
    .await
}

/// A new referendum (clerks and administrators).
#[server(endpoint = "staff/referenda/create")]
#[allow(clippy::too_many_arguments)]
pub async fn create_referendum(
    title: String,
    question: String,
    description: String,
    #[server(default)] kind: Option<String>,
    options: String,
    #[server(default)] districts: Option<HashMap<String, String>>,
    opens_date: String,
    opens_time: String,
    closes_date: String,
    closes_time: String,
    electorate: String,
    quorum: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::store;
    use crate::forms::flow::finish;
    use crate::forms::FieldError;
    use crate::platform::{self, audit, krakow_time as kt};
    let back = "/staff/referenda";
    let user = crate::forms::flow::require_staff()?;
    let kind = kind.unwrap_or_default();
    let districts = districts.unwrap_or_default();
    let mut values = crate::forms::flow::fields(&[
        ("title", &title),
        ("question", &question),
        ("description", &description),
        ("kind", &kind),
        ("options", &options),
        ("opens_date", &opens_date),
        ("opens_time", &opens_time),
        ("closes_date", &closes_date),
        ("closes_time", &closes_time),
        ("electorate", &electorate),
        ("quorum", &quorum),
    ]);
    values.extend(
        districts
            .keys()
            .map(|k| (format!("districts[{k}]"), "1".to_string())),
    );
    let ds: Vec<String> = districts
        .keys()
        .filter_map(|k| k.strip_prefix('d').map(str::to_string))
        .collect();
    let mut errors: Vec<FieldError> = Vec::new();
    let checked = super::rules::check_new(
        &title,
        &question,
        &description,
        &kind,
        &options,
        &ds,
        &electorate,
        &quorum,
    );
    if let Err(es) = &checked {
        errors.extend(es.iter().map(|(f, p)| FieldError::new(f, p.clone())));
    }
    let opens = kt::parse_local(&opens_date, &opens_time, (0, 0));
    let closes = kt::parse_local(&closes_date, &closes_time, (23, 59));
    if opens.is_none() {
        errors.push(FieldError::new(
            "opens_date",
            crate::forms::FormProblem::DateInvalid,
        ));
    }
    if closes.is_none() {
        errors.push(FieldError::new(
            "closes_date",
            crate::forms::FormProblem::DateInvalid,
        ));
    }
    if let (Some(o), Some(c)) = (opens, closes) {
        if c <= o {
            errors.push(FieldError::new(
                "closes_date",
                crate::forms::FormProblem::DatesOrder,
            ));
        }
    }
    let (Ok(n), Some(o), Some(c), true) = (checked, opens, closes, errors.is_empty()) else {
        return finish(FormReply::invalid(errors), "referendum-new", back, values).await;
    };
    let st = platform::state()?;
    let id = store::create(&st.db, &n, o, c, Some(user.id)).await?;
    audit::record(
        &st.db,
        Some(user.id),
        "referendum_created",
        None,
        &format!("referendum={id}"),
    )
    .await?;
    finish(
        FormReply::Done {
            to: format!("/referenda/{id}"),
            notice: Some(crate::forms::Notice::from(
                crate::referenda::ReferendumNotice::ReferendumSaved,
            )),
            boot: None,
        },
        "referendum-new",
        back,
        vec![],
    )
    .await
}
