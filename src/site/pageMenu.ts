import { CONTACT_SLUG } from './pageSlugs'
import type { Lang, PageLink } from './pageQueries'

/**
 * What the menus may link to in one language: the "Giới thiệu" pages and the contact page that
 * are published in it, and whether the site has any English page (then "English" shows).
 */
export function pageMenu(pages: PageLink[], lang: Lang) {
  const inLang = pages.filter((p) => p[lang])
  return {
    about: inLang.filter((p) => p.slug !== CONTACT_SLUG),
    contact: inLang.find((p) => p.slug === CONTACT_SLUG) ?? null,
    hasEnglish: pages.some((p) => p.en),
  }
}
