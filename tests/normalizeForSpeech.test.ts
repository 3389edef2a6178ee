import { describe, expect, it } from 'vitest'

import { articleSpeechParts, articleToSpeech, articleToSsml } from '../src/audio/articleToSpeech'
import { normalizeForSpeech } from '../src/audio/normalizeForSpeech'
import { readNumber, readOrdinal, romanToNumber } from '../src/audio/readNumber'

describe('readNumber: as a newsreader says it', () => {
  it.each([
    [0, 'không'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi bốn'],
    [25, 'hai mươi lăm'],
    [101, 'một trăm linh một'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [1005, 'một nghìn không trăm linh năm'],
    [1250, 'một nghìn hai trăm năm mươi'],
    [2000, 'hai nghìn'],
    [2025, 'hai nghìn không trăm hai mươi lăm'],
    [15000, 'mười lăm nghìn'],
    [1000005, 'một triệu không trăm linh năm'],
    [3500000000, 'ba tỷ năm trăm triệu'],
  ])('%i → %s', (n, words) => {
    expect(readNumber(n)).toBe(words)
  })

  it('reads ordinals and Roman numerals', () => {
    expect([1, 2, 4, 10].map(readOrdinal)).toEqual(['nhất', 'hai', 'tư', 'mười'])
    expect(['XIII', 'XIV', 'XXI', 'IV', 'IIII', 'ABC', ''].map(romanToNumber)).toEqual([
      13,
      14,
      21,
      4,
      undefined,
      undefined,
      undefined,
    ])
  })
})

// Plausible news of the fictional province of Vĩnh An (province and communes only, since July 2025).
describe('normalizeForSpeech: Party-committee news sentences', () => {
  it.each([
    [
      'Năm 2025, tỉnh Vĩnh An có 96 xã, phường.',
      'Năm hai nghìn không trăm hai mươi lăm, tỉnh Vĩnh An có chín mươi sáu xã, phường.',
    ],
    [
      'Ngày 24/11/2023, BCH Đảng bộ tỉnh tổ chức Hội nghị lần thứ 15.',
      'Ngày hai mươi bốn tháng mười một năm hai nghìn không trăm hai mươi ba, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ mười lăm.',
    ],
    [
      'Toàn tỉnh long trọng kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9.',
      'Toàn tỉnh long trọng kỷ niệm tám mươi năm Cách mạng Tháng Tám và Quốc khánh ngày hai tháng chín.',
    ],
    [
      'Sáng 2/9, lãnh đạo tỉnh dâng hương tại Khu di tích.',
      'Sáng ngày hai tháng chín, lãnh đạo tỉnh dâng hương tại Khu di tích.',
    ],
    [
      'Hội nghị khai mạc lúc 7h30 và bế mạc lúc 11h.',
      'Hội nghị khai mạc lúc bảy giờ ba mươi phút và bế mạc lúc mười một giờ.',
    ],
    [
      'Phiên chiều bắt đầu lúc 14:30 tại Hội trường Tỉnh ủy.',
      'Phiên chiều bắt đầu lúc mười bốn giờ ba mươi phút tại Hội trường Tỉnh ủy.',
    ],
    [
      'Tốc độ tăng trưởng GRDP ước đạt 8,2%, vượt kế hoạch đề ra.',
      'Tốc độ tăng trưởng GRDP ước đạt tám phẩy hai phần trăm, vượt kế hoạch đề ra.',
    ],
    [
      'Tỷ lệ hộ nghèo giảm còn 1,5%, tỷ lệ bao phủ BHYT đạt 95%.',
      'Tỷ lệ hộ nghèo giảm còn một phẩy năm phần trăm, tỷ lệ bao phủ bảo hiểm y tế đạt chín mươi lăm phần trăm.',
    ],
    [
      'Thực hiện Nghị quyết số 15-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.',
      'Thực hiện Nghị quyết số mười lăm, nghị quyết Tỉnh ủy của Ban Chấp hành Đảng bộ tỉnh.',
    ],
    [
      'Căn cứ Quy định 12-QĐi/TW về trách nhiệm nêu gương.',
      'Căn cứ Quy định số mười hai, quy định Ban Chấp hành Trung ương về trách nhiệm nêu gương.',
    ],
    [
      'Triển khai Nghị định 42/2022/NĐ-CP của Chính phủ về cung cấp thông tin trên môi trường mạng.',
      'Triển khai Nghị định số bốn mươi hai, năm hai nghìn không trăm hai mươi hai, nghị định Chính phủ của Chính phủ về cung cấp thông tin trên môi trường mạng.',
    ],
    [
      'Ủy ban nhân dân tỉnh ban hành Quyết định số 1234/QĐ-UBND ngày 15/6/2025.',
      'Ủy ban nhân dân tỉnh ban hành Quyết định số một nghìn hai trăm ba mươi bốn, quyết định Ủy ban nhân dân ngày mười lăm tháng sáu năm hai nghìn không trăm hai mươi lăm.',
    ],
    [
      'Theo Kế hoạch 56/KH-UBND, các xã hoàn thành trước ngày 30/9.',
      'Theo Kế hoạch số năm mươi sáu, kế hoạch Ủy ban nhân dân, các xã hoàn thành trước ngày ba mươi tháng chín.',
    ],
    [
      'Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2025-2030, thành công tốt đẹp.',
      'Đại hội Đảng bộ tỉnh lần thứ mười sáu, nhiệm kỳ hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm ba mươi, thành công tốt đẹp.',
    ],
    [
      'Quán triệt Nghị quyết Đại hội XIII của Đảng đến 100% cán bộ, đảng viên.',
      'Quán triệt Nghị quyết Đại hội mười ba của Đảng đến một trăm phần trăm cán bộ, đảng viên.',
    ],
    ['Đồng chí là đại biểu Quốc hội khóa XV.', 'Đồng chí là đại biểu Quốc hội khóa mười lăm.'],
    [
      'Giai đoạn 2021 – 2025, tỉnh thu hút 1.250 tỷ đồng vốn đầu tư.',
      'Giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm, tỉnh thu hút một nghìn hai trăm năm mươi tỷ đồng vốn đầu tư.',
    ],
    [
      'Tổng kinh phí thực hiện là 3.500.000.000 đồng.',
      'Tổng kinh phí thực hiện là ba tỷ năm trăm triệu đồng.',
    ],
    ['Mỗi suất quà trị giá 500.000đ.', 'Mỗi suất quà trị giá năm trăm nghìn đồng.'],
    [
      'Tuyến đường dài 12,5 km đã được khánh thành.',
      'Tuyến đường dài mười hai phẩy năm ki lô mét đã được khánh thành.',
    ],
    [
      'Diện tích lúa đạt 2.300 ha, năng suất 6,1 tấn/ha.',
      'Diện tích lúa đạt hai nghìn ba trăm héc ta, năng suất sáu phẩy một tấn trên héc ta.',
    ],
    ['Thứ 2 hằng tuần, cơ quan tổ chức chào cờ.', 'Thứ hai hằng tuần, cơ quan tổ chức chào cờ.'],
    [
      'Đây là lần thứ 4 tỉnh tổ chức giải chạy vì hòa bình.',
      'Đây là lần thứ tư tỉnh tổ chức giải chạy vì hòa bình.',
    ],
    [
      'Năm nay là lần thứ 1 hội thi được tổ chức ở cấp xã.',
      'Năm nay là lần thứ nhất hội thi được tổ chức ở cấp xã.',
    ],
    [
      'UBND tỉnh và HĐND tỉnh phối hợp với UBMTTQ tỉnh tổ chức hội nghị.',
      'Ủy ban nhân dân tỉnh và Hội đồng nhân dân tỉnh phối hợp với Ủy ban Mặt trận Tổ quốc tỉnh tổ chức hội nghị.',
    ],
    [
      'Phát triển KT-XH gắn với bảo đảm QP-AN.',
      'Phát triển kinh tế - xã hội gắn với bảo đảm quốc phòng - an ninh.',
    ],
    [
      'Sở GD&ĐT khen thưởng 25 học sinh THPT.',
      'Sở giáo dục và đào tạo khen thưởng hai mươi lăm học sinh trung học phổ thông.',
    ],
    [
      'Đoàn ĐBQH tỉnh tiếp xúc cử tri tại xã Tân Phú.',
      'Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri tại xã Tân Phú.',
    ],
    [
      'Kiên định mục tiêu độc lập dân tộc gắn liền với CNXH.',
      'Kiên định mục tiêu độc lập dân tộc gắn liền với chủ nghĩa xã hội.',
    ],
    [
      'Ban Chỉ đạo CĐS tỉnh họp phiên thường kỳ quý IV.',
      'Ban Chỉ đạo chuyển đổi số tỉnh họp phiên thường kỳ quý bốn.',
    ],
    [
      'Bạn đọc xem toàn văn tại https://vinhan.gov.vn/van-ban/15-nq-tu.',
      'Bạn đọc xem toàn văn tại đường dẫn.',
    ],
    [
      'Mọi ý kiến xin gửi về banbientap@vinhan.gov.vn trước ngày 10/12.',
      'Mọi ý kiến xin gửi về địa chỉ thư điện tử trước ngày mười tháng mười hai.',
    ],
    ['Có 2/3 số đại biểu tán thành.', 'Có hai phần ba số đại biểu tán thành.'],
    [
      'Xã có 105 đảng viên sinh hoạt tại 21 chi bộ.',
      'Xã có một trăm linh năm đảng viên sinh hoạt tại hai mươi mốt chi bộ.',
    ],
    [
      'Đảng bộ kết nạp 1.001 đảng viên mới trong năm.',
      'Đảng bộ kết nạp một nghìn không trăm linh một đảng viên mới trong năm.',
    ],
    ['Đoàn công tác gồm 11 đồng chí.', 'Đoàn công tác gồm mười một đồng chí.'],
    [
      'Từ 20/11 đến 25/11, tỉnh tổ chức Tuần lễ văn hóa.',
      'Từ ngày hai mươi tháng mười một đến ngày hai mươi lăm tháng mười một, tỉnh tổ chức Tuần lễ văn hóa.',
    ],
    [
      'Tháng 4/2025, tỉnh khởi công 3 công trình trọng điểm.',
      'Tháng tư năm hai nghìn không trăm hai mươi lăm, tỉnh khởi công ba công trình trọng điểm.',
    ],
    [
      'Báo cáo số 30-BC/TU đánh giá 6 tháng đầu năm.',
      'Báo cáo số ba mươi, báo cáo Tỉnh ủy đánh giá sáu tháng đầu năm.',
    ],
    [
      'Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn 45-HD/BTGTU.',
      'Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số bốn mươi lăm, hướng dẫn Ban Tuyên giáo Tỉnh ủy.',
    ],
    [
      'Chương trình 01-CTr/TU về chuyển đổi số.',
      'Chương trình số một, chương trình Tỉnh ủy về chuyển đổi số.',
    ],
    [
      'Đề án 2-ĐA/TU về phát triển nguồn nhân lực.',
      'Đề án số hai, đề án Tỉnh ủy về phát triển nguồn nhân lực.',
    ],
    [
      'Tờ trình số 17-TTr/BTCTU về công tác cán bộ.',
      'Tờ trình số mười bảy, tờ trình Ban Tổ chức Tỉnh ủy về công tác cán bộ.',
    ],
    [
      'Công văn 123/UBND-VX về phòng, chống dịch.',
      'Công văn số một trăm hai mươi ba, công văn Ủy ban nhân dân về phòng, chống dịch.',
    ],
    [
      'Nghị quyết 45/2025/NQ-HĐND quy định mức hỗ trợ.',
      'Nghị quyết số bốn mươi lăm, năm hai nghìn không trăm hai mươi lăm, nghị quyết Hội đồng nhân dân quy định mức hỗ trợ.',
    ],
    [
      'Xây dựng NTM nâng cao, 40 HTX hoạt động hiệu quả.',
      'Xây dựng nông thôn mới nâng cao, bốn mươi hợp tác xã hoạt động hiệu quả.',
    ],
    [
      'Thông tư 22/2023/TT-BTTTT hướng dẫn về an toàn thông tin.',
      'Thông tư số hai mươi hai, năm hai nghìn không trăm hai mươi ba, thông tư Bộ Thông tin và Truyền thông hướng dẫn về an toàn thông tin.',
    ],
    [
      'Lúc 8h00 sáng nay, lễ ra quân được tổ chức.',
      'Lúc tám giờ sáng nay, lễ ra quân được tổ chức.',
    ],
    [
      'Tổ chức 3 lớp bồi dưỡng cho 450 học viên & 20 báo cáo viên.',
      'Tổ chức ba lớp bồi dưỡng cho bốn trăm năm mươi học viên và hai mươi báo cáo viên.',
    ],
    [
      'Nhiệt độ trung bình 28°C, lượng mưa 1.800 mm.',
      'Nhiệt độ trung bình hai mươi tám độ C, lượng mưa một nghìn tám trăm mi li mét.',
    ],
    [
      'Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2025).',
      'Kỷ niệm chín mươi lăm năm Ngày thành lập Đảng Cộng sản Việt Nam (ngày ba tháng hai năm một nghìn chín trăm ba mươi - ngày ba tháng hai năm hai nghìn không trăm hai mươi lăm).',
    ],
    [
      'Chỉ thị 05-CT/ĐU của Đảng ủy xã về công tác dân vận.',
      'Chỉ thị số năm, chỉ thị Đảng ủy của Đảng ủy xã về công tác dân vận.',
    ],
    [
      'TP. Vĩnh An đón 1,2 triệu lượt khách.',
      'thành phố Vĩnh An đón một phẩy hai triệu lượt khách.',
    ],
    ['Thế kỷ XXI là thế kỷ của tri thức.', 'Thế kỷ hai mươi mốt là thế kỷ của tri thức.'],
    [
      'Hội nghị Trung ương 10 khóa XIII đã thành công.',
      'Hội nghị Trung ương mười khóa mười ba đã thành công.',
    ],
    [
      'Đến năm 2030, phấn đấu 100% thủ tục hành chính được giải quyết trực tuyến.',
      'Đến năm hai nghìn không trăm ba mươi, phấn đấu một trăm phần trăm thủ tục hành chính được giải quyết trực tuyến.',
    ],
    [
      'Đường dây nóng 0912345678 hoạt động 24/7.',
      'Đường dây nóng không chín một hai ba bốn năm sáu bảy tám hoạt động hai mươi bốn trên bảy.',
    ],
    ['Toàn văn tại https://vinhan.gov.vn/van-ban/15-NQ/TU nhé.', 'Toàn văn tại đường dẫn nhé.'],
    ['Đoàn công tác TP.HCM thăm tỉnh.', 'Đoàn công tác Thành phố Hồ Chí Minh thăm tỉnh.'],
    [
      'Quý I/2025, thu ngân sách tăng.',
      'Quý một năm hai nghìn không trăm hai mươi lăm, thu ngân sách tăng.',
    ],
    [
      'Cách mạng Tháng Tám ngày 19/8/1945 và 02/9/1945.',
      'Cách mạng Tháng Tám ngày mười chín tháng tám năm một nghìn chín trăm bốn mươi lăm và ngày hai tháng chín năm một nghìn chín trăm bốn mươi lăm.',
    ],
    ['Làm việc từ 8h đến 11h30.', 'Làm việc từ tám giờ đến mười một giờ ba mươi phút.'],
    [
      'Năm học 2024-2025 có 12.345 học sinh.',
      'Năm học hai nghìn không trăm hai mươi bốn đến hai nghìn không trăm hai mươi lăm có mười hai nghìn ba trăm bốn mươi lăm học sinh.',
    ],
    ['Ngày 30/4 và 1/5 được nghỉ.', 'Ngày ba mươi tháng tư và ngày một tháng năm được nghỉ.'],
    [
      'Các ngày 1/5, 2/5 và 3/5 có 2/3 số người nghỉ.',
      'Các ngày một tháng năm, ngày hai tháng năm và ngày ba tháng năm có hai phần ba số người nghỉ.',
    ],
  ])('%s', (written, spoken) => {
    expect(normalizeForSpeech(written)).toBe(spoken)
  })

  it('leaves no digit, "%", "&" or link in any of those sentences', () => {
    const text = normalizeForSpeech(
      'Ngày 1/10/2025 đạt 99,9% & 3.000 lượt xem tại www.vinhan.gov.vn',
    )
    expect(text).not.toMatch(/[\d%&]|www|http/)
  })

  it('reads an NFD-typed sentence like the same sentence in NFC', () => {
    const written = 'Đại hội XIII của Đảng, UBND tỉnh Vĩnh An'
    expect(normalizeForSpeech(written.normalize('NFD'))).toBe(normalizeForSpeech(written))
  })

  it('does not take lower-case words for Roman numerals or abbreviations', () => {
    expect(normalizeForSpeech('Phần mềm mới, khóa học tu nghiệp, mục lục')).toBe(
      'Phần mềm mới, khóa học tu nghiệp, mục lục',
    )
  })
})

describe('articleToSpeech', () => {
  const article = {
    title: 'Tỉnh ủy Vĩnh An sơ kết 6 tháng đầu năm 2025',
    summary: 'Sáng 15/7, BCH Đảng bộ tỉnh họp Hội nghị lần thứ 4',
    body: 'Tăng trưởng đạt 8,2%.\n\nThu ngân sách 1.250 tỷ đồng\nĐã kết nạp 105 đảng viên.',
  }

  it('reads title, summary and each paragraph as separate sentences with a pause between', () => {
    expect(articleSpeechParts(article)).toEqual([
      'Tỉnh ủy Vĩnh An sơ kết sáu tháng đầu năm hai nghìn không trăm hai mươi lăm.',
      'Sáng ngày mười lăm tháng bảy, Ban Chấp hành Đảng bộ tỉnh họp Hội nghị lần thứ tư.',
      'Tăng trưởng đạt tám phẩy hai phần trăm.',
      'Thu ngân sách một nghìn hai trăm năm mươi tỷ đồng.',
      'Đã kết nạp một trăm linh năm đảng viên.',
    ])
    expect(articleToSpeech(article).split('\n\n')).toHaveLength(5)
  })

  it('skips a missing summary or body', () => {
    expect(articleToSpeech({ title: 'Tin ngắn', summary: null, body: '  ' })).toBe('Tin ngắn.')
  })

  it('gives SSML with longer breaks after the headings, text escaped', () => {
    const ssml = articleToSsml({ title: 'A & B', summary: 'Tóm tắt', body: 'Một.\nHai <3>.' })
    expect(ssml).toBe(
      '<speak xml:lang="vi"><p>A và B.</p><break time="800ms"/><p>Tóm tắt.</p><break time="800ms"/>' +
        '<p>Một.</p><break time="400ms"/><p>Hai &lt;ba&gt;.</p></speak>',
    )
  })
})
