import type { CollectionConfig } from 'payload'

import { adminChiefOrSelf } from '../access/adminChiefOrSelf'
import { adminOrSelfField } from '../access/adminOrSelfField'
import { assignCategoriesField } from '../access/assignCategoriesField'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { ROLES, roleLabels } from '../access/roles'
import {
  RESET_LINK_HOURS,
  resetPasswordHtml,
  resetPasswordSubject,
} from '../email/resetPasswordEmail'
import { auditLogin, auditLogout } from '../audit/auditSignIns'
import { auditRoleChanges } from '../audit/auditRoleChanges'
import { keepRawPatch } from '../editorial/keepRawPatch'
import { limitChiefToCategories } from '../editorial/limitChiefToCategories'
import { normalizeText } from '../hooks/normalizeText'
import { checkPasswordPolicy, checkResetPasswordPolicy } from './hooks/checkPasswordPolicy'
import { deleteUserNotifications } from '../notifications/deleteUserNotifications'
import { defaultRoles } from './hooks/defaultRoles'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { requireSecondFactor, stopWhenOnlyVerifying } from '../twoFactor/signInHooks'
import { twoFactorEndpoints } from '../twoFactor/twoFactorEndpoints'
import { twoFactorField } from '../twoFactor/twoFactorField'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: { vi: 'Tài khoản', en: 'User' },
    plural: { vi: 'Tài khoản', en: 'Users' },
  },
  auth: {
    // A working day of inactivity ends a session (the admin refreshes it while in use).
    tokenExpiration: Number(process.env.STAFF_SESSION_HOURS || 8) * 3600,
    // Lockout after repeated failed logins.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    // "Quên mật khẩu": a Vietnamese mail with a link to /admin/reset/{token} on SERVER_URL.
    forgotPassword: {
      expiration: RESET_LINK_HOURS * 60 * 60 * 1000,
      generateEmailHTML: resetPasswordHtml,
      generateEmailSubject: resetPasswordSubject,
    },
  },
  access: {
    admin: ({ req }) => Boolean(isStaff({ req })),
    create: isAdmin,
    read: isStaff,
    // A chief reaches their sites' staff to assign categories only (limitChiefToCategories).
    update: adminChiefOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'sites'],
    group: { vi: 'Hệ thống', en: 'System' },
  },
  hooks: {
    beforeOperation: [keepRawPatch, checkResetPasswordPolicy],
    beforeValidate: [limitChiefToCategories, normalizeText, defaultRoles, checkPasswordPolicy],
    beforeChange: [firstUserIsAdmin],
    afterChange: [auditRoleChanges],
    beforeLogin: [stopWhenOnlyVerifying],
    afterLogin: [auditLogin],
    afterOperation: [requireSecondFactor],
    afterLogout: [auditLogout],
    beforeDelete: [deleteUserNotifications],
  },
  endpoints: [...twoFactorEndpoints],
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { vi: 'Họ và tên', en: 'Name' },
      access: { update: adminOrSelfField },
    },
    {
      // Payload's own email field, read-only to a chief assigning categories (merged by name).
      name: 'email',
      type: 'email',
      required: true,
      access: { update: adminOrSelfField },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      label: { vi: 'Vai trò trên mọi trang', en: 'Roles on every site' },
      admin: {
        description: {
          vi: 'Cán bộ cấp tỉnh. Cán bộ của một xã, phường: để trống và chọn vai trò trong "Trang đơn vị" bên dưới.',
          en: 'Province staff. Staff of one commune: leave empty and give roles per site below.',
        },
      },
      options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'categories',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      label: { vi: 'Chuyên mục được giao', en: 'Categories' },
      // Who works on which column is the editorial board's decision, not the user's own.
      access: { create: isAdminField, update: assignCategoriesField },
      admin: {
        description: {
          vi: 'Để trống: mọi chuyên mục. Khi chọn, người này chỉ soạn, sửa, chuyển trạng thái và xem bản nháp tin bài của các chuyên mục này.',
          en: 'Empty: every category. When set, this user works only on articles of these categories.',
        },
      },
    },
    {
      // Each person turns their own notification mails off (the in-admin list stays).
      name: 'emailNotifications',
      type: 'checkbox',
      defaultValue: true,
      label: { vi: 'Nhận thông báo qua email', en: 'Email notifications' },
      access: { update: adminOrSelfField },
      admin: {
        description: {
          vi: 'Bài gửi duyệt, bài bị trả lại, bài đã xuất bản, bình luận chờ duyệt. Danh sách "Thông báo" trong trang quản trị vẫn giữ.',
          en: 'Submitted, returned and published articles, pending comments. The in-admin list stays.',
        },
      },
    },
    twoFactorField,
  ],
}
