//! Server functions of projects: residents submit them in the submission phase, clerks
//! accept or reject them (with a reason the author sees), the author may appeal a rejection
//! once, and accepted projects make the voting catalogue.
use super::{Catalogue, ProjectRow, ProjectView, SubmitView};
use crate::forms::FormReply;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::forms::flow::not_found;

#[cfg(feature = "ssr")]
async fn card_of(
    db: &crate::platform::Db,
    ed: &super::store::EditionRow,
) -> Result<super::EditionCard, crate::platform::Failure> {
    use super::store;
    let (projects, ballots) = store::counts_of(db, ed.id).await?;
    let pools = store::pools(db, ed.id).await?.len() as u32;
    Ok(super::api::counting::card(
        ed,
        crate::platform::now(),
        projects,
        ballots,
        pools,
    ))
}

/// Whether an item matches the catalogue's search and filters: words of `q` anywhere in the
/// number, title, description or address (any letter case), the pool, the category and the
/// largest cost.
pub fn matches(
    item: &super::CatalogueItem,
    q: &str,
    pool: Option<i64>,
    category: &str,
    max_cost: Option<crate::forms::Money>,
) -> bool {
    let hay = format!(
        "{} {} {} {}",
        item.number, item.title, item.description, item.address
    )
    .to_lowercase();
    q.split_whitespace()
        .all(|w| hay.contains(&w.to_lowercase()))
        && pool.is_none_or(|p| item.pool_id == p)
        && (category.is_empty() || item.category == category)
        && max_cost.is_none_or(|m| item.cost <= m)
}

/// The accepted projects of an edition, searched and filtered (public).
#[server(endpoint = "budget/catalogue")]
pub async fn load_catalogue(
    edition_id: i64,
    q: Option<String>,
    pool: Option<i64>,
    category: Option<String>,
    max_cost: Option<String>,
) -> Result<Catalogue, crate::platform::Failure> {
    use super::store;

    use crate::platform;
    let st = platform::state()?;
    let Some(ed) = store::edition(&st.db, edition_id).await? else {
        return not_found();
    };
    let all = store::catalogue(&st.db, ed.id).await?;
    let total = all.len() as u32;
    let max = max_cost.as_deref().and_then(crate::forms::Money::parse);
    let (q, category) = (q.unwrap_or_default(), category.unwrap_or_default());
    let items = all
        .into_iter()
        .filter(|i| matches(i, &q, pool, &category, max))
        .collect();
    let pools = store::pools(&st.db, ed.id)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    Ok(Catalogue {
        edition: card_of(&st.db, &ed).await?,
        pools,
        items,
        total,
    })
}

/// The submission form's data (signed-in residents).
#[server(endpoint = "budget/submit-form")]
pub async fn load_submit(edition_id: i64) -> Result<SubmitView, crate::platform::Failure> {
    use super::store;
    use crate::forms::flow::deny;

    use crate::platform::{self, request};
    let st = platform::state()?;
    if request::ctx().ok().and_then(|c| c.user).is_none() {
        return deny(crate::forms::FormProblem::NotSignedIn);
    }
    let Some(ed) = store::edition(&st.db, edition_id)
        .await?
        .filter(|e| !e.simulation)
    else {
        return not_found();
    };
    let pools = store::pools(&st.db, ed.id)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name, p.budget))
        .collect();
    Ok(SubmitView {
        edition: card_of(&st.db, &ed).await?,
        pools,
    })
}

/// A resident's project proposal: only in the submission phase, every field checked on the
/// server, the cost within the pool's money.
#[server(endpoint = "budget/submit")]
pub async fn submit_project(
    edition_id: i64,
    pool_id: String,
    title: String,
    description: String,
    cost: String,
    #[server(default)] category: Option<String>,
    address: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::{store, Phase};
    use crate::forms::flow::{finish, one, require_user};
    use crate::forms::FieldError;
    use crate::platform::{self, audit, now};
    let category = category.unwrap_or_default();
    let st = platform::state()?;
    let back = format!("/budget/{edition_id}/submit");
    let user = match require_user(&back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "submit", &back, vec![]).await,
    };
    let Some(ed) = store::edition(&st.db, edition_id)
        .await?
        .filter(|e| !e.simulation)
    else {
        return not_found();
    };
    let values = crate::forms::flow::fields(&[
        ("pool_id", &pool_id),
        ("title", &title),
        ("description", &description),
        ("cost", &cost),
        ("category", &category),
        ("address", &address),
    ]);
    if ed.timetable.phase(now()) != Phase::Submission {
        return finish(
            one("", crate::budget::BudgetProblem::SubmissionNotOpen),
            "submit",
            &back,
            values,
        )
        .await;
    }
    let pool = match pool_id.trim().parse::<i64>() {
        Ok(id) => store::pool(&st.db, id)
            .await?
            .filter(|p| p.edition_id == ed.id),
        Err(_) => None,
    };
    let proposal = match super::rules::check_proposal(
        &title,
        &description,
        &cost,
        &category,
        &address,
        pool.as_ref().map(|p| p.budget),
    ) {
        Ok(p) => p,
        Err(es) => {
            return finish(
                FormReply::invalid(es.into_iter().map(|(f, p)| FieldError::new(f, p)).collect()),
                "submit",
                &back,
                values,
            )
            .await
        }
    };
    let pool = pool.expect("checked with the proposal");
    let id = store::submit_project(&st.db, ed.id, &pool, &proposal, user.id).await?;
    audit::record(
        &st.db,
        Some(user.id),
        "budget_project_submitted",
        None,
        &format!("edition={} project={id}", ed.id),
    )
    .await?;
    finish(
        FormReply::Done {
            to: format!("/budget/project/{id}"),
            notice: Some(crate::forms::Notice::from(
                crate::budget::BudgetNotice::ProjectSubmitted,
            )),
            boot: None,
        },
        "submit",
        &back,
        vec![],
    )
    .await
}

/// One project. Accepted projects are public; others only to their author and to staff
/// (anyone else gets 404).
#[server(endpoint = "budget/project")]
pub async fn load_project(project_id: i64) -> Result<ProjectView, crate::platform::Failure> {
    use super::rules::ProjectStatus;
    use super::{store, Phase};

    use crate::platform::{self, now, request};
    let st = platform::state()?;
    let user = request::ctx().ok().and_then(|c| c.user);
    let Some(p) = store::project(&st.db, project_id).await? else {
        return not_found();
    };
    let staff = user.as_ref().is_some_and(|u| u.role.is_staff());
    let is_author = user.as_ref().is_some_and(|u| p.author == Some(u.id));
    if p.status != ProjectStatus::Accepted && !staff && !is_author {
        return not_found();
    }
    let Some(ed) = store::edition(&st.db, p.edition_id).await? else {
        return not_found();
    };
    let before_voting = ed.timetable.phase(now()) < Phase::Voting;
    let author = if staff {
        match p.author {
            Some(a) => crate::platform::session::display_name(&st.db, a).await?,
            None => None,
        }
    } else {
        None
    };
    // The reason, the appeal and the decision on it: for the author and staff only.
    let insider = staff || is_author;
    Ok(ProjectView {
        edition_id: ed.id,
        edition_name: ed.name.clone(),
        status: p.status,
        reason: if insider {
            p.reason.clone()
        } else {
            String::new()
        },
        appeal: if insider {
            p.appeal.clone()
        } else {
            String::new()
        },
        appeal_reason: if insider {
            p.appeal_reason.clone()
        } else {
            String::new()
        },
        author,
        is_author,
        may_appeal: is_author && before_voting && p.status.may_appeal(!p.appeal.is_empty()),
        may_decide: staff && before_voting && p.status.awaits_decision(),
        item: p.item,
    })
}

/// The signed-in resident's own projects, in every edition.
#[server(endpoint = "budget/my-projects")]
pub async fn load_my_projects() -> Result<Vec<ProjectRow>, crate::platform::Failure> {
    use super::store;
    use crate::forms::flow::deny;

    use crate::platform::{self, request};
    let st = platform::state()?;
    let Some(user) = request::ctx().ok().and_then(|c| c.user) else {
        return deny(crate::forms::FormProblem::NotSignedIn);
    };
    Ok(store::project_rows(&st.db, None, Some(user.id)).await?)
}

/// The author's one appeal of a rejection, before voting opens.
#[server(endpoint = "budget/appeal")]
pub async fn appeal_project(
    project_id: i64,
    appeal: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::{store, Phase};
    use crate::forms::flow::{finish, one, require_user};

    use crate::platform::{self, audit, now};
    let st = platform::state()?;
    let back = format!("/budget/project/{project_id}");
    let user = match require_user(&back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "appeal", &back, vec![]).await,
    };
    let Some(p) = store::project(&st.db, project_id)
        .await?
        .filter(|p| p.author == Some(user.id))
    else {
        return not_found();
    };
    let Some(ed) = store::edition(&st.db, p.edition_id).await? else {
        return not_found();
    };
    let values = vec![("appeal".to_string(), appeal.clone())];
    if ed.timetable.phase(now()) >= Phase::Voting || !p.status.may_appeal(!p.appeal.is_empty()) {
        return finish(
            one("", crate::budget::BudgetProblem::AppealNotAllowed),
            "appeal",
            &back,
            values,
        )
        .await;
    }
    let text = appeal.trim();
    if text.is_empty() {
        return finish(
            one("appeal", crate::forms::FormProblem::FieldRequired),
            "appeal",
            &back,
            values,
        )
        .await;
    }
    if text.chars().count() > super::rules::REASON_MAX {
        return finish(
            one(
                "appeal",
                crate::forms::FormProblem::TextTooLong {
                    max: super::rules::REASON_MAX as i64,
                },
            ),
            "appeal",
            &back,
            values,
        )
        .await;
    }
    if !store::appeal(&st.db, p.item.id, user.id, text).await? {
        return finish(
            one("", crate::budget::BudgetProblem::AppealNotAllowed),
            "appeal",
            &back,
            values,
        )
        .await;
    }
    audit::record(
        &st.db,
        Some(user.id),
        "budget_project_appealed",
        None,
        &format!("project={}", p.item.id),
    )
    .await?;
    finish(
        FormReply::Done {
            to: back.clone(),
            notice: Some(crate::forms::Notice::from(
                crate::budget::BudgetNotice::AppealSent,
            )),
            boot: None,
        },
        "appeal",
        &back,
        vec![],
    )
    .await
}

/// A clerk's decision on a submitted or appealed project: accept, or reject with a reason.
/// Until voting opens; the first of two clerks deciding at once counts.
#[server(endpoint = "budget/decide")]
pub async fn decide_project(
    project_id: i64,
    #[server(default)] decision: Option<String>,
    reason: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{self, ProjectStatus};
    use super::{store, Phase};
    use crate::forms::flow::{finish, one, require_staff};

    use crate::platform::{self, audit, now};
    let st = platform::state()?;
    let back = format!("/budget/project/{project_id}");
    let user = require_staff()?;
    let Some(p) = store::project(&st.db, project_id).await? else {
        return not_found();
    };
    let Some(ed) = store::edition(&st.db, p.edition_id).await? else {
        return not_found();
    };
    let decision = decision.unwrap_or_default();
    let values = vec![
        ("decision".to_string(), decision.clone()),
        ("reason".to_string(), reason.clone()),
    ];
    if ed.timetable.phase(now()) >= Phase::Voting {
        return finish(
            one("", crate::budget::BudgetProblem::VerificationClosed),
            "decide",
            &back,
            values,
        )
        .await;
    }
    let accept = match decision.as_str() {
        "accept" => true,
        "reject" => false,
        _ => {
            return finish(
                one("decision", crate::forms::FormProblem::ChoiceInvalid),
                "decide",
                &back,
                values,
            )
            .await
        }
    };
    let to = match rules::decide(p.status, accept, &reason) {
        Ok(s) => s,
        Err((f, problem)) => return finish(one(f, problem), "decide", &back, values).await,
    };
    if !store::decide(
        &st.db,
        p.item.id,
        p.status,
        to,
        if accept { "" } else { &reason },
        user.id,
    )
    .await?
    {
        return finish(
            one("", crate::budget::BudgetProblem::AlreadyDecided),
            "decide",
            &back,
            values,
        )
        .await;
    }
    audit::record(
        &st.db,
        Some(user.id),
        "budget_project_decided",
        None,
        &format!(
            "project={} from={} to={}",
            p.item.id,
            p.status.as_str(),
            to.as_str()
        ),
    )
    .await?;
    let notice = if to == ProjectStatus::Accepted {
        crate::forms::Notice::from(crate::budget::BudgetNotice::ProjectAccepted)
    } else {
        crate::forms::Notice::from(crate::budget::BudgetNotice::ProjectRejected)
    };
    finish(
        FormReply::Done {
            to: format!("/staff/budget/{}", ed.id),
            notice: Some(notice),
            boot: None,
        },
        "decide",
        &back,
        vec![],
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::matches;
    use crate::budget::CatalogueItem;

    fn item(number: &str, title: &str, cost: i64, category: &str, pool: i64) -> CatalogueItem {
        CatalogueItem {
            id: 1,
            number: number.into(),
            title: title.into(),
            description: "Nasadzenia wzdłuż alei".into(),
            cost: crate::forms::Money::from_grosze(cost),
            category: category.into(),
            address: "ul. Królewska 1".into(),
            pool_id: pool,
            pool_name: String::new(),
        }
    }

    #[test]
    fn the_catalogue_matches_every_word_pool_category_and_cost() {
        let a = item("VII-1", "Ławki w Parku Decjusza", 4_000_000, "green", 8);
        assert!(matches(&a, "", None, "", None));
        assert!(
            matches(&a, "ŁAWKI decjusza", None, "", None),
            "any letter case, every word"
        );
        assert!(
            matches(&a, "królewska", None, "", None),
            "the address counts"
        );
        assert!(matches(&a, "vii-1", None, "", None), "the number counts");
        assert!(
            !matches(&a, "ławki basen", None, "", None),
            "all words must be there"
        );
        assert!(
            matches(
                &a,
                "",
                Some(8),
                "green",
                Some(crate::forms::Money::from_grosze(4_000_000))
            ),
            "the largest cost is included"
        );
        assert!(!matches(&a, "", Some(1), "", None));
        assert!(!matches(&a, "", None, "sport", None));
        assert!(!matches(
            &a,
            "",
            None,
            "",
            Some(crate::forms::Money::from_grosze(3_999_999))
        ));
    }
}
