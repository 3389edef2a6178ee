import type { CollectionBeforeValidateHook, CollectionSlug } from 'payload'

import { slugify } from '../lib/vietnamese'
import { idOf } from '../sites/siteRoles'

/**
 * Fills `slug` from `title` (Vietnamese folded to ASCII) and appends -2, -3 … until no other
 * document of the collection on the same site uses it.
 */
export const uniqueSlug =
  (collection: CollectionSlug): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, req }) => {
    if (!data) return data
    const source = data.slug || (!originalDoc?.slug ? data.title : undefined)
    if (typeof source !== 'string') return data
    const base = slugify(source) || 'bai-viet'
    const site = idOf(data.site ?? originalDoc?.site)
    let candidate = base
    for (let n = 2; ; n++) {
      const taken = await req.payload.count({
        collection,
        req,
        overrideAccess: true,
        where: {
          and: [
            { slug: { equals: candidate } },
            site === null ? { site: { exists: false } } : { site: { equals: site } },
            ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
          ],
        },
      })
      if (taken.totalDocs === 0) break
      candidate = `${base}-${n}`
    }
    return { ...data, slug: candidate }
  }
