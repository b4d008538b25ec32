/** Offers content as a file download (a Blob behind a temporary link). */
export function downloadFile(parts: BlobPart[], fileName: string, type: string): void {
  const blob = new Blob(parts, { type });
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 0);
}

/** Offers CSV text as a file download. */
export function downloadCsv(text: string, fileName: string): void {
  // The BOM lets spreadsheet programs read the file as UTF-8.
  downloadFile(['\uFEFF', text], fileName, 'text/csv;charset=utf-8');
}

/** Offers a JSON document (text as the API sent it) as a file download. */
export function downloadJson(text: string, fileName: string): void {
  downloadFile([text], fileName, 'application/json;charset=utf-8');
}

/** The bytes of a file as base64 (so the server can tell whether it is UTF-8). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}
