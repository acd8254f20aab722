/* objbase.h for winsession: COM's base (combaseapi.h), the COINIT values
 * and CoInitialize. */
#ifndef WINSESSION_OBJBASE_H
#define WINSESSION_OBJBASE_H

#include "combaseapi.h"
#include "objidl.h"
#include "propidl.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum tagCOINIT {
    COINIT_APARTMENTTHREADED = 0x2,
    COINIT_MULTITHREADED = COINITBASE_MULTITHREADED,
    COINIT_DISABLE_OLE1DDE = 0x4,
    COINIT_SPEED_OVER_MEMORY = 0x8
} COINIT;

STDAPI CoInitialize(LPVOID pvReserved);

#ifdef __cplusplus
}
#endif

#endif
