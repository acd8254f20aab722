//! IMFTopology and IMFTopologyNode (MFCreateTopology,
//! MFCreateTopologyNode) and MFGetTopoNodeCurrentType; node lists are
//! mfplat's IMFCollection. The rules follow Windows' answers as Wine's
//! conformance tests record them (dlls/mf/tests/topology.c).

use std::ffi::c_void;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

use windows_core::{HRESULT, IUnknown, IUnknownImpl, Interface, OutRef, Ref, Result, implement};

use mfplat::attributes::AttributeStore;
use mfplat::bindings::{
    IMFCollection, IMFMediaType, IMFStreamDescriptor, IMFStreamSink, IMFTopology, IMFTopology_Impl,
    IMFTopologyNode, IMFTopologyNode_Impl, IMFTransform, MF_E_INVALIDINDEX, MF_E_INVALIDREQUEST,
    MF_E_INVALIDSTREAMNUMBER, MF_E_INVALIDTYPE, MF_E_NOT_FOUND, MF_E_UNEXPECTED,
    MF_TOPOLOGY_OUTPUT_NODE, MF_TOPOLOGY_SOURCESTREAM_NODE, MF_TOPOLOGY_TEE_NODE,
    MF_TOPOLOGY_TRANSFORM_NODE, MF_TOPOLOGY_TYPE, TOPOID,
};
use mfplat::collection::Collection;
use mfplat::com::{E_FAIL, E_INVALIDARG, E_NOTIMPL, E_POINTER, fail};
use mfplat::guids::MF_TOPONODE_STREAM_DESCRIPTOR;
use win32::sync::lock;

/// A node's id carries the process id in its upper 32 bits and a counter
/// in the lower ones, as Windows' do (test_topology checks
/// `id >> 32 == GetCurrentProcessId()` and a non-zero low word).
fn next_node_id() -> u64 {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    let mut low = NEXT.fetch_add(1, Ordering::Relaxed);
    if low & 0xffff == 0 {
        low = NEXT.fetch_add(1, Ordering::Relaxed);
    }
    (u64::from(std::process::id()) << 32) | u64::from(low)
}

/// Topology ids count from 1 in each process (test_topology: the first
/// three topologies are 1, 2 and 3).
fn next_topology_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// The most inputs or outputs a node takes: an index past it would only
/// allocate, so it is refused (E_INVALIDARG) rather than exhaust memory.
const MAX_STREAMS: u32 = 4096;

/// One end of a connection: the other node and its stream index there.
type Link = Option<(IMFTopologyNode, u32)>;

/// An input or output of a node: what it connects to and the type the
/// application prefers for it. Both hold references, as Windows' nodes do
/// (test_topology: connected nodes hold each other).
#[derive(Clone, Default)]
struct Stream {
    link: Link,
    preferred: Option<IMFMediaType>,
}

#[derive(Default)]
struct NodeState {
    id: u64,
    object: Option<IUnknown>,
    inputs: Vec<Stream>,
    outputs: Vec<Stream>,
    /// A tee node's preferred input type, set before it has an input; its
    /// first connected input takes it (test_topology_tee_node).
    tee_input_type: Option<IMFMediaType>,
}

/// The stream at `index`, added (with the ones before it) when missing.
fn reserve(streams: &mut Vec<Stream>, index: u32) -> Result<&mut Stream> {
    if index >= MAX_STREAMS {
        return fail(E_INVALIDARG);
    }
    let i = index as usize;
    if streams.len() <= i {
        streams.resize(i + 1, Stream::default());
    }
    Ok(&mut streams[i])
}

/// The preferred type of a stream: E_INVALIDARG past the last stream,
/// E_FAIL when none was set.
/// Hands `value` to a caller's out pointer: the interface with S_OK, or
/// on E_FAIL NULL with E_FAIL, as Windows' topology nodes do
/// (test_topology_node); any other failure writes nothing.
///
/// # Safety
/// `out` is NULL or writable.
unsafe fn give<I: Interface>(out: *mut *mut c_void, value: Result<I>) -> HRESULT {
    if out.is_null() {
        return E_POINTER;
    }
    match value {
        Ok(v) => {
            // SAFETY: per the function's contract; the reference passes to
            // the caller.
            unsafe { out.write(v.into_raw()) };
            HRESULT(0)
        }
        Err(e) if e.code() == E_FAIL => {
            // SAFETY: as above.
            unsafe { out.write(std::ptr::null_mut()) };
            E_FAIL
        }
        Err(e) => e.code(),
    }
}

fn preferred(streams: &[Stream], index: u32) -> Result<IMFMediaType> {
    match streams.get(index as usize) {
        Some(Stream {
            preferred: Some(t), ..
        }) => Ok(t.clone()),
        Some(_) => fail(E_FAIL),
        None => fail(E_INVALIDARG),
    }
}

/// The node a stream connects to: E_INVALIDARG past the last stream,
/// MF_E_NOT_FOUND when it is not connected.
fn linked(streams: &[Stream], index: u32) -> Result<(IMFTopologyNode, u32)> {
    match streams.get(index as usize) {
        Some(Stream {
            link: Some(link), ..
        }) => Ok(link.clone()),
        Some(_) => fail(MF_E_NOT_FOUND),
        None => fail(E_INVALIDARG),
    }
}

#[implement(IMFTopologyNode)]
pub struct TopologyNode {
    pub attributes: AttributeStore,
    kind: MF_TOPOLOGY_TYPE,
    state: Mutex<NodeState>,
}

mfplat::impl_attributes!(TopologyNode_Impl);

impl TopologyNode {
    pub fn create(kind: MF_TOPOLOGY_TYPE) -> Result<IMFTopologyNode> {
        if !matches!(
            kind,
            MF_TOPOLOGY_OUTPUT_NODE
                | MF_TOPOLOGY_SOURCESTREAM_NODE
                | MF_TOPOLOGY_TRANSFORM_NODE
                | MF_TOPOLOGY_TEE_NODE
        ) {
            return fail(E_INVALIDARG);
        }
        Ok(TopologyNode {
            attributes: AttributeStore::default(),
            kind,
            state: Mutex::new(NodeState {
                id: next_node_id(),
                ..NodeState::default()
            }),
        }
        .into())
    }
}

/// Our node behind an interface; connections need both ends, and a node a
/// caller implemented itself cannot be connected to ours.
fn ours(node: &IMFTopologyNode) -> Result<&TopologyNode_Impl> {
    node.cast_object_ref::<TopologyNode>()
        .map_err(|_| E_INVALIDARG.into())
}

/// Clears the far end of a link when it still points back at `node`
/// through stream `index` (the far end's `inputs` or `outputs`).
fn unlink_far_end(
    far: &IMFTopologyNode,
    index: u32,
    node: &IMFTopologyNode,
    far_inputs: bool,
) -> Link {
    let Ok(far) = ours(far) else { return None };
    let mut st = lock(&far.state);
    let streams = if far_inputs {
        &mut st.inputs
    } else {
        &mut st.outputs
    };
    match streams.get_mut(index as usize) {
        Some(s)
            if s.link
                .as_ref()
                .is_some_and(|(n, _)| n.as_raw() == node.as_raw()) =>
        {
            s.link.take()
        }
        _ => None,
    }
}

impl TopologyNode_Impl {
    fn me(&self) -> IMFTopologyNode {
        self.to_interface()
    }

    /// Breaks the connection of an output at both ends; the references
    /// the links held are released after the locks.
    fn disconnect_output(&self, output: u32) -> Result<()> {
        let (down, input) = {
            let mut st = lock(&self.state);
            match st.outputs.get_mut(output as usize) {
                Some(s) => match s.link.take() {
                    Some(link) => link,
                    None => return fail(MF_E_NOT_FOUND),
                },
                None => return fail(E_INVALIDARG),
            }
        };
        let back = unlink_far_end(&down, input, &self.me(), true);
        drop(back);
        Ok(())
    }

    /// Breaks every connection of the node, keeping its streams and their
    /// preferred types (test_topology: a removed node's output answers
    /// MF_E_NOT_FOUND, not an invalid index).
    fn disconnect_all(&self) {
        let (inputs, outputs): (Vec<Link>, Vec<Link>) = {
            let mut st = lock(&self.state);
            (
                st.inputs.iter_mut().map(|s| s.link.take()).collect(),
                st.outputs.iter_mut().map(|s| s.link.take()).collect(),
            )
        };
        let me = self.me();
        let mut released = Vec::new();
        for (up, output) in inputs.into_iter().flatten() {
            released.push(unlink_far_end(&up, output, &me, false));
        }
        for (down, input) in outputs.into_iter().flatten() {
            released.push(unlink_far_end(&down, input, &me, true));
        }
    }
}

impl IMFTopologyNode_Impl for TopologyNode_Impl {
    fn SetObject(&self, object: Ref<IUnknown>) -> Result<()> {
        lock(&self.state).object = object.cloned();
        Ok(())
    }

    /// E_FAIL without an object (test_topology).
    fn GetObject(&self, out: *mut *mut c_void) -> HRESULT {
        let object = lock(&self.state).object.clone();
        // SAFETY: the caller passes NULL or writable storage.
        unsafe { give(out, object.ok_or_else(|| E_FAIL.into())) }
    }

    fn GetNodeType(&self) -> Result<MF_TOPOLOGY_TYPE> {
        Ok(self.kind)
    }

    fn GetTopoNodeID(&self) -> Result<TOPOID> {
        Ok(TOPOID(lock(&self.state).id))
    }

    fn SetTopoNodeID(&self, id: TOPOID) -> Result<()> {
        lock(&self.state).id = id.0;
        Ok(())
    }

    fn GetInputCount(&self) -> Result<u32> {
        Ok(lock(&self.state).inputs.len() as u32)
    }

    fn GetOutputCount(&self) -> Result<u32> {
        Ok(lock(&self.state).outputs.len() as u32)
    }

    /// Replaces what the output and the downstream input were connected
    /// to; any index is allowed (test_topology_tee_node connects a tee's
    /// second input). An output node has no outputs and a source node no
    /// inputs (E_FAIL).
    fn ConnectOutput(
        &self,
        output: u32,
        downstream: Ref<IMFTopologyNode>,
        input: u32,
    ) -> Result<()> {
        let Some(downstream) = downstream.as_ref() else {
            return fail(E_POINTER);
        };
        let me = self.me();
        if me.as_raw() == downstream.as_raw() {
            return fail(E_INVALIDARG);
        }
        let down = ours(downstream)?;
        if self.kind == MF_TOPOLOGY_OUTPUT_NODE || down.kind == MF_TOPOLOGY_SOURCESTREAM_NODE {
            return fail(E_FAIL);
        }
        if output >= MAX_STREAMS || input >= MAX_STREAMS {
            return fail(E_INVALIDARG);
        }
        let _ = self.disconnect_output(output);
        let previous = lock(&down.state)
            .inputs
            .get(input as usize)
            .and_then(|s| s.link.clone());
        if let Some((up, up_output)) = previous
            && let Ok(up) = ours(&up)
        {
            let _ = up.disconnect_output(up_output);
        }
        reserve(&mut lock(&self.state).outputs, output)?.link = Some((downstream.clone(), input));
        let mut st = lock(&down.state);
        let first = st.inputs.is_empty();
        let moved = if first {
            st.tee_input_type.take()
        } else {
            None
        };
        reserve(&mut st.inputs, input)?.link = Some((me, output));
        if let Some(t) = moved {
            st.inputs[0].preferred = Some(t);
        }
        Ok(())
    }

    /// MF_E_NOT_FOUND when the output is not connected.
    fn DisconnectOutput(&self, output: u32) -> Result<()> {
        self.disconnect_output(output)
    }

    fn GetInput(
        &self,
        input: u32,
        upstream: OutRef<IMFTopologyNode>,
        output: *mut u32,
    ) -> Result<()> {
        if output.is_null() || upstream.is_null() {
            return fail(E_POINTER);
        }
        let (node, index) = linked(&lock(&self.state).inputs, input)?;
        // SAFETY: checked above.
        unsafe { output.write(index) };
        upstream.write(Some(node))
    }

    fn GetOutput(
        &self,
        output: u32,
        downstream: OutRef<IMFTopologyNode>,
        input: *mut u32,
    ) -> Result<()> {
        if input.is_null() || downstream.is_null() {
            return fail(E_POINTER);
        }
        let (node, index) = linked(&lock(&self.state).outputs, output)?;
        // SAFETY: checked above.
        unsafe { input.write(index) };
        downstream.write(Some(node))
    }

    /// An output node has no outputs (E_NOTIMPL); otherwise the output is
    /// added when missing.
    fn SetOutputPrefType(&self, output: u32, t: Ref<IMFMediaType>) -> Result<()> {
        if self.kind == MF_TOPOLOGY_OUTPUT_NODE {
            return fail(E_NOTIMPL);
        }
        reserve(&mut lock(&self.state).outputs, output)?.preferred = t.cloned();
        Ok(())
    }

    fn GetOutputPrefType(&self, output: u32, out: *mut *mut c_void) -> HRESULT {
        let t = preferred(&lock(&self.state).outputs, output);
        // SAFETY: the caller passes NULL or writable storage.
        unsafe { give(out, t) }
    }

    /// A source node has no inputs (E_NOTIMPL); a tee node has one
    /// (MF_E_INVALIDTYPE for any other index) and keeps its type aside
    /// until that input is connected; other nodes add the input.
    fn SetInputPrefType(&self, input: u32, t: Ref<IMFMediaType>) -> Result<()> {
        let mut st = lock(&self.state);
        match self.kind {
            MF_TOPOLOGY_SOURCESTREAM_NODE => fail(E_NOTIMPL),
            MF_TOPOLOGY_TEE_NODE if input != 0 => fail(MF_E_INVALIDTYPE),
            MF_TOPOLOGY_TEE_NODE if st.inputs.is_empty() => {
                st.tee_input_type = t.cloned();
                Ok(())
            }
            _ => {
                reserve(&mut st.inputs, input)?.preferred = t.cloned();
                Ok(())
            }
        }
    }

    fn GetInputPrefType(&self, input: u32, out: *mut *mut c_void) -> HRESULT {
        let t = {
            let st = lock(&self.state);
            match &st.tee_input_type {
                Some(t) if input == 0 && st.inputs.is_empty() => Ok(t.clone()),
                _ => preferred(&st.inputs, input),
            }
        };
        // SAFETY: the caller passes NULL or writable storage.
        unsafe { give(out, t) }
    }

    /// Copies another node of the same type (MF_E_INVALIDREQUEST
    /// otherwise): its attributes (replacing ours), object, id and the
    /// preferred types it has, which are added to ours without clearing
    /// them (test_topology); connections are not copied.
    fn CloneFrom(&self, other: Ref<IMFTopologyNode>) -> Result<()> {
        let Some(other) = other.as_ref() else {
            return fail(E_POINTER);
        };
        let me = self.me();
        if me.as_raw() == other.as_raw() {
            return Ok(());
        }
        // SAFETY: plain COM calls on live interfaces.
        unsafe {
            if other.GetNodeType()? != self.kind {
                return fail(MF_E_INVALIDREQUEST);
            }
            let id = other.GetTopoNodeID()?;
            let object = other.GetObject().ok();
            other.CopyAllItems(&me).ok()?;
            {
                let mut st = lock(&self.state);
                st.id = id.0;
                st.object = object;
            }
            for i in 0..other.GetInputCount()? {
                if let Ok(t) = other.GetInputPrefType(i) {
                    let _ = me.SetInputPrefType(i, &t);
                }
            }
            for i in 0..other.GetOutputCount()? {
                if let Ok(t) = other.GetOutputPrefType(i) {
                    let _ = me.SetOutputPrefType(i, &t);
                }
            }
        }
        Ok(())
    }
}

/// MFGetTopoNodeCurrentType: the type a node's object has set on a
/// stream. An output node answers for its input and a source node for its
/// output (stream 0; MF_E_INVALIDSTREAMNUMBER otherwise); the page words
/// fOutput the other way round, but the loader of Windows (and Wine's)
/// and applications call it this way. A tee node has no object: its
/// preferred input type, else its first output's.
pub fn current_type(node: &IMFTopologyNode, stream: u32, output: bool) -> Result<IMFMediaType> {
    // SAFETY: plain COM calls on live interfaces with valid keys.
    unsafe {
        match node.GetNodeType()? {
            MF_TOPOLOGY_OUTPUT_NODE => {
                if output || stream != 0 {
                    return fail(MF_E_INVALIDSTREAMNUMBER);
                }
                let sink: IMFStreamSink = node.GetObject()?.cast()?;
                sink.GetMediaTypeHandler()?.GetCurrentMediaType()
            }
            MF_TOPOLOGY_SOURCESTREAM_NODE => {
                if !output || stream != 0 {
                    return fail(MF_E_INVALIDSTREAMNUMBER);
                }
                let sd = node.GetUnknown::<IMFStreamDescriptor>(&MF_TOPONODE_STREAM_DESCRIPTOR)?;
                sd.GetMediaTypeHandler()?.GetCurrentMediaType()
            }
            MF_TOPOLOGY_TRANSFORM_NODE => {
                let transform: IMFTransform = node.GetObject()?.cast()?;
                if output {
                    transform.GetOutputCurrentType(stream)
                } else {
                    transform.GetInputCurrentType(stream)
                }
            }
            MF_TOPOLOGY_TEE_NODE => node
                .GetInputPrefType(0)
                .or_else(|_| node.GetOutputPrefType(0)),
            _ => fail(MF_E_UNEXPECTED),
        }
    }
}

#[implement(IMFTopology)]
pub struct Topology {
    pub attributes: AttributeStore,
    id: u64,
    nodes: Mutex<Vec<IMFTopologyNode>>,
}

mfplat::impl_attributes!(Topology_Impl);

impl Topology {
    pub fn create() -> IMFTopology {
        Topology {
            attributes: AttributeStore::default(),
            id: next_topology_id(),
            nodes: Mutex::new(Vec::new()),
        }
        .into()
    }

    fn collect(&self, kind: MF_TOPOLOGY_TYPE) -> Result<IMFCollection> {
        let items = lock(&self.nodes)
            .iter()
            .filter(|n| ours(n).is_ok_and(|n| n.kind == kind))
            .map(|n| n.cast().map(Some))
            .collect::<Result<Vec<Option<IUnknown>>>>()?;
        Ok(Collection::with(items))
    }

    /// Empties the topology; its nodes lose their connections, as on
    /// Windows (test_topology: after Clear each node is referenced only by
    /// its owner), so that they can be freed.
    fn clear(&self) {
        let nodes = std::mem::take(&mut *lock(&self.nodes));
        for node in &nodes {
            if let Ok(n) = ours(node) {
                n.disconnect_all();
            }
        }
    }
}

impl Drop for Topology {
    fn drop(&mut self) {
        self.clear();
    }
}

impl IMFTopology_Impl for Topology_Impl {
    fn GetTopologyID(&self) -> Result<TOPOID> {
        Ok(TOPOID(self.id))
    }

    /// A node already in the topology, or another with its id, is
    /// E_INVALIDARG (test_topology).
    fn AddNode(&self, node: Ref<IMFTopologyNode>) -> Result<()> {
        let Some(node) = node.as_ref() else {
            return fail(E_POINTER);
        };
        // SAFETY: plain COM calls on live interfaces.
        let id = unsafe { node.GetTopoNodeID() }?.0;
        let mut nodes = lock(&self.nodes);
        for n in nodes.iter() {
            // SAFETY: as above.
            if n.as_raw() == node.as_raw() || unsafe { n.GetTopoNodeID() }?.0 == id {
                return fail(E_INVALIDARG);
            }
        }
        nodes.push(node.clone());
        Ok(())
    }

    /// Removes the node itself (another node with its id is E_INVALIDARG)
    /// and breaks its connections.
    fn RemoveNode(&self, node: Ref<IMFTopologyNode>) -> Result<()> {
        let Some(node) = node.as_ref() else {
            return fail(E_POINTER);
        };
        let removed = {
            let mut nodes = lock(&self.nodes);
            match nodes.iter().position(|n| n.as_raw() == node.as_raw()) {
                Some(i) => nodes.remove(i),
                None => return fail(E_INVALIDARG),
            }
        };
        if let Ok(n) = ours(&removed) {
            n.disconnect_all();
        }
        Ok(())
    }

    fn GetNodeCount(&self) -> Result<u16> {
        Ok(lock(&self.nodes).len() as u16)
    }

    fn GetNode(&self, index: u16) -> Result<IMFTopologyNode> {
        match lock(&self.nodes).get(index as usize) {
            Some(n) => Ok(n.clone()),
            None => fail(MF_E_INVALIDINDEX),
        }
    }

    fn Clear(&self) -> Result<()> {
        self.clear();
        Ok(())
    }

    /// Replaces this topology by a copy of another: its attributes, and
    /// new nodes cloned from its nodes (same ids, objects, attributes and
    /// preferred types), connected as its nodes are.
    fn CloneFrom(&self, other: Ref<IMFTopology>) -> Result<()> {
        let Some(other) = other.as_ref() else {
            return fail(E_POINTER);
        };
        let me: IMFTopology = self.to_interface();
        if me.as_raw() == other.as_raw() {
            return Ok(());
        }
        let theirs = other
            .cast_object_ref::<Topology>()
            .map_err(|_| windows_core::Error::from(E_INVALIDARG))?;
        let originals = lock(&theirs.nodes).clone();
        let mut copies = Vec::with_capacity(originals.len());
        for n in &originals {
            let copy = TopologyNode::create(ours(n)?.kind)?;
            // SAFETY: a plain COM call on a live interface.
            unsafe { copy.CloneFrom(n) }.ok()?;
            copies.push(copy);
        }
        for (i, n) in originals.iter().enumerate() {
            let outputs = lock(&ours(n)?.state).outputs.clone();
            for (out, stream) in outputs.iter().enumerate() {
                let Some((down, input)) = &stream.link else {
                    continue;
                };
                if let Some(j) = originals.iter().position(|m| m.as_raw() == down.as_raw()) {
                    // SAFETY: a plain COM call on live interfaces.
                    unsafe { copies[i].ConnectOutput(out as u32, &copies[j], *input) }.ok()?;
                }
            }
        }
        // SAFETY: a plain COM call on live interfaces.
        unsafe { other.CopyAllItems(&me) }.ok()?;
        self.clear();
        *lock(&self.nodes) = copies;
        Ok(())
    }

    fn GetNodeByID(&self, id: TOPOID) -> Result<IMFTopologyNode> {
        for n in lock(&self.nodes).iter() {
            // SAFETY: a plain COM call on a live interface.
            if unsafe { n.GetTopoNodeID() }?.0 == id.0 {
                return Ok(n.clone());
            }
        }
        fail(MF_E_NOT_FOUND)
    }

    fn GetSourceNodeCollection(&self) -> Result<IMFCollection> {
        self.collect(MF_TOPOLOGY_SOURCESTREAM_NODE)
    }

    fn GetOutputNodeCollection(&self) -> Result<IMFCollection> {
        self.collect(MF_TOPOLOGY_OUTPUT_NODE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(kind: MF_TOPOLOGY_TYPE) -> IMFTopologyNode {
        TopologyNode::create(kind).unwrap()
    }

    #[test]
    fn a_node_id_carries_the_process_id() {
        // SAFETY: plain COM calls.
        let id = unsafe { node(MF_TOPOLOGY_TEE_NODE).GetTopoNodeID() }
            .unwrap()
            .0;
        assert_eq!(id >> 32, u64::from(std::process::id()));
        assert_ne!(id & 0xffff, 0);
    }

    #[test]
    fn reconnecting_an_input_frees_its_old_upstream_output() {
        let (src, tee) = (
            node(MF_TOPOLOGY_SOURCESTREAM_NODE),
            node(MF_TOPOLOGY_TEE_NODE),
        );
        // SAFETY: plain COM calls on live interfaces.
        unsafe {
            src.ConnectOutput(0, &tee, 1).unwrap();
            src.ConnectOutput(1, &tee, 1).unwrap();
            let (mut up, mut index) = (None, 0);
            assert_eq!(src.GetOutput(0, &mut up, &mut index), MF_E_NOT_FOUND);
            src.GetOutput(1, &mut up, &mut index).unwrap();
            assert_eq!(index, 1);
            src.DisconnectOutput(1).unwrap();
            assert_eq!(tee.GetInput(1, &mut up, &mut index), MF_E_NOT_FOUND);
            assert_eq!(tee.GetInput(2, &mut up, &mut index), E_INVALIDARG);
        }
    }

    #[test]
    fn a_tee_input_type_waits_for_the_first_input() {
        let (src, tee) = (
            node(MF_TOPOLOGY_SOURCESTREAM_NODE),
            node(MF_TOPOLOGY_TEE_NODE),
        );
        let t = mfplat::media_type::MediaType::create();
        // SAFETY: plain COM calls on live interfaces.
        unsafe {
            tee.SetInputPrefType(0, &t).unwrap();
            assert_eq!(tee.GetInputCount().unwrap(), 0);
            assert_eq!(tee.SetInputPrefType(1, &t), MF_E_INVALIDTYPE);
            src.ConnectOutput(0, &tee, 0).unwrap();
            assert_eq!(tee.GetInputPrefType(0).unwrap().as_raw(), t.as_raw());
            assert_eq!(current_type(&tee, 0, false).unwrap().as_raw(), t.as_raw());
            src.DisconnectOutput(0).unwrap();
        }
    }

    #[test]
    fn clone_from_another_type_is_an_invalid_request() {
        let out = node(MF_TOPOLOGY_OUTPUT_NODE);
        // SAFETY: plain COM calls on live interfaces.
        unsafe {
            assert_eq!(
                out.CloneFrom(&node(MF_TOPOLOGY_TEE_NODE)),
                MF_E_INVALIDREQUEST
            );
            assert_eq!(
                out.SetOutputPrefType(0, &mfplat::media_type::MediaType::create()),
                E_NOTIMPL
            );
            assert_eq!(
                current_type(&out, 0, true),
                Err(MF_E_INVALIDSTREAMNUMBER.into())
            );
        }
    }

    #[test]
    fn removing_a_node_breaks_its_links_and_keeps_the_ids_unique() {
        let topology = Topology::create();
        let (a, b) = (
            node(MF_TOPOLOGY_SOURCESTREAM_NODE),
            node(MF_TOPOLOGY_OUTPUT_NODE),
        );
        // SAFETY: plain COM calls on live interfaces.
        unsafe {
            topology.AddNode(&a).unwrap();
            topology.AddNode(&b).unwrap();
            let twin = node(MF_TOPOLOGY_TEE_NODE);
            twin.SetTopoNodeID(a.GetTopoNodeID().unwrap()).unwrap();
            assert_eq!(topology.AddNode(&twin), E_INVALIDARG);
            a.ConnectOutput(0, &b, 0).unwrap();
            topology.RemoveNode(&a).unwrap();
            let (mut up, mut index) = (None, 0);
            assert_eq!(b.GetInput(0, &mut up, &mut index), MF_E_NOT_FOUND);
            assert_eq!(topology.GetNodeCount().unwrap(), 1);
        }
    }
}
