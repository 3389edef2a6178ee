'use client'

import { useEffect } from 'react'

/** Counts one view per page load (the page itself is cached, so the browser reports it). */
export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    fetch(`/api/articles/${articleId}/view`, { method: 'POST', keepalive: true }).catch(() => {})
  }, [articleId])
  return null
}
