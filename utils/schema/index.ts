/** Every message and record type, validated with zod at each boundary. */
export * from './article';
export * from './claim';
export * from './match';
export * from './sides';
export * from './messages';
export * from './dataset';
export * from './families';
export * from './notes';
