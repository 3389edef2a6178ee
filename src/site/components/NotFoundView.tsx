'use client'

import Link from 'next/link'

import { useSitePath } from './BasePath'
import { SearchForm } from './SearchForm'

/** The Vietnamese 404: a search box and a way home. */
export function NotFoundView() {
  const sitePath = useSitePath()
  return (
    <section className="error-page" aria-labelledby="loi-404">
      <h1 id="loi-404" className="page-title">
        Không tìm thấy trang
      </h1>
      <p>Trang bạn tìm không tồn tại, đã được gỡ hoặc đường dẫn chưa đúng.</p>
      <p>Bạn có thể tìm tin bài:</p>
      <SearchForm id="tim-kiem-404" name="Tìm tin bài khác" action={sitePath('/tim-kiem')} />
      <p>
        <Link href={sitePath('/')}>Về trang chủ</Link>
      </p>
    </section>
  )
}
