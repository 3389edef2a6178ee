import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { computeValidity } from '@/documents/computeValidity'
import { documentTypeLabels } from '@/documents/documentTypeLabels'
import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { DocumentFileList } from '@/site/components/DocumentFileList'
import { DocumentMeta } from '@/site/components/DocumentMeta'
import { DocumentTable } from '@/site/components/DocumentTable'
import { JsonLd } from '@/site/components/JsonLd'
import { PrintQr } from '@/site/components/PrintQr'
import { ReaderTools } from '@/site/components/ReaderTools'
import { documentPath, documentsPath } from '@/site/documentLinks'
import { getDocumentBySlug } from '@/site/documentQueries'
import { getSite } from '@/site/getSite'
import { siteOrNotFound } from '@/site/siteOrNotFound'
import { assetUrl, canonicalOn, linkOn } from '@/site/urls'

export const revalidate = 60 // why 60, and the 3 s nginx sees: next.config.ts
export const generateStaticParams = () => []

type Props = { params: Promise<{ site: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: param, slug } = await params
  const site = await getSite(param)
  const doc = site && (await getDocumentBySlug(site, slug))
  if (!site || !doc) return { title: 'Không tìm thấy trang' }
  const url = canonicalOn(site, documentPath(doc.slug!))
  return {
    title: `${doc.code}: ${doc.title}`.slice(0, 160),
    description: doc.title,
    alternates: { canonical: url },
    openGraph: { type: 'article', title: doc.code, description: doc.title, url },
  }
}

/** /van-ban/{slug}: one published public document (anything else is a 404). */
export default async function DocumentPage({ params }: Props) {
  const site = await siteOrNotFound(params)
  const doc = await getDocumentBySlug(site, (await params).slug)
  if (!doc) notFound()
  const validity = computeValidity(doc, doc.replacedBy)
  const path = documentPath(doc.slug!)
  const url = canonicalOn(site, path)
  const typeName = doc.type ? documentTypeLabels[doc.type] : 'Văn bản'
  return (
    <>
      <Breadcrumbs
        site={site}
        items={[
          { name: 'Văn bản', path: documentsPath },
          { name: doc.code, path },
        ]}
      />
      <article className="article document" aria-labelledby="tieu-de">
        <header className="article__header">
          <h1 id="tieu-de" className="article__title">
            {`${typeName} ${doc.code}`}
          </h1>
          <p className="article__sapo">{doc.title}</p>
          <ReaderTools title={`${doc.code}: ${doc.title}`} url={url} />
        </header>
        <DocumentMeta doc={doc} validity={validity} />
        <DocumentFileList site={site} doc={doc} />
        <p className="article__print-url">{url}</p>
        <PrintQr src={linkOn(site, `${path}/qr.svg`)} url={url} />
      </article>
      {doc.replacedBy.length ? (
        <section className="document-related" aria-labelledby="thay-the-boi">
          <h2 id="thay-the-boi" className="section-title">
            Văn bản thay thế
          </h2>
          <DocumentTable site={site} documents={doc.replacedBy} caption="Văn bản thay thế" />
        </section>
      ) : null}
      {doc.replaces.length ? (
        <section className="document-related" aria-labelledby="duoc-thay-the">
          <h2 id="duoc-thay-the" className="section-title">
            Văn bản được thay thế
          </h2>
          <DocumentTable site={site} documents={doc.replaces} caption="Văn bản được thay thế" />
        </section>
      ) : null}
      {doc.related.length ? (
        <section className="document-related" aria-labelledby="lien-quan">
          <h2 id="lien-quan" className="section-title">
            Văn bản liên quan
          </h2>
          <DocumentTable site={site} documents={doc.related} caption="Văn bản liên quan" />
        </section>
      ) : null}
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Legislation',
          name: `${typeName} ${doc.code}`,
          alternateName: doc.title,
          legislationIdentifier: doc.code,
          legislationType: typeName,
          legislationDate: doc.issuedAt,
          datePublished: doc.publishedAt ?? undefined,
          dateModified: doc.updatedAt,
          legislationLegalForce:
            validity.status === 'con'
              ? 'https://schema.org/InForce'
              : 'https://schema.org/NotInForce',
          ...(doc.effectiveAt && { legislationDateVersion: doc.effectiveAt }),
          ...(doc.expiresAt && { expires: doc.expiresAt }),
          legislationPassedBy: doc.issuer
            ? { '@type': 'Organization', name: doc.issuer }
            : undefined,
          ...(doc.signer && { author: { '@type': 'Person', name: doc.signer } }),
          about: doc.field ?? undefined,
          inLanguage: 'vi',
          url,
          ...(doc.replaces.length && {
            legislationChanges: doc.replaces.map((r) => canonicalOn(site, documentPath(r.slug!))),
          }),
          encoding: doc.files.map((f) => ({
            '@type': 'MediaObject',
            contentUrl: assetUrl(site, `/api/document-files/${f.id}/download`),
            encodingFormat: f.mimeType,
            contentSize: f.filesize ? `${f.filesize} B` : undefined,
          })),
          publisher: { '@type': 'Organization', name: site.settings.portalName },
        }}
      />
    </>
  )
}
