//! The topology loader (MFSESSION_SETTOPOLOGY without NORESOLUTION): checks
//! a partial topology and resolves it into a full one, inserting the
//! decoder and converter transforms each branch needs.

use windows_core::{GUID, IUnknown, Interface, Result};

use mfplat::bindings::{
    IMFActivate, IMFAttributes, IMFMediaSink, IMFMediaSource, IMFMediaType, IMFMediaTypeHandler,
    IMFPresentationDescriptor, IMFStreamDescriptor, IMFStreamSink, IMFTopology, IMFTopologyNode,
    IMFTransform, MF_E_TOPO_CODEC_NOT_FOUND, MF_E_TOPO_MISSING_PRESENTATION_DESCRIPTOR,
    MF_E_TOPO_MISSING_SOURCE, MF_E_TOPO_MISSING_STREAM_DESCRIPTOR,
    MF_E_TOPO_SINK_ACTIVATES_UNSUPPORTED, MF_E_TOPO_STREAM_DESCRIPTOR_NOT_SELECTED,
    MF_E_TOPO_UNSUPPORTED, MF_MT_AUDIO_BITS_PER_SAMPLE, MF_MT_AUDIO_NUM_CHANNELS,
    MF_MT_AUDIO_SAMPLES_PER_SECOND, MF_MT_SUBTYPE, MF_TOPOLOGY_OUTPUT_NODE,
    MF_TOPOLOGY_SOURCESTREAM_NODE, MF_TOPOLOGY_TRANSFORM_NODE, MFMediaType_Video,
};
use mfplat::com::fail;
use mfplat::descriptor::is_selected;
use mfplat::guids::{
    MF_TOPONODE_PRESENTATION_DESCRIPTOR, MF_TOPONODE_SOURCE, MF_TOPONODE_STREAM_DESCRIPTOR,
    MF_TOPONODE_STREAMID, MFAudioFormat_Float, MFAudioFormat_PCM,
};
use mfplat::media_type::AudioFormat;

use super::worker::same;
use crate::topology::{Topology, TopologyNode};

pub(super) fn node_unknown<T: Interface>(node: &IMFTopologyNode, key: &GUID) -> Result<T> {
    let attrs: IMFAttributes = node.cast()?;
    // SAFETY: a plain COM call on a live interface with a valid key.
    unsafe { attrs.GetUnknown::<T>(key) }
}

/// The synchronous SetTopology checks (CONFORMANCE D1-D3).
pub(super) fn check_topology(topology: &IMFTopology) -> Result<()> {
    // SAFETY: plain COM calls on live interfaces.
    unsafe {
        let count = topology.GetNodeCount()?;
        if count == 0 {
            return fail(mfplat::com::E_INVALIDARG);
        }
        for i in 0..count {
            let node = topology.GetNode(i)?;
            if node.GetNodeType()? != MF_TOPOLOGY_SOURCESTREAM_NODE {
                continue;
            }
            let missing = |hr| move |_| windows_core::Error::from(hr);
            node_unknown::<IMFMediaSource>(&node, &MF_TOPONODE_SOURCE)
                .map_err(missing(MF_E_TOPO_MISSING_SOURCE))?;
            let pd = node_unknown::<IMFPresentationDescriptor>(
                &node,
                &MF_TOPONODE_PRESENTATION_DESCRIPTOR,
            )
            .map_err(missing(MF_E_TOPO_MISSING_PRESENTATION_DESCRIPTOR))?;
            let sd = node_unknown::<IMFStreamDescriptor>(&node, &MF_TOPONODE_STREAM_DESCRIPTOR)
                .map_err(missing(MF_E_TOPO_MISSING_STREAM_DESCRIPTOR))?;
            if !is_selected(&pd, &sd)? {
                return fail(MF_E_TOPO_STREAM_DESCRIPTOR_NOT_SELECTED);
            }
        }
    }
    Ok(())
}

/// The topology loader: a copy of `partial` whose output nodes hold stream
/// sinks (sink activation objects are activated) and whose sinks have the
/// source's media type set (CONFORMANCE D6).
pub(crate) fn resolve(partial: &IMFTopology) -> Result<IMFTopology> {
    let full = Topology::create();
    // SAFETY: plain COM calls on live interfaces.
    unsafe {
        full.CloneFrom(partial).ok()?;
        for i in 0..full.GetNodeCount()? {
            let node = full.GetNode(i)?;
            if node.GetNodeType()? == MF_TOPOLOGY_OUTPUT_NODE {
                let sink = output_stream_sink(&node, true)?;
                node.SetObject(&sink).ok()?;
            }
        }
        for i in 0..full.GetNodeCount()? {
            let node = full.GetNode(i)?;
            if node.GetNodeType()? != MF_TOPOLOGY_SOURCESTREAM_NODE {
                continue;
            }
            let sd = node_unknown::<IMFStreamDescriptor>(&node, &MF_TOPONODE_STREAM_DESCRIPTOR)?;
            let handler = sd.GetMediaTypeHandler()?;
            let source_type = match handler.GetCurrentMediaType() {
                Ok(t) => t,
                Err(_) => handler.GetMediaTypeByIndex(0)?,
            };
            // No video decoder exists and no source here delivers video:
            // a branch from a (selected) video stream cannot be resolved,
            // which Windows reports as MF_E_TOPO_CODEC_NOT_FOUND.
            if source_type.GetMajorType().ok() == Some(MFMediaType_Video) {
                return fail(MF_E_TOPO_CODEC_NOT_FOUND);
            }
            let (down, input) = next_node(&node)?;
            if down.GetNodeType()? != MF_TOPOLOGY_OUTPUT_NODE {
                // The application's own transform: its types are its own.
                continue;
            }
            let sink: IMFStreamSink = down.GetObject()?.cast()?;
            let sink_handler = sink.GetMediaTypeHandler()?;
            if supports(&sink_handler, &source_type) {
                sink_handler.SetCurrentMediaType(&source_type).ok()?;
                continue;
            }
            // A coded stream gets its decoder first (D6), then, when the
            // sink takes another format, a converter.
            let mut upstream = node.clone();
            let mut current = source_type.clone();
            let insert = |object: IUnknown, upstream: &mut IMFTopologyNode| -> Result<()> {
                let t = TopologyNode::create(MF_TOPOLOGY_TRANSFORM_NODE)?;
                t.SetObject(&object).ok()?;
                full.AddNode(&t).ok()?;
                upstream.ConnectOutput(0, &t, 0).ok()?;
                *upstream = t;
                Ok(())
            };
            let decoded = crate::decoder::decoded_type(&source_type)
                .map_err(|_| windows_core::Error::from(MF_E_TOPO_CODEC_NOT_FOUND))?;
            // decoded_type gives an uncompressed type back as it is.
            if !same(&decoded, &source_type) {
                insert(
                    crate::decoder::create_node_object(&source_type, &decoded)?,
                    &mut upstream,
                )?;
                current = decoded;
            }
            if !supports(&sink_handler, &current) {
                let target = converted_type(&current, &sink_handler)?;
                insert(
                    crate::converter::create_node_object(&current, &target)?,
                    &mut upstream,
                )?;
                current = target;
            }
            upstream.ConnectOutput(0, &down, input).ok()?;
            sink_handler.SetCurrentMediaType(&current).ok()?;
        }
    }
    Ok(full)
}

/// Whether a type handler takes `t`. Asked with no out pointer for a
/// closest type, which IsMediaTypeSupported's page allows: a handler that
/// succeeds writes NULL there (the SDK's WavSink sample does), which the
/// wrapper's `Result<IMFMediaType>` would take for a failure.
pub(super) fn supports(handler: &IMFMediaTypeHandler, t: &IMFMediaType) -> bool {
    // SAFETY: a COM call through the handler's own vtable with live
    // interface pointers; the out pointer is optional (NULL).
    let hr = unsafe {
        (Interface::vtable(handler).IsMediaTypeSupported)(
            handler.as_raw(),
            t.as_raw(),
            std::ptr::null_mut(),
        )
    };
    hr.is_ok()
}

/// The node `node`'s first output feeds, and its input there.
pub(super) fn next_node(node: &IMFTopologyNode) -> Result<(IMFTopologyNode, u32)> {
    let mut down = None;
    let mut input = 0;
    // SAFETY: plain COM calls on live interfaces with valid out-pointers.
    unsafe {
        node.GetOutput(0, &mut down, &mut input).ok()?;
    }
    let down = down.ok_or_else(|| windows_core::Error::from(MF_E_TOPO_UNSUPPORTED))?;
    Ok((down, input))
}

/// The output node a source node feeds, directly or through transform
/// nodes, and those transforms in order.
pub(super) fn branch_end(node: &IMFTopologyNode) -> Result<(IMFTopologyNode, Vec<IMFTransform>)> {
    let mut transforms = Vec::new();
    let (mut down, _) = next_node(node)?;
    // SAFETY: plain COM calls on live interfaces.
    unsafe {
        loop {
            match down.GetNodeType()? {
                MF_TOPOLOGY_OUTPUT_NODE => return Ok((down, transforms)),
                // A topology is a graph a caller builds: a loop of transform
                // nodes must not hang the session.
                MF_TOPOLOGY_TRANSFORM_NODE if transforms.len() < MAX_TRANSFORMS => {
                    transforms.push(down.GetObject()?.cast()?);
                    down = next_node(&down)?.0;
                }
                _ => return fail(MF_E_TOPO_UNSUPPORTED),
            }
        }
    }
}

/// The most transform nodes one branch may chain.
pub(super) const MAX_TRANSFORMS: usize = 16;

/// The format a converter should produce for a sink that refuses
/// `source`: one of the sink's types, taking from it the subtype and the
/// bit depth, rate and channel count it gives, and the rest from the
/// source.
pub(super) fn converted_type(
    source: &IMFMediaType,
    sink: &IMFMediaTypeHandler,
) -> Result<IMFMediaType> {
    let from = AudioFormat::from_media_type(source)
        .map_err(|_| windows_core::Error::from(MF_E_TOPO_CODEC_NOT_FOUND))?;
    // SAFETY: plain COM calls on live interfaces with valid keys.
    unsafe {
        for i in 0..sink.GetMediaTypeCount()? {
            let offered = sink.GetMediaTypeByIndex(i)?;
            let float = match offered.GetGUID(&MF_MT_SUBTYPE) {
                Ok(s) if s == MFAudioFormat_Float => true,
                Ok(s) if s == MFAudioFormat_PCM => false,
                _ => continue,
            };
            let bits = offered
                .GetUINT32(&MF_MT_AUDIO_BITS_PER_SAMPLE)
                .unwrap_or(if float { 32 } else { 16 });
            let candidate = AudioFormat {
                float,
                bits,
                rate: offered
                    .GetUINT32(&MF_MT_AUDIO_SAMPLES_PER_SECOND)
                    .unwrap_or(from.rate),
                channels: offered
                    .GetUINT32(&MF_MT_AUDIO_NUM_CHANNELS)
                    .unwrap_or(from.channels),
            }
            .media_type();
            if supports(sink, &candidate) {
                return Ok(candidate);
            }
        }
    }
    fail(MF_E_TOPO_CODEC_NOT_FOUND)
}

/// The stream sink an output node names: itself, a media sink's stream
/// (MF_TOPONODE_STREAMID, default 0), or, when `activate`, the stream of
/// the sink an activation object makes.
pub(super) fn output_stream_sink(node: &IMFTopologyNode, activate: bool) -> Result<IMFStreamSink> {
    // SAFETY: plain COM calls on live interfaces.
    unsafe {
        let object = node.GetObject()?;
        if let Ok(s) = object.cast::<IMFStreamSink>() {
            return Ok(s);
        }
        let id = node
            .cast::<IMFAttributes>()?
            .GetUINT32(&MF_TOPONODE_STREAMID)
            .unwrap_or(0);
        let sink = match (object.cast::<IMFMediaSink>(), object.cast::<IMFActivate>()) {
            (Ok(sink), _) => sink,
            (_, Ok(a)) if activate => a.ActivateObject::<IMFMediaSink>()?,
            _ => return fail(MF_E_TOPO_SINK_ACTIVATES_UNSUPPORTED),
        };
        sink.GetStreamSinkById(id)
    }
}

#[cfg(test)]
mod tests {
    use windows_core::{Ref, implement};

    use mfplat::bindings::{IMFMediaTypeHandler_Impl, MF_E_INVALIDMEDIATYPE};
    use mfplat::com::{E_NOTIMPL, fail};
    use mfplat::media_type::AudioFormat;

    use super::*;

    /// A handler written as the SDK's samples write one: S_OK with NULL for
    /// the closest type (an empty error is S_OK through the vtable, and the
    /// out pointer is left NULL), or MF_E_INVALIDMEDIATYPE.
    #[implement(IMFMediaTypeHandler)]
    struct NullClosest {
        accept: bool,
    }

    impl IMFMediaTypeHandler_Impl for NullClosest_Impl {
        fn IsMediaTypeSupported(&self, _: Ref<IMFMediaType>) -> Result<IMFMediaType> {
            if self.accept {
                Err(windows_core::Error::empty())
            } else {
                fail(MF_E_INVALIDMEDIATYPE)
            }
        }
        fn GetMediaTypeCount(&self) -> Result<u32> {
            Ok(0)
        }
        fn GetMediaTypeByIndex(&self, _: u32) -> Result<IMFMediaType> {
            fail(E_NOTIMPL)
        }
        fn SetCurrentMediaType(&self, _: Ref<IMFMediaType>) -> Result<()> {
            Ok(())
        }
        fn GetCurrentMediaType(&self) -> Result<IMFMediaType> {
            fail(E_NOTIMPL)
        }
        fn GetMajorType(&self) -> Result<GUID> {
            fail(E_NOTIMPL)
        }
    }

    #[test]
    fn a_handler_that_gives_no_closest_type_supports_the_type() {
        let pcm = AudioFormat {
            float: false,
            bits: 16,
            rate: 44100,
            channels: 2,
        }
        .media_type();
        let accepting: IMFMediaTypeHandler = NullClosest { accept: true }.into();
        let refusing: IMFMediaTypeHandler = NullClosest { accept: false }.into();
        assert!(supports(&accepting, &pcm));
        assert!(!supports(&refusing, &pcm));
    }
}
