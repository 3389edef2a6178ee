import config from '@payload-config'
import { getPayload } from 'payload'

/** The Local API inside Next's server (one instance per process, reused across requests). */
export const getPayloadClient = () => getPayload({ config })
