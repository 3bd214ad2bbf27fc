//! The one error type of every server function: what went wrong, never how.
//!
//! A server function returns `Result<T, Failure>`; `?` turns a database error into
//! [`Failure::Internal`] (the detail goes to the log, never to the browser). On the wire a
//! failure keeps server_fn's own text form (`ServerError|not-found`, `Args|…`), so the
//! server's refusal middleware and every client read it the same way.
use leptos::server_fn::error::ServerFnErrorEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use leptos::server_fn::{Bytes, ContentType, Decodes, Encodes, Format, FormatType};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Failure {
    /// 404: the thing does not exist, or the person may not see it yet.
    NotFound,
    /// 401: sign in first.
    SignedOut,
    /// 403: signed in, but not allowed.
    Forbidden,
    /// 503: results are being counted in the background; try again shortly.
    Counting,
    /// The survey has no draft to preview.
    NoDraft,
    /// Something failed inside the server (logged there).
    Internal,
    /// The framework's own failure: the network, or arguments it could not read.
    Transport(ServerFnErrorErr),
}

impl Failure {
    /// The code on the wire (`ServerError|code`).
    fn code(&self) -> &'static str {
        match self {
            Failure::NotFound => "not-found",
            Failure::SignedOut => "signed-out",
            Failure::Forbidden => "forbidden",
            Failure::Counting => "counting",
            Failure::NoDraft => "no-draft",
            Failure::Internal | Failure::Transport(_) => "internal",
        }
    }

    fn from_code(code: &str) -> Failure {
        // The refusal middleware adds a translated sentence after the code.
        let code = code.split(':').next().unwrap_or_default().trim();
        match code {
            "not-found" => Failure::NotFound,
            "signed-out" => Failure::SignedOut,
            "forbidden" => Failure::Forbidden,
            "counting" => Failure::Counting,
            "no-draft" => Failure::NoDraft,
            "bad-request" | "too-large" => {
                Failure::Transport(ServerFnErrorErr::Args(code.to_string()))
            }
            _ => Failure::Internal,
        }
    }

    /// A failure that came from the network rather than from the server's answer.
    pub fn is_network(&self) -> bool {
        matches!(self, Failure::Transport(ServerFnErrorErr::Request(_)))
    }

    /// Logs an internal error with its detail and answers [`Failure::Internal`].
    pub fn internal(detail: impl std::fmt::Display) -> Failure {
        #[cfg(feature = "ssr")]
        tracing::error!(error = %detail, "request failed");
        #[cfg(not(feature = "ssr"))]
        let _ = detail;
        Failure::Internal
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Transport(e) => write!(f, "{e}"),
            other => f.write_str(other.code()),
        }
    }
}

impl FromServerFnError for Failure {
    type Encoder = FailureEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::ServerError(code) => Failure::from_code(&code),
            other => Failure::Transport(other),
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for Failure {
    fn from(e: sqlx::Error) -> Self {
        Failure::internal(format!("database: {e}"))
    }
}

/// server_fn's text encoding of errors (`Kind|detail`), for [`Failure`].
pub struct FailureEncoding;

impl ContentType for FailureEncoding {
    const CONTENT_TYPE: &'static str = "text/plain";
}

impl FormatType for FailureEncoding {
    const FORMAT_TYPE: Format = Format::Text;
}

type Plain = leptos::prelude::ServerFnError;

impl Encodes<Failure> for FailureEncoding {
    type Error = std::fmt::Error;

    fn encode(output: &Failure) -> Result<Bytes, Self::Error> {
        let plain: Plain = match output {
            Failure::Transport(e) => Plain::from_server_fn_error(e.clone()),
            other => Plain::ServerError(other.code().to_string()),
        };
        <ServerFnErrorEncoding as Encodes<Plain>>::encode(&plain)
    }
}

impl Decodes<Failure> for FailureEncoding {
    type Error = String;

    fn decode(bytes: Bytes) -> Result<Failure, Self::Error> {
        let plain = <ServerFnErrorEncoding as Decodes<Plain>>::decode(bytes)?;
        Ok(match plain {
            Plain::ServerError(code) => Failure::from_code(&code),
            Plain::Request(e) => Failure::Transport(ServerFnErrorErr::Request(e)),
            Plain::Args(e) => Failure::Transport(ServerFnErrorErr::Args(e)),
            Plain::MissingArg(e) => Failure::Transport(ServerFnErrorErr::MissingArg(e)),
            Plain::Deserialization(e) => Failure::Transport(ServerFnErrorErr::Deserialization(e)),
            Plain::Serialization(e) => Failure::Transport(ServerFnErrorErr::Serialization(e)),
            Plain::Response(e) => Failure::Transport(ServerFnErrorErr::Response(e)),
            Plain::MiddlewareError(e) => Failure::Transport(ServerFnErrorErr::MiddlewareError(e)),
            Plain::Registration(e) => Failure::Transport(ServerFnErrorErr::Registration(e)),
            _ => Failure::Internal,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(f: Failure) -> Failure {
        let bytes = <FailureEncoding as Encodes<Failure>>::encode(&f).unwrap();
        <FailureEncoding as Decodes<Failure>>::decode(bytes).unwrap()
    }

    #[test]
    fn failures_keep_server_fn_text_form() {
        let bytes = <FailureEncoding as Encodes<Failure>>::encode(&Failure::NotFound).unwrap();
        assert_eq!(&bytes[..], b"ServerError|not-found");
        for f in [
            Failure::NotFound,
            Failure::SignedOut,
            Failure::Forbidden,
            Failure::Counting,
            Failure::NoDraft,
            Failure::Internal,
            Failure::Transport(ServerFnErrorErr::Args("x".into())),
            Failure::Transport(ServerFnErrorErr::Request("offline".into())),
        ] {
            assert_eq!(round_trip(f.clone()), f);
        }
        // The refusal middleware's form: a code, then a translated sentence.
        let refused = Bytes::from_static("ServerError|too-large: Za dużo".as_bytes());
        assert!(matches!(
            <FailureEncoding as Decodes<Failure>>::decode(refused).unwrap(),
            Failure::Transport(_)
        ));
    }
}
