import { checkAudioFile } from './checkAudioFile'
import { encodeMp3 } from './encodeMp3'
import { readWav } from './readWav'
import type { TtsProvider } from './ttsTypes'
import type { Voice } from './voices'

type Env = Record<string, string | undefined>

/**
 * A vendor's Vietnamese voice over HTTP (README, "Nghe bài viết"): `POST TTS_URL` with JSON
 * `{ text, voice }` (voice `nu`/`nam`, or TTS_HTTP_VOICE_NU / _NAM), the key TTS_KEY as
 * `Authorization: Bearer …` (or raw in the header TTS_KEY_HEADER names); the answer is the audio
 * itself, `200` with an `audio/*` type. What arrives is checked by its bytes; WAV is encoded to MP3.
 */
export function httpProvider(env: Env = process.env): TtsProvider {
  const url = env.TTS_URL!
  const voices: Record<Voice, string> = {
    nu: env.TTS_HTTP_VOICE_NU || 'nu',
    nam: env.TTS_HTTP_VOICE_NAM || 'nam',
  }
  const keyHeader = (env.TTS_KEY_HEADER || 'authorization').toLowerCase()
  const timeout = Number(env.TTS_TIMEOUT_MS || 300_000)
  return {
    name: 'http',
    fingerprint: (voice) => `http ${url} ${voices[voice]}`,
    synthesize: async (text, voice) => {
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        Accept: 'audio/mpeg, audio/ogg, audio/mp4, audio/wav;q=0.5',
      }
      if (env.TTS_KEY)
        headers[keyHeader] = keyHeader === 'authorization' ? `Bearer ${env.TTS_KEY}` : env.TTS_KEY
      const res = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ text, voice: voices[voice] }),
        signal: AbortSignal.timeout(timeout),
      })
      const type = res.headers.get('content-type') ?? ''
      if (!res.ok) throw new Error(`Dịch vụ đọc văn bản trả về ${res.status}`)
      if (!type.startsWith('audio/'))
        throw new Error(`Dịch vụ đọc văn bản trả về "${type}", không phải âm thanh`)
      const bytes = new Uint8Array(await res.arrayBuffer())
      const check = await checkAudioFile(bytes)
      if (!check.ok) throw new Error(`Dịch vụ đọc văn bản: ${check.message}`)
      if (check.ext === 'wav') {
        const pcm = readWav(bytes)
        const duration = pcm.samples.length / pcm.channels / pcm.sampleRate
        return { data: await encodeMp3(pcm), mime: 'audio/mpeg', ext: 'mp3', duration }
      }
      return { data: Buffer.from(bytes), mime: check.mime, ext: check.ext, duration: null }
    },
  }
}
