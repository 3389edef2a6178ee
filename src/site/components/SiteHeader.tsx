import Image from 'next/image'
import Link from 'next/link'

import type { LayoutData } from '../layoutData'
import { imageSource } from '../media'
import { pageMenu } from '../pageMenu'
import { CONSULTATIONS_PATH, CONTACT_PATH, ENGLISH_HOME_PATH, QUESTIONS_PATH } from '../pageSlugs'
import { categoryPath, linkOn } from '../urls'
import { SearchForm } from './SearchForm'

const today = () =>
  new Intl.DateTimeFormat('vi-VN', {
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date())

export function SiteHeader({ site, settings, categories, pages }: LayoutData) {
  const on = (path: string) => linkOn(site ?? { basePath: '' }, path)
  const logo = imageSource(settings.logo, 'thumbnail')
  const nav = categories.filter((c) => !c.parent)
  const menu = pageMenu(pages, 'vi')
  return (
    <header className="site-header">
      <div className="site-header__top">
        <div className="container">
          <span className="site-header__date">{today()}</span>
          {/* Decree 42's pages: Giới thiệu and Liên hệ when published; Góp ý dự thảo and Hỏi đáp always. */}
          <nav className="site-header__pages" aria-label="Thông tin cổng">
            <ul>
              {menu.about.length ? (
                <li>
                  <Link href={on('/gioi-thieu')}>Giới thiệu</Link>
                </li>
              ) : null}
              {menu.contact ? (
                <li>
                  <Link href={on(CONTACT_PATH)}>Liên hệ</Link>
                </li>
              ) : null}
              <li>
                <Link href={on(CONSULTATIONS_PATH)}>Góp ý dự thảo</Link>
              </li>
              <li>
                <Link href={on(QUESTIONS_PATH)}>Hỏi đáp</Link>
              </li>
              {menu.hasEnglish ? (
                <li>
                  <a href={on(ENGLISH_HOME_PATH)} lang="en" hrefLang="en">
                    English
                  </a>
                </li>
              ) : null}
            </ul>
          </nav>
          <SearchForm id="tim-kiem-dau-trang" name="Tìm kiếm trên cổng" action={on('/tim-kiem')} />
        </div>
      </div>
      <div className="site-header__brand container">
        <Link href={on('/')} className="site-header__home">
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
          <span>
            {settings.partyCommittee ? (
              <span className="site-header__committee">{settings.partyCommittee}</span>
            ) : null}
            <span className="site-header__name">{settings.portalName}</span>
          </span>
        </Link>
      </div>
      <nav className="site-nav" aria-label="Chuyên mục">
        <ul className="container">
          <li>
            <Link href={on('/')}>Trang chủ</Link>
          </li>
          {nav.map((c) => (
            <li key={c.id}>
              <Link href={on(categoryPath(c.slug!))}>{c.title}</Link>
            </li>
          ))}
          <li>
            <Link href={on('/van-ban')}>Văn bản</Link>
          </li>
        </ul>
      </nav>
    </header>
  )
}
