#!/bin/bash
# Shared helpers for the WDS multicast tests and benchmark: network
# namespaces joined by veth pairs to a bridge in a hub namespace, 10.88.0.x
# addresses only, nothing routed to the host. Sourced, not run.
#
#   wds_net_up N        server namespace wdsS (10.88.0.1) and receivers
#                       wdsR1..wdsRN (10.88.0.11..)
#   wds_loss NS PERMILLE  drop that share of UDP arriving in NS (nftables
#                       numgen random; tc netem is not in these kernels)
#   wds_shape RATE      tc tbf on the server's link (e.g. 1gbit)
#   wds_net_down        delete every namespace (and so every veth)

WDS_NS=()

wds_net_up() {
    local n=$1 i
    wds_net_down
    ip netns add wdsHub
    ip -n wdsHub link add br0 type bridge
    # Flood multicast to every port: no IGMP querier runs here.
    ip -n wdsHub link set br0 type bridge mcast_snooping 0
    ip -n wdsHub link set br0 up
    ip -n wdsHub link set lo up
    WDS_NS=(wdsHub)
    wds_attach wdsS 10.88.0.1
    for i in $(seq 1 "$n"); do
        wds_attach "wdsR$i" "10.88.0.$((10 + i))"
    done
}

wds_attach() {
    local ns=$1 addr=$2
    ip netns add "$ns"
    WDS_NS+=("$ns")
    ip link add "v-$ns" type veth peer name "h-$ns"
    ip link set "v-$ns" netns "$ns"
    ip link set "h-$ns" netns wdsHub
    ip -n wdsHub link set "h-$ns" master br0 up
    ip -n "$ns" addr add "$addr/24" dev "v-$ns"
    ip -n "$ns" link set lo up
    ip -n "$ns" link set "v-$ns" up
    ip -n "$ns" route add 224.0.0.0/4 dev "v-$ns"
}

wds_loss() {
    local ns=$1 permille=$2
    ip netns exec "$ns" nft delete table inet wdsloss 2>/dev/null || true
    [ "$permille" -eq 0 ] && return 0
    ip netns exec "$ns" nft -f - <<NFT
table inet wdsloss {
    chain input {
        type filter hook input priority 0; policy accept;
        meta l4proto udp numgen random mod 1000 < $permille drop
    }
}
NFT
}

wds_shape() {
    ip netns exec wdsS tc qdisc replace dev v-wdsS root tbf rate "$1" burst 256kb latency 20ms
}

wds_net_down() {
    local ns
    for ns in $(ip netns list 2>/dev/null | awk '{print $1}' | grep -E '^wds(Hub|S|R[0-9]+)$'); do
        ip netns pids "$ns" 2>/dev/null | xargs -r kill -9 2>/dev/null || true
        ip netns del "$ns"
    done
    WDS_NS=()
}
