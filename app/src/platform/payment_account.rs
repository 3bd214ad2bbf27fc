//! The merchant account at the payment provider, from configuration (never the database):
//! where its REST API is and the credentials Przelewy24 issues (merchant id, POS id, the CRC
//! key that signs messages, the API key for Basic authentication).
#[derive(Clone)]
pub struct PaymentAccount {
    /// e.g. `https://secure.przelewy24.pl`, `https://sandbox.przelewy24.pl`, or the
    /// in-server sandbox `<origin>/sandbox/p24` (the default).
    pub base_url: String,
    pub merchant_id: i64,
    pub pos_id: i64,
    pub crc: String,
    pub api_key: String,
    /// How long an order waits for its payment (the provider's `timeLimit` too).
    pub order_minutes: i64,
}

impl std::fmt::Debug for PaymentAccount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PaymentAccount")
            .field("base_url", &self.base_url)
            .field("merchant_id", &self.merchant_id)
            .field("pos_id", &self.pos_id)
            .finish_non_exhaustive()
    }
}
