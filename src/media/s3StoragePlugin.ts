import type { Plugin } from 'payload'

/**
 * Media on S3-compatible storage (AWS S3, MinIO, Viettel/FPT object storage …) when S3_BUCKET is
 * set; otherwise uploads stay in MEDIA_DIR / `media/`. Every app instance then serves the same
 * files. The AWS SDK is loaded only when the plugin is on.
 */
export function s3StoragePlugin(env: Record<string, string | undefined> = process.env): Plugin[] {
  if (!env.S3_BUCKET) return []
  return [
    async (config) => {
      const { s3Storage } = await import('@payloadcms/storage-s3')
      return s3Storage({
        collections: { media: true, 'document-files': true, 'article-audio': true },
        bucket: env.S3_BUCKET!,
        config: {
          endpoint: env.S3_ENDPOINT || undefined,
          region: env.S3_REGION || 'us-east-1',
          // MinIO and most self-hosted stores want path-style URLs.
          forcePathStyle: env.S3_FORCE_PATH_STYLE !== '0',
          credentials: { accessKeyId: env.S3_ACCESS_KEY_ID || '', secretAccessKey: env.S3_SECRET_ACCESS_KEY || '' },
        },
      })(config)
    },
  ]
}
