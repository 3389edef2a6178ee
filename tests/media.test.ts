import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { s3StoragePlugin } from '../src/media/s3StoragePlugin'

const baseConfig = {
  collections: [
    { slug: 'media', upload: true, fields: [] },
    { slug: 'articles', fields: [] },
  ],
} as unknown as Config

describe('media storage', () => {
  it('keeps uploads on local disk without S3_BUCKET', () => {
    expect(s3StoragePlugin({})).toEqual([])
  })

  it('moves the media collection (only it) to the bucket when S3_BUCKET is set', async () => {
    const [plugin] = s3StoragePlugin({
      S3_BUCKET: 'cong-thong-tin',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
    })
    const config = await plugin(baseConfig)
    const media = config.collections!.find((c) => c.slug === 'media')!
    const articles = config.collections!.find((c) => c.slug === 'articles')!
    expect(media.upload).toMatchObject({ disableLocalStorage: true })
    expect(media.hooks?.afterChange?.length ?? 0).toBeGreaterThan(0)
    expect(articles.upload).toBeUndefined()
  })
})
