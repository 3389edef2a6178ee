import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'
import Image from 'next/image'

import type { Media } from '../../payload-types'
import { imageSource } from '../media'

/** Images in the body: next/image from the "hero" size, lazy, with caption and credit. */
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  upload: ({ node }) => {
    const image = imageSource(node.value as Media, 'hero')
    if (!image) return null
    return (
      <figure className="article-figure">
        <Image src={image.src} alt={image.alt} width={image.width} height={image.height} unoptimized loading="lazy" />
        {image.caption || image.credit ? (
          <figcaption>
            {image.caption}
            {image.credit ? <span className="article-figure__credit"> {image.credit}</span> : null}
          </figcaption>
        ) : null}
      </figure>
    )
  },
})

export function ArticleBody({ content }: { content: unknown }) {
  if (!content) return null
  return <RichText className="article-body" data={content as SerializedEditorState} converters={converters} />
}
