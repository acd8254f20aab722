//! IMFTopology and IMFTopologyNode (MFCreateTopology,
//! MFCreateTopologyNode); their node lists are mfplat's IMFCollection.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use windows_core::{IUnknown, IUnknownImpl, Interface, OutRef, Ref, Result, implement};

use mfplat::attributes::AttributeStore;
use mfplat::bindings::{
    IMFCollection, IMFMediaType, IMFTopology, IMFTopology_Impl, IMFTopologyNode,
    IMFTopologyNode_Impl, MF_E_INVALIDINDEX, MF_E_NOT_FOUND, MF_TOPOLOGY_OUTPUT_NODE,
    MF_TOPOLOGY_SOURCESTREAM_NODE, MF_TOPOLOGY_TEE_NODE, MF_TOPOLOGY_TRANSFORM_NODE,
    MF_TOPOLOGY_TYPE, TOPOID,
};
use mfplat::collection::Collection;
use mfplat::com::{E_INVALIDARG, E_POINTER, fail};
use win32::sync::lock;

/// Topology and node ids are unique in the process, as on Windows.
fn next_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// One end of a connection: the other node and its stream index there.
type Link = Option<(IMFTopologyNode, u32)>;

#[derive(Default)]
struct NodeState {
    id: u64,
    object: Option<IUnknown>,
    inputs: Vec<Link>,
    outputs: Vec<Link>,
    input_types: Vec<Option<IMFMediaType>>,
    output_types: Vec<Option<IMFMediaType>>,
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
                id: next_id(),
                ..NodeState::default()
            }),
        }
        .into())
    }
}

fn set_link(links: &mut Vec<Link>, index: u32, link: Link) {
    let i = index as usize;
    if links.len() <= i {
        links.resize(i + 1, None);
    }
    links[i] = link;
}

fn set_type(types: &mut Vec<Option<IMFMediaType>>, index: u32, t: Option<IMFMediaType>) {
    let i = index as usize;
    if types.len() <= i {
        types.resize(i + 1, None);
    }
    types[i] = t;
}

/// Our node behind an interface; connections need both ends, and a node a
/// caller implemented itself cannot be connected to ours.
fn ours(node: &IMFTopologyNode) -> Result<&TopologyNode_Impl> {
    node.cast_object_ref::<TopologyNode>()
        .map_err(|_| E_INVALIDARG.into())
}

impl IMFTopologyNode_Impl for TopologyNode_Impl {
    fn SetObject(&self, object: Ref<IUnknown>) -> Result<()> {
        lock(&self.state).object = object.cloned();
        Ok(())
    }

    fn GetObject(&self) -> Result<IUnknown> {
        lock(&self.state)
            .object
            .clone()
            .ok_or_else(|| E_INVALIDARG.into())
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

    fn ConnectOutput(
        &self,
        output: u32,
        downstream: Ref<IMFTopologyNode>,
        input: u32,
    ) -> Result<()> {
        let Some(downstream) = downstream.as_ref() else {
            return fail(E_POINTER);
        };
        let me: IMFTopologyNode = self.to_interface();
        if me.as_raw() == downstream.as_raw() {
            return fail(E_INVALIDARG);
        }
        set_link(
            &mut lock(&ours(downstream)?.state).inputs,
            input,
            Some((me, output)),
        );
        set_link(
            &mut lock(&self.state).outputs,
            output,
            Some((downstream.clone(), input)),
        );
        Ok(())
    }

    fn DisconnectOutput(&self, output: u32) -> Result<()> {
        let link = {
            let mut st = lock(&self.state);
            match st.outputs.get_mut(output as usize) {
                Some(link) => link.take(),
                None => None,
            }
        };
        let Some((downstream, input)) = link else {
            return fail(MF_E_NOT_FOUND);
        };
        if let Ok(d) = ours(&downstream)
            && let Some(l) = lock(&d.state).inputs.get_mut(input as usize)
        {
            *l = None;
        }
        Ok(())
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
        let link = match lock(&self.state).inputs.get(input as usize) {
            Some(Some(link)) => link.clone(),
            Some(None) => return fail(MF_E_NOT_FOUND),
            None => return fail(MF_E_INVALIDINDEX),
        };
        // SAFETY: checked above.
        unsafe { output.write(link.1) };
        upstream.write(Some(link.0))
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
        let link = match lock(&self.state).outputs.get(output as usize) {
            Some(Some(link)) => link.clone(),
            Some(None) => return fail(MF_E_NOT_FOUND),
            None => return fail(MF_E_INVALIDINDEX),
        };
        // SAFETY: checked above.
        unsafe { input.write(link.1) };
        downstream.write(Some(link.0))
    }

    fn SetOutputPrefType(&self, output: u32, t: Ref<IMFMediaType>) -> Result<()> {
        set_type(&mut lock(&self.state).output_types, output, t.cloned());
        Ok(())
    }

    fn GetOutputPrefType(&self, output: u32) -> Result<IMFMediaType> {
        match lock(&self.state).output_types.get(output as usize) {
            Some(Some(t)) => Ok(t.clone()),
            _ => fail(E_INVALIDARG),
        }
    }

    fn SetInputPrefType(&self, input: u32, t: Ref<IMFMediaType>) -> Result<()> {
        set_type(&mut lock(&self.state).input_types, input, t.cloned());
        Ok(())
    }

    fn GetInputPrefType(&self, input: u32) -> Result<IMFMediaType> {
        match lock(&self.state).input_types.get(input as usize) {
            Some(Some(t)) => Ok(t.clone()),
            _ => fail(E_INVALIDARG),
        }
    }

    /// Copies the attributes, object, id and preferred types of another
    /// node of the same type; connections are not copied.
    fn CloneFrom(&self, other: Ref<IMFTopologyNode>) -> Result<()> {
        let Some(other) = other.as_ref() else {
            return fail(E_POINTER);
        };
        let other = ours(other)?;
        if other.kind != self.kind {
            return fail(E_INVALIDARG);
        }
        let (id, object, input_types, output_types) = {
            let o = lock(&other.state);
            (
                o.id,
                o.object.clone(),
                o.input_types.clone(),
                o.output_types.clone(),
            )
        };
        let mut st = lock(&self.state);
        st.id = id;
        st.object = object;
        st.input_types = input_types;
        st.output_types = output_types;
        for (k, v) in other.attributes.items() {
            self.attributes.set(k, v);
        }
        Ok(())
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
            id: next_id(),
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
}

/// Nodes hold each other in both directions; a topology that goes breaks
/// the links of its nodes, as Windows' does, so that they can be freed.
impl Drop for Topology {
    fn drop(&mut self) {
        for node in lock(&self.nodes).drain(..) {
            if let Ok(n) = ours(&node) {
                let mut st = lock(&n.state);
                st.inputs.clear();
                st.outputs.clear();
            }
        }
    }
}

impl IMFTopology_Impl for Topology_Impl {
    fn GetTopologyID(&self) -> Result<TOPOID> {
        Ok(TOPOID(self.id))
    }

    fn AddNode(&self, node: Ref<IMFTopologyNode>) -> Result<()> {
        let Some(node) = node.as_ref() else {
            return fail(E_POINTER);
        };
        let mut nodes = lock(&self.nodes);
        if nodes.iter().any(|n| n.as_raw() == node.as_raw()) {
            return fail(E_INVALIDARG);
        }
        nodes.push(node.clone());
        Ok(())
    }

    fn RemoveNode(&self, node: Ref<IMFTopologyNode>) -> Result<()> {
        let Some(node) = node.as_ref() else {
            return fail(E_POINTER);
        };
        let mut nodes = lock(&self.nodes);
        match nodes.iter().position(|n| n.as_raw() == node.as_raw()) {
            Some(i) => {
                nodes.remove(i);
                Ok(())
            }
            None => fail(E_INVALIDARG),
        }
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
        lock(&self.nodes).clear();
        Ok(())
    }

    /// Copies another topology: new nodes cloned from its nodes (same ids,
    /// objects and attributes), connected as its nodes are.
    fn CloneFrom(&self, other: Ref<IMFTopology>) -> Result<()> {
        let Some(other) = other.as_ref() else {
            return fail(E_POINTER);
        };
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
            for (out, link) in outputs.iter().enumerate() {
                let Some((down, input)) = link else { continue };
                if let Some(j) = originals.iter().position(|m| m.as_raw() == down.as_raw()) {
                    // SAFETY: a plain COM call on live interfaces.
                    unsafe { copies[i].ConnectOutput(out as u32, &copies[j], *input) }.ok()?;
                }
            }
        }
        for (k, v) in theirs.attributes.items() {
            self.attributes.set(k, v);
        }
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
