// opencc-js ships its raw dictionaries (`"k v1 v2|k v1|…"` strings) without type declarations.
declare module "opencc-js/dict/*" {
  const dictionary: string;
  export default dictionary;
}
