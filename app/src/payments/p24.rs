//! Przelewy24's REST API v1, the parts that need no network: the SHA-384 `sign` of each
//! message, computed over the documented fields as compact JSON in the documented order
//! (what PHP's `json_encode` writes with `JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES`,
//! which is also what serde_json writes), and the check of a notification's sign.
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha384};

fn sign_of<T: Serialize>(fields: &T) -> String {
    // Serialising a struct of strings and integers cannot fail.
    let json = serde_json::to_vec(fields).unwrap_or_default();
    hex::encode(Sha384::digest(&json))
}

/// `transaction/register`: `{"sessionId","merchantId","amount","currency","crc"}`.
pub fn register_sign(
    session_id: &str,
    merchant_id: i64,
    amount: i64,
    currency: &str,
    crc: &str,
) -> String {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct F<'a> {
        session_id: &'a str,
        merchant_id: i64,
        amount: i64,
        currency: &'a str,
        crc: &'a str,
    }
    sign_of(&F {
        session_id,
        merchant_id,
        amount,
        currency,
        crc,
    })
}

/// `transaction/verify`: `{"sessionId","orderId","amount","currency","crc"}`.
pub fn verify_sign(
    session_id: &str,
    order_id: i64,
    amount: i64,
    currency: &str,
    crc: &str,
) -> String {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct F<'a> {
        session_id: &'a str,
        order_id: i64,
        amount: i64,
        currency: &'a str,
        crc: &'a str,
    }
    sign_of(&F {
        session_id,
        order_id,
        amount,
        currency,
        crc,
    })
}

/// The notification Przelewy24 sends to `urlStatus` when a transaction is paid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Notification {
    pub merchant_id: i64,
    pub pos_id: i64,
    pub session_id: String,
    pub amount: i64,
    pub origin_amount: i64,
    pub currency: String,
    /// The provider's order id: a 64-bit integer.
    pub order_id: i64,
    pub method_id: i64,
    pub statement: String,
    pub sign: String,
}

impl Notification {
    /// `{"merchantId","posId","sessionId","amount","originAmount","currency","orderId",
    /// "methodId","statement","crc"}`.
    pub fn expected_sign(&self, crc: &str) -> String {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct F<'a> {
            merchant_id: i64,
            pos_id: i64,
            session_id: &'a str,
            amount: i64,
            origin_amount: i64,
            currency: &'a str,
            order_id: i64,
            method_id: i64,
            statement: &'a str,
            crc: &'a str,
        }
        sign_of(&F {
            merchant_id: self.merchant_id,
            pos_id: self.pos_id,
            session_id: &self.session_id,
            amount: self.amount,
            origin_amount: self.origin_amount,
            currency: &self.currency,
            order_id: self.order_id,
            method_id: self.method_id,
            statement: &self.statement,
            crc,
        })
    }

    /// Whether the sign is the one the CRC key gives (compared in constant time).
    pub fn signed_with(&self, crc: &str) -> bool {
        same(self.sign.as_bytes(), self.expected_sign(crc).as_bytes())
    }
}

/// Equal bytes, compared without stopping at the first difference, so that the time taken
/// tells nothing about how much of a forged sign (or key) was right.
pub fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    // The expected values were computed apart from this code, with Python's hashlib over
    // `json.dumps(fields, separators=(",", ":"), ensure_ascii=False)`.
    const CRC: &str = "0123456789abcdef";

    #[test]
    fn the_signs_are_those_of_the_documented_fields() {
        assert_eq!(
            register_sign("KO-2026-000123", 11111, 900, "PLN", CRC),
            "56db251c3ec8322230448e55f7cf823b28cd2485f460fcbeddaea9f5652a3ce9bb1d8db2cc1dcdfec08e6ea75332ea5d"
        );
        // Slashes and Polish letters are written as they are, not escaped.
        assert_eq!(
            register_sign("Bilet/Kraków ąę", 11111, 900, "PLN", CRC),
            "8a0ed55f9db001245eddfbf1555c66b352a876a525cefbe89bfffc3331c66ec70666836d1c37c88e1c46a0904725189b"
        );
        assert_eq!(
            verify_sign("KO-2026-000123", 317_485_739_102, 900, "PLN", CRC),
            "efd8ada9ce9f67c6acf238a1f2cdbccb5717117500bc21e55d10eeb0e49d884f0b60071a67bf7213e09bc8dd403f4b70"
        );
    }

    #[test]
    fn a_notification_is_accepted_only_with_its_own_sign() {
        let mut n = Notification {
            merchant_id: 11111,
            pos_id: 11111,
            session_id: "KO-2026-000123".into(),
            amount: 900,
            origin_amount: 900,
            currency: "PLN".into(),
            order_id: 317_485_739_102,
            method_id: 25,
            statement: "p24-K12-B34-M56".into(),
            sign: "b1a2bf4903299653369caceb05092b2277760c629e3ed4abf6c32304c4c6ffbb3213e8ead2c239d069dabd9736cb1c77".into(),
        };
        assert_eq!(n.expected_sign(CRC), n.sign);
        assert!(n.signed_with(CRC));
        assert!(!n.signed_with("another crc key!"));
        let fair = n.clone();
        n.amount = 90;
        assert!(!n.signed_with(CRC), "the amount changed");
        n = fair.clone();
        n.session_id = "KO-2026-000124".into();
        assert!(!n.signed_with(CRC), "another session");
        n = fair;
        n.sign.pop();
        assert!(!n.signed_with(CRC), "a shorter sign");
        // The JSON the provider sends reads into it.
        let json = r#"{"merchantId":11111,"posId":11111,"sessionId":"KO-2026-000123","amount":900,"originAmount":900,"currency":"PLN","orderId":317485739102,"methodId":25,"statement":"p24-K12-B34-M56","sign":"x"}"#;
        let read: Notification = serde_json::from_str(json).unwrap();
        assert_eq!(read.order_id, 317_485_739_102);
    }
}
