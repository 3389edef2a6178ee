import { notFound } from 'next/navigation'

// Any other path under /en is the English 404 (not the Vietnamese one of the site's catch-all).
export const generateStaticParams = () => []
export default function EnglishUnknownPath(): never {
  notFound()
}
