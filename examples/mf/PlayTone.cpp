// PlayTone: generate a one-second 440 Hz tone as a WAVE file, play it
// through the Media Session into a second WAVE file, and check that every
// sample arrived, written as Windows Media Foundation C++ code is: a COM
// callback class with QISearch and an interlocked reference count, the
// session's events waited for on a Win32 event with a timeout.
// Usage: PlayTone [DIRECTORY]   (the temporary directory by default)
#include <Windows.h>
#include <Shlwapi.h>
#include <mfapi.h>
#include <mfidl.h>
#include <mferror.h>
#include <strsafe.h>
#include <math.h>
#include "..\Common\Report.h"

#pragma comment(lib, "mfplat.lib")
#pragma comment(lib, "mf.lib")
#pragma comment(lib, "mfuuid.lib")
#pragma comment(lib, "shlwapi.lib")

#define CHECK_HR(expr)                                                  \
    do                                                                  \
    {                                                                   \
        hr = (expr);                                                    \
        if (FAILED(hr))                                                 \
        {                                                               \
            fwprintf(stderr, L"%S failed: 0x%08lx\n", #expr, hr);       \
            goto done;                                                  \
        }                                                               \
    } while (0)

template <class T> void SafeRelease(_Inout_ T **ppT)
{
    if (*ppT)
    {
        (*ppT)->Release();
        *ppT = NULL;
    }
}

static const UINT32 kRate = 44100, kChannels = 2, kBits = 16;

// Receives the session's events; signals hClosed at MESessionClosed.
class SessionCallback : public IMFAsyncCallback
{
public:
    SessionCallback(_In_ IMFMediaSession *pSession)
        : m_cRef(1), m_pSession(pSession), m_hClosed(CreateEventW(NULL, TRUE, FALSE, NULL)), m_hrStatus(S_OK),
          m_fEnded(FALSE)
    {
        m_pSession->AddRef();
    }
    virtual ~SessionCallback()
    {
        SafeRelease(&m_pSession);
        CloseHandle(m_hClosed);
    }

    STDMETHODIMP QueryInterface(REFIID riid, _COM_Outptr_ void **ppv) override
    {
        static const QITAB qit[] = {
            QITABENT(SessionCallback, IMFAsyncCallback),
            {0},
        };
        return QISearch(this, qit, riid, ppv);
    }
    STDMETHODIMP_(ULONG) AddRef() override { return InterlockedIncrement(&m_cRef); }
    STDMETHODIMP_(ULONG) Release() override
    {
        long cRef = InterlockedDecrement(&m_cRef);
        if (cRef == 0)
        {
            delete this;
        }
        return cRef;
    }
    STDMETHODIMP GetParameters(_Out_ DWORD *, _Out_ DWORD *) override { return E_NOTIMPL; }

    STDMETHODIMP Invoke(_In_ IMFAsyncResult *pResult) override
    {
        IMFMediaEvent *pEvent = NULL;
        MediaEventType type = MEUnknown;
        HRESULT hrStatus = S_OK;
        HRESULT hr = m_pSession->EndGetEvent(pResult, &pEvent);
        if (SUCCEEDED(hr))
        {
            pEvent->GetType(&type);
            pEvent->GetStatus(&hrStatus);
            SafeRelease(&pEvent);
        }
        if (FAILED(hr) || FAILED(hrStatus))
        {
            m_hrStatus = FAILED(hr) ? hr : hrStatus;
        }
        switch (type)
        {
        case MESessionStarted:
            ReportStep(L"MESessionStarted");
            break;
        case MESessionEnded:
            ReportStep(L"MESessionEnded: closing");
            m_fEnded = TRUE;
            m_pSession->Close();
            break;
        case MESessionClosed:
            ReportStep(L"MESessionClosed");
            SetEvent(m_hClosed);
            return S_OK;
        default:
            break;
        }
        if (FAILED(hr) || FAILED(m_pSession->BeginGetEvent(this, NULL)))
        {
            SetEvent(m_hClosed);
        }
        return S_OK;
    }

    HANDLE ClosedEvent() const { return m_hClosed; }
    HRESULT Status() const { return m_hrStatus; }
    BOOL Ended() const { return m_fEnded; }

private:
    long m_cRef;
    IMFMediaSession *m_pSession;
    HANDLE m_hClosed;
    HRESULT m_hrStatus;
    BOOL m_fEnded;
};

// Write a 16-bit stereo WAVE file holding one second of a 440 Hz tone.
static BOOL WriteTone(_In_z_ LPCWSTR pszPath, _Out_writes_(cSamples) SHORT *pSamples, _In_ DWORD cSamples)
{
    for (DWORD i = 0; i < cSamples; i += kChannels)
    {
        SHORT value = (SHORT)(12000.0 * sin(2.0 * 3.14159265358979 * 440.0 * (i / kChannels) / kRate));
        pSamples[i] = value;
        pSamples[i + 1] = value;
    }
    const DWORD dataBytes = cSamples * sizeof(SHORT);
#pragma pack(push, 1)
    struct
    {
        char riff[4];
        DWORD riffSize;
        char wave[4];
        char fmt[4];
        DWORD fmtSize;
        WORD formatTag, channels;
        DWORD samplesPerSec, avgBytesPerSec;
        WORD blockAlign, bitsPerSample;
        char data[4];
        DWORD dataSize;
    } header = {{'R', 'I', 'F', 'F'}, 36 + dataBytes, {'W', 'A', 'V', 'E'}, {'f', 'm', 't', ' '}, 16, 1,
                (WORD)kChannels, kRate, kRate * kChannels * kBits / 8, (WORD)(kChannels * kBits / 8),
                (WORD)kBits, {'d', 'a', 't', 'a'}, dataBytes};
#pragma pack(pop)
    HANDLE hFile = CreateFileW(pszPath, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    if (hFile == INVALID_HANDLE_VALUE)
    {
        ReportError(L"CreateFileW", GetLastError());
        return FALSE;
    }
    DWORD written = 0, written2 = 0;
    BOOL ok = WriteFile(hFile, &header, sizeof(header), &written, NULL) &&
              WriteFile(hFile, pSamples, dataBytes, &written2, NULL) && written2 == dataBytes;
    CloseHandle(hFile);
    return ok;
}

// The PCM after the 44-byte header of a WAVE file the sink wrote.
static DWORD ReadPcm(_In_z_ LPCWSTR pszPath, _Out_writes_bytes_(cbMax) BYTE *pData, _In_ DWORD cbMax)
{
    HANDLE hFile = CreateFileW(pszPath, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    if (hFile == INVALID_HANDLE_VALUE)
    {
        return 0;
    }
    LARGE_INTEGER offset;
    offset.QuadPart = 44;
    DWORD read = 0;
    SetFilePointerEx(hFile, offset, NULL, FILE_BEGIN);
    ReadFile(hFile, pData, cbMax, &read, NULL);
    CloseHandle(hFile);
    return read;
}

int WINAPI wWinMain(_In_ HINSTANCE hInstance, _In_opt_ HINSTANCE hPrevInstance, _In_ LPWSTR lpCmdLine,
                    _In_ int nCmdShow)
{
    UNREFERENCED_PARAMETER(hInstance);
    UNREFERENCED_PARAMETER(hPrevInstance);
    UNREFERENCED_PARAMETER(nCmdShow);
    WCHAR szDir[MAX_PATH], szTone[MAX_PATH], szPlayed[MAX_PATH];
    if (lpCmdLine[0] != L'\0')
    {
        StringCchCopyW(szDir, ARRAYSIZE(szDir), lpCmdLine);
        StringCchCatW(szDir, ARRAYSIZE(szDir), L"\\");
    }
    else
    {
        GetTempPathW(ARRAYSIZE(szDir), szDir);
    }
    StringCchPrintfW(szTone, ARRAYSIZE(szTone), L"%stone.wav", szDir);
    StringCchPrintfW(szPlayed, ARRAYSIZE(szPlayed), L"%splayed.wav", szDir);

    const DWORD cSamples = kRate * kChannels;
    SHORT *pTone = (SHORT *)HeapAlloc(GetProcessHeap(), 0, cSamples * sizeof(SHORT));
    BYTE *pPlayed = (BYTE *)HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, cSamples * sizeof(SHORT) + 1);
    if (pTone == NULL || pPlayed == NULL || !WriteTone(szTone, pTone, cSamples))
    {
        return 1;
    }
    ReportStep(L"tone written");

    HRESULT hr = S_OK;
    IMFSourceResolver *pResolver = NULL;
    IUnknown *pObject = NULL;
    IMFMediaSource *pSource = NULL;
    IMFPresentationDescriptor *pPD = NULL;
    IMFStreamDescriptor *pSD = NULL;
    IMFMediaTypeHandler *pHandler = NULL;
    IMFMediaType *pType = NULL, *pPcm = NULL;
    IMFByteStream *pOutFile = NULL;
    IMFMediaSink *pSink = NULL;
    IMFStreamSink *pStreamSink = NULL;
    IMFTopology *pTopology = NULL;
    IMFTopologyNode *pSourceNode = NULL, *pOutputNode = NULL;
    IMFMediaSession *pSession = NULL;
    SessionCallback *pCallback = NULL;
    MF_OBJECT_TYPE objectType = MF_OBJECT_INVALID;
    BOOL fSelected = FALSE;
    DWORD cbPlayed = 0;
    PROPVARIANT varStart;

    CHECK_HR(CoInitializeEx(NULL, COINIT_APARTMENTTHREADED | COINIT_DISABLE_OLE1DDE));
    CHECK_HR(MFStartup(MF_VERSION));
    CHECK_HR(MFCreateSourceResolver(&pResolver));
    CHECK_HR(pResolver->CreateObjectFromURL(szTone, MF_RESOLUTION_MEDIASOURCE, NULL, &objectType, &pObject));
    CHECK_HR(pObject->QueryInterface(IID_PPV_ARGS(&pSource)));
    CHECK_HR(pSource->CreatePresentationDescriptor(&pPD));
    CHECK_HR(pPD->GetStreamDescriptorByIndex(0, &fSelected, &pSD));
    CHECK_HR(pSD->GetMediaTypeHandler(&pHandler));
    CHECK_HR(pHandler->GetCurrentMediaType(&pType));
    wprintf(L"source: %u Hz, %u channels, %u bits\n", MFGetAttributeUINT32(pType, MF_MT_AUDIO_SAMPLES_PER_SECOND, 0),
            MFGetAttributeUINT32(pType, MF_MT_AUDIO_NUM_CHANNELS, 0),
            MFGetAttributeUINT32(pType, MF_MT_AUDIO_BITS_PER_SAMPLE, 0));

    CHECK_HR(MFCreateMediaType(&pPcm));
    CHECK_HR(pType->CopyAllItems(pPcm));
    CHECK_HR(MFCreateFile(MF_ACCESSMODE_WRITE, MF_OPENMODE_DELETE_IF_EXIST, MF_FILEFLAGS_NONE, szPlayed, &pOutFile));
    CHECK_HR(MFCreateWAVEMediaSink(pOutFile, pPcm, &pSink));
    CHECK_HR(pSink->GetStreamSinkByIndex(0, &pStreamSink));

    CHECK_HR(MFCreateTopology(&pTopology));
    CHECK_HR(MFCreateTopologyNode(MF_TOPOLOGY_SOURCESTREAM_NODE, &pSourceNode));
    CHECK_HR(pSourceNode->SetUnknown(MF_TOPONODE_SOURCE, pSource));
    CHECK_HR(pSourceNode->SetUnknown(MF_TOPONODE_PRESENTATION_DESCRIPTOR, pPD));
    CHECK_HR(pSourceNode->SetUnknown(MF_TOPONODE_STREAM_DESCRIPTOR, pSD));
    CHECK_HR(MFCreateTopologyNode(MF_TOPOLOGY_OUTPUT_NODE, &pOutputNode));
    CHECK_HR(pOutputNode->SetObject(pStreamSink));
    CHECK_HR(pOutputNode->SetUINT32(MF_TOPONODE_NOSHUTDOWN_ON_REMOVE, FALSE));
    CHECK_HR(pTopology->AddNode(pSourceNode));
    CHECK_HR(pTopology->AddNode(pOutputNode));
    CHECK_HR(pSourceNode->ConnectOutput(0, pOutputNode, 0));

    CHECK_HR(MFCreateMediaSession(NULL, &pSession));
    pCallback = new SessionCallback(pSession);
    CHECK_HR(pSession->BeginGetEvent(pCallback, NULL));
    CHECK_HR(pSession->SetTopology(0, pTopology));
    PropVariantInit(&varStart);
    CHECK_HR(pSession->Start(&GUID_NULL, &varStart));
    if (WaitForSingleObject(pCallback->ClosedEvent(), 30000) != WAIT_OBJECT_0)
    {
        fwprintf(stderr, L"FAIL: the session did not close within 30 s\n");
        hr = E_FAIL;
        goto done;
    }
    CHECK_HR(pCallback->Status());
    CHECK_HR(pSource->Shutdown());
    CHECK_HR(pSession->Shutdown());

    cbPlayed = ReadPcm(szPlayed, pPlayed, cSamples * sizeof(SHORT) + 1);
    wprintf(L"played %lu bytes into %s; %s\n", cbPlayed, szPlayed,
            cbPlayed == cSamples * sizeof(SHORT) && memcmp(pPlayed, pTone, cbPlayed) == 0 ? L"identical to the tone"
                                                                                       : L"DIFFERENT from the tone");
    if (!pCallback->Ended() || cbPlayed != cSamples * sizeof(SHORT) || memcmp(pPlayed, pTone, cbPlayed) != 0)
    {
        hr = E_FAIL;
    }

done:
    SafeRelease(&pCallback);
    SafeRelease(&pSession);
    SafeRelease(&pOutputNode);
    SafeRelease(&pSourceNode);
    SafeRelease(&pTopology);
    SafeRelease(&pStreamSink);
    SafeRelease(&pSink);
    SafeRelease(&pOutFile);
    SafeRelease(&pPcm);
    SafeRelease(&pType);
    SafeRelease(&pHandler);
    SafeRelease(&pSD);
    SafeRelease(&pPD);
    SafeRelease(&pSource);
    SafeRelease(&pObject);
    SafeRelease(&pResolver);
    MFShutdown();
    CoUninitialize();
    HeapFree(GetProcessHeap(), 0, pTone);
    HeapFree(GetProcessHeap(), 0, pPlayed);
    return SUCCEEDED(hr) ? 0 : 1;
}
