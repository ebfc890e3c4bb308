// opencc-js ships its dictionaries as ES modules without type declarations.
declare module 'opencc-js/dict/TSCharacters' {
  /** "trad simp|trad simp|…", OpenCC's Traditional → Simplified character table. */
  const table: string;
  export default table;
}
