'use client'

import { ReactSelect, type ReactSelectOption } from '@payloadcms/ui'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import React from 'react'

import './moderationQueue.css'

export type FilterChoice = {
  /** The URL parameter this filter sets. */
  param: string
  label: string
  value: string
  options: { value: string; label: string }[]
  /** Empty means "all"; false when a value is always chosen (the type). */
  clearable?: boolean
}

/**
 * The queue's filters as Payload's own selects (searchable, keyboard-friendly); each choice
 * rewrites the URL, so the server component lists what it selects and a link keeps the view.
 */
export function QueueFilterBar({ filters }: { filters: FilterChoice[] }) {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const choose = (param: string, value: string) => {
    const next = new URLSearchParams(params.toString())
    if (value) next.set(param, value)
    else next.delete(param)
    // Another type lists other things: the comment-only filters no longer apply.
    if (param === 'loai') for (const p of ['bai', 'canh-bao', 'trang-thai', 'ly-do']) next.delete(p)
    router.push(`${pathname}?${next.toString()}`)
  }
  return (
    <div className="mq-filters" role="group" aria-label="Lọc hàng đợi">
      {filters.map((f) => {
        const id = `mq-filter-${f.param}`
        const selected = f.options.find((o) => o.value === f.value)
        return (
          <div key={f.param} className="mq-filter">
            <label htmlFor={id} className="mq-filter__label">
              {f.label}
            </label>
            <ReactSelect
              inputId={id}
              isClearable={f.clearable !== false}
              placeholder="Tất cả"
              options={f.options}
              value={selected as ReactSelectOption | undefined}
              onChange={(option) =>
                choose(f.param, String((option as ReactSelectOption | null)?.value ?? ''))
              }
            />
          </div>
        )
      })}
    </div>
  )
}
