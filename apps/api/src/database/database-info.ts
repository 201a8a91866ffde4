/** What the app knows about the database it runs on. */
export const DATABASE_INFO = Symbol('DATABASE_INFO');
export interface DatabaseInfo {
  embedded: boolean;
}
