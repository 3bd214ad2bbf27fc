//! The inspector's screen: read a ticket (camera or typed code), see VALID or NOT VALID with
//! the reason in large type that a screen reader announces, and what this device knows.
use crate::book::{holder_matches, Book, Outcome};
use crate::device::{self, Sync};
use crate::i18n::{tr, tr_args, Lang};
use crate::words;
use konto_ticket::code::CodeError;
use konto_ticket::{Refusal, Ticket};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

/// A list older than this is said to be out of date.
const STALE_AFTER: i64 = 24 * 3600;

/// A check shown on the screen.
#[derive(Clone, Debug, PartialEq)]
struct Shown {
    outcome: Outcome,
    at: i64,
    /// Counts checks, so that the same verdict twice is announced twice.
    seq: u32,
}

fn initial_lang() -> Lang {
    device::saved_lang()
        .and_then(|c| Lang::negotiate([c.as_str()]))
        .or_else(|| Lang::negotiate(device::browser_langs().iter().map(String::as_str)))
        .unwrap_or_default()
}

#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(initial_lang());
    let book = RwSignal::new(device::load_book());
    let sync = RwSignal::new(Sync::Idle);
    let online = RwSignal::new(device::online());
    let offline_ready = RwSignal::new(false);
    let shown = RwSignal::new(None::<Shown>);
    let seq = StoredValue::new(0u32);
    let typed = RwSignal::new(String::new());
    let field_error = RwSignal::new(None::<CodeError>);
    let tick = RwSignal::new(device::now());

    Effect::new(move |_| {
        let l = lang.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("lang", l.code());
            }
            doc.set_title(&tr(l, "ins-title"));
        }
    });

    let refresh = move || {
        if sync.get_untracked() == Sync::Working {
            return;
        }
        sync.set(Sync::Working);
        spawn_local(async move {
            let mut b = book.get_untracked();
            let result = device::refresh(&mut b).await;
            device::save_book(&b);
            book.set(b);
            online.set(device::online());
            sync.set(result);
        });
    };
    refresh();
    spawn_local(async move {
        offline_ready.set(device::register_worker().await);
    });
    let on_online = window_event_listener(leptos::ev::online, move |_| {
        online.set(true);
        refresh();
    });
    let on_offline = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    // The list again every five minutes; the clock for "time left" every 15 seconds.
    let every = set_interval_with_handle(
        move || {
            tick.set(device::now());
            if tick.get_untracked() - book.with_untracked(Book::refreshed) >= 300 {
                refresh();
            }
        },
        Duration::from_secs(15),
    )
    .ok();
    on_cleanup(move || {
        on_online.remove();
        on_offline.remove();
        if let Some(h) = every {
            h.clear();
        }
    });

    let check = move |text: String, from_camera: bool| {
        let outcome = book.with_untracked(|b| b.check(&text, device::now()));
        let outcome = match outcome {
            // A typed slip is told at the field; a QR code that is not a ticket's is NOT VALID.
            Outcome::Unreadable(e) if !from_camera => {
                field_error.set(Some(e));
                return;
            }
            Outcome::Unreadable(_) => Outcome::NotValid(Refusal::Malformed, None),
            o => o,
        };
        field_error.set(None);
        seq.update_value(|s| *s += 1);
        shown.set(Some(Shown {
            outcome,
            at: device::now(),
            seq: seq.get_value(),
        }));
    };

    // The camera.
    let video_ref = NodeRef::<leptos::html::Video>::new();
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let camera_on = RwSignal::new(false);
    let camera_note = RwSignal::new(None::<&'static str>);
    let stream = StoredValue::new_local(None::<web_sys::MediaStream>);
    let reader = StoredValue::new_local(None::<IntervalHandle>);
    let stop_camera = move || {
        if let Some(h) = reader.get_value() {
            h.clear();
        }
        reader.set_value(None);
        if let Some(s) = stream.get_value() {
            device::stop_camera(&s, video_ref.get_untracked().as_ref());
        }
        stream.set_value(None);
        camera_on.set(false);
    };
    let start_camera = move || {
        let Some(video) = video_ref.get_untracked() else {
            return;
        };
        camera_note.set(Some("ins-camera-starting"));
        spawn_local(async move {
            match device::start_camera(&video).await {
                Ok(s) => {
                    stream.set_value(Some(s));
                    camera_on.set(true);
                    camera_note.set(Some("ins-camera-looking"));
                    let h = set_interval_with_handle(
                        move || {
                            let (Some(v), Some(c)) =
                                (video_ref.get_untracked(), canvas_ref.get_untracked())
                            else {
                                return;
                            };
                            if let Some(text) = device::read_frame(&v, &c) {
                                stop_camera();
                                camera_note.set(Some("ins-camera-read"));
                                check(text, true);
                            }
                        },
                        Duration::from_millis(200),
                    )
                    .ok();
                    reader.set_value(h);
                }
                Err(device::CameraError::Denied) => camera_note.set(Some("ins-camera-denied")),
                Err(device::CameraError::Missing) => camera_note.set(Some("ins-camera-missing")),
            }
        });
    };
    on_cleanup(stop_camera);

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        check(typed.get_untracked(), false);
    };

    view! {
        <header class="bar">
            <h1 class="bar__title">{move || tr(lang.get(), "ins-title")}</h1>
            <nav class="bar__langs" aria-label=move || tr(lang.get(), "ins-lang-nav")>
                <ul>
                    {Lang::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        lang=l.code()
                                        aria-pressed=move || (lang.get() == l).to_string()
                                        on:click=move |_| {
                                            lang.set(l);
                                            device::save_lang(l.code());
                                        }
                                    >
                                        {l.name()}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
        <main id="main">
            <section class="verdict-area" aria-labelledby="verdict-h">
                <h2 id="verdict-h" class="visually-hidden">
                    {move || tr(lang.get(), "ins-result")}
                </h2>
                <div id="verdict" aria-live="assertive" aria-atomic="true">
                    {move || verdict(lang.get(), shown.get())}
                </div>
                {move || { shown.get().and_then(|s| details(lang, s, tick)) }}
            </section>

            <section class="panel" aria-labelledby="scan-h">
                <h2 id="scan-h">{move || tr(lang.get(), "ins-scan")}</h2>
                <button
                    type="button"
                    class="big-button"
                    on:click=move |_| {
                        if camera_on.get_untracked() {
                            stop_camera();
                            camera_note.set(None);
                        } else {
                            start_camera();
                        }
                    }
                >
                    {move || {
                        tr(
                            lang.get(),
                            if camera_on.get() { "ins-camera-stop" } else { "ins-camera-start" },
                        )
                    }}
                </button>
                <p class="note" role="status">
                    {move || camera_note.get().map(|k| tr(lang.get(), k))}
                </p>
                <video
                    node_ref=video_ref
                    class="camera"
                    hidden=move || !camera_on.get()
                    muted=true
                    playsinline=true
                    aria-label=move || tr(lang.get(), "ins-camera-view")
                ></video>
                <canvas node_ref=canvas_ref hidden=true></canvas>
            </section>

            <section class="panel" aria-labelledby="type-h">
                <h2 id="type-h">{move || tr(lang.get(), "ins-type")}</h2>
                <form on:submit=on_submit novalidate=true>
                    <label for="code">{move || tr(lang.get(), "ins-code")}</label>
                    <p id="code-hint" class="hint">
                        {move || tr(lang.get(), "ins-code-hint")}
                    </p>
                    <textarea
                        id="code"
                        name="code"
                        rows="4"
                        autocomplete="off"
                        autocapitalize="characters"
                        spellcheck="false"
                        aria-describedby="code-hint code-error"
                        aria-invalid=move || field_error.get().is_some().to_string()
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    ></textarea>
                    <p id="code-error" class="field-error">
                        {move || field_error.get().map(|e| words::code_error(lang.get(), e))}
                    </p>
                    <button type="submit" class="big-button">
                        {move || tr(lang.get(), "ins-check")}
                    </button>
                </form>
            </section>

            <section class="panel" aria-labelledby="device-h">
                <h2 id="device-h">{move || tr(lang.get(), "ins-device")}</h2>
                <ul class="facts">
                    <li>
                        {move || {
                            tr_args(
                                lang.get(),
                                "ins-keys",
                                &[("n", (book.with(Book::key_count) as i64).into())],
                            )
                        }}
                    </li>
                    <li>
                        {move || {
                            tr_args(
                                lang.get(),
                                "ins-revoked",
                                &[("n", (book.with(Book::revoked_count) as i64).into())],
                            )
                        }}
                    </li>
                    <li>
                        {move || match book.with(Book::refreshed) {
                            0 => tr(lang.get(), "ins-never-refreshed"),
                            at => {
                                tr_args(
                                    lang.get(),
                                    "ins-refreshed",
                                    &[("at", words::moment(at).into())],
                                )
                            }
                        }}
                    </li>
                    <li>
                        {move || {
                            tr(lang.get(), if online.get() { "ins-online" } else { "ins-offline" })
                        }}
                    </li>
                    <li id="offline-ready">
                        {move || {
                            tr(
                                lang.get(),
                                if offline_ready.get() {
                                    "ins-offline-ready"
                                } else {
                                    "ins-offline-not-ready"
                                },
                            )
                        }}
                    </li>
                </ul>
                {move || {
                    let at = book.with(Book::refreshed);
                    (at == 0 || tick.get() - at > STALE_AFTER)
                        .then(|| view! { <p class="warn">{tr(lang.get(), "ins-stale")}</p> })
                }}
                <p id="sync" role="status">
                    {move || sync_text(lang.get(), sync.get())}
                    {move || {
                        (sync.get() == Sync::SignedOut)
                            .then(|| {
                                view! {
                                    " "
                                    <a href="/sign-in?return_to=/inspector/">
                                        {tr(lang.get(), "ins-sign-in")}
                                    </a>
                                }
                            })
                    }}
                </p>
                <button
                    type="button"
                    disabled=move || sync.get() == Sync::Working
                    on:click=move |_| refresh()
                >
                    {move || tr(lang.get(), "ins-refresh")}
                </button>
            </section>
        </main>
    }
}

fn sync_text(lang: Lang, s: Sync) -> String {
    tr(
        lang,
        match s {
            Sync::Idle | Sync::Working => "ins-sync-working",
            Sync::Done => "ins-sync-done",
            Sync::SignedOut => "ins-sync-signed-out",
            Sync::NotInspector => "ins-sync-not-inspector",
            Sync::Offline => "ins-sync-offline",
            Sync::Failed => "ins-sync-failed",
        },
    )
}

/// The verdict in large type (the live region's content).
fn verdict(lang: Lang, shown: Option<Shown>) -> AnyView {
    let Some(s) = shown else {
        return view! { <p class="verdict verdict--none">{tr(lang, "ins-waiting")}</p> }.into_any();
    };
    let checked = tr_args(
        lang,
        "ins-checked-at",
        &[
            ("at", words::moment(s.at).into()),
            ("n", i64::from(s.seq).into()),
        ],
    );
    match s.outcome {
        Outcome::Valid(t) => view! {
            <div class="verdict verdict--valid">
                <p class="verdict__word">
                    <span aria-hidden="true">"✓ "</span>
                    {tr(lang, "ins-valid")}
                </p>
                <p class="verdict__why">{words::product(lang, t.product)}</p>
                <p class="verdict__when">{checked}</p>
            </div>
        }
        .into_any(),
        Outcome::NotValid(r, _) => view! {
            <div class="verdict verdict--invalid">
                <p class="verdict__word">
                    <span aria-hidden="true">"✗ "</span>
                    {tr(lang, "ins-not-valid")}
                </p>
                <p class="verdict__why">{words::refusal(lang, r)}</p>
                <p class="verdict__when">{checked}</p>
            </div>
        }
        .into_any(),
        Outcome::Unreadable(_) => ().into_any(),
    }
}

/// What the ticket says, below the verdict.
fn details(lang: RwSignal<Lang>, s: Shown, tick: RwSignal<i64>) -> Option<AnyView> {
    let (t, valid): (Ticket, bool) = match s.outcome {
        Outcome::Valid(t) => (t, true),
        Outcome::NotValid(_, Some(t)) => (t, false),
        _ => return None,
    };
    let l = lang.get();
    let until = i64::from(t.valid_until);
    let holder = t.holder.is_some().then(|| holder_check(lang, t.clone()));
    Some(
        view! {
            <dl class="ticket-facts">
                <dt>{tr(l, "ins-d-ticket")}</dt>
                <dd>{words::product(l, t.product)}</dd>
                <dt>{tr(l, "ins-d-zones")}</dt>
                <dd>{words::zones(l, t.zones)}</dd>
                <dt>{tr(l, "ins-d-fare")}</dt>
                <dd>{words::fare(l, t.reduced)}</dd>
                {t
                    .resident
                    .then(|| {
                        view! {
                            <dt>{tr(l, "ins-d-resident")}</dt>
                            <dd>{tr(l, "ins-resident-card")}</dd>
                        }
                    })}
                <dt>{tr(l, "ins-d-valid")}</dt>
                <dd>
                    {words::moment(i64::from(t.valid_from))} " – " {words::moment(until)}
                    {valid
                        .then(|| {
                            view! {
                                <br />
                                {move || words::left(lang.get(), until - tick.get())}
                            }
                        })}
                </dd>
                {t
                    .vehicle
                    .map(|v| {
                        view! {
                            <dt>{tr(l, "ins-d-vehicle")}</dt>
                            <dd>{v.to_string()}</dd>
                        }
                    })}
                {t
                    .line
                    .map(|n| {
                        view! {
                            <dt>{tr(l, "ins-d-line")}</dt>
                            <dd>{n.to_string()}</dd>
                        }
                    })}
                <dt>{tr(l, "ins-d-number")}</dt>
                <dd>{t.id.to_string()}</dd>
            </dl>
            {holder}
        }
        .into_any(),
    )
}

/// A period ticket names its holder: the inspector types the name from a document.
fn holder_check(lang: RwSignal<Lang>, t: Ticket) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let answer = RwSignal::new(None::<bool>);
    view! {
        <form
            class="holder"
            on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                answer.set(holder_matches(&t, &name.get_untracked()));
            }
        >
            <label for="holder">{move || tr(lang.get(), "ins-holder")}</label>
            <input
                id="holder"
                name="holder"
                autocomplete="off"
                prop:value=move || name.get()
                on:input=move |ev| {
                    name.set(event_target_value(&ev));
                    answer.set(None);
                }
            />
            <button type="submit">{move || tr(lang.get(), "ins-holder-check")}</button>
            <p role="status" class="holder__answer">
                {move || {
                    answer
                        .get()
                        .map(|m| {
                            tr(
                                lang.get(),
                                if m { "ins-holder-matches" } else { "ins-holder-differs" },
                            )
                        })
                }}
            </p>
        </form>
    }
}
