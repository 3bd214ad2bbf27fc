//! The document shell, the layout every page shares, and the routes.
use crate::accounts::{self};
use crate::forms::Boot;
use crate::i18n::{use_i18n, I18n, Lang};
use crate::platform::people::Role;
use crate::t;
use crate::ui::{self, here, use_shell, Form, Shell};
use leptos::prelude::*;
use leptos_meta::*;
use leptos_router::components::*;
use leptos_router::hooks::use_location;
use leptos_router::{path, SsrMode};

/// The HTML document around the app (server only). The state the page starts from is
/// embedded as JSON for hydration; the nonce is the one in this response's CSP header.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let (boot_json, nonce) = server_boot();
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <link rel="stylesheet" href=stylesheet_href() />
                <script
                    type="application/json"
                    id="ko-boot"
                    nonce=nonce
                    inner_html=boot_json
                ></script>
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[cfg(feature = "ssr")]
fn server_boot() -> (String, String) {
    let ctx = crate::platform::request::ctx().ok();
    let nonce = ctx.as_ref().map(|c| c.nonce.clone()).unwrap_or_default();
    if !nonce.is_empty() {
        provide_context(leptos::nonce::Nonce::from_value(nonce.clone()));
    }
    let boot = ctx
        .map(|c| crate::forms::flow::page_boot(&c))
        .unwrap_or_default();
    // JSON inside <script>: no "<" may appear raw.
    let json = serde_json::to_string(&boot)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    (json, nonce)
}

/// The stylesheet's address (with its content hash in a release build).
#[cfg(feature = "ssr")]
fn stylesheet_href() -> String {
    crate::platform::assets::css_href()
}

#[cfg(not(feature = "ssr"))]
fn stylesheet_href() -> String {
    String::new()
}

#[cfg(not(feature = "ssr"))]
fn server_boot() -> (String, String) {
    (String::new(), String::new())
}

/// The starting state: from the request on the server, from the embedded JSON in the browser.
fn initial_boot() -> Boot {
    #[cfg(feature = "ssr")]
    {
        crate::platform::request::ctx()
            .map(|c| crate::forms::flow::page_boot(&c))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        document()
            .get_element_by_id("ko-boot")
            .and_then(|e| e.text_content())
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default()
    }
}

/// Every service's sentences for its problems and notices (the shared form parts know none).
static MESSAGES: [crate::forms::Messages; 5] = [
    crate::accounts::problems::MESSAGES,
    crate::identity::problems::MESSAGES,
    crate::surveys::problems::MESSAGES,
    crate::budget::problems::MESSAGES,
    crate::referenda::problems::MESSAGES,
];

/// Registers what the shared parts need from the services (once per process).
pub fn install() {
    crate::forms::install(&MESSAGES);
}

#[component]
pub fn App() -> impl IntoView {
    install();
    provide_meta_context();
    let boot = initial_boot();
    let i18n = I18n::new(boot.lang);
    provide_context(i18n);
    let shell = Shell::new(&boot);
    provide_context(shell);

    let html_class = move || {
        let p = shell.prefs.get();
        let mut c = Vec::new();
        if p.contrast == crate::platform::people::Contrast::High {
            c.push("theme-high-contrast");
        }
        if p.text_size == crate::platform::people::TextSize::Large {
            c.push("text-large");
        }
        c.join(" ")
    };

    view! {
        <Html {..} lang=move || i18n.lang().code() class=html_class />
        <Router>
            <Layout>
                <Routes fallback=|| view! { <crate::pages::NotFound /> }>
                    <Route path=path!("/") view=crate::pages::Home ssr=SsrMode::Async />
                    <Route
                        path=path!("/register")
                        view=accounts::pages::RegisterPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/register/check-email")
                        view=accounts::pages::CheckEmailPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/register/confirm")
                        view=accounts::pages::ConfirmPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/sign-in")
                        view=accounts::pages::SignInPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account")
                        view=accounts::pages::AccountPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account/profile")
                        view=accounts::pages::ProfilePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account/password")
                        view=accounts::pages::PasswordPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account/delete")
                        view=accounts::pages::DeletePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account/email")
                        view=accounts::recovery::EmailPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account/email/confirm")
                        view=accounts::recovery::EmailConfirmPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account/sessions")
                        view=accounts::recovery::SessionsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account/identity")
                        view=crate::identity::pages::IdentityPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/identity")
                        view=crate::accounts::staff::identity_desk::StaffIdentityPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/password-reset")
                        view=accounts::recovery::PasswordResetPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/password-reset/sent")
                        view=accounts::recovery::PasswordResetSentPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/password-reset/confirm")
                        view=accounts::recovery::PasswordResetConfirmPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/settings")
                        view=accounts::pages::SettingsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/accessibility")
                        view=crate::pages::Accessibility
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff")
                        view=crate::accounts::staff::pages::StaffHome
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/admin/users")
                        view=crate::accounts::staff::pages::AdminUsers
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/budget")
                        view=crate::budget::pages::BudgetPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/budget/:edition/results")
                        view=crate::budget::pages::EditionResultsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/budget/:edition/vote")
                        view=crate::budget::pages::BallotPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/budget/:edition/my-ballot")
                        view=crate::budget::pages::MyBallotPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/budget/:edition/results/:pool")
                        view=crate::budget::pages::PoolResultsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/budget/:edition/projects")
                        view=crate::budget::project_pages::CataloguePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/budget/:edition/submit")
                        view=crate::budget::project_pages::SubmitPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/budget/project/:id")
                        view=crate::budget::project_pages::ProjectPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/budget/my-projects")
                        view=crate::budget::project_pages::MyProjectsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/budget")
                        view=crate::budget::admin_pages::StaffBudgetPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/budget/:edition")
                        view=crate::budget::admin_pages::EditionSettingsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/budget/:edition/paper")
                        view=crate::budget::admin_pages::PaperPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/referenda")
                        view=crate::referenda::pages::ReferendaPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/referenda/:id")
                        view=crate::referenda::pages::ReferendumPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/referenda")
                        view=crate::referenda::pages::StaffReferendaPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/surveys")
                        view=crate::surveys::pages::SurveysPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/surveys/:id")
                        view=crate::surveys::pages::SurveyIntroPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/surveys/:id/page/:page")
                        view=crate::surveys::pages::AnswerPageView
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/surveys/:id/review")
                        view=crate::surveys::pages::ReviewPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/surveys/:id/thanks")
                        view=crate::surveys::pages::ThanksPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/surveys/:id/results")
                        view=crate::surveys::results_view::ResultsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/surveys")
                        view=crate::surveys::builder_pages::StaffSurveys
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/surveys/:id")
                        view=crate::surveys::builder_pages::SurveyEditor
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/surveys/:id/preview")
                        view=crate::surveys::builder_pages::SurveyPreview
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/surveys/:id/questions/new")
                        view=crate::surveys::builder_pages::QuestionEditor
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/surveys/:id/questions/:key")
                        view=crate::surveys::builder_pages::QuestionEditor
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/surveys/:id/codes/:batch")
                        view=crate::surveys::builder_pages::CodesPrint
                        ssr=SsrMode::Async
                    />
                </Routes>
            </Layout>
        </Router>
    }
}

#[component]
fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let location = use_location();

    // After a client-side navigation: drop a notice that belonged to the previous page,
    // move focus to the new h1 and announce the new title (screen readers hear nothing else).
    Effect::new(move |prev: Option<String>| {
        let path = location.pathname.get();
        if let Some(prev) = prev {
            if prev != path {
                // A notice from the first page load belongs to that page only.
                if shell
                    .notice
                    .with_untracked(|n| n.as_ref().is_some_and(|(_, p)| p.is_empty()))
                {
                    shell.notice.set(None);
                }
                after_navigation();
            }
        }
        path
    });

    view! {
        <a href="#main-content" class="skip-link">
            {move || t!(i18n, "skip-to-content")}
        </a>
        <header class="site-header">
            <div class="site-header__inner">
                <a href="/" class="site-header__brand">
                    <span class="site-header__crest" aria-hidden="true"></span>
                    <span>{move || t!(i18n, "site-name")}</span>
                </a>
                <LanguageSwitcher />
            </div>
            <Nav />
        </header>
        <div class="page">
            <main id="main-content" tabindex="-1" class="main">
                <ui::NoticeBanner />
                {children()}
            </main>
        </div>
        <footer class="site-footer">
            <div class="site-footer__inner">
                <nav aria-label=move || t!(i18n, "footer-nav-label")>
                    <ul class="site-footer__links">
                        <li>
                            <a href="/accessibility">{move || t!(i18n, "footer-accessibility")}</a>
                        </li>
                        <li>
                            <a href="/settings">{move || t!(i18n, "nav-settings")}</a>
                        </li>
                    </ul>
                </nav>
                <p>{move || t!(i18n, "footer-contact")}</p>
                <p>{move || t!(i18n, "footer-owner")}</p>
            </div>
        </footer>
        <div
            id="route-announcer"
            class="visually-hidden"
            aria-live="polite"
            aria-atomic="true"
        ></div>
    }
}

fn after_navigation() {
    #[cfg(feature = "hydrate")]
    {
        // What had focus when the path changed (usually the link that was followed).
        let before = document().active_element();
        focus_new_heading(before, 0);
    }
}

/// Moves focus to the new page's h1 and announces its title, once the page's data has
/// arrived (its h1 is rendered inside Suspense): tries every 100 ms for up to 5 seconds.
#[cfg(feature = "hydrate")]
fn focus_new_heading(before: Option<web_sys::Element>, attempt: u32) {
    set_timeout(
        move || {
            use wasm_bindgen::JsCast;
            let doc = document();
            let heading = doc
                .get_element_by_id("main-heading")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            let Some(h1) = heading else {
                if attempt < 50 {
                    focus_new_heading(before, attempt + 1);
                }
                return;
            };
            // Someone quick on the keyboard may already have moved on into the new
            // page: leave them where they are.
            let moved_on = doc.active_element().is_some_and(|a| {
                Some(&a) != before.as_ref()
                    && a.id() != "main-content"
                    && a.closest("#main-content").ok().flatten().is_some()
            });
            if !moved_on {
                let _ = h1.focus();
            }
            if let Some(a) = doc.get_element_by_id("route-announcer") {
                a.set_text_content(Some(&doc.title()));
            }
        },
        std::time::Duration::from_millis(if attempt == 0 { 80 } else { 100 }),
    );
}

#[component]
fn Nav() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let location = use_location();
    let current = move |p: &'static str| move || (location.pathname.get() == p).then_some("page");
    let sign_out = ServerAction::<accounts::api::SignOut>::new();
    let _form = Form::new("sign-out", sign_out);
    view! {
        <nav class="site-nav" aria-label=move || t!(i18n, "nav-label")>
            <ul class="site-nav__list">
                <li>
                    <a href="/" aria-current=current("/")>
                        {move || t!(i18n, "nav-home")}
                    </a>
                </li>
                <li>
                    <a href="/surveys" aria-current=current("/surveys")>
                        {move || t!(i18n, "nav-surveys")}
                    </a>
                </li>
                <li>
                    <a href="/budget" aria-current=current("/budget")>
                        {move || t!(i18n, "nav-budget")}
                    </a>
                </li>
                <li>
                    <a href="/referenda" aria-current=current("/referenda")>
                        {move || t!(i18n, "nav-referenda")}
                    </a>
                </li>
                {move || match shell.viewer.get() {
                    Some(v) => {
                        view! {
                            <li>
                                <a href="/account" aria-current=current("/account")>
                                    {move || t!(i18n, "nav-account")}
                                </a>
                            </li>
                            {v
                                .role
                                .is_staff()
                                .then(|| {
                                    view! {
                                        <li>
                                            <a href="/staff" aria-current=current("/staff")>
                                                {move || t!(i18n, "nav-staff")}
                                            </a>
                                        </li>
                                        <li>
                                            <a
                                                href="/staff/surveys"
                                                aria-current=current("/staff/surveys")
                                            >
                                                {move || t!(i18n, "nav-staff-surveys")}
                                            </a>
                                        </li>
                                        <li>
                                            <a
                                                href="/staff/budget"
                                                aria-current=current("/staff/budget")
                                            >
                                                {move || t!(i18n, "nav-staff-budget")}
                                            </a>
                                        </li>
                                        <li>
                                            <a
                                                href="/staff/referenda"
                                                aria-current=current("/staff/referenda")
                                            >
                                                {move || t!(i18n, "nav-staff-referenda")}
                                            </a>
                                        </li>
                                    }
                                })}
                            {(v.role == Role::Admin)
                                .then(|| {
                                    view! {
                                        <li>
                                            <a href="/admin/users" aria-current=current("/admin/users")>
                                                {move || t!(i18n, "nav-users")}
                                            </a>
                                        </li>
                                    }
                                })}
                            <li>
                                <ActionForm action=sign_out attr:class="inline-form">
                                    <button type="submit" class="link-button">
                                        {move || t!(i18n, "nav-sign-out")}
                                    </button>
                                </ActionForm>
                            </li>
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <li>
                                <a href="/sign-in" aria-current=current("/sign-in")>
                                    {move || t!(i18n, "nav-sign-in")}
                                </a>
                            </li>
                            <li>
                                <a href="/register" aria-current=current("/register")>
                                    {move || t!(i18n, "nav-register")}
                                </a>
                            </li>
                        }
                            .into_any()
                    }
                }}
            </ul>
        </nav>
    }
}

/// Three small forms: works as plain HTML posts, and without a page load with JavaScript.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<accounts::api::SetLanguage>::new();
    let _form = Form::new("language", action);
    let here = here();
    view! {
        <div
            class="lang-switch"
            role="group"
            aria-label=move || t!(i18n, "language-switcher-label")
        >
            {Lang::ALL
                .into_iter()
                .map(|l| {
                    view! {
                        <ActionForm action attr:class="inline-form">
                            <input type="hidden" name="lang" value=l.code() />
                            <input type="hidden" name="return_to" value=move || here.get() />
                            <button
                                type="submit"
                                class="lang-switch__button"
                                lang=l.code()
                                aria-current=move || (i18n.lang() == l).then_some("true")
                            >
                                {l.native_name()}
                            </button>
                        </ActionForm>
                    }
                })
                .collect_view()}
        </div>
    }
}

#[cfg(test)]
mod messages_tests {
    use crate::forms::{notice_text, problem_text, FormProblem, Notice, Problem};
    use crate::i18n::{I18n, Lang};
    use serde::de::DeserializeOwned;
    use std::collections::BTreeSet;

    /// An enum's variant names, from serde's own "expected one of" message.
    fn variants<T: DeserializeOwned>() -> Vec<String> {
        let err = serde_json::from_str::<T>("\"__none__\"")
            .err()
            .unwrap()
            .to_string();
        let list = err.split("expected one of ").nth(1).unwrap_or_else(|| {
            err.split("expected ")
                .nth(1)
                .expect("serde names the variants")
        });
        list.split(", ")
            .map(|v| {
                v.trim_matches(|c: char| c == '`' || c == ' ' || c == '"')
                    .to_string()
            })
            .map(|v| v.split('`').next().unwrap_or_default().to_string())
            .filter(|v| !v.is_empty())
            .collect()
    }

    /// Every value of a variant: unit variants as they are, struct variants with each field 7.
    fn instance<T: DeserializeOwned>(name: &str) -> T {
        if let Ok(v) = serde_json::from_value::<T>(serde_json::json!(name)) {
            return v;
        }
        let mut fields = serde_json::Map::new();
        for _ in 0..8 {
            let value = serde_json::json!({ name: fields.clone() });
            match serde_json::from_value::<T>(value) {
                Ok(v) => return v,
                Err(e) => {
                    let msg = e.to_string();
                    let field = msg
                        .split("missing field `")
                        .nth(1)
                        .and_then(|r| r.split('`').next())
                        .unwrap_or_else(|| panic!("{name}: {msg}"));
                    fields.insert(field.to_string(), serde_json::json!(7));
                }
            }
        }
        panic!("{name}: too many fields")
    }

    fn problems_of<T: DeserializeOwned + serde::Serialize>() -> Vec<(String, Problem)> {
        variants::<T>()
            .into_iter()
            .map(|v| {
                let p = Problem::of(&instance::<T>(&v));
                (v, p)
            })
            .collect()
    }

    fn notices_of<T: DeserializeOwned + serde::Serialize>() -> Vec<(String, Notice)> {
        variants::<T>()
            .into_iter()
            .map(|v| {
                let n = Notice::of(&instance::<T>(&v));
                (v, n)
            })
            .collect()
    }

    /// Every service's problems and notices have their own names (the generic carriers tell
    /// them apart by name) and a sentence in every language, never the "unexpected" one.
    #[test]
    fn every_problem_and_notice_has_its_own_name_and_sentence() {
        super::install();
        let problems = [
            problems_of::<FormProblem>(),
            problems_of::<crate::accounts::AccountProblem>(),
            problems_of::<crate::identity::IdentityProblem>(),
            problems_of::<crate::surveys::SurveyProblem>(),
            problems_of::<crate::budget::BudgetProblem>(),
            problems_of::<crate::referenda::ReferendumProblem>(),
        ]
        .concat();
        let notices = [
            notices_of::<crate::forms::FormNotice>(),
            notices_of::<crate::accounts::AccountNotice>(),
            notices_of::<crate::identity::IdentityNotice>(),
            notices_of::<crate::surveys::SurveyNotice>(),
            notices_of::<crate::budget::BudgetNotice>(),
            notices_of::<crate::referenda::ReferendumNotice>(),
        ]
        .concat();
        assert!(problems.len() > 80, "{} problems", problems.len());
        let mut seen = BTreeSet::new();
        for (name, _) in &problems {
            assert!(seen.insert(name.clone()), "two problems are called {name}");
        }
        let mut seen = BTreeSet::new();
        for (name, _) in &notices {
            assert!(seen.insert(name.clone()), "two notices are called {name}");
        }
        let owner = leptos::prelude::Owner::new();
        owner.with(|| {
            for lang in Lang::ALL {
                let i18n = I18n::new(lang);
                let unexpected = problem_text(i18n, &FormProblem::Unexpected.into());
                for (name, p) in &problems {
                    let text = problem_text(i18n, p);
                    assert!(!text.is_empty(), "{name} in {lang:?}");
                    if name != "Unexpected" {
                        assert_ne!(text, unexpected, "{name} has no sentence of its own");
                    }
                }
                for (name, n) in &notices {
                    assert!(!notice_text(i18n, n).is_empty(), "{name} in {lang:?}");
                }
            }
        });
    }
}
