//! Server functions for answering surveys and reading results. Every one checks on the
//! server who is asking and whether the survey is open to them; nothing from the browser
//! is trusted (fields of other pages or made-up fields are dropped, rules re-checked).
use super::results::Results;
use super::{Answering, Survey, SurveyCard};
use crate::forms::FormReply;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What the person looking at a survey's first page can do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    CanStart,
    /// A draft exists: continue where they left off.
    CanContinue,
    SignInNeeded,
    NotEligible,
    Answered,
    CodeNeeded,
    NotOpen,
    Closed,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Intro {
    pub survey: Survey,
    pub status: Status,
    pub staff: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyList {
    pub open: Vec<SurveyCard>,
    pub results: Vec<SurveyCard>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultsView {
    pub survey: Survey,
    pub results: Results,
    pub staff: bool,
    /// Anonymous answers stored but not yet among the results (they join in batches).
    pub waiting: u64,
}

#[cfg(feature = "ssr")]
pub(crate) mod guard {
    use super::super::{store, Audience, Phase, Survey};
    use super::Status;
    pub(crate) use crate::forms::flow::not_found;
    use crate::forms::Problem;
    use crate::platform::{self, request, session::SessionUser};
    use leptos::prelude::*;
    use sha2::{Digest, Sha256};

    pub const DRAFT_COOKIE: &str = "ko_survey";

    /// The participation record of a person, code or draft: a keyed hash (the server's
    /// participation key, kept outside the database), so that the table of participants
    /// holds no account ids or codes, and cannot be reversed by trying every account id.
    pub fn who(key: &[u8], survey: i64, whom: &str) -> String {
        platform::keys::hmac_hex(key, format!("konto-survey:{survey}:{whom}").as_bytes())
    }

    pub fn user() -> Option<SessionUser> {
        request::ctx().ok().and_then(|c| c.user)
    }

    pub fn staff() -> Option<SessionUser> {
        user().filter(|u| u.role.is_staff())
    }

    /// Whose draft: the account's, else this browser's (a session cookie, made when `create`).
    pub fn owner(create: bool) -> Option<String> {
        if let Some(u) = user() {
            return Some(format!("u:{}", u.id));
        }
        let headers = use_context::<http::request::Parts>()
            .map(|p| p.headers)
            .unwrap_or_default();
        if let Some(token) = request::cookie_value(&headers, DRAFT_COOKIE)
            .filter(|t| t.len() == 32 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        {
            return Some(format!(
                "c:{}",
                hex::encode(Sha256::digest(token.as_bytes()))
            ));
        }
        if !create {
            return None;
        }
        let token = platform::random_hex(16);
        set_draft_cookie(&token, false);
        Some(format!(
            "c:{}",
            hex::encode(Sha256::digest(token.as_bytes()))
        ))
    }

    pub fn set_draft_cookie(token: &str, clear: bool) {
        let secure = platform::state()
            .map(|s| s.settings.secure_cookies)
            .unwrap_or(false);
        let age = if clear { "; Max-Age=0" } else { "" };
        request::set_cookie(&format!(
            "{DRAFT_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax{age}{}",
            if secure { "; Secure" } else { "" }
        ));
    }

    /// The survey, or 404 (also for a survey not open yet, unless staff are looking).
    pub async fn survey(id: i64) -> Result<Survey, crate::platform::Failure> {
        let st = platform::state()?;
        match store::get(&st.db, id).await? {
            Some(s) if s.phase != Phase::NotOpen || staff().is_some() => Ok(s),
            _ => not_found(),
        }
    }

    /// Whether this person may answer now (codes are checked when entered).
    pub async fn status(s: &Survey, has_draft: bool) -> Result<Status, crate::platform::Failure> {
        let st = platform::state()?;
        match s.phase {
            Phase::NotOpen => return Ok(Status::NotOpen),
            Phase::Closed => return Ok(Status::Closed),
            Phase::Open => {}
        }
        let u = user();
        if let Some(u) = &u {
            if matches!(s.audience, Audience::SignedIn | Audience::Districts)
                && store::participated(
                    &st.db,
                    s.id,
                    &who(st.keys.participation(), s.id, &format!("user:{}", u.id)),
                )
                .await?
            {
                return Ok(Status::Answered);
            }
        }
        let eligible = match s.audience {
            Audience::Anyone => Ok(()),
            Audience::Codes => Ok(()),
            Audience::SignedIn => u.as_ref().map(|_| ()).ok_or(Status::SignInNeeded),
            Audience::Districts => match &u {
                None => Err(Status::SignInNeeded),
                Some(u) if s.districts.contains(&u.district) => Ok(()),
                Some(_) => Err(Status::NotEligible),
            },
        };
        Ok(match eligible {
            Err(s) => s,
            Ok(()) if has_draft => Status::CanContinue,
            Ok(()) if s.audience == Audience::Codes => Status::CodeNeeded,
            Ok(()) => Status::CanStart,
        })
    }

    pub fn status_problem(s: Status) -> Problem {
        match s {
            Status::SignInNeeded => crate::forms::FormProblem::NotSignedIn.into(),
            Status::NotEligible => crate::surveys::SurveyProblem::NotEligible.into(),
            Status::Answered => crate::surveys::SurveyProblem::AlreadyAnswered.into(),
            Status::NotOpen => crate::surveys::SurveyProblem::SurveyNotOpen.into(),
            Status::Closed => crate::surveys::SurveyProblem::SurveyClosed.into(),
            Status::CodeNeeded => crate::surveys::SurveyProblem::CodeInvalid.into(),
            Status::CanStart | Status::CanContinue => crate::forms::FormProblem::Unexpected.into(),
        }
    }

    pub(crate) use crate::forms::flow::require_staff;
}

#[server(endpoint = "surveys/list")]
pub async fn list_surveys(district: Option<i64>) -> Result<SurveyList, crate::platform::Failure> {
    use super::{store, Audience, Phase};

    use crate::platform;
    let st = platform::state()?;
    let all = store::all(&st.db).await?;
    let owner = guard::owner(false);
    let drafts = match &owner {
        Some(o) => store::drafts_of(&st.db, o).await?,
        None => vec![],
    };
    let answered = match guard::user() {
        Some(u) => {
            let ids: Vec<i64> = all.iter().map(|s| s.id).collect();
            store::participated_in(
                &st.db,
                |s| guard::who(st.keys.participation(), s, &format!("user:{}", u.id)),
                &ids,
            )
            .await?
        }
        None => vec![],
    };
    let for_district = |s: &&Survey| match district {
        None => true,
        Some(d) => {
            s.audience != Audience::Districts
                || u8::try_from(d)
                    .ok()
                    .and_then(crate::forms::District::new)
                    .is_some_and(|d| s.districts.contains(&d))
        }
    };
    let open = all
        .iter()
        .filter(|s| s.phase == Phase::Open)
        .filter(for_district)
        .map(|s| store::card(s, drafts.contains(&s.id), answered.contains(&s.id)))
        .collect();
    let results = all
        .iter()
        .filter(|s| s.phase == Phase::Closed && s.public_results)
        .filter(for_district)
        .map(|s| store::card(s, false, answered.contains(&s.id)))
        .collect();
    Ok(SurveyList { open, results })
}

#[server(endpoint = "surveys/intro")]
pub async fn survey_intro(id: i64) -> Result<Intro, crate::platform::Failure> {
    use super::store;

    use crate::platform;
    let st = platform::state()?;
    let survey = guard::survey(id).await?;
    let has_draft = match guard::owner(false) {
        Some(o) => store::draft(&st.db, &o, id).await?.is_some(),
        None => false,
    };
    let status = guard::status(&survey, has_draft).await?;
    Ok(Intro {
        survey,
        status,
        staff: guard::staff().is_some(),
    })
}

/// Starts (or continues) answering; for code surveys, checks the one-time code first.
#[server(endpoint = "surveys/start")]
pub async fn start_survey(
    survey_id: i64,
    code: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{normalise_code, visible_pages};
    use super::{store, Audience};
    use crate::forms::flow::{finish, one};

    use crate::platform;
    let st = platform::state()?;
    let back = format!("/surveys/{survey_id}");
    let survey = guard::survey(survey_id).await?;
    let values = vec![("code".to_string(), code.clone().unwrap_or_default())];
    let owner_now = guard::owner(false);
    let existing = match &owner_now {
        Some(o) => store::draft(&st.db, o, survey_id).await?,
        None => None,
    };
    let status = guard::status(&survey, existing.is_some()).await?;
    let mut draft_code = existing.as_ref().and_then(|d| d.1.clone());
    match status {
        Status::SignInNeeded => {
            let to = format!("/sign-in?return_to={}", crate::forms::urlencode(&back));
            return finish(
                FormReply::Done {
                    to,
                    notice: None,
                    boot: None,
                },
                "start",
                &back,
                values,
            )
            .await;
        }
        s @ (Status::NotEligible | Status::Answered | Status::NotOpen | Status::Closed) => {
            return finish(one("", guard::status_problem(s)), "start", &back, values).await;
        }
        Status::CodeNeeded | Status::CanStart | Status::CanContinue => {}
    }
    if survey.audience == Audience::Codes && draft_code.is_none() {
        // Wrong codes are counted per address, like failed sign-ins: guessing is slowed down.
        use crate::platform::{request, throttle};
        let s = &st.settings;
        let bucket = format!("survey-code:{}", request::ctx()?.client_ip);
        if let Err(secs) =
            throttle::attempt(&st.db, &bucket, s.login_limit_address, s.login_window_secs).await?
        {
            return finish(
                one(
                    "code",
                    crate::forms::FormProblem::Throttled {
                        minutes: (secs + 59) / 60,
                    },
                ),
                "start",
                &back,
                values,
            )
            .await;
        }
        let problem = match normalise_code(code.as_deref().unwrap_or("")) {
            None => Some(crate::surveys::SurveyProblem::CodeInvalid),
            Some(c) => match store::code_used(&st.db, survey_id, &c).await? {
                None => Some(crate::surveys::SurveyProblem::CodeInvalid),
                Some(true) => Some(crate::surveys::SurveyProblem::CodeUsed),
                Some(false) => {
                    draft_code = Some(c);
                    None
                }
            },
        };
        if let Some(p) = problem {
            return finish(one("code", p), "start", &back, values).await;
        }
        // A good code is not a guess: given back, so that a kiosk's queue is not slowed.
        throttle::refund(&st.db, &bucket).await?;
    }
    let owner = guard::owner(true).ok_or(crate::platform::Failure::Internal)?;
    let answers = existing.map(|d| d.0).unwrap_or_default();
    store::put_draft(&st.db, &owner, survey_id, &answers, draft_code.as_deref()).await?;
    let first = visible_pages(&survey.def, &answers)
        .first()
        .copied()
        .unwrap_or(1);
    let to = format!("/surveys/{survey_id}/page/{first}");
    finish(
        FormReply::Done {
            to,
            notice: None,
            boot: None,
        },
        "start",
        &back,
        vec![],
    )
    .await
}

/// One page of answering, or the staff preview of the whole survey.
#[server(endpoint = "surveys/answering")]
pub async fn load_answering(
    survey_id: i64,
    preview: bool,
) -> Result<Answering, crate::platform::Failure> {
    use super::rules::visible_pages;
    use super::store;

    use crate::platform;
    let st = platform::state()?;
    let survey = guard::survey(survey_id).await?;
    if preview {
        guard::require_staff()?;
        let pages = survey.def.pages();
        return Ok(Answering {
            survey,
            answers: Default::default(),
            pages,
            preview: true,
        });
    }
    let draft = match guard::owner(false) {
        Some(o) => store::draft(&st.db, &o, survey_id).await?,
        None => None,
    };
    let Some((answers, _)) = draft else {
        return Err(crate::platform::Failure::NoDraft);
    };
    let pages = visible_pages(&survey.def, &answers);
    Ok(Answering {
        survey,
        answers,
        pages,
        preview: false,
    })
}

/// Saves one page. `go`: `next` (validate, then the next page or the review), `back`
/// (keep what was typed, no checks), `save` (signed in: keep and leave, resume later).
#[server(endpoint = "surveys/answer")]
pub async fn answer_page(
    survey_id: i64,
    page: u32,
    go: String,
    answers: HashMap<String, String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{clean_page, merge_page, validate_page, visible_pages};
    use super::{store, Answers, Phase};
    use crate::forms::flow::{finish, one};

    use crate::platform;
    let st = platform::state()?;
    let survey = guard::survey(survey_id).await?;
    let back = format!("/surveys/{survey_id}/page/{page}");
    let intro = format!("/surveys/{survey_id}");
    let posted: Answers = answers.into_iter().collect();
    let page_answers = clean_page(&survey.def, page, &posted);
    let values: Vec<(String, String)> = page_answers
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if survey.phase != Phase::Open {
        let p = if survey.phase == Phase::Closed {
            crate::surveys::SurveyProblem::SurveyClosed
        } else {
            crate::surveys::SurveyProblem::SurveyNotOpen
        };
        return finish(one("", p), "answers", &back, values).await;
    }
    let owner = guard::owner(false);
    let draft = match &owner {
        Some(o) => store::draft(&st.db, o, survey_id).await?,
        None => None,
    };
    let (Some(owner), Some((all, code))) = (owner, draft) else {
        // No answering in progress here (expired, or another browser): start again.
        return finish(
            FormReply::Done {
                to: intro.clone(),
                notice: None,
                boot: None,
            },
            "answers",
            &intro,
            vec![],
        )
        .await;
    };
    if !survey.def.pages().contains(&page) {
        return finish(
            FormReply::Done {
                to: intro.clone(),
                notice: None,
                boot: None,
            },
            "answers",
            &intro,
            vec![],
        )
        .await;
    }
    let merged = merge_page(&survey.def, page, &all, page_answers);
    let pages = visible_pages(&survey.def, &merged);
    match go.as_str() {
        "back" => {
            store::put_draft(&st.db, &owner, survey_id, &merged, code.as_deref()).await?;
            let to = match pages.iter().rev().find(|p| **p < page) {
                Some(p) => format!("/surveys/{survey_id}/page/{p}"),
                None => intro.clone(),
            };
            finish(
                FormReply::Done {
                    to,
                    notice: None,
                    boot: None,
                },
                "answers",
                &back,
                vec![],
            )
            .await
        }
        "save" if guard::user().is_some() => {
            store::put_draft(&st.db, &owner, survey_id, &merged, code.as_deref()).await?;
            finish(
                FormReply::Done {
                    to: "/surveys".into(),
                    notice: Some(crate::forms::Notice::from(
                        crate::forms::FormNotice::DraftSaved,
                    )),
                    boot: None,
                },
                "answers",
                &back,
                vec![],
            )
            .await
        }
        _ => {
            let errors = validate_page(&survey.def, page, &merged);
            if !errors.is_empty() {
                return finish(FormReply::invalid(errors), "answers", &back, values).await;
            }
            store::put_draft(&st.db, &owner, survey_id, &merged, code.as_deref()).await?;
            let to = match pages.iter().find(|p| **p > page) {
                Some(p) => format!("/surveys/{survey_id}/page/{p}"),
                None => format!("/surveys/{survey_id}/review"),
            };
            finish(
                FormReply::Done {
                    to,
                    notice: None,
                    boot: None,
                },
                "answers",
                &back,
                vec![],
            )
            .await
        }
    }
}

/// Stores the response once: a double click, a reload or a replayed request finds the
/// participation already recorded and goes to the same confirmation.
#[server(endpoint = "surveys/submit")]
pub async fn submit_survey(survey_id: i64) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{first_invalid_page, prune};
    use super::store::{self, NewResponse, Submitted};
    use super::{Audience, Phase};
    use crate::forms::flow::{finish, one};

    use crate::platform;
    let st = platform::state()?;
    let survey = guard::survey(survey_id).await?;
    let back = format!("/surveys/{survey_id}/review");
    let thanks = format!("/surveys/{survey_id}/thanks");
    let intro = format!("/surveys/{survey_id}");
    let done = |to: String| FormReply::Done {
        to,
        notice: None,
        boot: None,
    };
    if survey.phase != Phase::Open {
        let p = if survey.phase == Phase::Closed {
            crate::surveys::SurveyProblem::SurveyClosed
        } else {
            crate::surveys::SurveyProblem::SurveyNotOpen
        };
        return finish(one("", p), "submit", &back, vec![]).await;
    }
    let user = guard::user();
    let owner = guard::owner(false);
    let draft = match &owner {
        Some(o) => store::draft(&st.db, o, survey_id).await?,
        None => None,
    };
    let (Some(owner), Some((answers, code))) = (owner, draft) else {
        // Already stored (a second click or a replay), or nothing in progress.
        let answered = match &user {
            Some(u) => {
                store::participated(
                    &st.db,
                    survey_id,
                    &guard::who(
                        st.keys.participation(),
                        survey_id,
                        &format!("user:{}", u.id),
                    ),
                )
                .await?
            }
            None => false,
        };
        let to = if answered { thanks } else { intro.clone() };
        return finish(done(to), "submit", &back, vec![]).await;
    };
    let answers = prune(&survey.def, &answers);
    if let Some(p) = first_invalid_page(&survey.def, &answers) {
        return finish(
            done(format!("/surveys/{survey_id}/page/{p}")),
            "submit",
            &back,
            vec![],
        )
        .await;
    }
    let key = match (survey.audience, &user, &code) {
        (Audience::Codes, _, Some(c)) => format!("code:{c}"),
        (Audience::Codes, _, None) => return finish(done(intro), "submit", &back, vec![]).await,
        (Audience::Anyone, None, _) => format!("draft:{owner}"),
        (Audience::Anyone, Some(u), _) => format!("user:{}", u.id),
        (Audience::SignedIn, Some(u), _) => format!("user:{}", u.id),
        (Audience::Districts, Some(u), _) if survey.districts.contains(&u.district) => {
            format!("user:{}", u.id)
        }
        (Audience::Districts, Some(_), _) => {
            return finish(
                one("", crate::surveys::SurveyProblem::NotEligible),
                "submit",
                &back,
                vec![],
            )
            .await
        }
        (_, None, _) => {
            return finish(
                one("", crate::forms::FormProblem::NotSignedIn),
                "submit",
                &back,
                vec![],
            )
            .await
        }
    };
    let response = NewResponse {
        district: user.as_ref().map(|u| u.district),
        user_id: if survey.anonymous {
            None
        } else {
            user.as_ref().map(|u| u.id)
        },
        answers: &answers,
    };
    match store::submit(
        &st.db,
        survey_id,
        &guard::who(st.keys.participation(), survey_id, &key),
        code.as_deref(),
        &owner,
        &response,
    )
    .await?
    {
        Submitted::Stored | Submitted::AlreadyAnswered => {
            if owner.starts_with("c:") {
                // A kiosk's next visitor starts afresh.
                guard::set_draft_cookie("", true);
            }
            finish(done(thanks), "submit", &back, vec![]).await
        }
        Submitted::CodeUsed => {
            finish(
                one("", crate::surveys::SurveyProblem::CodeUsed),
                "submit",
                &back,
                vec![],
            )
            .await
        }
    }
}

/// Results: for staff at any time, for everyone after closing when the survey says so.
#[server(endpoint = "surveys/results")]
pub async fn survey_results(survey_id: i64) -> Result<ResultsView, crate::platform::Failure> {
    use super::{store, Phase};

    use crate::platform::{self, audit};
    let st = platform::state()?;
    let survey = guard::survey(survey_id).await?;
    let staff = guard::staff();
    if staff.is_none() && !(survey.phase == Phase::Closed && survey.public_results) {
        return guard::not_found();
    }
    let results = super::cache::results(&st.db, &survey.def, survey_id).await?;
    if let Some(u) = &staff {
        // Staff see text answers before anyone has reviewed them.
        audit::record(
            &st.db,
            Some(u.id),
            "viewed_survey_results",
            None,
            &format!("survey={survey_id}"),
        )
        .await?;
    }
    let waiting = store::queued(&st.db, survey_id).await?;
    Ok(ResultsView {
        survey,
        results: (*results).clone(),
        staff: staff.is_some(),
        waiting,
    })
}

/// Hides a text answer from the results and exports (or shows it again). Staff only.
#[server(endpoint = "surveys/hide")]
pub async fn hide_answer(
    survey_id: i64,
    response: String,
    question: String,
    hide: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::store;
    use crate::forms::flow::{finish, one};

    use crate::platform::{self, audit};
    let st = platform::state()?;
    let back = format!("/surveys/{survey_id}/results");
    let Some(u) = guard::staff() else {
        return finish(
            one("", crate::forms::FormProblem::NotAllowed),
            "hide",
            &back,
            vec![],
        )
        .await;
    };
    let hide = hide == "yes";
    if !store::set_hidden(&st.db, survey_id, &response, &question, hide, u.id).await? {
        return finish(
            one("", crate::forms::FormProblem::ChoiceInvalid),
            "hide",
            &back,
            vec![],
        )
        .await;
    }
    audit::record(
        &st.db,
        Some(u.id),
        if hide {
            "survey_answer_hidden"
        } else {
            "survey_answer_shown"
        },
        None,
        &format!("survey={survey_id} question={question}"),
    )
    .await?;
    let notice = if hide {
        crate::forms::Notice::from(crate::surveys::SurveyNotice::AnswerHidden)
    } else {
        crate::forms::Notice::from(crate::surveys::SurveyNotice::AnswerShown)
    };
    finish(
        FormReply::Done {
            to: format!("{back}#{question}"),
            notice: Some(notice),
            boot: None,
        },
        "hide",
        &back,
        vec![],
    )
    .await
}
