'use client'

import { useEffect, useState } from 'react'

const STEPS = ['nho', 'vua', 'lon'] as const
const LABELS = { nho: 'Chữ nhỏ', vua: 'Chữ vừa', lon: 'Chữ lớn' }
const STORAGE_KEY = 'co-chu'

/**
 * "In bài", "Lưu bài", "Gửi email", font size "Aa" (three steps, remembered) and share links.
 * Plain buttons and links: usable with the keyboard and by screen readers.
 */
export function ReaderTools({ title, url }: { title: string; url: string }) {
  const [size, setSize] = useState<(typeof STEPS)[number]>('vua')

  useEffect(() => {
    const saved = localStorage.getItem(STORAGE_KEY)
    // The saved size is only known in the browser, after hydration; one extra render is the point.
    if (saved && (STEPS as readonly string[]).includes(saved))
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setSize(saved as (typeof STEPS)[number])
  }, [])
  useEffect(() => {
    document.documentElement.dataset.coChu = size
  }, [size])

  const cycle = () => {
    const next = STEPS[(STEPS.indexOf(size) + 1) % STEPS.length]
    setSize(next)
    localStorage.setItem(STORAGE_KEY, next)
  }
  const mail = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n${url}`)}`
  const share = encodeURIComponent(url)

  return (
    <div className="reader-tools" role="toolbar" aria-label="Công cụ bài viết">
      <button
        type="button"
        onClick={cycle}
        aria-label={`Cỡ chữ: ${LABELS[size]}. Bấm để đổi`}
        data-size={size}
      >
        <span aria-hidden="true">Aa</span>
      </button>
      <button type="button" onClick={() => window.print()}>
        In bài
      </button>
      <button
        type="button"
        onClick={() => window.print()}
        title="Chọn “Lưu dưới dạng PDF” trong hộp thoại in"
      >
        Lưu bài
      </button>
      <a href={mail}>Gửi email</a>
      <a
        href={`https://www.facebook.com/sharer/sharer.php?u=${share}`}
        target="_blank"
        rel="noopener noreferrer"
      >
        Chia sẻ Facebook
      </a>
      <a href={`https://zalo.me/share?url=${share}`} target="_blank" rel="noopener noreferrer">
        Chia sẻ Zalo
      </a>
    </div>
  )
}
