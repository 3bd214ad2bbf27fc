//! Server functions of public consultations, and the background computation of opinion
//! maps (never inside a request: a page shows the last map computed).
use super::{ConsultationCard, ConsultationView, OpinionView};
use crate::forms::FormReply;
#[cfg(feature = "ssr")]
use crate::i18n::time::LocalTime;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
pub(crate) mod util {
    use super::super::opinions::{self, Tally, Vote, Votes};
    use super::super::rules::{self, Phase};
    use super::super::store::{self, ConRow};
    use super::super::{
        ConsensusLine, ConsultationCard, GroupLine, MapSummary, RepLine, StatementLine,
    };
    use crate::i18n::time::LocalTime;
    use crate::platform::{now, Db};

    pub fn phase(r: &ConRow) -> Phase {
        rules::phase(r.def.published, &r.def.timeline, r.report_published, now())
    }

    /// Megabytes, for people (at least 1).
    pub fn mb(bytes: usize) -> u64 {
        ((bytes / (1024 * 1024)) as u64).max(1)
    }

    /// The surveys an organiser may link: (id, Polish title), newest first.
    pub async fn survey_choices(db: &Db) -> Result<Vec<(i64, String)>, sqlx::Error> {
        Ok(crate::surveys::store::all(db)
            .await?
            .into_iter()
            .map(|s| (s.id, s.def.title.pl.clone()))
            .collect())
    }

    /// The linked survey as a consultation's page shows it.
    pub async fn survey_link(
        db: &Db,
        r: &ConRow,
        lang: crate::i18n::Lang,
    ) -> Result<Option<super::super::SurveyLink>, sqlx::Error> {
        let Some(id) = r
            .survey_id
            .filter(|_| r.def.forms.contains(&rules::Form::Survey))
        else {
            return Ok(None);
        };
        Ok(crate::surveys::store::get(db, id).await?.map(|s| {
            let (title, lang) = s.def.title.get(lang);
            super::super::SurveyLink {
                id: s.id,
                title: title.to_string(),
                lang,
                open: s.phase == crate::surveys::Phase::Open,
            }
        }))
    }

    /// A consultation's documents, in the order they were added.
    pub async fn documents(
        db: &Db,
        consultation: i64,
    ) -> Result<Vec<super::super::DocumentLine>, sqlx::Error> {
        Ok(store::documents(db, consultation)
            .await?
            .into_iter()
            .map(|d| super::super::DocumentLine {
                id: d.id,
                title: d.title,
                kind: d.kind,
                size: d.size.max(0) as u64,
            })
            .collect())
    }

    /// The visitor's language; Polish outside a request (feeds, mail, exports).
    pub fn visitor_lang() -> crate::i18n::Lang {
        crate::platform::request::ctx()
            .map(|c| c.lang)
            .unwrap_or(crate::i18n::Lang::Pl)
    }

    /// The consultation's version in the visitor's language, if it has one.
    pub fn translation(r: &ConRow) -> Option<(&rules::Translation, crate::i18n::Lang)> {
        let lang = visitor_lang();
        r.translations.get(lang).map(|t| (t, lang))
    }

    /// The easy-to-read summary in the visitor's language where it has one, else Polish.
    pub fn easy_summary(r: &ConRow) -> (String, crate::i18n::Lang) {
        match translation(r) {
            Some((t, lang)) if !t.easy_summary.trim().is_empty() => (t.easy_summary.clone(), lang),
            _ => (r.def.easy_summary.clone(), crate::i18n::Lang::Pl),
        }
    }

    /// The document's sections in the visitor's language where it is translated (the
    /// anchors stay the Polish ones, so a link points to the same section in every language).
    pub async fn sections_in(
        db: &Db,
        r: &ConRow,
    ) -> Result<Vec<super::super::Section>, sqlx::Error> {
        let mut sections = store::sections(db, r.id).await?;
        if let Some((t, _)) = translation(r) {
            if t.sections.len() == sections.len() {
                for (s, (heading, body)) in sections.iter_mut().zip(&t.sections) {
                    s.heading = heading.clone();
                    s.body = body.clone();
                }
            }
        }
        Ok(sections)
    }

    pub fn card(r: &ConRow) -> ConsultationCard {
        let (title, summary, lang) = match translation(r) {
            Some((t, lang)) => (t.title.clone(), t.summary.clone(), lang),
            None => (
                r.def.title.clone(),
                r.def.summary.clone(),
                crate::i18n::Lang::Pl,
            ),
        };
        ConsultationCard {
            id: r.id,
            title,
            summary,
            lang,
            topic: r.def.topic,
            districts: r.def.districts.clone(),
            phase: phase(r),
            opens: LocalTime::on(r.def.timeline.opens, 0, 0),
            closes: LocalTime::on(r.def.timeline.closes, 23, 59),
            forms: r.def.forms.clone(),
        }
    }

    /// Computes a consultation's opinion map from every vote on its shown statements and
    /// keeps it. Runs in a blocking thread: the computation is bounded (opinions::MAX_*) but
    /// takes up to a few hundred milliseconds at city scale.
    pub async fn compute_map(db: &Db, consultation: i64) -> Result<(), sqlx::Error> {
        let count = store::vote_count(db, consultation).await?;
        let statements = store::statements(db, consultation).await?;
        let rows = store::all_votes(db, consultation).await?;
        let summary = tokio::task::spawn_blocking(move || summarise(&statements, &rows))
            .await
            .map_err(|e| sqlx::Error::Protocol(format!("opinion map: {e}")))?;
        match summary {
            Some((s, groups)) => store::save_map(db, consultation, count, &s, &groups).await,
            None => {
                tracing::warn!(consultation, "opinion map beyond its bounds; not computed");
                Ok(())
            }
        }
    }

    /// The map of `rows` (participant, statement id, vote; sorted by participant) over
    /// `statements` (id, text), as the pages show it, and each placed participant's group
    /// (kept on the server for the open-data export). None beyond the computation's bounds.
    pub fn summarise(
        statements: &[(i64, String)],
        rows: &[(String, i64, i64)],
    ) -> Option<(MapSummary, Vec<(String, usize)>)> {
        let index: std::collections::HashMap<i64, u32> = statements
            .iter()
            .enumerate()
            .map(|(i, (id, _))| (*id, i as u32))
            .collect();
        let mut participants = 0usize;
        let mut keys: Vec<&str> = Vec::new();
        let mut last: Option<&str> = None;
        let mut votes = Vec::with_capacity(rows.len());
        for (p, s, v) in rows {
            if last != Some(p.as_str()) {
                participants += 1;
                last = Some(p.as_str());
                keys.push(p.as_str());
            }
            if let (Some(&si), Some(v)) = (index.get(s), Vote::from_value(*v as i8)) {
                votes.push(((participants - 1) as u32, si, v));
            }
        }
        let input = Votes {
            participants,
            statements: statements.len(),
            excluded: vec![false; statements.len()],
            votes,
        };
        let map = opinions::compute(&input).ok()?;
        let text = |s: usize| statements[s].1.clone();
        let id = |s: usize| statements[s].0;
        // The drawn map: positions scaled into 5–95 on each axis, then counted per grid
        // cell and group, so that the page's size does not grow with the participants.
        let placed: Vec<([f64; 2], usize)> = map
            .positions
            .iter()
            .zip(&map.group_of)
            .filter_map(|(p, g)| Some(((*p)?, (*g)?)))
            .collect();
        let (mut lo, mut hi) = ([f64::MAX; 2], [f64::MIN; 2]);
        for (p, _) in &placed {
            for a in 0..2 {
                lo[a] = lo[a].min(p[a]);
                hi[a] = hi[a].max(p[a]);
            }
        }
        let scale = |v: f64, a: usize| -> u8 {
            let span = (hi[a] - lo[a]).max(1e-9);
            (5.0 + 90.0 * (v - lo[a]) / span).round().clamp(0.0, 100.0) as u8
        };
        const GRID: f64 = 40.0;
        let mut cells: std::collections::BTreeMap<(usize, u8, u8), u32> = Default::default();
        for (p, g) in &placed {
            let cell = |v: u8| {
                ((f64::from(v) / 100.0 * (GRID - 1.0)).round() / (GRID - 1.0) * 100.0) as u8
            };
            *cells
                .entry((*g, cell(scale(p[0], 0)), cell(100 - scale(p[1], 1))))
                .or_default() += 1;
        }
        let dots: Vec<super::super::Dot> = cells
            .into_iter()
            .map(|((group, x, y), count)| super::super::Dot {
                x,
                y,
                count,
                group: group.min(255) as u8,
            })
            .collect();
        let groups: Vec<(String, usize)> = keys
            .iter()
            .zip(&map.group_of)
            .filter_map(|(k, g)| Some((k.to_string(), (*g)?)))
            .collect();
        let summary = MapSummary {
            computed_at: now(),
            participants: participants as u64,
            placed: map.placed() as u64,
            votes: input.votes.len() as u64,
            statements: map
                .statement_stats
                .iter()
                .enumerate()
                .map(|(s, st)| StatementLine {
                    id: id(s),
                    text: text(s),
                    agree: st.all.agree,
                    disagree: st.all.disagree,
                    pass: st.all.pass,
                    extremity: st.extremity,
                })
                .collect(),
            groups: map
                .groups
                .iter()
                .map(|g| GroupLine {
                    id: g.id,
                    size: g.size as u64,
                    center: (scale(g.center[0], 0), 100 - scale(g.center[1], 1)),
                    representative: g
                        .representative
                        .iter()
                        .map(|r| RepLine {
                            statement_id: id(r.statement),
                            text: text(r.statement),
                            stance: r.stance,
                            in_group: r.in_group,
                            seen_in_group: r.seen_in_group,
                            in_rest: r.in_rest,
                            seen_in_rest: r.seen_in_rest,
                        })
                        .collect(),
                })
                .collect(),
            consensus: map
                .consensus
                .iter()
                .take(5)
                .map(|&s| ConsensusLine {
                    statement_id: id(s),
                    text: text(s),
                    by_group: map.statement_stats[s]
                        .by_group
                        .iter()
                        .map(|t| (t.agree, t.seen()))
                        .collect(),
                })
                .collect(),
            dots,
        };
        Some((summary, groups))
    }

    /// The statement a participant answers next: among those not answered yet, a choice
    /// weighted by Pol.is' priority (new and dividing statements first), the same after a
    /// reload (seeded by the participant and how many they answered).
    pub fn next(
        statements: &[(i64, String)],
        answered: &[i64],
        map: Option<&MapSummary>,
        participant: &str,
    ) -> Option<(i64, String)> {
        let candidates: Vec<(usize, f64)> = statements
            .iter()
            .enumerate()
            .filter(|(_, (id, _))| !answered.contains(id))
            .map(|(i, (id, _))| {
                let line = map.and_then(|m| m.statements.iter().find(|l| l.id == *id));
                let p = match line {
                    Some(l) => opinions::priority(
                        Tally {
                            agree: l.agree,
                            disagree: l.disagree,
                            pass: l.pass,
                        },
                        l.extremity,
                    ),
                    None => opinions::priority(Tally::default(), 0.0),
                };
                (i, p)
            })
            .collect();
        // FNV-1a of the participant, then the number answered: a seed per person and step.
        let mut seed: u64 = 0xcbf2_9ce4_8422_2325;
        for b in participant.bytes() {
            seed = (seed ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        seed ^= answered.len() as u64;
        opinions::next_statement(&candidates, seed).map(|i| statements[i].clone())
    }

    /// The final report of a consultation, as the page and the open-data files show it.
    pub async fn report(db: &Db, r: &ConRow) -> Result<super::super::ReportView, sqlx::Error> {
        use super::super::rules::Channel;
        use super::super::{AnswerLine, ReportRemark, ReportView};
        let line = |a: &store::AnswerRow| {
            Some(AnswerLine {
                verdict: rules::Verdict::parse(&a.1)?,
                justification: a.2.clone(),
            })
        };
        let sections = sections_in(db, r).await?;
        let (summary, changes, published) =
            store::final_report(db, r.id).await?.unwrap_or_default();
        let (channels, map_participants, map_votes) = store::participation(db, r.id).await?;
        let map = store::map(db, r.id).await?;
        Ok(ReportView {
            card: card(r),
            easy_summary: r.def.easy_summary.clone(),
            department: r.def.department.clone(),
            summary,
            changes,
            published: published.map(LocalTime::at),
            channels: channels
                .into_iter()
                .filter_map(|(c, n)| Some((Channel::parse(&c)?, n.max(0) as u64)))
                .collect(),
            map_participants: map_participants.max(0) as u64,
            map_votes: map_votes.max(0) as u64,
            survey_responses: match r
                .survey_id
                .filter(|_| r.def.forms.contains(&rules::Form::Survey))
            {
                Some(sid) => crate::surveys::store::get(db, sid)
                    .await?
                    .map(|s| s.responses.max(0) as u64),
                None => None,
            },
            attendance: store::meetings(db, r.id)
                .await?
                .into_iter()
                .filter_map(|m| Some((m.title, m.attended?.max(0) as u64)))
                .collect(),
            groups: map.map(|m| m.groups).unwrap_or_default(),
            remarks: store::report_remarks(db, r.id)
                .await?
                .into_iter()
                .map(|(row, a)| {
                    let state = row.state();
                    ReportRemark {
                        id: row.id,
                        section: row.section.as_ref().map(|anchor| {
                            sections
                                .iter()
                                .find(|s| &s.anchor == anchor)
                                .map(|s| s.heading.clone())
                                .unwrap_or_else(|| anchor.clone())
                        }),
                        text: state.shown().then(|| row.text.clone()),
                        state,
                        channel: Channel::parse(&row.channel).unwrap_or(Channel::Portal),
                        supports: row.supports.max(0) as u32,
                        answer: a.as_ref().and_then(line),
                    }
                })
                .collect(),
            statements: store::report_statements(db, r.id)
                .await?
                .into_iter()
                .map(|(_, text, a)| (text, a.as_ref().and_then(line)))
                .collect(),
            sections: sections.into_iter().map(|s| s.heading).collect(),
        })
    }

    /// Who is answering: the account, or, where the consultation counts verified people,
    /// a keyed hash of the person in this consultation's scope (one voice per person however
    /// many accounts). Err: the person is not verified.
    pub async fn participant(
        st: &crate::platform::AppState,
        account: i64,
        r: &ConRow,
    ) -> Result<Option<String>, sqlx::Error> {
        if !r.def.verified_only {
            return Ok(Some(format!("a:{account}")));
        }
        use crate::identity::{rules::Level, store as identity};
        let Some(id) = identity::of_account(&st.db, account)
            .await?
            .filter(|i| i.level == Level::Verified)
        else {
            return Ok(None);
        };
        Ok(Some(format!(
            "p:{}",
            crate::platform::keys::hmac_hex(
                st.keys.identity(),
                format!("konto-con:{}:{}", r.id, id.hash).as_bytes()
            )
        )))
    }
}

/// The final report of a consultation (for the open-data files; the caller checks it is
/// published).
#[cfg(feature = "ssr")]
pub async fn report_of(
    db: &crate::platform::Db,
    r: &super::store::ConRow,
) -> Result<super::ReportView, sqlx::Error> {
    util::report(db, r).await
}

/// The background job: computes every opinion map whose votes changed, at most once in
/// five seconds each (votes in between wait for the next round). Several instances may run
/// it; a claim in one statement gives each map to one of them. Returns how many were done.
#[cfg(feature = "ssr")]
pub async fn compute_due_maps(db: &crate::platform::Db) -> Result<usize, sqlx::Error> {
    let mut done = 0;
    for id in super::store::maps_due(db, 5).await? {
        if super::store::claim_map(db, id).await? {
            util::compute_map(db, id).await?;
            done += 1;
        }
    }
    Ok(done)
}

/// Published consultations (public).
#[server(endpoint = "consultations/list")]
pub async fn list_consultations() -> Result<Vec<ConsultationCard>, crate::platform::Failure> {
    use super::rules::Phase;
    let st = crate::platform::state()?;
    let mut out: Vec<ConsultationCard> = super::store::published(&st.db)
        .await?
        .iter()
        .map(util::card)
        .collect();
    // Open first, then those being announced, then the rest.
    out.sort_by_key(|c| match c.phase {
        Phase::Open => 0,
        Phase::Information => 1,
        _ => 2,
    });
    Ok(out)
}

/// A published consultation with its document (public).
#[server(endpoint = "consultations/get")]
pub async fn load_consultation(
    consultation_id: i64,
) -> Result<ConsultationView, crate::platform::Failure> {
    use crate::forms::flow::not_found;
    let st = crate::platform::state()?;
    let Some(r) = super::store::get(&st.db, consultation_id)
        .await?
        .filter(|r| r.def.published)
    else {
        return not_found();
    };
    Ok(ConsultationView {
        card: util::card(&r),
        easy_summary: util::easy_summary(&r).0,
        easy_lang: util::easy_summary(&r).1,
        survey: util::survey_link(&st.db, &r, util::visitor_lang()).await?,
        department: r.def.department.clone(),
        contact: r.def.contact.clone(),
        information_from: LocalTime::on(r.def.timeline.information_from, 0, 0),
        answers_by: LocalTime::on(r.def.timeline.answers_by, 23, 59),
        report_by: LocalTime::on(r.def.timeline.report_by, 23, 59),
        sections: util::sections_in(&st.db, &r).await?,
        documents: util::documents(&st.db, r.id).await?,
        extensions: super::store::extensions(&st.db, r.id)
            .await?
            .into_iter()
            .filter_map(|(old, new, reason)| {
                Some((
                    LocalTime::on(old.parse().ok()?, 23, 59),
                    LocalTime::on(new.parse().ok()?, 23, 59),
                    reason,
                ))
            })
            .collect(),
    })
}

/// The opinion map: the statement to answer next (signed in, while open) and the groups
/// from the last computation.
#[server(endpoint = "consultations/opinions")]
pub async fn load_opinions(consultation_id: i64) -> Result<OpinionView, crate::platform::Failure> {
    use super::rules::{Form, Phase};
    use super::{store, OpinionStanding};
    use crate::forms::flow::not_found;
    use crate::platform::{self, request};
    let st = platform::state()?;
    let Some(r) = store::get(&st.db, consultation_id)
        .await?
        .filter(|r| r.def.published && r.def.forms.contains(&Form::OpinionMap))
    else {
        return not_found();
    };
    let statements = store::statements(&st.db, r.id).await?;
    let map = store::map(&st.db, r.id).await?;
    let user = request::ctx().ok().and_then(|c| c.user);
    let mut answered = Vec::new();
    let mut next = None;
    let standing = match (util::phase(&r), &user) {
        (Phase::Draft | Phase::Information, _) => OpinionStanding::NotOpen,
        (Phase::Open, None) => OpinionStanding::SignInNeeded,
        (Phase::Open, Some(u)) => match util::participant(&st, u.id, &r).await? {
            None => OpinionStanding::NotVerified,
            Some(p) => {
                answered = store::answered(&st.db, r.id, &p).await?;
                next = util::next(&statements, &answered, map.as_ref(), &p);
                if next.is_some() {
                    OpinionStanding::CanVote
                } else {
                    OpinionStanding::Done
                }
            }
        },
        _ => OpinionStanding::Closed,
    };
    Ok(OpinionView {
        card: util::card(&r),
        may_propose: user.is_some() && util::phase(&r) == Phase::Open,
        moderated_first: r.def.moderation == super::rules::Moderation::Before,
        standing,
        next,
        answered: answered.len() as u64,
        statements: statements.len() as u64,
        map,
        source: super::store::opinion_source(&st.db, r.id).await?,
    })
}

/// An answer to one statement: agree, disagree or pass; signed in, while the consultation
/// is open; one per participant and statement (a second is ignored, the first stands).
#[server(endpoint = "consultations/answer")]
pub async fn answer_statement(
    consultation_id: i64,
    statement_id: i64,
    #[server(default)] vote: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::opinions::Vote;
    use super::rules::{Form, Phase};
    use super::{store, ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{finish, not_found, one, require_user};
    use crate::forms::{FieldError, FormProblem};
    let st = crate::platform::state()?;
    let back = format!("/consultations/{consultation_id}/opinions");
    let user = match require_user(&back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "opinion", &back, vec![]).await,
    };
    let Some(r) = store::get(&st.db, consultation_id)
        .await?
        .filter(|r| r.def.published && r.def.forms.contains(&Form::OpinionMap))
    else {
        return not_found();
    };
    match util::phase(&r) {
        Phase::Draft | Phase::Information => {
            return finish(
                one("", ConsultationProblem::ConsultationNotOpen),
                "opinion",
                &back,
                vec![],
            )
            .await
        }
        Phase::Open => {}
        _ => {
            return finish(
                one("", ConsultationProblem::ConsultationClosed),
                "opinion",
                &back,
                vec![],
            )
            .await
        }
    }
    let vote = match vote.as_deref().map(str::trim) {
        Some("agree") => Vote::Agree,
        Some("disagree") => Vote::Disagree,
        Some("pass") => Vote::Pass,
        _ => {
            return finish(
                crate::forms::FormReply::invalid(vec![FieldError::new(
                    "vote",
                    FormProblem::AnswerRequired,
                )]),
                "opinion",
                &back,
                vec![],
            )
            .await
        }
    };
    // The statement must be one shown in this consultation: never trust the id sent.
    let shown = store::statements(&st.db, r.id)
        .await?
        .iter()
        .any(|(id, _)| *id == statement_id);
    if !shown {
        return finish(
            one("", ConsultationProblem::StatementUnknown),
            "opinion",
            &back,
            vec![],
        )
        .await;
    }
    let Some(participant) = util::participant(&st, user.id, &r).await? else {
        return finish(
            one("", crate::identity::IdentityProblem::IdentityNotVerified),
            "opinion",
            &back,
            vec![],
        )
        .await;
    };
    // A second answer (a double click, a resent form) changes nothing: the first stands.
    let _counted = store::cast(&st.db, r.id, statement_id, &participant, vote).await?;
    crate::forms::flow::done(
        format!("{back}#statement"),
        ConsultationNotice::StatementAnswered,
        "opinion",
    )
    .await
}

/// The address of a list of remarks with its filter, order and page.
pub fn remarks_address(consultation: i64, section: &str, sort: &str, page: u32) -> String {
    let mut q = Vec::new();
    if !section.is_empty() {
        q.push(format!("section={}", crate::forms::urlencode(section)));
    }
    if !sort.is_empty() && sort != super::rules::RemarkSort::default().code() {
        q.push(format!("sort={}", crate::forms::urlencode(sort)));
    }
    if page > 1 {
        q.push(format!("page={page}"));
    }
    let mut a = format!("/consultations/{consultation}/remarks");
    if !q.is_empty() {
        a.push('?');
        a.push_str(&q.join("&"));
    }
    a
}

#[cfg(feature = "ssr")]
mod remark_util {
    use super::super::rules::{self, Channel, Form, Phase, RemarkState};
    use super::super::store::{self, ConRow, RemarkRow};
    use super::super::{AnswerLine, RemarkLine, Section};
    use crate::i18n::time::LocalTime;

    pub fn offers_remarks(r: &ConRow) -> bool {
        r.def.forms.contains(&Form::Remarks)
    }

    /// Whether a clerk may type in a remark received on paper, by post or by e-mail now:
    /// the consultation takes them, and it is between the opening and the date for answers.
    pub fn takes_paper_now(r: &ConRow) -> bool {
        r.def.published
            && r.def.forms.contains(&Form::Paper)
            && matches!(super::util::phase(r), Phase::Open | Phase::Answering)
    }

    /// Remarks are listed where the consultation takes them in the portal or on paper.
    pub fn lists_remarks(r: &ConRow) -> bool {
        r.def.published && (offers_remarks(r) || r.def.forms.contains(&Form::Paper))
    }

    pub fn line(
        row: &RemarkRow,
        sections: &[Section],
        phase: Phase,
        viewer: Option<i64>,
        supported: bool,
        reported: bool,
        answer: Option<AnswerLine>,
    ) -> RemarkLine {
        let state = row.state();
        let own = viewer.is_some() && row.author_id == viewer;
        let channel = Channel::parse(&row.channel).unwrap_or(Channel::Portal);
        let reacts = viewer.is_some_and(|v| rules::may_react(v, row.author_id, state).is_ok());
        RemarkLine {
            id: row.id,
            section: row.section.as_ref().map(|a| {
                let heading = sections
                    .iter()
                    .find(|s| &s.anchor == a)
                    .map(|s| s.heading.clone())
                    .unwrap_or_default();
                (a.clone(), heading)
            }),
            text: (state.shown() || own).then(|| row.text.clone()),
            state,
            channel,
            supports: row.supports.max(0) as u32,
            written: LocalTime::at(row.created_at),
            edited: row.edited_at.is_some(),
            own,
            may_edit: rules::may_edit(phase, own) && channel == Channel::Portal,
            may_support: reacts && phase == Phase::Open,
            may_report: reacts,
            supported,
            reported,
            answer,
        }
    }

    /// A stored answer as the pages show it.
    pub fn answer_line(a: &store::AnswerRow) -> Option<AnswerLine> {
        Some(AnswerLine {
            verdict: rules::Verdict::parse(&a.1)?,
            justification: a.2.clone(),
        })
    }

    /// A remark's section and text as sent, checked: the section (None: the whole
    /// document) must be one of this consultation's, the text within the limits. Problems go
    /// to `errors`, at the fields `section` and `text`.
    pub async fn checked(
        db: &crate::platform::Db,
        consultation: i64,
        section: &str,
        text: &str,
        errors: &mut Vec<crate::forms::FieldError>,
    ) -> Result<(Option<String>, String), sqlx::Error> {
        use super::super::{ConsultationProblem, WHOLE_DOCUMENT};
        use crate::forms::FieldError;
        let anchor = if section.is_empty() || section == WHOLE_DOCUMENT {
            None
        } else if store::sections(db, consultation)
            .await?
            .iter()
            .any(|s| s.anchor == section)
        {
            Some(section.to_string())
        } else {
            errors.push(FieldError::new(
                "section",
                ConsultationProblem::SectionUnknown,
            ));
            None
        };
        let text = match rules::check_remark(text) {
            Ok(t) => t,
            Err((field, p)) => {
                errors.push(FieldError::new(field, p));
                String::new()
            }
        };
        Ok((anchor, text))
    }

    /// The state a resident's new remark starts in.
    pub fn written(r: &ConRow) -> RemarkState {
        RemarkState::written(r.def.moderation)
    }

    /// The remark and its consultation, when both are public.
    pub async fn find(
        db: &crate::platform::Db,
        remark: i64,
    ) -> Result<Option<(RemarkRow, ConRow)>, sqlx::Error> {
        let Some(row) = store::remark(db, remark).await? else {
            return Ok(None);
        };
        Ok(store::get(db, row.consultation_id)
            .await?
            .filter(lists_remarks)
            .map(|c| (row, c)))
    }
}

/// A page of a consultation's remarks (public): 20 at a time, on one section or all, newest,
/// oldest or most supported first. Waiting remarks are listed for their author only.
#[server(endpoint = "consultations/remarks")]
pub async fn load_remarks(
    consultation_id: i64,
    #[server(default)] section: Option<String>,
    #[server(default)] sort: Option<String>,
    #[server(default)] page: Option<u32>,
) -> Result<super::RemarksView, crate::platform::Failure> {
    use super::rules::{self, Phase, RemarkSort, PAGE_SIZE};
    use super::store::{self, RemarkFilter};
    use super::{RemarkStanding, RemarksView, WHOLE_DOCUMENT};
    use crate::forms::flow::not_found;
    use crate::platform::{self, request};
    let st = platform::state()?;
    let Some(r) = store::get(&st.db, consultation_id)
        .await?
        .filter(remark_util::lists_remarks)
    else {
        return not_found();
    };
    let sections = util::sections_in(&st.db, &r).await?;
    let user = request::ctx().ok().and_then(|c| c.user);
    let viewer = user.as_ref().map(|u| u.id);
    let mut section = section.unwrap_or_default().trim().to_string();
    let filter = if section.is_empty() {
        None
    } else if section == WHOLE_DOCUMENT {
        Some(None)
    } else if sections.iter().any(|s| s.anchor == section) {
        Some(Some(section.clone()))
    } else {
        section.clear();
        None
    };
    let sort = RemarkSort::parse(sort.as_deref().unwrap_or_default());
    let f = RemarkFilter {
        section: filter,
        sort,
        viewer,
    };
    let total = store::remark_count(&st.db, r.id, &f).await?.max(0) as u64;
    let page = rules::page_of(page, total);
    let rows = store::remarks_page(
        &st.db,
        r.id,
        &f,
        i64::from(page - 1) * PAGE_SIZE as i64,
        PAGE_SIZE as i64,
    )
    .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let answer_ids: Vec<i64> = rows.iter().filter_map(|r| r.answer_id).collect();
    let answers = store::answers(&st.db, &answer_ids).await?;
    let answer_of = |row: &store::RemarkRow| {
        row.answer_id
            .and_then(|a| answers.iter().find(|x| x.0 == a))
            .and_then(remark_util::answer_line)
    };
    let (supported, reported) = match viewer {
        Some(v) => store::reactions(&st.db, v, &ids).await?,
        None => Default::default(),
    };
    let phase = util::phase(&r);
    let standing = match (phase, &user) {
        _ if !remark_util::offers_remarks(&r) => RemarkStanding::NotOffered,
        (Phase::Draft | Phase::Information, _) => RemarkStanding::NotOpen,
        (Phase::Open, None) => RemarkStanding::SignInNeeded,
        (Phase::Open, Some(_)) => RemarkStanding::CanWrite,
        _ => RemarkStanding::Closed,
    };
    Ok(RemarksView {
        card: util::card(&r),
        moderation: r.def.moderation,
        remarks: rows
            .iter()
            .map(|row| {
                remark_util::line(
                    row,
                    &sections,
                    phase,
                    viewer,
                    supported.contains(&row.id),
                    reported.contains(&row.id),
                    answer_of(row),
                )
            })
            .collect(),
        sections: sections
            .into_iter()
            .map(|s| (s.anchor, s.heading))
            .collect(),
        standing,
        total,
        page,
        pages: total.div_ceil(PAGE_SIZE as u64).max(1) as u32,
        section,
        sort,
        staff: user.is_some_and(|u| u.role.is_staff()),
    })
}

/// A remark on the whole document or on one section: signed in, while the consultation is
/// open. Shown at once or after a clerk's check, as the consultation's moderation says.
#[server(endpoint = "consultations/remark")]
pub async fn write_remark(
    consultation_id: i64,
    #[server(default)] section: Option<String>,
    #[server(default)] text: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{Channel, Phase, RemarkState};
    use super::{store, ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{fields, finish, not_found, one, require_user};
    let st = crate::platform::state()?;
    let section = section.unwrap_or_default().trim().to_string();
    let text = text.unwrap_or_default();
    let back = format!(
        "{}#write",
        remarks_address(consultation_id, &section, "", 1)
    );
    let values = fields(&[("section", &section), ("text", &text)]);
    let user = match require_user(&back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "remark", &back, values).await,
    };
    let Some(r) = store::get(&st.db, consultation_id)
        .await?
        .filter(remark_util::lists_remarks)
    else {
        return not_found();
    };
    let refuse = |p: ConsultationProblem| one("", p);
    let problem = if !remark_util::offers_remarks(&r) {
        Some(refuse(ConsultationProblem::RemarksNotOffered))
    } else {
        match util::phase(&r) {
            Phase::Open => None,
            Phase::Draft | Phase::Information => {
                Some(refuse(ConsultationProblem::ConsultationNotOpen))
            }
            _ => Some(refuse(ConsultationProblem::ConsultationClosed)),
        }
    };
    if let Some(reply) = problem {
        return finish(reply, "remark", &back, values).await;
    }
    let mut errors = Vec::new();
    let (anchor, text) = remark_util::checked(&st.db, r.id, &section, &text, &mut errors).await?;
    if !errors.is_empty() {
        return finish(FormReply::invalid(errors), "remark", &back, values).await;
    }
    // Counted and checked in one statement: simultaneous remarks cannot all pass.
    if let Err(secs) = crate::platform::throttle::attempt(
        &st.db,
        &format!("remark:{}", user.id),
        super::rules::REMARKS_PER_HOUR as i64,
        3600,
    )
    .await?
    {
        let minutes = (secs + 59) / 60;
        return finish(
            one("", crate::forms::FormProblem::Throttled { minutes }),
            "remark",
            &back,
            values,
        )
        .await;
    }
    let state = remark_util::written(&r);
    let id = store::add_remark(
        &st.db,
        r.id,
        anchor.as_deref(),
        Some(user.id),
        Channel::Portal,
        None,
        &text,
        state,
    )
    .await?;
    let notice = if state == RemarkState::Published {
        ConsultationNotice::RemarkPublished
    } else {
        ConsultationNotice::RemarkWaiting
    };
    crate::forms::flow::done(
        format!("/consultations/{}/remarks#remark-{id}", r.id),
        notice,
        "remark",
    )
    .await
}

/// One's own remark, to edit (its author only; 404 for anyone else).
#[server(endpoint = "consultations/remark/get")]
pub async fn load_own_remark(
    consultation_id: i64,
    remark_id: i64,
) -> Result<super::RemarkEditView, crate::platform::Failure> {
    use super::RemarkEditView;
    use crate::forms::flow::{deny, not_found};
    use crate::forms::FormProblem;
    let st = crate::platform::state()?;
    let Some(user) = crate::platform::request::ctx().ok().and_then(|c| c.user) else {
        return deny(FormProblem::NotSignedIn);
    };
    let Some((row, r)) = remark_util::find(&st.db, remark_id)
        .await?
        .filter(|(row, r)| r.id == consultation_id && row.author_id == Some(user.id))
    else {
        return not_found();
    };
    let sections = util::sections_in(&st.db, &r).await?;
    Ok(RemarkEditView {
        card: util::card(&r),
        remark: remark_util::line(
            &row,
            &sections,
            util::phase(&r),
            Some(user.id),
            false,
            false,
            None,
        ),
        moderation: r.def.moderation,
    })
}

/// The author changes their remark's text while the consultation is open. A remark hidden
/// by a clerk or held by reports goes back to a clerk.
#[server(endpoint = "consultations/remark/edit")]
pub async fn edit_remark(
    remark_id: i64,
    #[server(default)] text: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{self, RemarkState};
    use super::{store, ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{fields, finish, not_found, one, require_user};
    let st = crate::platform::state()?;
    let text = text.unwrap_or_default();
    let values = fields(&[("text", &text)]);
    let Some((row, r)) = remark_util::find(&st.db, remark_id).await? else {
        return not_found();
    };
    let back = format!("/consultations/{}/remarks/{}", r.id, row.id);
    let user = match require_user(&back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "remark-edit", &back, values).await,
    };
    let own = row.author_id == Some(user.id);
    if !rules::may_edit(util::phase(&r), own) {
        return finish(
            one("", ConsultationProblem::RemarkNotEditable),
            "remark-edit",
            &back,
            values,
        )
        .await;
    }
    let text = match rules::check_remark(&text) {
        Ok(t) => t,
        Err((field, p)) => return finish(one(field, p), "remark-edit", &back, values).await,
    };
    let state = row.state().edited(r.def.moderation);
    store::edit_remark(&st.db, row.id, user.id, &text, state).await?;
    let notice = if state == RemarkState::Published {
        ConsultationNotice::RemarkPublished
    } else {
        ConsultationNotice::RemarkWaiting
    };
    crate::forms::flow::done(
        format!("/consultations/{}/remarks#remark-{}", r.id, row.id),
        notice,
        "remark-edit",
    )
    .await
}

/// Support or report: signed in, never one's own remark, only a shown one; once per account
/// (a second changes nothing). Support only while the consultation is open.
#[cfg(feature = "ssr")]
async fn react(
    remark_id: i64,
    support: bool,
    section: Option<String>,
    sort: Option<String>,
    page: Option<u32>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{self, NotYours, Phase};
    use super::{store, ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{finish, not_found, one, require_user};
    use crate::forms::Notice;
    let st = crate::platform::state()?;
    let Some((row, r)) = remark_util::find(&st.db, remark_id).await? else {
        return not_found();
    };
    let list = remarks_address(
        r.id,
        section.as_deref().unwrap_or_default(),
        sort.as_deref().unwrap_or_default(),
        page.unwrap_or(1),
    );
    let back = format!("{list}#remark-{}", row.id);
    let form = if support {
        "remark-support"
    } else {
        "remark-report"
    };
    let user = match require_user(&back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, form, &back, vec![]).await,
    };
    match rules::may_react(user.id, row.author_id, row.state()) {
        Err(NotYours::Own) => {
            return finish(one("", ConsultationProblem::RemarkOwn), form, &back, vec![]).await
        }
        Err(NotYours::NotShown) => {
            return finish(
                one("", ConsultationProblem::RemarkNotShown),
                form,
                &back,
                vec![],
            )
            .await
        }
        Ok(()) => {}
    }
    let notice = if support {
        if util::phase(&r) != Phase::Open {
            return finish(
                one("", ConsultationProblem::ConsultationClosed),
                form,
                &back,
                vec![],
            )
            .await;
        }
        if store::support(&st.db, row.id, user.id).await? {
            ConsultationNotice::RemarkSupported
        } else {
            ConsultationNotice::RemarkSupportedBefore
        }
    } else {
        let (counted, held) = store::report(&st.db, row.id, user.id).await?;
        if held {
            tracing::info!(remark = row.id, "remark held after reports");
        }
        if counted {
            ConsultationNotice::RemarkReported
        } else {
            ConsultationNotice::RemarkReportedBefore
        }
    };
    finish(
        FormReply::Done {
            to: back.clone(),
            notice: Some(Notice::from(notice)),
            boot: None,
        },
        form,
        &back,
        vec![],
    )
    .await
}

/// Supports a remark (see `react`). `section`, `sort` and `page` bring the resident back to
/// the list they were reading.
#[server(endpoint = "consultations/remark/support")]
pub async fn support_remark(
    remark_id: i64,
    #[server(default)] section: Option<String>,
    #[server(default)] sort: Option<String>,
    #[server(default)] page: Option<u32>,
) -> Result<FormReply, crate::platform::Failure> {
    react(remark_id, true, section, sort, page).await
}

/// Reports a remark to the moderators (see `react`); three residents' reports hold it until
/// a clerk decides.
#[server(endpoint = "consultations/remark/report")]
pub async fn report_remark(
    remark_id: i64,
    #[server(default)] section: Option<String>,
    #[server(default)] sort: Option<String>,
    #[server(default)] page: Option<u32>,
) -> Result<FormReply, crate::platform::Failure> {
    react(remark_id, false, section, sort, page).await
}

/// The public moderation log of a consultation; for clerks also the remarks waiting for a
/// decision.
#[server(endpoint = "consultations/moderation")]
pub async fn load_moderation(
    consultation_id: i64,
) -> Result<super::ModerationView, crate::platform::Failure> {
    use super::rules::{Channel, RemarkState};
    use super::{store, LogLine, ModerationView, QueuedRemark};
    use crate::forms::flow::not_found;
    let st = crate::platform::state()?;
    let Some(r) = store::get(&st.db, consultation_id).await?.filter(|r| {
        remark_util::lists_remarks(r)
            || (r.def.published && r.def.forms.contains(&super::rules::Form::OpinionMap))
    }) else {
        return not_found();
    };
    let staff = crate::platform::request::ctx()
        .ok()
        .and_then(|c| c.user)
        .is_some_and(|u| u.role.is_staff());
    let queue = if staff {
        store::moderation_queue(&st.db, r.id)
            .await?
            .into_iter()
            .map(|(row, reports)| QueuedRemark {
                id: row.id,
                section: row.section.clone(),
                held: row.state() == RemarkState::Held,
                text: row.text,
                reports: reports.max(0) as u32,
                channel: Channel::parse(&row.channel).unwrap_or(Channel::Portal),
                written: LocalTime::at(row.created_at),
            })
            .collect()
    } else {
        Vec::new()
    };
    let log = store::moderation_log(&st.db, r.id)
        .await?
        .into_iter()
        .map(|(remark, statement, action, reason, at)| LogLine {
            remark,
            statement,
            state: RemarkState::parse(&action, reason.as_deref()),
            at: LocalTime::at(at),
        })
        .collect();
    let statements = if staff {
        store::statement_queue(&st.db, r.id).await?
    } else {
        Vec::new()
    };
    Ok(ModerationView {
        card: util::card(&r),
        staff,
        queue,
        statements,
        log,
    })
}

/// A resident (or the organiser) proposes a statement for the opinion map: signed in, while
/// the consultation is open; at most 280 characters; not one already there (compared without
/// case or spacing); at most STATEMENTS_PER_DAY a day per account, counted and checked in one
/// statement. Residents' statements wait for a clerk where moderation comes first; the
/// organiser's are published.
#[server(endpoint = "consultations/statement/propose")]
pub async fn propose_statement(
    consultation_id: i64,
    #[server(default)] text: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{self, Form, Phase, RemarkState};
    use super::{store, ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{fields, finish, not_found, one, require_user};
    use crate::forms::{FieldError, FormProblem};
    let st = crate::platform::state()?;
    let text = text.unwrap_or_default();
    let back = format!("/consultations/{consultation_id}/opinions#propose");
    let values = fields(&[("text", &text)]);
    let user = match require_user(&back) {
        Ok(u) => u,
        Err(reply) => return finish(reply, "propose", &back, values).await,
    };
    let Some(r) = store::get(&st.db, consultation_id)
        .await?
        .filter(|r| r.def.published && r.def.forms.contains(&Form::OpinionMap))
    else {
        return not_found();
    };
    match util::phase(&r) {
        Phase::Open => {}
        Phase::Draft | Phase::Information => {
            return finish(
                one("", ConsultationProblem::ConsultationNotOpen),
                "propose",
                &back,
                values,
            )
            .await
        }
        _ => {
            return finish(
                one("", ConsultationProblem::ConsultationClosed),
                "propose",
                &back,
                values,
            )
            .await
        }
    }
    let text = match rules::check_statement(&text) {
        Ok(t) => t,
        Err((f, p)) => {
            return finish(
                FormReply::invalid(vec![FieldError::new(f, p)]),
                "propose",
                &back,
                values,
            )
            .await
        }
    };
    let key = rules::statement_key(&text);
    if store::statement_texts(&st.db, r.id)
        .await?
        .iter()
        .any(|t| rules::statement_key(t) == key)
    {
        return finish(
            one("text", ConsultationProblem::StatementDuplicate),
            "propose",
            &back,
            values,
        )
        .await;
    }
    if let Err(secs) = crate::platform::throttle::attempt(
        &st.db,
        &format!("statement:{}", user.id),
        rules::STATEMENTS_PER_DAY as i64,
        24 * 3600,
    )
    .await?
    {
        return finish(
            one(
                "",
                FormProblem::Throttled {
                    minutes: (secs + 59) / 60,
                },
            ),
            "propose",
            &back,
            values,
        )
        .await;
    }
    let organiser = user.role.is_staff();
    let state = if organiser {
        RemarkState::Published
    } else {
        RemarkState::written(r.def.moderation)
    };
    store::propose_statement(&st.db, r.id, Some(user.id), organiser, &text, state).await?;
    let notice = if state == RemarkState::Published {
        ConsultationNotice::StatementPublished
    } else {
        ConsultationNotice::StatementWaiting
    };
    crate::forms::flow::done(back.clone(), notice, "propose").await
}

/// A clerk publishes a proposed statement or hides it with a reason from the list; logged
/// publicly and told to its author. Clerks and administrators only.
#[server(endpoint = "consultations/statement/moderate")]
pub async fn moderate_statement(
    consultation_id: i64,
    statement_id: i64,
    #[server(default)] decision: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{Decision, HideReason};
    use super::{store, ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{finish, one};
    let (clerk, st, r) = staff_and_published(consultation_id).await?;
    let back = format!("/consultations/{}/moderation#statements", r.id);
    let d = match decision.as_deref().map(str::trim) {
        Some("publish") => Some(Decision::Publish),
        Some(code) => HideReason::parse(code).map(Decision::Hide),
        None => None,
    };
    let Some(d) = d else {
        return finish(
            one("decision", ConsultationProblem::DecisionRequired),
            "moderate-statement",
            &back,
            vec![],
        )
        .await;
    };
    if !store::decide_statement(&st.db, r.id, statement_id, d, clerk.id).await? {
        return finish(
            one("", ConsultationProblem::StatementUnknown),
            "moderate-statement",
            &back,
            vec![],
        )
        .await;
    }
    crate::forms::flow::done(
        back.clone(),
        ConsultationNotice::RemarkDecided,
        "moderate-statement",
    )
    .await
}

/// A clerk publishes a remark or hides it with a reason from the list; logged publicly and
/// told to its author. Clerks and administrators only.
#[server(endpoint = "consultations/remark/moderate")]
pub async fn moderate_remark(
    remark_id: i64,
    #[server(default)] decision: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{Decision, HideReason};
    use super::{store, ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{finish, not_found, one, require_staff};
    let clerk = require_staff()?;
    let st = crate::platform::state()?;
    let Some((row, r)) = remark_util::find(&st.db, remark_id).await? else {
        return not_found();
    };
    let back = format!("/consultations/{}/moderation", r.id);
    let d = match decision.as_deref().map(str::trim) {
        Some("publish") => Decision::Publish,
        Some(code) => match HideReason::parse(code) {
            Some(reason) => Decision::Hide(reason),
            None => {
                return finish(
                    one("decision", ConsultationProblem::DecisionRequired),
                    "moderate",
                    &back,
                    vec![],
                )
                .await
            }
        },
        None => {
            return finish(
                one("decision", ConsultationProblem::DecisionRequired),
                "moderate",
                &back,
                vec![],
            )
            .await
        }
    };
    store::decide(&st.db, row.id, d, clerk.id).await?;
    crate::forms::flow::done(back.clone(), ConsultationNotice::RemarkDecided, "moderate").await
}

/// The signed-in clerk (or administrator) and a published consultation: 401 or 403 for
/// anyone else, 404 for a consultation that is not published.
#[cfg(feature = "ssr")]
async fn staff_and_published(
    consultation_id: i64,
) -> Result<
    (
        crate::platform::session::SessionUser,
        crate::platform::AppState,
        super::store::ConRow,
    ),
    crate::platform::Failure,
> {
    let clerk = crate::forms::flow::require_staff()?;
    let st = crate::platform::state()?;
    match super::store::get(&st.db, consultation_id)
        .await?
        .filter(|r| r.def.published)
    {
        Some(r) => Ok((clerk, st, r)),
        None => crate::forms::flow::not_found(),
    }
}

/// What is left to answer, and the report being written (clerks and administrators).
#[server(endpoint = "consultations/answering")]
pub async fn load_answering(
    consultation_id: i64,
) -> Result<super::AnsweringView, crate::platform::Failure> {
    use super::rules::{Channel, RemarkState};
    use super::{store, AnsweringView, QueuedRemark};
    let (_, st, r) = staff_and_published(consultation_id).await?;
    let (remarks, statements) = store::unanswered(&st.db, r.id).await?;
    let (summary, changes, _) = store::final_report(&st.db, r.id).await?.unwrap_or_default();
    Ok(AnsweringView {
        card: util::card(&r),
        remarks: remarks
            .into_iter()
            .map(|row| QueuedRemark {
                id: row.id,
                section: row.section.clone(),
                held: row.state() != RemarkState::Published,
                text: row.text,
                reports: 0,
                channel: Channel::parse(&row.channel).unwrap_or(Channel::Portal),
                written: LocalTime::at(row.created_at),
            })
            .collect(),
        statements,
        summary,
        changes,
        report_published: r.report_published,
        sections: store::sections(&st.db, r.id)
            .await?
            .into_iter()
            .map(|s| (s.anchor, s.heading))
            .collect(),
        paper_open: remark_util::takes_paper_now(&r),
    })
}

/// A remark received on paper, by post or by e-mail, typed in by a clerk with its channel:
/// published at once (the clerk has read it), counted and answered like any other.
/// Clerks and administrators only, from the opening until the date for answers.
#[server(endpoint = "consultations/remark/enter")]
pub async fn enter_remark(
    consultation_id: i64,
    #[server(default)] channel: Option<String>,
    #[server(default)] section: Option<String>,
    #[server(default)] text: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{Channel, RemarkState};
    use super::{store, ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{fields, finish, one};
    use crate::forms::FieldError;
    let (clerk, st, r) = staff_and_published(consultation_id).await?;
    let back = format!("/consultations/{}/answers#paper", r.id);
    let channel_code = channel.unwrap_or_default();
    let section = section.unwrap_or_default().trim().to_string();
    let text = text.unwrap_or_default();
    let values = fields(&[
        ("channel", &channel_code),
        ("section", &section),
        ("text", &text),
    ]);
    if !remark_util::takes_paper_now(&r) {
        return finish(
            one("", ConsultationProblem::PaperOutsideDates),
            "paper",
            &back,
            values,
        )
        .await;
    }
    let mut errors = Vec::new();
    let channel = Channel::parse(channel_code.trim()).filter(|c| *c != Channel::Portal);
    if channel.is_none() {
        errors.push(FieldError::new(
            "channel",
            ConsultationProblem::ChannelRequired,
        ));
    }
    let (anchor, text) = remark_util::checked(&st.db, r.id, &section, &text, &mut errors).await?;
    let Some(channel) = channel.filter(|_| errors.is_empty()) else {
        return finish(FormReply::invalid(errors), "paper", &back, values).await;
    };
    store::add_remark(
        &st.db,
        r.id,
        anchor.as_deref(),
        None,
        channel,
        Some(clerk.id),
        &text,
        RemarkState::Published,
    )
    .await?;
    crate::forms::flow::done(back.clone(), ConsultationNotice::RemarkEntered, "paper").await
}

/// One answer, with its justification, to the remarks and statements picked (`picked` holds
/// `r<id>` and `s<id>` of ticked boxes): remarks on the same matter answered once. Clerks
/// and administrators only; each remark's author is told.
#[server(endpoint = "consultations/answer-items")]
pub async fn answer_items(
    consultation_id: i64,
    #[server(default)] picked: std::collections::HashMap<String, String>,
    #[server(default)] verdict: Option<String>,
    #[server(default)] justification: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{self, Verdict};
    use super::{store, ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{fields, finish};
    use crate::forms::{FieldError, Notice};
    let (clerk, st, r) = staff_and_published(consultation_id).await?;
    let back = format!("/consultations/{}/answers", r.id);
    let verdict_code = verdict.unwrap_or_default();
    let justification = justification.unwrap_or_default();
    let mut values = fields(&[
        ("verdict", &verdict_code),
        ("justification", &justification),
    ]);
    let (mut remarks, mut statements) = (Vec::new(), Vec::new());
    for k in picked.keys() {
        values.push((format!("picked[{k}]"), "on".into()));
        if let Some(id) = k.strip_prefix('r').and_then(|n| n.parse::<i64>().ok()) {
            remarks.push(id);
        } else if let Some(id) = k.strip_prefix('s').and_then(|n| n.parse::<i64>().ok()) {
            statements.push(id);
        }
    }
    let mut errors = Vec::new();
    if remarks.is_empty() && statements.is_empty() {
        errors.push(FieldError::new(
            "picked",
            ConsultationProblem::NothingPicked,
        ));
    }
    let verdict = Verdict::parse(verdict_code.trim());
    if verdict.is_none() {
        errors.push(FieldError::new(
            "verdict",
            ConsultationProblem::VerdictRequired,
        ));
    }
    let justification = match rules::check_justification(&justification) {
        Ok(j) => j,
        Err((field, p)) => {
            errors.push(FieldError::new(field, p));
            String::new()
        }
    };
    let Some(verdict) = verdict.filter(|_| errors.is_empty()) else {
        return finish(FormReply::invalid(errors), "answer", &back, values).await;
    };
    let count = store::answer(
        &st.db,
        r.id,
        &remarks,
        &statements,
        verdict,
        &justification,
        clerk.id,
    )
    .await?;
    if count == 0 {
        return finish(
            FormReply::invalid(vec![FieldError::new(
                "picked",
                ConsultationProblem::NothingPicked,
            )]),
            "answer",
            &back,
            values,
        )
        .await;
    }
    finish(
        FormReply::Done {
            to: back.clone(),
            notice: Some(Notice::from(ConsultationNotice::AnswerGiven {
                count: count as i64,
            })),
            boot: None,
        },
        "answer",
        &back,
        vec![],
    )
    .await
}

/// Keeps the report's summary and "what changed"; with `publish` = "yes", publishes it,
/// which Kraków's rules allow only after the consultation has ended and once every remark
/// and statement has its answer. Clerks and administrators only.
#[server(endpoint = "consultations/report/save")]
pub async fn save_report(
    consultation_id: i64,
    #[server(default)] summary: Option<String>,
    #[server(default)] changes: Option<String>,
    #[server(default)] publish: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{self, Phase};
    use super::{store, ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{fields, finish};
    use crate::forms::{FieldError, FormProblem, Notice};
    let (clerk, st, r) = staff_and_published(consultation_id).await?;
    let back = format!("/consultations/{}/answers#report", r.id);
    let summary = summary.unwrap_or_default();
    let changes = changes.unwrap_or_default();
    let values = fields(&[("summary", &summary), ("changes", &changes)]);
    let publish = publish.as_deref() == Some("yes") && !r.report_published;
    let mut errors: Vec<FieldError> = Vec::new();
    for (field, text) in [("summary", &summary), ("changes", &changes)] {
        if text.chars().count() > 20_000 {
            errors.push(FieldError::new(
                field,
                FormProblem::TextTooLong { max: 20_000 },
            ));
        }
    }
    if publish {
        if matches!(
            util::phase(&r),
            Phase::Draft | Phase::Information | Phase::Open
        ) {
            errors.push(FieldError::new(
                "report",
                ConsultationProblem::ReportBeforeClose,
            ));
        }
        let unanswered = store::unanswered_count(&st.db, r.id).await?.max(0) as u64;
        for (field, p) in rules::check_report(unanswered, &summary) {
            errors.push(FieldError::new(field, p));
        }
    }
    if !errors.is_empty() {
        return finish(FormReply::invalid(errors), "report", &back, values).await;
    }
    store::save_report(
        &st.db,
        r.id,
        summary.trim(),
        changes.trim(),
        clerk.id,
        publish,
    )
    .await?;
    let (to, notice) = if publish {
        (
            format!("/consultations/{}/report", r.id),
            ConsultationNotice::ReportPublished,
        )
    } else {
        (back.clone(), ConsultationNotice::ReportSaved)
    };
    finish(
        FormReply::Done {
            to,
            notice: Some(Notice::from(notice)),
            boot: None,
        },
        "report",
        &back,
        vec![],
    )
    .await
}

/// The published final report (public; 404 before it is published).
#[server(endpoint = "consultations/report")]
pub async fn load_report(
    consultation_id: i64,
) -> Result<super::ReportView, crate::platform::Failure> {
    use crate::forms::flow::not_found;
    let st = crate::platform::state()?;
    let Some(r) = super::store::get(&st.db, consultation_id)
        .await?
        .filter(|r| r.def.published && r.report_published)
    else {
        return not_found();
    };
    Ok(util::report(&st.db, &r).await?)
}

/// Every consultation, drafts included (clerks and administrators).
#[server(endpoint = "consultations/staff")]
pub async fn load_staff_consultations() -> Result<Vec<ConsultationCard>, crate::platform::Failure> {
    crate::forms::flow::require_staff()?;
    let st = crate::platform::state()?;
    Ok(super::store::all(&st.db)
        .await?
        .iter()
        .map(util::card)
        .collect())
}

/// A consultation in the organisers' form; 0: a new one, with dates that meet Kraków's
/// minimums from tomorrow (clerks and administrators).
#[server(endpoint = "consultations/draft")]
pub async fn load_draft(
    consultation_id: i64,
) -> Result<super::ConsultationDraft, crate::platform::Failure> {
    use super::rules::{self, Form, Moderation, Phase, Topic};
    use super::{store, ConsultationDraft};
    use crate::forms::flow::{not_found, require_staff};
    require_staff()?;
    let st = crate::platform::state()?;
    if consultation_id == 0 {
        let today = rules::day_of(crate::platform::now());
        let at = |n: i64| {
            today
                .checked_add(jiff::Span::new().days(n))
                .unwrap_or(today)
                .to_string()
        };
        return Ok(ConsultationDraft {
            id: 0,
            title: String::new(),
            summary: String::new(),
            easy_summary: String::new(),
            topic: Topic::Other,
            districts: Vec::new(),
            department: String::new(),
            contact: String::new(),
            moderation: Moderation::After,
            forms: vec![Form::Remarks, Form::Meeting, Form::Paper],
            verified_only: false,
            information_from: at(1),
            opens: at(8),
            closes: at(35),
            answers_by: at(65),
            report_by: at(80),
            sections: String::new(),
            published: false,
            phase: Phase::Draft,
            extensions: Vec::new(),
            en: Default::default(),
            uk: Default::default(),
            survey_id: None,
            surveys: util::survey_choices(&st.db).await?,
            documents: Vec::new(),
            document_limit_mb: util::mb(st.settings.document_limit),
        });
    }
    let Some(r) = store::get(&st.db, consultation_id).await? else {
        return not_found();
    };
    let t = r.def.timeline;
    let version = |tr: &rules::Translation| {
        [
            tr.title.clone(),
            tr.summary.clone(),
            tr.easy_summary.clone(),
            rules::translation_text(tr),
        ]
    };
    Ok(ConsultationDraft {
        en: version(&r.translations.en),
        uk: version(&r.translations.uk),
        survey_id: r.survey_id,
        surveys: util::survey_choices(&st.db).await?,
        documents: util::documents(&st.db, r.id).await?,
        document_limit_mb: util::mb(st.settings.document_limit),
        id: r.id,
        phase: util::phase(&r),
        sections: rules::sections_text(&store::sections(&st.db, r.id).await?),
        extensions: store::extensions(&st.db, r.id).await?,
        title: r.def.title,
        summary: r.def.summary,
        easy_summary: r.def.easy_summary,
        topic: r.def.topic,
        districts: r.def.districts,
        department: r.def.department,
        contact: r.def.contact,
        moderation: r.def.moderation,
        forms: r.def.forms,
        verified_only: r.def.verified_only,
        information_from: t.information_from.to_string(),
        opens: t.opens.to_string(),
        closes: t.closes.to_string(),
        answers_by: t.answers_by.to_string(),
        report_by: t.report_by.to_string(),
        published: r.def.published,
    })
}

/// Saves a consultation as a draft, or publishes it (`publish` = "yes"): publishing is
/// refused, each reason at its field, while Kraków's minimums are not met. A published
/// consultation is not changed here (its last day moves only by an extension). Clerks and
/// administrators only.
#[allow(clippy::too_many_arguments)]
#[server(endpoint = "consultations/save")]
pub async fn save_consultation(
    consultation_id: i64,
    #[server(default)] title: String,
    #[server(default)] summary: String,
    #[server(default)] easy_summary: String,
    #[server(default)] topic: String,
    #[server(default)] districts: std::collections::HashMap<String, String>,
    #[server(default)] department: String,
    #[server(default)] contact: String,
    #[server(default)] moderation: String,
    #[server(default)] forms: std::collections::HashMap<String, String>,
    #[server(default)] verified_only: Option<String>,
    #[server(default)] information_from: String,
    #[server(default)] opens: String,
    #[server(default)] closes: String,
    #[server(default)] answers_by: String,
    #[server(default)] report_by: String,
    #[server(default)] sections: String,
    #[server(default)] survey: String,
    #[server(default)] publish: Option<String>,
) -> Result<FormReply, crate::platform::Failure> {
    use super::rules::{self, Form, Moderation, Publishable, Timeline, Topic};
    use super::store::{self, NewConsultation};
    use super::{ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{finish, not_found, one, require_staff};
    use crate::forms::{District, FieldError, FormProblem, Notice};
    let clerk = require_staff()?;
    let st = crate::platform::state()?;
    let back = if consultation_id == 0 {
        "/staff/consultations/new".to_string()
    } else {
        format!("/staff/consultations/{consultation_id}")
    };
    let mut values: Vec<(String, String)> = [
        ("title", &title),
        ("summary", &summary),
        ("easy_summary", &easy_summary),
        ("topic", &topic),
        ("department", &department),
        ("contact", &contact),
        ("moderation", &moderation),
        ("information_from", &information_from),
        ("opens", &opens),
        ("closes", &closes),
        ("answers_by", &answers_by),
        ("report_by", &report_by),
        ("sections", &sections),
        ("survey", &survey),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    values.extend(
        districts
            .keys()
            .map(|k| (format!("districts[{k}]"), "1".to_string())),
    );
    values.extend(
        forms
            .keys()
            .map(|k| (format!("forms[{k}]"), "yes".to_string())),
    );
    if verified_only.is_some() {
        values.push(("verified_only".into(), "yes".into()));
    }
    if consultation_id != 0 {
        match store::get(&st.db, consultation_id).await? {
            None => return not_found(),
            Some(r) if r.def.published => {
                return finish(
                    one("", ConsultationProblem::AlreadyPublished),
                    "consultation",
                    &back,
                    values,
                )
                .await
            }
            Some(_) => {}
        }
    }
    let mut errors: Vec<FieldError> = Vec::new();
    let title = title.trim().to_string();
    if title.is_empty() {
        errors.push(FieldError::new("title", FormProblem::FieldRequired));
    }
    for (field, text, max) in [
        ("title", &title, 200),
        ("summary", &summary, 2000),
        ("easy_summary", &easy_summary, 4000),
        ("department", &department, 300),
        ("contact", &contact, 500),
        ("sections", &sections, 200_000),
    ] {
        if text.chars().count() > max {
            errors.push(FieldError::new(
                field,
                FormProblem::TextTooLong { max: max as i64 },
            ));
        }
    }
    let topic = Topic::parse(topic.trim()).unwrap_or_else(|| {
        errors.push(FieldError::new("topic", FormProblem::ChoiceInvalid));
        Topic::Other
    });
    let mut chosen: Vec<District> = districts
        .keys()
        .filter_map(|k| k.strip_prefix('d')?.parse::<u8>().ok())
        .filter_map(District::new)
        .collect();
    chosen.sort();
    chosen.dedup();
    let moderation = if moderation == "before" {
        Moderation::Before
    } else {
        Moderation::After
    };
    let mut ways: Vec<Form> = forms.keys().filter_map(|k| Form::parse(k)).collect();
    ways.sort();
    ways.dedup();
    let mut date = |field: &'static str, v: &str| -> jiff::civil::Date {
        match v.trim().parse::<jiff::civil::Date>() {
            Ok(d) => d,
            Err(_) => {
                errors.push(FieldError::new(field, FormProblem::DateInvalid));
                jiff::civil::Date::constant(2000, 1, 1)
            }
        }
    };
    let timeline = Timeline {
        information_from: date("information_from", &information_from),
        opens: date("opens", &opens),
        closes: date("closes", &closes),
        answers_by: date("answers_by", &answers_by),
        report_by: date("report_by", &report_by),
    };
    let document = match rules::parse_sections(&sections) {
        Ok(s) => s,
        Err((field, p)) => {
            errors.push(FieldError::new(field, p));
            Vec::new()
        }
    };
    let survey_id = match survey.trim() {
        "" => None,
        v => match v.parse::<i64>() {
            Ok(sid) if crate::surveys::store::get(&st.db, sid).await?.is_some() => Some(sid),
            _ => {
                errors.push(FieldError::new(
                    "survey",
                    ConsultationProblem::SurveyUnknown,
                ));
                None
            }
        },
    };
    let publishing = publish.as_deref() == Some("yes");
    if publishing && ways.contains(&Form::Survey) && survey_id.is_none() && errors.is_empty() {
        errors.push(FieldError::new(
            "survey",
            ConsultationProblem::SurveyRequired,
        ));
    }
    if publishing && errors.is_empty() {
        let p = Publishable {
            title: title.clone(),
            summary: summary.clone(),
            easy_summary: easy_summary.clone(),
            sections: document.len(),
            department: department.clone(),
            contact: contact.clone(),
            forms: ways.clone(),
        };
        let today = rules::day_of(crate::platform::now());
        for (field, p) in rules::check_publish(&p, &timeline, today) {
            errors.push(FieldError::new(field, p));
        }
    }
    if !errors.is_empty() {
        return finish(FormReply::invalid(errors), "consultation", &back, values).await;
    }
    let def = NewConsultation {
        title,
        summary: summary.trim().to_string(),
        easy_summary: easy_summary.trim().to_string(),
        topic,
        districts: chosen,
        department: department.trim().to_string(),
        contact: contact.trim().to_string(),
        moderation,
        forms: ways,
        verified_only: verified_only.is_some(),
        timeline,
        published: publishing,
    };
    let id = if consultation_id == 0 {
        // Made as a draft first, then given its document and (maybe) published, as an
        // existing draft is.
        let draft = NewConsultation {
            published: false,
            ..def.clone()
        };
        let id = store::create(&st.db, &draft, Some(clerk.id)).await?;
        store::update_draft(&st.db, id, &def, &document, survey_id).await?;
        id
    } else if store::update_draft(&st.db, consultation_id, &def, &document, survey_id).await? {
        consultation_id
    } else {
        return finish(
            one("", ConsultationProblem::AlreadyPublished),
            "consultation",
            &back,
            values,
        )
        .await;
    };
    let (to, notice) = if publishing {
        (
            format!("/consultations/{id}"),
            ConsultationNotice::ConsultationPublished,
        )
    } else {
        (
            format!("/staff/consultations/{id}"),
            ConsultationNotice::ConsultationSaved,
        )
    };
    finish(
        FormReply::Done {
            to,
            notice: Some(Notice::from(notice)),
            boot: None,
        },
        "consultation",
        &back,
        vec![],
    )
    .await
}

/// Extends a published consultation: a new last day with its reason, while it is open (or
/// announced), never beyond 60 days in all; the answer and report dates move with it.
/// Clerks and administrators only.
#[server(endpoint = "consultations/extend")]
pub async fn extend_consultation(
    consultation_id: i64,
    #[server(default)] closes: String,
    #[server(default)] reason: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::{rules, store, ConsultationNotice};
    use crate::forms::flow::{fields, finish};
    use crate::forms::{FieldError, FormProblem};
    let (clerk, st, r) = staff_and_published(consultation_id).await?;
    let back = format!("/staff/consultations/{}#extend", r.id);
    let values = fields(&[("new_closes", &closes), ("reason", &reason)]);
    let Ok(new_closes) = closes.trim().parse::<jiff::civil::Date>() else {
        return finish(
            FormReply::invalid(vec![FieldError::new(
                "new_closes",
                FormProblem::DateInvalid,
            )]),
            "extend",
            &back,
            values,
        )
        .await;
    };
    let today = rules::day_of(crate::platform::now());
    let t = r.def.timeline;
    let new = match rules::extend(&t, new_closes, &reason, today) {
        Ok(n) => n,
        Err(errors) => {
            let errors = errors
                .into_iter()
                .map(|(f, p)| FieldError::new(if f == "closes" { "new_closes" } else { f }, p))
                .collect();
            return finish(FormReply::invalid(errors), "extend", &back, values).await;
        }
    };
    if !store::extend(&st.db, r.id, &t, &new, reason.trim(), clerk.id).await? {
        return finish(
            FormReply::invalid(vec![FieldError::new("new_closes", FormProblem::Unexpected)]),
            "extend",
            &back,
            values,
        )
        .await;
    }
    crate::forms::flow::done(
        format!("/staff/consultations/{}", r.id),
        ConsultationNotice::ConsultationExtended,
        "extend",
    )
    .await
}

/// Saves a consultation's English and Ukrainian versions (each whole or empty: the title, the
/// summary and every section of the Polish document, in order), for a draft or a published
/// consultation alike: a translation changes no date and no rule. Clerks and administrators
/// only.
#[allow(clippy::too_many_arguments)]
#[server(endpoint = "consultations/languages/save")]
pub async fn save_translations(
    consultation_id: i64,
    #[server(default)] title_en: String,
    #[server(default)] summary_en: String,
    #[server(default)] easy_summary_en: String,
    #[server(default)] sections_en: String,
    #[server(default)] title_uk: String,
    #[server(default)] summary_uk: String,
    #[server(default)] easy_summary_uk: String,
    #[server(default)] sections_uk: String,
) -> Result<FormReply, crate::platform::Failure> {
    use super::{rules, store, ConsultationNotice};
    use crate::forms::flow::{fields, finish, not_found, require_staff};
    use crate::forms::FieldError;
    let clerk = require_staff()?;
    let st = crate::platform::state()?;
    let Some(r) = store::get(&st.db, consultation_id).await? else {
        return not_found();
    };
    let back = format!("/staff/consultations/{}/languages", r.id);
    let values = fields(&[
        ("title_en", &title_en),
        ("summary_en", &summary_en),
        ("easy_summary_en", &easy_summary_en),
        ("sections_en", &sections_en),
        ("title_uk", &title_uk),
        ("summary_uk", &summary_uk),
        ("easy_summary_uk", &easy_summary_uk),
        ("sections_uk", &sections_uk),
    ]);
    let polish = store::sections(&st.db, r.id).await?.len();
    let mut t = rules::Translations::default();
    let mut errors = Vec::new();
    for (code, slot, [ti, su, e, se]) in [
        (
            "en",
            &mut t.en,
            [&title_en, &summary_en, &easy_summary_en, &sections_en],
        ),
        (
            "uk",
            &mut t.uk,
            [&title_uk, &summary_uk, &easy_summary_uk, &sections_uk],
        ),
    ] {
        match rules::check_translation(code, ti, su, e, se, polish) {
            Ok(tr) => *slot = tr,
            Err(es) => errors.extend(es.into_iter().map(|(f, p)| FieldError::new(&f, p))),
        }
    }
    if !errors.is_empty() {
        return finish(FormReply::invalid(errors), "languages", &back, values).await;
    }
    store::set_translations(&st.db, r.id, &t).await?;
    crate::platform::audit::record(
        &st.db,
        Some(clerk.id),
        "consultation_translations_saved",
        None,
        &format!(
            "consultation={} en={} uk={}",
            r.id,
            !t.en.is_empty(),
            !t.uk.is_empty()
        ),
    )
    .await?;
    crate::forms::flow::done(back, ConsultationNotice::TranslationsSaved, "languages").await
}

/// Removes a document from a consultation; its file goes too when no consultation uses the
/// same content. Clerks and administrators only.
#[server(endpoint = "consultations/document/remove")]
pub async fn remove_document(
    consultation_id: i64,
    document_id: i64,
) -> Result<FormReply, crate::platform::Failure> {
    use super::{documents, store, ConsultationNotice, ConsultationProblem};
    use crate::forms::flow::{finish, not_found, one, require_staff};
    let clerk = require_staff()?;
    let st = crate::platform::state()?;
    if store::get(&st.db, consultation_id).await?.is_none() {
        return not_found();
    }
    let back = format!("/staff/consultations/{consultation_id}#documents");
    let Some((sha, used)) = store::remove_document(&st.db, consultation_id, document_id).await?
    else {
        return finish(
            one("", ConsultationProblem::DocumentUnknown),
            "documents",
            &back,
            vec![],
        )
        .await;
    };
    if !used {
        let dir = st.settings.documents_dir.clone();
        let _ = tokio::task::spawn_blocking(move || documents::remove(&dir, &sha)).await;
    }
    crate::platform::audit::record(
        &st.db,
        Some(clerk.id),
        "consultation_document_removed",
        None,
        &format!("consultation={consultation_id} document={document_id}"),
    )
    .await?;
    crate::forms::flow::done(back, ConsultationNotice::DocumentRemoved, "documents").await
}

/// The signed-in resident's notices about consultations (their remarks published, held,
/// hidden or answered), newest first; seen from now on.
#[server(endpoint = "consultations/notices")]
pub async fn load_notices() -> Result<Vec<super::NoticeLine>, crate::platform::Failure> {
    use super::rules::{HideReason, Verdict};
    use super::{store, NoticeKind, NoticeLine};
    use crate::forms::flow::deny;
    use crate::forms::FormProblem;
    let Some(user) = crate::platform::request::ctx().ok().and_then(|c| c.user) else {
        return deny(FormProblem::NotSignedIn);
    };
    let st = crate::platform::state()?;
    Ok(store::notices_read(&st.db, user.id)
        .await?
        .into_iter()
        .filter_map(|n| {
            let reason = n.reason.as_deref().unwrap_or_default();
            let kind = match n.kind.as_str() {
                "remark-published" => NoticeKind::RemarkPublished,
                "remark-held" => NoticeKind::RemarkHeld,
                "remark-hidden" => NoticeKind::RemarkHidden(HideReason::parse(reason)?),
                "remark-answered" => NoticeKind::RemarkAnswered(Verdict::parse(reason)?),
                "opened" => NoticeKind::Opened,
                "closing-soon" => NoticeKind::ClosingSoon,
                "report-published" => NoticeKind::ReportPublished,
                "statement-published" => NoticeKind::StatementPublished(n.statement_text.clone()?),
                "statement-hidden" => NoticeKind::StatementHidden(
                    n.statement_text.clone()?,
                    HideReason::parse(reason)?,
                ),
                "seat-freed" => NoticeKind::SeatFreed(
                    n.meeting_title.clone()?,
                    LocalTime::at(n.meeting_starts?),
                ),
                _ => return None,
            };
            Some(NoticeLine {
                consultation: n.consultation_id,
                title: n.title,
                remark: n.remark_id,
                kind,
                at: LocalTime::at(n.created_at),
                new: n.read_at.is_none(),
            })
        })
        .collect())
}
