/** What each kind of identifying data is called in messages (plural: "looks like phone numbers"). */
const ko = {
  name: '사람 이름',
  phone: '전화번호',
  address: '주소',
  email: '이메일 주소',
  rrn: '주민등록번호·외국인등록번호',
  passport: '여권번호',
  'birth-date': '생년월일',
  'bank-account': '계좌번호',
  'car-plate': '차량번호',
};

const en: typeof ko = {
  name: "people's names",
  phone: 'phone numbers',
  address: 'addresses',
  email: 'e-mail addresses',
  rrn: 'resident registration numbers (주민등록번호)',
  passport: 'passport numbers',
  'birth-date': 'dates of birth (or other full dates)',
  'bank-account': 'bank account numbers',
  'car-plate': 'car number plates',
};

export const identifyingKindTexts = { ko, en };
