'use client'

import { useEffect, useState } from 'react'

/** The site's `settings.fourEyes`, for the workflow panel (sites are public: names, settings). */
export function useSiteFourEyes(site: unknown): boolean {
  const id = typeof site === 'object' && site ? (site as { id?: unknown }).id : site
  const [on, setOn] = useState(false)
  useEffect(() => {
    if (id === undefined || id === null || id === '') return
    let live = true
    fetch(`/api/sites/${id}?depth=0`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then((row) => live && setOn(Boolean(row?.settings?.fourEyes)))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [id])
  return on
}
