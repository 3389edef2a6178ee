import { isVoice, VOICES, voiceLabels, type Voice } from '../audio/voices'
import type { Article } from '../payload-types'

export type AudioSource = { voice: Voice; label: string; src: string; type: string }

/**
 * The voices an article can be heard in, in a fixed order (nữ, nam), from its live `audio` field
 * (the editors' uploads and, read live, the generated files: src/audio/audioFieldHooks.ts).
 */
export function articleAudioSources(article: Pick<Article, 'audio'>): AudioSource[] {
  const sources = new Map<Voice, AudioSource>()
  for (const row of article.audio ?? []) {
    const file = row.file
    if (!isVoice(row.voice) || sources.has(row.voice) || typeof file !== 'object' || !file?.url)
      continue
    sources.set(row.voice, {
      voice: row.voice,
      label: voiceLabels[row.voice],
      src: file.url,
      type: (file.mimeType ?? 'audio/mpeg').split(';')[0],
    })
  }
  return VOICES.flatMap((voice) => sources.get(voice) ?? [])
}
