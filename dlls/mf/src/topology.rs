//! IMFTopology and IMFTopologyNode (MFCreateTopology,
//! MFCreateTopologyNode), and IMFCollection for their node lists.

use std::ffi::c_void;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use windows_core::{HRESULT, IUnknown, IUnknownImpl, Interface, OutRef, Ref, Result, implement};

use crate::attributes::AttributeStore;
use crate::bindings::{
    IMFCollection, IMFCollection_Impl, IMFMediaType, IMFTopology, IMFTopology_Impl,
    IMFTopologyNode, IMFTopologyNode_Impl, MF_E_INVALIDINDEX, MF_E_NOT_FOUND,
    MF_TOPOLOGY_OUTPUT_NODE, MF_TOPOLOGY_SOURCESTREAM_NODE, MF_TOPOLOGY_TEE_NODE,
    MF_TOPOLOGY_TRANSFORM_NODE, MF_TOPOLOGY_TYPE, TOPOID,
};
use crate::com::{E_INVALIDARG, E_POINTER, E_UNEXPECTED, fail};
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

crate::impl_attributes!(TopologyNode_Impl);

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

crate::impl_attributes!(Topology_Impl);

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
        Ok(Collection {
            items: Mutex::new(items),
        }
        .into())
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

/// MFCreateCollection's object. Elements may be NULL: AddElement(NULL) and
/// InsertElementAt(i, NULL) store one, and inserting past the end pads with
/// NULL elements (Wine's test_MFCreateCollection, which passes on Windows).
#[implement(IMFCollection)]
#[derive(Default)]
pub struct Collection {
    items: Mutex<Vec<Option<IUnknown>>>,
}

/// Hands an element to a caller's out pointer (NULL for a NULL element).
///
/// # Safety
/// `out` is writable.
unsafe fn give(out: *mut *mut c_void, element: Option<IUnknown>) {
    // SAFETY: per the function's contract; the reference passes to the caller.
    unsafe { out.write(element.map_or(std::ptr::null_mut(), Interface::into_raw)) };
}

impl IMFCollection_Impl for Collection_Impl {
    fn GetElementCount(&self) -> Result<u32> {
        Ok(lock(&self.items).len() as u32)
    }

    /// Past the end: E_INVALIDARG, `out` untouched; a NULL element:
    /// E_UNEXPECTED with NULL written.
    fn GetElement(&self, index: u32, out: *mut *mut c_void) -> HRESULT {
        if out.is_null() {
            return E_POINTER;
        }
        let Some(element) = lock(&self.items).get(index as usize).cloned() else {
            return E_INVALIDARG;
        };
        let status = if element.is_some() {
            HRESULT(0)
        } else {
            E_UNEXPECTED
        };
        // SAFETY: `out` was checked above.
        unsafe { give(out, element) };
        status
    }

    fn AddElement(&self, item: Ref<IUnknown>) -> Result<()> {
        lock(&self.items).push(item.cloned());
        Ok(())
    }

    fn RemoveElement(&self, index: u32, out: *mut *mut c_void) -> HRESULT {
        if out.is_null() {
            return E_POINTER;
        }
        let mut items = lock(&self.items);
        if index as usize >= items.len() {
            return E_INVALIDARG;
        }
        let element = items.remove(index as usize);
        drop(items);
        // SAFETY: `out` was checked above.
        unsafe { give(out, element) };
        HRESULT(0)
    }

    fn InsertElementAt(&self, index: u32, item: Ref<IUnknown>) -> Result<()> {
        let mut items = lock(&self.items);
        let index = index as usize;
        if index > items.len() {
            items.resize(index, None);
        }
        items.insert(index, item.cloned());
        Ok(())
    }

    fn RemoveAllElements(&self) -> Result<()> {
        // Released outside the lock: an element's release may reach back.
        let items = std::mem::take(&mut *lock(&self.items));
        drop(items);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Wine's test_MFCreateCollection, which passes on Windows.
    #[test]
    fn a_collection_holds_null_elements() {
        let c: IMFCollection = Collection::default().into();
        let vtable = Interface::vtable(&c);
        let unknown: IUnknown = c.cast().unwrap();
        // SAFETY: plain COM calls with valid or allowed NULL pointers.
        unsafe {
            let mut out = std::ptr::dangling_mut::<c_void>();
            assert_eq!((vtable.GetElement)(c.as_raw(), 0, &mut out), E_INVALIDARG);
            assert_eq!(out, std::ptr::dangling_mut());
            let null = std::ptr::null_mut();
            assert_eq!((vtable.GetElement)(c.as_raw(), 0, null), E_POINTER);
            c.AddElement(&unknown).unwrap();
            c.AddElement(None).unwrap();
            c.InsertElementAt(10, &unknown).unwrap();
            assert_eq!(c.GetElementCount().unwrap(), 11);
            assert_eq!((vtable.GetElement)(c.as_raw(), 1, &mut out), E_UNEXPECTED);
            assert!(out.is_null());
            assert_eq!(c.GetElement(10).unwrap().as_raw(), unknown.as_raw());
            assert_eq!((vtable.RemoveElement)(c.as_raw(), 5, &mut out), HRESULT(0));
            assert!(out.is_null());
            c.RemoveAllElements().unwrap();
        }
    }
}
