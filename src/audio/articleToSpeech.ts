import { normalizeForSpeech } from './normalizeForSpeech'

/**
 * An article as one text for the voice: title, summary, then the body paragraph by
 * paragraph. Every part ends with a full stop and parts are separated by a blank line, so
 * espeak-ng pauses between them instead of running the title into the summary;
 * `articleToSsml` gives the same parts with explicit breaks for voices that read SSML
 * (`espeak-ng -m`, most vendors).
 */

export type SpeechArticle = { title: string; summary?: string | null; body?: string | null }

/** The spoken parts, each normalised and ending with sentence punctuation. */
export function articleSpeechParts({ title, summary, body }: SpeechArticle): string[] {
  const paragraphs = (body ?? '').split(/\n\s*\n|\r?\n/)
  return [title, summary ?? '', ...paragraphs]
    .map((part) => normalizeForSpeech(part).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((part) => (/[.!?…:;]$/.test(part) ? part : `${part}.`))
}

export const articleToSpeech = (article: SpeechArticle) => articleSpeechParts(article).join('\n\n')

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** SSML: a longer pause after the title and the summary than between body paragraphs. */
export function articleToSsml(
  article: SpeechArticle,
  pauses = { afterHeading: 800, between: 400 },
) {
  const parts = articleSpeechParts(article)
  const headings = 1 + (article.summary?.trim() ? 1 : 0)
  const body = parts
    .map((part, i) => {
      const pause = i < headings ? pauses.afterHeading : pauses.between
      return `<p>${escapeXml(part)}</p>${i < parts.length - 1 ? `<break time="${pause}ms"/>` : ''}`
    })
    .join('')
  return `<speak xml:lang="vi">${body}</speak>`
}
