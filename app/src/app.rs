//! The document shell, the layout every page shares, and the routes.
use crate::accounts::{self};
use crate::forms::Boot;
use crate::i18n::{use_i18n, I18n, Lang};
use crate::platform::people::Role;
use crate::t;
use crate::ui::{self, here, use_shell, Form, Shell};
use leptos::lazy;
use leptos::prelude::*;
use leptos_meta::*;
use leptos_router::components::*;
use leptos_router::hooks::use_location;
use leptos_router::{path, Lazy, LazyRoute, SsrMode};

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
                <MessagesLinks />
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

/// Where the browser fetches each language's messages, and the page's own fetched at once,
/// beside the WebAssembly (the WebAssembly carries no text).
#[cfg(feature = "ssr")]
#[component]
fn MessagesLinks() -> impl IntoView {
    {
        use crate::i18n::messages_path;
        let lang = crate::platform::request::ctx()
            .map(|c| c.lang)
            .unwrap_or_default();
        view! {
            <meta
                name="ko-messages"
                data-pl=messages_path(Lang::Pl)
                data-en=messages_path(Lang::En)
                data-uk=messages_path(Lang::Uk)
            />
            <link rel="preload" href=messages_path(lang) r#as="fetch" crossorigin="anonymous" />
        }
    }
}

#[cfg(not(feature = "ssr"))]
#[component]
fn MessagesLinks() -> impl IntoView {}

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
static MESSAGES: [crate::forms::Messages; 9] = [
    crate::accounts::problems::MESSAGES,
    crate::identity::problems::MESSAGES,
    crate::card::problems::MESSAGES,
    crate::surveys::problems::MESSAGES,
    crate::budget::problems::MESSAGES,
    crate::referenda::problems::MESSAGES,
    crate::consultations::problems::MESSAGES,
    crate::tickets::problems::MESSAGES,
    crate::taxes::problems::MESSAGES,
];

/// Registers what the shared parts need from the services (once per process).
pub fn install() {
    crate::forms::install(&MESSAGES);
}

/// A service's pages as one lazily loaded piece: a function that draws any of them (split
/// out of the main WebAssembly by `#[lazy]`) and, per page, the route the router holds.
/// One piece per service rather than per page: code a service's pages share then travels
/// once, in a few files, instead of in hundreds of small shared chunks.
macro_rules! lazy_pages {
    (#[$lazy:meta] $piece:ident / $preload:ident : $which:ident {
        $($route:ident => $($page:ident)::+),+ $(,)?
    }) => {
        #[derive(Clone, Copy)]
        #[allow(clippy::enum_variant_names)]
        enum $which {
            $($route),+
        }

        #[$lazy]
        fn $piece(which: $which) -> AnyView {
            match which {
                $($which::$route => view! { <$($page)::+ /> }.into_any()),+
            }
        }

        $(
            struct $route;

            impl $route {
                /// What the router holds for this page.
                fn route() -> Lazy<Self> {
                    Lazy::new()
                }

                /// Starts loading this page's piece (see PIECES).
                #[cfg(any(feature = "hydrate", test))]
                fn load() -> Piece {
                    Box::pin(<Self as LazyRoute>::preload())
                }
            }

            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                async fn view(_this: Self) -> AnyView {
                    $piece($which::$route).await
                }

                async fn preload() {
                    #[cfg(feature = "hydrate")]
                    $preload().await;
                }
            }
        )+
    };
}

// Each service's pages are a lazily loaded piece of WebAssembly (`cargo leptos build
// --split`): a visitor downloads the shell and the piece of the page being opened, and the
// next page's piece on intent.
lazy_pages! {
    #[lazy] shell_pages / __preload_shell_pages: ShellPages {
        HomeRoute => crate::pages::Home,
        AccessibilityRoute => crate::pages::Accessibility,
    }
}

lazy_pages! {
    #[lazy] account_pages / __preload_account_pages: AccountPages {
        RegisterPageRoute => crate::accounts::pages::RegisterPage,
        CheckEmailPageRoute => crate::accounts::pages::CheckEmailPage,
        ConfirmPageRoute => crate::accounts::pages::ConfirmPage,
        SignInPageRoute => crate::accounts::pages::SignInPage,
        AccountPageRoute => crate::accounts::pages::AccountPage,
        ProfilePageRoute => crate::accounts::pages::ProfilePage,
        PasswordPageRoute => crate::accounts::pages::PasswordPage,
        DeletePageRoute => crate::accounts::pages::DeletePage,
        EmailPageRoute => crate::accounts::recovery::EmailPage,
        EmailConfirmPageRoute => crate::accounts::recovery::EmailConfirmPage,
        SessionsPageRoute => crate::accounts::recovery::SessionsPage,
        IdentityPageRoute => crate::identity::pages::IdentityPage,
        CardPageRoute => crate::card::pages::CardPage,
        PasswordResetPageRoute => crate::accounts::recovery::PasswordResetPage,
        PasswordResetSentPageRoute => crate::accounts::recovery::PasswordResetSentPage,
        PasswordResetConfirmPageRoute => crate::accounts::recovery::PasswordResetConfirmPage,
        SettingsPageRoute => crate::accounts::pages::SettingsPage,
    }
}

lazy_pages! {
    #[lazy] staff_pages / __preload_staff_pages: StaffPages {
        StaffIdentityPageRoute => crate::accounts::staff::identity_desk::StaffIdentityPage,
        StaffCardPageRoute => crate::accounts::staff::card_desk::StaffCardPage,
        StaffHomeRoute => crate::accounts::staff::pages::StaffHome,
        AdminUsersRoute => crate::accounts::staff::pages::AdminUsers,
    }
}

lazy_pages! {
    #[lazy] budget_pages / __preload_budget_pages: BudgetPages {
        BudgetPageRoute => crate::budget::pages::BudgetPage,
        EditionResultsPageRoute => crate::budget::pages::EditionResultsPage,
        BallotPageRoute => crate::budget::pages::BallotPage,
        MyBallotPageRoute => crate::budget::pages::MyBallotPage,
        PoolResultsPageRoute => crate::budget::pages::PoolResultsPage,
        CataloguePageRoute => crate::budget::project_pages::CataloguePage,
        SubmitPageRoute => crate::budget::project_pages::SubmitPage,
        ProjectPageRoute => crate::budget::project_pages::ProjectPage,
        MyProjectsPageRoute => crate::budget::project_pages::MyProjectsPage,
    }
}

lazy_pages! {
    #[lazy] budget_staff_pages / __preload_budget_staff_pages: BudgetStaffPages {
        StaffBudgetPageRoute => crate::budget::admin_pages::StaffBudgetPage,
        EditionSettingsPageRoute => crate::budget::admin_pages::EditionSettingsPage,
        PaperPageRoute => crate::budget::admin_pages::PaperPage,
    }
}

lazy_pages! {
    #[lazy] referenda_pages / __preload_referenda_pages: ReferendaPages {
        ReferendaPageRoute => crate::referenda::pages::ReferendaPage,
        ReferendumPageRoute => crate::referenda::pages::ReferendumPage,
    }
}

lazy_pages! {
    #[lazy] consultation_pages / __preload_consultation_pages: ConsultationPages {
        ConsultationsPageRoute => crate::consultations::pages::ConsultationsPage,
        NotificationsPageRoute => crate::consultations::remark_pages::NotificationsPage,
        FollowingPageRoute => crate::consultations::news_pages::FollowingPage,
        UnsubscribePageRoute => crate::consultations::news_pages::UnsubscribePage,
        ConsultationPageRoute => crate::consultations::pages::ConsultationPage,
        OpinionsPageRoute => crate::consultations::pages::OpinionsPage,
        MethodPageRoute => crate::consultations::pages::MethodPage,
        RemarksPageRoute => crate::consultations::remark_pages::RemarksPage,
        RemarkEditPageRoute => crate::consultations::remark_pages::RemarkEditPage,
        ModerationPageRoute => crate::consultations::remark_pages::ModerationPage,
        AnswersPageRoute => crate::consultations::remark_pages::AnswersPage,
        ReportPageRoute => crate::consultations::remark_pages::ReportPage,
        MeetingsPageRoute => crate::consultations::meeting_pages::MeetingsPage,
    }
}

lazy_pages! {
    #[lazy] consultation_staff_pages / __preload_consultation_staff_pages: ConsultationStaffPages {
        StaffConsultationsPageRoute => crate::consultations::organiser_pages::StaffConsultationsPage,
        ConsultationFormPageRoute => crate::consultations::organiser_pages::ConsultationFormPage,
        MeetingDeskPageRoute => crate::consultations::meeting_pages::MeetingDeskPage,
        LanguagesPageRoute => crate::consultations::organiser_pages::LanguagesPage,
    }
}

lazy_pages! {
    #[lazy] referenda_staff_pages / __preload_referenda_staff_pages: ReferendaStaffPages {
        StaffReferendaPageRoute => crate::referenda::pages::StaffReferendaPage,
    }
}

lazy_pages! {
    #[lazy] survey_pages / __preload_survey_pages: SurveyPages {
        SurveysPageRoute => crate::surveys::pages::SurveysPage,
        SurveyIntroPageRoute => crate::surveys::pages::SurveyIntroPage,
        AnswerPageViewRoute => crate::surveys::pages::AnswerPageView,
        ReviewPageRoute => crate::surveys::pages::ReviewPage,
        ThanksPageRoute => crate::surveys::pages::ThanksPage,
        ResultsPageRoute => crate::surveys::results_view::ResultsPage,
    }
}

lazy_pages! {
    #[lazy] survey_builder_pages / __preload_survey_builder_pages: SurveyBuilderPages {
        StaffSurveysRoute => crate::surveys::builder_pages::StaffSurveys,
        SurveyEditorRoute => crate::surveys::builder_pages::SurveyEditor,
        SurveyPreviewRoute => crate::surveys::builder_pages::SurveyPreview,
        QuestionEditorRoute => crate::surveys::builder_pages::QuestionEditor,
        CodesPrintRoute => crate::surveys::builder_pages::CodesPrint,
    }
}

lazy_pages! {
    #[lazy] ticket_pages / __preload_ticket_pages: TicketPages {
        PricesPageRoute => crate::tickets::pages::PricesPage,
        BuyPageRoute => crate::tickets::buying::BuyPage,
        OrdersPageRoute => crate::tickets::buying::OrdersPage,
        OrderPageRoute => crate::tickets::buying::OrderPage,
        WalletPageRoute => crate::tickets::wallet::WalletPage,
        TicketPageRoute => crate::tickets::wallet::TicketPage,
        StaffTariffsPageRoute => crate::tickets::tariffs::StaffTariffsPage,
        StaffTariffPageRoute => crate::tickets::tariffs::StaffTariffPage,
    }
}

lazy_pages! {
    #[lazy] tax_pages / __preload_tax_pages: TaxPages {
        TaxesPageRoute => crate::taxes::pages::TaxesPage,
        StaffTaxesPageRoute => crate::taxes::staff::StaffTaxesPage,
        StaffTaxpayerPageRoute => crate::taxes::staff::StaffTaxpayerPage,
    }
}

/// Which piece each address needs, to fetch it before it is followed (on intent).
#[cfg(any(feature = "hydrate", test))]
static PIECES: &[(&str, LoadPiece)] = &[
    ("/", HomeRoute::load),
    ("/register", RegisterPageRoute::load),
    ("/register/check-email", CheckEmailPageRoute::load),
    ("/register/confirm", ConfirmPageRoute::load),
    ("/sign-in", SignInPageRoute::load),
    ("/account", AccountPageRoute::load),
    ("/account/profile", ProfilePageRoute::load),
    ("/account/password", PasswordPageRoute::load),
    ("/account/delete", DeletePageRoute::load),
    ("/account/email", EmailPageRoute::load),
    ("/account/email/confirm", EmailConfirmPageRoute::load),
    ("/account/sessions", SessionsPageRoute::load),
    ("/account/identity", IdentityPageRoute::load),
    ("/staff/identity", StaffIdentityPageRoute::load),
    ("/account/card", CardPageRoute::load),
    ("/staff/card", StaffCardPageRoute::load),
    ("/password-reset", PasswordResetPageRoute::load),
    ("/password-reset/sent", PasswordResetSentPageRoute::load),
    (
        "/password-reset/confirm",
        PasswordResetConfirmPageRoute::load,
    ),
    ("/settings", SettingsPageRoute::load),
    ("/accessibility", AccessibilityRoute::load),
    ("/staff", StaffHomeRoute::load),
    ("/admin/users", AdminUsersRoute::load),
    ("/budget", BudgetPageRoute::load),
    ("/budget/:edition/results", EditionResultsPageRoute::load),
    ("/budget/:edition/vote", BallotPageRoute::load),
    ("/budget/:edition/my-ballot", MyBallotPageRoute::load),
    ("/budget/:edition/results/:pool", PoolResultsPageRoute::load),
    ("/budget/:edition/projects", CataloguePageRoute::load),
    ("/budget/:edition/submit", SubmitPageRoute::load),
    ("/budget/project/:id", ProjectPageRoute::load),
    ("/budget/my-projects", MyProjectsPageRoute::load),
    ("/staff/budget", StaffBudgetPageRoute::load),
    ("/staff/budget/:edition", EditionSettingsPageRoute::load),
    ("/staff/budget/:edition/paper", PaperPageRoute::load),
    ("/referenda", ReferendaPageRoute::load),
    ("/referenda/:id", ReferendumPageRoute::load),
    ("/staff/referenda", StaffReferendaPageRoute::load),
    ("/consultations", ConsultationsPageRoute::load),
    ("/consultations/notifications", NotificationsPageRoute::load),
    ("/consultations/following", FollowingPageRoute::load),
    ("/consultations/unsubscribe", UnsubscribePageRoute::load),
    ("/consultations/method", MethodPageRoute::load),
    ("/consultations/:id", ConsultationPageRoute::load),
    ("/consultations/:id/opinions", OpinionsPageRoute::load),
    ("/consultations/:id/remarks", RemarksPageRoute::load),
    (
        "/consultations/:id/remarks/:remark",
        RemarkEditPageRoute::load,
    ),
    ("/consultations/:id/moderation", ModerationPageRoute::load),
    ("/staff/consultations", StaffConsultationsPageRoute::load),
    ("/staff/consultations/:id", ConsultationFormPageRoute::load),
    ("/consultations/:id/answers", AnswersPageRoute::load),
    ("/consultations/:id/report", ReportPageRoute::load),
    ("/consultations/:id/meetings", MeetingsPageRoute::load),
    (
        "/staff/consultations/:id/meetings",
        MeetingDeskPageRoute::load,
    ),
    (
        "/staff/consultations/:id/languages",
        LanguagesPageRoute::load,
    ),
    ("/surveys", SurveysPageRoute::load),
    ("/surveys/:id", SurveyIntroPageRoute::load),
    ("/surveys/:id/page/:page", AnswerPageViewRoute::load),
    ("/surveys/:id/review", ReviewPageRoute::load),
    ("/surveys/:id/thanks", ThanksPageRoute::load),
    ("/surveys/:id/results", ResultsPageRoute::load),
    ("/staff/surveys", StaffSurveysRoute::load),
    ("/staff/surveys/:id", SurveyEditorRoute::load),
    ("/staff/surveys/:id/preview", SurveyPreviewRoute::load),
    (
        "/staff/surveys/:id/questions/new",
        QuestionEditorRoute::load,
    ),
    (
        "/staff/surveys/:id/questions/:key",
        QuestionEditorRoute::load,
    ),
    ("/staff/surveys/:id/codes/:batch", CodesPrintRoute::load),
    ("/tickets/prices", PricesPageRoute::load),
    ("/tickets/buy", BuyPageRoute::load),
    ("/tickets/orders", OrdersPageRoute::load),
    ("/tickets/orders/:id", OrderPageRoute::load),
    ("/tickets", WalletPageRoute::load),
    ("/tickets/:id", TicketPageRoute::load),
    ("/staff/tariffs", StaffTariffsPageRoute::load),
    ("/staff/tariffs/:id", StaffTariffPageRoute::load),
    ("/taxes", TaxesPageRoute::load),
    ("/staff/taxes", StaffTaxesPageRoute::load),
    ("/staff/taxes/payers/:ext", StaffTaxpayerPageRoute::load),
];

#[cfg(any(feature = "hydrate", test))]
type Piece = std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>;
#[cfg(any(feature = "hydrate", test))]
type LoadPiece = fn() -> Piece;

/// Whether a route's path (`:name` matches any one segment) matches an address's path.
#[cfg(any(feature = "hydrate", test))]
fn route_matches(pattern: &str, path: &str) -> bool {
    let mut want = pattern.trim_matches('/').split('/');
    let mut have = path.trim_matches('/').split('/');
    loop {
        match (want.next(), have.next()) {
            (None, None) => return true,
            (Some(w), Some(h)) if w.starts_with(':') && !h.is_empty() || w == h => {}
            _ => return false,
        }
    }
}

/// Starts loading the piece an address needs (a no-op for other sites and loaded pieces).
#[cfg(feature = "hydrate")]
fn prefetch(href: &str) {
    if !href.starts_with('/') || href.starts_with("//") {
        return;
    }
    let path = href.split(['?', '#']).next().unwrap_or_default();
    if let Some((_, load)) = PIECES.iter().find(|(p, _)| route_matches(p, path)) {
        leptos::task::spawn_local(load());
    }
}

/// Prefetches a page's piece when a pointer rests on, a finger touches or the keyboard
/// reaches a link to it: by the time it is followed, the piece is usually there.
#[cfg(feature = "hydrate")]
pub fn prefetch_on_intent() {
    use wasm_bindgen::JsCast;
    let on_intent = |e: web_sys::Event| {
        let link = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten());
        if let Some(href) = link.and_then(|a| a.get_attribute("href")) {
            prefetch(&href);
        }
    };
    for event in ["pointerover", "touchstart", "focusin"] {
        let handle = window_event_listener_untyped(event, on_intent);
        std::mem::forget(handle);
    }
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
                    <Route path=path!("/") view=HomeRoute::route() ssr=SsrMode::Async />
                    <Route
                        path=path!("/register")
                        view=RegisterPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/register/check-email")
                        view=CheckEmailPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/register/confirm")
                        view=ConfirmPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/sign-in")
                        view=SignInPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account")
                        view=AccountPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account/profile")
                        view=ProfilePageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account/password")
                        view=PasswordPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account/delete")
                        view=DeletePageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account/email")
                        view=EmailPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account/email/confirm")
                        view=EmailConfirmPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account/sessions")
                        view=SessionsPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account/identity")
                        view=IdentityPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/identity")
                        view=StaffIdentityPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account/card")
                        view=CardPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/card")
                        view=StaffCardPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/password-reset")
                        view=PasswordResetPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/password-reset/sent")
                        view=PasswordResetSentPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/password-reset/confirm")
                        view=PasswordResetConfirmPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/settings")
                        view=SettingsPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/accessibility")
                        view=AccessibilityRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/staff") view=StaffHomeRoute::route() ssr=SsrMode::Async />
                    <Route
                        path=path!("/admin/users")
                        view=AdminUsersRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/budget") view=BudgetPageRoute::route() ssr=SsrMode::Async />
                    <Route
                        path=path!("/budget/:edition/results")
                        view=EditionResultsPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/budget/:edition/vote")
                        view=BallotPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/budget/:edition/my-ballot")
                        view=MyBallotPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/budget/:edition/results/:pool")
                        view=PoolResultsPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/budget/:edition/projects")
                        view=CataloguePageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/budget/:edition/submit")
                        view=SubmitPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/budget/project/:id")
                        view=ProjectPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/budget/my-projects")
                        view=MyProjectsPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/budget")
                        view=StaffBudgetPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/budget/:edition")
                        view=EditionSettingsPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/budget/:edition/paper")
                        view=PaperPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/referenda")
                        view=ReferendaPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/referenda/:id")
                        view=ReferendumPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/referenda")
                        view=StaffReferendaPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/consultations")
                        view=ConsultationsPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/consultations/notifications")
                        view=NotificationsPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/consultations/following")
                        view=FollowingPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/consultations/unsubscribe")
                        view=UnsubscribePageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/consultations/method")
                        view=MethodPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/consultations/:id")
                        view=ConsultationPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/consultations/:id/opinions")
                        view=OpinionsPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/consultations/:id/remarks")
                        view=RemarksPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/consultations/:id/remarks/:remark")
                        view=RemarkEditPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/consultations/:id/moderation")
                        view=ModerationPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/consultations")
                        view=StaffConsultationsPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/consultations/:id")
                        view=ConsultationFormPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/consultations/:id/answers")
                        view=AnswersPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/consultations/:id/report")
                        view=ReportPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/consultations/:id/meetings")
                        view=MeetingsPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/consultations/:id/meetings")
                        view=MeetingDeskPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/consultations/:id/languages")
                        view=LanguagesPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/surveys")
                        view=SurveysPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/surveys/:id")
                        view=SurveyIntroPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/surveys/:id/page/:page")
                        view=AnswerPageViewRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/surveys/:id/review")
                        view=ReviewPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/surveys/:id/thanks")
                        view=ThanksPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/surveys/:id/results")
                        view=ResultsPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/surveys")
                        view=StaffSurveysRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/surveys/:id")
                        view=SurveyEditorRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/surveys/:id/preview")
                        view=SurveyPreviewRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/surveys/:id/questions/new")
                        view=QuestionEditorRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/surveys/:id/questions/:key")
                        view=QuestionEditorRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/surveys/:id/codes/:batch")
                        view=CodesPrintRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/tickets/prices")
                        view=PricesPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/tickets/buy")
                        view=BuyPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/tickets/orders")
                        view=OrdersPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/tickets/orders/:id")
                        view=OrderPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/tickets")
                        view=WalletPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/tickets/:id")
                        view=TicketPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/tariffs")
                        view=StaffTariffsPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/tariffs/:id")
                        view=StaffTariffPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/taxes") view=TaxesPageRoute::route() ssr=SsrMode::Async />
                    <Route
                        path=path!("/staff/taxes")
                        view=StaffTaxesPageRoute::route()
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/taxes/payers/:ext")
                        view=StaffTaxpayerPageRoute::route()
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
    // On a narrow screen the menu folds behind a button once the page runs JavaScript;
    // without it (and before hydration) the menu is simply shown.
    let hydrated = RwSignal::new(false);
    let menu_open = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    Effect::new(move |_| {
        location.pathname.track();
        menu_open.set(false);
    });

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
                    <BrandMark />
                    <span>{move || t!(i18n, "site-name")}</span>
                </a>

                <HeaderTools />
                <button
                    type="button"
                    class="site-header__menu"
                    aria-controls="site-nav"
                    aria-expanded=move || if menu_open.get() { "true" } else { "false" }
                    hidden=move || !hydrated.get()
                    on:click=move |_| menu_open.update(|o| *o = !*o)
                >
                    <span class="site-header__menu-icon" aria-hidden="true"></span>
                    {move || t!(i18n, "nav-menu")}
                </button>
            </div>
            <Nav open=menu_open hydrated />
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
        let doc = document();
        // What had focus when the path changed (usually the link that was followed), and the
        // heading of the page being left: a lazily loaded page replaces it only once its
        // piece has arrived.
        let before = doc.active_element();
        let old = doc.get_element_by_id("main-heading");
        focus_new_heading(before, old, 0);
    }
}

/// Moves focus to the new page's h1 and announces its title, once the page's piece and data
/// have arrived (its h1 is rendered inside Suspense): tries every 100 ms for up to 5 seconds.
/// A page that keeps the old heading element gets it focused after 1.5 s.
#[cfg(feature = "hydrate")]
fn focus_new_heading(
    before: Option<web_sys::Element>,
    old: Option<web_sys::Element>,
    attempt: u32,
) {
    set_timeout(
        move || {
            use wasm_bindgen::JsCast;
            let doc = document();
            let heading = doc.get_element_by_id("main-heading");
            let is_new = heading.is_some() && heading != old;
            if is_new || (attempt == 15 && heading.is_some()) {
                // Someone quick on the keyboard may already have moved on into the new
                // page: leave them where they are.
                let moved_on = doc.active_element().is_some_and(|a| {
                    Some(&a) != before.as_ref()
                        && Some(&a) != old.as_ref()
                        && a.id() != "main-content"
                        && a.closest("#main-content").ok().flatten().is_some()
                });
                if let Some(h1) = heading.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    if !moved_on {
                        let _ = h1.focus();
                    }
                }
                if let Some(a) = doc.get_element_by_id("route-announcer") {
                    a.set_text_content(Some(&doc.title()));
                }
                if is_new {
                    return;
                }
            }
            if attempt < 50 {
                focus_new_heading(before, old, attempt + 1);
            }
        },
        std::time::Duration::from_millis(if attempt == 0 { 80 } else { 100 }),
    );
}

/// Kraków's gate with three towers inside a shield, drawn in the header's text colour.
#[component]
fn BrandMark() -> impl IntoView {
    view! {
        <svg class="site-header__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <path
                class="site-header__mark-shield"
                d="M4 3h24v14c0 7-5.5 11.5-12 13C9.5 28.5 4 24 4 17z"
            />
            <path
                class="site-header__mark-gate"
                d="M7 14h4v8H7zM6.5 14L9 10l2.5 4zM11 16h2v6h-2zM13 11h6v11h-6zM12.5 11L16 5.5l3.5 5.5zM19 16h2v6h-2zM21 14h4v8h-4zM20.5 14L23 10l2.5 4z"
            />
            <path class="site-header__mark-door" d="M14.5 22v-4a1.5 1.5 0 0 1 3 0v4z" />
        </svg>
    }
}

/// Always in sight, on every width: the languages, and who is signed in with the way out
/// (or the way in).
#[component]
fn HeaderTools() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let sign_out = ServerAction::<accounts::api::SignOut>::new();
    let _form = Form::new("sign-out", sign_out);
    view! {
        <div class="site-header__tools">
            <LanguageSwitcher />
            {move || match shell.viewer.get() {
                Some(v) => {
                    view! {
                        <div class="site-header__person">
                            <p class="site-header__who">
                                <span class="visually-hidden">
                                    {move || t!(i18n, "signed-in-as")}" "
                                </span>
                                <span class="site-header__name">{v.name.clone()}</span>
                            </p>
                            <ActionForm action=sign_out attr:class="inline-form">
                                <button type="submit" class="site-header__action">
                                    {move || t!(i18n, "nav-sign-out")}
                                </button>
                            </ActionForm>
                        </div>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <a href="/sign-in" class="site-header__action">
                            {move || t!(i18n, "nav-sign-in")}
                        </a>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

#[component]
fn Nav(open: RwSignal<bool>, hydrated: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let location = use_location();
    let current = move |p: &'static str| move || (location.pathname.get() == p).then_some("page");
    view! {
        <nav
            id="site-nav"
            class="site-nav"
            class:site-nav--folding=move || hydrated.get()
            class:site-nav--open=move || open.get()
            aria-label=move || t!(i18n, "nav-label")
            on:keydown=move |ev| {
                if ev.key() == "Escape" && open.get_untracked() {
                    open.set(false);
                    #[cfg(feature = "hydrate")]
                    {
                        use wasm_bindgen::JsCast;
                        if let Some(b) = document()
                            .query_selector(".site-header__menu")
                            .ok()
                            .flatten()
                            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                        {
                            let _ = b.focus();
                        }
                    }
                }
            }
        >
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
                <li>
                    <a href="/consultations" aria-current=current("/consultations")>
                        {move || t!(i18n, "nav-consultations")}
                    </a>
                </li>
                <li>
                    <a href="/tickets" aria-current=current("/tickets")>
                        {move || t!(i18n, "nav-tickets")}
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
                                        <li>
                                            <a
                                                href="/staff/consultations"
                                                aria-current=current("/staff/consultations")
                                            >
                                                {move || t!(i18n, "nav-staff-consultations")}
                                            </a>
                                        </li>
                                    }
                                })}
                            {(v.role == Role::TaxClerk)
                                .then(|| {
                                    view! {
                                        <li>
                                            <a href="/staff/taxes" aria-current=current("/staff/taxes")>
                                                {move || t!(i18n, "nav-staff-taxes")}
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
                        }
                            .into_any()
                    }
                    None => {
                        view! {
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
            problems_of::<crate::card::CardProblem>(),
            problems_of::<crate::surveys::SurveyProblem>(),
            problems_of::<crate::budget::BudgetProblem>(),
            problems_of::<crate::referenda::ReferendumProblem>(),
            problems_of::<crate::consultations::problems::ConsultationProblem>(),
            problems_of::<crate::tickets::TicketProblem>(),
            problems_of::<crate::taxes::TaxProblem>(),
        ]
        .concat();
        let notices = [
            notices_of::<crate::forms::FormNotice>(),
            notices_of::<crate::accounts::AccountNotice>(),
            notices_of::<crate::identity::IdentityNotice>(),
            notices_of::<crate::card::CardNotice>(),
            notices_of::<crate::surveys::SurveyNotice>(),
            notices_of::<crate::budget::BudgetNotice>(),
            notices_of::<crate::referenda::ReferendumNotice>(),
            notices_of::<crate::consultations::ConsultationNotice>(),
            notices_of::<crate::tickets::TicketNotice>(),
            notices_of::<crate::taxes::TaxNotice>(),
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

    #[test]
    fn every_route_has_its_piece_to_prefetch_and_addresses_find_theirs() {
        use super::{route_matches, PIECES};
        // The routes as the router has them, read from this file's source.
        let source = include_str!("app.rs");
        let routes: Vec<&str> = source
            .split("<Route")
            .skip(1)
            .filter_map(|r| r.split("path!(\"").nth(1)?.split('"').next())
            .collect();
        let pieces: Vec<&str> = PIECES.iter().map(|(p, _)| *p).collect();
        assert!(routes.len() > 40, "{} routes", routes.len());
        assert_eq!(
            routes, pieces,
            "each route needs its line in PIECES, in the same order"
        );

        assert!(route_matches("/", "/"));
        assert!(route_matches(
            "/budget/:edition/results",
            "/budget/2026/results"
        ));
        assert!(route_matches(
            "/budget/:edition/results",
            "/budget/2026/results/"
        ));
        assert!(!route_matches(
            "/budget/:edition/results",
            "/budget/2026/results/3"
        ));
        assert!(!route_matches(
            "/budget/:edition/results",
            "/budget//results"
        ));
        assert!(!route_matches("/surveys", "/surveys/1"));
        assert!(!route_matches("/", "/surveys"));
        // Any address of a route finds that route's piece first (no earlier route takes it).
        for (i, pattern) in pieces.iter().enumerate() {
            let address: String = pattern
                .split('/')
                .map(|s| if s.starts_with(':') { "7" } else { s })
                .collect::<Vec<_>>()
                .join("/");
            let first = pieces.iter().position(|p| route_matches(p, &address));
            assert_eq!(first, Some(i), "{address} is taken by an earlier route");
        }
    }
}
