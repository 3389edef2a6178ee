import { readFile } from 'node:fs/promises'
import type { PayloadRequest } from 'payload'

/** The bytes of the file a request uploads (in memory, or in Payload's temporary file). */
export async function uploadedBytes(
  file: NonNullable<PayloadRequest['file']>,
): Promise<Uint8Array> {
  if (file.data?.length) return new Uint8Array(file.data)
  if (file.tempFilePath) return new Uint8Array(await readFile(file.tempFilePath))
  return new Uint8Array()
}
