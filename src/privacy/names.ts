/**
 * Names are only likely, never certain: a Korean word that starts with a surname, or two
 * capitalised English words, can be innocent. So these findings carry confidence 'confirm' (the
 * interview asks; batch rows and answers files, which nobody can be asked about, treat them as
 * the caller decides). A labelled name ("이름: ...", "name = ...") is refused outright.
 *
 * Hand-written scanners, one pass over the text: linear whatever the input.
 */
import type { Finding } from './kinds.js';

const SURNAMES = new Set([
  ...'김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부빈상태피',
]);
const DOUBLE_SURNAMES = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방']);

/** Syllables common in Korean given names; both given syllables must be among them. */
const GIVEN = new Set([
  ...'민지서준현우영수희진호은연정혜석철훈성경미숙자순옥화선동기재원용태환식근규한종상일광명승윤하주나아유예채다빈린율도건혁찬결별솔람슬향란애효인실분임남길봉덕만복춘문범헌섭균웅표택학필형홍휘완열익욱창국권설송엽옥찬호준희령혁규강비교소늘',
]);

/** Three-syllable words that look like surname + given name but are everyday words. */
const COMMON_WORDS = new Set([
  '고용주',
  '사업주',
  '사장님',
  '한국인',
  '이주민',
  '이주자',
  '정도는',
  '정도로',
  '이용자',
  '조사관',
  '신고자',
  '주민센',
  '경찰서',
  '선원들',
  '여성들',
  '장시간',
  '임시직',
  '안전한',
  '고용허',
  '유흥업',
  '조선족',
  '이민자',
  '이민국',
  '이동을',
  '진술서',
  '진정서',
  '인신매',
  '공장장',
  '오전에',
  '오후에',
  '최근에',
  '강제로',
  '강제적',
  '정기적',
  '지속적',
  '반복적',
  '현재는',
  '현재도',
  '문제는',
  '명령을',
  '한번도',
  '하루에',
  '하지만',
  '나중에',
  '서류를',
  '여권을',
  '우리는',
  '기숙사',
  '성매매',
  '노동자',
  '선불금',
  '주인은',
  '지인의',
  '지인이',
  '지인을',
  '인정했',
  '모집책',
  '상담원',
  '상담사',
  '통역사',
  '통역인',
  '사회복',
  '원하지',
  '원하는',
  '소개소',
  '소개비',
  '변호사',
  '남편이',
  '남편은',
  '남편의',
  '남자가',
  '여자가',
  '연락을',
  '연락이',
  '위협을',
  '위협했',
  '명의로',
  '이상의',
  '이상이',
  '이하의',
  '주당',
  '도망을',
  '도망쳤',
  '구조된',
  '구조를',
  '구출된',
  '지원을',
  '지원금',
  '지급을',
  '지급하',
  '하였다',
  '했다고',
  '한다고',
  '장소에',
  '방문했',
  '공간이',
  '현장에',
  '선택권',
  '석방된',
  '경우가',
  '경우는',
  '경우에',
  '사실을',
  '사실이',
  '사례는',
  '진행중',
  '심리적',
  '신체적',
  '성적인',
  '일주일',
  '민간인',
  '국적의',
  '국적은',
  '전화를',
  '전화로',
  '전부터',
  '고향에',
  '고향으',
  '기간은',
  '기간이',
  '정보를',
  '정부가',
  '차별을',
  '마음대',
  '나라에',
  '도움을',
  '여러번',
  '선배가',
  '하나도',
]);

/** Nouns a screener writes often; with a particle they make three syllables that are not a name. */
const COMMON_NOUNS = new Set(
  '여권 임금 사장 한국 정말 이번 고용 지금 주인 기간 문제 방법 선원 노동 진술 신고 장소 경우 연락 도움 하루 조사 유흥 남편 서류 현재 정도 오늘 어제 이유 이상 이후 이전 지인 가족 고향 부모 나라 동료 공장 농장 선주 선장 숙소 방문 전화 계약 통역 상담 경찰 병원 월급 빚이 차비 위협 폭력 감금 강요 명의 신분 증거 사실 사건 피해 가해 소개 구조 지원 보호 일자리'.split(
    ' ',
  ),
);
const PARTICLE_SYLLABLES = new Set([...'은는이가을를의도만과와']);

const PARTICLES = [
  '에게서',
  '께서',
  '에게',
  '한테',
  '이랑',
  '랑',
  '이가',
  '이는',
  '이를',
  '이의',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '과',
  '와',
  '도',
  '만',
];
const TITLES = ['선생님', '사장님', '씨', '님', '양', '군'];

const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/** Strips one title and one particle from the end of a Hangul word. */
function stem(word: string): { base: string; titled: boolean } {
  let w = word;
  for (const p of PARTICLES)
    if (w.length > p.length + 2 && w.endsWith(p)) {
      w = w.slice(0, -p.length);
      break;
    }
  for (const t of TITLES)
    if (w.length > t.length + 1 && w.endsWith(t)) return { base: w.slice(0, -t.length), titled: true };
  return { base: w, titled: false };
}

function koreanName(word: string): boolean {
  const { base, titled } = stem(word);
  if (base.length > 5 || COMMON_WORDS.has(base)) return false;
  if (base.length === 3 && PARTICLE_SYLLABLES.has(base[2]!) && COMMON_NOUNS.has(base.slice(0, 2)))
    return false;
  const givenOk = (g: string): boolean => [...g].every((c) => GIVEN.has(c));
  // 남궁민, 황보혜정: a double surname and one or two given syllables.
  if (DOUBLE_SURNAMES.has(base.slice(0, 2)) && (base.length === 3 || base.length === 4))
    if (givenOk(base.slice(2))) return true;
  if (!SURNAMES.has(base[0]!)) return false;
  const given = base.slice(1);
  if (given.length === 2) return givenOk(given);
  // 김민 씨: a one-syllable given name only with a title.
  return given.length === 1 && titled && givenOk(given);
}

/** Capitalised words that are places, nationalities, institutions or sentence openers. */
const NOT_NAMES = new Set(
  `The A An She He They We I It Its This That These Those Her His Their My Our Your Me Him Them
  After Before When Then On In At From To For With And But Or Not No Yes If As By Of Some All One Two
  Three Also Later Today Yesterday Tomorrow Now There Here Dear Hello Hi Thanks Thank Please While
  During Since Until Because So Why What Who How Where Which Every Each Both Most Many Few Other
  Korea Korean Koreans Seoul Busan Incheon Ansan Gimpo Hwaseong Gyeonggi Daegu Daejeon Gwangju Ulsan
  Jeju Suwon Pyeongtaek Gimhae Changwon Cheonan Itaewon Gangnam Jongno Wongok Philippines Filipino
  Filipina Vietnam Vietnamese Thailand Thai Cambodia Cambodian Nepal Nepali Nepalese Indonesia
  Indonesian China Chinese Russia Russian Uzbekistan Uzbek Mongolia Mongolian Myanmar Sri Lanka
  Lankan Bangladesh Bangladeshi Kazakhstan Kyrgyzstan Laos Lao Timor Pakistan India Indian Japan
  Japanese America American English South North East West New Central Asia Asian Manila Hanoi
  Bangkok Kathmandu Phnom Penh Jakarta Immigration Service Police Station Ministry Labor Labour
  Employment Permit System Center Centre Office Shelter Embassy Consulate Court Department Republic
  National Human Rights Commission Migrant Migrants Worker Workers Support Foundation Church Hospital
  University Airport Province City District Road Street Company Factory Farm Club Bar Hotel Visa
  Alien Registration Card Kakao Talk KakaoTalk Google Facebook Messenger WhatsApp Line Monday
  Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
  August September October November December Hotline Screening Indicator Indicators Act Means
  Purpose Trafficking Victim Victims Protocol Palermo Prosecutor Prosecutors Inspector Inspectors
  Counselling Counseling Counsellor Interpreter Section Article Law Justice Foreign Foreigner
  Foreigners Industrial Trainee Program Programme Agency Recruitment Broker Employer Manager Boss
  Owner Captain Vessel Boat Fishing Entertainment Dance Karaoke Massage Salon Restaurant Ltd Inc
  Co Corp Group Team Unit Case Note Notes Date Name Names Total Part Yes None Unknown Declined
  Not Korean-speaking Cash Bank Won Dollar Dollars Pesos Dong Baht Rupee Rupees Christmas Chuseok
  Seollal Lunar Covid Corona Level Stage Step Phase Session Question Questions Answer Answers
  Summary Report Result Results Interview Interviewer Interviewee Screener Respondent Family
  Mother Father Sister Brother Aunt Uncle Cousin Husband Wife Son Daughter Friend Friends`.split(/\s+/),
);
const LATIN_TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Madam', 'Sir']);

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isLatin = (c: number): boolean => isUpper(c) || isLower(c);

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Latin words of the text (letters, inner hyphens and apostrophes), each at most 30 letters. */
function latinWords(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isLatin(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (
      i < text.length &&
      (isLatin(text.charCodeAt(i)) ||
        ((text[i] === '-' || text[i] === "'") && isLatin(text.charCodeAt(i + 1))))
    )
      i++;
    if (i - start <= 30) out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
}

/** Capitalised, then lower case: Maria, Min-ji, O'Neil (not NHRCK, not iPhone). */
function capitalised(w: string): boolean {
  if (w.length < 2 || !isUpper(w.charCodeAt(0))) return false;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (isUpper(c) && w[i - 1] !== '-' && w[i - 1] !== "'") return false;
  }
  return isLower(w.charCodeAt(1)) || w[1] === "'";
}

function latinNames(text: string, out: Finding[]): void {
  const words = latinWords(text);
  for (let k = 0; k < words.length; k++) {
    const a = words[k]!;
    const b = words[k + 1];
    if (!b || text.slice(a.end, b.start) !== ' ' || !capitalised(b.text) || NOT_NAMES.has(b.text)) continue;
    const titled = LATIN_TITLES.has(a.text) || LATIN_TITLES.has(a.text.replace(/\.$/, ''));
    if (!titled && (!capitalised(a.text) || NOT_NAMES.has(a.text))) continue;
    let end = b.end;
    const c = words[k + 2];
    if (c && text.slice(b.end, c.start) === ' ' && capitalised(c.text) && !NOT_NAMES.has(c.text)) {
      end = c.end;
      k++;
    }
    out.push({ kind: 'name', confidence: 'confirm', start: a.start, end });
    k++;
  }
  // Mr. Kim: a title with a full stop before the name.
  for (let k = 0; k + 1 < words.length; k++) {
    const a = words[k]!;
    const b = words[k + 1]!;
    if (LATIN_TITLES.has(a.text) && text.slice(a.end, b.start) === '. ' && capitalised(b.text))
      out.push({ kind: 'name', confidence: 'confirm', start: a.start, end: b.end });
  }
}

function koreanNames(text: string, out: Finding[]): void {
  let i = 0;
  while (i < text.length) {
    if (!isHangul(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isHangul(text.charCodeAt(i))) i++;
    // A space before a title: 김민지 씨, 김민지 님.
    if (i - start <= 8 && koreanName(text.slice(start, i))) {
      out.push({ kind: 'name', confidence: 'confirm', start, end: i });
    }
  }
}

const LABEL = /(?:이름|성명|성함|본명|실명|[Nn]ame|NAME)[ \t]{0,3}[:=：][ \t]{0,3}(?=[^\s])/g;

/** Name-like spans of the text, in order of the scanners (not sorted). */
export function findNames(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(LABEL))
    out.push({ kind: 'name', confidence: 'refuse', start: m.index, end: m.index + m[0].length });
  koreanNames(text, out);
  latinNames(text, out);
  return out;
}
