import Image from 'next/image'
import Link from 'next/link'

import type { LayoutData } from '../layoutData'
import { imageSource } from '../media'
import { pageMenu } from '../pageMenu'
import { ENGLISH_CONTACT_PATH, ENGLISH_HOME_PATH, englishAboutPath } from '../pageSlugs'
import { linkOn } from '../urls'

/** The English pages' header: the portal's (Vietnamese) name and English navigation. */
export function EnglishHeader({ site, settings, pages }: LayoutData) {
  const on = (path: string) => linkOn(site ?? { basePath: '' }, path)
  const logo = imageSource(settings.logo, 'thumbnail')
  const menu = pageMenu(pages, 'en')
  return (
    <header className="site-header">
      <div className="site-header__top">
        <div className="container">
          <span className="site-header__date">English</span>
          <a href={on('/')} lang="vi" hrefLang="vi">
            Tiếng Việt
          </a>
        </div>
      </div>
      <div className="site-header__brand container">
        <Link href={on(ENGLISH_HOME_PATH)} className="site-header__home">
          {logo ? (
            <Image
              src={logo.src}
              alt=""
              width={64}
              height={64}
              unoptimized
              className="site-header__logo"
            />
          ) : null}
          <span lang="vi">
            {settings.partyCommittee ? (
              <span className="site-header__committee">{settings.partyCommittee}</span>
            ) : null}
            <span className="site-header__name">{settings.portalName}</span>
          </span>
        </Link>
      </div>
      <nav className="site-nav" aria-label="Main">
        <ul className="container">
          <li>
            <Link href={on(ENGLISH_HOME_PATH)}>Home</Link>
          </li>
          {menu.about.map((p) => (
            <li key={p.slug}>
              <Link href={on(englishAboutPath(p.slug))}>{p.en}</Link>
            </li>
          ))}
          {menu.contact ? (
            <li>
              <Link href={on(ENGLISH_CONTACT_PATH)}>Contact</Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </header>
  )
}
