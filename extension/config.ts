/**
 * Build-time settings shared by the MV3 manifest, the side panel and the preview server.
 * The preview site's origin is an optional host permission: the side panel asks for that one
 * origin when the editor presses 连接, so the extension reaches nothing but composers until then.
 */
import { extensionIdFromKey } from './extension-id.ts';

export const DEFAULT_PREVIEW_ORIGIN = 'http://localhost:5178';

/**
 * What the side panel may ask for at connect time: any http or https host, because a preview
 * may run on an intranet address (http://192.168.1.20:5178) or an https hostname. Chrome shows
 * no install warning for optional permissions; each connect requests only its own origin.
 */
export const PREVIEW_ORIGIN_PATTERNS = ['http://*/*', 'https://*/*'];

/**
 * The manifest `key`: the public half of an RSA key pair made once for Kepu (the private half is
 * not in the repository). It pins the extension id of every unpacked build, so the preview
 * server can answer this one extension and no other. The Chrome Web Store assigns its own id;
 * a store build is paired with `kepu dev --extension-origin chrome-extension://<id>`.
 */
export const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwREUv8TT8QMnJo9rLGkVl2dtZ/P/ESxn8QA0Etdaka4cmEoFePAEWeVibNPsLRs5GveQ1tXgKchYS1SzXLZh99Y/WVrPEsClmHrAJO7VPmxbJrYIVhY/EINFqEwwURDk4dDqMPbSiaB2iZ7BU/o8aAbL6Soxhl0L0KnpHlFqGPi8BaCteDDzRuefwR3Avch55zOeBHcnktFtm1vptz03kbqaHzg44JF450EJN0ZO9+KguP2iagF5/Iz+cvPEx0dhJvOKAt/MQo3eK7MoAZp9cQ9S9kb0uFNpwbxEafXcTylvukc/ICXBMWcXQ8JYkss9ugXnetmcQ0qp1kLCTlOEfwIDAQAB';

/** The id Chrome derives from `EXTENSION_KEY`. */
export const EXTENSION_ID = /* @__PURE__ */ extensionIdFromKey(EXTENSION_KEY);

export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;
