/**
 * The application menu's words. The menu is built in the main process, before and apart from
 * the renderer's catalogs, so it keeps its own small table; the type makes a missing
 * translation a compile error.
 */
import type { Language } from '../shared/languages';

export interface MenuStrings {
  file: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  showAll: string;
  quit: string;
  closeWindow: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  actualSize: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  reload: string;
  toggleDevTools: string;
  minimize: string;
  zoom: string;
  front: string;
}

export const MENU_STRINGS: Record<Language, MenuStrings> = {
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    about: 'About Circlekeeper',
    services: 'Services',
    hide: 'Hide Circlekeeper',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    quit: 'Quit Circlekeeper',
    closeWindow: 'Close Window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    reload: 'Reload',
    toggleDevTools: 'Toggle Developer Tools',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front',
  },
  fr: {
    file: 'Fichier',
    edit: 'Édition',
    view: 'Affichage',
    window: 'Fenêtre',
    help: 'Aide',
    about: 'À propos de Circlekeeper',
    services: 'Services',
    hide: 'Masquer Circlekeeper',
    hideOthers: 'Masquer les autres',
    showAll: 'Tout afficher',
    quit: 'Quitter Circlekeeper',
    closeWindow: 'Fermer la fenêtre',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    actualSize: 'Taille réelle',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    toggleFullScreen: 'Plein écran',
    reload: 'Recharger',
    toggleDevTools: 'Outils de développement',
    minimize: 'Réduire',
    zoom: 'Agrandir',
    front: 'Tout ramener au premier plan',
  },
  ar: {
    file: 'ملف',
    edit: 'تحرير',
    view: 'عرض',
    window: 'نافذة',
    help: 'مساعدة',
    about: 'حول Circlekeeper',
    services: 'الخدمات',
    hide: 'إخفاء Circlekeeper',
    hideOthers: 'إخفاء الآخرين',
    showAll: 'إظهار الكل',
    quit: 'إنهاء Circlekeeper',
    closeWindow: 'إغلاق النافذة',
    undo: 'تراجع',
    redo: 'إعادة',
    cut: 'قص',
    copy: 'نسخ',
    paste: 'لصق',
    selectAll: 'تحديد الكل',
    actualSize: 'الحجم الفعلي',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    toggleFullScreen: 'ملء الشاشة',
    reload: 'إعادة التحميل',
    toggleDevTools: 'أدوات المطوّر',
    minimize: 'تصغير النافذة',
    zoom: 'تكبير النافذة',
    front: 'إحضار الكل إلى الأمام',
  },
};
