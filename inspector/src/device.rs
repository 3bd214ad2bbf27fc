//! The browser's side: local storage, the portal's endpoints, the camera, the service worker.
use crate::book::Book;
use crate::scan;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const BOOK_KEY: &str = "ko-inspector-book";
const LANG_KEY: &str = "ko-inspector-lang";

/// Unix seconds by the device's clock.
pub fn now() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn load_book() -> Book {
    storage()
        .and_then(|s| s.get_item(BOOK_KEY).ok().flatten())
        .map(|s| Book::from_json(&s))
        .unwrap_or_default()
}

pub fn save_book(b: &Book) {
    if let Some(s) = storage() {
        let _ = s.set_item(BOOK_KEY, &b.to_json());
    }
}

pub fn saved_lang() -> Option<String> {
    storage().and_then(|s| s.get_item(LANG_KEY).ok().flatten())
}

pub fn save_lang(code: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, code);
    }
}

/// The browser's preferred languages, best first.
pub fn browser_langs() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

pub fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// How the last refresh went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sync {
    /// Not tried since the app started.
    Idle,
    Working,
    Done,
    /// The keys were refreshed; the list needs an inspector signed in to the portal.
    SignedOut,
    NotInspector,
    /// No network: the device's copy is used.
    Offline,
    /// The portal answered something this app does not take (nothing of it was kept).
    Failed,
}

async fn get(url: &str) -> Result<(u16, String), ()> {
    let res = gloo_net::http::Request::get(url)
        .credentials(web_sys::RequestCredentials::SameOrigin)
        .cache(web_sys::RequestCache::NoStore)
        .send()
        .await
        .map_err(|_| ())?;
    let status = res.status();
    let text = res.text().await.map_err(|_| ())?;
    Ok((status, text))
}

/// Brings the device's copy up to date: the public keys (for anyone), then every new part of
/// the revocation list (for a signed-in inspector). What is taken is taken whole; the copy in
/// `book` changes only by complete, verified steps.
pub async fn refresh(book: &mut Book) -> Sync {
    match get("/tickets/keys.json").await {
        Err(()) => return Sync::Offline,
        Ok((200, text)) => {
            let mut next = book.clone();
            if next.take_keys(&text).is_err() {
                return Sync::Failed;
            }
            *book = next;
        }
        Ok(_) => return Sync::Failed,
    }
    // At most this many parts in one refresh (20,000 ids each).
    for _ in 0..64 {
        let url = format!("/tickets/revocations.json?since={}", book.version());
        match get(&url).await {
            Err(()) => return Sync::Offline,
            Ok((401, _)) => return Sync::SignedOut,
            Ok((403, _)) => return Sync::NotInspector,
            Ok((200, text)) => match book.apply(&text) {
                Ok(true) => {}
                Ok(false) => {
                    book.mark_refreshed(now());
                    return Sync::Done;
                }
                // Nothing of a part that is not the portal's, or does not follow on, is kept.
                Err(_) => return Sync::Failed,
            },
            Ok(_) => return Sync::Failed,
        }
    }
    Sync::Failed
}

/// Why the camera could not start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraError {
    /// The inspector (or the browser's settings) refused.
    Denied,
    /// No camera on this device.
    Missing,
}

/// Starts the back camera into `video`.
pub async fn start_camera(
    video: &web_sys::HtmlVideoElement,
) -> Result<web_sys::MediaStream, CameraError> {
    let devices = web_sys::window()
        .ok_or(CameraError::Missing)?
        .navigator()
        .media_devices()
        .map_err(|_| CameraError::Missing)?;
    let wanted = js_sys::Object::new();
    let facing = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&facing, &"ideal".into(), &"environment".into());
    let _ = js_sys::Reflect::set(&wanted, &"facingMode".into(), &facing);
    let constraints = web_sys::MediaStreamConstraints::new();
    constraints.set_video(&wanted);
    constraints.set_audio(&JsValue::FALSE);
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|_| CameraError::Missing)?;
    let stream: web_sys::MediaStream = match JsFuture::from(promise).await {
        Ok(s) => s.dyn_into().map_err(|_| CameraError::Missing)?,
        Err(e) => {
            let name = js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            return Err(match name.as_str() {
                "NotAllowedError" | "SecurityError" => CameraError::Denied,
                _ => CameraError::Missing,
            });
        }
    };
    video.set_src_object(Some(&stream));
    if let Ok(p) = video.play() {
        let _ = JsFuture::from(p).await;
    }
    Ok(stream)
}

pub fn stop_camera(stream: &web_sys::MediaStream, video: Option<&web_sys::HtmlVideoElement>) {
    for t in stream.get_tracks().iter() {
        if let Ok(t) = t.dyn_into::<web_sys::MediaStreamTrack>() {
            t.stop();
        }
    }
    if let Some(v) = video {
        v.set_src_object(None);
    }
}

/// The text of a QR code in the video's current frame, if there is one.
pub fn read_frame(
    video: &web_sys::HtmlVideoElement,
    canvas: &web_sys::HtmlCanvasElement,
) -> Option<String> {
    let (w, h) = scan::read_size(video.video_width(), video.video_height());
    if w == 0 || h == 0 {
        return None;
    }
    canvas.set_width(w);
    canvas.set_height(h);
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"willReadFrequently".into(), &JsValue::TRUE);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context_with_context_options("2d", &options)
        .ok()??
        .dyn_into()
        .ok()?;
    ctx.draw_image_with_html_video_element_and_dw_and_dh(
        video,
        0.0,
        0.0,
        f64::from(w),
        f64::from(h),
    )
    .ok()?;
    let data = ctx
        .get_image_data(0.0, 0.0, f64::from(w), f64::from(h))
        .ok()?
        .data();
    scan::decode_grey(&scan::grey_of_rgba(&data), w as usize, h as usize)
}

/// Registers the service worker that keeps the app for offline use; resolves when one is
/// active (the app's files are then in its cache).
pub async fn register_worker() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let container = w.navigator().service_worker();
    let options = web_sys::RegistrationOptions::new();
    options.set_scope("/inspector/");
    if JsFuture::from(container.register_with_options("/inspector/sw.js", &options))
        .await
        .is_err()
    {
        return false;
    }
    match container.ready() {
        Ok(p) => JsFuture::from(p).await.is_ok(),
        Err(_) => false,
    }
}
