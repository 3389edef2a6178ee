import Image from 'next/image'
import Link from 'next/link'

import type { LayoutData } from '../layoutData'
import { imageSource } from '../media'
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

export function SiteHeader({ site, settings, categories }: LayoutData) {
  const on = (path: string) => linkOn(site ?? { basePath: '' }, path)
  const logo = imageSource(settings.logo, 'thumbnail')
  const nav = categories.filter((c) => !c.parent)
  return (
    <header className="site-header">
      <div className="site-header__top">
        <div className="container">
          <span className="site-header__date">{today()}</span>
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
