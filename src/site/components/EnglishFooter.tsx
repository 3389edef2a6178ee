import type { LayoutData } from '../layoutData'
import { linkOn } from '../urls'
import { ProtectedEmail } from './ProtectedEmail'
import { WebsiteLinks } from './WebsiteLinks'

/** The English pages' footer: owner, address and contacts, links, the way back to Vietnamese. */
export function EnglishFooter({ site, settings, links }: LayoutData) {
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="site-footer__name" lang="vi">
          {settings.portalName}
        </p>
        {settings.partyCommittee ? (
          <p>
            Owner: <span lang="vi">{settings.partyCommittee}</span>
          </p>
        ) : null}
        {settings.address ? (
          <p>
            Address: <span lang="vi">{settings.address}</span>
          </p>
        ) : null}
        <p>
          {settings.phone ? `Phone: ${settings.phone}` : null}
          {settings.phone && settings.email ? ' — ' : null}
          {settings.email ? (
            <>
              Email: <ProtectedEmail address={settings.email} />
            </>
          ) : null}
        </p>
        <WebsiteLinks links={links} title="Related websites" />
        <p>
          <a href={linkOn(site ?? { basePath: '' }, '/')} lang="vi" hrefLang="vi">
            Tiếng Việt
          </a>
        </p>
      </div>
    </footer>
  )
}
