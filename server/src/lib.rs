//! The axum server around the Leptos app: configuration, database and migrations,
//! security middleware, endpoints that are not pages, background jobs.
pub mod budget_import;
pub mod con_documents;
pub mod config;
pub mod count_cli;
pub mod inspector;
pub mod interest_cli;
pub mod jobs;
pub mod mail;
pub mod middleware;
pub mod opinions_cli;
pub mod page_cache;
pub mod payments_http;
pub mod sandbox_p24;
pub mod seed;
pub mod seed_budget;
pub mod seed_consultations;
pub mod seed_referenda;
pub mod seed_surveys;
pub mod seed_taxes;
pub mod taxes_http;

use axum::{
    body::Body,
    extract::Extension,
    http::{header, HeaderValue, Request, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
pub use config::Config;
use konto_app::app::{shell, App};
use konto_app::platform::assets::Assets;
use konto_app::platform::{AppState, Db, RequestCtx};
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::net::SocketAddr;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::{catch_panic::CatchPanicLayer, compression::CompressionLayer, trace::TraceLayer};

/// Connects to the database, applies migrations and seeds what configuration asks for.
pub async fn prepare(
    config: &Config,
) -> Result<AppState, Box<dyn std::error::Error + Send + Sync>> {
    let db = Db::connect(&config.database_url).await?;
    // Keys live outside the database: read the identity key older versions kept in it (if
    // any) before the migration that drops it, so that earlier votes keep their hashes.
    let legacy = konto_app::platform::keys::legacy_identity_key(&db).await;
    let keys = konto_app::platform::keys::Keys::load_or_create(&config.key_file, legacy)?;
    db.migrate().await?;
    konto_app::platform::keys::check_fingerprints(&db, &keys).await?;
    jobs::register(&db).await?;
    konto_app::tickets::store::seed_tariffs(&db).await?;
    if let Some(admin) = &config.first_admin {
        seed::ensure_admin(&db, admin).await?;
    }
    let mut settings = config.settings.clone();
    settings.documents_dir = config
        .documents_dir
        .clone()
        .unwrap_or_else(|| config.data_dir.join("documents"));
    if config.demo {
        seed::demo(&db, &settings.documents_dir, keys.identity()).await?;
    }
    let today = konto_app::i18n::time::day_of(konto_app::platform::now());
    let ticket_keys = konto_app::tickets::keys::load_or_create(&config.ticket_key_path(), today)?;
    if ticket_keys.active(konto_app::platform::now()).is_none() {
        tracing::warn!("no ticket key signs today: tickets cannot be sold until one is added (konto-server ticket-key)");
    }
    let payment = match &config.p24 {
        Some(p) => konto_app::platform::payment_account::PaymentAccount {
            base_url: p.base_url.clone(),
            merchant_id: p.merchant_id,
            pos_id: p.pos_id,
            crc: p.crc.clone(),
            api_key: p.api_key.clone(),
            order_minutes: config.order_minutes,
        },
        None => {
            let k = sandbox_p24::SandboxKeys::load_or_create(&config.sandbox_key_path())?;
            konto_app::platform::payment_account::PaymentAccount {
                base_url: format!("{}/sandbox/p24", settings.public_origin),
                merchant_id: k.merchant_id,
                pos_id: k.merchant_id,
                crc: k.crc,
                api_key: k.api_key,
                order_minutes: config.order_minutes,
            }
        }
    };
    Ok(AppState {
        db,
        settings,
        keys: std::sync::Arc::new(keys),
        ticket_keys: std::sync::Arc::new(ticket_keys),
        payment: std::sync::Arc::new(payment),
    })
}

/// The app's routes, listed once per process. Leptos lists them by rendering the app with
/// every resource held back, and holds them back in the whole process while it does
/// (leptos_server's `IS_SUPPRESSING_RESOURCE_LOAD`): a page rendered by another server of the
/// same process in that moment waited forever for its data (leptos issue 4773; seen when the
/// HTTP tests start many servers in one process). Later servers reuse the first list.
static ROUTES: std::sync::LazyLock<Vec<leptos_axum::AxumRouteListing>> =
    std::sync::LazyLock::new(|| generate_route_list(App));

/// The whole HTTP application.
pub fn router(
    config: &Config,
    state: AppState,
    pages: std::sync::Arc<page_cache::PageCache>,
) -> Router {
    let assets = Assets::load("konto", &config.hash_file);
    konto_app::platform::assets::serve(&assets);
    prepare_messages();
    let options = LeptosOptions::builder()
        .output_name("konto")
        .site_root(config.site_root.clone())
        .site_pkg_dir("pkg")
        .site_addr(config.addr)
        .hash_files(assets.hashed)
        .hash_file(std::sync::Arc::from(
            config.hash_file.to_string_lossy().as_ref(),
        ))
        .build();
    let routes = ROUTES.clone();
    let mw = middleware::MwState {
        app: state.clone(),
        pages: pages.clone(),
        trust_proxy: config.trust_proxy,
        public_origin: config.public_origin.clone(),
    };
    let ctx_state = state.clone();
    let ctx_assets = assets.clone();
    let provide = move || {
        provide_context(ctx_state.clone());
        provide_context(ctx_assets.clone());
    };
    let fn_state = state.clone();
    let fallback_provide = provide.clone();

    let mut router = Router::new();
    if config.p24.is_none() {
        router = router.nest(
            "/sandbox/p24",
            sandbox_p24::router(sandbox_of(config, &state)).with_state(()),
        );
    }
    if config.dev_outbox && mail::loopback_origin(&config.settings.public_origin) {
        router = router.route("/dev/outbox", get(mail::dev_outbox));
    } else if config.dev_outbox {
        tracing::warn!("KO_DEV_OUTBOX ignored: the public origin is not on this machine");
    }
    let inspector_app = inspector::Inspector::new(config.inspector_dir.clone());
    router = router.merge(
        Router::new()
            .route("/inspector/", get(inspector::serve))
            .route("/inspector/{*path}", get(inspector::serve))
            .with_state(inspector_app),
    );
    router
        .route(
            "/inspector",
            get(|| async { axum::response::Redirect::permanent(inspector::PREFIX) }),
        )
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/i18n/{file}", get(messages_file))
        .route("/account/export", get(export))
        .route(
            "/tickets/keys.json",
            get(|Extension(st): Extension<AppState>| async move {
                let mut res = axum::Json(konto_app::tickets::keys::published(&st.ticket_keys))
                    .into_response();
                res.headers_mut().insert(
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=300"),
                );
                res
            }),
        )
        .route(
            "/surveys/{id}/results.csv",
            get(
                |Extension(st): Extension<AppState>,
                 Extension(ctx): Extension<RequestCtx>,
                 axum::extract::Path(id): axum::extract::Path<i64>| {
                    survey_export(st, ctx, id, ExportFormat::Csv)
                },
            ),
        )
        .route(
            "/surveys/{id}/results.json",
            get(
                |Extension(st): Extension<AppState>,
                 Extension(ctx): Extension<RequestCtx>,
                 axum::extract::Path(id): axum::extract::Path<i64>| {
                    survey_export(st, ctx, id, ExportFormat::Json)
                },
            ),
        )
        .route(
            "/budget/{edition}/pools/{pool}/pabulib.pb",
            get(
                |Extension(st): Extension<AppState>,
                 Extension(ctx): Extension<RequestCtx>,
                 axum::extract::Path((e, p)): axum::extract::Path<(i64, i64)>| {
                    budget_export(st, ctx, e, p, BudgetFormat::Pabulib)
                },
            ),
        )
        .route(
            "/budget/{edition}/pools/{pool}/results.csv",
            get(
                |Extension(st): Extension<AppState>,
                 Extension(ctx): Extension<RequestCtx>,
                 axum::extract::Path((e, p)): axum::extract::Path<(i64, i64)>| {
                    budget_export(st, ctx, e, p, BudgetFormat::Csv)
                },
            ),
        )
        .route(
            "/consultations/{id}/report/{file}",
            get(
                |Extension(st): Extension<AppState>,
                 axum::extract::Path((id, file)): axum::extract::Path<(i64, String)>| {
                    report_export(st, id, file)
                },
            ),
        )
        .route(
            "/consultations/feed.atom",
            get(
                |Extension(st): Extension<AppState>,
                 axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>| {
                    consultation_feed(st, q, false)
                },
            ),
        )
        .route(
            "/consultations/calendar.ics",
            get(
                |Extension(st): Extension<AppState>,
                 axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>| {
                    consultation_feed(st, q, true)
                },
            ),
        )
        .route(
            "/mail/unsubscribe/{account}/{token}",
            get(
                |axum::extract::Path((account, token)): axum::extract::Path<(String, String)>| async move {
                    axum::response::Redirect::to(&format!(
                        "/consultations/unsubscribe?a={}&t={}",
                        konto_app::forms::urlencode(&account),
                        konto_app::forms::urlencode(&token)
                    ))
                },
            )
            .post(
                |Extension(st): Extension<AppState>,
                 axum::extract::Path((account, token)): axum::extract::Path<(String, String)>| {
                    one_click_unsubscribe(st, account, token)
                },
            ),
        )
        .route(
            "/consultations/{id}/meetings/{file}",
            get(
                |Extension(st): Extension<AppState>,
                 axum::extract::Path((id, file)): axum::extract::Path<(i64, String)>| {
                    meeting_calendar(st, id, file)
                },
            ),
        )
        .route(
            "/consultations/{id}/opinions/{file}",
            get(
                |Extension(st): Extension<AppState>,
                 axum::extract::Path((id, file)): axum::extract::Path<(i64, String)>| {
                    opinions_export(st, id, file)
                },
            ),
        )
        .route(
            "/staff/consultations/{id}/documents",
            axum::routing::post(con_documents::upload)
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route(
            "/consultations/{id}/documents/{document}",
            get(con_documents::download),
        )
        .route(
            budget_import::PATH,
            axum::routing::post(budget_import::import).layer(axum::extract::DefaultBodyLimit::max(
                budget_import::UPLOAD_LIMIT,
            )),
        )
        .route(
            "/tickets/revocations.json",
            get(
                |Extension(st): Extension<AppState>,
                 Extension(ctx): Extension<RequestCtx>,
                 axum::extract::RawQuery(q): axum::extract::RawQuery| async move {
                    revocation_list(&st, &ctx, q.as_deref().unwrap_or_default()).await
                },
            ),
        )
        .route(taxes_http::PATH, {
            let key = config.tax_import_key.clone();
            axum::routing::post(
                move |Extension(st): Extension<AppState>, headers: http::HeaderMap, body: axum::body::Bytes| {
                    taxes_http::import(st, key.clone(), headers, body)
                },
            )
            .layer(axum::extract::DefaultBodyLimit::max(taxes_http::UPLOAD_LIMIT))
        })
        .route(
            taxes_http::UPLOAD_PATH,
            axum::routing::post(taxes_http::upload)
                .layer(axum::extract::DefaultBodyLimit::max(taxes_http::UPLOAD_LIMIT)),
        )
        .route(
            payments_http::STATUS_PATH,
            axum::routing::post(payments_http::p24_status),
        )
        .route(
            "/api/{*fn_name}",
            axum::routing::post(move |req: Request<Body>| {
                let st = fn_state.clone();
                async move {
                    leptos_axum::handle_server_fns_with_context(
                        move || provide_context(st.clone()),
                        req,
                    )
                    .await
                }
            }),
        )
        .nest_service("/pkg", pkg_files(config, &assets))
        .leptos_routes_with_context(&options, routes, provide, {
            let options = options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            LeptosOptions,
            _,
        >(fallback_provide, shell))
        .with_state(options)
        .layer(axum::middleware::from_fn(refuse_malformed))
        .layer(CatchPanicLayer::custom(
            |_: Box<dyn std::any::Any + Send>| internal_error_page(),
        ))
        .layer(axum::middleware::from_fn_with_state(
            mw.clone(),
            middleware::refuse_cross_origin,
        ))
        .layer(axum::middleware::from_fn_with_state(
            mw,
            middleware::request_context,
        ))
        .layer(axum::middleware::from_fn_with_state(
            (config.body_limit, config.settings.document_limit),
            budget_import::body_limit,
        ))
        // Pages and data are compressed as they are made; the built files never are (they
        // come compressed from the build, see pkg_files).
        .layer(CompressionLayer::new().compress_when(
            DefaultPredicate::new()
                .and(NotForContentType::const_new("application/wasm"))
                .and(NotForContentType::const_new("text/javascript"))
                .and(NotForContentType::const_new("text/css")),
        ))
        .layer(
            TraceLayer::new_for_http().make_span_with(|req: &Request<Body>| {
                // Method and path only: no query strings, cookies or bodies in the logs.
                tracing::info_span!("http", method = %req.method(), path = %req.uri().path())
            }),
        )
}

/// The built files under `/pkg/`: brotli or gzip made once at build time (cargo-leptos
/// `--precompress`, quality 11) and chosen by the browser's Accept-Encoding, never compressed
/// per request; with content hashes in their names they are immutable, so browsers keep them
/// for a year and never ask again. Without hashes (a development build) browsers revalidate.
fn pkg_files(config: &Config, assets: &Assets) -> Router {
    use tower_http::services::ServeDir;
    use tower_http::set_header::SetResponseHeaderLayer;
    let dir = std::path::Path::new(&config.site_root).join("pkg");
    let cache = if assets.hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    Router::new()
        .fallback_service(ServeDir::new(dir).precompressed_br().precompressed_gzip())
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            http::HeaderValue::from_static(cache),
        ))
}

/// One language's messages, compressed once (brotli 11 and gzip).
struct MessagesFile {
    lang: konto_app::i18n::Lang,
    br: Vec<u8>,
    gz: Vec<u8>,
}

static MESSAGES_FILES: std::sync::LazyLock<Vec<MessagesFile>> = std::sync::LazyLock::new(|| {
    use konto_app::i18n::{messages_text, Lang};
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let (br, gz) = inspector::compress(messages_text(lang).as_bytes());
            MessagesFile { lang, br, gz }
        })
        .collect()
});

/// Compresses the languages' messages now, off the request path.
fn prepare_messages() {
    std::thread::spawn(|| std::sync::LazyLock::force(&MESSAGES_FILES).len());
}

/// A language's messages for the browser, under the name `konto_app::i18n::messages_path`
/// gives (a hash of the text in it): kept for a year, brotli or gzip by Accept-Encoding.
async fn messages_file(uri: http::Uri, headers: http::HeaderMap) -> axum::response::Response {
    use axum::response::IntoResponse;
    use konto_app::i18n::{messages_path, messages_text};
    let Some(file) = MESSAGES_FILES
        .iter()
        .find(|f| messages_path(f.lang) == uri.path())
    else {
        return http::StatusCode::NOT_FOUND.into_response();
    };
    let accepts = |coding: &str| {
        headers
            .get_all(header::ACCEPT_ENCODING)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|c| {
                let mut parts = c.split(';');
                parts.next().is_some_and(|n| n.trim() == coding)
                    && !parts.any(|p| matches!(p.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"))
            })
    };
    let (encoding, body) = if accepts("br") && !file.br.is_empty() {
        (Some("br"), file.br.clone())
    } else if accepts("gzip") && !file.gz.is_empty() {
        (Some("gzip"), file.gz.clone())
    } else {
        (None, messages_text(file.lang).as_bytes().to_vec())
    };
    let mut response = (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            (header::VARY, "accept-encoding"),
        ],
        body,
    )
        .into_response();
    if let Some(e) = encoding {
        response
            .headers_mut()
            .insert(header::CONTENT_ENCODING, http::HeaderValue::from_static(e));
    }
    response
}

/// The language of a request the app has not seen yet: the language cookie, else the
/// browser's preference, else Polish.
pub fn lang_of(headers: &http::HeaderMap) -> konto_app::i18n::Lang {
    use konto_app::i18n::Lang;
    use konto_app::platform::request::{cookie_value, LANG_COOKIE};
    cookie_value(headers, LANG_COOKIE)
        .and_then(|c| Lang::from_code(&c))
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::negotiate)
        })
        .unwrap_or(Lang::Pl)
}

/// Whether the client asked for a page (a plain form post or a navigation).
pub fn wants_html(headers: &http::HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// A refusal in the person's language: a page for a browser, a short coded error for the app.
pub fn refusal(
    lang: konto_app::i18n::Lang,
    html: bool,
    r: konto_app::pages::plain::Refusal,
) -> Response {
    use konto_app::pages::plain::{refusal_page, refusal_text, Refusal};
    let status = match r {
        Refusal::BadRequest => StatusCode::BAD_REQUEST,
        Refusal::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
    };
    if html {
        (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            refusal_page(lang, r),
        )
            .into_response()
    } else {
        // The form the app's server-function client decodes; the page shows its own message.
        let code = if r == Refusal::TooLarge {
            "too-large"
        } else {
            "bad-request"
        };
        (
            status,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!("ServerError|{code}: {}", refusal_text(lang, r)),
        )
            .into_response()
    }
}

/// A server function that could not even read its arguments answers 500 with serde's text
/// in the body (`Args|missing field …`). That is the client's fault, and internals must not
/// reach it: 400 (or 413 for a body over the limit), translated, with nothing inside.
async fn refuse_malformed(req: Request<Body>, next: axum::middleware::Next) -> Response {
    use konto_app::pages::plain::Refusal;
    let (lang, html) = (lang_of(req.headers()), wants_html(req.headers()));
    let res = next.run(req).await;
    // Only a server function's own error answers carry this header (server_fn sets it).
    if !res.headers().contains_key("serverfnerror") {
        return res;
    }
    let (parts, body) = res.into_parts();
    let bytes = match axum::body::to_bytes(body, 1 << 20).await {
        Ok(b) => b,
        Err(_) => return internal_error_page(),
    };
    let text = String::from_utf8_lossy(&bytes);
    let kind = text.split('|').next().unwrap_or("");
    if text.contains("length limit exceeded") {
        return refusal(lang, html, Refusal::TooLarge);
    }
    if matches!(kind, "Args" | "MissingArg" | "Deserialization" | "Request") {
        tracing::info!(
            problem = kind,
            "malformed server-function arguments refused"
        );
        return refusal(lang, html, Refusal::BadRequest);
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// What a person sees when something breaks inside the server: no details, in all three
/// languages (nothing about the request can be trusted at that point), with a way on.
pub fn internal_error_page() -> Response {
    tracing::error!("a request handler panicked");
    static PAGE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        include_str!("internal_error.html")
            .replace("/pkg/konto.css", &konto_app::platform::assets::css_href())
    });
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        PAGE.as_str(),
    )
        .into_response()
}

async fn readyz(Extension(state): Extension<AppState>) -> Response {
    if state.db.ping().await {
        (StatusCode::OK, "ready").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
    }
}

/// "Download all my data": the signed-in user's own data as a JSON file.
async fn export(
    Extension(state): Extension<AppState>,
    Extension(ctx): Extension<RequestCtx>,
) -> Response {
    let Some(user) = ctx.user else {
        return (
            StatusCode::SEE_OTHER,
            [(header::LOCATION, "/sign-in?return_to=/account")],
        )
            .into_response();
    };
    let data = match export_all(&state.db, user.id).await {
        Ok(Some(d)) => d,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "export failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    if let Err(e) = konto_app::platform::audit::record(
        &state.db,
        Some(user.id),
        "data_exported",
        Some(user.id),
        "",
    )
    .await
    {
        tracing::error!(error = %e, "audit failed");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    let mut res = serde_json::to_string_pretty(&data)
        .unwrap_or_default()
        .into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"konto-obywatelskie.json\""),
    );
    res
}

/// Every table that holds something of an account, one part per capability; `sources`
/// names each table and column read (a test checks it against the schema, so a new table
/// cannot be left out).
pub async fn export_all(
    db: &konto_app::platform::Db,
    id: i64,
) -> Result<Option<serde_json::Value>, sqlx::Error> {
    use konto_app::{accounts, budget, consultations, referenda, surveys};
    let Some(mut data) = accounts::store::export(db, id).await? else {
        return Ok(None);
    };
    data["surveys"] = surveys::store::export_for_account(db, id).await?;
    data["budget"] = budget::store::export_for_account(db, id).await?;
    data["referenda"] = referenda::store::export_for_account(db, id).await?;
    data["consultations"] = consultations::store::export_for_account(db, id).await?;
    data["identity"] = konto_app::identity::store::export_for_account(db, id).await?;
    data["card"] = konto_app::card::store::export_for_account(db, id).await?;
    data["payments"] = konto_app::payments::store::export_for_account(db, id).await?;
    data["tickets"] = konto_app::tickets::store::export_for_account(db, id).await?;
    data["taxes"] = konto_app::taxes::store::export_for_account(db, id).await?;
    let sources: Vec<&str> = [
        accounts::store::EXPORT_SOURCES,
        surveys::store::EXPORT_SOURCES,
        budget::store::EXPORT_SOURCES,
        referenda::store::EXPORT_SOURCES,
        consultations::store::EXPORT_SOURCES,
        konto_app::identity::store::EXPORT_SOURCES,
        konto_app::card::store::EXPORT_SOURCES,
        konto_app::payments::store::EXPORT_SOURCES,
        konto_app::tickets::store::EXPORT_SOURCES,
        konto_app::taxes::store::EXPORT_SOURCES,
    ]
    .concat();
    data["sources"] = serde_json::json!(sources);
    Ok(Some(data))
}

/// The survey, if the requester may read its results: staff always, everyone else once it
/// has closed with public results (as the results page).
async fn exportable(
    state: &AppState,
    ctx: &RequestCtx,
    id: i64,
) -> Result<konto_app::surveys::Survey, Response> {
    use konto_app::surveys::{store, Phase};
    let survey = match store::get(&state.db, id).await {
        Ok(Some(s)) => s,
        Ok(None) => return Err(StatusCode::NOT_FOUND.into_response()),
        Err(e) => {
            tracing::error!(error = %e, "survey export failed");
            return Err(StatusCode::INTERNAL_SERVER_ERROR.into_response());
        }
    };
    let staff = ctx.user.as_ref().filter(|u| u.role.is_staff());
    if staff.is_none() && !(survey.phase == Phase::Closed && survey.public_results) {
        return Err(StatusCode::NOT_FOUND.into_response());
    }
    if let Some(u) = staff {
        let detail = format!("survey={id}");
        if let Err(e) = konto_app::platform::audit::record(
            &state.db,
            Some(u.id),
            "survey_exported",
            None,
            &detail,
        )
        .await
        {
            tracing::error!(error = %e, "audit failed");
            return Err(StatusCode::INTERNAL_SERVER_ERROR.into_response());
        }
    }
    Ok(survey)
}

fn download(body: Vec<u8>, content_type: &'static str, name: String) -> Response {
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

#[derive(Clone, Copy)]
enum ExportFormat {
    Csv,
    Json,
}

async fn survey_export(
    state: AppState,
    ctx: RequestCtx,
    id: i64,
    format: ExportFormat,
) -> Response {
    use konto_app::surveys::store;
    let survey = match exportable(&state, &ctx, id).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let made = match format {
        ExportFormat::Csv => store::export_csv(&state.db, &survey)
            .await
            .map(|b| (b, "text/csv; charset=utf-8", "csv")),
        ExportFormat::Json => store::export_json(&state.db, &survey).await.map(|v| {
            (
                serde_json::to_vec(&v).unwrap_or_default(),
                "application/json; charset=utf-8",
                "json",
            )
        }),
    };
    match made {
        Ok((bytes, content_type, ext)) => {
            download(bytes, content_type, format!("ankieta-{id}.{ext}"))
        }
        Err(e) => {
            tracing::error!(error = %e, "survey export failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Open data of a consultation's opinion map in Pol.is' export format (`comments.csv`,
/// `participants-votes.csv`, `summary.csv`), with the groups of the last map computed;
/// participants are numbers, never accounts.
async fn opinions_export(state: AppState, id: i64, file: String) -> Response {
    use konto_app::consultations::{rules::Form, store};
    let row = match store::get(&state.db, id).await {
        Ok(Some(r)) if r.def.published && r.def.forms.contains(&Form::OpinionMap) => r,
        Ok(_) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "opinion map export failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let made = store::polis_export(&state.db, &row)
        .await
        .map_err(|e| e.to_string())
        .and_then(|(c, groups)| c.files(&groups).map_err(|e| e.to_string()));
    match made {
        Ok(files) => match files.into_iter().find(|(name, _)| *name == file) {
            Some((name, bytes)) => download(
                bytes,
                "text/csv; charset=utf-8",
                format!("konsultacje-{id}-{name}"),
            ),
            None => StatusCode::NOT_FOUND.into_response(),
        },
        Err(e) => {
            tracing::error!(error = %e, "opinion map export failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// A published final report as open data: every remark and statement with its answer
/// (`remarks.csv`, UTF-8 with a byte-order mark) or the whole report (`report.json`).
/// `/consultations/feed.atom` and `/consultations/calendar.ics`, for everything or for one
/// district (`?district=5`) or topic (`?topic=greenery`); an unknown value is a 404.
async fn consultation_feed(
    state: AppState,
    q: std::collections::HashMap<String, String>,
    calendar: bool,
) -> Response {
    use konto_app::consultations::feeds::{self, Filter};
    let Some(filter) = Filter::parse(
        q.get("district").map(String::as_str),
        q.get("topic").map(String::as_str),
    ) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let origin = state
        .settings
        .public_origin
        .trim_end_matches('/')
        .to_string();
    let now = konto_app::platform::now();
    let made = if calendar {
        feeds::calendar_of(&state.db, filter, &origin, now)
            .await
            .map(|t| (t, "text/calendar; charset=utf-8"))
    } else {
        let mut self_url = format!("{origin}/consultations/feed.atom");
        let query: Vec<String> = [
            filter.district.map(|d| format!("district={}", d.number())),
            filter.topic.map(|t| format!("topic={}", t.code())),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !query.is_empty() {
            self_url = format!("{self_url}?{}", query.join("&"));
        }
        feeds::items(&state.db, filter, now).await.map(|items| {
            (
                feeds::atom(&items, filter, &origin, &self_url),
                "application/atom+xml; charset=utf-8",
            )
        })
    };
    match made {
        Ok((text, kind)) => {
            let mut res = text.into_response();
            res.headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
            res
        }
        Err(e) => {
            tracing::error!(error = %e, "consultation feed failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// The one-click unsubscribe of RFC 8058: a mail program POSTs `List-Unsubscribe=One-Click`
/// to the address in the List-Unsubscribe header, with no session and no page. News by
/// e-mail stops for the account the keyed token names; anything else is a 404.
async fn one_click_unsubscribe(state: AppState, account: String, token: String) -> Response {
    use konto_app::consultations::news;
    let Some(id) = account
        .parse::<i64>()
        .ok()
        .filter(|&id| news::token_valid(&state.keys, id, &token))
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match news::stop_mail(&state.db, id).await {
        Ok(()) => (StatusCode::OK, "unsubscribed").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "unsubscribe failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `/consultations/{id}/meetings/{meeting}.ics`: one meeting as an iCalendar file.
async fn meeting_calendar(state: AppState, id: i64, file: String) -> Response {
    use konto_app::consultations::meeting_api;
    let Some(meeting) = file
        .strip_suffix(".ics")
        .and_then(|m| m.parse::<i64>().ok())
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match meeting_api::meeting_ics(&state.db, &state.settings.public_origin, id, meeting).await {
        Ok(Some(text)) => download(
            text.into_bytes(),
            "text/calendar; charset=utf-8",
            format!("spotkanie-{meeting}.ics"),
        ),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "meeting calendar failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn report_export(state: AppState, id: i64, file: String) -> Response {
    use konto_app::consultations::{api, report, store};
    let made = async {
        let Some(r) = store::get(&state.db, id)
            .await?
            .filter(|r| r.def.published && r.report_published)
        else {
            return Ok(None);
        };
        api::report_of(&state.db, &r).await.map(Some)
    }
    .await;
    let view = match made {
        Ok(Some(v)) => v,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            let e: sqlx::Error = e;
            tracing::error!(error = %e, "report export failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    match file.as_str() {
        "remarks.csv" => match report::csv(&view) {
            Ok(bytes) => download(
                bytes,
                "text/csv; charset=utf-8",
                format!("konsultacje-{id}-uwagi.csv"),
            ),
            Err(e) => {
                tracing::error!(error = %e, "report export failed");
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
        },
        "report.json" => download(
            report::json(&view),
            "application/json",
            format!("konsultacje-{id}-raport.json"),
        ),
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

#[derive(Clone, Copy)]
enum BudgetFormat {
    Pabulib,
    Csv,
}

/// Open data of one pool: the pabulib file (anonymous voter ids) or a CSV of the results.
async fn budget_export(
    state: AppState,
    ctx: RequestCtx,
    edition: i64,
    pool: i64,
    format: BudgetFormat,
) -> Response {
    use konto_app::budget::{api, store};
    let found = async {
        let Some(ed) = store::edition(&state.db, edition).await? else {
            return Ok(None);
        };
        let Some(p) = store::pool(&state.db, pool)
            .await?
            .filter(|p| p.edition_id == ed.id)
        else {
            return Ok(None);
        };
        if !api::results_visible(&ed, ctx.user.as_ref()) {
            return Ok(None);
        }
        let results = api::counting::kept_or_queued(&state.db, &ed, &p).await?;
        Ok::<_, sqlx::Error>(Some((ed, p, results)))
    }
    .await;
    let (ed, p, results) = match found {
        Ok(Some((ed, p, Some(r)))) => (ed, p, r),
        // Not counted yet: the counting job has it; the client may come back shortly.
        Ok(Some((_, _, None))) => {
            let text = "Wyniki są właśnie liczone: spróbuj za chwilę.\nThe results are being counted: try again in a moment.\nРезультати підраховуються: спробуйте за хвилину.\n";
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                [
                    (header::RETRY_AFTER, "5"),
                    (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
                ],
                text,
            )
                .into_response();
        }
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "budget export failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let name = format!("budzet-{}-pula-{}", ed.id, p.id);
    match format {
        BudgetFormat::Pabulib => {
            let winners = results
                .lines
                .iter()
                .filter(|l| match ed.counting.official {
                    konto_app::budget::Rule::Greedy => l.greedy_funded(),
                    konto_app::budget::Rule::EqualShares => l.mes_funded(),
                })
                .map(|l| l.number.clone())
                .collect();
            match store::export_pool(&state.db, &ed, &p, &winners).await {
                Ok(file) => download(
                    file.write().into_bytes(),
                    "text/plain; charset=utf-8",
                    format!("{name}.pb"),
                ),
                Err(e) => {
                    tracing::error!(error = %e, "budget export failed");
                    StatusCode::INTERNAL_SERVER_ERROR.into_response()
                }
            }
        }
        BudgetFormat::Csv => {
            let mut w = csv::Writer::from_writer(vec![0xEF, 0xBB, 0xBF]);
            let _ = w.write_record([
                "project",
                "title",
                "cost_pln",
                "votes",
                "points",
                "rank",
                "funded_city_rule",
                "funded_equal_shares",
            ]);
            for l in &results.lines {
                use konto_app::platform::csv_text;
                let _ = w.write_record([
                    csv_text(&l.number).into_owned(),
                    csv_text(&l.title).into_owned(),
                    konto_app::budget::pabulib::format_money(l.cost.grosze()),
                    l.votes.to_string(),
                    l.points.to_string(),
                    l.rank.to_string(),
                    (l.greedy_funded() as u8).to_string(),
                    (l.mes_funded() as u8).to_string(),
                ]);
            }
            download(
                w.into_inner().unwrap_or_default(),
                "text/csv; charset=utf-8",
                format!("{name}.csv"),
            )
        }
    }
}

/// Serves until `shutdown` resolves, then finishes the requests in flight.
pub async fn serve(
    config: Config,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let state = prepare(&config).await?;
    let jobs = tokio::spawn(jobs::run(state.db.clone()));
    let maps = tokio::spawn(jobs::run_opinion_maps(state.db.clone()));
    let news = config.news_job.then(|| {
        tokio::spawn(jobs::run_news(
            state.db.clone(),
            state.keys.clone(),
            config.settings.public_origin.clone(),
        ))
    });
    // Tax reminders go with the other mail to residents (off in the HTTP tests, which run
    // them when they choose).
    let reminders = config.news_job.then(|| {
        tokio::spawn(jobs::run_tax_reminders(
            state.db.clone(),
            config.settings.public_origin.clone(),
            config.settings.tax_remind_days,
        ))
    });
    let pages = std::sync::Arc::new(page_cache::PageCache::new(config.page_cache));
    let counting = config
        .counting_job
        .then(|| tokio::spawn(jobs::run_counting(state.db.clone(), pages.clone())));
    let mail_job = match &config.smtp_url {
        Some(url) => Some(tokio::spawn(jobs::run_mail(
            state.db.clone(),
            mail::Mailer::new(url, &config.mail_from)?,
        ))),
        None => {
            tracing::warn!("KO_SMTP_URL is not set: mail stays in the outbox (see /dev/outbox with KO_DEV_OUTBOX=1)");
            None
        }
    };
    let sandbox = config
        .p24
        .is_none()
        .then(|| tokio::spawn(sandbox_p24::run(sandbox_of(&config, &state))));
    let app = router(&config, state, pages);
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await?;
    jobs.abort();
    if let Some(s) = sandbox {
        s.abort();
    }
    if let Some(n) = news {
        n.abort();
    }
    if let Some(r) = reminders {
        r.abort();
    }
    maps.abort();
    if let Some(c) = counting {
        c.abort();
    }
    if let Some(j) = mail_job {
        j.abort();
    }
    Ok(())
}

/// The revocation list after `since` (a version number; 0 or absent: from the start), as
/// a signed part that the inspector app applies in order: `{key_id, from, to, ids,
/// signature}`. For inspectors (and administrators); at most 20,000 ids a part, `to` says
/// where the next part starts.
async fn revocation_list(st: &AppState, ctx: &RequestCtx, query: &str) -> Response {
    use konto_app::platform::people::Role;
    match ctx.user.as_ref().map(|u| u.role) {
        None => return StatusCode::UNAUTHORIZED.into_response(),
        Some(Role::Inspector | Role::Admin) => {}
        Some(_) => return StatusCode::FORBIDDEN.into_response(),
    }
    let since = match query
        .split('&')
        .find_map(|kv| kv.strip_prefix("since="))
        .map(str::parse::<u32>)
    {
        None => 0,
        Some(Ok(n)) => n,
        Some(Err(_)) => return StatusCode::BAD_REQUEST.into_response(),
    };
    let Some(signer) = st.ticket_keys.active(konto_app::platform::now()) else {
        tracing::warn!("no ticket key signs today: the revocation list cannot be signed");
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let (to, ids) =
        match konto_app::tickets::store::revocations(&st.db, i64::from(since), 20_000).await {
            Ok(r) => r,
            Err(e) => {
                tracing::error!(error = %e, "revocation list failed");
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            }
        };
    let part = konto_ticket::Revocations {
        key_id: signer.public.id,
        from: since,
        to: u32::try_from(to).unwrap_or(u32::MAX),
        ids: ids.iter().map(|&i| i as u64).collect(),
    };
    let signature = signer.sign_revocations(&part);
    let mut res = axum::Json(serde_json::json!({
        "key_id": part.key_id,
        "from": part.from,
        "to": part.to,
        "ids": part.ids,
        "signature": hex::encode(signature),
    }))
    .into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// The sandbox provider, with the merchant keys the portal was given (prepare wrote them).
fn sandbox_of(config: &Config, state: &AppState) -> sandbox_p24::Sandbox {
    sandbox_p24::Sandbox {
        db: state.db.clone(),
        keys: std::sync::Arc::new(sandbox_p24::SandboxKeys {
            merchant_id: state.payment.merchant_id,
            crc: state.payment.crc.clone(),
            api_key: state.payment.api_key.clone(),
        }),
        speed: config.sandbox_speed,
    }
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down: finishing requests in flight");
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn internal_error_page_tells_nothing_and_offers_a_way_on() {
        let res = super::internal_error_page();
        assert_eq!(res.status(), axum::http::StatusCode::INTERNAL_SERVER_ERROR);
        let body = axum::body::to_bytes(res.into_body(), 1 << 20)
            .await
            .unwrap();
        let html = String::from_utf8(body.to_vec()).unwrap();
        for text in [
            "Coś poszło nie tak",
            "Something went wrong",
            "Сталася помилка",
            "12 616 55 55",
            "href=\"/\"",
        ] {
            assert!(html.contains(text), "{text}");
        }
        assert!(!html.contains("panicked") && !html.contains("src/"));
    }
}
