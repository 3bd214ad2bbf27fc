//! The provider's notifications (`urlStatus`): checked and confirmed by the payments
//! capability, then the order fulfilled by the service it belongs to, in the transaction that
//! made it paid (so a paid order without its ticket cannot exist, and a second never does;
//! a tax payment is written as the taxpayer's payment the same way).
use axum::{
    body::Bytes,
    extract::Extension,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use konto_app::payments::flow::{self, Accepted, Refused};
use konto_app::payments::provider::P24;
use konto_app::platform::{now, AppState};

/// Where the provider posts its notifications.
pub const STATUS_PATH: &str = "/payments/p24/status";

pub async fn p24_status(Extension(st): Extension<AppState>, body: Bytes) -> Response {
    let provider = P24 {
        account: &st.payment,
    };
    match flow::accept(&st.db, &provider, &body, now()).await {
        Ok(Ok(Accepted::Claimed {
            mut tx,
            order,
            paid_at,
        })) => {
            let fulfilled = match order.purpose.as_str() {
                "ticket" => {
                    konto_app::tickets::issue::issue(&mut tx, &st.ticket_keys, &order, paid_at)
                        .await
                        .map(|_| ())
                        .map_err(|e| e.to_string())
                }
                "tax" => {
                    konto_app::taxes::store::record_portal_payment(&mut tx, &order, paid_at).await
                }
                other => Err(format!("no service fulfils {other}")),
            };
            match fulfilled {
                Ok(()) => match tx.commit().await {
                    Ok(()) => {
                        tracing::info!(order = order.id, "order paid");
                        (StatusCode::OK, "OK").into_response()
                    }
                    Err(e) => unavailable(&e.to_string()),
                },
                // Not paid yet, then: the provider notifies again and the next try fulfils it.
                Err(e) => {
                    let _ = tx.rollback().await;
                    unavailable(&e)
                }
            }
        }
        Ok(Ok(Accepted::AlreadyPaid(_))) => (StatusCode::OK, "OK").into_response(),
        Ok(Err(Refused::NotConfirmed(e))) => {
            tracing::warn!(error = %e, "payment not confirmed by the provider; it will notify again");
            (StatusCode::SERVICE_UNAVAILABLE, "not confirmed").into_response()
        }
        Ok(Err(r)) => {
            tracing::warn!(target: "security", reason = r.code(), "payment notification refused");
            (StatusCode::BAD_REQUEST, "refused").into_response()
        }
        Err(e) => unavailable(&e.to_string()),
    }
}

fn unavailable(why: &str) -> Response {
    tracing::warn!(
        error = why,
        "payment notification not taken; the provider will notify again"
    );
    (StatusCode::SERVICE_UNAVAILABLE, "try again").into_response()
}
