import type { Access, FieldAccess } from 'payload'

/** Only server code with overrideAccess may write these. */
export const nobody: Access = () => false
export const nobodyField: FieldAccess = () => false
