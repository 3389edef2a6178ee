import { Meilisearch } from 'meilisearch'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { coalescingSender } from '../src/search/coalescingSender'

/**
 * The reindex's sender against the real test Meilisearch: reads that arrive while the engine is
 * busy go in together, every document arrives, and a refused addition fails the reindex.
 */
const client = new Meilisearch({ host: inject('meiliHost'), apiKey: inject('meiliKey') })
const uid = `t${Date.now().toString(36)}_coalesce`
const docs = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: from + i,
    title: `Văn bản thử số ${from + i} của Tỉnh ủy Vĩnh An`,
  }))

beforeAll(async () => {
  await client.createIndex(uid, { primaryKey: 'id' }).waitTask()
})
afterAll(async () => {
  await client.deleteIndex(uid).waitTask()
})

describe('coalescingSender', () => {
  it('indexes every document, in fewer additions than reads when the engine is busy', async () => {
    const indexed: number[] = []
    const sender = coalescingSender(client, uid, (n) => indexed.push(n))
    for (let read = 0; read < 20; read++) await sender.add(docs(read * 50, 50))
    expect(await sender.finish()).toBe(1000)
    expect(indexed.reduce((a, b) => a + b, 0)).toBe(1000)
    // The first read goes alone; the next 19 arrive while it is being indexed.
    expect(indexed[0]).toBe(50)
    expect(indexed.length).toBeLessThan(20)
    expect((await client.index(uid).getStats()).numberOfDocuments).toBe(1000)
  })

  it('waits for a busy engine once maxPending documents are waiting', async () => {
    const indexed: number[] = []
    const sender = coalescingSender(client, uid, (n) => indexed.push(n), 100)
    for (let read = 0; read < 6; read++) await sender.add(docs(5000 + read * 60, 60))
    expect(await sender.finish()).toBe(360)
    expect(Math.max(...indexed.slice(1))).toBeLessThanOrEqual(120)
  })

  it('a refused addition fails the reindex', async () => {
    const sender = coalescingSender(client, uid, () => {})
    await sender.add([{ id: 'không hợp lệ!', title: 'x' }])
    await expect(
      (async () => {
        await sender.add(docs(9000, 1))
        return sender.finish()
      })(),
    ).rejects.toThrow(/Lập chỉ mục thất bại/)
  })
})
