import type { PublicSite } from '../getSite'
import { canonicalOn, linkOn } from '../urls'
import { JsonLd } from './JsonLd'

/**
 * Visible breadcrumbs (links on the reader's path) plus their JSON-LD BreadcrumbList (canonical
 * URLs). Paths are the site's own, without the /don-vi/{slug} prefix.
 */
export function Breadcrumbs({
  site,
  items,
}: {
  site: PublicSite
  items: { name: string; path: string }[]
}) {
  const all = [{ name: 'Trang chủ', path: '/' }, ...items]
  return (
    <>
      <nav className="breadcrumbs" aria-label="Đường dẫn">
        <ol>
          {all.map((item, i) => (
            <li key={item.path}>
              {i < all.length - 1 ? (
                <a href={linkOn(site, item.path)}>{item.name}</a>
              ) : (
                <span aria-current="page">{item.name}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: all.map((item, i) => ({
            '@type': 'ListItem',
            position: i + 1,
            name: item.name,
            item: canonicalOn(site, item.path),
          })),
        }}
      />
    </>
  )
}
