// Waits until a URL answers (any HTTP status unless --expect-status) or a TCP port accepts connections.
//   node wait-for.mjs <http://…|tcp://host:port> [--timeout seconds] [--pid pid] [--expect-status 200] [--expect-body text]
// Exit 0 when ready; 1 on timeout; 2 when the process given by --pid has exited first.
import net from 'node:net';

const args = process.argv.slice(2);
const target = args[0];
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const timeoutMs = Number(option('--timeout', '60')) * 1000;
const pid = option('--pid');
const expectStatus = option('--expect-status');
const expectBody = option('--expect-body');

const alive = () => {
  if (!pid) return true;
  try { process.kill(Number(pid), 0); return true; } catch { return false; }
};

const probeTcp = (url) => new Promise((resolve) => {
  const socket = net.connect({ host: url.hostname, port: Number(url.port) });
  socket.setTimeout(1000);
  socket.once('connect', () => { socket.destroy(); resolve(true); });
  socket.once('timeout', () => { socket.destroy(); resolve(false); });
  socket.once('error', () => resolve(false));
});

const probeHttp = async (url) => {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    const body = await response.text();
    if (expectStatus && String(response.status) !== expectStatus) return false;
    if (expectBody && !body.includes(expectBody)) return false;
    return true;
  } catch {
    return false;
  }
};

const url = new URL(target);
const deadline = Date.now() + timeoutMs;
for (;;) {
  if (url.protocol === 'tcp:' ? await probeTcp(url) : await probeHttp(url)) process.exit(0);
  if (!alive()) process.exit(2);
  if (Date.now() > deadline) process.exit(1);
  await new Promise((r) => setTimeout(r, 250));
}
