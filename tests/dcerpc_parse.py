#!/usr/bin/env python3
"""Impacket's DCE/RPC structures on our PDUs, for crates/dcerpc's interop test.

One JSON request per stdin line, one JSON answer per stdout line:
  {"op": "parse", "hex": <PDU>}
      -> the fields as impacket.dcerpc.v5.rpcrt's parsers read them
         (MSRPCHeader, MSRPCBind/CtxItem, MSRPCBindAck/CtxItemResult,
          MSRPCBindNak, MSRPCRequestHeader, MSRPCRespHeader, SEC_TRAILER)
  {"op": "build_bind", ...} / {"op": "build_request", ...}
      -> {"hex": <PDU>} built the way DCERPC_v5.bind() and
         DCERPC_v5._transport_send() build them, padding included
Byte strings are hex; UUIDs are text, versions "major.minor".
An exception becomes {"error": "..."} so the test shows what Impacket
refused.
"""
import json
import sys
from struct import unpack

from impacket.dcerpc.v5 import rpcrt
from impacket.uuid import bin_to_uuidtup, uuidtup_to_bin


def syntax(b):
    uuid, version = bin_to_uuidtup(b)
    return {"uuid": uuid.lower(), "version": version}


def sec_trailer(raw):
    if not raw:
        return None
    t = rpcrt.SEC_TRAILER(raw)
    return {
        "auth_type": t["auth_type"],
        "auth_level": t["auth_level"],
        "auth_pad_len": t["auth_pad_len"],
        "auth_rsvrd": t["auth_rsvrd"],
        "auth_ctx_id": t["auth_ctx_id"],
    }


def header_fields(h, data):
    out = {
        "ver_major": h["ver_major"],
        "ver_minor": h["ver_minor"],
        "type": h["type"],
        "flags": h["flags"],
        "representation": h["representation"],
        "frag_len": h["frag_len"],
        "auth_len": h["auth_len"],
        "call_id": h["call_id"],
        "len": len(data),
    }
    if h["auth_len"]:
        # [MS-RPCE] 2.2.2.11: the trailer starts at
        # frag_length - auth_length - 8.
        out["trailer_offset"] = h["frag_len"] - h["auth_len"] - 8
    return out


def with_auth(out, h):
    out["sec_trailer"] = sec_trailer(h["sec_trailer"])
    out["auth_data"] = h["auth_data"].hex()
    return out


def strip_pad(h):
    """The stub without the auth padding, as DCERPC_v5.recv() cuts it."""
    data = h["pduData"]
    if h["auth_len"]:
        pad = rpcrt.SEC_TRAILER(h["sec_trailer"])["auth_pad_len"]
        if pad:
            data = data[:-pad]
    return data


def parse(data):
    h = rpcrt.MSRPCHeader(data)
    ptype = h["type"]
    if ptype in (rpcrt.MSRPC_BIND, rpcrt.MSRPC_ALTERCTX):
        out = with_auth(header_fields(h, data), h)
        bind = rpcrt.MSRPCBind(h["pduData"])
        items = []
        rest = bind["ctx_items"]
        for _ in range(bind["ctx_num"]):
            item = rpcrt.CtxItem(rest)
            rest = rest[len(item):]
            items.append({
                "ctx_id": item["ContextID"],
                "trans_items": item["TransItems"],
                "abstract": syntax(item["AbstractSyntax"]),
                "transfer": syntax(item["TransferSyntax"]),
            })
        out.update({
            "max_tfrag": bind["max_tfrag"],
            "max_rfrag": bind["max_rfrag"],
            "assoc_group": bind["assoc_group"],
            "ctx_num": bind["ctx_num"],
            "ctx_items": items,
            # After the items: the auth padding, if any.
            "trailing": rest.hex(),
        })
        return out
    if ptype in (rpcrt.MSRPC_BINDACK, rpcrt.MSRPC_ALTERCTX_R):
        # DCERPC_v5.bind() reads both with MSRPCBindAck.
        ack = rpcrt.MSRPCBindAck(data)
        out = with_auth(header_fields(ack, data), ack)
        addr = ack["SecondaryAddr"]
        out.update({
            "max_tfrag": ack["max_tfrag"],
            "max_rfrag": ack["max_rfrag"],
            "assoc_group": ack["assoc_group"],
            "sec_addr_len": ack["SecondaryAddrLen"],
            "sec_addr": addr if isinstance(addr, str) else None,
            "pad": bytes(ack["Pad"] or b"").hex(),
            "ctx_num": ack["ctx_num"],
            "results": [
                {
                    "result": r["Result"],
                    "reason": r["Reason"],
                    "transfer": syntax(r["TransferSyntax"]),
                }
                for r in ack.getCtxItems()
            ],
        })
        return out
    if ptype == rpcrt.MSRPC_BINDNAK:
        out = header_fields(h, data)
        nak = rpcrt.MSRPCBindNak(h["pduData"])
        out.update({
            "reason": nak["RejectedReason"],
            "versions": nak["SupportedVersions"].hex(),
        })
        return out
    if ptype == rpcrt.MSRPC_REQUEST:
        q = rpcrt.MSRPCRequestHeader(data)
        out = with_auth(header_fields(q, data), q)
        out.update({
            "alloc_hint": q["alloc_hint"],
            "ctx_id": q["ctx_id"],
            "op_num": q["op_num"],
            "uuid": q["uuid"].hex(),
            "header_size": q.get_header_size(),
            "stub": strip_pad(q).hex(),
        })
        return out
    if ptype in (rpcrt.MSRPC_RESPONSE, rpcrt.MSRPC_FAULT):
        # DCERPC_v5.recv() reads faults with MSRPCRespHeader too, the
        # status being the first four bytes after it.
        r = rpcrt.MSRPCRespHeader(data)
        out = with_auth(header_fields(r, data), r)
        out.update({
            "alloc_hint": r["alloc_hint"],
            "ctx_id": r["ctx_id"],
            "cancel_count": r["cancel_count"],
            "header_size": r.get_header_size(),
            "stub": strip_pad(r).hex(),
        })
        if ptype == rpcrt.MSRPC_FAULT:
            off = r.get_header_size()
            status = unpack("<L", data[off:off + 4])[0]
            out["status"] = status
            out["status_name"] = rpcrt.rpc_status_codes.get(status)
            out["did_not_execute"] = bool(h["flags"] & rpcrt.PFC_DID_NOT_EXECUTE)
        return out
    if ptype == rpcrt.MSRPC_AUTH3:
        out = with_auth(header_fields(h, data), h)
        out["pad"] = h["pduData"].hex()
        return out
    return header_fields(h, data)


def build_bind(req):
    """As DCERPC_v5.bind(): one context, NDR, the trailer 4-aligned
    with 0xFF padding and auth_ctx_id = ctx + 79231."""
    bind = rpcrt.MSRPCBind()
    item = rpcrt.CtxItem()
    item["AbstractSyntax"] = uuidtup_to_bin((req["iface"], req["version"]))
    item["TransferSyntax"] = uuidtup_to_bin(
        ("8a885d04-1ceb-11c9-9fe8-08002b104860", "2.0"))
    item["ContextID"] = req["ctx_id"]
    item["TransItems"] = 1
    bind.addCtxItem(item)
    packet = rpcrt.MSRPCHeader()
    packet["type"] = rpcrt.MSRPC_ALTERCTX if req.get("alter") else rpcrt.MSRPC_BIND
    packet["pduData"] = bind.getData()
    packet["call_id"] = req["call_id"]
    auth = req.get("auth")
    if auth:
        t = rpcrt.SEC_TRAILER()
        t["auth_type"] = auth["type"]
        t["auth_level"] = auth["level"]
        t["auth_ctx_id"] = req["ctx_id"] + 79231
        pad = (4 - (len(packet.get_packet()) % 4)) % 4
        if pad:
            packet["pduData"] += b"\xFF" * pad
            t["auth_pad_len"] = pad
        packet["sec_trailer"] = t
        packet["auth_data"] = bytes.fromhex(auth["token"])
    return {"hex": packet.get_packet().hex()}


def build_request(req):
    """As DCERPC_v5.send() and _transport_send(): alloc_hint is the
    stub's length, the trailer 4-aligned with 0xBB padding, the
    signature a placeholder of sig_len bytes."""
    obj = bytes.fromhex(req["object"]) if req.get("object") else None
    q = rpcrt.DCERPC_RawCall(req["opnum"], bytes.fromhex(req["stub"]), obj)
    if q["uuid"] != b"":
        q["flags"] |= rpcrt.PFC_OBJECT_UUID
    q["ctx_id"] = req["ctx_id"]
    q["call_id"] = req["call_id"]
    q["alloc_hint"] = len(q["pduData"])
    q["sec_trailer"] = b""
    q["auth_data"] = b""
    auth = req.get("auth")
    if auth:
        t = rpcrt.SEC_TRAILER()
        t["auth_type"] = auth["type"]
        t["auth_level"] = auth["level"]
        t["auth_pad_len"] = 0
        t["auth_ctx_id"] = req["ctx_id"] + 79231
        pad = (4 - (len(q.get_packet()) % 4)) % 4
        if pad:
            q["pduData"] += b"\xBB" * pad
            t["auth_pad_len"] = pad
        q["sec_trailer"] = t.getData()
        q["auth_data"] = bytes(range(auth["sig_len"]))
    return {"hex": q.get_packet().hex()}


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        try:
            if req["op"] == "parse":
                out = parse(bytes.fromhex(req["hex"]))
            elif req["op"] == "build_bind":
                out = build_bind(req)
            elif req["op"] == "build_request":
                out = build_request(req)
            else:
                out = {"error": "unknown op %r" % req["op"]}
        except Exception as e:  # reported to the test, which fails on it
            out = {"error": "%s: %s" % (type(e).__name__, e)}
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
