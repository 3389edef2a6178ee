import QRCode from 'qrcode'
import { APIError, type PayloadRequest } from 'payload'

import { portalBrand } from '../admin/portalBrand'
import { recordAudit } from '../audit/recordAudit'
import { newRecoveryCodes, spendRecoveryCode } from './recoveryCodes'
import { isTwoFactorRequired } from './requiredRoles'
import { openSecret, sealSecret } from './secretBox'
import { newTotpSecret, totpStepOf, totpUrl } from './totp'
import { loadTwoFactor, saveTwoFactor } from './twoFactorState'

type Who = { id: number | string; email?: string | null }

const refuse = (status: number, message: string) => new APIError(message, status, undefined, true)

/** Step 1: a new secret (kept pending until a code from it is typed) and its QR code. */
export async function startEnrolment(req: PayloadRequest, who: Who) {
  const { state } = await loadTwoFactor(req.payload, who.id, req)
  if (state.enabled) throw refuse(409, 'Xác thực hai lớp đã bật cho tài khoản này.')
  const secret = newTotpSecret()
  await saveTwoFactor(req.payload, who.id, { ...state, pendingSecret: sealSecret(secret) }, req)
  const issuer = (await portalBrand(req.payload)).name
  const otpauthUrl = totpUrl(secret, who.email ?? String(who.id), issuer)
  const qr = await QRCode.toDataURL(otpauthUrl, {
    errorCorrectionLevel: 'M',
    margin: 2,
    width: 240,
  })
  return { secret, otpauthUrl, qr }
}

/** Step 2: a code from the app proves it was set up; the recovery codes are shown this once. */
export async function confirmEnrolment(req: PayloadRequest, who: Who, code: unknown) {
  const { state } = await loadTwoFactor(req.payload, who.id, req)
  if (state.enabled) throw refuse(409, 'Xác thực hai lớp đã bật cho tài khoản này.')
  const secret = state.pendingSecret ? openSecret(state.pendingSecret) : null
  if (!secret) throw refuse(400, 'Chưa tạo mã QR: hãy bắt đầu thiết lập lại.')
  const step = typeof code === 'string' ? totpStepOf(secret, code) : null
  if (step === null) throw refuse(400, 'Mã không đúng. Nhập mã 6 số đang hiện trên ứng dụng.')
  const { codes, hashes } = newRecoveryCodes()
  await saveTwoFactor(
    req.payload,
    who.id,
    {
      ...state,
      enabled: true,
      secret: sealSecret(secret),
      pendingSecret: null,
      recoveryCodes: hashes,
      lastStep: step,
      failures: 0,
      lockedUntil: null,
    },
    req,
  )
  await recordAudit(req, { action: 'two-factor-on', user: who, target: `users:${who.id}` })
  return { recoveryCodes: codes }
}

const off = {
  enabled: false,
  secret: null,
  pendingSecret: null,
  recoveryCodes: [],
  lastStep: null,
  failures: 0,
  lockedUntil: null,
}

/** The owner turns it off with a current code (a stolen session alone cannot). */
export async function disableTwoFactor(req: PayloadRequest, who: Who, code: unknown) {
  const { user, state } = await loadTwoFactor(req.payload, who.id, req)
  if (!state.enabled) throw refuse(409, 'Xác thực hai lớp đang tắt.')
  if (isTwoFactorRequired(user)) {
    throw refuse(403, 'Vai trò của bạn bắt buộc xác thực hai lớp: không thể tắt.')
  }
  const secret = state.secret ? openSecret(state.secret) : null
  const typed = typeof code === 'string' ? code : ''
  const valid =
    (secret && totpStepOf(secret, typed) !== null) || spendRecoveryCode(state.recoveryCodes, typed)
  if (!valid) throw refuse(400, 'Mã xác thực không đúng.')
  await saveTwoFactor(req.payload, who.id, off, req)
  await recordAudit(req, { action: 'two-factor-off', user: who, target: `users:${who.id}` })
}

/** An admin clears it for someone who lost both the phone and the recovery codes. */
export async function resetTwoFactor(req: PayloadRequest, userId: number | string) {
  await loadTwoFactor(req.payload, userId, req)
  await saveTwoFactor(req.payload, userId, off, req)
  await recordAudit(req, { action: 'two-factor-off', target: `users:${userId}` })
}
