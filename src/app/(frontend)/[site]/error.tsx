'use client'

import Link from 'next/link'

import { useSitePath } from '@/site/components/BasePath'
import { SearchForm } from '@/site/components/SearchForm'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const sitePath = useSitePath()
  return (
    <section className="error-page" aria-labelledby="loi">
      <h1 id="loi" className="page-title">
        Đã có lỗi xảy ra
      </h1>
      <p>Hệ thống đang gặp sự cố tạm thời. Xin bạn thử lại sau ít phút.</p>
      <p>
        <button type="button" onClick={reset}>
          Thử lại
        </button>
      </p>
      <SearchForm id="tim-kiem-loi" name="Tìm tin bài khác" action={sitePath('/tim-kiem')} />
      <p>
        <Link href={sitePath('/')}>Về trang chủ</Link>
      </p>
    </section>
  )
}
