#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct BLOB {
    pub cbSize: u32,
    pub pBlobData: *mut u8,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct BSTRBLOB {
    pub cbSize: u32,
    pub pData: *mut u8,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CABOOL {
    pub cElems: u32,
    pub pElems: *mut VARIANT_BOOL,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CABSTR {
    pub cElems: u32,
    pub pElems: *mut *mut u16,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CABSTRBLOB {
    pub cElems: u32,
    pub pElems: *mut BSTRBLOB,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CAC {
    pub cElems: u32,
    pub pElems: *mut i8,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CACLIPDATA {
    pub cElems: u32,
    pub pElems: *mut CLIPDATA,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CACLSID {
    pub cElems: u32,
    pub pElems: *mut windows_core::GUID,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CACY {
    pub cElems: u32,
    pub pElems: *mut CY,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CADATE {
    pub cElems: u32,
    pub pElems: *mut f64,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CADBL {
    pub cElems: u32,
    pub pElems: *mut f64,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CAFILETIME {
    pub cElems: u32,
    pub pElems: *mut FILETIME,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CAFLT {
    pub cElems: u32,
    pub pElems: *mut f32,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CAH {
    pub cElems: u32,
    pub pElems: *mut i64,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CAI {
    pub cElems: u32,
    pub pElems: *mut i16,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CAL {
    pub cElems: u32,
    pub pElems: *mut i32,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CALPSTR {
    pub cElems: u32,
    pub pElems: *mut windows_core::PSTR,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CALPWSTR {
    pub cElems: u32,
    pub pElems: *mut windows_core::PWSTR,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CAPROPVARIANT {
    pub cElems: u32,
    pub pElems: *mut PROPVARIANT,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CASCODE {
    pub cElems: u32,
    pub pElems: *mut SCODE,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CAUB {
    pub cElems: u32,
    pub pElems: *mut u8,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CAUH {
    pub cElems: u32,
    pub pElems: *mut u64,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CAUI {
    pub cElems: u32,
    pub pElems: *mut u16,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CAUL {
    pub cElems: u32,
    pub pElems: *mut u32,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CLIPDATA {
    pub cbSize: u32,
    pub ulClipFmt: i32,
    pub pClipData: *mut u8,
}
#[repr(C)]
#[derive(Clone, Copy)]
pub union CY {
    pub Anonymous: CY_0,
    pub int64: i64,
}
impl Default for CY {
    fn default() -> Self {
        unsafe { core::mem::zeroed() }
    }
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct CY_0 {
    pub Lo: u32,
    pub Hi: i32,
}
pub const D3DFMT_A16B16G16R16F: D3DFORMAT = 113;
pub const D3DFMT_A2B10G10R10: D3DFORMAT = 31;
pub const D3DFMT_A8R8G8B8: D3DFORMAT = 21;
pub const D3DFMT_D16: D3DFORMAT = 80;
pub const D3DFMT_L16: D3DFORMAT = 81;
pub const D3DFMT_L8: D3DFORMAT = 50;
pub const D3DFMT_P8: D3DFORMAT = 41;
pub const D3DFMT_R5G6B5: D3DFORMAT = 23;
pub const D3DFMT_R8G8B8: D3DFORMAT = 20;
pub const D3DFMT_X1R5G5B5: D3DFORMAT = 24;
pub const D3DFMT_X8R8G8B8: D3DFORMAT = 22;
pub type D3DFORMAT = i32;
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DECIMAL {
    pub wReserved: u16,
    pub Anonymous: DECIMAL_0,
    pub Hi32: u32,
    pub Anonymous2: DECIMAL_1,
}
impl Default for DECIMAL {
    fn default() -> Self {
        unsafe { core::mem::zeroed() }
    }
}
#[repr(C)]
#[derive(Clone, Copy)]
pub union DECIMAL_0 {
    pub Anonymous: DECIMAL_0_0,
    pub signscale: u16,
}
impl Default for DECIMAL_0 {
    fn default() -> Self {
        unsafe { core::mem::zeroed() }
    }
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct DECIMAL_0_0 {
    pub scale: u8,
    pub sign: u8,
}
#[repr(C)]
#[derive(Clone, Copy)]
pub union DECIMAL_1 {
    pub Anonymous: DECIMAL_1_0,
    pub Lo64: u64,
}
impl Default for DECIMAL_1 {
    fn default() -> Self {
        unsafe { core::mem::zeroed() }
    }
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct DECIMAL_1_0 {
    pub Lo32: u32,
    pub Mid32: u32,
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct FILETIME {
    pub dwLowDateTime: u32,
    pub dwHighDateTime: u32,
}
pub const HEAP_ZERO_MEMORY: i32 = 8;
windows_core::imp::define_interface!(
    IDispatch,
    IDispatch_Vtbl,
    0x00020400_0000_0000_c000_000000000046
);
windows_core::imp::interface_hierarchy!(IDispatch, windows_core::IUnknown);
#[repr(C)]
pub struct IDispatch_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    GetTypeInfoCount: usize,
    GetTypeInfo: usize,
    GetIDsOfNames: usize,
    Invoke: usize,
}
impl windows_core::RuntimeName for IDispatch {}
windows_core::imp::define_interface!(
    IMFActivate,
    IMFActivate_Vtbl,
    0x7fee9e9a_4a89_47a6_899c_b6a53a70fb67
);
impl core::ops::Deref for IMFActivate {
    type Target = IMFAttributes;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(IMFActivate, windows_core::IUnknown, IMFAttributes);
impl IMFActivate {
    pub unsafe fn ActivateObject<T>(&self) -> windows_core::Result<T>
    where
        T: windows_core::Interface,
    {
        let mut result__ = core::ptr::null_mut();
        unsafe {
            (windows_core::Interface::vtable(self).ActivateObject)(
                windows_core::Interface::as_raw(self),
                &T::IID,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn ShutdownObject(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).ShutdownObject)(windows_core::Interface::as_raw(
                self,
            ))
        }
    }
    pub unsafe fn DetachObject(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).DetachObject)(windows_core::Interface::as_raw(
                self,
            ))
        }
    }
}
#[repr(C)]
pub struct IMFActivate_Vtbl {
    pub base__: IMFAttributes_Vtbl,
    pub ActivateObject: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub ShutdownObject: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub DetachObject: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
}
pub trait IMFActivate_Impl: IMFAttributes_Impl {
    fn ActivateObject(
        &self,
        riid: *const windows_core::GUID,
        ppv: *mut *mut core::ffi::c_void,
    ) -> windows_core::Result<()>;
    fn ShutdownObject(&self) -> windows_core::Result<()>;
    fn DetachObject(&self) -> windows_core::Result<()>;
}
impl IMFActivate_Vtbl {
    pub const fn new<Identity: IMFActivate_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn ActivateObject<
            Identity: IMFActivate_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            riid: *const windows_core::GUID,
            ppv: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFActivate::ActivateObject", || {
                    IMFActivate_Impl::ActivateObject(
                        this,
                        core::mem::transmute_copy(&riid),
                        core::mem::transmute_copy(&ppv),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn ShutdownObject<
            Identity: IMFActivate_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFActivate::ShutdownObject", || {
                    IMFActivate_Impl::ShutdownObject(this)
                })
                .into()
            }
        }
        unsafe extern "system" fn DetachObject<Identity: IMFActivate_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFActivate::DetachObject", || {
                    IMFActivate_Impl::DetachObject(this)
                })
                .into()
            }
        }
        Self {
            base__: IMFAttributes_Vtbl::new::<Identity, OFFSET>(),
            ActivateObject: ActivateObject::<Identity, OFFSET>,
            ShutdownObject: ShutdownObject::<Identity, OFFSET>,
            DetachObject: DetachObject::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFActivate as windows_core::Interface>::IID
            || iid == &<IMFAttributes as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFActivate {}
windows_core::imp::define_interface!(
    IMFAsyncCallback,
    IMFAsyncCallback_Vtbl,
    0xa27003cf_2354_4f2a_8d6a_ab7cff15437e
);
windows_core::imp::interface_hierarchy!(IMFAsyncCallback, windows_core::IUnknown);
impl IMFAsyncCallback {
    pub unsafe fn GetParameters(
        &self,
        pdwflags: *mut u32,
        pdwqueue: *mut u32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetParameters)(
                windows_core::Interface::as_raw(self),
                pdwflags as _,
                pdwqueue as _,
            )
        }
    }
    pub unsafe fn Invoke<P0>(&self, pasyncresult: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFAsyncResult>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).Invoke)(
                windows_core::Interface::as_raw(self),
                pasyncresult.param().abi(),
            )
        }
    }
}
#[repr(C)]
pub struct IMFAsyncCallback_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub GetParameters: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut u32,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub Invoke: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IMFAsyncCallback_Impl: windows_core::IUnknownImpl {
    fn GetParameters(&self, pdwflags: *mut u32, pdwqueue: *mut u32) -> windows_core::Result<()>;
    fn Invoke(&self, pasyncresult: windows_core::Ref<IMFAsyncResult>) -> windows_core::Result<()>;
}
impl IMFAsyncCallback_Vtbl {
    pub const fn new<Identity: IMFAsyncCallback_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetParameters<
            Identity: IMFAsyncCallback_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pdwflags: *mut u32,
            pdwqueue: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAsyncCallback::GetParameters", || {
                    IMFAsyncCallback_Impl::GetParameters(
                        this,
                        core::mem::transmute_copy(&pdwflags),
                        core::mem::transmute_copy(&pdwqueue),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn Invoke<Identity: IMFAsyncCallback_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pasyncresult: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAsyncCallback::Invoke", || {
                    IMFAsyncCallback_Impl::Invoke(this, core::mem::transmute_copy(&pasyncresult))
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            GetParameters: GetParameters::<Identity, OFFSET>,
            Invoke: Invoke::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFAsyncCallback as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFAsyncCallback {}
windows_core::imp::define_interface!(
    IMFAsyncResult,
    IMFAsyncResult_Vtbl,
    0xac6b7889_0740_4d51_8619_905994a55cc6
);
windows_core::imp::interface_hierarchy!(IMFAsyncResult, windows_core::IUnknown);
impl IMFAsyncResult {
    pub unsafe fn GetState(&self) -> windows_core::Result<windows_core::IUnknown> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetState)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn GetStatus(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetStatus)(windows_core::Interface::as_raw(self))
        }
    }
    pub unsafe fn SetStatus(&self, hrstatus: windows_core::HRESULT) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SetStatus)(
                windows_core::Interface::as_raw(self),
                hrstatus,
            )
        }
    }
    pub unsafe fn GetObject(&self) -> windows_core::Result<windows_core::IUnknown> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetObject)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn GetStateNoAddRef(&self) -> Option<windows_core::IUnknown> {
        unsafe {
            (windows_core::Interface::vtable(self).GetStateNoAddRef)(
                windows_core::Interface::as_raw(self),
            )
        }
    }
}
#[repr(C)]
pub struct IMFAsyncResult_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub GetState: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetStatus: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub SetStatus: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        windows_core::HRESULT,
    ) -> windows_core::HRESULT,
    pub GetObject: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetStateNoAddRef:
        unsafe extern "system" fn(*mut core::ffi::c_void) -> Option<windows_core::IUnknown>,
}
pub trait IMFAsyncResult_Impl: windows_core::IUnknownImpl {
    fn GetState(&self) -> windows_core::Result<windows_core::IUnknown>;
    fn GetStatus(&self) -> windows_core::Result<()>;
    fn SetStatus(&self, hrstatus: windows_core::HRESULT) -> windows_core::Result<()>;
    fn GetObject(&self) -> windows_core::Result<windows_core::IUnknown>;
    fn GetStateNoAddRef(&self) -> Option<windows_core::IUnknown>;
}
impl IMFAsyncResult_Vtbl {
    pub const fn new<Identity: IMFAsyncResult_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetState<Identity: IMFAsyncResult_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            ppunkstate: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppunkstate.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFAsyncResult::GetState", || {
                    IMFAsyncResult_Impl::GetState(this)
                }) {
                    Ok(ok__) => {
                        ppunkstate.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetStatus<Identity: IMFAsyncResult_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAsyncResult::GetStatus", || {
                    IMFAsyncResult_Impl::GetStatus(this)
                })
                .into()
            }
        }
        unsafe extern "system" fn SetStatus<Identity: IMFAsyncResult_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            hrstatus: windows_core::HRESULT,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAsyncResult::SetStatus", || {
                    IMFAsyncResult_Impl::SetStatus(this, core::mem::transmute_copy(&hrstatus))
                })
                .into()
            }
        }
        unsafe extern "system" fn GetObject<Identity: IMFAsyncResult_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            ppobject: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppobject.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFAsyncResult::GetObject", || {
                    IMFAsyncResult_Impl::GetObject(this)
                }) {
                    Ok(ok__) => {
                        ppobject.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetStateNoAddRef<
            Identity: IMFAsyncResult_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
        ) -> Option<windows_core::IUnknown> {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAsyncResult::GetStateNoAddRef", || {
                    IMFAsyncResult_Impl::GetStateNoAddRef(this)
                })
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            GetState: GetState::<Identity, OFFSET>,
            GetStatus: GetStatus::<Identity, OFFSET>,
            SetStatus: SetStatus::<Identity, OFFSET>,
            GetObject: GetObject::<Identity, OFFSET>,
            GetStateNoAddRef: GetStateNoAddRef::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFAsyncResult as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFAsyncResult {}
windows_core::imp::define_interface!(
    IMFAttributes,
    IMFAttributes_Vtbl,
    0x2cd2d921_c447_44a7_a13c_4adabfc247e3
);
windows_core::imp::interface_hierarchy!(IMFAttributes, windows_core::IUnknown);
impl IMFAttributes {
    pub unsafe fn GetItem(
        &self,
        guidkey: *const windows_core::GUID,
        pvalue: *mut PROPVARIANT,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetItem)(
                windows_core::Interface::as_raw(self),
                guidkey,
                pvalue,
            )
        }
    }
    pub unsafe fn GetItemType(
        &self,
        guidkey: *const windows_core::GUID,
    ) -> windows_core::Result<MF_ATTRIBUTE_TYPE> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetItemType)(
                windows_core::Interface::as_raw(self),
                guidkey,
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn CompareItem(
        &self,
        guidkey: *const windows_core::GUID,
        value: *const PROPVARIANT,
    ) -> windows_core::Result<windows_core::BOOL> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).CompareItem)(
                windows_core::Interface::as_raw(self),
                guidkey,
                value,
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn Compare<P0>(
        &self,
        ptheirs: P0,
        matchtype: MF_ATTRIBUTES_MATCH_TYPE,
    ) -> windows_core::Result<windows_core::BOOL>
    where
        P0: windows_core::Param<Self>,
    {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).Compare)(
                windows_core::Interface::as_raw(self),
                ptheirs.param().abi(),
                matchtype,
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetUINT32(
        &self,
        guidkey: *const windows_core::GUID,
    ) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetUINT32)(
                windows_core::Interface::as_raw(self),
                guidkey,
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetUINT64(
        &self,
        guidkey: *const windows_core::GUID,
    ) -> windows_core::Result<u64> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetUINT64)(
                windows_core::Interface::as_raw(self),
                guidkey,
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetDouble(
        &self,
        guidkey: *const windows_core::GUID,
    ) -> windows_core::Result<f64> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetDouble)(
                windows_core::Interface::as_raw(self),
                guidkey,
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetGUID(
        &self,
        guidkey: *const windows_core::GUID,
    ) -> windows_core::Result<windows_core::GUID> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetGUID)(
                windows_core::Interface::as_raw(self),
                guidkey,
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetStringLength(
        &self,
        guidkey: *const windows_core::GUID,
    ) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetStringLength)(
                windows_core::Interface::as_raw(self),
                guidkey,
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetString(
        &self,
        guidkey: *const windows_core::GUID,
        pwszvalue: windows_core::PWSTR,
        cchbufsize: u32,
        pcchlength: *mut u32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetString)(
                windows_core::Interface::as_raw(self),
                guidkey,
                pwszvalue,
                cchbufsize,
                pcchlength as _,
            )
        }
    }
    pub unsafe fn GetAllocatedString(
        &self,
        guidkey: *const windows_core::GUID,
        ppwszvalue: *mut windows_core::PWSTR,
        pcchlength: *mut u32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetAllocatedString)(
                windows_core::Interface::as_raw(self),
                guidkey,
                ppwszvalue as _,
                pcchlength as _,
            )
        }
    }
    pub unsafe fn GetBlobSize(
        &self,
        guidkey: *const windows_core::GUID,
    ) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetBlobSize)(
                windows_core::Interface::as_raw(self),
                guidkey,
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetBlob(
        &self,
        guidkey: *const windows_core::GUID,
        pbuf: *mut u8,
        cbbufsize: u32,
        pcbblobsize: *mut u32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetBlob)(
                windows_core::Interface::as_raw(self),
                guidkey,
                pbuf as _,
                cbbufsize,
                pcbblobsize as _,
            )
        }
    }
    pub unsafe fn GetAllocatedBlob(
        &self,
        guidkey: *const windows_core::GUID,
        ppbuf: *mut *mut u8,
        pcbsize: *mut u32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetAllocatedBlob)(
                windows_core::Interface::as_raw(self),
                guidkey,
                ppbuf as _,
                pcbsize as _,
            )
        }
    }
    pub unsafe fn GetUnknown<T>(
        &self,
        guidkey: *const windows_core::GUID,
    ) -> windows_core::Result<T>
    where
        T: windows_core::Interface,
    {
        let mut result__ = core::ptr::null_mut();
        unsafe {
            (windows_core::Interface::vtable(self).GetUnknown)(
                windows_core::Interface::as_raw(self),
                guidkey,
                &T::IID,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn SetItem(
        &self,
        guidkey: *const windows_core::GUID,
        value: *const PROPVARIANT,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SetItem)(
                windows_core::Interface::as_raw(self),
                guidkey,
                value,
            )
        }
    }
    pub unsafe fn DeleteItem(&self, guidkey: *const windows_core::GUID) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).DeleteItem)(
                windows_core::Interface::as_raw(self),
                guidkey,
            )
        }
    }
    pub unsafe fn DeleteAllItems(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).DeleteAllItems)(windows_core::Interface::as_raw(
                self,
            ))
        }
    }
    pub unsafe fn SetUINT32(
        &self,
        guidkey: *const windows_core::GUID,
        unvalue: u32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SetUINT32)(
                windows_core::Interface::as_raw(self),
                guidkey,
                unvalue,
            )
        }
    }
    pub unsafe fn SetUINT64(
        &self,
        guidkey: *const windows_core::GUID,
        unvalue: u64,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SetUINT64)(
                windows_core::Interface::as_raw(self),
                guidkey,
                unvalue,
            )
        }
    }
    pub unsafe fn SetDouble(
        &self,
        guidkey: *const windows_core::GUID,
        fvalue: f64,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SetDouble)(
                windows_core::Interface::as_raw(self),
                guidkey,
                fvalue,
            )
        }
    }
    pub unsafe fn SetGUID(
        &self,
        guidkey: *const windows_core::GUID,
        guidvalue: *const windows_core::GUID,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SetGUID)(
                windows_core::Interface::as_raw(self),
                guidkey,
                guidvalue,
            )
        }
    }
    pub unsafe fn SetString<P1>(
        &self,
        guidkey: *const windows_core::GUID,
        wszvalue: P1,
    ) -> windows_core::HRESULT
    where
        P1: windows_core::Param<windows_core::PCWSTR>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).SetString)(
                windows_core::Interface::as_raw(self),
                guidkey,
                wszvalue.param().abi(),
            )
        }
    }
    pub unsafe fn SetBlob(
        &self,
        guidkey: *const windows_core::GUID,
        pbuf: *const u8,
        cbbufsize: u32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SetBlob)(
                windows_core::Interface::as_raw(self),
                guidkey,
                pbuf,
                cbbufsize,
            )
        }
    }
    pub unsafe fn SetUnknown<P1>(
        &self,
        guidkey: *const windows_core::GUID,
        punknown: P1,
    ) -> windows_core::HRESULT
    where
        P1: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).SetUnknown)(
                windows_core::Interface::as_raw(self),
                guidkey,
                punknown.param().abi(),
            )
        }
    }
    pub unsafe fn LockStore(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).LockStore)(windows_core::Interface::as_raw(self))
        }
    }
    pub unsafe fn UnlockStore(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).UnlockStore)(windows_core::Interface::as_raw(
                self,
            ))
        }
    }
    pub unsafe fn GetCount(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetCount)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetItemByIndex(
        &self,
        unindex: u32,
        pguidkey: *mut windows_core::GUID,
        pvalue: *mut PROPVARIANT,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetItemByIndex)(
                windows_core::Interface::as_raw(self),
                unindex,
                pguidkey as _,
                pvalue,
            )
        }
    }
    pub unsafe fn CopyAllItems<P0>(&self, pdest: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<Self>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).CopyAllItems)(
                windows_core::Interface::as_raw(self),
                pdest.param().abi(),
            )
        }
    }
}
#[repr(C)]
pub struct IMFAttributes_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub GetItem: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *mut PROPVARIANT,
    ) -> windows_core::HRESULT,
    pub GetItemType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *mut MF_ATTRIBUTE_TYPE,
    ) -> windows_core::HRESULT,
    pub CompareItem: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *const PROPVARIANT,
        *mut windows_core::BOOL,
    ) -> windows_core::HRESULT,
    pub Compare: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        MF_ATTRIBUTES_MATCH_TYPE,
        *mut windows_core::BOOL,
    ) -> windows_core::HRESULT,
    pub GetUINT32: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub GetUINT64: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *mut u64,
    ) -> windows_core::HRESULT,
    pub GetDouble: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *mut f64,
    ) -> windows_core::HRESULT,
    pub GetGUID: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *mut windows_core::GUID,
    ) -> windows_core::HRESULT,
    pub GetStringLength: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub GetString: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        windows_core::PWSTR,
        u32,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub GetAllocatedString: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *mut windows_core::PWSTR,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub GetBlobSize: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub GetBlob: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *mut u8,
        u32,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub GetAllocatedBlob: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *mut *mut u8,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub GetUnknown: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *const windows_core::GUID,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub SetItem: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *const PROPVARIANT,
    ) -> windows_core::HRESULT,
    pub DeleteItem: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
    ) -> windows_core::HRESULT,
    pub DeleteAllItems: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub SetUINT32: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        u32,
    ) -> windows_core::HRESULT,
    pub SetUINT64: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        u64,
    ) -> windows_core::HRESULT,
    pub SetDouble: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        f64,
    ) -> windows_core::HRESULT,
    pub SetGUID: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *const windows_core::GUID,
    ) -> windows_core::HRESULT,
    pub SetString: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        windows_core::PCWSTR,
    ) -> windows_core::HRESULT,
    pub SetBlob: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *const u8,
        u32,
    ) -> windows_core::HRESULT,
    pub SetUnknown: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub LockStore: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub UnlockStore: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub GetCount:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub GetItemByIndex: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut windows_core::GUID,
        *mut PROPVARIANT,
    ) -> windows_core::HRESULT,
    pub CopyAllItems: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IMFAttributes_Impl: windows_core::IUnknownImpl {
    fn GetItem(
        &self,
        guidkey: *const windows_core::GUID,
        pvalue: *mut PROPVARIANT,
    ) -> windows_core::Result<()>;
    fn GetItemType(
        &self,
        guidkey: *const windows_core::GUID,
    ) -> windows_core::Result<MF_ATTRIBUTE_TYPE>;
    fn CompareItem(
        &self,
        guidkey: *const windows_core::GUID,
        value: *const PROPVARIANT,
    ) -> windows_core::Result<windows_core::BOOL>;
    fn Compare(
        &self,
        ptheirs: windows_core::Ref<IMFAttributes>,
        matchtype: MF_ATTRIBUTES_MATCH_TYPE,
    ) -> windows_core::Result<windows_core::BOOL>;
    fn GetUINT32(&self, guidkey: *const windows_core::GUID) -> windows_core::Result<u32>;
    fn GetUINT64(&self, guidkey: *const windows_core::GUID) -> windows_core::Result<u64>;
    fn GetDouble(&self, guidkey: *const windows_core::GUID) -> windows_core::Result<f64>;
    fn GetGUID(
        &self,
        guidkey: *const windows_core::GUID,
    ) -> windows_core::Result<windows_core::GUID>;
    fn GetStringLength(&self, guidkey: *const windows_core::GUID) -> windows_core::Result<u32>;
    fn GetString(
        &self,
        guidkey: *const windows_core::GUID,
        pwszvalue: windows_core::PWSTR,
        cchbufsize: u32,
        pcchlength: *mut u32,
    ) -> windows_core::Result<()>;
    fn GetAllocatedString(
        &self,
        guidkey: *const windows_core::GUID,
        ppwszvalue: *mut windows_core::PWSTR,
        pcchlength: *mut u32,
    ) -> windows_core::Result<()>;
    fn GetBlobSize(&self, guidkey: *const windows_core::GUID) -> windows_core::Result<u32>;
    fn GetBlob(
        &self,
        guidkey: *const windows_core::GUID,
        pbuf: *mut u8,
        cbbufsize: u32,
        pcbblobsize: *mut u32,
    ) -> windows_core::Result<()>;
    fn GetAllocatedBlob(
        &self,
        guidkey: *const windows_core::GUID,
        ppbuf: *mut *mut u8,
        pcbsize: *mut u32,
    ) -> windows_core::Result<()>;
    fn GetUnknown(
        &self,
        guidkey: *const windows_core::GUID,
        riid: *const windows_core::GUID,
        ppv: *mut *mut core::ffi::c_void,
    ) -> windows_core::Result<()>;
    fn SetItem(
        &self,
        guidkey: *const windows_core::GUID,
        value: *const PROPVARIANT,
    ) -> windows_core::Result<()>;
    fn DeleteItem(&self, guidkey: *const windows_core::GUID) -> windows_core::Result<()>;
    fn DeleteAllItems(&self) -> windows_core::Result<()>;
    fn SetUINT32(
        &self,
        guidkey: *const windows_core::GUID,
        unvalue: u32,
    ) -> windows_core::Result<()>;
    fn SetUINT64(
        &self,
        guidkey: *const windows_core::GUID,
        unvalue: u64,
    ) -> windows_core::Result<()>;
    fn SetDouble(
        &self,
        guidkey: *const windows_core::GUID,
        fvalue: f64,
    ) -> windows_core::Result<()>;
    fn SetGUID(
        &self,
        guidkey: *const windows_core::GUID,
        guidvalue: *const windows_core::GUID,
    ) -> windows_core::Result<()>;
    fn SetString(
        &self,
        guidkey: *const windows_core::GUID,
        wszvalue: &windows_core::PCWSTR,
    ) -> windows_core::Result<()>;
    fn SetBlob(
        &self,
        guidkey: *const windows_core::GUID,
        pbuf: *const u8,
        cbbufsize: u32,
    ) -> windows_core::Result<()>;
    fn SetUnknown(
        &self,
        guidkey: *const windows_core::GUID,
        punknown: windows_core::Ref<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn LockStore(&self) -> windows_core::Result<()>;
    fn UnlockStore(&self) -> windows_core::Result<()>;
    fn GetCount(&self) -> windows_core::Result<u32>;
    fn GetItemByIndex(
        &self,
        unindex: u32,
        pguidkey: *mut windows_core::GUID,
        pvalue: *mut PROPVARIANT,
    ) -> windows_core::Result<()>;
    fn CopyAllItems(&self, pdest: windows_core::Ref<IMFAttributes>) -> windows_core::Result<()>;
}
impl IMFAttributes_Vtbl {
    pub const fn new<Identity: IMFAttributes_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetItem<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            pvalue: *mut PROPVARIANT,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::GetItem", || {
                    IMFAttributes_Impl::GetItem(
                        this,
                        core::mem::transmute_copy(&guidkey),
                        core::mem::transmute_copy(&pvalue),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetItemType<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            ptype: *mut MF_ATTRIBUTE_TYPE,
        ) -> windows_core::HRESULT {
            unsafe {
                if ptype.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFAttributes::GetItemType", || {
                    IMFAttributes_Impl::GetItemType(this, core::mem::transmute_copy(&guidkey))
                }) {
                    Ok(ok__) => {
                        ptype.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn CompareItem<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            value: *const PROPVARIANT,
            pbresult: *mut windows_core::BOOL,
        ) -> windows_core::HRESULT {
            unsafe {
                if pbresult.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFAttributes::CompareItem", || {
                    IMFAttributes_Impl::CompareItem(
                        this,
                        core::mem::transmute_copy(&guidkey),
                        core::mem::transmute_copy(&value),
                    )
                }) {
                    Ok(ok__) => {
                        pbresult.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn Compare<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            ptheirs: *mut core::ffi::c_void,
            matchtype: MF_ATTRIBUTES_MATCH_TYPE,
            pbresult: *mut windows_core::BOOL,
        ) -> windows_core::HRESULT {
            unsafe {
                if pbresult.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFAttributes::Compare", || {
                    IMFAttributes_Impl::Compare(
                        this,
                        core::mem::transmute_copy(&ptheirs),
                        core::mem::transmute_copy(&matchtype),
                    )
                }) {
                    Ok(ok__) => {
                        pbresult.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetUINT32<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            punvalue: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if punvalue.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFAttributes::GetUINT32", || {
                    IMFAttributes_Impl::GetUINT32(this, core::mem::transmute_copy(&guidkey))
                }) {
                    Ok(ok__) => {
                        punvalue.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetUINT64<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            punvalue: *mut u64,
        ) -> windows_core::HRESULT {
            unsafe {
                if punvalue.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFAttributes::GetUINT64", || {
                    IMFAttributes_Impl::GetUINT64(this, core::mem::transmute_copy(&guidkey))
                }) {
                    Ok(ok__) => {
                        punvalue.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetDouble<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            pfvalue: *mut f64,
        ) -> windows_core::HRESULT {
            unsafe {
                if pfvalue.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFAttributes::GetDouble", || {
                    IMFAttributes_Impl::GetDouble(this, core::mem::transmute_copy(&guidkey))
                }) {
                    Ok(ok__) => {
                        pfvalue.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetGUID<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            pguidvalue: *mut windows_core::GUID,
        ) -> windows_core::HRESULT {
            unsafe {
                if pguidvalue.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFAttributes::GetGUID", || {
                    IMFAttributes_Impl::GetGUID(this, core::mem::transmute_copy(&guidkey))
                }) {
                    Ok(ok__) => {
                        pguidvalue.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetStringLength<
            Identity: IMFAttributes_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            pcchlength: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pcchlength.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFAttributes::GetStringLength", || {
                    IMFAttributes_Impl::GetStringLength(this, core::mem::transmute_copy(&guidkey))
                }) {
                    Ok(ok__) => {
                        pcchlength.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetString<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            pwszvalue: windows_core::PWSTR,
            cchbufsize: u32,
            pcchlength: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::GetString", || {
                    IMFAttributes_Impl::GetString(
                        this,
                        core::mem::transmute_copy(&guidkey),
                        core::mem::transmute_copy(&pwszvalue),
                        core::mem::transmute_copy(&cchbufsize),
                        core::mem::transmute_copy(&pcchlength),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetAllocatedString<
            Identity: IMFAttributes_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            ppwszvalue: *mut windows_core::PWSTR,
            pcchlength: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::GetAllocatedString", || {
                    IMFAttributes_Impl::GetAllocatedString(
                        this,
                        core::mem::transmute_copy(&guidkey),
                        core::mem::transmute_copy(&ppwszvalue),
                        core::mem::transmute_copy(&pcchlength),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetBlobSize<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            pcbblobsize: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pcbblobsize.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFAttributes::GetBlobSize", || {
                    IMFAttributes_Impl::GetBlobSize(this, core::mem::transmute_copy(&guidkey))
                }) {
                    Ok(ok__) => {
                        pcbblobsize.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetBlob<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            pbuf: *mut u8,
            cbbufsize: u32,
            pcbblobsize: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::GetBlob", || {
                    IMFAttributes_Impl::GetBlob(
                        this,
                        core::mem::transmute_copy(&guidkey),
                        core::mem::transmute_copy(&pbuf),
                        core::mem::transmute_copy(&cbbufsize),
                        core::mem::transmute_copy(&pcbblobsize),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetAllocatedBlob<
            Identity: IMFAttributes_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            ppbuf: *mut *mut u8,
            pcbsize: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::GetAllocatedBlob", || {
                    IMFAttributes_Impl::GetAllocatedBlob(
                        this,
                        core::mem::transmute_copy(&guidkey),
                        core::mem::transmute_copy(&ppbuf),
                        core::mem::transmute_copy(&pcbsize),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetUnknown<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            riid: *const windows_core::GUID,
            ppv: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::GetUnknown", || {
                    IMFAttributes_Impl::GetUnknown(
                        this,
                        core::mem::transmute_copy(&guidkey),
                        core::mem::transmute_copy(&riid),
                        core::mem::transmute_copy(&ppv),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn SetItem<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            value: *const PROPVARIANT,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::SetItem", || {
                    IMFAttributes_Impl::SetItem(
                        this,
                        core::mem::transmute_copy(&guidkey),
                        core::mem::transmute_copy(&value),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn DeleteItem<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::DeleteItem", || {
                    IMFAttributes_Impl::DeleteItem(this, core::mem::transmute_copy(&guidkey))
                })
                .into()
            }
        }
        unsafe extern "system" fn DeleteAllItems<
            Identity: IMFAttributes_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::DeleteAllItems", || {
                    IMFAttributes_Impl::DeleteAllItems(this)
                })
                .into()
            }
        }
        unsafe extern "system" fn SetUINT32<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            unvalue: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::SetUINT32", || {
                    IMFAttributes_Impl::SetUINT32(
                        this,
                        core::mem::transmute_copy(&guidkey),
                        core::mem::transmute_copy(&unvalue),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn SetUINT64<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            unvalue: u64,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::SetUINT64", || {
                    IMFAttributes_Impl::SetUINT64(
                        this,
                        core::mem::transmute_copy(&guidkey),
                        core::mem::transmute_copy(&unvalue),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn SetDouble<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            fvalue: f64,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::SetDouble", || {
                    IMFAttributes_Impl::SetDouble(
                        this,
                        core::mem::transmute_copy(&guidkey),
                        core::mem::transmute_copy(&fvalue),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn SetGUID<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            guidvalue: *const windows_core::GUID,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::SetGUID", || {
                    IMFAttributes_Impl::SetGUID(
                        this,
                        core::mem::transmute_copy(&guidkey),
                        core::mem::transmute_copy(&guidvalue),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn SetString<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            wszvalue: windows_core::PCWSTR,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::SetString", || {
                    IMFAttributes_Impl::SetString(
                        this,
                        core::mem::transmute_copy(&guidkey),
                        core::mem::transmute(&wszvalue),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn SetBlob<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            pbuf: *const u8,
            cbbufsize: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::SetBlob", || {
                    IMFAttributes_Impl::SetBlob(
                        this,
                        core::mem::transmute_copy(&guidkey),
                        core::mem::transmute_copy(&pbuf),
                        core::mem::transmute_copy(&cbbufsize),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn SetUnknown<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidkey: *const windows_core::GUID,
            punknown: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::SetUnknown", || {
                    IMFAttributes_Impl::SetUnknown(
                        this,
                        core::mem::transmute_copy(&guidkey),
                        core::mem::transmute_copy(&punknown),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn LockStore<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::LockStore", || {
                    IMFAttributes_Impl::LockStore(this)
                })
                .into()
            }
        }
        unsafe extern "system" fn UnlockStore<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::UnlockStore", || {
                    IMFAttributes_Impl::UnlockStore(this)
                })
                .into()
            }
        }
        unsafe extern "system" fn GetCount<Identity: IMFAttributes_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pcitems: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pcitems.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFAttributes::GetCount", || {
                    IMFAttributes_Impl::GetCount(this)
                }) {
                    Ok(ok__) => {
                        pcitems.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetItemByIndex<
            Identity: IMFAttributes_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            unindex: u32,
            pguidkey: *mut windows_core::GUID,
            pvalue: *mut PROPVARIANT,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::GetItemByIndex", || {
                    IMFAttributes_Impl::GetItemByIndex(
                        this,
                        core::mem::transmute_copy(&unindex),
                        core::mem::transmute_copy(&pguidkey),
                        core::mem::transmute_copy(&pvalue),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn CopyAllItems<
            Identity: IMFAttributes_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pdest: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAttributes::CopyAllItems", || {
                    IMFAttributes_Impl::CopyAllItems(this, core::mem::transmute_copy(&pdest))
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            GetItem: GetItem::<Identity, OFFSET>,
            GetItemType: GetItemType::<Identity, OFFSET>,
            CompareItem: CompareItem::<Identity, OFFSET>,
            Compare: Compare::<Identity, OFFSET>,
            GetUINT32: GetUINT32::<Identity, OFFSET>,
            GetUINT64: GetUINT64::<Identity, OFFSET>,
            GetDouble: GetDouble::<Identity, OFFSET>,
            GetGUID: GetGUID::<Identity, OFFSET>,
            GetStringLength: GetStringLength::<Identity, OFFSET>,
            GetString: GetString::<Identity, OFFSET>,
            GetAllocatedString: GetAllocatedString::<Identity, OFFSET>,
            GetBlobSize: GetBlobSize::<Identity, OFFSET>,
            GetBlob: GetBlob::<Identity, OFFSET>,
            GetAllocatedBlob: GetAllocatedBlob::<Identity, OFFSET>,
            GetUnknown: GetUnknown::<Identity, OFFSET>,
            SetItem: SetItem::<Identity, OFFSET>,
            DeleteItem: DeleteItem::<Identity, OFFSET>,
            DeleteAllItems: DeleteAllItems::<Identity, OFFSET>,
            SetUINT32: SetUINT32::<Identity, OFFSET>,
            SetUINT64: SetUINT64::<Identity, OFFSET>,
            SetDouble: SetDouble::<Identity, OFFSET>,
            SetGUID: SetGUID::<Identity, OFFSET>,
            SetString: SetString::<Identity, OFFSET>,
            SetBlob: SetBlob::<Identity, OFFSET>,
            SetUnknown: SetUnknown::<Identity, OFFSET>,
            LockStore: LockStore::<Identity, OFFSET>,
            UnlockStore: UnlockStore::<Identity, OFFSET>,
            GetCount: GetCount::<Identity, OFFSET>,
            GetItemByIndex: GetItemByIndex::<Identity, OFFSET>,
            CopyAllItems: CopyAllItems::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFAttributes as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFAttributes {}
windows_core::imp::define_interface!(
    IMFAudioMediaType,
    IMFAudioMediaType_Vtbl,
    0x26a0adc3_ce26_4672_9304_69552edd3faf
);
impl core::ops::Deref for IMFAudioMediaType {
    type Target = IMFMediaType;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(
    IMFAudioMediaType,
    windows_core::IUnknown,
    IMFAttributes,
    IMFMediaType
);
impl IMFAudioMediaType {
    pub unsafe fn GetAudioFormat(&self) -> *const WAVEFORMATEX {
        unsafe {
            (windows_core::Interface::vtable(self).GetAudioFormat)(windows_core::Interface::as_raw(
                self,
            ))
        }
    }
}
#[repr(C)]
pub struct IMFAudioMediaType_Vtbl {
    pub base__: IMFMediaType_Vtbl,
    pub GetAudioFormat: unsafe extern "system" fn(*mut core::ffi::c_void) -> *const WAVEFORMATEX,
}
pub trait IMFAudioMediaType_Impl: IMFMediaType_Impl {
    fn GetAudioFormat(&self) -> *const WAVEFORMATEX;
}
impl IMFAudioMediaType_Vtbl {
    pub const fn new<Identity: IMFAudioMediaType_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetAudioFormat<
            Identity: IMFAudioMediaType_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
        ) -> *const WAVEFORMATEX {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFAudioMediaType::GetAudioFormat", || {
                    IMFAudioMediaType_Impl::GetAudioFormat(this)
                })
            }
        }
        Self {
            base__: IMFMediaType_Vtbl::new::<Identity, OFFSET>(),
            GetAudioFormat: GetAudioFormat::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFAudioMediaType as windows_core::Interface>::IID
            || iid == &<IMFAttributes as windows_core::Interface>::IID
            || iid == &<IMFMediaType as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFAudioMediaType {}
windows_core::imp::define_interface!(
    IMFByteStream,
    IMFByteStream_Vtbl,
    0xad4c1b00_4bf7_422f_9175_756693d9130d
);
windows_core::imp::interface_hierarchy!(IMFByteStream, windows_core::IUnknown);
impl IMFByteStream {
    pub unsafe fn GetCapabilities(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetCapabilities)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetLength(&self) -> windows_core::Result<u64> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetLength)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn SetLength(&self, qwlength: u64) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SetLength)(
                windows_core::Interface::as_raw(self),
                qwlength,
            )
        }
    }
    pub unsafe fn GetCurrentPosition(&self) -> windows_core::Result<u64> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetCurrentPosition)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn SetCurrentPosition(&self, qwposition: u64) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SetCurrentPosition)(
                windows_core::Interface::as_raw(self),
                qwposition,
            )
        }
    }
    pub unsafe fn IsEndOfStream(&self) -> windows_core::Result<windows_core::BOOL> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).IsEndOfStream)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn Read(&self, pb: *mut u8, cb: u32, pcbread: *mut u32) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Read)(
                windows_core::Interface::as_raw(self),
                pb as _,
                cb,
                pcbread as _,
            )
        }
    }
    pub unsafe fn BeginRead<P2, P3>(
        &self,
        pb: *mut u8,
        cb: u32,
        pcallback: P2,
        punkstate: P3,
    ) -> windows_core::HRESULT
    where
        P2: windows_core::Param<IMFAsyncCallback>,
        P3: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).BeginRead)(
                windows_core::Interface::as_raw(self),
                pb as _,
                cb,
                pcallback.param().abi(),
                punkstate.param().abi(),
            )
        }
    }
    pub unsafe fn EndRead<P0>(&self, presult: P0) -> windows_core::Result<u32>
    where
        P0: windows_core::Param<IMFAsyncResult>,
    {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).EndRead)(
                windows_core::Interface::as_raw(self),
                presult.param().abi(),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn Write(&self, pb: *const u8, cb: u32) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).Write)(
                windows_core::Interface::as_raw(self),
                pb,
                cb,
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn BeginWrite<P2, P3>(
        &self,
        pb: &[u8],
        pcallback: P2,
        punkstate: P3,
    ) -> windows_core::HRESULT
    where
        P2: windows_core::Param<IMFAsyncCallback>,
        P3: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).BeginWrite)(
                windows_core::Interface::as_raw(self),
                pb.as_ptr(),
                pb.len().try_into().unwrap(),
                pcallback.param().abi(),
                punkstate.param().abi(),
            )
        }
    }
    pub unsafe fn EndWrite<P0>(&self, presult: P0) -> windows_core::Result<u32>
    where
        P0: windows_core::Param<IMFAsyncResult>,
    {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).EndWrite)(
                windows_core::Interface::as_raw(self),
                presult.param().abi(),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn Seek(
        &self,
        seekorigin: MFBYTESTREAM_SEEK_ORIGIN,
        llseekoffset: i64,
        dwseekflags: u32,
    ) -> windows_core::Result<u64> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).Seek)(
                windows_core::Interface::as_raw(self),
                seekorigin,
                llseekoffset,
                dwseekflags,
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn Flush(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Flush)(windows_core::Interface::as_raw(self))
        }
    }
    pub unsafe fn Close(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Close)(windows_core::Interface::as_raw(self))
        }
    }
}
#[repr(C)]
pub struct IMFByteStream_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub GetCapabilities:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub GetLength:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u64) -> windows_core::HRESULT,
    pub SetLength: unsafe extern "system" fn(*mut core::ffi::c_void, u64) -> windows_core::HRESULT,
    pub GetCurrentPosition:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u64) -> windows_core::HRESULT,
    pub SetCurrentPosition:
        unsafe extern "system" fn(*mut core::ffi::c_void, u64) -> windows_core::HRESULT,
    pub IsEndOfStream: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut windows_core::BOOL,
    ) -> windows_core::HRESULT,
    pub Read: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut u8,
        u32,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub BeginRead: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut u8,
        u32,
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub EndRead: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub Write: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const u8,
        u32,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub BeginWrite: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const u8,
        u32,
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub EndWrite: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub Seek: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        MFBYTESTREAM_SEEK_ORIGIN,
        i64,
        u32,
        *mut u64,
    ) -> windows_core::HRESULT,
    pub Flush: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub Close: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
}
pub trait IMFByteStream_Impl: windows_core::IUnknownImpl {
    fn GetCapabilities(&self) -> windows_core::Result<u32>;
    fn GetLength(&self) -> windows_core::Result<u64>;
    fn SetLength(&self, qwlength: u64) -> windows_core::Result<()>;
    fn GetCurrentPosition(&self) -> windows_core::Result<u64>;
    fn SetCurrentPosition(&self, qwposition: u64) -> windows_core::Result<()>;
    fn IsEndOfStream(&self) -> windows_core::Result<windows_core::BOOL>;
    fn Read(&self, pb: *mut u8, cb: u32, pcbread: *mut u32) -> windows_core::Result<()>;
    fn BeginRead(
        &self,
        pb: *mut u8,
        cb: u32,
        pcallback: windows_core::Ref<IMFAsyncCallback>,
        punkstate: windows_core::Ref<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn EndRead(&self, presult: windows_core::Ref<IMFAsyncResult>) -> windows_core::Result<u32>;
    fn Write(&self, pb: *const u8, cb: u32) -> windows_core::Result<u32>;
    fn BeginWrite(
        &self,
        pb: *const u8,
        cb: u32,
        pcallback: windows_core::Ref<IMFAsyncCallback>,
        punkstate: windows_core::Ref<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn EndWrite(&self, presult: windows_core::Ref<IMFAsyncResult>) -> windows_core::Result<u32>;
    fn Seek(
        &self,
        seekorigin: MFBYTESTREAM_SEEK_ORIGIN,
        llseekoffset: i64,
        dwseekflags: u32,
    ) -> windows_core::Result<u64>;
    fn Flush(&self) -> windows_core::Result<()>;
    fn Close(&self) -> windows_core::Result<()>;
}
impl IMFByteStream_Vtbl {
    pub const fn new<Identity: IMFByteStream_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetCapabilities<
            Identity: IMFByteStream_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pdwcapabilities: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pdwcapabilities.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFByteStream::GetCapabilities", || {
                    IMFByteStream_Impl::GetCapabilities(this)
                }) {
                    Ok(ok__) => {
                        pdwcapabilities.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetLength<Identity: IMFByteStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pqwlength: *mut u64,
        ) -> windows_core::HRESULT {
            unsafe {
                if pqwlength.is_null() {
                    return windows_core::HRESULT(0x8007_0057_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFByteStream::GetLength", || {
                    IMFByteStream_Impl::GetLength(this)
                }) {
                    Ok(ok__) => {
                        pqwlength.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn SetLength<Identity: IMFByteStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            qwlength: u64,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFByteStream::SetLength", || {
                    IMFByteStream_Impl::SetLength(this, core::mem::transmute_copy(&qwlength))
                })
                .into()
            }
        }
        unsafe extern "system" fn GetCurrentPosition<
            Identity: IMFByteStream_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pqwposition: *mut u64,
        ) -> windows_core::HRESULT {
            unsafe {
                if pqwposition.is_null() {
                    return windows_core::HRESULT(0x8007_0057_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFByteStream::GetCurrentPosition", || {
                    IMFByteStream_Impl::GetCurrentPosition(this)
                }) {
                    Ok(ok__) => {
                        pqwposition.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn SetCurrentPosition<
            Identity: IMFByteStream_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            qwposition: u64,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFByteStream::SetCurrentPosition", || {
                    IMFByteStream_Impl::SetCurrentPosition(
                        this,
                        core::mem::transmute_copy(&qwposition),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn IsEndOfStream<
            Identity: IMFByteStream_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pfendofstream: *mut windows_core::BOOL,
        ) -> windows_core::HRESULT {
            unsafe {
                if pfendofstream.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFByteStream::IsEndOfStream", || {
                    IMFByteStream_Impl::IsEndOfStream(this)
                }) {
                    Ok(ok__) => {
                        pfendofstream.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn Read<Identity: IMFByteStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pb: *mut u8,
            cb: u32,
            pcbread: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFByteStream::Read", || {
                    IMFByteStream_Impl::Read(
                        this,
                        core::mem::transmute_copy(&pb),
                        core::mem::transmute_copy(&cb),
                        core::mem::transmute_copy(&pcbread),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn BeginRead<Identity: IMFByteStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pb: *mut u8,
            cb: u32,
            pcallback: *mut core::ffi::c_void,
            punkstate: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFByteStream::BeginRead", || {
                    IMFByteStream_Impl::BeginRead(
                        this,
                        core::mem::transmute_copy(&pb),
                        core::mem::transmute_copy(&cb),
                        core::mem::transmute_copy(&pcallback),
                        core::mem::transmute_copy(&punkstate),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn EndRead<Identity: IMFByteStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            presult: *mut core::ffi::c_void,
            pcbread: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pcbread.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFByteStream::EndRead", || {
                    IMFByteStream_Impl::EndRead(this, core::mem::transmute_copy(&presult))
                }) {
                    Ok(ok__) => {
                        pcbread.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn Write<Identity: IMFByteStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pb: *const u8,
            cb: u32,
            pcbwritten: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pcbwritten.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFByteStream::Write", || {
                    IMFByteStream_Impl::Write(
                        this,
                        core::mem::transmute_copy(&pb),
                        core::mem::transmute_copy(&cb),
                    )
                }) {
                    Ok(ok__) => {
                        pcbwritten.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn BeginWrite<Identity: IMFByteStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pb: *const u8,
            cb: u32,
            pcallback: *mut core::ffi::c_void,
            punkstate: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFByteStream::BeginWrite", || {
                    IMFByteStream_Impl::BeginWrite(
                        this,
                        core::mem::transmute_copy(&pb),
                        core::mem::transmute_copy(&cb),
                        core::mem::transmute_copy(&pcallback),
                        core::mem::transmute_copy(&punkstate),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn EndWrite<Identity: IMFByteStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            presult: *mut core::ffi::c_void,
            pcbwritten: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pcbwritten.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFByteStream::EndWrite", || {
                    IMFByteStream_Impl::EndWrite(this, core::mem::transmute_copy(&presult))
                }) {
                    Ok(ok__) => {
                        pcbwritten.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn Seek<Identity: IMFByteStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            seekorigin: MFBYTESTREAM_SEEK_ORIGIN,
            llseekoffset: i64,
            dwseekflags: u32,
            pqwcurrentposition: *mut u64,
        ) -> windows_core::HRESULT {
            unsafe {
                if pqwcurrentposition.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFByteStream::Seek", || {
                    IMFByteStream_Impl::Seek(
                        this,
                        core::mem::transmute_copy(&seekorigin),
                        core::mem::transmute_copy(&llseekoffset),
                        core::mem::transmute_copy(&dwseekflags),
                    )
                }) {
                    Ok(ok__) => {
                        pqwcurrentposition.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn Flush<Identity: IMFByteStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFByteStream::Flush", || IMFByteStream_Impl::Flush(this))
                    .into()
            }
        }
        unsafe extern "system" fn Close<Identity: IMFByteStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFByteStream::Close", || IMFByteStream_Impl::Close(this))
                    .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            GetCapabilities: GetCapabilities::<Identity, OFFSET>,
            GetLength: GetLength::<Identity, OFFSET>,
            SetLength: SetLength::<Identity, OFFSET>,
            GetCurrentPosition: GetCurrentPosition::<Identity, OFFSET>,
            SetCurrentPosition: SetCurrentPosition::<Identity, OFFSET>,
            IsEndOfStream: IsEndOfStream::<Identity, OFFSET>,
            Read: Read::<Identity, OFFSET>,
            BeginRead: BeginRead::<Identity, OFFSET>,
            EndRead: EndRead::<Identity, OFFSET>,
            Write: Write::<Identity, OFFSET>,
            BeginWrite: BeginWrite::<Identity, OFFSET>,
            EndWrite: EndWrite::<Identity, OFFSET>,
            Seek: Seek::<Identity, OFFSET>,
            Flush: Flush::<Identity, OFFSET>,
            Close: Close::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFByteStream as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFByteStream {}
windows_core::imp::define_interface!(
    IMFByteStreamHandler,
    IMFByteStreamHandler_Vtbl,
    0xbb420aa4_765b_4a1f_91fe_d6a8a143924c
);
windows_core::imp::interface_hierarchy!(IMFByteStreamHandler, windows_core::IUnknown);
impl IMFByteStreamHandler {
    pub unsafe fn BeginCreateObject<P0, P1, P3, P5, P6>(
        &self,
        pbytestream: P0,
        pwszurl: P1,
        dwflags: u32,
        pprops: P3,
        ppiunknowncancelcookie: *mut Option<windows_core::IUnknown>,
        pcallback: P5,
        punkstate: P6,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFByteStream>,
        P1: windows_core::Param<windows_core::PCWSTR>,
        P3: windows_core::Param<IPropertyStore>,
        P5: windows_core::Param<IMFAsyncCallback>,
        P6: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).BeginCreateObject)(
                windows_core::Interface::as_raw(self),
                pbytestream.param().abi(),
                pwszurl.param().abi(),
                dwflags,
                pprops.param().abi(),
                core::mem::transmute(ppiunknowncancelcookie),
                pcallback.param().abi(),
                punkstate.param().abi(),
            )
        }
    }
    pub unsafe fn EndCreateObject<P0>(
        &self,
        presult: P0,
        pobjecttype: *mut MF_OBJECT_TYPE,
        ppobject: *mut Option<windows_core::IUnknown>,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFAsyncResult>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).EndCreateObject)(
                windows_core::Interface::as_raw(self),
                presult.param().abi(),
                pobjecttype as _,
                core::mem::transmute(ppobject),
            )
        }
    }
    pub unsafe fn CancelObjectCreation<P0>(
        &self,
        piunknowncancelcookie: P0,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).CancelObjectCreation)(
                windows_core::Interface::as_raw(self),
                piunknowncancelcookie.param().abi(),
            )
        }
    }
    pub unsafe fn GetMaxNumberOfBytesRequiredForResolution(&self) -> windows_core::Result<u64> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetMaxNumberOfBytesRequiredForResolution)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
}
#[repr(C)]
pub struct IMFByteStreamHandler_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub BeginCreateObject: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        windows_core::PCWSTR,
        u32,
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub EndCreateObject: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut MF_OBJECT_TYPE,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub CancelObjectCreation: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetMaxNumberOfBytesRequiredForResolution:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u64) -> windows_core::HRESULT,
}
pub trait IMFByteStreamHandler_Impl: windows_core::IUnknownImpl {
    fn BeginCreateObject(
        &self,
        pbytestream: windows_core::Ref<IMFByteStream>,
        pwszurl: &windows_core::PCWSTR,
        dwflags: u32,
        pprops: windows_core::Ref<IPropertyStore>,
        ppiunknowncancelcookie: windows_core::OutRef<windows_core::IUnknown>,
        pcallback: windows_core::Ref<IMFAsyncCallback>,
        punkstate: windows_core::Ref<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn EndCreateObject(
        &self,
        presult: windows_core::Ref<IMFAsyncResult>,
        pobjecttype: *mut MF_OBJECT_TYPE,
        ppobject: windows_core::OutRef<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn CancelObjectCreation(
        &self,
        piunknowncancelcookie: windows_core::Ref<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn GetMaxNumberOfBytesRequiredForResolution(&self) -> windows_core::Result<u64>;
}
impl IMFByteStreamHandler_Vtbl {
    pub const fn new<Identity: IMFByteStreamHandler_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn BeginCreateObject<
            Identity: IMFByteStreamHandler_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pbytestream: *mut core::ffi::c_void,
            pwszurl: windows_core::PCWSTR,
            dwflags: u32,
            pprops: *mut core::ffi::c_void,
            ppiunknowncancelcookie: *mut *mut core::ffi::c_void,
            pcallback: *mut core::ffi::c_void,
            punkstate: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFByteStreamHandler::BeginCreateObject", || {
                    IMFByteStreamHandler_Impl::BeginCreateObject(
                        this,
                        core::mem::transmute_copy(&pbytestream),
                        core::mem::transmute(&pwszurl),
                        core::mem::transmute_copy(&dwflags),
                        core::mem::transmute_copy(&pprops),
                        core::mem::transmute_copy(&ppiunknowncancelcookie),
                        core::mem::transmute_copy(&pcallback),
                        core::mem::transmute_copy(&punkstate),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn EndCreateObject<
            Identity: IMFByteStreamHandler_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            presult: *mut core::ffi::c_void,
            pobjecttype: *mut MF_OBJECT_TYPE,
            ppobject: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFByteStreamHandler::EndCreateObject", || {
                    IMFByteStreamHandler_Impl::EndCreateObject(
                        this,
                        core::mem::transmute_copy(&presult),
                        core::mem::transmute_copy(&pobjecttype),
                        core::mem::transmute_copy(&ppobject),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn CancelObjectCreation<
            Identity: IMFByteStreamHandler_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            piunknowncancelcookie: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFByteStreamHandler::CancelObjectCreation", || {
                    IMFByteStreamHandler_Impl::CancelObjectCreation(
                        this,
                        core::mem::transmute_copy(&piunknowncancelcookie),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetMaxNumberOfBytesRequiredForResolution<
            Identity: IMFByteStreamHandler_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pqwbytes: *mut u64,
        ) -> windows_core::HRESULT {
            unsafe {
                if pqwbytes.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier(
                    "IMFByteStreamHandler::GetMaxNumberOfBytesRequiredForResolution",
                    || IMFByteStreamHandler_Impl::GetMaxNumberOfBytesRequiredForResolution(this),
                ) {
                    Ok(ok__) => {
                        pqwbytes.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            BeginCreateObject: BeginCreateObject::<Identity, OFFSET>,
            EndCreateObject: EndCreateObject::<Identity, OFFSET>,
            CancelObjectCreation: CancelObjectCreation::<Identity, OFFSET>,
            GetMaxNumberOfBytesRequiredForResolution: GetMaxNumberOfBytesRequiredForResolution::<
                Identity,
                OFFSET,
            >,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFByteStreamHandler as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFByteStreamHandler {}
windows_core::imp::define_interface!(
    IMFClock,
    IMFClock_Vtbl,
    0x2eb1e945_18b8_4139_9b1a_d5d584818530
);
windows_core::imp::interface_hierarchy!(IMFClock, windows_core::IUnknown);
impl IMFClock {
    pub unsafe fn GetClockCharacteristics(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetClockCharacteristics)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetCorrelatedTime(
        &self,
        dwreserved: u32,
        pllclocktime: *mut i64,
        phnssystemtime: *mut MFTIME,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetCorrelatedTime)(
                windows_core::Interface::as_raw(self),
                dwreserved,
                pllclocktime as _,
                phnssystemtime as _,
            )
        }
    }
    pub unsafe fn GetContinuityKey(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetContinuityKey)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetState(&self, dwreserved: u32) -> windows_core::Result<MFCLOCK_STATE> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetState)(
                windows_core::Interface::as_raw(self),
                dwreserved,
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetProperties(
        &self,
        pclockproperties: *mut MFCLOCK_PROPERTIES,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetProperties)(
                windows_core::Interface::as_raw(self),
                pclockproperties as _,
            )
        }
    }
}
#[repr(C)]
pub struct IMFClock_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub GetClockCharacteristics:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub GetCorrelatedTime: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut i64,
        *mut MFTIME,
    ) -> windows_core::HRESULT,
    pub GetContinuityKey:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub GetState: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut MFCLOCK_STATE,
    ) -> windows_core::HRESULT,
    pub GetProperties: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut MFCLOCK_PROPERTIES,
    ) -> windows_core::HRESULT,
}
pub trait IMFClock_Impl: windows_core::IUnknownImpl {
    fn GetClockCharacteristics(&self, pdwcharacteristics: *mut u32) -> windows_core::HRESULT;
    fn GetCorrelatedTime(
        &self,
        dwreserved: u32,
        pllclocktime: *mut i64,
        phnssystemtime: *mut MFTIME,
    ) -> windows_core::Result<()>;
    fn GetContinuityKey(&self) -> windows_core::Result<u32>;
    fn GetState(&self, dwreserved: u32) -> windows_core::Result<MFCLOCK_STATE>;
    fn GetProperties(&self, pclockproperties: *mut MFCLOCK_PROPERTIES) -> windows_core::Result<()>;
}
impl IMFClock_Vtbl {
    pub const fn new<Identity: IMFClock_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetClockCharacteristics<
            Identity: IMFClock_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pdwcharacteristics: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFClock::GetClockCharacteristics", || {
                    IMFClock_Impl::GetClockCharacteristics(this, pdwcharacteristics)
                })
            }
        }
        unsafe extern "system" fn GetCorrelatedTime<
            Identity: IMFClock_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwreserved: u32,
            pllclocktime: *mut i64,
            phnssystemtime: *mut MFTIME,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFClock::GetCorrelatedTime", || {
                    IMFClock_Impl::GetCorrelatedTime(
                        this,
                        core::mem::transmute_copy(&dwreserved),
                        core::mem::transmute_copy(&pllclocktime),
                        core::mem::transmute_copy(&phnssystemtime),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetContinuityKey<Identity: IMFClock_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pdwcontinuitykey: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pdwcontinuitykey.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFClock::GetContinuityKey", || {
                    IMFClock_Impl::GetContinuityKey(this)
                }) {
                    Ok(ok__) => {
                        pdwcontinuitykey.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetState<Identity: IMFClock_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            dwreserved: u32,
            peclockstate: *mut MFCLOCK_STATE,
        ) -> windows_core::HRESULT {
            unsafe {
                if peclockstate.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFClock::GetState", || {
                    IMFClock_Impl::GetState(this, core::mem::transmute_copy(&dwreserved))
                }) {
                    Ok(ok__) => {
                        peclockstate.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetProperties<Identity: IMFClock_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pclockproperties: *mut MFCLOCK_PROPERTIES,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFClock::GetProperties", || {
                    IMFClock_Impl::GetProperties(this, core::mem::transmute_copy(&pclockproperties))
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            GetClockCharacteristics: GetClockCharacteristics::<Identity, OFFSET>,
            GetCorrelatedTime: GetCorrelatedTime::<Identity, OFFSET>,
            GetContinuityKey: GetContinuityKey::<Identity, OFFSET>,
            GetState: GetState::<Identity, OFFSET>,
            GetProperties: GetProperties::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFClock as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFClock {}
windows_core::imp::define_interface!(
    IMFClockStateSink,
    IMFClockStateSink_Vtbl,
    0xf6696e82_74f7_4f3d_a178_8a5e09c3659f
);
windows_core::imp::interface_hierarchy!(IMFClockStateSink, windows_core::IUnknown);
impl IMFClockStateSink {
    pub unsafe fn OnClockStart(
        &self,
        hnssystemtime: MFTIME,
        llclockstartoffset: i64,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).OnClockStart)(
                windows_core::Interface::as_raw(self),
                hnssystemtime,
                llclockstartoffset,
            )
        }
    }
    pub unsafe fn OnClockStop(&self, hnssystemtime: MFTIME) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).OnClockStop)(
                windows_core::Interface::as_raw(self),
                hnssystemtime,
            )
        }
    }
    pub unsafe fn OnClockPause(&self, hnssystemtime: MFTIME) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).OnClockPause)(
                windows_core::Interface::as_raw(self),
                hnssystemtime,
            )
        }
    }
    pub unsafe fn OnClockRestart(&self, hnssystemtime: MFTIME) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).OnClockRestart)(
                windows_core::Interface::as_raw(self),
                hnssystemtime,
            )
        }
    }
    pub unsafe fn OnClockSetRate(
        &self,
        hnssystemtime: MFTIME,
        flrate: f32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).OnClockSetRate)(
                windows_core::Interface::as_raw(self),
                hnssystemtime,
                flrate,
            )
        }
    }
}
#[repr(C)]
pub struct IMFClockStateSink_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub OnClockStart:
        unsafe extern "system" fn(*mut core::ffi::c_void, MFTIME, i64) -> windows_core::HRESULT,
    pub OnClockStop:
        unsafe extern "system" fn(*mut core::ffi::c_void, MFTIME) -> windows_core::HRESULT,
    pub OnClockPause:
        unsafe extern "system" fn(*mut core::ffi::c_void, MFTIME) -> windows_core::HRESULT,
    pub OnClockRestart:
        unsafe extern "system" fn(*mut core::ffi::c_void, MFTIME) -> windows_core::HRESULT,
    pub OnClockSetRate:
        unsafe extern "system" fn(*mut core::ffi::c_void, MFTIME, f32) -> windows_core::HRESULT,
}
pub trait IMFClockStateSink_Impl: windows_core::IUnknownImpl {
    fn OnClockStart(
        &self,
        hnssystemtime: MFTIME,
        llclockstartoffset: i64,
    ) -> windows_core::Result<()>;
    fn OnClockStop(&self, hnssystemtime: MFTIME) -> windows_core::Result<()>;
    fn OnClockPause(&self, hnssystemtime: MFTIME) -> windows_core::Result<()>;
    fn OnClockRestart(&self, hnssystemtime: MFTIME) -> windows_core::Result<()>;
    fn OnClockSetRate(&self, hnssystemtime: MFTIME, flrate: f32) -> windows_core::Result<()>;
}
impl IMFClockStateSink_Vtbl {
    pub const fn new<Identity: IMFClockStateSink_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn OnClockStart<
            Identity: IMFClockStateSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            hnssystemtime: MFTIME,
            llclockstartoffset: i64,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFClockStateSink::OnClockStart", || {
                    IMFClockStateSink_Impl::OnClockStart(
                        this,
                        core::mem::transmute_copy(&hnssystemtime),
                        core::mem::transmute_copy(&llclockstartoffset),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn OnClockStop<
            Identity: IMFClockStateSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            hnssystemtime: MFTIME,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFClockStateSink::OnClockStop", || {
                    IMFClockStateSink_Impl::OnClockStop(
                        this,
                        core::mem::transmute_copy(&hnssystemtime),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn OnClockPause<
            Identity: IMFClockStateSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            hnssystemtime: MFTIME,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFClockStateSink::OnClockPause", || {
                    IMFClockStateSink_Impl::OnClockPause(
                        this,
                        core::mem::transmute_copy(&hnssystemtime),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn OnClockRestart<
            Identity: IMFClockStateSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            hnssystemtime: MFTIME,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFClockStateSink::OnClockRestart", || {
                    IMFClockStateSink_Impl::OnClockRestart(
                        this,
                        core::mem::transmute_copy(&hnssystemtime),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn OnClockSetRate<
            Identity: IMFClockStateSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            hnssystemtime: MFTIME,
            flrate: f32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFClockStateSink::OnClockSetRate", || {
                    IMFClockStateSink_Impl::OnClockSetRate(
                        this,
                        core::mem::transmute_copy(&hnssystemtime),
                        core::mem::transmute_copy(&flrate),
                    )
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            OnClockStart: OnClockStart::<Identity, OFFSET>,
            OnClockStop: OnClockStop::<Identity, OFFSET>,
            OnClockPause: OnClockPause::<Identity, OFFSET>,
            OnClockRestart: OnClockRestart::<Identity, OFFSET>,
            OnClockSetRate: OnClockSetRate::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFClockStateSink as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFClockStateSink {}
windows_core::imp::define_interface!(
    IMFCollection,
    IMFCollection_Vtbl,
    0x5bc8a76b_869a_46a3_9b03_fa218a66aebe
);
windows_core::imp::interface_hierarchy!(IMFCollection, windows_core::IUnknown);
impl IMFCollection {
    pub unsafe fn GetElementCount(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetElementCount)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetElement(
        &self,
        dwelementindex: u32,
    ) -> windows_core::Result<windows_core::IUnknown> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetElement)(
                windows_core::Interface::as_raw(self),
                dwelementindex,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn AddElement<P0>(&self, punkelement: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).AddElement)(
                windows_core::Interface::as_raw(self),
                punkelement.param().abi(),
            )
        }
    }
    pub unsafe fn RemoveElement(
        &self,
        dwelementindex: u32,
    ) -> windows_core::Result<windows_core::IUnknown> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).RemoveElement)(
                windows_core::Interface::as_raw(self),
                dwelementindex,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn InsertElementAt<P1>(&self, dwindex: u32, punknown: P1) -> windows_core::HRESULT
    where
        P1: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).InsertElementAt)(
                windows_core::Interface::as_raw(self),
                dwindex,
                punknown.param().abi(),
            )
        }
    }
    pub unsafe fn RemoveAllElements(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).RemoveAllElements)(
                windows_core::Interface::as_raw(self),
            )
        }
    }
}
#[repr(C)]
pub struct IMFCollection_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub GetElementCount:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub GetElement: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub AddElement: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub RemoveElement: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub InsertElementAt: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub RemoveAllElements:
        unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
}
pub trait IMFCollection_Impl: windows_core::IUnknownImpl {
    fn GetElementCount(&self) -> windows_core::Result<u32>;
    fn GetElement(
        &self,
        dwelementindex: u32,
        ppunkelement: *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT;
    fn AddElement(
        &self,
        punkelement: windows_core::Ref<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn RemoveElement(
        &self,
        dwelementindex: u32,
        ppunkelement: *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT;
    fn InsertElementAt(
        &self,
        dwindex: u32,
        punknown: windows_core::Ref<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn RemoveAllElements(&self) -> windows_core::Result<()>;
}
impl IMFCollection_Vtbl {
    pub const fn new<Identity: IMFCollection_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetElementCount<
            Identity: IMFCollection_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pcelements: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pcelements.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFCollection::GetElementCount", || {
                    IMFCollection_Impl::GetElementCount(this)
                }) {
                    Ok(ok__) => {
                        pcelements.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetElement<Identity: IMFCollection_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            dwelementindex: u32,
            ppunkelement: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFCollection::GetElement", || {
                    IMFCollection_Impl::GetElement(
                        this,
                        core::mem::transmute_copy(&dwelementindex),
                        ppunkelement,
                    )
                })
            }
        }
        unsafe extern "system" fn AddElement<Identity: IMFCollection_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            punkelement: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFCollection::AddElement", || {
                    IMFCollection_Impl::AddElement(this, core::mem::transmute_copy(&punkelement))
                })
                .into()
            }
        }
        unsafe extern "system" fn RemoveElement<
            Identity: IMFCollection_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwelementindex: u32,
            ppunkelement: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFCollection::RemoveElement", || {
                    IMFCollection_Impl::RemoveElement(
                        this,
                        core::mem::transmute_copy(&dwelementindex),
                        ppunkelement,
                    )
                })
            }
        }
        unsafe extern "system" fn InsertElementAt<
            Identity: IMFCollection_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwindex: u32,
            punknown: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFCollection::InsertElementAt", || {
                    IMFCollection_Impl::InsertElementAt(
                        this,
                        core::mem::transmute_copy(&dwindex),
                        core::mem::transmute_copy(&punknown),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn RemoveAllElements<
            Identity: IMFCollection_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFCollection::RemoveAllElements", || {
                    IMFCollection_Impl::RemoveAllElements(this)
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            GetElementCount: GetElementCount::<Identity, OFFSET>,
            GetElement: GetElement::<Identity, OFFSET>,
            AddElement: AddElement::<Identity, OFFSET>,
            RemoveElement: RemoveElement::<Identity, OFFSET>,
            InsertElementAt: InsertElementAt::<Identity, OFFSET>,
            RemoveAllElements: RemoveAllElements::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFCollection as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFCollection {}
windows_core::imp::define_interface!(
    IMFFinalizableMediaSink,
    IMFFinalizableMediaSink_Vtbl,
    0xeaecb74a_9a50_42ce_9541_6a7f57aa4ad7
);
impl core::ops::Deref for IMFFinalizableMediaSink {
    type Target = IMFMediaSink;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(
    IMFFinalizableMediaSink,
    windows_core::IUnknown,
    IMFMediaSink
);
impl IMFFinalizableMediaSink {
    pub unsafe fn BeginFinalize<P0, P1>(
        &self,
        pcallback: P0,
        punkstate: P1,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFAsyncCallback>,
        P1: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).BeginFinalize)(
                windows_core::Interface::as_raw(self),
                pcallback.param().abi(),
                punkstate.param().abi(),
            )
        }
    }
    pub unsafe fn EndFinalize<P0>(&self, presult: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFAsyncResult>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).EndFinalize)(
                windows_core::Interface::as_raw(self),
                presult.param().abi(),
            )
        }
    }
}
#[repr(C)]
pub struct IMFFinalizableMediaSink_Vtbl {
    pub base__: IMFMediaSink_Vtbl,
    pub BeginFinalize: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub EndFinalize: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IMFFinalizableMediaSink_Impl: IMFMediaSink_Impl {
    fn BeginFinalize(
        &self,
        pcallback: windows_core::Ref<IMFAsyncCallback>,
        punkstate: windows_core::Ref<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn EndFinalize(&self, presult: windows_core::Ref<IMFAsyncResult>) -> windows_core::Result<()>;
}
impl IMFFinalizableMediaSink_Vtbl {
    pub const fn new<Identity: IMFFinalizableMediaSink_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn BeginFinalize<
            Identity: IMFFinalizableMediaSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pcallback: *mut core::ffi::c_void,
            punkstate: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFFinalizableMediaSink::BeginFinalize", || {
                    IMFFinalizableMediaSink_Impl::BeginFinalize(
                        this,
                        core::mem::transmute_copy(&pcallback),
                        core::mem::transmute_copy(&punkstate),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn EndFinalize<
            Identity: IMFFinalizableMediaSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            presult: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFFinalizableMediaSink::EndFinalize", || {
                    IMFFinalizableMediaSink_Impl::EndFinalize(
                        this,
                        core::mem::transmute_copy(&presult),
                    )
                })
                .into()
            }
        }
        Self {
            base__: IMFMediaSink_Vtbl::new::<Identity, OFFSET>(),
            BeginFinalize: BeginFinalize::<Identity, OFFSET>,
            EndFinalize: EndFinalize::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFFinalizableMediaSink as windows_core::Interface>::IID
            || iid == &<IMFMediaSink as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFFinalizableMediaSink {}
windows_core::imp::define_interface!(
    IMFGetService,
    IMFGetService_Vtbl,
    0xfa993888_4383_415a_a930_dd472a8cf6f7
);
windows_core::imp::interface_hierarchy!(IMFGetService, windows_core::IUnknown);
impl IMFGetService {
    pub unsafe fn GetService<T>(
        &self,
        guidservice: *const windows_core::GUID,
    ) -> windows_core::Result<T>
    where
        T: windows_core::Interface,
    {
        let mut result__ = core::ptr::null_mut();
        unsafe {
            (windows_core::Interface::vtable(self).GetService)(
                windows_core::Interface::as_raw(self),
                guidservice,
                &T::IID,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
}
#[repr(C)]
pub struct IMFGetService_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub GetService: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *const windows_core::GUID,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IMFGetService_Impl: windows_core::IUnknownImpl {
    fn GetService(
        &self,
        guidservice: *const windows_core::GUID,
        riid: *const windows_core::GUID,
        ppvobject: *mut *mut core::ffi::c_void,
    ) -> windows_core::Result<()>;
}
impl IMFGetService_Vtbl {
    pub const fn new<Identity: IMFGetService_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetService<Identity: IMFGetService_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            guidservice: *const windows_core::GUID,
            riid: *const windows_core::GUID,
            ppvobject: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFGetService::GetService", || {
                    IMFGetService_Impl::GetService(
                        this,
                        core::mem::transmute_copy(&guidservice),
                        core::mem::transmute_copy(&riid),
                        core::mem::transmute_copy(&ppvobject),
                    )
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            GetService: GetService::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFGetService as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFGetService {}
windows_core::imp::define_interface!(
    IMFMediaBuffer,
    IMFMediaBuffer_Vtbl,
    0x045fa593_8799_42b8_bc8d_8968c6453507
);
windows_core::imp::interface_hierarchy!(IMFMediaBuffer, windows_core::IUnknown);
impl IMFMediaBuffer {
    pub unsafe fn Lock(
        &self,
        ppbbuffer: *mut *mut u8,
        pcbmaxlength: Option<*mut u32>,
        pcbcurrentlength: Option<*mut u32>,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Lock)(
                windows_core::Interface::as_raw(self),
                ppbbuffer as _,
                pcbmaxlength.unwrap_or(core::mem::zeroed()) as _,
                pcbcurrentlength.unwrap_or(core::mem::zeroed()) as _,
            )
        }
    }
    pub unsafe fn Unlock(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Unlock)(windows_core::Interface::as_raw(self))
        }
    }
    pub unsafe fn GetCurrentLength(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetCurrentLength)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn SetCurrentLength(&self, cbcurrentlength: u32) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SetCurrentLength)(
                windows_core::Interface::as_raw(self),
                cbcurrentlength,
            )
        }
    }
    pub unsafe fn GetMaxLength(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetMaxLength)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
}
#[repr(C)]
pub struct IMFMediaBuffer_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub Lock: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut u8,
        *mut u32,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub Unlock: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub GetCurrentLength:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub SetCurrentLength:
        unsafe extern "system" fn(*mut core::ffi::c_void, u32) -> windows_core::HRESULT,
    pub GetMaxLength:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
}
pub trait IMFMediaBuffer_Impl: windows_core::IUnknownImpl {
    fn Lock(
        &self,
        ppbbuffer: *mut *mut u8,
        pcbmaxlength: *mut u32,
        pcbcurrentlength: *mut u32,
    ) -> windows_core::Result<()>;
    fn Unlock(&self) -> windows_core::Result<()>;
    fn GetCurrentLength(&self) -> windows_core::Result<u32>;
    fn SetCurrentLength(&self, cbcurrentlength: u32) -> windows_core::Result<()>;
    fn GetMaxLength(&self) -> windows_core::Result<u32>;
}
impl IMFMediaBuffer_Vtbl {
    pub const fn new<Identity: IMFMediaBuffer_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn Lock<Identity: IMFMediaBuffer_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            ppbbuffer: *mut *mut u8,
            pcbmaxlength: *mut u32,
            pcbcurrentlength: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaBuffer::Lock", || {
                    IMFMediaBuffer_Impl::Lock(
                        this,
                        core::mem::transmute_copy(&ppbbuffer),
                        core::mem::transmute_copy(&pcbmaxlength),
                        core::mem::transmute_copy(&pcbcurrentlength),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn Unlock<Identity: IMFMediaBuffer_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaBuffer::Unlock", || {
                    IMFMediaBuffer_Impl::Unlock(this)
                })
                .into()
            }
        }
        unsafe extern "system" fn GetCurrentLength<
            Identity: IMFMediaBuffer_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pcbcurrentlength: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pcbcurrentlength.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaBuffer::GetCurrentLength", || {
                    IMFMediaBuffer_Impl::GetCurrentLength(this)
                }) {
                    Ok(ok__) => {
                        pcbcurrentlength.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn SetCurrentLength<
            Identity: IMFMediaBuffer_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            cbcurrentlength: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaBuffer::SetCurrentLength", || {
                    IMFMediaBuffer_Impl::SetCurrentLength(
                        this,
                        core::mem::transmute_copy(&cbcurrentlength),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetMaxLength<
            Identity: IMFMediaBuffer_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pcbmaxlength: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pcbmaxlength.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaBuffer::GetMaxLength", || {
                    IMFMediaBuffer_Impl::GetMaxLength(this)
                }) {
                    Ok(ok__) => {
                        pcbmaxlength.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            Lock: Lock::<Identity, OFFSET>,
            Unlock: Unlock::<Identity, OFFSET>,
            GetCurrentLength: GetCurrentLength::<Identity, OFFSET>,
            SetCurrentLength: SetCurrentLength::<Identity, OFFSET>,
            GetMaxLength: GetMaxLength::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFMediaBuffer as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFMediaBuffer {}
windows_core::imp::define_interface!(
    IMFMediaEvent,
    IMFMediaEvent_Vtbl,
    0xdf598932_f10c_4e39_bba2_c308f101daa3
);
impl core::ops::Deref for IMFMediaEvent {
    type Target = IMFAttributes;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(IMFMediaEvent, windows_core::IUnknown, IMFAttributes);
impl IMFMediaEvent {
    pub unsafe fn GetType(&self) -> windows_core::Result<MediaEventType> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetType)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetExtendedType(&self) -> windows_core::Result<windows_core::GUID> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetExtendedType)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetStatus(&self) -> windows_core::Result<windows_core::HRESULT> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetStatus)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetValue(&self) -> windows_core::Result<PROPVARIANT> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetValue)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| core::mem::transmute(result__))
        }
    }
}
#[repr(C)]
pub struct IMFMediaEvent_Vtbl {
    pub base__: IMFAttributes_Vtbl,
    pub GetType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut MediaEventType,
    ) -> windows_core::HRESULT,
    pub GetExtendedType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut windows_core::GUID,
    ) -> windows_core::HRESULT,
    pub GetStatus: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut windows_core::HRESULT,
    ) -> windows_core::HRESULT,
    pub GetValue: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut PROPVARIANT,
    ) -> windows_core::HRESULT,
}
pub trait IMFMediaEvent_Impl: IMFAttributes_Impl {
    fn GetType(&self) -> windows_core::Result<MediaEventType>;
    fn GetExtendedType(&self) -> windows_core::Result<windows_core::GUID>;
    fn GetStatus(&self) -> windows_core::Result<windows_core::HRESULT>;
    fn GetValue(&self) -> windows_core::Result<PROPVARIANT>;
}
impl IMFMediaEvent_Vtbl {
    pub const fn new<Identity: IMFMediaEvent_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetType<Identity: IMFMediaEvent_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pmet: *mut MediaEventType,
        ) -> windows_core::HRESULT {
            unsafe {
                if pmet.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaEvent::GetType", || {
                    IMFMediaEvent_Impl::GetType(this)
                }) {
                    Ok(ok__) => {
                        pmet.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetExtendedType<
            Identity: IMFMediaEvent_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pguidextendedtype: *mut windows_core::GUID,
        ) -> windows_core::HRESULT {
            unsafe {
                if pguidextendedtype.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaEvent::GetExtendedType", || {
                    IMFMediaEvent_Impl::GetExtendedType(this)
                }) {
                    Ok(ok__) => {
                        pguidextendedtype.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetStatus<Identity: IMFMediaEvent_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            phrstatus: *mut windows_core::HRESULT,
        ) -> windows_core::HRESULT {
            unsafe {
                if phrstatus.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaEvent::GetStatus", || {
                    IMFMediaEvent_Impl::GetStatus(this)
                }) {
                    Ok(ok__) => {
                        phrstatus.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetValue<Identity: IMFMediaEvent_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pvvalue: *mut PROPVARIANT,
        ) -> windows_core::HRESULT {
            unsafe {
                if pvvalue.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaEvent::GetValue", || {
                    IMFMediaEvent_Impl::GetValue(this)
                }) {
                    Ok(ok__) => {
                        pvvalue.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        Self {
            base__: IMFAttributes_Vtbl::new::<Identity, OFFSET>(),
            GetType: GetType::<Identity, OFFSET>,
            GetExtendedType: GetExtendedType::<Identity, OFFSET>,
            GetStatus: GetStatus::<Identity, OFFSET>,
            GetValue: GetValue::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFMediaEvent as windows_core::Interface>::IID
            || iid == &<IMFAttributes as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFMediaEvent {}
windows_core::imp::define_interface!(
    IMFMediaEventGenerator,
    IMFMediaEventGenerator_Vtbl,
    0x2cd0bd52_bcd5_4b89_b62c_eadc0c031e7d
);
windows_core::imp::interface_hierarchy!(IMFMediaEventGenerator, windows_core::IUnknown);
impl IMFMediaEventGenerator {
    pub unsafe fn GetEvent(&self, dwflags: u32) -> windows_core::Result<IMFMediaEvent> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetEvent)(
                windows_core::Interface::as_raw(self),
                dwflags,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn BeginGetEvent<P0, P1>(
        &self,
        pcallback: P0,
        punkstate: P1,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFAsyncCallback>,
        P1: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).BeginGetEvent)(
                windows_core::Interface::as_raw(self),
                pcallback.param().abi(),
                punkstate.param().abi(),
            )
        }
    }
    pub unsafe fn EndGetEvent<P0>(&self, presult: P0) -> windows_core::Result<IMFMediaEvent>
    where
        P0: windows_core::Param<IMFAsyncResult>,
    {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).EndGetEvent)(
                windows_core::Interface::as_raw(self),
                presult.param().abi(),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn QueueEvent(
        &self,
        met: MediaEventType,
        guidextendedtype: *const windows_core::GUID,
        hrstatus: windows_core::HRESULT,
        pvvalue: *const PROPVARIANT,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).QueueEvent)(
                windows_core::Interface::as_raw(self),
                met,
                guidextendedtype,
                hrstatus,
                pvvalue,
            )
        }
    }
}
#[repr(C)]
pub struct IMFMediaEventGenerator_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub GetEvent: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub BeginGetEvent: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub EndGetEvent: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub QueueEvent: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        MediaEventType,
        *const windows_core::GUID,
        windows_core::HRESULT,
        *const PROPVARIANT,
    ) -> windows_core::HRESULT,
}
pub trait IMFMediaEventGenerator_Impl: windows_core::IUnknownImpl {
    fn GetEvent(&self, dwflags: u32) -> windows_core::Result<IMFMediaEvent>;
    fn BeginGetEvent(
        &self,
        pcallback: windows_core::Ref<IMFAsyncCallback>,
        punkstate: windows_core::Ref<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn EndGetEvent(
        &self,
        presult: windows_core::Ref<IMFAsyncResult>,
    ) -> windows_core::Result<IMFMediaEvent>;
    fn QueueEvent(
        &self,
        met: MediaEventType,
        guidextendedtype: *const windows_core::GUID,
        hrstatus: windows_core::HRESULT,
        pvvalue: *const PROPVARIANT,
    ) -> windows_core::Result<()>;
}
impl IMFMediaEventGenerator_Vtbl {
    pub const fn new<Identity: IMFMediaEventGenerator_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetEvent<
            Identity: IMFMediaEventGenerator_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwflags: u32,
            ppevent: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppevent.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaEventGenerator::GetEvent", || {
                    IMFMediaEventGenerator_Impl::GetEvent(this, core::mem::transmute_copy(&dwflags))
                }) {
                    Ok(ok__) => {
                        ppevent.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn BeginGetEvent<
            Identity: IMFMediaEventGenerator_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pcallback: *mut core::ffi::c_void,
            punkstate: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaEventGenerator::BeginGetEvent", || {
                    IMFMediaEventGenerator_Impl::BeginGetEvent(
                        this,
                        core::mem::transmute_copy(&pcallback),
                        core::mem::transmute_copy(&punkstate),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn EndGetEvent<
            Identity: IMFMediaEventGenerator_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            presult: *mut core::ffi::c_void,
            ppevent: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppevent.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaEventGenerator::EndGetEvent", || {
                    IMFMediaEventGenerator_Impl::EndGetEvent(
                        this,
                        core::mem::transmute_copy(&presult),
                    )
                }) {
                    Ok(ok__) => {
                        ppevent.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn QueueEvent<
            Identity: IMFMediaEventGenerator_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            met: MediaEventType,
            guidextendedtype: *const windows_core::GUID,
            hrstatus: windows_core::HRESULT,
            pvvalue: *const PROPVARIANT,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaEventGenerator::QueueEvent", || {
                    IMFMediaEventGenerator_Impl::QueueEvent(
                        this,
                        core::mem::transmute_copy(&met),
                        core::mem::transmute_copy(&guidextendedtype),
                        core::mem::transmute_copy(&hrstatus),
                        core::mem::transmute_copy(&pvvalue),
                    )
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            GetEvent: GetEvent::<Identity, OFFSET>,
            BeginGetEvent: BeginGetEvent::<Identity, OFFSET>,
            EndGetEvent: EndGetEvent::<Identity, OFFSET>,
            QueueEvent: QueueEvent::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFMediaEventGenerator as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFMediaEventGenerator {}
windows_core::imp::define_interface!(
    IMFMediaEventQueue,
    IMFMediaEventQueue_Vtbl,
    0x36f846fc_2256_48b6_b58e_e2b638316581
);
windows_core::imp::interface_hierarchy!(IMFMediaEventQueue, windows_core::IUnknown);
impl IMFMediaEventQueue {
    pub unsafe fn GetEvent(&self, dwflags: u32) -> windows_core::Result<IMFMediaEvent> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetEvent)(
                windows_core::Interface::as_raw(self),
                dwflags,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn BeginGetEvent<P0, P1>(
        &self,
        pcallback: P0,
        punkstate: P1,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFAsyncCallback>,
        P1: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).BeginGetEvent)(
                windows_core::Interface::as_raw(self),
                pcallback.param().abi(),
                punkstate.param().abi(),
            )
        }
    }
    pub unsafe fn EndGetEvent<P0>(&self, presult: P0) -> windows_core::Result<IMFMediaEvent>
    where
        P0: windows_core::Param<IMFAsyncResult>,
    {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).EndGetEvent)(
                windows_core::Interface::as_raw(self),
                presult.param().abi(),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn QueueEvent<P0>(&self, pevent: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFMediaEvent>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).QueueEvent)(
                windows_core::Interface::as_raw(self),
                pevent.param().abi(),
            )
        }
    }
    pub unsafe fn QueueEventParamVar(
        &self,
        met: MediaEventType,
        guidextendedtype: *const windows_core::GUID,
        hrstatus: windows_core::HRESULT,
        pvvalue: *const PROPVARIANT,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).QueueEventParamVar)(
                windows_core::Interface::as_raw(self),
                met,
                guidextendedtype,
                hrstatus,
                pvvalue,
            )
        }
    }
    pub unsafe fn QueueEventParamUnk<P3>(
        &self,
        met: MediaEventType,
        guidextendedtype: *const windows_core::GUID,
        hrstatus: windows_core::HRESULT,
        punk: P3,
    ) -> windows_core::HRESULT
    where
        P3: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).QueueEventParamUnk)(
                windows_core::Interface::as_raw(self),
                met,
                guidextendedtype,
                hrstatus,
                punk.param().abi(),
            )
        }
    }
    pub unsafe fn Shutdown(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Shutdown)(windows_core::Interface::as_raw(self))
        }
    }
}
#[repr(C)]
pub struct IMFMediaEventQueue_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub GetEvent: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub BeginGetEvent: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub EndGetEvent: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub QueueEvent: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub QueueEventParamVar: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        MediaEventType,
        *const windows_core::GUID,
        windows_core::HRESULT,
        *const PROPVARIANT,
    ) -> windows_core::HRESULT,
    pub QueueEventParamUnk: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        MediaEventType,
        *const windows_core::GUID,
        windows_core::HRESULT,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub Shutdown: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
}
pub trait IMFMediaEventQueue_Impl: windows_core::IUnknownImpl {
    fn GetEvent(&self, dwflags: u32) -> windows_core::Result<IMFMediaEvent>;
    fn BeginGetEvent(
        &self,
        pcallback: windows_core::Ref<IMFAsyncCallback>,
        punkstate: windows_core::Ref<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn EndGetEvent(
        &self,
        presult: windows_core::Ref<IMFAsyncResult>,
    ) -> windows_core::Result<IMFMediaEvent>;
    fn QueueEvent(&self, pevent: windows_core::Ref<IMFMediaEvent>) -> windows_core::Result<()>;
    fn QueueEventParamVar(
        &self,
        met: MediaEventType,
        guidextendedtype: *const windows_core::GUID,
        hrstatus: windows_core::HRESULT,
        pvvalue: *const PROPVARIANT,
    ) -> windows_core::Result<()>;
    fn QueueEventParamUnk(
        &self,
        met: MediaEventType,
        guidextendedtype: *const windows_core::GUID,
        hrstatus: windows_core::HRESULT,
        punk: windows_core::Ref<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn Shutdown(&self) -> windows_core::Result<()>;
}
impl IMFMediaEventQueue_Vtbl {
    pub const fn new<Identity: IMFMediaEventQueue_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetEvent<
            Identity: IMFMediaEventQueue_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwflags: u32,
            ppevent: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppevent.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaEventQueue::GetEvent", || {
                    IMFMediaEventQueue_Impl::GetEvent(this, core::mem::transmute_copy(&dwflags))
                }) {
                    Ok(ok__) => {
                        ppevent.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn BeginGetEvent<
            Identity: IMFMediaEventQueue_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pcallback: *mut core::ffi::c_void,
            punkstate: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaEventQueue::BeginGetEvent", || {
                    IMFMediaEventQueue_Impl::BeginGetEvent(
                        this,
                        core::mem::transmute_copy(&pcallback),
                        core::mem::transmute_copy(&punkstate),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn EndGetEvent<
            Identity: IMFMediaEventQueue_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            presult: *mut core::ffi::c_void,
            ppevent: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppevent.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaEventQueue::EndGetEvent", || {
                    IMFMediaEventQueue_Impl::EndGetEvent(this, core::mem::transmute_copy(&presult))
                }) {
                    Ok(ok__) => {
                        ppevent.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn QueueEvent<
            Identity: IMFMediaEventQueue_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pevent: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaEventQueue::QueueEvent", || {
                    IMFMediaEventQueue_Impl::QueueEvent(this, core::mem::transmute_copy(&pevent))
                })
                .into()
            }
        }
        unsafe extern "system" fn QueueEventParamVar<
            Identity: IMFMediaEventQueue_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            met: MediaEventType,
            guidextendedtype: *const windows_core::GUID,
            hrstatus: windows_core::HRESULT,
            pvvalue: *const PROPVARIANT,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaEventQueue::QueueEventParamVar", || {
                    IMFMediaEventQueue_Impl::QueueEventParamVar(
                        this,
                        core::mem::transmute_copy(&met),
                        core::mem::transmute_copy(&guidextendedtype),
                        core::mem::transmute_copy(&hrstatus),
                        core::mem::transmute_copy(&pvvalue),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn QueueEventParamUnk<
            Identity: IMFMediaEventQueue_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            met: MediaEventType,
            guidextendedtype: *const windows_core::GUID,
            hrstatus: windows_core::HRESULT,
            punk: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaEventQueue::QueueEventParamUnk", || {
                    IMFMediaEventQueue_Impl::QueueEventParamUnk(
                        this,
                        core::mem::transmute_copy(&met),
                        core::mem::transmute_copy(&guidextendedtype),
                        core::mem::transmute_copy(&hrstatus),
                        core::mem::transmute_copy(&punk),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn Shutdown<
            Identity: IMFMediaEventQueue_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaEventQueue::Shutdown", || {
                    IMFMediaEventQueue_Impl::Shutdown(this)
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            GetEvent: GetEvent::<Identity, OFFSET>,
            BeginGetEvent: BeginGetEvent::<Identity, OFFSET>,
            EndGetEvent: EndGetEvent::<Identity, OFFSET>,
            QueueEvent: QueueEvent::<Identity, OFFSET>,
            QueueEventParamVar: QueueEventParamVar::<Identity, OFFSET>,
            QueueEventParamUnk: QueueEventParamUnk::<Identity, OFFSET>,
            Shutdown: Shutdown::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFMediaEventQueue as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFMediaEventQueue {}
windows_core::imp::define_interface!(
    IMFMediaSession,
    IMFMediaSession_Vtbl,
    0x90377834_21d0_4dee_8214_ba2e3e6c1127
);
impl core::ops::Deref for IMFMediaSession {
    type Target = IMFMediaEventGenerator;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(
    IMFMediaSession,
    windows_core::IUnknown,
    IMFMediaEventGenerator
);
impl IMFMediaSession {
    pub unsafe fn SetTopology<P1>(
        &self,
        dwsettopologyflags: u32,
        ptopology: P1,
    ) -> windows_core::HRESULT
    where
        P1: windows_core::Param<IMFTopology>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).SetTopology)(
                windows_core::Interface::as_raw(self),
                dwsettopologyflags,
                ptopology.param().abi(),
            )
        }
    }
    pub unsafe fn ClearTopologies(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).ClearTopologies)(
                windows_core::Interface::as_raw(self),
            )
        }
    }
    pub unsafe fn Start(
        &self,
        pguidtimeformat: *const windows_core::GUID,
        pvarstartposition: *const PROPVARIANT,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Start)(
                windows_core::Interface::as_raw(self),
                pguidtimeformat,
                pvarstartposition,
            )
        }
    }
    pub unsafe fn Pause(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Pause)(windows_core::Interface::as_raw(self))
        }
    }
    pub unsafe fn Stop(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Stop)(windows_core::Interface::as_raw(self))
        }
    }
    pub unsafe fn Close(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Close)(windows_core::Interface::as_raw(self))
        }
    }
    pub unsafe fn Shutdown(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Shutdown)(windows_core::Interface::as_raw(self))
        }
    }
    pub unsafe fn GetClock(&self) -> windows_core::Result<IMFClock> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetClock)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn GetSessionCapabilities(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetSessionCapabilities)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetFullTopology(
        &self,
        dwgetfulltopologyflags: u32,
        topoid: TOPOID,
    ) -> windows_core::Result<IMFTopology> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetFullTopology)(
                windows_core::Interface::as_raw(self),
                dwgetfulltopologyflags,
                topoid,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
}
#[repr(C)]
pub struct IMFMediaSession_Vtbl {
    pub base__: IMFMediaEventGenerator_Vtbl,
    pub SetTopology: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub ClearTopologies: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub Start: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *const PROPVARIANT,
    ) -> windows_core::HRESULT,
    pub Pause: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub Stop: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub Close: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub Shutdown: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub GetClock: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetSessionCapabilities:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub GetFullTopology: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        TOPOID,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IMFMediaSession_Impl: IMFMediaEventGenerator_Impl {
    fn SetTopology(
        &self,
        dwsettopologyflags: u32,
        ptopology: windows_core::Ref<IMFTopology>,
    ) -> windows_core::Result<()>;
    fn ClearTopologies(&self) -> windows_core::Result<()>;
    fn Start(
        &self,
        pguidtimeformat: *const windows_core::GUID,
        pvarstartposition: *const PROPVARIANT,
    ) -> windows_core::Result<()>;
    fn Pause(&self) -> windows_core::Result<()>;
    fn Stop(&self) -> windows_core::Result<()>;
    fn Close(&self) -> windows_core::Result<()>;
    fn Shutdown(&self) -> windows_core::Result<()>;
    fn GetClock(&self) -> windows_core::Result<IMFClock>;
    fn GetSessionCapabilities(&self) -> windows_core::Result<u32>;
    fn GetFullTopology(
        &self,
        dwgetfulltopologyflags: u32,
        topoid: TOPOID,
    ) -> windows_core::Result<IMFTopology>;
}
impl IMFMediaSession_Vtbl {
    pub const fn new<Identity: IMFMediaSession_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn SetTopology<
            Identity: IMFMediaSession_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwsettopologyflags: u32,
            ptopology: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaSession::SetTopology", || {
                    IMFMediaSession_Impl::SetTopology(
                        this,
                        core::mem::transmute_copy(&dwsettopologyflags),
                        core::mem::transmute_copy(&ptopology),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn ClearTopologies<
            Identity: IMFMediaSession_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaSession::ClearTopologies", || {
                    IMFMediaSession_Impl::ClearTopologies(this)
                })
                .into()
            }
        }
        unsafe extern "system" fn Start<Identity: IMFMediaSession_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pguidtimeformat: *const windows_core::GUID,
            pvarstartposition: *const PROPVARIANT,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaSession::Start", || {
                    IMFMediaSession_Impl::Start(
                        this,
                        core::mem::transmute_copy(&pguidtimeformat),
                        core::mem::transmute_copy(&pvarstartposition),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn Pause<Identity: IMFMediaSession_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaSession::Pause", || {
                    IMFMediaSession_Impl::Pause(this)
                })
                .into()
            }
        }
        unsafe extern "system" fn Stop<Identity: IMFMediaSession_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaSession::Stop", || IMFMediaSession_Impl::Stop(this))
                    .into()
            }
        }
        unsafe extern "system" fn Close<Identity: IMFMediaSession_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaSession::Close", || {
                    IMFMediaSession_Impl::Close(this)
                })
                .into()
            }
        }
        unsafe extern "system" fn Shutdown<Identity: IMFMediaSession_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaSession::Shutdown", || {
                    IMFMediaSession_Impl::Shutdown(this)
                })
                .into()
            }
        }
        unsafe extern "system" fn GetClock<Identity: IMFMediaSession_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            ppclock: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppclock.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaSession::GetClock", || {
                    IMFMediaSession_Impl::GetClock(this)
                }) {
                    Ok(ok__) => {
                        ppclock.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetSessionCapabilities<
            Identity: IMFMediaSession_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pdwcaps: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pdwcaps.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaSession::GetSessionCapabilities", || {
                    IMFMediaSession_Impl::GetSessionCapabilities(this)
                }) {
                    Ok(ok__) => {
                        pdwcaps.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetFullTopology<
            Identity: IMFMediaSession_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwgetfulltopologyflags: u32,
            topoid: TOPOID,
            ppfulltopology: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppfulltopology.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaSession::GetFullTopology", || {
                    IMFMediaSession_Impl::GetFullTopology(
                        this,
                        core::mem::transmute_copy(&dwgetfulltopologyflags),
                        core::mem::transmute_copy(&topoid),
                    )
                }) {
                    Ok(ok__) => {
                        ppfulltopology.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        Self {
            base__: IMFMediaEventGenerator_Vtbl::new::<Identity, OFFSET>(),
            SetTopology: SetTopology::<Identity, OFFSET>,
            ClearTopologies: ClearTopologies::<Identity, OFFSET>,
            Start: Start::<Identity, OFFSET>,
            Pause: Pause::<Identity, OFFSET>,
            Stop: Stop::<Identity, OFFSET>,
            Close: Close::<Identity, OFFSET>,
            Shutdown: Shutdown::<Identity, OFFSET>,
            GetClock: GetClock::<Identity, OFFSET>,
            GetSessionCapabilities: GetSessionCapabilities::<Identity, OFFSET>,
            GetFullTopology: GetFullTopology::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFMediaSession as windows_core::Interface>::IID
            || iid == &<IMFMediaEventGenerator as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFMediaSession {}
windows_core::imp::define_interface!(
    IMFMediaSink,
    IMFMediaSink_Vtbl,
    0x6ef2a660_47c0_4666_b13d_cbb717f2fa2c
);
windows_core::imp::interface_hierarchy!(IMFMediaSink, windows_core::IUnknown);
impl IMFMediaSink {
    pub unsafe fn GetCharacteristics(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetCharacteristics)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn AddStreamSink<P1>(
        &self,
        dwstreamsinkidentifier: u32,
        pmediatype: P1,
    ) -> windows_core::Result<IMFStreamSink>
    where
        P1: windows_core::Param<IMFMediaType>,
    {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).AddStreamSink)(
                windows_core::Interface::as_raw(self),
                dwstreamsinkidentifier,
                pmediatype.param().abi(),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn RemoveStreamSink(&self, dwstreamsinkidentifier: u32) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).RemoveStreamSink)(
                windows_core::Interface::as_raw(self),
                dwstreamsinkidentifier,
            )
        }
    }
    pub unsafe fn GetStreamSinkCount(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetStreamSinkCount)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetStreamSinkByIndex(&self, dwindex: u32) -> windows_core::Result<IMFStreamSink> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetStreamSinkByIndex)(
                windows_core::Interface::as_raw(self),
                dwindex,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn GetStreamSinkById(
        &self,
        dwstreamsinkidentifier: u32,
    ) -> windows_core::Result<IMFStreamSink> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetStreamSinkById)(
                windows_core::Interface::as_raw(self),
                dwstreamsinkidentifier,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn SetPresentationClock<P0>(&self, ppresentationclock: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFPresentationClock>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).SetPresentationClock)(
                windows_core::Interface::as_raw(self),
                ppresentationclock.param().abi(),
            )
        }
    }
    pub unsafe fn GetPresentationClock(&self) -> windows_core::Result<IMFPresentationClock> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetPresentationClock)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn Shutdown(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Shutdown)(windows_core::Interface::as_raw(self))
        }
    }
}
#[repr(C)]
pub struct IMFMediaSink_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub GetCharacteristics:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub AddStreamSink: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub RemoveStreamSink:
        unsafe extern "system" fn(*mut core::ffi::c_void, u32) -> windows_core::HRESULT,
    pub GetStreamSinkCount:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub GetStreamSinkByIndex: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetStreamSinkById: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub SetPresentationClock: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetPresentationClock: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub Shutdown: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
}
pub trait IMFMediaSink_Impl: windows_core::IUnknownImpl {
    fn GetCharacteristics(&self) -> windows_core::Result<u32>;
    fn AddStreamSink(
        &self,
        dwstreamsinkidentifier: u32,
        pmediatype: windows_core::Ref<IMFMediaType>,
    ) -> windows_core::Result<IMFStreamSink>;
    fn RemoveStreamSink(&self, dwstreamsinkidentifier: u32) -> windows_core::Result<()>;
    fn GetStreamSinkCount(&self) -> windows_core::Result<u32>;
    fn GetStreamSinkByIndex(&self, dwindex: u32) -> windows_core::Result<IMFStreamSink>;
    fn GetStreamSinkById(&self, dwstreamsinkidentifier: u32)
    -> windows_core::Result<IMFStreamSink>;
    fn SetPresentationClock(
        &self,
        ppresentationclock: windows_core::Ref<IMFPresentationClock>,
    ) -> windows_core::Result<()>;
    fn GetPresentationClock(&self) -> windows_core::Result<IMFPresentationClock>;
    fn Shutdown(&self) -> windows_core::Result<()>;
}
impl IMFMediaSink_Vtbl {
    pub const fn new<Identity: IMFMediaSink_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetCharacteristics<
            Identity: IMFMediaSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pdwcharacteristics: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pdwcharacteristics.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaSink::GetCharacteristics", || {
                    IMFMediaSink_Impl::GetCharacteristics(this)
                }) {
                    Ok(ok__) => {
                        pdwcharacteristics.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn AddStreamSink<
            Identity: IMFMediaSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwstreamsinkidentifier: u32,
            pmediatype: *mut core::ffi::c_void,
            ppstreamsink: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppstreamsink.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaSink::AddStreamSink", || {
                    IMFMediaSink_Impl::AddStreamSink(
                        this,
                        core::mem::transmute_copy(&dwstreamsinkidentifier),
                        core::mem::transmute_copy(&pmediatype),
                    )
                }) {
                    Ok(ok__) => {
                        ppstreamsink.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn RemoveStreamSink<
            Identity: IMFMediaSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwstreamsinkidentifier: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaSink::RemoveStreamSink", || {
                    IMFMediaSink_Impl::RemoveStreamSink(
                        this,
                        core::mem::transmute_copy(&dwstreamsinkidentifier),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetStreamSinkCount<
            Identity: IMFMediaSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pcstreamsinkcount: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pcstreamsinkcount.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaSink::GetStreamSinkCount", || {
                    IMFMediaSink_Impl::GetStreamSinkCount(this)
                }) {
                    Ok(ok__) => {
                        pcstreamsinkcount.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetStreamSinkByIndex<
            Identity: IMFMediaSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwindex: u32,
            ppstreamsink: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppstreamsink.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaSink::GetStreamSinkByIndex", || {
                    IMFMediaSink_Impl::GetStreamSinkByIndex(
                        this,
                        core::mem::transmute_copy(&dwindex),
                    )
                }) {
                    Ok(ok__) => {
                        ppstreamsink.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetStreamSinkById<
            Identity: IMFMediaSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwstreamsinkidentifier: u32,
            ppstreamsink: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppstreamsink.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaSink::GetStreamSinkById", || {
                    IMFMediaSink_Impl::GetStreamSinkById(
                        this,
                        core::mem::transmute_copy(&dwstreamsinkidentifier),
                    )
                }) {
                    Ok(ok__) => {
                        ppstreamsink.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn SetPresentationClock<
            Identity: IMFMediaSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ppresentationclock: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaSink::SetPresentationClock", || {
                    IMFMediaSink_Impl::SetPresentationClock(
                        this,
                        core::mem::transmute_copy(&ppresentationclock),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetPresentationClock<
            Identity: IMFMediaSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pppresentationclock: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if pppresentationclock.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaSink::GetPresentationClock", || {
                    IMFMediaSink_Impl::GetPresentationClock(this)
                }) {
                    Ok(ok__) => {
                        pppresentationclock.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn Shutdown<Identity: IMFMediaSink_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaSink::Shutdown", || {
                    IMFMediaSink_Impl::Shutdown(this)
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            GetCharacteristics: GetCharacteristics::<Identity, OFFSET>,
            AddStreamSink: AddStreamSink::<Identity, OFFSET>,
            RemoveStreamSink: RemoveStreamSink::<Identity, OFFSET>,
            GetStreamSinkCount: GetStreamSinkCount::<Identity, OFFSET>,
            GetStreamSinkByIndex: GetStreamSinkByIndex::<Identity, OFFSET>,
            GetStreamSinkById: GetStreamSinkById::<Identity, OFFSET>,
            SetPresentationClock: SetPresentationClock::<Identity, OFFSET>,
            GetPresentationClock: GetPresentationClock::<Identity, OFFSET>,
            Shutdown: Shutdown::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFMediaSink as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFMediaSink {}
windows_core::imp::define_interface!(
    IMFMediaSource,
    IMFMediaSource_Vtbl,
    0x279a808d_aec7_40c8_9c6b_a6b492c78a66
);
impl core::ops::Deref for IMFMediaSource {
    type Target = IMFMediaEventGenerator;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(
    IMFMediaSource,
    windows_core::IUnknown,
    IMFMediaEventGenerator
);
impl IMFMediaSource {
    pub unsafe fn GetCharacteristics(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetCharacteristics)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn CreatePresentationDescriptor(
        &self,
    ) -> windows_core::Result<IMFPresentationDescriptor> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).CreatePresentationDescriptor)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn Start<P0>(
        &self,
        ppresentationdescriptor: P0,
        pguidtimeformat: *const windows_core::GUID,
        pvarstartposition: *const PROPVARIANT,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFPresentationDescriptor>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).Start)(
                windows_core::Interface::as_raw(self),
                ppresentationdescriptor.param().abi(),
                pguidtimeformat,
                pvarstartposition,
            )
        }
    }
    pub unsafe fn Stop(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Stop)(windows_core::Interface::as_raw(self))
        }
    }
    pub unsafe fn Pause(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Pause)(windows_core::Interface::as_raw(self))
        }
    }
    pub unsafe fn Shutdown(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Shutdown)(windows_core::Interface::as_raw(self))
        }
    }
}
#[repr(C)]
pub struct IMFMediaSource_Vtbl {
    pub base__: IMFMediaEventGenerator_Vtbl,
    pub GetCharacteristics:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub CreatePresentationDescriptor: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub Start: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        *const PROPVARIANT,
    ) -> windows_core::HRESULT,
    pub Stop: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub Pause: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub Shutdown: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
}
pub trait IMFMediaSource_Impl: IMFMediaEventGenerator_Impl {
    fn GetCharacteristics(&self) -> windows_core::Result<u32>;
    fn CreatePresentationDescriptor(&self) -> windows_core::Result<IMFPresentationDescriptor>;
    fn Start(
        &self,
        ppresentationdescriptor: windows_core::Ref<IMFPresentationDescriptor>,
        pguidtimeformat: *const windows_core::GUID,
        pvarstartposition: *const PROPVARIANT,
    ) -> windows_core::Result<()>;
    fn Stop(&self) -> windows_core::Result<()>;
    fn Pause(&self) -> windows_core::Result<()>;
    fn Shutdown(&self) -> windows_core::Result<()>;
}
impl IMFMediaSource_Vtbl {
    pub const fn new<Identity: IMFMediaSource_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetCharacteristics<
            Identity: IMFMediaSource_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pdwcharacteristics: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pdwcharacteristics.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaSource::GetCharacteristics", || {
                    IMFMediaSource_Impl::GetCharacteristics(this)
                }) {
                    Ok(ok__) => {
                        pdwcharacteristics.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn CreatePresentationDescriptor<
            Identity: IMFMediaSource_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pppresentationdescriptor: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if pppresentationdescriptor.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaSource::CreatePresentationDescriptor", || {
                    IMFMediaSource_Impl::CreatePresentationDescriptor(this)
                }) {
                    Ok(ok__) => {
                        pppresentationdescriptor.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn Start<Identity: IMFMediaSource_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            ppresentationdescriptor: *mut core::ffi::c_void,
            pguidtimeformat: *const windows_core::GUID,
            pvarstartposition: *const PROPVARIANT,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaSource::Start", || {
                    IMFMediaSource_Impl::Start(
                        this,
                        core::mem::transmute_copy(&ppresentationdescriptor),
                        core::mem::transmute_copy(&pguidtimeformat),
                        core::mem::transmute_copy(&pvarstartposition),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn Stop<Identity: IMFMediaSource_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaSource::Stop", || IMFMediaSource_Impl::Stop(this))
                    .into()
            }
        }
        unsafe extern "system" fn Pause<Identity: IMFMediaSource_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaSource::Pause", || IMFMediaSource_Impl::Pause(this))
                    .into()
            }
        }
        unsafe extern "system" fn Shutdown<Identity: IMFMediaSource_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaSource::Shutdown", || {
                    IMFMediaSource_Impl::Shutdown(this)
                })
                .into()
            }
        }
        Self {
            base__: IMFMediaEventGenerator_Vtbl::new::<Identity, OFFSET>(),
            GetCharacteristics: GetCharacteristics::<Identity, OFFSET>,
            CreatePresentationDescriptor: CreatePresentationDescriptor::<Identity, OFFSET>,
            Start: Start::<Identity, OFFSET>,
            Stop: Stop::<Identity, OFFSET>,
            Pause: Pause::<Identity, OFFSET>,
            Shutdown: Shutdown::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFMediaSource as windows_core::Interface>::IID
            || iid == &<IMFMediaEventGenerator as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFMediaSource {}
windows_core::imp::define_interface!(
    IMFMediaSourceTopologyProvider,
    IMFMediaSourceTopologyProvider_Vtbl,
    0x0e1d6009_c9f3_442d_8c51_a42d2d49452f
);
windows_core::imp::interface_hierarchy!(IMFMediaSourceTopologyProvider, windows_core::IUnknown);
impl IMFMediaSourceTopologyProvider {
    pub unsafe fn GetMediaSourceTopology<P0>(
        &self,
        ppresentationdescriptor: P0,
    ) -> windows_core::Result<IMFTopology>
    where
        P0: windows_core::Param<IMFPresentationDescriptor>,
    {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetMediaSourceTopology)(
                windows_core::Interface::as_raw(self),
                ppresentationdescriptor.param().abi(),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
}
#[repr(C)]
pub struct IMFMediaSourceTopologyProvider_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub GetMediaSourceTopology: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IMFMediaSourceTopologyProvider_Impl: windows_core::IUnknownImpl {
    fn GetMediaSourceTopology(
        &self,
        ppresentationdescriptor: windows_core::Ref<IMFPresentationDescriptor>,
    ) -> windows_core::Result<IMFTopology>;
}
impl IMFMediaSourceTopologyProvider_Vtbl {
    pub const fn new<Identity: IMFMediaSourceTopologyProvider_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetMediaSourceTopology<
            Identity: IMFMediaSourceTopologyProvider_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ppresentationdescriptor: *mut core::ffi::c_void,
            pptopology: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if pptopology.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier(
                    "IMFMediaSourceTopologyProvider::GetMediaSourceTopology",
                    || {
                        IMFMediaSourceTopologyProvider_Impl::GetMediaSourceTopology(
                            this,
                            core::mem::transmute_copy(&ppresentationdescriptor),
                        )
                    },
                ) {
                    Ok(ok__) => {
                        pptopology.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            GetMediaSourceTopology: GetMediaSourceTopology::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFMediaSourceTopologyProvider as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFMediaSourceTopologyProvider {}
windows_core::imp::define_interface!(
    IMFMediaStream,
    IMFMediaStream_Vtbl,
    0xd182108f_4ec6_443f_aa42_a71106ec825f
);
impl core::ops::Deref for IMFMediaStream {
    type Target = IMFMediaEventGenerator;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(
    IMFMediaStream,
    windows_core::IUnknown,
    IMFMediaEventGenerator
);
impl IMFMediaStream {
    pub unsafe fn GetMediaSource(&self) -> windows_core::Result<IMFMediaSource> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetMediaSource)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn GetStreamDescriptor(&self) -> windows_core::Result<IMFStreamDescriptor> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetStreamDescriptor)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn RequestSample<P0>(&self, ptoken: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).RequestSample)(
                windows_core::Interface::as_raw(self),
                ptoken.param().abi(),
            )
        }
    }
}
#[repr(C)]
pub struct IMFMediaStream_Vtbl {
    pub base__: IMFMediaEventGenerator_Vtbl,
    pub GetMediaSource: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetStreamDescriptor: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub RequestSample: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IMFMediaStream_Impl: IMFMediaEventGenerator_Impl {
    fn GetMediaSource(&self) -> windows_core::Result<IMFMediaSource>;
    fn GetStreamDescriptor(&self) -> windows_core::Result<IMFStreamDescriptor>;
    fn RequestSample(
        &self,
        ptoken: windows_core::Ref<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
}
impl IMFMediaStream_Vtbl {
    pub const fn new<Identity: IMFMediaStream_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetMediaSource<
            Identity: IMFMediaStream_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ppmediasource: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppmediasource.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaStream::GetMediaSource", || {
                    IMFMediaStream_Impl::GetMediaSource(this)
                }) {
                    Ok(ok__) => {
                        ppmediasource.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetStreamDescriptor<
            Identity: IMFMediaStream_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ppstreamdescriptor: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppstreamdescriptor.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaStream::GetStreamDescriptor", || {
                    IMFMediaStream_Impl::GetStreamDescriptor(this)
                }) {
                    Ok(ok__) => {
                        ppstreamdescriptor.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn RequestSample<
            Identity: IMFMediaStream_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ptoken: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaStream::RequestSample", || {
                    IMFMediaStream_Impl::RequestSample(this, core::mem::transmute_copy(&ptoken))
                })
                .into()
            }
        }
        Self {
            base__: IMFMediaEventGenerator_Vtbl::new::<Identity, OFFSET>(),
            GetMediaSource: GetMediaSource::<Identity, OFFSET>,
            GetStreamDescriptor: GetStreamDescriptor::<Identity, OFFSET>,
            RequestSample: RequestSample::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFMediaStream as windows_core::Interface>::IID
            || iid == &<IMFMediaEventGenerator as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFMediaStream {}
windows_core::imp::define_interface!(
    IMFMediaType,
    IMFMediaType_Vtbl,
    0x44ae0fa8_ea31_4109_8d2e_4cae4997c555
);
impl core::ops::Deref for IMFMediaType {
    type Target = IMFAttributes;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(IMFMediaType, windows_core::IUnknown, IMFAttributes);
impl IMFMediaType {
    pub unsafe fn GetMajorType(&self) -> windows_core::Result<windows_core::GUID> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetMajorType)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn IsCompressedFormat(&self) -> windows_core::Result<windows_core::BOOL> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).IsCompressedFormat)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn IsEqual<P0>(&self, pimediatype: P0) -> windows_core::Result<u32>
    where
        P0: windows_core::Param<Self>,
    {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).IsEqual)(
                windows_core::Interface::as_raw(self),
                pimediatype.param().abi(),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetRepresentation(
        &self,
        guidrepresentation: windows_core::GUID,
        ppvrepresentation: *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetRepresentation)(
                windows_core::Interface::as_raw(self),
                guidrepresentation,
                ppvrepresentation as _,
            )
        }
    }
    pub unsafe fn FreeRepresentation(
        &self,
        guidrepresentation: windows_core::GUID,
        pvrepresentation: *const core::ffi::c_void,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).FreeRepresentation)(
                windows_core::Interface::as_raw(self),
                guidrepresentation,
                pvrepresentation,
            )
        }
    }
}
#[repr(C)]
pub struct IMFMediaType_Vtbl {
    pub base__: IMFAttributes_Vtbl,
    pub GetMajorType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut windows_core::GUID,
    ) -> windows_core::HRESULT,
    pub IsCompressedFormat: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut windows_core::BOOL,
    ) -> windows_core::HRESULT,
    pub IsEqual: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub GetRepresentation: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        windows_core::GUID,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub FreeRepresentation: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        windows_core::GUID,
        *const core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IMFMediaType_Impl: IMFAttributes_Impl {
    fn GetMajorType(&self) -> windows_core::Result<windows_core::GUID>;
    fn IsCompressedFormat(&self) -> windows_core::Result<windows_core::BOOL>;
    fn IsEqual(
        &self,
        pimediatype: windows_core::Ref<IMFMediaType>,
        pdwflags: *mut u32,
    ) -> windows_core::HRESULT;
    fn GetRepresentation(
        &self,
        guidrepresentation: &windows_core::GUID,
        ppvrepresentation: *mut *mut core::ffi::c_void,
    ) -> windows_core::Result<()>;
    fn FreeRepresentation(
        &self,
        guidrepresentation: &windows_core::GUID,
        pvrepresentation: *const core::ffi::c_void,
    ) -> windows_core::Result<()>;
}
impl IMFMediaType_Vtbl {
    pub const fn new<Identity: IMFMediaType_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetMajorType<Identity: IMFMediaType_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pguidmajortype: *mut windows_core::GUID,
        ) -> windows_core::HRESULT {
            unsafe {
                if pguidmajortype.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaType::GetMajorType", || {
                    IMFMediaType_Impl::GetMajorType(this)
                }) {
                    Ok(ok__) => {
                        pguidmajortype.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn IsCompressedFormat<
            Identity: IMFMediaType_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pfcompressed: *mut windows_core::BOOL,
        ) -> windows_core::HRESULT {
            unsafe {
                if pfcompressed.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaType::IsCompressedFormat", || {
                    IMFMediaType_Impl::IsCompressedFormat(this)
                }) {
                    Ok(ok__) => {
                        pfcompressed.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn IsEqual<Identity: IMFMediaType_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pimediatype: *mut core::ffi::c_void,
            pdwflags: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaType::IsEqual", || {
                    IMFMediaType_Impl::IsEqual(
                        this,
                        core::mem::transmute_copy(&pimediatype),
                        pdwflags,
                    )
                })
            }
        }
        unsafe extern "system" fn GetRepresentation<
            Identity: IMFMediaType_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            guidrepresentation: windows_core::GUID,
            ppvrepresentation: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaType::GetRepresentation", || {
                    IMFMediaType_Impl::GetRepresentation(
                        this,
                        core::mem::transmute(&guidrepresentation),
                        core::mem::transmute_copy(&ppvrepresentation),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn FreeRepresentation<
            Identity: IMFMediaType_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            guidrepresentation: windows_core::GUID,
            pvrepresentation: *const core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaType::FreeRepresentation", || {
                    IMFMediaType_Impl::FreeRepresentation(
                        this,
                        core::mem::transmute(&guidrepresentation),
                        core::mem::transmute_copy(&pvrepresentation),
                    )
                })
                .into()
            }
        }
        Self {
            base__: IMFAttributes_Vtbl::new::<Identity, OFFSET>(),
            GetMajorType: GetMajorType::<Identity, OFFSET>,
            IsCompressedFormat: IsCompressedFormat::<Identity, OFFSET>,
            IsEqual: IsEqual::<Identity, OFFSET>,
            GetRepresentation: GetRepresentation::<Identity, OFFSET>,
            FreeRepresentation: FreeRepresentation::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFMediaType as windows_core::Interface>::IID
            || iid == &<IMFAttributes as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFMediaType {}
windows_core::imp::define_interface!(
    IMFMediaTypeHandler,
    IMFMediaTypeHandler_Vtbl,
    0xe93dcf6c_4b07_4e1e_8123_aa16ed6eadf5
);
windows_core::imp::interface_hierarchy!(IMFMediaTypeHandler, windows_core::IUnknown);
impl IMFMediaTypeHandler {
    pub unsafe fn IsMediaTypeSupported<P0>(
        &self,
        pmediatype: P0,
    ) -> windows_core::Result<IMFMediaType>
    where
        P0: windows_core::Param<IMFMediaType>,
    {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).IsMediaTypeSupported)(
                windows_core::Interface::as_raw(self),
                pmediatype.param().abi(),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn GetMediaTypeCount(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetMediaTypeCount)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetMediaTypeByIndex(&self, dwindex: u32) -> windows_core::Result<IMFMediaType> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetMediaTypeByIndex)(
                windows_core::Interface::as_raw(self),
                dwindex,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn SetCurrentMediaType<P0>(&self, pmediatype: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFMediaType>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).SetCurrentMediaType)(
                windows_core::Interface::as_raw(self),
                pmediatype.param().abi(),
            )
        }
    }
    pub unsafe fn GetCurrentMediaType(&self) -> windows_core::Result<IMFMediaType> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetCurrentMediaType)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn GetMajorType(&self) -> windows_core::Result<windows_core::GUID> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetMajorType)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
}
#[repr(C)]
pub struct IMFMediaTypeHandler_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub IsMediaTypeSupported: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetMediaTypeCount:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub GetMediaTypeByIndex: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub SetCurrentMediaType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetCurrentMediaType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetMajorType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut windows_core::GUID,
    ) -> windows_core::HRESULT,
}
pub trait IMFMediaTypeHandler_Impl: windows_core::IUnknownImpl {
    fn IsMediaTypeSupported(
        &self,
        pmediatype: windows_core::Ref<IMFMediaType>,
    ) -> windows_core::Result<IMFMediaType>;
    fn GetMediaTypeCount(&self) -> windows_core::Result<u32>;
    fn GetMediaTypeByIndex(&self, dwindex: u32) -> windows_core::Result<IMFMediaType>;
    fn SetCurrentMediaType(
        &self,
        pmediatype: windows_core::Ref<IMFMediaType>,
    ) -> windows_core::Result<()>;
    fn GetCurrentMediaType(&self) -> windows_core::Result<IMFMediaType>;
    fn GetMajorType(&self) -> windows_core::Result<windows_core::GUID>;
}
impl IMFMediaTypeHandler_Vtbl {
    pub const fn new<Identity: IMFMediaTypeHandler_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn IsMediaTypeSupported<
            Identity: IMFMediaTypeHandler_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pmediatype: *mut core::ffi::c_void,
            ppmediatype: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaTypeHandler::IsMediaTypeSupported", || {
                    IMFMediaTypeHandler_Impl::IsMediaTypeSupported(
                        this,
                        core::mem::transmute_copy(&pmediatype),
                    )
                }) {
                    Ok(ok__) => {
                        if !ppmediatype.is_null() {
                            ppmediatype.write(core::mem::transmute(ok__));
                        }
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetMediaTypeCount<
            Identity: IMFMediaTypeHandler_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pdwtypecount: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pdwtypecount.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaTypeHandler::GetMediaTypeCount", || {
                    IMFMediaTypeHandler_Impl::GetMediaTypeCount(this)
                }) {
                    Ok(ok__) => {
                        pdwtypecount.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetMediaTypeByIndex<
            Identity: IMFMediaTypeHandler_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwindex: u32,
            pptype: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if pptype.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaTypeHandler::GetMediaTypeByIndex", || {
                    IMFMediaTypeHandler_Impl::GetMediaTypeByIndex(
                        this,
                        core::mem::transmute_copy(&dwindex),
                    )
                }) {
                    Ok(ok__) => {
                        pptype.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn SetCurrentMediaType<
            Identity: IMFMediaTypeHandler_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pmediatype: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFMediaTypeHandler::SetCurrentMediaType", || {
                    IMFMediaTypeHandler_Impl::SetCurrentMediaType(
                        this,
                        core::mem::transmute_copy(&pmediatype),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetCurrentMediaType<
            Identity: IMFMediaTypeHandler_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ppmediatype: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppmediatype.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaTypeHandler::GetCurrentMediaType", || {
                    IMFMediaTypeHandler_Impl::GetCurrentMediaType(this)
                }) {
                    Ok(ok__) => {
                        ppmediatype.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetMajorType<
            Identity: IMFMediaTypeHandler_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pguidmajortype: *mut windows_core::GUID,
        ) -> windows_core::HRESULT {
            unsafe {
                if pguidmajortype.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFMediaTypeHandler::GetMajorType", || {
                    IMFMediaTypeHandler_Impl::GetMajorType(this)
                }) {
                    Ok(ok__) => {
                        pguidmajortype.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            IsMediaTypeSupported: IsMediaTypeSupported::<Identity, OFFSET>,
            GetMediaTypeCount: GetMediaTypeCount::<Identity, OFFSET>,
            GetMediaTypeByIndex: GetMediaTypeByIndex::<Identity, OFFSET>,
            SetCurrentMediaType: SetCurrentMediaType::<Identity, OFFSET>,
            GetCurrentMediaType: GetCurrentMediaType::<Identity, OFFSET>,
            GetMajorType: GetMajorType::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFMediaTypeHandler as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFMediaTypeHandler {}
windows_core::imp::define_interface!(
    IMFPresentationClock,
    IMFPresentationClock_Vtbl,
    0x868ce85c_8ea9_4f55_ab82_b009a910a805
);
impl core::ops::Deref for IMFPresentationClock {
    type Target = IMFClock;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(IMFPresentationClock, windows_core::IUnknown, IMFClock);
impl IMFPresentationClock {
    pub unsafe fn SetTimeSource<P0>(&self, ptimesource: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFPresentationTimeSource>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).SetTimeSource)(
                windows_core::Interface::as_raw(self),
                ptimesource.param().abi(),
            )
        }
    }
    pub unsafe fn GetTimeSource(&self) -> windows_core::Result<IMFPresentationTimeSource> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetTimeSource)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn GetTime(&self) -> windows_core::Result<MFTIME> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetTime)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn AddClockStateSink<P0>(&self, pstatesink: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFClockStateSink>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).AddClockStateSink)(
                windows_core::Interface::as_raw(self),
                pstatesink.param().abi(),
            )
        }
    }
    pub unsafe fn RemoveClockStateSink<P0>(&self, pstatesink: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFClockStateSink>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).RemoveClockStateSink)(
                windows_core::Interface::as_raw(self),
                pstatesink.param().abi(),
            )
        }
    }
    pub unsafe fn Start(&self, llclockstartoffset: i64) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Start)(
                windows_core::Interface::as_raw(self),
                llclockstartoffset,
            )
        }
    }
    pub unsafe fn Stop(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Stop)(windows_core::Interface::as_raw(self))
        }
    }
    pub unsafe fn Pause(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Pause)(windows_core::Interface::as_raw(self))
        }
    }
}
#[repr(C)]
pub struct IMFPresentationClock_Vtbl {
    pub base__: IMFClock_Vtbl,
    pub SetTimeSource: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetTimeSource: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetTime:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut MFTIME) -> windows_core::HRESULT,
    pub AddClockStateSink: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub RemoveClockStateSink: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub Start: unsafe extern "system" fn(*mut core::ffi::c_void, i64) -> windows_core::HRESULT,
    pub Stop: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub Pause: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
}
pub trait IMFPresentationClock_Impl: IMFClock_Impl {
    fn SetTimeSource(
        &self,
        ptimesource: windows_core::Ref<IMFPresentationTimeSource>,
    ) -> windows_core::Result<()>;
    fn GetTimeSource(&self) -> windows_core::Result<IMFPresentationTimeSource>;
    fn GetTime(&self) -> windows_core::Result<MFTIME>;
    fn AddClockStateSink(
        &self,
        pstatesink: windows_core::Ref<IMFClockStateSink>,
    ) -> windows_core::Result<()>;
    fn RemoveClockStateSink(
        &self,
        pstatesink: windows_core::Ref<IMFClockStateSink>,
    ) -> windows_core::Result<()>;
    fn Start(&self, llclockstartoffset: i64) -> windows_core::Result<()>;
    fn Stop(&self) -> windows_core::Result<()>;
    fn Pause(&self) -> windows_core::Result<()>;
}
impl IMFPresentationClock_Vtbl {
    pub const fn new<Identity: IMFPresentationClock_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn SetTimeSource<
            Identity: IMFPresentationClock_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ptimesource: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFPresentationClock::SetTimeSource", || {
                    IMFPresentationClock_Impl::SetTimeSource(
                        this,
                        core::mem::transmute_copy(&ptimesource),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetTimeSource<
            Identity: IMFPresentationClock_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pptimesource: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if pptimesource.is_null() {
                    return windows_core::HRESULT(0x8007_0057_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFPresentationClock::GetTimeSource", || {
                    IMFPresentationClock_Impl::GetTimeSource(this)
                }) {
                    Ok(ok__) => {
                        pptimesource.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetTime<
            Identity: IMFPresentationClock_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            phnsclocktime: *mut MFTIME,
        ) -> windows_core::HRESULT {
            unsafe {
                if phnsclocktime.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFPresentationClock::GetTime", || {
                    IMFPresentationClock_Impl::GetTime(this)
                }) {
                    Ok(ok__) => {
                        phnsclocktime.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn AddClockStateSink<
            Identity: IMFPresentationClock_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pstatesink: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFPresentationClock::AddClockStateSink", || {
                    IMFPresentationClock_Impl::AddClockStateSink(
                        this,
                        core::mem::transmute_copy(&pstatesink),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn RemoveClockStateSink<
            Identity: IMFPresentationClock_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pstatesink: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFPresentationClock::RemoveClockStateSink", || {
                    IMFPresentationClock_Impl::RemoveClockStateSink(
                        this,
                        core::mem::transmute_copy(&pstatesink),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn Start<
            Identity: IMFPresentationClock_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            llclockstartoffset: i64,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFPresentationClock::Start", || {
                    IMFPresentationClock_Impl::Start(
                        this,
                        core::mem::transmute_copy(&llclockstartoffset),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn Stop<Identity: IMFPresentationClock_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFPresentationClock::Stop", || {
                    IMFPresentationClock_Impl::Stop(this)
                })
                .into()
            }
        }
        unsafe extern "system" fn Pause<
            Identity: IMFPresentationClock_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFPresentationClock::Pause", || {
                    IMFPresentationClock_Impl::Pause(this)
                })
                .into()
            }
        }
        Self {
            base__: IMFClock_Vtbl::new::<Identity, OFFSET>(),
            SetTimeSource: SetTimeSource::<Identity, OFFSET>,
            GetTimeSource: GetTimeSource::<Identity, OFFSET>,
            GetTime: GetTime::<Identity, OFFSET>,
            AddClockStateSink: AddClockStateSink::<Identity, OFFSET>,
            RemoveClockStateSink: RemoveClockStateSink::<Identity, OFFSET>,
            Start: Start::<Identity, OFFSET>,
            Stop: Stop::<Identity, OFFSET>,
            Pause: Pause::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFPresentationClock as windows_core::Interface>::IID
            || iid == &<IMFClock as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFPresentationClock {}
windows_core::imp::define_interface!(
    IMFPresentationDescriptor,
    IMFPresentationDescriptor_Vtbl,
    0x03cb2711_24d7_4db6_a17f_f3a7a479a536
);
impl core::ops::Deref for IMFPresentationDescriptor {
    type Target = IMFAttributes;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(
    IMFPresentationDescriptor,
    windows_core::IUnknown,
    IMFAttributes
);
impl IMFPresentationDescriptor {
    pub unsafe fn GetStreamDescriptorCount(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetStreamDescriptorCount)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetStreamDescriptorByIndex(
        &self,
        dwindex: u32,
        pfselected: *mut windows_core::BOOL,
        ppdescriptor: *mut Option<IMFStreamDescriptor>,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetStreamDescriptorByIndex)(
                windows_core::Interface::as_raw(self),
                dwindex,
                pfselected as _,
                core::mem::transmute(ppdescriptor),
            )
        }
    }
    pub unsafe fn SelectStream(&self, dwdescriptorindex: u32) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SelectStream)(
                windows_core::Interface::as_raw(self),
                dwdescriptorindex,
            )
        }
    }
    pub unsafe fn DeselectStream(&self, dwdescriptorindex: u32) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).DeselectStream)(
                windows_core::Interface::as_raw(self),
                dwdescriptorindex,
            )
        }
    }
    pub unsafe fn Clone(&self) -> windows_core::Result<Self> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).Clone)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
}
#[repr(C)]
pub struct IMFPresentationDescriptor_Vtbl {
    pub base__: IMFAttributes_Vtbl,
    pub GetStreamDescriptorCount:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub GetStreamDescriptorByIndex: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut windows_core::BOOL,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub SelectStream:
        unsafe extern "system" fn(*mut core::ffi::c_void, u32) -> windows_core::HRESULT,
    pub DeselectStream:
        unsafe extern "system" fn(*mut core::ffi::c_void, u32) -> windows_core::HRESULT,
    pub Clone: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IMFPresentationDescriptor_Impl: IMFAttributes_Impl {
    fn GetStreamDescriptorCount(&self) -> windows_core::Result<u32>;
    fn GetStreamDescriptorByIndex(
        &self,
        dwindex: u32,
        pfselected: *mut windows_core::BOOL,
        ppdescriptor: windows_core::OutRef<IMFStreamDescriptor>,
    ) -> windows_core::Result<()>;
    fn SelectStream(&self, dwdescriptorindex: u32) -> windows_core::Result<()>;
    fn DeselectStream(&self, dwdescriptorindex: u32) -> windows_core::Result<()>;
    fn Clone(&self) -> windows_core::Result<IMFPresentationDescriptor>;
}
impl IMFPresentationDescriptor_Vtbl {
    pub const fn new<Identity: IMFPresentationDescriptor_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetStreamDescriptorCount<
            Identity: IMFPresentationDescriptor_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pdwdescriptorcount: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pdwdescriptorcount.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier(
                    "IMFPresentationDescriptor::GetStreamDescriptorCount",
                    || IMFPresentationDescriptor_Impl::GetStreamDescriptorCount(this),
                ) {
                    Ok(ok__) => {
                        pdwdescriptorcount.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetStreamDescriptorByIndex<
            Identity: IMFPresentationDescriptor_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwindex: u32,
            pfselected: *mut windows_core::BOOL,
            ppdescriptor: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier(
                    "IMFPresentationDescriptor::GetStreamDescriptorByIndex",
                    || {
                        IMFPresentationDescriptor_Impl::GetStreamDescriptorByIndex(
                            this,
                            core::mem::transmute_copy(&dwindex),
                            core::mem::transmute_copy(&pfselected),
                            core::mem::transmute_copy(&ppdescriptor),
                        )
                    },
                )
                .into()
            }
        }
        unsafe extern "system" fn SelectStream<
            Identity: IMFPresentationDescriptor_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwdescriptorindex: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFPresentationDescriptor::SelectStream", || {
                    IMFPresentationDescriptor_Impl::SelectStream(
                        this,
                        core::mem::transmute_copy(&dwdescriptorindex),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn DeselectStream<
            Identity: IMFPresentationDescriptor_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwdescriptorindex: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFPresentationDescriptor::DeselectStream", || {
                    IMFPresentationDescriptor_Impl::DeselectStream(
                        this,
                        core::mem::transmute_copy(&dwdescriptorindex),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn Clone<
            Identity: IMFPresentationDescriptor_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pppresentationdescriptor: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if pppresentationdescriptor.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFPresentationDescriptor::Clone", || {
                    IMFPresentationDescriptor_Impl::Clone(this)
                }) {
                    Ok(ok__) => {
                        pppresentationdescriptor.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        Self {
            base__: IMFAttributes_Vtbl::new::<Identity, OFFSET>(),
            GetStreamDescriptorCount: GetStreamDescriptorCount::<Identity, OFFSET>,
            GetStreamDescriptorByIndex: GetStreamDescriptorByIndex::<Identity, OFFSET>,
            SelectStream: SelectStream::<Identity, OFFSET>,
            DeselectStream: DeselectStream::<Identity, OFFSET>,
            Clone: Clone::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFPresentationDescriptor as windows_core::Interface>::IID
            || iid == &<IMFAttributes as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFPresentationDescriptor {}
windows_core::imp::define_interface!(
    IMFPresentationTimeSource,
    IMFPresentationTimeSource_Vtbl,
    0x7ff12cce_f76f_41c2_863b_1666c8e5e139
);
impl core::ops::Deref for IMFPresentationTimeSource {
    type Target = IMFClock;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(
    IMFPresentationTimeSource,
    windows_core::IUnknown,
    IMFClock
);
impl IMFPresentationTimeSource {
    pub unsafe fn GetUnderlyingClock(&self) -> windows_core::Result<IMFClock> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetUnderlyingClock)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
}
#[repr(C)]
pub struct IMFPresentationTimeSource_Vtbl {
    pub base__: IMFClock_Vtbl,
    pub GetUnderlyingClock: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IMFPresentationTimeSource_Impl: IMFClock_Impl {
    fn GetUnderlyingClock(&self) -> windows_core::Result<IMFClock>;
}
impl IMFPresentationTimeSource_Vtbl {
    pub const fn new<Identity: IMFPresentationTimeSource_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetUnderlyingClock<
            Identity: IMFPresentationTimeSource_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ppclock: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppclock.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFPresentationTimeSource::GetUnderlyingClock", || {
                    IMFPresentationTimeSource_Impl::GetUnderlyingClock(this)
                }) {
                    Ok(ok__) => {
                        ppclock.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        Self {
            base__: IMFClock_Vtbl::new::<Identity, OFFSET>(),
            GetUnderlyingClock: GetUnderlyingClock::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFPresentationTimeSource as windows_core::Interface>::IID
            || iid == &<IMFClock as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFPresentationTimeSource {}
windows_core::imp::define_interface!(
    IMFQualityManager,
    IMFQualityManager_Vtbl,
    0x8d009d86_5b9f_4115_b1fc_9f80d52ab8ab
);
windows_core::imp::interface_hierarchy!(IMFQualityManager, windows_core::IUnknown);
impl IMFQualityManager {
    pub unsafe fn NotifyTopology<P0>(&self, ptopology: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFTopology>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).NotifyTopology)(
                windows_core::Interface::as_raw(self),
                ptopology.param().abi(),
            )
        }
    }
    pub unsafe fn NotifyPresentationClock<P0>(&self, pclock: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFPresentationClock>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).NotifyPresentationClock)(
                windows_core::Interface::as_raw(self),
                pclock.param().abi(),
            )
        }
    }
    pub unsafe fn NotifyProcessInput<P0, P2>(
        &self,
        pnode: P0,
        linputindex: i32,
        psample: P2,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFTopologyNode>,
        P2: windows_core::Param<IMFSample>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).NotifyProcessInput)(
                windows_core::Interface::as_raw(self),
                pnode.param().abi(),
                linputindex,
                psample.param().abi(),
            )
        }
    }
    pub unsafe fn NotifyProcessOutput<P0, P2>(
        &self,
        pnode: P0,
        loutputindex: i32,
        psample: P2,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFTopologyNode>,
        P2: windows_core::Param<IMFSample>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).NotifyProcessOutput)(
                windows_core::Interface::as_raw(self),
                pnode.param().abi(),
                loutputindex,
                psample.param().abi(),
            )
        }
    }
    pub unsafe fn NotifyQualityEvent<P0, P1>(
        &self,
        pobject: P0,
        pevent: P1,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<windows_core::IUnknown>,
        P1: windows_core::Param<IMFMediaEvent>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).NotifyQualityEvent)(
                windows_core::Interface::as_raw(self),
                pobject.param().abi(),
                pevent.param().abi(),
            )
        }
    }
    pub unsafe fn Shutdown(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Shutdown)(windows_core::Interface::as_raw(self))
        }
    }
}
#[repr(C)]
pub struct IMFQualityManager_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub NotifyTopology: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub NotifyPresentationClock: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub NotifyProcessInput: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        i32,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub NotifyProcessOutput: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        i32,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub NotifyQualityEvent: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub Shutdown: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
}
pub trait IMFQualityManager_Impl: windows_core::IUnknownImpl {
    fn NotifyTopology(&self, ptopology: windows_core::Ref<IMFTopology>)
    -> windows_core::Result<()>;
    fn NotifyPresentationClock(
        &self,
        pclock: windows_core::Ref<IMFPresentationClock>,
    ) -> windows_core::Result<()>;
    fn NotifyProcessInput(
        &self,
        pnode: windows_core::Ref<IMFTopologyNode>,
        linputindex: i32,
        psample: windows_core::Ref<IMFSample>,
    ) -> windows_core::Result<()>;
    fn NotifyProcessOutput(
        &self,
        pnode: windows_core::Ref<IMFTopologyNode>,
        loutputindex: i32,
        psample: windows_core::Ref<IMFSample>,
    ) -> windows_core::Result<()>;
    fn NotifyQualityEvent(
        &self,
        pobject: windows_core::Ref<windows_core::IUnknown>,
        pevent: windows_core::Ref<IMFMediaEvent>,
    ) -> windows_core::Result<()>;
    fn Shutdown(&self) -> windows_core::Result<()>;
}
impl IMFQualityManager_Vtbl {
    pub const fn new<Identity: IMFQualityManager_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn NotifyTopology<
            Identity: IMFQualityManager_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ptopology: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFQualityManager::NotifyTopology", || {
                    IMFQualityManager_Impl::NotifyTopology(
                        this,
                        core::mem::transmute_copy(&ptopology),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn NotifyPresentationClock<
            Identity: IMFQualityManager_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pclock: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFQualityManager::NotifyPresentationClock", || {
                    IMFQualityManager_Impl::NotifyPresentationClock(
                        this,
                        core::mem::transmute_copy(&pclock),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn NotifyProcessInput<
            Identity: IMFQualityManager_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pnode: *mut core::ffi::c_void,
            linputindex: i32,
            psample: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFQualityManager::NotifyProcessInput", || {
                    IMFQualityManager_Impl::NotifyProcessInput(
                        this,
                        core::mem::transmute_copy(&pnode),
                        core::mem::transmute_copy(&linputindex),
                        core::mem::transmute_copy(&psample),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn NotifyProcessOutput<
            Identity: IMFQualityManager_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pnode: *mut core::ffi::c_void,
            loutputindex: i32,
            psample: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFQualityManager::NotifyProcessOutput", || {
                    IMFQualityManager_Impl::NotifyProcessOutput(
                        this,
                        core::mem::transmute_copy(&pnode),
                        core::mem::transmute_copy(&loutputindex),
                        core::mem::transmute_copy(&psample),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn NotifyQualityEvent<
            Identity: IMFQualityManager_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pobject: *mut core::ffi::c_void,
            pevent: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFQualityManager::NotifyQualityEvent", || {
                    IMFQualityManager_Impl::NotifyQualityEvent(
                        this,
                        core::mem::transmute_copy(&pobject),
                        core::mem::transmute_copy(&pevent),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn Shutdown<
            Identity: IMFQualityManager_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFQualityManager::Shutdown", || {
                    IMFQualityManager_Impl::Shutdown(this)
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            NotifyTopology: NotifyTopology::<Identity, OFFSET>,
            NotifyPresentationClock: NotifyPresentationClock::<Identity, OFFSET>,
            NotifyProcessInput: NotifyProcessInput::<Identity, OFFSET>,
            NotifyProcessOutput: NotifyProcessOutput::<Identity, OFFSET>,
            NotifyQualityEvent: NotifyQualityEvent::<Identity, OFFSET>,
            Shutdown: Shutdown::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFQualityManager as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFQualityManager {}
windows_core::imp::define_interface!(
    IMFRateControl,
    IMFRateControl_Vtbl,
    0x88ddcd21_03c3_4275_91ed_55ee3929328f
);
windows_core::imp::interface_hierarchy!(IMFRateControl, windows_core::IUnknown);
impl IMFRateControl {
    pub unsafe fn SetRate(&self, fthin: bool, flrate: f32) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SetRate)(
                windows_core::Interface::as_raw(self),
                fthin.into(),
                flrate,
            )
        }
    }
    pub unsafe fn GetRate(
        &self,
        pfthin: *mut windows_core::BOOL,
        pflrate: *mut f32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetRate)(
                windows_core::Interface::as_raw(self),
                pfthin as _,
                pflrate as _,
            )
        }
    }
}
#[repr(C)]
pub struct IMFRateControl_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub SetRate: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        windows_core::BOOL,
        f32,
    ) -> windows_core::HRESULT,
    pub GetRate: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut windows_core::BOOL,
        *mut f32,
    ) -> windows_core::HRESULT,
}
pub trait IMFRateControl_Impl: windows_core::IUnknownImpl {
    fn SetRate(&self, fthin: windows_core::BOOL, flrate: f32) -> windows_core::Result<()>;
    fn GetRate(
        &self,
        pfthin: *mut windows_core::BOOL,
        pflrate: *mut f32,
    ) -> windows_core::Result<()>;
}
impl IMFRateControl_Vtbl {
    pub const fn new<Identity: IMFRateControl_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn SetRate<Identity: IMFRateControl_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            fthin: windows_core::BOOL,
            flrate: f32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFRateControl::SetRate", || {
                    IMFRateControl_Impl::SetRate(
                        this,
                        core::mem::transmute_copy(&fthin),
                        core::mem::transmute_copy(&flrate),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetRate<Identity: IMFRateControl_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pfthin: *mut windows_core::BOOL,
            pflrate: *mut f32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFRateControl::GetRate", || {
                    IMFRateControl_Impl::GetRate(
                        this,
                        core::mem::transmute_copy(&pfthin),
                        core::mem::transmute_copy(&pflrate),
                    )
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            SetRate: SetRate::<Identity, OFFSET>,
            GetRate: GetRate::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFRateControl as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFRateControl {}
windows_core::imp::define_interface!(
    IMFRateSupport,
    IMFRateSupport_Vtbl,
    0x0a9ccdbc_d797_4563_9667_94ec5d79292d
);
windows_core::imp::interface_hierarchy!(IMFRateSupport, windows_core::IUnknown);
impl IMFRateSupport {
    pub unsafe fn GetSlowestRate(
        &self,
        edirection: MFRATE_DIRECTION,
        fthin: bool,
    ) -> windows_core::Result<f32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetSlowestRate)(
                windows_core::Interface::as_raw(self),
                edirection,
                fthin.into(),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetFastestRate(
        &self,
        edirection: MFRATE_DIRECTION,
        fthin: bool,
    ) -> windows_core::Result<f32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetFastestRate)(
                windows_core::Interface::as_raw(self),
                edirection,
                fthin.into(),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn IsRateSupported(
        &self,
        fthin: bool,
        flrate: f32,
        pflnearestsupportedrate: *mut f32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).IsRateSupported)(
                windows_core::Interface::as_raw(self),
                fthin.into(),
                flrate,
                pflnearestsupportedrate as _,
            )
        }
    }
}
#[repr(C)]
pub struct IMFRateSupport_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub GetSlowestRate: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        MFRATE_DIRECTION,
        windows_core::BOOL,
        *mut f32,
    ) -> windows_core::HRESULT,
    pub GetFastestRate: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        MFRATE_DIRECTION,
        windows_core::BOOL,
        *mut f32,
    ) -> windows_core::HRESULT,
    pub IsRateSupported: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        windows_core::BOOL,
        f32,
        *mut f32,
    ) -> windows_core::HRESULT,
}
pub trait IMFRateSupport_Impl: windows_core::IUnknownImpl {
    fn GetSlowestRate(
        &self,
        edirection: MFRATE_DIRECTION,
        fthin: windows_core::BOOL,
    ) -> windows_core::Result<f32>;
    fn GetFastestRate(
        &self,
        edirection: MFRATE_DIRECTION,
        fthin: windows_core::BOOL,
    ) -> windows_core::Result<f32>;
    fn IsRateSupported(
        &self,
        fthin: windows_core::BOOL,
        flrate: f32,
        pflnearestsupportedrate: *mut f32,
    ) -> windows_core::Result<()>;
}
impl IMFRateSupport_Vtbl {
    pub const fn new<Identity: IMFRateSupport_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetSlowestRate<
            Identity: IMFRateSupport_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            edirection: MFRATE_DIRECTION,
            fthin: windows_core::BOOL,
            pflrate: *mut f32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pflrate.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFRateSupport::GetSlowestRate", || {
                    IMFRateSupport_Impl::GetSlowestRate(
                        this,
                        core::mem::transmute_copy(&edirection),
                        core::mem::transmute_copy(&fthin),
                    )
                }) {
                    Ok(ok__) => {
                        pflrate.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetFastestRate<
            Identity: IMFRateSupport_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            edirection: MFRATE_DIRECTION,
            fthin: windows_core::BOOL,
            pflrate: *mut f32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pflrate.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFRateSupport::GetFastestRate", || {
                    IMFRateSupport_Impl::GetFastestRate(
                        this,
                        core::mem::transmute_copy(&edirection),
                        core::mem::transmute_copy(&fthin),
                    )
                }) {
                    Ok(ok__) => {
                        pflrate.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn IsRateSupported<
            Identity: IMFRateSupport_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            fthin: windows_core::BOOL,
            flrate: f32,
            pflnearestsupportedrate: *mut f32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFRateSupport::IsRateSupported", || {
                    IMFRateSupport_Impl::IsRateSupported(
                        this,
                        core::mem::transmute_copy(&fthin),
                        core::mem::transmute_copy(&flrate),
                        core::mem::transmute_copy(&pflnearestsupportedrate),
                    )
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            GetSlowestRate: GetSlowestRate::<Identity, OFFSET>,
            GetFastestRate: GetFastestRate::<Identity, OFFSET>,
            IsRateSupported: IsRateSupported::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFRateSupport as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFRateSupport {}
windows_core::imp::define_interface!(
    IMFSample,
    IMFSample_Vtbl,
    0xc40a00f2_b93a_4d80_ae8c_5a1c634f58e4
);
impl core::ops::Deref for IMFSample {
    type Target = IMFAttributes;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(IMFSample, windows_core::IUnknown, IMFAttributes);
impl IMFSample {
    pub unsafe fn GetSampleFlags(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetSampleFlags)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn SetSampleFlags(&self, dwsampleflags: u32) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SetSampleFlags)(
                windows_core::Interface::as_raw(self),
                dwsampleflags,
            )
        }
    }
    pub unsafe fn GetSampleTime(&self) -> windows_core::Result<i64> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetSampleTime)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn SetSampleTime(&self, hnssampletime: i64) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SetSampleTime)(
                windows_core::Interface::as_raw(self),
                hnssampletime,
            )
        }
    }
    pub unsafe fn GetSampleDuration(&self) -> windows_core::Result<i64> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetSampleDuration)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn SetSampleDuration(&self, hnssampleduration: i64) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SetSampleDuration)(
                windows_core::Interface::as_raw(self),
                hnssampleduration,
            )
        }
    }
    pub unsafe fn GetBufferCount(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetBufferCount)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetBufferByIndex(&self, dwindex: u32) -> windows_core::Result<IMFMediaBuffer> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetBufferByIndex)(
                windows_core::Interface::as_raw(self),
                dwindex,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn ConvertToContiguousBuffer(&self) -> windows_core::Result<IMFMediaBuffer> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).ConvertToContiguousBuffer)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn AddBuffer<P0>(&self, pbuffer: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFMediaBuffer>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).AddBuffer)(
                windows_core::Interface::as_raw(self),
                pbuffer.param().abi(),
            )
        }
    }
    pub unsafe fn RemoveBufferByIndex(&self, dwindex: u32) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).RemoveBufferByIndex)(
                windows_core::Interface::as_raw(self),
                dwindex,
            )
        }
    }
    pub unsafe fn RemoveAllBuffers(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).RemoveAllBuffers)(
                windows_core::Interface::as_raw(self),
            )
        }
    }
    pub unsafe fn GetTotalLength(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetTotalLength)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn CopyToBuffer<P0>(&self, pbuffer: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFMediaBuffer>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).CopyToBuffer)(
                windows_core::Interface::as_raw(self),
                pbuffer.param().abi(),
            )
        }
    }
}
#[repr(C)]
pub struct IMFSample_Vtbl {
    pub base__: IMFAttributes_Vtbl,
    pub GetSampleFlags:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub SetSampleFlags:
        unsafe extern "system" fn(*mut core::ffi::c_void, u32) -> windows_core::HRESULT,
    pub GetSampleTime:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut i64) -> windows_core::HRESULT,
    pub SetSampleTime:
        unsafe extern "system" fn(*mut core::ffi::c_void, i64) -> windows_core::HRESULT,
    pub GetSampleDuration:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut i64) -> windows_core::HRESULT,
    pub SetSampleDuration:
        unsafe extern "system" fn(*mut core::ffi::c_void, i64) -> windows_core::HRESULT,
    pub GetBufferCount:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub GetBufferByIndex: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub ConvertToContiguousBuffer: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub AddBuffer: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub RemoveBufferByIndex:
        unsafe extern "system" fn(*mut core::ffi::c_void, u32) -> windows_core::HRESULT,
    pub RemoveAllBuffers:
        unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub GetTotalLength:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub CopyToBuffer: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IMFSample_Impl: IMFAttributes_Impl {
    fn GetSampleFlags(&self) -> windows_core::Result<u32>;
    fn SetSampleFlags(&self, dwsampleflags: u32) -> windows_core::Result<()>;
    fn GetSampleTime(&self) -> windows_core::Result<i64>;
    fn SetSampleTime(&self, hnssampletime: i64) -> windows_core::Result<()>;
    fn GetSampleDuration(&self) -> windows_core::Result<i64>;
    fn SetSampleDuration(&self, hnssampleduration: i64) -> windows_core::Result<()>;
    fn GetBufferCount(&self) -> windows_core::Result<u32>;
    fn GetBufferByIndex(&self, dwindex: u32) -> windows_core::Result<IMFMediaBuffer>;
    fn ConvertToContiguousBuffer(
        &self,
        ppbuffer: *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT;
    fn AddBuffer(&self, pbuffer: windows_core::Ref<IMFMediaBuffer>) -> windows_core::Result<()>;
    fn RemoveBufferByIndex(&self, dwindex: u32) -> windows_core::Result<()>;
    fn RemoveAllBuffers(&self) -> windows_core::Result<()>;
    fn GetTotalLength(&self) -> windows_core::Result<u32>;
    fn CopyToBuffer(&self, pbuffer: windows_core::Ref<IMFMediaBuffer>) -> windows_core::Result<()>;
}
impl IMFSample_Vtbl {
    pub const fn new<Identity: IMFSample_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetSampleFlags<Identity: IMFSample_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pdwsampleflags: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pdwsampleflags.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFSample::GetSampleFlags", || {
                    IMFSample_Impl::GetSampleFlags(this)
                }) {
                    Ok(ok__) => {
                        pdwsampleflags.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn SetSampleFlags<Identity: IMFSample_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            dwsampleflags: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSample::SetSampleFlags", || {
                    IMFSample_Impl::SetSampleFlags(this, core::mem::transmute_copy(&dwsampleflags))
                })
                .into()
            }
        }
        unsafe extern "system" fn GetSampleTime<Identity: IMFSample_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            phnssampletime: *mut i64,
        ) -> windows_core::HRESULT {
            unsafe {
                if phnssampletime.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFSample::GetSampleTime", || {
                    IMFSample_Impl::GetSampleTime(this)
                }) {
                    Ok(ok__) => {
                        phnssampletime.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn SetSampleTime<Identity: IMFSample_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            hnssampletime: i64,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSample::SetSampleTime", || {
                    IMFSample_Impl::SetSampleTime(this, core::mem::transmute_copy(&hnssampletime))
                })
                .into()
            }
        }
        unsafe extern "system" fn GetSampleDuration<
            Identity: IMFSample_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            phnssampleduration: *mut i64,
        ) -> windows_core::HRESULT {
            unsafe {
                if phnssampleduration.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFSample::GetSampleDuration", || {
                    IMFSample_Impl::GetSampleDuration(this)
                }) {
                    Ok(ok__) => {
                        phnssampleduration.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn SetSampleDuration<
            Identity: IMFSample_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            hnssampleduration: i64,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSample::SetSampleDuration", || {
                    IMFSample_Impl::SetSampleDuration(
                        this,
                        core::mem::transmute_copy(&hnssampleduration),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetBufferCount<Identity: IMFSample_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pdwbuffercount: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pdwbuffercount.is_null() {
                    return windows_core::HRESULT(0x8007_0057_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFSample::GetBufferCount", || {
                    IMFSample_Impl::GetBufferCount(this)
                }) {
                    Ok(ok__) => {
                        pdwbuffercount.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetBufferByIndex<
            Identity: IMFSample_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwindex: u32,
            ppbuffer: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppbuffer.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFSample::GetBufferByIndex", || {
                    IMFSample_Impl::GetBufferByIndex(this, core::mem::transmute_copy(&dwindex))
                }) {
                    Ok(ok__) => {
                        ppbuffer.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn ConvertToContiguousBuffer<
            Identity: IMFSample_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ppbuffer: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSample::ConvertToContiguousBuffer", || {
                    IMFSample_Impl::ConvertToContiguousBuffer(this, ppbuffer)
                })
            }
        }
        unsafe extern "system" fn AddBuffer<Identity: IMFSample_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pbuffer: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSample::AddBuffer", || {
                    IMFSample_Impl::AddBuffer(this, core::mem::transmute_copy(&pbuffer))
                })
                .into()
            }
        }
        unsafe extern "system" fn RemoveBufferByIndex<
            Identity: IMFSample_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwindex: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSample::RemoveBufferByIndex", || {
                    IMFSample_Impl::RemoveBufferByIndex(this, core::mem::transmute_copy(&dwindex))
                })
                .into()
            }
        }
        unsafe extern "system" fn RemoveAllBuffers<
            Identity: IMFSample_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSample::RemoveAllBuffers", || {
                    IMFSample_Impl::RemoveAllBuffers(this)
                })
                .into()
            }
        }
        unsafe extern "system" fn GetTotalLength<Identity: IMFSample_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pcbtotallength: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pcbtotallength.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFSample::GetTotalLength", || {
                    IMFSample_Impl::GetTotalLength(this)
                }) {
                    Ok(ok__) => {
                        pcbtotallength.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn CopyToBuffer<Identity: IMFSample_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pbuffer: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSample::CopyToBuffer", || {
                    IMFSample_Impl::CopyToBuffer(this, core::mem::transmute_copy(&pbuffer))
                })
                .into()
            }
        }
        Self {
            base__: IMFAttributes_Vtbl::new::<Identity, OFFSET>(),
            GetSampleFlags: GetSampleFlags::<Identity, OFFSET>,
            SetSampleFlags: SetSampleFlags::<Identity, OFFSET>,
            GetSampleTime: GetSampleTime::<Identity, OFFSET>,
            SetSampleTime: SetSampleTime::<Identity, OFFSET>,
            GetSampleDuration: GetSampleDuration::<Identity, OFFSET>,
            SetSampleDuration: SetSampleDuration::<Identity, OFFSET>,
            GetBufferCount: GetBufferCount::<Identity, OFFSET>,
            GetBufferByIndex: GetBufferByIndex::<Identity, OFFSET>,
            ConvertToContiguousBuffer: ConvertToContiguousBuffer::<Identity, OFFSET>,
            AddBuffer: AddBuffer::<Identity, OFFSET>,
            RemoveBufferByIndex: RemoveBufferByIndex::<Identity, OFFSET>,
            RemoveAllBuffers: RemoveAllBuffers::<Identity, OFFSET>,
            GetTotalLength: GetTotalLength::<Identity, OFFSET>,
            CopyToBuffer: CopyToBuffer::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFSample as windows_core::Interface>::IID
            || iid == &<IMFAttributes as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFSample {}
windows_core::imp::define_interface!(
    IMFSampleGrabberSinkCallback,
    IMFSampleGrabberSinkCallback_Vtbl,
    0x8c7b80bf_ee42_4b59_b1df_55668e1bdca8
);
impl core::ops::Deref for IMFSampleGrabberSinkCallback {
    type Target = IMFClockStateSink;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(
    IMFSampleGrabberSinkCallback,
    windows_core::IUnknown,
    IMFClockStateSink
);
impl IMFSampleGrabberSinkCallback {
    pub unsafe fn OnSetPresentationClock<P0>(&self, ppresentationclock: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFPresentationClock>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).OnSetPresentationClock)(
                windows_core::Interface::as_raw(self),
                ppresentationclock.param().abi(),
            )
        }
    }
    pub unsafe fn OnProcessSample(
        &self,
        guidmajormediatype: *const windows_core::GUID,
        dwsampleflags: u32,
        llsampletime: i64,
        llsampleduration: i64,
        psamplebuffer: &[u8],
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).OnProcessSample)(
                windows_core::Interface::as_raw(self),
                guidmajormediatype,
                dwsampleflags,
                llsampletime,
                llsampleduration,
                psamplebuffer.as_ptr(),
                psamplebuffer.len().try_into().unwrap(),
            )
        }
    }
    pub unsafe fn OnShutdown(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).OnShutdown)(windows_core::Interface::as_raw(
                self,
            ))
        }
    }
}
#[repr(C)]
pub struct IMFSampleGrabberSinkCallback_Vtbl {
    pub base__: IMFClockStateSink_Vtbl,
    pub OnSetPresentationClock: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub OnProcessSample: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const windows_core::GUID,
        u32,
        i64,
        i64,
        *const u8,
        u32,
    ) -> windows_core::HRESULT,
    pub OnShutdown: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
}
pub trait IMFSampleGrabberSinkCallback_Impl: IMFClockStateSink_Impl {
    fn OnSetPresentationClock(
        &self,
        ppresentationclock: windows_core::Ref<IMFPresentationClock>,
    ) -> windows_core::Result<()>;
    fn OnProcessSample(
        &self,
        guidmajormediatype: *const windows_core::GUID,
        dwsampleflags: u32,
        llsampletime: i64,
        llsampleduration: i64,
        psamplebuffer: *const u8,
        dwsamplesize: u32,
    ) -> windows_core::Result<()>;
    fn OnShutdown(&self) -> windows_core::Result<()>;
}
impl IMFSampleGrabberSinkCallback_Vtbl {
    pub const fn new<Identity: IMFSampleGrabberSinkCallback_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn OnSetPresentationClock<
            Identity: IMFSampleGrabberSinkCallback_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ppresentationclock: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier(
                    "IMFSampleGrabberSinkCallback::OnSetPresentationClock",
                    || {
                        IMFSampleGrabberSinkCallback_Impl::OnSetPresentationClock(
                            this,
                            core::mem::transmute_copy(&ppresentationclock),
                        )
                    },
                )
                .into()
            }
        }
        unsafe extern "system" fn OnProcessSample<
            Identity: IMFSampleGrabberSinkCallback_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            guidmajormediatype: *const windows_core::GUID,
            dwsampleflags: u32,
            llsampletime: i64,
            llsampleduration: i64,
            psamplebuffer: *const u8,
            dwsamplesize: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSampleGrabberSinkCallback::OnProcessSample", || {
                    IMFSampleGrabberSinkCallback_Impl::OnProcessSample(
                        this,
                        core::mem::transmute_copy(&guidmajormediatype),
                        core::mem::transmute_copy(&dwsampleflags),
                        core::mem::transmute_copy(&llsampletime),
                        core::mem::transmute_copy(&llsampleduration),
                        core::mem::transmute_copy(&psamplebuffer),
                        core::mem::transmute_copy(&dwsamplesize),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn OnShutdown<
            Identity: IMFSampleGrabberSinkCallback_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSampleGrabberSinkCallback::OnShutdown", || {
                    IMFSampleGrabberSinkCallback_Impl::OnShutdown(this)
                })
                .into()
            }
        }
        Self {
            base__: IMFClockStateSink_Vtbl::new::<Identity, OFFSET>(),
            OnSetPresentationClock: OnSetPresentationClock::<Identity, OFFSET>,
            OnProcessSample: OnProcessSample::<Identity, OFFSET>,
            OnShutdown: OnShutdown::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFSampleGrabberSinkCallback as windows_core::Interface>::IID
            || iid == &<IMFClockStateSink as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFSampleGrabberSinkCallback {}
windows_core::imp::define_interface!(
    IMFSequencerSource,
    IMFSequencerSource_Vtbl,
    0x197cd219_19cb_4de1_a64c_acf2edcbe59e
);
windows_core::imp::interface_hierarchy!(IMFSequencerSource, windows_core::IUnknown);
impl IMFSequencerSource {
    pub unsafe fn AppendTopology<P0>(
        &self,
        ptopology: P0,
        dwflags: u32,
    ) -> windows_core::Result<MFSequencerElementId>
    where
        P0: windows_core::Param<IMFTopology>,
    {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).AppendTopology)(
                windows_core::Interface::as_raw(self),
                ptopology.param().abi(),
                dwflags,
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn DeleteTopology(&self, dwid: MFSequencerElementId) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).DeleteTopology)(
                windows_core::Interface::as_raw(self),
                dwid,
            )
        }
    }
    pub unsafe fn GetPresentationContext<P0>(
        &self,
        ppd: P0,
        pid: Option<*mut MFSequencerElementId>,
        pptopology: Option<*mut Option<IMFTopology>>,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFPresentationDescriptor>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).GetPresentationContext)(
                windows_core::Interface::as_raw(self),
                ppd.param().abi(),
                pid.unwrap_or(core::mem::zeroed()) as _,
                pptopology.unwrap_or(core::mem::zeroed()) as _,
            )
        }
    }
    pub unsafe fn UpdateTopology<P1>(
        &self,
        dwid: MFSequencerElementId,
        ptopology: P1,
    ) -> windows_core::HRESULT
    where
        P1: windows_core::Param<IMFTopology>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).UpdateTopology)(
                windows_core::Interface::as_raw(self),
                dwid,
                ptopology.param().abi(),
            )
        }
    }
    pub unsafe fn UpdateTopologyFlags(
        &self,
        dwid: MFSequencerElementId,
        dwflags: u32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).UpdateTopologyFlags)(
                windows_core::Interface::as_raw(self),
                dwid,
                dwflags,
            )
        }
    }
}
#[repr(C)]
pub struct IMFSequencerSource_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub AppendTopology: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        u32,
        *mut MFSequencerElementId,
    ) -> windows_core::HRESULT,
    pub DeleteTopology: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        MFSequencerElementId,
    ) -> windows_core::HRESULT,
    pub GetPresentationContext: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut MFSequencerElementId,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub UpdateTopology: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        MFSequencerElementId,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub UpdateTopologyFlags: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        MFSequencerElementId,
        u32,
    ) -> windows_core::HRESULT,
}
pub trait IMFSequencerSource_Impl: windows_core::IUnknownImpl {
    fn AppendTopology(
        &self,
        ptopology: windows_core::Ref<IMFTopology>,
        dwflags: u32,
    ) -> windows_core::Result<MFSequencerElementId>;
    fn DeleteTopology(&self, dwid: MFSequencerElementId) -> windows_core::Result<()>;
    fn GetPresentationContext(
        &self,
        ppd: windows_core::Ref<IMFPresentationDescriptor>,
        pid: *mut MFSequencerElementId,
        pptopology: windows_core::OutRef<IMFTopology>,
    ) -> windows_core::Result<()>;
    fn UpdateTopology(
        &self,
        dwid: MFSequencerElementId,
        ptopology: windows_core::Ref<IMFTopology>,
    ) -> windows_core::Result<()>;
    fn UpdateTopologyFlags(
        &self,
        dwid: MFSequencerElementId,
        dwflags: u32,
    ) -> windows_core::Result<()>;
}
impl IMFSequencerSource_Vtbl {
    pub const fn new<Identity: IMFSequencerSource_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn AppendTopology<
            Identity: IMFSequencerSource_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ptopology: *mut core::ffi::c_void,
            dwflags: u32,
            pdwid: *mut MFSequencerElementId,
        ) -> windows_core::HRESULT {
            unsafe {
                if pdwid.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFSequencerSource::AppendTopology", || {
                    IMFSequencerSource_Impl::AppendTopology(
                        this,
                        core::mem::transmute_copy(&ptopology),
                        core::mem::transmute_copy(&dwflags),
                    )
                }) {
                    Ok(ok__) => {
                        pdwid.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn DeleteTopology<
            Identity: IMFSequencerSource_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwid: MFSequencerElementId,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSequencerSource::DeleteTopology", || {
                    IMFSequencerSource_Impl::DeleteTopology(this, core::mem::transmute_copy(&dwid))
                })
                .into()
            }
        }
        unsafe extern "system" fn GetPresentationContext<
            Identity: IMFSequencerSource_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ppd: *mut core::ffi::c_void,
            pid: *mut MFSequencerElementId,
            pptopology: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSequencerSource::GetPresentationContext", || {
                    IMFSequencerSource_Impl::GetPresentationContext(
                        this,
                        core::mem::transmute_copy(&ppd),
                        core::mem::transmute_copy(&pid),
                        core::mem::transmute_copy(&pptopology),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn UpdateTopology<
            Identity: IMFSequencerSource_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwid: MFSequencerElementId,
            ptopology: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSequencerSource::UpdateTopology", || {
                    IMFSequencerSource_Impl::UpdateTopology(
                        this,
                        core::mem::transmute_copy(&dwid),
                        core::mem::transmute_copy(&ptopology),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn UpdateTopologyFlags<
            Identity: IMFSequencerSource_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwid: MFSequencerElementId,
            dwflags: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSequencerSource::UpdateTopologyFlags", || {
                    IMFSequencerSource_Impl::UpdateTopologyFlags(
                        this,
                        core::mem::transmute_copy(&dwid),
                        core::mem::transmute_copy(&dwflags),
                    )
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            AppendTopology: AppendTopology::<Identity, OFFSET>,
            DeleteTopology: DeleteTopology::<Identity, OFFSET>,
            GetPresentationContext: GetPresentationContext::<Identity, OFFSET>,
            UpdateTopology: UpdateTopology::<Identity, OFFSET>,
            UpdateTopologyFlags: UpdateTopologyFlags::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFSequencerSource as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFSequencerSource {}
windows_core::imp::define_interface!(
    IMFShutdown,
    IMFShutdown_Vtbl,
    0x97ec2ea4_0e42_4937_97ac_9d6d328824e1
);
windows_core::imp::interface_hierarchy!(IMFShutdown, windows_core::IUnknown);
impl IMFShutdown {
    pub unsafe fn Shutdown(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Shutdown)(windows_core::Interface::as_raw(self))
        }
    }
    pub unsafe fn GetShutdownStatus(&self) -> windows_core::Result<MFSHUTDOWN_STATUS> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetShutdownStatus)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
}
#[repr(C)]
pub struct IMFShutdown_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub Shutdown: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub GetShutdownStatus: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut MFSHUTDOWN_STATUS,
    ) -> windows_core::HRESULT,
}
pub trait IMFShutdown_Impl: windows_core::IUnknownImpl {
    fn Shutdown(&self) -> windows_core::Result<()>;
    fn GetShutdownStatus(&self) -> windows_core::Result<MFSHUTDOWN_STATUS>;
}
impl IMFShutdown_Vtbl {
    pub const fn new<Identity: IMFShutdown_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn Shutdown<Identity: IMFShutdown_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFShutdown::Shutdown", || IMFShutdown_Impl::Shutdown(this))
                    .into()
            }
        }
        unsafe extern "system" fn GetShutdownStatus<
            Identity: IMFShutdown_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pstatus: *mut MFSHUTDOWN_STATUS,
        ) -> windows_core::HRESULT {
            unsafe {
                if pstatus.is_null() {
                    return windows_core::HRESULT(0x8007_0057_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFShutdown::GetShutdownStatus", || {
                    IMFShutdown_Impl::GetShutdownStatus(this)
                }) {
                    Ok(ok__) => {
                        pstatus.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            Shutdown: Shutdown::<Identity, OFFSET>,
            GetShutdownStatus: GetShutdownStatus::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFShutdown as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFShutdown {}
windows_core::imp::define_interface!(
    IMFSourceResolver,
    IMFSourceResolver_Vtbl,
    0xfbe5a32d_a497_4b61_bb85_97b1a848a6e3
);
windows_core::imp::interface_hierarchy!(IMFSourceResolver, windows_core::IUnknown);
impl IMFSourceResolver {
    pub unsafe fn CreateObjectFromURL<P0, P2>(
        &self,
        pwszurl: P0,
        dwflags: u32,
        pprops: P2,
        pobjecttype: *mut MF_OBJECT_TYPE,
        ppobject: *mut Option<windows_core::IUnknown>,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<windows_core::PCWSTR>,
        P2: windows_core::Param<IPropertyStore>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).CreateObjectFromURL)(
                windows_core::Interface::as_raw(self),
                pwszurl.param().abi(),
                dwflags,
                pprops.param().abi(),
                pobjecttype as _,
                core::mem::transmute(ppobject),
            )
        }
    }
    pub unsafe fn CreateObjectFromByteStream<P0, P1, P3>(
        &self,
        pbytestream: P0,
        pwszurl: P1,
        dwflags: u32,
        pprops: P3,
        pobjecttype: *mut MF_OBJECT_TYPE,
        ppobject: *mut Option<windows_core::IUnknown>,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFByteStream>,
        P1: windows_core::Param<windows_core::PCWSTR>,
        P3: windows_core::Param<IPropertyStore>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).CreateObjectFromByteStream)(
                windows_core::Interface::as_raw(self),
                pbytestream.param().abi(),
                pwszurl.param().abi(),
                dwflags,
                pprops.param().abi(),
                pobjecttype as _,
                core::mem::transmute(ppobject),
            )
        }
    }
    pub unsafe fn BeginCreateObjectFromURL<P0, P2, P4, P5>(
        &self,
        pwszurl: P0,
        dwflags: u32,
        pprops: P2,
        ppiunknowncancelcookie: *mut Option<windows_core::IUnknown>,
        pcallback: P4,
        punkstate: P5,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<windows_core::PCWSTR>,
        P2: windows_core::Param<IPropertyStore>,
        P4: windows_core::Param<IMFAsyncCallback>,
        P5: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).BeginCreateObjectFromURL)(
                windows_core::Interface::as_raw(self),
                pwszurl.param().abi(),
                dwflags,
                pprops.param().abi(),
                core::mem::transmute(ppiunknowncancelcookie),
                pcallback.param().abi(),
                punkstate.param().abi(),
            )
        }
    }
    pub unsafe fn EndCreateObjectFromURL<P0>(
        &self,
        presult: P0,
        pobjecttype: *mut MF_OBJECT_TYPE,
        ppobject: *mut Option<windows_core::IUnknown>,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFAsyncResult>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).EndCreateObjectFromURL)(
                windows_core::Interface::as_raw(self),
                presult.param().abi(),
                pobjecttype as _,
                core::mem::transmute(ppobject),
            )
        }
    }
    pub unsafe fn BeginCreateObjectFromByteStream<P0, P1, P3, P5, P6>(
        &self,
        pbytestream: P0,
        pwszurl: P1,
        dwflags: u32,
        pprops: P3,
        ppiunknowncancelcookie: *mut Option<windows_core::IUnknown>,
        pcallback: P5,
        punkstate: P6,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFByteStream>,
        P1: windows_core::Param<windows_core::PCWSTR>,
        P3: windows_core::Param<IPropertyStore>,
        P5: windows_core::Param<IMFAsyncCallback>,
        P6: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).BeginCreateObjectFromByteStream)(
                windows_core::Interface::as_raw(self),
                pbytestream.param().abi(),
                pwszurl.param().abi(),
                dwflags,
                pprops.param().abi(),
                core::mem::transmute(ppiunknowncancelcookie),
                pcallback.param().abi(),
                punkstate.param().abi(),
            )
        }
    }
    pub unsafe fn EndCreateObjectFromByteStream<P0>(
        &self,
        presult: P0,
        pobjecttype: *mut MF_OBJECT_TYPE,
        ppobject: *mut Option<windows_core::IUnknown>,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFAsyncResult>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).EndCreateObjectFromByteStream)(
                windows_core::Interface::as_raw(self),
                presult.param().abi(),
                pobjecttype as _,
                core::mem::transmute(ppobject),
            )
        }
    }
    pub unsafe fn CancelObjectCreation<P0>(
        &self,
        piunknowncancelcookie: P0,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).CancelObjectCreation)(
                windows_core::Interface::as_raw(self),
                piunknowncancelcookie.param().abi(),
            )
        }
    }
}
#[repr(C)]
pub struct IMFSourceResolver_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub CreateObjectFromURL: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        windows_core::PCWSTR,
        u32,
        *mut core::ffi::c_void,
        *mut MF_OBJECT_TYPE,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub CreateObjectFromByteStream: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        windows_core::PCWSTR,
        u32,
        *mut core::ffi::c_void,
        *mut MF_OBJECT_TYPE,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub BeginCreateObjectFromURL: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        windows_core::PCWSTR,
        u32,
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub EndCreateObjectFromURL: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut MF_OBJECT_TYPE,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub BeginCreateObjectFromByteStream: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        windows_core::PCWSTR,
        u32,
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub EndCreateObjectFromByteStream: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut MF_OBJECT_TYPE,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub CancelObjectCreation: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IMFSourceResolver_Impl: windows_core::IUnknownImpl {
    fn CreateObjectFromURL(
        &self,
        pwszurl: &windows_core::PCWSTR,
        dwflags: u32,
        pprops: windows_core::Ref<IPropertyStore>,
        pobjecttype: *mut MF_OBJECT_TYPE,
        ppobject: windows_core::OutRef<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn CreateObjectFromByteStream(
        &self,
        pbytestream: windows_core::Ref<IMFByteStream>,
        pwszurl: &windows_core::PCWSTR,
        dwflags: u32,
        pprops: windows_core::Ref<IPropertyStore>,
        pobjecttype: *mut MF_OBJECT_TYPE,
        ppobject: windows_core::OutRef<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn BeginCreateObjectFromURL(
        &self,
        pwszurl: &windows_core::PCWSTR,
        dwflags: u32,
        pprops: windows_core::Ref<IPropertyStore>,
        ppiunknowncancelcookie: windows_core::OutRef<windows_core::IUnknown>,
        pcallback: windows_core::Ref<IMFAsyncCallback>,
        punkstate: windows_core::Ref<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn EndCreateObjectFromURL(
        &self,
        presult: windows_core::Ref<IMFAsyncResult>,
        pobjecttype: *mut MF_OBJECT_TYPE,
        ppobject: windows_core::OutRef<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn BeginCreateObjectFromByteStream(
        &self,
        pbytestream: windows_core::Ref<IMFByteStream>,
        pwszurl: &windows_core::PCWSTR,
        dwflags: u32,
        pprops: windows_core::Ref<IPropertyStore>,
        ppiunknowncancelcookie: windows_core::OutRef<windows_core::IUnknown>,
        pcallback: windows_core::Ref<IMFAsyncCallback>,
        punkstate: windows_core::Ref<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn EndCreateObjectFromByteStream(
        &self,
        presult: windows_core::Ref<IMFAsyncResult>,
        pobjecttype: *mut MF_OBJECT_TYPE,
        ppobject: windows_core::OutRef<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn CancelObjectCreation(
        &self,
        piunknowncancelcookie: windows_core::Ref<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
}
impl IMFSourceResolver_Vtbl {
    pub const fn new<Identity: IMFSourceResolver_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn CreateObjectFromURL<
            Identity: IMFSourceResolver_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pwszurl: windows_core::PCWSTR,
            dwflags: u32,
            pprops: *mut core::ffi::c_void,
            pobjecttype: *mut MF_OBJECT_TYPE,
            ppobject: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSourceResolver::CreateObjectFromURL", || {
                    IMFSourceResolver_Impl::CreateObjectFromURL(
                        this,
                        core::mem::transmute(&pwszurl),
                        core::mem::transmute_copy(&dwflags),
                        core::mem::transmute_copy(&pprops),
                        core::mem::transmute_copy(&pobjecttype),
                        core::mem::transmute_copy(&ppobject),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn CreateObjectFromByteStream<
            Identity: IMFSourceResolver_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pbytestream: *mut core::ffi::c_void,
            pwszurl: windows_core::PCWSTR,
            dwflags: u32,
            pprops: *mut core::ffi::c_void,
            pobjecttype: *mut MF_OBJECT_TYPE,
            ppobject: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSourceResolver::CreateObjectFromByteStream", || {
                    IMFSourceResolver_Impl::CreateObjectFromByteStream(
                        this,
                        core::mem::transmute_copy(&pbytestream),
                        core::mem::transmute(&pwszurl),
                        core::mem::transmute_copy(&dwflags),
                        core::mem::transmute_copy(&pprops),
                        core::mem::transmute_copy(&pobjecttype),
                        core::mem::transmute_copy(&ppobject),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn BeginCreateObjectFromURL<
            Identity: IMFSourceResolver_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pwszurl: windows_core::PCWSTR,
            dwflags: u32,
            pprops: *mut core::ffi::c_void,
            ppiunknowncancelcookie: *mut *mut core::ffi::c_void,
            pcallback: *mut core::ffi::c_void,
            punkstate: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSourceResolver::BeginCreateObjectFromURL", || {
                    IMFSourceResolver_Impl::BeginCreateObjectFromURL(
                        this,
                        core::mem::transmute(&pwszurl),
                        core::mem::transmute_copy(&dwflags),
                        core::mem::transmute_copy(&pprops),
                        core::mem::transmute_copy(&ppiunknowncancelcookie),
                        core::mem::transmute_copy(&pcallback),
                        core::mem::transmute_copy(&punkstate),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn EndCreateObjectFromURL<
            Identity: IMFSourceResolver_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            presult: *mut core::ffi::c_void,
            pobjecttype: *mut MF_OBJECT_TYPE,
            ppobject: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSourceResolver::EndCreateObjectFromURL", || {
                    IMFSourceResolver_Impl::EndCreateObjectFromURL(
                        this,
                        core::mem::transmute_copy(&presult),
                        core::mem::transmute_copy(&pobjecttype),
                        core::mem::transmute_copy(&ppobject),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn BeginCreateObjectFromByteStream<
            Identity: IMFSourceResolver_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pbytestream: *mut core::ffi::c_void,
            pwszurl: windows_core::PCWSTR,
            dwflags: u32,
            pprops: *mut core::ffi::c_void,
            ppiunknowncancelcookie: *mut *mut core::ffi::c_void,
            pcallback: *mut core::ffi::c_void,
            punkstate: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSourceResolver::BeginCreateObjectFromByteStream", || {
                    IMFSourceResolver_Impl::BeginCreateObjectFromByteStream(
                        this,
                        core::mem::transmute_copy(&pbytestream),
                        core::mem::transmute(&pwszurl),
                        core::mem::transmute_copy(&dwflags),
                        core::mem::transmute_copy(&pprops),
                        core::mem::transmute_copy(&ppiunknowncancelcookie),
                        core::mem::transmute_copy(&pcallback),
                        core::mem::transmute_copy(&punkstate),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn EndCreateObjectFromByteStream<
            Identity: IMFSourceResolver_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            presult: *mut core::ffi::c_void,
            pobjecttype: *mut MF_OBJECT_TYPE,
            ppobject: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSourceResolver::EndCreateObjectFromByteStream", || {
                    IMFSourceResolver_Impl::EndCreateObjectFromByteStream(
                        this,
                        core::mem::transmute_copy(&presult),
                        core::mem::transmute_copy(&pobjecttype),
                        core::mem::transmute_copy(&ppobject),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn CancelObjectCreation<
            Identity: IMFSourceResolver_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            piunknowncancelcookie: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFSourceResolver::CancelObjectCreation", || {
                    IMFSourceResolver_Impl::CancelObjectCreation(
                        this,
                        core::mem::transmute_copy(&piunknowncancelcookie),
                    )
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            CreateObjectFromURL: CreateObjectFromURL::<Identity, OFFSET>,
            CreateObjectFromByteStream: CreateObjectFromByteStream::<Identity, OFFSET>,
            BeginCreateObjectFromURL: BeginCreateObjectFromURL::<Identity, OFFSET>,
            EndCreateObjectFromURL: EndCreateObjectFromURL::<Identity, OFFSET>,
            BeginCreateObjectFromByteStream: BeginCreateObjectFromByteStream::<Identity, OFFSET>,
            EndCreateObjectFromByteStream: EndCreateObjectFromByteStream::<Identity, OFFSET>,
            CancelObjectCreation: CancelObjectCreation::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFSourceResolver as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFSourceResolver {}
windows_core::imp::define_interface!(
    IMFStreamDescriptor,
    IMFStreamDescriptor_Vtbl,
    0x56c03d9c_9dbb_45f5_ab4b_d80f47c05938
);
impl core::ops::Deref for IMFStreamDescriptor {
    type Target = IMFAttributes;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(IMFStreamDescriptor, windows_core::IUnknown, IMFAttributes);
impl IMFStreamDescriptor {
    pub unsafe fn GetStreamIdentifier(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetStreamIdentifier)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetMediaTypeHandler(&self) -> windows_core::Result<IMFMediaTypeHandler> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetMediaTypeHandler)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
}
#[repr(C)]
pub struct IMFStreamDescriptor_Vtbl {
    pub base__: IMFAttributes_Vtbl,
    pub GetStreamIdentifier:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub GetMediaTypeHandler: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IMFStreamDescriptor_Impl: IMFAttributes_Impl {
    fn GetStreamIdentifier(&self) -> windows_core::Result<u32>;
    fn GetMediaTypeHandler(&self) -> windows_core::Result<IMFMediaTypeHandler>;
}
impl IMFStreamDescriptor_Vtbl {
    pub const fn new<Identity: IMFStreamDescriptor_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetStreamIdentifier<
            Identity: IMFStreamDescriptor_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pdwstreamidentifier: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pdwstreamidentifier.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFStreamDescriptor::GetStreamIdentifier", || {
                    IMFStreamDescriptor_Impl::GetStreamIdentifier(this)
                }) {
                    Ok(ok__) => {
                        pdwstreamidentifier.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetMediaTypeHandler<
            Identity: IMFStreamDescriptor_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ppmediatypehandler: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppmediatypehandler.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFStreamDescriptor::GetMediaTypeHandler", || {
                    IMFStreamDescriptor_Impl::GetMediaTypeHandler(this)
                }) {
                    Ok(ok__) => {
                        ppmediatypehandler.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        Self {
            base__: IMFAttributes_Vtbl::new::<Identity, OFFSET>(),
            GetStreamIdentifier: GetStreamIdentifier::<Identity, OFFSET>,
            GetMediaTypeHandler: GetMediaTypeHandler::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFStreamDescriptor as windows_core::Interface>::IID
            || iid == &<IMFAttributes as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFStreamDescriptor {}
windows_core::imp::define_interface!(
    IMFStreamSink,
    IMFStreamSink_Vtbl,
    0x0a97b3cf_8e7c_4a3d_8f8c_0c843dc247fb
);
impl core::ops::Deref for IMFStreamSink {
    type Target = IMFMediaEventGenerator;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(
    IMFStreamSink,
    windows_core::IUnknown,
    IMFMediaEventGenerator
);
impl IMFStreamSink {
    pub unsafe fn GetMediaSink(&self) -> windows_core::Result<IMFMediaSink> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetMediaSink)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn GetIdentifier(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetIdentifier)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetMediaTypeHandler(&self) -> windows_core::Result<IMFMediaTypeHandler> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetMediaTypeHandler)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn ProcessSample<P0>(&self, psample: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFSample>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).ProcessSample)(
                windows_core::Interface::as_raw(self),
                psample.param().abi(),
            )
        }
    }
    pub unsafe fn PlaceMarker(
        &self,
        emarkertype: MFSTREAMSINK_MARKER_TYPE,
        pvarmarkervalue: *const PROPVARIANT,
        pvarcontextvalue: *const PROPVARIANT,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).PlaceMarker)(
                windows_core::Interface::as_raw(self),
                emarkertype,
                pvarmarkervalue,
                pvarcontextvalue,
            )
        }
    }
    pub unsafe fn Flush(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Flush)(windows_core::Interface::as_raw(self))
        }
    }
}
#[repr(C)]
pub struct IMFStreamSink_Vtbl {
    pub base__: IMFMediaEventGenerator_Vtbl,
    pub GetMediaSink: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetIdentifier:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub GetMediaTypeHandler: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub ProcessSample: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub PlaceMarker: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        MFSTREAMSINK_MARKER_TYPE,
        *const PROPVARIANT,
        *const PROPVARIANT,
    ) -> windows_core::HRESULT,
    pub Flush: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
}
pub trait IMFStreamSink_Impl: IMFMediaEventGenerator_Impl {
    fn GetMediaSink(&self) -> windows_core::Result<IMFMediaSink>;
    fn GetIdentifier(&self) -> windows_core::Result<u32>;
    fn GetMediaTypeHandler(&self) -> windows_core::Result<IMFMediaTypeHandler>;
    fn ProcessSample(&self, psample: windows_core::Ref<IMFSample>) -> windows_core::Result<()>;
    fn PlaceMarker(
        &self,
        emarkertype: MFSTREAMSINK_MARKER_TYPE,
        pvarmarkervalue: *const PROPVARIANT,
        pvarcontextvalue: *const PROPVARIANT,
    ) -> windows_core::Result<()>;
    fn Flush(&self) -> windows_core::Result<()>;
}
impl IMFStreamSink_Vtbl {
    pub const fn new<Identity: IMFStreamSink_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetMediaSink<
            Identity: IMFStreamSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ppmediasink: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppmediasink.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFStreamSink::GetMediaSink", || {
                    IMFStreamSink_Impl::GetMediaSink(this)
                }) {
                    Ok(ok__) => {
                        ppmediasink.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetIdentifier<
            Identity: IMFStreamSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pdwidentifier: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pdwidentifier.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFStreamSink::GetIdentifier", || {
                    IMFStreamSink_Impl::GetIdentifier(this)
                }) {
                    Ok(ok__) => {
                        pdwidentifier.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetMediaTypeHandler<
            Identity: IMFStreamSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pphandler: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if pphandler.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFStreamSink::GetMediaTypeHandler", || {
                    IMFStreamSink_Impl::GetMediaTypeHandler(this)
                }) {
                    Ok(ok__) => {
                        pphandler.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn ProcessSample<
            Identity: IMFStreamSink_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            psample: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFStreamSink::ProcessSample", || {
                    IMFStreamSink_Impl::ProcessSample(this, core::mem::transmute_copy(&psample))
                })
                .into()
            }
        }
        unsafe extern "system" fn PlaceMarker<Identity: IMFStreamSink_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            emarkertype: MFSTREAMSINK_MARKER_TYPE,
            pvarmarkervalue: *const PROPVARIANT,
            pvarcontextvalue: *const PROPVARIANT,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFStreamSink::PlaceMarker", || {
                    IMFStreamSink_Impl::PlaceMarker(
                        this,
                        core::mem::transmute_copy(&emarkertype),
                        core::mem::transmute_copy(&pvarmarkervalue),
                        core::mem::transmute_copy(&pvarcontextvalue),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn Flush<Identity: IMFStreamSink_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFStreamSink::Flush", || IMFStreamSink_Impl::Flush(this))
                    .into()
            }
        }
        Self {
            base__: IMFMediaEventGenerator_Vtbl::new::<Identity, OFFSET>(),
            GetMediaSink: GetMediaSink::<Identity, OFFSET>,
            GetIdentifier: GetIdentifier::<Identity, OFFSET>,
            GetMediaTypeHandler: GetMediaTypeHandler::<Identity, OFFSET>,
            ProcessSample: ProcessSample::<Identity, OFFSET>,
            PlaceMarker: PlaceMarker::<Identity, OFFSET>,
            Flush: Flush::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFStreamSink as windows_core::Interface>::IID
            || iid == &<IMFMediaEventGenerator as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFStreamSink {}
windows_core::imp::define_interface!(
    IMFTimer,
    IMFTimer_Vtbl,
    0xe56e4cbd_8f70_49d8_a0f8_edb3d6ab9bf2
);
windows_core::imp::interface_hierarchy!(IMFTimer, windows_core::IUnknown);
impl IMFTimer {
    pub unsafe fn SetTimer<P2, P3>(
        &self,
        dwflags: u32,
        llclocktime: i64,
        pcallback: P2,
        punkstate: P3,
    ) -> windows_core::Result<windows_core::IUnknown>
    where
        P2: windows_core::Param<IMFAsyncCallback>,
        P3: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).SetTimer)(
                windows_core::Interface::as_raw(self),
                dwflags,
                llclocktime,
                pcallback.param().abi(),
                punkstate.param().abi(),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn CancelTimer<P0>(&self, punkkey: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).CancelTimer)(
                windows_core::Interface::as_raw(self),
                punkkey.param().abi(),
            )
        }
    }
}
#[repr(C)]
pub struct IMFTimer_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub SetTimer: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        i64,
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub CancelTimer: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IMFTimer_Impl: windows_core::IUnknownImpl {
    fn SetTimer(
        &self,
        dwflags: u32,
        llclocktime: i64,
        pcallback: windows_core::Ref<IMFAsyncCallback>,
        punkstate: windows_core::Ref<windows_core::IUnknown>,
        ppunkkey: *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT;
    fn CancelTimer(
        &self,
        punkkey: windows_core::Ref<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
}
impl IMFTimer_Vtbl {
    pub const fn new<Identity: IMFTimer_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn SetTimer<Identity: IMFTimer_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            dwflags: u32,
            llclocktime: i64,
            pcallback: *mut core::ffi::c_void,
            punkstate: *mut core::ffi::c_void,
            ppunkkey: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTimer::SetTimer", || {
                    IMFTimer_Impl::SetTimer(
                        this,
                        core::mem::transmute_copy(&dwflags),
                        core::mem::transmute_copy(&llclocktime),
                        core::mem::transmute_copy(&pcallback),
                        core::mem::transmute_copy(&punkstate),
                        ppunkkey,
                    )
                })
            }
        }
        unsafe extern "system" fn CancelTimer<Identity: IMFTimer_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            punkkey: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTimer::CancelTimer", || {
                    IMFTimer_Impl::CancelTimer(this, core::mem::transmute_copy(&punkkey))
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            SetTimer: SetTimer::<Identity, OFFSET>,
            CancelTimer: CancelTimer::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFTimer as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFTimer {}
windows_core::imp::define_interface!(
    IMFTopoLoader,
    IMFTopoLoader_Vtbl,
    0xde9a6157_f660_4643_b56a_df9f7998c7cd
);
windows_core::imp::interface_hierarchy!(IMFTopoLoader, windows_core::IUnknown);
impl IMFTopoLoader {
    pub unsafe fn Load<P0, P2>(
        &self,
        pinputtopo: P0,
        ppoutputtopo: *mut Option<IMFTopology>,
        pcurrenttopo: P2,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFTopology>,
        P2: windows_core::Param<IMFTopology>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).Load)(
                windows_core::Interface::as_raw(self),
                pinputtopo.param().abi(),
                core::mem::transmute(ppoutputtopo),
                pcurrenttopo.param().abi(),
            )
        }
    }
}
#[repr(C)]
pub struct IMFTopoLoader_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub Load: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IMFTopoLoader_Impl: windows_core::IUnknownImpl {
    fn Load(
        &self,
        pinputtopo: windows_core::Ref<IMFTopology>,
        ppoutputtopo: windows_core::OutRef<IMFTopology>,
        pcurrenttopo: windows_core::Ref<IMFTopology>,
    ) -> windows_core::Result<()>;
}
impl IMFTopoLoader_Vtbl {
    pub const fn new<Identity: IMFTopoLoader_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn Load<Identity: IMFTopoLoader_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pinputtopo: *mut core::ffi::c_void,
            ppoutputtopo: *mut *mut core::ffi::c_void,
            pcurrenttopo: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTopoLoader::Load", || {
                    IMFTopoLoader_Impl::Load(
                        this,
                        core::mem::transmute_copy(&pinputtopo),
                        core::mem::transmute_copy(&ppoutputtopo),
                        core::mem::transmute_copy(&pcurrenttopo),
                    )
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            Load: Load::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFTopoLoader as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFTopoLoader {}
windows_core::imp::define_interface!(
    IMFTopology,
    IMFTopology_Vtbl,
    0x83cf873a_f6da_4bc8_823f_bacfd55dc433
);
impl core::ops::Deref for IMFTopology {
    type Target = IMFAttributes;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(IMFTopology, windows_core::IUnknown, IMFAttributes);
impl IMFTopology {
    pub unsafe fn GetTopologyID(&self) -> windows_core::Result<TOPOID> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetTopologyID)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn AddNode<P0>(&self, pnode: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFTopologyNode>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).AddNode)(
                windows_core::Interface::as_raw(self),
                pnode.param().abi(),
            )
        }
    }
    pub unsafe fn RemoveNode<P0>(&self, pnode: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<IMFTopologyNode>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).RemoveNode)(
                windows_core::Interface::as_raw(self),
                pnode.param().abi(),
            )
        }
    }
    pub unsafe fn GetNodeCount(&self) -> windows_core::Result<u16> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetNodeCount)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetNode(&self, windex: u16) -> windows_core::Result<IMFTopologyNode> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetNode)(
                windows_core::Interface::as_raw(self),
                windex,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn Clear(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Clear)(windows_core::Interface::as_raw(self))
        }
    }
    pub unsafe fn CloneFrom<P0>(&self, ptopology: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<Self>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).CloneFrom)(
                windows_core::Interface::as_raw(self),
                ptopology.param().abi(),
            )
        }
    }
    pub unsafe fn GetNodeByID(
        &self,
        qwtoponodeid: TOPOID,
    ) -> windows_core::Result<IMFTopologyNode> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetNodeByID)(
                windows_core::Interface::as_raw(self),
                qwtoponodeid,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn GetSourceNodeCollection(&self) -> windows_core::Result<IMFCollection> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetSourceNodeCollection)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn GetOutputNodeCollection(&self) -> windows_core::Result<IMFCollection> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetOutputNodeCollection)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
}
#[repr(C)]
pub struct IMFTopology_Vtbl {
    pub base__: IMFAttributes_Vtbl,
    pub GetTopologyID:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut TOPOID) -> windows_core::HRESULT,
    pub AddNode: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub RemoveNode: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetNodeCount:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u16) -> windows_core::HRESULT,
    pub GetNode: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u16,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub Clear: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub CloneFrom: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetNodeByID: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        TOPOID,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetSourceNodeCollection: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetOutputNodeCollection: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IMFTopology_Impl: IMFAttributes_Impl {
    fn GetTopologyID(&self) -> windows_core::Result<TOPOID>;
    fn AddNode(&self, pnode: windows_core::Ref<IMFTopologyNode>) -> windows_core::Result<()>;
    fn RemoveNode(&self, pnode: windows_core::Ref<IMFTopologyNode>) -> windows_core::Result<()>;
    fn GetNodeCount(&self) -> windows_core::Result<u16>;
    fn GetNode(&self, windex: u16) -> windows_core::Result<IMFTopologyNode>;
    fn Clear(&self) -> windows_core::Result<()>;
    fn CloneFrom(&self, ptopology: windows_core::Ref<IMFTopology>) -> windows_core::Result<()>;
    fn GetNodeByID(&self, qwtoponodeid: TOPOID) -> windows_core::Result<IMFTopologyNode>;
    fn GetSourceNodeCollection(&self) -> windows_core::Result<IMFCollection>;
    fn GetOutputNodeCollection(&self) -> windows_core::Result<IMFCollection>;
}
impl IMFTopology_Vtbl {
    pub const fn new<Identity: IMFTopology_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetTopologyID<Identity: IMFTopology_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pid: *mut TOPOID,
        ) -> windows_core::HRESULT {
            unsafe {
                if pid.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTopology::GetTopologyID", || {
                    IMFTopology_Impl::GetTopologyID(this)
                }) {
                    Ok(ok__) => {
                        pid.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn AddNode<Identity: IMFTopology_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pnode: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTopology::AddNode", || {
                    IMFTopology_Impl::AddNode(this, core::mem::transmute_copy(&pnode))
                })
                .into()
            }
        }
        unsafe extern "system" fn RemoveNode<Identity: IMFTopology_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pnode: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTopology::RemoveNode", || {
                    IMFTopology_Impl::RemoveNode(this, core::mem::transmute_copy(&pnode))
                })
                .into()
            }
        }
        unsafe extern "system" fn GetNodeCount<Identity: IMFTopology_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pwnodes: *mut u16,
        ) -> windows_core::HRESULT {
            unsafe {
                if pwnodes.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTopology::GetNodeCount", || {
                    IMFTopology_Impl::GetNodeCount(this)
                }) {
                    Ok(ok__) => {
                        pwnodes.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetNode<Identity: IMFTopology_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            windex: u16,
            ppnode: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppnode.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTopology::GetNode", || {
                    IMFTopology_Impl::GetNode(this, core::mem::transmute_copy(&windex))
                }) {
                    Ok(ok__) => {
                        ppnode.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn Clear<Identity: IMFTopology_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTopology::Clear", || IMFTopology_Impl::Clear(this)).into()
            }
        }
        unsafe extern "system" fn CloneFrom<Identity: IMFTopology_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            ptopology: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTopology::CloneFrom", || {
                    IMFTopology_Impl::CloneFrom(this, core::mem::transmute_copy(&ptopology))
                })
                .into()
            }
        }
        unsafe extern "system" fn GetNodeByID<Identity: IMFTopology_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            qwtoponodeid: TOPOID,
            ppnode: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppnode.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTopology::GetNodeByID", || {
                    IMFTopology_Impl::GetNodeByID(this, core::mem::transmute_copy(&qwtoponodeid))
                }) {
                    Ok(ok__) => {
                        ppnode.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetSourceNodeCollection<
            Identity: IMFTopology_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ppcollection: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppcollection.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTopology::GetSourceNodeCollection", || {
                    IMFTopology_Impl::GetSourceNodeCollection(this)
                }) {
                    Ok(ok__) => {
                        ppcollection.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetOutputNodeCollection<
            Identity: IMFTopology_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ppcollection: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppcollection.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTopology::GetOutputNodeCollection", || {
                    IMFTopology_Impl::GetOutputNodeCollection(this)
                }) {
                    Ok(ok__) => {
                        ppcollection.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        Self {
            base__: IMFAttributes_Vtbl::new::<Identity, OFFSET>(),
            GetTopologyID: GetTopologyID::<Identity, OFFSET>,
            AddNode: AddNode::<Identity, OFFSET>,
            RemoveNode: RemoveNode::<Identity, OFFSET>,
            GetNodeCount: GetNodeCount::<Identity, OFFSET>,
            GetNode: GetNode::<Identity, OFFSET>,
            Clear: Clear::<Identity, OFFSET>,
            CloneFrom: CloneFrom::<Identity, OFFSET>,
            GetNodeByID: GetNodeByID::<Identity, OFFSET>,
            GetSourceNodeCollection: GetSourceNodeCollection::<Identity, OFFSET>,
            GetOutputNodeCollection: GetOutputNodeCollection::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFTopology as windows_core::Interface>::IID
            || iid == &<IMFAttributes as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFTopology {}
windows_core::imp::define_interface!(
    IMFTopologyNode,
    IMFTopologyNode_Vtbl,
    0x83cf873a_f6da_4bc8_823f_bacfd55dc430
);
impl core::ops::Deref for IMFTopologyNode {
    type Target = IMFAttributes;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(IMFTopologyNode, windows_core::IUnknown, IMFAttributes);
impl IMFTopologyNode {
    pub unsafe fn SetObject<P0>(&self, pobject: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<windows_core::IUnknown>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).SetObject)(
                windows_core::Interface::as_raw(self),
                pobject.param().abi(),
            )
        }
    }
    pub unsafe fn GetObject(&self) -> windows_core::Result<windows_core::IUnknown> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetObject)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn GetNodeType(&self) -> windows_core::Result<MF_TOPOLOGY_TYPE> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetNodeType)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetTopoNodeID(&self) -> windows_core::Result<TOPOID> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetTopoNodeID)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn SetTopoNodeID(&self, ulltopoid: TOPOID) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SetTopoNodeID)(
                windows_core::Interface::as_raw(self),
                ulltopoid,
            )
        }
    }
    pub unsafe fn GetInputCount(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetInputCount)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetOutputCount(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetOutputCount)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn ConnectOutput<P1>(
        &self,
        dwoutputindex: u32,
        pdownstreamnode: P1,
        dwinputindexondownstreamnode: u32,
    ) -> windows_core::HRESULT
    where
        P1: windows_core::Param<Self>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).ConnectOutput)(
                windows_core::Interface::as_raw(self),
                dwoutputindex,
                pdownstreamnode.param().abi(),
                dwinputindexondownstreamnode,
            )
        }
    }
    pub unsafe fn DisconnectOutput(&self, dwoutputindex: u32) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).DisconnectOutput)(
                windows_core::Interface::as_raw(self),
                dwoutputindex,
            )
        }
    }
    pub unsafe fn GetInput(
        &self,
        dwinputindex: u32,
        ppupstreamnode: *mut Option<Self>,
        pdwoutputindexonupstreamnode: *mut u32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetInput)(
                windows_core::Interface::as_raw(self),
                dwinputindex,
                core::mem::transmute(ppupstreamnode),
                pdwoutputindexonupstreamnode as _,
            )
        }
    }
    pub unsafe fn GetOutput(
        &self,
        dwoutputindex: u32,
        ppdownstreamnode: *mut Option<Self>,
        pdwinputindexondownstreamnode: *mut u32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetOutput)(
                windows_core::Interface::as_raw(self),
                dwoutputindex,
                core::mem::transmute(ppdownstreamnode),
                pdwinputindexondownstreamnode as _,
            )
        }
    }
    pub unsafe fn SetOutputPrefType<P1>(
        &self,
        dwoutputindex: u32,
        ptype: P1,
    ) -> windows_core::HRESULT
    where
        P1: windows_core::Param<IMFMediaType>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).SetOutputPrefType)(
                windows_core::Interface::as_raw(self),
                dwoutputindex,
                ptype.param().abi(),
            )
        }
    }
    pub unsafe fn GetOutputPrefType(
        &self,
        dwoutputindex: u32,
    ) -> windows_core::Result<IMFMediaType> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetOutputPrefType)(
                windows_core::Interface::as_raw(self),
                dwoutputindex,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn SetInputPrefType<P1>(&self, dwinputindex: u32, ptype: P1) -> windows_core::HRESULT
    where
        P1: windows_core::Param<IMFMediaType>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).SetInputPrefType)(
                windows_core::Interface::as_raw(self),
                dwinputindex,
                ptype.param().abi(),
            )
        }
    }
    pub unsafe fn GetInputPrefType(&self, dwinputindex: u32) -> windows_core::Result<IMFMediaType> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetInputPrefType)(
                windows_core::Interface::as_raw(self),
                dwinputindex,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn CloneFrom<P0>(&self, pnode: P0) -> windows_core::HRESULT
    where
        P0: windows_core::Param<Self>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).CloneFrom)(
                windows_core::Interface::as_raw(self),
                pnode.param().abi(),
            )
        }
    }
}
#[repr(C)]
pub struct IMFTopologyNode_Vtbl {
    pub base__: IMFAttributes_Vtbl,
    pub SetObject: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetObject: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetNodeType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut MF_TOPOLOGY_TYPE,
    ) -> windows_core::HRESULT,
    pub GetTopoNodeID:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut TOPOID) -> windows_core::HRESULT,
    pub SetTopoNodeID:
        unsafe extern "system" fn(*mut core::ffi::c_void, TOPOID) -> windows_core::HRESULT,
    pub GetInputCount:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub GetOutputCount:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub ConnectOutput: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut core::ffi::c_void,
        u32,
    ) -> windows_core::HRESULT,
    pub DisconnectOutput:
        unsafe extern "system" fn(*mut core::ffi::c_void, u32) -> windows_core::HRESULT,
    pub GetInput: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut *mut core::ffi::c_void,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub GetOutput: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut *mut core::ffi::c_void,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub SetOutputPrefType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetOutputPrefType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub SetInputPrefType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetInputPrefType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub CloneFrom: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IMFTopologyNode_Impl: IMFAttributes_Impl {
    fn SetObject(
        &self,
        pobject: windows_core::Ref<windows_core::IUnknown>,
    ) -> windows_core::Result<()>;
    fn GetObject(&self, ppobject: *mut *mut core::ffi::c_void) -> windows_core::HRESULT;
    fn GetNodeType(&self) -> windows_core::Result<MF_TOPOLOGY_TYPE>;
    fn GetTopoNodeID(&self) -> windows_core::Result<TOPOID>;
    fn SetTopoNodeID(&self, ulltopoid: TOPOID) -> windows_core::Result<()>;
    fn GetInputCount(&self) -> windows_core::Result<u32>;
    fn GetOutputCount(&self) -> windows_core::Result<u32>;
    fn ConnectOutput(
        &self,
        dwoutputindex: u32,
        pdownstreamnode: windows_core::Ref<IMFTopologyNode>,
        dwinputindexondownstreamnode: u32,
    ) -> windows_core::Result<()>;
    fn DisconnectOutput(&self, dwoutputindex: u32) -> windows_core::Result<()>;
    fn GetInput(
        &self,
        dwinputindex: u32,
        ppupstreamnode: windows_core::OutRef<IMFTopologyNode>,
        pdwoutputindexonupstreamnode: *mut u32,
    ) -> windows_core::Result<()>;
    fn GetOutput(
        &self,
        dwoutputindex: u32,
        ppdownstreamnode: windows_core::OutRef<IMFTopologyNode>,
        pdwinputindexondownstreamnode: *mut u32,
    ) -> windows_core::Result<()>;
    fn SetOutputPrefType(
        &self,
        dwoutputindex: u32,
        ptype: windows_core::Ref<IMFMediaType>,
    ) -> windows_core::Result<()>;
    fn GetOutputPrefType(
        &self,
        dwoutputindex: u32,
        pptype: *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT;
    fn SetInputPrefType(
        &self,
        dwinputindex: u32,
        ptype: windows_core::Ref<IMFMediaType>,
    ) -> windows_core::Result<()>;
    fn GetInputPrefType(
        &self,
        dwinputindex: u32,
        pptype: *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT;
    fn CloneFrom(&self, pnode: windows_core::Ref<IMFTopologyNode>) -> windows_core::Result<()>;
}
impl IMFTopologyNode_Vtbl {
    pub const fn new<Identity: IMFTopologyNode_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn SetObject<Identity: IMFTopologyNode_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pobject: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTopologyNode::SetObject", || {
                    IMFTopologyNode_Impl::SetObject(this, core::mem::transmute_copy(&pobject))
                })
                .into()
            }
        }
        unsafe extern "system" fn GetObject<Identity: IMFTopologyNode_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            ppobject: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTopologyNode::GetObject", || {
                    IMFTopologyNode_Impl::GetObject(this, ppobject)
                })
            }
        }
        unsafe extern "system" fn GetNodeType<
            Identity: IMFTopologyNode_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ptype: *mut MF_TOPOLOGY_TYPE,
        ) -> windows_core::HRESULT {
            unsafe {
                if ptype.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTopologyNode::GetNodeType", || {
                    IMFTopologyNode_Impl::GetNodeType(this)
                }) {
                    Ok(ok__) => {
                        ptype.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetTopoNodeID<
            Identity: IMFTopologyNode_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pid: *mut TOPOID,
        ) -> windows_core::HRESULT {
            unsafe {
                if pid.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTopologyNode::GetTopoNodeID", || {
                    IMFTopologyNode_Impl::GetTopoNodeID(this)
                }) {
                    Ok(ok__) => {
                        pid.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn SetTopoNodeID<
            Identity: IMFTopologyNode_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            ulltopoid: TOPOID,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTopologyNode::SetTopoNodeID", || {
                    IMFTopologyNode_Impl::SetTopoNodeID(this, core::mem::transmute_copy(&ulltopoid))
                })
                .into()
            }
        }
        unsafe extern "system" fn GetInputCount<
            Identity: IMFTopologyNode_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pcinputs: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pcinputs.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTopologyNode::GetInputCount", || {
                    IMFTopologyNode_Impl::GetInputCount(this)
                }) {
                    Ok(ok__) => {
                        pcinputs.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetOutputCount<
            Identity: IMFTopologyNode_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pcoutputs: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pcoutputs.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTopologyNode::GetOutputCount", || {
                    IMFTopologyNode_Impl::GetOutputCount(this)
                }) {
                    Ok(ok__) => {
                        pcoutputs.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn ConnectOutput<
            Identity: IMFTopologyNode_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwoutputindex: u32,
            pdownstreamnode: *mut core::ffi::c_void,
            dwinputindexondownstreamnode: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTopologyNode::ConnectOutput", || {
                    IMFTopologyNode_Impl::ConnectOutput(
                        this,
                        core::mem::transmute_copy(&dwoutputindex),
                        core::mem::transmute_copy(&pdownstreamnode),
                        core::mem::transmute_copy(&dwinputindexondownstreamnode),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn DisconnectOutput<
            Identity: IMFTopologyNode_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwoutputindex: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTopologyNode::DisconnectOutput", || {
                    IMFTopologyNode_Impl::DisconnectOutput(
                        this,
                        core::mem::transmute_copy(&dwoutputindex),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetInput<Identity: IMFTopologyNode_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            dwinputindex: u32,
            ppupstreamnode: *mut *mut core::ffi::c_void,
            pdwoutputindexonupstreamnode: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTopologyNode::GetInput", || {
                    IMFTopologyNode_Impl::GetInput(
                        this,
                        core::mem::transmute_copy(&dwinputindex),
                        core::mem::transmute_copy(&ppupstreamnode),
                        core::mem::transmute_copy(&pdwoutputindexonupstreamnode),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetOutput<Identity: IMFTopologyNode_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            dwoutputindex: u32,
            ppdownstreamnode: *mut *mut core::ffi::c_void,
            pdwinputindexondownstreamnode: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTopologyNode::GetOutput", || {
                    IMFTopologyNode_Impl::GetOutput(
                        this,
                        core::mem::transmute_copy(&dwoutputindex),
                        core::mem::transmute_copy(&ppdownstreamnode),
                        core::mem::transmute_copy(&pdwinputindexondownstreamnode),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn SetOutputPrefType<
            Identity: IMFTopologyNode_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwoutputindex: u32,
            ptype: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTopologyNode::SetOutputPrefType", || {
                    IMFTopologyNode_Impl::SetOutputPrefType(
                        this,
                        core::mem::transmute_copy(&dwoutputindex),
                        core::mem::transmute_copy(&ptype),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetOutputPrefType<
            Identity: IMFTopologyNode_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwoutputindex: u32,
            pptype: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTopologyNode::GetOutputPrefType", || {
                    IMFTopologyNode_Impl::GetOutputPrefType(
                        this,
                        core::mem::transmute_copy(&dwoutputindex),
                        pptype,
                    )
                })
            }
        }
        unsafe extern "system" fn SetInputPrefType<
            Identity: IMFTopologyNode_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwinputindex: u32,
            ptype: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTopologyNode::SetInputPrefType", || {
                    IMFTopologyNode_Impl::SetInputPrefType(
                        this,
                        core::mem::transmute_copy(&dwinputindex),
                        core::mem::transmute_copy(&ptype),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetInputPrefType<
            Identity: IMFTopologyNode_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwinputindex: u32,
            pptype: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTopologyNode::GetInputPrefType", || {
                    IMFTopologyNode_Impl::GetInputPrefType(
                        this,
                        core::mem::transmute_copy(&dwinputindex),
                        pptype,
                    )
                })
            }
        }
        unsafe extern "system" fn CloneFrom<Identity: IMFTopologyNode_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pnode: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTopologyNode::CloneFrom", || {
                    IMFTopologyNode_Impl::CloneFrom(this, core::mem::transmute_copy(&pnode))
                })
                .into()
            }
        }
        Self {
            base__: IMFAttributes_Vtbl::new::<Identity, OFFSET>(),
            SetObject: SetObject::<Identity, OFFSET>,
            GetObject: GetObject::<Identity, OFFSET>,
            GetNodeType: GetNodeType::<Identity, OFFSET>,
            GetTopoNodeID: GetTopoNodeID::<Identity, OFFSET>,
            SetTopoNodeID: SetTopoNodeID::<Identity, OFFSET>,
            GetInputCount: GetInputCount::<Identity, OFFSET>,
            GetOutputCount: GetOutputCount::<Identity, OFFSET>,
            ConnectOutput: ConnectOutput::<Identity, OFFSET>,
            DisconnectOutput: DisconnectOutput::<Identity, OFFSET>,
            GetInput: GetInput::<Identity, OFFSET>,
            GetOutput: GetOutput::<Identity, OFFSET>,
            SetOutputPrefType: SetOutputPrefType::<Identity, OFFSET>,
            GetOutputPrefType: GetOutputPrefType::<Identity, OFFSET>,
            SetInputPrefType: SetInputPrefType::<Identity, OFFSET>,
            GetInputPrefType: GetInputPrefType::<Identity, OFFSET>,
            CloneFrom: CloneFrom::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFTopologyNode as windows_core::Interface>::IID
            || iid == &<IMFAttributes as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFTopologyNode {}
windows_core::imp::define_interface!(
    IMFTransform,
    IMFTransform_Vtbl,
    0xbf94c121_5b05_4e6f_8000_ba598961414d
);
windows_core::imp::interface_hierarchy!(IMFTransform, windows_core::IUnknown);
impl IMFTransform {
    pub unsafe fn GetStreamLimits(
        &self,
        pdwinputminimum: *mut u32,
        pdwinputmaximum: *mut u32,
        pdwoutputminimum: *mut u32,
        pdwoutputmaximum: *mut u32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetStreamLimits)(
                windows_core::Interface::as_raw(self),
                pdwinputminimum as _,
                pdwinputmaximum as _,
                pdwoutputminimum as _,
                pdwoutputmaximum as _,
            )
        }
    }
    pub unsafe fn GetStreamCount(
        &self,
        pcinputstreams: *mut u32,
        pcoutputstreams: *mut u32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetStreamCount)(
                windows_core::Interface::as_raw(self),
                pcinputstreams as _,
                pcoutputstreams as _,
            )
        }
    }
    pub unsafe fn GetStreamIDs(
        &self,
        dwinputidarraysize: u32,
        pdwinputids: *mut u32,
        dwoutputidarraysize: u32,
        pdwoutputids: *mut u32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetStreamIDs)(
                windows_core::Interface::as_raw(self),
                dwinputidarraysize,
                pdwinputids as _,
                dwoutputidarraysize,
                pdwoutputids as _,
            )
        }
    }
    pub unsafe fn GetInputStreamInfo(
        &self,
        dwinputstreamid: u32,
        pstreaminfo: *mut MFT_INPUT_STREAM_INFO,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetInputStreamInfo)(
                windows_core::Interface::as_raw(self),
                dwinputstreamid,
                pstreaminfo as _,
            )
        }
    }
    pub unsafe fn GetOutputStreamInfo(
        &self,
        dwoutputstreamid: u32,
    ) -> windows_core::Result<MFT_OUTPUT_STREAM_INFO> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetOutputStreamInfo)(
                windows_core::Interface::as_raw(self),
                dwoutputstreamid,
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetAttributes(&self) -> windows_core::Result<IMFAttributes> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetAttributes)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn GetInputStreamAttributes(
        &self,
        dwinputstreamid: u32,
    ) -> windows_core::Result<IMFAttributes> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetInputStreamAttributes)(
                windows_core::Interface::as_raw(self),
                dwinputstreamid,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn GetOutputStreamAttributes(
        &self,
        dwoutputstreamid: u32,
    ) -> windows_core::Result<IMFAttributes> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetOutputStreamAttributes)(
                windows_core::Interface::as_raw(self),
                dwoutputstreamid,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn DeleteInputStream(&self, dwstreamid: u32) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).DeleteInputStream)(
                windows_core::Interface::as_raw(self),
                dwstreamid,
            )
        }
    }
    pub unsafe fn AddInputStreams(
        &self,
        cstreams: u32,
        adwstreamids: *const u32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).AddInputStreams)(
                windows_core::Interface::as_raw(self),
                cstreams,
                adwstreamids,
            )
        }
    }
    pub unsafe fn GetInputAvailableType(
        &self,
        dwinputstreamid: u32,
        dwtypeindex: u32,
    ) -> windows_core::Result<IMFMediaType> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetInputAvailableType)(
                windows_core::Interface::as_raw(self),
                dwinputstreamid,
                dwtypeindex,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn GetOutputAvailableType(
        &self,
        dwoutputstreamid: u32,
        dwtypeindex: u32,
    ) -> windows_core::Result<IMFMediaType> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetOutputAvailableType)(
                windows_core::Interface::as_raw(self),
                dwoutputstreamid,
                dwtypeindex,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn SetInputType<P1>(
        &self,
        dwinputstreamid: u32,
        ptype: P1,
        dwflags: u32,
    ) -> windows_core::HRESULT
    where
        P1: windows_core::Param<IMFMediaType>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).SetInputType)(
                windows_core::Interface::as_raw(self),
                dwinputstreamid,
                ptype.param().abi(),
                dwflags,
            )
        }
    }
    pub unsafe fn SetOutputType<P1>(
        &self,
        dwoutputstreamid: u32,
        ptype: P1,
        dwflags: u32,
    ) -> windows_core::HRESULT
    where
        P1: windows_core::Param<IMFMediaType>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).SetOutputType)(
                windows_core::Interface::as_raw(self),
                dwoutputstreamid,
                ptype.param().abi(),
                dwflags,
            )
        }
    }
    pub unsafe fn GetInputCurrentType(
        &self,
        dwinputstreamid: u32,
    ) -> windows_core::Result<IMFMediaType> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetInputCurrentType)(
                windows_core::Interface::as_raw(self),
                dwinputstreamid,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn GetOutputCurrentType(
        &self,
        dwoutputstreamid: u32,
    ) -> windows_core::Result<IMFMediaType> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetOutputCurrentType)(
                windows_core::Interface::as_raw(self),
                dwoutputstreamid,
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
    pub unsafe fn GetInputStatus(&self, dwinputstreamid: u32) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetInputStatus)(
                windows_core::Interface::as_raw(self),
                dwinputstreamid,
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn GetOutputStatus(&self) -> windows_core::Result<u32> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).GetOutputStatus)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .map(|| result__)
        }
    }
    pub unsafe fn SetOutputBounds(
        &self,
        hnslowerbound: i64,
        hnsupperbound: i64,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SetOutputBounds)(
                windows_core::Interface::as_raw(self),
                hnslowerbound,
                hnsupperbound,
            )
        }
    }
    pub unsafe fn ProcessEvent<P1>(&self, dwinputstreamid: u32, pevent: P1) -> windows_core::HRESULT
    where
        P1: windows_core::Param<IMFMediaEvent>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).ProcessEvent)(
                windows_core::Interface::as_raw(self),
                dwinputstreamid,
                pevent.param().abi(),
            )
        }
    }
    pub unsafe fn ProcessMessage(
        &self,
        emessage: MFT_MESSAGE_TYPE,
        ulparam: usize,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).ProcessMessage)(
                windows_core::Interface::as_raw(self),
                emessage,
                ulparam,
            )
        }
    }
    pub unsafe fn ProcessInput<P1>(
        &self,
        dwinputstreamid: u32,
        psample: P1,
        dwflags: u32,
    ) -> windows_core::HRESULT
    where
        P1: windows_core::Param<IMFSample>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).ProcessInput)(
                windows_core::Interface::as_raw(self),
                dwinputstreamid,
                psample.param().abi(),
                dwflags,
            )
        }
    }
    pub unsafe fn ProcessOutput(
        &self,
        dwflags: u32,
        coutputbuffercount: u32,
        poutputsamples: *mut MFT_OUTPUT_DATA_BUFFER,
        pdwstatus: *mut u32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).ProcessOutput)(
                windows_core::Interface::as_raw(self),
                dwflags,
                coutputbuffercount,
                poutputsamples,
                pdwstatus as _,
            )
        }
    }
}
#[repr(C)]
pub struct IMFTransform_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub GetStreamLimits: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut u32,
        *mut u32,
        *mut u32,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub GetStreamCount: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut u32,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub GetStreamIDs: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut u32,
        u32,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub GetInputStreamInfo: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut MFT_INPUT_STREAM_INFO,
    ) -> windows_core::HRESULT,
    pub GetOutputStreamInfo: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut MFT_OUTPUT_STREAM_INFO,
    ) -> windows_core::HRESULT,
    pub GetAttributes: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetInputStreamAttributes: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetOutputStreamAttributes: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub DeleteInputStream:
        unsafe extern "system" fn(*mut core::ffi::c_void, u32) -> windows_core::HRESULT,
    pub AddInputStreams:
        unsafe extern "system" fn(*mut core::ffi::c_void, u32, *const u32) -> windows_core::HRESULT,
    pub GetInputAvailableType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        u32,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetOutputAvailableType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        u32,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub SetInputType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut core::ffi::c_void,
        u32,
    ) -> windows_core::HRESULT,
    pub SetOutputType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut core::ffi::c_void,
        u32,
    ) -> windows_core::HRESULT,
    pub GetInputCurrentType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetOutputCurrentType: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub GetInputStatus:
        unsafe extern "system" fn(*mut core::ffi::c_void, u32, *mut u32) -> windows_core::HRESULT,
    pub GetOutputStatus:
        unsafe extern "system" fn(*mut core::ffi::c_void, *mut u32) -> windows_core::HRESULT,
    pub SetOutputBounds:
        unsafe extern "system" fn(*mut core::ffi::c_void, i64, i64) -> windows_core::HRESULT,
    pub ProcessEvent: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
    pub ProcessMessage: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        MFT_MESSAGE_TYPE,
        usize,
    ) -> windows_core::HRESULT,
    pub ProcessInput: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        *mut core::ffi::c_void,
        u32,
    ) -> windows_core::HRESULT,
    pub ProcessOutput: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        u32,
        u32,
        *mut MFT_OUTPUT_DATA_BUFFER,
        *mut u32,
    ) -> windows_core::HRESULT,
}
pub trait IMFTransform_Impl: windows_core::IUnknownImpl {
    fn GetStreamLimits(
        &self,
        pdwinputminimum: *mut u32,
        pdwinputmaximum: *mut u32,
        pdwoutputminimum: *mut u32,
        pdwoutputmaximum: *mut u32,
    ) -> windows_core::Result<()>;
    fn GetStreamCount(
        &self,
        pcinputstreams: *mut u32,
        pcoutputstreams: *mut u32,
    ) -> windows_core::Result<()>;
    fn GetStreamIDs(
        &self,
        dwinputidarraysize: u32,
        pdwinputids: *mut u32,
        dwoutputidarraysize: u32,
        pdwoutputids: *mut u32,
    ) -> windows_core::Result<()>;
    fn GetInputStreamInfo(
        &self,
        dwinputstreamid: u32,
        pstreaminfo: *mut MFT_INPUT_STREAM_INFO,
    ) -> windows_core::Result<()>;
    fn GetOutputStreamInfo(
        &self,
        dwoutputstreamid: u32,
    ) -> windows_core::Result<MFT_OUTPUT_STREAM_INFO>;
    fn GetAttributes(&self) -> windows_core::Result<IMFAttributes>;
    fn GetInputStreamAttributes(&self, dwinputstreamid: u32)
    -> windows_core::Result<IMFAttributes>;
    fn GetOutputStreamAttributes(
        &self,
        dwoutputstreamid: u32,
    ) -> windows_core::Result<IMFAttributes>;
    fn DeleteInputStream(&self, dwstreamid: u32) -> windows_core::Result<()>;
    fn AddInputStreams(&self, cstreams: u32, adwstreamids: *const u32) -> windows_core::Result<()>;
    fn GetInputAvailableType(
        &self,
        dwinputstreamid: u32,
        dwtypeindex: u32,
    ) -> windows_core::Result<IMFMediaType>;
    fn GetOutputAvailableType(
        &self,
        dwoutputstreamid: u32,
        dwtypeindex: u32,
    ) -> windows_core::Result<IMFMediaType>;
    fn SetInputType(
        &self,
        dwinputstreamid: u32,
        ptype: windows_core::Ref<IMFMediaType>,
        dwflags: u32,
    ) -> windows_core::Result<()>;
    fn SetOutputType(
        &self,
        dwoutputstreamid: u32,
        ptype: windows_core::Ref<IMFMediaType>,
        dwflags: u32,
    ) -> windows_core::Result<()>;
    fn GetInputCurrentType(&self, dwinputstreamid: u32) -> windows_core::Result<IMFMediaType>;
    fn GetOutputCurrentType(&self, dwoutputstreamid: u32) -> windows_core::Result<IMFMediaType>;
    fn GetInputStatus(&self, dwinputstreamid: u32) -> windows_core::Result<u32>;
    fn GetOutputStatus(&self) -> windows_core::Result<u32>;
    fn SetOutputBounds(&self, hnslowerbound: i64, hnsupperbound: i64) -> windows_core::Result<()>;
    fn ProcessEvent(
        &self,
        dwinputstreamid: u32,
        pevent: windows_core::Ref<IMFMediaEvent>,
    ) -> windows_core::Result<()>;
    fn ProcessMessage(
        &self,
        emessage: MFT_MESSAGE_TYPE,
        ulparam: usize,
    ) -> windows_core::Result<()>;
    fn ProcessInput(
        &self,
        dwinputstreamid: u32,
        psample: windows_core::Ref<IMFSample>,
        dwflags: u32,
    ) -> windows_core::Result<()>;
    fn ProcessOutput(
        &self,
        dwflags: u32,
        coutputbuffercount: u32,
        poutputsamples: *mut MFT_OUTPUT_DATA_BUFFER,
        pdwstatus: *mut u32,
    ) -> windows_core::Result<()>;
}
impl IMFTransform_Vtbl {
    pub const fn new<Identity: IMFTransform_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetStreamLimits<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pdwinputminimum: *mut u32,
            pdwinputmaximum: *mut u32,
            pdwoutputminimum: *mut u32,
            pdwoutputmaximum: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTransform::GetStreamLimits", || {
                    IMFTransform_Impl::GetStreamLimits(
                        this,
                        core::mem::transmute_copy(&pdwinputminimum),
                        core::mem::transmute_copy(&pdwinputmaximum),
                        core::mem::transmute_copy(&pdwoutputminimum),
                        core::mem::transmute_copy(&pdwoutputmaximum),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetStreamCount<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pcinputstreams: *mut u32,
            pcoutputstreams: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTransform::GetStreamCount", || {
                    IMFTransform_Impl::GetStreamCount(
                        this,
                        core::mem::transmute_copy(&pcinputstreams),
                        core::mem::transmute_copy(&pcoutputstreams),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetStreamIDs<Identity: IMFTransform_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            dwinputidarraysize: u32,
            pdwinputids: *mut u32,
            dwoutputidarraysize: u32,
            pdwoutputids: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTransform::GetStreamIDs", || {
                    IMFTransform_Impl::GetStreamIDs(
                        this,
                        core::mem::transmute_copy(&dwinputidarraysize),
                        core::mem::transmute_copy(&pdwinputids),
                        core::mem::transmute_copy(&dwoutputidarraysize),
                        core::mem::transmute_copy(&pdwoutputids),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetInputStreamInfo<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwinputstreamid: u32,
            pstreaminfo: *mut MFT_INPUT_STREAM_INFO,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTransform::GetInputStreamInfo", || {
                    IMFTransform_Impl::GetInputStreamInfo(
                        this,
                        core::mem::transmute_copy(&dwinputstreamid),
                        core::mem::transmute_copy(&pstreaminfo),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetOutputStreamInfo<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwoutputstreamid: u32,
            pstreaminfo: *mut MFT_OUTPUT_STREAM_INFO,
        ) -> windows_core::HRESULT {
            unsafe {
                if pstreaminfo.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTransform::GetOutputStreamInfo", || {
                    IMFTransform_Impl::GetOutputStreamInfo(
                        this,
                        core::mem::transmute_copy(&dwoutputstreamid),
                    )
                }) {
                    Ok(ok__) => {
                        pstreaminfo.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetAttributes<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pattributes: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if pattributes.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTransform::GetAttributes", || {
                    IMFTransform_Impl::GetAttributes(this)
                }) {
                    Ok(ok__) => {
                        pattributes.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetInputStreamAttributes<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwinputstreamid: u32,
            pattributes: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if pattributes.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTransform::GetInputStreamAttributes", || {
                    IMFTransform_Impl::GetInputStreamAttributes(
                        this,
                        core::mem::transmute_copy(&dwinputstreamid),
                    )
                }) {
                    Ok(ok__) => {
                        pattributes.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetOutputStreamAttributes<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwoutputstreamid: u32,
            pattributes: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if pattributes.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTransform::GetOutputStreamAttributes", || {
                    IMFTransform_Impl::GetOutputStreamAttributes(
                        this,
                        core::mem::transmute_copy(&dwoutputstreamid),
                    )
                }) {
                    Ok(ok__) => {
                        pattributes.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn DeleteInputStream<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwstreamid: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTransform::DeleteInputStream", || {
                    IMFTransform_Impl::DeleteInputStream(
                        this,
                        core::mem::transmute_copy(&dwstreamid),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn AddInputStreams<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            cstreams: u32,
            adwstreamids: *const u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTransform::AddInputStreams", || {
                    IMFTransform_Impl::AddInputStreams(
                        this,
                        core::mem::transmute_copy(&cstreams),
                        core::mem::transmute_copy(&adwstreamids),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetInputAvailableType<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwinputstreamid: u32,
            dwtypeindex: u32,
            pptype: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if pptype.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTransform::GetInputAvailableType", || {
                    IMFTransform_Impl::GetInputAvailableType(
                        this,
                        core::mem::transmute_copy(&dwinputstreamid),
                        core::mem::transmute_copy(&dwtypeindex),
                    )
                }) {
                    Ok(ok__) => {
                        pptype.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetOutputAvailableType<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwoutputstreamid: u32,
            dwtypeindex: u32,
            pptype: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if pptype.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTransform::GetOutputAvailableType", || {
                    IMFTransform_Impl::GetOutputAvailableType(
                        this,
                        core::mem::transmute_copy(&dwoutputstreamid),
                        core::mem::transmute_copy(&dwtypeindex),
                    )
                }) {
                    Ok(ok__) => {
                        pptype.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn SetInputType<Identity: IMFTransform_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            dwinputstreamid: u32,
            ptype: *mut core::ffi::c_void,
            dwflags: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTransform::SetInputType", || {
                    IMFTransform_Impl::SetInputType(
                        this,
                        core::mem::transmute_copy(&dwinputstreamid),
                        core::mem::transmute_copy(&ptype),
                        core::mem::transmute_copy(&dwflags),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn SetOutputType<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwoutputstreamid: u32,
            ptype: *mut core::ffi::c_void,
            dwflags: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTransform::SetOutputType", || {
                    IMFTransform_Impl::SetOutputType(
                        this,
                        core::mem::transmute_copy(&dwoutputstreamid),
                        core::mem::transmute_copy(&ptype),
                        core::mem::transmute_copy(&dwflags),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn GetInputCurrentType<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwinputstreamid: u32,
            pptype: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if pptype.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTransform::GetInputCurrentType", || {
                    IMFTransform_Impl::GetInputCurrentType(
                        this,
                        core::mem::transmute_copy(&dwinputstreamid),
                    )
                }) {
                    Ok(ok__) => {
                        pptype.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetOutputCurrentType<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwoutputstreamid: u32,
            pptype: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if pptype.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTransform::GetOutputCurrentType", || {
                    IMFTransform_Impl::GetOutputCurrentType(
                        this,
                        core::mem::transmute_copy(&dwoutputstreamid),
                    )
                }) {
                    Ok(ok__) => {
                        pptype.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetInputStatus<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwinputstreamid: u32,
            pdwflags: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pdwflags.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTransform::GetInputStatus", || {
                    IMFTransform_Impl::GetInputStatus(
                        this,
                        core::mem::transmute_copy(&dwinputstreamid),
                    )
                }) {
                    Ok(ok__) => {
                        pdwflags.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn GetOutputStatus<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            pdwflags: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                if pdwflags.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IMFTransform::GetOutputStatus", || {
                    IMFTransform_Impl::GetOutputStatus(this)
                }) {
                    Ok(ok__) => {
                        pdwflags.write(ok__);
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        unsafe extern "system" fn SetOutputBounds<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            hnslowerbound: i64,
            hnsupperbound: i64,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTransform::SetOutputBounds", || {
                    IMFTransform_Impl::SetOutputBounds(
                        this,
                        core::mem::transmute_copy(&hnslowerbound),
                        core::mem::transmute_copy(&hnsupperbound),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn ProcessEvent<Identity: IMFTransform_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            dwinputstreamid: u32,
            pevent: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTransform::ProcessEvent", || {
                    IMFTransform_Impl::ProcessEvent(
                        this,
                        core::mem::transmute_copy(&dwinputstreamid),
                        core::mem::transmute_copy(&pevent),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn ProcessMessage<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            emessage: MFT_MESSAGE_TYPE,
            ulparam: usize,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTransform::ProcessMessage", || {
                    IMFTransform_Impl::ProcessMessage(
                        this,
                        core::mem::transmute_copy(&emessage),
                        core::mem::transmute_copy(&ulparam),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn ProcessInput<Identity: IMFTransform_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            dwinputstreamid: u32,
            psample: *mut core::ffi::c_void,
            dwflags: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTransform::ProcessInput", || {
                    IMFTransform_Impl::ProcessInput(
                        this,
                        core::mem::transmute_copy(&dwinputstreamid),
                        core::mem::transmute_copy(&psample),
                        core::mem::transmute_copy(&dwflags),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn ProcessOutput<
            Identity: IMFTransform_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            dwflags: u32,
            coutputbuffercount: u32,
            poutputsamples: *mut MFT_OUTPUT_DATA_BUFFER,
            pdwstatus: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFTransform::ProcessOutput", || {
                    IMFTransform_Impl::ProcessOutput(
                        this,
                        core::mem::transmute_copy(&dwflags),
                        core::mem::transmute_copy(&coutputbuffercount),
                        core::mem::transmute_copy(&poutputsamples),
                        core::mem::transmute_copy(&pdwstatus),
                    )
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            GetStreamLimits: GetStreamLimits::<Identity, OFFSET>,
            GetStreamCount: GetStreamCount::<Identity, OFFSET>,
            GetStreamIDs: GetStreamIDs::<Identity, OFFSET>,
            GetInputStreamInfo: GetInputStreamInfo::<Identity, OFFSET>,
            GetOutputStreamInfo: GetOutputStreamInfo::<Identity, OFFSET>,
            GetAttributes: GetAttributes::<Identity, OFFSET>,
            GetInputStreamAttributes: GetInputStreamAttributes::<Identity, OFFSET>,
            GetOutputStreamAttributes: GetOutputStreamAttributes::<Identity, OFFSET>,
            DeleteInputStream: DeleteInputStream::<Identity, OFFSET>,
            AddInputStreams: AddInputStreams::<Identity, OFFSET>,
            GetInputAvailableType: GetInputAvailableType::<Identity, OFFSET>,
            GetOutputAvailableType: GetOutputAvailableType::<Identity, OFFSET>,
            SetInputType: SetInputType::<Identity, OFFSET>,
            SetOutputType: SetOutputType::<Identity, OFFSET>,
            GetInputCurrentType: GetInputCurrentType::<Identity, OFFSET>,
            GetOutputCurrentType: GetOutputCurrentType::<Identity, OFFSET>,
            GetInputStatus: GetInputStatus::<Identity, OFFSET>,
            GetOutputStatus: GetOutputStatus::<Identity, OFFSET>,
            SetOutputBounds: SetOutputBounds::<Identity, OFFSET>,
            ProcessEvent: ProcessEvent::<Identity, OFFSET>,
            ProcessMessage: ProcessMessage::<Identity, OFFSET>,
            ProcessInput: ProcessInput::<Identity, OFFSET>,
            ProcessOutput: ProcessOutput::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFTransform as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFTransform {}
windows_core::imp::define_interface!(
    IMFVideoMediaType,
    IMFVideoMediaType_Vtbl,
    0xb99f381f_a8f9_47a2_a5af_ca3a225a3890
);
impl core::ops::Deref for IMFVideoMediaType {
    type Target = IMFMediaType;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(
    IMFVideoMediaType,
    windows_core::IUnknown,
    IMFAttributes,
    IMFMediaType
);
impl IMFVideoMediaType {
    pub unsafe fn GetVideoFormat(&self) -> *const MFVIDEOFORMAT {
        unsafe {
            (windows_core::Interface::vtable(self).GetVideoFormat)(windows_core::Interface::as_raw(
                self,
            ))
        }
    }
    pub unsafe fn GetVideoRepresentation(
        &self,
        guidrepresentation: windows_core::GUID,
        ppvrepresentation: *mut *mut core::ffi::c_void,
        lstride: i32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).GetVideoRepresentation)(
                windows_core::Interface::as_raw(self),
                guidrepresentation,
                ppvrepresentation as _,
                lstride,
            )
        }
    }
}
#[repr(C)]
pub struct IMFVideoMediaType_Vtbl {
    pub base__: IMFMediaType_Vtbl,
    pub GetVideoFormat: unsafe extern "system" fn(*mut core::ffi::c_void) -> *const MFVIDEOFORMAT,
    pub GetVideoRepresentation: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        windows_core::GUID,
        *mut *mut core::ffi::c_void,
        i32,
    ) -> windows_core::HRESULT,
}
pub trait IMFVideoMediaType_Impl: IMFMediaType_Impl {
    fn GetVideoFormat(&self) -> *const MFVIDEOFORMAT;
    fn GetVideoRepresentation(
        &self,
        guidrepresentation: &windows_core::GUID,
        ppvrepresentation: *mut *mut core::ffi::c_void,
        lstride: i32,
    ) -> windows_core::Result<()>;
}
impl IMFVideoMediaType_Vtbl {
    pub const fn new<Identity: IMFVideoMediaType_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn GetVideoFormat<
            Identity: IMFVideoMediaType_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
        ) -> *const MFVIDEOFORMAT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFVideoMediaType::GetVideoFormat", || {
                    IMFVideoMediaType_Impl::GetVideoFormat(this)
                })
            }
        }
        unsafe extern "system" fn GetVideoRepresentation<
            Identity: IMFVideoMediaType_Impl,
            const OFFSET: isize,
        >(
            this: *mut core::ffi::c_void,
            guidrepresentation: windows_core::GUID,
            ppvrepresentation: *mut *mut core::ffi::c_void,
            lstride: i32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IMFVideoMediaType::GetVideoRepresentation", || {
                    IMFVideoMediaType_Impl::GetVideoRepresentation(
                        this,
                        core::mem::transmute(&guidrepresentation),
                        core::mem::transmute_copy(&ppvrepresentation),
                        core::mem::transmute_copy(&lstride),
                    )
                })
                .into()
            }
        }
        Self {
            base__: IMFMediaType_Vtbl::new::<Identity, OFFSET>(),
            GetVideoFormat: GetVideoFormat::<Identity, OFFSET>,
            GetVideoRepresentation: GetVideoRepresentation::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IMFVideoMediaType as windows_core::Interface>::IID
            || iid == &<IMFAttributes as windows_core::Interface>::IID
            || iid == &<IMFMediaType as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IMFVideoMediaType {}
windows_core::imp::define_interface!(
    IPropertyStore,
    IPropertyStore_Vtbl,
    0x886d8eeb_8cf2_4446_8d02_cdba1dbdcf99
);
windows_core::imp::interface_hierarchy!(IPropertyStore, windows_core::IUnknown);
#[repr(C)]
pub struct IPropertyStore_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    GetCount: usize,
    GetAt: usize,
    GetValue: usize,
    SetValue: usize,
    Commit: usize,
}
impl windows_core::RuntimeName for IPropertyStore {}
windows_core::imp::define_interface!(
    ISequentialStream,
    ISequentialStream_Vtbl,
    0x0c733a30_2a1c_11ce_ade5_00aa0044773d
);
windows_core::imp::interface_hierarchy!(ISequentialStream, windows_core::IUnknown);
impl ISequentialStream {
    pub unsafe fn Read(
        &self,
        pv: *mut core::ffi::c_void,
        cb: u32,
        pcbread: Option<*mut u32>,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Read)(
                windows_core::Interface::as_raw(self),
                pv as _,
                cb,
                pcbread.unwrap_or(core::mem::zeroed()) as _,
            )
        }
    }
    pub unsafe fn Write(
        &self,
        pv: *const core::ffi::c_void,
        cb: u32,
        pcbwritten: Option<*mut u32>,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Write)(
                windows_core::Interface::as_raw(self),
                pv,
                cb,
                pcbwritten.unwrap_or(core::mem::zeroed()) as _,
            )
        }
    }
}
#[repr(C)]
pub struct ISequentialStream_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    pub Read: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        u32,
        *mut u32,
    ) -> windows_core::HRESULT,
    pub Write: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *const core::ffi::c_void,
        u32,
        *mut u32,
    ) -> windows_core::HRESULT,
}
pub trait ISequentialStream_Impl: windows_core::IUnknownImpl {
    fn Read(
        &self,
        pv: *mut core::ffi::c_void,
        cb: u32,
        pcbread: *mut u32,
    ) -> windows_core::Result<()>;
    fn Write(
        &self,
        pv: *const core::ffi::c_void,
        cb: u32,
        pcbwritten: *mut u32,
    ) -> windows_core::Result<()>;
}
impl ISequentialStream_Vtbl {
    pub const fn new<Identity: ISequentialStream_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn Read<Identity: ISequentialStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pv: *mut core::ffi::c_void,
            cb: u32,
            pcbread: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("ISequentialStream::Read", || {
                    ISequentialStream_Impl::Read(
                        this,
                        core::mem::transmute_copy(&pv),
                        core::mem::transmute_copy(&cb),
                        core::mem::transmute_copy(&pcbread),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn Write<Identity: ISequentialStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pv: *const core::ffi::c_void,
            cb: u32,
            pcbwritten: *mut u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("ISequentialStream::Write", || {
                    ISequentialStream_Impl::Write(
                        this,
                        core::mem::transmute_copy(&pv),
                        core::mem::transmute_copy(&cb),
                        core::mem::transmute_copy(&pcbwritten),
                    )
                })
                .into()
            }
        }
        Self {
            base__: windows_core::IUnknown_Vtbl::new::<Identity, OFFSET>(),
            Read: Read::<Identity, OFFSET>,
            Write: Write::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<ISequentialStream as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for ISequentialStream {}
windows_core::imp::define_interface!(
    IStorage,
    IStorage_Vtbl,
    0x0000000b_0000_0000_c000_000000000046
);
windows_core::imp::interface_hierarchy!(IStorage, windows_core::IUnknown);
#[repr(C)]
pub struct IStorage_Vtbl {
    pub base__: windows_core::IUnknown_Vtbl,
    CreateStream: usize,
    OpenStream: usize,
    CreateStorage: usize,
    OpenStorage: usize,
    CopyTo: usize,
    MoveElementTo: usize,
    Commit: usize,
    Revert: usize,
    EnumElements: usize,
    DestroyElement: usize,
    RenameElement: usize,
    SetElementTimes: usize,
    SetClass: usize,
    SetStateBits: usize,
    Stat: usize,
}
impl windows_core::RuntimeName for IStorage {}
windows_core::imp::define_interface!(
    IStream,
    IStream_Vtbl,
    0x0000000c_0000_0000_c000_000000000046
);
impl core::ops::Deref for IStream {
    type Target = ISequentialStream;
    fn deref(&self) -> &Self::Target {
        unsafe { core::mem::transmute(self) }
    }
}
windows_core::imp::interface_hierarchy!(IStream, windows_core::IUnknown, ISequentialStream);
impl IStream {
    pub unsafe fn Seek(
        &self,
        dlibmove: i64,
        dworigin: u32,
        plibnewposition: Option<*mut u64>,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Seek)(
                windows_core::Interface::as_raw(self),
                dlibmove,
                dworigin,
                plibnewposition.unwrap_or(core::mem::zeroed()) as _,
            )
        }
    }
    pub unsafe fn SetSize(&self, libnewsize: u64) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).SetSize)(
                windows_core::Interface::as_raw(self),
                libnewsize,
            )
        }
    }
    pub unsafe fn CopyTo<P0>(
        &self,
        pstm: P0,
        cb: u64,
        pcbread: Option<*mut u64>,
        pcbwritten: Option<*mut u64>,
    ) -> windows_core::HRESULT
    where
        P0: windows_core::Param<Self>,
    {
        unsafe {
            (windows_core::Interface::vtable(self).CopyTo)(
                windows_core::Interface::as_raw(self),
                pstm.param().abi(),
                cb,
                pcbread.unwrap_or(core::mem::zeroed()) as _,
                pcbwritten.unwrap_or(core::mem::zeroed()) as _,
            )
        }
    }
    pub unsafe fn Commit(&self, grfcommitflags: u32) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Commit)(
                windows_core::Interface::as_raw(self),
                grfcommitflags,
            )
        }
    }
    pub unsafe fn Revert(&self) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Revert)(windows_core::Interface::as_raw(self))
        }
    }
    pub unsafe fn LockRegion(
        &self,
        liboffset: u64,
        cb: u64,
        dwlocktype: u32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).LockRegion)(
                windows_core::Interface::as_raw(self),
                liboffset,
                cb,
                dwlocktype,
            )
        }
    }
    pub unsafe fn UnlockRegion(
        &self,
        liboffset: u64,
        cb: u64,
        dwlocktype: u32,
    ) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).UnlockRegion)(
                windows_core::Interface::as_raw(self),
                liboffset,
                cb,
                dwlocktype,
            )
        }
    }
    pub unsafe fn Stat(&self, pstatstg: *mut STATSTG, grfstatflag: u32) -> windows_core::HRESULT {
        unsafe {
            (windows_core::Interface::vtable(self).Stat)(
                windows_core::Interface::as_raw(self),
                pstatstg as _,
                grfstatflag,
            )
        }
    }
    pub unsafe fn Clone(&self) -> windows_core::Result<Self> {
        unsafe {
            let mut result__ = core::mem::zeroed();
            (windows_core::Interface::vtable(self).Clone)(
                windows_core::Interface::as_raw(self),
                &mut result__,
            )
            .and_then(|| windows_core::imp::Type::from_abi(result__))
        }
    }
}
#[repr(C)]
pub struct IStream_Vtbl {
    pub base__: ISequentialStream_Vtbl,
    pub Seek: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        i64,
        u32,
        *mut u64,
    ) -> windows_core::HRESULT,
    pub SetSize: unsafe extern "system" fn(*mut core::ffi::c_void, u64) -> windows_core::HRESULT,
    pub CopyTo: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut core::ffi::c_void,
        u64,
        *mut u64,
        *mut u64,
    ) -> windows_core::HRESULT,
    pub Commit: unsafe extern "system" fn(*mut core::ffi::c_void, u32) -> windows_core::HRESULT,
    pub Revert: unsafe extern "system" fn(*mut core::ffi::c_void) -> windows_core::HRESULT,
    pub LockRegion:
        unsafe extern "system" fn(*mut core::ffi::c_void, u64, u64, u32) -> windows_core::HRESULT,
    pub UnlockRegion:
        unsafe extern "system" fn(*mut core::ffi::c_void, u64, u64, u32) -> windows_core::HRESULT,
    pub Stat: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut STATSTG,
        u32,
    ) -> windows_core::HRESULT,
    pub Clone: unsafe extern "system" fn(
        *mut core::ffi::c_void,
        *mut *mut core::ffi::c_void,
    ) -> windows_core::HRESULT,
}
pub trait IStream_Impl: ISequentialStream_Impl {
    fn Seek(
        &self,
        dlibmove: i64,
        dworigin: u32,
        plibnewposition: *mut u64,
    ) -> windows_core::Result<()>;
    fn SetSize(&self, libnewsize: u64) -> windows_core::Result<()>;
    fn CopyTo(
        &self,
        pstm: windows_core::Ref<IStream>,
        cb: u64,
        pcbread: *mut u64,
        pcbwritten: *mut u64,
    ) -> windows_core::Result<()>;
    fn Commit(&self, grfcommitflags: u32) -> windows_core::Result<()>;
    fn Revert(&self) -> windows_core::Result<()>;
    fn LockRegion(&self, liboffset: u64, cb: u64, dwlocktype: u32) -> windows_core::Result<()>;
    fn UnlockRegion(&self, liboffset: u64, cb: u64, dwlocktype: u32) -> windows_core::Result<()>;
    fn Stat(&self, pstatstg: *mut STATSTG, grfstatflag: u32) -> windows_core::Result<()>;
    fn Clone(&self) -> windows_core::Result<IStream>;
}
impl IStream_Vtbl {
    pub const fn new<Identity: IStream_Impl, const OFFSET: isize>() -> Self {
        unsafe extern "system" fn Seek<Identity: IStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            dlibmove: i64,
            dworigin: u32,
            plibnewposition: *mut u64,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IStream::Seek", || {
                    IStream_Impl::Seek(
                        this,
                        core::mem::transmute_copy(&dlibmove),
                        core::mem::transmute_copy(&dworigin),
                        core::mem::transmute_copy(&plibnewposition),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn SetSize<Identity: IStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            libnewsize: u64,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IStream::SetSize", || {
                    IStream_Impl::SetSize(this, core::mem::transmute_copy(&libnewsize))
                })
                .into()
            }
        }
        unsafe extern "system" fn CopyTo<Identity: IStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pstm: *mut core::ffi::c_void,
            cb: u64,
            pcbread: *mut u64,
            pcbwritten: *mut u64,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IStream::CopyTo", || {
                    IStream_Impl::CopyTo(
                        this,
                        core::mem::transmute_copy(&pstm),
                        core::mem::transmute_copy(&cb),
                        core::mem::transmute_copy(&pcbread),
                        core::mem::transmute_copy(&pcbwritten),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn Commit<Identity: IStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            grfcommitflags: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IStream::Commit", || {
                    IStream_Impl::Commit(this, core::mem::transmute_copy(&grfcommitflags))
                })
                .into()
            }
        }
        unsafe extern "system" fn Revert<Identity: IStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IStream::Revert", || IStream_Impl::Revert(this)).into()
            }
        }
        unsafe extern "system" fn LockRegion<Identity: IStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            liboffset: u64,
            cb: u64,
            dwlocktype: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IStream::LockRegion", || {
                    IStream_Impl::LockRegion(
                        this,
                        core::mem::transmute_copy(&liboffset),
                        core::mem::transmute_copy(&cb),
                        core::mem::transmute_copy(&dwlocktype),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn UnlockRegion<Identity: IStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            liboffset: u64,
            cb: u64,
            dwlocktype: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IStream::UnlockRegion", || {
                    IStream_Impl::UnlockRegion(
                        this,
                        core::mem::transmute_copy(&liboffset),
                        core::mem::transmute_copy(&cb),
                        core::mem::transmute_copy(&dwlocktype),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn Stat<Identity: IStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            pstatstg: *mut STATSTG,
            grfstatflag: u32,
        ) -> windows_core::HRESULT {
            unsafe {
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                crate::com::barrier("IStream::Stat", || {
                    IStream_Impl::Stat(
                        this,
                        core::mem::transmute_copy(&pstatstg),
                        core::mem::transmute_copy(&grfstatflag),
                    )
                })
                .into()
            }
        }
        unsafe extern "system" fn Clone<Identity: IStream_Impl, const OFFSET: isize>(
            this: *mut core::ffi::c_void,
            ppstm: *mut *mut core::ffi::c_void,
        ) -> windows_core::HRESULT {
            unsafe {
                if ppstm.is_null() {
                    return windows_core::HRESULT(0x8000_4003_u32 as i32);
                }
                let this: &Identity =
                    &*((this as *const *const ()).offset(OFFSET) as *const Identity);
                match crate::com::barrier("IStream::Clone", || IStream_Impl::Clone(this)) {
                    Ok(ok__) => {
                        ppstm.write(core::mem::transmute(ok__));
                        windows_core::HRESULT(0)
                    }
                    Err(err) => err.into(),
                }
            }
        }
        Self {
            base__: ISequentialStream_Vtbl::new::<Identity, OFFSET>(),
            Seek: Seek::<Identity, OFFSET>,
            SetSize: SetSize::<Identity, OFFSET>,
            CopyTo: CopyTo::<Identity, OFFSET>,
            Commit: Commit::<Identity, OFFSET>,
            Revert: Revert::<Identity, OFFSET>,
            LockRegion: LockRegion::<Identity, OFFSET>,
            UnlockRegion: UnlockRegion::<Identity, OFFSET>,
            Stat: Stat::<Identity, OFFSET>,
            Clone: Clone::<Identity, OFFSET>,
        }
    }
    pub fn matches(iid: &windows_core::GUID) -> bool {
        iid == &<IStream as windows_core::Interface>::IID
            || iid == &<ISequentialStream as windows_core::Interface>::IID
    }
}
impl windows_core::RuntimeName for IStream {}
pub type LPSAFEARRAY = *mut SAFEARRAY;
pub type LPVERSIONEDSTREAM = *mut VERSIONEDSTREAM;
pub const MEAudioSessionDeviceRemoved: i32 = 315;
pub const MEAudioSessionDisconnected: i32 = 320;
pub const MEAudioSessionExclusiveModeOverride: i32 = 321;
pub const MEAudioSessionFormatChanged: i32 = 319;
pub const MEAudioSessionGroupingParamChanged: i32 = 317;
pub const MEAudioSessionIconChanged: i32 = 318;
pub const MEAudioSessionNameChanged: i32 = 313;
pub const MEAudioSessionServerShutdown: i32 = 316;
pub const MEAudioSessionVolumeChanged: i32 = 314;
pub const MEBufferingStarted: i32 = 122;
pub const MEBufferingStopped: i32 = 123;
pub const MEByteStreamCharacteristicsChanged: i32 = 700;
pub const MECaptureAudioSessionDeviceRemoved: i32 = 323;
pub const MECaptureAudioSessionDisconnected: i32 = 325;
pub const MECaptureAudioSessionExclusiveModeOverride: i32 = 326;
pub const MECaptureAudioSessionFormatChanged: i32 = 324;
pub const MECaptureAudioSessionServerShutdown: i32 = 327;
pub const MECaptureAudioSessionVolumeChanged: i32 = 322;
pub const MEConnectEnd: i32 = 125;
pub const MEConnectStart: i32 = 124;
pub const MEContentProtectionMessage: i32 = 402;
pub const MEContentProtectionMetadata: i32 = 900;
pub const MEDIASINK_FIXED_STREAMS: i32 = 1;
pub const MEDIASINK_RATELESS: i32 = 4;
pub const MEDeviceThermalStateChanged: i32 = 950;
pub const MEEnablerCompleted: i32 = 119;
pub const MEEnablerProgress: i32 = 118;
pub const MEEncodingParameters: i32 = 803;
pub const MEEndOfPresentation: i32 = 211;
pub const MEEndOfPresentationSegment: i32 = 218;
pub const MEEndOfStream: i32 = 212;
pub const MEError: i32 = 1;
pub const MEExtendedType: i32 = 2;
pub const MEGenericV1Anchor: i32 = 3;
pub const MEIndividualizationCompleted: i32 = 117;
pub const MEIndividualizationStart: i32 = 116;
pub const MELicenseAcquisitionCompleted: i32 = 115;
pub const MELicenseAcquisitionStart: i32 = 114;
pub const MEMediaSample: i32 = 213;
pub const MENewPresentation: i32 = 113;
pub const MENewStream: i32 = 205;
pub const MENonFatalError: i32 = 3;
pub const MEPolicyChanged: i32 = 401;
pub const MEPolicyError: i32 = 120;
pub const MEPolicyReport: i32 = 121;
pub const MEPolicySet: i32 = 403;
pub const MEQualityNotify: i32 = 311;
pub const MEReconnectEnd: i32 = 127;
pub const MEReconnectStart: i32 = 126;
pub const MERendererEvent: i32 = 128;
pub const MEReservedMax: i32 = 10000;
pub const MESequencerSourceTopologyUpdated: i32 = 222;
pub const MESessionCapabilitiesChanged: i32 = 110;
pub const MESessionClosed: i32 = 106;
pub const MESessionEnded: i32 = 107;
pub const MESessionNotifyPresentationTime: i32 = 112;
pub const MESessionPaused: i32 = 104;
pub const MESessionRateChanged: i32 = 108;
pub const MESessionScrubSampleComplete: i32 = 109;
pub const MESessionStarted: i32 = 103;
pub const MESessionStopped: i32 = 105;
pub const MESessionStreamSinkFormatChanged: i32 = 129;
pub const MESessionTopologiesCleared: i32 = 102;
pub const MESessionTopologySet: i32 = 101;
pub const MESessionTopologyStatus: i32 = 111;
pub const MESessionUnknown: i32 = 100;
pub const MESessionV1Anchor: i32 = 129;
pub const MESinkInvalidated: i32 = 312;
pub const MESinkUnknown: i32 = 300;
pub const MESinkV1Anchor: i32 = 321;
pub const MESinkV2Anchor: i32 = 327;
pub const MESourceCharacteristicsChanged: i32 = 219;
pub const MESourceMetadataChanged: i32 = 221;
pub const MESourcePaused: i32 = 209;
pub const MESourceRateChangeRequested: i32 = 220;
pub const MESourceRateChanged: i32 = 217;
pub const MESourceSeeked: i32 = 203;
pub const MESourceStarted: i32 = 201;
pub const MESourceStopped: i32 = 207;
pub const MESourceUnknown: i32 = 200;
pub const MESourceV1Anchor: i32 = 222;
pub const MEStreamFormatChanged: i32 = 216;
pub const MEStreamPaused: i32 = 210;
pub const MEStreamSeeked: i32 = 204;
pub const MEStreamSinkDeviceChanged: i32 = 310;
pub const MEStreamSinkFormatChanged: i32 = 309;
pub const MEStreamSinkFormatInvalidated: i32 = 802;
pub const MEStreamSinkMarker: i32 = 306;
pub const MEStreamSinkPaused: i32 = 303;
pub const MEStreamSinkPrerolled: i32 = 307;
pub const MEStreamSinkRateChanged: i32 = 304;
pub const MEStreamSinkRequestSample: i32 = 305;
pub const MEStreamSinkScrubSampleComplete: i32 = 308;
pub const MEStreamSinkStarted: i32 = 301;
pub const MEStreamSinkStopped: i32 = 302;
pub const MEStreamStarted: i32 = 202;
pub const MEStreamStopped: i32 = 208;
pub const MEStreamThinMode: i32 = 215;
pub const MEStreamTick: i32 = 214;
pub const METransformDrainComplete: i32 = 603;
pub const METransformHaveOutput: i32 = 602;
pub const METransformInputStreamStateChanged: i32 = 605;
pub const METransformMarker: i32 = 604;
pub const METransformNeedInput: i32 = 601;
pub const METransformUnknown: i32 = 600;
pub const METrustUnknown: i32 = 400;
pub const METrustV1Anchor: i32 = 403;
pub const MEUnknown: i32 = 0;
pub const MEUpdatedStream: i32 = 206;
pub const MEVideoCaptureDevicePreempted: i32 = 801;
pub const MEVideoCaptureDeviceRemoved: i32 = 800;
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct MFARGB {
    pub rgbBlue: u8,
    pub rgbGreen: u8,
    pub rgbRed: u8,
    pub rgbAlpha: u8,
}
pub const MFASYNC_CALLBACK_QUEUE_ALL: u32 = 4294967295;
pub const MFASYNC_CALLBACK_QUEUE_IO: i32 = 3;
pub const MFASYNC_CALLBACK_QUEUE_LONG_FUNCTION: i32 = 7;
pub const MFASYNC_CALLBACK_QUEUE_MULTITHREADED: i32 = 5;
pub const MFASYNC_CALLBACK_QUEUE_PRIVATE_MASK: u32 = 4294901760;
pub const MFASYNC_CALLBACK_QUEUE_RT: i32 = 2;
pub const MFASYNC_CALLBACK_QUEUE_STANDARD: i32 = 1;
pub const MFASYNC_CALLBACK_QUEUE_TIMER: i32 = 4;
pub const MFASYNC_CALLBACK_QUEUE_UNDEFINED: i32 = 0;
pub type MFASYNC_WORKQUEUE_TYPE = i32;
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct MFAYUVSample {
    pub bCrValue: u8,
    pub bCbValue: u8,
    pub bYValue: u8,
    pub bSampleAlpha8: u8,
}
pub const MFBYTESTREAM_IS_READABLE: i32 = 1;
pub const MFBYTESTREAM_IS_SEEKABLE: i32 = 4;
pub const MFBYTESTREAM_IS_WRITABLE: i32 = 2;
pub type MFBYTESTREAM_SEEK_ORIGIN = i32;
pub type MFCLOCK_CHARACTERISTICS_FLAGS = i32;
pub const MFCLOCK_CHARACTERISTICS_FLAG_ALWAYS_RUNNING: MFCLOCK_CHARACTERISTICS_FLAGS = 4;
pub const MFCLOCK_CHARACTERISTICS_FLAG_FREQUENCY_10MHZ: MFCLOCK_CHARACTERISTICS_FLAGS = 2;
pub const MFCLOCK_CHARACTERISTICS_FLAG_IS_SYSTEM_CLOCK: MFCLOCK_CHARACTERISTICS_FLAGS = 8;
pub const MFCLOCK_FREQUENCY_HNS: i32 = 10000000;
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct MFCLOCK_PROPERTIES {
    pub qwCorrelationRate: u64,
    pub guidClockId: windows_core::GUID,
    pub dwClockFlags: u32,
    pub qwClockFrequency: u64,
    pub dwClockTolerance: u32,
    pub dwClockJitter: u32,
}
pub type MFCLOCK_STATE = i32;
pub const MFCLOCK_STATE_INVALID: MFCLOCK_STATE = 0;
pub const MFCLOCK_STATE_PAUSED: MFCLOCK_STATE = 3;
pub const MFCLOCK_STATE_RUNNING: MFCLOCK_STATE = 1;
pub const MFCLOCK_STATE_STOPPED: MFCLOCK_STATE = 2;
pub const MFCLOCK_TOLERANCE_UNKNOWN: i32 = 50000;
pub const MFMEDIASOURCE_CAN_PAUSE: MFMEDIASOURCE_CHARACTERISTICS = 4;
pub const MFMEDIASOURCE_CAN_SEEK: MFMEDIASOURCE_CHARACTERISTICS = 2;
pub type MFMEDIASOURCE_CHARACTERISTICS = i32;
pub const MFMEDIASOURCE_DOES_NOT_USE_NETWORK: MFMEDIASOURCE_CHARACTERISTICS = 128;
pub const MFMEDIASOURCE_IS_LIVE: MFMEDIASOURCE_CHARACTERISTICS = 1;
pub const MFMediaType_Audio: windows_core::GUID =
    windows_core::GUID::from_u128(0x73647561_0000_0010_8000_00aa00389b71);
pub const MFMediaType_Binary: windows_core::GUID =
    windows_core::GUID::from_u128(0x72178c25_e45b_11d5_bc2a_00b0d0f3f4ab);
pub const MFMediaType_Default: windows_core::GUID =
    windows_core::GUID::from_u128(0x81a412e6_8103_4b06_857f_1862781024ac);
pub const MFMediaType_FileTransfer: windows_core::GUID =
    windows_core::GUID::from_u128(0x72178c26_e45b_11d5_bc2a_00b0d0f3f4ab);
pub const MFMediaType_HTML: windows_core::GUID =
    windows_core::GUID::from_u128(0x72178c24_e45b_11d5_bc2a_00b0d0f3f4ab);
pub const MFMediaType_Image: windows_core::GUID =
    windows_core::GUID::from_u128(0x72178c23_e45b_11d5_bc2a_00b0d0f3f4ab);
pub const MFMediaType_Metadata: windows_core::GUID =
    windows_core::GUID::from_u128(0x2c8fa20c_82bb_4782_90a0_98a2a5bd8ef8);
pub const MFMediaType_Protected: windows_core::GUID =
    windows_core::GUID::from_u128(0x7b4b6fe6_9d04_4494_be14_7e0bd076c8e4);
pub const MFMediaType_SAMI: windows_core::GUID =
    windows_core::GUID::from_u128(0xe69669a0_3dcd_40cb_9e2e_3708387c0616);
pub const MFMediaType_Script: windows_core::GUID =
    windows_core::GUID::from_u128(0x72178c22_e45b_11d5_bc2a_00b0d0f3f4ab);
pub const MFMediaType_Stream: windows_core::GUID =
    windows_core::GUID::from_u128(0xe436eb83_524f_11ce_9f53_0020af0ba770);
pub const MFMediaType_Subtitle: windows_core::GUID =
    windows_core::GUID::from_u128(0xa6d13581_ed50_4e65_ae08_26065576aacc);
pub const MFMediaType_Video: windows_core::GUID =
    windows_core::GUID::from_u128(0x73646976_0000_0010_8000_00aa00389b71);
pub type MFNominalRange = i32;
pub const MFNominalRange_0_255: MFNominalRange = 1;
pub const MFNominalRange_16_235: MFNominalRange = 2;
pub const MFNominalRange_48_208: MFNominalRange = 3;
pub const MFNominalRange_64_127: MFNominalRange = 4;
pub const MFNominalRange_ForceDWORD: MFNominalRange = 2147483647;
pub const MFNominalRange_Last: MFNominalRange = 5;
pub const MFNominalRange_Normal: MFNominalRange = 1;
pub const MFNominalRange_Unknown: MFNominalRange = 0;
pub const MFNominalRange_Wide: MFNominalRange = 2;
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct MFOffset {
    pub fract: u16,
    pub value: i16,
}
#[repr(C)]
#[derive(Clone, Copy)]
pub union MFPaletteEntry {
    pub ARGB: MFARGB,
    pub AYCbCr: MFAYUVSample,
}
impl Default for MFPaletteEntry {
    fn default() -> Self {
        unsafe { core::mem::zeroed() }
    }
}
pub type MFRATE_DIRECTION = i32;
pub const MFRATE_FORWARD: MFRATE_DIRECTION = 0;
pub const MFRATE_REVERSE: MFRATE_DIRECTION = 1;
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct MFRatio {
    pub Numerator: u32,
    pub Denominator: u32,
}
pub const MFSEQUENCER_INVALID_ELEMENT_ID: u32 = 4294967295;
pub const MFSESSIONCAP_DOES_NOT_USE_NETWORK: i32 = 64;
pub const MFSESSIONCAP_PAUSE: i32 = 4;
pub const MFSESSIONCAP_RATE_FORWARD: i32 = 16;
pub const MFSESSIONCAP_RATE_REVERSE: i32 = 32;
pub const MFSESSIONCAP_SEEK: i32 = 2;
pub const MFSESSIONCAP_START: i32 = 1;
pub const MFSESSION_GETFULLTOPOLOGY_CURRENT: MFSESSION_GETFULLTOPOLOGY_FLAGS = 1;
pub type MFSESSION_GETFULLTOPOLOGY_FLAGS = i32;
pub const MFSESSION_SETTOPOLOGY_CLEAR_CURRENT: MFSESSION_SETTOPOLOGY_FLAGS = 4;
pub type MFSESSION_SETTOPOLOGY_FLAGS = i32;
pub const MFSESSION_SETTOPOLOGY_IMMEDIATE: MFSESSION_SETTOPOLOGY_FLAGS = 1;
pub const MFSESSION_SETTOPOLOGY_NORESOLUTION: MFSESSION_SETTOPOLOGY_FLAGS = 2;
pub const MFSHUTDOWN_COMPLETED: MFSHUTDOWN_STATUS = 1;
pub const MFSHUTDOWN_INITIATED: MFSHUTDOWN_STATUS = 0;
pub type MFSHUTDOWN_STATUS = i32;
pub const MFSTARTUP_FULL: i32 = 0;
pub const MFSTARTUP_LITE: i32 = 1;
pub const MFSTARTUP_NOSOCKET: i32 = 1;
pub const MFSTREAMSINK_MARKER_DEFAULT: MFSTREAMSINK_MARKER_TYPE = 0;
pub const MFSTREAMSINK_MARKER_ENDOFSEGMENT: MFSTREAMSINK_MARKER_TYPE = 1;
pub const MFSTREAMSINK_MARKER_EVENT: MFSTREAMSINK_MARKER_TYPE = 3;
pub const MFSTREAMSINK_MARKER_TICK: MFSTREAMSINK_MARKER_TYPE = 2;
pub type MFSTREAMSINK_MARKER_TYPE = i32;
pub const MFSampleExtension_Discontinuity: windows_core::GUID =
    windows_core::GUID::from_u128(0x9cdf01d9_a0f0_43ba_b077_eaa06cbd728a);
pub const MFSampleExtension_Token: windows_core::GUID =
    windows_core::GUID::from_u128(0x8294da66_f328_4805_b551_00deb4c57a61);
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct MFSequencerElementId(pub u32);
pub type MFSequencerTopologyFlags = i32;
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct MFTIME(pub i64);
pub type MFTIMER_FLAGS = i32;
pub const MFTIMER_RELATIVE: MFTIMER_FLAGS = 1;
pub const MFT_DRAIN_NO_TAILS: _MFT_DRAIN_TYPE = 1;
pub const MFT_DRAIN_PRODUCE_TAILS: _MFT_DRAIN_TYPE = 0;
pub const MFT_INPUT_STATUS_ACCEPT_DATA: _MFT_INPUT_STATUS_FLAGS = 1;
pub const MFT_INPUT_STREAM_DOES_NOT_ADDREF: _MFT_INPUT_STREAM_INFO_FLAGS = 256;
pub const MFT_INPUT_STREAM_FIXED_SAMPLE_SIZE: _MFT_INPUT_STREAM_INFO_FLAGS = 4;
pub const MFT_INPUT_STREAM_HOLDS_BUFFERS: _MFT_INPUT_STREAM_INFO_FLAGS = 8;
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct MFT_INPUT_STREAM_INFO {
    pub hnsMaxLatency: i64,
    pub dwFlags: u32,
    pub cbSize: u32,
    pub cbMaxLookahead: u32,
    pub cbAlignment: u32,
}
pub const MFT_INPUT_STREAM_OPTIONAL: _MFT_INPUT_STREAM_INFO_FLAGS = 1024;
pub const MFT_INPUT_STREAM_PROCESSES_IN_PLACE: _MFT_INPUT_STREAM_INFO_FLAGS = 2048;
pub const MFT_INPUT_STREAM_REMOVABLE: _MFT_INPUT_STREAM_INFO_FLAGS = 512;
pub const MFT_INPUT_STREAM_SINGLE_SAMPLE_PER_BUFFER: _MFT_INPUT_STREAM_INFO_FLAGS = 2;
pub const MFT_INPUT_STREAM_WHOLE_SAMPLES: _MFT_INPUT_STREAM_INFO_FLAGS = 1;
pub const MFT_MESSAGE_COMMAND_DRAIN: MFT_MESSAGE_TYPE = 1;
pub const MFT_MESSAGE_COMMAND_FLUSH: MFT_MESSAGE_TYPE = 0;
pub const MFT_MESSAGE_COMMAND_FLUSH_OUTPUT_STREAM: MFT_MESSAGE_TYPE = 268435464;
pub const MFT_MESSAGE_COMMAND_MARKER: MFT_MESSAGE_TYPE = 536870912;
pub const MFT_MESSAGE_COMMAND_SET_OUTPUT_STREAM_STATE: MFT_MESSAGE_TYPE = 268435463;
pub const MFT_MESSAGE_COMMAND_TICK: MFT_MESSAGE_TYPE = 4;
pub const MFT_MESSAGE_DROP_SAMPLES: MFT_MESSAGE_TYPE = 3;
pub const MFT_MESSAGE_NOTIFY_BEGIN_STREAMING: MFT_MESSAGE_TYPE = 268435456;
pub const MFT_MESSAGE_NOTIFY_END_OF_STREAM: MFT_MESSAGE_TYPE = 268435458;
pub const MFT_MESSAGE_NOTIFY_END_STREAMING: MFT_MESSAGE_TYPE = 268435457;
pub const MFT_MESSAGE_NOTIFY_EVENT: MFT_MESSAGE_TYPE = 268435462;
pub const MFT_MESSAGE_NOTIFY_REACQUIRE_RESOURCES: MFT_MESSAGE_TYPE = 268435461;
pub const MFT_MESSAGE_NOTIFY_RELEASE_RESOURCES: MFT_MESSAGE_TYPE = 268435460;
pub const MFT_MESSAGE_NOTIFY_START_OF_STREAM: MFT_MESSAGE_TYPE = 268435459;
pub const MFT_MESSAGE_SET_D3D_MANAGER: MFT_MESSAGE_TYPE = 2;
pub type MFT_MESSAGE_TYPE = i32;
pub const MFT_OUTPUT_BOUND_LOWER_UNBOUNDED: i64 = -9223372036854775808;
pub const MFT_OUTPUT_BOUND_UPPER_UNBOUNDED: i64 = 9223372036854775807;
#[repr(C)]
#[derive(Clone, Debug, Default, Eq, PartialEq)]
pub struct MFT_OUTPUT_DATA_BUFFER {
    pub dwStreamID: u32,
    pub pSample: core::mem::ManuallyDrop<Option<IMFSample>>,
    pub dwStatus: u32,
    pub pEvents: core::mem::ManuallyDrop<Option<IMFCollection>>,
}
pub const MFT_OUTPUT_DATA_BUFFER_FORMAT_CHANGE: _MFT_OUTPUT_DATA_BUFFER_FLAGS = 256;
pub const MFT_OUTPUT_DATA_BUFFER_INCOMPLETE: _MFT_OUTPUT_DATA_BUFFER_FLAGS = 16777216;
pub const MFT_OUTPUT_DATA_BUFFER_NO_SAMPLE: _MFT_OUTPUT_DATA_BUFFER_FLAGS = 768;
pub const MFT_OUTPUT_DATA_BUFFER_STREAM_END: _MFT_OUTPUT_DATA_BUFFER_FLAGS = 512;
pub const MFT_OUTPUT_STATUS_SAMPLE_READY: _MFT_OUTPUT_STATUS_FLAGS = 1;
pub const MFT_OUTPUT_STREAM_CAN_PROVIDE_SAMPLES: _MFT_OUTPUT_STREAM_INFO_FLAGS = 512;
pub const MFT_OUTPUT_STREAM_DISCARDABLE: _MFT_OUTPUT_STREAM_INFO_FLAGS = 8;
pub const MFT_OUTPUT_STREAM_FIXED_SAMPLE_SIZE: _MFT_OUTPUT_STREAM_INFO_FLAGS = 4;
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct MFT_OUTPUT_STREAM_INFO {
    pub dwFlags: u32,
    pub cbSize: u32,
    pub cbAlignment: u32,
}
pub const MFT_OUTPUT_STREAM_LAZY_READ: _MFT_OUTPUT_STREAM_INFO_FLAGS = 1024;
pub const MFT_OUTPUT_STREAM_OPTIONAL: _MFT_OUTPUT_STREAM_INFO_FLAGS = 16;
pub const MFT_OUTPUT_STREAM_PROVIDES_SAMPLES: _MFT_OUTPUT_STREAM_INFO_FLAGS = 256;
pub const MFT_OUTPUT_STREAM_REMOVABLE: _MFT_OUTPUT_STREAM_INFO_FLAGS = 2048;
pub const MFT_OUTPUT_STREAM_SINGLE_SAMPLE_PER_BUFFER: _MFT_OUTPUT_STREAM_INFO_FLAGS = 2;
pub const MFT_OUTPUT_STREAM_WHOLE_SAMPLES: _MFT_OUTPUT_STREAM_INFO_FLAGS = 1;
pub const MFT_PROCESS_OUTPUT_DISCARD_WHEN_NO_BUFFER: _MFT_PROCESS_OUTPUT_FLAGS = 1;
pub const MFT_PROCESS_OUTPUT_REGENERATE_LAST_OUTPUT: _MFT_PROCESS_OUTPUT_FLAGS = 2;
pub const MFT_PROCESS_OUTPUT_STATUS_NEW_STREAMS: _MFT_PROCESS_OUTPUT_STATUS = 256;
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct MFT_REGISTER_TYPE_INFO {
    pub guidMajorType: windows_core::GUID,
    pub guidSubtype: windows_core::GUID,
}
pub const MFT_SET_TYPE_TEST_ONLY: _MFT_SET_TYPE_FLAGS = 1;
pub const MFT_STREAMS_UNLIMITED: u32 = 4294967295;
pub const MFT_SUPPORT_DYNAMIC_FORMAT_CHANGE: windows_core::GUID =
    windows_core::GUID::from_u128(0x53476a11_3f13_49fb_ac42_ee2733c96741);
#[repr(C)]
#[derive(Clone, Copy)]
pub struct MFVIDEOFORMAT {
    pub dwSize: u32,
    pub videoInfo: MFVideoInfo,
    pub guidFormat: windows_core::GUID,
    pub compressedInfo: MFVideoCompressedInfo,
    pub surfaceInfo: MFVideoSurfaceInfo,
}
impl Default for MFVIDEOFORMAT {
    fn default() -> Self {
        unsafe { core::mem::zeroed() }
    }
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct MFVideoArea {
    pub OffsetX: MFOffset,
    pub OffsetY: MFOffset,
    pub Area: SIZE,
}
pub type MFVideoChromaSubsampling = i32;
pub const MFVideoChromaSubsampling_Cosited: MFVideoChromaSubsampling = 7;
pub const MFVideoChromaSubsampling_DV_PAL: MFVideoChromaSubsampling = 6;
pub const MFVideoChromaSubsampling_ForceDWORD: MFVideoChromaSubsampling = 2147483647;
pub const MFVideoChromaSubsampling_Horizontally_Cosited: MFVideoChromaSubsampling = 4;
pub const MFVideoChromaSubsampling_Last: MFVideoChromaSubsampling = 8;
pub const MFVideoChromaSubsampling_MPEG1: MFVideoChromaSubsampling = 1;
pub const MFVideoChromaSubsampling_MPEG2: MFVideoChromaSubsampling = 5;
pub const MFVideoChromaSubsampling_ProgressiveChroma: MFVideoChromaSubsampling = 8;
pub const MFVideoChromaSubsampling_Unknown: MFVideoChromaSubsampling = 0;
pub const MFVideoChromaSubsampling_Vertically_AlignedChromaPlanes: MFVideoChromaSubsampling = 1;
pub const MFVideoChromaSubsampling_Vertically_Cosited: MFVideoChromaSubsampling = 2;
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct MFVideoCompressedInfo {
    pub AvgBitrate: i64,
    pub AvgBitErrorRate: i64,
    pub MaxKeyFrameSpacing: u32,
}
pub const MFVideoFormat_H264_ES: windows_core::GUID =
    windows_core::GUID::from_u128(0x3f40f4f0_5622_4ff8_b6d8_a17a584bee5e);
pub const MFVideoFormat_MPEG2: windows_core::GUID =
    windows_core::GUID::from_u128(0xe06d8026_db46_11cf_b4d1_00805f6cbbea);
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct MFVideoInfo {
    pub dwWidth: u32,
    pub dwHeight: u32,
    pub PixelAspectRatio: MFRatio,
    pub SourceChromaSubsampling: MFVideoChromaSubsampling,
    pub InterlaceMode: MFVideoInterlaceMode,
    pub TransferFunction: MFVideoTransferFunction,
    pub ColorPrimaries: MFVideoPrimaries,
    pub TransferMatrix: MFVideoTransferMatrix,
    pub SourceLighting: MFVideoLighting,
    pub FramesPerSecond: MFRatio,
    pub NominalRange: MFNominalRange,
    pub GeometricAperture: MFVideoArea,
    pub MinimumDisplayAperture: MFVideoArea,
    pub PanScanAperture: MFVideoArea,
    pub VideoFlags: u64,
}
pub type MFVideoInterlaceMode = i32;
pub const MFVideoInterlace_FieldInterleavedLowerFirst: MFVideoInterlaceMode = 4;
pub const MFVideoInterlace_FieldInterleavedUpperFirst: MFVideoInterlaceMode = 3;
pub const MFVideoInterlace_FieldSingleLower: MFVideoInterlaceMode = 6;
pub const MFVideoInterlace_FieldSingleLowerFirst: i32 = 6;
pub const MFVideoInterlace_FieldSingleUpper: MFVideoInterlaceMode = 5;
pub const MFVideoInterlace_FieldSingleUpperFirst: i32 = 5;
pub const MFVideoInterlace_ForceDWORD: MFVideoInterlaceMode = 2147483647;
pub const MFVideoInterlace_Last: MFVideoInterlaceMode = 8;
pub const MFVideoInterlace_MixedInterlaceOrProgressive: MFVideoInterlaceMode = 7;
pub const MFVideoInterlace_Progressive: MFVideoInterlaceMode = 2;
pub const MFVideoInterlace_Unknown: MFVideoInterlaceMode = 0;
pub type MFVideoLighting = i32;
pub const MFVideoLighting_ForceDWORD: MFVideoLighting = 2147483647;
pub const MFVideoLighting_Last: MFVideoLighting = 5;
pub const MFVideoLighting_Unknown: MFVideoLighting = 0;
pub const MFVideoLighting_bright: MFVideoLighting = 1;
pub const MFVideoLighting_dark: MFVideoLighting = 4;
pub const MFVideoLighting_dim: MFVideoLighting = 3;
pub const MFVideoLighting_office: MFVideoLighting = 2;
pub const MFVideoPadFlag_PAD_TO_16x9: MFVideoPadFlags = 2;
pub const MFVideoPadFlag_PAD_TO_4x3: MFVideoPadFlags = 1;
pub const MFVideoPadFlag_PAD_TO_None: MFVideoPadFlags = 0;
pub type MFVideoPadFlags = i32;
pub type MFVideoPrimaries = i32;
pub const MFVideoPrimaries_ACES: MFVideoPrimaries = 12;
pub const MFVideoPrimaries_BT2020: MFVideoPrimaries = 9;
pub const MFVideoPrimaries_BT470_2_SysBG: MFVideoPrimaries = 4;
pub const MFVideoPrimaries_BT470_2_SysM: MFVideoPrimaries = 3;
pub const MFVideoPrimaries_BT709: MFVideoPrimaries = 2;
pub const MFVideoPrimaries_DCI_P3: MFVideoPrimaries = 11;
pub const MFVideoPrimaries_Display_P3: MFVideoPrimaries = 13;
pub const MFVideoPrimaries_EBU3213: MFVideoPrimaries = 7;
pub const MFVideoPrimaries_ForceDWORD: MFVideoPrimaries = 2147483647;
pub const MFVideoPrimaries_Last: MFVideoPrimaries = 14;
pub const MFVideoPrimaries_SMPTE170M: MFVideoPrimaries = 5;
pub const MFVideoPrimaries_SMPTE240M: MFVideoPrimaries = 6;
pub const MFVideoPrimaries_SMPTE_C: MFVideoPrimaries = 8;
pub const MFVideoPrimaries_Unknown: MFVideoPrimaries = 0;
pub const MFVideoPrimaries_XYZ: MFVideoPrimaries = 10;
pub const MFVideoPrimaries_reserved: MFVideoPrimaries = 1;
pub type MFVideoRotationFormat = i32;
pub const MFVideoRotationFormat_0: MFVideoRotationFormat = 0;
pub const MFVideoRotationFormat_180: MFVideoRotationFormat = 180;
pub const MFVideoRotationFormat_270: MFVideoRotationFormat = 270;
pub const MFVideoRotationFormat_90: MFVideoRotationFormat = 90;
pub const MFVideoSrcContentHintFlag_16x9: MFVideoSrcContentHintFlags = 1;
pub const MFVideoSrcContentHintFlag_235_1: MFVideoSrcContentHintFlags = 2;
pub const MFVideoSrcContentHintFlag_None: MFVideoSrcContentHintFlags = 0;
pub type MFVideoSrcContentHintFlags = i32;
#[repr(C)]
#[derive(Clone, Copy)]
pub struct MFVideoSurfaceInfo {
    pub Format: u32,
    pub PaletteEntries: u32,
    pub Palette: [MFPaletteEntry; 1],
}
impl Default for MFVideoSurfaceInfo {
    fn default() -> Self {
        unsafe { core::mem::zeroed() }
    }
}
pub const MFVideoTransFunc_10: MFVideoTransferFunction = 1;
pub const MFVideoTransFunc_10_rel: MFVideoTransferFunction = 17;
pub const MFVideoTransFunc_18: MFVideoTransferFunction = 2;
pub const MFVideoTransFunc_20: MFVideoTransferFunction = 3;
pub const MFVideoTransFunc_2020: MFVideoTransferFunction = 13;
pub const MFVideoTransFunc_2020_const: MFVideoTransferFunction = 12;
pub const MFVideoTransFunc_2084: MFVideoTransferFunction = 15;
pub const MFVideoTransFunc_22: MFVideoTransferFunction = 4;
pub const MFVideoTransFunc_240M: MFVideoTransferFunction = 6;
pub const MFVideoTransFunc_26: MFVideoTransferFunction = 14;
pub const MFVideoTransFunc_28: MFVideoTransferFunction = 8;
pub const MFVideoTransFunc_709: MFVideoTransferFunction = 5;
pub const MFVideoTransFunc_709_sym: MFVideoTransferFunction = 11;
pub const MFVideoTransFunc_BT1361_ECG: MFVideoTransferFunction = 18;
pub const MFVideoTransFunc_ForceDWORD: MFVideoTransferFunction = 2147483647;
pub const MFVideoTransFunc_HLG: MFVideoTransferFunction = 16;
pub const MFVideoTransFunc_Last: MFVideoTransferFunction = 20;
pub const MFVideoTransFunc_Log_100: MFVideoTransferFunction = 9;
pub const MFVideoTransFunc_Log_316: MFVideoTransferFunction = 10;
pub const MFVideoTransFunc_SMPTE428: MFVideoTransferFunction = 19;
pub const MFVideoTransFunc_Unknown: MFVideoTransferFunction = 0;
pub const MFVideoTransFunc_sRGB: MFVideoTransferFunction = 7;
pub type MFVideoTransferFunction = i32;
pub type MFVideoTransferMatrix = i32;
pub const MFVideoTransferMatrix_BT2020_10: MFVideoTransferMatrix = 4;
pub const MFVideoTransferMatrix_BT2020_12: MFVideoTransferMatrix = 5;
pub const MFVideoTransferMatrix_BT601: MFVideoTransferMatrix = 2;
pub const MFVideoTransferMatrix_BT709: MFVideoTransferMatrix = 1;
pub const MFVideoTransferMatrix_Chroma: MFVideoTransferMatrix = 10;
pub const MFVideoTransferMatrix_Chroma_const: MFVideoTransferMatrix = 11;
pub const MFVideoTransferMatrix_FCC47: MFVideoTransferMatrix = 7;
pub const MFVideoTransferMatrix_ForceDWORD: MFVideoTransferMatrix = 2147483647;
pub const MFVideoTransferMatrix_ICtCp: MFVideoTransferMatrix = 12;
pub const MFVideoTransferMatrix_Identity: MFVideoTransferMatrix = 6;
pub const MFVideoTransferMatrix_Last: MFVideoTransferMatrix = 13;
pub const MFVideoTransferMatrix_SMPTE2085: MFVideoTransferMatrix = 9;
pub const MFVideoTransferMatrix_SMPTE240M: MFVideoTransferMatrix = 3;
pub const MFVideoTransferMatrix_Unknown: MFVideoTransferMatrix = 0;
pub const MFVideoTransferMatrix_YCgCo: MFVideoTransferMatrix = 8;
pub const MF_ACCESSMODE_READ: MF_FILE_ACCESSMODE = 1;
pub const MF_ACCESSMODE_READWRITE: MF_FILE_ACCESSMODE = 3;
pub const MF_ACCESSMODE_WRITE: MF_FILE_ACCESSMODE = 2;
pub const MF_API_VERSION: i32 = 112;
pub const MF_ATTRIBUTES_MATCH_ALL_ITEMS: MF_ATTRIBUTES_MATCH_TYPE = 2;
pub const MF_ATTRIBUTES_MATCH_INTERSECTION: MF_ATTRIBUTES_MATCH_TYPE = 3;
pub const MF_ATTRIBUTES_MATCH_OUR_ITEMS: MF_ATTRIBUTES_MATCH_TYPE = 0;
pub const MF_ATTRIBUTES_MATCH_SMALLER: MF_ATTRIBUTES_MATCH_TYPE = 4;
pub const MF_ATTRIBUTES_MATCH_THEIR_ITEMS: MF_ATTRIBUTES_MATCH_TYPE = 1;
pub type MF_ATTRIBUTES_MATCH_TYPE = i32;
pub const MF_ATTRIBUTE_BLOB: MF_ATTRIBUTE_TYPE = 4113;
pub const MF_ATTRIBUTE_DOUBLE: MF_ATTRIBUTE_TYPE = 5;
pub const MF_ATTRIBUTE_GUID: MF_ATTRIBUTE_TYPE = 72;
pub const MF_ATTRIBUTE_IUNKNOWN: MF_ATTRIBUTE_TYPE = 13;
pub const MF_ATTRIBUTE_STRING: MF_ATTRIBUTE_TYPE = 31;
pub type MF_ATTRIBUTE_TYPE = i32;
pub const MF_ATTRIBUTE_UINT32: MF_ATTRIBUTE_TYPE = 19;
pub const MF_ATTRIBUTE_UINT64: MF_ATTRIBUTE_TYPE = 21;
pub const MF_EVENT_FLAG_NO_WAIT: i32 = 1;
pub const MF_EVENT_PRESENTATION_TIME_OFFSET: windows_core::GUID =
    windows_core::GUID::from_u128(0x5ad914d1_9b45_4a8d_a2c0_81d1e50bfb07);
pub const MF_EVENT_SESSIONCAPS: windows_core::GUID =
    windows_core::GUID::from_u128(0x7e5ebcd0_11b8_4abe_afad_10f6599a7f42);
pub const MF_EVENT_SESSIONCAPS_DELTA: windows_core::GUID =
    windows_core::GUID::from_u128(0x7e5ebcd1_11b8_4abe_afad_10f6599a7f42);
pub const MF_EVENT_SOURCE_ACTUAL_START: windows_core::GUID =
    windows_core::GUID::from_u128(0xa8cc55a9_6b31_419f_845d_ffb351a2434b);
pub const MF_EVENT_SOURCE_TOPOLOGY_CANCELED: windows_core::GUID =
    windows_core::GUID::from_u128(0xdb62f650_9a5e_4704_acf3_563bc6a73364);
pub const MF_EVENT_START_PRESENTATION_TIME: windows_core::GUID =
    windows_core::GUID::from_u128(0x5ad914d0_9b45_4a8d_a2c0_81d1e50bfb07);
pub const MF_EVENT_START_PRESENTATION_TIME_AT_OUTPUT: windows_core::GUID =
    windows_core::GUID::from_u128(0x5ad914d2_9b45_4a8d_a2c0_81d1e50bfb07);
pub const MF_EVENT_TOPOLOGY_STATUS: windows_core::GUID =
    windows_core::GUID::from_u128(0x30c5018d_9a53_454b_ad9e_6d5f8fa7c43b);
pub const MF_E_ATTRIBUTENOTFOUND: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D36E6_u32 as _);
pub const MF_E_BAD_STARTUP_VERSION: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D36E3_u32 as _);
pub const MF_E_BUFFERTOOSMALL: windows_core::HRESULT = windows_core::HRESULT(0xC00D36B1_u32 as _);
pub const MF_E_CANNOT_CREATE_SINK: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D36FA_u32 as _);
pub const MF_E_CLOCK_NO_TIME_SOURCE: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D9C41_u32 as _);
pub const MF_E_CLOCK_STATE_ALREADY_SET: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D9C42_u32 as _);
pub const MF_E_END_OF_STREAM: windows_core::HRESULT = windows_core::HRESULT(0xC00D3E84_u32 as _);
pub const MF_E_INVALIDINDEX: windows_core::HRESULT = windows_core::HRESULT(0xC00D36BF_u32 as _);
pub const MF_E_INVALIDMEDIATYPE: windows_core::HRESULT = windows_core::HRESULT(0xC00D36B4_u32 as _);
pub const MF_E_INVALIDREQUEST: windows_core::HRESULT = windows_core::HRESULT(0xC00D36B2_u32 as _);
pub const MF_E_INVALIDSTREAMNUMBER: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D36B3_u32 as _);
pub const MF_E_INVALIDTYPE: windows_core::HRESULT = windows_core::HRESULT(0xC00D36BD_u32 as _);
pub const MF_E_INVALID_FILE_FORMAT: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D36BE_u32 as _);
pub const MF_E_INVALID_FORMAT: windows_core::HRESULT = windows_core::HRESULT(0xC00D3E8C_u32 as _);
pub const MF_E_INVALID_KEY: windows_core::HRESULT = windows_core::HRESULT(0xC00D36E2_u32 as _);
pub const MF_E_INVALID_POSITION: windows_core::HRESULT = windows_core::HRESULT(0xC00D36E5_u32 as _);
pub const MF_E_INVALID_STATE_TRANSITION: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D3E82_u32 as _);
pub const MF_E_INVALID_WORKQUEUE: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D36FF_u32 as _);
pub const MF_E_MEDIA_SOURCE_WRONGSTATE: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D3E9B_u32 as _);
pub const MF_E_MULTIPLE_BEGIN: windows_core::HRESULT = windows_core::HRESULT(0xC00D36D9_u32 as _);
pub const MF_E_MULTIPLE_SUBSCRIBERS: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D36DA_u32 as _);
pub const MF_E_NOTACCEPTING: windows_core::HRESULT = windows_core::HRESULT(0xC00D36B5_u32 as _);
pub const MF_E_NOT_AVAILABLE: windows_core::HRESULT = windows_core::HRESULT(0xC00D36D6_u32 as _);
pub const MF_E_NOT_FOUND: windows_core::HRESULT = windows_core::HRESULT(0xC00D36D5_u32 as _);
pub const MF_E_NOT_INITIALIZED: windows_core::HRESULT = windows_core::HRESULT(0xC00D36B6_u32 as _);
pub const MF_E_NO_AUDIO_PLAYBACK_DEVICE: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D4E84_u32 as _);
pub const MF_E_NO_CLOCK: windows_core::HRESULT = windows_core::HRESULT(0xC00D36D7_u32 as _);
pub const MF_E_NO_EVENTS_AVAILABLE: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D3E80_u32 as _);
pub const MF_E_NO_MORE_TYPES: windows_core::HRESULT = windows_core::HRESULT(0xC00D36B9_u32 as _);
pub const MF_E_NO_SAMPLE_DURATION: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D36C9_u32 as _);
pub const MF_E_NO_SAMPLE_TIMESTAMP: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D36C8_u32 as _);
pub const MF_E_SEQUENCER_UNKNOWN_SEGMENT_ID: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D61AC_u32 as _);
pub const MF_E_SESSION_PAUSEWHILESTOPPED: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D36FC_u32 as _);
pub const MF_E_SHUTDOWN: windows_core::HRESULT = windows_core::HRESULT(0xC00D3E85_u32 as _);
pub const MF_E_SINK_NO_STREAMS: windows_core::HRESULT = windows_core::HRESULT(0xC00D4A41_u32 as _);
pub const MF_E_SOURCERESOLVER_MUTUALLY_EXCLUSIVE_FLAGS: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D36F1_u32 as _);
pub const MF_E_STREAMSINKS_FIXED: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D4A3B_u32 as _);
pub const MF_E_STREAMSINK_EXISTS: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D4A3C_u32 as _);
pub const MF_E_STREAMSINK_REMOVED: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D4A38_u32 as _);
pub const MF_E_THINNING_UNSUPPORTED: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D36D1_u32 as _);
pub const MF_E_TOPO_CODEC_NOT_FOUND: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D5212_u32 as _);
pub const MF_E_TOPO_INVALID_OPTIONAL_NODE: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D520E_u32 as _);
pub const MF_E_TOPO_MISSING_PRESENTATION_DESCRIPTOR: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D5217_u32 as _);
pub const MF_E_TOPO_MISSING_SOURCE: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D521A_u32 as _);
pub const MF_E_TOPO_MISSING_STREAM_DESCRIPTOR: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D5218_u32 as _);
pub const MF_E_TOPO_SINK_ACTIVATES_UNSUPPORTED: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D521B_u32 as _);
pub const MF_E_TOPO_STREAM_DESCRIPTOR_NOT_SELECTED: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D5219_u32 as _);
pub const MF_E_TOPO_UNSUPPORTED: windows_core::HRESULT = windows_core::HRESULT(0xC00D5214_u32 as _);
pub const MF_E_TRANSFORM_NEED_MORE_INPUT: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D6D72_u32 as _);
pub const MF_E_TRANSFORM_STREAM_CHANGE: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D6D61_u32 as _);
pub const MF_E_TRANSFORM_STREAM_INVALID_RESOLUTION: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D6D79_u32 as _);
pub const MF_E_TRANSFORM_TYPE_NOT_SET: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D6D60_u32 as _);
pub const MF_E_UNEXPECTED: windows_core::HRESULT = windows_core::HRESULT(0xC00D36BB_u32 as _);
pub const MF_E_UNSUPPORTED_BYTESTREAM_TYPE: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D36C4_u32 as _);
pub const MF_E_UNSUPPORTED_FORMAT: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D3E98_u32 as _);
pub const MF_E_UNSUPPORTED_RATE: windows_core::HRESULT = windows_core::HRESULT(0xC00D36D0_u32 as _);
pub const MF_E_UNSUPPORTED_REPRESENTATION: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D36B7_u32 as _);
pub const MF_E_UNSUPPORTED_SCHEME: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D36C3_u32 as _);
pub const MF_E_UNSUPPORTED_SERVICE: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D36BA_u32 as _);
pub const MF_E_UNSUPPORTED_TIME_FORMAT: windows_core::HRESULT =
    windows_core::HRESULT(0xC00D36C5_u32 as _);
pub const MF_FILEFLAGS_ALLOW_WRITE_SHARING: MF_FILE_FLAGS = 2;
pub const MF_FILEFLAGS_NOBUFFERING: MF_FILE_FLAGS = 1;
pub const MF_FILEFLAGS_NONE: MF_FILE_FLAGS = 0;
pub type MF_FILE_ACCESSMODE = i32;
pub type MF_FILE_FLAGS = i32;
pub type MF_FILE_OPENMODE = i32;
pub const MF_MEDIATYPE_EQUAL_FORMAT_DATA: i32 = 4;
pub const MF_MEDIATYPE_EQUAL_FORMAT_TYPES: i32 = 2;
pub const MF_MEDIATYPE_EQUAL_FORMAT_USER_DATA: i32 = 8;
pub const MF_MEDIATYPE_EQUAL_MAJOR_TYPES: i32 = 1;
pub const MF_MT_AAC_AUDIO_PROFILE_LEVEL_INDICATION: windows_core::GUID =
    windows_core::GUID::from_u128(0x7632f0e6_9538_4d61_acda_ea29c8c14456);
pub const MF_MT_AAC_PAYLOAD_TYPE: windows_core::GUID =
    windows_core::GUID::from_u128(0xbfbabe79_7434_4d1c_94f0_72a3b9e17188);
pub const MF_MT_ALL_SAMPLES_INDEPENDENT: windows_core::GUID =
    windows_core::GUID::from_u128(0xc9173739_5e56_461c_b713_46fb995cb95f);
pub const MF_MT_AUDIO_AVG_BYTES_PER_SECOND: windows_core::GUID =
    windows_core::GUID::from_u128(0x1aab75c8_cfef_451c_ab95_ac034b8e1731);
pub const MF_MT_AUDIO_BITS_PER_SAMPLE: windows_core::GUID =
    windows_core::GUID::from_u128(0xf2deb57f_40fa_4764_aa33_ed4f2d1ff669);
pub const MF_MT_AUDIO_BLOCK_ALIGNMENT: windows_core::GUID =
    windows_core::GUID::from_u128(0x322de230_9eeb_43bd_ab7a_ff412251541d);
pub const MF_MT_AUDIO_CHANNEL_MASK: windows_core::GUID =
    windows_core::GUID::from_u128(0x55fb5765_644a_4caf_8479_938983bb1588);
pub const MF_MT_AUDIO_FLOAT_SAMPLES_PER_SECOND: windows_core::GUID =
    windows_core::GUID::from_u128(0xfb3b724a_cfb5_4319_aefe_6e42b2406132);
pub const MF_MT_AUDIO_NUM_CHANNELS: windows_core::GUID =
    windows_core::GUID::from_u128(0x37e48bf5_645e_4c5b_89de_ada9e29b696a);
pub const MF_MT_AUDIO_PREFER_WAVEFORMATEX: windows_core::GUID =
    windows_core::GUID::from_u128(0xa901aaba_e037_458a_bdf6_545be2074042);
pub const MF_MT_AUDIO_SAMPLES_PER_BLOCK: windows_core::GUID =
    windows_core::GUID::from_u128(0xaab15aac_e13a_4995_9222_501ea15c6877);
pub const MF_MT_AUDIO_SAMPLES_PER_SECOND: windows_core::GUID =
    windows_core::GUID::from_u128(0x5faeeae7_0290_4c31_9e8a_c534f68d9dba);
pub const MF_MT_AUDIO_VALID_BITS_PER_SAMPLE: windows_core::GUID =
    windows_core::GUID::from_u128(0xd9bf8d6a_9530_4b7c_9ddf_ff6fd58bbd06);
pub const MF_MT_AVG_BITRATE: windows_core::GUID =
    windows_core::GUID::from_u128(0x20332624_fb0d_4d9e_bd0d_cbf6786c102e);
pub const MF_MT_AVG_BIT_ERROR_RATE: windows_core::GUID =
    windows_core::GUID::from_u128(0x799cabd6_3508_4db4_a3c7_569cd533deb1);
pub const MF_MT_COMPRESSED: windows_core::GUID =
    windows_core::GUID::from_u128(0x3afd0cee_18f2_4ba5_a110_8bea502e1f92);
pub const MF_MT_DEFAULT_STRIDE: windows_core::GUID =
    windows_core::GUID::from_u128(0x644b4e48_1e02_4516_b0eb_c01ca9d49ac6);
pub const MF_MT_DRM_FLAGS: windows_core::GUID =
    windows_core::GUID::from_u128(0x8772f323_355a_4cc7_bb78_6d61a048ae82);
pub const MF_MT_FIXED_SIZE_SAMPLES: windows_core::GUID =
    windows_core::GUID::from_u128(0xb8ebefaf_b718_4e04_b0a9_116775e3321b);
pub const MF_MT_FRAME_RATE: windows_core::GUID =
    windows_core::GUID::from_u128(0xc459a2e8_3d2c_4e44_b132_fee5156c7bb0);
pub const MF_MT_FRAME_RATE_RANGE_MAX: windows_core::GUID =
    windows_core::GUID::from_u128(0xe3371d41_b4cf_4a05_bd4e_20b88bb2c4d6);
pub const MF_MT_FRAME_RATE_RANGE_MIN: windows_core::GUID =
    windows_core::GUID::from_u128(0xd2e7558c_dc1f_403f_9a72_d28bb1eb3b5e);
pub const MF_MT_FRAME_SIZE: windows_core::GUID =
    windows_core::GUID::from_u128(0x1652c33d_d6b2_4012_b834_72030849a37d);
pub const MF_MT_GEOMETRIC_APERTURE: windows_core::GUID =
    windows_core::GUID::from_u128(0x66758743_7e5f_400d_980a_aa8596c85696);
pub const MF_MT_H264_MAX_MB_PER_SEC: windows_core::GUID =
    windows_core::GUID::from_u128(0x45256d30_7215_4576_9336_b0f1bcd59bb2);
pub const MF_MT_INTERLACE_MODE: windows_core::GUID =
    windows_core::GUID::from_u128(0xe2724bb8_e676_4806_b4b2_a8d6efb44ccd);
pub const MF_MT_MAJOR_TYPE: windows_core::GUID =
    windows_core::GUID::from_u128(0x48eba18e_f8c9_4687_bf11_0a74c9f96a8f);
pub const MF_MT_MAX_KEYFRAME_SPACING: windows_core::GUID =
    windows_core::GUID::from_u128(0xc16eb52b_73a1_476f_8d62_839d6a020652);
pub const MF_MT_MINIMUM_DISPLAY_APERTURE: windows_core::GUID =
    windows_core::GUID::from_u128(0xd7388766_18fe_48c6_a177_ee894867c8c4);
pub const MF_MT_MPEG2_FLAGS: windows_core::GUID =
    windows_core::GUID::from_u128(0x31e3991d_f701_4b2f_b426_8ae3bda9e04b);
pub const MF_MT_MPEG2_LEVEL: windows_core::GUID =
    windows_core::GUID::from_u128(0x96f66574_11c5_4015_8666_bff516436da7);
pub const MF_MT_MPEG2_PROFILE: windows_core::GUID =
    windows_core::GUID::from_u128(0xad76a80b_2d5c_4e0b_b375_64e520137036);
pub const MF_MT_MPEG_SEQUENCE_HEADER: windows_core::GUID =
    windows_core::GUID::from_u128(0x3c036de7_3ad0_4c9e_9216_ee6d6ac21cb3);
pub const MF_MT_MPEG_START_TIME_CODE: windows_core::GUID =
    windows_core::GUID::from_u128(0x91f67885_4333_4280_97cd_bd5a6c03a06e);
pub const MF_MT_ORIGINAL_4CC: windows_core::GUID =
    windows_core::GUID::from_u128(0xd7be3fe0_2bc7_492d_b843_61a1919b70c3);
pub const MF_MT_ORIGINAL_WAVE_FORMAT_TAG: windows_core::GUID =
    windows_core::GUID::from_u128(0x8cbbc843_9fd9_49c2_882f_a72586c408ad);
pub const MF_MT_PAD_CONTROL_FLAGS: windows_core::GUID =
    windows_core::GUID::from_u128(0x4d0e73e5_80ea_4354_a9d0_1176ceb028ea);
pub const MF_MT_PALETTE: windows_core::GUID =
    windows_core::GUID::from_u128(0x6d283f42_9846_4410_afd9_654d503b1a54);
pub const MF_MT_PAN_SCAN_APERTURE: windows_core::GUID =
    windows_core::GUID::from_u128(0x79614dde_9187_48fb_b8c7_4d52689de649);
pub const MF_MT_PAN_SCAN_ENABLED: windows_core::GUID =
    windows_core::GUID::from_u128(0x4b7f6bc3_8b13_40b2_a993_abf630b8204e);
pub const MF_MT_PIXEL_ASPECT_RATIO: windows_core::GUID =
    windows_core::GUID::from_u128(0xc6376a1e_8d0a_4027_be45_6d9a0ad39bb6);
pub const MF_MT_SAMPLE_SIZE: windows_core::GUID =
    windows_core::GUID::from_u128(0xdad3ab78_1990_408b_bce2_eba673dacc10);
pub const MF_MT_SOURCE_CONTENT_HINT: windows_core::GUID =
    windows_core::GUID::from_u128(0x68aca3cc_22d0_44e6_85f8_28167197fa38);
pub const MF_MT_SUBTYPE: windows_core::GUID =
    windows_core::GUID::from_u128(0xf7e34c9a_42e8_4714_b74b_cb29d72c35e5);
pub const MF_MT_TRANSFER_FUNCTION: windows_core::GUID =
    windows_core::GUID::from_u128(0x5fb0fce9_be5c_4935_a811_ec838f8eed93);
pub const MF_MT_USER_DATA: windows_core::GUID =
    windows_core::GUID::from_u128(0xb6bc765f_4c3b_40a4_bd51_2535b66fe09d);
pub const MF_MT_VIDEO_CHROMA_SITING: windows_core::GUID =
    windows_core::GUID::from_u128(0x65df2370_c773_4c33_aa64_843e068efb0c);
pub const MF_MT_VIDEO_LEVEL: windows_core::GUID =
    windows_core::GUID::from_u128(0x96f66574_11c5_4015_8666_bff516436da7);
pub const MF_MT_VIDEO_LIGHTING: windows_core::GUID =
    windows_core::GUID::from_u128(0x53a0529c_890b_4216_8bf9_599367ad6d20);
pub const MF_MT_VIDEO_NOMINAL_RANGE: windows_core::GUID =
    windows_core::GUID::from_u128(0xc21b8ee5_b956_4071_8daf_325edf5cab11);
pub const MF_MT_VIDEO_PRIMARIES: windows_core::GUID =
    windows_core::GUID::from_u128(0xdbfbe4d7_0740_4ee0_8192_850ab0e21935);
pub const MF_MT_VIDEO_PROFILE: windows_core::GUID =
    windows_core::GUID::from_u128(0xad76a80b_2d5c_4e0b_b375_64e520137036);
pub const MF_MT_VIDEO_ROTATION: windows_core::GUID =
    windows_core::GUID::from_u128(0xc380465d_2271_428c_9b83_ecea3b4a85c1);
pub const MF_MT_WRAPPED_TYPE: windows_core::GUID =
    windows_core::GUID::from_u128(0x4d3f7b23_d02f_4e6c_9bee_e4bf2c6c695d);
pub const MF_MT_YUV_MATRIX: windows_core::GUID =
    windows_core::GUID::from_u128(0x3e23d450_2c75_4d25_a00e_b91670d12327);
pub const MF_MULTITHREADED_WORKQUEUE: MFASYNC_WORKQUEUE_TYPE = 2;
pub const MF_OBJECT_BYTESTREAM: MF_OBJECT_TYPE = 1;
pub const MF_OBJECT_INVALID: MF_OBJECT_TYPE = 2;
pub const MF_OBJECT_MEDIASOURCE: MF_OBJECT_TYPE = 0;
pub type MF_OBJECT_TYPE = i32;
pub const MF_OPENMODE_APPEND_IF_EXIST: MF_FILE_OPENMODE = 3;
pub const MF_OPENMODE_DELETE_IF_EXIST: MF_FILE_OPENMODE = 4;
pub const MF_OPENMODE_FAIL_IF_EXIST: MF_FILE_OPENMODE = 1;
pub const MF_OPENMODE_FAIL_IF_NOT_EXIST: MF_FILE_OPENMODE = 0;
pub const MF_OPENMODE_RESET_IF_EXIST: MF_FILE_OPENMODE = 2;
pub const MF_RESOLUTION_BYTESTREAM: i32 = 2;
pub const MF_RESOLUTION_MEDIASOURCE: i32 = 1;
pub const MF_RESOLUTION_READ: i32 = 65536;
pub const MF_SDK_VERSION: i32 = 2;
pub const MF_STANDARD_WORKQUEUE: MFASYNC_WORKQUEUE_TYPE = 0;
pub const MF_S_CLOCK_STOPPED: windows_core::HRESULT = windows_core::HRESULT(0xD9C44_u32 as _);
pub const MF_S_MULTIPLE_BEGIN: windows_core::HRESULT = windows_core::HRESULT(0xD36D8_u32 as _);
pub const MF_S_SEQUENCER_CONTEXT_CANCELED: windows_core::HRESULT =
    windows_core::HRESULT(0xD61AD_u32 as _);
pub const MF_S_SEQUENCER_SEGMENT_AT_END_OF_STREAM: windows_core::HRESULT =
    windows_core::HRESULT(0xD61AF_u32 as _);
pub const MF_TOPOLOGY_MAX: MF_TOPOLOGY_TYPE = -1;
pub const MF_TOPOLOGY_OUTPUT_NODE: MF_TOPOLOGY_TYPE = 0;
pub const MF_TOPOLOGY_SOURCESTREAM_NODE: MF_TOPOLOGY_TYPE = 1;
pub const MF_TOPOLOGY_TEE_NODE: MF_TOPOLOGY_TYPE = 3;
pub const MF_TOPOLOGY_TRANSFORM_NODE: MF_TOPOLOGY_TYPE = 2;
pub type MF_TOPOLOGY_TYPE = i32;
pub type MF_TOPOSTATUS = i32;
pub const MF_TOPOSTATUS_DYNAMIC_CHANGED: MF_TOPOSTATUS = 210;
pub const MF_TOPOSTATUS_ENDED: MF_TOPOSTATUS = 400;
pub const MF_TOPOSTATUS_INVALID: MF_TOPOSTATUS = 0;
pub const MF_TOPOSTATUS_READY: MF_TOPOSTATUS = 100;
pub const MF_TOPOSTATUS_SINK_SWITCHED: MF_TOPOSTATUS = 300;
pub const MF_TOPOSTATUS_STARTED_SOURCE: MF_TOPOSTATUS = 200;
pub const MF_VERSION: i32 = 131184;
pub const MF_WINDOW_WORKQUEUE: MFASYNC_WORKQUEUE_TYPE = 1;
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct MediaEventType(pub u32);
#[repr(C)]
pub struct PROPVARIANT {
    pub Anonymous: PROPVARIANT_0,
}
impl Clone for PROPVARIANT {
    fn clone(&self) -> Self {
        unsafe { core::mem::transmute_copy(self) }
    }
}
impl Default for PROPVARIANT {
    fn default() -> Self {
        unsafe { core::mem::zeroed() }
    }
}
#[repr(C)]
pub union PROPVARIANT_0 {
    pub Anonymous: core::mem::ManuallyDrop<PROPVARIANT_0_0>,
    pub decVal: DECIMAL,
}
impl Clone for PROPVARIANT_0 {
    fn clone(&self) -> Self {
        unsafe { core::mem::transmute_copy(self) }
    }
}
impl Default for PROPVARIANT_0 {
    fn default() -> Self {
        unsafe { core::mem::zeroed() }
    }
}
#[repr(C)]
pub struct PROPVARIANT_0_0 {
    pub vt: VARTYPE,
    pub wReserved1: PROPVAR_PAD1,
    pub wReserved2: PROPVAR_PAD2,
    pub wReserved3: PROPVAR_PAD3,
    pub Anonymous: PROPVARIANT_0_0_0,
}
impl Clone for PROPVARIANT_0_0 {
    fn clone(&self) -> Self {
        unsafe { core::mem::transmute_copy(self) }
    }
}
impl Default for PROPVARIANT_0_0 {
    fn default() -> Self {
        unsafe { core::mem::zeroed() }
    }
}
#[repr(C)]
pub union PROPVARIANT_0_0_0 {
    pub cVal: i8,
    pub bVal: u8,
    pub iVal: i16,
    pub uiVal: u16,
    pub lVal: i32,
    pub ulVal: u32,
    pub intVal: i32,
    pub uintVal: u32,
    pub hVal: i64,
    pub uhVal: u64,
    pub fltVal: f32,
    pub dblVal: f64,
    pub boolVal: VARIANT_BOOL,
    pub __OBSOLETE__VARIANT_BOOL: VARIANT_BOOL,
    pub scode: SCODE,
    pub cyVal: CY,
    pub date: f64,
    pub filetime: FILETIME,
    pub puuid: *mut windows_core::GUID,
    pub pclipdata: *mut CLIPDATA,
    pub bstrVal: core::mem::ManuallyDrop<*mut u16>,
    pub bstrblobVal: BSTRBLOB,
    pub blob: BLOB,
    pub pszVal: windows_core::PSTR,
    pub pwszVal: windows_core::PWSTR,
    pub punkVal: core::mem::ManuallyDrop<Option<windows_core::IUnknown>>,
    pub pdispVal: core::mem::ManuallyDrop<Option<IDispatch>>,
    pub pStream: core::mem::ManuallyDrop<Option<IStream>>,
    pub pStorage: core::mem::ManuallyDrop<Option<IStorage>>,
    pub pVersionedStream: LPVERSIONEDSTREAM,
    pub parray: LPSAFEARRAY,
    pub cac: CAC,
    pub caub: CAUB,
    pub cai: CAI,
    pub caui: CAUI,
    pub cal: CAL,
    pub caul: CAUL,
    pub cah: CAH,
    pub cauh: CAUH,
    pub caflt: CAFLT,
    pub cadbl: CADBL,
    pub cabool: CABOOL,
    pub cascode: CASCODE,
    pub cacy: CACY,
    pub cadate: CADATE,
    pub cafiletime: CAFILETIME,
    pub cauuid: CACLSID,
    pub caclipdata: CACLIPDATA,
    pub cabstr: CABSTR,
    pub cabstrblob: CABSTRBLOB,
    pub calpstr: CALPSTR,
    pub calpwstr: CALPWSTR,
    pub capropvar: CAPROPVARIANT,
    pub pcVal: *mut i8,
    pub pbVal: *mut u8,
    pub piVal: *mut i16,
    pub puiVal: *mut u16,
    pub plVal: *mut i32,
    pub pulVal: *mut u32,
    pub pintVal: *mut i32,
    pub puintVal: *mut u32,
    pub pfltVal: *mut f32,
    pub pdblVal: *mut f64,
    pub pboolVal: *mut VARIANT_BOOL,
    pub pdecVal: *mut DECIMAL,
    pub pscode: *mut SCODE,
    pub pcyVal: *mut CY,
    pub pdate: *mut f64,
    pub pbstrVal: *mut *mut u16,
    pub ppunkVal: *mut Option<windows_core::IUnknown>,
    pub ppdispVal: *mut Option<IDispatch>,
    pub pparray: *mut LPSAFEARRAY,
    pub pvarVal: *mut PROPVARIANT,
}
impl Clone for PROPVARIANT_0_0_0 {
    fn clone(&self) -> Self {
        unsafe { core::mem::transmute_copy(self) }
    }
}
impl Default for PROPVARIANT_0_0_0 {
    fn default() -> Self {
        unsafe { core::mem::zeroed() }
    }
}
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct PROPVAR_PAD1(pub u16);
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct PROPVAR_PAD2(pub u16);
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct PROPVAR_PAD3(pub u16);
#[repr(C)]
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct SAFEARRAY {
    pub cDims: u16,
    pub fFeatures: u16,
    pub cbElements: u32,
    pub cLocks: u32,
    pub pvData: *mut core::ffi::c_void,
    pub rgsabound: [SAFEARRAYBOUND; 1],
}
impl Default for SAFEARRAY {
    fn default() -> Self {
        unsafe { core::mem::zeroed() }
    }
}
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct SAFEARRAYBOUND {
    pub cElements: u32,
    pub lLbound: i32,
}
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct SCODE(pub i32);
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct SIZE {
    pub cx: i32,
    pub cy: i32,
}
pub type STATFLAG = i32;
pub const STATFLAG_DEFAULT: STATFLAG = 0;
pub const STATFLAG_NONAME: STATFLAG = 1;
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct STATSTG {
    pub pwcsName: windows_core::PWSTR,
    pub r#type: u32,
    pub cbSize: u64,
    pub mtime: FILETIME,
    pub ctime: FILETIME,
    pub atime: FILETIME,
    pub grfMode: u32,
    pub grfLocksSupported: u32,
    pub clsid: windows_core::GUID,
    pub grfStateBits: u32,
    pub reserved: u32,
}
pub const STGM_READ: i32 = 0;
pub const STGM_READWRITE: i32 = 2;
pub const STGM_WRITE: i32 = 1;
pub type STGTY = i32;
pub const STGTY_STREAM: STGTY = 2;
pub const STG_E_ACCESSDENIED: windows_core::HRESULT = windows_core::HRESULT(0x80030005_u32 as _);
pub const STG_E_INVALIDFUNCTION: windows_core::HRESULT = windows_core::HRESULT(0x80030001_u32 as _);
pub const STG_E_INVALIDPOINTER: windows_core::HRESULT = windows_core::HRESULT(0x80030009_u32 as _);
pub type STREAM_SEEK = i32;
pub const STREAM_SEEK_CUR: STREAM_SEEK = 1;
pub const STREAM_SEEK_END: STREAM_SEEK = 2;
pub const STREAM_SEEK_SET: STREAM_SEEK = 0;
pub const SequencerTopologyFlags_Last: MFSequencerTopologyFlags = 1;
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct TOPOID(pub u64);
pub type VARENUM = i32;
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct VARIANT_BOOL(pub i16);
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct VARTYPE(pub u16);
#[repr(C)]
#[derive(Clone, Debug, Default, Eq, PartialEq)]
pub struct VERSIONEDSTREAM {
    pub guidVersion: windows_core::GUID,
    pub pStream: core::mem::ManuallyDrop<Option<IStream>>,
}
pub const VT_LPWSTR: VARENUM = 31;
pub const VT_VECTOR: VARENUM = 4096;
#[repr(C, packed(1))]
#[derive(Clone, Copy, Default)]
pub struct WAVEFORMATEX {
    pub wFormatTag: u16,
    pub nChannels: u16,
    pub nSamplesPerSec: u32,
    pub nAvgBytesPerSec: u32,
    pub nBlockAlign: u16,
    pub wBitsPerSample: u16,
    pub cbSize: u16,
}
#[repr(C, packed(1))]
#[derive(Clone, Copy)]
pub struct WAVEFORMATEXTENSIBLE {
    pub Format: WAVEFORMATEX,
    pub Samples: WAVEFORMATEXTENSIBLE_0,
    pub dwChannelMask: u32,
    pub SubFormat: windows_core::GUID,
}
impl Default for WAVEFORMATEXTENSIBLE {
    fn default() -> Self {
        unsafe { core::mem::zeroed() }
    }
}
#[repr(C, packed(1))]
#[derive(Clone, Copy)]
pub union WAVEFORMATEXTENSIBLE_0 {
    pub wValidBitsPerSample: u16,
    pub wSamplesPerBlock: u16,
    pub wReserved: u16,
}
impl Default for WAVEFORMATEXTENSIBLE_0 {
    fn default() -> Self {
        unsafe { core::mem::zeroed() }
    }
}
pub const WAVE_FORMAT_EXTENSIBLE: i32 = 65534;
pub const WAVE_FORMAT_IEEE_FLOAT: i32 = 3;
pub const WAVE_FORMAT_PCM: i32 = 1;
pub type _MFT_DRAIN_TYPE = i32;
pub type _MFT_INPUT_STATUS_FLAGS = i32;
pub type _MFT_INPUT_STREAM_INFO_FLAGS = i32;
pub type _MFT_OUTPUT_DATA_BUFFER_FLAGS = i32;
pub type _MFT_OUTPUT_STATUS_FLAGS = i32;
pub type _MFT_OUTPUT_STREAM_INFO_FLAGS = i32;
pub type _MFT_PROCESS_OUTPUT_FLAGS = i32;
pub type _MFT_PROCESS_OUTPUT_STATUS = i32;
pub type _MFT_SET_TYPE_FLAGS = i32;
pub const msoBegin: MFBYTESTREAM_SEEK_ORIGIN = 0;
pub const msoCurrent: MFBYTESTREAM_SEEK_ORIGIN = 1;
