// Per-component NL Design System CSS (not the css-module entry, which inlines all ~100
// components into the JS), then our font and token theme, then our own layout layer.
import '@fontsource-variable/noto-sans/wght.css';
import '@utrecht/document-css/dist/index.css';
import '@utrecht/skip-link-css/dist/index.css';
import '@utrecht/page-header-css/dist/index.css';
import '@utrecht/page-footer-css/dist/index.css';
import '@utrecht/heading-1-css/dist/index.css';
import '@utrecht/heading-2-css/dist/index.css';
import '@utrecht/heading-3-css/dist/index.css';
import '@utrecht/paragraph-css/dist/index.css';
import '@utrecht/link-css/dist/index.css';
import '@utrecht/button-css/dist/index.css';
import '@utrecht/data-list-css/dist/index.css';
import '@utrecht/alert-css/dist/index.css';
import '@utrecht/unordered-list-css/dist/index.css';
import '@utrecht/status-badge-css/dist/index.css';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import '@utrecht/form-field-error-message-css/dist/index.css';
import '@utrecht/form-fieldset-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import '@utrecht/select-css/dist/index.css';
import '@utrecht/radio-button-css/dist/index.css';
import '@utrecht/table-css/dist/index.css';
import './tokens.css';
import './layout.css';

/** Class that activates the Inspraak theme; set on `<html>`. */
export const THEME_CLASS_NAME = 'inspraak-theme';
