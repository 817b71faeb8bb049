import { isIP } from 'node:net';

/**
 * The address every per-address limit (the tab API's early bucket, the download links') is keyed by.
 *
 * Behind Azure Container Apps' ingress, App Service's front ends or the compose proxy, every request
 * arrives from a few proxy addresses, so the socket's address would put a whole county in one
 * bucket (review item 3). `trustedHops` (TRUST_PROXY) is how many proxies in front of the server
 * append to X-Forwarded-For: the client is then the entry that many places from the right (the one
 * the outermost trusted proxy saw). Entries further left are whatever the client wrote and are never
 * read. With 0 the header is ignored entirely: anyone can send it, so trusting it without a proxy
 * would let one client pick a new bucket per request.
 *
 * An entry that is not an IP address (after dropping a port, which App Service appends) means the
 * chain is not what TRUST_PROXY says; the socket's address is used rather than a made-up key.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  const socket = socketAddress ?? '';
  if (trustedHops <= 0 || forwardedFor === undefined) return socket;
  // Node joins repeated X-Forwarded-For headers with ", "; join an array the same way.
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!entries.length) return socket;
  // Fewer entries than hops: the leftmost is the furthest any trusted proxy reported.
  const entry = entries[Math.max(0, entries.length - trustedHops)]!;
  return ipOf(entry) ?? socket;
}

/** The IP address in an X-Forwarded-For entry: "1.2.3.4", "1.2.3.4:5678", "[2001:db8::1]:443", "2001:db8::1". */
function ipOf(entry: string): string | null {
  let ip = entry;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) ip = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(entry)) ip = entry.slice(0, entry.lastIndexOf(':'));
  if (!isIP(ip)) return null;
  return ip.toLowerCase();
}
