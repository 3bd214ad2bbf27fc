//! `konto-server` — serves the portal; `konto-server create-admin` creates an administrator;
//! `konto-server count FILE.pb --rule …` counts a participatory-budget file (see count_cli);
//! `konto-server opinions DIR` computes the opinion map of a Pol.is export (see opinions_cli);
//! `konto-server ticket-key FIRST_DAY LAST_DAY` prints the next ticket key's line;
//! `konto-server interest AMOUNT DUE_DATE PAY_DATE …` prints the late-payment interest on one
//! amount (see interest_cli).
use konto_server::Config;
use std::io::BufRead;

fn init_logging(json: bool) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=info"));
    // Colours only on a terminal: a log file or journal gets plain text that tools can search.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stdout());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(ansi);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

#[tokio::main]
async fn main() {
    // Counting a pabulib file needs no configuration, database or logging.
    let raw: Vec<String> = std::env::args().skip(1).collect();
    if raw.first().map(String::as_str) == Some("count") {
        std::process::exit(konto_server::count_cli::main(&raw[1..]));
    }
    if raw.first().map(String::as_str) == Some("interest") {
        std::process::exit(konto_server::interest_cli::main(&raw[1..]));
    }
    if raw.first().map(String::as_str) == Some("opinions") {
        std::process::exit(konto_server::opinions_cli::main(&raw[1..]));
    }
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("configuration error: {e}");
            std::process::exit(2);
        }
    };
    init_logging(config.log_json);
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        None | Some("serve") => serve(config).await,
        Some("migrate") => konto_server::prepare(&config)
            .await
            .map(|_| println!("migrations applied")),
        Some("create-admin") => create_admin(config, &args[1..]).await,
        Some("polis-import") => konto_server::opinions_cli::import(config, &args[1..]).await,
        Some("ticket-key") => ticket_key(&config, &args[1..]),
        Some(other) => {
            eprintln!("unknown command {other}\nusage: konto-server [serve | migrate | create-admin --email E --name N | count FILE.pb --rule … | opinions DIR [--json] | polis-import CONSULTATION DIR | ticket-key FIRST_DAY LAST_DAY | interest AMOUNT DUE_DATE PAY_DATE [--rate …] [--json]]  (password on stdin or in KO_ADMIN_PASSWORD)");
            std::process::exit(2);
        }
    };
    if let Err(e) = result {
        tracing::error!(error = %e, "fatal");
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

async fn serve(config: Config) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    tracing::info!(addr = %config.addr, database = %if config.database_url.starts_with("postgres") { "postgres" } else { "sqlite" }, "listening on http://{}", config.addr);
    konto_server::serve(config, listener, konto_server::shutdown_signal()).await
}

async fn create_admin(
    mut config: Config,
    args: &[String],
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let get = |flag: &str| args.windows(2).find(|w| w[0] == flag).map(|w| w[1].clone());
    let email = get("--email").ok_or("--email is required")?;
    let name = get("--name").unwrap_or_else(|| "Administrator".into());
    let password = match std::env::var("KO_ADMIN_PASSWORD")
        .ok()
        .filter(|p| !p.is_empty())
    {
        Some(p) => p,
        None => {
            eprintln!("password (at least 12 characters), then Enter:");
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line)?;
            line.trim_end_matches(['\r', '\n']).to_string()
        }
    };
    config.first_admin = None;
    config.demo = false;
    let state = konto_server::prepare(&config).await?;
    let shown = konto_app::accounts::rules::Email::parse(&email)
        .map(|e| e.as_str().to_string())
        .unwrap_or(email.clone());
    if konto_server::seed::ensure_user(
        &state.db,
        &email,
        &password,
        &name,
        1,
        konto_app::platform::people::Role::Admin,
    )
    .await?
    {
        println!("administrator {shown} created");
    } else {
        println!("{shown} is already registered; nothing changed");
    }
    Ok(())
}

/// Prints the line of the next ticket-signing key (the next id after those in the key file or
/// `KO_TICKET_KEYS`), to be added to every instance's keys: see `tickets::keys`.
fn ticket_key(
    config: &Config,
    args: &[String],
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let [from, until] = args else {
        return Err("usage: konto-server ticket-key FIRST_DAY LAST_DAY (YYYY-MM-DD)".into());
    };
    let day = |s: &str| -> Result<jiff::civil::Date, String> {
        s.parse().map_err(|_| format!("{s}: a day is YYYY-MM-DD"))
    };
    let today = konto_app::i18n::time::day_of(konto_app::platform::now());
    let ring = konto_app::tickets::keys::load_or_create(&config.ticket_key_path(), today)?;
    let next = ring.0.iter().map(|s| s.public.id).max().unwrap_or(0) + 1;
    println!(
        "{}",
        konto_app::tickets::keys::new_line(next, day(from)?, day(until)?)?
    );
    Ok(())
}
