import type { SearchParams } from './parseSearchParams'

export type SearchFormValues = { q: string; category: string; from: string; to: string }

/** `/tim-kiem?…` for the form's current values and a page, leaving out empty fields. */
export function searchPageUrl(values: SearchFormValues, page = 1): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(values)) if (value) query.set(key, value)
  if (page > 1) query.set('page', String(page))
  const text = query.toString()
  return text ? `/tim-kiem?${text}` : '/tim-kiem'
}

/** True when the reader narrowed the list by category or dates. */
export const hasFilters = (params: SearchParams) =>
  Boolean(params.category || params.from !== null || params.to !== null)
