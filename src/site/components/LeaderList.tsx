import Image from 'next/image'

import type { Leader } from '../../payload-types'
import { imageSource } from '../media'
import type { Lang } from '../pageQueries'
import { ProtectedEmail } from './ProtectedEmail'

const labels = {
  vi: { title: 'Lãnh đạo và đầu mối liên hệ', phone: 'Điện thoại', email: 'Thư điện tử' },
  en: { title: 'Leaders and contacts', phone: 'Phone', email: 'Email' },
}

/** Leaders and named contact officials (Decree 42): name, position, unit, phone, public email. */
export function LeaderList({ leaders, lang }: { leaders: Leader[]; lang: Lang }) {
  if (!leaders.length) return null
  const t = labels[lang]
  return (
    <section className="leaders" aria-labelledby="lanh-dao-lien-he">
      <h2 id="lanh-dao-lien-he" className="section-title">
        {t.title}
      </h2>
      <ul className="leaders__list">
        {leaders.map((leader) => {
          const photo = imageSource(leader.photo, 'thumbnail')
          return (
            <li key={leader.id} className="leader">
              {photo ? (
                <Image
                  src={photo.src}
                  alt={leader.name}
                  width={96}
                  height={96}
                  unoptimized
                  className="leader__photo"
                />
              ) : null}
              <div>
                <h3 className="leader__name" lang="vi">
                  {leader.name}
                </h3>
                <p className="leader__position">
                  {[leader.position, leader.unit].filter(Boolean).join(', ')}
                </p>
                {leader.phone ? (
                  <p>
                    {`${t.phone}: `}
                    <a href={`tel:${leader.phone.replace(/[^\d+]/g, '')}`}>{leader.phone}</a>
                  </p>
                ) : null}
                {leader.email ? (
                  <p>
                    {`${t.email}: `}
                    <ProtectedEmail address={leader.email} />
                  </p>
                ) : null}
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
