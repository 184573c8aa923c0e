/**
 * Word lists for the name scanners in names.ts. Each list says why it exists; they were grown
 * from the corpus in tests/privacy and from the indicator sets' own texts, so they are where a
 * false alarm on an everyday word is fixed.
 */

const words = (text: string): Set<string> => new Set(text.split(/\s+/).filter(Boolean));

export const SURNAMES = new Set([
  ...'김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부빈상태피',
]);
export const DOUBLE_SURNAMES = words('남궁 황보 제갈 선우 독고 사공 서문 동방');

/** Syllables common in Korean given names; every given syllable must be among them. */
export const GIVEN = new Set([
  ...'민지서준현우영수희진호은연정혜석철훈성경미숙자순옥화선동기재원용태환식근규한종상일광명승윤하주나아유예채다빈린율도건혁찬결별솔람슬향란애효인실분임남길봉덕만복춘문범헌섭균웅표택학필형홍휘완열익욱창국권설송엽옥찬호준희령혁규강비교소늘',
]);

/** Three-syllable words that look like surname + given name but are everyday words. */
export const COMMON_WORDS = words(`
  권하지 구하지 지우지 채우지 이지만 이기도 정지나 주소나 선별은 전하길 여기서 거기서 변호인 여자아 이유임
  가해자 강제로 강제적 경기도 경우가 경우는 경우에 경찰서 고수익 고용인 고용주 고용허 고향에 고향으 공간이 공장장 구조된 구조를 구출된 국적은 국적의 근로자 기간은 기간이
  기숙사 나라에 나중에 남자가 남자들 남자애 남편은 남편의 남편이 내국인 노동자 대리인 도망을 도망쳤 도움을 마음대 명령을 명의로 모집책 문제는 민간인 반복적 방문했 변호사
  보호자 사람들 사례는 사실을 사실이 사업자 사업주 사장님 사회복 상담사 상담원 서류를 석방된 선배가 선불금 선원들 선택권 성매매 성적인 소개비 소개소 소개인 신고자 신청자
  신체적 심리적 아이들 안전한 여권을 여러번 여성들 여자가 여자들 여자애 연락을 연락이 연수생 영어로 오전에 오후에 외국인 우리는 원하는 원하지 위협을 위협했 유학생 유흥업
  이동을 이민국 이민자 이상의 이상이 이용자 이주민 이주인 이주자 이하의 인신매 인정했 일주일 임시직 장소에 장시간 장애인 전부터 전화기 전화로 전화를 정기적 정도는 정도로
  정보를 정부가 조력인 조사관 조선족 주당 주민센 주변인 주인은 지급을 지급하 지속적 지원금 지원을 지원자 지인을 지인의 지인이 진술서 진술인 진정서 진행중 차별을 최근에
  통역사 통역인 피해자 하나도 하루에 하였다 하지만 한국어 한국인 한다고 한번도 했다고 현장에 현재는 현재도
`);

/** Nouns a screener writes often; with a particle they make three syllables that are not a name. */
export const COMMON_NOUNS = words(`
  가족 가해 간호 감금 강요 거짓 결과 경우 경찰 경험 계약 고수 고용 고향 공장 관행 교사 구조 국가 기간 기록 나라 남성 남자 남편 노동 농장 답변 대답 도움 돈을 돈이
  동료 동의 딸이 마음 매니저 명의 목적 문제 방문 방법 방세 병원 보호 부모 부인 빚은 빚을 빚이 사건 사기 사람 사실 사장 사정 사진 사회 상담 상태 생각 서류 선원 선장
  선주 선택 소개 손님 수단 숙소 시간 신고 신분 아내 아동 아들 아빠 애인 약속 어제 엄마 업소 업주 여권 여성 여자 연락 예속 오늘 월급 월세 위협 유흥 의사 이번 이상
  이웃 이유 이전 이후 일자리 임금 자기 자신 장소 장애 전화 정도 정말 정부 제한 조건 조사 주변 주인 증거 지금 지원 지인 직원 진술 질문 집주 차비 채권 처지 친구 통역
  편지 폭력 피해 하루 학교 학생 한국 행위 현재 회사
`);

/** Particles and titles that may follow a name (김민지가, 김민지 씨). */
export const PARTICLES = [
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
export const TITLES = ['선생님', '사장님', '씨', '님', '양', '군'];

/** Last syllables of everyday words that names do not end in (particles, verb and adjective endings). */
export const NOT_NAME_ENDINGS = new Set([...'는을를의에께할함했된될됨던며면게한만']);
/** Last syllables that may be a particle after a two-syllable noun (여권은, 사람이). */
export const PARTICLE_SYLLABLES = new Set([...'은는이가을를의도만과와나']);

/** Capitalised words that are places, nationalities, institutions or sentence openers. */
export const NOT_NAMES = words(`
  Likely Possible Unlikely Trafficked Confirmed Suspected Identified Other Missing Male Female Adult
  Minor Sexual Forced Domestic Work Construction Agriculture Manufacturing Industry Fishery Fisheries
  Gender Equality Justice Fair Labor Standards
  A Act After Agencies Agency Aid Airport Alien All Alliance Also America American An And Annex
  Ansan Answer Answers App Appendix Apps April Article As Asia Asian Association At August Aunt
  Baemin Baht Bangkok Bangladesh Bangladeshi Bank Bar Because Before Board Boat Boss Both Broker
  Brother Busan Business But By Call Cambodia Cambodian Captain Card Case Cash Center Centers
  Central Centre Centres Changwon Chapter Chat Cheonan Child Children China Chinese Christmas
  Church Chuseok City Club Co Commission Committee Company Consular Consulate Corona Corp
  Corporation Council Counseling Counselling Counsellor Coupang Court Cousin Covid Crime Crimes
  Daegu Daejeon Daily Dance Danuri Date Daughter Daum Dear December Declined Department Digital
  District Dollar Dollars Dong During Each East Embassy Emergency Employer Employment English
  Entertainment Every Facebook Factory Family Farm Father February Federation Few Figure Filipina
  Filipino Fishing For Foreign Foreigner Foreigners Form Foundation Friday Friend Friends From
  Gangnam General Gimhae Gimpo Google Government Group Guide Guidelines Gwangju Gyeonggi Hana
  Handbook Haneul Hanoi He Health Hello Helpline Her Herald Here Hi High Him His Hospital Hotel
  Hotline How Human Husband Hwaseong I If Ilbo Immigration In Inc Incheon India Indian Indicator
  Indicators Indonesia Indonesian Industrial Inspector Inspectors Instagram Institute
  International Interpreter Interview Interviewee Interviewer It Itaewon Item Items Its Jakarta
  January Japan Japanese Jeju Jongno Joseonjok July June Justice Kakao KakaoTalk Kakaotalk Karaoke
  Kathmandu Kazakhstan Korea Korea's Korean Korean-Chinese Korean-speaking Koreans Kyrgyzstan
  Labor Labour Labour's Lanka Lankan Lao Laos Later Law Legal Level Line Ltd Lunar Manager Manila
  Manual Many March Massage May Me Means Media Men Messenger Migrant Migrants Ministry Ministry's
  Monday Mongolia Mongolian Most Mother My Myanmar Nam Name Names National Naver Nepal Nepalese
  Nepali Network New News No None North Not Note Notes November Now October Of Offences Offenses
  Office Offices Ombudsman On Once One Online Or Organization Other Our Owner Pakistan Palermo
  Paragraph Part Penh Permit Pesos Phase Philippines Phnom Please Police Post Press Program
  Programme Prosecution Prosecutor Prosecutors Prosecutors' Prostitution Protocol Province Public
  Punishment Purpose Pyeongtaek Question Questions Random Recruitment Registration Relief Report
  Republic Respondent Restaurant Result Results Rights Road Rupee Rupees Russia Russian Safety
  Salon Saturday Screener Screening Section Security Seollal Seoul Seoul's September Service
  Services Session Sex She Shelter Since Sister Smile So Social Some Son South Sri Stage Station
  Step Street Summary Sunday Sunflower Support Supreme Suwon System Table Talk Team Telegram Thai
  Thailand Thank Thanks That The Their Them Then There These They This Those Three Thursday TikTok
  Times Timor To Today Tomorrow Total Trade Trafficking Trainee Tuesday Twitter Two Ulsan Uncle
  Union Unions Unit University Unknown Until Uzbek Uzbekistan Vessel Victim Victims Viet Vietnam
  Vietnamese Visa We Wednesday Welfare West What WhatsApp When Where Which While Who Why Wife With
  Women Women's Won Wongok Worker Workers Yes Yesterday YouTube Your Youth
`);
export const LATIN_TITLES = words('Mr Mrs Ms Miss Mx Dr Madam Sir');
