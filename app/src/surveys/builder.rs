//! Server functions of the survey builder (clerks and administrators).
use super::{CodeBatch, Editing, SurveyCard};
use crate::forms::FormReply;
use leptos::prelude::*;
use std::collections::HashMap;

pub const BATCH_MAX: i64 = 2000;

#[cfg(feature = "ssr")]
fn text(pl: &Option<String>, en: &Option<String>, uk: &Option<String>) -> super::Text {
    let t = |s: &Option<String>| s.as_deref().unwrap_or("").trim().replace("\r\n", "\n");
    super::Text {
        pl: t(pl),
        en: t(en),
        uk: t(uk),
    }
}

/// Parallel option lists: line K of each language is option K (Polish decides how many).
#[cfg(feature = "ssr")]
fn texts(pl: &Option<String>, en: &Option<String>, uk: &Option<String>) -> Vec<super::Text> {
    use super::rules::lines;
    let l = |s: &Option<String>| lines(s.as_deref().unwrap_or(""));
    let (pl, en, uk) = (l(pl), l(en), l(uk));
    pl.iter()
        .enumerate()
        .map(|(i, p)| super::Text {
            pl: p.clone(),
            en: en.get(i).cloned().unwrap_or_default(),
            uk: uk.get(i).cloned().unwrap_or_default(),
        })
        .collect()
}

#[cfg(feature = "ssr")]
fn forbidden_reply() {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::FORBIDDEN);
    }
}

#[server(endpoint = "staff/surveys")]
pub async fn staff_surveys() -> Result<Vec<SurveyCard>, crate::platform::Failure> {
    use super::api::guard;
    use super::store;

    use crate::platform;
    guard::require_staff()?;
    let st = platform::state()?;
    let all = store::all(&st.db).await?;
    Ok(all.iter().map(|s| store::card(s, false, false)).collect())
}

#[server(endpoint = "staff/surveys/create")]
pub async fn create_survey(title_pl: String) -> Result<FormReply, crate::platform::Failure> {
    use super::api::guard;
    use super::{store, Audience, SurveyDef, Text};
    use crate::forms::flow::{finish, one};

    use crate::platform::{self, audit, now};
    let back = "/staff/surveys";
    let Some(u) = guard::staff() else {
        forbidden_reply();
        return finish(
            one("", crate::forms::FormProblem::NotAllowed),
            "create",
            back,
            vec![],
        )
        .await;
    };
    let title = title_pl.trim();
    if title.is_empty() {
        return finish(
            one("title_pl", crate::forms::FormProblem::TextRequired),
            "create",
            back,
            vec![],
        )
        .await;
    }
    if title.chars().count() > 200 {
        return finish(
            one(
                "title_pl",
                crate::forms::FormProblem::TextTooLong { max: 200 },
            ),
            "create",
            back,
            vec![("title_pl".into(), title_pl)],
        )
        .await;
    }
    let st = platform::state()?;
    let def = SurveyDef {
        title: Text::pl(title),
        ..Default::default()
    };
    // A new survey opens in a week and runs for a month, until the clerk says otherwise.
    let day = 86400;
    let settings = store::Settings {
        opens_at: now() + 7 * day,
        closes_at: now() + 37 * day,
        audience: Audience::SignedIn,
        districts: vec![],
        anonymous: true,
        public_results: true,
    };
    let id = store::create(&st.db, &def, &settings, u.id).await?;
    audit::record(
        &st.db,
        Some(u.id),
        "survey_created",
        None,
        &format!("survey={id}"),
    )
    .await?;
    finish(
        FormReply::Done {
            to: format!("/staff/surveys/{id}"),
            notice: Some(crate::forms::Notice::from(
                crate::surveys::SurveyNotice::SurveySaved,
            )),
            boot: None,
        },
        "create",
        back,
        vec![],
    )
    .await
}

#[server(endpoint = "staff/surveys/editing")]
pub async fn load_editing(survey_id: i64) -> Result<Editing, crate::platform::Failure> {
    use super::api::guard;
    use super::store;

    use crate::platform;
    guard::require_staff()?;
    let st = platform::state()?;
    let Some(survey) = store::get(&st.db, survey_id).await? else {
        return guard::not_found();
    };
    let batches = store::batches(&st.db, survey_id).await?;
    Ok(Editing { survey, batches })
}

#[server(endpoint = "staff/surveys/save")]
#[allow(clippy::too_many_arguments)]
pub async fn save_survey(
    survey_id: i64,
    title_pl: Option<String>,
    title_en: Option<String>,
    title_uk: Option<String>,
    intro_pl: Option<String>,
    intro_en: Option<String>,
    intro_uk: Option<String>,
    opens_date: String,
    opens_time: String,
    closes_date: String,
    closes_time: String,
    audience: String,
    districts: Option<HashMap<String, String>>,
    anonymous: Option<String>,
    public_results: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::api::guard;
    use super::{store, Audience};
    use crate::forms::flow::{finish, one};
    use crate::forms::FieldError;
    use crate::platform::{self, audit, krakow_time as kt};
    let back = format!("/staff/surveys/{survey_id}");
    let mut values: Vec<(String, String)> = [
        ("title_pl", &title_pl),
        ("title_en", &title_en),
        ("title_uk", &title_uk),
        ("intro_pl", &intro_pl),
        ("intro_en", &intro_en),
        ("intro_uk", &intro_uk),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.clone().unwrap_or_default()))
    .collect();
    values.extend([
        ("opens_date".into(), opens_date.clone()),
        ("opens_time".into(), opens_time.clone()),
        ("closes_date".into(), closes_date.clone()),
        ("closes_time".into(), closes_time.clone()),
        ("audience".into(), audience.clone()),
    ]);
    let Some(u) = guard::staff() else {
        forbidden_reply();
        return finish(
            one("", crate::forms::FormProblem::NotAllowed),
            "settings",
            &back,
            values,
        )
        .await;
    };
    let st = platform::state()?;
    let Some(mut survey) = store::get(&st.db, survey_id).await? else {
        return guard::not_found();
    };
    let old = store::settings(&st.db, survey_id)
        .await?
        .ok_or(crate::platform::Failure::NotFound)?;
    let mut errors = Vec::new();
    let title = text(&title_pl, &title_en, &title_uk);
    if title.is_empty() {
        errors.push(FieldError::new(
            "title_pl",
            crate::forms::FormProblem::TextRequired,
        ));
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
    let audience_p = Audience::parse(&audience);
    if audience_p.is_none() {
        errors.push(FieldError::new(
            "audience",
            crate::forms::FormProblem::ChoiceInvalid,
        ));
    }
    let mut chosen: Vec<crate::forms::District> = districts
        .unwrap_or_default()
        .into_keys()
        .filter_map(|k| k.strip_prefix('d').and_then(|n| n.parse().ok()))
        .filter_map(crate::forms::District::new)
        .collect();
    chosen.sort_unstable();
    chosen.dedup();
    if audience_p == Some(Audience::Districts) && chosen.is_empty() {
        errors.push(FieldError::new(
            "districts",
            crate::forms::FormProblem::DistrictsRequired,
        ));
    }
    let anonymous = anonymous.as_deref() == Some("yes");
    // Anonymity is a promise made to those who already answered: it cannot change then.
    if survey.locked() && anonymous != old.anonymous {
        errors.push(FieldError::new(
            "anonymous",
            crate::surveys::SurveyProblem::QuestionsLocked,
        ));
    }
    if !errors.is_empty() {
        for d in &chosen {
            values.push((format!("districts[d{}]", d.number()), "1".into()));
        }
        values.push((
            "anonymous".into(),
            if anonymous {
                "yes".into()
            } else {
                String::new()
            },
        ));
        values.push((
            "public_results".into(),
            public_results.clone().unwrap_or_default(),
        ));
        return finish(FormReply::invalid(errors), "settings", &back, values).await;
    }
    survey.def.title = title;
    survey.def.intro = text(&intro_pl, &intro_en, &intro_uk);
    let settings = store::Settings {
        opens_at: opens.unwrap_or_default(),
        closes_at: closes.unwrap_or_default(),
        audience: audience_p.unwrap_or(Audience::SignedIn),
        districts: if audience_p == Some(Audience::Districts) {
            chosen
        } else {
            vec![]
        },
        anonymous,
        public_results: public_results.as_deref() == Some("yes"),
    };
    store::save(&st.db, survey_id, &survey.def, &settings).await?;
    audit::record(
        &st.db,
        Some(u.id),
        "survey_saved",
        None,
        &format!("survey={survey_id}"),
    )
    .await?;
    finish(
        FormReply::Done {
            to: back.clone(),
            notice: Some(crate::forms::Notice::from(
                crate::surveys::SurveyNotice::SurveySaved,
            )),
            boot: None,
        },
        "settings",
        &back,
        vec![],
    )
    .await
}

#[server(endpoint = "staff/surveys/question")]
#[allow(clippy::too_many_arguments)]
pub async fn save_question(
    survey_id: i64,
    key: String,
    kind: String,
    page: String,
    required: Option<String>,
    text_pl: Option<String>,
    text_en: Option<String>,
    text_uk: Option<String>,
    help_pl: Option<String>,
    help_en: Option<String>,
    help_uk: Option<String>,
    options_pl: Option<String>,
    options_en: Option<String>,
    options_uk: Option<String>,
    items_pl: Option<String>,
    items_en: Option<String>,
    items_uk: Option<String>,
    other: Option<String>,
    min_choices: Option<String>,
    max_choices: Option<String>,
    scale_min: Option<String>,
    scale_max: Option<String>,
    low_pl: Option<String>,
    low_en: Option<String>,
    low_uk: Option<String>,
    high_pl: Option<String>,
    high_en: Option<String>,
    high_uk: Option<String>,
    max_len: Option<String>,
    show_if: Option<String>,
    show_if_values: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::api::guard;
    use super::rules::{check_question, only_texts_changed};
    use super::{store, Condition, Kind, Question};
    use crate::forms::flow::{finish, one};
    use crate::forms::FieldError;
    use crate::platform::{self, audit};
    let is_new = key.is_empty();
    let back = if is_new {
        format!("/staff/surveys/{survey_id}/questions/new?kind={kind}")
    } else {
        format!("/staff/surveys/{survey_id}/questions/{key}")
    };
    let values: Vec<(String, String)> = [
        ("page", Some(page.clone())),
        ("required", required.clone()),
        ("text_pl", text_pl.clone()),
        ("text_en", text_en.clone()),
        ("text_uk", text_uk.clone()),
        ("help_pl", help_pl.clone()),
        ("help_en", help_en.clone()),
        ("help_uk", help_uk.clone()),
        ("options_pl", options_pl.clone()),
        ("options_en", options_en.clone()),
        ("options_uk", options_uk.clone()),
        ("items_pl", items_pl.clone()),
        ("items_en", items_en.clone()),
        ("items_uk", items_uk.clone()),
        ("other", other.clone()),
        ("min_choices", min_choices.clone()),
        ("max_choices", max_choices.clone()),
        ("scale_min", scale_min.clone()),
        ("scale_max", scale_max.clone()),
        ("low_pl", low_pl.clone()),
        ("low_en", low_en.clone()),
        ("low_uk", low_uk.clone()),
        ("high_pl", high_pl.clone()),
        ("high_en", high_en.clone()),
        ("high_uk", high_uk.clone()),
        ("max_len", max_len.clone()),
        ("show_if", show_if.clone()),
        ("show_if_values", show_if_values.clone()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.unwrap_or_default()))
    .collect();
    let Some(u) = guard::staff() else {
        forbidden_reply();
        return finish(
            one("", crate::forms::FormProblem::NotAllowed),
            "question",
            &back,
            values,
        )
        .await;
    };
    let st = platform::state()?;
    let Some(mut survey) = store::get(&st.db, survey_id).await? else {
        return guard::not_found();
    };
    let Some(kind) = Kind::parse(&kind) else {
        return finish(
            one("kind", crate::forms::FormProblem::ChoiceInvalid),
            "question",
            &back,
            values,
        )
        .await;
    };
    let mut errors = Vec::new();
    let mut num = |field: &str, v: &Option<String>, default: i64| -> i64 {
        let s = v.as_deref().unwrap_or("").trim();
        if s.is_empty() {
            return default;
        }
        match s.parse::<i64>() {
            Ok(n) if (0..=100_000).contains(&n) => n,
            _ => {
                errors.push(FieldError::new(
                    field,
                    crate::surveys::SurveyProblem::AnswerInvalid,
                ));
                default
            }
        }
    };
    let page_n = num("page", &Some(page.clone()), 1);
    let min_c = num("min_choices", &min_choices, 0);
    let max_c = num("max_choices", &max_choices, 0);
    let s_min = num("scale_min", &scale_min, 1);
    let s_max = num("scale_max", &scale_max, 5);
    let max_l = num("max_len", &max_len, 0);
    let q_key = if is_new {
        survey.def.next_key()
    } else {
        key.clone()
    };
    let old = survey.def.question(&q_key).cloned();
    if !is_new && old.is_none() {
        return guard::not_found();
    }
    let mut q = Question::new(
        &q_key,
        page_n as u32,
        kind,
        text(&text_pl, &text_en, &text_uk),
    );
    q.help = text(&help_pl, &help_en, &help_uk);
    q.required = required.as_deref() == Some("yes");
    q.options = texts(&options_pl, &options_en, &options_uk);
    q.items = texts(&items_pl, &items_en, &items_uk);
    q.other = kind == Kind::Single && other.as_deref() == Some("yes");
    q.min_choices = min_c as u32;
    q.max_choices = max_c as u32;
    if matches!(kind, Kind::Scale | Kind::Grid) {
        q.scale_min = s_min as i32;
        q.scale_max = s_max as i32;
    }
    if matches!(kind, Kind::Scale | Kind::Grid | Kind::Nps) {
        q.low_label = text(&low_pl, &low_en, &low_uk);
        q.high_label = text(&high_pl, &high_en, &high_uk);
    }
    q.max_len = if kind.is_text() { max_l as u32 } else { 0 };
    let dep = show_if.as_deref().unwrap_or("").trim().to_string();
    if !dep.is_empty() {
        let vals = show_if_values
            .as_deref()
            .unwrap_or("")
            .split([',', ' '])
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(String::from)
            .collect();
        q.show_if = Some(Condition {
            question: dep,
            values: vals,
        });
    }
    errors.extend(check_question(&survey.def, &q));
    if survey.locked() && !old.as_ref().is_some_and(|o| only_texts_changed(o, &q)) {
        errors.insert(
            0,
            FieldError::new("", crate::surveys::SurveyProblem::QuestionsLocked),
        );
    }
    if !errors.is_empty() {
        return finish(FormReply::invalid(errors), "question", &back, values).await;
    }
    let structural = !old.as_ref().is_some_and(|o| only_texts_changed(o, &q));
    match survey.def.questions.iter_mut().find(|x| x.key == q.key) {
        Some(x) => *x = q.clone(),
        None => survey.def.questions.push(q.clone()),
    }
    // Keep questions in page order (stable within a page).
    survey.def.questions.sort_by_key(|x| x.page);
    if !store::save_def(&st.db, survey_id, &survey.def, structural).await? {
        return finish(
            one("", crate::surveys::SurveyProblem::QuestionsLocked),
            "question",
            &back,
            values,
        )
        .await;
    }
    audit::record(
        &st.db,
        Some(u.id),
        "survey_question_saved",
        None,
        &format!("survey={survey_id} question={}", q.key),
    )
    .await?;
    let to = format!("/staff/surveys/{survey_id}#{}", q.key);
    finish(
        FormReply::Done {
            to,
            notice: Some(crate::forms::Notice::from(
                crate::surveys::SurveyNotice::QuestionSaved,
            )),
            boot: None,
        },
        "question",
        &back,
        vec![],
    )
    .await
}

/// Deletes a question, or moves it up or down within the survey (`action`: delete, up, down).
#[server(endpoint = "staff/surveys/question/change")]
pub async fn change_question(
    survey_id: i64,
    key: String,
    action: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::api::guard;
    use super::store;
    use crate::forms::flow::{finish, one};

    use crate::platform::{self, audit};
    let back = format!("/staff/surveys/{survey_id}");
    let Some(u) = guard::staff() else {
        forbidden_reply();
        return finish(
            one("", crate::forms::FormProblem::NotAllowed),
            "questions",
            &back,
            vec![],
        )
        .await;
    };
    let st = platform::state()?;
    let Some(mut survey) = store::get(&st.db, survey_id).await? else {
        return guard::not_found();
    };
    if survey.locked() {
        return finish(
            one("", crate::surveys::SurveyProblem::QuestionsLocked),
            "questions",
            &back,
            vec![],
        )
        .await;
    }
    let Some(i) = survey.def.questions.iter().position(|q| q.key == key) else {
        return finish(
            one("", crate::forms::FormProblem::ChoiceInvalid),
            "questions",
            &back,
            vec![],
        )
        .await;
    };
    let qs = &mut survey.def.questions;
    let notice = match action.as_str() {
        "delete" => {
            if qs
                .iter()
                .any(|q| q.show_if.as_ref().is_some_and(|c| c.question == key))
            {
                return finish(
                    one("", crate::surveys::SurveyProblem::ConditionInvalid),
                    "questions",
                    &back,
                    vec![],
                )
                .await;
            }
            qs.remove(i);
            crate::forms::Notice::from(crate::surveys::SurveyNotice::QuestionDeleted)
        }
        // Moves stay within the question's page; pages change in the question's form.
        "up" if i > 0 && qs[i - 1].page == qs[i].page => {
            qs.swap(i - 1, i);
            crate::forms::Notice::from(crate::surveys::SurveyNotice::QuestionSaved)
        }
        "down" if i + 1 < qs.len() && qs[i + 1].page == qs[i].page => {
            qs.swap(i, i + 1);
            crate::forms::Notice::from(crate::surveys::SurveyNotice::QuestionSaved)
        }
        _ => {
            return finish(
                one("", crate::forms::FormProblem::ChoiceInvalid),
                "questions",
                &back,
                vec![],
            )
            .await
        }
    };
    if !store::save_def(&st.db, survey_id, &survey.def, true).await? {
        return finish(
            one("", crate::surveys::SurveyProblem::QuestionsLocked),
            "questions",
            &back,
            vec![],
        )
        .await;
    }
    audit::record(
        &st.db,
        Some(u.id),
        "survey_question_changed",
        None,
        &format!("survey={survey_id} question={key} {action}"),
    )
    .await?;
    finish(
        FormReply::Done {
            to: back.clone(),
            notice: Some(notice),
            boot: None,
        },
        "questions",
        &back,
        vec![],
    )
    .await
}

#[server(endpoint = "staff/surveys/codes")]
pub async fn create_codes(
    survey_id: i64,
    count: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::api::guard;
    use super::{store, Audience};
    use crate::forms::flow::{finish, one};

    use crate::platform::{self, audit};
    let back = format!("/staff/surveys/{survey_id}");
    let values = vec![("count".to_string(), count.clone())];
    let Some(u) = guard::staff() else {
        forbidden_reply();
        return finish(
            one("", crate::forms::FormProblem::NotAllowed),
            "codes",
            &back,
            values,
        )
        .await;
    };
    let st = platform::state()?;
    let Some(survey) = store::get(&st.db, survey_id).await? else {
        return guard::not_found();
    };
    if survey.audience != Audience::Codes {
        return finish(
            one("count", crate::forms::FormProblem::ChoiceInvalid),
            "codes",
            &back,
            values,
        )
        .await;
    }
    let n = match count.trim().parse::<i64>() {
        Ok(n) if (1..=BATCH_MAX).contains(&n) => n,
        _ => {
            return finish(
                one("count", crate::surveys::SurveyProblem::BatchSize),
                "codes",
                &back,
                values,
            )
            .await
        }
    };
    let batch = store::create_batch(&st.db, survey_id, n, u.id).await?;
    audit::record(
        &st.db,
        Some(u.id),
        "survey_codes_created",
        None,
        &format!("survey={survey_id} batch={batch} size={n}"),
    )
    .await?;
    let to = format!("/staff/surveys/{survey_id}/codes/{batch}");
    finish(
        FormReply::Done {
            to,
            notice: Some(crate::forms::Notice::from(
                crate::surveys::SurveyNotice::CodesCreated,
            )),
            boot: None,
        },
        "codes",
        &back,
        vec![],
    )
    .await
}

/// A batch of codes with their QR codes, for printing on visit receipts.
#[server(endpoint = "staff/surveys/batch")]
pub async fn load_code_batch(
    survey_id: i64,
    batch: i64,
) -> Result<CodeBatch, crate::platform::Failure> {
    use super::api::guard;
    use super::rules::format_code;
    use super::store;

    use crate::platform::{self, audit};
    let u = guard::require_staff()?;
    let st = platform::state()?;
    let Some(survey) = store::get(&st.db, survey_id).await? else {
        return guard::not_found();
    };
    let Some(line) = store::batches(&st.db, survey_id)
        .await?
        .into_iter()
        .find(|b| b.id == batch)
    else {
        return guard::not_found();
    };
    let codes = store::batch_codes(&st.db, survey_id, batch).await?;
    let origin = st.settings.public_origin.trim_end_matches('/').to_string();
    let codes = codes
        .into_iter()
        .filter(|(_, used)| !used)
        .map(|(c, _)| {
            let link = format!("{origin}/surveys/{survey_id}?code={c}");
            let svg =
                qrcode::QrCode::with_error_correction_level(link.as_bytes(), qrcode::EcLevel::M)
                    .map(|q| {
                        q.render::<qrcode::render::svg::Color>()
                            .min_dimensions(120, 120)
                            .quiet_zone(true)
                            .build()
                    })
                    .unwrap_or_default();
            // Inline in the page: without the XML declaration, hidden from assistive technology
            // (the code and the link are printed next to it as text).
            let svg = svg
                .split_once("<svg")
                .map(|(_, rest)| format!("<svg aria-hidden=\"true\" focusable=\"false\"{rest}"))
                .unwrap_or_default();
            (format_code(&c), link, svg)
        })
        .collect();
    audit::record(
        &st.db,
        Some(u.id),
        "survey_codes_viewed",
        None,
        &format!("survey={survey_id} batch={batch}"),
    )
    .await?;
    Ok(CodeBatch {
        id: batch,
        survey_title: survey.def.title,
        size: line.size,
        used: line.used,
        created: line.created,
        codes,
    })
}
