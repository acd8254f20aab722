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
