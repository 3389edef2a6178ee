import { NotFoundView } from '@/site/components/NotFoundView'

// With two root layouts (the site's and Payload's admin), Next sends this page's HTML only in the
// RSC payload and the browser renders it (vercel/next.js#62228, #59180); the status is still 404.
export default NotFoundView
