//! The sequencer source (MFCreateSequencerSource) and the segment offsets
//! a Start by MF_TIME_FORMAT_SEGMENT_OFFSET takes
//! (MFCreateSequencerSegmentOffset).
//!
//! The "Sequencer Source" pages: an application appends one topology per
//! segment (IMFSequencerSource::AppendTopology, which answers the segment's
//! element id); the sequencer describes each segment with a presentation
//! descriptor of its own, over the streams of the segment's source nodes,
//! and IMFMediaSourceTopologyProvider::GetMediaSourceTopology gives the
//! segment's topology with its source nodes pointing at the sequencer
//! instead of the native sources, for the application to set on the
//! session. The presentation descriptor carries the element id in an
//! attribute of ours, so a copy of it (CreatePresentationDescriptor gives
//! copies, as every source does) still names its segment.
//!
//! Playing segments (Start, and the MENewPresentation /
//! MEEndOfPresentationSegment hand-over the session drives) is not done:
//! Start answers E_NOTIMPL once its arguments are checked.

use std::sync::Mutex;

use windows_core::{GUID, IUnknown, IUnknownImpl, Interface, OutRef, Ref, Result, implement};

use mfplat::bindings::{
    IMFGetService, IMFGetService_Impl, IMFMediaSource, IMFMediaSource_Impl,
    IMFMediaSourceTopologyProvider, IMFMediaSourceTopologyProvider_Impl, IMFPresentationDescriptor,
    IMFSequencerSource, IMFSequencerSource_Impl, IMFStreamDescriptor, IMFTopology,
    MF_E_INVALID_STATE_TRANSITION, MF_E_NOT_INITIALIZED, MF_E_SEQUENCER_UNKNOWN_SEGMENT_ID,
    MF_E_SHUTDOWN, MF_E_UNSUPPORTED_SERVICE, MF_S_SEQUENCER_CONTEXT_CANCELED,
    MF_TOPOLOGY_SOURCESTREAM_NODE, MFMEDIASOURCE_IS_LIVE, MFSequencerElementId, PROPVARIANT,
};
use mfplat::com::{E_INVALIDARG, E_NOTIMPL, fail, guid_arg, service_args};
use mfplat::descriptor::PresentationDescriptor;
use mfplat::event::EventQueue;
use mfplat::guids::{
    MF_PD_DURATION, MF_TOPONODE_PRESENTATION_DESCRIPTOR, MF_TOPONODE_SOURCE,
    MF_TOPONODE_STREAM_DESCRIPTOR,
};
use mfplat::propvariant::Value;
use win32::sync::lock;

use crate::topology::Topology;

/// The element id of the segment a sequencer's presentation descriptor
/// describes (UINT32). Not an SDK attribute: only the sequencer reads it.
pub const MF_WINSESSION_SEQUENCER_ELEMENT_ID: GUID =
    GUID::from_u128(0x5d0e4c1b_7a3f_4b62_8e19_2c6f0a4d9b57);

/// What a sequencer's presentation descriptor names.
enum Lookup {
    Queued(u32),
    Deleted(u32),
}

/// One appended topology.
struct Segment {
    id: u32,
    flags: u32,
    topology: IMFTopology,
    /// The segment's description, over its source nodes' streams.
    descriptor: IMFPresentationDescriptor,
    /// The native sources of the source nodes, each once, in node order.
    sources: Vec<IMFMediaSource>,
}

#[derive(Default)]
struct State {
    segments: Vec<Segment>,
    /// The ids of deleted segments: GetPresentationContext answers them
    /// MF_S_SEQUENCER_CONTEXT_CANCELED rather than E_INVALIDARG.
    deleted: Vec<u32>,
    last_id: u32,
    shut_down: bool,
}

#[implement(
    IMFSequencerSource,
    IMFMediaSource,
    IMFMediaSourceTopologyProvider,
    IMFGetService
)]
#[derive(Default)]
pub struct SequencerSource {
    state: Mutex<State>,
    events: EventQueue,
}

impl SequencerSource {
    pub fn create() -> IMFSequencerSource {
        SequencerSource::default().into()
    }

    /// The state, unless the source is shut down (MF_E_SHUTDOWN).
    fn live(&self) -> Result<std::sync::MutexGuard<'_, State>> {
        let st = lock(&self.state);
        if st.shut_down {
            return fail(MF_E_SHUTDOWN);
        }
        Ok(st)
    }

    /// The segment a presentation descriptor of ours names.
    fn segment_of(&self, pd: &IMFPresentationDescriptor) -> Result<Lookup> {
        // SAFETY: a plain COM call on a live interface with a valid key.
        let id = unsafe { pd.GetUINT32(&MF_WINSESSION_SEQUENCER_ELEMENT_ID) }
            .map_err(|_| windows_core::Error::from(E_INVALIDARG))?;
        let st = self.live()?;
        if st.segments.iter().any(|s| s.id == id) {
            Ok(Lookup::Queued(id))
        } else if st.deleted.contains(&id) {
            Ok(Lookup::Deleted(id))
        } else {
            fail(E_INVALIDARG)
        }
    }
}

/// What a segment's topology gives the sequencer: its source nodes' native
/// sources and streams, each node holding the three attributes
/// AppendTopology's page requires (MF_E_ATTRIBUTENOTFOUND otherwise).
fn described(
    id: u32,
    topology: &IMFTopology,
) -> Result<(IMFPresentationDescriptor, Vec<IMFMediaSource>)> {
    let mut streams: Vec<IMFStreamDescriptor> = Vec::new();
    let mut sources: Vec<IMFMediaSource> = Vec::new();
    let mut duration = None;
    // SAFETY: plain COM calls on live interfaces with valid keys.
    unsafe {
        for i in 0..topology.GetNodeCount()? {
            let node = topology.GetNode(i)?;
            if node.GetNodeType()? != MF_TOPOLOGY_SOURCESTREAM_NODE {
                continue;
            }
            let source = node.GetUnknown::<IMFMediaSource>(&MF_TOPONODE_SOURCE)?;
            let native =
                node.GetUnknown::<IMFPresentationDescriptor>(&MF_TOPONODE_PRESENTATION_DESCRIPTOR)?;
            let stream = node.GetUnknown::<IMFStreamDescriptor>(&MF_TOPONODE_STREAM_DESCRIPTOR)?;
            if duration.is_none() {
                duration = native.GetUINT64(&MF_PD_DURATION).ok();
            }
            if !sources.iter().any(|s| s.as_raw() == source.as_raw()) {
                sources.push(source);
            }
            if !streams.iter().any(|s| s.as_raw() == stream.as_raw()) {
                streams.push(stream);
            }
        }
    }
    let mut attributes = vec![(MF_WINSESSION_SEQUENCER_ELEMENT_ID, Value::U32(id))];
    // The first source's duration: the "Sequencer Source Example Code"
    // reads a segment's length from MF_PD_DURATION.
    if let Some(d) = duration {
        attributes.push((MF_PD_DURATION, Value::U64(d)));
    }
    Ok((PresentationDescriptor::create(streams, attributes), sources))
}

impl IMFSequencerSource_Impl for SequencerSource_Impl {
    /// Queues `topology` as the last segment; its id counts up from 1.
    /// NULL is E_INVALIDARG (the page).
    fn AppendTopology(
        &self,
        topology: Ref<IMFTopology>,
        flags: u32,
    ) -> Result<MFSequencerElementId> {
        let Some(topology) = topology.as_ref() else {
            return fail(E_INVALIDARG);
        };
        let id = {
            let mut st = self.live()?;
            st.last_id += 1;
            st.last_id
        };
        let (descriptor, sources) = described(id, topology)?;
        let mut st = self.live()?;
        st.segments.push(Segment {
            id,
            flags,
            topology: topology.clone(),
            descriptor,
            sources,
        });
        Ok(MFSequencerElementId(id))
    }

    fn DeleteTopology(&self, id: MFSequencerElementId) -> Result<()> {
        let id = id.0;
        let removed = {
            let mut st = self.live()?;
            let Some(i) = st.segments.iter().position(|s| s.id == id) else {
                return fail(MF_E_SEQUENCER_UNKNOWN_SEGMENT_ID);
            };
            st.deleted.push(id);
            st.segments.remove(i)
        };
        // Released outside the lock: the topology may hold objects whose
        // release calls back.
        drop(removed);
        Ok(())
    }

    /// The segment's id and the application's own topology; both
    /// out-pointers are optional (the page). A deleted segment answers
    /// MF_S_SEQUENCER_CONTEXT_CANCELED with its id and no topology.
    fn GetPresentationContext(
        &self,
        pd: Ref<IMFPresentationDescriptor>,
        id_out: *mut MFSequencerElementId,
        topology_out: OutRef<IMFTopology>,
    ) -> Result<()> {
        let Some(pd) = pd.as_ref() else {
            return fail(E_INVALIDARG);
        };
        let (id, topology) = match self.segment_of(pd)? {
            Lookup::Queued(id) => {
                let st = self.live()?;
                let topology = st
                    .segments
                    .iter()
                    .find(|s| s.id == id)
                    .map(|s| s.topology.clone());
                (id, topology)
            }
            Lookup::Deleted(id) => (id, None),
        };
        if !id_out.is_null() {
            // SAFETY: a non-NULL out-pointer is the caller's writable storage.
            unsafe { id_out.write(MFSequencerElementId(id)) };
        }
        if !topology_out.is_null() {
            topology_out.write(topology.clone())?;
        }
        match topology {
            Some(_) => Ok(()),
            None => Err(MF_S_SEQUENCER_CONTEXT_CANCELED.into()),
        }
    }

    fn UpdateTopology(&self, id: MFSequencerElementId, topology: Ref<IMFTopology>) -> Result<()> {
        let id = id.0;
        let Some(topology) = topology.as_ref() else {
            return fail(E_INVALIDARG);
        };
        if !self.live()?.segments.iter().any(|s| s.id == id) {
            return fail(MF_E_SEQUENCER_UNKNOWN_SEGMENT_ID);
        }
        let (descriptor, sources) = described(id, topology)?;
        let old = {
            let mut st = self.live()?;
            let Some(segment) = st.segments.iter_mut().find(|s| s.id == id) else {
                return fail(MF_E_SEQUENCER_UNKNOWN_SEGMENT_ID);
            };
            (
                std::mem::replace(&mut segment.topology, topology.clone()),
                std::mem::replace(&mut segment.descriptor, descriptor),
                std::mem::replace(&mut segment.sources, sources),
            )
        };
        drop(old);
        Ok(())
    }

    fn UpdateTopologyFlags(&self, id: MFSequencerElementId, flags: u32) -> Result<()> {
        let mut st = self.live()?;
        match st.segments.iter_mut().find(|s| s.id == id.0) {
            Some(segment) => {
                segment.flags = flags;
                Ok(())
            }
            None => fail(MF_E_SEQUENCER_UNKNOWN_SEGMENT_ID),
        }
    }
}

impl IMFMediaSourceTopologyProvider_Impl for SequencerSource_Impl {
    /// A copy of the segment's topology whose source nodes name the
    /// sequencer and `pd` instead of the native source and its descriptor
    /// ("About the Sequencer Source"); the stream descriptors are the
    /// native ones, which `pd` describes. A descriptor that names no
    /// segment (or a deleted one) is E_INVALIDARG (the page).
    fn GetMediaSourceTopology(&self, pd: Ref<IMFPresentationDescriptor>) -> Result<IMFTopology> {
        let Some(pd) = pd.as_ref() else {
            return fail(E_INVALIDARG);
        };
        let Lookup::Queued(id) = self.segment_of(pd)? else {
            return fail(E_INVALIDARG);
        };
        let original = {
            let st = self.live()?;
            st.segments
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.topology.clone())
        };
        let Some(original) = original else {
            return fail(E_INVALIDARG);
        };
        let me: IMFMediaSource = self.to_interface();
        let copy = Topology::create();
        // SAFETY: plain COM calls on live interfaces with valid keys.
        unsafe {
            copy.CloneFrom(&original).ok()?;
            for i in 0..copy.GetNodeCount()? {
                let node = copy.GetNode(i)?;
                if node.GetNodeType()? == MF_TOPOLOGY_SOURCESTREAM_NODE {
                    node.SetUnknown(&MF_TOPONODE_SOURCE, &me).ok()?;
                    node.SetUnknown(&MF_TOPONODE_PRESENTATION_DESCRIPTOR, pd)
                        .ok()?;
                }
            }
        }
        Ok(copy)
    }
}

mfplat::impl_generator!(SequencerSource_Impl, s => s.events);

impl IMFMediaSource_Impl for SequencerSource_Impl {
    /// The first segment's sources together: what each of them can do
    /// (seek, pause, ...), live when any is. Without a segment there is
    /// nothing to describe (decision: MF_E_NOT_INITIALIZED).
    fn GetCharacteristics(&self) -> Result<u32> {
        let sources = match self.live()?.segments.first() {
            Some(s) => s.sources.clone(),
            None => return fail(MF_E_NOT_INITIALIZED),
        };
        let mut all = u32::MAX;
        let mut any = 0;
        for source in &sources {
            // SAFETY: a plain COM call on a live interface.
            let c = unsafe { source.GetCharacteristics() }?;
            all &= c;
            any |= c;
        }
        if sources.is_empty() {
            return Ok(0);
        }
        Ok(all | (any & MFMEDIASOURCE_IS_LIVE as u32))
    }

    /// The first segment's descriptor ("Using the Sequencer Source", step
    /// 3), a copy as every source gives; MF_E_NOT_INITIALIZED before any
    /// segment (decision).
    fn CreatePresentationDescriptor(&self) -> Result<IMFPresentationDescriptor> {
        let descriptor = match self.live()?.segments.first() {
            Some(s) => s.descriptor.clone(),
            None => return fail(MF_E_NOT_INITIALIZED),
        };
        // SAFETY: a plain COM call on a live interface.
        unsafe { descriptor.Clone() }
    }

    /// Arguments as any source checks them; then E_NOTIMPL: segments are
    /// not played (see the module's comment).
    fn Start(
        &self,
        pd: Ref<IMFPresentationDescriptor>,
        format: *const GUID,
        _position: *const PROPVARIANT,
    ) -> Result<()> {
        let Some(pd) = pd.as_ref() else {
            return fail(E_INVALIDARG);
        };
        if !format.is_null() {
            guid_arg(format)?;
        }
        if let Lookup::Deleted(_) = self.segment_of(pd)? {
            return fail(E_INVALIDARG);
        }
        fail(E_NOTIMPL)
    }

    /// Nothing plays, so there is nothing to stop.
    fn Stop(&self) -> Result<()> {
        drop(self.live()?);
        Ok(())
    }

    /// Pausing a source that never started is an invalid transition, as
    /// the IMFMediaSource::Pause page says.
    fn Pause(&self) -> Result<()> {
        drop(self.live()?);
        fail(MF_E_INVALID_STATE_TRANSITION)
    }

    /// Lets the segments go and shuts the event queue down; every later
    /// call answers MF_E_SHUTDOWN. The native sources are the
    /// application's: it shuts them down itself.
    fn Shutdown(&self) -> Result<()> {
        let segments = {
            let mut st = self.live()?;
            st.shut_down = true;
            std::mem::take(&mut st.segments)
        };
        drop(segments);
        self.events.shutdown()
    }
}

/// The page lists IMFGetService among the sequencer's interfaces; with no
/// playback it offers no service.
impl IMFGetService_Impl for SequencerSource_Impl {
    fn GetService(
        &self,
        service: *const GUID,
        iid: *const GUID,
        out: *mut *mut core::ffi::c_void,
    ) -> Result<()> {
        service_args(service, iid, out)?;
        drop(self.live()?);
        fail(MF_E_UNSUPPORTED_SERVICE)
    }
}

/// The value MFCreateSequencerSegmentOffset puts in its PROPVARIANT
/// (VT_UNKNOWN): an object answering only IUnknown, as Windows' does,
/// holding the segment's id and the offset into it.
#[implement()]
pub struct SegmentOffset {
    pub id: u32,
    pub offset: i64,
}

impl SegmentOffset {
    pub fn create(id: u32, offset: i64) -> IUnknown {
        SegmentOffset { id, offset }.into()
    }

    /// The id and offset a segment-offset value holds, if it is one.
    pub fn read(value: &IUnknown) -> Option<(u32, i64)> {
        value
            .cast_object_ref::<SegmentOffset>()
            .ok()
            .map(|o| (o.id, o.offset))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::topology::TopologyNode;
    use mfplat::bindings::{
        IMFMediaEventGenerator, MF_E_ATTRIBUTENOTFOUND, MF_EVENT_FLAG_NO_WAIT,
        MF_TOPOLOGY_OUTPUT_NODE, SequencerTopologyFlags_Last,
    };
    use mfplat::descriptor::{SimpleTypeHandler, StreamDescriptor};

    /// A native source for the topologies: another sequencer serves, as
    /// the sequencer only holds its native sources.
    fn source() -> IMFMediaSource {
        SequencerSource::create().cast().unwrap()
    }

    fn topology_of(source: &IMFMediaSource) -> IMFTopology {
        let sd = StreamDescriptor::create(1, SimpleTypeHandler::create());
        let pd = PresentationDescriptor::create(vec![sd.clone()], vec![]);
        let topology = Topology::create();
        // SAFETY: plain COM calls on live interfaces.
        unsafe {
            let node = TopologyNode::create(MF_TOPOLOGY_SOURCESTREAM_NODE).unwrap();
            node.SetUnknown(&MF_TOPONODE_SOURCE, source).unwrap();
            node.SetUnknown(&MF_TOPONODE_PRESENTATION_DESCRIPTOR, &pd)
                .unwrap();
            node.SetUnknown(&MF_TOPONODE_STREAM_DESCRIPTOR, &sd)
                .unwrap();
            topology.AddNode(&node).unwrap();
            let sink = TopologyNode::create(MF_TOPOLOGY_OUTPUT_NODE).unwrap();
            topology.AddNode(&sink).unwrap();
            node.ConnectOutput(0, &sink, 0).unwrap();
        }
        topology
    }

    fn element(id: u32) -> MFSequencerElementId {
        MFSequencerElementId(id)
    }

    #[test]
    fn segments_get_ids_and_descriptors() {
        let seq = SequencerSource::create();
        let native = source();
        let first = topology_of(&native);
        let second = topology_of(&native);
        // SAFETY: plain COM calls on live interfaces.
        unsafe {
            let as_source: IMFMediaSource = seq.cast().unwrap();
            assert_eq!(
                as_source.CreatePresentationDescriptor().unwrap_err().code(),
                MF_E_NOT_INITIALIZED
            );
            let a = seq.AppendTopology(&first, 0).unwrap();
            let b = seq
                .AppendTopology(&second, SequencerTopologyFlags_Last as u32)
                .unwrap();
            assert_eq!((a, b), (element(1), element(2)));

            let pd = as_source.CreatePresentationDescriptor().unwrap();
            assert_eq!(pd.GetStreamDescriptorCount().unwrap(), 1);
            let mut id = element(0);
            let mut topology = None;
            seq.GetPresentationContext(&pd, Some(&mut id), Some(&mut topology))
                .unwrap();
            assert_eq!(id, a);
            assert_eq!(topology.unwrap().as_raw(), first.as_raw());
            // Both out-pointers are optional.
            seq.GetPresentationContext(&pd, None, None).unwrap();

            let provider: IMFMediaSourceTopologyProvider = seq.cast().unwrap();
            let given = provider.GetMediaSourceTopology(&pd).unwrap();
            assert_ne!(given.as_raw(), first.as_raw());
            assert_eq!(given.GetNodeCount().unwrap(), 2);
            let mut found = false;
            for i in 0..2 {
                let node = given.GetNode(i).unwrap();
                if node.GetNodeType().unwrap() == MF_TOPOLOGY_SOURCESTREAM_NODE {
                    let s = node
                        .GetUnknown::<IMFMediaSource>(&MF_TOPONODE_SOURCE)
                        .unwrap();
                    assert_eq!(s.as_raw(), as_source.as_raw());
                    found = true;
                }
            }
            assert!(found);

            seq.DeleteTopology(a).unwrap();
            assert_eq!(seq.DeleteTopology(a), MF_E_SEQUENCER_UNKNOWN_SEGMENT_ID);
            let mut topology = None;
            let hr = seq.GetPresentationContext(&pd, Some(&mut id), Some(&mut topology));
            assert_eq!(hr, MF_S_SEQUENCER_CONTEXT_CANCELED);
            assert_eq!(id, a);
            assert!(topology.is_none());
            assert_eq!(
                provider.GetMediaSourceTopology(&pd).unwrap_err().code(),
                E_INVALIDARG
            );
            // The next segment is now the first.
            let pd = as_source.CreatePresentationDescriptor().unwrap();
            seq.GetPresentationContext(&pd, Some(&mut id), None)
                .unwrap();
            assert_eq!(id, b);

            seq.UpdateTopologyFlags(b, 0).unwrap();
            assert_eq!(
                seq.UpdateTopologyFlags(element(7), 0),
                MF_E_SEQUENCER_UNKNOWN_SEGMENT_ID
            );
            seq.UpdateTopology(b, &first).unwrap();
            assert_eq!(seq.UpdateTopology(b, None), E_INVALIDARG);
            as_source.Shutdown().unwrap();
        }
    }

    #[test]
    fn a_source_node_needs_its_three_attributes() {
        let seq = SequencerSource::create();
        let topology = Topology::create();
        // SAFETY: plain COM calls on live interfaces.
        unsafe {
            let node = TopologyNode::create(MF_TOPOLOGY_SOURCESTREAM_NODE).unwrap();
            topology.AddNode(&node).unwrap();
            assert_eq!(
                seq.AppendTopology(&topology, 0).unwrap_err().code(),
                MF_E_ATTRIBUTENOTFOUND
            );
            assert_eq!(
                seq.AppendTopology(None, 0).unwrap_err().code(),
                E_INVALIDARG
            );
        }
    }

    #[test]
    fn shutdown_ends_every_method() {
        let seq = SequencerSource::create();
        let no_wait = MF_EVENT_FLAG_NO_WAIT as u32;
        // SAFETY: plain COM calls on live interfaces.
        unsafe {
            let source: IMFMediaSource = seq.cast().unwrap();
            assert_eq!(source.Pause(), MF_E_INVALID_STATE_TRANSITION);
            source.Stop().unwrap();
            let generator: IMFMediaEventGenerator = seq.cast().unwrap();
            assert!(generator.GetEvent(no_wait).is_err());
            source.Shutdown().unwrap();
            assert_eq!(source.Shutdown(), MF_E_SHUTDOWN);
            assert_eq!(
                source.GetCharacteristics().unwrap_err().code(),
                MF_E_SHUTDOWN
            );
            assert_eq!(
                generator.GetEvent(no_wait).unwrap_err().code(),
                MF_E_SHUTDOWN
            );
            assert_eq!(
                seq.AppendTopology(&Topology::create(), 0)
                    .unwrap_err()
                    .code(),
                MF_E_SHUTDOWN
            );
            assert_eq!(seq.DeleteTopology(element(1)), MF_E_SHUTDOWN);
        }
    }

    #[test]
    fn a_segment_offset_holds_its_id_and_offset() {
        let value = SegmentOffset::create(3, 1_000);
        assert_eq!(SegmentOffset::read(&value), Some((3, 1_000)));
        assert!(value.cast::<IMFTopology>().is_err());
        let other: IUnknown = Topology::create().cast().unwrap();
        assert_eq!(SegmentOffset::read(&other), None);
    }
}
