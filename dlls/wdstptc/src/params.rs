//! Every protocol constant and default, and every choice made where the
//! specifications are open, in one place (the issue asks for exactly that).

use std::time::Duration;

/// Block numbers start at 1: the [MS-WDSMA] glossary ("The first block is
/// assigned a value of 1") and the client's 1-based MissingBlocksBitmap
/// (3.2.1) agree, so block `n` covers bytes `(n - 1) * BlockSize ..`. The
/// server rule `BlockOffset = BlockNumber x BlockSize` (3.1.5.2) would
/// skip the first block with 1-based numbers; we read it as the 0-based
/// index of the block. (CONFORMANCE 3.7, 3.8.)
pub const FIRST_BLOCK: u64 = 1;

/// The byte offset of block `n`.
pub fn block_offset(block: u64, block_size: u32) -> u64 {
    (block - FIRST_BLOCK) * u64::from(block_size)
}

/// Block size by default: 1385 bytes, Microsoft's own advice (KB 2582106)
/// for datagrams that are not IP-fragmented; 1385 + 87 bytes of HMAC-mode
/// overhead = 1472, the largest UDP payload in a 1500-byte MTU.
pub const DEFAULT_BLOCK_SIZE: u32 = 1385;
/// WDS's own default block (the [MS-WDSMSI] 4.1 example), on request.
pub const WDS_BLOCK_SIZE: u32 = 8785;
/// The largest block whose ODATA fits in one UDP datagram (65507 bytes)
/// with every header and a 32-byte HMAC.
pub const MAX_BLOCK_SIZE: u32 = 65_000;

/// [MS-WDSMA] 3.2.1: MaxCacheSize when the consumer gives none
/// (WDS_TRANSPORTCLIENT_NO_CACHE, 0).
pub const DEFAULT_CACHE_SIZE: u64 = 2_097_152;

/// [MS-WDSMT] 3.2.1.2: the client's protocol parameters.
#[derive(Debug, Clone)]
pub struct ClientParams {
    pub inactivity_timeout: Duration,
    pub join_interval: Duration,
    pub max_leave_delay: Duration,
    pub force_qcc_interval: Duration,
    /// [MS-WDSMSI] 3.1.6: resend the UDP request after 1 s.
    pub initiate_retry: Duration,
    /// How many UDP requests before giving up (our choice: 10, then the
    /// session completes with ERROR_TIMEOUT).
    pub initiate_attempts: u32,
    /// How long a TCP connection to the endpoint mapper or the RPC endpoint
    /// may take (our choice: 2 s; a refused one fails at once).
    pub rpc_connect_timeout: Duration,
    /// [MS-WDSC] 3.2.2: the client's timeout for the whole RPC call (our
    /// choice: 30 s, time enough for a Kerberos or NTLM exchange).
    pub rpc_call_timeout: Duration,
}

impl Default for ClientParams {
    fn default() -> Self {
        ClientParams {
            inactivity_timeout: Duration::from_millis(30_000),
            join_interval: Duration::from_millis(500),
            max_leave_delay: Duration::from_millis(200),
            force_qcc_interval: Duration::from_millis(20_000),
            initiate_retry: Duration::from_secs(1),
            initiate_attempts: 10,
            rpc_connect_timeout: Duration::from_secs(2),
            rpc_call_timeout: Duration::from_secs(30),
        }
    }
}

/// [MS-WDSMT] 3.1.1.4 and [MS-WDSMA] 3.1: the server's parameters.
#[derive(Debug, Clone)]
pub struct ServerParams {
    pub inactivity_timeout: Duration,
    pub join_ack_to_qcr_timeout: Duration,
    pub max_join_ack_sends: u32,
    pub poll_backoff: Duration,
    pub kick_interval: Duration,
    pub no_client_qcc_interval: Duration,
    /// No default in the spec. Ours: 2 s, often enough to keep RTTs and
    /// LastUpdate fresh, rare enough to cost nothing.
    pub qcc_interval: Duration,
    pub client_dead_timeout: Duration,
    pub spm_interval: Duration,
    pub cleanup_data_list_interval: Duration,
    /// [MS-WDSMT] 3.1.6.7: packets stay at least this long for repair.
    pub data_retention: Duration,
    pub max_no_response_spm: u32,
    pub demote_interval: Duration,
    /// No default in the spec. Ours: 64 packets of exponential growth.
    pub exp_max_window: u32,
    /// No default in the spec. Ours: 4096 packets, more than a 1 Gbit/s
    /// link carries in one 50 ms round trip at the default block size.
    pub max_window: u32,
    /// Our bound on the Data Packet List, in bytes: when it is full the
    /// oldest packets the master has acknowledged go first, before their
    /// 1000 ms (a late NACK for them is then answered by the next round).
    pub max_data_list_bytes: usize,
    /// [MS-WDSMA] 3.1.6.1: CNTCIRs of clients that joined more than this
    /// long after the oldest are set aside.
    pub late_joiner_cutoff: Duration,
    /// At most 200 clients per session ([MS-WDSMT] 3.1.1.2).
    pub max_clients: usize,
}

impl Default for ServerParams {
    fn default() -> Self {
        ServerParams {
            inactivity_timeout: Duration::from_millis(300_000),
            join_ack_to_qcr_timeout: Duration::from_millis(500),
            max_join_ack_sends: 3,
            poll_backoff: Duration::from_millis(200),
            kick_interval: Duration::from_millis(15_000),
            no_client_qcc_interval: Duration::from_millis(500),
            qcc_interval: Duration::from_millis(2_000),
            client_dead_timeout: Duration::from_millis(60_000),
            spm_interval: Duration::from_millis(220),
            cleanup_data_list_interval: Duration::from_millis(200),
            data_retention: Duration::from_millis(1_000),
            max_no_response_spm: 5,
            demote_interval: Duration::from_millis(500),
            exp_max_window: 64,
            max_window: 4096,
            max_data_list_bytes: 256 << 20,
            late_joiner_cutoff: Duration::from_secs(30),
            max_clients: 200,
        }
    }
}

/// Milliseconds as the 16-bit fields (RTT, back-offs) carry them.
pub fn ms16(d: Duration) -> u16 {
    u16::try_from(d.as_millis()).unwrap_or(u16::MAX)
}
