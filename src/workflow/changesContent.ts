// Bookkeeping, placement and workflow fields: changing them changes nothing a reader reads.
const NOT_CONTENT = new Set([
  'id',
  '_status',
  'workflowState',
  'workflowPanel',
  'publishedAt',
  'createdBy',
  'submittedBy',
  'lastContentEditor',
  'correction',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'site',
  'alsoOn',
  'sharePanel',
  'featured',
  'allowComments',
  'allowRating',
  'history',
  'slug',
])

/**
 * Whether a write changes what readers read (four-eyes: "who last changed its content"). Only the
 * fields the write carries are compared with the stored ones; relationships count by id, objects
 * by value whatever their key order.
 */
export function changesContent(
  data: Record<string, unknown>,
  original: Record<string, unknown> | undefined,
): boolean {
  if (!original) return true
  return Object.keys(data).some(
    (key) => !NOT_CONTENT.has(key) && canonical(data[key]) !== canonical(original[key]),
  )
}

function canonical(value: unknown): string {
  return JSON.stringify(normalize(value)) ?? 'null'
}

function normalize(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length ? value.map(normalize) : null
  if (typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  // A populated relationship is the same as its id.
  if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, normalize(record[key])]),
  )
}
