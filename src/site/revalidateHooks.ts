import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { revalidateSite } from './revalidateSite'

export const revalidateSiteAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  revalidateSite()
  return doc
}

export const revalidateSiteAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  revalidateSite()
  return doc
}

export const revalidateSiteAfterGlobalChange: GlobalAfterChangeHook = ({ doc }) => {
  revalidateSite()
  return doc
}

/** Articles: only changes that touch the live site (published now, or published before). */
export const revalidateArticle: CollectionAfterChangeHook = ({ doc, previousDoc }) => {
  if (doc?._status === 'published' || previousDoc?._status === 'published') revalidateSite()
  return doc
}
