const averageText = (n: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n)

/**
 * The rating block: X is the sum of all scores, N the number of votes, A their average; 1–5 stars
 * as a radio group. public/ban-doc.js posts a vote to /api/articles/{id}/rating and writes the new
 * figures into these lines (same wording).
 */
export function RatingBlock({
  articleId,
  total,
  count,
}: {
  articleId: number
  total: number
  count: number
}) {
  return (
    <section className="rating" aria-labelledby="danh-gia" data-article={articleId}>
      <h2 id="danh-gia" className="section-title">
        Đánh giá bài viết
      </h2>
      <p data-testid="rating-total">{`Tổng số điểm của bài viết là: ${total} trong ${count} đánh giá`}</p>
      <p data-testid="rating-average">{`Xếp hạng: ${averageText(count ? total / count : 0)} - ${count} phiếu bầu`}</p>
      <fieldset className="rating__stars">
        <legend>Click để đánh giá bài viết</legend>
        {[1, 2, 3, 4, 5].map((score) => (
          <label key={score}>
            <input type="radio" name="diem" value={score} />
            <span aria-hidden="true">★</span>
            <span className="visually-hidden">{`${score} sao`}</span>
          </label>
        ))}
      </fieldset>
      <p role="status" className="rating__message" />
    </section>
  )
}
