/** User settings kept in extension storage, validated on every read. */
export {
  SiteSettings,
  siteSettingsItem,
  getSiteSettings,
  isEnabledFor,
  setEnabledFor,
} from './site-settings';
