import { readFileSync } from 'node:fs';
import { parseArticle } from '/work/main/generator/load/load-article.ts';
import { toBlocks } from '/work/main/generator/model/blocks.ts';
const a = parseArticle(readFileSync(process.argv[2]!, 'utf8'), 'x', 'x');
for (const b of toBlocks({ type: 'root', children: a.tree.children.filter((n) => n.type !== 'yaml') })) console.log(b.kind, b.position.line, b.lead ? `[${b.lead}]` : '', b.text.slice(0, 50));
