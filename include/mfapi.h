/* mfplat: startup, attributes, events, asynchronous results and work queues. */
#ifndef WINSESSION_MFAPI_H
#define WINSESSION_MFAPI_H

#include "mfobjects.h"

#ifdef __cplusplus
extern "C" {
#endif

#define MF_SDK_VERSION 0x0002
#define MF_API_VERSION 0x0070
#define MF_VERSION (MF_SDK_VERSION << 16 | MF_API_VERSION)
#define MFSTARTUP_NOSOCKET 0x1
#define MFSTARTUP_LITE MFSTARTUP_NOSOCKET
#define MFSTARTUP_FULL 0
#define MFASYNC_CALLBACK_QUEUE_STANDARD 0x00000001
#define MFASYNC_CALLBACK_QUEUE_TIMER 0x00000004
#define MFASYNC_CALLBACK_QUEUE_MULTITHREADED 0x00000005
#define MFASYNC_CALLBACK_QUEUE_LONG_FUNCTION 0x00000007

STDAPI MFStartup(ULONG Version, DWORD dwFlags);
STDAPI MFShutdown(void);
STDAPI MFCreateAttributes(IMFAttributes **ppMFAttributes, UINT32 cInitialSize);
STDAPI MFCreateMediaEvent(MediaEventType met, REFGUID guidExtendedType, HRESULT hrStatus,
                          const PROPVARIANT *pvValue, IMFMediaEvent **ppEvent);
STDAPI MFCreateEventQueue(IMFMediaEventQueue **ppMediaEventQueue);
STDAPI MFCreateAsyncResult(IUnknown *punkObject, IMFAsyncCallback *pCallback, IUnknown *punkState,
                           IMFAsyncResult **ppAsyncResult);
STDAPI MFPutWorkItem(DWORD dwQueue, IMFAsyncCallback *pCallback, IUnknown *pState);

#ifdef __cplusplus
}
#endif

#endif
