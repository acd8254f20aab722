//! include/mfobjects.h, mfidl.h and mferror.h must agree with the COM
//! bindings generated from Microsoft's metadata (dlls/mf/src/bindings.rs):
//! each C vtable has the size of the Rust one and every method, inherited
//! ones included, sits at the offset the metadata gives it, as do the MFT
//! structs' fields; HRESULTs and
//! MediaEventType values are equal. Checked by the C and C++ compilers.
//! The generated extras are checked too: every GUID, IID and
//! MediaEventType value, COBJMACROS for every interface in C, and C++'s
//! __uuidof, IID_PPV_ARGS and mfapi.h's inline helpers.

#![allow(clippy::unwrap_used)]

use std::mem::{offset_of, size_of};
use std::path::PathBuf;
use std::process::Command;

use mf::bindings::*;
use win32::header_check::HeaderCheck;
use win32::header_constants;
use windows_core::Interface;

#[test]
fn mf_headers_match_the_metadata() {
    let mut c = HeaderCheck::new("mfidl.h");
    c.include("mferror.h");
    c.size("IMFActivateVtbl", size_of::<IMFActivate_Vtbl>());
    c.offset(
        "IMFActivateVtbl",
        "ActivateObject",
        offset_of!(IMFActivate_Vtbl, ActivateObject),
    );
    c.offset(
        "IMFActivateVtbl",
        "ShutdownObject",
        offset_of!(IMFActivate_Vtbl, ShutdownObject),
    );
    c.offset(
        "IMFActivateVtbl",
        "DetachObject",
        offset_of!(IMFActivate_Vtbl, DetachObject),
    );
    c.offset(
        "IMFActivateVtbl",
        "GetItem",
        offset_of!(IMFAttributes_Vtbl, GetItem),
    );
    c.offset(
        "IMFActivateVtbl",
        "GetItemType",
        offset_of!(IMFAttributes_Vtbl, GetItemType),
    );
    c.offset(
        "IMFActivateVtbl",
        "CompareItem",
        offset_of!(IMFAttributes_Vtbl, CompareItem),
    );
    c.offset(
        "IMFActivateVtbl",
        "Compare",
        offset_of!(IMFAttributes_Vtbl, Compare),
    );
    c.offset(
        "IMFActivateVtbl",
        "GetUINT32",
        offset_of!(IMFAttributes_Vtbl, GetUINT32),
    );
    c.offset(
        "IMFActivateVtbl",
        "GetUINT64",
        offset_of!(IMFAttributes_Vtbl, GetUINT64),
    );
    c.offset(
        "IMFActivateVtbl",
        "GetDouble",
        offset_of!(IMFAttributes_Vtbl, GetDouble),
    );
    c.offset(
        "IMFActivateVtbl",
        "GetGUID",
        offset_of!(IMFAttributes_Vtbl, GetGUID),
    );
    c.offset(
        "IMFActivateVtbl",
        "GetStringLength",
        offset_of!(IMFAttributes_Vtbl, GetStringLength),
    );
    c.offset(
        "IMFActivateVtbl",
        "GetString",
        offset_of!(IMFAttributes_Vtbl, GetString),
    );
    c.offset(
        "IMFActivateVtbl",
        "GetAllocatedString",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedString),
    );
    c.offset(
        "IMFActivateVtbl",
        "GetBlobSize",
        offset_of!(IMFAttributes_Vtbl, GetBlobSize),
    );
    c.offset(
        "IMFActivateVtbl",
        "GetBlob",
        offset_of!(IMFAttributes_Vtbl, GetBlob),
    );
    c.offset(
        "IMFActivateVtbl",
        "GetAllocatedBlob",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedBlob),
    );
    c.offset(
        "IMFActivateVtbl",
        "GetUnknown",
        offset_of!(IMFAttributes_Vtbl, GetUnknown),
    );
    c.offset(
        "IMFActivateVtbl",
        "SetItem",
        offset_of!(IMFAttributes_Vtbl, SetItem),
    );
    c.offset(
        "IMFActivateVtbl",
        "DeleteItem",
        offset_of!(IMFAttributes_Vtbl, DeleteItem),
    );
    c.offset(
        "IMFActivateVtbl",
        "DeleteAllItems",
        offset_of!(IMFAttributes_Vtbl, DeleteAllItems),
    );
    c.offset(
        "IMFActivateVtbl",
        "SetUINT32",
        offset_of!(IMFAttributes_Vtbl, SetUINT32),
    );
    c.offset(
        "IMFActivateVtbl",
        "SetUINT64",
        offset_of!(IMFAttributes_Vtbl, SetUINT64),
    );
    c.offset(
        "IMFActivateVtbl",
        "SetDouble",
        offset_of!(IMFAttributes_Vtbl, SetDouble),
    );
    c.offset(
        "IMFActivateVtbl",
        "SetGUID",
        offset_of!(IMFAttributes_Vtbl, SetGUID),
    );
    c.offset(
        "IMFActivateVtbl",
        "SetString",
        offset_of!(IMFAttributes_Vtbl, SetString),
    );
    c.offset(
        "IMFActivateVtbl",
        "SetBlob",
        offset_of!(IMFAttributes_Vtbl, SetBlob),
    );
    c.offset(
        "IMFActivateVtbl",
        "SetUnknown",
        offset_of!(IMFAttributes_Vtbl, SetUnknown),
    );
    c.offset(
        "IMFActivateVtbl",
        "LockStore",
        offset_of!(IMFAttributes_Vtbl, LockStore),
    );
    c.offset(
        "IMFActivateVtbl",
        "UnlockStore",
        offset_of!(IMFAttributes_Vtbl, UnlockStore),
    );
    c.offset(
        "IMFActivateVtbl",
        "GetCount",
        offset_of!(IMFAttributes_Vtbl, GetCount),
    );
    c.offset(
        "IMFActivateVtbl",
        "GetItemByIndex",
        offset_of!(IMFAttributes_Vtbl, GetItemByIndex),
    );
    c.offset(
        "IMFActivateVtbl",
        "CopyAllItems",
        offset_of!(IMFAttributes_Vtbl, CopyAllItems),
    );
    c.size("IMFAsyncCallbackVtbl", size_of::<IMFAsyncCallback_Vtbl>());
    c.offset(
        "IMFAsyncCallbackVtbl",
        "GetParameters",
        offset_of!(IMFAsyncCallback_Vtbl, GetParameters),
    );
    c.offset(
        "IMFAsyncCallbackVtbl",
        "Invoke",
        offset_of!(IMFAsyncCallback_Vtbl, Invoke),
    );
    c.size("IMFAsyncResultVtbl", size_of::<IMFAsyncResult_Vtbl>());
    c.offset(
        "IMFAsyncResultVtbl",
        "GetState",
        offset_of!(IMFAsyncResult_Vtbl, GetState),
    );
    c.offset(
        "IMFAsyncResultVtbl",
        "GetStatus",
        offset_of!(IMFAsyncResult_Vtbl, GetStatus),
    );
    c.offset(
        "IMFAsyncResultVtbl",
        "SetStatus",
        offset_of!(IMFAsyncResult_Vtbl, SetStatus),
    );
    c.offset(
        "IMFAsyncResultVtbl",
        "GetObject",
        offset_of!(IMFAsyncResult_Vtbl, GetObject),
    );
    c.offset(
        "IMFAsyncResultVtbl",
        "GetStateNoAddRef",
        offset_of!(IMFAsyncResult_Vtbl, GetStateNoAddRef),
    );
    c.size("IMFAttributesVtbl", size_of::<IMFAttributes_Vtbl>());
    c.offset(
        "IMFAttributesVtbl",
        "GetItem",
        offset_of!(IMFAttributes_Vtbl, GetItem),
    );
    c.offset(
        "IMFAttributesVtbl",
        "GetItemType",
        offset_of!(IMFAttributes_Vtbl, GetItemType),
    );
    c.offset(
        "IMFAttributesVtbl",
        "CompareItem",
        offset_of!(IMFAttributes_Vtbl, CompareItem),
    );
    c.offset(
        "IMFAttributesVtbl",
        "Compare",
        offset_of!(IMFAttributes_Vtbl, Compare),
    );
    c.offset(
        "IMFAttributesVtbl",
        "GetUINT32",
        offset_of!(IMFAttributes_Vtbl, GetUINT32),
    );
    c.offset(
        "IMFAttributesVtbl",
        "GetUINT64",
        offset_of!(IMFAttributes_Vtbl, GetUINT64),
    );
    c.offset(
        "IMFAttributesVtbl",
        "GetDouble",
        offset_of!(IMFAttributes_Vtbl, GetDouble),
    );
    c.offset(
        "IMFAttributesVtbl",
        "GetGUID",
        offset_of!(IMFAttributes_Vtbl, GetGUID),
    );
    c.offset(
        "IMFAttributesVtbl",
        "GetStringLength",
        offset_of!(IMFAttributes_Vtbl, GetStringLength),
    );
    c.offset(
        "IMFAttributesVtbl",
        "GetString",
        offset_of!(IMFAttributes_Vtbl, GetString),
    );
    c.offset(
        "IMFAttributesVtbl",
        "GetAllocatedString",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedString),
    );
    c.offset(
        "IMFAttributesVtbl",
        "GetBlobSize",
        offset_of!(IMFAttributes_Vtbl, GetBlobSize),
    );
    c.offset(
        "IMFAttributesVtbl",
        "GetBlob",
        offset_of!(IMFAttributes_Vtbl, GetBlob),
    );
    c.offset(
        "IMFAttributesVtbl",
        "GetAllocatedBlob",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedBlob),
    );
    c.offset(
        "IMFAttributesVtbl",
        "GetUnknown",
        offset_of!(IMFAttributes_Vtbl, GetUnknown),
    );
    c.offset(
        "IMFAttributesVtbl",
        "SetItem",
        offset_of!(IMFAttributes_Vtbl, SetItem),
    );
    c.offset(
        "IMFAttributesVtbl",
        "DeleteItem",
        offset_of!(IMFAttributes_Vtbl, DeleteItem),
    );
    c.offset(
        "IMFAttributesVtbl",
        "DeleteAllItems",
        offset_of!(IMFAttributes_Vtbl, DeleteAllItems),
    );
    c.offset(
        "IMFAttributesVtbl",
        "SetUINT32",
        offset_of!(IMFAttributes_Vtbl, SetUINT32),
    );
    c.offset(
        "IMFAttributesVtbl",
        "SetUINT64",
        offset_of!(IMFAttributes_Vtbl, SetUINT64),
    );
    c.offset(
        "IMFAttributesVtbl",
        "SetDouble",
        offset_of!(IMFAttributes_Vtbl, SetDouble),
    );
    c.offset(
        "IMFAttributesVtbl",
        "SetGUID",
        offset_of!(IMFAttributes_Vtbl, SetGUID),
    );
    c.offset(
        "IMFAttributesVtbl",
        "SetString",
        offset_of!(IMFAttributes_Vtbl, SetString),
    );
    c.offset(
        "IMFAttributesVtbl",
        "SetBlob",
        offset_of!(IMFAttributes_Vtbl, SetBlob),
    );
    c.offset(
        "IMFAttributesVtbl",
        "SetUnknown",
        offset_of!(IMFAttributes_Vtbl, SetUnknown),
    );
    c.offset(
        "IMFAttributesVtbl",
        "LockStore",
        offset_of!(IMFAttributes_Vtbl, LockStore),
    );
    c.offset(
        "IMFAttributesVtbl",
        "UnlockStore",
        offset_of!(IMFAttributes_Vtbl, UnlockStore),
    );
    c.offset(
        "IMFAttributesVtbl",
        "GetCount",
        offset_of!(IMFAttributes_Vtbl, GetCount),
    );
    c.offset(
        "IMFAttributesVtbl",
        "GetItemByIndex",
        offset_of!(IMFAttributes_Vtbl, GetItemByIndex),
    );
    c.offset(
        "IMFAttributesVtbl",
        "CopyAllItems",
        offset_of!(IMFAttributes_Vtbl, CopyAllItems),
    );
    c.size("IMFByteStreamVtbl", size_of::<IMFByteStream_Vtbl>());
    c.offset(
        "IMFByteStreamVtbl",
        "GetCapabilities",
        offset_of!(IMFByteStream_Vtbl, GetCapabilities),
    );
    c.offset(
        "IMFByteStreamVtbl",
        "GetLength",
        offset_of!(IMFByteStream_Vtbl, GetLength),
    );
    c.offset(
        "IMFByteStreamVtbl",
        "SetLength",
        offset_of!(IMFByteStream_Vtbl, SetLength),
    );
    c.offset(
        "IMFByteStreamVtbl",
        "GetCurrentPosition",
        offset_of!(IMFByteStream_Vtbl, GetCurrentPosition),
    );
    c.offset(
        "IMFByteStreamVtbl",
        "SetCurrentPosition",
        offset_of!(IMFByteStream_Vtbl, SetCurrentPosition),
    );
    c.offset(
        "IMFByteStreamVtbl",
        "IsEndOfStream",
        offset_of!(IMFByteStream_Vtbl, IsEndOfStream),
    );
    c.offset(
        "IMFByteStreamVtbl",
        "Read",
        offset_of!(IMFByteStream_Vtbl, Read),
    );
    c.offset(
        "IMFByteStreamVtbl",
        "BeginRead",
        offset_of!(IMFByteStream_Vtbl, BeginRead),
    );
    c.offset(
        "IMFByteStreamVtbl",
        "EndRead",
        offset_of!(IMFByteStream_Vtbl, EndRead),
    );
    c.offset(
        "IMFByteStreamVtbl",
        "Write",
        offset_of!(IMFByteStream_Vtbl, Write),
    );
    c.offset(
        "IMFByteStreamVtbl",
        "BeginWrite",
        offset_of!(IMFByteStream_Vtbl, BeginWrite),
    );
    c.offset(
        "IMFByteStreamVtbl",
        "EndWrite",
        offset_of!(IMFByteStream_Vtbl, EndWrite),
    );
    c.offset(
        "IMFByteStreamVtbl",
        "Seek",
        offset_of!(IMFByteStream_Vtbl, Seek),
    );
    c.offset(
        "IMFByteStreamVtbl",
        "Flush",
        offset_of!(IMFByteStream_Vtbl, Flush),
    );
    c.offset(
        "IMFByteStreamVtbl",
        "Close",
        offset_of!(IMFByteStream_Vtbl, Close),
    );
    c.size("IMFClockVtbl", size_of::<IMFClock_Vtbl>());
    c.offset(
        "IMFClockVtbl",
        "GetClockCharacteristics",
        offset_of!(IMFClock_Vtbl, GetClockCharacteristics),
    );
    c.offset(
        "IMFClockVtbl",
        "GetCorrelatedTime",
        offset_of!(IMFClock_Vtbl, GetCorrelatedTime),
    );
    c.offset(
        "IMFClockVtbl",
        "GetContinuityKey",
        offset_of!(IMFClock_Vtbl, GetContinuityKey),
    );
    c.offset(
        "IMFClockVtbl",
        "GetState",
        offset_of!(IMFClock_Vtbl, GetState),
    );
    c.offset(
        "IMFClockVtbl",
        "GetProperties",
        offset_of!(IMFClock_Vtbl, GetProperties),
    );
    c.size("IMFClockStateSinkVtbl", size_of::<IMFClockStateSink_Vtbl>());
    c.offset(
        "IMFClockStateSinkVtbl",
        "OnClockStart",
        offset_of!(IMFClockStateSink_Vtbl, OnClockStart),
    );
    c.offset(
        "IMFClockStateSinkVtbl",
        "OnClockStop",
        offset_of!(IMFClockStateSink_Vtbl, OnClockStop),
    );
    c.offset(
        "IMFClockStateSinkVtbl",
        "OnClockPause",
        offset_of!(IMFClockStateSink_Vtbl, OnClockPause),
    );
    c.offset(
        "IMFClockStateSinkVtbl",
        "OnClockRestart",
        offset_of!(IMFClockStateSink_Vtbl, OnClockRestart),
    );
    c.offset(
        "IMFClockStateSinkVtbl",
        "OnClockSetRate",
        offset_of!(IMFClockStateSink_Vtbl, OnClockSetRate),
    );
    c.size("IMFCollectionVtbl", size_of::<IMFCollection_Vtbl>());
    c.offset(
        "IMFCollectionVtbl",
        "GetElementCount",
        offset_of!(IMFCollection_Vtbl, GetElementCount),
    );
    c.offset(
        "IMFCollectionVtbl",
        "GetElement",
        offset_of!(IMFCollection_Vtbl, GetElement),
    );
    c.offset(
        "IMFCollectionVtbl",
        "AddElement",
        offset_of!(IMFCollection_Vtbl, AddElement),
    );
    c.offset(
        "IMFCollectionVtbl",
        "RemoveElement",
        offset_of!(IMFCollection_Vtbl, RemoveElement),
    );
    c.offset(
        "IMFCollectionVtbl",
        "InsertElementAt",
        offset_of!(IMFCollection_Vtbl, InsertElementAt),
    );
    c.offset(
        "IMFCollectionVtbl",
        "RemoveAllElements",
        offset_of!(IMFCollection_Vtbl, RemoveAllElements),
    );
    c.size(
        "IMFFinalizableMediaSinkVtbl",
        size_of::<IMFFinalizableMediaSink_Vtbl>(),
    );
    c.offset(
        "IMFFinalizableMediaSinkVtbl",
        "BeginFinalize",
        offset_of!(IMFFinalizableMediaSink_Vtbl, BeginFinalize),
    );
    c.offset(
        "IMFFinalizableMediaSinkVtbl",
        "EndFinalize",
        offset_of!(IMFFinalizableMediaSink_Vtbl, EndFinalize),
    );
    c.offset(
        "IMFFinalizableMediaSinkVtbl",
        "GetCharacteristics",
        offset_of!(IMFMediaSink_Vtbl, GetCharacteristics),
    );
    c.offset(
        "IMFFinalizableMediaSinkVtbl",
        "AddStreamSink",
        offset_of!(IMFMediaSink_Vtbl, AddStreamSink),
    );
    c.offset(
        "IMFFinalizableMediaSinkVtbl",
        "RemoveStreamSink",
        offset_of!(IMFMediaSink_Vtbl, RemoveStreamSink),
    );
    c.offset(
        "IMFFinalizableMediaSinkVtbl",
        "GetStreamSinkCount",
        offset_of!(IMFMediaSink_Vtbl, GetStreamSinkCount),
    );
    c.offset(
        "IMFFinalizableMediaSinkVtbl",
        "GetStreamSinkByIndex",
        offset_of!(IMFMediaSink_Vtbl, GetStreamSinkByIndex),
    );
    c.offset(
        "IMFFinalizableMediaSinkVtbl",
        "GetStreamSinkById",
        offset_of!(IMFMediaSink_Vtbl, GetStreamSinkById),
    );
    c.offset(
        "IMFFinalizableMediaSinkVtbl",
        "SetPresentationClock",
        offset_of!(IMFMediaSink_Vtbl, SetPresentationClock),
    );
    c.offset(
        "IMFFinalizableMediaSinkVtbl",
        "GetPresentationClock",
        offset_of!(IMFMediaSink_Vtbl, GetPresentationClock),
    );
    c.offset(
        "IMFFinalizableMediaSinkVtbl",
        "Shutdown",
        offset_of!(IMFMediaSink_Vtbl, Shutdown),
    );
    c.size("IMFGetServiceVtbl", size_of::<IMFGetService_Vtbl>());
    c.offset(
        "IMFGetServiceVtbl",
        "GetService",
        offset_of!(IMFGetService_Vtbl, GetService),
    );
    c.size("IMFMediaBufferVtbl", size_of::<IMFMediaBuffer_Vtbl>());
    c.offset(
        "IMFMediaBufferVtbl",
        "Lock",
        offset_of!(IMFMediaBuffer_Vtbl, Lock),
    );
    c.offset(
        "IMFMediaBufferVtbl",
        "Unlock",
        offset_of!(IMFMediaBuffer_Vtbl, Unlock),
    );
    c.offset(
        "IMFMediaBufferVtbl",
        "GetCurrentLength",
        offset_of!(IMFMediaBuffer_Vtbl, GetCurrentLength),
    );
    c.offset(
        "IMFMediaBufferVtbl",
        "SetCurrentLength",
        offset_of!(IMFMediaBuffer_Vtbl, SetCurrentLength),
    );
    c.offset(
        "IMFMediaBufferVtbl",
        "GetMaxLength",
        offset_of!(IMFMediaBuffer_Vtbl, GetMaxLength),
    );
    c.size("IMFMediaEventVtbl", size_of::<IMFMediaEvent_Vtbl>());
    c.offset(
        "IMFMediaEventVtbl",
        "GetType",
        offset_of!(IMFMediaEvent_Vtbl, GetType),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetExtendedType",
        offset_of!(IMFMediaEvent_Vtbl, GetExtendedType),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetStatus",
        offset_of!(IMFMediaEvent_Vtbl, GetStatus),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetValue",
        offset_of!(IMFMediaEvent_Vtbl, GetValue),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetItem",
        offset_of!(IMFAttributes_Vtbl, GetItem),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetItemType",
        offset_of!(IMFAttributes_Vtbl, GetItemType),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "CompareItem",
        offset_of!(IMFAttributes_Vtbl, CompareItem),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "Compare",
        offset_of!(IMFAttributes_Vtbl, Compare),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetUINT32",
        offset_of!(IMFAttributes_Vtbl, GetUINT32),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetUINT64",
        offset_of!(IMFAttributes_Vtbl, GetUINT64),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetDouble",
        offset_of!(IMFAttributes_Vtbl, GetDouble),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetGUID",
        offset_of!(IMFAttributes_Vtbl, GetGUID),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetStringLength",
        offset_of!(IMFAttributes_Vtbl, GetStringLength),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetString",
        offset_of!(IMFAttributes_Vtbl, GetString),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetAllocatedString",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedString),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetBlobSize",
        offset_of!(IMFAttributes_Vtbl, GetBlobSize),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetBlob",
        offset_of!(IMFAttributes_Vtbl, GetBlob),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetAllocatedBlob",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedBlob),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetUnknown",
        offset_of!(IMFAttributes_Vtbl, GetUnknown),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "SetItem",
        offset_of!(IMFAttributes_Vtbl, SetItem),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "DeleteItem",
        offset_of!(IMFAttributes_Vtbl, DeleteItem),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "DeleteAllItems",
        offset_of!(IMFAttributes_Vtbl, DeleteAllItems),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "SetUINT32",
        offset_of!(IMFAttributes_Vtbl, SetUINT32),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "SetUINT64",
        offset_of!(IMFAttributes_Vtbl, SetUINT64),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "SetDouble",
        offset_of!(IMFAttributes_Vtbl, SetDouble),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "SetGUID",
        offset_of!(IMFAttributes_Vtbl, SetGUID),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "SetString",
        offset_of!(IMFAttributes_Vtbl, SetString),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "SetBlob",
        offset_of!(IMFAttributes_Vtbl, SetBlob),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "SetUnknown",
        offset_of!(IMFAttributes_Vtbl, SetUnknown),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "LockStore",
        offset_of!(IMFAttributes_Vtbl, LockStore),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "UnlockStore",
        offset_of!(IMFAttributes_Vtbl, UnlockStore),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetCount",
        offset_of!(IMFAttributes_Vtbl, GetCount),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "GetItemByIndex",
        offset_of!(IMFAttributes_Vtbl, GetItemByIndex),
    );
    c.offset(
        "IMFMediaEventVtbl",
        "CopyAllItems",
        offset_of!(IMFAttributes_Vtbl, CopyAllItems),
    );
    c.size(
        "IMFMediaEventGeneratorVtbl",
        size_of::<IMFMediaEventGenerator_Vtbl>(),
    );
    c.offset(
        "IMFMediaEventGeneratorVtbl",
        "GetEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, GetEvent),
    );
    c.offset(
        "IMFMediaEventGeneratorVtbl",
        "BeginGetEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, BeginGetEvent),
    );
    c.offset(
        "IMFMediaEventGeneratorVtbl",
        "EndGetEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, EndGetEvent),
    );
    c.offset(
        "IMFMediaEventGeneratorVtbl",
        "QueueEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, QueueEvent),
    );
    c.size(
        "IMFMediaEventQueueVtbl",
        size_of::<IMFMediaEventQueue_Vtbl>(),
    );
    c.offset(
        "IMFMediaEventQueueVtbl",
        "GetEvent",
        offset_of!(IMFMediaEventQueue_Vtbl, GetEvent),
    );
    c.offset(
        "IMFMediaEventQueueVtbl",
        "BeginGetEvent",
        offset_of!(IMFMediaEventQueue_Vtbl, BeginGetEvent),
    );
    c.offset(
        "IMFMediaEventQueueVtbl",
        "EndGetEvent",
        offset_of!(IMFMediaEventQueue_Vtbl, EndGetEvent),
    );
    c.offset(
        "IMFMediaEventQueueVtbl",
        "QueueEvent",
        offset_of!(IMFMediaEventQueue_Vtbl, QueueEvent),
    );
    c.offset(
        "IMFMediaEventQueueVtbl",
        "QueueEventParamVar",
        offset_of!(IMFMediaEventQueue_Vtbl, QueueEventParamVar),
    );
    c.offset(
        "IMFMediaEventQueueVtbl",
        "QueueEventParamUnk",
        offset_of!(IMFMediaEventQueue_Vtbl, QueueEventParamUnk),
    );
    c.offset(
        "IMFMediaEventQueueVtbl",
        "Shutdown",
        offset_of!(IMFMediaEventQueue_Vtbl, Shutdown),
    );
    c.size("IMFMediaSessionVtbl", size_of::<IMFMediaSession_Vtbl>());
    c.offset(
        "IMFMediaSessionVtbl",
        "SetTopology",
        offset_of!(IMFMediaSession_Vtbl, SetTopology),
    );
    c.offset(
        "IMFMediaSessionVtbl",
        "ClearTopologies",
        offset_of!(IMFMediaSession_Vtbl, ClearTopologies),
    );
    c.offset(
        "IMFMediaSessionVtbl",
        "Start",
        offset_of!(IMFMediaSession_Vtbl, Start),
    );
    c.offset(
        "IMFMediaSessionVtbl",
        "Pause",
        offset_of!(IMFMediaSession_Vtbl, Pause),
    );
    c.offset(
        "IMFMediaSessionVtbl",
        "Stop",
        offset_of!(IMFMediaSession_Vtbl, Stop),
    );
    c.offset(
        "IMFMediaSessionVtbl",
        "Close",
        offset_of!(IMFMediaSession_Vtbl, Close),
    );
    c.offset(
        "IMFMediaSessionVtbl",
        "Shutdown",
        offset_of!(IMFMediaSession_Vtbl, Shutdown),
    );
    c.offset(
        "IMFMediaSessionVtbl",
        "GetClock",
        offset_of!(IMFMediaSession_Vtbl, GetClock),
    );
    c.offset(
        "IMFMediaSessionVtbl",
        "GetSessionCapabilities",
        offset_of!(IMFMediaSession_Vtbl, GetSessionCapabilities),
    );
    c.offset(
        "IMFMediaSessionVtbl",
        "GetFullTopology",
        offset_of!(IMFMediaSession_Vtbl, GetFullTopology),
    );
    c.offset(
        "IMFMediaSessionVtbl",
        "GetEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, GetEvent),
    );
    c.offset(
        "IMFMediaSessionVtbl",
        "BeginGetEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, BeginGetEvent),
    );
    c.offset(
        "IMFMediaSessionVtbl",
        "EndGetEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, EndGetEvent),
    );
    c.offset(
        "IMFMediaSessionVtbl",
        "QueueEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, QueueEvent),
    );
    c.size("IMFMediaSinkVtbl", size_of::<IMFMediaSink_Vtbl>());
    c.offset(
        "IMFMediaSinkVtbl",
        "GetCharacteristics",
        offset_of!(IMFMediaSink_Vtbl, GetCharacteristics),
    );
    c.offset(
        "IMFMediaSinkVtbl",
        "AddStreamSink",
        offset_of!(IMFMediaSink_Vtbl, AddStreamSink),
    );
    c.offset(
        "IMFMediaSinkVtbl",
        "RemoveStreamSink",
        offset_of!(IMFMediaSink_Vtbl, RemoveStreamSink),
    );
    c.offset(
        "IMFMediaSinkVtbl",
        "GetStreamSinkCount",
        offset_of!(IMFMediaSink_Vtbl, GetStreamSinkCount),
    );
    c.offset(
        "IMFMediaSinkVtbl",
        "GetStreamSinkByIndex",
        offset_of!(IMFMediaSink_Vtbl, GetStreamSinkByIndex),
    );
    c.offset(
        "IMFMediaSinkVtbl",
        "GetStreamSinkById",
        offset_of!(IMFMediaSink_Vtbl, GetStreamSinkById),
    );
    c.offset(
        "IMFMediaSinkVtbl",
        "SetPresentationClock",
        offset_of!(IMFMediaSink_Vtbl, SetPresentationClock),
    );
    c.offset(
        "IMFMediaSinkVtbl",
        "GetPresentationClock",
        offset_of!(IMFMediaSink_Vtbl, GetPresentationClock),
    );
    c.offset(
        "IMFMediaSinkVtbl",
        "Shutdown",
        offset_of!(IMFMediaSink_Vtbl, Shutdown),
    );
    c.size("IMFMediaSourceVtbl", size_of::<IMFMediaSource_Vtbl>());
    c.offset(
        "IMFMediaSourceVtbl",
        "GetCharacteristics",
        offset_of!(IMFMediaSource_Vtbl, GetCharacteristics),
    );
    c.offset(
        "IMFMediaSourceVtbl",
        "CreatePresentationDescriptor",
        offset_of!(IMFMediaSource_Vtbl, CreatePresentationDescriptor),
    );
    c.offset(
        "IMFMediaSourceVtbl",
        "Start",
        offset_of!(IMFMediaSource_Vtbl, Start),
    );
    c.offset(
        "IMFMediaSourceVtbl",
        "Stop",
        offset_of!(IMFMediaSource_Vtbl, Stop),
    );
    c.offset(
        "IMFMediaSourceVtbl",
        "Pause",
        offset_of!(IMFMediaSource_Vtbl, Pause),
    );
    c.offset(
        "IMFMediaSourceVtbl",
        "Shutdown",
        offset_of!(IMFMediaSource_Vtbl, Shutdown),
    );
    c.offset(
        "IMFMediaSourceVtbl",
        "GetEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, GetEvent),
    );
    c.offset(
        "IMFMediaSourceVtbl",
        "BeginGetEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, BeginGetEvent),
    );
    c.offset(
        "IMFMediaSourceVtbl",
        "EndGetEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, EndGetEvent),
    );
    c.offset(
        "IMFMediaSourceVtbl",
        "QueueEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, QueueEvent),
    );
    c.size("IMFMediaStreamVtbl", size_of::<IMFMediaStream_Vtbl>());
    c.offset(
        "IMFMediaStreamVtbl",
        "GetMediaSource",
        offset_of!(IMFMediaStream_Vtbl, GetMediaSource),
    );
    c.offset(
        "IMFMediaStreamVtbl",
        "GetStreamDescriptor",
        offset_of!(IMFMediaStream_Vtbl, GetStreamDescriptor),
    );
    c.offset(
        "IMFMediaStreamVtbl",
        "RequestSample",
        offset_of!(IMFMediaStream_Vtbl, RequestSample),
    );
    c.offset(
        "IMFMediaStreamVtbl",
        "GetEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, GetEvent),
    );
    c.offset(
        "IMFMediaStreamVtbl",
        "BeginGetEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, BeginGetEvent),
    );
    c.offset(
        "IMFMediaStreamVtbl",
        "EndGetEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, EndGetEvent),
    );
    c.offset(
        "IMFMediaStreamVtbl",
        "QueueEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, QueueEvent),
    );
    c.size("IMFMediaTypeVtbl", size_of::<IMFMediaType_Vtbl>());
    c.offset(
        "IMFMediaTypeVtbl",
        "GetMajorType",
        offset_of!(IMFMediaType_Vtbl, GetMajorType),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "IsCompressedFormat",
        offset_of!(IMFMediaType_Vtbl, IsCompressedFormat),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "IsEqual",
        offset_of!(IMFMediaType_Vtbl, IsEqual),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "GetRepresentation",
        offset_of!(IMFMediaType_Vtbl, GetRepresentation),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "FreeRepresentation",
        offset_of!(IMFMediaType_Vtbl, FreeRepresentation),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "GetItem",
        offset_of!(IMFAttributes_Vtbl, GetItem),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "GetItemType",
        offset_of!(IMFAttributes_Vtbl, GetItemType),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "CompareItem",
        offset_of!(IMFAttributes_Vtbl, CompareItem),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "Compare",
        offset_of!(IMFAttributes_Vtbl, Compare),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "GetUINT32",
        offset_of!(IMFAttributes_Vtbl, GetUINT32),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "GetUINT64",
        offset_of!(IMFAttributes_Vtbl, GetUINT64),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "GetDouble",
        offset_of!(IMFAttributes_Vtbl, GetDouble),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "GetGUID",
        offset_of!(IMFAttributes_Vtbl, GetGUID),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "GetStringLength",
        offset_of!(IMFAttributes_Vtbl, GetStringLength),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "GetString",
        offset_of!(IMFAttributes_Vtbl, GetString),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "GetAllocatedString",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedString),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "GetBlobSize",
        offset_of!(IMFAttributes_Vtbl, GetBlobSize),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "GetBlob",
        offset_of!(IMFAttributes_Vtbl, GetBlob),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "GetAllocatedBlob",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedBlob),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "GetUnknown",
        offset_of!(IMFAttributes_Vtbl, GetUnknown),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "SetItem",
        offset_of!(IMFAttributes_Vtbl, SetItem),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "DeleteItem",
        offset_of!(IMFAttributes_Vtbl, DeleteItem),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "DeleteAllItems",
        offset_of!(IMFAttributes_Vtbl, DeleteAllItems),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "SetUINT32",
        offset_of!(IMFAttributes_Vtbl, SetUINT32),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "SetUINT64",
        offset_of!(IMFAttributes_Vtbl, SetUINT64),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "SetDouble",
        offset_of!(IMFAttributes_Vtbl, SetDouble),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "SetGUID",
        offset_of!(IMFAttributes_Vtbl, SetGUID),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "SetString",
        offset_of!(IMFAttributes_Vtbl, SetString),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "SetBlob",
        offset_of!(IMFAttributes_Vtbl, SetBlob),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "SetUnknown",
        offset_of!(IMFAttributes_Vtbl, SetUnknown),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "LockStore",
        offset_of!(IMFAttributes_Vtbl, LockStore),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "UnlockStore",
        offset_of!(IMFAttributes_Vtbl, UnlockStore),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "GetCount",
        offset_of!(IMFAttributes_Vtbl, GetCount),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "GetItemByIndex",
        offset_of!(IMFAttributes_Vtbl, GetItemByIndex),
    );
    c.offset(
        "IMFMediaTypeVtbl",
        "CopyAllItems",
        offset_of!(IMFAttributes_Vtbl, CopyAllItems),
    );
    c.size(
        "IMFMediaTypeHandlerVtbl",
        size_of::<IMFMediaTypeHandler_Vtbl>(),
    );
    c.offset(
        "IMFMediaTypeHandlerVtbl",
        "IsMediaTypeSupported",
        offset_of!(IMFMediaTypeHandler_Vtbl, IsMediaTypeSupported),
    );
    c.offset(
        "IMFMediaTypeHandlerVtbl",
        "GetMediaTypeCount",
        offset_of!(IMFMediaTypeHandler_Vtbl, GetMediaTypeCount),
    );
    c.offset(
        "IMFMediaTypeHandlerVtbl",
        "GetMediaTypeByIndex",
        offset_of!(IMFMediaTypeHandler_Vtbl, GetMediaTypeByIndex),
    );
    c.offset(
        "IMFMediaTypeHandlerVtbl",
        "SetCurrentMediaType",
        offset_of!(IMFMediaTypeHandler_Vtbl, SetCurrentMediaType),
    );
    c.offset(
        "IMFMediaTypeHandlerVtbl",
        "GetCurrentMediaType",
        offset_of!(IMFMediaTypeHandler_Vtbl, GetCurrentMediaType),
    );
    c.offset(
        "IMFMediaTypeHandlerVtbl",
        "GetMajorType",
        offset_of!(IMFMediaTypeHandler_Vtbl, GetMajorType),
    );
    c.size(
        "IMFPresentationClockVtbl",
        size_of::<IMFPresentationClock_Vtbl>(),
    );
    c.offset(
        "IMFPresentationClockVtbl",
        "SetTimeSource",
        offset_of!(IMFPresentationClock_Vtbl, SetTimeSource),
    );
    c.offset(
        "IMFPresentationClockVtbl",
        "GetTimeSource",
        offset_of!(IMFPresentationClock_Vtbl, GetTimeSource),
    );
    c.offset(
        "IMFPresentationClockVtbl",
        "GetTime",
        offset_of!(IMFPresentationClock_Vtbl, GetTime),
    );
    c.offset(
        "IMFPresentationClockVtbl",
        "AddClockStateSink",
        offset_of!(IMFPresentationClock_Vtbl, AddClockStateSink),
    );
    c.offset(
        "IMFPresentationClockVtbl",
        "RemoveClockStateSink",
        offset_of!(IMFPresentationClock_Vtbl, RemoveClockStateSink),
    );
    c.offset(
        "IMFPresentationClockVtbl",
        "Start",
        offset_of!(IMFPresentationClock_Vtbl, Start),
    );
    c.offset(
        "IMFPresentationClockVtbl",
        "Stop",
        offset_of!(IMFPresentationClock_Vtbl, Stop),
    );
    c.offset(
        "IMFPresentationClockVtbl",
        "Pause",
        offset_of!(IMFPresentationClock_Vtbl, Pause),
    );
    c.offset(
        "IMFPresentationClockVtbl",
        "GetClockCharacteristics",
        offset_of!(IMFClock_Vtbl, GetClockCharacteristics),
    );
    c.offset(
        "IMFPresentationClockVtbl",
        "GetCorrelatedTime",
        offset_of!(IMFClock_Vtbl, GetCorrelatedTime),
    );
    c.offset(
        "IMFPresentationClockVtbl",
        "GetContinuityKey",
        offset_of!(IMFClock_Vtbl, GetContinuityKey),
    );
    c.offset(
        "IMFPresentationClockVtbl",
        "GetState",
        offset_of!(IMFClock_Vtbl, GetState),
    );
    c.offset(
        "IMFPresentationClockVtbl",
        "GetProperties",
        offset_of!(IMFClock_Vtbl, GetProperties),
    );
    c.size(
        "IMFPresentationDescriptorVtbl",
        size_of::<IMFPresentationDescriptor_Vtbl>(),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "GetStreamDescriptorCount",
        offset_of!(IMFPresentationDescriptor_Vtbl, GetStreamDescriptorCount),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "GetStreamDescriptorByIndex",
        offset_of!(IMFPresentationDescriptor_Vtbl, GetStreamDescriptorByIndex),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "SelectStream",
        offset_of!(IMFPresentationDescriptor_Vtbl, SelectStream),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "DeselectStream",
        offset_of!(IMFPresentationDescriptor_Vtbl, DeselectStream),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "Clone",
        offset_of!(IMFPresentationDescriptor_Vtbl, Clone),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "GetItem",
        offset_of!(IMFAttributes_Vtbl, GetItem),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "GetItemType",
        offset_of!(IMFAttributes_Vtbl, GetItemType),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "CompareItem",
        offset_of!(IMFAttributes_Vtbl, CompareItem),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "Compare",
        offset_of!(IMFAttributes_Vtbl, Compare),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "GetUINT32",
        offset_of!(IMFAttributes_Vtbl, GetUINT32),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "GetUINT64",
        offset_of!(IMFAttributes_Vtbl, GetUINT64),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "GetDouble",
        offset_of!(IMFAttributes_Vtbl, GetDouble),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "GetGUID",
        offset_of!(IMFAttributes_Vtbl, GetGUID),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "GetStringLength",
        offset_of!(IMFAttributes_Vtbl, GetStringLength),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "GetString",
        offset_of!(IMFAttributes_Vtbl, GetString),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "GetAllocatedString",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedString),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "GetBlobSize",
        offset_of!(IMFAttributes_Vtbl, GetBlobSize),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "GetBlob",
        offset_of!(IMFAttributes_Vtbl, GetBlob),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "GetAllocatedBlob",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedBlob),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "GetUnknown",
        offset_of!(IMFAttributes_Vtbl, GetUnknown),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "SetItem",
        offset_of!(IMFAttributes_Vtbl, SetItem),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "DeleteItem",
        offset_of!(IMFAttributes_Vtbl, DeleteItem),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "DeleteAllItems",
        offset_of!(IMFAttributes_Vtbl, DeleteAllItems),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "SetUINT32",
        offset_of!(IMFAttributes_Vtbl, SetUINT32),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "SetUINT64",
        offset_of!(IMFAttributes_Vtbl, SetUINT64),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "SetDouble",
        offset_of!(IMFAttributes_Vtbl, SetDouble),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "SetGUID",
        offset_of!(IMFAttributes_Vtbl, SetGUID),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "SetString",
        offset_of!(IMFAttributes_Vtbl, SetString),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "SetBlob",
        offset_of!(IMFAttributes_Vtbl, SetBlob),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "SetUnknown",
        offset_of!(IMFAttributes_Vtbl, SetUnknown),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "LockStore",
        offset_of!(IMFAttributes_Vtbl, LockStore),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "UnlockStore",
        offset_of!(IMFAttributes_Vtbl, UnlockStore),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "GetCount",
        offset_of!(IMFAttributes_Vtbl, GetCount),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "GetItemByIndex",
        offset_of!(IMFAttributes_Vtbl, GetItemByIndex),
    );
    c.offset(
        "IMFPresentationDescriptorVtbl",
        "CopyAllItems",
        offset_of!(IMFAttributes_Vtbl, CopyAllItems),
    );
    c.size(
        "IMFPresentationTimeSourceVtbl",
        size_of::<IMFPresentationTimeSource_Vtbl>(),
    );
    c.offset(
        "IMFPresentationTimeSourceVtbl",
        "GetUnderlyingClock",
        offset_of!(IMFPresentationTimeSource_Vtbl, GetUnderlyingClock),
    );
    c.offset(
        "IMFPresentationTimeSourceVtbl",
        "GetClockCharacteristics",
        offset_of!(IMFClock_Vtbl, GetClockCharacteristics),
    );
    c.offset(
        "IMFPresentationTimeSourceVtbl",
        "GetCorrelatedTime",
        offset_of!(IMFClock_Vtbl, GetCorrelatedTime),
    );
    c.offset(
        "IMFPresentationTimeSourceVtbl",
        "GetContinuityKey",
        offset_of!(IMFClock_Vtbl, GetContinuityKey),
    );
    c.offset(
        "IMFPresentationTimeSourceVtbl",
        "GetState",
        offset_of!(IMFClock_Vtbl, GetState),
    );
    c.offset(
        "IMFPresentationTimeSourceVtbl",
        "GetProperties",
        offset_of!(IMFClock_Vtbl, GetProperties),
    );
    c.size("IMFRateControlVtbl", size_of::<IMFRateControl_Vtbl>());
    c.offset(
        "IMFRateControlVtbl",
        "SetRate",
        offset_of!(IMFRateControl_Vtbl, SetRate),
    );
    c.offset(
        "IMFRateControlVtbl",
        "GetRate",
        offset_of!(IMFRateControl_Vtbl, GetRate),
    );
    c.size("IMFRateSupportVtbl", size_of::<IMFRateSupport_Vtbl>());
    c.offset(
        "IMFRateSupportVtbl",
        "GetSlowestRate",
        offset_of!(IMFRateSupport_Vtbl, GetSlowestRate),
    );
    c.offset(
        "IMFRateSupportVtbl",
        "GetFastestRate",
        offset_of!(IMFRateSupport_Vtbl, GetFastestRate),
    );
    c.offset(
        "IMFRateSupportVtbl",
        "IsRateSupported",
        offset_of!(IMFRateSupport_Vtbl, IsRateSupported),
    );
    c.size("IMFSampleVtbl", size_of::<IMFSample_Vtbl>());
    c.offset(
        "IMFSampleVtbl",
        "GetSampleFlags",
        offset_of!(IMFSample_Vtbl, GetSampleFlags),
    );
    c.offset(
        "IMFSampleVtbl",
        "SetSampleFlags",
        offset_of!(IMFSample_Vtbl, SetSampleFlags),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetSampleTime",
        offset_of!(IMFSample_Vtbl, GetSampleTime),
    );
    c.offset(
        "IMFSampleVtbl",
        "SetSampleTime",
        offset_of!(IMFSample_Vtbl, SetSampleTime),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetSampleDuration",
        offset_of!(IMFSample_Vtbl, GetSampleDuration),
    );
    c.offset(
        "IMFSampleVtbl",
        "SetSampleDuration",
        offset_of!(IMFSample_Vtbl, SetSampleDuration),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetBufferCount",
        offset_of!(IMFSample_Vtbl, GetBufferCount),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetBufferByIndex",
        offset_of!(IMFSample_Vtbl, GetBufferByIndex),
    );
    c.offset(
        "IMFSampleVtbl",
        "ConvertToContiguousBuffer",
        offset_of!(IMFSample_Vtbl, ConvertToContiguousBuffer),
    );
    c.offset(
        "IMFSampleVtbl",
        "AddBuffer",
        offset_of!(IMFSample_Vtbl, AddBuffer),
    );
    c.offset(
        "IMFSampleVtbl",
        "RemoveBufferByIndex",
        offset_of!(IMFSample_Vtbl, RemoveBufferByIndex),
    );
    c.offset(
        "IMFSampleVtbl",
        "RemoveAllBuffers",
        offset_of!(IMFSample_Vtbl, RemoveAllBuffers),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetTotalLength",
        offset_of!(IMFSample_Vtbl, GetTotalLength),
    );
    c.offset(
        "IMFSampleVtbl",
        "CopyToBuffer",
        offset_of!(IMFSample_Vtbl, CopyToBuffer),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetItem",
        offset_of!(IMFAttributes_Vtbl, GetItem),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetItemType",
        offset_of!(IMFAttributes_Vtbl, GetItemType),
    );
    c.offset(
        "IMFSampleVtbl",
        "CompareItem",
        offset_of!(IMFAttributes_Vtbl, CompareItem),
    );
    c.offset(
        "IMFSampleVtbl",
        "Compare",
        offset_of!(IMFAttributes_Vtbl, Compare),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetUINT32",
        offset_of!(IMFAttributes_Vtbl, GetUINT32),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetUINT64",
        offset_of!(IMFAttributes_Vtbl, GetUINT64),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetDouble",
        offset_of!(IMFAttributes_Vtbl, GetDouble),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetGUID",
        offset_of!(IMFAttributes_Vtbl, GetGUID),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetStringLength",
        offset_of!(IMFAttributes_Vtbl, GetStringLength),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetString",
        offset_of!(IMFAttributes_Vtbl, GetString),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetAllocatedString",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedString),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetBlobSize",
        offset_of!(IMFAttributes_Vtbl, GetBlobSize),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetBlob",
        offset_of!(IMFAttributes_Vtbl, GetBlob),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetAllocatedBlob",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedBlob),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetUnknown",
        offset_of!(IMFAttributes_Vtbl, GetUnknown),
    );
    c.offset(
        "IMFSampleVtbl",
        "SetItem",
        offset_of!(IMFAttributes_Vtbl, SetItem),
    );
    c.offset(
        "IMFSampleVtbl",
        "DeleteItem",
        offset_of!(IMFAttributes_Vtbl, DeleteItem),
    );
    c.offset(
        "IMFSampleVtbl",
        "DeleteAllItems",
        offset_of!(IMFAttributes_Vtbl, DeleteAllItems),
    );
    c.offset(
        "IMFSampleVtbl",
        "SetUINT32",
        offset_of!(IMFAttributes_Vtbl, SetUINT32),
    );
    c.offset(
        "IMFSampleVtbl",
        "SetUINT64",
        offset_of!(IMFAttributes_Vtbl, SetUINT64),
    );
    c.offset(
        "IMFSampleVtbl",
        "SetDouble",
        offset_of!(IMFAttributes_Vtbl, SetDouble),
    );
    c.offset(
        "IMFSampleVtbl",
        "SetGUID",
        offset_of!(IMFAttributes_Vtbl, SetGUID),
    );
    c.offset(
        "IMFSampleVtbl",
        "SetString",
        offset_of!(IMFAttributes_Vtbl, SetString),
    );
    c.offset(
        "IMFSampleVtbl",
        "SetBlob",
        offset_of!(IMFAttributes_Vtbl, SetBlob),
    );
    c.offset(
        "IMFSampleVtbl",
        "SetUnknown",
        offset_of!(IMFAttributes_Vtbl, SetUnknown),
    );
    c.offset(
        "IMFSampleVtbl",
        "LockStore",
        offset_of!(IMFAttributes_Vtbl, LockStore),
    );
    c.offset(
        "IMFSampleVtbl",
        "UnlockStore",
        offset_of!(IMFAttributes_Vtbl, UnlockStore),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetCount",
        offset_of!(IMFAttributes_Vtbl, GetCount),
    );
    c.offset(
        "IMFSampleVtbl",
        "GetItemByIndex",
        offset_of!(IMFAttributes_Vtbl, GetItemByIndex),
    );
    c.offset(
        "IMFSampleVtbl",
        "CopyAllItems",
        offset_of!(IMFAttributes_Vtbl, CopyAllItems),
    );
    c.size(
        "IMFSampleGrabberSinkCallbackVtbl",
        size_of::<IMFSampleGrabberSinkCallback_Vtbl>(),
    );
    c.offset(
        "IMFSampleGrabberSinkCallbackVtbl",
        "OnSetPresentationClock",
        offset_of!(IMFSampleGrabberSinkCallback_Vtbl, OnSetPresentationClock),
    );
    c.offset(
        "IMFSampleGrabberSinkCallbackVtbl",
        "OnProcessSample",
        offset_of!(IMFSampleGrabberSinkCallback_Vtbl, OnProcessSample),
    );
    c.offset(
        "IMFSampleGrabberSinkCallbackVtbl",
        "OnShutdown",
        offset_of!(IMFSampleGrabberSinkCallback_Vtbl, OnShutdown),
    );
    c.offset(
        "IMFSampleGrabberSinkCallbackVtbl",
        "OnClockStart",
        offset_of!(IMFClockStateSink_Vtbl, OnClockStart),
    );
    c.offset(
        "IMFSampleGrabberSinkCallbackVtbl",
        "OnClockStop",
        offset_of!(IMFClockStateSink_Vtbl, OnClockStop),
    );
    c.offset(
        "IMFSampleGrabberSinkCallbackVtbl",
        "OnClockPause",
        offset_of!(IMFClockStateSink_Vtbl, OnClockPause),
    );
    c.offset(
        "IMFSampleGrabberSinkCallbackVtbl",
        "OnClockRestart",
        offset_of!(IMFClockStateSink_Vtbl, OnClockRestart),
    );
    c.offset(
        "IMFSampleGrabberSinkCallbackVtbl",
        "OnClockSetRate",
        offset_of!(IMFClockStateSink_Vtbl, OnClockSetRate),
    );
    c.size("IMFShutdownVtbl", size_of::<IMFShutdown_Vtbl>());
    c.offset(
        "IMFShutdownVtbl",
        "Shutdown",
        offset_of!(IMFShutdown_Vtbl, Shutdown),
    );
    c.offset(
        "IMFShutdownVtbl",
        "GetShutdownStatus",
        offset_of!(IMFShutdown_Vtbl, GetShutdownStatus),
    );
    c.size("IMFSourceResolverVtbl", size_of::<IMFSourceResolver_Vtbl>());
    c.offset(
        "IMFSourceResolverVtbl",
        "CreateObjectFromURL",
        offset_of!(IMFSourceResolver_Vtbl, CreateObjectFromURL),
    );
    c.offset(
        "IMFSourceResolverVtbl",
        "CreateObjectFromByteStream",
        offset_of!(IMFSourceResolver_Vtbl, CreateObjectFromByteStream),
    );
    c.offset(
        "IMFSourceResolverVtbl",
        "BeginCreateObjectFromURL",
        offset_of!(IMFSourceResolver_Vtbl, BeginCreateObjectFromURL),
    );
    c.offset(
        "IMFSourceResolverVtbl",
        "EndCreateObjectFromURL",
        offset_of!(IMFSourceResolver_Vtbl, EndCreateObjectFromURL),
    );
    c.offset(
        "IMFSourceResolverVtbl",
        "BeginCreateObjectFromByteStream",
        offset_of!(IMFSourceResolver_Vtbl, BeginCreateObjectFromByteStream),
    );
    c.offset(
        "IMFSourceResolverVtbl",
        "EndCreateObjectFromByteStream",
        offset_of!(IMFSourceResolver_Vtbl, EndCreateObjectFromByteStream),
    );
    c.offset(
        "IMFSourceResolverVtbl",
        "CancelObjectCreation",
        offset_of!(IMFSourceResolver_Vtbl, CancelObjectCreation),
    );
    c.size(
        "IMFStreamDescriptorVtbl",
        size_of::<IMFStreamDescriptor_Vtbl>(),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "GetStreamIdentifier",
        offset_of!(IMFStreamDescriptor_Vtbl, GetStreamIdentifier),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "GetMediaTypeHandler",
        offset_of!(IMFStreamDescriptor_Vtbl, GetMediaTypeHandler),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "GetItem",
        offset_of!(IMFAttributes_Vtbl, GetItem),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "GetItemType",
        offset_of!(IMFAttributes_Vtbl, GetItemType),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "CompareItem",
        offset_of!(IMFAttributes_Vtbl, CompareItem),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "Compare",
        offset_of!(IMFAttributes_Vtbl, Compare),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "GetUINT32",
        offset_of!(IMFAttributes_Vtbl, GetUINT32),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "GetUINT64",
        offset_of!(IMFAttributes_Vtbl, GetUINT64),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "GetDouble",
        offset_of!(IMFAttributes_Vtbl, GetDouble),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "GetGUID",
        offset_of!(IMFAttributes_Vtbl, GetGUID),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "GetStringLength",
        offset_of!(IMFAttributes_Vtbl, GetStringLength),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "GetString",
        offset_of!(IMFAttributes_Vtbl, GetString),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "GetAllocatedString",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedString),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "GetBlobSize",
        offset_of!(IMFAttributes_Vtbl, GetBlobSize),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "GetBlob",
        offset_of!(IMFAttributes_Vtbl, GetBlob),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "GetAllocatedBlob",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedBlob),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "GetUnknown",
        offset_of!(IMFAttributes_Vtbl, GetUnknown),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "SetItem",
        offset_of!(IMFAttributes_Vtbl, SetItem),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "DeleteItem",
        offset_of!(IMFAttributes_Vtbl, DeleteItem),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "DeleteAllItems",
        offset_of!(IMFAttributes_Vtbl, DeleteAllItems),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "SetUINT32",
        offset_of!(IMFAttributes_Vtbl, SetUINT32),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "SetUINT64",
        offset_of!(IMFAttributes_Vtbl, SetUINT64),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "SetDouble",
        offset_of!(IMFAttributes_Vtbl, SetDouble),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "SetGUID",
        offset_of!(IMFAttributes_Vtbl, SetGUID),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "SetString",
        offset_of!(IMFAttributes_Vtbl, SetString),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "SetBlob",
        offset_of!(IMFAttributes_Vtbl, SetBlob),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "SetUnknown",
        offset_of!(IMFAttributes_Vtbl, SetUnknown),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "LockStore",
        offset_of!(IMFAttributes_Vtbl, LockStore),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "UnlockStore",
        offset_of!(IMFAttributes_Vtbl, UnlockStore),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "GetCount",
        offset_of!(IMFAttributes_Vtbl, GetCount),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "GetItemByIndex",
        offset_of!(IMFAttributes_Vtbl, GetItemByIndex),
    );
    c.offset(
        "IMFStreamDescriptorVtbl",
        "CopyAllItems",
        offset_of!(IMFAttributes_Vtbl, CopyAllItems),
    );
    c.size("IMFStreamSinkVtbl", size_of::<IMFStreamSink_Vtbl>());
    c.offset(
        "IMFStreamSinkVtbl",
        "GetMediaSink",
        offset_of!(IMFStreamSink_Vtbl, GetMediaSink),
    );
    c.offset(
        "IMFStreamSinkVtbl",
        "GetIdentifier",
        offset_of!(IMFStreamSink_Vtbl, GetIdentifier),
    );
    c.offset(
        "IMFStreamSinkVtbl",
        "GetMediaTypeHandler",
        offset_of!(IMFStreamSink_Vtbl, GetMediaTypeHandler),
    );
    c.offset(
        "IMFStreamSinkVtbl",
        "ProcessSample",
        offset_of!(IMFStreamSink_Vtbl, ProcessSample),
    );
    c.offset(
        "IMFStreamSinkVtbl",
        "PlaceMarker",
        offset_of!(IMFStreamSink_Vtbl, PlaceMarker),
    );
    c.offset(
        "IMFStreamSinkVtbl",
        "Flush",
        offset_of!(IMFStreamSink_Vtbl, Flush),
    );
    c.offset(
        "IMFStreamSinkVtbl",
        "GetEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, GetEvent),
    );
    c.offset(
        "IMFStreamSinkVtbl",
        "BeginGetEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, BeginGetEvent),
    );
    c.offset(
        "IMFStreamSinkVtbl",
        "EndGetEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, EndGetEvent),
    );
    c.offset(
        "IMFStreamSinkVtbl",
        "QueueEvent",
        offset_of!(IMFMediaEventGenerator_Vtbl, QueueEvent),
    );
    c.size("IMFTopologyVtbl", size_of::<IMFTopology_Vtbl>());
    c.offset(
        "IMFTopologyVtbl",
        "GetTopologyID",
        offset_of!(IMFTopology_Vtbl, GetTopologyID),
    );
    c.offset(
        "IMFTopologyVtbl",
        "AddNode",
        offset_of!(IMFTopology_Vtbl, AddNode),
    );
    c.offset(
        "IMFTopologyVtbl",
        "RemoveNode",
        offset_of!(IMFTopology_Vtbl, RemoveNode),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetNodeCount",
        offset_of!(IMFTopology_Vtbl, GetNodeCount),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetNode",
        offset_of!(IMFTopology_Vtbl, GetNode),
    );
    c.offset(
        "IMFTopologyVtbl",
        "Clear",
        offset_of!(IMFTopology_Vtbl, Clear),
    );
    c.offset(
        "IMFTopologyVtbl",
        "CloneFrom",
        offset_of!(IMFTopology_Vtbl, CloneFrom),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetNodeByID",
        offset_of!(IMFTopology_Vtbl, GetNodeByID),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetSourceNodeCollection",
        offset_of!(IMFTopology_Vtbl, GetSourceNodeCollection),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetOutputNodeCollection",
        offset_of!(IMFTopology_Vtbl, GetOutputNodeCollection),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetItem",
        offset_of!(IMFAttributes_Vtbl, GetItem),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetItemType",
        offset_of!(IMFAttributes_Vtbl, GetItemType),
    );
    c.offset(
        "IMFTopologyVtbl",
        "CompareItem",
        offset_of!(IMFAttributes_Vtbl, CompareItem),
    );
    c.offset(
        "IMFTopologyVtbl",
        "Compare",
        offset_of!(IMFAttributes_Vtbl, Compare),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetUINT32",
        offset_of!(IMFAttributes_Vtbl, GetUINT32),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetUINT64",
        offset_of!(IMFAttributes_Vtbl, GetUINT64),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetDouble",
        offset_of!(IMFAttributes_Vtbl, GetDouble),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetGUID",
        offset_of!(IMFAttributes_Vtbl, GetGUID),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetStringLength",
        offset_of!(IMFAttributes_Vtbl, GetStringLength),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetString",
        offset_of!(IMFAttributes_Vtbl, GetString),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetAllocatedString",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedString),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetBlobSize",
        offset_of!(IMFAttributes_Vtbl, GetBlobSize),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetBlob",
        offset_of!(IMFAttributes_Vtbl, GetBlob),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetAllocatedBlob",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedBlob),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetUnknown",
        offset_of!(IMFAttributes_Vtbl, GetUnknown),
    );
    c.offset(
        "IMFTopologyVtbl",
        "SetItem",
        offset_of!(IMFAttributes_Vtbl, SetItem),
    );
    c.offset(
        "IMFTopologyVtbl",
        "DeleteItem",
        offset_of!(IMFAttributes_Vtbl, DeleteItem),
    );
    c.offset(
        "IMFTopologyVtbl",
        "DeleteAllItems",
        offset_of!(IMFAttributes_Vtbl, DeleteAllItems),
    );
    c.offset(
        "IMFTopologyVtbl",
        "SetUINT32",
        offset_of!(IMFAttributes_Vtbl, SetUINT32),
    );
    c.offset(
        "IMFTopologyVtbl",
        "SetUINT64",
        offset_of!(IMFAttributes_Vtbl, SetUINT64),
    );
    c.offset(
        "IMFTopologyVtbl",
        "SetDouble",
        offset_of!(IMFAttributes_Vtbl, SetDouble),
    );
    c.offset(
        "IMFTopologyVtbl",
        "SetGUID",
        offset_of!(IMFAttributes_Vtbl, SetGUID),
    );
    c.offset(
        "IMFTopologyVtbl",
        "SetString",
        offset_of!(IMFAttributes_Vtbl, SetString),
    );
    c.offset(
        "IMFTopologyVtbl",
        "SetBlob",
        offset_of!(IMFAttributes_Vtbl, SetBlob),
    );
    c.offset(
        "IMFTopologyVtbl",
        "SetUnknown",
        offset_of!(IMFAttributes_Vtbl, SetUnknown),
    );
    c.offset(
        "IMFTopologyVtbl",
        "LockStore",
        offset_of!(IMFAttributes_Vtbl, LockStore),
    );
    c.offset(
        "IMFTopologyVtbl",
        "UnlockStore",
        offset_of!(IMFAttributes_Vtbl, UnlockStore),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetCount",
        offset_of!(IMFAttributes_Vtbl, GetCount),
    );
    c.offset(
        "IMFTopologyVtbl",
        "GetItemByIndex",
        offset_of!(IMFAttributes_Vtbl, GetItemByIndex),
    );
    c.offset(
        "IMFTopologyVtbl",
        "CopyAllItems",
        offset_of!(IMFAttributes_Vtbl, CopyAllItems),
    );
    c.size("IMFTopologyNodeVtbl", size_of::<IMFTopologyNode_Vtbl>());
    c.offset(
        "IMFTopologyNodeVtbl",
        "SetObject",
        offset_of!(IMFTopologyNode_Vtbl, SetObject),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetObject",
        offset_of!(IMFTopologyNode_Vtbl, GetObject),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetNodeType",
        offset_of!(IMFTopologyNode_Vtbl, GetNodeType),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetTopoNodeID",
        offset_of!(IMFTopologyNode_Vtbl, GetTopoNodeID),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "SetTopoNodeID",
        offset_of!(IMFTopologyNode_Vtbl, SetTopoNodeID),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetInputCount",
        offset_of!(IMFTopologyNode_Vtbl, GetInputCount),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetOutputCount",
        offset_of!(IMFTopologyNode_Vtbl, GetOutputCount),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "ConnectOutput",
        offset_of!(IMFTopologyNode_Vtbl, ConnectOutput),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "DisconnectOutput",
        offset_of!(IMFTopologyNode_Vtbl, DisconnectOutput),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetInput",
        offset_of!(IMFTopologyNode_Vtbl, GetInput),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetOutput",
        offset_of!(IMFTopologyNode_Vtbl, GetOutput),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "SetOutputPrefType",
        offset_of!(IMFTopologyNode_Vtbl, SetOutputPrefType),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetOutputPrefType",
        offset_of!(IMFTopologyNode_Vtbl, GetOutputPrefType),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "SetInputPrefType",
        offset_of!(IMFTopologyNode_Vtbl, SetInputPrefType),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetInputPrefType",
        offset_of!(IMFTopologyNode_Vtbl, GetInputPrefType),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "CloneFrom",
        offset_of!(IMFTopologyNode_Vtbl, CloneFrom),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetItem",
        offset_of!(IMFAttributes_Vtbl, GetItem),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetItemType",
        offset_of!(IMFAttributes_Vtbl, GetItemType),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "CompareItem",
        offset_of!(IMFAttributes_Vtbl, CompareItem),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "Compare",
        offset_of!(IMFAttributes_Vtbl, Compare),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetUINT32",
        offset_of!(IMFAttributes_Vtbl, GetUINT32),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetUINT64",
        offset_of!(IMFAttributes_Vtbl, GetUINT64),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetDouble",
        offset_of!(IMFAttributes_Vtbl, GetDouble),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetGUID",
        offset_of!(IMFAttributes_Vtbl, GetGUID),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetStringLength",
        offset_of!(IMFAttributes_Vtbl, GetStringLength),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetString",
        offset_of!(IMFAttributes_Vtbl, GetString),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetAllocatedString",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedString),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetBlobSize",
        offset_of!(IMFAttributes_Vtbl, GetBlobSize),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetBlob",
        offset_of!(IMFAttributes_Vtbl, GetBlob),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetAllocatedBlob",
        offset_of!(IMFAttributes_Vtbl, GetAllocatedBlob),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetUnknown",
        offset_of!(IMFAttributes_Vtbl, GetUnknown),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "SetItem",
        offset_of!(IMFAttributes_Vtbl, SetItem),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "DeleteItem",
        offset_of!(IMFAttributes_Vtbl, DeleteItem),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "DeleteAllItems",
        offset_of!(IMFAttributes_Vtbl, DeleteAllItems),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "SetUINT32",
        offset_of!(IMFAttributes_Vtbl, SetUINT32),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "SetUINT64",
        offset_of!(IMFAttributes_Vtbl, SetUINT64),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "SetDouble",
        offset_of!(IMFAttributes_Vtbl, SetDouble),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "SetGUID",
        offset_of!(IMFAttributes_Vtbl, SetGUID),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "SetString",
        offset_of!(IMFAttributes_Vtbl, SetString),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "SetBlob",
        offset_of!(IMFAttributes_Vtbl, SetBlob),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "SetUnknown",
        offset_of!(IMFAttributes_Vtbl, SetUnknown),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "LockStore",
        offset_of!(IMFAttributes_Vtbl, LockStore),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "UnlockStore",
        offset_of!(IMFAttributes_Vtbl, UnlockStore),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetCount",
        offset_of!(IMFAttributes_Vtbl, GetCount),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "GetItemByIndex",
        offset_of!(IMFAttributes_Vtbl, GetItemByIndex),
    );
    c.offset(
        "IMFTopologyNodeVtbl",
        "CopyAllItems",
        offset_of!(IMFAttributes_Vtbl, CopyAllItems),
    );
    c.constant("MF_E_ATTRIBUTENOTFOUND", MF_E_ATTRIBUTENOTFOUND.0 as i64);
    c.constant(
        "MF_E_BAD_STARTUP_VERSION",
        MF_E_BAD_STARTUP_VERSION.0 as i64,
    );
    c.constant("MF_E_BUFFERTOOSMALL", MF_E_BUFFERTOOSMALL.0 as i64);
    c.constant("MF_E_CANNOT_CREATE_SINK", MF_E_CANNOT_CREATE_SINK.0 as i64);
    c.constant(
        "MF_E_CLOCK_NO_TIME_SOURCE",
        MF_E_CLOCK_NO_TIME_SOURCE.0 as i64,
    );
    c.constant(
        "MF_E_CLOCK_STATE_ALREADY_SET",
        MF_E_CLOCK_STATE_ALREADY_SET.0 as i64,
    );
    c.constant("MF_E_END_OF_STREAM", MF_E_END_OF_STREAM.0 as i64);
    c.constant("MF_E_INVALIDINDEX", MF_E_INVALIDINDEX.0 as i64);
    c.constant("MF_E_INVALIDMEDIATYPE", MF_E_INVALIDMEDIATYPE.0 as i64);
    c.constant("MF_E_INVALIDREQUEST", MF_E_INVALIDREQUEST.0 as i64);
    c.constant(
        "MF_E_INVALIDSTREAMNUMBER",
        MF_E_INVALIDSTREAMNUMBER.0 as i64,
    );
    c.constant("MF_E_INVALIDTYPE", MF_E_INVALIDTYPE.0 as i64);
    c.constant("MF_E_INVALID_FORMAT", MF_E_INVALID_FORMAT.0 as i64);
    c.constant("MF_E_INVALID_POSITION", MF_E_INVALID_POSITION.0 as i64);
    c.constant(
        "MF_E_INVALID_STATE_TRANSITION",
        MF_E_INVALID_STATE_TRANSITION.0 as i64,
    );
    c.constant(
        "MF_E_MEDIA_SOURCE_WRONGSTATE",
        MF_E_MEDIA_SOURCE_WRONGSTATE.0 as i64,
    );
    c.constant("MF_E_MULTIPLE_BEGIN", MF_E_MULTIPLE_BEGIN.0 as i64);
    c.constant(
        "MF_E_MULTIPLE_SUBSCRIBERS",
        MF_E_MULTIPLE_SUBSCRIBERS.0 as i64,
    );
    c.constant("MF_E_NOT_AVAILABLE", MF_E_NOT_AVAILABLE.0 as i64);
    c.constant("MF_E_NOT_FOUND", MF_E_NOT_FOUND.0 as i64);
    c.constant("MF_E_NOT_INITIALIZED", MF_E_NOT_INITIALIZED.0 as i64);
    c.constant(
        "MF_E_NO_AUDIO_PLAYBACK_DEVICE",
        MF_E_NO_AUDIO_PLAYBACK_DEVICE.0 as i64,
    );
    c.constant("MF_E_NO_CLOCK", MF_E_NO_CLOCK.0 as i64);
    c.constant(
        "MF_E_NO_EVENTS_AVAILABLE",
        MF_E_NO_EVENTS_AVAILABLE.0 as i64,
    );
    c.constant("MF_E_NO_MORE_TYPES", MF_E_NO_MORE_TYPES.0 as i64);
    c.constant("MF_E_NO_SAMPLE_DURATION", MF_E_NO_SAMPLE_DURATION.0 as i64);
    c.constant(
        "MF_E_NO_SAMPLE_TIMESTAMP",
        MF_E_NO_SAMPLE_TIMESTAMP.0 as i64,
    );
    c.constant(
        "MF_E_SESSION_PAUSEWHILESTOPPED",
        MF_E_SESSION_PAUSEWHILESTOPPED.0 as i64,
    );
    c.constant("MF_E_SHUTDOWN", MF_E_SHUTDOWN.0 as i64);
    c.constant("MF_E_SINK_NO_STREAMS", MF_E_SINK_NO_STREAMS.0 as i64);
    c.constant(
        "MF_E_SOURCERESOLVER_MUTUALLY_EXCLUSIVE_FLAGS",
        MF_E_SOURCERESOLVER_MUTUALLY_EXCLUSIVE_FLAGS.0 as i64,
    );
    c.constant("MF_E_STREAMSINKS_FIXED", MF_E_STREAMSINKS_FIXED.0 as i64);
    c.constant("MF_E_STREAMSINK_EXISTS", MF_E_STREAMSINK_EXISTS.0 as i64);
    c.constant("MF_E_STREAMSINK_REMOVED", MF_E_STREAMSINK_REMOVED.0 as i64);
    c.constant(
        "MF_E_THINNING_UNSUPPORTED",
        MF_E_THINNING_UNSUPPORTED.0 as i64,
    );
    c.constant(
        "MF_E_TOPO_CODEC_NOT_FOUND",
        MF_E_TOPO_CODEC_NOT_FOUND.0 as i64,
    );
    c.constant(
        "MF_E_TOPO_INVALID_OPTIONAL_NODE",
        MF_E_TOPO_INVALID_OPTIONAL_NODE.0 as i64,
    );
    c.constant(
        "MF_E_TOPO_MISSING_PRESENTATION_DESCRIPTOR",
        MF_E_TOPO_MISSING_PRESENTATION_DESCRIPTOR.0 as i64,
    );
    c.constant(
        "MF_E_TOPO_MISSING_SOURCE",
        MF_E_TOPO_MISSING_SOURCE.0 as i64,
    );
    c.constant(
        "MF_E_TOPO_MISSING_STREAM_DESCRIPTOR",
        MF_E_TOPO_MISSING_STREAM_DESCRIPTOR.0 as i64,
    );
    c.constant(
        "MF_E_TOPO_SINK_ACTIVATES_UNSUPPORTED",
        MF_E_TOPO_SINK_ACTIVATES_UNSUPPORTED.0 as i64,
    );
    c.constant(
        "MF_E_TOPO_STREAM_DESCRIPTOR_NOT_SELECTED",
        MF_E_TOPO_STREAM_DESCRIPTOR_NOT_SELECTED.0 as i64,
    );
    c.constant("MF_E_TOPO_UNSUPPORTED", MF_E_TOPO_UNSUPPORTED.0 as i64);
    c.constant("MF_E_UNEXPECTED", MF_E_UNEXPECTED.0 as i64);
    c.constant(
        "MF_E_UNSUPPORTED_BYTESTREAM_TYPE",
        MF_E_UNSUPPORTED_BYTESTREAM_TYPE.0 as i64,
    );
    c.constant("MF_E_UNSUPPORTED_FORMAT", MF_E_UNSUPPORTED_FORMAT.0 as i64);
    c.constant("MF_E_UNSUPPORTED_RATE", MF_E_UNSUPPORTED_RATE.0 as i64);
    c.constant(
        "MF_E_UNSUPPORTED_REPRESENTATION",
        MF_E_UNSUPPORTED_REPRESENTATION.0 as i64,
    );
    c.constant("MF_E_UNSUPPORTED_SCHEME", MF_E_UNSUPPORTED_SCHEME.0 as i64);
    c.constant(
        "MF_E_UNSUPPORTED_SERVICE",
        MF_E_UNSUPPORTED_SERVICE.0 as i64,
    );
    c.constant(
        "MF_E_UNSUPPORTED_TIME_FORMAT",
        MF_E_UNSUPPORTED_TIME_FORMAT.0 as i64,
    );
    c.size("IMFTimerVtbl", size_of::<IMFTimer_Vtbl>());
    c.offset(
        "IMFTimerVtbl",
        "SetTimer",
        offset_of!(IMFTimer_Vtbl, SetTimer),
    );
    c.offset(
        "IMFTimerVtbl",
        "CancelTimer",
        offset_of!(IMFTimer_Vtbl, CancelTimer),
    );
    c.constant("MF_S_CLOCK_STOPPED", MF_S_CLOCK_STOPPED.0 as i64);
    c.constant("MFTIMER_RELATIVE", MFTIMER_RELATIVE as i64);
    c.constant("MF_S_MULTIPLE_BEGIN", MF_S_MULTIPLE_BEGIN.0 as i64);
    c.constant("MEEndOfPresentation", MEEndOfPresentation as i64);
    c.constant("MEEndOfStream", MEEndOfStream as i64);
    c.constant("MEError", MEError as i64);
    c.constant("MEMediaSample", MEMediaSample as i64);
    c.constant("MENewStream", MENewStream as i64);
    c.constant(
        "MESessionCapabilitiesChanged",
        MESessionCapabilitiesChanged as i64,
    );
    c.constant("MESessionClosed", MESessionClosed as i64);
    c.constant("MESessionEnded", MESessionEnded as i64);
    c.constant(
        "MESessionNotifyPresentationTime",
        MESessionNotifyPresentationTime as i64,
    );
    c.constant("MESessionPaused", MESessionPaused as i64);
    c.constant("MESessionRateChanged", MESessionRateChanged as i64);
    c.constant("MESessionStarted", MESessionStarted as i64);
    c.constant("MESessionStopped", MESessionStopped as i64);
    c.constant(
        "MESessionTopologiesCleared",
        MESessionTopologiesCleared as i64,
    );
    c.constant("MESessionTopologySet", MESessionTopologySet as i64);
    c.constant("MESessionTopologyStatus", MESessionTopologyStatus as i64);
    c.constant("MESourcePaused", MESourcePaused as i64);
    c.constant("MESourceSeeked", MESourceSeeked as i64);
    c.constant("MESourceStarted", MESourceStarted as i64);
    c.constant("MESourceStopped", MESourceStopped as i64);
    c.constant("MEStreamPaused", MEStreamPaused as i64);
    c.constant("MEStreamSeeked", MEStreamSeeked as i64);
    c.constant("MEStreamSinkMarker", MEStreamSinkMarker as i64);
    c.constant("MEStreamSinkPaused", MEStreamSinkPaused as i64);
    c.constant("MEStreamSinkPrerolled", MEStreamSinkPrerolled as i64);
    c.constant(
        "MEStreamSinkRequestSample",
        MEStreamSinkRequestSample as i64,
    );
    c.constant("MEStreamSinkStarted", MEStreamSinkStarted as i64);
    c.constant("MEStreamSinkStopped", MEStreamSinkStopped as i64);
    c.constant("MEStreamStarted", MEStreamStarted as i64);
    c.constant("MEStreamStopped", MEStreamStopped as i64);
    c.constant("MEUnknown", MEUnknown as i64);
    c.constant("MEUpdatedStream", MEUpdatedStream as i64);
    c.size("IMFTransformVtbl", size_of::<IMFTransform_Vtbl>());
    c.offset(
        "IMFTransformVtbl",
        "GetStreamLimits",
        offset_of!(IMFTransform_Vtbl, GetStreamLimits),
    );
    c.offset(
        "IMFTransformVtbl",
        "GetStreamCount",
        offset_of!(IMFTransform_Vtbl, GetStreamCount),
    );
    c.offset(
        "IMFTransformVtbl",
        "GetStreamIDs",
        offset_of!(IMFTransform_Vtbl, GetStreamIDs),
    );
    c.offset(
        "IMFTransformVtbl",
        "GetInputStreamInfo",
        offset_of!(IMFTransform_Vtbl, GetInputStreamInfo),
    );
    c.offset(
        "IMFTransformVtbl",
        "GetOutputStreamInfo",
        offset_of!(IMFTransform_Vtbl, GetOutputStreamInfo),
    );
    c.offset(
        "IMFTransformVtbl",
        "GetAttributes",
        offset_of!(IMFTransform_Vtbl, GetAttributes),
    );
    c.offset(
        "IMFTransformVtbl",
        "GetInputStreamAttributes",
        offset_of!(IMFTransform_Vtbl, GetInputStreamAttributes),
    );
    c.offset(
        "IMFTransformVtbl",
        "GetOutputStreamAttributes",
        offset_of!(IMFTransform_Vtbl, GetOutputStreamAttributes),
    );
    c.offset(
        "IMFTransformVtbl",
        "DeleteInputStream",
        offset_of!(IMFTransform_Vtbl, DeleteInputStream),
    );
    c.offset(
        "IMFTransformVtbl",
        "AddInputStreams",
        offset_of!(IMFTransform_Vtbl, AddInputStreams),
    );
    c.offset(
        "IMFTransformVtbl",
        "GetInputAvailableType",
        offset_of!(IMFTransform_Vtbl, GetInputAvailableType),
    );
    c.offset(
        "IMFTransformVtbl",
        "GetOutputAvailableType",
        offset_of!(IMFTransform_Vtbl, GetOutputAvailableType),
    );
    c.offset(
        "IMFTransformVtbl",
        "SetInputType",
        offset_of!(IMFTransform_Vtbl, SetInputType),
    );
    c.offset(
        "IMFTransformVtbl",
        "SetOutputType",
        offset_of!(IMFTransform_Vtbl, SetOutputType),
    );
    c.offset(
        "IMFTransformVtbl",
        "GetInputCurrentType",
        offset_of!(IMFTransform_Vtbl, GetInputCurrentType),
    );
    c.offset(
        "IMFTransformVtbl",
        "GetOutputCurrentType",
        offset_of!(IMFTransform_Vtbl, GetOutputCurrentType),
    );
    c.offset(
        "IMFTransformVtbl",
        "GetInputStatus",
        offset_of!(IMFTransform_Vtbl, GetInputStatus),
    );
    c.offset(
        "IMFTransformVtbl",
        "GetOutputStatus",
        offset_of!(IMFTransform_Vtbl, GetOutputStatus),
    );
    c.offset(
        "IMFTransformVtbl",
        "SetOutputBounds",
        offset_of!(IMFTransform_Vtbl, SetOutputBounds),
    );
    c.offset(
        "IMFTransformVtbl",
        "ProcessEvent",
        offset_of!(IMFTransform_Vtbl, ProcessEvent),
    );
    c.offset(
        "IMFTransformVtbl",
        "ProcessMessage",
        offset_of!(IMFTransform_Vtbl, ProcessMessage),
    );
    c.offset(
        "IMFTransformVtbl",
        "ProcessInput",
        offset_of!(IMFTransform_Vtbl, ProcessInput),
    );
    c.offset(
        "IMFTransformVtbl",
        "ProcessOutput",
        offset_of!(IMFTransform_Vtbl, ProcessOutput),
    );
    c.size("MFT_INPUT_STREAM_INFO", size_of::<MFT_INPUT_STREAM_INFO>());
    c.offset(
        "MFT_INPUT_STREAM_INFO",
        "hnsMaxLatency",
        offset_of!(MFT_INPUT_STREAM_INFO, hnsMaxLatency),
    );
    c.offset(
        "MFT_INPUT_STREAM_INFO",
        "dwFlags",
        offset_of!(MFT_INPUT_STREAM_INFO, dwFlags),
    );
    c.offset(
        "MFT_INPUT_STREAM_INFO",
        "cbSize",
        offset_of!(MFT_INPUT_STREAM_INFO, cbSize),
    );
    c.offset(
        "MFT_INPUT_STREAM_INFO",
        "cbMaxLookahead",
        offset_of!(MFT_INPUT_STREAM_INFO, cbMaxLookahead),
    );
    c.offset(
        "MFT_INPUT_STREAM_INFO",
        "cbAlignment",
        offset_of!(MFT_INPUT_STREAM_INFO, cbAlignment),
    );
    c.size(
        "MFT_OUTPUT_STREAM_INFO",
        size_of::<MFT_OUTPUT_STREAM_INFO>(),
    );
    c.offset(
        "MFT_OUTPUT_STREAM_INFO",
        "dwFlags",
        offset_of!(MFT_OUTPUT_STREAM_INFO, dwFlags),
    );
    c.offset(
        "MFT_OUTPUT_STREAM_INFO",
        "cbSize",
        offset_of!(MFT_OUTPUT_STREAM_INFO, cbSize),
    );
    c.offset(
        "MFT_OUTPUT_STREAM_INFO",
        "cbAlignment",
        offset_of!(MFT_OUTPUT_STREAM_INFO, cbAlignment),
    );
    c.size(
        "MFT_OUTPUT_DATA_BUFFER",
        size_of::<MFT_OUTPUT_DATA_BUFFER>(),
    );
    c.offset(
        "MFT_OUTPUT_DATA_BUFFER",
        "dwStreamID",
        offset_of!(MFT_OUTPUT_DATA_BUFFER, dwStreamID),
    );
    c.offset(
        "MFT_OUTPUT_DATA_BUFFER",
        "pSample",
        offset_of!(MFT_OUTPUT_DATA_BUFFER, pSample),
    );
    c.offset(
        "MFT_OUTPUT_DATA_BUFFER",
        "dwStatus",
        offset_of!(MFT_OUTPUT_DATA_BUFFER, dwStatus),
    );
    c.offset(
        "MFT_OUTPUT_DATA_BUFFER",
        "pEvents",
        offset_of!(MFT_OUTPUT_DATA_BUFFER, pEvents),
    );
    let include = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../include");
    c.compile(&include).unwrap();
}

fn include_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../include")
}

/// Builds `source` (C or C++ by its extension) against include/ with the
/// flags of scripts/test.sh and runs it; `Err` holds the complaint.
fn run_program(file: &str, source: &str) -> Result<(), String> {
    let dir = std::env::temp_dir().join(format!("mf-header-{}-{file}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let (src, exe) = (dir.join(file), dir.join("program"));
    std::fs::write(&src, source).map_err(|e| e.to_string())?;
    let (compiler, std) = if file.ends_with(".cpp") {
        ("c++", "-std=c++17")
    } else {
        ("cc", "-std=c11")
    };
    let built = Command::new(compiler)
        .args(["-fshort-wchar", std, "-Wall", "-Wextra", "-Werror", "-I"])
        .arg(include_dir())
        .arg(&src)
        .arg("-o")
        .arg(&exe)
        .output()
        .map_err(|e| e.to_string())?;
    let result = if !built.status.success() {
        Err(format!(
            "{file}:\n{}",
            String::from_utf8_lossy(&built.stderr)
        ))
    } else {
        let ran = Command::new(&exe).output().map_err(|e| e.to_string())?;
        if ran.status.success() {
            Ok(())
        } else {
            Err(format!(
                "{file} failed ({}): {}",
                ran.status,
                String::from_utf8_lossy(&ran.stdout)
            ))
        }
    };
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// The values gen.py emits beside the vtables: every MediaEventType, the
/// MFT flags, the video enums, mfapi.h's versions; PROPVARIANT's and
/// MFT_REGISTER_TYPE_INFO's layouts.
#[test]
fn generated_values_match_the_metadata() {
    let mut c = HeaderCheck::new("mfidl.h");
    c.include("mfapi.h");
    c.include("mferror.h");
    header_constants!(
        c,
        mf::bindings,
        MEAudioSessionDeviceRemoved,
        MEAudioSessionDisconnected,
        MEAudioSessionExclusiveModeOverride,
        MEAudioSessionFormatChanged,
        MEAudioSessionGroupingParamChanged,
        MEAudioSessionIconChanged,
        MEAudioSessionNameChanged,
        MEAudioSessionServerShutdown,
        MEAudioSessionVolumeChanged,
        MEBufferingStarted,
        MEBufferingStopped,
        MEByteStreamCharacteristicsChanged,
        MECaptureAudioSessionDeviceRemoved,
        MECaptureAudioSessionDisconnected,
        MECaptureAudioSessionExclusiveModeOverride,
        MECaptureAudioSessionFormatChanged,
        MECaptureAudioSessionServerShutdown,
        MECaptureAudioSessionVolumeChanged,
        MEConnectEnd,
        MEConnectStart,
        MEContentProtectionMessage,
        MEContentProtectionMetadata,
        MEDeviceThermalStateChanged,
        MEEnablerCompleted,
        MEEnablerProgress,
        MEEncodingParameters,
        MEEndOfPresentation,
        MEEndOfPresentationSegment,
        MEEndOfStream,
        MEError,
        MEExtendedType,
        MEGenericV1Anchor,
        MEIndividualizationCompleted,
        MEIndividualizationStart,
        MELicenseAcquisitionCompleted,
        MELicenseAcquisitionStart,
        MEMediaSample,
        MENewPresentation,
        MENewStream,
        MENonFatalError,
        MEPolicyChanged,
        MEPolicyError,
        MEPolicyReport,
        MEPolicySet,
        MEQualityNotify,
        MEReconnectEnd,
        MEReconnectStart,
        MERendererEvent,
        MEReservedMax,
        MESequencerSourceTopologyUpdated,
        MESessionCapabilitiesChanged,
        MESessionClosed,
        MESessionEnded,
        MESessionNotifyPresentationTime,
        MESessionPaused,
        MESessionRateChanged,
        MESessionScrubSampleComplete,
        MESessionStarted,
        MESessionStopped,
        MESessionStreamSinkFormatChanged,
        MESessionTopologiesCleared,
        MESessionTopologySet,
        MESessionTopologyStatus,
        MESessionUnknown,
        MESessionV1Anchor,
        MESinkInvalidated,
        MESinkUnknown,
        MESinkV1Anchor,
        MESinkV2Anchor,
        MESourceCharacteristicsChanged,
        MESourceMetadataChanged,
        MESourcePaused,
        MESourceRateChangeRequested,
        MESourceRateChanged,
        MESourceSeeked,
        MESourceStarted,
        MESourceStopped,
        MESourceUnknown,
        MESourceV1Anchor,
        MEStreamFormatChanged,
        MEStreamPaused,
        MEStreamSeeked,
        MEStreamSinkDeviceChanged,
        MEStreamSinkFormatChanged,
        MEStreamSinkFormatInvalidated,
        MEStreamSinkMarker,
        MEStreamSinkPaused,
        MEStreamSinkPrerolled,
        MEStreamSinkRateChanged,
        MEStreamSinkRequestSample,
        MEStreamSinkScrubSampleComplete,
        MEStreamSinkStarted,
        MEStreamSinkStopped,
        MEStreamStarted,
        MEStreamStopped,
        MEStreamThinMode,
        MEStreamTick,
        METransformDrainComplete,
        METransformHaveOutput,
        METransformInputStreamStateChanged,
        METransformMarker,
        METransformNeedInput,
        METransformUnknown,
        METrustUnknown,
        METrustV1Anchor,
        MEUnknown,
        MEUpdatedStream,
        MEVideoCaptureDevicePreempted,
        MEVideoCaptureDeviceRemoved,
        MFT_DRAIN_NO_TAILS,
        MFT_DRAIN_PRODUCE_TAILS,
        MFT_INPUT_STATUS_ACCEPT_DATA,
        MFT_INPUT_STREAM_DOES_NOT_ADDREF,
        MFT_INPUT_STREAM_FIXED_SAMPLE_SIZE,
        MFT_INPUT_STREAM_HOLDS_BUFFERS,
        MFT_INPUT_STREAM_OPTIONAL,
        MFT_INPUT_STREAM_PROCESSES_IN_PLACE,
        MFT_INPUT_STREAM_REMOVABLE,
        MFT_INPUT_STREAM_SINGLE_SAMPLE_PER_BUFFER,
        MFT_INPUT_STREAM_WHOLE_SAMPLES,
        MFT_MESSAGE_COMMAND_DRAIN,
        MFT_MESSAGE_COMMAND_FLUSH,
        MFT_MESSAGE_COMMAND_FLUSH_OUTPUT_STREAM,
        MFT_MESSAGE_COMMAND_MARKER,
        MFT_MESSAGE_COMMAND_SET_OUTPUT_STREAM_STATE,
        MFT_MESSAGE_COMMAND_TICK,
        MFT_MESSAGE_DROP_SAMPLES,
        MFT_MESSAGE_NOTIFY_BEGIN_STREAMING,
        MFT_MESSAGE_NOTIFY_END_OF_STREAM,
        MFT_MESSAGE_NOTIFY_END_STREAMING,
        MFT_MESSAGE_NOTIFY_EVENT,
        MFT_MESSAGE_NOTIFY_REACQUIRE_RESOURCES,
        MFT_MESSAGE_NOTIFY_RELEASE_RESOURCES,
        MFT_MESSAGE_NOTIFY_START_OF_STREAM,
        MFT_MESSAGE_SET_D3D_MANAGER,
        MFT_OUTPUT_BOUND_UPPER_UNBOUNDED,
        MFT_OUTPUT_DATA_BUFFER_FORMAT_CHANGE,
        MFT_OUTPUT_DATA_BUFFER_INCOMPLETE,
        MFT_OUTPUT_DATA_BUFFER_NO_SAMPLE,
        MFT_OUTPUT_DATA_BUFFER_STREAM_END,
        MFT_OUTPUT_STATUS_SAMPLE_READY,
        MFT_OUTPUT_STREAM_CAN_PROVIDE_SAMPLES,
        MFT_OUTPUT_STREAM_DISCARDABLE,
        MFT_OUTPUT_STREAM_FIXED_SAMPLE_SIZE,
        MFT_OUTPUT_STREAM_LAZY_READ,
        MFT_OUTPUT_STREAM_OPTIONAL,
        MFT_OUTPUT_STREAM_PROVIDES_SAMPLES,
        MFT_OUTPUT_STREAM_REMOVABLE,
        MFT_OUTPUT_STREAM_SINGLE_SAMPLE_PER_BUFFER,
        MFT_OUTPUT_STREAM_WHOLE_SAMPLES,
        MFT_PROCESS_OUTPUT_DISCARD_WHEN_NO_BUFFER,
        MFT_PROCESS_OUTPUT_REGENERATE_LAST_OUTPUT,
        MFT_PROCESS_OUTPUT_STATUS_NEW_STREAMS,
        MFT_SET_TYPE_TEST_ONLY,
        MFT_STREAMS_UNLIMITED,
        MFNominalRange_0_255,
        MFNominalRange_16_235,
        MFNominalRange_48_208,
        MFNominalRange_64_127,
        MFNominalRange_ForceDWORD,
        MFNominalRange_Last,
        MFNominalRange_Normal,
        MFNominalRange_Unknown,
        MFNominalRange_Wide,
        MFVideoChromaSubsampling_Cosited,
        MFVideoChromaSubsampling_DV_PAL,
        MFVideoChromaSubsampling_ForceDWORD,
        MFVideoChromaSubsampling_Horizontally_Cosited,
        MFVideoChromaSubsampling_Last,
        MFVideoChromaSubsampling_MPEG1,
        MFVideoChromaSubsampling_MPEG2,
        MFVideoChromaSubsampling_ProgressiveChroma,
        MFVideoChromaSubsampling_Unknown,
        MFVideoChromaSubsampling_Vertically_AlignedChromaPlanes,
        MFVideoChromaSubsampling_Vertically_Cosited,
        MFVideoInterlace_FieldInterleavedLowerFirst,
        MFVideoInterlace_FieldInterleavedUpperFirst,
        MFVideoInterlace_FieldSingleLower,
        MFVideoInterlace_FieldSingleLowerFirst,
        MFVideoInterlace_FieldSingleUpper,
        MFVideoInterlace_FieldSingleUpperFirst,
        MFVideoInterlace_ForceDWORD,
        MFVideoInterlace_Last,
        MFVideoInterlace_MixedInterlaceOrProgressive,
        MFVideoInterlace_Progressive,
        MFVideoInterlace_Unknown,
        MFVideoLighting_ForceDWORD,
        MFVideoLighting_Last,
        MFVideoLighting_Unknown,
        MFVideoLighting_bright,
        MFVideoLighting_dark,
        MFVideoLighting_dim,
        MFVideoLighting_office,
        MFVideoPadFlag_PAD_TO_16x9,
        MFVideoPadFlag_PAD_TO_4x3,
        MFVideoPadFlag_PAD_TO_None,
        MFVideoPrimaries_ACES,
        MFVideoPrimaries_BT2020,
        MFVideoPrimaries_BT470_2_SysBG,
        MFVideoPrimaries_BT470_2_SysM,
        MFVideoPrimaries_BT709,
        MFVideoPrimaries_DCI_P3,
        MFVideoPrimaries_Display_P3,
        MFVideoPrimaries_EBU3213,
        MFVideoPrimaries_ForceDWORD,
        MFVideoPrimaries_Last,
        MFVideoPrimaries_SMPTE170M,
        MFVideoPrimaries_SMPTE240M,
        MFVideoPrimaries_SMPTE_C,
        MFVideoPrimaries_Unknown,
        MFVideoPrimaries_XYZ,
        MFVideoPrimaries_reserved,
        MFVideoRotationFormat_0,
        MFVideoRotationFormat_180,
        MFVideoRotationFormat_270,
        MFVideoRotationFormat_90,
        MFVideoSrcContentHintFlag_16x9,
        MFVideoSrcContentHintFlag_235_1,
        MFVideoSrcContentHintFlag_None,
        MFVideoTransFunc_10,
        MFVideoTransFunc_10_rel,
        MFVideoTransFunc_18,
        MFVideoTransFunc_20,
        MFVideoTransFunc_2020,
        MFVideoTransFunc_2020_const,
        MFVideoTransFunc_2084,
        MFVideoTransFunc_22,
        MFVideoTransFunc_240M,
        MFVideoTransFunc_26,
        MFVideoTransFunc_28,
        MFVideoTransFunc_709,
        MFVideoTransFunc_709_sym,
        MFVideoTransFunc_BT1361_ECG,
        MFVideoTransFunc_ForceDWORD,
        MFVideoTransFunc_HLG,
        MFVideoTransFunc_Last,
        MFVideoTransFunc_Log_100,
        MFVideoTransFunc_Log_316,
        MFVideoTransFunc_SMPTE428,
        MFVideoTransFunc_Unknown,
        MFVideoTransFunc_sRGB,
        MFVideoTransferMatrix_BT2020_10,
        MFVideoTransferMatrix_BT2020_12,
        MFVideoTransferMatrix_BT601,
        MFVideoTransferMatrix_BT709,
        MFVideoTransferMatrix_Chroma,
        MFVideoTransferMatrix_Chroma_const,
        MFVideoTransferMatrix_FCC47,
        MFVideoTransferMatrix_ForceDWORD,
        MFVideoTransferMatrix_ICtCp,
        MFVideoTransferMatrix_Identity,
        MFVideoTransferMatrix_Last,
        MFVideoTransferMatrix_SMPTE2085,
        MFVideoTransferMatrix_SMPTE240M,
        MFVideoTransferMatrix_Unknown,
        MFVideoTransferMatrix_YCgCo,
        MF_SDK_VERSION,
        MF_API_VERSION,
        MF_VERSION,
        MFSTARTUP_FULL,
        MFSTARTUP_LITE,
        MFSTARTUP_NOSOCKET,
    );
    // i64::MIN has no C literal; its successor has.
    c.constant(
        "MFT_OUTPUT_BOUND_LOWER_UNBOUNDED + 1",
        MFT_OUTPUT_BOUND_LOWER_UNBOUNDED + 1,
    );
    c.size("PROPVARIANT", size_of::<PROPVARIANT>());
    c.size(
        "MFT_REGISTER_TYPE_INFO",
        size_of::<MFT_REGISTER_TYPE_INFO>(),
    );
    c.offset(
        "MFT_REGISTER_TYPE_INFO",
        "guidSubtype",
        offset_of!(MFT_REGISTER_TYPE_INFO, guidSubtype),
    );
    c.compile(&include_dir()).unwrap();
}

/// Every GUID and IID of the metadata, compared byte for byte with the
/// headers' by a C and a C++ program (a GUID is not a constant expression
/// in C, so this runs rather than asserts statically).
#[test]
fn generated_guids_match_the_metadata() {
    let guids: &[(&str, windows_core::GUID)] = &[
        ("MFMediaType_Audio", MFMediaType_Audio),
        ("MFMediaType_Binary", MFMediaType_Binary),
        ("MFMediaType_Default", MFMediaType_Default),
        ("MFMediaType_FileTransfer", MFMediaType_FileTransfer),
        ("MFMediaType_HTML", MFMediaType_HTML),
        ("MFMediaType_Image", MFMediaType_Image),
        ("MFMediaType_Metadata", MFMediaType_Metadata),
        ("MFMediaType_Protected", MFMediaType_Protected),
        ("MFMediaType_SAMI", MFMediaType_SAMI),
        ("MFMediaType_Script", MFMediaType_Script),
        ("MFMediaType_Stream", MFMediaType_Stream),
        ("MFMediaType_Subtitle", MFMediaType_Subtitle),
        ("MFMediaType_Video", MFMediaType_Video),
        (
            "MFSampleExtension_Discontinuity",
            MFSampleExtension_Discontinuity,
        ),
        (
            "MFT_SUPPORT_DYNAMIC_FORMAT_CHANGE",
            MFT_SUPPORT_DYNAMIC_FORMAT_CHANGE,
        ),
        ("MFVideoFormat_H264_ES", MFVideoFormat_H264_ES),
        ("MFVideoFormat_MPEG2", MFVideoFormat_MPEG2),
        (
            "MF_EVENT_PRESENTATION_TIME_OFFSET",
            MF_EVENT_PRESENTATION_TIME_OFFSET,
        ),
        ("MF_EVENT_SESSIONCAPS", MF_EVENT_SESSIONCAPS),
        ("MF_EVENT_SESSIONCAPS_DELTA", MF_EVENT_SESSIONCAPS_DELTA),
        ("MF_EVENT_SOURCE_ACTUAL_START", MF_EVENT_SOURCE_ACTUAL_START),
        (
            "MF_EVENT_SOURCE_TOPOLOGY_CANCELED",
            MF_EVENT_SOURCE_TOPOLOGY_CANCELED,
        ),
        (
            "MF_EVENT_START_PRESENTATION_TIME",
            MF_EVENT_START_PRESENTATION_TIME,
        ),
        (
            "MF_EVENT_START_PRESENTATION_TIME_AT_OUTPUT",
            MF_EVENT_START_PRESENTATION_TIME_AT_OUTPUT,
        ),
        ("MF_EVENT_TOPOLOGY_STATUS", MF_EVENT_TOPOLOGY_STATUS),
        (
            "MF_MT_AAC_AUDIO_PROFILE_LEVEL_INDICATION",
            MF_MT_AAC_AUDIO_PROFILE_LEVEL_INDICATION,
        ),
        ("MF_MT_AAC_PAYLOAD_TYPE", MF_MT_AAC_PAYLOAD_TYPE),
        (
            "MF_MT_ALL_SAMPLES_INDEPENDENT",
            MF_MT_ALL_SAMPLES_INDEPENDENT,
        ),
        (
            "MF_MT_AUDIO_AVG_BYTES_PER_SECOND",
            MF_MT_AUDIO_AVG_BYTES_PER_SECOND,
        ),
        ("MF_MT_AUDIO_BITS_PER_SAMPLE", MF_MT_AUDIO_BITS_PER_SAMPLE),
        ("MF_MT_AUDIO_BLOCK_ALIGNMENT", MF_MT_AUDIO_BLOCK_ALIGNMENT),
        ("MF_MT_AUDIO_CHANNEL_MASK", MF_MT_AUDIO_CHANNEL_MASK),
        (
            "MF_MT_AUDIO_FLOAT_SAMPLES_PER_SECOND",
            MF_MT_AUDIO_FLOAT_SAMPLES_PER_SECOND,
        ),
        ("MF_MT_AUDIO_NUM_CHANNELS", MF_MT_AUDIO_NUM_CHANNELS),
        (
            "MF_MT_AUDIO_PREFER_WAVEFORMATEX",
            MF_MT_AUDIO_PREFER_WAVEFORMATEX,
        ),
        (
            "MF_MT_AUDIO_SAMPLES_PER_BLOCK",
            MF_MT_AUDIO_SAMPLES_PER_BLOCK,
        ),
        (
            "MF_MT_AUDIO_SAMPLES_PER_SECOND",
            MF_MT_AUDIO_SAMPLES_PER_SECOND,
        ),
        (
            "MF_MT_AUDIO_VALID_BITS_PER_SAMPLE",
            MF_MT_AUDIO_VALID_BITS_PER_SAMPLE,
        ),
        ("MF_MT_AVG_BITRATE", MF_MT_AVG_BITRATE),
        ("MF_MT_AVG_BIT_ERROR_RATE", MF_MT_AVG_BIT_ERROR_RATE),
        ("MF_MT_COMPRESSED", MF_MT_COMPRESSED),
        ("MF_MT_DEFAULT_STRIDE", MF_MT_DEFAULT_STRIDE),
        ("MF_MT_DRM_FLAGS", MF_MT_DRM_FLAGS),
        ("MF_MT_FIXED_SIZE_SAMPLES", MF_MT_FIXED_SIZE_SAMPLES),
        ("MF_MT_FRAME_RATE", MF_MT_FRAME_RATE),
        ("MF_MT_FRAME_RATE_RANGE_MAX", MF_MT_FRAME_RATE_RANGE_MAX),
        ("MF_MT_FRAME_RATE_RANGE_MIN", MF_MT_FRAME_RATE_RANGE_MIN),
        ("MF_MT_FRAME_SIZE", MF_MT_FRAME_SIZE),
        ("MF_MT_GEOMETRIC_APERTURE", MF_MT_GEOMETRIC_APERTURE),
        ("MF_MT_H264_MAX_MB_PER_SEC", MF_MT_H264_MAX_MB_PER_SEC),
        ("MF_MT_INTERLACE_MODE", MF_MT_INTERLACE_MODE),
        ("MF_MT_MAJOR_TYPE", MF_MT_MAJOR_TYPE),
        ("MF_MT_MAX_KEYFRAME_SPACING", MF_MT_MAX_KEYFRAME_SPACING),
        (
            "MF_MT_MINIMUM_DISPLAY_APERTURE",
            MF_MT_MINIMUM_DISPLAY_APERTURE,
        ),
        ("MF_MT_MPEG2_FLAGS", MF_MT_MPEG2_FLAGS),
        ("MF_MT_MPEG2_LEVEL", MF_MT_MPEG2_LEVEL),
        ("MF_MT_MPEG2_PROFILE", MF_MT_MPEG2_PROFILE),
        ("MF_MT_MPEG_SEQUENCE_HEADER", MF_MT_MPEG_SEQUENCE_HEADER),
        ("MF_MT_MPEG_START_TIME_CODE", MF_MT_MPEG_START_TIME_CODE),
        ("MF_MT_ORIGINAL_4CC", MF_MT_ORIGINAL_4CC),
        (
            "MF_MT_ORIGINAL_WAVE_FORMAT_TAG",
            MF_MT_ORIGINAL_WAVE_FORMAT_TAG,
        ),
        ("MF_MT_PAD_CONTROL_FLAGS", MF_MT_PAD_CONTROL_FLAGS),
        ("MF_MT_PALETTE", MF_MT_PALETTE),
        ("MF_MT_PAN_SCAN_APERTURE", MF_MT_PAN_SCAN_APERTURE),
        ("MF_MT_PAN_SCAN_ENABLED", MF_MT_PAN_SCAN_ENABLED),
        ("MF_MT_PIXEL_ASPECT_RATIO", MF_MT_PIXEL_ASPECT_RATIO),
        ("MF_MT_SAMPLE_SIZE", MF_MT_SAMPLE_SIZE),
        ("MF_MT_SOURCE_CONTENT_HINT", MF_MT_SOURCE_CONTENT_HINT),
        ("MF_MT_SUBTYPE", MF_MT_SUBTYPE),
        ("MF_MT_TRANSFER_FUNCTION", MF_MT_TRANSFER_FUNCTION),
        ("MF_MT_USER_DATA", MF_MT_USER_DATA),
        ("MF_MT_VIDEO_CHROMA_SITING", MF_MT_VIDEO_CHROMA_SITING),
        ("MF_MT_VIDEO_LEVEL", MF_MT_VIDEO_LEVEL),
        ("MF_MT_VIDEO_LIGHTING", MF_MT_VIDEO_LIGHTING),
        ("MF_MT_VIDEO_NOMINAL_RANGE", MF_MT_VIDEO_NOMINAL_RANGE),
        ("MF_MT_VIDEO_PRIMARIES", MF_MT_VIDEO_PRIMARIES),
        ("MF_MT_VIDEO_PROFILE", MF_MT_VIDEO_PROFILE),
        ("MF_MT_VIDEO_ROTATION", MF_MT_VIDEO_ROTATION),
        ("MF_MT_WRAPPED_TYPE", MF_MT_WRAPPED_TYPE),
        ("MF_MT_YUV_MATRIX", MF_MT_YUV_MATRIX),
        ("IID_IMFActivate", IMFActivate::IID),
        ("IID_IMFAsyncCallback", IMFAsyncCallback::IID),
        ("IID_IMFAsyncResult", IMFAsyncResult::IID),
        ("IID_IMFAttributes", IMFAttributes::IID),
        ("IID_IMFByteStream", IMFByteStream::IID),
        ("IID_IMFClock", IMFClock::IID),
        ("IID_IMFClockStateSink", IMFClockStateSink::IID),
        ("IID_IMFCollection", IMFCollection::IID),
        ("IID_IMFFinalizableMediaSink", IMFFinalizableMediaSink::IID),
        ("IID_IMFGetService", IMFGetService::IID),
        ("IID_IMFMediaBuffer", IMFMediaBuffer::IID),
        ("IID_IMFMediaEvent", IMFMediaEvent::IID),
        ("IID_IMFMediaEventGenerator", IMFMediaEventGenerator::IID),
        ("IID_IMFMediaEventQueue", IMFMediaEventQueue::IID),
        ("IID_IMFMediaSession", IMFMediaSession::IID),
        ("IID_IMFMediaSink", IMFMediaSink::IID),
        ("IID_IMFMediaSource", IMFMediaSource::IID),
        ("IID_IMFMediaStream", IMFMediaStream::IID),
        ("IID_IMFMediaType", IMFMediaType::IID),
        ("IID_IMFMediaTypeHandler", IMFMediaTypeHandler::IID),
        ("IID_IMFPresentationClock", IMFPresentationClock::IID),
        (
            "IID_IMFPresentationDescriptor",
            IMFPresentationDescriptor::IID,
        ),
        (
            "IID_IMFPresentationTimeSource",
            IMFPresentationTimeSource::IID,
        ),
        ("IID_IMFRateControl", IMFRateControl::IID),
        ("IID_IMFRateSupport", IMFRateSupport::IID),
        ("IID_IMFSample", IMFSample::IID),
        (
            "IID_IMFSampleGrabberSinkCallback",
            IMFSampleGrabberSinkCallback::IID,
        ),
        ("IID_IMFShutdown", IMFShutdown::IID),
        ("IID_IMFSourceResolver", IMFSourceResolver::IID),
        ("IID_IMFStreamDescriptor", IMFStreamDescriptor::IID),
        ("IID_IMFStreamSink", IMFStreamSink::IID),
        ("IID_IMFTimer", IMFTimer::IID),
        ("IID_IMFTopology", IMFTopology::IID),
        ("IID_IMFTopologyNode", IMFTopologyNode::IID),
        ("IID_IMFTransform", IMFTransform::IID),
    ];
    let mut checks = String::new();
    for (name, g) in guids {
        let bytes: Vec<String> = g.data4.iter().map(|b| format!("0x{b:02x}")).collect();
        checks.push_str(&format!(
            "    {{ static const GUID want = {{0x{:08x}, 0x{:04x}, 0x{:04x}, {{{}}}}}; \
             if (memcmp(&{name}, &want, sizeof want)) {{ puts(\"{name}\"); bad = 1; }} }}\n",
            g.data1,
            g.data2,
            g.data3,
            bytes.join(", ")
        ));
    }
    let program = format!(
        "#include <mfidl.h>\n#include <mfapi.h>\n#include <stdio.h>\nint main(void) {{\n    int bad = 0;\n{checks}    return bad;\n}}\n"
    );
    run_program("guids.c", &program).unwrap();
    run_program("guids.cpp", &program).unwrap();
}

/// COBJMACROS: every macro the headers define, called with its interface
/// and arguments in a function never run, compiles in C.
#[test]
fn cobjmacros_compile_for_every_interface() {
    let mut calls = String::new();
    for header in ["unknwn.h", "mfobjects.h", "mftransform.h", "mfidl.h"] {
        let text = std::fs::read_to_string(include_dir().join(header)).unwrap();
        for line in text
            .lines()
            .filter(|l| l.starts_with("#define ") && l.contains("->lpVtbl->"))
        {
            let head = &line["#define ".len()..line.find(')').unwrap()];
            let (name, params) = head.split_once('(').unwrap();
            let iface = name.split('_').next().unwrap();
            let mut args = vec![format!("({iface} *)p")];
            args.extend(params.split(',').skip(1).map(|_| "0".to_string()));
            calls.push_str(&format!("    {name}({});\n", args.join(", ")));
        }
    }
    assert!(calls.contains("    IMFMediaSession_GetEvent((IMFMediaSession *)p, 0, 0);"));
    assert!(calls.contains("    IMFMediaSession_QueryInterface((IMFMediaSession *)p, 0, 0);"));
    assert!(calls.contains("    IMFTopologyNode_SetUINT32((IMFTopologyNode *)p, 0, 0);"));
    let program = format!(
        "#define COBJMACROS\n#include <mfidl.h>\n#include <mfapi.h>\n\
         void never_called(void *p);\nvoid never_called(void *p) {{\n{calls}}}\nint main(void) {{ return 0; }}\n"
    );
    run_program("cobjmacros.c", &program).unwrap();
}

/// C++: __uuidof of every interface (as a type, through a pointer and
/// through IID_PPV_ARGS) is its IID; OFFSETOFCLASS and QITABENT give the
/// offsets of a class's interfaces; the inline size helpers pack.
#[test]
fn cpp_uuidof_and_iid_ppv_args() {
    let mut uuids = String::new();
    for i in [
        "IMFActivate",
        "IMFAsyncCallback",
        "IMFAsyncResult",
        "IMFAttributes",
        "IMFByteStream",
        "IMFClock",
        "IMFClockStateSink",
        "IMFCollection",
        "IMFFinalizableMediaSink",
        "IMFGetService",
        "IMFMediaBuffer",
        "IMFMediaEvent",
        "IMFMediaEventGenerator",
        "IMFMediaEventQueue",
        "IMFMediaSession",
        "IMFMediaSink",
        "IMFMediaSource",
        "IMFMediaStream",
        "IMFMediaType",
        "IMFMediaTypeHandler",
        "IMFPresentationClock",
        "IMFPresentationDescriptor",
        "IMFPresentationTimeSource",
        "IMFRateControl",
        "IMFRateSupport",
        "IMFSample",
        "IMFSampleGrabberSinkCallback",
        "IMFShutdown",
        "IMFSourceResolver",
        "IMFStreamDescriptor",
        "IMFStreamSink",
        "IMFTimer",
        "IMFTopology",
        "IMFTopologyNode",
        "IMFTransform",
    ] {
        uuids.push_str(&format!(
            "    if (!(__uuidof({i}) == IID_{i})) {{ puts(\"{i}\"); return 1; }}\n"
        ));
    }
    let program = format!(
        r#"#include <mfidl.h>
#include <mfapi.h>
#include <shlwapi.h>
#include <stdio.h>
static const IID *seen;
static HRESULT fake_create(REFIID riid, void **ppv) {{ seen = &riid; *ppv = nullptr; return S_OK; }}
struct Both : public IMFAsyncCallback, public IMFClockStateSink {{ }};
int main() {{
    IMFMediaSession *pSession = nullptr;
    if (!(__uuidof(pSession) == IID_IMFMediaSession)) return 2;
    fake_create(IID_PPV_ARGS(&pSession));
    if (!(*seen == IID_IMFMediaSession)) return 3;
    UINT32 w = 0, h = 0;
    UnpackSize(PackSize(640, 480), &w, &h);
    if (PackSize(640, 480) != ((UINT64)640 << 32 | 480) || w != 640 || h != 480) return 4;
    static const QITAB qit[] = {{ QITABENT(Both, IMFAsyncCallback), QITABENT(Both, IMFClockStateSink), {{ 0, 0 }} }};
    if (qit[1].dwOffset != sizeof(void *) || !(*qit[0].piid == IID_IMFAsyncCallback)) return 5;
{uuids}    return 0;
}}
"#
    );
    run_program("uuidof.cpp", &program).unwrap();
}

/// C++ calls that need the library only to link: the SDK's default for
/// MFStartup's flags and the inline attribute helpers, compiled.
#[test]
fn cpp_mfstartup_default_and_attribute_helpers_compile() {
    let program = r#"#include <mfidl.h>
#include <mfapi.h>
#include <propvarutil.h>
void never_called(IMFAttributes *a);
void never_called(IMFAttributes *a) {
    UINT32 w, h, n, d;
    MFStartup(MF_VERSION);
    MFSetAttributeSize(a, MF_MT_FRAME_SIZE, 640, 480);
    MFGetAttributeSize(a, MF_MT_FRAME_SIZE, &w, &h);
    MFSetAttributeRatio(a, MF_MT_FRAME_RATE, 30000, 1001);
    MFGetAttributeRatio(a, MF_MT_PIXEL_ASPECT_RATIO, &n, &d);
    (void)MFGetAttributeUINT32(a, MF_MT_AVG_BITRATE, 0);
    (void)MFGetAttributeUINT64(a, MF_MT_FRAME_SIZE, 0);
    (void)MFGetAttributeDouble(a, MF_MT_FRAME_RATE, 0.0);
    PROPVARIANT v;
    InitPropVariantFromUInt32(7, &v);
    ULONG u;
    PropVariantToUInt32(v, &u);
}
int main() { return 0; }
"#;
    let dir = std::env::temp_dir().join(format!("mf-header-{}-helpers", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("helpers.cpp");
    std::fs::write(&src, program).unwrap();
    let out = Command::new("c++")
        .args([
            "-fshort-wchar",
            "-std=c++17",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-fsyntax-only",
            "-I",
        ])
        .arg(include_dir())
        .arg(&src)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
