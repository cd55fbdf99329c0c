/**
 * Build-time settings shared by the MV3 manifest and the side panel.
 * The preview site's origin is an optional host permission: the side panel asks for it when
 * the editor presses 连接, so the extension reaches nothing but composers until then.
 */
export const DEFAULT_PREVIEW_ORIGIN = 'http://localhost:5178';

/** Origins the side panel may ask for at connect time (match patterns ignore the port). */
export const PREVIEW_ORIGIN_PATTERNS = ['http://localhost/*', 'http://127.0.0.1/*'];
