/* ole2.h for winsession: COM (objbase.h), oleaut32 (oleauto.h) and
 * OleInitialize. */
#ifndef WINSESSION_OLE2_H
#define WINSESSION_OLE2_H

#include "objbase.h"
#include "oleauto.h"

#ifdef __cplusplus
extern "C" {
#endif

WINOLEAPI OleInitialize(LPVOID pvReserved);
WINOLEAPI_(void) OleUninitialize(void);

#ifdef __cplusplus
}
#endif

#endif
