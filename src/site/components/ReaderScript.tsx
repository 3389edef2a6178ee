/**
 * The public pages' one script (public/ban-doc.js: beacon, reader tools, rating, comments,
 * voices), in place of Next's client runtime, which src/site/withoutFrameworkScripts.ts removes.
 */
export function ReaderScript() {
  return <script src="/ban-doc.js" defer />
}
