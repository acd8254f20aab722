/* objidl.h for winsession: the COM object model's base interfaces
 * (IUnknown, IClassFactory in unknwn.h). Storage and marshalling
 * interfaces (IStream, IStorage, IMarshal ...) are declared by name only:
 * winsession implements none of them. */
#ifndef WINSESSION_OBJIDL_H
#define WINSESSION_OBJIDL_H

#include "unknwn.h"

typedef struct IStream IStream;
typedef struct IStorage IStorage;
typedef struct ISequentialStream ISequentialStream;
typedef struct IMalloc IMalloc;
typedef struct IEnumUnknown IEnumUnknown;
typedef IStream *LPSTREAM;
typedef IStorage *LPSTORAGE;
typedef IMalloc *LPMALLOC;

#endif
