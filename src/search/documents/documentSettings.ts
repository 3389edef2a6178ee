import type { Settings } from 'meilisearch'

/**
 * The `documents` index. The code and its variants first ("15-NQ/TU", "15 NQ TU", "NQ 15",
 * "nghị quyết 15"), then the title (trích yếu), issuer, signer, field and the text of its PDFs;
 * `titleTone` is the tone-token copy of the title, searched only by a query with marks.
 * Neither typos nor tones blur a code: "nq 15" must not find NQ 16.
 */
export const documentSearchOn = [
  'code',
  'codeVariants',
  'title',
  'issuer',
  'signer',
  'field',
  'text',
]
export const documentToneOn = ['titleTone']

export const documentIndexSettings: Settings = {
  searchableAttributes: [...documentSearchOn, ...documentToneOn],
  displayedAttributes: [
    'id',
    'slug',
    'code',
    'title',
    'type',
    'issuer',
    'signer',
    'field',
    'issuedAt',
    'effectiveAt',
    'expiresAt',
    'replaced',
    'pageCount',
    'site',
    'siteSlug',
    'siteParent',
  ],
  filterableAttributes: [
    'type',
    'issuerSlug',
    'fieldSlug',
    'year',
    'issuedAt',
    'effectiveAt',
    'expiresAt',
    'replaced',
    'site',
    'siteParent',
  ],
  sortableAttributes: ['issuedAt'],
  rankingRules: ['words', 'typo', 'attribute', 'proximity', 'exactness', 'sort', 'issuedAt:desc'],
  typoTolerance: {
    enabled: true,
    disableOnAttributes: ['code', 'codeVariants', ...documentToneOn],
  },
  pagination: { maxTotalHits: 2000 },
}
