/*
 * guiddef.h for winsession: GUID, IID and CLSID, the REFGUID family
 * (pointers in C, references in C++, as the SDK's), DEFINE_GUID,
 * IsEqualGUID, and __uuidof for g++ and clang.
 *
 * DEFINE_GUID always defines its GUID, as a weak ("selectany") constant: the
 * copies in every translation unit merge at link time, so a program needs
 * no uuid library and no translation unit with INITGUID. INITGUID and
 * <initguid.h> are accepted and change nothing.
 *
 * __uuidof(T) works for the interfaces these headers declare, for a type, an
 * expression of that type, or a pointer, reference or array of it (as
 * MSVC's). g++ has no __declspec(uuid("...")): a program's own class gets a
 * uuid with __CRT_UUID_DECL(Class, 0x12345678, 0x1234, 0x1234, 0x12, ...,
 * 0x12) after its declaration, as with mingw-w64.
 */
#ifndef GUID_DEFINED
#define GUID_DEFINED
#ifndef WINSESSION_GUIDDEF_H
#define WINSESSION_GUIDDEF_H

#include <string.h>

typedef struct _GUID {
    unsigned int Data1;
    unsigned short Data2;
    unsigned short Data3;
    unsigned char Data4[8];
} GUID;

typedef GUID IID, CLSID, FMTID;
typedef GUID *LPGUID, *LPIID, *LPCLSID, *LPFMTID;
typedef const GUID *LPCGUID;

#ifdef __cplusplus
#define REFGUID const GUID &
#define REFIID const IID &
#define REFCLSID const CLSID &
#define REFFMTID const FMTID &
#else
#define REFGUID const GUID *
#define REFIID const IID *
#define REFCLSID const CLSID *
#define REFFMTID const FMTID *
#endif

#ifndef EXTERN_C
#ifdef __cplusplus
#define EXTERN_C extern "C"
#else
#define EXTERN_C extern
#endif
#endif

#ifdef __cplusplus
#define WINSESSION_GUID_LINKAGE extern "C"
#else
#define WINSESSION_GUID_LINKAGE
#endif

#undef DEFINE_GUID
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    WINSESSION_GUID_LINKAGE const GUID name __attribute__((weak)) = {l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}}
#ifndef EXTERN_GUID
#define EXTERN_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)
#endif
#define DEFINE_OLEGUID(name, l, w1, w2) DEFINE_GUID(name, l, w1, w2, 0xC0, 0, 0, 0, 0, 0, 0, 0x46)

#ifdef __cplusplus
inline int IsEqualGUID(REFGUID a, REFGUID b) { return memcmp(&a, &b, sizeof(GUID)) == 0; }
inline int InlineIsEqualGUID(REFGUID a, REFGUID b) { return IsEqualGUID(a, b); }
inline bool operator==(REFGUID a, REFGUID b) { return IsEqualGUID(a, b) != 0; }
inline bool operator!=(REFGUID a, REFGUID b) { return !(a == b); }
#else
#define IsEqualGUID(a, b) (memcmp((a), (b), sizeof(GUID)) == 0)
#define InlineIsEqualGUID(a, b) IsEqualGUID(a, b)
#endif
#define IsEqualIID(a, b) IsEqualGUID(a, b)
#define IsEqualCLSID(a, b) IsEqualGUID(a, b)
#define IsEqualFMTID(a, b) IsEqualGUID(a, b)

#ifdef __cplusplus
/* __uuidof: the uuid of each type is a specialisation of
 * __winsession_uuid<T>; pointers, references, arrays and cv-qualifiers are
 * looked through. A type without one fails to compile. */
extern "C++" {
template <typename T> struct __winsession_uuid;
template <typename T> struct __winsession_uuid<T *> : __winsession_uuid<T> {};
template <typename T> struct __winsession_uuid<T &> : __winsession_uuid<T> {};
template <typename T> struct __winsession_uuid<const T> : __winsession_uuid<T> {};
template <typename T> struct __winsession_uuid<volatile T> : __winsession_uuid<T> {};
template <typename T> struct __winsession_uuid<const volatile T> : __winsession_uuid<T> {};
template <typename T> struct __winsession_uuid<T[]> : __winsession_uuid<T> {};
template <typename T, __SIZE_TYPE__ N> struct __winsession_uuid<T[N]> : __winsession_uuid<T> {};
template <typename T> inline const GUID &__winsession_uuidof() { return __winsession_uuid<T>::get(); }
}
#define __uuidof(x) (__winsession_uuidof<__typeof__(x)>())
/* The uuid of a type, from its IID variable (the interfaces of these
 * headers) or from its value (a program's own classes). */
#define WINSESSION_UUID_OF(type, iid) \
    extern "C++" template <> struct __winsession_uuid<type> { static const GUID &get() { return iid; } };
#define __CRT_UUID_DECL(type, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    extern "C++" template <> struct __winsession_uuid<type> { \
        static const GUID &get() { \
            static const GUID uuid = {l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}}; \
            return uuid; \
        } \
    };
#else
#define WINSESSION_UUID_OF(type, iid)
#define __CRT_UUID_DECL(type, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)
#endif

#endif
#endif
