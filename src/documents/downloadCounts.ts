import type { Pool } from 'pg'

/**
 * The one owner of `document_downloads` (collection `document-downloads`): how often each file
 * was downloaded, one atomic statement per download, never a write to the versioned document.
 */
export async function countDownload(pool: Pool, fileId: number): Promise<void> {
  await pool.query(
    `INSERT INTO document_downloads (file_id, downloads, updated_at, created_at)
       VALUES ($1, 1, now(), now())
     ON CONFLICT (file_id) DO UPDATE SET downloads = document_downloads.downloads + 1,
       updated_at = now()`,
    [fileId],
  )
}

/** Download counts of these files (0 for a file never downloaded). */
export async function readDownloadCounts(
  pool: Pool,
  fileIds: number[],
): Promise<Map<number, number>> {
  const counts = new Map(fileIds.map((id) => [id, 0]))
  if (!fileIds.length) return counts
  const { rows } = await pool.query<{ file_id: number; downloads: number }>(
    'SELECT file_id, downloads FROM document_downloads WHERE file_id = ANY($1::int[])',
    [fileIds],
  )
  for (const row of rows) counts.set(row.file_id, Number(row.downloads))
  return counts
}
