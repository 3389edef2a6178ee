/**
 * Beacons waiting for the flush, held in typed arrays outside V8's heap: site, page (an index
 * into the few distinct paths), visitor (the hash's 16 bytes) and time, 32 bytes a beacon. Held
 * as one object each, ~14,000 beacons between two flushes at 2,000 a second outlived the young
 * generation, and the promotions made the web server run a full collection of its ~300 MB heap
 * every 1.3 s (against every 3.3 s without counting). Repeats are not merged here: the flush's
 * GROUP BY does that in Postgres.
 */
export type HitRows = {
  siteIds: number[]
  visitors: string[]
  paths: string[]
  /** Milliseconds since the epoch. */
  at: number[]
}

const VISITOR_BYTES = 16

export class HitColumns {
  private sites: Int32Array
  private pathIds: Int32Array
  private times: Float64Array
  private visitors: Buffer
  private pathNames: string[] = []
  private pathIndex = new Map<string, number>()
  length = 0

  constructor(capacity = 1024) {
    this.sites = new Int32Array(capacity)
    this.pathIds = new Int32Array(capacity)
    this.times = new Float64Array(capacity)
    this.visitors = Buffer.alloc(capacity * VISITOR_BYTES)
  }

  /** `visitor` is 32 hex characters (src/stats/visitorHash.ts). */
  push(siteId: number, path: string, visitor: string, at: number): void {
    if (this.length === this.sites.length) this.grow()
    const i = this.length++
    this.sites[i] = siteId
    this.pathIds[i] = this.pathId(path)
    this.times[i] = at
    this.visitors.write(visitor, i * VISITOR_BYTES, VISITOR_BYTES, 'hex')
  }

  /** The rows as the flush sends them (strings made now, garbage once it is written). */
  rows(): HitRows {
    const rows: HitRows = { siteIds: [], visitors: [], paths: [], at: [] }
    for (let i = 0; i < this.length; i++) {
      rows.siteIds.push(this.sites[i])
      rows.visitors.push(this.visitors.toString('hex', i * VISITOR_BYTES, (i + 1) * VISITOR_BYTES))
      rows.paths.push(this.pathNames[this.pathIds[i]])
      rows.at.push(this.times[i])
    }
    return rows
  }

  private pathId(path: string): number {
    let id = this.pathIndex.get(path)
    if (id === undefined) {
      id = this.pathNames.push(path) - 1
      this.pathIndex.set(path, id)
    }
    return id
  }

  private grow(): void {
    const capacity = this.sites.length * 2
    this.sites = grown(this.sites, new Int32Array(capacity))
    this.pathIds = grown(this.pathIds, new Int32Array(capacity))
    this.times = grown(this.times, new Float64Array(capacity))
    this.visitors = grown(this.visitors, Buffer.alloc(capacity * VISITOR_BYTES))
  }
}

/** `larger` holding `array`'s contents first. */
function grown<A extends Int32Array | Float64Array | Buffer>(array: A, larger: A): A {
  larger.set(array)
  return larger
}
