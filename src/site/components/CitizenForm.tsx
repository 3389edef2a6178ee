import type { FormResult } from '../formResult'
import { SenderFields } from './SenderFields'

/**
 * The feedback and question form: a plain HTML form POST that works without JavaScript. The
 * endpoint answers with a redirect back here (`back`), which shows the result above the form.
 * Same fields and protections as the comment form: name, optional private email, consent, a
 * honeypot people never see.
 */
export function CitizenForm(props: {
  action: string
  back: string
  policyHref: string
  result: FormResult
  legend: string
  contentLabel: string
  submitLabel: string
  sentMessage: string
  max: number
  withTitle?: boolean
}) {
  const { result } = props
  return (
    <form className="comment-form" method="post" action={props.action} id="gui">
      <h2 className="section-title">{props.legend}</h2>
      {result.sent ? (
        <p role="status" className="comment-form__message">
          {props.sentMessage}
        </p>
      ) : null}
      {result.error ? (
        <p role="alert" className="comment-form__message comment-form__message--error">
          {result.error}
        </p>
      ) : null}
      <input type="hidden" name="back" value={props.back} />
      {props.withTitle ? (
        <label htmlFor="gui-tieu-de">
          Tiêu đề câu hỏi
          <input id="gui-tieu-de" name="title" required minLength={5} maxLength={200} />
        </label>
      ) : null}
      <label htmlFor="gui-noi-dung">{props.contentLabel}</label>
      <textarea
        id="gui-noi-dung"
        name="content"
        rows={8}
        required
        minLength={5}
        aria-describedby="gui-gioi-han"
      />
      <p id="gui-gioi-han" className="comment-form__counter">
        {`Từ 5 đến ${props.max.toLocaleString('vi-VN')} ký tự.`}
      </p>
      <SenderFields policyHref={props.policyHref} />
      <button type="submit">{props.submitLabel}</button>
    </form>
  )
}
