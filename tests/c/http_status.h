/* The status code of a request's response, as Windows code asks for it
 * (WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER); 0 when there is
 * none. Shared by the WinHTTP C tests. */
#ifndef HTTP_STATUS_H
#define HTTP_STATUS_H

#include <winhttp.h>

static inline DWORD status_of(HINTERNET req) {
    DWORD status = 0, len = sizeof status;
    if (!WinHttpQueryHeaders(req, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER, WINHTTP_HEADER_NAME_BY_INDEX,
                             &status, &len, WINHTTP_NO_HEADER_INDEX))
        return 0;
    return status;
}
#endif
