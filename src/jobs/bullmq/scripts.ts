import { LuaScript } from './lua.js';

/**
 * Adds coalesced requests to a subject's pending entry, starting a new generation when the subject
 * has none (its last job started or never existed). Atomic, so every process that adds to one
 * subject agrees on the generation and on its due time (the server's clock, not the callers').
 *
 * KEYS: pending hash, pending callbacks (sorted by arrival), generation counter.
 * ARGV: requests, firstRequestedAt, coalesceMs, callbacks…
 * Returns { generation, ms until due }.
 */
export const addRequests = new LuaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local gen = redis.call('HGET', KEYS[1], 'gen')
local due
if gen then
  redis.call('HINCRBY', KEYS[1], 'requests', ARGV[1])
  if tonumber(ARGV[2]) < tonumber(redis.call('HGET', KEYS[1], 'first')) then
    redis.call('HSET', KEYS[1], 'first', ARGV[2])
  end
  due = tonumber(redis.call('HGET', KEYS[1], 'due'))
else
  gen = tostring(redis.call('INCR', KEYS[3]))
  due = now + tonumber(ARGV[3])
  redis.call('HSET', KEYS[1], 'gen', gen, 'requests', ARGV[1], 'first', ARGV[2], 'due', due, 'seq', 0)
end
for i = 4, #ARGV do
  redis.call('ZADD', KEYS[2], 'NX', redis.call('HINCRBY', KEYS[1], 'seq', 1), ARGV[i])
end
return { gen, math.max(0, due - now) }
`);

/**
 * Starts a run of a generation's job: takes the subject's run lock, then takes over the pending
 * requests of that generation (once; a re-run finds them in the claimed key or in the job's data).
 * A generation whose requests are gone — taken by an earlier run of it, or covered — is stale at
 * once, even while another run holds the lock: it has nothing to do and needs no lock.
 *
 * KEYS: pending hash, pending callbacks, claimed, run lock.
 * ARGV: generation, run owner (job id), leaseMs, '1' if the job already holds its claim, claim TTL ms.
 * Returns { 'busy', lock ms left } | { 'held' } | { 'claimed', json } | { 'stale' }.
 */
export const startRun = new LuaScript(`
local claimed = false
if ARGV[4] ~= '1' then
  claimed = redis.call('GET', KEYS[3])
  if not claimed and redis.call('HGET', KEYS[1], 'gen') ~= ARGV[1] then return { 'stale' } end
end
local owner = redis.call('GET', KEYS[4])
if owner and owner ~= ARGV[2] then return { 'busy', redis.call('PTTL', KEYS[4]) } end
if ARGV[4] == '1' then
  redis.call('SET', KEYS[4], ARGV[2], 'PX', ARGV[3])
  return { 'held' }
end
if not claimed then
  claimed = cjson.encode({
    requests = tonumber(redis.call('HGET', KEYS[1], 'requests')),
    firstRequestedAt = redis.call('HGET', KEYS[1], 'first'),
    callbacks = redis.call('ZRANGE', KEYS[2], 0, -1),
  })
  redis.call('SET', KEYS[3], claimed, 'PX', ARGV[5])
  redis.call('DEL', KEYS[1], KEYS[2])
end
redis.call('SET', KEYS[4], ARGV[2], 'PX', ARGV[3])
return { 'claimed', claimed }
`);

/**
 * Covers subjects' pending requests (see `Queue.coverPending`): takes each subject's pending entry —
 * the requests of its next generation, not started — away, so that generation's job finds nothing
 * to run when it starts (`startRun` answers 'stale').
 *
 * KEYS: pending hash and pending callbacks, for each subject in turn.
 * Returns per subject { generation, callbacks… in arrival order }, or {} when nothing is pending.
 */
export const coverPending = new LuaScript(`
local out = {}
for i = 1, #KEYS, 2 do
  local gen = redis.call('HGET', KEYS[i], 'gen')
  if gen then
    local entry = redis.call('ZRANGE', KEYS[i + 1], 0, -1)
    table.insert(entry, 1, gen)
    out[#out + 1] = entry
    redis.call('DEL', KEYS[i], KEYS[i + 1])
  else
    out[#out + 1] = {}
  end
end
return out
`);

/** KEYS: run lock. ARGV: owner, leaseMs. Extends the lock while its owner still holds it. */
export const renewRun = new LuaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`);

/** KEYS: run lock. ARGV: owner. Releases the lock if its owner still holds it. */
export const endRun = new LuaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`);
