/* wdstci.h: the WDS multicast transport client API (Wdstptc.dll),
 * for Linux. Link with -lwdstptc. Names, types, layouts and values follow
 * the Windows SDK; tests/header_matches_metadata.rs checks them against
 * windows-sys, generated from Microsoft's metadata. */
#ifndef WINSESSION_WDSTCI_H
#define WINSESSION_WDSTCI_H

#include <windows.h>
#include <winerror.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WDSTCIAPI WINAPI

#define WDS_TRANSPORTCLIENT_CURRENT_API_VERSION 1
#define WDS_TRANSPORTCLIENT_PROTOCOL_MULTICAST 0x00000001

/* Authentication levels. */
#define WDS_TRANSPORTCLIENT_AUTH 0x1
#define WDS_TRANSPORTCLIENT_NO_AUTH 0x2

#define WDS_TRANSPORTCLIENT_NO_CACHE 0

/* Download status. */
#define WDS_TRANSPORTCLIENT_STATUS_IN_PROGRESS 0x0001
#define WDS_TRANSPORTCLIENT_STATUS_SUCCESS 0x0002
#define WDS_TRANSPORTCLIENT_STATUS_FAILURE 0x0003

/* The client's own errors (facility WDSMCCLIENT), and the server's that a
 * session can complete with. */
#define WDSTPC_E_CALLBACKS_NOT_REG ((HRESULT)0xC1220300L)
#define WDSTPC_E_ALREADY_COMPLETED ((HRESULT)0xC1220301L)
#define WDSTPC_E_ALREADY_IN_PROGRESS ((HRESULT)0xC1220302L)
#define WDSTPC_E_UNKNOWN_ERROR ((HRESULT)0xC1220303L)
#define WDSTPC_E_NOT_INITIALIZED ((HRESULT)0xC1220304L)
#define WDSTPC_E_KICKED_POLICY_NOT_MET ((HRESULT)0xC1220305L)
#define WDSTPC_E_KICKED_FALLBACK ((HRESULT)0xC1220306L)
#define WDSTPC_E_KICKED_FAIL ((HRESULT)0xC1220307L)
#define WDSTPC_E_KICKED_UNKNOWN ((HRESULT)0xC1220308L)
#define WDSTPC_E_MULTISTREAM_NOT_ENABLED ((HRESULT)0xC1220309L)
#define WDSTPC_E_ALREADY_IN_LOWEST_SESSION ((HRESULT)0xC122030AL)
#define WDSTPC_E_CLIENT_DEMOTE_NOT_SUPPORTED ((HRESULT)0xC122030BL)
#define WDSTPC_E_NO_IP4_INTERFACE ((HRESULT)0xC122030CL)
#define WDSMCS_E_CONTENT_NOT_FOUND ((HRESULT)0xC1210103L)
#define WDSMCS_E_NAMESPACE_NOT_FOUND ((HRESULT)0xC1210105L)

typedef enum _TRANSPORTCLIENT_CALLBACK_ID {
    WDS_TRANSPORTCLIENT_SESSION_START = 0,
    WDS_TRANSPORTCLIENT_RECEIVE_CONTENTS = 1,
    WDS_TRANSPORTCLIENT_SESSION_COMPLETE = 2,
    WDS_TRANSPORTCLIENT_RECEIVE_METADATA = 3,
    WDS_TRANSPORTCLIENT_SESSION_STARTEX = 4,
    WDS_TRANSPORTCLIENT_SESSION_NEGOTIATE = 5,
    WDS_TRANSPORTCLIENT_MAX_CALLBACKS = 6
} TRANSPORTCLIENT_CALLBACK_ID, *PTRANSPORTCLIENT_CALLBACK_ID;

typedef struct _TRANSPORTCLIENT_SESSION_INFO {
    ULONG ulStructureLength;
    ULARGE_INTEGER ullFileSize;
    ULONG ulBlockSize;
} TRANSPORTCLIENT_SESSION_INFO, *PTRANSPORTCLIENT_SESSION_INFO;

typedef struct _WDS_TRANSPORTCLIENT_REQUEST {
    ULONG ulLength;
    ULONG ulApiVersion;
    ULONG ulAuthLevel;
    LPCWSTR pwszServer;
    LPCWSTR pwszNamespace;
    LPCWSTR pwszObjectName;
    ULONG ulCacheSize;
    ULONG ulProtocol;
    PVOID pvProtocolData;
    ULONG ulProtocolDataLength;
} WDS_TRANSPORTCLIENT_REQUEST, *PWDS_TRANSPORTCLIENT_REQUEST;

typedef VOID(CALLBACK *PFN_WdsTransportClientSessionStart)(HANDLE hSessionKey, PVOID pCallerData,
                                                           PULARGE_INTEGER ullFileSize);
typedef VOID(CALLBACK *PFN_WdsTransportClientSessionStartEx)(HANDLE hSessionKey, PVOID pCallerData,
                                                             PTRANSPORTCLIENT_SESSION_INFO Info);
typedef VOID(CALLBACK *PFN_WdsTransportClientReceiveMetadata)(HANDLE hSessionKey, PVOID pCallerData,
                                                              PVOID pMetadata, ULONG ulSize);
typedef VOID(CALLBACK *PFN_WdsTransportClientReceiveContents)(HANDLE hSessionKey, PVOID pCallerData,
                                                              PVOID pContents, ULONG ulSize,
                                                              PULARGE_INTEGER pullContentOffset);
typedef VOID(CALLBACK *PFN_WdsTransportClientSessionComplete)(HANDLE hSessionKey, PVOID pCallerData,
                                                              DWORD dwError);
typedef VOID(CALLBACK *PFN_WdsTransportClientSessionNegotiate)(HANDLE hSessionKey, PVOID pCallerData,
                                                               PTRANSPORTCLIENT_SESSION_INFO pInfo,
                                                               HANDLE hNegotiateKey);

typedef struct _WDS_TRANSPORTCLIENT_CALLBACKS {
    PFN_WdsTransportClientSessionStart SessionStart;
    PFN_WdsTransportClientSessionStartEx SessionStartEx;
    PFN_WdsTransportClientReceiveContents ReceiveContents;
    PFN_WdsTransportClientReceiveMetadata ReceiveMetadata;
    PFN_WdsTransportClientSessionComplete SessionComplete;
    PFN_WdsTransportClientSessionNegotiate SessionNegotiate;
} WDS_TRANSPORTCLIENT_CALLBACKS, *PWDS_TRANSPORTCLIENT_CALLBACKS;

DWORD WDSTCIAPI WdsTransportClientInitialize(VOID);
DWORD WDSTCIAPI WdsTransportClientInitializeSession(PWDS_TRANSPORTCLIENT_REQUEST pSessionRequest,
                                                    PVOID pCallerData, PHANDLE hSessionKey);
DWORD WDSTCIAPI WdsTransportClientRegisterCallback(HANDLE hSessionKey, TRANSPORTCLIENT_CALLBACK_ID CallbackId,
                                                   PVOID pfnCallback);
DWORD WDSTCIAPI WdsTransportClientStartSession(HANDLE hSessionKey);
DWORD WDSTCIAPI WdsTransportClientCompleteReceive(HANDLE hSessionKey, ULONG ulSize, PULARGE_INTEGER pullOffset);
DWORD WDSTCIAPI WdsTransportClientCancelSession(HANDLE hSessionKey);
DWORD WDSTCIAPI WdsTransportClientCancelSessionEx(HANDLE hSessionKey, DWORD dwErrorCode);
DWORD WDSTCIAPI WdsTransportClientWaitForCompletion(HANDLE hSessionKey, ULONG uTimeout);
DWORD WDSTCIAPI WdsTransportClientQueryStatus(HANDLE hSessionKey, PULONG puStatus, PULONG puErrorCode);
DWORD WDSTCIAPI WdsTransportClientCloseSession(HANDLE hSessionKey);
DWORD WDSTCIAPI WdsTransportClientAddRefBuffer(PVOID pvBuffer);
DWORD WDSTCIAPI WdsTransportClientReleaseBuffer(PVOID pvBuffer);
DWORD WDSTCIAPI WdsTransportClientShutdown(VOID);

#ifdef __cplusplus
}
#endif

#endif
