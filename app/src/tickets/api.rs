//! The tickets' server functions.
use super::PriceList;
#[cfg(feature = "ssr")]
use super::{rules, PriceLine, TariffCard};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
fn card(t: &rules::Tariff) -> TariffCard {
    TariffCard {
        effective_from: t.effective_from,
        lines: t
            .prices
            .iter()
            .map(|p| PriceLine {
                product: p.product,
                zones: p.zones,
                resident: p.resident,
                normal: p.amount,
                reduced: rules::reduced(p.amount),
                confirmed: p.confirmed,
            })
            .collect(),
    }
}

/// The price list, for anyone: the tariff in force today (Kraków time) and those to come.
#[server(endpoint = "tickets/prices")]
pub async fn load_prices() -> Result<PriceList, crate::platform::Failure> {
    let st = crate::platform::state()?;
    let tariffs = super::store::tariffs(&st.db).await?;
    let today = crate::i18n::time::day_of(crate::platform::now());
    Ok(PriceList {
        in_force: rules::in_force(&tariffs, today).map(card),
        upcoming: tariffs
            .iter()
            .filter(|t| t.effective_from > today)
            .map(card)
            .collect(),
    })
}
