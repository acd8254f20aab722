/* initguid.h: on Windows, makes DEFINE_GUID define its GUIDs in this
 * translation unit. winsession's DEFINE_GUID always defines them (weak,
 * merged at link; see guiddef.h), so this only sets INITGUID. */
#ifndef INITGUID
#define INITGUID
#endif
#include "guiddef.h"
