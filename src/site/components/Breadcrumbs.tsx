import { absolute } from '../urls'
import { JsonLd } from './JsonLd'

/** Visible breadcrumbs plus their JSON-LD BreadcrumbList. */
export function Breadcrumbs({ items }: { items: { name: string; path: string }[] }) {
  const all = [{ name: 'Trang chủ', path: '/' }, ...items]
  return (
    <>
      <nav className="breadcrumbs" aria-label="Đường dẫn">
        <ol>
          {all.map((item, i) => (
            <li key={item.path}>
              {i < all.length - 1 ? (
                <a href={item.path}>{item.name}</a>
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
            item: absolute(item.path),
          })),
        }}
      />
    </>
  )
}
