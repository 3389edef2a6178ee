import { fileTypeFromBuffer } from 'file-type'

/**
 * What an article's audio may be, by its bytes: MP3, OGG (Vorbis or Opus), WAV, M4A. `file-type`
 * reads the magic bytes and, for OGG and MP4 containers, the codec and brand; the name and the
 * declared type are never trusted. HTML, SVG, video and everything else are refused.
 */
const ACCEPTED: Record<string, { label: string; extensions: string[] }> = {
  'audio/mpeg': { label: 'MP3', extensions: ['mp3'] },
  'audio/ogg': { label: 'OGG', extensions: ['ogg', 'oga', 'opus'] },
  'audio/wav': { label: 'WAV', extensions: ['wav'] },
  'audio/x-m4a': { label: 'M4A', extensions: ['m4a'] },
  'audio/mp4': { label: 'M4A', extensions: ['m4a'] },
}

/** Payload's own check, after ours (it compares by prefix: "audio/ogg; codecs=opus" passes). */
export const AUDIO_MIME_TYPES = Object.keys(ACCEPTED)

export const maxAudioFileBytes = () =>
  Math.round(Number(process.env.AUDIO_FILE_MAX_MB || 60) * 1024 * 1024)

export type AudioCheck = { ok: true; mime: string; ext: string } | { ok: false; message: string }

const refuse = (message: string): AudioCheck => ({ ok: false, message })
const NOT_AUDIO =
  'Chỉ nhận tệp âm thanh MP3, OGG/Opus, WAV hoặc M4A (kiểm tra theo nội dung tệp, không theo tên tệp).'

/** Whether bytes are audio we serve, and as what; `name` (if given) must carry a fitting extension. */
export async function checkAudioFile(data: Uint8Array, name?: string): Promise<AudioCheck> {
  if (!data.length) return refuse('Tệp rỗng.')
  if (data.length > maxAudioFileBytes()) {
    const mb = Math.round(maxAudioFileBytes() / 1024 / 1024)
    return refuse(`Tệp âm thanh quá lớn: tối đa ${mb} MB.`)
  }
  const detected = await fileTypeFromBuffer(data).catch(() => undefined)
  const mime = detected?.mime.split(';')[0]
  const accepted = mime ? ACCEPTED[mime] : undefined
  if (!mime || !accepted) return refuse(NOT_AUDIO)
  if (name === undefined) return { ok: true, mime, ext: accepted.extensions[0] }
  const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? ''
  if (!accepted.extensions.includes(ext))
    return refuse(
      `Tên tệp có đuôi ".${ext}" nhưng nội dung là tệp ${accepted.label}: hãy đặt đúng đuôi .${accepted.extensions[0]}.`,
    )
  return { ok: true, mime: detected!.mime, ext }
}
