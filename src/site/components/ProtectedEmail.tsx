/**
 * An email address people read (and screen readers speak) as usual, but that is never one piece
 * of text in the HTML: the local part, "@" and the domain are separate elements, and there is no
 * `mailto:` link, so harvesters scanning pages for `x@y` or `mailto:` find nothing. No JavaScript.
 */
export function ProtectedEmail({ address }: { address: string }) {
  const at = address.lastIndexOf('@')
  if (at < 1) return <span>{address}</span>
  const domain = address.slice(at + 1).split('.')
  return (
    <span className="protected-email">
      <span>{address.slice(0, at)}</span>
      <span>@</span>
      {domain.map((part, i) => (
        <span key={i}>{i ? `.${part}` : part}</span>
      ))}
    </span>
  )
}
