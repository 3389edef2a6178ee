'use client'

import { PublishButton, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'
import React from 'react'

import { hasRoleOnSite } from '../../sites/siteRoles'

/**
 * Payload's "Publish" button, shown only where the server allows it: the editor-in-chief or
 * admin saving changes to an article that is already live and has no correction pending.
 * Everything else (a correction included) is published with the workflow panel's "Xuất bản".
 */
export const LivePublishButton: React.FC<PublishButtonClientProps> = (props) => {
  const { user } = useAuth()
  const { hasPublishedDoc } = useDocumentInfo()
  const state = useFormFields(([fields]) => fields.workflowState?.value)
  const site = useFormFields(([fields]) => fields.site?.value)
  const correction = useFormFields(([fields]) => fields.correction?.value)
  if (!(
    hasPublishedDoc &&
    !correction &&
    state === 'published' &&
    hasRoleOnSite(user as never, site as never, 'admin', 'editor-in-chief')
  ))
    return null
  return <PublishButton {...props} />
}

/** Unpublishing goes through the workflow ("Gỡ bài"), so it is recorded with its reason. */
export const NoUnpublishButton: React.FC = () => null
