/* specstrings.h: the SDK's older annotation header; winsession keeps every
 * annotation, old and new, in sal.h (see there for __in/__out and C++). */
#ifndef WINSESSION_SPECSTRINGS_H
#define WINSESSION_SPECSTRINGS_H
#include "sal.h"
#endif
