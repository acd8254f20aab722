//! ALSA playback for the audio renderer, through libasound.so.2 loaded at
//! run time (the machines this builds on have the library but not its
//! development files). No library or no device: the renderer's activation
//! fails with MF_E_NO_AUDIO_PLAYBACK_DEVICE, as Windows' does without one.

use std::ffi::{CStr, c_char, c_int, c_long, c_uint, c_ulong, c_void};
use std::sync::OnceLock;

use mfplat::media_type::AudioFormat;

type Open = unsafe extern "C" fn(*mut *mut c_void, *const c_char, c_int, c_int) -> c_int;
type SetParams =
    unsafe extern "C" fn(*mut c_void, c_int, c_int, c_uint, c_uint, c_int, c_uint) -> c_int;
type Writei = unsafe extern "C" fn(*mut c_void, *const c_void, c_ulong) -> c_long;
type Recover = unsafe extern "C" fn(*mut c_void, c_int, c_int) -> c_int;
type Simple = unsafe extern "C" fn(*mut c_void) -> c_int;

struct Library {
    open: Open,
    set_params: SetParams,
    writei: Writei,
    recover: Recover,
    drop: Simple,
    prepare: Simple,
    drain: Simple,
    close: Simple,
}

// SNDRV constants from alsa/pcm.h.
const SND_PCM_STREAM_PLAYBACK: c_int = 0;
const SND_PCM_ACCESS_RW_INTERLEAVED: c_int = 3;
const SND_PCM_FORMAT_U8: c_int = 1;
const SND_PCM_FORMAT_S16_LE: c_int = 2;
const SND_PCM_FORMAT_S32_LE: c_int = 10;
const SND_PCM_FORMAT_FLOAT_LE: c_int = 14;
const SND_PCM_FORMAT_S24_3LE: c_int = 32;
/// The device buffer: a quarter of a second.
const LATENCY_US: c_uint = 250_000;

fn library() -> Option<&'static Library> {
    static LIB: OnceLock<Option<Library>> = OnceLock::new();
    LIB.get_or_init(|| {
        // SAFETY: dlopen and dlsym with NUL-terminated names; each symbol is
        // cast to the signature alsa/pcm.h declares for it.
        unsafe {
            let handle = libc::dlopen(c"libasound.so.2".as_ptr(), libc::RTLD_NOW);
            if handle.is_null() {
                return None;
            }
            let sym = |name: &CStr| {
                let p = libc::dlsym(handle, name.as_ptr());
                (!p.is_null()).then_some(p)
            };
            Some(Library {
                open: std::mem::transmute::<*mut c_void, Open>(sym(c"snd_pcm_open")?),
                set_params: std::mem::transmute::<*mut c_void, SetParams>(sym(
                    c"snd_pcm_set_params",
                )?),
                writei: std::mem::transmute::<*mut c_void, Writei>(sym(c"snd_pcm_writei")?),
                recover: std::mem::transmute::<*mut c_void, Recover>(sym(c"snd_pcm_recover")?),
                drop: std::mem::transmute::<*mut c_void, Simple>(sym(c"snd_pcm_drop")?),
                prepare: std::mem::transmute::<*mut c_void, Simple>(sym(c"snd_pcm_prepare")?),
                drain: std::mem::transmute::<*mut c_void, Simple>(sym(c"snd_pcm_drain")?),
                close: std::mem::transmute::<*mut c_void, Simple>(sym(c"snd_pcm_close")?),
            })
        }
    })
    .as_ref()
}

/// Whether ALSA could have a default device: a sound card's PCM in
/// /dev/snd, or a configuration that may define one (a plugin, a null
/// device). Without either, ALSA is not asked, which spares the user its
/// error messages for the common case of a machine with no sound at all.
fn configured() -> bool {
    let card = std::fs::read_dir("/dev/snd").is_ok_and(|d| {
        d.flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("pcmC"))
    });
    let home_rc = std::env::var_os("HOME")
        .map(|h| std::path::Path::new(&h).join(".asoundrc"))
        .is_some_and(|p| p.exists());
    card || home_rc
        || std::env::var_os("ALSA_CONFIG_PATH").is_some()
        || std::path::Path::new("/etc/asound.conf").exists()
}

/// The default playback device, open.
pub struct Pcm {
    lib: &'static Library,
    pcm: *mut c_void,
    format: Option<AudioFormat>,
}

// SAFETY: a snd_pcm_t may be used from any thread, one at a time; Pcm is
// only reached through its owner's mutex.
unsafe impl Send for Pcm {}

impl Pcm {
    /// ALSA's "default" device, or None when there is none.
    pub fn open_default() -> Option<Pcm> {
        if !configured() {
            return None;
        }
        let lib = library()?;
        let mut pcm = std::ptr::null_mut();
        // SAFETY: a valid out-pointer and a NUL-terminated device name.
        let rc = unsafe { (lib.open)(&mut pcm, c"default".as_ptr(), SND_PCM_STREAM_PLAYBACK, 0) };
        (rc >= 0 && !pcm.is_null()).then(|| Pcm {
            lib,
            pcm,
            format: None,
        })
    }

    /// Plays `bytes` of `format` (blocking while the device's buffer is
    /// full, which paces playback).
    pub fn write(&mut self, format: AudioFormat, bytes: &[u8]) -> Result<(), String> {
        if self.format != Some(format) {
            let alsa_format = match (format.float, format.bits) {
                (true, _) => SND_PCM_FORMAT_FLOAT_LE,
                (false, 8) => SND_PCM_FORMAT_U8,
                (false, 16) => SND_PCM_FORMAT_S16_LE,
                (false, 24) => SND_PCM_FORMAT_S24_3LE,
                _ => SND_PCM_FORMAT_S32_LE,
            };
            // SAFETY: an open PCM and plain values.
            let rc = unsafe {
                (self.lib.set_params)(
                    self.pcm,
                    alsa_format,
                    SND_PCM_ACCESS_RW_INTERLEAVED,
                    format.channels,
                    format.rate,
                    1,
                    LATENCY_US,
                )
            };
            if rc < 0 {
                return Err(format!("ALSA refused {format:?} ({rc})"));
            }
            self.format = Some(format);
        }
        let frame = format.block_align().max(1) as usize;
        let mut rest = bytes;
        while rest.len() >= frame {
            let frames = (rest.len() / frame) as c_ulong;
            // SAFETY: `rest` holds `frames` whole frames.
            let n = unsafe { (self.lib.writei)(self.pcm, rest.as_ptr().cast(), frames) };
            if n < 0 {
                // An underrun (after a pause) or a suspend: recover and go on.
                // SAFETY: an open PCM.
                if unsafe { (self.lib.recover)(self.pcm, n as c_int, 1) } < 0 {
                    return Err(format!("ALSA write failed ({n})"));
                }
                continue;
            }
            rest = &rest[n as usize * frame..];
        }
        Ok(())
    }

    /// Drops what the device still holds (Stop, a seek).
    pub fn stop(&mut self) {
        // SAFETY: an open PCM.
        unsafe {
            (self.lib.drop)(self.pcm);
            (self.lib.prepare)(self.pcm);
        }
    }

    /// Lets the device play what it holds (the end of the presentation).
    pub fn drain(&mut self) {
        // SAFETY: an open PCM.
        unsafe {
            (self.lib.drain)(self.pcm);
            (self.lib.prepare)(self.pcm);
        }
    }
}

impl Drop for Pcm {
    fn drop(&mut self) {
        // SAFETY: an open PCM, closed once.
        unsafe { (self.lib.close)(self.pcm) };
    }
}
