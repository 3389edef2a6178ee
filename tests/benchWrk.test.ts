import { describe, expect, it } from 'vitest'

import { alternatingRounds, parseWrk } from '../bench/wrk'

// wrk 4.1's own output (Debian bookworm), as the pages benchmark reads it.
const sample = `Running 10s test @ http://127.0.0.1:41234/tin-tuc/bai-viet
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   277.81us  193.12us   9.87ms   93.02%
    Req/Sec    57.31k     4.12k   63.90k    78.50%
  Latency Distribution
     50%  244.00us
     75%  301.00us
     90%  389.00us
     99%    1.02ms
  1140480 requests in 10.00s, 51.31GB read
  Non-2xx or 3xx responses: 3
  Socket errors: connect 0, read 2, write 0, timeout 5
Requests/sec: 114048.00
Transfer/sec:      5.13GB
`

describe('parseWrk', () => {
  it('reads req/s, p50/p99 in ms whatever unit wrk chose, and counts every error', () => {
    expect(parseWrk(sample)).toEqual({ rps: 114048, p50: 0.244, p99: 1.02, errors: 10 })
  })

  it('reads latencies in seconds and a run without errors', () => {
    const slow = sample
      .replace('50%  244.00us', '50%  381.14ms')
      .replace('99%    1.02ms', '99%    1.29s')
      .replace(/  Non-2xx.*\n/, '')
      .replace(/  Socket errors.*\n/, '')
    expect(parseWrk(slow)).toEqual({ rps: 114048, p50: 381.14, p99: 1290, errors: 0 })
  })

  it('refuses output without a rate instead of reporting 0', () => {
    expect(() => parseWrk('unable to connect to 127.0.0.1:1 Connection refused')).toThrow(
      /Requests\/sec/,
    )
  })
})

describe('alternatingRounds', () => {
  it('measures both in every round, the order swapped each round (A B, B A, A B)', async () => {
    const order: string[] = []
    let n = 0
    const rounds = await alternatingRounds(3, ['a', 'b'] as const, async (kind) => {
      order.push(kind)
      return n++
    })
    expect(order).toEqual(['a', 'b', 'b', 'a', 'a', 'b'])
    expect(rounds).toEqual([
      { a: 0, b: 1 },
      { b: 2, a: 3 },
      { a: 4, b: 5 },
    ])
  })
})
