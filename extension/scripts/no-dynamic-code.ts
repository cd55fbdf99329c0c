/**
 * No code built at run time in the shipped extension: the Chrome Web Store's review flags
 * `new Function` and `eval` (they look like remotely hosted code), and MV3's CSP refuses them
 * anyway. zod is the one dependency that carries such code: its JIT (`Doc.compile`) and an
 * `allowsEval` probe, both through `const F = Function`. We run zod `jitless`
 * (extension/protocol.ts), so that code never runs; here it is also taken out of the output, and
 * the build fails if any shipped script still contains a way to build code.
 */
import type { Plugin } from 'vite';

/** What a reviewer flags: `new Function(…)`, `eval(…)`, `Function('…')`, or the constructor taken into a variable. */
export const DYNAMIC_CODE = /\bnew\s+Function\s*\(|(?<![\w$.])eval\s*\(|(?<![\w$.'"])Function\s*\(\s*['"`]|=\s*Function\s*[;,)]/;

/**
 * zod's two uses as they come out of the bundler, each made to throw a TypeError instead, which
 * zod already reads as "no eval here" (allowsEval is false; compile() is never reached under
 * jitless). Applied to the output because crxjs builds the content script in a sub-build that
 * runs no plugins of ours.
 */
const ZOD_DYNAMIC: [RegExp, string][] = [
  [/\bnew Function\(""\)/g, 'new (void 0)("")'],
  [/\bconst F = Function;/g, 'const F = void 0;'],
];

function strip(code: string): string {
  return ZOD_DYNAMIC.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), code);
}

export function noDynamicCode(): Plugin {
  return {
    name: 'kepu:no-dynamic-code',
    apply: 'build',
    // After crxjs has emitted the content script (crx:content-scripts-iife is `post` too, and listed earlier).
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (!file.fileName.endsWith('.js')) continue;
        let code: string;
        if (file.type === 'chunk') code = file.code = strip(file.code);
        else code = (file.source = strip(typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source))) as string;
        const match = DYNAMIC_CODE.exec(code);
        if (!match) continue;
        const line = code.slice(0, match.index).split('\n').length;
        this.error(`${file.fileName}:${line} 含运行时生成代码（${match[0].trim()}），商店审核不会通过；请找出带来它的依赖，在 extension/scripts/no-dynamic-code.ts 中去掉`);
      }
    },
  };
}
