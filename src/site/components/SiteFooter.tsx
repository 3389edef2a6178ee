import type { LayoutData } from '../layoutData'
import { linkOn } from '../urls'

/** The footer Vietnamese law expects on an e-portal: owner, responsible person, licence, contacts. */
export function SiteFooter({ site, settings }: LayoutData) {
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
              Thư điện tử: <a href={`mailto:${settings.email}`}>{settings.email}</a>
            </>
          ) : null}
        </p>
        {settings.footerText ? <p className="site-footer__note">{settings.footerText}</p> : null}
        <p>
          <a href={linkOn(site ?? { basePath: '' }, '/rss.xml')}>RSS</a>
        </p>
      </div>
    </footer>
  )
}
