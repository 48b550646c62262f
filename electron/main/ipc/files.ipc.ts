import { basename } from 'node:path';
import type { ElectronSeam } from '../seam';
import { readFileCapped, writeFileAtomically } from '../services/files';
import type { Handlers } from './dispatch';

const PDF_FILTER = [{ name: 'PDF', extensions: ['pdf'] }] as const;

export function filesIpc(
  seam: ElectronSeam,
): Pick<Handlers, 'file:save' | 'file:open' | 'print:to-pdf'> {
  return {
    'file:save': async ({ suggestedName, data, filters }, sender) => {
      const path = await seam.showSaveDialog(sender, {
        defaultName: suggestedName,
        filters: filters ?? [],
      });
      if (path === null) return { saved: false };
      await writeFileAtomically(path, data);
      return { saved: true, fileName: basename(path) };
    },
    'file:open': async ({ filters, maxBytes }, sender) => {
      const path = await seam.showOpenDialog(sender, { filters: filters ?? [] });
      if (path === null) return null;
      return { name: basename(path), data: await readFileCapped(path, maxBytes) };
    },
    'print:to-pdf': async ({ suggestedName, landscape, pageSize }, sender) => {
      // Render first: the view could change while the save dialog is open.
      const pdf = await sender.printToPdf({
        landscape: landscape ?? false,
        pageSize: pageSize ?? 'A4',
      });
      const name = suggestedName.toLowerCase().endsWith('.pdf')
        ? suggestedName
        : `${suggestedName}.pdf`;
      const path = await seam.showSaveDialog(sender, { defaultName: name, filters: PDF_FILTER });
      if (path === null) return { saved: false };
      await writeFileAtomically(path, pdf);
      return { saved: true, fileName: basename(path) };
    },
  };
}
