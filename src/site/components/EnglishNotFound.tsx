'use client'

import { useSitePath } from './BasePath'

/** The English 404: a way to the English home and to the Vietnamese site. */
export function EnglishNotFound() {
  const sitePath = useSitePath()
  return (
    <section className="error-page" aria-labelledby="error-404">
      <h1 id="error-404" className="page-title">
        Page not found
      </h1>
      <p>The page you are looking for does not exist, has been removed, or is not in English.</p>
      <p>
        <a href={sitePath('/en')}>English home</a>
        {' · '}
        <a href={sitePath('/')} lang="vi" hrefLang="vi">
          Trang chủ tiếng Việt
        </a>
      </p>
    </section>
  )
}
