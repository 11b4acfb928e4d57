import { acceptedAttachmentTypes, attachedMention, attachmentReferences } from '../engine/attachments';
import { quote } from '../engine/patterns';
import type { Rule, RuleFinding } from '../engine/rule';

const accepted = acceptedAttachmentTypes.join(', ');

export const evidence: Rule = {
  id: 'evidence',
  description:
    'An attachment the plan names that is not beside it, or of a type Amazon does not accept; attached documents mentioned, none there.',
  defaultSeverity: 'warning',
  fixable: false,
  *check({ poa, notices, shared }): Iterable<RuleFinding> {
    // Without a file system (a web editor, standard input) nothing can be checked: say nothing rather than something wrong.
    const files = notices.files;
    if (!files) return;
    const references = shared(attachmentReferences);
    for (const reference of references) {
      if (!reference.accepted) {
        yield {
          ...reference,
          message:
            `${quote(reference.path)}: Amazon accepts attachments as ${accepted} only. ` +
            'Save it as a PDF (or a picture of it) and name that file here.',
        };
        continue;
      }
      const kind = files.kind(reference.path);
      if (kind === 'file') continue;
      yield {
        ...reference,
        message:
          kind === 'missing'
            ? `${quote(reference.path)} is not beside the plan. Put the file you attach in the plan's folder, or correct its name here, ` +
              'so that what you send is what you name.'
            : `${quote(reference.path)} is a folder or a special file, not a document you can attach.`,
      };
    }
    if (references.length > 0) return;
    const mention = attachedMention(poa);
    if (!mention) return;
    const beside = files.list().filter((name) => acceptedAttachmentTypes.some((type) => name.toLowerCase().endsWith(type)));
    if (beside.length > 0) return;
    yield {
      ...mention,
      message:
        `The plan speaks of attached documents, and there is no ${accepted} file beside it. ` +
        "Name each one ('Attachment 1: invoice-2026-03.pdf') and keep it in the plan's folder, so none is forgotten.",
    };
  },
};
