// WebSocket peer for the winhttp tests, on Node's `ws` library.
// Usage: node ws_node.js PORTFILE. Same paths as ws_python.py:
//   /            greeting "Request served by ...", then echo
//   /echo        echo every message, keeping its type
//   /close-first greeting, then close with 1000 "bye"
'use strict';
const fs = require('fs');
const { WebSocketServer } = require('ws');

const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false, maxPayload: 0 });
server.on('listening', () => fs.writeFileSync(process.argv[2], String(server.address().port)));
server.on('connection', (ws, request) => {
  const path = request.url;
  if (path === '/' || path === '/close-first') ws.send('Request served by winsession-node-peer');
  if (path === '/close-first') {
    ws.close(1000, 'bye');
    return;
  }
  ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
  ws.on('error', () => {});
});
