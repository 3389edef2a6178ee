import Image from 'next/image'

import type { PublicSite } from '../getSite'
import { imageSource } from '../media'
import { getActiveBanners } from '../queries'

/** Active banners of the site in one placement; nothing at all when none is active. */
export async function Banners({
  site,
  placement,
}: {
  site: PublicSite
  placement: 'header' | 'sidebar'
}) {
  const banners = await getActiveBanners(site, placement)
  if (!banners.length) return null
  return (
    <aside className={`banners banners--${placement}`} aria-label="Banner">
      {banners.map((b) => {
        const img = imageSource(b.image, placement === 'header' ? 'hero' : 'card')
        if (!img) return null
        const picture = (
          <Image src={img.src} alt={b.title} width={img.width} height={img.height} unoptimized />
        )
        return (
          <div key={b.id} className="banner">
            {b.link ? <a href={b.link}>{picture}</a> : picture}
          </div>
        )
      })}
    </aside>
  )
}
