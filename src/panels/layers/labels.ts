// The basemap picker's words, in the three UI languages (they load with the layer panel).
import { L } from '../../contracts/label.ts';

export const BASEMAP_LABELS = {
  title: L('底图', '底圖', 'Basemap'),
  online: L('在线', '在線', 'online'),
  key: L('天地图密钥（tk）', '天地圖金鑰（tk）', 'Tianditu key (tk)'),
  keySave: L('保存并使用', '儲存並使用', 'Save and use'),
  keyHint: L('密钥只保存在本浏览器中，不会写入链接、嵌入代码或导出文件。', '金鑰只保存在本瀏覽器中，不會寫入連結、嵌入程式碼或匯出檔案。', 'The key stays in this browser: never in a link, an embed snippet or an export.'),
  keyHow: L('如何申请密钥（天地图控制台）', '如何申請金鑰（天地圖控制台）', 'How to get a key (Tianditu console)'),
  keyInvalid: L('密钥应为 8–64 个字母或数字。', '金鑰應為 8–64 個字母或數字。', 'A key is 8 to 64 letters and digits.'),
  keyKept: L('已保存天地图密钥（仅本浏览器）。', '已儲存天地圖金鑰（僅本瀏覽器）。', 'A Tianditu key is kept in this browser.'),
  keyForget: L('删除密钥', '刪除金鑰', 'Forget the key'),
  onlineNote: L('在线底图需要网络；加载失败时自动换回内置离线底图。', '在線底圖需要網絡；載入失敗時自動換回內置離線底圖。', 'An online basemap needs the network; if it fails, the built-in offline map comes back.'),
} as const;
