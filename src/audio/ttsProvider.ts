import { espeakInstalled, espeakProvider } from './espeakProvider'
import { httpProvider } from './httpProvider'
import type { TtsProvider } from './ttsTypes'

type Env = Record<string, string | undefined>

const warned = new Set<string>()
const warnOnce = (message: string) => {
  if (warned.has(message)) return
  warned.add(message)
  console.warn(`[tts] ${message}`)
}

/**
 * The engine that makes articles' audio, from TTS_PROVIDER: `espeak` (the default where espeak-ng
 * is installed), `http` (a vendor at TTS_URL), `none`. Null when audio is not made: `none`, or
 * espeak-ng missing, or `http` without TTS_URL. Read on every use, so a change of the environment
 * needs no restart of the code that asks.
 */
export function ttsProvider(env: Env = process.env): TtsProvider | null {
  const chosen = (env.TTS_PROVIDER || '').trim().toLowerCase()
  const name = chosen || (espeakInstalled(env) ? 'espeak' : 'none')
  if (name === 'none') return null
  if (name === 'espeak') {
    if (espeakInstalled(env)) return espeakProvider(env)
    warnOnce('TTS_PROVIDER=espeak nhưng máy chủ chưa cài espeak-ng: không tạo âm thanh.')
    return null
  }
  if (name === 'http') {
    if (env.TTS_URL) return httpProvider(env)
    warnOnce('TTS_PROVIDER=http cần TTS_URL: không tạo âm thanh.')
    return null
  }
  warnOnce(`TTS_PROVIDER="${chosen}" không hợp lệ (espeak, http, none): không tạo âm thanh.`)
  return null
}
