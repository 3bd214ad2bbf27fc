//! Capability-free building blocks: page heading, form fields, error summary, notices.
//! Markup follows the GOV.UK Design System patterns (label, hint, error message tied with
//! aria-describedby; an error summary linking to each field).
use crate::forms::{Boot, FieldError, FormFlash, FormProblem, FormReply, Notice, Problem};
use crate::i18n::{use_i18n, I18n};
use crate::platform::people::{DisplayPrefs, Viewer};
use crate::platform::Failure;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The page state in the browser: starts from [`Boot`], follows what actions return.
#[derive(Clone, Copy)]
pub struct Shell {
    pub viewer: RwSignal<Option<Viewer>>,
    pub prefs: RwSignal<DisplayPrefs>,
    /// A notice and the path of the page it belongs to ("" = the page first loaded).
    pub notice: RwSignal<Option<(Notice, String)>>,
    /// The form that came back after a plain post, until a form of that name reads it.
    pub form_flash: StoredValue<Option<FormFlash>>,
}

impl Shell {
    pub fn new(boot: &Boot) -> Shell {
        Shell {
            viewer: RwSignal::new(boot.viewer.clone()),
            prefs: RwSignal::new(boot.prefs),
            notice: RwSignal::new(boot.notice.clone().map(|n| (n, String::new()))),
            form_flash: StoredValue::new(boot.form.clone()),
        }
    }
    pub fn apply(&self, boot: &Boot, i18n: I18n) {
        self.viewer.set(boot.viewer.clone());
        self.prefs.set(boot.prefs);
        let lang = boot.lang;
        if i18n.lang.get_untracked() != lang {
            // In the browser a language's messages are fetched the first time it is chosen.
            #[cfg(feature = "hydrate")]
            leptos::task::spawn_local(async move {
                if crate::i18n::load(lang).await {
                    i18n.lang.set(lang);
                }
            });
            #[cfg(not(feature = "hydrate"))]
            i18n.lang.set(lang);
        }
    }
}

pub fn use_shell() -> Shell {
    expect_context::<Shell>()
}

type ActionValue = Signal<Option<Result<FormReply, Failure>>>;

/// One form's errors and initial values, from the flash (no-JS) or the action's reply.
#[derive(Clone, Copy)]
pub struct Form {
    pub id: &'static str,
    errors: Memo<Vec<FieldError>>,
    values: StoredValue<Vec<(String, String)>>,
    /// Errors found in the browser before sending (the same rules as the server's).
    local: RwSignal<Option<Vec<FieldError>>>,
    has_flash: bool,
}

impl Form {
    pub fn new<S>(id: &'static str, action: ServerAction<S>) -> Form
    where
        S: leptos::server_fn::ServerFn<Output = FormReply, Error = Failure>
            + Send
            + Sync
            + Clone
            + 'static,
    {
        let value: ActionValue = Signal::derive(move || action.value().get());
        let shell = use_shell();
        let i18n = use_i18n();
        let flash = shell
            .form_flash
            .try_update_value(|f| {
                if f.as_ref().is_some_and(|f| f.form == id) {
                    f.take()
                } else {
                    None
                }
            })
            .flatten();
        let has_flash = flash.is_some();
        let (initial_errors, values) = flash.map(|f| (f.errors, f.values)).unwrap_or_default();
        let local: RwSignal<Option<Vec<FieldError>>> = RwSignal::new(None);
        let errors = Memo::new(move |_| {
            if let Some(l) = local.get() {
                return l;
            }
            match value.get() {
                None => initial_errors.clone(),
                Some(Ok(reply)) => reply.errors().to_vec(),
                Some(Err(_)) => vec![FieldError::new("", crate::forms::FormProblem::Unexpected)],
            }
        });
        // A finished action may change who is signed in, the language or the display.
        Effect::new(move |_| {
            if let Some(Ok(FormReply::Done { notice, boot, to })) = value.get() {
                if let Some(b) = &boot {
                    shell.apply(b, i18n);
                }
                let path = to.split(['?', '#']).next().unwrap_or_default().to_string();
                shell.notice.set(notice.map(|n| (n, path)));
            }
        });
        // After a failed submit, move focus to the error summary (GOV.UK pattern).
        Effect::new(move |_| {
            let has = !errors.get().is_empty();
            if has && (value.with(|v| v.is_some()) || local.with(|l| l.is_some())) {
                focus_later(&format!("{id}-summary"));
            }
        });
        Form {
            id,
            errors,
            values: StoredValue::new(values),
            local,
            has_flash,
        }
    }

    /// Shows errors found in the browser (None: show the server's again).
    pub fn set_local(&self, errors: Option<Vec<FieldError>>) {
        self.local.set(errors);
    }
    /// Whether the form came back after a plain post (its values replace stored ones).
    pub fn has_flash(&self) -> bool {
        self.has_flash
    }

    pub fn error(&self, field: &str) -> Option<Problem> {
        self.errors.with(|e| {
            e.iter()
                .find(|e| e.field == field)
                .map(|e| e.problem.clone())
        })
    }
    pub fn value(&self, field: &str) -> String {
        self.values.with_value(|v| {
            v.iter()
                .find(|(k, _)| k == field)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        })
    }
    pub fn errors(&self) -> Vec<FieldError> {
        self.errors.get()
    }
}

/// Focuses an element by id after the DOM has been updated (browser only).
pub fn focus_later(_id: &str) {
    #[cfg(feature = "hydrate")]
    {
        let id = _id.to_string();
        request_animation_frame(move || {
            use wasm_bindgen::JsCast;
            if let Some(el) = document().get_element_by_id(&id) {
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
}

pub use crate::forms::{notice_text, problem_text};

/// The text of a server function's failure, for data that could not be loaded.
pub fn load_error_text(i18n: I18n, e: &Failure) -> String {
    match e {
        Failure::NotFound => t!(i18n, "error-not-found"),
        Failure::Counting => t!(i18n, "error-being-counted"),
        Failure::NoDraft => t!(i18n, "survey-no-draft"),
        Failure::Forbidden => problem_text(i18n, &FormProblem::NotAllowed.into()),
        Failure::SignedOut => problem_text(i18n, &FormProblem::NotSignedIn.into()),
        Failure::Internal | Failure::Transport(_) => {
            problem_text(i18n, &FormProblem::Unexpected.into())
        }
    }
}

/// A page whose data could not be loaded: its title and heading, the reason in the page
/// language, and optionally a link on.
#[component]
pub fn LoadFailed(
    #[prop(into)] title: TextProp,
    error: Failure,
    #[prop(optional)] back: Option<(String, TextProp)>,
    /// The page sets its `<title>` itself.
    #[prop(optional)]
    no_title: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let t2 = title.clone();
    view! {
        {(!no_title).then(|| view! { <PageTitle text=t2.clone() /> })}
        <PageHeading text=title />
        <p class="error-text">{move || load_error_text(i18n, &error)}</p>
        {back
            .map(|(href, label)| {
                view! {
                    <p>
                        <a href=href>{move || label.get().to_string()}</a>
                    </p>
                }
            })}
    }
}

/// The page's one h1: focusable, so that focus can move to it after navigation.
#[component]
pub fn PageHeading(#[prop(into)] text: TextProp) -> impl IntoView {
    view! {
        <h1 id="main-heading" tabindex="-1">
            {move || text.get().to_string()}
        </h1>
    }
}

/// The page `<title>`: "Page – Konto Obywatelskie Kraków", in the active language, and its
/// `<meta name="description">` (what search engines and link previews show): the page's own
/// lead when it gives one, else the portal's.
#[component]
pub fn PageTitle(
    #[prop(into)] text: TextProp,
    #[prop(optional, into)] description: Option<TextProp>,
) -> impl IntoView {
    let i18n = use_i18n();
    let describe = move || match &description {
        Some(d) => d.get().to_string(),
        None => t!(i18n, "site-description"),
    };
    // On the server the title is made here, while the page's reactive owner is active: the
    // head is written after the body, when reading a signal can panic under load ("no Arena
    // is active", a 500 for some of twenty concurrent views). In the browser it follows the
    // language as it changes.
    #[cfg(feature = "ssr")]
    {
        let title = head_text(&format!("{} – {}", text.get(), t!(i18n, "site-name")));
        // (an attribute: Leptos escapes it)
        let content = describe();
        view! {
            <leptos_meta::Title text=title />
            <leptos_meta::Meta name="description" content=content />
        }
    }
    #[cfg(not(feature = "ssr"))]
    {
        view! {
            <leptos_meta::Title text=move || head_text(
                &format!("{} – {}", text.get(), t!(i18n, "site-name")),
            ) />
            <leptos_meta::Meta name="description" content=describe />
        }
    }
}

/// Text for the document's `<head>`. leptos_meta 0.8.7 writes the `<title>` into the
/// server-rendered HTML without escaping it, so a title taken from user content (a
/// proposal's title: `</title><meta http-equiv="refresh" …>`) would become markup. On the
/// server it is escaped here; in the browser it is set as `document.title`, which is text.
pub fn head_text(s: &str) -> String {
    #[cfg(feature = "ssr")]
    {
        html_escape::encode_text(s).into_owned()
    }
    #[cfg(not(feature = "ssr"))]
    {
        s.to_string()
    }
}

/// The text inside a server-rendered `<textarea>`. Leptos 0.8 writes a textarea's text child
/// into the HTML without escaping it, so a value typed by someone (`</textarea><b>…`) would
/// close the element and become markup on the page that shows it back. On the server it is
/// escaped here (the browser decodes it as the field's value); in the browser the value is
/// set as a property, which is text.
pub fn textarea_text(s: &str) -> String {
    head_text(s)
}

/// The list of a form's problems, at the top, each linking to its field. `label_of` names
/// the field in front of its problem where the same sentence can stand for several fields
/// (survey questions: "Odpowiedz na to pytanie").
#[component]
pub fn ErrorSummary(
    form: Form,
    #[prop(optional, into)] label_of: Option<Callback<String, Option<String>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = form.id;
    view! {
        <Show when=move || !form.errors().is_empty()>
            <div
                class="error-summary"
                id=format!("{id}-summary")
                tabindex="-1"
                role="alert"
                aria-labelledby=format!("{id}-summary-title")
                autofocus=true
            >
                <h2 class="error-summary__title" id=format!("{id}-summary-title")>
                    {move || t!(i18n, "error-summary-title")}
                </h2>
                <ul class="error-summary__list">
                    {move || {
                        form.errors()
                            .into_iter()
                            .map(|e| {
                                let text = problem_text(i18n, &e.problem);
                                let text = match label_of.and_then(|f| f.run(e.field.clone())) {
                                    Some(label) => format!("{label}: {text}"),
                                    None => text,
                                };
                                if e.field.is_empty() {
                                    view! { <li>{text}</li> }.into_any()
                                } else {
                                    view! {
                                        <li>
                                            <a href=format!("#f-{}", e.field)>{text}</a>
                                        </li>
                                    }
                                        .into_any()
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}

/// The `aria-describedby` of a field: its hint and its error, when present.
pub fn described_by(name: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(format!("f-{name}-hint"));
    }
    if has_error {
        ids.push(format!("f-{name}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A field's error message (`f-{name}-error`), prefixed for screen readers.
#[component]
pub fn FieldError(form: Form, name: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {move || {
            form.error(name)
                .map(|p| {
                    view! {
                        <p class="field__error" id=format!("f-{name}-error")>
                            <span class="visually-hidden">{t!(i18n, "error-prefix")}" "</span>
                            {problem_text(i18n, &p)}
                        </p>
                    }
                })
        }}
    }
}

/// A labelled text input with optional hint and its error.
#[component]
pub fn TextField(
    form: Form,
    name: &'static str,
    #[prop(into)] label: TextProp,
    #[prop(optional, into)] hint: Option<TextProp>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let initial = if kind == "password" {
        String::new()
    } else if form.has_flash() {
        form.value(name)
    } else {
        value
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| form.value(name))
    };
    view! {
        <div class="field" class:field--error=move || form.error(name).is_some()>
            <label class="field__label" for=format!("f-{name}")>{move || label.get().to_string()}</label>
            {hint.map(|h| view! { <p class="field__hint" id=format!("f-{name}-hint")>{move || h.get().to_string()}</p> })}
            <FieldError form name/>
            <input class="field__input" id=format!("f-{name}") name=name type=kind autocomplete=autocomplete
                value=initial required=required spellcheck="false"
                aria-invalid=move || form.error(name).is_some().then_some("true")
                aria-describedby=move || described_by(name, has_hint, form.error(name).is_some())/>
        </div>
    }
}

/// A labelled select in a form, with its error; `options` are (value, label, lang of label).
#[component]
pub fn SelectField(
    form: Form,
    name: &'static str,
    #[prop(into)] label: TextProp,
    #[prop(into)] choose: TextProp,
    options: Vec<(String, String, Option<&'static str>)>,
    #[prop(optional)] selected: String,
) -> impl IntoView {
    let selected = if form.has_flash() {
        form.value(name)
    } else {
        selected
    };
    view! {
        <div class="field" class:field--error=move || form.error(name).is_some()>
            <label class="field__label" for=format!("f-{name}")>{move || label.get().to_string()}</label>
            <FieldError form name/>
            <select class="field__select" id=format!("f-{name}") name=name
                aria-invalid=move || form.error(name).is_some().then_some("true")
                aria-describedby=move || described_by(name, false, form.error(name).is_some())>
                <option value="" selected=selected.is_empty()>{move || choose.get().to_string()}</option>
                {options.into_iter().map(|(v, l, lang)| {
                    let sel = v == selected;
                    view! { <option value=v selected=sel lang=lang>{l}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// A labelled select of Kraków's districts.
#[component]
pub fn DistrictField(
    form: Form,
    #[prop(into)] label: TextProp,
    #[prop(optional)] value: Option<i64>,
) -> impl IntoView {
    use crate::forms::District;
    let i18n = use_i18n();
    let name = "district";
    let selected = value
        .map(|v| v.to_string())
        .unwrap_or_else(|| form.value(name));
    view! {
        <div class="field" class:field--error=move || form.error(name).is_some()>
            <label class="field__label" for="f-district">{move || label.get().to_string()}</label>
            <p class="field__hint" id="f-district-hint">{move || t!(i18n, "field-district-hint")}</p>
            <FieldError form name/>
            <select class="field__select" id="f-district" name=name required=true
                aria-invalid=move || form.error(name).is_some().then_some("true")
                aria-describedby=move || described_by(name, true, form.error(name).is_some())>
                <option value="" selected=selected.is_empty()>{move || t!(i18n, "field-district-choose")}</option>
                {District::all().map(|d| {
                    let v = d.number().to_string();
                    let sel = v == selected;
                    view! { <option value=v selected=sel lang="pl">{d.label()}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// A group of radio buttons in a fieldset with a legend.
#[component]
pub fn Radios(
    form: Form,
    name: &'static str,
    #[prop(into)] legend: TextProp,
    options: Vec<(&'static str, TextProp)>,
    selected: String,
) -> impl IntoView {
    let selected = {
        let v = form.value(name);
        if v.is_empty() {
            selected
        } else {
            v
        }
    };
    view! {
        <div class="field" class:field--error=move || form.error(name).is_some()>
            <fieldset class="fieldset" aria-describedby=move || described_by(name, false, form.error(name).is_some())>
                <legend class="fieldset__legend">{move || legend.get().to_string()}</legend>
                <FieldError form name/>
                <div class="radios">
                    {options.into_iter().map(|(value, label)| {
                        let id = format!("f-{name}-{value}");
                        view! {
                            <div class="radios__item">
                                <input class="radios__input" type="radio" id=id.clone() name=name value=value checked=selected == value/>
                                <label class="radios__label" for=id>{move || label.get().to_string()}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

/// A single checkbox (sends `yes`), with its error; `checked` is the stored state, a form
/// that came back after a plain post shows what was sent instead.
#[component]
pub fn Checkbox(
    form: Form,
    name: &'static str,
    #[prop(into)] label: TextProp,
    #[prop(optional)] checked: bool,
    #[prop(optional, into)] hint: Option<TextProp>,
) -> impl IntoView {
    let id = format!("f-{name}");
    let checked = if form.has_flash() {
        form.value(name) == "yes"
    } else {
        checked
    };
    let has_hint = hint.is_some();
    view! {
        <div class="field" class:field--error=move || form.error(name).is_some()>
            <FieldError form name/>
            <div class="checkboxes__item">
                <input class="checkboxes__input" type="checkbox" id=id.clone() name=name value="yes" checked=checked
                    aria-invalid=move || form.error(name).is_some().then_some("true")
                    aria-describedby=move || described_by(name, has_hint, form.error(name).is_some())/>
                <label class="checkboxes__label" for=id>{move || label.get().to_string()}</label>
                {hint.map(|h| view! { <p class="field__hint checkboxes__hint" id=format!("f-{name}-hint")>{move || h.get().to_string()}</p> })}
            </div>
        </div>
    }
}

/// Checkboxes of the 18 districts (`districts[d{n}]`), in a fieldset with its error: the
/// stored choice, or what was sent when the form came back after a plain post.
#[component]
pub fn DistrictCheckboxes(
    form: Form,
    #[prop(into)] legend: TextProp,
    chosen: Vec<crate::forms::District>,
) -> impl IntoView {
    use crate::forms::District;
    let checked = move |d: District| {
        if form.has_flash() {
            form.value(&format!("districts[d{}]", d.number())) == "1"
        } else {
            chosen.contains(&d)
        }
    };
    view! {
        <div class="field" class:field--error=move || form.error("districts").is_some()>
            <fieldset class="fieldset" id="f-districts" tabindex="-1">
                <legend class="fieldset__legend">{move || legend.get().to_string()}</legend>
                <FieldError form name="districts"/>
                <div class="checkboxes checkboxes--columns">
                    {District::all().map(|d| {
                        let n = d.number();
                        let id = format!("f-d{n}");
                        view! {
                            <div class="checkboxes__item">
                                <input class="checkboxes__input" type="checkbox" id=id.clone() name=format!("districts[d{n}]") value="1" checked=checked(d)/>
                                <label class="checkboxes__label" for=id lang="pl">{d.label()}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

/// A labelled text area with optional hint and its error.
#[component]
pub fn TextArea(
    form: Form,
    name: &'static str,
    #[prop(into)] label: TextProp,
    #[prop(optional, into)] hint: Option<TextProp>,
    #[prop(optional, into)] value: Option<String>,
    #[prop(default = 4)] rows: u32,
    #[prop(optional, into)] lang: Option<&'static str>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let initial = if form.has_flash() {
        form.value(name)
    } else {
        value.unwrap_or_default()
    };
    view! {
        <div class="field" class:field--error=move || form.error(name).is_some()>
            <label class="field__label" for=format!("f-{name}")>{move || label.get().to_string()}</label>
            {hint.map(|h| view! { <p class="field__hint" id=format!("f-{name}-hint")>{move || h.get().to_string()}</p> })}
            <FieldError form name/>
            <textarea class="field__textarea" id=format!("f-{name}") name=name rows=rows lang=lang
                aria-invalid=move || form.error(name).is_some().then_some("true")
                aria-describedby=move || described_by(name, has_hint, form.error(name).is_some())
                prop:value=initial.clone()>{textarea_text(&initial)}</textarea>
        </div>
    }
}

pub use crate::i18n::format::decimal as fmt_num;

/// A one-time confirmation after an action ("Password changed").
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let location = leptos_router::hooks::use_location();
    // A notice belongs to one page: leaving that page drops it.
    Effect::new(move |_| {
        let path = location.pathname.get();
        let stale = shell
            .notice
            .with_untracked(|n| n.as_ref().is_some_and(|(_, p)| !p.is_empty() && *p != path));
        if stale {
            shell.notice.set(None);
        }
    });
    let visible = move || {
        let path = location.pathname.get();
        shell
            .notice
            .get()
            .filter(|(_, p)| p.is_empty() || *p == path)
            .map(|(n, _)| n)
    };
    view! {
        <div role="status" class="notice-region">
            {move || {
                visible()
                    .map(|n| {
                        view! {
                            <div class="notice">
                                <p class="notice__text">{notice_text(i18n, &n)}</p>
                            </div>
                        }
                    })
            }}
        </div>
    }
}

/// A submit button that shows it is working while the action runs.
#[component]
pub fn Submit(
    #[prop(into)] label: TextProp,
    pending: Signal<bool>,
    #[prop(optional)] secondary: bool,
    #[prop(optional)] warning: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button type="submit" class="button" class:button--secondary=secondary class:button--warning=warning
            aria-disabled=move || pending.get().then_some("true")>
            {move || if pending.get() { t!(i18n, "button-working") } else { label.get().to_string() }}
        </button>
    }
}

/// The route's numeric parameter `name` (0 when absent or not a number, which no record has:
/// the page then says "not found").
pub fn id_param(name: &'static str) -> Memo<i64> {
    let params = leptos_router::hooks::use_params_map();
    Memo::new(move |_| {
        params
            .read()
            .get(name)
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0)
    })
}

/// The current path and query, for "return here" fields.
pub fn here() -> Memo<String> {
    let location = use_location();
    Memo::new(move |_| {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{}", location.pathname.get(), search)
        }
    })
}

/// Sends a signed-out visitor to sign in first, then back here. Decided once, when the
/// page is entered: signing out on this page is followed by the sign-out's own redirect,
/// not by a detour through the sign-in page.
#[component]
pub fn RequireSignIn(children: ChildrenFn) -> impl IntoView {
    let shell = use_shell();
    if shell.viewer.get_untracked().is_none() {
        let here = here().get_untracked();
        return view! {
            <leptos_router::components::Redirect path=format!(
                "/sign-in?return_to={}",
                crate::forms::urlencode(&here),
            ) />
        }
        .into_any();
    }
    children().into_any()
}
