/* oleauto.h for winsession: oleaut32's BSTR allocator. */
#ifndef WINSESSION_OLEAUTO_H
#define WINSESSION_OLEAUTO_H

#include "wtypes.h"
#include "combaseapi.h"

#ifdef __cplusplus
extern "C" {
#endif

STDAPI_(BSTR) SysAllocString(const OLECHAR *psz);
STDAPI_(BSTR) SysAllocStringLen(const OLECHAR *strIn, UINT ui);
STDAPI_(void) SysFreeString(BSTR bstrString);
STDAPI_(UINT) SysStringLen(BSTR pbstr);
STDAPI_(UINT) SysStringByteLen(BSTR bstr);

#ifdef __cplusplus
}
#endif

#endif
