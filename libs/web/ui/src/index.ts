// Design system for the Inspraak web app: NL Design System components with our own theme.
// No Apollo, routing or feature code here; texts arrive as props so the app translates them.
export { THEME_CLASS_NAME } from './theme/styles';
export {
  AppFrame,
  ButtonRow,
  BUTTON_LINK_CLASS_NAME,
  LoadMore,
  Meta,
  Prose,
  SectionHeader,
  Surface,
  VisuallyHidden,
} from './components/Layout';
export type { LoadMoreProps } from './components/Layout';
export { Brand, BRAND_LINK_CLASS_NAME } from './components/Brand';
export { Card, CardGrid } from './components/Card';
export { DataTable } from './components/DataTable';
export type { DataTableProps } from './components/DataTable';
export { LanguageSwitch } from './components/LanguageSwitch';
export type { LanguageOption } from './components/LanguageSwitch';
export { LogoMark } from './components/LogoMark';
export { MainContent } from './components/MainContent';
export { Hero, PageHeading } from './components/PageHeading';
export { SiteFooter, FooterLinks, FooterSection, FooterText } from './components/SiteFooter';
export { SiteHeader } from './components/SiteHeader';
export {
  NAV_LINK_CLASS_NAME,
  SiteNavigation,
  SiteNavigationItem,
} from './components/SiteNavigation';
export { SkipLink } from './components/SkipLink';
export { EmptyState, ErrorState, LoadingState, MessagePage } from './components/States';
export { Dialog } from './components/Dialog';
export type { DialogProps } from './components/Dialog';
export {
  CheckboxGroupField,
  FormActions,
  RadioGroupField,
  SelectField,
  TextField,
} from './components/Form';
export type { SelectFieldOption } from './components/Form';
export { DateField, isCalendarDate } from './components/DateField';
export type { DateFieldProps } from './components/DateField';
export { TextAreaField } from './components/TextAreaField';
export type { TextAreaFieldProps } from './components/TextAreaField';
export { ToastRegion } from './components/Toasts';
export type { ToastItem } from './components/Toasts';
export { TreeView } from './components/TreeView';
export type { TreeNode } from './components/TreeView';
export { USER_MENU_ITEM_CLASS_NAME, UserMenu, UserMenuItem } from './components/UserMenu';
export { useDisclosure } from './components/useDisclosure';
export {
  SubNavigation,
  SubNavigationItem,
  SUBNAV_LINK_CLASS_NAME,
} from './components/SubNavigation';

// NL Design System building blocks used as they are.
export {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Link,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  StatusBadge,
  SubtleButton,
  Button,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
