//! One multicast session of the transport server: [MS-WDSMT] 3.1 with
//! [MS-WDSMA] 3.1 on top, as a sans-IO state machine. Datagrams from
//! clients and time in; datagrams for the group or one client out. The
//! runtime (`transport_server.rs`) owns the socket and paces the sending.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddrV4;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::codec::ma::{self, AppPacket};
use crate::codec::mt::{self, Body, Packet, Security};
use crate::codec::{DecodeError, Range};
use crate::params::{self, FIRST_BLOCK, ServerParams};
use crate::provider::Content;
use crate::rng::Rng;

#[derive(Clone)]
pub struct SessionConfig {
    pub session_id: u32,
    pub block_size: u32,
    pub content: Arc<dyn Content>,
    /// Protection of the clients' packets ([MS-WDSMSI] client mode).
    pub client_security: Security,
    /// Protection of our packets (server mode).
    pub server_security: Security,
    pub params: ServerParams,
}

impl SessionConfig {
    pub fn total_blocks(&self) -> u64 {
        self.content.size().div_ceil(u64::from(self.block_size))
    }
}

/// Where a datagram goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dest {
    Group,
    Client(SocketAddrV4),
}

#[derive(Debug, Clone, Copy, Default)]
pub struct ServerStats {
    pub datagrams_sent: u64,
    pub bytes_sent: u64,
    pub odata: u64,
    pub rdata: u64,
    pub ncf: u64,
    pub nacks: u64,
    pub zero_nacks: u64,
    pub acks: u64,
    pub dropped: u64,
    pub joined: u64,
    pub completed: u64,
    pub left: u64,
    pub kicked: u64,
    pub rounds: u64,
    pub master_changes: u64,
    pub active_clients: usize,
    pub window: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    PreStart,
    Qcc,
    Data,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AppState {
    /// Not started: the transport has no master yet.
    Idle,
    Query {
        deadline: Instant,
    },
    Data,
}

/// [MS-WDSMT] 3.1.1.2.
#[derive(Debug, Clone)]
struct ClientEntry {
    addr: SocketAddrV4,
    client_time: u64,
    last_update: Instant,
    rtt: u64,
    join_ack_sends: u32,
    join_ack_at: Option<Instant>,
    qcr_received: bool,
    kick_reason: u8,
    progress: u8,
}

/// An entry of the Data Packet List (3.1.1.3): the [MS-WDSMA] DATA
/// packet; the ODATA around it is built at each send, because its
/// ClientId and TrailODATASeqNo change (3.1.5.9.7).
struct DataEntry {
    seq: u64,
    payload: Vec<u8>,
    created: Instant,
    last_send: Option<Instant>,
}

pub struct ServerMachine {
    cfg: SessionConfig,
    total_blocks: u64,
    epoch: Instant,
    state: State,
    next_client_id: u32,
    pending: HashMap<u32, ClientEntry>,
    active: HashMap<u32, ClientEntry>,
    kicked: HashMap<u32, ClientEntry>,
    // 3.1.1.3
    min_nack_backoff: u16,
    max_nack_backoff: u16,
    mc_rtt: u64,
    master: u32,
    next_spm_seq: u64,
    spm_count: u32,
    next_odata_seq: u64,
    mc_trail: u64,
    mc_lead: u64,
    mc_loss: f64,
    window: u32,
    list: VecDeque<DataEntry>,
    list_bytes: usize,
    // 3.1.1.5 and 3.1.1.1
    next_qcc_seq: u64,
    wait_time: u64,
    next_poll_seq: u64,
    // timers
    inactivity_at: Instant,
    client_cleanup_at: Instant,
    instate_qcc_at: Option<Instant>,
    outstate_qcc_at: Option<Instant>,
    spm_at: Option<Instant>,
    cleanup_at: Option<Instant>,
    kick_at: Option<Instant>,
    // [MS-WDSMA] 3.1.1
    app: AppState,
    cntcirs: HashMap<u32, (u32, Vec<Range>)>,
    /// Missing block ranges still to queue this round, ascending.
    to_send: VecDeque<Range>,
    terminated: bool,
    transmit: VecDeque<(Dest, Vec<u8>)>,
    stats: ServerStats,
}

impl ServerMachine {
    pub fn new(cfg: SessionConfig, now: Instant, mut rng: Rng) -> Self {
        let next_client_id = rng.next_u64() as u32;
        ServerMachine {
            total_blocks: cfg.total_blocks(),
            epoch: now,
            state: State::PreStart,
            next_client_id,
            pending: HashMap::new(),
            active: HashMap::new(),
            kicked: HashMap::new(),
            min_nack_backoff: 1,
            max_nack_backoff: 1,
            mc_rtt: 1,
            master: 0,
            next_spm_seq: 1,
            spm_count: 0,
            next_odata_seq: 1,
            mc_trail: 0,
            mc_lead: 0,
            mc_loss: 0.0,
            window: 1,
            list: VecDeque::new(),
            list_bytes: 0,
            next_qcc_seq: 1,
            wait_time: 1,
            next_poll_seq: 1,
            inactivity_at: now + cfg.params.inactivity_timeout,
            client_cleanup_at: now + cfg.params.client_dead_timeout,
            instate_qcc_at: None,
            outstate_qcc_at: None,
            spm_at: None,
            cleanup_at: None,
            kick_at: None,
            app: AppState::Idle,
            cntcirs: HashMap::new(),
            to_send: VecDeque::new(),
            terminated: false,
            transmit: VecDeque::new(),
            stats: ServerStats::default(),
            cfg,
        }
    }

    pub fn session_id(&self) -> u32 {
        self.cfg.session_id
    }

    pub fn stats(&self) -> ServerStats {
        ServerStats {
            active_clients: self.active.len(),
            window: self.window,
            ..self.stats
        }
    }

    /// The Terminate trigger has fired (inactivity, 3.1.6.9).
    pub fn is_terminated(&self) -> bool {
        self.terminated
    }

    /// No client is joined or joining.
    pub fn is_idle(&self) -> bool {
        self.active.is_empty() && self.pending.is_empty()
    }

    pub fn poll_transmit(&mut self) -> Option<(Dest, Vec<u8>)> {
        let t = self.transmit.pop_front()?;
        self.stats.datagrams_sent += 1;
        self.stats.bytes_sent += t.1.len() as u64;
        Some(t)
    }

    pub fn poll_timeout(&self) -> Option<Instant> {
        if self.terminated {
            return None;
        }
        let app = match self.app {
            AppState::Query { deadline } => Some(deadline),
            _ => None,
        };
        let join_acks = self.pending.values().filter_map(|c| c.join_ack_at).min();
        [
            Some(self.inactivity_at),
            Some(self.client_cleanup_at),
            self.instate_qcc_at,
            self.outstate_qcc_at,
            self.spm_at,
            self.cleanup_at,
            self.kick_at,
            app,
            join_acks,
        ]
        .into_iter()
        .flatten()
        .min()
    }

    /// Called by the runtime just before a datagram leaves: one that
    /// waited behind the rate cap gets the sending time (`mt::restamp`).
    pub fn restamp_if_late(&self, pkt: &mut [u8], now: Instant) {
        let t = self.ms(now);
        if mt::sender_time(pkt).is_some_and(|stamped| stamped < t) {
            mt::restamp(pkt, &self.cfg.server_security, t);
        }
    }

    fn ms(&self, now: Instant) -> u64 {
        now.saturating_duration_since(self.epoch).as_millis() as u64
    }

    fn send(&mut self, dest: Dest, body: Body<'_>, now: Instant) {
        let p = Packet::new(self.cfg.session_id, self.ms(now), body);
        let mut out = Vec::new();
        p.encode(&self.cfg.server_security, &mut out);
        self.transmit.push_back((dest, out));
    }

    /// The KICK trigger (3.1.5.6), an administrator's action.
    pub fn kick(&mut self, client_id: u32, reason: u8, now: Instant) {
        if let Some(mut c) = self.active.remove(&client_id) {
            c.kick_reason = reason;
            self.kicked.insert(client_id, c);
            self.stats.kicked += 1;
            if self.kick_at.is_none() {
                self.send_kick(now);
                self.kick_at = Some(now + self.cfg.params.kick_interval);
            }
            self.after_client_removed(client_id, now);
        }
    }

    fn send_kick(&mut self, now: Instant) {
        let list: Vec<(u32, u8)> = self
            .kicked
            .iter()
            .map(|(id, c)| (*id, c.kick_reason))
            .collect();
        // 3.1.5.6.1: one packet per 200 clients.
        for chunk in list.chunks(self.cfg.params.max_clients.max(1)) {
            self.send(Dest::Group, Body::Kick(chunk.to_vec()), now);
        }
    }

    pub fn handle_datagram(&mut self, from: SocketAddrV4, buf: &[u8], now: Instant) {
        if self.terminated {
            return;
        }
        let ok = match Packet::decode(buf, &self.cfg.client_security) {
            Ok(p) if p.session_id == self.cfg.session_id => {
                self.inactivity_at = now + self.cfg.params.inactivity_timeout;
                self.process(from, p, now).is_ok()
            }
            _ => false,
        };
        if !ok {
            self.stats.dropped += 1;
        }
    }

    fn process(
        &mut self,
        from: SocketAddrV4,
        p: Packet<'_>,
        now: Instant,
    ) -> Result<(), DecodeError> {
        let sender_time = p.sender_time;
        match p.body {
            Body::Join(_) => self.on_join(from, sender_time, now),
            Body::Qcr(q) => self.on_qcr(&q, now)?,
            Body::Leave { client_id, reason } => {
                if self.active.remove(&client_id).is_some()
                    || self.kicked.remove(&client_id).is_some()
                {
                    self.stats.left += 1;
                    if reason == mt::LEAVE_COMPLETE {
                        self.stats.completed += 1;
                    }
                    self.after_client_removed(client_id, now);
                }
            }
            Body::PollAck(a) => self.on_pollack(&a)?,
            Body::Ack(a) => self.on_ack(&a, now),
            Body::Nack(n) => self.on_nack(&n, now),
            _ => return Err(DecodeError::BadField("opcode for the client")),
        }
        Ok(())
    }

    /// 3.1.5.2.
    fn on_join(&mut self, from: SocketAddrV4, client_time: u64, now: Instant) {
        // A JOIN resent before our JOINACK arrived: answer it again.
        if let Some((&id, _)) = self.pending.iter().find(|(_, c)| c.addr == from) {
            self.send_join_ack(id, now);
            return;
        }
        if self.active.len() + self.pending.len() >= self.cfg.params.max_clients {
            return;
        }
        let id = self.next_client_id;
        self.next_client_id = self.next_client_id.wrapping_add(1);
        self.pending.insert(
            id,
            ClientEntry {
                addr: from,
                client_time,
                last_update: now,
                rtt: 0,
                join_ack_sends: 0,
                join_ack_at: None,
                qcr_received: false,
                kick_reason: mt::KICK_FAIL,
                progress: 0,
            },
        );
        self.stats.joined += 1;
        self.send_join_ack(id, now);
    }

    fn send_join_ack(&mut self, id: u32, now: Instant) {
        let Some(c) = self.pending.get_mut(&id) else {
            return;
        };
        c.join_ack_sends += 1;
        c.join_ack_at = Some(now + self.cfg.params.join_ack_to_qcr_timeout);
        let (addr, client_time) = (c.addr, c.client_time);
        let rtt = if self.master != 0 {
            self.mc_rtt.min(u64::from(u16::MAX)) as u16
        } else {
            0
        };
        let body = Body::JoinAck(mt::JoinAck {
            client_id: id,
            min_nack_backoff: self.min_nack_backoff,
            max_nack_backoff: self.max_nack_backoff,
            rtt,
            client_time,
        });
        self.send(Dest::Client(addr), body, now);
    }

    /// 3.1.5.8 and 3.1.5.2.3, then the [MS-WDSMA] Status trigger.
    fn on_qcr(&mut self, q: &mt::Qcr<'_>, now: Instant) -> Result<(), DecodeError> {
        let progress = if q.app_data.is_empty() {
            None
        } else {
            match AppPacket::decode(q.app_data)? {
                AppPacket::Progress { progress, .. } => Some(progress),
                _ => return Err(DecodeError::BadField("QCR AppData")),
            }
        };
        let rtt = if q.server_time != 0 {
            Some(self.ms(now).saturating_sub(q.server_time))
        } else {
            None
        };
        if q.qcc_seq == 0 {
            if let Some(mut c) = self.pending.remove(&q.client_id) {
                c.join_ack_at = None;
                c.rtt = rtt.unwrap_or(0);
                c.last_update = now;
                self.active.insert(q.client_id, c);
                if self.state == State::PreStart {
                    self.enter_qcc(now);
                }
                return Ok(());
            }
        } else if q.qcc_seq != self.next_qcc_seq - 1 {
            return Err(DecodeError::BadField("QCCSeqNo"));
        }
        let current = q.qcc_seq != 0;
        let Some(c) = self
            .active
            .get_mut(&q.client_id)
            .or_else(|| self.kicked.get_mut(&q.client_id))
        else {
            return Err(DecodeError::BadField("ClientId"));
        };
        c.last_update = now;
        if let Some(rtt) = rtt {
            c.rtt = rtt;
        }
        if current {
            c.qcr_received = true;
        }
        if let Some(p) = progress {
            c.progress = p;
        }
        Ok(())
    }

    fn on_pollack(&mut self, a: &mt::PollAck<'_>) -> Result<(), DecodeError> {
        if a.seq != self.next_poll_seq - 1 || !self.active.contains_key(&a.client_id) {
            return Err(DecodeError::BadField("POLLSeqNo"));
        }
        match AppPacket::decode(a.app_data)? {
            AppPacket::CntCir {
                time_in_session,
                ranges,
                progress,
            } => {
                if let Some(c) = self.active.get_mut(&a.client_id) {
                    c.progress = progress;
                }
                if matches!(self.app, AppState::Query { .. }) {
                    self.cntcirs.insert(a.client_id, (time_in_session, ranges));
                }
                Ok(())
            }
            _ => Err(DecodeError::BadField("POLLACK AppData")),
        }
    }

    /// 3.1.5.9.5.
    fn on_ack(&mut self, a: &mt::Ack, now: Instant) {
        if a.client_id != self.master || self.state != State::Data {
            return;
        }
        self.stats.acks += 1;
        self.spm_count = 0;
        self.mc_rtt = self.ms(now).saturating_sub(a.server_time);
        self.mc_loss = a.loss_rate as f64 / mt::LOSS_RATE_SCALE;
        if a.seq < self.mc_trail || a.seq > self.mc_lead {
            // Outside Trail..Lead the ACK moves nothing; we still count it
            // as a sign of life (above), so a new master whose contiguous
            // point lags the old one's does not send us back to QCC state.
            return;
        }
        let acked = (a.seq - self.mc_trail) as u32;
        let p = &self.cfg.params;
        self.window = if self.window < p.exp_max_window {
            (self.window + acked.saturating_mul(2)).min(p.exp_max_window)
        } else {
            (self.window + acked).min(p.max_window)
        };
        self.mc_trail = a.seq;
        self.release(now);
    }

    /// 3.1.5.9.6.
    fn on_nack(&mut self, n: &mt::Nack, now: Instant) {
        if !self.active.contains_key(&n.client_id) {
            return;
        }
        self.stats.nacks += 1;
        let loss = n.loss_rate as f64 / mt::LOSS_RATE_SCALE;
        if n.client_id == self.master {
            self.mc_loss = loss;
        } else {
            self.maybe_switch_master(n.client_id, loss);
        }
        self.window = ((f64::from(self.window) * 0.75) as u32).max(2);
        if n.ranges.is_empty() {
            self.stats.zero_nacks += 1;
            return;
        }
        self.send(Dest::Group, Body::Ncf(n.ranges.clone()), now);
        self.stats.ncf += 1;
        let Some(head) = self.list.front().map(|e| e.seq) else {
            return;
        };
        let quiet = Duration::from_millis(4 * self.mc_rtt);
        for r in &n.ranges {
            let lo = r.start.max(head);
            let hi = r.end.min(self.mc_lead);
            let mut seq = lo;
            while seq <= hi {
                let i = (seq - head) as usize;
                let recent = self.list[i]
                    .last_send
                    .is_some_and(|t| now.saturating_duration_since(t) < quiet);
                if !recent {
                    self.list[i].last_send = Some(now);
                    self.send_data(i, mt::OP_RDATA, now);
                    self.stats.rdata += 1;
                }
                seq += 1;
            }
        }
    }

    /// 3.1.5.9.6.1: the TFMCC throughput estimate.
    fn maybe_switch_master(&mut self, client_id: u32, loss: f64) {
        let Some(c) = self.active.get(&client_id) else {
            return;
        };
        let m = |rtt: u64, p: f64| {
            (rtt as f64 / 1000.0) * p.sqrt() * (1.0 + 9.0 * p * (1.0 + 32.0 * p * p))
        };
        let client = m(c.rtt, loss);
        let master = m(self.mc_rtt, self.mc_loss);
        // Throughput is 1/M; "less than 75 %" is 1/client < 0.75/master.
        if client > 0.0 && master * 1.0 < 0.75 * client {
            self.master = client_id;
            self.mc_loss = loss;
            self.stats.master_changes += 1;
        }
    }

    fn after_client_removed(&mut self, client_id: u32, now: Instant) {
        self.cntcirs.remove(&client_id);
        if self.is_idle() {
            // Everyone left: stop sending until someone joins again; the
            // sequence numbers carry on.
            self.state = State::PreStart;
            self.app = AppState::Idle;
            self.instate_qcc_at = None;
            self.outstate_qcc_at = None;
            self.spm_at = None;
            self.cleanup_at = None;
            self.master = 0;
            self.to_send.clear();
            self.list.clear();
            self.list_bytes = 0;
            self.mc_trail = self.next_odata_seq - 1;
            self.mc_lead = self.mc_trail;
        } else if client_id == self.master && self.state == State::Data {
            self.enter_qcc(now);
        } else if let AppState::Query { .. } = self.app {
            self.maybe_end_query(now);
        }
    }

    /// 3.1.5.7.1.
    fn enter_qcc(&mut self, now: Instant) {
        self.state = State::Qcc;
        self.spm_at = None;
        self.cleanup_at = None;
        self.outstate_qcc_at = None;
        self.wait_time = 1;
        self.send_qcc_instate(now);
    }

    /// 3.1.5.7.3.
    fn send_qcc_instate(&mut self, now: Instant) {
        for c in self.active.values_mut() {
            c.qcr_received = false;
        }
        self.wait_time = if self.active.is_empty() {
            (self.wait_time * 2).min(self.cfg.params.no_client_qcc_interval.as_millis() as u64)
        } else {
            self.active.len() as u64
        };
        let max_rtt = self.active.values().map(|c| c.rtt).max().unwrap_or(0);
        let wait = self.wait_time + max_rtt;
        self.send_qcc(wait, now);
        self.instate_qcc_at = Some(now + Duration::from_millis(wait));
    }

    fn send_qcc(&mut self, backoff: u64, now: Instant) {
        let seq = self.next_qcc_seq;
        self.next_qcc_seq += 1;
        let qcr_backoff = backoff.min(u64::from(u16::MAX)) as u16;
        self.send(Dest::Group, Body::Qcc(mt::Qcc { seq, qcr_backoff }), now);
    }

    /// 3.1.5.9.1.
    fn enter_data(&mut self, now: Instant) {
        self.state = State::Data;
        self.instate_qcc_at = None;
        self.spm_count = 0;
        self.cleanup_at = Some(now + self.cfg.params.cleanup_data_list_interval);
        self.outstate_qcc_at = Some(now + self.cfg.params.qcc_interval);
        self.send_spm(now);
        if self.app == AppState::Idle {
            self.enter_query(now);
        }
    }

    /// 3.1.5.9.3.
    fn send_spm(&mut self, now: Instant) {
        self.min_nack_backoff = (2 * self.mc_rtt).clamp(1, u64::from(u16::MAX)) as u16;
        let extra = (self.active.len() / 5) as u16;
        self.max_nack_backoff = self.min_nack_backoff.saturating_add(extra).max(1);
        let seq = self.next_spm_seq;
        self.next_spm_seq += 1;
        let trail = self.list.front().map_or(self.mc_lead, |e| e.seq);
        let body = Body::Spm(mt::Spm {
            seq,
            master_client_id: self.master,
            min_nack_backoff: self.min_nack_backoff,
            max_nack_backoff: self.max_nack_backoff,
            trail,
            lead: self.mc_lead,
            rtt: self.mc_rtt.min(u64::from(u16::MAX)) as u16,
        });
        self.send(Dest::Group, body, now);
        self.spm_count += 1;
        let next = self
            .cfg
            .params
            .spm_interval
            .max(Duration::from_millis(4 * self.mc_rtt));
        self.spm_at = Some(now + next);
    }

    /// Build and queue the ODATA or RDATA for list entry `i` (3.1.5.9.7-8).
    fn send_data(&mut self, i: usize, op: u8, now: Instant) {
        let trail = self.list.front().map_or(0, |e| e.seq);
        let e = &self.list[i];
        let d = mt::Data {
            client_id: self.master,
            seq: e.seq,
            trail,
            data: &e.payload,
        };
        let body = if op == mt::OP_RDATA {
            Body::Rdata(d)
        } else {
            Body::Odata(d)
        };
        let p = Packet::new(self.cfg.session_id, self.ms(now), body);
        let mut out = Vec::with_capacity(e.payload.len() + 96);
        p.encode(&self.cfg.server_security, &mut out);
        self.transmit.push_back((Dest::Group, out));
    }

    /// Send what the window allows from MCLeadODATASeqNo + 1 on (the tail
    /// of 3.1.5.9.5), after queueing more of the round's blocks.
    fn release(&mut self, now: Instant) {
        if self.state != State::Data {
            return;
        }
        self.feed(now);
        let in_flight = self.mc_lead - self.mc_trail;
        if in_flight >= u64::from(self.window) {
            return;
        }
        let Some(head) = self.list.front().map(|e| e.seq) else {
            return;
        };
        let count = u64::from(self.window) - in_flight;
        let last = self.list.back().map_or(0, |e| e.seq);
        let end = (self.mc_lead + count).min(last);
        for seq in self.mc_lead + 1..=end {
            let i = (seq - head) as usize;
            self.list[i].last_send = Some(now);
            self.send_data(i, mt::OP_ODATA, now);
            self.stats.odata += 1;
        }
        self.mc_lead = self.mc_lead.max(end);
    }

    /// The [MS-WDSMA] Data state's Data triggers (3.1.5.2), queued only as
    /// far ahead of the window as it can use: the same packets in the same
    /// order as queueing the whole round at once, without holding it.
    fn feed(&mut self, now: Instant) {
        if self.app != AppState::Data {
            return;
        }
        let bs = self.cfg.block_size;
        let size = self.cfg.content.size();
        loop {
            let unsent = self
                .list
                .back()
                .map_or(0, |e| e.seq.saturating_sub(self.mc_lead));
            if unsent >= u64::from(self.window) {
                return;
            }
            if self.list_bytes >= self.cfg.params.max_data_list_bytes {
                self.trim(now, true);
                if self.list_bytes >= self.cfg.params.max_data_list_bytes {
                    return;
                }
            }
            let Some(r) = self.to_send.front_mut() else {
                return;
            };
            let block = r.start;
            if r.start == r.end {
                self.to_send.pop_front();
            } else {
                r.start += 1;
            }
            let offset = params::block_offset(block, bs);
            let len = (size - offset).min(u64::from(bs)) as usize;
            let mut data = vec![0u8; len];
            if self.cfg.content.read_exact_at(offset, &mut data).is_err() {
                // A read error ends the session for everyone: we cannot
                // send what we cannot read.
                self.terminated = true;
                return;
            }
            let mut payload = Vec::with_capacity(len + ma::DATA_OVERHEAD);
            AppPacket::Data { block, data: &data }.encode(&mut payload);
            self.list_bytes += payload.len();
            let seq = self.next_odata_seq;
            self.next_odata_seq += 1;
            self.list.push_back(DataEntry {
                seq,
                payload,
                created: now,
                last_send: None,
            });
        }
    }

    /// 3.1.6.7: drop acknowledged packets older than the retention time
    /// (or, when `force`, acknowledged packets of any age).
    fn trim(&mut self, now: Instant, force: bool) -> bool {
        let mut removed = false;
        while let Some(e) = self.list.front() {
            // The spec says "lower than MCTrailODATASeqNo"; that would keep
            // the last acknowledged packet forever and the list would never
            // empty, so acknowledged packets (<=) go.
            let old = now.saturating_duration_since(e.created) >= self.cfg.params.data_retention;
            if e.seq <= self.mc_trail && (old || force) {
                self.list_bytes -= e.payload.len();
                self.list.pop_front();
                removed = true;
            } else {
                break;
            }
        }
        removed
    }

    /// [MS-WDSMA] 3.1.5.1: query the clients for what they miss.
    fn enter_query(&mut self, now: Instant) {
        self.cntcirs.clear();
        let mut app = Vec::new();
        AppPacket::SrvCir.encode(&mut app);
        let seq = self.next_poll_seq;
        self.next_poll_seq += 1;
        let backoff = params::ms16(self.cfg.params.poll_backoff);
        self.send(
            Dest::Group,
            Body::Poll(mt::Poll {
                seq,
                backoff,
                app_data: &app,
            }),
            now,
        );
        self.app = AppState::Query {
            deadline: now + self.cfg.params.poll_backoff,
        };
        self.stats.rounds += 1;
    }

    /// Once every active client has answered, waiting out PollBackOff
    /// gains nothing: we end the query early (our choice; no client can
    /// tell the difference).
    fn maybe_end_query(&mut self, now: Instant) {
        if !self.active.is_empty() && self.active.keys().all(|id| self.cntcirs.contains_key(id)) {
            self.query_timer(now);
        }
    }

    /// [MS-WDSMA] 3.1.6.1.
    fn query_timer(&mut self, now: Instant) {
        if self.cntcirs.is_empty() {
            self.enter_query(now);
            return;
        }
        let cutoff = self.cfg.params.late_joiner_cutoff.as_secs();
        let oldest = self.cntcirs.values().map(|(t, _)| *t).max().unwrap_or(0);
        let mut ranges: Vec<Range> = self
            .cntcirs
            .values()
            .filter(|(t, _)| u64::from(oldest - t) <= cutoff)
            .flat_map(|(_, r)| r.iter().copied())
            .filter_map(|r| {
                let start = r.start.max(FIRST_BLOCK);
                let end = r.end.min(self.total_blocks + FIRST_BLOCK - 1);
                (start <= end).then(|| Range::new(start, end))
            })
            .collect();
        ranges.sort();
        let mut merged: VecDeque<Range> = VecDeque::new();
        for r in ranges {
            match merged.back_mut() {
                Some(last) if r.start <= last.end.saturating_add(1) => {
                    last.end = last.end.max(r.end)
                }
                _ => merged.push_back(r),
            }
        }
        self.cntcirs.clear();
        if merged.is_empty() {
            self.enter_query(now);
            return;
        }
        self.to_send = merged;
        self.app = AppState::Data;
        self.release(now);
    }

    pub fn handle_timeout(&mut self, now: Instant) {
        if self.terminated {
            return;
        }
        let due = |t: Option<Instant>| t.is_some_and(|t| t <= now);
        if self.inactivity_at <= now {
            // 3.1.6.9: the Terminate trigger.
            self.terminated = true;
            return;
        }
        if self.client_cleanup_at <= now {
            self.client_cleanup(now);
            self.client_cleanup_at = now + self.cfg.params.client_dead_timeout;
        }
        let expired: Vec<u32> = self
            .pending
            .iter()
            .filter(|(_, c)| due(c.join_ack_at))
            .map(|(id, _)| *id)
            .collect();
        for id in expired {
            // 3.1.6.1.
            let sends = self.pending.get(&id).map_or(0, |c| c.join_ack_sends);
            if sends >= self.cfg.params.max_join_ack_sends {
                self.pending.remove(&id);
                self.after_client_removed(id, now);
            } else {
                self.send_join_ack(id, now);
            }
        }
        if due(self.kick_at) {
            // 3.1.6.3.
            if self.kicked.is_empty() {
                self.kick_at = None;
            } else {
                self.send_kick(now);
                self.kick_at = Some(now + self.cfg.params.kick_interval);
            }
        }
        if due(self.instate_qcc_at) {
            // 3.1.6.4: the responder with the highest RTT becomes master.
            let best = self
                .active
                .iter()
                .filter(|(_, c)| c.qcr_received)
                .max_by_key(|(_, c)| c.rtt);
            match best.map(|(id, c)| (*id, c.rtt)) {
                Some((id, rtt)) => {
                    if self.master != id {
                        self.stats.master_changes += 1;
                    }
                    self.master = id;
                    self.mc_rtt = rtt.max(1);
                    self.enter_data(now);
                }
                None => self.send_qcc_instate(now),
            }
        }
        if due(self.outstate_qcc_at) {
            // 3.1.6.5.
            let max_rtt = self.active.values().map(|c| c.rtt).max().unwrap_or(0);
            let wait = (self.cfg.params.qcc_interval.as_millis() as u64)
                .max(self.active.len() as u64)
                + max_rtt;
            self.send_qcc(wait, now);
            self.outstate_qcc_at = Some(now + Duration::from_millis(wait));
        }
        if due(self.spm_at) {
            // 3.1.6.6.
            if self.spm_count >= self.cfg.params.max_no_response_spm {
                self.enter_qcc(now);
            } else {
                self.send_spm(now);
            }
        }
        if due(self.cleanup_at) {
            // 3.1.6.7.
            if self.trim(now, false) {
                self.send_spm(now);
            }
            self.cleanup_at = Some(now + self.cfg.params.cleanup_data_list_interval);
            self.release(now);
            if self.app == AppState::Data && self.to_send.is_empty() && self.list.is_empty() {
                // The Data Empty trigger: the round is over.
                self.enter_query(now);
            }
        }
        if let AppState::Query { deadline } = self.app
            && deadline <= now
        {
            self.query_timer(now);
        }
    }

    /// 3.1.6.2: a client silent for ClientDeadTimeout is removed; we also
    /// KICK it (reason FAIL), so that if it is alive but deaf to our
    /// unicast it learns it is out.
    fn client_cleanup(&mut self, now: Instant) {
        let dead = self.cfg.params.client_dead_timeout;
        self.kicked
            .retain(|_, c| now.saturating_duration_since(c.last_update) <= dead * 2);
        let silent: Vec<u32> = self
            .active
            .iter()
            .filter(|(_, c)| now.saturating_duration_since(c.last_update) > dead)
            .map(|(id, _)| *id)
            .collect();
        for id in silent {
            self.kick(id, mt::KICK_FAIL, now);
        }
    }
}
