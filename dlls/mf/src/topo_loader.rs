//! IMFTopoLoader (MFCreateTopoLoader): the session's topology loader as an
//! object an application can call, and IMFQualityManager
//! (MFCreateStandardQualityManager): the session's default quality
//! manager, which watches the topology and the clock and never asks for a
//! quality change.

use std::sync::Mutex;

use windows_core::{IUnknown, OutRef, Ref, Result, implement};

use mfplat::bindings::{
    IMFMediaEvent, IMFPresentationClock, IMFQualityManager, IMFQualityManager_Impl, IMFSample,
    IMFTopoLoader, IMFTopoLoader_Impl, IMFTopology, IMFTopologyNode, MF_E_SHUTDOWN,
    MF_E_TOPO_UNSUPPORTED,
};
use mfplat::com::{E_POINTER, fail};
use win32::sync::lock;

#[implement(IMFTopoLoader)]
pub struct TopoLoader;

impl TopoLoader {
    pub fn create() -> IMFTopoLoader {
        TopoLoader.into()
    }
}

impl IMFTopoLoader_Impl for TopoLoader_Impl {
    /// A full topology resolved from `input` as the session resolves it;
    /// the current topology is not reused. An empty topology is
    /// MF_E_TOPO_UNSUPPORTED (Wine's topology test, which passes on
    /// Windows).
    fn Load(
        &self,
        input: Ref<IMFTopology>,
        output: OutRef<IMFTopology>,
        _current: Ref<IMFTopology>,
    ) -> Result<()> {
        let Some(input) = input.as_ref() else {
            return fail(E_POINTER);
        };
        if output.is_null() {
            return fail(E_POINTER);
        }
        // SAFETY: a plain COM call on a live interface.
        if unsafe { input.GetNodeCount() }? == 0 {
            return fail(MF_E_TOPO_UNSUPPORTED);
        }
        output.write(Some(crate::session::resolve(input)?))
    }
}

/// What the quality manager holds until Shutdown.
#[derive(Default)]
struct Watched {
    topology: Option<IMFTopology>,
    clock: Option<IMFPresentationClock>,
    shut_down: bool,
}

#[implement(IMFQualityManager)]
#[derive(Default)]
pub struct StandardQualityManager {
    watched: Mutex<Watched>,
}

impl StandardQualityManager {
    pub fn create() -> IMFQualityManager {
        StandardQualityManager::default().into()
    }

    /// A sample going into or out of a node: watched, never dropped or
    /// delayed, since the session's pipeline has no quality levels to
    /// change.
    fn watch_sample(&self, node: Ref<IMFTopologyNode>, sample: Ref<IMFSample>) -> Result<()> {
        if node.is_none() || sample.is_none() {
            return fail(E_POINTER);
        }
        self.open(|_| Ok(()))
    }

    /// Runs `f` unless the manager is shut down (MF_E_SHUTDOWN).
    fn open(&self, f: impl FnOnce(&mut Watched) -> Result<()>) -> Result<()> {
        let mut w = lock(&self.watched);
        if w.shut_down {
            return fail(MF_E_SHUTDOWN);
        }
        f(&mut w)
    }
}

impl IMFQualityManager_Impl for StandardQualityManager_Impl {
    /// The session's new topology; NULL forgets the old one.
    fn NotifyTopology(&self, topology: Ref<IMFTopology>) -> Result<()> {
        self.open(|w| {
            w.topology = topology.cloned();
            Ok(())
        })
    }

    fn NotifyPresentationClock(&self, clock: Ref<IMFPresentationClock>) -> Result<()> {
        self.open(|w| {
            w.clock = Some(
                clock
                    .cloned()
                    .ok_or_else(|| windows_core::Error::from(E_POINTER))?,
            );
            Ok(())
        })
    }

    fn NotifyProcessInput(
        &self,
        node: Ref<IMFTopologyNode>,
        _index: i32,
        sample: Ref<IMFSample>,
    ) -> Result<()> {
        self.watch_sample(node, sample)
    }

    fn NotifyProcessOutput(
        &self,
        node: Ref<IMFTopologyNode>,
        _index: i32,
        sample: Ref<IMFSample>,
    ) -> Result<()> {
        self.watch_sample(node, sample)
    }

    fn NotifyQualityEvent(&self, object: Ref<IUnknown>, event: Ref<IMFMediaEvent>) -> Result<()> {
        if object.is_none() || event.is_none() {
            return fail(E_POINTER);
        }
        self.open(|_| Ok(()))
    }

    /// Lets the topology and the clock go; every later call is
    /// MF_E_SHUTDOWN.
    fn Shutdown(&self) -> Result<()> {
        let released = {
            let mut w = lock(&self.watched);
            w.shut_down = true;
            (w.topology.take(), w.clock.take())
        };
        drop(released);
        Ok(())
    }
}
