/** What an error says: the message and, where the user can do something about it, the hint. */
export interface Said {
  message: string;
  hint?: string;
}
