/*
 * winsock2.h for winsession: Windows programs around WinHTTP and Terminal
 * Services include it for types and error codes only. It gives Windows'
 * address families and structs (ws2def.h), SOCKET and the WSA error codes
 * (winerror.h); the Winsock functions are not implemented, so they are not
 * declared: a call to one fails to compile naming it, rather than at link
 * time. See ws2def.h for mixing with glibc's <sys/socket.h>.
 */
#ifndef WINSESSION_WINSOCK2_H
#define WINSESSION_WINSOCK2_H

#include "windows.h"
#include "ws2def.h"

typedef UINT_PTR SOCKET;
#define INVALID_SOCKET ((SOCKET)(~0))
#define SOCKET_ERROR (-1)

#endif
