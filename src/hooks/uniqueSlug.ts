import type { CollectionBeforeValidateHook, CollectionSlug } from 'payload'

import { slugify } from '../lib/vietnamese'
import { idOf } from '../sites/siteRoles'

/**
 * Fills `slug` from the first non-empty of `from` (the title; a document's code first: "15-NQ/TU"
 * → `15-nq-tu`), Vietnamese folded to ASCII, and appends -2, -3 … until no other document of the
 * collection on the same site uses it.
 */
export const uniqueSlug =
  (collection: CollectionSlug, from: string[] = ['title']): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, req }) => {
    if (!data) return data
    const named = from.map((field) => data[field]).find((v) => typeof v === 'string' && v.trim())
    const source = data.slug || (!originalDoc?.slug ? named : undefined)
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
