/** Builds and reads Lexical JSON (the format of Payload's rich text) without the editor. */

type TextNode = {
  type: 'text'
  text: string
  format: number
  detail: 0
  mode: 'normal'
  style: ''
  version: 1
}
type BlockNode = {
  type: 'paragraph' | 'heading'
  tag?: 'h2' | 'h3'
  children: TextNode[]
  direction: 'ltr'
  format: ''
  indent: 0
  version: 1
  textFormat?: 0
  textStyle?: ''
}

const text = (value: string): TextNode => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const block = (type: 'paragraph' | 'heading', value: string, tag?: 'h2' | 'h3'): BlockNode => ({
  type,
  ...(tag ? { tag } : { textFormat: 0, textStyle: '' }),
  children: [text(value)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
})

/** Paragraphs, with optional h2 subheadings before given paragraph indexes, as a Lexical document. */
export function paragraphsToLexical(
  paragraphs: string[],
  subheadings: { beforeParagraph: number; text: string }[] = [],
) {
  const children: BlockNode[] = []
  paragraphs.forEach((p, i) => {
    for (const h of subheadings)
      if (h.beforeParagraph === i) children.push(block('heading', h.text, 'h2'))
    children.push(block('paragraph', p))
  })
  return {
    root: {
      type: 'root',
      children,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
    },
  }
}

/** Plain text of a Lexical document, blocks separated by blank lines. */
export function lexicalToPlainText(doc: unknown): string {
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const n = node as { type?: string; text?: string; children?: unknown[] }
    if (n.type === 'text') return n.text ?? ''
    if (n.type === 'linebreak') return '\n'
    const inner = (n.children ?? []).map(walk)
    if (n.type === 'root') return inner.filter(Boolean).join('\n\n')
    // List items one per line ("item oneitem two" would be read as one word).
    return n.type === 'list' ? inner.filter(Boolean).join('\n') : inner.join('')
  }
  return walk((doc as { root?: unknown })?.root).trim()
}
