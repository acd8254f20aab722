//! Sockets and interfaces: the multicast rules of CONFORMANCE 6 (pin the
//! interface, never INADDR_ANY for a join, IP_MULTICAST_ALL off) in one
//! place, and a wakeable poll.

use std::io;
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4, UdpSocket};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::time::{Duration, Instant};

use socket2::{Domain, Protocol, Socket, Type};

/// Socket buffers big enough to ride out a scheduling hiccup at 1 Gbit/s.
const BUFFER_BYTES: usize = 16 << 20;

fn udp() -> io::Result<Socket> {
    Socket::new(Domain::IPV4, Type::DGRAM.nonblocking(), Some(Protocol::UDP))
}

/// Ask for big buffers; as root, past net.core.[rw]mem_max.
fn big_buffers(s: &Socket) {
    let _ = s.set_recv_buffer_size(BUFFER_BYTES);
    let _ = s.set_send_buffer_size(BUFFER_BYTES);
    let size = BUFFER_BYTES as libc::c_int;
    for opt in [libc::SO_RCVBUFFORCE, libc::SO_SNDBUFFORCE] {
        // SAFETY: a valid socket, a c_int option of the right size; failure
        // (not root) is harmless and ignored.
        unsafe {
            libc::setsockopt(
                s.as_raw_fd(),
                libc::SOL_SOCKET,
                opt,
                (&size as *const libc::c_int).cast(),
                std::mem::size_of::<libc::c_int>() as libc::socklen_t,
            );
        }
    }
}

/// The server's session socket: bound to the interface address, sending
/// to the group through that interface only.
pub fn server_socket(iface: Ipv4Addr, port: u16) -> io::Result<UdpSocket> {
    let s = udp()?;
    s.set_reuse_address(true)?;
    big_buffers(&s);
    s.set_multicast_if_v4(&iface)?;
    s.set_multicast_ttl_v4(1)?;
    s.set_multicast_loop_v4(true)?;
    s.bind(&SocketAddr::V4(SocketAddrV4::new(iface, port)).into())?;
    Ok(s.into())
}

/// The client's multicast socket: bound to the group and port, joined on
/// the interface that reaches the server, deaf to other groups.
pub fn group_socket(group: Ipv4Addr, port: u16, iface: Ipv4Addr) -> io::Result<UdpSocket> {
    let s = udp()?;
    s.set_reuse_address(true)?;
    big_buffers(&s);
    s.set_multicast_all_v4(false)?;
    s.bind(&SocketAddr::V4(SocketAddrV4::new(group, port)).into())?;
    s.join_multicast_v4(&group, &iface)?;
    Ok(s.into())
}

/// A unicast socket connected to `peer`, from the address that routes to
/// it.
pub fn connected_socket(peer: SocketAddrV4) -> io::Result<UdpSocket> {
    let s = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))?;
    s.connect(peer)?;
    s.set_nonblocking(true)?;
    Ok(s)
}

pub fn local_ipv4(s: &UdpSocket) -> io::Result<Ipv4Addr> {
    match s.local_addr()? {
        SocketAddr::V4(a) => Ok(*a.ip()),
        SocketAddr::V6(_) => Err(io::ErrorKind::Unsupported.into()),
    }
}

/// The IPv4 address of interface `name`, or the name's own value when it
/// is already an address.
pub fn interface_ipv4(name: &str) -> io::Result<Ipv4Addr> {
    if let Ok(ip) = name.parse() {
        return Ok(ip);
    }
    interfaces()?
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, ip)| ip)
        .ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::NotFound,
                format!("no IPv4 address on interface {name}"),
            )
        })
}

/// The MAC address of the interface holding `ip` (zeros for loopback or
/// when unknown), for JOIN and the UDP request.
pub fn mac_for(ip: Ipv4Addr) -> Vec<u8> {
    let name = interfaces()
        .ok()
        .and_then(|l| l.into_iter().find(|(_, a)| *a == ip).map(|(n, _)| n));
    let text =
        name.and_then(|n| std::fs::read_to_string(format!("/sys/class/net/{n}/address")).ok());
    let mac: Vec<u8> = text
        .unwrap_or_default()
        .trim()
        .split(':')
        .filter_map(|h| u8::from_str_radix(h, 16).ok())
        .collect();
    if mac.len() == 6 { mac } else { vec![0; 6] }
}

fn interfaces() -> io::Result<Vec<(String, Ipv4Addr)>> {
    let mut head: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs fills `head` with a list we free below.
    if unsafe { libc::getifaddrs(&mut head) } != 0 {
        return Err(io::Error::last_os_error());
    }
    let mut out = Vec::new();
    let mut p = head;
    while !p.is_null() {
        // SAFETY: `p` is a node of the list getifaddrs returned.
        let ifa = unsafe { &*p };
        if !ifa.ifa_addr.is_null() {
            // SAFETY: ifa_addr points to a sockaddr; we read its family.
            let family = unsafe { (*ifa.ifa_addr).sa_family };
            if i32::from(family) == libc::AF_INET {
                // SAFETY: AF_INET means the sockaddr is a sockaddr_in.
                let sin = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_in) };
                // SAFETY: ifa_name is a NUL-terminated string.
                let name = unsafe { std::ffi::CStr::from_ptr(ifa.ifa_name) };
                out.push((
                    name.to_string_lossy().into_owned(),
                    Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr)),
                ));
            }
        }
        p = ifa.ifa_next;
    }
    // SAFETY: `head` came from getifaddrs and is freed once.
    unsafe { libc::freeifaddrs(head) };
    Ok(out)
}

/// A pipe that wakes a poll from another thread.
pub struct Waker {
    read: OwnedFd,
    write: OwnedFd,
}

impl Waker {
    pub fn new() -> io::Result<Self> {
        let mut fds = [0 as RawFd; 2];
        // SAFETY: pipe2 writes two fds into the array.
        if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_NONBLOCK | libc::O_CLOEXEC) } != 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: both fds are fresh and owned by nobody else.
        let (read, write) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
        Ok(Waker { read, write })
    }

    pub fn wake(&self) {
        // SAFETY: writing one byte from a live buffer to our pipe; a full
        // pipe already means "awake".
        unsafe { libc::write(self.write.as_raw_fd(), [1u8].as_ptr().cast(), 1) };
    }

    fn drain(&self) {
        let mut buf = [0u8; 64];
        // SAFETY: reading into a live buffer from our non-blocking pipe.
        while unsafe { libc::read(self.read.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) } > 0 {
        }
    }
}

/// Wait until one of `fds` is readable, the waker fires, or `deadline`.
/// Returns which fds are readable.
pub fn wait(fds: &[RawFd], waker: &Waker, deadline: Option<Instant>) -> Vec<bool> {
    let mut pfds: Vec<libc::pollfd> = fds
        .iter()
        .chain([waker.read.as_raw_fd()].iter())
        .map(|&fd| libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        })
        .collect();
    let timeout = deadline.map(|d| {
        d.saturating_duration_since(Instant::now())
            .min(Duration::from_secs(3600))
    });
    let ts = timeout.map(|t| libc::timespec {
        tv_sec: t.as_secs() as libc::time_t,
        tv_nsec: t.subsec_nanos() as libc::c_long,
    });
    let tsp = ts
        .as_ref()
        .map_or(std::ptr::null(), |t| t as *const libc::timespec);
    // SAFETY: `pfds` is a live array of pollfd of the given length; `tsp`
    // is NULL or points to a live timespec.
    unsafe {
        libc::ppoll(
            pfds.as_mut_ptr(),
            pfds.len() as libc::nfds_t,
            tsp,
            std::ptr::null(),
        )
    };
    if pfds.last().is_some_and(|p| p.revents != 0) {
        waker.drain();
    }
    pfds[..fds.len()].iter().map(|p| p.revents != 0).collect()
}

/// <linux/udp.h>'s segmentation offload options (the libc crate has them
/// for uclibc only).
const UDP_SEGMENT: libc::c_int = 103;
const UDP_GRO: libc::c_int = 104;
/// <linux/udp.h> UDP_MAX_SEGMENTS: the most datagrams one GSO send holds.
const MAX_SEGMENTS: usize = 64;
/// The payload of one IPv4 UDP datagram (or GSO buffer) at most.
const MAX_PAYLOAD: usize = 65507;
/// Room for one cmsg carrying a c_int, as an aligned buffer.
type CmsgBuf = [u64; 4];

fn sockaddr(a: SocketAddrV4) -> libc::sockaddr_in {
    libc::sockaddr_in {
        sin_family: libc::AF_INET as libc::sa_family_t,
        sin_port: a.port().to_be(),
        sin_addr: libc::in_addr {
            s_addr: u32::from(*a.ip()).to_be(),
        },
        sin_zero: [0; 8],
    }
}

/// Sends datagrams in order, many per system call: `sendmmsg`, with each
/// run of same-size datagrams to one destination handed over as one UDP
/// GSO buffer (UDP_SEGMENT) while the kernel takes them, so the stack is
/// walked once per run rather than once per datagram.
pub struct Sender {
    /// GSO is tried for datagrams shorter than this; a refusal lowers it
    /// (to the refused size for EINVAL/EMSGSIZE, e.g. a datagram past the
    /// MTU; to 0 when the kernel or device has no UDP GSO at all).
    gso_below: usize,
    // Scratch kept between calls, so a send allocates nothing.
    runs: Vec<(usize, usize)>,
    iovs: Vec<libc::iovec>,
    names: Vec<libc::sockaddr_in>,
    cmsgs: Vec<CmsgBuf>,
    msgs: Vec<libc::mmsghdr>,
}

// SAFETY: the raw pointers in the scratch vectors are rebuilt at each send
// and never used after it returns.
unsafe impl Send for Sender {}

impl Default for Sender {
    fn default() -> Self {
        Sender {
            gso_below: usize::MAX,
            runs: Vec::new(),
            iovs: Vec::new(),
            names: Vec::new(),
            cmsgs: Vec::new(),
            msgs: Vec::new(),
        }
    }
}

impl Sender {
    /// Send `pkts` (to their destination, or `None` on a connected socket)
    /// in order. Returns how many are done: sent, or refused by the kernel
    /// for good and so lost as the network might lose them. `WouldBlock`
    /// when not even the first fits in the socket buffer.
    pub fn send(&mut self, fd: RawFd, pkts: &[(Option<SocketAddrV4>, &[u8])]) -> io::Result<usize> {
        loop {
            self.plan(pkts);
            let (first_len, first_count) = self
                .runs
                .first()
                .map_or((0, 0), |&(a, b)| (pkts[a].1.len(), b - a));
            if first_count == 0 {
                return Ok(0);
            }
            // SAFETY: `msgs` holds `msgs.len()` headers whose pointers
            // (iovecs into `pkts`, names, cmsgs) are live for this call.
            let r = unsafe {
                libc::sendmmsg(
                    fd,
                    self.msgs.as_mut_ptr(),
                    self.msgs.len() as libc::c_uint,
                    0,
                )
            };
            if r >= 0 {
                return Ok(self.runs[..r as usize].iter().map(|&(a, b)| b - a).sum());
            }
            let e = io::Error::last_os_error();
            match e.raw_os_error() {
                Some(libc::EAGAIN) => return Err(e),
                Some(libc::EINVAL | libc::EMSGSIZE) if first_count > 1 => {
                    self.gso_below = first_len;
                }
                Some(libc::EIO | libc::EOPNOTSUPP | libc::ENOPROTOOPT) if first_count > 1 => {
                    self.gso_below = 0;
                }
                // A datagram the kernel refuses is lost, as on the wire;
                // the protocol repairs it.
                _ => return Ok(first_count),
            }
        }
    }

    /// Group `pkts` into runs and fill the headers for them.
    fn plan(&mut self, pkts: &[(Option<SocketAddrV4>, &[u8])]) {
        self.runs.clear();
        let mut i = 0;
        while i < pkts.len() {
            let (dest, p) = pkts[i];
            let mut j = i + 1;
            if p.len() < self.gso_below && !p.is_empty() {
                let most = (MAX_PAYLOAD / p.len()).min(MAX_SEGMENTS);
                while j < pkts.len()
                    && j - i < most
                    && pkts[j].0 == dest
                    && pkts[j].1.len() == p.len()
                {
                    j += 1;
                }
            }
            self.runs.push((i, j));
            i = j;
        }
        self.iovs.clear();
        self.iovs.extend(pkts.iter().map(|(_, p)| libc::iovec {
            iov_base: p.as_ptr() as *mut libc::c_void,
            iov_len: p.len(),
        }));
        self.names.clear();
        self.names.extend(self.runs.iter().map(|&(a, _)| {
            pkts[a].0.map_or(
                // SAFETY: sockaddr_in is plain data; all zeros is valid.
                unsafe { std::mem::zeroed() },
                sockaddr,
            )
        }));
        self.cmsgs.clear();
        self.cmsgs.resize(self.runs.len(), [0; 4]);
        self.msgs.clear();
        for (k, &(a, b)) in self.runs.iter().enumerate() {
            // SAFETY: msghdr is plain data; all zeros is a valid empty one.
            let mut h: libc::msghdr = unsafe { std::mem::zeroed() };
            if pkts[a].0.is_some() {
                h.msg_name = (&mut self.names[k] as *mut libc::sockaddr_in).cast();
                h.msg_namelen = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
            }
            h.msg_iov = self.iovs[a..b].as_mut_ptr();
            h.msg_iovlen = b - a;
            if b - a > 1 {
                h.msg_control = self.cmsgs[k].as_mut_ptr().cast();
                // SAFETY: CMSG_SPACE only computes a size.
                h.msg_controllen = unsafe { libc::CMSG_SPACE(2) } as usize;
                // SAFETY: the control buffer is 32 bytes, room for the
                // cmsghdr and its u16 (CMSG_SPACE(2) is 24); FIRSTHDR
                // points into it.
                unsafe {
                    let c = libc::CMSG_FIRSTHDR(&h);
                    (*c).cmsg_level = libc::SOL_UDP;
                    (*c).cmsg_type = UDP_SEGMENT;
                    (*c).cmsg_len = libc::CMSG_LEN(2) as usize;
                    // The kernel reads the segment size as a u16.
                    std::ptr::write_unaligned(
                        libc::CMSG_DATA(c).cast::<u16>(),
                        pkts[a].1.len() as u16,
                    );
                }
            }
            self.msgs.push(libc::mmsghdr {
                msg_hdr: h,
                msg_len: 0,
            });
        }
    }
}

/// Receives up to a batch of datagrams per system call (`recvmmsg`) into
/// buffers kept between calls. With UDP GRO on, one buffer may hold a run
/// of datagrams of one size, which is split again before delivery.
pub struct Receiver {
    slots: usize,
    bufs: Vec<u8>,
    iovs: Vec<libc::iovec>,
    names: Vec<libc::sockaddr_in>,
    cmsgs: Vec<CmsgBuf>,
    msgs: Vec<libc::mmsghdr>,
}

// SAFETY: the raw pointers in the scratch vectors are rebuilt at each
// receive and never used after it returns.
unsafe impl Send for Receiver {}

/// A receive buffer holds the largest datagram, or a GRO run.
const SLOT: usize = 65536;

impl Receiver {
    pub fn new(slots: usize) -> Self {
        Receiver {
            slots,
            bufs: vec![0; slots * SLOT],
            iovs: Vec::with_capacity(slots),
            names: vec![sockaddr(SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, 0)); slots],
            cmsgs: vec![[0; 4]; slots],
            msgs: Vec::with_capacity(slots),
        }
    }

    /// Ask the kernel to hand over runs of same-size datagrams whole
    /// (UDP_GRO, Linux 5.0); refused is fine, datagrams then come singly.
    pub fn enable_gro(fd: RawFd) -> bool {
        let on: libc::c_int = 1;
        // SAFETY: a c_int option of the right size on a live socket.
        unsafe {
            libc::setsockopt(
                fd,
                libc::SOL_UDP,
                UDP_GRO,
                (&on as *const libc::c_int).cast(),
                std::mem::size_of::<libc::c_int>() as libc::socklen_t,
            ) == 0
        }
    }

    /// Take what is queued on `fd`, up to a batch, and hand each datagram
    /// with its sender to `f`. Returns how many buffers were filled (0
    /// when nothing was waiting).
    pub fn recv(&mut self, fd: RawFd, mut f: impl FnMut(Option<SocketAddrV4>, &[u8])) -> usize {
        self.iovs.clear();
        self.iovs
            .extend(self.bufs.chunks_exact_mut(SLOT).map(|b| libc::iovec {
                iov_base: b.as_mut_ptr().cast(),
                iov_len: SLOT,
            }));
        self.msgs.clear();
        for k in 0..self.slots {
            // SAFETY: msghdr is plain data; all zeros is a valid empty one.
            let mut h: libc::msghdr = unsafe { std::mem::zeroed() };
            h.msg_name = (&mut self.names[k] as *mut libc::sockaddr_in).cast();
            h.msg_namelen = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
            h.msg_iov = &mut self.iovs[k];
            h.msg_iovlen = 1;
            h.msg_control = self.cmsgs[k].as_mut_ptr().cast();
            h.msg_controllen = std::mem::size_of::<CmsgBuf>();
            self.msgs.push(libc::mmsghdr {
                msg_hdr: h,
                msg_len: 0,
            });
        }
        // SAFETY: `msgs` holds `slots` headers pointing at live buffers of
        // the sizes given; the call does not block (MSG_DONTWAIT).
        let n = unsafe {
            libc::recvmmsg(
                fd,
                self.msgs.as_mut_ptr(),
                self.slots as libc::c_uint,
                libc::MSG_DONTWAIT,
                std::ptr::null_mut(),
            )
        };
        if n <= 0 {
            return 0;
        }
        let n = n as usize;
        for k in 0..n {
            let h = &self.msgs[k].msg_hdr;
            let len = (self.msgs[k].msg_len as usize).min(SLOT);
            let from = (h.msg_namelen as usize >= std::mem::size_of::<libc::sockaddr_in>()
                && i32::from(self.names[k].sin_family) == libc::AF_INET)
                .then(|| {
                    SocketAddrV4::new(
                        Ipv4Addr::from(u32::from_be(self.names[k].sin_addr.s_addr)),
                        u16::from_be(self.names[k].sin_port),
                    )
                });
            let segment = gro_segment(h).unwrap_or(len).max(1);
            let data = &self.bufs[k * SLOT..k * SLOT + len];
            for d in data.chunks(segment) {
                f(from, d);
            }
        }
        n
    }
}

/// The segment size of a GRO run, from its UDP_GRO cmsg.
fn gro_segment(h: &libc::msghdr) -> Option<usize> {
    if h.msg_controllen == 0 || h.msg_flags & libc::MSG_CTRUNC != 0 {
        return None;
    }
    // SAFETY: the kernel filled msg_controllen bytes of our control buffer
    // with well-formed cmsgs; FIRSTHDR/NXTHDR stay within them.
    unsafe {
        let mut c = libc::CMSG_FIRSTHDR(h);
        while !c.is_null() {
            if (*c).cmsg_level == libc::SOL_UDP && (*c).cmsg_type == UDP_GRO {
                let v = std::ptr::read_unaligned(libc::CMSG_DATA(c).cast::<libc::c_int>());
                return usize::try_from(v).ok().filter(|&v| v > 0);
            }
            c = libc::CMSG_NXTHDR(h, c);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs of one size (GSO where the kernel takes it), odd sizes between
    /// them and a second destination all arrive whole, in order, with
    /// their sender, whether or not the kernel coalesces them (GRO).
    fn round_trip(gso: bool) {
        // Buffers big enough that nothing is dropped before we read.
        let bound = || {
            let s = udp().unwrap();
            big_buffers(&s);
            s.bind(&SocketAddr::from(([127, 0, 0, 1], 0)).into())
                .unwrap();
            UdpSocket::from(s)
        };
        let (rx_a, rx_b) = (bound(), bound());
        let tx = UdpSocket::bind("127.0.0.1:0").unwrap();
        let addr = |s: &UdpSocket| match s.local_addr().unwrap() {
            SocketAddr::V4(a) => a,
            SocketAddr::V6(_) => unreachable!(),
        };
        let (a, b, from) = (addr(&rx_a), addr(&rx_b), addr(&tx));
        Receiver::enable_gro(rx_a.as_raw_fd());
        let mut pkts: Vec<(SocketAddrV4, Vec<u8>)> = Vec::new();
        for i in 0..150u32 {
            let len = if i % 50 == 49 { 700 } else { 1472 };
            let to = if i == 120 { b } else { a };
            pkts.push((to, (0..len).map(|k| (k as u32 ^ i) as u8).collect()));
        }
        let mut sender = Sender::default();
        if !gso {
            sender.gso_below = 0;
        }
        let mut sent = 0;
        while sent < pkts.len() {
            let out: Vec<(Option<SocketAddrV4>, &[u8])> = pkts[sent..]
                .iter()
                .map(|(to, p)| (Some(*to), p.as_slice()))
                .collect();
            sent += sender.send(tx.as_raw_fd(), &out).unwrap();
        }
        let mut got: Vec<(Option<SocketAddrV4>, Vec<u8>)> = Vec::new();
        let mut receiver = Receiver::new(8);
        for (sock, want) in [(&rx_a, 149), (&rx_b, 1)] {
            let before = got.len();
            let deadline = Instant::now() + Duration::from_secs(5);
            while got.len() - before < want && Instant::now() < deadline {
                receiver.recv(sock.as_raw_fd(), |f, d| got.push((f, d.to_vec())));
            }
        }
        let mut want: Vec<_> = pkts.iter().filter(|(to, _)| *to == a).collect();
        want.extend(pkts.iter().filter(|(to, _)| *to == b));
        assert_eq!(got.len(), want.len());
        for ((f, d), (_, p)) in got.iter().zip(want) {
            assert_eq!(*f, Some(from));
            assert_eq!(d, p);
        }
    }

    #[test]
    fn batched_sends_and_receives_keep_every_datagram_in_order() {
        round_trip(true);
    }

    #[test]
    fn without_gso_the_same_datagrams_go_one_by_one() {
        round_trip(false);
    }
}
