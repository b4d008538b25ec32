import type { Plugin } from 'vite';

/**
 * The NL Design System React packages ship one bundle without `sideEffects` flags, and every
 * component ends with a top-level `X.displayName = 'X'` write. Both keep all ~100 components
 * in our initial chunk (≈ 250 KB raw for the few we use). Dropping the devtools-only
 * displayName writes and declaring the packages side-effect free lets the bundler remove
 * unused components. CSS files keep their side effects (they are what we import them for).
 */
const UTRECHT_REACT_DIST =
  /[\\/]node_modules[\\/]@utrecht[\\/][^\\/]+-react[\\/]dist[\\/].*\.m?js$/;
const DISPLAY_NAME_WRITE = /^[ \t]*[\w$]+\.displayName = (['"])[^'"\n]*\1;?[ \t]*$/gm;

export function treeShakeNlDesignSystem(): Plugin {
  return {
    name: 'inspraak:tree-shake-nl-design-system',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!UTRECHT_REACT_DIST.test(id)) return null;
      return { code: code.replace(DISPLAY_NAME_WRITE, ''), map: null };
    },
  };
}

export const nlDesignSystemTreeshake = {
  // Pure by contract (React), and Utrecht's enum helper used at module level.
  manualPureFunctions: ['forwardRef', 'createContext', 'enumGuard'],
  moduleSideEffects: (id: string) =>
    /[\\/]node_modules[\\/]@utrecht[\\/]/.test(id) && !id.endsWith('.css') ? false : undefined,
};
