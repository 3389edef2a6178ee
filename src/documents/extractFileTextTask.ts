import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { TaskConfig } from 'payload'

import { extractPdfText } from './extractPdfText'

export const EXTRACTED = 'documentFileTextExtracted'

/**
 * Reads the text of an uploaded PDF into the file's `text` (for search) and `pageCount`. Queued
 * in the transaction of the upload (src/collections/DocumentFiles/hooks/queueTextExtraction.ts),
 * so the text follows every upload even when it is slow; idempotent (it overwrites).
 */
export const extractDocumentFileText: TaskConfig<{
  input: { fileId: number }
  output: { pages: number; chars: number }
}> = {
  slug: 'extractDocumentFileText',
  label: 'Đọc chữ trong tệp PDF của văn bản',
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 } },
  inputSchema: [{ name: 'fileId', type: 'number', required: true }],
  outputSchema: [
    { name: 'pages', type: 'number' },
    { name: 'chars', type: 'number' },
  ],
  handler: async ({ input, req }) => {
    const file = await req.payload.findByID({
      collection: 'document-files',
      id: input.fileId,
      req,
      overrideAccess: true,
      depth: 0,
      disableErrors: true,
    })
    if (!file?.filename || file.mimeType !== 'application/pdf')
      return { output: { pages: 0, chars: 0 } }
    const staticDir = req.payload.collections['document-files'].config.upload.staticDir as string
    const data = await readFile(path.join(staticDir, file.filename))
    const { text, pages } = await extractPdfText(new Uint8Array(data))
    await req.payload.update({
      collection: 'document-files',
      id: file.id,
      data: { text, pageCount: pages },
      req,
      overrideAccess: true,
      context: { [EXTRACTED]: true },
    })
    return { output: { pages, chars: text.length } }
  },
}
