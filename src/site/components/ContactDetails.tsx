import type { SiteSettings } from '../getSite'
import type { Lang } from '../pageQueries'
import { ProtectedEmail } from './ProtectedEmail'

const labels = {
  vi: { title: 'Thông tin liên hệ', address: 'Địa chỉ', phone: 'Điện thoại', email: 'Thư điện tử' },
  en: { title: 'Contact details', address: 'Address', phone: 'Phone', email: 'Email' },
}

/** The site's own address, phone and email (site settings), the email harvest-resistant. */
export function ContactDetails({ settings, lang }: { settings: SiteSettings; lang: Lang }) {
  const t = labels[lang]
  if (!settings.address && !settings.phone && !settings.email) return null
  return (
    <section className="contact-details" aria-labelledby="thong-tin-lien-he">
      <h2 id="thong-tin-lien-he" className="section-title">
        {t.title}
      </h2>
      <dl>
        {settings.address ? (
          <>
            <dt>{t.address}</dt>
            <dd lang="vi">{settings.address}</dd>
          </>
        ) : null}
        {settings.phone ? (
          <>
            <dt>{t.phone}</dt>
            <dd>{settings.phone}</dd>
          </>
        ) : null}
        {settings.email ? (
          <>
            <dt>{t.email}</dt>
            <dd>
              <ProtectedEmail address={settings.email} />
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  )
}
