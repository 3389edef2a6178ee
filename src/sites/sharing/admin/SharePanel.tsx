'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Options = { children: number; hasParent: boolean; pending: boolean }

const getJson = async (url: string) => {
  const res = await fetch(url, { credentials: 'include' })
  return res.ok ? res.json() : null
}

/** What this article can still do: sites below to share to, a site above, a pending proposal. */
async function loadOptions(id: string | number, site: number): Promise<Options> {
  const [children, own, pending] = await Promise.all([
    getJson(`/api/sites?where[parent][equals]=${site}&limit=0&depth=0`),
    getJson(`/api/sites/${site}?depth=0`),
    getJson(
      `/api/share-proposals?where[article][equals]=${id}&where[status][equals]=pending&limit=0`,
    ),
  ])
  return {
    children: children?.totalDocs ?? 0,
    hasParent: Boolean(own?.parent),
    pending: (pending?.totalDocs ?? 0) > 0,
  }
}

/**
 * Under "Đăng cả trên trang": share a live article down to every site below, or propose it to the
 * site above; a button shows only where there is a site to go to. The server decides who may (its
 * 403 message is shown as is).
 */
export const SharePanel: React.FC = () => {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields._status?.value as string | undefined)
  const siteValue = useFormFields(([fields]) => fields.site?.value)
  const site =
    typeof siteValue === 'object' && siteValue ? (siteValue as { id: number }).id : siteValue
  const [options, setOptions] = useState<Options | null>(null)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const live = Boolean(id) && status === 'published' && typeof site === 'number'

  useEffect(() => {
    if (live) void loadOptions(id!, site as number).then(setOptions)
  }, [live, id, site])
  if (!live || !options) return null

  const call = async (action: 'share' | 'propose', body: object) => {
    setBusy(true)
    setMessage('')
    const res = await fetch(`/api/articles/${id}/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    setBusy(false)
    const json = await res.json().catch(() => null)
    if (!res.ok) return setMessage(json?.errors?.[0]?.message ?? `Lỗi ${res.status}`)
    if (action === 'share') return window.location.reload()
    setOptions({ ...options, pending: true })
  }

  const button = 'btn btn--style-secondary btn--size-small'
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 24 }}>
      {options.children > 0 && (
        <button
          type="button"
          className={button}
          disabled={busy}
          onClick={() => call('share', { sites: 'all-children' })}
        >
          Chia sẻ xuống mọi trang cấp dưới ({options.children})
        </button>
      )}
      {options.hasParent && !options.pending && (
        <button
          type="button"
          className={button}
          disabled={busy}
          onClick={() => call('propose', {})}
        >
          Đề xuất lên trang cấp trên
        </button>
      )}
      {options.pending && <p role="status">Đã đề xuất lên trang cấp trên, đang chờ duyệt.</p>}
      {message && <p role="alert">{message}</p>}
    </div>
  )
}
