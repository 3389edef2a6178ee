import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

/**
 * A read that selects some fields also reads the document's `site`: field access by the role held
 * on the document's site (roleOnDocSite) needs it to show a moderator their own site's private
 * fields; without it those fields are shown only to staff of every site.
 */
export function keepSiteSelected<S extends CollectionSlug>({
  args,
  operation,
}: Parameters<CollectionBeforeOperationHook<S>>[0]): ReturnType<CollectionBeforeOperationHook<S>> {
  const select = (args as { select?: Record<string, unknown> }).select
  if (operation !== 'read' || !select || typeof select !== 'object') return args
  const values = Object.values(select)
  if (!values.length || !values.every((v) => v === true || typeof v === 'object')) return args
  return { ...args, select: { ...select, site: true } }
}
