import type { LayoutData } from '../layoutData'
import { pageMenu } from '../pageMenu'
import {
  CONSULTATIONS_PATH,
  CONTACT_PATH,
  ENGLISH_HOME_PATH,
  QUESTIONS_PATH,
  aboutPath,
} from '../pageSlugs'
import { linkOn } from '../urls'
import { ProtectedEmail } from './ProtectedEmail'
import { VisitCounter } from './VisitCounter'
import { WebsiteLinks } from './WebsiteLinks'

/** The footer Vietnamese law expects on an e-portal: owner, responsible person, licence, contacts. */
export function SiteFooter({ site, settings, pages, links, visits }: LayoutData) {
  const on = (path: string) => linkOn(site ?? { basePath: '' }, path)
  const menu = pageMenu(pages, 'vi')
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="site-footer__name">{settings.portalName}</p>
        {settings.partyCommittee ? <p>{`Cơ quan chủ quản: ${settings.partyCommittee}`}</p> : null}
        {settings.responsiblePerson ? (
          <p>{`Chịu trách nhiệm chính: ${settings.responsiblePerson}`}</p>
        ) : null}
        {settings.licence ? <p>{settings.licence}</p> : null}
        {settings.address ? <p>{`Địa chỉ: ${settings.address}`}</p> : null}
        <p>
          {settings.phone ? `Điện thoại: ${settings.phone}` : null}
          {settings.phone && settings.email ? ' — ' : null}
          {settings.email ? (
            <>
              Thư điện tử: <ProtectedEmail address={settings.email} />
            </>
          ) : null}
        </p>
        {settings.footerText ? <p className="site-footer__note">{settings.footerText}</p> : null}
        <ul className="site-footer__pages">
          {menu.about.map((p) => (
            <li key={p.slug}>
              <a href={on(aboutPath(p.slug))}>{p.vi}</a>
            </li>
          ))}
          {menu.contact ? (
            <li>
              <a href={on(CONTACT_PATH)}>Liên hệ</a>
            </li>
          ) : null}
          <li>
            <a href={on(CONSULTATIONS_PATH)}>Góp ý dự thảo</a>
          </li>
          <li>
            <a href={on(QUESTIONS_PATH)}>Hỏi đáp</a>
          </li>
          {menu.hasEnglish ? (
            <li>
              <a href={on(ENGLISH_HOME_PATH)} lang="en" hrefLang="en">
                English
              </a>
            </li>
          ) : null}
          <li>
            <a href={on('/rss.xml')}>RSS</a>
          </li>
        </ul>
        <WebsiteLinks links={links} title="Liên kết website" />
        <VisitCounter visits={visits} />
      </div>
    </footer>
  )
}
