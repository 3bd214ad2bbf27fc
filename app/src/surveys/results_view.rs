//! The results page: per question a bar chart (server-rendered SVG) with a text
//! alternative and the same numbers in a table; breakdowns with small cells suppressed.
use super::api::{survey_results, HideAnswer};
use super::pages::{anonymity_text, survey_id, text_in, Tx};
use super::results::{Bar, Breakdown, QuestionResult, MIN_CELL};
use super::{Kind, Text, QUEUE_BATCH};
use crate::i18n::{use_i18n, I18n};
use crate::t;
use crate::ui::{fmt_num, ErrorSummary, Form, LoadFailed, PageTitle};
use leptos::prelude::*;

fn bar_label(i18n: I18n, b: &Bar) -> String {
    if b.value == "other" && b.label.is_empty() {
        t!(i18n, "survey-other")
    } else {
        text_in(i18n, &b.label)
    }
}

/// The sentence a screen reader hears for a chart: the most frequent answer and its share.
fn chart_summary(i18n: I18n, bars: &[Bar]) -> String {
    match bars.iter().filter(|b| b.count > 0).max_by_key(|b| b.count) {
        Some(top) => t!(
            i18n,
            "results-chart-summary",
            answer = bar_label(i18n, top),
            percent = fmt_num(i18n.lang(), top.percent, 1)
        ),
        None => t!(i18n, "results-no-answers"),
    }
}

/// Horizontal bars: each row a label, an SVG bar scaled to 100 % and the share as text. The
/// bars are drawn in the text colour's accent, so they follow high contrast and forced colours.
#[component]
fn BarChart(bars: Vec<Bar>) -> impl IntoView {
    let i18n = use_i18n();
    let summary = {
        let bars = bars.clone();
        move || chart_summary(i18n, &bars)
    };
    view! {
        <div class="chart" role="img" aria-label=summary>
            {bars
                .into_iter()
                .map(|b| {
                    let width = format!("{:.2}", b.percent.clamp(0.0, 100.0));
                    let pct = b.percent;
                    view! {
                        <div class="chart__row" aria-hidden="true">
                            <span class="chart__label">{move || bar_label(i18n, &b)}</span>
                            <svg
                                class="chart__bar"
                                viewBox="0 0 100 10"
                                preserveAspectRatio="none"
                                focusable="false"
                            >
                                <rect class="chart__track" x="0" y="0" width="100" height="10" />
                                <rect class="chart__fill" x="0" y="0" width=width height="10" />
                            </svg>
                            <span class="chart__value">
                                {move || format!("{} %", fmt_num(i18n.lang(), pct, 1))}
                            </span>
                        </div>
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn BarTable(bars: Vec<Bar>, caption: String) -> impl IntoView {
    let i18n = use_i18n();
    let label = caption.clone();
    view! {
        <div class="table-wrap" role="region" tabindex="0" aria-label=label>
            <table class="table table--compact">
                <caption class="table__caption table__caption--small">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t!(i18n, "results-answer")}</th>
                        <th scope="col" class="num">
                            {move || t!(i18n, "results-count")}
                        </th>
                        <th scope="col" class="num">
                            {move || t!(i18n, "results-percent")}
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {bars
                        .into_iter()
                        .map(|b| {
                            let pct = b.percent;
                            let count = b.count;
                            view! {
                                <tr>
                                    <th scope="row">{move || bar_label(i18n, &b)}</th>
                                    <td class="num">{count}</td>
                                    <td class="num">
                                        {move || format!("{} %", fmt_num(i18n.lang(), pct, 1))}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn QuestionBlock(
    r: QuestionResult,
    survey_id: i64,
    staff: bool,
    hide: ServerAction<HideAnswer>,
) -> impl IntoView {
    let i18n = use_i18n();
    let key = r.key.clone();
    let text = r.text.clone();
    let caption = {
        let text = r.text.clone();
        move || {
            t!(
                i18n,
                "results-table-caption",
                question = text_in(i18n, &text)
            )
        }
    };
    let answered = r.answered;
    let stats = r.stats.clone();
    let body = match r.kind {
        Kind::Single | Kind::Multi | Kind::Scale | Kind::Nps => view! {
            <div class="chart-pair">
                <BarChart bars=r.bars.clone() />
                <BarTable bars=r.bars.clone() caption=caption() />
            </div>
        }
        .into_any(),
        Kind::Grid => {
            let rows = r.grid.clone();
            let scale: Vec<String> = rows
                .first()
                .map(|g| g.bars.iter().map(|b| b.value.clone()).collect())
                .unwrap_or_default();
            view! {
                <div class="table-wrap" role="region" tabindex="0" aria-label=caption()>
                    <table class="table table--compact">
                        <caption class="table__caption table__caption--small">{caption()}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || t!(i18n, "results-item")}</th>
                                {scale
                                    .iter()
                                    .map(|v| {
                                        view! {
                                            <th scope="col" class="num">
                                                {v.clone()}
                                            </th>
                                        }
                                    })
                                    .collect_view()}
                                <th scope="col" class="num">
                                    {move || t!(i18n, "results-mean")}
                                </th>
                                <th scope="col" class="num">
                                    {move || t!(i18n, "results-median")}
                                </th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows
                                .into_iter()
                                .map(|g| {
                                    let label = g.label.clone();
                                    let (mean, median) = (g.stats.mean, g.stats.median);
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                <Tx text=label />
                                            </th>
                                            {g
                                                .bars
                                                .iter()
                                                .map(|b| view! { <td class="num">{b.count}</td> })
                                                .collect_view()}
                                            <td class="num">
                                                {move || {
                                                    mean.map(|m| fmt_num(i18n.lang(), m, 2))
                                                        .unwrap_or_else(|| "–".into())
                                                }}
                                            </td>
                                            <td class="num">
                                                {move || {
                                                    median
                                                        .map(|m| fmt_num(i18n.lang(), m, 1))
                                                        .unwrap_or_else(|| "–".into())
                                                }}
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any()
        }
        Kind::Short | Kind::Long => ().into_any(),
    };
    let texts = r.texts.clone();
    let (total, hidden) = (r.texts_total, r.hidden);
    let shown = texts.len();
    let nps = r.nps.clone();
    let is_scale = matches!(r.kind, Kind::Scale | Kind::Nps);
    view! {
        <section class="result" id=key.clone() aria-labelledby=format!("h-{key}")>
            <h2 class="result__title" id=format!("h-{key}")>
                <Tx text=text />
            </h2>
            <p class="result__meta">{move || t!(i18n, "results-answered", count = answered)}</p>
            {is_scale
                .then(|| {
                    let stats = stats.clone();
                    view! {
                        <p class="result__stats">
                            {move || {
                                t!(
                                    i18n, "results-mean-median",
                            mean = stats.mean.map(|m| fmt_num(i18n.lang(), m, 2)).unwrap_or_else(|| "–".into()),
                            median = stats.median.map(|m| fmt_num(i18n.lang(), m, 1)).unwrap_or_else(|| "–".into())
                                )
                            }}
                        </p>
                    }
                })}
            {nps
                .map(|n| {
                    view! {
                        <p class="result__nps">
                            <strong>
                                {move || t!(i18n, "results-nps", score = format!("{:+}", n.score))}
                            </strong>
                            " "
                            {move || {
                                t!(
                                    i18n, "results-nps-parts", promoters = n.promoters, passives = n.passives, detractors = n.detractors
                                )
                            }}
                        </p>
                    }
                })}
            {body}
            {(!texts.is_empty() || hidden > 0)
                .then(|| {
                    view! {
                        <h3 class="result__subtitle">
                            {move || t!(i18n, "results-texts", shown = shown, total = total)}
                        </h3>
                        {(hidden > 0)
                            .then(|| {
                                view! {
                                    <p class="muted">
                                        {move || t!(i18n, "results-hidden", count = hidden)}
                                    </p>
                                }
                            })}
                        <ul class="text-answers">
                            {texts
                                .iter()
                                .map(|a| {
                                    let q = r.key.clone();
                                    let rid = a.response.clone();
                                    view! {
                                        <li class="text-answers__item">
                                            <p class="text-answers__text">{a.text.clone()}</p>
                                            {staff
                                                .then(|| {
                                                    view! {
                                                        <ActionForm action=hide attr:class="inline-form">
                                                            <input type="hidden" name="survey_id" value=survey_id />
                                                            <input type="hidden" name="response" value=rid.clone() />
                                                            <input type="hidden" name="question" value=q.clone() />
                                                            <input type="hidden" name="hide" value="yes" />
                                                            <button type="submit" class="link-button">
                                                                {move || t!(i18n, "results-hide")}
                                                            </button>
                                                        </ActionForm>
                                                    }
                                                })}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
        </section>
    }
}

#[component]
fn BreakdownTable(b: Breakdown) -> impl IntoView {
    let i18n = use_i18n();
    let by_text = b.by_text.clone();
    let by_district = b.by.is_empty();
    let title = move || {
        if by_district {
            t!(i18n, "results-by-district")
        } else {
            t!(
                i18n,
                "results-by-question",
                question = text_in(i18n, &by_text)
            )
        }
    };
    let columns = b.columns.clone();
    let hid = format!(
        "breakdown-{}",
        if b.by.is_empty() {
            "district"
        } else {
            b.by.as_str()
        }
    );
    view! {
        <section class="breakdown">
            <h3 id=hid.clone()>{title.clone()}</h3>
            <div class="table-wrap" role="region" tabindex="0" aria-labelledby=hid.clone()>
                <table class="table table--compact" aria-labelledby=hid.clone()>
                    <thead>
                        <tr>
                            <th scope="col">{move || t!(i18n, "results-group")}</th>
                            <th scope="col" class="num">
                                {move || t!(i18n, "results-responses")}
                            </th>
                            {columns
                                .iter()
                                .map(|(_, text, kind)| {
                                    let text = text.clone();
                                    let nps = *kind == Kind::Nps;
                                    view! {
                                        <th scope="col" class="num">
                                            {move || {
                                                if nps {
                                                    t!(i18n, "results-col-nps", question = text_in(i18n, &text))
                                                } else {
                                                    t!(
                                                        i18n, "results-col-mean", question = text_in(i18n, &text)
                                                    )
                                                }
                                            }}
                                        </th>
                                    }
                                })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {b
                            .rows
                            .into_iter()
                            .map(|row| {
                                let label = row.label.clone();
                                let kinds: Vec<Kind> = columns.iter().map(|c| c.2).collect();
                                view! {
                                    <tr>
                                        <th scope="row">
                                            {move || {
                                                if label.is_empty() {
                                                    t!(i18n, "survey-other")
                                                } else {
                                                    text_in(i18n, &label)
                                                }
                                            }}
                                        </th>
                                        <td class="num">
                                            {move || match row.responses {
                                                Some(n) => n.to_string(),
                                                None => t!(i18n, "results-suppressed", min = MIN_CELL),
                                            }}
                                        </td>
                                        {row
                                            .cells
                                            .into_iter()
                                            .zip(kinds)
                                            .map(|(c, k)| {
                                                view! {
                                                    <td class="num">
                                                        {move || match c {
                                                            Some(v) if k == Kind::Nps => format!("{:+}", v as i64),
                                                            Some(v) => fmt_num(i18n.lang(), v, 2),
                                                            None => "–".into(),
                                                        }}
                                                    </td>
                                                }
                                            })
                                            .collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
pub fn ResultsPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = survey_id();
    let hide = ServerAction::<HideAnswer>::new();
    let form = Form::new("hide", hide);
    let data = Resource::new(
        move || (id.get(), hide.version().get()),
        |(id, _)| survey_results(id),
    );
    view! {
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(v) => {
                        let s = v.survey.clone();
                        let title: Text = s.def.title.clone();
                        let title2 = title.clone();
                        let sid = s.id;
                        let n = v.results.responses;
                        let (opens, closes) = (s.opens, s.closes);
                        let staff = v.staff;
                        let waiting = v.waiting;
                        view! {
                            <PageTitle text=move || {
                                format!(
                                    "{} – {}",
                                    t!(i18n, "results-title"),
                                    text_in(i18n, &title2),
                                )
                            } />
                            <ErrorSummary form />
                            <p class="caption">{move || t!(i18n, "results-title")}</p>
                            <h1 id="main-heading" tabindex="-1">
                                <Tx text=title />
                            </h1>
                            <ul class="facts">
                                <li>{move || t!(i18n, "results-total", count = n)}</li>
                                {(waiting > 0)
                                    .then(|| {
                                        view! {
                                            <li>
                                                {move || {
                                                    t!(
                                                        i18n, "results-waiting", count = waiting, batch = QUEUE_BATCH
                                                    )
                                                }}
                                            </li>
                                        }
                                    })}
                                <li>
                                    {move || {
                                        t!(
                                            i18n, "survey-dates", opens = crate::i18n::time::date_time(i18n.lang(), opens), closes = crate::i18n::time::date_time(i18n.lang(), closes)
                                        )
                                    }}
                                </li>
                                <li>{move || anonymity_text(i18n, s.anonymous)}</li>
                            </ul>
                            <p class="downloads">
                                {move || t!(i18n, "results-download")}" "
                                <a href=format!("/surveys/{sid}/results.csv") download="">
                                    {move || t!(i18n, "results-csv")}
                                </a>" · "
                                <a href=format!("/surveys/{sid}/results.json") download="">
                                    {move || t!(i18n, "results-json")}
                                </a>
                            </p>
                            {staff
                                .then(|| {
                                    view! {
                                        <p>
                                            <a href=format!(
                                                "/staff/surveys/{sid}",
                                            )>{move || t!(i18n, "survey-edit")}</a>
                                        </p>
                                    }
                                })}
                            {v
                                .results
                                .questions
                                .into_iter()
                                .map(|r| view! { <QuestionBlock r survey_id=sid staff hide /> })
                                .collect_view()}
                            {(!v.results.breakdowns.is_empty())
                                .then(|| {
                                    view! {
                                        <h2>{move || t!(i18n, "results-breakdowns")}</h2>
                                        <p>
                                            {move || {
                                                t!(i18n, "results-suppression-note", min = MIN_CELL)
                                            }}
                                        </p>
                                    }
                                })}
                            {v
                                .results
                                .breakdowns
                                .into_iter()
                                .map(|b| view! { <BreakdownTable b /> })
                                .collect_view()}
                        }
                            .into_any()
                    }
                    Err(e) => {
                        view! {
                            <LoadFailed
                                title=move || t!(i18n, "results-title")
                                error=e
                                back=(
                                    "/surveys".to_string(),
                                    (move || t!(i18n, "survey-back-to-list")).into(),
                                )
                            />
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
