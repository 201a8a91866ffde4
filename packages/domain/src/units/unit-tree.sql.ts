/**
 * The unit hierarchy, stored once: each unit row carries `path`, the codes
 * from its province down to itself (`{94, 948, 31732}`), filled when units
 * are imported. "In the subtree of" is then one indexed array test, whatever
 * the depth: access checks, user scopes and roll-ups all ask it here.
 * Arguments are SQL expressions (aliases, parameters), never user input.
 */
export const unitTreeSql = {
  /** Unit row `u` is the unit `root` (a SQL text expression) or below it. */
  inSubtree(u: string, root: string): string {
    return `(${u}.path @> ARRAY[${root}]::text[])`;
  },
  /**
   * Sets every unit's path from its parent's, top down, and changes only rows
   * whose path differs. Run after the tree was checked for cycles: a unit in
   * a cycle is never reached from a root, and keeps its old path.
   */
  refreshPaths: `
    WITH RECURSIVE walk AS (
      SELECT code, ARRAY[code] AS path FROM units WHERE parent_code IS NULL
      UNION ALL
      SELECT c.code, walk.path || c.code FROM units c JOIN walk ON c.parent_code = walk.code
    )
    UPDATE units u SET path = walk.path FROM walk
    WHERE u.code = walk.code AND u.path IS DISTINCT FROM walk.path`,
};
