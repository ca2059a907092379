/** User settings kept in extension storage, validated on every read. */
export {
  SiteSettings,
  siteSettingsItem,
  getSiteSettings,
  isEnabledFor,
  setEnabledFor,
} from './site-settings';
export {
  DisplaySettings,
  HighlightStyle,
  DEFAULT_DISPLAY,
  displaySettingsItem,
  getDisplaySettings,
} from './display-settings';
