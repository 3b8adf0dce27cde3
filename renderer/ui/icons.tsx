import type { ReactNode } from 'react';

/** Inline SVG icons (no icon font, nothing to load). Always decorative: the control names itself. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 20 20"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const BoldIcon = () => (
  <Icon>
    <path d="M6 4h5a3 3 0 0 1 0 6H6zM6 10h6a3 3 0 0 1 0 6H6z" strokeWidth="2" />
  </Icon>
);

export const ItalicIcon = () => (
  <Icon>
    <path d="M9 4h6M5 16h6M12 4 8 16" />
  </Icon>
);

export const BulletListIcon = () => (
  <Icon>
    <path d="M8 5h9M8 10h9M8 15h9" />
    <circle cx="4" cy="5" r="1" fill="currentColor" stroke="none" />
    <circle cx="4" cy="10" r="1" fill="currentColor" stroke="none" />
    <circle cx="4" cy="15" r="1" fill="currentColor" stroke="none" />
  </Icon>
);

export const OrderedListIcon = () => (
  <Icon>
    <path
      d="M8 5h9M8 10h9M8 15h9M3 4l1.2-.8V7M2.8 11.6c.3-.9 2.2-.9 2.2.2 0 .8-2.2 1.5-2.2 2.2H5"
      strokeWidth="1.3"
    />
  </Icon>
);

export const UndoIcon = () => (
  <Icon>
    <path d="M7 8H13a4 4 0 0 1 0 8H9M7 8l3-3M7 8l3 3" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon>
    <path d="M13 8H7a4 4 0 0 0 0 8h4M13 8l-3-3M13 8l-3 3" />
  </Icon>
);

export const AlertIcon = () => (
  <Icon>
    <circle cx="10" cy="10" r="7.5" />
    <path d="M10 6v4.5M10 13.6v.1" strokeWidth="2" />
  </Icon>
);

export const CheckIcon = () => (
  <Icon>
    <path d="m5 10.5 3.2 3L15 6.5" strokeWidth="2" />
  </Icon>
);

export const ArrowLeftIcon = () => (
  <Icon>
    <path d="M16 10H4M9 5l-5 5 5 5" />
  </Icon>
);

export const FolderIcon = () => (
  <Icon>
    <path d="M3 6a1.5 1.5 0 0 1 1.5-1.5H8l1.6 2h5.9A1.5 1.5 0 0 1 17 8v6.5a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 3 14.5z" />
  </Icon>
);

export const SaveIcon = () => (
  <Icon>
    <path d="M10 3v9M6.5 8.5 10 12l3.5-3.5M4 13.5v2a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1v-2" />
  </Icon>
);

export const SaveAsIcon = () => (
  <Icon>
    <path d="M8 3v7M5.2 7.4 8 10.2l2.8-2.8M3.5 12v2.5a1 1 0 0 0 1 1h5M14.5 11.5v6M11.5 14.5h6" />
  </Icon>
);

export const DocumentIcon = () => (
  <Icon>
    <path d="M6 2.8h5.5L15 6.3v10.2a.8.8 0 0 1-.8.8H6a.8.8 0 0 1-.8-.8V3.6a.8.8 0 0 1 .8-.8z" />
    <path d="M11 3v3.6h3.8M7.8 10h4.6M7.8 13h4.6" />
  </Icon>
);

export const CloseIcon = () => (
  <Icon>
    <path d="m5.5 5.5 9 9M14.5 5.5l-9 9" />
  </Icon>
);

export const PlusIcon = () => (
  <Icon>
    <path d="M10 4.5v11M4.5 10h11" />
  </Icon>
);

export const WarningIcon = () => (
  <Icon>
    <path d="M10 3.2 17.5 16H2.5z" />
    <path d="M10 8.2v3.6M10 13.9v.1" strokeWidth="2" />
  </Icon>
);

export const ErrorIcon = () => (
  <Icon>
    <circle cx="10" cy="10" r="7.5" />
    <path d="m7.4 7.4 5.2 5.2M12.6 7.4l-5.2 5.2" />
  </Icon>
);

export const PencilIcon = () => (
  <Icon>
    <path d="M12.8 4.2a1.6 1.6 0 0 1 2.3 0l.7.7a1.6 1.6 0 0 1 0 2.3L8 15H5v-3z" />
    <path d="m11.5 5.5 3 3" />
  </Icon>
);

export const ChecklistIcon = () => (
  <Icon>
    <path d="m3.5 5.5 1.5 1.5 2.5-2.5M3.5 12.5 5 14l2.5-2.5M10 6h6.5M10 13h6.5" />
  </Icon>
);

export const CompareIcon = () => (
  <Icon>
    <path d="M4 7h12l-3-3M16 13H4l3 3" />
  </Icon>
);

export const RefreshIcon = () => (
  <Icon>
    <path d="M15.5 8.5A5.8 5.8 0 0 0 5 6.2M4.5 11.5A5.8 5.8 0 0 0 15 13.8" />
    <path d="M4.6 3.5v3h3M15.4 16.5v-3h-3" />
  </Icon>
);

export const CommentIcon = () => (
  <Icon>
    <path d="M4 4.5h12a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H9l-3.5 3v-3H4a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1Z" />
  </Icon>
);

export const ChevronDownIcon = () => (
  <Icon>
    <path d="m6 8 4 4 4-4" />
  </Icon>
);

export const ReviewIcon = () => (
  <Icon>
    <path d="M4 4h9l3 3v9H4zM7 9h6M7 12h4" />
  </Icon>
);

export const ChartIcon = () => (
  <Icon>
    <path d="M4 4v12h12M7 13V9M10.5 13V6M14 13v-3" />
  </Icon>
);

export const SealIcon = () => (
  <Icon>
    <path d="M10 2.8 12 4.3l2.5-.1.8 2.4 2 1.5-.8 2.4.8 2.4-2 1.5-.8 2.4-2.5-.1L10 17.2 8 15.7l-2.5.1-.8-2.4-2-1.5.8-2.4-.8-2.4 2-1.5.8-2.4 2.5.1Z" />
    <path d="m7.3 10.2 1.9 1.8 3.6-3.7" />
  </Icon>
);

export const CopyIcon = () => (
  <Icon>
    <rect x="7" y="7" width="9.5" height="9.5" rx="1.5" />
    <path d="M13 7V5a1.5 1.5 0 0 0-1.5-1.5h-6A1.5 1.5 0 0 0 4 5v6a1.5 1.5 0 0 0 1.5 1.5H7" />
  </Icon>
);

export const KeyIcon = () => (
  <Icon>
    <circle cx="6.5" cy="13.5" r="3" />
    <path d="m8.7 11.3 7-7M13.5 6.5l2 2M11.5 8.5l1.5 1.5" />
  </Icon>
);

export const ClockIcon = () => (
  <Icon>
    <circle cx="10" cy="10" r="7.5" />
    <path d="M10 5.8V10l2.8 1.8" />
  </Icon>
);

export const InfoIcon = () => (
  <Icon>
    <circle cx="10" cy="10" r="7.5" />
    <path d="M10 9.2v4.6M10 6.3v.1" strokeWidth="2" />
  </Icon>
);
