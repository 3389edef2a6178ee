import type { Media } from '../payload-types'

type SizeName = 'thumbnail' | 'card' | 'hero'

export type ImageSource = {
  src: string
  width: number
  height: number
  alt: string
  caption?: string | null
  credit?: string | null
}

/** The URL and dimensions of one of the sharp sizes Payload made (or the original). */
export function imageSource(
  media: number | Media | null | undefined,
  size: SizeName,
): ImageSource | null {
  if (!media || typeof media !== 'object' || !media.url) return null
  const variant = media.sizes?.[size]
  const chosen = variant?.url ? variant : media
  return {
    src: chosen.url!,
    width: chosen.width ?? 1280,
    height: chosen.height ?? 720,
    alt: media.alt,
    caption: media.caption,
    credit: media.credit,
  }
}
