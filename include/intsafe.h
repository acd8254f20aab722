/* intsafe.h for winsession: the SDK's overflow-checked integer arithmetic
 * and conversions (the common subset), inline. On overflow the result is
 * set to the SDK's error value and INTSAFE_E_ARITHMETIC_OVERFLOW returned. */
#ifndef WINSESSION_INTSAFE_H
#define WINSESSION_INTSAFE_H

#include "windows.h"

#define INTSAFE_E_ARITHMETIC_OVERFLOW __HRESULT_FROM_WIN32(ERROR_ARITHMETIC_OVERFLOW)
#define ULONG_ERROR 0xffffffffU
#define DWORD_ERROR 0xffffffffU
#define UINT_ERROR 0xffffffffU
#define SIZET_ERROR ((SIZE_T)-1)
#define ULONGLONG_ERROR 0xffffffffffffffffULL
#define LONG_ERROR (-1)
#define INT_ERROR (-1)
#define USHORT_ERROR 0xffffU
#define WORD_ERROR 0xffffU
#define BYTE_ERROR 0xffU

#ifdef __cplusplus
extern "C" {
#endif

/* Add, Sub and Mult for an unsigned type: the builtins report overflow. */
#define WINSESSION_INTSAFE_ARITH(Name, T, ERR)                                                             \
    static __inline__ HRESULT Name##Add(T a, T b, T *r) {                                                     \
        if (__builtin_add_overflow(a, b, r)) { *r = ERR; return INTSAFE_E_ARITHMETIC_OVERFLOW; }            \
        return S_OK;                                                                                         \
    }                                                                                                        \
    static __inline__ HRESULT Name##Sub(T a, T b, T *r) {                                                     \
        if (__builtin_sub_overflow(a, b, r)) { *r = ERR; return INTSAFE_E_ARITHMETIC_OVERFLOW; }            \
        return S_OK;                                                                                         \
    }                                                                                                        \
    static __inline__ HRESULT Name##Mult(T a, T b, T *r) {                                                    \
        if (__builtin_mul_overflow(a, b, r)) { *r = ERR; return INTSAFE_E_ARITHMETIC_OVERFLOW; }            \
        return S_OK;                                                                                         \
    }
WINSESSION_INTSAFE_ARITH(UShort, USHORT, USHORT_ERROR)
WINSESSION_INTSAFE_ARITH(Word, WORD, WORD_ERROR)
WINSESSION_INTSAFE_ARITH(UInt, UINT, UINT_ERROR)
WINSESSION_INTSAFE_ARITH(ULong, ULONG, ULONG_ERROR)
WINSESSION_INTSAFE_ARITH(DWord, DWORD, DWORD_ERROR)
WINSESSION_INTSAFE_ARITH(SizeT, size_t, SIZET_ERROR)
WINSESSION_INTSAFE_ARITH(SIZET, SIZE_T, SIZET_ERROR)
WINSESSION_INTSAFE_ARITH(ULongLong, ULONGLONG, ULONGLONG_ERROR)
WINSESSION_INTSAFE_ARITH(DWordPtr, DWORD_PTR, SIZET_ERROR)
WINSESSION_INTSAFE_ARITH(ULongPtr, ULONG_PTR, SIZET_ERROR)
WINSESSION_INTSAFE_ARITH(UIntPtr, UINT_PTR, SIZET_ERROR)
#undef WINSESSION_INTSAFE_ARITH

/* Signed addition and multiplication (intsafe.h's IntAdd, LongAdd ...). */
static __inline__ HRESULT IntAdd(INT a, INT b, INT *r) {
    if (__builtin_add_overflow(a, b, r)) { *r = INT_ERROR; return INTSAFE_E_ARITHMETIC_OVERFLOW; }
    return S_OK;
}
static __inline__ HRESULT IntMult(INT a, INT b, INT *r) {
    if (__builtin_mul_overflow(a, b, r)) { *r = INT_ERROR; return INTSAFE_E_ARITHMETIC_OVERFLOW; }
    return S_OK;
}
static __inline__ HRESULT LongAdd(LONG a, LONG b, LONG *r) {
    if (__builtin_add_overflow(a, b, r)) { *r = LONG_ERROR; return INTSAFE_E_ARITHMETIC_OVERFLOW; }
    return S_OK;
}
static __inline__ HRESULT LongMult(LONG a, LONG b, LONG *r) {
    if (__builtin_mul_overflow(a, b, r)) { *r = LONG_ERROR; return INTSAFE_E_ARITHMETIC_OVERFLOW; }
    return S_OK;
}

/* Conversions: the value if it fits the target type, else the error. */
#define WINSESSION_INTSAFE_CONVERT(Name, From, To, ERR)                                             \
    static __inline__ HRESULT Name(From v, To *r) {                                                   \
        if (__builtin_add_overflow(v, 0, r)) { *r = ERR; return INTSAFE_E_ARITHMETIC_OVERFLOW; }    \
        return S_OK;                                                                                 \
    }
WINSESSION_INTSAFE_CONVERT(LongLongToULong, LONGLONG, ULONG, ULONG_ERROR)
WINSESSION_INTSAFE_CONVERT(LongLongToDWord, LONGLONG, DWORD, DWORD_ERROR)
WINSESSION_INTSAFE_CONVERT(LongLongToLong, LONGLONG, LONG, LONG_ERROR)
WINSESSION_INTSAFE_CONVERT(LongLongToInt, LONGLONG, INT, INT_ERROR)
WINSESSION_INTSAFE_CONVERT(LongLongToUInt, LONGLONG, UINT, UINT_ERROR)
WINSESSION_INTSAFE_CONVERT(LongLongToSizeT, LONGLONG, size_t, SIZET_ERROR)
WINSESSION_INTSAFE_CONVERT(ULongLongToULong, ULONGLONG, ULONG, ULONG_ERROR)
WINSESSION_INTSAFE_CONVERT(ULongLongToDWord, ULONGLONG, DWORD, DWORD_ERROR)
WINSESSION_INTSAFE_CONVERT(ULongLongToUInt, ULONGLONG, UINT, UINT_ERROR)
WINSESSION_INTSAFE_CONVERT(ULongLongToLong, ULONGLONG, LONG, LONG_ERROR)
WINSESSION_INTSAFE_CONVERT(ULongLongToInt, ULONGLONG, INT, INT_ERROR)
WINSESSION_INTSAFE_CONVERT(SizeTToULong, size_t, ULONG, ULONG_ERROR)
WINSESSION_INTSAFE_CONVERT(SizeTToDWord, size_t, DWORD, DWORD_ERROR)
WINSESSION_INTSAFE_CONVERT(SizeTToUInt, size_t, UINT, UINT_ERROR)
WINSESSION_INTSAFE_CONVERT(SizeTToInt, size_t, INT, INT_ERROR)
WINSESSION_INTSAFE_CONVERT(SizeTToLong, size_t, LONG, LONG_ERROR)
WINSESSION_INTSAFE_CONVERT(SIZETToULong, SIZE_T, ULONG, ULONG_ERROR)
WINSESSION_INTSAFE_CONVERT(SIZETToDWord, SIZE_T, DWORD, DWORD_ERROR)
WINSESSION_INTSAFE_CONVERT(LongToULong, LONG, ULONG, ULONG_ERROR)
WINSESSION_INTSAFE_CONVERT(LongToDWord, LONG, DWORD, DWORD_ERROR)
WINSESSION_INTSAFE_CONVERT(LongToUInt, LONG, UINT, UINT_ERROR)
WINSESSION_INTSAFE_CONVERT(LongToSizeT, LONG, size_t, SIZET_ERROR)
WINSESSION_INTSAFE_CONVERT(IntToULong, INT, ULONG, ULONG_ERROR)
WINSESSION_INTSAFE_CONVERT(IntToDWord, INT, DWORD, DWORD_ERROR)
WINSESSION_INTSAFE_CONVERT(IntToUInt, INT, UINT, UINT_ERROR)
WINSESSION_INTSAFE_CONVERT(IntToSizeT, INT, size_t, SIZET_ERROR)
WINSESSION_INTSAFE_CONVERT(IntToUShort, INT, USHORT, USHORT_ERROR)
WINSESSION_INTSAFE_CONVERT(IntToByte, INT, BYTE, BYTE_ERROR)
WINSESSION_INTSAFE_CONVERT(ULongToLong, ULONG, LONG, LONG_ERROR)
WINSESSION_INTSAFE_CONVERT(ULongToInt, ULONG, INT, INT_ERROR)
WINSESSION_INTSAFE_CONVERT(ULongToUShort, ULONG, USHORT, USHORT_ERROR)
WINSESSION_INTSAFE_CONVERT(DWordToLong, DWORD, LONG, LONG_ERROR)
WINSESSION_INTSAFE_CONVERT(DWordToInt, DWORD, INT, INT_ERROR)
WINSESSION_INTSAFE_CONVERT(UIntToInt, UINT, INT, INT_ERROR)
WINSESSION_INTSAFE_CONVERT(UIntToLong, UINT, LONG, LONG_ERROR)
WINSESSION_INTSAFE_CONVERT(UIntToUShort, UINT, USHORT, USHORT_ERROR)
#undef WINSESSION_INTSAFE_CONVERT

#ifdef __cplusplus
}
#endif

#endif
