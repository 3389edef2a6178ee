import type { Link as SiteLink } from '../../payload-types'

/**
 * "Liên kết website": related agencies, in the same tab (issue 14), `rel="noopener"` on every one
 * (they are other sites).
 */
export function WebsiteLinks({ links, title }: { links: SiteLink[]; title: string }) {
  if (!links.length) return null
  return (
    <nav className="website-links" aria-label={title}>
      <p className="website-links__title">{title}</p>
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            <a href={link.url} rel="noopener">
              {link.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
