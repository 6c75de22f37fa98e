/** The URL of a page's `late` module (pages.ts), from the pages plugin: `virtual:chitieu/late-url/cong-khai`. */
declare module 'virtual:chitieu/late-url/*' {
  const url: string;
  export default url;
}
