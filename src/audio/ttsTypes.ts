import type { Voice } from './voices'

/** One voice's audio as made by a provider, ready to store. */
export type SpeechAudio = { data: Buffer; mime: string; ext: string; duration: number | null }

/**
 * A text-to-speech engine. `fingerprint` names what shapes the sound besides the text (engine,
 * voice, speed, bit rate…): it goes into the text hash, so changing it makes new audio.
 */
export type TtsProvider = {
  name: 'espeak' | 'http'
  fingerprint: (voice: Voice) => string
  synthesize: (text: string, voice: Voice) => Promise<SpeechAudio>
}
