import { createHash } from 'node:crypto';

/*
 * The scripts of `RedisRollingWindow`. A window is a sorted set of slots whose score is the time up
 * to which the slot's call is known to have lasted: while the call runs, the end of its lease
 * (renewed by the process holding it, so always in the future); once released, the release time. A
 * slot leaves the window `windowMs` after its score, so a running call is never freed, and a slot of
 * a process that died leaves one window after its lease ran out.
 *
 * Every script reads the clock with Redis's TIME, not the caller's: every process, on whatever
 * machine, then judges the window by one clock, and worker clocks that drift apart cannot let more
 * than `max` calls through. (Redis ≥ 5 replicates a script's effects, so reading TIME before a
 * write is allowed.) Times are milliseconds with microsecond fractions, written with
 * string.format because Lua's default number-to-string keeps only 14 digits.
 */

const NOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
`;

/** Keeps the set as long as its latest slot can still count. */
const KEEP_FOR = `
local function keepFor(key, now, windowMs)
  local last = redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')
  if last[2] then
    redis.call('PEXPIRE', key, math.max(1, math.ceil(tonumber(last[2]) + windowMs - now)))
  end
end
`;

/**
 * KEYS[1] the slots, KEYS[2] the "paused until" key; ARGV max, windowMs, a member unique to this
 * call, leaseMs. Returns 0 when the slot was taken, else the milliseconds to wait before asking
 * again: until the oldest released slot leaves the window, and at most one window, since a slot
 * still held cannot leave sooner than that.
 */
const ACQUIRE = `${NOW}${KEEP_FOR}
local max = tonumber(ARGV[1])
local windowMs = tonumber(ARGV[2])
local leaseMs = tonumber(ARGV[4])
local pausedUntil = tonumber(redis.call('GET', KEYS[2]) or '0')
if pausedUntil > now then return math.ceil(pausedUntil - now) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%.3f', now - windowMs))
if redis.call('ZCARD', KEYS[1]) < max then
  redis.call('ZADD', KEYS[1], string.format('%.3f', now + leaseMs), ARGV[3])
  keepFor(KEYS[1], now, windowMs)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, math.ceil(math.min(tonumber(oldest[2]), now) + windowMs - now))
`;

/** KEYS[1] the slots; ARGV a member. Stamps the slot with the time of its release (if still there). */
const RELEASE = `${NOW}
redis.call('ZADD', KEYS[1], 'XX', string.format('%.3f', now), ARGV[1])
return 0
`;

/** KEYS[1] the slots; ARGV leaseMs, windowMs, the members still held. Moves their leases' end on. */
const RENEW = `${NOW}${KEEP_FOR}
local heldUntil = string.format('%.3f', now + tonumber(ARGV[1]))
for i = 3, #ARGV do
  redis.call('ZADD', KEYS[1], 'XX', heldUntil, ARGV[i])
end
keepFor(KEYS[1], now, tonumber(ARGV[2]))
return 0
`;

/** KEYS[1] the "paused until" key; ARGV ms. Moves the pause's end later, never earlier. */
const PAUSE = `${NOW}
local ms = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if now + ms > current then
  redis.call('SET', KEYS[1], string.format('%.3f', now + ms), 'PX', math.ceil(ms))
end
return 0
`;

const script = (source: string) => ({ source, sha: createHash('sha1').update(source).digest('hex') });

export const WINDOW_SCRIPTS = {
  acquire: script(ACQUIRE),
  release: script(RELEASE),
  renew: script(RENEW),
  pause: script(PAUSE),
} as const;
export type WindowScript = keyof typeof WINDOW_SCRIPTS;
