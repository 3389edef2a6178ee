/**
 * What an archive says about itself. Written last into the archive's staging folder; restore reads
 * it first and trusts nothing else until every part's sha256 matches.
 */
export type Manifest = {
  format: 'cong-thong-tin-backup/1'
  createdAt: string
  appVersion: string
  payloadVersion: string
  postgresVersion: string
  /** Every migration applied to the dumped database, oldest first; the last is its schema. */
  migrations: string[]
  latestMigration: string | null
  /** Rows per main table, and files in the media folder. */
  counts: {
    users: number
    articles: number
    comments: number
    media: number
    categories: number
    mediaFiles: number
  }
  /** Tables in the dump (COPY text format, one file each) with their row counts. */
  tables: { name: string; rows: number }[]
  /** Sequence values, so ids continue after the restored rows. */
  sequences: { name: string; value: number | null }[]
  media: { included: boolean; note?: string }
  /** Path inside the archive → sha256 and size of every part except this manifest. */
  parts: Record<string, { sha256: string; bytes: number }>
  sizes: { databaseBytes: number; mediaBytes: number }
}

export const MANIFEST_FORMAT = 'cong-thong-tin-backup/1'

/** The counts a restore must reproduce. */
export const COUNTED_TABLES = ['users', 'articles', 'comments', 'media', 'categories'] as const
