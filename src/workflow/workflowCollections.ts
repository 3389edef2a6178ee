import { publishingRefusal } from '../documents/secrecy'

/**
 * The collections that go through the editorial workflow (DESIGN: "the editorial workflow of
 * articles, the same states and roles" for documents): where each records its history, what
 * people call one of them, its table (for the commit check), and what may forbid publishing it.
 */
export const WORKFLOW_COLLECTIONS = {
  articles: {
    transitions: 'article-transitions',
    on: 'article',
    noun: 'tin bài',
    table: 'articles',
    refusePublishing: (_doc: Record<string, unknown>): string | null => null,
  },
  documents: {
    transitions: 'document-transitions',
    on: 'document',
    noun: 'văn bản',
    table: 'documents',
    // Secret or internal documents are never public (src/documents/secrecy.ts).
    refusePublishing: (doc: Record<string, unknown>): string | null =>
      publishingRefusal(doc as { secrecy?: string; scope?: string }),
  },
  pages: {
    transitions: 'page-transitions',
    on: 'page',
    noun: 'trang',
    table: 'pages',
    refusePublishing: (_doc: Record<string, unknown>): string | null => null,
  },
} as const

export type WorkflowCollection = keyof typeof WORKFLOW_COLLECTIONS

export const isWorkflowCollection = (slug: unknown): slug is WorkflowCollection =>
  typeof slug === 'string' && slug in WORKFLOW_COLLECTIONS
