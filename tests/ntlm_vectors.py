#!/usr/bin/env python3
"""The client side of NTLM with Impacket, for secur32's interop test.

Speaks one line per message on stdin/stdout, tokens in hex:
  -> NEGOTIATE <type1>
  <- CHALLENGE <type2>
  -> AUTHENTICATE <type3>
  -> SEALED <pdu> <stub_start> <stub_end> <signature> <plain stub>
     (a request sealed as Impacket's DCE/RPC does at packet privacy:
      the whole PDU signed, only the stub encrypted)
  <- SEALED <pdu> <stub_start> <stub_end> <signature>
  -> OK|BAD <decrypted stub>
Arguments: user password domain.
"""
import struct
import sys

from Cryptodome.Cipher import ARC4
from impacket import ntlm


def send(*fields):
    print(" ".join(fields), flush=True)


def receive(tag):
    fields = sys.stdin.readline().split()
    if not fields:
        sys.exit(1)  # the test ended the exchange early, on purpose
    if fields[0] != tag:
        sys.exit(f"expected {tag}, got {fields!r}")
    return fields[1:]


def main():
    user, password, domain = sys.argv[1:4]
    type1 = ntlm.getNTLMSSPType1("", "", signingRequired=True, use_ntlmv2=True)
    send("NEGOTIATE", type1.getData().hex())
    (challenge,) = receive("CHALLENGE")
    type3, session_key = ntlm.getNTLMSSPType3(
        type1, bytes.fromhex(challenge), user, password, domain, use_ntlmv2=True
    )
    flags = type3["flags"]
    send("AUTHENTICATE", type3.getData().hex())

    client_sign = ntlm.SIGNKEY(flags, session_key)
    client_seal = ARC4.new(ntlm.SEALKEY(flags, session_key)).encrypt
    server_sign = ntlm.SIGNKEY(flags, session_key, "Server")
    server_seal = ARC4.new(ntlm.SEALKEY(flags, session_key, "Server")).encrypt

    # A request PDU: C706 12.6.3.1 header, [MS-RPCE] sec_trailer with
    # auth_type 10 (NTLM), auth_level 6 (packet privacy).
    stub = b"stub from impacket!!"
    frag_len = 24 + len(stub) + 8 + 16
    header = bytes([5, 0, 0, 3, 0x10, 0, 0, 0]) + struct.pack("<HHI", frag_len, 16, 1)
    header += struct.pack("<IHH", len(stub), 0, 0)
    trailer = bytes([10, 6, 0, 0, 0, 0, 0, 0])
    pdu = header + stub + trailer
    sealed, signature = ntlm.SEAL(flags, client_sign, client_seal, pdu, stub, 0, client_seal)
    start, end = len(header), len(header) + len(stub)
    send("SEALED", (header + sealed + trailer).hex(), str(start), str(end),
         signature.getData().hex(), stub.hex())

    pdu_hex, start, end, signature_hex = receive("SEALED")
    pdu = bytearray.fromhex(pdu_hex)
    start, end = int(start), int(end)
    plain = server_seal(bytes(pdu[start:end]))
    pdu[start:end] = plain
    expected = ntlm.MAC(flags, server_seal, server_sign, 0, bytes(pdu))
    send("OK" if expected.getData().hex() == signature_hex else "BAD", plain.hex())


if __name__ == "__main__":
    main()
