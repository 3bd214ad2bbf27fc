//! An order's way through the provider: sending the buyer to pay, and taking the provider's
//! notification as a payment only after checking it and confirming it with the provider.
use super::provider::{NotificationProblem, Paid, Provider, ProviderError, Registration};
use super::store::{self, Order};
use crate::platform::Db;

/// Where to send the buyer to pay for a waiting order: registered with the provider the
/// first time, the same page again afterwards.
pub async fn pay_url(
    db: &Db,
    provider: &impl Provider,
    order: &Order,
    language: &str,
    url_return: &str,
    url_status: &str,
) -> Result<Result<String, ProviderError>, sqlx::Error> {
    if let Some(token) = order.token.as_deref() {
        return Ok(Ok(provider.pay_url(token)));
    }
    let now = crate::platform::now();
    let r = Registration {
        session_id: &order.session_id,
        amount: order.amount,
        currency: &order.currency,
        description: &order.description,
        email: &order.email,
        language,
        url_return,
        url_status,
        time_limit_minutes: ((order.expires_at - now) / 60).max(1),
    };
    match provider.register(&r).await {
        Ok(token) => {
            store::registered(db, order.id, &token).await?;
            Ok(Ok(provider.pay_url(&token)))
        }
        Err(e) => {
            store::event(db, Some(order.id), "register_failed", &e.to_string()).await?;
            Ok(Err(e))
        }
    }
}

/// Why a notification was not taken as a payment (each is logged with the order it named).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    Notification(NotificationProblem),
    UnknownSession,
    Amount,
    Currency,
    Expired,
    Refunded,
    /// The provider did not confirm it (or could not be reached): it will notify again.
    NotConfirmed(ProviderError),
}

impl Refused {
    pub fn code(&self) -> &'static str {
        match self {
            Refused::Notification(p) => p.code(),
            Refused::UnknownSession => "unknown_session",
            Refused::Amount => "amount",
            Refused::Currency => "currency",
            Refused::Expired => "expired",
            Refused::Refunded => "refunded",
            Refused::NotConfirmed(_) => "not_confirmed",
        }
    }
}

/// A notification taken as a payment.
pub enum Accepted {
    /// This notification made the order paid: the caller fulfils it in `tx` and commits.
    Claimed {
        tx: sqlx::Transaction<'static, sqlx::Any>,
        order: Order,
        paid_at: i64,
    },
    /// The order was paid before (a repeated notification): nothing to do.
    AlreadyPaid(Order),
}

/// Checks a notification (sign, merchant, session, amount, currency, time limit), confirms
/// it with the provider, then claims the order in one statement.
pub async fn accept(
    db: &Db,
    provider: &impl Provider,
    body: &[u8],
    now: i64,
) -> Result<Result<Accepted, Refused>, sqlx::Error> {
    let paid: Paid = match provider.notification(body) {
        Ok(p) => p,
        Err(p) => {
            let r = Refused::Notification(p);
            store::event(db, None, "notification_refused", r.code()).await?;
            return Ok(Err(r));
        }
    };
    let Some(order) = store::by_session(db, &paid.session_id).await? else {
        store::event(db, None, "notification_refused", "unknown_session").await?;
        return Ok(Err(Refused::UnknownSession));
    };
    let refuse = |r: Refused| async {
        let detail = match &r {
            Refused::NotConfirmed(e) => format!("not_confirmed: {e}"),
            r => r.code().to_string(),
        };
        store::event(db, Some(order.id), "notification_refused", &detail).await?;
        Ok::<_, sqlx::Error>(Err(r))
    };
    if paid.amount != order.amount {
        return refuse(Refused::Amount).await;
    }
    if paid.currency != order.currency {
        return refuse(Refused::Currency).await;
    }
    match order.state.as_str() {
        "paid" => return Ok(Ok(Accepted::AlreadyPaid(order))),
        "refunded" => return refuse(Refused::Refunded).await,
        _ if order.expired(now) => return refuse(Refused::Expired).await,
        _ => {}
    }
    if let Err(e) = provider.confirm(&paid).await {
        return refuse(Refused::NotConfirmed(e)).await;
    }
    let mut tx = db.pool.begin().await?;
    if store::claim_paid(&mut tx, order.id, paid.provider_order_id, now).await? {
        let mut order = order;
        order.state = "paid".into();
        order.paid_at = Some(now);
        order.provider_order_id = Some(paid.provider_order_id);
        return Ok(Ok(Accepted::Claimed {
            tx,
            order,
            paid_at: now,
        }));
    }
    tx.rollback().await?;
    // Claimed by another notification meanwhile, or expired meanwhile.
    match store::get(db, order.id).await? {
        Some(o) if o.state == "paid" => Ok(Ok(Accepted::AlreadyPaid(o))),
        _ => refuse(Refused::Expired).await,
    }
}
