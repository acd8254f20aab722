#!/bin/bash
# A throw-away MIT Kerberos realm (krb5kdc from Debian's krb5-kdc) for the
# tests that need a real KDC (tests/wds-kerberos.sh,
# tests/winhttp-auth-peers.sh). Sourced, not run. Every file lives under
# the work directory, and KRB5_CONFIG, KRB5_KDC_PROFILE, KRB5CCNAME and
# KRB5_KTNAME name them, so no tool touches the host's /etc/krb5.conf,
# ticket cache or /etc/krb5.keytab.
#
#   krb5_realm WORK REALM DOMAIN KDC LISTEN [QUERY...]
#       writes WORK/krb5.conf and WORK/kdc.conf and creates the database
#       under WORK/kdc. DOMAIN is the DNS domain in REALM (.wds.test), KDC
#       where clients reach the KDC (10.88.0.1, 127.0.0.1:PORT), LISTEN
#       what it listens on (88, 127.0.0.1:PORT); each QUERY is run by
#       kadmin.local (addprinc, ktadd, modprinc...), logged in
#       WORK/kdc/setup.log.
#   krb5_kdc_start PORT [RUNNER...]
#       starts krb5kdc for the realm (through RUNNER, e.g. ip netns exec
#       NS), sets kdc to its pid and waits until it listens on PORT.

krb5_realm() {
    local query
    krb5_work=$1 krb5_realm_name=$2
    local domain=$3 kdc_address=$4 listen=$5
    shift 5
    mkdir -p "$krb5_work/kdc"
    export KRB5_CONFIG=$krb5_work/krb5.conf KRB5_KDC_PROFILE=$krb5_work/kdc.conf
    # A plain path (MIT reads one as FILE:), as Impacket reads KRB5CCNAME.
    export KRB5CCNAME=$krb5_work/ccache KRB5_KTNAME=FILE:$krb5_work/none.keytab
    cat > "$KRB5_CONFIG" <<EOF
[libdefaults]
    default_realm = $krb5_realm_name
    dns_lookup_kdc = false
    dns_lookup_realm = false
    rdns = false
    dns_canonicalize_hostname = false
[realms]
    $krb5_realm_name = {
        kdc = $kdc_address
        admin_server = $kdc_address
    }
[domain_realm]
    $domain = $krb5_realm_name
[logging]
    admin_server = FILE:$krb5_work/kdc/kadmin.log
    default = FILE:$krb5_work/kdc/krb5lib.log
EOF
    cat > "$KRB5_KDC_PROFILE" <<EOF
[kdcdefaults]
    kdc_listen = $listen
    kdc_tcp_listen = $listen
[realms]
    $krb5_realm_name = {
        database_name = $krb5_work/kdc/principal
        key_stash_file = $krb5_work/kdc/stash
        acl_file = $krb5_work/kdc/kadm5.acl
        max_life = 10h
        # sspi's client sends its first AS-REQ without PA-ENC-TIMESTAMP and
        # refuses an AS-REP to it; AD requires pre-authentication by default.
        default_principal_flags = +preauth
        supported_enctypes = aes256-cts-hmac-sha1-96:normal aes128-cts-hmac-sha1-96:normal
    }
[logging]
    kdc = FILE:$krb5_work/kdc/kdc.log
    admin_server = FILE:$krb5_work/kdc/kadmin.log
EOF
    : > "$krb5_work/kdc/kadm5.acl"
    kdb5_util create -s -r "$krb5_realm_name" -P master-not-secret > "$krb5_work/kdc/setup.log" 2>&1
    for query in "$@"; do
        kadmin.local -r "$krb5_realm_name" -q "$query" >> "$krb5_work/kdc/setup.log" 2>&1
    done
}

krb5_kdc_start() {
    local port=$1
    shift
    "$@" krb5kdc -n -r "$krb5_realm_name" -P "$krb5_work/kdc/krb5kdc.pid" 2>> "$krb5_work/kdc/kdc.log" &
    kdc=$!
    for _ in $(seq 50); do
        "$@" ss -ltn "sport = :$port" | grep -q LISTEN && return 0
        sleep 0.1
    done
}
