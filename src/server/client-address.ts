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
  const socket = keyOf(socketAddress ?? '');
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
  return keyOf(ip);
}

/**
 * The bucket an address belongs to. One IPv6 host is handed a whole /64 (SLAAC, privacy addresses,
 * any VPS), so keyed by the full address each request could come from a fresh one and every
 * per-address limit was void for an IPv6 client (attack round 10, A1): a v6 address is keyed by its
 * /64. An IPv4 address written as IPv6 (::ffff:192.0.2.1, what a dual-stack socket reports) is that
 * IPv4 address, so the socket and X-Forwarded-For name one client alike. Anything else is kept as given.
 */
export function keyOf(address: string): string {
  const ip = address.toLowerCase();
  if (isIP(ip) !== 6) return ip;
  const groups = hextets(ip);
  if (!groups) return ip;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff)
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.');
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (a trailing dotted IPv4 counts as two), or null. */
function hextets(ip: string): number[] | null {
  const zone = ip.indexOf('%');
  let text = zone < 0 ? ip : ip.slice(0, zone);
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const part = (s: string | undefined) => (s ? s.split(':').map((h) => parseInt(h, 16)) : []);
  const left = part(head);
  const right = part(tail);
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}
