//! The provider interface, shaped on hosted gateways (register a payment, send the buyer to
//! the provider's page, hear back by a signed notification, confirm it, refund), and its one
//! adapter: Przelewy24's REST API v1 over HTTP. The in-server sandbox speaks the same API, so
//! this adapter is what the tests exercise; pointing `base_url` at the real provider needs no
//! code change.
use super::p24;
use crate::platform::payment_account::PaymentAccount;
use serde::{Deserialize, Serialize};
use std::future::Future;

/// What the portal asks the provider to collect.
#[derive(Clone, Debug)]
pub struct Registration<'a> {
    pub session_id: &'a str,
    pub amount: i64,
    pub currency: &'a str,
    pub description: &'a str,
    pub email: &'a str,
    /// pl, en or uk (the provider's page falls back to English where it lacks one).
    pub language: &'a str,
    pub url_return: &'a str,
    pub url_status: &'a str,
    pub time_limit_minutes: i64,
}

/// A payment the provider says was made (from its signed notification).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paid {
    pub session_id: String,
    pub provider_order_id: i64,
    pub amount: i64,
    pub currency: String,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProviderError {
    #[error("the provider could not be reached: {0}")]
    Unreachable(String),
    #[error("the provider refused: {0}")]
    Refused(String),
}

/// Why a notification is not taken as a payment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotificationProblem {
    Malformed,
    Sign,
    Merchant,
}

impl NotificationProblem {
    pub fn code(self) -> &'static str {
        match self {
            NotificationProblem::Malformed => "malformed",
            NotificationProblem::Sign => "sign",
            NotificationProblem::Merchant => "merchant",
        }
    }
}

/// A hosted payment gateway.
pub trait Provider {
    /// Registers a payment; the token names it on the provider's page.
    fn register(
        &self,
        r: &Registration<'_>,
    ) -> impl Future<Output = Result<String, ProviderError>> + Send;
    /// Where the buyer pays.
    fn pay_url(&self, token: &str) -> String;
    /// Reads a notification: what was paid, if the message is the provider's own.
    fn notification(&self, body: &[u8]) -> Result<Paid, NotificationProblem>;
    /// Confirms a notified payment with the provider (until then it is not the merchant's).
    fn confirm(&self, p: &Paid) -> impl Future<Output = Result<(), ProviderError>> + Send;
    /// Returns a confirmed payment (whole) to the buyer.
    fn refund(
        &self,
        p: &Paid,
        request_id: &str,
        description: &str,
    ) -> impl Future<Output = Result<(), ProviderError>> + Send;
}

/// Przelewy24's REST API v1 with a merchant account.
pub struct P24<'a> {
    pub account: &'a PaymentAccount,
}

/// One HTTP client per process (connections are kept and reused).
fn http() -> &'static reqwest::Client {
    static CLIENT: std::sync::LazyLock<reqwest::Client> = std::sync::LazyLock::new(|| {
        reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(20))
            .connect_timeout(std::time::Duration::from_secs(5))
            .build()
            .unwrap_or_default()
    });
    &CLIENT
}

#[derive(Deserialize)]
struct Envelope<T> {
    data: T,
}

#[derive(Deserialize)]
struct TokenData {
    token: String,
}

#[derive(Deserialize)]
struct StatusData {
    status: String,
}

#[derive(Deserialize)]
struct RefundResult {
    status: bool,
    #[serde(default)]
    message: String,
}

impl P24<'_> {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.account.base_url.trim_end_matches('/'))
    }

    async fn send<B: Serialize + ?Sized>(
        &self,
        method: reqwest::Method,
        path: &str,
        body: &B,
    ) -> Result<(reqwest::StatusCode, String), ProviderError> {
        let r = http()
            .request(method, self.url(path))
            .basic_auth(self.account.pos_id, Some(&self.account.api_key))
            .json(body)
            .send()
            .await
            .map_err(|e| ProviderError::Unreachable(e.without_url().to_string()))?;
        let status = r.status();
        let text = r
            .text()
            .await
            .map_err(|e| ProviderError::Unreachable(e.without_url().to_string()))?;
        Ok((status, text))
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RegisterBody<'a> {
    merchant_id: i64,
    pos_id: i64,
    session_id: &'a str,
    amount: i64,
    currency: &'a str,
    description: &'a str,
    email: &'a str,
    country: &'a str,
    language: &'a str,
    url_return: &'a str,
    url_status: &'a str,
    time_limit: i64,
    sign: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct VerifyBody<'a> {
    merchant_id: i64,
    pos_id: i64,
    session_id: &'a str,
    amount: i64,
    currency: &'a str,
    order_id: i64,
    sign: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RefundBody<'a> {
    request_id: &'a str,
    refunds: [RefundLine<'a>; 1],
    refunds_uuid: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RefundLine<'a> {
    order_id: i64,
    session_id: &'a str,
    amount: i64,
    description: &'a str,
}

fn refused(status: reqwest::StatusCode, text: &str) -> ProviderError {
    // The provider's error text, shortened: it goes to the log, never to the buyer.
    let short: String = text.chars().take(200).collect();
    ProviderError::Refused(format!("{status}: {short}"))
}

impl Provider for P24<'_> {
    async fn register(&self, r: &Registration<'_>) -> Result<String, ProviderError> {
        let a = self.account;
        let body = RegisterBody {
            merchant_id: a.merchant_id,
            pos_id: a.pos_id,
            session_id: r.session_id,
            amount: r.amount,
            currency: r.currency,
            description: r.description,
            email: r.email,
            country: "PL",
            language: r.language,
            url_return: r.url_return,
            url_status: r.url_status,
            time_limit: r.time_limit_minutes,
            sign: p24::register_sign(r.session_id, a.merchant_id, r.amount, r.currency, &a.crc),
        };
        let (status, text) = self
            .send(reqwest::Method::POST, "/api/v1/transaction/register", &body)
            .await?;
        if !status.is_success() {
            return Err(refused(status, &text));
        }
        serde_json::from_str::<Envelope<TokenData>>(&text)
            .map(|e| e.data.token)
            .map_err(|_| refused(status, &text))
    }

    fn pay_url(&self, token: &str) -> String {
        self.url(&format!("/trnRequest/{token}"))
    }

    fn notification(&self, body: &[u8]) -> Result<Paid, NotificationProblem> {
        let n: p24::Notification =
            serde_json::from_slice(body).map_err(|_| NotificationProblem::Malformed)?;
        if !n.signed_with(&self.account.crc) {
            return Err(NotificationProblem::Sign);
        }
        if n.merchant_id != self.account.merchant_id || n.pos_id != self.account.pos_id {
            return Err(NotificationProblem::Merchant);
        }
        Ok(Paid {
            session_id: n.session_id,
            provider_order_id: n.order_id,
            amount: n.amount,
            currency: n.currency,
        })
    }

    async fn confirm(&self, p: &Paid) -> Result<(), ProviderError> {
        let a = self.account;
        let body = VerifyBody {
            merchant_id: a.merchant_id,
            pos_id: a.pos_id,
            session_id: &p.session_id,
            amount: p.amount,
            currency: &p.currency,
            order_id: p.provider_order_id,
            sign: p24::verify_sign(
                &p.session_id,
                p.provider_order_id,
                p.amount,
                &p.currency,
                &a.crc,
            ),
        };
        let (status, text) = self
            .send(reqwest::Method::PUT, "/api/v1/transaction/verify", &body)
            .await?;
        match serde_json::from_str::<Envelope<StatusData>>(&text) {
            Ok(e) if status.is_success() && e.data.status == "success" => Ok(()),
            _ => Err(refused(status, &text)),
        }
    }

    async fn refund(
        &self,
        p: &Paid,
        request_id: &str,
        description: &str,
    ) -> Result<(), ProviderError> {
        let body = RefundBody {
            request_id,
            refunds: [RefundLine {
                order_id: p.provider_order_id,
                session_id: &p.session_id,
                amount: p.amount,
                description,
            }],
            refunds_uuid: request_id,
        };
        let (status, text) = self
            .send(reqwest::Method::POST, "/api/v1/transaction/refund", &body)
            .await?;
        match serde_json::from_str::<Envelope<Vec<RefundResult>>>(&text) {
            Ok(e)
                if status.is_success() && e.data.iter().all(|r| r.status) && !e.data.is_empty() =>
            {
                Ok(())
            }
            Ok(e) => Err(ProviderError::Refused(
                e.data
                    .into_iter()
                    .map(|r| r.message)
                    .collect::<Vec<_>>()
                    .join("; "),
            )),
            Err(_) => Err(refused(status, &text)),
        }
    }
}
