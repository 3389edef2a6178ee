'use client'

import React, { useEffect, useState } from 'react'

type VersionRow = { id: string | number }

const versionsUrl = (slug: string, id: string | number, status: string) =>
  `/api/${slug}/versions?where[parent][equals]=${id}&where[version._status][equals]=${status}` +
  '&sort=-updatedAt&limit=1&depth=0'

/**
 * For the chief deciding on a correction: a link to Payload's side-by-side comparison of the
 * proposed draft version against the live (last published) one.
 */
export const CorrectionDiffLink: React.FC<{ slug: string; id: string | number }> = ({
  slug,
  id,
}) => {
  const [href, setHref] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    const latest = (status: string) =>
      fetch(versionsUrl(slug, id, status), { credentials: 'include' })
        .then((res) => (res.ok ? res.json() : null))
        .then((body) => (body?.docs?.[0] as VersionRow | undefined)?.id)
    Promise.all([latest('draft'), latest('published')])
      .then(([draft, published]) => {
        if (!live || draft === undefined) return
        const from = published === undefined ? '' : `?versionFrom=${published}`
        setHref(`/admin/collections/${slug}/${id}/versions/${draft}${from}`)
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [slug, id])
  if (!href) return null
  return (
    <p>
      <a href={href} data-testid="correction-diff">
        So sánh bản đang hiện với bản đính chính
      </a>
    </p>
  )
}
