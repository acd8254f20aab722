//! The client side of [MS-WDSMT] 3.2 and [MS-WDSMA] 3.2 as a sans-IO state
//! machine: datagrams and time in; datagrams for the server, delivered
//! blocks and the outcome out. The runtime (`session.rs`) owns the sockets.

use std::collections::VecDeque;
use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

use crate::codec::ma::{self, AppPacket};
use crate::codec::msi::Offer;
use crate::codec::mt::{self, Body, Packet, Security};
use crate::codec::{DecodeError, Range};
use crate::params::{self, ClientParams, FIRST_BLOCK};
use crate::rng::Rng;

/// [MS-WDSMT] 3.2.5.10: the loss-rate EWMA factor.
const LOSS_ALPHA: f64 = 500.0 / 65536.0;
/// A NACK lists at most this many ranges, so it stays one datagram.
const MAX_NACK_RANGES: usize = 1000;

/// Everything the client learned from session initiation, plus its own
/// identity and cache size.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub offer: Offer,
    pub client_name: String,
    pub local_ip: Ipv4Addr,
    pub mac: Vec<u8>,
    /// MaxAppCacheSize: bytes delivered and not yet completed.
    pub cache_size: u64,
    /// Protection of the packets the client sends.
    pub client_security: Security,
    /// Protection expected on the server's packets.
    pub server_security: Security,
    pub params: ClientParams,
}

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every block arrived.
    Complete,
    /// The consumer cancelled, with the code SessionComplete reports.
    Cancelled(u32),
    /// No packet from the server for InactivityTimeout.
    Inactive,
    /// A KICK named this client, with its reason.
    Kicked(u8),
    /// A DEMOTE named this client, which does not do multistream.
    Demoted,
}

#[derive(Debug, PartialEq, Eq)]
pub enum ClientEvent {
    /// A new block: its number, byte offset and data.
    Block {
        block: u64,
        offset: u64,
        data: Vec<u8>,
    },
    /// The session is over; nothing follows.
    Finished(Outcome),
}

/// Counters for progress displays and tests.
#[derive(Debug, Clone, Copy, Default)]
pub struct ClientStats {
    pub packets: u64,
    /// Malformed, forged or foreign packets, dropped.
    pub dropped: u64,
    pub rdata: u64,
    pub nacks_sent: u64,
    pub zero_nacks: u64,
    pub duplicates: u64,
    pub blocks: u64,
    pub total_blocks: u64,
    pub bytes: u64,
    pub is_master: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Join,
    Regular,
    /// The LEAVE is waiting for its random delay.
    Leaving,
    Done,
}

/// [MS-WDSMT] 3.2.1.3.1: the Missing ODATA List.
#[derive(Debug, Default)]
struct MissingList {
    start: u64,
    end: u64,
    ranges: VecDeque<Range>,
}

impl MissingList {
    /// 3.2.1.3.1.1.
    fn update_start(&mut self, new_start: u64) {
        if new_start < self.start {
            return;
        }
        while let Some(first) = self.ranges.front_mut() {
            if first.end < new_start {
                self.ranges.pop_front();
            } else {
                if first.start < new_start {
                    first.start = new_start;
                }
                break;
            }
        }
        self.start = new_start;
        if self.end < self.start {
            self.end = self.start;
        }
    }

    /// 3.2.1.3.1.2.
    fn update_end(&mut self, new_end: u64) {
        if new_end <= self.end {
            return;
        }
        match self.ranges.back_mut() {
            Some(last) if last.end == self.end => last.end = new_end,
            _ => self.ranges.push_back(Range::new(self.end + 1, new_end)),
        }
        self.end = new_end;
    }

    /// 3.2.1.3.1.3.
    fn received(&mut self, seq: u64) {
        for i in 0..self.ranges.len() {
            let r = self.ranges[i];
            if seq < r.start {
                return;
            }
            if seq > r.end {
                continue;
            }
            if r.start == r.end {
                self.ranges.remove(i);
            } else if seq == r.start {
                self.ranges[i].start += 1;
            } else if seq == r.end {
                self.ranges[i].end -= 1;
            } else {
                self.ranges[i].end = seq - 1;
                self.ranges.insert(i + 1, Range::new(seq + 1, r.end));
            }
            return;
        }
    }

    /// 3.2.1.3.1.4.
    fn highest_continuous(&self) -> u64 {
        match self.ranges.front() {
            None => self.end,
            Some(r) => r.start - 1,
        }
    }
}

/// [MS-WDSMA] 3.2.1: which blocks have arrived (bit `n - 1` for block n).
struct Blocks {
    bits: Vec<u64>,
    total: u64,
    have: u64,
}

impl Blocks {
    fn new(total: u64) -> Self {
        Blocks {
            bits: vec![0; total.div_ceil(64) as usize],
            total,
            have: 0,
        }
    }

    fn has(&self, block: u64) -> bool {
        let i = block - FIRST_BLOCK;
        self.bits[(i / 64) as usize] & (1 << (i % 64)) != 0
    }

    fn set(&mut self, block: u64) {
        let i = block - FIRST_BLOCK;
        self.bits[(i / 64) as usize] |= 1 << (i % 64);
        self.have += 1;
    }

    fn progress(&self) -> u8 {
        (self.have * 100)
            .checked_div(self.total)
            .map_or(100, |p| p as u8)
    }

    /// The first `limit` ranges of missing blocks.
    fn missing(&self, limit: usize) -> Vec<Range> {
        let mut out = Vec::new();
        let mut run: Option<u64> = None;
        let mut i = 0;
        while i < self.total && out.len() < limit {
            let word = self.bits[(i / 64) as usize];
            // A full word (only ever a whole one: bits past the end stay 0)
            // is skipped at once.
            let have = if i % 64 == 0 && word == u64::MAX {
                64
            } else {
                u64::from(word & (1 << (i % 64)) != 0)
            };
            if have == 0 {
                run.get_or_insert(i);
                i += 1;
            } else {
                if let Some(s) = run.take() {
                    out.push(Range::new(s + FIRST_BLOCK, i - 1 + FIRST_BLOCK));
                }
                i += have;
            }
        }
        if let Some(s) = run
            && out.len() < limit
        {
            out.push(Range::new(s + FIRST_BLOCK, self.total - 1 + FIRST_BLOCK));
        }
        out
    }
}

pub struct ClientMachine {
    cfg: ClientConfig,
    epoch: Instant,
    rng: Rng,
    state: State,
    client_id: u32,
    // 3.2.1.1
    last_poll_seq: u64,
    last_poll: Option<(u64, Vec<u8>)>,
    last_qcc_seq: u64,
    last_qcc_time: u64,
    qcc_recv: Instant,
    // 3.2.1.3
    min_nack_backoff: u16,
    max_nack_backoff: u16,
    loss_rate: f64,
    first_odata: u64,
    hi_odata: u64,
    hi_loss_odata: u64,
    lead: u64,
    last_spm_seq: u64,
    master_client_id: u32,
    cache_used: u64,
    missing: MissingList,
    blocks: Blocks,
    join_time: Instant,
    // timers
    inactivity_at: Instant,
    join_at: Option<Instant>,
    poll_at: Option<Instant>,
    qcc_at: Option<Instant>,
    force_qcc_at: Option<Instant>,
    nack_at: Option<Instant>,
    leave_at: Option<Instant>,
    leave_reason: u8,
    outcome: Option<Outcome>,
    transmit: VecDeque<Vec<u8>>,
    events: VecDeque<ClientEvent>,
    stats: ClientStats,
}

impl ClientMachine {
    /// Start joining: the first JOIN is queued at once (3.2.3, 3.2.5.3).
    pub fn new(cfg: ClientConfig, now: Instant, rng: Rng) -> Self {
        let total = cfg.offer.total_blocks;
        let mut m = ClientMachine {
            epoch: now,
            rng,
            state: State::Join,
            client_id: 0,
            last_poll_seq: 0,
            last_poll: None,
            last_qcc_seq: 0,
            last_qcc_time: 0,
            qcc_recv: now,
            min_nack_backoff: 0,
            max_nack_backoff: 0,
            loss_rate: 0.0,
            first_odata: 0,
            hi_odata: 0,
            hi_loss_odata: 0,
            lead: 0,
            last_spm_seq: 0,
            master_client_id: 0,
            cache_used: 0,
            missing: MissingList::default(),
            blocks: Blocks::new(total),
            join_time: now,
            inactivity_at: now + cfg.params.inactivity_timeout,
            join_at: None,
            poll_at: None,
            qcc_at: None,
            force_qcc_at: None,
            nack_at: None,
            leave_at: None,
            leave_reason: mt::LEAVE_COMPLETE,
            outcome: None,
            transmit: VecDeque::new(),
            events: VecDeque::new(),
            stats: ClientStats {
                total_blocks: total,
                ..ClientStats::default()
            },
            cfg,
        };
        if total == 0 {
            // Empty content: nothing to receive, nothing to join for.
            m.finish(Outcome::Complete, None, now);
        } else {
            m.send_join(now);
        }
        m
    }

    pub fn stats(&self) -> ClientStats {
        ClientStats {
            is_master: self.is_master(),
            ..self.stats
        }
    }

    pub fn poll_transmit(&mut self) -> Option<Vec<u8>> {
        self.transmit.pop_front()
    }

    pub fn poll_event(&mut self) -> Option<ClientEvent> {
        self.events.pop_front()
    }

    /// The next instant `handle_timeout` has work to do.
    pub fn poll_timeout(&self) -> Option<Instant> {
        if self.state == State::Done {
            return None;
        }
        [
            Some(self.inactivity_at),
            self.join_at,
            self.poll_at,
            self.qcc_at,
            self.force_qcc_at,
            self.nack_at,
            self.leave_at,
        ]
        .into_iter()
        .flatten()
        .min()
    }

    /// [MS-WDSMT] 3.2.5.18: the consumer finished with `bytes` bytes.
    pub fn cache_done(&mut self, bytes: u64) {
        self.cache_used = self.cache_used.saturating_sub(bytes);
    }

    /// The consumer cancelled (3.2.5.4.1): LEAVE with CANCELLED.
    pub fn cancel(&mut self, code: u32, now: Instant) {
        if self.outcome.is_none() {
            self.finish(Outcome::Cancelled(code), Some(mt::LEAVE_CANCELLED), now);
        }
    }

    fn ms(&self, now: Instant) -> u64 {
        now.saturating_duration_since(self.epoch).as_millis() as u64
    }

    fn is_master(&self) -> bool {
        self.state == State::Regular && self.master_client_id == self.client_id
    }

    fn send(&mut self, body: Body<'_>, options: Vec<mt::Opt<'_>>, now: Instant) {
        let mut p = Packet::new(self.cfg.offer.session_id, self.ms(now), body);
        p.options = options;
        let mut out = Vec::new();
        p.encode(&self.cfg.client_security, &mut out);
        self.transmit.push_back(out);
    }

    /// End the session: record the outcome, and LEAVE after the random
    /// delay of 3.2.5.4.3 when the server knows us.
    fn finish(&mut self, outcome: Outcome, leave: Option<u8>, now: Instant) {
        self.outcome = Some(outcome);
        self.poll_at = None;
        self.qcc_at = None;
        self.force_qcc_at = None;
        self.nack_at = None;
        self.join_at = None;
        match leave {
            Some(reason) if self.state == State::Regular => {
                let max = if self.max_nack_backoff > 0 {
                    Duration::from_millis(u64::from(self.max_nack_backoff))
                } else {
                    self.cfg.params.max_leave_delay
                };
                let delay = self.rng.between(0, max.as_millis() as u64);
                self.leave_reason = reason;
                self.leave_at = Some(now + Duration::from_millis(delay));
                self.state = State::Leaving;
            }
            _ => self.done(),
        }
    }

    fn done(&mut self) {
        self.state = State::Done;
        self.leave_at = None;
        if let Some(o) = self.outcome {
            self.events.push_back(ClientEvent::Finished(o));
        }
    }

    fn send_join(&mut self, now: Instant) {
        let ip = self.cfg.local_ip.octets();
        let mac = self.cfg.mac.clone();
        let name = self.cfg.client_name.clone();
        self.send(
            Body::Join(mt::Join {
                client_name: name,
                ip: &ip,
                mac: &mac,
            }),
            Vec::new(),
            now,
        );
        self.join_at = Some(now + self.cfg.params.join_interval);
    }

    pub fn handle_timeout(&mut self, now: Instant) {
        if self.state == State::Done {
            return;
        }
        let due = |t: Option<Instant>| t.is_some_and(|t| t <= now);
        if self.state == State::Leaving {
            if due(self.leave_at) {
                let body = Body::Leave {
                    client_id: self.client_id,
                    reason: self.leave_reason,
                };
                self.send(body, Vec::new(), now);
                self.done();
            }
            return;
        }
        if self.inactivity_at <= now {
            // 3.2.5.4.2; LEAVE carries INACTIVE, the reason 2.2.11 names
            // for exactly this case.
            self.finish(Outcome::Inactive, Some(mt::LEAVE_INACTIVE), now);
            return;
        }
        if due(self.join_at) {
            self.send_join(now);
        }
        if due(self.poll_at) {
            self.poll_at = None;
            self.send_pollack(now);
        }
        if due(self.qcc_at) {
            self.qcc_at = None;
            let backoff = params::ms16(now.saturating_duration_since(self.qcc_recv));
            self.send_qcr(self.last_qcc_seq, backoff, self.last_qcc_time, now);
        }
        if due(self.force_qcc_at) {
            // 3.2.5.8: a voluntary QCR.
            self.send_qcr(0, 0, 0, now);
        }
        if due(self.nack_at) {
            self.nack_at = None;
            self.send_nack(now);
        }
    }

    fn loss_fixed(&self) -> u64 {
        (self.loss_rate * mt::LOSS_RATE_SCALE) as u64
    }

    fn progress_app_data(&self, now: Instant) -> Vec<u8> {
        let mut out = Vec::new();
        AppPacket::Progress {
            time_in_session: self.time_in_session(now),
            progress: self.blocks.progress(),
        }
        .encode(&mut out);
        out
    }

    fn time_in_session(&self, now: Instant) -> u32 {
        u32::try_from(now.saturating_duration_since(self.join_time).as_secs()).unwrap_or(u32::MAX)
    }

    fn send_qcr(&mut self, qcc_seq: u64, backoff: u16, server_time: u64, now: Instant) {
        let app = self.progress_app_data(now);
        let body = Body::Qcr(mt::Qcr {
            client_id: self.client_id,
            qcc_seq,
            backoff,
            server_time,
            hi_odata_seq: self.hi_odata,
            loss_rate: self.loss_fixed(),
            app_data: &app,
        });
        self.send(body, Vec::new(), now);
        self.force_qcc_at = Some(now + self.cfg.params.force_qcc_interval);
    }

    fn send_pollack(&mut self, now: Instant) {
        let Some((seq, _)) = self.last_poll.take() else {
            return;
        };
        let mut app = Vec::new();
        AppPacket::CntCir {
            progress: self.blocks.progress(),
            time_in_session: self.time_in_session(now),
            ranges: self.blocks.missing(ma::MAX_CIR_RANGES),
        }
        .encode(&mut app);
        self.send(
            Body::PollAck(mt::PollAck {
                client_id: self.client_id,
                seq,
                app_data: &app,
            }),
            Vec::new(),
            now,
        );
    }

    fn send_nack(&mut self, now: Instant) {
        if self.missing.ranges.is_empty() {
            return;
        }
        let ranges: Vec<Range> = self
            .missing
            .ranges
            .iter()
            .take(MAX_NACK_RANGES)
            .copied()
            .collect();
        let body = Body::Nack(mt::Nack {
            client_id: self.client_id,
            hi_odata_seq: self.hi_odata,
            loss_rate: self.loss_fixed(),
            ranges,
        });
        self.send(body, Vec::new(), now);
        self.stats.nacks_sent += 1;
        let delay = self.rng.between(
            u64::from(self.min_nack_backoff),
            u64::from(self.max_nack_backoff),
        );
        self.nack_at = Some(now + Duration::from_millis(delay));
    }

    /// 3.2.5.12.
    fn arm_nack(&mut self, now: Instant) {
        if self.missing.ranges.is_empty() || self.nack_at.is_some() {
            return;
        }
        let delay = if self.is_master() {
            0
        } else {
            self.rng.between(
                u64::from(self.min_nack_backoff),
                u64::from(self.max_nack_backoff),
            )
        };
        self.nack_at = Some(now + Duration::from_millis(delay));
    }

    /// 3.2.5.11.
    fn send_ack(&mut self, server_time: u64, now: Instant) {
        if !self.is_master() {
            return;
        }
        let body = Body::Ack(mt::Ack {
            client_id: self.client_id,
            seq: self.missing.highest_continuous(),
            server_time,
            hi_odata_seq: self.hi_odata,
            loss_rate: self.loss_fixed(),
        });
        self.send(body, Vec::new(), now);
    }

    /// 3.2.5.10: the loss EWMA.
    fn update_loss(&mut self, upto: u64, received: bool) {
        if self.first_odata == 0 {
            return;
        }
        // Bound the loop: after a few thousand steps the EWMA has
        // converged to 1 anyway.
        let steps = upto.saturating_sub(self.hi_loss_odata).min(4096);
        for _ in 0..steps {
            self.loss_rate = LOSS_ALPHA * self.loss_rate + (1.0 - LOSS_ALPHA);
        }
        if received {
            self.loss_rate *= LOSS_ALPHA;
        }
        self.hi_loss_odata = self.hi_loss_odata.max(upto);
    }

    /// Process one datagram from the server (either socket).
    pub fn handle_datagram(&mut self, buf: &[u8], now: Instant) {
        if matches!(self.state, State::Done | State::Leaving) {
            return;
        }
        match Packet::decode(buf, &self.cfg.server_security) {
            Ok(p) if p.session_id == self.cfg.offer.session_id => {
                self.stats.packets += 1;
                self.inactivity_at = now + self.cfg.params.inactivity_timeout;
                if self.process(p, now).is_err() {
                    self.stats.dropped += 1;
                }
            }
            _ => self.stats.dropped += 1,
        }
    }

    fn process(&mut self, p: Packet<'_>, now: Instant) -> Result<(), DecodeError> {
        if self.state == State::Join {
            if let Body::JoinAck(a) = &p.body {
                self.on_joinack(a, p.sender_time, now);
            }
            return Ok(());
        }
        match p.body {
            Body::JoinAck(ref a) => self.on_joinack(a, p.sender_time, now),
            Body::Qcc(q) => {
                // 3.2.5.7.
                if q.seq > self.last_qcc_seq {
                    self.last_qcc_seq = q.seq;
                    self.last_qcc_time = p.sender_time;
                    self.qcc_recv = now;
                    let delay = self.rng.between(0, u64::from(q.qcr_backoff));
                    self.qcc_at = Some(now + Duration::from_millis(delay));
                }
            }
            Body::Poll(poll) => {
                // 3.2.5.6.
                if poll.seq > self.last_poll_seq {
                    if !matches!(AppPacket::decode(poll.app_data)?, AppPacket::SrvCir) {
                        return Err(DecodeError::BadField("POLL AppData"));
                    }
                    self.last_poll_seq = poll.seq;
                    self.last_poll = Some((poll.seq, poll.app_data.to_vec()));
                    let delay = self.rng.between(0, u64::from(poll.backoff));
                    self.poll_at = Some(now + Duration::from_millis(delay));
                }
            }
            Body::Spm(s) => self.on_spm(&s, p.sender_time, now),
            Body::Odata(ref d) => {
                let fw_lead = p.option(mt::OPT_ODATA_FW_LEAD_SEQ_NO);
                self.on_data(d, fw_lead, p.sender_time, now)?;
            }
            Body::Rdata(ref d) => {
                self.stats.rdata += 1;
                self.on_data(d, None, p.sender_time, now)?;
            }
            Body::Ncf(_) => {}
            Body::Kick(list) => {
                if let Some((_, reason)) = list.iter().find(|(id, _)| *id == self.client_id) {
                    self.finish(Outcome::Kicked(*reason), Some(mt::LEAVE_CANCELLED), now);
                }
            }
            Body::Demote(d) => {
                if d.clients.contains(&self.client_id) {
                    self.finish(Outcome::Demoted, Some(mt::LEAVE_CANCELLED), now);
                }
            }
            // Client-to-server opcodes have no business on this socket.
            _ => return Err(DecodeError::BadField("opcode for the server")),
        }
        Ok(())
    }

    /// 3.2.5.3.2 and 3.2.5.5.
    fn on_joinack(&mut self, a: &mt::JoinAck, sender_time: u64, now: Instant) {
        if self.state == State::Regular && a.client_id != self.client_id {
            return;
        }
        self.client_id = a.client_id;
        self.min_nack_backoff = a.min_nack_backoff;
        self.max_nack_backoff = a.max_nack_backoff;
        let body = Body::Qcr(mt::Qcr {
            client_id: a.client_id,
            qcc_seq: 0,
            backoff: 0,
            server_time: sender_time,
            hi_odata_seq: 0,
            loss_rate: 0,
            app_data: &[],
        });
        self.send(body, Vec::new(), now);
        self.join_at = None;
        self.state = State::Regular;
        self.force_qcc_at = Some(now + self.cfg.params.force_qcc_interval);
    }

    /// 3.2.5.9.
    fn on_spm(&mut self, s: &mt::Spm, sender_time: u64, now: Instant) {
        if s.seq <= self.last_spm_seq {
            return;
        }
        self.last_spm_seq = s.seq;
        self.master_client_id = s.master_client_id;
        self.lead = s.lead;
        self.min_nack_backoff = s.min_nack_backoff;
        self.max_nack_backoff = s.max_nack_backoff;
        if self.first_odata == 0 && s.lead != 0 {
            self.first_odata = s.lead;
            self.missing.update_start(s.lead);
            self.missing.end = self.missing.end.max(s.lead);
        }
        self.update_loss(s.lead, false);
        self.hi_odata = self.hi_odata.max(s.trail);
        if self.first_odata != 0 {
            self.missing.update_start(s.trail.max(self.first_odata));
            self.missing.update_end(s.lead);
        }
        self.arm_nack(now);
        self.send_ack(sender_time, now);
    }

    /// 3.2.5.13 and 3.2.5.14, then the [MS-WDSMA] DATA trigger.
    fn on_data(
        &mut self,
        d: &mt::Data<'_>,
        fw_lead: Option<&[u8]>,
        sender_time: u64,
        now: Instant,
    ) -> Result<(), DecodeError> {
        if d.seq == 0 {
            return Err(DecodeError::BadField("ODATASeqNo"));
        }
        let app = AppPacket::decode(d.data)?;
        let AppPacket::Data { block, data } = app else {
            return Err(DecodeError::BadField("ODATA AppData"));
        };
        let offer = &self.cfg.offer;
        if block < FIRST_BLOCK || block >= FIRST_BLOCK + offer.total_blocks {
            return Err(DecodeError::BadField("BlockNumber"));
        }
        let offset = params::block_offset(block, offer.block_size);
        let expected = (offer.content_size - offset).min(u64::from(offer.block_size));
        if data.len() as u64 != expected {
            return Err(DecodeError::BadField("DataLen"));
        }
        if self.first_odata != 0 && d.seq < self.first_odata {
            return Ok(());
        }
        if self.first_odata == 0 {
            // Our list starts at the first packet we see: we never ask for
            // packets we would ignore.
            self.first_odata = d.seq;
            self.missing.start = d.seq;
            self.missing.end = d.seq - 1;
        }
        self.master_client_id = d.client_id;
        self.lead = self.lead.max(d.seq);
        self.hi_odata = self.hi_odata.max(d.seq);
        self.update_loss(d.seq, true);
        self.missing.update_start(d.trail.max(self.first_odata));
        self.missing.update_end(d.seq);
        self.missing.received(d.seq);
        self.arm_nack(now);
        let ack = match fw_lead {
            None => true,
            Some(v) => <[u8; 8]>::try_from(v).is_ok_and(|b| u64::from_be_bytes(b) >= d.seq),
        };
        if ack {
            self.send_ack(sender_time, now);
        }
        // [MS-WDSMA] 3.2.5.1: a block we have is ignored (and is not
        // charged to the cache, which only the consumer's completions
        // drain).
        if self.blocks.has(block) {
            self.stats.duplicates += 1;
            return Ok(());
        }
        if self.cfg.cache_size.saturating_sub(self.cache_used) < data.len() as u64 {
            // 3.2.5.13: no room; a zero NACK tells the server, and the block
            // comes again in a later round.
            let body = Body::Nack(mt::Nack {
                client_id: self.client_id,
                hi_odata_seq: self.hi_odata,
                loss_rate: self.loss_fixed(),
                ranges: Vec::new(),
            });
            self.send(body, Vec::new(), now);
            self.stats.zero_nacks += 1;
            return Ok(());
        }
        self.cache_used += data.len() as u64;
        self.blocks.set(block);
        self.stats.blocks += 1;
        self.stats.bytes += data.len() as u64;
        self.events.push_back(ClientEvent::Block {
            block,
            offset,
            data: data.to_vec(),
        });
        if self.blocks.have == self.blocks.total {
            self.finish(Outcome::Complete, Some(mt::LEAVE_COMPLETE), now);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_list_follows_3_2_1_3_1() {
        let mut m = MissingList::default();
        m.update_end(10);
        assert_eq!(m.ranges, [Range::new(1, 10)]);
        m.received(1);
        m.received(10);
        m.received(5);
        assert_eq!(m.ranges, [Range::new(2, 4), Range::new(6, 9)]);
        assert_eq!(m.highest_continuous(), 1);
        m.update_start(3);
        assert_eq!(m.ranges, [Range::new(3, 4), Range::new(6, 9)]);
        m.update_start(7);
        assert_eq!(m.ranges, [Range::new(7, 9)]);
        m.update_end(12);
        assert_eq!(m.ranges, [Range::new(7, 9), Range::new(11, 12)]);
        for s in [7, 8, 9, 11, 12] {
            m.received(s);
        }
        assert!(m.ranges.is_empty());
        assert_eq!(m.highest_continuous(), 12);
    }

    #[test]
    fn block_bitmap_lists_missing_ranges() {
        let mut b = Blocks::new(200);
        for n in 1..=200 {
            if !(5..=9).contains(&n) && n != 100 && n < 150 {
                b.set(n);
            }
        }
        assert_eq!(
            b.missing(64),
            [Range::new(5, 9), Range::new(100, 100), Range::new(150, 200)]
        );
        assert_eq!(b.missing(1), [Range::new(5, 9)]);
        assert_eq!(b.progress(), (b.have * 100 / 200) as u8);
    }
}
