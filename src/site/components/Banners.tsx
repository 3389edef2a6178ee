import Image from 'next/image'

import { imageSource } from '../media'
import { getActiveBanners } from '../queries'

/** Active banners of one placement; nothing at all when none is active. */
export async function Banners({ placement }: { placement: 'header' | 'sidebar' }) {
  const banners = await getActiveBanners(placement)
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
