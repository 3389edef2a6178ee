import { readFile } from 'node:fs/promises'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { checkAudioFile } from '../../../audio/checkAudioFile'

/**
 * Before Payload stores an upload (create, or a new file on update): MP3, OGG/Opus, WAV or M4A by
 * content and within AUDIO_FILE_MAX_MB, else 400 in Vietnamese. The declared type becomes what
 * the bytes are.
 */
export const checkUploadedAudio: CollectionBeforeOperationHook<'article-audio'> = async ({
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return
  const file = req.file
  if (!file) return
  const data = file.data?.length
    ? file.data
    : file.tempFilePath
      ? await readFile(file.tempFilePath)
      : null
  const check = await checkAudioFile(new Uint8Array(data ?? []), file.name ?? '')
  if (!check.ok) throw new APIError(check.message, 400, undefined, true)
  file.mimetype = check.mime
}
