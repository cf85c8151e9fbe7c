// The client address a sign-in is counted against. Next.js fills X-Forwarded-For with the socket's
// address when the request carries none; a reverse proxy appends the address it was reached from.
// So the right-most entry is the nearest hop, and with CERTQA_TRUSTED_PROXY_HOPS = n the client is
// n entries further left. Entries further left than that were written by the client and could be
// anything, which is why they are never used.
export const UNKNOWN_ADDRESS = 'unknown';

export function getClientAddress(forwardedFor: string | null | undefined, trustedProxyHops = 0): string {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return UNKNOWN_ADDRESS;
  // Fewer entries than trusted hops: the left-most is the best that is known.
  const entry = entries[Math.max(entries.length - 1 - trustedProxyHops, 0)] ?? UNKNOWN_ADDRESS;
  // IPv4-mapped IPv6 ("::ffff:127.0.0.1") and the IPv4 form are one client.
  return entry.toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
}
