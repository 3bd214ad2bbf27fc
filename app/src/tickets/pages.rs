//! The tickets' pages: the price list.
use super::api::load_prices;
use super::rules::{Product, Zones};
use super::{PriceLine, TariffCard};
use crate::i18n::{time, use_i18n, I18n};
use crate::t;
use crate::ui::{PageHeading, PageTitle};
use leptos::prelude::*;

pub fn product_text(i18n: I18n, p: Product) -> String {
    match p {
        Product::Minutes15 => t!(i18n, "tk-product-minutes15"),
        Product::Minutes30 => t!(i18n, "tk-product-minutes30"),
        Product::Minutes60 => t!(i18n, "tk-product-minutes60"),
        Product::Minutes90 => t!(i18n, "tk-product-minutes90"),
        Product::SingleRide => t!(i18n, "tk-product-single"),
        Product::Hours24 => t!(i18n, "tk-product-hours24"),
        Product::Hours48 => t!(i18n, "tk-product-hours48"),
        Product::Hours72 => t!(i18n, "tk-product-hours72"),
        Product::Days7 => t!(i18n, "tk-product-days7"),
        Product::GroupRide => t!(i18n, "tk-product-group"),
        Product::WeekendFamily => t!(i18n, "tk-product-family"),
        Product::MonthlyNetwork => t!(i18n, "tk-product-monthly-network"),
        Product::MonthlyLine => t!(i18n, "tk-product-monthly-line"),
        Product::HalfYear => t!(i18n, "tk-product-half-year"),
    }
}

pub fn zones_text(i18n: I18n, z: Zones) -> String {
    match z {
        Zones::City => t!(i18n, "tk-zones-city"),
        Zones::All => t!(i18n, "tk-zones-all"),
    }
}

/// One table of a tariff: short tickets by zones, or period tickets by the kind of price.
#[component]
fn PriceTable(lines: Vec<PriceLine>, period: bool, id: String) -> impl IntoView {
    let i18n = use_i18n();
    let caption = format!("{id}-caption");
    let labelled = caption.clone();
    view! {
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby=labelled>
            <table class="table">
                <caption id=caption class="table__caption">
                    {move || {
                        if period {
                            t!(i18n, "tk-period-caption")
                        } else {
                            t!(i18n, "tk-short-caption")
                        }
                    }}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t!(i18n, "tk-col-ticket")}</th>
                        <th scope="col">
                            {move || {
                                if period {
                                    t!(i18n, "tk-col-price-kind")
                                } else {
                                    t!(i18n, "tk-col-zones")
                                }
                            }}
                        </th>
                        <th scope="col" class="num">
                            {move || t!(i18n, "tk-col-normal")}
                        </th>
                        <th scope="col" class="num">
                            {move || t!(i18n, "tk-col-reduced")}
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {lines
                        .into_iter()
                        .map(|l| {
                            view! {
                                <tr>
                                    <th scope="row">
                                        {move || product_text(i18n, l.product)}
                                        {(!l.confirmed)
                                            .then(|| {
                                                view! {
                                                    " "
                                                    <span class="note">
                                                        {move || t!(i18n, "tk-unconfirmed")}
                                                    </span>
                                                }
                                            })}
                                    </th>
                                    <td>
                                        {move || {
                                            if !period {
                                                zones_text(i18n, l.zones)
                                            } else if l.resident {
                                                t!(i18n, "tk-resident")
                                            } else {
                                                t!(i18n, "tk-non-resident")
                                            }
                                        }}
                                    </td>
                                    <td class="num">{move || l.normal.text(i18n.lang())}</td>
                                    <td class="num">{move || l.reduced.text(i18n.lang())}</td>
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
fn Tariff(card: TariffCard, #[prop(into)] heading: TextProp, id: String) -> impl IntoView {
    let i18n = use_i18n();
    let (period, short): (Vec<PriceLine>, Vec<PriceLine>) =
        card.lines.into_iter().partition(|l| l.product.is_period());
    let any_unconfirmed = period.iter().chain(short.iter()).any(|l| !l.confirmed);
    let heading_id = format!("{id}-heading");
    let labelled = heading_id.clone();
    view! {
        <section aria-labelledby=labelled>
            <h2 id=heading_id>{move || heading.get().to_string()}</h2>
            <PriceTable lines=short period=false id=format!("{id}-short") />
            <PriceTable lines=period period=true id=format!("{id}-period") />
            {any_unconfirmed.then(|| view! { <p>{move || t!(i18n, "tk-unconfirmed-note")}</p> })}
        </section>
    }
}

fn from_date(i18n: I18n, d: jiff::civil::Date) -> String {
    time::date(i18n.lang(), time::LocalTime::on(d, 0, 0))
}

/// `/tickets/prices`: the tariff in force and those announced, for anyone.
#[component]
pub fn PricesPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| load_prices());
    view! {
        <PageTitle
            text=move || t!(i18n, "tk-prices-title")
            description=move || t!(i18n, "tk-prices-lead")
        />
        <PageHeading text=move || t!(i18n, "tk-prices-title") />
        <p class="lead">{move || t!(i18n, "tk-prices-lead")}</p>
        <Suspense fallback=move || {
            view! { <p>{move || t!(i18n, "loading")}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(list) => {
                        let now = match list.in_force {
                            Some(c) => {
                                let d = c.effective_from;
                                let heading = move || {
                                    t!(i18n, "tk-in-force", date = from_date(i18n, d))
                                };
                                view! { <Tariff card=c heading=heading id="in-force".into() /> }
                                    .into_any()
                            }
                            None => view! { <p>{move || t!(i18n, "tk-none")}</p> }.into_any(),
                        };
                        let later = list
                            .upcoming
                            .into_iter()
                            .enumerate()
                            .map(|(n, c)| {
                                let d = c.effective_from;
                                let heading = move || {
                                    t!(i18n, "tk-upcoming", date = from_date(i18n, d))
                                };
                                view! {
                                    <Tariff card=c heading=heading id=format!("upcoming-{n}") />
                                }
                            })
                            .collect_view();
                        view! {
                            {now}
                            {later}
                        }
                            .into_any()
                    }
                    Err(e) => {
                        view! {
                            <p class="error-text">{move || crate::ui::load_error_text(i18n, &e)}</p>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
