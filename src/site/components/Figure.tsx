import Image from 'next/image'

import type { ImageSource } from '../media'

/** An article picture with its caption and credit ("Ảnh: …"); the cover loads first, the rest lazily. */
export function Figure({ image, cover = false }: { image: ImageSource; cover?: boolean }) {
  return (
    <figure className={cover ? 'article-figure article-figure--cover' : 'article-figure'}>
      <Image
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        unoptimized
        {...(cover ? { priority: true } : { loading: 'lazy' as const })}
      />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span className="article-figure__credit"> {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
