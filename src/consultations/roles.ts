import type { Role } from '../access/roles'

/** Open and edit consultations on their site: the editorial board above reporters. */
export const CONSULTATION_KEEPERS: Role[] = ['admin', 'editor-in-chief', 'editor']
/** Make a consultation public: chiefs and admins of its site. */
export const CONSULTATION_PUBLISHERS: Role[] = ['admin', 'editor-in-chief']
/** Read feedback, its counts and its export: the keepers and the site's moderators. */
export const FEEDBACK_READERS: Role[] = ['admin', 'editor-in-chief', 'editor', 'moderator']
