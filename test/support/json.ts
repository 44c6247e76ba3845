// The parsed JSON body of an answer, as tests read it.

/**
 * A parsed JSON value, typed as the standard library types `JSON.parse`'s result: untyped on purpose, since tests
 * assert the shape themselves (under test/ the lint rules that flag every use of an untyped value are off; an explicit
 * `any` is not allowed anywhere).
 */
export type Json = ReturnType<typeof JSON.parse>;
