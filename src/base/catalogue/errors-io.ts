/**
 * The errors raised in src/io/ about files as files: writing, links and folders, the size and
 * encoding of an input, hostile YAML, the settings file. Keyed by their code, in Korean and
 * English. A message names where a value is and what kind it looks like, never the value itself.
 */
import type { Said } from './said.js';

/** What each kind of input file is called, in a message about its size. */
const kindKo = {
  set: '지표 세트',
  crosswalk: '대응표',
  scenario: '시나리오',
  answers: '답변 파일',
  result: '훈련 결과 파일',
  config: '설정 파일',
  mapping: '일괄 처리 매핑 파일',
};
type InputKindName = keyof typeof kindKo;

const kindEn: typeof kindKo = {
  set: 'an indicator set',
  crosswalk: 'a crosswalk',
  scenario: 'a scenario',
  answers: 'an answers file',
  result: 'a training result file',
  config: 'a settings file',
  mapping: 'a batch mapping file',
};

const unchangedKo = '아무것도 바꾸지 않았습니다.';

const ko = {
  DISK_FULL: (path: string): Said => ({
    message: `디스크가 가득 차서 ${path}을(를) 쓰지 못했습니다.`,
    hint: '공간을 확보한 뒤 다시 실행하세요. 이전 파일이 있었다면 그대로 남아 있습니다.',
  }),
  FILE_WRITE: (path: string, code: string): Said => ({
    message: `${path}을(를) 쓸 수 없습니다: ${code}.`,
    hint: '폴더가 있는지, 그 폴더에 쓸 권한이 있는지 확인하세요.',
  }),
  UNSAFE_PATH: {
    writeLink: (path: string): Said => ({
      message: `${path}은(는) 심볼릭 링크입니다. tip-screen은 링크를 거쳐 파일을 쓰지 않습니다.`,
      hint: `파일의 실제 경로를 주거나 링크를 지우세요. ${unchangedKo}`,
    }),
    readLink: (path: string): Said => ({
      message: `${path}은(는) 심볼릭 링크입니다. tip-screen은 자기 파일을 링크를 거쳐 읽지 않습니다.`,
      hint: `링크를 지우고, 실제 파일이 있다면 그 자리에 두세요. ${unchangedKo}`,
    }),
    notRegular: (path: string): Said => ({
      message: `${path}은(는) 일반 파일이 아닙니다.`,
      hint: `지우세요. tip-screen은 스스로 쓴 파일만 읽습니다. ${unchangedKo}`,
    }),
    folderLink: (dir: string): Said => ({
      message: `${dir}은(는) 심볼릭 링크입니다.`,
      hint: `--data-dir로 실제 폴더를 주거나 링크를 지우세요. ${unchangedKo}`,
    }),
    notFolder: (dir: string): Said => ({
      message: `${dir}은(는) 폴더가 아닙니다.`,
      hint: `--data-dir로 폴더를 주세요. ${unchangedKo}`,
    }),
    otherUser: (dir: string): Said => ({
      message: `${dir}은(는) 다른 사용자의 폴더입니다.`,
      hint: `--data-dir로 본인의 폴더를 주세요. ${unchangedKo}`,
    }),
    othersWrite: (dir: string): Said => ({
      message: `${dir}은(는) 다른 사용자도 쓸 수 있는 폴더입니다.`,
      hint: `본인만 쓸 수 있는 폴더를 쓰거나, 먼저 chmod 700 '${dir}'(으)로 폴더를 비공개로 만드세요. ${unchangedKo}`,
    }),
  },
  FILE_TOO_LARGE: (file: string, limit: string, kind: InputKindName): Said => ({
    message: `${file}은(는) ${kindKo[kind]}의 한도인 ${limit}보다 큽니다.`,
    hint: `의도한 파일이 맞는지 확인하세요. ${kindKo[kind]}은(는) 이렇게 크지 않습니다.`,
  }),
  NOT_UTF8: {
    file: (file: string): Said => ({
      message: `${file}은(는) UTF-8 텍스트가 아닙니다.`,
      hint: '파일을 UTF-8로 저장하세요 (대부분의 편집기에서 "다른 이름으로 저장"이나 "인코딩" 메뉴에 있습니다).',
    }),
    byte: () => '이 바이트는 올바른 UTF-8이 아닙니다',
  },
  BIDI_CONTROL: {
    file: (file: string, count: number): Said => ({
      message: `${file}에 양방향 제어 문자가 ${count}개 있습니다. 이 문자는 글이 실제 내용과 다르게 읽히게 할 수 있습니다.`,
      hint: '표시된 위치의 문자를 지우세요 (보이지 않는 문자를 보여 주는 편집기가 도움이 됩니다).',
    }),
    character: (codePoint: string) => `양방향 제어 문자 ${codePoint}`,
    more: (n: number) => `외 ${n}개`,
  },
  YAML_DEPTH: {
    file: (file: string, max: number): Said => ({
      message: `${file}은(는) ${max}단계보다 깊게 중첩되어 있습니다.`,
      hint: '지표 세트, 답변 파일, 설정 파일은 이렇게 깊게 중첩되지 않습니다. 의도한 파일이 맞는지 확인하세요.',
    }),
    here: (max: number) => `여기서 ${max}단계보다 깊게 중첩됩니다`,
  },
  YAML_ALIASES: {
    file: (file: string, max: number): Said => ({
      message: `${file}의 별칭(*이름)이 너무 많이 펼쳐집니다.`,
      hint: `별칭으로 되풀이하지 말고 값을 직접 적으세요 (별칭은 ${max}개까지만 펼칩니다).`,
    }),
    here: () => '여기부터 별칭이 한도를 넘어 펼쳐집니다',
  },
  CONFIG_INVALID: (file: string): Said => ({
    message: `설정 파일 ${file}이(가) 올바르지 않습니다.`,
    hint: '표시된 줄을 고치세요. 설정은 encrypt (true 또는 false), set (세트 id 또는 파일), lang (ko 또는 en)입니다.',
  }),
  /** The tool's own words for a YAML syntax error, by the parser's code: they never quote the file. */
  yamlSyntax: {
    ALIAS_PROPS: '별칭에는 앵커나 태그를 붙일 수 없습니다',
    BAD_ALIAS: '별칭(*이름)이 가리키는 앵커(&이름)가 그 앞에 없습니다',
    BAD_DIRECTIVE: '알 수 없거나 잘못된 % 지시문입니다',
    BAD_DQ_ESCAPE: '큰따옴표 안의 이스케이프가 잘못되었습니다',
    BAD_INDENT: '들여쓰기가 잘못되었습니다',
    BAD_PROP_ORDER: '앵커와 태그의 순서가 잘못되었습니다',
    BAD_SCALAR_START: '따옴표 없는 값은 이 문자로 시작할 수 없습니다. 따옴표로 감싸세요',
    BLOCK_AS_IMPLICIT_KEY: '중첩된 블록은 키가 될 수 없습니다',
    BLOCK_IN_FLOW: '[ ]나 { } 안에는 블록을 쓸 수 없습니다',
    DUPLICATE_KEY: '같은 매핑에 이 키가 두 번 적혀 있습니다',
    IMPOSSIBLE: '잘못된 YAML입니다',
    MISSING_CHAR: '닫는 문자(따옴표, ] 또는 })가 빠졌습니다',
    MULTILINE_IMPLICIT_KEY: '키는 한 줄에 있어야 합니다 (콜론이 들어간 글은 따옴표로 감싸세요)',
    MULTIPLE_ANCHORS: '한 값에 앵커가 둘 이상 있습니다',
    MULTIPLE_DOCS: '파일에 YAML 문서가 둘 이상 있습니다',
    MULTIPLE_TAGS: '한 값에 태그가 둘 이상 있습니다',
    NON_STRING_KEY: '키는 일반 텍스트여야 합니다',
    TAB_AS_INDENT: '탭으로 들여쓸 수 없습니다',
    TAG_RESOLVE_FAILED: '알 수 없는 태그(!이름)입니다. 지우세요',
    UNEXPECTED_TOKEN: '예상하지 못한 문자입니다 (콜론이나 #이 들어간 글은 따옴표로 감싸세요)',
    BAD_COLLECTION_TYPE: '태그가 붙은 값의 종류와 맞지 않습니다',
    KEY_OVER_1024_CHARS: '키가 1024자보다 깁니다',
  },
  yamlSyntaxOther: 'YAML 문법 오류',
};

const unchangedEn = 'Nothing was changed.';

const en: typeof ko = {
  DISK_FULL: (path) => ({
    message: `The disk is full: ${path} was not written.`,
    hint: 'Free some space and run again; the previous file, if there was one, is unchanged.',
  }),
  FILE_WRITE: (path, code) => ({
    message: `Cannot write ${path}: ${code}.`,
    hint: 'Check that the folder exists and that you may write there.',
  }),
  UNSAFE_PATH: {
    writeLink: (path) => ({
      message: `${path} is a symbolic link; tip-screen does not write through links.`,
      hint: `Give the real path of the file, or remove the link. ${unchangedEn}`,
    }),
    readLink: (path) => ({
      message: `${path} is a symbolic link; tip-screen does not read its own files through links.`,
      hint: `Remove the link and put the real file there if you have it. ${unchangedEn}`,
    }),
    notRegular: (path) => ({
      message: `${path} is not a regular file.`,
      hint: `Remove it: tip-screen only reads files it wrote itself. ${unchangedEn}`,
    }),
    folderLink: (dir) => ({
      message: `${dir} is a symbolic link.`,
      hint: `Give the real folder with --data-dir, or remove the link. ${unchangedEn}`,
    }),
    notFolder: (dir) => ({
      message: `${dir} is not a folder.`,
      hint: `Give a folder with --data-dir. ${unchangedEn}`,
    }),
    otherUser: (dir) => ({
      message: `${dir} belongs to another user.`,
      hint: `Use a folder of your own with --data-dir. ${unchangedEn}`,
    }),
    othersWrite: (dir) => ({
      message: `${dir} can be written by other users.`,
      hint: `Use a private folder, or make it private first with: chmod 700 '${dir}'. ${unchangedEn}`,
    }),
  },
  FILE_TOO_LARGE: (file, limit, kind) => ({
    message: `${file} is larger than ${limit}, the limit for ${kindEn[kind]}.`,
    hint: `Check that this is the file you meant; ${kindEn[kind]} is never this large.`,
  }),
  NOT_UTF8: {
    file: (file) => ({
      message: `${file} is not UTF-8 text.`,
      hint: 'Save the file as UTF-8 (most editors offer it under "Save as" or "Encoding").',
    }),
    byte: () => 'this byte is not valid UTF-8',
  },
  BIDI_CONTROL: {
    file: (file, count) => ({
      message: `${file} contains ${count} bidirectional control character(s), which can make text read differently from what it says.`,
      hint: 'Remove the characters at the positions listed (an editor that shows invisible characters helps).',
    }),
    character: (codePoint) => `bidirectional control character ${codePoint}`,
    more: (n) => `and ${n} more`,
  },
  YAML_DEPTH: {
    file: (file, max) => ({
      message: `${file} is nested more than ${max} levels deep.`,
      hint: 'No set, answers or settings file nests this deep; check that this is the file you meant.',
    }),
    here: (max) => `nested more than ${max} levels deep here`,
  },
  YAML_ALIASES: {
    file: (file, max) => ({
      message: `${file} uses aliases (*name) that expand too far.`,
      hint: `Write the values out instead of repeating them with aliases (at most ${max} are expanded).`,
    }),
    here: () => 'aliases expand beyond the limit from here',
  },
  CONFIG_INVALID: (file) => ({
    message: `The settings file ${file} is not valid.`,
    hint: 'Fix the lines listed; the settings are encrypt (true or false), set (a set id or file) and lang (ko or en).',
  }),
  yamlSyntax: {
    ALIAS_PROPS: 'an alias cannot have an anchor or tag',
    BAD_ALIAS: 'an alias (*name) refers to no anchor (&name) written before it',
    BAD_DIRECTIVE: 'unknown or malformed % directive',
    BAD_DQ_ESCAPE: 'invalid escape in a double-quoted text',
    BAD_INDENT: 'wrong indentation',
    BAD_PROP_ORDER: 'anchor and tag are in the wrong order',
    BAD_SCALAR_START: 'a plain value cannot start with this character; put it in quotes',
    BLOCK_AS_IMPLICIT_KEY: 'a nested block cannot be a key',
    BLOCK_IN_FLOW: 'a block cannot be written inside [ ] or { }',
    DUPLICATE_KEY: 'this key is written twice in the same mapping',
    IMPOSSIBLE: 'malformed YAML',
    MISSING_CHAR: 'a closing character is missing (a quote, ] or })',
    MULTILINE_IMPLICIT_KEY: 'a key must be on one line (quote text that contains a colon)',
    MULTIPLE_ANCHORS: 'a value has more than one anchor',
    MULTIPLE_DOCS: 'the file holds more than one YAML document',
    MULTIPLE_TAGS: 'a value has more than one tag',
    NON_STRING_KEY: 'keys must be plain text',
    TAB_AS_INDENT: 'tabs cannot be used for indentation',
    TAG_RESOLVE_FAILED: 'unknown tag (!name); remove it',
    UNEXPECTED_TOKEN: 'unexpected character (quote text that contains a colon or #)',
    BAD_COLLECTION_TYPE: 'a tag does not fit the kind of value it is on',
    KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters',
  },
  yamlSyntaxOther: 'YAML syntax error',
};

export const ioErrors = { ko, en };
