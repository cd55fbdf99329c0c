/**
 * The AI-generation label (NHC 2025 负面行为清单 #7). Kepu never writes the label itself — text
 * added after review would be unreviewed — so it finds the article's own sentence and carries
 * it into every variant.
 */
export const AI_LABEL = /(?:AI|ＡＩ|人工智能|大模型|智能助手|ChatGPT|DeepSeek|豆包|文心|通义|Kimi)[^。！？\n]{0,12}?(?:辅助|生成|参与|协助|创作|撰写|写作|整理)|由\s*(?:AI|人工智能)/i;
