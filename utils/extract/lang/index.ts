/** Languages other than English: detection, and the Russian and Ukrainian grammar behind extractClaims. */
export { detectLanguage, langOfTag, type Lang } from './detect';
export { extractSlavic } from './slavic/extract';
