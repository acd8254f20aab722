#!/usr/bin/env python3
"""An independent WDS control protocol client, for tests against our server.

It speaks [MS-WDSC] over DCE/RPC with Impacket (a third-party RPC stack,
so our server is checked against someone else's reading of C706 and
[MS-RPCE]) and builds the WDSCPL packet itself from [MS-WDSC] 2.2.1: the
WDSMC_OP_INITIATE request of [MS-WDSMSI] 2.2.1.

Run with Impacket 0.13 on the path:

    python3 -m pip install -q --target target/pydeps 'impacket==0.13.*'
    PYTHONPATH=target/pydeps python3 tests/wds_rpc_peer.py --selftest
    PYTHONPATH=target/pydeps python3 tests/wds_rpc_peer.py \\
        --host 127.0.0.1 --port 5040 --namespace 'WDS:default/install.wim/1' \\
        --content install.wim --auth ntlm --user u --password p --domain D

Output, one `key=value` per line: `rpc_status=0x%08x` (WdsRpcMessage's
return value), `error_code=0x%08x` (the reply's Operation Header), then one
`Name=TYPE:value` per variable (numbers in decimal, strings as text, blobs
in hex, array elements comma-separated). A fault prints `fault=0x%08x`, an
endpoint mapper failure `epm_status=0x%08x`.

Exit status: 0 for a reply with return value 0 and error code 0; 2 for an
RPC fault, a bind rejection, a nonzero return value or error code; 1 for
anything else (connection failure, malformed reply, bad arguments).
"""

import argparse
import socket
import struct
import sys
import uuid

from impacket.dcerpc.v5 import epm, transport
from impacket.dcerpc.v5.dtypes import LPBYTE, ULONG
from impacket.dcerpc.v5.ndr import NDRCALL, NDRUniConformantArray
from impacket.dcerpc.v5.rpcrt import (
    DCERPCException,
    RPC_C_AUTHN_GSS_NEGOTIATE,
    RPC_C_AUTHN_LEVEL_NONE,
    RPC_C_AUTHN_LEVEL_PKT_PRIVACY,
    RPC_C_AUTHN_WINNT,
)
from impacket.uuid import uuidtup_to_bin

# [MS-WDSC] 2.1 and appendix A.
WDS_INTERFACE = ("1A927394-352E-4553-AE3F-7CF4AAFCA620", "1.0")
# [MS-WDSMSI] 1.9 and 2.2.
MULTICAST_ENDPOINT_GUID = uuid.UUID("6f13a317-3687-4b54-81a5-504daa9062fa")
WDSMC_OP_INITIATE = 6
WDSMC_CLIENT_CAP_CHECKSUM = 0x1

# [MS-WDSC] 2.2.1.1, 2.2.1.2, 2.2.1.2.1.
ENDPOINT_HEADER_SIZE = 0x28
OPERATION_HEADER_SIZE = 16
WDSCPL_VERSION = 0x0100
WDSCPL_PACKET_REQUEST = 0x01
WDSCPL_PACKET_REPLY = 0x02

# [MS-WDSC] 2.2.1.3.1: name (66 bytes), padding (2), type, length, array size.
VARIABLE_NAME_SIZE = 66
VARIABLE_HEADER_SIZE = VARIABLE_NAME_SIZE + 2 + 12

# [MS-WDSC] 2.2.1.3.2.1 and 2.2.1.3.2.2.
WDSCPL_VAR_BYTE = 0x0001
WDSCPL_VAR_USHORT = 0x0002
WDSCPL_VAR_ULONG = 0x0004
WDSCPL_VAR_ULONG64 = 0x0008
WDSCPL_VAR_STRING = 0x0010
WDSCPL_VAR_WSTRING = 0x0020
WDSCPL_VAR_BLOB = 0x0040
# The modifier sits in the type's high 16 bits (2.2.1.3.2's diagram: base
# type in bits 0-15, modifier in 16-31 of the little-endian field).
WDSCPL_VAR_ARRAY = 0x1000 << 16
BASE_TYPE_NAMES = {
    WDSCPL_VAR_BYTE: "BYTE",
    WDSCPL_VAR_USHORT: "USHORT",
    WDSCPL_VAR_ULONG: "ULONG",
    WDSCPL_VAR_ULONG64: "ULONG64",
    WDSCPL_VAR_STRING: "STRING",
    WDSCPL_VAR_WSTRING: "WSTRING",
    WDSCPL_VAR_BLOB: "BLOB",
}
FIXED_SIZES = {
    WDSCPL_VAR_BYTE: ("<B", 1),
    WDSCPL_VAR_USHORT: ("<H", 2),
    WDSCPL_VAR_ULONG: ("<I", 4),
    WDSCPL_VAR_ULONG64: ("<Q", 8),
}

# C706 12.6.3.1 / 12.6.4.7: PDU types with a status after the common header.
PDU_FAULT = 3
PDU_BIND_NAK = 13

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_RPC_ERROR = 2


class MalformedPacket(Exception):
    """A WDSCPL packet that breaks [MS-WDSC] 2.2.1, or an answer that
    breaks the RPC interface."""


class RpcRejected(Exception):
    """The server refused the call: kind is "fault", "bind_nak" or
    "epm_status"."""

    def __init__(self, kind, status):
        Exception.__init__(self, "%s=0x%08x" % (kind, status))
        self.kind = kind
        self.status = status


class WdsRpcMessage(NDRCALL):
    """[MS-WDSC] 3.1.4.1, opnum 0: [in] ULONG size, [in, size_is] byte[]
    (a top-level conformant array: max count, then the bytes)."""

    opnum = 0
    structure = (
        ("uRequestPacketSize", ULONG),
        ("bRequestPacket", NDRUniConformantArray),
    )


class WdsRpcMessageResponse(NDRCALL):
    """[out] ULONG size, [out, size_is(, *size)] byte** (a unique pointer to
    a conformant array), then the return value."""

    structure = (
        ("puReplyPacketSize", ULONG),
        ("pbReplyPacket", LPBYTE),
        ("ErrorCode", ULONG),
    )


def pad16(n):
    return (16 - n % 16) % 16


def encode_variable(name, var_type, value, value_length=None, array_size=0):
    """One Variable Description Block ([MS-WDSC] 2.2.1.3.1), padded so its
    size is a multiple of 16."""
    encoded_name = (name + "\0").encode("utf-16-le")
    if len(encoded_name) > VARIABLE_NAME_SIZE:
        raise ValueError("variable name %r longer than 32 characters" % name)
    if value_length is None:
        value_length = len(value)
    block = bytearray(encoded_name.ljust(VARIABLE_NAME_SIZE, b"\0"))
    block += b"\0\0"
    block += struct.pack("<III", var_type, value_length, array_size)
    block += value
    block += b"\0" * pad16(len(block))
    return bytes(block)


def wstring_variable(name, text):
    return encode_variable(name, WDSCPL_VAR_WSTRING, (text + "\0").encode("utf-16-le"))


def ulong_variable(name, number):
    return encode_variable(name, WDSCPL_VAR_ULONG, struct.pack("<I", number))


def encode_packet(endpoint_guid, code, variables, packet_type):
    """Endpoint Header, Operation Header ([MS-WDSC] 2.2.1.1, 2.2.1.2), then
    the already encoded variable blocks; `code` is the OpCode of a request
    or the ErrorCode of a reply."""
    body = b"".join(variables)
    operation = struct.pack(
        "<IHBxII",
        OPERATION_HEADER_SIZE + len(body),
        WDSCPL_VERSION,
        packet_type,
        code,
        len(variables),
    )
    total = ENDPOINT_HEADER_SIZE + len(operation) + len(body)
    endpoint = struct.pack("<HHI", ENDPOINT_HEADER_SIZE, WDSCPL_VERSION, total)
    endpoint += endpoint_guid.bytes_le + b"\0" * 16
    return endpoint + operation + body


def initiate_request(namespace, content, client, cap, endpoint_guid, opcode):
    """WDSMC_OP_INITIATE ([MS-WDSMSI] 2.2.1): Namespace, Content, Client,
    and Cap when given."""
    variables = [
        wstring_variable("Namespace", namespace),
        wstring_variable("Content", content),
        wstring_variable("Client", client),
    ]
    if cap is not None:
        variables.append(ulong_variable("Cap", cap))
    return encode_packet(endpoint_guid, opcode, variables, WDSCPL_PACKET_REQUEST)


def decode_packet(data):
    """Parse a WDSCPL packet strictly; returns (endpoint GUID, packet type,
    code, [(name, type, value length, array size, value bytes)])."""
    if len(data) < ENDPOINT_HEADER_SIZE + OPERATION_HEADER_SIZE:
        raise MalformedPacket("packet of %d bytes is shorter than its headers" % len(data))
    header_size, version, packet_size = struct.unpack_from("<HHI", data, 0)
    if header_size != ENDPOINT_HEADER_SIZE:
        raise MalformedPacket("Size-Of-Header is 0x%04x" % header_size)
    if version != WDSCPL_VERSION:
        raise MalformedPacket("Endpoint Header version is 0x%04x" % version)
    if packet_size != len(data):
        raise MalformedPacket("Packet-Size %d but %d bytes" % (packet_size, len(data)))
    endpoint_guid = uuid.UUID(bytes_le=bytes(data[8:24]))
    op_size, op_version, packet_type, code, count = struct.unpack_from(
        "<IHBxII", data, ENDPOINT_HEADER_SIZE
    )
    if op_size != len(data) - ENDPOINT_HEADER_SIZE:
        raise MalformedPacket("Operation Header Packet-Size is %d" % op_size)
    if op_version != WDSCPL_VERSION:
        raise MalformedPacket("Operation Header version is 0x%04x" % op_version)

    variables = []
    offset = ENDPOINT_HEADER_SIZE + OPERATION_HEADER_SIZE
    for index in range(count):
        if len(data) - offset < VARIABLE_HEADER_SIZE:
            raise MalformedPacket("variable %d truncated" % index)
        try:
            raw_name = bytes(data[offset : offset + VARIABLE_NAME_SIZE]).decode("utf-16-le")
        except UnicodeDecodeError as e:
            raise MalformedPacket("variable %d name: %s" % (index, e))
        if "\0" not in raw_name:
            raise MalformedPacket("variable %d name is not NUL-terminated" % index)
        name = raw_name.split("\0")[0]
        var_type, value_length, array_size = struct.unpack_from(
            "<III", data, offset + VARIABLE_NAME_SIZE + 2
        )
        if var_type & WDSCPL_VAR_ARRAY:
            if array_size == 0:
                raise MalformedPacket("array variable %s has Array-Size 0" % name)
            size = value_length * array_size
        else:
            size = value_length
        start = offset + VARIABLE_HEADER_SIZE
        if size > len(data) - start:
            raise MalformedPacket("variable %s value truncated" % name)
        value = bytes(data[start : start + size])
        offset = start + size + pad16(VARIABLE_HEADER_SIZE + size)
        if offset > len(data):
            raise MalformedPacket("variable %s padding truncated" % name)
        variables.append((name, var_type, value_length, array_size, value))
    if offset != len(data):
        raise MalformedPacket("%d bytes after the last variable" % (len(data) - offset))
    return endpoint_guid, packet_type, code, variables


def format_scalar(base, raw):
    if base in FIXED_SIZES:
        fmt, size = FIXED_SIZES[base]
        if len(raw) != size:
            raise MalformedPacket("a %s of %d bytes" % (BASE_TYPE_NAMES[base], len(raw)))
        return str(struct.unpack(fmt, raw)[0])
    if base == WDSCPL_VAR_WSTRING:
        if len(raw) % 2 or raw[-2:] != b"\0\0":
            raise MalformedPacket("WSTRING not NUL-terminated UTF-16")
        return raw[:-2].decode("utf-16-le", "replace")
    if base == WDSCPL_VAR_STRING:
        if not raw.endswith(b"\0"):
            raise MalformedPacket("STRING not NUL-terminated")
        return raw[:-1].decode("latin-1")
    return raw.hex()


def format_variable(name, var_type, value_length, array_size, value):
    """`Name=TYPE:value`, `TYPE[]` for arrays."""
    base = var_type & 0xFFFF
    type_name = BASE_TYPE_NAMES.get(base, "0x%04x" % base)
    if var_type & WDSCPL_VAR_ARRAY:
        elements = [
            value[i * value_length : (i + 1) * value_length] for i in range(array_size)
        ]
        text = ",".join(format_scalar(base, e) for e in elements)
        type_name += "[]"
    else:
        text = format_scalar(base, value)
    return "%s=%s:%s" % (name, type_name, text)


class PduRecorder:
    """Keeps the bytes Impacket reads, so a fault's status can be reported
    even where Impacket turns it into a message without the code."""

    def __init__(self, rpc_transport):
        self.received = bytearray()
        inner = rpc_transport.recv

        def recv(*args, **kwargs):
            data = inner(*args, **kwargs)
            self.received += data
            return data

        rpc_transport.recv = recv

    def rejection(self):
        """(kind, status) of the last fault or bind_nak received, if any:
        the fault status follows the 16-byte common header and 8 bytes of
        alloc_hint, context id and cancel count (C706 12.6.4.7); bind_nak's
        reject reason follows the header (C706 12.6.4.4)."""
        found = None
        data = bytes(self.received)
        offset = 0
        while len(data) - offset >= 16:
            pdu_type = data[offset + 2]
            frag_length = struct.unpack_from("<H", data, offset + 8)[0]
            if frag_length < 16:
                break
            pdu = data[offset : offset + frag_length]
            if pdu_type == PDU_FAULT and len(pdu) >= 28:
                found = ("fault", struct.unpack_from("<I", pdu, 24)[0])
            elif pdu_type == PDU_BIND_NAK and len(pdu) >= 18:
                found = ("bind_nak", struct.unpack_from("<H", pdu, 16)[0])
            offset += frag_length
        return found


def resolve_port(args):
    """ept_map on the mapper through Impacket's hept_map (port 135 unless
    --epm-port says otherwise)."""
    binding = r"ncacn_ip_tcp:%s[%d]" % (args.host, args.epm_port)
    rpc_transport = transport.DCERPCTransportFactory(binding)
    rpc_transport.set_connect_timeout(args.timeout)
    dce = rpc_transport.get_dce_rpc()
    dce.connect()
    try:
        found = epm.hept_map(
            args.host, uuidtup_to_bin(WDS_INTERFACE), protocol="ncacn_ip_tcp", dce=dce
        )
    except DCERPCException as e:
        # EPT_S_NOT_REGISTERED and other statuses Impacket knows by code.
        if e.get_error_code() is None:
            raise
        raise RpcRejected("epm_status", e.get_error_code())
    except (IndexError, KeyError):
        raise MalformedPacket("ept_map answered without a tower")
    finally:
        dce.disconnect()
    # "ncacn_ip_tcp:host[port]"
    port = int(found.rsplit("[", 1)[1].rstrip("]"))
    print("epm_port=%d" % port)
    return port


def call_server(args, request):
    """Bind, call WdsRpcMessage, return (rpc status, reply bytes)."""
    binding = r"ncacn_ip_tcp:%s[%d]" % (args.host, args.port)
    rpc_transport = transport.DCERPCTransportFactory(binding)
    rpc_transport.set_connect_timeout(args.timeout)
    if args.auth == "ntlm":
        rpc_transport.set_credentials(args.user, args.password, args.domain)
        if args.auth_type == RPC_C_AUTHN_GSS_NEGOTIATE:
            rpc_transport.set_kerberos(True, args.kdc_host)
    recorder = PduRecorder(rpc_transport)
    dce = rpc_transport.get_dce_rpc()
    if args.auth == "ntlm":
        dce.set_auth_type(args.auth_type)
        dce.set_auth_level(args.auth_level)
    else:
        dce.set_auth_level(RPC_C_AUTHN_LEVEL_NONE)
    dce.connect()
    try:
        dce.bind(uuidtup_to_bin(WDS_INTERFACE))
        call = WdsRpcMessage()
        call["uRequestPacketSize"] = len(request)
        call["bRequestPacket"] = list(request)
        # The return value is ours to report, not Impacket's to raise.
        response = dce.request(call, checkError=False)
    except DCERPCException as e:
        # Impacket names most fault statuses without keeping the code.
        rejection = recorder.rejection()
        if rejection is None and e.get_error_code() is not None:
            rejection = ("fault", e.get_error_code())
        if rejection is None:
            raise
        raise RpcRejected(*rejection)
    finally:
        dce.disconnect()
    reply = b"".join(response["pbReplyPacket"])
    if len(reply) != response["puReplyPacketSize"]:
        raise MalformedPacket(
            "puReplyPacketSize %d but %d bytes" % (response["puReplyPacketSize"], len(reply))
        )
    return response["ErrorCode"], reply


def report_reply(args, status, reply):
    print("rpc_status=0x%08x" % status)
    if status != 0 and not reply:
        return EXIT_RPC_ERROR
    endpoint_guid, _packet_type, code, variables = decode_packet(reply)
    # [MS-WDSC] 3.2.4: the reply's Endpoint GUID matches the request's.
    if endpoint_guid != args.endpoint_guid:
        raise MalformedPacket("reply for endpoint %s" % endpoint_guid)
    print("error_code=0x%08x" % code)
    for variable in variables:
        print(format_variable(*variable))
    return EXIT_OK if status == 0 and code == 0 else EXIT_RPC_ERROR


def selftest():
    """Encode a request and replies and decode them back, no network."""
    request = initiate_request(
        "WDS:default/install.wim/1",
        "install.wim",
        "TestMachine",
        3,
        MULTICAST_ENDPOINT_GUID,
        WDSMC_OP_INITIATE,
    )
    guid, packet_type, code, variables = decode_packet(request)
    assert guid == MULTICAST_ENDPOINT_GUID
    assert (packet_type, code) == (WDSCPL_PACKET_REQUEST, WDSMC_OP_INITIATE)
    assert [format_variable(*v) for v in variables] == [
        "Namespace=WSTRING:WDS:default/install.wim/1",
        "Content=WSTRING:install.wim",
        "Client=WSTRING:TestMachine",
        "Cap=ULONG:3",
    ]
    # Endpoint GUID little-endian in its first three fields (MS-DTYP 2.3.4.2).
    assert request[8:12] == bytes.fromhex("17a3136f")
    assert len(request) % 16 == (ENDPOINT_HEADER_SIZE + OPERATION_HEADER_SIZE) % 16
    # 80-byte block header + "install.wim\0" (24 bytes) padded to 112.
    assert len(encode_variable("Content", WDSCPL_VAR_WSTRING, b"\0" * 24)) == 112

    # The reply of [MS-WDSMSI] 4.1, with an array added.
    reply_vars = [
        ulong_variable("TpMcAddress.Port", 0xFA84),
        encode_variable("TpMcAddress.Address", WDSCPL_VAR_BLOB, bytes.fromhex("EF00006F")),
        encode_variable("ContentSize", WDSCPL_VAR_ULONG64, struct.pack("<Q", 0xEF8B56EC)),
        ulong_variable("SecMode", 0x00010001),
        encode_variable(
            "Ports", WDSCPL_VAR_USHORT | WDSCPL_VAR_ARRAY, struct.pack("<HH", 1, 2), 2, 2
        ),
    ]
    reply = encode_packet(MULTICAST_ENDPOINT_GUID, 0, reply_vars, WDSCPL_PACKET_REPLY)
    _, packet_type, code, variables = decode_packet(reply)
    assert (packet_type, code) == (WDSCPL_PACKET_REPLY, 0)
    assert [format_variable(*v) for v in variables] == [
        "TpMcAddress.Port=ULONG:64132",
        "TpMcAddress.Address=BLOB:ef00006f",
        "ContentSize=ULONG64:4018886380",
        "SecMode=ULONG:65537",
        "Ports=USHORT[]:1,2",
    ]
    for bad in (reply[:-1], reply + b"\0" * 16, reply[:4] + b"\xff" + reply[5:]):
        try:
            decode_packet(bad)
        except MalformedPacket:
            pass
        else:
            raise AssertionError("malformed packet accepted")

    # The NDR stubs of opnum 0, both ways.
    call = WdsRpcMessage()
    call["uRequestPacketSize"] = len(request)
    call["bRequestPacket"] = list(request)
    stub = call.getData()
    assert stub[:8] == struct.pack("<II", len(request), len(request))
    assert stub[8:] == request
    back = WdsRpcMessage(stub)
    assert b"".join(back["bRequestPacket"]) == request

    response = WdsRpcMessageResponse()
    response["puReplyPacketSize"] = len(reply)
    response["pbReplyPacket"] = list(reply)
    response["ErrorCode"] = 0
    stub = response.getData()
    size, referent, max_count = struct.unpack_from("<III", stub)
    assert (size, max_count) == (len(reply), len(reply)) and referent != 0
    parsed = WdsRpcMessageResponse(stub)
    assert b"".join(parsed["pbReplyPacket"]) == reply and parsed["ErrorCode"] == 0
    # A failed call: size 0, null pointer, E_OUTOFMEMORY.
    failed = WdsRpcMessageResponse(struct.pack("<III", 0, 0, 0x8007000E))
    assert b"".join(failed["pbReplyPacket"]) == b"" and failed["ErrorCode"] == 0x8007000E

    # A recorded fault PDU yields its status.
    class FakeTransport:
        def recv(self, *args, **kwargs):
            header = struct.pack("<BBBBIHHI", 5, 0, PDU_FAULT, 3, 0x10, 32, 0, 1)
            return header + struct.pack("<IHBBI", 0, 0, 0, 0, 5) + b"\0" * 4

    fake = FakeTransport()
    recorder = PduRecorder(fake)
    fake.recv()
    assert recorder.rejection() == ("fault", 5)
    print("selftest=ok")
    return EXIT_OK


class ArgumentParser(argparse.ArgumentParser):
    """Bad arguments are an "other failure": exit 1, not argparse's 2."""

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(EXIT_FAILURE, "%s: error: %s\n" % (self.prog, message))


def parse_args(argv):
    p = ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--selftest", action="store_true", help="encode and decode, no network")
    p.add_argument("--host", help="the WDS server")
    p.add_argument("--port", type=int, help="its WDS control interface TCP port")
    p.add_argument("--epm", action="store_true", help="find the port with ept_map")
    p.add_argument("--epm-port", type=int, default=135, help="the endpoint mapper's port")
    p.add_argument("--namespace", default="WDS:default/install.wim/1")
    p.add_argument("--content", default="install.wim")
    p.add_argument("--client", default=socket.gethostname()[:15], help="<= 15 characters")
    p.add_argument(
        "--cap",
        default=str(WDSMC_CLIENT_CAP_CHECKSUM),
        help="the Cap variable (e.g. 0x3), or 'none' to omit it",
    )
    p.add_argument(
        "--opcode", type=lambda s: int(s, 0), default=WDSMC_OP_INITIATE, help="for failure tests"
    )
    p.add_argument(
        "--endpoint-guid", type=uuid.UUID, default=MULTICAST_ENDPOINT_GUID, help="for failure tests"
    )
    p.add_argument("--auth", choices=("none", "ntlm"), default="none")
    p.add_argument(
        "--auth-type",
        type=int,
        choices=(RPC_C_AUTHN_WINNT, RPC_C_AUTHN_GSS_NEGOTIATE),
        default=RPC_C_AUTHN_WINNT,
        help="10: NTLM; 9: SPNEGO, which Impacket 0.13 only does with Kerberos"
        " (needs --kdc-host and the server's DNS name as --host)",
    )
    p.add_argument(
        "--auth-level",
        type=int,
        default=RPC_C_AUTHN_LEVEL_PKT_PRIVACY,
        help="6 (packet privacy, [MS-WDSC] 2.1.2); lower only for failure tests",
    )
    p.add_argument("--user", default="")
    p.add_argument("--password", default="")
    p.add_argument("--domain", default="")
    p.add_argument("--kdc-host")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds, per socket operation")
    args = p.parse_args(argv)
    if not args.selftest:
        if not args.host:
            p.error("--host is required")
        if args.port is None and not args.epm:
            p.error("--port or --epm is required")
    args.cap = None if args.cap == "none" else int(args.cap, 0)
    return args


def main(argv):
    args = parse_args(argv)
    if args.selftest:
        return selftest()
    request = initiate_request(
        args.namespace, args.content, args.client, args.cap, args.endpoint_guid, args.opcode
    )
    try:
        if args.epm:
            args.port = resolve_port(args)
        status, reply = call_server(args, request)
        return report_reply(args, status, reply)
    except RpcRejected as e:
        print(e)
        return EXIT_RPC_ERROR
    except Exception as e:  # Impacket raises bare Exception on a bad NTLM token
        print("error=%s: %s" % (type(e).__name__, e), file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
