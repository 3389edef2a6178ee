/**
 * The standard pages Decree 42 asks a Party portal for (DESIGN "What the law asks"): the
 * "Giới thiệu" pages at /gioi-thieu/{slug} (/en/about/{slug}) and the contact page at /lien-he
 * (/en/contact), which is the page of slug `lien-he`.
 */
export const ABOUT_SLUGS = ['co-cau-to-chuc', 'chuc-nang-nhiem-vu', 'lanh-dao'] as const
export const LEADERS_SLUG = 'lanh-dao'
export const CONTACT_SLUG = 'lien-he'

export const aboutPath = (slug: string) => `/gioi-thieu/${slug}`
export const englishAboutPath = (slug: string) => `/en/about/${slug}`
export const CONTACT_PATH = '/lien-he'
export const ENGLISH_CONTACT_PATH = '/en/contact'
export const ENGLISH_HOME_PATH = '/en'

/** Where a page lives in Vietnamese and in English. */
export const pagePaths = (slug: string) =>
  slug === CONTACT_SLUG
    ? { vi: CONTACT_PATH, en: ENGLISH_CONTACT_PATH }
    : { vi: aboutPath(slug), en: englishAboutPath(slug) }

/** Consultation on drafts and citizens' questions (Decree 42), on every site. */
export const CONSULTATIONS_PATH = '/gop-y-du-thao'
export const consultationPath = (slug: string) => `${CONSULTATIONS_PATH}/${slug}`
export const QUESTIONS_PATH = '/hoi-dap'
