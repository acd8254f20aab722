//! The C ABI of mf: the Media Session, the presentation clock, topologies,
//! the source resolver and the sinks. Objects are returned as interface
//! pointers the caller owns; mfplat's exports are in the mfplat crate.

use std::ffi::c_void;

use windows_core::{BOOL, HRESULT};

use mfplat::bindings::{
    IMFActivate, IMFByteStream, IMFMediaSession, IMFMediaSink, IMFMediaType, IMFPresentationClock,
    IMFQualityManager, IMFSampleGrabberSinkCallback, IMFSourceResolver, IMFTopoLoader, IMFTopology,
    IMFTopologyNode, MF_TOPOLOGY_TYPE,
};
use mfplat::capi::{borrowed, create};
use mfplat::com::E_POINTER;

use crate::clock::PresentationClock;
use crate::sink::SinkActivate;
use crate::source::SourceResolver;
use crate::topo_loader::{StandardQualityManager, TopoLoader};
use crate::topology::{Topology, TopologyNode};

/// # Safety
/// `config` is NULL or a live IMFAttributes; `out` as above.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateMediaSession(
    _config: *mut c_void,
    out: *mut *mut c_void,
) -> HRESULT {
    // A5: configuration attributes (MF_SESSION_TOPOLOADER, ...) never make
    // creation fail; this session has one topology loader and no quality
    // manager.
    create::<IMFMediaSession>(
        "MFCreateMediaSession",
        out,
        crate::session::MediaSession::create,
    )
}

/// # Safety
/// `out` is NULL or points to writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreatePresentationClock(out: *mut *mut c_void) -> HRESULT {
    create::<IMFPresentationClock>("MFCreatePresentationClock", out, || {
        Ok(PresentationClock::create())
    })
}

/// # Safety
/// `out` is NULL or points to writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateTopology(out: *mut *mut c_void) -> HRESULT {
    create::<IMFTopology>("MFCreateTopology", out, || Ok(Topology::create()))
}

/// # Safety
/// `out` is NULL or points to writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateTopologyNode(
    kind: MF_TOPOLOGY_TYPE,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<IMFTopologyNode>("MFCreateTopologyNode", out, || TopologyNode::create(kind))
}

/// # Safety
/// `out` is NULL or points to writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateSourceResolver(out: *mut *mut c_void) -> HRESULT {
    create::<IMFSourceResolver>("MFCreateSourceResolver", out, || {
        Ok(SourceResolver::create())
    })
}

/// # Safety
/// Interface arguments are NULL or live; `out` as above.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateWAVEMediaSink(
    target: *mut c_void,
    audio_type: *mut c_void,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<IMFMediaSink>("MFCreateWAVEMediaSink", out, || {
        // SAFETY: per the function's contract.
        let (target, t) = unsafe {
            (
                borrowed::<IMFByteStream>(&target),
                borrowed::<IMFMediaType>(&audio_type),
            )
        };
        match (target, t) {
            (Some(target), Some(t)) => crate::sink::create_wave_sink(target, &t),
            _ => Err(E_POINTER.into()),
        }
    })
}

/// # Safety
/// Interface arguments are NULL or live; `out` as above.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateSampleGrabberSinkActivate(
    media_type: *mut c_void,
    callback: *mut c_void,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<IMFActivate>("MFCreateSampleGrabberSinkActivate", out, || {
        // SAFETY: per the function's contract.
        let (t, cb) = unsafe {
            (
                borrowed::<IMFMediaType>(&media_type),
                borrowed::<IMFSampleGrabberSinkCallback>(&callback),
            )
        };
        match (t, cb) {
            (Some(t), Some(cb)) => Ok(SinkActivate::sample_grabber(t, cb)),
            _ => Err(E_POINTER.into()),
        }
    })
}

/// # Safety
/// `out` is NULL or points to writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateAudioRendererActivate(out: *mut *mut c_void) -> HRESULT {
    create::<IMFActivate>("MFCreateAudioRendererActivate", out, || {
        Ok(SinkActivate::audio_renderer())
    })
}

/// The renderer media sink itself; the attributes (an endpoint's id or
/// role) name WASAPI endpoints, which ALSA's default device has none of,
/// so they do not change which device plays.
///
/// # Safety
/// `attributes` is NULL or a live IMFAttributes; `out` is NULL or points to
/// writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateAudioRenderer(
    _attributes: *mut c_void,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<IMFMediaSink>(
        "MFCreateAudioRenderer",
        out,
        crate::sink::create_audio_renderer,
    )
}

/// # Safety
/// `node` is NULL or a live IMFTopologyNode; `out` is NULL or points to
/// writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFGetTopoNodeCurrentType(
    node: *mut c_void,
    stream: u32,
    output: BOOL,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<IMFMediaType>("MFGetTopoNodeCurrentType", out, || {
        // SAFETY: per the function's contract.
        match unsafe { borrowed::<IMFTopologyNode>(&node) } {
            Some(node) => crate::topology::current_type(&node, stream, output.as_bool()),
            None => Err(E_POINTER.into()),
        }
    })
}

/// # Safety
/// `out` is NULL or points to writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateTopoLoader(out: *mut *mut c_void) -> HRESULT {
    create::<IMFTopoLoader>("MFCreateTopoLoader", out, || Ok(TopoLoader::create()))
}

/// # Safety
/// `out` is NULL or points to writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateStandardQualityManager(out: *mut *mut c_void) -> HRESULT {
    create::<IMFQualityManager>("MFCreateStandardQualityManager", out, || {
        Ok(StandardQualityManager::create())
    })
}

/// The sequencer source; `reserved` must be NULL on Windows' page, and a
/// non-NULL one is ignored, as the SDK reserves it.
///
/// # Safety
/// `reserved` is NULL or a live IUnknown; `out` is NULL or points to
/// writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFCreateSequencerSource(
    _reserved: *mut c_void,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<mfplat::bindings::IMFSequencerSource>("MFCreateSequencerSource", out, || {
        Ok(crate::sequencer::SequencerSource::create())
    })
}

/// A VT_UNKNOWN PROPVARIANT holding the segment's id and the offset into
/// it, for IMFMediaSession::Start with MF_TIME_FORMAT_SEGMENT_OFFSET; the
/// caller frees it with PropVariantClear. NULL is E_POINTER, as Windows
/// answers.
///
/// # Safety
/// `value` is NULL or points to writable storage for a PROPVARIANT.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFCreateSequencerSegmentOffset(
    id: u32,
    offset: i64,
    value: *mut mfplat::bindings::PROPVARIANT,
) -> HRESULT {
    if value.is_null() {
        return E_POINTER;
    }
    mfplat::com::barrier("MFCreateSequencerSegmentOffset", || {
        let object = crate::sequencer::SegmentOffset::create(id, offset);
        match mfplat::propvariant::Value::Unknown(object).to_raw() {
            Ok(raw) => {
                // SAFETY: `value` was checked; the caller owns the PROPVARIANT
                // and its reference.
                unsafe { value.write(raw) };
                HRESULT(0)
            }
            Err(e) => e.code(),
        }
    })
}
