//! `konto-server interest AMOUNT DUE_DATE PAY_DATE [--rate standard|reduced|increased] [--json]`:
//! the late-payment interest on one overdue amount, from the same rules and rate table as the
//! portal (`konto_app::taxes::rules`), with the days at each rate, so that a clerk or an
//! auditor can check a single case. Needs no configuration or database.
use jiff::civil::Date;
use konto_app::taxes::rules::{self, money_text, RateKind};
use serde_json::json;

pub const USAGE: &str = "usage: konto-server interest AMOUNT DUE_DATE PAY_DATE [--rate standard|reduced|increased] [--json]
    AMOUNT     the overdue amount in złoty: 1000, 1000.50 or 1 000,50
    DUE_DATE   the day it was due (YYYY-MM-DD); a Saturday, Sunday or public holiday
               moves to the next working day, as the Tax Ordinance says (art. 12 § 5)
    PAY_DATE   the day it is paid (YYYY-MM-DD); interest runs to it inclusive
    --rate     the interest rate (default standard)
    --json     print JSON instead of text";

#[derive(Debug, Clone, PartialEq)]
pub struct Args {
    pub amount: i64,
    pub due: Date,
    pub paid: Date,
    pub rate: RateKind,
    pub json: bool,
}

pub fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut plain = Vec::new();
    let mut rate = RateKind::Standard;
    let mut json = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => json = true,
            "--rate" => {
                let v = it
                    .next()
                    .ok_or("--rate needs standard, reduced or increased")?;
                rate = RateKind::parse(v)
                    .ok_or_else(|| format!("--rate {v}: standard, reduced or increased"))?;
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            s => plain.push(s.to_string()),
        }
    }
    let [amount, due, paid] = plain.as_slice() else {
        return Err("AMOUNT, DUE_DATE and PAY_DATE are needed".into());
    };
    let amount = rules::parse_money(amount)
        .ok_or_else(|| format!("AMOUNT {amount}: złoty with at most two decimals, like 1000.50"))?;
    let day = |s: &str, name: &str| -> Result<Date, String> {
        s.parse::<Date>()
            .map_err(|_| format!("{name} {s}: a date written YYYY-MM-DD"))
    };
    Ok(Args {
        amount,
        due: day(due, "DUE_DATE")?,
        paid: day(paid, "PAY_DATE")?,
        rate,
        json,
    })
}

/// The text (or JSON) printed for one case.
pub fn report(a: &Args) -> Result<String, String> {
    let due = rules::working_day_from(a.due);
    let i = rules::interest(
        a.amount,
        due,
        a.paid,
        a.rate,
        &rules::lombard_rates(),
        &rules::letter_fees(),
    )
    .map_err(|e| match e {
        rules::InterestError::NoRate => format!(
            "no lombard rate is known for every day from {} to {}: the table starts on {}",
            due,
            a.paid,
            rules::lombard_rates()
                .first()
                .map(|l| l.from.to_string())
                .unwrap_or_default()
        ),
        rules::InterestError::Amount => "AMOUNT must not be negative".into(),
    })?;
    let percent = |bp: i64| format!("{}.{:02}", bp / 100, bp % 100);
    let exact = |g: f64| money_text(g.round() as i64);
    if a.json {
        let periods: Vec<_> = i
            .periods
            .iter()
            .map(|p| {
                json!({
                    "from": p.from.to_string(), "to": p.to.to_string(), "days": p.days,
                    "rate_percent": percent(p.rate_bp), "interest": exact(p.exact),
                })
            })
            .collect();
        return Ok(json!({
            "amount": money_text(a.amount),
            "due": a.due.to_string(),
            "due_working_day": due.to_string(),
            "paid": a.paid.to_string(),
            "rate": a.rate.code(),
            "periods": periods,
            "exact": exact(i.exact),
            "rounded": money_text(i.rounded),
            "threshold": money_text(i.threshold),
            "charged": money_text(i.charged),
        })
        .to_string());
    }
    let mut out = format!(
        "Interest on {} zł due {}{}, paid {} ({} rate):\n",
        money_text(a.amount),
        a.due,
        if due != a.due {
            format!(" (not a working day: due {due})")
        } else {
            String::new()
        },
        a.paid,
        a.rate.code()
    );
    if i.periods.is_empty() {
        out.push_str("  paid on time: no days late\n");
    }
    for p in &i.periods {
        out.push_str(&format!(
            "  {} – {}  {:>5} days at {:>6} %  {:>12} zł\n",
            p.from,
            p.to,
            p.days,
            percent(p.rate_bp),
            exact(p.exact)
        ));
    }
    out.push_str(&format!(
        "  exact {} zł, rounded to full złoty: {} zł\n  charged: {} zł{}\n",
        exact(i.exact),
        money_text(i.rounded),
        money_text(i.charged),
        if i.charged == 0 && i.rounded > 0 {
            format!(
                " (not over three registered-letter fees, {} zł)",
                money_text(i.threshold)
            )
        } else {
            String::new()
        }
    ));
    Ok(out)
}

pub fn main(args: &[String]) -> i32 {
    match parse_args(args).and_then(|a| report(&a)) {
        Ok(text) => {
            println!("{}", text.trim_end());
            0
        }
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            2
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split(' ').map(String::from).collect()
    }

    #[test]
    fn one_case_with_the_days_at_each_rate() {
        let a = parse_args(&args("1000 2025-03-15 2025-06-16")).unwrap();
        let text = report(&a).unwrap();
        assert!(
            text.contains("due 2025-03-15 (not a working day: due 2025-03-17)"),
            "{text}"
        );
        assert!(
            text.contains("2025-03-18 – 2025-05-07     51 days at  14.50 %"),
            "{text}"
        );
        assert!(
            text.contains("2025-05-08 – 2025-06-16     40 days at  13.50 %"),
            "{text}"
        );
        assert!(text.contains("charged: 35.00 zł"), "{text}");
        let j: serde_json::Value = serde_json::from_str(
            &report(
                &parse_args(&args("1000,00 2025-03-15 2025-06-16 --json --rate reduced")).unwrap(),
            )
            .unwrap(),
        )
        .unwrap();
        assert_eq!(j["rate"], "reduced");
        assert_eq!(j["periods"][0]["rate_percent"], "7.25");
        assert_eq!(j["charged"], "0.00", "18 zł is under 26.10 zł");
        assert_eq!(j["rounded"], "18.00");
        assert_eq!(j["threshold"], "26.10");
    }

    #[test]
    fn bad_input_is_told_plainly() {
        for (bad, says) in [
            ("1000 2025-03-15", "are needed"),
            ("10x 2025-03-15 2025-06-16", "AMOUNT 10x"),
            ("1000 2025-02-30 2025-06-16", "DUE_DATE 2025-02-30"),
            ("1000 2025-03-15 2025-06-16 --rate high", "--rate high"),
            ("1000 2025-03-15 2025-06-16 --fast", "unknown option"),
        ] {
            let e = parse_args(&args(bad)).unwrap_err();
            assert!(e.contains(says), "{bad}: {e}");
        }
        let early = parse_args(&args("1000 2020-01-01 2024-01-01")).unwrap();
        assert!(report(&early)
            .unwrap_err()
            .contains("the table starts on 2023-10-05"));
        assert_eq!(main(&args("1000")), 2);
    }
}
