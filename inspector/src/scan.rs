//! Reading a ticket's QR code from a camera frame, in WebAssembly (rqrr, a Rust port of
//! quirc): the frame's pixels become grey levels and every code found is decoded.

/// The largest frame side read: a camera's 1080p frames are scaled down first (a ticket's
/// code fills a good part of the picture; a smaller frame is read several times faster).
pub const MAX_SIDE: u32 = 800;

/// The text of the first QR code found in a grey image (`w` × `h`, one byte a pixel, 0 black).
pub fn decode_grey(grey: &[u8], w: usize, h: usize) -> Option<String> {
    if w == 0 || h == 0 || grey.len() < w * h {
        return None;
    }
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| grey[y * w + x]);
    img.detect_grids()
        .into_iter()
        .find_map(|g| g.decode().ok().map(|(_, text)| text))
}

/// Grey levels of RGBA pixels (as a canvas gives them), by the Rec. 601 weights.
pub fn grey_of_rgba(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| ((u32::from(p[0]) * 77 + u32::from(p[1]) * 150 + u32::from(p[2]) * 29) >> 8) as u8)
        .collect()
}

/// The size a frame is read at: its own, or scaled down to fit `MAX_SIDE`.
pub fn read_size(w: u32, h: u32) -> (u32, u32) {
    let side = w.max(h);
    if side <= MAX_SIDE || side == 0 {
        (w, h)
    } else {
        (
            (u64::from(w) * u64::from(MAX_SIDE) / u64::from(side)).max(1) as u32,
            (u64::from(h) * u64::from(MAX_SIDE) / u64::from(side)).max(1) as u32,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A QR code drawn as the wallet shows it (black on white, a quiet zone), `scale` pixels a
    /// module, placed at (`ox`, `oy`) in a grey frame of `w` × `h` with a mid-grey background.
    fn frame(text: &str, scale: usize, w: usize, h: usize, ox: usize, oy: usize) -> Vec<u8> {
        let q = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
            .unwrap();
        let n = q.width();
        let colors = q.to_colors();
        let mut img = vec![128u8; w * h];
        let side = (n + 8) * scale;
        for y in 0..side {
            for x in 0..side {
                let (mx, my) = ((x / scale) as isize - 4, (y / scale) as isize - 4);
                let dark = mx >= 0
                    && my >= 0
                    && (mx as usize) < n
                    && (my as usize) < n
                    && colors[my as usize * n + mx as usize] == qrcode::Color::Dark;
                img[(oy + y) * w + ox + x] = if dark { 20 } else { 235 };
            }
        }
        img
    }

    #[test]
    fn a_ticket_code_is_read_from_a_frame() {
        let code = "04000-0F0AB-12345-6789A-BCDEF-GHJKM-NPQRS-TVWXY-Z0123-45678-9ABCD-EFGHJ-KMNPQ-RSTVW-XYZ01-23456-78";
        let img = frame(code, 3, 640, 480, 100, 20);
        assert_eq!(decode_grey(&img, 640, 480).as_deref(), Some(code));
        // Nothing in an empty frame, and nothing from a frame shorter than it says.
        assert_eq!(decode_grey(&vec![128u8; 640 * 480], 640, 480), None);
        assert_eq!(decode_grey(&img[..100], 640, 480), None);
        assert_eq!(decode_grey(&[], 0, 0), None);
    }

    #[test]
    fn frames_are_grey_and_scaled_to_fit() {
        assert_eq!(
            grey_of_rgba(&[255, 255, 255, 255, 0, 0, 0, 255]),
            vec![255, 0]
        );
        assert_eq!(read_size(640, 480), (640, 480));
        assert_eq!(read_size(1920, 1080), (800, 450));
        assert_eq!(read_size(1080, 1920), (450, 800));
        assert_eq!(read_size(0, 0), (0, 0));
    }
}
