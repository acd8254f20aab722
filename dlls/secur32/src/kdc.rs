//! The transport sspi's Kerberos client uses to reach the KDC (RFC 4120
//! 7.2.1 UDP, 7.2.2 TCP). sspi frames a TCP request itself and expects
//! every reply, TCP or UDP, with the 4-byte TCP length prefix.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs, UdpSocket};
use std::time::Duration;

use sspi::network_client::NetworkClient;
use sspi::{ErrorKind, NetworkProtocol, NetworkRequest};

/// MIT krb5 waits about this long for one KDC.
const KDC_TIMEOUT: Duration = Duration::from_secs(5);
const KERBEROS_PORT: u16 = 88;
/// The largest reply accepted: a ticket with a large PAC fits easily.
const MAX_REPLY: usize = 1 << 20;

#[derive(Debug, Default)]
pub(crate) struct KdcTransport;

fn unreachable_kdc(what: impl std::fmt::Display) -> sspi::Error {
    sspi::Error::new(ErrorKind::NoAuthenticatingAuthority, format!("KDC: {what}"))
}

impl KdcTransport {
    fn address(request: &NetworkRequest) -> sspi::Result<std::net::SocketAddr> {
        let host = request
            .url
            .host_str()
            .ok_or_else(|| unreachable_kdc("URL without a host"))?;
        let port = request.url.port().unwrap_or(KERBEROS_PORT);
        (host, port)
            .to_socket_addrs()
            .map_err(unreachable_kdc)?
            .next()
            .ok_or_else(|| unreachable_kdc(format!("{host} has no address")))
    }

    fn tcp(request: &NetworkRequest) -> sspi::Result<Vec<u8>> {
        let address = Self::address(request)?;
        let mut stream =
            TcpStream::connect_timeout(&address, KDC_TIMEOUT).map_err(unreachable_kdc)?;
        stream
            .set_read_timeout(Some(KDC_TIMEOUT))
            .map_err(unreachable_kdc)?;
        stream.write_all(&request.data).map_err(unreachable_kdc)?;
        // RFC 4120 7.2.2: a 4-byte big-endian length, then the message.
        let mut reply = vec![0; 4];
        stream.read_exact(&mut reply).map_err(unreachable_kdc)?;
        let len = u32::from_be_bytes([reply[0], reply[1], reply[2], reply[3]]);
        let len = usize::try_from(len)
            .ok()
            .filter(|&len| len <= MAX_REPLY)
            .ok_or_else(|| unreachable_kdc("reply too large"))?;
        reply.resize(4 + len, 0);
        stream
            .read_exact(&mut reply[4..])
            .map_err(unreachable_kdc)?;
        Ok(reply)
    }

    fn udp(request: &NetworkRequest) -> sspi::Result<Vec<u8>> {
        let address = Self::address(request)?;
        let local = if address.is_ipv4() {
            "0.0.0.0:0"
        } else {
            "[::]:0"
        };
        let socket = UdpSocket::bind(local).map_err(unreachable_kdc)?;
        socket
            .set_read_timeout(Some(KDC_TIMEOUT))
            .map_err(unreachable_kdc)?;
        socket.connect(address).map_err(unreachable_kdc)?;
        socket.send(&request.data).map_err(unreachable_kdc)?;
        let mut datagram = vec![0; 65536];
        let len = socket.recv(&mut datagram).map_err(unreachable_kdc)?;
        let prefix = u32::try_from(len).map_err(unreachable_kdc)?.to_be_bytes();
        let mut reply = Vec::with_capacity(4 + len);
        reply.extend_from_slice(&prefix);
        reply.extend_from_slice(&datagram[..len]);
        Ok(reply)
    }
}

impl NetworkClient for KdcTransport {
    fn send(&self, request: &NetworkRequest) -> sspi::Result<Vec<u8>> {
        match request.protocol {
            NetworkProtocol::Tcp => Self::tcp(request),
            NetworkProtocol::Udp => Self::udp(request),
            // Kerberos over HTTPS (KDC proxy, [MS-KKDCP]) is not offered.
            NetworkProtocol::Http | NetworkProtocol::Https => Err(sspi::Error::new(
                ErrorKind::NoAuthenticatingAuthority,
                "KDC proxy URLs are not supported; name a KDC by host in krb5.conf",
            )),
        }
    }
}
