import type { CollectionBeforeValidateHook, GlobalBeforeValidateHook } from 'payload'

import { normalizeDeep } from '../lib/vietnamese'

// Passwords are compared byte for byte at login: never rewrite them.
const untouched = new Set(['password', 'confirm-password'])

/** All stored text is NFC: the same word typed on a Mac (NFD) and on Windows must match. */
export const normalizeText: CollectionBeforeValidateHook = ({ data }) =>
  data ? normalizeDeep(data, untouched) : data

export const normalizeGlobalText: GlobalBeforeValidateHook = ({ data }) =>
  data ? normalizeDeep(data, untouched) : data
