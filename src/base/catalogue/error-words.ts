/** The small words around an error's problems: where in a file, and how many more. */
const ko = {
  problemAt: (path: string) => `(위치 ${path})`,
  moreProblems: (n: number) => `… 외 ${n}개`,
};

const en: typeof ko = {
  problemAt: (path) => `(at ${path})`,
  moreProblems: (n) => `… ${n} more`,
};

export const errorWords = { ko, en };
