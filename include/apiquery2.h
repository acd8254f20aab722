/* apiquery2.h for winsession: whether an API set contract is served here
 * (kernel32's module.rs says which are). */
#ifndef WINSESSION_APIQUERY2_H
#define WINSESSION_APIQUERY2_H
#include "windef.h"
#ifdef __cplusplus
extern "C" {
#endif
BOOL WINAPI IsApiSetImplemented(PCSTR Contract);
#ifdef __cplusplus
}
#endif
#endif
