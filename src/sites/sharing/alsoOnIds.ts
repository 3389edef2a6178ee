import { idOf } from '../siteRoles'

type Relation = number | string | { id: number | string } | null | undefined

/** The site ids of an `alsoOn` value (populated or not), each once, in order. */
export function alsoOnIds(value: Relation[] | null | undefined): number[] {
  const ids = (value ?? []).map((v) => idOf(v)).filter((id): id is number => id !== null)
  return [...new Set(ids)]
}
