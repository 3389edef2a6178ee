import { unstable_cache } from 'next/cache'

import { ALL_SITES_TAG, siteCacheTag } from '../sites/siteParam'

/**
 * Puts the site's cache tag on the page being rendered: Next adds the tags of every
 * `unstable_cache` call made during an ISR render to the cached page (and route handler), so
 * revalidateTag(siteCacheTag(slug)) drops exactly that site's pages (ALL_SITES_TAG: every site's).
 * The cached value itself is
 * nothing. Outside a Next render (tests, scripts) there is no page to tag.
 */
export async function tagSitePages(slug: string): Promise<void> {
  try {
    await unstable_cache(async () => true, ['portal-site-pages', slug], {
      tags: [siteCacheTag(slug), ALL_SITES_TAG],
    })()
  } catch {
    // no incremental cache here: nothing to tag
  }
}
