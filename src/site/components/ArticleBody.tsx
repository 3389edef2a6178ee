import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import type { Media } from '../../payload-types'
import { imageSource } from '../media'
import { Figure } from './Figure'

/** Images in the body: the "hero" size, lazy, with caption and credit. */
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  upload: ({ node }) => {
    const image = imageSource(node.value as Media, 'hero')
    return image ? <Figure image={image} /> : null
  },
})

export function ArticleBody({ content }: { content: unknown }) {
  if (!content) return null
  return (
    <RichText
      className="article-body"
      data={content as SerializedEditorState}
      converters={converters}
    />
  )
}
